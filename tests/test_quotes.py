from __future__ import annotations

import pytest

from confsynth.quotes import clean_disfluencies, verify_quote


@pytest.mark.parametrize("raw, clean", [
    ("nous avons euh décidé", "nous avons […] décidé"),
    ("on a — on a vraiment besoin", "on a vraiment besoin"),        # edge cut: the quote starts later
    ("il faut que les les acteurs", "il faut que […] les acteurs"),
    ("we need, um, the data", "we need, […] the data"),
    ("nous nous engageons", "nous nous engageons"),                  # grammatical, not a stutter
    ("Euh bonjour", "bonjour"),
])
def test_disfluencies_cut_and_marked(raw, clean):
    assert clean_disfluencies(raw).text == clean


def test_cuts_are_counted():
    assert clean_disfluencies("a euh b um c").cuts == 2


def test_verify_quote_accepts_marked_cuts_and_rejects_changes():
    source = "Alors euh on a vraiment besoin de de données fiables."
    assert verify_quote(clean_disfluencies(source).text, source)
    assert verify_quote("on a vraiment besoin […] données", source)
    assert not verify_quote("on a réellement besoin", source)
    assert not verify_quote("données […] on a", source)       # order matters
    assert not verify_quote("[…]", source)
