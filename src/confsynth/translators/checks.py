"""What must come through a translation unchanged: names of people and organisations, numbers, dates,
glossary terms. Checked after the model ran; what cannot be put back is flagged for the editor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from .glossary import Glossary

__all__ = ["Issue", "protected_names", "numbers", "check_translation", "ACRONYMS"]

# Acronyms that legitimately change between French and English: either form is accepted.
ACRONYMS = [
    {"UE", "EU"}, {"ONU", "UN"}, {"OCDE", "OECD"}, {"ONG", "NGO", "NGOs"}, {"PME", "SME", "SMEs"},
    {"OMS", "WHO"}, {"FMI", "IMF"}, {"BCE", "ECB"}, {"OIT", "ILO"}, {"RSE", "CSR"}, {"IA", "AI"},
    {"PIB", "GDP"}, {"ESS", "SSE"}, {"OTAN", "NATO"}, {"BEI", "EIB"}, {"FSE", "ESF"}, {"ODD", "SDG", "SDGs"},
]
_PARTICLES = r"(?:de|du|des|d'|la|le|van|von|der|den|di|da|del|of|and|&|for|the)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME_RUN = re.compile(rf"{_CAP}(?:\s+(?:{_PARTICLES}\s+)?{_CAP})+")
_ACRONYM = re.compile(r"\b[A-ZÀ-Þ]{2,}[a-z]?s?\b")
_NOT_NAMES = {"OK", "TV", "PS"}
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:»”\"]\s+|\n)$")


@dataclass(frozen=True)
class Issue:
    """One thing a translation lost: its kind, the expected term, and (glossary) the source term."""

    kind: str            # glossary | name | number | length
    term: str
    source: str = ""


def numbers(text: str) -> set[str]:
    """Numbers of a text as digit strings ("1 000" and "1,000" -> "1000"; "3,5" and "3.5" -> "35");
    single digits are left out since translations often spell them."""
    out = set()
    for m in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) > 1:
            out.add(digits)
    return out


def protected_names(text: str, known: Iterable[str] = ()) -> list[str]:
    """Names in ``text`` that a translation must keep: the known ones (speakers, affiliations) found in it,
    runs of two or more capitalised words, and acronyms."""
    found: list[str] = []
    low = text.lower()
    for name in sorted({k.strip() for k in known if k and len(k.strip()) > 2}, key=len, reverse=True):
        if name.lower() in low and not any(name.lower() in f.lower() for f in found):
            found.append(name)
    for m in _NAME_RUN.finditer(text):
        run = m.group(0)
        if _SENTENCE_START.search(text[:m.start()]):  # "Bonjour Hélène": the first capital is the sentence's
            parts = run.split(None, 1)
            run = parts[1] if len(parts) > 1 and _NAME_RUN.fullmatch(parts[1]) else ""
        if run and not any(run.lower() in f.lower() for f in found):
            found.append(run)
    for m in _ACRONYM.finditer(text):
        if m.group(0) not in _NOT_NAMES and not any(m.group(0) in f for f in found):
            found.append(m.group(0))
    return found


def _has(term: str, text: str) -> bool:
    for group in ACRONYMS:
        if term in group:
            return any(re.search(rf"\b{re.escape(t)}\b", text) for t in group)
    pattern = r"\s+".join(re.escape(w) for w in term.split())
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


def check_translation(source_text: str, translation: str, source: str, target: str,
                      glossary: Glossary | None = None, known_names: Sequence[str] = ()) -> tuple[str, list[Issue]]:
    """The translation with glossary terms put back where the model copied the source term, and what the
    editor must still check."""
    issues: list[Issue] = []
    glossary_terms: list[str] = []
    if glossary is not None:
        result = glossary.check(source_text, translation, source, target)
        translation = result.text
        issues.extend(Issue("glossary", tgt, src) for src, tgt in result.missing)
        glossary_terms = [src.lower() for src, _ in glossary.found(source_text, source, target)]
    for name in protected_names(source_text, known_names):
        if any(name.lower() in g or g in name.lower() for g in glossary_terms):
            continue  # the glossary says how this one is translated
        if not _has(name, translation):
            issues.append(Issue("name", name))
    kept = numbers(translation)
    for number in sorted(numbers(source_text) - kept):
        raw = next(m.group(0) for m in _NUMBER.finditer(source_text) if re.sub(r"\D", "", m.group(0)) == number)
        issues.append(Issue("number", raw))
    if len(source_text) >= 20:
        ratio = len(translation) / len(source_text)
        if ratio < 0.4 or ratio > 2.5:   # a dropped half, or a model looping on itself
            issues.append(Issue("length", ""))
    return translation, issues
