"""Country names in French and English, and the few institutions whose country is a matter of fact.

A speaker's country is printed only when the transcript names it (« en Suède », "in Sweden",
« Université de Bucarest, Roumanie ») or when the affiliation is a national body listed here
(INRAE is French, whatever city the speaker works in). Nothing is inferred from a city, a name
or a language: a wrong country in a published attribution is a wrong fact.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["find_country", "country_name", "country_code", "institution_country", "split_country", "place_name"]

# ISO code -> (French name, English name, other spellings). French names keep their article-free form.
_COUNTRIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "AT": ("Autriche", "Austria", ("Österreich",)),
    "BE": ("Belgique", "Belgium", ("België",)),
    "BG": ("Bulgarie", "Bulgaria", ()),
    "HR": ("Croatie", "Croatia", ()),
    "CY": ("Chypre", "Cyprus", ()),
    "CZ": ("République tchèque", "Czech Republic", ("Tchéquie", "Czechia")),
    "DK": ("Danemark", "Denmark", ()),
    "EE": ("Estonie", "Estonia", ()),
    "FI": ("Finlande", "Finland", ()),
    "FR": ("France", "France", ()),
    "DE": ("Allemagne", "Germany", ("Deutschland",)),
    "GR": ("Grèce", "Greece", ()),
    "HU": ("Hongrie", "Hungary", ()),
    "IE": ("Irlande", "Ireland", ()),
    "IT": ("Italie", "Italy", ("Italia",)),
    "LV": ("Lettonie", "Latvia", ()),
    "LT": ("Lituanie", "Lithuania", ()),
    "LU": ("Luxembourg", "Luxembourg", ()),
    "MT": ("Malte", "Malta", ()),
    "NL": ("Pays-Bas", "Netherlands", ("the Netherlands", "Nederland", "Holland")),
    "PL": ("Pologne", "Poland", ("Polska",)),
    "PT": ("Portugal", "Portugal", ()),
    "RO": ("Roumanie", "Romania", ()),
    "SK": ("Slovaquie", "Slovakia", ()),
    "SI": ("Slovénie", "Slovenia", ()),
    "ES": ("Espagne", "Spain", ("España",)),
    "SE": ("Suède", "Sweden", ("Sverige",)),
    "GB": ("Royaume-Uni", "United Kingdom", ("the United Kingdom", "UK", "the UK", "Great Britain", "Britain")),
    "NO": ("Norvège", "Norway", ("Norge",)),
    "CH": ("Suisse", "Switzerland", ("Schweiz",)),
    "IS": ("Islande", "Iceland", ()),
    "RS": ("Serbie", "Serbia", ()),
    "AL": ("Albanie", "Albania", ()),
    "BA": ("Bosnie-Herzégovine", "Bosnia and Herzegovina", ("Bosnie", "Bosnia")),
    "ME": ("Monténégro", "Montenegro", ()),
    "MK": ("Macédoine du Nord", "North Macedonia", ()),
    "MD": ("Moldavie", "Moldova", ()),
    "UA": ("Ukraine", "Ukraine", ()),
    "TR": ("Turquie", "Turkey", ("Türkiye",)),
    "GE": ("Géorgie", "Georgia", ()),
    "AM": ("Arménie", "Armenia", ()),
    "RU": ("Russie", "Russia", ()),
    "US": ("États-Unis", "United States", ("the United States", "USA", "the US", "Etats-Unis")),
    "CA": ("Canada", "Canada", ()),
    "MX": ("Mexique", "Mexico", ()),
    "BR": ("Brésil", "Brazil", ()),
    "AR": ("Argentine", "Argentina", ()),
    "CL": ("Chili", "Chile", ()),
    "CO": ("Colombie", "Colombia", ()),
    "PE": ("Pérou", "Peru", ()),
    "CN": ("Chine", "China", ()),
    "JP": ("Japon", "Japan", ()),
    "KR": ("Corée du Sud", "South Korea", ()),
    "IN": ("Inde", "India", ()),
    "AU": ("Australie", "Australia", ()),
    "NZ": ("Nouvelle-Zélande", "New Zealand", ()),
    "ZA": ("Afrique du Sud", "South Africa", ()),
    "MA": ("Maroc", "Morocco", ()),
    "DZ": ("Algérie", "Algeria", ()),
    "TN": ("Tunisie", "Tunisia", ()),
    "SN": ("Sénégal", "Senegal", ()),
    "CI": ("Côte d'Ivoire", "Ivory Coast", ("Côte d’Ivoire",)),
    "CM": ("Cameroun", "Cameroon", ()),
    "EG": ("Égypte", "Egypt", ()),
    "NG": ("Nigeria", "Nigeria", ()),
    "KE": ("Kenya", "Kenya", ()),
    "IL": ("Israël", "Israel", ()),
    "LB": ("Liban", "Lebanon", ()),
}

# National bodies: the name alone says the country. Only institutions that exist in one country.
_INSTITUTIONS: dict[str, str] = {
    "inrae": "FR", "inra": "FR", "cnrs": "FR", "inserm": "FR", "inria": "FR", "ined": "FR", "insee": "FR",
    "cirad": "FR", "ifremer": "FR", "cnam": "FR", "sciences po": "FR", "essec": "FR", "essec business school": "FR",
    "hec paris": "FR", "france stratégie": "FR", "caisse des dépôts": "FR", "bpifrance": "FR",
    "max planck": "DE", "fraunhofer": "DE", "diw berlin": "DE", "zew": "DE",
    "csic": "ES", "iese": "ES", "cnr": "IT", "bocconi": "IT", "tno": "NL", "vtt": "FI",
    "sitra": "FI", "vinnova": "SE", "nesta": "GB", "the young foundation": "GB",
}

_PREPOSITIONS = r"(?:(?:ici\s+)?(?:en|au|aux|à|in|from|de|du|des)\s+(?:la\s+|le\s+|l['’]|the\s+)?)"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


_BY_NAME: dict[str, str] = {}
for _code, (_fr, _en, _other) in _COUNTRIES.items():
    for _n in (_fr, _en, *_other):
        _BY_NAME[_fold(_n)] = _code
        if _fold(_n).startswith("the "):
            _BY_NAME[_fold(_n)[4:]] = _code
_NAMES_RE = "|".join(sorted((re.escape(n) for c in _COUNTRIES.values() for n in (c[0], c[1], *c[2])),
                            key=len, reverse=True))
_COUNTRY_RE = re.compile(rf"(?<![\w-])(?P<country>{_NAMES_RE})(?![\w-])")


def country_code(name: str) -> str | None:
    """The ISO code of a country name in French or English (accents and case ignored)."""
    return _BY_NAME.get(_fold(name))


def country_name(name_or_code: str, language: str) -> str:
    """The country's name in ``language`` (fr or en); unknown names are returned unchanged."""
    code = name_or_code if name_or_code in _COUNTRIES else country_code(name_or_code)
    if code is None:
        return name_or_code
    fr, en, _ = _COUNTRIES[code]
    return fr if language == "fr" else en


def find_country(text: str) -> str | None:
    """The country a short phrase names by itself: "en Suède", "in Sweden", "Roumanie"; else None."""
    phrase = re.sub(rf"^\s*{_PREPOSITIONS}?", "", text.strip(), flags=re.IGNORECASE).strip(" .,;")
    m = _COUNTRY_RE.fullmatch(phrase)
    return m["country"] if m else None


def split_country(affiliation: str) -> tuple[str, str | None]:
    """Split "Université de Bucarest, Roumanie" into ("Université de Bucarest", "Roumanie")."""
    parts = [p.strip() for p in affiliation.split(",")]
    if len(parts) >= 2:
        country = find_country(parts[-1])
        if country is not None:
            return ", ".join(parts[:-1]), country
    return affiliation, None


def institution_country(affiliation: str) -> str | None:
    """The ISO code of a national body named by ``affiliation`` ("INRAE", "TU Dortmund"), else None."""
    key = _fold(affiliation)
    key = re.sub(r"^(?:l'|la |le |the )", "", key)
    return _INSTITUTIONS.get(key)


# The cities of European events whose French and English names differ (French, English): a French draft says
# « à Bruxelles », an English one "in Brussels", whichever the transcript wrote
_CITIES: tuple[tuple[str, str], ...] = (
    ("Bruxelles", "Brussels"), ("Londres", "London"), ("Genève", "Geneva"), ("Vienne", "Vienna"),
    ("Lisbonne", "Lisbon"), ("Varsovie", "Warsaw"), ("Copenhague", "Copenhagen"), ("Athènes", "Athens"),
    ("La Haye", "The Hague"), ("Édimbourg", "Edinburgh"), ("Séville", "Seville"), ("Barcelone", "Barcelona"),
    ("Venise", "Venice"), ("Florence", "Florence"), ("Naples", "Naples"), ("Francfort", "Frankfurt"),
    ("Hambourg", "Hamburg"), ("Munich", "Munich"), ("Cologne", "Cologne"), ("Anvers", "Antwerp"), ("Gand", "Ghent"),
    ("Bucarest", "Bucharest"), ("Nicosie", "Nicosia"), ("La Valette", "Valletta"), ("Prague", "Prague"),
    ("Rome", "Rome"), ("Milan", "Milan"), ("Turin", "Turin"), ("Gênes", "Genoa"), ("Cracovie", "Krakow"),
    ("Bâle", "Basel"), ("Zurich", "Zurich"), ("Salonique", "Thessaloniki"), ("Aix-la-Chapelle", "Aachen"),
    ("Louvain", "Leuven"), ("Malines", "Mechelen"), ("Trèves", "Trier"), ("Mayence", "Mainz"),
    ("Marseille", "Marseille"), ("Lyon", "Lyon"), ("Strasbourg", "Strasbourg"), ("Luxembourg", "Luxembourg"),
    ("Dunkerque", "Dunkirk"), ("Bruges", "Bruges"), ("Moscou", "Moscow"), ("Saint-Pétersbourg", "Saint Petersburg"),
    ("Le Caire", "Cairo"), ("Alger", "Algiers"), ("Tunis", "Tunis"), ("Pékin", "Beijing"), ("Washington", "Washington"),
    ("La Nouvelle-Orléans", "New Orleans"), ("Montréal", "Montreal"), ("Québec", "Quebec City"),
)
_CITY_BY_NAME = {_fold(n): pair for pair in _CITIES for n in pair}


def is_city(text: str) -> bool:
    """Whether ``text`` is one of the listed cities, in either language ("Bruxelles", "Brussels")."""
    return _fold(text.strip()) in _CITY_BY_NAME


def place_name(place: str, language: str) -> str:
    """A city's name in ``language`` (fr or en): "Brussels" is « Bruxelles » in French; a place not listed, and
    what follows its first comma (« Brussels, Belgium »: the country in the language too), are kept."""
    head, sep, rest = place.partition(",")
    pair = _CITY_BY_NAME.get(_fold(head))
    city = (pair[0] if language == "fr" else pair[1]) if pair else head.strip()
    if not sep:
        return city if pair else place
    return city + ", " + ", ".join(country_name(p.strip(), language) for p in rest.split(","))
