"""The speaker directory: labels, introductions, variants, moderators, and anonymous labels named only on evidence."""
from __future__ import annotations

import pytest

from confsynth.nlp import analyze_texts
from confsynth.records import Segment, Turn
from confsynth.speakers import CHATHAM_EVIDENCE, NAME_THRESHOLD, build_directory


def directory(rows, language="fr"):
    turns = [Turn(i, label, text, "event.txt", (Segment(0, 10 * i + 1),), language) for i, (label, text) in
             enumerate(rows)]
    analyses = analyze_texts([t.text for t in turns], [language] * len(turns))
    return build_directory(turns, language, analyses)


def by_label(d, label):
    return next(s for s in d.speakers if label in s.labels)


LONG = " Nous avons besoin de lieux pour expérimenter, et surtout de temps pour que les projets mûrissent."


def test_introductions_fill_affiliation_country_and_title_of_labelled_speakers():
    d = directory([
        ("Claire Dumont", "Bonjour à tous. Je donne la parole à Karin Lindqvist, chercheuse à l'Université de Malmö, "
                          "en Suède. Karin, à vous."),
        ("Karin Lindqvist", "Merci Claire." + LONG),
        ("Claire Dumont", "Merci Karin. J'accueille maintenant Luc Vandermeulen, qui est professeur à l'Université "
                          "catholique de Louvain, en Belgique, et qui travaille sur les territoires. Luc."),
        ("Luc Vandermeulen", "Merci." + LONG),
        ("Claire Dumont", "Merci Luc. Mathilde Ferrand, vous êtes directrice de recherche à l'INRAE."),
        ("Mathilde Ferrand", "Oui." + LONG),
    ])
    karin = by_label(d, "Karin Lindqvist")
    assert (karin.affiliation, karin.country, karin.title) == ("Université de Malmö", "Suède", "chercheuse")
    assert ("affiliation", "introduced by Claire Dumont (line 1)") in karin.evidence
    assert karin.attribution() == "Karin Lindqvist (Université de Malmö, Suède)"
    assert by_label(d, "Luc Vandermeulen").attribution() == "Luc Vandermeulen (Université catholique de Louvain, Belgique)"
    # INRAE is a French national body: the one kind of country confsynth adds without being told
    assert by_label(d, "Mathilde Ferrand").attribution() == "Mathilde Ferrand (INRAE, France)"
    assert by_label(d, "Claire Dumont").role == "moderator"


def test_the_label_wins_over_an_introduction():
    d = directory([
        ("Claire Dumont", "Je donne la parole à Matthias Vogelsang, qui est sociologue à l'Université technique de "
                          "Dortmund, en Allemagne. Matthias, à vous."),
        ("VOGELSANG Matthias (TU Dortmund)", "Thank you, Claire." + LONG),
    ])
    m = by_label(d, "VOGELSANG Matthias (TU Dortmund)")
    assert (m.name, m.affiliation, m.country) == ("Matthias Vogelsang", "TU Dortmund", "Allemagne")


def test_self_introduction_gives_affiliation():
    d = directory([
        ("Hannah Whitaker", "Good morning everyone. My name is Hannah Whitaker, I'm a senior policy analyst at the "
                            "European Policy Centre here in Brussels. Tomás, would you like to introduce yourself?"),
        ("Tomás Reyes", "Thanks, Hannah. Hi everyone, I'm Tomás Reyes, I work at the OECD in Paris. We need data."),
    ], "en")
    assert by_label(d, "Hannah Whitaker").attribution() == "Hannah Whitaker (European Policy Centre)"
    assert by_label(d, "Hannah Whitaker").title == "senior policy analyst"
    assert by_label(d, "Tomás Reyes").attribution() == "Tomás Reyes (OECD)"


def test_variants_of_one_person_merge():
    d = directory([
        ("Jürgen Howaldt (TU Dortmund)", "Social innovation needs infrastructures, like technology did."),
        ("Claire Dumont", "Thank you."),
        ("Professor Howaldt", "And a second point about labs."),
        ("M. Howaldt", "Un troisième point."),
        ("J. Howaldt", "A fourth."),
        ("HOWALDT", "And the last."),
        ("Jurgen HOWALDT", "Really the last."),
    ], "en")
    howaldt = [s for s in d.speakers if s.name == "Jürgen Howaldt"]
    assert len(howaldt) == 1
    assert set(howaldt[0].labels) == {"Jürgen Howaldt (TU Dortmund)", "Professor Howaldt", "M. Howaldt",
                                      "J. Howaldt", "HOWALDT", "Jurgen HOWALDT"}
    assert len({d.turn_speaker[i] for i in (0, 2, 3, 4, 5, 6)}) == 1


def test_two_people_with_one_surname_stay_apart():
    d = directory([("Kirsty Williams", "First."), ("Nick Williams", "Second."), ("Williams", "Who?")], "en")
    names = [s.name for s in d.speakers]
    assert "Kirsty Williams" in names and "Nick Williams" in names
    assert by_label(d, "Williams").name == "Williams"      # left alone: not merged into either


def test_a_chair_label_without_name_is_the_chair_named_earlier():
    d = directory([
        ("The Chair (Hon. Anthony Rota (Nipissing, Lib.))", "I call this meeting to order."),
        ("Mr. Brad Vis (Mission, CPC)", "Thank you, Mr. Chair. I present a petition."),
        ("The Chair", "Now we'll go to Mr. Johns."),
        ("The Acting Chair (Mr. Bruce Stanton)", "We continue."),
    ], "en")
    chair = by_label(d, "The Chair")
    assert chair.name == "Anthony Rota" and chair.role == "moderator"
    assert chair.attribution() == "Anthony Rota (Nipissing, Lib.)"
    assert by_label(d, "The Acting Chair (Mr. Bruce Stanton)").name == "Bruce Stanton"
    assert by_label(d, "Mr. Brad Vis (Mission, CPC)").attribution() == "Brad Vis (Mission, CPC)"


def test_anonymous_labels_are_named_from_hand_offs_thanks_and_self_introductions():
    d = directory([
        ("SPEAKER_00", "Welcome to the panel. Our first speaker is Dr. Nadia Okafor from the University of "
                       "Amsterdam. Nadia, over to you."),
        ("SPEAKER_01", "Thank you, Hannah. Algorithmic management must become transparent for workers."),
        ("SPEAKER_00", "Thank you, Nadia. Our next speaker is Jonas Lindholm. Jonas?"),
        ("SPEAKER_02", "Thanks. I'm Jonas Lindholm, I'm head of workforce strategy at Nordlys Group."),
        ("SPEAKER_00", "Thank you, Jonas."),
    ], "en")
    nadia, jonas = by_label(d, "SPEAKER_01"), by_label(d, "SPEAKER_02")
    assert nadia.name == "Nadia Okafor" and nadia.affiliation == "University of Amsterdam"
    assert nadia.confidence >= NAME_THRESHOLD
    assert any("given the floor just before" in how for _, how in nadia.evidence)
    assert jonas.attribution() == "Jonas Lindholm (Nordlys Group)"
    assert jonas.label == "Speaker 3"           # the neutral label stays, for a speakers file to fall back on
    # only thanked by a first name, never introduced: "Hannah" alone is still evidence enough
    assert by_label(d, "SPEAKER_00").name == "Hannah"
    assert by_label(d, "SPEAKER_00").role == "moderator"


def test_never_a_guessed_name():
    d = directory([
        # conflicting hints: handed to Anna, then thanked as Marc
        ("SPEAKER_00", "Je donne la parole à Anna Seravalli, chercheuse à l'Université de Malmö."),
        ("SPEAKER_01", "Merci beaucoup." + LONG),
        ("SPEAKER_00", "Merci Marc Dupont, de la Ville de Lyon."),
        # a bare name as a whole turn (ASR noise) is a hint, not evidence
        ("SPEAKER_03", "Alain"),
        ("SPEAKER_04", "Effectivement, dix centimètres, c'est très précis, c'est la classe A."),
        # a speaker who talks about Sophie is not Sophie
        ("SPEAKER_05", "Comme l'a dit Sophie Van Acker, la Commission finance ces projets."),
        ("SPEAKER_06", "Sophie Van Acker, vous avez la parole."),
        ("SPEAKER_05", "Merci." + LONG),
    ])
    for label in ("SPEAKER_01", "SPEAKER_04", "SPEAKER_05"):
        s = by_label(d, label)
        assert s.name is None and s.confidence == 0.0, (label, s)
        assert s.attribution().startswith("Speaker ")
        assert any(w == "name" and how.startswith("kept neutral") for w, how in s.evidence)


def test_an_audience_label_is_named_only_by_the_one_person_it_gives_voice_to():
    """A room label gathers several people: each of its turns is one person (two people asking under « Question de
    la salle » were one « Participant·e de la salle », quoted in support of a point), named by their own words
    ("Audience Member: Hi, I'm Sarah Lin, I'm a planning officer at Salford City Council." kept her post and lost
    her name); they stay the audience."""
    d = directory([
        ("Claire Dumont", "Une question dans la salle ? Oui, madame. Je donne la parole à Marie Durand."),
        ("Une participante", "Je suis Marie Durand, de la Ville de Lyon. Comment financer l'évaluation ?"),
        ("Claire Dumont", "Une autre question ? Oui, monsieur."),
        ("Une participante", "Je suis Paul Roy, de Grenoble. Et les petites communes ?"),
    ])
    room = [s for s in d.speakers if "Une participante" in s.labels]
    assert [(s.name, s.role) for s in room] == [("Marie Durand", "audience"), ("Paul Roy", "audience")]
    d = directory([
        ("Margaret Ellis", "Let's take a question from the room. Yes, at the back."),
        ("Audience Member", "Hi, I'm Sarah Lin, I'm a planning officer at Salford City Council. What would"
                            " actually make the difference for people like me?"),
        ("Margaret Ellis", "David?"),
    ], "en")
    s = d.speakers[1]
    assert s.name == "Sarah Lin" and s.role == "audience" and s.affiliation == "Salford City Council"


def test_anonymous_numbers_come_from_the_labels():
    d = directory([("Intervenant 2", "Bonjour."), ("Intervenant 5", "Bonsoir.")])
    assert [s.label for s in d.speakers] == ["Speaker 2", "Speaker 5"]


def test_an_organisation_label_is_not_a_person():
    d = directory([("ESSEC Business School", "We teach social entrepreneurship.")], "en")
    s = d.speakers[0]
    assert s.name is None and s.affiliation == "ESSEC Business School"


def test_the_floor_goes_to_the_last_person_named_when_the_chair_corrects_themselves():
    d = directory([
        ("SPEAKER_00", "Welcome. I'm pleased to welcome Ms. Suzy Davies and Ms. Siân Gwenllian to the committee."),
        ("SPEAKER_01", "Thank you, Chair. Schools need stable funding to plan the new curriculum properly."),
        ("SPEAKER_00", "Okay, thank you. We've got a question now on governance arrangements. Suzy, you're down "
                       "to do that one—sorry, Siân."),
        ("SPEAKER_02", "Just to confirm that you are carrying on with the same governance set-up, with nothing added."),
    ], "en")
    assert by_label(d, "SPEAKER_02").name == "Siân Gwenllian"


def test_a_bare_first_name_counts_once_the_full_name_was_introduced():
    d = directory([
        ("SPEAKER_00", "I'm very pleased to welcome Kirsty Williams, Minister for Education, and Steve Davies, "
                       "director of the education directorate."),
        ("SPEAKER_01", "Thank you, Chair. Teachers have had real opportunities to shape the curriculum. Steve."),
        ("SPEAKER_02", "The pioneer schools fed their experience of assessment into every area of learning."),
    ], "en")
    steve = by_label(d, "SPEAKER_02")
    assert steve.name == "Steve Davies" and steve.title == "director of the education directorate"


def test_a_bare_first_name_nobody_introduced_is_not_enough():
    d = directory([
        ("SPEAKER_00", "Thank you all for coming tonight to talk about the new cycle lanes. Steve."),
        ("SPEAKER_01", "The pioneer schools fed their experience of assessment into every area of learning."),
    ], "en")
    assert by_label(d, "SPEAKER_01").name is None


def test_a_speaker_addressed_by_office_is_named_when_one_person_holds_it():
    d = directory([
        ("SPEAKER_00", "I'm very pleased to welcome Kirsty Williams, Minister for Education, and Steve Davies, "
                       "director of the education directorate."),
        ("SPEAKER_01", "Thank you, Chair. Teachers have had real opportunities to shape the curriculum."),
        ("SPEAKER_00", "Okay. Thank you, Minister. What changes do you expect to make to the guidance?"),
        ("SPEAKER_01", "We will publish the revised guidance in January, after the feedback is analysed."),
    ], "en")
    kirsty = by_label(d, "SPEAKER_01")
    assert kirsty.name == "Kirsty Williams" and kirsty.title == "Minister for Education"
    assert any("thanked as 'Minister'" in how for _, how in kirsty.evidence)


def test_an_office_held_by_several_people_names_nobody():
    # « Merci Madame la Ministre » follows two different voices: the office is no name here
    d = directory([
        ("SPEAKER_00", "J'ai le plaisir d'accueillir Agnès Pannier-Runacher, ministre de la Transition "
                       "énergétique. Le débat est ouvert à tous, élus, associations et habitants, et nous parlerons "
                       "d'abord des écoles, de leur chauffage et de leur isolation, puis des logements sociaux, "
                       "de leurs factures et des aides à la rénovation. Chacun aura trois minutes. Qui commence ?"),
        ("SPEAKER_01", "Merci. La sobriété énergétique est l'affaire de tous, des entreprises comme des ménages."),
        ("SPEAKER_00", "Merci Madame la Ministre. Une question de la part de nos auditeurs ?"),
        ("SPEAKER_02", "Les collectivités doivent pouvoir investir dans la rénovation des écoles dès cette année."),
        ("SPEAKER_00", "Merci Madame la Ministre. Nous passons à la suite."),
    ])
    assert by_label(d, "SPEAKER_01").name is None and by_label(d, "SPEAKER_02").name is None


def test_a_hand_off_to_someone_the_next_voice_speaks_of_is_set_aside_not_fatal():
    # "Siân has a supplementary" -- but the minister answers, and speaks of Siân in the third person
    d = directory([
        ("SPEAKER_00", "I'm very pleased to welcome Kirsty Williams, Minister for Education, and Siân Gwenllian."),
        ("SPEAKER_01", "Thank you, Chair. Teachers have had real opportunities to shape the curriculum."),
        ("SPEAKER_00", "Thank you, Minister. Siân has a supplementary. Maybe you could answer one thing first?"),
        ("SPEAKER_01", "Of course. As Siân knows well, the consortia will keep their role in professional learning."),
    ], "en")
    assert by_label(d, "SPEAKER_01").name == "Kirsty Williams"


def test_a_panel_introduced_in_one_sentence_gives_each_their_own_affiliation_and_the_host_the_chair():
    """"With me today are Paul Roy from the OECD and Maria Lopez from…" (an Otter export of a short panel):
    Paul Roy's affiliation stops at "and", Maria Lopez gets hers, and the host who opens the event and presents
    two people chairs it."""
    d = directory([
        ("Anna Berg", "Welcome everyone to our panel on the future of public transport in European cities. With me "
                      "today are Paul Roy from the OECD and Maria Lopez from Barcelona City Council."),
        ("Paul Roy", "Thank you Anna. Cities that invested in frequent bus networks saw ridership grow faster."),
        ("Maria Lopez", "I agree with Paul. In Barcelona we redesigned the whole bus network into a grid."),
        ("Anna Berg", "What about funding?"),
        ("Paul Roy", "Fares cover less than half of operating costs in most European cities."),
    ], language="en")
    assert by_label(d, "Paul Roy").attribution() == "Paul Roy (OECD)"
    assert by_label(d, "Maria Lopez").attribution() == "Maria Lopez (Barcelona City Council)"
    assert by_label(d, "Anna Berg").role == "moderator"
    assert by_label(d, "Paul Roy").role == "speaker"


def test_a_name_the_small_english_model_calls_an_organisation_is_still_a_person():
    """en_core_web_sm tags "Nadia Okafor" and "Amara Diallo" ORG in every carrier sentence, where French's
    pipeline reads them as people: the label is a person's, and the panel introduction that names her ends
    Paul Roy's affiliation at "and" (it read "OECD and Nadia Okafor from Barcelona City Council")."""
    d = directory([
        ("Anna Berg", "Good evening. With me today are Paul Roy from the OECD and Nadia Okafor from Barcelona City "
                      "Council. Paul, over to you."),
        ("Paul Roy", "Public investment in skills has fallen by a fifth in ten years across member countries."),
        ("Nadia Okafor", "We opened twelve neighbourhood training centres in two years in the city."),
        ("Amara Diallo", "Informal workers are the majority in many cities, and training must reach them."),
    ], language="en")
    assert by_label(d, "Nadia Okafor").attribution() == "Nadia Okafor (Barcelona City Council)"
    assert by_label(d, "Paul Roy").attribution() == "Paul Roy (OECD)"
    assert by_label(d, "Amara Diallo").name == "Amara Diallo" and by_label(d, "Amara Diallo").affiliation is None
    # an organisation's name stays one: both pipelines call it ORG
    d = directory([("Amnesty International", "Our report counts forty cases of abuse in two years across the region."),
                   ("Paul Roy", "Public investment in skills has fallen by a fifth in ten years in the region.")],
                  language="en")
    assert by_label(d, "Amnesty International").name is None


@pytest.mark.parametrize("turns, language, described", [
    ([("Laura Chen", "Welcome everyone. First, Paul Roy from the OECD. Paul, over to you."),
      ("Paul Roy", "Public investment in adult skills has fallen by a fifth in ten years across member countries."),
      ("Laura Chen", "Thank you Paul. And Dr. Amara Diallo from the University of Dakar is our last guest. Amara?"),
      ("Amara Diallo", "Informal workers are the majority in many cities, and training must reach them.")],
     "en", {"Paul Roy": "OECD", "Amara Diallo": "University of Dakar"}),
    ([("Claire Martin", "Bonsoir à toutes et à tous. D'abord, Paul Roy, de l'OCDE. Paul, à vous."),
      ("Paul Roy", "L'investissement public dans les compétences des adultes a baissé d'un cinquième en dix ans."),
      ("Claire Martin", "Merci Paul. Ensuite, Maria Lopez, de la Ville de Barcelone. Maria ?"),
      ("Maria Lopez", "À Barcelone, nous avons ouvert douze centres de formation de quartier en deux ans.")],
     "fr", {"Paul Roy": "OCDE", "Maria Lopez": "Ville de Barcelone"}),
])
def test_guests_introduced_one_by_one_get_their_affiliation(turns, language, described):
    """"First, Paul Roy from the OECD.", « Ensuite, Maria Lopez, de la Ville de Barcelone. », "Dr. Amara Diallo
    from the University of Dakar is our last guest": the chair's list, one sentence per guest."""
    d = directory(turns, language=language)
    assert {name: by_label(d, name).affiliation for name in described} == described


@pytest.mark.parametrize("opening, language", [
    ("Okay, let's get started. I'm Rachel Adams, I chair the committee. David, you ran the pilot.", "en"),
    ("Good evening. I'll be your moderator tonight, and we have three guests.", "en"),
    ("Bonjour à tous. Je suis Jean-Pierre Moulin, et j'ai le plaisir d'ouvrir cette conférence sur les PME.", "fr"),
    ("Bonsoir. J'anime cette table ronde avec plaisir, et je passe la parole à Isabelle Fabre.", "fr"),
])
def test_whoever_opens_the_event_saying_they_chair_it_is_the_moderator(opening, language):
    """One hand-off is not enough to make a chair (a guest passes the floor too), but the opener who says "I chair
    the committee" or « j'ai le plaisir d'ouvrir cette conférence » chairs it; a guest who later says they chair
    a board is describing their post."""
    filler = {"en": "The pilot ran in three schools for a whole year, with eleven hundred students in all.",
              "fr": "Les PME savent qu'elles doivent réduire leur consommation, mais ne savent pas par où commencer."}
    d = directory([("Rachel Adams", opening), ("David Kowalski", filler[language]),
                   ("Maria Santos", filler[language]), ("Rachel Adams", "Thank you.")], language=language)
    assert by_label(d, "Rachel Adams").role == "moderator"
    assert by_label(d, "David Kowalski").role == "speaker"
    d = directory([("David Kowalski", filler[language]),
                   ("Rachel Adams", "I'm Rachel Adams, I chair the regional transport board. " + filler[language]),
                   ("Maria Santos", filler[language])], language=language)
    assert {s.role for s in d.speakers} == {"speaker"}


def test_whoever_opens_then_asks_and_hands_over_in_short_turns_chairs():
    """A journalist labelled "Claire Martin (Radio Centre)" says nothing of chairing: she opens, then asks the
    questions and hands the floor over by name in short turns. She chaired, and her « Nous avons trois invités ce
    soir… » was a key message. A participant who opens a meeting and talks as much as the others does not chair."""
    long = ("Dans notre département, un généraliste sur deux a plus de soixante ans, et quand ils partent à la "
            "retraite, personne ne reprend leur cabinet, si bien que des milliers de patients restent sans médecin.")
    d = directory([
        ("Claire Martin (Radio Centre)", "Bonsoir et bienvenue. Docteur Lefèvre, commençons par vous."),
        ("Paul Lefèvre (Ordre des médecins)", long),
        ("Claire Martin (Radio Centre)", "Et la téléconsultation, ce n'est pas une solution ?"),
        ("Paul Lefèvre (Ordre des médecins)", long),
        ("Claire Martin (Radio Centre)", "Madame Bernard, les pharmaciens sont le dernier commerce de santé."),
        ("Sophie Bernard (Pharmaciens)", long),
        ("Claire Martin (Radio Centre)", "Merci à tous les trois."),
    ], language="fr")
    assert by_label(d, "Claire Martin (Radio Centre)").role == "moderator"
    assert by_label(d, "Paul Lefèvre (Ordre des médecins)").role == "speaker"
    d = directory([
        ("Claire Martin (Radio Centre)", "Bonsoir. " + long + " Qu'en pensez-vous ?"),
        ("Paul Lefèvre (Ordre des médecins)", long),
        ("Claire Martin (Radio Centre)", long + " N'est-ce pas ?"),
        ("Sophie Bernard (Pharmaciens)", long),
        ("Claire Martin (Radio Centre)", long + " Qu'en dites-vous ?"),
        ("Paul Lefèvre (Ordre des médecins)", long),
    ], language="fr")
    assert {s.role for s in d.speakers} == {"speaker"}
    # a public meeting's host calls the room's questions, naming nobody
    answer = ("Nous avons obtenu que la Poste garde un guichet à la mairie annexe, ouvert trois matinées par "
              "semaine, et nous allons installer un distributeur de billets sur la place du marché.")
    d = directory([
        ("Nadia Benali (Mairie de Montreval)", "Bonsoir à toutes et à tous. Monsieur le maire répond à vos questions."),
        ("Jean-Marc Lefort (Maire)", answer),
        ("Nadia Benali (Mairie de Montreval)", "Merci. Première question, madame au premier rang."),
        ("Sophie Garnier", answer),
        ("Jean-Marc Lefort (Maire)", answer),
        ("Nadia Benali (Mairie de Montreval)", "Merci. Une autre question, le monsieur au fond."),
        ("Gérard Moulin", answer),
        ("Nadia Benali (Mairie de Montreval)", "Merci à tous pour vos questions."),
    ], language="fr")
    assert by_label(d, "Nadia Benali (Mairie de Montreval)").role == "moderator"
    # the residents she called, by no name, are the room; the mayor named in her opening is no resident
    assert by_label(d, "Sophie Garnier").role == by_label(d, "Gérard Moulin").role == "audience"
    assert by_label(d, "Jean-Marc Lefort (Maire)").role == "speaker"


def test_a_guest_the_chair_hands_a_question_to_by_name_stays_a_speaker():
    long = ("Nous avons obtenu que la Poste garde un guichet à la mairie annexe, ouvert trois matinées par semaine, "
            "et nous allons installer un distributeur de billets sur la place du marché.")
    d = directory([
        ("Claire Martin (Radio Centre)", "Bonsoir. Paul Roy, commençons par vous."),
        ("Paul Roy (OCDE)", long),
        ("Claire Martin (Radio Centre)", "Une autre question, pour Maria Lopez : et Barcelone ?"),
        ("Maria Lopez (Ville de Barcelone)", long),
        ("Claire Martin (Radio Centre)", "Merci à tous les deux."),
    ], language="fr")
    assert by_label(d, "Claire Martin (Radio Centre)").role == "moderator"
    assert by_label(d, "Maria Lopez (Ville de Barcelone)").role == "speaker"


def test_a_chairs_label_that_only_says_so_prints_no_post():
    """"Moderatorin Katrin Weber" then "Katrin Weber (Moderatorin)": the chair, whom the intro presents as such
    (« Les échanges étaient animés par Katrin Weber »), not "Katrin Weber (Moderatorin)"."""
    d = directory([
        ("Moderatorin Katrin Weber", "Guten Abend und herzlich willkommen zu unserer Diskussion über die Pflege."),
        ("Stefan Hoffmann (Deutscher Pflegerat)", "Die Lage ist ernst, es fehlen zweihunderttausend Pflegekräfte."),
        ("Katrin Weber (Moderatorin)", "Vielen Dank an unsere Gäste und an Sie alle fürs Zuhören."),
    ], language="de")
    chair = by_label(d, "Katrin Weber (Moderatorin)")
    assert chair.role == "moderator" and chair.title is None and chair.attribution() == "Katrin Weber"


def test_a_voice_heard_only_when_the_floor_is_opened_is_the_audience():
    """SPEAKER_04 speaks once, right after « Nous avons une question dans la salle. Oui, monsieur, au fond. »: a
    question from the room, not a fifth panellist; a panellist who answers after the question stays one."""
    filler = "Le covoiturage marche très bien pour les trajets de vingt kilomètres vers la ville, avec la région."
    d = directory([
        ("SPEAKER_00", "Bonsoir. Je donne la parole à Gilles Moreau."),
        ("SPEAKER_01", filler),
        ("SPEAKER_02", filler),
        ("SPEAKER_00", "Nous avons une question dans la salle. Oui, monsieur, au fond."),
        ("SPEAKER_04", "Oui bonsoir, je suis agriculteur. Qu'est-ce que vous proposez pour ceux qui n'ont pas le choix ?"),
        ("SPEAKER_01", "Vous avez raison. " + filler),
    ])
    assert by_label(d, "SPEAKER_04").role == "audience"
    assert by_label(d, "SPEAKER_01").role != "audience" and by_label(d, "SPEAKER_02").role != "audience"
    # « au fond » that means "basically" opens nothing to the room
    d = directory([
        ("SPEAKER_00", "Bonsoir. Au fond, la question est celle du financement des transports en zone rurale."),
        ("SPEAKER_03", "Oui, et la région aide déjà à la conversion des véhicules pour les ménages modestes."),
        ("SPEAKER_01", filler),
    ])
    assert by_label(d, "SPEAKER_03").role != "audience"


def test_an_anonymous_voice_named_by_its_self_introduction_gets_what_it_says_of_itself():
    """SPEAKER_00: « Je suis Nathalie Ferrand, journaliste à La Dépêche, et c'est moi qui vais animer la soirée »:
    named, with her post and newspaper, and the chair (the name was found, the rest was dropped)."""
    d = directory([
        ("SPEAKER_00", "Bonsoir à toutes et à tous, et merci d'être venus si nombreux pour cette soirée-débat. Je suis "
                       "Nathalie Ferrand, journaliste à La Dépêche, et c'est moi qui vais animer la soirée. Pour "
                       "commencer, je donne la parole à Gilles Moreau."),
        ("SPEAKER_01", "Merci Nathalie. La région investit dans les lignes de car express et le transport à la demande."),
    ])
    chair = by_label(d, "SPEAKER_00")
    assert (chair.name, chair.title, chair.affiliation, chair.role) == ("Nathalie Ferrand", "journaliste",
                                                                         "La Dépêche", "moderator")


def test_one_introduction_in_the_middle_of_the_event_makes_no_chair():
    d = directory([
        ("Paul Roy", "Cities that invested in frequent bus networks saw ridership grow faster than the others."),
        ("Anna Berg", "I'm pleased to welcome Maria Lopez from Barcelona City Council and Jonas Lind from Nordlys."),
        ("Maria Lopez", "In Barcelona we redesigned the whole bus network into a grid, and ridership went up."),
    ], language="en")
    assert {s.role for s in d.speakers} == {"speaker"}


def test_a_speaker_labelled_by_their_post_is_printed_by_it():
    """« M. le Maire » and « Le Maire » are one speaker, printed as labelled; a post is never read as a name."""
    d = directory([
        ("M. le Maire", "Mes chers collègues, je déclare la séance ouverte." + LONG),
        ("Adjointe aux finances (Ville de Villebourg)", "Le budget s'élève à douze millions d'euros." + LONG),
        ("Le Maire", "Merci. Je mets le budget aux voix."),
    ])
    mayor = by_label(d, "Le Maire")
    assert "M. le Maire" in mayor.labels and mayor.name is None and mayor.display_name == "M. le Maire"
    deputy = by_label(d, "Adjointe aux finances (Ville de Villebourg)")
    assert deputy.attribution() == "Adjointe aux finances (Ville de Villebourg)"
    assert len(d.speakers) == 2


def test_a_post_then_the_name_after_a_comma_is_the_person_and_a_question_is_the_room():
    """« Directrice générale de Habitat Lyon, Sophie Martin » is Sophie Martin (she was a person called "Lyon" of
    the organisation "Sophie Martin"); « Question : … ? » is the audience, printed as such."""
    d = directory([
        ("Claire Dumont (Modératrice)", "Bonsoir à toutes et à tous." + LONG),
        ("Directrice générale de Habitat Lyon, Sophie Martin", "Les bailleurs sont prêts à construire." + LONG),
        ("Question", "Que faites-vous pour les jeunes actifs ?"),
    ])
    sophie = by_label(d, "Directrice générale de Habitat Lyon, Sophie Martin")
    assert (sophie.name, sophie.title, sophie.affiliation) == ("Sophie Martin", "Directrice générale de Habitat Lyon",
                                                               None)
    assert by_label(d, "Question").role == "audience"


def test_a_speaker_labelled_by_their_post_is_named_on_evidence_like_an_anonymous_voice():
    """« Mme la Ministre » given the floor by name is Amélie Dupont, with the post the introduction gave (or the
    label's when it gave none); without evidence the post stays what is printed."""
    for intro, title in [("Je donne la parole à Amélie Dupont, ministre du Logement.", "ministre du Logement"),
                         ("Amélie Dupont, vous avez la parole.", "Ministre"),
                         ("Madame la Ministre Amélie Dupont, vous avez la parole.", "Ministre")]:
        d = directory([("Claire Dumont (Modératrice)", "Bonsoir à toutes et à tous. " + intro),
                       ("Mme la Ministre", "Merci Claire." + LONG)])
        minister = by_label(d, "Mme la Ministre")
        assert minister.attribution() == f"Amélie Dupont ({title})"
    d = directory([("Claire Dumont (Modératrice)", "Bonsoir à toutes et à tous." + LONG),
                   ("Mme la Ministre", "Merci Claire." + LONG)])
    assert by_label(d, "Mme la Ministre").attribution() == "Mme la Ministre"


def test_a_label_that_is_an_office_is_the_one_person_introduced_with_it():
    """Senate round table (review AV): « Le Sénateur : » and « Mme la Rapporteure : » stayed as printed although the
    chair had introduced « Philippe Garnier, sénateur de la Creuse » and « Mme Corinne Vasseur, sénatrice de l'Orne
    et rapporteure de notre mission »; two senators, so the label's own form tells them apart."""
    d = directory([
        ("Le Président", "Je suis Bernard Morel, président de la commission. Nous recevons Paul Durand, conseiller du "
                         "ministre de la Santé. À ma droite, notre collègue Philippe Garnier, sénateur de la Creuse, "
                         "qui a déposé une proposition de loi. À ma gauche, Mme Corinne Vasseur, sénatrice de l'Orne "
                         "et rapporteure de notre mission d'information. Madame la Rapporteure, vous avez la parole."),
        ("Mme la Rapporteure", "Merci, monsieur le Président." + LONG),
        ("Le Président", "Merci. Monsieur le Sénateur, votre proposition de loi fait débat. Pouvez-vous la présenter ?"),
        ("Le Sénateur", "Oui, merci monsieur le Président." + LONG),
        ("Paul Durand", "Je voudrais ajouter un mot." + LONG),
    ])
    assert by_label(d, "Mme la Rapporteure").name == "Corinne Vasseur"
    assert by_label(d, "Le Sénateur").name == "Philippe Garnier"


def test_an_unlabelled_talk_is_the_voice_that_says_who_it_is():
    """A keynote with no labels, whose speaker says who she is at the start, is hers: every quote had gone to
    "Unidentified speaker". What she runs is part of the body she names."""
    d = directory([
        ("", "Thank you, thank you so much. It's great to be here. So my name is Sarah Whitfield, I run the urban "
             "transport programme at the Kingsbridge Institute, and I want to share four things I've learned."),
        ("", "So the first thing is that road pricing works. Stockholm introduced a congestion charge in 2006."),
        ("", "Now, the second thing. Buses. The thing that matters most for bus ridership is frequency."),
    ], "en")
    assert [s.name for s in d.speakers] == ["Sarah Whitfield"]
    assert d.speakers[0].affiliation == "Kingsbridge Institute"
    assert len(set(d.turn_speaker)) == 1


def test_an_unlabelled_panel_is_put_in_no_one_s_mouth():
    """The chair says who she is, then presents a guest: the paragraphs are several voices, left unidentified."""
    d = directory([
        ("", "Good evening. I'm Rachel Okafor, head of education policy at the Hallam Policy Forum. With me is "
             "David Chen, headteacher of Northfield Academy. David, what happened in your pilot?"),
        ("", "Teachers saved about five hours a week, mostly on lesson planning and feedback."),
    ], "en")
    assert [s.label for s in d.speakers] == ["Unidentified speaker"]


@pytest.mark.parametrize("said, who", [
    ("And Tom Hargreaves is chief executive of EdTech Britain, the trade association.",
     ("Tom Hargreaves", "chief executive", "EdTech Britain")),
    ("David Chen is headteacher of Northfield Academy in Sheffield.",
     ("David Chen", "headteacher", "Northfield Academy")),
])
def test_a_guest_presented_by_what_they_do(said, who):
    from confsynth.mentions import find_mentions

    found = [(m.name, m.title, m.affiliation) for m in find_mentions(said, known=[who[0]])
             if m.kind == "introduction"]
    assert found == [who]


def test_a_spanish_chair_lists_her_guests():
    from confsynth.mentions import find_mentions

    said = ("Nos acompañan Javier Ortega, jefe de planificación de la Confederación Hidrográfica del Guadalquivir; "
            "Carmen Ruiz, portavoz de la Fundación Nueva Cultura del Agua; y Andrés Molina, presidente de la "
            "Federación de Regantes de Andalucía.")
    found = [(m.name, m.affiliation) for m in find_mentions(said, known=["Javier Ortega", "Carmen Ruiz",
                                                                         "Andrés Molina"])]
    assert found == [("Javier Ortega", "Confederación Hidrográfica del Guadalquivir"),
                     ("Carmen Ruiz", "Fundación Nueva Cultura del Agua"),
                     ("Andrés Molina", "Federación de Regantes de Andalucía")]


@pytest.mark.parametrize("clause, described", [
    # two posts: the second's organisation, not « Saint-Denis et président de l'URPS… »
    (" est médecin généraliste à Saint-Denis et président de l'URPS médecins libéraux d'Île-de-France.",
     ("médecin généraliste", "URPS médecins libéraux d'Île-de-France", None)),
    (", professeure à Lyon et chercheuse associée au CNRS", ("professeure", "CNRS", None)),
    (", directrice générale de Habitat Lyon et présidente de l'USH", ("directrice générale", "Habitat Lyon", None)),
    (", agricultrice à Fleurance", ("agricultrice", "Fleurance", None)),
    # one post with "and" inside it
    (", policy and communications officer at Samaritans", ("policy and communications officer", "Samaritans", None)),
])
def test_what_follows_a_name_with_two_posts(clause, described):
    from confsynth.mentions import describe

    assert describe(clause) == described


def test_what_a_speaker_runs_inside_a_named_body():
    from confsynth.mentions import _self_description

    said = "Je m'appelle Hélène Marchand, je dirige le pôle Climat et territoires de la Fondation Terres d'avenir."
    assert _self_description(said, 0, len(said))[:3] == (None, "Fondation Terres d'avenir", None)


@pytest.mark.parametrize("said, org", [
    ("Richard Cole, I'm with Tenants First Network.", "Tenants First Network"),
    ("I'm with you on that, the budget is too small.", None),
    # "I'm from" a body, not a town
    ("Hi, yes, thanks. Mark Ellison, I'm from Unison, the public service union.", "Unison"),
    ("Jonas Berg, I'm from the European Environmental Bureau.", "European Environmental Bureau"),
    ("Hi, I'm Tom Price, I'm from Leeds and I rent.", None),
    # a unit's name before the body it belongs to
    ("So, my name is Dr. Leila Haddad, and I direct the Digital State programme at the Institute for Public "
     "Technology, which is an independent research centre.", "Institute for Public Technology"),
])
def test_i_m_with_an_organisation(said, org):
    from confsynth.mentions import _self_description

    found = _self_description(said, 0, len(said))
    assert (found[1] if found else None) == org


def test_diarized_guests_are_named_by_the_host_starting_with_them_and_asking_them():
    """A podcast's diarized transcript: the host introduces two guests, then "Alan, let's start with you." and
    "Fatima, does that surprise you?". Both guests were printed « Speaker 2 » and « Speaker 3 »; a question the
    host read out from the chat ("a question in the chat from Owen") had given Owen's name to the guest who
    answered it."""
    d = directory([
        ("SPEAKER_00", "Hi everyone, welcome to this Civic Matters webinar. I'm Rachel Kim, I'm the host of the Civic"
                       " Matters podcast. I've got two guests. Alan Brooks is the mayor of Millbrook, a town of about"
                       " forty thousand people. And Fatima Diallo is a researcher at the Democracy Lab at the"
                       " University of Leeds. Alan, let's start with you. What did Millbrook actually do?"),
        ("SPEAKER_01", "Thanks, Rachel. In 2019 we set aside five percent of the capital budget for residents."),
        ("SPEAKER_00", "Fatima, does that surprise you?"),
        ("SPEAKER_02", "Not at all, and I think Alan's being very honest about it."),
        ("SPEAKER_00", "We've got a question in the chat from Owen, who's a parish clerk in Shropshire. He asks: is"
                       " any of this realistic for a very small council?"),
        ("SPEAKER_02", "Good question. I'd say yes, but scale it down."),
        ("SPEAKER_00", "Thank you both, Alan Brooks and Fatima Diallo."),
    ], "en")
    assert by_label(d, "SPEAKER_01").name == "Alan Brooks"
    assert by_label(d, "SPEAKER_02").name == "Fatima Diallo"


def test_someone_called_from_the_room_stays_the_audience_when_they_speak_again():
    """« Oui, monsieur, au deuxième rang. », then Jean-Paul Mercier asks his question, a panelist answers and he
    thanks her: his second turn follows a panelist, not the chair's call, and he was listed as the round table's
    fifth speaker. « Sí, la señora de la tercera fila. » calls the room too."""
    d = directory([
        ("Claire Dumoulin (modératrice)", "Bonsoir, merci d'être venus. Je donne la parole à Sophie Garnier, de l'ADEME."),
        ("Sophie Garnier", "Un tiers du gaspillage a lieu à la production, on n'en parle jamais assez."),
        ("Claire Dumoulin (modératrice)", "Merci. On va passer aux questions. Oui, monsieur, au deuxième rang."),
        ("Jean-Paul Mercier", "Bonjour, Jean-Paul Mercier, je suis maraîcher dans la Drôme. Qui achète mes"
                              " légumes hors calibre ?"),
        ("Sophie Garnier", "La restauration collective peut être un débouché, il faut en parler avec les communes."),
        ("Jean-Paul Mercier", "Merci, je vais vous laisser mon contact, alors."),
    ])
    assert by_label(d, "Jean-Paul Mercier").role == "audience"
    assert by_label(d, "Sophie Garnier").role != "audience"
    d = directory([
        ("Lucía Martínez (moderadora)", "Buenas tardes. Damos la palabra a Jordi Puig, concejal de Turismo."),
        ("Jordi Puig", "Estamos preparando una modificación del plan urbanístico para los locales."),
        ("Lucía Martínez (moderadora)", "Sí, la señora de la tercera fila."),
        ("Carmen Vidal", "Hola, soy Carmen Vidal, vivo en Santa Catalina. ¿Qué hacen ustedes por el barrio?"),
    ], "es")
    assert by_label(d, "Carmen Vidal").role == "audience"
    # a webinar's room: a raised hand, called by name to unmute, is still the room (she was counted a speaker)
    d = directory([
        ("Laurent Quémener", "Bonjour à tous. Je donne la parole à Martine Delorme, de la communauté de communes."),
        ("Martine Delorme", "On a lancé un transport à la demande, et il marche, même s'il coûte cher."),
        ("Laurent Quémener", "On a une main levée. Aurélie Chassagne, je vous donne la parole, vous pouvez activer "
                             "votre micro."),
        ("Aurélie Chassagne", "Bonjour. Je suis conseillère municipale dans une petite commune de la Creuse. Qu'est-ce "
                              "qu'on fait pour les apprentis de seize ans ?"),
        ("Martine Delorme", "Pour les apprentis, on a une aide au permis et le transport à la demande dès seize ans."),
    ])
    assert by_label(d, "Aurélie Chassagne").role == "audience"
    assert by_label(d, "Martine Delorme").role != "audience"
    # an online roundtable's attendee, let in by name ("I see a hand up, uh, Priya, I'm going to unmute you")
    d = directory([
        ("A", "Welcome. I'm Naomi Clarke. Farid Haddad is a psychiatrist at St Aldhelm's Hospital. Farid, over to you."),
        ("B", "Workload is the first cause of stress at work, well before anything in people's private lives."),
        ("A", "We have a few minutes for a question. I see a hand up, uh, Priya, I'm going to unmute you now."),
        ("D", "Hi. I'm Priya Shah, I'm an HR business partner at Coldwell Borough Council. What costs nothing?"),
        ("B", "A workload audit: sit down with each team and ask what they can stop doing. It costs an afternoon."),
    ], language="en")
    priya = by_label(d, "D")
    assert (priya.name, priya.affiliation, priya.role) == ("Priya Shah", "Coldwell Borough Council", "audience")
    # a broadcast's listener on the phone, let in by name (« Gérard » was listed among the panel)
    d = directory([
        ("Valérie Masson", "Bonsoir. À ma gauche, Hélène Garnier. Elle a fondé l'association Cap Expérience."),
        ("Hélène Garnier", "Le chômage de longue durée des seniors est deux fois plus élevé que la moyenne, et on "
                           "n'en parle jamais."),
        ("Valérie Masson", "On a un auditeur en ligne. Gérard, vous nous appelez de Limoges, bonsoir."),
        ("Gérard", "Oui bonsoir. Moi j'ai 59 ans, j'étais comptable. Surqualifié, est-ce que c'est pas juste une façon "
                   "polie de dire trop vieux ?"),
        ("Hélène Garnier", "Gérard, je vais vous répondre franchement : oui, très souvent."),
    ])
    assert by_label(d, "Gérard").role == "audience"
    assert by_label(d, "Hélène Garnier").role != "audience"


def test_askers_called_by_no_name_are_the_room_whoever_chairs_and_whatever_the_opening_says():
    """Reviews AR and AS: "We have time for one quick question. Yes, the gentleman here.", "Let me open it up. We have
    a question, yes, please." and « Une question rapide ? Oui. » call the room; the last session's own chair calls it
    too; and « Petit point logistique » in the opening does not name Jean-Marc Petit. Each asker was listed among the
    panel."""
    answer = "The guarantee model shares the risk: losses on social loans stayed below one percent in ten years."
    d = directory([
        ("CLAIRE DUMONT", "Good morning. Amara Okafor opens the day. Amara, the floor is yours."),
        ("AMARA OKAFOR", answer),
        # (the host who opens the day calls the room too, though the afternoon's chair is the one labelled so)
        ("CLAIRE DUMONT", "Thank you so much Amara. We have time for one quick question. Yes, the gentleman here."),
        ("PETER WALSH", "Thanks, Peter Walsh, I'm a councillor in Cork. Isn't that a way of putting the risk on the "
                        "taxpayer?"),
        ("AMARA OKAFOR", answer),
        ("CLAIRE DUMONT", "Priya Nair chairs the afternoon panel. Priya, over to you."),
        ("PRIYA NAIR (chair)", "Thank you Claire. Marco Rossi, you run the buses in Bologna. Marco?"),
        ("MARCO ROSSI", answer),
        ("PRIYA NAIR (chair)", "Let me open it up. We have a question, yes, please."),
        ("DANIEL MBEKI", "Hi, my name is Daniel Mbeki, I'm a student in Brussels. Why not safe bike lanes first?"),
        ("MARCO ROSSI", answer),
    ], language="en")
    assert by_label(d, "PETER WALSH").role == by_label(d, "DANIEL MBEKI").role == "audience"
    assert by_label(d, "MARCO ROSSI").role != "audience" and by_label(d, "AMARA OKAFOR").role != "audience"
    d = directory([
        ("Claire Dubois", "Bonjour à toutes et à tous. Je suis Claire Dubois, j'anime ce panel avec Isabelle Martin, "
                          "de France Active. Petit point logistique : les toilettes sont au fond à gauche."),
        ("Isabelle Martin", "La commande publique, c'est le levier le plus sous-utilisé que nous ayons."),
        ("Claire Dubois", "Merci. Une question rapide ? Oui."),
        ("Jean-Marc Petit", "Bonjour, Jean-Marc Petit, je travaille pour une coopérative d'insertion. Comment accéder "
                            "aux garanties ?"),
        ("Isabelle Martin", "Passez par votre banque, elle peut demander la garantie pour vous."),
    ], language="fr")
    assert by_label(d, "Jean-Marc Petit").role == "audience"
    assert by_label(d, "Isabelle Martin").role != "audience"


def test_a_room_label_heard_twice_is_two_people_each_with_their_own_organisation():
    """Two people asked questions under "Audience member"; the first said "I'm the policy officer at the European
    Federation of Courier Workers", and the second's question was printed under that organisation: each turn of
    the room is its own person."""
    d = directory([
        ("Lucía Ferreira Matos", "Platforms must report their workers' income to social security every month."),
        ("Audience member", "Hi, Marek Dudek, I'm the policy officer at the European Federation of Courier Workers. "
                            "Why not reclassification?"),
        ("Lucía Ferreira Matos", "Reclassification is fought court by court, and it takes years."),
        ("Audience member", "Hanna Lindqvist, from the Swedish Social Insurance Agency. How do you verify the data?"),
        ("Lucía Ferreira Matos", "Verification becomes an audit of the platform's system, once."),
    ], language="en")
    room = [s for s in d.speakers if "Audience member" in s.labels]
    assert [(s.name, s.affiliation, s.role) for s in room] == [
        ("Marek Dudek", "European Federation of Courier Workers", "audience"),
        ("Hanna Lindqvist", "Swedish Social Insurance Agency", "audience")]


def test_a_podcast_s_numbered_hosts_and_guest_are_named_by_what_they_say():
    """"HOST 1:", "HOST 2:" and "GUEST:" were read as prose: the whole podcast went to its guest, hosts' words
    under her name. Each is a voice of its own, named by « I'm Nadia Osei. », "And I'm Ben Hargreaves", and the
    guest by "Our guest is Dr Ruth Kamau. Ruth heads … at the Rural Climate Institute … Ruth, welcome."; a
    listener's words the host reads out ("she writes: I'm a tenant farmer") are not the host's."""
    d = directory([
        ("HOST 1", "Hello and welcome to Field Notes, the podcast about food and farming. I'm Nadia Osei."),
        ("HOST 2", "And I'm Ben Hargreaves. Hi."),
        ("HOST 1", "Our guest is Dr Ruth Kamau. Ruth heads the soil carbon programme at the Rural Climate Institute, "
                   "which works with farmers. Ruth, welcome."),
        ("GUEST", "Thanks, Nadia. Thanks Ben. Great to be here."),
        ("HOST 2", "So Ruth, does the maths work for a farmer who stores carbon in the soil?"),
        ("GUEST", "For most farms, not yet: measurement costs more than the credits bring in."),
        ("HOST 1", "We've got a listener question. This is from Siân, and she writes: I'm a tenant farmer. Who owns "
                   "the credits? Ruth?"),
        ("GUEST", "It depends on the tenancy agreement, and most of them say nothing."),
    ], language="en")
    nadia, ben, ruth = by_label(d, "HOST 1"), by_label(d, "HOST 2"), by_label(d, "GUEST")
    assert (nadia.name, nadia.title) == ("Nadia Osei", None)
    assert ben.name == "Ben Hargreaves"
    assert (ruth.name, ruth.affiliation) == ("Ruth Kamau", "Rural Climate Institute")


def test_a_chair_labelled_only_as_such_is_named_by_their_own_introduction():
    """"MODERATOR: … My name is Anna Keller, I'm a journalist with Euractiv": the chair's label is one voice; her
    name was left out (Euractiv was taken) and the event's introduction had no moderator."""
    d = directory([
        ("MODERATOR", "Good afternoon everyone. My name is Anna Keller, I'm a journalist with Euractiv, and I'll be "
                      "moderating this panel. On my left, Claire Dupont, director of public affairs at PackEurope."),
        ("DUPONT", "Thank you, Anna. Europe recycles more packaging than any other region of the world, and we are "
                   "proud of what our members have built."),
    ], "en")
    chair = by_label(d, "MODERATOR")
    assert (chair.name, chair.affiliation, chair.role) == ("Anna Keller", "Euractiv", "moderator")
    assert by_label(d, "DUPONT").name == "Claire Dupont"


def test_numbered_voices_are_named_in_a_language_without_ner():
    """A Spanish jornada labelled « Moderadora », « Ponente 1 », « Ponente 2 »: the chair introduces each
    panellist (« …del Ayuntamiento de Zaragoza, Andrés Lozano. Andrés, cuando quieras. », « Carmen Aznar,
    bienvenida. »), but with no Spanish NER model nothing vouched for the names, and 14 quotes were signed
    « Intervenant·e 1 / 2 »."""
    d = directory([
        ("Moderadora", "Buenos días. Me llamo Lucía Herrera, soy periodista de Heraldo y hoy me toca moderar. "
                       "Empezamos con el concejal de Urbanismo y Vivienda del Ayuntamiento de Zaragoza, Andrés Lozano. "
                       "Andrés, cuando quieras."),
        ("Ponente 1", "Muchas gracias, Lucía. En Zaragoza, el precio medio del alquiler ha subido un treinta y dos "
                      "por ciento en los últimos cinco años."),
        ("Moderadora", "Nuestra segunda ponente es arquitecta, profesora de la Universidad de Zaragoza. Carmen Aznar, "
                       "bienvenida."),
        ("Ponente 2", "Gracias. La mayoría de la vivienda que vamos a tener en 2050 ya está construida."),
    ], "es")
    assert (by_label(d, "Moderadora").name, by_label(d, "Moderadora").affiliation) == ("Lucía Herrera", "Heraldo")
    first = by_label(d, "Ponente 1")
    assert (first.name, first.affiliation) == ("Andrés Lozano", "Ayuntamiento de Zaragoza")
    assert by_label(d, "Ponente 2").name == "Carmen Aznar"


def test_a_diarized_round_table_whose_room_speaks_in_the_chairs_voice():
    """AssemblyAI gave the room the chair's voice (A): « Une dernière question, rapide. Madame, là-bas. Oui, bonjour,
    Anne Lemoine, architecte. Je voulais savoir… » was read as the chair introducing Anne Lemoine, whose name then
    went against the panellist who answered (Karim Benali stayed « Intervenant·e 3 »), and « Madame Marchand, on
    commence avec vous. » handed the floor to no one."""
    d = directory([
        ("A", "Bonjour à toutes et à tous. Je suis Claire Vasseur, je suis journaliste à La Gazette des communes. Tout "
              "d'abord, Sophie Marchand, vous êtes maire de Saint-Amand-sur-Loire. À côté d'elle, Karim Benali, "
              "ingénieur thermicien au Cerema. Madame Marchand, on commence avec vous. De quoi parle-t-on ?"),
        ("B", "Pour une commune comme la mienne, l'école, c'est le plus grand bâtiment qu'on a, et le plus vieux."),
        ("A", "Karim Benali, vous êtes ingénieur, vous voyez ces bâtiments tous les jours. Qu'est-ce que vous constatez ?"),
        ("C", "Les écoles, c'est un patrimoine très hétérogène, avec des chaudières au fioul qui ont trente ans."),
        ("A", "Karim, vous vouliez réagir ?"),
        ("C", "Oui, la mutualisation des marchés réduit le coût des études de trente pour cent environ."),
        ("A", "Une dernière question, rapide. Madame, là-bas. Oui, bonjour, Anne Lemoine, architecte. Je voulais savoir "
              "si on parle aussi de démolition-reconstruction."),
        ("C", "Dans la grande majorité des cas, la rénovation est préférable du point de vue du carbone."),
    ])
    assert by_label(d, "A").name == "Claire Vasseur"
    assert by_label(d, "B").name == "Sophie Marchand"
    assert (by_label(d, "C").name, by_label(d, "C").affiliation) == ("Karim Benali", "Cerema")


def test_a_first_name_s_initials_are_that_person():
    """« JL Bertin » in one session's voice tags is « Jean-Luc Bertin » of the other: he was a second speaker
    printed « Bertin Jl » (the initials read as a first name in capitals after the surname)."""
    from confsynth.ingest.labels import parse_label

    assert parse_label("JL Bertin").name == "JL Bertin"
    d = directory([
        ("Jean-Luc Bertin", "Les petites lignes ferroviaires doivent rester ouvertes, c'est une question d'égalité."),
        ("Claire Roux", "Merci. Un mot de conclusion ?"),
        ("JL Bertin", "Oui, les petites lignes sont la colonne vertébrale des territoires ruraux."),
    ])
    assert by_label(d, "JL Bertin").name == "Jean-Luc Bertin" and by_label(d, "JL Bertin").id == by_label(
        d, "Jean-Luc Bertin").id


def test_an_interview_s_q_is_the_interviewer():
    """A podcast labelled "Q:" / "A:": Q opens and asks every question, one person (named by "I'm Sarah
    Lindqvist…"), where a Q&A's "Q:" is the room; the host was printed « Audience member »."""
    d = directory([
        ("Q", "Hello and welcome to The Policy Room. I'm Sarah Lindqvist, and I'm a senior fellow at the Bridgewater "
              "Institute. With me is Dr James Mbeki, head of early years research at the Family Economics Trust. James,"
              " welcome."),
        ("A", "Thanks Sarah, it's great to be here."),
        ("Q", "So let's start with the big number. How much does a family actually pay for childcare?"),
        ("A", "A full-time nursery place for a child under two costs about fourteen thousand pounds a year."),
        ("Q", "And the government has expanded the funded hours. What changed?"),
        ("A", "The funded hours now start at nine months, but the rate paid to providers is too low."),
    ], "en")
    host = by_label(d, "Q")
    assert (host.name, host.affiliation, host.role) == ("Sarah Lindqvist", "Bridgewater Institute", "moderator")
    assert by_label(d, "A").name == "James Mbeki"


def test_a_councillor_labelled_cllr_is_the_councillor_introduced():
    d = directory([
        ("CHAIR", "Good evening. My name is Helen Carter, I chair the residents' association. With me tonight is "
                  "Councillor Anil Patel, cabinet member for environment at Northdale District Council."),
        ("Cllr Patel", "Thank you, Helen. Our latest modelling says that 1,150 homes in the town are now at high risk "
                       "of flooding."),
    ], "en")
    patel = by_label(d, "Cllr Patel")
    assert (patel.name, patel.affiliation) == ("Anil Patel", "Northdale District Council")


@pytest.mark.parametrize("label", ["Officer (Environment Agency)", "David Okafor, officer"])
def test_a_label_s_generic_post_gives_way_to_the_post_an_introduction_says(label):
    """"Officer (Environment Agency)" printed "Officer" where the chair had said "David Okafor, who is the area flood
    risk manager for the Environment Agency"."""
    d = directory([
        ("CHAIR", "Good evening. My name is Helen Carter. With me tonight is David Okafor, who is the area flood risk "
                  "manager for the Environment Agency. David, over to you."),
        (label, "Thank you, Chair. The funding formula doesn't simply count homes, it also weighs deprivation."),
    ], "en")
    okafor = by_label(d, label)
    assert (okafor.name, okafor.title, okafor.affiliation) == ("David Okafor", "area flood risk manager",
                                                              "Environment Agency")


def test_a_place_is_no_one_s_organisation_and_a_post_s_body_is_named_whole():
    """« députée de la Gironde » printed « Sophie Marchand (Gironde) »; « président de l'association des maires ruraux
    de la Haute-Vienne », « (Haute-Vienne) »; « l'UNHAJ. Et Élodie FONTAINE, sociologue, chercheuse à l'Observatoire… »
    took the « J. » of UNHAJ for an initial and lost her; « j'ai fondé il y a six ans l'association Ruralité Active »."""
    d = directory([
        ("Claire DUBOIS", "Merci Thomas. J'ai à mes côtés trois intervenants. Madame la députée Sophie MARCHAND, "
                          "députée de la Gironde, rapporteure de la mission d'information sur le logement étudiant. "
                          "Monsieur le directeur général Karim BENALI, directeur général de l'Union nationale pour "
                          "l'habitat des jeunes, l'UNHAJ. Et Élodie FONTAINE, sociologue, chercheuse à l'Observatoire "
                          "national de la vie étudiante. Élodie, je commence par vous : quels sont les chiffres ?"),
        ("Élodie FONTAINE", "Merci." + LONG), ("Karim BENALI", "Merci." + LONG), ("Sophie MARCHAND", "Merci." + LONG),
        ("Lucas MOREL", "Bonjour, oui, je suis Lucas Morel, j'ai vingt-neuf ans, j'ai fondé il y a six ans "
                        "l'association Ruralité Active, qui accompagne des jeunes de 16 à 25 ans." + LONG),
        ("Étienne Mercier", "Bonjour. Je suis Étienne Mercier, maire de Saint-Léonard-de-Noblat et président de "
                            "l'association des maires ruraux de la Haute-Vienne." + LONG),
    ])
    marchand = by_label(d, "Sophie MARCHAND")
    assert (marchand.title, marchand.affiliation) == ("députée de la Gironde", None)
    fontaine = by_label(d, "Élodie FONTAINE")
    assert (fontaine.title, fontaine.affiliation) == ("sociologue", "Observatoire national de la vie étudiante")
    assert by_label(d, "Lucas MOREL").affiliation == "association Ruralité Active"
    mercier = by_label(d, "Étienne Mercier")
    assert mercier.affiliation == "association des maires ruraux de la Haute-Vienne"


def test_a_german_panel_s_introductions_and_its_chair_label():
    """A German panel (no NER model): « Herzlich willkommen, Dr. Anna Weber vom Wuppertal Institut », « Dann begrüße
    ich Professorin Leyla Demir von der Universität Kassel », « Und schließlich Thomas Krüger, Landesvorsitzender
    des Deutschen Mieterbunds » gave no affiliation; « Ich bin Julia Brandt, ich leite bei der Stiftung Zukunft Stadt
    den Bereich … und ich darf heute Abend moderieren » chaired, but the « Moderatorin: » turns were a voice of their
    own and she was listed among the speakers."""
    d = directory([
        ("Julia Brandt", "Guten Abend. Ich bin Julia Brandt, ich leite bei der Stiftung Zukunft Stadt den Bereich "
                         "Klima und Wohnen, und ich darf heute Abend moderieren. Herzlich willkommen, Dr. Anna Weber "
                         "vom Wuppertal Institut, sie forscht zu Energiesystemen. Dann begrüße ich Professorin Leyla "
                         "Demir von der Universität Kassel. Und schließlich Thomas Krüger, Landesvorsitzender des "
                         "Deutschen Mieterbunds in Nordrhein-Westfalen."),
        ("Anna Weber", "Danke schön."),
        ("Moderatorin", "Frau Weber, ich fange bei Ihnen an. Wo stehen die Kommunen heute?"),
        ("Anna Weber", "Ehrlich gesagt, nein. Die Wärmeplanung darf kein Papier für die Schublade werden."),
        ("Leyla Demir", "Uns fehlen sechzigtausend Fachkräfte im Handwerk."),
        ("Thomas Krüger", "Die Modernisierungsumlage treibt die Verdrängung."),
    ], "de")
    brandt = by_label(d, "Julia Brandt")
    assert (brandt.role, brandt.affiliation) == ("moderator", "Stiftung Zukunft Stadt")
    assert "Moderatorin" in brandt.labels
    assert by_label(d, "Anna Weber").affiliation == "Wuppertal Institut"
    assert by_label(d, "Leyla Demir").affiliation == "Universität Kassel"
    assert by_label(d, "Thomas Krüger").title == "Landesvorsitzender"


def test_an_interview_s_guest_is_named_by_the_standfirst_and_the_greeting():
    """The dialogue's voices (see the ingest test): the guest greeted by name in the first line is named, with the
    post the standfirst gives; the standfirst is no one's (a 'narration', never quoted); the asker chairs."""
    d = directory([
        ("[narration]", "Invitée de la matinale ce mardi, Marie-Hélène Vasseur, économiste, directrice de recherche au "
                        "CNRS et spécialiste de l'économie circulaire, publie un livre."),
        ("Interviewer", "Marie-Hélène Vasseur, bonjour."),
        ("Speaker 1", "Bonjour Julien, bonjour à tous."),
        ("Interviewer", "Vous publiez ce matin un livre au titre assez provocateur. On jette vraiment plus qu'avant ?"),
        ("Speaker 1", "Oui, et les chiffres sont sans appel." + LONG),
    ])
    guest = by_label(d, "Speaker 1")
    assert (guest.name, guest.affiliation, guest.role) == ("Marie-Hélène Vasseur", "CNRS", "speaker")
    assert by_label(d, "[narration]").role == "narration"
    assert by_label(d, "Interviewer").role == "moderator"


def test_a_name_in_capitals_is_spelled_as_the_text_spells_it():
    """"FIONA MACLEOD (Friends of the Earth)" was printed « Fiona Macleod » though she says "I'm Fiona MacLeod";
    "I'm Councillor Judith Park" made « Councillor Judith Park » her title."""
    d = directory([
        ("CLLR JUDITH PARK (Chair, Millbrook Borough Council)", "Good evening. I'm Councillor Judith Park, I chair the "
                                                               "Environment Committee. Fiona, you wanted to speak?"),
        ("FIONA MACLEOD (Friends of the Earth)", "Thank you. I'm Fiona MacLeod. We strongly support the scheme." + LONG),
    ], "en")
    assert by_label(d, "FIONA MACLEOD (Friends of the Earth)").name == "Fiona MacLeod"
    park = by_label(d, "CLLR JUDITH PARK (Chair, Millbrook Borough Council)")
    assert park.name == "Judith Park" and "Judith" not in (park.title or "")


def test_a_post_held_here_at_the_foundation_is_the_foundation_the_opening_named():
    """"welcome to the Fairwork Foundation's spring lecture … I'm Helen Marsh, I'm the director here at the
    foundation" printed « Helen Marsh — director here at the foundation », no organisation."""
    d = directory([
        ("Speaker 1", "Good evening everyone, and welcome to the Fairwork Foundation's spring lecture. For those who "
                      "don't know me, I'm Helen Marsh, I'm the director here at the foundation. Daniel Okafor is "
                      "Professor of Economics at the London School of Economics. Daniel, over to you."),
        ("Speaker 2", "Thank you, Helen. Apprenticeships have fallen by a third since the levy came in."),
    ], "en")
    marsh = by_label(d, "Speaker 1")
    assert (marsh.name, marsh.title, marsh.affiliation) == ("Helen Marsh", "director", "Fairwork Foundation")


def test_each_part_of_an_event_has_its_chair():
    """« Table ronde 1 » run by a journalist, « Table ronde 2 » by the host: the journalist, who introduced the first
    table's three guests, was listed among the speakers."""
    rows = [
        ("Table ronde 1", "Thomas LEROY", "Bonjour à tous, bienvenue. Je laisse la parole à Claire Dubois."),
        ("Table ronde 1", "Claire DUBOIS", "Merci Thomas. J'ai à mes côtés Karim BENALI, directeur général de l'UNHAJ. "
                                           "Et Élodie FONTAINE, sociologue à l'Observatoire de la vie étudiante. "
                                           "Élodie, je commence par vous."),
        ("Table ronde 1", "Élodie FONTAINE", "Merci." + LONG),
        ("Table ronde 1", "Karim BENALI", "Merci." + LONG),
        ("Table ronde 2", "Thomas LEROY", "Merci Claire. J'accueille Jean-Pierre GARNIER, maire de Lodève, et Nadia "
                                          "KHELIFI, de France Travail. Monsieur le maire ?"),
        ("Table ronde 2", "Jean-Pierre GARNIER", "Merci." + LONG),
        ("Table ronde 2", "Nadia KHELIFI", "Merci." + LONG),
    ]
    turns = [Turn(i, label, text, "event.txt", (Segment(0, 10 * i + 1),), "fr", section=section)
             for i, (section, label, text) in enumerate(rows)]
    d = build_directory(turns, "fr", analyze_texts([t.text for t in turns], ["fr"] * len(turns)))
    assert by_label(d, "Claire DUBOIS").role == "moderator"
    assert by_label(d, "Thomas LEROY").role == "moderator"
    assert by_label(d, "Karim BENALI").role == "speaker"


def test_a_transcript_in_lower_case_names_its_speakers():
    """A recogniser that writes all in lower case and without punctuation ("so my name is priya raman i'm head of
    research at the bridgeway foundation…"): no name was found, every quote went to « Speaker 2 »."""
    d = directory([
        ("Speaker 1", "okay hi everyone and welcome to today's webinar on youth employment so my name is priya raman "
                      "i'm head of research at the bridgeway foundation and i'll be moderating today first we have "
                      "declan mcallister who is a senior policy officer at the european commission then we have fatou "
                      "ndiaye who runs an association in marseille so declan let's start with you where are we"),
        ("Speaker 2", "sure thanks priya and hi everyone so the big picture is better than it was ten years ago and "
                      "the share of young people not in employment education or training is falling"),
        ("Speaker 1", "that's a strong line fatou you work on the ground in marseille how does this look"),
        ("Speaker 3", "thanks priya well in the northern districts young people are invisible to the services and we "
                      "go and find them where they are"),
    ], "en")
    priya, declan = by_label(d, "Speaker 1"), by_label(d, "Speaker 2")
    assert (priya.name, priya.affiliation, priya.role) == ("Priya Raman", "Bridgeway Foundation", "moderator")
    assert (declan.name, declan.affiliation) == ("Declan Mcallister", "European Commission")
    # a cased transcript is read as written: the copy is made for lower-case text only
    from confsynth.speakers import cased_copies

    said = ["so my name is priya raman i'm head of research so declan let's start with you"]
    assert cased_copies(said, "en") == ["so my name is Priya Raman,i'm head of research so Declan,let's start with you"]


def test_what_the_thanks_are_for_is_no_name_in_lower_case():
    """YouTube captions of review BA: "hi thank you great talk i'm a councillor in bradford" printed a person called
    "Great Talk"; "thanks priya" still names Priya."""
    from confsynth.speakers import cased_copies

    said = ["hi thank you great talk i'm a councillor in bradford", "thanks priya and hi everyone"]
    assert cased_copies(said, "en") == said[:1] + ["thanks Priya,and hi everyone"]


def test_a_name_mistyped_in_one_label_is_the_same_person():
    """« Jean-Marc Rousillon » once for « Jean-Marc Roussillon »: a fifth speaker was listed, misspelled."""
    d = directory([
        ("Claire Dubois", "Bonjour. Jean-Marc Roussillon, vous coordonnez le réseau national. À vous."),
        ("Jean-Marc Roussillon", "Merci." + LONG),
        ("Claire Dubois", "Merci. Et la suite ?"),
        ("Jean-Marc Roussillon", "Le réseau va lancer une formation." + LONG),
        ("Claire Dubois", "Une dernière chose ?"),
        ("Jean-Marc Rousillon", "Et je complète : le réseau va lancer en janvier une formation de coordinateur."),
        ("Claire Dubois", "Merci. Jean-Marie Rousseau, vous êtes là ?"),
    ])
    assert by_label(d, "Jean-Marc Rousillon").name == "Jean-Marc Roussillon"
    assert by_label(d, "Jean-Marc Rousillon") == by_label(d, "Jean-Marc Roussillon")


def test_a_label_misspelled_as_often_as_the_right_one_takes_the_spelling_the_talk_says():
    """Senate round table (review AV): « Jean-Luc Mélanchon : » twice, « Jean-Luc Mélenchon : » twice, introduced as
    « M. Jean-Luc Mélenchon »: two speakers were listed, the misspelling printed under his quotes."""
    d = directory([
        ("Le Président", "Nous recevons M. Jean-Luc Mélenchon, directeur du centre de santé intercommunal de Quillan."
                         " Monsieur Mélenchon, à vous."),
        ("Jean-Luc Mélanchon", "Merci monsieur le Président." + LONG),
        ("Le Président", "Et le coût ?"),
        ("Jean-Luc Mélanchon", "Le déficit, c'est environ 80 000 euros par an." + LONG),
        ("Le Président", "Et la télémédecine ?"),
        ("Jean-Luc Mélenchon", "On l'utilise à Quillan, c'est un complément." + LONG),
        ("Le Président", "Un mot pour conclure ?"),
        ("Jean-Luc Mélenchon", "Le salariat, ça marche." + LONG),
    ])
    assert by_label(d, "Jean-Luc Mélanchon") == by_label(d, "Jean-Luc Mélenchon")
    assert by_label(d, "Jean-Luc Mélanchon").name == "Jean-Luc Mélenchon"


def test_a_speaker_labelled_by_surname_says_their_full_name_and_group():
    """« M. Benali. – Merci monsieur le Maire. Bonsoir chers collègues. Karim Benali, président du groupe
    Saint-Aubin Autrement, pour celles et ceux qui nous regardent. » was printed « M. Benali », no group."""
    d = directory([
        ("M. le Maire", "J'ouvre le débat. Monsieur Benali, vous avez la parole."),
        ("M. Benali", "Merci monsieur le Maire. Bonsoir chers collègues. Karim Benali, président du groupe Saint-Aubin "
                      "Autrement, pour celles et ceux qui nous regardent." + LONG),
        ("Mme Marchetti", "Merci monsieur le Maire. Sophie Marchetti, groupe Agir pour Saint-Aubin." + LONG),
    ])
    benali, marchetti = by_label(d, "M. Benali"), by_label(d, "Mme Marchetti")
    assert (benali.name, benali.affiliation) == ("Karim Benali", "groupe Saint-Aubin Autrement")
    assert (marchetti.name, marchetti.affiliation) == ("Sophie Marchetti", "groupe Agir pour Saint-Aubin")


def test_an_italian_chair_presents_the_guests_one_after_the_other():
    """« Poi Francesca Moretti, responsabile sostenibilità di Federmoda Italia… E infine Luca De Santis, presidente
    della cooperativa sociale Rimaglie di Firenze »: Moretti had no organisation."""
    d = directory([
        ("Giulia Ferri", "Vi presento i nostri ospiti. Alla mia destra Marco Bellini, ricercatore del Politecnico di "
                         "Milano. Poi Francesca Moretti, responsabile sostenibilità di Federmoda Italia, l'associazione "
                         "delle imprese della moda. E infine Luca De Santis, presidente della cooperativa sociale "
                         "Rimaglie di Firenze. Marco, comincio da te."),
        ("Marco Bellini", "Grazie. Raccogliamo solo il dodici per cento dei rifiuti tessili."),
        ("Francesca Moretti", "Buonasera. Le imprese sono pronte a fare la loro parte."),
        ("Luca De Santis", "La filiera del tessile circolare può creare lavoro vero, lavoro locale."),
    ], "it")
    assert by_label(d, "Francesca Moretti").affiliation == "Federmoda Italia"
    assert (by_label(d, "Luca De Santis").title, by_label(d, "Luca De Santis").affiliation) == (
        "presidente", "cooperativa sociale Rimaglie di Firenze")


def test_the_host_at_the_network_and_the_lady_in_the_second_row():
    """"welcome to this month's Sustainable Health Network webinar. I'm Ben Carter, I'm programme manager at the
    network" printed « Ben Carter (programme manager at the network) »; "Yes, the lady in the second row." called
    the room, and Jenny Liu, who asked from there, was listed among the speakers."""
    d = directory([
        ("Ben Carter", "Hello everyone and welcome to this month's Sustainable Health Network webinar. I'm Ben Carter, "
                       "I'm programme manager at the network, and I'll be hosting this webinar. Amara, over to you."),
        ("Amara Osei", "Thank you, Ben. Patients were choosing their meals two days ahead, and a third was wasted."),
        ("Ben Carter", "Thank you. Questions? Yes, the lady in the second row."),
        ("Jenny Liu, Policy Adviser, Federation of Small Businesses", "Thanks. How do small suppliers get a look in?"),
        ("Amara Osei", "We split the contracts into small lots so that local suppliers can bid."),
    ], "en")
    assert by_label(d, "Ben Carter").affiliation == "Sustainable Health Network"
    assert by_label(d, "Jenny Liu, Policy Adviser, Federation of Small Businesses").role == "audience"


def test_a_chair_labelled_by_post_is_named_by_the_record_s_header():
    """« M. le Maire. – … » under the header « (La séance est ouverte à 19 h 05 sous la présidence de M. Bernard
    Lefèvre, maire.) » was printed « M. le Maire »."""
    turns = [Turn(i, label, text, "conseil.docx", (Segment(0, i + 4),), "fr") for i, (label, text) in enumerate([
        ("M. le Maire", "Bonsoir à toutes et à tous. J'ouvre la séance. Madame Durand, vous avez la parole."),
        ("Mme Durand, adjointe aux finances", "Merci monsieur le Maire." + LONG),
        ("M. le Maire", "Merci. Monsieur Benali ?"),
        ("M. Benali", "Merci." + LONG),
    ])]
    header = ("Ville de Saint-Aubin-des-Prés — Conseil municipal",
              "(La séance est ouverte à 19 h 05 sous la présidence de M. Bernard Lefèvre, maire.)")
    d = build_directory(turns, "fr", analyze_texts([t.text for t in turns], ["fr"] * len(turns)), header=header)
    mayor = by_label(d, "M. le Maire")
    assert (mayor.name, mayor.title) == ("Bernard Lefèvre", "maire")
    # without the header, the post stays as labelled
    d = build_directory(turns, "fr", analyze_texts([t.text for t in turns], ["fr"] * len(turns)))
    assert by_label(d, "M. le Maire").name is None


def test_a_chair_labelled_moderator_is_named_by_the_header_that_says_who_moderated():
    """Housing round table (review AV): "MODERATOR:" turns under "London, 14 March 2024. Moderated by Rachel Green,
    Policy Forum" were printed "MODERATOR", and the intro said nobody moderated."""
    turns = [Turn(i, label, text, "roundtable.txt", (Segment(0, i + 4),), "en") for i, (label, text) in enumerate([
        ("MODERATOR", "Good morning everyone. Dr Lee, you have looked at what this means for households."),
        ("DR LEE", "Yes, thank you Rachel. Renters spend a third of their income on rent, and it is rising."),
        ("MODERATOR", "Professor Smith, is it a planning problem?"),
        ("PROFESSOR SMITH", "Partly, yes, but the real gap is in who builds and how fast they build."),
    ])]
    header = ("Housing Futures Roundtable", "London, 14 March 2024. Moderated by Rachel Green, Policy Forum")
    d = build_directory(turns, "en", analyze_texts([t.text for t in turns], ["en"] * len(turns)), header=header)
    chair = by_label(d, "MODERATOR")
    assert (chair.name, chair.affiliation, chair.role) == ("Rachel Green", "Policy Forum", "moderator")


def test_people_from_the_floor_keep_the_name_and_what_they_say_they_are():
    """Housing round table and circular-cities panel (review AV): "Thanks, Tom Baker, a small builder from Kent." and
    "Thank you. Paul Marchetti, Zero Waste Europe." were printed "Audience member", and "Anita Kaur, I chair a
    tenants' union in Hackney" had no affiliation."""
    d = directory([
        ("MODERATOR", "Let's open to the floor. Yes, the lady in the second row."),
        ("QUESTION FROM THE FLOOR", "Thank you. Anita Kaur, I chair a tenants' union in Hackney. What is the panel's "
                                    "answer for families in temporary accommodation?"),
        ("DR LEE", "Thank you, that is the most urgent part of this, and councils spend far too much on it."),
        ("MODERATOR", "Thank you. Another question, the gentleman at the back."),
        ("QUESTION FROM THE FLOOR", "Thanks, Tom Baker, a small builder from Kent. Professor, you said we need more "
                                    "small builders. What would bring us back?"),
        ("PROFESSOR SMITH", "Quite right. Access to finance, and small sites, and a planning system that is faster."),
        ("MODERATOR", "One more question. The gentleman here."),
        ("AUDIENCE MEMBER", "Thank you. Paul Marchetti, Zero Waste Europe. A question to the panel: shouldn't the "
                            "targets be about reducing consumption rather than reuse?"),
        ("DR LEE", "It's a fair point, and thank you, Paul. Reuse targets are consumption targets."),
    ], "en")
    anita, tom, paul = (next(s for s in d.speakers if s.id == d.turn_speaker[i]) for i in (1, 4, 7))
    assert (anita.name, anita.title, anita.role) == ("Anita Kaur", "chair of a tenants' union in Hackney", "audience")
    assert (tom.name, tom.title, tom.affiliation) == ("Tom Baker", "small builder", "Kent")
    assert (paul.name, paul.affiliation) == ("Paul Marchetti", "Zero Waste Europe")


def _from_file(tmp_path, text, language="en"):
    from confsynth.ingest import read_transcript

    path = tmp_path / "event.txt"
    path.write_text(text, encoding="utf-8")
    t = read_transcript(path)
    turns = list(t.turns)
    return build_directory(turns, language, analyze_texts([x.text for x in turns], [language] * len(turns)),
                           header=t.header)


def test_initials_labels_are_named_by_the_cast_list(tmp_path):
    """"AH:", "TN:", "MK:" under « Participants: Amira Haddad, Bruegel (AH); … Chair: Martin Keller, Friends of Europe
    (MK). »: Amira Haddad had disappeared into the chair, the others were "Tn" and "Mk"."""
    d = _from_file(tmp_path, (
        "Breakfast debate: Who pays for Europe's energy transition?\n\n"
        "Participants: Amira Haddad, Bruegel (AH); Tomasz Nowak, Polish Economic Institute (TN); Claire Dubois, "
        "European Climate Foundation (CD); Peter Smith, Eurelectric (PS); Anna Berg, OECD (AB). Chair: Martin Keller, "
        "Friends of Europe (MK).\n\n"
        "MK: Good morning everyone. Amira, the bill first?\n\n"
        "AH: Thank you Martin. In our estimate the EU needs around four hundred billion euros a year.\n\n"
        "MK: Tomasz?\n\n"
        "TN: The grid is the bottleneck, not the money. Connection queues take eight to ten years.\n\n"
        "AH: Guarantees bring four private euros for every public one.\n"))
    assert {s.labels[0]: (s.name, s.affiliation, s.role) for s in d.speakers} == {
        "MK": ("Martin Keller", "Friends of Europe", "moderator"),
        "AH": ("Amira Haddad", "Bruegel", "speaker"),
        "TN": ("Tomasz Nowak", "Polish Economic Institute", "speaker")}


def test_a_phone_s_display_name_and_a_bracket_that_holds_a_first_name(tmp_path):
    """« iPhone de Marie » (her first turns had gone to the chair) is Marie Leclerc once she renames herself; the room's
    "AUDIENCE MEMBER (DAVID)" who says "Hi, David Chen" is not « David Chen (DAVID) »; « mon adjoint chargé des
    mobilités » is no one's title with the mayor's « mon »."""
    d = _from_file(tmp_path, (
        "00:01:12 Claire Fontaine : Bonjour à toutes et à tous. Marie, vous êtes là ?\n"
        "00:03:31 iPhone de Marie : Oui. Un jeune sur deux que nous recevons a renoncé à un emploi faute de transport.\n"
        "00:06:10 Claire Fontaine : Merci Marie. Pouvez-vous vous renommer ?\n"
        "00:15:47 Marie Leclerc : Voilà, c'est fait. Sept personnes sur dix sont en emploi six mois après.\n"), "fr")
    assert [(s.name, s.labels) for s in d.speakers if s.name == "Marie Leclerc"] == [
        ("Marie Leclerc", ("Marie Leclerc", "iPhone de Marie"))]
    turns = [Turn(i, label, text, "event.txt", (Segment(0, i + 1),), "en") for i, (label, text) in enumerate([
        ("TOM HARGREAVES", "Questions from the floor now. Yes, at the back."),
        ("AUDIENCE MEMBER (DAVID)", "Hi, David Chen, I'm a nurse. My question is for Tom, about the night shifts."),
        ("TOM HARGREAVES", "Thank you David. Night shifts are exactly where a shorter week pays for itself.")])]
    d = build_directory(turns, "en", analyze_texts([t.text for t in turns], ["en"] * len(turns)))
    david = by_label(d, "AUDIENCE MEMBER (DAVID)")
    assert (david.name, david.affiliation) == ("David Chen", None)
    d = directory([
        ("Le Maire", "Bonsoir. À ma gauche, Karim Benali, mon adjoint chargé des mobilités et de la voirie, qui va "
                     "vous présenter le projet."),
        ("Karim Benali", "Merci monsieur le Maire." + LONG)])
    assert by_label(d, "Karim Benali").title == "adjoint chargé des mobilités et de la voirie"


@pytest.mark.parametrize("clause, described", [
    # a name with a list in it: « (Conseil économique) » was printed
    (", président du Conseil économique, social et environnemental régional d'Occitanie.",
     ("président", "Conseil économique, social et environnemental régional d'Occitanie", None)),
    # a post in capitals is no organisation
    (" is a Senior Lecturer in Public Policy at the University of Manchester.",
     ("Senior Lecturer", "University of Manchester", None)),
    # Dutch introductions
    (", wethouder Duurzaamheid en Voedsel van de gemeente Rotterdam.",
     ("wethouder Duurzaamheid en Voedsel", "gemeente Rotterdam", None)),
    (", onderzoeker consumentengedrag aan Wageningen University & Research.",
     ("onderzoeker consumentengedrag", "Wageningen University & Research", None)),
    (", akkerbouwer in de Hoeksche Waard en voorzitter van de coöperatie Oogstgoed.",
     ("akkerbouwer", "coöperatie Oogstgoed", None)),
    # an aside between dashes, a hesitation, a newspaper said as one
    (" — aucun lien de parenté, on me l'a assuré — directeur des investissements à la Banque des Territoires.",
     ("directeur des investissements", "Banque des Territoires", None)),
    (", who is, hmm, a founder of Coopérnico", ("founder", "Coopérnico", None)),
    (", journalist at the newspaper Expresso", ("journalist", "Expresso", None)),
    # German: the chair's « Sie sind … am », « Sie vertreten … », and a verb after « und »
    (" vom Forum Energiewende und moderiere heute dieses Panel.", (None, "Forum Energiewende", None)),
    (", Sie sind Abteilungsleiter am Fraunhofer-Institut für System- und Innovationsforschung in Karlsruhe.",
     ("Abteilungsleiter", "Fraunhofer-Institut für System- und Innovationsforschung", None)),
    (", Sie vertreten die IG Metall.", (None, "IG Metall", None)),
    # a union's secretary works for it; a chair held is a post
    (", general secretary of the Midlands Workers' Union in Ireland",
     ("general secretary", "Midlands Workers' Union", "Ireland")),
    (", secrétaire générale de la CGT", ("secrétaire générale", "CGT", None)),
    (", Secretary of State for Health", ("Secretary of State for Health", None, None)),
    (", who holds the chair in labour economics at Leeds", ("chair in labour economics", "Leeds", None)),
    # a post held once gives way to where they teach now
    (", qui a été pendant douze ans conseiller à la Commission européenne et qui enseigne aujourd'hui à Sciences Po "
     "Lyon.", (None, "Sciences Po Lyon", None)),
    # a portfolio's "and housing" is no clause ("and working on…" is)
    (", deputy mayor of Kraków in charge of climate and housing.",
     ("deputy mayor of Kraków in charge of climate and housing", None, None)),
    # an Italian portfolio before its body, a Spanish second post after « y »
    (", sono assessora al Welfare e alla salute del Comune di Bologna, e",
     ("assessora al Welfare e alla salute", "Comune di Bologna", None)),
    (", profesora de la Universitat de València y directora del observatorio del CIRIEC-España",
     ("profesora", "Universitat de València", None)),
    # a body's long name, one named in lower case before its town, one run that says what it is before its name
    (", directeur général de l'Agence locale de l'énergie et du climat de la Métropole de Lyon.",
     ("directeur général", "Agence locale de l'énergie et du climat de la Métropole de Lyon", None)),
    (", chef de cuisine au collège Jules-Verne à Saint-Nazaire", ("chef de cuisine", "collège Jules-Verne", None)),
    (" coordonne l'épicerie solidaire La Passerelle, à Saint-Herblain", (None, "épicerie solidaire La Passerelle", None)),
    # the plural describes other people (his organisation had been « 5 % les mettrait en difficulté »)
    (", les directeurs de CFA que nous avons interrogés disent qu'une baisse de 5 % les mettrait en difficulté",
     (None, None, None)),
    # a ministry's name with its list in capitals
    (", Director General at the Ministry of Housing, Communities and Local Government",
     ("Director General", "Ministry of Housing, Communities and Local Government", None)),
    # a subtitle's next line goes on with what they did, not their organisation
    (" is professor of social policy at the University of Turin and led the Italian evaluation of Housing First.",
     ("professor of social policy", "University of Turin", None)),
    # (« en » is French too: one post)
    (", chercheuse en écologie marine à l'Ifremer", ("chercheuse en écologie marine", "Ifremer", None)),
])
def test_what_follows_a_name_in_more_shapes(clause, described):
    from confsynth.mentions import describe

    assert describe(clause) == described


def test_a_body_called_by_its_head_word_is_the_one_named_in_full():
    """"I lead the programmes team at the Trust" after "this Connected Communities Trust webinar" was printed
    "Rachel Evans (Trust)"; « déléguée générale du Laboratoire » after « ce webinaire du Laboratoire de la Mobilité
    inclusive », « (Laboratoire) »."""
    d = directory([
        ("Rachel Evans", "Welcome to this Connected Communities Trust webinar. I'm Rachel Evans, I lead the programmes "
                         "team at the Trust. Tom, over to you."),
        ("Tom Whitaker", "Thanks Rachel." + LONG)], "en")
    assert by_label(d, "Rachel Evans").affiliation == "Connected Communities Trust"
    d = directory([
        ("Claire Fontaine", "Bienvenue à ce webinaire du Laboratoire de la Mobilité inclusive, consacré aux territoires "
                            "ruraux. Je m'appelle Claire Fontaine, je suis déléguée générale du Laboratoire. Paul ?"),
        ("Paul Girard", "Merci Claire." + LONG)])
    assert by_label(d, "Claire Fontaine").affiliation == "Laboratoire de la Mobilité inclusive"
    d = directory([
        ("Claire Morel", "Bienvenue à cette table ronde de l'Observatoire Travail et Âges, consacrée à l'emploi des "
                         "seniors. Je suis Claire Morel, je dirige l'Observatoire, et j'accueille Paul Roy. Paul ?"),
        ("Paul Roy", "Merci Claire." + LONG)])
    assert by_label(d, "Claire Morel").affiliation == "Observatoire Travail et Âges"


def test_the_chair_of_a_part_is_a_moderator_too():
    """« Elle sera animée par Julien Faure, rédacteur en chef de La Revue Durable » / « Je suis ravi d'animer cette
    table ronde »: the journalist who ran the first round table was a speaker, his questions quoted as support."""
    d = directory([
        ("Hélène Rousseau", "Bonjour à toutes et à tous, bienvenue. J'appelle sur scène notre première table ronde. "
                            "Elle sera animée par Julien Faure, rédacteur en chef de La Revue Durable. Julien ?"),
        ("Julien Faure", "Merci Hélène. Je suis ravi d'animer cette table ronde. Claire Martin, à vous."),
        ("Claire Martin", "Merci." + LONG),
        ("Julien Faure", "Et qu'est-ce que vous proposez ?"),
        ("Claire Martin", "Des conseillers." + LONG),
        ("Hélène Rousseau", "Merci Julien, merci Claire. Nous passons à la seconde table ronde. Paul Dubois ?"),
        ("Paul Dubois", "Merci." + LONG)])
    assert {s.name: s.role for s in d.speakers} == {"Hélène Rousseau": "moderator", "Julien Faure": "moderator",
                                                    "Claire Martin": "speaker", "Paul Dubois": "speaker"}
    # a guest who describes a post is no chair of the event
    d = directory([
        ("Anna Berg", "Welcome everyone. With me today are Paul Roy from the OECD and Maria Lopez. Paul?"),
        ("Paul Roy", "Thanks. I chair the regional committee on skills, and we need more apprenticeships."),
        ("Anna Berg", "Maria?"),
        ("Maria Lopez", "We need data first, and then money for the people who need training most.")], "en")
    assert by_label(d, "Paul Roy").role == "speaker"


def test_the_chair_of_the_afternoon_s_part_who_says_so_is_a_moderator():
    """« Marc Delorme, journaliste à La Gazette des communes, je vais animer cette dernière session » and "I'm chairing
    this afternoon's panel on clean mobility" (Priya Nair) were plain speakers: the intro named the morning's chair only."""
    d = directory([
        ("Sophie Lambert", "Bonjour à toutes et à tous, bienvenue. Je donne la parole à Anne Roux, directrice de "
                           "l'association Bio Cantine. Anne, à vous."),
        ("Anne Roux", "Merci." + LONG),
        ("Sophie Lambert", "Merci Anne. J'accueille maintenant Paul Garnier, éleveur dans l'Aveyron. Paul ?"),
        ("Paul Garnier", "Merci." + LONG),
        ("Sophie Lambert", "Merci Paul. Bon déjeuner à tous."),
        ("Marc Delorme", "Bonjour à tous. Marc Delorme, journaliste, je vais animer cette dernière session. Pour en "
                         "parler, Camille Morel, chercheuse à l'INRAE. Camille ?"),
        ("Camille Morel", "Merci." + LONG)])
    assert by_label(d, "Marc Delorme").role == "moderator" and by_label(d, "Anne Roux").role == "speaker"
    d = directory([
        ("Claire Dumont", "Good morning everyone, welcome. I'm Claire Dumont, I'll be your moderator today. Our keynote "
                          "speaker is Amara Okafor. Amara, the floor is yours."),
        ("Amara Okafor", "Thank you Claire." + LONG),
        ("Claire Dumont", "Thank you Amara. Enjoy your lunch."),
        ("Priya Nair", "Okay, we'll get going again. I'm Priya Nair, and I'm chairing this afternoon's panel on clean "
                       "mobility. I'm joined by Lars Hoffmann. Lars, what is the one lesson?"),
        ("Lars Hoffmann", "Thank you Priya." + LONG)], "en")
    assert by_label(d, "Priya Nair").role == "moderator" and by_label(d, "Amara Okafor").role == "speaker"
    # « j'ai la chance d'animer cette deuxième session » (review AX: the second session's chair was a speaker)
    d = directory([
        ("Sophie Lambert", "Bonjour à toutes et à tous, bienvenue. Je donne la parole à Anne Roux, directrice de "
                           "l'association Bio Cantine. Anne, à vous."),
        ("Anne Roux", "Merci." + LONG),
        ("Sophie Lambert", "Merci Anne. Bon déjeuner à tous."),
        ("Julien Roche", "Bien, on va reprendre. Alors, je suis Julien Roche, et j'ai la chance d'animer cette deuxième "
                         "session, qui est consacrée aux collectivités. Catherine, je commence avec vous."),
        ("Catherine Morvan", "Merci." + LONG)])
    assert by_label(d, "Julien Roche").role == "moderator" and by_label(d, "Anne Roux").role == "speaker"


def test_a_select_committee_s_record(tmp_path):
    """Hansard's "Q12 Chair:", "Members present: Rachel Whitmore (Chair); …", "I: Professor Helen Ellis, Professor of
    Climate Risk, University of Leeds; …": each question number was a speaker, the chair unnamed, the committee's
    name and the panel's list were voices, and every witness's organisation was a fragment of their post ("Helen
    Ellis (Climate Risk)")."""
    d = _from_file(tmp_path, (
        "Environmental Audit Committee\n"
        "Oral evidence: Heat resilience in towns and cities, HC 412\n"
        "Tuesday 16 January 2024, Westminster\n\n"
        "Members present: Rachel Whitmore (Chair); Mr Tom Baxter; Dr Sarah Jones.\n\n"
        "Witnesses\n"
        "I: Professor Helen Ellis, Professor of Climate Risk, University of Leeds; and Mark Okafor, Director of "
        "Resilience, Local Government Association.\n\n"
        "Q12 Chair: Good morning, and welcome to this second panel of our inquiry into heat resilience.\n\n"
        "Professor Ellis: Thank you, Chair. I'm Helen Ellis, I'm professor of climate risk at the University of "
        "Leeds.\n\n"
        "Mark Okafor: Morning. Mark Okafor, director of resilience at the Local Government Association.\n\n"
        "Q13 Dr Sarah Jones: How many people are we losing to heat in this country?\n\n"
        "Professor Ellis: In the summer of 2022 we estimate there were 2,985 heat-associated deaths in England.\n"))
    assert {s.labels[0]: (s.name, s.affiliation, s.role) for s in d.speakers if s.labels} == {
        "Chair": ("Rachel Whitmore", None, "moderator"),
        "Professor Ellis": ("Helen Ellis", "University of Leeds", "speaker"),
        "Mark Okafor": ("Mark Okafor", "Local Government Association", "speaker"),
        "Dr Sarah Jones": ("Sarah Jones", None, "speaker")}


def test_an_interview_in_q_and_r_is_named_by_its_standfirst(tmp_path):
    """« Q : » / « R : » under a standfirst that names the guest (and, in its byline, the journalist): every quote was
    « Intervenant·e 2 », the standfirst an unidentified speaker's words and the journalist's objection a key message."""
    d = _from_file(tmp_path, (
        "Grand entretien – « L'aide alimentaire ne peut pas être la politique alimentaire d'un pays riche »\n"
        "Paris, le 3 avril 2024\n\n"
        "Économiste, directrice de recherche au CNRS et autrice de « Manger à sa faim, un droit », Hélène Marchetti "
        "travaille depuis quinze ans sur la précarité alimentaire et les circuits courts. Elle revient pour nous sur "
        "l'idée d'une sécurité sociale de l'alimentation. Propos recueillis par Julien Lemaire.\n\n"
        "Q : Merci d'avoir accepté cet entretien. De quoi parle-t-on quand on parle de précarité alimentaire ?\n\n"
        "R : On estime qu'environ huit millions de personnes ont recours à l'aide alimentaire en France.\n\n"
        "Q : L'aide alimentaire, justement, elle fonctionne ?\n\n"
        "R : Elle évite le pire, mais le système repose en grande partie sur les invendus de la grande distribution.\n\n"
        "Q : On vous objecte souvent que les gens achètent des produits transformés. Que répondez-vous ?\n\n"
        "R : Que le choix dépend du budget, du temps et des cuisines dont on dispose.\n"), "fr")
    people = {s.labels[0]: (s.name, s.affiliation, s.role) for s in d.speakers if s.labels}
    assert people["Q"] == ("Julien Lemaire", None, "moderator")
    assert people["R"] == ("Hélène Marchetti", "CNRS", "speaker")
    assert people["[narration]"][2] == "narration"


def test_a_delegation_is_named_by_its_delegate_and_a_bio_above_the_event_is_nobody_s(tmp_path):
    """"France: … I am Claire Dubois, Ambassador for Environmental Affairs" printed « According to France »; the
    paragraph of bios above "HC:" / "RP:" was an unidentified speaker's key message, and its people were « HC »."""
    d = _from_file(tmp_path, (
        "Working Group on the Circular Economy\nThird session, Palais des Nations, Geneva, 14 March 2024\n\n"
        "The Chair: I call the session to order. I give the floor to France.\n\n"
        "France: Thank you, Mr. Chairman. I am Claire Dubois, Ambassador for Environmental Affairs. A repairability "
        "index should become an international standard.\n\n"
        "The Chair: I thank France. I give the floor to Germany.\n\n"
        "Germany: Thank you. Recycled content targets must come with money for refining.\n"))
    france = by_label(d, "France")
    assert (france.name, france.country) == ("Claire Dubois", "France")
    assert by_label(d, "Germany").name is None
    d = _from_file(tmp_path, (
        "The Learning Society Lecture Series 2024\nIn conversation: Dame Helen Carter (HC) and Raj Patel (RP)\n\n"
        "Dame Helen Carter is chair of the Commission on Adult Skills and a former civil servant. Raj Patel is "
        "director of the Future of Work Lab at the University of Manchester, where he has worked since 2015.\n\n"
        "RP: Helen, welcome. Let me start with the obvious question: why do adults stop learning?\n\n"
        "HC: Because nobody pays for it, and because the courses are at the wrong time for people who work.\n\n"
        "RP: And what would you change first?\n\n"
        "HC: A learning account of a thousand pounds for every adult, topped up by employers.\n"))
    people = {s.labels[0]: (s.name, s.affiliation, s.role) for s in d.speakers if s.labels}
    assert people["RP"][:2] == ("Raj Patel", "University of Manchester")
    assert people["HC"][0] == "Helen Carter" and people["[narration]"][2] == "narration"


def test_a_programme_in_the_header_names_the_first_name_labels(tmp_path):
    """« Programme / Animation : Thomas Girard, journaliste au Progrès / - Julie Moreau, chercheuse au CNRS / - Julie
    Roussel, … » above « Thomas : », « Julie M. : », « Julie R. : »: « Animation » was a speaker, « Julie R. » never
    named, and « Julie M. » read as Julie and a Monsieur."""
    d = _from_file(tmp_path, (
        "Table ronde « Rénover sans exclure »\nLyon, Hôtel de la Métropole, 5 juin 2024\n\nProgramme\n"
        "Animation : Thomas Girard, journaliste au Progrès\nIntervenants :\n"
        "- Julie Moreau, chercheuse au CNRS, laboratoire Environnement Ville Société (EVS)\n"
        "- Julie Roussel, responsable du programme logement chez Habitat et Humanisme\n\n"
        "Thomas : Bonsoir à tous, bienvenue. Julie Moreau, on commence avec vous ?\n\n"
        "Julie M. : Volontiers. Les ménages modestes renoncent aux travaux parce que le reste à charge est trop lourd.\n\n"
        "Thomas : Julie Roussel ?\n\n"
        "Julie R. : Je ne suis pas d'accord : sans accompagnement, même un reste à charge nul ne suffit pas.\n"), "fr")
    people = {s.labels[0]: (s.name, s.affiliation, s.role) for s in d.speakers if s.labels}
    assert people == {"Thomas": ("Thomas Girard", "Progrès", "moderator"),
                      "Julie M.": ("Julie Moreau", "CNRS", "speaker"),
                      "Julie R.": ("Julie Roussel", "Habitat et Humanisme", "speaker")}


def test_a_presenter_labelled_by_the_part_is_named_by_her_own_words():
    """« PRÉSENTATRICE : Bonsoir… je suis Anne Lemaire » was a person called Présentatrice."""
    d = directory([
        ("PRÉSENTATRICE", "Bonsoir à tous et bienvenue dans le Grand Débat du soir, je suis Anne Lemaire. Pour en "
                          "débattre, j'ai le plaisir de recevoir le docteur Pierre Durand, pédiatre."),
        ("M. DURAND", "Bonsoir. Les enfants passent beaucoup trop de temps devant les écrans, et le sommeil en pâtit."),
        ("PRÉSENTATRICE", "Merci docteur. Laura Kessler ?"),
        ("MME KESSLER", "Bonsoir. Les écrans sont aussi un outil de lien pour les familles modestes.")])
    host = by_label(d, "PRÉSENTATRICE")
    assert (host.name, host.role) == ("Anne Lemaire", "moderator")


def test_voices_anonymised_by_letter_keep_their_letters():
    """"Participant A", "Participant B" (a round table under the Chatham House rule) were printed "Speaker 1, 2"."""
    d = directory([
        ("Chair", "Welcome. This session is under the Chatham House rule. Participant A, you wanted to start?"),
        ("Participant A", "Yes. Skills policy fails small firms because the courses are too long and too far away."),
        ("Participant B", "I disagree: the courses are fine, the problem is that nobody pays for the time off.")],
        "en")
    assert [s.label for s in d.speakers if s.labels and s.labels[0].startswith("Participant")] == [
        "Speaker A", "Speaker B"]


def test_under_the_chatham_house_rule_an_anonymous_voice_is_never_named():
    """A participant's slip of her own name ("As Laura, sorry, as Participant B…") named her in the drafts' evidence;
    under the rule no name is guessed, and the evidence says why."""
    turns = [
        ("Chair", "Welcome. This round table is held under the Chatham House rule. Participant A, you wanted to start?"),
        ("Participant A", "Yes. Skills policy fails small firms because the courses are too long and too far away."),
        ("Chair", "Thank you. Participant B?"),
        ("Participant B", "As Laura, sorry, as I was saying, as Participant B: nobody pays for the time off."),
        ("Chair", "Thank you Laura Smith, I mean, thank you."),
    ]
    d = directory(turns, "en")
    for label in ("Participant A", "Participant B"):
        s = by_label(d, label)
        assert s.name is None and ("name", CHATHAM_EVIDENCE) in s.evidence


def test_a_speaker_who_gives_their_own_full_name_and_post_gets_them():
    """A day on school catering (review AR): « Marc Delorme, journaliste à La Gazette des communes, je vais animer
    cette dernière session » and « Olivier Mathieu, acheteur public au département de l'Ain » were printed bare (read
    as introductions, which nobody makes of themselves), as was Paul Garnier, « éleveur dans les monts du Lyonnais et
    élu à la Chambre d'agriculture du Rhône » (an « éleveur » was no post, and the hills gave « (Lyonnais) »)."""
    d = directory([
        ("Jean-Pierre Vasseur", "Bonjour. J'ai avec moi Nadia Benali, cheffe du service restauration scolaire de la "
                                "Métropole de Lyon, et Paul Garnier, éleveur dans les monts du Lyonnais et élu à la "
                                "Chambre d'agriculture du Rhône. Nadia ?"),
        ("Nadia Benali", "Merci." + LONG),
        ("Paul Garnier", "Oui et non." + LONG),
        ("Olivier Mathieu", "Olivier Mathieu, acheteur public au département de l'Ain. Je voulais juste dire que le "
                            "code de la commande publique interdit de choisir un fournisseur parce qu'il est local."),
        ("Marc Delorme", "Bonjour à tous, j'espère que vous avez bien déjeuné. Marc Delorme, journaliste à La Gazette "
                         "des communes, je vais animer cette dernière session. Camille ?"),
        ("Camille Morel", "Merci." + LONG)])
    assert (by_label(d, "Marc Delorme").title, by_label(d, "Marc Delorme").affiliation) == (
        "journaliste", "La Gazette des communes")
    assert (by_label(d, "Olivier Mathieu").title, by_label(d, "Olivier Mathieu").affiliation) == (
        "acheteur public", "département de l'Ain")
    assert (by_label(d, "Paul Garnier").title, by_label(d, "Paul Garnier").affiliation) == (
        "éleveur", "Chambre d'agriculture du Rhône")
    assert by_label(d, "Nadia Benali").affiliation == "Métropole de Lyon"
    # (in words of their own, left to the rules that read them: « ik ben journalist bij Het Groene Dagblad en ik ben
    # vanmiddag jullie dagvoorzitter » gave the title « ik ben journalist » and all the rest as the newspaper)
    d = directory([
        ("Sanne de Vries", "Goedemiddag allemaal. Mijn naam is Sanne de Vries, ik ben journalist bij Het Groene "
                           "Dagblad en ik ben vanmiddag jullie dagvoorzitter. Lotte, wat zie je?"),
        ("Lotte Janssen", "Mensen gooien vooral brood en groente weg." + LONG)], language="nl")
    sanne = by_label(d, "Sanne de Vries")
    assert "ik" not in f"{sanne.title} {sanne.affiliation}".split()


def test_a_first_name_label_takes_the_full_name_and_body_its_speaker_gives():
    """A debate on seniors and digital services (review AQ): « Julien : Oui, merci Isabelle. Bonsoir. Julien Moreau, je
    suis conseiller numérique dans une maison France Services à Saint-Quentin » was signed « Julien (Saint-Quentin) »:
    the name after a thanks was no self-introduction, and the town was taken for his organisation."""
    d = directory([
        ("Isabelle Fontaine", "Et notre troisième intervenant, qui va se présenter lui-même."),
        ("Julien", "Oui, merci Isabelle. Bonsoir. Julien Moreau, je suis conseiller numérique dans une maison France "
                   "Services à Saint-Quentin, dans l'Aisne. Avant ça j'étais technicien informatique."),
        ("Isabelle Fontaine", "Merci Julien. Odile ?"),
        ("Odile Perrin", "Merci Isabelle." + LONG)])
    julien = by_label(d, "Julien")
    assert (julien.name, julien.title, julien.affiliation) == ("Julien Moreau", "conseiller numérique",
                                                               "France Services")


def test_the_members_present_name_the_labels_by_surname(tmp_path):
    """A select committee's record lists "Members present: Sir Robert Ainsley (Chair); Ms Anita Patel; …" above "Ms
    Patel:" (review AY): she was printed "Patel", and her declaration of interest made her the witness's NGO's."""
    d = _from_file(tmp_path, (
        "Environment and Rural Affairs Committee\nOral evidence: Storm overflows, HC 412\n\n"
        "Members present: Sir Robert Ainsley (Chair); Ms Anita Patel; Mr Gareth Hughes.\n\n"
        "Q1 Chair: Good morning. Our witness is Dr Helen Okafor, who is Chief Executive of the Riverwatch Trust. "
        "Dr Okafor, how bad is it?\n\n"
        "Dr Okafor: It's bad. Our storm overflows discharged 41,800 times in 2023.\n\n"
        "Q2 Ms Patel: Thank you, Chair. I should declare that I'm a member of the Riverwatch Trust, as are, I think, a "
        "few thousand of my constituents. Dr Okafor, is the company's claim true?\n\n"
        "Dr Okafor: No. The rivers are not cleaner than they were.\n\n"
        "Q3 Mr Hughes: Who pays for the new storage tanks?\n\n"
        "Dr Okafor: The bill payers, in the end.\n"), "en")
    people = {s.labels[0]: (s.name, s.affiliation) for s in d.speakers if s.labels}
    assert people["Ms Patel"] == ("Anita Patel", None)
    assert people["Mr Hughes"] == ("Gareth Hughes", None)
    assert people["Dr Okafor"] == ("Helen Okafor", "Riverwatch Trust")


def test_a_label_with_the_surname_s_initial_takes_the_name_the_speaker_says():
    """Zoom webinar of review BA: "Marc D.: Oui, bonjour, merci. Marc Dumont, je suis élu à Guéret." was printed
    "Marc D."."""
    d = directory([
        ("Julie Marchand", "Bonjour à toutes et à tous. On passe aux questions de la salle. Marc, je vous en prie."),
        ("Marc D.", "Oui, bonjour, merci. Marc Dumont, je suis élu à Guéret. Ma question : est-ce qu'on ne pourrait "
                    "pas mobiliser les jeunes en service civique ?"),
        ("Julie Marchand", "Merci. Karim, une réponse ?"),
    ])
    assert by_label(d, "Marc D.").name == "Marc Dumont"


def test_a_room_label_s_brackets_hold_a_first_name_or_what_one_is():
    """Forum of review BB: "Participant (Marc): Marc, I work for a car-sharing company" had no name and the
    organisation "Marc"; "Participant (student)" had the organisation "student"."""
    d = directory([
        ("Moderator", "We have time for questions from the floor. Yes, at the back."),
        ("Participant (student)", "Hi, I'm in urban planning. Doesn't building everything at once create a backlash?"),
        ("Participant (Marc)", "Marc, I work for a car-sharing company. Isn't the electric car the real solution?"),
        ("Participant (Oxfam)", "Hello. What about the people who cannot afford a new car at all?"),
    ], "en")
    assert (by_label(d, "Participant (student)").affiliation, by_label(d, "Participant (student)").title) == (
        None, "student")
    assert (by_label(d, "Participant (Marc)").name, by_label(d, "Participant (Marc)").affiliation) == ("Marc", None)
    assert (by_label(d, "Participant (Oxfam)").name, by_label(d, "Participant (Oxfam)").affiliation) == (None, "Oxfam")


def test_each_unknown_speaker_turn_is_its_own_voice_and_may_name_itself():
    """Otter webinar of review BA: "Unknown Speaker" said "it's Tom here, my video's frozen" once (Tom Brennan is a
    panellist) and was a nameless attendee from Portugal another time; both were one « Speaker 1 »."""
    d = directory([
        ("Claire Dubois", "Welcome. With me today are Tom Brennan, founder of Refurb Hub, and Ingrid Solberg, senior "
                          "economist at the Nordic Green Finance Institute. Tom, over to you."),
        ("Tom Brennan", "Thanks Claire. We repair and resell laptops, and the banks do not lend to us."),
        ("Ingrid Solberg", "A public guarantee fund would change that: it takes the first loss."),
        ("Unknown Speaker", "Sorry, sorry, can I jump in, it's, it's Tom here, my video's frozen. Just to say that "
                            "for us a guarantee like that would change everything."),
        ("Claire Dubois", "Thank you. A question from the audience now."),
        ("Unknown Speaker", "Yes, hello. I work for a small municipality in Portugal. How do we start?"),
    ], "en")
    who = [d.get(k) for k in d.turn_speaker]
    assert who[3].name == "Tom Brennan" and who[3].id == who[1].id
    assert who[5].name is None and who[5].id != who[3].id


def test_a_name_and_an_organisation_opening_the_turn_give_the_affiliation_without_a_greeting():
    """Urban mobility forum (review BB): "Participant (Sofia Andersson): Sofia Andersson, Swedish Association of Local
    Authorities. Henrik, did…" printed her with no affiliation, as only a greeting before the name made it hers; a
    chair's list of panellists opening a turn says nothing of the chair."""
    d = directory([
        ("MODERATOR", "Let's take a last question. Yes, at the back."),
        ("AUDIENCE MEMBER", "Sofia Andersson, Swedish Association of Local Authorities. Henrik, did the congestion "
                            "charge hurt the shops in the centre?"),
        ("HENRIK LINDQVIST", "No, footfall went up in the centre after two years, and the shops saw it too."),
        ("CHAIR", "Claire Dubois, European Investment Bank. Henrik Lindqvist, City of Gothenburg. Thank you both "
                  "for coming."),
        ("CLAIRE DUBOIS", "Thank you. We lend to cities that bundle their projects, and that is the key."),
    ], "en")
    sofia = next(s for s in d.speakers if s.id == d.turn_speaker[1])
    assert (sofia.name, sofia.affiliation) == ("Sofia Andersson", "Swedish Association of Local Authorities")
    chair = next(s for s in d.speakers if s.id == d.turn_speaker[3])
    assert chair.name is None


def test_a_display_name_with_the_person_after_the_body_names_the_person():
    """Meeting-app display names « Organisation - Prénom Nom » (review BA's Zoom webinar): "Impact Tank - Claire Dumont"
    was a person called Impact Tank of « Claire Dumont », two people of one body were one, and "Paris - Lyon" was a
    person called Paris."""
    d = directory([
        ("Impact Tank - Claire Dumont", "Bonjour à toutes et à tous, bienvenue dans ce webinaire sur l'emploi."),
        ("Impact Tank - Marc Durand", "Merci Claire. Nous avons suivi quarante structures pendant deux ans."),
        ("Paris - Lyon", "La ligne est saturée aux heures de pointe, et rien ne bougera avant dix ans."),
        ("Claire Dumont - Impact Tank", "Une dernière question avant de conclure, sur les financements."),
    ])
    claire, marc, place = (next(s for s in d.speakers if s.id == d.turn_speaker[i]) for i in (0, 1, 2))
    assert (claire.name, claire.affiliation) == ("Claire Dumont", "Impact Tank")
    assert (marc.name, marc.affiliation) == ("Marc Durand", "Impact Tank")
    assert place.name is None and place.affiliation is None
    assert d.turn_speaker[3] == d.turn_speaker[0]


def test_the_town_one_is_elected_in_stays_in_the_post():
    """Zoom webinar on digital inclusion (review BA): « Marc Dumont, je suis élu à Guéret » was printed « Marc Dumont
    (Guéret) », the town as his organisation, where « maire de Vaudrey » is printed whole."""
    d = directory([
        ("Animatrice", "Bonjour à toutes et à tous. On passe aux questions, Marc, allez-y."),
        ("Marc D.", "Oui, bonjour, merci. Marc Dumont, je suis élu à Guéret. Ma question porte sur les permanences "
                    "dans les mairies rurales."),
    ])
    marc = by_label(d, "Marc D.")
    assert (marc.name, marc.title, marc.affiliation) == ("Marc Dumont", "élu à Guéret", None)
