"""Posts in French and English: what the other report prints for a speaker's post.

A post printed under a quote (« Anne Leroy (adjointe au maire) ») or naming a voice in a body (« Selon la
directrice générale ») is in the transcript's language; the English draft of a French event printed
"(adjointe au maire)" and "According to the Directrice générale". The common posts of the events staff
receive are listed here in both languages. Only a post said exactly so is printed in the other language: «
co-président du conseil de quartier » stays as said rather than half translated. A listed post of an
organisation named by its proper name is the post of that organisation in the other language too (« directrice
générale de Habitat Lyon » -> "Director General of Habitat Lyon", "Mayor of Lyon" -> « maire de Lyon »): the
name is not translated in either. « ministre de la Culture » stays, its article and noun would need a
translator. English posts become French only where the French word says nothing of who holds the post («
ministre », « maire »): the others would have to guess a gender.
"""
from __future__ import annotations

import re

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
    "Treasurer": ("trésorier", "trésorière"),
    "Secretary": ("secrétaire",),
    "Deputy Director": ("directeur adjoint", "directrice adjointe"),
    "Executive Director": ("directeur exécutif", "directrice exécutive", "délégué général", "déléguée générale"),
    "Head of Department": ("chef de service", "cheffe de service"),
    "Adviser": ("conseiller", "conseillère"),
    "Research Fellow": ("chargé de recherche", "chargée de recherche"),
    "Teacher": ("enseignant", "enseignante"),
    "Lawyer": ("avocat", "avocate"),
    "Journalist": ("journaliste",),
    "Consultant": ("consultant", "consultante"),
    "Engineer": ("ingénieur", "ingénieure"),
    "Architect": ("architecte",),
    "Urban Planner": ("urbaniste",),
    "Historian": ("historien", "historienne"),
    "Philosopher": ("philosophe",),
    "Geographer": ("géographe",),
    "Nurse": ("infirmier", "infirmière"),
    "Entrepreneur": ("entrepreneur", "entrepreneuse"),
    "Activist": ("militant", "militante"),
    "Volunteer": ("bénévole",),
    "Coordinator": ("coordinateur", "coordinatrice"),
}.items():
    for _form in _forms:
        _FR_EN[fold(_form)] = _english
# English -> French, where French has one form for everyone
_EN_FR = {fold(e): f for e, f in {"Minister": "ministre", "Mayor": "maire",
                                  "Secretary of State": "secrétaire d'État", "Commissioner": "commissaire",
                                  "European Commissioner": "commissaire européen·ne", "Economist": "économiste",
                                  "Sociologist": "sociologue", "Spokesperson": "porte-parole",
                                  "Interpreter": "interprète", "Secretary": "secrétaire", "Journalist": "journaliste",
                                  "Architect": "architecte", "Urban Planner": "urbaniste", "Philosopher": "philosophe",
                                  "Geographer": "géographe", "Volunteer": "bénévole"}.items()}


# A listed post, then its organisation by its proper name: « de Habitat Lyon », « d'Impact Tank », « de l'INRAE »,
# « à Sciences Po »
# (an article before an acronym), ", Impact Tank"; "of Habitat Lyon". The name starts with a capital and does
# not start with an article (« de La Poste »: which article the other language needs is a translator's call)
_OF_ORG = {
    "en": re.compile(r"^(?P<post>.+?)(?:\s+de\s+l['’](?=[A-Z]{2})|\s+de\s+|\s+d['’]|(?P<comma>,\s*)"
                     r"|(?P<at>\s+à\s+(?:l['’](?=[A-Z]{2}))?))"
                     r"(?P<org>(?!(?:Le|La|Les)\b|L['’])[A-ZÀ-Ý].*)$"),
    # "of" only after "Mayor": "Minister of Economy" names a portfolio, which would need translating
    "fr": re.compile(r"^(?P<post>.+?)(?:(?<=Mayor)\s+of\s+|(?P<comma>,\s*))(?P<org>(?!The\b)[A-Z].*)$"),
}
# Two organisations (« de Habitat Lyon et de Lyon Métropole »): the second « de » would stay French
_TWO_OF = re.compile(r"\b(?:et|and)\s+(?:de|du|des|d['’]|of)\b", re.I)
# Posts one holds at an organisation rather than of it: "Researcher at INRAE", "Director of INRAE"
_AT = {"Researcher", "Associate Researcher", "Research Director", "Professor", "Associate Professor",
       "PhD Student", "Economist", "Sociologist", "Policy Officer", "Project Manager", "Interpreter", "Adviser",
       "Research Fellow", "Teacher", "Lawyer", "Journalist", "Consultant", "Engineer", "Architect", "Urban Planner",
       "Historian", "Philosopher", "Geographer", "Nurse", "Volunteer", "Coordinator"}


def _listed(post: str, lang: str) -> str | None:
    table = _FR_EN if lang == "en" else _EN_FR if lang == "fr" else {}
    return table.get(fold(post.replace("’", "'")))


def post_in(post: str, lang: str) -> str:
    """``post`` as the ``lang`` report prints it: « adjointe au maire » -> "Deputy Mayor" in English, «
    directrice générale de Habitat Lyon » -> "Director General of Habitat Lyon"; as it is when it is already in
    that language, or not a listed post said exactly so."""
    said = " ".join(post.split())
    listed = _listed(said, lang)
    if listed is not None:
        return listed
    m = _OF_ORG[lang].match(said) if lang in _OF_ORG else None
    if m is None or (head := _listed(m["post"], lang)) is None or _TWO_OF.search(m["org"]):
        return post
    org = m["org"]
    if m["comma"] is not None:
        return f"{head}, {org}"
    if lang == "en":
        return f"{head} {'at' if head in _AT or m['at'] else 'of'} {org}"
    return f"{head} d'{org}" if fold(org[:1]) in "aeiou" else f"{head} de {org}"
