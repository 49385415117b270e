"""Corrections that stick: the speakers file confsynth writes, edited by staff, wins on the next run."""
from __future__ import annotations

import json
import re

import pytest

from confsynth.config import Config
from confsynth.errors import ConfigError
from confsynth.pipeline import run_batch
from confsynth.records import Speaker
from confsynth.speakerfile import (
    apply_overrides, is_edited, read_speakers_file, speakers_file_text, write_speakers_file,
)
from confsynth.speakers import SpeakerDirectory

TRANSCRIPT = """\
Atelier sur les données

Claire Dumont (Impact Tank): Bonjour à tous. Je donne la parole à Anna Berg, chercheuse à l'Université de Malmö, en Suède. Anna, à vous.
SPEAKER_01: Merci Claire. Nous avons besoin de données fiables pour mesurer l'impact social des projets, sinon les financeurs décident à l'aveugle et les associations perdent un temps précieux.
Claire Dumont (Impact Tank): Merci Anna. Une question dans la salle ?
SPEAKER_02: Oui. Les indicateurs doivent être construits avec les bénéficiaires eux-mêmes, sinon ils sont vécus comme un contrôle et personne ne les utilise vraiment.
Claire Dumont (Impact Tank): Merci beaucoup.
"""


def run(tmp_path, **config):
    inbox = tmp_path / "inbox"
    inbox.mkdir(exist_ok=True)
    (inbox / "atelier.txt").write_text(TRANSCRIPT, encoding="utf-8")
    out = tmp_path / "out"
    return run_batch([inbox], out, Config(takeaways=2, **config), models=run.models), out


def speakers_json(out):
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    return {tuple(s["labels"]): s for s in data["speakers"]}


@pytest.fixture(autouse=True)
def _models(fake_models):
    run.models = fake_models


def test_round_trip_edit_the_written_file_and_run_again(tmp_path):
    results, out = run(tmp_path)
    assert results[0].error is None
    path = out / "atelier.speakers.toml"
    assert path in results[0].outputs and not is_edited(path)
    text = path.read_text(encoding="utf-8")
    assert 'labels = ["SPEAKER_01"]\nname = "Anna Berg"' in text
    assert 'affiliation = "Université de Malmö"' in text and 'country = "Suède"' in text
    before = speakers_json(out)
    assert before[("SPEAKER_02",)]["name"] is None

    # staff fix the spelling, name the second voice, and correct an affiliation
    text = text.replace('name = "Anna Berg"', 'name = "Anna Bergström"')
    text = text.replace('labels = ["SPEAKER_02"]\nname = ""', 'labels = ["SPEAKER_02"]\nname = "Paul Martin"')
    text = text.replace('affiliation = "Université de Malmö"', 'affiliation = "Malmö universitet"')
    path.write_text(text, encoding="utf-8")
    assert is_edited(path)

    results, out = run(tmp_path)
    assert results[0].error is None
    after = speakers_json(out)
    anna, paul = after[("SPEAKER_01",)], after[("SPEAKER_02",)]
    assert (anna["name"], anna["affiliation"], anna["country"]) == ("Anna Bergström", "Malmö universitet", "Suède")
    assert paul["name"] == "Paul Martin" and paul["confidence"] == 1.0
    assert ["name", f"speakers file {path}"] in paul["evidence"]
    # the edited file is the staff's: confsynth applied it and left it alone
    assert path.read_text(encoding="utf-8") == text
    assert path not in results[0].outputs


def test_an_unedited_file_is_kept_up_to_date_not_applied(tmp_path):
    _, out = run(tmp_path)
    path = out / "atelier.speakers.toml"
    first = path.read_text(encoding="utf-8")
    results, _ = run(tmp_path, force=True)     # reports regenerated: the same directory, nothing to rewrite
    assert path not in results[0].outputs and path.read_text(encoding="utf-8") == first
    assert not any(e[1].startswith("speakers file") for s in speakers_json(out).values() for e in s["evidence"])
    path.unlink()
    results, _ = run(tmp_path, force=True)     # gone: written again
    assert path in results[0].outputs and path.read_text(encoding="utf-8") == first


def test_a_speakers_file_next_to_the_transcripts_and_a_csv_with_speakers_option(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "speakers.toml").write_text(
        '[[speaker]]\nname = "Claire Dumont"\ncountry = "France"\ntitle = "directrice de la recherche"\n',
        encoding="utf-8")
    csv = tmp_path / "fix.csv"
    csv.write_text("labels,name,affiliation\nSPEAKER_02,-,ESSEC\n", encoding="utf-8")
    results, out = run(tmp_path, speakers_file=str(csv))
    assert results[0].error is None
    sp = speakers_json(out)
    claire = next(s for s in sp.values() if s["name"] == "Claire Dumont")
    assert (claire["affiliation"], claire["country"], claire["title"]) == ("Impact Tank", "France",
                                                                          "directrice de la recherche")
    voice = sp[("SPEAKER_02",)]
    assert voice["name"] is None and voice["affiliation"] == "ESSEC" and voice["label"] == "Speaker 2"


def directory_of(*speakers):
    return SpeakerDirectory(tuple(speakers), tuple(s.id for s in speakers))


def test_labels_in_one_entry_merge_speakers_and_an_empty_name_unnames(tmp_path):
    d = directory_of(
        Speaker("s1", "Speaker 1", labels=("S1",), confidence=0.0),
        Speaker("s2", "Speaker 2", labels=("S151",), confidence=0.0),
        Speaker("s3", "Benito Bruneau", name="Benito Bruneau", labels=("S113",), confidence=0.8),
    )
    f = tmp_path / "speakers.toml"
    f.write_text('[[speaker]]\nlabels = ["S1", "S151"]\nname = "Pierre Serozenski"\naffiliation = "GRT Gaz"\n\n'
                 '[[speaker]]\nlabels = ["S113"]\nname = ""\n', encoding="utf-8")
    out = apply_overrides(d, read_speakers_file(f))
    assert [s.id for s in out.speakers] == ["s1", "s3"]
    assert out.turn_speaker == ("s1", "s1", "s3")
    pierre, voice = out.speakers
    assert pierre.attribution() == "Pierre Serozenski (GRT Gaz)" and pierre.labels == ("S1", "S151")
    assert voice.name is None and voice.label.startswith("Speaker ") and voice.confidence == 0.0


def test_a_name_correction_matches_every_spelling(tmp_path):
    d = directory_of(Speaker("s1", "Matthias Vogelsang", name="Matthias Vogelsang", labels=("VOGELSANG Matthias",)))
    f = tmp_path / "s.toml"
    f.write_text('[[speaker]]\nname = "Matthias Vogelsang"\naliases = ["M. Vogelsang"]\ncountry = "Allemagne"\n',
                 encoding="utf-8")
    assert apply_overrides(d, read_speakers_file(f)).speakers[0].country == "Allemagne"


def test_written_file_reads_back_to_the_same_directory(tmp_path):
    speakers = (Speaker("s1", "Anna Berg", name="Anna Berg", affiliation="Université de Malmö", country="Suède",
                        title="chercheuse", labels=("Anna Berg (Malmö)", 'Anna "AB" Berg'),
                        evidence=(("name", "label 'Anna Berg (Malmö)'"),)),
                Speaker("s2", "Speaker 2", labels=("SPEAKER_02",), role="audience", confidence=0.0))
    path = tmp_path / "x.speakers.toml"
    assert write_speakers_file(speakers, path, ["talk.txt"])
    back = apply_overrides(directory_of(*speakers), read_speakers_file(path))
    assert [(s.name, s.affiliation, s.country, s.title, s.role, s.labels) for s in back.speakers] == \
        [(s.name, s.affiliation, s.country, s.title, s.role, s.labels) for s in speakers]
    assert speakers_file_text(speakers, ["talk.txt"]) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("content, message", [
    ("[[speaker]\nname = 'x'", "not valid TOML"),
    ('[[speaker]]\nname = "A"\nrole = "chair"\n', "role must be one of speaker, moderator, audience"),
    ('[[speaker]]\nnom = "A"\n', "unknown key(s) nom"),
    ('[[speaker]]\naffiliation = "X"\n', "names nobody"),
    ('[[speaker]]\nlabels = "S1"\nname = 3\n', "name must be a text"),
])
def test_bad_speakers_files_say_what_to_fix(tmp_path, content, message):
    f = tmp_path / "speakers.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        read_speakers_file(f)
    assert str(f) in str(err.value) and message in str(err.value)


def test_a_missing_speakers_option_is_a_clear_error(tmp_path):
    results, _ = run(tmp_path, speakers_file=str(tmp_path / "nope.toml"))
    assert "speakers file not found" in results[0].error and "--speakers" in results[0].error


TALK = """\
Conférence – L'eau, un bien commun

Bonjour à tous. Je m'appelle Hélène Marchand, je dirige le pôle Climat et territoires de la Fondation Terres d'avenir, et je voudrais vous parler de l'eau.

La pénurie d'eau n'est pas un risque futur, elle est déjà là dans la moitié des départements français chaque été.

Il faut réutiliser les eaux usées traitées, comme le font l'Espagne et l'Italie depuis vingt ans, au lieu de les rejeter en mer.
"""


def test_an_unlabelled_talk_s_speaker_is_in_the_speakers_file_to_correct(tmp_path):
    """A talk with no labels, named by its speaker's own words: the speakers file lists her (it was empty), and an
    edit of her name or affiliation there wins on the next run. No problem says the quotes cannot be attributed."""
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    (inbox / "talk.txt").write_text(TALK, encoding="utf-8")
    results = run_batch([inbox], out, Config(takeaways=2), models=run.models)
    assert results[0].error is None
    data = json.loads((out / "talk.synthesis.json").read_text(encoding="utf-8"))
    assert [(s["name"], s["affiliation"]) for s in data["speakers"]] == [
        ("Hélène Marchand", "Fondation Terres d'avenir")]
    assert not any("no speaker labels" in p for p in data["problems"])
    path = out / "talk.speakers.toml"
    text = path.read_text(encoding="utf-8")
    assert 'aliases = ["Hélène Marchand"]\nname = "Hélène Marchand"' in text
    path.write_text(text.replace('name = "Hélène Marchand"', 'name = "Hélène Marchant"')
                    .replace("Fondation Terres d'avenir", "Fondation Terres d’Avenir"), encoding="utf-8")
    run_batch([inbox], out, Config(takeaways=2, force=True), models=run.models)
    data = json.loads((out / "talk.synthesis.json").read_text(encoding="utf-8"))
    assert [(s["name"], s["affiliation"]) for s in data["speakers"]] == [
        ("Hélène Marchant", "Fondation Terres d’Avenir")]


def _room_directory():
    from confsynth.nlp import analyze_texts
    from confsynth.records import Segment, Turn
    from confsynth.speakers import build_directory

    rows = [("Le Président", "Nous avons le temps pour une ou deux questions de la salle. Oui, monsieur."),
            ("Un intervenant", "Bonjour, je suis maire d'une commune de 900 habitants dans le Cantal. Chez nous le vrai "
                               "problème, c'est aussi les urgences, qui ferment la nuit."),
            ("Mme la Rapporteure", "Merci, monsieur le maire, c'est une question essentielle pour la mission."),
            ("Le Président", "Une dernière question. Madame."),
            ("Un intervenant", "Oui, merci. Je suis étudiante en quatrième année de médecine à Toulouse. Est-ce que la "
                               "régulation s'appliquera à ma promotion ?"),
            ("Mme la Rapporteure", "Non, madame, c'est une bonne question, et la réponse est non.")]
    turns = [Turn(i, label, text, "table-ronde.txt", (Segment(0, 2 * i + 4),), "fr") for i, (label, text) in
             enumerate(rows)]
    return build_directory(turns, "fr", analyze_texts([t.text for t in turns], ["fr"] * len(turns)))


def test_two_entries_of_one_label_keep_their_people_after_an_edit_elsewhere(tmp_path):
    """Senate round table (review AV): two « Un intervenant » entries (a mayor, a student); after staff edited the
    rapporteure's entry and ran again, the mayor's question was signed « (Toulouse) », the student's."""
    d = _room_directory()
    mayor, student = (next(s for s in d.speakers if s.id == d.turn_speaker[i]) for i in (1, 4))
    assert mayor.id != student.id
    path = tmp_path / "table-ronde.speakers.toml"
    write_speakers_file(d.speakers, path, ["table-ronde.txt"])
    text = path.read_text(encoding="utf-8")
    assert 'labels = ["Un intervenant"]\nlines = [6]' in text and 'labels = ["Un intervenant"]\nlines = [12]' in text
    path.write_text(text.replace('labels = ["Mme la Rapporteure"]\nname = ""',
                                 'labels = ["Mme la Rapporteure"]\nname = "Corinne Vasseur"'), encoding="utf-8")
    back = apply_overrides(d, read_speakers_file(path))
    signed = [back.speakers[[s.id for s in back.speakers].index(back.turn_speaker[i])] for i in (1, 2, 4)]
    assert [s.attribution() for s in signed] == [mayor.attribution(), "Corinne Vasseur", student.attribution()]
    assert signed[0].id != signed[2].id
    # a file written before the lines were: its entries of one label are that label's people, in order
    path.write_text(re.sub(r"\nlines = .*", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    back = apply_overrides(d, read_speakers_file(path))
    assert [back.speakers[[s.id for s in back.speakers].index(back.turn_speaker[i])].attribution()
            for i in (1, 4)] == [mayor.attribution(), student.attribution()]
