"""Build ``Turn`` records from labelled pieces of text, merging consecutive pieces of one speaker."""
from __future__ import annotations

import re

from dataclasses import dataclass, field

from ..records import Segment, Turn
from .labels import Label

__all__ = ["Piece", "TurnBuilder"]


@dataclass
class Piece:
    """A line, paragraph or cue of spoken text, with the label that introduced it (None: same speaker)."""

    text: str
    line: int | None
    time: float | None = None
    label: Label | None = None
    new_paragraph: bool = True
    confidence: float | None = None
    wraps: bool = True       # a caption line may end inside a hyphenated word (a CTM word never does)


@dataclass
class _Open:
    label: Label | None
    parts: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    length: int = 0
    pending_time: float | None = None   # the time on a speaker line alone ("Anna Berg  0:15"), for its text
    section: str = ""


def wrapped_at_hyphen(before: str, after: str) -> bool:
    """Whether a line (a caption) ends inside a hyphenated word the next one finishes: « au bout de dix- » then
    « huit mois », « les troubles musculo- » then « squelettiques ». They are joined with no space: « dix- huit »
    had read as a false start, and the quote said 8 months where 18 were said."""
    # (a place's name too: « Île-de- » / « France », « Seine-Saint- » / « Denis »; but "pre-" / "and post-war" waits
    # for its word)
    return bool(re.search(r"[^\W\d_]-$", before)) and bool(re.match(r"[^\W\d_]", after)) \
        and not re.match(r"(?i)(?:and|or|to|et|ou|und|oder|y|o|e)\b", after)


class TurnBuilder:
    """Accumulate pieces into turns; a piece with the current speaker's label continues the turn."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.turns: list[Turn] = []
        self._open: _Open | None = None
        self._section = ""
        self._resume: Label | None = None   # who was speaking when a heading came

    def add(self, piece: Piece) -> None:
        """Add a piece; it starts a new turn when its label names another speaker."""
        text = " ".join(piece.text.split())
        cur = self._open
        if piece.label is not None and (cur is None or cur.label is None or cur.label.key != piece.label.key):
            self._close()
            cur = self._open = _Open(piece.label, section=self._section)
        elif cur is None:
            cur = self._open = _Open(self._resume, section=self._section)
        if not text:
            if piece.time is not None:
                cur.pending_time = piece.time
            return
        if cur.parts:
            sep = "\n" if piece.new_paragraph else (" " if not (piece.wraps and wrapped_at_hyphen(cur.parts[-1], text))
                                                     else "")
            cur.parts.append(sep)
            cur.length += len(sep)   # (no separator after a word broken at its hyphen: the next piece starts there)
        time = piece.time if piece.time is not None else cur.pending_time
        cur.pending_time = None
        cur.segments.append(Segment(start=cur.length, line=piece.line, time=time, confidence=piece.confidence))
        cur.parts.append(text)
        cur.length += len(text)

    def ends_sentence(self) -> bool:
        """Whether the turn being built ends on a finished sentence (a full stop, a question, a closing quote)."""
        cur = self._open
        return cur is not None and bool(cur.parts) and bool(re.search(r"[.!?…»”\"]\s*$", cur.parts[-1]))

    def current_label(self) -> Label | None:
        """The label of the turn being built (None: none yet, or an unlabelled one)."""
        return self._open.label if self._open is not None else None

    def split(self) -> None:
        """Close the current turn even if the next piece has the same speaker (e.g. a long pause)."""
        self._close()

    def section(self, title: str) -> None:
        """An agenda heading: the turn before it ends there, and the turns after it fall under it (a speaker
        who goes on after the heading starts a new turn, under the new section)."""
        self._resume = self.current_label()
        self._close()
        self._section = title

    def _close(self) -> None:
        cur = self._open
        self._open = None
        if cur is None or not cur.parts:
            return
        label = cur.label
        self.turns.append(Turn(
            index=len(self.turns),
            label=label.raw if label is not None else "",
            text="".join(cur.parts),
            file=self.file,
            segments=tuple(cur.segments),
            section=cur.section,
        ))

    def finish(self) -> list[Turn]:
        """Close the last turn and return them all."""
        self._close()
        return self.turns
