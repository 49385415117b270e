"""Verbatim quotes: find quotable passages, cut disfluencies (each cut marked […]), and verify them.

The only edits a quote may carry are removed disfluencies (filled pauses, repeated words, false
starts). Every other character is the transcript's. ``verify_quote`` checks exactly that, and the
pipeline drops any quote that fails it.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .records import Passage, Quote, Sentence, SourceRef, Turn

__all__ = ["ELLIPSIS", "clean_disfluencies", "verify_quote", "QuoteCandidate", "quote_candidates",
           "CleanText", "MIN_QUOTE_WORDS", "MAX_QUOTE_WORDS", "quote_context", "passage_quality",
           "reports_someone_else", "skip_openers", "spelled_out", "asks_something", "UNMARKED_QUESTION", "trails_off",
           "ONE_LETTER_WORDS", "GRAMMAR_WORDS", "punctuated", "list_number",
           "is_closed", "mask_annotations", "without_annotations"]

ELLIPSIS = "[…]"
MIN_QUOTE_WORDS = 15
MAX_QUOTE_WORDS = 60

FILLERS = {
    "euh", "euhh", "euuh", "heu", "heuu", "hum", "hmm", "hm", "mmh", "mm", "bah", "beh",
    "uh", "um", "uhm", "umm", "uhh", "er", "erm", "ehm", "emm",
    "äh", "ähm", "ääh", "öhm",    # (German)
}
# ... but words of some of the languages transcripts come in: German « um » (um … zu, umlegen's particle) and
# « er » (he), Dutch « er » (there), Portuguese « um » (a, one). Cut there, they change what was said.
_WORDS_IN = {"de": frozenset({"um", "er"}), "nl": frozenset({"er"}), "pt": frozenset({"um"})}


def fillers(language: str | None = None) -> frozenset[str]:
    """The filled pauses of ``language`` (all of FILLERS when it is not known)."""
    return frozenset(FILLERS) - _WORDS_IN.get(language or "", frozenset())


_EH_PHRASES = {"bien", "oui", "non", "ben", "voilà"}
# Grammatical doublings that are not stutters.
_LEGIT_REPEATS = {("nous", "nous"), ("vous", "vous"), ("had", "had"), ("that", "that"), ("que", "que"),
                  ("vingt", "vingt"), ("twenty", "twenty")}   # (« fin vingt vingt et un » is 2021, no stutter)
_DASHES = {"-", "–", "—", "--", "..."}


def _norm(token: str) -> str:
    return re.sub(r"^[^\w]+|[^\w]+$", "", token).casefold()


@dataclass(frozen=True)
class CleanText:
    """A passage with disfluencies cut: the text (cuts marked), how many cuts, and the kept spans."""

    text: str
    cuts: int
    spans: tuple[tuple[int, int], ...]   # kept character spans of the original passage

    @property
    def words(self) -> int:
        """Word count of the cleaned text, marks excluded."""
        return len(self.text.replace(ELLIPSIS, " ").split())


# the words that open a phrase and need what follows them (a preposition, a verb's object marker)
_NEEDS_OBJECT = {"de", "du", "des", "dans", "à", "au", "aux", "en", "sur", "pour", "avec", "par", "chez", "contre", "vers",
                 "entre", "sans", "sous", "of", "in", "to", "with", "for", "on", "at", "from", "by", "about", "into",
                 "between", "without", "against", "von", "mit", "für", "bei", "zu", "di", "con", "per", "del", "con"}


# the words of grammar a speaker stutters on ("in the, the plan", « dans le, le cadre »)
GRAMMAR_WORDS = _NEEDS_OBJECT | {
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "his", "her", "its", "i", "we",
    "you", "they", "he", "she", "it", "le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "mon", "ma",
    "mes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "je", "on", "il", "elle", "nous",
    "vous", "ils", "elles", "et", "and", "ou", "or", "que", "qui"}


def _removable(tokens: list[str], notes: list[bool] | None = None, language: str | None = None) -> list[bool]:
    """Which tokens are disfluencies: filled pauses, the first copy of a repeat, dashes of a false start,
    and the transcriber's ``notes`` (a repeat around one is a repeat: "We {disfmarker} we need")."""
    drop = list(notes) if notes is not None else [False] * len(tokens)
    norms = [_norm(t) for t in tokens]
    pauses = fillers(language)
    for i, n in enumerate(norms):
        # "eh" is a filled pause ("the exact eh, mark of the eh, zones"), except in « eh bien », « eh oui »
        if n in pauses or (n == "eh" and (i + 1 == len(norms) or norms[i + 1] not in _EH_PHRASES)):
            drop[i] = True
            # and the pause's comma when the recogniser set it apart: "that eh , eh , is not"
            if i + 1 < len(tokens) and tokens[i + 1] in (",", ";"):
                drop[i + 1] = True
        # a word broken off: "The c- the council" (not "pre- and post-war"), "S so it's", "we need t to train"
        # (a lone letter before a word it starts; in capitals only at a sentence's start: "Vitamin D deficiency")
        nxt = norms[i + 1] if i + 1 < len(norms) else ""
        if re.fullmatch(r"[^\W\d_]{1,3}-", tokens[i]) and nxt and nxt not in _PAIRED_PREFIX:
            drop[i] = True
        elif len(tokens[i]) == 1 and tokens[i].isalpha() and n not in ONE_LETTER_WORDS and len(nxt) > 1 \
                and nxt.startswith(n) and (tokens[i].islower() or i == 0 or tokens[i - 1][-1:] in ".!?"):
            drop[i] = True
    # the tokens a repeat is read on (no filler, no dash); cutting a repeat only drops tokens before where the
    # reading goes on, so this list holds from there on
    kept = [j for j in range(len(tokens)) if not drop[j] and tokens[j] not in _DASHES]
    i = 0
    while i < len(tokens):
        if drop[i]:
            i += 1
            continue
        matched = False
        at = bisect.bisect_left(kept, i)
        # "on a — on a vraiment", "les les", "we we", « on n'a pas encore, euh, on n'a pas encore organisé »
        for n in (5, 4, 3, 2, 1):
            a = kept[at:at + 2 * n]   # the first 2n kept tokens from i on
            if len(a) < 2 * n or norms[a[0]] != norms[a[n]]:   # (no repeat starts here: most tokens, at once)
                continue
            first, second = [norms[j] for j in a[:n]], [norms[j] for j in a[n:]]
            if not all(first) or first != second:
                continue
            if n == 1 and (first[0], second[0]) in _LEGIT_REPEATS:
                continue
            end = tokens[a[n - 1]]
            if re.search(r"[.!?…]$", end) and not (re.search(r"(?:…|\.\.\.)$", end) and tokens[a[n]][:1].islower()):
                continue   # "…cannot cover the growth in demand. Demand for lithium…": two sentences, no stutter
            if any(re.search(r"[.!?]$", tokens[j]) for j in a[:n - 1]):
                continue   # (« qui a été lancé. il a été lancé il y a deux semaines »: a sentence ends inside the copy)
            if n >= 4 and a[n] == a[n - 1] + 1 and re.search(r"[,;:]$", end):
                # a long phrase said twice with only a comma between is two roles of it, not a stutter (« … à chaque
                # exploitant de réseau, chaque exploitant de réseau répond »); with a pause between, it is one
                # (« on n'a pas encore, euh, on n'a pas encore organisé »)
                continue
            if (n >= 2 or first[0] not in GRAMMAR_WORDS) and a[n] == a[n - 1] + 1 and re.search(r"[,;:]$", end) \
                    and a[0] > 0 and norms[a[0] - 1] in _NEEDS_OBJECT:
                # the first copy ends a phrase the word before it opened, the second starts the next (« n'ont pas
                # confiance dans les artisans, les artisans n'ont pas confiance dans les règles »): cutting it left
                # « dans […] les artisans », which changed the quote's meaning
                # (one word too, when it is no word of grammar: "if you want people to repair, repair must be cheaper",
                # "in 2019, 2019 was a record year" lost their subject; "in the, the plan" is a stutter)
                continue
            # (but « le… le vrai problème »: a trailing-off in lower case, taken again, is one)
            # a repeat only counts as a stutter when nothing but dashes/fillers sits between the copies
            for j in range(i, a[n]):
                drop[j] = True
            matched = True
            i = a[n]
            break
        if not matched:
            i += 1
    return drop


# What the transcriber wrote about the room, not what was said: "[laughter]", « (rires) », "[Music]", and the
# AMI/ICSI corpora's "{vocalsound}", "{disfmarker}". Cut like a disfluency (and marked). Not the marks of
# words nobody could hear ("[inaudible]", "[crosstalk]"): UNHEARD keeps those passages out instead.
# (the bracketed words of UNHEARD, below)
_UNHEARD_BRACKETED = r"(?:inaudible|incompréhensible|inaudibles?|unintelligible|crosstalk|\?+)"
_ANNOTATION = re.compile(
    r"\{[a-z]+\}"
    r"|\[(?!…\]|\.\.\.\])(?!" + _UNHEARD_BRACKETED + r"\])[^\[\]\n]{1,40}\]"
    r"|\((?:rires?|applaudissements?|laughter|laughs?|laughing|applause|silence|pause|coughs?|toux|bruits?|noise"
    r"|music|musique|sighs?|soupirs?)\b[^()\n]{0,30}\)",
    re.IGNORECASE)


def mask_annotations(text: str) -> str:
    """``text`` with the transcriber's notes ("{vocalsound}", "[laughter]", « (rires) ») blanked out, same length:
    what the language tools read, at the offsets of the verbatim text."""
    if not ("[" in text or "(" in text or "{" in text):
        return text
    return _ANNOTATION.sub(lambda m: " " * len(m.group(0)), text)


def without_annotations(text: str) -> str:
    """``text`` with the transcriber's notes taken out, for meaning (embeddings, shared words), not for print."""
    return " ".join(mask_annotations(text).split())


# (one sentence is cleaned for its headline's fitness, for whether it prints well, for its headline and inside every
# passage a quote may start or end with it: 4,700 calls, a third of them repeats, took 1.3 s of a 10,000-word run)
@functools.lru_cache(maxsize=16384)
def clean_disfluencies(text: str, language: str | None = None, marked: bool = True) -> CleanText:
    """Cut disfluencies from ``text`` (said in ``language``, where known); inner cuts become one ``[…]`` each, edge
    cuts just trim (``marked``: for a quote; a headline, which drops the marks, keeps a pause's first comma)."""
    tokens = list(re.finditer(r"\S+", text))
    noted = [m.span() for m in _ANNOTATION.finditer(text)] if ("[" in text or "(" in text or "{" in text) else []
    notes = [any(t.start() < b and a < t.end() for a, b in noted) for t in tokens] if noted else None
    drop = _removable([t.group() for t in tokens], notes, language)
    spans: list[tuple[int, int]] = []
    run_start = None
    prev_end = 0
    for tok, d in zip(tokens, drop):
        if d:
            if run_start is not None:
                spans.append((run_start, prev_end))
                run_start = None
        else:
            if run_start is None:
                run_start = tok.start()
            prev_end = tok.end()
    if run_start is not None:
        spans.append((run_start, prev_end))
    pieces = [" ".join(text[s:e].split()) for s, e in spans]
    # a pause set off by commas takes both with it in a quote: "and, euh, it has stayed lower since" printed "and, […]
    # it has stayed lower since" (review BB); the spans keep it, and a headline, joined with no mark, one comma
    # ("et un mandat politique, c'est six ans", not "politique c'est")
    pieces = [p[:-1] if marked and k + 1 < len(spans) and p.endswith(",") and len(p) > 1
              and text[e:spans[k + 1][0]].rstrip().endswith(",") else p
              for k, (p, (_, e)) in enumerate(zip(pieces, spans))]
    return CleanText(f" {ELLIPSIS} ".join(pieces), max(0, len(spans) - 1), tuple(spans))


# Typographic apostrophes count as the straight one: the reports print l’innovation where a transcript
# has l'innovation (render.typography), and that is typography, not a change of words.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})

# Words that open a spoken sentence without saying anything: a quote may start after them (choosing where
# a passage starts is not an edit, so no [...] mark), never be cut inside by them.
_OPENERS = {"bon", "alors", "voilà", "ben", "bah", "bref", "oui", "so", "well", "okay", "ok", "yeah", "yes", "right",
            # the same in the other languages transcripts come in (es, it, de, nl, pt)
            "bueno", "pues", "entonces", "allora", "quindi", "ecco", "insomma", "naja", "nou", "então",
            "genau", "tja", "ja", "vale", "dunque", "pois"}
_TWO_WORD_OPENERS = {("en", "fait"), ("en", "réalité"), ("du", "coup"), ("you", "know"), ("i", "mean"), ("o", "sea"),
                     ("na", "ja")}
# A list's "First, … Second, …" and « Premièrement, … » number the speaker's points, not the quote's: with
# their comma only ("Second homes are…" is a sentence), or before a conjunction in a transcript without commas
# (« Troisièmement mais en réalité, l'année dernière… »).
_ENUMERATORS = {"first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly", "premièrement",
                "deuxièmement", "troisièmement", "quatrièmement"}
# Conjunctions tie a sentence to the one before. A body statement, printed alone after « Selon X, », starts
# after them (« Et puis le sourcing… » -> « le sourcing… »); a quote keeps them, and its weak start counts
# against it, because the contrast is often what it says ("Very few jobs are fully automatable. But…").
_CONJUNCTIONS = {"et", "mais", "donc", "puis", "ensuite", "enfin", "justement", "cependant", "and", "but", "or",
                 "however"}
_TWO_WORD_CONJUNCTIONS = {("par", "contre"), ("en", "revanche"), ("de", "plus")}
# A reason given for what was just said (« Parce que je crois que l'État doit s'appliquer à lui-même ce qu'il
# demande aux associations », "Because what we observed is that…") is a claim once its link is off: a quote or
# a body statement starts after it, glued (« parce qu'on ») or not; "because of" heads no clause and stays.
_REASON = re.compile(r"(?:because(?!\s+of\b)|'cause|parce\s+que\b|parce\s+qu'|puisque\b|puisqu')\s*,?\s*",
                     re.IGNORECASE)
# the speaker's announcement that they add to what was said: "Just to add, co-ops can work…", "I'd just add, from the
# economic side, that…", « Juste pour compléter ce qu'a dit Monsieur Moreau. », « Si je peux me permettre, »
_ADDING_LEAD = re.compile(
    r"(?:(?:just|juste)\s+)?(?:to\s+add|I['’]d\s+(?:just\s+)?add|I\s+would\s+(?:just\s+)?add|let\s+me\s+(?:just\s+)?add"
    r"|(?:pour|juste\s+pour)\s+compléter(?:\s+ce\s+qu['’](?:a|ont)\s+dit[^.,;:!?]{1,40}|\s+ce\s+que\s+[^.,;:!?]{1,50})?"
    r"|si\s+je\s+peux\s+me\s+permettre|si\s+vous\s+(?:me\s+)?permettez|je\s+(?:voudrais|veux)\s+(?:juste\s+)?ajouter"
    r"|j['’]ajoute(?:rais)?)(?!\s+(?:one|a|an|another|something|two|un|une|deux|quelque|juste\s+un))"
    r"(?:\s*,\s*(?:from|on)\s+(?:the|an?|my|our)\s+[\w\s-]{1,30}?\s+(?:side|perspective|point\s+of\s+view)\s*(?=,))?"
    r"\s*[,:.]?\s*(?:that\s+|que\s+|qu['’])?", re.IGNORECASE)
# a lone lower-case letter that is no word of these languages is the start of a word broken off ("So, w if you go")
ONE_LETTER_WORDS = set("aàeéèioóuúy")   # (Italian « è »: cut as a broken-off word, headlines lost their verb)
# the words after a prefix that waits for its word ("pre- and post-war", « pré- ou post-natal »)
_PAIRED_PREFIX = {"and", "or", "to", "et", "ou", "und", "oder", "y", "o", "e"}


# Someone addressed by title and name before the answer: « Monsieur Moulin, La Poste est une entreprise… »,
# "Ms Clarke, we never said that." Only before what opens a clause, so that a name with its apposition stays the
# subject (« Madame Hidalgo, maire de Paris, a annoncé… »).
NAMED_ADDRESS = (r"(?:monsieur|madame|mademoiselle|mr|mrs|ms|miss|dr|doctor|professor|mister|madam)\.?"
                 r"(?-i:(?: [A-ZÀ-Ý][\w'’-]+){1,2})"
                 r"(?=\s*,\s*(?:je|j['’]|nous|on|vous|tu|il|elle|ils|elles|c['’]|ce|ça|cela|la|le|les|l['’]|un|une|des"
                 r"|mon|ma|mes|notre|nos|votre|vos|oui|non|merci|alors|donc|mais|et|sur|en|pour|quant|dans|si|quand"
                 r"|comme|aujourd['’]hui|écoutez|sachez|I|we|you|it|there|the|a|an|this|that|these|our|my|your|yes|no"
                 r"|thank|thanks|well|so|but|and|on|in|as|let|what|if|when)\b)")
# The address that opens every answer in an assembly ("Mr. Chair, …", « Monsieur le Président, … »): a
# passage may start after it, as it may after « Bon, ».
_ADDRESS = re.compile(r"(?:(?:Mr|Mrs|Ms|Madam|Madame|Mister)\.? ?(?:the )?(?:Chair|Chairman|Chairwoman|Chairperson"
                      r"|Speaker|President|Deputy Speaker)|(?:Monsieur|Madame) (?:le |la )?(?:Président|Présidente"
                      r"|Ministre|Maire|Rapporteur|Rapporteure)|" + NAMED_ADDRESS +
                      # the room: « Mes chers collègues, … », "Ladies and gentlemen, …"
                      r"|(?:mes )?(?:très )?chers collègues|mesdames(?:,| et) messieurs|ladies and gentlemen"
                      r"|(?:my )?dear colleagues)\s*,\s*", re.IGNORECASE)


# a few words broken off on a dash (and the record's closing mark) before a new sentence starts
_BROKEN_START = re.compile(r"^(?:\S+\s+){0,5}\S*\w\s?(?:—|–|--)\s?[.…]?\s+(?=[A-ZÀ-ÖØ-Þ«\"“])")


def skip_openers(text: str, conjunctions: bool = False, language: str | None = None) -> int:
    """Offset of the first word of ``text`` after leading fillers, openers and the transcriber's notes ("Bon, euh,
    on a..." -> "on a...", "So uh {disfmarker} so the new procedural change…" -> "the new…"),
    and after leading conjunctions too with ``conjunctions`` (« Et puis le sourcing » -> « le sourcing »)."""
    openers = _OPENERS | _CONJUNCTIONS if conjunctions else _OPENERS
    pairs = _TWO_WORD_OPENERS | _TWO_WORD_CONJUNCTIONS if conjunctions else _TWO_WORD_OPENERS
    address = _ADDRESS.match(text)
    if address and len(text[address.end():].split()) >= 4:
        return address.end() + skip_openers(text[address.end():], conjunctions, language)
    # a start the speaker broke off for a new sentence: "Also, in some areas—. It's interesting; …"
    broken = _BROKEN_START.match(text)
    if broken and len(text[broken.end():].split()) >= 4:
        return broken.end() + skip_openers(text[broken.end():], conjunctions, language)
    pos = 0
    tokens = list(re.finditer(r"\S+", text))
    pauses = fillers(language)
    skip_next = False
    for i, m in enumerate(tokens):
        if skip_next:
            skip_next = False
            pos = m.end()
            continue
        word = _norm(m.group())
        after = [_norm(t.group()) for t in tokens[i + 1:i + 3]]
        numbered = word in _ENUMERATORS and (m.group().endswith(",") or (
            after[:1] != [] and after[0] in _CONJUNCTIONS | _OPENERS and after[1:] != ["foremost"]))
        # (and punctuation left over from the sentence before: ", c'est une belle histoire")
        if word in pauses or word in openers or m.group() in _DASHES or re.fullmatch(r"[,;:.…]+", m.group()) \
                or numbered or _ANNOTATION.fullmatch(m.group()) \
                or (len(m.group()) == 1 and m.group().islower() and m.group() not in ONE_LETTER_WORDS):
            pos = m.end()
            continue
        if i + 1 < len(tokens) and (word, _norm(tokens[i + 1].group())) in pairs \
                and not re.search(r"[,;:.]$", m.group()):
            skip_next = True   # « par contre », « en fait », "you know"
            pos = m.end()
            continue
        reason = _REASON.match(text.translate(_APOSTROPHES), m.start()) or _ADDING_LEAD.match(text, m.start())
        if reason and len(text[reason.end():].split()) >= 4:
            return reason.end() + skip_openers(text[reason.end():], conjunctions, language)
        return m.start() if pos else 0
    return 0


# A list counted aloud: "One, theory of change first. Two, three to five indicators. Three, stories with a method.
# Four, five to ten percent of your budget, paid by funders." The number is the list's, not the passage's ("Four,
# five to ten percent" read as a range in a body): a passage starts after it where the number before it opened
# a sentence of the same turn.
_COUNTED = {"en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
            "fr": ["un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]}


def list_number(text: str, start: int, language: str | None) -> int:
    """Length of the counted list's number opening ``text[start:]`` ("Four, " after "Three, …"), else 0."""
    count = _COUNTED.get(language or "")
    m = re.match(r"\s*([^\W\d_]+)\s*,\s*", text[start:]) if count else None
    if m is None or len(text[start + m.end():].split()) < 4:
        return 0
    n = next((k for k, words in enumerate(count) if m[1].casefold() in words.split("|")), 0)
    if n and re.search(r"(?:^|[.!?:…]\s+)(?i:" + count[n - 1] + r")\s*,", text[:start]):
        return m.end()
    return 0


# Letters said one by one, as the AMI and ICSI transcribers write them ("T_V_", "L_C_D_s", "double A_s")
_SPELLED = re.compile(r"\b((?:[A-Z]_)+)(s?)\b")


def spelled_out(text: str) -> str:
    """``text`` with letters said one by one written as the word they spell ("T_V_" -> "TV"): the
    transcriber's notation, not the speaker's words, so a printed quote may read so too."""
    if "_" not in text:
        return text
    return _SPELLED.sub(lambda m: m.group(1).replace("_", "") + m.group(2), text)


# quotation marks and apostrophes, of any style, with the spaces around them: typography, not words (a draft
# prints a quotation inside a quote with the inner marks, “Acheter social” for « Acheter social »)
_MARKS = re.compile("\\s*[\"'«»“”„‘’ʼ]\\s*")


def _squash(text: str) -> str:
    # str.split() also splits on the non-breaking spaces French typography puts before : ; ! ? and in « »
    return " ".join(_MARKS.sub(" ", spelled_out(text.translate(_APOSTROPHES))).split())


def verify_quote(quote: str, source: str) -> bool:
    """True if every fragment between ``[…]`` marks appears, in order, word for word in ``source``.

    Whitespace is normalised, and quotation marks and apostrophes of any style compare equal with the spaces
    around them, so typographic apostrophes, a quotation inside the quote printed with the inner marks (“…” for
    « … ») and non-breaking spaces in a printed quote are not changes; nor is a capital where a sentence starts (a quote printed
    « Les vélos pourront passer » from "Oui, les vélos pourront passer", an all-lower-case speech
    recognition text printed with capitals after its full stops). Every other character must match.
    """
    haystack = _squash(source)
    pos = 0
    fragments = [f.strip() for f in quote.split(ELLIPSIS)]
    if not any(fragments):
        return False
    for frag in fragments:
        if not frag:
            continue
        needle = _squash(frag)
        at = haystack.find(needle, pos)
        if at < 0:
            at = _find_sentence_cased(haystack, needle, pos)
        if at < 0:
            return False
        pos = at + len(needle)
    return True


def _find_sentence_cased(haystack: str, needle: str, pos: int) -> int:
    """Where ``needle`` occurs in ``haystack`` from ``pos`` if the capitals that open its sentences (its first
    letter, and those after . ! ? …) may be lower case there; -1 if it does not."""
    pattern = re.sub(r"(^|(?<=[.!?…] ))([^\W\d_])",
                     lambda m: "[" + m.group(2).lower() + m.group(2) + "]" if m.group(2).isupper() else m.group(2),
                     re.escape(needle).replace("\\ ", " "))
    m = re.compile(pattern).search(haystack, pos)
    return m.start() if m else -1


# Passage quality cues. Lists cover the report languages; other languages score neutrally.
_WEAK_START = {
    "fr": {"et", "mais", "donc", "alors", "parce", "car", "puis", "ou", "enfin", "bon", "voilà", "oui", "non",
           "ben", "bah", "ça", "cela", "ce", "c'est", "c’est", "ils", "elles", "il", "elle", "là", "après",
           "quand",
           # a relative pronoun: the passage goes on with a sentence before it (a recogniser's split)
           "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "duquel"},
    "en": {"and", "but", "so", "because", "or", "well", "yeah", "yes", "no", "okay", "ok", "oh", "it", "this",
           "that", "they", "he", "she", "then", "like", "right", "which", "whose", "whom"},
}
# ... and a French gerund (« Tout en fiabilisant les données qui sont remontées… »): the main clause is elsewhere
_GERUND_START = re.compile(r"(?:tout\s+)?en\s+[a-zàâçéèêëîïôûùüÿœ]{3,}ant\b", re.IGNORECASE)
# An impersonal subject refers to nothing before it: « Il faut des lieux pour expérimenter », "It is
# essential that…" open a claim, where « Il a dit… », "It was…" lean on what came before
_IMPERSONAL = re.compile(
    r"(?:il (?:faut|fallait|faudra|faudrait|y a|y avait|y aura|s'agit|reste|manque|suffit|est (?:essentiel|important"
    r"|nécessaire|urgent|temps|indispensable|crucial|possible|impossible|difficile|clair|vrai|évident))"
    r"|it(?: is|'s) (?:essential|important|necessary|urgent|time|crucial|vital|clear|possible|impossible|difficult"
    r"|hard|easy|true|obvious|not enough|no longer))\b", re.IGNORECASE)
# Talk that runs the meeting (thanks, greetings, the floor, the microphone, the slides): it lowers a
# passage's quality as a quote and rules a sentence out as a headline (takeaways uses it too). Bare
# "introduce" and « présenter » are not here ("the EU should introduce a directive" is a point), only the
# forms that introduce a speaker (« Mme Petit est là pour nous présenter… »).
PROCEDURAL = re.compile(
    r"\b(merci|remercie|bonjour|bonsoir|bienvenue|applaudissements|diapos?|slides?|thanks(?! to)|thank"
    r"|welcome (?:to|everyone|all|back|our)|you(?:'re| are) (?:very |most )?welcome"
    # the floor, not a voice: « je donne la parole », « la parole est à », but « la parole des habitants » is a point
    r"|(?:donne|donner|passe|passer|prends|prendre|laisse|laisser|cède|céder|redonne|redonner|rends|rendre)"
    r" (?:\w+ )?la parole|la parole (?:est|à|aux?)"
    r"|hello|over to you|the floor|next speaker|can you hear|m'entendez|m’entendez|vous entendez|entendez-vous"
    # the sitting itself: « vous avez la parole », « je déclare la séance ouverte », "I call this meeting to order"
    r"|(?:vous avez|tu as|avez-vous) la parole|(?:je|nous) (?:déclare|déclarons) (?:la séance|le conseil|la réunion)"
    r"|la séance est (?:ouverte|levée|close|suspendue|reprise)|call (?:this|the) meeting to order"
    r"|(?:meeting|session|sitting) is (?:adjourned|suspended)"
    r"|tu m'entends|tu m’entends|je vous propose"
    r"|let me introduce|je laisse|passons|question suivante|next question|micro(?!-)|microphone"
    r"|(?:nous|vous|te) présenter|vous présente|(?:qui|il|elle) (?:vous |nous )?présentera"
    r"|(?:je suis|nous sommes|vous êtes) là pour|(?:I am|I'm|we are|we're|you are|you're) here to|will present"
    r"|introduce you"
    # the panel, introduced: « Pour en parler, nous accueillons… », "With us today are…", "Joining me tonight…"
    r"|pour en (?:parler|débattre|discuter)(?: ce soir| aujourd'hui)?,? (?:nous|je|j'|on)"
    r"|(?:nous|on|j') ?(?:accueill\w*|re(?:cevons|çoit|çois)) (?:ce soir|aujourd'hui|autour de (?:la|cette) table"
    r"|sur (?:le|ce) plateau)|(?:with|joining) (?:us|me) (?:today|tonight|this (?:morning|afternoon|evening))"
    # "With me are Dr. Holt… and…", "I'm joined by…", "Our first speaker is…", « À mes côtés, … », « Notre
    # premier invité… »
    r"|(?:with|joining) (?:us|me)(?: here| on (?:the|this) (?:panel|stage))? (?:are|is|we have)"
    r"|(?:I am|I'm|we are|we're) (?:very |so )?(?:delighted |pleased |happy |glad )?(?:to be )?joined (?:\w+ )?by"
    r"|our (?:(?:first|next|last|final) (?:speaker|guest|panel(?:l)?ist)s?(?: today| tonight)?"
    r"|(?:speaker|guest|panel(?:l)?ist)s? (?:today|tonight|this (?:morning|afternoon|evening))) (?:is|are|will be)"
    r"|^(?:à mes côtés|avec moi|autour de moi)(?: ce soir| aujourd'hui| ce matin)?(?=\s*,)"
    r"|(?:à mes côtés|avec moi|autour de moi)(?: ce soir| aujourd'hui| ce matin)?,? (?:il y a|nous avons|j'ai"
    r"|se trouvent?|sont)"
    r"|not(?:re|ra) (?:premier|première|prochain|prochaine|dernier|dernière) (?:invitée?|intervenante?|oratrice|orateur)"
    # the ceremony of taking the floor: "It's an honour to take the mike today", « j'ai le plaisir de… »
    r"|(?:it's|it is|c'est|c’est) (?:an?|un) (?:great |real |grand |vrai )?(?:honou?r|privilege|pleasure|honneur|plaisir)"
    r"|I have the (?:great )?(?:pleasure|honou?r|privilege)|(?:j'ai|j’ai|nous avons) (?:le |l'|l’)(?:plaisir|honneur)"
    r"|good to see you|(?:pleased|delighted|happy|glad) to be (?:here|with you)"
    r"|(?:ravie?|heureux|heureuse|contente?)s? d(?:'|’)être (?:là|ici|parmi)"
    # the same ceremony in the other languages a transcript comes in: « Ich begrüße Frau Dr. Keller… »
    r"|begrüße|begrüßen|willkommen|vielen dank|danke(?:schön)?|bienvenid[oa]s?|gracias(?! a\b)|buenos días"
    r"|buenas tardes|benvenut[aeio]|grazie(?! a\b)|buongiorno|buonasera|welkom|dank (?:u|je) wel|goedemiddag"
    r"|goedemorgen|bem-vind[oa]s?|obrigad[oa]|bom dia|boa tarde)\b",
    re.IGNORECASE,
)
_CLAIM = re.compile(
    r"\b(il faut|faut|doit|doivent|devons|devrions|nécessaire|essentiel|indispensable|enjeu|clé|besoin|"
    r"permet|permettre|must|should|need|needs|essential|crucial|key|important|requires?|matters?|"
    r"enable|allows?)\b",
    re.IGNORECASE,
)


# Someone else's words inside the passage: the speaker does not hold the claim they report.
_REPORTED = re.compile(
    r"«\s*(?:\S+\s+){3,}[^»]*»|“(?:\S+\s+){3,}[^”]*”|\"(?:[^\"\s]+\s+){3,}[^\"]*\""
    r"|(?i:\b(?:comme\s+(?:le\s+|la\s+)?(?:disait|dit|l['’]a\s+dit|rappelait|soulignait)|selon|d['’]après))"
    r"\s+[A-ZÀ-Ý]"
    r"|(?i:\b(?:as|like))\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:said|says|put\s+it|mentioned|pointed\s+out)"
    r"|(?i:\b(?:as\s+|like\s+)?(?:he|she|they)\s+(?:said|says|told\s+(?:me|us))\b)|(?i:\baccording\s+to)\s+[A-Z]"
    r"|\b[A-Z][\w'-]+\s+(?:said|told\s+(?:me|us))\s+(?:that\b|,)"
    r"|(?i:\b(?:il|elle|ils|elles)\s+(?:m['’]a|nous\s+a|m['’]ont|nous\s+ont)\s+dit)"
    # with a manner or a habit between: "As Jacques Delors used to say, …", « Comme l'a très bien dit Yuna, … »,
    # « Comme le dit souvent notre présidente, … »
    r"|(?i:\b(?:as|like))\s+(?:[A-Z][\w'-]+\s+){1,3}(?:(?:once|always|often|rightly|just|so\s+\w+ly)\s+)?"
    r"(?:used\s+to\s+say|liked\s+to\s+say|would\s+say|has\s+said|wrote|writes|argued|noted|reminded\s+us)\b"
    r"|(?i:\bcomme\s+(?:le\s+|la\s+|l['’]\s*a\s+|nous\s+l['’]\s*a\s+)?(?:(?:très\s+|si\s+)?(?:bien|justement|souvent"
    r"|toujours)\s+)?(?:disait|dit|rappelait|soulignait|écrivait|répétait)(?:\s+(?:très\s+|si\s+)?(?:bien|justement"
    r"|souvent|toujours))?\s+)(?:[A-ZÀ-Ý]|(?i:notre|nos|mon|ma|le|la|l['’])\s*\w)"
    # a person, named or described, and what they said: "Jacques Delors used to say that…", "The minister told
    # us last week that…", « Le ministre nous a dit que… » (the speaker's own "we said" is theirs)
    r"|(?<![\w'’])(?!(?:I|We|You|They|He|She|It|Je|On|Nous|Vous|Il|Elle|Ils|Elles|That|This)\b)"
    r"(?:[A-ZÀ-Ý][\w'-]+|(?i:the|my|our|le|la|mon|ma|notre)\s+\w+)\s+"
    r"(?:(?:always|once|often|toujours|souvent)\s+)?"
    r"(?:said|told\s+(?:me|us)|used\s+to\s+(?:say|tell\s+(?:me|us))|disait|répétait|(?:m['’]|nous\s+)?a\s+dit"
    r"|(?:me|nous)\s+disait)(?:\s+\w+){0,3}?\s*(?:that\b|,|:|que\b|qu['’])"
    # a closing recap that hands each point back to its speaker: "…both the workers Marco talked about and the
    # tenants Sophie talked about", « c'est le chiffre de Nadia Benali : 38 %… », « Thomas Leroy nous a montré que
    # peser les déchets… » (the day's grand témoin was printed as holding the speakers' points)
    r"|(?<![.!?]\s)(?<!^)\b(?-i:[A-ZÀ-Ý][\w'-]+)\s+(?:(?:was|were|has\s+been)\s+)?(?:talk(?:ed|ing)|spok(?:e|en))"
    r"\s+about\b"
    r"|(?i:\b(?:le|la|l['’])\s*(?:chiffre|exemple|proposition|idée|témoignage|expérience|formule|plaidoyer)\s+d['’]?e?\s*)"
    r"(?:[A-ZÀ-Ý][\w'-]+\s+){1,2}(?=[:,.]|\s+(?:qui|sur|pour|m['’]a|nous\s+a))"
    r"|\b(?:[A-ZÀ-Ý][\w'-]+\s+){1,2}(?:nous\s+a\s+(?:rappelé|montré|expliqué|appris|dit|raconté|présenté)"
    r"|(?:reminded|showed|told|taught)\s+us)\b",
)


def reports_someone_else(text: str) -> bool:
    """Whether a passage quotes or reports another person's words ("as Matthias said", « ... »)."""
    return bool(_REPORTED.search(text))


# What a transcriber or a recogniser writes for words nobody could make out: a passage holding one
# cannot be quoted word for word, nor made a headline.
UNHEARD = re.compile(r"<unk>|\[" + _UNHEARD_BRACKETED + r"\]"
                     r"|\((?:inaudible|incompréhensible|unintelligible)\)", re.IGNORECASE)


# A question the transcriber did not mark: "Is it possible that when we open the flip-top…", « Est-ce qu'on
# pourrait… »
UNMARKED_QUESTION = re.compile(
    # (a condition inverted is no question: "Had we known…, we would…", "Were it not for…", "Should you need…, call")
    r"^(?!(?:had|should|were) (?:we|they|I|you|he|she|it|anyone) [^,?]{1,80},\s*(?:we|they|I|you|he|she|it|the|this"
    r"|that|there|our|your|call|contact|please)\b|were it not\b)"
    r"(?:(?:is|are|was|were|do|does|did|can|could|would|will|shall|should|have|has|had|may|might)\s+"
    r"(?:it|that|this|there|we|you|they|he|she|I|the|our|your|anyone|anybody|everyone|people|someone|somebody)\b"
    r"|(?:what|why|how|which|who|where|when)(?: (?:one|ones|kind|sort|type|way))? (?:do|does|did|is|are|was|were"
    r"|can|could|would|will|should) \w+"
    r"|est-ce qu|qu'est-ce qu|pourquoi est-ce|comment est-ce)"
    # French inversion anywhere: « Comment fait-on… », « Les élus doivent-ils… »
    # (not an imperative, « Donnez-nous les moyens », nor reported speech, « explique-t-elle »)
    r"|.*\b(?<!-)(?!rendez-)(?!\w+ez-nous\b)(?!(?:dit|ajoute|explique|souligne|précise|rappelle|estime|insiste|conclut"
    r"|poursuit|affirme|note|résume|répond)-(?:t-)?(?:il|elle|ils|elles)\b)\w+-(?:t-)?(?:il|elle|on|vous|tu|ils|elles"
    r"|nous)\b(?!-)",
    re.IGNORECASE)
# Handing back to the person addressed: « Tu disais qu'il y avait… », « Vous avez parlé des semaines de la
# prévention. » The interviewer's line, not a claim anyone holds.
_ADDRESSED_BACK = re.compile(
    r"\b(?:tu (?:disais|as dit|parlais|as parlé|évoquais|as évoqué)|vous (?:disiez|avez dit|parliez|avez parlé"
    r"|évoquiez|avez évoqué)|you (?:were saying|said earlier|mentioned earlier|talked about))\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…])\s+)(?:(?:donc|alors|et|du coup|euh|so|and|um|uh)[\s,]+)*(?=\w)",
                             re.IGNORECASE)


def asks_something(text: str) -> bool:
    """Whether a passage holds a question, marked or not ("… is it possible that…", « est-ce que vous… »)."""
    return "?" in text or any(UNMARKED_QUESTION.match(text[m.end():]) for m in _SENTENCE_START.finditer(text))


def passage_quality(clean: CleanText, language: str) -> float:
    """How publishable a passage is as a quote, before topic relevance: 0 (poor) to about 1."""
    text = clean.text
    words = text.split()
    if not words or UNHEARD.search(text):
        return 0.0
    score = 0.6
    first = _norm(words[0])
    if (first in _WEAK_START.get(language, set()) and not _IMPERSONAL.match(text)) \
            or (language == "fr" and _GERUND_START.match(text)):
        score -= 0.25
    if asks_something(text):
        score -= 0.4
    if _ADDRESSED_BACK.search(text):
        score -= 0.3
    if PROCEDURAL.search(text):
        score -= 0.4
    if _CLAIM.search(text):
        score += 0.2
    if reports_someone_else(text):
        score -= 0.3    # a quote belongs to whoever holds the claim, not to whoever relays it
    if text.rstrip().endswith((".", "!", "»", "”", '"')):
        score += 0.1
    if words[0][:1].isupper():
        score += 0.05
    return score - cut_cost(clean)


def cut_cost(clean: CleanText) -> float:
    """What a passage's cuts cost it as a quote: each […] a little, and a word or two left between two cuts (or
    one before the first) much more, since that is no longer speech ("first […] the […] Into the method.", "on […]
    we've got the flip-screen")."""
    pieces = [len(piece.split()) for piece in clean.text.split(ELLIPSIS)]
    stray = sum(1 for n in pieces[1:-1] if n <= 2) + (1 if len(pieces) > 1 and pieces[0] <= 1 else 0)
    return 0.15 * clean.cuts + 0.2 * stray


# what closes a sentence
_CLOSED = re.compile(r"[.!?…»\"”'’)\]]\s*$")


def punctuated(turns: Sequence[Turn]) -> bool:
    """Whether the writer or recogniser of a transcript closed its sentences: most turns end on a mark. In
    such a transcript a sentence that stops without one was cut short (by the next speaker, or by the
    sentence splitter at a false start)."""
    return bool(turns) and sum(is_closed(t.text) for t in turns) >= 0.6 * len(turns)


def is_closed(text: str) -> bool:
    """Whether ``text`` ends on a mark that closes a sentence."""
    return bool(_CLOSED.search(text))


# Words a finished sentence does not end on: a sentence that stops on one was broken off ("Then to get to
# channel one eighty nine you have to", « on n'attend pas à cela pour se mettre au travail et pour »).
# English strands its prepositions and ends on pronouns ("familiar with.", "as will we."): after a full
# stop only the articles, possessives and conjunctions count there. French strands nothing.
_NO_FINAL_WORD = {
    "en": frozenset("the a an my your our their his its and or but because whether".split()),
    "fr": frozenset("le la les l un une des du de d à au aux et ou mais que qu parce pour par avec dans sur sans "
                    "chez vers son sa ses mon ma mes notre nos votre vos ce cette ces je tu j".split()),
}
_NO_FINAL_UNCLOSED = {
    "en": _NO_FINAL_WORD["en"] | frozenset("of to for with from by into than if that we i they he she should would "
                                           "could will can must is are was were have has had do does did be".split()),
    "fr": _NO_FINAL_WORD["fr"] | frozenset("est sont c'est va vont faut doit peut".split()),
}


# A phrase broken off at its article or preposition, with nothing but a tag after the break: the sentence is left
# unfinished in any transcript ("I think you're gonna have to have some kind of a {disfmarker} right.")
_BROKEN_PHRASE = re.compile(
    r"\b(?:a|an|the|some|of|to|with|for|my|our|your|their|un|une|le|la|les|des|du|de|au|aux|mon|ma|mes|notre|nos"
    r"|leur|leurs|pour|avec)\s*(?:[—–]+|\{[a-z]+\}|\[…\]|\.\.\.|…)"
    r"(?:[\s,]*(?:right|yeah|yes|okay|ok|well|so|anyway|you know|I mean|uh|um|voilà|quoi|bon|hein|euh|bref|enfin"
    r"|donc))*[\s.!?…,]*$",
    re.IGNORECASE)


def trails_off(text: str, language: str) -> bool:
    """Whether a spoken sentence was broken off: it ends on a dash ("The schools would have to make sure
    that—"), or on a word no finished sentence ends on ("…you have to", « …et pour », « en cas de . »), or on
    an article or preposition broken off before a last tag ("…some kind of a {disfmarker} right.")."""
    raw = text.rstrip()
    if re.search(r"\w\s?(?:—|–|--|-)\s?\.?$", raw):
        return True    # (the Senedd's record closes a broken-off sentence "—.": "Also, in some areas—.")
    if _BROKEN_PHRASE.search(raw):
        return True
    found = list(re.finditer(r"[\w'’]+", raw.replace("’", "'")))
    if not found or found[-1].group() == "A":   # "Plan A", "type A"
        return False
    if raw[max(0, found[-1].start() - 1):found[-1].start()] == "-":
        return False                              # « Donnez-le. », "follow-up"
    last = found[-1].group().lower()
    if language == "fr":
        last = last.rstrip("'")                   # « qu' », « l' »: a clitic left hanging
        if last in ("un", "une") and len(found) > 1 and found[-2].group().lower() == "et":
            return False                          # « sept cent cinquante et un »
    return last in (_NO_FINAL_WORD if is_closed(raw) else _NO_FINAL_UNCLOSED).get(language, frozenset())


@dataclass(frozen=True)
class QuoteCandidate:
    """A possible quote: a run of consecutive sentences of one turn, cleaned, with a quality score."""

    quote: Quote
    sentences: tuple[int, ...]   # sentence indices it spans
    quality: float
    vector: np.ndarray


# A sentence that opens the speaker's next item ("And second, I'd say, we need…", « Deuxièmement, », « Ensuite, »):
# a quote ends before it (one had joined the end of the first point to the start of the second)
_NEXT_ITEM = re.compile(
    r"^\W*(?:(?:and|so|now|et|alors|donc|puis|y|e|und)\b[,\s]*)?(?:(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|next"
    r"|finally|lastly|segundo|tercero|terzo)\s*[,:]"
    r"|(?:deuxièmement|troisièmement|quatrièmement|ensuite|en second lieu|en troisième lieu|en segundo lugar"
    r"|in secondo luogo|zweitens|drittens"
    r"|(?:the|my|a|le|la|mon|ma)\s+(?:second|third|next|other|last|final|deuxième|troisième|seconde|autre|dernière?)"
    r"\s+(?:thing|point|comment|remark|observation|lesson|message|chose|idée|proposition|remarque|commentaire)"
    # (and the turn to where the speaker disagrees: "Now, where I disagree with Ruth is…")
    r"|(?:now,?\s+)?where\s+I\s+(?:disagree|differ|part\s+company|(?:would|'d)\s+push\s+back)"
    r"|là\s+où\s+je\s+(?:ne\s+suis\s+pas\s+d['’]accord|diverge|me\s+sépare))\b)", re.IGNORECASE)


# A sentence that only announces what follows: « Et ça tient à deux choses. », "And there are three reasons for
# that.", « Le deuxième chiffre que je voudrais donner, c'est celui du turnover. »
_ANNOUNCES_NEXT = re.compile(
    r"(?i:(?:tient|tiennent|revient|se\s+résume)\s+à\s+(?:deux|trois|quatre)\s+choses"
    r"|\b(?:deux|trois|quatre|two|three|four)\s+(?:choses|raisons|points|things|reasons)(?:\s+(?:à\s+cela|for\s+that"
    r"|là-dessus|here))?\s*[.:]\s*$|(?:comes|boils)\s+down\s+to\s+(?:two|three)\s+things"
    r"|(?:chiffre|point|chose|number|figure|thing)\s+(?:que\s+je\s+voudrais|I\s+(?:want|would\s+like)\s+to)\s+"
    r"(?:donner|give|share|mention|dire|say)[^.]{0,40}[.:]\s*$|:\s*$)")


def quote_candidates(
    sentences: Sequence[Sentence],
    turns: Sequence[Turn],
    vectors: np.ndarray,
    quotable_speakers: set[str],
    max_sentences: int = 3,
    roles: dict[str, str] | None = None,
) -> list[QuoteCandidate]:
    """Every run of 1-3 sentences within one turn that cleans to 15-60 words, from a quotable speaker.

    With ``roles`` (speaker id -> role), a moderator's passages score lower: they frame the points that
    the speakers make and hold.
    """
    by_turn: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_turn.setdefault(s.turn, []).append(s)
    # In a transcript punctuated by its writer or recogniser, a sentence that stops without a mark was cut
    # short: inside a turn, where the splitter cut a sentence in two (« on a posé des compteurs rue
    # Victor-Hugo | pendant deux semaines en novembre. »); at its end, where the next speaker cut in ("…we
    # have had speakers who had non-native accents and I think that"). No quote starts after it or ends on it.
    closing = punctuated(turns)
    out: list[QuoteCandidate] = []
    for turn_idx, sents in by_turn.items():
        turn = turns[turn_idx]
        if sents[0].speaker_id not in quotable_speakers:
            continue
        open_end = [closing and not is_closed(x.text) for x in sents]
        for i in range(len(sents)):
            if i > 0 and open_end[i - 1]:
                continue
            if trails_off(sents[i].text, sents[i].language):
                continue   # nor starts on a sentence broken off ("Also, in some areas—. It's interesting; …")
            for k in range(1, max_sentences + 1):
                run = sents[i:i + k]
                if len(run) < k or (k > 1 and _NEXT_ITEM.match(run[-1].text)):
                    break
                if k > 1 and "\n" in turn.text[run[-2].end:run[-1].start]:
                    break   # (nor across paragraphs: "…below the legal limit. | Emergency services. We have worked…")
                if k > 1 and _ANNOUNCES_NEXT.search(run[-1].text):
                    continue   # (nor on the announcement of what comes next: « Et ça tient à deux choses. »)
                if open_end[i + k - 1] or trails_off(run[-1].text, run[-1].language):
                    continue   # (nor on a sentence broken off: "…and I think we should", "…make sure that—")
                start, end = run[0].start, run[-1].end
                start += skip_openers(turn.text[start:end], language=run[0].language)
                start += list_number(turn.text, start, run[0].language)
                clean = clean_disfluencies(turn.text[start:end], run[0].language)
                if clean.words > MAX_QUOTE_WORDS:
                    break
                if clean.words < MIN_QUOTE_WORDS:
                    continue
                seg = turn.locate(start + clean.spans[0][0])
                abs_start, abs_end = start + clean.spans[0][0], start + clean.spans[-1][1]
                quote = Quote(
                    text=clean.text,
                    speaker_id=run[0].speaker_id,
                    language=run[0].language,
                    source=SourceRef(file=turn.file, line=seg.line, time=seg.time, turn=turn.index),
                    span=(abs_start, abs_end),
                )
                vec = vectors[[s.index for s in run]].mean(axis=0)
                vec = vec / max(float(np.linalg.norm(vec)), 1e-8)
                quality = passage_quality(clean, run[0].language)
                if roles and roles.get(run[0].speaker_id) == "moderator":
                    quality -= 0.15
                out.append(QuoteCandidate(quote, tuple(s.index for s in run), quality, vec))
    return out


def quote_context(text: str, span: tuple[int, int], chars: int = 320) -> Passage:
    """The passage of a turn around ``span``: about ``chars`` characters each side, cut at a sentence end
    when one is near, else at a word, so the editor reads whole sentences around the quote."""
    start, end = span
    before = text[max(0, start - chars):start]
    if start - chars > 0:
        ends = [m.end() for m in re.finditer(r"[.?!…]\s", before)]
        cut = ends[0] if ends and ends[0] < len(before) // 2 else before.find(" ") + 1
        before = "… " + before[cut:]
    after = text[end:end + chars]
    if end + chars < len(text):
        ends = [m.start() + 1 for m in re.finditer(r"[.?!…]\s", after)]
        cut = ends[-1] if ends and ends[-1] > len(after) // 2 else after.rfind(" ")
        after = after[:max(cut, 0)] + " …"
    return Passage(" ".join(before.split()), " ".join(text[start:end].split()), " ".join(after.split()))
