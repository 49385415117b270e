"""Command line: parse, build a Config, call the library, print results. No logic of its own."""
from __future__ import annotations

import argparse
import logging
import os
import re
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Sequence

from rich.markup import escape

from . import __version__
from .config import CONFIG_FILE, FORMATS, Config, load_config
from .errors import ConfigError, ConfsynthError
from .pipeline import FileResult, run_batch
from .translate import translation_advice

__all__ = ["main", "build_parser"]

EXAMPLES_MAIN = """\
examples:
  confsynth run inbox/ -o reports/            every transcript in inbox/ -> reports/
  confsynth run talk.vtt panel.docx -o out/   chosen files
  confsynth run day1/ --merge --name forum -o out/   several sessions, one synthesis
  confsynth watch inbox/ -o reports/          process transcripts as they arrive
  confsynth init inbox/                       write a commented confsynth.toml
"""
EXAMPLES_RUN = """\
examples:
  confsynth run inbox/ -o reports/
  confsynth run samples/ -o reports/ --takeaways 6 --order time
  confsynth run day1/*.vtt --merge --name forum-2024 -o reports/
  confsynth run inbox/ -o reports/ --format docx,md,html,json

For each transcript it writes NAME.fr.docx, NAME.en.docx and NAME.synthesis.json (and NAME.LANG.md,
NAME.LANG.html with --format). Formats read: .txt .md .docx .odt .vtt .srt, .json (Whisper, AssemblyAI,
QMSum) and .ctm (a recogniser's timed words).

Re-running is safe: a report edited since confsynth wrote it is never overwritten (the new draft goes
beside it as NAME.fr.v2.docx; --force overwrites), and transcripts that did not change are skipped.
Exit status: 0 all files processed, 1 some file failed, 2 bad usage or configuration.
"""
EXAMPLES_WATCH = """\
examples:
  confsynth watch inbox/ -o reports/
  confsynth watch inbox/ -o reports/ --format docx,html --settle 10

Processes each transcript once it has stopped changing for --settle seconds (a file still being
copied is not read), again whenever it changes, and keeps going when a file is bad. Reports edited
since they were written are kept (the new draft goes beside them). Stop with Ctrl-C.
"""
EXAMPLES_INIT = f"""\
examples:
  confsynth init inbox/        write inbox/{CONFIG_FILE}, read by 'confsynth run inbox/'
  confsynth init               in the current folder
"""


def _formats(value: str) -> tuple[str, ...]:
    formats = tuple(x.strip().lower().lstrip(".") for x in value.split(",") if x.strip())
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise argparse.ArgumentTypeError(f"unknown format '{', '.join(bad)}'; choose from {','.join(FORMATS)}")
    return formats


EXAMPLES_MODELS = """\
examples:
  confsynth models list                      what is installed, where, which backend runs it
  confsynth models path                      where confsynth looks for models
  confsynth models fetch opus-mt-fr-en       download from the Hugging Face hub (online machine)
  confsynth models convert opus-mt-fr-en     make the fast CTranslate2 copy

Translation uses Marian (OPUS-MT) models: opus-mt-fr-en and opus-mt-en-fr for French <-> English,
any other opus-mt-SRC-TGT pair for other languages (or two, through English). confsynth run never
downloads anything: copy model folders into models/ on a machine that is offline.
"""
EXAMPLES_MODELS_LIST = """\
example:
  confsynth models list
  confsynth models list --models-dir /data/models
"""
EXAMPLES_MODELS_PATH = """\
example:
  confsynth models path
"""
EXAMPLES_MODELS_FETCH = """\
examples:
  confsynth models fetch opus-mt-fr-en
  confsynth models fetch opus-mt-en-fr --models-dir /data/models
  HF_ENDPOINT=https://hf-mirror.example confsynth models fetch de-en

Only this command uses the network. Offline, copy the folder from a machine where it ran.
An interrupted download is resumed by running the same command again.
"""
EXAMPLES_MODELS_CONVERT = """\
examples:
  confsynth models convert opus-mt-fr-en
  confsynth models convert opus-mt-en-fr --quantization int8

Needs transformers + torch (confsynth[models]) and ctranslate2 (confsynth[ct2]) on the machine that
converts; the copy (opus-mt-fr-en-ct2) then runs with ctranslate2 alone.
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
    _add_run_options(run)
    run.set_defaults(func=cmd_run)

    watch = sub.add_parser("watch", help="process transcripts as they arrive in a folder",
                           description="Watch a folder and write the synthesis of each transcript that arrives "
                                       "or changes, until Ctrl-C.",
                           epilog=EXAMPLES_WATCH, formatter_class=argparse.RawDescriptionHelpFormatter)
    watch.add_argument("inbox", type=Path, metavar="INBOX", help="folder to watch")
    _add_run_options(watch)
    watch.add_argument("--poll", type=float, default=2.0, metavar="S", help="seconds between looks (default 2)")
    watch.add_argument("--settle", type=float, default=3.0, metavar="S",
                       help="a file is read once unchanged for this long (default 3)")
    watch.set_defaults(func=cmd_watch)

    init = sub.add_parser("init", help=f"write a commented {CONFIG_FILE}",
                          description=f"Write a commented example {CONFIG_FILE} into a folder of transcripts.",
                          epilog=EXAMPLES_INIT, formatter_class=argparse.RawDescriptionHelpFormatter)
    init.add_argument("folder", nargs="?", default=".", type=Path, metavar="DIR", help="folder (default: here)")
    init.add_argument("--force", action="store_true", help=f"replace an existing {CONFIG_FILE}")
    init.set_defaults(func=cmd_init)

    models = sub.add_parser("models", help="list, locate, download and convert translation models",
                            description="The translation models confsynth uses, and how to get them.",
                            epilog=EXAMPLES_MODELS, formatter_class=argparse.RawDescriptionHelpFormatter)
    models.set_defaults(func=lambda a: (models.print_help(), 2)[1])
    msub = models.add_subparsers(dest="models_command", metavar="SUBCOMMAND")
    commands = [
        ("list", "installed models: where, size, which backend can use them", EXAMPLES_MODELS_LIST, cmd_models_list),
        ("path", "where confsynth looks for models, in order", EXAMPLES_MODELS_PATH, cmd_models_path),
        ("fetch", "download a model from the Hugging Face hub", EXAMPLES_MODELS_FETCH, cmd_models_fetch),
        ("convert", "make the CTranslate2 copy of an installed model", EXAMPLES_MODELS_CONVERT, cmd_models_convert),
    ]
    for name, help_text, epilog, func in commands:
        p = msub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".",
                            epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)
        if name in ("fetch", "convert"):
            p.add_argument("name", metavar="NAME", help="opus-mt-fr-en, fr-en, or ORG/NAME on the hub")
        p.add_argument("--models-dir", metavar="DIR",
                       help="models folder (default: $CONFSYNTH_MODELS or ./models)" if name in ("fetch", "convert")
                       else "a models folder to look in first")
        p.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
        if name == "fetch":
            p.add_argument("--endpoint", metavar="URL", help="hub address (default: $HF_ENDPOINT or huggingface.co)")
            p.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
        if name in ("fetch", "convert"):
            p.add_argument("--force", action="store_true", help="replace the folder if it exists")
        if name == "convert":
            p.add_argument("--quantization", default="int8", choices=["int8", "int8_float32", "float16", "float32"],
                           help="weight type of the copy (default: int8, the fastest on CPU)")
        p.set_defaults(func=func)
    return parser


def _add_run_options(p: argparse.ArgumentParser) -> None:
    """Options shared by run and watch."""
    p.add_argument("-o", "--output", default="reports", metavar="DIR", help="output folder (default: reports)")
    p.add_argument("--format", dest="formats", type=_formats, metavar="FORMATS",
                   help="outputs, comma-separated: docx,md,html,json (default docx,json)")
    p.add_argument("--force", action="store_true", default=None,
                   help="overwrite reports even if edited since they were generated")
    p.add_argument("--merge", action="store_true", default=None,
                   help="treat all inputs as one event with several sessions")
    p.add_argument("--name", help="output name with --merge (default: the folder's name)")
    p.add_argument("--takeaways", type=int, metavar="N", help="number of key messages (default 8, fewer for a short transcript: one per 8 sentences, 3 at least)")
    p.add_argument("--max-words", type=int, metavar="W",
                   help="length budget, in words, of the key messages (headlines, paragraphs, quotes and their "
                        "signatures; not the title, opening paragraph, speakers or appendix): fewer points, each "
                        "with its quote, before bare headlines; the summary says how many it left out")
    p.add_argument("--order", choices=["importance", "time"],
                   help="order of the key messages (time: under the agenda's parts, where the transcript has headings)")
    p.add_argument("--languages", type=_languages, metavar="LANGS", help="report languages (default fr,en)")
    p.add_argument("--title", help="event title (default: the transcript's first line or file name)")
    p.add_argument("--date", help="event date, e.g. 2022-02-11 (default: the transcript's first lines)")
    p.add_argument("--place", help="event place (default: the transcript's first lines)")
    p.add_argument("--config", type=Path, metavar="FILE",
                   help=f"configuration file (default: {CONFIG_FILE} in the input folder)")
    p.add_argument("--speakers", type=Path, metavar="FILE",
                   help="speakers file (TOML or CSV) correcting names, affiliations, countries or which label "
                        "is whom; confsynth writes NAME.speakers.toml next to the reports to start from")
    p.add_argument("--glossary", type=Path, metavar="FILE", help="glossary of terms for translation (CSV)")
    p.add_argument("--translator", help="translation backend: auto (default), none, or a backend name")
    p.add_argument("--headline-model", dest="headline_models", action="append", metavar="MODEL",
                   help="a summarisation model (folder, or hub name in the Hugging Face cache) that rewrites "
                        "headlines, kept only when faithful; fr=MODEL or en=MODEL for one language; repeatable")
    p.add_argument("--models-dir", metavar="DIR", help="where local models are (default: ./models)")
    p.add_argument("--max-file-mb", type=float, metavar="MB", help="refuse larger inputs (default 50)")
    p.add_argument("--max-input-words", type=int, metavar="N", help="refuse transcripts of more words (default 300000)")
    p.add_argument("--time-limit", type=float, metavar="SECONDS",
                   help="stop a transcript that takes longer (default 3600; 0: no limit)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary table")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")


def _config_for(args: argparse.Namespace, inputs: Sequence[str | Path]) -> Config:
    base: dict = {}
    config_path = args.config
    if config_path is None:
        first_dir = next((Path(p) for p in inputs if Path(p).is_dir()), None)
        candidate = (first_dir or Path(inputs[0]).parent) / CONFIG_FILE
        config_path = candidate if candidate.is_file() else None
    if config_path is not None:
        base = load_config(config_path)
    return Config(**base).with_overrides(
        takeaways=args.takeaways, max_words=args.max_words, order=args.order, languages=args.languages,
        merge=args.merge, name=args.name, title=args.title, date=args.date, place=args.place,
        translator=args.translator, models_dir=args.models_dir, max_file_mb=args.max_file_mb,
        headline_models=tuple(args.headline_models) if args.headline_models else None,
        max_input_words=args.max_input_words, time_limit=args.time_limit,
        speakers_file=str(args.speakers) if args.speakers else None,
        glossary_file=str(args.glossary) if args.glossary else None,
        formats=args.formats, force=args.force,
    )


def _shown(text: object) -> str:
    """Text safe to print on one line: control characters (a file name may hold an escape) made visible."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: repr(m.group())[1:-1], str(text))


def _summary(results: Sequence[FileResult], console) -> None:
    from rich.table import Table

    from .render.i18n import identified

    table = Table(title="confsynth", show_lines=False, pad_edge=False)   # (with edge padding rich cropped its right side)
    seen = Counter(p.name for r in results for p in r.inputs)
    # (the whole name, folded if it must be: "social-climate-fun…" and "social-climate-fun…" could not be told apart)
    # (within reason: a 40-character name left the problems one letter a line in 80 columns, output to a file)
    longest = max((len(p.name) for r in results for p in r.inputs), default=10)
    # (the columns' least widths and borders fit 80 columns: past them rich crops the table's right side)
    table.add_column("file", overflow="fold", min_width=min(20, longest), max_width=32)
    for col in ("language", "speakers", "takeaways"):
        table.add_column(col, no_wrap=True)
    table.add_column("problems", overflow="fold", min_width=14)
    for r in results:
        # (two inputs of one name, a/session.txt and b/session.txt, are told by their folder, as their reports are)
        name = escape(_shown(", ".join(f"{p.parent.name}/{p.name}" if seen[p.name] > 1 and p.parent.name else p.name
                                       for p in r.inputs)))
        if r.up_to_date:
            table.add_row(name, "-", "-", "-", "up to date")
            continue
        if r.synthesis is None:
            # (its first words: the whole message is printed under the table, a JSON error took 16 lines here)
            error = _shown(r.error or "")
            error = error if len(error) <= 70 else error[:70].rsplit(" ", 1)[0] + " …"
            table.add_row(name, "-", "-", "-", f"[red]{escape(error)}[/red]")
            continue
        s = r.synthesis
        named = sum(1 for sp in s.speakers if identified(sp))    # (« Mme la Ministre » says who spoke too)
        problems = "; ".join(_briefs(s.problems)) or "-"
        table.add_row(name, s.language, str(named), str(len(s.takeaways)), escape(_shown(problems)))
    console.print(table)


def _brief(problem: str) -> str:
    """A problem as the table says it: the missing model's name, its hint left to the warning above the table (a
    German file's spaCy hint took nine lines of the table)."""
    return re.sub(r"^(no spaCy model) for [^(]*\((\w+)\):.*$", r"\1 (\2)", problem)


def _briefs(problems: Sequence[str]) -> list[str]:
    """The problems of a file as the table says them, each once; the languages of one kind of translation problem
    together: "fr: unavailable translation; en: unavailable translation" took four lines of the problems column
    (review BB), now "translation unavailable (fr, en)"."""
    out: dict[str, list[str]] = {}
    for p in problems:
        m = re.fullmatch(r"(\w{2,3}): (unavailable|partial) translation", p)
        key = f"translation {m[2]}" if m else _brief(p)
        out.setdefault(key, [])
        if m:
            out[key].append(m[1])
    return [f"{key} ({', '.join(langs)})" if langs else key for key, langs in out.items()]


def _tell(results: Sequence[FileResult], console) -> None:
    """The lines a user must see whatever the verbosity: errors, and edited reports kept."""
    for r in results:
        if r.error:
            # one line per failed file, whatever its name holds (markup brackets, newlines, escapes)
            where = escape(_shown(", ".join(str(p) for p in r.inputs)))
            console.print(f"[red]Error:[/red] {where}: {escape(_shown(r.error))}", highlight=False, soft_wrap=True)
        for kept, new in r.kept:
            console.print(f"[yellow]Kept[/yellow] {escape(str(kept))}: edited since confsynth wrote it. "
                          f"The new draft is {escape(str(new))} (--force overwrites instead).",
                          highlight=False, soft_wrap=True)


def cmd_run(args: argparse.Namespace) -> int:
    """``confsynth run``: process the inputs and report per file."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    config = _config_for(args, args.inputs)
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
            task = bar.add_task("checking", total=total)

            def progress(event: str, label: str) -> None:
                if event == "start":
                    bar.update(task, description=escape(_shown(label)))
                else:
                    bar.advance(task)

            results = run_batch(args.inputs, out_dir, config, progress=progress)
        if any(not r.up_to_date for r in results):
            _summary(results, err)
    failed = [r for r in results if r.error and r.synthesis is None]
    _tell(results, err)
    advice = translation_advice(r.synthesis for r in results if r.synthesis is not None)
    if advice:  # once for the batch, not once per file
        err.print(f"[yellow]Translation:[/yellow] {escape(advice)}", highlight=False, soft_wrap=True)
    if not results:
        err.print("[red]Error:[/red] no transcript found (formats: .txt .md .docx .odt .vtt .srt .json .ctm)")
        return 1
    if all(r.up_to_date for r in results):
        err.print(f"Nothing to do: the reports in {escape(_shown(out_dir))}/ are up to date with their "
                  f"{len(results)} transcript(s) and settings (--force regenerates them).", highlight=False)
    elif not args.quiet:
        written = sum(len(r.outputs) for r in results)
        err.print(f"{written} file(s) written to {escape(_shown(out_dir))}/", highlight=False)
    return 1 if failed else 0


def _size(n: int) -> str:
    return f"{n / 1e6:.0f} MB" if n >= 10e6 else f"{n / 1e6:.1f} MB"


def cmd_models_list(args: argparse.Namespace) -> int:
    """``confsynth models list``: each installed model, its pair, backend, state, size and folder."""
    from .models import backends, list_models
    from .translators.opus import no_model_message

    entries = list_models(args.models_dir)
    infos = {b.name: b for b in backends()}
    if not entries:
        message = no_model_message([], list(infos), ("fr", "en"), args.models_dir)
        print(message[0].upper() + message[1:])
    rows = []
    for e in entries:
        if e.problem:
            state = f"not usable: {e.problem}"
        elif not infos[e.backend].installed:
            state = f"needs {infos[e.backend].install}"
        else:
            state = "ready"
        rows.append((e.name, e.pair, e.backend, state, _size(e.size), f"{e.path}  [{e.origin}]"))
    if rows:  # plain columns: readable in a terminal, greppable in a script
        header = ("model", "pair", "backend", "state", "size", "folder")
        widths = [max(len(r[i]) for r in rows + [header]) for i in range(5)]
        for r in [header] + rows:
            print("  ".join(c.ljust(w) for c, w in zip(r, widths)) + "  " + r[5])
    print()
    for b in infos.values():
        mark = "installed" if b.installed else f"not installed ({b.install})"
        print(f"{b.name}: {mark}; runs {b.runs}")
    return 0


def cmd_models_path(args: argparse.Namespace) -> int:
    """``confsynth models path``: the folders searched, in order."""
    from .models import search_path

    dirs, target = search_path(args.models_dir)
    print("confsynth looks for translation models in, in order:")
    for i, d in enumerate(dirs, 1):
        state = "" if d.path.is_dir() else "  (does not exist)"
        print(f"  {i}. {d.path.resolve()}  [{d.origin}]{state}")
    print(f"'confsynth models fetch' and 'convert' write to: {target.resolve()}")
    return 0


def cmd_models_fetch(args: argparse.Namespace) -> int:
    """``confsynth models fetch NAME``: download with a progress bar."""
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from .models import backends, fetch

    err = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(f"fetching {args.name}", total=None)

        def progress(file: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total or None, description=f"{args.name}: {file}")

        path = fetch(args.name, args.models_dir, endpoint=args.endpoint, revision=args.revision,
                     progress=progress, force=args.force)
    print(f"Installed {path.name} in {path}")
    if next(b for b in backends() if b.name == "ctranslate2").installed:
        print(f"For faster translation: confsynth models convert {path.name}"
              + (f" --models-dir {args.models_dir}" if args.models_dir else ""))
    return 0


def cmd_models_convert(args: argparse.Namespace) -> int:
    """``confsynth models convert NAME``: the CTranslate2 copy."""
    from .models import convert

    path = convert(args.name, args.models_dir, quantization=args.quantization, force=args.force)
    print(f"CTranslate2 copy ({args.quantization}) written to {path}; confsynth run now uses it")
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    """``confsynth watch``: process transcripts as they arrive, until Ctrl-C."""
    from rich.console import Console

    from .watch import watch

    if not args.inbox.is_dir():
        raise ConfigError(f"{args.inbox} is not a folder; give the folder transcripts arrive in")
    if args.poll <= 0 or args.settle < 0:
        raise ConfigError("--poll must be positive and --settle zero or more (seconds)")
    config = _config_for(args, [args.inbox])
    out_dir = Path(args.output)
    err = Console(stderr=True)
    shown_waiting: set[Path] = set()

    def on_waiting(paths: list[Path]) -> None:
        for p in paths:
            if p not in shown_waiting and not args.quiet:
                err.print(f"… {escape(p.name)} is arriving: waiting until it stops changing", highlight=False)
            shown_waiting.add(p)

    def on_results(results: list[FileResult]) -> None:
        for r in results:
            name = ", ".join(p.name for p in r.inputs)
            if r.synthesis is not None and not args.quiet:
                err.print(f"[green]✓[/green] {escape(name)} -> " + ", ".join(escape(p.name) for p in r.outputs),
                          highlight=False, soft_wrap=True)
            elif r.up_to_date and not args.quiet:
                err.print(f"= {escape(name)}: reports already up to date", highlight=False)
            shown_waiting.difference_update(r.inputs)
        _tell(results, err)

    err.print(f"Watching {escape(str(args.inbox))}/ -> {escape(_shown(out_dir))}/ (Ctrl-C to stop)", highlight=False)
    try:
        watch(args.inbox, out_dir, config, poll=args.poll, settle=args.settle, on_results=on_results,
              on_waiting=on_waiting)
    except KeyboardInterrupt:
        err.print(f"Stopped watching {escape(str(args.inbox))}/. Reports already written are complete.",
                  highlight=False)
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    """``confsynth init``: write a commented confsynth.toml."""
    from .scaffold import write_example_config

    target = write_example_config(args.folder, force=args.force)
    print(f"Wrote {target}: edit the [event] section, then run 'confsynth run {args.folder}'.", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``confsynth`` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    saved_env = _offline() if args.command in ("run", "watch") else {}
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
        for var, value in saved_env.items():  # main() called in-process (tests, scripts) leaves no trace
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value


def _offline() -> dict[str, str | None]:
    """Confidential by default: no model library may reach a hub during a run, not even to check for updates.

    The translators also switch huggingface_hub off around each load; these variables cover every other
    library for the whole command. ``confsynth models fetch`` (an explicit download) does not set them.
    Returns the previous values, to restore.
    """
    names = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE", "HF_HUB_DISABLE_TELEMETRY",
             "DO_NOT_TRACK")
    saved = {var: os.environ.get(var) for var in names}
    os.environ.update({var: "1" for var in names})
    return saved


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
