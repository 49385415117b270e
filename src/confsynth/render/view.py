"""What a report prints, in one language, before any file format: the Word draft, the Markdown and the
HTML page are all drawn from one ``ReportView``, so they cannot disagree on a word.

Every string here is final: in the report language's words, with its typography (render.typography).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..records import Quote, Speaker, Synthesis, Takeaway, format_time
from ..countries import country_name, place_name
from ..posts import post_in
from .dates import event_when, title_event
from .i18n import (ROLES, TEXT, attribution, event_intro, format_date, language_names, language_note, prose_name,
                   quote_marks, speaker_name)
from .typography import nested, sentence_case, typeset, typeset_quote

__all__ = ["PrintedQuote", "PrintedTakeaway", "SpeakerRow", "SourceRow", "ReportView", "report_view",
           "quote_text_for", "source_location"]

EXCERPT_WORDS = 10
MAX_CHECKS = 20


@dataclass(frozen=True)
class PrintedQuote:
    """A quote as printed: the words inside the marks, the marks, a note, and who said it."""

    ref: str                 # "3b": second quote of key message 3 (Sources appendix)
    text: str                # the words, without the quotation marks
    open_mark: str
    close_mark: str
    note: str | None         # "(traduit de l'anglais)", "(original in French)"
    attribution: str
    quote: Quote
    speaker: Speaker

    @property
    def marked(self) -> str:
        """The quote between its marks, with its note."""
        return f"{self.open_mark}{self.text}{self.close_mark}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class PrintedTakeaway:
    """One numbered key message."""

    number: int
    headline: str
    body: str
    quotes: tuple[PrintedQuote, ...]
    section: str = ""        # the part of the event this message opens, in time order ("" : same as before)
    said: PrintedQuote | None = None   # the headline's sentence as spoken, by whom (the Word comment on it)
    point_by: str = ""       # « Message porté par X (Org) »: who made the point, in the report's words
    lead_by: str | None = None   # the speaker id of what is printed first under the headline (paragraph or quote)

    @property
    def by(self) -> str:
        """Who made the point, printed under a headline that has neither paragraph nor quote to say it (a closing
        round's last words), or whose paragraph opens on someone else (« Je propose un fonds national… » above
        « Selon Lucas Morel, … » read as Lucas Morel's, and a mayor's proposal was his): "" otherwise. Said as who
        made the point, not as a quote's signature: under the bold headline, a name alone made the headline read
        as a quotation, which it is not (it is a rewrite)."""
        if self.said is None:
            return ""
        if self.body or self.quotes:
            who = self.said.quote.speaker_id
            if self.lead_by is None or who == self.lead_by or not self.said.speaker.name:
                return ""
        return self.point_by or self.said.attribution


@dataclass(frozen=True)
class SpeakerRow:
    """A line of the Speakers section."""

    name: str
    affiliation: str         # organisation and country
    role: str                # function and part in the event


@dataclass(frozen=True)
class SourceRow:
    """A line of the Sources appendix."""

    ref: str
    excerpt: str
    speaker: str
    file: str
    location: str


@dataclass(frozen=True)
class ReportView:
    """A whole report in one language, ready to lay out."""

    lang: str
    title: str
    event_lines: tuple[str, ...]     # date and place, under the title
    notices: tuple[str, ...]         # translation notices, at the top
    checks: tuple[str, ...]          # translation points the editor must check (Word draft only)
    event_intro: str                 # when, where, the event and who spoke ("" when nobody is named)
    heading: str
    intro: str
    takeaways: tuple[PrintedTakeaway, ...]
    speakers_heading: str
    speakers: tuple[SpeakerRow, ...]
    sources_heading: str
    sources_intro: str
    sources: tuple[SourceRow, ...]
    sources_one_file: bool          # every quote from one file: named once in the intro, not on every row
    generated: str


def _language_note(key: str, source: str, lang: str) -> str:
    """« en espagnol dans le texte », "translated from French": a ``lang`` report's note on text in ``source``."""
    return typeset(TEXT.get(lang, TEXT["en"])[key].format(**language_names(source, lang)), lang)


def quote_text_for(q: Quote, lang: str) -> tuple[str, str | None]:
    """The quote as printed in a ``lang`` report (verbatim, or its translation), and the note that goes with it
    (see language_note: the interpreter's words, where the event had one, are not a model's translation)."""
    note, _ = language_note(q, lang)
    if q.language == lang:
        text = typeset_quote(sentence_case(q.text), lang)
    elif lang in q.translations:
        text = typeset(q.translations[lang], lang)
    else:
        text = typeset_quote(sentence_case(q.text), q.language)
    return nested(text, lang), typeset(note, lang) if note else None


def source_location(q: Quote, lang: str) -> str:
    """Where a quote sits in its file: ``ligne 232``, ``00:12:03 (ligne 45)``, ``segment 12``, ``paragraphe 8``."""
    t = TEXT.get(lang, TEXT["en"])
    where = []
    if q.source.line is not None:
        # what "line" counts depends on the format: segments of Whisper JSON, paragraphs of Word files
        key = {".json": "segment", ".docx": "paragraph"}.get(Path(q.source.file).suffix.lower(), "line")
        where.append(t[key].format(n=q.source.line))
    time = format_time(q.source.time)
    if time:
        return f"{time} ({where[0]})" if where else time
    return where[0] if where else "-"


_AGENDA_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVXivx]{1,5}|[A-Ha-h])\s*[.)\-–:]\s+(?=\w)")


def _text_in(tk: Takeaway, field: dict, lang: str) -> tuple[str, str]:
    """A takeaway's text in ``lang`` and the language that text is really in (untranslated: the source's)."""
    text = field.get(lang)
    if text is None:
        text = next(iter(field.values()), "")
        return text, tk.language
    return text, (tk.language if lang in tk.untranslated else lang)


def _excerpt(text: str) -> str:
    words = text.split(" ")
    return text if len(words) <= EXCERPT_WORDS else " ".join(words[:EXCERPT_WORDS]).rstrip(",;:\u00a0") + " …"


def _event_lines(s: Synthesis, lang: str) -> tuple[str, ...]:
    date, place = s.date, s.place
    if not (date or place) and s.title and not any(line.strip() and line != s.title for line in s.header[1:3]):
        # (a title line that ends on its place and date, « …, enregistrée le 3 octobre 2024 à Lyon »: the title is
        # printed without them, so they go under it)
        _, date, place = title_event(s.title)
    lines = tuple(typeset(line, s.language) for line in s.header[1:3] if line.strip() and line != s.title)
    if place and not date and lines:
        # (a place read from a longer line, "Recorded 3 October 2024, London": the line says it all, and when)
        return lines
    if date or place:
        parts = [typeset(place_name(place, lang), lang) if place else None,
                 format_date(date, lang) if date else None]
        return (", ".join(p for p in parts if p),)
    return lines


def _printed_title(title: str) -> str:
    """The event's title without the place and date its line ends on (they are printed under it)."""
    head, date, place = title_event(title)
    return head if (date or place) and head.strip() else title


def _speaker_rows(s: Synthesis, lang: str) -> tuple[SpeakerRow, ...]:
    quoted = {q.speaker_id for tk in s.takeaways for q in tk.quotes}
    roles = ROLES.get(lang, ROLES["en"])
    rows = []
    for sp in s.speakers:
        if not sp.name and sp.id not in quoted:
            continue
        name = speaker_name(sp, lang)
        # a label the directory could not split ("Nadia Okafor" read as an affiliation) is not printed twice
        country = country_name(sp.country, lang) if sp.country else None
        org = ", ".join(x for x in (sp.affiliation, country) if x and x != name)
        # a plain speaker's part goes without saying; a moderator or a voice from the audience is named so
        role = ", ".join(x for x in (post_in(sp.title, lang) if sp.title else None,
                                     roles.get(sp.role) if sp.role != "speaker" else None) if x)
        rows.append(SpeakerRow(typeset(name, lang), typeset(org, lang), typeset(role, lang)))
    return tuple(rows)


def _intro(n: int, t: dict[str, str], one_voice: bool = False) -> str:
    """The line above the key messages: how many there are, in the singular for one; from the talk when one
    speaker gave it (a keynote's "8 key messages from the speakers" had one speaker)."""
    if n == 0:
        return t["no_takeaways"]
    if one_voice:
        return t["intro_talk_one"] if n == 1 else t["intro_talk"].format(n=n)
    return t["intro_one"] if n == 1 else t["intro"].format(n=n)


def report_view(s: Synthesis, lang: str) -> ReportView:
    """Everything the ``lang`` report of ``s`` prints, typeset, in reading order."""
    t = TEXT.get(lang, TEXT["en"])
    open_q, close_q = quote_marks(lang)
    notices = []
    status = s.translation.get(lang)
    if status is not None and status.status in ("unavailable", "partial"):
        # the detail comes from the translation stage in English: typeset as English inside the notice; a draft
        # with no model at all says so without the commands that install one (the run's report has them: an editor
        # reading the draft in Word has no use for "run 'confsynth models fetch …'")
        if status.status == "unavailable" or not status.message:
            notices.append(typeset(t["untranslated"].replace(" ({detail})", ""), lang))
        else:
            notice = typeset(t["untranslated"].format(detail="\x00"), lang)
            notices.append(notice.replace("\x00", typeset(status.message, "en")))
    elif status is not None and status.status == "translated" and status.model:
        notices.append(typeset(t["translated_by"].format(model=status.model), lang))
    checks = []
    if status is not None and status.flags:
        # what the glossary, name and number checks could not put right: the editor's list, in the draft
        checks.append(typeset(t["to_check"].format(n=len(status.flags)), lang))
        checks += [typeset(f.message, lang) for f in status.flags[:MAX_CHECKS]]
        if len(status.flags) > MAX_CHECKS:
            checks.append(typeset(t["more_to_check"].format(n=len(status.flags) - MAX_CHECKS), lang))
    by_model: dict[str, list[str]] = {}
    for tk in s.takeaways:
        if tk.headline_source.startswith("model:"):
            by_model.setdefault(tk.headline_source[len("model:"):], []).append(str(tk.rank))
    for model, ranks in by_model.items():
        notices.append(typeset(t["model_headlines"].format(ranks=", ".join(ranks), model=model), lang))
    takeaways, sources = [], []
    # in time order, an event held in parts (agenda headings) prints each part's title above its first
    # key message; in order of importance the parts would repeat, and one part alone needs no title
    parts = [_text_in(tk, tk.section, lang) if tk.section else ("", lang) for tk in s.takeaways]
    # (without the agenda's own numbering: « 2. Sécurité… » above key message 4 reads as a second count)
    parts = [(_AGENDA_NUMBER.sub("", p, count=1), p_lang) for p, p_lang in parts]
    # (and only where no untitled point follows a titled one: a merged file without headings, read after
    # one with them, would seem to belong to the last part shown)
    titled = [bool(p) for p, _ in parts]
    by_part = (s.order == "time" and len({p for p, _ in parts if p}) >= 2
               and not any(titled[k - 1] and not titled[k] for k in range(1, len(titled))))
    for k, tk in enumerate(s.takeaways):
        headline, h_lang = _text_in(tk, tk.headline, lang)
        body = tk.body.get(lang) or next(iter(tk.body.values()), "")
        printed = []
        # (one letter per row of the point's sources, its quotes then its body's statements: « 3 », « 3b » read as
        # two numberings in one table)
        lettered = len(tk.quotes) + len(tk.support) > 1
        for i, q in enumerate(tk.quotes):
            text, note = quote_text_for(q, lang)
            speaker = s.speaker(q.speaker_id)
            ref = f"{tk.rank}{chr(ord('a') + i)}" if lettered else str(tk.rank)
            who = attribution(speaker, lang)
            if q.disagrees:   # (a rebuttal under the point read as support for it)
                who = t["disagrees"].format(who=who)
            pq = PrintedQuote(ref, text, open_q, close_q, note, typeset(who, lang), q, speaker)
            printed.append(pq)
            # (the table names who said it: ", who disagrees" is the key message's business, not the source's)
            sources.append(SourceRow(ref, _excerpt(text), typeset(attribution(speaker, lang), lang),
                                     Path(q.source.file).name, source_location(q, lang)))
        # the body's framing words are always in the report language ("Selon X, « ... »")
        opens = by_part and parts[k][0] and (k == 0 or parts[k][0] != parts[k - 1][0])
        said = None
        if tk.said is not None:
            by = s.speaker(tk.said.speaker_id)
            said = PrintedQuote(str(tk.rank), tk.said.text, open_q, close_q, None,
                                typeset(attribution(by, lang), lang), tk.said, by)
        shown = typeset(headline, h_lang)
        if h_lang != lang and h_lang != s.language:
            # a headline left in a third language (a Spanish speaker's point in a French event's French draft) says
            # so, as its quotes do; a draft left wholly untranslated says it once, at the top
            shown += " (" + _language_note("original_in", h_lang, lang) + ")"
        # (a body composed from its statements was typeset part by part; any other is typeset here)
        # (a voice nobody named is named as the sentence says it: « Message porté par un·e intervenant·e non
        # identifié·e », not « par Intervenant·e non identifié·e »)
        point_by = typeset(t["point_by"].format(who=said.attribution if said.speaker.name else prose_name(
            said.speaker, lang, False)), lang) if said is not None else ""
        lead = tk.lead(body)
        takeaways.append(PrintedTakeaway(tk.rank, shown, body if tk.support else typeset(body, lang), tuple(printed),
                                         typeset(parts[k][0], parts[k][1]) if opens else "", said, point_by,
                                         lead.speaker_id if lead is not None else None))
        for j, q in enumerate(tk.support):
            text, _ = quote_text_for(q, lang)
            ref = f"{tk.rank}{chr(ord('a') + len(tk.quotes) + j)}" if lettered else str(tk.rank)
            sources.append(SourceRow(ref, _excerpt(text), typeset(attribution(s.speaker(q.speaker_id), lang), lang),
                                     Path(q.source.file).name, source_location(q, lang)))
    one_file = len({r.file for r in sources}) == 1
    return ReportView(
        lang=lang,
        # (a file named by a machine, "2f3f95e2….txt", titles nothing: the report says what it is)
        title=typeset(_printed_title(s.title), s.language) if s.title else t["untitled"],
        event_lines=_event_lines(s, lang),
        notices=tuple(notices),
        checks=tuple(checks),
        event_intro=event_intro(s.title, *event_when(s.title, s.date, s.place, s.header, s.files), s.speakers, lang,
                                title_language=s.language),
        heading=t["key_messages"],
        intro=typeset(_intro(len(s.takeaways), t, sum(sp.role == "speaker" for sp in s.speakers) == 1), lang),
        takeaways=tuple(takeaways),
        speakers_heading=t["speakers"],
        speakers=_speaker_rows(s, lang),
        sources_heading=t["sources"],
        sources_intro=typeset(t["sources_intro_one"].format(file=sources[0].file) if one_file else t["sources_intro"],
                              lang),
        sources=tuple(sources),
        sources_one_file=one_file,
        generated=typeset(t["generated"].format(files=", ".join(Path(f).name for f in s.files)), lang),
    )
