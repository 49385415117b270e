"""Corrections that stick: a speakers file overrides the directory, and confsynth writes the one it inferred.

Staff fix a name once. confsynth writes ``NAME.speakers.toml`` next to the reports; editing it and
running again applies the edit (and confsynth never overwrites a file someone edited). A
``speakers.toml`` (or ``speakers.csv``) next to the transcripts, or ``--speakers FILE``, does the same
for every event it names. One ``[[speaker]]`` table per person::

    [[speaker]]
    labels = ["SPEAKER_01", "S151"]   # the transcript's labels for this person, as written
    name = "Anna Seravalli"          # "" keeps the neutral label ("Speaker 2"): no name printed
    affiliation = "Malmö University"
    country = "Sweden"
    title = "researcher"
    role = "speaker"                 # speaker | moderator | audience
    aliases = ["A. Seravalli"]       # other spellings of the name to recognise
    lines = [46]                     # where one label is several people: the lines their turns start on

An entry applies to the speakers that carry one of its labels (several labels merge those speakers
into one), or else to the speaker whose name or an alias it spells the same way (case and accents
aside); with ``lines``, only to the one whose turns start there. Keys left out keep what confsynth
inferred. CSV: the same column names, labels, aliases and lines separated by ``|``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

from .config import Config
from .errors import ConfigError
from .files import write_text_atomic
from .names import name_tokens
from .records import Speaker
from .speakers import UNKNOWN_ID, SpeakerDirectory

__all__ = ["SpeakerOverride", "read_speakers_file", "apply_overrides", "write_speakers_file", "is_edited",
           "find_speakers_files", "speakers_file_text", "SPEAKERS_FILE"]

log = logging.getLogger(__name__)

SPEAKERS_FILE = "speakers"          # speakers.toml / speakers.csv next to the transcripts
_FIELDS = ("name", "affiliation", "country", "title", "role")
_ROLES = ("speaker", "moderator", "audience")
_CHECKSUM = "# confsynth checksum: "


@dataclass(frozen=True)
class SpeakerOverride:
    """One person as a speakers file states them. ``None``: not stated; ``""``: state that there is none."""

    source: str
    labels: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    name: str | None = None
    affiliation: str | None = None
    country: str | None = None
    title: str | None = None
    role: str | None = None
    lines: tuple[int, ...] = ()


def _line_list(value: object, path: Path, where: str) -> tuple[int, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [v.strip() for v in value.split("|") if v.strip()]
        if all(v.isdigit() for v in value):
            value = [int(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return tuple(value)
    raise ConfigError(f"{path}: {where} must be a list of line numbers, like [46, 52]")


def _text_list(value: object, path: Path, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split("|") if v.strip())
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    raise ConfigError(f"{path}: {where} must be a list of texts, like [\"SPEAKER_01\", \"S151\"]")


def _override(row: dict, path: Path, where: str) -> SpeakerOverride:
    unknown = set(row) - {*_FIELDS, "labels", "aliases", "lines"}
    if unknown:
        raise ConfigError(f"{path}: {where} has unknown key(s) {', '.join(sorted(unknown))}; "
                          f"valid keys: labels, name, affiliation, country, title, role, aliases, lines")
    values: dict[str, str | None] = {}
    for key in _FIELDS:
        v = row.get(key)
        if v is not None and not isinstance(v, str):
            raise ConfigError(f"{path}: {where}: {key} must be a text in quotes, not {v!r}")
        values[key] = v.strip() if isinstance(v, str) else None
    role = values["role"]
    if role and role not in _ROLES:
        raise ConfigError(f"{path}: {where}: role must be one of {', '.join(_ROLES)}, not '{role}'")
    o = SpeakerOverride(source=str(path), labels=_text_list(row.get("labels"), path, f"{where}: labels"),
                        aliases=_text_list(row.get("aliases"), path, f"{where}: aliases"),
                        lines=_line_list(row.get("lines"), path, f"{where}: lines"), **values)
    if not o.labels and not o.name and not o.aliases:
        raise ConfigError(f"{path}: {where} names nobody: give labels = [...] or a name")
    return o


def read_speakers_file(path: Path) -> list[SpeakerOverride]:
    """Read a speakers file (.toml or .csv); errors name the file, the entry and the fix."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read speakers file ({exc.strerror or exc}); check the --speakers path")
    if path.suffix.lower() == ".csv":
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as exc:
            raise ConfigError(f"{path}: not a readable CSV file ({exc})") from None
        out = []
        for n, row in enumerate(rows, start=2):
            clean = {(k or "").strip().lower(): (v if v is None or v.strip() else None) for k, v in row.items()}
            clean = {k: v for k, v in clean.items() if k}
            if not any(clean.values()):
                continue
            # an empty cell means "not stated"; "-" means "none" (the CSV spelling of name = "")
            clean = {k: ("" if v is not None and v.strip() == "-" else v) for k, v in clean.items()}
            out.append(_override(clean, path, f"line {n}"))
        return out
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix that line, or delete the file to let confsynth "
                          f"infer the speakers again") from None
    entries = data.get("speaker", [])
    if set(data) - {"speaker"} or not isinstance(entries, list):
        raise ConfigError(f"{path}: a speakers file holds [[speaker]] tables only (found: {', '.join(data)})")
    return [_override(e, path, f"speaker {n}") for n, e in enumerate(entries, start=1)]


def _same_name(a: str, b: str) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    return bool(ta) and ta == tb


def _targets(o: SpeakerOverride, speakers: list[Speaker]) -> list[int]:
    by_label = [i for i, s in enumerate(speakers) if set(o.labels) & set(s.labels)]
    if o.lines:
        # one label, several people (« Un intervenant » the mayor, then the student): the one who speaks there
        return [i for i in (by_label if o.labels else range(len(speakers))) if set(o.lines) & set(speakers[i].lines)]
    if by_label or o.labels and not (o.name or o.aliases):
        return by_label
    spellings = [x for x in (o.name, *o.aliases) if x]
    return [i for i, s in enumerate(speakers) if s.name and any(_same_name(s.name, x) for x in spellings)]


def apply_overrides(directory: SpeakerDirectory, overrides: Iterable[SpeakerOverride]) -> SpeakerDirectory:
    """The directory with each override applied in turn (later ones win); labels can merge speakers."""
    speakers = list(directory.speakers)
    turn_speaker = list(directory.turn_speaker)
    overrides = list(overrides)
    # a file written before it said the lines: its entries of one same label are that label's people in order
    alike: dict[tuple[str, ...], list[int]] = {}
    for n, o in enumerate(overrides):
        if o.labels and not o.lines:
            alike.setdefault(tuple(sorted(o.labels)), []).append(n)
    for labels, ns in alike.items():
        people = [s for s in speakers if set(labels) & set(s.labels)]
        if len(ns) > 1 and len(ns) == len(people) and all(s.lines for s in people):
            for n, s in zip(ns, people):
                overrides[n] = replace(overrides[n], lines=s.lines)
    for o in overrides:
        hits = _targets(o, speakers)
        if not hits:
            log.debug("speakers file %s: an entry matches no speaker of this event", o.source)
            continue
        keep = speakers[hits[0]]
        for i in hits[1:]:          # the file says these labels are one person
            other = speakers[i]
            keep = replace(keep, labels=keep.labels + tuple(x for x in other.labels if x not in keep.labels),
                           lines=tuple(sorted(set(keep.lines) | set(other.lines))))
            turn_speaker = [keep.id if t == other.id else t for t in turn_speaker]
        speakers[hits[0]] = _apply(keep, o, speakers)
        for i in sorted(hits[1:], reverse=True):
            del speakers[i]
    return SpeakerDirectory(tuple(speakers), tuple(turn_speaker))


def _apply(s: Speaker, o: SpeakerOverride, everyone: list[Speaker]) -> Speaker:
    how = f"speakers file {o.source}"
    changes: dict[str, object] = {}
    evidence = [e for e in s.evidence]
    for field in _FIELDS:
        value = getattr(o, field)
        if value is None:
            continue
        new = value or None
        if field == "role":
            new = value or "speaker"
        if new != getattr(s, field):
            changes[field] = new
        evidence = [e for e in evidence if e[0] != field] + [(field, how)]
    if "name" in changes or o.name is not None:
        name = changes.get("name", s.name)
        changes["confidence"] = 1.0 if name else 0.0
        if name and (s.label == s.name or not s.label.startswith("Speaker ")):
            changes["label"] = name
        elif not name and s.label == s.name:
            # a person who must not be named gets a neutral label like any anonymous voice
            used = {x.label for x in everyone}
            n = 1
            while f"Speaker {n}" in used:
                n += 1
            changes["label"] = f"Speaker {n}"
    return replace(s, evidence=tuple(evidence), **changes)


def is_edited(path: Path) -> bool:
    """Whether a speakers file is someone's: it exists and no longer matches the checksum confsynth wrote."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError:
        return False
    head, sep, body = text.partition("\n" + _CHECKSUM)
    if not sep:
        return True
    digest, _, rest = body.partition("\n")
    return hashlib.sha256((head + "\n" + rest).encode("utf-8")).hexdigest()[:16] != digest.strip()


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)   # a JSON string is a valid TOML basic string


def speakers_file_text(speakers: Sequence[Speaker], files: Sequence[str]) -> str:
    """The directory in the speakers-file format, with the evidence as comments."""
    lines = [
        f"# Speakers confsynth found in {', '.join(Path(f).name for f in files)}.",
        "# To correct a name, an affiliation or a country, edit this file and run confsynth again: the edit then",
        "# overrides what confsynth infers, and confsynth will not overwrite this file. Delete it to start over.",
        "# name = \"\" prints the neutral label (\"Speaker 2\"); labels are the transcript's own, as written;",
        "# put two labels in one entry when they are one person. Lines starting with # are notes.",
    ]
    body = []
    written = [s for s in speakers if s.id != UNKNOWN_ID and (s.labels or s.name)]
    for s in written:
        body.append("")
        body.append("[[speaker]]")
        if s.labels:
            body.append(f"labels = [{', '.join(_toml(x) for x in s.labels)}]")
            if s.lines and any(set(s.labels) & set(x.labels) for x in written if x is not s):
                # (two entries « Un intervenant »: without their lines, an edit elsewhere signed the mayor's
                # question with the student's name)
                body.append(f"lines = [{', '.join(str(n) for n in s.lines)}]  # the lines where this person "
                            f"speaks: another entry has the same label")
        else:
            # a talk with no labels, named by its speaker's own words: the entry finds them by that name
            body.append("# no label in the transcript: this entry finds the speaker by the name confsynth read")
            body.append(f"aliases = [{_toml(s.name)}]")
        body.append(f"name = {_toml(s.name or '')}" + ("" if s.name else f"  # printed as \"{s.label}\""))
        for field in ("affiliation", "country", "title"):
            value = getattr(s, field)
            body.append(f"{field} = {_toml(value)}" if value else f"# {field} = \"\"")
        body.append(f"role = {_toml(s.role)}")
        if s.name and s.confidence < 1.0:
            body.append(f"# confidence of the name: {s.confidence:.2f}")
        for field, how in s.evidence:
            body.append(f"# {field}: {how}".replace("\n", " "))
    head = "\n".join(lines)
    rest = "\n".join(body) + "\n"
    digest = hashlib.sha256((head + "\n" + rest).encode("utf-8")).hexdigest()[:16]
    return f"{head}\n{_CHECKSUM}{digest}\n{rest}"


def write_speakers_file(speakers: Sequence[Speaker], path: Path, files: Sequence[str]) -> bool:
    """Write the inferred directory to ``path`` unless someone edited it or it says that already; True if written."""
    path = Path(path)
    if path.exists() and is_edited(path):
        log.info("%s was edited: kept as it is, and applied", path)
        return False
    text = speakers_file_text(speakers, files)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    write_text_atomic(path, text)
    return True


def find_speakers_files(inputs: Sequence[Path], config: Config, out_dir: Path | None = None,
                        stem: str | None = None) -> list[Path]:
    """The speakers files that apply to an event, in the order they apply (later ones win).

    ``speakers.toml``/``.csv`` next to the transcripts, ``NAME.speakers.toml`` next to them, an edited
    ``NAME.speakers.toml`` in the output folder, then ``--speakers`` (or ``speakers_file`` in the config).
    """
    found: list[Path] = []
    for folder in dict.fromkeys(Path(p).parent for p in inputs):
        for name in (f"{SPEAKERS_FILE}.toml", f"{SPEAKERS_FILE}.csv"):
            if (folder / name).is_file():
                found.append(folder / name)
        for p in inputs:
            own = folder / f"{Path(p).stem}.speakers.toml"
            # a file confsynth wrote there (output folder = input folder) and nobody edited is not a correction
            if Path(p).parent == folder and own.is_file() and is_edited(own) and own not in found:
                found.append(own)
    if out_dir is not None and stem is not None:
        own = Path(out_dir) / f"{stem}.speakers.toml"
        if own.is_file() and is_edited(own) and own.resolve() not in {f.resolve() for f in found}:
            found.append(own)
    if config.speakers_file:
        explicit = Path(config.speakers_file)
        if not explicit.is_file():
            raise ConfigError(f"speakers file not found: {explicit} (check --speakers or speakers_file in "
                              f"the configuration)")
        found.append(explicit)
    return found
