"""What a machine transcript's confidences change: the French public meetings read from their .ctm files.

    python bench/confidence.py

Each meeting is read as `confsynth run` reads its `.ctm` (the recogniser's words, with their
confidences) and analysed once. The key messages are then chosen twice from the same analysis:
with the confidences and with them removed. The table gives, for each variant:
- the recogniser's mean confidence in the headlines' sentences;
- the mean over quotes of each quote's least sure sentence;
- ROUGE-1/2 F1 against the report, with summarization.py's protocol, at 250 words and at the
  reference's length.

Writes bench/results/confidence.txt.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "src"))

from bench.evaldata import load_sets  # noqa: E402
from bench.rouge import count_words, rouge  # noqa: E402
from bench.summarization import scored_text  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(REPO_ROOT / "bench" / "results" / "confidence.txt"))
    args = ap.parse_args(argv)

    from confsynth.config import Config
    from confsynth.ingest import read_transcript
    from confsynth.pipeline import analyse_event, choose_takeaways, load_models

    t0 = time.perf_counter()
    config = Config(translator="none")
    models = load_models(config)
    rows = {"with confidences": [], "without": []}
    for meeting in load_sets(["fr"])["fr"]:
        ctm = Path(str(meeting.source).replace(".transcript.txt", ".0.ctm"))
        event = analyse_event(list(read_transcript(ctm).turns), config, models)
        blind = dataclasses.replace(event, sentences=[dataclasses.replace(s, confidence=None)
                                                      for s in event.sentences])
        sure = {(s.turn, s.start): s.confidence for s in event.sentences}

        def least_sure(quote) -> float:
            return min(s.confidence for s in event.sentences if s.turn == quote.source.turn
                       and s.start < quote.span[1] and s.end > quote.span[0] and s.confidence is not None)

        for name, variant in (("with confidences", event), ("without", blind)):
            takeaways = choose_takeaways(variant, config)
            budget = count_words(meeting.reference)
            r250 = rouge(scored_text(variant, config, 250), meeting.reference, "fr")
            rref = rouge(scored_text(variant, config, budget), meeting.reference, "fr")
            rows[name].append({
                "id": meeting.id[:8],
                "median": statistics.median(c for c in sure.values() if c is not None),
                "heads": statistics.mean(c for t in takeaways
                                         if (c := sure.get((t.said.source.turn, t.said.span[0]))) is not None),
                "quotes": statistics.mean(least_sure(q) for t in takeaways for q in t.quotes),
                "r250": (r250["rouge1"].fmeasure, r250["rouge2"].fmeasure),
                "rref": (rref["rouge1"].fmeasure, rref["rouge2"].fmeasure),
            })
    lines = ["confsynth and a machine transcript's confidences (public_meetings_fr read from its .ctm files)",
             "command: python bench/confidence.py",
             "confidence: the recogniser's, 0..1, mean of the words (punctuation left out); quotes: mean of each "
             "quote's least sure sentence; ROUGE F1 x100 as in summarization.py", "",
             f"{'variant':<17}| {'meeting':<8} | {'median':>6} | {'headlines':>9} | {'quotes':>6} | "
             f"{'R-1/R-2 @250':>12} | {'R-1/R-2 @ref':>12}",
             "-" * 88]
    for name, rs in rows.items():
        for r in rs:
            lines.append(f"{name:<17}| {r['id']:<8} | {r['median']:6.3f} | {r['heads']:9.3f} | {r['quotes']:6.3f} | "
                         f"{100 * r['r250'][0]:5.1f}/{100 * r['r250'][1]:4.1f}  | "
                         f"{100 * r['rref'][0]:5.1f}/{100 * r['rref'][1]:4.1f}")
        lines.append(f"{name:<17}| {'mean':<8} | {statistics.mean(r['median'] for r in rs):6.3f} | "
                     f"{statistics.mean(r['heads'] for r in rs):9.3f} | {statistics.mean(r['quotes'] for r in rs):6.3f} | "
                     f"{50 * sum(r['r250'][0] for r in rs):5.1f}/{50 * sum(r['r250'][1] for r in rs):4.1f}  | "
                     f"{50 * sum(r['rref'][0] for r in rs):5.1f}/{50 * sum(r['rref'][1] for r in rs):4.1f}")
    lines += ["", f"(run {time.perf_counter() - t0:.0f} s)"]
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
