"""Issue 7: the bad-input corpus through the real CLI, nothing written outside the output folder,
inputs never modified, limits with clear messages, and languages confsynth does not analyse."""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import re
import signal
from pathlib import Path

import docx
import pytest

from bad_corpus import CASES, FR, GERMAN, OK, POLISH, _write_big, build_corpus
from conftest import SAMPLE_FILES, fake_embed
from confsynth.cli import main
from confsynth.config import Config
from confsynth.errors import ConfigError, InputError
from confsynth.ingest import read_transcript
from confsynth.language import detect_unsupported_language, make_detector
from confsynth.manifest import MANIFEST_NAME
from confsynth.pipeline import Models, output_stem, run_batch


def _shown(name: str) -> str:
    """A name as the CLI prints it (control characters escaped)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: repr(m.group())[1:-1], name)


def _snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``root``: relative path -> (sha256, mtime_ns)."""
    out = {}
    for p in root.rglob("*"):
        if p.is_file():
            h = hashlib.sha256()
            with open(p, "rb") as fh:
                while chunk := fh.read(1 << 22):
                    h.update(chunk)
            out[str(p.relative_to(root))] = (h.hexdigest(), p.stat().st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    """Build the corpus and run ``confsynth run . -- ..txt ..\\..\\escape.txt -o ../out`` from inside it, once."""
    root = tmp_path_factory.mktemp("robust")
    corpus = root / "corpus"
    build_corpus(corpus)
    before = _snapshot(root)
    explicit = [c.name for c in CASES if c.explicit]
    err = io.StringIO()
    warnings: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("confsynth").addHandler(handler)
    cwd = os.getcwd()
    os.chdir(corpus)
    try:
        with contextlib.redirect_stderr(err):
            code = main(["run", "-o", "../out", "--quiet", "--", ".", *explicit])
    finally:
        os.chdir(cwd)
        logging.getLogger("confsynth").removeHandler(handler)
    after = _snapshot(root)
    reports = {}
    for path in (root / "out").glob("*.synthesis.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        reports[data["source"]["files"][0]] = (path, data)
    return root, code, err.getvalue().splitlines() + [f"WARNING {w}" for w in warnings], reports, before, after


@pytest.mark.parametrize("case", CASES, ids=[_shown(c.name)[:40] for c in CASES])
def test_each_bad_input_gets_a_report_or_one_error_line(corpus_run, case):
    root, code, lines, reports, _, _ = corpus_run
    prefix = f"Error: {_shown(case.name)}: "
    mine = [ln for ln in lines if ln.startswith(prefix)]
    if case.expect == OK:
        assert not mine, mine
        assert case.name in reports, f"no report for {case.name!r}"
        path, data = reports[case.name]
        stem = path.name[: -len(".synthesis.json")]
        for lang in ("fr", "en"):
            document = docx.Document(str(path.parent / f"{stem}.{lang}.docx"))  # opens: a whole Word file
            assert document.paragraphs[0].text
        assert data["takeaways"], "a valid report has key messages"
    else:
        assert len(mine) == 1, f"expected exactly one error line for {case.name!r}, got {mine}"
        assert re.search(case.expect, mine[0][len(prefix):]), mine[0]
        assert case.name not in reports


def test_the_batch_goes_on_and_the_exit_code_says_something_failed(corpus_run):
    _, code, lines, reports, _, _ = corpus_run
    assert code == 1
    assert len(reports) == sum(c.expect == OK for c in CASES)
    # every stderr line is an error line of one corpus file, a warning about a language, or the one line
    # saying no translation model is installed
    for line in lines:
        assert line.startswith(("Error: ", "WARNING ", "Translation: ")), line


def test_nothing_is_written_outside_the_output_folder(corpus_run):
    root, _, _, _, before, after = corpus_run
    new = set(after) - set(before)
    assert new and all(p.startswith("out" + os.sep) for p in new), sorted(p for p in new if not p.startswith("out"))
    names = [Path(p).name for p in new if Path(p).name != MANIFEST_NAME]
    assert not any(n.startswith(("-", ".")) or n.endswith(".part") for n in names)


def test_input_files_are_never_modified(corpus_run):
    _, _, _, _, before, after = corpus_run
    for rel, (digest, mtime) in before.items():
        assert after[rel] == (digest, mtime), f"{rel} was modified"


def test_languages_outside_the_analysed_set_are_said_plainly(corpus_run):
    _, _, lines, reports, _, _ = corpus_run
    polish = reports["polish.txt"][1]
    assert polish["source"]["language"] == "pl"
    assert any("Polish (pl), outside the languages" in p for p in polish["problems"])
    # logged as a warning, which the CLI prints even with --quiet
    assert any(ln.startswith("WARNING polish.txt: ") and "Polish (pl)" in ln for ln in lines)
    arabic = reports["rtl-emoji.txt"][1]
    assert arabic["source"]["language"] == "ar"
    german = reports["german.txt"][1]
    assert german["source"]["language"] == "de"
    from confsynth.nlp import has_model

    if not has_model("de"):
        assert any("no spaCy model for German (de)" in p and "spacy download de_core_news_sm" in p
                       for p in german["problems"])


def test_mixed_encodings_are_decoded_line_by_line(corpus_run):
    root = corpus_run[0]
    t = read_transcript(root / "corpus" / "mixed-encodings.txt")
    text = " ".join(turn.text for turn in t.turns)
    assert "Ça coûte très cher, l’été" in text and "Nous préférons qu'on rénove" in text
    assert "Ã" not in text and "\ufffd" not in text
    assert t.encoding.startswith("mixed")
    assert [turn.label for turn in t.turns][:2] == ["Élise Côté (Mairie)", "Hélène Gaudé (Association des parents)"]


def test_a_5mb_line_is_read_in_linear_time_when_the_limit_allows(tmp_path):
    path = tmp_path / "line.txt"
    _write_big(path, 5_000_000, line_breaks=False)
    t = read_transcript(path, max_words=None)
    assert len(t.turns) == 1 and t.word_count == len(path.read_text(encoding="utf-8").split())


def test_a_100mb_file_under_a_raised_size_limit_meets_the_word_limit(tmp_path):
    path = tmp_path / "big.txt"
    _write_big(path, 100_000_000, line_breaks=True)
    with pytest.raises(InputError, match=r"over the 300,000-word limit"):
        read_transcript(path, max_bytes=200_000_000, max_words=300_000)


def test_the_word_limit_is_configurable_and_named_in_the_message(tmp_path, capsys):
    (tmp_path / "atelier.txt").write_text(FR, encoding="utf-8")
    code = main(["run", str(tmp_path / "atelier.txt"), "-o", str(tmp_path / "out"), "--quiet",
                 "--max-input-words", "20"])
    assert code == 1
    err = capsys.readouterr().err
    assert "over the 20-word limit" in err and "--max-input-words" in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_time_limit_stops_a_slow_transcript_and_the_batch_goes_on(tmp_path):
    import time

    calls = []

    def slow_embed(texts):
        calls.append(len(texts))
        if len(calls) == 1:
            time.sleep(3)  # the first transcript is stuck in its model
        return fake_embed(texts)

    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR, encoding="utf-8")
    models = Models(embedder=slow_embed, detector=make_detector(), translator=None)
    results = run_batch([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out",
                        Config(time_limit=1.0, takeaways=2), models)
    assert "time limit" in results[0].error and "--time-limit" in results[0].error
    assert results[0].outputs == []
    assert results[1].error is None and results[1].outputs
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # no timer left running


def test_new_limits_are_validated():
    with pytest.raises(ConfigError, match="max_input_words"):
        Config(max_input_words=0)
    with pytest.raises(ConfigError, match="time_limit"):
        Config(time_limit=-1)


@pytest.mark.parametrize("name", ["../../etc/passwd", "..", ".", "-rf", "--", "a\\..\\..\\b", "\x1b[2J", "x" * 300,
                                  "é" * 200, "/abs/path", "con\x00nul", " . . "])
def test_output_names_never_leave_the_output_folder(tmp_path, name):
    stems = [output_stem([Path("a/b.txt")], Config(merge=True, name=name))]   # --name is free text
    if "/" not in name and "\x00" not in name:                                 # a file can be called that
        stems.append(output_stem([Path("inbox") / f"{name}.txt"], Config()))
    for stem in stems:
        assert stem and "/" not in stem and not stem.startswith(("-", "."))
        assert not re.search(r"[\x00-\x1f]", stem)
        assert len(f".{stem}.synthesis.json.123456.abcdefgh.part".encode()) < 255
        target = (tmp_path / f"{stem}.synthesis.json").resolve()
        assert target.parent == tmp_path.resolve()


def test_reports_are_not_read_back_as_transcripts(tmp_path, monkeypatch, fake_models):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "atelier.txt").write_text(FR, encoding="utf-8")
    config = Config(takeaways=2, translator="none")
    first = run_batch([inbox], inbox / "reports", config, fake_models)
    second = run_batch([inbox], inbox / "reports", config, fake_models)
    assert [r.error for r in first] == [None] and [r.error for r in second] == [None]
    assert [r.inputs for r in second] == [[inbox / "atelier.txt"]]
    # named explicitly, a report is refused with a reason rather than read
    with pytest.raises(InputError, match="report written by confsynth"):
        read_transcript(inbox / "reports" / "atelier.synthesis.json")
    # and "-o ." beside the transcript works: the input is not mistaken for an output
    monkeypatch.chdir(inbox)
    third = run_batch(["atelier.txt"], Path("."), config, fake_models)
    assert third[0].error is None and (inbox / "atelier.synthesis.json").is_file()


def test_a_report_never_overwrites_an_input(tmp_path, fake_models):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "atelier.txt").write_text(FR, encoding="utf-8")
    d = docx.Document()
    for line in FR.splitlines():
        d.add_paragraph(line)
    d.save(inbox / "atelier.fr.docx")   # a real transcript whose name is a report name of atelier.txt
    before = _snapshot(inbox)
    results = run_batch([inbox], inbox, Config(takeaways=2), fake_models)
    assert all(r.error is None for r in results), [r.error for r in results]
    assert _snapshot(inbox)["atelier.fr.docx"] == before["atelier.fr.docx"]
    # not confsynth's (the manifest does not know it): kept, and the new draft goes beside it
    (atelier,) = [r for r in results if r.inputs == [inbox / "atelier.txt"]]
    assert (inbox / "atelier.fr.docx", inbox / "atelier.fr.v2.docx") in atelier.kept


def test_unsupported_language_detection_has_no_false_alarm_on_the_samples():
    for path in SAMPLE_FILES:
        texts = [t.text for t in read_transcript(path).turns]
        assert detect_unsupported_language(texts) is None, path
    assert detect_unsupported_language([t.text for t in _turns(POLISH)]) == "pl"
    assert detect_unsupported_language([t.text for t in _turns(GERMAN)]) is None  # German is in the set


def _turns(text: str):
    from confsynth.ingest.text import parse_text

    return parse_text(text, "x.txt").turns


def test_a_docx_too_big_for_the_word_limit_is_refused_before_parsing(tmp_path):
    d = docx.Document()
    for _ in range(30):
        for line in FR.splitlines():
            d.add_paragraph(line)
    d.save(tmp_path / "long.docx")
    with pytest.raises(InputError, match=r"unpacks to .* MB of XML.*--max-input-words"):
        read_transcript(tmp_path / "long.docx", max_words=50)   # 50 words: at most 10 kB of XML
    assert read_transcript(tmp_path / "long.docx", max_words=None).word_count > 2000


def test_long_turns_go_through_spacy_in_pieces_with_exact_offsets():
    from confsynth.nlp import _CHUNK_CHARS, analyze_texts

    paragraph = FR.split("\n", 2)[2].replace("\n", " ")
    # paragraphs, then one 50,000-letter "word": three pieces, one cut in a paragraph, one in the word
    text = "\n".join([paragraph] * 40) + " " + "m" * 50_000
    assert len(text) > 3 * _CHUNK_CHARS
    (analysis,) = analyze_texts([text], ["fr"])
    spans = analysis.sentences
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:])), "sentences overlap or go backwards"
    covered = " ".join(text[s:e] for s, e in spans)
    # every character of every word is in exactly one sentence, in order (the giant "word" is cut, not lost)
    assert "".join(covered.split()) == "".join(text.split())
    assert covered.split()[:-3] == text.split()[:-1][:len(covered.split()) - 3]   # real words are never cut
    assert all(text[s:e] == text[s:e].strip() and "\n" not in text[s:e] for s, e in spans)
    assert all(0 <= s < e <= len(text) for s, e, _ in analysis.entities)


@pytest.mark.parametrize("text, language, sentences", [
    # the French parser cuts at hyphens and inside noun phrases; a written sentence ends on a mark
    ("Bonsoir. Alors, on a posé des compteurs rue Victor-Hugo pendant deux semaines en novembre. On a compté "
     "un peu plus de trois mille véhicules par jour, ce qui est beaucoup.", "fr",
     ["Bonsoir.", "Alors, on a posé des compteurs rue Victor-Hugo pendant deux semaines en novembre.",
      "On a compté un peu plus de trois mille véhicules par jour, ce qui est beaucoup."]),
    ("La recherche-action participative, c'est la seule manière sérieuse de produire des connaissances. Le mot "
     "est devenu un peu fourre-tout.", "fr",
     ["La recherche-action participative, c'est la seule manière sérieuse de produire des connaissances.",
      "Le mot est devenu un peu fourre-tout."]),
    # a recogniser's spacing: « aujourd' hui » is one word
    ("donc aujourd' hui , on sait le faire . et le réseau est connecté .", "fr",
     ["donc aujourd' hui , on sait le faire .", "et le réseau est connecté ."]),
    # the parser can leave a full stop to the next sentence (« aussi | . le socle ») : it closes the first
    ("pour éviter cela, BENITO aussi. le socle réglementaire des déclarations d'été des ICT qui s'appliquent "
     "à tous dès qu'on veut creuser dans le seul une particularité qu'on a coté GRT Gaz. on a aussi une "
     "réglementation qui nous appuie.", "fr",
     ["pour éviter cela, BENITO aussi.",
      "le socle réglementaire des déclarations d'été des ICT qui s'appliquent à tous dès qu'on veut creuser "
      "dans le seul une particularité qu'on a coté GRT Gaz.", "on a aussi une réglementation qui nous appuie."]),
    # a paragraph break ends a sentence, marked or not
    ("Merci à tous\n[Applaudissements]", "fr", ["Merci à tous"]),   # (a note alone is no sentence)
])
def test_sentences_are_whole_where_the_parser_cut_inside_them(text, language, sentences):
    from confsynth.nlp import analyze_texts

    (analysis,) = analyze_texts([text], [language])
    assert [text[s:e] for s, e in analysis.sentences] == sentences


def test_transcriber_notes_are_not_read_as_words():
    """QMSum's AMI/ICSI meetings as users have them: "{vocalsound}", "{disfmarker}" between the words. They
    made sentences of their own (106 of 865 in ES2011d, where the bench's cleaned copy has none) and were
    content words shared by half the meeting; the sentences keep them verbatim for the quotes."""
    from confsynth.nlp import analyze_texts
    from confsynth.records import Sentence
    from confsynth.takeaways import _content_words

    text = ("{vocalsound} Okay. {vocalsound}\nSo we need {disfmarker} we need a remote that is easy to find. "
            "{vocalsound} . It should beep (laughter) when you whistle.")
    (analysis,) = analyze_texts([text], ["en"])
    found = [text[s:e] for s, e in analysis.sentences]
    assert found == ["Okay.", "So we need {disfmarker} we need a remote that is easy to find. {vocalsound} .",
                     "It should beep (laughter) when you whistle."]
    words = _content_words(Sentence(0, 0, 0, len(found[1]), found[1], "s1", "en"))
    assert "disfmarker" not in words and "remote" in words


def test_an_output_folder_that_is_a_file_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "atelier.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "out").write_text("not a folder")
    assert main(["run", str(tmp_path / "atelier.txt"), "-o", str(tmp_path / "out"), "--quiet"]) == 2
    assert "is a file" in capsys.readouterr().err
    assert (tmp_path / "out").read_text() == "not a folder"


def test_a_report_that_cannot_be_written_is_one_clear_error(tmp_path, fake_models):
    (tmp_path / "atelier.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "atelier.synthesis.json").mkdir()   # a folder where the report should go
    results = run_batch([tmp_path / "atelier.txt"], tmp_path / "out", Config(takeaways=2), fake_models)
    error = results[0].error
    assert "atelier.synthesis.json" in error and ".part" not in error and "internal" not in error
    assert not any(p.name.endswith(".part") for p in (tmp_path / "out").iterdir())


def test_a_few_bytes_of_binary_are_no_transcript(tmp_path):
    """13 bytes behind a UTF-16 mark were read as « a French transcript of 1 word », with empty drafts."""
    from confsynth.errors import InputError
    from confsynth.ingest import read_transcript

    p = tmp_path / "binaire.txt"
    p.write_bytes(b"\xff\xfe\x00\xd8garbage\x00\x00")
    with pytest.raises(InputError, match="no readable speech"):
        read_transcript(p)
