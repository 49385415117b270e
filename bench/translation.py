"""Translation throughput, torch vs CTranslate2, on any Marian (OPUS-MT) folder (run by hand).

    python bench/translation.py models/opus-mt-fr-en [--sentences 200] [--beam 4] [--threads 1]
    python bench/translation.py --tiny          # smoke run on a tiny random-weight model built on the spot
    python bench/translation.py --opus-size     # random weights, OPUS-MT's dimensions: realistic compute

Both backends go through confsynth's own OpusTranslator (sentence splitting, length-sorted batches),
each with an empty cache, after a short warm-up that is not timed. The CTranslate2 side uses the
folder's copy (NAME-ct2 beside it, or --ct2 DIR), else converts one (int8) into a temporary folder.
Sentences: <evaldata>/lingua_langid/sentences/<source>.txt (real sentences of the source language),
else the samples. A random-weight model never emits end-of-sentence, so in the smoke run every output
runs to the length cap: --tiny checks the plumbing; --opus-size has a real model's compute per token
but decodes about twice as many tokens as a real translation.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Sequence

try:
    import confsynth  # noqa: F401
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from confsynth.translators.discovery import CT2_SUFFIX, ModelEntry, inspect_folder
from confsynth.translators.opus import OpusTranslator, backend_installed

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = (
    Path(os.environ["CONFSYNTH_EVALDATA"]).expanduser()
    if os.environ.get("CONFSYNTH_EVALDATA") else ROOT / ".." / "shared" / "evaldata"
).resolve() / "lingua_langid" / "sentences"


def sample_sentences(language: str, n: int) -> list[str]:
    """``n`` distinct sentences in ``language``: the lingua test set's, else the samples'."""
    path = DEFAULT_DATA / f"{language}.txt"
    if path.is_file():
        lines = path.read_text(encoding="utf-8").splitlines()
    else:
        name = "future-of-work-panel.vtt" if language == "en" else "innovation-sociale-europe.txt"
        text = (ROOT / "samples" / name).read_text(encoding="utf-8")
        lines = [re.sub(r"<[^>]+>", "", s) for s in re.split(r"(?<=[.!?])\s+|\n", text)]
    out = list(dict.fromkeys(s.strip() for s in lines if 4 <= len(s.split()) <= 40))
    return (out * (n // max(len(out), 1) + 1))[:n] if out else []


def random_model(folder: Path, opus_size: bool) -> Path:
    """A random-weight fr-en Marian folder: tiny as the tests build it, or with OPUS-MT's dimensions."""
    from confsynth.translators.testing import build_tiny_marian

    # OPUS-MT: 512-dim, 6+6 layers, 58k vocabulary; a 4k-piece tokenizer keeps words at ~1.3 pieces, as there
    size = dict(d_model=512, ffn_dim=2048, heads=8, layers=6, vocab_total=58101, max_tokens=512,
                vocab_size=4000) if opus_size else {}
    return build_tiny_marian(folder / "opus-mt-fr-en", sample_sentences("fr", 1000), sample_sentences("en", 1000),
                             **size)


def engine_for(entry: ModelEntry, beam: int, threads: int):
    """Load one backend's engine with the thread count and beam size of the run."""
    if entry.backend == "ctranslate2":
        from confsynth.translators.ct2 import CT2MarianEngine

        return CT2MarianEngine(entry.path, entry.name, beam_size=beam, threads=threads)
    import torch

    from confsynth.translators.marian import TorchMarianEngine

    torch.set_num_threads(threads)
    return TorchMarianEngine(entry.path, entry.name, beam_size=beam)


def measure(entry: ModelEntry, sentences: Sequence[str], beam: int, threads: int, batch: int) -> dict:
    """Load time and sentences per second of one backend on ``sentences``."""
    started = time.perf_counter()
    engine = engine_for(entry, beam, threads)
    load_s = time.perf_counter() - started
    warm = OpusTranslator([entry], (entry.backend,), batch_size=batch, loader=lambda e, b: engine)
    warm.translate(list(sentences[:8]), entry.source, entry.target)
    translator = OpusTranslator([entry], (entry.backend,), batch_size=batch, loader=lambda e, b: engine)
    started = time.perf_counter()
    out = translator.translate(list(sentences), entry.source, entry.target)
    seconds = time.perf_counter() - started
    st = translator.stats
    return {"backend": entry.backend, "label": getattr(engine, "compute_type", "float32"), "load_s": load_s,
            "seconds": seconds, "sent_s": len(sentences) / seconds, "pieces": st.sentences,
            "batches": st.batches, "split": st.split, "out_words": sum(len(o.split()) for o in out)}


def report(rows: list[dict], entry: ModelEntry, n: int, args: argparse.Namespace, command: str) -> str:
    """The table printed and saved."""
    versions = []
    for pkg in ("torch", "transformers", "ctranslate2"):
        try:
            versions.append(f"{pkg}=={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            pass
    lines = [
        f"command: {command}",
        f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; {' '.join(versions)}",
        f"model: {entry.path} ({entry.pair}); {n} source sentences; beam {args.beam}; batch {args.batch_size}; "
        f"{args.threads} thread(s)",
        "",
        f"{'backend':<13} {'weights':>8} {'load s':>7} {'time s':>7} {'sentences/s':>12} {'vs torch':>9} "
        f"{'pieces':>7} {'batches':>8} {'split':>6}",
        f"{'-' * 13} {'-' * 8} {'-' * 7} {'-' * 7} {'-' * 12} {'-' * 9} {'-' * 7} {'-' * 8} {'-' * 6}",
    ]
    base = next((r["sent_s"] for r in rows if r["backend"] == "transformers"), None)
    for r in rows:
        speed = f"{r['sent_s'] / base:.1f}x" if base else "-"
        lines.append(f"{r['backend']:<13} {r['label']:>8} {r['load_s']:>7.2f} {r['seconds']:>7.2f} "
                     f"{r['sent_s']:>12,.1f} {speed:>9} {r['pieces']:>7} {r['batches']:>8} {r['split']:>6}")
    if args.tiny or args.opus_size:
        lines.append("  note: random weights never emit end-of-sentence: every output runs to the length cap "
                     "(2 x input + 8 tokens), about twice a real translation's length")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print (and optionally save) the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", type=Path, help="a Marian folder (transformers layout)")
    parser.add_argument("--tiny", action="store_true", help="build and use a tiny random-weight model")
    parser.add_argument("--opus-size", action="store_true",
                        help="build and use a random-weight model with OPUS-MT's dimensions (d_model 512, 6+6 layers)")
    parser.add_argument("--ct2", type=Path, help="its CTranslate2 copy (default: MODEL-ct2, else convert one)")
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--beam", type=int, default=4, help="beam size for both backends (OPUS-MT uses 4)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for both backends")
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    if args.model is None and not (args.tiny or args.opus_size):
        parser.error("give a Marian model folder, or --tiny / --opus-size")
    command = "python bench/translation.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))

    with tempfile.TemporaryDirectory(prefix="confsynth-bench-") as tmp:
        folder = random_model(Path(tmp), args.opus_size) if args.tiny or args.opus_size else args.model
        entry = inspect_folder(folder, "bench")
        if entry is None or entry.problem or entry.backend != "transformers":
            print(f"{folder}: not a usable Marian folder ({entry.problem if entry else 'no model files'})")
            return 2
        sentences = sample_sentences(entry.source or "fr", args.sentences)
        rows = [measure(entry, sentences, args.beam, args.threads, args.batch_size)]
        if backend_installed("ctranslate2"):
            ct2_dir = args.ct2 or folder.parent / f"{folder.name}{CT2_SUFFIX}"
            if not (ct2_dir / "model.bin").exists():
                from confsynth.translators.ct2 import convert_marian

                ct2_dir = convert_marian(folder, Path(tmp) / f"{entry.name}{CT2_SUFFIX}")
            ct2_entry = inspect_folder(ct2_dir, "bench")
            rows.append(measure(ct2_entry, sentences, args.beam, args.threads, args.batch_size))
        else:
            print("ctranslate2 not installed (pip install 'confsynth[ct2]'): torch only")
        text = report(rows, entry, len(sentences), args, command)
    print(text, end="")
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
