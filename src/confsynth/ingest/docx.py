"""Word transcripts: paragraphs (and two-column speaker tables), with bold names as speaker labels.

The file is checked before python-docx parses it: not a zip, truncated, a zip bomb, or XML that
declares entities (XXE, billion laughs) are refused with a clear reason.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..records import Transcript
from .text import SourceLine, parse_lines

__all__ = ["parse_docx", "check_docx_container"]

_MAX_UNPACKED = 200_000_000   # bytes of XML a real transcript never comes near
_MAX_RATIO = 200              # compression ratio beyond which a member is a bomb, not a document


def check_docx_container(path: Path) -> None:
    """Refuse files that are not a sound, reasonably sized .docx before any XML is parsed."""
    if not zipfile.is_zipfile(path):
        raise InputError(path, "not a Word .docx file (it is not a zip container; old .doc files must be "
                               "saved as .docx)")
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "word/document.xml" not in names:
                raise InputError(path, "not a Word .docx file (no word/document.xml inside)")
            total = 0
            for info in zf.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / info.compress_size > _MAX_RATIO and info.file_size > 10_000_000:
                    raise InputError(path, f"refused: {info.filename} expands {info.file_size // info.compress_size}x "
                                           "(a zip bomb, not a document)")
            if total > _MAX_UNPACKED:
                raise InputError(path, f"refused: unpacks to {total / 1e6:.0f} MB, over the "
                                       f"{_MAX_UNPACKED / 1e6:.0f} MB limit")
            for name in names:
                if name.endswith(".xml") or name.endswith(".rels"):
                    with zf.open(name) as fh:
                        head = fh.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise InputError(path, f"refused: {name} declares XML entities (Word never does; "
                                               "the file may be crafted to attack XML parsers)")
            bad = zf.testzip()
            if bad is not None:
                raise InputError(path, f"damaged .docx: member {bad} is corrupt")
    except zipfile.BadZipFile as exc:
        raise InputError(path, f"damaged .docx ({exc})") from None
    except EOFError:
        raise InputError(path, "damaged .docx (the file is truncated)") from None


def _leading_bold(paragraph) -> str | None:
    """The text of the paragraph's leading bold runs, if any (the speaker name in many Word transcripts)."""
    parts = []
    for run in paragraph.runs:
        bold = run.bold if run.bold is not None else bool(run.style is not None and run.style.font.bold)
        if not bold:
            break
        parts.append(run.text)
    text = "".join(parts).strip()
    if not text:
        return None
    rest = paragraph.text.strip()[len(text):].lstrip()
    if text.endswith((":", "：")) or rest.startswith((":", "：")) or not rest:
        return text.rstrip(":： \u00a0\u202f")
    return None


def parse_docx(path: Path, display_path: str) -> Transcript:
    """Parse a .docx transcript: each paragraph is a line; table rows "Name | text" are turns."""
    check_docx_container(path)
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types on malformed parts
        raise InputError(path, f"damaged .docx ({type(exc).__name__}: {exc})") from None
    lines: list[SourceLine] = []
    n = 0
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(block, document)
            n += 1
            text = para.text
            if text.strip():
                style = (para.style.name if para.style is not None else "").lower()
                heading = style.startswith(("heading", "titre", "title"))
                lines.append(SourceLine(text, n, None if heading else _leading_bold(para), heading))
                lines.append(SourceLine("", n))
        elif tag == "tbl":
            for row in Table(block, document).rows:
                n += 1
                cells = [c.text.strip() for c in row.cells]
                cells = [c for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]
                if len(cells) >= 2 and len(cells[0]) <= 80 and not re.search(r"[.!?]$", cells[0]):
                    lines.append(SourceLine(f"{cells[0]}: {' '.join(cells[1:])}", n))
                elif cells:
                    lines.append(SourceLine(" ".join(cells), n))
                lines.append(SourceLine("", n))
    return parse_lines(lines, display_path, "docx", "docx")
