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
