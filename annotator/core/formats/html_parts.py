"""The pieces every HTML report is made of: escaping, tag colours and underlines, tables, the
style sheet and the document around them.

The reports are self-contained documents: inline CSS only, no scripts, no images, no links,
nothing fetched. Every text that comes from a lesson pack or a student (titles, article text,
notes, names, feedback) is escaped with :func:`escape`, and tag colours are used only if they
are ``#rrggbb`` (:func:`annotator.core.lessons.looks.tag_colour`). The same HTML prints from a
browser and renders in Qt (:mod:`annotator.qt.pdf_report`), whose rich text knows only a subset
of CSS.

**Underlines** come from :mod:`annotator.core.lessons.looks`, the table the article view draws
from too: browsers read ``text-decoration-style``, Qt's rich text ignores it and reads its own
``text-underline-style``, so both are given. Qt reads ``text-decoration`` but not
``text-decoration-line``: the line is switched on with the latter, since ``text-decoration:
underline`` would make Qt draw a plain single line whatever ``text-underline-style`` says.
"""

from __future__ import annotations

import colorsys
import html
from collections.abc import Iterable, Sequence
from functools import cache

from annotator.core.formats.grade_text import score
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.looks import tag_colour, underline_look
from annotator.core.lessons.tags import Tag, TagSet, UnderlineStyle


def escape(text: object) -> str:
    """Text for HTML, quotes included (safe in attributes too)."""
    return html.escape(str(text), quote=True)


def multiline(text: str) -> str:
    """Text typed by a person, its line breaks kept."""
    return "<br>".join(escape(line) for line in text.strip().split("\n"))


# --- colours --------------------------------------------------------------------------------


def colour_of(tags: TagSet, name: str) -> str:
    """The colour of the tag ``name``: the fallback grey for a tag the set does not know."""
    tag = tags.get(name)
    return tag_colour(None) if tag is None else _checked_colour(tag.colour)


@cache
def _checked_colour(colour: str) -> str:
    """:func:`tag_colour`, which judges a tag by its colour alone, asked once per colour: a
    class's reports ask for a colour some 40,000 times."""
    return tag_colour(Tag("", "", colour, UnderlineStyle.SOLID))


def _rgb(colour: str) -> tuple[float, float, float]:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return red, green, blue


def _hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


# The colour helpers below are pure functions of a few strings, called for every piece of
# highlighted text (tens of thousands in a class's reports) with a handful of distinct inputs:
# each result is computed once.


@cache
def _darker(colour: str, factor: float) -> str:
    """As QColor.darker: the HSV value divided by ``factor``."""
    h, s, v = colorsys.rgb_to_hsv(*_rgb(colour))
    return _hex(colorsys.hsv_to_rgb(h, s, v / factor))


def blend(colours: Sequence[str]) -> str:
    """Overlapping highlights as in the app: the mean colour, 12 % darker per extra layer."""
    return _blend_of(tuple(colours))


@cache
def _blend_of(colours: tuple[str, ...]) -> str:
    rgbs = [_rgb(c) for c in colours]
    mean = _hex(sum(channel) / len(rgbs) for channel in zip(*rgbs, strict=True))
    return _darker(mean, 1 + 0.12 * (len(colours) - 1)) if len(colours) > 1 else mean


@cache
def _underline_colour(colour: str) -> str:
    """Darker than the app's (which draws on screen) so that the line survives print."""
    return _darker(colour, 2.6)


def chip(tags: TagSet, name: str) -> str:
    """A tag name on its colour, as in the superscript labels: for the tables."""
    return (
        f'<span class="chip" style="background-color:{colour_of(tags, name)};">'
        f"&nbsp;{escape(name)}&nbsp;</span>"
    )


def underline_css(tag: Tag | None, colour: str) -> str:
    """The underline of ``tag`` (a solid line if None) for browsers and for Qt, in a darker
    shade of ``colour``."""
    look = underline_look(tag)
    return (
        "text-decoration-line:underline;"
        f"text-decoration-style:{look.css};"
        f"text-decoration-color:{_underline_colour(colour)};"
        "text-decoration-thickness:2px;text-underline-offset:3px;"
        "text-decoration-skip-ink:none;"
        f"text-underline-style:{look.qt_css};"
    )


# --- the document ---------------------------------------------------------------------------

STYLE = """
@page { size: A4; margin: 15mm; }
body { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: 10pt;
       color: #1c1c1c; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 17pt; margin: 0 0 3px 0; }
h2 { font-size: 13pt; margin: 18px 0 6px 0; }
h3 { font-size: 11pt; margin: 14px 0 4px 0; }
p { margin: 0 0 6px 0; }
.meta { color: #5e5c64; margin: 0 0 10px 0; }
.muted { color: #5e5c64; }
/* The grid's lines are the table's grey showing between white cells one pixel apart
   (cellspacing="1"), not cell borders: Qt draws each cell border as four lines, which made the
   borders of a student's 300 highlights a third of the time of printing the PDF. */
table.grid { border-collapse: separate; border-spacing: 1px; background-color: #9a9996;
             margin: 3px 0 10px 0; font-size: 9pt; }
table.grid th, table.grid td { background-color: #ffffff; padding: 3px 6px;
                               vertical-align: top; text-align: left; }
table.grid th { background-color: #ebebeb; }
table.grid td.num, table.grid th.num { text-align: right; }
table.grid tr.total td { font-weight: bold; }
.chip { font-size: 8pt; font-weight: bold; color: #1c1c1c; white-space: nowrap; }
.feedback { border-left: 3px solid #62a0ea; padding-left: 8px; margin: 4px 0 10px 0; }
h2.article { font-size: 14pt; margin: 6px 0 0 0; }
h2.first { page-break-before: always; }
hr { height: 1px; border-width: 0; background-color: #c0bfbc; color: #c0bfbc;
     margin: 16px 0 10px 0; }
.byline { color: #5e5c64; margin: 1px 0 10px 0; }
.text { font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; font-size: 10.5pt;
        line-height: 165%; }
.text p { margin: 0 0 8px 0; }
.text .headline { font-size: 13pt; font-weight: bold; }
.text .heading { font-weight: bold; }
.text .standfirst { font-style: italic; }
.text .caption, .text .bio { font-size: 9pt; color: #3d3846; font-style: italic; }
sup.label { font-family: Arial, "DejaVu Sans", sans-serif; font-size: 9pt; font-weight: bold;
            font-style: normal; color: #1c1c1c; }
h4.group { font-size: 10pt; margin: 8px 0 2px 0; }
.quote { font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; }
h2.answers { margin-top: 26px; }
/* Qt's rich text, which prints the PDF, reads margins and padding in px only, skips @media
   rules, and draws superscripts at 2/3 of their size: the label's 9pt above is for Qt,
   browsers get this one. */
@media screen, print { sup.label { font-size: 6.5pt; } }
"""


def document(title: str, body: str, style: str = "") -> str:
    """The page: ``body`` under :data:`STYLE` and a report's own ``style`` rules."""
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{STYLE}{style}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    numeric: set[int],
    *,
    widths: Sequence[float] = (),
    total_last: bool = False,
) -> str:
    """A bordered table; cells are HTML already, headers are escaped here.

    ``numeric`` columns are right-aligned; ``widths`` (percentages, one per column) make the
    table as wide as the page, as HTML attributes because Qt ignores CSS widths on tables;
    ``total_last`` sets the last row in bold.
    """
    rows = list(rows)
    cells_of_head = []
    for i, header in enumerate(headers):
        attributes = ' class="num"' if i in numeric else ""
        if widths:
            attributes += f' width="{widths[i]:g}%"'
        cells_of_head.append(f"<th{attributes}>{escape(header)}</th>")
    body = []
    for number, row in enumerate(rows, start=1):
        cls = ' class="total"' if total_last and number == len(rows) else ""
        cells = "".join(
            f'<td class="num">{c}</td>' if i in numeric else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr{cls}>{cells}</tr>")
    width = ' width="100%"' if widths else ""
    return (
        f'<table class="grid"{width} cellspacing="1">'
        f"<thead><tr>{''.join(cells_of_head)}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def pct_cell(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def score_cell(value: float | None) -> str:
    return "—" if value is None else escape(score(value))


def tag_order(lesson: Lesson, names: Iterable[str]) -> list[str]:
    """The lesson's tags in order, then any other tag (from an older tag set) by name."""
    names = set(names)
    known = [tag.name for tag in lesson.tags if tag.name in names]
    return known + sorted(names - set(known))


def outlet_of(lesson: Lesson, article_id: str) -> str:
    return lesson.article(article_id).outlet if lesson.has_article(article_id) else article_id


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quote(text: str, limit: int = 160) -> str:
    """Words from an article, in the article's (serif) type; no quotation marks are added
    because many quotes start with their own."""
    return f'<span class="quote">{escape(clip(text, limit))}</span>'


def by_article(lesson: Lesson, key_indices: Iterable[int]) -> list[tuple[str, list[int]]]:
    """Key indices grouped by article, in the lesson's article order, each group in key order."""
    groups: dict[str, list[int]] = {}
    for index in key_indices:
        groups.setdefault(lesson.key[index].article_id, []).append(index)
    order = {article.id: i for i, article in enumerate(lesson.articles)}
    ids = sorted(groups, key=lambda a: (order.get(a, len(order)), a))
    return [(outlet_of(lesson, article_id), groups[article_id]) for article_id in ids]
