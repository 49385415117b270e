"""Numbers said in words are written in digits in headlines, as an editor writes them."""
from __future__ import annotations

import pytest

from confsynth.numbers import words_to_digits
from confsynth.takeaways import make_headline

NBSP = "\u00a0"


@pytest.mark.parametrize("said, language, written", [
    ("On recommence en deux mille dix-sept, sur les chantiers.", "fr", "On recommence en 2017, sur les chantiers."),
    ("On commence le cinq juillet deux mille dix-sept.", "fr", "On commence le 5 juillet 2017."),
    # (after an elided article: « l'année », « jusqu'en »)
    ("L'arrêté de fin décembre de l'année deux mille seize.", "fr", "L'arrêté de fin décembre de l'année 2016."),
    ("Ils ont tenu jusqu'en deux mille douze.", "fr", "Ils ont tenu jusqu'en 2012."),
    # said with "thousand", a year after "in", « en », a month…; a count before a plural or after "around"
    ("We retrofitted four thousand buildings and created around two thousand local jobs.", "en",
     "We retrofitted 4,000 buildings and created around 2,000 local jobs."),
    ("We started in two thousand and five, with a budget of two thousand euros.", "en",
     "We started in 2005, with a budget of 2,000 euros."),
    ("On a créé environ deux mille emplois depuis deux mille dix.", "fr",
     f"On a créé environ 2{NBSP}000 emplois depuis 2010."),
    ("Un montant d'environ quatre cent mille euros.", "fr", f"Un montant d'environ 400{NBSP}000 euros."),
    ("Il y a mille six cents textes de loi par an.", "fr", f"Il y a 1{NBSP}600 textes de loi par an."),
    ("Sur les sept cent cinquante et un chantiers visités.", "fr", "Sur les 751 chantiers visités."),
    # « et » joins « vingt et un », never two numbers said in a row (« sur dix et un enseignant » is not 11)
    ("Qu'un étudiant sur dix et un enseignant sur dix soient formés, et soixante et onze écoles.", "fr",
     "Qu'un étudiant sur 10 et un enseignant sur 10 soient formés, et 71 écoles."),
    ("Between ten and twelve people came, and a hundred and fifty signed.", "en",
     "Between 10 and 12 people came, and 150 signed."),
    # a range whose scale is said once, after its second number: both ends take it (« quinze à 20 000 » said 15)
    ("Le reste à charge est encore de quinze à vingt mille euros.", "fr",
     "Le reste à charge est encore de 15\u00a0000 à 20\u00a0000 euros."),
    ("Il y avait deux ou trois cents personnes.", "fr", "Il y avait 200 ou 300 personnes."),
    ("We need fifteen to twenty thousand euros per home.", "en", "We need 15,000 to 20,000 euros per home."),
    ("Il faut dix à vingt millions d'euros.", "fr", "Il faut 10 à 20 millions d'euros."),
    # (opening the headline, both ends stay in words)
    ("Quinze à vingt mille euros, c'est dix mois de revenus.", "fr",
     "Quinze mille à vingt mille euros, c'est 10 mois de revenus."),
    # a year of this decade said as two numbers (the first was taken for a stutter: « fin 21 »)
    ("À Lyon, fin vingt vingt et un, la part des annonces a baissé.", "fr", "À Lyon, fin 2021, la part des annonces a baissé."),
    ("Since twenty twenty-two the rate has doubled.", "en", "Since 2022 the rate has doubled."),
    ("Funding is still about eight per cent lower in real terms than in twenty ten.", "en",
     "Funding is still about 8% lower in real terms than in 2010."),
    # a small number paired with a large one in a range is written as its pair
    ("A short course of eight or ten weeks gets them job-ready.", "en", "A short course of 8 or 10 weeks gets them job-ready."),
    # ... and a ratio (a headline printed « sept sur 10 »)
    ("Aujourd'hui, sept sur dix trouvent un emploi dans l'année.", "fr", "Aujourd'hui, 7 sur 10 trouvent un emploi dans l'année."),
    ("About seven out of ten young people found a job.", "en", "About 7 out of 10 young people found a job."),
    # a time of day, whole: « sept heures quarante » is 7 h 40, not « sept heures 40 »
    ("Le car passe à sept heures quarante et revient à dix-huit heures trente.", "fr",
     "Le car passe à 7\u00a0h\u00a040 et revient à 18\u00a0h\u00a030."),
    ("Soit trente pour cent du trafic.", "fr", f"Soit 30{NBSP}% du trafic."),
    # a share is written in digits whatever its size
    ("Le taux d'impayés est inférieur à deux pour cent.", "fr", f"Le taux d'impayés est inférieur à 2{NBSP}%."),
    ("Fares went up by five percent last year.", "en", "Fares went up by 5% last year."),
    ("Ils roulent à plus de trente kilomètres heure devant l'école.", "fr",
     f"Ils roulent à plus de 30{NBSP}km/h devant l'école."),
    ("Et quatre-vingt-dix élèves, soixante et onze emplois, trente-et-un projets.", "fr",
     "Et 90 élèves, 71 emplois, 31 projets."),
    ("Le budget est de cinquante millions d'euros.", "fr", "Le budget est de 50 millions d'euros."),
    ("Our selling price is twenty five Euro and the profit aim fifty million Euro.", "en",
     "Our selling price is 25 Euro and the profit aim 50 million Euro."),
    ("The chip costs one point four Euro, and we need a hundred and fifty of them.", "en",
     "The chip costs 1.4 Euro, and we need 150 of them."),
    ("You have two hundred and fifty - six different ways.", "en", "You have 256 different ways."),
    ("About twelve thousand five hundred people came.", "en", "About 12,500 people came."),
    # past the scale word, the number goes on: written in full
    ("Le projet coûte un million deux cent mille euros.", "fr", f"Le projet coûte 1{NBSP}200{NBSP}000 euros."),
    ("A budget of two million five hundred thousand Euro.", "en", "A budget of 2,500,000 Euro."),
])
def test_numbers_of_ten_or_more_are_written_in_digits(said, language, written):
    assert words_to_digits(said, language) == written


@pytest.mark.parametrize("said, language", [
    ("On a posé des compteurs pendant deux semaines en novembre.", "fr"),   # small numbers stay in words
    ("On l'a fait deux trois fois avec les parents.", "fr"),                # two numbers said together
    ("Un bâtiment neuf, mille fois mieux que l'ancien.", "fr"),             # a scale word alone
    ("Quinze communes ont signé la charte.", "fr"),                          # no sentence opens on a digit
    ("Our budget is twelve point twelve fifty for the device.", "en"),      # a price said as two numbers
    ("Back in nineteen ninety we had a thousand members.", "en"),
    ("Sept heures quarante, c'est trop tôt pour les lycéens.", "fr"),
    ("Trente ou quarante personnes sont venues au conseil de quartier.", "fr"),
    ("That makes one million users, the same as last year.", "en"),
    ("On a visé le million, deux ans plus tard.", "fr"),                    # a scale word with no number
    ("The apprentice minimum wage is six pounds forty an hour.", "en"),     # a price's pence ("six pounds 40")
])
def test_what_an_editor_leaves_in_words(said, language):
    assert words_to_digits(said, language) == said


def test_headlines_get_digits_and_quotes_keep_the_words():
    from confsynth.quotes import verify_quote

    said = "Donc euh la Ville a inscrit quatre cent mille euros au budget de l'année prochaine."
    assert make_headline(said, "fr") == f"La Ville a inscrit 400{NBSP}000 euros au budget de l'année prochaine."
    # a quote is what was said: the words stay, and the digits would fail the verbatim check
    assert not verify_quote(f"la Ville a inscrit 400{NBSP}000 euros au budget", said)


@pytest.mark.parametrize("said, language, written", [
    ("Le budget prévisionnel 2025 s'élève à quatre cent quatre-vingt-six mille euros, 486 000 euros, contre 512 000 "
     "euros cette année.", "fr", f"Le budget prévisionnel 2025 s'élève à 486{NBSP}000 euros, contre 512 000 euros "
     "cette année."),
    ("The deficit went up by fifteen percent, 15%, over the last two years in most districts.", "en",
     "The deficit went up by 15%, over the last two years in most districts."),
    # the same number of something else: both stay
    ("Last year the cooperative hired twelve people, twelve more will join the team in the spring.", "en",
     "Last year the cooperative hired 12 people, 12 more will join the team in the spring."),
])
def test_a_figure_said_in_words_then_in_digits_is_written_once(said, language, written):
    """ca-jardins-partages.txt (review AT): « quatre cent quatre-vingt-six mille euros, 486 000 euros » gave a
    headline that said « 486 000 euros, 486 000 euros »."""
    assert make_headline(said, language) == written
