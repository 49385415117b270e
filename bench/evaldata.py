"""Loaders for the development corpora in the shared evaldata folder.

Every loader returns a list of :class:`Meeting` (id, language, turns, reference):

* :func:`load_qmsum` -- 14 QMSum meetings (en); reference = the answer to the general
  "summarise the meeting" query.
* :func:`load_ami_icsi` -- the 11 AMI/ICSI meetings of QMSum (en); transcript from the
  QMSum json, reference = the ``<abstract>`` part of the official NXT ``abssumm.xml``.
* :func:`load_public_meetings_fr` -- 2 French public meetings; transcript = the ASR
  ``*.transcript.txt``, reference = the professional report ``*.report.txt``.

The root folder is ``$CONFSYNTH_EVALDATA`` or, by default, ``../shared/evaldata``
relative to the repository root (``/work/shared/evaldata`` here).
"""
from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]

__all__ = [
    "Meeting",
    "evaldata_root",
    "load_qmsum",
    "load_ami_icsi",
    "load_public_meetings_fr",
    "load_sets",
    "SET_LOADERS",
]


@dataclass
class Meeting:
    id: str
    language: str  # ISO 639-1: "en" / "fr"
    turns: list[tuple[str, str]] = field(repr=False)  # (speaker, text) in meeting order
    reference: str = field(repr=False)
    source: Path | None = field(default=None, repr=False)  # the file as a user would give it to confsynth


def evaldata_root() -> Path:
    env = os.environ.get("CONFSYNTH_EVALDATA")
    if env:
        return Path(env).expanduser().resolve()
    return (REPO_ROOT / ".." / "shared" / "evaldata").resolve()


def _root(root: str | os.PathLike | None) -> Path:
    return Path(root) if root is not None else evaldata_root()


# --------------------------------------------------------------------------- QMSum

# QMSum transcripts carry AMI/ICSI annotation tokens: {disfmarker} {vocalsound} {pause}
# {gap} {comment} {nonvocalsound}. They are not words anybody said: drop them.
_QMSUM_MARKUP = re.compile(r"\{[a-z]+\}")
_SPACES = re.compile(r"\s+")
_SUMMARY_QUERY = re.compile(r"summari[sz]e", re.I)


def _clean_qmsum(text: str) -> str:
    text = _QMSUM_MARKUP.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _qmsum_turns(data: dict) -> list[tuple[str, str]]:
    turns = []
    for t in data["meeting_transcripts"]:
        text = _clean_qmsum(t["content"])
        # a turn left with only punctuation (e.g. "{vocalsound} .") is dropped
        if re.search(r"\w", text):
            turns.append((t["speaker"].strip(), text))
    return turns


def _qmsum_reference(data: dict) -> str:
    """Answer to the general summary query.

    Most meetings ask "Summarize the whole meeting." (Bed003: "Summarize the meeting");
    Bmr006 has a single general query, "What was the overall discussion of the meeting?",
    which is used as is; ES2004c has a second general query (final decisions) that is
    ignored. Rule: first general query mentioning "summarize", else the first one.
    """
    queries = data["general_query_list"]
    for q in queries:
        if _SUMMARY_QUERY.search(q["query"]):
            return q["answer"].strip()
    return queries[0]["answer"].strip()


def _load_qmsum_json(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_qmsum(root: str | os.PathLike | None = None) -> list[Meeting]:
    folder = _root(root) / "qmsum"
    meetings = []
    for path in sorted(folder.glob("*.json")):
        data = _load_qmsum_json(path)
        meetings.append(
            Meeting(id=path.stem, language="en", turns=_qmsum_turns(data), reference=_qmsum_reference(data),
                    source=path)
        )
    return meetings


# ------------------------------------------------------------------------ AMI / ICSI


def _nxt_abstract(path: Path) -> str:
    """Sentences of the ``<abstract>`` element of an NXT abssumm.xml, joined by spaces.

    The file also holds <actions>, <decisions> and <problems>: not used (the abstract is
    the general summary; the others are query-like lists, often just "NA.").
    """
    tree = ET.parse(path)  # declared ISO-8859-1, ElementTree honours it
    abstracts = [el for el in tree.getroot() if el.tag == "abstract"]
    if not abstracts:
        raise ValueError(f"no <abstract> in {path}")
    sentences = []
    for ab in abstracts:
        for s in ab.iter("sentence"):
            text = _SPACES.sub(" ", "".join(s.itertext())).strip()
            if text:
                sentences.append(text)
    return " ".join(sentences)


def load_ami_icsi(root: str | os.PathLike | None = None) -> list[Meeting]:
    base = _root(root)
    meetings = []
    for corpus in ("ami", "icsi"):
        for path in sorted((base / "ami_icsi_abstractive" / corpus).glob("*.abssumm.xml")):
            mid = path.name.split(".")[0]
            qpath = base / "qmsum" / f"{mid}.json"
            if not qpath.exists():  # an abstract without its transcript
                continue
            turns = _qmsum_turns(_load_qmsum_json(qpath))
            meetings.append(Meeting(id=mid, language="en", turns=turns, reference=_nxt_abstract(path), source=qpath))
    return meetings


# ------------------------------------------------------------------- public_meetings_fr

_FR_LINE = re.compile(r"^\[(?P<start>[\d.]+)-(?P<end>[\d.]+)\]\s+(?P<spk>[^:]+?):\s?(?P<text>.*)$")

# Publisher boilerplate at the end of the reports (not meeting content).
_FR_FOOTER = re.compile(r"^Document rédigé par la société Ubiqus")


def _fr_turns(path: Path) -> list[tuple[str, str]]:
    """ASR segments; consecutive segments of the same diarisation label form one turn."""
    turns: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            m = _FR_LINE.match(line)
            if not m:
                raise ValueError(f"{path}: unexpected line {line[:80]!r}")
            spk, text = m["spk"].strip(), _SPACES.sub(" ", m["text"]).strip()
            if not text:
                continue
            if turns and turns[-1][0] == spk:
                turns[-1] = (spk, turns[-1][1] + " " + text)
            else:
                turns.append((spk, text))
    return turns


def _fr_reference(path: Path, strip_boilerplate: bool) -> str:
    with open(path, encoding="utf-8") as fh:
        paras = [p.strip() for p in fh.read().splitlines() if p.strip()]
    if strip_boilerplate:
        for i, p in enumerate(paras):
            if _FR_FOOTER.match(p):  # footer, then (2f3f...) the spelling "Index"
                paras = paras[:i]
                break
    return "\n".join(paras)


def load_public_meetings_fr(
    root: str | os.PathLike | None = None, strip_boilerplate: bool = False
) -> list[Meeting]:
    """The two French meetings. Reference = the whole ``report.txt`` (one paragraph a line).

    The report is a professional, lightly edited *full* write-up of the talk (not a short
    summary): the validated alignment covers ~92% of its words and nearly all transcript
    segments. Headings and speaker-name lines are part of it. ``strip_boilerplate`` drops
    the publisher footer ("Document rédigé par la société Ubiqus ...") and the spelling
    index after it (~35 words); off by default so the reference is the whole file.
    """
    folder = _root(root) / "public_meetings_fr"
    meetings = []
    for path in sorted(folder.glob("*.transcript.txt")):
        mid = path.name[: -len(".transcript.txt")]
        ref = _fr_reference(folder / f"{mid}.report.txt", strip_boilerplate)
        meetings.append(Meeting(id=mid, language="fr", turns=_fr_turns(path), reference=ref, source=path))
    return meetings


SET_LOADERS = {
    "qmsum": load_qmsum,
    "ami_icsi": load_ami_icsi,
    "fr": load_public_meetings_fr,
}


def load_sets(names: list[str], root: str | os.PathLike | None = None) -> dict[str, list[Meeting]]:
    out = {}
    for name in names:
        if name not in SET_LOADERS:
            raise KeyError(f"unknown set {name!r}; known: {', '.join(SET_LOADERS)}")
        out[name] = SET_LOADERS[name](root)
    return out
