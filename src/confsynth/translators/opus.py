"""The OPUS-MT translator: every Marian model found, one engine per language pair, English as the pivot.

Per pair, the CTranslate2 copy is preferred when ctranslate2 is installed, else the transformers folder.
Engines load on first use, so a run that only needs fr->en never loads en->fr. Texts are cut into
sentences (and over-long sentences into parts under the model's limit), identical sentences are
translated once, and the rest go to the model in batches of similar length.
"""
from __future__ import annotations

import importlib.util
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Protocol, Sequence

from ..errors import ModelUnavailableError
from .ct2 import CT2_EXTRA
from .discovery import ModelEntry, find_models, write_dir
from .marian import MODELS_EXTRA
from .segment import join_pieces, split_text

if TYPE_CHECKING:
    from ..config import Config

__all__ = ["Engine", "OpusTranslator", "TranslationStats", "load_translator", "BACKENDS", "backend_installed",
           "no_model_message", "pair_hint"]

log = logging.getLogger(__name__)

BACKENDS = ("ctranslate2", "transformers")   # preference order when a pair has both
PIVOT = "en"
_CACHE_LIMIT = 20_000


class Engine(Protocol):
    """One loaded model for one language pair."""

    name: str
    backend: str
    max_tokens: int
    beam_size: int

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...

    def translate_batch(self, texts: Sequence[str], max_new_tokens: int) -> list[str]: ...


def backend_installed(backend: str) -> bool:
    """Whether the packages a backend needs are importable (without importing them)."""
    mods = {"ctranslate2": ("ctranslate2", "sentencepiece"),
            "transformers": ("transformers", "torch", "sentencepiece")}[backend]
    return all(importlib.util.find_spec(m) is not None for m in mods)


def _extra(backend: str) -> str:
    return CT2_EXTRA if backend == "ctranslate2" else MODELS_EXTRA


def load_engine(entry: ModelEntry, beam_size: int | None = None) -> Engine:
    """Load the model of one folder with its backend."""
    if entry.backend == "ctranslate2":
        from .ct2 import CT2MarianEngine

        return CT2MarianEngine(entry.path, entry.name, beam_size)
    from .marian import TorchMarianEngine

    return TorchMarianEngine(entry.path, entry.name, beam_size)


@dataclass
class TranslationStats:
    """What the models were asked to do, for the log and the benchmark."""

    sentences: int = 0       # pieces sent to a model
    batches: int = 0
    split: int = 0           # sentences cut because they passed the model's input limit
    longest: int = 0         # longest input sent, in tokens
    cached: int = 0          # pieces answered from the cache
    seconds: float = 0.0


def pair_hint(source: str, target: str, models_dir: str | None = None) -> str:
    """What to install for a language pair, in one sentence."""
    where = write_dir(models_dir)
    alt = f" (or opus-mt-{source}-{PIVOT} and opus-mt-{PIVOT}-{target})" if PIVOT not in (source, target) else ""
    return (f"no model for {source}->{target}: put opus-mt-{source}-{target}{alt} in {where}/ "
            f"('confsynth models fetch opus-mt-{source}-{target}' downloads it on a machine that is online)")


def no_model_message(entries: Sequence[ModelEntry], backends: Sequence[str], languages: Sequence[str],
                     models_dir: str | None = None) -> str:
    """Why no translator could be built, as one actionable line."""
    broken = [e for e in entries if e.backend in backends and e.problem]
    complete = [e for e in entries if e.backend in backends and not e.problem]
    others = [e for e in entries if e.backend not in backends and not e.problem]
    if not complete and others:  # --translator ctranslate2 with only transformers folders, or the reverse
        e = others[0]
        if "ctranslate2" in backends:
            return f"no CTranslate2 copy of {e.base_name}: run 'confsynth models convert {e.base_name}'"
        return f"only CTranslate2 copies are installed ({e.name}): use --translator auto or ctranslate2"
    if complete:  # folders are there, the packages to run them are not
        needed = sorted({_extra(e.backend) for e in complete})
        names = ", ".join(sorted({e.name for e in complete}))
        return f"found {names} but no translation backend is installed: {' or '.join(needed)}"
    if broken:
        e = broken[0]
        return (f"{e.path} cannot be used ({e.problem}): copy the whole folder again or run "
                f"'confsynth models fetch {e.base_name}'")
    pairs = [(s, t) for s in languages for t in languages if s != t] or [("fr", "en"), ("en", "fr")]
    fetch = " and ".join(f"'confsynth models fetch opus-mt-{s}-{t}'" for s, t in pairs)
    install = "" if any(backend_installed(b) for b in backends) else f"{MODELS_EXTRA}, then "
    return (f"no translation model installed: {install}run {fetch} on a machine that is online, or copy those "
            f"opus-mt folders into {write_dir(models_dir)}/ ('confsynth models path' shows where confsynth looks)")


class OpusTranslator:
    """Translates with the Marian models found on disk; satisfies the ``Translator`` protocol."""

    name = "opus-mt"

    def __init__(self, entries: Sequence[ModelEntry], backends: Sequence[str] = BACKENDS, batch_size: int = 16,
                 max_input_tokens: int | None = None, beam_size: int | None = None, models_dir: str | None = None,
                 loader: Callable[[ModelEntry, int | None], Engine] = load_engine) -> None:
        self.batch_size = batch_size
        self.max_input_tokens = max_input_tokens
        self.beam_size = beam_size
        self.models_dir = models_dir
        self.stats = TranslationStats()
        self._loader = loader
        self._candidates: dict[tuple[str, str], list[ModelEntry]] = {}
        self._problems: dict[tuple[str, str], str] = {}
        order = {b: i for i, b in enumerate(backends)}
        usable = [e for e in entries if e.backend in order and not e.problem and e.source and e.target]
        # stable sort: backend preference first, then the search-path order find_models gave
        for e in sorted(usable, key=lambda e: order[e.backend]):
            self._candidates.setdefault((e.source, e.target), []).append(e)
        for e in entries:
            if e.problem and e.source and e.target and e.backend in order:
                self._problems.setdefault((e.source, e.target), f"{e.path}: {e.problem}")
        self._engines: dict[tuple[str, str], Engine] = {}
        self._cache: dict[tuple[str, str], dict[str, str]] = {}

    @property
    def pairs(self) -> list[tuple[str, str]]:
        """The language pairs with a model (direct only)."""
        return sorted(self._candidates)

    def route(self, source: str, target: str) -> list[tuple[str, str]] | None:
        """The models to chain for a pair: the direct one, else through English; None when impossible."""
        if (source, target) in self._candidates:
            return [(source, target)]
        if (source, PIVOT) in self._candidates and (PIVOT, target) in self._candidates:
            return [(source, PIVOT), (PIVOT, target)]
        return None

    def supports(self, source: str, target: str) -> bool:
        """Whether a model (or two through English) translates ``source`` into ``target``."""
        return source != target and self.route(source, target) is not None

    def describe(self, source: str, target: str) -> str:
        """The model(s) behind a pair, as the report names them: ``opus-mt-fr-en (CTranslate2 int8)``."""
        parts = []
        for pair in self.route(source, target) or []:
            eng = self._engines.get(pair)
            if eng is None:
                parts.append(self._candidates[pair][0].base_name)
                continue
            label = f"CTranslate2 {getattr(eng, 'compute_type', '')}".strip() if eng.backend == "ctranslate2" \
                else "transformers"
            parts.append(f"{eng.name.removesuffix('-ct2')} ({label})")
        return " + ".join(parts)

    def hint(self, source: str, target: str) -> str:
        """Why a pair cannot be translated, and what to do."""
        if (source, target) in self._problems:
            return f"{self._problems[(source, target)]}; copy the whole folder again or run " \
                   f"'confsynth models fetch opus-mt-{source}-{target}'"
        return pair_hint(source, target, self.models_dir)

    def engine(self, source: str, target: str) -> Engine:
        """The loaded model of a direct pair (the first candidate folder that loads)."""
        pair = (source, target)
        if pair in self._engines:
            return self._engines[pair]
        errors = []
        for entry in self._candidates.get(pair, []):
            try:
                eng = self._loader(entry, self.beam_size)
            except ModelUnavailableError as exc:
                log.warning("%s", exc)
                errors.append(str(exc))
                continue
            log.info("translation %s->%s: %s (%s)", source, target, entry.path, entry.backend)
            self._engines[pair] = eng
            return eng
        # every folder for this pair failed to load: stop offering it, and say why
        self._candidates.pop(pair, None)
        self._problems[pair] = "; ".join(errors) or pair_hint(source, target, self.models_dir)
        raise ModelUnavailableError(self._problems[pair])

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Translate each text (any length, any number of sentences); same length and order as the input."""
        route = self.route(source, target)
        if route is None:
            raise ModelUnavailableError(self.hint(source, target))
        out = list(texts)
        for a, b in route:
            out = self._translate_direct(out, a, b)
        return out

    def _translate_direct(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        eng = self.engine(source, target)
        limit = min(eng.max_tokens, self.max_input_tokens or eng.max_tokens)
        counts: dict[str, int] = {}

        def count(s: str) -> int:
            if s not in counts:
                counts[s] = eng.count_tokens([s])[0]
            return counts[s]

        cache = self._cache.setdefault((source, target), {})
        layouts = []
        todo: dict[str, int] = {}
        for text in texts:
            pieces = split_text(text, count, limit)
            layouts.append(pieces)
            sentences = [p.text for p in pieces if p.translate]
            self.stats.split += sum(1 for p in pieces if p.continued)
            for s in sentences:
                if s in cache:
                    self.stats.cached += 1
                else:
                    todo.setdefault(s, 0)
        if todo:
            started = time.perf_counter()
            lengths = dict(zip(todo, eng.count_tokens(list(todo))))
            ordered = sorted(todo, key=lambda s: -lengths[s])   # similar lengths together: little padding
            for i in range(0, len(ordered), self.batch_size):
                batch = ordered[i:i + self.batch_size]
                longest = max(lengths[s] for s in batch)
                if longest > eng.max_tokens:  # split_text guarantees this; a bug must not truncate silently
                    raise ValueError(f"a {longest}-token input passes the {eng.max_tokens}-token limit of {eng.name}")
                # room for a translation twice as long as the source, within the decoder's position table
                max_new = max(8, min(eng.max_tokens - 1, 2 * longest + 8))
                for s, t in zip(batch, eng.translate_batch(batch, max_new)):
                    cache[s] = t
                self.stats.batches += 1
                self.stats.longest = max(self.stats.longest, longest)
            self.stats.sentences += len(ordered)
            self.stats.seconds += time.perf_counter() - started
            log.debug("%s->%s: %d sentences in %d batches", source, target, len(ordered),
                      -(-len(ordered) // self.batch_size))
        out = [join_pieces(pieces, [cache[p.text] for p in pieces if p.translate]) for pieces in layouts]
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        return out


def load_translator(config: "Config", backends: Sequence[str] = BACKENDS) -> OpusTranslator:
    """An OpusTranslator over every usable model the search path holds, or ModelUnavailableError saying
    what to install."""
    entries = find_models(config.models_dir)
    installed = [b for b in backends if backend_installed(b)]
    usable = [e for e in entries if e.backend in installed and not e.problem and e.source and e.target]
    if not usable:
        raise ModelUnavailableError(no_model_message(entries, backends, config.languages, config.models_dir))
    for e in entries:
        if e.backend in backends and e.backend not in installed and not e.problem:
            log.info("%s not used: %s", e.path, _extra(e.backend))
    log.info("translation models: %s", ", ".join(f"{e.name} ({e.backend})" for e in usable))
    return OpusTranslator(entries, installed, models_dir=config.models_dir)

