"""One frozen ``Config`` for a run; ``confsynth.toml`` keys map 1:1 to its fields, CLI options override."""
from __future__ import annotations

import dataclasses
import datetime
import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Config", "load_config", "CONFIG_FILE", "FORMATS"]

CONFIG_FILE = "confsynth.toml"
FORMATS = ("docx", "md", "html", "json")
REPORT_LANGUAGES = ("fr", "en")   # the languages a draft is written in (render.i18n's texts)
SECTIONS = ("event", "output", "models")
# settings naming a file or folder: relative paths in confsynth.toml are relative to the file itself
PATH_KEYS = ("models_dir", "speakers_file", "glossary_file")


@dataclass(frozen=True)
class Config:
    """Everything a run can be told."""

    takeaways: int | None = None              # None: 8, fewer for a short event (see takeaways.auto_count)
    max_words: int | None = None
    order: str = "importance"                 # importance | time
    languages: tuple[str, ...] = ("fr", "en")  # report languages
    merge: bool = False
    name: str | None = None                   # output name with --merge
    title: str | None = None
    date: str | None = None
    place: str | None = None
    detector: str = "lingua"
    embedder: str = "e5-small"
    translator: str = "auto"                  # auto | none | a backend name
    headline_models: tuple[str, ...] = ()     # summarisation models rewriting headlines: PATH, NAME or fr=PATH
    models_dir: str | None = None
    max_file_mb: float = 50.0
    max_input_words: int = 300_000            # per transcript (and per event with --merge)
    time_limit: float = 3600.0                # seconds per transcript (per event with --merge); 0 = none
    speakers_file: str | None = None
    glossary_file: str | None = None          # CSV of terms per language, header row names them: fr,en
    formats: tuple[str, ...] = ("docx", "json")   # outputs: docx, md, html, json
    force: bool = False                       # overwrite reports edited since they were generated

    def __post_init__(self) -> None:
        if self.takeaways is not None and (self.takeaways < 1 or self.takeaways > 50):
            raise ConfigError(f"takeaways must be between 1 and 50, not {self.takeaways}")
        if self.max_words is not None and self.max_words < 20:
            raise ConfigError(f"max_words must be at least 20, not {self.max_words}")
        if self.order not in ("importance", "time"):
            raise ConfigError(f"order must be 'importance' or 'time', not '{self.order}'")
        if not self.languages:
            raise ConfigError("languages must name at least one report language")
        # (--languages de wrote an all-English .de.docx without a word)
        unsupported = [x for x in self.languages if x not in REPORT_LANGUAGES]
        if unsupported:
            raise ConfigError(f"languages: no report can be written in '{', '.join(unsupported)}'; the report "
                              f"languages are {', '.join(REPORT_LANGUAGES)} (e.g. --languages fr or --languages fr,en)")
        if self.date and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", self.date.strip()):
            # (--date 2024-13-45 was printed as it was; a date in words, "9 October 2024", is printed as given)
            try:
                datetime.date(*map(int, self.date.strip().split("-")))
            except ValueError:
                raise ConfigError(f"date: {self.date} is no date; give it as YYYY-MM-DD, e.g. 2024-10-09") from None
        if self.max_file_mb <= 0:
            raise ConfigError("max_file_mb must be positive")
        if self.max_input_words < 1:
            raise ConfigError(f"max_input_words must be positive, not {self.max_input_words}")
        if self.time_limit < 0:
            raise ConfigError(f"time_limit must be 0 (no limit) or a number of seconds, not {self.time_limit}")
        unknown = [f for f in self.formats if f not in FORMATS]
        if unknown or not self.formats:
            raise ConfigError(f"formats: unknown format '{', '.join(unknown)}'; choose from {', '.join(FORMATS)} "
                              "(e.g. formats = [\"docx\", \"html\"] or --format docx,html)")

    @property
    def max_bytes(self) -> int:
        """The file size limit in bytes."""
        return int(self.max_file_mb * 1_000_000)

    def with_overrides(self, **values: Any) -> "Config":
        """A copy with the given fields replaced (None values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in values.items() if v is not None})


def _check_type(path: Path, key: str, value: Any) -> Any:
    """The TOML value as the Config field wants it, or a ConfigError naming the key and the expected type."""
    kind = {f.name: f.type for f in fields(Config)}[key]
    if isinstance(value, (datetime.date, datetime.datetime)):
        value = value.isoformat()    # date = 2022-02-11 is a TOML date; the report formats it per language
    expected = None
    if "tuple" in kind:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            expected = "a list of strings, e.g. [\"fr\", \"en\"]"
        else:
            value = tuple(value)
    elif kind.startswith("bool"):
        expected = None if isinstance(value, bool) else "true or false"
    elif kind.startswith("int"):
        expected = None if isinstance(value, int) and not isinstance(value, bool) else "a whole number"
    elif kind.startswith("float"):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = float(value)
        else:
            expected = "a number"
    elif kind.startswith("str") and not isinstance(value, str):
        expected = "a string in quotes"
    if expected:
        raise ConfigError(f"{path}: '{key}' must be {expected}, not {value!r}")
    return value


def load_config(path: Path) -> dict[str, Any]:
    """Read a confsynth.toml into a dict of Config fields; unknown keys are an error naming the valid ones."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None
    valid = {f.name for f in fields(Config)}
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key in SECTIONS:
            items = value.items()  # [event] title/date/place, [models] ..., [output] ... sections
        else:
            items = [(key, value)]
        for k, v in items:
            k = k.replace("-", "_")
            if k not in valid:
                raise ConfigError(f"{path}: unknown key '{k}'; valid keys are: {', '.join(sorted(valid))} "
                                  f"(optionally grouped in sections [{'], ['.join(SECTIONS)}])")
            v = _check_type(path, k, v)
            if k in PATH_KEYS and v is not None and not Path(v).expanduser().is_absolute():
                v = str(path.parent / Path(v))
            flat[k] = v
    return flat
