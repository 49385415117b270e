"""The Word draft an editor works on.

Header block (title, date and place), the key messages as a real numbered list (List Number), quotes
in the Quote style with their attribution, a Speakers section and a Sources appendix. Each quote
carries a Word comment with the transcript passage around it and the attribution's confidence, so the
editor can check it without opening the transcript.

Only built-in style names are used for content (Title, Subtitle, Heading 1, List Number, Quote, List
Bullet) so an editor restyles the whole document at once; two small custom styles mark confsynth's
own notes and the attribution line.
"""
from __future__ import annotations

import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..files import atomic_path
from ..records import Synthesis
from ..speakers import CHATHAM_EVIDENCE
from .i18n import FIELDS, TEXT, evidence_in
from .typography import typeset
from .view import PrintedQuote, ReportView, quote_text_for, report_view, source_location

__all__ = ["write_docx", "quote_text_for", "NOTICE_STYLE", "ATTRIBUTION_STYLE", "COMMENT_AUTHOR",
           "LOW_CONFIDENCE"]

NOTICE_STYLE = "Confsynth Notice"
ATTRIBUTION_STYLE = "Quote Attribution"
COMMENT_AUTHOR = "confsynth"
LOW_CONFIDENCE = 0.8        # below this, the comment asks the editor to confirm the name
_LOCALES = {"fr": "fr-FR", "en": "en-GB", "de": "de-DE", "es": "es-ES", "it": "it-IT", "nl": "nl-NL",
            "pt": "pt-PT"}


def _ensure_styles(doc) -> None:
    styles = doc.styles
    names = {s.name for s in styles}
    if NOTICE_STYLE not in names:
        st = styles.add_style(NOTICE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.font.bold = True
        st.font.size = Pt(10)
        st.font.color.rgb = RGBColor(0xB0, 0x30, 0x00)
        st.paragraph_format.space_after = Pt(12)
    if ATTRIBUTION_STYLE not in names:
        st = styles.add_style(ATTRIBUTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.font.italic = True
        st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        st.paragraph_format.space_after = Pt(14)
    # a quote sits with its attribution; a headline with the paragraph under it
    styles["Quote"].paragraph_format.keep_with_next = True
    styles["List Number"].paragraph_format.keep_with_next = True
    styles["List Number"].paragraph_format.space_before = Pt(12)
    # ... and each key message stands apart, even right after one with no paragraph nor quote under it (the
    # template's "contextual spacing" drops the space between two paragraphs of the list's style)
    p_pr = styles["List Number"].element.pPr
    for el in p_pr.findall(qn("w:contextualSpacing")):
        p_pr.remove(el)


def _page_setup(doc) -> None:
    """A4 with 2.5 cm margins: the paper the French and European editors print on (the template is Letter)."""
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _set_language(doc, lang: str) -> None:
    """Mark the text as ``lang`` so Word's spelling and grammar checker uses the right dictionary."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = rpr.makeelement(qn("w:lang"), {})
        rpr.append(el)
    el.set(qn("w:val"), _LOCALES.get(lang, lang))


def _percent(value: float, lang: str) -> str:
    """0.86 as « 86 % » in French, "86%" in English."""
    return f"{value:.0%}".replace("%", "\u00a0%") if lang == "fr" else f"{value:.0%}"


def _comment(doc, runs, pq: PrintedQuote, lang: str, headline: bool = False) -> None:
    """The editor's note on a quote: where it is, the passage around it (quoted part in bold), who and how sure.
    On a headline (``headline``): the sentence it was made from, as spoken, and whose point it is; no request to
    check a name, which the headline does not print."""
    t = TEXT.get(lang, TEXT["en"])
    q, sp = pq.quote, pq.speaker
    where = f"{Path(q.source.file).name}, {source_location(q, lang)}"
    comment = doc.add_comment(runs, text=typeset(t["comment_headline" if headline else "comment_source"]
                                                 .format(where=where), lang),
                              author=COMMENT_AUTHOR, initials="CS")
    # (under the Chatham House rule, an anonymous voice's words around the quote may hold a slip of their name)
    by_rule = sp.name is None and any(how == CHATHAM_EVIDENCE for _, how in sp.evidence)
    if q.context is not None and not by_rule:
        para = comment.add_paragraph()
        if q.context.before:
            para.add_run(q.context.before + " ")
        para.add_run(q.context.quoted).bold = True
        if q.context.after:
            para.add_run(" " + q.context.after)
    if q.heard is not None:   # a machine transcript: how sure the recogniser was of the words quoted
        comment.add_paragraph(typeset(t["comment_heard"].format(confidence=_percent(q.heard, lang)), lang))
    if q.language != lang and lang in q.translations:   # the draft prints a translation: show the words said
        comment.add_paragraph(typeset(t["comment_translated"].format(text="\x00"), lang).replace("\x00", q.text))
    if sp.name is None:     # a neutral label is not a guess: nothing to weigh, a name to find
        if not headline:
            note = t["comment_chatham" if by_rule else "comment_anonymous"]
            comment.add_paragraph(typeset(note, lang)).runs[0].bold = True
        return
    confidence = _percent(sp.confidence, lang)
    comment.add_paragraph(typeset(t["comment_speaker"].format(who=pq.attribution, confidence=confidence), lang))
    if sp.evidence:
        names = FIELDS.get(lang, {})
        evidence = "; ".join(f"{names.get(field, field)} \x00 {evidence_in(how, lang)}" for field, how in sp.evidence)
        # the evidence itself quotes transcript labels: only the words around it get the typography
        line = typeset(t["comment_evidence"].format(evidence="\x01"), lang)
        sep = "\u00a0: " if lang == "fr" else ": "
        comment.add_paragraph(line.replace("\x01", evidence.replace(" \x00 ", sep)))
    if sp.confidence < LOW_CONFIDENCE and not headline:
        comment.add_paragraph(typeset(t["comment_check"], lang)).runs[0].bold = True


def _table(doc, header: tuple[str, ...], rows, widths: tuple[float, ...]) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Light List Accent 1"]
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    # the header row repeats on each page of a long appendix; no row is split across two pages
    table.rows[0]._tr.get_or_add_trPr().append(table.rows[0]._tr.makeelement(qn("w:tblHeader"), {}))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    for column, w in zip(table.columns, widths):
        column.width = Cm(w)        # the grid: what LibreOffice and Word lay the table out from
    for row in table.rows:
        row._tr.get_or_add_trPr().append(row._tr.makeelement(qn("w:cantSplit"), {}))
        for cell, w in zip(row.cells, widths):
            cell.width = Cm(w)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(2)
                for r in p.runs:
                    r.font.size = Pt(9)


def _build(view: ReportView):
    t = TEXT.get(view.lang, TEXT["en"])
    doc = Document()
    _page_setup(doc)
    _ensure_styles(doc)
    _set_language(doc, view.lang)
    core = doc.core_properties
    core.title = view.title
    core.language = _LOCALES.get(view.lang, view.lang)
    core.author = "confsynth"
    # (not the template's: the drafts said they were written in 2013 "by python-docx")
    core.last_modified_by = "confsynth"
    core.comments = ""
    core.created = core.modified = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)

    doc.add_paragraph(view.title, style="Title")
    for line in view.event_lines:
        doc.add_paragraph(line, style="Subtitle")
    for notice in view.notices:
        doc.add_paragraph(notice, style=NOTICE_STYLE)
    for i, check in enumerate(view.checks):
        doc.add_paragraph(check, style=NOTICE_STYLE if i == 0 else "List Bullet")

    if view.event_intro:
        doc.add_paragraph(view.event_intro)
    doc.add_paragraph(view.heading, style="Heading 1")
    doc.add_paragraph(view.intro)
    for tk in view.takeaways:
        if tk.section:
            doc.add_paragraph(tk.section, style="Heading 2")   # (the list's numbering goes on under it)
        item = doc.add_paragraph(style="List Number")
        run = item.add_run(tk.headline)
        run.bold = True
        if tk.said is not None:
            _comment(doc, [run], tk.said, view.lang, headline=True)
        if tk.by:   # (right under the headline: a paragraph opening on someone else would claim it)
            doc.add_paragraph(tk.by, style=ATTRIBUTION_STYLE)
        if tk.body:
            doc.add_paragraph(tk.body)
        for pq in tk.quotes:
            para = doc.add_paragraph(style="Quote")
            runs = [para.add_run(f"{pq.open_mark}{pq.text}{pq.close_mark}")]
            if pq.note:
                note = para.add_run(f" ({pq.note})")
                note.italic = False
                runs.append(note)
            _comment(doc, runs, pq, view.lang)
            doc.add_paragraph(pq.attribution, style=ATTRIBUTION_STYLE)

    if view.speakers:
        doc.add_paragraph(view.speakers_heading, style="Heading 1")
        for row in view.speakers:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(row.name).bold = True
            if row.affiliation:
                p.add_run(f", {row.affiliation}")
            if row.role:
                p.add_run(f" \u2014 {row.role}").italic = True

    if view.sources:
        doc.add_paragraph(view.sources_heading, style="Heading 1")
        doc.add_paragraph(view.sources_intro).paragraph_format.keep_with_next = True
        _table(doc, (t["col_message"], t["col_quote"], t["col_speaker"], t["col_source"]),
               [(r.ref, r.excerpt, r.speaker, r.location if view.sources_one_file else f"{r.file}, {r.location}")
                for r in view.sources],
               (2.1, 6.7, 3.8, 3.4))
    doc.add_paragraph(view.generated, style=NOTICE_STYLE).paragraph_format.space_before = Pt(12)
    return doc


def write_docx(synthesis: Synthesis, lang: str, path: Path) -> None:
    """Write the ``lang`` Word draft of a synthesis atomically."""
    doc = _build(report_view(synthesis, lang))
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
