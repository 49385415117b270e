"""Headlines from a summarisation model: loaded offline from a folder or the hub cache, kept only when faithful."""
from __future__ import annotations

import json
import shutil

import pytest

from confsynth.config import Config
from confsynth.errors import ModelUnavailableError
from confsynth.headlines import Seq2SeqHeadlines, check_headline, load_headline_models, resolve_model, \
    rewrite_headlines
from confsynth.records import Quote, SourceRef, Takeaway
from confsynth.takeaways import make_headline

SOURCE = ("Si un financeur exige une mesure d'impact, il doit financer cette mesure d'impact, sinon ce sont les "
          "associations qui paient l'évaluation sur leurs fonds propres.")


@pytest.mark.parametrize("title, why", [
    ("Le financeur qui exige une mesure d'impact doit la financer", None),
    ("Les financeurs doivent payer la mesure d'impact qu'ils exigent", None),
    ("Le financeur doit financer 30 % de la mesure d'impact", "number '30'"),
    ("Bruxelles doit financer la mesure d'impact", "name 'Bruxelles'"),
    ("Les régions doivent subventionner les hôpitaux publics", "words not in the transcript"),
    ("Impact", "1 words"),
    ("ment financeurmentmentment impactmentment financer", "repetitions"),     # what random weights say
    ("mesure mesure mesure d'impact financeur", "repetitions"),
    ("Qui doit financer la mesure d'impact ?", "a question"),
])
def test_a_model_title_is_kept_only_when_the_sources_hold_every_fact(title, why):
    got = check_headline(title, [SOURCE], "fr")
    assert (got is None) if why is None else (got is not None and got.startswith(why)), got


def _takeaway(rank, text, language="fr"):
    q = Quote(text=SOURCE, speaker_id="s1", language=language, source=SourceRef("t.txt", 3, None, 0), span=(0, 10))
    return Takeaway(rank=rank, language=language, headline={language: text}, body={}, support=(q,))


def test_kept_titles_replace_the_headline_and_rejected_ones_say_why():
    tks = [_takeaway(1, SOURCE), _takeaway(2, "Les cantines scolaires doivent acheter local et bio.")]
    titles = {SOURCE: "Le financeur qui exige une mesure d'impact doit la financer"}

    def model(texts):   # the rule-based compressor for one point, an invented claim for the other
        return [titles.get(t.split(" " + SOURCE)[0], "Les hôpitaux doivent recruter 500 infirmiers") for t in texts]

    out, record = rewrite_headlines(tks, {"fr": model})
    assert out[0].headline["fr"] == "Le financeur qui exige une mesure d'impact doit la financer."
    assert record[0].source.startswith("model:") and SOURCE in record[0].note
    assert out[1].headline == tks[1].headline
    assert record[1].source == "transcript" and "not kept" in record[1].note


def test_a_model_for_another_language_leaves_headlines_alone():
    tks = [_takeaway(1, "Cities must publish cycling data every month.", "en")]
    out, record = rewrite_headlines(tks, {"fr": lambda texts: ["Titre"] * len(texts)})
    assert out == tks and record == []


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A random-weight seq2seq model (Marian layout) with a tokenizer trained here: loads like a real one."""
    from confsynth.translators.testing import build_tiny_marian

    sentences = [SOURCE, "Les cantines scolaires doivent acheter local.", "La mesure d'impact coûte cher."] * 40
    return build_tiny_marian(tmp_path_factory.mktemp("models") / "tiny-headlines", sentences, sentences,
                             source="fr", target="fr", vocab_size=120)


def test_a_seq2seq_model_loads_offline_and_its_noise_never_reaches_the_report(tiny_model):
    model = Seq2SeqHeadlines(tiny_model, num_beams=1)
    titles = model.rewrite([SOURCE, "Les cantines scolaires doivent acheter local."])
    assert len(titles) == 2 and all(isinstance(t, str) for t in titles)
    tks = [_takeaway(1, make_headline(SOURCE, "fr"))]
    out, record = rewrite_headlines(tks, {"*": model})
    if record[0].source == "transcript":      # random weights: the check turns the noise away
        assert out == tks and "not kept" in record[0].note
    else:                                     # or, by chance, it only strung source words together
        assert check_headline(out[0].headline["fr"], [SOURCE], "fr") is None


def test_a_hub_name_is_found_in_the_hugging_face_cache(tiny_model, tmp_path, monkeypatch):
    repo = tmp_path / "hub" / "models--moussaKam--barthez-orangesum-title"
    shutil.copytree(tiny_model, repo / "snapshots" / "abc123")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("abc123")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.chdir(tmp_path)
    assert resolve_model("moussaKam/barthez-orangesum-title") == repo / "snapshots" / "abc123"
    models, problem = load_headline_models(["fr=moussaKam/barthez-orangesum-title"])
    assert problem is None and set(models) == {"fr"}


def test_a_missing_or_wrong_model_is_said_plainly(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelUnavailableError, match="not found"):
        resolve_model("nobody/no-such-model")
    (tmp_path / "not-a-model").mkdir()
    (tmp_path / "not-a-model" / "config.json").write_text(json.dumps({"model_type": "bert"}))
    models, problem = load_headline_models([str(tmp_path / "not-a-model")])
    assert models == {} and "cannot load" in problem


def test_the_run_still_writes_its_reports_without_the_model(tmp_path, monkeypatch):
    from confsynth.pipeline import load_models, run_batch

    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "atelier.txt").write_text(
        "Anna Berg (Université de Malmö): " + SOURCE + " Les petites associations n'ont pas les moyens de "
        "payer un cabinet d'évaluation, et personne ne leur rembourse ce temps.\n", encoding="utf-8")
    config = Config(translator="none", takeaways=1, headline_models=("nobody/no-such-model",))
    results = run_batch([inbox], tmp_path / "out", config, models=load_models(config))
    assert results[0].error is None
    data = json.loads((tmp_path / "out" / "atelier.synthesis.json").read_text(encoding="utf-8"))
    assert any(p.startswith("headline model unavailable: headline model 'nobody/no-such-model' not found")
               for p in data["problems"])
    assert data["takeaways"][0]["headline_source"] == "transcript"
