"""Speaker labels: tell a label ("Anna Seravalli (Malmö University)", "SPEAKER_01") from ordinary text.

The parser is deliberately conservative: a wrong label splits a turn and misattributes a quote,
which is the worst error this tool can make, while a missed label only merges two turns.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

__all__ = ["Label", "cast_list", "delegation", "is_moderator_word", "parse_label", "turn_label", "role_label", "split_inline", "split_midline", "normalize_name",
           "TIMESTAMP", "CLOCK", "BRACKETED_TIME", "parse_time", "ADDRESS", "ADDRESSED", "POST_NOUNS", "POST_PREFIX"]

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſΆ-ΏΑ-ΩЀ-Я"  # capitals: Latin incl. accented (Extended-A mixes cases), Greek, Cyrillic
_NAME_WORD = re.compile(rf"^(?:[{_UPPER}][\w'’.\-]*|[{_UPPER}]\.)$")
_PARTICLES = {
    "de", "du", "des", "d'", "d’", "la", "le", "van", "von", "der", "den", "da", "di", "del", "della",
    "dos", "das", "ten", "ter", "bin", "ibn", "al", "el", "y", "zu", "af", "of",
}
_HONORIFICS = {
    "m", "m.", "mme", "mme.", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "pr", "pr.",
    "prof", "prof.", "professor", "professeur", "professeure", "monsieur", "madame", "mademoiselle",
    "sir", "dame", "me", "maître", "hon.", "senator", "sénateur", "sénatrice", "minister", "ministre",
    "président", "présidente", "president", "chair", "député", "députée", "right", "rt", "rt.",
    # the other European languages staff receive: de, es, it, nl, pl
    "frau", "herr", "sra", "sra.", "sr", "sr.", "señora", "señor", "dña", "dña.", "dott", "dott.", "dott.ssa",
    "dottoressa", "dottore", "prof.ssa", "sig", "sig.", "sig.ra", "signora", "signor", "signore", "mevrouw",
    "meneer", "mevr", "mevr.", "dhr", "dhr.", "heer",   # (« De heer Bakker (VVD) »)
    "cllr", "cllr.", "councillor",   # (a UK council's minutes: "Cllr Patel")
}
# Letters after a name ("Lynne Neagle AM", "Jane Doe MP"): dropped from the name, never a surname.
_POSTNOMINALS = {"AM", "MS", "MP", "MEP", "MSP", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "PhD"}
# Labels that name a role rather than a person.
_AUDIENCE = re.compile(
    r"^(?:(?:une?|an?|the|unidentified|unknown|anonymous|anonyme|inconnue?)\s+)?(?:question(?:s)?\s+(?:de\s+la\s+salle|du\s+public|from\s+the\s+(?:floor|audience))"
    r"|intervention\s+de\s+la\s+salle|salle|public|audience(?:\s+(?:member|question))?|floor"
    r"|participant(?:e)?|intervenant(?:e)?|auditeur|auditrice|membre\s+du\s+public|voix\s+dans\s+la\s+salle"
    r"|habitante?|riveraine?|citoyenne?|citoyen|élue?|parent(?:\s+d['’]élève)?|commerçante?|étudiante?"
    r"|member\s+of\s+the\s+public|resident|citizen|student|questioner|attendee|viewer|caller|listener"
    r"|(?:listener\s+)?(?:voicemail|voice\s+note|call)|(?:room|floor|roving|audience)\s+mic(?:rophone)?|micro\s+(?:salle|baladeur)|(?:intervenant(?:e)?|participant(?:e)?|question)\s+(?:dans|de)\s+la\s+salle"
    # the other European languages staff receive: es, pt, de, it, nl
    r"|p[úu]blico|participante|asistente|pregunta\s+del\s+p[úu]blico|pergunta\s+do\s+p[úu]blico"
    r"|publikum|teilnehmer(?:in)?|zuh[öo]rer(?:in)?|frage\s+aus\s+dem\s+publikum"
    r"|pubblico|partecipante|domanda\s+dal\s+pubblico|intervento\s+dal\s+pubblico|dal\s+pubblico|sala"
    r"|intervención\s+del\s+p[úu]blico|wortmeldung(?:\s+aus\s+dem\s+publikum)?|publiek|deelnemer"
    r"|vraag\s+uit\s+de\s+zaal|zaal)$",
    re.IGNORECASE,
)
# a podcast's or a broadcast's voices, whose brackets name them: "HOST 1 (Dana)", "GUEST (Priya)"
_NAMED_VOICE = re.compile(r"(?i:^(?:host|co-?host|hôte|presenter|présentat(?:eur|rice)|guest|invitée?|interviewer"
                          r"|journalist|journaliste)\b)")
# a video call's display name for a device: "iPhone de Marie", "Marie's iPhone", "Galaxy S21 de Jean"
_DEVICE_WORD = r"(?:iphone|ipad|macbook|android|galaxy|samsung|pixel|huawei|xiaomi|téléphone|telephone|phone|tablette|tablet|laptop|pc)"
_DEVICE = re.compile(rf"(?i:^(?:l['’])?{_DEVICE_WORD}(?:\s+[\w-]+)?\s+(?:de\s+|d['’]|of\s+|von\s+|di\s+)(?P<a>\S.*)$"
                     rf"|^(?P<b>.+?)['’]s\s+{_DEVICE_WORD}(?:\s+[\w-]+)?$)")
_MODERATOR = re.compile(
    r"^(?:(?:le|la|the)\s+)?(?:modérateur|modératrice|moderator|animateur|animatrice|host|facilitator"
    r"|présentat(?:eur|rice)|presenter"
    r"|(?:(?:acting|deputy|vice|assistant|co)[\s-]+)?chair(?:man|woman|person)?"
    r"|présidente?\s+de\s+séance|interviewer|journaliste"
    # the other European languages staff receive: de, es, it, pt, nl
    r"|moderator(?:in|en)|moderation|moderador(?:a)?|moderatore|moderatrice|mediador(?:a)?|gespreksleider"
    r"|dagvoorzitter|gastgeber(?:in)?|presentador(?:a)?|conduttore|conduttrice|apresentador(?:a)?"
    # the chair of an assembly as its records print it: "Mr. Chair", "Madam Speaker", « M. le Président »
    r"|(?:mr\.?|mister|madam|madame|mrs\.?|ms\.?)\s+(?:deputy\s+|acting\s+)?(?:chair(?:man|woman|person)?|speaker)"
    r"|the\s+(?:deputy\s+|acting\s+)?speaker(?:\s+of\s+the\s+house)?|(?:deputy|acting)\s+speaker"
    r"|(?:m\.|monsieur|mme\.?|madame)\s+(?:le|la)\s+présidente?|(?:de\s+)?voorzitter)$",
    re.IGNORECASE,
)
_ANONYMOUS = re.compile(
    # (a lone letter: AssemblyAI's speakers "A", "B", an interview's "Q" and "A")
    r"^(?:speaker[ _-]?\d+|spk[ _-]?\d+|s\d{1,4}|[A-Z]|(?:intervenant|intervenante|orateur|oratrice|locuteur|locutrice"
    r"|participant|participante|personne|person|voice|voix|unknown|inconnu|inconnue|speaker|guest|invité|invitée"
    r"|panel(?:l)?ist|panéliste|teilnehmer(?:in)?|partecipante|deelnemer|sprecher(?:in)?|ponente|relatore"
    r"|relatrice|spreker"
    # a podcast's or a broadcast's numbered voices: "HOST 1", "HOST 2", "Interviewer A", « Journaliste 2 » (each a
    # voice of its own, named by what they say: "I'm Nadia Osei"; read as prose, a whole podcast went to its guest)
    r"|host|co-?host|hôte|presenter|présentat(?:eur|rice)|interviewer|interviewee|journalist|journaliste|caller"
    r"|expert|experte|witness|témoin|moderator|modérat(?:eur|rice)|animat(?:eur|rice)|chair)"
    # (a capital letter: "Participant E"; « Participante » is a word)
    r"\s*[ _-]?\s*(?:\d+|(?-i:[A-Z])))$",
    re.IGNORECASE,
)
# The interpreter's voice, with or without the transcriber's bracket: « [traduction] L'interprète », « Interprète »,
# "Interpreter", "[Translation]", « (interprétation) », "Dolmetscherin"
_INTERPRETER_WORD = (r"(?:interprète|interprete|interpreter|interpretation|interprétation|traduction|translation"
                     r"|traducteur|traductrice|translator|dolmetscher(?:in)?|übersetzung|intérprete|interpretación"
                     r"|traducción|interprete|traduzione|tolk|vertaling)")
_BRACKETED = rf"[\[(]\s*{_INTERPRETER_WORD}(?:\s+(?:simultanée|simultaneous|simultánea|simultanea))?\s*[\])]"
_INTERPRETER = re.compile(
    rf"^(?:{_BRACKETED}\s*(?:(?:l['’]\s?|the\s+|la\s+|le\s+|el\s+|die\s+|der\s+|l['’]|il\s+)?{_INTERPRETER_WORD})?"
    rf"|(?:l['’]\s?|the\s+|la\s+|le\s+|el\s+|die\s+|der\s+|il\s+)?{_INTERPRETER_WORD})$", re.IGNORECASE)
_BRACKETED_LEAD = re.compile(rf"^{_BRACKETED}\s*", re.IGNORECASE)
# The transcriber's note that what follows, under the speaker's own name, is the interpreter's rendering of another
# language: « Klaus Becker : [interprétation de l'allemand] Merci beaucoup… », "[interpreted from German]",
# « (traduction de l'espagnol) », "[simultaneous interpretation from Polish]"
_LANGUAGE_CODES = {
    "de": "allemand german deutsch alemán alemana tedesco duits",
    "en": "anglais english englisch inglés inglese engels",
    "fr": "français french französisch francés francese frans",
    "es": "espagnol castillan spanish spanisch español castellano spagnolo spaans",
    "it": "italien italian italienisch italiano italiaans",
    "nl": "néerlandais flamand dutch flemish niederländisch neerlandés olandese nederlands",
    "pt": "portugais portuguese portugiesisch portugués portoghese portugees",
    "pl": "polonais polish polnisch polaco polacco pools",
    "sv": "suédois swedish schwedisch sueco svedese",
    "da": "danois danish dänisch danés danese",
    "fi": "finnois finnish finnisch finlandés finlandese",
    "el": "grec greek griechisch griego greco",
    "cs": "tchèque czech tschechisch checo ceco",
    "ro": "roumain romanian rumänisch rumano rumeno",
    "hu": "hongrois hungarian ungarisch húngaro ungherese",
    "uk": "ukrainien ukrainian ukrainisch ucraniano ucraino",
    "ru": "russe russian russisch ruso russo",
    "ar": "arabe arabic arabisch árabe arabo",
}
_LANGUAGE_OF = {word: code for code, words in _LANGUAGE_CODES.items() for word in words.split()}
_INTERPRETED_FROM = re.compile(
    r"[\[(]\s*(?:(?:simultaneous|consecutive)\s+)?(?:interprétation|interpretation|interprété|interpreted|traduction"
    r"|translation|traduit|translated|interpretación|traducción|dolmetschung|übersetzung|traduzione|interpretazione)"
    r"(?:\s+(?:simultanée|consécutive|simultaneous|consecutive|simultánea|simultanea))?"
    r"\s+(?:de\s+l['’]\s?|de\s+la\s+|du\s+|d['’]|from\s+(?:the\s+)?|aus\s+dem\s+|del\s+|dal(?:l['’])?\s*|dall['’])"
    r"(?P<lang>\w+)\s*[\])]", re.IGNORECASE)


def interpreted_from(text: str) -> list[tuple[int, str]]:
    """Where a turn's text says that the words after it are the interpreter's, and from which language: (offset
    after the note, ISO 639-1 code) for each such note, in order ([] when none)."""
    return [(m.end(), _LANGUAGE_OF[m["lang"].lower()]) for m in _INTERPRETED_FROM.finditer(text)
            if m["lang"].lower() in _LANGUAGE_OF]
# A voice named by what it is, not who: printed as a neutral label ("Speaker 2"), never as a person
# called "Unknown" or « Orateur ».
_GENERIC_VOICES = {
    "speaker", "unknown", "unknown speaker", "unidentified speaker", "unidentified", "guest", "interviewee",
    "narrator", "panelist", "panellist", "orateur", "oratrice", "inconnu", "inconnue", "orateur inconnu", "voix",
    "voix off", "invité", "invitée", "narrateur", "narratrice", "locuteur", "locutrice", "panéliste", "personne",
}
# Words that end a "Label:" look-alike which is really prose ("Note: ...", "Ordre du jour : ...").
_NOT_LABELS = {
    "note", "notes", "nb", "n.b.", "ps", "p.s.", "remarque", "attention", "exemple", "example", "e.g", "ex",
    "résumé", "summary", "conclusion", "conclusions", "introduction", "objet", "subject", "sujet", "titre",
    "title", "date", "lieu", "place", "location", "heure", "time", "durée", "duration", "ordre du jour",
    "agenda", "thème", "theme", "source", "sources", "lien", "link", "url", "http", "https", "www", "question",
    "questions", "réponse", "answer", "re", "fw", "tel", "tél", "email", "e-mail", "mail", "fax", "warning",
    "important", "rappel", "reminder", "bref", "enfin", "ensuite", "donc", "alors", "bon", "oui", "non",
    "ok", "okay", "yes", "no", "so", "well", "voilà", "merci", "thanks", "bonjour", "hello", "présents",
    "absents", "excusés", "participants", "intervenants", "speakers", "panelists", "programme", "program",
    "webvtt", "kind", "language", "style", "region",
    # a council's minutes: who attended, the sitting's secretary, the vote's tally (« Pour : 23 » was a speaker)
    "secrétaire de séance", "secrétaire", "présidence", "pouvoirs", "procurations", "assistaient", "étaient présents",
    "pour", "contre", "abstention", "abstentions", "votants", "exprimés", "suffrages exprimés", "vote", "votes",
    "résultat", "résultat du vote", "scrutin", "adopté", "adoptée", "rejeté", "rejetée", "present", "apologies",
    "in attendance", "attendees", "for", "against", "abstained", "result",
    # a select committee's record: who sat and who gave evidence
    "members present", "witnesses", "witness", "examination of witnesses", "oral evidence",
    # a recording tool's own headings (Otter's "SUMMARY KEYWORDS" was a speaker)
    "summary keywords", "keywords", "summary", "mots-clés", "mots clés", "résumé", "action items", "outline",
    # a programme's parts (« Animation : Thomas Girard, journaliste au Progrès » was a speaker called Animation)
    "animation", "modération", "moderation",
    # the document naming itself (« Procès-verbal – Salle du conseil, … » was a speaker)
    "procès-verbal", "compte rendu", "compte-rendu", "transcript", "transcription", "verbatim", "minutes",
    # when and where it went out, under the title ("Broadcast: Wednesday 9 October 2024, Channel 7 News" was a speaker
    # called Broadcast, and the date was lost)
    "broadcast", "first broadcast", "aired", "on air", "recorded", "recording", "venue", "published", "diffusion",
    "diffusé", "diffusée", "enregistré", "enregistrée", "enregistrement", "date et lieu", "date and place",
    # what a speaker says to open a sentence, never who speaks: "Sorry, so, just a message to our ministry in
    # German: observation is…" is a speaker going on, not someone called Sorry
    "sorry", "pardon", "excuse me", "right", "alright", "all right", "indeed", "exactly", "absolutely", "sure",
    "yeah", "yep", "agreed", "true", "actually", "honestly", "look", "listen", "now", "first", "firstly",
    "second", "secondly", "third", "thirdly", "finally", "lastly", "also", "again", "anyway", "however",
    "but", "and", "then", "basically", "désolé", "désolée", "excusez-moi", "d'accord", "absolument",
    "exactement", "effectivement", "justement", "écoutez", "attendez", "premièrement", "deuxièmement",
    "troisièmement", "d'abord", "puis", "mais", "et", "ah", "oh", "euh", "ben", "bah", "aussi", "également",
    "entschuldigung", "genau", "danke", "perdón", "perdone", "gracias", "bueno", "pues", "vale", "scusate",
    "scusi", "grazie", "allora", "ecco",
}
# a discourse word right after the first comma: "Sorry, so, …", « Bon, alors, … » is a sentence going on
_GOES_ON = {"so", "well", "um", "uh", "erm", "you know", "i mean", "euh", "donc", "alors", "bon", "enfin", "voilà",
            "quoi", "bref", "also", "ja", "pues", "bueno", "allora", "dunque"}

# how a post is addressed before it: « M. le Maire », « Mme la Ministre », "Madam Chair"
ADDRESS = r"(?:m\.?|mme\.?|monsieur|madame|mr\.?|mrs\.?|ms\.?|madam|mister)"
ADDRESSED = re.compile(rf"^{ADDRESS}\s+", re.IGNORECASE)
# A label that names a post, not a person: « Mme la Ministre », "The Minister", « Directrice générale »,
# « Adjoint au maire », "Secretary of State for Health", "Keynote speaker", AMI's "Project Manager". Its words
# are the post's (a closed list of posts, their few modifiers, then lower-case words or "de la Culture"): a
# name is never one ("Bruno Le Maire" is a person; "Le Maire" is the mayor).
POST_NOUNS = (
    r"ministre|minister|secrétaire|secretary|maire|mayor|adjointe?|directeur|directrice|director|présidente?"
    r"|president|rapporteure?|députée?|sénat(?:eur|rice)|senator|conseill(?:er|ère)|councill?or|commissaire"
    r"|commissioner|déléguée?|delegate|préf(?:et|ète)|rect(?:eur|rice)|doyen(?:ne)?|dean|experte?|expert"
    r"|discussant|interprète|interpreter|traduct(?:eur|rice)|translator|témoin|witness|porte-parole"
    r"|spokes(?:person|man|woman)|ambassad(?:eur|rice)|ambassador|trésori(?:er|ère)|treasurer"
    r"|chargée?\s+de\s+mission|cheff?e?\s+de\s+(?:projet|service|cabinet)|responsable|coordinat(?:eur|rice)"
    r"|coordinator|(?:co-?)?fondat(?:eur|rice)|(?:co-?)?founder|chercheu(?:r|se)|researcher|économiste"
    r"|economist|reporter|manager|designer|ceo|pdg|dg|speaker|officer|chancellor|governor|gouverneure?"
    r"|wethouder|burgemeester|gedeputeerde|raadslid|griffier|inspreker"
)
_POST_NOUN = re.compile(POST_NOUNS, re.IGNORECASE)
_ROLE_BEFORE = (r"premier|première|prime|vice|deputy|chief|managing|general|executive|senior|project|industrial"
                r"|keynote|guest|lead|head|co|state|sous|haut|haute|high")
_ROLE_LABEL = re.compile(
    rf"^(?:{ADDRESS}\s+)?(?:(?:le|la|the)\s+|l['’]\s?)?"
    rf"(?:(?:{_ROLE_BEFORE})[\s-]+){{0,2}}(?P<noun>{POST_NOUNS})\b"
    # what follows: lower-case words, or « de la Culture » (see role_label). A word holds no hyphen, the separator
    # does: with "-" on both sides, "Ministre ------…" took exponential time to refuse
    r"(?:[\s-]+[\w'’.]+){0,12}$",
    re.IGNORECASE,
)


def role_label(head: str) -> bool:
    """Whether a label's head names a post rather than a person ("Mme la Ministre", "Directrice générale",
    "Secretary of State for Health", "Project Manager"). After the post, a capitalised word must follow "de",
    "of", "for"…: "Project Manager Anna Berg" is a person. "Speaker" alone stays the voice nobody named."""
    return _post_match(head.strip()) is not None


def _post_match(head: str) -> re.Match[str] | None:
    """The post pattern's match of ``head`` when it names a post (see :func:`role_label`), else None."""
    m = _ROLE_LABEL.match(head)
    if m is None or (m["noun"].casefold() == "speaker" and m.start("noun") == 0):
        return None
    words = re.split(r"[\s]+|(?<=['’])", head[m.start("noun"):])
    named = False       # inside an organisation's name: « de Habitat Lyon », "of the European Commission"
    for prev, w in zip(words, words[1:]):
        if not w[:1].isupper():
            named = named and w.casefold() in _ROLE_LINKS
            continue
        named = named or prev.casefold().strip("'’") in _ROLE_LINKS
        if not (named or _post_word(w)):
            return None
    return m


def _post_word(word: str) -> bool:
    """A word of a post that may bear a capital: "General" of "Director General", "Officer", "Minister"."""
    return word.casefold() in _ROLE_AFTER or _POST_NOUN.fullmatch(word) is not None


# what comes before a post's own words: « Mme la » of « Mme la Ministre », "The" of "The Minister"
POST_PREFIX = re.compile(rf"^(?:{ADDRESS}\s+)?(?:(?:le|la|the)\s+|l['’]\s?)?", re.IGNORECASE)
# a word no person's name holds, that an organisation's does: "Le Maire, Ville de Lyon" is a post and its city
_ORG_WORD = re.compile(r"(?i:\b(?:ville|city|town|université|university|conseil|council|ministère|ministry|institut"
                       r"|institute|fondation|foundation|agence|agency|commission|mairie|région|region|département"
                       r"|association|groupe?|group|bank|banque|company|société|society|centre|center|office|europe"
                       r"|européenne?|european|nationale?|national|métropole|communauté|chambre|syndicat|fédération"
                       r"|federation|ong|ngo|lab|laboratoire|school|école|collège|college)\b)|\b[A-Z]{2,}\b|\d")
# ... the words of a body's name alone (no acronym: « DUMONT Claire » is a person)
_BODY_WORD = re.compile(r"(?i:^(?:the\s+|la\s+|le\s+|l['’])?(?:ville|city|town|université|university|conseil|council|ministère|ministry|institut"
                        r"|institute|fondation|foundation|agence|agency|commission|mairie|région|département|association"
                        r"|société|society|métropole|communauté|chambre|syndicat|fédération|federation|laboratoire"
                        r"|school|école|collège|college|banque|bank)\b)")
# ... or an English body's, which ends on what it is
_BODY_END = re.compile(r"\s(?:Committee|Council|Commission|Assembly|Parliament|Ministry|Agency|Association|Foundation"
                       r"|Institute|University|Authority|Department|Tribunal)$")
# a post that names its organisation: « de Habitat Lyon », "of the OECD", « de l'Économie »
_POST_OF = re.compile(r"(?i:\b(?:de|du|des|of|for)\s+(?:(?:la|le|les|the)\s+)?|\bd['’]|\bl['’])(?-i:[A-ZÀ-Ý])")
_SAID_BY = re.compile(r"^(?:intervention|réponse|question|remarque|témoignage|contribution|propos|mot|discours"
                      r"|allocution|answer|remarks|statement|address|speech|keynote)"
                      # « Propos introductifs de … », « Mot d'accueil de … », "Opening remarks by …"
                      r"(?:\s+(?:introducti(?:f|fs|ve)|conclusi(?:f|fs|ve)|liminaires?|d['’]ouverture|de\s+clôture"
                      r"|d['’]accueil|de\s+bienvenue))?\s+(?:de\s+|d['’]\s?|by\s+|from\s+)"
                      r"|^(?:opening|closing|concluding|introductory|welcome|keynote)\s+(?:remarks|address|speech"
                      r"|statement|words)\s+(?:by|from)\s+", re.IGNORECASE)
# "Dean" is a first name as often as a post
_NOT_BEFORE_NAMES = {"dean"}


def _post_then_name(head: str) -> tuple[str, list[str]] | None:
    """(the post, the name's words) when ``head`` is a post then a person's name: « Madame la Ministre Amélie
    Dupont » -> ("Ministre", ["Amélie", "Dupont"]); the longest post that leaves a name."""
    words = head.split()
    for cut in range(len(words) - 1, 0, -1):
        before, after = " ".join(words[:cut]), words[cut:]
        m = _post_match(before)
        if m is None or m["noun"].casefold() in _NOT_BEFORE_NAMES or words[cut - 1].casefold().strip("'’") in _ROLE_LINKS:
            continue
        if (_POST_OF.search(before) and len(after) < 2) or _ORG_WORD.search(" ".join(after)) \
                or any(_post_word(w) for w in after):
            # « Directrice générale de Habitat | Lyon », "Director of the European | Investment Bank", "Secretary |
            # General": the organisation's or the post's last words are no name
            continue
        first = after[0].lower()
        if first in _PARTICLES or first in _HONORIFICS or first in _ROLE_LINKS or _name_words(" ".join(after)) is None:
            return None
        return POST_PREFIX.sub("", before), after
    return None


_ROLE_LINKS = {"de", "du", "des", "of", "for", "à", "au", "aux", "la", "le", "the", "and", "et", "d", "l"}
# what may follow a post with a capital: "Director General", « Directeur Général Adjoint », "Chief Executive Officer"
_ROLE_AFTER = {"general", "général", "générale", "adjoint", "adjointe", "délégué", "déléguée", "executive", "officer",
               "exécutif", "exécutive", "émérite", "emeritus", "honoraire", "honorary", "principal", "principale"}


# A clock time as transcripts write it: "1:02:07", "00:12", "00:00:12.345"
CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# ... in square brackets after a name, a colon perhaps after it: "Katarzyna Nowak [00:01:48] Thank you"
BRACKETED_TIME = re.compile(r"\[(?P<t>" + CLOCK + r")\]\s*[:：]?\s*")

# Each optional separator owns the whitespace after it ("\s*(?:[(]\s*)?", never "\s*[(]?\s*"): two
# adjacent \s* made a line of 20,000 spaces take 30 s of backtracking.
TIMESTAMP = re.compile(
    r"^\s*(?:[\[(]\s*)?(?P<t>" + CLOCK + r"|\d+(?:\.\d+)?(?=\s*[-–]\s*\d))"
    r"(?:\s*[-–]\s*(?:" + CLOCK + r"|\d+(?:\.\d+)?))?\s*(?:[\])]\s*)?(?:[-–]\s*)?"
)


def parse_time(text: str) -> float | None:
    """Seconds from ``HH:MM:SS(.mmm)``, ``MM:SS`` or plain seconds."""
    text = text.strip().replace(",", ".")
    try:
        if ":" not in text:
            return float(text)
        parts = [float(p) for p in text.split(":")]
    except ValueError:
        return None
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    # "99999…9 - 1" can overflow to infinity, which no renderer can print as a time
    return seconds if math.isfinite(seconds) else None


@dataclass(frozen=True)
class Label:
    """A parsed speaker label."""

    raw: str                        # as written, markup and timestamp removed
    name: str | None                # person name, normalised ("Claire Dumont" from "DUMONT Claire")
    affiliation: str | None = None  # from "(Org)" or a capitalised ", Org" part
    role: str | None = None         # lower-case descriptive part: "directrice de la recherche"
    # person | role (a post, no name) | anonymous | audience | moderator | interpreter | narration (no one's words)
    kind: str = "person"

    @property
    def key(self) -> str:
        """What identifies the speaker across turns: the name, else the raw label, case-folded."""
        if self.kind in ("interpreter", "narration"):
            return self.kind            # one voice for the booth: « L'interprète », "[Translation]"
        if self.kind == "role":
            # « M. le Maire » and « Le Maire » are one post; « Mme la Ministre » and « M. le Ministre » are two people
            return ADDRESSED.sub("", (self.role or self.raw).casefold())
        return (self.name or self.raw).casefold()


def _strip_markup(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^#{1,6}\s*", "", text)          # markdown heading
    text = re.sub(r"^>\s*", "", text)
    text = text.replace("**", "").replace("__", "")
    return text.strip(" \t*_-–—•")


# someone's initials as a label: two capitals, or three with no vowel ("MK", "JPM"; "TOM" is Tom)
_INITIALS = re.compile(r"[A-Z]{2}|[B-DF-HJ-NP-TV-XZ]{3}")


def normalize_name(words: list[str]) -> str:
    """Title-case shouted surnames and put "NOM Prénom" back in "Prénom Nom" order."""
    if len(words) > 2 and words[0].lower() == "de" and words[1].lower() == "heer":
        words = words[1:]      # « De heer Bakker » is Mr Bakker, no « De Bakker »
    if len(words) == 1 and _INITIALS.fullmatch(words[0]):
        return words[0]     # "MK" is initials, not "Mk"
    def is_caps(w: str) -> bool:
        letters = [c for c in w if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    def title(w: str) -> str:
        return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))

    # (honorifics open a name: « Julie M. » is Julie M., the initial of her surname, not « Julie » and a Monsieur)
    lead = next((i for i, w in enumerate(words) if w.lower() not in _HONORIFICS), len(words))
    core = [w for w in words[lead:] if w.lower() not in _HONORIFICS or len(w.rstrip(".")) == 1]
    if core and all(len(w.strip(".")) <= 1 for w in core):
        # an anonymised participant ("Professor D", "Dr. A" in research meeting corpora) is named by the whole
        # label: "D" alone reads as nobody
        core = list(words)
    while len(core) > 2 and core[-1] in _POSTNOMINALS:
        core.pop()
    caps = [is_caps(w) for w in core]
    # a hyphenated first name's initials: « JL Bertin » is Jean-Luc Bertin, not a surname « Bertin Jl »
    initials = bool(core) and bool(re.fullmatch(r"[A-ZÀ-Ý](?:\.?-?[A-ZÀ-Ý])\.?", core[0])) and len(core) >= 2
    if core and any(caps) and not all(caps) and not initials:
        # "DUMONT Claire" -> "Claire DUMONT": surname first in capitals is the French minutes habit
        if caps[0] and not caps[-1]:
            n = caps.index(False)
            core = core[n:] + core[:n]
    out = []
    for w in core:
        if w.lower() in _PARTICLES and out:
            # "DE LA FONTAINE" -> "de la Fontaine"; "Sophie Van Acker" keeps the family's own spelling
            out.append(w.lower() if is_caps(w) or w.islower() else w)
        elif is_caps(w) and not (len(w) <= 3 and w.endswith(".")) and not (initials and not out):
            out.append(title(w))
        else:
            out.append(w)
    return " ".join(out)


def _name_words(head: str) -> list[str] | None:
    """The words of ``head`` if it reads as a person's name (honorific, capitalised words, particles)."""
    words = head.replace("’", "'").split()
    if not 1 <= len(words) <= 6:
        return None
    names = 0
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _HONORIFICS:
            continue
        if lw in _PARTICLES or lw.startswith(("d'", "l'")) and _NAME_WORD.match(w[2:] or "x"):
            if lw.startswith(("d'", "l'")) and len(w) > 2:
                names += 1
            continue
        if _NAME_WORD.match(w) and not w.endswith("'"):
            names += 1
            continue
        return None
    if names == 0:
        return None
    return words


_LOWER_ORG = re.compile(
    r"(?:ministère|université|mairie|ville|conseil\s+(?:régional|départemental|municipal)|département|école"
    r"|faculté|commission|agence|caisse|région|préfecture|communauté|métropole|fondation|association"
    r"|institut|observatoire|laboratoire|chambre|syndicat|fédération|secrétariat)\b", re.IGNORECASE)


# a post written with capitals: "Head of the Small Business Programme", "Director of Research"
_CAPITAL_POST = re.compile(r"^(?:(?:deputy|vice|co-?|acting|senior|interim)\s+)?(?:head|chief|director|directrice"
                           r"|directeur|chair|chairman|chairwoman|president|présidente?|responsable|cheff?e|manager"
                           r"|lead|professor|professeure?)\s+(?:of|de|du|des|d['’]|for)\s", re.IGNORECASE)


# a post written in capitals, its own words before its noun: "Transport Planning Manager", "Senior Policy Officer"
_CAPITAL_POST_NAME = re.compile(rf"(?:[A-Z][\w&-]*\s+){{0,4}}(?i:{POST_NOUNS}|head\s+of\s+[\w ]+|lead|analyst|adviser"
                                r"|advisor|engineer|planner|consultant|specialist)"
                                # ("Minister for Skills", "Director of Research")
                                r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,2})?")


def _capital_post(parts: list[str], k: int) -> bool:
    """Whether ``parts[k]`` of a label's tail is a post written in capitals ("Director", "Transport Planning
    Manager", "Minister for Skills" before "Department for Education"); a post with its field is one only before an
    organisation: "Minister of Innovation, Science and Industry" is one post, commas and all."""
    p = parts[k]
    if not _CAPITAL_POST_NAME.fullmatch(p) or _ORG_WORD.search(p):
        return False
    if re.search(r"\s(?:of|for)\s", p):
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        return bool(_ORG_WORD.search(nxt) or re.search(r"(?i)\b(?:department|agency|trust|forum|network|alliance"
                                                          r"|parliament|assembly|senate)\b", nxt))
    return True


def _split_rest(rest: str) -> tuple[str | None, str | None]:
    """Split what follows a name ("directrice, Impact Tank") into (role, affiliation)."""
    parts = [p.strip() for p in re.split(r"\s*[,;–—|]\s*|\s+-\s+", rest) if p.strip()]
    role_parts, aff_parts = [], []
    for k, p in enumerate(parts):
        # "ministère de la Culture", "université de Lille": French institutions are often written lower-case
        # ("Helen Barker, Director, Learning Futures Forum": "Director" is her post, printed inside the organisation)
        org = (p[:1].isupper() or p[:1].isdigit() or bool(_LOWER_ORG.match(p))) \
            and not (_CAPITAL_POST.match(p) and len(parts) > 1) \
            and not (len(parts) > 1 and _capital_post(parts, k))
        (aff_parts if org else role_parts).append(p)
    role = ", ".join(role_parts) or None
    aff = ", ".join(aff_parts) or None
    return role, aff


def _split_parts(raw: str) -> tuple[str, str | None, str | None]:
    """Split "Name (Org (Sub)), rest" into (head, parenthesis, rest), honouring nested parentheses."""
    open_at = raw.find("(")
    comma = re.search(r"[,;–—|]|\s-\s", raw)
    if open_at > 0 and (comma is None or comma.start() > open_at):
        depth = 0
        for i in range(open_at, len(raw)):
            depth += {"(": 1, ")": -1}.get(raw[i], 0)
            if depth == 0:
                tail = raw[i + 1:].strip()
                rest = re.sub(r"^[,;–—|-]\s*", "", tail) or None
                if tail and rest == tail:
                    break  # text after the parenthesis with no separator: not a label shape
                return raw[:open_at].strip(), raw[open_at + 1:i].strip() or None, rest
    if comma is not None and comma.start() > 0:
        return raw[: comma.start()].strip(), None, raw[comma.end():].strip() or None
    return raw, None, None


_UNIONS = re.compile(r"(?i:european\s+union|union\s+européenne|african\s+union|union\s+africaine|eu|ue)")


def delegation(head: str) -> bool:
    """Whether a label is a country or a union of them: "France", "Germany", « Allemagne », "European Union"."""
    from ..countries import find_country   # (imported when used: countries reads nothing of ingest)

    return bool(_UNIONS.fullmatch(head)) or (len(head.split()) <= 4 and find_country(head) is not None
                                             and find_country(head).casefold() == head.casefold())


# what a body holds, or a part of the day, not who speaks: « Conseil municipal - Séance », « Session 1 — Réaménager »
_SITTING = re.compile(r"(?i)\b(?:séance|session|sitting|meeting|réunion|audition|hearing|panel|atelier|workshop"
                      r"|plénière|plenary|débat|debate|webinaire?|conférence|conference|table\s+ronde|round\s*table"
                      r"|partie|part|chapitre|chapter|thème|theme|axe)\b")
_ROOM_PLACE = re.compile(r"(?i)(?:dans |de )?(?:la |the )?(?:salle|room|floor|audience|public|pubblico|publico|público"
                         r"|publikum|zaal|sala)")


def parse_label(text: str) -> Label | None:
    """Parse ``text`` as a speaker label; None when it reads as ordinary prose."""
    raw = _strip_markup(text).strip().rstrip(":：").strip()
    # (a select committee's question number before who asks: "Q12 Chair", "Q15 Dr Sarah Jones")
    raw = re.sub(r"^Q\d{1,4}\s+(?=\S)", "", raw)
    # (the pronouns a meeting app shows after the name are no post: "Fatima El Amrani (she/her)" was printed with
    # « she/her » as her title, and the post the chair gave her lost her organisation)
    raw = re.sub(r"\s*\((?i:she|he|they|xe|ze|elle|il|iel|sie|er)\s*/\s*[a-z]+(?:\s*/\s*[a-z]+)?\)", "", raw).strip()
    if not raw or len(raw) > 120 or raw.count(" ") > 16:
        return None
    if re.search(r"[a-zà-ÿ]{3,}[.!?]\s+[A-ZÀ-Ý]", raw):
        # a sentence ends inside it: a subtitle's line "Forum, and I'll be your moderator today. A couple of practical
        # points:" is speech going on, not a speaker called Forum (her organisation had become the next line)
        return None
    if raw.endswith((".", "?", "!", "…", "»", '"', "”")) and not re.search(r"\b[A-Z][a-z]{0,3}\.$", raw) \
            and not re.search(r"«[^«»]*»$|“[^“”]*”$", raw):
        # (a name in quotes closes a group's: « M. Laurent Perrin, conseiller municipal, groupe « Agir ensemble » »)
        return None
    if _INITIALS.fullmatch(raw):
        # "AH:", "MK:": a panel's initials (its cast list says whose: "Amira Haddad, Bruegel (AH)"); « Ah » in
        # capitals before a colon is no interjection (all seven of her turns had been the chair's)
        return Label(raw=raw, name=raw, kind="person")
    if raw.casefold() in _NOT_LABELS:
        return None
    # the minutes' header that says who presides (« Présidence de M. Bernard Cazals, maire »), not a speaker
    if re.match(r"(?i:(?:sous\s+la\s+)?présidence\s+d[e'’]|chaired\s+by\b|presided\s+(?:over\s+)?by\b)", raw):
        return None
    if raw in ("Q", "Q."):
        return Label(raw=raw, name=None, kind="audience")   # "Q:" asks from the floor (or the interviewer's chair)
    if raw.casefold() in ("[narration]", "[chapeau]", "[standfirst]"):
        return Label(raw=raw, name=None, kind="narration")   # (an interview's standfirst, as the reader marks it)
    if _INTERPRETER.match(raw):
        # « [traduction] L'interprète », "Interpreter": someone else's words again, in another language; never a
        # speaker's own (the interpreter's summary of an answer was quoted as the official's headline)
        return Label(raw=raw, name=None, kind="interpreter")
    if _ANONYMOUS.match(raw) or raw.casefold() in _GENERIC_VOICES:
        return Label(raw=raw, name=None, kind="anonymous")
    head, paren, rest = _split_parts(raw)
    head = head.strip()
    if rest and re.split(r"\s*[,;–—|]\s*", rest, maxsplit=1)[0].casefold() in _GOES_ON:
        return None
    if _AUDIENCE.match(head) and paren and not rest:
        # « Question de la salle (Paul Lemaire, association Les Ateliers du Nord) »: someone in the room, named
        inner = parse_label(paren)
        # (a first name alone with what they are: « Intervento dal pubblico (Sara, studentessa) »)
        # (or with where they call from: "Listener voicemail (Tom, Leeds)"; or both: « Question de la salle (Bernard,
        # retraité, Tourcoing) » was a nameless voice whose organisation was « Bernard, retraité, Tourcoing »)
        alone = inner is not None and inner.name and len(inner.name.split()) == 1 \
            and bool(inner.role or inner.affiliation)
        if inner is not None and inner.kind == "person" and inner.name and (len(inner.name.split()) >= 2 or alone) \
                and not _ORG_WORD.search(inner.name):   # (« Participante (Ville de Lyon) » is no one's name)
            return Label(raw=raw, name=inner.name, affiliation=inner.affiliation, role=inner.role, kind="audience")
    if (_ANONYMOUS.match(head) or head.casefold() in _GENERIC_VOICES) and paren and not rest:
        # "GUEST (Priya Raman)", "HOST 1 (Dana)": the voice, named (her name had been printed as her organisation)
        inner = parse_label(paren)
        if inner is not None and inner.kind == "person" and inner.name and not _ORG_WORD.search(inner.name) and (
                len(inner.name.split()) >= 2 or _NAMED_VOICE.match(head) and re.fullmatch(r"[A-Z][a-zà-ÿ'’-]+", paren)):
            return Label(raw=raw, name=inner.name, affiliation=inner.affiliation, role=inner.role, kind="person")
    if _AUDIENCE.match(head) or _ANONYMOUS.match(head) or head.casefold() in _GENERIC_VOICES:
        # (« Participant (salle) », "Participant (floor)": where they sit, not their organisation; the day's eight
        # askers were each signed « (salle) »)
        if paren and _ROOM_PLACE.fullmatch(paren.strip()):
            return Label(raw=raw, name=None, kind="audience")
        return Label(raw=raw, name=None, affiliation=paren, kind="audience" if _AUDIENCE.match(head) else "anonymous")
    if _MODERATOR.match(head) or head.casefold() in {"the chair", "chair", "le président", "la présidente", "président",
                                                     "présidente"}:
        # "The Chair (Hon. Anthony Rota (Nipissing, Lib.))": a role whose parenthesis names the person
        inner = parse_label(paren) if paren else None
        if paren and re.fullmatch(r"(?i:(?:la\s+|le\s+|the\s+|une?\s+|a\s+)?journalist(?:e|in)?)", head) and (
                inner is None or inner.kind != "person" or re.match(r"(?i:(?:le|la|les)\s|l['’])", paren)
                or paren.isupper() or _ORG_WORD.search(paren) or " " not in paren.strip()):
            # « Journaliste (Le Monde) », « Journaliste (AFP) » at a press conference: someone asking, from their
            # newspaper (each had been a moderator named « Le Monde », « Afp »)
            return Label(raw=raw, name=None, affiliation=paren, kind="audience")
        if inner is not None and inner.kind == "person":
            return Label(raw=raw, name=inner.name, affiliation=inner.affiliation, role=head, kind="moderator")
        # "Moderator, Anna Berg (OECD)": the name after the role
        named = _name_words(rest) if rest and not paren else None
        if named is not None:
            return Label(raw=raw, name=normalize_name(named), role=head, kind="moderator")
        return Label(raw=raw, name=None, affiliation=paren, kind="moderator")
    # « Modératrice Claire Dumont », "Moderatorin Anna Becker": the role, then the name, on one label
    for cut in (m.end() for m in re.finditer(r"\S+", head)):
        role_words, name_part = head[:cut], head[cut:].strip()
        if name_part and _MODERATOR.match(role_words) and _name_words(name_part) is not None:
            inner = parse_label(name_part + (f" ({paren})" if paren else "") + (f", {rest}" if rest else ""))
            if inner is not None and inner.kind == "person":
                return Label(raw=raw, name=inner.name, affiliation=inner.affiliation, role=role_words,
                             kind="moderator")
    if head.casefold() in _NOT_LABELS:
        return None
    said_by = _SAID_BY.match(head)
    if said_by and head[said_by.end():].strip():
        # « Intervention de M. Dupont », « Réponse de Anna Berg »: the person after the words
        inner = parse_label(head[said_by.end():] + (f" ({paren})" if paren else "") + (f", {rest}" if rest else ""))
        if inner is not None and inner.kind in ("person", "role", "moderator"):
            # a post or the chair with no name is labelled as its next turns will be: « Allocution de la
            # Présidente », then « La Présidente » is one speaker, printed « La Présidente »
            return replace(inner, raw=raw) if inner.name else replace(inner, raw=inner.raw[:1].upper() + inner.raw[1:])
    post = None if rest and not paren and _ROLE_LABEL.match(head) else _post_then_name(head)
    if post is not None:
        # « La ministre Amélie Dupont », "Commissioner Breton", "Project Manager Anna Berg": the person, and their post
        title, words = post
        role, aff = _split_rest(rest) if rest else (None, None)
        if paren:
            aff = ", ".join(x for x in (paren, aff) if x)
        return Label(raw=raw, name=normalize_name(words), affiliation=aff or None,
                     role=", ".join(x for x in (title, role) if x), kind="person")
    named = _name_words(rest) if rest and not paren and _ROLE_LABEL.match(head) and not _ORG_WORD.search(rest) else None
    if named is not None and (_POST_OF.search(head) or named[0].lower() in _HONORIFICS):
        # « Directrice générale de Habitat Lyon, Sophie Martin », « Rapporteur, M. Dupont »: the post, then the person
        # (with no organisation in the post, "Directrice générale, Impact Tank" is the post and its organisation)
        return Label(raw=raw, name=normalize_name(named), role=POST_PREFIX.sub("", head), kind="person")
    if role_label(head):
        # « Mme la Ministre », "Directrice générale (Ville de Lyon)": a post; the label is what is printed
        _, aff = _split_rest(rest) if rest else (None, None)
        if head.isupper():
            head = head[:1] + head[1:].lower()     # « LA MINISTRE » is printed « La ministre »
        return Label(raw=raw, name=None, affiliation=", ".join(x for x in (paren, aff) if x) or None, role=head,
                     kind="role")
    if not paren and not rest and delegation(head):
        # "France:", "European Union:" in an intergovernmental record: the delegation speaks, named by its
        # delegate's own words ("I am Maria Lindqvist…") as a post is (printed « Selon France » before)
        return Label(raw=raw, name=None, role=head, kind="role")
    device = _DEVICE.match(head) if not paren and not rest else None
    if device and _name_words(device["a"] or device["b"]) is not None:
        # « iPhone de Marie » until she renames herself « Marie Leclerc » (her first turns had gone to the chair)
        return Label(raw=raw, name=normalize_name(_name_words(device["a"] or device["b"])), kind="person")
    named = _name_words(rest) if rest and not paren and re.match(r"\s*[-–—|]", raw[len(head):]) else None
    if named is not None and named[0].lower() not in _PARTICLES | {"les", "the", "a", "an", "un", "une"} \
            and not _ORG_WORD.search(rest) and not role_label(rest) and not _SITTING.search(raw) \
            and (_BODY_WORD.match(head) or _BODY_END.search(head) or _ORG_WORD.search(head)):
        # a meeting app's display name, organisation first: « Fondation Numérique Solidaire - Julie (she/her) » was
        # no label, so the host's words ran into the title and the other speakers' quotes (review BA); a place after
        # the body is none (« Conseil de quartier Bellevue – Les Tilleuls », a title)
        return Label(raw=raw, name=normalize_name(named), affiliation=head, kind="person")
    words = _name_words(head)
    if words is None:
        return None
    if (_BODY_WORD.match(head) or _BODY_END.search(head)) and not any(w.lower().strip(".") in _HONORIFICS for w in words):
        # « Ville de Saint-Aubin-des-Prés — Conseil municipal », "Environmental Audit Committee" (a record's first
        # line) is a body, not someone who speaks
        return None
    if rest and re.search(r"\d{4}|\b\d{1,2}\s+\w+\s+\d{2,4}\b", rest):
        return None  # "Paris, 11 février 2022": a place and a date, not a speaker
    role, aff = _split_rest(rest) if rest else (None, None)
    if paren:
        first, _, after = (x.strip() for x in paren.partition(","))
        if _MODERATOR.match(first):
            # "Anna Berg (Moderator)", « Claire Dumont (Modératrice, Impact Tank) »: the chair, named
            return Label(raw=raw, name=normalize_name(words), affiliation=after or aff, role=role, kind="moderator")
        if first.casefold() in _GENERIC_VOICES | {"keynote", "keynote speaker", "intervenant", "intervenante"}:
            paren = after   # "(Panelist, OECD)": their part in the programme, neither organisation nor post
    if paren:
        # "(Org)" is the affiliation; lower-case parentheticals are roles: "(adjointe au maire)"
        if paren[:1].islower():
            role = ", ".join(x for x in (paren, role) if x)
        else:
            # ... and a post in capitals before the organisation is the role: "(Transport Planning Manager,
            # Millbrook Borough Council)" printed the post twice, once as the organisation
            parts = [p.strip() for p in paren.split(",")]
            posts = [p for k, p in enumerate(parts[:-1]) if _capital_post(parts, k)]
            if posts and len(posts) < len(parts):
                role = ", ".join(x for x in (", ".join(posts), role) if x)
                paren = ", ".join(p for p in parts if p not in posts)
            aff = ", ".join(x for x in (paren, aff) if x)
    return Label(raw=raw, name=normalize_name(words), affiliation=aff, role=role, kind="person")


_QUESTION = {"question", "questions", "frage", "pregunta", "domanda", "vraag"}
# one person of a cast list, with the initials the turns go by: "Amira Haddad, Bruegel (AH)"
_CAST_ENTRY = re.compile(r"^(?P<who>[^:;()]{3,120}?)\s*\((?P<ini>[A-Z]{2,4})\)[.,]?$")


def cast_list(line: str) -> dict[str, Label]:
    """The people a header line lists by initials, keyed by them: "Participants: Amira Haddad, Bruegel (AH); Tomasz
    Nowak, Polish Economic Institute (TN). Chair: Martin Keller, Friends of Europe (MK)." The chair is the moderator."""
    out: dict[str, Label] = {}
    # (a sentence per part of the programme: "… (CD). Chair: Martin Keller …")
    for part in re.split(r"(?<=\))\s*[.,]\s+|(?<=\))\s+(?:and|et|&|und|y|e)\s+|\s*;\s*|\s+[–—|]\s+", line.strip()):
        heading, _, who = part.rpartition(":")
        m = _CAST_ENTRY.match(who.strip())
        label = parse_label(m["who"].strip()) if m else None
        if label is None or label.kind != "person" or not label.name or len(label.name.split()) < 2:
            continue
        chair = _MODERATOR.match(heading.strip()) is not None
        out[m["ini"]] = replace(label, raw=m["ini"], kind="moderator" if chair else "person")
    return out


def turn_label(text: str) -> Label | None:
    """The label of a turn the reader has already cut: as :func:`parse_label`, and « Question », which opens a
    turn only where it asks (see :func:`split_inline`), is the audience."""
    label = parse_label(text)
    raw = _strip_markup(text).rstrip(":：").strip()
    if label is None and raw.casefold() in _QUESTION:
        return Label(raw=raw, name=None, kind="audience")
    return label


_INLINE = re.compile(r"^(?P<label>[^:：]{1,120}?)\s*[:：](?:\s+|$)(?P<text>.*)$", re.DOTALL)
# a time in brackets between a speaker's name and the colon: "Anna Berg (00:02): …", "Speaker 1 [01:02:07]: …"
# (with a part in parentheses before the time: "Anna Berg (Moderator) [00:01:02]: …")
_TIMED_INLINE = re.compile(r"^(?P<label>[^:：\[\]()]{1,100}?(?:\s*\([^():：]{1,80}\))?)\s*"
                           r"[\[(](?P<t>" + CLOCK + r")"
                           r"[\])]\s*[:：](?:\s+|$)(?P<text>.*)$", re.DOTALL)
_TIMED_BARE = re.compile(r"^(?P<label>[^:：\[\]()]{1,60}?(?:\s*\([^():：]{1,80}\))?)\s*"
                         r"\[(?P<t>" + CLOCK + r")\]\s+(?P<text>\S.*)$", re.DOTALL)
# The French parliamentary records' label: the speaker, a full stop and a dash (« M. Jean Dupont. – Mes chers
# collègues… », « Mme la ministre. – … », « M. le président. – … »). Only after an honorific or a chair's
# post, so prose ("Merci. – …") stays prose
# (a witness's whole post may run long: « Mme Sophie Durand, directrice générale de l'Agence nationale pour la
# rénovation des logements. – » lost her opening statement to the chair)
_RECORD_INLINE = re.compile(r"^(?P<label>(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Le|La)\s[^.:：–—]{1,160}"
                            r"(?:\.[^.:：–—\s][^.:：–—]{0,40})?)\.\s*[–—]\s*(?P<text>\S.*)$", re.DOTALL)


def _opens_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation open: « or “ not closed, or an odd number of straight quotes."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def split_inline(line: str) -> tuple[float | None, Label | None, str]:
    """Split ``[00:12:03] Name (Org): text`` into (seconds, label, text); label None if there is none."""
    seconds = None
    m = TIMESTAMP.match(line)
    if m and (m.end() < len(line)):
        seconds = parse_time(m["t"])
        line = line[m.end():]
    stripped = line.lstrip()
    lead = _BRACKETED_LEAD.match(stripped)
    if lead and not _INLINE.match(stripped[lead.end():]) and stripped[lead.end():].strip():
        # « [traduction] Mme Vermeulen propose… »: the interpreter's words, whoever spoke before
        return seconds, Label(raw=stripped[:lead.end()].strip(), name=None, kind="interpreter"), stripped[lead.end():]
    # "**Name:** text" and "**Name**: text" in Markdown
    md = re.match(r"^(\*\*|__)(?P<label>[^*_]{1,120}?)\s*[:：]?\s*\1\s*[:：]?\s*(?P<text>.*)$", stripped, re.DOTALL)
    if md and (":" in stripped[: md.start("text")] or "：" in stripped[: md.start("text")]):
        label = parse_label(md["label"]) or (turn_label(md["label"]) if "?" in md["text"] else None)
        if label is not None:
            return seconds, label, md["text"]
    # the time after the name, as Rev writes it: "Anna Berg (00:02): …"
    timed = _TIMED_INLINE.match(stripped)
    if timed and (label := parse_label(timed["label"])) is not None:
        return (parse_time(timed["t"]) if seconds is None else seconds), label, timed["text"]
    # ... or with no colon, the time in square brackets: "Katarzyna Nowak [00:01:48] Thank you, Helen." (a full
    # name, a post or a numbered voice: "Paris [00:12:00] …" is no speaker)
    timed = _TIMED_BARE.match(stripped)
    if timed and (label := parse_label(timed["label"])) is not None \
            and (label.kind != "person" or len(label.raw.split()) >= 2):
        return (parse_time(timed["t"]) if seconds is None else seconds), label, timed["text"]
    record = _RECORD_INLINE.match(stripped)
    if record and (label := parse_label(record["label"])) is not None and label.kind in ("person", "role",
                                                                                          "moderator"):
        return seconds, label, record["text"]
    m = _INLINE.match(stripped)
    # (not a colon inside a quotation the line opens: « Table ronde « Travailler après 55 ans : chance ou
    # impasse ? » — émission… » is a title, whose first half was read as a speaker)
    if m and _opens_quote(m["label"]):
        m = None
    if m:
        label_text, said = m["label"], m["text"]
        # a URL or clock time is not a label ("https://", "à 10:30")
        if _ANONYMOUS.match(label_text.strip()) or not re.search(r"https?$|\d$", label_text.strip()):
            label = parse_label(label_text)
            if label is None and "?" in said:
                # « Question : Comment financer… ? » in a Q&A: someone in the room, not the speaker before
                label = turn_label(label_text)
            named = _NAMED_BY_LINE.match(label_text.strip()) and not re.search(r"[.!?…]\s|[.!?…]$", said.strip()) \
                and parse_label(said)
            if label is not None and named and named.kind == "person" and named.name:
                # a header that says who the speaker is: "Speaker: Priya Raman, Head of the Small Business
                # Programme, National Cyber Resilience Centre" above a keynote's paragraphs
                return seconds, named, ""
            if label is not None:
                # ... or at the start of the text, as Sonix does: "Anna Berg: [00:00:12] …"
                lead = re.match(r"^\s*[\[(](?P<t>" + CLOCK + r")[\])]\s*", said)
                if lead:
                    said = said[lead.end():]
                    seconds = parse_time(lead["t"]) if seconds is None else seconds
                return seconds, label, said
    return seconds, None, line


# A word for whoever speaks, followed on its line by who that is: "Speaker: Priya Raman, …", « Intervenante : … »
_NAMED_BY_LINE = re.compile(r"^(?:(?:keynote|guest|main)\s+)?(?:speaker|intervenante?|orat(?:eur|rice)"
                            r"|conférenci(?:er|ère)|invitée?|guest|ponente|relat(?:ore|rice)|sprecher(?:in)?"
                            r"|redner(?:in)?)$", re.IGNORECASE)


# An interjection printed inside another speaker's paragraph, as parliamentary records do: "... cut their
# interest by half Mr. Brian Masse: Not on credit cards." Only an honorific followed by a full name and a
# colon counts (a bare "Anna:" mid-line is too often prose).
_MIDLINE = re.compile(
    rf"(?<=[\w.,;!?…»”)])\s+(?=(?:Mr|Mrs|Ms|Dr|Hon|Mme|M)\.?\s+(?:[{_UPPER}][\w'’-]+\.?\s+)?"
    rf"[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+){{1,3}}\s*[:：]\s)"
    # a whole transcript pasted as one line: "…is exactly this. Priya Nair (Transport Focus): I want to…" (the
    # affiliation in brackets, after a sentence's end, makes it a label)
    rf"|(?<=[.!?…»”])\s+(?=[{_UPPER}][\w'’-]+(?:\s+(?:(?:de|van|von|der|den|da|di|du|le|la)\s+)?[{_UPPER}][\w'’-]+)"
    rf"{{1,3}}\s*\([^()\n]{{2,80}}\)\s*[:：]\s)")


def is_moderator_word(text: str) -> bool:
    """Whether ``text`` only says its speaker chairs: « Modératrice », "Moderatorin", "Chair"."""
    return bool(_MODERATOR.match(" ".join(text.split())))


# the words before a name in reported speech ("as Mr. John Smith said: ...", « selon M. Jean Dupont : … »)
_REPORTING = {
    "said", "says", "say", "wrote", "writes", "asked", "asks", "told", "tells", "declared", "stated", "added", "it",
    "by", "from", "to", "of", "with", "and", "or", "as", "like", "quote", "quoting", "dear", "thank", "thanks",
    "dit", "disait", "déclaré", "déclarait", "écrit", "écrivait", "rappelé", "rappelait", "ajouté", "ajoutait",
    "demandé", "répondu", "selon", "par", "de", "du", "avec", "et", "ou", "à", "comme", "cite", "citer", "cher",
    "chère", "merci", "remercie",
}


def split_midline(text: str, speaker: Label | None = None) -> list[tuple[Label | None, str]]:
    """``text`` cut where another speaker's label starts mid-line: [(None, first part), (label, words), ...].
    ``speaker``, whose line it is, may take it back in lower case after an interjection, as the records of
    assemblies print it ("…by half  Mr. Brian Masse: Not on credit cards.  Hon. Bill Morneau: and that's
    been important")."""
    out: list[tuple[Label | None, str]] = [(None, text)]
    for m in reversed(list(_MIDLINE.finditer(text))):
        head, tail = out[0][1][: m.start()], out[0][1][m.end():]
        label_text, _, words = tail.partition(":") if ":" in tail.split("：")[0] else tail.partition("：")
        label = parse_label(label_text.strip())
        words = words.strip()
        # what follows a label opens a sentence: "We met Mr. Brian Masse: he said no." is prose
        last = re.findall(r"[\w'’]+", head.casefold())[-1:] or [""]
        resumes = speaker is not None and label is not None and label.key == speaker.key and words[:1].islower()
        if label is None or label.kind != "person" or not (words[:1].isupper() or resumes) or not head.strip() \
                or last[0] in _REPORTING:
            continue
        out[0] = (None, head)
        out.insert(1, (label, words))
    return out
