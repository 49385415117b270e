"""Person names: compare the variants one person goes by (Jürgen Howaldt, Professor Howaldt, M. Howaldt,
J. Howaldt, HOWALDT) without ever equating two different people.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

__all__ = ["HONORIFICS", "POSTNOMINALS", "fold", "name_tokens", "compatible", "full_name", "strip_titles", "says_any",
           "resolve"]

HONORIFICS = {
    "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "mx", "dr", "pr", "prof", "professor", "professeur",
    "professeure", "monsieur", "messieurs", "madame", "mesdames", "mademoiselle", "sir", "dame", "me", "maître",
    "hon", "honourable", "honorable", "right", "rt", "senator", "sénateur", "sénatrice", "minister", "ministre",
    "doctor", "docteur", "docteure", "councillor", "le", "la", "député", "députée", "maire", "président",
    "présidente", "president", "chair", "lord", "lady", "rev", "father", "madam", "messrs",
    "frau", "herr", "professorin", "sra", "sr", "señora", "señor", "dña", "dott", "dott.ssa", "dottoressa", "dottore", "prof.ssa",
    "sig", "sig.ra", "signora", "signor", "signore", "mevrouw", "meneer", "mevr", "dhr", "heer", "pani", "pan",
    "cllr", "cr", "il", "lo", "el", "professoressa", "professore", "profesora", "profesor", "doctora", "ingegnere", "architetto",
}
# Letters after a name: Welsh Assembly Members ("Lynne Neagle AM"), MPs, honours, degrees.
POSTNOMINALS = {"am", "ms", "mp", "mep", "msp", "mla", "td", "qc", "kc", "obe", "mbe", "cbe", "phd", "md",
                "jr", "sr", "esq", "frs", "fba"}
_INITIAL = re.compile(r"^\w\.?$")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Jürgen" and "JURGEN" fold alike."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def says_any(words: Iterable[str], text: str) -> bool:
    """Whether ``text`` has one of ``words`` (of someone's name) as a whole word: the chair naming a speaker."""
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


def strip_titles(name: str) -> str:
    """The name without leading honorifics or trailing post-nominals, as written otherwise."""
    words = name.split()
    while len(words) > 1 and fold(words[0]).strip(".") in HONORIFICS:
        words.pop(0)
    while len(words) > 1 and fold(words[-1]).strip(".,") in POSTNOMINALS and words[-1].isupper():
        words.pop()
    return " ".join(words)


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words that identify a person: no honorific, no post-nominal, no punctuation."""
    core = strip_titles(name)
    out = []
    for w in core.replace("’", "'").split():
        w = fold(w).strip(".,;:()\"'")
        if not w:
            continue
        out.append(w if len(w) > 1 else w)
    return tuple(out)


def _match(short: str, long: str) -> bool:
    if len(short) == 1:                       # an initial: "J." matches "Jürgen"
        return long.startswith(short)
    # the initials of a hyphenated first name: "JL", "J.-L." match "Jean-Luc"
    letters = short.replace(".", "").replace("-", "")
    if "-" in long and 2 <= len(letters) <= 3 and letters.isalpha():
        if letters == "".join(p[:1] for p in long.split("-")):
            return True
    return short == long


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two token tuples can name one person: the shorter's words all appear in the longer."""
    if not a or not b:
        return False
    # (of two as long, the one with initials: "Marc Dumont" is the label "Marc D.", whichever is asked first)
    short, long = (a, b) if (len(a), -sum(len(t) == 1 for t in a)) <= (len(b), -sum(len(t) == 1 for t in b)) else (b, a)
    if all(len(t) == 1 for t in short):
        return False                          # initials alone identify nobody
    used: set[int] = set()
    for t in short:
        hit = next((i for i, u in enumerate(long) if i not in used and _match(t, u)), None)
        if hit is None:
            return False
        used.add(hit)
    return True


def full_name(tokens: tuple[str, ...]) -> bool:
    """Whether a token tuple holds at least two real words (a first name and a surname)."""
    return sum(1 for t in tokens if len(t) > 1) >= 2


def resolve(name: str, known: Iterable[str]) -> str | None:
    """The one name in ``known`` that ``name`` is a variant of; None when none or several are."""
    toks = name_tokens(name)
    hits = {k for k in known if compatible(toks, name_tokens(k))}
    if len(hits) == 1:
        return next(iter(hits))
    # several variants of one person ("Claire Dumont", "Claire DUMONT") still resolve
    keys = {name_tokens(h) for h in hits}
    longest = max(keys, key=len) if keys else None
    if longest is not None and all(compatible(k, longest) and len(k) <= len(longest) for k in keys):
        return next(h for h in hits if name_tokens(h) == longest)
    return None
