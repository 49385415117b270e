"""The records that flow between stages. All frozen: a stage returns new records, never mutates."""
from __future__ import annotations

import re

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Mapping

__all__ = [
    "Segment", "Turn", "Transcript", "Speaker", "SourceRef", "Sentence", "Passage", "Quote",
    "Takeaway", "TranslationFlag", "TranslationStatus", "Synthesis", "format_time", "DOCUMENT_WORDS",
]


def format_time(seconds: float | None) -> str | None:
    """Render seconds as HH:MM:SS (None stays None)."""
    if seconds is None:
        return None
    s = int(round(seconds))
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


@dataclass(frozen=True)
class Segment:
    """Where a piece of a turn's text came from: its offset in ``Turn.text``, file line and time."""

    start: int
    line: int | None
    time: float | None = None
    confidence: float | None = None   # the speech recogniser's confidence in these words, 0..1, when it gave one


@dataclass(frozen=True)
class Turn:
    """One speaker's uninterrupted contribution, with the spoken text exactly as in the file."""

    index: int
    label: str                      # the speaker label as written, "" when the file has none
    text: str                       # paragraphs joined by "\n"; cues of one paragraph by " "
    file: str
    segments: tuple[Segment, ...]
    language: str | None = None
    section: str = ""               # the agenda heading the turn falls under ("2. Sécurité devant l'école")

    def locate(self, offset: int) -> Segment:
        """The segment holding character ``offset`` of the text."""
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.segments[i]

    def confidence(self, start: int, end: int) -> float | None:
        """The recogniser's confidence in the text from ``start`` to ``end``: its segments' confidences, each
        weighted by how much of the span it holds; None when no segment there has one (a written transcript)."""
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        total = weight = 0.0
        for k in range(i, len(self.segments)):
            seg = self.segments[k]
            lo = max(start, seg.start)
            hi = min(end, self.segments[k + 1].start if k + 1 < len(self.segments) else len(self.text))
            if lo >= end:
                break
            if seg.confidence is not None and hi > lo:
                total += seg.confidence * (hi - lo)
                weight += hi - lo
        return total / weight if weight else None

    @cached_property
    def _starts(self) -> list[int]:
        # built once: a one-speaker transcript is one turn of thousands of segments, located per quote
        return [s.start for s in self.segments]

    @property
    def line(self) -> int | None:
        """First line of the turn in its file."""
        return self.segments[0].line if self.segments else None

    @property
    def time(self) -> float | None:
        """Start time of the turn in seconds, when the file has timestamps."""
        return self.segments[0].time if self.segments else None


@dataclass(frozen=True)
class Transcript:
    """A parsed input file: header lines (title, date, place) and speaker turns."""

    path: str
    format: str                     # txt, md, docx, vtt, srt, whisper-json, json
    encoding: str
    turns: tuple[Turn, ...]
    header: tuple[str, ...] = ()
    language: str | None = None
    language_confidence: float = 0.0
    problems: tuple[str, ...] = ()  # what the reader skipped or mended in the file ("2 cue(s) skipped…, line 7")

    @property
    def title(self) -> str | None:
        """The first header line, if the file has one; past a line that only names the document ("Transcript",
        as Teams' Word export opens, « Transcription »), the line after it, unless that one holds a date or a
        time (then None: the file name titles the event)."""
        if not self.header:
            return None
        if not names_the_document(self.header[0]):
            subject = _subject(self.header[1]) if len(self.header) > 1 and _BODY_ALONE.match(self.header[0]) else None
            # a body's name alone, the session's subject under it: "Environment and Rural Affairs Committee" / "Oral
            # evidence: Storm overflows and river water quality in the Northern Vale, HC 412" titled the drafts with
            # the committee's name only (review AY)
            return f"{self.header[0]} — {subject}" if subject else self.header[0]
        rest = self.header[1] if len(self.header) > 1 else ""
        return rest if rest and not re.search(r"\d", rest) and not names_the_document(rest) else None

    @property
    def word_count(self) -> int:
        """Number of spoken words."""
        return sum(len(t.text.split()) for t in self.turns)


# a header line that names the document, not the event
# (the words a document is named by, in a header line or a file name: "Transcript", « Compte rendu »)
DOCUMENT_WORDS = (r"transcripts?|transcriptions?|verbatim|captions|subtitles|sous-titres|notes|minutes|compte[- ]rendu"
                  r"|procès-verbal|trascrizione|transcripción|transkript(?:ion)?|diari[sz](?:e|ed|ation)")
_GENERIC_TITLE = re.compile(r"(?i)^(?:(?:meeting|call|video|full|auto(?:matic)?|live)\s+)?(?:" + DOCUMENT_WORDS
                            + r")\s*:?$")


# the recording a transcription service names at the top: "inclusion-numerique-lyon-2023-10-05.mp3"
MEDIA_FILE = re.compile(r"(?i)^\S+\.(?:mp3|mp4|m4a|wav|webm|ogg|oga|mov|aac|flac|mkv|avi|wma)$")


# a body's name, all the line says: "Environment and Rural Affairs Committee", « Commission des affaires sociales »
_BODY_ALONE = re.compile(r"^(?:(?:[A-Z][\w'’&-]*|and|of|for|on|the|&)\s+){1,7}(?:Select\s+)?(?:Committee|Commission"
                         r"|Council|Assembly|Subcommittee|Board)$|^(?:Commission|Comité|Délégation)\s+[^\d:;,]{3,60}$")
# what a hearing's record says it holds, and the paper's number: "Oral evidence: …, HC 412"
_SESSION_KIND = re.compile(r"^(?i:(?:oral|written)\s+evidence|evidence\s+session|audition)\s*[:—–-]\s*")
_PAPER_NUMBER = re.compile(r",?\s+\b(?:HC|HL)\s+\d+(?:-[IVX]+)?\.?$")


def _subject(line: str) -> str | None:
    """The session's subject on the line under a body's name, as an editor titles it; None for a date, a place,
    the document's name or who sat ("Members present: …")."""
    text = _PAPER_NUMBER.sub("", _SESSION_KIND.sub("", " ".join(line.split())))
    if len(text.split()) < 3 or re.search(r"\d|;", text) or names_the_document(text) \
            or re.match(r"(?i:members?|present|présents?|witness(?:es)?|chair|témoins?|participants?|ordre\s+du\s+jour"
                        r"|agenda)\b", text):
        return None
    return text[:1].upper() + text[1:]


def names_the_document(line: str) -> bool:
    """Whether a header line only names the document: "Transcript", « Compte rendu », the recording's file name."""
    return bool(_GENERIC_TITLE.match(line.strip()) or MEDIA_FILE.match(line.strip()))


@dataclass(frozen=True)
class Speaker:
    """A person (or an anonymous voice) of the event, with the evidence for each field."""

    id: str
    label: str                      # what to print when there is no name: "Intervenant 2", "Speaker 2"
    name: str | None = None
    affiliation: str | None = None
    country: str | None = None
    role: Literal["speaker", "moderator", "audience"] = "speaker"
    title: str | None = None        # what the person does: "directrice de la recherche"
    labels: tuple[str, ...] = ()    # raw labels in the transcripts that belong to this speaker
    evidence: tuple[tuple[str, str], ...] = ()   # (field, how it was found)
    confidence: float = 1.0         # confidence that ``name`` is right
    lines: tuple[int, ...] = ()     # the line each of their turns starts on: two voices of one label told apart

    @property
    def display_name(self) -> str:
        """The name when known, else the neutral label."""
        return self.name or self.label

    def attribution(self) -> str:
        """``Name (Affiliation, Country)`` as printed under a quote; the title when no affiliation is known."""
        extra = ", ".join(x for x in (self.affiliation or self.title, self.country) if x)
        return f"{self.display_name} ({extra})" if extra else self.display_name


@dataclass(frozen=True)
class SourceRef:
    """Where a quote or sentence sits in the inputs."""

    file: str
    line: int | None
    time: float | None = None
    turn: int | None = None

    def to_json(self) -> dict[str, object]:
        """The JSON form used in synthesis.json."""
        return {"file": self.file, "line": self.line, "time": format_time(self.time), "turn": self.turn}


@dataclass(frozen=True)
class Sentence:
    """A sentence of a turn: the unit the summariser ranks."""

    index: int
    turn: int                       # index into the event's turns
    start: int                      # character span in the turn's text
    end: int
    text: str
    speaker_id: str
    language: str
    content_words: int = 0          # nouns, proper nouns, verbs, adjectives, numbers (from spaCy POS)
    has_verb: bool = True           # a claim needs a verb; False only when POS tags say so
    is_clause: bool = True          # False when the parse's root is a noun without subject or copula (a fragment)
    confidence: float | None = None  # the speech recogniser's confidence in its words (None: not given)


@dataclass(frozen=True)
class Passage:
    """The transcript around a quote, so an editor can check it without the file: before, quoted, after."""

    before: str
    quoted: str                     # the quoted span as spoken, disfluencies included
    after: str


@dataclass(frozen=True)
class Quote:
    """A verbatim passage. ``text`` is the passage with disfluencies cut, each cut marked […]."""

    text: str
    speaker_id: str
    language: str
    source: SourceRef
    span: tuple[int, int]           # character span of the passage in its turn's text
    translations: Mapping[str, str] = field(default_factory=dict)
    context: Passage | None = None  # the surrounding passage of the turn (Word comments)
    heard: float | None = None      # the speech recogniser's confidence in these words (None: it gave none)
    # said in a turn that opens by disagreeing (« Je ne suis pas d'accord… », "I'd push back on that"): the
    # body reports it as such, not as one more voice adding to the point
    disagrees: bool = False
    # the languages whose translation is the event's interpreter's words, not a model's
    interpreted: tuple[str, ...] = ()
    # the language the speaker spoke, where the transcript gives only the interpreter's words under the speaker's
    # name (« Klaus Becker : [interprétation de l'allemand] Merci beaucoup… »): ``text`` is the interpreter's
    spoken_in: str | None = None


@dataclass(frozen=True)
class Takeaway:
    """One key message: headline, short paragraph, and quotes backing it."""

    rank: int
    language: str                   # the language the headline and body were written in
    headline: Mapping[str, str]     # report language -> text
    body: Mapping[str, str]
    quotes: tuple[Quote, ...] = ()
    speaker_ids: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    position: float = 0.0           # where in the event the point sits, 0..1 (for --order time)
    untranslated: tuple[str, ...] = ()   # report languages whose text is still the source text
    support: tuple[Quote, ...] = ()     # short verbatim statements the body is composed of, attributed
    said: Quote | None = None           # the headline's sentence as spoken (the editor's note on the headline)
    headline_source: str = "transcript"  # or "model:NAME" when a summarisation model's title was kept
    headline_note: str = ""             # the sentence a model's title comes from, or why it was not kept
    # the part of the event (agenda heading) the point was made in, per report language ({} without headings)
    section: Mapping[str, str] = field(default_factory=dict)

    def lead(self, body: str) -> Quote | None:
        """What a draft prints first under the headline: the paragraph's first statement (``body``: the paragraph
        in the draft's language), else the first quote; None for a bare headline."""
        return self.support[0] if self.support and body else (self.quotes[0] if self.quotes else None)


@dataclass(frozen=True)
class TranslationFlag:
    """A point of a machine translation the editor must check: a glossary term, name or number missing."""

    kind: Literal["glossary", "name", "number", "length"]
    takeaway: int                   # rank of the key message
    part: str                       # "headline", "body", "quote 1", ...
    term: str                       # what should be in the translation ("" for a length flag)
    message: str                    # the whole point, in the report language


@dataclass(frozen=True)
class TranslationStatus:
    """How the text of one report language was obtained."""

    status: Literal["source", "translated", "partial", "unavailable"]
    model: str | None = None
    message: str | None = None
    flags: tuple[TranslationFlag, ...] = ()


@dataclass(frozen=True)
class Synthesis:
    """Everything a report is rendered from."""

    title: str
    files: tuple[str, ...]
    language: str                   # main language of the event
    speakers: tuple[Speaker, ...]
    takeaways: tuple[Takeaway, ...]
    translation: Mapping[str, TranslationStatus]
    header: tuple[str, ...] = ()
    word_count: int = 0
    problems: tuple[str, ...] = ()
    date: str | None = None         # event date and place from the configuration (ISO date or free text)
    place: str | None = None
    order: str = "importance"       # or "time": the key messages then follow the event, under its parts

    def speaker(self, speaker_id: str) -> Speaker:
        """Look a speaker up by id."""
        for s in self.speakers:
            if s.id == speaker_id:
                return s
        raise KeyError(speaker_id)
