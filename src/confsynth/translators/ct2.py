"""The CTranslate2 copy of a Marian model: int8 on CPU, several times faster than torch, and no torch needed.

``convert_marian`` makes the copy (``confsynth models convert``); ``CT2MarianEngine`` runs it with the
SentencePiece models copied beside it, applying the same punctuation normalisation as transformers'
MarianTokenizer so both backends see the same input.
"""
from __future__ import annotations

import json
import logging
import shutil
import sys
from pathlib import Path
from typing import Sequence

from ..errors import ModelUnavailableError
from .discovery import META_FILE

__all__ = ["CT2MarianEngine", "convert_marian", "require_ctranslate2", "CT2_EXTRA"]

log = logging.getLogger(__name__)

CT2_EXTRA = "pip install 'confsynth[ct2]'"
_DEFAULT_MAX_TOKENS = 512   # the OPUS-MT position table, when confsynth.json does not say


def require_ctranslate2() -> None:
    """Import ctranslate2 and sentencepiece, or raise ModelUnavailableError naming the extra to install."""
    try:
        import ctranslate2  # noqa: F401
        import sentencepiece  # noqa: F401
    except ImportError as exc:
        raise ModelUnavailableError(f"the CTranslate2 backend needs {exc.name}: {CT2_EXTRA}") from None


def _compute_type() -> str:
    import ctranslate2

    supported = ctranslate2.get_supported_compute_types("cpu")
    return "int8" if "int8" in supported else "default"


def _normalizer(language: str | None):
    try:
        from sacremoses import MosesPunctNormalizer
    except ImportError:
        return lambda s: s
    return MosesPunctNormalizer(language or "en").normalize


class CT2MarianEngine:
    """Runs a CTranslate2 Marian model on the CPU."""

    backend = "ctranslate2"

    def __init__(self, path: Path, name: str | None = None, beam_size: int | None = None,
                 threads: int = 0) -> None:
        require_ctranslate2()
        import ctranslate2
        import sentencepiece as spm

        self.path = Path(path)
        self.name = name or self.path.name
        meta = {}
        if (self.path / META_FILE).is_file():
            meta = json.loads((self.path / META_FILE).read_text(encoding="utf-8"))
        self.compute_type = _compute_type()
        torch_threads = sys.modules["torch"].get_num_threads() if "torch" in sys.modules else 0
        try:
            self.source_spm = spm.SentencePieceProcessor(model_file=str(self.path / "source.spm"))
            self.target_spm = spm.SentencePieceProcessor(model_file=str(self.path / "target.spm"))
            self.translator = ctranslate2.Translator(str(self.path), device="cpu", compute_type=self.compute_type,
                                                     inter_threads=1, intra_threads=threads)
        except Exception as exc:  # truncated model.bin, bad vocabulary, unreadable .spm: one message
            raise ModelUnavailableError(
                f"{self.path}: cannot load this CTranslate2 model ({type(exc).__name__}: {str(exc)[:200]}); "
                f"delete the folder and run 'confsynth models convert {self.name.removesuffix('-ct2')}' again"
            ) from None
        torch = sys.modules.get("torch")
        if torch is not None and torch_threads:
            # CTranslate2 sets the OpenMP thread count that torch shares: give torch back what it was told
            torch.set_num_threads(torch_threads)
        self.max_tokens = int(meta.get("max_tokens") or _DEFAULT_MAX_TOKENS)
        self.beam_size = beam_size or int(meta.get("beam_size") or 4)
        self._normalize = _normalizer(meta.get("source"))

    def _tokens(self, texts: Sequence[str]) -> list[list[str]]:
        pieces = self.source_spm.encode([self._normalize(t) for t in texts], out_type=str)
        return [p + ["</s>"] for p in pieces]

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Input length of each text in model tokens, end-of-sentence mark included."""
        return [len(t) for t in self._tokens(texts)] if texts else []

    def translate_batch(self, texts: Sequence[str], max_new_tokens: int) -> list[str]:
        """Translate sentences that each fit the model (the caller splits longer ones)."""
        tokens = self._tokens(texts)
        longest = max(len(t) for t in tokens)
        if longest > self.max_tokens:
            raise ValueError(f"input of {longest} tokens passes the model's {self.max_tokens}")
        results = self.translator.translate_batch(tokens, beam_size=self.beam_size, max_input_length=self.max_tokens,
                                                  max_decoding_length=max_new_tokens, disable_unk=True)
        # pieces of the shared vocabulary that target.spm does not know decode as themselves: "▁" is a space
        return [self.target_spm.decode_pieces(r.hypotheses[0]).replace("\u2581", " ").strip() for r in results]


def _metadata(source: Path, output: Path, quantization: str) -> dict:
    """What the CTranslate2 copy must remember of its original: pair, input limit, beam size, provenance."""
    import ctranslate2
    from transformers import AutoConfig, GenerationConfig

    from .discovery import parse_pair

    config = AutoConfig.from_pretrained(str(source), local_files_only=True)
    try:
        beams = GenerationConfig.from_pretrained(str(source), local_files_only=True).num_beams
    except OSError:  # older OPUS-MT folders keep num_beams in config.json
        beams = getattr(config, "num_beams", None)
    tok = {}
    if (source / "tokenizer_config.json").is_file():
        tok = json.loads((source / "tokenizer_config.json").read_text(encoding="utf-8"))
    limits = [config.max_position_embeddings, tok.get("model_max_length")]
    pair = parse_pair(output.name) or parse_pair(source.name) or (tok.get("source_lang"), tok.get("target_lang"))
    return {"source": pair[0], "target": pair[1],
            "max_tokens": int(min(x for x in limits if isinstance(x, int) and 0 < x < 1_000_000)),
            "beam_size": int(beams or 1), "quantization": quantization, "converted_from": str(source.resolve()),
            "ctranslate2": ctranslate2.__version__}


def convert_marian(source: Path, output: Path, quantization: str = "int8", force: bool = False) -> Path:
    """Convert a Marian folder (transformers layout) into a CTranslate2 copy at ``output``, atomically:
    the copy is built beside it and renamed when complete, so a failed conversion leaves no half folder."""
    require_ctranslate2()
    from .marian import require_transformers

    require_transformers()
    from ctranslate2.converters import TransformersConverter

    source, output = Path(source), Path(output)
    if output.exists() and not force:
        raise ModelUnavailableError(f"{output} already exists; delete it or pass --force to convert again")
    staging = output.parent / f".{output.name}.partial"
    shutil.rmtree(staging, ignore_errors=True)
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        TransformersConverter(str(source), copy_files=["source.spm", "target.spm"], low_cpu_mem_usage=True) \
            .convert(str(staging), quantization=quantization, force=True)
        meta = _metadata(source, output, quantization)
        (staging / META_FILE).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        staging.rename(output)
    except ModelUnavailableError:
        raise
    except Exception as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ModelUnavailableError(f"cannot convert {source} to CTranslate2 ({type(exc).__name__}: "
                                    f"{str(exc)[:200]}); check that the folder is a complete Marian model") from None
    log.info("converted %s -> %s (%s)", source, output, quantization)
    return output
