"""Time and peak memory of a full ``confsynth run`` at 10k, 50k and 100k words.

The transcripts are synthetic but made of real speech: the sample transcripts' sentences (French and
English), shuffled, dealt to six labelled speakers in turns of 1-8 sentences. Each size runs in a
fresh subprocess (the real CLI, real models: spaCy, e5 embeddings, lingua) so its peak RSS is its own.

    python bench/scale.py                      # 10k 50k 100k words, table + bench/results/scale.txt
    python bench/scale.py --sizes 2000 10000   # other sizes
    python bench/scale.py --profile 20000      # cProfile one run in-process (fake-free), top functions

Target (issue 7): a 100,000-word transcript under 2 GB peak RSS, time roughly linear in words.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
RESULTS = ROOT / "bench" / "results"

SPEAKERS = [
    "Anna Berg (Malmö University)", "Paul Martin (ESSEC)", "Hannah Whitaker (European Policy Centre)",
    "Mathilde Ferrand (INRAE)", "Tomás Reyes (OECD)", "Claire Dumont, directrice, Impact Tank",
]


def sample_sentences() -> list[str]:
    """Every sentence of the shipped samples (French and English), as spoken."""
    sys.path.insert(0, str(ROOT / "src"))
    from confsynth.ingest import read_transcript

    sentences: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix not in {".txt", ".vtt", ".docx"}:
            continue
        for turn in read_transcript(path).turns:
            for s in re.split(r"(?<=[.!?…])\s+", turn.text):
                if len(s.split()) >= 3:
                    sentences.append(" ".join(s.split()))
    return sentences


def synthetic_transcript(words: int, seed: int = 0, speakers: int = len(SPEAKERS)) -> str:
    """A labelled plain-text transcript of about ``words`` words built from the samples' sentences.

    With ``speakers=1`` it is one monologue: every paragraph has the same label, so the whole
    transcript is a single turn (the shape that once took 3 GB in spaCy).
    """
    rng = random.Random(seed)
    pool = sample_sentences()
    lines = ["Synthetic forum for the scale benchmark", ""]
    count, previous = 0, None
    while count < words:
        speaker = rng.choice([s for s in SPEAKERS[:speakers] if s != previous] or SPEAKERS[:1])
        previous = speaker
        turn = []
        for _ in range(rng.randint(1, 8)):
            sentence = rng.choice(pool)
            turn.append(sentence)
            count += len(sentence.split())
        lines += [f"{speaker}: {' '.join(turn)}", ""]
    return "\n".join(lines)


def _cpu() -> float:
    """CPU seconds used by this process so far (all threads): steadier than wall time on a shared machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _child(words: int, workdir: Path, speakers: int = len(SPEAKERS)) -> dict:
    """Run the real CLI on one synthetic transcript in this process; report time and peak RSS."""
    sys.path.insert(0, str(ROOT / "src"))
    from confsynth.cli import main

    # a small run first loads every model (spaCy, e5, lingua), so the timed run is the transcript's own work
    warm = workdir / "warm-up.txt"
    warm.write_text(synthetic_transcript(300, seed=1), encoding="utf-8")
    start = time.perf_counter()
    main(["run", str(warm), "-o", str(workdir / "warm"), "--quiet", "--translator", "none"])
    startup = time.perf_counter() - start
    src = workdir / f"scale-{words}.txt"
    src.write_text(synthetic_transcript(words, speakers=speakers), encoding="utf-8")
    actual = len(src.read_text(encoding="utf-8").split())
    cpu0 = _cpu()
    start = time.perf_counter()
    code = main(["run", str(src), "-o", str(workdir / "out"), "--quiet", "--translator", "none"])
    seconds = time.perf_counter() - start
    cpu = _cpu() - cpu0
    data = json.loads((workdir / "out" / f"scale-{words}.synthesis.json").read_text(encoding="utf-8"))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return {"words": actual, "exit": code, "seconds": round(seconds, 1), "cpu": round(cpu, 1),
            "startup": round(startup, 1),
            "peak_mb": round(peak_kb / 1024),
            "takeaways": len(data["takeaways"]), "speakers": len(data["speakers"]), "shape": speakers}


def run_size(words: int, speakers: int = len(SPEAKERS)) -> dict:
    """One size in a fresh interpreter, so peak memory is that run's alone."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, __file__, "--child", str(words), "--workdir", tmp,
                               "--speakers", str(speakers)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"size {words} failed:\n{proc.stderr[-3000:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    """The results as a fixed-width table, with time per 1,000 words to judge linearity."""
    head = (f"{'speakers':>8} {'words':>8} {'wall s':>7} {'wall s/1k w':>11} {'CPU s':>7} {'CPU s/1k w':>10} {'peak RSS MB':>11}"
            f" {'takeaways':>9} {'exit':>4} {'model load s':>12}")
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r['shape']:>8} {r['words']:>8} {r['seconds']:>7.1f} {1000 * r['seconds'] / r['words']:>11.2f} "
                     f"{r['cpu']:>7.1f} {1000 * r['cpu'] / r['words']:>10.2f} {r['peak_mb']:>11} "
                     f"{r['takeaways']:>9} {r['exit']:>4} {r['startup']:>12.1f}")
    return "\n".join(lines)


def main() -> None:
    """Parse arguments; run each size in a subprocess; print and save the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    ap.add_argument("--speakers", type=int, default=len(SPEAKERS),
                    help="speakers in the transcript (1: a single one-turn monologue)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--profile", type=int, metavar="WORDS", help="cProfile one in-process run of this size")
    ap.add_argument("--no-save", action="store_true", help="do not write bench/results/scale.txt")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.workdir, args.speakers)))
        return
    if args.profile:
        import cProfile
        import pstats

        with tempfile.TemporaryDirectory() as tmp:
            cProfile.runctx("_child(args.profile, Path(tmp))", globals(), {"args": args, "Path": Path, "tmp": tmp},
                            str(Path(tmp) / "prof"))
            pstats.Stats(str(Path(tmp) / "prof")).sort_stats("tottime").print_stats(30)
        return
    rows = []
    for words in args.sizes:
        rows.append(run_size(words, args.speakers))
        print(table(rows[-1:]).splitlines()[-1], flush=True)
    out = table(rows)
    shape = "one speaker, one turn" if args.speakers == 1 else f"{args.speakers} speakers"
    header = (f"confsynth run on synthetic transcripts (samples' sentences, {shape}), --translator none\n"
              "wall/CPU s: the transcript's run after a warm-up run loaded the models (model load s);\n"
              "CPU s (user+system, all threads) is the steadier measure on a shared machine;\n"
              "peak RSS: the whole process (models included), one fresh process per size\n"
              f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs (shared), "
              f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}\n"
              f"command: python bench/scale.py --sizes {' '.join(map(str, args.sizes))}"
              + (f" --speakers {args.speakers}" if args.speakers != len(SPEAKERS) else "") + "\n")
    print()
    print(header + out)
    if not args.no_save:
        RESULTS.mkdir(parents=True, exist_ok=True)
        name = "scale.txt" if args.speakers == len(SPEAKERS) else f"scale-{args.speakers}-speaker.txt"
        (RESULTS / name).write_text(header + out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
