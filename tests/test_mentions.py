"""Introductions, self-introductions, hand-offs and thanks: each pattern in French and English."""
from __future__ import annotations

import pytest

from confsynth.mentions import describe, find_mentions, quotation_speaker
from confsynth.nlp import analyze_texts, has_model


def mentions(text: str, language: str, known=()):
    a = analyze_texts([text], [language])[0]
    return find_mentions(text, 0, a.entities, a.sentences, known, has_model(language))


def one(text: str, language: str, kind: str, known=()):
    found = [m for m in mentions(text, language, known) if m.kind == kind]
    assert found, f"no {kind} in {text!r}: {mentions(text, language, known)}"
    return found[0]


@pytest.mark.parametrize("text, language, name, title, affiliation, country", [
    # moderator introductions
    ("Je donne la parole à Anna Seravalli, chercheuse à l'Université de Malmö, en Suède.", "fr",
     "Anna Seravalli", "chercheuse", "Université de Malmö", "Suède"),
    ("Our next speaker is Jürgen Howaldt from TU Dortmund.", "en", "Jürgen Howaldt", None, "TU Dortmund", None),
    ("Bonjour. Monsieur Bruzzo, président de l'Observatoire francilien des risques travaux sur réseaux, "
     "va nous parler.", "fr", "Monsieur Bruzzo", "président",
     "Observatoire francilien des risques travaux sur réseaux", None),
    ("J'ai le plaisir d'accueillir le professeur Matthias Vogelsang, qui est sociologue à l'Université technique "
     "de Dortmund, en Allemagne, et qui travaille sur l'innovation sociale.", "fr",
     "le professeur Matthias Vogelsang", "sociologue", "Université technique de Dortmund", "Allemagne"),
    ("Je me tourne maintenant vers Philippe Garnier, qui est professeur à l'ESSEC Business School, ici en France.",
     "fr", "Philippe Garnier", "professeur", "ESSEC Business School", "France"),
    ("Karin Lindqvist est chercheuse à l'Université de Malmö, en Suède, où elle co-dirige un laboratoire.", "fr",
     "Karin Lindqvist", "chercheuse", "Université de Malmö", "Suède"),
    ("Ileana Dobrescu est professeure à la faculté d'administration de l'Université de Bucarest, Roumanie.", "fr",
     "Ileana Dobrescu", "professeure", None, "Roumanie"),
    ("Our third panelist is Katarzyna Wróbel, who is a policy advisor at the European Trade Union Confederation, "
     "the ETUC, where she follows the platform work file.", "en",
     "Katarzyna Wróbel", "policy advisor", "European Trade Union Confederation", None),
    ("And our fifth panelist is Dr. Priya Raman, who is a researcher at the Joint Research Centre in Seville.",
     "en", "Dr. Priya Raman", "researcher", "Joint Research Centre", None),
    ("I'm very pleased to welcome Sarah Stone, executive director for Wales of Samaritans.", "en",
     "Sarah Stone", "executive director for Wales", "Samaritans", None),
    ("We are delighted to welcome Anna Seravalli, a researcher at Malmö University in Sweden.", "en",
     "Anna Seravalli", "researcher", "Malmö University", "Sweden"),
    # « X est … » with a post that has a prefix, a lower-case body's whole name
    ("Nadia Belkacem est vice-présidente chargée de la mer et du littoral à la Région Côte d'Opale.", "fr",
     "Nadia Belkacem", "vice-présidente chargée de la mer et du littoral", "Région Côte d'Opale", None),
    ("Notre deuxième discutant, le docteur Olivier Rambert, est médecin et directeur du service de santé "
     "étudiante de l'université de Montclair.", "fr", "le docteur Olivier Rambert",
     "médecin et directeur du service de santé étudiante", "université de Montclair", None),
    ("So, I'm Helen Okafor, and we welcome Ines Carvalho, director of programmes here at the Civic Futures "
     "Institute.", "en", "Ines Carvalho", "director of programmes", "Civic Futures Institute", None),
    # what they founded, when first; what they are, then what they run; the pronoun set off by commas
    ("Et Marie-Laure Fontaine a fondé, il y a dix ans, Seconde Carrière, un cabinet de recrutement spécialisé "
     "dans les profils expérimentés.", "fr", "Marie-Laure Fontaine", None, "Seconde Carrière", None),
    ("Jean-Marc Roussillon, lui, est céréalier dans la Drôme et il préside la Fédération des irrigants du "
     "Sud-Est.", "fr", "Jean-Marc Roussillon", None, "Fédération des irrigants du Sud-Est", None),
    ("Nadia Bensalem, elle, est hydrogéologue au CNRS.", "fr", "Nadia Bensalem", "hydrogéologue", "CNRS", None),
    # a guest presented by where they sit, then by what they run, said with a pronoun, a colon or « vous »
    ("Pour en débattre, j'ai quatre invités. À ma gauche, Hélène Garnier. Elle a fondé, il y a dix ans, "
     "l'association Cap Expérience, qui accompagne les seniors.", "fr", "Hélène Garnier", None,
     "association Cap Expérience", None),
    ("À côté d'elle, Bruno Castel : il est DRH chez Aéroméca, un équipementier de 3 200 salariés, et il préside "
     "aussi le Club des DRH d'Occitanie.", "fr", "Bruno Castel", "DRH", "Aéroméca", None),
    ("En face de moi, Laurent Picard, économiste, il dirige le pôle travail de l'Observatoire des âges et de "
     "l'emploi.", "fr", "Laurent Picard", "économiste", "Observatoire des âges et de l'emploi", None),
    ("Mais d'abord, j'appelle notre grand témoin, Jean-Marc Vasseur, qui a dirigé pendant douze ans l'Agence "
     "régionale de l'alimentation et qui préside aujourd'hui l'Observatoire national de la restauration "
     "collective.", "fr", "Jean-Marc Vasseur", None, "Observatoire national de la restauration collective", None),
    # Spanish and Italian, which have no NER model here: the post before the name, the professor's title, the
    # body after a particle
    ("Tenemos tres ponentes. Empezamos con el concejal de Urbanismo y Vivienda del Ayuntamiento de Zaragoza, Andrés "
     "Lozano. Andrés, cuando quieras.", "es", "Andrés Lozano", "concejal de Urbanismo y Vivienda",
     "Ayuntamiento de Zaragoza", None),
    ("Abbiamo tre ospiti. Alla mia destra l'assessore alla casa del Comune di Torino, Marco Bellandi.", "it",
     "Marco Bellandi", "assessore alla casa", "Comune di Torino", None),
    ("Accanto a lui la professoressa Elena Rinaldi del Politecnico di Milano, che insegna urbanistica.", "it",
     "la professoressa Elena Rinaldi", None, "Politecnico di Milano", None),
    # a town after the body is where it is (« Valence » was printed as the organisation)
    ("Nous avons trois intervenants. Javier Morales, responsable des politiques publiques de la coopérative Sol Común "
     "à Valence, en Espagne, qui parlera en anglais.", "fr", "Javier Morales", "responsable des politiques publiques",
     "coopérative Sol Común", "Espagne"),
    # the guests found again: « on retrouve deux visages du matin : Karim Benali, de SNCF Voyageurs, et… »
    ("Pour cette table ronde, on retrouve deux visages du matin : Karim Benali, de SNCF Voyageurs, et Jean-Luc "
     "Bertin, qui vient nous rappeler la ruralité.", "fr", "Karim Benali", None, "SNCF Voyageurs", None),
    # the list's "Then", and the honorific after it
    ("We have three panellists today. Then Dr Priya Raman, senior lecturer in "
     "urban economics at the University of Manchester.", "en", "Priya Raman", "senior lecturer in urban economics",
     "University of Manchester", None),
])
def test_introductions(text, language, name, title, affiliation, country):
    m = one(text, language, "introduction")
    assert m.name == name
    assert m.title == title
    if affiliation is not None:
        assert m.affiliation == affiliation
    assert m.country == country


@pytest.mark.parametrize("text, name, title, affiliation", [
    # the parser cut the name after its first name (« Jean-Baptiste | Le Guen est… »)
    ("Nous avons quatre intervenants. Jean-Baptiste Le Guen est directeur de recherche en écologie marine à "
     "l'Institut breton des sciences marines.", "Jean-Baptiste Le Guen", "directeur de recherche en écologie marine",
     "Institut breton des sciences marines"),
    # a second post, said of her (« elle est cheffe… au CHU »), gives the organisation
    ("Anne-Laure Kessler est psychiatre, elle est cheffe du service de psychiatrie du jeune adulte au CHU de "
     "Montclair, et elle préside l'association Esprit Campus.", "Anne-Laure Kessler", "psychiatre", "CHU de Montclair"),
])
def test_a_speaker_of_the_event_said_to_be_someone(text, name, title, affiliation):
    """« Jean-Baptiste Le Guen est directeur de recherche… à l'Institut breton… », said of a panellist whose label
    the event has: both printed bare before."""
    m = one(text, "fr", "introduction", known=(name,))
    assert (m.name, m.title, m.affiliation) == (name, title, affiliation)


@pytest.mark.parametrize("text, language, name", [
    ("Okay. Now we'll go to Mr. Johns.", "en", "Mr. Johns"),
    ("We'll now continue with Mr.Ste-Marie.", "en", "Mr. Ste-Marie"),
    ("The first question will go to Mr. Albas.", "en", "Mr. Albas"),
    ("Thank you. We've got some questions now from Janet Finch-Saunders.", "en", "Janet Finch-Saunders"),
    ("Je vous passe tout de suite la parole à Mme Marchand, adjointe au maire.", "fr", "Mme Marchand"),
    ("Passons maintenant à Madame Petit.", "fr", "Madame Petit"),
    ("Thank you, minister. Next, we have Jacques Gourde.", "en", "Jacques Gourde"),
])
def test_hand_offs_name_the_next_speaker(text, language, name):
    m = one(text, language, "introduction")
    assert m.name == name and m.at_end and not m.listed


@pytest.mark.parametrize("text, language, name", [
    ("Thank you, Jürgen, over to you.", "en", "Jürgen"),
    ("Matthias, à vous.", "fr", "Matthias"),
    ("Merci. Sophie, vous avez la parole.", "fr", "Sophie"),
    ("Jonas, would you like to introduce yourself?", "en", "Jonas"),
    # told something of theirs before the turn's closing question (the panellist stayed "Speaker 3")
    ("Emma, you run HR for a company with a lot of shift work. Does that match what you see?", "en", "Emma"),
    ("You have 30 seconds left, Ms. Sgro. Go ahead with a short question and a response.", "en", "Ms. Sgro"),
    ("Our guest is Dr Ruth Kamau. Ruth, welcome.", "en", "Ruth"),
    ("Merci. Karim, vous formez les futurs journalistes. Qu'en pensez-vous ?", "fr", "Karim"),
    ("Thank you. Go ahead, Mr. Masse.", "en", "Mr. Masse"),
    ("We have another point of order. Mr. Guilbeault now has the floor.", "en", "Mr. Guilbeault"),
    ("Thank you. Mr.Savard-Tremblay, the floor is now yours.", "en", "Mr. Savard-Tremblay"),
    # a chair correcting themselves hands the floor to the last name
    ("Suzy, you're down to do that one—sorry, Siân.", "en", "Siân"),
    # ... and so does a chair starting with someone
    ("I've got two guests. Alan, let's start with you. What did Millbrook actually do?", "en", "Alan"),
    ("Karim, on commence par vous. Qu'est-ce qui a changé ?", "fr", "Karim"),
])
def test_addressing_someone_hands_them_the_floor(text, language, name):
    known = ["Jürgen Howaldt", "Matthias Vogelsang", "Sophie Van Acker", "Jonas Lindholm", "Siân Gwenllian",
             "Alan Brooks", "Karim Benali"]
    found = [m for m in mentions(text, language, known) if m.kind in ("address", "introduction") and m.at_end]
    assert [m.name for m in found][-1] == name


@pytest.mark.parametrize("text, language, name", [
    ("Merci Anna. Je voudrais revenir sur un point.", "fr", "Anna"),
    ("Thank you, Jürgen, and good morning to everyone.", "en", "Jürgen"),
    ("Merci monsieur Loiseau, bonsoir à toutes et à tous.", "fr", "monsieur Loiseau"),
    ("Je comprends monsieur Guillot, et on n'est pas contre les commerçants.", "fr", "monsieur Guillot"),
])
def test_thanks_and_replies_address_the_previous_speaker(text, language, name):
    m = one(text, language, "thanks", known=["Anna Seravalli", "Jürgen Howaldt"])
    assert m.name == name and m.at_start


@pytest.mark.parametrize("text, language, name, title, affiliation", [
    ("Hi everyone, I'm Risto Raivio, I work at the European Commission.", "en", "Risto Raivio", None,
     "European Commission"),
    ("My name is Hannah Whitaker, I'm a senior policy analyst at the European Policy Centre here in Brussels.",
     "en", "Hannah Whitaker", "senior policy analyst", "European Policy Centre"),
    ("Je suis Hélène Marchetti, je préside l'Impact Tank.", "fr", "Hélène Marchetti", None, "Impact Tank"),
    ("Bonjour, je m'appelle Claire Dumont et je dirige la recherche.", "fr", "Claire Dumont", None, None),
    # the name first, as the turn opens, then what they are (a voice from the room stayed unnamed)
    ("Oui, bonsoir, merci. Philippe Marchal, je suis parent d'élève, délégué FCPE au collège Pasteur.", "fr",
     "Philippe Marchal", None, None),
    ("Hi, Marek Dudek, I'm the policy officer at the European Federation of Courier Workers.", "en", "Marek Dudek",
     "policy officer", "European Federation of Courier Workers"),
])
def test_self_introductions(text, language, name, title, affiliation):
    m = one(text, language, "self")
    assert m.name == name
    if title or affiliation:
        d = one(text, language, "describe")
        assert (d.title, d.affiliation) == (title, affiliation)


@pytest.mark.parametrize("text, language, title, affiliation", [
    ("Je suis adjoint au responsable du département maintenance de GRT Gaz.", "fr",
     "adjoint au responsable du département maintenance", "GRT Gaz"),
    ("I'm head of workforce strategy at Nordlys Group.", "en", "head of workforce strategy", "Nordlys Group"),
    ("I work for the OECD in Paris.", "en", None, "OECD"),
    # "on" and "and" inside an English organisation's name
    ("I chair the Committee on Economic and Monetary Affairs.", "en", None,
     "Committee on Economic and Monetary Affairs"),
    ("I work for the OECD and I love it.", "en", None, "OECD"),
    # a post with a prefix, and no organisation
    ("Bonjour. Je suis Mathieu Dervaux, je suis vice-président chargé de la vie étudiante, et c'est moi qui vais "
     "animer cette matinée.", "fr", "vice-président chargé de la vie étudiante", None),
])
def test_self_descriptions_without_a_name(text, language, title, affiliation):
    d = one(text, language, "describe")
    assert (d.title, d.affiliation) == (title, affiliation)


@pytest.mark.parametrize("text, language", [
    # a question put to a minister is not the speaker's post
    ("Mr.Chair, the extremely simple question I am asking the Minister comes from companies and workers.", "en"),
    ("I'm speaking on behalf of the director of the agency today.", "en"),
    # nor is how they feel about what someone did
    ("I'm glad the member highlighted the Ebola virus vaccine.", "en"),
    ("Je suis content que le ministre soit là ce soir.", "fr"),
    # nor an interest declared (review AY: a committee member printed with the witness's NGO)
    ("Thank you, Chair. I should declare that I'm a member of the Riverwatch Trust, as are, I think, a few thousand "
     "of my constituents. Mr Denholm, I want to read you something.", "en"),
    ("Merci. Je dois déclarer un lien d'intérêts : je suis administratrice de l'association Eau Claire.", "fr"),
])
def test_what_someone_is_doing_is_no_self_description(text, language):
    assert not [m for m in mentions(text, language) if m.kind == "describe"]


@pytest.mark.parametrize("text, title", [
    ("I'm managing director of Nordlys Group.", "managing director"),
    ("I'm acting head of policy at the Fund.", "acting head of policy"),
    ("I'm also the chair of the regional transport board.", "chair of the regional transport board"),
])
def test_a_title_in_ing_is_still_a_title(text, title):
    assert one(text, "en", "describe").title == title


def test_a_list_of_people_says_nothing_about_who_speaks_next():
    found = mentions("I'm very pleased to welcome Kirsty Williams AM, Minister for Education; Steve Davies, "
                     "director of the education directorate; and Claire Bennett, who is deputy director for "
                     "curriculum and assessment.", "en", known=["Kirsty Williams", "Steve Davies", "Claire Bennett"])
    intro = {m.name: m for m in found if m.kind == "introduction"}
    assert set(intro) == {"Kirsty Williams AM", "Steve Davies", "Claire Bennett"}
    assert all(m.listed for m in intro.values())
    assert intro["Kirsty Williams AM"].title == "Minister for Education"
    assert intro["Claire Bennett"].title == "deputy director for curriculum and assessment"


@pytest.mark.parametrize("text, language, described", [
    ("I'm pleased to welcome Paul Roy from the OECD and Maria Lopez from Barcelona City Council.", "en",
     {"Paul Roy": "OECD", "Maria Lopez": "Barcelona City Council"}),
    ("With me today are Paul Roy from the OECD and Maria Lopez from the city of Barcelona.", "en",
     {"Paul Roy": "OECD", "Maria Lopez": "City of Barcelona"}),
    ("With me today are Paul Roy from the OECD, Jonas Lind from Nordlys Group and Maria Lopez.", "en",
     {"Paul Roy": "OECD", "Jonas Lind": "Nordlys Group", "Maria Lopez": None}),
    ("Our panelists are Paul Roy, chief economist at the OECD, and Maria Lopez, from Barcelona City Council.",
     "en", {"Paul Roy": "OECD", "Maria Lopez": "Barcelona City Council"}),
    ("Avec moi ce soir, Paul Roy, de l'OCDE, et Maria Lopez, de la Ville de Barcelone.", "fr",
     {"Paul Roy": "OCDE", "Maria Lopez": "Ville de Barcelone"}),
    # the portfolio after the place is no part of the organisation
    ("Avec moi ce soir, Julien Roche, directeur de l'Agence nationale pour l'information sur le logement, et Amina "
     "Benali, adjointe au maire de Lyon chargée du logement.", "fr",
     {"Julien Roche": "Agence nationale pour l'information sur le logement", "Amina Benali": None}),
    # an organisation with "and" in its name is no list
    ("I'm pleased to welcome Paul Roy from the Ministry of Research and Innovation.", "en",
     {"Paul Roy": "Ministry of Research and Innovation"}),
])
def test_each_person_of_an_introduced_list_gets_their_own_description(text, language, described):
    intro = {m.name: m.affiliation for m in mentions(text, language) if m.kind == "introduction"}
    assert intro == described


@pytest.mark.parametrize("text, language, name, title, affiliation", [
    ("Je vous présente nos intervenants. À ma gauche, Nadia Benali, directrice générale de la Fondation Travail et "
     "Territoires. Et Isabelle Fournier nous rejoindra pour la deuxième table ronde ; elle est vice-présidente du "
     "Département de la Gironde, chargée de l'insertion.", "fr", "Isabelle Fournier", "vice-présidente",
     "Département de la Gironde"),
    ("Our first speaker is Paul Roy, from the OECD. Kate Smith will join us after lunch; she is head of research at "
     "the Resolution Foundation.", "en", "Kate Smith", "head of research", "Resolution Foundation"),
])
def test_who_will_join_later_is_described_after_what_they_will_do(text, language, name, title, affiliation):
    """Colloque of review BB: « Et Isabelle Fournier nous rejoindra… ; elle est vice-présidente du Département de la
    Gironde » printed her with no affiliation."""
    found = [m for m in mentions(text, language) if m.kind == "introduction" and m.name == name]
    assert [(m.title, m.affiliation) for m in found] == [(title, affiliation)]


@pytest.mark.parametrize("text, language", [
    ("Thank you, Mr. Chair. Today we've learned that federal workers have been told to ignore fraud.", "en"),
    ("Merci Madame la Présidente, je serai bref.", "fr"),
    ("Let's go now to Windsor West. Go ahead.", "en"),
    ("I'm French, so forgive my accent.", "en"),
    ("Je suis tout à fait d'accord avec ce qui vient d'être dit.", "fr"),
    ("Before I go to Brussels next week, one more point.", "en"),
])
def test_roles_places_and_adjectives_are_not_people(text, language):
    assert not [m for m in mentions(text, language) if m.name]


@pytest.mark.parametrize("clause, described", [
    # the next clause about the person, without a comma
    (" vous êtes chercheur au CNRS et vous travaillez sur la commande publique.", ("chercheur", "CNRS", None)),
    (", vous êtes économiste à Sciences Po et vous avez évalué l'encadrement des loyers à Paris et à Lyon.",
     ("économiste", "Sciences Po", None)),
    (", researcher at the CNRS and you work on procurement.", ("researcher", "CNRS", None)),
    # a post said by its initials, a group
    (", vous êtes DRH du groupe Ternois.", ("DRH", "groupe Ternois", None)),
    # what the person runs
    (", qui dirige l'association Covoit'Campagne.", (None, "association Covoit'Campagne", None)),
    (", who leads the Civic Futures Institute.", (None, "Civic Futures Institute", None)),
    # ... and the country said after it, past the town (review AZ: the chair's introductions printed no country)
    (", who leads the energy community programme of the City of Milan, Italy.", (None, "City of Milan", "Italy")),
    (", qui coordonne la Ceinture Aliment-Terre liégeoise, à Liège, en Belgique.",
     (None, "Ceinture Aliment-Terre liégeoise", "Belgique")),
    (", who runs Fix It Forward, a charity in Dublin.", (None, "Fix It Forward", None)),
    # what kind of body, with its nation, is no part of its name (review BB: "Dutch fund Social Impact Ventures")
    (", who is investment director at the Dutch fund Social Impact Ventures.",
     ("investment director", "Social Impact Ventures", None)),
    (", qui dirige le fonds néerlandais Social Impact Ventures.", (None, "Social Impact Ventures", None)),
    (", qui dirige la fondation Abbé Pierre.", (None, "fondation Abbé Pierre", None)),
    # a bare « région » is no affiliation: the post says which
    (", vice-président de la région chargé des transports.",
     ("vice-président de la région chargé des transports", None, None)),
    # where someone lives is no employer
    (", agriculteur à côté de Fleurance.", ("agriculteur", None, None)),
    # nor the hamlet they live in (review AY: « agriculteur au hameau de la Croix » was printed « (Croix) »)
    (", agriculteur au hameau de la Croix, donc je suis le premier concerné.", ("agriculteur", None, None)),
    # nor the trade a post is in (review BB: « chef d'entreprise dans le bâtiment » gave the title « chef »)
    (", chef d'entreprise dans le bâtiment, à Villeurbanne.", ("chef d'entreprise dans le bâtiment", None, None)),
    # an article in capitals inside the sentence is the name's
    (", journaliste à La Dépêche.", ("journaliste", "La Dépêche", None)),
    # a body whose kind is said in lower case, whole
    (", vous êtes vice-présidente chargée des mobilités à la communauté de communes du Haut-Vallon, un territoire",
     ("vice-présidente chargée des mobilités", "communauté de communes du Haut-Vallon", None)),
    (", journaliste au magazine Habitat & Climat.", ("journaliste", "Habitat & Climat", None)),   # (the title, not what it is)
    # a body's own name after its kind (« lycée Jean-Moulin », not « Roubaix »); a post of several words
    (", qui est professeure de mathématiques au lycée Jean-Moulin de Roubaix.",
     ("professeure de mathématiques", "lycée Jean-Moulin de Roubaix", None)),
    (", maîtresse de conférences en sciences de l'éducation de l'université de Lille, qui a coordonné une enquête.",
     ("maîtresse de conférences en sciences de l'éducation", "université de Lille", None)),
    (" journaliste au Courrier de l'Éducation et c'est moi qui anime ce débat ce soir.",
     ("journaliste", "Courrier de l'Éducation", None)),
    # Spanish: what they run, a post in a body, a unit of a named body
    (", que dirige el departamento de estudios del Instituto Vienés de Vivienda Social, ha venido desde Viena.",
     (None, "Instituto Vienés de Vivienda Social", None)),
    (" es director de vivienda en el Área Metropolitana de Sabadell.",
     ("director de vivienda", "Área Metropolitana de Sabadell", None)),
    (", que preside la cooperativa de vivienda La Teulada, en Valencia.", (None, "cooperativa de vivienda La Teulada", None)),
    # what someone founded; a post of the earth sciences before the post at the body
    (" a fondé l'association Seconde Carrière, qui accompagne les seniors.", (None, "association Seconde Carrière", None)),
    (" a fondé, il y a dix ans, Seconde Carrière, un cabinet de recrutement.", (None, "Seconde Carrière", None)),
    (", lui, est céréalier dans la Drôme et il préside la Fédération des irrigants.",
     (None, "Fédération des irrigants", None)),
    (", vous êtes éleveuse dans la Drôme et vous présidez la coopérative Bio Vallée Drôme.",
     (None, "coopérative Bio Vallée Drôme", None)),
    (", you are based in Devon and you chair the Regional Growers Union.", (None, "Regional Growers Union", None)),
    (", cadre de santé à l'EHPAD Les Tilleuls, à Vannes, qui nous rejoint par téléphone.",
     ("cadre de santé", "EHPAD Les Tilleuls", None)),
    # a body named « Place à Noun » (« Lille » was printed as the association, « à Vélo » cut as where it is)
    (", président de l'association Lille à Vélo.", ("président", "association Lille à Vélo", None)),
    (", du collectif Bellevue à Vélo.", (None, "collectif Bellevue à Vélo", None)),
    (", chercheuse au CNRS à Montpellier.", ("chercheuse", "CNRS", None)),
    # a body of a university, not a place (« Ghent University » was cut as where the Institute is)
    (", senior research fellow at the Institute for Circular Economy at Ghent University, who audits figures.",
     ("senior research fellow", "Institute for Circular Economy, Ghent University", None)),
    (", researcher at the OECD in Paris.", ("researcher", "OECD", None)),
    # a body of members named by whom it gathers, then where (the place was printed as the organisation)
    (" est présidente de l'amicale des locataires des Acacias.", ("présidente", "amicale des locataires des Acacias", None)),
    (", responsable du service des sports de la Ville de Lyon.", ("responsable du service des sports", "Ville de Lyon", None)),
    # (a post said first stays the post: what they also run is a second thing)
    (" est directrice de l'Agence Sud et elle dirige aussi le fonds Y.", ("directrice", "Agence Sud", None)),
    (", hydrogéologue, directrice de recherche au CNRS, au laboratoire Géosciences.", ("hydrogéologue", "CNRS", None)),
    # German
    (", er ist Referent für Energie und Bauen bei der Verbraucherallianz Deutschland.",
     ("Referent für Energie und Bauen", "Verbraucherallianz Deutschland", None)),
    (", Geschäftsführer der Stadtwerke Lindenau, also jemand, der täglich mit den Rechnungen zu tun hat.",
     ("Geschäftsführer", "Stadtwerke Lindenau", None)),
    (", sie lehrt Sozialpolitik an der Universität Graz und leitet dort das Forschungsnetzwerk.",
     (None, "Universität Graz", None)),
    # a post that opens on its field's initials (the post was printed as the organisation)
    (", an HR business partner at Coldwell Borough Council.", ("HR business partner", "Coldwell Borough Council", None)),
])
def test_what_is_said_of_a_person_gives_their_post_and_organisation(clause, described):
    assert describe(clause) == described


@pytest.mark.parametrize("text, language, affiliation", [
    ("Good afternoon, and welcome to this panel. I'm Rachel Adams from the Civic Futures Institute, and I'll be your "
     "moderator today.", "en", "Civic Futures Institute"),
    ("Bonjour et bienvenue. Je suis Sophie Laurent, de l'Observatoire régional de l'habitat, et j'anime cette table "
     "ronde.", "fr", "Observatoire régional de l'habitat"),
])
def test_a_self_introduction_with_the_organisation_after_the_name(text, language, affiliation):
    found = [m for m in mentions(text, language) if m.kind == "self"]
    assert [m.affiliation for m in found] == [affiliation]


def test_description_stops_at_the_next_clause():
    assert describe(", qui est professeure à Esade, à Barcelone, en Espagne, et qui travaille sur la philanthropie") \
        == ("professeure", "Esade", "Espagne")
    assert describe(" from the University of Amsterdam, where she is associate professor") \
        == (None, "University of Amsterdam", None)


@pytest.mark.parametrize("before, after, how, who", [
    ("", " said the parson .", "nominal", "the parson"),
    ("", " , said Mr. Bennet .", "name", "Mr. Bennet"),
    ("", " Elizabeth replied .", "name", "Elizabeth"),
    ("", " he said ; and", "pronoun", None),
    ("Comme le disait Matthias, ", "", "name", "Matthias"),
    ("", " It was late .", "none", None),
])
def test_quotation_speaker(before, after, how, who):
    assert quotation_speaker(before, after) == (how, who)


def test_an_organisation_sharing_a_word_with_a_name_heard_is_no_person_of_the_list():
    """A name heard once ("Torfaen", a hand-off's single word) vouches for no list item: Sharon Davies keeps the
    council she is introduced with."""
    text = ("I'm very pleased to welcome our panel of witnesses this morning: Sharon Davies, head of learning, "
            "Torfaen County Borough Council and representing the Association of Directors of Education in Wales; "
            "and Nick Williams, director of education, Swansea city and county council.")
    intro = {m.name: m.affiliation for m in mentions(text, "en", known=["Sharon Davies", "Nick Williams", "Torfaen"])
             if m.kind == "introduction"}
    assert intro == {"Sharon Davies": "Torfaen County Borough Council", "Nick Williams": "Swansea city and county council"}


@pytest.mark.parametrize("said, title", [
    (", adjointe au maire de Lyon chargée du logement", "adjointe au maire de Lyon chargée du logement"),
    (", deputy mayor of Barcelona", "deputy mayor of Barcelona"),
    (", maire de Montreuil", "maire de Montreuil"),
])
def test_a_mayors_post_names_the_city(said, title):
    """The city alone would say less than the post: « Amina Benali (adjointe au maire de Lyon…) », not « (Lyon) »."""
    assert describe(said) == (title, None, None)


def test_a_known_name_then_a_particle_is_that_person_and_their_organisation():
    """German introductions: "Thomas Krüger von den Stadtwerken Freiburg" is Thomas Krüger, from the Stadtwerke;
    a name nobody knows shorter keeps its particle ("Ursula von der Leyen")."""
    text = "Bei mir sind Thomas Krüger von den Stadtwerken Freiburg und Dr. Sabine Wolf vom Fraunhofer-Institut."
    intro = [m for m in find_mentions(text, 0, (), (), ["Thomas Krüger", "Sabine Wolf"]) if m.kind == "introduction"]
    assert (intro[0].name, intro[0].affiliation) == ("Thomas Krüger", "Stadtwerken Freiburg")
    text = "Please welcome Ursula von der Leyen, President of the European Commission."
    intro = [m for m in find_mentions(text, 0, (), (), ["Ursula von der Leyen"]) if m.kind == "introduction"]
    assert (intro[0].name, intro[0].affiliation) == ("Ursula von der Leyen", "European Commission")


def test_a_question_read_out_from_the_chat_gives_nobody_the_floor():
    """"We've got a question in the chat from Owen, who's a parish clerk in Shropshire." is the chair's to ask: the
    guest who answers it was named Owen. A question from someone in the room hands them the floor."""
    text = "We've got a question in the chat from Owen, who's a parish clerk in Shropshire. He asks: is it realistic?"
    assert not [m for m in mentions(text, "en", ["Owen Price"]) if m.kind in ("introduction", "address")]
    text = "The next question is from Mr. Masse."
    assert [m.name for m in mentions(text, "en") if m.kind == "introduction"] == ["Mr. Masse"]


@pytest.mark.parametrize("part, title, org", [
    ("concejal de Turismo del Ayuntamiento de Palma", "concejal de Turismo", "Ayuntamiento de Palma"),
    ("directeur de la Stratégie de la Fondation Terres d'avenir", "directeur de la Stratégie",
     "Fondation Terres d'avenir"),
    ("head of Research of the Institute for Fiscal Studies", "head of Research", "Institute for Fiscal Studies"),
    # an organisation whose name holds « de la »: no unit before it
    ("directeur de la Maison de l'Europe", "directeur", "Maison de l'Europe"),
    ("conseiller au Ministère de la Culture", "conseiller", "Ministère de la Culture"),
])
def test_a_unit_before_its_organisation_belongs_to_the_post(part, title, org):
    """« concejal de Turismo del Ayuntamiento de Palma » printed "Jordi Puig (Turismo del Ayuntamiento de Palma)"."""
    from confsynth.mentions import _split_title_org

    assert _split_title_org(part)[:2] == (title, org)


@pytest.mark.parametrize("text, language", [
    ("Merci. Sophie Martin, je suis d'accord avec vous sur le fond.", "fr"),
    ("Merci. Sophie, je suis d'accord avec vous.", "fr"),
    ("Thanks. Anna Berg, I'm sorry to interrupt you there.", "en"),
])
def test_a_name_then_what_the_speaker_feels_is_no_self_introduction(text, language):
    assert not [m for m in mentions(text, language) if m.kind == "self"]


def test_a_first_name_then_where_one_lives_is_a_self_introduction():
    """Wind-farm debate of review AY: « Un habitant : Oui, bonjour, Patrick, j'habite à Landéan » lost the name
    Patrick; greeting someone the event knows is no self-introduction."""
    text = "Oui, bonjour, Patrick, j'habite à Landéan, la commune d'à côté. Les camions passent par où ?"
    assert [m.name for m in mentions(text, "fr") if m.kind == "self"] == ["Patrick"]
    assert not [m for m in mentions(text, "fr", known=["Patrick Loiseau"]) if m.kind == "self"]


@pytest.mark.parametrize("text, language, name, title, affiliation", [
    ("Bienvenidos. Me llamo Lucía Herrera, soy periodista de Heraldo y hoy me toca moderar.", "es", "Lucía Herrera",
     "periodista", "Heraldo"),
    ("Hola, soy Rosa Gimeno, soy la presidenta de la Asociación Vecinal de Delicias.", "es", "Rosa Gimeno",
     "presidenta", "Asociación Vecinal de Delicias"),
    ("Allora, sono Sara Conti e lavoro per la cooperativa Il Cortile, una cooperativa sociale.", "it", "Sara Conti",
     None, "cooperativa Il Cortile"),
    ("Io sono Giulia Ferraris, coordino il programma \"Città e abitare\" della Fondazione Città Futura.", "it",
     "Giulia Ferraris", None, "Fondazione Città Futura"),
    ("Hi, I'm Priya Shah, I teach at Ashby Vale Primary, and the flooding closed our school.", "en", "Priya Shah",
     None, "Ashby Vale Primary"),
    ("Bonsoir, je suis Paul Martin, j'enseigne au lycée Jean-Moulin de Roubaix.", "fr", "Paul Martin", None,
     "lycée Jean-Moulin de Roubaix"),
    # (a city is where the programme is run, not whom for)
    ("Je suis Claire Dubois, je dirige le programme énergie de notre think tank ici à Bruxelles.", "fr",
     "Claire Dubois", None, None),
])
def test_self_introductions_in_the_other_languages(text, language, name, title, affiliation):
    found = mentions(text, language)
    assert [m.name for m in found if m.kind == "self"] == [name]
    described = [(m.title, m.affiliation) for m in found if m.kind in ("self", "describe") and (m.title or m.affiliation)]
    assert (described[-1] if described else (None, None)) == (title, affiliation)


@pytest.mark.parametrize("text, language, name", [
    ("Es arquitecta, profesora de la Universidad de Zaragoza. Carmen Aznar, bienvenida.", "es", "Carmen Aznar"),
    ("Empezamos con Andrés Lozano. Andrés Lozano, cuando quieras.", "es", "Andrés Lozano"),
    ("E ora la parola alla nostra ospite. Sara Conti, a te la parola.", "it", "Sara Conti"),
])
def test_a_hand_off_in_a_language_without_ner_names_the_next_speaker(text, language, name):
    assert name in [m.name for m in mentions(text, language) if m.kind in ("address", "introduction") and m.at_end]


def test_the_minutes_list_of_who_sat_introduces_each_with_their_post():
    """« Présents : M. Bernard Cazals, maire ; … M. Paul Lefort, Mme Sandrine Morel, conseillers municipaux du groupe
    « Saint-Aubin Autrement » (opposition). »: each person, with the body a plural post gives to those before it
    (M. Lefort stayed « M. Lefort »; Mme Morel's post was the plural « conseillers municipaux »)."""
    found = {m.name: (m.title, m.affiliation) for m in mentions(
        "Présents : M. Bernard Cazals, maire ; Mme Hélène Durand, adjointe aux finances ; M. Paul Lefort, Mme Sandrine "
        "Morel, conseillers municipaux du groupe « Saint-Aubin Autrement » (opposition).", "fr")
        if m.kind == "introduction"}
    assert found == {"M. Bernard Cazals": ("maire", None), "Mme Hélène Durand": ("adjointe aux finances", None),
                     "M. Paul Lefort": (None, "groupe « Saint-Aubin Autrement », opposition"),
                     "Mme Sandrine Morel": (None, "groupe « Saint-Aubin Autrement », opposition")}


@pytest.mark.parametrize("clause, described", [
    # an MEP was printed « (European Parliament) », title "Member", the group lost
    (", Member of the European Parliament, from the Greens/EFA group, who was shadow rapporteur on the fund.",
     ("Member of the European Parliament", "European Parliament, Greens/EFA", None)),
    (", Member of the European Parliament for Renew Europe.",
     ("Member of the European Parliament", "European Parliament, Renew Europe", None)),
    # an Italian round table: the organisation ran into the next clause, a post was unknown, a title kept « della »
    (", sono giornalista di Radio 24 e stasera modero questo incontro.", ("giornalista", "Radio 24", None)),
    (", responsabile sostenibilità di Federmoda Italia, l'associazione che rappresenta le imprese.",
     ("responsabile sostenibilità", "Federmoda Italia", None)),
    (", presidente della cooperativa sociale Rimaglie di Firenze, che gestisce due negozi.",
     ("presidente", "cooperativa sociale Rimaglie di Firenze", None)),
])
def test_posts_and_organisations_as_the_reviews_found_them(clause, described):
    from confsynth.mentions import describe

    assert describe(clause) == described


def test_someone_from_the_room_who_runs_something_says_who_they_are():
    """« Bonjour, Karim Benali, je dirige une association d'insertion à Saint-Denis » was « Audience member »."""
    found = [m for m in mentions("Bonjour, Karim Benali, je dirige une association d'insertion à Saint-Denis, on a "
                                 "quinze salariés. Ma question c'est pour Mathieu.", "fr") if m.kind == "self"]
    assert [m.name for m in found] == ["Karim Benali"]


def test_a_body_whose_name_holds_a_pronoun_is_named_whole_with_its_country():
    """A podcast (review AT): "Liam O'Connell is the founder of Fix It Forward, the network of repair cafés in
    Ireland." signed every quote « Liam O'Connell (founder of Fix It) »: « It » read as a pronoun, and the parser's
    sentence break after it cut the name."""
    assert describe(" is the founder of Fix It Forward, the network of repair cafés in Ireland.") \
        == ("founder", "Fix It Forward", "Ireland")
    assert describe(", coordinator of Just Do It Together, an NGO working in Mali.") \
        == ("coordinator", "Just Do It Together", None)
    liam = one("I'm in Dublin, in a slightly cold community hall, with a man who has fixed more toasters than "
               "anyone in Ireland. Liam O'Connell is the founder of Fix It Forward, the network of repair cafés in "
               "Ireland. Liam, welcome.", "en", "introduction")
    assert (liam.name, liam.title, liam.affiliation, liam.country) == (
        "Liam O'Connell", "founder", "Fix It Forward", "Ireland")


@pytest.mark.parametrize("text, language, name, affiliation", [
    ("À votre droite, Sandrine Koulibaly, qui pilote le service local d'intervention pour la maîtrise de l'énergie, "
     "le SLIME, à la Métropole de Lyon. Ensuite Thomas Vidal, directeur général de l'association Effinergie.", "fr",
     "Sandrine Koulibaly", "Métropole de Lyon"),
    ("Tomasz Nowak is head of policy at FEBA. And Laura Bennett runs operations at City Harvest Network, which "
     "redistributes surplus food to around four hundred charities.", "en", "Laura Bennett", "City Harvest Network"),
    ("Our last guest is Ruth Ames, who oversees the Coastal Homes Trust.", "en", "Ruth Ames", "Coastal Homes Trust"),
])
def test_an_introduction_with_a_verb_gives_the_organisation(text, language, name, affiliation):
    """Reviews AQ: « Sandrine Koulibaly, qui pilote le service local …, le SLIME, à la Métropole de Lyon » and "Laura
    Bennett runs operations at City Harvest Network" were printed with no organisation."""
    found = {m.name: m.affiliation for m in mentions(text, language) if m.kind == "introduction"}
    assert found[name] == affiliation


@pytest.mark.parametrize("clause, described", [
    (", éleveur dans les monts du Lyonnais et élu à la Chambre d'agriculture du Rhône.",
     ("éleveur", "Chambre d'agriculture du Rhône", None)),
    (", acheteur public au département de l'Ain.", ("acheteur public", "département de l'Ain", None)),
    (", maraîchère dans la vallée de la Drôme.", ("maraîchère", None, None)),
])
def test_a_farmer_s_post_and_the_body_they_sit_on(clause, described):
    """A day on school catering (review AR): Paul Garnier, « éleveur dans les monts du Lyonnais et élu à la Chambre
    d'agriculture du Rhône », was printed bare (« éleveur » was no post; the hills would have given « Lyonnais »)."""
    assert describe(clause) == described


@pytest.mark.parametrize("clause, described", [
    (", conseiller numérique dans une maison France Services à Saint-Quentin, dans l'Aisne.",
     ("conseiller numérique", "France Services", None)),
    (", engineer in a startup called Voltaire in Lyon", ("engineer", "Voltaire", None)),
    # (no name after what it is: the town stays no body)
    (", nurse in a hospital in Leeds.", ("nurse in a hospital in Leeds", None, None)),
])
def test_a_body_named_after_what_it_is_not_its_town(clause, described):
    """Review AQ: « conseiller numérique dans une maison France Services à Saint-Quentin » was printed « (Saint-Quentin) »."""
    assert describe(clause) == described


@pytest.mark.parametrize("text, language, name, affiliation", [
    ("Karim Benali, vous présidez la coopérative Terres d'Oc, qui regroupe à peu près trois cents exploitations "
     "dans le Gers. Hélène Roux est vice-présidente de la Région Occitanie.", "fr", "Karim Benali",
     "coopérative Terres d'Oc"),
    ("We have four speakers today. Dr Tomasz Nowak is a clinical pharmacologist at the Jagiellonian University in "
     "Kraków. Marie Laurent leads the clinical trials data unit at the European Medicines Agency.", "en",
     "Dr Tomasz Nowak", "Jagiellonian University"),
    ("Priya Raman is the founder of Helix Data. And João Silva, who joins us from Lisbon, is a senior adviser at the "
     "Portuguese Ministry of Health. Tomasz, you start.", "en", "João Silva", "Portuguese Ministry of Health"),
    ("Next to her, Professor Miriam Katz, from Delft University of Technology, who has spent twenty years comparing "
     "housing systems across Europe.", "en", "Professor Miriam Katz", "Delft University of Technology"),
    ("And joining us a bit later for the second session, Ewa Nowak from the European Commission, Directorate-General "
     "for Energy.", "en", "Ewa Nowak", "European Commission"),
    ("Then Luca Ferrari, secretary-general of the Italian Federation of Social Housing Providers.", "en",
     "Luca Ferrari", "Italian Federation of Social Housing Providers"),
])
def test_an_affiliation_said_in_a_sentence_is_the_speaker_s(text, language, name, affiliation):
    """Reviews AU and AW: the chair's full sentences (« Karim Benali, vous présidez la coopérative Terres d'Oc »,
    "Dr Tomasz Nowak is a clinical pharmacologist at…", "João Silva, who joins us from Lisbon, is…", "Professor
    Miriam Katz, from Delft…") left these panellists bare, and Luca Ferrari's federation inside his title."""
    found = {m.name: m.affiliation for m in mentions(text, language) if m.kind == "introduction"}
    assert found[name] == affiliation


def test_a_speaker_who_coordinates_a_group_at_a_body_is_the_body_s():
    """Review AW (a Teams webinar): "My name is Lucas Moreau, I coordinate the climate adaptation working group at
    Eurocities." left the chair with no organisation."""
    found = one("Good morning and welcome to this webinar. My name is Lucas Moreau, I coordinate the climate "
                "adaptation working group at Eurocities. Quick housekeeping: microphones are off.", "en", "describe")
    assert found.affiliation == "Eurocities"


@pytest.mark.parametrize("clause, described", [
    (", directeur du centre de santé intercommunal de Quillan, dans l'Aude.",
     ("directeur", "centre de santé intercommunal de Quillan", None)),
    (", étudiante en quatrième année de médecine à Toulouse.",
     ("étudiante en quatrième année de médecine à Toulouse", None, None)),
    (" directeur régional de la Banque des Territoires pour l'Occitanie, donc le groupe Caisse des Dépôts.",
     ("directeur régional", "Banque des Territoires", None)),
    (", directeur de l'Agence pour l'Emploi.", ("directeur", "Agence pour l'Emploi", None)),
])
def test_a_town_is_no_organisation(clause, described):
    """Reviews AV and AW: « directeur du centre de santé intercommunal de Quillan » was printed « (Quillan) », « étudiante
    … à Toulouse » « (Toulouse) », and « directeur régional de la Banque des Territoires pour l'Occitanie » kept the
    region in the bank's name."""
    assert describe(clause) == described


def test_a_farewell_with_where_the_guest_comes_from_introduces_nobody():
    """"Brilliant. Priya Raman, from the Restart Collective, thank you so much." is the co-host's goodbye: read as an
    introduction, it made him a second chair, and the podcast's host was no longer its moderator (regression set)."""
    said = "Brilliant. Priya Raman, from the Restart Collective, thank you so much."
    assert not [m for m in mentions(said, "en") if m.kind == "introduction" and m.name == "Priya Raman"]
