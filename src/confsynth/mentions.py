"""Who is named where in the spoken text: introductions, self-introductions, hand-offs and thanks.

A moderator says « Je donne la parole à Anna Seravalli, chercheuse à l'Université de Malmö »; a
speaker says "I'm Risto Raivio, I work at the European Commission"; the next one starts with
« Merci Anna ». Each move is a :class:`Mention`: the person named, what the text says about them
(title, affiliation, country) and where it sits in the turn, so that the speaker directory can
fill in affiliations and map anonymous labels to names. Patterns find the moves; the entities of
the one spaCy pass (``nlp.analyze_texts``) confirm that a name slot holds a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from .countries import find_country, is_city
from .ingest.labels import ADDRESS, POST_NOUNS
from .names import compatible, fold, name_tokens

__all__ = ["Mention", "find_mentions", "describe", "ROLE_WORDS"]

_U = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_SP = r"[ \u00a0]"
# (a word starts a name, never its end: "J." of « l'UNHAJ. Et Élodie FONTAINE » was an initial of hers)
_TOK = rf"(?:(?<!\w)(?:d['’]\s?|O['’])?(?:[{_U}][\w'’\-]*\w|[{_U}]\.(?!\w)))"
_PART = r"(?:de|du|des|la|le|van|von|der|den|da|di|del|della|dos|das|ten|ter|bin|ibn|al|el|zu|af|y)"
_NAME = rf"{_TOK}(?:{_SP}+(?:{_PART}{_SP}+){{0,2}}{_TOK}){{0,3}}"
_HON = (r"(?:Right\s+Hon\.|Rt\.?\s+Hon\.|Hon\.|Mrs\.?|Mr\.?|Ms\.?|Mx\.?|Mme\.?|Mlle\.?|M\.|Dr\.?|Prof\.?|Pr\.|Me\."
        r"|Professor|Professeure?|Doctor|Docteure?|Sir|Dame|Senator|Sénat(?:eur|rice)|Councillor|Cllr\.?"
        r"|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|Frau|Herr|Professorin"
        r"|(?:[Ll]e|[Ll]a)\s+(?:professeure?|docteure?|sénat(?:eur|rice)|députée?|ministre|maire|président(?:e)?)"
        # Italian and Spanish: « la professoressa Elena Rinaldi del Politecnico di Milano », « el profesor … »
        r"|(?:[Ll]a|[Ii]l|[Ee]l)\s+(?:professoressa|professore|profesora|profesor|dottoressa|dottore|doctora|doctor"
        r"|ingegnere|architetto))")
_PERSON = rf"(?:(?P<hon>{_HON})(?:{_SP}+|(?<=\.)))?(?P<name>{_NAME})"

# Capitalised words that open sentences or name roles, never people.
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "we", "i", "it", "he", "she", "they", "you", "our", "my", "your",
    "thank", "thanks", "merci", "bonjour", "bonsoir", "hello", "hi", "good", "so", "and", "but", "now", "okay",
    "ok", "yes", "no", "oui", "non", "alors", "donc", "et", "mais", "chair", "chairman", "chairwoman",
    "chairperson", "minister", "ministers", "prime", "président", "présidente", "president", "madam", "mister",
    "speaker", "speakers", "members", "member", "everyone", "everybody", "all", "tous", "toutes", "sir",
    "monsieur", "madame", "mesdames", "messieurs", "mr", "mrs", "ms", "dr", "m", "mme", "commission",
    "committee", "government", "house", "parliament", "god", "item", "europe", "madame la présidente",
    "colleagues", "chers", "chères", "dear", "ladies", "gentlemen", "friends", "panel", "panelists", "audience",
    "deputy", "secretary", "state", "council", "conseil", "mayor", "maire", "professor", "professeur", "doctor",
    "honourable", "honorable", "hon", "right", "question", "questions", "point", "order", "please", "well",
    "again", "also", "just", "maybe", "then", "here", "there", "what", "when", "where", "why", "how", "who",
    "if", "as", "in", "on", "at", "for", "to", "of", "à", "de", "la", "le", "les", "un", "une", "je", "nous",
    "vous", "on", "il", "elle", "ils", "elles", "ça", "ce", "c'est", "voilà", "bon", "bien", "oh", "ah",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "chat", "zoom", "teams", "covid", "covid-19", "brexit", "twitter", "linkedin", "internet", "google",
}
_PERSON_LABELS = {"PER", "PERSON"}
_OTHER_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
                 "DATE", "TIME", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "MISC"}

_DUTCH_POST_WORDS = (r"wethouder|burgemeester|gedeputeerde|onderzoeker\w*|hoogleraar|lector|voorzitter|medewerker"
                     r"|beleidsmedewerker|adviseur|woordvoerder|projectleider|oprichter|bestuurder|ondernemer")
ROLE_WORDS = re.compile(
    r"(?i:\b(?:profess\w*|lectur\w*|research\w*|chercheu\w*|fellow|scientist|scientifique|sociolog\w*"
    r"|[ée]conomist\w*|direct(?:or|eur|rice)\w*|head|chef|cheffe|chief|chair\w*|présiden\w*|presiden\w*|drh|pdg"
    r"|cadre\s+(?:de\s+santé|supérieure?|dirigeante?|territorial|infirmier|infirmière)"
    # (the other languages staff receive: « l'assessore alla casa », « el concejal de Urbanismo », « profesora »)
    r"|assessor[ea]|concejal\w*|alcald\w*|sindac[oa]|profesor\w*|ricercat(?:ore|rice)|investigador\w*|arquitect[oa]"
    r"|architett[oa]|urbanist\w*|periodista|giornalista|consiglier[ea]|dirett(?:ore|rice)|técnic[oa]|tecnic[oa]"
    r"|referent\w*|geschäftsführer\w*|leiter(?:in)?|bürgermeister\w*|dozent\w*|coordinador\w*|coordinat(?:ore|rice)"
    r"|advis[oe]r\w*|conseill\w*|analyst\w*|officer|manager|responsable|chargée?|minist\w*|secretar\w*"
    r"|secrétaire|deputy|adjointe?|déléguée?|delegate|commissioner|commissaire|executive|experte?"
    r"|consultante?|coordinat\w*|found(?:er|ing)\w*|fondat\w*|co-?fonda\w*|co-?found\w*|ceo|coo|cfo|cto"
    r"|member|membre|mayor|maire|engineer|ingénieure?|teacher|enseignante?|doctorante?|student|étudiante?"
    r"|speciali\w*|spéciali\w*|lead|leader|partner|associée?|representative|représentante?|spokes\w*"
    r"|porte-parole|senator|sénat\w*|députée?|councillor|élue?|inspect\w*|journalist\w*|editor"
    r"|rédact\w*|author|auteure?|autrice|historian|historien\w*|lawyer|avocate?|architect\w*|entrepreneu\w*"
    r"|activist|militante?|organi[sz]er|animat(?:eur|rice)|moderator|modérat\w*|facilitat\w*"
    r"|administrat(?:or|eur|rice)|treasurer|trésori\w*|ambassad\w*|governor|gouverneur|préfète?|prefect"
    r"|rapporteur\w*|dean|doyen\w*|rect(?:or|eur|rice)|chancellor|fonctionnaire|géograph\w*|philosoph\w*"
    r"|anthropolog\w*|psycholog\w*|politolog\w*|urbanist\w*|statistici\w*|physician|médecin|nurse"
    r"|géolog\w*|hydrogéolog\w*|hydrolog\w*|biolog\w*|écolog\w*|climatolog\w*|agronome|démograph\w*|juriste"
    r"|maîtres(?:se)?\s+de\s+conférences?|maître\s+de\s+conférences?|psychiatr\w*|pédiatre|pediatrician|chirurgien\w*|surgeon|pharmacien\w*|pharmacist|\w+ologists?|épidémiolog\w*"
    r"|epidemiolog\w*|généraliste|dentiste|dentist|vétérinaire|veterinar\w*|kinésithérapeute|sage-femme|midwife"
    r"|infirmi\w*|principal|superintendent|controller|contrôleu\w*|auditor|auditeur|auditrice|curator"
    r"|conservat(?:eur|rice)|librarian|bibliothécaire|pilot|officier|general|général|colonel|captain"
    r"|capitaine|judge|juge|magistrat\w*|attorney|procureur\w*|notaire|banker|banquier|investor"
    r"|investisseu\w*|farmer|agricult\w*|producteur|productrice|owner|propriétaire|gérante?|employee"
    # (the trades people from the floor say they are: "Tom Baker, a small builder from Kent")
    r"|builder|plumber|electrician|carpenter|joiner|craftsm[ae]n|craftswom[ae]n|artisane?|shopkeeper|commerçante?"
    r"|salariée?|volunteer|bénévole|trainer|format(?:eur|rice)|coach|mentor|tuteur|tutrice|pastor"
    r"|priest|imam|rabbi|headteacher|headmaster|headmistress|jefe|jefa|portavoz|investigador\w*|catedrátic\w*"
    r"|periodista|concejal\w*|alcalde\w*|giornalista|sindac[oa]|assessore|ricercat\w*|responsabile"
    r"|journalistin|bürgermeister\w*|forscher\w*|referent\w*|geschäftsführer\w*|redakteur\w*|leiter\w*|sprecher\w*"
    r"|vorsitzende\w*|direktor\w*|präsident\w*|wissenschaftler\w*|ökonom\w*|abgeordnete\w*|beauftragte\w*"
    # (a German post is one word with its field before it: « Landesvorsitzender », « Abteilungsleiterin »)
    r"|\w+(?:vorsitzende|leiter|leiterin|sprecher|sprecherin|referent|referentin|beauftragte|direktor|direktorin"
    r"|präsident|präsidentin|geschäftsführer|geschäftsführerin)\w*"
    # posts said by their initials: « DRH du groupe Ternois », « DG de l'agence », « PDG », "CIO"
    r"|drh|dg|dga|dgs|pdg|daf|dsi|cio|chro|cmo"
    # Dutch: « wethouder Duurzaamheid van de gemeente Rotterdam », « onderzoeker consumentengedrag aan Wageningen »
    r"|" + _DUTCH_POST_WORDS + r"|akkerbouwer|boer|econoom|journaliste"
    # farmers and buyers: « éleveur dans les monts du Lyonnais et élu à la Chambre d'agriculture du Rhône », « acheteur
    # public au département de l'Ain » (both printed bare)
    r"|éleveu(?:r|se)s?|maraîch(?:er|ère)s?|vigneron(?:ne)?s?|viticult(?:eur|rice)s?|acheteu(?:r|se)s?|buyers?)\b)"
)
# (the Dutch posts that may open a second post after « en »: « akkerbouwer … en voorzitter van … »)
_DUTCH_POSTS = rf"(?i:(?:{_DUTCH_POST_WORDS}|directeur)\b)"
_BODY_OF_PLACE = re.compile(rf"(?i:from|of|at|with)\s+(?i:the\s+)?(?P<org>(?:city|town|municipality|county|region"
                            rf"|province|state|port|university)\s+(?:council\s+)?of\s+[{_U}][^,;]*)")
_MAYOR = re.compile(r"(?i:^(?:\w+\s+){0,2}?(?:(?:adjointe?|premier\s+adjoint|première\s+adjointe)\s+(?:au|à\s+la)\s+"
                    r"(?:maire|mairesse)|maire|mairesse|(?:deputy\s+|vice[\s-])?mayor|bourgmestre|alcaldes?a?|sindac[oa]"
                    r"|(?:ober)?bürgermeister(?:in)?)\s+(?:de|d['’]|du|of|von|di)\b)")
_MINISTER = re.compile(r"(?i:^(?:\w+\s+)?(?:minist(?:er|re)|secretary|secrétaire|commissioner|commissaire)\b)")

# Where a description stops: another clause about the person, or the next item of a list.
_DESC_END = re.compile(
    r"(?i:\s+(?:et|and)\s+qui\b|\s+and\s+who\b|,\s*(?:où|where|which|whose|dont|qui\s+(?:va|vont|travaille|a|avait"
    r"|nous|vient|s['’]|y|dirige|anime)|who\s+(?:will|has|had|is\s+going|works|spent|leads|joins|joined|comes)"
    r"|et\s+(?:vous|il|elle|qui|je|nous|on)|and\s+(?:he|she|they|I|we|who|is|has|will|works)|but|mais|so|donc)\b"
    r"|,?\s+(?:and|et)\s+(?!(?:housing|training|funding|planning|building|spending|banking|marketing|engineering"
    r"|nursing|manufacturing|farming|mining|shipping|lending|learning|accounting|publishing|broadcasting|clothing"
    r"|catering|cycling|walking|parking|policing|heating|cooling|fundraising|lobbying|consulting|recycling"
    r"|programming|sourcing|procurement|licensing|energy)\b)\w+ing\b|[;:!?]|\s[-–—]\s|\.(?:\s|$)|\n|\s+(?:who|qui)\s+(?:will|va)\b"
    # the next clause about the person, with no comma: « chercheur au CNRS et vous travaillez sur… », "researcher
    # at the CNRS and you work on…"
    r"|\s+(?:et|and)\s+(?:vous|tu|il|elle|ils|elles|je|nous|on|you|he|she|they|I|we)\s|\s+et\s+j['’]"
    # « journaliste au Courrier de l'Éducation et c'est moi qui anime… », "… and I'm chairing"
    r"|\s+et\s+c['’]est\s|\s+and\s+(?:it['’]s|I['’]m|I['’]ll)\s"
    # German: « … beim Europa-Magazin Kontinent und ich moderiere… », « …, ich bin… »
    r"|\s+und\s+(?:ich|er|sie|wir|leitet|lehrt|forscht)\s|,\s*(?:ich|wir)\s"
    r"|\s+y\s+(?:hoy|yo|me|nos|ahora|también|llevo|trabajo)\s|\s+e\s+(?:oggi|io|mi|ci|adesso|lavoro|sono)\s"
    # the speaker's own next clause after their name: "I'm Tomás Reyes, I work at the OECD", « Je suis Anna, j'anime… »
    r"|,\s*(?:I|we|je|nous)(?=\s|['’])|,\s*j['’]"
    # "Paul Roy from the OECD is our first guest", « Paul Roy, de l'OCDE, sera notre premier intervenant »
    r"|,?\s+(?:is|will\s+be|est|sera)\s+(?:our|the|my|notre|le|la|mon|ma)\s+(?:very\s+)?(?:next|first|second|third"
    r"|last|final|opening|keynote|prochaine?|premi(?:er|ère)|deuxième|troisième|derni(?:er|ère))\b)"
)
_LEAD_IN = re.compile(
    r"(?i:^\s*,?\s*(?:(?:qui|who|que)\s+(?:est|is|was|était|sera|es)|who['’]s|vous\s+êtes|tu\s+es|you\s+are|is|est|es"
    r"|ich\s+bin|ist|soy|sono|sie\s+sind|du\s+bist|(?:who|qui)\s+(?:holds|occupe|détient)"
    r"|(?:she|he|they)\s+(?:is|are)|(?:elle|il)\s+est|(?:er|sie)\s+ist)\s+)"
)
_PRONOUN_IS = re.compile(r"(?i:(?:elle|il)\s+est|(?:she|he)\s+is|vous\s+êtes|you\s+are|(?:er|sie)\s+ist)\s+")
# (and the introducer's possessive: « Karim Benali, mon adjoint chargé des mobilités » was printed « (mon adjoint…) »)
_ARTICLE = re.compile(r"(?i:^\s*(?:(?:le|la|les|un|une|a|an|the|our|notre|nos|our\s+own|el|los|las|il|lo|der|die"
                      r"|mon|ma|mes|my|votre|vos|your|sa|son|ses|his|her|their|leur)\s+"
                      r"|l['’]\s?))")
_AT = (r"(?:at|with|à|au|aux|chez|auprès\s+(?:de|du|des)|within|inside|au\s+sein\s+(?:de|du|des)|en(?=\s+(?:el|la)\s)"
       r"|bei|beim|an(?=\s+der\s)|am|im|presso|al|alla|allo|all['’]|bij|aan)")
_OF = r"(?:of|from|de|du|des|d['’])"
_ORG_HEAD = (r"(?:ministère|ministre|ministry|université|universités|mairie|ville|service|conseil|direction"
             r"|département|école|faculté|commission|agence|caisse|région|préfecture|communauté|métropole"
             r"|fondation|association|institut|observatoire|centre|laboratoire|chambre|syndicat|fédération"
             # (English too: "secretary-general of the Italian Federation of Social Housing Providers" was a post)
             r"|union|federation|confederation|office|cabinet|secrétariat|groupe|group|société|entreprise|company"
             r"|banque|bank|collectif"
             r"|réseau|network|coopérative|mutuelle|hôpital|clinique|hospital|musée|museum|council|institute"
             r"|foundation|agency|magazine|journal|revue|quotidien|hebdomadaire|radio|newspaper|lycée|collège"
             r"|académie|rectorat|cooperativa|cooperative|amicale|club|comité|cercle"
             r"|gemeente|stichting|universiteit|coöperatie|vereniging|ministerie|provincie|hogeschool)")
_ART = r"(?:(?:la|le|les|the|el|los|las|der|dem)\s+|l['’]\s?)?"
_ORG_START = rf"(?=[{_U}\d]|{_ORG_HEAD}\b)"
_AT_ORG = rf"(?i:\s{_AT}\s+){_ART}"
_OF_ORG = rf"(?:\s(?i:of|from|de|du|des|del|der|vom|della|dello|dei|di)\s+{_ART}|\s(?i:d['’]|dell['’])\s?" \
          r"|\s(?i:van)\s+(?:(?i:de|het|der)\s+)?)"
# Where an organisation starts, most telling first: "at Nordlys Group", "de GRT Gaz", "au ministère de..."
_ORG_STARTS = [re.compile(p) for p in (
    rf"{_AT_ORG}(?=[{_U}\d])", rf"{_OF_ORG}(?=[{_U}\d])", rf"{_AT_ORG}(?={_ORG_HEAD}\b)",
    rf"{_OF_ORG}(?={_ORG_HEAD}\b)",
    # (last: "area flood risk manager for the Environment Agency"; not "director for Wales of Samaritans")
    rf"\s(?i:for)\s+(?i:the)\s+(?=[{_U}])")]
# (after an elided article too, and with the words that make one kind of body: « de l'université | de Montclair »,
# « à la communauté de communes | du Haut-Vallon », « au conseil départemental | de la Gironde »)
_HEAD_KIND = (r"(?:\s+(?:de\s+communes|d['’]agglomération|urbaine|départementale?|régionale?|municipale?|générale?"
              r"|nationale?|hospitali(?:er|ère)|universitaire|supérieure?|publique|locale?|sociale?))*")
# (and a body's own name after its kind: « au lycée Jean-Moulin | de Roubaix » is the lycée, not Roubaix)
_HEAD_BEFORE = re.compile(rf"(?:^|[\s'’])(?P<head>{_ORG_HEAD}{_HEAD_KIND}(?:\s+[{_U}][\w'’-]+){{0,3}}"
                          r"|(?i:amicale|association|collectif|club|comité|fédération|union|syndicat|cercle|coopérative"
                          r"|mutuelle)(?:\s+(?:des|de|du|d['’])\s*[a-zà-ÿ][\w'’-]+){1,2})$")
# Words that make a phrase a clause rather than a name ("un département d'appui qui traite...").
_NOT_IN_ORG = {"un", "une", "qui", "que", "est", "sont", "a", "ont", "va", "vont", "is", "are", "was", "were",
               "who", "which", "that", "we", "i", "you", "il", "elle", "nous", "vous", "je", "they", "he",
               "she", "it", "an", "will", "has", "have", "où", "where", "ce", "cette", "this"}
_LOCATION_TAIL = re.compile(rf"(?:,?\s+(?:here\s+|ici\s+|based\s+|basée?\s+)?(?i:in|à|at|en|au|aux)\s+(?:the\s+)?"
                            rf"(?P<place>[{_U}][\w'’\-]*(?:\s+[{_U}][\w'’\-]*)*)\s*)$")
_CONNECT = {"of", "for", "and", "the", "de", "du", "des", "la", "le", "les", "et", "d'", "l'", "à", "au", "aux",
            "pour", "sur", "en", "in", "on", "y", "für", "und", "di", "del", "della", "van", "von", "der", "&"}


@dataclass(frozen=True)
class Mention:
    """A person named in a turn, and what the sentence says about them."""

    turn: int                  # index of the turn whose text holds the mention
    kind: str                  # introduction | self | describe | thanks | address | other (named in passing)
    name: str | None           # as written, honorific kept ("Mr. Johns", "Matthias"); None for describe
    start: int                 # character span of the name (of the move when ``name`` is None)
    end: int
    title: str | None = None
    affiliation: str | None = None
    country: str | None = None
    listed: bool = False       # one of several people named together: says nothing of who speaks next
    at_end: bool = False       # in the turn's closing words: the person named speaks next
    at_start: bool = False     # in the turn's opening words: addressed to the previous speaker
    ner_person: bool = False   # spaCy tagged the name as a person
    weak: bool = False         # a bare name ("Janet."): a hint, not enough on its own

    @property
    def tokens(self) -> tuple[str, ...]:
        """The name's identifying words, folded."""
        return name_tokens(self.name) if self.name else ()


def _pattern(body: str) -> re.Pattern[str]:
    return re.compile(body.replace("{P}", _PERSON))


_DET = r"(?:(?i:the|a|an|le|la|l['’]|un|une)\s+)?"
# (a post may open on a prefix of its own: « vice-présidente », "co-founder")
_APPOSITION = re.compile(_PERSON + rf"(?=\s*,\s*(?:(?i:qui\s+est|who\s+is|vous\s+êtes|que\s+es|(?:er|sie)\s+ist)\s+)?{_DET}"
                         rf"(?:[\w-]+\s+){{0,3}}(?:\w+-)?{ROLE_WORDS.pattern})")
# ... and what they run: « Katharina Huber, que dirige el departamento… », « Camille Roux, qui préside l'association… »
# What someone runs, said as the person's verb (shared with _RUNS, below): after "who", « qui », « que »; the German
# « sie lehrt … an der Universität », « er arbeitet bei … »; and with no pronoun, "Ruth heads the programme…"
# (« Sandrine Koulibaly, qui pilote le service local… » had no organisation)
_RUN_VERBS = (r"dirige|préside|anime|coordonne|représente|pilote|leads|heads|runs|chairs|directs|manages|oversees"
              r"|preside|coordina|representa")
_WORKS_AT_DE = (r"(?:er|sie)\s+(?:lehrt|forscht|arbeitet|leitet)\s+(?:[\w-]+\s+){0,3}?(?:an|bei)"
                # (what the chair says to them: « Frau Krüger, Sie vertreten die IG Metall », « Herr Hahn, Sie kommen
                # von thyssenkrupp Steel »)
                r"|(?:er|sie)\s+(?:vertritt|vertreten|kommt\s+(?:von|vom|aus)|kommen\s+(?:von|vom|aus))(?:\s+die)?")
_BARE_RUN_VERBS = r"heads|leads|runs|directs|chairs|dirige|préside|coordonne"
# (said to them: « vous présidez la coopérative Bio Vallée Drôme »)
_YOU_RUN_VERBS = r"présidez|dirigez|animez|coordonnez|représentez|avez\s+(?:co-?)?fondé|avez\s+créé"
# (and in English: "you're a farmer and you chair the regional growers' union")
_YOU_RUN_VERBS_EN = r"lead|head|run|chair|direct|coordinate|(?:co-?)?founded|set\s+up"
# (and what they do now, after what they did: « qui a dirigé … et qui préside aujourd'hui l'Observatoire… »)
_NOW = r"(?:\s+(?:aujourd['’]hui|aussi|également|désormais|actuellement|now|also|currently|today))*"
# (when they founded it may come first: « Marie-Laure Fontaine a fondé, il y a dix ans, Seconde Carrière »)
_FOUNDED = r"(?:a\s+(?:co-?)?fondé|a\s+créé|(?:co-?)?founded)"
_WHEN = r"(?:\s*,\s*(?i:il\s+y\s+a|en|in|dès|voilà|back\s+in|some)\s+[^,.;!?]{1,25}?\s*,)"
# (and said to them: « Karim Benali, vous présidez la coopérative Terres d'Oc » was printed bare)
_RUNS_APPOSITION = re.compile(_PERSON + rf"(?=\s*,\s*(?:(?i:qui|who|que)\s+(?i:{_RUN_VERBS})|(?i:{_WORKS_AT_DE})"
                              rf"|(?i:vous\s+(?:{_YOU_RUN_VERBS})))\s"
                              rf"|\s+(?:{_BARE_RUN_VERBS}|{_FOUNDED})\s+(?i:the|a|an|le|la|l['’]|les)"
                              # (what they run there: "Laura Bennett runs operations at City Harvest Network")
                              rf"|\s+(?:{_BARE_RUN_VERBS})\s+(?:[a-z][\w-]+\s+){{1,2}}?(?:at|for)\s+(?:the\s+)?[{_U}]"
                              rf"|\s+{_FOUNDED}{_WHEN}?\s+(?:(?i:the|a|an|le|la|l['’]|les)|[{_U}])"
                              # what they are, then what they run: « Jean-Marc Roussillon, lui, est céréalier dans
                              # la Drôme et il préside la Fédération des irrigants du Sud-Est »
                              rf"|(?:\s*,\s*(?i:lui|elle)\s*,)?\s+(?:est|is)\s+[^.;!?\n]{{1,80}}?\s(?:et|and)\s+"
                              rf"(?i:il|elle|he|she)\s+(?:{_BARE_RUN_VERBS}|{_FOUNDED})\s)")
# (where they join from, said between commas first: "And João Silva, who joins us from Lisbon, is a senior adviser at
# the Portuguese Ministry of Health" was printed bare)
_JOINS_FROM = (r"(?:\s*,\s*(?i:who|qui)\s+(?i:joins|joined|is\s+joining|comes|has\s+come|nous\s+rejoint|vient|arrive)"
               r"\s+(?i:us\s+|nous\s+)?(?i:from|de|d['’]|du|des)\s*[^,.;!?]{1,40}?\s*,)")
_IS_ROLE = re.compile(_PERSON + rf"(?=(?:\s*,\s*(?i:lui|elle)\s*,|{_JOINS_FROM})?\s+(?:est|is|es)\s+{_DET}(?:\w+\s+)?"
                      rf"(?:\w+-)?{ROLE_WORDS.pattern})")


# (or where they come from: "Next to her, Professor Miriam Katz, from Delft University of Technology, who has…", "Ewa
# Nowak from the European Commission, Directorate-General for Energy" were printed bare)
# (not a farewell: "Brilliant. Priya Raman, from the Restart Collective, thank you so much." made the co-host who
# said it a second chair of the podcast, and its host no longer its moderator)
_FROM_APPOSITION = re.compile(_PERSON + rf"(?=\s*,?\s+(?i:from)\s+(?:the\s+)?[{_U}])"
                              r"(?![^.!?\n]*(?i:\bthank|\bthanks\b|\bmerci\b|\bgoodbye\b|\bau revoir\b))")


# Moves that introduce someone or hand them the floor. Trigger words are case-insensitive, names not.
_INTRODUCTIONS_EN = [_pattern(p) for p in (
    r"(?i:\b(?:our|the|my)\s+(?:very\s+)?(?:next|first|second|third|fourth|fifth|sixth|last|final|following"
    r"|opening|keynote)\s+(?:speaker|panell?ist|guest|presenter|witness|contributor|keynote\s+speaker|question"
    r"|questioner|intervention)s?\s+(?:today\s+)?(?:is|will\s+be|comes\s+from|goes\s+to|will\s+go\s+to|is\s+from)"
    r"\s+(?:(?:the\s+)?honou?rable\s+(?:member|minister)[^,.]{0,60},\s+)?){P}",
    r"(?i:\b(?:pleased|delighted|happy|honou?red|glad|thrilled|privileged|proud)\s+to\s+(?:welcome|introduce"
    r"|have(?:\s+with\s+us)?|invite|present|call\s+(?:on|upon)|give\s+the\s+floor\s+to|hand\s+over\s+to)"
    r"\s+(?:[^.!?;:]{0,50}?[:,]\s*)??){P}",
    r"(?i:\b(?:please\s+)?(?:welcome|join\s+me\s+in\s+welcoming|let['’]s\s+welcome|a\s+warm\s+welcome\s+to"
    r"|introduce|introducing|invite|call\s+on|call\s+upon|recogni[sz]e)\s+(?:back\s+)?){P}",
    r"(?i:\b(?:go|going|move|moving|pass|passing|turn|turning|hand|handing|come|coming|continue|continuing"
    r"|proceed|proceeding|over|back)\s+(?:(?:it|now|back|over|straight|then)\s+)*(?:to|with)\s+"
    r"(?:(?:the\s+)?honou?rable\s+(?:member|minister)[^,.]{0,60},\s+)?){P}",
    r"(?i:\b(?:give|giving|hand|handing|pass|passing|yield|yielding)\s+the\s+floor\s+(?:over\s+)?to\s+){P}",
    r"(?i:\b(?:hear|hearing)\s+(?:now\s+)?from\s+){P}",
    # "… and last but not least, Lukas Becker from the Federal Employment Agency"
    r"(?i:\blast\s+but\s+not\s+least)\s*,?\s*{P}",
    # "Next, we have Jacques Gourde." / "Now we'll hear Ms. Kwan"
    r"(?i:\b(?:next|now|then|first|and\s+now),?\s+(?:we\s+(?:have|welcome|go\s+to)|we['’]ll\s+(?:have|hear)"
    r"|it['’]s|it\s+is|comes)\s+){P}",
    r"(?i:\b(?:over\s+to\s+you|the\s+floor\s+is\s+yours|your\s+turn|go\s+ahead|your\s+last\s+question"
    r"|back\s+to\s+you|please)\s*,\s*){P}",
    # (but a question read out from the chat is the chair's to ask: "a question in the chat from Owen, who's a
    # parish clerk" gave the next speaker, who answered it, Owen's name)
    r"(?i:\bquestions?\b(?:(?!\b(?:chat|online|e-?mail|slido|app|sent|written|twitter|posted)\b)[^.?!;]){0,80}?"
    r"\bfrom\s+){P}",
    r"(?i:\blet\s+){P}(?=\s+(?i:continue|finish|answer|respond|speak|go\s+ahead|start|begin|reply)\b)",
    # the guests one by one, each with where they come from: "First, Dr. Helen Parker from the London School…",
    # "Next, Paul Roy, the director of…", "Paul Roy from the OECD is our first guest"
    r"(?:^|(?<=[.!?…:]\s))(?i:first(?:\s+of\s+all)?|firstly|next|then|second(?:ly)?|third(?:ly)?|finally|lastly"
    r"|last(?:\s+but\s+not\s+least)?|and\s+finally|to\s+(?:begin|start)(?:\s+with)?)\s*,\s*"
    r"{P}(?=\s*,?\s+(?i:from|of|at|with)\s|\s*,\s*(?i:the|a|an|our|who)\s)",
    r"(?:^|(?<=[.!?…:]\s)){P}(?=\s*,?\s+(?i:from|of|at)\s[^.!?;]{2,120}?,?\s+(?i:is|will\s+be)\s+(?:our|the|my)"
    r"\s+(?i:very\s+)?(?i:next|first|second|third|last|final|opening|keynote)\s+(?i:speaker|panell?ist|guest"
    r"|presenter|witness|contributor))",
    # the panel presented at once: "With me today are Paul Roy…", "Joining us is…", "Our panelists are…"
    r"(?i:\b(?:(?:here\s+)?with\s+(?:me|us)|joining\s+(?:me|us)|(?:we\s+are|we['’]re|I['’]m|I\s+am)\s+joined"
    r"|we\s+have\s+with\s+us)(?:\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|here|now|on\s+(?:the\s+)?"
    r"(?:panel|stage)))*(?:\s+(?:are|is|by|we\s+have|I\s+have))?\s+(?:[^.!?;:]{0,30}?[:,]\s*)??){P}",
    r"(?i:\b(?:our|my|the|today['’]s|tonight['’]s)\s+(?:panell?ists|speakers|guests|presenters|witnesses)"
    r"(?:\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))?\s+(?:are|will\s+be|include)\s+"
    r"(?:[^.!?;:]{0,30}?[:,]\s*)??){P}",
)]
# who will join later, then what they are: « Et Isabelle Fournier nous rejoindra pour la deuxième table ronde ; elle
# est vice-présidente du Département de la Gironde » (named in passing, she had no affiliation)
_WILL_JOIN = _pattern(r"{P}(?=\s+(?i:nous\s+(?:rejoindra|rejoint|rejoindront|rejoignent)|va\s+nous\s+rejoindre"
                      r"|will\s+(?:be\s+)?join(?:ing)?\s+us|joins\s+us|is\s+joining\s+us)\b)")
_POST_THEN_NAME = _pattern(
    r"(?:^|(?<=[\s,:]))(?P<post>(?i:el|la|le|il|lo|l['’]|the|our|notre|nuestro|nuestra|nostro|nostra|unser|unsere"
    r"|der|die)\s*(?:[\w-]+\s+){0,2}?" + ROLE_WORDS.pattern + r"[^.;:!?,]{0,100}?)\s*,\s*{P}(?=\s*[.!?]|\s*$)")
# The next person of a list of people: its separator, then the person
_LISTED = _pattern(r"(?:,|;|&|\b(?:and|et|und)\b)\s*(?:(?:and|et|und)\s+)?{P}")
# the minutes' list of who sat: « Présents : … », "In attendance: …"
_ROLL_CALL_WORDS = r"(?:présents|étaient\s+présents|present|in\s+attendance|attendees)"
_PLURAL_POST = re.compile(r"(?i:(?:conseillers|conseillères|adjoints|adjointes|élus|élues|membres|représentants"
                          r"|councillors|members|representatives|directors|directeurs)\b)")
_ROLL_CALL = re.compile(r"(?i:\b" + _ROLL_CALL_WORDS + r"\s*:\s*(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?)$")
# "Mr. Simard has the floor", "Siân Gwenllian has got some questions", "Ms. Pauz has a point of order"
_HAS_FLOOR = _pattern(
    r"{P}(?=\s+(?i:has|have|now\s+has)\s+(?:got\s+)?(?:now\s+)?(?:the\s+floor|(?:some\s+|a\s+|another\s+)?"
    r"(?:questions?|supplementary|point\s+of\s+order|follow-up))|\s+(?i:a\s+la\s+parole|vous\s+avez\s+la\s+parole))")
_INTRODUCTIONS_FR = [_pattern(p) for p in (
    r"(?i:\b(?:(?:je|on|nous)\s+(?:vous\s+)?(?:donne|donnons|passe|passons|laisse|laissons|cède|cédons|redonne"
    r"|repasse|rends)|(?:je|nous|on)\s+(?:vais|allons|va|voudrais|voudrions|souhaite)\s+(?:maintenant\s+|peut-être"
    r"\s+|aussi\s+|donc\s+|tout\s+de\s+suite\s+){0,3}(?:donner|passer|laisser|céder|redonner))\s+(?:maintenant\s+"
    r"|tout\s+de\s+suite\s+|donc\s+|sans\s+plus\s+attendre\s+|tout\s+d['’]abord\s+)?la\s+parole\s+à\s+"
    r"(?:(?:mon|ma|notre|nos)\s+(?:collègue|collègues|amie?|voisine?|invitée?)\s+)?){P}",
    r"(?i:\bla\s+parole\s+(?:est\s+)?(?:maintenant\s+|donc\s+)?à\s+){P}",
    r"(?i:\b(?:d['’]\s?accueillir|accueillir|accueille|accueillons|recevoir|recevons|reçois|inviter|invite"
    r"|invitons|présenter|vous\s+présente|saluer|salue|appelle|appeler)\s+(?:maintenant\s+|donc\s+|aujourd['’]hui"
    r"\s+|ici\s+)?(?:(?:notre|mon|ma|nos|le|la)\s+(?:[\w-]+\s+){0,2}?(?:témoin|invitée?|intervenante?|orat(?:eur|rice)"
    r"|expert(?:e)?|conférenci(?:er|ère)|keynote)\s*,\s*)?){P}",
    # where the guests sit: « À ma gauche, Hélène Garnier. », « À côté d'elle, Bruno Castel : il est DRH… »
    r"(?:^|(?<=[.!?…:]\s))(?i:à\s+(?:ma|sa|votre)\s+(?:gauche|droite)|à\s+côté\s+d['’](?:elle|lui)|à\s+côté\s+de\s+"
    r"(?:moi|lui|elle)|en\s+face\s+de\s+(?:moi|nous)|face\s+à\s+(?:moi|nous))\s*,\s*(?:(?i:et)\s+)?{P}",
    r"(?i:\b(?:je\s+me\s+tourne|je\s+vais\s+me\s+tourner|tournons-nous|on\s+se\s+tourne)\s+(?:maintenant\s+|donc"
    r"\s+|à\s+présent\s+)?vers\s+){P}",
    r"(?i:\b(?:notre|le|la|mon|ma)\s+(?:prochain|prochaine|premier|première|second|seconde|deuxième|troisième"
    r"|quatrième|dernier|dernière)\s+(?:intervenant|intervenante|orat(?:eur|rice)|invitée?|témoin|intervention"
    r"|question)\s+(?:est|sera|c['’]est|vient\s+de|va\s+à|ira\s+à)\s+){P}",
    r"(?i:\b(?:passons|on\s+passe|je\s+passe|nous\s+passons|allons|on\s+va|je\s+vais)\s+(?:maintenant\s+|donc"
    r"\s+|tout\s+de\s+suite\s+)?(?:à|vers|chez)\s+){P}",
    r"(?i:\b(?:à\s+vous|c['’]est\s+à\s+vous|la\s+parole\s+est\s+à\s+vous|à\s+toi)\s*,\s*){P}",
    r"(?i:\bje\s+(?:te|vous)\s+(?:laisse|passe|donne|cède|redonne)\s+(?:la\s+parole|le\s+micro|la\s+main)"
    r"|\bje\s+(?:te|vous)\s+laisse\s+(?:introduire|présenter|commencer|répondre|conclure|poursuivre))\s*,?\s*{P}",
    # « D'abord, Paul Roy, de l'OCDE. Ensuite, Maria Lopez, de la mairie de Barcelone. »
    r"(?:^|(?<=[.!?…:]\s))(?i:d['’]abord|tout\s+d['’]abord|premièrement|ensuite|puis|enfin|et\s+enfin"
    r"|pour\s+commencer|en\s+premier|pour\s+finir)\s*,\s*"
    r"{P}(?=\s*,?\s+(?i:de|du|des|chez)\s|\s*,?\s+d['’]|\s*,\s*(?i:le|la|l['’]|un|une|notre|qui)\s?)",
    # « Avec moi ce soir, Paul Roy… », « Nos intervenants sont… »
    r"(?i:\b(?:avec\s+(?:moi|nous)|à\s+mes\s+côtés|autour\s+de\s+(?:la|cette)\s+table)(?:\s*,?\s*(?:ce\s+soir"
    r"|ce\s+matin|cet\s+après-midi|aujourd['’]hui|ici))*\s*,?\s*(?:(?:il\s+y\s+a|nous\s+avons|j['’]ai|sont\s+réunis"
    r"|se\s+trouvent)\s+)?(?:[^.!?;:]{0,30}?:\s*)??){P}",
    r"(?i:\b(?:nos|mes|les)\s+(?:intervenant(?:e|·e)?s|invitée?s|panélistes|orat(?:eur|rice)s)(?:\s+(?:de\s+ce\s+soir"
    r"|du\s+jour|d['’]aujourd['’]hui))?\s+(?:sont|seront)\s+(?:[^.!?;:]{0,30}?:\s*)??){P}",
    r"(?i:\b(?:on|nous)\s+(?:re)?trouv(?:e|ons)\s+(?:aussi\s+|également\s+)?(?:[^.!?;:]{0,40}?:\s*)){P}",
    # a council's minutes list who sat, each with their post: « Présents : M. Bernard Cazals, maire ; Mme Hélène
    # Durand, première adjointe, adjointe aux finances ; … »
    r"(?i:\b" + _ROLL_CALL_WORDS + r"\s*:\s*){P}",
    # the same in German, for the labels' names: « Bei mir sind heute Thomas Krüger… »
    r"(?i:\b(?:bei|mit)\s+(?:mir|uns)(?:\s+(?:heute|hier|auf\s+dem\s+Podium))*\s+(?:sind|ist|haben\s+wir)"
    r"(?:\s+(?:heute|hier))*\s+){P}",
    # the guests one after the other in Italian and Spanish: « Poi Francesca Moretti, responsabile sostenibilità di
    # Federmoda Italia », « E infine Luca De Santis, presidente… », « Alla mia destra Marco Bellini, ricercatore… »,
    # « Por último, Ana Ruiz, de la Agencia Catalana del Agua »
    r"(?:^|(?<=[.!?…:]\s))(?i:poi|e\s+poi|infine|e\s+infine|inoltre|accanto\s+a\s+(?:lui|lei|me)|alla\s+mia\s+(?:destra"
    r"|sinistra)|luego|después|por\s+último|y\s+por\s+último|a\s+mi\s+(?:derecha|izquierda)|junto\s+a\s+(?:él|ella|mí))"
    r"\s*,?\s*{P}(?=\s*,)",
    # ... and a welcome: « Herzlich willkommen, Dr. Anna Weber vom Wuppertal Institut », « Dann begrüße ich
    # Professorin Leyla Demir von der Universität Kassel », « Und schließlich Thomas Krüger, Landesvorsitzender… »
    r"(?i:\b(?:herzlich\s+willkommen|willkommen|(?:ich\s+)?begrüße(?:\s+ich)?|(?:wir\s+)?begrüßen(?:\s+wir)?)"
    r"(?:\s+(?:heute|hier|auch|außerdem|nun|jetzt|ganz\s+herzlich|herzlich))*\s*,?\s*){P}",
    r"(?:^|(?<=[.!?…:]\s))(?i:(?:und\s+)?(?:schließlich|außerdem|zunächst|zuerst|als\s+(?:erstes|nächstes)))\s+"
    r"{P}(?=\s*,\s+\w|\s+(?i:von|vom)\s)",
)]
# "Matthias, à vous." / "Nadia, over to you." / "Jonas, would you like to introduce yourself?"
# the post the chair addresses before the name: « Madame la Ministre Amélie Dupont, vous avez la parole »
_ADDRESSED_POST = rf"(?i:{ADDRESS}\s+(?:(?:la|le|the)\s+)?(?:{POST_NOUNS})\s+)?"
_NAME_FIRST = _pattern(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s)|(?<=,\s)|(?<=\bso\s)|(?<=\bdonc\s)|(?<=\balors\s))" + _ADDRESSED_POST
    + r"{P}\s*,\s*(?i:over\s+to"
    r"\s+you|the\s+floor\s+is\s+(?:now\s+)?yours|you\s+(?:now\s+)?have\s+the\s+floor|(?:please\s+)?go\s+ahead|your\s+turn|would\s+you"
    r"\s+like\s+to|could\s+you|can\s+you|do\s+you\s+want\s+to|maybe\s+you\s+first|you\s+first|you['’]re\s+(?:up|on)"
    # "Alan, let's start with you.", « Karim, on commence par vous. »
    r"|let['’]s\s+(?:start|begin)\s+with\s+you|we['’]ll\s+(?:start|begin)\s+with\s+you|(?:starting|beginning)\s+with"
    r"\s+you|(?:commençons|je\s+commence|on\s+commence|nous\s+commençons|on\s+va\s+commencer)\s+(?:par|avec)\s+(?:vous|toi)"
    r"|(?:empecemos|empiezo|comenzamos)\s+(?:por\s+usted|contigo)"
    # the other languages': « Andrés, cuando quieras. », « Marco, a te la parola », « Frau Berg, bitte. »
    r"|cuando\s+quieras|cuando\s+quiera|tienes\s+la\s+palabra|tiene\s+usted\s+la\s+palabra|tiene\s+la\s+palabra"
    r"|adelante|te\s+toca|a\s+ti|a\s+te(?:\s+la\s+parola)?|a\s+lei(?:\s+la\s+parola)?|quando\s+vuoi|prego"
    r"|sie\s+haben\s+das\s+wort|du\s+hast\s+das\s+wort|bitte\s*[.!]?\s*$"
    r"|à\s+vous|c['’]est\s+à\s+vous|vous\s+avez\s+la\s+parole|je\s+(?:vous|te)\s+(?:laisse|donne|passe|cède)"
    r"|allez-y|je\s+vous\s+en\s+prie|vous\s+voulez|voulez-vous|pouvez-vous|est-ce\s+que\s+vous|vous\s+nous|à\s+toi"
    r"|tu\s+veux|vous\s+(?:avez|êtes|allez|vouliez|souhaitiez|aviez)|you\s+(?:heard|have|had|are|were|said"
    r"|mentioned|work|wanted|want|wish)|you['’](?:ve|re|d)\b)"
)
# "Sharon, the in-reach project is operational in Gwent. Is that right?" -- a question put to someone by name
_NAME_QUESTION = _pattern(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s)){P}\s*,[^.!?\n]{3,200}\?"
)
# ... or who is told something of theirs before the turn's closing question: "Emma, you run HR for a company with
# a lot of shift work. Does that match what you see?", « Karim, vous formez les journalistes. Qu'en pensez-vous ? »
_NAME_YOU = _pattern(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s)){P}\s*,\s*(?i:you|your|vous|votre|vos|tu|ton|ta|tes)\b[^?\n]{3,300}\?\s*$"
)
# "Mr. Aboultaif. Go ahead."
_NAME_GO = _pattern(
    r"{P}\s*[.,]\s*(?i:go\s+ahead|please\s+go\s+ahead|you\s+have\s+the\s+floor|the\s+floor\s+is\s+yours"
    r"|à\s+vous|allez-y|vous\s+avez\s+la\s+parole"
    # a guest welcomed as the turn ends: "Ruth, welcome.", « Ruth, bienvenue. »
    r"|(?:welcome(?:\s+to\s+the\s+(?:show|podcast|programme|program))?|bienvenue|bienvenid[ao]|benvenut[ao]"
    r"|willkommen|herzlich\s+willkommen"
    # ... or greeted, all the turn says: « Marie-Hélène Vasseur, bonjour. » opens an interview
    r"|bonjour|bonsoir|good\s+(?:morning|afternoon|evening)|hello|buenos\s+días|buenas\s+tardes|buongiorno"
    r"|buonasera|guten\s+(?:morgen|tag|abend))\s*[.!]?\s*$)"
)
# A chair correcting themselves: "Suzy, you're down to do that one—sorry, Siân." « … pardon, Anna. »
_CORRECTION = _pattern(
    r"(?:[—–-]\s*|[,.;!?…]\s+)(?i:sorry|pardon|excuse\s+me|i\s+mean|rather|je\s+veux\s+dire|plutôt|non)"
    rf"\s*,?\s+{{P}}{_SP}*[?.!…]?\s*$")
# A closing sentence that is only a name: "Priya?" "Ileana." "Mr. Albas."
_BARE = _pattern(rf"(?:^|(?<=[.!?…])\s+){{P}}{_SP}*[?.!…]?\s*$")
_THANKS = [_pattern(p) for p in (
    r"^\W*(?i:(?:ok(?:ay)?|yes|well|great|right|so|oui|bon|alors|eh\s+bien|bien|très\s+bien)[,.!]?\s+)?"
    r"(?i:thank\s+you(?:\s+(?:very|so)\s+much)?|thanks(?:\s+(?:very|so)\s+much|\s+a\s+lot)?|many\s+thanks"
    r"|merci(?:\s+(?:beaucoup|bien|infiniment|à\s+vous))?|je\s+vous\s+remercie)\s*,?\s+(?i:(?:to|à)\s+)?{P}",
    # a reply that opens by addressing the previous speaker: « Je comprends monsieur Guillot, ... »
    r"^\W*(?i:(?:oui|non|bon|alors|eh\s+bien|ok|yes|no|well)[,.!]?\s+)?(?i:je\s+comprends|je\s+vous\s+entends"
    r"|i\s+understand|i\s+hear\s+you|sorry|pardon|excusez-moi|désolée?|bien\s+sûr|of\s+course|absolument"
    r"|absolutely|exactement|exactly|tout\s+à\s+fait|indeed|effectivement|oui|yes)\s*,?\s+{P}(?=\s*[,.!?])",
)]
# « Mme Petit, du service voirie, est là pour nous présenter... », "Dr Okafor is here to tell us..."
_HERE_TO = _pattern(
    r"{P}(?=(?:\s*,[^,.;!?]{2,80},)?\s+(?i:est\s+(?:là|ici|avec\s+nous|parmi\s+nous)\s+pour|va\s+nous"
    r"\s+(?:présenter|parler|expliquer)|is\s+(?:here|with\s+us)\s+to|will\s+(?:now\s+)?(?:present|tell\s+us"
    r"|talk|speak|walk\s+us)))"
)
_GREETING = (r"(?:\W*(?i:oui|yes|bonjour|bonsoir|hello|hi|(?:good\s+)?(?:morning|afternoon|evening)|merci"
             r"|thank\s+you|thanks)\W*\s*)")
_SELF = [_pattern(p) for p in (
    r"(?i:\b(?:my\s+name\s+is|my\s+name['’]s|I['’]m|I\s+am|this\s+is)\s+){P}",
    r"(?i:\b(?:je\s+m['’]\s?appelle|je\s+suis|moi\s*,?\s+c['’]est|mon\s+nom\s+est|je\s+me\s+présente\s*,?)\s+){P}",
    # the other languages transcripts come in: « Soy Lucía Martín », "Ich bin Anna Berg", "Mi chiamo…"
    r"(?:\b(?:[Ss]oy|[Mm]e\s+llamo|[Mm]i\s+nombre\s+es|[Ii]ch\s+bin|[Mm]ein\s+Name\s+ist|[Ii]ch\s+heiße|[Mm]i\s+chiamo"
    r"|[Ss]ono|[Ee]u\s+sou|[Cc]hamo-me|[Ii]k\s+ben)\s+){P}",
    # the name first, as the turn opens, then what they are: « Oui, bonsoir, merci. Philippe Marchal, je suis parent
    # d'élève… », "Hi, Marek Dudek, I'm the policy officer at…"
    r"^(?:\W*(?i:oui|yes|bonjour|bonsoir|hello|hi|good\s+(?:morning|afternoon|evening)|merci|thank\s+you|thanks)"
    r"\W*\s*)*{P}(?=\s*,\s*(?i:je\s+suis(?!\s+(?:d['’]accord|désolée?|contente?|ravie?|heureu(?:x|se)|sûre?|pas\b"
    r"|tout\s+à\s+fait|aussi|très|vraiment))|j['’]habite|je\s+travaille|je\s+dirige|je\s+préside|je\s+représente"
    r"|j['’]anime|je\s+coordonne|I\s+(?:run|lead|head|chair|represent)|I['’]m(?!\s+(?:sorry|glad|happy|sure|not|afraid"
    r"|going|delighted|so|very|really|just|also|aware|with\s+you))|I\s+am(?!\s+(?:sorry|glad|happy|sure|not|afraid))"
    r"|I\s+work|I\s+live|from|de\s+l|du|des)\b)",
    # ... or after a greeting, with only their post: « Oui, bonjour, Anne Lemoine, architecte. Je voulais savoir… »
    # (or their post said as theirs: « Oui, merci Isabelle. Bonsoir. Julien Moreau, je suis conseiller numérique… »
    # left the label « Julien » without his surname)
    # (she had been taken for someone the chair introduced, and her name went to the panellist who answered; a
    # diarizer that gives the room the chair's voice puts her words inside the chair's turn)
    r"(?:^|(?<=[.!?…]\s))(?:\W*(?i:oui|yes|bonjour|bonsoir|hello|hi|(?:good\s+)?(?:morning|afternoon|evening)|merci"
    r"|thank\s+you|thanks|danke|guten\s+(?:tag|abend|morgen)|gracias|grazie|buongiorno|buenos\s+días)\W*\s*)+{P}"
    r"(?=\s*,\s*(?:(?i:je\s+suis|I['’]m|I\s+am)\s+)?(?:(?i:une?|an?)\s+)?(?:[\w-]+\s+)?" + ROLE_WORDS.pattern + r")",
    # ... or with only their organisation, a sentence of its own: "Thank you. Paul Marchetti, Zero Waste Europe. A
    # question to the panel…" (printed « Audience member »); as the turn opens, with no greeting too: "Sofia
    # Andersson, Swedish Association of Local Authorities. Henrik, did…" (review BB, no affiliation)
    r"(?:^" + _GREETING + r"*|(?<=[.!?…]\s)" + _GREETING + r"+)"
    r"{P}(?=\s*,\s*(?:the\s+|la\s+|le\s+|l['’])?[A-ZÀ-Ý][^,.;:!?]{1,60}\.\s)",
)]
_SELF_AFTER_GREETING = _SELF[4]
_NAME_BODY = _pattern(r"\s*{P}\s*,\s*(?:the\s+|la\s+|le\s+|l['’])?[A-ZÀ-Ý][^,.;:!?]{1,60}\.")
_ITS_HERE = _pattern(r"(?i:\b(?:it['’]s|c['’]est)\s+){P}(?=\s+(?i:here|ici)\b)")
# What a speaker says of their own position, with or without their name.
_SELF_DESC = [re.compile(p) for p in (
    # (German: « Mein Name ist Katrin Vogt, ich bin Redakteurin beim Europa-Magazin Kontinent »)
    r"(?i:\bich\s+bin)\s+(?P<desc>(?:(?:der|die|ein|eine)\s+)?(?:\w+\s+){0,1}?" + ROLE_WORDS.pattern + r"[^.;!?\n]{0,160})",
    r"(?i:\bI['’]m|\bI\s+am)\s+(?P<desc>(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:\w+-)?" + ROLE_WORDS.pattern + r"[^.;!?\n]{0,160})",
    r"(?i:\bI\s+(?:work|am\s+working|worked)\s+(?:on\s+[^.;!?,\n]{1,60}?\s+)?(?:at|for|with|in)\s+)(?P<org>[^.;!?\n]{2,160})",
    # ("Priya Shah, I teach at Ashby Vale Primary", « j'enseigne au lycée Jean-Moulin »)
    r"(?i:\bI\s+(?:teach|lecture|volunteer|study)\s+(?:at|for|with)\s+)(?P<org>[^.;!?\n]{2,160})",
    r"(?i:\bj['’](?:enseigne|étudie)\s+(?:à|au|à\s+la|à\s+l['’]|dans)\s*)(?P<org>[^.;!?\n]{2,160})",
    # ("Lucas Moreau, I coordinate the climate adaptation working group at Eurocities" was printed bare)
    r"(?i:\bI\s+(?:represent|lead|head|chair|direct|run|coordinate|manage|oversee)\s+)(?P<org>[^.;!?\n]{2,160})",
    r"(?i:\bI(?:['’]m|\s+am)\s+with\s+)(?P<org>[^.;!?\n]{2,160})",   # ("Richard Cole, I'm with Tenants First Network")
    # "Jonas Berg, I'm from the European Environmental Bureau", "Mark Ellison, I'm from Unison, the public service
    # union": a body named as such, not a town ("I'm from Leeds" says where they live)
    r"(?i:\bI(?:['’]m|\s+am)\s+from\s+)(?P<org>(?:the\s+[A-Z]|[A-Z]{2,}\b|[A-Z][\w'’-]+(?=,\s*(?:the|a|an)\s))"
    r"[^.;!?\n]{0,160})",
    r"(?i:\bje\s+suis)\s+(?P<desc>(?:(?:le|la|un|une)\s+|l['’]\s?)?(?:\w+\s+){0,1}?(?:\w+-)?" + ROLE_WORDS.pattern
    + r"[^.;!?\n]{0,160})",
    r"(?i:\bje\s+travaille\s+(?:à|au|aux|chez|pour|dans|avec)\s+)(?P<org>[^.;!?\n]{2,160})",
    r"(?i:\bje\s+(?:représente|préside|dirige|coordonne|anime)\s+)(?P<org>[^.;!?\n]{2,160})",
    # German: « ich leite bei der Stiftung Zukunft Stadt den Bereich Klima », « ich arbeite am Wuppertal Institut »
    # (the body's name is its capitalised words: a German noun after it is capitalised too, so it stops at « den »)
    r"\b[Ii]ch\s+(?:leite|arbeite|forsche|lehre|bin)\s+(?:[a-zäöüß]+\s+){0,3}?(?:bei|an|am|im|beim|vom|von|für)\s+"
    r"(?:(?:der|dem|den|des)\s+)?(?P<org>[A-ZÄÖÜ][\w'’-]*(?:\s+[A-ZÄÖÜ][\w'’-]*){0,5})",
    # what they founded, and when perhaps: « j'ai fondé il y a six ans l'association Ruralité Active », "I founded
    # Kids Code in 2015"
    r"(?i:\b(?:j['’]ai\s+(?:co-?)?(?:fondé|créé|monté)|I\s+(?:co-?)?founded|I\s+set\s+up)(?:\s*,\s*(?:il\s+y\s+a|en|in)"
    r"\s+[^,.;!?]{1,25}?\s*,|\s+il\s+y\s+a\s+\w+(?:\s+\w+)?\s+(?:ans|années|mois)|\s+(?:en|in)\s+\d{4})?\s+)"
    r"(?P<org>(?:l['’]|la\s+|le\s+|the\s+|un\s+|une\s+|an?\s+)?(?:[A-ZÀ-Ý]|(?:association|coopérative|entreprise"
    r"|collectif|fondation|société|charity|company|cooperative|foundation|organisation|organization)\b)[^.;!?\n]{1,160})",
    # Spanish and Italian: « soy la presidenta de la Asociación Vecinal », « lavoro per la cooperativa Il Cortile »,
    # « coordino il programma … della Fondazione Città Futura »
    r"(?i:\b(?:soy|sono)\s+)(?P<desc>(?:(?:el|la|un|una|il|lo|l['’])\s*)?(?:\w+\s+){0,1}?" + ROLE_WORDS.pattern
    + r"[^.;!?\n]{0,160})",
    r"(?i:\b(?:trabajo|lavoro)\s+(?:en|para|con|per|presso|a|in|alla|al|nella|nel)\s+)(?P<org>[^.;!?\n]{2,160})",
    r"(?i:\b(?:dirijo|presido|represento|coordino|dirigo|presiedo|rappresento|guido)\s+)(?P<org>[^.;!?\n]{2,160})",
)]


class _FoldChar(dict):
    """Each character's ``fold``, one character long, computed once (a ``str.translate`` table)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = (fold(c) or c)[0]
        return self[code]


_FOLD_CHAR = _FoldChar()


def _fold_same_length(text: str) -> str:
    """``fold`` character by character, so that offsets in the folded text are offsets in ``text``."""
    return text.translate(_FOLD_CHAR)


def _overlapping(entities: Sequence[tuple[int, int, str]], start: int, end: int) -> set[str]:
    return {lbl for s, e, lbl in entities if s < end and e > start}


_ROLE_NOT_NAME = {"chair", "chairman", "chairwoman", "chairperson", "minister", "ministers", "committee",
                  "commission", "government", "speaker", "president", "président", "présidente", "prime", "house",
                  "members", "member", "everyone", "all", "colleagues", "maire", "mayor", "deputy", "secretary"}


_CONNECTIVE = re.compile(r"(?:And|But|So|Then|Also|Et|Mais|Puis|Enfin|Ensuite|Und|Y|E)\s+(?=[A-ZÀ-Ý])")


def _clean_name(hon: str | None, name: str) -> str | None:
    """Drop trailing words that are not names; None when nothing name-like is left."""
    words = name.replace("\u00a0", " ").split()
    # after an honorific, "May" and "Sunday" are surnames; only role words ("Mr. Chair") are not
    stop = _ROLE_NOT_NAME if hon else _NOT_NAMES
    while words and fold(words[-1]).strip(".'’") in stop:
        words.pop()
    if not words or fold(words[0]).strip(".'’") in stop:
        return None
    if any(fold(w).strip(".'’") in {"chair", "minister", "committee", "commission", "government"} for w in words):
        return None
    core = [w for w in words if len(w.strip(".")) > 1]
    if not core:
        return None
    if hon is None and all(w.isupper() and len(w) <= 4 for w in core):
        return None          # "OECD", "ETUC": acronyms, not people
    if hon is None and find_country(" ".join(words)) is not None:
        return None
    return f"{hon} {' '.join(words)}" if hon else " ".join(words)


def _is_person(hon: str | None, name: str, start: int, end: int, entities: Sequence[tuple[int, int, str]],
               known: Sequence[tuple[str, ...]], strong: bool, ner: bool = True) -> tuple[bool, bool]:
    """(accept, tagged as person): honorifics, NER and the event's known names vouch for a name slot."""
    labels = _overlapping(entities, start, end)
    ner_person = bool(labels & _PERSON_LABELS)
    toks = name_tokens(name)
    if hon or ner_person:
        return True, ner_person
    if any(compatible(toks, k) for k in known):
        return True, ner_person
    # in a language with no NER model (Spanish, Italian…), a move that names someone for sure vouches for a first
    # and last name: « Carmen Aznar, bienvenida. » (the panel's « Ponente 1 », « Ponente 2 » stayed unnamed)
    words = name.split()
    if not ner and strong and len(toks) >= 2 and all(w[:1].isupper() for w in words):
        return True, False
    # nothing vouches for it (no honorific, no PERSON tag, no known name): "Windsor West" is not a person
    return False, False


def _trim_org(org: str, named: bool = False) -> tuple[str | None, str | None]:
    """Clean an organisation phrase; split off a trailing place ("the OECD in Paris"). -> (org, country)."""
    org = org.strip(" ,.;:'\"«»“”")
    # (a note in brackets after the name is said after a comma: printed inside the speaker's brackets, « Sandrine Morel
    # (groupe « Saint-Aubin Autrement » (opposition)) » nested them)
    org = re.sub(r"\s*\(([^()]{2,40})\)$", r", \1", org)
    # (an article in capitals inside a sentence is the name's: « journaliste à La Dépêche », "Le Monde")
    org = re.sub(r"^(?:the|la|le|les)\s+|^l['’]\s?", "", org).strip()
    # (a title said with what it is: "journalist at the newspaper Expresso", « au quotidien Le Monde »)
    org = re.sub(r"^(?:newspaper|daily|weekly|magazine|quotidien|hebdomadaire|journal|mensuel|revue|think\s+tank"
                 r"|radio|television|télévision|chaîne)\s+(?=[A-ZÀ-Ý])", "", org)
    # (and what kind of body it is, with its nation: "investment director at the Dutch fund Social Impact Ventures",
    # « au fonds néerlandais Social Impact Ventures »; a kind said alone may be the name's: « fondation Abbé Pierre »)
    org = re.sub(r"^(?:(?:Dutch|French|German|Belgian|Italian|Spanish|Portuguese|British|Irish|Danish|Swedish|Finnish"
                 r"|Norwegian|Polish|Austrian|Swiss|Greek|Czech|American|Canadian)\s+(?:[a-z-]+\s+){1,2}"
                 r"|(?:[a-z-]+\s+){1,2}(?:néerlandais|français|allemand|belge|italien|espagnol|portugais|britannique"
                 r"|irlandais|danois|suédois|finlandais|norvégien|polonais|autrichien|suisse|grec|tchèque|américain"
                 r"|canadien)(?:ne|e)?s?\s+)(?=[A-ZÀ-Ý])", "", org)
    country = None
    m = _LOCATION_TAIL.search(org)
    if m and m.start() > 0 and re.fullmatch(rf"(?i:collectif|association|asso|club|amicale|comité)\s+[{_U}][\w'’-]+",
                                            org[: m.start()].strip()) and " " not in m["place"].strip() \
            and org[m.start():].lstrip(" ,").startswith("à"):
        m = None   # « l'association Lille à Vélo », « collectif Bellevue à Vélo »: the name, not where it is
    if m and m.start() > 0 and re.search(r"(?i:\b(?:universit\w*|institut\w*|college|school|hospital|hôpital"
                                         r"|centre|center)\b)", m["place"]) and not find_country(m["place"]):
        # a body of a body, not a place: "Institute for Circular Economy at Ghent University"
        org = org[: m.start()].rstrip(" ,") + ", " + m["place"]
        m = None
    if m and m.start() > 0:
        country = find_country(m["place"])
        org = org[: m.start()].strip(" ,")
    org = re.sub(r"(?i:\s+(?:here|ici|today|aujourd['’]hui|this\s+morning|ce\s+matin|in\s+particular))+$", "", org)
    # the region a named body's branch covers: « directeur régional de la Banque des Territoires pour l'Occitanie » is
    # the Banque des Territoires' (not « Agence pour l'Emploi », « groupe Agir pour Saint-Aubin »: their names need it)
    region = re.search(rf"\s+pour\s+(?:l['’]\s?|la\s+|le\s+)(?P<place>[{_U}][\w'’-]+)$", org)
    if region and re.match(rf"(?!(?i:groupe|group|liste|collectif|association|alliance|mouvement|agence|fondation"
                           rf"|fédération|union|comité)\b)\S+\s+(?:\S+\s+)*?[{_U}]", org[: region.start()] + " "):
        country = country or find_country(region["place"])
        org = org[: region.start()]
    # the portfolio after the place: « adjointe au maire de Lyon chargée du logement » -> Lyon
    org = re.split(r"\s+(?:chargée?s?\s+(?:de|du|des|d['’])|en\s+charge\b|in\s+charge\b|responsables?\s+(?:de|du|des)\b"
                   r"|déléguée?s?\s+(?:à|au|aux)\b)", org)[0]
    # (nor a clause after "and": « Radio 24 e stasera modero questo incontro », "the OECD and I chair…"; an "and"
    # inside a name goes on with its preposition: « Ministero dell'Ambiente e della Sicurezza energetica »)
    # (German nouns are capitalised: « Forum Energiewende und moderiere heute dieses Panel » goes on with a verb)
    org = re.split(r"\s+und\s+(?=[a-zäöüß])", org)[0]
    org = re.split(r"\s+(?:e|et|and|y|und)\s+(?=(?:led|was|is|has|had|will|works|worked|runs|ran|founded|co-founded"
                   r"|created|chairs|chaired|leads|teaches|taught|wrote|published|a|est|dirige|préside|anime|enseigne"
                   r"|stasera|oggi|ora|adesso|qui|io|sono|je|j['’]|il|elle|on|nous|vous"
                   r"|aujourd['’]hui|ce\s+soir|ici|i|we|he|she|they|today|tonight|now|here|yo|hoy|ahora|aquí|ich|wir"
                   r"|heute|hier)\b)", org)[0]
    # (a list's "and" left at the end, with the next person's honorific: "Stadtwerken Freiburg und Dr")
    org = re.sub(r"(?i:\s+(?:and|et|und|&)(?:\s+(?:dr|prof|mr|mrs|ms|mme|m|pr)\.?)?)+$", "",
                 org.strip(" ,.;:")).strip(" ,.;:")
    words = org.split()
    # (a body's full name may run long: « Agence locale de l'énergie et du climat de la Métropole de Lyon »)
    if not words or len(words) > (14 if re.match(rf"(?i:{_ORG_HEAD})\b", org) else 10):
        return None, country
    # (an article in capitals is the name's: « la cooperativa Il Cortile » is no clause with « il »)
    # (nor the preposition « à » of « Lille à Vélo », which folds to the verb « a »)
    # (nor a pronoun in capitals after a capitalised word: "the founder of Fix It Forward" was « Fix It » dropped)
    if any(fold(w) in _NOT_IN_ORG for k, w in enumerate(words[1:], 1) if w not in ("Il", "Lo", "El", "La", "Le", "à")
           and not (w[:1].isupper() and w != "I" and words[k - 1][:1].isupper())):
        return None, country
    # « on » the French pronoun and its verb end the name; "on" the English preposition is part of it
    # ("Committee on Economic and Monetary Affairs")
    if re.search(r"(?i:\son\s+(?:a|va|peut|fait|doit|est|était|avait|dit|sait|veut|voit|ne|n['’]|se|s['’]|y|en)\b)", org):
        return None, country
    first = re.sub(r"^(?:l|d)['’]", "", words[0])
    # (``named``: what someone runs may say what it is before its name, « l'épicerie solidaire La Passerelle »)
    if not (first[:1].isupper() or first[:1].isdigit() or re.match(rf"(?i:{_ORG_HEAD})\b", first)
            or named and re.match(r"(?:[a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý]", org)):
        return None, country
    if find_country(org):
        return None, find_country(org)
    if re.fullmatch(rf"(?i:{_ORG_HEAD})", org) and org[:1].islower():
        return None, country    # « vice-président de la région »: which region the post says, not « région »
    if not re.search(rf"[{_U}\d]", org) and re.search(r"\s(?:dans|in)\s+(?:le|la|les|l['’]|the)\s*[a-zà-ÿ]", org):
        return None, country    # a kind of body in a trade names none: « chef d'entreprise dans le bâtiment »
    return org, country


def _find_org(part: str) -> tuple[int, str, str | None] | None:
    """Where the organisation starts in "title at/of Org" (-> title end, org, country); None if nowhere."""
    # a body named after what it is: « conseiller numérique dans une maison France Services à Saint-Quentin » (the
    # town was printed as his organisation)
    kind = re.search(rf"\s(?:dans|in)\s+(?:un|une|a|an)\s+(?:(?!(?:{'|'.join(_CONNECT)}|in|at|près|near)\s)"
                     rf"[a-zà-ÿ][\w'’-]*\s+){{1,2}}?(?=[{_U}])", part)
    if kind:
        org, country = _trim_org(part[kind.end():])
        if org is not None and not is_city(org):
            return kind.start(), org, country
    town = re.search(rf"\s(?i:à|in)\s+[{_U}][\w'’-]+(?:\s*,|[\s.;]*$)", part)
    of_body = re.search(rf"{_OF_ORG}(?={_ORG_HEAD}\b)", part)
    if town and of_body and of_body.start() < town.start():
        org, country = _trim_org(part[of_body.end():])
        if org is not None:
            return of_body.start(), org, country
    # (and a body named in lower case before its town: « chef de cuisine au collège Jules-Verne à Saint-Nazaire » was
    # printed « (Saint-Nazaire) »)
    at_body = re.search(rf"{_AT_ORG}(?={_ORG_HEAD}\b)", part)
    if town and at_body and at_body.start() < town.start():
        org, country = _trim_org(part[at_body.end():])
        if org is not None and org != part[town.start():].strip(" ,.").split(None, 1)[-1]:
            return at_body.start(), org, country
    for rx in _ORG_STARTS:
        for m in rx.finditer(part):
            start, title_end = m.end(), m.start()
            head = _HEAD_BEFORE.search(part[: m.start()])
            if head and rx in _ORG_STARTS[1::2]:
                # "conseiller auprès de la ministre de la Transformation": the head word opens the name
                start = title_end = head.start("head")
            org, country = _trim_org(part[start:])
            if org is not None and rx is _ORG_STARTS[1] and _BARE_PLACE.fullmatch(org) and not org.isupper():
                # a place named after a body: « président de l'association des maires ruraux | de la Haute-Vienne »
                # is the association's (the Haute-Vienne was printed as his organisation)
                body = next((b for b in _ORG_STARTS[2:4] for b in b.finditer(part, 0, m.start())
                             if _MEMBERS_BODY.match(part, b.end()) or _SITE_BODY.match(part, b.end())), None)
                if body is not None:
                    whole, c = _trim_org(part[body.end():])
                    if whole is not None and whole.endswith(org):
                        return body.start(), whole, c
            if org is not None:
                return title_end, org, country
    return None


# what a place is called, not a body: « Gironde », « Haute-Vienne », « Saint-Léonard-de-Noblat », "West Yorkshire"
_BARE_PLACE = re.compile(rf"(?!(?i:{_ORG_HEAD})\b)[{_U}][\w'’-]+")
# ... and a body of members, named for it: « l'association des maires ruraux de la Haute-Vienne », « la chambre
# d'agriculture de la Drôme » (not a unit: « du département maintenance de GRT Gaz » is GRT Gaz's)
_MEMBERS_BODY = re.compile(r"(?i:association|syndicat|fédération|union|chambre|comité|conseil|collectif|amicale|club"
                           r"|réseau|coopérative|mutuelle|observatoire|ordre|cercle)\b")
# ... or a place of work named for its town: « directeur du centre de santé intercommunal de Quillan » (printed
# « (Quillan) », his post « directeur du centre de santé intercommunal »)
_SITE_BODY = re.compile(r"(?i:centre|center|hôpital|hospital|clinique|clinic|maison|école|lycée|collège|université"
                        r"|institut|laboratoire|musée|médiathèque|bibliothèque|ehpad|pôle)\b")
# a post held for a place, which names it: « députée de la Gironde », « conseiller départemental du Cantal », "MP for
# Leeds Central" (the place alone was printed as the organisation: « Sophie Marchand (Gironde) »)
# (and the town one is elected in: « Marc Dumont, je suis élu à Guéret » was printed « (Guéret) », as if the town
# employed him, where « maire de Vaudrey » is printed whole)
_ELECTED = re.compile(r"(?i:^(?:\w+\s+)?(?:députée?|sénat(?:eur|rice)|conseill(?:er|ère)\s+(?:départementa|régiona|municipa"
                      r"|communautaire|métropolitain|territoria)\w*|MP|member\s+of\s+parliament"
                      r"|élue?s?(?!\s+\w+\s+(?:parti|groupe|liste|mouvement)\b))\s+(?:de|du|des|d['’]|for|of|à)\s)")


def _split_title_org(part: str) -> tuple[str | None, str | None, str | None]:
    """Split "policy advisor at the European Trade Union Confederation" -> (title, org, country)."""
    # (a union's or a body's secretary works for it: "general secretary of the Midlands Workers' Union" had none)
    body = re.search(rf"(?i:\b{_ORG_HEAD}|\bunion)\b|\b[A-Z]{{2,}}\b", part.split(None, 2)[-1] if part.split() else "")
    if _MINISTER.match(part) and ROLE_WORDS.match(part.split()[0] if part.split() else "") and not body:
        return part.strip(" ,."), None, None          # "Minister for Education": a post, not an employer
    if _ELECTED.match(part) and not re.search(rf"(?i:{_ORG_HEAD})\b", part.split(None, 2)[-1]):
        return part.strip(" ,."), None, None
    if (_MINISTER.match(part) and not body) or _MAYOR.match(part):
        # « adjointe au maire de Lyon chargée du logement », "deputy mayor of Barcelona": the post names the
        # city; the city alone would say less than the post
        return part.strip(" ,."), None, None
    found = _find_org(part)
    if found is not None:
        title_end, org, country = found
        # a unit's name before its organisation's: « directeur de la Stratégie de la Fondation Terres d'avenir »,
        # « concejal de Turismo del Ayuntamiento de Palma » (the organisation was « Stratégie de la Fondation… »)
        unit = _UNIT_OF.search(org)
        if unit and not re.match(rf"(?i:{_ORG_HEAD})\b", org):
            before = _TRAILING_OF.sub("", part[:part.index(org) + unit.start("org")])
            part, title_end, org = before + " " + unit["org"], len(before), unit["org"]
        title = part[:title_end].strip(" ,")
        # "professeure à la faculté d'administration" -> "professeure": the unit belongs to the organisation
        title = re.split(rf"\s(?i:à|au|aux|at|in|dans)\s+{_ART}(?={_ORG_HEAD}\b|[{_U}])", title)[0].strip(" ,") or None
        # (where the event is held: "director of programmes here at the Civic Futures Institute")
        title = re.sub(r"(?i:\s+(?:here|ici))+$", "", title or "") or None
        title = re.sub(r"(?i:\s+(?:auprès\s+(?:de|du|des)(?:\s+la|\s+l['’])?|de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?"
                       r"|at(?:\s+the)?|à\s+la|à\s+l['’]|au|aux|à|with|for|in(?:\s+(?:de|het))?"
                       # (« presidente della | cooperativa sociale Rimaglie », « concejal del | Ayuntamiento »)
                       r"|della|dello|dell['’]|del|dei|degli|delle|di|de\s+los|de\s+las))$", "", title or "") or None
        if title and not ROLE_WORDS.search(title):
            title = None
        near = re.search(r"(?i:\s+(?:à\s+côté|près|non\s+loin|pas\s+loin|autour|aux\s+alentours|near|next\s+to|close\s+to"
                         r"|outside))$"
                         # (or the hamlet they live in: « agriculteur au hameau de la Croix » was printed « (Croix) »)
                         r"|(?i:\s+(?:au|du|dans\s+le|in\s+the|at\s+the)\s+(?:hameau|village|quartier|lieu-dit|bourg|hamlet"
                         r"|neighbourhood|neighborhood))$"
                         # (or the country around it: « éleveur dans les monts | du Lyonnais », "in the hills | of …")
                         rf"|\s+(?:dans\s+(?:les|le|la|l['’])|in\s+the)\s*(?!{_ORG_HEAD}\b)[a-zà-ÿ][\w'’-]*$", title or "")
        if near:
            # « agriculteur à côté de Fleurance »: where they live, not whom they work for
            return title[: near.start()].strip(" ,") or None, None, country or find_country(org)
        return title, org, country
    if ROLE_WORDS.search(" ".join(part.split()[:3])):
        return part.strip(" ,.") if len(part.split()) <= 10 else None, None, None
    return None, None, None


_WIDE_ORG_HEAD = (rf"(?:{_ORG_HEAD}|ayuntamiento|universidad|fundación|asociación|ministerio|gobierno|diputación"
                   r"|consejería|comune|università|fondazione|ministero|stadt|universität|stiftung|verband)")
# (an Italian portfolio in lower case too: « assessora al Welfare e alla salute | del Comune di Bologna »)
_UNIT_OF = re.compile(rf"(?:[{_U}][\w'’-]+|(?<=\s)[a-zà-ÿ][\w'’-]+(?=\s+del\s))\s+(?i:de\s+la|de\s+l['’]\s?|del|du|des"
                      rf"|of\s+the|della|dello|der|des)\s*"
                      rf"(?P<org>(?i:{_WIDE_ORG_HEAD})\b.*)$")
_TRAILING_OF = re.compile(r"\s+(?i:de\s+la|de\s+l['’]|del|du|des|of\s+the|of|de|della|dello|der)\s*$")


_RUNS = re.compile(rf"(?i:^\s*,?\s*(?:(?:qui|who|que)\s+(?:{_RUN_VERBS}|represents|coordinates)"   # (Spanish « que dirige »)
                   # (German: « sie lehrt Sozialpolitik an der Universität Graz », « er arbeitet bei … »)
                   rf"|{_WORKS_AT_DE}(?:\s+(?:der|dem|den))?"
                   # (and with no pronoun: "Ruth heads the soil carbon programme at the Rural Climate Institute")
                   rf"|{_BARE_RUN_VERBS}"
                   # ... or founded: « Marie-Laure Fontaine a fondé l'association Seconde Carrière »
                   rf"|(?:qui\s+|who\s+|il\s+|elle\s+|he\s+|she\s+)?(?:{_FOUNDED}|created){_WHEN}?"
                   # (with a pronoun: « Laurent Picard, économiste, il dirige le pôle travail de l'Observatoire »)
                   rf"|(?:il|elle|he|she)\s+(?:{_BARE_RUN_VERBS}){_NOW}|vous\s+(?:{_YOU_RUN_VERBS}){_NOW})\s+)")
# ... said after what they are: « …, lui, est céréalier dans la Drôme et il préside la Fédération des irrigants »
# (or where they teach or work now: « … et qui enseigne aujourd'hui à Sciences Po Lyon »)
_AND_RUNS = re.compile(rf"(?i:\s(?:et|and)\s+(?:(?:il|elle|he|she|qui|who)\s+(?:{_BARE_RUN_VERBS}|{_FOUNDED})"
                       rf"|(?:il|elle|he|she|qui|who)\s+(?:enseigne|travaille|teaches|works|lectures){_NOW}"
                       rf"\s+(?:à\s+la|au|aux|à|chez|at|for)"
                       rf"|vous\s+(?:{_YOU_RUN_VERBS})|you\s+(?:{_YOU_RUN_VERBS_EN})){_NOW}{_WHEN}?\s+)")


def _posts(part: str) -> list[str]:
    """A description cut where a second post starts after "and" (« médecin généraliste à Saint-Denis | et président
    de l'URPS… »), when what comes before is a post too ("policy and communications officer at Samaritans" is one)."""
    # (Dutch « en » only before a Dutch post: « chercheur en écologie » is one)
    m = re.search(r"\s+(?:et|and|und|y|e)\s+(?=(?:\w+\s+)?" + ROLE_WORDS.pattern + r")|\s+en\s+(?=(?:\w+\s+)?"
                  + _DUTCH_POSTS + r")", part)
    if m is None or not ROLE_WORDS.search(part[:m.start()]) or not re.search(r"\s(?:à|in|at|de|du|of)\s",
                                                                             part[:m.start()]):
        return [part]
    return [part[:m.start()], *_posts(part[m.end():])]


def _run_org(rest: str) -> tuple[str | None, str | None]:
    """The body someone runs, from what follows the verb: « l'association Seconde Carrière, qui accompagne… »."""
    end = _DESC_END.search(rest)
    # (up to the next comma: « l'association Seconde Carrière, qui accompagne les seniors »)
    parts = re.split(r"\s*,\s*", rest[: end.start()] if end else rest)
    rest = parts[0]
    org, country = _trim_org(_ARTICLE.sub("", rest), named=True)
    if org is not None and not re.search(rf"[{_U}]", org):
        # a unit named in lower case, then the body it is part of: « qui pilote le service local d'intervention
        # pour la maîtrise de l'énergie, le SLIME, à la Métropole de Lyon » (not the town it is in: « à Lyon »)
        for part in parts[1:]:
            at = re.match(rf"{_AT_ORG}(?=[{_U}]|{_ORG_HEAD}\b)", " " + part)
            body, c = _trim_org(part[at.end() - 1:]) if at else (None, None)
            if body is not None and not _BARE_PLACE.fullmatch(body):
                return body, c or country
    if org is None:
        # a unit of a named body: « que dirige el departamento de estudios del Instituto Vienés… », « le pôle
        # travail de l'Observatoire des âges et de l'emploi »
        found = _find_org(" " + rest)
        if found is not None:
            _, org, country = found
    # the country said after it, past the town: "who leads the energy community programme of the City of Milan,
    # Italy", « qui coordonne la Ceinture Aliment-Terre liégeoise, à Liège, en Belgique » (printed with none)
    for part in parts[1:] if country is None else ():
        if (country := find_country(part)) is not None or not re.fullmatch(
                rf"(?:à|in|at|based\s+in)\s+[{_U}][\w'’-]+(?:\s+[{_U}][\w'’-]+)?", part.strip(" .")):
            break
    return org, country


def describe(clause: str) -> tuple[str | None, str | None, str | None]:
    """Title, affiliation and country from what follows a name: ", chercheuse à l'Université de Malmö, en Suède"."""
    # (what follows in the plural is no description of one person: « Monsieur Lefèvre, les directeurs de CFA que nous
    # avons interrogés disent qu'une baisse de 5 % les mettrait en difficulté » gave him that as his organisation)
    if re.match(r"\s*,\s*(?:les|des|ces|nos|vos|leurs|these|those|many|most|all)\s", clause):   # (« Les Verts » is one)
        return None, None, None
    # (a colon before what is said of them: « Bruno Castel : il est DRH chez Aéroméca »)
    clause = re.sub(r"^\s*:\s*(?=(?i:il|elle|he|she)\s)", " ", clause)
    # (an aside between dashes first: « Paul Martin — aucun lien de parenté, on me l'a assuré — directeur des
    # investissements à la Banque des Territoires », and a hesitation: "João Almeida, who is, hmm, a founder of…")
    clause = re.sub(r"^\s*[—–]\s*[^—–\n]{1,100}?\s*[—–]\s*", ", ", clause)
    clause = re.sub(r"(?i:(?:who|qui)\s+(?:is|est)\s*,\s*(?:hmm+|uh+|um+|euh+|erm)\s*,)", "who is", clause)
    clause = re.sub(r"(?i:,\s*(?:hmm+|uh+|um+|euh+|erm)\s*,)", ",", clause)
    # (and where they join from: "João Silva, who joins us from Lisbon, is a senior adviser at the Portuguese Ministry
    # of Health", whose country it may say)
    joins = re.match(_JOINS_FROM, clause)
    joined_from = find_country(clause[:joins.end()].rstrip(" ,").rsplit(None, 1)[-1]) if joins else None
    clause = " " + clause[joins.end():] if joins else clause
    runs = _RUNS.match(clause)
    if runs is None:
        # what they are or did, then what they run: « … est céréalier dans la Drôme et il préside la Fédération… »,
        # « vous êtes éleveuse dans la Drôme et vous présidez la coopérative… », « qui a dirigé pendant douze ans
        # l'Agence régionale… et qui préside aujourd'hui l'Observatoire… »
        said = re.match(r"(?i:\s*,\s*(?:lui|elle)\s*,)?\s*,?\s*(?:(?:qui\s+|who\s+)?(?:est|is|a|was|était|has)|vous\s+êtes"
                        r"|you\s+are)\s+(?P<post>[^.;!?\n]{1,100}?)(?=\s(?:et|and)\s)", clause)
        runs = _AND_RUNS.match(clause, said.end()) if said else None
        if runs is not None and ROLE_WORDS.search(clause[:runs.start()]) and not re.search(
                r"(?i:\b(?:a\s+été|avait\s+été|était|was|has\s+been|had\s+been|former|ancien(?:ne)?)\b)",
                clause[:runs.start()]) and _split_title_org(_ARTICLE.sub("", said["post"]))[1] is not None:
            runs = None        # a post said first ("est directrice de… et elle dirige…"): read as a post
            # (with its organisation: « vous êtes éleveuse dans la Drôme et vous présidez la coopérative… » is the
            # coopérative's)
            # (a post held once gives way to where they are now: « qui a été conseiller… et qui enseigne aujourd'hui
            # à Sciences Po Lyon »)
    if runs:
        # « Camille Roux, qui dirige l'association Covoit'Campagne »: what they run is where they come from
        org, country = _run_org(clause[runs.end():])
        return None, org, country or joined_from
    # (« Nadia Bensalem, elle, est chercheuse au CNRS »: the pronoun set off by commas is no part of the post)
    clause = re.sub(r"^\s*,\s*(?i:lui|elle)\s*,", "", clause)
    end = _DESC_END.search(clause)
    clause = clause[: end.start()] if end else clause
    title = org = country = None
    place = False   # the organisation found so far is only where the person works (« généraliste à Saint-Denis »)
    place_part = ""
    # two posts joined by "and": « médecin généraliste à Saint-Denis et président de l'URPS… » (the second's
    # organisation was printed as « Saint-Denis et président de l'URPS… »)
    # (an organisation's name with a list in it stays whole: « président du Conseil économique, social et
    # environnemental régional d'Occitanie » was printed « (Conseil économique) »)
    parts = [p for part in re.split(r"^\s*,\s*|\s*,(?!\s*[a-zà-ÿ]+\s+(?:et|and)\s+[a-zà-ÿ]+\b)\s*", clause) for p in _posts(part)
             if p.strip()]
    # (... in capitals too, after a body's name: "Ministry of Housing, Communities and Local Government")
    for k in range(len(parts) - 1, 0, -1):
        if re.search(rf"(?i:\b{_ORG_HEAD}|\bministry)\b", parts[k - 1]) \
                and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+\s+(?:and|et|&)\s+(?:[A-ZÀ-Ý][\w'’-]+\s*){1,3}", parts[k].strip(" .")):
            parts[k - 1:k + 1] = [parts[k - 1] + ", " + parts[k]]
    for k, part in enumerate(parts):
        p = part.strip()
        if k == 0:
            p = _LEAD_IN.sub("", " " + p if not p.startswith(",") else p).strip()
            p = _ARTICLE.sub("", p)
        elif org is None and (run := _RUNS.match(" " + p)):
            o, c = _run_org(p[run.end() - 1:])
            if o is not None:
                org, country = o, country or c
            break
        elif _PRONOUN_IS.match(p):
            # « … est psychiatre, elle est cheffe du service … au CHU de Montclair »: the next post, said of her
            p = _ARTICLE.sub("", p[_PRONOUN_IS.match(p).end():])
        c = find_country(p)
        if c is not None:
            country = country or c
            continue
        if org is not None and place and ROLE_WORDS.match(p):
            t, o, c = _split_title_org(p)
            if o is not None:
                org, country, place = o, country or c, False
            continue
        if org is not None:
            if re.match(rf"(?i:à|in|at|based\s+in)\s+[{_U}]", p):
                continue                                # "à Barcelone": a city, said in passing
            # what the body is, and where: "Fix It Forward, the network of repair cafés in Ireland" (not where it
            # works: "an NGO working in Mali")
            what = re.fullmatch(r"(?i:the|an?|le|la|l['’]\s?|un|une)\s*[^,]{1,60}?\s(?P<where>(?i:in|en|au|aux)\s+\S.*)",
                                p.strip(" ."))
            if what and not _DOING.search(p) and find_country(what["where"]):
                country = country or find_country(what["where"])
            continue
        if re.match(r"(?i:(?:of|from|at|with|de|du|des|à|au|aux|chez|von|vom|bei|beim|del|della|dello|di|dal|dalla)\s"
                    r"|d['’]|dell['’])", p) and k == 0 and title is None:
            # (German too, for the labels' names: "Thomas Krüger von den Stadtwerken Freiburg")
            m = re.match(rf"(?i:from|of|at|with|de|du|des|d['’]|à|au|aux|chez|von|vom|bei|beim|del|della|dello|di|dal"
                         r"|dalla|dell['’])\s*"
                         rf"(?:{_ART}|(?i:der|den|dem)\s+)(?={_ORG_START})", p)
            body = _BODY_OF_PLACE.match(p)
            if m is None and body is not None:
                # "from the city of Barcelona": a body named by its place, an organisation ("City of Barcelona")
                org, c = _trim_org(body["org"][0].upper() + body["org"][1:])
                country = country or c
                continue
            if m is None:
                break
            org, c = _trim_org(p[m.end():])
            country = country or c
            continue
        first = p.split()[0] if p.split() else ""
        # (a post may open on its field's initials: "HR business partner at Coldwell Borough Council")
        # (or a post in capitals before where: "a Senior Lecturer in Public Policy at the University of Manchester"
        # was printed as his organisation)
        if ROLE_WORDS.search(" ".join(p.split()[:5])) and (first[:1].islower() or ROLE_WORDS.match(first) or (
                first.isupper() and len(first) <= 4 and ROLE_WORDS.search(" ".join(p.split()[1:4]))) or (
                ROLE_WORDS.search(" ".join(p.split()[:3])) and re.search(r"\s(?:at|with|à|au|chez)\s", p))):
            t, o, c = _split_title_org(p)
            if t is None and o is None:
                break
            title = title or t
            org = o
            country = country or c
            # (a town after a bare « à », "in": where they work, which another post's organisation says better)
            place_part = p
            place = o is not None and bool(re.search(r"\s(?:à|in)\s+(?:(?:de|het|the)\s+)?" + re.escape(o) + r"\s*$", p)) \
                and not re.search(rf"(?i:{_ORG_HEAD})\b", o)
            continue
        if (first[:1].isupper() or re.match(rf"(?i:{_ORG_HEAD})\b", first)) and (k > 0 or title is None):
            o, c = _trim_org(p)
            if o is None:
                break
            org = o
            country = country or c
            continue
        break
    if place and org and (is_city(org) or re.match(r"(?i:étudiante?s?|students?|élèves?|pupils?|lycéen(?:ne)?s?"
                                                   r"|apprentie?s?|stagiaires?|interns?)\b", title or "")):
        # a town is no organisation: « étudiante en quatrième année de médecine à Toulouse » was printed
        # « (Toulouse) »; where a student studies stays in what they are
        title, org = place_part.strip(" ,."), None
    return _member_of_parliament(title, org, parts), org and _parliament_group(org, parts), country or joined_from


# A member of an assembly and the political group they sit with: "Member of the European Parliament, from the
# Greens/EFA group" printed « Katarzyna Nowak (European Parliament) », title "Member"
_PARLIAMENT = re.compile(r"(?i:^(?:the\s+)?(?:european|scottish|welsh|national|federal)?\s*parliament\b|^parlement\s+européen"
                         r"|^assemblée\s+nationale|^sénat\b|^senate\b|^house\s+of\s+(?:commons|lords)|^bundestag|^congreso"
                         r"|^parlamento)")
_GROUP = re.compile(r"(?i:^(?:from|of|in|du|de)\s+(?:the\s+|le\s+|la\s+)?(?:group(?:e)?\s+)?(?P<g>[\w/&.' -]{2,40}?)"
                    r"(?:\s+group(?:e)?)?$)")


def _member_of_parliament(title: str | None, org: str | None, parts: list[str]) -> str | None:
    if title and org and title.casefold() in ("member", "membre", "elected member") and _PARLIAMENT.match(org):
        assembly = org.partition(" for ")[0]
        return f"{title} of the {assembly}" if title[:1].isupper() and " of " not in assembly else title
    return title


def _parliament_group(org: str, parts: list[str]) -> str:
    """The assembly, and the group said after it: "European Parliament for Renew Europe", "…, from the Greens/EFA
    group" -> "European Parliament, Greens/EFA"."""
    if not _PARLIAMENT.match(org):
        return org
    head, sep, group = org.partition(" for ")
    if sep and group[:1].isupper():
        return f"{head}, {group}"
    for p in parts:
        m = _GROUP.match(p.strip())
        if m and "group" in p.casefold() and m["g"][:1].isupper():
            return f"{org}, {m['g']}"
    return org


# words between "I'm" and the post that are neither ("I'm also the chair of…", « je suis aussi… »)
_ADVERBS = r"also|now|currently|still|actually|just|really|both|aussi|également|actuellement|désormais"
_ADVERB = re.compile(r"^(?i:(?:" + _ADVERBS + r")\s+)+")
# where an organisation the speaker works for ends: "the OECD, in Paris", "the OECD and I love it", "… where I lead"
_ORG_END = re.compile(r"\s*,\s*|\s+(?:and|et)\s+(?!(?!(?:I|We|You|They|He|She|It|Je|Nous|On|Il|Elle)\b)[A-ZÀ-Ý])"
                      r"|\s+(?:where|où|which|qui)\s")
_NOT_A_POST = re.compile(r"(?i:(?!(?:" + _ADVERBS + r"|here)\b)\w+\s+"
                         r"(?:the|a|an|this|that|our|my|your|his|her|their|le|la|les|un|une|ce|cette|notre|mon|ma)\s)")
_DOING = re.compile(r"(?i:\w+ing\s+(?:the|a|an|my|our|your|his|her|their|this|that|these|those|to|for|you|him"
                    r"|them|it|about|on|at|in|with|from|of|into|over|through|back|up|out)\b)")


# where a team or programme's name gives way to the body it belongs to ("… programme at the Kingsbridge Institute")
_PART_OF = re.compile(r"\s(?:at|of|for|within|à|au|chez|de|du|des|d['’]|dans|del|della|dello|dell['’]|di)\s+"
                      r"(?:(?:the|la|le|les|l['’]|el)\s?)?"
                      r"(?=[A-ZÀ-Ý])")


# the host's body said by its kind: "I'm the director here at the foundation", « je suis directrice ici à la fondation »
_HOUSE = re.compile(r"\s+(?:here\s+|ici\s+)?(?:at|of|à|de)\s+(?:the|la|le|l['’])\s*(?P<kind>foundation|institute|centre|center"
                    r"|university|council|museum|library|school|college|trust|society|association|agency|network"
                    r"|forum|alliance|federation|fondation|réseau|fédération"
                    r"|institut|université|mairie|association|agence|école|musée|bibliothèque)$", re.IGNORECASE)


def _the_house(title: str, before: str) -> tuple[str, str | None]:
    """(title, organisation) of a post held "here at the foundation": the foundation the event's opening named
    ("welcome to the Fairwork Foundation's spring lecture" -> Fairwork Foundation), else the title as it was."""
    m = _HOUSE.search(title)
    if m is None:
        return title, None
    kind = m["kind"]
    # ("the Fairwork Foundation's spring lecture", « la Fondation Terres d'avenir »)
    named = list(re.finditer(rf"\b((?:[{_U}][\w'’-]+\s+){{1,3}}(?i:{kind}))(?:['’]s)?\b"
                             rf"|\b((?i:{kind})(?:\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|for\s+|of\s+)?[{_U}][\w'’-]+){{1,3}})",
                             before))
    for n in reversed(named):
        org = (n[1] or n[2]).strip()
        if org[:1].isupper():
            return title[: m.start()].strip() or title, org
    return title, None


# an interest declared is no post: "I should declare that I'm a member of the Riverwatch Trust, as are, I think, a few
# thousand of my constituents" made the committee member the witness's NGO's (review AY)
_DECLARES = re.compile(r"(?i:\b(?:declare|declaring|disclose|disclosing)\b|\binterests?\s+to\s+declare"
                       r"|\bdéclar(?:e|er|ation)\b|\bconflits?\s+d['’]intérêts?|\bliens?\s+d['’]intérêts?)")


def _self_description(text: str, start: int, stop: int) -> tuple[str | None, str | None, str | None, int] | None:
    """A speaker's own title/affiliation between ``start`` and ``stop``: "I'm head of X at Nordlys Group"."""
    for rx in _SELF_DESC:
        for m in rx.finditer(text, start, stop):
            if _DECLARES.search(text, max(text.rfind(".", 0, m.start()), text.rfind("?", 0, m.start()), 0), m.start()):
                continue
            if "desc" in m.groupdict() and m["desc"]:
                desc = m["desc"]
                if re.match(r"(?i:not|no|pas|sure|sorry|afraid|going|trying|très|tout|sûr|sûre|désolée?)\b", desc):
                    continue
                # what the speaker is doing ("I am asking the Minister…"), not what they are: a verb in -ing
                # before its object ("managing director", "acting head" are titles)
                if _DOING.match(desc):
                    continue
                # nor how they feel about something ("I'm glad the member highlighted…"): a word before the article
                # is no part of a post ("I'm also the chair of…" is)
                if _NOT_A_POST.match(desc):
                    continue
                desc = _ADVERB.sub("", desc)      # "also the chair of…" -> "the chair of…"
                t, o, c = describe(desc)
                if t and o is None:
                    t, o = _the_house(t, text[:m.start()])
                if t or o:
                    return t, o, c, m.start()
            elif m.groupdict().get("org"):
                head = _UNNAMED_BODY.match(m.group())
                if head:
                    # a body they give no name: "Anita Kaur, I chair a tenants' union in Hackney" (no affiliation)
                    body = re.split(r"\s*[,;]\s*|\s+(?:and|but|so|et|mais)\s+", m["org"])[0].strip()
                    return f"{_RUNS_AS[head['verb'].casefold()]} of {body}", None, None, m.start()
                # (an "and" inside the name stays: "the Committee on Economic and Monetary Affairs")
                o, c = _trim_org(_ORG_END.split(m["org"])[0])
                whole = re.split(r"\s*[,;]\s*", m["org"])[0]
                inside = _PART_OF.search(whole)
                # (a named unit of it too: "I direct the Digital State programme at the Institute for Public
                # Technology" is the Institute's)
                unit = inside is not None and re.search(r"(?i:\b(?:programme|program|team|unit|department|division"
                                                        r"|working\s+group"
                                                        r"|project|initiative|pôle|équipe|cellule|mission|desk)\b)",
                                                        whole[:inside.start()])
                if (o is None or unit) and inside:
                    # what they run is part of a named body: "I run the urban transport programme at the
                    # Kingsbridge Institute", « je dirige le pôle Climat et territoires de la Fondation Terres
                    # d'avenir »
                    o, c = _trim_org(_ORG_END.split(whole[inside.end():])[0])
                    if o is not None and is_city(o):
                        # (« je dirige le programme énergie de notre think tank ici à Bruxelles »: where, not whom)
                        o = None
                if o:
                    return None, o, c, m.start()
    return None


_UNNAMED_BODY = re.compile(r"(?i:\bI\s+(?P<verb>represent|lead|head|chair|direct|run)\s+(?:an?)\s)")
_RUNS_AS = {"represent": "representative", "lead": "leader", "head": "head", "chair": "chair", "direct": "director",
            "run": "head"}
_READS_OUT = re.compile(r"(?i)\b(?:writes|wrote|asks|asked|says|écrit|nous\s+écrit|m['’]écrit|demande|nous\s+demande"
                        r"|pregunta|escribe|schreibt|fragt)\s*:")


def _sentence_bounds(sentences: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    if sentences:
        return list(sentences)
    out, s = [], 0
    for m in re.finditer(r"[.!?…]+(?:\s+|$)", text):
        out.append((s, m.end()))
        s = m.end()
    if s < len(text):
        out.append((s, len(text)))
    return out


def find_mentions(
    text: str,
    turn: int = 0,
    entities: Sequence[tuple[int, int, str]] = (),
    sentences: Sequence[tuple[int, int]] = (),
    known: Iterable[str] = (),
    ner: bool = True,
) -> list[Mention]:
    """Every introduction, hand-off, self-introduction and thanks in one turn's text (``ner``: whether the text's
    language has a NER model, whose PERSON tags vouch for names)."""
    known_toks = [name_tokens(k) for k in known if name_tokens(k)]
    sents = _sentence_bounds(sentences, text)
    closing_from = sents[-2][0] if len(sents) >= 2 else 0
    closing_from = min(closing_from, max(0, len(text) - 250)) if len(sents) >= 2 else 0
    opening_to = min(sents[0][1] if sents else len(text), 120)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def sentence_of(pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in sents if s <= pos < e), (0, len(text)))

    def next_listed(e: int, stop: int) -> int:
        """Where the next person of a list starts after ``e`` (its separator), else ``stop``: "Paul Roy from
        the OECD and Maria Lopez from…" describes Paul Roy up to "and"."""
        for lm in _LISTED.finditer(text, e, stop):
            # (a person, surely: an honorific, a PERSON tag, or a full name the event knows; "Torfaen County
            # Borough Council" is no person for sharing a word with a name heard in passing)
            labels = _overlapping(entities, *lm.span("name"))
            toks = name_tokens(lm["name"])
            sure = bool(lm["hon"]) or bool(labels & _PERSON_LABELS) or (
                len(toks) >= 2 and not labels and any(len(k) >= 2 and compatible(toks, k) for k in known_toks)) or (
                # (the full name of a speaker of the event, word for word, whatever NER calls it: the small
                # English model tags "Nadia Okafor" ORG)
                len(toks) >= 2 and toks in known_toks)
            if sure and _clean_name(lm["hon"], lm["name"]) is not None:
                return lm.start()
        return stop

    def add(kind: str, m: re.Match[str], strong: bool, with_description: bool, weak: bool = False,
            in_list: bool = False, vouched: bool = False) -> None:
        s, e = m.span("name")
        raw = m["name"]
        # the sentence's connective, capitalised, is no first name: "And Tom Hargreaves is chief executive of…"
        lead = None if m["hon"] else _CONNECTIVE.match(raw)
        if lead and len(raw[lead.end():].split()) >= 2:
            raw, s = raw[lead.end():], s + lead.end()
            # (and its honorific, now first: "Then Dr Priya Raman, senior lecturer…" is Priya Raman)
            hon = re.match(rf"(?:{_HON})(?:{_SP}+|(?<=\.))", raw)
            if hon and len(raw[hon.end():].split()) >= 2:
                raw, s = raw[hon.end():], s + hon.end()
        # a name the event knows, then a particle: "Thomas Krüger von den Stadtwerken Freiburg" is Thomas Krüger
        # from the Stadtwerke ("Ursula von der Leyen", whom nobody knows shorter, stays whole)
        for k in known_toks:
            head = re.match(r"\S+(?:\s+\S+){%d}" % (len(k) - 1), raw)
            if head and len(k) >= 2 and name_tokens(head.group()) == k \
                    and re.match(rf"\s+{_PART}\s", raw[head.end():]):
                raw, e = head.group(), s + head.end()
                break
        # ... or a particle that opens a body's name: « la professoressa Elena Rinaldi | del Politecnico di Milano »
        body = re.search(r"\s(?:del|della|dello|di|de|du|des|von|vom|van)\s+(?:(?:la|le|el|der|den)\s+|l['’])?(?i:"
                         + _WIDE_ORG_HEAD + r"|politecnico|istituto|instituto|regione|provincia|consiglio)\b", raw)
        if body and len(raw[:body.start()].split()) >= 2:
            raw, e = raw[:body.start()], s + body.start()
        person_start = m.start("hon") if m["hon"] else s
        if any(s < te and e > ts for ts, te in taken):
            return
        name = _clean_name(m["hon"], raw)
        if name is None:
            return
        ok, ner_person = _is_person(m["hon"], raw, s, e, entities, known_toks, strong, ner)
        ok = ok or vouched
        if not ok:
            return
        title = org = country = None
        sent_start, sent_end = sentence_of(s)
        if "post" in m.groupdict() and m["post"]:
            # the post said before the name: « el concejal de Urbanismo del Ayuntamiento de Zaragoza, Andrés Lozano »
            title, org, country = describe(", " + m["post"])
        elif with_description:
            stop = max(sent_end, e + 1)
            if not re.search(r"[.!?…:;]\W*$", text[:stop].rstrip()) and re.search(r"[.!?…]\s", text):
                # a break the parser made where the speaker put no stop: "Liam O'Connell is the founder of Fix It |
                # Forward, the network of repair cafés in Ireland." (his organisation was « Fix It »)
                stop = next((b for a, b in sents if a >= stop), stop)
            clause = text[e:next_listed(e, stop)][:300]
            title, org, country = describe(clause)
            then = re.search(r"[;,]\s*(?=(?i:il|elle|he|she)\s+(?:est|is)\s)", clause)
            if not (title or org or country) and then:
                # what they are said after what they will do: « Et Isabelle Fournier nous rejoindra pour la deuxième
                # table ronde ; elle est vice-présidente du Département de la Gironde » (printed with nothing)
                title, org, country = describe(" " + clause[then.end():])
            if not (title or org or country) and not text[e:sent_end].strip(" .…"):
                # the name closes its sentence, the next says who they are: « À ma gauche, Hélène Garnier. Elle a
                # fondé, il y a dix ans, l'association Cap Expérience… »
                nxt = text[sent_end:sentence_of(sent_end)[1]] if sent_end < len(text) else ""
                if re.match(r"\s*(?:Il|Elle|He|She)\s", nxt):
                    title, org, country = describe(" " + nxt.strip())
        if title and org is None:
            title, org = _the_house(title, text[:s])   # "director here at the foundation", the Fairwork Foundation
        # Others named in the same sentence after this one ("J'invite Karin Lindqvist et Mathilde Ferrand"):
        # a list, which says nothing about who speaks next.
        rest = text[e:sent_end]
        listed = bool(re.search(rf"(?:^|,|;|\bet\b|\band\b|&)\s*(?:{_HON}\s*)?[{_U}][\w'’\-]+\s+[{_U}]", rest)
                      and kind not in ("address", "thanks", "self"))
        listed = listed or any(lbl in _PERSON_LABELS and es >= e for es, ee, lbl in entities
                               if es < sent_end and kind == "introduction" and es > e + 2
                               and re.search(r"(?:,|;|\bet\b|\band\b)", text[e:es]))
        before = text[sent_start:person_start]
        listed = listed or in_list or (kind == "introduction" and bool(re.search(
            r"(?:;\s*(?:and\s+|et\s+)?|,\s*(?:and|et)\s+|\s(?:and|et)\s+)$", before)))
        taken.append((s, e))
        out.append(Mention(
            turn=turn, kind=kind, name=name, start=s, end=e, title=title, affiliation=org, country=country,
            listed=listed, at_end=s >= closing_from, at_start=s < opening_to, ner_person=ner_person, weak=weak))

    # "Thank you, Jürgen, over to you": a hand-off, even though it opens with thanks
    for m in _NAME_FIRST.finditer(text):
        add("address", m, True, True)
    # "Thanks, Tom Baker, a small builder from Kent.": a full name after the thanks, then what one is (« une », "a"),
    # is the speaker's own (the thanks went to Tom Baker, and the builder was printed « Audience member »)
    for m in _SELF_AFTER_GREETING.finditer(text):
        # (not praise: "Thank you, Claire Dumont, a wonderful chair")
        if len(m["name"].split()) >= 2 and re.match(r"\s*,\s*(?i:an?|une?)\s(?!(?i:great|wonderful|fantastic|brilliant"
                                                    r"|excellent|fine|superb|true|real|formidable|excellente?)\b)",
                                                    text[m.end("name"):]):
            add("self", m, True, True)
    for rx in _THANKS:
        m = rx.match(text)
        if m:
            add("thanks", m, True, False)
    # "Sorry, can I jump in, it's, it's Tom here, my video's frozen": one of the event's speakers, by first name
    for m in _ITS_HERE.finditer(text):
        if any(compatible(name_tokens(m["name"]), k) for k in known_toks):
            add("self", m, True, False)
    for rx in _SELF:
        for m in rx.finditer(text):
            name = m["name"]
            # (after a greeting, where one lives is said of oneself: « Oui, bonjour, Patrick, j'habite à Landéan »
            # left « Un habitant » unnamed; not to someone the event knows)
            lives = rx is _SELF[3] and m.start("name") > 0 and len(name.split()) == 1 \
                and bool(re.match(r"\s*,\s*(?:j['’]habite|(?i:I\s+live))\b", text[m.end("name"):])) \
                and not any(compatible(name_tokens(name), k) for k in known_toks)
            if m["hon"] is None and len(name.split()) < 2 and not lives \
                    and not _overlapping(entities, *m.span("name")) & _PERSON_LABELS:
                continue   # "I'm Dutch", "je suis Paris": a self-introduction names a whole person
            if rx in _SELF[3:] and len(name.split()) < 2 and not lives:
                continue   # (« Sophie, je suis d'accord avec vous » speaks to Sophie)
            body = None
            if rx is _SELF[-1]:
                # (a body, not a second person: "Thank you. Marie Dupont, Marie Leroy." names two panellists)
                said = text[m.end("name"):text.find(".", m.end("name"))]
                body = describe(said)
                if body[1] is None or re.search(rf"\s(?:and|et|&)\s+[{_U}]", said) or name_tokens(said) in known_toks:
                    continue
                if _NAME_BODY.match(text, text.find(".", m.end("name")) + 1):
                    continue   # (a chair's list: "Claire Dubois, European Investment Bank. Henrik Lindqvist, City of…")
            # (a first and last name said of oneself, then a pause, is one: "I'm Nadia Osei." opened a podcast
            # whose host stayed "Speaker 1")
            # (whatever the small parser tags it: it called her ORG; "I'm British Airways' head…" goes on)
            n = len(out)
            add("self", m, True, True, vouched=lives or len(name.split()) >= 2
                and bool(re.match(r"\s*(?:[.,;!?]|$)", text[m.end("name"):])))
            if body and len(out) > n and not (out[-1].title or out[-1].affiliation):
                # (the small parser calls « Zero Waste » a person, which cut the description short)
                out[-1] = replace(out[-1], title=body[0], affiliation=body[1], country=body[2])
            # ("I'm Rachel Adams from the Civic Futures Institute")
    for rx in _INTRODUCTIONS_EN + _INTRODUCTIONS_FR:
        for m in rx.finditer(text):
            add("introduction", m, True, True)
    for m in _HERE_TO.finditer(text):
        add("introduction", m, True, True)
    for m in _POST_THEN_NAME.finditer(text):
        add("introduction", m, True, False)
    # the others of an introduced list, each with what the list says of them: "… Paul Roy from the OECD and
    # Maria Lopez from the city of Barcelona", « … Paul Roy, de l'OCDE, et Maria Lopez, de la ville de Barcelone »
    for intro in [x for x in out if x.kind == "introduction"]:
        stop = sentence_of(intro.start)[1]
        if _ROLL_CALL.search(text[max(0, intro.start - 30):intro.start]):
            # (the minutes' list of who sat runs to the end of its line, whatever the sentence splitter made of it)
            stop = max(stop, text.find("\n", intro.start) % (len(text) + 1) or len(text))
        at = intro.end
        while at < stop:
            nxt = next_listed(at, stop)
            if nxt >= stop:
                break
            lm = _LISTED.match(text, nxt, stop)
            add("introduction", lm, True, True, in_list=True)
            at = lm.end()
    # a post said once in the plural for the people listed before it: « M. Paul Lefort, Mme Sandrine Morel,
    # conseillers municipaux du groupe « Saint-Aubin Autrement » »: their body is both's, the plural post neither's
    intros = sorted((k for k, x in enumerate(out) if x.kind == "introduction"), key=lambda k: out[k].start)
    for a, b in zip(intros, intros[1:]):
        x, y = out[a], out[b]
        if y.title and _PLURAL_POST.match(y.title) and not (x.title or x.affiliation) \
                and text[x.end:y.start].strip(" ,") in ("", "M.", "Mme", "Mr", "Mrs", "Ms", "Dr"):
            out[a] = replace(x, affiliation=y.affiliation, country=y.country)
            out[b] = replace(y, title=None)
        elif y.title and _PLURAL_POST.match(y.title):
            out[b] = replace(y, title=None)
    for rx in (_CORRECTION, _NAME_GO, _HAS_FLOOR, _NAME_QUESTION, _NAME_YOU):
        for m in rx.finditer(text):
            add("address", m, True, False)
    for m in _BARE.finditer(text):
        # "Priya?" closing a turn hands her the floor; a turn that is only a name ("Alain") is a hint
        whole = not text[: m.start()].strip()
        add("address", m, False, False, weak=whole or not text.rstrip().endswith("?"))
    # Appositions without a trigger: "Sharon Davies, head of learning, Torfaen County Borough Council",
    # « Karin Lindqvist est chercheuse à l'Université de Malmö »
    for rx in (_APPOSITION, _RUNS_APPOSITION, _IS_ROLE, _FROM_APPOSITION, _WILL_JOIN):
        for m in rx.finditer(text):
            add("introduction", m, False, True)

    # Anyone else named in passing ("comme l'a dit Sophie Van Acker"): not a move, but it tells us the
    # speaker is not that person, and it vouches for the name elsewhere.
    for es, ee, lbl in entities:
        if lbl not in _PERSON_LABELS or any(es < te and ee > ts for ts, te in taken):
            continue
        name = _clean_name(None, text[es:ee])
        if name is None or not re.match(rf"[{_U}]", name):
            continue
        taken.append((es, ee))
        out.append(Mention(turn=turn, kind="other", name=name, start=es, end=ee, ner_person=True))
    folded = _fold_same_length(text) if known_toks else ""
    for k in known_toks:
        if len(k) < 2:
            continue
        for m in re.finditer(r"\b" + r"\s+".join(re.escape(t) for t in k) + r"\b", folded):
            if not any(m.start() < te and m.end() > ts for ts, te in taken):
                taken.append(m.span())
                out.append(Mention(turn=turn, kind="other", name=text[m.start():m.end()], start=m.start(),
                                   end=m.end()))

    # the speaker's own position: in the first sentences of the turn, or right after they give their name
    windows = [(0, sents[min(3, len(sents)) - 1][1] if sents else len(text))]
    for m in out:
        if m.kind == "self":
            k = next((j for j, (a, b) in enumerate(sents) if a <= m.start < b), None)
            if k is not None:
                windows.append((sents[k][0], sents[min(k + 1, len(sents) - 1)][1]))
    found = None
    for a, b in windows:
        # (not in the words of someone the speaker reads out: "This is from Siân, and she writes: I'm a tenant
        # farmer." made the podcast's host a tenant farmer)
        reads = _READS_OUT.search(text, a, b)
        found = _self_description(text, a, reads.start() if reads else b)
        if found is not None:
            break
    if found is not None:
        t, o, c, at = found
        out.append(Mention(turn=turn, kind="describe", name=None, start=at, end=at, title=t, affiliation=o,
                           country=c, at_start=True))
    out.sort(key=lambda x: x.start)
    return out


_SPEECH = (r"(?:said|says|asked|asks|replied|replies|answered|answers|cried|exclaimed|added|adds|continued"
           r"|went\s+on|called|shouted|whispered|murmured|observed|remarked|returned|repeated|insisted"
           r"|explained|declared|began|muttered|urged|suggested|protested|retorted|rejoined|interrupted"
           r"|pleaded|sighed|laughed|answered|responded|resumed|inquired|enquired|demanded|admitted|warned"
           r"|dit|disait|demanda|demande|répondit|répond|ajouta|ajoute|s['’]écria|s['’]exclama|expliqua"
           r"|explique|déclara|déclare|estime|souligne|affirme|rappelle|précise|indique|reprit|poursuivit)")
_NOT_NOUN = r"(?!(?:with|of|in|at|on|from|to|who|whom|which|that|and|or|but|as|for|by|de|du|des|qui|et)\b)"
_NOMINAL = (r"(?P<nominal>(?i:the|a|an|his|her|my|their|our|your|le|la|l['’]|un|une|son|sa)\s+"
            rf"(?:{_NOT_NOUN}[a-z][\w\-]*\s+){{0,2}}{_NOT_NOUN}[a-z][\w\-]*)")
_PRONOUN = r"(?i:he|she|they|I|we|you|il|elle|ils|elles|je|on)"
_AFTER = [_pattern(p) for p in (
    rf"^\s*[,;—–-]?\s*{_SPEECH}\s+{{P}}",
    rf"^\s*[,;—–-]?\s*{{P}}\s+(?:\w+ly\s+)?{_SPEECH}\b",
)]
_AFTER_NOMINAL = [re.compile(p) for p in (
    rf"^\s*[,;—–-]?\s*{_SPEECH}\s+{_NOMINAL}",
    rf"^\s*[,;—–-]?\s*{_NOMINAL}\s+(?:\w+ly\s+)?{_SPEECH}\b",
)]
_AFTER_PRONOUN = re.compile(rf"^\s*[,;—–-]?\s*(?:{_PRONOUN}\s+(?:\w+ly\s+)?{_SPEECH}|{_SPEECH}\s+{_PRONOUN})\b")
_BEFORE = [_pattern(p) for p in (
    rf"{{P}}\s+(?:\w+ly\s+)?{_SPEECH}\s*[,:]?\s*(?:that\s+|que\s+)?$",
    r"{P}\s*:\s*$",
    r"(?i:\b(?:as|comme)\s+(?:le\s+|la\s+)?(?:disait|dit|said|says|put\s+it)\s+){P}\s*[,:]?\s*$",
    r"(?i:\b(?:according\s+to|selon|d['’]après)\s+){P}\s*[,:]?\s*$",
)]


def quotation_speaker(before: str, after: str, entities: Sequence[tuple[int, int, str]] = (),
                      offset_after: int = 0, offset_before: int = 0) -> tuple[str, str | None]:
    """Who the text says spoke a quotation, from the words just after or before it.

    Returns (how, who): ``("name", "Mr. Bennet")``, ``("nominal", "the parson")``, ``("pronoun", None)``
    or ``("none", None)``. Entity offsets are those of the whole text; ``offset_*`` place ``after``
    and ``before`` in it, so spaCy can veto a "name" that is a place or an organisation.
    """
    def person(m: re.Match[str], offset: int) -> str | None:
        s, e = m.span("name")
        name = _clean_name(m["hon"], m["name"])
        if name is None:
            return None
        labels = _overlapping(entities, s + offset, e + offset)
        if labels and not labels & _PERSON_LABELS and m["hon"] is None:
            return None
        return name

    for rx in _AFTER:
        m = rx.match(after)
        if m and (who := person(m, offset_after)):
            return "name", who
    for rx in _AFTER_NOMINAL:
        m = rx.match(after)
        if m:
            return "nominal", m["nominal"]
    if _AFTER_PRONOUN.match(after):
        return "pronoun", None
    tail = before[-160:]
    shift = offset_before + len(before) - len(tail)
    for rx in _BEFORE:
        m = rx.search(tail)
        if m and (who := person(m, shift)):
            return "name", who
    return "none", None
