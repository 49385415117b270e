"""The exceptions confsynth raises, in one place.

    ConfsynthError                 base: the CLI prints its message as "Error: ..." and sets the exit code
    ├── InputError                 one input file cannot be used (unreadable, wrong format, too big, ...)
    ├── ConfigError                a configuration or speakers file is invalid
    └── ModelUnavailableError      an optional model or package is missing; the message says what to install

Every message is meant for the user: it names the file or setting and, where there is one, the fix.
"""
from __future__ import annotations

__all__ = ["ConfsynthError", "InputError", "ConfigError", "ModelUnavailableError"]


class ConfsynthError(Exception):
    """Base class of every error confsynth reports to the user."""


class InputError(ConfsynthError):
    """An input file cannot be turned into a transcript."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ConfigError(ConfsynthError):
    """A configuration value, config file or speakers file is invalid."""


class ModelUnavailableError(ConfsynthError):
    """A model or optional package is not installed; the message says how to get it."""
