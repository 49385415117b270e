"""The house glossary: terms that must come out of translation one fixed way.

A CSV whose header row names the languages (``fr,en``; more columns for more languages), one term a
row; ``,`` ``;`` or tab separate the columns, lines starting with ``#`` are comments::

    fr,en
    innovation sociale,social innovation
    ESS,social and solidarity economy

Each row works in every direction between its filled columns. Before translation, a glossary term in
the source is replaced by its target term (Marian models copy a foreign phrase they are given far more
often than they mistranslate it); after, the translation is checked: a missing target term is put back
when the source term came through untranslated, and flagged for the editor otherwise.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

__all__ = ["Glossary", "GlossaryCheck", "load_glossary"]

_LANG = re.compile(r"^[a-z]{2,3}$")


def _body(term: str, plural: bool) -> str:
    words = [re.escape(w) for w in term.split()]
    # "innovations sociales" matches "innovation sociale": each word may take a plural ending
    tail = r"(?:s|x|es)?" if plural else ""
    return r"(?<![\w-])" + r"\s+".join(w + tail for w in words) + r"(?![\w-])"


def _pattern(term: str, plural: bool = False) -> re.Pattern[str]:
    return re.compile(_body(term, plural), re.IGNORECASE)


@dataclass(frozen=True)
class GlossaryCheck:
    """The outcome of checking one translation against the glossary."""

    text: str                                  # the translation, with the terms put back where possible
    fixed: tuple[tuple[str, str], ...] = ()    # (source term, target term) replaced after translation
    missing: tuple[tuple[str, str], ...] = ()  # (source term, target term) the editor must check


@dataclass(frozen=True)
class Glossary:
    """Term pairs per language: ``entries`` holds one dict language -> term per row."""

    entries: tuple[dict[str, str], ...]
    path: str = ""

    def terms(self, source: str, target: str) -> list[tuple[str, str]]:
        """(source term, target term) pairs for a direction, longest source term first."""
        pairs = [(e[source], e[target]) for e in self.entries if e.get(source) and e.get(target)]
        return sorted(pairs, key=lambda p: -len(p[0]))

    def found(self, text: str, source: str, target: str) -> list[tuple[str, str]]:
        """The glossary terms of ``text`` (a source-language text) for this direction."""
        out, taken = [], []
        for src, tgt in self.terms(source, target):
            for m in _pattern(src, plural=True).finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue  # inside a longer term already found ("innovation" in "innovation sociale")
                taken.append((m.start(), m.end()))
                if (src, tgt) not in out:
                    out.append((src, tgt))
        return out

    def apply(self, text: str, source: str, target: str) -> str:
        """The source text with each glossary term replaced by its target term, for the model to copy."""
        terms = self.terms(source, target)
        if not terms:
            return text
        # one pass, longest term first, so an inserted target term is never matched again
        pattern = re.compile("|".join(f"(?P<t{i}>{_body(src, True)})" for i, (src, _) in enumerate(terms)),
                             re.IGNORECASE)

        def sub(m: re.Match[str]) -> str:
            src, tgt = terms[int((m.lastgroup or "t0")[1:])]
            # "Innovation sociale" opening a sentence: capital kept; "ESS" is upper case by itself
            starts_sentence = m.group(0)[:1].isupper() and not src[:1].isupper()
            return tgt[:1].upper() + tgt[1:] if starts_sentence else tgt

        return pattern.sub(sub, text)

    def check(self, source_text: str, translation: str, source: str, target: str) -> GlossaryCheck:
        """Whether each glossary term of ``source_text`` is in ``translation``; copied-through source terms
        are replaced, the rest are reported missing."""
        fixed, missing = [], []
        for src, tgt in self.found(source_text, source, target):
            if _pattern(tgt, plural=True).search(translation):
                continue
            copied = _pattern(src, plural=True)
            if copied.search(translation):
                translation = copied.sub(tgt, translation)
                fixed.append((src, tgt))
            else:
                missing.append((src, tgt))
        return GlossaryCheck(translation, tuple(fixed), tuple(missing))


def load_glossary(path: str | Path) -> Glossary:
    """Read a glossary CSV; a bad file is a ConfigError naming it and the expected layout."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"glossary {path}: cannot read it ({exc.strerror or exc}); check the glossary "
                          f"setting or --glossary") from None
    text = raw.decode("utf-8-sig", errors="replace") if raw[:3] == b"\xef\xbb\xbf" else _decode(raw)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise ConfigError(f"glossary {path}: empty; the first row names the languages, e.g. 'fr,en'")
    delimiter = max((",", ";", "\t"), key=lambda d: lines[0].count(d))
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header = [h.strip().lower() for h in rows[0]]
    if len(header) < 2 or not all(_LANG.match(h) for h in header):
        raise ConfigError(f"glossary {path}: the first row must name the languages of the columns, e.g. "
                          f"'fr,en' (found: {delimiter.join(rows[0])})")
    entries = []
    for row in rows[1:]:
        entry = {lang: cell.strip() for lang, cell in zip(header, row) if cell.strip()}
        if len(entry) >= 2:
            entries.append(entry)
    return Glossary(tuple(entries), str(path))


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # saved from Excel on Windows
