"""How far any key-message synthesis can go on the French meetings at the reference's length.

    python bench/fr_ceiling.py

The French reference is a full write-up (77% and 68% of the transcripts' length). This prints, for each
meeting, ROUGE-1/2 F1 at that length (summarization.py's protocol) of two texts that print the whole
event: Lead (the transcript as it is, cut at the budget), and every sentence of the transcript
compressed as confsynth compresses a headline, in order, cut at the budget. It also prints TextRank,
the best peer there.
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
sys.path.insert(0, str(REPO_ROOT / "src"))

from bench.evaldata import load_sets  # noqa: E402
from bench.peers import PEERS  # noqa: E402
from bench.rouge import count_words, rouge, truncate_words  # noqa: E402
from bench.summarization import ConfsynthRunner  # noqa: E402


def main() -> int:
    from confsynth.takeaways import make_headline

    runner = ConfsynthRunner(None)
    rows: dict[str, list[tuple[float, float]]] = {"lead": [], "every sentence, compressed": [], "textrank": []}
    for m in load_sets(["fr"])["fr"]:
        budget = count_words(m.reference)
        event, _ = runner._event(list(m.turns), m.language, m.source)
        texts = {
            "lead": " ".join(text for _, text in m.turns),
            "every sentence, compressed": " ".join(make_headline(s.text, m.language) for s in event.sentences),
            "textrank": PEERS["textrank"](list(m.turns), m.language, budget, reference=m.reference,
                                          meeting_id=m.id),
        }
        for name, text in texts.items():
            score = rouge(truncate_words(text, budget), m.reference, m.language)
            rows[name].append((score["rouge1"].fmeasure, score["rouge2"].fmeasure))
            print(f"{m.id[:8]}  {name:<28} R-1 {100 * rows[name][-1][0]:5.1f}  R-2 {100 * rows[name][-1][1]:5.1f}")
    for name, scores in rows.items():
        print(f"mean      {name:<28} R-1 {100 * statistics.mean(s[0] for s in scores):5.1f}  "
              f"R-2 {100 * statistics.mean(s[1] for s in scores):5.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
