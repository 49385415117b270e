"""Speed of a whole run against its unavoidable model work (issue 4's target: at most 1.3x).

    python bench/speed.py [--words 10000] [--repeat 3]

Builds a transcript of about N words from the samples' turns (French, English, the council
meeting: distinct text, several speakers, two languages), loads the models once, then runs the whole
job (read the file -> synthesize -> both Word drafts and synthesis.json) several times. Inside each
run, the unavoidable model work - the one spaCy pass over the text and the one embedding pass over
every sentence - is timed where it happens, so the ratio compares like with like.
Prints the medians and the ratio; saves the table to bench/results/speed.txt.
"""
from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "src"))
sys.path.insert(0, str(REPO_ROOT))

from bench.output import emit  # noqa: E402
from confsynth import pipeline  # noqa: E402
from confsynth.config import Config  # noqa: E402
from confsynth.ingest import read_transcript  # noqa: E402
from confsynth.nlp import load_pipeline  # noqa: E402
from confsynth.pipeline import load_models, synthesize, write_reports  # noqa: E402
from confsynth.quotes import clean_disfluencies  # noqa: E402

SOURCES = [REPO_ROOT / "samples" / name for name in
           ("innovation-sociale-europe.txt", "future-of-work-panel.vtt", "conseil-quartier.docx")]


def build_transcript(words: int, folder: Path) -> Path:
    """A transcript of about ``words`` spoken words from the samples' turns, labels kept (repeated only
    if the samples run out)."""
    turns = [turn for src in SOURCES for turn in read_transcript(src).turns]
    lines, n = ["Speed benchmark", ""], 0
    while n < words:
        for turn in turns:
            if n >= words:
                break
            lines += [f"{turn.label}: {turn.text.replace(chr(10), ' ')}", ""]
            n += len(turn.text.split())
    path = folder / f"speed-{words}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=str(REPO_ROOT / "bench" / "results" / "speed.txt"))
    args = ap.parse_args(argv)
    config = Config(translator="none")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = build_transcript(args.words, folder)
        t0 = time.perf_counter()
        models = load_models(config)
        for lang in ("fr", "en"):
            load_pipeline(lang)
        models.embedder(["warm up"])
        load_s = time.perf_counter() - t0
        transcript = read_transcript(path)
        spacy_s, embed_s, total_s = [], [], []
        counts: dict[str, int] = {}

        def timed(name, fn, bucket):
            def wrapper(*args, **kwargs):
                t0 = time.perf_counter()
                out = fn(*args, **kwargs)
                bucket[-1] += time.perf_counter() - t0
                if name == "embed":
                    counts["sentences"] = len(args[0])
                return out
            return wrapper

        real_analyze, real_embed = pipeline.analyze_texts, pipeline.embed_texts
        pipeline.analyze_texts = timed("spacy", real_analyze, spacy_s)
        pipeline.embed_texts = timed("embed", real_embed, embed_s)
        try:
            for _ in range(args.repeat):
                # (each repeat a first run of the file: nothing remembered of the one before)
                clean_disfluencies.cache_clear()
                spacy_s.append(0.0)
                embed_s.append(0.0)
                t0 = time.perf_counter()
                synthesis = synthesize([read_transcript(path)], config, models)
                write_reports(synthesis, folder / "out", path.stem, config)
                total_s.append(time.perf_counter() - t0)
        finally:
            pipeline.analyze_texts, pipeline.embed_texts = real_analyze, real_embed
        sentences = counts.get("sentences", 0)
    sp, em, tot = (statistics.median(x) for x in (spacy_s, embed_s, total_s))
    rows = [
        "confsynth speed benchmark",
        f"command: python bench/speed.py --words {args.words} --repeat {args.repeat}",
        f"python {platform.python_version()} on {platform.machine()}, {transcript.word_count} words, "
        f"{sentences} sentences, {len(transcript.turns)} turns; median of {args.repeat}",
        "",
        f"{'step':<42}{'seconds':>9}",
        f"{'model loading (once per run, not counted)':<42}{load_s:>9.2f}",
        f"{'spaCy over the text once (in the run)':<42}{sp:>9.2f}",
        f"{'embedding every sentence once (in the run)':<42}{em:>9.2f}",
        f"{'unavoidable model work (sum)':<42}{sp + em:>9.2f}",
        f"{'whole run: file -> 2 Word drafts + JSON':<42}{tot:>9.2f}",
        f"{'ratio (target <= 1.3)':<42}{tot / (sp + em):>9.2f}",
        f"{'seconds per 1,000 words (whole run)':<42}{1000 * tot / transcript.word_count:>9.2f}",
    ]
    emit("\n".join(rows), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
