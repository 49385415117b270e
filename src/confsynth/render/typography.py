"""Typography of the printed text: French spacing and apostrophes, English curly quotes.

Two strengths. ``typeset`` is for text confsynth composes or may reshape (headlines, bodies, notices,
names): it may insert a non-breaking space where French wants one. ``typeset_quote`` is for the
speakers' verbatim words: it only swaps characters the verbatim check treats as equal (a straight
apostrophe for a typographic one, an existing space for a non-breaking one), so a printed quote still
passes ``verify_quote`` against its transcript.

French spacing follows what Word's French AutoFormat inserts (U+00A0 before : ; ! ? and inside « »),
so the spaces an editor adds while editing the draft match the ones confsynth wrote.
"""
from __future__ import annotations

import re

from ..quotes import spelled_out

__all__ = ["NBSP", "typeset", "typeset_quote", "sentence_case", "nested"]

NBSP = "\u00a0"
_SPACES = " \t\u00a0\u202f\u2009"
_HIGH = ";:!?"

# a straight apostrophe inside or at the end of a word: l'innovation, aujourd'hui, don't, students'
_APOSTROPHE = re.compile(r"(?<=\w)'")
# an opening single quote: at the start of the text or after a space or an opening bracket
_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[«“]))'(?=\S)")
_OPEN_DOUBLE = re.compile(r'(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))"(?=\S)')
_FR_DOUBLE = re.compile(r'"([^"\n]{1,400})"')
# a pair of straight double quotes, spaced or not (the ICSI transcripts write '" admission fee "')
_EN_DOUBLE = re.compile(r'"[ \t]*([^"\n]{1,400}?)[ \t]*"')


def _collapse(text: str) -> str:
    # line breaks and runs of ordinary spaces become one space; non-breaking spaces are meant and stay
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def _french_spaces(text: str, insert: bool) -> str:
    # an existing space (of any kind) before ; : ! ? becomes one non-breaking space
    text = re.sub(f"[{_SPACES}]+(?=[{_HIGH}])", NBSP, text)
    text = re.sub(f"«[{_SPACES}]+", "«" + NBSP, text)
    text = re.sub(f"[{_SPACES}]+»", NBSP + "»", text)
    # a number is never cut from its sign or its thousands: « 38 % », « 310 000 euros » (as the numbers
    # confsynth writes out already are)
    text = re.sub(f"(?<=\\d)[{_SPACES}]+(?=[%‰€])", NBSP, text)
    text = re.sub(f"(?<![\\d,.])(\\d{{1,3}})[{_SPACES}](?=\\d{{3}}(?!\\d))", "\\1" + NBSP, text)
    if insert:
        # "mot: suite" -> "mot : suite"; not in 14:05, http://, or a run like ?! (one space before the run)
        text = re.sub(f"(?<=[^\\s{_HIGH}«])([{_HIGH}]+)(?=\\s|$|[»)\\]])", NBSP + r"\1", text)
        text = re.sub(f"«(?=[^{_SPACES}])", "«" + NBSP, text)
        text = re.sub(f"(?<=[^{_SPACES}])»", NBSP + "»", text)
    return text


def typeset(text: str, lang: str) -> str:
    """Text confsynth prints (headline, body, notice, name) with the typography of ``lang``."""
    text = _collapse(text)
    if lang == "fr":
        text = _APOSTROPHE.sub("\u2019", text)
        text = _OPEN_SINGLE.sub("\u2018", text).replace("'", "\u2019")
        text = _FR_DOUBLE.sub(lambda m: f"«{NBSP}{m.group(1).strip()}{NBSP}»", text)
        return _french_spaces(text, insert=True)
    text = _APOSTROPHE.sub("\u2019", text)
    text = _OPEN_SINGLE.sub("\u2018", text).replace("'", "\u2019")
    if text.count('"') % 2 == 0:
        # the marks pair up in order: each pair opens and closes, whatever spaces the transcriber put inside
        text = _EN_DOUBLE.sub(lambda m: f"\u201c{m.group(1)}\u201d", text)
    return _OPEN_DOUBLE.sub("\u201c", text).replace('"', "\u201d")


def sentence_case(text: str) -> str:
    """Capitals where sentences start, for text from an all-lower-case transcript (speech recognition):
    a quote opening "ensuite, au moment des travaux. il poursuit" prints "Ensuite, … travaux. Il poursuit".
    Text that already opens with a capital is left as it is."""
    if not text[:1].islower():
        return text
    return re.sub(r"(^|[.!?…]\s+)([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), text)


def typeset_quote(text: str, lang: str) -> str:
    """A verbatim quote with typographic apostrophes and, in French, non-breaking spaces where the speaker's
    text already has a space; nothing that ``verify_quote`` would count as a change but the marks of a quotation
    inside it, which the report prints as nested ones (see ``nested``, called with the report's language)."""
    text = spelled_out(_collapse(text))   # "T_V_" -> "TV": the transcriber's notation of letters said
    text = _APOSTROPHE.sub("\u2019", text)
    if lang == "fr":
        text = _french_spaces(text, insert=False)
    return text


def nested(text: str, lang: str) -> str:
    """A quotation inside a quote the ``lang`` draft prints: its marks become the inner ones, “…” in French (« »
    outside), ‘…’ in English (“ ” outside). A keynote's quote of what clients say printed
    “I hear this every week, you know: “Why would anyone attack us…?””, and « … « à consommer jusqu'au » … »."""
    inner_open, inner_close = ("\u201c", "\u201d") if lang == "fr" else ("\u2018", "\u2019")

    def inner(m: re.Match[str]) -> str:
        return inner_open + m.group(1).strip() + inner_close

    text = re.sub(r"«[ \t\u00a0\u202f]*([^«»\n]{1,400}?)[ \t\u00a0\u202f]*»", inner, text)
    if text.count('"') % 2 == 0:
        text = re.sub(r'"([^"\n]{1,400}?)"', inner, text)
    if lang != "fr":
        text = re.sub(r"\u201c([^\u201c\u201d\n]{1,400}?)\u201d", inner, text)
    # a quotation the statement cuts into (« … je lui dis : « Mehdi, explique-moi la question trois. », its
    # closing mark said after the statement's end) is closed where the statement ends, and one it starts inside
    # is opened where it starts: the draft's own marks stay paired
    if text.count("«") == 1 and "»" not in text:
        text = re.sub(r"«[ \t\u00a0\u202f]*", inner_open, text).rstrip() + inner_close
    elif text.count("»") == 1 and "«" not in text:
        text = inner_open + re.sub(r"[ \t\u00a0\u202f]*»", inner_close, text)
    return text
