"""Headlines rewritten by a summarisation model, kept only when faithful (optional).

Key messages are chosen extractively: each headline is a speaker's own sentence, compressed by rules
(:func:`confsynth.takeaways.make_headline`). With a sequence-to-sequence summarisation model
installed (a title or summary model: BARThez-OrangeSum-title for French, BART or PEGASUS for
English, mT5-XLSum for both), each headline can be rewritten into a shorter title from the sentence
and the body statements around it. A rewrite replaces the extractive headline only when it passes
:func:`check_headline`: no number, name or content word that the sources do not hold, a title's
length. Otherwise the speaker's sentence stays, and the JSON says why.

No such weights install from a package registry, so nothing here runs by default: the model is
named with ``--headline-model`` (a folder, or a hub name found in the Hugging Face cache), and it is
loaded offline, from local files only.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from .errors import ModelUnavailableError
from .names import fold
from .records import Takeaway
from .translators.discovery import _read_json

__all__ = ["HeadlineModel", "Seq2SeqHeadlines", "check_headline", "rewrite_headlines", "resolve_model",
           "load_headline_models"]

log = logging.getLogger(__name__)

MIN_WORDS, MAX_WORDS = 3, 22
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_STOP = {
    "fr": set("le la les l un une des du de d au aux et ou mais donc car ni que qu qui quoi dont où ce cet cette ces "
              "son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes il elle ils elles on nous vous je j "
              "tu se s en y ne n pas plus est sont être a ont avoir pour par sur dans avec sans sous entre comme "
              "aussi très tout tous toute toutes faut doit doivent peut peuvent".split()),
    "en": set("the a an and or but so nor that which who whom whose what where when this these those its it "
              "their our your my his her he she they we you i is are be been being was were has have had do does "
              "did to of in on at by for with from as into than then also very all must should can could will "
              "would need needs not no".split()),
}


_ELISION = re.compile(r"^(?:qu|l|d|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


def _stem(word: str) -> str:
    """A crude stem: elision gone, folded, first five letters ("financer", "financement" and "financements"
    agree; "qu'ils" is "ils")."""
    return fold(_ELISION.sub("", word))[:5]


def check_headline(candidate: str, sources: Sequence[str], language: str) -> str | None:
    """Why a model's headline cannot stand for its sources (None: it can).

    A headline is printed above the speakers' quotes as the point they made, so it may drop words but
    not add facts: every number and every capitalised name must be in the sources, and nearly every
    content word (by stem) too."""
    text = " ".join(candidate.split())
    words = _WORD.findall(text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return f"{len(words)} words (a headline has {MIN_WORDS} to {MAX_WORDS})"
    if text.endswith("?"):
        return "a question"
    folded_words = [fold(_ELISION.sub("", w)) for w in words]
    if any(len(w) > 25 or re.search(r"(\w{2,})\1\1", w) for w in folded_words) or \
            max((folded_words.count(w) for w in folded_words if len(w) > 3), default=0) >= 3:
        return "repetitions: not a sentence"
    joined = " ".join(sources)
    source_numbers = {n.replace(",", ".") for n in _NUMBER.findall(joined)}
    for n in _NUMBER.findall(text):
        if n.replace(",", ".") not in source_numbers:
            return f"number '{n}' is not in the transcript"
    source_folded = {fold(w) for w in _WORD.findall(joined)}
    source_stems: dict[str, set[int]] = {}
    for w in _WORD.findall(joined):
        source_stems.setdefault(_stem(w), set()).add(len(fold(_ELISION.sub("", w))))

    def in_sources(word: str) -> bool:
        """The word, or another form of it ("exigent" for "exige"): same stem, about the same length."""
        f = fold(_ELISION.sub("", word))
        return f in source_folded or any(abs(len(f) - n) <= 4 for n in source_stems.get(_stem(word), ()))
    stop = _STOP.get(language, set())
    for i, w in enumerate(words):
        # a capital mid-sentence is a name; so is a first word the sources do not have in any form
        first_unknown = i == 0 and fold(w) not in stop and not in_sources(w)
        if w[:1].isupper() and (i or first_unknown) and fold(w) not in source_folded:
            return f"name '{w}' is not in the transcript"
    content = [w for w in words if len(_ELISION.sub("", w)) > 2 and fold(_ELISION.sub("", w)) not in stop]
    if not content:
        return "no content word"
    foreign = [w for w in content if not in_sources(w)]
    if len(foreign) > max(1, len(content) // 5):
        return f"words not in the transcript: {', '.join(foreign[:4])}"
    return None


class HeadlineModel:
    """What rewrites headlines: a list of source texts in, one title each out."""

    name: str

    def rewrite(self, texts: Sequence[str]) -> list[str]:   # pragma: no cover - interface
        raise NotImplementedError


class Seq2SeqHeadlines(HeadlineModel):
    """A transformers sequence-to-sequence summarisation model, loaded from a local folder, offline."""

    def __init__(self, path: Path, name: str | None = None, max_new_tokens: int = 40, num_beams: int = 4,
                 batch_size: int = 8) -> None:
        from .translators.marian import load_pretrained, require_transformers

        require_transformers()
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        self.path = Path(path)
        self.name = name or self.path.name
        self._torch = torch
        self.max_new_tokens, self.num_beams, self.batch_size = max_new_tokens, num_beams, batch_size
        self.tokenizer, self.model = load_pretrained(path, AutoTokenizer, AutoModelForSeq2SeqLM,
                                                     "as a sequence-to-sequence summarisation model")
        config = _read_json(self.path / "config.json")
        params = (config.get("task_specific_params") or {}).get("summarization") or {}
        self.prefix = params.get("prefix", "")          # T5: "summarize: "
        self.max_input = min(512, getattr(self.tokenizer, "model_max_length", 512) or 512)

    def rewrite(self, texts: Sequence[str]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(texts), self.batch_size):
            batch = [self.prefix + t for t in texts[i:i + self.batch_size]]
            enc = self.tokenizer(batch, return_tensors="pt", padding=True, truncation=True, max_length=self.max_input)
            with self._torch.inference_mode():
                ids = self.model.generate(**enc, max_new_tokens=self.max_new_tokens, num_beams=self.num_beams)
            out += [" ".join(s.split()) for s in self.tokenizer.batch_decode(ids, skip_special_tokens=True)]
        return out


def resolve_model(spec: str, models_dir: str | None = None) -> Path:
    """The folder a ``--headline-model`` value names: a path, a folder under the models folders, or a hub
    name (``moussaKam/barthez-orangesum-title``) already in the Hugging Face cache."""
    from .translators.discovery import _hf_snapshot, search_dirs

    path = Path(spec).expanduser()
    if path.is_dir():
        return path
    tried = [str(path)]
    for d in search_dirs(models_dir):
        if d.hf_cache:
            repo = d.path / ("models--" + spec.replace("/", "--"))
            snap = _hf_snapshot(repo) if repo.is_dir() else None
            if snap is not None:
                return snap
            tried.append(str(repo))
        else:
            for candidate in (d.path / spec, d.path / spec.split("/")[-1]):
                if candidate.is_dir():
                    return candidate
                tried.append(str(candidate))
    raise ModelUnavailableError(
        f"headline model '{spec}' not found (looked in {', '.join(dict.fromkeys(tried))}); headlines stay the "
        f"speakers' own sentences. On a machine that is online, download it with huggingface-cli or "
        f"git lfs, then copy the folder into models/")


def load_headline_models(specs: Sequence[str], models_dir: str | None = None
                         ) -> tuple[dict[str, HeadlineModel], str | None]:
    """``{"fr": model, "en": model, "*": model}`` from ``--headline-model`` values (``PATH`` for every
    language, ``fr=PATH`` for one), and a problem to tell the user when one cannot be loaded."""
    models: dict[str, HeadlineModel] = {}
    problems = []
    for spec in specs:
        lang, _, where = spec.partition("=") if re.match(r"^[a-z]{2}=", spec) else ("*", "", spec)
        try:
            path = resolve_model(where, models_dir)
            models[lang] = Seq2SeqHeadlines(path, name=where)
        except ModelUnavailableError as exc:
            problems.append(str(exc))
    return models, "; ".join(problems) or None


@dataclass(frozen=True)
class Rewrite:
    """What happened to one headline."""

    rank: int
    source: str          # "transcript" or "model:NAME"
    note: str = ""       # the sentence a kept title was written from, or why the model's title was not kept


def rewrite_headlines(takeaways: Sequence[Takeaway], models: dict[str, HeadlineModel] | dict[str, Callable],
                      ) -> tuple[list[Takeaway], list[Rewrite]]:
    """Give each key message the model's title where it passes :func:`check_headline`."""
    out = list(takeaways)
    record: list[Rewrite] = []
    # one batch per model: the takeaways of its language (or of every language, for "*")
    batches: dict[int, tuple[HeadlineModel | Callable, list[int]]] = {}
    for i, tk in enumerate(takeaways):
        model = models.get(tk.language) or models.get("*")
        if model is not None:
            batches.setdefault(id(model), (model, []))[1].append(i)
    for model, indexes in batches.values():
        name = getattr(model, "name", "model")
        sources = [_sources(takeaways[i]) for i in indexes]
        rewrite = model.rewrite if isinstance(model, HeadlineModel) else model
        try:
            titles = rewrite([" ".join(s) for s in sources])
        except Exception as exc:     # a model that fails at run time leaves the extractive headlines
            log.warning("headline model %s failed (%s: %s); headlines stay extractive", name,
                        type(exc).__name__, exc)
            record += [Rewrite(takeaways[i].rank, "transcript", f"model failed: {type(exc).__name__}")
                       for i in indexes]
            continue
        for i, title, src in zip(indexes, titles, sources):
            tk = takeaways[i]
            why = check_headline(title, src, tk.language)
            if why is None:
                title = title[0].upper() + title[1:]
                if title[-1] not in ".!?…»”\"":
                    title += "."
                out[i] = replace(tk, headline={**tk.headline, tk.language: title})
                record.append(Rewrite(tk.rank, f"model:{name}", f"rewritten from the speaker's words: "
                                                                f"'{tk.headline.get(tk.language, '')}'"))
            else:
                record.append(Rewrite(tk.rank, "transcript", f"model title '{title[:80]}' not kept: {why}"))
    return out, sorted(record, key=lambda r: r.rank)


def _sources(tk: Takeaway) -> list[str]:
    """What a headline may say: the speaker's sentence it comes from and the body's statements."""
    head = tk.headline.get(tk.language, "")
    return [head] + [s.text.replace("[…]", " ") for s in tk.support]
