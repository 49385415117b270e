"""The Word draft: title, numbered key messages (real List Number), quotes in the Quote style, speakers.

Only built-in style names are used for content (Title, Subtitle, Heading 1, List Number, Quote) so an
editor restyles the whole document at once; two small custom styles mark confsynth's own notes.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from ..files import atomic_path
from ..ingest.encoding import clean_controls
from ..records import Quote, Synthesis
from .i18n import LANGUAGE_NAMES, TEXT, attribution, quote_marks

__all__ = ["write_docx", "quote_text_for"]

NOTICE_STYLE = "Confsynth Notice"
ATTRIBUTION_STYLE = "Quote Attribution"


def _ensure_styles(doc) -> None:
    styles = doc.styles
    if NOTICE_STYLE not in [s.name for s in styles]:
        st = styles.add_style(NOTICE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.font.bold = True
        st.font.color.rgb = RGBColor(0xB0, 0x30, 0x00)
        st.paragraph_format.space_after = Pt(12)
    if ATTRIBUTION_STYLE not in [s.name for s in styles]:
        st = styles.add_style(ATTRIBUTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.font.italic = True
        st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        st.paragraph_format.space_after = Pt(10)


def quote_text_for(q: Quote, lang: str) -> tuple[str, str | None]:
    """The quote as printed in a ``lang`` report, and the note that goes with it (translated / original)."""
    names = LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["en"])
    t = TEXT.get(lang, TEXT["en"])
    if q.language == lang:
        return q.text, None
    if lang in q.translations:
        return q.translations[lang], t["translated_from"].format(lang=names.get(q.language, q.language))
    return q.text, t["original_in"].format(lang=names.get(q.language, q.language))


def write_docx(synthesis: Synthesis, lang: str, path: Path) -> None:
    """Write the ``lang`` Word draft of a synthesis atomically."""
    t = TEXT.get(lang, TEXT["en"])
    doc = Document()
    _ensure_styles(doc)
    core = doc.core_properties
    core.title = synthesis.title
    core.language = lang
    core.author = "confsynth"

    doc.add_paragraph(synthesis.title, style="Title")
    for line in synthesis.header[1:3]:
        doc.add_paragraph(line, style="Subtitle")
    status = synthesis.translation.get(lang)
    if status is not None and status.status in ("unavailable", "partial"):
        doc.add_paragraph(t["untranslated"].format(detail=status.message or ""), style=NOTICE_STYLE)
    elif status is not None and status.status == "translated" and status.model:
        doc.add_paragraph(t["translated_by"].format(model=status.model), style=NOTICE_STYLE)

    doc.add_paragraph(t["key_messages"], style="Heading 1")
    if not synthesis.takeaways:
        doc.add_paragraph(t["no_takeaways"])
    else:
        doc.add_paragraph(t["intro"].format(n=len(synthesis.takeaways)))
    open_q, close_q = quote_marks(lang)
    for tk in synthesis.takeaways:
        headline = tk.headline.get(lang) or next(iter(tk.headline.values()))
        body = tk.body.get(lang) or next(iter(tk.body.values()), "")
        item = doc.add_paragraph(style="List Number")
        item.add_run(headline).bold = True
        if body:
            doc.add_paragraph(body)
        for q in tk.quotes:
            text, note = quote_text_for(q, lang)
            doc.add_paragraph(f"{open_q}{text}{close_q}" + (f" ({note})" if note else ""), style="Quote")
            doc.add_paragraph(attribution(synthesis.speaker(q.speaker_id), lang), style=ATTRIBUTION_STYLE)

    named = [s for s in synthesis.speakers if s.name]
    if named:
        doc.add_paragraph(t["speakers"], style="Heading 1")
        for s in named:
            extra = ", ".join(x for x in (s.title, s.affiliation, s.country) if x)
            if s.role == "moderator":
                extra = ", ".join(x for x in (extra, t["moderator"]) if x)
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(s.name).bold = True
            if extra:
                p.add_run(f", {extra}")
    # file names may hold characters Word cannot (a newline, an escape): they are dropped here
    files = clean_controls(", ".join(Path(f).name for f in synthesis.files))
    doc.add_paragraph(t["generated"].format(files=files),
                      style=NOTICE_STYLE)
    with atomic_path(path) as tmp:
        doc.save(str(tmp))
