"""Plain text, Markdown and Word paragraphs -> turns, for every speaker-label shape staff receive.

Shapes: ``Name: text``, ``Name (Org): text``, ``[00:12:03] Name: text``, ``[12.3-15.6] S1: text``,
a speaker line alone (``Name, role``, ``NOM Prénom (Org)``, Otter's ``Name  0:15``) followed by paragraphs, bold names
in Word (``bold`` hint), and anonymous labels (``SPEAKER_00``, ``S1``, ``Intervenant 2``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Transcript
from .encoding import clean_controls
from .labels import BRACKETED_TIME, CLOCK, Label, cast_list, parse_label, parse_time, split_inline, split_midline
from .turns import Piece, TurnBuilder

__all__ = ["SourceLine", "parse_lines", "parse_text"]

_MAX_STANDALONE = 110  # characters: a speaker line is short


@dataclass(frozen=True)
class SourceLine:
    """A line of input; ``bold`` is a leading bold run in Word, a strong hint of a speaker name."""

    text: str
    number: int
    bold: str | None = None
    heading: bool = False    # a Word heading ("2. Sécurité devant l'école"): structure, not speech


def _is_strong(label: Label) -> bool:
    if label.kind != "person":
        return True
    return len(label.raw.split()) >= 2 or bool(label.affiliation or label.role)


# A speaker line with its time, as Otter.ai and Teams write them ("Anna Berg  0:15", "Speaker 1  1:02:07"),
# or others ("Anna Berg [00:00:12]", "00:00:12 Anna Berg")
_TIME = r"[\[(]?" + CLOCK + r"[\])]?"
_TIMED_NAME = re.compile(rf"^(?:(?P<t1>{_TIME})\s+(?P<name1>\S.{{0,100}}?)"
                         rf"|(?P<name2>\S.{{0,100}}?)\s+(?P<t2>{_TIME}))\s*$")
# A time alone on its line, as Teams' and Word's transcription exports write it under the speaker's name ("Ines
# Castro (Guest)" / "00:01:42" / "And above about 26 degrees…"): the time the turn starts, never speech (it was
# printed inside a quote, "One in four. 00:01:42 And above…", and no quote had a time)
_TIME_LINE = re.compile(rf"^{_TIME}$")


# What the meeting tool writes between the turns, no one's words: "Anna Berg started transcription", « Anna Berg a
# arrêté la transcription », "Recording stopped"
# the display name, in full ("Anna Berg", "Sophie Van Acker", "Jean de La Fontaine")
_SYSTEM_NAME = r"(?:[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:de|du|des|van|von|der|den|da|di|del|la|le)\s+)*){1,3}[A-ZÀ-Þ][\w'’-]*"
_SYSTEM_LINE = re.compile(
    rf"^(?:{_SYSTEM_NAME}\s+(?i:(?:has\s+)?(?:started|stopped|paused|resumed)\s+(?:the\s+)?(?:transcription|recording)"
    rf"|a\s+(?:démarré|lancé|arrêté|interrompu|repris|commencé)\s+(?:la\s+transcription|l['’]enregistrement))"
    rf"|(?i:(?:transcription|recording|enregistrement)\s+(?:started|stopped|démarré|arrêté|terminé)))\s*\.?$")


# a paragraph wholly in brackets, as a record's clerk writes what happens: « (Applaudissements.) », « (La séance est
# suspendue.) », "[Break]" (one pair of brackets round it all)
_NOTE = re.compile(r"^\((?:[^()]|\([^()]*\))*\)\.?$|^\[[^\[\]]*\]\.?$")


def _post_holder(label: Label, rest: str) -> bool:
    """Whether ``label: rest`` says who holds a post (« Président : M. Jean Dupont », "Rapporteur: Anna Berg"), as
    the head of minutes lists them, rather than a turn: a post, then a person's name and nothing else."""
    if label.kind not in ("role", "moderator") or label.name is not None or not rest.strip():
        return False
    named = parse_label(rest.strip())
    return named is not None and named.kind == "person" and named.name is not None and len(rest.split()) <= 6


def _standalone(lines: list[SourceLine], i: int) -> tuple[Label | None, float | None]:
    """``lines[i]`` as a speaker line alone: short, label-shaped, after a break, before spoken text; with
    the time written after the name, if any."""
    text = lines[i].text.strip()
    if not text or len(text) > _MAX_STANDALONE:
        return None, None
    if i > 0 and lines[i - 1].text.strip() and split_inline(lines[i - 1].text)[1] is None:
        # mid-paragraph: speaker lines follow a blank line (or another label) in minutes
        return None, None
    nxt = next((ln for ln in lines[i + 1:] if ln.text.strip()), None)
    if nxt is None:
        return None, None
    seconds = None
    timed = _TIMED_NAME.match(text)
    if timed:
        text = timed["name1"] or timed["name2"]
        seconds = parse_time((timed["t1"] or timed["t2"]).strip("[]()"))
    label = parse_label(text)
    if label is None:
        return None, None
    if not any(ln.text.strip() for ln in lines[:i]) and _dated(nxt.text):
        # the title above its place and date ("Millbrook Low Traffic Neighbourhood - Public Consultation Meeting" /
        # "Millbrook Community Centre, Thursday 6 June 2024, 7pm"), not a speaker whose words are a date
        return None, None
    if parse_label(nxt.text) is not None and len(nxt.text.split()) <= 6 and not _TIMED_NAME.match(nxt.text.strip()):
        return None, None  # two label-like lines in a row: a list of names, a heading
    return label, seconds


# A line of dialogue as the press prints an interview: « — Vous publiez ce matin un livre… », "– Yes, and…"
_DASH = re.compile(r"^\s*(?:[—–―]\s*|-\s+)(?=\S)")


def _dialogue(kinds: list, lines: list[SourceLine], strong_keys: set[str]) -> None:
    """An interview written as dialogue, without labels: each line opening on a dash is the other voice's
    (« — Marie-Hélène Vasseur, bonjour. » / « — Bonjour Julien, bonjour à tous. »), so two numbered voices take
    turns, named later by what they say as any numbered voice is; lines without a dash go on with the voice before
    them. The prose before the first dash (the article's standfirst: « Invitée de la matinale ce mardi, Marie-
    Hélène Vasseur, économiste… ») is nobody's words: a narration, never quoted. Read as prose, the whole interview
    was one unidentified speaker, and the journalist's questions were quoted as the guest's."""
    dashed = [k for k, kd in enumerate(kinds) if kd[0] == "text" and _DASH.match(lines[k].text)]
    talk = [k for k, kd in enumerate(kinds) if kd[0] != "blank" and (not dashed or k >= dashed[0])]
    if len(dashed) < 4 or len(dashed) < 0.5 * len(talk):
        return
    # the voice that asks (more question marks) is the interviewer, the chair of the exchange
    asks = [sum(lines[k].text.count("?") for k in dashed[v::2]) for v in (0, 1)]
    asker = 0 if asks[0] >= asks[1] else 1
    voices = [Label(raw="Interviewer", name=None, kind="moderator"), Label(raw="Speaker 1", name=None, kind="anonymous")]
    if asker == 1:
        voices.reverse()
    for n, k in enumerate(dashed):
        _, _, seconds, rest = kinds[k]
        label = voices[n % 2]
        kinds[k] = ("start", label, seconds, _DASH.sub("", rest, count=1))
        strong_keys.add(label.key)
    narration = Label(raw="[narration]", name=None, kind="narration")
    for k in range(dashed[0]):
        kind, _, seconds, rest = kinds[k]
        if kind == "text" and len(rest.split()) > 25:
            kinds[k] = ("start", narration, seconds, rest)


# an interview's two labels: the question, the answer
_QA_KEYS = ({"q", "r"}, {"q", "a"}, {"question", "réponse"}, {"question", "answer"}, {"q", "réponse"}, {"q", "answer"},
            {"frage", "antwort"}, {"pregunta", "respuesta"}, {"domanda", "risposta"}, {"vraag", "antwoord"})


_PRESENTS = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s*(?:,\s*|\s+(?:is|est|was|était)\s+)"
                       r"(?:(?:a|an|the|le|la|l['’]|un|une)\s+)?(?:\w+\s+)?(?:chair|director|directrice|directeur|professor"
                       r"|professeure?|head|president|présidente?|researcher|chercheuse|chercheur|founder|fondatrice"
                       r"|fondateur|ceo|economist|économiste|journalist|journaliste|minister|ministre|mayor|maire)\b")
_FIRST_PERSON = re.compile(r"(?i:\b(?:I|I'm|I’m|we|we're|my|our|je|j['’]|nous|mon|ma|mes|notre|nos|vous|you)\b)")


def _qa_standfirst(kinds: list, strong_keys: set[str]) -> None:
    """The prose above an interview labelled « Q : » / « R : » is its standfirst (« Économiste, directrice de
    recherche au CNRS…, Hélène Marchetti travaille depuis quinze ans… »), nobody's words: a narration, as above a
    dialogue (it was an unidentified speaker's, quotable)."""
    interview = strong_keys in _QA_KEYS
    if not interview and not strong_keys:
        return
    narration = Label(raw="[narration]", name=None, kind="narration")
    for k, (kind, _, seconds, rest) in enumerate(kinds):
        if kind == "start":
            return
        # (above any labelled event, a paragraph that presents people in the third person, none of whom speaks in
        # it: "Dame Helen Carter is chair of the Commission on Adult Skills… Raj Patel is director of…", printed as
        # an unidentified speaker's key message)
        if kind == "text" and len(rest.split()) > 25 and (interview or (_PRESENTS.search(rest)
                                                                        and not _FIRST_PERSON.search(rest))):
            kinds[k] = ("start", narration, seconds, rest)


def _speaker_headings(lines: list[SourceLine]) -> dict[str, Label]:
    """Headings that are speakers' names, set above their paragraphs in a Word file (« Claire Vasseur » in Heading 3,
    then her words): read as sections, a whole workshop had been its chair's. Names, three or more of them, or two
    of which one comes back: a programme's parts are not called after people, nor said twice."""
    found: dict[str, Label] = {}
    seen: dict[str, int] = {}
    for ln in lines[1:]:
        text = ln.text.strip()
        if not ln.heading or not text or len(text.split()) > 8:
            continue
        label = parse_label(text)
        if label is not None and label.kind in ("person", "moderator") and label.name \
                and len(label.name.split()) >= 2 and not re.match(r"^\W*(?:\d+|[IVX]+)\s*[.)\-–:]", text):
            found[text] = label
            seen[label.key] = seen.get(label.key, 0) + 1
    if len(seen) >= 3 or (len(seen) == 2 and max(seen.values()) >= 2):
        return found
    return {}


_BROADCAST_BREAK = re.compile(r"(?i)^\s*[\[(]\s*(?:flash(?:\s+info)?|journal|publicit[ée]|pub|jingle|news(?:\s+bulletin)?"
                              r"|advert(?:isement)?|ad\s+break|sponsor(?:ship)?|commercial(?:\s+break)?|page\s+de\s+pub)"
                              r"\s*[\])]\s*")


def _dated(text: str) -> bool:
    """Whether ``text`` is a short line with a full date and no sentence in it, as under a title: "Stiftung Zukunft
    Stadt, Berlin, 14. März 2024", « Diffusé le mardi 5 novembre 2024 »."""
    from ..render.dates import date_in_header   # (render reads ingest's labels: imported when used)

    text = text.strip()
    return len(text.split()) <= 14 and not re.search(r"(?<!\d)[.!?…]\s+\w", text) and date_in_header(["", text]) is not None


def _title_line_with_colon(kinds: list, lines: list[SourceLine], strong_keys: set[str]) -> None:
    """The file's first line as a title when it only looks like a turn: "Webinar: The future of work",
    « Conférence : L'avenir du travail », "Podiumsdiskussion: Die Zukunft der Pflege". One word before the
    colon that no other line uses as a label, a short line with no closing mark, and speakers labelled
    further down by more than one name; that line is then header (its "speaker" had taken the date line
    below as speech too). "Anna: Hello." and a one-word speaker who speaks again stay turns.

    A line that opens on what the event is, or on an article, which no one's name does, is a title with more
    words before the colon, or alone: « Entretien – France Bleu Occitanie », "The Big Question: Should Britain
    Move to a Four-Day Week?" (each had been a speaker, and the chair's first turn the second)."""
    first = next((k for k, kd in enumerate(kinds) if kd[0] != "blank"), None)
    if first is None or kinds[first][0] not in ("start", "weak") or lines[first].bold:
        return
    _, label, seconds, rest = kinds[first]
    if label is None or seconds is not None:
        return
    words = label.raw.split()
    # (an article before a post is a speaker's label: « La Présidente : Bonjour à tous »)
    # (or ends on it: "Millbrook Town Hall Meeting: Flooding, Drains and the Number 14 Bus" was a speaker)
    headed = bool(words) and (bool(_EVENT_WORD.match(words[0])) or (len(words) > 1 and bool(_EVENT_WORD.fullmatch(words[-1])))
                              or (label.kind == "person"
                                  and bool(re.match(r"(?i)(?:the|le|la|les|l['’]\w|an?|une?)\b", label.raw))))
    if not headed and _titled(kinds, lines, first, label, rest):
        kinds[first] = ("text", None, None, lines[first].text.strip())
        strong_keys.discard(label.key)
        return
    if not headed and (label.kind != "person" or label.affiliation or label.role or len(words) != 1
                       or not rest.strip()):
        return
    if len(rest.split()) > 15 or re.search(r"[.!…]\W*$" if headed else r"[.!?…]\W*$", rest.strip()):
        return   # (a title may ask its question, « Débat : Quel avenir pour la presse locale ? »)
    nxt = next((k for k in range(first + 1, len(kinds)) if kinds[k][0] != "blank"), None)
    if headed and nxt is not None and kinds[nxt][0] == "text" and _dated(lines[nxt].text):
        # "Podiumsdiskussion: Die kommunale Wärmewende – wer baut, wer zahlt?" above "Stiftung Zukunft Stadt,
        # Berlin, 14. März 2024": a title, even where speakers go by one name ("Anna:")
        kinds[first] = ("text", None, None, lines[first].text.strip())
        strong_keys.discard(label.key)
        return
    others = [kd[1] for k, kd in enumerate(kinds) if k != first and kd[0] in ("start", "weak") and kd[1]]
    if not others and _EVENT_WORD.match(words[0]):
        pass   # a talk with no labels under its title: "Keynote – Moving Cities: what gets people out of cars"
    elif (label.key in {o.key for o in others} or not any(o.key in strong_keys for o in others)
            or (any(o.kind == "person" and len(o.raw.split()) == 1 for o in others) and not _EVENT_WORD.match(words[0]))
            or any(label.key in o.key.split() for o in others)):
        # where speakers go by one name ("Mark:", "Anna:"), or "Anna" is Anna Berg, it is a speaker; not what the event
        # is, said once: « Rencontre-débat : les seniors face au tout-numérique » above « Julien : Oui, merci »
        return
    kinds[first] = ("text", None, None, lines[first].text.strip())
    strong_keys.discard(label.key)


# What a turn says and a title does not: a pronoun, an auxiliary, a greeting ("Anna Berg: Good morning", « Jan : Oui,
# merci »)
_SPOKEN = re.compile(r"(?i)\b(?:i|i['’]m|we|you|he|she|they|it['’]s|is|are|was|were|am|be|been|have|has|had|do|does|did"
                     r"|can|could|will|would|should|must|let['’]s|thanks?|thank|hello|hi|welcome|good|okay|ok|yes|so|well"
                     r"|je|j['’]|nous|vous|il|elle|ils|elles|c['’]est|est|sont|suis|ai|avons|avez|ont|merci|bonjour"
                     r"|bonsoir|oui|non|bienvenue|voilà|alors|donc|ich|wir|ist|sind|danke|hallo)\b")


def _titled(kinds: list, lines: list[SourceLine], first: int, label: Label, rest: str) -> bool:
    """Whether the first line, "label: rest", is the event's title with a colon in it: "Cool Schools: adapting school
    buildings to heatwaves" above "Eurocities webinar – 20 June 2024", "Repair, Reuse, Rethink: Making Cities
    Circular" (each had been a speaker, "Cool Schools", "Repair (Reuse, Rethink)", named first among the panel). The
    label is said once, by no one else; its words are short, with no closing mark and nothing a turn says (a pronoun,
    a verb like "is", a greeting); and the line under it gives the date, or the words are capitalised as a title's."""
    if label.kind != "person" or not rest.strip() or len(rest.split()) > 15 or re.search(r"[.!?…]\W*$", rest.strip()) \
            or _SPOKEN.search(rest):
        return False
    others = [kd[1] for k, kd in enumerate(kinds) if k != first and kd[0] in ("start", "weak") and kd[1]]
    if not others or any(o.key == label.key or label.key in o.key.split() for o in others):
        return False
    nxt = next((k for k in range(first + 1, len(kinds)) if kinds[k][0] != "blank"), None)
    if nxt is not None and kinds[nxt][0] == "text" and _dated(lines[nxt].text):
        return True
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", rest) if len(w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


# What an event is called, as a title's first word: "Debate: Should we…?", « Débat : Quel avenir… ? », « Entretien –
# France Bleu Occitanie »; or two joined, or a meal's or an evening's debate: « Rencontre-débat : les seniors face au
# tout-numérique » (a speaker called Rencontre-débat), « Petit-déjeuner débat », « Soirée-débat »
_EVENT_WORD = re.compile(r"(?i)(?:(?:rencontre|conférence|café|soirée|dîner|déjeuner|petit-déjeuner|ciné|apéro|atelier"
                         r"|table[- ]ronde)[- ]débat\W*$"
                         r"|(?:débat|debate|webinaire|webinar|conférence|conference|colloque|symposium|panel"
                         r"|séminaire|seminar|atelier|workshop|forum|rencontre|roundtable|table-ronde|table ronde"
                         r"|podiumsdiskussion|tagung|debatte|coloquio|convegno|dibattito|debat|entretien|interview"
                         r"|audition|hearing|town-hall|keynote|talk|lecture|speech|plenary|plénière|discours|allocution"
                         r"|masterclass|vortrag|rede|ponencia|conferenza|meeting|summit|sommet|réunion"
                         r"|consultation|assises|congrès|congress)\W*$)")


# An agenda heading written as a line of its own: "1. Réaménagement du square", "II) Financing", "## Session 2",
# "Table ronde 2 : l'avenir du travail", "Panel 1 – Skills", "Première table ronde : …"
_AGENDA = re.compile(
    r"^(?:#{1,6}\s+\S"
    r"|\**(?:\d{1,2}|[IVX]{1,5})[.)]\s+\S"
    # (in capitals too: « TABLE RONDE 1 — QUE NOUS DISENT LES RÉSULTATS ? »)
    r"|\**(?:Session|Séance|Table[- ]ronde|Panel|Partie|Part|Atelier|Workshop|Séquence|Sequence|Thème|Theme|Topic"
    r"|Sujet|Plénière|Plenary|Keynote|Sitzung|Teil|Sesión|Mesa|Sessione|Sessão|Sessie"
    r"|SESSION|SÉANCE|TABLE[- ]RONDE|PANEL|PARTIE|PART|ATELIER|WORKSHOP|SÉQUENCE|SEQUENCE|THÈME|THEME|TOPIC"
    r"|SUJET|PLÉNIÈRE|PLENARY|KEYNOTE)\s+(?:\d{1,2}|[IVX]{1,5})\b"
    # "Première table ronde : …", "Second panel – …"
    r"|\**(?:Première|Premier|Deuxième|Seconde?|Troisième|Quatrième|Cinquième|First|Second|Third|Fourth|Fifth)"
    r"\s+(?i:table[- ]ronde|session|séance|partie|part|panel|atelier|workshop|séquence|sequence)\b)")


def _capitals_heading(lines: list[SourceLine], i: int) -> bool:
    """Whether line ``i`` is a heading set in capitals, a paragraph of its own: "MORNING: WELCOME", "KEYNOTE",
    "PANEL 2: CLEANER MOBILITY FOR EVERYONE" (eight words at most, no closing mark). Only in a transcript written in
    lower case, where nobody's words are in capitals (see :func:`_cased`)."""
    text = lines[i].text.strip()
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= 3 and all(c.isupper() for c in letters) and len(text.split()) <= 8
            and not re.search(r"[.!?…;,]\W*$", text) and (i == 0 or not lines[i - 1].text.strip()))


def _cased(lines: list[SourceLine]) -> bool:
    """Whether the transcript is mostly in lower case (a caption file all in capitals has no capitals heading)."""
    letters = [c for ln in lines for c in ln.text if c.isalpha()]
    return sum(c.islower() for c in letters) > 0.5 * len(letters)


def _agenda_heading(kinds: list, lines: list[SourceLine], i: int, cased: bool = False) -> str | None:
    """The title of an agenda heading at line ``i``, when it is one: a short numbered line (or a Markdown
    heading, or one in capitals in a transcript in lower case) with no closing mark, and the next line a speaker's
    label. Without this, "2. Sécurité aux abords de l'école" in a .txt or .md file was the last words of the
    speaker before it. A numbered point inside a speech ("1. Invest in training.") ends on a mark or is followed by
    more of the speech, and stays speech."""
    text = lines[i].text.strip()
    # (a Markdown heading of one word, "## Ouverture", reads like a speaker line alone until a label follows it, as
    # "KEYNOTE" in capitals does)
    capitals = cased and _capitals_heading(lines, i)
    if not (kinds[i][0] == "text" or (kinds[i][0] == "weak" and (text.startswith("#") or capitals))):
        return None
    if not (_AGENDA.match(text) or capitals) or len(text.split()) > 15:
        return None
    # (a Markdown heading or a session's title may ask its question: « ## Session 1 — Diagnostiquer : où en est le parc
    # de logements ? » was lost, its speakers filed under the welcome)
    asks = text.startswith("#") or re.match(r"\**[^\d\W]+(?:[- ][^\d\W]+)?\s+(?:\d{1,2}|[IVX]{1,5})\b", text)
    if re.search(r"[.…:;,]\W*$" if asks else r"[.!?…:;,]\W*$", text.replace("**", "")):
        return None
    nxt = next((kd for kd in kinds[i + 1:] if kd[0] != "blank"), None)
    if nxt is None or nxt[0] not in ("start", "weak"):
        return None
    return text.lstrip("#").replace("**", "").strip()


# A Markdown line set in italics or bold as a whole, "*Brussels, 7 November 2023 — Fondation Universitaire.*": its
# words, without the marks (printed with its asterisks as the event's subtitle, no place read from it)
_MD_EMPHASIS = re.compile(r"^(\*{1,3}|_{1,3})(?=\S)(.*\S)\1$")


def parse_lines(lines: list[SourceLine], path: str, fmt: str, encoding: str) -> Transcript:
    """Turn source lines into a transcript: header lines first, then speaker turns."""
    # Pass 1: classify lines; weak standalone labels (a single word) wait for pass 2.
    kinds: list[tuple[str, Label | None, float | None, str]] = []
    strong_keys: set[str] = set()
    named_headings = _speaker_headings(lines)
    cased = _cased(lines)
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        # (in this pass a line opens a turn exactly when its label joins strong_keys: a turn has started)
        if not text or _SYSTEM_LINE.match(text) or (_NOTE.match(text) and strong_keys):
            # (a transcriber's note on the sitting, a paragraph of its own in brackets, « (Suspension de séance de
            # 20 h 40 à 20 h 50. À la demande de M. le Maire, un habitant… est autorisé à poser une question.) », is
            # nobody's words: it had been the mayor's key message; above the first turn it is the header's)
            kinds.append(("blank", None, None, ""))
            continue
        if _TIME_LINE.match(text) and (seconds := parse_time(text.strip("[]()"))) is not None:
            kinds.append(("time", None, seconds, ""))
            continue
        if ln.heading and text in named_headings:
            # a speaker's name set as a heading above their paragraphs (a whole workshop had been its chair's)
            kinds.append(("start", named_headings[text], None, ""))
            strong_keys.add(named_headings[text].key)
            continue
        if ln.bold:
            label = parse_label(ln.bold)
            if label is not None:
                rest = text[len(ln.bold.strip()):].lstrip(" :：\t\u00a0\u202f") if text.startswith(ln.bold.strip()) else text
                timed = BRACKETED_TIME.match(rest)
                if timed:   # « **Katarzyna Nowak** [00:01:48] Thank you »: the time the turn starts
                    rest = rest[timed.end():]
                kinds.append(("start", label, parse_time(timed["t"]) if timed else None, rest))
                strong_keys.add(label.key)
                continue
        if _BROADCAST_BREAK.match(text):
            # « [FLASH INFO] Bonsoir. Le gouvernement a présenté… [FIN DU FLASH] », "[AD BREAK]": the station's, nobody's
            # in the debate (a news item had been the presenter's key message)
            kinds.append(("start", Label(raw="[narration]", name=None, kind="narration"), None,
                          _BROADCAST_BREAK.sub("", text, count=1)))
            strong_keys.add("narration")
            continue
        seconds, label, rest = split_inline(text)
        if label is not None and not strong_keys and label.kind == "anonymous" and label.raw in ("I", "II", "III", "IV") \
                and ";" in rest:
            # "I: Professor Helen Ellis, Professor of Climate Risk, University of Leeds; Dr Priya Natarajan, …": the
            # record's first panel of witnesses listed, not a voice called I
            kinds.append(("header", None, seconds, text))
            continue
        if label is not None and label.kind == "person" and cased and _capitals_heading(lines, i) and rest.strip():
            # "MORNING: WELCOME" above the first turn, as "PANEL 1: RENOVATING THE HOUSING STOCK" further down: a
            # heading in capitals, not a speaker called Morning
            kinds.append(("text", None, seconds, text))
            continue
        if label is not None and _post_holder(label, rest) and not strong_keys:
            # « Président : M. Jean Dupont » above the first turn: who holds the post, a line of the header
            kinds.append(("text", None, seconds, text))
            continue
        if label is not None:
            kinds.append(("start", label, seconds, rest))
            strong_keys.add(label.key)
            continue
        label, timed = _standalone(lines, i)
        if label is not None:
            # a name with its time is a speaker line, one word or not ("Anna  0:15")
            strong = _is_strong(label) or timed is not None
            kinds.append(("start" if strong else "weak", label, timed if timed is not None else seconds, ""))
            if strong:
                strong_keys.add(label.key)
            continue
        kinds.append(("text", None, seconds, rest))

    _title_line_with_colon(kinds, lines, strong_keys)
    if not strong_keys:
        _dialogue(kinds, lines, strong_keys)
    _qa_standfirst(kinds, strong_keys)
    known_words = {w for key in strong_keys for w in key.split()}
    builder = TurnBuilder(path)
    header: list[str] = []
    # Without any speaker label, only a title block can be told from speech: the first lines up to a blank,
    # three at most, none a sentence ("Conseil de quartier Bellevue" / "14 mars 2024"). A file of short
    # paragraphs is speech, not a header ("no spoken text found" before).
    title_lines = len(lines)
    if not strong_keys:
        first = [k for k in range(len(kinds)) if kinds[k][0] != "blank"]
        block = []
        for k in first:
            if block and k != block[-1] + 1:
                break
            block.append(k)
        is_title = (len(block) <= 3 and len(first) > len(block)
                    and not any(re.search(r"[.!?…]\s*$", lines[k].text) for k in block))
        title_lines = (block[-1] + 1) if (block and is_title) else 0
    started = False
    new_paragraph = True
    for ln_index, (ln, (kind, label, seconds, rest)) in enumerate(zip(lines, kinds)):
        if kind == "weak":
            # "Anna" alone is a speaker line only if some stronger label already named an Anna
            kind = "start" if label is not None and label.key in known_words else "text"
            rest = rest or ln.text.strip()
            if kind == "start":
                rest = ""
        agenda = _agenda_heading(kinds, lines, ln_index, cased and kind != "start")
        title = ln.text.strip() if ln.heading and kind != "start" else agenda
        # before the first turn, the title block is header; a numbered heading after it opens the first part, as does
        # a Word heading right above the first turn, under the title and its date ("Opening remarks" in Heading 1
        # had been printed under the title as the event's subtitle)
        opens = (ln.heading and kind != "start" and bool(header) and not _dated(ln.text)
                 and next((kd[0] for kd in kinds[ln_index + 1:] if kd[0] != "blank"), None) in ("start", "weak"))
        if title and (started or (agenda and (header or ln_index >= title_lines)) or opens):
            # an agenda heading between turns is no one's words: the turns after it fall under it
            builder.section(title)
            new_paragraph = True
            continue
        if kind == "time":
            builder.add(Piece("", ln.number, seconds, None))   # the time of the words that follow
            continue
        if kind == "header":
            if not started:
                header.append(rest)
            continue
        if kind == "blank":
            new_paragraph = True
            if not strong_keys:
                builder.split()  # no labels at all: each paragraph is a turn of its own
            continue
        # (words, not the title's punctuation: « Table ronde « … ? » — émission …, enregistrée le 3 octobre 2024 »)
        if kind != "start" and not started and ln_index < title_lines and (
                len([w for w in rest.split() if re.search(r"\w", w)]) <= 25 or cast_list(rest)):
            # (a cast list is the header's however long: "Participants: Amira Haddad, Bruegel (AH); …")
            header.append(_MD_EMPHASIS.sub(r"\2", rest.lstrip("#").strip()) if fmt == "md" else rest)
            continue
        started = True
        parts = split_midline(rest, label if kind == "start" else builder.current_label())
        if kind == "start":
            # a repeated label of the same speaker continues the sentence flow (ASR segments, cues); after a blank
            # line and a finished sentence, it is the speaker's next paragraph ("Air quality. …" / "Emergency
            # services. …": a quote ran from one into the other)
            builder.add(Piece(parts[0][1], ln.number, seconds, label,
                              new_paragraph=new_paragraph and builder.ends_sentence()))
        else:
            builder.add(Piece(parts[0][1], ln.number, seconds, None, new_paragraph=new_paragraph))
        # an interjection printed inside the paragraph is the interrupter's turn; after a short one
        # ("Not on credit cards."), unlabelled text that follows is the interrupted speaker's again
        resume = builder.current_label()
        for inner, words in parts[1:]:
            builder.add(Piece(words, ln.number, None, inner, new_paragraph=False))
        if len(parts) > 1 and resume is not None and len(parts[-1][1].split()) <= 12:
            builder.add(Piece("", ln.number, None, resume))
        new_paragraph = False
    turns = builder.finish()
    return Transcript(path=path, format=fmt, encoding=encoding, turns=tuple(turns), header=tuple(header))


def parse_text(text: str, path: str, fmt: str = "txt", encoding: str = "utf-8") -> Transcript:
    """Parse a plain-text or Markdown transcript. Control characters are no text, whoever decoded it."""
    lines = [SourceLine(t, n) for n, t in enumerate(clean_controls(text).splitlines(), start=1)]
    return parse_lines(lines, path, fmt, encoding)
