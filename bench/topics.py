"""Do the key messages land where people looked? Topic coverage and salience on QMSum's annotations.

    python bench/topics.py [--points 8] [--cache DIR] [--seeds 20]

ROUGE compares words with one human summary. QMSum's annotators also left two judgements on every
meeting that say *where* the points are, which is what an editor picking key messages decides:

- ``topic_list``: the meeting cut into its topics (spans of turns). *coverage@T* = the share of a
  meeting's T topics holding at least one of T points (as many points as topics: can the method
  give every topic its point?); *coverage@K* the same with K points (confsynth's default, 8).
- ``specific_query_list[].relevant_text_span``: the turns that answer the questions annotators found
  worth asking ("What did the group discuss about battery issues?"). *salient@K* = the share of the
  K points whose sentence lies in such a span; the table also gives the share of all sentences that
  lie there (what picking blindly gets) and the mean lift over it per meeting.

The same topic spans check where confsynth's evidence comes from: the share of its quotes and body
statements said in a topic of their headline's (a quote on training under a point on algorithmic
management was said elsewhere), against the share a random placement among the event's points gets.

A point is one sentence: for confsynth the sentence each key message's headline comes from; for the
other methods their best-ranked sentences. Every method picks among sentences of 8 words or more
(confsynth's own floor for a headline: "Yeah." is no point). Methods: lead, random (mean over
``--seeds`` seeds), evenly spaced sentences (knows nothing but positions: a strong coverage
baseline), sumy's LexRank, TextRank, LSA, Luhn and KL-Sum, and confsynth. The table goes to stdout
and to bench/results/topics.txt.
"""
from __future__ import annotations

import argparse
import dataclasses
import platform
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for p in (REPO_ROOT, REPO_ROOT / "src"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from bench.output import emit  # noqa: E402
from bench.evaldata import _clean_qmsum, _load_qmsum_json, _qmsum_turns, evaldata_root  # noqa: E402
from bench.peers import SUMY_METHODS, transcript_sentences, sumy_ranking  # noqa: E402

MIN_WORDS = 8
PEER_ROWS = ["lead", "random", "evenly spaced", *SUMY_METHODS, "confsynth"]


@dataclasses.dataclass
class Annotated:
    id: str
    turns: list[tuple[str, str]]       # as bench.evaldata.load_qmsum gives them
    original: list[int]                 # each turn's index in the QMSum file (the spans' numbering)
    topics: list[set[int]]              # original turn indices of each topic
    salient: set[int]                   # original turn indices cited by a specific query
    source: Path | None = None          # the QMSum file, as confsynth run reads it


def load_annotated(root: Path | None = None) -> list[Annotated]:
    folder = (root or evaldata_root()) / "qmsum"
    out = []
    for path in sorted(folder.glob("*.json")):
        data = _load_qmsum_json(path)
        turns = _qmsum_turns(data)
        # the turns load_qmsum keeps, with their original numbers (it drops turns with no word)
        kept = [i for i, t in enumerate(data["meeting_transcripts"]) if _has_word(t["content"])]
        if len(kept) != len(turns):
            raise ValueError(f"{path.name}: turn mapping out of step ({len(kept)} vs {len(turns)})")

        def span_set(spans) -> set[int]:
            return {i for a, b in spans for i in range(int(a), int(b) + 1)}

        topics = [span_set(t["relevant_text_span"]) for t in data["topic_list"]]
        salient = set().union(*(span_set(q["relevant_text_span"]) for q in data["specific_query_list"]))
        out.append(Annotated(path.stem, turns, kept, [t for t in topics if t], salient, path))
    return out


def _has_word(content: str) -> bool:
    return bool(re.search(r"\w", _clean_qmsum(content)))


def peer_points(method: str, sents, k: int, language: str, seed: int = 0) -> list[int]:
    """Turn (kept-turn index) of each of the method's k points."""
    pool = [s.index for s in sents if s.n_words >= MIN_WORDS]
    if method == "lead":
        ranking = pool
    elif method == "random":
        ranking = pool[:]
        random.Random(seed).shuffle(ranking)
    elif method == "evenly spaced":
        ranking = [pool[int((i + 0.5) * len(pool) / k)] for i in range(min(k, len(pool)))]
    else:
        ok = set(pool)
        ranking = [i for i in sumy_ranking(method, sents, language) if i in ok]
    return [sents[i].turn for i in ranking[:k]]


class ConfsynthPoints:
    def __init__(self, cache_dir: str | None):
        from bench.summarization import ConfsynthRunner

        self.runner = ConfsynthRunner(cache_dir)

    def __call__(self, meeting: Annotated, k: int) -> list[int]:
        return [head for head, _, _ in self.takeaways(meeting, k)]

    def takeaways(self, meeting: Annotated, k: int) -> list[tuple[int, list[int], list[int]]]:
        """Each key message as the kept-turn indices of its headline, its quotes and its body statements."""
        from confsynth.pipeline import choose_takeaways

        event, _ = self.runner._event(list(meeting.turns), "en", meeting.source)
        config = dataclasses.replace(self.runner.config, takeaways=k)
        if meeting.source is None:
            turn = lambda ref: event.turns[ref.turn].index   # noqa: E731
        else:
            # read from the file: each utterance is line n (from 1) of the JSON; back to the kept-turn numbering
            kept = {o: i for i, o in enumerate(meeting.original)}
            turn = lambda ref: kept[ref.line - 1]   # noqa: E731 (a passage is never a note-only utterance)
        return [(turn(t.sources[0]), [turn(q.source) for q in t.quotes],
                 [turn(b.source) for b in t.support]) for t in choose_takeaways(event, config)]


def placement(meeting: Annotated, takeaways: list[tuple[int, list[int], list[int]]]) -> dict[str, list[float]]:
    """For each quote and each body statement: whether it was said in a topic of its headline's (1/0), and
    the share of the event's headlines it shares a topic with (what placing it at random would score)."""
    def topics(turn: int) -> set[int]:
        return {i for i, t in enumerate(meeting.topics) if meeting.original[turn] in t}

    heads = [topics(h) for h, _, _ in takeaways]
    out: dict[str, list[float]] = {"quote": [], "quote chance": [], "body": [], "body chance": []}
    for k, (_, quotes, bodies) in enumerate(takeaways):
        for kind, turns in (("quote", quotes), ("body", bodies)):
            for t in turns:
                said = topics(t)
                out[kind].append(float(bool(heads[k] & said)))
                out[f"{kind} chance"].append(statistics.mean(bool(h & said) for h in heads))
    return out


def score(meeting: Annotated, points: list[int]) -> dict[str, float]:
    """Coverage, size-weighted coverage and cited share of points given as kept-turn indices."""
    originals = [meeting.original[t] for t in points]
    covered = [topic for topic in meeting.topics if topic.intersection(originals)]
    return {
        "coverage": len(covered) / len(meeting.topics),
        # big topics weigh more: a point in "Meeting preliminaries" (turns 0-12) is not worth one in the
        # 300-turn discussion of the design
        "weighted": sum(len(t) for t in covered) / sum(len(t) for t in meeting.topics),
        "salient": sum(o in meeting.salient for o in originals) / max(1, len(originals)),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--points", type=int, default=8, help="K, the number of points (default 8)")
    ap.add_argument("--seeds", type=int, default=20, help="seeds averaged for the random method")
    ap.add_argument("--cache", default=None, metavar="DIR",
                    help="keep confsynth's per-meeting analysis in DIR (as bench/summarization.py --cache)")
    ap.add_argument("--out", default=str(REPO_ROOT / "bench" / "results" / "topics.txt"),
                    help="table file ('' = stdout only)")
    args = ap.parse_args(argv)
    k = args.points
    meetings = load_annotated()
    confsynth = ConfsynthPoints(args.cache)
    rows: dict[str, dict[str, list[float]]] = {m: {"covT": [], "wT": [], "covK": [], "salK": [], "lift": []}
                                               for m in PEER_ROWS}
    base = []
    seconds: dict[str, float] = {m: 0.0 for m in PEER_ROWS}
    placed: dict[str, list[float]] = {"quote": [], "quote chance": [], "body": [], "body chance": []}
    t_all = time.perf_counter()
    for meeting in meetings:
        sents = transcript_sentences(meeting.turns)
        long_sents = [s for s in sents if s.n_words >= MIN_WORDS]
        rate = sum(meeting.original[s.turn] in meeting.salient for s in long_sents) / max(1, len(long_sents))
        base.append(rate)
        n_topics = len(meeting.topics)
        for method in PEER_ROWS:
            t0 = time.perf_counter()
            if method == "confsynth":
                made = confsynth.takeaways(meeting, k)
                picks = {"T": [confsynth(meeting, n_topics)], "K": [[head for head, _, _ in made]]}
                for key, values in placement(meeting, made).items():
                    placed[key] += values
            elif method == "random":
                picks = {q: [peer_points(method, sents, n, "en", seed) for seed in range(args.seeds)]
                         for q, n in (("T", n_topics), ("K", k))}
            else:
                picks = {q: [peer_points(method, sents, n, "en")] for q, n in (("T", n_topics), ("K", k))}
            seconds[method] += time.perf_counter() - t0
            sT = [score(meeting, p) for p in picks["T"]]
            covT = statistics.mean(s["coverage"] for s in sT)
            wT = statistics.mean(s["weighted"] for s in sT)
            sK = [score(meeting, p) for p in picks["K"]]
            covK = statistics.mean(s["coverage"] for s in sK)
            salK = statistics.mean(s["salient"] for s in sK)
            r = rows[method]
            r["covT"].append(covT)
            r["wT"].append(wT)
            r["covK"].append(covK)
            r["salK"].append(salK)
            r["lift"].append(salK / rate if rate else 1.0)
        print(f"  {meeting.id}: {n_topics} topics, {len(long_sents)} sentences of {MIN_WORDS}+ words, "
              f"{100 * rate:.0f}% of them in cited spans", file=sys.stderr)

    lines = [
        "confsynth topic coverage and salience (QMSum annotations)",
        f"command: python bench/topics.py {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip(),
        f"date: {time.strftime('%Y-%m-%d %H:%M:%S')}  python {platform.python_version()}  evaldata: {evaldata_root()}",
        f"{len(meetings)} meetings, {statistics.mean(len(m.topics) for m in meetings):.1f} topics on average; "
        f"points are sentences of {MIN_WORDS}+ words; mean over meetings.",
        f"coverage@T: share of topics holding one of T points (T = the meeting's topics); weighted@T: the same, each"
        f" topic weighted by its turns; coverage@{k}: with {k} points;",
        f"salient@{k}: share of the {k} points inside a span cited for a specific query "
        f"(all sentences: {100 * statistics.mean(base):.1f}%); lift: salient@{k} / that share, per meeting.",
        "",
        f"{'method':<14}| {'coverage@T':>10} | {'weighted@T':>10} | {f'coverage@{k}':>11} | {f'salient@{k}':>10} |"
        f" {'lift':>5} | seconds",
        "-" * 85,
    ]
    for method in PEER_ROWS:
        r = rows[method]
        lines.append(f"{method:<14}| {100 * statistics.mean(r['covT']):>9.1f}% | {100 * statistics.mean(r['wT']):>9.1f}%"
                     f" | {100 * statistics.mean(r['covK']):>10.1f}%"
                     f" | {100 * statistics.mean(r['salK']):>9.1f}% | {statistics.mean(r['lift']):>5.2f} |"
                     f" {seconds[method]:.1f}")
    lines.append("")
    lines.append(f"confsynth's evidence at {k} points, said in a topic of its headline's (random placement among the "
                 f"event's points: chance):")
    for kind, label in (("quote", "quotes"), ("body", "body statements")):
        lines.append(f"  {label:<16} {100 * statistics.mean(placed[kind] or [0]):5.1f}% of {len(placed[kind])}"
                     f"  (chance {100 * statistics.mean(placed[kind + ' chance'] or [0]):.1f}%)")
    lines.append("")
    lines.append("(confsynth's seconds include analysing each meeting unless --cache held it; "
                 f"total run {time.perf_counter() - t_all:.0f}s)")
    emit("\n".join(lines), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
