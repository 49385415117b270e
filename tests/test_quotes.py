from __future__ import annotations

import pytest

from confsynth.quotes import clean_disfluencies, passage_quality, reports_someone_else, verify_quote


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


@pytest.mark.parametrize("text, reported", [
    ("Comme le disait Matthias, il faut des infrastructures pour l'innovation sociale.", True),
    ("As Nadia said, transparency matters more than anything else here.", True),
    ("He said, my boss is my phone.", True),
    ("Il faut des lieux pour expérimenter et des citoyens vraiment à la table.", False),
    ("La Commission a publié un guide, « Acheter social », qui est très bien fait.", False),
])
def test_passages_that_relay_someone_else_are_spotted(text, reported):
    assert reports_someone_else(text) is reported


def test_a_relayed_claim_scores_below_the_speakers_own():
    own = clean_disfluencies("Il faut des lieux pour expérimenter, sinon les projets meurent avant d'avoir appris.")
    relayed = clean_disfluencies("Comme le disait Matthias, il faut des lieux pour expérimenter, sinon ils meurent.")
    assert passage_quality(relayed, "fr") < passage_quality(own, "fr")


def test_candidates_keep_file_line_time_and_turn():
    import numpy as np

    from confsynth.quotes import quote_candidates
    from confsynth.records import Segment, Sentence, Turn

    text = ("Bon, euh, on a vraiment besoin de de données fiables pour mesurer l'impact des projets sociaux "
            "dans les quartiers. Sinon les financeurs décident à l'aveugle et les associations perdent un temps "
            "précieux à remplir des tableaux.")
    cut = text.index("Sinon")
    turn = Turn(3, "Anna", text, "talk.vtt", (Segment(0, 12, 61.0), Segment(cut, 14, 65.5)), "fr")
    sentences = [Sentence(0, 3, 0, cut - 1, text[:cut - 1], "s1", "fr"),
                 Sentence(1, 3, cut, len(text), text[cut:], "s1", "fr")]
    cands = quote_candidates(sentences, [None, None, None, turn], np.ones((2, 4), np.float32), {"s1"})
    first = next(c for c in cands if c.sentences == (0,))
    q = first.quote
    assert q.text == ("on a vraiment besoin […] de données fiables pour mesurer l'impact des projets sociaux "
                      "dans les quartiers.")
    assert (q.source.file, q.source.line, q.source.time, q.source.turn) == ("talk.vtt", 12, 61.0, 3)
    assert verify_quote(q.text, text) and text[q.span[0]:q.span[1]].startswith("on a vraiment")
    second = next(c for c in cands if c.sentences == (1,))
    assert (second.quote.source.line, second.quote.source.time) == (14, 65.5)
