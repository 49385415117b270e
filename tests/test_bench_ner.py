"""The named-entity benchmark's reading of CoNLL files and its scores (bench/ner.py)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.ner import as_read, read_conll, score  # noqa: E402

CONLL = """I\tO
thank\tO
Mrs\tO
Plooij-van\tB-PER
Gorsel\tI-PER
of\tO
the\tO
European\tB-ORG
Parliament\tI-ORG
.\tO

Paris\tB-LOC
Berlin\tB-LOC
"""


def test_spans_are_character_offsets_in_the_rebuilt_sentence(tmp_path):
    path = tmp_path / "x.conll02"
    path.write_text(CONLL, encoding="utf-8")
    (text, spans), (text2, spans2) = read_conll(path)
    assert text == "I thank Mrs Plooij-van Gorsel of the European Parliament ."
    assert [(text[s:e], k) for s, e, k in spans] == [("Plooij-van Gorsel", "PER"), ("European Parliament", "ORG")]
    # two B- tags in a row are two entities
    assert [(text2[s:e], k) for s, e, k in spans2] == [("Paris", "LOC"), ("Berlin", "LOC")]


def test_a_name_is_read_without_its_honorific_and_scored_exactly():
    text = "I thank Mrs Plooij-van Gorsel 's report and Madam President ."
    gold = [[(12, 29, "PER")]]
    predicted = [[(8, 32, "PER"), (44, 49, "PER")]]   # "Mrs Plooij-van Gorsel 's", "Madam"
    assert score(gold, predicted)["PER"]["precision"] == 0.0
    read = as_read(text, predicted[0])
    assert [text[s:e] for s, e, _ in read] == ["Plooij-van Gorsel"]     # a lone "Madam" is nobody
    scores = score(gold, [read])["PER"]
    assert (scores["precision"], scores["recall"], scores["f1"]) == (1.0, 1.0, 1.0)
