"""Where translation models are, and what each folder holds; reads the disk only, never the network.

Looked at, in this order (the first usable model for a language pair wins):

1. ``--models-dir`` / ``models_dir`` in confsynth.toml
2. the folders in ``$CONFSYNTH_MODELS`` (separated like ``PATH``)
3. ``models/`` in the current folder
4. the user's Hugging Face cache (``$HF_HUB_CACHE``, else ``$HF_HOME/hub``, else ``~/.cache/huggingface/hub``)

A model is a Marian (OPUS-MT) folder as published on the hub (``config.json``, weights, ``source.spm``,
``target.spm``, ``vocab.json``), or its CTranslate2 copy made by ``confsynth models convert``
(``model.bin``, ``shared_vocabulary.json``, the two ``.spm`` files, ``confsynth.json``).
"""
from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal

__all__ = ["ModelEntry", "SearchDir", "search_dirs", "find_models", "inspect_folder", "write_dir",
           "parse_pair", "ENV_MODELS", "CT2_SUFFIX", "META_FILE"]

log = logging.getLogger(__name__)

ENV_MODELS = "CONFSYNTH_MODELS"
CT2_SUFFIX = "-ct2"
META_FILE = "confsynth.json"        # written by `confsynth models convert` / `fetch`: pair, limits, provenance
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
MARIAN_FILES = ("config.json", "source.spm", "target.spm", "vocab.json")

Backend = Literal["transformers", "ctranslate2"]

# opus-mt-fr-en, opus-mt-tc-big-fr-en, models--Helsinki-NLP--opus-mt-fr-en, opus-mt-fr-en-ct2. Multi-language
# models (opus-mt-en-ROMANCE) need a target token and are not matched.
_PAIR = re.compile(r"opus-mt-(?:tc-big-|tc-)?([a-z]{2,3})-([a-z]{2,3})(?=$|[-_.])")


@dataclass(frozen=True)
class SearchDir:
    """A place confsynth looks for models, and why it looks there."""

    path: Path
    origin: str            # "--models-dir", "$CONFSYNTH_MODELS", "./models", "Hugging Face cache"
    hf_cache: bool = False


@dataclass(frozen=True)
class ModelEntry:
    """One model folder: the language pair it translates, the backend that runs it, and whether it is usable."""

    name: str              # folder name as the user knows it: opus-mt-fr-en, opus-mt-fr-en-ct2
    source: str | None
    target: str | None
    path: Path
    backend: Backend
    origin: str
    size: int              # bytes on disk (symlinks of the Hugging Face cache followed)
    problem: str | None = None   # why it cannot be used; None when complete

    @property
    def pair(self) -> str:
        """``fr-en``, or ``?`` when the folder does not say."""
        return f"{self.source}-{self.target}" if self.source and self.target else "?"

    @property
    def base_name(self) -> str:
        """The model's name without the CTranslate2 suffix: what ``confsynth models fetch`` takes."""
        return self.name[: -len(CT2_SUFFIX)] if self.name.endswith(CT2_SUFFIX) else self.name


def parse_pair(name: str) -> tuple[str, str] | None:
    """The (source, target) languages an OPUS-MT name carries, e.g. ``opus-mt-fr-en`` -> (fr, en)."""
    m = _PAIR.search(name)
    return (m.group(1), m.group(2)) if m else None


def _hf_cache_dir() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HF_HOME"):
        return Path(os.environ["HF_HOME"]).expanduser() / "hub"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "huggingface" / "hub"


def search_dirs(models_dir: str | os.PathLike | None = None) -> list[SearchDir]:
    """Every place confsynth looks for models, in order of preference (existing or not)."""
    dirs: list[SearchDir] = []
    if models_dir:
        dirs.append(SearchDir(Path(models_dir).expanduser(), "--models-dir"))
    for part in os.environ.get(ENV_MODELS, "").split(os.pathsep):
        if part.strip():
            dirs.append(SearchDir(Path(part.strip()).expanduser(), f"${ENV_MODELS}"))
    dirs.append(SearchDir(Path("models"), "./models"))
    dirs.append(SearchDir(_hf_cache_dir(), "Hugging Face cache", hf_cache=True))
    seen: set[Path] = set()
    out = []
    for d in dirs:
        key = d.path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def write_dir(models_dir: str | os.PathLike | None = None) -> Path:
    """Where ``confsynth models fetch`` and ``convert`` put new models: the first of --models-dir,
    $CONFSYNTH_MODELS, ./models."""
    return next(d.path for d in search_dirs(models_dir) if not d.hf_cache)


def _size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        try:
            if p.is_file():
                total += p.stat().st_size   # stat follows the cache's symlinks to the blobs
        except OSError:
            continue
    return total


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _looks_like_model(path: Path) -> bool:
    return any((path / f).exists() for f in ("config.json", "model.bin", "source.spm", *WEIGHT_FILES))


def inspect_folder(path: Path, origin: str = "", name: str | None = None) -> ModelEntry | None:
    """Describe one model folder (None when it is not a translation model at all)."""
    name = name or path.name
    if not path.is_dir() or not (_looks_like_model(path) or parse_pair(name)):
        return None
    meta = _read_json(path / META_FILE)
    if (path / "model.bin").exists():
        backend: Backend = "ctranslate2"
        missing = [f for f in ("config.json", "source.spm", "target.spm") if not (path / f).exists()]
        if not any((path / v).exists() for v in ("shared_vocabulary.json", "shared_vocabulary.txt",
                                                  "source_vocabulary.json", "source_vocabulary.txt")):
            missing.append("shared_vocabulary.json")
    else:
        backend = "transformers"
        missing = [f for f in MARIAN_FILES if not (path / f).exists()]
        if not any((path / w).exists() for w in WEIGHT_FILES):
            missing.append(" or ".join(WEIGHT_FILES))
    source, target = meta.get("source"), meta.get("target")
    if not (source and target):
        pair = parse_pair(name)
        if pair is None:  # a folder renamed by the user: the tokenizer config usually says
            tok = _read_json(path / "tokenizer_config.json")
            pair = (tok.get("source_lang"), tok.get("target_lang")) if tok.get("source_lang") else None
        source, target = pair if pair else (None, None)
    problem = None
    if missing:
        problem = f"incomplete: missing {', '.join(missing)}"
    elif backend == "transformers":
        config = _read_json(path / "config.json")
        if config.get("model_type") != "marian":
            problem = f"config.json says model_type '{config.get('model_type')}', not a Marian (OPUS-MT) model"
    if problem is None and not (source and target):
        problem = "language pair unknown: name the folder opus-mt-SRC-TGT (e.g. opus-mt-fr-en)"
    return ModelEntry(name, source, target, path, backend, origin, _size(path), problem)


def _hf_snapshot(repo_dir: Path) -> Path | None:
    """The snapshot of a cached hub repo that refs/main points to, else the newest one."""
    snaps = repo_dir / "snapshots"
    ref = repo_dir / "refs" / "main"
    if ref.is_file():
        sha = ref.read_text(encoding="utf-8").strip()
        if (snaps / sha).is_dir():
            return snaps / sha
    candidates = [p for p in snaps.iterdir() if p.is_dir()] if snaps.is_dir() else []
    return max(candidates, key=lambda p: p.stat().st_mtime) if candidates else None


def _scan(d: SearchDir) -> Iterable[ModelEntry]:
    if not d.path.is_dir():
        return
    if not d.hf_cache:
        entry = inspect_folder(d.path, d.origin) if _looks_like_model(d.path) else None
        if entry is not None:  # --models-dir pointing at one model folder
            yield entry
            return
    try:
        children = sorted(d.path.iterdir())
    except OSError as exc:
        log.warning("cannot list %s (%s)", d.path, exc)
        return
    for child in children:
        if child.name.startswith("."):  # .opus-mt-fr-en.partial: a download or conversion in progress
            continue
        if d.hf_cache:
            if not (child.name.startswith("models--") and parse_pair(child.name)):
                continue
            snap = _hf_snapshot(child)
            if snap is None:
                continue
            entry = inspect_folder(snap, d.origin, name=child.name.split("--")[-1])
        else:
            entry = inspect_folder(child, d.origin)
        if entry is not None:
            yield entry


def find_models(models_dir: str | os.PathLike | None = None) -> list[ModelEntry]:
    """Every translation model folder in the search path, in order of preference."""
    out = []
    for d in search_dirs(models_dir):
        out.extend(_scan(d))
    return out
