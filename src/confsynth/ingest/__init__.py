"""Ingest: any supported transcript file -> a ``Transcript`` of speaker turns with file, line and time."""
from __future__ import annotations

import json
import zipfile
import re
from pathlib import Path

from ..errors import InputError
from ..limits import count_words, words_over_limit_reason
from ..records import Transcript
from .cues import parse_ctm, parse_srt, parse_vtt, parse_whisper_json
from .detok import detokenize_transcript
from .docx import parse_docx
from .odt import parse_odt
from .encoding import decode_bytes, read_text
from .labels import Label, parse_label, split_inline
from .text import parse_text

__all__ = ["SUPPORTED", "read_transcript", "parse_label", "split_inline", "Label", "decode_bytes",
           "find_transcripts", "DEFAULT_MAX_BYTES", "is_own_report"]

SUPPORTED = (".txt", ".md", ".docx", ".odt", ".vtt", ".srt", ".json", ".ctm")
DEFAULT_MAX_BYTES = 50_000_000
# What staff may drop in the folder expecting it read: said so, rather than skipped without a word
_DOCUMENTS = (".pdf", ".doc", ".rtf", ".pages", ".wpd")
_RECORDINGS = (".mp3", ".wav", ".m4a", ".aac", ".flac", ".ogg", ".opus", ".wma", ".mp4", ".mov", ".mkv", ".webm",
               ".avi")


def _unsupported_reason(suffix: str) -> str:
    if suffix in _DOCUMENTS:
        kind = suffix[1:].upper()
        # (the article goes by the first letter's name: "a PDF", "an RTF", not "a RTF")
        article = "an" if kind[0] in "AEFHILMNORSX" else "a"
        return (f"{article} {kind} document is not read; save it as .docx or .txt (in Word or LibreOffice: "
                f"Save As) and run again")
    if suffix in _RECORDINGS:
        return ("a recording, not a transcript: transcribe it first (Whisper's JSON, a .vtt or .srt with speakers, "
                "or a .docx), then run confsynth on the transcript")
    return f"unsupported file type '{suffix or '(none)'}'; confsynth reads " + ", ".join(SUPPORTED)


def _manifest_outputs(folder: Path) -> frozenset[str]:
    """Names of the reports the output-folder manifest in ``folder`` records (empty without one)."""
    from ..manifest import MANIFEST_NAME  # late: the manifest module needs the config, which needs nothing here

    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        return frozenset(rec["file"] for event in data["events"].values() for rec in event["outputs"].values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return frozenset()


def is_own_report(path: Path) -> bool:
    """Whether ``path`` is a report confsynth wrote (recorded in its folder's manifest, or a synthesis.json
    or Word draft by its generator mark), not a transcript."""
    name = path.name.lower()
    if path.name in _manifest_outputs(path.parent):
        return True
    try:
        if name.endswith(".json"):
            with open(path, "rb") as fh:
                return b'"generator": "confsynth' in fh.read(400)
        if name.endswith(".docx") and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf, zf.open("docProps/core.xml") as fh:
                return b"<dc:creator>confsynth</dc:creator>" in fh.read(65536)
    except (OSError, KeyError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError):
        return False
    return False


def read_transcript(path: str | Path, max_bytes: int | None = DEFAULT_MAX_BYTES,
                    max_words: int | None = None) -> Transcript:
    """Read one transcript file of any supported format, refusing files over the byte or word limit."""
    path = Path(path)
    display = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(path, _unsupported_reason(suffix))
    if not path.is_file():
        raise InputError(path, "no such file")
    if path.stat().st_size == 0:
        raise InputError(path, "empty file")
    if suffix in (".json", ".docx") and is_own_report(path):
        raise InputError(path, "this is a report written by confsynth, not a transcript")
    if suffix in (".docx", ".odt"):
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(path, f"file is {path.stat().st_size / 1e6:.0f} MB, over the "
                                   f"{max_bytes / 1e6:.0f} MB limit (raise it with --max-file-mb)")
        transcript = (parse_docx if suffix == ".docx" else parse_odt)(path, display, max_words)
    else:
        text, encoding = read_text(path, max_bytes)
        if not text.strip():
            raise InputError(path, "no text (the file holds only whitespace)")
        if max_words is not None:
            # checked before parsing, so a 5 MB line or a 50 MB dump is refused in a second; cue and JSON
            # files carry timings and keys besides the words, hence the looser bound until they are parsed
            words = count_words(text)
            # (a CTM line holds one word and five fields)
            if words > max_words * {".txt": 1, ".md": 1, ".ctm": 7}.get(suffix, 3):
                raise InputError(path, words_over_limit_reason(words, max_words, estimate=suffix not in (".txt", ".md")))
        if suffix == ".vtt":
            transcript = parse_vtt(text, display, encoding)
        elif suffix == ".srt":
            transcript = parse_srt(text, display, encoding)
        elif suffix == ".json":
            transcript = parse_whisper_json(text, display, encoding)
        elif suffix == ".ctm":
            transcript = parse_ctm(text, display, encoding)
        else:
            transcript = parse_text(text, display, suffix.lstrip("."), encoding)
    if not transcript.turns:
        raise InputError(path, "no spoken text found")
    spoken = " ".join(t.text for t in transcript.turns)
    if re.search("[\ud800-\udfff]", spoken) or spoken.count("\ufffd") > 0.05 * len(spoken) \
            or sum(c.isalpha() for c in spoken) < 0.4 * len(spoken.replace(" ", "")):
        # (13 bytes of binary behind a UTF-16 mark were « a French transcript of 1 word », with empty drafts)
        raise InputError(path, f"no readable speech ({transcript.word_count} word(s)): is it a transcript?")
    transcript = detokenize_transcript(transcript)     # "travaux , l' exécution" -> "travaux, l'exécution"
    if max_words is not None and (words := transcript.word_count) > max_words:
        raise InputError(path, words_over_limit_reason(words, max_words))
    return transcript


def _is_output_folder(folder: Path) -> bool:
    """Whether confsynth writes its reports in ``folder`` (it holds an output-folder manifest)."""
    from ..manifest import MANIFEST_NAME

    return (folder / MANIFEST_NAME).is_file()


def find_transcripts(paths: list[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders into transcript files (sorted); report what cannot be used."""
    found: list[Path] = []
    problems: list[InputError] = []
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                # hidden and lock files (".x.part", "~$x.docx") and confsynth's own reports are not transcripts
                if not child.is_file() or child.name.startswith((".", "~$")):
                    continue
                if child.suffix.lower() in SUPPORTED and not is_own_report(child):
                    found.append(child)
                elif child.suffix.lower() in _DOCUMENTS + _RECORDINGS \
                        and (child.parent == p or not _is_output_folder(child.parent)):
                    # (a PDF beside the reports, in an output folder under the inbox, is an editor's print of a
                    # draft: nobody dropped it there to be read; in the inbox itself, "-o .", it was)
                    problems.append(InputError(child, _unsupported_reason(child.suffix.lower())))
        elif p.is_file():
            found.append(p)
        else:
            problems.append(InputError(p, "no such file or folder"))
    return found, problems
