"""The speaker directory: who is who in an event, from the transcript's labels.

Labels give names and, often, affiliations (``Name (Org)``, ``Name, role, Org``). spaCy NER tells a
person from an organisation when a label is only an organisation's name. Variants of one person
("Claire DUMONT", "Claire Dumont", "Dumont") are merged. Anonymous labels get a neutral label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .ingest.labels import Label, parse_label
from .records import Speaker, Turn

__all__ = ["SpeakerDirectory", "build_directory", "is_organisation", "UNKNOWN_ID"]

UNKNOWN_ID = "unknown"

_ORG_WORDS = re.compile(
    r"\b(universit[éy]|university|universidad|universität|école|school|institut[e]?|commission|ministère|ministry"
    r"|association|fondation|foundation|agence|agency|conseil|council|observatoire|observatory|bank|banque"
    r"|group[e]?|inc|ltd|sa|sas|gmbh|committee|comité|centre|center|laborato\w+|lab|ville|city|région|region"
    r"|département|department|office|oecd|ocde|inrae|cnrs|essec|ue|eu|onu|un)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SpeakerDirectory:
    """The event's speakers, and which speaker each turn belongs to (by turn index)."""

    speakers: tuple[Speaker, ...]
    turn_speaker: tuple[str, ...]

    def get(self, speaker_id: str) -> Speaker:
        """The speaker with this id."""
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        raise KeyError(speaker_id)


def is_organisation(text: str, ner_labels: Sequence[str] = ()) -> bool:
    """Whether a label names an organisation rather than a person (NER labels first, then keywords)."""
    if any(lbl == "ORG" for lbl in ner_labels) and not any(lbl in ("PER", "PERSON") for lbl in ner_labels):
        return True
    if any(lbl in ("PER", "PERSON") for lbl in ner_labels):
        return False
    return bool(_ORG_WORDS.search(text))


@lru_cache(maxsize=4096)
def _ner_labels(text: str, language: str) -> tuple[str, ...]:
    """Entity labels spaCy gives a label read in a short carrier sentence (bare names confuse NER)."""
    from .nlp import load_pipeline

    carrier = {"fr": "{} a pris la parole.", "en": "{} took the floor."}.get(language, "{}: ")
    doc = load_pipeline(language)(carrier.format(text))
    span = (0, len(text))
    return tuple(e.label_ for e in doc.ents if e.start_char < span[1] and e.end_char > span[0])


@dataclass
class _Entry:
    id: str
    label: Label
    labels: list[str]
    affiliation: str | None
    role: str | None
    evidence: list[tuple[str, str]]


def build_directory(turns: Sequence[Turn], language: str = "en", use_ner: bool = True) -> SpeakerDirectory:
    """Group turns by speaker label into a directory of speakers with names and affiliations."""
    entries: dict[str, _Entry] = {}
    turn_keys: list[str] = []
    anonymous_n = 0
    for turn in turns:
        if not turn.label:
            turn_keys.append(UNKNOWN_ID)
            continue
        label = parse_label(turn.label) or Label(raw=turn.label, name=None, kind="anonymous")
        key = label.key
        if label.kind == "person" and label.name and use_ner:
            ner = _ner_labels(label.name, language)
            if is_organisation(label.name, ner) and not label.affiliation:
                # "ESSEC Business School: ..." speaks for an organisation; no person name to print
                label = Label(raw=label.raw, name=None, affiliation=label.name, kind="organisation")
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _Entry(id="", label=label, labels=[], affiliation=None, role=None, evidence=[])
        if turn.label not in entry.labels:
            entry.labels.append(turn.label)
        if label.affiliation and not entry.affiliation:
            entry.affiliation = label.affiliation
            entry.evidence.append(("affiliation", f"label '{turn.label}'"))
        if label.role and not entry.role:
            entry.role = label.role
        turn_keys.append(key)

    _merge_variants(entries, turn_keys)

    speakers: list[Speaker] = []
    ids: dict[str, str] = {UNKNOWN_ID: UNKNOWN_ID}
    for n, (key, e) in enumerate(entries.items(), start=1):
        sid = f"s{n}"
        ids[key] = sid
        kind = e.label.kind
        if kind == "anonymous":
            anonymous_n += 1
            neutral = f"Speaker {anonymous_n}"
        elif kind == "audience":
            neutral = "Audience member"
        elif kind == "organisation":
            neutral = e.affiliation or e.label.raw
        else:
            neutral = e.label.name or e.label.raw
        role = "moderator" if kind == "moderator" else "audience" if kind == "audience" else "speaker"
        evidence = [("name", f"label '{e.labels[0]}'")] if e.label.name else []
        speakers.append(Speaker(
            id=sid, label=neutral, name=e.label.name, affiliation=e.affiliation, role=role,
            labels=tuple(e.labels), evidence=tuple(evidence + e.evidence),
            confidence=1.0 if e.label.name else 0.0, title=e.role,
        ))
    if UNKNOWN_ID in turn_keys:
        speakers.append(Speaker(id=UNKNOWN_ID, label="Unidentified speaker", confidence=0.0))
    return SpeakerDirectory(tuple(speakers), tuple(ids[k] for k in turn_keys))


def _merge_variants(entries: dict[str, _Entry], turn_keys: list[str]) -> None:
    """Fold "Dumont" or "Claire" into the one full name that contains it (only when unambiguous)."""
    full = {k: e for k, e in entries.items() if e.label.kind in ("person", "moderator") and e.label.name
            and len(e.label.name.split()) >= 2}
    for key, e in list(entries.items()):
        if key in full or e.label.kind not in ("person", "moderator") or not e.label.name:
            continue
        words = set(e.label.name.casefold().replace("’", "'").split())
        hits = [k for k, f in full.items() if words <= set(f.label.name.casefold().split())]
        if len(hits) == 1:
            target = entries[hits[0]]
            target.labels.extend(x for x in e.labels if x not in target.labels)
            target.affiliation = target.affiliation or e.affiliation
            del entries[key]
            for i, k in enumerate(turn_keys):
                if k == key:
                    turn_keys[i] = hits[0]
