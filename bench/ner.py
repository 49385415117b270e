"""Benchmark the named entities under confsynth's speaker directory on Europarl (run by hand).

    python bench/ner.py [--limit N] [--output FILE]

Data: <evaldata>/ner_europarl/en-europarl.test.conll02, 799 English Europarl sentences with gold
PER / ORG / LOC / MISC spans (CoNLL-2002 columns: token, BIO tag). Each sentence is rebuilt as
text (tokens joined by spaces, so offsets are exact) and goes through ``confsynth.nlp.analyze_texts``,
the one spaCy pass confsynth makes over a transcript; its entity labels are mapped to the four
CoNLL types (PERSON -> PER; ORG -> ORG; GPE, LOC -> LOC; NORP, EVENT, LAW, LANGUAGE, PRODUCT,
WORK_OF_ART, FAC -> MISC; numbers and dates are no CoNLL type and are left out).

Scores: exact-span precision, recall and F1 per type and micro-averaged, and the share of gold
spans of a type that a predicted span of the same type overlaps (the directory reads names out
of a mention's span, so a partial hit still helps). PER and ORG are what attribution needs:
who is introduced, and the organisation printed after the name. Sentences per second, one thread.
"""
from __future__ import annotations

import argparse
import platform
import re
import shlex
import sys
import time
from collections import Counter
from importlib import metadata
from pathlib import Path

try:
    from confsynth.names import HONORIFICS, fold
    from confsynth.nlp import SPACY_MODELS, analyze_texts
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from confsynth.names import HONORIFICS, fold
    from confsynth.nlp import SPACY_MODELS, analyze_texts

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.evaldata import evaldata_root  # noqa: E402
from bench.output import emit  # noqa: E402

TYPES = ("PER", "ORG", "LOC", "MISC")
LABELS = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC",
          "EVENT": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
          "FAC": "MISC", "MISC": "MISC"}
RESULTS = Path(__file__).resolve().parent / "results" / "ner.txt"

Span = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[str, list[Span]]]:
    """(text, gold spans) per sentence: tokens joined by single spaces, spans as character offsets."""
    out: list[tuple[str, list[Span]]] = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text, spans, pos = "", [], 0
        open_span: list | None = None
        for word, tag in tokens:
            start = pos + (1 if text else 0)
            text = f"{text} {word}" if text else word
            pos = len(text)
            kind = tag[2:] if len(tag) > 2 else None
            if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != kind)):
                if open_span is not None:
                    spans.append(tuple(open_span))
                open_span = [start, pos, kind]
            elif tag.startswith("I-") and open_span is not None:
                open_span[1] = pos
            else:
                if open_span is not None:
                    spans.append(tuple(open_span))
                open_span = None
        if open_span is not None:
            spans.append(tuple(open_span))
        out.append((text, spans))
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
        elif len(parts) >= 2:
            tokens.append((parts[0], parts[-1]))
    flush()
    return out


def as_read(text: str, spans: list[Span]) -> list[Span]:
    """Spans as the speaker directory reads a name or an organisation out of them: without the honorific before a
    name ("Mrs Schroedter" -> "Schroedter", a lone "Madam" is nobody), the article before an organisation ("the
    European Parliament" is printed "European Parliament"), and the possessive after either ("Barón Crespo 's")."""
    out = []
    for s, e, kind in spans:
        words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]
        lead = HONORIFICS if kind == "PER" else {"the"}
        while words and fold(text[words[0][0]:words[0][1]]).strip(".") in lead:
            words.pop(0)
        while words and text[words[-1][0]:words[-1][1]] in ("'s", "'", "’s", "’"):
            words.pop()
        if words:
            out.append((words[0][0], words[-1][1], kind))
    return out


def score(gold: list[list[Span]], predicted: list[list[Span]]) -> dict[str, dict[str, float]]:
    """Exact-span precision/recall/F1 per type and micro-averaged, and gold spans overlapped by a prediction."""
    tp, n_gold, n_pred, overlapped = Counter(), Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted):
        gs, ps = set(g), set(p)
        for s in gs:
            n_gold[s[2]] += 1
            tp[s[2]] += s in ps
            overlapped[s[2]] += any(q[2] == s[2] and q[0] < s[1] and q[1] > s[0] for q in ps)
        for s in ps:
            n_pred[s[2]] += 1
    out = {}
    for t in (*TYPES, "all"):
        keys = TYPES if t == "all" else (t,)
        hits = sum(tp[k] for k in keys)
        ng, npred = sum(n_gold[k] for k in keys), sum(n_pred[k] for k in keys)
        p = hits / npred if npred else 0.0
        r = hits / ng if ng else 0.0
        out[t] = {"gold": ng, "predicted": npred, "precision": p, "recall": r,
                  "f1": 2 * p * r / (p + r) if p + r else 0.0,
                  "overlap": sum(overlapped[k] for k in keys) / ng if ng else 0.0}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0, help="first N sentences (0 = all)")
    parser.add_argument("--output", default=str(RESULTS), help="table file ('' = stdout only)")
    args = parser.parse_args(argv)

    path = evaldata_root() / "ner_europarl" / "en-europarl.test.conll02"
    if not path.exists():
        print(f"no data at {path} (set CONFSYNTH_EVALDATA)", file=sys.stderr)
        return 2
    data = read_conll(path)
    if args.limit > 0:
        data = data[:args.limit]
    texts = [t for t, _ in data]
    t0 = time.perf_counter()
    analyses = analyze_texts(texts, ["en"] * len(texts))
    seconds = time.perf_counter() - t0
    predicted = [[(s, e, LABELS[lbl]) for s, e, lbl in a.entities if lbl in LABELS] for a in analyses]
    res = score([g for _, g in data], predicted)
    read = score([g for _, g in data], [as_read(t, p) for (t, _), p in zip(data, predicted)])

    models = []
    for name in SPACY_MODELS.get("en", ()):
        try:
            models.append(f"{name} {metadata.version(name.replace('_', '-'))}")
        except metadata.PackageNotFoundError:
            continue
    lines = [
        "confsynth named-entity benchmark (the entities the speaker directory reads)",
        f"command: python bench/ner.py {shlex.join(argv if argv is not None else sys.argv[1:])}".rstrip(),
        f"python {platform.python_version()} on {platform.machine()}; spaCy pipeline for en: "
        f"{', '.join(models) or 'none installed (rule sentences, no entities)'}",
        f"data: {path.name}, {len(data)} sentences; exact-span scores; 'overlap' = gold spans that a predicted "
        "span of the same type overlaps",
        "",
        f"{'type':<5}  {'gold':>5}  {'predicted':>9}  {'precision':>9}  {'recall':>6}  {'F1':>5}  {'overlap':>7}",
        f"{'-' * 5}  {'-' * 5}  {'-' * 9}  {'-' * 9}  {'-' * 6}  {'-' * 5}  {'-' * 7}",
    ]
    rows = [(t, res[t]) for t in (*TYPES, "all")] + [(f"{t}*", read[t]) for t in (*TYPES, "all")]
    for t, r in rows:
        lines.append(f"{t:<5}  {r['gold']:>5}  {r['predicted']:>9}  {r['precision']:>9.1%}  {r['recall']:>6.1%}  "
                     f"{r['f1']:>5.1%}  {r['overlap']:>7.1%}")
    lines.append("* spans as the directory reads them: no honorific before a name (\"Mrs Schroedter\" is "
                 "Schroedter, a lone \"Madam\" nobody), no article before an organisation, no possessive after")
    lines += ["", f"speed: {len(data) / seconds:,.0f} sentences/s ({seconds:.1f} s, one spaCy pass as confsynth runs "
                  "it, the model load included)"]
    emit("\n".join(lines), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
