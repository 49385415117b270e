"""Render a synthesis: Word drafts per language, Markdown and HTML pages to publish, and synthesis.json."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..records import Synthesis
from .docx import write_docx
from .json import synthesis_to_dict, write_json
from .publish import render_html, render_markdown, write_html, write_markdown
from .view import ReportView, report_view

__all__ = ["write_docx", "write_json", "write_markdown", "write_html", "render_markdown", "render_html",
           "synthesis_to_dict", "report_view", "ReportView", "write_report_file"]

_BY_LANGUAGE: dict[str, Callable[[Synthesis, str, Path], None]] = {
    "docx": write_docx, "md": write_markdown, "html": write_html,
}


def write_report_file(synthesis: Synthesis, kind: str, path: Path) -> None:
    """Write one report file; ``kind`` is ``synthesis.json`` or ``LANG.FORMAT`` (``fr.docx``, ``en.html``)."""
    if kind == "synthesis.json":
        write_json(synthesis, path)
        return
    lang, fmt = kind.split(".", 1)
    _BY_LANGUAGE[fmt](synthesis, lang, path)
