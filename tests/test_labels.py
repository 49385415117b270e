from __future__ import annotations

import pytest

from confsynth.ingest.labels import normalize_name, parse_label, split_inline


@pytest.mark.parametrize("text, name, affiliation, kind", [
    ("Anna Seravalli (Malmö University)", "Anna Seravalli", "Malmö University", "person"),
    ("DUMONT Claire (Impact Tank)", "Claire Dumont", "Impact Tank", "person"),
    ("Claire Dumont, directrice de la recherche, Impact Tank", "Claire Dumont", "Impact Tank", "person"),
    ("Mr. Brad Vis (MissionMatsquiFraser Canyon, CPC)", "Brad Vis", "MissionMatsquiFraser Canyon, CPC", "person"),
    ("The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))", "Anthony Rota", "NipissingTimiskaming, Lib.",
     "moderator"),
    ("SPEAKER_00", None, None, "anonymous"),
    ("S151", None, None, "anonymous"),
    ("Intervenant 2", None, None, "anonymous"),
    ("Panelist 2", None, None, "anonymous"),
    ("Q", None, None, "audience"),      # "Q:" asks; "A", "B" are AssemblyAI's voices
    ("Question de la salle", None, None, "audience"),
    ("Participante (Ville de Lyon)", None, "Ville de Lyon", "audience"),
    ("Une habitante", None, None, "audience"),
    # « Participante » is a word, not "Participant E"; the other languages' floor and numbered voices
    ("Participante", None, None, "audience"),
    ("Participant E", None, None, "anonymous"),
    ("Público", None, None, "audience"),
    ("Teilnehmerin", None, None, "audience"),
    ("Vraag uit de zaal", None, None, "audience"),
    ("Intervento dal pubblico", None, None, "audience"),   # (read as prose, the room's words went to the chair)
    ("Intervención del público", None, None, "audience"),
    ("Sprecher 2", None, None, "anonymous"),
    # a voice named by what it is: a neutral label, never a person called "Unknown"
    ("Unknown", None, None, "anonymous"),
    ("Speaker", None, None, "anonymous"),
    ("Orateur", None, None, "anonymous"),
    # a part in the programme in the parenthesis: the moderator is the moderator, a panelist's organisation
    # is what follows
    ("Anna Berg (Moderator)", "Anna Berg", None, "moderator"),
    ("Claire Dumont (Modératrice, Impact Tank)", "Claire Dumont", "Impact Tank", "moderator"),
    ("Paul Roy (Panelist, OECD)", "Paul Roy", "OECD", "person"),
    ("Paul Roy (Guest)", "Paul Roy", None, "person"),
    # the chair of an assembly, as its records print it: a role, not a person called "Madam"
    ("Mr. Chair", None, None, "moderator"),
    ("Madam Chair", None, None, "moderator"),
    ("Mr. Speaker", None, None, "moderator"),
    ("Madam Deputy Speaker", None, None, "moderator"),
    ("M. le Président", None, None, "moderator"),
    ("Mme la Présidente", None, None, "moderator"),
    # the moderator in the other languages staff receive
    ("Anna Schmidt (Moderatorin)", "Anna Schmidt", None, "moderator"),
    ("Laura Gómez (moderadora, El País)", "Laura Gómez", "El País", "moderator"),
    ("Moderatore", None, None, "moderator"),
    # ... named after their role
    ("Moderatorin Anna Becker", "Anna Becker", None, "moderator"),
    ("Modératrice Claire Dumont (Impact Tank)", "Claire Dumont", "Impact Tank", "moderator"),
    ("Moderator, Anna Berg", "Anna Berg", None, "moderator"),
    ("The moderator Anna Berg, OECD", "Anna Berg", "OECD", "moderator"),
    ("Chair Anthony Rota", "Anthony Rota", None, "moderator"),
    # an anonymised participant of a research corpus keeps the title before their letter ("D" is nobody)
    ("Professor D", "Professor D", None, "person"),
    ("Dr. A", "Dr. A", None, "person"),
    ("Professor Howaldt", "Howaldt", None, "person"),
    # the Union's other alphabets: Bulgarian, Greek
    ("Иван Петров (Софийски университет)", "Иван Петров", "Софийски университет", "person"),
    ("Αλέξης Παπαδόπουλος (Πανεπιστήμιο Αθηνών)", "Αλέξης Παπαδόπουλος", "Πανεπιστήμιο Αθηνών", "person"),
])
def test_labels_are_parsed(text, name, affiliation, kind):
    label = parse_label(text)
    assert label is not None
    assert (label.name, label.affiliation, label.kind) == (name, affiliation, kind)


@pytest.mark.parametrize("text", [
    "Paris, 11 février 2022", "Merci beaucoup", "Note", "Ordre du jour", "Il a dit que c'était fini.",
    "Encourager l'innovation sociale à l'échelle européenne",
    # a speaker going on with a colon in the sentence: nobody called Sorry, Bon or Bueno
    "Sorry, so, just a message to our ministry in German", "Bon, alors, ma deuxième remarque",
    "Pardon", "Entschuldigung, kurz auf Deutsch", "Anna, so, what do you think",
])
def test_prose_is_not_a_label(text):
    assert parse_label(text) is None


@pytest.mark.parametrize("text, affiliation", [
    ("Mme la Ministre", None), ("The Minister", None), ("Ministre de la Culture", None),
    ("Directrice générale (Ville de Lyon)", "Ville de Lyon"), ("Secrétaire général", None),
    ("Adjoint au maire", None), ("Le Maire, Ville de Lyon", "Ville de Lyon"), ("Secretary of State for Health", None),
    ("Director General", None), ("Keynote speaker", None), ("Project Manager", None), ("Industrial Designer", None),
    # a post and its organisation, with no name: "Impact Tank" is nobody's name
    ("Directrice générale, Impact Tank", "Impact Tank"), ("Director of the European Investment Bank", None),
])
def test_a_post_is_a_label_with_no_name(text, affiliation):
    """A label that names a post: its speaker's turns are their own (these lines used to be read as prose and
    added to the speaker before), printed as the label, never a person called "The" or "Directrice"."""
    label = parse_label(text)
    assert label is not None
    assert (label.name, label.affiliation, label.kind) == (None, affiliation, "role")


@pytest.mark.parametrize("text, name, role", [
    ("Bruno Le Maire", "Bruno Le Maire", None), ("Federico Mayor", "Federico Mayor", None),
    ("Dean Smith", "Dean Smith", None),
    # a post, then the person: the person, with the post as what they do
    ("Project Manager Anna Berg", "Anna Berg", "Project Manager"),
    ("La ministre Amélie Dupont", "Amélie Dupont", "ministre"),     # was "La Amélie Dupont"
    ("Madame la Ministre Amélie Dupont", "Amélie Dupont", "Ministre"),
    ("Commissioner Breton", "Breton", "Commissioner"),
    ("Secretary of State for Health Anna Berg", "Anna Berg", "Secretary of State for Health"),
    ("Le ministre de l'Économie, Bruno Le Maire", "Bruno Le Maire", "ministre de l'Économie"),
    ("Directrice générale de Habitat Lyon, Sophie Martin", "Sophie Martin", "Directrice générale de Habitat Lyon"),
    ("Rapporteur, M. Dupont", "Dupont", "Rapporteur"),
    # the words that announce a turn: the person after them
    ("Intervention de M. Dupont", "Dupont", None),                 # was "Intervention de Dupont"
    ("Réponse de Anna Berg", "Anna Berg", None),
    ("Propos introductifs de M. Jean Dupont", "Jean Dupont", None),
    ("Opening remarks by Anna Berg", "Anna Berg", None),
    # honorifics of the other languages staff receive
    ("Frau Dr. Schmidt", "Schmidt", None), ("Sra. García", "García", None), ("Dott.ssa Rossi", "Rossi", None),
])
def test_a_name_with_a_post_in_it_is_a_person(text, name, role):
    label = parse_label(text)
    assert label is not None and (label.name, label.role, label.kind) == (name, role, "person")


def test_a_question_from_the_floor_labelled_question_is_the_audience():
    """« Question : Comment … ? » in a Q&A is someone in the room; it was read as prose and given to the speaker
    before. « Question : le financement. » (no question) is still no label."""
    _, label, text = split_inline("Question : Comment financer les projets ?")
    assert label is not None and label.kind == "audience" and text == "Comment financer les projets ?"
    assert split_inline("Question : le financement.")[1] is None
    _, label, _ = split_inline("**Question :** Que prévoyez-vous pour les commerces ?")    # Markdown's bold label
    assert label is not None and label.kind == "audience"


def test_a_post_in_capitals_is_printed_in_sentence_case():
    label = parse_label("LA MINISTRE")
    assert (label.kind, label.role) == ("role", "La ministre") and label.key == parse_label("La Ministre").key


def test_one_post_addressed_two_ways_is_one_speaker():
    """« M. le Maire » and « Le Maire » are one post; « Mme la Ministre » and « M. le Ministre » two people."""
    assert parse_label("M. le Maire").key == parse_label("Le Maire").key
    assert parse_label("Mme la Ministre").key != parse_label("M. le Ministre").key
    assert parse_label("Président").kind == "moderator"    # a French chair, labelled by the post alone
    assert parse_label("Mot d'accueil de M. le Maire").key == parse_label("Le Maire").key
    assert parse_label("Directrice générale (Ville de Lyon)").key == parse_label("Directrice générale").key
    # the chair's opening speech, then the chair: one speaker, printed as their next turns are labelled
    opening = parse_label("Allocution de la Présidente")
    assert opening.kind == "moderator" and opening.key == parse_label("La Présidente").key
    assert opening.raw == "La Présidente"


def test_role_in_lowercase_parenthesis_is_not_an_affiliation():
    label = parse_label("Mme Sylvie Marchand (adjointe au maire)")
    assert label.name == "Sylvie Marchand" and label.role == "adjointe au maire" and label.affiliation is None


@pytest.mark.parametrize("line, seconds, name, text", [
    ("[00:12:03] Jürgen Howaldt: Thank you.", 723.0, "Jürgen Howaldt", "Thank you."),
    ("Anna Seravalli (Malmö University) : bonjour", None, "Anna Seravalli", "bonjour"),
    ("**Risto Raivio:** We fund competence centres.", None, "Risto Raivio", "We fund competence centres."),
    ("Mme Laura Petit\u00a0: oui", None, "Laura Petit", "oui"),
    # Rev with the speaker's part before the time
    ("Anna Berg (Moderator) [00:01:02]: Welcome to the panel.", 62.0, "Anna Berg", "Welcome to the panel."),
    # the French parliamentary records' « Nom. – texte »
    ("M. Jean Dupont. – Mes chers collègues, la rénovation des écoles.", None, "Jean Dupont",
     "Mes chers collègues, la rénovation des écoles."),
    ("Mme Marie-Noëlle Lienemann. – Nous voterons contre.", None, "Marie-Noëlle Lienemann", "Nous voterons contre."),
    ("M. Philippe Bas, rapporteur. – Avis défavorable.", None, "Philippe Bas", "Avis défavorable."),
])
def test_inline_labels(line, seconds, name, text):
    secs, label, rest = split_inline(line)
    assert secs == seconds and label.name == name and rest == text


def test_a_chair_or_a_post_in_the_records_form_is_labelled_as_such():
    assert split_inline("M. le président. – La parole est à M. Dupont.")[1].kind == "moderator"
    assert split_inline("Mme la ministre. – Je vous remercie.")[1].kind == "role"


def test_public_meeting_lines_keep_time_and_anonymous_label():
    secs, label, rest = split_inline("[12.5-15.75] S1: bonjour à tous")
    assert secs == 12.5 and label.kind == "anonymous" and label.raw == "S1" and rest == "bonjour à tous"


@pytest.mark.parametrize("line", ["Note: this is important", "Il a dit: oui", "à 10:30: rendez-vous",
                                  "voir https://example.org: lien", "Merci. – Applaudissements sur les bancs.",
                                  "La réforme. – Un texte adopté en première lecture."])
def test_colon_in_prose_is_not_a_label(line):
    assert split_inline(line)[1] is None


def test_name_normalisation():
    assert normalize_name(["Jean-Pierre", "DE", "LA", "FONTAINE"]) == "Jean-Pierre de la Fontaine"
    assert normalize_name(["FERRAND", "Mathilde"]) == "Mathilde Ferrand"


@pytest.mark.parametrize("line, name, role, affiliation", [
    ("Speaker: Priya Raman, Head of the Small Business Programme, National Cyber Resilience Centre",
     "Priya Raman", "Head of the Small Business Programme", "National Cyber Resilience Centre"),
    ("Intervenante : Hélène Marchand, directrice, Fondation Terres d'avenir", "Hélène Marchand", "directrice",
     "Fondation Terres d'avenir"),
])
def test_a_header_saying_who_speaks_is_that_person_s_label(line, name, role, affiliation):
    """"Speaker: Priya Raman, Head of…" above a keynote's paragraphs: the whole talk was a voice called "Speaker",
    printed « Intervenant·e 1 », though its own line named her."""
    _, label, said = split_inline(line)
    assert (label.name, label.role, label.affiliation, said) == (name, role, affiliation, "")
    # ... a sentence after the word is what that voice says
    assert split_inline("Guest: John Smith. Thanks for having me.")[1].kind == "anonymous"
    assert split_inline("Speaker: Thank you all for coming")[2] == "Thank you all for coming"


def test_a_colon_inside_a_quoted_title_is_no_label():
    """« Table ronde « Travailler après 55 ans : chance ou impasse ? » — émission… » opened the file: its first half
    was read as a speaker (an « Unidentified speaker » and no title, date or place)."""
    line = "Table ronde « Travailler après 55 ans : chance ou impasse ? » — émission Les Voix de l'emploi"
    assert split_inline(line)[1] is None
    assert split_inline("Anna Berg : « Bonjour : voilà »")[1].name == "Anna Berg"


@pytest.mark.parametrize("line", ["Pour : 23", "Contre : 6", "Abstentions : 0", "Secrétaire de séance : M. Olivier Gauthier.",
                                  "Présidence de M. Bernard Cazals, maire"])
def test_a_council_s_minutes_fields_are_no_speakers(line):
    """A vote's tally and the sitting's officers were listed among the speakers (« … Contre et Abstentions »)."""
    assert split_inline(line)[1] is None and parse_label(line.split(" :")[0]) is None


@pytest.mark.parametrize("text", ["[traduction] L'interprète", "L'interprète", "Interpreter", "[Translation]",
                                  "(interprétation simultanée)", "Dolmetscherin", "The interpreter"])
def test_the_interpreter_s_labels(text):
    label = parse_label(text)
    assert label is not None and label.kind == "interpreter" and label.key == "interpreter"


def test_someone_from_the_room_named_in_the_label():
    """« Question de la salle (Paul Lemaire, association Les Ateliers du Nord, Roubaix) » had no name: the whole
    parenthesis was the affiliation."""
    label = parse_label("Question de la salle (Paul Lemaire, association Les Ateliers du Nord, Roubaix)")
    assert (label.kind, label.name, label.affiliation) == (
        "audience", "Paul Lemaire", "association Les Ateliers du Nord, Roubaix")
    assert parse_label("Question de la salle (Sarah Benhamou, étudiante à Sciences Po Lille)").name == "Sarah Benhamou"
    assert parse_label("Question de la salle").kind == "audience"
    # a first name alone, with what they are
    label = parse_label("Intervento dal pubblico (Sara, studentessa)")
    assert (label.kind, label.name, label.role) == ("audience", "Sara", "studentessa")
    # ... and where they come from (review AQ: « Bernard, retraité, Tourcoing » was the voice's organisation)
    # where they sit is no organisation (review AX: eight askers signed « (salle) »)
    for raw in ("Participant (salle)", "Participante (salle)", "Participant (floor)", "Audience member (room)"):
        assert (parse_label(raw).kind, parse_label(raw).affiliation) == ("audience", None)
    label = parse_label("Question de la salle (Bernard, retraité, Tourcoing)")
    assert (label.kind, label.name, label.role, label.affiliation) == ("audience", "Bernard", "retraité", "Tourcoing")


def test_a_post_in_capitals_in_the_parenthesis_is_the_role():
    """"DAVID KHAN (Transport Planning Manager, Millbrook Borough Council)" printed the post as part of the
    organisation, and again as the title."""
    label = parse_label("DAVID KHAN (Transport Planning Manager, Millbrook Borough Council)")
    assert (label.name, label.role, label.affiliation) == ("David Khan", "Transport Planning Manager",
                                                           "Millbrook Borough Council")
    assert parse_label("Anna Berg (Impact Tank, Paris)").affiliation == "Impact Tank, Paris"
    assert parse_label("Anna Berg (OECD)").affiliation == "OECD"
    # someone who would not give a name is the room, not a person called "Unidentified Resident"
    assert parse_label("UNIDENTIFIED RESIDENT").kind == "audience"


@pytest.mark.parametrize("text, role, affiliation", [
    # "Name, Title, Organisation": the post was printed inside the organisation, « (Director, Learning Futures Forum) »
    ("Helen Barker, Director, Learning Futures Forum", "Director", "Learning Futures Forum"),
    ("Jenny Liu, Policy Adviser, Federation of Small Businesses", "Policy Adviser", "Federation of Small Businesses"),
    ("Daniel Hartley, Minister for Skills, Department for Education", "Minister for Skills", "Department for Education"),
    ("Anna Berg, Impact Tank", None, "Impact Tank"),
    # a post with its field is one post, commas and all, where no organisation follows (a committee's minister)
    ("Hon. Navdeep Bains (Minister of Innovation, Science and Industry)", None,
     "Minister of Innovation, Science and Industry"),
    ("Anna Berg (Director of Research, OECD)", "Director of Research", "OECD"),
])
def test_a_label_s_post_in_capitals_before_the_organisation(text, role, affiliation):
    label = parse_label(text)
    assert (label.role, label.affiliation) == (role, affiliation)


def test_initials_are_a_label_and_a_cast_list_says_whose():
    """"AH: Thank you Martin…" was read as an interjection (all seven of her turns went to the chair), and "MK",
    "TN" were printed "Mk", "Tn" although the header's cast list named them."""
    from confsynth.ingest.labels import cast_list

    assert (parse_label("AH").name, parse_label("MK").name, parse_label("JPM").name) == ("AH", "MK", "JPM")
    assert parse_label("TOM").name == "Tom"        # a shouted first name is no initials
    assert split_inline("AH: Thank you Martin, and good morning.")[1].name == "AH"
    assert split_inline("Ah: that is the question.")[1] is None
    cast = cast_list("Participants: Amira Haddad, Bruegel (AH); Tomasz Nowak, Polish Economic Institute (TN). "
                     "Chair: Martin Keller, Friends of Europe (MK).")
    assert {k: (v.name, v.affiliation, v.kind) for k, v in cast.items()} == {
        "AH": ("Amira Haddad", "Bruegel", "person"), "TN": ("Tomasz Nowak", "Polish Economic Institute", "person"),
        "MK": ("Martin Keller", "Friends of Europe", "moderator")}
    assert cast_list("Intervenants : Marie Dupont (MD) ; Jean Morel (JM)").keys() == {"MD", "JM"}
    assert cast_list("In conversation: Dame Helen Carter (HC) and Raj Patel (RP)").keys() == {"HC", "RP"}
    assert cast_list("The European Central Bank (ECB) raised rates.") == {}


@pytest.mark.parametrize("text, name, affiliation, kind", [
    # a video call's display name for a phone, until she renames herself
    ("iPhone de Marie", "Marie", None, "person"),
    ("Marie's iPhone", "Marie", None, "person"),
    # a podcast's voices named in brackets (the name had been printed as their organisation)
    ("HOST 2 (Marcus)", "Marcus", None, "person"),
    ("GUEST (Priya Raman)", "Priya Raman", None, "person"),
    ("Speaker 1 (Oxfam)", None, "Oxfam", "anonymous"),         # a numbered voice's bracket may be its organisation
    # the room, however it is called
    ("Listener voicemail (Tom, Leeds)", "Tom", "Leeds", "audience"),
    ("Intervenante dans la salle", None, None, "audience"),
    ("Room Mic", None, None, "audience"),
    # a press conference's journalists ask from their newspaper (each had been a moderator named « Le Monde »)
    ("Journaliste (Le Monde)", None, "Le Monde", "audience"),
    ("Journaliste (AFP)", None, "AFP", "audience"),
    ("Journaliste (Ouest-France)", None, "Ouest-France", "audience"),
    ("Journaliste (Claire Martin)", "Claire Martin", None, "moderator"),
])
def test_voices_named_by_their_device_their_show_or_the_room(text, name, affiliation, kind):
    label = parse_label(text)
    assert (label.name, label.affiliation, label.kind) == (name, affiliation, kind)


@pytest.mark.parametrize("line, name, said", [
    # a witness's whole post, however long (her opening statement had gone to the chair)
    ("Mme Sophie Durand, directrice générale de l'Agence nationale pour la rénovation des logements. – Merci, monsieur "
     "le président.", "Sophie Durand", "Merci, monsieur le président."),
    # a group's name in quotes at the end of the label (the opposition's attack was printed as the deputy's)
    ("M. Laurent Perrin, conseiller municipal, groupe « Agir ensemble pour Villeneuve ». – Merci monsieur le Maire.",
     "Laurent Perrin", "Merci monsieur le Maire."),
    # a select committee's question numbers before who asks
    ("Q15 Dr Sarah Jones: Thank you, Chair.", "Sarah Jones", "Thank you, Chair."),
])
def test_a_record_s_long_labels_and_question_numbers(line, name, said):
    _, label, text = split_inline(line)
    assert (label.name, text) == (name, said)
    assert split_inline("Q12 Chair: Good morning.")[1].kind == "moderator"
    assert split_inline("Il a répondu « non ». – Alors on continue.")[1] is None


def test_a_body_is_no_speaker_nor_is_a_record_s_list_of_witnesses():
    assert parse_label("Environmental Audit Committee") is None
    assert parse_label("Witnesses") is None
    assert parse_label("SUMMARY KEYWORDS") is None     # (Otter's export)
    # a sentence ends inside it: a subtitle's line, not a speaker called Forum
    assert parse_label("Forum, and I'll be your moderator today. A couple of practical points") is None
    assert parse_label("Procès-verbal – Salle du conseil, hôtel de ville de Villeneuve-sur-Lys, 19 heures") is None
    assert parse_label("Mr Harry Council").name == "Harry Council"


@pytest.mark.parametrize("text, kind", [("France", "role"), ("European Union", "role"), ("Allemagne", "role"),
                                        ("Kenya", "role"), ("Anna Berg", "person")])
def test_a_delegation_speaks_under_its_country(text, kind):
    """"France:", "European Union:" in an intergovernmental record: a post the delegate's own words name (the
    drafts said « Selon France »)."""
    assert parse_label(text).kind == kind


@pytest.mark.parametrize("text, name, affiliation, kind", [
    ("De voorzitter", None, None, "moderator"),
    ("De heer Bakker (VVD)", "Bakker", "VVD", "person"),
    ("Mevrouw De Vries (GroenLinks)", "De Vries", "GroenLinks", "person"),
])
def test_a_dutch_council_s_labels(text, name, affiliation, kind):
    """« De voorzitter: », « De heer Bakker (VVD): » were no labels: a VVD speech was signed by GroenLinks."""
    label = parse_label(text)
    assert (label.name, label.affiliation, label.kind) == (name, affiliation, kind)


@pytest.mark.parametrize("text, name", [
    ("Fatima El Amrani (she/her)", "Fatima El Amrani"),
    ("Paul Roy (il/lui)", "Paul Roy"),
    ("Sam Taylor (they/them)", "Sam Taylor"),
])
def test_the_pronouns_a_meeting_app_shows_are_no_post(text, name):
    """Review AW (a Teams export): "Fatima El Amrani (she/her)" had « she/her » as her title, which kept the post and
    organisation the chair gave her ("head of school buildings at the City of Paris") off her signature."""
    label = parse_label(text)
    assert (label.name, label.role, label.affiliation) == (name, None, None)


@pytest.mark.parametrize("text, name, affiliation", [
    ("Fondation Numérique Solidaire - Julie (she/her)", "Julie", "Fondation Numérique Solidaire"),
    ("Ville de Lyon | Marie Dupont", "Marie Dupont", "Ville de Lyon"),
    ("OECD - Anna Berg", "Anna Berg", "OECD"),
    ("Conseil municipal - Séance", None, None),
    ("Conseil de quartier Bellevue – Les Tilleuls", None, None),
])
def test_a_display_name_with_the_organisation_first(text, name, affiliation):
    """Review BA (a Zoom export): « Fondation Numérique Solidaire - Julie (she/her): » was no label, so the host's
    words ran into the title and into the other speakers' quotes; the organisation before the dash is hers."""
    label = parse_label(text)
    assert (label.name, label.affiliation, label.kind) == (name, affiliation, "person") if name else label is None
    _, inline, rest = split_inline(text + ": Bon, je crois qu'on peut commencer.")
    assert (inline.name if inline else None, rest[:3]) == (name, "Bon" if name else text[:3])
