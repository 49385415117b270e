from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from confsynth.errors import InputError
from confsynth.ingest import decode_bytes, find_transcripts, read_transcript


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def speakers(t):
    return [turn.label for turn in t.turns]


def test_colon_labels_with_timestamps_keep_line_and_time(tmp_path):
    p = write(tmp_path, "a.txt", "Forum 2024\n\n[00:00:05] Anna Seravalli (Malmö University): Bonjour.\n"
                                 "[00:01:10] Jürgen Howaldt: Thank you.\nA second line.\n")
    t = read_transcript(p)
    assert t.header == ("Forum 2024",)
    assert speakers(t) == ["Anna Seravalli (Malmö University)", "Jürgen Howaldt"]
    second = t.turns[1]
    assert second.text == "Thank you. A second line."
    assert (second.line, second.time) == (4, 70.0)
    assert second.locate(second.text.index("A second")).line == 5


def test_speaker_line_alone_then_paragraphs(tmp_path):
    p = write(tmp_path, "minutes.txt",
              "Titre de la séance\n\nClaire Dumont, directrice, Impact Tank\n\nPremier paragraphe.\n\n"
              "Deuxième paragraphe.\n\nFERRAND Mathilde (INRAE)\n\nTexte de Mathilde.\n\nClaire\n\nMerci.\n")
    t = read_transcript(p)
    assert speakers(t) == ["Claire Dumont, directrice, Impact Tank", "FERRAND Mathilde (INRAE)", "Claire"]
    assert t.turns[0].text == "Premier paragraphe.\nDeuxième paragraphe."


def test_a_single_capitalised_word_is_not_a_speaker_unless_known(tmp_path):
    p = write(tmp_path, "m.txt", "Anna Berg, Malmö\n\nTexte.\n\nAbsolument\n\nsuite du texte.\n")
    t = read_transcript(p)
    assert len(t.turns) == 1 and "Absolument" in t.turns[0].text


def test_speakers_labelled_by_their_post_have_their_own_turns(tmp_path):
    """« Mme la Ministre : », « Directrice générale : », "The Minister:" start turns. They were read as prose, so the
    minister's words were the moderator's, with her quotes printed under the moderator's name."""
    p = write(tmp_path, "debat.txt",
              "Claire Dumont (Impact Tank) : Bonjour, merci d'être venus.\n\n"
              "Mme la Ministre : Le logement social doit être construit près des emplois.\n\n"
              "Directrice générale : Nous avons financé trois cents projets.\n\n"
              "The Minister: We will publish the plan next month.\n\n"
              "Adjoint au maire : Nous ouvrirons deux crèches.\n")
    t = read_transcript(p)
    assert speakers(t) == ["Claire Dumont (Impact Tank)", "Mme la Ministre", "Directrice générale", "The Minister",
                           "Adjoint au maire"]
    assert t.turns[0].text == "Bonjour, merci d'être venus."


def test_who_holds_a_post_above_the_first_turn_is_header(tmp_path):
    """Minutes list the officers above the debate: « Président : M. Jean Dupont » is a header line, not a turn of
    the president saying « M. Jean Dupont »."""
    p = write(tmp_path, "pv.txt",
              "Procès-verbal du conseil du 3 avril 2024\n\nPrésident : M. Jean Dupont\n"
              "Secrétaire de séance : Mme Marie Martin\n\nM. Jean Dupont : Bonjour, la séance est ouverte.\n\n"
              "Mme Marie Martin : Le rapport montre une hausse des adhérents.\n")
    t = read_transcript(p)
    assert t.header[1:] == ("Président : M. Jean Dupont", "Secrétaire de séance : Mme Marie Martin")
    assert speakers(t) == ["M. Jean Dupont", "Mme Marie Martin"]


def test_consecutive_lines_of_one_speaker_become_one_turn(tmp_path):
    p = write(tmp_path, "a.txt", "S1: un\nS1: deux\nS2: trois\n")
    assert [t.text for t in read_transcript(p).turns] == ["un deux", "trois"]


def test_an_interjection_inside_a_paragraph_is_the_interrupters_turn(tmp_path):
    # parliamentary records print an interruption inside the speaker's paragraph
    p = write(tmp_path, "hansard.txt",
              "Hon. Navdeep Bains: Banks have given deferrals and cut their interest by half Mr. Brian Masse: Not "
              "on credit cards.\nThey have also lowered fees for small businesses.\n\n"
              "Mr. Brian Masse: We met Mr. Navdeep Bains: he said no.\n")
    t = read_transcript(p)
    assert [(turn.label, turn.text) for turn in t.turns] == [
        ("Hon. Navdeep Bains", "Banks have given deferrals and cut their interest by half"),
        ("Mr. Brian Masse", "Not on credit cards."),
        # after a short interjection, the unlabelled line is the interrupted speaker's again
        ("Hon. Navdeep Bains", "They have also lowered fees for small businesses."),
        # a name and a colon in prose, with no sentence after it, is not a label
        ("Mr. Brian Masse", "We met Mr. Navdeep Bains: he said no."),
    ]
    assert t.turns[1].line == 1


def test_a_transcript_pasted_as_one_line_is_cut_at_each_bracketed_label(tmp_path):
    """A transcript copied from a web page with its line breaks lost: "… is exactly this. Priya Nair (Transport
    Focus): I want to…" is a new turn (the affiliation in brackets after a sentence's end makes it a label), where
    a bracket in prose, or a name with no colon, is not one."""
    p = write(tmp_path, "forum.txt",
              "Oliver Grant (Northern Rail): Punctuality has fallen below eighty percent. Priya Nair (Transport "
              "Focus): Franchising raised ridership in two years. We met the team (twice): it went well. Tom Becker "
              "(Greater Manchester Combined Authority): Fares should be capped. Anna Berg (OECD) agreed with him.\n")
    t = read_transcript(p)
    assert [(turn.label, turn.text) for turn in t.turns] == [
        ("Oliver Grant (Northern Rail)", "Punctuality has fallen below eighty percent."),
        ("Priya Nair (Transport Focus)", "Franchising raised ridership in two years. We met the team (twice): it went "
                                         "well."),
        ("Tom Becker (Greater Manchester Combined Authority)", "Fares should be capped. Anna Berg (OECD) agreed with "
                                                               "him."),
    ]


def test_the_interrupted_speaker_takes_the_floor_back_in_lower_case(tmp_path):
    # "…by half  Mr. Brian Masse: Not on credit cards.  Hon. Bill Morneau: and that's…", in a text file and
    # in QMSum's JSON, where the utterance holds the interjection; someone else's label before lower case
    # stays prose ("We met Mr. Navdeep Bains: he said no.")
    said = ("Mr. Chair, banks cut their interest by half  Mr. Brian Masse: Not on credit cards.  "
            "Hon. Bill Morneau: and that has been important on credit cards.")
    expected = [("Hon. Bill Morneau", "Mr. Chair, banks cut their interest by half"),
                ("Mr. Brian Masse", "Not on credit cards."),
                ("Hon. Bill Morneau", "and that has been important on credit cards.")]
    t = read_transcript(write(tmp_path, "a.txt", f"Hon. Bill Morneau: {said}\n"))
    assert [(x.label, x.text) for x in t.turns] == expected
    data = {"meeting_transcripts": [{"speaker": "Hon. Bill Morneau", "content": said},
                                    {"speaker": "Mr. Brian Masse", "content": "Thank you, Minister."}]}
    t = read_transcript(write(tmp_path, "a.json", json.dumps(data)))
    assert [(x.label, x.text) for x in t.turns] == expected + [("Mr. Brian Masse", "Thank you, Minister.")]


@pytest.mark.parametrize("line", [
    "As it was put by Mr. John Smith: We must act now.",
    "Comme le disait M. Jean Dupont : Il faut agir.",
    "I thank Mr. John Smith: It was a fine speech.",
])
def test_reported_speech_after_a_name_stays_with_the_speaker(tmp_path, line):
    t = read_transcript(write(tmp_path, "a.txt", f"Anna Berg: Hello everyone. {line}\n"))
    assert speakers(t) == ["Anna Berg"]


def test_markdown_bold_names(tmp_path):
    p = write(tmp_path, "a.md", "# Panel\n\n**Risto Raivio:** We fund centres.\n\n**Lisa Berg**: Measure.\n")
    t = read_transcript(p)
    assert speakers(t) == ["Risto Raivio", "Lisa Berg"] and t.header == ("Panel",)


def test_vtt_voice_tags_merge_consecutive_cues(tmp_path):
    p = write(tmp_path, "a.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Nadia Okafor>Hello and</v>\n\n"
                                 "2\n00:00:03.500 --> 00:00:05.000\n<v Nadia Okafor>welcome.</v>\n\n"
                                 "3\n00:00:06.000 --> 00:00:08.000\n<v Tomás Reyes>Thanks.</v>\n")
    t = read_transcript(p)
    assert [(x.label, x.text, x.time) for x in t.turns] == [("Nadia Okafor", "Hello and welcome.", 1.0),
                                                          ("Tomás Reyes", "Thanks.", 6.0)]
    assert t.turns[0].line == 5   # the line holding the cue's text


def test_zoom_vtt_name_colon_cues(tmp_path):
    p = write(tmp_path, "z.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nAnna Berg: We need data.\n\n"
                                 "2\n00:00:04.000 --> 00:00:05.000\nJonas Lind: Agreed.\n")
    assert speakers(read_transcript(p)) == ["Anna Berg", "Jonas Lind"]


def test_srt(tmp_path):
    p = write(tmp_path, "a.srt", "1\n00:00:01,000 --> 00:00:02,500\nSPEAKER_00: Bonjour.\n\n"
                                 "2\n00:00:03,000 --> 00:00:04,000\nSPEAKER_01: Salut.\n")
    t = read_transcript(p)
    assert speakers(t) == ["SPEAKER_00", "SPEAKER_01"] and t.turns[1].time == 3.0


def test_broadcast_captions_speaker_change_is_a_voice_of_its_own(tmp_path):
    """Captions mark a change of speaker with ">>" and no name: each such cue starts a voice of its own (read as
    the chair's next words, a keynote was printed under the chair's name); ">>>" (a change of subject) is not one,
    and ">> NAME:" keeps its name."""
    p = write(tmp_path, "k.srt", "1\n00:00:01,000 --> 00:00:03,000\n[JAMES PORTER]: Please welcome her.\n\n"
                                 "2\n00:00:04,000 --> 00:00:06,000\n>> Thank you, James. So, my name is Dr.\n\n"
                                 "3\n00:00:06,000 --> 00:00:08,000\nLeila Haddad, and I direct a programme.\n\n"
                                 "4\n00:00:09,000 --> 00:00:10,000\n>>> Now to questions.\n\n"
                                 "5\n00:00:11,000 --> 00:00:12,000\n>> Hi, Mark Ellison, from Unison.\n\n"
                                 "6\n00:00:13,000 --> 00:00:14,000\n>> JAMES PORTER: Thank you, Mark.\n")
    assert [(x.label, x.text[:24]) for x in read_transcript(p).turns] == [
        ("JAMES PORTER", "Please welcome her."), ("Voice 1", "Thank you, James. So, my"),
        ("Voice 2", "Hi, Mark Ellison, from U"), ("JAMES PORTER", "Thank you, Mark.")]


def test_caption_speaker_change_inside_or_at_end_of_a_line(tmp_path):
    """YouTube's captions put ">>" where the change falls, mid-line or at a line's end ("every tree >>", "sign up >>
    honestly", review BA): the answers went to the asker and ">>" was printed in headlines. Every mark ends the turn
    there, in SRT and in WebVTT (where it is escaped), and none is left in the text."""
    p = write(tmp_path, "y.srt", "1\n00:00:01,000 --> 00:00:03,000\nwelcome dr amara okafor\n>> thank\n\n"
                                 "2\n00:00:03,000 --> 00:00:05,000\nyou james so trees cool\n\n"
                                 "3\n00:00:05,000 --> 00:00:07,000\nwhere is the money\nfor every tree >>\n\n"
                                 "4\n00:00:07,000 --> 00:00:09,000\ntrees pay back do they just\n\n"
                                 "5\n00:00:09,000 --> 00:00:11,000\nsign up >> honestly no >>> next\n")
    assert [(x.label, x.text, x.line) for x in read_transcript(p).turns] == [
        ("", "welcome dr amara okafor", 3), ("Voice 1", "thank you james so trees cool where is the money for every tree", 4),
        ("Voice 2", "trees pay back do they just sign up", 17), ("Voice 3", "honestly no next", 21)]
    vtt = write(tmp_path, "y.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nso that is my point &gt;&gt; thanks\n")
    assert [x.text for x in read_transcript(vtt).turns] == ["so that is my point", "thanks"]


def test_when_it_went_out_under_the_title_is_no_speaker(tmp_path):
    """Review AY (a TV debate): "Broadcast: Wednesday 9 October 2024, Channel 7 News, London studio" under the title
    was a speaker called Broadcast, and the date was lost."""
    from confsynth.render.dates import date_in_header

    t = read_transcript(write(tmp_path, "tv.txt", "THE MIDWEEK DEBATE\n"
                              "Broadcast: Wednesday 9 October 2024, Channel 7 News, London studio\n\n"
                              "HOST: Good evening and welcome.\n\nRAMAN: Thank you, Sarah.\n"))
    assert [x.label for x in t.turns] == ["HOST", "RAMAN"] and date_in_header(t.header) == "2024-10-09"


def test_two_voices_in_one_cue_are_two_turns(tmp_path):
    """A subtitle cue can hold a dialogue: dashed lines (« - ANNA BERG: … » / « - MARIA ROSSI: … ») or two WebVTT
    voice tags. Each line is its speaker's, on its own line number; the second voice went to the first."""
    srt = write(tmp_path, "d.srt", "1\n00:00:20,000 --> 00:00:28,000\n- ANNA BERG: What about car sharing?\n"
                                   "- MARIA ROSSI: It works in towns, not in villages.\n")
    assert [(x.label, x.text, x.line) for x in read_transcript(srt).turns] == [
        ("ANNA BERG", "What about car sharing?", 3), ("MARIA ROSSI", "It works in towns, not in villages.", 4)]
    vtt = write(tmp_path, "d.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Anna Berg>More buses?</v>\n"
                                   "<v Tomas Novak>No, better ones.</v>\n")
    assert [(x.label, x.text) for x in read_transcript(vtt).turns] == [("Anna Berg", "More buses?"),
                                                                       ("Tomas Novak", "No, better ones.")]
    # one voice's line broken in two is one line of text, and a dash inside a line is no new voice
    one = write(tmp_path, "o.srt", "1\n00:00:01,000 --> 00:00:04,000\nAnna Berg: Cities need buses -\n"
                                   "electric ones - at night too.\n")
    assert [(x.label, x.text) for x in read_transcript(one).turns] == [
        ("Anna Berg", "Cities need buses - electric ones - at night too.")]


def test_a_word_broken_at_its_hyphen_between_captions_is_one_word(tmp_path):
    """« dix- » closing a caption and « huit mois » opening the next are « dix-huit mois »: joined with a space,
    « dix- » read as a false start and a quote said 8 months where 18 were said."""
    p = write(tmp_path, "h.srt", "1\n00:00:01,000 --> 00:00:04,000\n[Laurent Girard] Et les résultats, au bout de "
                                 "dix-\n\n2\n00:00:04,000 --> 00:00:07,000\nhuit mois, sont nets. Les troubles musculo-\n"
                                 "squelettiques augmentent. Pre- and post-war homes en Île-de-\nFrance.\n")
    assert [x.text for x in read_transcript(p).turns] == [
        "Et les résultats, au bout de dix-huit mois, sont nets. Les troubles musculo-squelettiques augmentent. "
        "Pre- and post-war homes en Île-de-France."]


def test_a_talk_s_title_line_is_its_header_when_no_line_below_is_labelled(tmp_path):
    """"Keynote – Moving Cities: what actually gets people out of their cars" had made "Keynote" (of "Moving
    Cities") the speaker of the whole talk."""
    t = read_transcript(write(tmp_path, "k.txt", "Keynote – Moving Cities: what actually gets people out of their "
                                                 "cars\n\nThank you so much. My name is Sarah Whitfield.\n\n"
                                                 "So the first thing is that road pricing works.\n"))
    assert t.header == ("Keynote – Moving Cities: what actually gets people out of their cars",)
    assert [x.label for x in t.turns] == ["", ""]


def test_vtt_with_only_broken_timestamps_is_an_input_error(tmp_path):
    p = write(tmp_path, "b.vtt", "WEBVTT\n\n1\n00:00:xx --> 00:00:03.000\nHello\n")
    with pytest.raises(InputError, match="broken timestamps"):
        read_transcript(p)


def test_whisper_json(tmp_path):
    segs = {"segments": [{"start": 0.0, "end": 2.0, "text": " Bonjour à tous.", "speaker": "SPEAKER_00"},
                         {"start": 2.0, "end": 4.0, "text": " On commence.", "speaker": "SPEAKER_00"},
                         {"start": 4.5, "end": 6.0, "text": " Merci.", "speaker": "SPEAKER_01"}]}
    t = read_transcript(write(tmp_path, "w.json", json.dumps(segs)))
    assert [(x.label, x.text) for x in t.turns] == [("SPEAKER_00", "Bonjour à tous. On commence."),
                                                   ("SPEAKER_01", "Merci.")]


def test_json_that_is_not_a_transcript_is_refused(tmp_path):
    with pytest.raises(InputError, match="not a JSON transcript confsynth reads.*'segments' as Whisper"):
        read_transcript(write(tmp_path, "x.json", '{"hello": "world"}'))


def test_json_utterances_of_other_tools(tmp_path):
    # the AMI/ICSI meetings as QMSum gives them: speaker and content, no times
    qmsum = {"topic_list": [], "meeting_transcripts": [
        {"speaker": "Project Manager", "content": "Okay . {vocalsound} So we need a remote ."},
        {"speaker": "Marketing", "content": "Um it should be easy to find ."}]}
    t = read_transcript(write(tmp_path, "ES2004a.json", json.dumps(qmsum)))
    assert [(x.label, x.text) for x in t.turns] == [("Project Manager", "Okay . {vocalsound} So we need a remote ."),
                                                   ("Marketing", "Um it should be easy to find .")]
    assert t.format == "json"
    # AssemblyAI: utterances, speaker letters, times in milliseconds
    aai = {"utterances": [{"speaker": "A", "text": "Welcome everyone.", "start": 250, "end": 1900},
                          {"speaker": "B", "text": "Thanks for having me.", "start": 2100, "end": 3500}]}
    t = read_transcript(write(tmp_path, "call.json", json.dumps(aai)))
    assert [x.text for x in t.turns] == ["Welcome everyone.", "Thanks for having me."]
    assert t.turns[1].segments[0].time == 2.1
    # its speakers "A", "B" are voices, not people called A and B
    from confsynth.ingest.labels import parse_label
    assert parse_label("A").kind == parse_label("B").kind == "anonymous"


def test_docx_bold_names_and_continuation(tmp_path):
    d = docx.Document()
    d.add_paragraph("Conseil de quartier", style="Title")
    p = d.add_paragraph()
    p.add_run("Mme Sylvie Marchand (adjointe au maire) :").bold = True
    p.add_run(" Bonsoir à tous.")
    d.add_paragraph("Elle continue ici.")
    p = d.add_paragraph()
    p.add_run("Intervenant 2\u00a0:").bold = True
    p.add_run(" Une question.")
    path = tmp_path / "c.docx"
    d.save(path)
    t = read_transcript(path)
    assert t.header == ("Conseil de quartier",)
    assert [(x.label, x.text) for x in t.turns] == [
        ("Mme Sylvie Marchand (adjointe au maire)", "Bonsoir à tous.\nElle continue ici."),
        ("Intervenant 2", "Une question.")]


def _tracked(paragraph, tag: str, text: str) -> None:
    """A run of ``text`` inside a tracked change (``w:ins`` or ``w:del``) at the end of ``paragraph``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    change = OxmlElement(tag)
    for key, value in (("w:id", "1"), ("w:author", "Staff"), ("w:date", "2025-03-12T10:00:00Z")):
        change.set(qn(key), value)
    run, t = OxmlElement("w:r"), OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    change.append(run)
    paragraph._p.append(change)


def test_docx_reads_the_text_with_tracked_changes_accepted(tmp_path):
    """Staff correct a transcript in Word with track changes on: the words they added are read (python-docx's
    paragraph text drops them), the words they struck out are not; in a table's cells and a content control
    too."""
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Anna Berg :").bold = True
    p.add_run(" Nous devons ")
    _tracked(p, "w:ins", "absolument ")
    _tracked(p, "w:del", "peut-être ")
    p.add_run("financer les associations.")
    row = d.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = "Karen Holt"
    cell = row.cells[1].paragraphs[0]
    cell.add_run("Rents have ")
    _tracked(cell, "w:ins", "doubled")
    _tracked(cell, "w:del", "risen")
    cell.add_run(" in ten years.")
    # a paragraph inside a content control, as a transcript template has them
    from docx.oxml import OxmlElement
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    inner = d.add_paragraph("Anna Berg : Merci à tous.")
    content.append(inner._p)   # (moves it from the body into the control)
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    d.element.body.insert(len(d.element.body) - 1, sdt)   # (before the section properties)
    path = tmp_path / "tracked.docx"
    d.save(path)
    t = read_transcript(path)
    assert [(x.label, x.text) for x in t.turns] == [
        ("Anna Berg", "Nous devons absolument financer les associations."),
        ("Karen Holt", "Rents have doubled in ten years."),
        ("Anna Berg", "Merci à tous.")]


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odt(path, body: str):
    """An .odt as LibreOffice writes it (mimetype first, stored), with ``body`` as its text and a bold style T1."""
    import zipfile

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="T1" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
               f'</office:automatic-styles><office:body><office:text>{body}</office:text></office:body>'
               '</office:document-content>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_odt_reads_as_libreoffice_shows_it(tmp_path):
    """LibreOffice's .odt: a title, bold names, a heading, a "name | text" table row; tracked deletions, footnotes
    and comments are not speech, and spaces written as <text:s/> are spaces."""
    body = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
            '<text:p>peut-être </text:p></text:deletion></text:changed-region></text:tracked-changes>'
            '<text:p text:style-name="P1">Conseil de quartier</text:p>'
            '<text:p><text:span text:style-name="T1">Mme Sylvie Marchand :</text:span> Nous devons '
            '<text:change text:change-id="ct1"/>financer<text:s/>les associations.'
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
            '<text:p>Note du secrétariat.</text:p></text:note-body></text:note></text:p>'
            '<text:h text:outline-level="2">2. Sécurité devant l\'école</text:h>'
            '<text:list><text:list-item><text:p>Elle continue dans une liste.</text:p></text:list-item></text:list>'
            '<table:table><table:table-row><table:table-cell><text:p>Patrick Loiseau</text:p></table:table-cell>'
            '<table:table-cell><text:p>On passe au vote.</text:p></table:table-cell></table:table-row></table:table>')
    t = read_transcript(_odt(tmp_path / "conseil.odt", body))
    assert t.header == ("Conseil de quartier",)
    assert [(x.label, x.text, x.section) for x in t.turns] == [
        ("Mme Sylvie Marchand", "Nous devons financer les associations.", ""),
        ("Mme Sylvie Marchand", "Elle continue dans une liste.", "2. Sécurité devant l'école"),
        ("Patrick Loiseau", "On passe au vote.", "2. Sécurité devant l'école")]


def test_a_broken_odt_gets_a_clear_error(tmp_path):
    bad = tmp_path / "notes.odt"
    bad.write_text("plain text given an .odt name")
    with pytest.raises(InputError, match="not an OpenDocument .odt file"):
        read_transcript(bad)
    with pytest.raises(InputError, match="declares XML entities"):
        read_transcript(_odt_with_doctype(tmp_path / "xxe.odt"))
    # a crafted space count: no crash, no gigabyte of spaces
    crafted = _odt(tmp_path / "spaces.odt", '<text:p>Anna Berg : Nous devons<text:s text:c="999999999"/>agir'
                                            '<text:s text:c="x"/>vite.</text:p>')
    assert [x.text for x in read_transcript(crafted).turns] == ["Nous devons agir vite."]


def _odt_with_doctype(path):
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>'
                                   f'<office:document-content {_ODT_NS}><office:body><office:text>'
                                   '<text:p>&e;</text:p></office:text></office:body></office:document-content>')
    return path


def test_docx_headings_between_turns_are_not_speech(tmp_path):
    d = docx.Document()
    d.add_paragraph("Conseil de quartier", style="Title")
    p = d.add_paragraph()
    p.add_run("M. Loiseau :").bold = True
    p.add_run(" Premier point, le square.")
    d.add_paragraph("2. Sécurité devant l'école", style="Heading 2")
    d.add_paragraph("On passe au deuxième point.")
    path = tmp_path / "h.docx"
    d.save(path)
    t = read_transcript(path)
    # the speaker goes on under the new heading: the same label, a new turn in the new section
    assert [(x.label, x.text, x.section) for x in t.turns] == [
        ("M. Loiseau", "Premier point, le square.", ""),
        ("M. Loiseau", "On passe au deuxième point.", "2. Sécurité devant l'école")]


AGENDA = """Conseil de quartier Bellevue

M. Loiseau (co-président) : Bonsoir à tous, trois points ce soir.

{h1}

Mme Marchand (adjointe au maire) : Le square sera refait, pour quatre cent mille euros.

{h2}

Mme Petit (service voirie) : On a posé des compteurs rue Victor-Hugo.
Nous proposons trois mesures :

1. Un plateau surélevé

2. Un passage piéton.

Mme Diallo (parents d'élèves) : Les parents sont inquiets.
"""


@pytest.mark.parametrize("h1, h2, ext", [
    ("1. Réaménagement du square", "2. Sécurité devant l'école", "txt"),
    ("## 1. Réaménagement du square", "## 2. Sécurité devant l'école", "md"),
    ("**I) Réaménagement du square**", "**II) Sécurité devant l'école**", "md"),
    ("Table ronde 1 : Réaménagement du square", "Table ronde 2 – Sécurité devant l'école", "txt"),
    ("Première table ronde : le square", "Deuxième table ronde : la sécurité devant l'école", "txt"),
    # (a heading may ask its question: the first session was lost, its speakers filed under the welcome)
    ("## Session 1 — Réaménager : quel square ?", "## Session 2 — Sécurité devant l'école", "md"),
    # (in capitals, asking its question: review BB's colloque put the first round table's messages under the opening)
    ("TABLE RONDE 1 — QUE FAIRE DU SQUARE ?", "TABLE RONDE 2 — SÉCURITÉ DEVANT L'ÉCOLE", "txt"),
])
def test_agenda_headings_in_text_are_sections_not_speech(tmp_path, h1, h2, ext):
    # in .txt and .md an agenda heading was the last words of the speaker before it
    t = read_transcript(write(tmp_path, f"a.{ext}", AGENDA.format(h1=h1, h2=h2)))
    assert [x.label.split(" (")[0] for x in t.turns] == ["M. Loiseau", "Mme Marchand", "Mme Petit", "Mme Diallo"]
    assert not any("Réaménagement" in x.text or "Sécurité" in x.text for x in t.turns)
    assert [x.section for x in t.turns] == ["", h1.strip("#* "), h2.strip("#* "), h2.strip("#* ")]
    # a numbered list inside a speech stays speech, the last item too (it ends on a mark)
    assert "1. Un plateau surélevé" in t.turns[2].text and "2. Un passage piéton." in t.turns[2].text
    assert t.header == ("Conseil de quartier Bellevue",)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings(tmp_path, encoding):
    text = "Élise Côté: Ça coûte très cher, l’été.\n"
    if encoding == "cp1252":
        text = text.replace("’", "'")
    t = read_transcript(write(tmp_path, "e.txt", text, encoding))
    assert t.turns[0].text == text.split(": ", 1)[1].strip()
    assert t.turns[0].label == "Élise Côté"


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n\t\n", "whitespace"),
                                          (bytes(range(256)) * 50, "binary")])
def test_unusable_text_files(tmp_path, data, reason):
    with pytest.raises(InputError, match=reason):
        read_transcript(write(tmp_path, "bad.txt", data))


def test_docx_that_is_not_a_zip(tmp_path):
    with pytest.raises(InputError, match="not a zip"):
        read_transcript(write(tmp_path, "fake.docx", "plain text"))


@pytest.mark.parametrize("name, reason", [
    ("a.xyz", "unsupported file type '.xyz'"),
    ("a.pdf", "PDF document is not read; save it as .docx or .txt"),
    ("compte-rendu.rtf", "an RTF document is not read"),   # (review AU: "a RTF document")
    ("talk.mp3", "a recording, not a transcript: transcribe it first"),
])
def test_unsupported_suffix(tmp_path, name, reason):
    with pytest.raises(InputError, match=re.escape(reason)):
        read_transcript(write(tmp_path, name, "x"))


def test_a_folder_says_which_documents_it_cannot_read(tmp_path):
    from confsynth.ingest import find_transcripts

    for name in ("a.txt", "b.pdf", "c.png", "d.mp3", "~$e.docx", ".f.pdf"):
        write(tmp_path, name, "Anna Berg: hello")
    found, problems = find_transcripts([tmp_path])
    assert [p.name for p in found] == ["a.txt"]
    # a PDF or a recording was dropped to be read: the user hears why it was not; a picture is not mentioned
    assert sorted(Path(e.path).name for e in problems) == ["b.pdf", "d.mp3"]


def test_a_print_of_a_report_in_an_output_folder_is_no_problem(tmp_path):
    from confsynth.ingest import find_transcripts
    from confsynth.manifest import MANIFEST_NAME

    write(tmp_path, "panel.txt", "Anna Berg: hello")
    write(tmp_path, "reports/" + MANIFEST_NAME, "{}")
    write(tmp_path, "reports/panel.fr.pdf", "%PDF-1.7")
    write(tmp_path, "notes/panel.fr.pdf", "%PDF-1.7")
    found, problems = find_transcripts([tmp_path])
    assert [p.name for p in found] == ["panel.txt"]
    # the PDF beside the reports is an editor's print; one anywhere else was dropped there to be read
    assert [Path(e.path).parent.name for e in problems] == ["notes"]
    # ... as in the inbox itself when the reports are written there ("-o ."): it has the manifest then
    write(tmp_path, MANIFEST_NAME, "{}")
    write(tmp_path, "dropped.pdf", "%PDF-1.7")
    _, problems = find_transcripts([tmp_path])
    assert sorted(Path(e.path).name for e in problems) == ["dropped.pdf", "panel.fr.pdf"]


def test_decode_bytes_reports_encoding():
    assert decode_bytes("é".encode("cp1252"))[1] in {"cp1252", "latin_1", "iso8859_15"}


def test_no_labels_gives_one_turn_per_paragraph(tmp_path):
    p = write(tmp_path, "mono.txt", "Titre\n\n" + "Un long paragraphe de texte parlé. " * 10 + "\n\n"
              + "Un autre paragraphe de texte parlé. " * 10 + "\n")
    t = read_transcript(p)
    assert len(t.turns) == 2 and all(x.label == "" for x in t.turns)


def test_parse_text_drops_control_characters_whoever_decoded_the_text():
    from confsynth.ingest.text import parse_text

    t = parse_text("Anna: We need data.\x1e\x08Jonas: And we need it now.\x07", "x.txt")
    assert [(turn.label, turn.text) for turn in t.turns] == [("Anna", "We need data."),
                                                             ("Jonas", "And we need it now.")]


def test_otter_speaker_lines_with_their_time(tmp_path):
    # Otter.ai and Teams write the name, two spaces and the time, then the paragraph
    text = ("Anna Berg  0:00\nWelcome everyone to this session on cycling in our cities.\n\n"
            "Paul  0:15\nProtected bike lanes doubled the number of cyclists within two years.\n\n"
            "Anna Berg  1:02:07\nWhat about parking at train stations?\n")
    t = read_transcript(write(tmp_path, "otter.txt", text))
    assert [(x.label, x.segments[0].time) for x in t.turns] == [("Anna Berg", 0.0), ("Paul", 15.0),
                                                                ("Anna Berg", 3727.0)]
    assert t.turns[1].text == "Protected bike lanes doubled the number of cyclists within two years."
    # a time inside prose is no speaker line
    t = read_transcript(write(tmp_path, "prose.txt", "Anna Berg: On se retrouve demain à 10:30\npour la visite.\n"))
    assert [x.label for x in t.turns] == ["Anna Berg"]


@pytest.mark.parametrize("name, text", [
    ("rev.txt", "Anna Berg (00:12):\nWelcome everyone to this session on cycling.\n\n"
                "Paul Roy (00:15):\nProtected bike lanes doubled the number of cyclists.\n"),
    ("sonix.txt", "Anna Berg: [00:00:12] Welcome everyone to this session on cycling.\n\n"
                  "Paul Roy: [00:00:15] Protected bike lanes doubled the number of cyclists.\n"),
    ("bracket.txt", "Anna Berg [00:00:12]\nWelcome everyone to this session on cycling.\n\n"
                    "Paul Roy [00:00:15]\nProtected bike lanes doubled the number of cyclists.\n"),
    ("lead.txt", "00:00:12 Anna Berg\nWelcome everyone to this session on cycling.\n\n"
                 "00:00:15 Paul Roy\nProtected bike lanes doubled the number of cyclists.\n"),
])
def test_speaker_labels_with_times_of_transcription_services(tmp_path, name, text):
    t = read_transcript(write(tmp_path, name, text))
    assert [(x.label, x.text, x.segments[0].time) for x in t.turns] == [
        ("Anna Berg", "Welcome everyone to this session on cycling.", 12.0),
        ("Paul Roy", "Protected bike lanes doubled the number of cyclists.", 15.0)]


@pytest.mark.parametrize("title", ["Webinar: The future of work", "Conférence : L'avenir du travail",
                                   "Podiumsdiskussion: Die Zukunft der Pflege in Europa",
                                   "Débat : Quel avenir pour la presse locale ?",
                                   "The Big Question: Should Britain Move to a Four-Day Week?",
                                   "Entretien – France Bleu Occitanie"])
def test_a_title_with_a_colon_is_the_header_not_a_speaker(tmp_path, title):
    text = (f"{title}\nBerlin, 12 October 2026\n\nAnna Berg (OECD): Welcome to this session.\n\n"
            "Jan Novak: Thank you, Anna. Skills are the question.\n")
    t = read_transcript(write(tmp_path, "t.txt", text))
    assert t.header == (title, "Berlin, 12 October 2026")
    assert [x.label for x in t.turns] == ["Anna Berg (OECD)", "Jan Novak"]


@pytest.mark.parametrize("text", [
    # a speaker who speaks again, or who closes a sentence, or among speakers who go by one name
    "Webinar: Skills\nAnna Berg: Welcome.\nWebinar: we are live\n",
    "Jan: Good evening everyone.\nAnna Berg: Welcome.\n",
    "Jan: so yeah\nAnna: Welcome.\nJan: yes\n",
    "Anna: Welcome everyone\nJan Novak: Thank you.\nAnna Berg: Let us start.\n",
    # a question opens a title only when the word before the colon names the event
    "Jan: Can everyone hear me?\nAnna Berg: Welcome.\n",
    # an article before a post is a speaker's label
    "La Présidente: Bonjour à tous\nAnna Berg: Welcome.\n",
])
def test_a_first_line_that_is_a_turn_stays_a_turn(tmp_path, text):
    t = read_transcript(write(tmp_path, "t.txt", text))
    assert t.header == () and t.turns[0].label == text.split(":")[0]


def test_short_paragraphs_without_labels_are_speech_not_a_header(tmp_path):
    t = read_transcript(write(tmp_path, "short.txt", "Bonjour à tous.\n\nOn commence la séance.\n\nLe budget est voté.\n"))
    assert t.header == () and [x.text for x in t.turns] == ["Bonjour à tous.", "On commence la séance.",
                                                           "Le budget est voté."]
    # a title block is still a title
    t = read_transcript(write(tmp_path, "titled.txt", "Conseil de quartier\n14 mars 2024\n\nBonjour à tous, on "
                                                      "commence la séance.\n\nLe budget est voté.\n"))
    assert t.header == ("Conseil de quartier", "14 mars 2024") and len(t.turns) == 2


def test_a_heading_before_the_first_turn_opens_the_first_part(tmp_path):
    # the title block stays the header; "## Session 1 : …" under it is the first part, not a subtitle
    text = ("# Forum Emploi 2026\n\nParis, 3 juin 2026\n\n## Session 1 : Les compétences\n\n"
            "**Anna Berg (OCDE)** : Les adultes les moins qualifiés se forment le moins.\n\n"
            "**Marc Petit (CFDT)** : Il faut que la formation se fasse sur le temps de travail.\n\n"
            "## Session 2 : Les plateformes\n\n"
            "**Anna Berg (OCDE)** : La directive crée une présomption de salariat.\n")
    t = read_transcript(write(tmp_path, "forum.md", text))
    assert t.header == ("Forum Emploi 2026", "Paris, 3 juin 2026")
    assert [(x.label, x.section) for x in t.turns] == [
        ("Anna Berg (OCDE)", "Session 1 : Les compétences"), ("Marc Petit (CFDT)", "Session 1 : Les compétences"),
        ("Anna Berg (OCDE)", "Session 2 : Les plateformes")]


def test_a_one_word_markdown_heading_is_a_part_not_a_speaker():
    text = ("# Forum Emploi 2026\n\n## Ouverture\n\n**Anna Berg (OCDE)** : Les adultes se forment le moins.\n\n"
            "## Conclusion\n\n**Anna Berg (OCDE)** : Merci à tous.\n")
    from confsynth.ingest.text import parse_text

    t = parse_text(text, "forum.md", "md")
    assert t.header == ("Forum Emploi 2026",)
    assert [(x.section, x.text) for x in t.turns] == [("Ouverture", "Les adultes se forment le moins."),
                                                        ("Conclusion", "Merci à tous.")]


CTM = """;; recogniser output
rec 1 0.04 0.0 <start=0.04,end=9.50,speaker=S0> 1.0
rec 1 0.82 0.06 nous 1.0
rec 1 0.88 0.06 n' 1.0
rec 1 0.94 0.20 avions 0.99
rec 1 1.20 0.30 <unk> 0.40
rec 1 1.60 0.40 rien 1.0
rec 1 2.80 0.10 . 1.0
rec 1 3.90 0.20 puisqu' 1.0
rec 1 5.00 0.20 on 1.0
rec 1 5.30 0.30 cherchait 1.0
rec 1 5.70 0.10 . 1.0
rec 1 9.60 0.0 <start=9.60,end=12.00,speaker=S106> 1.0
rec 1 9.70 0.30 merci 1.0
rec 1 10.10 0.10 . 1.0
"""


def test_ctm_words_of_a_recogniser_become_turns(tmp_path):
    from confsynth.ingest.cues import parse_ctm

    t = read_transcript(write(tmp_path, "meeting.ctm", CTM))
    assert t.format == "ctm" and [x.label for x in t.turns] == ["S0", "S106"]   # a segment mark names the speaker
    # tags are left out; a pause starts a new piece, but not before a full stop or after an elision: each piece
    # is joined on its own ("rien ." -> "rien.", "puisqu' on" -> "puisqu'on"), so they must stay together
    turn = parse_ctm(CTM, "meeting.ctm").turns[0]
    assert turn.text == "nous n' avions rien . puisqu' on cherchait ."
    assert [turn.text[s.start:s.start + 7] for s in turn.segments] == ["nous n'", "puisqu'"]
    assert [(s.line, s.time) for s in turn.segments] == [(3, pytest.approx(0.82)), (9, pytest.approx(3.9))]


def test_ctm_without_segment_marks_has_a_speaker_per_channel(tmp_path):
    lines = ["call A 0.0 0.5 hello", "call A 0.6 0.4 there", "call B 1.5 0.5 hi", "call A 3.0 0.5 so"]
    t = read_transcript(write(tmp_path, "call.ctm", "\n".join(lines)))
    assert [(x.label, x.text) for x in t.turns] == [("Channel A", "hello there"), ("Channel B", "hi"),
                                                   ("Channel A", "so")]


def test_a_ctm_that_is_not_one_is_refused(tmp_path):
    with pytest.raises(InputError, match="not a CTM transcript: each line should read 'file channel start"):
        read_transcript(write(tmp_path, "notes.ctm", "Anna: bonjour à tous\nPaul: merci\n"))


def test_a_folder_of_ctm_files_is_read(tmp_path):
    write(tmp_path, "meeting.ctm", CTM)
    found, problems = find_transcripts([tmp_path])
    assert [p.name for p in found] == ["meeting.ctm"] and not problems


def test_a_recognisers_confidence_is_kept_with_its_words(tmp_path):
    """CTM word confidences (its punctuation is no word heard), Whisper's avg_logprob or word probabilities,
    AssemblyAI's confidence: each segment keeps the recogniser's confidence, and a span of a turn has the mean
    of its segments', weighted by how much of it each holds. Subtitles and written transcripts have none."""
    import math

    t = read_transcript(write(tmp_path, "meeting.ctm", CTM))
    first = t.turns[0]
    assert [round(s.confidence, 3) for s in first.segments] == [round((1 + 1 + .99 + 1) / 4, 3), 1.0]
    assert 0.99 < first.confidence(0, len(first.text)) < 1.0
    segs = {"segments": [
        {"start": 0.0, "end": 2.0, "text": " Le guichet unique reçoit les déclarations.", "avg_logprob": -0.1},
        {"start": 2.0, "end": 4.0, "text": " Les incidents ont baissé.", "avg_logprob": -0.7,
         "words": [{"word": " Les", "probability": 0.9}, {"word": " incidents", "probability": 0.5}]},
        {"start": 4.0, "end": 5.0, "text": " Voilà.", "avg_logprob": "n/a"}]}
    turn = read_transcript(write(tmp_path, "w.json", json.dumps(segs))).turns[0]
    assert [s.confidence for s in turn.segments] == [pytest.approx(math.exp(-0.1)), pytest.approx(0.7), None]
    one = len(" Le guichet unique reçoit les déclarations.") - 1
    assert turn.confidence(0, one) == pytest.approx(math.exp(-0.1))
    both = turn.confidence(0, turn.text.index("Voilà"))
    assert 0.7 < both < math.exp(-0.1)
    assert turn.confidence(turn.text.index("Voilà"), len(turn.text)) is None
    aai = {"utterances": [{"speaker": "A", "text": "Bonjour à tous.", "start": 0, "end": 900, "confidence": 0.93}]}
    assert read_transcript(write(tmp_path, "a.json", json.dumps(aai))).turns[0].segments[0].confidence == 0.93
    vtt = read_transcript(write(tmp_path, "s.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Anna>Bonjour.\n"))
    assert vtt.turns[0].confidence(0, 7) is None


def test_what_the_meeting_tool_writes_between_turns_is_no_ones_words(tmp_path):
    """Teams writes "Anna Berg started transcription" before the first turn and "… stopped transcription" after
    the last: neither is a header line nor the last speaker's words; a speaker saying "I stopped recording." is."""
    path = tmp_path / "teams.txt"
    path.write_text("Panel on public transport\nAnna Berg started transcription\n\nAnna Berg   0:03\nWelcome "
                    "everyone to our panel.\n\nPaul Roy   0:21\nI stopped recording.\nFrequency matters more than "
                    "technology.\n\nJean de La Fontaine stopped transcription\n", encoding="utf-8")
    t = read_transcript(path)
    assert t.header == ("Panel on public transport",)
    assert [turn.text for turn in t.turns] == ["Welcome everyone to our panel.",
                                               "I stopped recording. Frequency matters more than technology."]


def test_a_webvtt_note_naming_the_event_is_its_header(tmp_path):
    """"NOTE" over « Creative Futures Summit 2024, Glasgow, 3 June 2024. Panel: … » named the event, its place and
    its date: the title was the file's name, with no date. A tool's own note is no event."""
    cues = "00:00:02.000 --> 00:00:06.500\n<v Daniel Okafor>Good afternoon, everybody.\n"
    path = tmp_path / "arts-funding-panel.vtt"
    path.write_text('WEBVTT\n\nNOTE\nCreative Futures Summit 2024, Glasgow, 3 June 2024. Panel: "Who pays?"\n\n'
                    + cues, encoding="utf-8")
    t = read_transcript(path)
    assert t.header[:2] == ("Creative Futures Summit 2024", "Glasgow, 3 June 2024") and t.title == t.header[0]
    path.write_text("WEBVTT\n\nNOTE Confidence: 0.93\n\n" + cues, encoding="utf-8")
    assert read_transcript(path).header == ()


def test_a_long_title_line_with_its_punctuation_is_the_header(tmp_path):
    """A title of 22 words and a few marks (« « », « ? », « — ») above labelled turns is the header, not the
    words of an unidentified first speaker."""
    p = write(tmp_path, "t.txt", "Table ronde « Travailler après 55 ans : chance ou impasse ? » — émission Les Voix de "
                                 "l'emploi, enregistrée le 3 octobre 2024 à Lyon\n\nValérie Masson : Bonsoir à tous.\n"
                                 "Hélène Garnier : Bonsoir.\n")
    t = read_transcript(p)
    assert t.header[0].startswith("Table ronde « Travailler") and speakers(t) == ["Valérie Masson", "Hélène Garnier"]


def test_a_caption_joined_at_a_hyphen_keeps_its_own_offset(tmp_path):
    """« dix- » / « huit mois » are joined with no space: the second caption's segment starts right after the hyphen
    (it started one character later, and the fuzz test found a caption with no text)."""
    p = write(tmp_path, "h.srt", "1\n00:00:01,000 --> 00:00:02,000\nAnna Berg: au bout de dix-\n\n"
                                 "2\n00:00:03,000 --> 00:00:04,000\nhuit mois\n")
    turn = read_transcript(p).turns[0]
    assert turn.text == "au bout de dix-huit mois"
    assert turn.text[turn.segments[1].start:] == "huit mois" and turn.segments[1].time == 3.0


def test_a_bold_name_then_its_time_opens_a_turn(tmp_path):
    """« **Katarzyna Nowak** [00:01:48] Thank you… » (no colon) gave a panel with no speaker at all; the same text
    as .txt too. The time is the turn's."""
    d = docx.Document()
    d.add_paragraph("Who pays for the energy transition?", style="Heading 1")
    for name, time, said in (("Helen Brandt", "00:00:05", "Good morning and welcome."),
                             ("Katarzyna Nowak", "00:01:48", "Thank you Helen, and good morning.")):
        p = d.add_paragraph()
        p.add_run(name).bold = True
        p.add_run(f" [{time}] {said}")
    path = tmp_path / "panel.docx"
    d.save(path)
    t = read_transcript(path)
    assert [(x.label, x.text, x.time) for x in t.turns] == [
        ("Helen Brandt", "Good morning and welcome.", 5.0), ("Katarzyna Nowak", "Thank you Helen, and good morning.", 108.0)]
    p = write(tmp_path, "panel.txt", "Helen Brandt [00:00:05] Good morning and welcome.\n\n"
                                     "Katarzyna Nowak [00:01:48] Thank you Helen, and good morning.\n")
    assert [(x.label, x.time) for x in read_transcript(p).turns] == [("Helen Brandt", 5.0), ("Katarzyna Nowak", 108.0)]
    # a one-word "name" before a time is no speaker: prose keeps its line
    p = write(tmp_path, "notes.txt", "Anna Berg: Hello.\n\nParis [00:12:00] was where we met.\n")
    assert [x.label for x in read_transcript(p).turns] == ["Anna Berg"]


def test_the_interpreter_is_a_voice_of_its_own(tmp_path):
    """« [traduction] L'interprète : Mme Vermeulen propose… » was glued to the turn before it (then quoted as the
    official's headline, « L'interprète : » included); a bracket alone marks the interpreter too."""
    p = write(tmp_path, "atelier.txt",
              "Anneke Vermeulen: Every member state should have a competence centre by 2025.\n\n"
              "[traduction] L'interprète : Mme Vermeulen propose un centre de compétences d'ici 2025.\n\n"
              "Mathieu Girard : Merci. Les fonds ne vont pas aux petites associations.\n\n"
              "[Translation] Mr Girard says the funds do not reach small associations.\n")
    t = read_transcript(p)
    assert [x.label for x in t.turns] == ["Anneke Vermeulen", "[traduction] L'interprète", "Mathieu Girard",
                                          "[Translation]"]
    assert t.turns[1].text == "Mme Vermeulen propose un centre de compétences d'ici 2025."
    assert t.turns[3].text == "Mr Girard says the funds do not reach small associations."


def test_a_title_above_its_date_line_is_no_speaker(tmp_path):
    """"Millbrook Low Traffic Neighbourhood - Public Consultation Meeting" above "Millbrook Community Centre,
    Thursday 6 June 2024, 7pm" was a speaker (name and affiliation) whose words were the date; "Podiumsdiskussion:
    Die kommunale Wärmewende…" above its date line too, where speakers went by one name."""
    p = write(tmp_path, "townhall.txt",
              "Millbrook Low Traffic Neighbourhood - Public Consultation Meeting\n"
              "Millbrook Community Centre, Thursday 6 June 2024, 7pm\n\n"
              "JUDITH PARK (Millbrook Borough Council): Good evening everyone.\n\n"
              "DAVID KHAN (Millbrook Borough Council): Traffic fell by 42 percent.\n")
    t = read_transcript(p)
    assert t.header == ("Millbrook Low Traffic Neighbourhood - Public Consultation Meeting",
                        "Millbrook Community Centre, Thursday 6 June 2024, 7pm")
    assert len(t.turns) == 2
    p = write(tmp_path, "podium.txt",
              "Podiumsdiskussion: Die kommunale Wärmewende – wer baut, wer zahlt, wer entscheidet?\n"
              "Stiftung Zukunft Stadt, Berlin, 14. März 2024\n\n"
              "Julia Brandt: Guten Abend.\n\nAnna Weber: Danke.\n\nAnna: Noch eins.\n")
    t = read_transcript(p)
    assert t.header[0].startswith("Podiumsdiskussion: Die kommunale")
    assert [x.label for x in t.turns] == ["Julia Brandt", "Anna Weber", "Anna"]


@pytest.mark.parametrize("under", ["IMPACT TANK – mardi 21 mai 2024 – Lille, Hôtel de Région\n", ""])
def test_a_title_that_opens_on_a_joined_event_word_is_no_speaker(tmp_path, under):
    """« Rencontre-débat : les seniors face au tout-numérique » above its organiser and date was a speaker called
    Rencontre-débat, where one speaker went by his first name (« Julien : »); said once, without a date line too."""
    p = write(tmp_path, "seniors.txt",
              f"Rencontre-débat : les seniors face au tout-numérique\n{under}\n"
              "Isabelle Fontaine : Bonsoir à toutes et à tous.\n\nJulien : Oui, merci Isabelle.\n\n"
              "Odile Perrin : Merci Isabelle.\n")
    t = read_transcript(p)
    assert t.header[0] == "Rencontre-débat : les seniors face au tout-numérique"
    assert [x.label for x in t.turns] == ["Isabelle Fontaine", "Julien", "Odile Perrin"]


def test_a_heading_in_capitals_is_a_part_of_the_day_not_a_speaker(tmp_path):
    """"MORNING: WELCOME" above the first turn of a forum's transcript was a speaker called Morning (« brought
    together 11 speakers: Morning, Claire Dumont… »), and "KEYNOTE", "PANEL 1: …" the last words of the turn before
    them. A caption file all in capitals keeps its turns."""
    p = write(tmp_path, "forum.txt",
              "Cities and the Climate Transition\nBrussels, 14 March 2024\n\nMORNING: WELCOME\n\n"
              "CLAIRE DUMONT: Good morning everyone. Amara, the floor is yours.\n\nKEYNOTE\n\n"
              "AMARA OKAFOR: Thank you Claire. Cities need to invest.\n\n"
              "PANEL 1: RENOVATING THE HOUSING STOCK\n\nTOM BECKER: Hello everybody. Ingrid?\n\n"
              "INGRID SOLBERG: Thank you Tom.\n")
    t = read_transcript(p)
    assert [(x.label, x.section) for x in t.turns] == [
        ("CLAIRE DUMONT", "MORNING: WELCOME"), ("AMARA OKAFOR", "KEYNOTE"),
        ("TOM BECKER", "PANEL 1: RENOVATING THE HOUSING STOCK"), ("INGRID SOLBERG", "PANEL 1: RENOVATING THE HOUSING STOCK")]
    assert t.turns[0].text == "Good morning everyone. Amara, the floor is yours."
    t = read_transcript(write(tmp_path, "captions.txt", "JOHN: WELCOME EVERYONE\n\nMARY: THANK YOU JOHN\n"))
    assert [x.label for x in t.turns] == ["JOHN", "MARY"]


def test_a_speaker_s_labelled_paragraphs_stay_paragraphs(tmp_path):
    """Two paragraphs under the same label, a blank line between, were one run of text: a quote went from one into
    the next ("…below the legal limit. Emergency services. We have worked…"). Pieces of a sentence cut by the
    recogniser (no full stop) still join it."""
    p = write(tmp_path, "t.txt", "DAVID KHAN (Council): Air quality is better. The school gate is below the limit.\n\n"
                                 "DAVID KHAN (Council): Emergency services. We have worked with the ambulance service.\n\n"
                                 "DAVID KHAN (Council): and the fire brigade\n\nDAVID KHAN (Council): from day one.\n")
    t = read_transcript(p)
    assert len(t.turns) == 1
    assert t.turns[0].text == ("Air quality is better. The school gate is below the limit.\nEmergency services. We "
                               "have worked with the ambulance service.\nand the fire brigade from day one.")


INTERVIEW = """\
La matinale — « Réparer plutôt que jeter »
Diffusé le mardi 5 novembre 2024

Invitée de la matinale ce mardi, Marie-Hélène Vasseur, économiste, directrice de recherche au CNRS et spécialiste \
de l'économie circulaire, publie un livre. Elle répond aux questions de Julien Perrin.

— Marie-Hélène Vasseur, bonjour.

— Bonjour Julien, bonjour à tous.

— Vous publiez ce matin un livre au titre assez provocateur. On jette vraiment plus qu'avant ?

— Oui, et les chiffres sont sans appel. Un Français achète deux fois plus d'appareils qu'il y a vingt ans.
Et la durée de vie d'un lave-linge est passée de douze à huit ans.

— Il y a pourtant eu le bonus réparation. Ça ne marche pas ?

— Ça marche très mal. À peine quarante millions ont été dépensés.
"""


def test_an_interview_written_as_dialogue_has_two_voices(tmp_path):
    """« — Vous publiez ce matin… » / « — Oui, et les chiffres… »: with no labels the whole interview was one
    unidentified voice, the journalist's questions quoted as the guest's; the standfirst above it was a speaker's
    words too."""
    t = read_transcript(write(tmp_path, "matinale.txt", INTERVIEW))
    assert t.header == ("La matinale — « Réparer plutôt que jeter »", "Diffusé le mardi 5 novembre 2024")
    assert [x.label for x in t.turns] == ["[narration]"] + ["Interviewer", "Speaker 1"] * 3
    assert t.turns[1].text == "Marie-Hélène Vasseur, bonjour."
    # a line without a dash goes on with the voice before it
    assert t.turns[4].text.endswith("Un Français achète deux fois plus d'appareils qu'il y a vingt ans. "
                                    "Et la durée de vie d'un lave-linge est passée de douze à huit ans.")
    # a few dashes in a speech are a list, not a dialogue
    p = write(tmp_path, "speech.txt", "Anna Berg: Three things.\n- first, money;\n- second, time.\nThat is all.\n")
    assert [x.label for x in read_transcript(p).turns] == ["Anna Berg"]


def test_a_body_s_name_in_bold_and_a_clerk_s_note_are_nobody_s_words(tmp_path):
    """A council's Word record: the bold header « Ville de Saint-Aubin-des-Prés — Conseil municipal » was a speaker
    (of the lines below it), and « (Suspension de séance… À la demande de M. le Maire, un habitant… est autorisé à
    poser une question.) » the mayor's key message."""
    d = docx.Document()
    for text in ("Ville de Saint-Aubin-des-Prés — Conseil municipal", "Séance publique du jeudi 13 mars 2025"):
        d.add_paragraph().add_run(text).bold = True
    d.add_paragraph().add_run("(La séance est ouverte à 19 h 05 sous la présidence de M. Bernard Lefèvre, maire.)")
    for who, said in (("M. le Maire. –", " Bonsoir à toutes et à tous. J'ouvre la séance."),
                      ("Mme Durand. –", " Le budget s'élève à 48,6 millions d'euros.")):
        p = d.add_paragraph()
        p.add_run(who).bold = True
        p.add_run(said)
    d.add_paragraph().add_run("(Suspension de séance de 20 h 40 à 20 h 50. À la demande de M. le Maire, un habitant "
                              "est autorisé à poser une question.)").italic = True
    p = d.add_paragraph()
    p.add_run("M. le Maire. –").bold = True
    p.add_run(" La séance reprend.")
    path = tmp_path / "conseil.docx"
    d.save(path)
    t = read_transcript(path)
    assert t.header[0] == "Ville de Saint-Aubin-des-Prés — Conseil municipal"
    assert [x.label for x in t.turns] == ["M. le Maire", "Mme Durand", "M. le Maire"]
    assert not any("Suspension" in x.text for x in t.turns)


def test_a_recogniser_s_word_times_date_each_sentence(tmp_path):
    """An AssemblyAI utterance with its words' times: a quote from the middle of a long answer was dated at the
    answer's start, half a minute before its words. Each sentence now starts at its first word's time; the text
    is the same."""
    said = "So, there were three reasons. The first reason was timing. Patients chose their meals the day before."
    tokens = said.split()
    words = [{"text": w, "start": 100000 + 1000 * k, "end": 100000 + 1000 * k + 500, "confidence": 0.9}
             for k, w in enumerate(tokens)]
    data = {"utterances": [{"speaker": "A", "start": 100000, "end": 120000, "text": said, "words": words}]}
    t = read_transcript(write(tmp_path, "webinar.json", json.dumps(data)))
    assert [x.text for x in t.turns] == [said]
    turn = t.turns[0]
    assert turn.time == 100.0
    assert turn.locate(turn.text.index("Patients")).time == 100.0 + tokens.index("Patients")
    # words that are not the utterance's own (another count) leave the utterance's time alone
    data["utterances"][0]["words"] = words[:-1]
    t = read_transcript(write(tmp_path, "webinar2.json", json.dumps(data)))
    assert t.turns[0].locate(t.turns[0].text.index("Patients")).time == 100.0


def test_speakers_names_set_as_headings_open_their_turns(tmp_path):
    """« Claire Vasseur » in Heading 3, then her paragraphs: read as sections, a whole workshop was its chair's (every
    point « Message porté par Claire Vasseur »). A programme's headings stay its parts."""
    d = docx.Document()
    d.add_paragraph("Atelier « Mobilité rurale »", style="Heading 1")
    for name, said in (("Claire Vasseur", "Bonjour à tous, bienvenue."), ("Pierre Garnier", "Merci Claire."),
                       ("Claire Vasseur", "Jean-Marc, à vous."), ("Jean-Marc Lefèvre", "Oui, merci.")):
        d.add_paragraph(name, style="Heading 3")
        d.add_paragraph(said)
    path = tmp_path / "atelier.docx"
    d.save(path)
    t = read_transcript(path)
    assert [(x.label, x.text, x.section) for x in t.turns] == [
        ("Claire Vasseur", "Bonjour à tous, bienvenue.", ""), ("Pierre Garnier", "Merci Claire.", ""),
        ("Claire Vasseur", "Jean-Marc, à vous.", ""), ("Jean-Marc Lefèvre", "Oui, merci.", "")]
    d = docx.Document()
    d.add_paragraph("Forum", style="Heading 1")
    for heading, name, said in (("Session 1 : Le diagnostic", "Anna Berg", "Hello."),
                                ("Session 2 : Les solutions", "Paul Roy", "Thanks.")):
        d.add_paragraph(heading, style="Heading 2")
        d.add_paragraph(f"{name}: {said}")
    path = tmp_path / "forum.docx"
    d.save(path)
    assert [(x.label, x.section) for x in read_transcript(path).turns] == [
        ("Anna Berg", "Session 1 : Le diagnostic"), ("Paul Roy", "Session 2 : Les solutions")]


YOUTUBE_VTT = """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:01.952 align:start position:0%
 
hi<00:00:00.360><c> everyone</c><00:00:00.720><c> thank</c><00:00:01.080><c> you</c><00:00:01.440><c> thank</c>

00:00:01.952 --> 00:00:01.962 align:start position:0%
hi everyone thank you thank
 

00:00:01.962 --> 00:00:04.721 align:start position:0%
hi everyone thank you thank
you<00:00:02.322><c> so</c><00:00:02.682><c> much</c><00:00:03.042><c> for</c><00:00:03.402><c> having</c><00:00:03.762><c> me</c>

00:00:04.721 --> 00:00:04.731 align:start position:0%
you so much for having me
 

00:00:04.731 --> 00:00:06.204 align:start position:0%
you so much for having me
my<00:00:05.091><c> name</c><00:00:05.451><c> is</c><00:00:05.811><c> maria</c>
"""


def test_youtube_s_rolling_captions_say_each_word_once(tmp_path):
    """Each cue shows the line before again, and a 10 ms cue repeats it alone: every word was read two or three
    times (« what you need leave what you can what you need… »), and quotes spliced words from two lines."""
    t = read_transcript(write(tmp_path, "talk.vtt", YOUTUBE_VTT))
    assert " ".join(x.text for x in t.turns) == "hi everyone thank you thank you so much for having me my name is maria"


def test_a_news_flash_inside_a_broadcast_is_nobody_s_in_the_debate(tmp_path):
    """« [FLASH INFO] Bonsoir. Le gouvernement a présenté… [FIN DU FLASH] » went on the presenter's turn and was
    printed as her key message."""
    p = write(tmp_path, "debat.txt", "PRÉSENTATRICE : On marque une pause, le point sur l'actualité.\n\n"
                                     "[FLASH INFO] Le gouvernement a présenté un plan de 400 millions d'euros. "
                                     "[FIN DU FLASH]\n\nPRÉSENTATRICE : Nous reprenons notre débat.\n")
    assert [(x.label, x.text[:14]) for x in read_transcript(p).turns] == [
        ("PRÉSENTATRICE", "On marque une "), ("[narration]", "Le gouvernemen"), ("PRÉSENTATRICE", "Nous reprenons")]


def test_a_title_ending_on_what_the_event_is_is_no_speaker(tmp_path):
    """"Millbrook Town Hall Meeting: Flooding, Drains and the Number 14 Bus" was a speaker of the town hall."""
    p = write(tmp_path, "town.txt", "Millbrook Town Hall Meeting: Flooding, Drains and the Number 14 Bus\n"
                                    "Thursday 14 March 2024, Millbrook Town Hall, Council Chamber\n\n"
                                    "PRIYA NAIR: Good evening, everyone.\n\nJOAN PRICE: My street flooded twice.\n")
    t = read_transcript(p)
    assert t.header[0].startswith("Millbrook Town Hall Meeting") and [x.label for x in t.turns] == [
        "PRIYA NAIR", "JOAN PRICE"]


def test_time_alone_under_the_speaker_line_is_the_turns_time(tmp_path):
    """A Teams export (review AW, cool-schools-teams.txt) writes the name, then the time on a line of its own, then
    the words: the time had been read as speech ("One in four. 00:01:42 And above…" in a quote), and no quote had one."""
    text = ("Lucas Moreau\n00:00:12\nWelcome to this webinar on heat in schools.\n\n"
            "Ines Castro (Guest)\n00:01:13\nIn June 2022, one classroom in four went above 30 degrees. One in four.\n\n"
            "Ines Castro (Guest)\n00:01:42\nAnd above about 26 degrees, attention starts to drop.\n")
    t = read_transcript(write(tmp_path, "teams.txt", text))
    assert [(x.label, x.segments[0].time) for x in t.turns] == [("Lucas Moreau", 12.0), ("Ines Castro (Guest)", 73.0)]
    assert t.turns[1].text == ("In June 2022, one classroom in four went above 30 degrees. One in four. "
                               "And above about 26 degrees, attention starts to drop.")
    assert [s.time for s in t.turns[1].segments] == [73.0, 102.0]


@pytest.mark.parametrize("title, under", [
    ("Cool Schools: adapting school buildings to heatwaves", "Eurocities webinar – 20 June 2024"),
    ("Repair, Reuse, Rethink: Making Cities Circular", "Panel discussion, European Urban Forum, Brussels, 12 June 2024"),
    ("Repair, Reuse, Rethink: Making Cities Circular", ""),
])
def test_a_title_with_a_colon_said_once_above_the_turns_is_no_speaker(tmp_path, title, under):
    """"Cool Schools: adapting school buildings to heatwaves" (review AW) and "Repair, Reuse, Rethink: Making Cities
    Circular" (review AV) were speakers named first among the panel, "Cool Schools" and "Repair (Reuse, Rethink)"."""
    p = write(tmp_path, "t.txt", f"{title}\n{under}\n\nTOM WHITAKER: Good afternoon everyone.\n\n"
                                 "CHINEDU OKAFOR: Thank you, Tom. Only 7.2 percent comes back.\n")
    t = read_transcript(p)
    assert t.header == ((title, under) if under else (title,))
    assert [x.label for x in t.turns] == ["TOM WHITAKER", "CHINEDU OKAFOR"]


@pytest.mark.parametrize("first", ["Anna Berg: Good morning everyone", "Anna Berg: Thank You All",
                                   "Anna Berg: Brussels, 12 June 2024", "Anna Berg: Opening Remarks"])
def test_a_first_turn_without_a_closing_mark_stays_a_turn(tmp_path, first):
    """A first line that is a turn, unpunctuated, or whose speaker speaks again, keeps its speaker."""
    p = write(tmp_path, "t.txt", f"{first}\n\nJan Novak: Thank you.\n\nAnna Berg: Let us start.\n")
    assert [x.label for x in read_transcript(p).turns] == ["Anna Berg", "Jan Novak", "Anna Berg"]


def test_a_vtt_with_broken_cues_says_which_it_skipped_and_keeps_the_cues_apart(tmp_path):
    """broken-cues.vtt (review AW) was read without a word: a one-dash arrow, a missing end time and garbage times
    skipped, a cue glued under another, which joined its words to the next cue read ("…without a closing tag Open
    data must be published…" was a headline)."""
    text = ("WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.500\n<v Anna Berg>Welcome to the session on open data.\n\n"
            "2\n00:00:04.500 -> 00:00:09\n<v Anna Berg>This cue has a malformed arrow.\n\n"
            "3\n00:00:12.000 --> 00:00:08.000\n<v Karl Otto>End before start, which is nonsense.\n"
            "4\n00:00:13.000 --> 00:00:17.000\n<v Karl Otto>No blank line before this cue, and\nthe text goes on\n\n"
            "00:00:18.000 --> \n<v Anna Berg>Missing end time.\n\n"
            "5\n00:00:26.000 --> 00:00:30.000\n<v Karl Otto>Open data must be published in open formats.\n")
    t = read_transcript(write(tmp_path, "broken.vtt", text))
    assert t.problems == (
        "2 cue(s) skipped, their timing unreadable: line 8 (00:00:04.500 -> 00:00:09), line 19 (00:00:18.000 -->)",
        "2 cue(s) read despite a fault in the file: line 12 ends before it starts, line 15 follows the cue before "
        "with no blank line")
    assert [(x.label, x.text) for x in t.turns] == [
        ("Anna Berg", "Welcome to the session on open data."),
        ("Karl Otto", "End before start, which is nonsense. No blank line before this cue, and the text goes on\n"
                      "Open data must be published in open formats.")]
    assert [s.time for s in t.turns[1].segments] == [12.0, 13.0, 26.0]


def test_a_word_heading_right_above_the_first_turn_opens_the_first_part(tmp_path):
    """housing-forum.docx (review AU): "Opening remarks" in Heading 1, between the date line and the chair's first
    turn, was read into the title block and printed under the title as the event's subtitle."""
    d = docx.Document()
    d.add_paragraph("Forum on Affordable Housing in Europe: Build, Renovate, Protect", style="Title")
    d.add_paragraph("Brussels, Résidence Palace – Thursday 23 May 2024.")
    for heading, name, said in (("Opening remarks", "Daniel O'Connor", "Good morning everyone."),
                                ("Session 1: Building faster", "Anna Berg", "It took us 26 months.")):
        d.add_paragraph(heading, style="Heading 1")
        p = d.add_paragraph()
        p.add_run(f"{name}:").bold = True
        p.add_run(f" {said}")
    path = tmp_path / "forum.docx"
    d.save(path)
    t = read_transcript(path)
    assert t.header == ("Forum on Affordable Housing in Europe: Build, Renovate, Protect",
                        "Brussels, Résidence Palace – Thursday 23 May 2024.")
    assert [(x.label, x.section) for x in t.turns] == [("Daniel O'Connor", "Opening remarks"),
                                                       ("Anna Berg", "Session 1: Building faster")]


def test_a_markdown_line_in_italics_under_the_title_is_read_without_its_marks(tmp_path):
    """gender-data-gap.md (review AW): "*Brussels, 7 November 2023 — Fondation Universitaire.*" under the title was
    printed with its asterisks as the event's subtitle."""
    text = ("# Closing the Gender Data Gap\n\n*Brussels, 7 November 2023 — Fondation Universitaire.*\n\n"
            "## Opening\n\n**Anna Berg:** Good morning everyone, and welcome.\n")
    t = read_transcript(write(tmp_path, "gap.md", text))
    assert t.header == ("Closing the Gender Data Gap", "Brussels, 7 November 2023 — Fondation Universitaire.")


def test_a_body_named_alone_takes_the_subject_under_it_as_the_title(tmp_path):
    """Select committee hearing (review AY): "Environment and Rural Affairs Committee" over "Oral evidence: Storm
    overflows and river water quality in the Northern Vale, HC 412" titled the drafts with the committee's name only."""
    path = tmp_path / "committee.txt"
    path.write_text("Environment and Rural Affairs Committee\nOral evidence: Storm overflows and river water quality "
                    "in the Northern Vale, HC 412\nTuesday 5 November 2024\n\nMembers present: Sir Robert Ainsley "
                    "(Chair); Ms Anita Patel.\n\nChair: Good morning, and welcome to our witnesses.\n\n"
                    "Dr Helen Okafor: Thank you, Chair. Spills have doubled in five years.\n", encoding="utf-8")
    t = read_transcript(path)
    assert t.title == ("Environment and Rural Affairs Committee — Storm overflows and river water quality in the "
                       "Northern Vale")
    path.write_text("Environment and Rural Affairs Committee\nTuesday 5 November 2024\n\nMembers present: Sir Robert "
                    "Ainsley (Chair); Ms Anita Patel.\n\nChair: Good morning, and welcome to our witnesses.\n\n"
                    "Dr Helen Okafor: Thank you, Chair. Spills have doubled in five years.\n", encoding="utf-8")
    assert read_transcript(path).title == "Environment and Rural Affairs Committee"
