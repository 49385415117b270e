"""Ingest: any supported transcript file -> a ``Transcript`` of speaker turns with file, line and time."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..records import Transcript
from .cues import parse_srt, parse_vtt, parse_whisper_json
from .docx import parse_docx
from .encoding import decode_bytes, read_text
from .labels import Label, parse_label, split_inline
from .text import parse_text

__all__ = ["SUPPORTED", "read_transcript", "parse_label", "split_inline", "Label", "decode_bytes",
           "find_transcripts", "DEFAULT_MAX_BYTES"]

SUPPORTED = (".txt", ".md", ".docx", ".vtt", ".srt", ".json")
DEFAULT_MAX_BYTES = 50_000_000


def read_transcript(path: str | Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> Transcript:
    """Read one transcript file of any supported format."""
    path = Path(path)
    display = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(path, f"unsupported file type '{suffix or '(none)'}'; confsynth reads "
                               + ", ".join(SUPPORTED))
    if not path.is_file():
        raise InputError(path, "no such file")
    if path.stat().st_size == 0:
        raise InputError(path, "empty file")
    if suffix == ".docx":
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(path, f"file is {path.stat().st_size / 1e6:.0f} MB, over the "
                                   f"{max_bytes / 1e6:.0f} MB limit (raise it with --max-file-mb)")
        transcript = parse_docx(path, display)
    else:
        text, encoding = read_text(path, max_bytes)
        if not text.strip():
            raise InputError(path, "no text (the file holds only whitespace)")
        if suffix == ".vtt":
            transcript = parse_vtt(text, display, encoding)
        elif suffix == ".srt":
            transcript = parse_srt(text, display, encoding)
        elif suffix == ".json":
            transcript = parse_whisper_json(text, display, encoding)
        else:
            transcript = parse_text(text, display, suffix.lstrip("."), encoding)
    if not transcript.turns:
        raise InputError(path, "no spoken text found")
    return transcript


def find_transcripts(paths: list[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into transcript files (sorted); report what cannot be used."""
    found: list[Path] = []
    problems: list[InputError] = []
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED and not child.name.startswith((".", "~$")):
                    found.append(child)
        elif p.is_file():
            found.append(p)
        else:
            problems.append(InputError(p, "no such file or folder"))
    return found, problems
