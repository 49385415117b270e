"""Command line: parse, build a Config, call the library, print results. No logic of its own."""
from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
from pathlib import Path
from typing import Sequence

# Confidential by default: transcripts never leave the machine, so no model library may reach a hub,
# not even to check for updates. Set before anything imports transformers or huggingface_hub.
for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY",
             "DO_NOT_TRACK"):
    os.environ[_var] = "1"

from . import __version__  # noqa: E402  (after the offline switches, on purpose)
from .config import CONFIG_FILE, Config, load_config  # noqa: E402
from .errors import ConfigError, ConfsynthError  # noqa: E402
from .pipeline import FileResult, run_batch  # noqa: E402

__all__ = ["main", "build_parser"]

EXAMPLES_MAIN = """\
examples:
  confsynth run inbox/ -o reports/            every transcript in inbox/ -> reports/
  confsynth run talk.vtt panel.docx -o out/   chosen files
  confsynth run day1/ --merge --name forum -o out/   several sessions, one synthesis
"""
EXAMPLES_RUN = """\
examples:
  confsynth run inbox/ -o reports/
  confsynth run samples/ -o reports/ --takeaways 6 --order time
  confsynth run day1/*.vtt --merge --name forum-2024 -o reports/

For each transcript it writes NAME.fr.docx, NAME.en.docx and NAME.synthesis.json.
Formats read: .txt .md .docx .vtt .srt and Whisper-style .json.
Exit status: 0 all files processed, 1 some file failed, 2 bad usage or configuration.
"""


def _languages(value: str) -> tuple[str, ...]:
    langs = tuple(x.strip().lower() for x in value.split(",") if x.strip())
    if not langs:
        raise argparse.ArgumentTypeError("give at least one language, e.g. fr,en")
    return langs


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with an example in every command's help."""
    parser = argparse.ArgumentParser(
        prog="confsynth",
        description="Turn conference transcripts into a synthesis of key messages with verbatim, attributed "
                    "quotes, as French and English Word drafts.",
        epilog=EXAMPLES_MAIN, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"confsynth {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="write the synthesis of transcripts", description="Write the synthesis "
                         "(Word drafts in each report language, and synthesis.json) of each transcript.",
                         epilog=EXAMPLES_RUN, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="transcript files or folders")
    run.add_argument("-o", "--output", default="reports", metavar="DIR", help="output folder (default: reports)")
    run.add_argument("--merge", action="store_true", default=None,
                     help="treat all inputs as one event with several sessions")
    run.add_argument("--name", help="output name with --merge (default: the folder's name)")
    run.add_argument("--takeaways", type=int, metavar="N", help="number of key messages (default 8)")
    run.add_argument("--max-words", type=int, metavar="W", help="length budget of the whole synthesis")
    run.add_argument("--order", choices=["importance", "time"], help="order of the key messages")
    run.add_argument("--languages", type=_languages, metavar="LANGS", help="report languages (default fr,en)")
    run.add_argument("--title", help="event title (default: the transcript's first line or file name)")
    run.add_argument("--config", type=Path, metavar="FILE",
                     help=f"configuration file (default: {CONFIG_FILE} in the input folder)")
    run.add_argument("--speakers", type=Path, metavar="FILE", help="speakers file with corrections")
    run.add_argument("--translator", help="translation backend: auto (default), none, or a backend name")
    run.add_argument("--models-dir", metavar="DIR", help="where local models are (default: ./models)")
    run.add_argument("--max-file-mb", type=float, metavar="MB", help="refuse larger inputs (default 50)")
    run.add_argument("--max-input-words", type=int, metavar="N",
                     help="refuse transcripts of more words (default 300000)")
    run.add_argument("--time-limit", type=float, metavar="SECONDS",
                     help="stop a transcript that takes longer (default 3600; 0: no limit)")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary table")
    run.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    run.set_defaults(func=cmd_run)
    return parser


def _config_for(args: argparse.Namespace) -> Config:
    base: dict = {}
    config_path = args.config
    if config_path is None:
        first_dir = next((Path(p) for p in args.inputs if Path(p).is_dir()), None)
        candidate = (first_dir or Path(args.inputs[0]).parent) / CONFIG_FILE
        config_path = candidate if candidate.is_file() else None
    if config_path is not None:
        base = load_config(config_path)
    return Config(**base).with_overrides(
        takeaways=args.takeaways, max_words=args.max_words, order=args.order, languages=args.languages,
        merge=args.merge, name=args.name, title=args.title, translator=args.translator,
        models_dir=args.models_dir, max_file_mb=args.max_file_mb, max_input_words=args.max_input_words,
        time_limit=args.time_limit,
        speakers_file=str(args.speakers) if args.speakers else None,
    )


def _shown(text: object) -> str:
    """Text safe to print: control characters (a file name may hold an escape sequence) made visible."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: repr(m.group())[1:-1], str(text))


def _summary(results: Sequence[FileResult], console) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="confsynth", show_lines=False)
    for col in ("file", "language", "speakers", "takeaways", "problems"):
        table.add_column(col)
    for r in results:
        name = _shown(", ".join(p.name for p in r.inputs))
        if r.synthesis is None:
            table.add_row(Text(name), "-", "-", "-", Text(_shown(r.error), style="red"))
            continue
        s = r.synthesis
        named = sum(1 for sp in s.speakers if sp.name)
        problems = "; ".join(dict.fromkeys(s.problems)) or "-"
        table.add_row(Text(name), s.language, str(named), str(len(s.takeaways)), Text(_shown(problems)))
    console.print(table)


def cmd_run(args: argparse.Namespace) -> int:
    """``confsynth run``: process the inputs and report per file."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    config = _config_for(args)
    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise ConfigError(f"the output folder {out_dir} is a file; give a folder with -o")
    err = Console(stderr=True)
    if args.quiet:
        results = run_batch(args.inputs, out_dir, config)
    else:
        from .ingest import find_transcripts

        files, _ = find_transcripts(list(args.inputs))
        total = 1 if config.merge else max(1, len(files))
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("loading models", total=total)

            def progress(event: str, label: str) -> None:
                if event == "start":
                    bar.update(task, description=escape(_shown(label)))
                else:
                    bar.advance(task)

            results = run_batch(args.inputs, out_dir, config, progress=progress)
        _summary(results, err)
    failed = [r for r in results if r.error and r.synthesis is None]
    for r in results:
        if r.error:
            # one line per failed file, whatever its name holds (markup brackets, newlines, escapes)
            where = _shown(", ".join(str(p) for p in r.inputs))
            err.print(Text.assemble(("Error:", "red"), f" {where}: {_shown(r.error)}"), highlight=False,
                      soft_wrap=True)
    written = sum(len(r.outputs) for r in results)
    if not args.quiet:
        err.print(f"{written} file(s) written to {escape(_shown(out_dir))}/", highlight=False)
    if not results:
        err.print("[red]Error:[/red] no transcript found (formats: .txt .md .docx .vtt .srt .json)")
        return 1
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``confsynth`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    level = {0: logging.WARNING, 1: logging.INFO}.get(getattr(args, "verbose", 0), logging.DEBUG)
    handler = logging.StreamHandler()
    handler.setFormatter(_SafeFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    previous = _stop_cleanly_on_sigterm()
    try:
        return args.func(args)
    except ConfsynthError as exc:
        print(f"Error: {_shown(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrupted: reports already written are complete; nothing half-written was left.", file=sys.stderr)
        return 130
    except _Terminated:
        print("Terminated: reports already written are complete; nothing half-written was left.", file=sys.stderr)
        return 143
    finally:
        if previous is not False:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


class _SafeFormatter(logging.Formatter):
    """Log lines with control characters made visible: a file name must not drive the terminal."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = _shown(record.message)
        return super().formatMessage(record)


class _Terminated(BaseException):
    """SIGTERM (``kill``, a closing session) turned into an exception, so temporary files are removed."""


def _stop_cleanly_on_sigterm():
    """Make SIGTERM unwind like Ctrl-C (``finally`` blocks run); return the previous handler, False if unchanged."""
    def _handler(signum, frame) -> None:
        raise _Terminated()

    try:
        return signal.signal(signal.SIGTERM, _handler)
    except ValueError:  # not the main thread (main() called from a thread): keep the default
        return False


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
