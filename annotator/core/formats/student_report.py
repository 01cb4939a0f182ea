"""The printable report for one student: scores, feedback, the articles with the student's
highlights in their tags' looks, and the highlights checked against the answer key.

A report is built from that student's :class:`StudentResult` alone, so it cannot hold another
student's work. See :mod:`annotator.core.formats.html_parts` for what every report is made of.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.grading import StudentGrade, TagScore
from annotator.core.classroom.results import StudentResult, auto_score, final_score
from annotator.core.classroom.standing import NO_STANDING, Standing, late_words
from annotator.core.classroom.verdicts import OUTCOME_LABELS, points_text
from annotator.core.formats.grade_text import points
from annotator.core.formats.html_parts import (
    blend,
    by_article,
    chip,
    colour_of,
    document,
    escape,
    multiline,
    outlet_of,
    pct_cell,
    quote,
    score_cell,
    table,
    tag_order,
    underline_css,
)
from annotator.core.formats.order import sort_annotations
from annotator.core.lessons.lesson import Article, KeySpan, Lesson
from annotator.core.lessons.looks import cue_words
from annotator.core.lessons.tags import TagSet
from annotator.core.text.article_text import Block, BlockKind, InlineKind


def _legend(lesson: Lesson) -> str:
    rows = []
    for tag in lesson.tags:
        colour = colour_of(lesson.tags, tag.name)
        sample = (
            f'<span style="background-color:{colour};{underline_css(tag, colour)}">'
            f"{escape(tag.label)}</span>"
        )
        rows.append(
            [
                chip(lesson.tags, tag.name),
                sample,
                escape(f"its colour, {cue_words(tag)}"),
                escape(tag.description),
            ]
        )
    return table(["Tag", "Looks like", "Cue", "Meaning"], rows, set(), widths=[12, 14, 34, 40])


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


class _HighlightStyles:
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
            f'<sup class="label" style="background-color:{colour_of(self.tags, name)};">'
            f"&nbsp;{placed.number}&nbsp;{escape(name)}&nbsp;</sup>"
        )

    def style(self, stack: tuple[str, ...]) -> str:
        """Blended backgrounds and the underline of the innermost (the first) tag."""
        style = self._styles.get(stack)
        if style is None:
            colours = [colour_of(self.tags, name) for name in stack]
            style = f"background-color:{blend(colours)};" + underline_css(
                self.tags.get(stack[0]), colours[0]
            )
            self._styles[stack] = style
        return style


def _block_html(
    block: Block, placed: Sequence[_Placed], styles: _HighlightStyles, labelled: set[int]
) -> str:
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
            parts.extend(styles.label(p) for p in starting)
            labelled.update(p.number for p in starting)

        piece = escape(text[start:end])
        kinds = {s.kind for s in block.spans if s.start <= start and s.end >= end}
        if InlineKind.BOLD in kinds:
            piece = f"<b>{piece}</b>"
        if InlineKind.ITALIC in kinds:
            piece = f"<i>{piece}</i>"
        if layers:
            layers.sort(key=_innermost_first)
            style = styles.style(tuple(p.annotation.tag for p in layers))
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


def _article_html(
    article: Article, placed: Sequence[_Placed], styles: _HighlightStyles, first: bool
) -> str:
    """An article's header and text; the first starts a page, the others follow a rule."""
    mine = [p for p in placed if p.annotation.article_id == article.id]
    byline = " · ".join(part for part in (article.byline, article.published) if part.strip())
    count = len(mine)
    summary = f"{count} highlight{'s' if count != 1 else ''}"
    head = (
        f'<h2 class="{"article first" if first else "article"}">{escape(article.outlet)}</h2>'
        f'<p class="byline">{escape(byline) + " · " if byline else ""}{escape(summary)}</p>'
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
        _block_html(block, touching[index], styles, labelled) for index, block in enumerate(blocks)
    )
    return f'{"" if first else "<hr>"}{head}<div class="text">{body}</div>'


def _scorestable(lesson: Lesson, grade: StudentGrade) -> str:
    def row(label: str, score: TagScore) -> list[str]:
        return [
            label,
            str(score.student_count),
            f"{score.true_positives} of {score.key_count}",
            pct_cell(score.precision),
            pct_cell(score.recall),
            pct_cell(score.f1),
        ]

    rows = [
        row(chip(lesson.tags, name), grade.per_tag[name])
        for name in tag_order(lesson, grade.per_tag)
    ]
    rows.append(row("All tags", grade.overall))
    return table(
        ["Tag", "You tagged", "Found (right tag)", "Precision", "Recall", "F1"],
        rows,
        {1, 2, 3, 4, 5},
        total_last=True,
    )


def _gradetable(result: StudentResult) -> str:
    grade = result.grade
    credited = (
        f"{points(round(grade.points_earned, 2))} of {points(grade.target)} for full marks "
        f"(the key's claims hold {points(grade.points_possible)})"
    )
    rows = [
        ["Points credited", credited],
        ["Automatic score (points ÷ full marks, at most 100)", score_cell(auto_score(grade))],
        ["Teacher's override", "—" if result.override is None else score_cell(result.override)],
        ["Final grade (out of 100)", score_cell(final_score(result))],
    ]
    return table(["Grade", ""], rows, {1}, total_last=True)


def _note_lines(
    annotation: Annotation | None,
    comment: str,
    model: str = "",
    model_label: str = "",
    why: str = "",
) -> str:
    lines = [f'<span class="muted">Graded:</span> {escape(why)}'] if why else []
    if annotation is not None and annotation.note.strip():
        lines.append(f'<span class="muted">Your note:</span> {multiline(annotation.note)}')
    if comment.strip():
        lines.append(f"<b>Teacher:</b> {multiline(comment)}")
    if model.strip():
        lines.append(f'<span class="muted">{escape(model_label)}</span> {multiline(model)}')
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

    def why(annotation: Annotation) -> str:
        """The verdict in words; without the key, only its outcome and credit (the reason
        names the claim, which would give the key away)."""
        verdict = grade.verdict_of(annotation.id)
        if verdict is None:
            return ""
        if key_visible:
            return verdict.reason
        label = OUTCOME_LABELS[verdict.outcome]
        return f"{label}, {points_text(verdict.credit)}" if verdict.credit else label

    def annotation_row(annotation: Annotation, span: KeySpan | None, wrong: bool) -> list[str]:
        row = [
            str(numbers.get(annotation.id, "")),
            escape(outlet_of(lesson, annotation.article_id)),
            chip(tags, annotation.tag),
        ]
        if wrong:
            row.append(chip(tags, span.tag) if span is not None else "another tag")
        model = span.note if span is not None else ""
        row += [
            quote(annotation.quote.exact),
            _note_lines(
                annotation, comments.get(annotation.id, ""), model, "Key:", why(annotation)
            ),
        ]
        return row

    def section(title: str, rows: list[list[str]], wrong: bool = False) -> str:
        heading = f"<h3>{escape(title)} ({len(rows)})</h3>"
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
        return heading + table(headers, rows, {0}, widths=widths)

    def in_order(pairs: Iterable[tuple[str, int | None]]) -> list[tuple[Annotation, int | None]]:
        """(annotation, key index) by the annotation's number: the order of the text."""
        known = [(by_id[i], k) for i, k in pairs if i in by_id]
        return sorted(known, key=lambda pair: numbers.get(pair[0].id, 0))

    def span_of(index: int | None) -> KeySpan | None:
        return shown(key_span(index)) if index is not None else None

    parts = ['<h2 class="answers">Your highlights, checked against the answer key</h2>']
    found = in_order((m.annotation_id, m.key_index) for m in grade.matches)
    rows = [annotation_row(a, span_of(k), False) for a, k in found]
    parts.append(section("Found, with a tag the key accepts", rows))
    found = in_order((annotation_id, k) for annotation_id, k, _iou in grade.wrong_tag)
    rows = [annotation_row(a, span_of(k), True) for a, k in found]
    parts.append(section("Found, but with a different tag from the key", rows, wrong=True))
    credited = in_order((i, None) for i in grade.teacher_credits)  # for this student alone
    if credited:
        rows = [annotation_row(a, None, False) for a, _ in credited]
        parts.append(section("Not in the key, credited by your teacher", rows))

    misses = [index for index in grade.misses if key_span(index) is not None]
    parts.append(
        f"<h3>Missed: claims of the key none of your highlights found ({len(misses)})</h3>"
    )
    if not misses:
        parts.append(_NONE)
    elif not key_visible:
        parts.append(
            '<p class="muted">The answer key is not shown in this report; '
            "ask your teacher which claims you missed.</p>"
        )
    else:
        for outlet, indices in by_article(lesson, misses):
            rows = [
                [
                    chip(tags, key[index].tag),
                    escape(points(key[index].points)),
                    quote(key[index].quote.exact),
                    multiline(key[index].note),
                ]
                for index in indices
            ]
            parts.append(f'<h4 class="group">{escape(outlet)} ({len(rows)})</h4>')
            parts.append(
                table(
                    ["Tag", "Points", "The key's highlight", "Model answer"],
                    rows,
                    {1},
                    widths=[13, 9, 33, 45],
                )
            )

    rows = [annotation_row(a, None, False) for a, _ in in_order((i, None) for i in grade.extras)]
    parts.append(section("Highlights that earned nothing", rows))
    rows = [annotation_row(a, None, False) for a, _ in in_order((i, None) for i in grade.orphaned)]
    if rows:
        parts.append(section("Not graded: not found in this version of the text", rows))
    return "".join(parts)


def student_report_html(
    lesson: Lesson,
    result: StudentResult,
    *,
    key_visible: bool = True,
    standing: Standing = NO_STANDING,
) -> str:
    """A printable report for one student, built from ``result`` alone.

    In order: the title, the student and the lesson; the scores per tag and overall (precision,
    recall, F1), the points credited, the automatic score, the override and the final grade; the
    teacher's feedback; a legend of the tags; each article (outlet, byline, date, then its full
    text, the headline included) with the student's highlights in their tag's style; finally the
    student's highlights checked against the key: claims found with a tag the key accepts, found
    with another tag, misses (with the key's note as the model answer), highlights that earned
    nothing, and those that could not be graded, each with why it was graded so (its verdict),
    the student's note and the teacher's comment on it.

    **Tag cues.** A highlight has its tag's colour as background *and* a cue that is not colour:
    an underline in the tag's style, from :mod:`annotator.core.lessons.looks` as in the article
    view (browsers draw its ``css`` line, Qt and so the PDF its ``qt_css`` line, the app's own),
    and, where it starts, a superscript label with its number and tag name, which the lists
    refer to: the label carries the tag in any case, in black and white too.

    **Overlaps.** The text is cut at every highlight edge; a piece covered by several highlights
    gets their blended colour (darker per layer, as in the app) and the underline of the
    innermost. Each highlight's label marks where it starts.

    ``key_visible=False`` leaves the key out: no key notes, no key tags for wrong tags, verdicts
    as their outcome and credit only (a reason names its claim), and the misses only counted.
    Scores are shown either way. ``standing`` adds when the work was handed in and, past the
    pack's due date, how late.
    """
    grade = result.grade
    numbers, placed = _numbered(lesson, result.annotations)

    who = result.name + (f" ({result.student_id})" if result.student_id.strip() else "")
    title = f"{result.name}: {lesson.title}"
    parts = [
        f"<h1>{escape(who)}</h1>",
        f'<p class="meta">{escape(lesson.title)} · lesson {escape(lesson.id)}, version '
        f"{escape(lesson.version)} · {len(result.annotations)} highlight"
        f"{'s' if len(result.annotations) != 1 else ''}</p>",
        _handed_in(lesson, standing),
        "<h2>Scores</h2>",
        _scorestable(lesson, grade),
        _gradetable(result),
        '<p class="muted">Precision: the share of your highlights that match the key. '
        "Recall: the share of the key's points you found. F1 combines the two.</p>",
        "<h2>Teacher's feedback</h2>",
        f'<p class="feedback">{multiline(result.feedback)}</p>'
        if result.feedback.strip()
        else '<p class="muted">No feedback yet.</p>',
        "<h2>How the highlights are shown</h2>",
        _legend(lesson),
        '<p class="muted">Each highlight starts with a small label: its number (used in the lists '
        "at the end) and its tag. Where highlights overlap, the colours mix.</p>",
    ]
    styles = _HighlightStyles(lesson.tags)
    parts.extend(
        _article_html(article, placed, styles, first=number == 0)
        for number, article in enumerate(lesson.articles)
    )
    if lesson.has_key:
        parts.append(_answers_html(lesson, result, numbers, key_visible))
    return document(title, "\n".join(parts))


def _handed_in(lesson: Lesson, standing: Standing) -> str:
    """When the work was handed in, and how late: nothing if neither is known."""
    said = []
    if standing.submitted:
        said.append(f"Handed in {standing.submitted[:16].replace('T', ' ')} UTC")
    if standing.late_by is not None:
        said.append(f"<b>late by {escape(late_words(standing.late_by))}</b>")
    elif lesson.due and standing.submitted:
        said.append("on time")
    if lesson.due:
        said.append(f"due {escape(lesson.due)}")
    return f'<p class="meta">{" · ".join(said)}</p>' if said else ""
