"""One frozen ``Config`` for a run; ``confsynth.toml`` keys map 1:1 to its fields, CLI options override."""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Config", "load_config", "CONFIG_FILE"]

CONFIG_FILE = "confsynth.toml"


@dataclass(frozen=True)
class Config:
    """Everything a run can be told."""

    takeaways: int = 8
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
    models_dir: str | None = None
    max_file_mb: float = 50.0
    max_input_words: int = 300_000            # per transcript (and per event with --merge)
    time_limit: float = 3600.0                # seconds per transcript (per event with --merge); 0 = none
    speakers_file: str | None = None

    def __post_init__(self) -> None:
        if self.takeaways < 1 or self.takeaways > 50:
            raise ConfigError(f"takeaways must be between 1 and 50, not {self.takeaways}")
        if self.max_words is not None and self.max_words < 20:
            raise ConfigError(f"max_words must be at least 20, not {self.max_words}")
        if self.order not in ("importance", "time"):
            raise ConfigError(f"order must be 'importance' or 'time', not '{self.order}'")
        if not self.languages:
            raise ConfigError("languages must name at least one report language")
        if self.max_file_mb <= 0:
            raise ConfigError("max_file_mb must be positive")
        if self.max_input_words < 1:
            raise ConfigError(f"max_input_words must be positive, not {self.max_input_words}")
        if self.time_limit < 0:
            raise ConfigError(f"time_limit must be 0 (no limit) or a number of seconds, not {self.time_limit}")

    @property
    def max_bytes(self) -> int:
        """The file size limit in bytes."""
        return int(self.max_file_mb * 1_000_000)

    def with_overrides(self, **values: Any) -> "Config":
        """A copy with the given fields replaced (None values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in values.items() if v is not None})


def load_config(path: Path) -> dict[str, Any]:
    """Read a confsynth.toml into a dict of Config fields; unknown keys are an error naming the valid ones."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None
    valid = {f.name for f in fields(Config)}
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key in ("event", "output", "models"):
            items = value.items()  # [event] title/date/place, [models] ..., [output] ... sections
        else:
            items = [(key, value)]
        for k, v in items:
            k = k.replace("-", "_")
            if k not in valid:
                raise ConfigError(f"{path}: unknown key '{k}'; valid keys are: {', '.join(sorted(valid))}")
            flat[k] = tuple(v) if isinstance(v, list) else v
    return flat
