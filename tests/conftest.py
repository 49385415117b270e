"""Shared fixtures: sample paths, a bag-of-words fake embedder, and one real run over the samples."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".vtt", ".docx", ".srt", ".json", ".md"})


def fake_embed(texts):
    """Bag-of-words hashed into 256 dims: texts sharing words get similar vectors. Deterministic, instant."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in re.findall(r"\w{4,}", t.lower()):
            out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % 256] += 1.0
        out[i] /= max(np.linalg.norm(out[i]), 1e-8)
    return out


@pytest.fixture
def sample_files():
    """The sample transcripts shipped in samples/."""
    return SAMPLE_FILES


@pytest.fixture
def fake_models():
    """Models with the fake embedder and the real (fast) language detector; no translator."""
    from confsynth.language import make_detector
    from confsynth.pipeline import Models

    return Models(embedder=fake_embed, detector=make_detector(), translator=None)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory):
    """The real pipeline (spaCy, e5 embeddings) over samples/, once per test session."""
    from confsynth.config import Config
    from confsynth.pipeline import run_batch

    out = tmp_path_factory.mktemp("reports")
    results = run_batch([SAMPLES], out, Config())
    return out, results


@pytest.fixture(scope="session", autouse=True)
def no_user_models(tmp_path_factory):
    """Translation models the developer installed (HF cache, $CONFSYNTH_MODELS) stay out of the tests."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_CACHE", str(tmp_path_factory.mktemp("empty-hf-cache")))
        mp.delenv("CONFSYNTH_MODELS", raising=False)
        mp.delenv("HF_ENDPOINT", raising=False)
        mp.delenv("HF_HUB_OFFLINE", raising=False)
        yield


def sample_sentences(language: str) -> list[str]:
    """A few hundred sentences of the samples in one language, to train the tiny models' tokenizers."""
    if language == "en":
        text = (SAMPLES / "future-of-work-panel.vtt").read_text(encoding="utf-8")
        lines = [re.sub(r"<[^>]+>", "", ln).strip() for ln in text.splitlines() if "<v " in ln]
    else:
        lines = (SAMPLES / "innovation-sociale-europe.txt").read_text(encoding="utf-8").splitlines()
    return [s for ln in lines for s in re.split(r"(?<=[.!?])\s+", ln) if len(s.split()) >= 3]


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """A models folder as a user would have it: opus-mt-fr-en (with its CTranslate2 copy) and opus-mt-en-fr,
    tiny random-weight Marian models in the exact OPUS-MT layout, built once per session."""
    pytest.importorskip("transformers")
    pytest.importorskip("torch")
    import torch

    from confsynth.translators.testing import build_tiny_marian

    # d_model 16: a second thread only adds spin-waiting, which on a shared 2-core machine costs seconds
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("models")
    fr, en = sample_sentences("fr"), sample_sentences("en")
    build_tiny_marian(root / "opus-mt-fr-en", fr, en, "fr", "en", seed=1)
    build_tiny_marian(root / "opus-mt-en-fr", en, fr, "en", "fr", seed=2)
    from confsynth.translators.opus import backend_installed

    if backend_installed("ctranslate2"):  # without it, the tests that need the copy skip
        from confsynth.translators.ct2 import convert_marian

        convert_marian(root / "opus-mt-fr-en", root / "opus-mt-fr-en-ct2")
    return root
