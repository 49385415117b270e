"""The speaker directory: who is who in an event, with the evidence for every field.

Sources, in the order a careful editor trusts them:

1. explicit labels (``Name (Org): …``, VTT voice tags, Word bold names);
2. introductions by others (« Je donne la parole à Anna Seravalli, chercheuse à l'Université de
   Malmö », "Our next speaker is Jürgen Howaldt from TU Dortmund");
3. self-introductions ("I'm Risto Raivio, I work at the European Commission");
4. hand-offs and thanks (« Merci Anna », "Thank you, Jürgen, over to you").

Variants of one person (Jürgen Howaldt, Professor Howaldt, M. Howaldt, J. Howaldt, HOWALDT) are
merged. An anonymous label (``SPEAKER_00``, ``S1``, ``Intervenant 2``) gets a name only when the
text gives the evidence, with a confidence; below :data:`NAME_THRESHOLD` it keeps its neutral
label: a guessed name is never printed.
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Sequence

from .countries import country_name, find_country, institution_country, is_city, split_country
from .ingest.labels import (POST_PREFIX, Label, cast_list, delegation, is_moderator_word, normalize_name, parse_label,
                            turn_label)
from .mentions import ROLE_WORDS, Mention, describe, find_mentions
from .names import compatible, fold, full_name, name_tokens, says_any, strip_titles
from .records import Speaker, Turn

__all__ = ["SpeakerDirectory", "build_directory", "is_organisation", "UNKNOWN_ID", "NAME_THRESHOLD"]

log = logging.getLogger(__name__)

UNKNOWN_ID = "unknown"
# the roles of text nobody says as their own: the interpreter's rendering, an interview's standfirst
NOT_SPEECH = frozenset({"interpreter", "narration"})
NAME_THRESHOLD = 0.75     # confidence an anonymous label needs before its name is printed
_MODERATOR_MIN = 3        # introductions/hand-offs that make someone the moderator

# Evidence weights for naming an anonymous label. A self-introduction is the speaker's own word;
# a hand-off just before or a thanks just after is someone else's, and diarisation can misplace it.
_W_SELF = 2.0
_W_HANDOFF = 1.0
_W_THANKS = 1.0

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
    """Entity labels spaCy gives a label in short carrier sentences (bare names confuse NER); all carriers."""
    from .nlp import load_pipeline

    carriers = {"fr": ("{} a pris la parole.", "J'ai interrogé {} à ce sujet.", "{} a dit que tout allait bien."),
                "en": ("{} took the floor.", "I asked {} about it.", "{} said that it was fine.")}
    nlp = load_pipeline(language)
    found: list[str] = []
    for carrier in carriers.get(language, ("{}: ",)):
        doc = nlp(carrier.format(text))
        at = carrier.index("{}")
        span = (at, at + len(text))
        hits = [e.label_ for e in doc.ents if e.start_char < span[1] and e.end_char > span[0]]
        found.append(hits[0] if hits else "")
    return tuple(found)


@dataclass
class _Entry:
    """A speaker under construction: one label key, or several merged."""

    key: str
    kind: str              # person | moderator | anonymous | audience | organisation | interpreter | narration
    name: str | None
    raw: str
    labels: list[str] = field(default_factory=list)
    affiliation: str | None = None
    country: str | None = None
    title: str | None = None
    role: str | None = None             # moderator | audience | speaker once decided
    evidence: list[tuple[str, str]] = field(default_factory=list)
    confidence: float = 1.0
    number: int | None = None           # the number in an anonymous label ("Intervenant 2")
    label_role: str | None = None       # "The Chair" of "The Chair (Hon. Anthony Rota ...)"
    described: bool = False             # the label's parenthesis describes the person: it is what we print
    interviewer: bool = False           # the "Q" of an interview labelled "Q:" / "R:": it asks, it chairs
    turns: list[int] = field(default_factory=list)

    def set(self, what: str, value: str | None, how: str) -> bool:
        """Fill a field that is still empty, recording how; False when it was already known."""
        if not value or getattr(self, what):
            return False
        setattr(self, what, value)
        self.evidence.append((what, how))
        return True


def _where(turns: Sequence[Turn], turn: int, offset: int = 0) -> str:
    seg = turns[turn].locate(offset)
    where = f"line {seg.line}" if seg.line is not None else f"turn {turn}"
    if seg.time is not None:
        s = int(seg.time)
        where += f", {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"
    return where


# who presides, as a record's header says it: « (La séance est ouverte à 19 h 05 sous la présidence de M. Bernard
# Lefèvre, maire.) », « Présidence : Mme Anne Roy », "Chaired by Dr Anna Berg", "London, 14 March 2024. Moderated by
# Rachel Green, Policy Forum", « Débat animé par Thomas Girard »
_PRESIDED = re.compile(r"(?i:(?:sous\s+la\s+)?présidence\s*(?:de|d['’]|:)\s*|présidée?\s+par\s+|chaired\s+by\s+"
                       r"|presided\s+(?:over\s+)?by\s+|(?:moderated|hosted|facilitated)\s+by\s+"
                       r"|(?:animée?s?|modérée?s?)\s+par\s+)(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)\s+)?"
                       r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})(?:\s*,\s*(?P<post>[^,.;)]{2,40}))?"
                       # a committee's members, its chair marked: "Members present: Rachel Whitmore (Chair); Mr Tom…"
                       r"|(?<![\w'’-])(?P<name2>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\s*\((?P<post2>(?i:chair|chairman"
                       r"|chairwoman|chairperson|président|présidente))\)")


# a programme's line: « - Sophie Marchand, directrice de l'Agence locale… », « Animation : Thomas Girard, journaliste
# au Progrès » (the part before the colon says what they do at the event)
_PROGRAMME_LINE = re.compile(r"^\s*(?:[-•*–]\s+|\d{1,2}[.)]\s+)?(?:(?P<part>[^\W\d][\w’' ]{2,30}?)\s*:\s*)?"
                             r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*,\s*(?P<desc>\S.{2,200})$")


def _programme(entries: dict[str, _Entry], header: Sequence[str]) -> None:
    """The people a header's programme lists, « Name, what they are », for the labels that go by a first name
    (« Sophie : », « Julie R. : »): their full name and description, and the chair of « Animation : … » (the
    programme was read as speakers, and « Julie R. » was never named)."""
    listed = []
    for line in header:
        m = _PROGRAMME_LINE.match(line)
        label = parse_label(m["name"]) if m else None
        if label is None or label.kind != "person" or not label.name or len(label.name.split()) < 2:
            continue
        title, org, country = describe(", " + m["desc"])
        chair = bool(m["part"]) and (is_moderator_word(m["part"].strip())
                                     or re.match(r"(?i:animation|modération|moderation|chair)", m["part"].strip()))
        listed.append((label.name, title, org, country, chair, line.strip()))
    for e in entries.values():
        if e.kind not in ("person", "moderator") or not e.name:
            continue
        own = name_tokens(e.name)
        hits = [p for p in listed if compatible(own, name_tokens(p[0]))]
        if len(hits) != 1:
            continue
        name, title, org, country, chair, line = hits[0]
        how = f"the header's programme: '{line}'"
        if len(name) > len(e.name):      # (« Sophie », « Julie R. »: the programme says it whole)
            e.name = name
            e.evidence.append(("name", how))
        e.set("affiliation", org, how)
        e.set("country", country, how)
        e.set("title", title, how)
        if chair:
            e.kind = "moderator"


# a record's list of who sat: "Members present: Sir Robert Ainsley (Chair); Ms Anita Patel; Mr Gareth Hughes.",
# « Présents : M. Bernard Cazals ; Mme Hélène Durand »
_SAT = re.compile(r"(?i:^\s*(?:members\s+present|present|in\s+attendance|attendees|étaient\s+présents|présents?)"
                  r"\s*:\s*)(?P<names>.+)$")


def _members_present(entries: dict[str, _Entry], header: Sequence[str]) -> None:
    """Labels by honorific and surname ("Ms Patel:", "Mr Hughes:") named in full by the header's list of who sat
    (they had been printed "Patel", "Hughes")."""
    for line in header:
        m = _SAT.match(line)
        if m is None:
            continue
        listed = [lb.name for part in re.split(r"\s*;\s*", m["names"].strip(" .")) if part
                  if (lb := parse_label(re.sub(r"\s*\([^()]*\)\s*$", "", part))) is not None
                  and lb.kind in ("person", "moderator") and lb.name and len(lb.name.split()) >= 2]
        for e in entries.values():
            if e.kind not in ("person", "moderator") or not e.name:
                continue
            own = name_tokens(e.name)
            hits = {n for n in listed if len(name_tokens(n)) > len(own) and compatible(own, name_tokens(n))}
            if len(hits) == 1:
                e.name = hits.pop()
                e.evidence.append(("name", f"the header's list of members present: '{line.strip()}'"))


def _cast(entries: dict[str, _Entry], header: Sequence[str]) -> None:
    """Initials as labels ("AH:", "TN:") named by the header's cast list: "Participants: Amira Haddad, Bruegel (AH);
    … Chair: Martin Keller, Friends of Europe (MK)." (they had been printed "Tn", "Mk")."""
    for line in header:
        for initials, label in cast_list(line).items():
            e = next((e for e in entries.values() if e.raw == initials and e.kind == "person"), None)
            if e is None:
                continue
            e.name = label.name
            e.evidence.append(("name", f"the header's cast list: '{line.strip()}'"))
            if label.kind == "moderator":
                e.kind = "moderator"
            if label.affiliation:
                aff, country = split_country(label.affiliation)
                e.set("affiliation", aff, "the header's cast list")
                e.set("country", country, "the header's cast list")
            e.set("title", label.role, "the header's cast list")


# what opens a sentence, not a name: "Today Connected Communities Trust…"
_NOT_NAME_START = {"the", "this", "that", "today", "tonight", "welcome", "and", "so", "at", "in", "our", "le", "la",
                   "les", "ce", "cette", "bienvenue", "et", "au", "à", "notre", "nous", "we", "i", "je", "of", "de",
                   "for", "pour", "with", "avec", "from", "hello", "bonjour", "hi", "thanks", "merci"}
# a body called by what it is
_GENERIC_BODY = re.compile(r"(?:Trust|Foundation|Fondation|Institute|Institut|Laboratoire|Lab|Observatoire|Observatory"
                           r"|Agence|Agency|Centre|Center|Collectif|Collective|Association|Fédération|Federation"
                           r"|Network|Réseau|Alliance|Forum|Fund|Fonds|Coopérative|Cooperative|Société|Society"
                           r"|Stiftung|Fundación|Fondazione|Stichting)")
# a body's name said after its head word: « Laboratoire de la Mobilité inclusive », "Trust for London"
_NAME_AFTER = (r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|for|pour\s+la|pour\s+le|pour)\s*|\s+)"
               r"(?:[A-ZÀ-Ý][\w'’-]+)(?:\s+(?:(?:et|and|&|de|du|des|pour|for|of)\s+)?[A-ZÀ-Ý][\w'’-]+)*"
               r"(?:\s+[a-zà-ÿ]+(?:ive|if|ale|al|elle|el|aire|ique|iennes?|iens?|ée|é|ante?|ables?)s?\b)?")


def _whole_org_names(entries: dict[str, _Entry], turns: Sequence[Turn], header: Sequence[str]) -> None:
    """An organisation called by its head word only ("I lead the programmes team at the Trust", « déléguée générale
    du Laboratoire ») is the one the event names in full: "this Connected Communities Trust webinar", « ce webinaire
    du Laboratoire de la Mobilité inclusive » (printed « (Laboratoire) », "(Trust)")."""
    text = "\n".join([*header, *(t.text for t in turns)])
    for e in entries.values():
        head = e.affiliation
        if not head or not _GENERIC_BODY.fullmatch(head):
            continue
        found: Counter[str] = Counter()
        for m in re.finditer(rf"((?:[A-ZÀ-Ý][\w'’&-]+\s+){{1,4}}){re.escape(head)}\b(?!\s+[A-ZÀ-Ý])", text):
            words = m.group(1).split()
            while words and fold(words[0]) in _NOT_NAME_START:
                words.pop(0)
            if words:
                found[" ".join(words + [head])] += 1
        for m in re.finditer(rf"\b{re.escape(head)}{_NAME_AFTER}", text):
            found[m.group(0)] += 1
        if len(found) == 1:
            whole = next(iter(found))
            e.affiliation = whole
            e.evidence.append(("affiliation", f"'{head}' is the '{whole}' the transcript names in full"))


def _chair_in_header(entries: dict[str, _Entry], header: Sequence[str]) -> None:
    """The chair labelled by their post only (« M. le Maire. – … ») named by the record's header, which says who
    presides: « (La séance est ouverte… sous la présidence de M. Bernard Lefèvre, maire.) »."""
    for line in header:
        m = _PRESIDED.search(line)
        if m is None:
            continue
        name, post = m["name"] or m["name2"], m["post"] or m["post2"]
        post = fold(post or "")
        # (or named by half: "Thank you, Rachel" made the "MODERATOR:" Rachel, whom the header says in full)
        unnamed = [e for e in entries.values() if e.kind in ("role", "moderator") and (not e.name or len(name_tokens(
            e.name)) < len(name_tokens(name)) and compatible(name_tokens(e.name), name_tokens(name)))]
        fits = [e for e in unnamed if post and any(w in fold(e.label_role or e.raw).split() for w in post.split()
                                                   if len(w) > 3)] or [e for e in unnamed if e.role == "moderator"]
        if len(fits) == 1:
            fits[0].name = name
            fits[0].evidence.append(("name", f"the header: '{line.strip()}'"))
            if m["post"]:
                # what follows the name is their post or their body: « maire », "Policy Forum"
                title, org, country = describe(", " + re.split(r"[.;)](?:\s|$)", line[m.start("post"):])[0])
                fits[0].set("title", title if title or org else m["post"].strip(), "the header")
                fits[0].set("affiliation", org, "the header")
                fits[0].set("country", country, "the header")
        return


def _own_full_name(entries: dict[str, _Entry], turns: Sequence[Turn]) -> None:
    """A speaker labelled by surname who says their full name and what they are as they start (« M. Benali. –
    Merci monsieur le Maire. Bonsoir chers collègues. Karim Benali, président du groupe Saint-Aubin Autrement, pour
    celles et ceux qui nous regardent. ») is that person: « M. Benali » had no first name and no group."""
    for e in entries.values():
        if e.kind not in ("person", "moderator") or not e.name or len(name_tokens(e.name)) != 1:
            continue
        surname = strip_titles(e.name).split()[-1]
        said = re.compile(rf"(?:^|[.!?…]\s+)(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){{1,2}}{re.escape(surname)})"
                          rf"\s*(?P<rest>,.{{0,200}})")
        for t in e.turns[:3]:
            m = said.search(turns[t].text[:500])
            if m is None:
                continue
            title, org, _ = describe(m["rest"])
            if not (title or org):
                continue
            how = f"own words ({_where(turns, t, m.start('name'))})"
            e.evidence.append(("name", how))
            e.name = m["name"]
            e.set("title", title, how)
            e.set("affiliation", org, how)
            break


def _spelled_as_written(entries: dict[str, _Entry], turns: Sequence[Turn]) -> None:
    """A name read from a label in capitals, as the text spells it: "FIONA MACLEOD" is « Fiona MacLeod » where she
    says "I'm Fiona MacLeod" (title case printed « Fiona Macleod », the first thing a speaker complains about)."""
    text = "\n".join(t.text for t in turns)
    for e in entries.values():
        if not e.name or not any(w.isupper() and len(w) > 2 for w in e.raw.split()):
            continue
        words = e.name.split()
        for i, w in enumerate(words):
            if not (w[:1].isupper() and w[1:].islower()) or len(w) < 4:
                continue
            for m in re.finditer(rf"(?<![\w'’]){re.escape(w)}(?![\w'’])", text, re.IGNORECASE):
                found = m.group()
                if found != w and found[:1].isupper() and not found.isupper() and any(c.isupper() for c in found[1:]):
                    words[i] = found      # « MacLeod », « DiCaprio », « McAllister »
                    break
        e.name = " ".join(words)


# a label that says the recogniser could not tell who spoke: each of its turns may be anyone
_UNKNOWN_VOICE = re.compile(r"(?i:unknown(?:\s+speaker)?|unidentified(?:\s+speaker)?|inconnue?|orat(?:eur|rice)\s+inconnue?"
                            r"|locut(?:eur|rice)\s+inconnue?)")
# room labels that are one person: an interview's "Q:"
_ONE_ASKER = {"q", "question", "questions", "interviewer", "frage", "pregunta", "domanda", "vraag"}


def _person_across_the_dash(label: Label, language: str | None) -> Label:
    """A label "A - B" read as the person A of B, when NER says B is the person and A is not: "Impact Tank - Claire
    Dumont" was a person called Impact Tank of « Claire Dumont », "Paris - Lyon" a person called Paris."""
    from .nlp import has_model

    if language is None or label.kind != "person" or not label.name or label.role or "(" in label.raw:
        return label
    parts = re.split(r"\s*[–—|]\s*|\s+-\s+", label.raw)
    if len(parts) != 2 or fold(parts[1]) != fold(label.affiliation or ""):
        return label
    langs = [x for x in (language, _SECOND_OPINION.get(language)) if x and has_model(x)]
    if not langs:
        return label

    def person(text: str) -> bool:      # (a person in every carrier of one pipeline)
        return any(all(x in ("PER", "PERSON") for x in _ner_labels(text, x)) for x in langs)

    def place(text: str) -> bool:
        return is_city(text) or find_country(text) is not None or all(
            x in ("LOC", "GPE") for x in _ner_labels(text, langs[0]))

    body, who = parts
    if place(who) or _ORG_WORDS.search(who):
        return replace(label, name=None, affiliation=None, kind="anonymous") if place(body) else label
    if person(who) and not any(x in ("PER", "PERSON") for lang in langs for x in _ner_labels(body, lang)):
        return replace(label, name=normalize_name(who.split()), affiliation=body)
    if place(body):
        return replace(label, name=None, affiliation=None, kind="anonymous")
    return label


def _label_entries(turns: Sequence[Turn], language: str | None = None) -> tuple[dict[str, _Entry], list[str]]:
    """One entry per distinct label, and the entry key of every turn (``language``: read "A - B" labels with its
    NER)."""
    entries: dict[str, _Entry] = {}
    turn_keys: list[str] = []
    # (where the recogniser told most voices apart: a transcript all "Unknown Speaker" is one label, as it was)
    unknown = sum(bool(t.label and _UNKNOWN_VOICE.fullmatch(t.label.strip(" .:"))) for t in turns)
    split_unknown = 0 < unknown < sum(bool(t.label) for t in turns) / 2
    for turn in turns:
        if not turn.label:
            turn_keys.append(UNKNOWN_ID)
            continue
        label = turn_label(turn.label) or Label(raw=turn.label, name=None, kind="anonymous")
        label = _person_across_the_dash(label, language)
        key = label.key
        if label.kind == "audience" and not label.name and label.raw.strip(" .:").casefold() not in _ONE_ASKER:
            # « Question de la salle : Bonjour, Amandine Roux… », later « Question de la salle : Oui, bonjour, Gérard
            # Vidal, conseiller départemental du Cantal »: the room's label is many people, each turn one of them
            # (two people were one « Participant·e de la salle », quoted in support of a point)
            key = f"{key}#{turn.index}"
        elif split_unknown and label.kind == "anonymous" and _UNKNOWN_VOICE.fullmatch(label.raw.strip(" .:")):
            # Otter's "Unknown Speaker" is whoever it could not tell: Tom, "it's Tom here, my video's frozen", and a
            # nameless attendee from Portugal were one « Speaker 1 »
            key = f"{key}#{turn.index}"
        entry = entries.get(key)
        if entry is None:
            number = None
            if label.kind == "anonymous":
                digits = re.findall(r"\d+", label.raw)
                number = int(digits[-1]) if digits else None
            label_role = None
            if label.kind == "moderator":
                label_role = re.split(r"\s*\(", label.raw)[0].strip()
            elif label.kind == "role":
                label_role = label.role     # « Adjointe aux finances » of « Adjointe aux finances (Ville de …) »
            entry = entries[key] = _Entry(key=key, kind=label.kind, name=label.name, raw=label.raw,
                                          number=number, label_role=label_role)
            if label.name:
                entry.evidence.append(("name", f"label '{turn.label}'"))
        if turn.label not in entry.labels:
            entry.labels.append(turn.label)
        paren = label.affiliation if label.kind == "audience" and not label.name else None
        if paren and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+", paren) and re.match(rf"\W*{re.escape(paren)}\s*,", turn.text):
            # "Participant (Marc): Marc, I work for a car-sharing company": his name, which he says (it was printed
            # as his organisation)
            label = replace(label, name=paren, affiliation=None)
            entry.name = entry.name or paren
            entry.evidence.append(("name", f"label '{turn.label}', said as the turn opens"))
        elif paren and paren[:1].islower() and ROLE_WORDS.search(" ".join(paren.split()[:3])):
            label = replace(label, affiliation=None)      # "Participant (student)": what they are, not for whom
            entry.set("title", paren, f"label '{turn.label}'")
        if label.affiliation and not entry.affiliation:
            aff, country = split_country(label.affiliation)
            entry.set("affiliation", aff, f"label '{turn.label}'")
            entry.set("country", country, f"label '{turn.label}'")
        if label.role and "(" in label.raw and label.role in label.raw.split("(", 1)[1]:
            entry.described = True      # "Mme Laura Petit (service voirie, Ville)"
        if label.role and label.kind != "role":
            # "Name, directrice de la recherche, Org": the lower-case part is what the person does
            # (a chair's "role" that only says so, « Modératrice Claire Dumont », "Moderatorin Katrin Weber", is
            # said by "moderated by", not printed as a post after the name)
            if label.kind != "moderator" or (label.role.casefold() != (entry.label_role or "").casefold()
                                             and not is_moderator_word(label.role)):
                entry.set("title", label.role, f"label '{turn.label}'")
        entry.turns.append(turn.index)
        turn_keys.append(key)
    return entries, turn_keys


def _move(entries: dict[str, _Entry], turn_keys: list[str], src: str, dst: str) -> None:
    """Fold entry ``src`` into ``dst``: labels, turns and any field ``dst`` lacks."""
    a, b = entries[src], entries[dst]
    b.labels.extend(x for x in a.labels if x not in b.labels)
    b.turns.extend(a.turns)
    for what in ("affiliation", "country", "title"):
        if getattr(a, what) and not getattr(b, what):
            setattr(b, what, getattr(a, what))
            b.evidence.extend(e for e in a.evidence if e[0] == what)
    del entries[src]
    for i, k in enumerate(turn_keys):
        if k == src:
            turn_keys[i] = dst


def _merge_labels(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn] = ()) -> None:
    """Merge label variants of one person ("Dumont", "Claire DUMONT", "M. Howaldt") and role-only labels."""
    # "The Chair" is the one person a label spelled out as "The Chair (Hon. Anthony Rota (...))"
    for key, e in list(entries.items()):
        if e.kind == "moderator" and not e.name:
            hits = [k for k, f in entries.items() if f.name and f.label_role
                    and fold(f.label_role) == fold(e.raw)]
            if len(hits) == 1:
                _move(entries, turn_keys, key, hits[0])
    people = [k for k, e in entries.items() if e.kind in ("person", "moderator") and e.name]
    # one person spelled several ways ("Jürgen Howaldt", "Jurgen HOWALDT"): keep the richest spelling
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in people:
        groups[name_tokens(entries[k].name or "")].append(k)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        best = max(keys, key=lambda k: (_diacritics(entries[k].name or ""), -min(entries[k].turns or [0])))
        for k in keys:
            if k != best:
                _move(entries, turn_keys, k, best)
    # a name mistyped once ("Jean-Marc Rousillon" for "Jean-Marc Roussillon" in one label): the same first name, a
    # surname one letter apart, said far less often, is the same person (a fifth speaker had been listed); so is
    # one the talk itself never says where it says the other: « Jean-Luc Mélanchon : » twice, « Jean-Luc
    # Mélenchon : » twice, introduced as « M. Jean-Luc Mélenchon » and addressed « Monsieur Mélenchon »
    said = fold(" ".join(t.text for t in turns))

    @lru_cache(maxsize=None)
    def spoken(surname: str) -> bool:
        return re.search(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", said) is not None

    def surname_spoken(k: str) -> bool:
        surname = name_tokens(entries[k].name or "")[-1:]
        return bool(surname) and spoken(surname[0])

    people = [k for k in people if k in entries]
    for key in sorted(people, key=lambda k: len(entries[k].turns)):
        toks = name_tokens(entries[key].name or "")
        # (the spelling check, cheap, first: the search of the whole text for each pair took 0.4 s of a 10,000-word
        # run)
        hits = [k for k in people if k != key and k in entries
                and _one_letter_off(toks, name_tokens(entries[k].name or ""))
                and (len(entries[k].turns) >= 2 * len(entries[key].turns)
                     or surname_spoken(k) and not surname_spoken(key))]
        if key in entries and len(hits) == 1:
            _move(entries, turn_keys, key, hits[0])
    # partial names ("Howaldt", "J. Howaldt", "Professor Howaldt") fold into the one full name they fit
    people = [k for k in people if k in entries]
    for key in people:
        toks = name_tokens(entries[key].name or "")
        # (initials stand for a first name: « JL Bertin » folds into « Jean-Luc Bertin »)
        if full_name(toks) and not any(len(t) == 1 or re.fullmatch(r"[b-df-hj-np-tv-xz]{2,3}|[a-z]\.?-[a-z]\.?", t)
                                       for t in toks):
            continue
        hits = [k for k in people if k != key and k in entries and full_name(name_tokens(entries[k].name or ""))
                and compatible(toks, name_tokens(entries[k].name or ""))]
        if len(hits) == 1:
            _move(entries, turn_keys, key, hits[0])


def _one_letter_off(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names alike but for one letter of the surname (one added, dropped or changed), in names of five
    letters or more: ("jean-marc", "rousillon") and ("jean-marc", "roussillon")."""
    if len(a) < 2 or len(a) != len(b) or a[:-1] != b[:-1] or a == b or min(len(a[-1]), len(b[-1])) < 5:
        return False
    x, y = sorted((a[-1], b[-1]), key=len)
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y)) == 1
    return any(y[:i] + y[i + 1:] == x for i in range(len(y)))


def _diacritics(name: str) -> int:
    return sum(1 for c in name if ord(c) > 127)


_SHORT_HONORIFIC = {"monsieur": "M.", "madame": "Mme", "mademoiselle": "Mlle", "docteur": "Dr", "docteure": "Dr",
                    "professeur": "Pr", "professeure": "Pr", "le professeur": "Pr", "la professeure": "Pr"}


@dataclass
class _Person:
    """Someone named in the text: the variants seen, and the label entry they are, if any."""

    tokens: tuple[str, ...]
    variants: list[str]
    entry: str | None = None

    def display(self) -> str:
        """The fullest written form, properly cased; an honorific stays when only a surname is known."""
        best = max(self.variants, key=lambda v: (len(name_tokens(v)), len(v)))
        core = strip_titles(best)
        words = core.split()
        cased = normalize_name(words) if words else core
        if len(name_tokens(best)) == 1 and core != best:
            hon = best[: len(best) - len(core)].strip()
            hon = _SHORT_HONORIFIC.get(hon.casefold(), hon[:1].upper() + hon[1:])
            return f"{hon} {cased}"
        return cased


class _Registry:
    """The people of an event: label names first, then names the text gives."""

    def __init__(self) -> None:
        self.people: list[_Person] = []

    def add_entry(self, key: str, name: str) -> None:
        self.people.append(_Person(name_tokens(name), [name], key))

    def find(self, tokens: tuple[str, ...]) -> _Person | None:
        """The one person these tokens can name; None when nobody or several could be meant."""
        exact = [p for p in self.people if p.tokens == tokens]
        if len(exact) == 1:
            return exact[0]
        hits = [p for p in self.people if compatible(tokens, p.tokens)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            fulls = [p for p in hits if len(p.tokens) > len(tokens)]
            # "Howaldt" matches "Jürgen Howaldt" and the partial "Professor Howaldt": same person
            if len({p.tokens for p in fulls}) == 1:
                return fulls[0]
        return None

    def resolve(self, name: str, create: bool) -> _Person | None:
        toks = name_tokens(name)
        if not toks or all(len(t) == 1 for t in toks):
            return None
        p = self.find(toks)
        if p is None:
            if not create or any(compatible(toks, q.tokens) for q in self.people):
                return None          # ambiguous: "Williams" with two Williamses
            p = _Person(toks, [name])
            self.people.append(p)
        elif name not in p.variants:
            p.variants.append(name)
            if len(toks) > len(p.tokens) and p.entry is None:
                p.tokens = toks
        return p


def _gather_mentions(turns: Sequence[Turn], analyses, known: list[str], ner: bool = True) -> list[list[Mention]]:
    out = []
    uncased = _uncased(turns)
    cased = cased_copies([t.text for t in turns], turns[0].language or "en") if uncased and turns else []
    for i, turn in enumerate(turns):
        a = analyses[i] if analyses is not None else None
        if uncased:
            # a recogniser that writes all in lower case ("my name is priya raman i'm head of research at the
            # bridgeway foundation"): names are looked for in a copy with the capitals a writer would put (of the
            # same length: mentions point into the turn's own text), vouched for by the moves that say them, as
            # in a language with no NER model (which tags nothing in lower case)
            out.append(find_mentions(cased[i], i, (), a.sentences if a else (), known, ner=False))
        else:
            out.append(find_mentions(turn.text, i, a.entities if a else (), a.sentences if a else (), known, ner))
    return out


def _uncased(turns: Sequence[Turn]) -> bool:
    """Whether the transcript is written all in lower case, as some recognisers write it."""
    letters = [c for t in turns for c in t.text[:2000] if c.isalpha()]
    return len(letters) >= 200 and sum(c.isupper() for c in letters) < 0.003 * len(letters)


# the words after which a lower-case transcript says a name: "my name is priya raman", "we have declan mcallister",
# "thanks priya", « je m'appelle … », « merci … »
_NAME_CUE = re.compile(
    r"(?i)\b(?:(?P<one>thanks|thank\s+you|merci|welcome|bienvenue)|my\s+name\s+is|my\s+name['’]s|i['’]m|i\s+am|this\s+is"
    r"|we\s+have|we['’]ve\s+got|joined\s+by|last\s+but\s+not\s+least|and\s+finally|je\s+m['’]appelle|je\s+suis"
    r"|moi\s+c['’]est|nous\s+avons|on\s+a|bienvenue\s+à|la\s+parole\s+à|avec\s+nous)\s+")
# ... before which one is addressed: "so declan let's start with you", « fatou à vous »
_ADDRESS_CUE = re.compile(r"(?i)\s+(?:let['’]s\s+start\s+with\s+you|over\s+to\s+you|can\s+you|could\s+you|what\s+do"
                          r"\s+you|your\s+turn|à\s+vous|je\s+vous\s+laisse|vous\s+avez\s+la\s+parole)\b")
_ORG_CUE = re.compile(r"(?i)\b(?:at|from|of|for|with|à|de|du|chez)\s+(?:the|la|le|l['’])\s*")


def cased_copies(texts: Sequence[str], language: str) -> list[str]:
    """Copies of lower-case ``texts`` (same lengths) with the capitals a writer would put on the names said after
    a cue (see _NAME_CUE), on each later occurrence of those names, and on an organisation's words after "at the",
    « de la »: what the mention finder needs to see a name."""
    from .takeaways import _stop_words

    stop = _stop_words(language) | _stop_words("en") | {
        "everyone", "everybody", "all", "you", "guys", "so", "and", "i'm", "i've", "i'd", "i'll", "it's", "that's",
        "we're", "you're", "they're", "there's", "let's", "c'est", "j'ai", "much", "very", "again", "both", "lot",
        # (what the thanks are for: "hi thank you great talk i'm a councillor in bradford" named "Great Talk")
        "great", "good", "lovely", "brilliant", "excellent", "fantastic", "wonderful", "amazing", "interesting",
        "fascinating", "nice", "super", "talk", "presentation", "speech", "session", "panel", "question", "point",
        "beaucoup", "bravo", "superbe", "belle", "excellente", "intervention", "présentation", "exposé"}

    def word_ok(w: str) -> bool:
        return w.replace("'", "").replace("’", "").isalpha() and len(w) >= 2 and w.casefold() not in stop

    names: set[str] = set()
    pauses: list[set[int]] = []   # where a writer would have put a comma: after the name, before the hand-off
    for text in texts:
        pause: set[int] = set()
        for m in _NAME_CUE.finditer(text):
            words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[m.end():m.end() + 60]))[:3]
            run = []
            for w in words:
                if not word_ok(w.group()):
                    break
                run.append(w)
            # (a first and last name, or a first name thanked: "i'm head of research" names nobody)
            if 2 <= len(run) <= 3 or (m["one"] and len(run) == 1):
                names.update(x.group().casefold() for x in run)
                pause.add(m.end() + run[-1].end())
        for m in _ADDRESS_CUE.finditer(text):
            before = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, m.start() - 40):m.start()])
            if before and word_ok(before[-1]):
                names.add(before[-1].casefold())
                pause.add(m.start())
        pauses.append(pause)
    out = []
    for text, pause in zip(texts, pauses):
        chars = list(text)
        for at in pause:
            if at < len(chars) and chars[at] == " ":
                chars[at] = ","

        def cap(start: int) -> None:
            up = chars[start].upper()
            if len(up) == 1:
                chars[start] = up

        for m in re.finditer(r"[^\W\d_][\w'’-]*", text):
            if m.group().casefold() in names:
                cap(m.start())
        for m in _ORG_CUE.finditer(text):
            last = None
            for k, w in enumerate(re.finditer(r"[^\W\d_][\w'’-]*", text[m.end():m.end() + 80])):
                if k >= 4 or not word_ok(w.group()):
                    break
                cap(m.end() + w.start())
                last = m.end() + w.end()
            if last is not None and last < len(chars) and chars[last] == " ":
                chars[last] = ","    # (where the organisation's name ends: "at the European Commission, then we…")
        out.append("".join(chars))
    return out


def _next_speaking(turns: Sequence[Turn], turn_keys: list[str], i: int) -> int | None:
    """The turn of the next other speaker after turn ``i``, skipping a short interjection or two."""
    for k in range(i + 1, min(len(turns), i + 3)):
        if turn_keys[k] == turn_keys[i]:
            return None
        if len(re.findall(r"\w+", turns[k].text)) >= 4:     # ASR spaces out punctuation: count words
            return k
    return None


def build_directory(turns: Sequence[Turn], language: str = "en", analyses: Sequence | None = None,
                    use_ner: bool = True, header: Sequence[str] = ()) -> SpeakerDirectory:
    """Build the directory: labels, then introductions, self-introductions, hand-offs and thanks."""
    entries, turn_keys = _label_entries(turns, language if use_ner else None)
    _cast(entries, header)
    _programme(entries, header)
    _members_present(entries, header)
    _spelled_as_written(entries, turns)
    _merge_labels(entries, turn_keys, turns)
    _interviewer(entries, turn_keys)
    _chair_label(entries, turn_keys, turns)

    known = [e.name for e in entries.values() if e.name]
    # (a language with no NER model: names are vouched for by the moves that say them, « Carmen Aznar, bienvenida »)
    from .nlp import has_model

    ner = not use_ner or analyses is None or has_model(language)
    mentions = _gather_mentions(turns, analyses, known, ner)
    # a name the text vouches for once (an honorific, a PERSON tag) vouches for its variants elsewhere:
    # "Dr. Nadia Okafor" makes the later "Nadia, over to you" a name, which NER alone may miss
    # (in a transcript all in lower case the moves vouch, as with no NER model: see _gather_mentions)
    moves_vouch = not ner or _uncased(turns)
    vouched = [m.name for ms in mentions for m in ms if m.name and (
        m.ner_person or m.name != strip_titles(m.name)
        or moves_vouch and m.kind in ("introduction", "self", "address") and len(m.tokens) >= 2)]
    if set(vouched) - set(known):
        mentions = _gather_mentions(turns, analyses, known + sorted(set(vouched) - set(known)), ner)
    registry = _Registry()
    for key, e in entries.items():
        if e.name and e.kind in ("person", "moderator"):
            registry.add_entry(key, e.name)

    # who each mention names: full names first, so that "Nadia" finds "Nadia Okafor"
    resolved: dict[tuple[int, int], _Person] = {}
    flat = [m for ms in mentions for m in ms if m.name]
    for m in sorted(flat, key=lambda m: -len(m.tokens)):
        p = registry.resolve(m.name, create=True)
        if p is not None:
            resolved[(m.turn, m.start)] = p

    _one_voice(entries, turn_keys, mentions, resolved)
    if use_ner:
        _drop_organisations(entries, turn_keys, registry, resolved, language)

    _enrich_named(entries, turn_keys, turns, mentions, resolved)
    _own_full_name(entries, turns)
    # (under the Chatham House rule an anonymous voice stays so: no name is guessed for it)
    chatham = any(CHATHAM_HOUSE.search(text) for text in [*header, *(t.text for t in turns[:60])])
    if not chatham:
        _name_anonymous(entries, turn_keys, turns, mentions, resolved, registry)
        _guest_of_the_standfirst(entries, turn_keys, turns, mentions)
    else:
        for e in entries.values():
            if e.kind == "anonymous" and not e.name:
                e.evidence.append(("name", CHATHAM_EVIDENCE))
    _decide_roles(entries, turn_keys, turns, mentions, resolved)
    _section_chairs(entries, turn_keys, turns, mentions, resolved)
    _part_chairs(entries, turn_keys, turns)
    _room_voices(entries, turn_keys, turns)
    _chair_in_header(entries, header)
    _whole_org_names(entries, turns, header)
    for e in entries.values():
        if e.name:
            # (a party after a Dutch « van de » is no part of the name: « mevrouw Öztürk van de PvdA », « van D66 »)
            e.name = re.sub(r"\s+(?:van|von)\s+(?:de\s+|der\s+|het\s+)?(?:[A-Z]{2,}\w*|[A-Z][a-z]+[A-Z]\w*|[A-Z]\d+)$", "",
                            e.name)
    for e in entries.values():
        if e.affiliation and not e.country:
            code = institution_country(e.affiliation)
            if code:
                e.set("country", country_name(code, language),
                      f"'{e.affiliation}' is a national body of {country_name(code, 'en')}")
    return _records(entries, turn_keys, turns)


_SECOND_OPINION = {"en": "fr", "fr": "en"}
# the floor opened to the room
FLOOR = re.compile(
    r"(?i:questions?\s+(?:dans|de|depuis)\s+la\s+salle|(?:questions?|hands?)\s+(?:from|in)\s+the\s+(?:floor|audience"
    r"|room)|(?:monsieur|madame|vous|là-bas|là|oui),?\s+au\s+fond\b|au\s+fond\s+(?:de\s+la\s+salle|à\s+(?:gauche|droite))"
    r"|(?:the\s+)?(?:gentleman|lady|person)\s+(?:at|in)\s+the\s+(?:back|front)|le\s+micro"
    r"\s+(?:circule|va\s+circuler|à\s+la\s+salle)|la\s+parole\s+(?:est\s+)?à\s+la\s+salle|open\s+(?:it\s+)?(?:up\s+)?"
    r"to\s+(?:the\s+)?(?:floor|audience|questions)|ouvr(?:ir|ons|e)\s+(?:aux|les)\s+questions"
    r"|(?:questions?|quelqu['’]un)\s+dans\s+le\s+public|au\s+(?:premier|\w+ième|dernier)\s+rang"
    # « Sí, la señora de la tercera fila. », "turno de preguntas", « Una domanda dal pubblico »
    r"|(?:señora|señor|caballero|chica|chico)\s+de\s+la\s+(?:primera|segunda|tercera|cuarta|quinta|última|\w+)\s+fila"
    r"|(?:turno\s+de\s+)?preguntas?\s+(?:del|en\s+el)\s+público|domande?\s+dal\s+pubblico"
    r"|fragen?\s+aus\s+dem\s+publikum)")
_EVENT_NOUN = (r"(?:\w+\s+){0,3}?(?:meeting|session|panel|debate|discussion|committee|conference|webinar|roundtable"
               r"|round\s+table|event|hearing|forum|workshop|seminar|symposium|séance|réunion|table\s+ronde|débat"
               r"|conférence|commission|atelier|rencontre|colloque|webinaire|assemblée|conseil|soirée"
               r"|matinée|journée)\b")
_CHAIRS = re.compile(
    r"(?i:\bI(?:['’]m|\s+am|['’]ll\s+be|\s+will\s+be)?\s+(?:chairing|moderating|hosting|facilitating|chair|moderate"
    r"|host|facilitate)\s+(?:this|the|our|today['’]s|tonight['’]s)\s+" + _EVENT_NOUN +
    r"|\bI(?:['’]m|\s+am|['’]ll\s+be|\s+will\s+be)\s+(?:your|the|today['’]s|tonight['’]s)\s+(?:chair|moderator|host"
    r"|facilitator|chairperson|chairman|chairwoman|master\s+of\s+ceremonies)\b"
    r"|\b(?:pleasure|privilege|honou?r)\s+(?:to|of)\s+(?:open(?:ing)?|chair(?:ing)?|moderat(?:e|ing)|host(?:ing)?)"
    r"\s+(?:this|the|our|today['’]s|tonight['’]s)\s+" + _EVENT_NOUN +
    r"|\bj['’]ai\s+le\s+(?:plaisir|privilège|grand\s+plaisir|honneur)\s+d['’](?:ouvrir|animer|modérer|présider)\s+"
    r"(?:cette|ce|cet|la|le|l['’]|notre)\s*" + _EVENT_NOUN +
    r"|\b(?:je\s+(?:préside|modère|vais\s+(?:animer|modérer|présider))|j['’]anime)\s+(?:cette|ce|cet|la|le|l['’]|notre)\s*"
    + _EVENT_NOUN +
    r"|\bje\s+suis\s+(?:votre|le|la|l['’])\s*(?:modérat(?:eur|rice)|animat(?:eur|rice)|président(?:e)?\s+de\s+séance)\b"
    r"|\bc['’]est\s+moi\s+qui\s+(?:vais\s+)?(?:anime|animer|modère|modérer|préside|présider)\b"
    # German, Spanish, Italian: « ich darf heute Abend moderieren », « ich führe durch den Abend », « seré la
    # moderadora », « sono la moderatrice »
    r"|\bich\s+(?:darf|werde|möchte)\s+(?:\w+\s+){0,3}?(?:moderieren|durch\s+den\s+(?:abend|tag|nachmittag)\s+führen)\b"
    r"|\bich\s+(?:moderiere|führe\s+(?:\w+\s+)?durch)\b|\b(?:seré|soy)\s+(?:la|el|su|vuestr[ao])\s+moderador(?:a)?\b"
    r"|\b(?:sarò|sono)\s+(?:la|il|il\s+vostro|la\s+vostra)\s+moderat(?:ore|rice)\b)")


ONE_VOICE_KEY = "one voice"
# an event held under the Chatham House rule: its anonymous voices stay anonymous
CHATHAM_HOUSE = re.compile(r"(?i:chatham\s+house)")
CHATHAM_EVIDENCE = "kept anonymous: the event is held under the Chatham House rule"


def _chair_label(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn]) -> None:
    """A label that only says "the chair" (« Moderatorin: », "MODERATOR:") is the person labelled by name who opened
    the event saying they chair it (« Julia Brandt: … Ich bin Julia Brandt … und ich darf heute Abend moderieren »):
    two entries were one voice, and the named one was listed among the speakers, not as the moderator."""
    chairs = [k for k, e in entries.items() if e.kind == "moderator" and not e.name]
    if len(chairs) != 1 or not turn_keys:
        return
    first = turn_keys[0]
    e = entries.get(first)
    if e is None or e.kind != "person" or not e.name or not _CHAIRS.search(turns[0].text[:1500]) \
            or min(entries[chairs[0]].turns) < min(e.turns):
        return
    raw = entries[chairs[0]].raw
    _move(entries, turn_keys, chairs[0], first)
    e.kind = "moderator"
    e.evidence.append(("labels", f"'{raw}' is the chair who opened the event saying so"))


def _interviewer(entries: dict[str, _Entry], turn_keys: list[str]) -> None:
    """An interview labelled "Q:" and "A:": "Q" opens the event and alternates with one other voice, so it is one
    person, the interviewer (named by "I'm Sarah Lindqvist…" like any numbered voice), not the room: the podcast's
    host was printed « Audience member », her challenge "According to an audience member, …"."""
    # (the standfirst above it is nobody's: see text._qa_standfirst)
    keys = [k for k in turn_keys if k in entries and entries[k].kind not in ("narration", "interpreter")]
    if not keys:
        return
    q = keys[0]
    e = entries[q]
    if e.kind != "audience" or e.raw.strip(" .:").casefold() not in ("q", "question", "interviewer") \
            or len(set(keys)) != 2 or len(e.turns) < 3:
        return
    switches = sum(1 for a, b in zip(keys, keys[1:]) if a != b)
    if switches >= 0.8 * (len(keys) - 1):
        e.kind = "anonymous"
        e.interviewer = True
        e.evidence.append(("labels", f"'{e.raw}' opens the interview and asks every question: one voice"))


_BYLINE = re.compile(r"(?i:(?:propos\s+recueillis|entretien\s+(?:réalisé|mené)|interview(?:ed)?|interrogée?|questions)"
                     r"\s+(?:par|by)\s+|\bby\s+|\bpar\s+)$")


def _guest_of_the_standfirst(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn],
                             mentions: list[list[Mention]]) -> None:
    """An interview's guest, whom only its standfirst names (« …, Hélène Marchetti travaille depuis quinze ans sur la
    précarité alimentaire… » above « Q : » / « R : »): the one person the standfirst names, when one voice answers
    (every quote was « Intervenant·e 2 »)."""
    asker = [e for e in entries.values() if e.interviewer]
    guests = [e for e in entries.values() if not e.interviewer and e.kind in ("anonymous", "person", "audience")
              and e.turns]
    if len(asker) != 1 or len(guests) != 1 or guests[0].name:
        return
    named = {m.name: m for i, key in enumerate(turn_keys) if entries.get(key) is not None
             and entries[key].kind == "narration" for m in mentions[i]
             if m.name and (m.ner_person or len(m.tokens) >= 2) and len(m.tokens) >= 2}
    # (the journalist's byline names the one who asks: « Propos recueillis par Julien Lemaire », "Interview by …")
    for name, m in list(named.items()):
        if _BYLINE.search(turns[m.turn].text[max(0, m.start - 40):m.start]):
            del named[name]
            if not asker[0].name:
                asker[0].name = strip_titles(name)
                asker[0].evidence.append(("name", f"the standfirst's byline ({_where(turns, m.turn, m.start)})"))
    if len(named) == 1:
        m = next(iter(named.values()))
        g = guests[0]
        g.name, g.confidence = strip_titles(m.name), 0.9
        where = _where(turns, m.turn, m.start)
        g.evidence.append(("name", f"the only person the interview's standfirst names ({where})"))
        _fill_from(g, m, entries, turn_keys, turns)
        # (what she is, said before her name: « Économiste, directrice de recherche au CNRS…, Hélène Marchetti… »)
        text = turns[m.turn].text
        before = text[max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1:m.start].strip()
        if before.endswith(","):
            title, org, country = describe(", " + before.rstrip(" ,"))
            g.set("title", title, f"the standfirst ({where})")
            g.set("affiliation", org, f"the standfirst ({where})")
            g.set("country", country, f"the standfirst ({where})")


def _one_voice(entries: dict[str, _Entry], turn_keys: list[str], mentions: list[list[Mention]],
               resolved: dict[tuple[int, int], _Person]) -> None:
    """A transcript with no speaker label at all whose opening has the speaker say who they are ("So my name is
    Sarah Whitfield, I run the urban transport programme at the Kingsbridge Institute") is that person's talk: its
    paragraphs become one anonymous voice, which the self-introduction then names. Only when nobody else says who
    they are, is introduced or is handed the floor: an unlabelled panel stays unidentified rather than be put in
    one mouth. (A keynote's quotes had all gone to "Unidentified speaker".)"""
    if not turn_keys or any(k != UNKNOWN_ID for k in turn_keys):
        return
    people = {id(p) for ms in mentions for m in ms if m.kind in ("self", "introduction", "address")
              and (p := resolved.get((m.turn, m.start))) is not None}
    opening = [m for ms in mentions[:2] for m in ms if m.kind == "self" and (m.turn, m.start) in resolved]
    if len(people) != 1 or not opening or len(opening[0].tokens) < 2:
        return
    entries[ONE_VOICE_KEY] = _Entry(key=ONE_VOICE_KEY, kind="anonymous", name=None, raw="Speaker",
                                   turns=list(range(len(turn_keys))))
    entries[ONE_VOICE_KEY].evidence.append(("labels", "no labels: one voice, who says who they are at the start"))
    turn_keys[:] = [ONE_VOICE_KEY] * len(turn_keys)


def _drop_organisations(entries: dict[str, _Entry], turn_keys: list[str], registry: _Registry,
                        resolved: dict[tuple[int, int], _Person], language: str) -> None:
    """A label that is only an organisation's name ("ESSEC Business School: ...") names no person."""
    mentioned = {p.entry for p in resolved.values() if p.entry}
    for key, e in entries.items():
        if e.kind != "person" or not e.name or e.affiliation or key in mentioned:
            continue
        ner = _ner_labels(e.name, language)
        keyword = bool(_ORG_WORDS.search(e.name))
        # the small NER models call many non-English names ORG: all carriers must agree, with no PERSON
        ner_org = bool(ner) and all(x == "ORG" for x in ner)
        if ner_org and not keyword and language in _SECOND_OPINION:
            # (and English's calls "Nadia Okafor" and "Amara Diallo" ORG where French's calls them PER: a name
            # the other pipeline reads as a person in every carrier is a person's)
            ner_org = not all(x in ("PER", "PERSON") for x in _ner_labels(e.name, _SECOND_OPINION[language]))
        if keyword and not any(x in ("PER", "PERSON") for x in ner) or ner_org:
            e.kind = "organisation"
            e.affiliation = e.raw       # as written: "ESSEC Business School", not a reordered "name"
            e.name = None
            e.evidence = [("affiliation", f"label '{e.labels[0]}' names an organisation")]
            registry.people = [p for p in registry.people if p.entry != key]


_FIRST_PERSON_WORDS = re.compile(r"(?i)(?<![\w'’])(?:ik|je|j['’]|I|me|my|mon|ma|mes|mijn|ich|mein|meine|io|yo|mi)(?![\w'’])")


def _enrich_named(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn],
                  mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person]) -> None:
    """Fill affiliation, country and title of labelled speakers from introductions, then from their own words."""
    for ms in mentions:
        for m in ms:
            p = resolved.get((m.turn, m.start))
            if p is None or p.entry is None or p.entry not in entries:
                continue
            e = entries[p.entry]
            if turn_keys[m.turn] == p.entry and m.kind != "self" and not (
                    # ... save by their full name and post: « Marc Delorme, journaliste à La Gazette des communes, je
                    # vais animer cette dernière session » (he was printed bare)
                    m.kind == "introduction" and not m.listed and (m.title or m.affiliation) and e.name
                    and len(m.tokens) >= 2 and m.tokens == name_tokens(e.name)
                    # (in words of their own, read as they are: « Mijn naam is Sanne de Vries, ik ben journalist bij
                    # Het Groene Dagblad en ik ben vanmiddag jullie dagvoorzitter » gave the title « ik ben journalist »)
                    and not _FIRST_PERSON_WORDS.search(f"{m.title or ''} {m.affiliation or ''}")):
                continue            # people do not introduce themselves in the third person
            how = _fill_from(e, m, entries, turn_keys, turns)
            # a label that says only "Anna" becomes "Anna Seravalli" when an introduction says so
            # (or the surname's initial: "Marc D.: Oui, bonjour, merci. Marc Dumont, je suis élu à Guéret")
            own = name_tokens(e.name or "")
            if e.name and (len(own) == 1 or len(own) == len(m.tokens) and len(own[-1]) == 1 < len(m.tokens[-1])) \
                    and full_name(m.tokens) and compatible(own, m.tokens):
                e.name = _Person(m.tokens, [m.name]).display()
                e.evidence.append(("name", how))
    for ms in mentions:
        for m in ms:
            if m.kind != "describe":
                continue
            e = entries.get(turn_keys[m.turn])
            # (a room label heard more than once gathers several people: one's organisation is nobody's, and was
            # printed under the next one's question)
            if e is not None and e.kind != "organisation" and not e.described \
                    and not (e.kind == "audience" and len(e.turns) > 1):
                _fill_from(e, m, entries, turn_keys, turns)


def _fill_from(e: _Entry, m: Mention, entries: dict[str, _Entry], turn_keys: list[str],
               turns: Sequence[Turn]) -> str:
    """Fill the fields of ``e`` that ``m`` states and ``e`` lacks; return how, for the evidence."""
    where = _where(turns, m.turn, m.start)
    if m.kind == "describe":
        how = f"own words ({where})"
    elif m.kind == "self":
        how = f"self-introduction ({where})"
    else:
        by = entries.get(turn_keys[m.turn])
        how = f"introduced by {by.name if by is not None and by.name else 'another speaker'} ({where})"
    if not e.described:         # "Mme Laura Petit (service voirie, Ville)": the label's words are printed
        e.set("affiliation", m.affiliation, how)
        e.set("country", m.country, how)
    if e.title and m.title and len(e.title.split()) == 1 and len(m.title.split()) >= 2 and e.labels \
            and ("title", f"label '{e.labels[0]}'") in e.evidence:
        # a label's one generic word ("Officer (Environment Agency)") gives way to the post an introduction says
        # ("area flood risk manager")
        e.evidence.remove(("title", f"label '{e.labels[0]}'"))
        e.title = None
    e.set("title", m.title, how)
    return how


@dataclass(frozen=True)
class _Hint:
    """One piece of evidence that anonymous label ``key`` is person ``person``."""

    key: str
    person: int
    weight: float
    kind: str          # self | handoff | thanks
    source: int        # the turn whose words give the hint
    why: str


def _hints(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn],
           mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person],
           person_id: dict[int, int]) -> tuple[list[_Hint], dict[str, set[int]]]:
    """Every hint about anonymous labels, and the people each label speaks of in the third person."""
    hints: list[_Hint] = []
    not_them: dict[str, set[int]] = defaultdict(set)

    def anonymous(turn: int) -> bool:
        e = entries.get(turn_keys[turn])
        # audience labels ("Question de la salle") gather many people: only an anonymous label is one voice, or a
        # post (« Mme la Ministre » is named by « Amélie Dupont, ministre du Logement, vous avez la parole »)
        # (and a chair labelled only as such, "MODERATOR:", who says "My name is Anna Keller")
        return e is not None and (e.kind in ("anonymous", "role") or e.kind == "moderator" and not e.name)

    def one_from_the_room(turn: int) -> bool:
        # ... but a room label that speaks once is one person, named by their own words: "Audience Member: Hi, I'm
        # Sarah Lin, I'm a planning officer at Salford City Council." (her post was taken, her name was not)
        e = entries.get(turn_keys[turn])
        return e is not None and e.kind == "audience" and len(e.turns) == 1

    introduced = _introduced_people(mentions, resolved)
    for i, ms in enumerate(mentions):
        # "Suzy, you're down to do that one -- sorry, Siân.": the floor goes to the last person named
        handing = [m for m in ms if m.kind in ("introduction", "address") and m.at_end and not m.listed
                   and (m.turn, m.start) in resolved]
        last = max((m.start for m in handing), default=None)
        for m in ms:
            p = resolved.get((m.turn, m.start))
            if p is None:
                continue
            n = person_id[id(p)]
            where = _where(turns, i, m.start)
            if m.kind != "self":
                not_them[turn_keys[i]].add(n)
            if m.kind == "self" and ROOM_CALL.search(turns[i].text[:m.start]):
                # someone from the room who says who they are inside the chair's turn (a diarizer gave them the
                # chair's voice: « Une dernière question. Madame, là-bas. Oui, bonjour, Anne Lemoine, architecte. »)
                continue
            if m.kind == "self" and (anonymous(i) or one_from_the_room(i)):
                hints.append(_Hint(turn_keys[i], n, _W_SELF, "self", i, f"self-introduction ({where})"))
            elif m.kind in ("introduction", "address") and m.at_end and not m.listed and m.start == last:
                k = _next_speaking(turns, turn_keys, i)
                if k is not None and anonymous(k):
                    # a bare "Steve." is a name for sure once "Steve Davies" was introduced to the room
                    weak = m.weak and id(p) not in introduced
                    hints.append(_Hint(turn_keys[k], n, _W_HANDOFF * (0.5 if weak else 1.0), "handoff", i,
                                       f"given the floor just before ({where})"))
            elif m.kind == "thanks" and m.at_start and i > 0 and turn_keys[i - 1] != turn_keys[i] \
                    and anonymous(i - 1):
                hints.append(_Hint(turn_keys[i - 1], n, _W_THANKS, "thanks", i, f"thanked by name just after ({where})"))
    hints += _role_hints(turns, turn_keys, mentions, resolved, person_id, anonymous)
    hints += _office_label_hints(entries, turns, mentions, resolved, person_id)
    return hints, not_them


def _introduced_people(mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person]) -> set[int]:
    """ids of the people introduced to the room by first and last name (or who gave both themselves)."""
    return {id(p) for ms in mentions for m in ms if m.kind in ("introduction", "self") and len(m.tokens) >= 2
            and (p := resolved.get((m.turn, m.start))) is not None}


# Offices people are addressed by instead of their name ("Thank you, Minister", « Merci Madame la
# Ministre », "The honourable minister."). The chair's own office is left out: "Thank you, Chair" and
# « Monsieur le Président » address whoever chairs, whom the introductions rarely name as such.
_OFFICES = {
    "minister": r"minist(?:er|re)", "secretary": r"secretary\s+of\s+state|secrétaire\s+d['’]état",
    "commissioner": r"commissioner|commissaire", "ambassador": r"ambassad(?:or|eur|rice)",
    "mayor": r"mayor|maire", "professor": r"professor|professeure?", "governor": r"governor|gouverneure?",
    "senator": r"senator|sénat(?:eur|rice)", "rapporteur": r"rapporteure?", "deputy": r"députée?",
}
_OFFICE = "|".join(f"(?P<{k}>{v})" for k, v in _OFFICES.items())
_OFFICE_HON = (r"(?:(?:madame|monsieur|madam|mister|mr\.?|mrs\.?|ms\.?)\s+)?(?:(?:le|la|l['’])\s*)?"
               r"(?:(?:the\s+)?(?:right\s+)?honou?rable\s+)?(?:deputy\s+|vice-)?")
_OFFICE_THANKS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|well|great|right|so|oui|bon|alors|très\s+bien)[,.!]?\s+)?"
    r"(?:thank\s+you(?:\s+(?:very|so)\s+much)?|thanks(?:\s+(?:very|so)\s+much)?|many\s+thanks"
    rf"|merci(?:\s+(?:beaucoup|bien|infiniment))?|je\s+vous\s+remercie)\s*,?\s+{_OFFICE_HON}(?:{_OFFICE})\b",
    re.IGNORECASE)
_OFFICE_FLOOR = re.compile(
    rf"(?:^|[.!?…]\s+)(?:(?:over\s+to\s+you|go\s+ahead|please|à\s+vous|la\s+parole\s+est\s+à)\s*,?\s+)?"
    rf"{_OFFICE_HON}(?:{_OFFICE})(?:\s*,\s*(?:please|go\s+ahead|over\s+to\s+you|the\s+floor\s+is\s+yours"
    r"|vous\s+avez\s+la\s+parole|à\s+vous|allez-y|je\s+vous\s+en\s+prie))?\s*[.!?…]?\s*$",
    re.IGNORECASE)


def _office_of(match: re.Match[str]) -> str:
    return next(k for k in _OFFICES if match.group(k))


def _role_hints(turns: Sequence[Turn], turn_keys: list[str], mentions: list[list[Mention]],
                resolved: dict[tuple[int, int], _Person], person_id: dict[int, int], anonymous) -> list[_Hint]:
    """Hints from addresses by office ("Thank you, Minister" after the minister spoke, "Minister." before).

    An office names a person only when exactly one person of the event was introduced with it, and only
    when the addresses agree: if they follow several voices, several people hold it (or none of those
    introduced) and every such hint is dropped.
    """
    holders: dict[str, set[int]] = defaultdict(set)
    for ms in mentions:
        for m in ms:
            p = resolved.get((m.turn, m.start))
            if p is None or not m.title or m.kind not in ("introduction", "self", "describe"):
                continue
            for office, rx in _OFFICES.items():
                if re.search(rf"\b(?:{rx})", m.title, re.IGNORECASE):
                    holders[office].add(person_id[id(p)])
    if not holders:
        return []
    found: list[_Hint] = []
    for i, turn in enumerate(turns):
        text = turn.text.strip()
        m = _OFFICE_THANKS.match(text)
        if m and i > 0 and turn_keys[i - 1] != turn_keys[i] and anonymous(i - 1):
            office = _office_of(m)
            if len(holders.get(office, ())) == 1:
                found.append(_Hint(turn_keys[i - 1], next(iter(holders[office])), _W_THANKS, "office", i,
                                   f"thanked as '{m.group(office)}' just after ({_where(turns, i)})"))
        m = _OFFICE_FLOOR.search(text[-120:])
        if m:
            office = _office_of(m)
            k = _next_speaking(turns, turn_keys, i)
            if k is not None and anonymous(k) and len(holders.get(office, ())) == 1:
                found.append(_Hint(turn_keys[k], next(iter(holders[office])), _W_HANDOFF, "office", i,
                                   f"given the floor as '{m.group(office)}' just before ({_where(turns, i)})"))
    voices: dict[int, Counter] = defaultdict(Counter)
    for h in found:
        voices[h.person][h.key] += 1
    return [h for h in found if voices[h.person][h.key] >= 0.8 * sum(voices[h.person].values())]


# what makes an office in a description someone else's, or past: « conseiller du ministre », "adviser to the
# minister", « ancienne ministre »
_NOT_HELD = re.compile(r"(?:\b(?:du|des|de\s+la|de\s+l'|d'|de|of(?:\s+the)?|to\s+the|au|aux|a\s+la|aupres\s+d\w*"
                       r"|ancien(?:ne)?|former|ex)[\s-]*)$")


def _holds(office: str, description: str) -> bool:
    """Whether a (folded) description says the person holds the office itself."""
    return any(not _NOT_HELD.search(description[:m.start()])
               for m in re.finditer(rf"(?<![\w'-])(?:{office})(?![\w'-])", description))


def _office_label_hints(entries: dict[str, _Entry], turns: Sequence[Turn], mentions: list[list[Mention]],
                        resolved: dict[tuple[int, int], _Person], person_id: dict[int, int]) -> list[_Hint]:
    """A label that is an office (« Le Sénateur : », « Mme la Rapporteure : », "THE MINISTER:") is the one person
    introduced with it and labelled by no name of their own; where two hold it, the one introduced in the label's
    own form: « notre collègue Philippe Garnier, sénateur de la Creuse » and « Mme Corinne Vasseur, sénatrice de
    l'Orne et rapporteure de notre mission » (both labels were printed as they stood)."""
    labelled = {person_id[id(p)] for p in resolved.values() if p.entry in entries and entries[p.entry].name}
    said: dict[int, list[tuple[str, int, int]]] = defaultdict(list)     # person -> (description, turn, offset)
    for ms in mentions:
        for m in ms:
            p = resolved.get((m.turn, m.start))
            if p is None or not (m.title or m.affiliation) or m.kind not in ("introduction", "self", "describe"):
                continue
            # what the sentence says after the name, up to the next person named ("… et rapporteure de notre
            # mission", which the title parsed, « sénatrice de l'Orne », leaves out)
            text = turns[m.turn].text
            stop = min([x.start for x in ms if x.start > m.start] + [len(text)])
            end = re.search(r"[.!?…](?:\s|$)", text[m.end:stop])
            said[person_id[id(p)]].append((fold(text[m.end:m.end + end.start()] if end else text[m.end:stop]),
                                          m.turn, m.start))
    wanted: dict[str, tuple[list[int], list[int]]] = {}
    for key, e in entries.items():
        if e.kind != "role" or e.name or not e.label_role:
            continue
        post = POST_PREFIX.sub("", e.label_role).strip()
        office = next((rx for rx in _OFFICES.values() if re.match(rf"(?:{rx})\b", post, re.IGNORECASE)), None)
        if office is None:
            continue
        form = re.escape(fold(post.split()[0]))
        holders = [n for n, ds in said.items() if n not in labelled and any(_holds(fold(office), d) for d, _, _ in ds)]
        exact = [n for n in holders if any(_holds(form, d) for d, _, _ in said[n])]
        wanted[key] = (exact, holders)
    found: list[_Hint] = []
    taken: set[int] = set()
    while True:
        picks = {}
        for key, (exact, holders) in wanted.items():
            left = [n for n in exact if n not in taken] or [n for n in holders if n not in taken]
            if len(left) == 1:
                picks[key] = left[0]
        if not picks:
            return found
        for key, n in picks.items():
            _, t, start = said[n][0]
            found.append(_Hint(key, n, _W_HANDOFF, "office", t,
                               f"the office of its label, said of the person introduced at {_where(turns, t, start)}"))
            taken.add(n)
            del wanted[key]


def _decide(hints: list[_Hint], not_them: dict[str, set[int]]) -> list[tuple[float, float, str, int, list[str]]]:
    """Best person per label with its confidence: (confidence, score, label key, person, reasons), best first."""
    per_source: dict[tuple[int, int, str], _Hint] = {}
    for h in hints:
        # "Let's go to Mr. Masse. Go ahead, Mr. Masse.": one turn hands over once
        k = (h.source, h.person, h.key)
        if k not in per_source or h.weight > per_source[k].weight:
            per_source[k] = h
    scores: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    strongest: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    reasons: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for h in per_source.values():
        if h.person in not_them[h.key]:
            continue        # the label speaks of that person in the third person: this hint misfired
        scores[h.key][h.person] += h.weight
        strongest[h.key][h.person] = max(strongest[h.key][h.person], h.weight)
        reasons[h.key][h.person].append(h.why)
    out = []
    for key, by_person in scores.items():
        total = sum(by_person.values())
        best = max(by_person, key=lambda n: by_person[n])
        conf = by_person[best] / (total + 0.25)
        if strongest[key][best] < 1.0:
            conf = min(conf, NAME_THRESHOLD / 2)   # bare-name hints alone are never enough
        out.append((conf, by_person[best], key, best, reasons[key][best]))
    out.sort(key=lambda c: (-c[0], -c[1]))
    return out


def _assign(choices: list[tuple[float, float, str, int, list[str]]]) -> dict[str, tuple[int, float, list[str]]]:
    """Label -> (person, confidence, reasons) for confident choices; a person goes to one label only."""
    taken: set[int] = set()
    out = {}
    for conf, score, key, best, why in choices:
        if conf >= NAME_THRESHOLD and score >= 1.0 and best not in taken:
            taken.add(best)
            out[key] = (best, conf, why)
    return out


def _name_anonymous(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn],
                    mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person],
                    registry: _Registry) -> None:
    """Name anonymous labels from self-introductions, hand-offs just before and thanks just after."""
    person_id = {id(p): n for n, p in enumerate(registry.people)}
    hints, not_them = _hints(entries, turn_keys, turns, mentions, resolved, person_id)
    # A chair often thanks the member whose round of questions ends, not the witness who just answered:
    # once hand-offs and self-introductions place a person on another label, thanks to them say nothing.
    first = _assign(_decide([h for h in hints if h.kind != "thanks"], not_them))
    placed = {person: key for key, (person, _, _) in first.items()}
    kept = [h for h in hints if h.kind != "thanks" or placed.get(h.person, h.key) == h.key]
    choices = _decide(kept, not_them)
    final = _assign(choices)
    for conf, score, key, best, why in choices:
        e = entries.get(key)
        if e is None:
            continue
        if key not in final:
            e.evidence.append(("name", f"kept neutral: {len(why)} hint(s), confidence {conf:.2f} "
                                       f"(a name needs {NAME_THRESHOLD})"))
            continue
        p = registry.people[best]
        e.name = p.display()
        e.confidence = round(conf, 3)
        e.evidence.append(("name", "; ".join(why)))
        if p.entry and p.entry in entries and p.entry != key:
            # the label is a person the transcript also labels by name: one speaker
            target = entries[p.entry]
            _move(entries, turn_keys, key, p.entry)
            target.evidence.append(("labels", f"'{e.raw}' named by the text"))
        else:
            p.entry = key
            _bracket_was_the_name(e)
            _enrich_from_person(e, p, turns, turn_keys, mentions, resolved, entries)
            if e.kind == "role" and e.label_role and delegation(e.label_role):
                # "France:" named « Claire Dubois »: the delegate of France, "European Union:" of the Union
                e.set("country" if find_country(e.label_role) else "affiliation", e.label_role, f"label '{e.raw}'")
            elif e.kind == "role" and e.label_role:
                # « Ministre » of « Mme la Ministre », unless the introduction said more (« ministre du Logement »)
                e.set("title", POST_PREFIX.sub("", e.label_role), f"label '{e.raw}'")
    for e in entries.values():
        if e.kind == "anonymous" and not e.name and not any(w == "name" for w, _ in e.evidence):
            e.evidence.append(("name", "kept neutral: the transcript never names this voice"))


def _bracket_was_the_name(e: _Entry) -> None:
    """A room's or a podcast's label whose bracket holds the person's first name ("AUDIENCE MEMBER (DAVID)", then
    "Hi, David Chen, I'm a nurse at Guy's Hospital"): the bracket is no organisation (« David Chen (DAVID) »)."""
    if e.affiliation and e.name and set(name_tokens(e.affiliation)) <= set(name_tokens(e.name)):
        e.affiliation = e.country = None
        e.evidence = [x for x in e.evidence if x[0] not in ("affiliation", "country")]


def _enrich_from_person(e: _Entry, p: _Person, turns: Sequence[Turn], turn_keys: list[str],
                        mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person],
                        entries: dict[str, _Entry]) -> None:
    """Give a newly named anonymous speaker what introductions said about that person."""
    for ms in mentions:
        for m in ms:
            # (their own words count when they introduce themselves: « Je suis Nathalie Ferrand, journaliste à
            # La Dépêche »; people do not introduce themselves in the third person)
            if resolved.get((m.turn, m.start)) is p and (turn_keys[m.turn] != e.key or m.kind == "self"):
                _fill_from(e, m, entries, turn_keys, turns)


def _section_chairs(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn],
                    mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person]) -> None:
    """An event in parts (« Table ronde 1 — … », « Table ronde 2 — … ») may have a chair for each: whoever introduces
    the others of a part, twice or more and twice as often as anyone else there, chairs it (a journalist who ran
    the first round table was listed among the speakers)."""
    sections = {t.section for t in turns if t.section}
    if len(sections) < 2:
        return
    for section in sections:
        moves: dict[str, int] = defaultdict(int)
        for i, ms in enumerate(mentions):
            if turns[i].section != section:
                continue
            for m in ms:
                p = resolved.get((m.turn, m.start))
                if m.kind == "introduction" and p is not None and p.entry != turn_keys[i]:
                    moves[turn_keys[i]] += 1
        ranked = sorted(((n, k) for k, n in moves.items()
                         if k in entries and entries[k].kind not in ("audience", "narration", "interpreter")),
                        reverse=True)
        if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
            e = entries[ranked[0][1]]
            if e.role != "moderator":
                e.role = "moderator"
                e.evidence.append(("role", f"introduced the others of '{section}' {ranked[0][0]} times"))


# a part's chair saying so, in any turn: « Je suis ravi d'animer cette table ronde », "I'm delighted to chair this panel",
# « je vais animer cette dernière session », "I'm chairing this afternoon's panel on clean mobility" (both missed)
_THIS_PART = r"(?:this\s+(?:morning|afternoon|evening)['’]s|today['’]s|tonight['’]s|this|our)"
_RUNS_THIS_PART = re.compile(
    r"(?i:\b(?:je\s+suis\s+(?:très\s+|vraiment\s+)?(?:ravie?|heureu(?:x|se)|contente?|fière?|honorée?)\s+d['’]"
    r"|j['’]ai\s+(?:le\s+|l['’]|la\s+)?(?:grand\s+|grande\s+)?(?:plaisir|honneur|privilège|chance|joie)\s+d['’]"
    r"|je\s+vais\s+"
    r"|c['’]est\s+moi\s+qui\s+vais\s+)"
    r"(?:animer|modérer|présider)\s+(?:cette|ce|cet|notre)\s*" + _EVENT_NOUN +
    r"|\bI(?:['’]m|\s+am)\s+(?:\w+\s+)?(?:delighted|pleased|happy|glad|thrilled|honou?red)\s+to\s+(?:chair|moderate|host)"
    r"\s+" + _THIS_PART + r"\s+" + _EVENT_NOUN +
    r"|\bI\s+have\s+the\s+(?:great\s+)?(?:pleasure|privilege|honou?r)\s+of\s+(?:chairing|moderating|hosting)\s+"
    + _THIS_PART + r"\s+" + _EVENT_NOUN +
    r"|\bI(?:['’]m|\s+am)\s+(?:chairing|moderating|hosting)\s+" + _THIS_PART + r"\s+" + _EVENT_NOUN +
    r"|\bI(?:['’]ll|\s+will)\s+be\s+(?:chairing|moderating|hosting)\s+(?:" + _THIS_PART + r"|the)\s+" + _EVENT_NOUN + ")")
_ANNOUNCED_CHAIR = r"(?i:(?:animée?s?|modérée?s?|présidée?s?|moderated|chaired|hosted)\s+(?:par|by)\s+(?:\w+\s+)?)"


def _part_chairs(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn]) -> None:
    """A second chair for a part of the event, which no heading marks: the one the chair announces (« Elle sera animée
    par Julien Faure, rédacteur en chef de La Revue Durable »), or who says so (« Je suis ravi d'animer cette table
    ronde »). The journalist who ran the first round table was listed among the speakers and his questions quoted."""
    if not any(e.role == "moderator" for e in entries.values()):
        return
    # (each turn read once: who is announced, who says they chair)
    said: dict[str, re.Match[str]] = {}
    for i, key in enumerate(turn_keys):
        for m in re.finditer(_ANNOUNCED_CHAIR + r"(?P<who>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3})", turns[i].text):
            if key != fold(m["who"]):
                said.setdefault(fold(m["who"]), m)
        if key not in said:
            m = _RUNS_THIS_PART.search(turns[i].text)
            if m:
                said[key] = m
    for key, e in entries.items():
        if e.role == "moderator" or e.kind not in ("person", "role"):
            continue
        m = said.get(key) or (said.get(fold(e.name)) if e.name else None)
        if m is not None:
            e.role = "moderator"
            e.evidence.append(("role", f"chaired a part of the event: '{m.group().strip()}'"))


def _decide_roles(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn],
                  mentions: list[list[Mention]], resolved: dict[tuple[int, int], _Person]) -> None:
    """The moderator is whoever introduces others or hands them the floor most."""
    moves: dict[str, int] = defaultdict(int)
    for i, ms in enumerate(mentions):
        for m in ms:
            if m.kind in ("introduction", "address") and (m.at_end or m.listed or m.kind == "introduction"):
                p = resolved.get((m.turn, m.start))
                if p is not None and p.entry != turn_keys[i]:
                    moves[turn_keys[i]] += 1
    for e in entries.values():
        if e.kind == "moderator" or e.interviewer:
            e.role = "moderator"
        elif e.kind == "audience":
            e.role = "audience"
        elif e.kind == "interpreter":
            e.role = "interpreter"
            e.evidence.append(("role", "labelled as the interpretation: never quoted, never a key message"))
        elif e.kind == "narration":
            e.role = "narration"
            e.evidence.append(("role", "the text before an interview's dialogue: never quoted, never a key message"))
        elif e.kind == "anonymous" and not e.name and 0 < len(e.turns) <= 2 and all(
                t > 0 and turn_keys[t - 1] != e.key and FLOOR.search(turns[t - 1].text[-300:]) for t in e.turns):
            # a voice heard only when the floor was opened to the room (« Nous avons une question dans la salle.
            # Oui, monsieur, au fond. »): the audience, not a fifth panellist
            e.role = "audience"
            e.evidence.append(("role", "spoke only when the floor was opened to the room"))
    if any(e.role == "moderator" for e in entries.values()):
        return
    ranked = sorted(((n, k) for k, n in moves.items()
                     if k in entries and entries[k].kind not in ("audience", "narration", "interpreter")),
                    reverse=True)
    # (whoever opens the event and introduces two people or more chairs it too: "Welcome everyone… With me today
    # are Paul Roy from the OECD and Maria Lopez…")
    floor = _MODERATOR_MIN if not ranked or ranked[0][1] != (turn_keys[0] if turn_keys else None) else 2
    if ranked and ranked[0][0] >= floor and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
        n, key = ranked[0]
        entries[key].role = "moderator"
        entries[key].evidence.append(("role", f"introduced or gave the floor to others {n} times"))
        return
    # whoever opens the event saying they chair it: "I'm Rachel Adams, I chair the committee", « j'ai le plaisir
    # d'ouvrir cette conférence », "I'll be your moderator tonight" (in the first turn only: a guest who later
    # says "I chair the regional board" is describing their post)
    if turns and turn_keys and turn_keys[0] in entries and entries[turn_keys[0]].kind in ("person", "role", "anonymous") \
            and len(set(turn_keys)) > 1:
        m = _CHAIRS.search(turns[0].text[:1500])
        if m:
            entries[turn_keys[0]].role = "moderator"
            entries[turn_keys[0]].evidence.append(("role", f"opened the event saying '{m.group().strip()}'"))
            return
    chair = _chairs_by_turns(entries, turns, turn_keys)
    if chair is not None:
        entries[chair].role = "moderator"
        entries[chair].evidence.append(("role", "opened the event, then asked the questions or handed over the floor"
                                                " in short turns"))


_HANDS_OVER = re.compile(r"(?i)\?|\b(?:à vous|over to you|la parole|the floor|go ahead|allez-y|je vous écoute"
                         r"|commençons par|let's start with|let me start with|first to you"
                         # the room's questions called (« Première question, madame au premier rang. »)
                         r"|(?:première|deuxième|troisième|autre|dernière|nouvelle|prochaine|first|second|third"
                         r"|next|another|last|final)\s+question)\b")


def _chairs_by_turns(entries: dict[str, _Entry], turns: Sequence[Turn], turn_keys: list[str]) -> str | None:
    """Whoever chairs by what they do, where no label, introduction or word of theirs says so: they open the
    event, speak three times or more, and three in four of their turns between the opening and the thanks, and two
    in all, ask a question, name another speaker, hand over the floor or call the room's next question (« Docteur
    Lefèvre, commençons par vous. », "Anna, you study the aquifers.", « Première question, madame au premier
    rang. »), in turns half as long as the others' or shorter. A panel's journalist labelled "Claire Martin
    (Radio Centre)" was a speaker, and her « Nous avons trois invités ce soir pour parler de… » a key message.
    A meeting's participant who opens it and talks as much as the others is no chair."""
    if not turns or not turn_keys or len(set(turn_keys)) < 2:
        return None
    # (an interview's standfirst before the dialogue is nobody's turn: the journalist opens it)
    first = next((i for i, k in enumerate(turn_keys) if entries.get(k) is None or entries[k].kind != "narration"), 0)
    key = turn_keys[first]
    e = entries.get(key)
    if e is None or e.kind not in ("person", "anonymous", "role", "organisation"):
        return None
    own = [i for i, k in enumerate(turn_keys) if k == key]
    if len(own) < 3:
        return None
    names = {w for k, o in entries.items() if k != key and o.name for w in o.name.split()
             if len(w) >= 3 and w[:1].isupper()}

    def hands_over(i: int) -> bool:
        return bool(_HANDS_OVER.search(turns[i].text[-400:]) or FLOOR.search(turns[i].text)
                    or says_any(names, turns[i].text))

    # (the opening welcomes, and counts when it hands over; the last turn thanks)
    middle = own[1:-1] if own[-1] == len(turns) - 1 or len(own) > 3 else own[1:]
    handing = sum(hands_over(i) for i in middle)
    if handing + hands_over(own[0]) < 2 or handing < 0.75 * len(middle):
        return None
    mine = sorted(len(turns[i].text.split()) for i in own)
    others = sorted(len(turns[i].text.split()) for i, k in enumerate(turn_keys) if k != key)
    if not others or mine[len(mine) // 2] > 0.5 * others[len(others) // 2]:
        return None
    return key


# The chair calling the room's next question, naming no one: « Première question, madame au premier rang. », "Another
# question, at the back.", "We have about twenty minutes for questions."
ROOM_CALL = re.compile(
    r"(?i)\b(?:(?:première|autre|dernière|nouvelle|prochaine|une)\s+question|(?:first|another|next|last|final)"
    r"\s+question|questions?\s+(?:from|in)\s+the\s+(?:floor|room|audience)|(?:time|minutes)\s+for\s+questions"
    r"|(?:pour|à)\s+(?:vos|les)\s+questions|tell\s+us\s+who\s+you\s+are|présentez-vous"
    # (« quelques questions dans la salle. Oui, monsieur, au troisième rang », "the lady at the back")
    r"|questions?\s+(?:dans|de)\s+la\s+salle|(?:madame|monsieur),?\s+(?:là-bas|au\s+fond|au\s+(?:premier|deuxième"
    r"|troisième|dernier)\s+rang)|(?:lady|gentleman|man|woman|person)\s+(?:at\s+the\s+back|in\s+the\s+(?:front|middle)"
    r"|in\s+the\s+(?:first|second|third|fourth|front|back|last)\s+row)"
    # a question announced from the room, by no name: "We have time for one quick question. Yes, the gentleman
    # here.", "Let me open it up. We have a question, yes, please.", « Une question rapide ? Oui. », "We have one in
    # the room first." (each asker was listed among the panel)
    r"|(?:we\s+have|we've\s+got|there's|there\s+is|I\s+see|on\s+a|il\s+y\s+a|j'ai|je\s+vois)\s+(?:a|an|one|another"
    r"|une|un|une\s+autre)\s+(?:(?:quick|short|last|final|small|petite|courte|dernière)\s+)?question"
    r"|(?:we\s+have\s+)?time\s+for\s+(?:one|a|two|three|a\s+couple\s+of|a\s+few)\s+(?:quick\s+|short\s+)?questions?"
    r"|(?:une|deux|trois|quelques)\s+questions?\s+(?:rapides?|courtes?)|let\s+me\s+open\s+it\s+up"
    r"|(?:one|a\s+question|questions)\s+(?:in|from)\s+the\s+(?:room|floor|audience)"
    r"|(?:the\s+)?(?:gentleman|lady|man|woman)\s+(?:here|there|over\s+there))\b")
# an online event's room, which someone joins by name: « On a une main levée. Aurélie Chassagne, vous pouvez activer
# votre micro », "I see a raised hand", "please unmute yourself"; a broadcast's listener on the phone: « On a un
# auditeur en ligne. Gérard, vous nous appelez de Limoges » (he was listed among the panel)
RAISED_HAND = re.compile(r"(?i)\b(?:mains?\s+levées?|raised\s+(?:a\s+|their\s+|her\s+|his\s+)?hands?|a\s+hand\s+up"
                         r"|(?:activer|allumer|ouvrir)\s+(?:votre|ton)\s+micro|unmute\s+(?:yourself|your\s+mic|you)"
                         r"|(?:un|une|notre)\s+(?:auditeur|auditrice|téléspectat(?:eur|rice))|vous\s+nous\s+appelez"
                         r"|(?:a|our|the\s+next)\s+(?:caller|listener)|on\s+the\s+line)\b")


def _names_them(words: Sequence[str], text: str) -> bool:
    """Whether ``text`` names someone by one of their name's ``words``: as ``says_any``, but a word that opens a
    sentence and runs on into lower-case words is the language's, not a name (« Petit point logistique : les
    toilettes… » in the chair's opening did not name Jean-Marc Petit, who asked from the floor)."""
    for w in words:
        for m in re.finditer(rf"\b{re.escape(w)}\b", text):
            before = text[:m.start()].rstrip()
            if (not before or before[-1] in ".!?:;…") and re.match(r"\s+(?-i:[a-zà-ÿ])", text[m.end():]):
                continue
            return True
    return False


def _room_voices(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn]) -> None:
    """People heard only when the chair called the room's next question, by no name (« Première question, madame
    au premier rang. », "Another question, at the back."), and never named in the opening, are the audience,
    though they say who they are: a town hall's residents were listed as the evening's speakers, and their
    complaint (« Le bureau de poste… va fermer en juin ») was a key message where the mayor's answer was the
    point. A guest the chair hands a question to by name stays a speaker."""
    # (every chair: a day's panels each have theirs, « on a une question dans la salle » was the last session's)
    chairs = {k for k, e in entries.items() if e.role == "moderator"}
    if not chairs or not turns:
        return
    # ... and the host who opens the day, when another chairs its panel ("We have time for one quick question. Yes,
    # the gentleman here." after the keynote she introduced)
    if turn_keys and turn_keys[0] in entries and entries[turn_keys[0]].kind in ("person", "role"):
        chairs.add(turn_keys[0])
    for key, e in entries.items():
        if e.role or key in chairs or e.kind not in ("person", "anonymous", "role") or not 0 < len(e.turns) <= 2:
            continue
        words = [w for w in (e.name or "").split() if len(w) >= 3]
        # (a turn that answers no call is only a word of thanks: « Merci, je vais vous laisser mon contact, alors. »)
        # (named by the chair, they are a guest: « Une autre question, pour Maria Lopez »; unless the chair named
        # them to let them in, « On a une main levée. Aurélie Chassagne, vous pouvez activer votre micro »)
        if all(t > 0 and (turn_keys[t - 1] in chairs
                          and (ROOM_CALL.search(turns[t - 1].text[-300:]) or FLOOR.search(turns[t - 1].text[-300:])
                               or RAISED_HAND.search(turns[t - 1].text[-300:]))
                          or (t != e.turns[0] and len(turns[t].text.split()) <= 20))
               and not _names_them(words, turns[0].text)
               and not (says_any(words, turns[t - 1].text) and not RAISED_HAND.search(turns[t - 1].text[-300:]))
               for t in e.turns):
            e.role = "audience"
            e.evidence.append(("role", "spoke only when the chair called the room's next question"))


def _records(entries: dict[str, _Entry], turn_keys: list[str], turns: Sequence[Turn] = ()) -> SpeakerDirectory:
    anonymous = [e for e in entries.values() if e.kind == "anonymous"]
    numbers = [e.number for e in anonymous]
    own_numbers = all(n is not None and n >= 1 for n in numbers) and len(set(numbers)) == len(numbers)
    # ("Participant A", "Participant B" under the Chatham House rule keep their letters: they were "Speaker 1, 2")
    letters = [m[1] if (m := re.search(r"[ _-]([A-Z])$", e.raw)) else None for e in anonymous]
    own_letters = not own_numbers and all(letters) and len(set(letters)) == len(letters)
    speakers: list[Speaker] = []
    ids: dict[str, str] = {UNKNOWN_ID: UNKNOWN_ID}
    anonymous_n = 0
    line_of = {t.index: t.line for t in turns}
    for n, (key, e) in enumerate(entries.items(), start=1):
        sid = f"s{n}"
        ids[key] = sid
        if e.kind == "anonymous":
            # a named voice keeps its neutral label too: the speakers file can take the name back
            anonymous_n += 1
            neutral = f"Speaker {e.number if own_numbers else letters[anonymous_n - 1] if own_letters else anonymous_n}"
        elif e.name:
            neutral = e.name
        elif e.kind == "audience":
            neutral = "Audience member"
        elif e.kind == "interpreter":
            neutral = "Interpreter"
        elif e.kind == "narration":
            neutral = "Narration"
        elif e.kind == "organisation":
            neutral = e.affiliation or e.raw
        elif e.kind == "role":
            neutral = e.label_role or e.raw     # the post as labelled: « M. le Maire », "Directrice générale"
        else:
            neutral = e.raw
        role = e.role or ("audience" if e.kind == "audience" else "speaker")
        title = e.title
        if title and e.name and fold(e.name) in fold(title):
            # "I'm Councillor Judith Park, I chair…" gave the title « Councillor Judith Park »: the post, not the name
            title = re.sub(rf"(?i)\s*\b{re.escape(e.name)}\b\s*", " ", title).strip(" ,") or None
        speakers.append(Speaker(
            id=sid, label=neutral, name=e.name, affiliation=e.affiliation, country=e.country, role=role,
            title=title, labels=tuple(e.labels), evidence=tuple(e.evidence),
            confidence=e.confidence if e.name else 0.0,
            lines=tuple(sorted({line for t in e.turns if (line := line_of.get(t)) is not None})),
        ))
    if UNKNOWN_ID in turn_keys:
        speakers.append(Speaker(id=UNKNOWN_ID, label="Unidentified speaker", confidence=0.0))
    return SpeakerDirectory(tuple(speakers), tuple(ids[k] for k in turn_keys))
