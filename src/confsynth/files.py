"""Safe file writing: every output appears whole or not at all.

A report is written to a temporary ``.NAME.PID.XXXX.part`` file beside its target, flushed to disk,
then renamed over the target in one step (``os.replace``). A crash, Ctrl-C or kill at any moment
leaves either the earlier report or the new one under the final name, never a half-written file.
A process killed outright (SIGKILL, power loss) cannot delete its temporary file; the next run
removes such leftovers with ``remove_stale_parts``, recognising them by the dead writer's PID.
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

__all__ = ["atomic_path", "write_text_atomic", "remove_stale_parts", "PART_SUFFIX"]

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"
_PART_NAME = re.compile(r"^\..+\.(?P<pid>\d+)\.[^.]+\.part$")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable: flush the folder entry too (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` in one rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # the PID in the name lets a later run tell a dead writer's leftover from a live one's
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_umask())  # mkstemp makes 0600; reports are ordinary files
    try:
        yield tmp_path
        with open(tmp_path, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, target)
        _fsync_dir(target.parent)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text_atomic(target: Path, text: str) -> None:
    """Write a UTF-8 text file atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    except OSError:
        return True
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete temporary ``.part`` files left in ``folder`` by writers that no longer run; return them."""
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _PART_NAME.match(entry.name)
        if m is None or not entry.is_file() or entry.is_symlink() or _alive(int(m["pid"])):
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except OSError:
            continue
    if removed:
        log.info("removed %d unfinished temporary file(s) left by an interrupted run in %s", len(removed), folder)
    return removed
