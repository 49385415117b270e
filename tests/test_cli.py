from __future__ import annotations

import json
import subprocess
import sys

import pytest

from confsynth.cli import build_parser, main

TRANSCRIPT = """Atelier sur les données

Anna Berg (Université de Malmö): Bonjour. Nous avons besoin de données fiables pour mesurer l'impact social des projets, sinon les financeurs décident à l'aveugle et les associations perdent du temps.
Paul Martin (ESSEC): Je suis d'accord. Les indicateurs doivent être construits avec les bénéficiaires eux-mêmes, sinon ils sont vécus comme un contrôle et personne ne les utilise vraiment.
Anna Berg (Université de Malmö): Et il faut financer l'évaluation : un financeur qui exige une mesure d'impact doit aussi payer pour cette mesure, c'est une question de cohérence.
"""


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"]])
def test_every_help_shows_an_example(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "example" in out and "confsynth run" in out


def test_every_subcommand_help_has_an_example():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        assert "confsynth " + name in (p.epilog or ""), f"'{name}' help has no example"


def test_one_bad_file_does_not_stop_the_batch(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "atelier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (inbox / "broken.docx").write_bytes(b"this is not a word file")
    out = tmp_path / "out"
    code = main(["run", str(inbox), "-o", str(out), "--takeaways", "2", "--quiet"])
    assert code == 1
    err = capsys.readouterr().err
    assert "broken.docx" in err and "not a zip" in err
    assert sorted(p.name for p in out.iterdir()) == [".confsynth-manifest.json", "atelier.en.docx",
                                                     "atelier.fr.docx", "atelier.speakers.toml",
                                                     "atelier.synthesis.json"]
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert data["speakers"][0]["name"] == "Anna Berg"


def test_two_transcripts_of_one_name_keep_both_reports_told_apart(tmp_path, capsys):
    """a/session.txt and b/session.txt: the second's reports are session-b.*, and the table names each by its
    folder; talk.txt and talk.vtt in one folder: talk-vtt.*."""
    for folder in ("a", "b"):
        (tmp_path / "inbox" / folder).mkdir(parents=True)
        (tmp_path / "inbox" / folder / "session.txt").write_text(TRANSCRIPT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "inbox"), "-o", str(out), "--takeaways", "2", "--format", "json"]) == 0
    assert sorted(p.name for p in out.glob("*.synthesis.json")) == ["session-b.synthesis.json",
                                                                    "session.synthesis.json"]
    err = capsys.readouterr().err
    assert "a/session.txt" in err and "b/session.txt" in err
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "talk.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "c" / "talk.md").write_text(TRANSCRIPT, encoding="utf-8")
    assert main(["run", str(tmp_path / "c"), "-o", str(tmp_path / "out2"), "--takeaways", "2", "--format", "json",
                 "--quiet"]) == 0
    assert sorted(p.name for p in (tmp_path / "out2").glob("*.synthesis.json")) == ["talk-txt.synthesis.json",
                                                                                   "talk.synthesis.json"]


def test_a_transcript_keeps_its_reports_name_when_another_of_that_name_arrives(tmp_path):
    """panels/renovation.txt written as renovation.*, then 2024/renovation.txt added (which sorts first): the new
    transcript took the name, the panel's reports were written under renovation-panels.*, and its edited French
    draft sat beside another event's reports under its old name."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    (inbox / "panels").mkdir(parents=True)
    (inbox / "panels" / "renovation.txt").write_text(TRANSCRIPT, encoding="utf-8")
    assert main(["run", str(inbox), "-o", str(out), "--takeaways", "2", "--format", "json", "--quiet"]) == 0
    first = (out / "renovation.synthesis.json").read_text(encoding="utf-8")
    (inbox / "2024").mkdir()
    (inbox / "2024" / "renovation.txt").write_text(TRANSCRIPT.replace("Anna Berg", "Maria Lopez"), encoding="utf-8")
    assert main(["run", str(inbox), "-o", str(out), "--takeaways", "2", "--format", "json", "--quiet"]) == 0
    assert sorted(p.name for p in out.glob("*.synthesis.json")) == ["renovation-2024.synthesis.json",
                                                                    "renovation.synthesis.json"]
    assert (out / "renovation.synthesis.json").read_text(encoding="utf-8") == first
    assert "Maria Lopez" in (out / "renovation-2024.synthesis.json").read_text(encoding="utf-8")


def test_a_copy_of_a_transcript_is_pointed_out(tmp_path, caplog):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("panel.txt", "panel (copie).txt"):
        (inbox / name).write_text(TRANSCRIPT, encoding="utf-8")
    with caplog.at_level("WARNING"):
        assert main(["run", str(inbox), "-o", str(tmp_path / "out"), "--takeaways", "2", "--format", "json",
                     "--quiet"]) == 0
    assert any("is the same text as" in r.getMessage() for r in caplog.records)


def test_module_entry_point_runs():
    proc = subprocess.run([sys.executable, "-m", "confsynth", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "confsynth" in proc.stdout


def test_missing_input_is_reported(tmp_path, capsys):
    code = main(["run", str(tmp_path / "nope"), "-o", str(tmp_path / "o"), "--quiet"])
    assert code == 1
    assert "no such file" in capsys.readouterr().err


def test_a_transcript_with_nothing_to_say_says_why(tmp_path):
    (tmp_path / "hello.txt").write_text("SPEAKER_00: bonjour à tous\nSPEAKER_01: bonjour, ça va ? Oui, merci, et "
                                        "vous ?\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "hello.txt"), "-o", str(out), "--quiet"]) == 0
    data = json.loads((out / "hello.synthesis.json").read_text(encoding="utf-8"))
    assert data["takeaways"] == []
    assert any(p.startswith("no key message: nothing in the 12 words reads as a claim") for p in data["problems"])


def test_a_transcript_too_short_to_hold_a_claim_is_an_error(tmp_path, capsys):
    """"Thanks everyone, bye." (review AW, three-words.txt) gave two drafts saying no key message could be extracted,
    and exit 0 with no message: fewer words than a claim holds are reported, and fail, as an empty file does."""
    (tmp_path / "three-words.txt").write_text("Thanks everyone, bye.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "three-words.txt"), "-o", str(out), "--quiet"]) == 1
    assert "three-words.txt: too short: 3 words, no transcript to summarise" in capsys.readouterr().err
    assert not list(out.glob("three-words.*"))


SESSION_2 = """Forum des données
Paris, 12 mars 2024
Table ronde 2 : les données des villes

Claire Roux (Ville de Lyon): Les villes doivent publier leurs données de mobilité chaque mois, sinon les habitants ne voient jamais l'effet des nouvelles pistes cyclables.
Marc Petit (Cerema): Et ces données doivent être comparables d'une ville à l'autre, avec les mêmes définitions, sinon aucun classement ne veut rien dire.
Claire Roux (Ville de Lyon): Nous avons commencé avec les comptages vélo, et la fréquentation a doublé en deux ans sur les grands axes.
"""
SESSION_1 = "Forum des données\nParis, 12 mars 2024\nTable ronde 1 : mesurer l'impact\n\n" + TRANSCRIPT.split("\n", 2)[2]


def test_merged_files_are_the_sessions_of_one_event(tmp_path, capsys):
    """With --merge, each file is a session: its title (the header line under the event's title, place and date)
    heads its key messages in time order, and the first file's session is no subtitle of the whole event (a
    forum's drafts named no session, and « Séance d'ouverture » stood under the title of the whole day)."""
    inbox = tmp_path / "forum"
    inbox.mkdir()
    (inbox / "1-impact.txt").write_text(SESSION_1, encoding="utf-8")
    (inbox / "2-villes.txt").write_text(SESSION_2, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inbox), "--merge", "--order", "time", "-o", str(out), "-q", "--translator", "none",
                 "--format", "json,md"]) == 0
    data = json.loads((out / "forum.synthesis.json").read_text(encoding="utf-8"))
    sections = [next(iter(t["section"].values()), "") for t in data["takeaways"]]
    assert sections[0] == "Table ronde 1 : mesurer l'impact" and sections[-1] == "Table ronde 2 : les données des villes"
    assert data["header"] == ["Forum des données", "Paris, 12 mars 2024"]
    md = " ".join((out / "forum.fr.md").read_text(encoding="utf-8").split())   # (French typography's spaces)
    assert "### Table ronde 1 : mesurer l’impact" in md and "### Table ronde 2 : les données des villes" in md


def test_a_title_in_capitals_is_printed_in_title_case():
    from confsynth.pipeline import uncapitalised

    assert uncapitalised("VILLE DE SAINT-AUBIN-SUR-LOIRE") == "Ville de Saint-Aubin-sur-Loire"
    assert uncapitalised("OECD") == "OECD" and uncapitalised("Forum des données") == "Forum des données"


def test_the_summary_names_each_file_whole_and_an_error_in_a_few_words(tmp_path, capsys):
    """"social-climate-fun…" and "social-climate-fun…" could not be told apart in the summary, and a JSON file's
    error took 16 lines of it (the whole message is printed under the table)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "social-climate-fund-panel-morning.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (inbox / "attendance-statistics-2024.json").write_text('{"attendees": 120, "rooms": ["A", "B"]}', encoding="utf-8")
    code = main(["run", str(inbox), "-o", str(tmp_path / "out"), "--takeaways", "2", "--format", "json"])
    assert code == 1
    err = capsys.readouterr().err
    # (the file column, read down: a name too long for it is folded, whole)
    files = "".join(line.split("│")[1].strip() for line in err.splitlines() if line.startswith("│"))
    assert "social-climate-fund-panel-morning.txt" in files
    table = err.split("Error:")[0]
    assert table.count("not a JSON transcript") <= 1 and len(table.splitlines()) < 14
    # (and the problems stay words in 80 columns: a long name had left them one letter a line; and the table keeps
    # its right border there)
    assert "not a JSON" in table and "unavailable" in table
    assert all(line.rstrip().endswith(("┃", "│", "┓", "┩", "┘")) for line in table.splitlines()
               if line.startswith(("┃", "│", "┏", "┡", "└")))
    assert "Error:" in err and "attendance-statistics-2024.json" in err.split("Error:")[1]


def test_sessions_titled_after_the_event_give_the_event_its_title():
    """Three files « Forum Mobilités Rurales 2024 — Session 1 : Le diagnostic », « … — Session 2 : … »: the merged
    drafts were titled after the first session, which had no section of its own."""
    from confsynth.pipeline import _shared_title, session_title
    from confsynth.records import Transcript

    lines = ["Forum Mobilités Rurales 2024 — Session 1 : Le diagnostic",
             "Forum Mobilités Rurales 2024 — Session 2 : Les solutions qui marchent",
             "Forum Mobilités Rurales 2024 — Session 3 : Financer et gouverner"]
    assert _shared_title(lines) == "Forum Mobilités Rurales 2024"
    first = Transcript(path="session-1.txt", format="txt", encoding="utf-8", turns=(),
                       header=(lines[0], "Clermont-Ferrand, 12 juin 2024"))
    assert session_title(first, "Forum Mobilités Rurales 2024") == "Session 1 : Le diagnostic"
    # sessions with titles of their own share none
    assert _shared_title(["Table ronde : logement", "Table ronde : emploi"]) == ""
    assert _shared_title(["Atelier A", "Atelier A"]) == ""


def test_the_table_names_a_missing_spacy_model_briefly():
    """A German file's spaCy hint took nine lines of the summary table; the warning above it says it whole."""
    from confsynth.cli import _brief

    assert _brief("no spaCy model for German (de): sentences split by rule and no named entities; for better "
                  "results: python -m spacy download de_core_news_sm (on a machine that is online)") == \
        "no spaCy model (de)"
    assert _brief("fr: unavailable translation") == "fr: unavailable translation"


def test_the_table_says_each_kind_of_translation_problem_once():
    """Review BB: "fr: unavailable translation; en: unavailable translation" took four lines of the problems
    column; the languages of one problem go together, the JSON keeps each."""
    from confsynth.cli import _briefs

    assert _briefs(["fr: unavailable translation", "en: unavailable translation"]) == ["translation unavailable (fr, en)"]
    assert _briefs(["en: partial translation", "en: 2 translation point(s) to check", "empty turn",
                    "empty turn"]) == ["translation partial (en)", "en: 2 translation point(s) to check", "empty turn"]


def test_fewer_key_messages_than_asked_for_the_word_budget_are_said(tmp_path):
    """--takeaways 5 --max-words 400 gave 4 messages without a word: the budget held them back, not the event."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "atelier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inbox), "-o", str(out), "--takeaways", "3", "--max-words", "20", "--format", "json",
                 "--quiet"]) == 0
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert len(data["takeaways"]) < 3
    assert f"{len(data['takeaways'])} of the 3 key messages asked fit in 20 words" in data["problems"]


def test_key_messages_a_budget_leaves_out_are_said_without_takeaways(tmp_path):
    """Review BB: --max-words alone kept 4 of a colloque's 8 key messages and the summary said nothing (it did with
    --takeaways)."""
    (tmp_path / "atelier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "atelier.txt"), "-o", str(out), "--max-words", "20", "--format", "json",
                 "--quiet"]) == 0
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert any(p.startswith(f"{len(data['takeaways'])} of the ") and p.endswith(" key messages found fit in 20 words")
               for p in data["problems"]), data["problems"]


def test_the_key_messages_a_budget_leaves_out_are_counted_without_a_second_selection(tmp_path, monkeypatch):
    """To say how many key messages --max-words left out, synthesize ran the whole selection again without the budget
    (about 1.4 s per 10,000 words): the selection counts them before it fits the budget."""
    import confsynth.pipeline as pipeline

    unbudgeted = []
    select = pipeline.select_takeaways

    def counted(*args, **kwargs):
        unbudgeted.append(args[6].max_words is None)
        return select(*args, **kwargs)

    monkeypatch.setattr(pipeline, "select_takeaways", counted)
    (tmp_path / "atelier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "atelier.txt"), "-o", str(out), "--max-words", "20", "--format", "json",
                 "--quiet"]) == 0
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert unbudgeted and not any(unbudgeted)
    assert any(p.endswith(" key messages found fit in 20 words") for p in data["problems"]), data["problems"]


def test_the_cues_a_vtt_reader_skipped_are_among_the_problems(tmp_path):
    """broken-cues.vtt (review AW) was accepted silently: the cues skipped are said in the table and the JSON."""
    (tmp_path / "broken.vtt").write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n<v Anna Berg>Open data must be published in machine-readable "
        "formats, not in PDFs.\n\n2\n00:00:04.500 -> 00:00:09\n<v Anna Berg>This cue has a malformed arrow.\n",
        encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "broken.vtt"), "-o", str(out), "--quiet"]) == 0
    data = json.loads((out / "broken.synthesis.json").read_text(encoding="utf-8"))
    assert data["problems"][0] == "1 cue(s) skipped, their timing unreadable: line 8 (00:00:04.500 -> 00:00:09)"


@pytest.mark.parametrize("option, message", [
    (["--date", "2024-13-45"], "date: 2024-13-45 is no date; give it as YYYY-MM-DD"),
    (["--languages", "de"], "no report can be written in 'de'; the report languages are fr, en"),
    (["--languages", "fr,es"], "no report can be written in 'es'"),
])
def test_a_bad_date_or_report_language_is_refused(tmp_path, capsys, option, message):
    """Review: `--date 2024-13-45` was printed as the event's date, `--languages de` wrote an all-English .de.docx
    without a word; both are bad option values (exit 2, saying what to give), and nothing is written."""
    (tmp_path / "atelier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    assert main(["run", str(tmp_path / "atelier.txt"), "-o", str(tmp_path / "out"), "--quiet", *option]) == 2
    assert message in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_max_words_help_says_what_it_counts(capsys):
    """Review: the --max-words help said "the whole synthesis", though the title, opening and appendix are not
    counted."""
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "key messages (headlines, paragraphs, quotes" in help_text and "not the title" in help_text
