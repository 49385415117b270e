"""Extractive peers for the summarisation benchmark, all at a word budget.

Every peer is a function ``peer(turns, language, budget_words, **kw) -> str`` (the oracle
also takes ``reference=``). They share one protocol:

1. the transcript is split into sentences turn by turn, keeping turn order
   (:func:`transcript_sentences`; regex splitter, no nltk data needed);
2. the method ranks sentences; sentences are taken in rank order until their words reach
   the budget, and the last one taken is cut so the total is exactly ``budget_words``
   words (:func:`assemble`; "word" = a ``\\w+`` token, as in :mod:`bench.rouge`);
3. the chosen sentences are output in transcript order, one per line.

Peers: ``lead``, ``random`` (seeded), sumy's ``lexrank``, ``textrank``, ``lsa``, ``luhn``,
``klsum`` (Snowball stemmer and sumy's stop-word list for the language), and the greedy
extractive ``oracle``.

sumy's reference implementations are quadratic in pure Python (LexRank/TextRank build the
sentence-similarity matrix pair by pair, LSA and Luhn have O(V*n) Python loops, KL-Sum
ranks the whole document at O(n^2 * words)); a 2,500-sentence ICSI meeting takes minutes.
The subclasses below compute the *same* matrices/ratings with numpy or incrementally
(see tests/test_bench_rouge.py::test_fast_sumy_matches_sumy, which checks rankings against
unmodified sumy), and KL-Sum stops ranking once the budget is filled.
"""
from __future__ import annotations

import math
import random as _random
import re
import warnings
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Callable

import numpy as np

from bench.rouge import LANGUAGES, WORD_RE, get_stemmer, truncate_words

__all__ = [
    "Sent",
    "split_sentences",
    "transcript_sentences",
    "assemble",
    "SumyWordTokenizer",
    "sumy_document",
    "sumy_summarizer",
    "sumy_ratings",
    "sumy_ranking",
    "lead",
    "random_peer",
    "sumy_peer",
    "oracle",
    "PEERS",
    "SUMY_METHODS",
]


# ------------------------------------------------------------------ sentence splitting

# Abbreviations whose final "." does not end a sentence (lowercased, without the dot).
_ABBREV = frozenset(
    """mr mrs ms dr prof hon st sr jr vs etc no nos fig approx dept gov sen rep gen col lt
    sgt capt inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e cf
    m mm mme mmes mlle mlles me pr dr ste cie env vol art p pp""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'»”)\]]*(?=\s+|$)")
_SPACES = re.compile(r"\s+")


def split_sentences(text: str) -> list[str]:
    """Regex sentence splitter for transcripts (also ASR text lowercased after a period).

    Splits after ``. ! ? …`` followed by whitespace, except after a known abbreviation
    (``Mr.``, ``Hon.``, ``M.``, ``Mme.`` ...) or a single letter (``U.K.``, ``J. Smith``).
    Pieces without any word character are glued to the previous sentence.
    """
    text = _SPACES.sub(" ", text).strip()
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            # the word right before the dot, e.g. "Mr" / "U.K" / "e.g"
            before = text[start:m.start()].rsplit(" ", 1)[-1].lower()
            if before in _ABBREV or re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", before):
                continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    merged: list[str] = []
    for s in out:
        if not WORD_RE.search(s):
            if merged:
                merged[-1] = merged[-1] + " " + s
            continue
        merged.append(s)
    return merged


@dataclass(frozen=True)
class Sent:
    index: int  # position in the transcript
    turn: int  # index of the turn it comes from
    speaker: str
    text: str
    n_words: int


def transcript_sentences(turns: list[tuple[str, str]]) -> list[Sent]:
    sents: list[Sent] = []
    for t, (speaker, text) in enumerate(turns):
        for s in split_sentences(text):
            sents.append(Sent(len(sents), t, speaker, s, sum(1 for _ in WORD_RE.finditer(s))))
    return sents


def assemble(sents: list[Sent], ranking: list[int], budget_words: int) -> str:
    """Take sentences in ``ranking`` order until ``budget_words``; cut the last one taken
    at the budget; return the chosen sentences in transcript order, one per line."""
    chosen: dict[int, str] = {}
    total = 0
    for i in ranking:
        if total >= budget_words:
            break
        s = sents[i]
        if s.n_words == 0 or i in chosen:
            continue
        left = budget_words - total
        chosen[i] = s.text if s.n_words <= left else truncate_words(s.text, left)
        total += min(s.n_words, left)
    return "\n".join(chosen[i] for i in sorted(chosen))


# ------------------------------------------------------------------------ simple peers


def lead(turns, language, budget_words, **_):
    sents = transcript_sentences(turns)
    return assemble(sents, list(range(len(sents))), budget_words)


def random_peer(turns, language, budget_words, seed: int = 0, meeting_id: str = "", **_):
    sents = transcript_sentences(turns)
    order = list(range(len(sents)))
    _random.Random(seed * 1_000_003 + zlib.crc32(meeting_id.encode())).shuffle(order)
    return assemble(sents, order, budget_words)


# ------------------------------------------------------------------------------ sumy

# sumy's Tokenizer needs nltk's punkt data (not installed, no network): documents are
# built here from our own sentences, with a word tokenizer that mimics sumy's output
# (alphabetic words, inner/trailing apostrophes and hyphens kept, so "don't", "l'",
# "peut-être" can match sumy's stop-word lists).
_SUMY_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?", re.UNICODE)


class SumyWordTokenizer:
    def __init__(self, language: str):
        self.language = language

    def to_words(self, text: str):
        return tuple(w.replace("’", "'") for w in _SUMY_WORD.findall(text))

    def to_sentences(self, text: str):
        return tuple(split_sentences(text))


def sumy_document(sents: list[Sent], language: str):
    """sumy ObjectDocumentModel: one Paragraph per turn, one Sentence per our sentence."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = SumyWordTokenizer(LANGUAGES.get(language, language))
    paras, cur, cur_turn = [], [], None
    for s in sents:
        if s.turn != cur_turn and cur:
            paras.append(Paragraph(cur))
            cur = []
        cur_turn = s.turn
        cur.append(Sentence(s.text, tok))
    if cur:
        paras.append(Paragraph(cur))
    return ObjectDocumentModel(paras)


def _fast_classes():
    """Subclasses of sumy's summarizers: same ratings, vectorised / incremental."""
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    def count_matrix(sentences_words):
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for r, words in enumerate(sentences_words):
            for w, c in Counter(words).items():
                rows.append(r)
                cols.append(vocab.setdefault(w, len(vocab)))
                vals.append(c)
        m = np.zeros((len(sentences_words), max(len(vocab), 1)))
        m[rows, cols] = vals
        return m, vocab

    class FastLexRank(LexRankSummarizer):
        def __call__(self, document, sentences_count):
            sentences_words = [self._to_words_set(s) for s in document.sentences]
            if not sentences_words:
                return ()
            n = len(sentences_words)
            counts, vocab = count_matrix(sentences_words)
            df = (counts > 0).sum(axis=0)
            idf = np.log(n / (1.0 + df))  # sumy: log(N / (1 + n_j))
            max_tf = counts.max(axis=1, keepdims=True)
            max_tf[max_tf == 0] = 1
            tfidf = counts / max_tf * idf
            norms = np.sqrt((tfidf ** 2).sum(axis=1))
            num = tfidf @ tfidf.T
            denom = np.outer(norms, norms)
            with np.errstate(divide="ignore", invalid="ignore"):
                cos = np.where(denom > 0, num / np.where(denom > 0, denom, 1), 0.0)
            adj = (cos > self.threshold).astype(float)
            degrees = adj.sum(axis=1)
            degrees[degrees == 0] = 1
            matrix = adj / degrees[:, None]
            scores = self.power_method(matrix, self.epsilon)
            ratings = dict(zip(document.sentences, scores))
            return self._get_best_sentences(document.sentences, sentences_count, ratings)

    class FastTextRank(TextRankSummarizer):
        def _create_matrix(self, document):
            sentences_words = [self._to_words_set(s) for s in document.sentences]
            n = len(sentences_words)
            counts, _ = count_matrix(sentences_words)
            rank = counts @ counts.T  # sum(words2.count(w) for w in words1)
            lengths = np.array([len(w) for w in sentences_words], dtype=float)
            with np.errstate(divide="ignore"):
                loglen = np.where(lengths > 0, np.log(np.where(lengths > 0, lengths, 1)), 0.0)
            norm = loglen[:, None] + loglen[None, :]
            close0 = np.isclose(norm, 0.0)
            weights = np.where(rank == 0, 0.0, np.where(close0, rank, rank / np.where(close0, 1, norm)))
            weights /= weights.sum(axis=1)[:, np.newaxis] + self._ZERO_DIVISION_PREVENTION
            return np.full((n, n), (1.0 - self.damping) / n) + self.damping * weights

    class FastLsa(LsaSummarizer):
        """sumy's LSA keeps all singular dimensions (REDUCTION_RATIO = 1, MIN_DIMENSIONS
        = 3 >= rank is never limiting), so its rating sqrt(sum_i sigma_i^2 v_ij^2) is
        exactly the Euclidean norm of sentence column j of the smoothed term matrix: compute
        that, without the SVD. Only the order among exactly tied ratings can differ from
        sumy (there it is floating-point noise; here it is transcript order)."""

        def _compute_term_frequency(self, matrix, smooth=0.4):
            mx = matrix.max(axis=0)
            nz = mx != 0
            matrix[:, nz] = smooth + (1.0 - smooth) * (matrix[:, nz] / mx[nz])
            return matrix

        def __call__(self, document, sentences_count):
            dictionary = self._create_dictionary(document)
            if not dictionary:
                return ()
            with warnings.catch_warnings():  # "fewer words than sentences": expected here
                warnings.simplefilter("ignore", UserWarning)
                matrix = self._create_matrix(document, dictionary)
            matrix = self._compute_term_frequency(matrix)
            dims = max(self.MIN_DIMENSIONS, int(min(matrix.shape) * self.REDUCTION_RATIO))
            assert dims >= min(matrix.shape)
            # rounded: sumy's dictionary comes from a frozenset, so row order (and the
            # float noise of the sum) changes with PYTHONHASHSEED; exact ties must stay ties
            ranks = iter(np.round(np.sqrt((matrix ** 2).sum(axis=0)), 9).tolist())
            return self._get_best_sentences(document.sentences, sentences_count, lambda s: next(ranks))

    class FastLuhn(LuhnSummarizer):
        def _get_significant_words(self, words):
            return frozenset(super()._get_significant_words(words))  # tuple -> O(1) lookups

    class BudgetKL(KLSummarizer):
        """sumy's KL-Sum greedy, incremental, ranking only until ``budget_words``.

        Same quirks as sumy: candidate sentences contribute their lowercased, stop-word-
        filtered words, the summary contributes its raw words (sumy joins
        ``_get_content_words_in_sentence(s)`` with ``_get_all_words_in_doc(summary)``).
        """

        budget_words: int | None = None

        def _compute_ratings(self, sentences):
            doc = self.compute_tf(sentences)
            sentences_list = list(sentences)
            cand_words = [self._get_content_words_in_sentence(s) for s in sentences_list]
            cand_counts = [Counter(w) for w in cand_words]
            cand_len = [len(w) for w in cand_words]
            n_words = [sum(1 for _ in WORD_RE.finditer(str(s))) for s in sentences_list]
            alive = list(range(len(sentences_list)))
            summ: Counter = Counter()
            summ_len = 0
            # KL(joint || doc) as computed by sumy = sum_{w in joint, doc[w]>0}
            #   doc[w] * log(doc[w] / joint[w]),  joint[w] = (c_s[w] + c_S[w]) / L
            # = A + log(L) * D  with A = sum d*log(d) - d*log(c), D = sum d, over joint words.
            a_sum = 0.0
            d_sum = 0.0
            ratings = {}
            taken_words = 0
            budget = self.budget_words
            while alive and (budget is None or taken_words < budget):
                best, best_kl = None, math.inf
                for pos, i in enumerate(alive):
                    total = cand_len[i] + summ_len
                    if total == 0:
                        kl = 0.0
                    else:
                        a, d = a_sum, d_sum
                        for w, c in cand_counts[i].items():
                            dw = doc.get(w)
                            if not dw:
                                continue
                            cs = summ.get(w, 0)
                            if cs:
                                a += dw * (math.log(cs) - math.log(cs + c))
                            else:
                                a += dw * (math.log(dw) - math.log(c))
                                d += dw
                        kl = a + math.log(total) * d
                    if kl < best_kl:  # first minimum, like list.index(min(kls))
                        best, best_kl, best_pos = i, kl, pos
                if best is None:
                    best, best_pos = alive[0], 0
                del alive[best_pos]
                s = sentences_list[best]
                for w in s.words:  # the summary's raw words (sumy's quirk)
                    dw = doc.get(w)
                    cs = summ.get(w, 0)
                    if dw:
                        if cs:
                            a_sum += dw * (math.log(cs) - math.log(cs + 1))
                        else:
                            a_sum += dw * math.log(dw)
                            d_sum += dw
                    summ[w] = cs + 1
                summ_len += len(s.words)
                ratings[s] = -1 * len(ratings)
                taken_words += n_words[best]
            for i in alive:  # not ranked (budget filled): below every ranked sentence
                ratings.setdefault(sentences_list[i], -math.inf)
            return ratings

    return {
        "lexrank": FastLexRank,
        "textrank": FastTextRank,
        "lsa": FastLsa,
        "luhn": FastLuhn,
        "klsum": BudgetKL,
    }


def _reference_classes():
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    return {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer, "lsa": LsaSummarizer,
            "luhn": LuhnSummarizer, "klsum": KLSummarizer}


_FAST = None
SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "klsum")


def sumy_summarizer(method: str, language: str, fast: bool = True):
    """A configured sumy summarizer (Snowball stemmer + sumy's stop words)."""
    global _FAST
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    if fast:
        if _FAST is None:
            _FAST = _fast_classes()
        cls = _FAST[method]
    else:
        cls = _reference_classes()[method]
    lang = LANGUAGES.get(language, language)
    summ = cls(Stemmer(lang))
    try:
        summ.stop_words = get_stop_words(lang)
    except LookupError:  # no list for this language in sumy
        pass
    return summ


def sumy_ratings(method: str, sents: list[Sent], language: str, budget_words: int | None = None,
                 fast: bool = True) -> list[tuple[int, float]]:
    """(sentence index, sumy rating) in the method's rank order, best first (ties in
    transcript order: sumy sorts stably)."""
    summ = sumy_summarizer(method, language, fast)
    if method == "klsum" and fast:
        summ.budget_words = budget_words
    doc = sumy_document(sents, language)
    ranked: list[tuple[int, float]] = []

    def take_all(infos):  # sumy passes the SentenceInfos sorted by rating, best first
        ranked.extend((info.order, float(info.rating)) for info in infos)
        return infos[:0]

    if sents:
        summ(doc, take_all)
    return ranked


def sumy_ranking(method: str, sents: list[Sent], language: str, budget_words: int | None = None,
                 fast: bool = True) -> list[int]:
    """Sentence indices in the method's rank order (best first)."""
    return [i for i, _ in sumy_ratings(method, sents, language, budget_words, fast)]


def sumy_peer(method: str) -> Callable[..., str]:
    def peer(turns, language, budget_words, **_):
        sents = transcript_sentences(turns)
        return assemble(sents, sumy_ranking(method, sents, language, budget_words), budget_words)

    peer.__name__ = method
    return peer


# ---------------------------------------------------------------------------- oracle


def oracle(turns, language, budget_words, reference: str = "", **_):
    """Greedy extractive oracle: repeatedly add the sentence (cut to the words left in the
    budget) that most increases ROUGE-1 F1 + ROUGE-2 F1 against ``reference``; stop when
    nothing increases it or the budget is filled. N-gram Counters are built once per
    sentence and the gain of a candidate is computed incrementally (O(its n-grams))."""
    sents = transcript_sentences(turns)
    stem = get_stemmer(language)
    ref_toks = [stem(w.lower()) for w in WORD_RE.findall(reference)]
    R1 = Counter(ref_toks)
    R2 = Counter(zip(ref_toks, ref_toks[1:]))
    nR1, nR2 = len(ref_toks), max(len(ref_toks) - 1, 0)
    toks = [[stem(w.lower()) for w in WORD_RE.findall(s.text)] for s in sents]
    full1 = [Counter(t) for t in toks]
    full2 = [Counter(zip(t, t[1:])) for t in toks]

    S1: Counter = Counter()
    S2: Counter = Counter()
    ov1 = ov2 = n1 = n2 = 0
    score = 0.0
    ranking: list[int] = []
    alive = [i for i, t in enumerate(toks) if t and (R1.keys() & full1[i].keys())]
    total = 0

    def gain(c: Counter, S: Counter, R: Counter) -> int:
        g = 0
        for k, v in c.items():
            r = R.get(k)
            if r:
                s = S.get(k, 0)
                if s < r:
                    g += min(s + v, r) - s
        return g

    while alive and total < budget_words:
        left = budget_words - total
        best = None
        best_score = score
        for pos, i in enumerate(alive):
            t = toks[i]
            if len(t) <= left:
                c1, c2, m = full1[i], full2[i], len(t)
            else:
                tt = t[:left]
                c1, c2, m = Counter(tt), Counter(zip(tt, tt[1:])), left
            o1 = ov1 + gain(c1, S1, R1)
            o2 = ov2 + gain(c2, S2, R2)
            f1 = 2 * o1 / (n1 + m + nR1) if n1 + m + nR1 else 0.0
            d2 = n2 + max(m - 1, 0) + nR2
            f2 = 2 * o2 / d2 if d2 else 0.0
            if f1 + f2 > best_score + 1e-12:
                best, best_score, best_pos, best_c = i, f1 + f2, pos, (c1, c2, m)
        if best is None:
            break
        c1, c2, m = best_c
        ov1 += gain(c1, S1, R1)
        ov2 += gain(c2, S2, R2)
        S1.update(c1)
        S2.update(c2)
        n1 += m
        n2 += max(m - 1, 0)
        score = best_score
        ranking.append(best)
        total += m
        del alive[best_pos]
    return assemble(sents, ranking, min(budget_words, total))


PEERS: dict[str, Callable[..., str]] = {
    "lead": lead,
    "random": random_peer,
    **{m: sumy_peer(m) for m in SUMY_METHODS},
    "oracle": oracle,
}
