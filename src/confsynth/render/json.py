"""synthesis.json: the report's content as data (schema documented in the README)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..files import write_text_atomic
from ..records import Quote, Synthesis
from .dates import event_when

__all__ = ["synthesis_to_dict", "write_json", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "speaker": q.speaker_id,
        "language": q.language,
        "translations": dict(q.translations),
        "source": q.source.to_json(),
        "span": list(q.span),
        "context": None if q.context is None else
        {"before": q.context.before, "quoted": q.context.quoted, "after": q.context.after},
        "heard": None if q.heard is None else round(q.heard, 3),
        "disagrees": q.disagrees,
        "interpreted": list(q.interpreted),
        "spoken_in": q.spoken_in,
    }


def synthesis_to_dict(s: Synthesis) -> dict[str, Any]:
    """The JSON-ready form of a synthesis."""
    return {
        "schema": SCHEMA_VERSION,
        "generator": f"confsynth {__version__}",
        "title": s.title,
        "header": list(s.header),
        # (as the drafts' opening says them: a date under the title or at its end counts)
        "event": dict(zip(("date", "place"), event_when(s.title, s.date, s.place, s.header, s.files))),
        "source": {"files": list(s.files), "language": s.language, "words": s.word_count},
        "speakers": [
            {"id": sp.id, "name": sp.name, "label": sp.label, "affiliation": sp.affiliation,
             "country": sp.country, "title": sp.title, "role": sp.role, "labels": list(sp.labels),
             "confidence": round(sp.confidence, 3), "evidence": [list(e) for e in sp.evidence]}
            for sp in s.speakers
        ],
        "takeaways": [
            {"rank": t.rank, "language": t.language, "headline": dict(t.headline), "body": dict(t.body),
             "untranslated": list(t.untranslated),
             "headline_source": t.headline_source, **({"headline_note": t.headline_note} if t.headline_note else {}),
             **({"said": _quote(t.said)} if t.said is not None else {}),
             **({"section": dict(t.section)} if t.section else {}),
             "speakers": list(t.speaker_ids), "quotes": [_quote(q) for q in t.quotes],
             "support": [_quote(q) for q in t.support],
             "sources": [r.to_json() for r in t.sources]}
            for t in s.takeaways
        ],
        "translation": {lang: {"status": st.status, "model": st.model, "message": st.message,
                               "flags": [{"kind": f.kind, "takeaway": f.takeaway, "part": f.part, "term": f.term,
                                          "message": f.message} for f in st.flags]}
                        for lang, st in s.translation.items()},
        "problems": list(s.problems),
    }


def write_json(s: Synthesis, path: Path) -> None:
    """Write synthesis.json atomically."""
    write_text_atomic(path, json.dumps(synthesis_to_dict(s), ensure_ascii=False, indent=2) + "\n")
