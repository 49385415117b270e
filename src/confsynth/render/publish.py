"""Publish exports: Markdown and a standalone HTML page with the seed post's structure (title, date and
place, intro, numbered key messages with headline, paragraph and attributed quotes), ready to paste
into a CMS.

They are for readers: no editor comments, no Sources appendix, no generator line. A translation notice
stays, visible, because a page that still needs translating must not go out unnoticed.

Every piece of transcript text is escaped: a transcript line such as ``<script>`` or ``&`` prints as
text in both formats, never as markup.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from ..files import write_text_atomic
from ..records import Synthesis
from .view import ReportView, report_view

__all__ = ["render_markdown", "render_html", "write_markdown", "write_html", "escape_markdown"]

# Markdown's own punctuation (CommonMark lets any ASCII punctuation be backslash-escaped), plus < > &
# which CommonMark would otherwise pass through as raw HTML or entities.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
_MD_ORDERED = re.compile(r"(\d+)([.)])")


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, link, HTML, list or heading can come out of it."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))
    ordered = _MD_ORDERED.match(text)
    if ordered:        # "2022. Une année" at the start of a paragraph would start a numbered list
        return ordered.group(1) + "\\" + text[ordered.end(1):]
    return "\\" + text if text[:1] in "-+=" else text


def render_markdown(view: ReportView) -> str:
    """The report as Markdown."""
    e = escape_markdown
    out = [f"# {e(view.title)}", ""]
    for line in view.event_lines:
        out += [f"*{e(line)}*", ""]
    for notice in view.notices:
        out += [f"> **{e(notice)}**", ""]
    if view.event_intro:
        out += [e(view.event_intro), ""]
    out += [f"## {e(view.heading)}", "", e(view.intro), ""]
    for tk in view.takeaways:
        if tk.section:
            out += [f"### {e(tk.section)}", ""]   # (the next item's number starts the list again at it)
        out += [f"{tk.number}. **{e(tk.headline)}**", ""]
        if tk.by:
            out += [f"   *{e(tk.by)}*", ""]
        if tk.body:
            out += [f"   {e(tk.body)}", ""]
        for pq in tk.quotes:
            out += [f"   > {e(pq.marked)}", "   >", f"   > *{e(pq.attribution)}*", ""]
    if view.speakers:
        out += [f"## {e(view.speakers_heading)}", ""]
        for row in view.speakers:
            line = f"- **{e(row.name)}**" + (f", {e(row.affiliation)}" if row.affiliation else "")
            out.append(line + (f" \u2014 *{e(row.role)}*" if row.role else ""))
        out.append("")
    return "\n".join(out)


_CSS = """\
body { font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.55; color: #222; }
h1 { font-family: Helvetica, Arial, sans-serif; line-height: 1.2; }
h2 { font-family: Helvetica, Arial, sans-serif; margin-top: 2rem; }
.event { color: #555; font-style: italic; }
.notice { color: #b03000; font-weight: bold; }
ol.key-messages > li { margin-bottom: 1.5rem; }
ol.key-messages > li::marker { font-weight: bold; }
.headline { font-weight: bold; }
blockquote { margin: 1rem 0 1rem 1.5rem; font-style: italic; }
blockquote footer { text-align: right; }
"""


def render_html(view: ReportView) -> str:
    """The report as a standalone HTML page; the ``<article>`` inside is what goes into a CMS."""
    e = html.escape
    body = [f'<article class="confsynth-synthesis" lang="{e(view.lang)}">', f"<h1>{e(view.title)}</h1>"]
    for line in view.event_lines:
        body.append(f'<p class="event">{e(line)}</p>')
    for notice in view.notices:
        body.append(f'<p class="notice">{e(notice)}</p>')
    if view.event_intro:
        body.append(f"<p>{e(view.event_intro)}</p>")
    body += [f"<h2>{e(view.heading)}</h2>", f"<p>{e(view.intro)}</p>"]
    if view.takeaways:
        listing = False
        for tk in view.takeaways:
            if tk.section:
                # a heading is no list item: the list closes above it and opens again below
                body += (["</ol>"] if listing else []) + [f"<h3>{e(tk.section)}</h3>"]
                listing = False
            if not listing:
                body.append('<ol class="key-messages">')
                listing = True
            body.append(f'<li value="{tk.number}">')
            body.append(f'<p class="headline">{e(tk.headline)}</p>')
            if tk.by:
                body.append(f'<p class="by"><cite>{e(tk.by)}</cite></p>')
            if tk.body:
                body.append(f"<p>{e(tk.body)}</p>")
            for pq in tk.quotes:
                body.append(f"<blockquote><p>{e(pq.marked)}</p><footer><cite>{e(pq.attribution)}</cite></footer>"
                            "</blockquote>")
            body.append("</li>")
        body.append("</ol>")
    if view.speakers:
        body += [f"<h2>{e(view.speakers_heading)}</h2>", '<ul class="speakers">']
        for row in view.speakers:
            item = f"<strong>{e(row.name)}</strong>" + (f", {e(row.affiliation)}" if row.affiliation else "")
            body.append(f"<li>{item}" + (f" \u2014 <em>{e(row.role)}</em>" if row.role else "") + "</li>")
        body.append("</ul>")
    body.append("</article>")
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{e(view.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="confsynth">',
        f"<title>{e(view.title)}</title>",
        f"<style>\n{_CSS}</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
        "",
    ])


def write_markdown(synthesis: Synthesis, lang: str, path: Path) -> None:
    """Write the ``lang`` Markdown export atomically."""
    write_text_atomic(path, render_markdown(report_view(synthesis, lang)))


def write_html(synthesis: Synthesis, lang: str, path: Path) -> None:
    """Write the ``lang`` HTML page atomically."""
    write_text_atomic(path, render_html(report_view(synthesis, lang)))
