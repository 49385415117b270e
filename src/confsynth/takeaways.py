"""Key messages: pick N central, non-redundant points spread over the event, each backed by quotes.

Extractive, on the transcript's structure. Sentences are embedded once (multilingual e5, so a
French and an English sentence on one point land together). The event is cut into topics where
neighbouring windows stop resembling each other (TextTiling on embeddings). Points are then chosen
greedily to maximise a monotone submodular objective (after Lin & Bilmes, 2011):

- *coverage*: how well the chosen points stand for every sentence of the event, each sentence's
  credit capped so that one crowded topic cannot take all the points;
- *diversity*: a square-root reward per topic, topics weighted by how many speakers engage in them;
- *concepts*: the event's recurring content words covered at least once (Gillick & Favre's
  concept coverage), which keeps the points concrete;

multiplied by a sentence's fitness as a headline (a claim of sensible length with a verb and
content words, not procedure, not a question) and guarded against near-duplicates. The order in
which the greedy step picks points is their importance.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from .quotes import (NAMED_ADDRESS, ONE_LETTER_WORDS, PROCEDURAL, UNHEARD, UNMARKED_QUESTION, QuoteCandidate,
                     GRAMMAR_WORDS, clean_disfluencies, cut_cost, fillers, is_closed,
                     list_number, passage_quality, punctuated, skip_openers, spelled_out, trails_off,
                     without_annotations)
from .ingest.labels import parse_label
from .mentions import ROLE_WORDS
from .names import says_any
from .speakers import FLOOR, NOT_SPEECH, ROOM_CALL
from .numbers import drop_restated_figures, figure_at, words_to_digits
from .records import Quote, Sentence, SourceRef, Takeaway, Turn

__all__ = ["TakeawayConfig", "select_takeaways", "make_headline", "segment_topics", "headline_fitness"]


@dataclass(frozen=True)
class TakeawayConfig:
    """Knobs of the selection."""

    count: int = 8
    max_words: int | None = None         # whole synthesis budget: headlines + bodies + quotes
    order: str = "importance"            # or "time"
    body_sentences: int = 3
    quotes_per_takeaway: int = 2
    redundancy: float = 0.93             # cosine above which two sentences make the same point
    neighbours: int = 40                 # similarity graph: each sentence's nearest neighbours
    coverage_cap: float = 0.25           # share of a sentence's neighbourhood credit that can be earned
    w_coverage: float = 0.5
    w_diversity: float = 0.6
    w_concepts: float = 2.0
    ideal_words: tuple[int, int] = (14, 34)   # headline length the editors like
    min_fitness: float = 0.25
    moderator_factor: float = 0.4
    bigram_concepts: bool = True
    body_similarity: float = 0.25        # closeness (meaning and shared concepts, 0..1) of a body statement
    quote_closeness: float = 0.2         # ... and of a quote, to its point
    on_point_meaning: float = 0.2        # a body statement or quote is on its point when this close in meaning
    on_point_concepts: float = 0.4       # (e5, relative to the event) or when it shares this much of its concepts
    quote_same_topic: float = 0.15       # closeness a quote gains to a point made in its own exchange (see exchanges)
    quote_other_topic: float = 0.35      # ... and the closeness (without that gain) it needs to a point made elsewhere
    body_same_topic: float = 0.15        # the same for a body statement: its gain in its point's exchange
    body_other_topic: float = 0.4        # ... and the closeness it needs to a point made elsewhere
    same_exchange_floor: float = 0.08    # closeness a passage needs on its own to gain from its point's exchange
    quote_context: float = 0.6           # a point, to place quotes, is its sentence and (this much) its neighbours
    quote_exchange: float = 0.3          # ... and (this much) the mean of the exchange it was made in
    answer_gain: float = 0.3             # closeness the answer to a question asked with a point gains to it
    quote_unshared: float = 1.0          # weight of a passage's own concepts in its share of the point's concepts
    fitness_power: float = 2.0
    anecdote_factor: float = 0.5         # fitness kept by a case told as an example (the claim it makes is elsewhere)
    # fitness gained by a sentence that states a figure (see _FIGURE): every review found the figures an editor
    # builds the post around missing ("motor traffic fell by 42 percent", « 42 % de ses ressources »). Measured
    # (a figure with its unit; bench/summarization.py, 1.0 -> 1.2: ROUGE-1 QMSum 27.9 -> 27.6 at the reference's
    # length and 27.6 -> 27.2 at 250 words, AMI/ICSI 32.2 -> 31.9 and 33.5 -> 33.1, the French meetings unchanged;
    # counting any number as a figure, the French ROUGE-2 at 250 words went 8.0 -> 8.5, but « pas 50 pour faire
    # plaisir au financeur » took a sample's recommendation's place)
    figure_factor: float = 1.2


# "that" after "I think" is a conjunction to drop, unless a verb follows: then it is the subject ("I guess
# that makes sense", "I think that's…")
_THAT = (r"(?: that(?!['’]|\s+(?:is|was|would|will|could|should|can|might|may|must|makes?|made|sounds?|seems?"
         r"|means?|works?|does|did|doesn't|didn't|isn't|wasn't|won't|has|had|depends|goes|comes|gives|helps"
         r"|needs|happens|matters|shows|says|sort of|kind of|really|just|probably|also|actually)\b))?")

# Openers that are words of the sentence too go only before a pause: "No, …" but "No one wants…", « Après,
# … » but « Après la crise… », « Enfin, … » but « Enfin une loi… », "Like any reform…"
_PAUSE = r"(?=\s*[,;:—–])"
# ... or before the talk goes on, in a transcript without commas: "Well I think we should…", "Right so the remote…"
_PAUSE_OR_TALK = r"(?=\s*[,;:—–]|\s+(?:I|we|you|they|so|okay|ok|um|uh|and|but)\b)"
_PAUSE_OR_TALK_FR = r"(?=\s*[,;:—–]|\s+(?:je|j'|on|nous|vous|il|elle|ils|elles|c'est|ça|euh|bon|donc)(?!\w))"
_PAUSE_OR_END = r"(?=\s*(?:[,;:—–.!?…]|$))"
# The speaker's own numbering of their points: « La deuxième chose, c'est que les communes… », "My first message
# is that transparency…", "First of all, …". An editor's headline states the point, not where it came in the
# talk (a list of key messages has its own numbers).
_SIGNPOST_NOUNS_EN = (r"(?:(?:big|important|key|main) )?(?:thing|point|message|lesson|takeaway|remark|comment"
                      r"|observation|element|idea|reason|recommendation|priority)")
_SIGNPOST_EN = (r"(?:(?:(?:the|my|our) )?(?:very )?(?:first|second|third|fourth|fifth|last|final|next|other)"
                r"(?: " + _SIGNPOST_NOUNS_EN + r"| one)?|(?:one|another) " + _SIGNPOST_NOUNS_EN + ")"
                r"(?: (?:I|we) (?:want(?:ed)? to|would like to|'d like to|wish to) (?:make|say|mention|stress|raise"
                r"|add|share|highlight|emphasi[sz]e|leave you with))?(?: here)? is(?: that\b|(?=\s*:)"
                r"|(?=\s+(?:we|I|you|they|it|there|he|she)\b))")   # ("The second point is we need…")
_SIGNPOST_NOUNS_FR = (r"(?:chose|point|message|raison|idée|élément|remarque|leçon|enseignement|recommandation"
                      r"|priorité|observation|constat)")
_SIGNPOST_FR = (r"(?:(?:(?:la|le|ma|mon|notre|une|un) )?(?:toute )?(?:première|premier|deuxième|second|seconde"
                r"|troisième|quatrième|dernière|dernier|autre)(?: " + _SIGNPOST_NOUNS_FR + r")?"
                r"|(?:une|un) " + _SIGNPOST_NOUNS_FR + ")"
                r"(?: (?:que|qu') ?(?:je|j'|on|nous) [^,;:.]{1,40}?)?,? (?:c'est|ce sont|c'était|est)"
                r"(?: (?:que|qu')|(?=\s*:))")
# The chair's recap of what was agreed or learnt, at the close: « Je récapitule les engagements pris ce soir : … »,
# "To sum up, we agreed to…". A summary by design, no framing.
# (what was agreed, not a summary of who said what: « Si je résume : pour Lukas, … ; pour Antoine, … » was a key
# message "made by" the moderator, and the speaker at the centre of that debate was never quoted)
_RECAP = re.compile(
    r"(?i:\b(?:(?:les|des) engagements"
    r" (?:pris|que nous avons pris|qu'on a pris)|(?:nous avons|on a) (?:décidé|convenu|retenu)|ce (?:que|qu') (?:on|nous)"
    r" (?:retien[ts]|retenons|a décidé|avons décidé)"
    r"|(?:we|you) (?:have )?(?:agreed|decided)|the (?:commitments|decisions|actions) (?:we|you) (?:made|took|agreed)"
    r"|the (?:commitments|decisions|action points) (?:made|taken|agreed)(?: tonight| today| this \w+)?"
    # ... and the vote that ends a debate: "After the debate: 55 per cent for the motion…", « la motion est adoptée »
    # (an Oxford-style debate's result was nowhere; its chair's closing slogan was a key message)
    r"|the motion (?:is|has been|was) (?:therefore |thus )?(?:carried|defeated|passed|rejected|adopted)"
    r"|(?:per ?cent|%) (?:for|against) the motion|(?:la )?motion (?:est|a été) (?:donc )?(?:adoptée|rejetée)"
    r"|(?:pour ?cent|%) pour la motion|adoptée?s? à l'unanimité)\b)")
# ... but a recap of what the panel said ("To sum up what I heard tonight: …", « Pour résumer ce que j'ai entendu
# ce soir : … ») restates points the speakers made themselves: those are the key messages, in their words
_HEARD = re.compile(
    r"(?i:\bce (?:que|qu') ?(?:j'ai|nous avons|on a) (?:entendu|appris)|\bce (?:que|qu') ?(?:vous avez|ils ont|elles ont"
    r"|nos intervenants ont) dit|\bwhat (?:I|we)(?: have|'ve)? (?:heard|learn[te]d)\b|\bwhat (?:you|they|our (?:panel"
    r"|panelists|speakers))(?: have|'ve)? said\b)")
# a sentence's lead that only numbers its claim
_SIGNPOSTED = {lang: re.compile(r"^\W*(?:(?:and|so|et|donc|alors)\s+)?(?:" + rx + r")\s*", re.IGNORECASE)
               for lang, rx in (("en", _SIGNPOST_EN), ("fr", _SIGNPOST_FR))}
_NOTHING = re.compile(r"(?!)")
# The speaker naming a sentence as their message: "So my message is: energy communities must be designed first for
# the households…", "My point is: low-emission zones must come with targeted compensation.", "for me the first
# message is very simple: …", « Mon message, c'est que… », « Donc, deuxième message : … », « Mon message à moi, il
# est pour les financeurs : … », « l'exhaustivité n'est pas un détail : c'est le cœur du projet »
_ORDINALS_EN = r"(?:first|second|third|fourth|fifth|last|final|main|key|central|core|one|big|real|take-?home)"
_ORDINALS_FR = r"(?:premier|deuxième|second|troisième|quatrième|cinquième|dernier|principal|seul|vrai)"
# (and the message the speaker wants to leave: « Le message que je voudrais faire passer, c'est qu'il faut financer le
# fonctionnement », "The message I want to leave you with is that…")
_OWN_MESSAGE_EN = (r"(?:(?:my|our) (?:" + _ORDINALS_EN + r" )?(?:message|takeaway|point|recommendation|plea)"
                   r"|the (?:" + _ORDINALS_EN + r" )?(?:message|takeaway))(?: (?:to you|for you|here|today|tonight"
                   r"|to (?:[\w-]+ ){0,2}[\w-]+))?"   # ("my message to European governments is simple: ratify it")
                   r"(?: (?:that )?(?:I|we)(?: want| would like|'d like) to (?:leave you with|get across|pass on)"
                   # (and what the room is to remember: "the first message I'd like you to remember tonight is…")
                   r"| (?:that )?(?:I|we)(?: want| would like|'d like) you to (?:remember|take away|keep in mind))?"
                   r"(?: (?:today|tonight|this (?:morning|afternoon|evening)))?")
_OWN_MESSAGE_FR = (r"(?:(?:mon|notre|le) (?:" + _ORDINALS_FR + r" )?message|(?:ma|notre) (?:recommandation|proposition)"
                   r"(?: principale)?)(?: à moi| (?:que|qu') ?(?:je|j'|nous|on) (?:voudrais|veux|souhaite|souhaiterais"
                   r"|aimerais|voulons|voudrait) (?:faire passer|vous laisser|partager"
                   # (and what the room is to remember: « le premier message que je voudrais que vous reteniez ce soir : »)
                   r"|(?:que|qu') ?(?:vous|tu) (?:reteniez|gardiez)(?: en tête)?)"
                   r"(?: ce soir| aujourd'hui| ce matin| cet après-midi)?)?")
_OWN_MESSAGE = {
    # (not what the point is about: "My second point is about the EU database." announces it)
    "en": re.compile(r"(?i:\b" + _OWN_MESSAGE_EN + r"\s*(?:,\s*)?(?:(?:is|would be|will be)\b(?!\s+about\b)|:))"),
    "fr": re.compile(r"(?i:\b" + _OWN_MESSAGE_FR + r"\s*(?:,\s*(?:pour moi,\s*)?)?(?:(?:c'est|ce serait|est|il est)\b|:)"
                     r"|\b" + _ORDINALS_FR + r" message\s*[:,]|\bc'est (?:le cœur|le coeur|l'essentiel) d(?:u|e|es)\b)"),
}


def flags_message(sentence: Sentence) -> bool:
    """Whether the speaker says the sentence is their message (see ``_OWN_MESSAGE``)."""
    pattern = _OWN_MESSAGE.get(sentence.language)
    return pattern is not None and bool(pattern.search(sentence.text.replace("’", "'")))


# The next message of a speaker who numbered their first: « Donc, le premier message, pour moi, c'est que… » then
# « Ensuite il y a un deuxième point, que je veux poser tout de suite pour le débat : local ne veut pas dire
# automatiquement durable. » (said before a colon or « c'est que »: "My fourth point, and then I'll stop and take
# your questions, is about skills and procurement." only announces it)
_NEXT_MESSAGE = {
    "en": re.compile(r"(?i:\b(?:second|third|fourth|fifth|last|final) (?:point|message|thing|lesson|takeaway)\b"
                     r"[^.:;]{0,80}?(?::|\bis that\b))"),
    "fr": re.compile(r"(?i:\b(?:deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière)"
                     r" (?:point|message|chose|idée|leçon|enseignement)\b[^.:;]{0,80}?(?::|\bc'est (?:que|qu')))"),
}


def flagged_messages(sentences: Sequence[Sentence], roles: dict[str, str],
                     flags: np.ndarray | None = None) -> np.ndarray:
    """The speakers' own messages (not the chair's nor the floor's): the sentences they flag so (see
    ``flags_message``; ``flags``: its answer for each sentence, where known), and in a turn that flagged one, the
    next they number (see ``_NEXT_MESSAGE``)."""
    mask = np.zeros(len(sentences), dtype=bool)
    flagged_turns: set[int] = set()
    for i, s in enumerate(sentences):
        if roles.get(s.speaker_id, "speaker") != "speaker":
            continue
        if flags[i] if flags is not None else flags_message(s):
            mask[i] = True
            flagged_turns.add(s.turn)
        elif s.turn in flagged_turns:
            rx = _NEXT_MESSAGE.get(s.language)
            mask[i] = rx is not None and bool(rx.search(s.text))
    return mask


# Whose view or source a claim is, said before it: "My view is that the cross-border lines … are a European public
# good", "Our study shows that wages in the social sector are…", « Ce que je vois, c'est que sans encadrement… »: the
# headline states the claim (its speaker is named under it). A view keeps its frame where a figure comes right after
# it (see ``_HEDGE_LEAD``), an estimate where the figure it gives would read as exact (see ``_estimate_stated``).
# (Not "In my experience, …": it says the claim rests on one person's practice, and without it a case reads as a
# rule; nor "We found that…", "We found irregularities in two of the 40 committees": what the speakers did is the
# finding, where "What we found is that…" only announces it.)
_VIEW_FRAME = {
    "en": r"in (?:my|our) (?:(?:own|personal|humble) )?(?:view|opinion)(?!\s+of\b)"
          r"|(?:my|our) (?:(?:own|personal|honest|strong|firm) )?(?:view|sense|feeling|conviction|belief|position"
          r"|opinion|impression)(?: here| on this)? (?:is|would be)(?: that\b(?!\s+of\b)|(?=\s*:))",
    "fr": r"selon moi|à mon sens|à mes yeux|(?:de|selon) (?:mon|notre) point de vue"
          r"|(?:(?:ma|notre) (?:(?:profonde|intime) )?(?:conviction|position|impression)(?: profonde| intime)?"
          r"|(?:mon|notre) (?:sentiment|avis|point de vue|opinion|impression))(?: personnel(?:le)?)?,?"
          r" (?:c'est|ce serait|est|il est|elle est)(?: (?:que|qu')|(?=\s*:))",
}
_ESTIMATE_FRAME = {
    "en": r"(?:in|by|according to) (?:my|our) (?:own )?(?:estimates?|estimations?|calculations?|reckoning)"
          r"|(?:my|our) (?:(?:own|best) )?(?:estimate|calculation) is that\b|we (?:estimate|calculate|reckon) that\b",
    "fr": r"(?:selon|d'après) (?:mes|nos|mon|notre) (?:propres? )?(?:estimations?|calculs?)"
          r"|(?:nous estimons|on estime|nous calculons) (?:que|qu')",
}
_SOURCE_FRAME = {
    "en": r"what (?:I|we) (?:see|saw|find|found|observe|observed|notice|noticed"
          r"|(?:have|'ve) (?:seen|found|observed|noticed))(?: (?:on the ground|in practice|in the field|every day))?"
          r" is(?: that\b|(?: this)?(?=\s*:))"
          r"|(?:(?:my|our) (?:own |latest |new |recent )?|the )(?:study|studies|survey|surveys|research|data|analysis"
          r"|figures|numbers|evaluation|evidence) (?:clearly )?(?:shows?|showed|has shown|have shown|finds|found"
          r"|confirms?|confirmed|tells? us|demonstrates?) that\b"
          r"|according to (?:my|our) (?:own |latest )?(?:study|survey|research|data|analysis|figures|numbers)",
    "fr": r"ce (?:que |qu')(?:je |j'|nous |on )(?:vois|voit|voyons|constate|constatons|observe|observons|remarque"
          r"|ai vu|ai constaté|ai observé|avons vu|avons constaté|avons observé|a vu|a constaté|a observé)"
          r"(?: sur le terrain| au quotidien| tous les jours)?,? (?:c'est (?:que|qu')|(?=\s*:))"
          r"|(?:je|nous|on) (?:constate|constatons|observe|observons) (?:que|qu')"
          r"|(?:(?:notre|nos|les) |l')(?:(?:propres?|dernières?|derniers) )?(?:étude|études|enquête|enquêtes|chiffres"
          r"|données|analyse|analyses|travaux|évaluation) (?:montre|montrent|a montré|ont montré|confirme|confirment"
          r"|démontre|démontrent) (?:que|qu')"
          r"|(?:selon|d'après) (?:notre|nos) (?:propres? )?(?:étude|études|enquête|chiffres|données|analyse)",
}


_LEAD_FILLERS = {
    "fr": [r"vous avez raison", r"tu as raison", r"c'est vrai", r"tout à fait", r"exactement", r"absolument",
           r"c'est (?:justement |exactement |précisément )?pour (?:ça|cela) (?:que|qu')",
           r"donc", r"alors", r"et", r"mais", r"ou" + _PAUSE,
           # « Or un diagnostic coûte moins de 5 000 euros… » (the connective, not gold: « or noir », « or et argent »)
           r"or(?!\s+(?:noir|blanc|bleu|vert|jaune|rouge|gris|massif|et|ou|des|du|de)\b)",
           r"parce (?:que|qu')", r"car", r"bon",
           r"ben(?!\s+(?-i:[A-ZÀ-Ý]))",   # (not "Ben Johnson a raison…")
           r"bah",
           r"voilà" + _PAUSE, r"disons (?:que|qu')",
           r"en fait", r"du coup", r"moi",
           r"pour moi", r"ce que je retiens,? c'est (?:que|qu')",
           # the closing round's « Je retiens que, pour la première fois, la société reconnaît… », and the candour
           # or politeness before a claim: « Je ne vais pas vous mentir, passer à 1 000 mètres… », « Si je peux me
           # permettre, le solaire en toiture… » (wind-farm public debate)
           r"je retiens (?:que|qu')", r"je ne vais pas vous mentir" + _PAUSE,
           r"(?:sauf votre respect|avec (?:tout )?le respect que je vous dois|avec tout mon respect)" + _PAUSE, r"si je (?:peux|puis) me permettre" + _PAUSE, r"je (?:voudrais|veux) dire (?:que|qu')",
           # the closing round's prompt said again: « Une phrase : la prévention, ça coûte moins cher… »
           r"(?:en )?une (?:seule )?phrase(?=\s*:)", r"(?:en )?un mot(?=\s*:)",
           r"honnêtement", r"franchement", r"concrètement", r"aujourd'hui",
           r"enfin" + _PAUSE_OR_TALK_FR, r"effectivement", r"évidemment", r"bien sûr", r"oui",
           r"non" + _PAUSE_OR_TALK_FR, r"ok", r"d'accord",
           r"je (?:pense|crois|dirais|trouve) (?:que|qu')", r"il me semble (?:que|qu')", r"à mon avis",
           # whose view or source: « Selon moi, … », « Ce que je vois, c'est que… » (see _VIEW_FRAME)
           _VIEW_FRAME["fr"], _ESTIMATE_FRAME["fr"], _SOURCE_FRAME["fr"],
           r"vous voyez", r"je veux dire", r"on va dire", r"en tout cas", r"et puis", r"puis",
           r"après" + _PAUSE_OR_TALK_FR, r"surtout" + _PAUSE_OR_TALK_FR,
           r"ensuite", r"justement", r"en gros", r"en réalité" + _PAUSE_OR_TALK_FR,
           _SIGNPOST_FR,
           # « Mon message, c'est que… », « Mon message, c'est donc : … » (see _OWN_MESSAGE)
           # (« Le message que je voudrais faire passer » is no « Le message que »: the verb comes before « que »)
           r"(?:c'est ça,? )?" + _OWN_MESSAGE_FR
           + r",?(?: pour moi,)?(?:(?: (?:c'est|ce serait|est|il est))(?: donc)?(?: (?:que|qu')|(?=\s*:))"
           r"|(?=\s*:))",
           # « Deuxième point, il faut… », « Dernière chose : … »; « il y a un deuxième point, que je veux poser tout de
           # suite pour le débat : local ne veut pas dire automatiquement durable »
           r"il y a (?:aussi )?(?:un|une) (?:deuxième|second|seconde|troisième|quatrième|dernier|dernière|autre) "
           + _SIGNPOST_NOUNS_FR + r"(?:,? (?:que|qu') ?[^,;:.]{1,60})?(?=\s*:)",
           r"(?:(?:le|la|un|une) )?(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième"
           r"|septième|dernier|dernière|autre)(?: et (?:dernier|dernière))? " + _SIGNPOST_NOUNS_FR + _PAUSE,
           r"(?:premièrement|deuxièmement|troisièmement|quatrièmement|tout d'abord|d'abord"
           r"|en premier lieu|en second lieu|en dernier lieu)(?:" + _PAUSE_OR_TALK_FR + r"|(?=\s+(?:mais|et|parce)\b))",
           # what the speaker ranks first, before the colon: « C'est peut-être le plus important : la santé
           # mentale… », « Le plus important, c'est que… »
           r"c'est (?:peut-être |sans doute |probablement |vraiment |pour moi )?(?:le plus important|l'essentiel"
           r"|la chose la plus importante|le point (?:le plus important|essentiel|central|clé))(?=\s*:)",
           r"(?:le plus important|l'essentiel|la chose la plus importante)(?:,? c'est (?:que|qu')|(?=\s*:))",
           # what the person addressed said, conceded before the claim: « Vous parlez de places disponibles, mais
           # une place à 7 h 40 ne sert à rien… »
           r"(?:vous|tu) (?:parlez|parliez|avez parlé|parles|as parlé) (?:de|d'|du|des) [^,;:]{1,60}, mais",
           r"(?:vous|tu) (?:dites|disiez|avez dit|dis|as dit) (?:que|qu') ?[^,;:]{1,80}, mais",
           r"je récapitule", r"pour (?:récapituler|résumer|conclure)", r"en résumé",
           r"(?:un|une|deux|trois|quatre|cinq|six|sept)(?=\s*:)",   # (« Un : on n'est jamais trop petit… »)
           # ... or a comma (« Un, tripler le bonus. Deux, obliger les fabricants… »), not a count (« deux, trois
           # personnes »); and what the list led to (« Résultat, on a financé 240 micro-projets »)
           r"(?:un|deux|trois|quatre|cinq)(?=\s*,(?!\s*(?:et |ou )?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
           r"|vingt|trente|cent|mille)\b|\d))",
           r"résultat(?=\s*[,:])",
           # the figure announced (« Pour vous donner une idée : dans notre département… »), the thing added (« Je
           # rajoute une chose : … »), the room called to listen (« Écoutez, … »)
           r"pour (?:vous )?donner (?:une idée|un ordre de grandeur|un exemple|un chiffre)(?=\s*[,:])",
           r"(?:je (?:rajoute|rajouterais|rajouterai))(?: (?:juste )?(?:une|un) (?:\w+ )?(?:chose|point|mot)(?=\s*:)"
           r"| (?:que|qu'))", r"écoutez" + _PAUSE, r"sérieusement", r"très (?:honnêtement|franchement)",
           r"(?:j'ajoute|j'ajouterais|j'ajouterai|je (?:voudrais|veux|vais) (?:juste )?ajouter|permettez-moi d'ajouter"
           r"|si je peux (?:me permettre d')?ajouter)"
           r" (?:juste )?(?:une|un)"
           r" (?:\w+ )?(?:chose|point|mot)(?=\s*:)",
           # « Je voudrais insister aussi sur un point : le gaspillage, c'est un problème climatique. »
           r"(?:je (?:voudrais|veux|vais) (?:juste )?insister|j'insiste) (?:aussi |encore )?sur (?:un|une|deux)"
           r" (?:\w+ )?(?:chose|point|choses|points)(?=\s*:)",
           # what the recap is of: « Pour résumer ce que j'ai entendu ce soir : il faut… »
           r"ce (?:que|qu') ?(?:j'ai|nous avons|on a) (?:entendu|retenu|appris)(?: ce soir| aujourd'hui| ce matin"
           r"| cet après-midi)?,?(?: c'est (?:que|qu')|(?=\s*:))",
           # the proposal announced as such: « Ma piste : aligner la fiscalité… », « Ma proposition, c'est de
           # mobiliser le foncier… » (the headline states it: « Mobiliser le foncier… »)
           # (and numbered: « Ma deuxième recommandation, c'est de financer le fonctionnement »)
           r"(?:ma|notre) (?:" + _ORDINALS_FR.replace("premier|", "première|premier|") + r" )?"
           r"(?:piste|proposition|recommandation|priorité|demande)(?: ici)?(?:,? c'est de(?= \w)|(?=\s*:)"
           r"|,? c'est(?= (?:un|une|le|la|les|des) ))",
           # where the talk has got to, before the colon: « C'est là que j'arrive au quatrième message, le plus
           # difficile : il faut… »
           r"(?:c'est là que |et )?j'(?:en )?(?:arrive|viens) (?:à|au) (?:mon |ma |la |le )?(?:"
           + _ORDINALS_FR.replace("premier|", "première|premier|") + r" )?(?:message|point|recommandation|proposition)"
           r"[^:;.]{0,40}(?=\s*:)",
           # the announcement before the colon: « Ma recommandation elle est assez simple : il faut… »
           r"(?:ma|mon|notre|la|le) (?:recommandation|proposition|conviction|conclusion|message|idée|piste|demande"
           r"|priorité)(?: elle| il)?"
           r" (?:est|c'est) (?:assez |très |toute |tout |vraiment )?simple(?=\s*:)",
           # how the speaker will speak, before the colon: « Je voudrais partir d'un constat : … », « Il faut être
           # très clair : … », « Je vais être honnête : … », « Soyons lucides : … »
           r"(?:je (?:voudrais|veux|vais|souhaite)|j'aimerais|permettez-moi de|laissez-moi) (?:partir|commencer)"
           r" (?:d'|par )un (?:constat|chiffre|exemple)(?: simple)?(?=\s*:)",
           r"(?:(?:il faut être|je (?:vais|veux|voudrais|dois) être|je serai|soyons|disons-le) (?:très |bien |tout à fait )?"
           r"(?:clairs?|claires?|honnêtes?|francs?|franches?|lucides?|directs?|directes?)"
           r"|je (?:le )?(?:dis|redis) (?:franchement|clairement|très clairement|honnêtement|simplement))(?=\s*:)",
           r"par contre", r"en revanche", r"cependant", r"toutefois", r"néanmoins", r"il faut savoir (?:que|qu')",
           # the speaker's insistence before the claim: « Il faut rappeler qu'aujourd'hui 2,6 millions de ménages… »,
           # « Je dis qu'il faut un accompagnement… »
           r"il (?:faut|faudrait) (?:rappeler|souligner|redire|dire|noter|le dire|le rappeler|bien voir) (?:que|qu')",
           r"je (?:le )?(?:dis|redis|répète|rappelle|souligne) (?:que|qu')",
           r"(?:encore )?une fois" + _PAUSE, r"pour (?:en )?revenir (?:à|a|au|aux|sur) [^,;:]{1,40}" + _PAUSE,
           # the address that opens every answer in an assembly: « Monsieur le Président, … »
           r"(?:monsieur|madame) (?:le |la )?(?:président|présidente|ministre|maire|rapporteur|rapporteure|député"
           r"|députée|sénateur|sénatrice|préfet|préfète)",
           NAMED_ADDRESS,
           # ... and the room: « Mes chers collègues, … », « Mesdames et messieurs, … »
           r"(?:(?:mes )?(?:très )?chers (?:collègues|amis)|mesdames(?:,| et) messieurs)" + _PAUSE,
           # what the listener already knows: « Comme vous le savez, … », « Comme je le disais, … »
           r"comme (?:vous le savez|vous le savez tous|on le sait|chacun (?:le )?sait|vous le disiez"
           r"|je (?:le |l'ai |vous l'ai |vous le )(?:disais|dit)|(?:je l'ai|on l'a|vous l'avez|tu l'as) (?:dit|vu|entendu))"
           r"(?: tout à l'heure| plus tôt| déjà| précédemment)?" + _PAUSE],
    "en": [r"you(?:'re| are) (?:right|absolutely right)", r"exactly", r"absolutely", r"indeed", r"if I may (?:add|say)", r"if I may" + _PAUSE,
           # candour announced before the claim: "I'm not going to lie to you, the first year was hard…"
           r"(?:I'm not going to|I am not going to|I won't|I will not) lie(?: to you)?" + _PAUSE,
           r"to be (?:honest|frank)" + _PAUSE,
           # the courtesy before a rebuttal: "With respect, Chair, they're designed to operate in exceptional rain."
           # (a committee hearing's key message), "With all due respect, …"
           # (not "With respect to Germany, exports fell…": that is "as for Germany")
           r"(?:with (?:all due|the greatest|the utmost|great) respect(?:,? (?:to (?:the )?)?(?:Chair|Minister"
           r"|(?:Mr\.?|Madam|Ms\.?|Mrs\.?) (?:Chair|\w+)|(?-i:[A-Z][\w'-]+)))?"
           r"|with respect(?:, (?:Chair|Minister|(?:Mr\.?|Madam|Ms\.?|Mrs\.?) (?:Chair|\w+)|(?-i:[A-Z][\w'-]+)))?)"
           + _PAUSE,
           # the item announced before its colon: "I would add one thing: we also need strategic partnerships…"
           r"(?:I'd|I would|I'll|let me|I want to|I'd like to) (?:just )?add (?:one|a|another) (?:\w+ )?(?:thing|point)"
           r"(?=\s*:)",
           # ... or what comes: "I'd add that Iceland hired extra staff", "To give you an idea: …", "Look, …"
           r"(?:I'd|I would|let me|I'd like to|can I) (?:just )?add that", r"to give you (?:an idea|a sense|a feel"
           r"|an example|a figure)(?=\s*[,:])", r"look" + _PAUSE, r"listen" + _PAUSE, r"seriously",
           # how the speaker will speak, before the colon: "Let me be clear: …", "To be honest: …"
           r"(?:let me be|to be|I'll be|I will be|I want to be|let's be|I have to be|I must be) (?:very |really |quite )?"
           r"(?:clear|honest|frank|blunt|direct)(?=\s*:)",
           r"that's (?:exactly |precisely )?why", r"so(?!\s+(?:far|many|much|few|little|long|often|called)\b)", r"and",
           r"but", r"or", r"because(?!\s+of\b)", r"'cause", r"well" + _PAUSE_OR_TALK, r"yeah", r"yes",
           r"no" + _PAUSE, r"okay", r"ok", r"right" + _PAUSE_OR_TALK, r"now" + _PAUSE, r"honestly",
           r"frankly", r"what I (?:want to say|mean) is" + _THAT, r"my point is" + _THAT, r"for me",
           # ("I think, though, that at the committee…": the "that" goes with the opener)
           r"I (?:think|believe|guess|suppose|mean|would say)(?:,? (?:though|however|also|really|honestly"
           r"|personally|too),?)?" + _THAT, r"you know", r"basically", r"actually",
           r"of course", r"obviously", r"in fact", r"let me say" + _THAT, r"I'd say" + _THAT, r"like" + _PAUSE,
           r"(?:it's|it is) worth (?:remembering|recalling|noting|saying)" + _THAT, r"let me remind you" + _THAT,
           r"though" + _PAUSE,
           _SIGNPOST_EN, r"(?:first|second|third)" + _PAUSE,
           # the message named as such: "So my message is: …", "My message is that…" (see _OWN_MESSAGE)
           r"(?:(?:this|here) is )?" + _OWN_MESSAGE_EN
           + r"(?: (?:is|would be|will be))?(?: this| (?:very |quite |really )?simple)?(?: that\b|(?=\s*:))",
           # a recap's numbers: "One: you're not too small to be a target…"
           r"(?:one|two|three|four|five|six|seven)(?=\s*:)",
           r"(?:one|two|three|four|five)(?=\s*,(?!\s*(?:or |and )?(?:two|three|four|five|six|seven|eight|nine|ten"
           r"|twenty|hundred)\b|\d))",
           # whose view it is, before the colon: "From my side: every member state should…"
           r"(?:from my side|on my side|for my part|speaking for myself)" + _PAUSE,
           # ... or before the claim: "My view is that…", "In our estimate…", "Our study shows that…" (see _VIEW_FRAME)
           _VIEW_FRAME["en"], _ESTIMATE_FRAME["en"], _SOURCE_FRAME["en"],
           # the number and a pause: "Second thing, the battery has to be rechargeable."
           r"(?:(?:the|my|our) )?(?:first|second|third|fourth|fifth|sixth|seventh|last|final|next|one more|another)"
           r"(?: and (?:last|final))? " + _SIGNPOST_NOUNS_EN + _PAUSE,
           r"(?:firstly|secondly|thirdly|lastly|finally|first of all|first and foremost|to (?:begin|start) with)"
           + _PAUSE_OR_TALK,
           r"above all", r"to (?:sum up|summari[sz]e|recap|conclude)", r"in summary", r"let me (?:sum up|recap)",
           r"what (?:I|we)(?: have|'ve)? (?:heard|learn[te]d|take away)(?: today| tonight| this \w+)?"
           r"(?: is that|(?=\s*:))",
           r"(?:my|our|the) (?:recommendation|proposal|conviction|conclusion|message|idea) is (?:quite |very |really )?"
           r"simple(?=\s*:)",
           # the proposal announced as such, numbered or not: "My second recommendation is to extend the scheme…"
           # (the headline states it: "Extend the scheme…")
           r"(?:my|our) (?:" + _ORDINALS_EN + r" )?(?:recommendation|proposal|priority|ask|plea)"
           # (not one said to someone: "My plea to NHS England would be to fund…" keeps who is asked)
           r"(?: (?:here|today|tonight))? (?:is|would be|will be) to(?= \w)",
           # what the speaker ranks first, before the colon: "The most important thing is this: …"
           r"(?:(?:and )?(?:the|my) )?(?:single )?most important (?:thing|point|lesson)(?: (?:we can do|to remember|here))?"
           r"(?: is)?(?: this)?(?=\s*:)",
           # what the person addressed said, conceded before the claim: "You say the market will fix it, but…"
           r"you (?:say|said|talk about|talked about|mention|mentioned) [^,;:]{1,60}, but",
           r"however", r"on the other hand", r"nevertheless", r"again" + _PAUSE,
           # the way back to an earlier point: "Again, going back to the previous question, we would know…"
           r"(?:just )?(?:going|coming|to go|to come) back to (?:the|your|what|my|our|that) [^,;:]{1,40}" + _PAUSE,
           # the address that opens every answer in an assembly: "Mr. Chair, …", "Madam Speaker, …"
           r"(?:Mr\.?|Mister|Madam|Madame|Mrs\.?|Ms\.?) ?(?:the )?(?:Chair|Chairman|Chairwoman|Chairperson|Speaker"
           r"|President|Minister|Mayor|Deputy Speaker)",
           NAMED_ADDRESS,
           # ... and the room: "Dear colleagues, …", "Ladies and gentlemen, …"
           r"(?:(?:my )?dear (?:colleagues|friends)|ladies and gentlemen|colleagues)" + _PAUSE,
           # what the listener already knows: "As the member knows, …", "As I said earlier, …"
           r"as (?:you|we|I|everyone|everybody|members|the (?:hon\.? |honourable |honorable )?member"
           r"|my (?:hon\.? |honourable |honorable )?colleague|the minister|the chair)(?: all| may| will| already| well)?"
           r" (?:know|knows|said|say|mentioned|noted|heard|saw|are aware|is aware|pointed out)"
           r"(?: earlier| before| already| previously| at the outset)?"
           r"(?=\s*[,;:—–]|\s+(?:the|this|that|these|those|we|I|you|they|it|there|our|my|a|an)\b)"],
    # the other languages transcripts come in: discourse openers only (a German or Dutch "I think that" puts
    # the verb last: it stays)
    "es": [r"bueno", r"pues", r"entonces", r"o sea", r"bien" + _PAUSE, r"vale", r"claro" + _PAUSE, r"en fin", r"y",
           r"pero", r"porque", r"(?:yo )?creo que", r"la verdad es que", r"sí", r"no" + _PAUSE, r"eh",
           r"perdona" + _PAUSE, r"perdone" + _PAUSE, r"mira" + _PAUSE, r"mire" + _PAUSE, r"es decir,? (?:que )?"],
    "it": [r"allora", r"quindi", r"ecco", r"insomma", r"beh", r"e", r"ma", r"cioè", r"diciamo", r"secondo me",
           r"(?:io )?(?:credo|penso) che", r"sì", r"no" + _PAUSE, r"ehm", r"scusi" + _PAUSE, r"scusa" + _PAUSE,
           r"guardi" + _PAUSE, r"senta" + _PAUSE, r"dunque", r"comunque"],
    "de": [r"also", r"naja", r"na ja", r"ja" + _PAUSE, r"genau" + _PAUSE, r"und", r"aber", r"okay", r"ok",
           # the announcement before the colon: « Deshalb sagen wir ganz klar: … », « Unsere Forderung ist: … »
           r"(?:deshalb |darum |und )?(?:sagen wir|sage ich)(?: es)?(?: ganz)? (?:klar|deutlich)(?=\s*:)",
           r"(?:deshalb |darum )?(?:ist )?(?:unsere|meine) (?:\w+ )?(?:zentrale |wichtigste )?(?:forderung|botschaft"
           r"|empfehlung|schlussfolgerung)(?: ist)?(?=\s*:)"],
    "nl": [r"nou", r"dus", r"ja" + _PAUSE, r"en", r"maar", r"oké", r"ok"],
    "pt": [r"então", r"bem" + _PAUSE, r"pois", r"e", r"mas", r"portanto", r"(?:eu )?acho que", r"sim",
           r"não" + _PAUSE],
}
_NOT_AFTER_DETERMINER = "".join(rf"(?<!\b{d} )" for d in ("what", "which", "the", "every", "no", "same", "each",
                                                             "these", "those", "any", "some",
                                                             "another"))
_INNER_FILLERS = {
    # (« quoi » and « voilà » only at a pause: « c'est trop cher, quoi. », but « on ne sait pas quoi faire »,
    # « à quoi servent… », « voilà pourquoi… »; « disons que… » opens a claim)
    "fr": [r"vous voyez", r"je veux dire", r"on va dire", r"en fait", r"quoi" + _PAUSE_OR_END,
           r"voilà" + _PAUSE_OR_END, r"disons(?!\s+qu)", r"d'ailleurs", r"effectivement", r"hein",
           # (« c'est quand même important »: an insistence; « des jeunes qui devront quand même partir »: "still")
           r"(?:" + "|".join(rf"(?<=\b{w} )" for w in ("c'est", "est", "sont", "était", "étaient", "ça", "faut"))
           + r")quand même",
           # « et ben le tuteur… », « ben » (lower case: "Ben" is a name)
           r"(?-i:et ben)", r"(?-i:ben)"],
    # (not after a determiner that asks or names a kind: "what kind of support", "the sort of legislation";
    # "some kind of a noise" -> "a noise"; "The sort of I I had" is a restart)
    "en": [r"(?<!\bof )(?<!\bas )(?<!\bif )(?<!\bdo )(?<!\bdid )(?<!\bwhat )you know(?!\s+(?:that|what|how|why|where|who"
           r"|when|whether|if|about|him|her|them|(?-i:[A-Z]))\b)", r"I mean", r"(?:some|any|an?) (?:kind|sort) of (?=an?\b)",
           # ("that kind of thing", "this sort of support": a kind named; "that sort of makes sense": a hedge)
           r"(?:" + _NOT_AFTER_DETERMINER + r"(?:kind|sort) of(?<!\bthat kind of)(?<!\bthis kind of)"
           r"(?<!\bthat sort of)(?<!\bthis sort of)|(?<=\bthat )(?:kind|sort) of(?=\s+(?:makes?|is|was|works?|does|did"
           r"|goes|means?|helps?|seems?|sounds?)\b)|(?<=\bthis )(?:kind|sort) of(?=\s+(?:makes?|is|was|works?|does"
           r"|did|goes|means?|helps?|seems?|sounds?)\b)|(?:kind|sort) of(?=\s+(?:I|we|you|he|she|they|the)\b))",
           r"kinda", r"sorta", r"basically",
           r"actually", r"oh", r"to be honest"],
}

# Tags that trail off a spoken sentence: "…, things like that.", « …, ce genre de choses. »
_TRAILING_TAGS = {
    "en": r"(?:,\s*(?:things like that|stuff like that|something like that|(?:and )?that (?:kind|sort) of thing"
          r"|that's what I was thinking(?: about)?"
          r"|I guess|I think|you know|right|(?:like )?for example)"
          r"|,?\s*(?:and|or) (?:so on|stuff|all that|something|whatever"
          r"|things like that|stuff like that|something like that)"
          r"|,?\s+(?:yeah|okay)"   # "…so why not yeah", the speaker's own assent
          # the speaker's own ignorance of what they just named: "a selling price at 25 Euros, which I don't know
          # what that is in Pounds, at all"
          r"|,\s*which\s+I\s+(?:(?:don't|do not)\s+(?:really\s+)?know|dunno)\b[^.;!?]*+"   # (possessive: it never gives back a second "which I…")
          # the point left for later: "…, but we should discuss this together"
          r"|,?\s*(?:but|and|so)\s+(?:I guess\s+)?we(?:'ll|\s+will|\s+should|\s+can|\s+could|\s+need\s+to|\s+have\s+to)"
          r"\s+(?:discuss|talk\s+about|come\s+back\s+to)\s+(?:this|that|it)(?:\s+(?:later|together|more|further"
          r"|afterwards|next\s+time))?)+[\s.,!…]*$",
    "fr": r"(?:,\s*(?:des choses comme ça|ce genre de choses?|tout ça|quoi|voilà|je (?:pense|crois)|on va dire"
          r"|vous voyez)|,?\s*(?:et|ou) (?:tout ça|des choses comme ça|ce genre de choses?)"
          r"|,?\s*(?:mais|et)\s+(?:on|nous)\s+(?:en\s+(?:re)?parlera|en\s+(?:re)?discutera|y\s+reviendra|y\s+reviendrons"
          r"|en\s+(?:re)?parlerons|en\s+discuterons)(?:\s+(?:plus\s+tard|ensemble|tout\s+à\s+l'heure))?)+[\s.,!…]*$",
}
# After an aside gone from between two commas, a French sentence keeps one comma before a new clause
# (« Le problème, vous voyez, c'est… » -> « Le problème, c'est… ») and none inside one (« Les associations,
# tu vois, n'ont pas… » -> « Les associations n'ont pas… », « Il faut, je sais pas, créer… »)
_NEW_CLAUSE_FR = re.compile(r"(?:mais|et|ou|donc|car|parce|c'|ce|ça|cela|qui|que|qu'|quand|si|comme|alors|puis"
                            r"|sans|sinon|pour|surtout|même)\b|[^\w\s]", re.IGNORECASE)


# After an aside gone from between two commas, an English sentence keeps one comma where what follows restates
# what came before ("the list of high-risk uses, I mean, access to public services" -> "uses, access to…"), none
# where the aside sat inside a clause ("The directive is, you know, a compromise", "The problem, I mean, is money")
_INSIDE_CLAUSE_EN = frozenset(
    "is are was were be been being am have has had do does did need needs want wants think get got make made can "
    "could would should will must may might the a an of to for with in on at by from and or but that which who this "
    "these those it we they i you he she our their my your his her its very really just so as than not more most "
    "there here what".split())
_VERB_NEXT_EN = frozenset("is are was were has have had will would can could should must do does did may might "
                          "'s 're isn't aren't wasn't doesn't don't won't can't".split())


def _aside_en(m: re.Match[str]) -> str:
    """What replaces an English aside that stood between two commas: one comma before a restatement, else none.
    Only "I mean" restates ("uses, I mean, access to…"); "you know" is a pause ("frightened to take, you know,
    sixteen hours" printed "take, 16 hours")."""
    if not re.search(r"(?i)\bI\s+mean\b", m.group(0)):
        return " "
    before = re.findall(r"[\w']+", m.string[:m.start()])
    after = re.match(r"\s*([\w']+)", m.string[m.end():])
    # (a contraction is a verb: "that's, you know, the flood defences")
    restates = (before and before[-1].lower() not in _INSIDE_CLAUSE_EN
                and not before[-1].lower().endswith(("'s", "'re", "'m", "'ve", "'ll", "'d")) and after is not None
                and after.group(1).lower() not in _VERB_NEXT_EN)
    return ", " if restates else " "


_INSIDE_CLAUSE_FR = frozenset({"que", "qu'", "si", "quand", "comme", "et", "mais", "ou", "donc", "car", "de", "à", "pour",
                               "est", "a", "sont", "ont", "le", "la", "les", "un", "une", "des", "du", "au", "aux", "en",
                               "dans", "sur", "avec", "par", "c'est"})


def _one_comma(m: re.Match[str], language: str) -> str:
    """What replaces a filler with a comma on one side only: the comma, where the filler closed a phrase ("this
    repair café, the first one actually, the one Martine Postma started" lost it); none inside a clause ("and
    basically, we need", "it's, you know the point")."""
    before = re.search(r"([\w'’]+)\W*$", m.string[:m.start()])
    inside = {"en": _INSIDE_CLAUSE_EN, "fr": _INSIDE_CLAUSE_FR}.get(language)
    if before is None or inside is None:
        return " "
    last = before.group(1).casefold().replace("’", "'")
    if last in inside or (language == "en" and last.endswith(("'s", "'re", "'m", "'ve", "'ll", "'d"))):
        return " "
    return ", "


def _aside_fr(m: re.Match[str]) -> str:
    """What replaces a French aside that stood between two commas: one comma before a new clause, else none."""
    after = m.string[m.end():].lstrip()
    if _NEW_CLAUSE_FR.match(after):
        return ", "
    before = m.string[: m.start()]
    # a subject after what was a phrase of its own (« … du conseil de quartier Bellevue Gare, euh, on est réunis »),
    # or the sentence's fronted complement (« Sur les charges, euh, la hausse elle vient… »): the comma was the
    # sentence's; not inside a clause (« parce que, euh, on », « c'est, euh, la question »)
    last = re.search(r"(\S+)\s*$", before)
    last = last.group(1).casefold() if last else ""
    inside = last in _INSIDE_CLAUSE_FR
    if not inside and re.match(r"(?:on|je|j'|il|elle|nous|vous|ils|elles|tu)\b", after, re.IGNORECASE):
        return ", "
    start = re.search(r"(?:^|[.!?…:]\s+)([^.!?…:]*)$", before)
    fronted = start.group(1) if start else before
    if not inside and re.match(r"(?i:sur|pour|dans|avec|en|à|au|aux|chez|après|avant|depuis|côté|quant\s+à)\s",
                               fronted) and len(fronted.split()) <= 5:
        return ", "
    return " "


# Hedges a headline can drop without changing the claim: a doubt about something else before "but"
# ("I'm not sure whether it's worse, but certainly there's pressure" -> "there's pressure"), and the
# speaker's "I think" inside the sentence ("but I think we need" -> "but we need").
# ("I don't know what the decision to be made is, but the people that buy remotes most are teenagers", « je
# sais pas, mais… » too: a doubt with nothing after it is a doubt about what was asked)
_HEDGED_OPENING = {
    "en": r"^(?:(?:I'm|I am) not (?:sure|certain)|I (?:don't|do not) know)"
          r"(?: (?:whether|if|that|about|how|what|why|where|when|who)\b[^,]{0,120})?,\s*but\s+"
          r"(?:certainly\s+|clearly\s+|definitely\s+|I (?:think|know)" + _THAT + r"\s+)?",
    "fr": r"^je (?:ne )?(?:sais|suis) pas(?: (?:si|sûre?|trop|comment|pourquoi|quand|où|ce que|ce qui)\b[^,]{0,120})?"
          r",\s*mais\s+(?:certainement\s+|clairement\s+|en tout cas\s+|je (?:pense|crois|sais) (?:que |qu'))?",
}
_INNER_HEDGES = {
    "en": [(r"\b(but|and|so|because|that|which|where|if|as|then) I (?:think|guess|suppose|believe|would say)"
            r"(?: that)?\s+", r"\1 "),
           (r",\s*I (?:think|guess|suppose|believe|don't know|dunno),\s*", " "),
           # whose view, between commas: "The grant money, in my view, should go first to…"
           (r",\s*in (?:my|our) (?:(?:own|personal|humble) )?(?:view|opinion),\s*", " ")],
    "fr": [(r"\b(mais|et|donc|parce que|car|alors) je (?:pense|crois|dirais|trouve"
            r"|vous (?:le )?dis(?: honnêtement| franchement| sincèrement)?) (?:que |qu')", r"\1 "),
           (r",\s*(?:je (?:pense|crois)|à mon avis|il me semble|selon moi|à mon sens|à mes yeux"
            r"|de mon point de vue),\s*", _aside_fr),
           # spoken asides between commas (only there: « ce que tu sais faire » is no aside)
           (r",\s*(?:tu vois|tu sais|vous savez|je (?:ne )?sais pas|enfin je (?:pense|crois)|enfin bref|bref"
            r"|genre|en gros),\s*", _aside_fr)],
}


# a hedge that ends the opening cut from a headline (kept before a figure: see ``figure_at``)
_HEDGE_LEAD = re.compile(r"(?:\bI (?:think|believe|guess|suppose|would say)|\bI'd say|\bje (?:pense|crois|dirais)"
                         r"|\bil me semble"
                         # (and a view or an estimate: "My sense is that about thirty percent of tenants…")
                         r"|\b(?:" + "|".join(list(_VIEW_FRAME.values()) + list(_ESTIMATE_FRAME.values())) + r"))"
                         r"(?:,?\s*(?:that|que|qu')?)?[\s,;:]*$", re.IGNORECASE)
# an estimate's frame, kept where the figure it gives reads as exact without it (see ``_estimate_stated``)
_ESTIMATE_LEAD = re.compile(r"\b(?:" + "|".join(_ESTIMATE_FRAME.values()) + r")[\s,;:]*$", re.IGNORECASE)
# what says a figure is a rough one: "around 400 billion", « près de 40 % »
_ROUGH_FIGURE = re.compile(r"\b(?:about|around|roughly|approximately|some|almost|nearly|close to|up to|at least"
                           r"|more than|over|under|less than|fewer than|in the order of|maybe|perhaps|an estimated"
                           r"|environ|à peu près|près de|presque|quasiment|autour de|de l'ordre de|plus de|moins de"
                           r"|au moins|jusqu'à|peut-être|quelque)\s+$", re.IGNORECASE)


def _estimate_stated(text: str, language: str) -> bool:
    """Whether the first figure of ``text`` (a year aside) is said as exact: "In our estimate the EU needs 400 billion
    a year" keeps its frame (without it the estimate reads as a fact), "In our estimate the EU needs around 400
    billion euros a year" says it is rough and loses it."""
    digits = words_to_digits(text, language)
    for m in re.finditer(r"(?<![\d.,])\d+(?:[.,]\d+)*", digits):
        if re.fullmatch(r"(?:19|20)\d\d", m[0]):
            continue
        return not _ROUGH_FIGURE.search(digits[:m.start()])
    return False


_CHATTY_ASIDE = re.compile(
    r"(,\s*(?:I think|I believe|je crois|je pense))?\s?[—–]\s?(?:yes|yeah|no|sorry|well|I think|I mean|you know|I suppose|I guess|oh|oui|non|pardon|enfin|bon"
    r"|je crois|je pense|vous voyez|tu vois)\b[^—–]{0,80}[—–]\s?", re.IGNORECASE)


def _drop_hedges(text: str, language: str) -> str:
    opening = _HEDGED_OPENING.get(language)
    if opening:
        m = re.match(opening, text, re.IGNORECASE)
        if m and len(text[m.end():].split()) >= 6:
            text = text[m.end():]
    for pattern, repl in _INNER_HEDGES.get(language, []):
        # (not a hedge on a figure: "Some cooperatives reserve, I think, ten to fifteen percent of flats" was
        # printed "reserve 10 to 15%", the speaker's doubt about the figure stated as fact)
        text = re.sub(pattern, lambda m, repl=repl: m[0] if figure_at(text[:m.start()], text[m.end():], language)
                      else m.expand(repl) if isinstance(repl, str) else repl(m), text, flags=re.IGNORECASE)
    return text


def _uncut(text: str, language: str | None = None) -> str:
    """``text`` with its disfluencies cut and no cut marks: a headline is a rewrite, not a quote."""
    return " ".join(clean_disfluencies(text, language, marked=False).text.replace("[…]", " ").split())


def _false_start(text: str) -> int:
    """Where the sentence starts again after a start the speaker broke off at a dash ("It's something that— we
    need to…", "Even going up to a child—and I suppose this goes back to…"), else 0. (Not an aside between two
    dashes: "Schools—and parents—must…".) See ``_BREAK``."""
    broken = _BREAK.match(text)
    if broken and len(broken.group(1).split()) <= 5 and not _BREAK_MARK.search(text[broken.end():][:80]) \
            and len(text[broken.end():].split()) >= 6:
        return broken.end()
    # ... or took back: "We won that at least 25 percent, sorry, the rule is that direct income support can only be
    # up to 37.5 percent" (the withdrawn figure was printed as hers)
    corrected = _CORRECTED.match(text)
    if corrected and len(text[corrected.end():].split()) >= 6:
        return corrected.end()
    return 0


_CORRECTED = re.compile(r"^[^.!?…]{1,160}?,\s*(?i:sorry|pardon|excuse\s+me|no\s+sorry|non\s+pardon|enfin\s+non|pardon\s+non"
                        r"|je\s+me\s+(?:trompe|suis\s+trompée?)|I\s+misspoke|let\s+me\s+correct\s+(?:that|myself)"
                        r"|perdón|scusate|scusa|scusi|Entschuldigung|Verzeihung)\s*[,:]\s*(?=\w)")


# the break: a dash, two hyphens as typed ("We -- the project is…"), or the corpora's interruption point
# ("we {disfmarker} the project is now couches and remote controls")
_BREAK_MARK = re.compile(r"[—–]|\s--\s|\{disfmarker\}")
_BREAK = re.compile(r"^([^—–{]{1,40}?)\s?(?:[—–]+|--|\{disfmarker\})\.?(?:\s*\{[a-z]+\})*\s*(?=\w)")


# A hesitation between two commas ("the different , eh , zones", « le problème, euh, c'est »): the commas were
# its pause, and go with it (in French one stays before a new clause, as for an aside)
# (per language: German « um », Portuguese « um » are words)
_PAUSE_BETWEEN_COMMAS = {
    lang: re.compile(r"\s*,\s*(?:(?<![\w'])(?:" + "|".join(sorted(fillers(lang) | {"eh"}, key=len, reverse=True))
                     + r")(?![\w'])\s*,\s*)+(?=\w)", re.IGNORECASE)
    for lang in ("en", "fr", "de", "es", "it", "nl", "pt")}
# A word of grammar in capitals inside a sentence ("Maybe if — if — If really all you want…": the repeat kept
# its last copy), before a word in lower case (not "at The Hague")
_CAPITAL_INSIDE = re.compile(r"(?<=[a-z,] )(If|The|And|But|So|Or|We|It|That|This|There|They|You"
                             r"|What|When|Because|He|She)(?= [a-z])")


# A self-correction between commas, with the pauses around it: "should, euh, sorry, should lobby", « du temps médical,
# euh, pardon, si on libère… », "I mean,"
_SELF_CORRECTION = {
    lang: re.compile(r"\s*,\s*(?:(?:" + "|".join(sorted(fillers(lang) | {"eh"}, key=len, reverse=True))
                     + r")\s*,\s*)*(?P<mark>" + marks + r")\s*,\s*(?=\w)", re.IGNORECASE)
    for lang, marks in (("en", r"sorry|I mean|excuse me|pardon me|no sorry"),
                        ("fr", r"pardon|non pardon|pardon non|je veux dire|enfin"))}


def _take_back(text: str, language: str) -> str:
    """What a speaker corrected, cut where the correction says it again: "Cities should, euh, sorry, should lobby…"
    -> "Cities should lobby…" (the headline read "Cities should sorry, should lobby"), « Si on libère … du temps
    médical, euh, pardon, si on libère 10 % du temps des généralistes » -> « si on libère 10 % du temps des
    généralistes »; a correction that says nothing again keeps its commas (``_false_start`` reads it)."""
    rx = _SELF_CORRECTION.get(language)
    m = rx.search(text) if rx else None
    if m is None:
        return text
    before, after = text[:m.start()], text[m.end():]
    words = re.findall(r"[\w'’%-]+", after)
    for k in (3, 2, 1):
        if len(words) < k or k == 1 and words[0].casefold() in GRAMMAR_WORDS:
            continue     # (one word of grammar says nothing again: "the money, sorry, the rules say…")
        said = re.compile(r"(?<![\w'’])" + r"\W+".join(re.escape(w) for w in words[:k]) + r"(?![\w'’])",
                          re.IGNORECASE)
        last = None
        for last in said.finditer(before):
            pass
        if last is not None:
            return _take_back(before[:last.start()] + after, language)
    if m["mark"].casefold() in ("i mean", "je veux dire", "enfin"):
        # "uses, I mean, access to…": a restatement, for the asides below
        return text[:m.end()] + _take_back(after, language)
    return before + ", " + m["mark"] + ", " + _take_back(after, language)


def make_headline(text: str, language: str) -> str:
    """Compress a spoken sentence into a headline: drop disfluencies, openers and hedges, tidy the ends."""
    text = _take_back(text, language)
    clean = _PAUSE_BETWEEN_COMMAS.get(language, _PAUSE_BETWEEN_COMMAS["en"]).sub(lambda m: _aside_fr(m) if language == "fr" else " ", text.replace("’", "'"))
    clean = _uncut(clean, language)
    if language == "en":
        clean = _CAPITAL_INSIDE.sub(lambda m: m.group(1).lower(), clean)
    clean = spelled_out(clean)   # "T_V_" -> "TV"
    # a false start the speaker broke off: "It's something that— we need to…" -> "we need to…"
    broken = _false_start(clean)
    if broken:
        clean = clean[broken:]
    leads = _LEAD_FILLERS.get(language, [])
    # (not the "that" of "that's": "I think that's a problem" -> "That's a problem")
    # (nor the first half of a hyphenated word: "Well-paid jobs", "Right-wing parties")
    pattern = (re.compile(r"^(?:(?:" + "|".join(leads) + r")\b(?!['’]|-\w)[\s,;:—–-]*)+", re.IGNORECASE)
               if leads else None)
    for _ in range(3):
        if pattern is None:
            break
        new = pattern.sub("", clean)
        if new == clean or len(new.split()) < 4:
            break
        # (the speaker's doubt about a figure stays: "I think about thirty percent of our tenants…")
        hedge = _HEDGE_LEAD.search(clean, 0, len(clean) - len(new))
        if not (hedge and figure_at("", new, language)):
            # (and an estimate's, where its figure would read as exact: "In our estimate the EU needs 400 billion…")
            hedge = _ESTIMATE_LEAD.search(clean, 0, len(clean) - len(new))
            hedge = hedge if hedge and _estimate_stated(new, language) else None
        if hedge:
            new = clean[hedge.start():]
            if new == clean:
                break
        if re.search(r"\bqu(?:e|')\s*$", clean[: len(clean) - len(new)], re.IGNORECASE):
            # « ce que je retiens, c'est qu'on a … et que le maillon faible… »: the second "que" hung on
            # the opener that is gone
            new = re.sub(r"(,?\s+(?:et|mais|ou))\s+qu(?:e\s+|')", r"\1 ", new, flags=re.IGNORECASE)
        # the cut can bring a repeat to the front: "qu'on a, on a beaucoup" -> "on a, on a beaucoup"
        clean = _uncut(new, language)
    clean = _drop_word_fragments(clean, language)
    restarted = _drop_subject_restarts(_drop_restarts(clean, language), language)
    if restarted != clean and pattern is not None:
        # the new start can be an opener too: "That's I think we should…" -> "I think we should…"
        new = pattern.sub("", restarted)
        restarted = new if len(new.split()) >= 4 else restarted
    clean = _drop_hedges(restarted, language)
    # a conversational aside between dashes ("…I think—yes, yesterday; it seems a long time ago—will begin…",
    # « —enfin, je crois— »); an informative one stays ("ASD—autism spectrum disorder—is…")
    clean = _CHATTY_ASIDE.sub(lambda m: ", " if m.group(1) else " ", clean)
    # a parenthetical filler between two commas leaves one comma in French where a clause starts after it
    # (« Le problème, vous voyez, c'est… » -> « Le problème, c'est… »), in English before a restatement ("uses,
    # I mean, access to…" -> "uses, access to…"; "The directive is, you know, a compromise" keeps none)
    aside = {"fr": _aside_fr, "en": _aside_en}.get(language)
    for inner in _INNER_FILLERS.get(language, []):
        clean = re.sub(r",?\s*\b" + inner + r"\b\s*,?", lambda m: (aside(m) if aside is not None else " ")
                       if m.group(0).strip().startswith(",") and m.group(0).strip().endswith(",")
                       else _one_comma(m, language) if "," in m.group(0) else " ", clean, flags=re.IGNORECASE)
    # a filler gone can leave a repeat or a restart behind: "the, you know, the new phones" -> "the the new
    # phones", "The sort of I I had" -> "The I had"
    clean = _drop_restarts(_uncut(clean, language), language)
    clean = _balance_quotes(clean)
    clean = re.sub(r"\s+([,.;:!?])", lambda m: m.group(1) if m.group(1) in ",." else " " + m.group(1), clean)
    clean = re.sub(r",(?:\s*,)+", ",", clean)   # "Only, eh, I have" cut to "Only,, I have"
    clean = re.sub(r"\s{2,}", " ", clean).strip(" ,;:—–-")
    clean = re.sub(r"[\s,;:]+([.!?…]+)$", r"\1", clean)   # "possibilities,." -> "possibilities."
    # a full stop after the speaker's own end: "…des gens qui arrivent… Voilà." lost its « Voilà » and printed
    # "arrivent…."
    clean = re.sub(r"(?:(?<=[!?…])|(?<=\.\.\.))\s*\.+(?=\s|$)", "", clean)
    # no comma after an article or a preposition: it was the pause of a filler gone ("a lot of, um, work")
    # (not after a word that can end a phrase: "pass it on, and", "log in, then", "I'd like to, but")
    # (but « 22 voix pour, 6 contre », "22 votes for, 6 against": a count follows, the comma is the list's)
    # (each language its own words: the French « un an, il part » keeps its comma after "an")
    grammar = {"en": r"of|the|a|an|for|with|from",
               "fr": r"de|du|des|le|la|les|un|une|à|au|aux|en|pour|avec|sur|par|dans"}.get(language, r"(?!)")
    # (nor after a number's last word: « fin vingt vingt et un, la part… » keeps its comma)
    # (nor where the speaker put it: "the charities we work with, a lot of them are…", no filler was there)
    said = text.replace("’", "'")
    clean = re.sub(r"(?<!\bet )\b(" + grammar + r"),\s+(?!\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|two|three"
                   r"|four|five|seven|eight|nine|ten|eleven|twelve)\b)(?=([\w'’]+))",
                   lambda m: m[0] if re.search(r"(?i)\b" + re.escape(m[1]) + r",\s*" + re.escape(m[2]) + r"\b", said)
                   else m[1] + " ", clean, flags=re.IGNORECASE)
    tail = _TRAILING_TAGS.get(language)
    if tail:
        cut = re.sub(tail, "", clean, flags=re.IGNORECASE)
        if len(cut.split()) >= 6:
            clean = cut
    if not clean:
        return text.strip()
    digits = words_to_digits(clean, language)   # « en deux mille dix-sept » -> « en 2017 »
    # the figure said in words then in digits is written once: « 486 000 euros, 486 000 euros » -> « 486 000 euros »
    digits = drop_restated_figures(digits)
    # two numbers said with a pause between them are a range (« quinze, vingt-cinq euros »): « 15, 25 euros »
    # read as 15.25 euros; « 15 à 25 euros », "two to three people"; where the second is no higher, the words stay
    ranges = list(re.finditer(r"(?<![\d,.])(\d+), (\d+)(?![\d,.]\d)", digits))
    if ranges and not re.search(r"\d, \d", clean):
        if all(int(m[1]) < int(m[2]) for m in ranges):
            word = {"fr": "à", "en": "to", "es": "a", "it": "a", "de": "bis"}.get(language)
            digits = re.sub(r"(?<![\d,.])(\d+), (\d+)(?![\d,.]\d)", rf"\1 {word} \2", digits) if word else clean
        else:
            digits = clean
    clean = digits
    if language == "en":
        # a recogniser that writes in lower case writes "i" too: a headline is written English ("i.e." stays)
        clean = re.sub(r"(?<![\w.'’-])i(?=(?:['’](?:m|ve|d|ll))?(?![\w.'’-]|['’](?!m|ve|d|ll)))", "I", clean)
    clean = clean[0].upper() + clean[1:]
    if clean[-1] not in ".!?…»”\"":
        clean += "."
    return clean


def _balance_quotes(text: str) -> str:
    """Quotation marks whose pair the sentence split left in another sentence go, with their pairs: a
    headline never opens a quotation it does not close ('Nice walls " which we can look up…')."""
    for marks in ('"', "«»", "“”"):
        opens, closes = (marks[0], marks[-1])
        unpaired = text.count(opens) % 2 if opens == closes else text.count(opens) != text.count(closes)
        if unpaired:
            text = re.sub(r"\s*[" + re.escape(marks) + r"]\s*", " ", text).strip()
    return text


# units and abbreviations that look like cut-off words ("trente km", "5 kg")
_NOT_FRAGMENTS = {"km", "kg", "cm", "mm", "ml", "kw", "mw", "gw", "st", "mr", "dr", "pm", "ms", "nd", "rd", "th",
                  "hl", "ha", "m", "g", "l", "h", "x"}


# A determiner the speaker (or the recogniser) left to start again, before another determiner or a preposition, which
# no written sentence has: « dans l'arrêté du de fin décembre », « on a les la DRIE », "it's in the these plan
# schemas", "a CD of the of their speech". ("un des", « de la », "these are" are grammar.)
_DETERMINER_RESTART = {
    "fr": re.compile(r"(?i)(?<![\w'’-])(?:du|des|le|la|les|au|aux|cette|ces|mon|ma|mes|ton|ta|tes|son|sa|ses|notre"
                     r"|nos|votre|vos|leurs)\s+(?=(?:du|des|le|la|les|au|aux|ce|cette|ces|de|d['’]|un|une|mon|ma|mes|son"
                     r"|sa|ses|notre|nos|votre|vos)(?![\w'’-]))"),
    # (in lower case: "double A and triple A" are letters; "each of those the way we had" is a pronoun)
    "en": re.compile(r"(?<![\w'’-])(?:[Tt]he|an|An|a|[Mm]y|[Oo]ur|[Yy]our|[Tt]heir|[Hh]is)\s+"
                     r"(?=(?:the|a|an|my|our|your|their|these|those|of)(?![\w'’-]))"),
}


def _drop_restarts(text: str, language: str) -> str:
    """An article the speaker dropped to start again: "The I had a quick look", "it's like the we put", "in the
    these plan schemas", « l'arrêté du de fin décembre »."""
    restart = _DETERMINER_RESTART.get(language)
    if restart is not None:
        text = restart.sub("", text)
    if language != "en":
        return text
    return re.sub(r"\b(?:the|a|an)\s+(?=(?:I|I'm|I've|we|we're|we've|you|they|he|she)\b)", "", text,
                  flags=re.IGNORECASE)


_SUBJECTS = {"i", "we", "you", "they", "he", "she", "it", "that", "this", "there", "i'm", "i've", "i'd", "i'll",
             "we're", "we've", "we'd", "we'll", "you're", "you've", "they're", "they've", "it's", "that's", "there's",
             "he's", "she's"}
_SUBJECT_CONTRACTIONS = _SUBJECTS - {"i", "we", "you", "they", "he", "she", "it", "that", "this", "there"}
# words after which a new clause may start without "that": "I think it's", "because we're", "that's why it's"
_CLAUSE_OPENERS = {
    "think", "thought", "know", "knew", "guess", "mean", "meant", "hope", "believe", "say", "said", "says", "suppose",
    "feel", "felt", "bet", "reckon", "wish", "see", "saw", "hear", "heard", "assume", "realise", "realize", "agree",
    "sure", "afraid", "glad", "found", "find", "noticed", "understand", "remember", "told", "if", "because", "'cause",
    "cause", "when", "while", "and", "but", "or", "so", "that", "what", "where", "how", "why", "who", "which", "as",
    "since", "until", "unless", "whether", "though", "although", "like", "then", "now", "also", "just", "still",
    "really", "not", "actually", "maybe", "perhaps", "probably", "obviously", "here", "today", "once", "before",
    "after", "is", "was", "means", "dunno",
}


_RESTART_ADVERBS = {"just", "really", "actually", "also", "still", "probably", "maybe", "now", "then", "like"}


def _drop_subject_restarts(text: str, language: str) -> str:
    """A clause the speaker broke off to start another: "We need I'm not sure if…" -> "I'm not sure if…",
    "That's I think we should look at…" -> "I think we should look at…", "We've got our we've got the…".

    The sign is a subject (and a word or two) followed straight away by a new subject ("I'm", "we're", "I"),
    which English grammar allows only after words like "think", "because" or "that's why".
    """
    if language != "en":
        return text
    for _ in range(2):
        tokens = text.split(" ")
        for k in (1, 2, 3):
            if len(tokens) < k + 7:
                break
            opening = [tok.casefold() for tok in tokens[:k]]
            nxt = tokens[k].casefold()
            if opening[0] not in _SUBJECTS or any(re.search(r"[,;:.!?—–-]$", tok) for tok in tokens[:k]):
                continue
            # the same subject again after an adverb is a restart too: "There's just there's really not…"
            again = nxt == opening[0] and all(tok in _RESTART_ADVERBS for tok in opening[1:])
            if any(tok in _CLAUSE_OPENERS for tok in opening[1:]) and not again:
                continue
            if nxt in _SUBJECT_CONTRACTIONS or nxt == opening[0] or (tokens[k] == "I" and k == 1):
                text = " ".join(tokens[k:])
                break
        else:
            return text
    return text


_ONE_LETTER = {"en": "ai", "fr": "aày"}   # the words of one letter (other languages: quotes' list of them)


_SHORT_NUMBERS = {"un", "dix", "six", "one", "two", "six", "ten", "mil", "dos", "uno", "una", "due", "tre", "sei", "ein",
                  "elf", "een", "cem", "três", "seis", "mille", "cent"}


def _drop_word_fragments(text: str, language: str) -> str:
    """Words the speaker broke off and restarted (ASR keeps them): "Ju just", "pr it'd", "c 'cause".

    A fragment is a short lower-case token that is no word of the language: either the start of the
    word that follows, or letters with no vowel. A headline is a rewrite, so these can go; a quote
    keeps them (only disfluency cuts are allowed there).
    """
    stop = _stop_words(language)
    tokens = text.split(" ")
    keep = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1].lstrip("'’").casefold() if i + 1 < len(tokens) else ""
        low = tok.casefold()
        # (a unit is no fragment for having no vowel, but "th that's" is the start of the next word)
        # (nor is a number: « dos mil millones » was printed « dos millones », a thousand times less)
        fragment = (tok.isalpha() and len(tok) <= 3 and low not in stop and low not in _SHORT_NUMBERS
                    and (tok.islower() or (i == 0 and len(tok) <= 2))
                    and ((nxt.startswith(low) and len(nxt) > len(low))
                         or ((tok.islower() or (i == 0 and len(tok) == 1))   # "R we just need", "w we"
                             and low not in _NOT_FRAGMENTS
                             and not re.search(r"[aeiouyàâäéèêëîïôöùûü]", low))))
        # a lone letter that is no word of the language ("y it didn't matter")
        fragment = fragment or (len(tok) == 1 and tok.isalpha() and (tok.islower() or i == 0)
                                and low not in _ONE_LETTER.get(language, ONE_LETTER_WORDS))
        if not fragment:
            keep.append(tok)
    return " ".join(keep) if len(keep) >= 4 else text


def segment_topics(vectors: np.ndarray, window: int | None = None, min_size: int | None = None) -> list[int]:
    """Topic id of each sentence: cut where the windows before and after a point stop resembling each other.

    Window and minimum topic size scale with the event (a 15-sentence workshop has topics too).
    """
    n = len(vectors)
    window = window or max(2, min(6, n // 8))
    min_size = min_size or max(3, min(8, n // 6))
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


def segment_sections(vectors: np.ndarray, sections: Sequence[object]) -> list[int]:
    """Topic ids where the transcript declares its own structure: an agenda heading or another file starts a
    topic, on top of the cuts found in the event as a whole ("1. Réaménagement du square" ends where the
    school's point starts, not a few sentences off). A found cut within a few sentences of a declared one
    was that boundary, found approximately, and goes."""
    n = len(vectors)
    found = segment_topics(vectors)
    declared = [i for i in range(1, n) if sections[i] != sections[i - 1]]
    near = max(2, min(4, n // 16))
    cuts = set(declared) | {i for i in range(1, n) if found[i] != found[i - 1]
                            and all(abs(i - d) > near for d in declared)}
    topics, t = [], 0
    for i in range(n):
        t += i in cuts
        topics.append(t)
    return topics


# A speaker adding an item of their own, at a turn's start too: « J'ajoute un dernier point : la formation. », « Et il
# faut aussi parler des délais. », "There's also the question of skills.", "I'd add one more thing:"
_ADDING = (
    r"(?:j'ajoute|j'ajouterais|j'ajouterai|I'd add|I would add|I'll add|let me add)\s+(?:juste\s+|just\s+)?"
    r"(?:un|une|one|a)\s+(?:(?:dernier|dernière|autre|last|final|other|more|further)\s+)?(?:\w+\s+)?"
    r"(?:point|chose|remarque|élément|thing|remark|word|note|caveat|mot|nuance|bémol)"
    r"|(?:il faut|il faudrait|on doit|je veux|je voudrais|we (?:also )?(?:need|have) to|I (?:also )?want to"
    r"|I'd (?:also )?like to)\s+(?:aussi|also|encore)\s+(?:parler|évoquer|dire un mot|talk|say a word|mention)"
    r"\s+(?:de|des|du|d'|about|of|on)"
    r"|(?:there's|there is|il y a)\s+(?:also|aussi)\s+(?:the|la|le)\s+(?:question|issue|problem|problème|sujet)"
    r"\s+(?:of|du|de|des|d')"
)
_ADDS_ITEM = re.compile(r"^\W*(?:(?:and|so|now|et|alors|donc|puis|und|y|e|en)\b[,\s]*)*"
                        r"(?:(?:on|about|sur|concernant|quant à|s'agissant d[eu'])\s+[^,.;:?!]{1,40},\s*)?"   # ("On recycling, I'd add…")
                        r"(?:" + _ADDING + r")\b",
                        re.IGNORECASE)

# A speaker turning to the next item of their own talk: "Third point, collective bargaining.", "My second topic
# is AI.", "And let me just add one sentence on social protection", « Deuxième point », « Et enfin, … »
_NEW_ITEM = re.compile(
    r"^\W*(?:(?:and|so|now|et|alors|donc|puis|und|y|e|en)\b[,\s]*)*(?:"
    # (the item named first: « D'ailleurs, la vacance, c'est mon quatrième constat. », "Which brings me to my
    # third point.")
    r"(?:(?:[^,.;:!?]{1,40},\s*){1,2}(?:c'est|that's|this is|that is)\s+(?=(?:mon|ma|notre|my|our)\s+\w+\s+\w+"
    r"\s*[.!…]?\s*$)|(?:which|this|that) brings (?:me|us) to\s+)?"
    r"(?:(?:my|the|a|our|one|mon|ma|le|la|un|une|notre)\s+)?(?:second|third|fourth|fifth|next|last|final"
    r"|other|another|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière"
    r"|autre)\s+(?:\w+\s+){0,2}?(?:point|topic|thing|issue|message|subject|remark|area|element|lesson|sujet|thème"
    r"|élément|chose|aspect|volet|remarque|enseignement|axe|levier|verrou|frein|obstacle|pilier|défi|enjeu|lever"
    r"|pillar|barrier|challenge|constat|observation|idée|idea|piste|proposition|proposal|recommandation"
    r"|recommendation|priorité|priority|leçon|chantier)s?\b"   # (« Le deuxième levier, c'est le logement vacant. »,
    # « Cinquième et dernier constat, un peu plus technique. »)
    r"|(?:finally|lastly|et enfin|pour (?:finir|terminer|conclure)|en dernier lieu|in conclusion|en conclusion"
    r"|to conclude|(?:[^.!?]{0,80}?\b(?:so|and|now),?\s+)?(?:let me|let's|I'll|I will|to) wrap (?:things |this )?up)\b"
    # (« enfin, je veux dire » goes on)
    # an item by its number: "Lesson one.", « Idée numéro deux : … », and a detour
    r"|(?:lesson|point|idea|step|leçon|idée|étape|point numéro|idée numéro|priorité numéro|proposition numéro)"
    r"\s+(?:one|two|three|four|five|six|un|une|deux|trois|quatre|cinq|six|\d)\b(?!\s+(?:of|de|du|des)\b)"
    r"|(?:[^,.;:!?]{1,60},\s*)?(?:a|une|un)\s+(?:little\s+|small\s+|quick\s+|short\s+|petite\s+|brève\s+|petit\s+)?"
    r"(?:detour|digression|parenthèse|aside|détour)\b"
    r"|(?:let me|I'?ll|I will|I want to|I'd like to|je voudrais|je vais|permettez-moi de)\s+(?:just\s+|juste\s+)?"
    r"(?:add|say|ajouter|dire)\s+(?:one|a|a few|two|un|une|deux|quelques)\s+(?:\w+\s+)?"
    r"(?:sentences?|words?|things?|phrases?|mots?|choses?)\s+(?:on|about|sur)\b"
    r"|(?:just\s+|juste\s+)?(?:a|one|un)\s+(?:quick\s+|last\s+|petit\s+|dernier\s+)?(?:word|mot)\s+(?:on|about|sur)\b"
    r"|(?:on|about|sur)\s+(?:\w+\s+){0,3}?\w+,\s+(?:since|puisque)\b"   # ("On the other hand, as…": no)
    # a subject put first and set against what went before, or a warning on it: « Sur la téléconsultation, en
    # revanche, je veux être prudente. », "On prices, a word of caution."
    r"|(?:(?:on|about|sur|concernant|quant à|s'agissant d[eu'])\s+[^,.;:?!]{1,40},\s*)?"
    r"(?:a|one|un|une)\s+(?:(?:little|small|quick|petit|petite)\s+)?(?:word|note|mot|remarque)\s+(?:of|de)\s+"
    r"(?:caution|warning|prudence|vigilance)"
    r"|(?:on|sur|concernant|quant à|s'agissant d[eu'])\s+[^,.;:?!]{1,40},\s*(?:en revanche|par contre|however"
    r"|by contrast|on the other hand)\b"
    # a further proposal: « Nous proposons aussi une tarification progressive de l'eau. », "We also propose…"
    r"|(?:nous proposons|on propose|je propose|nous recommandons|je recommande)\s+(?:aussi|également|enfin)\b"
    r"|(?:we|I) (?:also|finally) (?:propose|recommend|suggest)\b"
    r"|(?:j'en viens|je passe|j'en arrive|turning|moving on|coming)\s+(?:now\s+)?(?:à|au|aux|to)\b"
    r"|" + _ADDING +
    # the other languages transcripts come in: an item's label, and the last one announced
    r"|(?:mein|meine|der|die|ein)\s+(?:zweiter|zweite|dritter|dritte|letzter|letzte|nächster|nächste|weiterer"
    r"|anderer)\s+(?:Punkt|Thema|Aspekt)|zweiter Punkt|dritter Punkt|zum Schluss|abschließend"
    r"|(?:el|mi|un|otro)?\s*(?:segundo|tercer|último|otro)\s+(?:punto|tema|aspecto)|por último|para terminar"
    r"|(?:il|mio|un)?\s*(?:secondo|terzo|ultimo|altro)\s+(?:punto|tema|aspetto)|per finire|infine"
    r"|(?:o|meu|um)?\s*(?:segundo|terceiro|último|outro)\s+(?:ponto|tema|aspeto|aspecto)|por fim|para terminar"
    r"|(?:mijn|het|een)?\s*(?:tweede|derde|laatste|volgende)\s+(?:punt|thema|onderwerp)|tot slot|ten slotte)\b",
    re.IGNORECASE,
)


# Whoever chairs moving the meeting on, at a turn's start too: « On passe au deuxième point, … », "Moving on to
# the budget", « Point suivant : … » (the chair of a council is often labelled as any other speaker)
_MOVING_ON = re.compile(
    r"^\W*(?:(?:bon|bien|alors|donc|ok|okay|so|right|well|merci|thank you|thanks)\b[\W]*)*"
    r"(?:on passe (?:maintenant )?(?:au|à|aux)|nous passons (?:maintenant )?(?:au|à|aux)|passons (?:maintenant )?"
    r"(?:au|à|aux)|(?:au )?point suivant|j'appelle le point|let's move on|moving on|(?:the )?next item"
    r"|let's turn to|we (?:now )?turn to|we(?:'ll| will) now (?:move|turn) to)\b",
    re.IGNORECASE,
)


def exchanges(sentences: Sequence[Sentence], topics: Sequence[int], turns: Sequence[Turn],
              roles: dict[str, str], rounds: bool = True) -> np.ndarray:
    """An id per sentence for the exchange it belongs to, within its topic segment: a new one starts where the
    moderator asks a question (the chat's next question in a panel's Q&A) and where a speaker turns to the next
    item of their talk ("My second topic is AI."). A panelist's monologue is one topic segment with several
    items in it: what was said of one is no evidence for another. Whoever chairs moving on (« On passe au
    deuxième point ») starts one too. In a round that answers the chair (three
    speakers or more, each once, one or two sentences each: "one thing policymakers should do, Nadia?"), each
    answer is an exchange of its own (with ``rounds``; without, the round is one)."""
    ids = np.zeros(len(sentences), dtype=np.int64)
    runs = _turn_runs(sentences)
    round_cuts = {runs[k][1] for a, b in _rounds(runs, sentences, roles)
                  for k in range(a, min(b + 1, len(runs)))} if rounds else set()
    current = 0
    for i in range(1, len(sentences)):
        s, prev = sentences[i], sentences[i - 1]
        said = s.text.replace("’", "'")
        cut = topics[i] != topics[i - 1] or i in round_cuts or bool(_MOVING_ON.search(said))
        if not cut and s.turn != prev.turn and roles.get(s.speaker_id) == "audience" \
                and roles.get(prev.speaker_id) != "audience":
            cut = True   # a question from the room: its answers are about it, not the panel's last point
        if not cut and s.turn != prev.turn and roles.get(s.speaker_id) == "moderator":
            text = turns[s.turn].text
            # (the room called for its next question: « Une question de la salle, rapidement. »)
            cut = bool(ROOM_CALL.search(text) or FLOOR.search(text))
            # (a question of six words or more: « Deuxième question : « Une cyber-assurance ne suffit-elle pas ? » »
            # is the next one; "Why?", "Does it work?", « Des questions ? » follow up or open the floor)
            cut = cut or ("?" in text and len(text.split()) >= 6)
            # ... or hands the floor to the next speaker by name: « Karim Haddad, vous formez les futurs
            # journalistes. » (a short panel's chair asks no question, and his answer was one with the last)
            cut = cut or _names_next(text, turns, s.turn)
        if not cut and (s.turn == prev.turn or s.speaker_id == prev.speaker_id) and _NEW_ITEM.search(said):
            cut = True   # (within a turn, or a talk's next paragraph: « Deuxième sujet… » opening one is a chair's)
        if not cut and s.turn != prev.turn and _ADDS_ITEM.search(said) and roles.get(s.speaker_id) != "moderator":
            cut = True   # ... but a panelist adding their own item opens one (« J'ajoute un dernier point : … »)
        current += cut
        ids[i] = current
    return ids


# A speaker's closing recap: « Pour conclure, je reprends mes cinq idées en une phrase chacune. », "To sum up, …"
_RECAPS_OWN = re.compile(r"\b(?:je (?:reprends|résume|récapitule)|pour (?:résumer|récapituler)|en résumé|to sum up"
                         r"|to summari[sz]e|in summary|let me (?:recap|sum up|summari[sz]e)|in a nutshell"
                         r"|(?:en|in) (?:une|one|a) (?:phrase|sentence))\b"
                         # ("…so let me wrap up. Three lessons. One: …")
                         r"|^\W*(?:so,?\s+|donc,?\s+)?(?:my |mes |our |nos |the |les )?(?:two|three|four|five|six|deux|trois"
                         r"|quatre|cinq|six)\s+(?:lessons|points|things|ideas|messages|takeaways|leçons|idées|constats"
                         r"|choses|propositions)\s*[.:]", re.IGNORECASE)


def restated(units: np.ndarray, sentences: Sequence[Sentence], vectors: np.ndarray,
             roles: dict[str, str], mu: float | None = None, lex: np.ndarray | None = None) -> np.ndarray:
    """The exchange ids with a talk's plan and its closing recap taken as the parts they restate: each of their
    sentences belongs to the exchange of the closest sentence said in the talk's body, after the plan or before
    the recap (closeness: meaning and shared concepts, half and half). « La réutilisation des eaux usées doit
    décoller… », a lecture's recap of its fourth idea, covered the recap, and the fourth idea's own part got a
    second point on re-use while the fifth idea got none; a keynote's "I've got three lessons for you… The first
    one is that you are not too small to be a target." made its plan a part to cover. ``mu`` and ``lex``, the
    event's mean similarity and its sentences' concept vectors, are computed when not given (see _build_objective
    and _lexical_vectors)."""
    out = units.copy()
    n = len(sentences)
    if n < 2:
        return out
    if mu is None:
        mean = vectors.mean(axis=0)
        mu = float(min(0.95, (n * float(mean @ mean) - 1.0) / max(1, n - 1)))
    if lex is None:
        lex = _lexical_vectors([_concepts(s, bigrams=True) for s in sentences])

    def closest(j: int, among: np.ndarray) -> int:
        close = 0.5 * np.clip((vectors[among] @ vectors[j] - mu) / max(1e-6, 1.0 - mu), 0, 1) + 0.5 * (lex[among] @ lex[j])
        return int(units[among[int(np.argmax(close))]])

    body = units >= 0
    plan = np.zeros(n, dtype=bool)
    announced = _announcement(sentences, roles)
    if announced:
        a = announced[0]
        plan = (units == units[a]) & (np.arange(n) > a)
        body &= units != units[a]
    recap = np.zeros(n, dtype=bool)
    for i in range(n // 2, n):
        if roles.get(sentences[i].speaker_id) == "moderator" or (i and units[i] == units[i - 1]) \
                or not any(_RECAPS_OWN.search(sentences[j].text) for j in (i, i + 1)
                           if j < n and units[j] == units[i]):
            continue
        recap |= units == units[i]
    body &= ~recap
    for part, later in ((plan, True), (recap, False)):
        for j in np.flatnonzero(part):
            among = np.flatnonzero(body & ((np.arange(n) > j) if later else (np.arange(n) < j)))
            if len(among):
                out[j] = closest(j, among)
    return out


# A turn's greeting before the speaker says who they are: « Oui, Karima Haddad, du collectif… », "Hello, Tom Reid, …"
_GREETING = re.compile(r"^\W*(?:(?:oui|yes|bonsoir|bonjour|hello|hi|good evening|alors|so|merci|thank you|thanks)"
                       r"\b[\s,.!]*)*", re.IGNORECASE)


def _says_own_name(sentences: Sequence[Sentence], turns: Sequence[Turn]) -> np.ndarray:
    """Sentences in which a speaker from the room says who they are, opening their turn with their own name (as
    labelled) and a comma: « Gérard Moulin, j'habite la cité des Chênes depuis quarante ans. », « Oui, Karima
    Haddad, du collectif des locataires des Chênes. » A public meeting's residents printed them as body
    statements and as the start of their quotes."""
    mask = np.zeros(len(sentences), dtype=bool)
    names: dict[int, str | None] = {}
    first = 0   # the turn's first sentence
    for i, s in enumerate(sentences):
        if i == 0 or sentences[i - 1].turn != s.turn:
            first = i
        # (the turn's first sentence, or one after greetings and thanks alone: « Bonsoir. », « Merci monsieur le
        # Maire. Bonsoir chers collègues. Karim Benali, président du groupe… »)
        if i - first > 3 or any(len(p.text.split()) > 6 for p in sentences[first:i]):
            continue
        if s.turn not in names:
            label = parse_label(turns[s.turn].label)
            names[s.turn] = label.name if label is not None and label.kind == "person" else None
        name = names[s.turn]
        said = s.text[_GREETING.match(s.text).end():]
        if name and len(name.split()) >= 2:
            mask[i] = said.casefold().startswith(name.casefold() + ",")
        elif name:   # labelled by surname (« M. Benali »): « Karim Benali, … »
            mask[i] = bool(re.match(rf"(?:[A-ZÀ-Ý][\w'’-]+\s+){{1,2}}{re.escape(name.split()[-1])}\s*,", said))
    return mask


# What someone from the room says of themselves before their question, with no name: « Je travaille au service
# développement économique de la mairie de Tourcoing. », "I work for a housing association in Leeds.", « Je suis
# enseignante en licence de droit. » A body printed it: « Selon un·e participant·e de la salle, « Je travaille… » »
_OWN_POST = re.compile(
    r"^\W*(?:(?:bonjour|bonsoir|hello|hi|oui|yes|alors|so|merci|thank you|thanks)[,.!]?\s+)*"
    # (their first name first: "Tom, I run a small engineering firm in Sheffield")
    r"(?:(?-i:[A-ZÀ-Ý][\w'-]+),\s+)?"
    r"(?:je\s+travaille\s+(?:à|au|aux|chez|pour|dans|avec)|je\s+suis\s+(?:(?:un|une|le|la)\s+)?(?:\w+\s+)?(?:\w+-)?"
    + ROLE_WORDS.pattern + r"|I\s+work\s+(?:at|for|in|with)|I(?:'m|\s+am)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}"
    + ROLE_WORDS.pattern
    + r"|(?:I\s+(?:run|own|manage|founded|set\s+up)\s+(?:a|an|the|my|our)|je\s+(?:dirige|gère|ai\s+fondé|ai\s+créé)\s+"
    r"(?:un|une|le|la|l'|mon|ma|notre))\s+(?:[\w-]+\s+){0,2}(?:firm|company|business|charity|shop|farm|restaurant|practice"
    r"|cooperative|co-op|startup|start-up|agency|consultancy|entreprise|société|association|exploitation|commerce"
    r"|boutique|coopérative|cabinet|restaurant|agence|PME|TPE)\b)", re.IGNORECASE)


# What a panellist says of their organisation as they present themselves: "We are a retail group, supermarkets and
# some online business, with about eighteen thousand employees in Norway, Sweden and Finland." was the sample
# panel's eighth key message (its figure weighing it up), « Nous sommes une coopérative de quarante salariés… »
_OWN_ORG = re.compile(
    r"^\W*(?:(?:and|so|well|et|donc|alors)[,]?\s+)?(?:we(?:'re|\s+are)\s+(?:a|an)|nous\s+sommes\s+(?:un|une)"
    r"|on\s+est\s+(?:un|une))\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:group|company|firm|business|charity|organi[sz]ation|association|network|foundation|cooperative|co-op"
    r"|startup|start-up|agency|consultancy|federation|union|think[- ]tank|NGO|retailer|bank|insurer|utility"
    r"|operator|manufacturer|groupe|entreprise|société|réseau|fondation|coopérative|agence|cabinet|fédération"
    r"|syndicat|ONG|PME|TPE|ETI|banque|mutuelle|opérateur|fabricant|collectif)s?\b", re.IGNORECASE)


# ... and, from the room, a post said with where it is held, whatever the post: « Je suis travailleur social dans un
# centre d'hébergement. » (a keynote's sixth key message, read as the psychiatrist's words), "I'm a nurse at St
# Mary's." (not a state the speaker is in: « Je suis allé à la mairie », « je suis d'accord avec… »)
_FLOOR_POST = re.compile(
    r"^\W*(?:(?:bonjour|bonsoir|hello|hi|oui|yes|alors|so|merci|thank you|thanks)[,.!]?\s+)*"
    r"(?:je\s+suis|I(?:'m|\s+am)\s+(?:a|an))\s+(?![\w-]*(?:é|ée|és|ées)\s)(?:[\w'-]+\s+){1,3}?"
    r"(?:dans|à|au|aux|chez|en|at|in|with|from|for)\s", re.IGNORECASE)


def _describes_self(sentences: Sequence[Sentence], roles: dict[str, str]) -> np.ndarray:
    """Short sentences in which a voice from the room says what they do (see _OWN_POST); or any voice, as the
    first words it says ("Tom, I run a small engineering firm in Sheffield, about thirty people." was a key
    message of a keynote); and what their organisation is, early in their first turn (see _OWN_ORG)."""
    first_turn: dict[str, int] = {}
    out = np.zeros(len(sentences), dtype=bool)
    start = 0   # the turn's first sentence
    for k, s in enumerate(sentences):
        first_turn.setdefault(s.speaker_id, s.turn)
        if k == 0 or sentences[k - 1].turn != s.turn:
            start = k
        # (how far into their first turn: its first two sentences open it, its first six present them)
        into = k - start if s.turn == first_turn[s.speaker_id] else len(sentences)
        words, text = len(s.text.split()), s.text.replace("’", "'")
        out[k] = ((roles.get(s.speaker_id) == "audience" or into < 2) and words <= 20 and bool(_OWN_POST.match(text))
                  or roles.get(s.speaker_id) == "audience" and into < 3 and words <= 20 and bool(_FLOOR_POST.match(text))
                  or into < 6 and words <= 25 and bool(_OWN_ORG.match(text)))
    return out


_QUOTED = re.compile(r"«([^»]{10,400})»|“([^”]{10,400})”|\"([^\"]{10,400})\"")


def _echoes_a_quotation(sentences: Sequence[Sentence], turns: Sequence[Turn]) -> np.ndarray:
    """Sentences that say again, unquoted, words the speaker has just quoted (« She said: "I wear my coat in the
    kitchen, and I go to bed at seven because the bed is the only warm place." I go to bed at seven because the bed
    is the only warm place. »): a pensioner's words, printed as the keynote speaker's key message."""
    out = np.zeros(len(sentences), dtype=bool)
    quoted: dict[int, list[str]] = {}
    for i, s in enumerate(sentences):
        if s.turn not in quoted:
            quoted[s.turn] = [" ".join(re.findall(r"\w+", next(g for g in m.groups() if g).casefold()))
                              for m in _QUOTED.finditer(turns[s.turn].text.replace("’", "'"))]
        if not quoted[s.turn]:
            continue
        words = " ".join(re.findall(r"\w+", s.text.replace("’", "'").casefold()))
        out[i] = len(words.split()) >= 5 and not s.text.lstrip()[:1] in "«“\"" and any(
            words in q for q in quoted[s.turn])
    return out


def _presents_someone(sentences: Sequence[Sentence], turns: Sequence[Turn],
                      known: Sequence[str] = ()) -> np.ndarray:
    """Sentences that say who another speaker of the event is: their labelled full name (or the name the speakers'
    directory found, ``known``), then what they do ("David Chen is headteacher of Northfield Academy in Sheffield,
    which ran one of the first pilots…", « Nadia Benali, économiste à l'Observatoire… »). The chair's presentation
    of a guest had become a panel's key message; a podcast's "Alan Brooks is the mayor of Millbrook…" too, its
    guests labelled SPEAKER_01 and SPEAKER_02."""
    mask = np.zeros(len(sentences), dtype=bool)
    labels = [parse_label(t.label) for t in turns]
    names = {x.name for x in labels if x is not None and x.kind == "person" and x.name and len(x.name.split()) >= 2}
    names |= {n for n in known if n and len(n.split()) >= 2}
    if not names:
        return mask
    who = re.compile(r"(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                     + r")(?:\s+(?:is|est|es|ist|è|é)\s+|\s*,\s*)(?:(?:a|an|the|our|un|une|le|la|l'|el|der|die)\s+)?"
                     r"(?:\w+\s+){0,2}?" + ROLE_WORDS.pattern)
    for i, s in enumerate(sentences):
        own = labels[s.turn]
        for m in who.finditer(s.text.replace("’", "'")):
            if own is None or own.name is None or not m.group().startswith(own.name):
                mask[i] = True
                break
    return mask


def _names_next(text: str, turns: Sequence[Turn], turn: int) -> bool:
    """Whether ``text`` (the chair's turn) names whoever speaks next, by a word of their label's name."""
    if turn + 1 >= len(turns):
        return False
    label = parse_label(turns[turn + 1].label)
    if label is None or label.kind != "person" or not label.name:
        return False   # ("Project Manager", "Speaker 2": no name to hand the floor to)
    words = [w for w in label.name.split() if len(w) >= 3 and w[:1].isupper() and w.isalpha()]
    return says_any(words, text)


def _turn_runs(sentences: Sequence[Sentence]) -> list[tuple[int, int, int]]:
    """The turns in sentence order: (turn, first sentence, number of sentences)."""
    runs: list[tuple[int, int, int]] = []
    for i, s in enumerate(sentences):
        if runs and runs[-1][0] == s.turn:
            runs[-1] = (s.turn, runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((s.turn, i, 1))
    return runs


def _rounds(runs: Sequence[tuple[int, int, int]], sentences: Sequence[Sentence], roles: dict[str, str]
            ) -> list[tuple[int, int]]:
    """The rounds that answer the chair, as (first, end) ranges of ``runs``: right after a moderator's turn,
    three speakers or more, each once, one or two sentences each."""
    found = []
    for a in range(1, len(runs)):
        if roles.get(sentences[runs[a - 1][1]].speaker_id) != "moderator":
            continue   # a round answers the chair
        b, said = a, set()
        while b < len(runs) and runs[b][2] <= 2:
            who = sentences[runs[b][1]].speaker_id
            if roles.get(who) == "moderator" or who in said:
                break
            said.add(who)
            b += 1
        if b - a >= 3:
            found.append((a, b))
    return found


def round_answers(sentences: Sequence[Sentence], roles: dict[str, str]) -> np.ndarray:
    """Which sentences answer the chair in a round ("one thing policymakers should do, Nadia?")."""
    mask = np.zeros(len(sentences), dtype=bool)
    runs = _turn_runs(sentences)
    for a, b in _rounds(runs, sentences, roles):
        for turn, first, count in runs[a:b]:
            mask[first:first + count] = True
    return mask


# "Hi everyone, I'm Tomás Reyes, I work at the OECD": who the speaker is, not what they say
_SELF_INTRO = re.compile(
    # the name first, from the floor: « Karima Touati, je suis présidente de l'association Les Petites Pousses, à
    # Saint-Denis, on fait de l'aide aux devoirs… » (its tail had been a key message), "Hi, David Chen, I'm a nurse…"
    r"^\W*(?:(?i:oui|yes|bonjour|bonsoir|hi|hello|good (?:morning|evening|afternoon)|merci|thank you|thanks)\W+){0,3}"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}\s*,\s*(?i:je suis|j'habite|je travaille|je représente|I'm|I am"
    r"|I work|I represent|I live)\b"
    r"|\b(?:(?i:hi everyone|hi all|hello everyone|bonjour à (?:tous|toutes))"
    r"|(?:I'm|I am|(?i:my name is|je m'appelle|je suis|moi,? c'est|soy|me llamo|ich bin|mi chiamo|sono))\s+[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){0,3}"
    r"\s*,\s*(?i:(?:and\s+|et\s+|y\s+|und\s+)?(?:I\b|I'm\b|je\b|j')|de\b|du\b|del\b|from\b|at\b|of\b|with\b"
    r"|y\s+(?:voy|soy|trabajo|dirijo|represento|coordino)\b|e\s+(?:sono|lavoro|dirigo)\b"
    # ... or what they do: « Je suis Marie Dupont, responsable des études au Cercle, et je vais animer… »
    r"|(?:(?:a|an|the|un|une|le|la|l')\s+)?(?:\w+\s+)?(?:\w+-)?" + ROLE_WORDS.pattern + r"))")   # (« vice-présidente »)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Talk about the event itself ("je vais vous parler de", "let me start with", "vous allez nous
# présenter"): framing, not a point anyone would publish.
_FRAMING_LEAD = (r"(?:je vais|j'?vais|on va|nous allons|vous allez|je voudrais|j'aimerais|je propose|laissez-moi"
                 r"|permettez-moi|je voulais|je souhaitais|je souhaiterais|que je (?:voulais|souhaitais)"
                 r"|I'?m going to|I was (?:just )?going to|I'?ll|I will|we'?ll|we will|you'?ll|let me|I'?d like to"
                 r"|(?:I'?m|I am|we'?re|we are) (?:gonna|going to)"   # ("we're gonna try to talk about…")
                 r"|I want to|I wanted to"
                 r"|allow me)\s+(?:[\w'-]+\s+){0,3}?")   # (« je vais peut-être commencer par… »)
# Verbs that only ever announce what the speaker is about to say
_FRAMING_VERBS = (r"(?:rebondir|évoquer|aborder|mention|remercier|thank|wrap|pick up on|dire(?!\s+(?:que|qu'))"
                  r"|say(?!\s+that)|revenir sur|come back (?:to|on)|get back to|poser (?:une|ma|la) question"
                  # what the speaker brings to the talk: « apporter un éclairage de recherche », "offer a perspective"
                  r"|apporter (?:un|mon|notre|quelques) (?:\w+ )?(?:éclairages?|regards?|compléments?|témoignages?"
                  r"|points? de vue|précisions?|nuances?)"
                  r"|(?:offer|give|bring|add|share) (?:a|my|our|some) (?:\w+ )?(?:perspective|view|angle|insights?)"
                  # the talk's plan: "I want to share four things I've learned", « je voudrais vous proposer cinq
                  # constats »
                  r"|(?:share|partager|(?:vous )?proposer) (?:(?:with you|avec vous) )?(?:\w+ ){0,2}(?:things|points|lessons"
                  r"|ideas|thoughts|reflections|observations|choses|leçons|idées|réflexions|constats|pistes|messages)\b)")
# Verbs that announce only with the talk as their object: "talk about", "start with", « donner la parole »,
# "give you an overview"; "We will give every school a budget", « on va ouvrir trois crèches » are commitments
_TALK_VERBS = (r"(?:parler|présenter|commencer|terminer|conclure|finir|passer|donner|partager|ouvrir|clore|clôturer"
               r"|laisser|continuer|répondre|demander|inviter|ajouter|insister|talk|speak|present|start|begin"
               r"|finish|conclude|share|turn|walk|hand|open|close|answer|ask|invite|add|give|focus|address)")
_TALK_OBJECTS = (r"(?:about|of|de|du|des|d'|sur|over|through|briefly|brièvement|rapidement"
                 r"|quickly|you|vous|te|the floor|la parole|the mic|le micro|a few words|quelques mots|a bit|un peu"
                 r"|(?:on\s+|sur\s+)?(?:one|a|a few|some|two|three|quelques|un|une|deux|trois)\s+(?:\w+\s+)?"
                 r"(?:things?|sentences?|words?"
                 r"|points?|comments?|remarks?|questions?|mots?|choses?|phrases?|remarques?|précisions?)"
                 r"|(?:an|a quick|a brief|a short|un|un petit|un rapide) (?:overview|aperçu|tour d'horizon|point)"
                 r"|(?:the|this|our|today's|la|le|cette|ce|notre|votre|your|my|ma|mon) (?:session|séance|meeting"
                 r"|réunion|debate|débat|discussion|panel|table ronde|conversation|presentation|présentation|talk"
                 r"|webinar|webinaire|event|événement|afternoon|morning|matinée|après-midi|question|slides?|diapos?"
                 r"|intervention|exposé|audience|salle|public)"
                 r"|(?:to|à|aux?) (?:the |la |nos |vos )?(?:next|suivante?|questions?|audience|salle|public)"
                 r"|(?:it|the word) over|(?:our|nos) (?:panelists|speakers|intervenants|invités|guests))\b")
_META = re.compile(
    r"\b(" + _FRAMING_LEAD + r"(?:" + _FRAMING_VERBS + r"|" + _TALK_VERBS + r"\s+" + _TALK_OBJECTS
    + r"|(?:start|begin|commencer|open|ouvrir|finish|conclude|terminer|conclure|finir)\s+(?:with|by|avec|par|where"
    r"|from|là où))\b)"
    # the next item announced by its subject only: « Le deuxième point que je voudrais faire, c'est sur le
    # dispositif national… », "The second point I want to make is about funding"
    r"|\b((?:point|sujet|thème|remarque|chose|thing|topic|issue)s? (?:que|qu'|that)? ?(?:je|j'|on|nous|I|we)"
    r" [^,;:.]{1,40}?,? (?:c'est sur|c'est à propos|c'est au sujet|concerne|porte sur|is about|is on|concerns))\b"
    # a speaker announcing what comes, in German and Spanish: « Zuerst ein paar Zahlen, damit wir wissen, worüber wir
    # reden. », « Primero, unos datos. »
    r"|\b((?:zuerst|zunächst|erst einmal) (?:ein paar|einige) (?:zahlen|worte|fakten)|lassen sie mich|ich (?:möchte|will)"
    r" (?:kurz |zuerst |zunächst )?(?:mit|über) [^.]{1,40}(?:anfangen|beginnen|sprechen|reden)|primero,? (?:unos|algunos)"
    r" (?:datos|números|cifras)|(?:voy|quiero) a (?:empezar|comenzar) (?:por|con)|permítanme|déjenme)\b"
    # the chair presenting the speaker: "Our speaker today needs, well, almost no introduction", « qu'on ne
    # présente plus »
    r"|\b((?:our|the|today's) (?:speaker|keynote speaker|guest) (?:today|tonight|this \w+)|needs?,? (?:\w+,? ){0,3}no "
    r"introduction|n'est plus à présenter|qu'on ne présente plus|ne présente plus)\b"
    r"|\b(table ronde|(?:ma|mon|votre|ton|ta|son|sa|cette|leur|my|your|his|her|this|our|their) "
    r"(?:intervention|présentation|presentation|talk|exposé)|intervenants?|tout à l'heure|dans un instant"
    r"|question suivante|panelists?|(?:the|this|our|ce|le|notre) panel|in a moment|next session|first session"
    r"|this session|(?:in|on|from) the (?:live )?chat|live[- ]chat|(?:dans|depuis) le chat|slides?|diapos?|(?:le|au|the) micro|microphone|(?:the|our"
    r"|today's|this) agenda|ordre du jour|pause café|coffee break|(?:keep|stay|be|we're|we are|running) (?:on|behind"
    r"|over|out of) time|tenir (?:dans )?(?:les|mon|le) temps|(?:mon|votre) temps de parole|temps imparti"
    r"|tenir (?:dans )?(?:les|mes) (?:\w+ )?minutes|si je déborde|chronomètre"
    r"|(?:\w+ )?minutes? (?:pour|chacun pour|to|each to) (?:répondre|conclure|réagir|answer|respond|reply)"
    r"|(?:strict|stricte) (?:sur|avec) le temps|strict (?:on|about) (?:time|timing)|stopwatch|if I (?:run|go) over|time(?:s|r|keeper)? (?:me|us)\b"
    r"|minutes? (?:left|remaining|to go|de parole)|(?:il (?:me|nous|vous) reste|j'ai|we have"
    r"|I have|you have) (?:\w+ )?minutes?|estrade|(?:nous|me) rejoindre"
    r"|ma question|my question|question s'adresse|vous êtes|vous travaillez|asking you|ask you"
    # a member's declaration of interest before a question: "I should declare that I'm a member of the Riverwatch
    # Trust, as are, I think, a few thousand of my constituents." (a committee's fifth key message)
    r"|(?:I|we)(?:'d| should| must| need to| have to| would like to| want to| ought to)? declare (?:that|an|my|our)"
    r"|declaration of (?:an )?interests?|(?:je dois|je voudrais|je tiens à|je veux) (?:déclarer|signaler) (?:que|qu'|un|mon)"
    r"|déclaration d'intérêts?"
    # the meeting's own course: "the things we've discussed", "we'll come to that later", « on y reviendra »
    r"|(?:the things|everything|what) (?:we've|we have|we) (?:just )?(?:discussed|talked about|covered)"
    r"|ce (?:dont|que) (?:nous avons|on a) (?:discuté|parlé|évoqué)"
    r"|(?:we'll|we will|I'll|I will) (?:come|get) (?:back )?to (?:that|this|it) (?:later|in a (?:bit|moment|minute))"
    r"|(?:on|nous) y (?:reviendra|reviendrons)|j'y reviendrai"
    r"|(?:I|we) (?:have|had|'ve got) (?:a|one|two|another) (?:\w+ ){0,2}questions?"
    r"|(?:j'ai|nous avons|on a) (?:une|deux|encore une) (?:\w+ ){0,2}questions?"
    # « c'est une question sur la dynamique territoriale… », "a quick question for Priya" (but « c'est une question
    # de moyens », "a question of money", is a point)
    r"|(?:une|a) (?:petite |quick |short |last |dernière )?question (?:sur|pour|about|for)\b"
    r"|vous demander|vous poser"
    r"|j'invite|I invite|merci pour|thanks for|s'exprimer|traduction simultanée|casques?|interprétation"
    r"|interpretation|headphones|muted?|unmute|(?:my|your|this|share|sharing|on the) screen|(?:mon|votre|l') écran"
    r"|partager mon|share my|at time|out of time"
    r"|plus de temps|each of you|chacun d'entre vous|chacune d'entre vous|rendez-vous|on vous donne|on passe"
    r"|passons|point suivant|next item|moving on|move on|wrap(?:ping)? up|next meeting|prochaine réunion"
    r"|this is (?:our|the) (?:\w+ ){0,3}meeting|c'est (?:notre|la) (?:\w+ ){0,3}réunion"
    # a turn to a subject someone raised: "And on algorithms, since Nadia and Katarzyna mentioned it."
    r"|(?:since|as) (?:\w+ )?(?:and \w+ )?(?:mentioned it|spoke about it|talked about it|raised it)"
    r"|puisque (?:\w+ )?(?:l'a|en a) (?:évoqué|parlé)"
    # the next item announced: "The second thing I want to flag is the data question.", "And just a word on
    # training", « Et un mot sur les collectivités »
    r"|(?:second|third|next|last|other|final|one more) (?:thing|point|issue) (?:I|we)"
    r" (?:want|wanted|would like|'d like) to (?:flag|mention|raise|stress|add|make|say)"
    r"|(?:deuxième|troisième|dernier|autre) (?:chose|point) que je (?:veux|voudrais|voulais)"
    r" (?:souligner|dire|ajouter|évoquer)"
    r"|^\W*(?:and |et )?(?:just |juste )?(?:a|one|un) (?:quick |last |petit |dernier )?(?:word|mot) (?:on|about|sur)\b"
    # the gathering itself: « On a réuni une dizaine de chercheurs venus de sept pays », "here with us today"
    r"|(?:nous|on) (?:avons|a) réuni|réunis (?:ici|aujourd'hui)|brought together|gathered (?:here|today)"
    r"|here today|with us today|avec nous aujourd'hui|parmi nous"
    # the panel presented: "With me today are…", "Joining us is…", « Avec moi ce soir… », « À mes côtés… »
    r"|with me (?:today|tonight|here|this (?:morning|afternoon|evening)|on (?:the |this )?(?:panel|stage))"
    r"|(?:joining|joined) (?:us|me)\b|(?:we are|we're|I'm|I am) joined by|we have with us"
    r"|avec moi (?:ce soir|ce matin|cet après-midi|aujourd'hui|ici)|à mes côtés|bei mir (?:sind|ist|heute)"
    # ... guest by guest, by where they sit: « À côté d'elle, Bruno Castel : il est DRH chez Aéroméca… »
    r"|^(?:et )?(?:à ma (?:gauche|droite)|à côté d'(?:elle|lui)|à côté de (?:moi|lui|elle)|en face de moi|on my (?:left"
    r"|right)|to my (?:left|right)|next to (?:her|him|me)|alla mia (?:destra|sinistra)|accanto a (?:lui|lei)"
    r"|a mi (?:izquierda|derecha)|a su lado)(?=,)"
    # the day's plan: « On a organisé la journée en trois sessions. La première sur le réemploi… » (a full day's third
    # key message, review AX), "We've organised the day in three sessions", « nous aurons en clôture… »
    r"|(?:on a|nous avons|we(?:'ve| have)) (?:organisé|structuré|découpé|organi[sz]ed|structured|split|divided)"
    r" (?:la|cette|notre|the|this|today's|our) (?:journée|matinée|après-midi|soirée|rencontre|conférence|day|morning"
    r"|afternoon|evening|event|conference) (?:en|in|into)\b"
    r"|(?:la|the) (?:première|deuxième|troisième|first|second|third) (?:session|table ronde|panel) (?:sera|portera"
    r"|will be|will look)\b|(?:nous aurons|we will have|we'll have) en clôture|(?:en|in) clôture,? nous aurons"
    # an online meeting's line trouble and the small talk around it: "Sorry, I lost you for a second, the connection
    # is bad here.", "It's raining here, by the way, in case you wondered." (a workshop's key message and its quote),
    # « Vous m'entendez ? », « Je vous ai perdu », « la connexion est mauvaise »
    r"|(?:I|we) lost you|you(?:'re| are) breaking up|(?:the|my|your) (?:connection|wifi|internet) (?:is|was) (?:\w+ )?"
    r"(?:bad|poor|terrible|awful|unstable)|(?:connection|line) keeps (?:dropping|cutting)"
    r"|can you (?:all )?(?:hear|see) (?:me|my)|(?:je|on) (?:vous|t') ?(?:ai|a) perdu|vous m'entendez|tu m'entends"
    r"|(?:la|ma|votre) (?:connexion|ligne) (?:est|était) (?:\w+ )?(?:mauvaise|instable|faible|pourrie)"
    r"|in case you (?:wondered|were wondering)"
    # a podcast's outro: "If you enjoyed the episode, please rate and subscribe", « abonnez-vous »
    r"|rate and (?:review|subscribe)|(?:please |do )?subscribe (?:to|wherever)|abonnez-vous|(?:enjoyed|aimé) (?:the|this|"
    r"cet|l') ?(?:episode|épisode)|(?:see|talk to) you next (?:week|time)|à la semaine prochaine"
    # ... and its sponsor and plugs: "This episode is brought to you by Greenleaf Bank", "use the code SHIFT for a
    # welcome bonus", "we're on Patreon now" (an advertisement had been a key message)
    r"|brought to you by|(?:episode|show|podcast|programme|program) is (?:sponsored|supported) by|(?:promo|discount"
    r"|coupon) code|code promo|(?:use|with|enter) the code\b|patreon|leave (?:us )?a (?:review|rating)"
    r"|laissez(?:-nous)? (?:un avis|une note)|ad-free|sans publicité|(?:this|today's) episode\b"
    # ... and a broadcast's: « Vous pouvez réagir pendant toute l'émission au standard », "call us on"
    r"|vous pouvez (?:nous )?(?:réagir|appeler|écrire)|au standard|sur nos réseaux|(?:call|text|email) us (?:on|at)\b"
    # a guest presented by the chair by rank: "Our second is Professor Marc Lefebvre, from the University of…"
    r"|\bour (?:first|second|third|fourth|next|last|final)(?: (?:speaker|guest|panel(?:l)?ist|discussant|witness))?"
    r" (?:is|will be) (?:(?-i:[A-Z])|professor|dr\b|doctor)"
    # the speaker's pleasure and good wishes: « Je suis vraiment heureux de vous voir aussi nombreux ce matin »,
    # « Je vous souhaite un excellent forum », "I wish you all a great conference"
    r"|(?:heureu(?:x|se)s?|ravie?s?|content(?:e|s|es)?|fiers?|fières?) de vous (?:voir|retrouver|accueillir)"
    r"|(?:pleased|delighted|happy|great|good|nice|wonderful) to see (?:so many of )?(?:you|everyone)"
    # ... or at being there, said straight or not: « On est ravis d'être consultés après coup, c'est très moderne. »
    # (a wind-farm debate's seventh key message, the association's sarcasm printed as its claim), "We're delighted to
    # be here"
    r"|(?:(?:on est|on sera|nous sommes|nous serons|je suis|je serai) (?:très |vraiment |si )?)"
    r"(?:heureu(?:x|se)s?|ravie?s?|content(?:e|s|es)?|enchantée?s?) d'être (?:là|ici|parmi vous|avec vous"
    r"|invitée?s?|consultée?s?|associée?s?|entendue?s?)|(?:pleased|delighted|happy|thrilled|glad|honou?red) to be"
    r" (?:here|with you|invited|consulted|asked|part of this|back)\b"
    r"|je vous souhaite (?:à (?:toutes et à )?tous )?(?:un |une |de |d')?(?:très )?(?:excellent|excellente|bon|bonne"
    r"|belle|beau|fructueu)|(?:I|we) wish you (?:all )?(?:a|an) (?:very )?(?:great|excellent|good|fruitful|productive)"
    r"|enjoy the (?:rest of the )?(?:conference|day|evening|event|forum)"
    # the chair's own introduction to the room: « Pour ceux qui ne me connaissent pas, je suis la présidente… »
    r"|pour ceux qui (?:ne )?me connaissent pas|for those (?:of you )?who don't know me"
    r"|nos acompañan|(?:hoy |esta tarde |esta mañana )?(?:tenemos|contamos) con (?:nosotros|la presencia)"
    r"|ci accompagnano|abbiamo con noi|bei uns (?:sind|ist|heute)"
    # ... and how it is laid out: « La première porte sur le constat, et les quatre autres sur ce qu'on peut faire
    # concrètement. », "The first is about the problem, the other three about what to do."
    r"|(?:la première|le premier|the first(?: one)?)\s+(?:porte|portera|concerne|concernera|sera|is|will|looks"
    r"|deals)\b[^.;!?]{0,40}\b(?:les (?:deux|trois|quatre|cinq|six|sept) autres"
    r"|the other (?:two|three|four|five|six|seven))\b"
    # the time left for the room: "Four things, and then hopefully we'll have some time for questions."
    r"|(?:time|minutes) for (?:your |some )?questions|temps (?:pour|d'échange avec) (?:vos |les |des )?questions"
    r"|minutes (?:of|de) (?:questions|q&a|q and a|questions-réponses|questions et réponses)"
    r"|(?:keep|make) your questions (?:short|brief)|(?:say|tell us) who you are"
    # ... and a rebuttal announced, its content to come: "But I want to push back a bit on the framing." (a webinar's
    # key message once the set-up after it was gone), « je voudrais nuancer un peu le tableau »
    r"|push back (?:a (?:bit|little) |slightly |gently )?on (?:the|that|this|your) (?:\w+ )?(?:framing|premise|idea"
    r"|point|question|narrative|view)(?=\s*(?:[,.;:!?…]|$)|\s+(?:that|of|which)\s+(?:the|this|you|we|everyone|everybody"
    r"|I)\b)|nuancer (?:un peu |légèrement )?(?:le|ce|cette|la) (?:cadrage|propos|point"
    r"|idée|constat|tableau|discours)\b"
    # ... where to ask them, and the room's turn: "Please put your questions in the Q&A box rather than the chat" (a
    # webinar's key message once the host's aside was gone), "Let's go to questions, I see hands already."
    r"|(?:put|type|post|send|drop|write) (?:your |any )?(?:questions|comments) (?:in|into|on) (?:the|our) "
    r"|q ?& ?a (?:box|function|tab|panel)|(?:posez|écrivez|mettez) (?:vos|les) questions dans"
    r"|(?:let's|let us|we(?:'ll| will| can)|I'll|I will|shall we) (?:now )?(?:go|move|turn|open it up|come|get)"
    r" (?:on |over |straight )?to (?:the |your |some )?(?:questions|q ?& ?a|the room|the floor)(?=\s*(?:[,.;:!?…]|$|now\b))"
    r"|I (?:can )?see (?:some |a few |lots of |many )?hands|je vois (?:des|quelques|plusieurs) mains"
    # ... and the sitting's count: « Je constate que le quorum est atteint : nous sommes trente-trois présents… »
    r"|(?:le )?quorum (?:est|n'est pas|is|is not) (?:atteint|réuni|reached|present|met)|we are quorate"
    # the meeting's housekeeping: « la séance est enregistrée », « il est presque neuf heures, on va s'arrêter
    # là », « le compte rendu sera envoyé à tous », and the answer's « Très bonne question »
    r"|(?:séance|réunion|session|meeting|webinaire|webinar|émission|conférence|conference|talk|lecture|keynote|panel"
    r"|event|debate|débat|rencontre|table ronde) (?:est|is|is being|will be|sera)"
    r" (?:enregistrée?|recorded|retransmise?|streamed)|on va s'arrêter là|(?:le |the )?replay"
    # ... and where it can be seen again: "the recording will be on our website next week" (a keynote's seventh key
    # message), « l'enregistrement sera disponible en ligne »
    r"|(?:the|a) (?:recording|video|vidéo|podcast) (?:of (?:the|this|today's|tonight's) \w+ )?will be (?:on|online|available"
    r"|sent|posted|shared|up)|(?:l'enregistrement|la vidéo|la captation) (?:\w+ )?sera (?:disponible|en ligne|envoyée?"
    r"|mise? en ligne|diffusée?|sur)"
    # the chair's greeting to the room: « Je salue le public, nombreux ce soir »
    r"|je salue (?:le public|l'assistance|la présence|nos|les|tous|toutes)|I (?:would like to )?(?:welcome|acknowledge)"
    r" (?:everyone|all of you|those)"
    # the room itself: "The fire exits are at the back", "phones on silent", « les toilettes sont au fond »,
    # « le wifi, c'est… », "coffee is served in the foyer"
    # a question that reports the witness's own words back (« Sur la fraude, vous dites avoir suspendu 1 300
    # entreprises. » was a key message "made by" the deputy who asked)
    r"|^\W*(?:(?:sur|on|about|concernant|quant à) [^,]{1,40}, )?(?:vous|you) (?:dites|avez dit|affirmez|say|said|claim)"
    r"\b(?![^.]*\b(?:mais|but)\b)"
    r"|il reste (?:des|quelques|encore des) (?:places|chaises|sièges)|(?:seats|chairs) (?:left|available) (?:at|in)"
    r"|(?:les|the) (?:\w+ )?(?:notes|slides|présentations|presentations|documents) (?:will be|seront) (?:online|en ligne|available"
    r"|disponibles|sent|envoyée?s)"
    r"|fire exits?|emergency exits?|(?:sorties?|issues?) de secours|(?:phones?|téléphones?|portables?) (?:on|en) (?:silent|silence"
    r"|mode silencieux)|(?:toilets|restrooms|toilettes|baños|bagni) (?:are|sont|están|sono)\b"
    r"|(?:le |the )?wi-?fi(?:,| is| c'est| est)|(?:coffee|lunch|le déjeuner|le café|le buffet) (?:is|will be|sera|est)"
    r" (?:now )?(?:served|servi)"
    # ... and in German: « Die Notausgänge sind rechts », « Bitte warten Sie auf das Mikrofon », « damit uns auch der
    # Stream hört », « Handys bitte auf lautlos »
    r"|notausg[äa]ng\w*|(?:die )?toiletten (?:finden|sind)|warten sie (?:\w+ ){0,2}auf das mikrofon|(?:das|ein) mikrofon"
    r" (?:kommt|bekommen|geht)|der (?:live)?stream (?:hört|hören|mithört)|(?:handys?|telefone?) (?:bitte )?(?:auf|in)"
    r" (?:lautlos|stumm)|zum organisatorischen"
    # ... the thanks, who asks and to whom: « Herzlichen Dank an Anna Weber… », « Jansen ist mein Name », « Meine
    # Frage geht an Frau Weber »
    r"|(?:herzlichen|vielen|ganz herzlichen|großen) dank an|\bist mein name\b|\bmein name ist\b"
    r"|meine frage (?:geht|richtet sich) an"
    # ... the room filling up: « On attend encore quelques personnes, il y a déjà plus de 120 participants »,
    # "we'll give people another minute to join", "le uscite di sicurezza", « las salidas de emergencia »
    r"|on attend encore (?:quelques|deux ou trois|\w+) (?:personnes|participants|minutes)|(?:ça|la salle) se remplit"
    # (« On va attendre encore une petite minute, il y a encore des gens qui arrivent… », the mayor's first key
    # message of a public meeting, before it opened; "let's wait another minute, people are still coming in")
    r"|(?:on va|nous allons|je vais|on peut) attendre (?:encore )?(?:une|un|deux|quelques) (?:petite |petit |toute petite )?"
    r"(?:minutes?|instants?|moments?)|(?:il y a )?encore des (?:gens|personnes|participants) qui (?:arrivent|entrent|se connectent)"
    r"(?=\s*(?:[,.;:!?…]|$))"
    r"|(?:let's|we'll|we will|I'll) (?:just )?wait (?:for )?(?:another|a|one more|a couple of|a few) (?:minute|moment|seconds?"
    r"|minutes)|people are still (?:arriving|coming in|coming|finding their seats)(?=\s*(?:[,.;:!?…]|$))"
    r"|(?:il y a|nous sommes|on est) (?:déjà )?(?:plus de |près de )?\d+ (?:participants|inscrits|personnes connectées)"
    r"|(?:give|giving) (?:people|everyone|folks) (?:another|a) (?:minute|moment|few minutes) to join|people are still"
    r" joining|(?:waiting|wait) for (?:a few|some) more people"
    r"|uscite di sicurezza|(?:telefoni|cellulari) in (?:modalità )?silenzios|salidas? de emergencia"
    r"|(?:móviles|teléfonos) en silencio"
    # ... and who will not say who they are: "I don't want to give my name", « je ne donnerai pas mon nom »
    r"|(?:don't|do not|won't|will not|rather not|prefer not to) (?:want to )?(?:give|say|tell you) my name"
    r"|ne (?:veux|souhaite|voudrais) pas (?:donner|dire) mon nom|ne (?:donnerai|dirai) pas mon nom"
    # a question passed on to someone absent: « Je vais relayer la question à mon collègue chargé du commerce »
    r"|relayer (?:la|votre|cette|ta) question|(?:I'll|I will|we'll|we will) (?:pass|relay) (?:that|this|it"
    r"|the question|your question) on"
    r"|on s'arrête là|let's stop (?:here|there)|we(?:'ll| will) stop (?:here|there)"
    # the sitting's order of business: « Je mets d'abord aux voix l'amendement… », « Je vais laisser Mme Durand…
    # le présenter, puis nous aurons le débat avec les groupes, et ensuite nous passerons au vote » (a council's
    # last two key messages, said by its chair), "I'll now put the amendment to the vote"
    r"|(?:je|nous) (?:mets|mettons|soumets|soumettons|vais mettre|allons mettre) (?:[\w']+ )?(?:aux voix|au vote)"
    r"|(?:nous|on) (?:passerons|passera|allons passer|va passer|passe|passons) (?:ensuite |maintenant |donc )?au vote"
    r"(?=\s*(?:[,.;:!?…]|$)|\s+(?:sur|de) (?:l'|la |le |les )?(?:amendement|délibération|motion|budget|résolution))"
    r"|(?:I'll|I will|I now|I shall|let me|I'm going to) (?:now )?(?:put|putting) (?:it|this|that|the (?:\w+ )?(?:motion|amendment"
    r"|proposal|resolution|item)) to (?:the|a) vote"
    r"|(?:je vais|je) laisser? (?:\w+ ){1,8}?(?:le |la |les |vous |nous )?(?:présenter|exposer)\b"
    # the speaker on their own length and what they will bring, not a point: "I'll be quick, I promise, about ten
    # minutes.", « Alors je vais essayer d'être bref, et de vous donner surtout les chiffres, parce que c'est ça qui
    # engage. », "So, yes, I want to bring some numbers, because I think the debate is a bit abstract." (the key
    # messages of a town hall, a council's cycling plan, a panel on the AI Act; the figures that follow are the point)
    r"|(?:I'll|I will|I'm going to|I am going to|let me|I'll try to|I will try to|I'll try and) (?:try (?:to|and) )?"
    r"(?:be|keep (?:it|this|my remarks)) (?:very |really |fairly )?(?:quick|brief|short)\b"
    r"|je (?:serai|(?:vais|veux|voudrais) (?:essayer d'|tâcher d'|tenter d')?être|(?:essaierai|tâcherai) d'être)"
    r" (?:très |assez )?(?:bref|brève|court|courte|rapide|concise?)s?\b"
    r"|(?:I want|I'd like|I would like|I wanted|let me|I'm going|I am going|I'll|I will|allow me)(?: to)? (?:just )?"
    r"(?:bring|give|show|share with|share|offer|present|start with|begin with)(?: you)? (?:just |first )?(?:some|a few"
    r"|a couple of|two|three|the|our)? ?(?:\w+ )?(?:numbers|figures|facts|statistics|data)(?= *[,.;!…]| *$| because"
    r"| first| to start)"
    r"|(?:je vais|je voudrais|je veux|laissez-moi|permettez-moi de|je vais essayer de|(?:essayer|tâcher) d'être \w+,? et de)"
    r" (?:vous )?(?:donner|apporter"
    r"|citer|présenter|livrer|rappeler) (?:surtout |d'abord |rapidement |juste )?(?:quelques |des |les |deux |trois )?"
    r"(?:\w+ )?(?:chiffres|données|statistiques)(?= *[,.;!…]| *$| parce| pour commencer)"
    # ... on how they are introduced: « Voilà, je préférais le dire moi-même parce qu'on me présente souvent comme
    # sociologue, et ce n'est pas tout à fait ça. » (a seminar's last key message)
    r"|on me présente (?:souvent |parfois |toujours |en général )?comme|(?:I'm|I am) (?:often |sometimes |usually )?"
    r"(?:introduced|described|presented) as"
    # ... and an aside to the listener: "There's probably one within two miles of you." (a podcast guest's last key
    # message, after "find your nearest repair café"), « il y en a sûrement un près de chez vous »
    r"|(?:there's|there is|there'll be|you'll find|you'd find) (?:probably |likely |almost certainly |bound to be |sure to be )?"
    r"(?:one|some|a \w+|an \w+) (?:\w+ )?(?:near|close to|round the corner from|down the road from|within [\w ]{1,20}? of)"
    r" you\b|il y en a (?:sûrement|sans doute|probablement|forcément|certainement) (?:un|une|des|plusieurs) "
    r"(?:près|à côté|pas loin) de chez vous"
    # going on to what comes next: « Si vous n'avez plus de questions…, on peut peut-être poursuivre. » (only at
    # the sentence's end: « on va continuer à investir » is a commitment)
    r"|(?:on peut|on va|nous pouvons|nous allons|je propose qu'on|je vous propose de)\s+(?:peut-être\s+|donc\s+)?"
    r"(?:poursuivre|continuer|enchaîner|avancer)(?=\s*[.?!…]?\s*$)"
    r"|(?:let's|let us|we can|shall we)\s+(?:now\s+)?(?:continue|proceed|keep going|go on)(?=\s*[.?!…]?\s*$)"
    r"|(?:n'avez|n'y a|n'a) (?:plus|pas) (?:d'autres|de) questions|pas d'autres questions"
    r"|(?:any|no) (?:more|further|other) questions"
    r"|il est (?:presque |déjà |bientôt )?(?:\w+ )?heures?|it's (?:almost |already |nearly )?\w+ o'clock"
    r"|(?:le |un )?compte rendu sera|(?:the )?minutes will be (?:sent|circulated)"
    # a question announced, its question mark lost: « Je voulais demander, la nuit le parc il est squatté… »
    r"|^\W*(?:(?:oui|alors|bonsoir|bonjour|et)[,\s]+)*(?:je voulais|je voudrais|j'aimerais|moi je voulais) (?:vous |juste |"
    r"aussi |savoir,? |simplement )?(?:demander|savoir|poser une question)"
    r"|^\W*(?:(?:yes|so|hi|and)[,\s]+)*(?:I (?:just )?wanted to|I'd (?:just )?like to) (?:just )?ask\b"
    # the chair's list of what was agreed: « Je résume pour le compte rendu : réunion spécifique avec l'amicale… »
    r"|(?:je résume|je récapitule|je note) pour le compte rendu|pour le compte rendu,? (?:je|on) (?:note|retient)"
    r"|(?:to (?:sum up|summari[sz]e)|let me (?:sum up|note)) for the (?:minutes|record)|action points? (?:are|is)"
    r"|(?:très |excellente |bonne )+question\b|(?:very |really )?(?:good|great|excellent|fair|legitimate|tough)"
    r" question|question légitime|(?:I share|je partage) (?:your|votre|ta) (?:frustration|concern|anger|colère"
    r"|inquiétude|impatience)"
    # the speaker's career: « Avant ça, j'ai passé une quinzaine d'années à l'agence de l'eau… », "I spent ten years
    # at the Treasury"
    r"|(?:j'ai passé|I spent|I've spent|I have spent|j'ai travaillé|I worked|I've worked) (?:\w+ ){0,3}(?:ans|années"
    r"|years) (?:à|au|aux|chez|dans|at|in|for|with)\b|\bavant (?:ça|cela),? j'(?:étais|ai été|ai passé|ai travaillé)"
    # ... or the guest's, as the chair presents them: "He's spent the last decade, I think, looking at what actually
    # happens to young people…" (a lecture's key message), « elle a passé vingt ans à la Cour des comptes »
    r"|\b(?:he|she)(?:'s| has) spent (?:the (?:last|past) )?(?:\w+ ){0,2}(?:decades?|years)\b"
    r"|\b(?:il|elle) a passé (?:\w+ ){0,3}(?:ans|années) (?:à|au|aux|chez|dans)\b"
    # what the organisers wanted of the day: « Aujourd'hui on a voulu faire quelque chose d'un peu nouveau »
    r"|(?:aujourd'hui|ce soir|ce matin|cet après-midi),? (?:nous avons|on a) voulu"
    r"|(?:today|tonight|this morning|this afternoon),? we (?:wanted|want|have tried|tried) to"
    # the guests welcomed: « Nous accueillons le professeur Michel Dubois, chef du service… », "Please welcome Paul
    # Roy" (but « Nous accueillons 300 réfugiés par an », "We welcome refugees" are points)
    r"|(?:nous accueillons|j'accueille|nous recevons|je reçois|(?:nous avons|j'ai) le (?:grand )?plaisir d'accueillir"
    r"|(?:please |let's |let us )?welcome|we are welcoming|join me in welcoming)\s+"
    r"(?:(?:ce soir|aujourd'hui|ce matin|cet après-midi|avec (?:grand )?plaisir|today|tonight|now|back|here),?\s+)*"
    r"(?:(?:le|la|les|notre|nos|our|the|mon|ma|mes)\s+)?(?:(?:deux|trois|quatre|cinq|two|three|four|five)\s+)?"
    r"(?:professeure?\b|docteure?\b|madame\b|monsieur\b|mme\b|m\.|dr\b|prof\b|invitée?s?\b|intervenante?s?\b"
    r"|guests?\b|speakers?\b|panell?ists?\b|(?-i:[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+))"
    # the evening's subjects announced: "Tonight we discuss the pilot of laptops…", « Ce soir, nous abordons… »,
    # "We are here today to discuss…" (but "Today we discuss this with the unions every month" is rare enough)
    r"|(?:today|tonight|this (?:morning|afternoon|evening)),? (?:we|I) (?:will |'ll |are going to |'re going to |are |'re )?"
    r"(?:discuss|discussing|look(?:ing)? at|examin(?:e|ing)|consider(?:ing)?|cover(?:ing)?|talk(?:ing)? about"
    r"|focus(?:ing)? on|debat(?:e|ing)|address(?:ing)?|turn(?:ing)? to)\b(?!\s+(?:a lot|so much|too much|too little"
    r"|often|rarely|much|more|less)\b)"
    r"|(?:aujourd'hui|ce soir|ce matin|cet après-midi),? (?:nous (?:allons )?|on va |je vais )(?:discut\w*|abord\w*"
    r"|parl\w*|examin\w*|débat\w*|nous pench\w*|pench\w*|évoqu\w*|traiter|traitons)\b"
    r"(?!\s+(?:beaucoup|souvent|trop|peu|rarement|de plus en plus|moins|plus)\b)"
    r"|(?:we are|we're|nous sommes|on est) (?:here|ici|réunis|together) (?:today |tonight |aujourd'hui |ce soir )?"
    r"(?:to|pour) (?:discuss|talk|look|examine|consider|debate|discuter|parler|débattre|examiner|évoquer|aborder)"
    # the guests counted, and what the speaker will do: "Tonight we have two guests who rarely agree.", « Nous avons
    # trois invités ce soir pour parler de… », « Notre intervenante va parler une vingtaine de minutes »
    r"|(?:we have|we've got|nous avons|on a|j'ai)\s+(?:(?:ce soir|aujourd'hui|tonight|today|with us|avec nous),?\s+)?"
    r"(?:deux|trois|quatre|cinq|six|two|three|four|five|\d)\s+(?:invitée?s|intervenante?s|guests|speakers"
    r"|panell?ists)\b"
    r"|(?:notre|nos|our|my|mon|ma|mes)\s+(?:intervenante?s?|invitée?s?|speakers?|guests?)\s+(?:va|vont|will|is going to"
    r"|are going to)\s+(?:\w+\s+)?(?:parler|présenter|intervenir|speak|talk|present)"
    # a mishap in the room: "Oops this is now coming apart, let me just put the top in."
    r"|oops|whoops|oups|let me (?:just )?(?:put|plug|grab|fetch|switch|fix|find)|je (?:vais juste|remets|rebranche))\b",
    re.IGNORECASE,
)
# A view stated in order to be rebutted ("On entend souvent que ...", "People often say ..."): as a
# headline it would print the opposite of what the speaker argued.
_STRAWMAN = re.compile(
    r"\b(on entend (?:souvent|parfois|dire)|on dit (?:souvent|parfois)|certains (?:disent|pensent)|on pourrait croire"
    r"|on a longtemps (?:cru|pensé)|(?:people|some) (?:often |sometimes )?(?:say|think|believe|argue)|we often hear"
    r"|it is often said|you often hear|the common view"
    # a view the speaker reports in order to rebut it: « L'idée c'était : l'avenir, c'est l'export… »
    r"|l'idée,? c'était|on (?:nous )?(?:disait|pensait|croyait|répétait)|pendant (?:très |trop )?longtemps,? on"
    r"|the (?:idea|thinking|assumption) (?:was|used to be)|(?:people|we) used to (?:say|think|believe)"
    r"|it was (?:long )?(?:thought|believed|assumed)"
    # what the speaker reads or hears everywhere, before saying it is not so: "Every week I read that AI is going to
    # transform the state…" (then "That is not what I see")
    r"|(?:every (?:week|day|month)|all the time|constantly|sans cesse|tous les jours|chaque semaine),? (?:I|we|je|on)"
    r" (?:read|hear|see|lis|entends?|voit|vois)(?: (?:that|que|qu'|dire))?"
    r"|(?:I|we) (?:keep|kept) (?:reading|hearing)|(?:je|on) (?:lit|lis|entend|entends) partout"
    # a concession before the claim: « Je ne dis pas qu'il ne faut pas sortir du chalutage… » (the claim is after)
    r"|je ne dis pas (?:que|qu')|je dis pas (?:que|qu')|I'm not saying|I am not saying|I don't say"
    # (what the speaker does not dispute, before what they do: « notre groupe ne conteste pas la rénovation de
    # l'école », then « Ce que nous contestons, c'est la trajectoire financière »)
    r"|(?:je|nous|on|notre groupe|mon groupe) ne (?:conteste|contestons|remet|remettons|remettent) pas"
    r"|(?:we|I) (?:don't|do not) (?:dispute|question|contest|oppose)|(?:we're|we are|I'm|I am) not against"
    # ... and the courtesy before the critique: "Look, I do not want to be the person who throws cold water, Marta's
    # programme did important things." (then "But I see the other side…"), « je ne veux pas jouer les rabat-joie »
    r"|(?:I|we) (?:don't|do not) want to (?:be|sound like) (?:the (?:one|person|people)|that (?:person|guy)|a killjoy"
    r"|the party pooper)|(?:je|on) ne (?:veux|voudrais) pas (?:être|jouer) (?:celui|celle|ceux|le|la|les) "
    r"(?:qui|rabat-joie|oiseaux? de mauvais augure|trouble-fête)"
    # what most people think and the calls the speaker has heard, before what they find: 'When we say "digital
    # exclusion", most people immediately think skills.' (then "But in our research… it was income"), "I've heard
    # the calls for a statutory right to paid time off" (then "But for a small business…"), "There is a lot of
    # enthusiasm at the moment for micro-credentials" (then "I'm quite sceptical")
    r"|(?:most|many|a lot of) (?:people|of us|policymakers|employers) (?:immediately |instinctively |automatically "
    r"|spontaneously |still |tend to |would )?(?:think|assume|believe|imagine)(?! in\b)|la plupart des gens (?:pensent|croient"
    r"|imaginent)|on pense (?:tout de suite|immédiatement|spontanément|d'abord) (?:à|aux?)\b"
    r"|(?:I've|I have|we've|we have) (?:all )?heard (?:the|all the) (?:calls|arguments|case|demands|claims) (?:for|that)"
    r"|j'entends (?:bien )?(?:les appels|les demandes|ceux qui (?:disent|demandent|réclament))"
    r"|there(?:'s| is) (?:a lot of|a great deal of|much|huge|great) (?:enthusiasm|excitement|hype|buzz) (?:\w+ ){0,3}?"
    r"(?:for|about|around)|il y a (?:beaucoup d'|un grand |un vrai )?(?:enthousiasme|engouement) (?:\w+ ){0,3}?pour)\b",
    re.IGNORECASE,
)
# A sentence that leans on what someone else said leaves the reader asking "which barometer?":
# « Le baromètre dont parlait monsieur Morel… », "As Jürgen said, …". Fine in a body, weak as a headline.
_LEANS_BACK = re.compile(
    r"\b(dont (?:parlait|a parlé|parlaient|ont parlé|on a parlé|je parlais)|comme (?:le |la )?(?:disait|rappelait)"
    r"|comme l'(?:a|ont) (?:dit|rappelé|souligné)|ce que (?:disait|vient de dire|disaient)|je rejoins"
    r"|(?:évoqué|mentionné|cité)e?s? (?:tout à l'heure|plus tôt|précédemment)|as (?:\w+ )?(?:said|mentioned|noted)"
    r"|(?:mentioned|said) (?:earlier|before|previously)|i agree with|to (?:build on|echo) what"
    # ("I'd actually agree with Karen, and I think that's important.": who is Karen?)
    r"|I(?:'d|\s+would|\s+do)?(?:\s+(?:actually|fully|totally|completely|also|just|really|partly|entirely))?\s+agree"
    r"\s+with\s+(?-i:[A-ZÀ-Ý])[\w'-]*|je suis (?:\w+ )?d'accord avec (?-i:[A-ZÀ-Ý])[\w'-]*"
    # what the person addressed said before: « Tu disais qu'il y avait… », "You mentioned that…"
    r"|tu (?:disais|as dit|parlais|évoquais|as évoqué)|vous (?:disiez|avez dit|parliez|évoquiez|avez évoqué)"
    r"|you (?:were saying|referred to)|^you (?:said|mentioned|talked about)"
    # "the one Nadia mentioned", "what Jonas describes", "connects to what Nadia said"
    r"|(?:the one|what) (?-i:[A-Z])[\w'-]+ (?:said|says|mentioned|described|describes|raised|just said)"
    # ... all of it, confirmed: "Everything Daniel said about the paperwork is true, I can confirm it." (a keynote's
    # last key message), « Tout ce qu'a dit Daniel sur la paperasse est vrai »
    r"|(?:everything|all|most of what|much of what) (?-i:[A-Z])[\w'-]+ (?:has )?(?:just )?(?:said|says|described)"
    r"|tout ce (?:que |qu')(?:(?:a|vient de) (?:dit|dire|décrit) (?-i:[A-ZÀ-Ý])[\w'-]*"
    r"|(?-i:[A-ZÀ-Ý])[\w'-]* (?:a|vient de) (?:dit|dire|décrit))"
    # ... and whom the speaker disagrees with, before saying why: « Sur l'encadrement, je vais être franc, je ne suis
    # pas d'accord avec Madame la députée. » (the next sentence is the point), "I don't agree with Paul"
    r"|je ne suis (?:\w+ ){0,3}d'accord avec (?-i:[A-ZÀ-Ý])[\w'-]*|(?:I|we) (?:don't|do not|can't|cannot) (?:\w+ )?agree with "
    r"(?-i:[A-Z])[\w'-]*|(?:I|we) (?:\w+ )?disagree with (?-i:[A-Z])[\w'-]*"
    r"|(?:celui|celle|ce) (?:que|qu'|dont) (?-i:[A-ZÀ-Ý])[\w'-]+"
    r" (?:a (?:dit|évoqué|décrit|mentionné|parlé)|décrit|évoque|parlait))\b",
    re.IGNORECASE,
)
# "Julien, vous allez…", "Anna, can you…" address someone; "Today, 28 million people…", "Second, we built…"
# do not: the name must be followed by words of address
# (a full name too, and "your" a few words on: "Linda, many of your members now use software to screen CVs.",
# « Karim Haddad, vous formez les futurs journalistes. »)
_VOCATIVE = re.compile(r"^(?-i:(?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+),\s+(?:est-ce que|pouvez|peux|pourriez"
                       r"|pourrais|voulez|veux|vous|tu|toi|te|je (?:vous|te)|you|your|can you|could you|would you"
                       r"|do you|did you|what do you|how do you|(?:\w+\s+){1,3}?(?:your|vos|votre|ton|ta|tes)\b)\b",
                       re.IGNORECASE)


@lru_cache(maxsize=None)
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list for the language (no model needed), plus spoken fillers."""
    try:
        import importlib

        words = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    except Exception:
        words = set()
    fillers = {"euh", "heu", "hum", "ben", "bah", "voilà", "yeah", "okay", "uh", "um", "mm", "hmm", "gonna",
               "wanna", "gotta", "kind", "sort", "thing", "things", "stuff", "lot", "really", "just", "actually",
               # talk's own verbs and vague nouns, which any two sentences share (« je veux le dire, parce qu'on entend
               # beaucoup de choses » went under the point « je veux juste ajouter une chose : les vélos… »)
               "want", "wanted", "think", "thought", "know", "knew", "mean", "means", "said", "got", "going", "like",
               "yeah", "right", "chose", "choses", "truc", "trucs", "fois", "veux", "voulais", "voudrais", "vouloir",
               "disais", "faut", "crois", "sais", "savoir", "bien"}
    return frozenset(w.casefold() for w in words) | fillers


# A name of several words ("Saint-Pierre-des-Corps", "Île-de-France", "Karim Benali", "Sables-d'Olonne") is one
# concept: split, it made five ("saint", "pierre", "corps" and two pairs), and a statement on freight logistics
# "near the station of Saint-Pierre-des-Corps" went under the point on a night bus to Saint-Pierre-des-Corps
_NAME_PART = r"[A-ZÀ-Ý][^\W\d_]*(?:[-'’][^\W\d_]+)*"
_NAME_RUN = re.compile(_NAME_PART + r"(?:(?:\s+|-)(?:(?:de|du|des|la|le|les|lès|sur|en|of|the|von|van|del|di|da)"
                       r"(?:\s+|-))?" + _NAME_PART + r")*")


def _one_word_names(text: str, stop: frozenset[str]) -> str:
    """The text with each name of several words written as one word (its letters run together)."""
    def join(m: re.Match[str]) -> str:
        words = m.group(0).split()
        lead = []
        while words and words[0].casefold() in stop:   # "In Sweden", « Les Sables-d'Olonne »: a word before
            lead.append(words.pop(0))
        name = " ".join(words)
        if sum(w.casefold() not in stop for w in re.findall(r"[^\W\d_]{2,}", name)) < 2:   # (« C'est-à-dire »)
            return m.group(0)
        return " ".join(lead + [re.sub(r"[\W\d_]+", "", name)])
    return _NAME_RUN.sub(join, text)


def _content_words(sentence: Sentence) -> list[str]:
    """The content words of a sentence in order, lower-cased and crudely singularised; a name of several
    words is one."""
    stop = _stop_words(sentence.language)
    out = []
    for w in _WORD.findall(_one_word_names(without_annotations(sentence.text), stop)):
        w = w.casefold()
        if w in stop:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def _concepts(sentence: Sentence, bigrams: bool = False) -> set[str]:
    """A sentence's concepts: its content words and, optionally, pairs of neighbouring content words
    ("remote control", "mesure d'impact"), the units a reader recognises a point by."""
    words = _content_words(sentence)
    out = set(words)
    if bigrams:
        out.update(f"{a} {b}" for a, b in zip(words, words[1:]) if a != b)
    return out


# A headline that opens on a conjugated verb has lost its subject to the sentence before (ASR segments,
# « …les mesures de sécurité qu'il veut faire appliquer, | doit rejoindre cette analyse… », "Seems like
# everything…", "Will give you a lot of insight…"). Imperatives are claims ("Don't wait for…"); « Est-ce
# que », « Peut-on » ask (and are caught as questions).
_NO_SUBJECT = {
    "en": re.compile(r"^(?:is|are|was|were|does|doesn't|isn't|aren't|wasn't|didn't|can't|won't|wouldn't|couldn't"
                     r"|makes|needs|goes|seems|sounds|means|has|hasn't|depends|works|should|would|could|will|can"
                     # (verbs that are no plural noun at a sentence's start: "Sends out a signal and then…")
                     r"|sends|gives|takes|allows|requires|includes|provides|creates|says|tells|thinks|wants"
                     r"|knows|becomes|contains|involves)\b"
                     r"(?!\s?-)", re.IGNORECASE),
    "fr": re.compile(r"^(?:doit|doivent|est|sont|ont|peut|peuvent|permet|permettent|va|vont|fait|font|sera|seront"
                     r"|serait|était|étaient|avait|avaient|devrait|devraient|pourrait|faut|semble|concerne|dépend)"
                     r"\b(?![-'’]|\s-)", re.IGNORECASE),
}


# A passage whose subject is a pronoun standing for something said before ("They're moulded and look a bit
# different", "It should be easy to find", « Cela nous permet d'être en relation… ») is no point on its own: a
# reader of the synthesis does not know what "they" are. The impersonal "it" and « il » are claims ("It is
# essential that we support…", "It's important to…", « Il faut… », « Il y a… », « Il est urgent de… »);
# « c'est » is left alone, as it opens as many clefts (« C'est la commune qui… ») as references.
_REFERS_BACK = {
    "en": re.compile(
        r"^(?:(?:they|he|she)(?:'re|'s|'ve|'d|'ll)?\b(?!\s?-)"
        r"|it(?:'s|'ll|'d)?\s+(?!(?:(?:is|was|will|would|could|should|might|may|can|has|had|been|be|not|also|just"
        r"|really|very|quite|so|more|most|absolutely|extremely|particularly|clearly|therefore|still|always|now|then"
        r"|becoming|become|becomes|getting|a|little|bit)\s+)*[\w-]+\s+(?:to|that|for|whether|how|when|if|because)\b)"
        r"(?!(?:seems|seemed|appears|appeared|turns|turned|looks|looked|sounds|sounded|happens|remains|depends"
        r"|follows|goes without)\b)(?=\w)"
        r"|(?:that|this)(?:'s|\s+(?:is|was|will|would|could|should|can|means|meant|makes|made|has|had|does|did"
        r"|isn't|wasn't|doesn't|didn't|seems|sounds|gives|shows|helps|allows|leads|takes|goes|needs|requires"
        r"|depends|brings|explains|raises|changes)\b)"
        r"|(?:these|those)\s+(?:are|were|have|had|will|would|can|could|should|'re)\b"
        # a pronoun after a preposition, before a pause: "With it, a stolen password is no longer enough"
        r"|(?:with|without|thanks to|because of|for|against)\s+(?:it|them|this|that|these|those)\s*,)",
        re.IGNORECASE),
    "fr": re.compile(
        r"^(?:(?:ils|elles|elle)\b(?!\s?-)"
        r"|il\s+(?!(?:n'|ne\s+)?(?:y\b|faut|fallait|faudra|faudrait|s'|se\b|reste|restait|existe|existait|semble"
        r"|semblait|suffit|suffirait|manque|convient|importe|vaut|arrive|paraît|est|était|sera|serait"
        r"|(?:va|allait|peut|pouvait|pourrait|doit|devait|devrait|risque)\s+(?:y\b|falloir|s'|se\b|être|avoir)))"
        r"(?=\w)"
        r"|(?:cela|ça|ceci)\s+(?!fait\s+(?:\w+\s+){0,2}(?:ans|mois|semaines|jours|années)\b)(?=\w)"
        r"|(?:celui|celle|ceux|celles)-(?:ci|là)\b"
        # « Avec elle, un mot de passe volé ne suffit plus… » (elle: the double authentication, said before)
        r"|(?:avec|sans|grâce à|pour|contre|chez)\s+(?:elle|elles|lui|eux|cela|ça|celle-ci|celui-ci)\s*,)",
        re.IGNORECASE),
}


# The other branch of a condition said before: "Otherwise we create a strange situation where a courier has more
# rights…" (the sample panel: otherwise than extending the rules to all workers), « Sinon on crée… », « Dans ce
# cas, … ». However many words of its own it has, its point is in the sentence before.
_OTHER_BRANCH = {
    "en": re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:otherwise|or else|if not|in that case|in which case)(?![\w-])",
                     re.IGNORECASE),
    "fr": re.compile(r"^\W*(?:(?:et|mais|donc)\s+)?(?:sinon|autrement|à défaut|dans ce cas|auquel cas"
                     r"|si(?:\s+ce)?\s+n'est\s+pas\s+le\s+cas)(?![\w-])", re.IGNORECASE),
}


# A pronoun, inside the sentence, for something said before it: « Il faut les faire revenir… » (the investors),
# « Nous l'avons fait grâce au… », « …pour s'y retrouver » (the maze of aid), « C'est pour eux que… », "We just
# don't want it to take five years.", "Politicians need to hear that, because…". The reader of a key message has
# not heard the sentence before: such a headline is kept only where nothing says the point on its own.
_CONTEXT_PRONOUN = {
    "fr": re.compile(
        r"\b(?:faut|faudrait|doit|doivent|devons|devez|peut|peuvent|pouvons|pouvez|va|vont|allons|veut|veulent"
        r"|voulons)\s+(?:les|leur|lui|l')\s*\w+(?:er|ir|re)\b"
        r"|\b(?:je|j'|on|nous|vous|ils|elles)\s+(?:ne\s+|n')?(?:les|l'|leur|lui)\s*(?:a|ai|as|avons|avez|ont|avait"
        r"|avions|fait|faisons|font)\b"
        r"|\bs'y\b|\b(?:pour|avec|chez|par|sans|contre|comme|d')\s*eux\b"
        # « Dans ces services-là, on a vu… », « Les deux qui se sont dégradés… », « …en sont la preuve. »
        r"|\b(?:ces|cet|cette|ce)\s+\w+-là\b|^(?:les|la|le) (?:deux|trois|quatre|premiers?|premières?|autres?)"
        r" (?:qui|que|dont)\b|\ben (?:est|sont) la preuve\b", re.IGNORECASE),
    "en": re.compile(
        r"\bthem\b"
        r"|\b(?:do|does|did|doing|make|makes|made|want|wants|wanted|take|takes|keep|keeps|use|uses|used|fund|funds"
        r"|see|saw|tried|try|get|got|put|fix|stop|scale|scaled|hear|said|say|change|test|tested|sell|sold|run|build"
        # (before a pause or what it should do, not at the end: "…so the people who need training most actually
        # get it." has its "it" in the sentence)
        r"|built)\s+(?:it|that|this)\b(?=\s*[,;:]|\s+(?:to|up|down|out|back|off|again|now|work|happen)\b)"
        # what was said before, named by a demonstrative or a count: "In those services we saw councils use…",
        # "The two that got worse were both in housing repairs…", "…markets are the proof of that."
        r"|^(?:(?:in|for|with|on|at|from|among|across)\s+)?(?:those|these)\s+(?!(?:days|years|times|cases)\b)\w+"
        r"|^the (?:two|three|four|five|first|second|other|last) (?:that|which|who)\b"
        r"|\b(?:of|about|on|to|from|with|for)\s+(?:that|this)\s*[.!?…]*\s*$",
        re.IGNORECASE),
}
CONTEXT_HEADLINE = 0.8   # fitness kept by a headline that leans on a pronoun for something said before


def needs_context(text: str, language: str) -> bool:
    """Whether a headline leans on a pronoun for something said before it (see ``_CONTEXT_PRONOUN``)."""
    pattern = _CONTEXT_PRONOUN.get(language)
    return pattern is not None and bool(pattern.search(text.replace("’", "'")))


def other_branch(text: str, language: str) -> bool:
    """Whether a passage opens on the other branch of a condition said before (see ``_OTHER_BRANCH``)."""
    pattern = _OTHER_BRANCH.get(language)
    return pattern is not None and bool(pattern.match(text.lstrip()))


def refers_back(text: str, language: str) -> bool:
    """Whether a passage's subject is a pronoun for something said before it (see ``_REFERS_BACK``)."""
    text = text.lstrip().replace("’", "'")
    return any(p is not None and p.match(text) for p in (_REFERS_BACK.get(language), _OTHER_BRANCH.get(language)))


# A quote's first words that stand for what the sentence before said: "Some of them had been out of work for five,
# six years." (them: the 42 staff of the sentence before), "Now I'm not saying that's a statistic, it's one voice"
# (the voice: the participant quoted just before), « Certains d'entre eux… »
_OPENS_ON_BEFORE = {
    "en": re.compile(r"^(?:(?:now|and|but|so|well)[,\s]+)*(?:(?:some|many|most|all|none|one|two|three|few|each|half|several|both|any|a (?:lot|third"
                     r"|quarter|half|few)) of (?:them|those|these)\b"
                     r"|(?:I'm|I am|we're|we are) not (?:saying|claiming|suggesting) (?:that|this|it)(?:'s|\s+(?:is|was))\b)",
                     re.IGNORECASE),
    "fr": re.compile(r"^(?:(?:et|mais|donc|alors|bon)[,\s]+)*(?:(?:certains|certaines|beaucoup|la plupart|plusieurs|aucun|aucune|la moitié|chacun|chacune"
                     r"|un|une|deux|trois) (?:d'entre eux|d'entre elles|d'eux|d'elles)\b"
                     r"|je ne dis pas (?:que )?(?:c'est|ce soit|ça)\b)", re.IGNORECASE),
}
# ... and a short answer to the question just asked: "Yes, we have some, and good luck to them." (some what?)
_SHORT_ANSWER = re.compile(r"^\W*(?:yes|yeah|no|oui|non|absolutely|exactly|tout à fait|absolument)\b[\s,.!]*(?=\w)",
                           re.IGNORECASE)


def opens_on_before(sentences: Sequence[Sentence], i: int) -> bool:
    """Whether sentence ``i``, opening a quote, leans on the sentence before it, which the reader does not see: it
    names someone else's view ("I'd agree with Karen", see _LEANS_BACK), stands for what was said before it (see
    _OPENS_ON_BEFORE), or briefly answers the question that ended the turn before."""
    s = sentences[i]
    text = s.text.replace("’", "'")
    said = text[skip_openers(text, conjunctions=True, language=s.language):]
    rx = _OPENS_ON_BEFORE.get(s.language)
    if _LEANS_BACK.search(text) or (rx is not None and rx.match(said)):
        return True
    answer = _SHORT_ANSWER.match(text)
    if not answer or not i or sentences[i - 1].turn == s.turn or len(text[answer.end():].split()) >= 10:
        return False
    # (the question can close its turn, or come before the reason for it: "Graham, what is it specifically you object
    # to? Because your organisation has members who've adopted it.")
    asked = [p for p in sentences[max(0, i - 2):i] if p.turn == sentences[i - 1].turn]
    return any(p.text.rstrip().endswith("?") for p in asked)


def _lost_subject(text: str, language: str) -> bool:
    """Whether a passage opens on a conjugated verb whose subject was in the sentence before."""
    pattern = _NO_SUBJECT.get(language)
    return pattern is not None and bool(pattern.match(text.lstrip()))


MISHEARD_QUOTE = 0.5      # quality a quote loses when it is that unheard (less in proportion)
MISHEARD_SPAN = 0.4       # a sentence this much less sure than the event's median is as good as unheard


def heard(sentences: Sequence[Sentence]) -> np.ndarray:
    """How well the speech recogniser heard each sentence, 0..1, against the rest of its event: 1 at or above
    the event's median confidence, down to 0 at ``MISHEARD_SPAN`` below it. All 1 for a transcript without
    confidences (a written one, subtitles) or with them for less than half its sentences. A sentence the
    recogniser was unsure of may not be what was said (« on appelle ça cette réglementation permet
    auparavant… »): a weaker headline, and a quote that could put words in the speaker's mouth."""
    conf = np.array([np.nan if s.confidence is None else s.confidence for s in sentences], dtype=float)
    known = ~np.isnan(conf)
    if not len(conf) or known.sum() < 0.5 * len(conf):
        return np.ones(len(conf))
    median = float(np.median(conf[known]))
    return np.clip(1.0 - (median - np.where(known, conf, median)) / MISHEARD_SPAN, 0.0, 1.0)


REFERS_BACK_HEADLINE = 0.5  # fitness kept by a sentence whose subject is a pronoun for what was said before
REFERS_BACK_CONTENT = 10    # ... when it says less than this many content words of its own
REFERS_BACK_QUOTE = 0.1     # quality a quote loses when it opens so

FRAGMENT_HEADLINE = 0.5   # fitness kept by a sentence that is no clause (its parse's root a noun)
EXCLAIMED_HEADLINE = 0.6  # fitness kept by a sentence said with an exclamation mark
FLAGGED_HEADLINE = 1.5    # fitness gained by a sentence its speaker names as their message (see _OWN_MESSAGE)

FRAGMENT_QUOTE = 0.3      # quality a passage loses when it opens on one (English only: see nlp.is_clause)


# A case told as an example, opened as such: « Dans la vraie vie, un couple de retraités à Voiron… », « Le
# lendemain, vous prévenez le service… », "For example, last week a family in Leeds…". The point it illustrates
# is the headline an editor writes; the case is the body's or the quote's.
_ANECDOTE = re.compile(
    r"^\W*(?:(?:et|and|so|donc|alors|mais|but)\s+)?(?:dans la vraie vie|par exemple|prenons (?:un|l')exemple"
    r"|je (?:prends|vais prendre|vous donne) (?:un|l')exemple|un exemple|l'autre jour|la semaine dernière"
    r"|le mois dernier|imaginez|le lendemain|in real life|for example|for instance"
    r"|take (?:the|a|an) (?:example|case)|to give you an example|let me give you an example|the other day"
    r"|last week|last month|imagine|the next day|je me souviens|I remember|quand j'étais|when I was)\b"
    # ... or a person of the story given a name of convenience, anywhere: « j'ai un élève, je vais l'appeler
    # Mehdi, qui… », "one of the drivers, I'll call him Dave, stopped me…"
    r"|.*\b(?:je vais l'appeler|on va l'appeler|appelons-(?:le|la)|I'll call (?:him|her|them)|let's call (?:him|her|them)"
    r"|lo llamaré|la llamaré|vamos a llamarl[oa])\b", re.IGNORECASE)


def headline_fitness(sentence: Sentence, speaker_role: str, ideal: tuple[int, int] = (14, 34),
                     moderator_factor: float = 0.4, anecdote_factor: float = 0.5, figure_factor: float = 1.2) -> float:
    """A sentence's fitness as a key message, 0 (never) to about 1: a claim of sensible length."""
    text = sentence.text.strip().replace("’", "'")   # the patterns are written with straight apostrophes
    clean = clean_disfluencies(text, sentence.language)
    words = clean.words
    head = make_headline(text, sentence.language)
    if words < 8 or words > 55 or text.endswith("?") or PROCEDURAL.search(text) or _SELF_INTRO.search(text) \
            or UNHEARD.search(text) or UNMARKED_QUESTION.match(head):
        return 0.0
    if not sentence.has_verb:
        return 0.0
    content = sentence.content_words or len(_concepts(sentence))
    if content < 4:
        return 0.0
    first = clean.text[:1]
    if not (first.isalpha() or first.isdigit() or first in "«\"“"):
        return 0.0  # starts mid-word ("'s probably about it"): a broken segment, not a point
    q = passage_quality(clean, sentence.language) + cut_cost(clean)  # headlines are rewritten anyway
    lo, hi = ideal
    q *= min(1.0, words / lo) * (1.0 if words <= hi else hi / words)
    q *= min(1.0, 0.4 + 1.2 * content / words)   # dense in content words, not in "on a, on a, c'est"
    # (talk about the talk that only announces the claim goes with the headline's lead: "The first thing I want
    # to say is that cities that invested in buses…" is the claim)
    if _META.search(_SIGNPOSTED.get(sentence.language, _NOTHING).sub("", text)):
        q *= 0.25
    if _VOCATIVE.match(clean.text):
        q *= 0.4
    if _STRAWMAN.search(text):
        q *= 0.3
    if _LEANS_BACK.search(text):
        q *= 0.4
    if _ANECDOTE.match(text):
        q *= anecdote_factor
    elif figure_factor != 1.0 and _FIGURE.search(head):
        q *= figure_factor   # "motor traffic fell by 42 percent": the figures an editor builds the post around
    if text.rstrip(" »”\"").endswith("!"):
        q *= EXCLAIMED_HEADLINE   # a retort (« Le parking relais, il est à un kilomètre et demi ! »), not a claim
    if _lost_subject(head, sentence.language):
        q *= 0.3    # its subject is in the sentence before
    elif refers_back(head, sentence.language) and (content < REFERS_BACK_CONTENT
                                                   or other_branch(head, sentence.language)):
        q *= REFERS_BACK_HEADLINE   # "They're moulded and look a bit different": what are "they"?
    elif needs_context(head, sentence.language) and content < REFERS_BACK_CONTENT:
        q *= CONTEXT_HEADLINE   # "We just don't want it to take five years.": what is "it"? (a sentence with ten
        # content words of its own says its point anyway: on AMI, penalising those too cost 0.7 ROUGE-1)
    if trails_off(text, sentence.language):
        q *= 0.3    # broken off: a headline would put words in the speaker's mouth to finish it
    if not sentence.is_clause:
        q *= FRAGMENT_HEADLINE   # "Zones of speech of one speaker without any noise…": a noun phrase, no claim
    if speaker_role != "moderator" and flags_message(sentence):
        q *= FLAGGED_HEADLINE   # "So my message is: …": the speaker says which sentence is the point
    if speaker_role == "moderator" and (not _RECAP.search(text) or _HEARD.search(text)):
        q *= moderator_factor   # moderators frame points; the speakers make them (but their recap sums them up)
    elif speaker_role == "audience":
        q *= 0.7
    return max(0.0, q)


# A figure in a headline (digits once numbers said in words are written so): a share, a sum, a count of something
# (« 42 % », "£250,000", "1,190 deaths", « 410 millions d'euros », « 10 heures par semaine »); not a year alone ("in
# 2019"), a bare number (« pas 50 pour faire plaisir au financeur ») nor a small count said in words
_FIGURE = re.compile(
    r"[£$€]\s?\d|(?<![\w.,])\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)"   # "£250,000", "6,200 vehicles", « 400 000 »
    r"|(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:%|(?i:percent|per\s+cent|pour\s?cent|€|euros?|dollars?|pounds?|£|millions?"
    r"|milliards?|billions?|bn|thousand|mille|people|personnes|jobs|emplois|homes|logements|households|ménages"
    r"|students|étudiants|jeunes|young|children|enfants|years?|ans|months?|mois|weeks?|semaines|days?|jours|hours?"
    r"|heures|tonnes|km|times|fois|deaths|morts|members|membres|companies|entreprises|municipalities|communes"
    r"|projects|projets|micrograms?|microgrammes?|degrees?|degrés|vehicles|véhicules|beds|lits|places)\b)")


@dataclass
class _Objective:
    """State of the greedy submodular maximisation over sentences."""

    nb_idx: np.ndarray          # (n, k) neighbours of each sentence
    nb_w: np.ndarray            # (n, k) their weights in [0, 1]
    cap: np.ndarray             # (n,) coverage cap of each sentence
    rev_ptr: np.ndarray         # CSR by covering sentence: which sentences c covers, with which weight
    rev_idx: np.ndarray
    rev_w: np.ndarray
    topics: np.ndarray          # (n,) topic id
    reward: np.ndarray          # (n,) singleton reward for the diversity term
    topic_weight: np.ndarray    # (n_topics,)
    concepts: list[set[str]]
    concept_weight: dict[str, float]
    mu: float                   # the event's mean sentence similarity: what "unrelated" looks like here

    def __post_init__(self) -> None:
        self.covered = np.zeros(len(self.cap), dtype=np.float64)
        self.topic_mass = np.zeros(len(self.topic_weight), dtype=np.float64)
        self.seen: set[str] = set()

    def gains(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Marginal gain of adding each sentence, per term."""
        cov_i = self.covered[self.rev_idx]
        cap_i = self.cap[self.rev_idx]
        delta = np.minimum(cov_i + self.rev_w, cap_i) - np.minimum(cov_i, cap_i)
        cov = np.zeros(len(self.cap))
        nonempty = np.diff(self.rev_ptr) > 0
        if delta.size:
            sums = np.add.reduceat(delta, self.rev_ptr[:-1][nonempty])
            cov[nonempty] = sums
        mass = self.topic_mass[self.topics]
        div = self.topic_weight[self.topics] * (np.sqrt(mass + self.reward) - np.sqrt(mass))
        con = np.array([sum(self.concept_weight.get(w, 0.0) for w in c - self.seen) for c in self.concepts])
        return cov, div, con

    def add(self, j: int) -> None:
        """Add sentence ``j`` to the selection."""
        lo, hi = self.rev_ptr[j], self.rev_ptr[j + 1]
        self.covered[self.rev_idx[lo:hi]] += self.rev_w[lo:hi]
        self.topic_mass[self.topics[j]] += self.reward[j]
        self.seen |= self.concepts[j]


def _knn(vectors: np.ndarray, k: int, chunk: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's k nearest neighbours (cosine), itself excluded, in bounded memory."""
    n = len(vectors)
    idx = np.zeros((n, k), dtype=np.int64)
    sim = np.zeros((n, k), dtype=np.float32)
    for start in range(0, n, chunk):
        block = vectors[start:start + chunk] @ vectors.T
        rows = np.arange(block.shape[0])
        block[rows, start + rows] = -np.inf
        part = np.argpartition(-block, k - 1, axis=1)[:, :k]
        idx[start:start + chunk] = part
        sim[start:start + chunk] = np.take_along_axis(block, part, axis=1)
    return idx, sim


def _build_objective(sentences: Sequence[Sentence], vectors: np.ndarray, config: TakeawayConfig,
                     sections: Sequence[object] | None = None) -> _Objective:
    n = len(sentences)
    k = max(1, min(config.neighbours, n - 1))
    nb_idx, nb_sim = _knn(vectors, k)
    # e5 similarities sit high (0.7-0.9) for any two sentences of one meeting: measure from the
    # event's own mean similarity so that "related" means related *within this event*
    mean_vec = vectors.mean(axis=0)
    mu = float(min(0.95, (n * float(mean_vec @ mean_vec) - 1.0) / max(1, n - 1)))
    nb_w = np.clip((nb_sim - mu) / max(1e-6, 1.0 - mu), 0.0, 1.0).astype(np.float64)
    # a sentence covers itself fully, and its neighbours by similarity
    rows = np.concatenate([np.arange(n), np.repeat(np.arange(n), k)])
    cols = np.concatenate([np.arange(n), nb_idx.ravel()])
    vals = np.concatenate([np.ones(n), nb_w.ravel()])
    cap = config.coverage_cap * (1.0 + nb_w.sum(axis=1))
    order = np.argsort(cols, kind="stable")  # CSR by the covering sentence
    rev_idx, rev_w = rows[order], vals[order]
    rev_ptr = np.searchsorted(cols[order], np.arange(n + 1))
    centrality = nb_w.mean(axis=1)
    reward = centrality / max(float(centrality.max()), 1e-9)
    topics = _topics(vectors, np.asarray(sections) if sections is not None else np.zeros(n, dtype=np.int64),
                     [s.turn for s in sentences], item_starts(sentences))   # (sections: a part id per sentence)
    n_topics = int(topics.max()) + 1 if n else 1
    voices = np.array([len({sentences[i].speaker_id for i in np.flatnonzero(topics == t)}) for t in range(n_topics)])
    topic_weight = 1.0 + 0.15 * np.minimum(voices, 5)
    concepts = [_concepts(s, bigrams=config.bigram_concepts) for s in sentences]
    counts: dict[str, int] = {}
    for c in concepts:
        for w in c:
            counts[w] = counts.get(w, 0) + 1
    # a concept counts when it recurs; log damping keeps one ubiquitous word from dominating
    weights = {w: float(np.log1p(c)) for w, c in counts.items() if c >= 2}
    return _Objective(nb_idx, nb_w, cap, rev_ptr, rev_idx, rev_w, topics, reward, topic_weight, concepts, weights,
                      mu)


def _lexical_vectors(concepts: Sequence[set[str]], dims: int = 2048, unshared: float = 0.0) -> np.ndarray:
    """TF-IDF of each sentence's concepts, hashed into ``dims`` columns and L2-normalised.

    Embeddings of one event sit close together (everything is "about social innovation"); shared
    concepts ("financeur", "mesure d'impact") are what tells which sentences make the same point. A
    concept nobody else uses links nothing: left out by default; with ``unshared`` it weighs that much
    of its TF-IDF, so a passage sharing one of its many concepts shares a small part of what it says
    ("Wir bilden sehr gute Pflegekräfte aus, aber viele gehen ins Ausland…" shares "Pflegekräfte" with
    any point of a care panel, and nothing else).
    """
    import zlib

    n = len(concepts)
    df: dict[str, int] = {}
    for c in concepts:
        for w in c:
            df[w] = df.get(w, 0) + 1
    out = np.zeros((n, dims), dtype=np.float32)
    for i, c in enumerate(concepts):
        for w in c:
            if df[w] > 1:
                out[i, zlib.crc32(w.encode()) % dims] += np.log(n / df[w])
            elif unshared:
                out[i, zlib.crc32(w.encode()) % dims] += unshared * np.log(n)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-8)


def _normalised(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    top = float(x[mask].max()) if mask.any() else 0.0
    return x / top if top > 0 else np.zeros_like(x)


def _greedy(obj: _Objective, fitness: np.ndarray, vectors: np.ndarray, count: int, config: TakeawayConfig,
            allowed: np.ndarray, spread: bool = False, exchange: np.ndarray | None = None,
            topics: np.ndarray | None = None, speakers: np.ndarray | None = None, per_speaker: int = 0,
            voices: np.ndarray | None = None, flagged: np.ndarray | None = None,
            turn_of: np.ndarray | None = None, shares: dict[str, int] | None = None) -> list[int]:
    """Pick up to ``count`` sentences among ``allowed``, best marginal gain first, no near-duplicates.

    With ``spread``, no topic gets a second point while another topic that has a candidate has none:
    the whole event is covered before any part of it is covered twice. With ``exchange`` (an id per
    sentence, see exchanges; -1 for no part), the same holds of exchanges once every topic has its point:
    a short panel is one topic segment, and its moderator's first question gave two points on diagnostics
    while the panelist who raised grid delays, and the one who raised training, gave none.
    ``flagged`` sentences (the speakers' own messages, see flagged_messages) are picked first, each its own
    point even where its exchange has one, but for one that says again what its speaker flagged in another
    turn of the same exchange (``turn_of``). ``shares`` caps the points of some voices (a debate's sides, see
    _sides) as ``per_speaker`` caps every voice's.
    """
    picked: list[int] = []
    allowed = allowed & (fitness > 0)
    topics = obj.topics if topics is None else topics   # (the topic segment each sentence covers)
    covered_topics: set[int] = set()
    covered_exchanges: set[int] = set()
    for _ in range(count):
        if not allowed.any():
            break
        pool, own_message = allowed, False
        # (the voices that carry their share already)
        full = ([s for s, n in Counter(speakers[picked].tolist()).items()
                 if (per_speaker and n >= per_speaker) or (shares and n >= shares.get(s, count))]
                if (per_speaker or shares) and speakers is not None and picked else [])
        if flagged is not None:
            # a speaker's own message is theirs to make: Benoît Delvaux's « mon message, c'est qu'il faut mutualiser
            # la logistique » and Pieter Janssens's "my message is that citizens must own…" gave no point, said in a
            # topic someone had covered before them (review AZ)
            own = allowed & flagged
            if speakers is not None and exchange is not None and turn_of is not None:
                for p in picked:   # (not their message again, in a later turn of the exchange it was flagged in)
                    if flagged[p]:
                        own &= ~((speakers == speakers[p]) & (exchange == exchange[p]) & (turn_of != turn_of[p]))
            if full:
                own &= ~np.isin(speakers, full)
            if own.any():
                pool, own_message = own, True
        if spread and not own_message:
            fresh = allowed & ~np.isin(topics, list(covered_topics))
            if not fresh.any() and exchange is not None:
                fresh = allowed & (exchange >= 0) & ~np.isin(exchange, list(covered_exchanges))
            if fresh.any():
                pool = fresh
        if full:
            # no voice carries more than its share while another has a point to make
            others = pool & ~np.isin(speakers, full) & (voices if voices is not None else True)
            if shares and not others.any():
                # (a side has its share in a part of the event already covered: the wind farm's company director took
                # the questions from the floor, with a fourth point, where the association had more to say on distance)
                others = allowed & ~np.isin(speakers, full) & (voices if voices is not None else True)
            if others.any():
                pool = others
        cov, div, con = obj.gains()
        score = (config.w_coverage * _normalised(cov, pool) + config.w_diversity * _normalised(div, pool)
                 + config.w_concepts * _normalised(con, pool)) * fitness ** config.fitness_power
        score[~pool] = -np.inf
        best = int(np.argmax(score))
        if not np.isfinite(score[best]) or score[best] <= 0:
            break
        picked.append(best)
        covered_topics.add(int(topics[best]))
        if exchange is not None:
            covered_exchanges.add(int(exchange[best]))
        obj.add(best)
        allowed[best] = False
        # near-duplicates of what is chosen are no longer candidates
        dup = (vectors @ vectors[best]) > config.redundancy
        allowed &= ~dup
    return picked


def _sides(sentences: Sequence[Sentence], turns: Sequence[Turn], voices: set[str]) -> set[str]:
    """The voices of a debate: those of ``voices`` whose turn opens disagreeing with the turn just before it, of
    another of them, and the voices they rebut (the chair's and the floor's lines are no side)."""
    sides: set[str] = set()
    before: Sentence | None = None
    for s in sentences:
        if before is not None and s.turn != before.turn and s.speaker_id != before.speaker_id \
                and {s.speaker_id, before.speaker_id} <= voices:
            text = turns[s.turn].text
            if disagrees(text, 0, min(len(text), _OPENING_CHARS), strict=True):
                sides |= {s.speaker_id, before.speaker_id}
        before = s
    return sides


def _broken_off(sentences: Sequence[Sentence], is_punctuated: bool) -> np.ndarray:
    """Which sentences stop on a word cut off, in a transcript punctuated by its writer or recogniser (most
    turns end on a mark): no closing mark, and a last word that is a lone letter or a short word said nowhere
    else in the event, or once more ("…the whole design thing might be qui" when the next speaker cut in,
    "…people seem to like you get ex" where the sentence splitter cut at the false start, "…the way it w").
    A sentence that stops on a whole word without a mark is often finished ("I wasn't aware of the new
    trends in electronics", or a run-on the splitter cut) and is left alone."""
    out = np.zeros(len(sentences), dtype=bool)
    if not is_punctuated:
        return out   # unpunctuated ASR: no sentence ends on a mark, nothing to tell
    closed = re.compile(r"[.!?…»\"”'’,;:)\]]\s*$")   # (a comma ends a trailing-off, not a broken word)
    counts: dict[str, int] = {}
    for s in sentences:
        for w in re.findall(r"\w+", s.text.lower()):
            counts[w] = counts.get(w, 0) + 1
    for i, s in enumerate(sentences):
        words = re.findall(r"\w+", s.text.lower())
        if not words or closed.search(s.text) or not words[-1].isalpha() or words[-1] in _NOT_FRAGMENTS:
            continue
        last = words[-1]
        if (len(last) == 1 and last not in ("a", "i", "y", "à")) or (len(last) <= 3 and counts.get(last, 0) <= 2):
            out[i] = True
    return out


DEFAULT_COUNT = 8           # the seed's « 8 messages clés »
MANY_VOICES = 5             # speakers with a point to make from which none carries more than its share (and one more)
SENTENCES_PER_POINT = 8     # a point takes its headline, body statements and quotes from about this many
SENTENCES_PER_PART = 6      # ... and a part of a short event that has a point to make gets one from this many


# A talk that says how many points it will make: "I want to share four things I've learned", « Ce soir, je voudrais
# vous proposer cinq idées », "Voy a plantear tres propuestas"
_NUMBER_WORDS = {w: n for n, words in {
    2: "deux two dos zwei due", 3: "trois three tres drei tre", 4: "quatre four cuatro vier quattro",
    5: "cinq five cinco fünf cinque", 6: "six seis sechs sei", 7: "sept seven siete sieben sette"}.items()
    for w in words.split()}
_ANNOUNCES = re.compile(
    r"\b(?:je (?:vais|voudrais|souhaite|veux|propose)|j'aimerais|je vous propose|permettez-moi|j'ai|nous avons"
    r"|I(?:'ll| will| want to| would like to|'d like to| have|'ve got| am going to|'m going to)|let me|we have"
    r"|quiero|voy a|vamos a|tengo|ich (?:möchte|werde|habe|will)|vorrei|ho)\b[^.?!]{0,60}?\b(?P<n>"
    + "|".join(_NUMBER_WORDS) + r"|[2-7])\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?P<what>idées|points|choses|constats|messages|propositions|leçons|recommandations|priorités|pistes|enseignements"
    r"|convictions|things|ideas|lessons|recommendations|proposals|priorities|takeaways|observations|reflections"
    r"|puntos|cosas|mensajes|propuestas|lecciones|ideas|Punkte|Dinge|Thesen|Ideen|Botschaften|punti|cose|idee"
    r"|messaggi|proposte)\b", re.IGNORECASE)


# what announces no kind of point, only their number: "I want to do two things today. I want to share three
# lessons … and then make two recommendations" makes five points, not two
_GENERIC_POINTS = {"things", "choses", "cosas", "dinge", "cose", "points", "puntos", "punkte", "punti"}


def _announcement(sentences: Sequence[Sentence], roles: dict[str, str]) -> tuple[int, int] | None:
    """Where a talk says at its start how many points it will make, and how many: the sentence is in its first
    part, and its speaker says most of the event. Points of several kinds add up ("three lessons … two
    recommendations": five), each kind counted once (the plan said again, "Three lessons, two recommendations",
    counts nothing more)."""
    n = len(sentences)
    said: dict[str, int] = {}
    for s in sentences:
        said[s.speaker_id] = said.get(s.speaker_id, 0) + 1
    first, kinds = None, {}
    for i, s in enumerate(sentences[:max(12, n // 6)]):
        if roles.get(s.speaker_id) == "moderator" or said[s.speaker_id] < 0.6 * n:
            continue
        for m in _ANNOUNCES.finditer(s.text.replace("’", "'")):
            word = m.group("n").casefold()
            kinds.setdefault(m.group("what").casefold(), int(word) if word.isdigit() else _NUMBER_WORDS[word])
            first = i if first is None else first
    if first is None:
        return None
    specific = {k: v for k, v in kinds.items() if k not in _GENERIC_POINTS}
    return first, sum((specific or kinds).values())


def announced_points(sentences: Sequence[Sentence], roles: dict[str, str]) -> int:
    """How many points a talk says at its start it will make (0 when it does not say, or when the event is no
    one speaker's talk)."""
    found = _announcement(sentences, roles)
    return found[1] if found else 0


def auto_count(sentences: int, parts: int = 0, announced: int = 0) -> int:
    """How many key messages an event gets when nobody says: 8, as the seed's posts, but fewer for a short event,
    so that each keeps quotes and statements of its own (3 at least). A 20-sentence exchange made 8 headlines
    of its 8 claims and had nothing left to quote.

    ``parts`` (see event_parts) raises a short event's count to one point per part, while each keeps about 6
    sentences: a 39-sentence panel on SMEs' energy had five parts (the diagnostic, the crisis, the maze of aid,
    grid delays, training) and got 4 points, so the aid point went missing and its quote went under training.

    ``announced`` (see announced_points), the points a talk says it makes, caps the count at one more (its
    conclusion, or a point made on the way): a keynote of four things got 8 points, four of them twice."""
    count = min(DEFAULT_COUNT, max(3, sentences // SENTENCES_PER_POINT, min(parts, sentences // SENTENCES_PER_PART)))
    return min(count, max(3, announced + 1)) if announced else count


def _sections(sentences: Sequence[Sentence], turns: Sequence[Turn]) -> tuple[np.ndarray, bool]:
    """The transcript's own part of each sentence (file and agenda heading), and whether it has two headed
    parts or more."""
    parts: dict[tuple[str, str], int] = {}
    section = np.array([parts.setdefault((turns[s.turn].file, turns[s.turn].section), len(parts))
                        for s in sentences])
    return section, len({title for _, title in parts if title}) >= 2


def item_starts(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence opens the next item of its speaker's talk (« Cinquième et dernier constat… »)."""
    return [bool(i and s.speaker_id == sentences[i - 1].speaker_id and _NEW_ITEM.search(s.text.replace("’", "'")))
            for i, s in enumerate(sentences)]


def _topics(vectors: np.ndarray, section: np.ndarray, turn_of: Sequence[int],
            items: Sequence[bool] | None = None) -> np.ndarray:
    """Topic id of each sentence: the transcript's own parts, when it has some, and the cuts found, each at the
    nearest change of speaker (or edge of the speaker's announced item)."""
    found = segment_sections(vectors, section) if len(set(section.tolist())) > 1 else segment_topics(vectors)
    return np.array(snap_to_turns(found, turn_of, items=items), dtype=np.int64)


def snap_to_turns(topics: Sequence[int], turn_of: Sequence[int], reach: int = 2,
                  items: Sequence[bool] | None = None) -> list[int]:
    """Move a topic cut found inside a turn to that turn's start or end when one is within ``reach`` sentences:
    the similarity valley lies a sentence or two off the change of speaker, and the cut made the last sentence
    of a speaker's point (« Ce n'est pas punir les propriétaires, c'est remettre des logements sur le marché. »)
    a part of the event of its own. A cut deep inside a long talk stays where it was found, unless it falls
    inside an item the speaker announced (``items``: the sentences that open one): then it moves to the item's
    nearer edge. A keynote's « Cinquième et dernier constat » on housing benefit was cut at « Bon, je sais que
    c'est un sujet qui fâche. », and its two halves got a key message each while two other constats got none."""
    n = len(topics)
    cuts = [i for i in range(1, n) if topics[i] != topics[i - 1]]
    opens = list(items) if items is not None else [False] * n

    def edge(j: int) -> bool:
        return j == 0 or j >= n or turn_of[j] != turn_of[j - 1] or opens[j]

    moved = set()
    for i in cuts:
        if turn_of[i] == turn_of[i - 1]:
            near = [j for d in range(1, reach + 1) for j in (i - d, i + d)
                    if 0 < j < n and turn_of[j] != turn_of[j - 1]]
            if near and not any(min(i, near[0]) < c < max(i, near[0]) or c == near[0] for c in cuts if c != i):
                i = near[0]
            elif not opens[i]:
                b0 = max(j for j in range(i + 1) if edge(j))
                b1 = min(j for j in range(i, n + 1) if edge(j))
                # (an item opened by its announcement: what comes before a turn's first item, the speaker's
                # introduction, is no item, and a cut after it stays)
                if opens[b0] and not any(b0 < c < b1 for c in cuts if c != i):
                    i = b1 if b0 == 0 or (b1 < n and b1 - i < i - b0) else b0
                    if i >= n:
                        continue
        moved.add(i)
    out, t = [], 0
    for i in range(n):
        t += i in moved
        out.append(t)
    return out


def event_parts(sentences: Sequence[Sentence], vectors: np.ndarray, turns: Sequence[Turn], roles: dict[str, str],
                config: TakeawayConfig = TakeawayConfig()) -> int:
    """How many parts of the event have a point to make: its exchanges (a closing round as one) that hold a
    speaker's sentence fit to be a headline."""
    if not sentences:
        return 0
    section, _ = _sections(sentences, turns)
    units = exchanges(sentences, _topics(vectors, section, [s.turn for s in sentences], item_starts(sentences)),
                      turns, roles,
                      rounds=False)
    fit = {int(units[i]) for i, s in enumerate(sentences)
           if roles.get(s.speaker_id) != "moderator"
           and headline_fitness(s, roles.get(s.speaker_id, "speaker"), config.ideal_words,
                                config.moderator_factor, config.anecdote_factor, config.figure_factor) >= config.min_fitness}
    return len(fit)


def select_takeaways(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    turns: Sequence[Turn],
    candidates: Sequence[QuoteCandidate],
    roles: dict[str, str],
    quotable: set[str],
    config: TakeawayConfig = TakeawayConfig(),
    names: Sequence[str] = (),
    signature: Callable[[str, str], int] | None = None,
) -> tuple[list[Takeaway], int]:
    """Choose the event's key messages, with body sentences and quotes, ranked by importance (``names``: the
    speakers' names, as the directory found them; ``signature``: the words that sign a speaker's quote in a
    language, for the word budget); and how many it found before the word budget left some out."""
    n = len(sentences)
    if n == 0 or config.count <= 0:
        return [], 0
    fitness = np.array([headline_fitness(s, roles.get(s.speaker_id, "speaker"), config.ideal_words,
                                         config.moderator_factor, config.anecdote_factor, config.figure_factor) for s in sentences])
    introduced = (_says_own_name(sentences, turns) | _presents_someone(sentences, turns, names)
                  | _describes_self(sentences, roles))
    # (and someone else's words the speaker says again: see _echoes_a_quotation)
    introduced |= _echoes_a_quotation(sentences, turns)
    # (and what a question puts to the person asked: see _question_premise)
    introduced |= _question_premise(sentences, roles)
    fitness[introduced] = 0.0   # (who the speaker is: no point, no statement, no quote; see below)
    # the interpreter says again what someone said, a narration says what nobody said: never a point, a statement
    # or a quote of theirs
    interpreting = np.array([roles.get(s.speaker_id) in NOT_SPEECH for s in sentences], dtype=bool)
    fitness[interpreting] = 0.0
    welcome = _welcome(sentences, roles)
    fitness[welcome] *= config.moderator_factor   # the host's welcome frames the event as the moderator does
    # (a transcript whose writer or recogniser closes its sentences tells a sentence cut short by its end)
    is_punctuated = punctuated(turns)
    fitness[_broken_off(sentences, is_punctuated)] *= 0.3
    fitness[_why_asked(sentences)] *= 0.3
    fitness[_conceded(sentences)] *= 0.3   # (as a view stated to be rebutted: see _STRAWMAN)
    sure = heard(sentences)
    fitness *= sure
    # a point must read as one: below this floor a sentence only counts as something to cover
    fitness = np.where(fitness >= config.min_fitness, fitness, 0.0)
    # the transcript's own parts (agenda headings, files) bound its topics; with two headed parts or more, a
    # quote or body statement stays in its point's part (« On a une enveloppe… », said of the square, went
    # under the participatory budget's composter point)
    section, sectioned = _sections(sentences, turns)
    obj = _build_objective(sentences, vectors, config, section)
    # (a closing round, one line from each speaker, is one part of the event to cover: its answers, each an
    # exchange of its own for quotes, are not five parts to give a point each)
    # (the chair's lines and the host's welcome are no part of the event to give a point: "Tonight we have two
    # guests who rarely agree" was one, the opening's only candidate)
    units = exchanges(sentences, obj.topics, turns, roles, rounds=False)
    units[welcome | interpreting | np.array([roles.get(s.speaker_id) == "moderator" for s in sentences], dtype=bool)] = -1
    said_units = units
    lex = _lexical_vectors(obj.concepts)
    units = restated(units, sentences, vectors, roles, obj.mu, lex)
    # (and of the topic segment of the part it restates: a keynote's recap of its first lesson covered the
    # segment of its third, which then got no point)
    spread_topics = obj.topics.copy()
    for j in np.flatnonzero((units != said_units) & (units >= 0)):
        spread_topics[j] = obj.topics[int(np.flatnonzero(said_units == units[j])[0])]
    # at an event of many voices, one carries at most its share of the points (and one more) while others have one
    # to make: a full day's synthesis gave three of its eight key messages to one panellist on one funding gap and
    # three to another on insurance (review AX); the seed's messages are each carried by another speaker. (A meeting
    # of four, AMI's, is left alone: capped at three, its ROUGE-2 fell by 0.5.)
    # (the speakers' voices only: the chair's housekeeping, a resident's complaint at a town hall or a line no one
    # could be named for are no voice to give a point in a panellist's place)
    voice = np.array([s.speaker_id for s in sentences], dtype=object)
    speaking = np.array([roles.get(s.speaker_id) == "speaker" for s in sentences], dtype=bool)
    voices = len({voice[i] for i in np.flatnonzero((fitness > 0) & speaking)})
    per_speaker = -(-config.count // voices) + 1 if voices >= MANY_VOICES else 0
    # a debate's sides carry at most their share of the points, as of the talk, whoever says it better: at a public
    # meeting on a wind farm the company's director carried six of eight, the association opposing the project none,
    # and at a select committee the water company six, the charity that rebutted its figures as long two (review AY).
    # A side says at least two thirds of an even share of the talk: a podcast's host who plays devil's advocate, a
    # fifth of it, is no side to give a point in place of his guest's (regression set, circular-shift-ep42)
    sides = _sides(sentences, turns, {voice[i] for i in np.flatnonzero((fitness > 0) & speaking)})
    talk = {v: sum(len(s.text.split()) for s in sentences if s.speaker_id == v) for v in sides}
    talk = {v: n for v, n in talk.items() if n >= 2 / 3 * sum(talk.values()) / len(talk)}
    shares = ({v: max(1, int(config.count * n / sum(talk.values()) + 0.5)) for v, n in talk.items()}
              if len(talk) >= 2 else {})
    # (the sentences their speaker names as their message, whoever speaks: see flags_message)
    flagged = np.array([flags_message(s) for s in sentences], dtype=bool)
    heads = _greedy(obj, fitness, vectors, config.count, config, np.ones(n, dtype=bool), spread=True,
                    exchange=units, topics=spread_topics, speakers=voice, per_speaker=per_speaker, voices=speaking,
                    flagged=flagged_messages(sentences, roles, flagged), turn_of=np.array([s.turn for s in sentences]),
                    shares=shares)
    exchange = restated(exchanges(sentences, obj.topics, turns, roles), sentences, vectors, roles, obj.mu, lex)
    restating = units != said_units   # (a talk's plan and recap: say again what a part says)

    used = np.zeros(n, dtype=bool)
    used[heads] = True
    for h in heads:
        used |= (vectors @ vectors[h]) > config.redundancy
    mu = obj.mu
    used_quotes: set[tuple[int, int, int]] = set()
    blocked = set(heads)   # a quote never repeats a headline word for word
    # ... even said again, by its speaker or another ("We have seen this in survey after survey…" twice)
    said = [" ".join(sentences[h].text.casefold().split()).rstrip(".!?…") for h in heads]
    said = [x for x in said if len(x.split()) >= 5]
    blocked.update(i for i, s in enumerate(sentences) if any(x in " ".join(s.text.casefold().split()) for x in said))
    blocked.update(np.flatnonzero(welcome).tolist())   # ... nor comes from the host's welcome (framing)
    blocked.update(np.flatnonzero(introduced).tolist())   # ... nor opens on who the speaker is
    # in a cased transcript a passage opening in lower case starts mid-sentence; ASR text is all lower case
    cased = sum(s.text[:1].isupper() for s in sentences) > 0.5 * n
    # talk about the talk ("Deuxième sujet, que je voulais aborder, c'est…") adds nothing under a point
    framing = np.array([bool(_META.search(s.text.replace("’", "'"))) for s in sentences], dtype=bool)
    # the moderator frames the points; their lines are no evidence for one (quotes leave them out too)
    framing |= np.array([roles.get(s.speaker_id) == "moderator" for s in sentences], dtype=bool)
    framing |= welcome | introduced | interpreting
    # ... nor the talk's plan or recap, which say its points again ("The first one is that you are not too small
    # to be a target." under the point made in full)
    framing |= restating
    # ... nor a speaker's announcement of their next item (« Quatrième idée, plus technique, mais j'y tiens
    # beaucoup : réutiliser les eaux usées traitées. », "I'd add one thing on interconnectors, if I may.")
    framing |= np.array([bool(_NEW_ITEM.search(s.text.replace("’", "'"))) for s in sentences], dtype=bool)
    # ... nor what is said to someone ("Linda, many of your members now use software to screen CVs.": the chair's
    # hand-over, printed as a body statement where nobody knew she chaired)
    framing |= np.array([bool(_VOCATIVE.match(s.text)) for s in sentences], dtype=bool)
    # a body statement quoted « ... » must read as a sentence too: in a cased transcript, no lower-case start
    prints_well = np.array([not cased or s.text[:1].isupper() or s.text[:1].isdigit() for s in sentences])
    # ... and it is printed as said: a sentence that needs three cuts or more to read ("By a moment I have, […]
    # nnn, the, […] n […] I did a mark") is no statement to print, though it can be a headline (rewritten)
    prints_well &= np.array([clean_disfluencies(s.text, s.language).cuts <= 2 for s in sentences])
    # ... and has its subject (« doit rejoindre cette analyse… » lost it to the sentence before), not a pronoun for
    # it (« Ils vont implanter un immeuble… » under a point: who are « ils » ?)
    said_from = [s.text[skip_openers(s.text, conjunctions=True, language=s.language):] for s in sentences]
    prints_well &= np.array([not (_lost_subject(t, s.language) or refers_back(t, s.language))
                             for t, s in zip(said_from, sentences)])
    # ... nor on one the reader does not see ("Some of them had been out of work…", "I'd agree with Karen")
    prints_well &= np.array([not opens_on_before(sentences, i) for i in range(n)])
    # ... and was finished: in a punctuated transcript, it ends on a mark ("It seems like everything in a user
    # model a affects" was cut short)
    if is_punctuated:
        prints_well &= np.array([is_closed(s.text) for s in sentences])
    # ... and was heard: printed « … » as said, it must be what was said
    prints_well &= sure >= 0.5
    # every quote and body statement belongs to the one point it is closest to: no quote on indicators
    # under a point on public procurement because both are "about social innovation" (``lex``, above)

    def meaning(vecs: np.ndarray, points: np.ndarray) -> np.ndarray:
        """Closeness in meaning (e5, relative to the event's mean similarity) to each point, 0..1."""
        return np.clip((vecs @ points.T - mu) / max(1e-6, 1.0 - mu), 0.0, 1.0)

    def closeness(vecs: np.ndarray, lexs: np.ndarray, points: np.ndarray, point_lex: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
        """Against each point: meaning and shared concepts, half and half; and whether the passage is
        on the point at all, by meaning or by clearly shared specifics. Sharing generic words is not
        enough (« Quand le marché marche bien, c'est tout le quartier qui en profite » under the council's
        two projects of last year: 'quartier', 'projet' are everywhere in a neighbourhood council)."""
        sem, shared = meaning(vecs, points), lexs @ point_lex.T
        return 0.5 * sem + 0.5 * shared, (sem >= config.on_point_meaning) | (shared >= config.on_point_concepts)

    if heads:
        sent_close, sent_on_point = closeness(vectors, lex, vectors[heads], lex[heads])
    else:
        sent_close, sent_on_point = np.zeros((n, 0)), np.zeros((n, 0), dtype=bool)
    # each statement goes to the closest point it is on (not to a closer one it is not on, where it is dropped)
    if sectioned and heads:
        sent_on_point &= section[:, None] == section[heads][None, :]
    # ... and, as a quote (below), one said in the exchange its point was made in is taken to be about it, and
    # one said elsewhere must be clearly about it: in QMSum's meetings, of the 74 body statements from another
    # exchange less close than that, 38% were said in a topic of their headline's, near what placing them at
    # random gives (31%); the statements kept are 75% right, up from 50%
    same_exchange = exchange[:, None] == exchange[heads][None, :]
    # a one-line answer in the closing round ("Put guidance at the centre of adult learning") sums up what its
    # speaker argued in their talk: their own passages elsewhere are of its discussion too, for its quotes (a
    # known speaker's: the lines no one could be named for are no one's talk). Not for its body: the body takes
    # up to three statements, and the whole talk would fill it (Tomás Reyes's word on social protection)
    recap = round_answers(sentences, roles)
    speaker = np.array([s.speaker_id for s in sentences], dtype=object)
    recap_by = np.array([speaker[h] if recap[h] and speaker[h] in quotable else None for h in heads], dtype=object)
    recapped = (speaker[:, None] == recap_by[None, :]) & ~recap[:, None]
    # the answer to a question asked with a point is about that point
    answer = _answers(sentences, turns, heads, roles)
    if sectioned and heads:
        answer &= section[:, None] == section[heads][None, :]
    # ... when it is somewhat close on its own: a talk's closing recap says each of its points in one sentence,
    # and « Et les citoyens doivent avoir leur mot à dire… » went under its neighbour on treated waste water
    same_exchange &= sent_close >= config.same_exchange_floor
    sent_rel = sent_close + config.body_same_topic * same_exchange + config.answer_gain * answer
    # someone else's statement said elsewhere is about what was discussed where they said it, not the point: only
    # one said near it (in the point's topic segment or one next to it, or within two exchanges before or after)
    # can be clearly about it; sharing words with it is then no more than the event's theme (Priya Raman's "At the end of the trial, 56
    # of the 61 decided to carry on with the four-day week" under Graham Whitfield's closing survey of his
    # members, Marta Kowalczyk's thirty percent of tenders under Tom Brennan's French reuse funds, Pieter
    # Janssens's citizen-owned wind turbine under the transposition of the directives, Hélène Roussel's 520 metres
    # under the house prices; reviews AY, BA, AZ)
    near = ((speaker[:, None] == speaker[heads][None, :])
            | (np.abs(obj.topics[:, None] - obj.topics[heads][None, :]) <= 1)
            | (np.abs(exchange[:, None] - exchange[heads][None, :]) <= 2))
    owner_sentence = _owner(sent_rel, (sent_on_point & (sent_rel >= config.body_similarity) & near
                                       & (same_exchange | (sent_close >= config.body_other_topic))) | answer)
    if candidates and heads:
        # a quote is placed against the point as made: its sentence with the speaker's sentences around it
        # ("On ferait trois mois, d'avril à juin…" is about the school street said just before), and by the
        # share of its own concepts it has in common with the point (one shared word of twelve is little)
        points = vectors[heads].copy()
        for k, h in enumerate(heads):
            for j in (h - 1, h + 1):
                if 0 <= j < n and sentences[j].turn == sentences[h].turn:
                    points[k] += config.quote_context * vectors[j]
        # ... and, a little, the exchange it was made in: what was being discussed when it was made (in QMSum's
        # meetings, 84 of 98 quotes are then said in a topic of their headline's, against 75 of 91)
        for k, h in enumerate(heads):
            around = vectors[exchange == exchange[h]].mean(axis=0)
            points[k] = (points[k] / max(float(np.linalg.norm(points[k])), 1e-8)
                         + config.quote_exchange * around / max(float(np.linalg.norm(around)), 1e-8))
        points /= np.maximum(np.linalg.norm(points, axis=1, keepdims=True), 1e-8)
        quote_lex = _lexical_vectors(obj.concepts, unshared=config.quote_unshared)
        cand_lex = np.stack([quote_lex[list(c.sentences)].sum(axis=0) for c in candidates])
        cand_lex /= np.maximum(np.linalg.norm(cand_lex, axis=1, keepdims=True), 1e-8)
        cand_close, cand_on_point = closeness(np.stack([c.vector for c in candidates]), cand_lex, points,
                                              quote_lex[heads])
        opens = np.array([c.sentences[0] for c in candidates])   # each passage's first sentence
        if sectioned:
            cand_on_point &= section[opens][:, None] == section[heads][None, :]
        # the points of one event are often within a few hundredths of each other for a passage (the panel's
        # skills-based-hiring quote went under the algorithmic-management point, 0.30 against 0.27): what
        # was said in the discussion a headline comes from (its topic segment) is taken to be about that point
        # ... within one exchange: a panelist's monologue is one topic segment, but what Priya Raman said of AI is
        # no evidence for her micro-credentials point, nor Tomás Reyes's word on social protection for his AI one
        cand_same_exchange = exchange[opens][:, None] == exchange[heads][None, :]
        cand_same_exchange |= recapped[opens]
        cand_same_exchange &= cand_close >= config.same_exchange_floor   # (as for body statements, above)
        cand_rel = cand_close + config.quote_same_topic * cand_same_exchange
        # (with that gain, a passage of the point's own exchange is close enough: in QMSum's meetings, 5 more
        # points get a quote, each said in a topic of its headline's)
        cand_on_point &= cand_rel >= config.quote_closeness
        # ... and one said in another discussion must be clearly about the point: in QMSum's meetings, of the
        # 37 quotes from another topic segment less close than 0.3 to the headline alone, 23 were said in another
        # of the annotated topics ("I think you can email me, if there's any more questions" under the batteries
        # point)
        cand_on_point &= (cand_same_exchange | (cand_close >= config.quote_other_topic)) & near[opens]
        cand_rel = cand_rel + config.answer_gain * answer[opens]
        cand_on_point |= answer[opens]
    else:
        cand_rel = np.zeros((len(candidates), len(heads)))
        cand_on_point = np.zeros((len(candidates), len(heads)), dtype=bool)
    cand_owner = _owner(cand_rel, cand_on_point)
    # a sentence its speaker names as their message is a point of its own: no statement in a body, nor a quote under
    # someone else's point (Maria Rossi's "My message is: energy communities must be designed first for the
    # households…" opened the body of Lucía Fernández's point on professional support, Pieter Janssens's "My message
    # is that citizens must own…" was its quote; review AZ)
    parts = []
    for k, h in enumerate(heads):
        owned = [(c, float(cand_rel[i, k])) for i, c in enumerate(candidates) if cand_owner[i] == k
                 and not any(flagged[j] and sentences[j].speaker_id != sentences[h].speaker_id for j in c.sentences)]
        quotes = _pick_quotes(owned, used_quotes, config.quotes_per_takeaway, sentences, roles, blocked, cased,
                              config.quote_closeness, sure)
        for c in quotes:
            used[list(c.sentences)] = True
        # body: statements on the same point, from its exchange or clearly on it from elsewhere, that add to
        # what is covered
        allowed = np.zeros(n, dtype=bool)
        allowed[:] = owner_sentence == k
        allowed &= ~used & prints_well & ~framing & ~flagged
        body_idx = _greedy(obj, fitness, vectors, config.body_sentences, config, allowed)
        if not body_idx and config.body_sentences > 0:
            # nothing elsewhere in the event: the speaker's own next sentence, when it goes on with the
            # point (« La clé, c'est l'allotissement… » then « Et puis le sourcing… »)
            for j in (h + 1, h + 2):
                if (j < n and sentences[j].turn == sentences[h].turn and not used[j] and fitness[j] > 0
                        and not framing[j] and not flagged[j]
                        and prints_well[j] and sent_close[j, k] >= 0.5 * config.body_similarity
                        and sent_on_point[j, k]):
                    body_idx = [j]
                    break
        for j in body_idx:
            used[j] = True
            used |= (vectors @ vectors[j]) > config.redundancy
        blocked.update(body_idx)
        parts.append((h, sorted(body_idx), [c.quote for c in quotes]))
    found = len(parts)
    parts = _fit_budget(parts, sentences, config.max_words, vectors, lex, obj.mu, signature)

    takeaways = []
    for rank, (h, body_idx, quotes) in enumerate(parts, start=1):
        head = sentences[h]
        lang = head.language
        # (the view the point's own turn rebuts is the other side of it: Benoît Delvaux's distrust of
        # supermarkets, under Klaus Becker's « Je comprends la méfiance, mais je ne suis pas d'accord », "added")
        rebutted = _rebutted_turn(sentences, turns, h, roles)
        support = tuple(_statement(sentences[j], turns, head.speaker_id) for j in body_idx)
        support = tuple(replace(q, disagrees=True) if q.source.turn == rebutted else q for q in support)
        refs = [sentences[j] for j in [h] + body_idx]
        sources = tuple(SourceRef(turns[s.turn].file, turns[s.turn].locate(s.start).line,
                                  turns[s.turn].locate(s.start).time, s.turn) for s in refs)
        takeaways.append(Takeaway(
            rank=rank,
            language=lang,
            headline={lang: make_headline(head.text, lang)},
            body={},
            # (a quote that contests the point says so: « Là, je ne suis pas du tout d'accord avec Marc » under
            # Marc's point read as support for it)
            quotes=tuple(replace(q, disagrees=q.speaker_id != head.speaker_id
                                 and (q.source.turn == rebutted
                                      or disagrees(turns[q.source.turn].text, *q.span, strict=True))) for q in quotes),
            support=support,
            said=Quote(text=head.text, speaker_id=head.speaker_id, language=lang, source=sources[0],
                       span=(head.start, head.end)),
            speaker_ids=tuple(dict.fromkeys([s.speaker_id for s in refs] + [q.speaker_id for q in quotes])),
            sources=sources,
            position=h / max(1, n - 1),
            section={lang: turns[head.turn].section} if turns[head.turn].section else {},
        ))
    if config.order == "time":
        takeaways.sort(key=lambda t: t.position)
        takeaways = [replace(t, rank=r) for r, t in enumerate(takeaways, start=1)]
    return takeaways, found


def _rebutted_turn(sentences: Sequence[Sentence], turns: Sequence[Turn], h: int, roles: dict[str, str]) -> int | None:
    """The turn that the turn of the point ``h`` answers disagreeing, when it opens so (or the point says so):
    the turn just before it, of someone else than the chair. None when it does not disagree."""
    head = sentences[h]
    if not disagrees(turns[head.turn].text, head.start, head.end, strict=True):
        return None
    before = next((s for s in reversed(sentences[:h]) if s.turn != head.turn), None)
    if before is None or before.speaker_id == head.speaker_id or roles.get(before.speaker_id) == "moderator":
        return None
    return turns[before.turn].index


def _owner(close: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Each row's closest eligible column, -1 where none is eligible."""
    if close.shape[1] == 0:
        return np.full(close.shape[0], -1)
    best = np.argmax(np.where(eligible, close, -np.inf), axis=1)
    return np.where(eligible.any(axis=1), best, -1)


# The speaker's own "I think" before a statement: the body already says whose view it is (« Selon Julien
# Morel, « l'État doit… » », not « Selon Julien Morel, « je crois que l'État doit… » »)
_LEADING_VIEW = {
    "en": re.compile(r"(?:(?:I (?:really |do |personally )?(?:think|believe|guess|feel)|I would say|I'd say"
                     r"|in my (?:view|opinion)|personally)(?:,\s*|\s+)(?:that\s+(?=(?:we|the|it|they|this|these"
                     r"|there|a|an|our|you|he|she|I|in|if|for|every|all|most|many|some|no)\b))?"
                     r"|(?:that is to say|in other words|I'd add|I would add),?\s+(?:that\s+)?)", re.IGNORECASE),
    "fr": re.compile(r"(?:moi,?\s+)?(?:je (?:pense|crois|dirais|trouve|considère|estime) (?:que\s+|qu'|qu’)"
                     r"|il me semble (?:que\s+|qu'|qu’)|à mon avis,?\s+|pour moi,\s+"
                     # ... and the link to what was said before: « C'est-à-dire que pour les ménages modestes… »,
                     # « Je complète, … » (the body already says who goes on)
                     r"|c'est-à-dire (?:que\s+|qu'|qu’)|je complète\s*[,:]?\s+|j'ajoute (?:que\s+|qu'|qu’)|j'ajoute\s*[,:]\s+)",
                     re.IGNORECASE),
}


# a second clause on the verb of the view: « et qu'il faut… », "and that we need…"
_SECOND_THAT = re.compile(r"\b(?:et|ou|mais|and|or|but)\s+(?:que\b|qu['’]|that\s+(?:we|the|it|they|there|you|I|he|she"
                          r"|a|an|this|these|our|every|all|most|no)\b)", re.IGNORECASE)


# A turn that opens by disagreeing with what was said before it (or a statement that does): « Je ne suis pas
# tout à fait d'accord avec Paul », « Permettez-moi de nuancer », "I'd push back on that", "I'm not convinced",
# « No estoy de acuerdo », « Da widerspreche ich ». Not "I couldn't agree more", « je ne suis pas d'accord pour
# dire que ce soit simple » is still a disagreement.
_DISAGREES = re.compile(
    r"\b(?:je\s+(?:ne\s+)?suis\s+pas\s+(?:(?:tout\s+à\s+fait|du\s+tout|complètement|totalement|entièrement"
    r"|vraiment|forcément|très|sûr\s+d'être)\s+)?d'accord"
    r"|je\s+(?:ne\s+)?(?:partage|rejoins)\s+pas|je\s+(?:ne\s+)?vous\s+(?:suis|rejoins)\s+pas"
    r"|(?:je\s+(?:voudrais|vais|veux|dois)|permettez-moi\s+de|j'aimerais|je\s+me\s+permets\s+de)"
    r"\s+(?:(?:quand\s+même|un\s+peu|juste|simplement)\s+)?(?:nuancer|contredire|m'inscrire\s+en\s+faux)"
    r"|je\s+(?:nuancerais|nuance|conteste|m'inscris\s+en\s+faux)\b|(?<!\bau\s)(?<!\bà\sl')au\s+contraire\b(?!\s+d(?:e|u|es)?\b|\s+d')"
    r"|ce\s+n'est\s+pas\s+(?:tout\s+à\s+fait\s+|vraiment\s+)?(?:vrai|exact)\b|c'est\s+faux\b"
    # « Là, je vais être en désaccord », « je suis en désaccord complet », « les études montrent le contraire »
    r"|(?:je\s+(?:suis|serais|vais\s+être)|on\s+est)\s+(?:\w+\s+){0,2}en\s+désaccord"
    # what the speaker said, or the facts, put right: « Ce n'est pas ce que j'ai dit. », « Alors là, je dois corriger,
    # pardon. », « la phrase est sortie de son contexte », « Ça n'a rien à voir, madame Roussel. » (review AY), "That's
    # not what I said", "Let me correct that" (not « corriger les inégalités », « rien à voir avec la taille »)
    r"|ce\s+n'est\s+pas\s+ce\s+que\s+(?:j'ai\s+dit|je\s+dis|j'ai\s+voulu\s+dire)|that(?:'s|\s+is)\s+not\s+what\s+I"
    r"\s+(?:said|say|meant)|(?:je\s+(?:dois|voudrais|vais|veux)|permettez-moi\s+de|je\s+me\s+permets\s+de)\s+(?:juste\s+)?"
    r"(?:vous\s+)?corriger(?=\s*[,.;:!—–-]|\s+(?:un\s+point|une\s+erreur|ce\s+(?:point|chiffre)|une\s+chose)\b)"
    r"|(?:I(?:\s+have\s+to|\s+must|\s+need\s+to|'d\s+like\s+to|\s+want\s+to)|let\s+me|can\s+I)\s+correct\s+(?:that|you|this"
    r"|one\s+thing|the\s+record)\b|(?:sortie?s?|pris(?:es?)?|citée?s?)\s+(?:hors|de\s+son)\s+contexte"
    r"|(?:taken|quoted|lifted)\s+out\s+of\s+context|(?:ça|cela)\s+n'a\s+rien\s+à\s+voir(?=\s*(?:[,.!?]|$))"
    r"|(?:that|this)(?:'s|\s+has)\s+(?:got\s+)?nothing\s+to\s+do\s+with\s+it\b"
    r"|(?:les\s+(?:études|chiffres|données|faits)|la\s+recherche)\s+(?:\w+\s+)?(?:montrent|montre|disent|dit)\s+"
    r"(?:exactement\s+|plutôt\s+|tout\s+)?le\s+contraire"
    r"|(?:the\s+(?:evidence|research|data|studies|figures)|studies)\s+(?:\w+\s+)?(?:shows?|says?|suggests?)\s+"
    r"(?:exactly\s+|quite\s+|rather\s+)?the\s+(?:opposite|contrary)"
    r"|I\s+(?:don't|do\s+not|can't|cannot|really\s+don't)\s+(?:fully\s+|entirely\s+|quite\s+|completely\s+"
    r"|really\s+)?agree\b(?!\s+more)"
    r"|I(?:\s+would|'d|\s+have\s+to|\s+must|\s+want\s+to|\s+will|'m\s+going\s+to|'ll)?\s+"
    r"(?:(?:respectfully|strongly|slightly|gently)\s+)?(?:disagree|push\s+back|take\s+issue|beg\s+to\s+differ"
    r"|challenge\s+that|qualify\s+that)"
    r"|I'm\s+not\s+(?:so\s+|entirely\s+|quite\s+|totally\s+)?(?:convinced|sure\s+I\s+agree)"
    r"|I\s+see\s+(?:it|this|that|things)\s+(?:very\s+)?differently|on\s+the\s+contrary\b"
    r"|that's\s+not\s+(?:quite\s+|entirely\s+|really\s+)?(?:right|true|correct|the\s+case)\b"
    r"|no\s+estoy\s+(?:del\s+todo\s+|totalmente\s+)?de\s+acuerdo|non\s+sono\s+(?:del\s+tutto\s+)?d'accordo"
    r"|no\s+(?:comparto|lo\s+vemos|lo\s+veo\s+así)|discrepo|non\s+condivido"
    r"|(?:da|dem)\s+widerspreche\s+ich|ich\s+sehe\s+das\s+(?:etwas\s+|ganz\s+)?anders|sehe\s+ich\s+(?:etwas\s+|ganz\s+)?anders"
    r"|(?:muss|möchte|will)\s+ich\s+(?:\w+\s+){0,4}?widersprechen"
    r"|ich\s+bin\s+(?:da\s+)?(?:nicht\s+(?:ganz\s+)?einverstanden|anderer\s+Meinung)"
    # agreeing by half, and the objection said as such: « Je suis d'accord à moitié », "I only partly agree",
    # "My objection is to it being imposed…", « Mon objection, c'est… »
    r"|d'accord\s+(?:à\s+moitié|en\s+partie|seulement\s+en\s+partie)|à\s+moitié\s+d'accord|partiellement\s+d'accord"
    r"|I\s+(?:only\s+)?(?:half|partly|partially)\s+agree|I\s+agree\s+only\s+(?:in\s+part|partly|up\s+to\s+a\s+point)"
    r"|(?:my|our)\s+(?:main\s+|only\s+|real\s+|big\s+)?objection|(?:mon|notre)\s+(?:\w+\s+)?objection|j'objecte"
    # ... and the courtesy that announces a rebuttal: "With respect, Chair, they're designed to operate in exceptional
    # rain.", "But Ingrid, with respect, a bonus is a paperwork nightmare" (not "with respect to")
    r"|with\s+(?:all\s+)?(?:due\s+|great\s+)?respect(?!\s+(?:to|of|for)\b)|sauf\s+votre\s+respect"
    r"|avec\s+tout\s+le\s+respect\s+que\s+je\s+(?:vous|te|lui)\s+dois)",
    re.IGNORECASE)
_OPENING_CHARS = 250   # how much of a turn's start counts as its opening


def disagrees(turn_text: str, start: int, end: int, strict: bool = False) -> bool:
    """Whether the statement at ``turn_text[start:end]`` is said disagreeing: it does, or its turn opened so
    before it. ``strict``: saying so in words of disagreement, not « au contraire » / "on the contrary", which
    often only turns a sentence (« on n'est pas contre les commerçants, au contraire, on est vos clients »)."""
    text = turn_text.replace("’", "'")
    found = [m for m in (_DISAGREES.search(text, 0, min(end, _OPENING_CHARS)), _DISAGREES.search(text, start, end)) if m]
    if strict:
        found = [m for m in found if not re.fullmatch(r"(?i:au\s+contraire|on\s+the\s+contrary)", m.group())]
    return bool(found)


def _statement(sentence: Sentence, turns: Sequence[Turn], point_by: str | None = None) -> Quote:
    """A sentence as a short verbatim statement (disfluency cuts marked), for the body paragraph of a point
    made by ``point_by`` (whoever disagrees in the body disagrees with someone else than the speaker of the
    point itself: that speaker's own rebuttal of a third voice is the point, not a nuance to it)."""
    turn = turns[sentence.turn]
    # not the opener ("So you're ignoring…", « Bon, euh, on a… », « Et puis… ») nor the punctuation the
    # sentence before left behind (", c'est une belle histoire"): the statement starts at its first word
    # that counts
    first = sentence.start + skip_openers(turn.text[sentence.start:sentence.end], conjunctions=True,
                                          language=sentence.language)
    # nor the number of a list counted aloud ("Three, stories with a method. Four, five to ten percent…")
    first += list_number(turn.text, first, sentence.language)
    # nor a start the speaker broke off: "Even going up to a child—and I suppose this goes back to…"
    restart = _false_start(turn.text[first:sentence.end])
    if restart:
        first += restart
        first += skip_openers(turn.text[first:sentence.end], conjunctions=True, language=sentence.language)
    # nor an attempt taken again from its first word ("I th […] I think we should start doing that"): the
    # statement is the one said again, not the attempt and a cut
    spans = clean_disfluencies(turn.text[first:sentence.end], sentence.language).spans
    if len(spans) > 1:
        (a0, a1), (b0, _) = spans[:2]
        attempt, again = turn.text[first + a0:first + a1].split(), turn.text[first + b0:sentence.end].split()
        if len(attempt) <= 3 and len(again) >= 4 and attempt[0].casefold() == again[0].casefold():
            first += b0
    view = _LEADING_VIEW.get(sentence.language)
    m = view.match(turn.text, first, sentence.end) if view else None
    # (not where a second clause hangs on it: « Je dirais que l'EHPAD n'est pas l'école, et qu'il faut des
    # recommandations spécifiques » printed « L'EHPAD n'est pas l'école, et qu'il faut… »)
    if m and len(turn.text[m.end():sentence.end].split()) >= 5 \
            and not _SECOND_THAT.search(turn.text, m.end(), sentence.end):
        first = m.end()
        # (not on the punctuation after it: « Et je complète : le réseau… » printed « : le réseau… »)
        first += len(turn.text[first:sentence.end]) - len(turn.text[first:sentence.end].lstrip(" ,;:—–-"))
    if len(turn.text[first:sentence.end].split()) < 4:
        first = sentence.start
    clean = clean_disfluencies(turn.text[first:sentence.end], sentence.language)
    start = first + clean.spans[0][0] if clean.spans else first
    end = first + clean.spans[-1][1] if clean.spans else sentence.end
    seg = turn.locate(start)
    return Quote(text=clean.text, speaker_id=sentence.speaker_id, language=sentence.language,
                 source=SourceRef(turn.file, seg.line, seg.time, turn.index), span=(start, end),
                 disagrees=sentence.speaker_id != point_by and disagrees(turn.text, sentence.start, sentence.end))


def _words(text: str) -> int:
    return len(text.replace("[…]", " ").split())


_ATTRIBUTION_WORDS = 4   # the words that say who made a body statement: "According to Ines Kahl,"
BY_LINE_WORDS = 3        # ... and those before the signature of whose point it is: « Message porté par », "Point made by"


def _fit_budget(parts: list[tuple[int, list[int], list[Quote]]], sentences: Sequence[Sentence],
                max_words: int | None, vectors: np.ndarray | None = None, lex: np.ndarray | None = None,
                mu: float = 0.0, signature: Callable[[str, str], int] | None = None
                ) -> list[tuple[int, list[int], list[Quote]]]:
    """Trim to the word budget: the statements and quotes that support their point least (see _support), each point
    keeping its best, then the last points down to three (a key message is a claim backed by a speaker's words: three
    backed each read better than eight bare headlines), then those best passages, then points. The words are those
    printed (see pipeline.printed_words), ``signature`` giving those that sign a speaker's quote in a language."""
    if max_words is None:
        return parts
    parts = [(h, list(b), list(q)) for h, b, q in parts]
    lang = {h: sentences[h].language if sentences[h].language in ("fr", "en") else "en" for h, _, _ in parts}
    heads = {h: _words(make_headline(sentences[h].text, sentences[h].language)) for h, _, _ in parts}

    def signed(speaker_id: str, h: int) -> int:
        return signature(speaker_id, lang[h]) if signature is not None else 0

    # (a body statement is printed with who said it: « Selon Marc Delannoy, « … » », "Priya Raman adds: …"; a quote
    # with its signature; a point whose paragraph or first quote is someone else's, or that has neither, with « Point
    # made by… »: uncounted, eight points chosen within 400 words of the four-day-week debate printed 440, and the
    # points picked again within 350 lost one)
    def words(h: int, b: list[int], q: list[Quote]) -> int:
        lead = sentences[b[0]].speaker_id if b else q[0].speaker_id if q else None
        by = BY_LINE_WORDS + signed(sentences[h].speaker_id, h) if signature is not None and lead != sentences[h].speaker_id else 0
        return (heads[h] + sum(_words(sentences[j].text) + _ATTRIBUTION_WORDS for j in b)
                + sum(_words(x.text) + signed(x.speaker_id, h) for x in q) + by)

    def total() -> int:
        return sum(words(h, b, q) for h, b, q in parts)

    # what goes first is what supports its point least, not the last quote or every body statement (at 300 words,
    # « Nos calculs… montrent que le chômage de longue durée coûte… 18 000 euros » kept the caveat « Ces chiffres
    # sont des moyennes… » and lost « un emploi… coûte à peu près 19 000 euros », the figure that makes the point)
    extras = []
    for i, (h, b, q) in enumerate(parts):
        # (the synthesis backs a point with the speakers' own words: a quote goes before a statement as close, and a
        # statement that doubts or talks about the talk backs nothing: "I'm not convinced it would raise part-timers'
        # pay, though." kept over Priya Raman's "thirty-eight per cent of women… work part-time")
        ranked = sorted([(_support(sentences, h, [j], vectors, lex, mu) * (_NO_BACKING if _backs_nothing(sentences[j])
                                                                          else 1.0), j) for j in b]
                        + [(_support(sentences, h, _quoted(sentences, x), vectors, lex, mu) + _SUPPORT_QUOTE, x)
                           for x in q],
                        key=lambda p: -p[0])
        extras += [(score, i, item) for score, item in ranked[1:]]
    for _, i, item in sorted(extras, key=lambda e: e[0]):
        if total() <= max_words:
            return parts
        (parts[i][1] if isinstance(item, int) else parts[i][2]).remove(item)
    while len(parts) > 3 and total() > max_words:
        parts.pop()
    for i in reversed(range(len(parts))):
        if total() <= max_words:
            return parts
        parts[i][1].clear()
        parts[i][2].clear()
    while len(parts) > 1 and total() > max_words:
        parts.pop()
    return parts


def _quoted(sentences: Sequence[Sentence], quote: Quote) -> list[int]:
    """The sentences a quote was taken from."""
    return [i for i, s in enumerate(sentences) if s.turn == quote.source.turn and s.end > quote.span[0]
            and s.start < quote.span[1]]


_SUPPORT_FIGURE = 0.2   # what a figure adds to a passage's support for its point (see _support)
_SUPPORT_OWN = 0.3       # ... and the point's speaker's own words
_SUPPORT_QUOTE = 0.1     # ... and a quote, the synthesis's manner (a figure it lacks outweighs it)
_NO_BACKING = 0.3        # what is left of the support of a statement that backs nothing (see _backs_nothing)
# a span of time is no figure that backs a point: « on devra refaire les travaux dans dix ans », "staffed twenty-four
# hours a day", « d'ici trois ans » (« 19 000 euros par an », "56 of the 61 companies" are)
_DURATION = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:years?|ans|months?|mois|weeks?|semaines|days?|jours|hours?"
                       r"|heures)\b", re.IGNORECASE)


def _backs_with_figure(text: str, language: str) -> bool:
    """Whether ``text`` states a figure other than a span of time (see _DURATION)."""
    digits = words_to_digits(text, language)
    return any(not _DURATION.fullmatch(m.group().strip()) for m in _FIGURE.finditer(digits))


def _backs_nothing(sentence: Sentence) -> bool:
    """Whether a body statement doubts or talks about the talk rather than claims: "I'm not convinced it would raise
    part-timers' pay, though.", « Je le redis pour qu'il n'y ait pas de malentendu : … »."""
    text = sentence.text.replace("’", "'")
    return bool(_DISAGREES.search(text) or _META.search(_SIGNPOSTED.get(sentence.language, _NOTHING).sub("", text))
                or _SAID_AGAIN.match(text))


# the speaker saying it again, to be heard: « Je le redis pour qu'il n'y ait pas de malentendu : », « Je le répète »,
# "Let me say it again", "I'll repeat it"
_SAID_AGAIN = re.compile(r"\W*(?:(?:and|so|et|donc|alors),?\s+)?(?:je\s+(?:le\s+|vous\s+le\s+)?(?:redis|répète)"
                         r"|let\s+me\s+(?:say|repeat)\s+(?:it|that|this)\s+again|I(?:'ll|\s+will)\s+(?:say\s+(?:it|that|this)\s+again"
                         r"|repeat\s+(?:it|that|this)(?:\s+again)?))\b", re.IGNORECASE)


def _support(sentences: Sequence[Sentence], h: int, idx: Sequence[int], vectors: np.ndarray | None,
             lex: np.ndarray | None, mu: float) -> float:
    """How well the sentences ``idx`` (a body statement, a quote's) back the point ``h``: closeness in meaning and
    shared concepts, as the selection places them, and a figure stated (« un emploi coûte à peu près 19 000 euros »
    under the point on what long-term unemployment costs) and the speaker's own words count (Priya Raman's point on
    low-emission zones kept only Tomás Herrera's quote on bike-lane backlash)."""
    score = 0.0
    # (a quote is as close as its closest sentence: the sum of its sentences, farther than a one-sentence statement
    # by construction, lost « Mon objectif, c'est qu'un étudiant sur dix… soient formés » to a restatement)
    for j in idx if vectors is not None else ():
        close = 0.5 * float(np.clip((vectors[j] @ vectors[h] - mu) / max(1e-6, 1.0 - mu), 0.0, 1.0))
        if lex is not None:
            close += 0.5 * float(lex[j] @ lex[h]) / max(float(np.linalg.norm(lex[j])), 1e-8)
        score = max(score, close)
    if any(_backs_with_figure(sentences[j].text, sentences[j].language) for j in idx):
        score += _SUPPORT_FIGURE
    if any(sentences[j].speaker_id == sentences[h].speaker_id for j in idx):
        score += _SUPPORT_OWN
    return score


# "Because…" / « Parce que… » opening a sentence
_BECAUSE = re.compile(r"\s*(?:(?:and|so|et|donc),?\s+)?(?:parce que|parce qu'|because|'cause|car|puisque)\b",
                      re.IGNORECASE)
_WHY = re.compile(r"\b(?:why|pourquoi|warum|por qué|perché|waarom|porquê)\b", re.IGNORECASE)


def _why_asked(sentences: Sequence[Sentence]) -> np.ndarray:
    """Sentences that give the reason for the question just asked in the same turn: « Est-ce que la Ville a prévu
    quelque chose pour le relancer ? Parce que quand le marché marche bien, c'est tout le quartier qui en
    profite. » Without its question (and with its « Parce que » taken out, as headlines lose openers) it reads
    as a platitude; the point is the question and its answer."""
    mask = np.zeros(len(sentences), dtype=bool)
    for i in range(1, len(sentences)):
        prev, s = sentences[i - 1], sentences[i]
        if prev.turn == s.turn and prev.text.rstrip().endswith("?") and _BECAUSE.match(s.text.replace("’", "'")) \
                and not _WHY.search(prev.text):
            mask[i] = True   # ("Now, why is this important for policy? Because…" answers the speaker's own why)
    return mask


# What a speaker grants before the "but" that makes their point: "The Commission has published model contractual
# clauses…, and they are a good start, we use them." (then "But honestly, a small municipality with two lawyers will
# not rewrite every contract by itself."), « L'indice de réparabilité, c'est une bonne chose, … il faut le saluer. »,
# « Le covoiturage, c'est très bien pour aller au travail… », « Le covoiturage domicile-travail, oui, ça marche… »,
# "A flood defence… is, in principle, exactly the kind of asset we should like." (then "The problem is size")
_CONCEDES = re.compile(
    r"\b(?:(?:is|are|was|were|'s|'re) (?:a |an )?(?:very |really )?(?:good|great|useful|welcome|promising|positive)"
    r" (?:start|first step|step|thing|idea|tool|beginning)|(?:did|does|do|has done|have done|made) (?:some |many |a lot of )?"
    r"(?:important|good|great|valuable|useful|excellent) (?:things|work)|(?:has|have|was|were) (?:been )?a (?:great |big "
    r"|real |huge )?success|works? (?:very |really )?well|in principle|in theory|on paper|I (?:fully |completely )?"
    r"(?:understand|appreciate|respect|get) (?:the|that|your|why|their|this)\b"
    r"|c'est (?:une |un )?(?:très |plutôt |vraiment )?(?:bonne chose|bonne idée|bon début|premier pas|bon outil|pas rien)"
    r"|c'est (?:très|plutôt|déjà|tout à fait|vraiment) bien\b|il faut (?:le|la|les) saluer|je (?:le|la|les) salue|à saluer"
    r"|a (?:fait|permis) (?:de |des )?(?:bonnes|belles|grandes) choses|a (?:eu|été|connu) un (?:grand |vrai |beau |réel "
    r"|énorme )?succès|en principe|en théorie|sur le papier|je comprends (?:la|les|le|ce|que|qu'|votre|leur|bien"
    r"|tout à fait)\b|(?:and )?(?:that's|that is) (?:all )?(?:great|good|fine|welcome|positive)\b"
    r"|es un (?:buen|primer) (?:comienzo|paso|instrumento)|en principio|en teoría|sobre el papel"
    r"|ist ein (?:guter|erster|wichtiger) (?:Anfang|Schritt)|im Prinzip|auf dem Papier|è un (?:buon|primo) (?:inizio"
    r"|passo)|in teoria|sulla carta|in principe|op papier)"
    r"|,\s*(?:oui|yes|sí|ja|sì)\s*,", re.IGNORECASE)
# ... and the "but" itself, opening one of the next sentences ("But honestly, …", « Mais dans un village… », "The
# problem is…")
_BUT = re.compile(r"^\W*(?:(?:and|et|y|und|en|e|so|well|now|look|honestly|frankly|franchement|honnêtement|bon|alors"
                  r"|euh|uh|um)[,\s]+)*(?:but|mais|pero|aber|maar|però|however|cependant|pourtant|sin embargo|the"
                  r" (?:problem|trouble|catch|difficulty) is|le (?:problème|souci|hic),? c'est|sauf que|except that)\b",
                  re.IGNORECASE)
_BUT_IT = re.compile(r"^\W*(?:e\s+)?ma\b", re.IGNORECASE)   # (« ma » is the Italian "but", the French "my")


def _conceded(sentences: Sequence[Sentence]) -> np.ndarray:
    """Sentences that grant what the speaker goes on to qualify (see _CONCEDES): one of the next two sentences of
    the turn opens with "but" (see _BUT), and the point is there. A sentence that says its own "but" ("a good start,
    but not enough") is its point."""
    mask = np.zeros(len(sentences), dtype=bool)
    for i, s in enumerate(sentences):
        text = s.text.replace("’", "'")
        granted = _CONCEDES.search(text)
        if not granted:
            continue
        rest = text[granted.end():]
        if re.search(r"\b(?:but|mais|pero|aber|maar|però)\b", rest, re.IGNORECASE) \
                or (s.language == "it" and re.search(r"\bma\b", rest, re.IGNORECASE)):
            continue
        after = [p.text.replace("’", "'") for p in sentences[i + 1:i + 3] if p.turn == s.turn]
        mask[i] = any(_BUT.match(t) or (s.language == "it" and _BUT_IT.match(t)) for t in after)
    return mask


# Words that put something to the person asked: "Your company's business plan says…", "you told us…", « votre
# rapport indique… » (a bare "you" is often anyone's: "you can't automate taking apart a fridge")
_PUT_TO_YOU = {
    "en": re.compile(r"\byour\b|\byou (?:say|said|told|claim(?:ed)?|wrote|stated|promised|plan(?:ned)?|will|paid"
                     r"|received|spend|spent)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:votre|vos)\b|\bvous (?:dites|avez dit|affirmez|écrivez|avez écrit|prévoyez|avez promis)\b",
                     re.IGNORECASE),
}


def _question_premise(sentences: Sequence[Sentence], roles: dict[str, str]) -> np.ndarray:
    """Sentences that put to the person asked what the question that closes the turn rests on: "Last year your
    chief executive received a bonus of £480,000. Is that right?", "Your company's business plan says you will
    spend £1.9 billion…" (then "Why should my constituents pay twice?"): a committee member's questions were key
    messages "made by" him. Up to three sentences before the question, when someone else than the chair answers
    it next; they are the question's, no point, statement or quote of the asker's."""
    mask = np.zeros(len(sentences), dtype=bool)
    runs = _turn_runs(sentences)
    for k, (turn, first, count) in enumerate(runs[:-1]):
        last = first + count - 1
        asker, answerer = sentences[last].speaker_id, sentences[runs[k + 1][1]].speaker_id
        if not sentences[last].text.rstrip().endswith("?") or answerer == asker or roles.get(answerer) == "moderator":
            continue
        put = None   # (from the first sentence put to the person asked: "And over the same period customers'
        # bills will rise by, I think, 28 percent." between two is the question's too)
        for j in range(last - 1, max(first, last - 3) - 1, -1):
            if sentences[j].text.rstrip().endswith("?"):
                break   # (an earlier question: what comes before it is its own)
            rx = _PUT_TO_YOU.get(sentences[j].language)
            # (from the floor, what comes before the question is its premise whoever it names: « Je reçois beaucoup
            # de personnes de 55 ans… qui me demandent si ça vaut encore le coup de se former. … Qu'est-ce que vous
            # leur diriez ? », a France Travail adviser's question, was a morning debate's fifth key message)
            if roles.get(asker) == "audience" or rx is not None and rx.search(sentences[j].text.replace("’", "'")):
                put = j
        if put is not None:
            mask[put:last] = True
    return mask


def _answers(sentences: Sequence[Sentence], turns: Sequence[Turn], heads: Sequence[int],
             roles: dict[str, str]) -> np.ndarray:
    """(sentences, heads): the sentences of the answer to the question a headline was asked with. « Une question
    sur le marché du mercredi. Depuis janvier, il y a moins de commerçants… Est-ce que la Ville a prévu quelque
    chose pour le relancer ? »: the deputy mayor's reply (« deux emplacements sont libres et un appel à
    candidatures va être lancé ») is about that point, though it shares few of its words. The answer is the
    next turn of someone else than the asker and the chair, within two turns. The question closes the asker's
    turn (but for a sentence of reason, « Parce que… ») and comes at most two sentences after the point: a
    panelist's own "What can governments do?" in the middle of a talk asks no one."""
    mask = np.zeros((len(sentences), len(heads)), dtype=bool)
    runs = _turn_runs(sentences)
    run_of = {turn: k for k, (turn, _, _) in enumerate(runs)}
    for j, h in enumerate(heads):
        head = sentences[h]
        k = run_of[head.turn]
        last = runs[k][1] + runs[k][2] - 1
        asked = [i for i in range(h + 1, min(h + 3, last + 1)) if sentences[i].text.rstrip().endswith("?")]
        if not asked or last > asked[-1] + 1:
            continue
        for turn, first, count in runs[k + 1:k + 3]:
            who = sentences[first].speaker_id
            if who != head.speaker_id and roles.get(who) != "moderator":
                mask[first:first + count, j] = True
                break
    return mask


def _welcome(sentences: Sequence[Sentence], roles: dict[str, str]) -> np.ndarray:
    """The host's welcome: what is said before the moderator first speaks, when someone else opens the event
    (at most two turns and a tenth of it) and hands over to the moderator. « Notre travail, c'est d'évaluer ces
    initiatives… », the think tank's president presenting it before the moderator takes over, is no key
    message of the event; the seed's messages come from the speakers' interventions."""
    mask = np.zeros(len(sentences), dtype=bool)
    first = next((i for i, s in enumerate(sentences) if roles.get(s.speaker_id) == "moderator"), None)
    if not first or first > 0.1 * len(sentences) or len({s.turn for s in sentences[:first]}) > 2:
        return mask
    mask[:first] = True
    return mask


def _quotable(c: QuoteCandidate, sentences: Sequence[Sentence], roles: dict[str, str], cased: bool = True) -> float:
    """Penalty-adjusted quality: no framing talk, no moderator, no opening that leans on context."""
    if roles.get(c.quote.speaker_id) == "moderator":
        return 0.0
    texts = [sentences[i].text.replace("’", "'") for i in c.sentences]
    if any(_META.search(t) or PROCEDURAL.search(t) or _SELF_INTRO.search(t) for t in texts):
        return 0.0
    if any(_NEW_ITEM.search(t) for t in texts):
        # « Dernier gros point, le budget participatif. » is a label for what follows, not a claim; inside a
        # passage it is where the speaker moved on ("…into national law. Second point. Algorithmic management…")
        return 0.0
    if len(texts) > 1 and len(texts[-1].split()) <= 5 and not sentences[c.sentences[-1]].has_verb:
        return 0.0   # « … avant le démarrage des chantiers. En réponse à cela. »: the last words lead elsewhere
    q = c.quality
    if len(texts[0].split()) < 6:
        q -= 0.3  # "Personne ne le sait." opens on what was said before
    if not sentences[c.sentences[0]].is_clause:
        q -= FRAGMENT_QUOTE   # "So, children who have additional learning needs or a communication problem…"
    if roles.get(c.quote.speaker_id) == "audience":
        q -= 0.2   # a voice from the floor: the seed quotes the speakers, the floor only where it says clearly more
    if _lost_subject(c.quote.text, c.quote.language):
        return 0.0  # « doit rejoindre cette analyse… »: the subject was said before the quote
    if refers_back(c.quote.text[skip_openers(c.quote.text, conjunctions=True, language=c.quote.language):],
                   c.quote.language):
        q -= REFERS_BACK_QUOTE   # "That is what we are doing…": the quote leans on what came before it
    if opens_on_before(sentences, c.sentences[0]):
        return 0.0   # "Some of them had been out of work…": the passage that starts a sentence earlier, or another one
    first = texts[0].lstrip()[:1]
    if cased and not (first.isupper() or first.isdigit()):
        # "pour moi, l'innovation..." starts in the middle of a sentence (a quote that starts after its
        # sentence's opener, « Alors, suite à la demande… » -> « suite à la demande… », starts at the beginning)
        return 0.0
    return q


def _pick_quotes(candidates: Sequence[tuple[QuoteCandidate, float]], used: set[tuple[int, int, int]], limit: int,
                 sentences: Sequence[Sentence], roles: dict[str, str], blocked: set[int], cased: bool,
                 min_closeness: float, sure: np.ndarray | None = None) -> list[QuoteCandidate]:
    """The closest good passages to the point (candidates with their closeness), one per speaker, never
    reused across takeaways, never holding a ``blocked`` sentence (a headline or a body statement)."""
    if limit <= 0:
        return []
    scored = []
    for c, rel in candidates:
        if blocked.intersection(c.sentences) or rel < min_closeness:
            continue
        quality = _quotable(c, sentences, roles, cased)
        if sure is not None:
            # (as heard as its least sure sentence: the words the recogniser doubted may not be the speaker's)
            quality -= MISHEARD_QUOTE * (1.0 - float(sure[list(c.sentences)].min()))
        if quality < 0.35:
            continue
        scored.append((rel + 0.3 * quality, rel, c))
    scored.sort(key=lambda x: -x[0])
    picked: list[QuoteCandidate] = []
    first_rel = 0.0
    for _, rel, c in scored:
        if any(_overlaps(c, u) for u in used) or any(p.quote.speaker_id == c.quote.speaker_id for p in picked):
            continue
        if picked and rel < 0.8 * first_rel:
            break   # a second voice only when it is about as close to the point as the first
        first_rel = first_rel or rel
        picked.append(c)
        used.add((c.quote.source.turn or 0, c.quote.span[0], c.quote.span[1]))
        if len(picked) >= limit:
            break
    return picked


def _overlaps(c: QuoteCandidate, key: tuple[int, int, int]) -> bool:
    turn, s, e = key
    return c.quote.source.turn == turn and c.quote.span[0] < e and s < c.quote.span[1]
