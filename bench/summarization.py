"""Summarisation benchmark: confsynth vs extractive peers and the greedy oracle.

    python bench/summarization.py [--sets qmsum,ami_icsi,fr] [--budget ref,250] [--limit N]

One table per budget: rows = methods, columns = ROUGE-1/2/L F1 (x100, mean over the
meetings of each set) and seconds per 1,000 transcript words (all sets of that budget
together). "ref" = each meeting's reference length in words; a number = that many words.
Every output is cut at exactly the budget (the oracle may stop short: it stops when no
sentence improves ROUGE-1 + ROUGE-2 F1). The tables go to stdout and to
bench/results/summarization.txt; per-meeting scores to bench/results/summarization.json.
confsynth reads each meeting's file as ``confsynth run`` would (QMSum's JSON with its "{vocalsound}" notes,
the French ASR's "[start-end] S1:" lines); the peers get the loader's cleaned (speaker, text) pairs.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
import traceback
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
for p in (REPO_ROOT, REPO_ROOT / "src"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from bench.evaldata import SET_LOADERS, Meeting, evaldata_root, load_sets  # noqa: E402
from bench.peers import PEERS  # noqa: E402
from bench.rouge import count_words, rouge, truncate_words  # noqa: E402

METHODS = ["lead", "random", "lexrank", "textrank", "lsa", "luhn", "klsum", "oracle", "confsynth"]
SET_LABELS = {"qmsum": "QMSum", "ami_icsi": "AMI/ICSI abstr.", "fr": "public_meetings_fr"}
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


# What chooses and writes the key messages: tuning it is what --cache is for, so a change there keeps the cache
_SELECTION_CODE = ("takeaways.py", "numbers.py", "headlines.py", "cli.py", "watch.py")


def analysis_code_hash() -> str:
    """A hash of confsynth's code that makes the cached analysis (sentences, speakers, quote candidates,
    embeddings): a change there makes the cache miss, rather than score new selection code on stale input."""
    import hashlib

    src = REPO_ROOT / "src" / "confsynth"
    h = hashlib.sha1()
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src)
        if rel.parts[0] in ("render", "translators") or rel.as_posix() in _SELECTION_CODE:
            continue
        h.update(rel.as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


class ConfsynthRunner:
    """confsynth as a benchmark method: the event is analysed once per meeting (spaCy, embeddings),
    then key messages are chosen for each budget. The analysis time is charged to every call, so
    the speed column is what a user would pay per run. With ``cache_dir`` the analysis is kept on
    disk between runs (for tuning the selection; the table then says so)."""

    def __init__(self, cache_dir: str | None = None):
        from confsynth.config import Config
        from confsynth.pipeline import load_models

        self.config = Config(translator="none")
        self.models = load_models(self.config)
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.code = analysis_code_hash() if cache_dir else ""
        self._events: dict[str, tuple[object, float]] = {}

    def _event(self, turns, language, source: Path | None = None):
        """The analysed event: of ``source`` read as ``confsynth run`` reads it (the file's notes, interjections
        and spacing as they are), else of the (speaker, text) pairs."""
        import hashlib
        import pickle

        from confsynth.ingest import read_transcript
        from confsynth.pipeline import analyse_event, turns_from_pairs

        what = ("file", source.name, hashlib.sha1(source.read_bytes()).hexdigest()) if source else list(turns)
        key = hashlib.sha1(repr((language, what, self.code)).encode()).hexdigest()
        if key in self._events:
            return self._events[key]
        path = self.cache_dir / f"{key}.pkl" if self.cache_dir else None
        if path is not None and path.exists():
            self._events[key] = pickle.loads(path.read_bytes())
            return self._events[key]
        t0 = time.perf_counter()
        event_turns = read_transcript(source).turns if source else turns_from_pairs(turns)
        event = analyse_event(list(event_turns), self.config, self.models)
        entry = (event, time.perf_counter() - t0)
        self._events[key] = entry
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(entry))
        return entry

    def __call__(self, turns, language, budget_words, source: Path | None = None):
        event, analysis_seconds = self._event(turns, language, source)
        t0 = time.perf_counter()
        out = scored_text(event, self.config, budget_words)
        self.last_seconds = analysis_seconds + time.perf_counter() - t0
        return out


def scored_text(event, config, budget_words: int) -> str:
    """The synthesis of an analysed event as scored: as many key messages as the budget holds (8 by default,
    up to the 50 allowed), headlines then bodies, cut with the same word count as the peers ("d'une",
    "dix-sept" are two words to ROUGE)."""
    import dataclasses

    from confsynth.pipeline import choose_takeaways, takeaways_text

    count = max(8, min(50, round(budget_words / 70)))
    while True:
        out = truncate_words(takeaways_text(choose_takeaways(event, dataclasses.replace(config, takeaways=count))),
                             budget_words)
        if count_words(out) >= budget_words or count >= 50:
            return out
        count = min(50, count * 2)


def load_confsynth(cache_dir=None):
    """The confsynth runner, or (None, why not)."""
    try:
        return ConfsynthRunner(cache_dir), None
    except Exception as exc:  # ImportError, or an error while loading models
        return None, f"confsynth not available ({type(exc).__name__}: {exc})"


def budget_for(meeting: Meeting, budget: str) -> int:
    return count_words(meeting.reference) if budget == "ref" else int(budget)


def run_method(name, fn, meeting: Meeting, budget_words: int, seed: int) -> tuple[str, float]:
    t0 = time.perf_counter()
    if name == "confsynth":
        # confsynth reads the meeting's file as a user's run would; the peers get the loader's cleaned sentences
        out = fn(list(meeting.turns), meeting.language, budget_words, source=meeting.source)
        return out, fn.last_seconds
    else:
        out = fn(meeting.turns, meeting.language, budget_words, reference=meeting.reference,
                 meeting_id=meeting.id, seed=seed)
    return out, time.perf_counter() - t0


def evaluate(sets: dict[str, list[Meeting]], budget: str, methods: list[str], seed: int,
             confsynth_fn, log=print) -> dict:
    """Per-meeting scores: {set: {method: [{id, words, rouge1, rouge2, rougeL, seconds}]}}
    plus per-method problems."""
    results: dict = {s: {m: [] for m in methods} for s in sets}
    problems: dict[str, list[str]] = {m: [] for m in methods}
    for set_name, meetings in sets.items():
        for meeting in meetings:
            bw = budget_for(meeting, budget)
            tw = count_words(" ".join(t for _, t in meeting.turns))
            t_meeting = time.perf_counter()
            for name in methods:
                fn = confsynth_fn if name == "confsynth" else PEERS[name]
                if fn is None:
                    continue
                try:
                    out, secs = run_method(name, fn, meeting, bw, seed)
                except Exception as exc:
                    problems[name].append(f"{set_name}/{meeting.id}: {type(exc).__name__}: {exc}")
                    log(traceback.format_exc(limit=3), file=sys.stderr)
                    continue
                n_out = count_words(out)
                if n_out > bw:  # the contract is "cut at the budget": enforce it
                    problems[name].append(f"{set_name}/{meeting.id}: {n_out} words > budget {bw}, cut")
                    out = truncate_words(out, bw)
                    n_out = bw
                scores = rouge(out, meeting.reference, meeting.language)
                results[set_name][name].append({
                    "id": meeting.id, "budget": bw, "words": n_out, "transcript_words": tw,
                    "seconds": round(secs, 4), **{k: round(scores[k].fmeasure, 5) for k in ROUGE_TYPES},
                })
            log(f"  [{budget}] {set_name}/{meeting.id}: budget {bw} words, transcript {tw} words,"
                f" {time.perf_counter() - t_meeting:.1f}s", file=sys.stderr)
    return {"scores": results, "problems": problems}


def format_table(res: dict, budget: str, sets: dict[str, list[Meeting]], methods: list[str],
                 skipped: dict[str, str]) -> str:
    scores = res["scores"]
    set_names = list(sets)
    w_method = max(len(m) for m in methods) + 1
    col = 6
    labels = {s: f"{SET_LABELS.get(s, s)} (n={len(sets[s])})" for s in set_names}
    width = {s: max(3 * col, len(labels[s])) for s in set_names}
    lines = []
    desc = "reference length" if budget == "ref" else f"{budget} words"
    budgets = ", ".join(
        f"{s} mean {statistics.mean(budget_for(m, budget) for m in sets[s]):.0f}" for s in set_names if sets[s]
    )
    lines.append(f"Budget: {budget} ({desc}; {budgets})")
    header1 = " " * w_method + "".join(f"| {labels[s].ljust(width[s])} " for s in set_names) + "| speed"
    header2 = "method".ljust(w_method) + "".join(
        "| " + "".join(h.rjust(col) for h in ("R-1", "R-2", "R-L")).rjust(width[s]) + " " for s in set_names
    ) + "| s/1k words"
    lines += [header1, header2, "-" * len(header2)]
    for name in methods:
        row = name.ljust(w_method)
        if name in skipped:
            lines.append(row + f"| skipped: {skipped[name]}")
            continue
        total_s = total_w = 0.0
        for s in set_names:
            rows = scores[s][name]
            complete = len(rows) == len(sets[s]) and rows
            cells = []
            for k in ROUGE_TYPES:
                cells.append(f"{100 * statistics.mean(r[k] for r in rows):.1f}" if complete else "n/a")
            row += "| " + "".join(c.rjust(col) for c in cells).rjust(width[s]) + " "
            total_s += sum(r["seconds"] for r in rows)
            total_w += sum(r["transcript_words"] for r in rows)
        row += f"| {1000 * total_s / total_w:.3f}" if total_w else "| n/a"
        lines.append(row)
    notes = []
    for name in methods:
        for p in res["problems"].get(name, [])[:5]:
            notes.append(f"  {name}: {p}")
        extra = len(res["problems"].get(name, [])) - 5
        if extra > 0:
            notes.append(f"  {name}: ... {extra} more")
    for s in set_names:
        short = [r for r in scores[s].get("oracle", []) if r["words"] < r["budget"]]
        if short:
            notes.append(f"  oracle stopped short of the budget (no ROUGE gain) on {len(short)}/{len(sets[s])}"
                         f" {s} meetings (mean {statistics.mean(r['words'] for r in short):.0f} words)")
        cs = [r for r in scores[s].get("confsynth", []) if r["words"] < r["budget"]]
        if cs:
            notes.append(f"  confsynth output shorter than the budget on {len(cs)}/{len(sets[s])} {s} meetings")
    if notes:
        lines.append("notes:")
        lines += notes
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="qmsum,ami_icsi,fr", help=f"comma list of {','.join(SET_LOADERS)}")
    ap.add_argument("--budget", default="ref,250", help="comma list: 'ref' and/or word counts")
    ap.add_argument("--limit", type=int, default=None, help="first N meetings of each set")
    ap.add_argument("--methods", default=",".join(METHODS), help="comma list (default: all)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the random peer")
    ap.add_argument("--cache", default=None, metavar="DIR",
                    help="keep confsynth's per-meeting analysis (embeddings) in DIR between runs (tuning); "
                         "keyed on the transcript and on the analysis code (a change outside the selection code, "
                         "takeaways.py, numbers.py, headlines.py, analyses again)")
    ap.add_argument("--out", default=str(REPO_ROOT / "bench" / "results" / "summarization.txt"),
                    help="table file ('' = stdout only); per-meeting JSON goes beside it")
    args = ap.parse_args(argv)

    set_names = [s.strip() for s in args.sets.split(",") if s.strip()]
    budgets = [b.strip() for b in args.budget.split(",") if b.strip()]
    for b in budgets:
        if b != "ref" and not b.isdigit():
            ap.error(f"bad budget {b!r}")
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in METHODS]
    if unknown:
        ap.error(f"unknown methods {unknown}; known: {METHODS}")

    sets = load_sets(set_names)
    if args.limit is not None:
        sets = {k: v[: args.limit] for k, v in sets.items()}

    skipped: dict[str, str] = {}
    confsynth_fn = None
    if "confsynth" in methods:
        confsynth_fn, why = load_confsynth(args.cache)
        if confsynth_fn is None:
            skipped["confsynth"] = why
        else:  # untimed warm-up (model loading) on the first turns of the first meeting
            first = next((m for ms in sets.values() for m in ms), None)
            if first is not None:
                try:
                    confsynth_fn(list(first.turns[:20]), first.language, 50)
                except Exception as exc:
                    print(f"confsynth warm-up failed: {type(exc).__name__}: {exc}", file=sys.stderr)

    cmd = "python bench/summarization.py " + " ".join(argv if argv is not None else sys.argv[1:])
    header = [
        "confsynth summarisation benchmark",
        f"command: {cmd.strip()}",
        f"date: {time.strftime('%Y-%m-%d %H:%M:%S')}  python {platform.python_version()}  "
        f"host: {platform.machine()}",
        f"evaldata: {evaldata_root()}",
        "ROUGE F1 x100 (bench/rouge.py: lowercase \\w+ tokens, Snowball stemmer per language;"
        " R-L = LCS over the whole text), mean over meetings;",
        "speed = seconds per 1,000 transcript words, all sets of the table together.",
        "",
    ]
    blocks = []
    all_results = {}
    t0 = time.perf_counter()
    for budget in budgets:
        res = evaluate(sets, budget, methods, args.seed, confsynth_fn,
                       log=lambda *a, **k: print(*a, **k))
        all_results[budget] = res
        table = format_table(res, budget, sets, methods, skipped)
        print("\n" + table + "\n", flush=True)
        blocks.append(table)
    footer = f"total run time {time.perf_counter() - t0:.0f}s"
    print(footer)

    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(header) + "\n" + "\n\n".join(blocks) + "\n\n" + footer + "\n", encoding="utf-8")
        out.with_suffix(".json").write_text(
            json.dumps({"command": cmd.strip(), "skipped": skipped, "results": all_results}),
            encoding="utf-8")
        print(f"written: {out} and {out.with_suffix('.json').name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
