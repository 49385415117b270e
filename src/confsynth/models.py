"""The models a user installs: what is there (``list``), where confsynth looks (``path``), getting one
(``fetch``, the only network access confsynth ever makes) and making its fast copy (``convert``).

The ``confsynth models`` commands are thin wrappers over these functions.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelUnavailableError
from .translators.discovery import CT2_SUFFIX, ModelEntry, SearchDir, find_models, parse_pair, search_dirs, write_dir
from .translators.opus import backend_installed

__all__ = ["BackendInfo", "backends", "list_models", "search_path", "resolve_model", "fetch", "convert"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackendInfo:
    """A translation backend, whether its packages are installed, and how to install them."""

    name: str
    installed: bool
    install: str
    runs: str              # which model folders it runs


def backends() -> list[BackendInfo]:
    """The two backends and whether each can run here."""
    return [
        BackendInfo("ctranslate2", backend_installed("ctranslate2"), "pip install 'confsynth[ct2]'",
                    "CTranslate2 copies (confsynth models convert)"),
        BackendInfo("transformers", backend_installed("transformers"), "pip install 'confsynth[models]'",
                    "Marian folders as published on the hub"),
    ]


def list_models(models_dir: str | None = None) -> list[ModelEntry]:
    """Every model folder confsynth would see, in order of preference."""
    return find_models(models_dir)


def search_path(models_dir: str | None = None) -> tuple[list[SearchDir], Path]:
    """The folders searched, in order, and the one fetch and convert write to."""
    return search_dirs(models_dir), write_dir(models_dir)


def resolve_model(name: str, models_dir: str | None = None, backend: str = "transformers") -> ModelEntry:
    """The installed model a user means by ``name``: a folder path, a folder name, or a pair like ``fr-en``."""
    from .translators.discovery import inspect_folder

    path = Path(name).expanduser()
    if path.is_dir() and ("/" in name or name.startswith(".")):
        entry = inspect_folder(path, "path")
        if entry is None:
            raise ModelUnavailableError(f"{path} is not a Marian model folder (no config.json, weights, .spm files)")
        return entry
    pair = parse_pair(name) or (tuple(name.split("-")) if name.count("-") == 1 else None)
    candidates = [e for e in find_models(models_dir) if e.backend == backend
                  and (e.name == name or e.base_name == name or (pair and (e.source, e.target) == pair))]
    if not candidates:
        raise ModelUnavailableError(f"no {backend} model '{name}' installed ('confsynth models list' shows what "
                                    f"is); 'confsynth models fetch {name}' downloads it on a machine that is online")
    usable = [e for e in candidates if not e.problem]
    if not usable:
        e = candidates[0]
        raise ModelUnavailableError(f"{e.path} cannot be used ({e.problem}): copy the whole folder again or run "
                                    f"'confsynth models fetch {e.base_name} --force'")
    return usable[0]


def fetch(name: str, models_dir: str | None = None, endpoint: str | None = None, revision: str = "main",
          progress=None, force: bool = False) -> Path:
    """Download a Marian model from the hub into the models folder; return the new folder."""
    from .hub import fetch_model   # the network code is imported by this command only

    return fetch_model(name, write_dir(models_dir), revision=revision, base=endpoint, progress=progress, force=force)


def convert(name: str, models_dir: str | None = None, quantization: str = "int8", force: bool = False) -> Path:
    """Make the CTranslate2 copy of an installed Marian model, beside the others; return its folder."""
    from .translators.ct2 import convert_marian

    entry = resolve_model(name, models_dir, backend="transformers")
    output = write_dir(models_dir) / f"{entry.base_name}{CT2_SUFFIX}"
    return convert_marian(entry.path, output, quantization=quantization, force=force)
