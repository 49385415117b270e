"""Word transcripts: paragraphs (and two-column speaker tables), with bold names as speaker labels.

The file is checked before python-docx parses it: not a zip, truncated, a zip bomb, or XML that
declares entities (XXE, billion laughs) are refused with a clear reason.
"""
from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..errors import InputError
from ..records import Transcript
from .labels import BRACKETED_TIME
from .text import SourceLine, parse_lines

__all__ = ["parse_docx", "check_docx_container", "leading_label", "row_lines"]

_MAX_UNPACKED = 200_000_000   # bytes of XML a real transcript never comes near
_MAX_RATIO = 200              # compression ratio beyond which a member is a bomb, not a document
_MAX_MEMBERS = 10_000         # parts; a Word document has a few dozen
# Word's XML per spoken word, with room for heavy formatting (plain python-docx text is ~8 bytes a word):
# above this, document.xml holds more than the word limit allows, and is refused before lxml builds a tree
# (whose memory is several times the XML's size).
_XML_BYTES_PER_WORD = 200


# What each kind of word-processor file is called, and where its text is
_KINDS = {
    "docx": {"name": "a Word .docx", "app": "Word", "body": "word/document.xml"},
    "odt": {"name": "an OpenDocument .odt", "app": "LibreOffice", "body": "content.xml"},
}


def _not_a_zip_reason(path: Path, kind: str = "docx") -> str:
    """Why a .docx (or .odt) that is not a readable zip cannot be used, told from its first bytes."""
    k = _KINDS[kind]
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if head.startswith(b"PK\x03\x04"):
        return (f"damaged .{kind}: the file is truncated or corrupt (it starts like a {k['app']} file but its zip "
                f"directory is missing); copy or download it again, or re-save it from {k['app']}")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return (f"an old Word .doc file renamed .{kind}; open it in Word or LibreOffice and save it as .docx")
    return (f"not {k['name']} file (it is not a zip container; old .doc files must be saved as .docx)")


def _scan_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Read one member to its end (the zip CRC is checked there) and refuse XML that declares entities."""
    is_xml = info.filename.endswith((".xml", ".rels"))
    tail = b""
    first = True
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            if is_xml and first and b"\x00" in chunk[:64]:
                # UTF-16/32 XML would hide "<!DOCTYPE" from the scan below; Word always writes UTF-8
                raise InputError(path, f"refused: {info.filename} is not UTF-8 XML (word processors write UTF-8; "
                                       "the file may be crafted to attack XML parsers)")
            first = False
            if is_xml:
                # an entity declaration can only sit in markup ("<" is escaped in text), so any hit is real;
                # the overlap catches a marker cut by the chunk boundary
                window = tail + chunk
                if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                    raise InputError(path, f"refused: {info.filename} declares XML entities (word processors never "
                                           "do; the file may be crafted to attack XML parsers)")
                tail = chunk[-16:]


def check_docx_container(path: Path, max_words: int | None = None, kind: str = "docx") -> None:
    """Refuse files that are not a sound, reasonably sized .docx (or .odt, with ``kind``) before any XML is
    parsed."""
    k = _KINDS[kind]
    if not zipfile.is_zipfile(path):
        raise InputError(path, _not_a_zip_reason(path, kind))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > _MAX_MEMBERS:
                raise InputError(path, f"refused: {len(infos)} parts inside, far more than a document has")
            names = {i.filename for i in infos}
            if k["body"] not in names:
                raise InputError(path, f"not {k['name']} file (no {k['body']} inside)")
            total = 0
            for info in infos:
                total += info.file_size
                if info.compress_size and info.file_size / info.compress_size > _MAX_RATIO and info.file_size > 10_000_000:
                    raise InputError(path, f"refused: {info.filename} expands {info.file_size // info.compress_size}x "
                                           "(a zip bomb, not a document)")
            body = zf.getinfo(k["body"]).file_size
            if max_words is not None and body > max_words * _XML_BYTES_PER_WORD:
                raise InputError(path, f"refused: its text unpacks to {body / 1e6:.1f} MB of XML, far more than "
                                       f"a transcript within the {max_words:,}-word limit needs (raise it with "
                                       "--max-input-words, or max_input_words in confsynth.toml)")
            if total > _MAX_UNPACKED:
                raise InputError(path, f"refused: unpacks to {total / 1e6:.0f} MB, over the "
                                       f"{_MAX_UNPACKED / 1e6:.0f} MB limit")
            for info in infos:
                _scan_member(zf, info, path)
    except zipfile.BadZipFile as exc:
        raise InputError(path, f"damaged .{kind} ({exc}); copy or download it again, or re-save it from "
                               f"{k['app']}") from None
    except (EOFError, zlib.error):
        raise InputError(path, f"damaged .{kind} (the file is truncated or corrupt); copy or download it again, "
                               f"or re-save it from {k['app']}") from None
    except (NotImplementedError, RuntimeError) as exc:  # encrypted members, unknown compression
        raise InputError(path, f"cannot open this .{kind} ({exc}); save it again from {k['app']} without a "
                               "password") from None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Text a reader of the document does not see: tracked deletions and moves away, a drawing's own text box
# (python-docx skips it too), the fallback copy of an alternate content
_UNSEEN = {_W + "del", _W + "moveFrom", _W + "txbxContent", _MC + "Fallback", _W + "pPr", _W + "rPr"}
_CHARACTERS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def paragraph_text(element) -> str:
    """A paragraph's text as Word shows it with its changes accepted: the words of tracked insertions (which
    python-docx's ``Paragraph.text`` leaves out, as it does those in content controls and simple fields) and
    not those of tracked deletions. Staff correct transcripts in Word with track changes on; a quote must be
    what they read there."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _UNSEEN:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag in _CHARACTERS:
                # (a page or column break is no line of text, as in python-docx)
                if not (tag == _W + "br" and child.get(_W + "type") in ("page", "column")):
                    parts.append(_CHARACTERS[tag])
            else:
                walk(child)

    walk(element)
    return "".join(parts)


def _leading_bold(paragraph, text: str) -> str | None:
    """The label the paragraph's leading bold runs make, if any (the speaker name in many Word transcripts);
    ``text`` is the paragraph's whole text (:func:`paragraph_text`)."""
    parts = []
    for run in paragraph.runs:
        bold = run.bold if run.bold is not None else bool(run.style is not None and run.style.font.bold)
        if not bold:
            break
        parts.append(run.text)
    return leading_label("".join(parts), text)


def leading_label(bold: str | None, text: str) -> str | None:
    """The speaker label a paragraph's leading bold words make (« **Anna Berg :** Bonjour », a bold name alone
    on its line), else None (a bold word that starts a sentence)."""
    bold = (bold or "").strip()
    if not bold:
        return None
    rest = text.strip()[len(bold):].lstrip()
    if bold.endswith((":", "：")) or rest.startswith((":", "：")) or not rest \
            or BRACKETED_TIME.match(rest):
        # (or the time after the name: « **Katarzyna Nowak** [00:01:48] Thank you »)
        return bold.rstrip(":： \u00a0\u202f")
    return None


def row_lines(cells: list[str], n: int) -> list[SourceLine]:
    """The lines of a table row: "Name | what they said" is a turn (a short first cell that is no sentence),
    another row is text; repeated cells of merged columns count once."""
    cells = [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]
    if len(cells) >= 2 and len(cells[0]) <= 80 and not re.search(r"[.!?]$", cells[0]):
        return [SourceLine(f"{cells[0]}: {' '.join(cells[1:])}", n), SourceLine("", n)]
    return [SourceLine(" ".join(cells), n), SourceLine("", n)] if cells else [SourceLine("", n)]


def _blocks(body):
    """The body's paragraphs and tables in order, those inside a content control (``w:sdt``, a template's
    fields) and a tracked insertion of whole paragraphs too."""
    for block in body.iterchildren():
        tag = block.tag
        if not isinstance(tag, str):   # an XML comment or processing instruction
            continue
        if tag in (_W + "sdt", _W + "sdtContent", _W + "ins", _W + "customXml"):
            yield from _blocks(block)
        elif tag != _W + "sdtPr":
            yield block


def parse_docx(path: Path, display_path: str, max_words: int | None = None) -> Transcript:
    """Parse a .docx transcript: each paragraph is a line; table rows "Name | text" are turns."""
    check_docx_container(path, max_words)
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types on malformed parts
        raise InputError(path, f"damaged .docx ({type(exc).__name__}: {exc})") from None
    lines: list[SourceLine] = []
    n = 0
    for block in _blocks(document.element.body):
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(block, document)
            n += 1
            text = paragraph_text(block)
            if text.strip():
                style = (para.style.name if para.style is not None else "").lower()
                heading = style.startswith(("heading", "titre", "title"))
                lines.append(SourceLine(text, n, None if heading else _leading_bold(para, text), heading))
                lines.append(SourceLine("", n))
        elif tag == "tbl":
            for row in Table(block, document).rows:
                n += 1
                lines += row_lines(["\n".join(paragraph_text(q._p) for q in c.paragraphs).strip()
                                    for c in row.cells], n)
    return parse_lines(lines, display_path, "docx", "docx")
