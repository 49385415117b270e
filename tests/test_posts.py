"""Posts in the other report's language: listed posts only, said exactly so; no gender guessed."""
from __future__ import annotations

import pytest

from confsynth.posts import post_in


@pytest.mark.parametrize("post, lang, printed", [
    ("adjointe au maire", "en", "Deputy Mayor"),
    ("Directrice générale", "en", "Director General"),
    ("chercheuse", "en", "Researcher"),
    ("ministre", "en", "Minister"),
    ("Minister", "fr", "ministre"),
    # already in the report's language, or not a listed post said exactly so: as it is
    ("adjointe au maire", "fr", "adjointe au maire"),
    ("Deputy Mayor", "en", "Deputy Mayor"),
    ("co-président du conseil de quartier", "en", "co-président du conseil de quartier"),
    ("ministre du Logement", "en", "ministre du Logement"),
    # French would have to guess who holds the post
    ("Director General", "fr", "Director General"),
    # a listed post of an organisation named by its proper name: the name as it is
    ("Directrice générale de Habitat Lyon", "en", "Director General of Habitat Lyon"),
    ("directeur d'Impact Tank", "en", "Director of Impact Tank"),
    ("chercheuse de l’INRAE", "en", "Researcher at INRAE"),
    ("Directrice générale, Impact Tank", "en", "Director General, Impact Tank"),
    ("maire de Paris", "en", "Mayor of Paris"),
    ("présidente de Lafarge", "en", "President of Lafarge"),
    ("trésorière", "en", "Treasurer"),
    ("déléguée générale d'Impact Tank", "en", "Executive Director of Impact Tank"),
    ("journaliste de Libération", "en", "Journalist at Libération"),
    ("directrice de recherche à l'INRAE", "en", "Research Director at INRAE"),
    ("professeure à Sciences Po", "en", "Professor at Sciences Po"),
    ("chercheuse à la Ville de Lyon", "en", "chercheuse à la Ville de Lyon"),
    ("Journalist", "fr", "journaliste"),
    ("Mayor of Arles", "fr", "maire d'Arles"),
    ("Mayor of Lyon", "fr", "maire de Lyon"),
    # a portfolio, an article or an unlisted post would need a translator: as it is
    ("ministre de la Culture", "en", "ministre de la Culture"),
    ("présidente de La Poste", "en", "présidente de La Poste"),
    ("Adjointe aux finances", "en", "Adjointe aux finances"),
    ("Minister of Economy", "fr", "Minister of Economy"),
    ("Mayor of the City", "fr", "Mayor of the City"),
    ("co-présidente de Habitat Lyon et de Lyon Métropole", "en", "co-présidente de Habitat Lyon et de Lyon Métropole"),
])
def test_a_post_is_printed_in_the_report_language_when_listed(post, lang, printed):
    assert post_in(post, lang) == printed


def test_the_english_draft_names_a_french_post_in_english():
    from confsynth.records import Speaker
    from confsynth.render.i18n import attribution, post_prose, speaker_name

    anne = Speaker(id="s1", label="Anne Leroy", name="Anne Leroy", title="adjointe au maire")
    assert attribution(anne, "en") == "Anne Leroy (Deputy Mayor)"
    assert attribution(anne, "fr") == "Anne Leroy (adjointe au maire)"
    director = Speaker(id="s2", label="Directrice générale")
    assert speaker_name(director, "en") == "Director General" and speaker_name(director, "fr") == "Directrice générale"
    assert post_prose("Directrice générale", "en") == "the Director General"
    assert post_prose("The Minister", "fr") == "le ou la ministre"
