"""A Marian (OPUS-MT) model run by transformers + torch, from a local folder, offline."""
from __future__ import annotations

import logging
import os
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import ModelUnavailableError

__all__ = ["TorchMarianEngine", "require_transformers", "load_pretrained", "MODELS_EXTRA"]

log = logging.getLogger(__name__)

MODELS_EXTRA = "pip install 'confsynth[models]'"


@contextmanager
def offline() -> Iterator[None]:
    """Hub access switched off while transformers is imported and a model loads.

    Loading uses ``local_files_only=True`` from a local folder, which never asks a hub; this is the second
    lock: huggingface_hub's offline switch, read from the environment at import and kept on in-process.
    The environment is restored afterwards so that ``confsynth models fetch`` still sees the user's own."""
    keys = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ.update({k: "1" for k in keys})
    try:
        try:
            import huggingface_hub.constants as hub_constants
            hub_constants.HF_HUB_OFFLINE = True
        except ImportError:
            pass
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def require_transformers() -> None:
    """Import transformers and torch, or raise ModelUnavailableError naming the extra to install."""
    try:
        with offline():
            import sentencepiece  # noqa: F401
            import torch  # noqa: F401
            import transformers  # noqa: F401
    except ImportError as exc:
        raise ModelUnavailableError(f"the transformers backend needs {exc.name}: {MODELS_EXTRA}") from None


def load_pretrained(path: Path, tokenizer_cls, model_cls, what: str, hint: str = "") -> tuple:
    """A tokenizer and a model from a local folder: offline, quietly, in eval mode; a ModelUnavailableError
    naming ``what`` could not be loaded (and ``hint``, what to do) when anything is wrong with the folder."""
    require_transformers()
    import transformers

    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    try:
        with warnings.catch_warnings(), offline():
            warnings.simplefilter("ignore")  # "install sacremoses" and similar advice, once per load
            tokenizer = tokenizer_cls.from_pretrained(str(path), local_files_only=True)
            model = model_cls.from_pretrained(str(path), local_files_only=True)
    except Exception as exc:  # corrupt weights, wrong shapes, bad tokenizer files: all mean the same
        raise ModelUnavailableError(
            f"{path}: cannot load this {what} ({type(exc).__name__}: {str(exc)[:200]}){hint}") from None
    model.eval()
    return tokenizer, model


class TorchMarianEngine:
    """Loads a Marian folder with transformers and translates batches of sentences with torch."""

    backend = "transformers"

    def __init__(self, path: Path, name: str | None = None, beam_size: int | None = None) -> None:
        require_transformers()
        import torch
        from transformers import MarianMTModel, MarianTokenizer

        self.path = Path(path)
        self.name = name or self.path.name
        self._torch = torch
        self.tokenizer, self.model = load_pretrained(
            path, MarianTokenizer, MarianMTModel, "Marian model",
            f"; copy the whole folder again or run 'confsynth models fetch {self.name}'")
        config = self.model.config
        limits = [config.max_position_embeddings, getattr(self.tokenizer, "model_max_length", None)]
        self.max_tokens = int(min(x for x in limits if isinstance(x, int) and 0 < x < 1_000_000))
        gen = getattr(self.model, "generation_config", None)
        # the folder's generation_config.json says how the model is meant to decode (OPUS-MT: 4 beams)
        self.beam_size = beam_size or int(getattr(gen, "num_beams", 1) or 1)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Input length of each text in model tokens, end-of-sentence mark included."""
        if not texts:
            return []
        return [len(ids) for ids in self.tokenizer(list(texts))["input_ids"]]

    def translate_batch(self, texts: Sequence[str], max_new_tokens: int) -> list[str]:
        """Translate sentences that each fit the model (the caller splits longer ones)."""
        torch = self._torch
        enc = self.tokenizer(list(texts), return_tensors="pt", padding=True)
        if enc["input_ids"].shape[1] > self.max_tokens:  # the caller's split failed: never let torch truncate
            raise ValueError(f"input of {enc['input_ids'].shape[1]} tokens passes the model's {self.max_tokens}")
        with torch.inference_mode():
            out = self.model.generate(**enc, num_beams=self.beam_size, max_new_tokens=max_new_tokens)
        return self.tokenizer.batch_decode(out, skip_special_tokens=True)
