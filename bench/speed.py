"""Speed of a whole run against its unavoidable model work (issue 4's target: at most 1.3x).

    python bench/speed.py [--words 10000] [--repeat 3]

Builds a transcript of about N words from samples/innovation-sociale-europe.txt (repeated turns),
loads the models once, then times, in the same process and for each repetition:
  - model work: one spaCy pass over every turn + embedding every sentence once;
  - the whole run: read the file -> synthesize -> both Word drafts and synthesis.json.
Prints the median seconds of each and the ratio; saves the table to bench/results/speed.txt.
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

from confsynth.config import Config  # noqa: E402
from confsynth.embed import embed_texts  # noqa: E402
from confsynth.ingest import read_transcript  # noqa: E402
from confsynth.nlp import analyze_texts, load_pipeline  # noqa: E402
from confsynth.pipeline import load_models, synthesize, write_reports  # noqa: E402

SOURCE = REPO_ROOT / "samples" / "innovation-sociale-europe.txt"


def build_transcript(words: int, folder: Path) -> Path:
    """A transcript of about ``words`` spoken words: the sample's turns, repeated, labels kept."""
    t = read_transcript(SOURCE)
    lines, n = [t.header[0], ""], 0
    while n < words:
        for turn in t.turns:
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
        for _ in range(args.repeat):
            texts = [t.text for t in transcript.turns]
            t0 = time.perf_counter()
            analyses = analyze_texts(texts, ["fr"] * len(texts))
            spacy_s.append(time.perf_counter() - t0)
            sentences = [text[s:e] for text, a in zip(texts, analyses) for s, e in a.sentences]
            t0 = time.perf_counter()
            embed_texts(sentences, models.embedder)
            embed_s.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            synthesis = synthesize([read_transcript(path)], config, models)
            write_reports(synthesis, folder / "out", path.stem, config)
            total_s.append(time.perf_counter() - t0)
    sp, em, tot = (statistics.median(x) for x in (spacy_s, embed_s, total_s))
    rows = [
        "confsynth speed benchmark",
        f"command: python bench/speed.py --words {args.words} --repeat {args.repeat}",
        f"python {platform.python_version()} on {platform.machine()}, {transcript.word_count} words, "
        f"{len(sentences)} sentences, {len(transcript.turns)} turns; median of {args.repeat}",
        "",
        f"{'step':<42}{'seconds':>9}",
        f"{'model loading (once per run, not counted)':<42}{load_s:>9.2f}",
        f"{'spaCy over the text once':<42}{sp:>9.2f}",
        f"{'embedding every sentence once':<42}{em:>9.2f}",
        f"{'unavoidable model work (sum)':<42}{sp + em:>9.2f}",
        f"{'whole run: file -> 2 Word drafts + JSON':<42}{tot:>9.2f}",
        f"{'ratio (target <= 1.3)':<42}{tot / (sp + em):>9.2f}",
        f"{'seconds per 1,000 words (whole run)':<42}{1000 * tot / transcript.word_count:>9.2f}",
    ]
    text = "\n".join(rows)
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
