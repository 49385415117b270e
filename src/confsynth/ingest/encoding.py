"""Bytes -> text: BOMs, UTF-16 without BOM, UTF-8, and the legacy Western encodings (cp1252, latin-1)."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

__all__ = ["decode_bytes", "read_text", "clean_controls"]



def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the NUL bytes that ASCII-range text leaves in every other byte."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode a transcript's bytes; return (text, encoding name). Binary data is an InputError."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            text, enc = data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            text, enc = _decode_mixed(data[len(codecs.BOM_UTF8):])
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text, enc = data.decode("utf-16", errors="replace"), "utf-16"
    elif (guess := _looks_utf16(data)) is not None:
        text, enc = data.decode(guess, errors="replace"), guess
    elif b"\x00" in data[:100000]:
        raise InputError(path, "binary data, not a text transcript")
    else:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc = _decode_mixed(data)
    if _control_ratio(text) > 0.01:
        raise InputError(path, "binary data, not a text transcript")
    return clean_controls(text), enc


# Characters XML 1.0 (and so Word) cannot hold. The line-breaking ones (vertical tab, form feed,
# file/group/record separators) become newlines so line structure is kept, the unit separator (a
# space to Python) a space so no two words are glued; the rest (NUL, bell, escape...) go.
_BREAKING_CONTROLS = re.compile(r"[\x0b\x0c\x1c-\x1e]")
_OTHER_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\ufffe\uffff\ud800-\udfff]")
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_controls(text: str) -> str:
    """Text without the control characters no Word document can hold (a stray form feed from a PDF copy)."""
    if not _ANY_CONTROL.search(text):
        return text
    return _OTHER_CONTROLS.sub("", _BREAKING_CONTROLS.sub("\n", text).replace("\x1f", " "))


_WESTERN = set("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæßÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ’‘“”–—…«»°€")
_CENTRAL = set("ąćęłńóśźżčďěňřšťůžőűĺľŕâäçéëíôöúüýĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮŽŐŰ’‘“”–—…«»°€")
_LETTERS = {"cp1252": _WESTERN, "latin_1": _WESTERN, "iso8859_15": _WESTERN, "mac_roman": _WESTERN,
            "cp1250": _CENTRAL}


def _plausibility(text: str, encoding: str) -> int:
    """Score a decoding: +1 per non-ASCII character typical of the encoding's languages, -1 per oddity."""
    typical = _LETTERS[encoding]
    score = 0
    for ch in text:
        if ord(ch) < 128:
            continue
        score += 1 if ch in typical else 0 if ch.isalpha() else -1
    return score


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Pick the legacy single-byte encoding whose decoding reads most like European text; cp1252 on ties.

    Statistical detectors (charset-normalizer) often say cp1250 for short French text ("coűte trčs"),
    so candidates are scored on the letters each encoding's languages actually use, and cp1252 -
    what Word on Windows writes in Western Europe - wins any tie.
    """
    sample = data[:200000]
    best, best_score = "cp1252", None
    for enc in ("cp1252", "iso8859_15", "cp1250", "mac_roman"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text, enc)
        if best_score is None or score > best_score:
            best, best_score = enc, score
    return data.decode(best, errors="replace"), best


def _decode_mixed(data: bytes) -> tuple[str, str]:
    """Decode text that is not valid UTF-8 throughout: line by line when some lines are UTF-8.

    Transcripts pasted together from several sources (a Windows export, then a web page) mix UTF-8
    lines with cp1252 lines. Decoding the whole file as cp1252 would turn every UTF-8 "é" into "Ã©";
    so when any line is valid UTF-8 with non-ASCII letters, each line is decoded on its own: as UTF-8
    if it is valid UTF-8, else with the legacy encoding that reads best over the other lines.
    """
    lines = data.splitlines(keepends=True)
    utf8_lines = 0
    legacy: list[bytes] = []
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            legacy.append(line)
            continue
        if not line.isascii():
            utf8_lines += 1
    if utf8_lines == 0:
        return _decode_legacy(data)
    _, legacy_enc = _decode_legacy(b"".join(legacy))
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode(legacy_enc, errors="replace"))
    return "".join(out), f"mixed (utf-8 and {legacy_enc})"


def read_text(path: Path, max_bytes: int | None = None) -> tuple[str, str]:
    """Read and decode a text file, refusing files larger than ``max_bytes``."""
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise InputError(path, f"file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                               "(raise it with --max-file-mb)")
    try:
        data = path.read_bytes()
    except OSError as exc:  # no permission, a disk error, a file that vanished
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    return decode_bytes(data, path)
