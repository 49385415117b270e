"""Key messages: pick N central, non-redundant points spread over the event, each backed by quotes.

Extractive: sentences are embedded once (multilingual, so a French and an English sentence on one
point land together); the event is cut into topics where neighbouring windows stop resembling
each other; points are chosen by centrality within their topic and across the event, with MMR
against redundancy and a bonus for topics not yet covered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from .quotes import QuoteCandidate, clean_disfluencies, passage_quality
from .records import Quote, Sentence, SourceRef, Takeaway, Turn

__all__ = ["TakeawayConfig", "select_takeaways", "make_headline", "segment_topics", "centrality"]


@dataclass(frozen=True)
class TakeawayConfig:
    """Knobs of the selection."""

    count: int = 8
    max_words: int | None = None         # whole synthesis budget: headlines + bodies + quotes
    order: str = "importance"            # or "time"
    body_sentences: int = 3
    quotes_per_takeaway: int = 2
    redundancy: float = 0.92             # cosine above which two points are the same point


_LEAD_FILLERS = {
    "fr": [r"donc", r"alors", r"et", r"mais", r"bon", r"ben", r"bah", r"voilà", r"en fait", r"du coup",
           r"enfin", r"effectivement", r"évidemment", r"bien sûr", r"oui", r"non", r"ok", r"d'accord",
           r"je (?:pense|crois|dirais|trouve) (?:que|qu')", r"il me semble (?:que|qu')", r"à mon avis",
           r"vous voyez", r"je veux dire", r"on va dire", r"en tout cas", r"et puis", r"puis", r"après"],
    "en": [r"so", r"and", r"but", r"well", r"yeah", r"yes", r"no", r"okay", r"ok", r"right", r"now",
           r"I (?:think|believe|guess|mean|would say)(?: that)?", r"you know", r"basically", r"actually",
           r"of course", r"obviously", r"in fact", r"let me say(?: that)?", r"I'd say(?: that)?", r"like"],
}
_INNER_FILLERS = {
    "fr": [r"vous voyez", r"je veux dire", r"on va dire", r"en fait", r"quoi", r"voilà", r"disons"],
    "en": [r"you know", r"I mean", r"kind of", r"sort of", r"basically", r"actually"],
}


def make_headline(text: str, language: str) -> str:
    """Compress a spoken sentence into a headline: drop disfluencies, openers and hedges, tidy the ends."""
    clean = " ".join(clean_disfluencies(text).text.replace("[…]", " ").split())
    leads = _LEAD_FILLERS.get(language, [])
    pattern = re.compile(r"^(?:(?:" + "|".join(leads) + r")\b[\s,;:—–-]*)+", re.IGNORECASE) if leads else None
    for _ in range(3):
        if pattern is None:
            break
        new = pattern.sub("", clean)
        if new == clean or len(new.split()) < 4:
            break
        clean = new
    for inner in _INNER_FILLERS.get(language, []):
        clean = re.sub(r",?\s*\b" + inner + r"\b\s*,?", lambda m: "," if m.group(0).strip().startswith(",")
                       and m.group(0).strip().endswith(",") else " ", clean, flags=re.IGNORECASE)
    clean = re.sub(r"\s+([,.;:!?])", lambda m: m.group(1) if m.group(1) in ",." else " " + m.group(1), clean)
    clean = re.sub(r"\s{2,}", " ", clean).strip(" ,;:—–-")
    if not clean:
        return text.strip()
    clean = clean[0].upper() + clean[1:]
    if clean[-1] not in ".!?…»”\"":
        clean += "."
    return clean


def centrality(vectors: np.ndarray, k: int = 10, chunk: int = 1024) -> np.ndarray:
    """Mean similarity of each sentence to its k nearest neighbours, computed in chunks (bounded memory)."""
    n = len(vectors)
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    k = max(1, min(k, n - 1))
    out = np.zeros(n, dtype=np.float32)
    for start in range(0, n, chunk):
        sims = vectors[start:start + chunk] @ vectors.T
        for r in range(sims.shape[0]):
            sims[r, start + r] = -1.0
        top = np.partition(sims, -k, axis=1)[:, -k:] if n > 1 else sims
        out[start:start + chunk] = top.mean(axis=1)
    return out


def segment_topics(vectors: np.ndarray, window: int = 6, min_size: int = 8) -> list[int]:
    """Topic id of each sentence: cut where the windows before and after a point stop resembling each other."""
    n = len(vectors)
    if n < 2 * min_size:
        return [0] * n
    gaps = np.zeros(n)
    for i in range(1, n):
        left = vectors[max(0, i - window):i].mean(axis=0)
        right = vectors[i:i + window].mean(axis=0)
        gaps[i] = float(left @ right / max(np.linalg.norm(left) * np.linalg.norm(right), 1e-8))
    # depth score (TextTiling): how far a similarity valley sits below the peaks around it
    depth = np.zeros(n)
    for i in range(1, n - 1):
        lpk = gaps[max(1, i - window):i + 1].max()
        rpk = gaps[i:min(n, i + window + 1)].max()
        depth[i] = (lpk - gaps[i]) + (rpk - gaps[i])
    valid = depth[1:-1]
    threshold = valid.mean() + 0.5 * valid.std() if len(valid) else 1.0
    cuts = []
    for i in np.argsort(-depth):
        if depth[i] <= threshold or i < min_size or n - i < min_size:
            continue
        if all(abs(i - c) >= min_size for c in cuts):
            cuts.append(int(i))
    cuts.sort()
    topics, t, ci = [], 0, 0
    for i in range(n):
        if ci < len(cuts) and i >= cuts[ci]:
            t += 1
            ci += 1
        topics.append(t)
    return topics


_PROCEDURAL_HEADLINE = re.compile(
    r"\b(merci|remercie|bonjour|bonsoir|bienvenue|la parole|applaudissements|thank(s| you)|welcome|hello"
    r"|over to you|the floor|next speaker|can you hear|m'entendez|m’entendez|je vous propose de|let me introduce"
    r"|introduce|présenter|présente|je laisse|passons|question suivante|next question)\b",
    re.IGNORECASE,
)


def _headline_ok(sentence: Sentence, speaker_role: str) -> float:
    """A sentence's fitness as a headline (0 means never): a claim of sensible length, not procedure."""
    words = len(sentence.text.split())
    if words < 7 or words > 55 or sentence.text.rstrip().endswith("?"):
        return 0.0
    if _PROCEDURAL_HEADLINE.search(sentence.text):
        return 0.0
    clean = clean_disfluencies(sentence.text)
    q = passage_quality(clean, sentence.language) + 0.15 * clean.cuts  # cuts don't matter: headlines are rewritten
    if speaker_role == "moderator":
        q -= 0.15   # moderators frame points; the speakers make them
    return max(0.0, q)


def select_takeaways(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    turns: Sequence[Turn],
    candidates: Sequence[QuoteCandidate],
    roles: dict[str, str],
    quotable: set[str],
    config: TakeawayConfig = TakeawayConfig(),
) -> list[Takeaway]:
    """Choose the event's key messages, with body sentences and quotes, ranked by importance."""
    n = len(sentences)
    if n == 0 or config.count <= 0:
        return []
    cent = centrality(vectors)
    topics = segment_topics(vectors)
    fitness = np.array([_headline_ok(s, roles.get(s.speaker_id, "speaker")) for s in sentences])
    # topic salience: how much of the event, and how many speakers, a topic holds
    topic_ids = sorted(set(topics))
    size = {t: topics.count(t) for t in topic_ids}
    voices = {t: len({sentences[i].speaker_id for i in range(n) if topics[i] == t}) for t in topic_ids}
    salience = {t: np.log1p(size[t]) * (1 + 0.15 * min(voices[t], 5)) for t in topic_ids}
    smax = max(salience.values())
    cmin, cmax = float(cent.min()), float(cent.max())
    cnorm = (cent - cmin) / (cmax - cmin) if cmax > cmin else np.ones(n)
    base = np.where(fitness > 0, cnorm + 0.6 * fitness + 0.4 * np.array([salience[t] / smax for t in topics]), -np.inf)

    chosen: list[int] = []
    covered: dict[int, int] = {}
    for _ in range(config.count):
        best, best_score = None, -np.inf
        for i in np.argsort(-base)[: max(200, 20 * config.count)]:
            if not np.isfinite(base[i]):
                break
            if chosen:
                red = float(max(vectors[i] @ vectors[j] for j in chosen))
                if red > config.redundancy:
                    continue
            else:
                red = 0.0
            score = base[i] - 0.7 * max(0.0, red - 0.75) * 4 - 0.35 * covered.get(topics[i], 0)
            if score > best_score:
                best, best_score = int(i), score
        if best is None:
            break
        chosen.append(best)
        covered[topics[best]] = covered.get(topics[best], 0) + 1

    used_sentences = set(chosen)
    used_quotes: set[tuple[int, int, int]] = set()
    takeaways = []
    for rank, i in enumerate(chosen, start=1):
        head = sentences[i]
        lang = head.language
        # body: the sentences elsewhere in the event closest to the point, other moments/speakers first
        sims = vectors @ vectors[i]
        order = np.argsort(-sims)
        body_idx: list[int] = []
        for j in order[:60]:
            j = int(j)
            if j in used_sentences or sims[j] < 0.8 or fitness[j] <= 0:
                continue
            if sentences[j].turn == head.turn and len(body_idx) == 0 and any(
                    sentences[k].turn != head.turn for k in order[:20] if sims[k] >= 0.8 and k != i):
                continue
            if any(float(vectors[j] @ vectors[b]) > config.redundancy for b in body_idx):
                continue
            body_idx.append(j)
            if len(body_idx) >= config.body_sentences:
                break
        used_sentences.update(body_idx)
        body_idx.sort()
        point = vectors[[i] + body_idx].mean(axis=0)
        point /= max(float(np.linalg.norm(point)), 1e-8)
        quotes = _pick_quotes(point, head, candidates, used_quotes, config.quotes_per_takeaway)
        body = " ".join(make_headline(sentences[j].text, sentences[j].language) for j in body_idx)
        refs = [sentences[j] for j in [i] + body_idx]
        takeaways.append(Takeaway(
            rank=rank,
            language=lang,
            headline={lang: make_headline(head.text, lang)},
            body={lang: body},
            quotes=tuple(quotes),
            speaker_ids=tuple(dict.fromkeys([s.speaker_id for s in refs] + [q.speaker_id for q in quotes])),
            sources=tuple(SourceRef(turns[s.turn].file, turns[s.turn].locate(s.start).line,
                                    turns[s.turn].locate(s.start).time, s.turn) for s in refs),
            position=i / max(1, n - 1),
        ))
    if config.order == "time":
        takeaways.sort(key=lambda t: t.position)
        takeaways = [replace(t, rank=r) for r, t in enumerate(takeaways, start=1)]
    return takeaways


def _pick_quotes(point: np.ndarray, head: Sentence, candidates: Sequence[QuoteCandidate],
                 used: set[tuple[int, int, int]], limit: int) -> list[Quote]:
    """The most relevant good passages on the point, one per speaker, never reused across takeaways."""
    scored = []
    for c in candidates:
        rel = float(c.vector @ point)
        if rel < 0.8 or c.quality < 0.3:
            continue
        scored.append((rel + 0.5 * c.quality, c))
    scored.sort(key=lambda x: -x[0])
    picked: list[QuoteCandidate] = []
    for _, c in scored:
        key = (c.quote.source.turn or 0, c.quote.span[0], c.quote.span[1])
        if any(_overlaps(c, u) for u in used) or any(p.quote.speaker_id == c.quote.speaker_id for p in picked):
            continue
        picked.append(c)
        used.add(key)
        if len(picked) >= limit:
            break
    return [p.quote for p in picked]


def _overlaps(c: QuoteCandidate, key: tuple[int, int, int]) -> bool:
    turn, s, e = key
    return c.quote.source.turn == turn and c.quote.span[0] < e and s < c.quote.span[1]
