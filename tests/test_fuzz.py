"""Property-based tests (hypothesis) of every reader and of the speaker-label parser.

Two properties, for each reader: (1) whatever the input, the only exception is ``InputError``;
(2) on well-formed input, every piece of every turn's text is found, whitespace-normalised, in the
input: the readers never invent, reorder or alter spoken words (quotes must be verbatim).
Example counts are modest so the whole file runs in well under 30 seconds.
"""
from __future__ import annotations

import io
import json
import math
import re

import docx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from confsynth.errors import InputError
from confsynth.ingest import decode_bytes, parse_label, read_transcript, split_inline
from confsynth.ingest.encoding import clean_controls
from confsynth.ingest.cues import parse_ctm, parse_srt, parse_vtt, parse_whisper_json
from confsynth.ingest.text import parse_text
from confsynth.records import Transcript

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def norm(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def pieces(transcript: Transcript) -> list[str]:
    """Each segment's text in each turn (the unit a line, paragraph or cue contributed)."""
    out = []
    for turn in transcript.turns:
        starts = [s.start for s in turn.segments] + [len(turn.text)]
        out.extend(turn.text[a:b].strip() for a, b in zip(starts, starts[1:]))
    return out


def assert_verbatim(transcript: Transcript, source: str) -> None:
    # control characters are not text: decoding drops those no Word file can hold (NUL, bell, escape)
    haystack = norm(clean_controls(source))
    # (a word broken at its hyphen between two captions is one word again: « dix- » then « huit » is « dix-huit »,
    # see ingest.turns.wrapped_at_hyphen; the line break after the hyphen is no text)
    joined = re.sub(r"(?<=[^\W\d_]-) (?=[^\W\d_])", "", haystack)
    for piece in pieces(transcript):
        assert piece, "a segment without text"
        assert norm(piece) in haystack or norm(piece) in joined, f"{piece!r} is not in the input"


# --------------------------------------------------------------------------- strategies

_WORD = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=10)
_PUNCT = st.sampled_from([".", ",", "?", "!", ";", " -", "…", "'", "’", "«", "»", ":", "(", ")", "[", "]", "*", "#"])
# spoken text for the verbatim property: words, punctuation, spaces; no "<", ">", "&" (cue markup) and no newline
_SPOKEN = st.lists(st.one_of(_WORD, _PUNCT, _WORD, _WORD), min_size=1, max_size=25).map(" ".join)
_CAP = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZÉÀÜŁ", min_size=1, max_size=1)
_LOWER = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàüß", min_size=1, max_size=8)
_NAME = st.lists(st.builds(str.__add__, _CAP, _LOWER), min_size=1, max_size=3).map(" ".join)
_LABEL = st.one_of(
    _NAME,
    st.builds(lambda n, o: f"{n} ({o})", _NAME, _NAME),
    st.builds(lambda n, r: f"{n}, {r}", _NAME, _LOWER),
    st.sampled_from(["SPEAKER_00", "SPEAKER_01", "S1", "S2", "Intervenant 2", "Question de la salle", "Modératrice",
                     "NOTE", "Note", "Ordre du jour"]),
    _SPOKEN,
)
_TIME = st.one_of(
    st.builds(lambda h, m, s, ms: f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}", st.integers(0, 99), st.integers(0, 59),
              st.integers(0, 59), st.integers(0, 999)),
    st.sampled_from(["00:00:xx", "1:2", "99:99:99,9999", "", "-1:00:00.000", "9" * 30 + ":00:00.000"]),
)


def _line(draw_label, text: str, shape: int) -> str:
    return [f"{draw_label}: {text}", f"**{draw_label}:** {text}", f"[00:0{shape}:12] {draw_label}: {text}",
            draw_label, text, f"# {text}", ""][shape]


_TEXT_LINES = st.lists(st.builds(_line, _LABEL, _SPOKEN, st.integers(0, 6)), min_size=1, max_size=15)


# --------------------------------------------------------------------------- label parser

@FAST
@given(st.text())
def test_parse_label_never_raises(text):
    label = parse_label(text)
    if label is not None:
        assert label.raw and len(label.raw) <= 120
        assert label.kind in {"person", "role", "anonymous", "audience", "moderator", "interpreter", "narration"}


@FAST
@given(st.one_of(st.text(), st.builds(lambda lab, t: f"{lab}: {t}", _LABEL, _SPOKEN),
                 st.builds(lambda t, lab, x: f"[{t}] {lab}: {x}", _TIME, _LABEL, _SPOKEN)))
def test_split_inline_keeps_the_spoken_text_verbatim(line):
    seconds, label, rest = split_inline(line)
    assert rest in line                            # the text is a piece of the line, never rewritten
    assert seconds is None or seconds == seconds and abs(seconds) != float("inf")
    if label is None:
        assert line.endswith(rest)


# --------------------------------------------------------------------------- text and markdown

@FAST
@given(st.text())
def test_parse_text_takes_any_text(text):
    try:
        t = parse_text(text, "x.txt")
    except InputError:
        return
    assert_verbatim(t, text)


@FAST
@given(_TEXT_LINES, st.sampled_from(["txt", "md"]))
def test_text_and_markdown_turns_are_verbatim(lines, fmt):
    text = "\n".join(lines)
    assert_verbatim(parse_text(text, f"x.{fmt}", fmt), text)


@SLOW
@given(data=st.one_of(st.binary(max_size=3000), st.text(max_size=2000).map(lambda s: s.encode("utf-8")),
                      st.text(max_size=1000).map(lambda s: s.encode("utf-16"))),
       suffix=st.sampled_from([".txt", ".md", ".vtt", ".srt", ".json", ".docx", ".ctm"]))
def test_read_transcript_raises_only_input_errors(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        t = read_transcript(path)
    except InputError:
        return
    assert t.turns and all(turn.text.strip() for turn in t.turns)


_CTM_WORD = st.one_of(st.text(min_size=1, max_size=12).filter(lambda w: not any(c.isspace() for c in w)),
                      st.sampled_from([".", ",", "qu'", "<unk>", "[noise]", "%hesitation"]),
                      st.builds("<start=0,end=1,speaker={}>".format, st.sampled_from(["S0", "S12", "x_y", ""])))
_CTM_TIME = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.floats(0, 4000))


@FAST
@given(st.lists(st.tuples(st.sampled_from(["A", "B", "1"]), _CTM_TIME, _CTM_TIME, _CTM_WORD), min_size=1,
                max_size=40))
def test_ctm_words_are_kept_in_order_or_refused(rows):
    text = "\n".join(f"rec {ch} {start} {dur} {word} 1.0" for ch, start, dur, word in rows)
    try:
        t = parse_ctm(text, "x.ctm")
    except InputError:
        return
    # every word the recogniser heard, in its order (tags and segment marks left out, told as the reader tells
    # them: once control characters are gone, "\x1b%" is a tag)
    # (the reader's own notion of a tag: "[]]" is a word to it, and "sil" a tag)
    from confsynth.ingest.cues import _CTM_TAG

    heard = [clean_controls(w) for _, start, dur, w in rows
             if math.isfinite(start) and math.isfinite(dur)
             and not _CTM_TAG.match(clean_controls(w)) and clean_controls(w).strip()]
    assert " ".join(turn.text for turn in t.turns).split() == " ".join(heard).split()


@FAST
@given(st.binary(max_size=4000))
def test_decoded_text_holds_nothing_word_cannot_store(data):
    try:
        text, _ = decode_bytes(data)
    except InputError:
        return
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", text)


# --------------------------------------------------------------------------- VTT and SRT

@st.composite
def _cues(draw, srt: bool):
    blocks = ["WEBVTT", ""] if not srt and draw(st.booleans()) else []
    for n in range(draw(st.integers(1, 12))):
        start, end = draw(_TIME), draw(_TIME)
        if srt:
            start, end = start.replace(".", ","), end.replace(".", ",")
        payload = draw(st.lists(_SPOKEN, min_size=1, max_size=3))
        kind = draw(st.integers(0, 3))
        name = draw(_NAME)
        if kind == 0:
            payload[0] = f"<v {name}>{payload[0]}</v>"
        elif kind == 1:
            payload[0] = f"{name}: {payload[0]}"
        elif kind == 2:
            payload[0] = f"- {payload[0]}"
        blocks += [str(n + 1), f"{start} --> {end}", *payload, ""]
    return "\n".join(blocks)


def _check_cues(parse, text: str) -> None:
    try:
        t = parse(text, "x")
    except InputError:
        return
    assert_verbatim(t, re.sub(r"</?v[^>]*>", " ", text))   # the voice tag is markup, not speech


@FAST
@given(_cues(srt=False))
def test_vtt_turns_are_verbatim(text):
    _check_cues(parse_vtt, text)


@FAST
@given(_cues(srt=True))
def test_srt_turns_are_verbatim(text):
    _check_cues(parse_srt, text)


@FAST
@given(st.text(), st.sampled_from([parse_vtt, parse_srt]))
def test_cue_readers_take_any_text(text, parse):
    try:
        parse(text, "x")
    except InputError:
        pass


# --------------------------------------------------------------------------- Whisper JSON

_JSON_VALUE = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=4), max_leaves=20)
_SEGMENT = st.fixed_dictionaries(
    {"text": st.one_of(_SPOKEN, st.text(max_size=40))},
    optional={"start": st.one_of(st.floats(), st.integers(), st.text(max_size=5)),
              "end": st.one_of(st.floats(), st.integers()),
              "speaker": st.one_of(_LABEL, st.text(max_size=10), st.integers())},
)


@FAST
@given(st.lists(_SEGMENT, min_size=1, max_size=10), st.booleans())
def test_whisper_json_turns_are_verbatim(segments, wrapped):
    source = json.dumps({"segments": segments} if wrapped else segments)
    try:
        t = parse_whisper_json(source, "x.json")
    except InputError:
        return
    assert_verbatim(t, "\n".join(s["text"] for s in segments))
    for turn in t.turns:
        for seg in turn.segments:
            assert seg.time is None or abs(seg.time) < float("inf")


@FAST
@given(st.one_of(_JSON_VALUE.map(json.dumps), st.text()))
def test_whisper_json_takes_any_json_or_text(text):
    try:
        parse_whisper_json(text, "x.json")
    except InputError:
        pass


# --------------------------------------------------------------------------- Word

_XML_SAFE = st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"], exclude_characters="\ufffe\uffff")
_PARA_TEXT = st.one_of(_SPOKEN, st.text(alphabet=_XML_SAFE, max_size=60))


@SLOW
@given(st.lists(st.tuples(st.one_of(st.none(), _LABEL), _PARA_TEXT), min_size=1, max_size=8))
def test_docx_turns_are_verbatim(tmp_path, paragraphs):
    d = docx.Document()
    for bold, text in paragraphs:
        p = d.add_paragraph()
        if bold is not None:
            p.add_run(f"{bold} :").bold = True
            p.add_run(f" {text}")
        else:
            p.add_run(text)
    path = tmp_path / "fuzz.docx"
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())
    assume(any(t.strip() for _, t in paragraphs))
    try:
        t = read_transcript(path)
    except InputError:
        return
    assert_verbatim(t, "\n".join(p.text for p in docx.Document(str(path)).paragraphs))


# --------------------------------------------------------------------------- limits

@FAST
@given(st.text(alphabet=st.sampled_from("ab \n\t\u00a0\u2028é"), max_size=200), st.integers(1, 17))
def test_word_count_in_slices_is_exact(text, chunk):
    from confsynth.limits import count_words

    assert count_words(text, chunk=chunk) == len(text.split())
