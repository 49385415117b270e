"""Fast tests of the benchmark's ROUGE (bench/rouge.py) and of the peers' budget protocol."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

pytest.importorskip("nltk")  # Snowball stemmers (rule-based, no nltk data needed)

from bench.rouge import count_words, lcs_length, rouge, tokenize, truncate_words  # noqa: E402

EN_REF = (
    "The Project Manager gave an introduction to the goal of the project, to create a trendy yet "
    "user-friendly remote. The group discussed grouping features into a menu and adding an LCD display. "
    "They also discussed the look of various materials that may be used in the design."
)
EN_CAND = (
    "The project manager presented the budget and the group discussed the remote control design "
    "features, including a menu, an LCD display and the materials used in other remotes."
)


def f(scores):
    return {k: v.fmeasure for k, v in scores.items()}


def test_identical_texts_score_one():
    for lang, text in (("en", EN_REF), ("fr", "Nous avons lancé la première démarche d'open innovation.")):
        assert f(rouge(text, text, lang)) == pytest.approx({"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0})


def test_disjoint_texts_score_zero():
    assert f(rouge("alpha beta gamma delta", "one two three four", "en")) == {
        "rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    assert f(rouge("", EN_REF, "en"))["rouge1"] == 0.0


def test_accented_french_tokens_kept():
    toks = tokenize("Réunion à l'hôtel de ville : l’été, Île-de-France !", "fr", stem=False)
    assert toks == ["réunion", "à", "l", "hôtel", "de", "ville", "l", "été", "île", "de", "france"]
    # accents are part of the token: "été" is not "ete", "réseau" is not "r" + "seau"
    assert f(rouge("été", "ete", "fr"))["rouge1"] == 0.0
    assert f(rouge("réseau", "r seau", "fr"))["rouge1"] == 0.0
    # French Snowball stemming merges inflections
    assert f(rouge("les réunions publiques", "la réunion publique", "fr"))["rouge1"] == pytest.approx(2 / 3)


def test_stemming_merges_meetings_meeting():
    assert f(rouge("meetings", "meeting", "en"))["rouge1"] == 1.0
    assert f(rouge("meetings", "meeting", "en", stem=False))["rouge1"] == 0.0
    assert f(rouge("the meetings were discussed", "the meeting was discussing", "en"))["rouge2"] > 0


def test_agrees_with_rouge_score_on_english():
    rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")
    theirs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True).score(EN_REF, EN_CAND)
    ours = rouge(EN_CAND, EN_REF, "en")
    for k in ("rouge1", "rouge2", "rougeL"):
        assert ours[k].fmeasure == pytest.approx(theirs[k].fmeasure, abs=0.01), k
        assert ours[k].precision == pytest.approx(theirs[k].precision, abs=0.01), k
        assert ours[k].recall == pytest.approx(theirs[k].recall, abs=0.01), k


def test_lcs_matches_dynamic_programming():
    def dp(a, b):
        prev = [0] * (len(b) + 1)
        for x in a:
            cur = [0]
            for j, y in enumerate(b):
                cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
            prev = cur
        return prev[-1]

    rng = random.Random(7)
    for _ in range(300):
        a = [rng.randint(0, 4) for _ in range(rng.randint(0, 30))]
        b = [rng.randint(0, 4) for _ in range(rng.randint(0, 30))]
        assert lcs_length(a, b) == dp(a, b)


def test_word_budget_helpers():
    text = "Bonjour , c' est l'été ! On y va ?"
    assert count_words(text) == 8  # Bonjour c est l été On y va; punctuation is not a word
    assert truncate_words(text, 5) == "Bonjour , c' est l'été"
    assert truncate_words(text, 100) == text
    assert count_words(truncate_words(EN_REF, 17)) == 17


def _synthetic_turns(n_turns=40, seed=3):
    rng = random.Random(seed)
    vocab = ("budget remote design menu display battery button colour company market price users "
             "voice control case rubber plastic fruit fashion trend scroll wheel speech chip cost").split()
    glue = "the a we and of to it is that so".split()
    turns = []
    for t in range(n_turns):
        sents = []
        for _ in range(rng.randint(1, 3)):
            words = [rng.choice(vocab if rng.random() < 0.6 else glue) for _ in range(rng.randint(3, 18))]
            sents.append(" ".join(words).capitalize() + ".")
        turns.append((f"S{t % 4}", " ".join(sents)))
    return turns


@pytest.mark.filterwarnings("ignore:Number of words:UserWarning")
def test_fast_sumy_matches_sumy():
    """bench.peers' vectorised sumy subclasses rank sentences as unmodified sumy does."""
    pytest.importorskip("sumy")
    from bench.peers import SUMY_METHODS, sumy_ratings, transcript_sentences

    sents = transcript_sentences(_synthetic_turns())
    for method in SUMY_METHODS:
        ours = sumy_ratings(method, sents, "en", budget_words=10**9)
        ref = dict(sumy_ratings(method, sents, "en", fast=False))
        assert sorted(i for i, _ in ours) == sorted(ref)
        # our order is a valid best-first order under sumy's own ratings
        for (i, _), (j, _) in zip(ours, ours[1:]):
            assert ref[i] >= ref[j] - 1e-9, (method, i, j)
        if method == "klsum":  # same greedy picks
            assert [i for i, _ in ours[:20]] == [i for i, _ in sumy_ratings(method, sents, "en", fast=False)[:20]]


def test_peers_cut_at_exact_budget():
    pytest.importorskip("sumy")
    from bench.peers import PEERS

    turns = _synthetic_turns()
    ref = "The remote has a menu and a display; the budget and the price matter to users."
    for name, peer in PEERS.items():
        out = peer(turns, "en", 57, reference=ref, meeting_id="synthetic")
        if name == "oracle":
            assert 0 < count_words(out) <= 57
        else:
            assert count_words(out) == 57, name


def test_topic_coverage_counts_topics_and_cited_spans():
    from bench.peers import transcript_sentences
    from bench.topics import Annotated, peer_points, score

    # 6 kept turns; the file's turn 2 had no word, so kept turn 2 is the file's turn 3
    meeting = Annotated(id="m", turns=[("A", "x")] * 6, original=[0, 1, 3, 4, 5, 6],
                        topics=[{0, 1}, {3, 4}, {5, 6, 7, 8, 9, 10}], salient={1, 5})
    s = score(meeting, [1, 2])          # file turns 1 and 3: topics 1 and 2 of 3
    assert s["coverage"] == pytest.approx(2 / 3)
    assert s["weighted"] == pytest.approx(4 / 10)
    assert s["salient"] == pytest.approx(1 / 2)
    assert score(meeting, [4])["salient"] == 1.0   # kept turn 4 = file turn 5, cited

    turns = [("A", f"Sentence number {i} has enough words to count as a point here.") for i in range(12)]
    sents = transcript_sentences(turns)
    assert peer_points("lead", sents, 3, "en") == [0, 1, 2]
    assert peer_points("evenly spaced", sents, 3, "en") == [2, 6, 10]


def test_the_bench_cache_misses_when_the_analysis_code_changes(tmp_path, monkeypatch):
    import bench.summarization as bench_summarization

    src = tmp_path / "src" / "confsynth"
    (src / "render").mkdir(parents=True)
    for name in ("quotes.py", "takeaways.py", "render/docx.py"):
        (src / name).write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(bench_summarization, "REPO_ROOT", tmp_path)
    first = bench_summarization.analysis_code_hash()
    # tuning the selection or the drafts keeps the cached analysis ...
    (src / "takeaways.py").write_text("x = 2\n", encoding="utf-8")
    (src / "render" / "docx.py").write_text("x = 2\n", encoding="utf-8")
    assert bench_summarization.analysis_code_hash() == first
    # ... changing how passages are cut does not
    (src / "quotes.py").write_text("x = 2\n", encoding="utf-8")
    assert bench_summarization.analysis_code_hash() != first
