"""Limits that hold: a time limit per transcript and a cheap word count for the size limit.

The time limit uses a real-time interval timer (SIGALRM), so it also stops a stage that is stuck in
a long loop, not only between stages. Its exception derives from ``BaseException`` like
``KeyboardInterrupt``: library code that catches ``Exception`` (python-docx, spaCy) cannot swallow it,
and every ``finally`` (temporary files) still runs. Where SIGALRM cannot be used (Windows, a thread
other than the main one) the limit is not enforced and a debug message says so.
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

__all__ = ["TimeLimitExceeded", "time_limit", "count_words", "words_over_limit_reason"]

log = logging.getLogger(__name__)


class TimeLimitExceeded(BaseException):
    """Raised inside a ``time_limit`` block when its time is up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"stopped after {seconds:g} s, the time limit per transcript "
                         "(raise it with --time-limit, or time_limit in confsynth.toml; 0 means no limit)")


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``TimeLimitExceeded`` in this block once ``seconds`` of wall time have passed (0/None: never)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        if seconds:
            log.debug("time limit not enforced here (needs SIGALRM in the main thread)")
        yield
        return
    assert seconds is not None
    started = time.monotonic()

    def _expired(signum, frame) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    outer_left = signal.getitimer(signal.ITIMER_REAL)[0]
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:  # an enclosing timer (a caller's own limit) keeps counting
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - (time.monotonic() - started), 0.001))


def count_words(text: str, chunk: int = 1 << 20) -> int:
    """Whitespace-separated words in ``text``, counted in slices so a 100 MB text needs no list of words."""
    total = 0
    prev_space = True
    for start in range(0, len(text), chunk):
        piece = text[start:start + chunk]
        total += len(piece.split())
        # a word cut in two by the slice boundary was counted twice
        if piece and not prev_space and not piece[0].isspace():
            total -= 1
        prev_space = piece[-1].isspace() if piece else prev_space
    return total


def words_over_limit_reason(words: int, limit: int, estimate: bool = False) -> str:
    """The message for a transcript over the word limit."""
    about = "about " if estimate else ""
    return (f"{about}{words:,} words, over the {limit:,}-word limit per transcript "
            "(raise it with --max-input-words, or max_input_words in confsynth.toml)")
