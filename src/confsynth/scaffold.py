"""``confsynth init``: a commented confsynth.toml to start from."""
from __future__ import annotations

from pathlib import Path

from .config import CONFIG_FILE
from .errors import ConfigError
from .files import write_text_atomic

__all__ = ["EXAMPLE_CONFIG", "write_example_config"]

# Active lines hold the defaults, so the file works as written; commented lines are there to fill in.
# Every key of Config appears here (tests/test_config.py checks it).
EXAMPLE_CONFIG = """\
# confsynth.toml: settings for the transcripts in this folder.
# confsynth run reads it from the input folder (or use --config FILE); options on the command line win.
# Keys may sit in the sections below or at the top level; an unknown key is an error that lists the valid ones.
# Relative paths are relative to this file.

[event]
# Printed at the top of every report. Without them confsynth takes the transcript's first lines,
# then the file name.
# title = "Encourager l'innovation sociale à l'échelle européenne"
# date = 2022-02-11            # a date (printed "11 février 2022" / "11 February 2022") or any text
# place = "Paris"
# name = "forum-2024"          # report file name when several transcripts make one event (merge = true)
merge = false                  # true: every transcript of the folder is one event, one synthesis

[output]
# takeaways = 8                # number of key messages (1-50); unset: 8, fewer for a short transcript
# max_words = 900              # length budget of the whole synthesis
order = "importance"           # "importance" or "time" (order of the discussion)
languages = ["fr", "en"]       # one report per language
formats = ["docx", "json"]     # any of "docx", "md", "html", "json"
# force = false                # true: overwrite reports edited since they were generated (else: NAME.fr.v2.docx)
max_file_mb = 50.0             # larger transcripts are refused
max_input_words = 300000       # transcripts of more words are refused (about 1 GB of memory per 100,000)
time_limit = 3600              # seconds per transcript before it is stopped; 0: no limit

[models]
translator = "auto"            # "auto" (the first installed model), "none", or a backend name
# models_dir = "models"        # where translation models are (default: ./models)
# headline_models = ["fr=moussaKam/barthez-orangesum-title"]   # summarisation model(s) rewriting headlines
detector = "lingua"            # language detector
embedder = "e5-small"          # sentence embeddings for the key messages
# speakers_file = "speakers.csv"   # corrections: names, affiliations, countries of the speakers
# glossary_file = "glossary.csv"   # terms and their translations, e.g. innovation sociale,social innovation
"""


def write_example_config(folder: Path, force: bool = False) -> Path:
    """Write the example confsynth.toml into ``folder``; an existing one is kept unless ``force``."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"{folder} is a file; give the folder the transcripts are in")
    target = folder / CONFIG_FILE
    if target.exists() and not force:
        raise ConfigError(f"{target} already exists; edit it, or add --force to replace it with the example")
    write_text_atomic(target, EXAMPLE_CONFIG)
    return target
