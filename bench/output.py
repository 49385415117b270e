"""Where a benchmark's table goes: stdout, and the results file unless told ''."""
from __future__ import annotations

from pathlib import Path


def emit(table: str, out: str | None) -> None:
    """Print ``table`` and write it to ``out`` (its folder made), when ``out`` is set."""
    print(table)
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(table + "\n", encoding="utf-8")
