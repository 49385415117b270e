"""Posts in French and English: what the other report prints for a speaker's post.

A post printed under a quote (« Anne Leroy (adjointe au maire) ») or naming a voice in a body (« Selon la
directrice générale ») is in the transcript's language; the English draft of a French event printed
"(adjointe au maire)" and "According to the Directrice générale". The common posts of the events staff
receive are listed here in both languages. Only a post said exactly so is printed in the other language: «
co-président du conseil de quartier » stays as said rather than half translated. English posts become French
only where the French word says nothing of who holds the post (« ministre », « maire »): the others would
have to guess a gender.
"""
from __future__ import annotations

from .names import fold

__all__ = ["post_in"]

# French (each form the post takes) -> English
_FR_EN: dict[str, str] = {}
for _english, _forms in {
    "Minister": ("ministre",),
    "Prime Minister": ("premier ministre", "première ministre"),
    "Mayor": ("maire",),
    "Deputy Mayor": ("adjoint au maire", "adjointe au maire", "maire adjoint", "maire adjointe"),
    "Director General": ("directeur général", "directrice générale"),
    "Deputy Director General": ("directeur général adjoint", "directrice générale adjointe"),
    "Director": ("directeur", "directrice"),
    "Research Director": ("directeur de recherche", "directrice de recherche", "directeur de la recherche",
                          "directrice de la recherche"),
    "President": ("président", "présidente"),
    "Vice-President": ("vice-président", "vice-présidente"),
    "Co-Chair": ("co-président", "co-présidente", "coprésident", "coprésidente"),
    "Secretary General": ("secrétaire général", "secrétaire générale"),
    "Secretary of State": ("secrétaire d'état",),
    "City Councillor": ("conseiller municipal", "conseillère municipale"),
    "Regional Councillor": ("conseiller régional", "conseillère régionale"),
    "Member of Parliament": ("député", "députée"),
    "Member of the European Parliament": ("député européen", "députée européenne"),
    "Senator": ("sénateur", "sénatrice"),
    "Commissioner": ("commissaire",),
    "European Commissioner": ("commissaire européen", "commissaire européenne"),
    "Prefect": ("préfet", "préfète"),
    "Rapporteur": ("rapporteur", "rapporteure"),
    "Researcher": ("chercheur", "chercheuse"),
    "Associate Researcher": ("chercheur associé", "chercheuse associée"),
    "Professor": ("professeur", "professeure"),
    "Associate Professor": ("maître de conférences", "maîtresse de conférences"),
    "PhD Student": ("doctorant", "doctorante"),
    "Economist": ("économiste",),
    "Sociologist": ("sociologue",),
    "Founder": ("fondateur", "fondatrice"),
    "Co-founder": ("cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice"),
    "Policy Officer": ("chargé de mission", "chargée de mission"),
    "Project Manager": ("chef de projet", "cheffe de projet"),
    "Spokesperson": ("porte-parole",),
    "Ambassador": ("ambassadeur", "ambassadrice"),
    "Interpreter": ("interprète",),
}.items():
    for _form in _forms:
        _FR_EN[fold(_form)] = _english
# English -> French, where French has one form for everyone
_EN_FR = {fold(e): f for e, f in {"Minister": "ministre", "Mayor": "maire",
                                  "Secretary of State": "secrétaire d'État", "Commissioner": "commissaire",
                                  "European Commissioner": "commissaire européen·ne", "Economist": "économiste",
                                  "Sociologist": "sociologue", "Spokesperson": "porte-parole",
                                  "Interpreter": "interprète"}.items()}


def post_in(post: str, lang: str) -> str:
    """``post`` as the ``lang`` report prints it: « adjointe au maire » -> "Deputy Mayor" in English; as it is
    when it is already in that language, or not a post said exactly as listed."""
    table = _FR_EN if lang == "en" else _EN_FR if lang == "fr" else {}
    return table.get(fold(" ".join(post.replace("’", "'").split())), post)
