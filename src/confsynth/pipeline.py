"""The stage order, in one screen: ingest -> language -> speakers -> sentences -> quotes -> takeaways
-> translate -> render. ``run_batch`` processes files one by one so a bad file never stops the batch.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from .config import Config
from .embed import Embedder, embed_texts, make_embedder
from .errors import ConfsynthError, InputError
from .ingest import find_transcripts, read_transcript
from .ingest.encoding import clean_controls
from .files import remove_stale_parts
from .language import (DEFAULT_LANGUAGES, LanguageDetector, detect_document_language, detect_turn_languages,
                       detect_unsupported_language, language_name, make_detector)
from .limits import TimeLimitExceeded, time_limit, words_over_limit_reason
from .nlp import analyze_texts, has_model, spacy_package
from .quotes import quote_candidates, verify_quote
from .records import Sentence, Synthesis, Transcript, Turn
from .render import write_docx, write_json
from .speakers import build_directory
from .takeaways import TakeawayConfig, select_takeaways
from .translate import Translator, find_translator, translate_synthesis

__all__ = ["Models", "load_models", "synthesize", "write_reports", "run_batch", "FileResult", "output_stem"]

log = logging.getLogger(__name__)

Progress = Callable[[str, str], None]   # (event, detail): "start", "done", "failed"


@dataclass(frozen=True)
class Models:
    """The heavy components, built once per run."""

    embedder: Embedder
    detector: LanguageDetector
    translator: Translator | None
    translator_problem: str | None = None


def load_models(config: Config) -> Models:
    """Build the embedder, language detector and translator the config asks for."""
    translator, problem = find_translator(config)
    return Models(make_embedder(config.embedder), make_detector(config.detector), translator, problem)


def _title(transcripts: Sequence[Transcript], config: Config) -> str:
    if config.title:
        return clean_controls(config.title)
    for t in transcripts:
        if t.title:
            return t.title
    stem = clean_controls(Path(transcripts[0].path).stem)  # a file name may hold any character but "/"
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or "Synthesis"


def synthesize(transcripts: Sequence[Transcript], config: Config, models: Models) -> Synthesis:
    """Run every analysis stage on one event (one or several transcripts) and return its synthesis."""
    turns: list[Turn] = []
    for tr in transcripts:
        offset = len(turns)
        turns.extend(replace(t, index=offset + i) for i, t in enumerate(tr.turns))
    texts = [t.text for t in turns]
    problems: list[str] = []
    foreign = detect_unsupported_language(texts)
    if foreign is not None:
        # analysed as what it is (rule-based sentences, no NER), rather than as the nearest supported language
        language = foreign
        turn_langs: list[str | None] = [foreign] * len(texts)
        problems.append(f"the transcript is in {language_name(foreign)} ({foreign}), outside the languages "
                        f"confsynth analyses ({', '.join(DEFAULT_LANGUAGES)}): sentences split by rule, no named "
                        "entities, and key messages and quotes stay in the original language")
    else:
        detected, _ = detect_document_language(texts, models.detector)
        language = detected or config.languages[0]
        turn_langs = detect_turn_languages(texts, language, models.detector)
        if not has_model(language):
            problems.append(f"no spaCy model for {language_name(language)} ({language}): sentences split by rule "
                            f"and no named entities; for better results: pip install {spacy_package(language)}")
    for problem in problems:
        log.warning("%s: %s", transcripts[0].path, problem)
    turns = [replace(t, language=lang or language) for t, lang in zip(turns, turn_langs)]

    directory = build_directory(turns, language)
    analyses = analyze_texts([t.text for t in turns], [t.language or language for t in turns])
    sentences: list[Sentence] = []
    for turn, analysis in zip(turns, analyses):
        for start, end in analysis.sentences:
            sentences.append(Sentence(len(sentences), turn.index, start, end, turn.text[start:end],
                                      directory.turn_speaker[turn.index], turn.language or language))
    vectors = embed_texts([s.text for s in sentences], models.embedder)

    roles = {s.id: s.role for s in directory.speakers}
    quotable = {s.id for s in directory.speakers if s.id != "unknown"}
    candidates = quote_candidates(sentences, turns, vectors, quotable)
    tk_config = TakeawayConfig(count=config.takeaways, max_words=config.max_words, order=config.order)
    takeaways = select_takeaways(sentences, vectors, turns, candidates, roles, quotable, tk_config)

    checked = []
    for tk in takeaways:
        good = tuple(q for q in tk.quotes if verify_quote(q.text, turns[q.source.turn].text))
        if len(good) < len(tk.quotes):
            problems.append(f"{len(tk.quotes) - len(good)} quote(s) dropped: not verbatim in the transcript")
        checked.append(replace(tk, quotes=good))
    if all(not t.label for t in turns):
        problems.append("no speaker labels found: quotes cannot be attributed to named speakers")
    header = transcripts[0].header
    synthesis = Synthesis(
        title=_title(transcripts, config),
        files=tuple(t.path for t in transcripts),
        language=language,
        speakers=directory.speakers,
        takeaways=tuple(checked),
        translation={},
        header=header,
        word_count=sum(t.word_count for t in transcripts),
        problems=tuple(problems),
    )
    synthesis = translate_synthesis(synthesis, config.languages, models.translator)
    for lang, st in synthesis.translation.items():
        if st.status in ("unavailable", "partial"):
            problems.append(f"{lang}: {st.status} translation")
    return replace(synthesis, problems=tuple(problems))


def output_stem(paths: Sequence[Path], config: Config) -> str:
    """The file name stem for an event's reports: the input's stem, or --name / the folder with --merge."""
    if config.merge:
        name = config.name or (paths[0].parent.name if len({p.parent for p in paths}) == 1 else "event")
    else:
        name = paths[0].stem
    # never a path: whatever the input is called, reports stay inside the output folder; no leading
    # dash either ("-rf.fr.docx" reads as an option to every shell command that touches it)
    name = re.sub(r"[\\/\x00-\x1f\x7f]+", "_", name).strip(". ").lstrip("-").strip(". ") or "transcript"
    # file names are limited to 255 bytes, and ".synthesis.json" and the temporary suffix need room
    while len(name.encode("utf-8")) > 150:
        name = name[:-1]
    return name


def report_paths(out_dir: Path, stem: str, config: Config) -> list[Path]:
    """The files ``write_reports`` writes for ``stem``: synthesis.json first, then one Word draft per language."""
    return [out_dir / f"{stem}.synthesis.json"] + [out_dir / f"{stem}.{lang}.docx" for lang in config.languages]


def write_reports(synthesis: Synthesis, out_dir: Path, stem: str, config: Config) -> list[Path]:
    """Write the Word drafts (one per report language) and synthesis.json; return the paths written."""
    json_path, *docx_paths = report_paths(out_dir, stem, config)
    write_json(synthesis, json_path)
    for lang, path in zip(config.languages, docx_paths):
        write_docx(synthesis, lang, path)
    return [json_path, *docx_paths]


@dataclass
class FileResult:
    """What happened to one event of a batch."""

    inputs: list[Path]
    outputs: list[Path] = field(default_factory=list)
    synthesis: Synthesis | None = None
    error: str | None = None


def run_batch(paths: Sequence[str | Path], out_dir: Path, config: Config, models: Models | None = None,
              progress: Progress | None = None) -> list[FileResult]:
    """Process every transcript under ``paths``; a failing file is reported and the batch goes on."""
    files, missing = find_transcripts(list(paths))
    out_dir = Path(out_dir)
    remove_stale_parts(out_dir)  # leftovers of a run that was killed while writing
    inputs = {i for f in files if (i := _identity(f)) is not None}
    results = [FileResult([Path(e.path)], error=e.reason) for e in missing]
    groups = [files] if config.merge and files else [[f] for f in files]
    stems: dict[str, int] = {}
    for group in groups:
        result = FileResult(list(group))
        results.append(result)
        label = ", ".join(p.name for p in group)
        if progress:
            progress("start", label)
        try:
            with time_limit(config.time_limit):
                transcripts = []
                for p in group:
                    try:
                        transcripts.append(read_transcript(p, config.max_bytes, config.max_input_words))
                    except InputError as exc:
                        if not config.merge:
                            raise
                        result.error = (result.error + "; " if result.error else "") + str(exc)
                if not transcripts:
                    raise InputError(group[0], result.error or "nothing readable")
                if (words := sum(t.word_count for t in transcripts)) > config.max_input_words:
                    raise InputError(group[0], words_over_limit_reason(words, config.max_input_words))
                if models is None:
                    models = load_models(config)
                synthesis = synthesize(transcripts, config, models)
            stem = output_stem(group, config)
            stems[stem] = stems.get(stem, 0) + 1
            if stems[stem] > 1:  # two inputs with one stem (talk.txt, talk.vtt): keep both reports
                stem = f"{stem}-{group[0].suffix.lstrip('.')}" if stems[stem] == 2 else f"{stem}-{stems[stem]}"
            while any(_identity(t) in inputs for t in report_paths(out_dir, stem, config)):
                # "-o inbox" with an input named talk.fr.docx: a report never overwrites an input
                stem = f"{stem}-report"
            try:
                result.outputs = write_reports(synthesis, out_dir, stem, config)
            except OSError as exc:  # a full disk, no permission, -o naming a file: say where, not "internal"
                raise ConfsynthError(f"cannot write the reports in {out_dir} ({exc.strerror or exc})") from None
            result.synthesis = synthesis
            if progress:
                progress("done", label)
        except TimeLimitExceeded as exc:
            result.error = str(exc)
            log.info("%s: %s", label, exc)  # the caller reports the error (the CLI: one line per file)
            if progress:
                progress("failed", label)
        except InputError as exc:
            result.error = exc.reason
            log.info("%s", exc)  # the caller reports the error (the CLI: one line per file)
            if progress:
                progress("failed", label)
        except ConfsynthError as exc:
            result.error = str(exc)
            if progress:
                progress("failed", label)
        except Exception as exc:  # a bug on one file must not cost the user the rest of the batch
            log.debug("internal error on %s", label, exc_info=True)
            result.error = f"internal error ({type(exc).__name__}: {exc}); please report it with this file"
            if progress:
                progress("failed", label)
    return results


def _identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of an existing file, to tell when two paths name one file; None if absent."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino
