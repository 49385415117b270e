"""Timed cues -> turns: WebVTT (Teams voice tags, Zoom ``Name:`` cues), SubRip, Whisper-style JSON, CTM."""
from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass, replace

from ..errors import InputError
from ..records import Transcript
from .encoding import clean_controls
from .labels import Label, parse_label, parse_time, split_inline, split_midline
from .turns import Piece, TurnBuilder, wrapped_at_hyphen

__all__ = ["Cue", "parse_vtt", "parse_srt", "parse_whisper_json", "parse_ctm", "turns_from_cues"]

_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$"
)
# Bounded repeats: with "[^>]*", a payload of "<v a<v a…" without ">" rescans to its end at every "<".
_VOICE = re.compile(r"<v(?:\.[\w.-]{1,40})?\s+(?P<name>[^>]{1,200})>")
_TAG = re.compile(r"</?[^>\s][^>]{0,200}>")
_PAUSE_SPLIT = 2.0     # seconds: unlabelled cues further apart than this start a new paragraph-turn
_MAX_UNLABELLED = 150  # words: keep unlabelled turns short enough to locate a quote


@dataclass(frozen=True)
class Cue:
    """One subtitle cue or ASR segment."""

    start: float | None
    end: float | None
    text: str
    line: int | None
    label: Label | None = None
    confidence: float | None = None   # the recogniser's, 0..1 (CTM word confidences, Whisper's log-probability)
    after_gap: bool = False   # a cue before it was skipped (broken): its words do not run on from the last cue's


def turns_from_cues(cues: list[Cue], path: str, fmt: str, encoding: str) -> Transcript:
    """Group cues into turns: consecutive cues of one speaker form one turn; unlabelled cues continue it."""
    builder = TurnBuilder(path)
    labelled = any(c.label is not None for c in cues)
    words, last_end = 0, None
    for cue in cues:
        if not labelled:
            gap = (cue.start - last_end) if cue.start is not None and last_end is not None else 0.0
            if words >= _MAX_UNLABELLED or gap > _PAUSE_SPLIT:
                builder.split()
                words = 0
        # (« dix- » then « huit » in captions; "A-" then "A" are two words heard)
        builder.add(Piece(cue.text, cue.line, cue.start, cue.label, new_paragraph=cue.after_gap,
                          confidence=cue.confidence, wraps=fmt != "ctm"))
        words += len(cue.text.split())
        last_end = cue.end if cue.end is not None else last_end
    return Transcript(path=path, format=fmt, encoding=encoding, turns=tuple(builder.finish()))


def _payload(lines: list[str]) -> tuple[Label | None, str]:
    """Speaker and text of a cue payload: ``<v Name>`` voice tag, or a ``Name: text`` first line."""
    raw = ""
    for line in lines:
        raw += ("" if not raw or wrapped_at_hyphen(raw, line.lstrip()) else " ") + (line.lstrip() if raw else line)
    label = None
    m = _VOICE.search(raw)
    if m:
        label = parse_label(m["name"]) or Label(raw=m["name"].strip(), name=m["name"].strip())
    text = html.unescape(_TAG.sub("", raw)).strip()
    if label is None:
        _, inline, rest = split_inline(text)
        if inline is not None:
            label, text = inline, rest
        else:
            # "[Name] text" in some SRT, "[NAME]: text" in others (the colon had stayed in the quotes)
            m = re.match(r"^\[(?P<name>[^\]]{1,60})\]\s*:?\s*(?P<rest>.*)$", text)
            if m and (bracket := parse_label(m["name"])) is not None:
                label, text = bracket, m["rest"]
    text = re.sub(r"^[-–]\s+", "", text)  # dialogue dash
    return label, text


# A line that starts another voice inside one cue: subtitles' dialogue dash ("- ANNA BERG: What about…" then
# "- MARIA ROSSI: It works…"), or a WebVTT voice tag
_VOICE_LINE = re.compile(r"^\s*(?:[-–—]\s|<v[\s.])")


def _voices(payload: list[str]) -> list[tuple[int, list[str]]]:
    """The cue's lines by voice, with each part's offset in the payload: one part, unless two lines or more
    open a voice (then each such line starts a part, and the lines after it belong to it)."""
    starts = [i for i, line in enumerate(payload) if _VOICE_LINE.match(line)]
    if len(starts) < 2:
        return [(0, payload)]
    bounds = ([0] if starts[0] else []) + starts + [len(payload)]
    return [(a, payload[a:b]) for a, b in zip(bounds, bounds[1:]) if payload[a:b]]


def _blocks(text: str, spaces_inside: bool = False) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the 1-based line number of their first line (``spaces_inside``: a line of
    spaces is a line of the cue, as WebVTT says and YouTube writes, not the blank that ends it)."""
    blocks, current, first = [], [], 0
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip() or (spaces_inside and line and current):
            if not current:
                first = n
            current.append(line.rstrip())
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


# Broadcast captions mark a change of speaker with ">>" and say nobody's name (">>>" is a change of subject): each
# such cue is a voice of its own, "Voice 1", "Voice 2"…, named later by what it says ("So, my name is Dr. Leila
# Haddad") or merged with the label of that name. Read as the previous speaker's, a keynote went to its chair.
# YouTube's captions put the mark wherever the change falls, inside a line or at its end ("every tree >>", "sign up
# >> honestly"): read only at a line's start, the answers went to the asker and ">>" was printed in headlines
# (WebVTT escapes it: "&gt;&gt;")
_MARK = re.compile(r"(?<!>)(?<!&gt;)(?:>|&gt;){2,3}(?!>|&gt;)")


def _changes(lines: list[str], pending: bool) -> tuple[list[tuple[int, list[str], bool]], bool]:
    """A voice's lines cut at each ">>", wherever it stands: (line offset, lines, whether a new voice starts there)
    for each part, and whether a ">>" ends them (the next cue's words are a new voice's). ``pending``: the cue
    before ended on one. A ">>>" (a change of subject) is taken out and cuts nothing."""
    parts: list[tuple[int, list[str], bool]] = []
    current: list[str] = []
    at, change = 0, pending
    for i, line in enumerate(lines):
        pieces, last = [], 0
        for m in _MARK.finditer(line):
            if m.group().replace("&gt;", ">") == ">>>":
                continue
            pieces.append(line[last:m.start()])
            last = m.end()
        pieces.append(line[last:])
        pieces = [_MARK.sub("", p) for p in pieces]
        for k, piece in enumerate(pieces):
            if k:
                if any(ln.strip() for ln in current):
                    parts.append((at, current, change))
                current, at, change = [], i, True
            if piece.strip() or not k:
                current.append(piece.strip() if k else piece.rstrip())
    if any(ln.strip() for ln in current):
        parts.append((at, current, change))
        return parts, False
    return parts, change


# YouTube's automatic captions roll: each cue shows the line before again and adds the next, whose words carry
# their times (« you<00:00:02.322><c> so</c><00:00:02.682><c> much</c> »), and a 10 ms cue repeats the line alone.
# Read as they are, every word was said two or three times (« what you need leave what you can what you need… »)
# and quotes spliced words from two lines.
_WORD_TIME = re.compile(r"<\d{1,2}:\d{2}:\d{2}[.,]\d{3}>|<\d{2}:\d{2}[.,]\d{3}>")


# A timing line, well formed or not: "00:00:04.500 -> 00:00:09" (one dash), "00:00:18.000 -->" (no end), "xx:yy:zz.000
# --> 00:00:25.000" are a cue's, which the reader says it skipped (they were skipped without a word, and the first
# read as stray text)
_TIMING_LIKE = re.compile(r"-->|^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d*)?\s*-{1,2}>")


def _cue_blocks(text: str, spaces_inside: bool) -> list[tuple[int, list[str], bool]]:
    """:func:`_blocks`, with a cue written under another with no blank line between them split off (its number, a
    line of digits above its timing, goes with it): (first line, lines, whether it was so glued). Read as one, a
    cue's number and timing were words of the cue before."""
    out: list[tuple[int, list[str], bool]] = []
    for first, block in _blocks(text, spaces_inside):
        timing_at = next((i for i, ln in enumerate(block[:3]) if _TIMING_LIKE.search(ln)), None)
        start, glued = 0, False
        if timing_at is not None:
            for k in range(timing_at + 2, len(block)):
                if _TIMING_LIKE.search(block[k]):
                    cut = k - 1 if k - 1 > start + timing_at and block[k - 1].strip().isdigit() else k
                    out.append((first + start, block[start:cut], glued))
                    start, glued = cut, True
        out.append((first + start, block[start:], glued))
    return out


def _parse_cue_blocks(text: str, path: str, fmt: str) -> tuple[list[Cue], int, tuple[str, ...]]:
    cues, broken, voices = [], 0, 0
    skipped: list[str] = []   # the cues left out, by line: "line 7 (00:00:04.500 -> 00:00:09)"
    mended: list[str] = []    # the cues read despite a fault: "line 11 ends before it starts"
    gap = False   # a cue was skipped since the last one read
    pending = False   # the cue before ended on ">>": this one is a new voice's
    rolling = fmt == "vtt" and "<c>" in text and len(_WORD_TIME.findall(text[:20_000])) >= 5
    for first, block, glued in _cue_blocks(text, spaces_inside=rolling):
        timing_at = next((i for i, ln in enumerate(block[:3]) if _TIMING_LIKE.search(ln)), None)
        if timing_at is None:
            continue  # WEBVTT header, NOTE, STYLE, REGION, or stray text
        at = first + timing_at
        m = _TIMING.match(block[timing_at])
        payload = block[timing_at + 1:]
        if not m:
            broken += 1
            skipped.append(f"line {at} ({block[timing_at].strip()[:40]})")
            gap = True
            continue
        if glued:
            mended.append(f"line {at} follows the cue before with no blank line")
        elif block[0].startswith("NOTE"):
            mended.append(f"line {at} is inside a NOTE left open (no blank line after it)")
        if rolling:
            # only the line whose words carry their times is new; a cue without one repeats what was shown
            payload = [ln for ln in payload if _WORD_TIME.search(ln)]
            if not payload:
                continue
        start, end = parse_time(m["start"]), parse_time(m["end"])
        if start is not None and end is not None and end < start:
            mended.append(f"line {at} ends before it starts")
            end = None
        parts = []
        for offset, voice in _voices(payload):
            cut, pending = _changes(voice, pending)
            parts += [(offset + inner, lines, change) for inner, lines, change in cut]
        for offset, lines, change in parts:
            label, body = _payload(lines)
            if change and label is None and body.strip():
                voices += 1
                label = Label(raw=f"Voice {voices}", name=None, kind="anonymous")
            if body.strip():
                cues.append(Cue(start, end, body, first + timing_at + 1 + offset, label, after_gap=gap))
                gap = False
    if not cues:
        what = f"{broken} cue(s) with broken timestamps and no valid cue" if broken else "no subtitle cues found"
        raise InputError(path, f"{what} in this {fmt.upper()} file")
    problems = []
    if skipped:
        problems.append(f"{len(skipped)} cue(s) skipped, their timing unreadable: " + ", ".join(skipped))
    if mended:
        problems.append(f"{len(mended)} cue(s) read despite a fault in the file: " + ", ".join(mended))
    return cues, broken, tuple(problems)


def _note_header(text: str) -> tuple[str, ...]:
    """The event a WebVTT file's first NOTE block names, before any cue, as header lines (title, then place and
    date): "NOTE" over « Creative Futures Summit 2024, Glasgow, 3 June 2024. Panel: "Who pays for culture now?" »
    gives ("Creative Futures Summit 2024", "Glasgow, 3 June 2024", …). The title was the file's name."""
    from ..render.dates import header_event

    for _, block in _blocks(text):
        if any("-->" in ln for ln in block[:3]):
            return ()
        if not block[0].startswith("NOTE"):
            continue
        note = " ".join([block[0][4:].strip()] + [ln.strip() for ln in block[1:]]).strip()
        # (a tool's own notes are no event: "NOTE Confidence: 0.93", "NOTE duration: 01:02:03")
        if not note or len(note) > 300 or re.match(r"^[\w -]{1,25}:\s*[\w.:/ -]{0,40}$", note) \
                or not re.search(r"[^\W\d_]{3,}", note):
            return ()
        lines: list[str] = []
        for part in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"“«])", note):
            part = part.strip()
            bits = part.rstrip(".").split(", ")
            # "Title, Place, Date": the place and date are a line of their own
            # (the place first, or the date alone: a title may hold a comma, "European Forum on Repair, Reuse and Local
            # Jobs - morning session, Brussels, 14 March 2025" was titled "European Forum on Repair")
            for k in range(1, len(bits)):
                date, place = header_event(["", ", ".join(bits[k:])])
                if date and (place == bits[k] or (place is None and k == len(bits) - 1)):
                    lines += [", ".join(bits[:k]), ", ".join(bits[k:])]
                    break
            else:
                lines.append(part)
        return tuple(ln for ln in lines if ln)
    return ()


def parse_vtt(text: str, path: str, encoding: str = "utf-8") -> Transcript:
    """Parse a WebVTT file (Teams, Zoom and generic exports)."""
    if not text.lstrip().startswith("WEBVTT") and "-->" not in text:
        raise InputError(path, "not a WebVTT file (no 'WEBVTT' header and no cue timings)")
    cues, _, problems = _parse_cue_blocks(text, path, "vtt")
    transcript = replace(turns_from_cues(cues, path, "vtt", encoding), problems=problems)
    header = _note_header(text)
    return replace(transcript, header=header) if header else transcript


def parse_srt(text: str, path: str, encoding: str = "utf-8") -> Transcript:
    """Parse a SubRip file."""
    cues, _, problems = _parse_cue_blocks(text, path, "srt")
    return replace(turns_from_cues(cues, path, "srt", encoding), problems=problems)


def _seconds(value: object) -> float | None:
    """A segment time in seconds; NaN, Infinity (which Python's json accepts) and non-numbers are None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value) if abs(value) < 1e15 else math.inf
    return value if math.isfinite(value) else None


# The JSON shapes of transcripts: a list of utterances under one of these keys (or the list itself), each
# utterance with its text under one of _TEXT_KEYS and its speaker under one of _SPEAKER_KEYS.
_LIST_KEYS = ("segments", "utterances", "meeting_transcripts", "transcript", "turns")
_TEXT_KEYS = ("text", "content", "utterance", "transcript")
_SPEAKER_KEYS = ("speaker", "speaker_name", "name", "speaker_label")
_NOT_JSON_TRANSCRIPT = ("not a JSON transcript confsynth reads: expected a list of utterances ('segments' as "
                        "Whisper writes it, 'utterances', 'meeting_transcripts'), each an object with 'text' or "
                        "'content' and optionally 'speaker', 'start', 'end'")


def parse_whisper_json(text: str, path: str, encoding: str = "utf-8") -> Transcript:
    """Parse a JSON transcript: Whisper / WhisperX ``{"segments": [{"start", "end", "text", "speaker"?}]}``,
    and the same list under ``utterances`` (AssemblyAI, times in milliseconds) or ``meeting_transcripts``
    (the AMI/ICSI meetings of QMSum, ``{"speaker", "content"}``), or alone."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # ("Unterminated string starting at" is Python's whole message: "… starting at at line 8" read twice)
        raise InputError(path, f"invalid JSON ({exc.msg}: line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise InputError(path, "not a JSON transcript: nested thousands of levels deep") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise InputError(path, f"invalid JSON ({exc})") from None
    key = next((k for k in _LIST_KEYS if isinstance(data, dict) and isinstance(data.get(k), list)), None)
    segments = data.get(key) if key else data
    if not isinstance(segments, list) or not segments or not all(isinstance(s, dict) for s in segments):
        raise InputError(path, _NOT_JSON_TRANSCRIPT)
    text_key = next((k for k in _TEXT_KEYS if all(isinstance(s.get(k), str) for s in segments)), None)
    if text_key is None:
        raise InputError(path, _NOT_JSON_TRANSCRIPT)
    # AssemblyAI counts milliseconds; Whisper seconds
    scale = 1000.0 if key == "utterances" and all(isinstance(s.get("start"), int) for s in segments) else 1.0
    cues = []
    for n, seg in enumerate(segments, start=1):
        speaker = next((seg[k] for k in _SPEAKER_KEYS if isinstance(seg.get(k), (str, int))
                        and not isinstance(seg.get(k), bool)), None)
        speaker = clean_controls(str(speaker)) if speaker is not None else None  # "\u0007" escapes in JSON
        label = None
        if speaker is not None and speaker.strip():
            label = parse_label(speaker) or Label(raw=speaker.strip(), name=None, kind="anonymous")
        start, end = _seconds(seg.get("start")), _seconds(seg.get("end"))
        start = start / scale if start is not None else None
        end = end / scale if end is not None else None
        said = clean_controls(seg[text_key]).strip()
        if not said:
            continue
        # JSON has no meaningful lines: the segment number stands in for the line. An interjection printed
        # inside the utterance ("…by half  Mr. Brian Masse: Not on credit cards.  Hon. Bill Morneau: and…")
        # is the interrupter's turn, and the speaker's own label takes the floor back
        confidence = _json_confidence(seg)
        parts = split_midline(said, label)
        timed = _timed_sentences(said, seg.get("words"), scale) if len(parts) == 1 else None
        if timed:
            # a sentence's own time where the recogniser gives each word's: a quote from a long answer was dated
            # at the answer's start, half a minute before its words
            cues.extend(Cue(s, e, text, n, label, c if c is not None else confidence) for s, e, text, c in timed)
            continue
        for inner, words in parts:
            if words.strip():
                cues.append(Cue(start, end, words.strip(), n, inner or label, confidence))
    if not cues:
        raise InputError(path, "the JSON transcript's segments hold no text")
    return turns_from_cues(cues, path, "whisper-json" if key == "segments" else "json", encoding)


def _timed_sentences(said: str, words: object, scale: float) -> list[tuple[float, float | None, str, float | None]] | None:
    """The utterance cut into its sentences, each with its first word's start and last word's end (and its words'
    mean confidence), where ``words`` are the utterance's own words in order (AssemblyAI's ``{"text", "start",
    "end", "confidence"}``, Whisper's ``{"word", "start", "end", "probability"}``); None where they are not."""
    tokens = said.split()
    if not isinstance(words, list) or len(words) != len(tokens) or len(tokens) < 2:
        return None
    spoken = [(w.get("text") if isinstance(w.get("text"), str) else w.get("word")) if isinstance(w, dict) else None
              for w in words]
    if any(not isinstance(s, str) or s.strip() != t for s, t in zip(spoken, tokens)):
        return None
    out, first = [], 0
    for k, tok in enumerate(tokens):
        if re.search(r"[.!?…][»”\"')\]]*$", tok) or k == len(tokens) - 1:
            start, end = _seconds(words[first].get("start")), _seconds(words[k].get("end"))
            if start is None:
                return None
            probs = [p for w in words[first:k + 1] for p in (w.get("confidence", w.get("probability")),)
                     if isinstance(p, (int, float)) and not isinstance(p, bool)]
            out.append((start / scale, end / scale if end is not None else None, " ".join(tokens[first:k + 1]),
                        _probability(sum(probs) / len(probs)) if probs else None))
            first = k + 1
    return out


# A CTM line (NIST's time-marked words, as speech recognisers write them): "file channel start duration word
# [confidence]". Some recognisers mark a speaker's segment with a pseudo-word, "<start=0.04,end=34.04,speaker=S0>"
# (the public_meetings_fr corpus); without it, a second channel is a second speaker (a telephone call).
_CTM_SEGMENT = re.compile(r"^<start=[\d.]+,end=[\d.]+,speaker=(?P<speaker>[^,>]{1,60})>$")
_CTM_TAG = re.compile(r"^(?:<[^>]*>|\[[^\]]*\]|%\S*|sil|sp)$", re.IGNORECASE)   # <unk>, <sil>, [noise], %hesitation
_CTM_PAUSE = 0.5       # seconds between words that end a cue (the turn splits at _PAUSE_SPLIT)
_CTM_NOT = ("not a CTM transcript: each line should read 'file channel start duration word' (times in seconds), "
            "as speech recognisers write .ctm files")


def _probability(value: object) -> float | None:
    """``value`` as a probability, 0..1, or None (a missing, non-numeric or out-of-range field)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and 0 <= value <= 1:
        return float(value)
    return None


def _json_confidence(seg: dict) -> float | None:
    """A recogniser's confidence in one JSON segment, 0..1: its own ``confidence`` (AssemblyAI), else the mean
    of its words' ``probability`` or ``confidence`` (Whisper with word timestamps, AssemblyAI), else the
    exponential of Whisper's ``avg_logprob`` (the geometric mean of its tokens' probabilities)."""
    own = _probability(seg.get("confidence"))
    if own is not None:
        return own
    words = seg.get("words")
    if isinstance(words, list):
        probs = [p for w in words if isinstance(w, dict)
                 for p in [_probability(w.get("probability", w.get("confidence")))] if p is not None]
        if probs:
            return sum(probs) / len(probs)
    logprob = seg.get("avg_logprob")
    if isinstance(logprob, (int, float)) and not isinstance(logprob, bool) and math.isfinite(logprob) and logprob <= 0:
        return math.exp(logprob)
    return None


def parse_ctm(text: str, path: str, encoding: str = "utf-8") -> Transcript:
    """Parse a CTM file: words with their times, grouped into cues at a speaker's segment mark, a change of
    channel (with two channels or more) or a pause; each cue's line is its first word's line."""
    rows = []   # (line, channel, start, end, word, confidence)
    for n, line in enumerate(text.splitlines(), start=1):
        fields = line.split()
        if not fields or fields[0].startswith(";;"):
            continue
        if len(fields) < 5:
            continue
        try:
            start, duration = float(fields[2]), float(fields[3])
        except ValueError:
            continue
        if not (math.isfinite(start) and math.isfinite(duration)):
            continue
        try:
            confidence = _probability(float(fields[5])) if len(fields) > 5 else None
        except ValueError:
            confidence = None
        rows.append((n, fields[1], start, start + max(0.0, duration), clean_controls(fields[4]), confidence))
    if not rows:
        raise InputError(path, _CTM_NOT)
    by_channel = len({r[1] for r in rows}) > 1 and not any(_CTM_SEGMENT.match(r[4]) for r in rows)
    cues: list[Cue] = []
    words: list[str] = []
    confidences: list[float] = []
    first: tuple[int, float] | None = None
    label: Label | None = None
    last_end: float | None = None
    last_channel: str | None = None

    def close(end: float | None) -> None:
        nonlocal words, first, confidences
        if words and first is not None:
            confidence = sum(confidences) / len(confidences) if confidences else None
            cues.append(Cue(first[1], end, " ".join(words), first[0], label, confidence))
        words, first, confidences = [], None, []

    for line, channel, start, end, word, confidence in rows:
        mark = _CTM_SEGMENT.match(word)
        if mark:
            close(last_end)
            label = Label(raw=mark["speaker"], name=None, kind="anonymous")
            continue
        if _CTM_TAG.match(word) or not word.strip():
            continue
        if by_channel and channel != last_channel:
            close(last_end)
            label = Label(raw=f"Channel {channel}", name=None, kind="anonymous")
        elif (last_end is not None and start - last_end > _CTM_PAUSE and re.search(r"\w", word)
              and not (words and words[-1].endswith(("'", "’")))):
            # (a recogniser's full stop after the pause still ends the words before it, and « qu' » still
            # goes with « on »)
            close(last_end)
        if first is None:
            first = (line, start)
        words.append(word)
        if confidence is not None and re.search(r"\w", word):   # (a recogniser's punctuation is no word heard)
            confidences.append(confidence)
        last_end, last_channel = end, channel
    close(last_end)
    if not cues:
        raise InputError(path, "the CTM file holds no words")
    return turns_from_cues(cues, path, "ctm", encoding)
