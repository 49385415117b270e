"""Render a synthesis: Word drafts per language and synthesis.json."""
from __future__ import annotations

from .docx import write_docx
from .json import synthesis_to_dict, write_json

__all__ = ["write_docx", "write_json", "synthesis_to_dict"]
