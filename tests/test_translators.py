"""Translation with real Marian models (tiny, random weights, built in conftest) loaded by the code users run.

The models output noise: these tests check the plumbing a user relies on (which model runs, batching,
long inputs, cut marks, broken folders, pivot, status and flags in the reports, no network).
"""
from __future__ import annotations

import json
import shutil
import socket
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from confsynth.config import Config
from confsynth.errors import ModelUnavailableError
from confsynth.ingest import read_transcript
from confsynth.quotes import verify_quote
from confsynth.records import Quote, SourceRef, Speaker, Synthesis, Takeaway
from confsynth.translate import find_translator, translate_synthesis
from confsynth.translators import OpusTranslator, find_models, load_translator
from confsynth.translators.opus import backend_installed, load_engine
from confsynth.translators.segment import split_sentences

from conftest import SAMPLES, fake_embed, sample_sentences

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture
def no_network(monkeypatch):
    """Every way out to the network raises, and is recorded."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


class SpyEngine:
    """A real engine, with every batch it is given recorded."""

    def __init__(self, engine):
        self.engine = engine
        self.name, self.backend = engine.name, engine.backend
        self.max_tokens, self.beam_size = engine.max_tokens, engine.beam_size
        self.batches: list[list[str]] = []
        self.outputs: dict[str, str] = {}

    def count_tokens(self, texts):
        return self.engine.count_tokens(texts)

    def translate_batch(self, texts, max_new_tokens):
        assert max(self.count_tokens(texts)) <= self.max_tokens
        self.batches.append(list(texts))
        out = self.engine.translate_batch(texts, max_new_tokens)
        self.outputs.update(zip(texts, out))
        return out


def spy_translator(models: Path, backends=("ctranslate2", "transformers"), **kwargs):
    spies: list[SpyEngine] = []

    def loader(entry, beams):
        spies.append(SpyEngine(load_engine(entry, beams)))
        return spies[-1]

    return OpusTranslator(find_models(models), backends, loader=loader, **kwargs), spies


def test_model_folders_are_listed_with_pair_and_backend(tiny_models):
    found = {(e.name, e.pair, e.backend, e.problem) for e in find_models(tiny_models)}
    assert ("opus-mt-fr-en", "fr-en", "transformers", None) in found
    assert ("opus-mt-en-fr", "en-fr", "transformers", None) in found
    if any(e.backend == "ctranslate2" for e in find_models(tiny_models)):
        assert ("opus-mt-fr-en-ct2", "fr-en", "ctranslate2", None) in found


def test_auto_prefers_the_ctranslate2_copy_then_transformers(tiny_models, monkeypatch):
    pytest.importorskip("ctranslate2")
    translator, problem = find_translator(Config(models_dir=str(tiny_models)))
    assert problem is None
    translator.translate(["Bonjour à tous."], "fr", "en")
    translator.translate(["Hello everyone."], "en", "fr")
    assert translator.describe("fr", "en") == "opus-mt-fr-en (CTranslate2 int8)"
    assert translator.describe("en", "fr") == "opus-mt-en-fr (transformers)"

    forced, _ = find_translator(Config(models_dir=str(tiny_models), translator="transformers"))
    forced.translate(["Bonjour à tous."], "fr", "en")
    assert forced.describe("fr", "en") == "opus-mt-fr-en (transformers)"

    # ctranslate2 not installed: the same folder is translated by transformers
    import confsynth.translators.opus as opus

    real = opus.backend_installed
    monkeypatch.setattr(opus, "backend_installed", lambda b: b != "ctranslate2" and real(b))
    fallback, _ = find_translator(Config(models_dir=str(tiny_models)))
    fallback.translate(["Bonjour à tous."], "fr", "en")
    assert fallback.describe("fr", "en") == "opus-mt-fr-en (transformers)"


@pytest.mark.parametrize("backend", ["transformers", "ctranslate2"])
def test_sentences_go_in_length_sorted_batches_and_come_back_in_order(tiny_models, backend):
    if backend == "ctranslate2":
        pytest.importorskip("ctranslate2")
    translator, spies = spy_translator(tiny_models, (backend,), batch_size=8)
    sentences = list(dict.fromkeys(s for s in sample_sentences("fr") if 3 <= len(s.split()) < 10
                                   and s[-1] in ".!?" and len(split_sentences(s)) == 1))[:20]
    texts = [" ".join(sentences[i:i + 2]) for i in range(0, 20, 2)]   # 10 texts of two sentences
    out = translator.translate(texts, "fr", "en")
    spy = spies[0]
    assert spy.backend == backend
    assert [len(b) for b in spy.batches] == [8, 8, 4]
    counts = [spy.count_tokens(b) for b in spy.batches]
    flat = [c for batch in counts for c in batch]
    assert flat == sorted(flat, reverse=True), "similar lengths batched together"
    assert sorted(s for b in spy.batches for s in b) == sorted(sentences)
    # each text is the translations of its own two sentences, in order
    for i, text in enumerate(out):
        assert text == f"{spy.outputs[sentences[2 * i]]} {spy.outputs[sentences[2 * i + 1]]}"
    # the same sentences again: answered from the cache, the model is not called
    again = translator.translate(texts[:3], "fr", "en")
    assert again == out[:3] and len(spy.batches) == 3 and translator.stats.cached == 6


def test_an_input_longer_than_the_model_limit_is_split_never_truncated(tiny_models):
    translator, spies = spy_translator(tiny_models, ("transformers",))
    words = " ".join(sample_sentences("fr")).replace(".", "").split()[:300]
    long_text = " ".join(words)          # one 'sentence' of 300 words, far past the 64-token limit
    out = translator.translate([long_text, "Merci."], "fr", "en")
    spy = spies[0]
    assert translator.stats.split >= 5
    sent = [s for b in spy.batches for s in b]
    assert all(c <= spy.max_tokens for c in spy.count_tokens(sent))
    # every word went to the model exactly once, in its order
    parts = [s for s in sent if s != "Merci."]
    parts.sort(key=lambda s: long_text.index(s))
    assert " ".join(parts).split() == words
    assert out[0] and len(out) == 2


def test_quote_cut_marks_and_paragraphs_survive_translation(tiny_models):
    translator, _ = spy_translator(tiny_models, ("transformers",))
    out = translator.translate(["Deux ou trois indicateurs [\u2026] pas cinquante.\nEt le financeur paie."], "fr", "en")[0]
    assert out.count(" [\u2026] ") == 1 and out.count("\n") == 1


def _synthesis(language: str, headline: str, quote: str, quote_lang: str, section: str = "") -> Synthesis:
    speaker = Speaker("s1", "Anna Berg", name="Anna Berg", affiliation="Impact Tank")
    q = Quote(quote, "s1", quote_lang, SourceRef("talk.txt", 3, None, 0), (0, len(quote)))
    said = Quote(headline, "s1", language, SourceRef("talk.txt", 2, None, 0), (0, len(headline)))
    tk = Takeaway(1, language, {language: headline}, {}, (q,), ("s1",), support=(said,),
                  section={language: section} if section else {})
    return Synthesis("Titre", ("talk.txt",), language, (speaker,), (tk,), {})


def test_a_broken_model_folder_is_named_and_the_report_still_written(tiny_models, tmp_path):
    models = tmp_path / "models"
    shutil.copytree(tiny_models / "opus-mt-fr-en", models / "opus-mt-fr-en")
    (models / "opus-mt-fr-en" / "model.safetensors").write_bytes(b"\0" * 100)   # a copy that went wrong
    shutil.copytree(tiny_models / "opus-mt-en-fr", models / "opus-mt-en-fr")
    (models / "opus-mt-en-fr" / "source.spm").unlink()
    listed = {e.name: e.problem for e in find_models(models)}
    assert listed["opus-mt-en-fr"] == "incomplete: missing source.spm"
    assert listed["opus-mt-fr-en"] is None          # looks complete: the weights fail only when loaded

    translator = load_translator(Config(models_dir=str(models)))
    s = translate_synthesis(_synthesis("fr", "Le financeur paie.", "Il faut payer.", "fr", section="Financement"),
                            ("fr", "en"), translator)
    st = s.translation["en"]
    assert st.status == "unavailable"
    assert s.takeaways[0].section == {"fr": "Financement", "en": "Financement"}   # the agenda's words stand in
    assert str(models / "opus-mt-fr-en") in st.message and "cannot load this Marian model" in st.message
    assert "confsynth models fetch opus-mt-fr-en" in st.message
    assert s.takeaways[0].headline["en"] == "Le financeur paie." and s.takeaways[0].untranslated == ("en",)
    assert not translator.supports("fr", "en")     # not retried for every file

    (models / "opus-mt-fr-en").rename(tmp_path / "elsewhere")
    with pytest.raises(ModelUnavailableError, match=r"opus-mt-en-fr cannot be used \(incomplete: missing source.spm\)"):
        load_translator(Config(models_dir=str(models)))


def test_third_language_goes_through_english_or_says_what_is_missing(tiny_models, tmp_path):
    from confsynth.translators.testing import build_tiny_marian

    models = tmp_path / "models"
    shutil.copytree(tiny_models / "opus-mt-en-fr", models / "opus-mt-en-fr")
    german = [s.replace("the", "die") for s in sample_sentences("en")]
    build_tiny_marian(models / "opus-mt-de-en", german, sample_sentences("en"), "de", "en", seed=3)
    translator = load_translator(Config(models_dir=str(models)))
    assert translator.route("de", "fr") == [("de", "en"), ("en", "fr")]
    s = translate_synthesis(_synthesis("de", "Die Arbeit ändert sich.", "Wir brauchen Daten.", "de",
                                       section="Die Arbeit"), ("fr", "en"), translator)
    assert s.translation["fr"].status == "translated" and s.translation["en"].status == "translated"
    # the agenda heading is translated with the headline (random weights: some other words, not the German)
    assert set(s.takeaways[0].section) == {"de", "fr", "en"} and s.takeaways[0].section["en"] != "Die Arbeit"
    assert s.translation["fr"].model == "opus-mt-de-en (transformers) + opus-mt-en-fr (transformers)"
    assert set(s.takeaways[0].headline) == {"de", "fr", "en"}
    assert set(s.takeaways[0].quotes[0].translations) == {"fr", "en"}

    # Spanish: no model, directly or through English; kept as it is, with a notice naming what to get
    s = translate_synthesis(_synthesis("es", "El trabajo cambia.", "Necesitamos datos.", "es"), ("fr", "en"),
                            translator)
    assert s.translation["en"].status == "unavailable"
    assert "opus-mt-es-en" in s.translation["en"].message
    assert "opus-mt-es-fr (or opus-mt-es-en and opus-mt-en-fr)" in s.translation["fr"].message


def test_samples_are_fully_translated_with_a_models_folder_and_no_network(tiny_models, tmp_path, no_network):
    from confsynth.language import make_detector
    from confsynth.pipeline import Models, run_batch

    config = Config(models_dir=str(tiny_models), takeaways=4)
    translator, problem = find_translator(config)
    assert problem is None
    models = Models(embedder=fake_embed, detector=make_detector(), translator=translator)
    results = run_batch([SAMPLES], tmp_path / "out", config, models=models)
    assert no_network == []
    assert all(r.error is None for r in results), [r.error for r in results]
    for r in results:
        data = json.loads(r.outputs[0].read_text(encoding="utf-8"))
        other = "en" if data["source"]["language"] == "fr" else "fr"
        assert data["translation"][other]["status"] == "translated"
        assert data["translation"][other]["model"].startswith(f"opus-mt-{data['source']['language']}-{other} (")
        for tk in data["takeaways"]:
            assert set(tk["headline"]) == set(tk["body"]) == {"fr", "en"} and tk["untranslated"] == []
            for q in tk["quotes"]:
                assert set(q["translations"]) | {q["language"]} == {"fr", "en"}
        # the original quote is kept, verbatim, beside its translation
        transcript = read_transcript(Path(data["source"]["files"][0]))
        for tk in data["takeaways"]:
            for q in tk["quotes"]:
                assert verify_quote(q["text"], transcript.turns[q["source"]["turn"]].text)
    stem = "future-of-work-panel"
    fr = docx.Document(tmp_path / "out" / f"{stem}.fr.docx")
    quotes = [p.text for p in fr.paragraphs if p.style.name == "Quote"]
    assert quotes and all(t.endswith("(traduit de l’anglais)") for t in quotes)
    assert not any("Traduction non disponible" in p.text for p in fr.paragraphs)
    assert any(p.text.startswith("Traduction automatique par opus-mt-en-fr (") for p in fr.paragraphs)
    en = docx.Document(tmp_path / "out" / "innovation-sociale-europe.en.docx")
    data = json.loads((tmp_path / "out" / "innovation-sociale-europe.synthesis.json").read_text(encoding="utf-8"))
    languages = [q["language"] for tk in data["takeaways"] for q in tk["quotes"]]
    printed = [p.text for p in en.paragraphs if p.style.name == "Quote"]
    assert len(printed) == len(languages) and "fr" in languages
    # French quotes are marked as translations; the English speaker's quotes stand as said
    for text, lang in zip(printed, languages):
        assert text.endswith("(translated from French)") == (lang == "fr"), text


FRENCH = """Atelier sur la mesure d'impact

Anna Berg (Impact Tank): Bonjour. Nous avons besoin de données fiables pour mesurer l'impact social des projets, sinon les financeurs décident à l'aveugle et les associations perdent du temps.
Paul Martin (ESSEC): Je suis d'accord. L'innovation sociale doit être évaluée avec les bénéficiaires eux-mêmes, sinon les indicateurs sont vécus comme un contrôle et personne ne les utilise vraiment.
Anna Berg (Impact Tank): Et il faut financer l'évaluation : un financeur qui exige une mesure d'impact doit aussi payer pour cette mesure, c'est une question de cohérence, en 2024 comme en 2025.
"""
ENGLISH = """Workshop on platforms

Hannah Whitaker (European Policy Centre): Welcome everyone. Platform work now involves more than 28 million people in Europe, and the rules that protect them are still being written in Brussels.
Tomas Novak (Charles University): I agree with that. Social innovation in this field comes from workers themselves, who organise and negotiate directly with the platforms when the law is silent.
Hannah Whitaker (European Policy Centre): And we need data: without access to platform data, no labour inspector can check working time or pay, so transparency has to come first.
"""


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "atelier.txt").write_text(FRENCH, encoding="utf-8")
    (inbox / "workshop.txt").write_text(ENGLISH, encoding="utf-8")
    return inbox


def test_confsynth_run_with_a_models_dir_translates_both_reports_offline(tiny_models, tmp_path, capsys, no_network):
    from confsynth.cli import main

    glossary = tmp_path / "glossary.csv"
    glossary.write_text("fr,en\ninnovation sociale,social innovation\nmesure d'impact,impact measurement\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    code = main(["run", str(_inbox(tmp_path)), "-o", str(out), "--models-dir", str(tiny_models),
                 "--glossary", str(glossary), "--takeaways", "2", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert no_network == []
    assert "Translation:" not in err
    fr_json = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    en = fr_json["translation"]["en"]
    assert en["status"] == "translated"
    assert en["model"] == ("opus-mt-fr-en (CTranslate2 int8)" if backend_installed("ctranslate2")
                           else "opus-mt-fr-en (transformers)")
    # a random-weight model never writes the glossary's English terms: each one is flagged for the editor
    glossary_flags = {f["term"] for f in en["flags"] if f["kind"] == "glossary"}
    assert glossary_flags and glossary_flags <= {"social innovation", "impact measurement"}
    assert any(p.endswith("translation point(s) to check") for p in fr_json["problems"])
    en_json = json.loads((out / "workshop.synthesis.json").read_text(encoding="utf-8"))
    fr = en_json["translation"]["fr"]
    assert (fr["status"], fr["model"]) == ("translated", "opus-mt-en-fr (transformers)")
    doc = docx.Document(out / "atelier.en.docx")
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("Machine translation by opus-mt-fr-en (") for t in texts)
    assert any(t.startswith("Points to check in the translation") for t in texts)
    assert any("glossary term missing" in t for t in texts)


def test_without_a_model_one_line_says_what_to_install_for_the_whole_batch(tmp_path, capsys, monkeypatch):
    from confsynth.cli import main

    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    code = main(["run", str(_inbox(tmp_path)), "-o", str(out), "--models-dir", str(tmp_path / "none"),
                 "--takeaways", "2", "--quiet"])
    err = capsys.readouterr().err
    assert code == 0
    lines = [ln for ln in err.splitlines() if "Translation:" in ln]
    assert len(lines) == 1, err   # two files, one line
    line = " ".join(err[err.index("Translation:"):].split())
    assert "no translation model installed" in line
    assert "'confsynth models fetch opus-mt-fr-en' and 'confsynth models fetch opus-mt-en-fr'" in line
    reports = [p for p in out.iterdir() if not p.name.startswith(".") and not p.name.endswith(".speakers.toml")]
    assert len(reports) == 6      # the reports are written all the same
    data = json.loads((out / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert data["translation"]["en"]["status"] == "unavailable"


def test_without_a_model_a_german_transcript_is_told_which_model_it_needs(tmp_path, capsys, monkeypatch):
    from confsynth.cli import main

    monkeypatch.chdir(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "podium.txt").write_text(
        "Anna Schmidt (Moderatorin): Willkommen. Heute sprechen wir über die Pflege in Europa.\n\n"
        "Martina Weber (Pflegeheim Sonnenhof): Das größte Problem ist der Personalmangel in der Pflege. Wir haben "
        "zwölf offene Stellen und finden niemanden. Die Pflegekräfte sind erschöpft.\n\n"
        "João Costa (Universität Lissabon): Europa braucht eine faire Regelung für die Anwerbung von "
        "Pflegekräften. Die Digitalisierung kann helfen, aber sie ersetzt keine Pflegekraft.\n", encoding="utf-8")
    # and a French one beside it: what both need is said once, what German adds once
    (inbox / "atelier.txt").write_text(
        "Claire Martin (Ville de Lyon) : Les associations de quartier manquent de financements pluriannuels. "
        "Nous devons simplifier les appels à projets pour les petites structures.\n\n"
        "Paul Roy (OCDE) : La mesure d'impact coûte cher et les petites associations n'en ont pas les moyens.\n",
        encoding="utf-8")
    code = main(["run", str(inbox), "-o", str(tmp_path / "out"), "--models-dir", str(tmp_path / "none"),
                 "--takeaways", "2", "--quiet"])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 0
    line = err[err.index("Translation:"):]
    assert "'confsynth models fetch opus-mt-fr-en'" in line
    assert "for the German transcripts, 'confsynth models fetch opus-mt-de-en' too" in line
    assert line.count("opus-mt-de-en") == 1   # one line for both reports
    assert line.count("no translation model installed") == 1, line


def test_any_translator_with_name_supports_translate_is_enough(tmp_path):
    """The protocol's three members suffice: the glossary, checks and status work around any backend."""
    from confsynth.translators.glossary import load_glossary

    class Echo:   # "translates" by returning its input with digits dropped
        name = "echo"

        def supports(self, source, target):
            return (source, target) == ("fr", "en")

        def translate(self, texts, source, target):
            return ["".join(c for c in t if not c.isdigit()) for t in texts]

    (tmp_path / "g.csv").write_text("fr,en\ninnovation sociale,social innovation\n", encoding="utf-8")
    s = translate_synthesis(_synthesis("fr", "L'innovation sociale en 2024.", "Il faut payer.", "fr"),
                            ("fr", "en"), Echo(), glossary=load_glossary(tmp_path / "g.csv"))
    assert s.translation["en"].status == "translated" and s.translation["en"].model == "echo"
    assert s.takeaways[0].headline["en"] == "L'social innovation en ."
    assert [(f.kind, f.part, f.term) for f in s.translation["en"].flags] == [
        ("number", "headline", "2024"), ("number", "body 1", "2024")]
    assert s.translation["en"].flags[0].message == "key message 1, headline: number missing from the translation: 2024"


def test_forcing_a_backend_without_its_models_says_how_to_get_them(tiny_models, tmp_path):
    models = tmp_path / "models"
    shutil.copytree(tiny_models / "opus-mt-en-fr", models / "opus-mt-en-fr")
    translator, problem = find_translator(Config(models_dir=str(models), translator="ctranslate2"))
    assert translator is None
    assert problem == "no CTranslate2 copy of opus-mt-en-fr: run 'confsynth models convert opus-mt-en-fr'"


def test_the_throughput_benchmark_runs_on_a_tiny_model(capsys):
    """bench/translation.py keeps working (its numbers are read by hand, not asserted)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_translation", SAMPLES.parent / "bench" / "translation.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--tiny", "--sentences", "6", "--beam", "1"]) == 0
    rows = [ln.split() for ln in capsys.readouterr().out.splitlines() if ln.startswith(("transformers", "ctranslate2"))]
    assert [r[0] for r in rows] == ["transformers", "ctranslate2"][: len(rows)] and rows
    assert all(float(r[4].replace(",", "")) > 0 for r in rows)


def test_a_parts_heading_is_translated_once_for_all_its_key_messages(tiny_models):
    translator, spies = spy_translator(tiny_models, ("transformers",))
    one = _synthesis("fr", "Le financeur paie.", "Il faut payer.", "fr", section="Financement")
    two = replace(one.takeaways[0], rank=2, headline={"fr": "L'État publie les données."})
    s = translate_synthesis(replace(one, takeaways=one.takeaways + (two,)), ("fr", "en"), translator)
    sent = [text for spy in spies for batch in spy.batches for text in batch]
    assert sent.count("Financement") == 1
    first, second = s.takeaways
    assert first.section["en"] == second.section["en"] and set(first.section) == {"fr", "en"}


def test_without_a_model_a_mixed_event_says_each_missing_model_once():
    """A French event with a Spanish quote and no model: the English draft's notice names the install once,
    then what Spanish adds (it printed the whole install line twice)."""
    base = _synthesis("fr", "Le financeur paie.", "Necesitamos datos para las ciudades.", "es")
    unavailable = ("no translation model installed: run 'confsynth models fetch opus-mt-fr-en' and 'confsynth "
                   "models fetch opus-mt-en-fr' on a machine that is online")
    s = translate_synthesis(base, ("fr", "en"), None, unavailable=unavailable)
    message = s.translation["en"].message
    assert message.count("no translation model installed") == 1, message
    assert "for the Spanish transcripts, 'confsynth models fetch opus-mt-es-en' too" in message
