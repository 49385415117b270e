"""Key-message selection with the real embedder on small events built in code."""
from __future__ import annotations

import numpy as np
from dataclasses import replace

import pytest

from confsynth.config import Config
from confsynth.pipeline import analyse_event, choose_takeaways, load_models, turns_from_pairs
from confsynth.quotes import trails_off
from confsynth.takeaways import TakeawayConfig, headline_fitness, make_headline, select_takeaways

CYCLING = [
    ("Anna Berg", "Protected bike lanes on the main avenues doubled the number of cyclists in our city within two years."),
    ("Anna Berg", "Cyclists need continuous lanes separated from car traffic, otherwise parents will never let children ride to school."),
    ("Paul Roy", "Secure bicycle parking at train stations is the missing link between cycling and public transport."),
    ("Paul Roy", "Every euro invested in cycling infrastructure returns several euros in health savings and less congestion."),
    ("Anna Berg", "The city should publish cycling counts every month so that residents can see the effect of new bike lanes."),
]
CANTEENS = [
    ("Lea Marin", "School canteens should serve at least half organic and local food, bought directly from nearby farms."),
    ("Lea Marin", "Public procurement rules let canteens split tenders into small lots so that local farmers can bid for them."),
    ("Omar Diaz", "Children eat more vegetables when cooks prepare meals on site instead of reheating industrial dishes."),
    ("Omar Diaz", "Food waste in school canteens fell by a third when pupils could choose their portion sizes."),
    ("Lea Marin", "Training canteen cooks to work with fresh seasonal produce is the condition for any change on the plate."),
]
BROADBAND = [
    ("Ines Kahl", "Rural villages still lack fibre broadband, which keeps young families and small businesses away."),
    ("Ines Kahl", "Without fast internet, remote work and online medical consultations are impossible in the countryside."),
    ("Jon Weiss", "Operators will not lay fibre to scattered farms unless the state subsidises the last kilometre of network."),
    ("Jon Weiss", "Mobile coverage maps published by operators overstate the real signal that people get in rural valleys."),
    ("Ines Kahl", "Municipalities should pool their broadband projects at county level to negotiate better prices with operators."),
]


@pytest.fixture(scope="module")
def models():
    return load_models(Config(translator="none"))


def takeaways_for(pairs, models, **config):
    event = analyse_event(turns_from_pairs(pairs), Config(translator="none"), models)
    return event, choose_takeaways(event, Config(translator="none", **config))


def topic_of(text):
    for name, block in (("cycling", CYCLING), ("canteens", CANTEENS), ("broadband", BROADBAND)):
        if any(text.rstrip(".") in s or s.rstrip(".") in text for _, s in block):
            return name
    return None


def test_three_separate_topics_all_get_a_key_message(models):
    _, tks = takeaways_for(CYCLING + CANTEENS + BROADBAND, models, takeaways=3)
    assert len(tks) == 3
    topics = {topic_of(next(iter(t.headline.values()))) for t in tks}
    assert topics == {"cycling", "canteens", "broadband"}


def test_no_two_key_messages_make_the_same_point(models):
    pairs = CYCLING + [("Eva Lund", "Protected bike lanes on the main avenues doubled the number of cyclists in our city "
                                    "within two years, really.")] + CANTEENS + BROADBAND
    event, tks = takeaways_for(pairs, models, takeaways=6)
    heads = [next(iter(t.headline.values())) for t in tks]
    vecs = models.embedder(heads)
    sims = vecs @ vecs.T
    np.fill_diagonal(sims, 0)
    assert sims.max() < 0.95
    assert sum("doubled the number of cyclists" in h for h in heads) <= 1


def test_no_voice_carries_more_than_its_share_while_others_have_a_point(models):
    """A full day's synthesis gave three of its eight key messages to one panellist (review AX): with six voices and
    six points, each carries at most two (its share and one more), though one of them says more, and well, than the
    others."""
    anna = [("Anna Berg", s) for _, s in CYCLING + CANTEENS + BROADBAND]
    others = [("Paul Roy", "Cities should publish open data on air quality near every school, street by street."),
              ("Lea Marin", "Farmers' markets need cheap municipal halls in winter or they close until spring."),
              ("Omar Diaz", "Night buses every thirty minutes would let hospital staff leave their cars at home."),
              ("Ines Kahl", "Libraries can lend tools and repair kits, which cuts waste and brings people together."),
              ("Jon Weiss", "Heat plans must list the cool rooms open to older residents during every heatwave.")]
    _, tks = takeaways_for(anna + others, models, takeaways=6)
    carried = [t.said.speaker_id for t in tks]
    assert max(carried.count(s) for s in set(carried)) <= 2


def test_the_room_and_the_chair_are_no_voices_to_share_the_points_with(models):
    """The cap on a voice's points counts the speakers only: at a town hall, the residents' complaints took the place of
    the officer's figures, and a Dutch panel's chair's housekeeping became a key message (regression set). Four
    speakers and the room are no event of five voices: the one who says most, and well, may carry three points."""
    anna = [("Anna Berg", s) for _, s in CYCLING + CANTEENS + BROADBAND]
    others = [("Paul Roy", "Cities should publish open data on air quality near every school, street by street."),
              ("Lea Marin", "Farmers' markets need cheap municipal halls in winter or they close until spring."),
              ("Omar Diaz", "Night buses every thirty minutes would let hospital staff leave their cars at home.")]
    room = [("Question de la salle", "All the traffic that used to go down Elm Street now goes past my window at night."),
            ("Question de la salle", "I just want to know why the council is making money out of these cameras."),
            ("Question de la salle", "Nobody asked the shopkeepers before the street was closed to through traffic.")]
    _, tks = takeaways_for(anna + others + room, models, takeaways=6)
    carried = [t.said.speaker_id for t in tks]
    assert max(carried.count(s) for s in set(carried)) >= 3


def test_a_debates_sides_carry_their_share_of_the_points(models):
    """At a public meeting on a wind farm the company's director carried six of eight key messages and the association
    opposing the project none (review AY): where two voices that say as much rebut each other, neither carries more
    than its share of the talk, though one says it better; where they agree, the one who says it better keeps its
    points."""
    anna = [("Anna Berg", s) for _, s in CYCLING + CANTEENS + BROADBAND]
    paul = ["cities should fix the buses before they build any more bike lanes, because most people still take the bus "
            "to work, and rural families need a bus every hour before anyone talks about fibre or organic canteens.",
            "Every euro spent on these projects is a euro taken from the buses that people actually use every day, and "
            "bus drivers are leaving the job because their pay has not followed the cost of living for ten years.",
            "A night bus network would do more for shift workers and hospital staff than any new cycle lane downtown, "
            "and fares should be frozen for three years, because a ticket that costs more than fuel pushes people "
            "back into cars.",
            "Small towns lost half of their bus lines in the last decade and nobody in the capital seems to have "
            "noticed, and electric buses are cheaper to run over their lifetime, but councils cannot pay the upfront "
            "cost on their own.",
            "Bus lanes on the main roads into town would cut journey times by a third at almost no cost to anyone, and "
            "the state should guarantee a minimum bus service in every village, the way it guarantees a post office.",
            "Timetables change every winter without notice, so people who depend on the bus cannot plan their week, and "
            "older residents in the countryside are isolated when the last bus leaves at five in the afternoon."]

    def carried(opening):
        said = [("Paul Roy", opening + " " + paul[0])] + [("Paul Roy", p) for p in paul[1:]]
        _, tks = takeaways_for(anna[:5] + said[:3] + anna[5:] + said[3:], models, takeaways=6)
        return [t.said.speaker_id for t in tks]

    debate = carried("That's not what I said,")
    assert max(debate.count(s) for s in set(debate)) <= 3
    agreed = carried("I agree, and")
    assert max(agreed.count(s) for s in set(agreed)) >= 4


def test_word_budget_is_respected(models):
    """(125 words: three headlines, each with its quote and the quote's signature, which the budget counts too.)"""
    _, tks = takeaways_for(CYCLING + CANTEENS + BROADBAND, models, takeaways=6, max_words=125)
    words = 0
    for t in tks:
        words += len(next(iter(t.headline.values())).split()) + len(next(iter(t.body.values())).split())
        words += sum(len(q.text.replace("[…]", " ").split()) for q in t.quotes)
    assert 0 < words <= 125
    assert tks, "a budget trims bodies and quotes before dropping every point"
    # a key message is a claim backed by a speaker's words: the last points go before their best passage does
    # (a quote or a statement of the body, whichever backs the point best)
    assert len(tks) == 3 and all(t.quotes or t.support for t in tks)
    _, everything = takeaways_for(CYCLING + CANTEENS + BROADBAND, models, takeaways=6)
    assert [t.headline for t in tks] == [t.headline for t in everything[:3]]


def test_word_budget_keeps_what_backs_each_point_best():
    """At 300 words the colloque of review BB kept Pierre-Yves Le Gall's caveat « Ces chiffres sont des moyennes… »
    under his point on what long-term unemployment costs and dropped « un emploi… coûte à peu près 19 000 euros », the
    figure that makes it; and a point kept only another speaker's quote, its own speaker's words cut first."""
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _fit_budget

    texts = [("s3", "Le chômage de longue durée coûte à la collectivité environ 18 000 euros par personne et par an."),
             ("s3", "En face, un emploi dans une entreprise à but d'emploi coûte à peu près 19 000 euros par an."),
             ("s3", "Maintenant, je veux être honnête, parce que c'est mon métier. Ces chiffres sont des moyennes, "
                    "et sur certains territoires le coût net est plus élevé au démarrage de l'entreprise."),
             ("s5", "Il faut une loi de programmation pluriannuelle pour les territoires."),
             ("s5", "Cinq ans de visibilité sur la contribution de l'État, avec des engagements réciproques."),
             ("s4", "Chez nous, les salariés font du transport de personnes âgées vers le marché du village.")]
    sentences = [Sentence(i, i, 0, len(t), t, who, "fr") for i, (who, t) in enumerate(texts)]
    vectors = np.eye(6, dtype=np.float32)
    vectors[1] += 0.8 * vectors[0]   # the figure, close to its point
    vectors[2] += 0.7 * vectors[0]   # the caveat, a little less
    vectors[4] += 0.6 * vectors[3]   # the speaker's own words on her point
    vectors[5] += 0.7 * vectors[3]   # another speaker's, on something else, a little closer in meaning
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    def quote(i):
        return Quote(texts[i][1], texts[i][0], "fr", SourceRef("colloque.txt", i + 1, None, i), (0, len(texts[i][1])))

    parts = [(0, [1], [quote(2)]), (3, [], [quote(4), quote(5)])]
    kept = _fit_budget(parts, sentences, 75, vectors, None, 0.0)
    assert [(h, b, [q.text for q in qs]) for h, b, qs in kept] == [(0, [1], []), (3, [], [texts[4][1]])]


def _budget_case(texts, mix):
    """Sentences of one turn each, their vectors (``mix``: {i: (j, weight)}, sentence i that close to j) and a quote
    maker, for _fit_budget."""
    from confsynth.records import Quote, Sentence, SourceRef

    sentences = [Sentence(i, i, 0, len(t), t, who, lang) for i, (who, t, lang) in enumerate(texts)]
    vectors = np.eye(len(texts), dtype=np.float32)
    for i, (j, weight) in mix.items():
        vectors[i] += weight * vectors[j]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    def quote(i):
        return Quote(texts[i][1], texts[i][0], texts[i][2], SourceRef("t.txt", i + 1, None, i), (0, len(texts[i][1])))
    return sentences, vectors, quote


def test_word_budget_takes_no_span_of_time_for_a_figure():
    """« on devra refaire les travaux dans dix ans » (regression set, rencontres-renovation at 400 words) and "staffed
    twenty-four hours a day" (four-day-week debate) won the figure's bonus over the speaker's own quote on the point,
    a little closer to it: a span of time backs nothing as « 19 000 euros par an » does."""
    from confsynth.takeaways import _fit_budget

    texts = [("s4", "Il faut penser au confort d'été dès la rénovation, pas seulement à l'hiver.", "fr"),
             ("s4", "Si on ne le fait pas maintenant, on devra refaire les travaux dans dix ans.", "fr"),
             ("s4", "Les volets, la ventilation nocturne et la végétalisation protègent les logements des canicules.",
              "fr")]
    sentences, vectors, quote = _budget_case(texts, {1: (0, 0.6), 2: (0, 0.65)})
    kept = _fit_budget([(0, [1], [quote(2)])], sentences, 30, vectors, None, 0.0)
    assert [(b, [q.text for q in qs]) for _, b, qs in kept] == [([], [texts[2][1]])]


def test_word_budget_keeps_the_quote_over_a_restatement_or_a_doubt():
    """At 400 words (regression set) a point lost its own quote « Mon objectif, c'est qu'un étudiant sur dix… » for
    « Je le redis pour qu'il n'y ait pas de malentendu… », and another Priya Raman's "thirty-eight per cent" quote
    for "I'm not convinced it would raise part-timers' pay, though.": one sentence is closer to the headline than a
    quote of two by construction, and a doubt or a restatement backs nothing."""
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _fit_budget

    goal = "Mon objectif, c'est qu'un étudiant sur dix et un enseignant sur dix soient formés d'ici trois ans. "
    texts = [("s2", "fr", "Avec Esprit Campus, on a déjà formé 1 800 personnes dans la région, et ça marche."),
             ("s2", "fr", "Je le redis pour qu'il n'y ait pas de malentendu : ces formations sont peu coûteuses."),
             ("s2", "fr", goal.strip()),
             ("s2", "fr", "Et pour ça il faut un financement stable."),
             ("s5", "en", "Employers would have to raise hourly rates by 25% for full-timers, and nothing says "
                          "part-timers would gain."),
             ("s5", "en", "I'm not convinced it would raise part-timers' pay, though."),
             ("s4", "en", "Around thirty-eight per cent of women in employment work part-time.")]
    turns = [0, 1, 2, 2, 3, 4, 5]
    starts = [0, 0, 0, len(goal), 0, 0, 0]
    sentences = [Sentence(i, turns[i], starts[i], starts[i] + len(t), t, who, lang)
                 for i, (who, lang, t) in enumerate(texts)]
    vectors = np.eye(len(texts), dtype=np.float32)
    for i, j, weight in [(1, 0, 0.7), (2, 0, 0.6), (3, 0, 0.2), (5, 4, 0.9), (6, 4, 0.5)]:
        vectors[i] += weight * vectors[j]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    def quote(i, j):
        text = goal + texts[3][2] if i == 2 else texts[i][2]
        return Quote(text, texts[i][0], texts[i][1], SourceRef("t.txt", i + 1, None, turns[i]),
                     (starts[i], starts[j] + len(texts[j][2])))

    kept = _fit_budget([(0, [1], [quote(2, 3)]), (4, [5], [quote(6, 6)])], sentences, 75, vectors, None, 0.0)
    assert [(b, [q.text[:13] for q in qs]) for _, b, qs in kept] == [([], ["Mon objectif,"]), ([], ["Around thirty"])]


@pytest.mark.parametrize("budget", [160, 213, 227, 234, 320])
def test_word_budget_counts_what_is_printed(models, budget):
    """The budget counts the words printed: a body statement comes with who said it (« Selon Marc Delannoy, « … » »);
    a merged forum's 600 words came to 615. A quote comes with its signature too (five points chosen within 400
    words printed 435)."""
    from confsynth.render.i18n import attribution

    event, tks = takeaways_for(CYCLING + CANTEENS + BROADBAND, models, takeaways=6, max_words=budget)
    speakers = {s.id: s for s in event.directory.speakers}
    words = sum(len(next(iter(t.headline.values())).split()) + len(next(iter(t.body.values())).split())
                + sum(len(q.text.replace("[…]", " ").split()) + len(attribution(speakers[q.speaker_id], "en").split())
                      for q in t.quotes) for t in tks)
    assert 0 < words <= budget


@pytest.mark.parametrize("budget", [160, 213, 227, 234, 320])
def test_word_budget_is_fitted_once_on_what_is_printed(models, monkeypatch, budget):
    """Eight points chosen within 400 words of the four-day-week debate (regression set) printed 440, their quotes'
    signatures and « Point made by » lines uncounted; picked again within 350 they were seven in 375 words. The
    selection counts those words itself, so it picks once and keeps what fits."""
    import confsynth.pipeline as pipeline

    calls = []
    select = pipeline.select_takeaways
    monkeypatch.setattr(pipeline, "select_takeaways", lambda *a, **k: calls.append(1) or select(*a, **k))
    event, tks = takeaways_for(CYCLING + CANTEENS + BROADBAND, models, takeaways=6, max_words=budget)
    speakers = {s.id: s for s in event.directory.speakers}
    assert len(calls) == 1 and pipeline.printed_words(tks, speakers) <= budget


def test_time_order(models):
    _, tks = takeaways_for(CYCLING + CANTEENS + BROADBAND, models, takeaways=3, order="time")
    positions = [t.position for t in tks]
    assert positions == sorted(positions) and [t.rank for t in tks] == [1, 2, 3]


def test_mixed_language_event_puts_french_and_english_on_one_point(models):
    french = [
        ("Lea Marin", "Les cantines scolaires devraient servir au moins la moitié de produits bio et locaux, achetés "
                      "directement aux fermes voisines."),
        ("Lea Marin", "Les règles des marchés publics permettent de découper les appels d'offres en petits lots pour "
                      "que les agriculteurs locaux puissent répondre."),
        ("Omar Diaz", "Former les cuisiniers des cantines aux produits frais de saison est la condition de tout "
                      "changement dans l'assiette."),
    ]
    event, tks = takeaways_for(CYCLING + french + CANTEENS + BROADBAND, models, takeaways=3)
    assert {t.language for t in tks} <= {"en", "fr"}
    assert {event.turns[i].language for i in range(len(event.turns))} == {"en", "fr"}
    # the French and English canteen sentences are one point: one key message covers canteens, not two
    canteen_like = [t for t in tks if "cantine" in next(iter(t.headline.values())).lower()
                    or "canteen" in next(iter(t.headline.values())).lower()]
    assert len(canteen_like) == 1


@pytest.mark.parametrize("spoken, language, kept", [
    ("Donc euh je pense que les cantines doivent acheter local.", "fr", "Les cantines doivent acheter local."),
    ("So, you know, I think that cities must publish cycling data.", "en", "Cities must publish cycling data."),
    ("Well, basically the the state should subsidise fibre.", "en", "The state should subsidise fibre."),
    # the opener's optional "that" is the subject of "that's", not a conjunction: it stays
    ("I think that's a big problem for the small farms in the region.", "en",
     "That's a big problem for the small farms in the region."),
    ("Now's the time to open the data of every public agency.", "en",
     "Now's the time to open the data of every public agency."),
    ("I guess that sort of makes sense for the whole design team.", "en", "That makes sense for the whole design team."),
    # the announcement before the colon
    ("Ma recommandation elle est assez simple : il faut développer la recherche-action participative.", "fr",
     "Il faut développer la recherche-action participative."),
    # a word between the opener and its "that" ("I think, though, that…" printed "That at the committee…")
    ("I think, though, that at the committee the issues facing rural schools are very important.", "en",
     "At the committee the issues facing rural schools are very important."),
    # a conjunction hangs on a sentence the reader does not see
    ("Because it would now have to take that possibility into account.", "en",
     "It would now have to take that possibility into account."),
    ("No, no, 'cause th that's the spongy feel in the rubber that you put round it.", "en",
     "That's the spongy feel in the rubber that you put round it."),
    ("Parce que l'État doit publier les données de chaque territoire.", "fr",
     "L'État doit publier les données de chaque territoire."),
    ("Only eh , eh , nnn , I have marked enough speech on all the overlapping zones.", "en",
     "Only, I have marked enough speech on all the overlapping zones."),
    # an opener that is a word of the sentence too goes only before a pause: the claim keeps its meaning
    ("No one in this room wants the platforms to leave Europe.", "en",
     "No one in this room wants the platforms to leave Europe."),
    ("No, the directive does not ban platforms from operating in Europe.", "en",
     "The directive does not ban platforms from operating in Europe."),
    ("Now is the time to invest in skills for every worker.", "en", "Now is the time to invest in skills for every worker."),
    ("So far no country has transposed the directive into its law.", "en",
     "So far no country has transposed the directive into its law."),
    ("So we need to invest in the skills of every worker now.", "en", "We need to invest in the skills of every worker now."),
    ("Well I think we should put the battery under the cover of the remote.", "en",
     "We should put the battery under the cover of the remote."),
    ("Well over half of the users lose their remote control every week.", "en",
     "Well over half of the users lose their remote control every week."),
    ("Right so the remote should have a big scroll wheel in the middle.", "en",
     "The remote should have a big scroll wheel in the middle."),
    ("Like many cities, Lyon has built protected bike lanes everywhere.", "en",
     "Like many cities, Lyon has built protected bike lanes everywhere."),
    ("Well-paid jobs are disappearing from the middle of the labour market.", "en",
     "Well-paid jobs are disappearing from the middle of the labour market."),
    ("Right-wing parties oppose the directive in most member states.", "en",
     "Right-wing parties oppose the directive in most member states."),
    ("Non seulement les communes doivent investir, mais aussi la région.", "fr",
     "Non seulement les communes doivent investir, mais aussi la région."),
    ("Après la crise de 2008, les communes ont perdu la moitié de leurs moyens.", "fr",
     "Après la crise de 2008, les communes ont perdu la moitié de leurs moyens."),
    ("Après, il faut voir comment les communes vont financer tout ça.", "fr",
     "Il faut voir comment les communes vont financer tout ça."),
    ("Enfin une loi qui protège vraiment les locataires les plus fragiles.", "fr",
     "Enfin une loi qui protège vraiment les locataires les plus fragiles."),
    ("Enfin je pense que les communes doivent mutualiser leurs achats publics.", "fr",
     "Les communes doivent mutualiser leurs achats publics."),
    # the way back to an earlier point is no part of the claim; "going back to school" is
    ("Again, going back to the previous question, those needs should be met in every local authority.", "en",
     "Those needs should be met in every local authority."),
    ("Pour revenir à la question de Julie, les communes doivent mutualiser leurs achats.", "fr",
     "Les communes doivent mutualiser leurs achats."),
    ("Going back to school is hard for young people after a long exclusion.", "en",
     "Going back to school is hard for young people after a long exclusion."),
    # « quoi », « voilà » are fillers at a pause only; « disons que » opens the claim
    ("On ne sait pas quoi faire avec toutes ces données sur les territoires.", "fr",
     "On ne sait pas quoi faire avec toutes ces données sur les territoires."),
    ("Nous ne savons pas à quoi servent ces indicateurs dans les associations.", "fr",
     "Nous ne savons pas à quoi servent ces indicateurs dans les associations."),
    ("Voilà pourquoi il faut investir dans la formation des enseignants.", "fr",
     "Voilà pourquoi il faut investir dans la formation des enseignants."),
    ("Le financement des associations est trop compliqué, quoi.", "fr",
     "Le financement des associations est trop compliqué."),
    ("Disons que la directive est un compromis entre les États membres.", "fr",
     "La directive est un compromis entre les États membres."),
    # « Or » opening an argument's next step; gold stays
    ("Or un diagnostic ne coûte presque rien et permet d'identifier des économies durables.", "fr",
     "Un diagnostic ne coûte presque rien et permet d'identifier des économies durables."),
    ("Or noir et or vert ne se valent pas.", "fr", "Or noir et or vert ne se valent pas."),
    # how the speaker will speak, announced before the colon
    ("Je voudrais partir d'un constat : les collectivités achètent encore trop de neuf.", "fr",
     "Les collectivités achètent encore trop de neuf."),
    ("Il faut être très clair : le réemploi coûte moins cher que le neuf.", "fr",
     "Le réemploi coûte moins cher que le neuf."),
    ("Let me be clear: the register of algorithms must be public.", "en",
     "The register of algorithms must be public."),
    ("Il faut être clair avec les familles sur le calendrier des travaux.", "fr",
     "Il faut être clair avec les familles sur le calendrier des travaux."),
    # « ben », « et ben » inside a sentence; "Ben" the name stays
    ("Le problème, c'est que le tuteur, et ben le tuteur, pendant qu'il forme, il ne produit pas.", "fr",
     "Le problème, c'est que le tuteur, pendant qu'il forme, il ne produit pas."),
    ("Ben Johnson a raison sur les loyers des jeunes actifs.", "fr",
     "Ben Johnson a raison sur les loyers des jeunes actifs."),
    # a count after "pour", "for": the comma is the list's (« 22 voix pour 6 contre » says something else)
    ("Le budget est adopté par 22 voix pour, 6 contre et 1 abstention.", "fr",
     "Le budget est adopté par 22 voix pour, 6 contre et 1 abstention."),
    ("The budget passed with 22 votes for, 6 against and one abstention.", "en",
     "The budget passed with 22 votes for, 6 against and one abstention."),
    # the other languages' openers
    ("Bueno, pues, en Barcelona el alquiler ha subido un 40 % en diez años.", "es",
     "En Barcelona el alquiler ha subido un 40 % en diez años."),
    ("O sea, una familia media dedica hoy casi la mitad de sus ingresos al alquiler.", "es",
     "Una familia media dedica hoy casi la mitad de sus ingresos al alquiler."),
    ("No hay vivienda asequible en el centro de Madrid.", "es", "No hay vivienda asequible en el centro de Madrid."),
    ("Allora, le scuole devono aprire il pomeriggio.", "it", "Le scuole devono aprire il pomeriggio."),
    ("Also, wir brauchen mehr Pflegekräfte in den Kliniken.", "de", "Wir brauchen mehr Pflegekräfte in den Kliniken."),
    # the room addressed before the claim; a name that starts the same stays
    ("Mes chers collègues, la rénovation énergétique des écoles doit être notre priorité cette année.", "fr",
     "La rénovation énergétique des écoles doit être notre priorité cette année."),
    ("Colleagues from ten countries told us the budget was far too small.", "en",
     "Colleagues from 10 countries told us the budget was far too small."),
    ("Chers amis de la nature, bienvenue à cette fête de printemps.", "fr",
     "Chers amis de la nature, bienvenue à cette fête de printemps."),
])
def test_headline_compression_keeps_the_claim(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    # a range said with a pause: « 15, 25 euros » read as 15.25 euros
    ("Le bonus est de quinze, vingt-cinq euros selon l'appareil, pour une réparation de cent cinquante euros.", "fr",
     "Le bonus est de 15 à 25 euros selon l'appareil, pour une réparation de 150 euros."),
    ("En 2019, 2020 on a doublé les moyens de la mission locale.", "fr",
     "En 2019, 2020 on a doublé les moyens de la mission locale."),
    # the speaker's own list numbers and what it led to
    ("Deux, obliger les fabricants à vendre les pièces détachées à un prix raisonnable.", "fr",
     "Obliger les fabricants à vendre les pièces détachées à un prix raisonnable."),
    ("Résultat, on a financé 240 micro-projets portés par des petites structures.", "fr",
     "On a financé 240 micro-projets portés par des petites structures."),
    ("Deux, trois personnes sont venues nous voir après la réunion publique.", "fr",
     "Deux, trois personnes sont venues nous voir après la réunion publique."),
    ("From my side: every member state should have a competence centre by 2025.", "en",
     "Every member state should have a competence centre by 2025."),
    # the figure announced, the point added, the room called to listen (four reviews' headlines opened so)
    ("Pour vous donner une idée : dans notre département, une personne sur quatre de plus de 75 ans n'a pas de "
     "voiture.", "fr", "Dans notre département, une personne sur quatre de plus de 75 ans n'a pas de voiture."),
    ("Et je rajoute une chose : tous les documents présentés ce soir seront en ligne dès demain.", "fr",
     "Tous les documents présentés ce soir seront en ligne dès demain."),
    ("I'd add that Iceland hired extra staff in some of those hospitals.", "en",
     "Iceland hired extra staff in some of those hospitals."),
    ("No, seriously, one of the lessons of our programme is that one-year projects do not work.", "en",
     "One of the lessons of our programme is that one-year projects do not work."),
    ("Look at the figures: the gap is 400 billion a year.", "en", "Look at the figures: the gap is 400 billion a year."),
    # a number is no broken-off word (« dos millones » was a thousand times less than what was said)
    ("El fondo tiene dos mil millones de euros para invertir en vivienda social.", "es",
     "El fondo tiene dos mil millones de euros para invertir en vivienda social."),
    # "you know" of the words, not a filler: "some of you know Ahmedabad" lost it ("Maybe some of Ahmedabad")
    ("And, uh, maybe some of you know Ahmedabad because of the heat action plan.", "en",
     "Maybe some of you know Ahmedabad because of the heat action plan."),
    ("I think, you know, the directive is a compromise that works for everybody.", "en",
     "The directive is a compromise that works for everybody."),
    # a figure taken back is no part of the claim
    ("We won that at least 25 percent, sorry, the rule is that direct income support can only be up to 37.5 percent "
     "of each national plan.", "en",
     "The rule is that direct income support can only be up to 37.5 percent of each national plan."),
    # « quand même » says "still"
    ("Sinon on forme des jeunes motivés qui devront quand même partir ailleurs.", "fr",
     "Sinon on forme des jeunes motivés qui devront quand même partir ailleurs."),
])
def test_headline_compression_keeps_the_words_that_say_something(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    # the opener goes, and with it the "que" that hung on it, and the repeat it brought to the front
    ("Mais ce que je retiens, c'est qu'on a, on a beaucoup d'expériences qui marchent, et que le maillon faible, "
     "c'est le passage à l'action.", "fr",
     "On a beaucoup d'expériences qui marchent, et le maillon faible, c'est le passage à l'action."),
    ("Vous avez raison, et c'est d'ailleurs une condition du règlement : trois habitants référents formés.", "fr",
     "C'est une condition du règlement : trois habitants référents formés."),
    ("If I may add, that's exactly why the directive includes consultation rights on algorithms.", "en",
     "The directive includes consultation rights on algorithms."),
    # a recap announces the list; the list is the point
    ("Je récapitule les engagements pris ce soir : un temps d'échange sur le square et des arceaux vélo.", "fr",
     "Les engagements pris ce soir : un temps d'échange sur le square et des arceaux vélo."),
    ("To sum up, cities must publish cycling data every month.", "en", "Cities must publish cycling data every month."),
    ("Pour résumer ce que j'ai entendu ce soir : il faut construire plus de logements sociaux près des emplois.", "fr",
     "Il faut construire plus de logements sociaux près des emplois."),
    ("To sum up what I heard today: cities need money, data and time to build more social housing.", "en",
     "Cities need money, data and time to build more social housing."),
    # a contrast with a sentence the reader does not see
    ("Par contre, il faut savoir que dans les terrains privés, il y a énormément de réseaux.", "fr",
     "Dans les terrains privés, il y a énormément de réseaux."),
    ("However, the directive does not cover self-employed workers at all.", "en",
     "The directive does not cover self-employed workers at all."),
    # the assembly's address opens every answer
    ("Mr. Chair, we continue to work with the banks to help consumers in this difficult situation.", "en",
     "We continue to work with the banks to help consumers in this difficult situation."),
    ("Monsieur le Président, le gouvernement doit publier les données de chaque territoire.", "fr",
     "Le gouvernement doit publier les données de chaque territoire."),
    # ... and someone addressed by name: the claim is the reader's, not theirs
    ("Monsieur Moulin, La Poste est une entreprise qui décide seule de ses implantations, et je le regrette.", "fr",
     "La Poste est une entreprise qui décide seule de ses implantations, et je le regrette."),
    ("Ms Clarke, we never said that the hospital would close its emergency ward.", "en",
     "We never said that the hospital would close its emergency ward."),
    # a French "an" is a year, its comma stays; "that kind of support" is no filler
    ("Il reste un an, il part, et on recommence avec un autre interne.", "fr",
     "Il reste un an, il part, et on recommence avec un autre interne."),
    ("We looked at the data, and that kind of support works.", "en",
     "We looked at the data, and that kind of support works."),
    ("Je veux juste ajouter une chose : les vélos, très bien, mais il faut penser aux salariés qui viennent de loin.",
     "fr", "Les vélos, très bien, mais il faut penser aux salariés qui viennent de loin."),
    # the speaker's insistence before the claim
    ("Je dis qu'il faut un accompagnement financier massif des petits bailleurs.", "fr",
     "Il faut un accompagnement financier massif des petits bailleurs."),
    ("It's worth remembering that the budget was cut by half in 2010.", "en", "The budget was cut by half in 2010."),
    # (a name with its apposition is the subject)
    ("Madame Hidalgo, maire de Paris, a annoncé un plan vélo pour toute la ville.", "fr",
     "Madame Hidalgo, maire de Paris, a annoncé un plan vélo pour toute la ville."),
    # what the listener already knows is said before the claim, not in it
    ("As the member knows, I've said publicly that we need to hold long-term care homes to stronger standards.",
     "en", "I've said publicly that we need to hold long-term care homes to stronger standards."),
    ("As I said earlier, the directive does not cover self-employed workers at all.", "en",
     "The directive does not cover self-employed workers at all."),
    ("Comme vous le savez, les communes ont perdu la moitié de leurs moyens depuis 2008.", "fr",
     "Les communes ont perdu la moitié de leurs moyens depuis 2008."),
    ("Comme je le disais, il faut voir comment les communes vont financer tout ça.", "fr",
     "Il faut voir comment les communes vont financer tout ça."),
    # a recogniser writing in lower case writes "i": a headline is written English ("i.e." stays)
    ("so i think we need more buses in the city centre because i know people wait too long", "en",
     "We need more buses in the city centre because I know people wait too long."),
    ("the council has to publish the data, i.e. the counts i'm sure it already has", "en",
     "The council has to publish the data, i.e. the counts I'm sure it already has."),
    ("As you know the budget is fixed, so we cannot add a second screen to the remote.", "en",
     "The budget is fixed, so we cannot add a second screen to the remote."),
    ("As we saw with the pilots in Lyon, the cities that invested in buses kept their riders.", "en",
     "As we saw with the pilots in Lyon, the cities that invested in buses kept their riders."),
])
def test_headline_compression_drops_replies_and_hanging_conjunctions(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    ("It's something that— we need to make sure that our schools are well-equipped to meet these needs.", "en",
     "We need to make sure that our schools are well-equipped to meet these needs."),
    ("I think it's something that—you know, we need to make sure that our schools are well-equipped.", "en",
     "We need to make sure that our schools are well-equipped."),
    ("Schools—and parents—must work together on exclusions from now on.", "en",
     "Schools—and parents—must work together on exclusions from now on."),
    ("Je pense que c'est— il faut que les écoles soient mieux équipées pour répondre à ces besoins.", "fr",
     "Il faut que les écoles soient mieux équipées pour répondre à ces besoins."),
    # a dash pair is an aside, not a false start
    ("The budget — which is small — must grow every year from now on.", "en",
     "The budget — which is small — must grow every year from now on."),
])
def test_headline_compression_drops_a_broken_off_start(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    # broken-off words of an ASR transcript: the start of the next word, or letters with no vowel
    ("Ju just as an idea, it'd probably be quite expensive to incorporate speech recognition.", "en",
     "Just as an idea, it'd probably be quite expensive to incorporate speech recognition."),
    ("We should think about c 'cause you've got the dilemma between oh batteries and solar cells.", "en",
     "We should think about 'cause you've got the dilemma between batteries and solar cells."),
    ("Le budget pr prévoit quatre cent mille euros pour le square.", "fr",
     "Le budget prévoit 400\u00a0000 euros pour le square."),
    ("R w we just need to get some closure on this figure before the next meeting.", "en",
     "We just need to get some closure on this figure before the next meeting."),
    # words, units and acronyms stay
    ("On roule à trente km heure dans le quartier, et ça, c'est bien.", "fr",
     "On roule à 30\u00a0km/h dans le quartier, et ça, c'est bien."),
    ("The UK and the EU agreed on a deal at the WTO in May.", "en",
     "The UK and the EU agreed on a deal at the WTO in May."),
    ("Let us use the budget for the school.", "en", "Let us use the budget for the school."),
    # a filler gone leaves no repeat and no restart behind
    ("I don't like the , you know the new phones that have kind of got a Windows-based running system .", "en",
     "I don't like the new phones that have got a Windows-based running system."),
    ("The sort of I I had a quick look at the company website and it's like we put the fashion into electronics.",
     "en", "I had a quick look at the company website and it's like we put the fashion into electronics."),
    # a clause broken off for another: a subject, then straight away a new subject
    ("We need I'm not sure if we need a design decision now, but we should think about the dilemma between "
     "batteries.", "en", "We should think about the dilemma between batteries."),
    ("That's I think we should look at the ones where people said four.", "en",
     "We should look at the ones where people said four."),
    ("We've got our we've got the highest rating for two of the six criteria there.", "en",
     "We've got the highest rating for two of the six criteria there."),
    # the same subject again after an adverb (AMI ES2011d); "I just think we…" is one clause
    ("There's just there's really not that much information that goes through a real meeting.", "en",
     "There's really not that much information that goes through a real meeting."),
    ("I just think we need a bigger battery for the remote control.", "en",
     "I just think we need a bigger battery for the remote control."),
    # ... which grammar allows after "know", "because", "not that"
    ("I know it's late, but we need to decide on the batteries today.", "en",
     "I know it's late, but we need to decide on the batteries today."),
    # letters said one by one, as the AMI transcribers write them, read as the word they spell
    ("We need to make sure that it turns on and off the T_V_ and the D_V_D_ player.", "en",
     "We need to make sure that it turns on and off the TV and the DVD player."),
    ("The L_C_D_s and the double A_s would cost too much for a twelve euro remote.", "en",
     "The LCDs and the double As would cost too much for a 12 euro remote."),
    # "because of" heads no clause: it stays where "because" goes
    ("Because of the pandemic, the training budget was cut in half this year.", "en",
     "Because of the pandemic, the training budget was cut in half this year."),
    ("Because what we observed is that social innovations rarely fail because the idea is bad.", "en",
     "Social innovations rarely fail because the idea is bad."),
    ("It's not that we're against the project, we just want more time to study it.", "en",
     "It's not that we're against the project, we just want more time to study it."),
    ("We decided because it's cheaper to use the regular chip for the remote.", "en",
     "We decided because it's cheaper to use the regular chip for the remote."),
    # a lone letter that is no word of the language; a letter that names something stays
    ("So y we need a bigger battery for the locator in the remote.", "en",
     "We need a bigger battery for the locator in the remote."),
    ("We need plan B if the supplier fails and a plan C after that.", "en",
     "We need plan B if the supplier fails and a plan C after that."),
    ("Il y a 1 600 pages de texte de loi par an en France.", "fr", "Il y a 1 600 pages de texte de loi par an en France."),
    # a pause between commas in French: the comma stays where the sentence had one (« Bellevue Gare on est
    # réunis », « Sur les charges la hausse » lost it), not inside a clause
    ("Je suis la présidente du conseil de quartier Bellevue Gare, euh, on est réunis ce soir en séance plénière.",
     "fr", "Je suis la présidente du conseil de quartier Bellevue Gare, on est réunis ce soir en séance plénière."),
    ("Sur les charges, euh, la hausse elle vient du prix du fioul, c'est pour ça qu'on sort du fioul.", "fr",
     "Sur les charges, la hausse elle vient du prix du fioul, c'est pour ça qu'on sort du fioul."),
    ("On a, euh, beaucoup de demandes cette année dans le quartier.", "fr",
     "On a beaucoup de demandes cette année dans le quartier."),
    # the closing round's prompt said again
    ("Une phrase : la prévention, ça coûte moins cher que l'arrêt de travail.", "fr",
     "La prévention, ça coûte moins cher que l'arrêt de travail."),
    # the other languages' openers: « Scusi, », « Es decir, que »
    ("Scusi, i dati dell'Osservatorio dicono che a Barriera gli affitti sono saliti del diciotto per cento.", "it",
     "I dati dell'Osservatorio dicono che a Barriera gli affitti sono saliti del diciotto per cento."),
    ("Es decir, que una familia media dedica hoy más del cuarenta por ciento de sus ingresos al alquiler.", "es",
     "Una familia media dedica hoy más del cuarenta por ciento de sus ingresos al alquiler."),
    # the Italian « è » is a word (the headlines lost their verb: « Il costo per il Comune bassissimo »)
    ("E il costo per il Comune è bassissimo: il contributo pubblico copre solo il venti per cento.", "it",
     "Il costo per il Comune è bassissimo: il contributo pubblico copre solo il venti per cento."),
])
def test_headline_compression_drops_broken_off_words(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    # a hesitation between two commas was a pause: the commas go with it (QMSum Bmr006)
    ("I need the exact mark of the different , eh , zones because I want to put , uh , for each frame a label .",
     "en", "I need the exact mark of the different zones because I want to put for each frame a label."),
    ("When you you have , eh , eh s eh the transition of speech or silence to overlap zone , this criterion is enough .",
     "en", "When you have the transition of speech or silence to overlap zone, this criterion is enough."),
    # in French one comma stays before a new clause, as after an aside
    ("Le problème, euh, c'est que les associations, euh, n'ont pas assez de moyens pour agir.", "fr",
     "Le problème, c'est que les associations n'ont pas assez de moyens pour agir."),
    # a repeat that kept its last copy leaves no capital inside the sentence; a name keeps its own
    ("Maybe if {disfmarker} if {disfmarker} If really all you want is a recording good enough for a transcription .",
     "en", "Maybe if really all you want is a recording good enough for a transcription."),
    ("We met the editors at The Guardian and they said the policy works.", "en",
     "We met the editors at The Guardian and they said the policy works."),
    # a word that can end a phrase keeps its comma: "pass it on, and…"
    ("National governments take two years to pass it on, and by then the projects are dead.", "en",
     "National governments take two years to pass it on, and by then the projects are dead."),
    # an English aside between commas: one comma stays before a restatement, none inside a clause
    ("The list of high-risk uses, I mean, access to essential public services, is about public authorities.", "en",
     "The list of high-risk uses, access to essential public services, is about public authorities."),
    ("The directive is, you know, a compromise between the member states and the parliament.", "en",
     "The directive is a compromise between the member states and the parliament."),
    ("The problem, I mean, is money for the small municipalities in rural areas.", "en",
     "The problem is money for the small municipalities in rural areas."),
    ("À Lyon, fin vingt vingt et un, la part des annonces au-dessus du plafond a, euh, a nettement baissé.", "fr",
     "À Lyon, fin 2021, la part des annonces au-dessus du plafond a nettement baissé."),
    ("Our adaptation plan, that's, you know, the flood defences and the green roofs, costs 740 million euros.", "en",
     "Our adaptation plan, that's the flood defences and the green roofs, costs 740 million euros."),
    ("Young people are frightened to take, you know, sixteen hours a week in a warehouse.", "en",
     "Young people are frightened to take 16 hours a week in a warehouse."),
])
def test_headline_compression_drops_the_pauses_of_hesitations(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    # a doubt about something else, then the claim after "but"
    ("I'm not sure whether it's being worse affected, but certainly there's pressure on the system with the new "
     "Act.", "en", "There's pressure on the system with the new Act."),
    ("Je ne sais pas si c'est mieux ailleurs, mais je pense que le square doit rester ouvert la nuit.", "fr",
     "Le square doit rester ouvert la nuit."),
    ("I don't know what the decision to be made is, but the people that buy remotes most are teenagers and young "
     "professionals.", "en", "The people that buy remotes most are teenagers and young professionals."),
    ("I'm not sure, but the directive creates an obligation to sit at the table.", "en",
     "The directive creates an obligation to sit at the table."),
    ("Je sais pas, mais le square doit rester ouvert la nuit pour les habitants.", "fr",
     "Le square doit rester ouvert la nuit pour les habitants."),
    # the speaker's "I think" inside the sentence
    ("It will take time, but I think we need more qualitative work on exclusions.", "en",
     "It will take time, but we need more qualitative work on exclusions."),
    ("The problem, I think, is that there is no national picture of the data.", "en",
     "The problem is that there is no national picture of the data."),
    ("Le budget est serré, mais je crois qu'on peut financer les arceaux vélo.", "fr",
     "Le budget est serré, mais on peut financer les arceaux vélo."),
    ("Le problème, à mon avis, c'est le manque de données publiques par territoire.", "fr",
     "Le problème, c'est le manque de données publiques par territoire."),
    ("Ensuite, la protection mécanique des réseaux, c'est quand même important sur les terrains privés.", "fr",
     "La protection mécanique des réseaux, c'est important sur les terrains privés."),
    ("La fermeture fait partie des options, mais je vous dis honnêtement qu'elle ne fait pas l'unanimité.", "fr",
     "La fermeture fait partie des options, mais elle ne fait pas l'unanimité."),
    # a spoken aside between commas goes, and its comma with it unless a new clause follows
    ("Les associations, tu vois, n'ont pas les moyens de payer un cabinet pour mesurer leur impact.", "fr",
     "Les associations n'ont pas les moyens de payer un cabinet pour mesurer leur impact."),
    ("Il faut, je sais pas, créer des lieux où les chercheurs et les habitants travaillent ensemble.", "fr",
     "Il faut créer des lieux où les chercheurs et les habitants travaillent ensemble."),
    ("Je ne suis pas contre le projet, hein, mais le problème du square, c'est le soir.", "fr",
     "Je ne suis pas contre le projet, mais le problème du square, c'est le soir."),
    ("Ce qui manque, enfin je crois, c'est un lieu pour expérimenter avec les habitants.", "fr",
     "Ce qui manque, c'est un lieu pour expérimenter avec les habitants."),
    ("C'est important pour les petites associations qui n'ont pas de moyens, hein.", "fr",
     "C'est important pour les petites associations qui n'ont pas de moyens."),
    # a conversational aside between dashes goes; an informative one stays
    ("Qualifications Wales, which I met with yesterday, I think—yes, yesterday; it seems a long time ago—will "
     "begin their national conversation.", "en",
     "Qualifications Wales, which I met with yesterday, will begin their national conversation."),
    ("Le budget du square—enfin, je crois—sera voté en juin par le conseil municipal.", "fr",
     "Le budget du square sera voté en juin par le conseil municipal."),
    ("The prevalence of ASD—autism spectrum disorder—is a challenge for the schools.", "en",
     "The prevalence of ASD—autism spectrum disorder—is a challenge for the schools."),
    # the same words that are no aside stay
    ("Ce que tu sais faire compte plus que ton diplôme pour les recruteurs du secteur.", "fr",
     "Ce que tu sais faire compte plus que ton diplôme pour les recruteurs du secteur."),
    ("The directive is, to be honest, a compromise between the member states.", "en",
     "The directive is a compromise between the member states."),
    ("They might be more task-based if they talk about, I don't know, entering the building.", "en",
     "They might be more task-based if they talk about entering the building."),
    # a doubt that is the claim stays
    ("I'm not sure that the directive goes far enough on algorithms.", "en",
     "I'm not sure that the directive goes far enough on algorithms."),
    ("I don't know why the platforms refuse to share their data with the cities.", "en",
     "I don't know why the platforms refuse to share their data with the cities."),
    ("I don't know, but.", "en", "I don't know, but."),
    ("I don't know what the decision is, but I think that the people who buy remotes most are teenagers.", "en",
     "The people who buy remotes most are teenagers."),
    # the candour, politeness and recap before a claim (wind-farm public debate, review AY)
    ("Je ne vais pas vous mentir, passer à 1 000 mètres, ça veut dire qu'il n'y a plus de projet sur la crête.", "fr",
     "Passer à 1 000 mètres, ça veut dire qu'il n'y a plus de projet sur la crête."),
    ("Si je peux me permettre, le solaire en toiture, on le fait aussi, mais huit hectares, c'est peu.", "fr",
     "Le solaire en toiture, on le fait aussi, mais huit hectares, c'est peu."),
    ("Je retiens que, pour la première fois, la société reconnaît un effet sur le prix des maisons.", "fr",
     "Pour la première fois, la société reconnaît un effet sur le prix des maisons."),
    ("I'm not going to lie to you, the first year of the scheme was very hard for the smaller councils.", "en",
     "The first year of the scheme was very hard for the smaller councils."),
    ("To be honest, the grid operators are the real barrier for the energy communities.", "en",
     "The grid operators are the real barrier for the energy communities."),
    ("If I may, the cost of the delay is paid by the tenants in the end.", "en",
     "The cost of the delay is paid by the tenants in the end."),
    # the courtesy before a rebuttal (committee hearing, review AY)
    ("With respect, Chair, they're designed to operate in exceptional rain, not forty-one thousand times.", "en",
     "They're designed to operate in exceptional rain, not 41,000 times."),
    ("With all due respect to Daniel, the apprenticeship levy has not worked for small firms.", "en",
     "The apprenticeship levy has not worked for small firms."),
    # ("with respect to" is "as for": it stays)
    ("With respect to Germany, exports of heat pumps fell by a quarter last year.", "en",
     "With respect to Germany, exports of heat pumps fell by a quarter last year."),
    ("Avec tout le respect que je vous dois, madame la députée, l'encadrement ne crée pas un seul logement.", "fr",
     "L'encadrement ne crée pas un seul logement."),
])
def test_headline_compression_drops_hedges(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    ("We should think about the dilemma between batteries, that's what I was thinking about.", "en",
     "We should think about the dilemma between batteries."),
    ("It takes the place of a button to press for the date and the channel, things like that.", "en",
     "It takes the place of a button to press for the date and the channel."),
    ("On voulait multiplier les capteurs de pression partout sur le territoire, ce genre de choses.", "fr",
     "On voulait multiplier les capteurs de pression partout sur le territoire."),
    ("Certain standard buttons we should have, like for example.", "en", "Certain standard buttons we should have."),
    # the speaker not knowing what they just named (AMI ES2004a); a view of it stays
    ("Finance-wise, we've got a selling price at twenty five Euros, which I don't know what that is in Pounds, at "
     "all.", "en", "Finance-wise, we've got a selling price at 25 Euros."),
    ("We chose the rubber case for the prototype, which I don't like much, for the kids.", "en",
     "We chose the rubber case for the prototype, which I don't like much, for the kids."),
    # the point left for later (AMI ES2011b)
    ("The people that buy remotes most are teenagers and young professionals, but we should discuss this together.",
     "en", "The people that buy remotes most are teenagers and young professionals."),
    ("Les loyers ont doublé dans le centre en dix ans, mais on en reparlera tout à l'heure.", "fr",
     "Les loyers ont doublé dans le centre en 10 ans."),
    ("We should discuss this together with the unions before the vote in March.", "en",
     "We should discuss this together with the unions before the vote in March."),
    ("It is a lot of clerical work, a lot of, um, professional work, translation, customer service.", "en",
     "It is a lot of clerical work, a lot of professional work, translation, customer service."),
    ("We need to focus on one thing, not get bogged down in lots of different possibilities, .", "en",
     "We need to focus on one thing, not get bogged down in lots of different possibilities."),
    ("You have it for the portable phone, so why not yeah.", "en", "You have it for the portable phone, so why not."),
    # the same words inside the claim stay
    ("We need to make sure the budget is right.", "en", "We need to make sure the budget is right."),
    ("Yeah, okay, the new design gets a yeah or a nay from the board.", "en",
     "The new design gets a yeah or a nay from the board."),
    ("Il faut des arceaux, des bancs, des jeux, etc.", "fr", "Il faut des arceaux, des bancs, des jeux, etc."),
])
def test_headline_compression_drops_trailing_tags(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    ("I walked past this repair café, the first one actually, the one Martine Postma started, and there were "
     "maybe thirty people in there.", "en", "I walked past this repair café, the first one, the one Martine Postma "
     "started, and there were maybe 30 people in there."),
    ("We didn't have the chilled storage, and the charities we work with, a lot of them are church halls with a "
     "domestic fridge.", "en", "We didn't have the chilled storage, and the charities we work with, a lot of them "
     "are church halls with a domestic fridge."),
    ("C'est le premier jardin en fait, celui que la mairie a ouvert en deux mille douze.", "fr",
     "C'est le premier jardin, celui que la mairie a ouvert en 2012."),
    # the comma was the filler's: it goes with it
    ("And basically, we need much more money for the small municipalities in rural areas.", "en",
     "We need much more money for the small municipalities in rural areas."),
    ("Il y a effectivement, des jardins partagés dans tous les quartiers de la ville.", "fr",
     "Il y a des jardins partagés dans tous les quartiers de la ville."),
])
def test_a_cut_filler_leaves_the_sentences_comma(spoken, language, kept):
    """podcast-repair.txt and food-surplus.txt (reviews AT, AQ): "the first one actually, the one Martine Postma
    started" lost its comma with the filler, and "the charities we work with, a lot of them" the speaker's own."""
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    ("Some cooperatives reserve, I think, ten to fifteen percent of flats for social tenants with a public subsidy, "
     "but it's not enough.", "en", "Some cooperatives reserve, I think, 10 to 15% of flats for social tenants with "
     "a public subsidy, but it's not enough."),
    ("So I think about thirty percent of our tenants could not pay the new rents after the renovation.", "en",
     "I think about 30% of our tenants could not pay the new rents after the renovation."),
    ("On a perdu, je crois, quarante mille euros de subvention régionale cette année.", "fr",
     "On a perdu, je crois, 40\u00a0000 euros de subvention régionale cette année."),
    # a hedge elsewhere still goes
    ("The reserve is, I think, the most important thing in the Italian law on cooperatives.", "en",
     "The reserve is the most important thing in the Italian law on cooperatives."),
    ("Le problème, je crois, c'est que les associations n'ont pas assez de moyens pour agir.", "fr",
     "Le problème, c'est que les associations n'ont pas assez de moyens pour agir."),
])
def test_a_headline_keeps_the_hedge_on_a_figure(spoken, language, kept):
    """cooperative-housing-europe.txt (review AS): "Some cooperatives reserve, I think, ten to fifteen percent of
    flats" gave the headline "Some cooperatives reserve 10 to 15% of flats", the speaker's doubt stated as fact."""
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("tail", [", which I don't know", ", but we should discuss this", ", I guess", " and stuff",
                                  ", mais on en reparlera", ", uh ,"])
def test_a_tail_said_over_and_over_is_read_once(tail):
    """A trailing tag's pattern once let one repeat swallow the next, so a sentence repeating it and then going on
    took exponential time to compress (40 repeats: hours). This test would hang, not pass, if it came back."""
    spoken = "We need a plan" + tail * 200 + " ? and then more"
    assert make_headline(spoken, "en").startswith("We need a plan")
    assert make_headline(spoken, "fr").startswith("We need a plan")


@pytest.mark.parametrize("spoken, language, kept", [
    # a quotation mark whose pair the sentence split left elsewhere goes; a quotation closed in it stays
    ('Nice walls " which we can look up if you get close to a building in the Tango mode.', "en",
     "Nice walls which we can look up if you get close to a building in the Tango mode."),
    ("Le guide « Acheter social est très bien fait, avec des exemples de clauses.", "fr",
     "Le guide Acheter social est très bien fait, avec des exemples de clauses."),
    ("La Commission a publié un guide, « Acheter social », qui est très bien fait.", "fr",
     "La Commission a publié un guide, « Acheter social », qui est très bien fait."),
    ('We called it "the second chance account" and people liked the name.', "en",
     'We called it "the second chance account" and people liked the name.'),
])
def test_headline_compression_drops_unpaired_quotation_marks(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("spoken, language, kept", [
    ("Le premier point que je voudrais souligner, c'est que les communes manquent de moyens.", "fr",
     "Les communes manquent de moyens."),
    ("Et la deuxième chose, c'est qu'il faut former les élus aux marchés publics.", "fr",
     "Il faut former les élus aux marchés publics."),
    ("La première c'est que cela nous permet d'être en relation toute l'année avec les écosystèmes.", "fr",
     "Cela nous permet d'être en relation toute l'année avec les écosystèmes."),
    ("Troisièmement mais en réalité, l'année dernière, nous avions lancé cet appel à projets.", "fr",
     "L'année dernière, nous avions lancé cet appel à projets."),
    ("My first message is that transparency about automated decisions is a basic labour right.", "en",
     "Transparency about automated decisions is a basic labour right."),
    ("The second point I want to make is that training must happen during working time.", "en",
     "Training must happen during working time."),
    ("The last one is: cities should push for data sharing in the transposition.", "en",
     "Cities should push for data sharing in the transposition."),
    ("First of all, training must happen during working time and be paid.", "en",
     "Training must happen during working time and be paid."),
    ("One thing is that it should be easy to find.", "en", "It should be easy to find."),
    ("Another important point is that the cities have no data on platform work.", "en",
     "The cities have no data on platform work."),
    ("Une chose, c'est que les communes n'ont pas les données des plateformes.", "fr",
     "Les communes n'ont pas les données des plateformes."),
    # the number and a pause, or "is" and the claim's own subject
    ("Second thing, the battery has to be rechargeable.", "en", "The battery has to be rechargeable."),
    ("So the second point is we need a budget for training.", "en", "We need a budget for training."),
    ("Deuxième point, il faut financer les associations sur trois ans.", "fr",
     "Il faut financer les associations sur trois ans."),
    ("Dernière chose : les communes doivent publier leurs données.", "fr", "Les communes doivent publier leurs données."),
    ("The second point is important for everyone in the room.", "en",
     "The second point is important for everyone in the room."),
    ("The last thing we need is more paperwork for small charities.", "en",
     "The last thing we need is more paperwork for small charities."),
    # an ordinal that is part of the claim stays
    ("The first time I went there it was closed to the public and nobody knew why.", "en",
     "The first time I went there it was closed to the public and nobody knew why."),
    ("La première fois que je suis venue, le square était fermé et personne ne savait pourquoi.", "fr",
     "La première fois que je suis venue, le square était fermé et personne ne savait pourquoi."),
    ("Second homes are empty most of the year in the coastal towns.", "en",
     "Second homes are empty most of the year in the coastal towns."),
    # a kind named is no hedge
    ("What kind of support do the pupils need when they leave the unit?", "en",
     "What kind of support do the pupils need when they leave the unit?"),
    ("I think it is kind of a compromise between the member states.", "en",
     "It is a compromise between the member states."),
    ("It can't be that hard to put some kind of a noise on it.", "en", "It can't be that hard to put a noise on it."),
    ("It's obviously not the sort of legislation that would gain unanimous consent.", "en",
     "It's obviously not the sort of legislation that would gain unanimous consent."),
    # what the speaker ranks first, before the colon; the claim after « D'abord parce que »
    ("C'est peut-être le plus important : la santé mentale des étudiants n'est pas qu'une question médicale.", "fr",
     "La santé mentale des étudiants n'est pas qu'une question médicale."),
    ("The most important thing is this: cities cannot borrow for adaptation under the current debt rules.", "en",
     "Cities cannot borrow for adaptation under the current debt rules."),
    ("D'abord parce que beaucoup d'étudiants vont avoir peur que leurs réponses soient conservées.", "fr",
     "Beaucoup d'étudiants vont avoir peur que leurs réponses soient conservées."),
    # what the person addressed said, conceded before the claim
    ("Vous parlez de places disponibles, mais une place disponible à sept heures quarante ne sert à rien.", "fr",
     "Une place disponible à 7\u00a0h\u00a040 ne sert à rien."),
    ("You say the market will fix it, but the market has never priced flood risk in poor neighbourhoods.", "en",
     "The market has never priced flood risk in poor neighbourhoods."),
    # German announcements before the colon
    ("Deshalb sagen wir ganz klar: Stromsperren müssen im Winter verboten werden.", "de",
     "Stromsperren müssen im Winter verboten werden."),
    ("Deshalb ist meine zweite zentrale Botschaft: wir brauchen direkte Zahlungen an die Haushalte.", "de",
     "Wir brauchen direkte Zahlungen an die Haushalte."),
])
def test_headline_compression_drops_the_speakers_numbering_of_points(spoken, language, kept):
    """A list of key messages has its own numbers: « la deuxième chose, c'est que… » is where the point came in
    the talk, not the point."""
    assert make_headline(spoken, language) == kept


def _fitness(text, language="fr", role="speaker"):
    from confsynth.nlp import analyze_texts, content_profile, is_clause
    from confsynth.records import Sentence
    from confsynth.takeaways import headline_fitness

    analysis = analyze_texts([text], [language])[0]
    words, verb = content_profile(analysis, 0, len(text))
    return headline_fitness(Sentence(0, 0, 0, len(text), text, "s1", language, content_words=words, has_verb=verb,
                                     is_clause=is_clause(analysis, 0, len(text))), role)


@pytest.mark.parametrize("text, language, clause", [
    ("So, children who have additional learning needs or a communication problem that is undiagnosed.", "en", False),
    ("Zones of speech of one speaker without any noise, any acoustic event that is not speech.", "en", False),
    ("Very cheap way of changing the look of it and people can just buy a new one if they want to.", "en", False),
    # (the French pipelines parse spoken sentences too loosely to tell: « Il y a des regroupements jusqu'à deux
    # heures du matin » has the noun for root; every French sentence counts as a clause)
    ("Il y a des regroupements jusqu'à deux ou trois heures du matin, de la musique, des scooters.", "fr", True),
    ("The problem is not the framework, the problem is that it is still not widely used.", "en", True),
    ("Le problème est moins juridique que culturel.", "fr", True),   # the root is the adjective, with its copula
    ("Put guidance at the centre of adult learning.", "en", True),
    ("Il faut développer la recherche-action participative.", "fr", True),
])
def test_a_fragment_is_told_from_a_clause(text, language, clause):
    from confsynth.nlp import analyze_texts, is_clause

    assert is_clause(analyze_texts([text], [language])[0], 0, len(text)) is clause


def test_a_fragment_makes_a_weaker_headline_than_a_claim():
    fragment = "Zones of speech of one speaker without any noise, any acoustic event that is not real speech."
    claim = "We need zones of speech of one speaker without any noise, any acoustic event that is not real speech."
    assert 0 < _fitness(fragment, "en") < 0.75 * _fitness(claim, "en")


@pytest.mark.parametrize("text, language", [
    # questions the transcriber left without a question mark are no key message
    ("Is it possible that when we open our flip-top shell it's a little compact mirror for the display.", "en"),
    ("Which one would last the longest, because we don't want customers charging it every day.", "en"),
    ("Est-ce que vous avez des questions sur le challenge open innovation de cette année.", "fr"),
    ("Comment fait-on pour financer les arceaux vélo devant l'école du quartier.", "fr"),
    ("Could people put standard batteries in but they could leave it in the sunlight for solar charging.", "en"),
])
def test_unmarked_questions_are_not_key_messages(text, language):
    assert _fitness(text, language) == 0.0


def test_a_rendez_vous_is_no_question():
    assert _fitness("Un rendez-vous sur site permet de localiser avec précision l'emplacement des réseaux.") > 0.0


@pytest.mark.parametrize("text", [
    "We should probably start wrapping up, we've got some initial ideas that we can all look into.",
    "This is our functional design meeting, we're going to consider user needs and technical effects.",
    "Oops this is now coming apart, let me just put the top in and we can carry on with the remote.",
    "Let me just add one sentence on social protection, because it connects to the platform directive.",
    ("Ich begrüße Frau Dr. Anna Keller von der Charité und Herrn Thomas Weber vom Deutschen Pflegerat.", "de"),
    ("Bienvenidos a todos a este debate sobre la vivienda en las grandes ciudades europeas.", "es"),
    ("Grazie mille a tutti per essere venuti così numerosi a questo incontro sulla scuola.", "it"),
])
def test_the_meetings_housekeeping_is_below_the_headline_floor(text):
    from confsynth.takeaways import TakeawayConfig

    text, language = text if isinstance(text, tuple) else (text, "en")
    assert _fitness(text, language) < TakeawayConfig().min_fitness


@pytest.mark.parametrize("text, language", [
    ("Je rappelle que la séance est enregistrée pour le compte rendu, donc dites votre nom en prenant la parole.",
     "fr"),
    ("Bien, il est presque neuf heures, on va s'arrêter là.", "fr"),
    ("Très bonne question, et Luc et moi on est d'accord.", "fr"),
    ("That's a great question, and I think we all agree on it.", "en"),
])
def test_housekeeping_and_answers_to_the_question_are_no_headline(text, language):
    from confsynth.takeaways import TakeawayConfig

    assert _fitness(text, language) < TakeawayConfig().min_fitness


@pytest.mark.parametrize("weak, strong, language", [
    # a view reported in order to be rebutted
    ("L'idée c'était : l'avenir de l'agriculture, c'est la technologie, c'est l'export, c'est la grande distribution.",
     "L'avenir de l'agriculture passe par les circuits courts, la vente directe et les marchés de producteurs.", "fr"),
    # a sentence that leans on what someone else said
    ("Le baromètre dont parlait monsieur Morel est un bon exemple d'un État qui publie des données territoriales.",
     "Le baromètre national est un bon exemple d'un État qui publie des données territoriales.", "fr"),
    # the gathering itself, not a point made there
    ("On a réuni une dizaine de chercheuses, de chercheurs et de décideurs publics venus de sept pays différents.",
     "Les chercheuses, les chercheurs et les décideurs publics de sept pays doivent construire un langage commun.",
     "fr"),
    ("Aujourd'hui on a voulu faire quelque chose d'un peu nouveau pour nous, c'est-à-dire sortir du cadre national.",
     "Les politiques d'innovation sociale doivent sortir du cadre national pour changer d'échelle en Europe.", "fr"),
    # what the person addressed said before, asked back to them
    ("Tu disais qu'il y avait un nouvel appel à projets pour les collectivités cette année qui a été lancé.",
     "Un nouvel appel à projets pour les collectivités a été lancé cette année par le gestionnaire du réseau.", "fr"),
    # "what Jonas describes", "the one Nadia mentioned": which one, the reader asks
    ("What Jonas describes is exactly what is missing on platforms, a framework where the workers have a say.",
     "A negotiated framework where the workers have a say is exactly what is missing on platforms.", "en"),
    ("The next step is the one Nadia mentioned: access to platform data for public authorities and researchers.",
     "The next step is access to platform data, under clear conditions, for public authorities and researchers.",
     "en"),
    # the subject was in the sentence before (an ASR segment, a dropped "it")
    ("Doit rejoindre cette analyse de compatibilité pour avoir l'avis favorable sur son permis de construire.",
     "L'aménageur doit rejoindre cette analyse de compatibilité pour avoir l'avis favorable sur son permis.", "fr"),
    ("Seems like everything in the user model would contribute to whether the user wants to go there.",
     "Everything in the user model would contribute to whether the user wants to go to that place.", "en"),
    ("Sends out a signal and then the remote hears the signal and so it beeps when you call it.",
     "The locator sends out a signal and then the remote hears it and beeps when you call it.", "en"),
    # the panel presented, not a point made there
    ("With me today are Paul Roy from the OECD and Maria Lopez from the city council of Barcelona, in Spain.",
     "Cities that invested in frequent bus networks saw ridership grow faster than those that built rail.", "en"),
    ("Avec moi ce soir, Paul Roy, économiste à l'OCDE, et Maria Lopez, adjointe au maire de Barcelone.",
     "Les villes qui ont investi dans des bus fréquents ont vu leur fréquentation augmenter plus vite.", "fr"),
    # who the speaker is, not what they say
    ("Hi everyone, I'm Tomás Reyes, I work at the OECD in Paris and I lead our work on adult learning policy.",
     "Adult learning policy must reach the people with low skills who need training most urgently.", "en"),
    # the next item announced by its subject only, and a concession before the claim
    ("Le deuxième point que je voudrais faire, c'est sur le dispositif national de séances gratuites chez un "
     "psychologue.", "Le dispositif national de séances gratuites chez un psychologue est saturé dès le mois d'octobre.",
     "fr"),
    ("Je ne dis pas qu'il ne faut pas sortir du chalutage de fond dans les aires marines protégées.",
     "Il faut un calendrier de sortie progressive du chalutage de fond dans les aires marines protégées.", "fr"),
    # a speaker announcing their figures
    ("Zuerst ein paar Zahlen, damit wir wissen, worüber wir reden, und damit die Debatte konkret wird.",
     "Die Energiearmut trifft in Deutschland etwa acht Prozent der Bevölkerung, in Bulgarien über zwanzig Prozent.",
     "de"),
    # the chair presenting the speaker
    ("Our speaker today needs, well, almost no introduction for anyone who followed the negotiations on the "
     "directive.", "Platforms must report their workers' income to social security every month, in real time.",
     "en"),
])
def test_headline_fitness_prefers_the_speakers_own_claim(weak, strong, language):
    assert _fitness(weak, language) < 0.5 * _fitness(strong, language)



@pytest.mark.parametrize("text, language", [
    ("On va attendre encore une petite minute, il y a encore des gens qui arrivent dans la salle.", "fr"),
    ("Let's wait another minute, people are still coming in from the coffee break downstairs.", "en"),
    ("The talk is being recorded and the recording will be on our website next week.", "en"),
    ("Please put your questions in the Q&A box rather than the chat, it makes it much easier for me.", "en"),
    ("Let's go to questions, I see hands already, the gentleman here in the blue shirt.", "en"),
    ("Je constate que le quorum est atteint : nous sommes trente-trois présents et deux pouvoirs.", "fr"),
    ("Je mets d'abord aux voix l'amendement présenté par le groupe Saint-Aubin Autrement.", "fr"),
    ("Je vais laisser Mme Durand, notre adjointe aux finances, le présenter, puis nous passerons au vote.", "fr"),
    ("I'll be quick, I promise, about ten minutes, and then we'll take your questions on the scheme.", "en"),
    ("Alors je vais essayer d'être bref, et de vous donner surtout les chiffres, parce que c'est ça qui engage.", "fr"),
    ("So, yes, I want to bring some numbers, because I think the debate is, is a bit abstract.", "en"),
    ("But I want to push back a bit on the framing that the whole panel has used this afternoon.", "en"),
    ("Voilà, je préférais le dire moi-même parce qu'on me présente souvent comme sociologue.", "fr"),
    ("He's spent the last decade, I think, looking at what actually happens to young apprentices.", "en"),
    ("There's probably one within two miles of you, run by volunteers every Saturday morning.", "en"),
    # the pleasure of being there, straight or sarcastic (wind-farm debate, review AY)
    ("On est ravis d'être consultés après coup, c'est très moderne.", "fr"),
    ("Nous sommes heureux d'être associés à la démarche du conseil régional depuis le début.", "fr"),
    ("We're delighted to be consulted after the contracts are all signed, how very modern.", "en"),
    ("We are thrilled to be invited to a public meeting once everything is decided.", "en"),
])
def test_housekeeping_announcements_and_asides_are_no_headline(text, language):
    """The last key messages of the regression set's public meeting (« On va attendre encore une petite minute… »),
    keynote ("The talk is being recorded…"), council, town hall ("I'll be quick, I promise"), AI Act panel ("I want to
    bring some numbers") and podcast ("There's probably one within two miles of you."): no point was made there."""
    assert _fitness(text, language) < TakeawayConfig().min_fitness


@pytest.mark.parametrize("text, language", [
    ("On va attendre encore cinq ans avant que les travaux de la ligne express commencent enfin.", "fr"),
    ("The recording studios of the public broadcaster will be closed and sold to a developer next year.", "en"),
    ("Nous passerons au vote électronique pour toutes les élections municipales dès 2027 dans la commune.", "fr"),
    ("The government should publish the figures for every school and every hospital each month.", "en"),
    ("We should keep it short and simple for the users, or nobody will ever fill in the form.", "en"),
    ("Most of the money will go to the people who live near the river, where the floods hit hardest.", "en"),
    ("Les riverains seront ravis d'être enfin protégés du bruit de la rocade par le nouveau mur.", "fr"),
    # (the same words said of the world, found by a review of the rules above)
    ("Il y a encore des gens qui arrivent à la retraite sans aucune épargne, faute de carrière complète.", "fr"),
    ("People are still coming to our food banks in record numbers, and most of them are in work.", "en"),
    ("Les plateformes refusent de livrer leurs données aux villes, même quand la loi les y oblige.", "fr"),
    ("Je vais vous donner les chiffres : le chômage des seniors a baissé de 3 % en deux ans dans la région.", "fr"),
    ("The quorum rule of fifty percent blocks almost every local referendum in the country.", "en"),
    ("The government should put this to a vote in Parliament before the summer recess.", "en"),
    ("We put questions to the government every week for a year and never got an answer.", "en"),
    ("We must push back on the idea that growth and climate policy are opposed.", "en"),
    ("Les riverains seraient contents d'être associés au projet dès la conception du parc.", "fr"),
])
def test_what_sounds_like_housekeeping_can_be_a_point(text, language):
    """The rules above read the meeting's own course, not the same words said of the world."""
    assert _fitness(text, language) >= TakeawayConfig().min_fitness


@pytest.mark.parametrize("weak, strong, language", [
    # what most people think, the calls heard and the enthusiasm around, before the speaker's own view (webinar,
    # skills breakfast, green skills plenary)
    ('When we say "digital exclusion", most people immediately think skills, training and courses.',
     "The single biggest predictor of being offline in Greater Manchester wasn't age or skills, it was income.",
     "en"),
    ("I've heard the calls for a statutory right to paid time off for training for every worker.",
     "For a small business with eight staff, losing one person for a day a week is not a detail, it's a crisis.",
     "en"),
    ("There is a lot of enthusiasm at the moment for micro-credentials, two weeks on heat pumps, and off you go.",
     "A two-week module on heat pumps does not make an installer, it makes somebody who knows enough to be dangerous.",
     "en"),
    # the courtesy before the critique (forum on social economy)
    ("Look, I do not want to be the person who throws cold water, Marta's programme did important things.",
     "The social impact bond is a very, very expensive instrument for a small social economy organisation.", "en"),
    # whom the speaker agrees or disagrees with, before saying what (youth colloquium, apprenticeships lecture)
    ("Sur l'encadrement, je vais être franc, je ne suis pas d'accord avec Madame la députée sur ce point.",
     "L'encadrement des loyers peut protéger les locataires en place, mais il ne crée pas un seul logement.", "fr"),
    ("Everything Daniel said about the paperwork is true, I can confirm it from our own members.",
     "The apprenticeship paperwork costs a small employer about two days for every apprentice they take on.", "en"),
])
def test_a_set_up_is_a_weaker_headline_than_the_point_it_leads_to(weak, strong, language):
    """Set-ups, concessions and leans on someone else's words were key messages of the regression set, each before
    the point its speaker made next ('When we say "digital exclusion", most people immediately think skills.')."""
    assert _fitness(weak, language) < 0.5 * _fitness(strong, language)


def _one_turn(texts, language="en"):
    from confsynth.records import Sentence

    out, start = [], 0
    for k, text in enumerate(texts):
        out.append(Sentence(k, 0, start, start + len(text), text, "s1", language, content_words=6))
        start += len(text) + 1
    return out


@pytest.mark.parametrize("texts, language, conceded", [
    (["The Commission has published model contractual clauses for AI, and they are a good start, we use them.",
      "But honestly, a small municipality with two lawyers will not rewrite every contract by itself."], "en",
     [True, False]),
    (["L'indice de réparabilité, c'est une bonne chose, c'est même une invention française, et il faut le saluer.",
      "Mais il est remplacé progressivement par l'indice de durabilité."], "fr", [True, False]),
    # the "but" two sentences on (« Le covoiturage domicile-travail, oui, ça marche… », a webinar on rural mobility)
    (["Le covoiturage domicile-travail, oui, ça marche sur les axes où il y a du flux.",
      "La Région finance depuis 2023 une prime de deux euros par trajet pour le conducteur.",
      "Mais dans un village de huit cents habitants, il n'y a pas de covoitureur pour aller chez le médecin."], "fr",
     [True, False, False]),
    # no "but" after it: the praise is the point; its own "but": the sentence is the point
    (["The new guidance is a good start and every council should use it from April."], "en", [False]),
    (["The new guidance is a good start, but it is not enough for small councils.",
      "But the ministry will not fund more."], "en", [False, False]),
    # Italian « ma » is "but", French « ma » is "my"
    (["Le covoiturage, c'est très bien pour aller au travail à huit heures.",
      "Ma proposition, c'est un transport à la demande pour les rendez-vous médicaux."], "fr", [False, False]),
    (["Il passaporto digitale è un buon inizio per la filiera del tessile.",
      "Ma serve che le informazioni siano vere e controllate."], "it", [True, False]),
])
def test_a_concession_before_its_but_is_told(texts, language, conceded):
    """« L'indice de réparabilité, c'est une bonne chose… il faut le saluer. », "…they are a good start, we use
    them.": key messages of the regression set whose speaker's point was the "but" that followed."""
    from confsynth.takeaways import _conceded

    assert list(_conceded(_one_turn(texts, language))) == conceded


def test_the_but_after_a_concession_is_the_key_message(models):
    """The AI Act panel's "they are a good start, we use them" headed a key message, the "But…" after it unsaid."""
    pairs = [("Ana Lopes", "The Commission has published model contractual clauses for the public procurement of "
                           "artificial intelligence, and they are a good start, we use them in our municipalities. "
                           "But honestly, a small municipality with two lawyers will never rewrite every public "
                           "procurement contract for artificial intelligence by itself.")] + CYCLING
    _, tks = takeaways_for(pairs, models, takeaways=4)
    said = [t.said.text for t in tks]
    assert not any("good start" in s for s in said)
    assert any(s.startswith("But honestly") for s in said)


@pytest.mark.parametrize("recap, framing, language", [
    ("Je récapitule les engagements pris ce soir : un temps d'échange sur le square, et des arceaux vélo devant "
     "l'école.", "On va maintenant passer au deuxième point de l'ordre du jour, la sécurité devant l'école.", "fr"),
    ("To sum up, we agreed to publish the platform data every quarter and to review the pilot in June.",
     "We will now turn to the question of platform data and how the pilot was designed in June.", "en"),
    # a debate's result, which its chair announces (it was nowhere in the synthesis of an Oxford-style debate)
    ("The motion is therefore carried, the winner tonight is the team for the motion.",
     "We will now hear the two speakers for the motion and then the two against it.", "en"),
])
def test_the_chairs_recap_is_a_key_message_their_framing_is_not(recap, framing, language):
    """Moderators frame the points and their lines weigh less; their recap of what was agreed sums the event up."""
    from confsynth.nlp import analyze_texts, content_profile, is_clause
    from confsynth.records import Sentence
    from confsynth.takeaways import headline_fitness

    def fitness(text, role):
        analysis = analyze_texts([text], [language])[0]
        words, verb = content_profile(analysis, 0, len(text))
        return headline_fitness(Sentence(0, 0, 0, len(text), text, "s1", language, content_words=words,
                                         has_verb=verb, is_clause=is_clause(analysis, 0, len(text))), role)

    assert fitness(recap, "moderator") == fitness(recap, "speaker") > 0.5
    assert fitness(framing, "moderator") < 0.5 * fitness(recap, "moderator")


@pytest.mark.parametrize("text, language", [
    ("Pour résumer ce que j'ai entendu ce soir : il faut construire plus de logements sociaux près des emplois, "
     "encadrer les loyers et mobiliser les terrains publics.", "fr"),
    ("To sum up what we heard today: cities need money, data and time to build more social housing.", "en"),
])
def test_a_recap_of_what_the_panel_said_weighs_like_the_moderators_other_lines(text, language):
    """The panel's own words make those points; the moderator's summary of them would sit beside them."""
    assert _fitness(text, language, role="moderator") < 0.5 * _fitness(text, language, role="speaker")


@pytest.mark.parametrize("signposted, claim, language", [
    ("The first thing I want to say is that cities that invested in frequent bus networks saw ridership grow "
     "faster.", "Cities that invested in frequent bus networks saw ridership grow faster.", "en"),
    ("Et la deuxième chose que je voudrais dire, c'est que les communes manquent d'ingénieurs pour instruire les "
     "dossiers.", "Les communes manquent d'ingénieurs pour instruire les dossiers.", "fr"),
])
def test_a_claim_announced_by_its_number_is_no_talk_about_the_talk(signposted, claim, language):
    """"I want to say" announces the claim that follows: the sentence is as good a key message as the claim."""
    assert _fitness(signposted, language) >= 0.8 * _fitness(claim, language) > 0


@pytest.mark.parametrize("broken, finished, language", [
    # interrupted: the dash of the record, or a last word no sentence ends on
    ("The schools would have to make sure that every pupil who is out of school gets—",
     "The schools would have to make sure that every pupil who is out of school gets tuition.", "en"),
    ("The schools would have to make sure that every pupil who is out of school gets—.",
     "The schools would have to make sure that every pupil who is out of school gets tuition.", "en"),
    ("Then to get to channel one eighty nine on the new remote control you have to",
     "Then to get to channel one eighty nine on the new remote control you press three keys.", "en"),
    ("Il faut que le lauréat puisse se mettre au travail tout de suite avec nos équipes et pour",
     "Il faut que le lauréat puisse se mettre au travail tout de suite avec nos équipes.", "fr"),
    ("On a installé des capteurs qui mesurent la pression des canalisations en cas de .",
     "On a installé des capteurs qui mesurent la pression des canalisations en cas de fuite.", "fr"),
    # a phrase broken off at its article, with only a tag after the break
    ("I think you're gonna have to have some kind of a {disfmarker} right.",
     "I think you're gonna have to have some kind of a wheel on the remote.", "en"),
    ("Il faut trouver une solution pour le — voilà.", "Il faut trouver une solution pour le réseau.", "fr"),
])
def test_a_broken_off_sentence_is_no_headline(broken, finished, language):
    assert _fitness(broken, language) < 0.5 * _fitness(finished, language)


@pytest.mark.parametrize("spoken, language, kept", [
    # a determiner left to start again, before another one: no written sentence has two
    ("On va en particulier dans l'arrêté du de fin décembre de l'année 2016 pour les particuliers.", "fr",
     "On va en particulier dans l'arrêté de fin décembre de l'année 2016 pour les particuliers."),
    ("It's in the these plan schemas that we keep the intentions of each of the users.", "en",
     "It's in these plan schemas that we keep the intentions of each of the users."),
    ("We would give each of them a CD of the of their speech at the end of the meeting.", "en",
     "We would give each of them a CD of their speech at the end of the meeting."),
    # ... while grammar stays
    ("Un des participants a rappelé que la moitié des communes n'ont pas de plan de prévention.", "fr",
     "Un des participants a rappelé que la moitié des communes n'ont pas de plan de prévention."),
    ("These are the areas of learning and experience that every teacher is already familiar with.", "en",
     "These are the areas of learning and experience that every teacher is already familiar with."),
    ("We saw the standard double A and triple A batteries in every remote we took apart.", "en",
     "We saw the standard double A and triple A batteries in every remote we took apart."),
    ("The vaccine was delayed by the for-profit model of the big laboratories, he said.", "en",
     "The vaccine was delayed by the for-profit model of the big laboratories, he said."),
])
def test_a_determiner_left_to_start_again_is_cut(spoken, language, kept):
    assert make_headline(spoken, language) == kept


@pytest.mark.parametrize("text, language", [
    ("These are the areas of learning and experience that every teacher is already familiar with.", "en"),
    ("The minister will continue his correspondence with the manufacturer, as will we.", "en"),
    ("Au lieu de mille, le réseau a visité sept cent cinquante et un.", "fr"),
    ("We will keep the old remote control as our plan A.", "en"),
])
def test_a_finished_sentence_does_not_trail_off(text, language):
    assert not trails_off(text, language)


@pytest.mark.parametrize("text, language, sentences", [
    # without a trained pipeline sentences are cut by rule at full stops: a title's stop is not one
    ("O Sr. Silva e a Dra. Costa falaram. Depois o prof. Santos respondeu.", "pt",
     ["O Sr. Silva e a Dra. Costa falaram.", "Depois o prof. Santos respondeu."]),
    ("Witam dr. Kowalskiego i prof. Nowak z uczelni. To ważne.", "pl",
     ["Witam dr. Kowalskiego i prof. Nowak z uczelni.", "To ważne."]),
    ("Il dott. Verdi ha parlato con la sig.ra Bianchi. Poi basta.", "it",
     ["Il dott. Verdi ha parlato con la sig.ra Bianchi.", "Poi basta."]),
    # ... while a trained pipeline's sentences stay its own: "on." ends this one
    ("We moved on. Then Dr. Smith spoke.", "en", ["We moved on.", "Then Dr. Smith spoke."]),
])
def test_a_title_before_a_name_ends_no_sentence(text, language, sentences):
    from confsynth.nlp import analyze_texts

    assert [text[s:e] for s, e in analyze_texts([text], [language])[0].sentences] == sentences


def test_a_speakers_next_sentence_can_be_the_body_of_their_point(models):
    lots = ("La clé, souvent, c'est l'allotissement : découper le marché public en petits lots, par produit et "
            "par zone, pour qu'un petit producteur local puisse répondre. Et puis le sourcing auprès des "
            "producteurs avant l'appel d'offres est parfaitement légal.")
    event, tks = takeaways_for(BROADBAND + [("Mathilde Ferrand", lots)], models, takeaways=3)
    point = next(t for t in tks if "allotissement" in next(iter(t.headline.values())))
    # (the statement starts after « Et puis », which ties it to a sentence the reader does not see)
    assert [s.text[:19] for s in point.support] == ["le sourcing auprès "]



@pytest.fixture(scope="module")
def broadband_quote_event(models):
    # said while the panel talks broadband, it reads like the cycling point's "publish counts every month"
    said = "Publishing every month how many homes were connected would show residents that the subsidies work."
    return analyse_event(turns_from_pairs(CYCLING + CANTEENS + BROADBAND[:3] + [("Eva Lund", said)]
                                          + BROADBAND[3:]), Config(translator="none"), models)


def _quotes_under_cycling(event, **knobs):
    roles = {s.id: s.role for s in event.directory.speakers}
    tks, _ = select_takeaways(event.sentences, event.vectors, event.turns, event.candidates, roles, set(),
                              TakeawayConfig(count=3, **knobs))
    point = next(t for t in tks if "cycling counts" in t.headline["en"])
    return [q.text for q in point.quotes]


def test_a_quote_goes_to_the_point_of_the_discussion_it_was_said_in(broadband_quote_event):
    # by meaning alone it goes under the cycling point, though it is about the broadband subsidies
    loose = dict(quote_same_topic=0.0, quote_other_topic=0.0)
    assert any("homes were connected" in q for q in _quotes_under_cycling(broadband_quote_event, **loose))
    assert not any("homes were connected" in q for q in _quotes_under_cycling(broadband_quote_event,
                                                                                 quote_other_topic=0.0))


def test_a_quote_from_another_discussion_must_be_clearly_about_the_point(broadband_quote_event):
    # with no gain for its own discussion, the passage is closest to the cycling point; said elsewhere, it
    # goes under it only when it is this close (the default is measured by bench/topics.py's placement)
    loose = dict(quote_same_topic=0.0, quote_other_topic=0.0)
    strict = dict(quote_same_topic=0.0, quote_other_topic=0.9)
    assert any("homes were connected" in q for q in _quotes_under_cycling(broadband_quote_event, **loose))
    assert not any("homes were connected" in q for q in _quotes_under_cycling(broadband_quote_event, **strict))


def test_sharing_one_word_of_many_is_sharing_little():
    from confsynth.takeaways import _lexical_vectors

    point = {"pflegekräfte", "zeit", "menschen", "werkzeuge"}
    passage = {"pflegekräfte", "ausland", "deutschland", "schweiz", "verlust", "gesundheitssystem", "bilden"}
    others = [{"pflegekräfte", "personalmangel"}, {"zeit", "menschen"}, {"werkzeuge", "dokumentation"}]
    plain = _lexical_vectors([point, passage, *others])
    # left out, the six words the passage shares with nobody make its one linking word all of it
    assert float(plain[0] @ plain[1]) > 0.3
    honest = _lexical_vectors([point, passage, *others], unshared=1.0)
    assert float(honest[0] @ honest[1]) < 0.1
    # a sentence made of shared words keeps its closeness
    assert float(honest[0] @ honest[3]) == pytest.approx(float(plain[0] @ plain[3]))


def test_talk_about_the_talk_is_neither_body_nor_quote(models):
    # « Deuxième sujet, que je voulais aborder, c'est… » announces a subject; it says nothing about it
    funding = [
        ("Elena Castell", "Si un financeur exige une mesure d'impact, il doit financer cette mesure d'impact, sinon ce "
                          "sont les petites associations qui paient."),
        ("Julien Morel", "Deuxième sujet, euh, que je voulais aborder, c'est la transparence et la mesure d'impact des "
                         "associations."),
        ("Elena Castell", "Les petites associations n'ont pas les moyens de payer un cabinet pour mesurer leur impact."),
    ]
    _, tks = takeaways_for(BROADBAND + funding, models, takeaways=3)
    point = next(t for t in tks if "financeur" in next(iter(t.headline.values())))
    assert point.quotes   # the point keeps its evidence
    said = [s.text for t in tks for s in t.support] + [q.text for t in tks for q in t.quotes]
    assert not [s for s in said if "Deuxième sujet" in s]


def test_a_quote_never_repeats_its_headline_said_again(models):
    """A sentence said twice (by its speaker again, or echoed by another) is the headline once, never its quote
    too: a reviewer's forum printed "We have seen this in survey after survey…" as headline and both quotes."""
    again = "Si un financeur exige une mesure d'impact, il doit financer cette mesure d'impact, sinon ce sont les " \
            "petites associations qui paient."
    funding = [("Elena Castell", again),
               ("Julien Morel", "Les petites associations n'ont pas les moyens de payer un cabinet pour mesurer leur "
                                "impact. " + again),
               ("Elena Castell", "Je le redis : " + again[0].lower() + again[1:])]
    _, tks = takeaways_for(BROADBAND + funding, models, takeaways=3)
    point = next(t for t in tks if "financeur" in next(iter(t.headline.values())))
    assert not [q for t in tks for q in t.quotes if "Si un financeur exige" in q.text or "si un financeur exige" in q.text]
    assert point.headline


@pytest.mark.parametrize("said, printed", [
    ("Les petites associations n'ont pas les moyens de payer un cabinet pour mesurer leur impact.", True),
    # the same statement, needing four cuts to read: printed, it would be a row of […]
    ("Les petites, euh, associations n'ont n'ont pas les moyens, euh, de payer un cabinet, euh, pour mesurer "
     "leur impact.", False),
    # a recogniser's segment that left its subject in the one before: « Selon X, « doivent payer… » »
    ("Doivent payer un cabinet pour mesurer leur impact, et les petites associations n'en ont pas les moyens.",
     False),
])
def test_a_body_statement_is_one_that_prints_as_said(models, said, printed):
    funding = [
        ("Elena Castell", "Si un financeur exige une mesure d'impact, il doit financer cette mesure d'impact, sinon ce "
                          "sont les petites associations qui paient."),
        ("Julien Morel", said),
    ]
    _, tks = takeaways_for(BROADBAND + funding, models, takeaways=3)
    point = next(t for t in tks if "financeur" in next(iter(t.headline.values())))
    said_there = [s.text for s in point.support] + [q.text for q in point.quotes]
    assert any("cabinet" in s for s in said_there) is printed


@pytest.mark.parametrize("said, printed", [
    ("So you're ignoring overlapping events unless they're speech with speech.",
     "you're ignoring overlapping events unless they're speech with speech."),
    ("Bon, euh, les petites associations n'ont pas les moyens de payer un cabinet.",
     "les petites associations n'ont pas les moyens de payer un cabinet."),
    (", c'est une belle histoire d'open innovation.", "c'est une belle histoire d'open innovation."),
    ("So yes.", "So yes."),   # nothing left to print without the opener: kept whole
    # connectives that answer the sentence before, which the reader does not see
    ("Justement, ils vont implanter un immeuble d'habitation à proximité de nos canalisations.",
     "ils vont implanter un immeuble d'habitation à proximité de nos canalisations."),
    ("Par contre, il faut savoir que dans les terrains privés il y a énormément de réseaux.",
     "il faut savoir que dans les terrains privés il y a énormément de réseaux."),
    ("However, the framework is still not widely used by employers.",
     "the framework is still not widely used by employers."),
    # a start broken off at a dash, and the link the speaker started again with
    ("It's something that—and we need to train every teacher to see behind behaviour.",
     "we need to train every teacher to see behind behaviour."),
    # (an aside between dashes is part of the sentence)
    ("Schools—and parents—must be told what the pupil referral unit can offer.",
     "Schools—and parents—must be told what the pupil referral unit can offer."),
    # an attempt taken again from its first word goes; a filler cut inside a phrase does not take its start
    ("I th I think I think the digits should be recorded at the end of each meeting.",
     "the digits should be recorded at the end of each meeting."),
    ("The uh associations must be paid for the impact measurement they do.",
     "The […] associations must be paid for the impact measurement they do."),
    ("We -- the project is now couches and remote controls, and the budget is twelve Euros.",
     "the project is now couches and remote controls, and the budget is twelve Euros."),
    ("we {disfmarker} the project is now couches and remote controls, and the budget is twelve Euros.",
     "the project is now couches and remote controls, and the budget is twelve Euros."),
])
def test_a_body_statement_starts_at_its_first_word_that_counts(said, printed):
    from confsynth.quotes import verify_quote
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _statement

    text = "Earlier words. " + said
    turn = Turn(0, "Anna", text, "talk.txt", (Segment(0, 1),), "en")
    statement = _statement(Sentence(1, 0, 15, len(text), said, "s1", "en"), [turn])
    assert statement.text == printed
    assert verify_quote(statement.text, text) and text[statement.span[0]:].startswith(printed.split()[0])


@pytest.mark.parametrize("said, language, printed", [
    ("I think a mix of public funding and contributions from platforms is the realistic answer.", "en",
     "a mix of public funding and contributions from platforms is the realistic answer."),
    ("So I think that we need a common European way of describing these qualifications.", "en",
     "we need a common European way of describing these qualifications."),
    ("Je crois que l'État doit s'appliquer à lui-même ce qu'il demande aux associations.", "fr",
     "l'État doit s'appliquer à lui-même ce qu'il demande aux associations."),
    ("Moi, je pense qu'il faut reconnaître le travail des enseignants.", "fr",
     "il faut reconnaître le travail des enseignants."),
    # "that" names what the speaker thinks of: it stays; and too little left without the view keeps it
    ("I think that sentence really captures what we call algorithmic management.", "en",
     "that sentence really captures what we call algorithmic management."),
    ("I think we should do it.", "en", "I think we should do it."),
    # the link to what was said before: the body says who goes on
    ("C'est-à-dire que pour les ménages modestes, on verse directement à l'artisan la prime.", "fr",
     "pour les ménages modestes, on verse directement à l'artisan la prime."),
    ("Je complète, les aides arrivent six mois après les travaux, trop tard pour les ménages.", "fr",
     "les aides arrivent six mois après les travaux, trop tard pour les ménages."),
    # (and not its colon: « : le réseau va lancer… »)
    ("Et je complète : le réseau va lancer en janvier une formation de coordinateur.", "fr",
     "le réseau va lancer en janvier une formation de coordinateur."),
    ("In other words, the city carries the risk and the investor takes the return.", "en",
     "the city carries the risk and the investor takes the return."),
])
def test_a_body_statement_leaves_the_speakers_i_think_to_the_attribution(said, language, printed):
    """« Selon Julien Morel, « l'État doit… » », not « Selon Julien Morel, « je crois que l'État doit… » »."""
    from confsynth.quotes import verify_quote
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _statement

    text = "Earlier words. " + said
    turn = Turn(0, "Anna", text, "talk.txt", (Segment(0, 1),), language)
    statement = _statement(Sentence(1, 0, 15, len(text), said, "s1", language), [turn])
    assert statement.text == printed
    assert verify_quote(statement.text, text)


@pytest.mark.parametrize("before, said, language, printed", [
    ("Three, stories with a method. ", "Four, five to ten percent of your budget, paid by funders.", "en",
     "five to ten percent of your budget, paid by funders."),
    ("Deux, trois à cinq indicateurs. ", "Trois, des récits avec une méthode rigoureuse.", "fr",
     "des récits avec une méthode rigoureuse."),
    # a number that counts nothing said before is the statement's
    ("We asked the members. ", "Four, five hundred people answered the survey in the first week.", "en",
     "Four, five hundred people answered the survey in the first week."),
    # the view stays where a second clause hangs on it
    ("Les protéines végétales sont moins bien assimilées. ", "Je dirais que l'EHPAD n'est pas l'école, et qu'il "
     "faut des recommandations spécifiques.", "fr", "Je dirais que l'EHPAD n'est pas l'école, et qu'il faut des "
     "recommandations spécifiques."),
])
def test_a_body_statement_starts_where_it_reads_alone(before, said, language, printed):
    """Review AR: "Four, five to ten percent of your budget, paid by funders." kept the number of the speaker's
    recap list (webinar-impact-measurement.txt), and « L'EHPAD n'est pas l'école, et qu'il faut… » lost the « Je
    dirais que » its second clause hangs on (journee-restauration-collective.txt)."""
    from confsynth.quotes import verify_quote
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _statement

    text = before + said
    turn = Turn(0, "Anna", text, "talk.txt", (Segment(0, 1),), language)
    statement = _statement(Sentence(1, 0, len(before), len(text), said, "s1", language), [turn])
    assert statement.text == printed
    assert verify_quote(statement.text, text)


@pytest.mark.parametrize("turn_text, statement, against", [
    ("Je ne suis pas tout à fait d'accord avec Anna. Les propriétaires modestes n'ont pas les moyens de payer.",
     "Les propriétaires modestes n'ont pas les moyens de payer.", True),
    ("Permettez-moi de nuancer. Les aides existent, mais elles arrivent trop tard.",
     "Les aides existent, mais elles arrivent trop tard.", True),
    ("Well, I'd push back on that a little. Bonds are the cheapest money a city can raise.",
     "Bonds are the cheapest money a city can raise.", True),
    ("I'm not convinced. The data simply isn't there yet for most mid-sized cities.",
     "The data simply isn't there yet for most mid-sized cities.", True),
    ("No estoy de acuerdo con Marta. El turismo de masas vacía los barrios.",
     "El turismo de masas vacía los barrios.", True),
    ("Da muss ich Herrn Albrecht ausdrücklich widersprechen. Ein Sperrverbot ist die falsche Antwort auf Armut.",
     "Ein Sperrverbot ist die falsche Antwort auf Armut.", True),
    ("Pero, Marta, perdona, eso de que se retiran pisos, nosotros no lo vemos. Los pisos siguen en el mercado.",
     "Los pisos siguen en el mercado.", True),
    # « en désaccord », and the evidence said to show the opposite
    ("Là, je vais être en désaccord, euh, franchement. Le végétarien quotidien, les familles n'en veulent pas.",
     "Le végétarien quotidien, les familles n'en veulent pas.", True),
    ("Là, je suis en désaccord complet. Un index de plus, c'est un tableau Excel de plus.",
     "Un index de plus, c'est un tableau Excel de plus.", True),
    ("Mais justement, les études montrent le contraire. Les pistes séparées font venir des clients.",
     "Les pistes séparées font venir des clients.", True),
    # agreeing by half, the objection named, and the courtesy before a rebuttal (reviews AY, AZ, BA: all "adds")
    ("Je suis d'accord à moitié. Oui, la tomate sous serre chauffée, c'est un mauvais exemple.",
     "Oui, la tomate sous serre chauffée, c'est un mauvais exemple.", True),
    ("Yes, we have some, and good luck to them. My objection is to it being imposed in the public sector.",
     "My objection is to it being imposed in the public sector.", True),
    ("With respect, Chair, they're designed to operate in exceptional rain. Not forty-one thousand times.",
     "Not forty-one thousand times.", True),
    ("But Ingrid, with respect, a bonus is a paperwork nightmare for a small repairer.",
     "a bonus is a paperwork nightmare for a small repairer.", True),
    ("With respect to funding, cities need long-term money to adapt their drainage.",
     "cities need long-term money to adapt their drainage.", False),
    # what the speaker said, or the facts, put right (review AY, the wind farm's company director and mayor)
    ("Alors là, je dois corriger, pardon. Il y a eu trois nuits d'écoute au sol, c'est vrai, mais il y a eu un mât.",
     "Il y a eu trois nuits d'écoute au sol, c'est vrai, mais il y a eu un mât.", True),
    ("Oui, je veux répondre parce que la phrase est sortie de son contexte. Pas sur ce projet-là à tout prix.",
     "Pas sur ce projet-là à tout prix.", True),
    ("Ça n'a rien à voir, madame Roussel. Les recettes iront à l'école.", "Les recettes iront à l'école.", True),
    ("That's not what I said. The pilot covered office workers and bin crews alike.",
     "The pilot covered office workers and bin crews alike.", True),
    ("Je voudrais corriger les inégalités entre les territoires, et les aides vont aux communes rurales.",
     "Je voudrais corriger les inégalités entre les territoires, et les aides vont aux communes rurales.", False),
    ("Ça n'a rien à voir avec la taille de la commune : les aides vont aux communes rurales.",
     "Ça n'a rien à voir avec la taille de la commune : les aides vont aux communes rurales.", False),
    # agreeing, or a comparison, is not disagreeing
    ("I couldn't agree more. Cities need long-term money to adapt their drainage.",
     "Cities need long-term money to adapt their drainage.", False),
    ("Les jeunes, au contraire des anciens, prennent le train tous les jours pour aller travailler.",
     "Les jeunes, au contraire des anciens, prennent le train tous les jours pour aller travailler.", False),
    # a disagreement voiced after the statement is not what the statement said
    ("Cities need long-term money to adapt their drainage. But I disagree with Tom on bonds.",
     "Cities need long-term money to adapt their drainage.", False),
])
def test_a_body_statement_knows_it_was_said_disagreeing(turn_text, statement, against):
    """The body reports a rebuttal as one (« Paul Roy nuance : … »), not as one more voice adding to the point."""
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _statement

    start = turn_text.index(statement)
    lang = "es" if statement.startswith("El ") else "fr" if "les" in statement.lower().split() else "en"
    turn = Turn(0, "Paul", turn_text, "talk.txt", (Segment(0, 1),), lang)
    sentence = Sentence(1, 0, start, start + len(statement), statement, "s2", lang)
    assert _statement(sentence, [turn], point_by="s1").disagrees is against
    # the point's own speaker going on with it is not nuancing it, whoever they argued with
    assert _statement(sentence, [turn], point_by="s2").disagrees is False


@pytest.mark.parametrize("text", [
    # commitments: what a speaker will do is a point, not talk about the talk
    "We will give every school a dedicated mental health budget next year.",
    "Nous allons donner plus de moyens aux associations de quartier.",
    "On va ouvrir trois nouvelles crèches en septembre dans le quartier nord.",
    "Nous allons demander à l'État de financer la mesure d'impact.",
    "Nous allons parler avec les syndicats dès la semaine prochaine.",
    "We will focus on the poorest regions first.",
    "On va continuer à investir dans les crèches du quartier.",
    "We can continue to fund these projects from the regional budget.",
    "I want to say that we designed those paths together with the unions.",
    # words of policy that are also words of a conference
    "L'intervention de l'État doit rester limitée aux territoires fragiles.",
    "A solar panel on the remote could charge the battery.",
    "Les enfants marchent dix minutes pour aller à l'école.",
    "The green agenda needs local money.",
    "Screen time for children must be limited.",
    "Au fond, c'est une question de moyens pour les petites communes.",
    "It is a question of money, not of goodwill.",
    "We're gonna build three schools in the north of the city.",
    "We're going to present a bill on housing next month.",
    # the day's subject said of the world, not of the session
    "Today we spend twice as much on roads as on rail.",
    "Today we talk a lot about AI, but nobody funds the training.",
    "Aujourd'hui on parle beaucoup de sobriété, mais les PME manquent de moyens.",
    # welcoming people who are not guests
    "Nous accueillons 300 réfugiés par an dans la commune.",
    "We welcome the new directive on platform work.",
    # counting people who are not the guests
    "We have three children in the programme and two more on the waiting list.",
    "Nous avons deux salariés pour quatre cents adhérents.",
])
def test_commitments_and_policy_words_are_no_framing(text):
    from confsynth.takeaways import _META

    assert not _META.search(text)


@pytest.mark.parametrize("text", [
    "Je vais vous parler de la commande publique.",
    "Let me start with a few words on the directive.",
    "Je vais donner la parole à Mathilde.",
    "I'd like to give you an overview of our work.",
    "I'm going to focus on two points.",
    "Trying we're gonna try to talk about, what kind of how people are going to be using this remote control.",
    "I'm gonna start with the budget.",
    "Je voudrais revenir sur la question des indicateurs.",
    "I'll start where Nadia stopped, with the directive.",
    "I want to pick up on the data point that Nadia raised.",
    "Merci pour votre présentation, Anna.",
    "Je voudrais dire un mot sur la méthode.",
    "I have a really quick question, which I've heard in my office, on charities and non-profits.",
    "J'ai une petite question sur le marché du mercredi.",
    "Alors, euh, je vais peut-être commencer par une provocation.",
    "Si vous n'avez plus de questions sur les challenges open innovation, on peut peut-être poursuivre.",
    "If there are no further questions, we can proceed.",
    "I was going to say, about the question, I think there's a general deficit in mental health services.",
    "The second thing I want to flag is the data question.",
    "And just a word on training, since Tomás spoke about it.",
    "Et un mot sur les collectivités, parce que je sais qu'il y a des élus dans la salle.",
    "c'est une question sur la dynamique territoriale que vous aviez mise en place l'année dernière.",
    "A quick question for Priya, on the data the cities get.",
    "Je voudrais apporter un éclairage de recherche.",
    # the meeting's own course (AMI ES2004c gave both as key messages)
    "We need to make a decision about the things we've discussed.",
    "We decided on the most important aspect required in a remote control and we'll come to that later.",
    "Sur le financement, on y reviendra.",
    "I'd like to offer a research perspective on this.",
    # the evening's subjects announced (a reviewer's school board minutes gave the first as a key message)
    "Tonight we discuss the pilot of laptops in middle schools and the question of phones in classrooms.",
    "We are here today to discuss the future of regional rail.",
    "Ce soir, nous abordons la question du logement des jeunes.",
    "Cet après-midi, nous allons examiner le budget de la ville.",
    # the guests welcomed (a reviewer's colloquium printed the first as a key message)
    "Nous accueillons le professeur Michel Dubois, chef du service de radiologie de l'hôpital Cochin.",
    "Please welcome Paul Roy from the OECD.",
    "Nous recevons ce soir trois invités.",
    # the guests counted, and what the speaker will do (a third reviewer's panels gave both as key messages)
    "Tonight we have two guests who rarely agree.",
    "Nous avons trois invités ce soir pour parler de l'accès aux soins à la campagne.",
    "Notre intervenante va parler une vingtaine de minutes, puis nous prendrons vos questions.",
    # the room's housekeeping, guests presented by where they sit, the chair's own introduction and list for the
    # minutes (each was printed as a key message by the last review)
    "The fire exits are at the back and on either side.",
    "Please put your phones on silent.",
    "À côté d'elle, Bruno Castel : il est DRH chez Aéroméca, un équipementier aéronautique de 3 200 salariés.",
    "Pour ceux qui me connaissent pas, je suis la présidente du conseil de quartier Bellevue Gare.",
    "Je résume pour le compte rendu : réunion spécifique avec l'amicale et vérification du tronçon devant l'école.",
    "We'll have about 20 minutes of questions at the end, so please keep your questions short and say who you are.",
    # a recording's replay, the chair's greeting to the room
    "Le webinaire est enregistré et le replay sera envoyé à tous les inscrits d'ici la fin de la semaine.",
    "Je salue le public, nombreux ce soir, et je salue également les lecteurs du compte rendu.",
    # a podcast's outro, and a guest presented by rank
    "If you enjoyed the episode, please rate and subscribe wherever you get your podcasts.",
    "Our second is Professor Marc Lefebvre, from the University of Manchester, who works on regional economics.",
    # an opening speech's pleasure and good wishes (both were an opening's key messages)
    "Je suis vraiment heureux de vous voir aussi nombreux ce matin, plus de 300 inscrits, c'est un record pour ce forum.",
    "Je vous souhaite un excellent forum, des échanges francs, et n'hésitez pas à nous bousculer.",
    "I wish you all a great conference and fruitful discussions.",
    # a question announced, its mark lost
    "Je voulais demander, la nuit le parc il est squatté, il y a du bruit jusqu'à deux heures du matin.",
    "Yes, hi, I wanted to ask about the waiting list for the new flats.",
    # a German panel's housekeeping, thanks and who asks (each a key message or a quote of one)
    "Bitte warten Sie dann auf das Mikrofon, damit uns auch der Stream hört.",
    "Die Notausgänge sind rechts und links, die Toiletten finden Sie im Foyer.",
    "Herzlichen Dank an Anna Weber, Markus Schäfer, Leyla Demir und Thomas Krüger.",
    "Guten Abend, Jansen ist mein Name, ich bin von einer Bürgerenergiegenossenschaft im Sauerland.",
    # a resident who would not be named was quoted saying so
    "Yes, I don't want to give my name.",
    # the room filling up, and the housekeeping of Italian and Spanish events
    "On attend encore quelques personnes, je vois que ça se remplit, il y a déjà plus de 120 participants.",
    "Prima di cominciare due informazioni pratiche: le uscite di sicurezza sono in fondo alla sala.",
    "Las salidas de emergencia están a ambos lados de la sala.",
    # a podcast's sponsor and plugs (an advertisement with its promo code was a key message), a town hall's exits
    "This episode is brought to you by Greenleaf Bank, the bank that never invests your savings in fossil fuels.",
    "Open an account in five minutes at greenleafbank dot co dot uk and use the code SHIFT for a welcome bonus.",
    "A reminder, we're on Patreon now, and for three pounds a month you get ad-free episodes.",
    "My toaster died this week, so this episode is personal.",
    "Vous pouvez réagir pendant toute l'émission au standard ou sur nos réseaux.",
    "Petite précision, les issues de secours sont de chaque côté de la scène.",
    # the room's seats, the notes to come (a round table's and a forum's last key messages)
    "On m'indique que les personnes au fond peuvent s'asseoir sur les côtés, il reste des chaises.",
    "Je vois qu'il reste quelques places devant, on ne mord pas.",
    "The full notes will be online next week.",
    # the day's plan (a full day's third key message, review AX)
    "On a organisé la journée en trois sessions.",
    "We've organised the day into three sessions, one on reuse, one on cities and one on money.",
    # an online meeting's line trouble and small talk (a workshop's key message and its quote, review AT)
    "Sorry, I lost you for a second, the connection is bad here.",
    "It's raining here, by the way, in case you wondered.",
    "Pardon, je vous ai perdus une seconde, la connexion est mauvaise.",
    # a question that reports the witness's words back to them
    "Sur la fraude, vous dites avoir suspendu 1 300 entreprises.",
])
def test_talk_about_the_talk_is_framing(text):
    from confsynth.takeaways import _META

    assert _META.search(text)


@pytest.mark.parametrize("text, vocative", [
    ("Julien, vous allez nous parler de la mesure d'impact.", True),
    ("Anna, can you tell us more about the directive.", True),
    ("Today, 28 million people work through digital labour platforms.", False),
    ("Second, we built internal reskilling paths during working time.", False),
    ("Aujourd'hui, un professeur qui accompagne des étudiants n'en tire rien.", False),
    # a full name, and "your" a few words on
    ("Linda, many of your members now use software to screen CVs.", True),
    ("Karim Haddad, vous formez les futurs journalistes.", True),
    ("Sofia Marin, in your cooperative, how did the drought change things?", True),
    ("Paris, for example, doubled its bus lanes.", False),
    ("Today, many of the members now use software to screen CVs.", False),
])
def test_only_words_of_address_make_a_vocative(text, vocative):
    from confsynth.takeaways import _VOCATIVE

    assert bool(_VOCATIVE.match(text)) is vocative


def _turns_and_sentences(said):
    from confsynth.records import Segment, Sentence, Turn

    turns, sentences = [], []
    for i, (who, text) in enumerate(said):
        turns.append(Turn(i, who, text, "t.txt", (Segment(0, None, None),)))
        sentences.append(Sentence(i, i, 0, len(text), text, who, "en", content_words=5))
    return turns, sentences


def test_a_sentence_broken_off_is_told_by_its_missing_mark():
    from confsynth.quotes import punctuated
    from confsynth.records import Sentence
    from confsynth.takeaways import _broken_off

    said = [("A", "We should put the fashion into electronics, so the whole design thing might be qui"),
            ("B", "Quite important, yes."),
            ("A", "The selling price is twenty five Euros and the profit aim is fifty million."),
            ("B", "And it should be easy to find in the living room"),
            ("C", "Agreed, it has to be easy to use for all age groups."),
            ("A", "Good.")]
    turns, sentences = _turns_and_sentences(said)
    # "qui" is said once and closes an unpunctuated turn; "room" ends a finished thought
    assert list(_broken_off(sentences, punctuated(turns))) == [True, False, False, False, False, False]
    # inside a turn, the splitter cut at a false start; a run-on it cut is no broken sentence
    turns, sentences = _turns_and_sentences(said)
    cut = ["I think it's cool the the reasons people seem to like you get ex",
           "Most people prefer user-friendly remote controls because they use them for a year or more"]
    sentences = [Sentence(k, 0, 0, len(t), t, "A", "en", content_words=5) for k, t in enumerate(cut)] + \
        [replace(x, index=x.index + 2) for x in sentences]
    assert list(_broken_off(sentences, punctuated(turns))) == [True, False, True, False, False, False, False, False]
    # in unpunctuated ASR no turn ends on a mark: nothing can be told
    bare = [(w, t.rstrip(".,")) for w, t in said]
    turns, sentences = _turns_and_sentences(bare)
    assert not punctuated(turns) and not _broken_off(sentences, punctuated(turns)).any()


@pytest.mark.parametrize("head, language", [
    ("Don't wait for the perfect regulation: cities must act on cycling now.", "en"),
    ("Est-ce que les villes doivent publier leurs données ?", "fr"),
    ("Est -ce que les villes doivent publier leurs données ?", "fr"),
    ("A Paris, les pistes cyclables ont doublé le nombre de cyclistes.", "fr"),
])
def test_an_imperative_or_a_question_has_its_subject(head, language):
    from confsynth.takeaways import _NO_SUBJECT

    assert not _NO_SUBJECT[language].match(head)


@pytest.mark.parametrize("text, language, back", [
    ("They're moulded and look a bit different from the others.", "en", True),
    ("It's gonna be the same, so we need to focus on just one thing.", "en", True),
    ("That's a cost thing, I don't know how much we're gonna know about.", "en", True),
    ("That is what we are doing by giving them the support they need.", "en", True),
    ("She's willing to be the wizard for the data collection.", "en", True),
    ("These are the main issues for the curriculum.", "en", True),
    # the impersonal "it", and a demonstrative with its noun, stand for nothing said before
    ("It is essential that we support the people who work in our oil and gas sector.", "en", False),
    ("It's important to fund the small associations.", "en", False),
    ("It's been a little bit difficult to make sure that it's hand-holdable.", "en", False),
    ("It seems that the budget is too small.", "en", False),
    ("That opacity creates a huge information asymmetry.", "en", False),
    ("There's a lot to be done with regard to PRU and EOTAS.", "en", False),
    ("Ils vont implanter un immeuble d'habitation à proximité de nos canalisations.", "fr", True),
    ("Cela nous permet d'être en relation tout au long de l'année avec les écosystèmes.", "fr", True),
    ("Ça permet de mutualiser les achats.", "fr", True),
    ("Il a proposé un plan de financement.", "fr", True),
    ("Il faut développer la recherche-action participative.", "fr", False),
    ("Il y a 1 600 pages de texte de loi par an en France.", "fr", False),
    ("Il est urgent de financer la mesure d'impact.", "fr", False),
    ("Il va falloir investir dans les réseaux.", "fr", False),
    ("Il peut y avoir des conflits d'usage.", "fr", False),
    ("Ça fait dix ans que la commune finance ce projet.", "fr", False),
    ("C'est la commune qui finance le projet.", "fr", False),
    ("Ce réseau est installé depuis deux mille deux.", "fr", False),
    # a pronoun after a preposition, before a pause (a reviewer's webinar: elle, the double authentication)
    ("Avec elle, un mot de passe volé ne suffit plus pour entrer dans le système.", "fr", True),
    ("Without them, small farms cannot borrow that much.", "en", True),
    ("Avec elle nous avons monté le projet de la maison de santé.", "fr", False),
    ("With the new permits, reuse projects start within a year.", "en", False),
    # the other branch of a condition said before (the sample panel's "Otherwise we create a strange situation")
    ("Otherwise we create a strange situation where a courier has more rights than a warehouse worker.", "en", True),
    ("In that case, the city pays.", "en", True),
    ("Sinon on crée une situation où le livreur a plus de droits que le magasinier.", "fr", True),
    ("Dans ce cas, c'est la commune qui paie.", "fr", True),
    ("Otherwise-minded people came too.", "en", False),
])
def test_a_subject_that_stands_for_what_was_said_before(text, language, back):
    from confsynth.takeaways import refers_back

    assert refers_back(text, language) is back


def test_the_other_branch_of_a_condition_is_a_weaker_headline_however_long():
    """"Otherwise we create…" says what happens if the point said before is not followed: whatever its length,
    the sentence that says the point is the stronger headline (the sample panel's eighth key message)."""
    said = "the rules on transparency and human oversight for platform workers should be extended to all workers."
    assert _fitness("Otherwise we create a strange situation where a courier has more rights regarding algorithms"
                    " than a warehouse worker.", "en") < 0.6 * _fitness("In our view " + said, "en")


def test_a_thin_claim_about_they_is_a_weaker_headline():
    """A headline whose subject is a pronoun for something said before ("It's not gonna work…") is no point a
    reader can follow; with as much to say, the one that names its subject is the stronger key message."""
    assert _fitness("It's not gonna work with the solar cells, so we use a battery.", "en") \
        < 0.6 * _fitness("The kinetic charger is not gonna work with the solar cells, so we use a battery.", "en")


def test_a_pronoun_in_a_long_regex_input_does_not_hang():
    """The impersonal-it exception repeats a word list before the verb: a long run of them is read in linear
    time (were it exponential, this test would hang rather than fail)."""
    from confsynth.takeaways import refers_back

    assert refers_back("It " + "is really " * 2000 + "good", "en")
    assert not refers_back("It's " + "a little bit " * 2000 + "difficult to say", "en")
    assert refers_back("Il " + "ne " * 3000 + "vient", "fr")


def test_declared_parts_bound_the_topics():
    """An agenda heading (or another file) starts a topic where it stands, even where the sentences around it
    read alike; a cut found a sentence or two away from it was that boundary and goes."""
    import numpy as np

    from confsynth.takeaways import segment_sections

    rng = np.random.default_rng(0)
    a, b = rng.normal(size=16), rng.normal(size=16)
    vectors = np.array([a] * 20 + [b] * 20 + [b] * 20, dtype=float)
    vectors += 0.01 * rng.normal(size=vectors.shape)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    # the meaning changes at 20; the agenda says the parts change at 22 and 40
    sections = [""] * 22 + ["1. Square"] * 18 + ["2. School"] * 20
    topics = segment_sections(vectors, sections)
    cuts = [i for i in range(1, 60) if topics[i] != topics[i - 1]]
    assert cuts == [22, 40]


def _talk(turns_said):
    """Turns of several sentences each: [(speaker, [sentence, ...]), ...] -> turns, sentences."""
    from confsynth.records import Segment, Sentence, Turn

    turns, sentences = [], []
    for t, (who, said) in enumerate(turns_said):
        text = " ".join(said)
        turns.append(Turn(t, who, text, "t.txt", (Segment(0, None, None),)))
        start = 0
        for s in said:
            sentences.append(Sentence(len(sentences), t, start, start + len(s), s, who, "en", content_words=5))
            start += len(s) + 1
    return turns, sentences


def test_a_monologue_is_cut_into_the_items_its_speaker_announces():
    """One topic segment, one panelist: each item the speaker turns to is its own exchange, so that a quote on AI
    gains nothing from being said in the same talk as a point on micro-credentials."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("chair", ["Priya, the floor is yours."]),
        ("priya", ["The figure quoted most often is twenty-eight million.",
                   "So my first message is that the data are a real foundation.",   # sums up: no new item
                   "My second topic is AI.",
                   "Very few jobs are fully automatable.",
                   "And the last thing I'll say links to what Jonas said.",
                   "On micro-credentials, there is a Council recommendation."]),
        ("katarzyna", ["Competition law was used against them.", "Third point, collective bargaining.",
                       "Solo self-employed people can bargain."]),
        ("tomas", ["Guidance matters.", "And let me just add one sentence on social protection, because it matters.",
                   "Rights must be portable."]),
        ("nadia", ["Voilà.", "And on algorithms, since Jonas mentioned it.", "Et enfin, les données."]),
        # opening a turn, an announced item is the chair's or a reply's framing of what follows: no cut
        ("julien", ["Deuxième sujet, que je voulais aborder, c'est la transparence."]),
    ])
    ids = exchanges(sentences, [0] * len(sentences), turns, {"chair": "moderator"})
    assert list(ids) == [0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 6, 6]


def test_the_moderator_asking_the_next_question_starts_an_exchange():
    """In a panel's Q&A, the chat's next question is another exchange, though the topic segment runs on; a chair's
    « Merci. Des questions ? » or hand-over is no new question."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("katarzyna", ["The threat of leaving is a negotiating position."]),
        ("chair", ["Thank you.", "The next question is from someone who prefers to stay anonymous, and they ask:"
                                 " who should pay for the training of platform workers?"]),
        ("tomas", ["For the self-employed, there are three options."]),
        ("chair", ["Merci.", "Des questions ?"]),
        ("jonas", ["Employers should look at their subcontractors."]),
    ])
    ids = exchanges(sentences, [0] * len(sentences), turns, {"chair": "moderator"})
    assert list(ids) == [0, 1, 1, 1, 1, 1, 1]
    # a topic boundary found in the event is an exchange boundary too
    assert list(exchanges(sentences, [0, 0, 0, 0, 1, 1, 1], turns, {})) == [0, 0, 0, 0, 1, 1, 1]


def test_each_answer_of_a_round_is_an_exchange_of_its_own():
    """« One thing policymakers should do, Nadia? »: the five answers are five points, not one discussion, so
    Nadia's call for algorithmic transparency is no support for Tomás's call for guidance. Speakers answering
    each other (one of them twice) are one discussion still."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("chair", ["We're almost at time, so I'll ask each of you for one sentence, one thing that policymakers"
                   " should do in the next two years.", "Nadia?"]),
        ("nadia", ["Make algorithmic transparency real, with enforcement, not just on paper."]),
        ("tomas", ["Put guidance at the centre of adult learning."]),
        ("katarzyna", ["Transpose the directive ambitiously."]),
        ("chair", ["Thank you all."]),
        ("ana", ["Should the remote be yellow?"]),
        ("ben", ["Yellow, yes."]),
        ("ana", ["Then yellow it is."]),
        ("cleo", ["Agreed."]),
    ])
    ids = exchanges(sentences, [0] * len(sentences), turns, {"chair": "moderator"})
    assert list(ids) == [0, 0, 1, 2, 3, 4, 4, 4, 4, 4]


@pytest.mark.parametrize("said, announces", [
    ("Third point, collective bargaining.", True),
    ("My second topic is AI.", True),
    ("Et enfin, les données.", True),
    ("Dernier gros point, le budget participatif.", True),
    ("And just a word on training, since Tomás spoke about it.", True),
    # a spoken « enfin » is a hedge, and "as" a reason: the talk goes on with the same item
    ("Enfin, je veux dire, ce n'est pas simple.", False),
    ("On the other hand, as we saw, it works.", False),
    ("So my first message is that transparency is a labour right.", False),
    # the other languages: an item's label and the last item, not an enumerator inside one item
    ("Mein zweiter Punkt: die Dienstpläne.", True),
    ("Y por último, la formación.", True),
    ("E infine la formazione.", True),
    ("Tot slot, de opleiding.", True),
    ("Zweitens haben wir die Dienstpläne geändert.", False),
    # adding an item of one's own, and the names of a speaker's items beyond "point"
    ("J'ajoute un dernier point : la formation.", True),
    ("Et il faut aussi parler des délais.", True),
    ("There is also the question of reused water.", True),
    ("I'd add one last point: data.", True),
    ("Le deuxième levier, c'est le logement vacant.", True),
    ("Cinquième et dernier constat, un peu plus technique, mais important.", True),
    ("Le deuxième enfant est arrivé en mars.", False),
    ("Il faut parler des délais.", False),
    ("There is also a risk that prices rise.", False),
    ("Y el otro día fuimos al ayuntamiento.", False),
])
def test_an_announced_item_is_told_from_the_talk_going_on(said, announces):
    from confsynth.takeaways import _NEW_ITEM

    assert bool(_NEW_ITEM.search(said)) is announces


def test_a_speaker_adding_an_item_of_their_own_starts_an_exchange_at_their_turn():
    """« J'ajoute un dernier point : la formation. » opening a panelist's turn is a new part of the panel; a reply
    (« Je partage ce constat. ») goes on with the one before, and so does the chair's own framing."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("amandine", ["Les aides publiques sont trop nombreuses et trop complexes."]),
        ("isabelle", ["Je partage ce constat.", "Nous travaillons avec les régions sur une plateforme commune."]),
        ("francois", ["Et il faut aussi parler des délais.", "Nous avons attendu quatorze mois."]),
        ("amandine", ["J'ajoute un dernier point : la formation.", "Il manque des techniciens."]),
        ("chair", ["Il faut aussi parler de la suite.", "Merci à tous."]),
    ])
    ids = exchanges(sentences, [0] * len(sentences), turns, {"chair": "moderator"})
    assert list(ids) == [0, 0, 0, 1, 1, 2, 2, 2, 2]


def test_the_chair_handing_the_floor_over_by_name_starts_an_exchange():
    """« Karim Haddad, vous formez les futurs journalistes. » asks nothing, but hands the floor to Karim: what he
    says of freelance pay is no evidence for Hélène's point on advertising."""
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import exchanges

    said = [("Lucie Fabre (Festival)", "Hélène Rousseau, vous dirigez une rédaction."),
            ("Hélène Rousseau (La Gazette)", "La publicité locale a disparu."),
            ("Lucie Fabre (Festival)", "Karim Haddad, vous formez les futurs journalistes."),
            ("Karim Haddad (École de journalisme)", "Mes anciens étudiants sont payés à la pige."),
            ("Lucie Fabre (Festival)", "C'est inquiétant."),
            ("Bruno Garnier (Le Courrier)", "Notre journal vit des abonnements.")]
    turns = [Turn(i, label, text, "t.txt", (Segment(0, None, None),)) for i, (label, text) in enumerate(said)]
    who = {"Lucie Fabre (Festival)": "chair"}
    sentences = [Sentence(i, i, 0, len(text), text, who.get(label, label), "fr", content_words=5)
                 for i, (label, text) in enumerate(said)]
    ids = exchanges(sentences, [0] * len(sentences), turns, {"chair": "moderator"})
    assert list(ids) == [0, 0, 1, 1, 1, 1]


def test_a_topic_cut_found_beside_a_change_of_speaker_moves_to_it():
    """The similarity valley lay one sentence before the end of Karim's turn, so his last sentence (« Ce n'est pas
    punir les propriétaires… ») was a part of the event on its own; a cut deep inside a long talk stays."""
    from confsynth.takeaways import snap_to_turns

    turn_of = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]
    assert snap_to_turns([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], turn_of) == \
        [0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assert snap_to_turns([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1], turn_of) == \
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
    assert snap_to_turns([0, 0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], turn_of) == \
        [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2]
    # a cut is not moved onto another one
    assert snap_to_turns([0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], turn_of) == \
        [0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]


def test_a_topic_cut_inside_an_announced_item_moves_to_the_item_s_nearer_edge():
    """A keynote's fifth constat was cut at « Bon, je sais que c'est un sujet qui fâche. », three sentences in:
    its two halves got a key message each while two other constats got none. Inside an item the speaker
    announced, the cut moves to the item's nearer edge; in a talk with no items it stays."""
    from confsynth.takeaways import snap_to_turns

    turn_of = [0] * 12 + [1, 1]
    items = [False] * 14
    items[1] = items[5] = True   # « Quatrième constat… » at 1, « Cinquième et dernier constat… » at 5
    assert snap_to_turns([0] * 8 + [1] * 6, turn_of, items=items) == [0] * 5 + [1] * 9
    assert snap_to_turns([0] * 10 + [1] * 4, turn_of, items=items) == [0] * 12 + [1] * 2   # (the turn's end)
    assert snap_to_turns([0] * 8 + [1] * 6, turn_of) == [0] * 8 + [1] * 6


@pytest.mark.parametrize("said, announces", [
    ("D'ailleurs, la vacance, c'est mon quatrième constat.", True),
    ("Housing, that's my second point.", True),
    ("Which brings me to my third point.", True),
    ("Le logement, c'est la deuxième priorité du gouvernement.", False),
])
def test_an_item_named_before_its_number_is_announced(said, announces):
    from confsynth.takeaways import _NEW_ITEM

    assert bool(_NEW_ITEM.search(said)) is announces


@pytest.mark.parametrize("said, headline", [
    ("Ma piste : aligner la fiscalité des meublés de tourisme sur celle de la location nue.",
     "Aligner la fiscalité des meublés de tourisme sur celle de la location nue."),
    ("Ma proposition, c'est de mobiliser le foncier des universités, pour y construire des résidences.",
     "Mobiliser le foncier des universités, pour y construire des résidences."),
    ("Ma piste ici, c'est un plan de relance de la construction piloté par l'État.",
     "Un plan de relance de la construction piloté par l'État."),
    ("Ma demande est simple : supprimer la RLS, ou au moins la compenser.", "Supprimer la RLS, ou au moins la compenser."),
    ("Ma priorité, c'est que les maires aient les moyens d'agir.", "Ma priorité, c'est que les maires aient les moyens d'agir."),
    ("Si je peux ajouter un mot : la restauration collective peut être un débouché.",
     "La restauration collective peut être un débouché."),
    ("Je voudrais insister aussi sur un point : le gaspillage, c'est un problème climatique.",
     "Le gaspillage, c'est un problème climatique."),
])
def test_a_proposal_s_announcement_is_cut_from_its_headline(said, headline):
    assert make_headline(said, "fr") == headline


def test_whoever_chairs_moving_on_starts_an_exchange():
    """A council's co-president is labelled as any speaker: « On passe au deuxième point » opening their turn
    still ends the discussion of the square; « on passe beaucoup de temps » is no transition."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("chair", ["Le square sera refait l'an prochain."]),
        ("fatou", ["Les ateliers du samedi ne vont pas aux parents qui travaillent.",
                   "On passe beaucoup de temps sur ce dossier."]),
        ("chair", ["On passe au deuxième point, la sécurité devant l'école.", "Mme Petit, vous avez la parole."]),
        ("laura", ["On a posé des compteurs rue Victor-Hugo.", "Bien, moving on to the budget."]),
    ])
    ids = exchanges(sentences, [0] * len(sentences), turns, {})
    assert list(ids) == [0, 0, 0, 1, 1, 1, 2]


@pytest.mark.parametrize("last, has_verb, quotable", [
    ("En réponse à cela.", False, False),     # the last words lead to what comes next: no ending
    ("Il faut les connaître.", True, True),   # a short sentence that says something is a fine ending
])
def test_a_quote_does_not_end_on_words_that_lead_elsewhere(last, has_verb, quotable):
    from confsynth.quotes import QuoteCandidate
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _quotable

    said = ["La voie normale est de respecter ce processus réglementaire qui est d'aller sur le guichet unique.",
            "Ce sont les maîtres d'ouvrage qui déclarent avoir un projet de travaux avant le démarrage.", last]
    sentences = [Sentence(i, 0, 0, len(t), t, "s1", "fr", content_words=5, has_verb=(i < 2 or has_verb))
                 for i, t in enumerate(said)]
    quote = Quote(" ".join(said), "s1", "fr", SourceRef("t.txt", 1, None, 0), (0, len(" ".join(said))))
    candidate = QuoteCandidate(quote, (0, 1, 2), 0.8, np.zeros(4))
    assert (_quotable(candidate, sentences, {}) > 0) is quotable


@pytest.mark.parametrize("middle, quotable", [
    ("Second point.", False),   # the speaker moves on: the passage holds the end of one point and another
    ("The next two years are decisive.", True),
])
def test_a_quote_does_not_run_across_the_speakers_next_point(middle, quotable):
    from confsynth.quotes import QuoteCandidate
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _quotable

    said = ["The unions in each country will be watching how the criteria are written into national law.", middle,
            "Algorithmic management is not only a platform issue."]
    sentences = [Sentence(i, 0, 0, len(t), t, "s1", "en", content_words=5) for i, t in enumerate(said)]
    quote = Quote(" ".join(said), "s1", "en", SourceRef("t.txt", 1, None, 0), (0, len(" ".join(said))))
    candidate = QuoteCandidate(quote, (0, 1, 2), 0.8, np.zeros(4))
    assert (_quotable(candidate, sentences, {}) > 0) is quotable


def test_a_quote_opening_on_a_pronoun_for_what_came_before_is_a_weaker_quote():
    from confsynth.quotes import QuoteCandidate
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _quotable

    quality = {}
    for subject in ("They", "Small associations"):
        said = [f"{subject} cannot pay a consultancy to measure their impact, and nobody funds it."]
        sentences = [Sentence(0, 0, 0, len(said[0]), said[0], "s1", "en", content_words=8)]
        quote = Quote(said[0], "s1", "en", SourceRef("t.txt", 1, None, 0), (0, len(said[0])))
        quality[subject] = _quotable(QuoteCandidate(quote, (0,), 0.8, np.zeros(4)), sentences, {})
    assert quality["They"] < quality["Small associations"] - 0.05


def test_a_quote_opening_on_a_fragment_is_a_weaker_quote():
    """"So, children who have additional learning needs…" (the quote starts at "children") names what the
    sentence before was about; it is no statement to open a quote with."""
    from confsynth.quotes import QuoteCandidate
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _quotable

    said = ["Children who have additional learning needs or a communication problem that is not understood.",
            "I think when they are labelled as naughty, the school environment becomes really difficult for them."]
    quote = Quote(" ".join(said), "s1", "en", SourceRef("t.txt", 1, None, 0), (0, len(" ".join(said))))
    candidate = QuoteCandidate(quote, (0, 1), 0.8, np.zeros(4))
    quality = {}
    for clause in (True, False):
        sentences = [Sentence(i, 0, 0, len(t), t, "s1", "en", content_words=5, is_clause=(i > 0 or clause))
                     for i, t in enumerate(said)]
        quality[clause] = _quotable(candidate, sentences, {})
    assert quality[False] < quality[True] - 0.2


def test_the_hosts_welcome_before_the_moderator_is_framing():
    """Someone other than the moderator opens the event and hands over: their welcome frames it. A keynote that
    runs long before the moderator first speaks, or an event without a moderator, has no welcome."""
    from confsynth.takeaways import _welcome

    turns, sentences = _talk([
        ("host", ["Welcome, everyone.", "Our work is to evaluate these initiatives and scale what works.",
                  "I hand over to Claire, who will chair the afternoon."]),
        ("claire", ["Thank you.", "Our first speaker is Anna."]),
        ("anna", ["Local food systems were marginalised by institutions."] * 30),
    ])
    roles = {"claire": "moderator"}
    assert list(np.flatnonzero(_welcome(sentences, roles))) == [0, 1, 2]
    assert not _welcome(sentences, {}).any()
    assert not _welcome(sentences, {"host": "moderator"}).any()
    # the moderator first speaks after a long opening: that was a talk, not a welcome
    turns, sentences = _talk([("keynote", ["Public procurement can buy local food."] * 10),
                              ("claire", ["Thank you."]), ("anna", ["Indeed."] * 10)])
    assert not _welcome(sentences, roles).any()


def test_the_answers_of_a_round_to_the_chair_are_told():
    """A round: right after the chair, three speakers or more, each once, one or two sentences each. A quick
    back-and-forth where someone speaks twice, or long answers, are no round."""
    from confsynth.takeaways import round_answers

    turns, sentences = _talk([
        ("tomas", ["Adults who need training most get the least."] * 3),
        ("chair", ["One thing policymakers should do, Nadia?"]),
        ("nadia", ["Make algorithmic transparency real."]),
        ("tomas", ["Put guidance at the centre of adult learning,", "so the people who need it get it."]),
        ("priya", ["Invest in data."]),
        ("chair", ["Thank you all."]),
    ])
    roles = {"chair": "moderator"}
    assert list(np.flatnonzero(round_answers(sentences, roles))) == [4, 5, 6, 7]
    assert not round_answers(sentences, {}).any()
    turns, sentences = _talk([("chair", ["Nadia?"]), ("nadia", ["Yes."]), ("tomas", ["No."]), ("nadia", ["Yes."])])
    assert not round_answers(sentences, roles).any()
    turns, sentences = _talk([("chair", ["Nadia?"]), ("nadia", ["Yes."] * 3), ("tomas", ["No."] * 3),
                              ("priya", ["Maybe."] * 3)])
    assert not round_answers(sentences, roles).any()


def test_the_reason_for_a_question_is_no_headline_but_the_answer_to_one_is_of_its_point():
    """« Est-ce que la Ville a prévu quelque chose pour le relancer ? Parce que quand le marché marche bien, c'est
    tout le quartier qui en profite. »: the reason the question is asked is no point (a speaker's own "why…?
    Because…" is). The reply of the next speaker, not the chair, is about the point the question was asked with;
    a question in the middle of a talk asks no one."""
    from confsynth.takeaways import _answers, _why_asked

    turns, sentences = _talk([
        ("herve", ["Une question sur le marché du mercredi.",
                   "Depuis janvier, il y a moins de commerçants non sédentaires.",
                   "Est-ce que la Ville a prévu quelque chose pour le relancer ?",
                   "Parce que quand le marché marche bien, c'est tout le quartier qui en profite."]),
        ("chair", ["Madame Marchand ?"]),
        ("sylvie", ["Deux emplacements sont libres et un appel à candidatures va être lancé."]),
        ("matthias", ["Now, why is this important for policy?", "Because we mapped a thousand initiatives.",
                      "What can governments do?", "They can build infrastructures.", "And fund them."]),
        ("nadia", ["Indeed."]),
    ])
    assert list(np.flatnonzero(_why_asked(sentences))) == [3]
    answers = _answers(sentences, turns, [1, 9], {"chair": "moderator"})
    assert list(np.flatnonzero(answers[:, 0])) == [5]   # Sylvie's, not the chair's hand-over
    assert not answers[:, 1].any()                      # "What can governments do?" is the talk going on


def test_a_voice_from_the_floor_makes_a_weaker_quote_than_a_speaker():
    from confsynth.quotes import QuoteCandidate
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _quotable

    said = ["On nous demande de plus en plus de mesurer notre impact, mais on est quatre salariés."]
    sentences = [Sentence(0, 0, 0, len(said[0]), said[0], "s1", "fr", content_words=6)]
    quote = Quote(said[0], "s1", "fr", SourceRef("t.txt", 1, None, 0), (0, len(said[0])))
    candidate = QuoteCandidate(quote, (0,), 0.8, np.zeros(4))
    assert _quotable(candidate, sentences, {"s1": "audience"}) < _quotable(candidate, sentences, {}) - 0.1


def test_what_the_recogniser_was_unsure_of_is_a_weaker_point_and_quote():
    """A machine transcript's confidences (CTM words, Whisper's log-probabilities): a sentence well below the
    event's median confidence may not be what was said, so it makes a weaker headline and a weaker quote, and
    prints as no body statement; a transcript without them is left as it is."""
    from confsynth.quotes import QuoteCandidate
    from confsynth.records import Quote, Sentence, SourceRef
    from confsynth.takeaways import _pick_quotes, heard

    said = ["Le guichet unique reçoit toutes les déclarations de travaux de la région.",
            "On appelle ça cette réglementation permet auparavant des plans de zonage en mairie.",
            "Les incidents sur les réseaux de gaz ont baissé de plus de soixante pour cent."]
    sure = [0.96, 0.70, 0.95]
    sentences = [Sentence(i, i, 0, len(t), t, f"s{i}", "fr", content_words=8, confidence=c)
                 for i, (t, c) in enumerate(zip(said, sure))]
    factor = heard(sentences)
    assert factor[0] == 1.0 and factor[2] > 0.95 and factor[1] < 0.5
    # without confidences (a written transcript), or with them for less than half the sentences: no effect
    assert list(heard([replace(s, confidence=None) for s in sentences])) == [1.0, 1.0, 1.0]
    assert list(heard([replace(s, confidence=None if i else 0.5) for i, s in enumerate(sentences)])) == [1.0] * 3

    def candidate(i):
        quote = Quote(said[i], f"s{i}", "fr", SourceRef("t.ctm", i + 1, None, i), (0, len(said[i])))
        return QuoteCandidate(quote, (i,), 0.8, np.zeros(4))

    both = [(candidate(1), 0.45), (candidate(0), 0.40)]
    picked = _pick_quotes(both, set(), 1, sentences, {}, set(), False, 0.2, factor)
    assert [c.quote.speaker_id for c in picked] == ["s0"]   # the closer passage was misheard
    picked = _pick_quotes(both, set(), 1, sentences, {}, set(), False, 0.2)
    assert [c.quote.speaker_id for c in picked] == ["s1"]   # (the same without confidences)
    assert _pick_quotes(both, set(), 0, sentences, {}, set(), False, 0.2) == []   # no quotes asked, none taken


def test_each_sentence_has_the_recognisers_confidence_in_its_words(models):
    from confsynth.records import Segment, Turn

    text = "Le guichet unique reçoit toutes les déclarations. On appelle ça cette réglementation permet auparavant."
    cut = text.index("On appelle")
    turn = Turn(0, "S1", text, "m.ctm", (Segment(0, 1, 0.0, 0.97), Segment(cut, 2, 4.0, 0.61)))
    event = analyse_event([turn], Config(translator="none"), models)
    assert [round(s.confidence, 2) for s in event.sentences] == [0.97, 0.61]


HOUSING = [
    ("Claire Martin", "Bonsoir à toutes et à tous, et bienvenue à cette table ronde sur le logement des jeunes actifs."),
    ("Julien Roche", "Un jeune actif sur trois consacre plus de quarante pour cent de ses revenus au logement. Et ce "
                     "chiffre a doublé en dix ans. Le problème, ce n'est pas seulement le prix, c'est l'accès : les "
                     "garanties demandées par les propriétaires excluent une grande partie des jeunes en contrat court."),
    ("Amina Benali", "Je partage ce constat. À Lyon, nous avons créé une garantie municipale qui se substitue à la "
                     "caution parentale. En deux ans, plus de mille deux cents jeunes en ont bénéficié, et le taux "
                     "d'impayés est inférieur à deux pour cent. Donc le risque est beaucoup plus faible que ce que les "
                     "propriétaires imaginent."),
    ("Claire Martin", "Est-ce que ce dispositif pourrait être généralisé ?"),
    ("Julien Roche", "Oui, et je pense que c'est à l'État de le porter. La garantie Visale existe déjà, mais elle est "
                     "trop peu connue. Il faudrait qu'elle soit automatique pour tout jeune de moins de trente ans, "
                     "sans démarche supplémentaire."),
    ("Amina Benali", "Et il faut construire. Les garanties ne suffisent pas si l'offre n'existe pas. Nous demandons "
                     "que vingt pour cent des logements sociaux neufs soient réservés aux jeunes actifs, avec des baux "
                     "adaptés aux mobilités professionnelles."),
]


def test_a_short_event_gets_fewer_key_messages_each_with_words_of_its_own(models):
    """Eight headlines would use up the 8 claims of a 20-sentence exchange and leave nothing to quote: unless told
    how many, a short event gets one key message per 8 sentences (3 at least), and they keep quotes."""
    from confsynth.takeaways import auto_count

    assert [auto_count(n) for n in (5, 20, 40, 64, 87, 2000)] == [3, 3, 5, 8, 8, 8]
    # ... or one per part of the event that has a point to make, while each keeps about 6 sentences
    assert [auto_count(34, 5), auto_count(39, 5), auto_count(20, 6), auto_count(45, 2), auto_count(100, 3)] == \
        [5, 5, 3, 5, 8]
    event, tks = takeaways_for(HOUSING, models)
    assert len(tks) == auto_count(len(event.sentences)) == 3
    assert sum(1 for t in tks if t.quotes or t.support) >= 2
    _, told = takeaways_for(HOUSING, models, takeaways=6)
    assert len(told) == 6


WATER_PANEL = """Water and cities: a short panel

Hannah Price (Moderator): Good evening and welcome. I'm Hannah Price and I'll be moderating tonight. We have three \
guests and forty minutes. Let me start with Tom Becker from the Rhine Water Board.

Tom Becker (Rhine Water Board): Thank you. Cities lose far too much drinking water before it ever reaches a tap. In \
our network, one litre in five leaks out of old pipes. Replacing those pipes costs money, but every euro spent on \
leaks saves three euros on new treatment plants. Leak repair is the cheapest new water source we have.

Hannah Price (Moderator): Thank you, Tom. Sofia Marin, you run a farming cooperative near Valencia. How did the last \
drought change your work?

Sofia Marin (Huerta Viva cooperative): It changed everything. In 2023 our members lost forty percent of their \
harvest. We moved to drip irrigation on every plot and we now use half the water we used five years ago. But \
honestly, we only did it because the drought forced us. Farmers change when they have no choice.

Lukas Novak (Prague Institute of Technology): What Sofia describes is typical. The real obstacle is that water \
prices do not tell anyone the truth. In most European cities, households pay less for water than it costs to \
deliver it. When water is that cheap, nobody invests in saving it. Prices should rise, with a free first block of \
water for every household so that the poor are protected.

Tom Becker (Rhine Water Board): I agree on prices, but we need public acceptance first. Every time we raised the \
tariff, the city council froze it before the elections.

Sofia Marin (Huerta Viva cooperative): There is also the question of reused water. Treated wastewater could irrigate \
most of our fields, but the permits take three years. Three years while the treated water goes straight into the \
sea. If Europe wants farmers to use less fresh water, it must make reuse permits fast and simple.

Lukas Novak (Prague Institute of Technology): I'd add one last point: data. Most utilities still read meters by \
hand once a year. Without smart meters, a leak inside a building can run for months before anyone notices.

Hannah Price (Moderator): Thank you all three. I hear three priorities: fix the leaks, price water honestly and \
speed up reuse. Good night.
"""


def test_a_short_panel_gets_a_point_from_each_of_its_parts(models, tmp_path):
    """A 34-sentence panel in five parts (leaks, the drought, prices, reuse, meters) is one or two topic segments:
    it got 4 points (one per 8 sentences) and lost the part on prices. Each part is now covered once before any is
    covered twice, and a short event gets a point per part; each quote and body statement comes from its part."""
    from confsynth.ingest import read_transcript

    path = tmp_path / "water-panel.txt"
    path.write_text(WATER_PANEL, encoding="utf-8")
    event = analyse_event(read_transcript(path).turns, Config(translator="none"), models)
    tks = choose_takeaways(event, Config(translator="none"))
    parts = {"leaks": ("pipes", "leak repair", "one litre"), "drought": ("drip", "drought", "harvest"),
             "prices": ("prices", "tariff", "cheap"), "reuse": ("reuse", "wastewater", "treated water"),
             "meters": ("meters", "hand once")}

    def part(text: str) -> set[str]:
        return {p for p, words in parts.items() if any(w in text.casefold() for w in words)}

    heads = [next(iter(t.headline.values())) for t in tks]
    assert len(tks) == 5
    assert set().union(*(part(h) for h in heads)) == set(parts)
    for t, h in zip(tks, heads):
        for said in [q.text for q in t.quotes] + [q.text for q in t.support]:
            assert not part(said) or part(said) & part(h), (h, said)


def test_a_speaker_saying_who_they_are_gives_no_statement_and_no_quote_opening():
    """A public meeting's residents open their turn on their own name: « Gérard Moulin, j'habite la cité des Chênes
    depuis quarante ans. » was a body statement, and « Julien Perrot, association Montreval en transition. » the
    start of a quote. Who the speaker is goes to the speakers list, not under a point."""
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _says_own_name

    said = [("Gérard Moulin (habitant)", ["Gérard Moulin, j'habite la cité des Chênes depuis quarante ans.",
                                          "Le bureau de poste va fermer en juin."]),
            ("Karima Haddad (Collectif)", ["Oui, Karima Haddad, du collectif des locataires.", "Nos loyers montent."]),
            ("Julien Perrot", ["Bonsoir.", "Julien Perrot, association Montreval en transition."]),
            ("Anna Berg", ["Paul Roy, you ran the pilot."]),
            ("Jean-Marc Lefort", ["Merci.", "Sur la Poste, nous avons négocié une agence.",
                                  "Jean-Marc Lefort, c'est moi, et je réponds."])]
    turns, sentences = [], []
    for t, (label, texts) in enumerate(said):
        turns.append(Turn(t, label, " ".join(texts), "t.txt", (Segment(0, None, None),)))
        offset = 0
        for text in texts:
            sentences.append(Sentence(len(sentences), t, offset, offset + len(text), text, label, "fr",
                                      content_words=5))
            offset += len(text) + 1
    assert [s.text for s, m in zip(sentences, _says_own_name(sentences, turns)) if m] == [
        "Gérard Moulin, j'habite la cité des Chênes depuis quarante ans.",
        "Oui, Karima Haddad, du collectif des locataires.",
        "Julien Perrot, association Montreval en transition."]


def test_a_question_from_the_room_opens_an_exchange():
    """The chair's call to the room (« Une question de la salle, rapidement. ») and the question asked from it start
    what the answers are about: a roundtable's answer on local opposition to mines had run on with the panel's
    debate on recycling."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("Marek Kowalski", ["Recycling cannot cover the growth in demand.", "We need primary production as well."]),
        ("Anne-Laure Dubois", ["Une question de la salle, rapidement."]),
        ("Sofia Lindqvist", ["What about local opposition to mines?"]),
        ("Hélène Moreau", ["Si on ne partage pas la valeur avec les territoires, il n'y aura pas de mines."]),
    ])
    roles = {"Anne-Laure Dubois": "moderator", "Sofia Lindqvist": "audience"}
    ids = exchanges(sentences, [0] * len(sentences), turns, roles)
    assert list(ids) == [0, 0, 1, 2, 2]


@pytest.mark.parametrize("said, adds", [
    ("I would add one thing: we also need strategic partnerships.", True),
    ("On recycling, I'd add a word of caution.", True),
    ("I would add that the market is tiny.", False),
])
def test_a_panelist_adding_an_item_without_numbering_it(said, adds):
    from confsynth.takeaways import _ADDS_ITEM

    assert bool(_ADDS_ITEM.search(said)) is adds


def test_a_guest_presented_or_a_chair_saying_who_she_is_makes_no_key_message():
    """The chair's "David Chen is headteacher of Northfield Academy…" and « Je suis Marie Dupont, responsable des
    études au Cercle… » were key messages of their events."""
    from confsynth.takeaways import _SELF_INTRO, _presents_someone

    turns, sentences = _talk([
        ("Rachel Okafor", ["I'm Rachel Okafor, and I'll be chairing today.",
                           "David Chen is headteacher of Northfield Academy, which ran one of the first pilots.",
                           "David, what happened in your pilot?"]),
        ("David Chen", ["David Chen is not a name my pupils use, they call me sir.",
                        "Teachers saved five hours a week on planning."]),
    ])
    assert list(_presents_someone(sentences, turns)) == [False, True, False, False, False]
    assert _SELF_INTRO.search("Je suis Marie Dupont, responsable des études au Cercle, et je vais animer l'échange.")
    assert _SELF_INTRO.search("Soy Lucía Martín, investigadora del Instituto, y voy a moderar el debate.")
    # a post with a prefix: the chair's own introduction was a public meeting's eighth key message
    assert _SELF_INTRO.search("Je suis Sophie Lemaire, vice-présidente de la Métropole de Valmont chargée des "
                              "mobilités, et je préside cette réunion publique.")


@pytest.mark.parametrize("said, framing", [
    ("Four things, and then hopefully we'll have some time for questions.", True),
    ("I want to share four things I've learned.", True),
    ("Je voudrais vous proposer cinq constats.", True),
    ("Nos acompañan Javier Ortega y Carmen Ruiz.", True),
    ("We share the same goals as the unions.", False),
    ("Je vais essayer de tenir dans les temps, ce qui n'est pas mon fort.", True),
    ("Si je déborde, faites-moi signe, Paul, au fond, a un chronomètre.", True),
    # the speaker's career, and the answer's courtesy to the room
    ("Avant ça, j'ai passé une quinzaine d'années à l'agence de l'eau, donc le sujet, je le connais.", True),
    ("It's a fair question, and honestly, I share your frustration.", True),
    # a debate's time-keeping (the seventh review's journalist)
    ("Chacun aura deux minutes pour répondre, et je serai stricte sur le temps.", True),
    ("You each have two minutes to answer.", True),
])
def test_a_talk_s_plan_is_framing(said, framing):
    from confsynth.takeaways import _META

    assert bool(_META.search(said)) is framing


@pytest.mark.parametrize("said, language, leans", [
    ("Il faut les faire revenir, avec un statut fiscal stable sur 20 ans.", "fr", True),
    ("Nous l'avons fait grâce au fonds de la région.", "fr", True),
    ("Un dirigeant n'a ni le temps ni les compétences pour s'y retrouver.", "fr", True),
    ("We just don't want it to take five years.", "en", True),
    ("Politicians need to hear that, because the fear of the backlash is bigger.", "en", True),
    # a demonstrative or a count for what was said before (the sixth review's interview and webinar)
    ("In those services we saw councils use compressed hours or rota changes instead.", "en", True),
    ("The two that got worse were both in housing repairs.", "en", True),
    ("The Nordic and Baltic markets are the proof of that.", "en", True),
    ("Dans ces services-là, on a vu des résultats mitigés.", "fr", True),
    ("Les pays nordiques en sont la preuve.", "fr", True),
    ("These days, most buses in the city run every ten minutes.", "en", False),
    ("We talked about that at length in the first session of the day.", "en", False),
    # an article is no pronoun, nor an "it" that the sentence explains
    ("Il faut les moyens de financer la rénovation des écoles.", "fr", False),
    ("We need to make it clear that the budget is fixed.", "en", False),
    ("Put guidance at the centre of adult learning, so the people who need training most actually get it.", "en",
     False),
])
def test_a_headline_that_leans_on_a_pronoun_for_what_was_said_before(said, language, leans):
    from confsynth.takeaways import needs_context

    assert needs_context(said, language) is leans


def test_a_name_of_several_words_is_one_concept():
    """« Saint-Pierre-des-Corps » made five concepts (three words and two pairs): a statement on a logistics site
    near its station went under the point on a night bus to it. A name is one concept, whatever its hyphens."""
    from confsynth.records import Sentence
    from confsynth.takeaways import _concepts

    def concepts(text, language="fr"):
        return _concepts(Sentence(0, 0, 0, len(text), text, "s1", language), bigrams=True)

    bus = concepts("On lance une ligne de soirée entre le CHU et Saint-Pierre-des-Corps, jusqu'à minuit.")
    site = concepts("Un premier site logistique est à l'étude près de la gare de Saint-Pierre-des-Corps.")
    assert len(bus & site) == 1
    assert len(concepts("Karim Benali et Marc Aubert sont d'accord sur l'Île-de-France.")
               & concepts("Marc Aubert voit l'Île-de-France autrement.")) == 2   # two names: two concepts
    # a word before the name is not part of it, and a run of stop words is no name
    assert "sweden" in concepts("In Sweden, dynamic tariffs shifted the load.", "en")
    assert "dire" not in " ".join(concepts("C'est-à-dire que les tarifs baissent vraiment."))


def test_talk_verbs_and_vague_nouns_link_no_statement_to_a_point():
    """« je veux le dire, parce qu'on entend beaucoup de choses » shared « veux » and « chose » with « Je veux juste
    ajouter une chose : les vélos… », and went under the cycling point."""
    from confsynth.records import Sentence
    from confsynth.takeaways import _concepts

    a = _concepts(Sentence(0, 0, 0, 10, "Je veux le dire, parce qu'on entend beaucoup de choses.", "s1", "fr"))
    b = _concepts(Sentence(1, 0, 0, 10, "Je veux juste ajouter une chose : les vélos, très bien.", "s2", "fr"))
    assert not a & b
    c = _concepts(Sentence(2, 0, 0, 10, "I think we want to know what it means.", "s1", "en"))
    assert not c


@pytest.mark.parametrize("said, announces", [
    ("Lesson one.", True),
    ("Now, before I get to lesson two, a little detour, because somebody asked me about this.", True),
    ("Right, I can see the organisers looking at the clock, so let me wrap up.", True),
    ("Point one of the agenda is approved.", False),
    ("We need to wrap up the project by May.", False),
    ("On prices, a word of caution.", True),
    ("Sur la téléconsultation, en revanche, je veux être prudente.", True),
    ("Nous proposons aussi une tarification progressive de l'eau.", True),
    ("We also propose a cap on fees.", True),
    ("Sur ce point, je suis d'accord.", False),
    ("Nous proposons une tarification progressive.", False),
])
def test_a_warning_a_contrast_or_a_further_proposal_is_a_new_item(said, announces):
    from confsynth.takeaways import _NEW_ITEM

    assert bool(_NEW_ITEM.search(said)) is announces


def test_a_talk_s_next_paragraph_announcing_an_item_starts_an_exchange():
    """A lecture written in paragraphs has one speaker and a turn per paragraph: « Cinquième et dernière idée : … »
    opening one is her next item (a chair's « Deuxième sujet… » opening a turn frames someone else's answer)."""
    from confsynth.takeaways import exchanges

    turns, sentences = _talk([
        ("helene", ["La réutilisation des eaux usées doit décoller.", "La France en réutilise moins de 1 %."]),
        ("helene", ["Cinquième et dernière idée : le partage de l'eau est une question démocratique.",
                    "Les citoyens sont peu représentés."]),
        ("helene", ["Merci beaucoup."]),
    ])
    assert list(exchanges(sentences, [0] * len(sentences), turns, {})) == [0, 0, 1, 1, 1]


def test_a_closing_recap_belongs_to_the_parts_it_restates():
    """« Pour conclure, je reprends mes idées en une phrase chacune » then one sentence per idea: for covering the
    event, each recap sentence is of the part it restates (the lecture's fourth idea got a second point, from its
    own part, after its recap sentence had covered the recap)."""
    from confsynth.takeaways import restated

    _, sentences = _talk([("helene", ["a"] * 8)])
    units = np.array([0, 0, 1, 1, 2, 2, 2, 2])
    vectors = np.array([[1, 0, 0], [1, 0.1, 0], [0, 1, 0], [0, 1, 0.1], [0.5, 0.5, 0.5], [0.1, 1, 0],
                        [1, 0, 0.1], [0.9, 0.1, 0.3]], dtype=float)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sentences[4] = replace(sentences[4], text="Pour conclure, je reprends mes deux idées en une phrase chacune.")
    assert list(restated(units, sentences, vectors, {})) == [0, 0, 1, 1, 0, 1, 0, 0]
    # no recap announced: the closing part is a part of its own
    sentences[4] = replace(sentences[4], text="Pour conclure, une dernière idée.")
    assert list(restated(units, sentences, vectors, {})) == list(units)


def test_a_talk_that_announces_its_points_gets_that_many_and_one_more():
    """A keynote that shares "four things I've learned" got 8 key messages, four of them twice; it gets five (its
    four and one for its conclusion or a point made on the way). Only one speaker's talk says so for the event."""
    from confsynth.takeaways import announced_points, auto_count

    _, talk = _talk([("sarah", ["Thank you.", "And I want to share four things I've learned."] + ["Point."] * 60)])
    assert announced_points(talk, {}) == 4
    assert auto_count(len(talk), 0, 4) == 5 and auto_count(len(talk)) == 7
    assert auto_count(20, 0, 5) == 3   # (a short talk keeps one point per 8 sentences at most)
    _, lecture = _talk([("helene", ["Ce soir, je voudrais vous proposer cinq idées, pas plus."] + ["a."] * 40)])
    assert announced_points(lecture, {}) == 5
    # a panelist's three points are not the panel's
    _, panel = _talk([("chair", ["Welcome."] * 10), ("ana", ["I'll make three quick points."] + ["b."] * 10),
                      ("ben", ["c."] * 20)])
    assert announced_points(panel, {"chair": "moderator"}) == 0
    _, family = _talk([("ana", ["I have two kids and three dogs."] + ["d."] * 30)])
    assert announced_points(family, {}) == 0
    # points of two kinds add up, the plan said again counts nothing more, and "two things" only counted them: a
    # keynote of three lessons and two recommendations got 3 key messages
    _, keynote = _talk([("lucia", ["I want to do two things today.", "I want to share three lessons, and then I "
                                   "want to make two recommendations.", "Three lessons, two recommendations."]
                         + ["e."] * 60)])
    assert announced_points(keynote, {}) == 5


@pytest.mark.parametrize("said", [
    "La première porte sur le constat, et les quatre autres sur ce qu'on peut faire concrètement.",
    "The first is about the problem, the other three about what to do.",
    "J'essaierai de tenir dans les quarante minutes, enfin, j'essaierai.",
])
def test_a_talk_s_layout_and_its_time_are_framing(said):
    from confsynth.takeaways import _META

    assert _META.search(said)
    assert not _META.search("The first vote passed and the other two failed.")


def test_a_recap_s_numbers_are_cut_from_its_headlines():
    assert make_headline("One: you're not too small to be a target, because attackers don't pick you.", "en") == \
        "You're not too small to be a target, because attackers don't pick you."
    assert make_headline("Deux : une sauvegarde jamais restaurée n'est pas une sauvegarde.", "fr") == \
        "Une sauvegarde jamais restaurée n'est pas une sauvegarde."


def test_a_last_item_s_label_is_cut_from_its_headline():
    assert make_headline("Cinquième et dernière idée : le partage de l'eau est une question démocratique, pas"
                         " seulement technique.", "fr").startswith("Le partage de l'eau est")
    assert make_headline("Fourth and final point: we need buses in every town.", "en") == \
        "We need buses in every town."


READING_KEYNOTE = [
    ("Anna Lopez", "Thank you, and good morning everyone. My name is Anna Lopez, I run the reading programme at the"
                   " Northfield Library Trust. I've got three lessons for you this morning. The first one is that"
                   " children read more when they choose their own books. The second is that reading aloud at home"
                   " matters more than any reading app. And the third is that libraries must open when families are"
                   " actually free. Let's go."),
    ("Anna Lopez", "Lesson one. Children read more when they choose their own books. In our pilot schools, pupils"
                   " who picked their own books borrowed about twice as many books over the year as pupils given a"
                   " reading list. Comics and football magazines count, honestly they do. Reading lists written by"
                   " adults put a lot of children off reading for years. So we now let every child pick three books a"
                   " month, with no list at all."),
    ("Anna Lopez", "Now, before lesson two, a little detour, because someone asked me about e-readers over coffee."
                   " E-readers are fine, but the screen is not what makes a child read. The families who gave up on"
                   " paper books did not read more on tablets, they simply read less. Okay, detour over."),
    ("Anna Lopez", "Lesson two. Reading aloud at home matters more than any reading app. Parents who read to their"
                   " children for ten minutes every evening saw vocabulary scores rise faster than any app we"
                   " tested. The apps kept children busy, but they did not make them talk about the stories. We"
                   " give every family a bag of picture books and a short guide on reading aloud."),
    ("Anna Lopez", "Lesson three. Libraries must open when families are actually free. Most of our branches closed"
                   " at five in the afternoon, when parents were still at work. When four branches opened until"
                   " eight in the evening and on Sunday mornings, visits by families with young children doubled"
                   " within a year. Opening hours cost money, but an empty library costs more."),
    ("Anna Lopez", "Right, I can see the clock, so let me wrap up. Three lessons. One: children read more when they"
                   " choose their own books, so let them pick, comics included. Two: reading aloud at home every"
                   " evening matters more than any reading app. Three: libraries must open in the evenings and at"
                   " weekends, when families are actually free. Thank you very much."),
]


def test_a_talk_with_a_plan_and_a_recap_gets_each_point_once(models):
    """A keynote that announces three lessons, makes them (with a detour on the way), then recaps them: its plan
    and its recap say every lesson again, and the review's keynote got its first lesson twice (from the recap
    and from its body) and its third not at all. Each lesson is a key message once, and the detour one more."""
    event, tks = takeaways_for(READING_KEYNOTE, models)
    assert len(tks) == 4
    lessons = {"choose": 0, "aloud": 0, "open": 0}
    for t in tks:
        head = next(iter(t.headline.values())).casefold()
        for word in lessons:
            lessons[word] += word in head
    assert lessons == {"choose": 1, "aloud": 1, "open": 1}, [next(iter(t.headline.values())) for t in tks]
    # the plan and the recap say the lessons again: no body statement of the point they restate
    for t in tks:
        assert not any(s.text.startswith(("The first one is", "The second is", "Two:", "Three:", "One:"))
                       for s in t.support)


def test_a_moderator_s_spanish_self_introduction_is_no_point():
    from confsynth.takeaways import _SELF_INTRO

    assert _SELF_INTRO.search("Soy Lucía Martínez, periodista de Diario de Mallorca, y voy a moderar esta mesa.")
    assert _SELF_INTRO.search("Sono Marco Rossi, giornalista del Corriere, e modero questo incontro.")


def test_spanish_opening_marks_open_the_next_sentence():
    """The rule sentencizer (no Spanish model installed) left « ¿ » at the end of the sentence before, and a
    headline read « …tiendas de souvenirs y brunchs. ¿. »"""
    from confsynth.nlp import analyze_texts

    text = "Ahora hay tiendas de souvenirs y brunchs. ¿Qué hacen ustedes? ¡Nada! Bueno."
    spans = analyze_texts([text], ["es"])[0].sentences
    assert [text[s:e] for s, e in spans] == ["Ahora hay tiendas de souvenirs y brunchs.", "¿Qué hacen ustedes?",
                                             "¡Nada!", "Bueno."]


def test_a_host_presenting_a_diarized_guest_is_no_key_message(models):
    """"Alan Brooks is the mayor of Millbrook, a town of about 40,000 people…" was a podcast's key message: its
    guests are labelled SPEAKER_01 and SPEAKER_02, named only by the speakers' directory."""
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _presents_someone

    turns = [Turn(0, "SPEAKER_00", "x", "t.txt", (Segment(0, None, None),))]
    said = "Alan Brooks is the mayor of Millbrook, a town of about 40,000 people, which runs a participatory budget."
    sentences = [Sentence(0, 0, 0, len(said), said, "SPEAKER_00", "en")]
    assert not _presents_someone(sentences, turns)[0]
    assert _presents_someone(sentences, turns, ["Rachel Kim", "Alan Brooks"])[0]


@pytest.mark.parametrize("case, told, language", [
    ("Dans la vraie vie, un couple de retraités qui a une maison de 1975 ne va pas signer un devis de cinquante "
     "mille euros.", "Dans notre région, un couple de retraités qui a une maison de 1975 ne va pas signer un devis "
     "de cinquante mille euros.", "fr"),
    ("For example, a family in Leeds lost its home because the insurer refused to cover the flood damage.",
     "In our region, a family in Leeds lost its home because the insurer refused to cover the flood damage.", "en"),
    # a person of the story given a name of convenience
    ("L'an dernier, j'ai un élève de terminale, je vais l'appeler Mehdi, qui me rend un devoir maison parfait.",
     "L'an dernier, j'ai un élève de terminale, un garçon très discret, qui me rend un devoir maison parfait.", "fr"),
    ("In my second week, one of the drivers, I'll call him Dave, stopped me in the canteen to talk about stress.",
     "In my second week, one of the drivers, a quiet man, stopped me in the canteen to talk about his stress.", "en"),
])
def test_a_case_told_as_an_example_is_a_weaker_headline(case, told, language):
    """« Dans la vraie vie, un couple de retraités… » was a headline where the speaker's claim (« je préfère une
    rénovation par étapes… ») was only quoted: a case opened as an example illustrates a point it does not state."""
    from confsynth.takeaways import TakeawayConfig

    assert 0 < _fitness(case, language) <= 1.1 * TakeawayConfig().anecdote_factor * _fitness(told, language)


def test_a_retort_said_with_an_exclamation_mark_is_a_weaker_headline():
    """« Le parking relais, il est à un kilomètre et demi de la rue Nationale ! » was a public meeting's key message:
    a retort in the heat of the exchange, not the claim an editor would head a message with."""
    from confsynth.takeaways import EXCLAIMED_HEADLINE

    said = "Le parking relais, il est à un kilomètre et demi de la rue Nationale, personne ne va le prendre"
    assert 0 < _fitness(said + " !") <= 1.01 * EXCLAIMED_HEADLINE * _fitness(said + ".")


def test_what_someone_from_the_room_says_of_themselves_is_no_statement():
    """« Selon un·e participant·e de la salle, « Je travaille au service développement économique de la mairie de
    Tourcoing. » » was printed in a body: who asks, not what is said."""
    from confsynth.records import Sentence
    from confsynth.takeaways import _describes_self

    said = ["Bonjour, je travaille au service développement économique de la mairie de Tourcoing.",
            "Je suis enseignante en licence de droit.", "I work for a housing association in Leeds.",
            "Je travaille depuis vingt ans sur ces questions et les aides n'arrivent jamais à temps aux associations.",
            "Je suis inquiète pour les petites associations du quartier."]
    sentences = [Sentence(i, i, 0, len(t), t, "s9", "fr") for i, t in enumerate(said)]
    assert list(_describes_self(sentences, {"s9": "audience"})) == [True, True, True, False, False]
    # (a panellist's post is the chair's business: only the first words they say of themselves are no statement)
    assert list(_describes_self(sentences, {"s9": "speaker"})) == [True, False, False, False, False]
    # "Tom, I run a small engineering firm in Sheffield, about thirty people." was a keynote's key message
    tom = [Sentence(0, 0, 0, 10, "Thank you for the talk.", "s1", "en"),
           Sentence(1, 1, 0, 70, "Tom, I run a small engineering firm in Sheffield, about thirty people.", "s5", "en"),
           Sentence(2, 1, 0, 40, "I run a workshop on wages next week.", "s5", "en")]
    assert list(_describes_self(tom, {"s5": "speaker"})) == [False, True, False]


def test_what_a_panellist_says_of_their_organisation_as_they_present_themselves_is_no_point():
    """"We are a retail group, supermarkets and some online business, with about eighteen thousand employees in
    Norway, Sweden and Finland." was the sample panel's eighth key message; said later, of what the group does,
    a sentence on "we" is a claim."""
    from confsynth.records import Sentence
    from confsynth.takeaways import _describes_self

    said = ["Yes, thank you, Hannah.", "Hello everyone.",
            "I'm Jonas Lindholm, I'm head of workforce strategy at Nordlys Group.",
            "We are a retail group, supermarkets and some online business, with about eighteen thousand employees in"
            " Norway, Sweden and Finland.",
            "So I'm not a researcher."]
    later = ["Nous sommes une coopérative de quarante salariés à Lyon.",
             "We are a company that has trained every cashier on the new tills since 2022."]
    sentences = [Sentence(i, 0, 0, len(t), t, "s5", "en") for i, t in enumerate(said)]
    sentences += [Sentence(5 + i, 1, 0, len(t), t, "s5", "en") for i, t in enumerate(later)]
    assert list(_describes_self(sentences, {"s5": "speaker"})) == [False, False, False, True, False, False, False]
    # (in the first turn, the French presentation too)
    first = [Sentence(0, 0, 0, 10, "Merci.", "s2", "fr"), Sentence(1, 0, 0, 60, later[0], "s2", "fr")]
    assert list(_describes_self(first, {"s2": "speaker"})) == [False, True]


def test_what_the_speaker_reads_everywhere_before_rebutting_it_is_no_claim():
    """"Every week I read that AI is going to transform the state…" was printed as the keynote's key message; the
    speaker went on "That is not what I see"."""
    from confsynth.takeaways import _STRAWMAN

    assert _STRAWMAN.search("Every week I read that AI is going to transform the state, that we're going to have "
                            "robot caseworkers.")
    assert _STRAWMAN.search("On lit partout que la voiture électrique est trop chère pour les ménages modestes.")
    assert not _STRAWMAN.search("Every week we publish the waiting times of every hospital.")
    # ... nor what the speaker does not dispute, before what they do
    assert _STRAWMAN.search("Je veux d'abord dire que notre groupe ne conteste pas la rénovation de l'école Jules-Ferry.")
    assert _STRAWMAN.search("We're not against the scheme, we just want the money to come first.")


INTERPRETED = """\
Camille Rousseau : Bonjour à tous. Anneke Vermeulen, de la Commission européenne, s'exprimera en anglais. Anneke ?

Anneke Vermeulen: Thank you. The European Social Fund Plus has a budget of 99.3 billion euros for 2021 to 2027. \
Member states must dedicate at least 25 percent of it to social inclusion. Social innovation should not stay in \
small pilots, it has to be scaled up into public policy.

[traduction] L'interprète : Mme Vermeulen rappelle que le FSE+ dispose de 99,3 milliards d'euros, dont 25 % pour \
l'inclusion sociale, et que l'innovation sociale doit passer des projets pilotes aux politiques publiques.

Mathieu Girard : Les fonds européens ne vont pas aux petites associations. Sur quatre-vingts associations que nous \
accompagnons, six seulement ont touché du FSE. Une association de cinq salariés ne peut pas avancer cent mille euros \
pendant deux ans.

[traduction] L'interprète : Mr Girard says European funds do not reach small associations, and that a small \
association cannot advance one hundred thousand euros for two years.

Anneke Vermeulen: I agree with the diagnosis. The rules already allow simplified costs and advances, but national \
authorities are afraid of audits and add their own requirements.
"""


def test_the_interpreter_is_never_quoted_nor_a_key_message(models, tmp_path):
    """The interpreter's French summary of an official's answer was the synthesis' first headline, under the
    official's name; the interpreter is a voice of its own, never a point, a statement or a quote."""
    from confsynth.ingest import read_transcript

    path = tmp_path / "atelier.txt"
    path.write_text(INTERPRETED, encoding="utf-8")
    event = analyse_event(read_transcript(path).turns, Config(translator="none"), models)
    booth = next(s for s in event.directory.speakers if s.role == "interpreter")
    assert booth.name is None and booth.label == "Interpreter"
    tks = choose_takeaways(event, Config(translator="none", takeaways=4))
    assert tks
    for tk in tks:
        for q in (*tk.quotes, *tk.support, *((tk.said,) if tk.said else ())):
            assert q.speaker_id != booth.id
            assert "interprète" not in q.text.casefold() and "Mr Girard says" not in q.text


def test_a_sentence_that_states_a_figure_is_a_fitter_key_message():
    """Every review found the figures an editor builds the post around missing ("motor traffic fell by 42 percent",
    « 42 % de ses ressources au logement »): a figure raises a sentence's fitness; a year alone is no figure."""
    from confsynth.nlp import analyze_texts, content_profile, is_clause
    from confsynth.records import Sentence

    def fitness(text, language, **factor):
        analysis = analyze_texts([text], [language])[0]
        words, verb = content_profile(analysis, 0, len(text))
        s = Sentence(0, 0, 0, len(text), text, "s1", language, content_words=words, has_verb=verb,
                     is_clause=is_clause(analysis, 0, len(text)))
        return headline_fitness(s, "speaker", **factor)

    for text, language in (("On the residential streets inside the area, motor traffic fell by 42 percent.", "en"),
                           ("Un étudiant qui vit seul consacre en moyenne quarante-deux pour cent de ses ressources "
                            "au logement.", "fr")):
        plain = fitness(text, language, figure_factor=1.0)
        boosted = fitness(text, language)
        assert 0 < plain < boosted == pytest.approx(TakeawayConfig().figure_factor * plain)
    year = "In 2019 the council decided to close the residential streets to through traffic."
    assert fitness(year, "en") == pytest.approx(fitness(year, "en", figure_factor=1.0))


def test_a_self_introduction_from_the_floor_is_no_point():
    """« Karima Touati, je suis présidente de l'association Les Petites Pousses, à Saint-Denis, on fait de l'aide aux
    devoirs… » was cut after « l'association » and its tail printed as a key message; it is one sentence, and a
    self-introduction."""
    from confsynth.nlp import analyze_texts
    from confsynth.takeaways import _SELF_INTRO

    text = ("Bonjour, merci. Karima Touati, je suis présidente de l'association Les Petites Pousses, à Saint-Denis, on "
            "fait de l'aide aux devoirs et des jardins partagés. Ma question est simple.")
    a = analyze_texts([text], ["fr"])[0]
    sentences = [text[s:e] for s, e in a.sentences]
    assert sentences[1].startswith("Karima Touati, je suis présidente de l'association Les Petites Pousses")
    assert _SELF_INTRO.search(sentences[1])
    assert _SELF_INTRO.search("Hi, David Chen, I'm a nurse at Guy's Hospital.")
    assert not _SELF_INTRO.search("In Poland, I think we need far more electricians than we train.")


def test_words_quoted_then_said_again_are_not_the_speaker_s_point():
    """« She said: "I wear my coat in the kitchen, and I go to bed at seven because the bed is the only warm place."
    I go to bed at seven because the bed is the only warm place. »: a pensioner's words, printed as the keynote
    speaker's key message."""
    from confsynth.records import Segment, Sentence, Turn
    from confsynth.takeaways import _echoes_a_quotation

    text = ('She told me: "I wear my coat in the kitchen, and I go to bed at seven because the bed is the only warm '
            'place." I go to bed at seven because the bed is the only warm place. Her house leaks heat, and that is '
            'what we must fix first.')
    turn = Turn(0, "Helena Varga", text, "k.txt", (Segment(0, 1),), "en")
    cuts = [0, text.index("I go to bed at seven because the bed is the only warm place. Her"), text.index("Her house")]
    ends = cuts[1:] + [len(text)]
    sentences = [Sentence(i, 0, a, b, text[a:b].strip(), "s1", "en") for i, (a, b) in enumerate(zip(cuts, ends))]
    assert _echoes_a_quotation(sentences, [turn]).tolist() == [False, True, False]


@pytest.mark.parametrize("text, language, headline", [
    ("Cities should, euh, sorry, should lobby their ministries now for a renovation fund for schools.", "en",
     "Cities should lobby their ministries now for a renovation fund for schools."),
    ("Si on libère ne serait-ce que 10 % du temps médical, euh, pardon, si on libère 10 % du temps des généralistes, "
     "on gagne des milliers de consultations.", "fr",
     "Si on libère 10 % du temps des généralistes, on gagne des milliers de consultations."),
    ("My point is: if you want people to repair, repair must be cheaper than replacing.", "en",
     "If you want people to repair, repair must be cheaper than replacing."),
])
def test_a_headline_cuts_what_the_speaker_corrected(text, language, headline):
    """Reviews AV and AW: "Cities should, euh, sorry, should lobby…" was printed "Cities should sorry, should lobby…",
    « …du temps médical, euh, pardon, si on libère… » « …du temps médical pardon, si on libère… », and "to repair,
    repair must" lost its second "repair"."""
    assert make_headline(text, language) == headline


@pytest.mark.parametrize("text, language, headline", [
    ("My view is that the cross-border lines, the big interconnectors, are a European public good.", "en",
     "The cross-border lines, the big interconnectors, are a European public good."),
    ("Our study shows that wages in the social sector are on average twenty per cent below the rest of the economy.",
     "en", "Wages in the social sector are on average 20% below the rest of the economy."),
    ("What we found is that about 40 per cent of patients on those wards chose the small portion.", "en",
     "About 40 per cent of patients on those wards chose the small portion."),
    ("The grant money, in my view, should go first to the cities that are least bankable.", "en",
     "The grant money should go first to the cities that are least bankable."),
    ("Moi, ce que je vois, c'est que sans encadrement, chaque logement social est compensé par des logements privés "
     "inaccessibles.", "fr",
     "Sans encadrement, chaque logement social est compensé par des logements privés inaccessibles."),
    ("Nos études montrent qu'un menu végétarien bien conçu coûte en moyenne 20 % de moins qu'un menu carné.", "fr",
     "Un menu végétarien bien conçu coûte en moyenne 20 % de moins qu'un menu carné."),
    ("Ma conviction, c'est que les communes doivent garder la main sur le foncier.", "fr",
     "Les communes doivent garder la main sur le foncier."),
    ("De mon point de vue, la gratuité des transports n'est pas la priorité.", "fr",
     "La gratuité des transports n'est pas la priorité."),
    # an estimate said rough keeps its "around"; said exact, it keeps its frame
    ("In our estimate the EU needs around four hundred billion euros a year of additional investment.", "en",
     "The EU needs around 400 billion euros a year of additional investment."),
    ("In our estimate the EU needs four hundred billion euros a year of additional investment.", "en",
     "In our estimate the EU needs 400 billion euros a year of additional investment."),
    ("Selon nos estimations, il manque 300 000 logements sociaux dans la région.", "fr",
     "Selon nos estimations, il manque 300 000 logements sociaux dans la région."),
    # a view on a figure right after it stays a guess
    ("My sense is that about thirty percent of our tenants are behind on their rent.", "en",
     "My sense is that about 30% of our tenants are behind on their rent."),
    # what the speakers did is the finding; experience says what the claim rests on; "that of" is no claim
    ("We found that nothing works when the tenants are not asked first.", "en",
     "We found that nothing works when the tenants are not asked first."),
    ("In my experience, tenants never read the letters the council sends them.", "en",
     "In my experience, tenants never read the letters the council sends them."),
    ("My view is that of the Commission, which has said so many times.", "en",
     "My view is that of the Commission, which has said so many times."),
])
def test_a_headline_states_the_claim_not_whose_view_it_is(text, language, headline):
    """The regression set's keynotes and panels: "My view is that the cross-border lines…", "Our study shows that
    wages…", « Ce que je vois, c'est que sans encadrement… » opened headlines with whose view or source the claim was
    (the speaker is named under the headline); an estimate whose figure would read as exact keeps its frame."""
    assert make_headline(text, language) == headline


def test_a_headline_ends_on_one_mark():
    """« …il y a encore des gens qui arrivent… Voilà. » was printed « …qui arrivent…. » (regression set, the public
    meeting on avenue Jaurès): the « Voilà » went and its full stop stayed after the speaker's own end."""
    assert make_headline("Il y a encore des gens qui arrivent dans la salle… Voilà.", "fr") == \
        "Il y a encore des gens qui arrivent dans la salle…"
    assert make_headline("We will wait another minute, people are still coming in… Basically.", "en") == \
        "We will wait another minute, people are still coming in…"


def _sentences(said, language="en"):
    """Sentences of turns given as (speaker, [sentence, ...]), one turn each."""
    from confsynth.records import Sentence

    out = []
    for turn, (who, texts) in enumerate(said):
        for text in texts:
            out.append(Sentence(len(out), turn, 0, len(text), text, who, language))
    return out


def test_what_someone_from_the_room_does_is_no_point():
    """« Je suis travailleur social dans un centre d'hébergement. », from the floor, was a keynote's sixth key message,
    read as the psychiatrist's own words (review AZ)."""
    from confsynth.takeaways import _describes_self

    said = _sentences([("s1", ["Le logement d'abord, ça marche, et ça ne coûte pas plus cher."]),
                       ("s2", ["Bonsoir, merci pour cette présentation.",
                               "Je suis travailleur social dans un centre d'hébergement.",
                               "Ma question, c'est : est-ce que ça ne pose pas de problèmes ?"]),
                       ("s3", ["Je suis allé à la mairie trois fois et personne ne m'a répondu."])], "fr")
    assert _describes_self(said, {"s1": "speaker", "s2": "audience", "s3": "audience"}).tolist() == [
        False, False, True, False, False]


@pytest.mark.parametrize("text", [
    "We have one from the live chat from sarah.",   # (review BA: the Q&A's housekeeping, a key message)
    "I should declare that I'm a member of the Riverwatch Trust, as are, I think, a few thousand of my constituents.",
    "Je dois déclarer que je suis adhérente de l'association.",
])
def test_housekeeping_and_declarations_of_interest_are_framing(text):
    """A committee member's declaration of interest was a key message (review AY), and a talk's Q&A housekeeping
    another (review BA)."""
    from confsynth.takeaways import _META

    assert _META.search(text)


def test_what_a_question_puts_to_the_witness_is_the_question():
    """"Last year your chief executive received a bonus of £480,000. Is that right?" and "Your company's business plan
    says you will spend £1.9 billion…" were a committee's key messages, "made by" the member who asked (review AY)."""
    from confsynth.takeaways import _question_premise

    said = _sentences([("m", ["Mr Denholm, money.", "Your company's business plan says you will spend £1.9 billion.",
                              "And over the same period bills will rise by 28 percent.",
                              "Why should my constituents pay twice?"]),
                       ("w", ["The £1.9 billion is the largest environmental programme in our history."]),
                       ("p", ["You can't automate taking apart a fridge.", "So why do we tax repair?"]),
                       ("c", ["Thank you."])])
    roles = {"m": "speaker", "w": "speaker", "p": "speaker", "c": "moderator"}
    assert _question_premise(said, roles).tolist() == [False, True, True, False, False, False, False, False]


def test_what_a_question_from_the_floor_rests_on_is_the_question():
    """« Je reçois beaucoup de personnes de 55 ans, licenciées, qui me demandent si ça vaut encore le coup de se
    former », then « Qu'est-ce que vous leur diriez ? »: a France Travail adviser's question from the room was a
    morning debate's fifth key message (regression set); a panellist's own case before a question stays hers."""
    from confsynth.takeaways import _question_premise

    said = _sentences([("a", ["Oui, merci, bonjour.",
                              "Je reçois beaucoup de personnes de 55 ans, licenciées, qui me demandent si ça vaut encore "
                              "le coup de se former.", "Honnêtement, je ne sais pas toujours quoi leur répondre.",
                              "Qu'est-ce que vous leur diriez ?"]),
                       ("s", ["Je leur dirais oui, sans hésiter.", "Nous avons accompagné 1 800 personnes l'an dernier.",
                              "Pourquoi l'État ne finance-t-il pas ce travail ?"]),
                       ("t", ["Parce que les crédits sont annuels."])], "fr")
    roles = {"a": "audience", "s": "speaker", "t": "speaker"}
    assert _question_premise(said, roles).tolist() == [True, True, True, False, False, False, False, False]


@pytest.mark.parametrize("text, language, headline", [
    ("So my message is: energy communities must be designed first for the households who cannot pay.", "en",
     "Energy communities must be designed first for the households who cannot pay."),
    ("My point is: low-emission zones must come with targeted compensation for poorer households.", "en",
     "Low-emission zones must come with targeted compensation for poorer households."),
    ("Mon message, c'est que le droit européen des marchés publics permet déjà de faire beaucoup.", "fr",
     "Le droit européen des marchés publics permet déjà de faire beaucoup."),
    ("Mon message, c'est donc : les citoyens sont prêts à investir dans leur alimentation.", "fr",
     "Les citoyens sont prêts à investir dans leur alimentation."),
    # (the regression set: « Je voudrais faire passer, c'est qu'il faut… » lost its start with « Le message que »)
    ("Le message que je voudrais faire passer, c'est qu'il faut financer le fonctionnement, et pas seulement les murs.",
     "fr", "Il faut financer le fonctionnement, et pas seulement les murs."),
    # (review AZ's keynote: the message the room is to remember, not recognised; the lead kept before a colon)
    ("Voilà, c'est ça, le premier message que je voudrais que vous reteniez ce soir : le logement est un droit et un "
     "outil de soin, pas une récompense.", "fr", "Le logement est un droit et un outil de soin, pas une récompense."),
    ("Le message est simple : il faut financer le fonctionnement des associations sur plusieurs années.", "fr",
     "Il faut financer le fonctionnement des associations sur plusieurs années."),
    ("So the first message I'd like you to remember tonight is that heat is a public health emergency.", "en",
     "Heat is a public health emergency."),
    ("So my message to European governments is simple: ratify it, and then put money into the patrols.", "en",
     "Ratify it, and then put money into the patrols."),
    ("So my first message is this: a congestion charge is only legitimate if the revenue is ring-fenced.", "en",
     "A congestion charge is only legitimate if the revenue is ring-fenced."),
])
def test_a_message_the_speaker_names_heads_its_point(text, language, headline):
    """Speakers flag their own key messages ("So my message is…", « Mon message, c'est que… ») and reviews AZ and BB
    found them in other points' bodies while asides headed: the sentence is preferred as a headline, without
    its signpost."""
    from confsynth.takeaways import flags_message
    from confsynth.records import Sentence

    assert make_headline(text, language) == headline
    assert flags_message(Sentence(0, 0, 0, len(text), text, "s1", language))
    assert _fitness(text, language) > _fitness(headline, language)


def test_a_numbered_message_after_a_flagged_one_is_flagged_too():
    """Camille Lefèvre's « le premier message, pour moi, c'est que… » then « Ensuite il y a un deuxième point, que je
    veux poser tout de suite pour le débat : local ne veut pas dire automatiquement durable. » (review AZ): the second
    is her message too, and its headline starts on the claim; the chair's and another turn's are not."""
    from confsynth.takeaways import flagged_messages

    said = _sentences([("c", ["Donc le premier message, pour moi, c'est que les circuits courts sont d'abord un outil de "
                              "revenu pour les agriculteurs.", "Ensuite il y a un deuxième point, que je veux poser tout "
                              "de suite pour le débat : local ne veut pas dire automatiquement durable."]),
                       ("m", ["Mon message, c'est que nous avons peu de temps.", "Deuxième point : soyez brefs."]),
                       ("n", ["Le deuxième point, c'est la logistique, qui coûte trop cher aux petits producteurs."])], "fr")
    roles = {"c": "speaker", "m": "moderator", "n": "speaker", "e": "speaker"}
    assert flagged_messages(said, roles).tolist() == [True, True, False, False, False]
    # (the regression set: the next point announced, not made)
    talk = _sentences([("e", ["So my message is that platforms must report every transaction to social security.",
                              "My fourth point, and then I'll stop and take your questions, is about skills.",
                              "My second point is about the EU database."])])
    assert flagged_messages(talk, roles).tolist() == [True, False, False]
    assert make_headline(said[1].text, "fr") == "Local ne veut pas dire automatiquement durable."


def test_a_message_its_speaker_flags_takes_a_point_in_a_topic_already_covered(models):
    """Pieter Janssens's "So my message is that citizens must own and control the energy communities…" and Benoît
    Delvaux's « mon message, c'est qu'il faut mutualiser la logistique » were no key message (review AZ): each was said
    in a discussion that had given its point to the speaker before. A speaker's own message is picked first."""
    flagged = ("Paul Roy", "So my message is that bike parking must be planned with the railway companies, at every "
                           "station, not left to each town.")
    pairs = CYCLING[:2] + [flagged] + CYCLING[2:] + CANTEENS + BROADBAND
    _, tks = takeaways_for(pairs, models, takeaways=3)
    heads = [next(iter(t.headline.values())) for t in tks]
    assert any(h.startswith("Bike parking must be planned with the railway companies") for h in heads)
    assert {topic_of(h) for h in heads if not h.startswith("Bike parking")} <= {"cycling", "canteens", "broadband"}


def test_the_view_a_rebuttal_answers_is_the_other_side():
    """Benoît Delvaux's distrust of supermarkets, under Klaus Becker's « Je comprends la méfiance, mais je ne suis pas
    d'accord », read « Benoît Delvaux ajoute » (review AZ)."""
    from confsynth.records import Segment, Turn
    from confsynth.takeaways import _rebutted_turn

    texts = [("Élodie", "Benoît, vous vouliez réagir ?"),
             ("Benoît", "Quand la grande distribution s'intéresse au local, elle prend le mot et laisse le producteur."),
             ("Klaus", "Je comprends la méfiance, mais je ne suis pas d'accord. Avec un bon contrat, un supermarché "
                       "peut être un partenaire.")]
    turns = [Turn(i, who, text, "t.txt", (Segment(0, i + 1),), "fr") for i, (who, text) in enumerate(texts)]
    said = _sentences([(who, [text]) for who, text in texts], "fr")
    roles = {"Élodie": "moderator", "Benoît": "speaker", "Klaus": "speaker"}
    assert _rebutted_turn(said, turns, 2, roles) == 1
    assert _rebutted_turn(said, turns, 1, roles) is None   # (Benoît does not disagree: no side to take)


@pytest.mark.parametrize("before, text, leans", [
    ("Today we employ forty-two people, and 60% of them were long-term unemployed.",
     "Some of them had been out of work for five, six years.", True),
    ("One of them told us: \"for the first time I'm not choosing between my job and my kids\".",
     "Now I'm not saying that's a statistic, it's one voice, but we heard that again and again.", True),
    ("Karen, a viewer, wrote to us about pay.", "I'd actually agree with Karen, and I think that's important.", True),
    ("Today we employ forty-two people.", "Every thousand tonnes we repair creates around thirty jobs.", False),
])
def test_a_quote_does_not_open_on_what_the_reader_does_not_see(before, text, leans):
    """Quotes opened on "Some of them…", "Now I'm not saying that's a statistic" and "I'd actually agree with Karen"
    (reviews AY, BA), the sentence they lean on not printed."""
    from confsynth.takeaways import opens_on_before

    assert opens_on_before(_sentences([("s1", [before, text])]), 1) is leans


def test_a_short_answer_opens_on_the_question():
    """"Yes, we have some, and good luck to them." was a quote: some what? (review AY, the host's question unseen)"""
    from confsynth.takeaways import opens_on_before

    said = _sentences([("h", ["Graham, what is it you object to?", "Because your members have adopted it."]),
                       ("g", ["Yes, we have some, and good luck to them.", "Yes, and the Treasury estimated last "
                              "year that a roll-out would need 45,000 more staff in frontline roles."])])
    assert [opens_on_before(said, i) for i in (2, 3)] == [True, False]


@pytest.mark.parametrize("text, language, headline", [
    ("My second recommendation is to extend the scheme to every town of more than 5,000 people.", "en",
     "Extend the scheme to every town of more than 5,000 people."),
    ("Our recommendation is to publish every spill within one hour.", "en", "Publish every spill within one hour."),
    ("My plea to NHS England would be to fund the pilots for three years.", "en",
     "My plea to NHS England would be to fund the pilots for three years."),
    ("Ma deuxième recommandation, c'est de financer le fonctionnement des lieux.", "fr",
     "Financer le fonctionnement des lieux."),
    ("C'est là que j'arrive au quatrième message, le plus difficile : il faut construire du logement très social.",
     "fr", "Il faut construire du logement très social."),
])
def test_a_numbered_recommendation_is_stated_not_announced(text, language, headline):
    """The regression set's keynotes: "My second recommendation is to extend…" and « C'est là que j'arrive au
    quatrième message, le plus difficile : … » kept their announcement in the headline (a list of key messages has
    its own numbers); a recommendation addressed to someone keeps who is asked."""
    assert make_headline(text, language) == headline


# A televised debate (review AY), cut to its pilot results, the South Cambridgeshire exchange, the care worker's
# question, the costs and the closing words
FOUR_DAY_WEEK_DEBATE = """\
THE MIDWEEK DEBATE - "Is the four-day week ready for the public sector?"
Broadcast: Wednesday 9 October 2024, Channel 7 News, London studio

HOST: Good evening and welcome to The Midweek Debate. I'm Sarah Kendrick. Tonight: should councils, hospitals \
and government departments move to a four-day week on full pay? It's been tried in the private sector, one \
council in Cambridgeshire has already done it, and the government says, well, not on its watch. With me in the \
studio, Dr Priya Raman, senior economist at the Work Futures Institute, which ran the largest UK pilot, and \
Graham Whitfield, director of policy at the Chamber of Independent Employers. Welcome to you both.

HOST: Priya, let's start with you. What did your pilot actually find?

RAMAN: So, we followed sixty-one organisations, about 2,900 employees, for six months in 2022. At the end of \
the trial, 56 of the 61 decided to carry on with the four-day week, and 18 made it permanent straight away. \
Revenue, on average, was broadly flat, it actually went up by 1.4 percent over the period. Sick days fell by \
65 percent. And the number of staff leaving fell by 57 percent. Those aren't, you know, those aren't small \
numbers. Recruitment and retention is the number one problem in the public sector right now.

HOST: Graham, those are striking numbers.

WHITFIELD: They are striking numbers, and I've read the report. But let's be clear about who volunteered. \
These were firms that chose to take part, mostly small, mostly office-based, a lot of marketing agencies, a \
lot of charities. The report itself says, and I quote, "participating organisations were self-selecting and \
may not be representative of the wider economy". That's on page 12. So you can't take a result from a \
volunteer group of sixty-one firms and apply it to the NHS.

RAMAN: What I'm saying is the public sector can pilot it, properly, with evaluation, department by department. \
That's exactly what South Cambridgeshire did.

HOST: Let's talk about South Cambridgeshire, because that is the one real public sector example. Graham, the \
government wasn't keen.

WHITFIELD: No, and I think the government was right. The minister told Parliament, and I quote, "a four-day \
week for five days' pay is a fantasy that the taxpayer simply cannot afford". Now, I wouldn't use the word \
fantasy myself. But the principle is right. If a bin lorry runs four days instead of five, somebody has to pay \
for the fifth day. Either you hire more people, or the bins don't get collected.

HOST: Let me put something to you, Graham. A viewer, Karen from Stockport, emailed us this afternoon. She's a \
care worker. She writes: "I do twelve-hour shifts. I don't want a four-day week, I want a living wage." What \
do you make of that?

WHITFIELD: I think Karen speaks for millions of people, honestly. For most frontline workers, the issue is \
pay, it's staffing, it's rotas. A four-day week is a, you know, it's a laptop-class debate. My members, who \
run care homes, nurseries, garages, they ask me one question: who covers the shift on Friday? And nobody has \
answered that question.

HOST: Graham, what is it specifically you object to? Because your organisation has members who've adopted it.

WHITFIELD: Yes, we have some, and good luck to them. My objection is to it being imposed, or pushed, in the \
public sector with taxpayers' money before we know what it costs. The Treasury estimated last year that a full \
roll-out across the civil service would need around 45,000 additional staff in frontline roles. Forty-five \
thousand. At an average cost of, roughly, £35,000 each, that's over one and a half billion pounds a year. \
That's not a fantasy either, that's arithmetic.

HOST: Graham, final word.

WHITFIELD: I'll be brief. I'm not against flexibility. Our own survey of 1,200 members found that 38 percent \
already offer compressed hours or some form of four-day week to at least part of their staff. What I'm against \
is the taxpayer funding an experiment in the public sector before we have evidence from the frontline. Show me \
a hospital or a bin service that's done it and I'll listen. Until then, as the minister said, the taxpayer \
cannot afford it, and I think on that, sadly, he's right.

HOST: Priya.

RAMAN: Graham and I agree on more than it sounds. We both want evidence from the frontline. So let's get it. \
Run the pilots, publish everything, and let the data decide. What I'd ask is that we stop calling it a fantasy \
before we've even tested it. Sixty-one firms tested it. Fifty-six kept it. That's not a fantasy.

HOST: Dr Priya Raman, Graham Whitfield, thank you both very much. That's all from The Midweek Debate tonight. \
Next week: is it time to raise the pension age again? Good night.
"""


def test_someone_elses_statement_said_elsewhere_is_no_support_for_a_point(models, tmp_path):
    """Priya Raman's "At the end of the trial, 56 of the 61 decided to carry on with the four-day week", from her
    pilot's results, was printed under Graham Whitfield's closing "Our own survey of 1,200 members found that 38
    percent already offer… some form of four-day week" (review AY): sharing the event's theme, it read as support
    for his survey. Said far from his point, it is no statement or quote of his."""
    from confsynth.ingest import read_transcript

    path = tmp_path / "debate.txt"
    path.write_text(FOUR_DAY_WEEK_DEBATE, encoding="utf-8")
    event = analyse_event(read_transcript(path).turns, Config(translator="none"), models)
    names = {s.id: s.name for s in event.directory.speakers}
    tks = choose_takeaways(event, Config(translator="none"))
    assert any("Whitfield" in (names.get(t.said.speaker_id) or "") for t in tks)
    for t in tks:
        if "Whitfield" in (names.get(t.said.speaker_id) or ""):
            assert not any("56 of the 61" in q.text for q in t.support + t.quotes), t.said.text


def test_the_rules_on_restatement_correction_and_leaning_back_read_what_they_say():
    """A review of this session's rules found "I'll say this: …" read as a restatement (so it backed nothing under a
    word budget), "I'd like to correct that" never read as a correction, and « Tout ce que Bruxelles impose… » read
    as leaning back on a speaker."""
    from confsynth.takeaways import _DISAGREES, _LEANS_BACK, _SAID_AGAIN

    assert not _SAID_AGAIN.match("I'll say this: the budget is far too small for the cities.")
    assert _SAID_AGAIN.match("I'll say it again: the budget is far too small for the cities.")
    assert _DISAGREES.search("I'd like to correct that, the figure is wrong.")
    assert not _LEANS_BACK.search("Tout ce que Bruxelles impose aux agriculteurs est pensé pour les grandes fermes.")
    assert _LEANS_BACK.search("Tout ce qu'a dit Daniel sur la paperasse est vrai.")
