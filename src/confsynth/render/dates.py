"""Dates and places under a transcript's title: "Paris, 11 février 2022", « Séance du jeudi 14 mars 2024, … »."""
from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Sequence

from ..records import MEDIA_FILE
from .i18n import MONTHS

__all__ = ["header_event", "date_in_header", "date_in_filename", "title_event", "event_when"]

# read in the headers of the other languages staff receive too (printed in French or English only)
_OTHER_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
_MONTH_NUMBER = {m.casefold(): i for months in [*MONTHS.values(), *(v.split() for v in _OTHER_MONTHS.values())]
                 for i, m in enumerate(months, start=1)}
_MONTH_NUMBER["setiembre"] = 9
# (and English months cut short, as Otter dates its exports: "Thu, Mar 14, 2024 8:32AM")
_MONTH_NUMBER.update({m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)})
_MONTH_NUMBER["sept"] = 9
_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_WEEKDAY_NAME = (r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
                 r"|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)")
_WEEKDAY = _WEEKDAY_NAME + r",?\s+"
# "11 février 2022", "1er juin 2021", "3rd March 2023", "March 3, 2023", "12. Oktober 2026",
# "12 de octubre de 2026"
_DATE = (rf"(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|\.|º)?\s+(?:de\s+|of\s+)?(?P<month>(?i:{_MONTH}))\.?"
         rf"|(?P<month2>(?i:{_MONTH}))\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?:de\s+)?(?P<year>\d{{4}})")
# (a time after the date, as meeting tools write it: "November 3, 2026, 2:00PM", « 11 février 2022, 14 h 30 »)
_TIME = r"(?:,?\s+(?:(?i:à|at)\s+)?\d{1,2}(?:\s?[:h.]\s?\d{2})?\s?(?i:[ap]\.?m\.?|h)?)?"
_HEADER_DATE = re.compile(
    rf"^(?:(?!(?i:{_WEEKDAY_NAME})\b)(?P<place>[^\W\d_][\w'’. -]{{0,40}}?),\s*"
    rf"(?:(?!(?i:{_WEEKDAY_NAME})\b)(?P<mid>[^,—–\d]{{2,60}}?)(?:\s+[–—]\s+|,\s*))?)?"
    rf"(?:(?i:{_WEEKDAY}))?(?:le\s+)?{_DATE}{_TIME}(?:\s+[–—-]\s+(?P<after>[^\d].{{0,80}}?))?\.?$")
_DATE_IN_LINE = re.compile(rf"(?<!\d){_DATE}(?!\d)")


def _iso(m: re.Match) -> str | None:
    try:
        return datetime.date(int(m["year"]), _MONTH_NUMBER[(m["month"] or m["month2"]).casefold()],
                             int(m["day"] or m["day2"])).isoformat()
    except ValueError:   # 31 février
        return None


_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\b\d\d\.)\s+(?=[A-ZÀ-Ý])")


def header_event(header: Sequence[str]) -> tuple[str | None, str | None]:
    """(ISO date, place) from a header line that is only a date, or a place then a date: "Paris, 11 février
    2022", "Brussels, 3 March 2023", "March 3, 2023". A longer line ("Séance plénière du jeudi 14 mars, 19 h,
    salle…") is left to be printed as it is: (None, None)."""
    for line in header[1:3]:
        line = " ".join(line.split())
        m = _HEADER_DATE.match(line)
        if not (m and _iso(m)):
            # the place and date as the line's first sentence, a note after them: "Brussels, Résidence Palace – Thursday
            # 23 May 2024. Transcript edited for readability." (no place was read; « 12. Oktober » is no sentence)
            first = _SENTENCE_END.split(line, maxsplit=1)[0]
            m = _HEADER_DATE.match(first) if first != line else m
        if not (m and _iso(m)):
            # (what the event was, that word alone, before its venue and city: "Colloque, Maison de la Chimie, Paris,
            # 3 mai 2024" gave no date, only a place, and the line was printed as it is; "Third session, …" says more)
            kind = re.match(r"([^,]{2,40}),\s*", line)
            if kind and _NOT_A_PLACE.fullmatch(kind.group(1).strip()):
                m = _HEADER_DATE.match(line[kind.end():])
        date = _iso(m) if m else None
        if date:
            place = m["place"].strip() if m["place"] else None
            mid = m["mid"].strip() if m["mid"] else None
            if place and mid and (VENUE.match(place) or _NOT_A_PLACE.search(place)) and not VENUE.match(mid) \
                    and _CITY_LIKE.fullmatch(mid) and not _NOT_A_PLACE.search(mid):
                # ("Panel discussion, Brussels, 14 March 2024": what the event was, then where)
                # "Maison de l'ESS, Limoges, 7 novembre 2023", "Stiftung Zukunft Stadt, Berlin, 14. März 2024": the
                # venue, then its city; the city is what the opening sentence says (« à Limoges »)
                place = mid
            if not place and m["after"]:
                # "14 March 2024 — Résidence Palace, Brussels": the venue and its city after the date
                parts = [p.strip() for p in m["after"].split(",")]
                if len(parts) == 2 and VENUE.match(parts[0]) and _CITY_LIKE.fullmatch(parts[1]):
                    place = parts[1]
            # (what the event was, not where: "webinar recording, 15 May 2024" printed « à webinar recording »)
            return date, (None if place and _NOT_A_PLACE.search(place) else place)
    for line in header[1:3]:
        place = _place_around_date(" ".join(line.split()))
        if place:
            return None, place
    return None, None


_RECORDED = re.compile(rf"^(?i:(?:recorded|held|enregistrée?|tenue?|broadcast|aired|diffusée?)(?:\s+(?:on|le))?:?\s+"
                       rf"|(?:{_WEEKDAY})|le\s+|on\s+)+")


def _place_around_date(line: str) -> str | None:
    """The city of a longer line that has the date, printed as it is: "Recorded 3 October 2024, London", « Jeudi
    14 mars 2024, Maison de la Mutualité, Paris », "Lisbon, 23 May 2024, Fundação Calouste Gulbenkian, Auditorium 2"
    (the opening sentence had no place)."""
    m = _DATE_IN_LINE.search(line)
    if m is None or not _iso(m):
        return None

    def city(part: str) -> bool:
        return bool(_CITY_LIKE.fullmatch(part)) and not VENUE.match(part) and not _NOT_A_PLACE.search(part)

    before = [p.strip() for p in re.split(r"\s*[,–—]\s*|\s+-\s+", _RECORDED.sub("", line[:m.start()]).strip(" ,:–—-"))
              if p.strip()]
    after = [p.strip() for p in re.split(r"\s*[,–—]\s*|\s+-\s+", line[m.end():].strip(" ,.:–—-")) if p.strip()]
    after = [p for p in after if not re.fullmatch(r"(?i:(?:à|at)\s+)?\d{1,2}(?:\s?[:h.]\s?\d{2})?\s?(?:[ap]\.?m\.?|h)?", p)]
    if before and len(after) >= 2 and city(after[0]) and VENUE.match(after[1]) \
            and re.search(rf"(?:[–—]|\s-)\s*(?:(?i:{_WEEKDAY_NAME}),?\s+)?(?:le\s+)?$", line[:m.start()]):
        # « IMPACT TANK – mardi 21 mai 2024 – Lille, Hôtel de Région »: the organiser, the date, then the city with
        # its venue (the organiser had been no place, and the opening sentence had none)
        return after[0]
    if len(before) == 1 and city(before[0]):
        return before[0]                    # "Lisbon, 23 May 2024, …"
    if len(before) >= 2 and all(VENUE.match(p) or not city(p) for p in before[:-1]) and city(before[-1]):
        return before[-1]                   # "Maison de la Mutualité, Paris, …", « Rencontres … – Tours, … »
    if not before and after:
        if city(after[0]) and len(after) <= 2:
            return after[0]                 # "… 2024, London"
        if len(after) >= 2 and VENUE.match(after[0]) and city(after[1]):
            return after[1]                 # "… 2024, Maison de la Mutualité, Paris"
    return None


# What a venue's name opens on, not a city's: « Maison de l'ESS », "Millbrook Community Centre", "Stiftung Zukunft
# Stadt", « Hôtel de Région », "Résidence Palace" (a word among its first three)
VENUE = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}(?i:maison|h[ôo]tel|palais|palace|centre|center|centro|salle|sala|cité|espace|th[ée][âa]tre"
    r"|theater|mus[ée]e|museum|halle|hall|institut|institute|auditorium|amphith[ée][âa]tre|biblioth[èe]que|library"
    r"|mairie|chambre|chamber|assembl[ée]e|sénat|campus|universit[éy]|parc|park|pavillon|ch[âa]teau|domaine|forum"
    r"|foyer|stiftung|fondation|foundation|fondazione|fundación|haus|rathaus|house|building|room|r[ée]sidence"
    r"|casa|palazzo|ayuntamiento|community|school|[ée]cole|coll[èe]ge|club|conservatoire|arena|pavilion|studio|society"
    r"|academy|acad[ée]mie|palais|nations)\b")
_CITY_LIKE = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[\s-](?:(?:sur|sous|en|le|la|les|de|du|am|an|upon|on)[\s-])?[A-ZÀ-Ý][\w'’-]+){0,2}")
_NOT_A_PLACE = re.compile(r"(?i)\b(?:webinar|webinaire|recording|recorded|enregistr\w*|transcript|transcription"
                          r"|podcast|interview|entretien|panel|keynote|debate|débat|session|séance|meeting|réunion"
                          r"|conference|conférence|online|en ligne|visio\w*|zoom|teams|livestream|broadcast"
                          r"|hybrid|hybride|remote|virtual|virtuel\w*|distanciel"
                          # ("Round table, Brussels, 14 March 2024" gave the place "Round table")
                          r"|table[- ]ronde|round[- ]?table|colloque|symposium|s[ée]minaire|seminar|workshop|atelier"
                          r"|hearing|audition|briefing|town[- ]hall|fireside|webcast|lecture|masterclass|rencontre)\b")


def date_in_header(header: Sequence[str]) -> str | None:
    """ISO date of the first full date in the lines under the title, wherever it sits in the line
    (« Séance plénière du jeudi 14 mars 2024, 19 h, salle polyvalente »): for the opening sentence,
    while the line itself is printed as it is."""
    for line in header[1:3]:
        for m in _DATE_IN_LINE.finditer(" ".join(line.split())):
            date = _iso(m)
            if date:
                return date
    return None


# ... or said as the sitting it was: « Conseil municipal – Séance du 12 février 2025 », « Assemblée générale du
# 3 juin 2024 », "Board meeting of 3 June 2024"
# (and when it was recorded or held: "The Policy Hour – interview, recorded 12 March 2024", « …, enregistré le 3 mai 2024 »)
_TITLE_SITTING = re.compile(rf"(?:^|\s)(?i:du|of|on|(?:recorded|held|enregistrée?|tenue?)(?:\s+(?:on|le))?)\s+"
                            rf"(?:(?i:{_WEEKDAY}))?{_DATE}{_TIME}"
                            r"(?:\s+(?i:à|in)\s+(?P<where>[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+){0,2}))?\.?$")
_WEEKDAY_TAIL = re.compile(rf"[\s,:–—-]*(?:(?i:held\s+)?(?i:on|du|le)\s+)?(?i:{_WEEKDAY_NAME})$")
_SITTING_WORD = re.compile(r"(?:\s*[,:–—-]\s*(?i:séance|réunion|session|sitting|meeting|held)?)?\s*$")


def title_event(title: str) -> tuple[str, str | None, str | None]:
    """(title, ISO date, place) of a title line that ends on its place and date: « Table ronde « Se loger près de
    son emploi », Lyon, 14 mars 2024 » -> (« Table ronde « Se loger près de son emploi » », "2024-03-14", "Lyon"),
    « Conseil municipal – Séance du 12 février 2025 » -> (« Conseil municipal », "2025-02-12", None); a title
    without them is returned as it is."""
    line = " ".join(title.split())
    for m in re.finditer(r",\s+|\s+[–—-]\s+", line):
        head, tail = line[:m.start()].strip(), line[m.end():]
        hit = _HEADER_DATE.match(tail)
        date = _iso(hit) if hit else None
        if head and date:
            # ("Webinar held on Tuesday, 4 March 2025": the weekday belongs with the date)
            head = _WEEKDAY_TAIL.sub("", head) or head
            return head, date, (hit["place"].strip() if hit["place"] else None)
    hit = _TITLE_SITTING.search(line)
    date = _iso(hit) if hit else None
    head = _SITTING_WORD.sub("", line[:hit.start()]) if hit else ""
    if date and re.search(r"\w", head):
        return head, date, hit["where"]
    return title, None, None


# A date in a file's name: Zoom's "GMT20250312-100102_Recording", "2025-03-12 conférence", "table-ronde_12.03.2025"
# (day first, as European staff write it, when the year comes last)
_NAME_DATE = re.compile(r"(?<!\d)(?:(?P<year>20\d\d)(?P<sep>[-_.]?)(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])"
                        r"|(?P<day2>0?[1-9]|[12]\d|3[01])(?P<sep2>[-_.])(?P<month2>0?[1-9]|1[0-2])(?P=sep2)(?P<year2>20\d\d))"
                        r"(?!\d)")


def date_in_filename(name: str) -> str | None:
    """ISO date a transcript's file name carries ("GMT20250312-100102_Recording.transcript.vtt" -> "2025-03-12"),
    for the opening sentence of an event whose text gives none; None when it has none, or more than one."""
    name = re.sub(r"[0-9a-f]{16,}", " ", Path(name).name, flags=re.IGNORECASE)   # (an id's digits are no date)
    hits = list(_NAME_DATE.finditer(name))
    if len(hits) != 1:
        return None
    m = hits[0]
    try:
        return datetime.date(int(m["year"] or m["year2"]), int(m["month"] or m["month2"]),
                             int(m["day"] or m["day2"])).isoformat()
    except ValueError:
        return None


def event_when(title: str, date: str | None, place: str | None, header: Sequence[str], files: Sequence[str]
               ) -> tuple[str | None, str | None]:
    """(ISO date, place) of the event as the reports say them: what was given (--date, --place, confsynth.toml),
    else a line under the title, the single transcript's file name, or the end of the title line itself."""
    # (or the recording's name the transcription service wrote at the top: "…-lyon-2023-10-05.mp3")
    media = next((line.strip() for line in header[:1] if MEDIA_FILE.match(line.strip())), None)
    date = date or date_in_header(header) or (date_in_filename(files[0]) if len(files) == 1 else None) \
        or (date_in_filename(media) if media else None)
    if title and (date is None or place is None):
        _, title_date, title_place = title_event(title)
        date, place = date or title_date, place or title_place
    return date, place
