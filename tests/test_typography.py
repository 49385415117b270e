"""French and English typography, and the promise that quotes stay verbatim."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from confsynth.quotes import verify_quote
from confsynth.render.typography import NBSP, typeset, typeset_quote


@pytest.mark.parametrize("text, expected", [
    ("Encourager l'innovation : de la recherche à l'action!",
     f"Encourager l’innovation{NBSP}: de la recherche à l’action{NBSP}!"),
    ("Qui paie? Le financeur; toujours.", f"Qui paie{NBSP}? Le financeur{NBSP}; toujours."),
    ('Un guide "Acheter social" existe', f"Un guide «{NBSP}Acheter social{NBSP}» existe"),
    ("«Oui» dit-elle", f"«{NBSP}Oui{NBSP}» dit-elle"),
    ("Vraiment ?!", f"Vraiment{NBSP}?!"),
    ("À 14:05, voir https://example.org", "À 14:05, voir https://example.org"),   # no space inside a time or URL
    ("aujourd'hui\n  et   demain", "aujourd’hui et demain"),
])
def test_french(text, expected):
    assert typeset(text, "fr") == expected


@pytest.mark.parametrize("text, expected", [
    ('She said "it\'s the funders\' job": yes', "She said \u201cit\u2019s the funders\u2019 job\u201d: yes"),
    ("the 'key' point", "the \u2018key\u2019 point"),
    ("Is it? Yes: it is.", "Is it? Yes: it is."),
])
def test_english(text, expected):
    assert typeset(text, "en") == expected


def test_quote_typography_adds_no_character_the_speaker_did_not_say():
    said = "C'est «vrai» : il faut financer l'évaluation ; sinon rien?"
    printed = typeset_quote(said, "fr")
    assert printed == f"C’est «vrai»{NBSP}: il faut financer l’évaluation{NBSP}; sinon rien?"
    assert verify_quote(printed, said)
    assert not verify_quote(printed.replace("rien", "tout"), said)


_text = st.text(alphabet=st.sampled_from(list("abcé l'’:;!?«»\"., \n")), min_size=1, max_size=80)


@given(_text, st.sampled_from(["fr", "en"]))
def test_typeset_quotes_always_pass_the_verbatim_check(said, lang):
    printed = typeset_quote(said, lang)
    if said.strip():
        assert verify_quote(printed, said)


def test_straight_double_quotes_pair_up_in_english_whatever_the_spaces():
    # the ICSI transcripts write '" admission fee "': both marks used to print as closing ones
    assert typeset('Disc " admission fee " is a binary thing, " time of day " is not.', "en") == \
        "Disc \u201cadmission fee\u201d is a binary thing, \u201ctime of day\u201d is not."
    assert typeset('He called it "the social contract" of the platforms.', "en") == \
        "He called it \u201cthe social contract\u201d of the platforms."
    # one mark alone is left to the old rule
    assert typeset('Nice walls " which we can look up', "en") == "Nice walls \u201d which we can look up"


def test_a_number_stays_with_its_sign_and_its_thousands_in_french():
    """« 38 % », « 310 000 euros » typed in the transcript with plain spaces do not break across lines, as the
    numbers confsynth writes out do not; a year before a count stays apart (« en 2022 350 personnes »)."""
    assert typeset("Nous en sommes à 38 % de produits durables.", "fr") == "Nous en sommes à 38\u00a0% de produits durables."
    assert typeset("Une baisse de 1 310 000 euros.", "fr") == "Une baisse de 1\u00a0310\u00a0000 euros."
    assert typeset("En 2022 350 personnes sont venues.", "fr") == "En 2022 350 personnes sont venues."


def test_a_quotation_inside_a_quote_gets_the_inner_marks():
    """A keynote's quote of what clients say printed “…you know: “Why would anyone attack us…?””, and a French
    one « … la DLC, « à consommer jusqu'au », … »: the inner quotation takes the inner marks."""
    from confsynth.render.typography import nested

    assert nested('you know: "Why would anyone attack us?"', "en") == "you know: \u2018Why would anyone attack us?\u2019"
    assert nested("la DLC, « à consommer jusqu'au », et la DDM", "fr") == \
        "la DLC, \u201cà consommer jusqu'au\u201d, et la DDM"
    assert nested("a \u201cquoted\u201d word", "en") == "a \u2018quoted\u2019 word"
    assert nested("no quotation here", "fr") == "no quotation here"


def test_a_quotation_a_statement_cuts_into_is_closed_where_it_ends():
    """« Selon Nadia Benali, « Je le fais venir… je lui dis : « Mehdi, explique-moi la question trois. » »: three
    opening marks and one closing; the inner quotation is closed where the statement ends."""
    from confsynth.quotes import verify_quote
    from confsynth.render.typography import nested

    said = "je le fais venir et je lui dis : « Mehdi, explique-moi la question trois."
    printed = nested(said, "fr")
    assert printed == "je le fais venir et je lui dis : \u201cMehdi, explique-moi la question trois.\u201d"
    assert verify_quote(printed, said + " » Et il me répond.")
    assert nested("trois. » Et il ne répond rien.", "fr") == "\u201ctrois.\u201d Et il ne répond rien."
