"""Re-runs never destroy edits, and only redo what changed."""
from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from confsynth.cli import main
from confsynth.config import Config
from confsynth.manifest import MANIFEST_NAME, Manifest, versioned_path
from confsynth.pipeline import run_batch

ATELIER = """Atelier sur les données

Anna Berg (Université de Malmö): Nous avons besoin de données fiables pour mesurer l'impact social des projets, sinon les financeurs décident à l'aveugle et les associations perdent du temps.
Paul Martin (ESSEC): Je suis d'accord. Les indicateurs doivent être construits avec les bénéficiaires eux-mêmes, sinon ils sont vécus comme un contrôle et personne ne les utilise vraiment.
Anna Berg (Université de Malmö): Et il faut financer l'évaluation : un financeur qui exige une mesure d'impact doit aussi payer pour cette mesure, c'est une question de cohérence.
"""
TABLE_RONDE = """Table ronde

Claire Dumont (Impact Tank): Les collectivités locales sont les mieux placées pour repérer les innovations sociales qui marchent, parce qu'elles connaissent le terrain et les associations.
Luc Martin (Ville de Lyon): Mais elles manquent de moyens pour les évaluer, et sans évaluation aucun élu ne prend le risque de financer un projet nouveau à grande échelle.
"""
ADDED = ("Paul Martin (ESSEC): J'ajoute une chose essentielle : les associations doivent être payées pour le temps "
         "qu'elles passent à produire les données que les financeurs leur demandent chaque année.\n")


@pytest.fixture
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "atelier.txt").write_text(ATELIER, encoding="utf-8")
    (folder / "table-ronde.txt").write_text(TABLE_RONDE, encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())}


def _edit_docx(path: Path, text: str) -> None:
    doc = docx.Document(path)
    doc.add_paragraph(text)
    doc.save(path)


def _resave_like_word(path: Path) -> None:
    """What Word does to a file it saves unchanged: revision ids on every paragraph, a spelling mark,
    the text of a run split over two runs of the same formatting."""
    import copy

    from docx.oxml.ns import qn

    doc = docx.Document(path)
    split = False
    for par in doc.paragraphs:
        par._p.set(qn("w:rsidR"), "00AB12CD")
        for run in par.runs:
            if not split and len(run.text) > 10:
                twin = copy.deepcopy(run._r)
                run._r.addnext(twin)
                text = run.text
                run.text, twin.find(qn("w:t")).text = text[:5], text[5:]
                twin.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run._r.addprevious(run._r.makeelement(qn("w:proofErr"), {qn("w:type"): "spellStart"}))
                split = True
    doc.save(path)


def test_rerun_on_an_unchanged_folder_does_nothing(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    config = Config(takeaways=2)
    first = run_batch([inbox], out, config, models=fake_models)
    assert all(r.error is None and not r.up_to_date for r in first)
    before = _snapshot(out)
    again = run_batch([inbox], out, config, models=fake_models)
    assert [r.up_to_date for r in again] == [True, True]
    assert all(r.outputs == [] for r in again)
    assert _snapshot(out) == before          # not even rewritten with the same bytes


def test_edited_report_is_kept_and_the_new_draft_goes_beside_it(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    config = Config(takeaways=2)
    run_batch([inbox], out, config, models=fake_models)
    _edit_docx(out / "atelier.fr.docx", "Relu par la rédaction.")
    edited = (out / "atelier.fr.docx").read_bytes()
    en_before = (out / "atelier.en.docx").read_bytes()
    table_before = _snapshot(out)["table-ronde.fr.docx"]
    with open(inbox / "atelier.txt", "a", encoding="utf-8") as fh:
        fh.write(ADDED)

    results = run_batch([inbox], out, config, models=fake_models)
    atelier, table = results
    assert table.up_to_date                               # its transcript did not change
    assert _snapshot(out)["table-ronde.fr.docx"] == table_before
    assert (out / "atelier.fr.docx").read_bytes() == edited   # the editor's work is untouched
    assert atelier.kept == [(out / "atelier.fr.docx", out / "atelier.fr.v2.docx")]
    new = docx.Document(out / "atelier.fr.v2.docx")
    assert "Relu par la rédaction." not in [p.text for p in new.paragraphs]
    # the English draft nobody touched is simply regenerated in place, now with the added turn's speaker data
    assert (out / "atelier.en.docx").read_bytes() != en_before
    assert not (out / "atelier.en.v2.docx").exists()

    # the manifest now follows the new version: editing it too leads to v3, the original stays
    with open(inbox / "atelier.txt", "a", encoding="utf-8") as fh:
        fh.write(ADDED.replace("chaque année", "tous les ans"))
    _edit_docx(out / "atelier.fr.v2.docx", "Deuxième relecture.")
    results = run_batch([inbox], out, config, models=fake_models)
    assert results[0].kept == [(out / "atelier.fr.v2.docx", out / "atelier.fr.v3.docx")]
    assert (out / "atelier.fr.docx").read_bytes() == edited


def test_a_report_saved_again_without_a_change_is_not_an_edit(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    config = Config(takeaways=2)
    run_batch([inbox], out, config, models=fake_models)
    original = (out / "atelier.fr.docx").read_bytes()
    _resave_like_word(out / "atelier.fr.docx")          # opened and saved, nothing changed
    md = out / "atelier.fr.md"
    if md.exists():
        md.write_text(md.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    resaved = (out / "atelier.fr.docx").read_bytes()
    assert resaved != original
    # a formatting change is an edit, even when every word stays
    doc = docx.Document(out / "atelier.en.docx")
    doc.paragraphs[0].runs[0].italic = True
    doc.save(out / "atelier.en.docx")
    with open(inbox / "atelier.txt", "a", encoding="utf-8") as fh:
        fh.write(ADDED)

    atelier = run_batch([inbox], out, config, models=fake_models)[0]
    assert atelier.kept == [(out / "atelier.en.docx", out / "atelier.en.v2.docx")]
    assert not (out / "atelier.fr.v2.docx").exists()          # regenerated in place
    assert (out / "atelier.fr.docx").read_bytes() != resaved


def test_force_overwrites_edited_reports(inbox, tmp_path, fake_models, capsys):
    out = tmp_path / "out"
    run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    _edit_docx(out / "atelier.fr.docx", "Relu par la rédaction.")
    results = run_batch([inbox], out, Config(takeaways=2, force=True), models=fake_models)
    assert all(not r.up_to_date and r.kept == [] for r in results)
    texts = [p.text for p in docx.Document(out / "atelier.fr.docx").paragraphs]
    assert "Relu par la rédaction." not in texts
    assert not (out / "atelier.fr.v2.docx").exists()


def test_added_transcript_and_changed_settings(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    (inbox / "nouveau.txt").write_text(TABLE_RONDE.replace("Table ronde", "Nouvelle table ronde"), encoding="utf-8")
    results = run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    assert {r.inputs[0].name: r.up_to_date for r in results} == {
        "atelier.txt": True, "nouveau.txt": False, "table-ronde.txt": True}
    # a setting that changes the text regenerates everything; one that does not (formats) writes only the new files
    results = run_batch([inbox], out, Config(takeaways=2, formats=("docx", "json", "html")), models=fake_models)
    assert all(sorted(p.name.split(".", 1)[1] for p in r.outputs) == ["en.html", "fr.html"] for r in results)
    results = run_batch([inbox], out, Config(takeaways=1, formats=("docx", "json", "html")), models=fake_models)
    assert all(len([p for p in r.outputs if not p.name.endswith(".speakers.toml")]) == 5 and r.kept == []
               for r in results)


def test_deleted_report_is_written_again(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    (out / "atelier.en.docx").unlink()
    results = run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    assert [p.name for p in results[0].outputs] == ["atelier.en.docx"] and results[1].up_to_date


def test_reports_confsynth_did_not_write_are_kept(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    out.mkdir()
    (out / "atelier.fr.docx").write_bytes(b"someone's own file")
    results = run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    assert results[0].kept == [(out / "atelier.fr.docx", out / "atelier.fr.v2.docx")]
    assert (out / "atelier.fr.docx").read_bytes() == b"someone's own file"


def test_reports_are_translated_once_a_model_arrives(inbox, tmp_path, fake_models, monkeypatch):
    from conftest import fake_embed

    from confsynth import translate

    out = tmp_path / "out"
    run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    assert run_batch([inbox], out, Config(takeaways=2), models=fake_models)[0].up_to_date

    class Upper:
        name = "upper-test"

        def supports(self, source, target):
            return True

        def translate(self, texts, source, target):
            return [t.upper() for t in texts]

    # a model is installed: the run finds it (models not given, as on the command line) and translates
    monkeypatch.setitem(translate.TRANSLATORS, "upper-test", lambda config: Upper())
    monkeypatch.setattr(translate, "AUTO_TRANSLATORS", ["upper-test"])
    monkeypatch.setattr("confsynth.pipeline.make_embedder", lambda name: fake_embed)
    results = run_batch([inbox], out, Config(takeaways=2))
    assert not results[0].up_to_date and results[0].error is None
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert data["translation"]["en"] == {"status": "translated", "model": "upper-test", "message": None,
                                         "flags": []}
    assert all(r.up_to_date for r in run_batch([inbox], out, Config(takeaways=2)))


def test_manifest_records_inputs_and_outputs(inbox, tmp_path, fake_models):
    out = tmp_path / "out"
    run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    data = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    entry = data["events"]["atelier"]
    assert entry["inputs"][0][0] == "atelier.txt" and len(entry["inputs"][0][1]) == 64
    assert set(entry["outputs"]) == {"fr.docx", "en.docx", "synthesis.json"}
    assert entry["outputs"]["fr.docx"]["file"] == "atelier.fr.docx"


def test_unreadable_manifest_keeps_every_existing_report(inbox, tmp_path, fake_models, caplog):
    out = tmp_path / "out"
    run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    (out / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert Manifest(out).events == {}
    results = run_batch([inbox], out, Config(takeaways=2), models=fake_models)
    assert len(results[0].kept) == 3 and "unreadable" in caplog.text


def test_versioned_path_skips_taken_names(tmp_path):
    (tmp_path / "talk.fr.v2.docx").write_bytes(b"")
    assert versioned_path(tmp_path, "talk", "fr.docx").name == "talk.fr.v3.docx"
    assert versioned_path(tmp_path, "talk", "synthesis.json").name == "talk.synthesis.v2.json"


def test_cli_says_when_nothing_changed_and_when_an_edit_is_kept(inbox, tmp_path, capsys, fake_models, monkeypatch):
    monkeypatch.setattr("confsynth.pipeline.load_models", lambda config, found=None: fake_models)
    out = tmp_path / "out"
    argv = ["run", str(inbox / "atelier.txt"), "-o", str(out), "--takeaways", "2", "--quiet"]
    assert main(argv) == 0
    capsys.readouterr()
    assert main(argv) == 0
    assert "Nothing to do" in capsys.readouterr().err
    _edit_docx(out / "atelier.fr.docx", "Relu.")
    assert main(argv[:-1] + ["--takeaways", "3", "--quiet"]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert "Kept" in err and "atelier.fr.docx" in err and "atelier.fr.v2.docx" in err
