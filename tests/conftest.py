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
