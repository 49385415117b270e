"""The reports as an editor and a reader see them: Word structure, comments, appendix, publish exports."""
from __future__ import annotations

import html.parser
import json
import re
import shutil
from dataclasses import replace
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from confsynth.config import Config
from confsynth.pipeline import run_batch
from confsynth.quotes import verify_quote
from confsynth.records import Passage, Quote, SourceRef, Speaker, Synthesis, Takeaway, TranslationStatus
from confsynth.render import render_html, render_markdown, report_view, write_docx
from confsynth.render.docx import ATTRIBUTION_STYLE, COMMENT_AUTHOR, NOTICE_STYLE
from confsynth.render.publish import escape_markdown
from confsynth.render.json import synthesis_to_dict

NBSP = "\u00a0"
TURN_1 = ("Bonjour à tous. Il faut mesurer l'impact social des projets : sans données fiables, les financeurs "
          "décident à l'aveugle et les associations perdent un temps précieux. Voilà ce que je voulais dire.")
TURN_2 = "Is it the funder's job? I think funders must pay for the evaluation they ask for, every single time."


def _synthesis(**extra) -> Synthesis:
    s1 = Speaker("s1", "Anna Berg", name="Anna Berg", affiliation="Université de Malmö", country="Suède",
                 labels=("Anna Berg (Université de Malmö)",), evidence=(("name", "label 'Anna Berg'"),))
    s2 = Speaker("s2", "Speaker 2", role="speaker", confidence=0.4, evidence=(("name", "introduced as 'Paul'"),))
    s3 = Speaker("s3", "Claire Dumont", name="Claire Dumont", affiliation="Impact Tank", role="moderator",
                 title="directrice de la recherche")
    q1_text = TURN_1[16:160]
    q1 = Quote(q1_text, "s1", "fr", SourceRef("talk.txt", 12, None, 0), (16, 160),
               context=Passage("Bonjour à tous.", q1_text, "Voilà ce que je voulais dire."))
    q2 = Quote("I think funders must pay for the evaluation they ask for, every single time.", "s2", "en",
               SourceRef("talk.txt", 20, 754.2, 1), (26, 103), translations={},
               context=Passage("Is it the funder's job?", TURN_2[26:], ""))
    tk1 = Takeaway(1, "fr", {"fr": "Mesurer l'impact: une condition", "en": "Measuring impact: a condition"},
                   {"fr": "Les intervenants ont insisté sur les données fiables !",
                    "en": "Speakers insisted on \"reliable\" data."}, quotes=(q1,), speaker_ids=("s1",))
    tk2 = Takeaway(2, "fr", {"fr": "Financer l'évaluation", "en": "Funding the evaluation"},
                   {"fr": "Qui paie ?", "en": "Who pays?"}, quotes=(q2, q1), speaker_ids=("s2", "s1"))
    values = dict(
        title="Atelier sur l'impact", files=("inbox/talk.txt",), language="fr", speakers=(s1, s2, s3),
        takeaways=(tk1, tk2),
        translation={"fr": TranslationStatus("source"),
                     "en": TranslationStatus("translated", model="opus-mt-fr-en")},
        header=("Atelier sur l'impact", "Paris, 11 février 2022"), date="2022-02-11", place="Lyon",
    )
    values.update(extra)
    return Synthesis(**values)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    out = tmp_path_factory.mktemp("drafts")
    s = _synthesis()
    for lang in ("fr", "en"):
        write_docx(s, lang, out / f"talk.{lang}.docx")
    return out, s


def _numbering_format(doc, paragraph) -> str:
    """The number format Word applies to a paragraph through its style's numbering (decimal, bullet...)."""
    num_id = paragraph.style.element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    return abstract.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val"))


def test_word_draft_header_numbering_and_styles(drafts):
    out, _ = drafts
    doc = docx.Document(out / "talk.fr.docx")
    paras = doc.paragraphs
    assert (paras[0].style.name, paras[0].text) == ("Title", "Atelier sur l’impact")
    # the configured place and date win over the transcript's header line, the date written the French way
    assert (paras[1].style.name, paras[1].text) == ("Subtitle", "Lyon, 11 février 2022")
    numbered = [p for p in paras if p.style.name == "List Number"]
    assert [p.text for p in numbered] == [f"Mesurer l’impact{NBSP}: une condition", "Financer l’évaluation"]
    assert all(p.runs[0].bold for p in numbered)
    assert _numbering_format(doc, numbered[0]) == "decimal"      # a real Word list, not typed numbers
    # each key message stands apart, even right after a bare one (no "contextual spacing" in the list's style)
    assert doc.styles["List Number"].element.pPr.find(qn("w:contextualSpacing")) is None
    assert doc.styles["List Number"].paragraph_format.space_before == docx.shared.Pt(12)
    quotes = [p for p in paras if p.style.name == "Quote"]
    assert len(quotes) == 3
    assert quotes[0].text.startswith(f"«{NBSP}Il faut mesurer l’impact social des projets{NBSP}:")
    assert quotes[0].text.endswith(f"{NBSP}»")
    assert paras[paras.index(quotes[0]) + 1].style.name == ATTRIBUTION_STYLE
    assert paras[paras.index(quotes[0]) + 1].text == "Anna Berg (Université de Malmö, Suède)"
    # an English quote in the French draft stays in English, marked as such
    assert quotes[1].text.endswith("(en anglais dans le texte)")
    # French is the event's language: no translation notice, only the generator line at the end
    assert [p.text for p in paras if p.style.name == NOTICE_STYLE] == [
        f"Brouillon généré par confsynth à partir de{NBSP}: talk.txt"]
    lang = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR"


def test_printed_quotes_stay_verbatim(drafts):
    out, s = drafts
    turns = {0: TURN_1, 1: TURN_2}
    for lang in ("fr", "en"):
        view = report_view(s, lang)
        for tk in view.takeaways:
            for pq in tk.quotes:
                assert verify_quote(pq.text, turns[pq.quote.source.turn]), pq.text
    fr = docx.Document(out / "talk.fr.docx")
    printed = [p.text for p in fr.paragraphs if p.style.name == "Quote"][0]
    assert "l’impact" in printed and "l'impact" not in printed


def test_english_draft_has_curly_quotes_and_translation_notice(drafts):
    out, _ = drafts
    doc = docx.Document(out / "talk.en.docx")
    paras = doc.paragraphs
    assert paras[1].text == "Lyon, 11 February 2022"
    assert any("Machine translation by opus-mt-fr-en, to be reviewed." in p.text for p in paras)
    body = next(p.text for p in paras if "reliable" in p.text)
    assert body == "Speakers insisted on \u201creliable\u201d data."
    quotes = [p.text for p in paras if p.style.name == "Quote"]
    assert quotes[0].startswith("\u201c") and quotes[0].split(" (")[0].endswith("\u201d")
    assert quotes[0].endswith("(original in French)")


def test_each_quote_has_a_comment_with_passage_and_confidence(drafts):
    out, _ = drafts
    doc = docx.Document(out / "talk.fr.docx")
    comments = {c.comment_id: c for c in doc.comments}
    assert len(comments) == 3
    body = doc.element.body
    # each comment is anchored on a quote paragraph
    for quote_para in (p for p in doc.paragraphs if p.style.name == "Quote"):
        refs = quote_para._p.findall(".//" + qn("w:commentReference"))
        assert len(refs) == 1
    first = comments[0]
    assert first.author == COMMENT_AUTHOR
    assert f"Transcription{NBSP}: talk.txt, ligne 12" in first.text
    assert "Bonjour à tous." in first.text and "Voilà ce que je voulais dire." in first.text
    quoted_run = [r for p in first.paragraphs for r in p.runs if r.bold]
    assert quoted_run and quoted_run[0].text.startswith("Il faut mesurer")   # the quoted words stand out
    assert f"confiance 100{NBSP}%" in first.text
    second = comments[1]
    assert "00:12:34 (ligne 20)" in second.text
    assert f"Indices{NBSP}: nom{NBSP}: étiquette «{NBSP}Anna Berg{NBSP}»" in first.text   # (the evidence in French)
    # an unnamed voice is not a guess to weigh but a name to find
    assert "ne nomme pas cette personne" in second.text and "confiance" not in second.text
    assert len(body.findall(".//" + qn("w:commentRangeStart"))) == 3


def test_a_named_but_uncertain_attribution_is_flagged(tmp_path):
    s = _synthesis()
    guessed = replace(s.speakers[1], name="Paul Martin", label="Paul Martin")
    s = replace(s, speakers=(s.speakers[0], guessed, s.speakers[2]))
    write_docx(s, "en", tmp_path / "talk.en.docx")
    comment = list(docx.Document(tmp_path / "talk.en.docx").comments)[1]
    assert "Attribution: Paul Martin, confidence 40%" in comment.text
    assert "Evidence: name: introduced as 'Paul'" in comment.text
    assert "CHECK: uncertain attribution" in comment.text


def test_speakers_section_and_sources_appendix(drafts):
    out, _ = drafts
    doc = docx.Document(out / "talk.fr.docx")
    paras = [p for p in doc.paragraphs]
    heading = next(i for i, p in enumerate(paras) if p.text == "Intervenant·e·s")
    assert paras[heading].style.name == "Heading 1"
    listed = [p.text for p in paras[heading + 1:] if p.style.name == "List Bullet"]
    assert listed == [
        "Anna Berg, Université de Malmö, Suède",
        "Intervenant·e 2",                                    # quoted, so listed, under its neutral label
        "Claire Dumont, Impact Tank \u2014 directrice de la recherche, modération",
    ]
    assert any(p.text == "Sources des citations" and p.style.name == "Heading 1" for p in paras)
    table = doc.tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Message", "Citation", "Intervenant·e", "Source"]
    assert [r[0] for r in rows[1:]] == ["1", "2a", "2b"]
    assert rows[1][1].startswith("Il faut mesurer l’impact social") and rows[1][1].endswith("…")
    # one transcript: named once above the table, each row gives the line or time
    assert f"dans la transcription talk.txt{NBSP}:" in paras[paras.index(next(
        p for p in paras if p.text == "Sources des citations")) + 1].text
    assert rows[1][3] == "ligne 12"
    assert rows[2][2] == "Intervenant·e 2" and rows[2][3] == "00:12:34 (ligne 20)"


def test_sources_name_the_file_when_an_event_has_several(tmp_path):
    s = _synthesis()
    tk2 = s.takeaways[1]
    q2 = replace(tk2.quotes[0], source=SourceRef("day2.vtt", 20, 754.2, 1))
    s = replace(s, files=("talk.txt", "day2.vtt"),
                takeaways=(s.takeaways[0], replace(tk2, quotes=(q2, tk2.quotes[1]))))
    write_docx(s, "en", tmp_path / "event.en.docx")
    rows = [[c.text for c in row.cells] for row in docx.Document(tmp_path / "event.en.docx").tables[-1].rows]
    assert [r[3] for r in rows[1:]] == ["talk.txt, line 12", "day2.vtt, 00:12:34 (line 20)", "talk.txt, line 12"]


def test_header_falls_back_to_transcript_lines_then_nothing(tmp_path):
    s = _synthesis(date=None, place=None)
    assert report_view(s, "fr").event_lines == ("Paris, 11 février 2022",)
    s = _synthesis(date=None, place=None, header=())
    assert report_view(s, "fr").event_lines == ()
    s = _synthesis(date="printemps 2024", place=None)
    assert report_view(s, "en").event_lines == ("printemps 2024",)


def test_markdown_and_html_leave_editor_material_out(drafts):
    _, s = drafts
    view = report_view(s, "fr")
    for text in (render_markdown(view), render_html(view)):
        assert "Sources des citations" not in text and "confiance" not in text and "talk.txt" not in text
        assert "Brouillon généré" not in text
        assert "Mesurer l’impact" in text and "Anna Berg (Université de Malmö, Suède)" in text


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


HOSTILE = """Atelier <script>alert('x')</script> & débat

Anna Berg (Université de Malmö & Co): Nous avons besoin de données fiables pour mesurer l'impact social des projets, sinon les financeurs décident à l'aveugle. Il faut écrire <script>alert(1)</script> & <b>gras</b> dans les rapports sur l'impact social des projets, et *rien* ne doit [casser](http://x) la page.
Paul Martin (ESSEC): Je suis d'accord. Les indicateurs doivent être construits avec les bénéficiaires eux-mêmes, sinon ils sont vécus comme un contrôle & personne ne les utilise <vraiment>. Quand les bénéficiaires choisissent deux ou trois indicateurs, les équipes s'en servent chaque semaine & les résultats s'améliorent.
Anna Berg (Université de Malmö & Co): Et il faut financer l'évaluation : un financeur qui exige une mesure d'impact doit aussi payer pour cette mesure, c'est une question de cohérence. Les petites associations n'ont pas les moyens de payer un cabinet <i>externe</i> & elles renoncent.
Paul Martin (ESSEC): Les financeurs publics & privés devraient mettre en commun un fonds pour l'évaluation des petites associations.
"""


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    from confsynth.pipeline import load_models

    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / "atelier.txt").write_text(HOSTILE, encoding="utf-8")
    # the real models: which sentence heads a point and which is quoted decides where the markup is printed
    config = Config(takeaways=3, formats=("docx", "md", "html", "json"), translator="none")
    results = run_batch([root / "in"], root / "out", config, models=load_models(config))
    assert results[0].error is None, results[0].error
    return root / "out"


def test_html_page_escapes_transcript_text(hostile_run):
    page = (hostile_run / "atelier.fr.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "b" not in parser.tags and "vraiment" not in parser.tags
    text = "".join(parser.text)
    assert "<script>alert(‘x’)</script> & débat" in text          # printed, as text
    assert "Université de Malmö & Co" in text
    assert "&lt;script&gt;" in page
    assert parser.tags.count("ol") == 1 and parser.tags.count("li") >= 3 and "blockquote" in parser.tags
    assert "i" not in parser.tags
    quotes = [q["text"] for t in json.loads((hostile_run / "atelier.synthesis.json").read_text(encoding="utf-8"))
              ["takeaways"] for q in t["quotes"]]
    marked = [m for q in quotes for m in re.findall(r"<(\w+)>", q)]
    assert marked and all(f"<{m}>" in text for m in marked)    # quoted markup is printed as text


def test_markdown_escapes_transcript_text(hostile_run):
    from markdown_it import MarkdownIt

    md = (hostile_run / "atelier.fr.md").read_text(encoding="utf-8")
    rendered = MarkdownIt("commonmark").render(md)
    parser = _Tags()
    parser.feed(rendered)
    assert "script" not in parser.tags and "a" not in parser.tags and "b" not in parser.tags
    assert "<script>alert(‘x’)</script> & débat" in "".join(parser.text)
    assert parser.tags.count("ol") == 1 and "blockquote" in parser.tags and "h1" in parser.tags


def test_escape_markdown_neutralises_block_starts():
    from markdown_it import MarkdownIt

    for text, plain in [("2022. Une année", "2022. Une année"), ("- pas une liste", "- pas une liste"),
                        ("# pas un titre", "# pas un titre"), ("a_b_c *d*", "a_b_c *d*")]:
        rendered = MarkdownIt("commonmark").render(escape_markdown(text))
        assert rendered == f"<p>{plain}</p>\n", (text, rendered)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and poppler (pdftotext) are needed; .ci/run installs them")
def test_word_draft_reads_right_as_pdf(drafts, tmp_path):
    out, _ = drafts
    # a private LibreOffice profile: a concurrent soffice (another test run, a user's session) would block this one
    profile = (tmp_path / "lo-profile").as_uri()
    for lang in ("fr", "en"):
        subprocess.run([_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(out / f"talk.{lang}.docx")],
                       check=True, capture_output=True, timeout=180)
    fr = subprocess.run(["pdftotext", "-layout", str(tmp_path / "talk.fr.pdf"), "-"], check=True,
                        capture_output=True, text=True).stdout
    flat = " ".join(fr.replace(NBSP, " ").split())
    assert "Atelier sur l’impact" in flat and "Lyon, 11 février 2022" in flat
    assert "1. Mesurer l’impact : une condition" in flat          # Word's list numbering, rendered
    assert "2. Financer l’évaluation" in flat
    assert "« Il faut mesurer l’impact social des projets" in flat
    assert "Anna Berg (Université de Malmö, Suède)" in flat
    assert "Sources des citations" in flat and "transcription talk.txt" in flat and "ligne 12" in flat
    assert "Transcription" not in flat           # comments are for the editor, not printed
    assert f"impact{NBSP}:" in fr or "impact :" in fr
    en = " ".join(subprocess.run(["pdftotext", str(tmp_path / "talk.en.pdf"), "-"], check=True,
                                 capture_output=True, text=True).stdout.split())
    assert "1. Measuring impact: a condition" in en and "Sources of the quotes" in en


def test_translated_quote_is_marked_and_its_comment_keeps_the_words_said(tmp_path):
    s = _synthesis()
    tk2 = s.takeaways[1]
    q2 = replace(tk2.quotes[0], translations={"fr": "Je pense que les financeurs doivent payer l'évaluation."})
    s = replace(s, takeaways=(s.takeaways[0], replace(tk2, quotes=(q2, tk2.quotes[1]))))
    write_docx(s, "fr", tmp_path / "talk.fr.docx")
    doc = docx.Document(tmp_path / "talk.fr.docx")
    printed = [p.text for p in doc.paragraphs if p.style.name == "Quote"][1]
    assert printed == (f"«{NBSP}Je pense que les financeurs doivent payer l’évaluation.{NBSP}» "
                       "(traduit de l’anglais)")
    comment = list(doc.comments)[1]
    assert "texte original" in comment.text and "I think funders must pay" in comment.text


def test_the_opening_lists_no_interpreter_and_quotes_a_title_with_quotes_inside():
    """« …, Ana Belén Ortega (…), l'interprète et Sophie Nguyen » listed the booth among the panel; « la rencontre
    Rencontres européennes… — Table ronde « Logement… » » and "the event The Circular Shift — Episode 42: "Fix It…"
    with Priya Raman" read as if the sentence went on into the title."""
    from confsynth.records import Speaker
    from confsynth.render.i18n import event_intro

    people = [Speaker(id="s1", label="Marc Lefebvre", name="Marc Lefebvre"),
              Speaker(id="s2", label="[Interprète]", name=None, role="interpreter"),
              Speaker(id="s3", label="Sophie Nguyen", name="Sophie Nguyen")]
    title = "Rencontres européennes — Table ronde « Logement abordable »"
    assert event_intro(title, None, None, people, "fr") == (
        "La rencontre «\u00a0Rencontres européennes — Table ronde \u201cLogement abordable\u201d\u00a0» a réuni 2 "
        "intervenant·e·s\u00a0: Marc Lefebvre et Sophie Nguyen.".replace("\u00a0: ", " : "))
    assert event_intro('The Circular Shift — Episode 42: "Fix It" with Priya Raman', None, None, people, "en") == (
        "The event “The Circular Shift — Episode 42: ‘Fix It’ with Priya Raman” brought together 2 speakers: Marc "
        "Lefebvre and Sophie Nguyen.")
    # a title that is its own quotation once its kind is said is not quoted twice
    assert "«\u00a0«" not in event_intro("Table ronde « Se loger demain »", None, None, people, "fr")


def test_the_synthesis_opens_with_when_where_the_event_and_who_spoke():
    from confsynth.records import Speaker
    from confsynth.render.i18n import event_intro

    people = [Speaker(id="s1", label="Claire Dumont", name="Claire Dumont", affiliation="Impact Tank",
                      role="moderator"),
              Speaker(id="s2", label="Anna Seravalli", name="Anna Seravalli", affiliation="Université de Malmö",
                      country="SE"),
              Speaker(id="s3", label="Speaker 3", name=None),                       # nobody named this voice
              Speaker(id="s4", label="Audience member", name="Marie Durand", role="audience"),
              Speaker(id="s5", label="Risto Raivio", name="Risto Raivio", affiliation="European Commission")]
    fr = event_intro("Encourager l'innovation sociale", "2022-02-11", "Paris", people, "fr")
    # three voices spoke, one of them nobody named
    assert fr == ("Le 11 février 2022, à Paris, la rencontre «\u00a0Encourager l'innovation sociale\u00a0» a réuni "
                  "3 intervenant·e·s, dont Anna Seravalli (Université de Malmö, Suède) et Risto Raivio (European "
                  "Commission). Les échanges étaient animés par Claire Dumont (Impact Tank).")
    en = event_intro("Encourager l'innovation sociale", None, None, people, "en")
    assert en.startswith("The event “Encourager l'innovation sociale” brought together 3 speakers, including Anna "
                         "Seravalli (Université de Malmö, Sweden) and Risto Raivio")
    named = [p for p in people if p.name]
    assert "a réuni 2 intervenant·e·s : Anna Seravalli" in event_intro("Rencontre", None, None, named, "fr")
    assert event_intro("Rencontre", None, None, named[1:2], "fr").endswith("a donné la parole à Anna Seravalli "
                                                                          "(Université de Malmö, Suède).")
    assert event_intro("Rencontre", None, None, named[1:2] + people[2:3], "fr").endswith(
        "a réuni 2 intervenant·e·s, dont Anna Seravalli (Université de Malmö, Suède).")
    many = [Speaker(id=f"s{i}", label=f"P{i}", name=f"Person Number{i}") for i in range(11)]
    assert event_intro("Panel", None, None, many, "en").endswith("Person Number7 and 3 others.")
    # never "and 1 others": the ninth name is printed
    assert event_intro("Panel", None, None, many[:9], "en").endswith("Person Number7 and Person Number8.")
    assert "autres" not in event_intro("Panel", None, None, many[:9], "fr")
    # a venue takes its article: « à la Maison de l'ESS », "at Millbrook Community Centre"
    assert event_intro("", None, "Maison de l'ESS", named, "fr").startswith("À la Maison de l'ESS, la rencontre")
    assert event_intro("", None, "Palais des congrès", named, "fr").startswith("Au Palais des congrès, la rencontre")
    assert event_intro("", None, "Hôtel de Région", named, "fr").startswith("À l'Hôtel de Région, la rencontre")
    assert event_intro("", None, "Millbrook Community Centre", named, "en").startswith(
        "At Millbrook Community Centre, the event")
    assert event_intro("Panel", None, None, people[2:3], "fr") == ""
    # an event without a title (its file named by a machine) is presented without one
    assert event_intro("", None, "Paris", named, "fr").startswith("À Paris, la rencontre a réuni 2 intervenant·e·s")
    assert event_intro("", None, None, named, "en").startswith("The event brought together 2 speakers")


def test_the_json_says_the_date_and_place_the_drafts_open_with():
    """A date and place read from the title line, a line under it or the file's name are in synthesis.json's
    event as the drafts print them (it said null where the draft said « Le 12 février 2025 »)."""
    from confsynth.records import Synthesis
    from confsynth.render.json import synthesis_to_dict

    def event(**kw):
        return synthesis_to_dict(Synthesis(files=kw.pop("files", ("c.txt",)), language="fr", speakers=(), takeaways=(),
                                           translation={}, **kw))["event"]
    assert event(title="Conseil municipal – Séance du 12 février 2025") == {"date": "2025-02-12", "place": None}
    assert event(title="Table ronde, Lyon, 14 mars 2024") == {"date": "2024-03-14", "place": "Lyon"}
    assert event(title="Atelier", header=("Atelier", "Paris, 11 février 2022")) == {"date": "2022-02-11", "place": None}
    assert event(title="Atelier", files=("GMT20250312-100102_Recording.vtt",)) == {"date": "2025-03-12", "place": None}
    assert event(title="Atelier", date="2024-01-05", place="Nantes") == {"date": "2024-01-05", "place": "Nantes"}


def test_a_council_member_known_by_surname_keeps_the_honorific_and_a_chair_known_by_post_is_named():
    """A council's minutes: « Mme Martin (adjointe aux finances) : … » prints « Selon Mme Martin », not « Selon
    Martin »; « M. le Maire », who chairs, is said to have chaired."""
    from confsynth.records import Quote, SourceRef, Speaker
    from confsynth.render.i18n import compose_body, event_intro

    martin = Speaker(id="s2", label="Mme Martin (adjointe aux finances)", name="Martin", title="adjointe aux finances",
                     labels=("Mme Martin (adjointe aux finances)",))
    durand = Speaker(id="s3", label="M. DURAND", name="Durand", labels=("M. DURAND",))
    mayor = Speaker(id="s1", label="M. le Maire", role="moderator", labels=("M. le Maire",))
    intro = event_intro("Conseil municipal", None, None, [mayor, martin, durand], "fr")
    assert "Mme Martin (adjointe aux finances) et M. Durand" in intro
    assert intro.endswith("Les échanges étaient animés par M. le Maire.")
    said = Quote("La dette a augmenté de deux millions.", "s2", "fr", SourceRef("c.txt", 3, None, 1), (0, 10))
    body, _ = compose_body([said], {"s2": martin}, "fr")
    assert body.startswith("Selon Mme Martin, «")


def test_a_title_line_with_its_place_and_date_and_a_post_open_the_synthesis_as_said():
    """« Table ronde « Se loger… », Lyon, 14 mars 2024 »: the place and date are said once, in their place, the
    title's own quotes are not quoted again, what the event was (« Table ronde », « Colloque : ») is the opening
    sentence's noun, and « Mme la Ministre » is listed among those who spoke."""
    from confsynth.records import Speaker
    from confsynth.render.dates import title_event
    from confsynth.render.i18n import event_intro

    people = [Speaker(id="s1", label="Mme la Ministre"),
              Speaker(id="s2", label="Sophie Martin", name="Sophie Martin", title="Directrice générale de Habitat Lyon")]
    fr = event_intro("Table ronde « Se loger près de son emploi », Lyon, 14 mars 2024", None, None, people, "fr")
    assert fr == ("Le 14 mars 2024, à Lyon, la table ronde «\u00a0Se loger près de son emploi\u00a0» a réuni 2 "
                  "intervenant·e·s : Mme la Ministre et Sophie Martin (Directrice générale de Habitat Lyon).")
    # what the event was, said once, as the sentence's noun: « Colloque : … », "Webinar: …"
    assert event_intro("Colloque : L'intelligence artificielle à l'hôpital", None, None, people, "fr").startswith(
        "Le colloque «\u00a0L'intelligence artificielle à l'hôpital\u00a0» a réuni 2 intervenant·e·s")
    assert event_intro("Colloque : L'intelligence artificielle à l'hôpital", None, None, people, "en").startswith(
        "The symposium “L'intelligence artificielle à l'hôpital” brought together 2 speakers")
    assert event_intro("Webinar: Rebuilding trust in public health", "2025-03-04", None, people, "fr").startswith(
        "Le 4 mars 2025, le webinaire «\u00a0Rebuilding trust in public health\u00a0» a réuni")
    # (two joined: « Rencontre-débat : les seniors face au tout-numérique », whose noun had been « la rencontre »)
    assert event_intro("Rencontre-débat : les seniors face au tout-numérique", None, None, people, "fr").startswith(
        "La rencontre-débat «\u00a0Les seniors face au tout-numérique\u00a0» a réuni")
    # a title that only starts with such a word is the title
    assert event_intro("Débat public – Le tramway", None, None, people, "fr").startswith(
        "Le débat public «\u00a0Le tramway\u00a0» a réuni")
    assert event_intro("Forum des associations", None, None, people, "en").startswith(
        "The event “Forum des associations” brought")
    en = event_intro("Forum", None, None, [Speaker(id="s3", label="The Minister"), people[1]], "en")
    assert en.startswith("The event “Forum” brought together 2 speakers: the Minister and Sophie Martin")
    assert title_event("Future of work – Brussels, 3 March 2023") == ("Future of work", "2023-03-03", "Brussels")
    # the sitting's date ends the title: said once, in the opening words
    assert title_event("Conseil municipal, séance du 12 mars 2024") == ("Conseil municipal", "2024-03-12", None)
    assert title_event("Conseil municipal de Villeurbanne – Séance du 12 février 2025") == (
        "Conseil municipal de Villeurbanne", "2025-02-12", None)
    assert title_event("Assemblée générale du jeudi 3 juin 2024") == ("Assemblée générale", "2024-06-03", None)
    assert title_event("Board meeting of 3 June 2024") == ("Board meeting", "2024-06-03", None)
    assert title_event("Council meeting, held on 3 June 2024") == ("Council meeting", "2024-06-03", None)
    # ... and when it was recorded
    assert title_event("The Policy Hour – interview, recorded 12 March 2024") == (
        "The Policy Hour – interview", "2024-03-12", None)
    assert title_event("Entretien, enregistré le 3 mai 2024") == ("Entretien", "2024-05-03", None)
    # ... and where, after when
    assert title_event("Table ronde « Travailler après 55 ans : chance ou impasse ? » — émission Les Voix de "
                       "l'emploi, enregistrée le 3 octobre 2024 à Lyon") == (
        "Table ronde « Travailler après 55 ans : chance ou impasse ? » — émission Les Voix de l'emploi",
        "2024-10-03", "Lyon")
    # the weekday is the date's, not a place or the title's
    assert title_event("Webinar held on Tuesday, 4 March 2025") == ("Webinar", "2025-03-04", None)
    assert title_event("Forum – mardi, 3 mars 2025") == ("Forum", "2025-03-03", None)
    # a date inside the title stays there
    assert title_event("Le rapport du 12 février 2025 sur les écoles")[1] is None
    assert title_event("Séance du 12 février 2025 – Conseil municipal")[1] is None
    assert title_event("du 3 juin 2024")[1] is None    # nothing would be left of the title


@pytest.mark.parametrize("name, title", [
    ("future-of-work-panel.vtt", "Future of work panel"),
    ("OECD-forum_2026-11-03.txt", "OECD forum 2026-11-03"),
    ("covid-19 briefing.docx", "Covid-19 briefing"),
    ("panel.transcript.txt", "Panel"),
    # a hash, a UUID, a long timestamp: the machine's name for the file, not the event's
    ("2f3f95e2eb2b4532169904b186a8cdf0.transcript.txt", ""),
    ("54f0ce33-2051-4ea3-af1a-c97c9abe3229.vtt", ""),
    ("Zoom_1699000000123.vtt", "Zoom"),
    ("webinaire-mobilite-rurale-zoom.txt", "Webinaire mobilite rurale"),   # the tool, when the name says more
    ("GMT20231103-140000_Recording.transcript.vtt", ""),
    # a copy's marks and a version's
    ("panel (2).docx", "Panel"),
    ("Copy of panel-final-v2.docx", "Panel"),
    # initials a lower-case name spells small
    ("ai-public-services-panel.txt", "AI public services panel"),
    ("table-ronde-pme-et-rse.vtt", "Table ronde PME et RSE"),
    # the language the staff filed it under
    ("fr_webinaire_srt.srt", "Webinaire"),
    ("panel-on-housing-EN.docx", "Panel on housing"),
    ("en.txt", "En"),
])
def test_the_file_name_titles_the_event_when_the_file_does_not(name, title):
    from confsynth.pipeline import title_from_filename

    assert title_from_filename(name) == title


def test_an_untitled_event_is_headed_by_what_the_report_is(tmp_path):
    s = _synthesis(title="")
    assert report_view(s, "fr").title == "Synthèse de la rencontre"
    assert report_view(s, "en").title == "Event synthesis"
    assert "the event brought together" in report_view(s, "en").event_intro


@pytest.mark.parametrize("line, date, place", [
    ("Paris, 11 février 2022", "2022-02-11", "Paris"),
    ("Brussels, 3 March 2023", "2023-03-03", "Brussels"),
    ("Lyon, le 1er juin 2021", "2021-06-01", "Lyon"),
    ("March 3, 2023", "2023-03-03", None),
    ("Vendredi 11 février 2022", "2022-02-11", None),
    # read in the other languages' headers too
    ("Berlin, 12. Oktober 2026", "2026-10-12", "Berlin"),
    ("Madrid, 12 de octubre de 2026", "2026-10-12", "Madrid"),
    ("Roma, 3 marzo 2025", "2025-03-03", "Roma"),
    ("Amsterdam, 5 mei 2023", "2023-05-05", "Amsterdam"),
    # the time meeting tools write after the date (Teams' Word export: "November 3, 2026, 2:00PM")
    ("November 3, 2026, 2:00PM", "2026-11-03", None),
    ("Paris, 11 février 2022, 14 h 30", "2022-02-11", "Paris"),
    # a longer line stays a line to print as it is; an impossible date is no date
    ("Séance plénière du jeudi 14 mars 2024, 19 h, salle polyvalente", None, None),
    ("Paris, 31 février 2022", None, None),
    # what the event was is no place: « Le 15 mai 2024, à webinar recording, … »
    ("webinar recording, 15 May 2024", "2024-05-15", None),
    ("En ligne, 3 juin 2024", "2024-06-03", None),
    # a longer line printed as it is still says where (the opening sentence had no place): its city, not its venue
    ("Recorded 3 October 2024, London", None, "London"),
    ("Jeudi 14 mars 2024, Maison de la Mutualité, Paris", None, "Paris"),
    ("Lisbon, 23 May 2024, Fundação Calouste Gulbenkian, Auditorium 2", None, "Lisbon"),
    ("Thursday 6 June 2024, 7pm, Millbrook Community Centre", None, None),
    ("14 March 2024, Hybrid", None, None),
    ("Panel discussion, Brussels, 14 March 2024", "2024-03-14", "Brussels"),
    # (review AZ: the event's format was printed as its place, « à Table ronde »)
    ("Round table, Brussels, 14 March 2024", "2024-03-14", "Brussels"),
    ("Table ronde, Paris, 9 octobre 2024", "2024-10-09", "Paris"),
    ("Third session, Palais des Nations, Geneva, 14 March 2024", None, "Geneva"),
    ("Rencontres des territoires ruraux – Tours, 5 juin 2024 – Transcription de l'atelier", None, "Tours"),
    # the organiser, the date, then the city and its venue (the opening sentence had no place)
    ("IMPACT TANK – mardi 21 mai 2024 – Lille, Hôtel de Région", None, "Lille"),
])
def test_the_date_and_place_under_the_title_are_read(line, date, place):
    from confsynth.pipeline import header_event

    assert header_event(("Title", line)) == (date, place)


@pytest.mark.parametrize("line, date", [
    ("Séance plénière du jeudi 14 mars 2024, 19 h, salle polyvalente de l'école Jules-Ferry.", "2024-03-14"),
    ("Panel held on March 3, 2023 at the Residence Palace", "2023-03-03"),
    ("Salle 12, le 31 février 2022, puis le 1er mars 2022", "2022-03-01"),   # an impossible date is skipped
    ("Transcription de l'enregistrement, relue par le secrétariat", None),
    ("Thu, Mar 14, 2024 8:32AM • 14:20", "2024-03-14"),      # (Otter's export)
])
def test_a_date_inside_a_longer_header_line_opens_the_synthesis(line, date):
    from confsynth.render.dates import date_in_header

    assert date_in_header(("Title", line)) == date


@pytest.mark.parametrize("name, date", [
    ("GMT20250312-100102_Recording.transcript.vtt", "2025-03-12"),   # a Zoom recording's transcript
    ("2025-03-12 conférence logement.txt", "2025-03-12"),
    ("table-ronde_12.03.2025.docx", "2025-03-12"),
    ("2f3f95e2eb2b4532169904b186a8cdf0.transcript.txt", None),       # an id's digits are no date
    ("20250230.txt", None),                                          # no 30 February
    ("panel-2024-01-05-v2-2024-02-01.txt", None),                     # two dates: which one?
    ("innovation-sociale-europe.txt", None),
])
def test_a_date_in_the_file_name_opens_the_synthesis_when_the_text_has_none(name, date, tmp_path):
    from confsynth.records import Speaker, Synthesis
    from confsynth.render.dates import date_in_filename
    from confsynth.render.view import report_view

    assert date_in_filename(name) == date
    if date is None:
        return
    s = Synthesis(title="", language="en", files=(str(tmp_path / name),), takeaways=(), translation={},
                  speakers=(Speaker(id="s1", label="Anna Berg", name="Anna Berg"),))
    assert "On 12 March 2025" in report_view(s, "en").event_intro


def test_the_council_sample_opens_with_its_date_and_keeps_its_header_line(tmp_path):
    from confsynth.records import Speaker, Synthesis
    from confsynth.render.view import report_view

    header = ("Conseil de quartier", "Séance plénière du jeudi 14 mars 2024, 19 h, salle polyvalente.")
    people = (Speaker(id="s1", name="Sylvie Marchand", label="Sylvie Marchand", role="speaker"),)
    s = Synthesis(title="Conseil de quartier", files=("c.docx",), language="fr", speakers=people, takeaways=(),
                  translation={}, header=header, word_count=100)
    view = report_view(s, "fr")
    assert view.event_intro.startswith("Le 14 mars 2024, la rencontre")
    assert report_view(s, "en").event_intro.startswith("On 14 March 2024, the event")
    assert any("Séance plénière" in line for line in view.event_lines)


def test_a_body_hands_on_from_voice_to_voice_without_repeating_itself():
    from confsynth.render.i18n import compose_body

    anna = Speaker("s1", "Anna Berg", name="Anna Berg")
    paul = Speaker("s2", "Paul Roy", name="Paul Roy")
    said = [("s1", "Les données manquent."), ("s1", "Les financeurs décident à l'aveugle."),
            ("s1", "Les associations perdent du temps."), ("s2", "Il faut payer l'évaluation."),
            ("s1", "Et la publier."), ("s2", "Chaque fois.")]
    support = [Quote(text, who, "fr", SourceRef("talk.txt", i, None, 0), (0, len(text)))
               for i, (who, text) in enumerate(said)]
    body, complete = compose_body(support, {"s1": anna, "s2": paul}, "fr")
    assert complete
    assert body.replace("\xa0", " ").replace("\u202f", " ").replace("’", "'") == ("Selon Anna Berg, « Les données manquent. » Anna Berg poursuit : « Les financeurs décident à "
                    "l'aveugle. » Anna Berg précise : « Les associations perdent du temps. » Paul Roy ajoute : « Il "
                    "faut payer l'évaluation. » Anna Berg souligne : « Et la publier. » Paul Roy ajoute : « Chaque "
                    "fois. »")
    english, _ = compose_body(support[:3], {"s1": anna, "s2": paul}, "en")
    assert english.startswith("According to Anna Berg, ") and "Anna Berg goes on: " in english
    assert "Anna Berg adds: " in english


def test_a_body_says_when_a_voice_disagrees_instead_of_adding():
    """A statement said disagreeing (« Je ne suis pas d'accord avec Anna… ») is not « Paul Roy ajoute » in the
    body: the reader would take a rebuttal for support."""
    from confsynth.render.i18n import compose_body

    anna = Speaker("s1", "Anna Berg", name="Anna Berg")
    paul = Speaker("s2", "Paul Roy", name="Paul Roy")
    said = [("s1", "Les propriétaires doivent payer la rénovation.", False),
            ("s2", "Les propriétaires modestes n'en ont pas les moyens.", True),
            ("s2", "Il faut des aides.", False)]
    support = [Quote(text, who, "fr", SourceRef("t.txt", i, None, 0), (0, len(text)), disagrees=against)
               for i, (who, text, against) in enumerate(said)]
    body, _ = compose_body(support, {"s1": anna, "s2": paul}, "fr")
    assert body.replace("\xa0", " ").replace("’", "'") == ("Selon Anna Berg, « Les propriétaires doivent payer la rénovation. » "
                                         "Paul Roy nuance : « Les propriétaires modestes n'en ont pas les moyens. » "
                                         "Paul Roy poursuit : « Il faut des aides. »")
    english, _ = compose_body(support[1:], {"s1": anna, "s2": paul}, "en")
    assert english.startswith("Paul Roy takes a different view: “Les propriétaires modestes")


def test_a_body_names_an_anonymous_voice_as_a_phrase_of_its_sentence():
    """« Selon l'intervenant·e 2, … », « Un·e participant·e de la salle ajoute : … », never « Selon Intervenant·e 2 »."""
    from confsynth.render.i18n import compose_body

    voice = Speaker("s1", "Speaker 2")
    room = Speaker("s2", "Audience member", role="audience")
    said = [("s1", "Le problème, c'est le soir."), ("s2", "Et la propreté, rue des Écoles.")]
    support = [Quote(text, who, "fr", SourceRef("conseil.txt", i, None, 0), (0, len(text)))
               for i, (who, text) in enumerate(said)]
    body, _ = compose_body(support, {"s1": voice, "s2": room}, "fr")
    assert body.replace("\xa0", " ").replace("\u202f", " ").replace("’", "'") == (
        "Selon l'intervenant·e 2, « Le problème, c'est le soir. » Un·e participant·e de la salle ajoute : « Et la "
        "propreté, rue des Écoles. »")
    english, _ = compose_body(support[::-1], {"s1": voice, "s2": room}, "en")
    assert english.startswith("According to an audience member, ") and " Speaker 2 adds: " in english


def test_a_body_names_a_post_as_a_phrase_of_its_sentence():
    """A speaker labelled by their post is named as the sentence would: « Selon la directrice générale, … »,
    "The Minister adds: …", with « le ou la » where the French word does not say which."""
    from confsynth.render.i18n import compose_body, post_prose

    director, minister = Speaker("s1", "Directrice générale"), Speaker("s2", "The Minister")
    said = [("s1", "Nous avons financé trois cents projets."), ("s2", "We will publish the plan next month.")]
    support = [Quote(text, who, "fr" if who == "s1" else "en", SourceRef("debat.txt", i, None, 0), (0, len(text)))
               for i, (who, text) in enumerate(said)]
    body, _ = compose_body(support[:1], {"s1": director}, "fr")
    assert body.startswith("Selon la directrice générale, ")
    english, _ = compose_body(support[::-1], {"s1": director, "s2": minister}, "en")
    assert english.startswith("According to the Minister, ") and " The Director General adds: " in english
    assert post_prose("Secrétaire général", "fr") == "le secrétaire général"
    assert post_prose("Ministre", "fr") == "le ou la ministre"
    assert post_prose("Mme la Ministre", "fr") == "Mme la Ministre"
    assert post_prose("Adjoint au maire", "fr") == "l'adjoint au maire"
    assert post_prose("Project Manager", "en") == "the Project Manager"


def _in_parts(order: str) -> Synthesis:
    s = _synthesis()
    tk1, tk2 = s.takeaways
    parts = [("1. Mesure d'impact", tk1), ("1. Mesure d'impact", replace(tk2, rank=2)),
             ("2. Financement", replace(tk1, rank=3))]
    takeaways = tuple(replace(tk, section={"fr": title}) for title, tk in parts)
    return replace(s, takeaways=takeaways, order=order)


def test_in_time_order_the_parts_of_the_event_head_their_key_messages(tmp_path):
    s = _in_parts("time")
    write_docx(s, "fr", tmp_path / "talk.fr.docx")
    doc = docx.Document(tmp_path / "talk.fr.docx")
    shown = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name in ("Heading 2", "List Number")]
    # each part's title once, above its first message, without the agenda's own number; the list runs on
    assert [(style, text[:15]) for style, text in shown] == [
        ("Heading 2", "Mesure d’impact"), ("List Number", "Mesurer l’impac"), ("List Number", "Financer l’éval"),
        ("Heading 2", "Financement"), ("List Number", "Mesurer l’impac")]
    view = report_view(s, "en")   # untranslated: the agenda's words stand in
    assert [tk.section for tk in view.takeaways] == ["Mesure d’impact", "", "Financement"]
    md = render_markdown(view)
    assert "### Mesure d’impact\n\n1. **" in md and "### Financement\n\n3. **" in md
    html = render_html(view)
    assert html.count('<ol class="key-messages">') == html.count("</ol>") == 2
    assert html.index("<h3>Financement</h3>") < html.index('<li value="3">')


def test_in_order_of_importance_or_in_one_part_no_part_is_titled():
    assert not any(tk.section for tk in report_view(_in_parts("importance"), "fr").takeaways)
    one = _in_parts("time")
    one = replace(one, takeaways=tuple(replace(tk, section={"fr": "Mesure"}) for tk in one.takeaways))
    assert not any(tk.section for tk in report_view(one, "fr").takeaways)
    # a point from a merged file without headings, after the parts: no title rather than the wrong one
    tail = _in_parts("time")
    tail = replace(tail, takeaways=tail.takeaways + (replace(tail.takeaways[0], rank=4, section={}),))
    assert not any(tk.section for tk in report_view(tail, "fr").takeaways)
    # the opening remarks before the first heading are untitled, and the parts after them are not
    head = _in_parts("time")
    head = replace(head, takeaways=(replace(head.takeaways[0], rank=0, section={}),) + head.takeaways)
    assert [tk.section for tk in report_view(head, "fr").takeaways] == ["", "Mesure d’impact", "", "Financement"]


def test_each_headline_has_a_comment_with_the_sentence_it_was_drawn_from(tmp_path):
    """A headline is a speaker's sentence with its fillers and hedges taken out: the editor sees the sentence as
    spoken, in its passage, and whose point it is, but no request to check a name the headline does not print."""
    s = _synthesis()
    spoken = "I think funders must pay for the evaluation they ask for, every single time."
    said = Quote(spoken, "s2", "en", SourceRef("talk.txt", 20, 754.2, 1), (26, 103),
                 context=Passage("Is it the funder's job?", spoken, ""))
    s = replace(s, takeaways=(s.takeaways[0], replace(s.takeaways[1], said=said)))
    write_docx(s, "fr", tmp_path / "talk.fr.docx")
    doc = docx.Document(tmp_path / "talk.fr.docx")
    headline = next(p for p in doc.paragraphs if p.text == "Financer l’évaluation")
    assert len(headline._p.findall(".//" + qn("w:commentReference"))) == 1
    comment = next(c for c in doc.comments if "Message tiré de la phrase en gras" in c.text)
    assert "00:12:34 (ligne 20)" in comment.text and "Is it the funder's job?" in comment.text
    assert [r.text for p in comment.paragraphs for r in p.runs if r.bold] == [spoken]
    assert "ne nomme pas cette personne" not in comment.text and "À VÉRIFIER" not in comment.text
    assert len(doc.comments) == 4   # the three quotes' and this one
    data = synthesis_to_dict(s)
    assert data["takeaways"][1]["said"]["text"] == spoken and "said" not in data["takeaways"][0]


def test_one_key_message_is_announced_in_the_singular():
    s = _synthesis()
    one = replace(s, takeaways=s.takeaways[:1])
    assert report_view(one, "fr").intro == "Le message clé à retenir des interventions\u00a0:"
    assert report_view(one, "en").intro == "The key message from the speakers:"
    assert report_view(s, "fr").intro == "Les 2 messages clés à retenir des interventions\u00a0:"


def test_one_speaker_s_key_messages_are_the_talk_s():
    s = _synthesis()
    first = next(sp.id for sp in s.speakers if sp.role == "speaker")
    talk = replace(s, speakers=tuple(sp if sp.role != "speaker" or sp.id == first else replace(sp, role="moderator")
                                     for sp in s.speakers))
    assert report_view(talk, "en").intro == "The 2 key messages from the talk:"
    assert report_view(talk, "fr").intro == "Les 2 messages clés à retenir de l’intervention\u00a0:"


def test_a_quote_from_a_machine_transcript_says_how_sure_the_recogniser_was(tmp_path):
    s = _synthesis()
    heard = replace(s.takeaways[0].quotes[0], heard=0.8649)
    s = replace(s, takeaways=(replace(s.takeaways[0], quotes=(heard,)),) + s.takeaways[1:])
    for lang in ("fr", "en"):
        write_docx(s, lang, tmp_path / f"talk.{lang}.docx")
    fr = [c.text for c in docx.Document(tmp_path / "talk.fr.docx").comments]
    en = [c.text for c in docx.Document(tmp_path / "talk.en.docx").comments]
    assert f"Reconnaissance vocale{NBSP}: confiance 86{NBSP}% dans ces mots" in fr[0]
    assert "Speech recognition: 86% confidence in these words" in en[0]
    assert not any("Reconnaissance vocale" in c for c in fr[1:])   # a written transcript's quote: no such line
    quotes = [q for tk in synthesis_to_dict(s)["takeaways"] for q in tk["quotes"]]
    assert [q["heard"] for q in quotes] == [0.865, None, None]



@pytest.mark.parametrize("header, title", [
    (("Encourager l'innovation sociale", "Paris, 11 février 2022"), "Encourager l'innovation sociale"),
    # a first line that names the document, not the event (Teams' Word export opens on "Transcript")
    (("Transcript", "November 3, 2026, 2:00PM"), None),
    (("Transcription", "Conseil de quartier Bellevue"), "Conseil de quartier Bellevue"),
    (("Meeting transcript:",), None),
])
def test_a_line_that_names_the_document_is_no_title(header, title):
    from confsynth.records import Transcript

    assert Transcript("event.docx", "docx", "utf-8", (), header).title == title


def test_a_headline_left_in_a_third_language_says_so_as_its_quotes_do():
    """A Spanish speaker's point in a French event, without a model: « … (en espagnol dans le texte) » in the
    French draft and "(original in Spanish)" in the English one; the event's own language needs no such label."""
    from dataclasses import replace as dc_replace

    base = _synthesis(translation={"fr": TranslationStatus("source"),
                                   "en": TranslationStatus("unavailable", message="no translation model installed")})
    spanish = Takeaway(3, "es", {"es": "Las escuelas son la clave."}, {}, quotes=(), speaker_ids=("s1",))
    french = dc_replace(base.takeaways[0], headline={"fr": "Mesurer l'impact est une condition."})
    s = dc_replace(base, takeaways=(french, spanish))
    fr = [t.headline for t in report_view(s, "fr").takeaways]
    en = [t.headline for t in report_view(s, "en").takeaways]
    assert fr[1] == "Las escuelas son la clave. (en espagnol dans le texte)"
    assert en[1] == "Las escuelas son la clave. (original in Spanish)"
    assert "dans le texte" not in fr[0] and "original in" not in en[0]


def test_a_city_is_named_in_the_drafts_language():
    """An English transcript's "Brussels, 14 May 2025" opened the French draft « Le 14 mai 2025, à Brussels »."""
    from confsynth.countries import place_name
    from confsynth.render.i18n import event_intro

    people = [Speaker(id="s1", label="Anna Berg", name="Anna Berg")]
    assert "à Bruxelles" in event_intro("Panel: AI in public services", "2025-05-14", "Brussels", people, "fr")
    assert "in Brussels" in event_intro("Table ronde : l'IA", "2025-05-14", "Bruxelles", people, "en")
    assert place_name("Brest", "en") == "Brest" and place_name("Brussels, Belgium", "fr") == "Bruxelles, Belgique"


def test_a_bare_key_message_says_who_made_it(tmp_path):
    """A closing round's one-liner, with neither paragraph nor quote, was printed under nobody's name: its speaker
    is printed under it, said as who made the point (under the bold headline, a name alone made it read as a
    quotation, which it is not); a message with a paragraph or a quote is not signed twice."""
    said = Quote("Les collectivités doivent payer l'accompagnement.", "s1", "fr", SourceRef("talk.txt", 30, None, 2),
                 (0, 50))
    bare = Takeaway(3, "fr", {"fr": "Les collectivités doivent payer l'accompagnement."}, {}, said=said,
                    speaker_ids=("s1",))
    s = _synthesis()
    s = replace(s, takeaways=s.takeaways + (bare,))
    view = report_view(s, "fr")
    assert view.takeaways[2].by == "Message porté par Anna Berg (Université de Malmö, Suède)"
    assert report_view(s, "en").takeaways[2].by == "Point made by Anna Berg (Université de Malmö, Sweden)"
    assert view.takeaways[0].by == ""
    write_docx(s, "fr", tmp_path / "t.fr.docx")
    paras = docx.Document(tmp_path / "t.fr.docx").paragraphs
    last = next(i for i, p in enumerate(paras) if p.text.startswith("Les collectivités"))
    assert (paras[last + 1].style.name, paras[last + 1].text) == (
        ATTRIBUTION_STYLE, "Message porté par Anna Berg (Université de Malmö, Suède)")
    assert "*Message porté par Anna Berg (Université de Malmö, Suède)*" in render_markdown(view)


def test_a_headline_above_someone_else_s_paragraph_says_whose_point_it_is(tmp_path):
    """« Je propose un fonds national… » (a mayor's) above « Selon Lucas Morel, … » read as Lucas Morel's: who made
    the point is printed right under the headline, before the paragraph; where the paragraph opens on the same
    speaker, or the point's speaker has no name, nothing is added."""
    said = Quote("Je propose un fonds national pour la mobilité.", "s1", "fr", SourceRef("talk.txt", 30, None, 2),
                 (0, 46))
    other = Quote("On parle toujours des jeunes ruraux comme d'un problème.", "s3", "fr",
                  SourceRef("talk.txt", 40, None, 3), (0, 55))
    own = Quote("Un fonds national, c'est la seule voie.", "s1", "fr", SourceRef("talk.txt", 31, None, 2), (0, 38))
    base = _synthesis()
    tk = Takeaway(3, "fr", {"fr": "Je propose un fonds national pour la mobilité."}, {"fr": "Selon Claire Dumont, …"},
                  said=said, support=(other,), speaker_ids=("s1", "s3"))
    same = replace(tk, rank=4, support=(own,))
    anonymous = replace(tk, rank=5, said=replace(said, speaker_id="s2"))
    s = replace(base, takeaways=base.takeaways + (tk, same, anonymous))
    view = report_view(s, "fr")
    assert view.takeaways[2].by == "Message porté par Anna Berg (Université de Malmö, Suède)"
    assert view.takeaways[3].by == "" and view.takeaways[4].by == ""
    write_docx(s, "fr", tmp_path / "t.fr.docx")
    paras = [p.text for p in docx.Document(tmp_path / "t.fr.docx").paragraphs]
    at = paras.index("Je propose un fonds national pour la mobilité.")
    assert paras[at + 1].startswith("Message porté par Anna Berg") and paras[at + 2].startswith("Selon Claire Dumont")


def test_a_bare_point_of_an_unnamed_voice_names_it_as_prose():
    """« Message porté par Intervenant·e non identifié·e » (a capital mid-sentence): « par un·e intervenant·e non
    identifié·e »."""
    said = Quote("Le bonus réparation a échoué.", "unknown", "fr", SourceRef("talk.txt", 3, None, 0), (0, 29))
    base = _synthesis()
    unknown = Speaker("unknown", "Unidentified speaker", confidence=0.0)
    bare = Takeaway(3, "fr", {"fr": "Le bonus réparation a échoué."}, {}, said=said, speaker_ids=("unknown",))
    s = replace(base, speakers=base.speakers + (unknown,), takeaways=base.takeaways + (bare,))
    assert report_view(s, "fr").takeaways[2].by.replace("\u202f", " ").replace("\xa0", " ") == (
        "Message porté par un·e intervenant·e non identifié·e")
    assert report_view(s, "en").takeaways[2].by == "Point made by an unidentified speaker"


def test_an_unidentified_voice_never_goes_on():
    """In a transcript without labels every voice is "unidentified": « An unidentified speaker goes on » joined a
    rebuttal to the view it rebutted as one person's."""
    from confsynth.render.i18n import compose_body

    unknown = Speaker("unknown", "Unidentified speaker", confidence=0.0)
    said = ["Give every poor household a cheque.", "The cheque pays this year, and next year you are stuck."]
    support = [Quote(text, "unknown", "en", SourceRef("t.txt", i, None, 0), (0, len(text)))
               for i, text in enumerate(said)]
    english, _ = compose_body(support, {"unknown": unknown}, "en")
    assert english == ("According to an unidentified speaker, “Give every poor household a cheque.” Also heard: "
                       "“The cheque pays this year, and next year you are stuck.”")
    french, _ = compose_body(support, {"unknown": unknown}, "fr")
    assert "poursuit" not in french and "Également entendu" in french


def test_a_body_prints_each_statement_in_its_own_typography():
    """An English statement in a French draft's body was printed « The honest answer might also be : if… », a space
    added to the speaker's words; the frame and the note around it are French."""
    from confsynth.quotes import verify_quote
    from confsynth.render.i18n import compose_body

    said = "The honest answer might also be: if you can't assess it, don't buy it."
    support = [Quote(said, "s2", "en", SourceRef("t.txt", 3, None, 0), (0, len(said)))]
    body, complete = compose_body(support, {"s2": Speaker("s2", "Aoife Brennan", name="Aoife Brennan")}, "fr")
    assert not complete
    assert "be: if you can’t assess it" in body
    assert body.startswith("Selon Aoife Brennan, «\u00a0The honest") and body.endswith("(en anglais dans le texte).")
    inner = body[body.index("«") + 2:body.index("»") - 1]
    assert verify_quote(inner, said)


@pytest.mark.parametrize("opening, title", [
    ("Good evening and welcome to this fireside chat on financing adaptation to climate change in cities, and I'm "
     "delighted to have three guests.", "Financing adaptation to climate change in cities"),
    ("Alors bonjour à toutes et à tous, et bienvenue dans ce webinaire consacré aux mobilités rurales.",
     "Mobilités rurales"),
    ("Bonsoir. Bienvenue à cette table ronde, « Protéger les océans : de la science à la décision ». Je suis Camille.",
     "Protéger les océans : de la science à la décision"),
    ("Bon, bonsoir à toutes et à tous. Merci d'être venus si nombreux pour cette conférence-débat sur "
     "l'intelligence artificielle à l'école. Je m'appelle Isabelle Garnier.", "L'intelligence artificielle à l'école"),
    ("Bonjour et bienvenue à cette matinale consacrée au travail des seniors.", "Travail des seniors"),
    # with its organiser between the event and its theme
    ("Bonjour à toutes et à tous, bienvenue à ce webinaire de la Fondation Soigner Demain consacré à la santé au "
     "travail des soignants. Je suis Sophie Lemaire.", "Santé au travail des soignants"),
    # ... and a comma before the theme (the title was the file's name, "Webinaire mobilite rurale zoom")
    ("Bonjour et bienvenue à ce webinaire du Laboratoire de la Mobilité inclusive, consacré à la mobilité solidaire "
     "dans les territoires ruraux. Je m'appelle Claire Fontaine.", "Mobilité solidaire dans les territoires ruraux"),
    # a welcome that names no theme gives none: the file's name is the title then
    ("Good evening everybody, and welcome to this fireside chat. There is no actual fire, I'm afraid.", ""),
    # the organiser "organised by", then "on the theme" (the title was the file's name, its accents lost)
    ("Bienvenue à cette conférence-débat organisée par la Maison des étudiants de l'Université Lumière Lyon 2, sur le "
     "thème « Logement étudiant : une crise durable ? ». Je suis Claire Martin.", "Logement étudiant : une crise durable ?"),
    ("Welcome to this webinar hosted by the Sustainable Hospitals Network, on the theme of food waste in hospitals.",
     "Food waste in hospitals"),
])
def test_a_transcript_without_a_title_line_takes_the_theme_its_host_welcomes_the_room_to(opening, title):
    """"financing-adaptation-cities.srt" was titled « Financing adaptation cities » where the host had said what the
    evening was about."""
    from confsynth.pipeline import title_from_welcome
    from confsynth.records import Segment, Turn

    assert title_from_welcome([Turn(0, "Host", opening, "t.txt", (Segment(0, 1),), "en")]) == title


def test_the_opening_prints_the_title_in_its_own_typography():
    """« la rencontre « Mental health at work : what employers owe » »: French spacing inside an English title."""
    from confsynth.render.i18n import event_intro

    people = [Speaker(id="s1", label="Anna Berg", name="Anna Berg", affiliation="Nordlys")]
    fr = event_intro("Mental health at work: what employers owe", "2025-03-04", "London", people, "fr", title_language="en")
    assert "«\u00a0Mental health at work: what employers owe\u00a0»" in fr and "à Londres" in fr
    assert "«\u00a0L’eau, bien commun\u00a0»" in event_intro("Table ronde : l'eau, bien commun", None, None, people, "fr",
                                                          title_language="fr")


def test_a_french_draft_s_comments_give_the_evidence_in_french():
    """A French draft's Word comments said "introduced by Sophie Lemarchand (line 4)"."""
    from confsynth.render.i18n import evidence_in

    assert evidence_in("introduced by Claire Dumont (line 82)", "fr") == "présenté·e par Claire Dumont (ligne 82)"
    assert evidence_in("own words (line 23, 00:00:19); label 'Anna Berg'", "fr") == (
        "ses propres mots (ligne 23, 00:00:19); étiquette «\u00a0Anna Berg\u00a0»")
    assert evidence_in("kept neutral: 1 hint(s), confidence 0.38 (a name needs 0.75)", "fr") == (
        "laissé neutre\u00a0: 1 indice(s), confiance 0,38 (il en faut 0,75 pour un nom)")
    assert evidence_in("'TU Dortmund' is a national body of Germany", "fr") == (
        "«\u00a0TU Dortmund\u00a0» est un organisme national (Allemagne)")
    assert evidence_in("introduced by Claire Dumont (line 82)", "en") == "introduced by Claire Dumont (line 82)"


@pytest.mark.parametrize("line, event", [
    # a venue after the date or between the place and the date (the place was lost)
    ("Torino, 14 marzo 2025 — Fondazione Città Futura, Sala Consiglio", ("2025-03-14", "Torino")),
    ("Zaragoza, 22 de octubre de 2024 — Centro Cívico Delicias", ("2024-10-22", "Zaragoza")),
    ("Paris, Maison des Territoires — jeudi 14 mars 2025", ("2025-03-14", "Paris")),
    ("Paris, 11 février 2022", ("2022-02-11", "Paris")),
    ("Lille, Hôtel de Région, jeudi 14 mars 2024", ("2024-03-14", "Lille")),
    ("Lille, 14 mars 2024 - Table ronde 2 : mobilités urbaines", ("2024-03-14", "Lille")),
    ("webinar recording, 15 May 2024", ("2024-05-15", None)),
    # a venue, then its city (the city was dropped, « à Maison de l'ESS » printed); the city after the date
    ("Maison de l'ESS, Limoges, 7 novembre 2023", ("2023-11-07", "Limoges")),
    ("Stiftung Zukunft Stadt, Berlin, 14. März 2024", ("2024-03-14", "Berlin")),
    ("14 March 2024 — Résidence Palace, Brussels", ("2024-03-14", "Brussels")),
    ("Millbrook Community Centre, Thursday 6 June 2024, 7pm", ("2024-06-06", "Millbrook Community Centre")),
    # what the event was, then its venue and city (no date was read: the line was printed as it is)
    ("Colloque, Maison de la Chimie, Paris, 3 mai 2024", ("2024-05-03", "Paris")),
    ("Workshop, Hôtel de Région, Lille, 3 May 2024", ("2024-05-03", "Lille")),
])
def test_the_place_and_date_under_the_title(line, event):
    from confsynth.render.dates import header_event

    assert header_event(["Title", line]) == event


def test_a_point_s_sources_are_lettered_alike():
    """A point with one quote and a body statement listed « 3, 3b », one with two quotes « 8a, 8b »: one table, two
    numberings. Every point with more than one source letters all its rows."""
    s = _synthesis()
    tk = s.takeaways[0]
    said = tk.quotes[0]
    s = replace(s, takeaways=(replace(tk, quotes=(said,), support=(said,)),) + s.takeaways[1:])
    refs = [r.ref for r in report_view(s, "fr").sources]
    assert refs[:2] == ["1a", "1b"]


def test_a_title_line_that_ends_on_its_place_and_date_is_printed_without_them():
    """« Table ronde « … » — émission …, enregistrée le 3 octobre 2024 à Lyon » was the drafts' heading whole; the
    place and date go under it, as a header's own line would."""
    from confsynth.render.typography import typeset

    s = replace(_synthesis(), title="Table ronde « Travailler après 55 ans » — émission Les Voix de l'emploi, "
                                    "enregistrée le 3 octobre 2024 à Lyon", header=(), date=None, place=None)
    view = report_view(s, "fr")
    assert view.title == typeset("Table ronde « Travailler après 55 ans » — émission Les Voix de l’emploi", "fr")
    assert view.event_lines == ("Lyon, 3 octobre 2024",)


def test_a_quote_that_contests_the_point_says_so():
    """Sophie's « Là, je ne suis pas du tout d'accord avec Marc… » printed under Marc's point read as support for it:
    its signature says the speaker disagrees, in both languages."""
    from confsynth.render.view import report_view

    base = _synthesis()
    tk = base.takeaways[1]
    contested = replace(tk, quotes=(replace(tk.quotes[0], disagrees=True), tk.quotes[1]))
    s = replace(base, takeaways=(base.takeaways[0], contested))
    fr, en = report_view(s, "fr"), report_view(s, "en")
    assert fr.takeaways[1].quotes[0].attribution.endswith(", en désaccord")
    assert en.takeaways[1].quotes[0].attribution.endswith(", who disagrees")
    assert not fr.takeaways[1].quotes[1].attribution.endswith("désaccord")
    # ... but the sources table's speaker column names who said it, no more (review AU: ", who disagrees" there)
    assert not any("désaccord" in row.speaker for row in fr.sources)
    assert not any("disagrees" in row.speaker for row in en.sources)


def test_a_quote_is_flagged_when_its_turn_opens_disagreeing():
    from confsynth.takeaways import disagrees

    text = "Là, euh, je ne suis pas du tout d'accord avec Marc. Les contrats à impact social coûtent plus cher."
    assert disagrees(text, text.index("Les contrats"), len(text))
    text = "Je vais être un peu en désaccord avec Jean. La prévention commence à quarante-cinq ans."
    assert disagrees(text, text.index("La prévention"), len(text))
    assert not disagrees("Je suis tout à fait d'accord avec Marc. Il faut des contrats.", 40, 61)
    # (a quote's signature says so only in words of disagreement: « au contraire » often just turns a sentence)
    text = "On n'est pas contre les commerçants, au contraire, on est vos clients. Mais il y a eu deux accrochages."
    assert disagrees(text, 0, len(text)) and not disagrees(text, 0, len(text), strict=True)


def test_a_merged_day_reads_in_order_and_keeps_its_title_s_comma(tmp_path):
    """forum-afternoon.docx sorted before forum-morning.vtt and opened the merged synthesis; the NOTE « European
    Forum on Repair, Reuse and Local Jobs - morning session, Brussels, 14 March 2025 » titled the day « European
    Forum on Repair »; « Brussels, 14 March 2025 — transcript » titled the afternoon « transcript »."""
    from pathlib import Path

    from confsynth.ingest.cues import _note_header
    from confsynth.pipeline import _in_day_order, _shared_title, session_title
    from confsynth.records import Transcript

    files = [Path("in/forum-afternoon.docx"), Path("in/forum-morning.vtt")]
    assert _in_day_order(files) == files[::-1]
    assert _in_day_order([Path("a.txt"), Path("forum-morning.vtt")]) == [Path("a.txt"), Path("forum-morning.vtt")]
    note = "WEBVTT\n\nNOTE European Forum on Repair, Reuse and Local Jobs - morning session, Brussels, 14 March 2025\n"
    assert _note_header(note) == ("European Forum on Repair, Reuse and Local Jobs - morning session",
                                  "Brussels, 14 March 2025")
    assert _shared_title(["European Forum on Repair, Reuse and Local Jobs - morning session",
                          "European Forum on Repair, Reuse and Local Jobs — Afternoon session"]) == \
        "European Forum on Repair, Reuse and Local Jobs"
    afternoon = Transcript("f.docx", "docx", "utf-8", (), ("European Forum on Repair — Afternoon session",
                                                           "Brussels, 14 March 2025 — transcript"))
    assert session_title(afternoon, "European Forum on Repair") == "Afternoon session"


def test_the_recording_s_file_name_at_the_top_is_no_title_but_says_the_date():
    """Sonix's "inclusion-numerique-lyon-2023-10-05.mp3" above the turns titled the French report."""
    from confsynth.records import Transcript
    from confsynth.render.dates import event_when

    t = Transcript("x.txt", "txt", "utf-8", (), ("inclusion-numerique-lyon-2023-10-05.mp3",))
    assert t.title is None
    assert event_when("", None, None, t.header, ["x.txt"]) == ("2023-10-05", None)


def test_the_word_draft_s_properties_are_confsynth_s_and_today_s(tmp_path):
    """The drafts said they were written in 2013 and "generated by python-docx" (the template's properties)."""
    import datetime

    from confsynth.render.docx import write_docx

    write_docx(_synthesis(), "fr", tmp_path / "t.fr.docx")
    core = docx.Document(tmp_path / "t.fr.docx").core_properties
    assert (core.author, core.last_modified_by, core.comments) == ("confsynth", "confsynth", "")
    assert core.created.year == datetime.datetime.now(datetime.timezone.utc).year


def test_under_the_chatham_house_rule_a_comment_keeps_the_voice_anonymous(tmp_path):
    """The comment on an anonymous participant's quote showed the words around it (where she had let slip her own
    name) and asked the editor to find her name."""
    from confsynth.speakers import CHATHAM_EVIDENCE

    s = _synthesis()
    ruled = replace(s.speakers[1], evidence=(("name", CHATHAM_EVIDENCE),))
    s = replace(s, speakers=(s.speakers[0], ruled, s.speakers[2]))
    write_docx(s, "en", tmp_path / "talk.en.docx")
    comment = list(docx.Document(tmp_path / "talk.en.docx").comments)[1]
    assert "Chatham House rule: this person stays anonymous" in comment.text
    assert "Is it the funder's job?" not in comment.text and "find the name" not in comment.text


def test_a_speaker_s_words_in_another_language_are_printed_as_the_interpreter_rendered_them():
    """The French draft of a French event printed a Spanish panellist's headline and quote in Spanish, « (en espagnol
    dans le texte) », under the « translation unavailable » banner, though the interpreter's French followed."""
    import numpy as np

    from confsynth.pipeline import EventAnalysis, interpreted
    from confsynth.records import Segment, Sentence, SourceRef, Speaker, Takeaway, Turn
    from confsynth.render.view import quote_text_for
    from confsynth.speakers import SpeakerDirectory

    es = "Construimos vivienda social para privatizarla después."
    fr = "Nous avons construit du logement social pour le privatiser ensuite."
    other = "Merci pour la question."
    turns = (Turn(0, "Ana Ortega", es, "t.txt", (Segment(0, 1),), "es"),
             Turn(1, "[Interprète]", f"{other} {fr}", "t.txt", (Segment(0, 2),), "fr"))
    sentences = (Sentence(0, 0, 0, len(es), es, "s1", "es"),
                 Sentence(1, 1, 0, len(other), other, "s2", "fr"),
                 Sentence(2, 1, len(other) + 1, len(other) + 1 + len(fr), fr, "s2", "fr"))
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.95, 0.312]])
    directory = SpeakerDirectory((Speaker("s1", "Ana Ortega", name="Ana Ortega"),
                                  Speaker("s2", "Interpreter", role="interpreter")), ("s1", "s2"))
    event = EventAnalysis("fr", turns, directory, sentences, vectors, ())
    said = Quote(es, "s1", "es", SourceRef("t.txt", 1, None, 0), (0, len(es)))
    tk = Takeaway(1, "es", {"es": es}, {}, quotes=(said,), said=said, speaker_ids=("s1",))
    (out,) = interpreted([tk], event)
    assert out.headline["fr"] == fr and out.quotes[0].translations["fr"] == fr and out.quotes[0].interpreted == ("fr",)
    assert quote_text_for(out.quotes[0], "fr")[1] == "de l\u2019espagnol, selon l\u2019interprète"
    # (no interpreter's sentence close enough: nothing is taken)
    far = EventAnalysis("fr", turns, directory, sentences, np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.866]]), ())
    assert "fr" not in interpreted([tk], far)[0].headline


@pytest.mark.parametrize("line, event", [
    ("Brussels, Résidence Palace – Thursday 23 May 2024. Transcript edited for readability.", ("2024-05-23", "Brussels")),
    ("Brussels, 7 November 2023 — Fondation Universitaire. Transcript edited for length; recording available on "
     "request.", ("2023-11-07", "Brussels")),
    ("Berlin, 12. Oktober 2026. Mitschrift der Podiumsdiskussion.", ("2026-10-12", "Berlin")),
])
def test_the_place_and_date_before_a_note_on_the_transcript(line, event):
    """housing-forum.docx (review AU) and gender-data-gap.md (review AW): a note after the place and date, "Transcript
    edited for readability.", left the event with no place, and the whole line was printed under the title."""
    from confsynth.render.dates import header_event

    assert header_event(["Title", line]) == event


@pytest.mark.parametrize("text, expected", [
    ("[interprétation de l'allemand] Merci beaucoup, et merci pour l'invitation.", [(30, "de")]),
    ("[Interpreted from German] Thank you very much.", [(25, "de")]),
    ("(traduction du néerlandais) Merci.", [(27, "nl")]),
    ("[simultaneous interpretation from Polish] Thank you.", [(41, "pl")]),
    ("Danke. [interprétation de l'allemand] Merci. [traduction de l’espagnol] Gracias.", [(37, "de"), (71, "es")]),
    ("[rires] Merci. [Interprète] Merci.", []),
    ("[traduction de la page 12] Merci.", []),
])
def test_a_note_that_the_words_are_the_interpreter_s(text, expected):
    """Review AZ: « Klaus Becker : [interprétation de l'allemand] Merci beaucoup… » gave the interpreter's French under
    Klaus Becker's name, and the drafts printed it as his own French ("(original in French)" in English)."""
    from confsynth.ingest.labels import interpreted_from

    assert interpreted_from(text) == expected


def test_words_given_as_the_interpreter_rendered_them_say_so_in_both_drafts():
    """Review AZ: the French draft printed Klaus Becker's interpreted words as his own French, and the English draft
    said "(original in French)" though he spoke German; French also wrote « traduit de l'néerlandais »."""
    import numpy as np

    from confsynth.pipeline import EventAnalysis, spoken_through_interpreter
    from confsynth.records import Segment, SourceRef, Takeaway, Turn
    from confsynth.render.i18n import compose_body
    from confsynth.render.view import quote_text_for
    from confsynth.speakers import SpeakerDirectory

    said = "Les citoyens sont prêts à investir dans leur alimentation."
    text = "Danke schön. [interprétation de l'allemand] Merci beaucoup. " + said
    start = text.index(said)
    turns = (Turn(0, "Klaus Becker", text, "t.txt", (Segment(0, 1),), "fr"),)
    directory = SpeakerDirectory((Speaker("s1", "Klaus Becker", name="Klaus Becker"),), ("s1",))
    event = EventAnalysis("fr", turns, directory, (), np.zeros((0, 2)), ())
    q = Quote(said, "s1", "fr", SourceRef("t.txt", 1, None, 0), (start, start + len(said)))
    (tk,) = spoken_through_interpreter([Takeaway(1, "fr", {"fr": said}, {}, quotes=(q,), support=(q,), said=q)],
                                       event)
    assert tk.quotes[0].spoken_in == tk.support[0].spoken_in == tk.said.spoken_in == "de"
    assert quote_text_for(tk.quotes[0], "fr")[1] == "de l\u2019allemand, selon l\u2019interprète"
    assert quote_text_for(tk.quotes[0], "en")[1] == "original in French, spoken in German"
    speakers = {"s1": directory.speakers[0]}
    assert "(de l\u2019allemand, selon l\u2019interprète)" in compose_body(tk.support, speakers, "fr")[0]
    # (a quote from before the note, or in a turn without one, is the speaker's own words)
    assert spoken_through_interpreter([Takeaway(1, "fr", {"fr": said}, {}, quotes=(replace(q, span=(0, 12)),))],
                                      event)[0].quotes[0].spoken_in is None
    nl = Quote("Wij bouwen samen.", "s1", "nl", SourceRef("t.txt", 1, None, 0), (0, 17), translations={"fr": "On construit."})
    assert quote_text_for(nl, "fr")[1] == "traduit du néerlandais"
