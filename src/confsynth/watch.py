"""Watch a folder: process transcripts as they arrive or change.

Polling, not file-system events: it works the same on every OS and on network shares, and an inbox
changes a few times an hour. A file is read only once it has settled: its size and modification time
are unchanged since the previous poll and it was last modified ``settle`` seconds ago or more, so a file
still being copied is not read half-written. If a copy stalls longer than that and a partial file is
read anyway, the finished copy changes the file again and its reports are regenerated (the manifest
replaces drafts nobody edited).

Each round goes through ``run_batch`` with the manifest, so a file that did not really change costs a
hash, a bad file costs one error (reported once per version of the file), and edited reports are kept.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .config import Config
from .ingest import find_transcripts
from .pipeline import FileResult, Models, load_models, run_batch

__all__ = ["watch", "WatchState"]

log = logging.getLogger(__name__)

Signature = tuple[int, int]        # (size, mtime in ns)


@dataclass
class WatchState:
    """What the watcher has seen: each file's latest signature and the signature it last processed."""

    seen: dict[Path, Signature]
    done: dict[Path, Signature]


def _signature(path: Path) -> Signature | None:
    try:
        st = path.stat()
    except OSError:   # removed or renamed between listing and stat
        return None
    return st.st_size, st.st_mtime_ns


def _scan(inbox: Path, out_dir: Path, told: set[str] | None = None) -> dict[Path, Signature]:
    files, problems = find_transcripts([inbox])
    for err in problems:   # a PDF or a recording dropped in the inbox: said once, not at every poll
        if told is not None and err.path not in told:
            told.add(err.path)
            log.warning("%s", err)
    out = out_dir.resolve()
    found = {}
    for f in files:
        if out == f.resolve().parent or out in f.resolve().parents:
            continue  # an output folder inside the inbox holds reports, not transcripts
        sig = _signature(f)
        if sig is not None:
            found[f] = sig
    return found


def watch(inbox: Path, out_dir: Path, config: Config, *, models: Models | None = None, poll: float = 2.0,
          settle: float = 3.0, stop: threading.Event | None = None,
          on_results: Callable[[list[FileResult]], None] | None = None,
          on_waiting: Callable[[list[Path]], None] | None = None) -> WatchState:
    """Process transcripts in ``inbox`` into ``out_dir`` as they arrive or change, until ``stop`` is set.

    ``on_results`` gets the results of each round for the files that changed; ``on_waiting`` the files
    written to less than ``settle`` seconds ago, not read yet. Returns what was seen, for callers that stop and resume.
    """
    inbox, out_dir = Path(inbox), Path(out_dir)
    stop = stop or threading.Event()
    state = WatchState({}, {})
    told: set[str] = set()
    while not stop.is_set():
        current = _scan(inbox, out_dir, told)
        now_ns = time.time_ns()
        settled, waiting, arriving = [], [], []
        for path, sig in current.items():
            fresh = now_ns - sig[1] < settle * 1e9      # written to a moment ago: maybe still being copied
            stable = state.seen.get(path) == sig and not fresh
            state.seen[path] = sig
            if state.done.get(path) == sig:
                continue
            (settled if stable else waiting).append(path)
            if fresh:
                arriving.append(path)
        for gone in set(state.seen) - set(current):
            state.seen.pop(gone)
            state.done.pop(gone, None)
        if arriving and on_waiting:
            on_waiting(sorted(arriving))
        if settled and not (config.merge and waiting):   # one event of all files: wait for all of them
            # every settled file goes in, changed or not, so report names are the ones `confsynth run` gives;
            # the manifest skips the unchanged ones
            batch = sorted(p for p in current if p not in waiting)
            if models is None:
                models = load_models(config)
            results = run_batch(batch, out_dir, config, models=models)
            changed = set(settled)
            for path in batch:
                state.done[path] = current[path]
            shown = [r for r in results if config.merge or changed & set(r.inputs)]
            if on_results:
                on_results(shown)
        stop.wait(poll)
    return state
