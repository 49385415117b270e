"""Speech-recognition output that spaces out its punctuation ("travaux , il" / "l' exécution").

Some ASR systems write every token apart: a space before each comma and full stop, after each
elision (« l' exécution », « qu' on »), inside brackets. Quoted as it is, every quote and headline of
such a transcript would carry those gaps. When a transcript is written this way throughout, its text
is joined the way the language writes it, once, at reading: only spaces move, never a letter, so the
quotes stay the speakers' words, and the segments keep pointing at their lines and times.

French keeps its space before ; : ! ? and inside « » (the reports set it non-breaking); English loses it,
and joins its clitics ("they 're" -> "they're", "do n't" -> "don't").

One mark goes: a comma or semicolon the recogniser wrote right after a full stop, where a word it dropped
stood (« travail . , c' est » reads « travail. c'est », not « travail., c'est »).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Transcript, Turn

__all__ = ["looks_tokenized", "detokenize", "detokenize_transcript"]

_SPACED = re.compile(r"\w \.(?:\s|$)|\w ,\s")
_JOINED = re.compile(r"\w\.(?:\s|$)|\w,\s")
_ELISION = re.compile(r"(?i)\b((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd)['’]) (?=\w)")
_BEFORE = re.compile(r" +([,.…)\]}»”](?!\w))")
_BEFORE_HIGH = re.compile(r" +([;:!?](?!\w))")
_AFTER_OPEN = re.compile(r"([(\[{«“]) +")
# English clitics written apart ("they 're", "it 's", "do n't"): joined like the punctuation
_CLITIC_EN = re.compile(r"(?<=\w) +((?:['’](?:s|re|ve|ll|d|m|t))\b|n['’]t\b)", re.IGNORECASE)
_BEFORE_FR = re.compile(r" +([,.…)\]}”](?!\w))")
_AFTER_OPEN_FR = re.compile(r"([(\[{“]) +")
# a comma or semicolon right after the mark that ended a sentence (a word between them went unheard)
_AFTER_END = re.compile(r"(?<=[.?!…])( *)[,;](?=\s|$)")
_LEADING = re.compile(r"[,;](?=\s|$) *")


def looks_tokenized(text: str, minimum: int = 10) -> bool:
    """Whether nearly every comma and full stop of ``text`` stands apart from its word."""
    spaced = len(_SPACED.findall(text))
    return spaced >= minimum and spaced > 4 * len(_JOINED.findall(text))


def detokenize(text: str, language: str | None = None) -> str:
    """``text`` with spaces taken out where the language writes none; letters untouched. French keeps the
    space inside « » and before ; : ! ?"""
    text = _ELISION.sub(r"\1", text)
    if language == "fr":
        text = _BEFORE_FR.sub(r"\1", text)
        return _AFTER_END.sub("", _AFTER_OPEN_FR.sub(r"\1", text))
    text = _CLITIC_EN.sub(r"\1", text)
    text = _BEFORE.sub(r"\1", text)
    text = _BEFORE_HIGH.sub(r"\1", text)
    return _AFTER_END.sub("", _AFTER_OPEN.sub(r"\1", text))


def _language_of(transcript: Transcript) -> str | None:
    """fr when the text elides like French (l', d', qu'), else None: enough to place ; : ! ? right."""
    sample = " ".join(t.text for t in transcript.turns[:50])[:20000]
    return "fr" if len(_ELISION.findall(sample)) >= 5 else None


def detokenize_transcript(transcript: Transcript) -> Transcript:
    """The transcript with its text joined, when it is written token by token; else unchanged."""
    sample = "\n".join(t.text for t in transcript.turns)
    if not looks_tokenized(sample):
        return transcript
    language = _language_of(transcript)
    turns = []
    for turn in transcript.turns:
        bounds = [s.start for s in turn.segments] + [len(turn.text)]
        pieces = [turn.text[a:b] for a, b in zip(bounds, bounds[1:])]
        head = turn.text[: bounds[0]]
        new_text, segments = detokenize(head, language), []
        for seg, piece in zip(turn.segments, pieces):
            piece = detokenize(piece, language)
            if re.search(r"[.?!…] *$", new_text) and (lead := _LEADING.match(piece)):
                piece = piece[lead.end():]   # « travail . | , c' est » -> « travail. c'est »
                new_text += "" if new_text.endswith(" ") else " "
            elif new_text.endswith(" ") and (_BEFORE_FR if language == "fr" else _BEFORE).match(" " + piece):
                new_text = new_text[:-1]   # a mark that opens a cue goes with the word that closed the one before
            segments.append(replace(seg, start=len(new_text)))
            new_text += piece
        turns.append(Turn(turn.index, turn.label, new_text, turn.file, tuple(segments), turn.language, turn.section))
    return replace(transcript, turns=type(transcript.turns)(turns))
