"""OpenDocument transcripts (LibreOffice's .odt): paragraphs, headings, lists and tables, bold names as labels.

Read as the .docx reader reads Word files (see :mod:`.docx`): the container is checked the same way before
any XML is parsed (not a zip, truncated, a zip bomb, entity declarations), then ``content.xml`` gives the
text as LibreOffice shows it with its tracked changes accepted: the deleted words sit apart in
``text:tracked-changes`` and are not read, footnotes and comments are not speech.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import InputError
from ..records import Transcript
from .docx import check_docx_container, leading_label, row_lines
from .text import SourceLine, parse_lines

__all__ = ["parse_odt"]

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
# Inside a paragraph, what a reader does not see as the paragraph's words: a footnote's body (its number
# stays out too), a comment, the record of tracked changes, a drawing's own text frame
_UNSEEN = {_TEXT + "note", _OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "tracked-changes",
           _TEXT + "bookmark-ref", "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame"}
# Blocks that hold paragraphs: lists, sections, a table's row groups
_CONTAINERS = {_TEXT + "list", _TEXT + "list-item", _TEXT + "list-header", _TEXT + "section",
               _TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"}


def _paragraph(element, bold_styles: set[str]) -> tuple[str, str | None]:
    """(text, leading bold text) of a ``text:p`` or ``text:h``."""
    parts: list[str] = []
    bold: list[str] = []
    in_lead = True   # still in the paragraph's leading bold spans

    def add(text: str | None, is_bold: bool) -> None:
        nonlocal in_lead
        if not text:
            return
        parts.append(text)
        if in_lead and text.strip():
            if is_bold:
                bold.append(text)
            else:
                in_lead = False

    def walk(node, is_bold: bool) -> None:
        add(node.text, is_bold)
        for child in node:
            tag = child.tag
            if isinstance(tag, str) and tag not in _UNSEEN:
                if tag == _TEXT + "s":
                    # (a count that is no number, or a huge one, in a crafted file: a space, or at most 100)
                    count = child.get(_TEXT + "c", "1")
                    parts.append(" " * min(int(count), 100) if count.isdigit() else " ")
                elif tag == _TEXT + "tab":
                    parts.append("\t")
                elif tag == _TEXT + "line-break":
                    parts.append("\n")
                else:
                    walk(child, is_bold or child.get(_TEXT + "style-name") in bold_styles)
            add(child.tail, is_bold)

    walk(element, element.get(_TEXT + "style-name") in bold_styles)
    return "".join(parts), "".join(bold) or None


def _styles(roots) -> tuple[set[str], set[str]]:
    """Names of the bold text styles, and of the paragraph styles that are titles or headings (a style
    inherits both from its parent: LibreOffice's automatic "P1" is often a "Title")."""
    parent: dict[str, str] = {}
    bold: set[str] = set()
    for root in roots:
        for style in root.iter(_STYLE + "style"):
            name = style.get(_STYLE + "name")
            if not name:
                continue
            if style.get(_STYLE + "parent-style-name"):
                parent[name] = style.get(_STYLE + "parent-style-name")
            props = style.find(_STYLE + "text-properties")
            if props is not None and props.get(_FO + "font-weight") in ("bold", "700", "800", "900"):
                bold.add(name)

    def inherits(name: str, test) -> bool:
        seen = set()
        while name and name not in seen:
            if test(name):
                return True
            seen.add(name)
            name = parent.get(name, "")
        return False

    names = set(parent) | bold
    bold = {n for n in names if inherits(n, lambda x: x in bold)}
    titles = {n for n in names if inherits(n, lambda x: x.casefold().startswith(("title", "titre", "heading")))}
    return bold, titles


def _xml(zf: zipfile.ZipFile, name: str):
    from lxml import etree   # (python-docx's dependency)

    # entity declarations were refused by the container check; no network, no entities, depth limited
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    return etree.fromstring(zf.read(name), parser)


def parse_odt(path: Path, display_path: str, max_words: int | None = None) -> Transcript:
    """Parse an .odt transcript: each paragraph is a line; table rows "Name | text" are turns."""
    check_docx_container(path, max_words, kind="odt")
    try:
        with zipfile.ZipFile(path) as zf:
            content = _xml(zf, "content.xml")
            styles = _xml(zf, "styles.xml") if "styles.xml" in zf.namelist() else None
    except Exception as exc:   # lxml's XMLSyntaxError and the like: a damaged file
        raise InputError(path, f"damaged .odt ({type(exc).__name__}: {exc}); re-save it from LibreOffice") from None
    bold_styles, title_styles = _styles([r for r in (styles, content) if r is not None])
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise InputError(path, "not a text document (an .odt with no text body: a spreadsheet or a drawing?)")
    lines: list[SourceLine] = []
    n = 0

    def add_blocks(node) -> None:
        nonlocal n
        for block in node:
            tag = block.tag
            if not isinstance(tag, str):
                continue
            if tag in (_TEXT + "p", _TEXT + "h"):
                n += 1
                text, bold = _paragraph(block, bold_styles)
                if text.strip():
                    heading = tag == _TEXT + "h" or block.get(_TEXT + "style-name") in title_styles
                    lines.append(SourceLine(text, n, None if heading else leading_label(bold, text), heading))
                    lines.append(SourceLine("", n))
            elif tag == _TABLE + "table":
                add_rows(block)
            elif tag in _CONTAINERS:
                add_blocks(block)

    def add_rows(table) -> None:
        nonlocal n
        for row in table.iter(_TABLE + "table-row"):
            n += 1
            lines.extend(row_lines(["\n".join(_paragraph(p, bold_styles)[0]
                                               for p in cell.iter(_TEXT + "p", _TEXT + "h")).strip()
                                     for cell in row.iterchildren(_TABLE + "table-cell")], n))

    add_blocks(body)
    return parse_lines(lines, display_path, "odt", "odt")
