"""Words the reports print, per report language."""
from __future__ import annotations

import datetime
import re
from typing import Mapping, Sequence

from ..countries import country_name, place_name
from ..ingest.labels import ADDRESSED, POST_PREFIX, role_label
from ..names import fold
from ..posts import post_in
from .typography import nested, typeset, typeset_quote
from ..records import Quote, Speaker
from .typography import sentence_case

__all__ = ["TEXT", "LANGUAGE_NAMES", "ROLES", "FIELDS", "speaker_name", "attribution", "quote_marks", "format_date",
           "compose_body", "event_intro", "MONTHS", "identified"]

TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "key_messages": "Messages clés",
        "untitled": "Synthèse de la rencontre",
        "intro": "Les {n} messages clés à retenir des interventions :",
        "intro_one": "Le message clé à retenir des interventions :",
        "intro_talk": "Les {n} messages clés à retenir de l'intervention :",
        "intro_talk_one": "Le message clé à retenir de l'intervention :",
        "event_intro": "{when}{event}{title} a réuni {people}.",
        "event_intro_one": "{when}{event}{title} a donné la parole à {people}.",
        "event_noun": "la rencontre",
        "event_people": "{n} intervenant·e·s : {names}",
        "event_people_some": "{n} intervenant·e·s, dont {names}",
        "event_others": "{names} et {k} autres",
        "event_and": " et ",
        "event_moderated": "Les échanges étaient animés par {names}.",
        "event_on": "Le {date}",
        "event_in": "à {place}",
        "speakers": "Intervenant·e·s",
        "speaker": "Intervenant·e {n}",
        "audience": "Participant·e de la salle",
        "unknown": "Intervenant·e non identifié·e",
        # the same voices named in the body's prose: « Selon l'intervenant·e 2, … », « Un·e participant·e … ajoute »
        "speaker_prose": "l'intervenant·e {n}",
        "point_by": "Message porté par {who}",
        "disagrees": "{who}, en désaccord",
        "audience_prose": "un·e participant·e de la salle",
        "unknown_prose": "un·e intervenant·e non identifié·e",
        "moderator": "modération",
        "untranslated": "Traduction non disponible : le texte ci-dessous est resté dans sa langue d'origine, "
                        "à traduire avant publication. ({detail})",
        "translated_from": "traduit {of_lang}",
        "interpreted_from": "{of_lang}, selon l'interprète",
        "original_in": "en {lang} dans le texte",
        "spoken_in": "propos tenus en {lang}",
        "translated_by": "Traduction automatique par {model}, à relire.",
        "to_check": "Points à vérifier dans la traduction ({n}) :",
        "model_headlines": "Titres {ranks} rédigés par le modèle {model} à partir des propos des intervenants : "
                           "à relire (la phrase d'origine est dans synthesis.json).",
        "more_to_check": "… et {n} autres (voir synthesis.json)",
        "sources": "Sources des citations",
        "generated": "Brouillon généré par confsynth à partir de : {files}",
        "no_takeaways": "Aucun message clé n'a pu être extrait de cette transcription.",
        "first_voice": "Selon {name}, {quote}",
        "next_voice": ("{name} ajoute : {quote}", "{name} souligne : {quote}"),
        "same_voice": ("{name} poursuit : {quote}", "{name} précise : {quote}"),
        "unknown_again": "Également entendu : {quote}",
        "other_view": "{name} nuance : {quote}",
        "sources_intro": "Où trouver chaque citation dans les transcriptions : message, début de la citation, "
                         "intervenant·e, fichier et ligne ou horodatage.",
        "sources_intro_one": "Où trouver chaque citation dans la transcription {file} : message, début de la "
                             "citation, intervenant·e, ligne ou horodatage.",
        "col_message": "Message",
        "col_quote": "Citation",
        "col_speaker": "Intervenant·e",
        "col_source": "Source",
        "col_name": "Nom",
        "col_affiliation": "Organisation",
        "col_role": "Rôle",
        "line": "ligne {n}",
        "paragraph": "paragraphe {n}",
        "segment": "segment {n}",
        "comment_source": "Transcription : {where}",
        "comment_headline": "Message tiré de la phrase en gras, telle que dite. Transcription : {where}",
        "comment_speaker": "Attribution : {who}, confiance {confidence}",
        "comment_heard": "Reconnaissance vocale : confiance {confidence} dans ces mots (à réécouter en cas de doute)",
        "comment_evidence": "Indices : {evidence}",
        "comment_check": "À VÉRIFIER : attribution incertaine, confirmer le nom avant publication.",
        "comment_anonymous": "À VÉRIFIER : la transcription ne nomme pas cette personne ; retrouver son nom "
                             "avant publication, ou garder la mention neutre.",
        "comment_translated": "Citation traduite ; texte original : {text}",
        "comment_chatham": "Règle de Chatham House : cette personne reste anonyme (son nom n'est pas à chercher).",
    },
    "en": {
        "key_messages": "Key messages",
        "untitled": "Event synthesis",
        "intro": "The {n} key messages from the speakers:",
        "intro_one": "The key message from the speakers:",
        "intro_talk": "The {n} key messages from the talk:",
        "intro_talk_one": "The key message from the talk:",
        "event_intro": "{when}{event}{title} brought together {people}.",
        "event_intro_one": "{when}{event}{title} gave the floor to {people}.",
        "event_noun": "the event",
        "event_people": "{n} speakers: {names}",
        "event_people_some": "{n} speakers, including {names}",
        "event_others": "{names} and {k} others",
        "event_and": " and ",
        "event_moderated": "The discussion was moderated by {names}.",
        "event_on": "On {date}",
        "event_in": "in {place}",
        "speakers": "Speakers",
        "speaker": "Speaker {n}",
        "audience": "Audience member",
        "unknown": "Unidentified speaker",
        "speaker_prose": "Speaker {n}",
        "point_by": "Point made by {who}",
        "disagrees": "{who}, who disagrees",
        "audience_prose": "an audience member",
        "unknown_prose": "an unidentified speaker",
        "moderator": "moderator",
        "untranslated": "Translation not available: the text below is still in its original language and "
                        "must be translated before publication. ({detail})",
        "translated_from": "translated from {lang}",
        "interpreted_from": "from {lang}, as interpreted",
        "original_in": "original in {lang}",
        "spoken_in": "spoken in {lang}",
        "translated_by": "Machine translation by {model}, to be reviewed.",
        "to_check": "Points to check in the translation ({n}):",
        "model_headlines": "Headlines {ranks} were written by the model {model} from the speakers' words: proofread "
                           "them (the sentence each comes from is in synthesis.json).",
        "more_to_check": "… and {n} more (see synthesis.json)",
        "sources": "Sources of the quotes",
        "generated": "Draft generated by confsynth from: {files}",
        "no_takeaways": "No key message could be extracted from this transcript.",
        "first_voice": "According to {name}, {quote}",
        "next_voice": ("{name} adds: {quote}", "{name} points out: {quote}"),
        "same_voice": ("{name} goes on: {quote}", "{name} adds: {quote}"),
        "unknown_again": "Also heard: {quote}",
        "other_view": "{name} takes a different view: {quote}",
        "sources_intro": "Where each quote is in the transcripts: key message, opening words, speaker, file "
                         "and line or timestamp.",
        "sources_intro_one": "Where each quote is in the transcript {file}: key message, opening words, speaker, "
                             "line or timestamp.",
        "col_message": "Message",
        "col_quote": "Quote",
        "col_speaker": "Speaker",
        "col_source": "Source",
        "col_name": "Name",
        "col_affiliation": "Affiliation",
        "col_role": "Role",
        "line": "line {n}",
        "paragraph": "paragraph {n}",
        "segment": "segment {n}",
        "comment_source": "Transcript: {where}",
        "comment_headline": "Key message drawn from the sentence in bold, as spoken. Transcript: {where}",
        "comment_speaker": "Attribution: {who}, confidence {confidence}",
        "comment_heard": "Speech recognition: {confidence} confidence in these words (listen again if in doubt)",
        "comment_evidence": "Evidence: {evidence}",
        "comment_check": "CHECK: uncertain attribution, confirm the name before publication.",
        "comment_anonymous": "CHECK: the transcript does not name this person; find the name before "
                             "publication, or keep the neutral label.",
        "comment_translated": "Translated quote; original text: {text}",
        "comment_chatham": "Chatham House rule: this person stays anonymous (do not look for the name).",
    },
}

LANGUAGE_NAMES = {
    "fr": {"fr": "français", "en": "anglais", "de": "allemand", "es": "espagnol", "it": "italien",
           "nl": "néerlandais", "pt": "portugais", "pl": "polonais", "sv": "suédois", "da": "danois",
           "fi": "finnois", "el": "grec", "cs": "tchèque", "ro": "roumain", "hu": "hongrois", "uk": "ukrainien",
           "ru": "russe", "ar": "arabe"},
    "en": {"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
           "nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish",
           "fi": "Finnish", "el": "Greek", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "uk": "Ukrainian",
           "ru": "Russian", "ar": "Arabic"},
}


def language_names(code: str, lang: str) -> dict[str, str]:
    """The ways a ``lang`` report names the language ``code``: ``lang`` (« allemand », "German") and ``of_lang``,
    where it comes from (« de l'allemand », « du néerlandais »: "traduit de l'néerlandais" was printed)."""
    name = LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["en"]).get(code, code)
    if lang == "fr":
        return {"lang": name, "of_lang": ("de l'" if name[:1] in "aeéèiouy" else "du ") + name}
    return {"lang": name, "of_lang": name}


def language_note(q: Quote, lang: str) -> tuple[str, bool]:
    """What a ``lang`` report says of a quote's language beside it ("" when nothing), and whether the quote is
    printed in the report's language: « de l'espagnol, selon l'interprète », "translated from French", "original in
    Spanish". Words the transcript gives only as the interpreter rendered them (« Klaus Becker : [interprétation de
    l'allemand] Merci beaucoup… ») say what the speaker spoke too: the French draft printed them as Klaus Becker's
    own French, and the English one "(original in French)"."""
    t = _t(lang)
    if q.language == lang:
        note = t["interpreted_from"].format(**language_names(q.spoken_in, lang)) if q.spoken_in else ""
        return note, True
    if lang in q.translations:
        how = "interpreted_from" if lang in q.interpreted else "translated_from"
        note, printed = t[how].format(**language_names(q.language, lang)), True
    else:
        note, printed = t["original_in"].format(**language_names(q.language, lang)), False
    if q.spoken_in and q.spoken_in != q.language:
        note += ", " + t["spoken_in"].format(**language_names(q.spoken_in, lang))
    return note, printed


# the fields of a speaker's evidence (records.Speaker.evidence), as the comments print them
FIELDS = {
    "fr": {"name": "nom", "affiliation": "organisation", "country": "pays", "title": "fonction", "role": "rôle"},
    "en": {},
}

ROLES = {
    "fr": {"speaker": "intervenant·e", "moderator": "modération", "audience": "public"},
    "en": {"speaker": "speaker", "moderator": "moderator", "audience": "audience"},
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def format_date(value: str, lang: str) -> str:
    """An ISO date (2022-02-11) as the language writes it (11 février 2022); any other text unchanged."""
    try:
        d = datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return value
    if value.strip()[10:].strip("T0:Z "):
        return value  # a date with a time of day: keep what the user wrote
    day = "1er" if d.day == 1 and lang == "fr" else str(d.day)
    return f"{day} {MONTHS.get(lang, MONTHS['en'])[d.month - 1]} {d.year}"


def _t(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["en"])


_HONORIFIC_NAME = re.compile(r"^\s*(?P<hon>M\.|Mme|Mlle|Mmes|Me|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Frau|Herr|Sr\.?|Sra\.?)"
                             r"\s+(?P<name>[^\W\d_][\w'’-]+)\b")


def speaker_name(speaker: Speaker, lang: str) -> str:
    """The speaker's name, or the neutral label in the report language (a post in the report's language where
    it is a listed one: « Directrice générale » is "Director General" in the English draft)."""
    if speaker.name:
        if len(speaker.name.split()) == 1:
            # a surname alone, as a council's minutes label it (« Mme Martin », "Dr Okafor"): with its honorific,
            # « Selon Mme Martin », not « Selon Martin »
            for raw in speaker.labels:
                m = _HONORIFIC_NAME.match(raw)
                if m and fold(m["name"]) == fold(speaker.name):
                    return f"{m['hon']} {speaker.name}"
        return speaker.name
    label = speaker.label
    if label.startswith("Speaker "):
        return _t(lang)["speaker"].format(n=label.split()[-1])
    if label == "Audience member":
        return _t(lang)["audience"]
    if label == "Unidentified speaker":
        return _t(lang)["unknown"]
    post = _post_label(label, lang)
    return post[:1].upper() + post[1:] if post else label


def identified(speaker: Speaker) -> bool:
    """Whether the reports say who spoke: a name, or a post (« Mme la Ministre ») when nobody gave the name."""
    return bool(speaker.name) or role_label(speaker.label)


def _post_label(label: str, lang: str) -> str | None:
    """The post a label names, in the report's language, when the label is one and the post is listed in both
    languages (« Mme la Ministre » -> "Minister"); None otherwise."""
    if not role_label(label):
        return None
    core = POST_PREFIX.sub("", label)
    post = post_in(core, lang)
    return post if post != core else None


def prose_name(speaker: Speaker | None, lang: str, starts_sentence: bool) -> str:
    """How the body's prose names a speaker: the name, or an anonymous voice (or one not in the directory) as a
    phrase of the sentence (« Selon l'intervenant·e 2, … », « Un·e participant·e de la salle ajoute : … »,
    "According to an audience member, …"), not a label (« Selon Intervenant·e 2 »)."""
    if speaker is not None and speaker.name:
        return speaker_name(speaker, lang)     # (« Mme Martin » where the minutes give her surname only)
    t, label = _t(lang), speaker.label if speaker is not None else "Unidentified speaker"
    if label.startswith("Speaker "):
        phrase = t["speaker_prose"].format(n=label.split()[-1])
    elif label == "Audience member":
        phrase = t["audience_prose"]
    elif label == "Unidentified speaker":
        phrase = t["unknown_prose"]
    elif role_label(label):
        phrase = post_prose(label, lang)
    else:
        return speaker_name(speaker, lang)
    return phrase[:1].upper() + phrase[1:] if starts_sentence else phrase


# French posts whose form says who holds them; the others (« ministre », « maire », « secrétaire ») say it by
# their article or adjective, or not at all
_FEMININE = re.compile(r"(?i:^(?:vice-|co-|sous-)?(?:\w+rice|\w+ère|présidente|adjointe|députée|déléguée|préfète|doyenne"
                       r"|experte|chercheuse|rapporteure|chargée|cheffe|gouverneure)$|(?:générale|adjointe|déléguée)$)")
_MASCULINE = re.compile(r"(?i:^(?:vice-|co-|sous-)?(?:\w+eur|\w+ier|président|adjoint|député|délégué|préfet|doyen|expert"
                        r"|chargé|chef)$|(?:général|adjoint|délégué)$)")


def post_prose(label: str, lang: str) -> str:
    """A post printed as a label ("Directrice générale", "The Minister", "Mme la Ministre") as the body's prose
    names it: « la directrice générale », "the Minister", « Mme la Ministre »; « le ou la » where the French word
    does not say (« ministre » alone)."""
    translated = _post_label(label, lang)
    if translated:
        # « Directrice générale » in the English draft: "the Director General"; "The Minister" in the French one
        if lang != "fr":
            return "the " + translated
        return ("l'" if translated[:1] in "aeiouéèêh" else "le ou la ") + translated   # (French ones are epicene)
    words = label.split()
    first = words[0].casefold()
    if ADDRESSED.match(label):
        return label                                  # « Mme la Ministre », "Mr. Speaker": as addressed
    if first in ("le", "la", "the") or label.casefold().startswith(("l'", "l’")):
        return label[:1].lower() + label[1:]          # "the Minister", « la Rapporteure »
    if lang != "fr":
        return "the " + label
    # « la directrice générale », but "Project Manager", « Directeur Général » keep the capitals they were given
    post = label[:1].lower() + label[1:] if all(w[:1].islower() for w in words[1:]) else label
    if post[:1].lower() in "aeiouéèêhâîôû":
        return "l'" + post
    if any(_FEMININE.search(w) for w in words[:3]):
        return "la " + post
    if any(_MASCULINE.search(w) for w in words[:3]):
        return "le " + post
    return "le ou la " + post


def attribution(speaker: Speaker, lang: str, name: str | None = None) -> str:
    """``Name (Affiliation, Country)`` in the report language; the title when no affiliation is known. ``name``
    stands for the speaker's name where a sentence says it otherwise ("the Minister")."""
    country = country_name(speaker.country, lang) if speaker.country else None
    title = post_in(speaker.title, lang) if speaker.title else None    # « adjointe au maire » -> "Deputy Mayor"
    extra = ", ".join(x for x in (speaker.affiliation or title, country) if x)
    name = name or speaker_name(speaker, lang)
    return f"{name} ({extra})" if extra and extra != name else name


def quote_marks(lang: str) -> tuple[str, str]:
    """Opening and closing quotation marks of the language (with French spacing)."""
    return ("«\u00a0", "\u00a0»") if lang == "fr" else ("\u201c", "\u201d")


def compose_body(support: Sequence[Quote], speakers: Mapping[str, Speaker], lang: str) -> tuple[str, bool]:
    """The body paragraph, typeset: each supporting statement quoted and attributed, in the seed's manner
    ("Selon Frank Moulaert, « ... ». Thierry Sibieude ajoute : « ... »"). Returns (text, complete):
    complete is False when a statement is printed in its original language for want of a translation.
    """
    t = _t(lang)
    open_q, close_q = quote_marks(lang)
    parts, previous, complete = [], None, True
    said: dict[str, int] = {}   # each way of handing on used so far: the third voice is not "ajoute" again
    for q in support:
        speaker = speakers.get(q.speaker_id)
        # « Selon {name}, … » the first time, « {name} ajoute : … » after; a voice that disagrees says so
        # (« {name} nuance : … »), whoever spoke before it
        key = ("same_voice" if previous == q.speaker_id else "other_view" if q.disagrees
               else "first_voice" if previous is None else "next_voice")
        if key == "same_voice" and (speaker is None or (not speaker.name and speaker.label == "Unidentified speaker")):
            # a transcript with no labels has one "unidentified" voice for everyone: "An unidentified speaker goes
            # on" joined a rebuttal to the view it rebuts, as if one person said both
            key = "unknown_again"
        name = prose_name(speaker, lang, key != "first_voice")
        # each part with its own typography: the speaker's words as said (no space added before a colon of an
        # English statement in a French draft: "might also be : if you can't"), a translation and the frame
        # in the draft's language
        said_note, _ = language_note(q, lang)
        note = f" ({said_note})" if said_note else ""
        if q.language == lang:
            text = typeset_quote(sentence_case(q.text), lang)
        elif lang in q.translations:
            text = typeset(q.translations[lang], lang)
        else:
            text = typeset_quote(sentence_case(q.text), q.language)
            complete = False
        quoted = f"{open_q}{nested(text.rstrip(), lang)}{close_q}"
        ways = (t[key],) if isinstance(t[key], str) else t[key]
        frame = typeset(ways[said.get(key, 0) % len(ways)].format(name=name, quote="\x00") + note, lang)
        sentence = frame.replace("\x00", quoted)
        said[key] = said.get(key, 0) + 1
        ends_inside = text.rstrip().endswith((".", "!", "?", "…")) and not note
        parts.append(sentence if ends_inside else sentence + ".")
        previous = q.speaker_id
    return " ".join(parts), complete


# The speaker directory's evidence is written in English (synthesis.json keeps it so); a French draft's Word
# comments say it in French (« présenté·e par Claire Dumont (ligne 82) », not "introduced by Claire Dumont (line 82)")
_EVIDENCE_FR = [
    (r"^own words \((.+)\)$", r"ses propres mots (\1)"),
    (r"^self-introduction \((.+)\)$", r"se présente (\1)"),
    (r"^introduced by another speaker \((.+)\)$", r"présenté·e par un·e autre intervenant·e (\1)"),
    (r"^introduced by (.+) \(((?:line|turn|paragraph|segment) .+)\)$", r"présenté·e par \1 (\2)"),
    (r"^given the floor just before \((.+)\)$", r"a reçu la parole juste avant (\1)"),
    (r"^thanked by name just after \((.+)\)$", r"remercié·e par son nom juste après (\1)"),
    (r"^label '(.+)'$", r"étiquette « \1 »"),
    (r"^'(.+)' named by the text$", r"« \1 » nommé par le texte"),
    (r"^'(.+)' is a national body of (.+)$", r"« \1 » est un organisme national (\2)"),
    (r"^kept neutral: the transcript never names this voice$", "laissé neutre : la transcription ne nomme jamais cette voix"),
    (r"^kept neutral: (\d+) hint\(s\), confidence ([\d.]+) \(a name needs ([\d.]+)\)$",
     r"laissé neutre : \1 indice(s), confiance \2 (il en faut \3 pour un nom)"),
    (r"^introduced or gave the floor to others (\d+) times$", r"a présenté ou donné la parole à d'autres \1 fois"),
    (r"^spoke only when the chair called the room's next question$",
     "n'a parlé qu'à l'appel de la question suivante de la salle"),
    (r"^spoke only when the floor was opened to the room$", "n'a parlé qu'une fois la parole donnée à la salle"),
    (r"^opened the event saying '(.+)'$", r"a ouvert la rencontre en disant « \1 »"),
    (r"^opened the event, then asked the questions or handed over the floor$",
     "a ouvert la rencontre, puis posé les questions ou donné la parole"),
    (r"^no labels: one voice, who says who they are at the start$",
     "sans étiquettes : une seule voix, qui se présente au début"),
]
_WHERE_FR = [(r"\bline (\d+)", r"ligne \1"), (r"\bturn (\d+)", r"tour de parole \1"),
             (r"\bparagraph (\d+)", r"paragraphe \1")]


def evidence_in(how: str, lang: str) -> str:
    """A piece of the speaker directory's evidence (English, as synthesis.json keeps it) in ``lang``; English and
    anything not known are returned as they are."""
    if lang != "fr":
        return how
    out = []
    for piece in how.split("; "):
        for pattern, repl in _EVIDENCE_FR:
            new = re.sub(pattern, repl, piece)
            if new != piece:
                for w, r in _WHERE_FR:
                    new = re.sub(w, r, new)
                new = re.sub(r"(?<=\d)\.(?=\d)", ",", new)   # (0,38, not 0.38)
                new = re.sub(r"organisme national \((.+)\)$", lambda m: f"organisme national ({country_name(m[1], 'fr')})",
                             new)
                piece = new
                break
        out.append(piece)
    return "; ".join(out)


MAX_NAMED = 8   # speakers named in the introduction; the others are counted

# What a title says the event was, before its theme: « Colloque : L'IA à l'hôpital », "Webinar: Rebuilding
# trust", « Table ronde « Se loger près de son emploi » » -> the colloquium / le webinaire "…" (fr, en)
_EVENT_KINDS = {
    "colloque": ("le colloque", "the symposium"), "symposium": ("le colloque", "the symposium"),
    "conférence": ("la conférence", "the conference"), "conference": ("la conférence", "the conference"),
    "table ronde": ("la table ronde", "the round table"), "round table": ("la table ronde", "the round table"),
    "roundtable": ("la table ronde", "the round table"), "panel": ("la table ronde", "the panel"),
    "panel discussion": ("le débat", "the panel discussion"),
    "séminaire": ("le séminaire", "the seminar"), "seminar": ("le séminaire", "the seminar"),
    "webinaire": ("le webinaire", "the webinar"), "webinar": ("le webinaire", "the webinar"),
    "atelier": ("l'atelier", "the workshop"), "workshop": ("l'atelier", "the workshop"),
    "débat": ("le débat", "the debate"), "debate": ("le débat", "the debate"),
    "débat public": ("le débat public", "the public debate"), "table-ronde": ("la table ronde", "the round table"),
    "conférence-débat": ("la conférence-débat", "the conference and debate"),
    "rencontre-débat": ("la rencontre-débat", "the debate"), "soirée-débat": ("la soirée-débat", "the evening debate"),
    "café-débat": ("le café-débat", "the café debate"), "dîner-débat": ("le dîner-débat", "the dinner debate"),
    "forum": ("le forum", "the forum"), "rencontre": ("la rencontre", "the event"),
    "journée d'étude": ("la journée d'étude", "the study day"),
    "journée d'études": ("la journée d'étude", "the study day"),
    "audition": ("l'audition", "the hearing"), "hearing": ("l'audition", "the hearing"),
}
_KIND_LEAD = re.compile(r"^(?P<kind>[^\W\d_][\w'’ -]{1,24}?)\s*(?::\s+|\s[–—-]\s+|\s+(?=[«“\"]))(?P<rest>\S.*)$")


def event_kind(title: str, lang: str) -> tuple[str | None, str]:
    """(the event's noun in ``lang``, the title without it) for a title that opens on what the event was;
    (None, title) otherwise."""
    m = _KIND_LEAD.match(title)
    kind = _EVENT_KINDS.get(" ".join(m["kind"].replace("’", "'").casefold().split())) if m else None
    if kind is None or not re.search(r"\w", m["rest"]):
        return None, title
    rest = m["rest"].strip()
    quoted = re.fullmatch(r"[«“\"]\s*(.+?)\s*[»”\"]", rest)
    rest = quoted.group(1) if quoted else rest
    # (the title's first word is a title's: « Table ronde : l'eau, bien commun » is « L'eau, bien commun »)
    return kind[0 if lang == "fr" else 1], rest[:1].upper() + rest[1:]


def _listing(items: Sequence[str], lang: str) -> str:
    t = _t(lang)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + t["event_and"] + items[-1]


# the article a French venue's first noun takes: « à la Maison de l'ESS », « au Palais des congrès », « à l'Hôtel de Région »
_VENUE_ARTICLE = [
    (re.compile(r"(?i)(?:maison|salle|cité|halle|biblioth[èe]que|mairie|chambre|r[ée]sidence|fondation|grande)\b"), "à la "),
    (re.compile(r"(?i)(?:palais|centre|th[ée][âa]tre|mus[ée]e|sénat|campus|parc|pavillon|ch[âa]teau|domaine|forum"
                r"|foyer|conservatoire|grand|club|studio)\b"), "au "),
    (re.compile(r"(?i)(?:h[ôo]tel|espace|institut|auditorium|amphith[ée][âa]tre|universit[ée]|assembl[ée]e|[ée]cole)\b"),
     "à l'"),
]


def _where(place: str, lang: str, t: dict[str, str]) -> str:
    """« à Lyon », « à la Maison de l'ESS », "in Lyon", "at Millbrook Community Centre"."""
    from .dates import VENUE

    if VENUE.match(place):
        if lang == "fr":
            for pattern, article in _VENUE_ARTICLE:
                if pattern.match(place):
                    first = place[:1].upper() + place[1:] if article.endswith("'") else place
                    return article + first
        elif lang == "en":
            return "at " + place
    return t["event_in"].format(place=place)


def _inner_quotes(text: str, lang: str) -> str:
    """``text``'s own quotation marks as a quotation's inner ones: “…” in French, ‘…’ in English."""
    inner_open, inner_close = ("\u201c", "\u201d") if lang == "fr" else ("\u2018", "\u2019")
    text = re.sub(r"«\s*", inner_open, text)
    text = re.sub(r"\s*»", inner_close, text)
    if lang != "fr":
        text = text.replace("\u201c", inner_open).replace("\u201d", inner_close)
    return re.sub(r'"([^"]*)"', rf"{inner_open}\1{inner_close}", text)


def event_intro(title: str, date: str | None, place: str | None, speakers: Sequence[Speaker], lang: str,
                title_language: str | None = None) -> str:
    """The paragraph that opens the synthesis, in the seed's manner: when and where, the event, who spoke
    (« Le 11 février 2022, à Paris, la rencontre « … » a réuni 9 intervenant·e·s : Anna Seravalli
    (Université de Malmö, Suède), … Les échanges étaient animés par … »). Only named people and posts (« Mme la
    Ministre ») are listed, and counted with the voices nobody named (« a réuni 4 intervenant·e·s, dont Pierre
    Sroczynski »); "" when nobody is named. With ``title_language`` the paragraph comes typeset, the title in its
    own language's typography (« Mental health at work: what employers owe » in a French draft, no space added
    before its colon)."""
    from .dates import title_event     # (dates reads this module's month names)

    t = _t(lang)
    open_q, close_q = quote_marks(lang)
    if title:
        # « …, Lyon, 14 mars 2024 » at the end of the title line: said once, in the opening words
        title, title_date, title_place = title_event(title)
        date, place = date or title_date, place or title_place
    # (a voice labelled by its post, « Mme la Ministre », is listed by it: it says who spoke)
    # (nor is the interpreter one of them: « …, l'interprète et Sophie Nguyen »)
    voices = [s for s in speakers if identified(s) and s.role not in ("audience", "moderator", "interpreter",
                                                                       "narration")]
    # (a chair known by their post only, « M. le Maire » of a council's minutes, chaired it all the same)
    hosts = [s for s in speakers if identified(s) and s.role == "moderator"]
    unnamed = [s for s in speakers if not identified(s) and s.role == "speaker" and s.label != "Unidentified speaker"]
    if not voices:
        return ""
    # (a post as the sentence says it: "including the Minister", « : la directrice générale, Anna Berg… »)
    shown = [attribution(s, lang, None if s.name else post_prose(s.label, lang)) for s in voices[:MAX_NAMED]]
    if len(voices) == MAX_NAMED + 1:   # (never "and 1 others": the one more name takes no more room)
        shown.append(attribution(voices[-1], lang, None if voices[-1].name else post_prose(voices[-1].label, lang)))
    names = _listing(shown, lang) if len(voices) <= MAX_NAMED + 1 else t["event_others"].format(
        names=", ".join(shown), k=len(voices) - MAX_NAMED)
    when = ", ".join(x for x in (t["event_on"].format(date=format_date(date, lang)) if date else "",
                                 _where(place_name(place, lang), lang, t) if place else "") if x)
    if when:
        when = when[0].upper() + when[1:] + ", "
    if unnamed:
        people = t["event_people_some"].format(n=len(voices) + len(unnamed), names=names)
    else:
        people = names if len(voices) == 1 else t["event_people"].format(n=len(voices), names=names)
    event, title = event_kind(title, lang) if title else (None, title)
    # a title that is its own quotation (« Table ronde « Se loger… » » once its kind is said) is not quoted again; one
    # that quotes a part of it is, that part in the inner marks (« la rencontre Rencontres européennes… — Table
    # ronde « Logement… » » read as two events, "the event The Circular Shift — Episode 42: …" too)
    own = re.fullmatch(r"\s*[«“\"][^«»“”\"]*[»”\"]\s*", title) is not None
    if not own:
        title = _inner_quotes(title, lang)
    quoted = title if own else f"{open_q}{title}{close_q}"
    text = t["event_intro_one" if len(voices) + len(unnamed) == 1 else "event_intro"].format(
        when=when, event=event or t["event_noun"], title=" \x00" if title else "", people=people)
    text = text[0].upper() + text[1:]
    if hosts:
        text += " " + t["event_moderated"].format(names=_listing(
            [attribution(s, lang, None if s.name else post_prose(s.label, lang)) for s in hosts], lang))
    if title_language is None:
        return text.replace("\x00", quoted)
    if quoted != title:   # (the marks are the draft's, the words the title's)
        quoted = typeset(f"{open_q}\x01{close_q}", lang).replace("\x01", typeset(title, title_language))
    else:
        quoted = typeset(title, title_language)
    return typeset(text, lang).replace("\x00", quoted)
