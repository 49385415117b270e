"""Cut text into what a Marian model translates well: one sentence at a time, never more than it can read.

Sentence-level models drop or garble the second half of a long multi-sentence input, and the models'
position tables end at a fixed length: an input past it would be cut off silently. So a text is split
into paragraphs, sentences and, for the rare sentence still too long, clauses or word runs under the
limit; the separators are kept so the translation is reassembled with the same layout. Quote cut marks
``[…]`` are never sent to the model: they stay where they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

__all__ = ["Piece", "split_text", "split_sentences", "split_long", "join_pieces"]

# Abbreviations after which a full stop does not end a sentence (fr, en, de, es, it).
_ABBREVIATIONS = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "p", "pp", "cf", "env", "etc", "ex", "vol",
    "no", "n°", "mr", "mrs", "ms", "prof", "sr", "jr", "vs", "e.g", "i.e", "approx", "fig", "dept", "inc", "ltd",
    "co", "corp", "hr", "fr", "z.b", "bzw", "usw", "sra", "sr", "ud", "uds", "sig", "av",
}
_CUT = re.compile(r"\s*\[(?:…|\.\.\.)\]\s*")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'»”)\]]*\s+(?=[\"'«“(\[]*[\w¿¡])", re.UNICODE)


@dataclass(frozen=True)
class Piece:
    """A run of text: ``translate`` pieces go to the model, the others (spaces, cut marks) stay as they are."""

    text: str
    translate: bool
    continued: bool = False   # the next part of a sentence cut because it passed the model's limit


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, with their trailing spaces; no text is lost (``"".join`` gives it back)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start:m.start()]
        if before.endswith("."):
            word = re.search(r"(\S+)$", before)
            core = word.group(1).rstrip(".").lstrip("(\"'«“").lower() if word else ""
            # "M. Dupont", "J. Smith", "p. 12": a full stop that does not end the sentence
            if core in _ABBREVIATIONS or (len(core) == 1 and word.group(1)[0].isupper()):
                continue
        out.append(text[start:m.end()])
        start = m.end()
    if start < len(text):
        out.append(text[start:])
    return out


def _pack(units: Sequence[str], count: Callable[[str], int], limit: int,
          too_long: Callable[[str], list[str]]) -> list[str]:
    """Greedily join consecutive units while the result stays within ``limit``; a unit over the limit
    by itself is cut by ``too_long``."""
    out: list[str] = []
    current = ""
    for unit in units:
        if current and count(current + unit) > limit:
            out.append(current)
            current = ""
        if count(unit) > limit:
            if current:
                out.append(current)
                current = ""
            out.extend(too_long(unit))
        else:
            current += unit
    if current:
        out.append(current)
    return out


def split_long(sentence: str, count: Callable[[str], int], limit: int) -> list[str]:
    """Cut a sentence whose token count passes ``limit`` at clause marks, then between words; joined
    back they give the sentence (so nothing is ever truncated)."""
    if count(sentence) <= limit:
        return [sentence]

    def by_chars(word: str) -> list[str]:
        # one "word" longer than the model's limit (a URL, a run of symbols): cut by characters
        step = max(1, len(word) * limit // max(count(word), 1) - 1)
        while True:
            parts = [word[i:i + step] for i in range(0, len(word), step)]
            if step == 1 or all(count(p) <= limit for p in parts):
                return parts
            step = max(1, step // 2)

    def by_words(clause: str) -> list[str]:
        return _pack(re.findall(r"\s*\S+", clause), count, limit, by_chars)

    clauses = [c for c in re.split(r"(?<=[,;:—–])(?=\s)", sentence) if c]
    return _pack(clauses, count, limit, by_words)


def split_text(text: str, count: Callable[[str], int] | None = None, limit: int | None = None) -> list[Piece]:
    """Pieces of a text: sentences (and, past ``limit`` tokens, parts of sentences) to translate, and the
    line breaks, spaces and quote cut marks between them, to keep."""
    pieces: list[Piece] = []

    def keep(s: str) -> None:
        if s:
            pieces.append(Piece(s, False))

    def add(s: str) -> None:
        lead = s[: len(s) - len(s.lstrip())]
        body = s.strip()
        trail = s[len(lead) + len(body):]
        keep(lead)
        if body:
            parts = split_long(body, count, limit) if count and limit else [body]
            for i, part in enumerate(parts):
                # the space that separated two parts is kept between their translations
                p_lead = part[: len(part) - len(part.lstrip())]
                if i:
                    keep(p_lead)
                pieces.append(Piece(part.strip(), True, continued=i > 0))
        keep(trail)

    for k, para in enumerate(re.split(r"(\n+)", text)):
        if k % 2:
            keep(para)
            continue
        pos = 0
        for m in _CUT.finditer(para):
            for s in split_sentences(para[pos:m.start()]):
                add(s)
            keep(m.group(0))
            pos = m.end()
        for s in split_sentences(para[pos:]):
            add(s)
    return pieces


def join_pieces(pieces: Sequence[Piece], translated: Sequence[str]) -> str:
    """Put a text back together: each translatable piece replaced by its translation, in order."""
    it = iter(translated)
    out = []
    for p in pieces:
        out.append(next(it).strip() if p.translate else p.text)
    return "".join(out)
