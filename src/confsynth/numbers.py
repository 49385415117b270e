"""Numbers said in words, written in digits for headlines.

A recogniser, and many transcribers, write what was said: « deux mille dix-sept », « quatre cent mille
euros », "twenty five Euro", "one point four". A headline is an editor's sentence, and an editor writes
2017, 400 000 euros, 25 Euro and 1.4. Quotes and body statements stay as said (they are verbatim); only
headlines go through :func:`words_to_digits`.

What is written in digits: a number of 10 or more, or with a decimal part, a share (« 2 % ») and a day
of the month (« le 5 juillet »). What stays in words: small
numbers (« deux semaines »), a scale word alone (« mille fois », "a thousand people"), a number opening the
headline (a sentence does not start on a digit), and any run of number words that is not one number
(« deux trois fois », "twelve fifty", "nineteen ninety": two numbers said together). A number said past its
scale word is written in full: « un million deux cent mille euros » -> 1 200 000 euros.
"""
from __future__ import annotations

import re

__all__ = ["words_to_digits", "drop_restated_figures", "figure_at"]

_UNITS = {
    "fr": {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
}
_HUNDRED = {"fr": {"cent", "cents"}, "en": {"hundred"}}
_THOUSAND = {"fr": {"mille", "mil"}, "en": {"thousand"}}
# scale words kept as words after the digits: « 50 millions d'euros », "3 billion"
_SCALES = {"fr": {"million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9},
           "en": {"million": 10**6, "billion": 10**9}}
_AND = {"fr": "et", "en": "and"}
_POINT = {"fr": "virgule", "en": "point"}
_PERCENT = {"fr": re.compile(r"^\s+pour\s?cent\b", re.IGNORECASE),
            "en": re.compile(r"^\s+(?:percent|per cent)\b", re.IGNORECASE)}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
# a speed said in words after its number: « 30 kilomètres heure » is 30 km/h
_SPEED = {"fr": re.compile(r"^\s+(?:kilom[èe]tres?|km)(?:[\s-]+|\s+(?:à l'|par\s+))heure\b", re.IGNORECASE),
          "en": re.compile(r"^\s+kilomet(?:re|er)s?\s+(?:an|per)\s+hour\b", re.IGNORECASE)}
# a day of the month is written in digits whatever its size: « le 5 juillet »
_MONTH_FR = re.compile(r"^\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
                       r"|décembre)\b", re.IGNORECASE)
_JOIN = re.compile(r"\s+|\s*-\s*")   # between two words of one number ("fifty - six" in AMI's transcripts)
# what « et » / "and" joins inside one number: « vingt et un », « soixante et onze », "a hundred and fifty", "two
# thousand and five"; not two numbers said in a row: « un étudiant sur dix et un enseignant sur dix » (not 11)
_AND_AFTER = {"fr": {"vingt", "trente", "quarante", "cinquante", "soixante"},
              "en": {"hundred", "thousand", "million", "billion"}}
_AND_BEFORE = {"fr": {"un", "une", "onze"}, "en": None}
# a time of day: « sept heures quarante » is 7 h 40
_TIME_FR = re.compile(r"\b([^\W\d_]+(?:-[^\W\d_]+)*)\s+heures?\s+([^\W\d_]+(?:-[^\W\d_]+)*)\b", re.IGNORECASE)


def _parts(word: str) -> list[str]:
    # (« trente-et-un », the 1990 spelling: the « et » inside the word only joins)
    return [p for p in word.lower().split("-") if p != "et"] or ["et"]


def _is_number_word(part: str, language: str) -> bool:
    return (part in _UNITS[language] or part in _HUNDRED[language] or part in _THOUSAND[language]
            or part in _SCALES[language])


def _number_token(word: str, language: str) -> bool:
    """Whether a word (hyphenated parts and all) is a number word: « dix-sept », "fifty"."""
    return all(_is_number_word(p, language) for p in _parts(word))


def _read(parts: list[str], lang: str) -> tuple[int, int, str | None] | None:
    """The number the words say, as (value below the scale word, scale factor, scale word), or None when
    they are not one number."""
    total, current, last = 0, 0, None     # last: the previous additive component, which must be larger
    scale_word = None
    scale = 1
    i = 0
    while i < len(parts):
        p = parts[i]
        if scale_word is not None:
            return None          # nothing after « millions » is part of the number here
        if lang == "fr" and p == "quatre" and i + 1 < len(parts) and parts[i + 1] in ("vingt", "vingts"):
            v = 80
            i += 1
        elif p in _UNITS[lang]:
            v = _UNITS[lang][p]
        elif p in _HUNDRED[lang]:
            if current >= 100:
                return None
            current = max(current, 1) * 100
            last = 100
            i += 1
            continue
        elif p in _THOUSAND[lang]:
            if total:
                return None
            total = max(current, 1) * 1000
            current, last = 0, 1000
            i += 1
            continue
        elif p in _SCALES[lang]:
            scale_word = p
            scale = _SCALES[lang][p]
            if i + 1 < len(parts):
                # « un million deux cent mille euros »: the rest, below the scale, is part of one number
                rest = _read(parts[i + 1:], lang)
                if rest is None or not total + current or rest[0] * rest[1] >= scale or not rest[0]:
                    return None
                return (total + current) * scale + rest[0] * rest[1], 1, None
            i += 1
            continue
        else:
            return None
        if last is not None and v >= last:
            return None          # « deux trois », "twelve fifty": two numbers said together
        if last is not None and last < 100 and last % 10 and v:
            return None          # nothing after a unit below 100 (« vingt-cinq six »)
        if last is not None and last in range(11, 20):
            return None          # "nineteen five"
        if lang == "fr" and last in (20, 30, 40, 50) and v >= 10:
            return None          # « vingt dix » (only 60 and 80 take 10-19)
        if lang == "en" and last is not None and 20 <= last < 100 and v >= 10:
            return None
        current += v
        last = v
        i += 1
    return total + current, scale, scale_word


# A year said with "thousand" is a year after these words, unless a plural noun follows ("in two thousand
# cases"): "around two thousand local jobs" is 2,000 jobs, « en deux mille huit » is 2008
_YEAR_BEFORE = {"en": {"in", "since", "from", "until", "till", "by", "of", "year", "before", "after", "early", "late",
                       "mid", "summer", "spring", "autumn", "fall", "winter", "between", "and", "to", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"},
                "fr": {"en", "depuis", "de", "dès", "année", "avant", "après", "jusqu'en", "fin", "début", "été",
                       "hiver", "printemps", "automne", "entre", "et", "à", "l'an", "an", "janvier", "février", "mars",
                       "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}}
_NOT_PLURAL = {"was", "has", "is", "as", "us", "this", "thus", "its", "his", "hers", "yes", "les", "des", "mes", "ses",
               "tes", "ces", "nous", "vous", "dans", "sans", "sous", "alors", "puis", "aussi", "mais", "depuis", "plus",
               "moins", "très", "jamais", "toujours", "après", "avons", "avez", "sommes", "êtes", "étais", "était"}


def _said_as_year(before: str, after: str, language: str) -> bool:
    prev = re.findall(r"[\w'’]+", before.lower().replace("’", "'"))
    nxt = re.match(r"\s*(?:[-–]\s*)?([^\W\d_]+)", after)
    plural = nxt is not None and nxt.group(1).islower() and nxt.group(1)[-1] in "sx" and len(nxt.group(1)) > 2 \
        and nxt.group(1) not in _NOT_PLURAL
    # (an elided article is no part of the word: « de l'année deux mille seize », « jusqu'en »)
    return bool(prev) and prev[-1].rsplit("'", 1)[-1] in _YEAR_BEFORE[language] and not plural


def _format(value: int, language: str, year_like: bool) -> str:
    if value < 10000 and (year_like or value < 1000):
        return str(value)
    sep = "\u00a0" if language == "fr" else ","   # the no-break space of the drafts' French typography
    return f"{value:,}".replace(",", sep)


_RANGE = {"fr": {"à", "ou"}, "en": {"to", "or"}}
_RATIO = {"fr": {"sur"}, "en": {"out of", "in"}}


def _run_from(text: str, words: list[re.Match[str]], i: int, language: str) -> tuple[int, list[str]]:
    """The run of number words that starts at word ``i`` (a number word): its last word's index and its parts,
    the words joined by spaces or hyphens, and « et » / "and" where it joins one number (« vingt et un »)."""
    j, parts = i, _parts(words[i].group())
    while j + 1 < len(words) and _JOIN.fullmatch(text[words[j].end():words[j + 1].start()]):
        word = words[j + 1].group().lower()
        if word == _AND[language] and j + 2 < len(words) \
                and _JOIN.fullmatch(text[words[j + 1].end():words[j + 2].start()]) \
                and _number_token(words[j + 2].group(), language) and parts[-1] in _AND_AFTER[language] \
                and (_AND_BEFORE[language] is None or _parts(words[j + 2].group())[0] in _AND_BEFORE[language]):
            j += 2
        elif _number_token(word, language):
            j += 1
        else:
            break
        parts += _parts(words[j].group())
    return j, parts


def _runs(text: str, language: str) -> list[tuple[int, int, list[str]]]:
    """Each run of number words: (start, end, its parts), « vingt et un » and "a hundred and fifty" as one."""
    words = list(_WORD.finditer(text))
    runs, i = [], 0
    while i < len(words):
        if not _number_token(words[i].group(), language):
            i += 1
            continue
        j, parts = _run_from(text, words, i, language)
        runs.append((words[i].start(), words[j].end(), parts))
        i = j + 1
    return runs


def _opens(text: str, pos: int) -> bool:
    """Whether ``pos`` is where the headline's words start (after its opening quotation mark): a sentence does not
    open on a digit."""
    return not text[:pos].strip(" «\"“")


def _ranges(text: str, runs: list[tuple[int, int, list[str]]], language: str):
    """The pairs of consecutive runs said as a range: « quinze à vingt », "eight or ten"."""
    return [(a, b) for a, b in zip(runs, runs[1:]) if text[a[1]:b[0]].strip().lower() in _RANGE[language]]


def _scaled_ranges(text: str, language: str) -> str:
    """A range whose scale word is said once, after its second number: « de quinze à vingt mille euros » is 15 000 to
    20 000, « deux ou trois cents personnes » 200 or 300 (printed « quinze à 20 000 », the headline said 15 euros);
    the first number takes the scale word too."""
    out, pos = [], 0
    for (_, a1, a), (_, _, b) in _ranges(text, _runs(text, language), language):
        scale = b[-1]
        if (len(b) < 2 or scale not in _HUNDRED[language] | _THOUSAND[language]   # (« 10 à 20 millions » says it)
                or any(p in _HUNDRED[language] | _THOUSAND[language] | set(_SCALES[language]) for p in a)):
            continue
        low, high = _read(a, language), _read(b[:-1], language)
        if low is None or high is None or not 0 < low[0] < high[0]:
            continue
        out += [text[pos:a1], " " + scale]
        pos = a1
    return "".join(out) + text[pos:]


# a year of this decade said as two numbers: « fin vingt vingt et un » is 2021, "twenty twenty-two" 2022
_UNIT_WORDS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
               "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9}
_TWENTY_TWENTY = re.compile(r"\b(?:vingt|twenty)[\s-]+(?:vingt|twenty)(?:[\s-]+(?:et[\s-]+)?(?P<unit>"
                            + "|".join(_UNIT_WORDS) + r"))?\b", re.IGNORECASE)


# ... and of the decade before, after a word that says a year comes: "than in twenty ten", "to twenty ten levels"
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TWENTY_TEENS = re.compile(r"\b(?P<pre>in|since|from|until|till|by|before|after|of|between|and|to)\s+twenty[\s-]+"
                           r"(?P<n>" + "|".join(_TEENS) + r")\b", re.IGNORECASE)


def _year_2020s(m: re.Match[str]) -> str:
    if _opens(m.string, m.start()):
        return m.group()   # (a sentence does not open on a digit)
    return str(2020 + (_UNIT_WORDS[m["unit"].lower()] if m["unit"] else 0))


def _time_of_day(m: re.Match[str]) -> str:
    hours, minutes = (_read(_parts(m.group(k)), "fr") if _number_token(m.group(k), "fr") else None for k in (1, 2))
    if (hours is None or minutes is None or hours[1] != 1 or minutes[1] != 1 or not hours[0] <= 24
            or not 0 < minutes[0] < 60 or _opens(m.string, m.start())):
        return m.group()   # (not at the headline's start: a sentence does not open on a digit)
    return f"{hours[0]}\u00a0h\u00a0{minutes[0]:02d}"


def words_to_digits(text: str, language: str) -> str:
    """``text`` with its numbers of 10 or more written in digits (see the module's notes)."""
    if language not in _UNITS:
        return text
    if language == "fr":
        text = _TIME_FR.sub(_time_of_day, text)
    text = _TWENTY_TWENTY.sub(_year_2020s, text)
    if language == "en":
        text = _TWENTY_TEENS.sub(lambda m: f"{m['pre']} 20{_TEENS[m['n'].lower()]}", text)
    text = _scaled_ranges(text, language)
    # (a range that opens the headline stays in words, both ends: « Quinze mille à vingt mille euros, c'est… »)
    runs = _runs(text, language)
    ranges = _ranges(text, runs, language)
    opening_range = ranges[0][1][0] if ranges and ranges[0][0] == runs[0] and _opens(text, runs[0][0]) else None
    # (a small number paired with a large one in a range is written as its pair: "eight or ten weeks" is "8 or 10
    # weeks", not "eight or 10 weeks")
    paired = set()
    # (and a ratio: « sept sur dix » is « 7 sur 10 », not « sept sur 10 »)
    ratios = [(a, b) for a, b in zip(runs, runs[1:]) if text[a[1]:b[0]].strip().lower() in _RATIO[language]]
    for (a0, _, a), (_, _, b) in ranges + ratios:
        low, high = _read(a, language), _read(b, language)
        if low and high and low[0] < 10 <= high[0] * high[1]:
            paired.add(a0)
    out: list[str] = []
    pos = 0
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        m = words[i]
        if not _number_token(m.group(), language):
            i += 1
            continue
        # the run: number words joined by spaces or hyphens, and « et » / "and" between two of them
        j, parts = _run_from(text, words, i, language)
        end = words[j].end()
        parsed = _read(parts, language)
        decimals = ""
        # a decimal part: « douze virgule cinq », "one point four"
        if parsed is not None and j + 2 < len(words) and words[j + 1].group().lower() == _POINT[language] \
                and not text[end:words[j + 1].start()].strip() \
                and not text[words[j + 1].end():words[j + 2].start()].strip():
            digits = []
            k = j + 2
            while k < len(words) and words[k].group().lower() in _UNITS[language] \
                    and _UNITS[language][words[k].group().lower()] < 10 \
                    and (k == j + 2 or not text[words[k - 1].end():words[k].start()].strip()):
                digits.append(str(_UNITS[language][words[k].group().lower()]))
                k += 1
            if digits:
                decimals = ("," if language == "fr" else ".") + "".join(digits)
                end = words[k - 1].end()
                j = k - 1
            else:
                parsed = None   # "twelve point twelve fifty": a price said as two numbers, left as said
        if parsed is None:
            i = j + 1
            continue
        value, scale, scale_word = parsed
        alone = len(parts) == 1 and (parts[0] in _HUNDRED[language] or parts[0] in _THOUSAND[language])
        at_start = _opens(text, m.start())
        after = text[end:]
        dated = language == "fr" and 1 <= value <= 31 and not scale_word and not decimals and _MONTH_FR.match(after)
        # (a share is written in digits whatever its size: « inférieur à 2 % », "2% of the budget")
        percent = _PERCENT[language].match(after)
        share = percent is not None and not scale_word
        # (the minutes of a time left in words, at the headline's start: « Sept heures quarante, c'est… »)
        minutes = language == "fr" and re.search(r"\bheures?\s+$", text[:m.start()], re.IGNORECASE)
        # (nor the pence of a price said in words: "six pounds forty an hour" read « six pounds 40 »)
        minutes = minutes or re.search(r"(?i)\b(?:pounds?|euros?|dollars?|francs?|quid|bucks)\s+$", text[:m.start()])
        if at_start or m.start() == opening_range or alone or minutes \
                or (value < 10 and not decimals and not dated and not share and m.start() not in paired) \
                or (scale_word and value == 0):
            i = j + 1
            continue
        year_like = 1900 <= value <= 2100 and scale == 1 and not decimals
        if year_like and any(p in _THOUSAND[language] for p in parts):
            year_like = _said_as_year(text[:m.start()], after, language)
        digits = _format(value, language, year_like) + decimals
        if scale_word:
            digits += " " + scale_word
        speed = _SPEED[language].match(after)
        if share:
            digits += "\u00a0%" if language == "fr" else "%"
            end += percent.end()
        elif speed and not scale_word:
            digits += "\u00a0km/h" if language == "fr" else " km/h"
            end += speed.end()
        start = m.start()
        if language == "en" and parts[0] in _HUNDRED["en"] | _THOUSAND["en"] | set(_SCALES["en"]):
            article = re.search(r"\b(?:a|one)\s+$", text[pos:start], re.IGNORECASE)
            if article:   # "a hundred and fifty" is 150, not "a 150"
                start = pos + article.start()
        out.append(text[pos:start])
        out.append(digits)
        pos = end
        i = j + 1
    out.append(text[pos:])
    return "".join(out)


# A figure said twice, the second time right after a comma: in words then in digits as a transcriber writes both
# (« s'élève à quatre cent quatre-vingt-six mille euros, 486 000 euros » printed « 486 000 euros, 486 000 euros »
# once in digits), or repeated. The unit must be the same word (not "in 2019, 2019 was a record year").
_RESTATED = re.compile(r"(?<![\w.,])(\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?)(\s*%|\s+[^\W\d_]+)?"
                       r",\s+(\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?)(\s*%|\s+[^\W\d_]+)?(?!\w|[.,]\d)")


def _restated(m: re.Match[str]) -> str:
    same = re.sub(r"\D", "", m[1]) == re.sub(r"\D", "", m[3])
    unit, again = (m[2] or "").strip().casefold(), (m[4] or "").strip().casefold()
    # (a bare figure again only where the phrase ends: « 486 000 euros, 486 000, contre… »)
    if same and (unit == again or (not again and re.match(r"\s*(?:[,.;:!?…)]|$)", m.string[m.end():]))):
        return m[1] + (m[2] or "")
    return m[0]


def drop_restated_figures(text: str) -> str:
    """``text`` with a figure said twice in a row (in words, then in digits) written once."""
    return _RESTATED.sub(_restated, text)


# what comes between a hedge and the figure it hedges: "I think about thirty", « je crois près de 40 % »
_ROUGHLY = {"en": r"(?:(?:about|around|roughly|some|almost|nearly|over|under|maybe|perhaps|more than|less than|up to"
                  r"|at least|between)\s+)?",
            "fr": r"(?:(?:environ|à peu près|près de|plus de|moins de|presque|peut-être|entre|au moins|jusqu'à)\s+)?"}
# the end of a figure that a hedge can sit inside: "thirty, I think, percent", « 40, je crois, millions »
_FIGURE_END = re.compile(r"\s*(?:%|per\s?cent|pour\s?cent|million|millions|milliards?|billion|thousand|mille)\b",
                         re.IGNORECASE)


def figure_at(before: str, after: str, language: str) -> bool:
    """Whether a hedge between ``before`` and ``after`` sits right before or inside a figure: "Some cooperatives
    reserve, I think, ten to fifteen percent" (not « un », "one": an article as often as a number)."""
    m = re.match(r"\s*" + _ROUGHLY.get(language, "") + r"(?:\d|([^\W\d_]+(?:-[^\W\d_]+)*))", after, re.IGNORECASE)
    if m and (m[1] is None or (language in _UNITS and m[1].lower() not in {"un", "une", "one"}
                               and _number_token(m[1], language))):
        return True
    last = re.search(r"(\d|[^\W\d_]+(?:-[^\W\d_]+)*)\W*$", before)
    return bool(last and (last[1].isdigit() or (language in _UNITS and _number_token(last[1], language)))
                and _FIGURE_END.match(after))

