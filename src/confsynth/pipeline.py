"""The stage order, in one screen: ingest -> language -> speakers -> sentences -> quotes -> takeaways
-> translate -> render. ``run_batch`` processes files one by one so a bad file never stops the batch.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .config import Config
from .embed import Embedder, embed_texts, make_embedder
from .errors import ConfsynthError, InputError
from .files import remove_stale_parts
from .ingest import find_transcripts, read_transcript
from .ingest.encoding import clean_controls
from .ingest.labels import interpreted_from
from .language import (DEFAULT_LANGUAGES, LanguageDetector, detect_document_language, detect_sentence_languages,
                       detect_turn_languages, detect_unsupported_language, language_name, make_detector)
from .limits import TimeLimitExceeded, time_limit, words_over_limit_reason
from .manifest import Manifest, file_hash, hold_interrupts, report_kinds
from .nlp import analyze_texts, content_profile, has_model, install_hint, is_clause
from .quotes import QuoteCandidate, quote_candidates, quote_context, verify_quote, without_annotations
from .records import (DOCUMENT_WORDS, Quote, Segment, Sentence, Speaker, Synthesis, Takeaway, Transcript, Turn,
                      names_the_document)
from .render import write_report_file
from .render.dates import header_event
from .render.i18n import attribution, compose_body
from .speakers import NOT_SPEECH, UNKNOWN_ID, SpeakerDirectory, build_directory
from .speakerfile import apply_overrides, find_speakers_files, read_speakers_file, write_speakers_file
from .takeaways import (BY_LINE_WORDS, DEFAULT_COUNT, SENTENCES_PER_POINT, TakeawayConfig, announced_points,
                        auto_count, event_parts, make_headline, select_takeaways)
from .translate import Translator, find_translator, translate_synthesis
from .translators.glossary import Glossary, load_glossary

__all__ = ["Models", "load_models", "EventAnalysis", "analyse_event", "choose_takeaways", "synthesize",
           "write_reports", "run_batch", "FileResult", "output_stem", "takeaways_text", "turns_from_pairs"]

log = logging.getLogger(__name__)

Progress = Callable[[str, str], None]   # (event, detail): "start", "done", "failed"


@dataclass(frozen=True)
class Models:
    """The heavy components, built once per run."""

    embedder: Embedder
    detector: LanguageDetector
    translator: Translator | None
    translator_problem: str | None = None
    glossary: Glossary | None = None
    headliners: dict = field(default_factory=dict)   # language ("*": any) -> summarisation model for headlines
    headliner_problem: str | None = None


def load_models(config: Config, found: tuple[Translator | None, str | None] | None = None) -> Models:
    """Build the embedder, language detector and translator the config asks for (``found``: a translator
    already looked up with ``find_translator``)."""
    glossary = load_glossary(config.glossary_file) if config.glossary_file else None
    translator, problem = found or find_translator(config)
    headliners, headliner_problem = {}, None
    if config.headline_models:
        from .headlines import load_headline_models

        headliners, headliner_problem = load_headline_models(config.headline_models, config.models_dir)
    return Models(make_embedder(config.embedder), make_detector(config.detector), translator, problem, glossary,
                  headliners, headliner_problem)


def _title(transcripts: Sequence[Transcript], config: Config) -> str:
    if config.title:
        return clean_controls(config.title)
    shared = _shared_title([t.title for t in transcripts if t.title]) if len(transcripts) > 1 else ""
    if shared:
        return uncapitalised(shared)
    for t in transcripts:
        if t.title:
            return uncapitalised(t.title)
    return title_from_welcome(transcripts[0].turns) or title_from_filename(Path(transcripts[0].path).name)


# The host's welcome that names the event's theme: "Welcome to this fireside chat on financing adaptation to
# climate change in cities", « Bienvenue dans ce webinaire consacré aux mobilités rurales », « Bienvenue à cette
# table ronde, « Protéger les océans : de la science à la décision » »
_EVENT_NOUNS = (r"(?:fireside\s+chat|webinar|panel(?:\s+discussion)?|conference|session|debate|hearing|round\s?table"
                r"|seminar|workshop|symposium|discussion|evidence\s+session|table\s+ronde|webinaire|colloque|conférence"
                r"|conférence-débat|débat|rencontre|séminaire|atelier|soirée|matinée|matinale|émission|podcast"
                r"|épisode|episode|réunion(?:\s+publique)?|journée(?:\s+d'études?)?)")
_WELCOME = re.compile(
    r"(?i:\b(?:(?:welcome|bienvenue)(?:\s+(?:back|everyone|all|à\s+toutes\s+et\s+à\s+tous|à\s+tous))?,?\s+(?:to|à|dans)"
    # (or the thanks for coming: « Merci d'être venus si nombreux pour cette conférence-débat sur… »)
    r"|merci\s+d['’]être\s+(?:venue?s?|là)(?:\s+si\s+nombreu(?:x|ses))?\s+(?:pour|à)"
    r"|thank(?:s|\s+you)(?:\s+all)?\s+for\s+(?:coming|joining(?:\s+us)?)\s+(?:to|for))\s+"
    r"(?:this|our|today's|tonight's|the|cette|ce|cet|notre)\s+(?:(?:morning's|afternoon's|evening's|first|new|online"
    r"|nouvelle?|premier|première)\s+)?" + _EVENT_NOUNS
    # (with its organiser: « ce webinaire de la Fondation Soigner Demain consacré à… », "this webinar of the OECD on…")
    + r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|of\s+the|of|by\s+the|by)\s+(?-i:[A-ZÀ-Ý])[^.?!;,]{1,60}?(?=,?\s+(?:on|about"
    r"|dedicated|consacrée?s?|sur|autour)\b)"
    # (« … organisée par la Maison des étudiants de l'Université Lumière Lyon 2, sur le thème « … » »)
    r"|\s+(?:organisée?s?\s+par|organi[sz]ed\s+by|hosted\s+by)\s+[^.?!;]{1,90}?(?=,?\s+(?:on|about|sur|autour)\b))?"
    r"\s*(?:,?\s*(?:sur\s+le\s+thème(?:\s+de)?|on\s+the\s+(?:theme|topic)\s+of)\s*|,?\s+(?:on|about|dedicated\s+to"
    r"|titled|entitled|called|sur|consacrée?s?\s+(?:à\s+la|à\s+l'|aux|au|à)|intitulée?|autour\s+(?:de\s+la|de\s+l'|des"
    r"|du|de))\s+|,\s*))"
    r"(?:[«“\"]\s*(?P<quoted>[^»”\"]{4,120}?)\s*[»”\"]|(?P<said>[^.?!;,—–]{4,120}))")


def title_from_welcome(turns: Sequence[Turn]) -> str:
    """The event's theme as its host welcomes the room to it, for a transcript with no title line; "" when the
    opening says none. (« consacré aux mobilités rurales » -> « Mobilités rurales »)"""
    for turn in turns[:2]:
        m = _WELCOME.search(turn.text[:600].replace("’", "'"))
        if m is None:
            continue
        title = (m["quoted"] or m["said"] or "").strip()
        words = title.split()
        if 2 <= len(words) <= 14 and not re.match(r"(?i)(?:I|we|je|nous|on|vous|you)\b", title):
            return clean_controls(title[:1].upper() + title[1:])
    return ""


# what a file name says of the document rather than of the event ("panel.transcript.txt", "…_captions.vtt")
_FILE_WORDS = re.compile(r"(?i)(?:" + DOCUMENT_WORDS + r"|txt|vtt|srt|docx?|json|otter|rev|recording|enregistrement"
                         r"|final|draft|v\d+|\(\d+\))$")
_TOOL_WORDS = re.compile(r"(?i:zoom|teams|webex|sonix|trint|descript|otter|meet)")
# a copy's mark before the name: "Copy of panel.docx", « Copie de panel.docx »
_COPY_OF = re.compile(r"(?i)^(?:copy\s+of|copie\s+de)\s+")
# a machine's name for it: a hash or an id ("2f3f95e2eb2b4532…", a UUID's parts, a long timestamp)
_UUID = re.compile(r"(?i)[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}")
_FILE_ID = re.compile(r"(?i)(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}|\d{9,}|(?:GMT)?\d{8}(?:-\d{6})?")


_INITIALS = {"ai", "ia", "eu", "ue", "uk", "usa", "onu", "oecd", "ocde", "ngo", "ong", "esg", "rse", "pme", "sme",
             "smes", "gdp", "pib", "rsa", "caf", "cnrs", "inrae", "ademe", "sncf", "ess", "csr", "hr", "rh"}


_LANGUAGE_TAGS = {"fr", "en", "es", "de", "it", "nl", "pt", "fra", "eng", "fre"}


_SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "au", "aux", "en", "sur", "sous", "pour",
                "par", "of", "the", "and", "in", "on", "for", "to", "at", "a", "an", "y", "del", "di", "von", "der"}


def uncapitalised(title: str) -> str:
    """A title printed in capitals, as minutes head their first page (« VILLE DE SAINT-AUBIN-SUR-LOIRE »), in
    title case (« Ville de Saint-Aubin-sur-Loire »); a title with lower-case letters, or acronyms, is left as it is."""
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 8 or not all(c.isupper() for c in letters) or len(title.split()) < 2:
        return title

    def word(w: str, first: bool) -> str:
        parts = re.split(r"([-'’])", w)
        out = []
        for k, part in enumerate(parts):
            low = part.lower()
            if part in "-'’":
                out.append(part)
            elif low in _SMALL_WORDS and not (first and k == 0):
                out.append(low)
            else:
                out.append(low[:1].upper() + low[1:])
        return "".join(out)

    return " ".join(word(w, k == 0) for k, w in enumerate(title.split()))


def _shared_title(titles: Sequence[str]) -> str:
    """The event's title that several sessions' title lines open on: « Forum Mobilités Rurales 2024 — Session 1 : Le
    diagnostic », « … — Session 2 : Les solutions qui marchent » -> « Forum Mobilités Rurales 2024 » (the first
    session's line had been the whole event's title); "" when they share none."""
    if len(titles) < 2 or len(set(titles)) < len(titles):
        return ""
    prefix = titles[0]
    for t in titles[1:]:
        k = 0
        while k < min(len(prefix), len(t)) and prefix[k] == t[k]:
            k += 1
        prefix = prefix[:k]
    cut = max((m.start() for m in re.finditer(r"\s+[—–-]\s+|\s*:\s+|,\s+", prefix)), default=-1)
    head = prefix[:cut].strip() if cut > 0 else ""
    if all(re.match(r"\s*(?:[—–-]|:)\s", t[len(prefix):]) for t in titles):
        # (the titles part at a dash, each told apart by another one: "European Forum on Repair, Reuse and Local Jobs
        # - morning session" / "… — Afternoon session" share all before it, comma and all)
        head = prefix.strip()
    # (not a kind of event alone: « Table ronde : logement », « Table ronde : emploi » share no title)
    generic = re.fullmatch(r"(?i)(?:(?:la|le|l['’]|the|a|une?)\s+)?(?:table[- ]ronde|round[- ]?table|session|séance|panel"
                           r"|atelier|workshop|débat|debate|conférence|conference|webinaire|webinar|plénière|plenary)"
                           r"(?:\s+\w{1,3})?", head)
    return head if len(head.split()) >= 2 and not generic else ""


def session_title(transcript: Transcript, event_title: str) -> str:
    """What a file of a several-file event was: the header line under the event's title and its place and date
    (« Table ronde 1 : « Se déplacer à la campagne… » »), or what follows the date on that line ("Lille, 14 mars
    2024 - Table ronde 2 : mobilités urbaines"); "" when the file says nothing more than the event's title."""
    found = ""
    for line in transcript.header:
        if line.strip() == event_title.strip():
            continue
        if event_title and line.strip().startswith(event_title.strip()):
            # « Forum Mobilités Rurales 2024 — Session 1 : Le diagnostic » under the event's title: its session
            found = line.strip()[len(event_title.strip()):].strip(" —–-:,") or found
            continue
        date = _HEADER_TAIL.match(" ".join(line.split()))
        if date:
            # (not the document's name: "Brussels, 14 March 2025 — transcript" titled the afternoon « transcript »)
            found = date.group("rest") if date.group("rest") and not names_the_document(date.group("rest")) else found
            continue
        if header_event(["", line])[0]:
            continue
        found = line.strip()
    return found


# a place and date line that goes on with the session: "Lille, 14 mars 2024 - Table ronde 2 : mobilités urbaines"
_HEADER_TAIL = re.compile(r"^.{0,80}?\b(?:19|20)\d\d\s+[-–—]\s+(?P<rest>[^\d].{2,120})$")


def title_from_filename(name: str) -> str:
    """The event's title from its file's name: "future-of-work-panel.vtt" -> "Future of work panel"; "" when the
    name holds only ids and the tool's words ("2f3f95e2eb2b4532.transcript.txt", "meeting_transcript.vtt" keeps
    "Meeting"): the report then has no title to quote rather than a hash."""
    name = clean_controls(name)      # a file name may hold any character but "/"
    name = _COPY_OF.sub("", _UUID.sub(" ", name))
    # (a dash before a digit stays: "2026-11-03", "covid-19")
    words = [w for w in re.split(r"[_.\s]+|-+(?!\d)", name) if w]
    if len(words) > 1:
        words = words[:-1]           # the extension
    words = [w for w in words if not _FILE_WORDS.match(w) and not _FILE_ID.fullmatch(w)]
    # the meeting tool it came from, when the name says more ("webinaire-mobilite-rurale-zoom.txt")
    words = [w for w in words if not _TOOL_WORDS.fullmatch(w)] or words
    # the language the staff filed it under: "fr_webinaire.srt", "panel-EN.docx" (a title of "Fr webinaire")
    while len(words) > 1 and words[0].casefold() in _LANGUAGE_TAGS:
        words = words[1:]
    while len(words) > 1 and words[-1].casefold() in _LANGUAGE_TAGS:
        words = words[:-1]
    # (the initials a lower-case name spells small: "ai-public-services-panel" is about AI)
    words = [w.upper() if w in _INITIALS else w for w in words]
    title = " ".join(words)
    return title[:1].upper() + title[1:]


@dataclass(frozen=True)
class EventAnalysis:
    """Everything the model stages computed about one event, before key messages are chosen."""

    language: str
    turns: tuple[Turn, ...]
    directory: SpeakerDirectory
    sentences: tuple[Sentence, ...]
    vectors: np.ndarray
    candidates: tuple[QuoteCandidate, ...]
    problems: tuple[str, ...] = ()          # what the user should know (a language confsynth does not analyse)


MIN_SPEECH_WORDS = 8   # the fewest words of a claim (a sentence of 8 words or more): fewer is nothing to summarise
_INTERPRETED_SIMILARITY = 0.82   # cosine above which the interpreter's sentence renders the speaker's


def interpreted(takeaways: Sequence[Takeaway], event: EventAnalysis) -> list[Takeaway]:
    """What a speaker said in another language, as the event's interpreter rendered it into the event's: the French
    draft of a French event printed a Spanish panellist's headlines and quotes in Spanish, « (en espagnol dans le
    texte) », though the interpreter's French follows each answer (« [Interprète] : … »). Each sentence is matched
    to the interpreter's closest sentence in the turn or two after it; below ``_INTERPRETED_SIMILARITY`` nothing is
    taken, and a model may translate it as any quote."""
    roles = {s.id: s.role for s in event.directory.speakers}
    lang = event.language
    by_turn: dict[int, list[Sentence]] = {}
    for s in event.sentences:
        by_turn.setdefault(s.turn, []).append(s)

    def rendering(turn: int, start: int, end: int) -> str | None:
        own = [s for s in by_turn.get(turn, []) if s.start < end and s.end > start]
        booth = [s for t in (turn + 1, turn + 2) if t < len(event.turns)
                 and roles.get(event.directory.turn_speaker[t]) == "interpreter"
                 for s in by_turn.get(t, []) if s.language == lang]
        if not own or not booth:
            return None
        said = event.vectors[[s.index for s in own]].mean(axis=0)
        said = said / max(float(np.linalg.norm(said)), 1e-8)
        scores = event.vectors[[s.index for s in booth]] @ said
        best = int(np.argmax(scores))
        return booth[best].text if scores[best] >= _INTERPRETED_SIMILARITY else None

    def quote(q: Quote) -> Quote:
        if q.language == lang or lang in q.translations:
            return q
        text = rendering(q.source.turn, *q.span)
        return q if text is None else replace(q, translations={**q.translations, lang: text},
                                              interpreted=(*q.interpreted, lang))

    out = []
    for tk in takeaways:
        if tk.language == lang or not event.directory.speakers:
            out.append(tk)
            continue
        headline = dict(tk.headline)
        said = quote(tk.said) if tk.said is not None else None
        if said is not None and lang in said.translations and lang not in headline:
            headline[lang] = make_headline(said.translations[lang], lang)
        out.append(replace(tk, headline=headline, said=said, quotes=tuple(quote(q) for q in tk.quotes),
                           support=tuple(quote(q) for q in tk.support)))
    return out


def spoken_through_interpreter(takeaways: Sequence[Takeaway], event: EventAnalysis) -> list[Takeaway]:
    """Mark the quotes whose words are the interpreter's, given under the speaker's own name after a transcriber's
    note (« Klaus Becker : [interprétation de l'allemand] Merci beaucoup… »): the French draft printed them as
    Klaus Becker's own French and the English draft said "(original in French)"."""
    notes = {i: found for i, t in enumerate(event.turns) if (found := interpreted_from(t.text))}

    def mark(q: Quote) -> Quote:
        before = [code for end, code in notes.get(q.source.turn, ()) if end <= q.span[0]]
        return replace(q, spoken_in=before[-1]) if before and before[-1] != q.language else q

    if not notes:
        return list(takeaways)
    return [replace(tk, quotes=tuple(mark(q) for q in tk.quotes), support=tuple(mark(q) for q in tk.support),
                    said=mark(tk.said) if tk.said is not None else None) for tk in takeaways]


def analyse_event(turns: Sequence[Turn], config: Config, models: Models,
                  speaker_files: Sequence[Path] = (), header: Sequence[str] = ()) -> EventAnalysis:
    """Language, speakers, sentences (one spaCy pass), embeddings (one pass) and quote candidates.

    ``speaker_files`` are the corrections to the speaker directory, applied in order.
    """
    turns = [replace(t, index=i) for i, t in enumerate(turns)]
    texts = [t.text for t in turns]
    language, turn_langs, problems = _languages(texts, config, models)
    for problem in problems:
        log.warning("%s: %s", turns[0].file if turns else "", problem)
    turns = [replace(t, language=lang or language) for t, lang in zip(turns, turn_langs)]

    # one spaCy pass: sentences for the summary, entities for the speaker directory
    analyses = analyze_texts([t.text for t in turns], [t.language or language for t in turns])
    directory = build_directory(turns, language, analyses, header=header)
    for path in speaker_files:
        directory = apply_overrides(directory, read_speakers_file(path))
    spans = [(turn, analysis, start, end) for turn, analysis in zip(turns, analyses) for start, end in analysis.sentences]
    said_in = detect_sentence_languages([turn.text[start:end] for turn, _, start, end in spans],
                                        [turn.language or language for turn, _, _, _ in spans], models.detector)
    sentences: list[Sentence] = []
    for (turn, analysis, start, end), lang in zip(spans, said_in):
        content, verb = content_profile(analysis, start, end)
        sentences.append(Sentence(len(sentences), turn.index, start, end, turn.text[start:end],
                                  directory.turn_speaker[turn.index], lang, content, verb,
                                  is_clause(analysis, start, end), turn.confidence(start, end)))
    vectors = embed_texts([without_annotations(s.text) for s in sentences], models.embedder)
    roles = {s.id: s.role for s in directory.speakers}
    quotable = {s.id for s in directory.speakers if s.id != UNKNOWN_ID and s.role not in NOT_SPEECH}
    candidates = quote_candidates(sentences, turns, vectors, quotable, roles=roles)
    return EventAnalysis(language, tuple(turns), directory, tuple(sentences), vectors, tuple(candidates),
                         tuple(problems))


def _languages(texts: Sequence[str], config: Config, models: Models) -> tuple[str, list[str | None], list[str]]:
    """The event's language, each turn's, and what to tell the user when confsynth cannot analyse it fully."""
    foreign = detect_unsupported_language(texts)
    if foreign is not None:
        # analysed as what it is (rule-based sentences, no NER), rather than as the nearest supported language
        return foreign, [foreign] * len(texts), [
            f"the transcript is in {language_name(foreign)} ({foreign}), outside the languages confsynth analyses "
            f"({', '.join(DEFAULT_LANGUAGES)}): sentences split by rule, no named entities, and key messages and "
            "quotes stay in the original language"]
    detected, _ = detect_document_language(texts, models.detector)
    language = detected or config.languages[0]
    problems = []
    if not has_model(language):
        problems.append(f"no spaCy model for {language_name(language)} ({language}): sentences split by rule and "
                        f"no named entities; for better results: {install_hint(language)}")
    return language, detect_turn_languages(texts, language, models.detector), problems


def choose_takeaways(event: EventAnalysis, config: Config) -> list[Takeaway]:
    """Pick the key messages of an analysed event, each quote checked verbatim against its turn."""
    return _choose(event, config)[0]


def _choose(event: EventAnalysis, config: Config) -> tuple[list[Takeaway], int]:
    """The key messages (see choose_takeaways), and how many the event gave before the word budget."""
    roles = {s.id: s.role for s in event.directory.speakers}
    quotable = {s.id for s in event.directory.speakers if s.id != UNKNOWN_ID and s.role not in NOT_SPEECH}
    count = config.takeaways
    if not count:
        n = len(event.sentences)
        parts = (event_parts(event.sentences, event.vectors, event.turns, roles)
                 if n // SENTENCES_PER_POINT < DEFAULT_COUNT else 0)   # (a long event gets 8 anyway)
        count = auto_count(n, parts, announced_points(event.sentences, roles))
    # (the line above the key messages is printed within the budget too: see printed_words)
    tk_config = TakeawayConfig(count=count, max_words=config.max_words - _LEAD_WORDS if config.max_words else None,
                               order=config.order)
    if config.max_words:
        # a generous budget buys longer bodies: more of the speakers' own statements on each point
        per_point = config.max_words / count
        tk_config = replace(tk_config, body_sentences=max(1, min(12, round((per_point - 60) / 25))))
    speakers = {s.id: s for s in event.directory.speakers}
    names = [s.name for s in event.directory.speakers if s.name]

    def signature(speaker_id: str, lang: str) -> int:
        return _signature_words(speakers.get(speaker_id), lang)

    def pick(tk_config: TakeawayConfig) -> tuple[list[Takeaway], int]:
        chosen, found = select_takeaways(event.sentences, event.vectors, event.turns, event.candidates, roles,
                                         quotable, tk_config, names, signature=signature)
        return _checked(event, chosen, speakers), found

    checked, found = pick(tk_config)
    # the budget is the printed synthesis': the selection counts each quote's signature and « Point made by » line
    # (five points chosen within 400 words printed 435 without them), and what it can only estimate, the words that
    # hand on a paragraph's statements, is checked here on what is printed
    for _ in range(8):
        over = printed_words(checked, speakers) - config.max_words if config.max_words else 0
        if over <= 0 or tk_config.max_words is None or tk_config.max_words <= 40:
            break
        tk_config = replace(tk_config, max_words=max(40, tk_config.max_words - over - 10))
        checked = pick(tk_config)[0]
    return checked, found


_LEAD_WORDS = 8   # "The 5 key messages from the speakers:"


def printed_words(takeaways: Sequence[Takeaway], speakers: dict[str, Speaker]) -> int:
    """The words the key messages take in a draft, in their language: the line above them, each headline, the
    paragraph, each quote and its signature, and the « Point made by » line where it is printed."""
    words = _LEAD_WORDS
    for tk in takeaways:
        lang = tk.language if tk.language in ("fr", "en") else "en"
        head = next(iter(tk.headline.values()), "")
        body = tk.body.get(tk.language) or ""
        words += len(head.split()) + len(body.split())
        for q in tk.quotes:
            sp = speakers.get(q.speaker_id)
            words += len(q.text.split()) + _signature_words(sp, lang)
        if tk.said is not None:   # (the « Point made by » line: see PrintedTakeaway.by)
            lead = tk.lead(body)
            sp = speakers.get(tk.said.speaker_id)
            if lead is None or (sp is not None and sp.name and lead.speaker_id != tk.said.speaker_id):
                words += BY_LINE_WORDS + _signature_words(sp, lang)
    return words


def _signature_words(speaker: Speaker | None, lang: str) -> int:
    """The words that sign a speaker's quote or point in ``lang`` ("Priya Raman (OECD)"), 2 for a voice unknown."""
    return len(attribution(speaker, lang).split()) if speaker else 2


def _checked(event: EventAnalysis, takeaways: Sequence[Takeaway], speakers: dict[str, Speaker]) -> list[Takeaway]:
    """The key messages with every quote checked verbatim against its turn, each with its context, and the body
    composed."""
    checked = []
    for tk in takeaways:
        turn_text = event.turns
        good = tuple(replace(q, context=quote_context(turn_text[q.source.turn].text, q.span),
                             heard=turn_text[q.source.turn].confidence(*q.span))
                     for q in tk.quotes if verify_quote(q.text, turn_text[q.source.turn].text))
        support = tuple(q for q in tk.support if verify_quote(q.text, turn_text[q.source.turn].text))
        if len(good) + len(support) < len(tk.quotes) + len(tk.support):  # never expected
            log.error("%d quote(s) failed the verbatim check and were dropped",
                      len(tk.quotes) + len(tk.support) - len(good) - len(support))
        body, _ = compose_body(support, speakers, tk.language)
        said = tk.said
        if said is not None:
            text = turn_text[said.source.turn].text
            said = (replace(said, context=quote_context(text, said.span),
                            heard=turn_text[said.source.turn].confidence(*said.span))
                    if verify_quote(said.text, text) else None)
        checked.append(replace(tk, quotes=good, support=support, body={tk.language: body}, said=said))
    return checked


def synthesize(transcripts: Sequence[Transcript], config: Config, models: Models,
               speaker_files: Sequence[Path] | None = None) -> Synthesis:
    """Run every analysis stage on one event (one or several transcripts) and return its synthesis.

    ``speaker_files`` correct the speaker directory (default: those next to the transcripts and --speakers).
    """
    if speaker_files is None:
        speaker_files = find_speakers_files([Path(t.path) for t in transcripts], config)
    header = transcripts[0].header
    title = _title(transcripts, config)
    if len(transcripts) > 1:
        # one event in several files: each file is a session, its title the part its key messages fall under (in
        # time order, as an agenda's headings), and the first file's session is no subtitle of the whole event
        titles = [session_title(tr, title) for tr in transcripts]
        transcripts = [replace(tr, turns=tuple(replace(t, section=t.section or title) for t in tr.turns))
                       if title else tr for tr, title in zip(transcripts, titles)]
        header = tuple(line for line in header if not titles[0] or line != titles[0])
    turns = [t for tr in transcripts for t in tr.turns]
    event = analyse_event(turns, config, models, speaker_files, header)
    takeaways, found = _choose(event, config)
    takeaways = spoken_through_interpreter(interpreted(takeaways, event), event)
    # (what the reader skipped or mended in a file: "3 cue(s) skipped, their timing unreadable: line 8 (…)")
    problems: list[str] = [(f"{Path(tr.path).name}: " if len(transcripts) > 1 else "") + p
                           for tr in transcripts for p in tr.problems] + list(event.problems)
    if models.headliners:
        from .headlines import rewrite_headlines

        takeaways, rewrites = rewrite_headlines(takeaways, models.headliners)
        notes = {r.rank: r for r in rewrites}
        takeaways = [replace(t, headline_source=notes[t.rank].source, headline_note=notes[t.rank].note)
                     if t.rank in notes else t for t in takeaways]
    if models.headliner_problem:
        problems.append(f"headline model unavailable: {models.headliner_problem}")
    if all(not t.label for t in event.turns) and not any(s.name for s in event.directory.speakers):
        problems.append("no speaker labels found: quotes cannot be attributed to named speakers")
    word_count = sum(t.word_count for t in transcripts)
    if takeaways and config.max_words and config.takeaways and len(takeaways) < config.takeaways:
        # (--takeaways 5 --max-words 400 gave 4 with no word: the budget held them, not the event)
        problems.append(f"{len(takeaways)} of the {config.takeaways} key messages asked fit in {config.max_words} words")
    elif takeaways and config.max_words and not config.takeaways:
        # ... and so did --max-words alone: 3 key messages of a panel's 8, and nothing said why (the selection
        # counts them before the budget: running it again without one took 1.4 s per 10,000 words)
        if len(takeaways) < found:
            problems.append(f"{len(takeaways)} of the {found} key messages found fit in {config.max_words} words")
    if not takeaways:
        problems.append(f"no key message: nothing in the {word_count} word{'s' if word_count != 1 else ''} reads as "
                        "a claim (a sentence of 8 words or more, with a verb, that is not a question or talk about "
                        "the meeting)")
    header_date, header_place = header_event(transcripts[0].header)
    synthesis = Synthesis(
        title=title,
        files=tuple(t.path for t in transcripts),
        language=event.language,
        speakers=event.directory.speakers,
        takeaways=tuple(takeaways),
        translation={},
        header=header,
        word_count=word_count,
        problems=tuple(problems),
        date=config.date or header_date,
        place=config.place or header_place,
        order=config.order,
    )
    synthesis = translate_synthesis(synthesis, config.languages, models.translator, glossary=models.glossary,
                                    unavailable=models.translator_problem)
    synthesis = compose_bodies(synthesis, config.languages)
    for lang, st in synthesis.translation.items():
        if st.status in ("unavailable", "partial"):
            problems.append(f"{lang}: {st.status} translation")
        if st.flags:
            problems.append(f"{lang}: {len(st.flags)} translation point(s) to check")
    return replace(synthesis, problems=tuple(problems))


def compose_bodies(synthesis: Synthesis, languages: Sequence[str]) -> Synthesis:
    """Write each takeaway's body in every report language from its attributed statements."""
    speakers = {s.id: s for s in synthesis.speakers}
    takeaways = []
    for tk in synthesis.takeaways:
        body, untranslated = dict(tk.body), set(tk.untranslated)
        for lang in languages:
            body[lang], complete = compose_body(tk.support, speakers, lang)
            if not complete:
                untranslated.add(lang)
        takeaways.append(replace(tk, body=body, untranslated=tuple(sorted(untranslated))))
    return replace(synthesis, takeaways=tuple(takeaways))


def takeaways_text(takeaways: Sequence[Takeaway], budget_words: int | None = None) -> str:
    """The synthesis as plain text for scoring: headlines, then bodies, in rank order, cut at the budget."""
    parts = [next(iter(t.headline.values())) for t in takeaways]
    parts += [next(iter(t.body.values()), "") for t in takeaways]
    words = " ".join(p for p in parts if p).split()
    return " ".join(words[:budget_words] if budget_words is not None else words)


def turns_from_pairs(pairs: Sequence[tuple[str, str]], file: str = "<memory>") -> list[Turn]:
    """Turns from (speaker label, text) pairs, for corpora that come as data rather than files."""
    return [Turn(index=i, label=spk, text=" ".join(text.split()), file=file, segments=(Segment(0, i + 1),))
            for i, (spk, text) in enumerate(pairs) if text.strip()]


def output_stem(paths: Sequence[Path], config: Config) -> str:
    """The file name stem for an event's reports: the input's stem, or --name / the folder with --merge."""
    if config.merge:
        name = config.name or (paths[0].parent.name if len({p.parent for p in paths}) == 1 else "event")
    else:
        name = paths[0].stem
    return _safe_stem(name)


def _safe_stem(name: str) -> str:
    # never a path: whatever the input is called, reports stay inside the output folder; no leading
    # dash either ("-rf.fr.docx" reads as an option to every shell command that touches it)
    name = re.sub(r"[\\/\x00-\x1f\x7f]+", "_", name).strip(". ").lstrip("-").strip(". ") or "transcript"
    # file names are limited to 255 bytes, and ".synthesis.json", ".v2" and the temporary suffix need room
    while len(name.encode("utf-8")) > 150:
        name = name[:-1]
    return name


def write_reports(synthesis: Synthesis, out_dir: Path, stem: str, config: Config,
                  targets: dict[str, Path] | None = None) -> dict[str, Path]:
    """Write the event's report files (``targets``: kind -> path; default every format and language of
    ``config`` under ``out_dir``); return what was written, by kind (``fr.docx``, ``synthesis.json``)."""
    if targets is None:
        targets = {kind: out_dir / f"{stem}.{kind}" for kind in report_kinds(config)}
    for kind, path in targets.items():
        write_report_file(synthesis, kind, path)
    return dict(targets)


@dataclass
class FileResult:
    """What happened to one event of a batch."""

    inputs: list[Path]
    outputs: list[Path] = field(default_factory=list)
    synthesis: Synthesis | None = None
    error: str | None = None
    up_to_date: bool = False                                   # nothing changed since the last run
    kept: list[tuple[Path, Path]] = field(default_factory=list)  # (edited report kept, new version written)


_PARTS_OF_DAY = ((r"morning|matin|matinee|matinée|vormittag|mattina|manana|mañana|am", 0),
                 (r"noon|midi|lunch|dejeuner|déjeuner|mittag", 1),
                 (r"afternoon|apres-midi|après-midi|aprem|nachmittag|pomeriggio|tarde|pm", 2),
                 (r"evening|soir|soiree|soirée|abend|sera|noche", 3))


def _in_day_order(files: Sequence[Path]) -> list[Path]:
    """The files of one event in the order of its day, where their names say it ("forum-morning.vtt" before
    "forum-afternoon.docx", which sorted first: the afternoon opened the merged synthesis); else as they came."""
    def part(p: Path) -> int | None:
        words = re.split(r"[\W_]+", p.stem.casefold())
        return next((rank for rx, rank in _PARTS_OF_DAY for w in words if re.fullmatch(rx, w)), None)

    ranks = [part(p) for p in files]
    if None in ranks or len(set(ranks)) < 2:
        return list(files)
    return [p for _, _, p in sorted(zip(ranks, range(len(files)), files))]


def _same_text(groups: Sequence[Sequence[Path]]) -> None:
    """Say which transcripts are copies of one another (the same text under two names was processed twice, with no
    word): both are still processed, the user decides."""
    seen: dict[str, Path] = {}
    for group in groups:
        if len(group) != 1 or not group[0].is_file():
            continue
        try:
            digest = file_hash(group[0])
        except OSError:
            continue
        if digest in seen:
            log.warning("%s is the same text as %s: both get reports", group[0], seen[digest])
        else:
            seen[digest] = group[0]


def _group_key(group: Sequence[Path]) -> list[str]:
    return sorted(str(Path(p).resolve()) for p in group)


def _assign_stems(groups: Sequence[Sequence[Path]], config: Config, manifest: Manifest) -> list[str]:
    """Each event's report name, the same from run to run: a transcript keeps the name its reports were written
    under (the output folder's manifest says whose they are), and a new one never takes a name that is another
    transcript's. Two inputs with one stem keep both reports: talk.txt and talk.vtt are talk and talk-vtt; the same
    name in two folders, a/session.txt and b/session.txt, is told by its folder (session-b). (Named in the order of
    the batch alone, a new a/session.txt took the name of b/session.txt's reports, edited draft and all.)"""
    if config.merge:
        return [output_stem(group, config) for group in groups]
    keys = [_group_key(g) for g in groups]
    # (a claim holds while one of its transcripts is still there)
    claimed = {stem: tuple(e["paths"]) for stem, e in manifest.events.items()
               if e.get("paths") and any(Path(p).exists() for p in e["paths"])}
    owner = {paths: stem for stem, paths in claimed.items()}
    stems: list[str | None] = [owner.get(tuple(k)) for k in keys]
    taken = set(claimed) | {s for s in stems if s}
    first_of: dict[str, Path] = {output_stem(g, config): g[0] for g, s in zip(groups, stems) if s}
    for i, group in enumerate(groups):
        if stems[i] is not None:
            continue
        base = output_stem(group, config)
        stem = base
        if stem in taken:
            other = first_of.get(base) or Path(claimed.get(base, (str(group[0]),))[0])
            if group[0].suffix.lower() != other.suffix.lower():
                tell = group[0].suffix.lstrip(".")
            else:
                tell = _safe_stem(group[0].parent.name) if group[0].parent.name else ""
            candidates = ([f"{base}-{tell}"] if tell else []) + [f"{base}-{n}" for n in range(2, 10_000)]
            stem = next(c for c in candidates if c not in taken)
        first_of.setdefault(base, group[0])
        taken.add(stem)
        stems[i] = stem
    return [s or "transcript" for s in stems]


def run_batch(paths: Sequence[str | Path], out_dir: Path, config: Config, models: Models | None = None,
              progress: Progress | None = None) -> list[FileResult]:
    """Process every transcript under ``paths`` whose reports are out of date (see ``manifest``); a failing
    file is reported and the batch goes on."""
    # confsynth's own reports are skipped by find_transcripts wherever they are, so "-o ." works
    files, missing = find_transcripts(list(paths))
    out_dir = Path(out_dir)
    remove_stale_parts(out_dir)  # leftovers of a run that was killed while writing
    results = [FileResult([Path(e.path)], error=e.reason) for e in missing]
    groups = [_in_day_order(files)] if config.merge and files else [[f] for f in files]
    manifest = Manifest(out_dir)
    probe: list[tuple[Translator | None, str | None]] = []   # looked up once, on first need, then reused

    def translation_available() -> bool:
        if models is not None:
            return models.translator is not None
        if not probe:
            probe.append(find_translator(config))
        return probe[0][0] is not None

    _same_text(groups)
    for group, stem in zip(groups, _assign_stems(groups, config, manifest)):
        result = FileResult(list(group))
        results.append(result)
        label = ", ".join(p.name for p in group)
        if progress:
            progress("start", label)
        try:
            # corrections to the speakers count as inputs: editing NAME.speakers.toml regenerates the reports
            corrections = find_speakers_files(group, config, out_dir, stem)
            plan = manifest.plan(stem, [p for p in group if p.is_file()] + corrections, config,
                                 translation_available)
            if plan.up_to_date:
                result.up_to_date = True
                if progress:
                    progress("skipped", label)
                continue
            with time_limit(config.time_limit):
                transcripts = []
                for p in group:
                    try:
                        transcripts.append(read_transcript(p, config.max_bytes, config.max_input_words))
                    except InputError as exc:
                        if not config.merge:
                            raise
                        result.error = (result.error + "; " if result.error else "") + str(exc)
                if not transcripts:
                    raise InputError(group[0], result.error or "nothing readable")
                if (words := sum(t.word_count for t in transcripts)) > config.max_input_words:
                    raise InputError(group[0], words_over_limit_reason(words, config.max_input_words))
                if words < MIN_SPEECH_WORDS:
                    # ("Thanks everyone, bye." gave two drafts saying no key message could be extracted, and exit 0:
                    # fewer words than one claim holds are no transcript to summarise, as an empty file is none)
                    raise InputError(group[0], f"too short: {words} word{'s' if words != 1 else ''}, no transcript to "
                                               "summarise")
                if models is None:
                    models = load_models(config, probe[0] if probe else None)
                synthesis = synthesize(transcripts, config, models, corrections)
            with hold_interrupts():
                written = write_reports(synthesis, out_dir, stem, config, plan.targets)
                incomplete = any(st.status in ("unavailable", "partial") for st in synthesis.translation.values())
                manifest.record(plan, written, untranslated=incomplete, paths=_group_key(group))
            result.outputs = list(written.values())
            result.kept = [(plan.kept[k], written[k]) for k in plan.kept]
            # the directory confsynth inferred, for staff to correct (never over a file they edited)
            speakers_path = out_dir / f"{stem}.speakers.toml"
            if write_speakers_file(synthesis.speakers, speakers_path, synthesis.files):
                result.outputs.append(speakers_path)
            result.synthesis = synthesis
            if progress:
                progress("done", label)
        except TimeLimitExceeded as exc:
            result.error = str(exc)
            log.info("%s: %s", label, exc)  # the caller reports the error (the CLI: one line per file)
            if progress:
                progress("failed", label)
        except InputError as exc:
            result.error = exc.reason
            log.info("%s", exc)  # the caller reports the error (the CLI: one line per file)
            if progress:
                progress("failed", label)
        except ConfsynthError as exc:
            result.error = str(exc)
            if progress:
                progress("failed", label)
        except OSError as exc:  # an input that vanished or cannot be read, an output folder that cannot be written
            # a failed rename names the report (filename2), not the temporary file it came from
            result.error = f"{exc.strerror or exc} ({exc.filename2 or exc.filename or label})"
            if progress:
                progress("failed", label)
        except Exception as exc:  # a bug on one file must not cost the user the rest of the batch
            log.debug("internal error on %s", label, exc_info=True)
            result.error = f"internal error ({type(exc).__name__}: {exc}); please report it with this file"
            if progress:
                progress("failed", label)
    return results

