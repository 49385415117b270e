"""Translation between the report languages, behind the ``Translator`` protocol.

With no model installed the report is still written: the text stays in its source language, the
document says so at the top, and synthesis.json records ``"status": "unavailable"``.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Protocol, Sequence

from .errors import ModelUnavailableError
from .records import Synthesis, Takeaway, TranslationStatus

if TYPE_CHECKING:
    from .config import Config

__all__ = ["Translator", "TRANSLATORS", "translate_synthesis", "find_translator", "UNAVAILABLE_HINT"]

log = logging.getLogger(__name__)

UNAVAILABLE_HINT = ("no translation model installed: put a Marian (OPUS-MT) model folder such as "
                    "opus-mt-{src}-{tgt} in models/ or run 'confsynth models list' to see where confsynth looks")


class Translator(Protocol):
    """Translates sentences between two languages."""

    name: str

    def supports(self, source: str, target: str) -> bool:
        """Whether this translator can translate ``source`` into ``target``."""
        ...

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each text; same length and order as the input."""
        ...


# Named factories, tried in order by "auto": each takes the Config and returns a Translator, or raises
# ModelUnavailableError saying what is missing.
TRANSLATORS: dict[str, Callable[["Config"], Translator]] = {}


def find_translator(config: "Config") -> tuple[Translator | None, str | None]:
    """The translator the config asks for ("auto": the first backend with a model), or None and why."""
    if config.translator == "none":
        return None, "translation switched off (translator = none)"
    names = list(TRANSLATORS) if config.translator == "auto" else [config.translator]
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
    reason = "; ".join(reasons) or UNAVAILABLE_HINT.format(src="fr", tgt="en")
    log.info("no translator: %s", reason)
    return None, reason


def _translate_map(texts: dict[str, str], source: str, target: str, translator: Translator | None,
                   missing: set[tuple[str, str]], used: set[str]) -> tuple[dict[str, str], bool]:
    """Add ``target`` to a language->text map; without a model the source text stands in (False)."""
    if target in texts or source not in texts:
        return dict(texts), True
    text = texts[source]
    if not text.strip():
        return {**texts, target: text}, True
    if translator is not None and translator.supports(source, target):
        out = translator.translate([text], source, target)[0]
        used.add(translator.name)
        return {**texts, target: out}, True
    missing.add((source, target))
    return {**texts, target: text}, False


def translate_synthesis(synthesis: Synthesis, targets: Sequence[str], translator: Translator | None) -> Synthesis:
    """Translate every takeaway's headline, quotes and body statements, as far as models allow.

    Bodies are composed afterwards from the (translated) statements, see ``pipeline.compose_bodies``.
    """
    status: dict[str, TranslationStatus] = {}
    new_takeaways: list[Takeaway] = []
    missing: dict[str, set[tuple[str, str]]] = {t: set() for t in targets}
    used: dict[str, set[str]] = {t: set() for t in targets}
    for tk in synthesis.takeaways:
        headline = dict(tk.headline)
        untranslated = []
        for target in targets:
            headline, ok = _translate_map(headline, tk.language, target, translator, missing[target], used[target])
            if not ok:
                untranslated.append(target)

        def translated(q):
            tr = dict(q.translations)
            for target in targets:
                if target == q.language or target in tr:
                    continue
                if translator is not None and translator.supports(q.language, target):
                    tr[target] = translator.translate([q.text], q.language, target)[0]
                    used[target].add(translator.name)
                else:
                    missing[target].add((q.language, target))
            return replace(q, translations=tr)

        new_takeaways.append(replace(tk, headline=headline, quotes=tuple(translated(q) for q in tk.quotes),
                                     support=tuple(translated(q) for q in tk.support),
                                     untranslated=tuple(untranslated)))
    for target in targets:
        model = ", ".join(sorted(used[target])) or None
        if not missing[target]:
            status[target] = TranslationStatus("translated" if used[target] else "source", model)
        else:
            pairs = ", ".join(f"{s}->{t}" for s, t in sorted(missing[target]))
            src, tgt = sorted(missing[target])[0]
            status[target] = TranslationStatus(
                "partial" if used[target] else "unavailable", model,
                f"not translated ({pairs}): " + UNAVAILABLE_HINT.format(src=src, tgt=tgt))
    return replace(synthesis, takeaways=tuple(new_takeaways), translation=status)
