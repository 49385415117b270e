"""Translation between the report languages, behind the ``Translator`` protocol.

Every headline, paragraph and quote that is not yet in a report language is sent to the translator,
one call per language pair (so the backend can batch). The house glossary is applied first; after,
each translation is checked for glossary terms, names and numbers, and what did not come through is
recorded as a ``TranslationFlag`` for the editor (in synthesis.json and at the top of the Word draft).

With no model installed the report is still written: the text stays in its source language, the
document says so at the top, and synthesis.json records ``"status": "unavailable"``.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterable, Protocol, Sequence

from .errors import ModelUnavailableError
from .records import Quote, Synthesis, Takeaway, TranslationFlag, TranslationStatus

if TYPE_CHECKING:
    from .config import Config
    from .translators.glossary import Glossary

__all__ = ["Translator", "TRANSLATORS", "AUTO_TRANSLATORS", "translate_synthesis", "find_translator",
           "translation_advice", "UNAVAILABLE_HINT", "SWITCHED_OFF"]

log = logging.getLogger(__name__)

UNAVAILABLE_HINT = ("no translation model installed: put a Marian (OPUS-MT) model folder such as "
                    "opus-mt-{src}-{tgt} in models/ or run 'confsynth models list' to see where confsynth looks")
SWITCHED_OFF = "translation switched off (translator = none)"


class Translator(Protocol):
    """Translates sentences between two languages."""

    name: str

    def supports(self, source: str, target: str) -> bool:
        """Whether this translator can translate ``source`` into ``target``."""
        ...

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each text; same length and order as the input."""
        ...


def _opus_mt(backends: tuple[str, ...]) -> Callable[["Config"], Translator]:
    def factory(config: "Config") -> Translator:
        from .translators import load_translator  # torch / ctranslate2 are imported only when a model loads

        return load_translator(config, backends)
    return factory


# Named factories: each takes the Config and returns a Translator, or raises ModelUnavailableError saying
# what is missing. "opus-mt" picks per language pair the CTranslate2 copy if present, else transformers;
# the two others force one backend.
TRANSLATORS: dict[str, Callable[["Config"], Translator]] = {
    "opus-mt": _opus_mt(("ctranslate2", "transformers")),
    "ctranslate2": _opus_mt(("ctranslate2",)),
    "transformers": _opus_mt(("transformers",)),
}
AUTO_TRANSLATORS: list[str] = ["opus-mt"]   # what "auto" tries, in order


def find_translator(config: "Config") -> tuple[Translator | None, str | None]:
    """The translator the config asks for ("auto": the first backend with a model), or None and why."""
    if config.translator == "none":
        return None, SWITCHED_OFF
    names = list(AUTO_TRANSLATORS) if config.translator == "auto" else [config.translator]
    reasons = []
    for name in names:
        factory = TRANSLATORS.get(name)
        if factory is None:
            reasons.append(f"unknown translator '{name}' (choose from: auto, none, {', '.join(TRANSLATORS)})")
            continue
        try:
            return factory(config), None
        except ModelUnavailableError as exc:
            reasons.append(str(exc))
    reason = "; ".join(dict.fromkeys(reasons)) or UNAVAILABLE_HINT.format(src="fr", tgt="en")
    log.info("no translator: %s", reason)
    return None, reason


_WHERE = {
    "fr": {"headline": "titre", "section": "partie", "body": "texte", "quote": "citation",
           "key": "message clé {rank}, {part}"},
    "en": {"headline": "headline", "section": "part", "body": "text", "quote": "quote",
           "key": "key message {rank}, {part}"},
}
_FLAG_TEXT = {
    "fr": {"glossary": "{where} : terme du glossaire absent, « {term} » attendu pour « {source} »",
           "name": "{where} : nom absent de la traduction : {term}",
           "number": "{where} : nombre absent de la traduction : {term}",
           "length": "{where} : longueur anormale de la traduction (omission ou répétition ?)"},
    "en": {"glossary": "{where}: glossary term missing, expected “{term}” for “{source}”",
           "name": "{where}: name missing from the translation: {term}",
           "number": "{where}: number missing from the translation: {term}",
           "length": "{where}: unusual translation length (omission or repetition?)"},
}


def _flag(kind: str, term: str, source: str, rank: int, part: str, lang: str) -> TranslationFlag:
    where_t = _WHERE.get(lang, _WHERE["en"])
    kind_part, _, n = part.partition(" ")
    where = where_t["key"].format(rank=rank, part=f"{where_t[kind_part]} {n}".strip())
    text = _FLAG_TEXT.get(lang, _FLAG_TEXT["en"])[kind].format(where=where, term=term, source=source)
    return TranslationFlag(kind, rank, part, term, text)  # type: ignore[arg-type]


def _known_names(synthesis: Synthesis) -> list[str]:
    names: list[str] = []
    for sp in synthesis.speakers:
        names.extend(x for x in (sp.name, sp.affiliation) if x)
    return names


def _for_source(unavailable: str | None, source: str) -> str | None:
    """Why there is no translator, naming the model a transcript in another language needs too: the
    message names the report languages' pairs (opus-mt-fr-en, opus-mt-en-fr), a German transcript needs
    opus-mt-de-en (French then goes through English)."""
    if not unavailable or unavailable == SWITCHED_OFF or f"opus-mt-{source}-" in unavailable:
        return unavailable
    from .language import language_name

    return (f"{unavailable}; for the {language_name(source)} transcripts, 'confsynth models fetch "
            f"opus-mt-{source}-en' too (French then goes through English)")


def translate_synthesis(synthesis: Synthesis, targets: Sequence[str], translator: Translator | None,
                        glossary: "Glossary | None" = None, unavailable: str | None = None) -> Synthesis:
    """Translate every takeaway's headline, quotes and body statements, as far as models allow.

    Bodies are composed afterwards from the (translated) statements (``pipeline.compose_bodies``).
    ``unavailable`` says why there is no translator (shown to the user when one is needed)."""
    from .translators.checks import check_translation

    # slot = (takeaway index, part, target): part is "headline", "quote N" or "body N" (1-based; the
    # body's statements)
    jobs: dict[tuple[str, str], list[tuple[tuple[int, str, str], str]]] = {}
    # a part's heading heads several key messages: translated once, at its first
    heading_slot: dict[tuple[str, str], tuple[int, str, str]] = {}
    for i, tk in enumerate(synthesis.takeaways):
        for target in targets:
            if target not in tk.headline and tk.language in tk.headline and tk.headline[tk.language].strip():
                jobs.setdefault((tk.language, target), []).append(((i, "headline", target),
                                                                   tk.headline[tk.language]))
            heading = tk.section.get(tk.language, "")
            if target not in tk.section and heading.strip() and (target, heading) not in heading_slot:
                heading_slot[(target, heading)] = (i, "section", target)
                jobs.setdefault((tk.language, target), []).append(((i, "section", target), heading))
            for kind, items in (("quote", tk.quotes), ("body", tk.support)):
                for j, q in enumerate(items, 1):
                    if target != q.language and target not in q.translations and q.text.strip():
                        jobs.setdefault((q.language, target), []).append(((i, f"{kind} {j}", target), q.text))

    done: dict[tuple[int, str, str], str] = {}
    failed: dict[tuple[str, str], str] = {}
    used: dict[str, list[str]] = {t: [] for t in targets}
    flags: dict[str, list[TranslationFlag]] = {t: [] for t in targets}
    known = _known_names(synthesis)
    for (source, target), slots in jobs.items():
        if translator is None:
            failed[(source, target)] = _for_source(unavailable, source) or UNAVAILABLE_HINT.format(src=source,
                                                                                                   tgt=target)
            continue
        if not translator.supports(source, target):
            hint = getattr(translator, "hint", None)
            failed[(source, target)] = hint(source, target) if hint else \
                UNAVAILABLE_HINT.format(src=source, tgt=target)
            continue
        texts = [text for _, text in slots]
        prepared = [glossary.apply(t, source, target) for t in texts] if glossary else texts
        try:
            outputs = translator.translate(prepared, source, target)
        except ModelUnavailableError as exc:  # a broken model folder: this pair untranslated, the report written
            failed[(source, target)] = str(exc)
            continue
        describe = getattr(translator, "describe", None)
        model = describe(source, target) if describe else translator.name
        if model not in used[target]:
            used[target].append(model)
        for (slot, text), out in zip(slots, outputs):
            fixed, issues = check_translation(text, out, source, target, glossary, known)
            done[slot] = fixed
            rank = synthesis.takeaways[slot[0]].rank
            for issue in issues:
                flag = _flag(issue.kind, issue.term, issue.source, rank, slot[1], target)
                if flag not in flags[target]:
                    flags[target].append(flag)

    new_takeaways: list[Takeaway] = []
    for i, tk in enumerate(synthesis.takeaways):
        headline = dict(tk.headline)
        section = dict(tk.section)
        for target in targets:
            # an agenda heading stays as written where no model translates it (the notice says so already)
            if target not in section and tk.language in section:
                slot = heading_slot.get((target, section[tk.language]))
                section[target] = done.get(slot, section[tk.language]) if slot else section[tk.language]
        untranslated = []
        for target in targets:
            if target in headline or tk.language not in headline:
                continue
            if (i, "headline", target) in done:
                headline[target] = done[(i, "headline", target)]
            else:
                headline[target] = headline[tk.language]   # the source text stands in, under a notice
                if headline[target].strip():
                    untranslated.append(target)

        def translated(kind: str, items: Sequence[Quote]) -> tuple[Quote, ...]:
            out = []
            for j, q in enumerate(items, 1):
                tr = dict(q.translations)
                for target in targets:
                    if (i, f"{kind} {j}", target) in done:
                        tr[target] = done[(i, f"{kind} {j}", target)]
                out.append(replace(q, translations=tr))
            return tuple(out)

        new_takeaways.append(replace(tk, headline=headline, section=section, quotes=translated("quote", tk.quotes),
                                     support=translated("body", tk.support), untranslated=tuple(untranslated)))

    status: dict[str, TranslationStatus] = {}
    for target in targets:
        model = " ; ".join(used[target]) or None
        missing = {pair: why for pair, why in failed.items() if pair[1] == target}
        if not missing:
            status[target] = TranslationStatus("translated" if used[target] else "source", model,
                                               flags=tuple(flags[target]))
        else:
            message = join_reasons(missing.values())
            status[target] = TranslationStatus("partial" if used[target] else "unavailable", model, message,
                                               tuple(flags[target]))
    return replace(synthesis, takeaways=tuple(new_takeaways), translation=status)


def translation_advice(syntheses: Iterable[Synthesis]) -> str | None:
    """One line for the whole batch saying what to install for the translations that could not be made
    (None when every report was translated, or translation was switched off on purpose)."""
    return join_reasons(st.message for s in syntheses for st in s.translation.values()
                        if st.status in ("unavailable", "partial") and st.message and st.message != SWITCHED_OFF)


def join_reasons(reasons: Iterable[str]) -> str | None:
    """Reasons said once each, part by part: the install line every report or language pair shares, then what
    each other language adds ("…; for the Spanish transcripts, … opus-mt-es-en too"), not the whole line again."""
    parts: dict[str, None] = {}
    for reason in reasons:
        for part in reason.split("; "):
            parts.setdefault(part)
    return "; ".join(parts) or None
