"""Reports for the teacher: a gradebook CSV, a Canvas import CSV, and printable HTML reports.

Everything here is a pure function of core objects: the caller (the review window, the CLI) reads
the class from storage, grades it with :func:`annotator.core.classroom.grading.grade_class` and
passes one
:class:`StudentResult` per student in. Nothing is read from disk or the network.

**The final grade** (:func:`final_score`) is the teacher's override when there is one, otherwise
the automatic score: ``round(100 * F1, 1)`` of the student's overall :class:`TagScore`, that is
the harmonic mean of the unweighted precision and the point-weighted recall exactly as
:mod:`annotator.core.classroom.grading` computes them. F1 rather than recall alone so that tagging
every sentence does not earn full marks; rather than points earned, for the same reason.

**CSV.** Both CSV exports guard every cell against formula injection with
:func:`annotator.core.formats.exports.guard_formula` (student names, ids and feedback are typed by
people; a spreadsheet must not run them), use CRLF line ends (RFC 4180) and list students by name.
They are returned as text: write it with ``newline=""`` and, for Excel to detect UTF-8,
``encoding="utf-8-sig"`` (Canvas accepts either).

**HTML.** The reports are self-contained documents: inline CSS only, no scripts, no images, no
links, nothing fetched. Every text that comes from a lesson pack or a student (titles, article
text, notes, names, feedback) is escaped with :func:`html.escape`, and tag colours are used only
if they are ``#rrggbb``. A student's report is built from that student's :class:`StudentResult`
alone, so it cannot hold another student's work. The same HTML prints from a browser and renders
in Qt (:mod:`annotator.qt.pdf_report`), whose rich text knows only a subset of CSS; see
:func:`student_report_html` for how the tag cues survive there.
"""

from __future__ import annotations

import bisect
import colorsys
import csv
import html
import io
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.record import annotation_to_json
from annotator.core.classroom.grading import StudentGrade, TagScore
from annotator.core.classroom.results import StudentResult, auto_score, final_score
from annotator.core.formats.exports import guard_formula, sort_annotations
from annotator.core.lessons.lesson import Article, KeySpan, Lesson
from annotator.core.lessons.tags import Tag, TagSet, UnderlineStyle
from annotator.core.text.article_text import Block, BlockKind, InlineKind


def _by_name(results: Iterable[StudentResult]) -> list[StudentResult]:
    """Students in a stable order: by name (case-insensitive), then name, then id."""
    return sorted(results, key=lambda r: (r.name.casefold(), r.name, r.student_id))


# --- number formatting ----------------------------------------------------------------------


def _percent(value: float | None) -> str:
    """A share 0..1 as a percentage with one decimal; "" when undefined."""
    return "" if value is None else f"{100 * value:.1f}"


def _score(value: float | None) -> str:
    """A score 0..100: at least one decimal, at most two (an override of 87.25 stays so)."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _points(value: float) -> str:
    """Points without noise: 2 -> "2", 1.5 -> "1.5", 2/3 -> "0.67"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def _csv(rows: Iterable[Sequence[str]]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([guard_formula(cell) for cell in row])
    return out.getvalue()


# --- the teacher's gradebook ----------------------------------------------------------------


def gradebook_columns(lesson: Lesson) -> list[str]:
    """The header of :func:`gradebook_csv`: one count column per tag of the lesson, in order."""
    return [
        "Student",
        "Student ID",
        *(f"{tag.name} count" for tag in lesson.tags),
        "Precision (%)",
        "Recall (%)",
        "F1 (%)",
        "Score (auto)",
        "Override",
        "Final grade",
        "Feedback",
    ]


def gradebook_csv(lesson: Lesson, results: Iterable[StudentResult]) -> str:
    """The class as a spreadsheet: a header (:func:`gradebook_columns`) and a row per student.

    ``<TAG> count`` is the number of the student's annotations with that tag (orphaned ones, which
    are never graded, left out); a tag that is not in the lesson's tag set has no column but still
    counts against precision. Precision, recall and F1 are the overall scores as percentages with
    one decimal, empty when the key is empty. ``Score (auto)`` is :func:`auto_score`,
    ``Override`` the teacher's score (empty if none), ``Final grade`` :func:`final_score`.
    """
    rows: list[list[str]] = [gradebook_columns(lesson)]
    for result in _by_name(results):
        grade = result.grade
        counts = [
            str(grade.per_tag[tag.name].student_count if tag.name in grade.per_tag else 0)
            for tag in lesson.tags
        ]
        rows.append(
            [
                result.name,
                result.student_id,
                *counts,
                _percent(grade.overall.precision),
                _percent(grade.overall.recall),
                _percent(grade.overall.f1),
                _score(auto_score(grade)),
                _score(result.override),
                _score(final_score(result)),
                result.feedback,
            ]
        )
    return _csv(rows)


# --- Canvas -----------------------------------------------------------------------------------

CANVAS_COLUMNS: tuple[str, ...] = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
CANVAS_POINTS_ROW = "Points Possible"


def canvas_csv(
    lesson: Lesson,
    results: Iterable[StudentResult],
    *,
    assignment: str,
    points_possible: float = 100,
) -> str:
    """The final grades as a CSV for Canvas: Grades > Import.

    The format is that of Canvas' own gradebook export, which its importer reads back:

    * the header starts with the student columns ``Student``, ``ID``, ``SIS User ID``,
      ``SIS Login ID``, ``Section`` (Canvas finds the end of the student columns by the
      ``Section`` heading), then one column per assignment. ``assignment`` is that column's
      heading: ``Name (1234)`` to grade the existing assignment with Canvas id 1234, or a new
      name, for which Canvas offers to create the assignment (an existing title also matches);
    * a second row has ``Points Possible`` in the first column, the student columns blank, and
      the assignment's points possible under it;
    * then one row per student. Canvas matches a row to a student by ``ID`` (Canvas' internal
      user id, which this app does not know, so it is left blank), then ``SIS User ID`` (here
      the student id, when given), then ``SIS Login ID`` (blank), then the name; rows it cannot
      match are shown for the teacher to resolve in Canvas' import review. ``Section`` is blank.

    The grade is :func:`final_score` (0-100) scaled to ``points_possible`` and rounded to two
    decimals; a student with no grade gets an empty cell, which Canvas leaves unchanged. Only
    these columns are written: Canvas ignores its computed columns on import anyway.
    """
    if not assignment.strip():
        raise ValueError("the Canvas assignment needs a name")
    if not points_possible > 0:
        raise ValueError(f"points possible must be > 0, got {points_possible}")
    rows: list[list[str]] = [
        [*CANVAS_COLUMNS, assignment],
        [CANVAS_POINTS_ROW, "", "", "", "", _points(points_possible)],
    ]
    for result in _by_name(results):
        score = final_score(result)
        points = "" if score is None else _points(round(score * points_possible / 100, 2))
        rows.append([result.name, "", result.student_id, "", "", points])
    return _csv(rows)


# --- HTML: shared pieces ----------------------------------------------------------------------

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
FALLBACK_COLOUR = "#cccccc"

# CSS text-decoration-style for browsers. CSS has no dash-dot line: it prints dashed.
_CSS_UNDERLINE = {
    UnderlineStyle.SOLID: "solid",
    UnderlineStyle.DASHED: "dashed",
    UnderlineStyle.DOTTED: "dotted",
    UnderlineStyle.WAVE: "wavy",
    UnderlineStyle.DOUBLE: "double",
    UnderlineStyle.DASH_DOT: "dashed",
}
# Qt's rich text ignores text-decoration-style but reads its own ``text-underline-style``
# (solid, dashed, dotted, wave); browsers ignore that one. Qt has no double line in CSS.
_QT_UNDERLINE = {
    UnderlineStyle.SOLID: "solid",
    UnderlineStyle.DASHED: "dashed",
    UnderlineStyle.DOTTED: "dotted",
    UnderlineStyle.WAVE: "wave",
    UnderlineStyle.DOUBLE: "solid",
    UnderlineStyle.DASH_DOT: "dashed",
}
UNDERLINE_WORDS = {
    UnderlineStyle.SOLID: "a solid line",
    UnderlineStyle.DASHED: "a dashed line",
    UnderlineStyle.DOTTED: "a dotted line",
    UnderlineStyle.WAVE: "a wavy line",
    UnderlineStyle.DOUBLE: "a double line",
    UnderlineStyle.DASH_DOT: "a dash-dot line",
}


def _e(text: object) -> str:
    """Text for HTML, quotes included (safe in attributes too)."""
    return html.escape(str(text), quote=True)


def _multiline(text: str) -> str:
    return "<br>".join(_e(line) for line in text.strip().split("\n"))


def _colour(tags: TagSet, name: str) -> str:
    tag = tags.get(name)
    return FALLBACK_COLOUR if tag is None else _checked_colour(tag.colour)


@cache
def _checked_colour(colour: str) -> str:
    return colour if _COLOUR.match(colour) else FALLBACK_COLOUR


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


def _blend(colours: Sequence[str]) -> str:
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


def _chip(tags: TagSet, name: str) -> str:
    """A tag name on its colour, as in the superscript labels: for the tables."""
    return (
        f'<span class="chip" style="background-color:{_colour(tags, name)};">'
        f"&nbsp;{_e(name)}&nbsp;</span>"
    )


def _underline_css(tag: Tag | None, colour: str) -> str:
    style = tag.underline if tag is not None else UnderlineStyle.SOLID
    return (
        "text-decoration-line:underline;"
        f"text-decoration-style:{_CSS_UNDERLINE[style]};"
        f"text-decoration-color:{_underline_colour(colour)};"
        "text-decoration-thickness:2px;text-underline-offset:3px;"
        "text-decoration-skip-ink:none;"
        f"text-underline-style:{_QT_UNDERLINE[style]};"
    )


_STYLE = """
@page { size: A4; margin: 15mm; }
body { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-size: 10pt;
       color: #1c1c1c; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 17pt; margin: 0 0 3px 0; }
h2 { font-size: 13pt; margin: 18px 0 6px 0; }
h3 { font-size: 11pt; margin: 14px 0 4px 0; }
p { margin: 0 0 6px 0; }
.meta { color: #5e5c64; margin: 0 0 10px 0; }
.muted { color: #5e5c64; }
table.grid { border-collapse: collapse; margin: 3px 0 10px 0; font-size: 9pt; }
table.grid th, table.grid td { border: 1px solid #9a9996; padding: 3px 6px;
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


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def _table(
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
        cells_of_head.append(f"<th{attributes}>{_e(header)}</th>")
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
        f'<table class="grid"{width} cellspacing="0">'
        f"<thead><tr>{''.join(cells_of_head)}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _pct_cell(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _score_cell(value: float | None) -> str:
    return "—" if value is None else _e(_score(value))


def _tag_order(lesson: Lesson, names: Iterable[str]) -> list[str]:
    """The lesson's tags in order, then any other tag (from an older tag set) by name."""
    names = set(names)
    known = [tag.name for tag in lesson.tags if tag.name in names]
    return known + sorted(names - set(known))


def _outlet(lesson: Lesson, article_id: str) -> str:
    return lesson.article(article_id).outlet if lesson.has_article(article_id) else article_id


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _quote(text: str, limit: int = 160) -> str:
    """Words from an article, in the article's (serif) type; no quotation marks are added
    because many quotes start with their own."""
    return f'<span class="quote">{_e(_clip(text, limit))}</span>'


def _by_article(lesson: Lesson, key_indices: Iterable[int]) -> list[tuple[str, list[int]]]:
    """Key indices grouped by article, in the lesson's article order, each group in key order."""
    groups: dict[str, list[int]] = {}
    for index in key_indices:
        groups.setdefault(lesson.key[index].article_id, []).append(index)
    order = {article.id: i for i, article in enumerate(lesson.articles)}
    ids = sorted(groups, key=lambda a: (order.get(a, len(order)), a))
    return [(_outlet(lesson, article_id), groups[article_id]) for article_id in ids]


def _legend(lesson: Lesson) -> str:
    rows = []
    for tag in lesson.tags:
        colour = _colour(lesson.tags, tag.name)
        sample = (
            f'<span style="background-color:{colour};{_underline_css(tag, colour)}">'
            f"{_e(tag.label)}</span>"
        )
        rows.append(
            [
                _chip(lesson.tags, tag.name),
                sample,
                _e(f"its colour, underlined with {UNDERLINE_WORDS[tag.underline]}"),
                _e(tag.description),
            ]
        )
    return _table(["Tag", "Looks like", "Cue", "Meaning"], rows, set(), widths=[12, 14, 34, 40])


# --- the student's report -------------------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    number: int
    annotation: Annotation


def _placeable(lengths: Mapping[str, int], annotation: Annotation) -> bool:
    """Whether the annotation can be drawn in its article; ``lengths`` by article id."""
    length = lengths.get(annotation.article_id)
    if annotation.orphaned or length is None:
        return False
    return 0 <= annotation.position.start < annotation.position.end <= length


def _numbered(
    lesson: Lesson, annotations: Sequence[Annotation]
) -> tuple[dict[str, int], list[_Placed]]:
    """Annotation id -> its number, those shown in the text first, in reading order; and the
    annotations shown in the text, numbered, in that order."""
    lengths = {article.id: len(article.text) for article in lesson.articles}
    shown: list[Annotation] = []
    rest: list[Annotation] = []
    for annotation in sort_annotations(annotations, lesson):
        (shown if _placeable(lengths, annotation) else rest).append(annotation)
    numbers = {a.id: number for number, a in enumerate(shown + rest, start=1)}
    return numbers, [_Placed(numbers[a.id], a) for a in shown]


_BLOCK_CLASS = {
    BlockKind.HEADLINE: "headline",
    BlockKind.HEADING: "heading",
    BlockKind.PARAGRAPH: "paragraph",
    BlockKind.CAPTION: "caption",
    BlockKind.STANDFIRST: "standfirst",
    BlockKind.BIO: "bio",
}


class _Looks:
    """How highlights are drawn in one report: the labels, and the style of a piece of text
    under a stack of highlights.

    A style depends only on the tags of the stack, innermost first, so each is made once: a
    student's report cuts its articles into thousands of pieces, under a few dozen stacks.
    """

    def __init__(self, tags: TagSet) -> None:
        self.tags = tags
        self._styles: dict[tuple[str, ...], str] = {}

    def label(self, placed: _Placed) -> str:
        """The superscript at the start of a highlight: its number and tag, on the tag's
        colour."""
        name = placed.annotation.tag
        return (
            f'<sup class="label" style="background-color:{_colour(self.tags, name)};">'
            f"&nbsp;{placed.number}&nbsp;{_e(name)}&nbsp;</sup>"
        )

    def style(self, stack: tuple[str, ...]) -> str:
        """Blended backgrounds and the underline of the innermost (the first) tag."""
        style = self._styles.get(stack)
        if style is None:
            colours = [_colour(self.tags, name) for name in stack]
            style = f"background-color:{_blend(colours)};" + _underline_css(
                self.tags.get(stack[0]), colours[0]
            )
            self._styles[stack] = style
        return style


def _block_html(block: Block, placed: Sequence[_Placed], looks: _Looks, labelled: set[int]) -> str:
    """One block of article text with the highlights that touch it.

    The text is cut at every edge of an inline style and of a highlight; each piece carries all
    the highlights over it, combined as in the app (blended background, the underline of the
    innermost, that is shortest, highlight). A highlight's label goes before its first piece
    (``labelled`` holds the numbers already labelled in the article, for highlights that run
    over several blocks), so overlapping highlights are told apart by their labels and by where
    the colour changes.
    """
    text = block.text
    length = len(text)
    cuts = {0, length}
    for span in block.spans:
        cuts.update((max(0, min(length, span.start)), max(0, min(length, span.end))))
    extents = []  # (start, end, highlight), in the block's offsets
    for p in placed:
        start, end = p.annotation.start - block.start, p.annotation.end - block.start
        if start < length and end > 0:
            cuts.update((max(0, start), min(length, end)))
            extents.append((start, end, p))

    parts = []
    for start, end in itertools.pairwise(sorted(cuts)):
        layers = [p for lo, hi, p in extents if lo <= start and hi >= end]
        starting = [p for p in layers if p.number not in labelled]
        if starting:
            starting.sort(key=_label_order)
            parts.extend(looks.label(p) for p in starting)
            labelled.update(p.number for p in starting)

        piece = _e(text[start:end])
        kinds = {s.kind for s in block.spans if s.start <= start and s.end >= end}
        if InlineKind.BOLD in kinds:
            piece = f"<b>{piece}</b>"
        if InlineKind.ITALIC in kinds:
            piece = f"<i>{piece}</i>"
        if layers:
            layers.sort(key=_innermost_first)
            style = looks.style(tuple(p.annotation.tag for p in layers))
            piece = f'<span class="hl" style="{style}">{piece}</span>'
        parts.append(piece)
    return f'<p class="{_BLOCK_CLASS[block.kind]}">{"".join(parts)}</p>'


def _label_order(placed: _Placed) -> tuple[int, int]:
    """Labels of highlights starting together: the longest (outermost) first."""
    position = placed.annotation.position
    return -(position.end - position.start), placed.number


def _innermost_first(placed: _Placed) -> tuple[int, int]:
    position = placed.annotation.position
    return position.end - position.start, position.start


def _article_html(article: Article, placed: Sequence[_Placed], looks: _Looks, first: bool) -> str:
    """An article's header and text; the first starts a page, the others follow a rule."""
    mine = [p for p in placed if p.annotation.article_id == article.id]
    byline = " · ".join(part for part in (article.byline, article.published) if part.strip())
    count = len(mine)
    summary = f"{count} highlight{'s' if count != 1 else ''}"
    head = (
        f'<h2 class="{"article first" if first else "article"}">{_e(article.outlet)}</h2>'
        f'<p class="byline">{_e(byline) + " · " if byline else ""}{_e(summary)}</p>'
    )
    labelled: set[int] = set()
    # Each block is given only the highlights that reach it (found by bisection), rather than
    # every highlight of the article: a student's report has 300 of them over 50 blocks.
    blocks = article.text.blocks
    starts = [block.start for block in blocks]
    touching: list[list[_Placed]] = [[] for _ in blocks]
    for p in mine:
        lo = max(0, bisect.bisect_right(starts, p.annotation.start) - 1)
        hi = bisect.bisect_left(starts, p.annotation.end)
        for index in range(lo, hi):
            touching[index].append(p)
    body = "".join(
        _block_html(block, touching[index], looks, labelled) for index, block in enumerate(blocks)
    )
    return f'{"" if first else "<hr>"}{head}<div class="text">{body}</div>'


def _scores_table(lesson: Lesson, grade: StudentGrade) -> str:
    def row(label: str, score: TagScore) -> list[str]:
        return [
            label,
            str(score.student_count),
            f"{score.true_positives} of {score.key_count}",
            _pct_cell(score.precision),
            _pct_cell(score.recall),
            _pct_cell(score.f1),
        ]

    rows = [
        row(_chip(lesson.tags, name), grade.per_tag[name])
        for name in _tag_order(lesson, grade.per_tag)
    ]
    rows.append(row("All tags", grade.overall))
    return _table(
        ["Tag", "You tagged", "Found (right tag)", "Precision", "Recall", "F1"],
        rows,
        {1, 2, 3, 4, 5},
        total_last=True,
    )


def _grade_table(result: StudentResult) -> str:
    grade = result.grade
    rows = [
        ["Key points found", f"{_points(grade.points_earned)} of {_points(grade.points_possible)}"],
        ["Automatic score (F1 × 100)", _score_cell(auto_score(grade))],
        ["Teacher's override", "—" if result.override is None else _score_cell(result.override)],
        ["Final grade (out of 100)", _score_cell(final_score(result))],
    ]
    return _table(["Grade", ""], rows, {1}, total_last=True)


def _note_lines(
    annotation: Annotation | None, comment: str, model: str = "", model_label: str = ""
) -> str:
    lines = []
    if annotation is not None and annotation.note.strip():
        lines.append(f'<span class="muted">Your note:</span> {_multiline(annotation.note)}')
    if comment.strip():
        lines.append(f"<b>Teacher:</b> {_multiline(comment)}")
    if model.strip():
        lines.append(f'<span class="muted">{_e(model_label)}</span> {_multiline(model)}')
    return "<br>".join(lines)


_NONE = '<p class="muted">None.</p>'


def _answers_html(
    lesson: Lesson, result: StudentResult, numbers: dict[str, int], key_visible: bool
) -> str:
    """The student's highlights sorted against the key, each with its notes and comments."""
    grade = result.grade
    tags = lesson.tags
    key: Sequence[KeySpan] = lesson.key
    by_id = {a.id: a for a in result.annotations}
    # Comments only on this student's own annotations, whatever else the mapping holds.
    comments = {i: text for i, text in result.annotation_feedback.items() if i in by_id}

    def shown(span: KeySpan | None) -> KeySpan | None:
        return span if key_visible else None

    def key_span(index: int) -> KeySpan | None:
        return key[index] if 0 <= index < len(key) else None

    def annotation_row(annotation: Annotation, span: KeySpan | None, wrong: bool) -> list[str]:
        row = [
            str(numbers.get(annotation.id, "")),
            _e(_outlet(lesson, annotation.article_id)),
            _chip(tags, annotation.tag),
        ]
        if wrong:
            row.append(_chip(tags, span.tag) if span is not None else "another tag")
        model = span.note if span is not None else ""
        row += [
            _quote(annotation.quote.exact),
            _note_lines(annotation, comments.get(annotation.id, ""), model, "Key:"),
        ]
        return row

    def section(title: str, rows: list[list[str]], wrong: bool = False) -> str:
        heading = f"<h3>{_e(title)} ({len(rows)})</h3>"
        if not rows:
            return heading + _NONE
        if wrong:
            headers = ["#", "Article", "Your tag", "Key's tag", "Your highlight", "Notes"]
            widths = [5, 14, 13, 13, 25, 30]
        else:
            headers, widths = (
                ["#", "Article", "Tag", "Your highlight", "Notes"],
                [5, 14, 13, 31, 37],
            )
        return heading + _table(headers, rows, {0}, widths=widths)

    def in_order(pairs: Iterable[tuple[str, int | None]]) -> list[tuple[Annotation, int | None]]:
        """(annotation, key index) by the annotation's number: the order of the text."""
        known = [(by_id[i], k) for i, k in pairs if i in by_id]
        return sorted(known, key=lambda pair: numbers.get(pair[0].id, 0))

    def span_of(index: int | None) -> KeySpan | None:
        return shown(key_span(index)) if index is not None else None

    parts = ['<h2 class="answers">Your highlights, checked against the answer key</h2>']
    found = in_order((m.annotation_id, m.key_index) for m in grade.matches)
    rows = [annotation_row(a, span_of(k), False) for a, k in found]
    parts.append(section("Found, with the right tag", rows))
    found = in_order((annotation_id, k) for annotation_id, k, _iou in grade.wrong_tag)
    rows = [annotation_row(a, span_of(k), True) for a, k in found]
    parts.append(section("Found, but with a different tag from the key", rows, wrong=True))

    misses = [index for index in grade.misses if key_span(index) is not None]
    parts.append(f"<h3>Missed: claims in the key you did not highlight ({len(misses)})</h3>")
    if not misses:
        parts.append(_NONE)
    elif not key_visible:
        parts.append(
            '<p class="muted">The answer key is not shown in this report; '
            "ask your teacher which claims you missed.</p>"
        )
    else:
        for outlet, indices in _by_article(lesson, misses):
            rows = [
                [
                    _chip(tags, key[index].tag),
                    _e(_points(key[index].points)),
                    _quote(key[index].quote.exact),
                    _multiline(key[index].note),
                ]
                for index in indices
            ]
            parts.append(f'<h4 class="group">{_e(outlet)} ({len(rows)})</h4>')
            parts.append(
                _table(
                    ["Tag", "Points", "The key's highlight", "Model answer"],
                    rows,
                    {1},
                    widths=[13, 9, 33, 45],
                )
            )

    rows = [annotation_row(a, None, False) for a, _ in in_order((i, None) for i in grade.extras)]
    parts.append(section("Highlights that are not in the key", rows))
    rows = [annotation_row(a, None, False) for a, _ in in_order((i, None) for i in grade.orphaned)]
    if rows:
        parts.append(section("Not graded: not found in this version of the text", rows))
    return "".join(parts)


def student_report_html(lesson: Lesson, result: StudentResult, *, key_visible: bool = True) -> str:
    """A printable report for one student, built from ``result`` alone.

    In order: the title, the student and the lesson; the scores per tag and overall (precision,
    recall, F1), points, the automatic score, the override and the final grade; the teacher's
    feedback; a legend of the tags; each article (outlet, byline, date, then its full text, the
    headline included) with the student's highlights in their tag's style; finally the student's
    highlights checked against the key: matches, wrong tags, misses (with the key's note as the
    model answer), highlights not in the key, and those that could not be graded, each with the
    student's note and the teacher's comment on it.

    **Tag cues.** A highlight has its tag's colour as background *and* a cue that is not colour:
    an underline in the tag's style (CSS ``text-decoration-style``: solid, dotted, wavy, dashed,
    double) and, where it starts, a superscript label with its number and tag name, which the
    lists refer to. Qt's rich text ignores ``text-decoration-style``, so the underline is also
    given as Qt's own ``text-underline-style`` (solid, dashed, dotted, wave; a double line prints
    solid there), and the label carries the tag in any case, in black and white too.

    **Overlaps.** The text is cut at every highlight edge; a piece covered by several highlights
    gets their blended colour (darker per layer, as in the app) and the underline of the
    innermost. Each highlight's label marks where it starts.

    ``key_visible=False`` leaves the key out: no key notes, no key tags for wrong tags, and the
    misses only counted. Scores are shown either way.
    """
    grade = result.grade
    numbers, placed = _numbered(lesson, result.annotations)

    who = result.name + (f" ({result.student_id})" if result.student_id.strip() else "")
    title = f"{result.name}: {lesson.title}"
    parts = [
        f"<h1>{_e(who)}</h1>",
        f'<p class="meta">{_e(lesson.title)} · lesson {_e(lesson.id)}, version '
        f"{_e(lesson.version)} · {len(result.annotations)} highlight"
        f"{'s' if len(result.annotations) != 1 else ''}</p>",
        "<h2>Scores</h2>",
        _scores_table(lesson, grade),
        _grade_table(result),
        '<p class="muted">Precision: the share of your highlights that match the key. '
        "Recall: the share of the key's points you found. F1 combines the two.</p>",
        "<h2>Teacher's feedback</h2>",
        f'<p class="feedback">{_multiline(result.feedback)}</p>'
        if result.feedback.strip()
        else '<p class="muted">No feedback yet.</p>',
        "<h2>How the highlights are shown</h2>",
        _legend(lesson),
        '<p class="muted">Each highlight starts with a small label: its number (used in the lists '
        "at the end) and its tag. Where highlights overlap, the colours mix.</p>",
    ]
    looks = _Looks(lesson.tags)
    parts.extend(
        _article_html(article, placed, looks, first=number == 0)
        for number, article in enumerate(lesson.articles)
    )
    if lesson.has_key:
        parts.append(_answers_html(lesson, result, numbers, key_visible))
    return _document(title, "\n".join(parts))


# --- the class report -----------------------------------------------------------------------


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def class_report_html(lesson: Lesson, results: Iterable[StudentResult]) -> str:
    """A printable overview for the teacher: scores per student, averages, and key difficulty.

    Three tables: every student (sorted by name) with their counts and scores; the class average
    of precision, recall and F1 per tag and overall (over the students for whom the score is
    defined) and of the final grade; and, for each key span in key order, how many students found
    it with the right tag, found it with another tag, or missed it. Students' notes and the
    teacher's feedback are not included.
    """
    results = _by_name(results)
    tags = lesson.tags
    n = len(results)
    parts = [
        "<h1>Class report</h1>",
        f'<p class="meta">{_e(lesson.title)} · lesson {_e(lesson.id)}, version '
        f"{_e(lesson.version)} · {n} student{'s' if n != 1 else ''} · "
        f"{len(lesson.key)} key spans</p>",
        "<h2>Students</h2>",
    ]
    rows = []
    for result in results:
        grade = result.grade
        final = f"<b>{_score_cell(final_score(result))}</b>"
        if result.override is not None:
            final += "*"
        rows.append(
            [
                _e(result.name),
                _e(result.student_id),
                str(len(grade.matches)),
                str(len(grade.wrong_tag)),
                str(len(grade.misses)),
                str(len(grade.extras)),
                _pct_cell(grade.overall.precision),
                _pct_cell(grade.overall.recall),
                _pct_cell(grade.overall.f1),
                final,
            ]
        )
    headers = ["Student", "ID", "Found", "Wrong tag", "Missed", "Not in key"]
    headers += ["Precision", "Recall", "F1", "Final"]
    parts.append(
        _table(
            headers, rows, set(range(2, 10)), widths=[15, 9, 8.5, 9, 9.5, 8.5, 11.5, 9.5, 9.5, 9.5]
        )
        if rows
        else '<p class="muted">No submissions yet.</p>'
    )
    parts.append(
        '<p class="muted">Found: key spans found with the right tag. Wrong tag: found with '
        "another tag. Not in key: highlights that match no key span. Final: the teacher's "
        "override (marked *) if there is one, else the automatic score, F1 × 100.</p>"
    )

    parts.append("<h2>Class averages</h2>")
    names = _tag_order(lesson, {name for r in results for name in r.grade.per_tag})
    rows = []
    for name in names:
        scores = [r.grade.per_tag[name] for r in results if name in r.grade.per_tag]
        rows.append(
            [
                _chip(tags, name),
                f"{sum(s.student_count for s in scores) / n:.1f}" if n else "—",
                _pct_cell(_mean(s.precision for s in scores)),
                _pct_cell(_mean(s.recall for s in scores)),
                _pct_cell(_mean(s.f1 for s in scores)),
            ]
        )
    overall = [r.grade.overall for r in results]
    rows.append(
        [
            "All tags",
            f"{sum(s.student_count for s in overall) / n:.1f}" if n else "—",
            _pct_cell(_mean(s.precision for s in overall)),
            _pct_cell(_mean(s.recall for s in overall)),
            _pct_cell(_mean(s.f1 for s in overall)),
        ]
    )
    parts.append(
        _table(
            ["Tag", "Tagged per student", "Precision", "Recall", "F1"],
            rows,
            {1, 2, 3, 4},
            total_last=True,
        )
    )
    mean_final = _mean(final_score(r) for r in results)
    parts.append(f"<p>Average final grade: <b>{_score_cell(mean_final)}</b></p>")

    if lesson.has_key:
        parts.append("<h2>Which claims the class found</h2>")
        found = [0] * len(lesson.key)
        wrong = [0] * len(lesson.key)
        for result in results:
            for match in result.grade.matches:
                if 0 <= match.key_index < len(found):
                    found[match.key_index] += 1
            for _annotation_id, key_index, _iou in result.grade.wrong_tag:
                if 0 <= key_index < len(wrong):
                    wrong[key_index] += 1
        parts.append(
            f'<p class="muted">Per key span, out of {n} student{"s" if n != 1 else ""}: '
            "how many found it with the right tag, with another tag, or not at all.</p>"
        )
        for outlet, indices in _by_article(lesson, range(len(lesson.key))):
            rows = []
            for index in indices:
                span = lesson.key[index]
                share = f" ({100 * found[index] / n:.0f}%)" if n else ""
                rows.append(
                    [
                        str(index + 1),
                        _chip(tags, span.tag),
                        _quote(span.quote.exact, 130),
                        _e(_points(span.points)),
                        f"{found[index]}{share}",
                        str(wrong[index]),
                        str(n - found[index] - wrong[index]),
                    ]
                )
            parts.append(f"<h3>{_e(outlet)}</h3>")
            parts.append(
                _table(
                    ["#", "Tag", "Key span", "Points", "Found", "Wrong tag", "Missed"],
                    rows,
                    {0, 3, 4, 5, 6},
                    widths=[6, 13, 41, 9, 11, 10, 10],
                )
            )
    return _document(f"Class report: {lesson.title}", "\n".join(parts))


# --- The graded set ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GradedAnnotation:
    """One annotation of the graded set, with the teacher's comment on it."""

    annotation: Annotation
    feedback: str

    def to_json(self) -> dict[str, Any]:
        item = annotation_to_json(self.annotation)
        item["feedback"] = self.feedback
        return item


def graded_set_json(lesson: Lesson, results: Iterable[StudentResult]) -> dict[str, Any]:
    """The whole graded class as one JSON document: key, students, scores, matches, feedback.

    Student by student: scores, the teacher's judgement, and every annotation with its feedback.
    """
    document = graded_set(lesson, results)
    for student in document["students"]:
        student["annotations"] = [item.to_json() for item in student["annotations"]]
    return document


def graded_set(lesson: Lesson, results: Iterable[StudentResult]) -> dict[str, Any]:
    """:func:`graded_set_json` with each student's annotations left as
    :class:`GradedAnnotation` objects, to be turned into JSON (``to_json``) as they are written.

    A class holds thousands of annotations: writing them one by one, rather than building the
    dicts of all of them first, keeps that many objects from piling up for the garbage collector
    (and in memory) at once.
    """

    def score(value: TagScore) -> dict[str, Any]:
        return {
            "precision": value.precision,
            "recall": value.recall,
            "f1": value.f1,
            "true_positives": value.true_positives,
            "student_count": value.student_count,
            "key_count": value.key_count,
        }

    students = []
    for result in sorted(results, key=lambda r: (r.name.casefold(), r.student_id)):
        grade = result.grade
        annotations = [
            GradedAnnotation(annotation, result.annotation_feedback.get(annotation.id, ""))
            for annotation in sort_annotations(result.annotations, lesson)
        ]
        students.append(
            {
                "name": result.name,
                "id": result.student_id,
                "scores": {
                    "overall": score(grade.overall),
                    "per_tag": {tag: score(value) for tag, value in grade.per_tag.items()},
                },
                "points_earned": grade.points_earned,
                "points_possible": grade.points_possible,
                "auto_score": auto_score(grade),
                "override": result.override,
                "final": final_score(result),
                "feedback": result.feedback,
                "matches": [
                    {"annotation_id": m.annotation_id, "key_index": m.key_index, "iou": m.iou}
                    for m in grade.matches
                ],
                "wrong_tag": [
                    {"annotation_id": a, "key_index": k, "iou": iou}
                    for a, k, iou in grade.wrong_tag
                ],
                "misses": list(grade.misses),
                "extras": list(grade.extras),
                "orphaned": list(grade.orphaned),
                "annotations": annotations,
            }
        )
    return {
        "format": "annotator.graded-set",
        "format_version": 1,
        "lesson": {
            "id": lesson.id,
            "version": lesson.version,
            "content_hash": lesson.content_hash,
            "title": lesson.title,
            "match_threshold": lesson.match_threshold,
        },
        "key": [
            {
                "index": index,
                "article_id": span.article_id,
                "tag": span.tag,
                "points": span.points,
                "note": span.note,
                "target": {
                    "position": {"start": span.position.start, "end": span.position.end},
                    "quote": {
                        "exact": span.quote.exact,
                        "prefix": span.quote.prefix,
                        "suffix": span.quote.suffix,
                    },
                },
            }
            for index, span in enumerate(lesson.key)
        ],
        "students": students,
    }
