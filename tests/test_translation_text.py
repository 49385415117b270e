"""What surrounds the translation model, on plain strings: sentence cuts, the glossary, the name/number checks."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confsynth.errors import ConfigError
from confsynth.translators.checks import check_translation, numbers, protected_names
from confsynth.translators.glossary import load_glossary
from confsynth.translators.segment import join_pieces, split_long, split_sentences, split_text


def words(s: str) -> int:
    return len(s.split()) + 1   # a stand-in tokenizer: one token a word, plus </s>


def test_sentences_are_cut_but_not_after_abbreviations_or_initials():
    text = "Bonjour M. Dupont, merci. J. Smith est là ! Il est 14 h. Mme Berg (p. 12) conclut… Fin"
    assert [s.strip() for s in split_sentences(text)] == [
        "Bonjour M. Dupont, merci.", "J. Smith est là !", "Il est 14 h.", "Mme Berg (p. 12) conclut…", "Fin"]


def test_quote_cut_marks_and_line_breaks_are_kept_out_of_the_model():
    text = "Deux ou trois indicateurs [\u2026] pas cinquante.\nEt le financeur paie."
    pieces = split_text(text)
    assert [p.text for p in pieces if p.translate] == [
        "Deux ou trois indicateurs", "pas cinquante.", "Et le financeur paie."]
    assert join_pieces(pieces, ["A", "B", "C"]) == "A [\u2026] B\nC"


def test_a_sentence_longer_than_the_limit_is_cut_at_clauses_then_words():
    sentence = "un deux trois, quatre cinq six sept huit neuf dix onze douze, treize quatorze"
    parts = split_long(sentence, words, 5)
    assert "".join(parts) == sentence
    assert all(words(p) <= 5 for p in parts)
    assert parts[0] == "un deux trois,"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["mot", "Deux.", "trois,", "[…]", "M.", "4,5", "\n", "fin !", "x" * 30]),
                max_size=120), st.integers(min_value=3, max_value=12))
def test_splitting_never_loses_text_nor_passes_the_limit(tokens, limit):
    text = " ".join(tokens)
    pieces = split_text(text, words, limit)
    assert "".join(p.text for p in pieces) == text
    for p in pieces:
        if p.translate and len(p.text.split()) > 1:
            assert words(p.text) <= limit


def test_glossary_csv_with_semicolons_comments_and_bom(tmp_path):
    path = tmp_path / "glossaire.csv"
    path.write_bytes("\ufeff# termes maison\nfr;en\ninnovation sociale;social innovation\nESS;social and solidarity "
                     "economy\n".encode("utf-8"))
    g = load_glossary(path)
    assert g.terms("fr", "en") == [("innovation sociale", "social innovation"), ("ESS", "social and solidarity economy")]
    assert g.apply("L'innovation sociale et l'ESS.", "fr", "en") == "L'social innovation et l'social and solidarity economy."
    assert g.apply("Social innovation matters.", "en", "fr") == "Innovation sociale matters."


def test_glossary_without_language_header_names_the_file_and_the_fix(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("innovation sociale,social innovation\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"terms\.csv.*first row must name the languages.*fr,en"):
        load_glossary(path)
    with pytest.raises(ConfigError, match="missing.csv"):
        load_glossary(tmp_path / "missing.csv")


def test_glossary_term_copied_through_is_fixed_and_a_lost_one_is_flagged(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("fr,en\ninnovation sociale,social innovation\nESS,social and solidarity economy\n")
    g = load_glossary(path)
    src = "L'ESS porte l'innovation sociale."
    text, issues = check_translation(src, "The sector carries innovation sociale.", "fr", "en", g)
    assert text == "The sector carries social innovation."
    assert [(i.kind, i.term, i.source) for i in issues] == [("glossary", "social and solidarity economy", "ESS")]
    text, issues = check_translation(src, "The social and solidarity economy carries social innovations.", "fr", "en", g)
    assert issues == []


def test_numbers_compare_across_french_and_english_notation():
    assert numbers("1 000 personnes, 3,5 % et 2022") == {"1000", "35", "2022"}
    assert numbers("1,000 people, 3.5% and 2022") == {"1000", "35", "2022"}
    _, issues = check_translation("En 2022, 1 500 projets ont reçu 3,5 millions.",
                                  "In 2021, 1,500 projects received 3.5 million.", "fr", "en")
    assert [(i.kind, i.term) for i in issues] == [("number", "2022")]


def test_names_and_acronyms_must_come_through():
    src = "Hélène Marchetti a présenté l'étude de l'Impact Tank avec l'INRAE et l'UE."
    assert protected_names(src, ["Hélène Marchetti"]) == ["Hélène Marchetti", "Impact Tank", "INRAE", "UE"]
    _, issues = check_translation(src, "Hélène Marchetti presented the Impact Tank study with the EU.", "fr", "en")
    assert [(i.kind, i.term) for i in issues] == [("name", "INRAE")]   # UE -> EU is a proper translation
    # a capital that only opens the sentence is not a name
    assert protected_names("Bonjour Hélène, merci.") == []
