"""Re-runs never destroy edits: a manifest in the output folder records what was generated from what.

For every report file it keeps the file's hash when confsynth wrote it and a digest of what it was
made from (the transcripts' contents, the settings that shape the text, the speakers and glossary
files, the confsynth version). On the next run, per event and per report file:

- made from the same inputs and settings, still there: nothing to do (edited or not);
- made from other inputs or settings, untouched since written: regenerated in place (a file opened
  and saved again without a change to what it says counts as untouched: its content digest, the
  text, styles and formatting a reader sees, is recorded beside its hash);
- made from other inputs or settings, but edited since (what it says changed), or a file confsynth did
  not write: kept as it is, and the new draft goes beside it as ``NAME.fr.v2.docx`` (``--force``
  overwrites instead);
- missing (deleted, or a newly requested format): written.

The manifest is ``.confsynth-manifest.json`` in the output folder, rewritten atomically after each
event, so a crash loses at most the event being written.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import logging
import signal
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from . import __version__
from .config import Config
from .files import write_text_atomic

__all__ = ["MANIFEST_NAME", "Manifest", "Plan", "file_hash", "content_digest", "settings_digest", "report_kinds", "versioned_path",
           "hold_interrupts"]

log = logging.getLogger(__name__)

MANIFEST_NAME = ".confsynth-manifest.json"
MANIFEST_VERSION = 1
# Settings that do not change a report's text: how the run behaves, which files it writes.
_NOT_CONTENT = {"force", "formats", "max_file_mb"}
_FILE_SETTINGS = ("speakers_file", "glossary_file")


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FORMATTING = ("b", "i", "u", "strike", "vertAlign", "highlight", "color")


def _docx_content(path: Path) -> list:
    """What a reader of a .docx sees: per paragraph its style, then its text in runs
    of one formatting, for the body, comments, notes, headers and footers. Word re-saving a file rewrites
    revision ids, languages, proofing marks and the zip itself; none of that is here."""
    import re
    import zipfile
    from xml.etree import ElementTree as ET

    out: list = []
    with zipfile.ZipFile(path) as zf:
        parts = sorted(n for n in zf.namelist()
                       if re.fullmatch(r"word/(document|comments|footnotes|endnotes|header\d*|footer\d*)\.xml", n))
        for name in parts:
            root = ET.fromstring(zf.read(name))
            for par in root.iter(f"{_W}p"):
                ppr = par.find(f"{_W}pPr")
                style = ppr.find(f"{_W}pStyle") if ppr is not None else None
                # no style is the Normal style; a comment's paragraph style is not something a reader sees
                style_name = style.get(f"{_W}val") if style is not None else "Normal"
                if name == "word/comments.xml":
                    style_name = None
                runs: list[list] = []
                for run in par.iter(f"{_W}r"):
                    rpr = run.find(f"{_W}rPr")
                    fmt = tuple(sorted(
                        (tag, el.get(f"{_W}val", "1")) for tag in _FORMATTING
                        if rpr is not None and (el := rpr.find(f"{_W}{tag}")) is not None
                        and el.get(f"{_W}val", "1") not in ("0", "false", "none")))
                    text = "".join(el.text or "" if el.tag == f"{_W}t" else "\t" if el.tag == f"{_W}tab" else "\n"
                                   for el in run if el.tag in (f"{_W}t", f"{_W}tab", f"{_W}br"))
                    if not text:
                        continue
                    if runs and runs[-1][0] == fmt:
                        runs[-1][1] += text       # Word splits runs on every save: one formatting, one run
                    else:
                        runs.append([fmt, text])
                out.append([name, style_name, [[list(f), t] for f, t in runs]])
    return out


def content_digest(path: Path) -> str:
    """A digest of what a report says, blind to how its file was last saved: a .docx opened and saved
    again unchanged keeps its digest; text formats compare by their text, line endings aside."""
    try:
        if path.suffix == ".docx":
            payload = json.dumps(_docx_content(path), ensure_ascii=False)
        else:
            payload = "\n".join(line.rstrip() for line in path.read_text(encoding="utf-8-sig").splitlines())
    except Exception:   # unreadable, not a zip, not text: fall back to the bytes
        return "sha256:" + file_hash(path)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def settings_digest(config: Config) -> str:
    """A digest of everything in the configuration that shapes a report's content, files it names included."""
    values: dict[str, Any] = {k: v for k, v in asdict(config).items() if k not in _NOT_CONTENT}
    for key in _FILE_SETTINGS:
        name = getattr(config, key)
        if name and Path(name).is_file():
            values[key + "_sha256"] = file_hash(Path(name))
    values["confsynth"] = __version__
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()


def report_kinds(config: Config) -> list[str]:
    """The report files an event gets, as the part of the name after the stem: ``fr.docx``, ``synthesis.json``."""
    kinds = []
    if "json" in config.formats:
        kinds.append("synthesis.json")
    for fmt in ("docx", "md", "html"):
        if fmt in config.formats:
            kinds += [f"{lang}.{fmt}" for lang in config.languages]
    return kinds


def versioned_path(out_dir: Path, stem: str, kind: str) -> Path:
    """The first free ``STEM.fr.vN.docx`` (N from 2) beside an edited ``STEM.fr.docx``."""
    base, ext = kind.rsplit(".", 1)
    n = 2
    while (out_dir / f"{stem}.{base}.v{n}.{ext}").exists():
        n += 1
    return out_dir / f"{stem}.{base}.v{n}.{ext}"


@dataclass
class Plan:
    """What to do for one event: which report files to write where, and which edited files are kept."""

    stem: str
    inputs: list[tuple[str, str]]            # (file name, sha256), sorted
    source: str                              # digest of inputs + settings
    targets: dict[str, Path] = field(default_factory=dict)    # kind -> path to write
    kept: dict[str, Path] = field(default_factory=dict)       # kind -> edited file left alone
    unchanged: list[str] = field(default_factory=list)        # kinds already up to date

    @property
    def up_to_date(self) -> bool:
        """Nothing to write."""
        return not self.targets


class Manifest:
    """The output folder's record of generated reports."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / MANIFEST_NAME
        self.events: dict[str, dict[str, Any]] = {}
        if self.path.is_file():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                if data.get("version") == MANIFEST_VERSION:
                    self.events = dict(data.get("events", {}))
            except (OSError, ValueError, AttributeError) as exc:
                # treated as no manifest: every existing report then counts as edited and is kept
                log.warning("%s is unreadable (%s); existing reports will be kept and new ones written beside "
                            "them", self.path, exc)

    def plan(self, stem: str, inputs: Sequence[Path], config: Config,
             translation_available: Callable[[], bool] | None = None) -> Plan:
        """Decide, for each report file of the event ``stem`` made from ``inputs``, whether and where to write it.

        ``translation_available`` is asked only when an event was written without a full translation: if a
        translator is there now, the event is regenerated so the reports get translated.
        """
        hashes = sorted((p.name, file_hash(p)) for p in inputs)
        source = hashlib.sha256(json.dumps([hashes, settings_digest(config)]).encode()).hexdigest()
        plan = Plan(stem, hashes, source)
        entry = self.events.get(stem, {})
        outputs: Mapping[str, Any] = entry.get("outputs", {})
        retranslate = bool(entry.get("untranslated")) and translation_available is not None \
            and translation_available()
        for kind in report_kinds(config):
            rec = outputs.get(kind)
            base = self.out_dir / f"{stem}.{kind}"
            current = self.out_dir / rec["file"] if rec else base
            if config.force:
                plan.targets[kind] = base
                continue
            if rec and current.is_file() and rec.get("source") == source and not retranslate:
                plan.unchanged.append(kind)
                continue
            if not current.is_file():
                plan.targets[kind] = current
            elif rec and (file_hash(current) == rec.get("sha256")
                          or rec.get("content") and content_digest(current) == rec["content"]):
                plan.targets[kind] = current          # as confsynth wrote it (maybe saved again): safe to replace
            else:
                plan.kept[kind] = current             # edited since written, or not ours: never overwritten
                plan.targets[kind] = versioned_path(self.out_dir, stem, kind)
        return plan

    def record(self, plan: Plan, written: Mapping[str, Path], untranslated: bool, paths: Sequence[str] = ()) -> None:
        """Remember the files just written for ``plan`` (from the transcripts at ``paths``) and save the manifest
        atomically."""
        now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        entry = self.events.setdefault(plan.stem, {})
        entry["inputs"] = [list(x) for x in plan.inputs]
        if paths:
            entry["paths"] = list(paths)     # whose reports these are: the name stays theirs (see run_batch)
        entry["untranslated"] = untranslated
        outputs = entry.setdefault("outputs", {})
        for kind, path in written.items():
            outputs[kind] = {"file": path.name, "sha256": file_hash(path), "content": content_digest(path),
                             "source": plan.source, "written": now}
        self.save()

    def save(self) -> None:
        """Write the manifest atomically."""
        data = {"version": MANIFEST_VERSION, "generator": f"confsynth {__version__}", "events": self.events}
        write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


@contextmanager
def hold_interrupts() -> Iterator[None]:
    """Let Ctrl-C (and ``kill``'s SIGTERM) wait until the block is done: reports and the manifest that
    records them are written together.

    Without this, an interrupt between writing a report and recording it would make the next run take
    the report for an edited one. Outside the main thread (where signals cannot be handled) it does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
    if signal.SIGTERM in received:
        signal.raise_signal(signal.SIGTERM)   # now delivered to the handler held back (the CLI's: a clean exit)
    if received:
        raise KeyboardInterrupt
