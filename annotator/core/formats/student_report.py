"""The printable report for one student: a page or three a student reads in two minutes.

In order: the student's name; their grade and how it was reached, in plain sentences; the
teacher's feedback; a line of the tags' looks; each highlight in its sentence with why it counted
or not (and, for a claim it found, the key's note on that claim), the teacher's comment on it and
the student's own note; how many claims were missed, and which (with the key's notes) only when
the teacher has released the key.

A report is built from that student's :class:`StudentResult` alone, so it cannot hold another
student's work. See :mod:`annotator.core.formats.html_parts` for what every report is made of,
:mod:`.student_words` for what it says and :mod:`.highlight_context` for how a highlight is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.standing import NO_STANDING, Standing, late_words
from annotator.core.classroom.verdicts import NOT_IN_KEY, Verdict
from annotator.core.formats.claims_html import claims_section
from annotator.core.formats.grade_text import points
from annotator.core.formats.highlight_context import Contexts, tag_style
from annotator.core.formats.html_parts import (
    by_article,
    chip,
    clip,
    document,
    escape,
    multiline,
    outlet_of,
    quote,
)
from annotator.core.formats.order import sort_annotations
from annotator.core.formats.student_words import (
    LEADS,
    TONES,
    claims_sentence,
    grade_line,
    highlights_sentence,
    links_sentence,
    missed_sentence,
    plural,
    reason,
    score_sentence,
)
from annotator.core.lessons.lesson import KeySpan, Lesson
from annotator.core.lessons.looks import cue_words

RULE = (
    "A highlight finds a claim when it covers two thirds of the claim's key words and stays in "
    "its sentence: the claim give or take three words earns its points, more of the sentence a "
    "third of them, another tag less. A claim counts once."
)


def student_report_html(
    lesson: Lesson,
    result: StudentResult,
    *,
    key_visible: bool = False,
    standing: Standing = NO_STANDING,
) -> str:
    """A printable report for one student, built from ``result`` alone.

    **The key.** ``key_visible`` says whether the teacher has *released* the answer key, and is
    False unless the caller says so (``annotator class export --release-key``, or the review
    window's "Release the answer key" box). Either way the report shows, for each claim the
    student found (with any tag), the claim and the key's note on it. Only a released key adds
    the claims the student missed, each with its note, and names the claim a highlight came
    near to without finding it; unreleased, the misses are counted and a near miss says how near
    it came, not to which claim.

    **Tag cues.** Each highlight is printed with its tag's name beside it and its words in the
    tag's colour *and* underline (:mod:`annotator.core.lessons.looks`, as the article view draws
    them): the tag can be told in black and white too.

    ``standing`` adds when the work was handed in and, past the pack's due date, how late.
    """
    grade = result.grade
    mine = {a.id for a in result.annotations}
    comments = {i: text for i, text in result.annotation_feedback.items() if i in mine}
    contexts = Contexts(lesson)
    ordered = sort_annotations(result.annotations, lesson)
    placed = [a for a in ordered if contexts.placeable(a)]
    rest = [a for a in ordered if not contexts.placeable(a)]
    numbers = {a.id: number for number, a in enumerate(placed + rest, start=1)}
    who = result.name + (f" ({result.student_id})" if result.student_id.strip() else "")
    parts = [
        f"<h1>{escape(who)}</h1>",
        f'<p class="meta">{escape(lesson.title)} · {plural(len(result.annotations), "highlight")}'
        "</p>",
        _handed_in(lesson, standing),
        _score_box(lesson, result, key_visible),
        "<h2>Your teacher's feedback</h2>",
        f'<p class="feedback">{multiline(result.feedback)}</p>'
        if result.feedback.strip()
        else '<p class="muted">No feedback yet.</p>',
    ]
    rows = _Listing(lesson, contexts, numbers, comments, key_visible, set(grade.misses))
    if lesson.has_key:
        verdicts = {v.annotation_id: v for v in grade.verdicts}
        listed = [a for a in placed if _outcome(verdicts, a) != NOT_IN_KEY]
        nothing = [a for a in placed if _outcome(verdicts, a) == NOT_IN_KEY]
        parts += ["<h2>Your highlights, and why each counted or not</h2>", _legend(lesson, RULE)]
    else:  # nothing to check them against: the highlights and the student's notes
        verdicts, listed, nothing = {}, placed, []
        parts += ["<h2>Your highlights</h2>", _legend(lesson)]
    for outlet, group in _by_outlet(lesson, listed):
        parts.append(f"<h3>{escape(outlet)} ({plural(len(group), 'highlight')})</h3>")
        parts.append(rows.listing([(a, verdicts.get(a.id)) for a in group]))
    if nothing:
        parts.append(f"<h3>Nothing in the key near these ({len(nothing)})</h3>")
        parts.append(_compact(lesson, nothing, numbers, comments))
    if rest:
        parts.append(
            f"<h3>Not graded: not found in this version of the articles ({len(rest)})</h3>"
        )
        parts.append(_compact(lesson, rest, numbers, comments))
    if not result.annotations:
        parts.append('<p class="muted">No highlights.</p>')
    if key_visible and lesson.has_key:
        parts.append(_missed(lesson, result))
    parts.append(claims_section(lesson, result.claims, result.annotations))
    return document(f"{result.name}: {lesson.title}", "\n".join(parts), STYLE)


# This report's own rules, after html_parts.STYLE. Qt's rich text (the PDF) reads px only.
STYLE = """
table.scorebox { background-color: #f1f5fb; margin: 6px 0 4px 0; }
table.scorebox td { padding: 6px 10px; border-left: 4px solid #3584e4; }
p.grade { font-size: 15pt; font-weight: bold; margin: 0 0 4px 0; }
.feedback { font-size: 11pt; }
p.legend { font-size: 9pt; margin: 2px 0 4px 0; }
.keynote { font-size: 8.5pt; color: #3d3846; }
.comment { color: #1a5fb4; }
p.item { margin: 5px 0 1px 0; font-size: 9.5pt; }
p.why { margin: 0 0 1px 18px; font-size: 9pt; }
.won { color: #1d7a3a; }
.part { color: #a04d00; }
.lost { color: #a51d2d; }
p.compact { font-size: 9pt; line-height: 150%; }
h2 { margin: 12px 0 4px 0; }
h3 { margin: 8px 0 2px 0; }
"""


def _outcome(verdicts: dict[str, Verdict], annotation: Annotation) -> str:
    verdict = verdicts.get(annotation.id)
    return NOT_IN_KEY if verdict is None else verdict.outcome


def _score_box(lesson: Lesson, result: StudentResult, key_visible: bool) -> str:
    """The grade, large, and the sentences that say how it was reached."""
    grade = result.grade
    lines = [
        f'<p class="grade">Your grade: {escape(grade_line(result))}</p>',
        f"<p>{escape(score_sentence(result))}</p>",
    ]
    if lesson.has_key:
        key_points = [span.points for span in lesson.key]
        found = claims_sentence(grade, len(lesson.key), lesson.rules.wrong_tag_credit)
        missed = missed_sentence(grade, key_points, key_visible)
        counts = highlights_sentence(grade, len(result.annotations))
        lines.append(f"<p>{escape(found)} {escape(missed)} {escape(counts)}</p>")
        if lesson.rules.linked_claims:
            linked = links_sentence(grade, len(lesson.rules.linked_claims))
            lines.append(f"<p>{escape(linked)}</p>")
    return (
        '<table class="scorebox" width="100%" cellspacing="0"><tr><td>'
        + "".join(lines)
        + "</td></tr></table>"
    )


def _legend(lesson: Lesson, rule: str = "") -> str:
    """The tags on one line (each as it looks, its name, and its cue in words), then ``rule``."""
    items = [
        f'<span style="{tag_style(lesson.tags, tag.name)}">{escape(tag.label)}</span> '
        f"{escape(tag.name)}: {escape(cue_words(tag))}"
        for tag in lesson.tags
    ]
    said = f'<br><span class="muted">{escape(rule)}</span>' if rule else ""
    return f'<p class="legend">{" · ".join(items)}.{said}</p>'


def _by_outlet(
    lesson: Lesson, annotations: Sequence[Annotation]
) -> list[tuple[str, list[Annotation]]]:
    """The annotations (in reading order) grouped by article, in the lesson's order."""
    groups: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        groups.setdefault(annotation.article_id, []).append(annotation)
    return [(outlet_of(lesson, article_id), group) for article_id, group in groups.items()]


class _Listing:
    """One article's graded highlights, each as two lines the width of the page: the number,
    the tag and the highlight in its sentence; then what it earned and why, the key's note on
    the claim it found, the teacher's comment and the student's note."""

    def __init__(
        self,
        lesson: Lesson,
        contexts: Contexts,
        numbers: dict[str, int],
        comments: dict[str, str],
        key_visible: bool,
        misses: set[int],
    ) -> None:
        self.lesson = lesson
        self.misses = misses
        self.contexts = contexts
        self.numbers = numbers
        self.comments = comments
        self.key_visible = key_visible

    def listing(self, rows: Sequence[tuple[Annotation, Verdict | None]]) -> str:
        parts = []
        for annotation, verdict in rows:
            parts.append(
                f'<p class="item"><b>{self.numbers.get(annotation.id, "")}</b>&nbsp; '
                f"{chip(self.lesson.tags, annotation.tag)} "
                f'<span class="quote">{self.contexts.snippet(annotation)}</span></p>'
            )
            why = self.why(annotation, verdict)
            if why:
                parts.append(f'<p class="why">{why}</p>')
        return "".join(parts)

    def why(self, annotation: Annotation, verdict: Verdict | None) -> str:
        lines = []
        if verdict is not None:
            lead = f'<b class="{TONES[verdict.outcome]}">{escape(LEADS[verdict.outcome])}.</b>'
            said = f"{lead} {escape(reason(verdict, self.key_visible))}"
            span = self.found_claim(verdict)
            if span is not None and span.note.strip():  # on the same line: a report is short
                said += f' <span class="keynote"><b>The key:</b> {multiline(span.note)}</span>'
            lines.append(said)
        lines += _comments(annotation, self.comments)
        return "<br>".join(lines)

    def found_claim(self, verdict: Verdict) -> KeySpan | None:
        """The claim the highlight found, whose note the student reads beside it: one it earned
        (with any tag), or one it found without earning it that no other highlight earned (the
        key gives no credit for its tag). A claim another highlight earned has its note there."""
        key = self.lesson.key
        index = verdict.key_index
        if index is None or not 0 <= index < len(key):
            return None
        if verdict.credit > 0:
            return key[index]
        found = verdict.reason.startswith("found ")
        return key[index] if found and index in self.misses else None


def _comments(annotation: Annotation, comments: dict[str, str]) -> list[str]:
    """The teacher's comment on a highlight, then the student's own note, as lines."""
    lines = []
    comment = comments.get(annotation.id, "")
    if comment.strip():
        lines.append(f'<span class="comment"><b>Teacher:</b> {multiline(comment)}</span>')
    if annotation.note.strip():
        lines.append(f'<span class="muted">Your note:</span> {multiline(annotation.note)}')
    return lines


def _compact(
    lesson: Lesson,
    annotations: Sequence[Annotation],
    numbers: dict[str, int],
    comments: dict[str, str],
) -> str:
    """Highlights listed closely, each by its number, tag and words: those whose verdict the
    heading gives once for all."""
    items = []
    for annotation in annotations:
        style = tag_style(lesson.tags, annotation.tag)
        item = (
            f"<b>{numbers.get(annotation.id, '')}</b> {chip(lesson.tags, annotation.tag)} "
            f'<span class="quote"><span class="hl" style="{style}">'
            f"{escape(clip(annotation.quote.exact, 60))}</span></span>"
        )
        extra = _comments(annotation, comments)
        items.append(item + (" (" + "; ".join(extra) + ")" if extra else ""))
    return f'<p class="compact">{" &nbsp;· ".join(items)}</p>'


def _missed(lesson: Lesson, result: StudentResult) -> str:
    """The claims no highlight found, each with its note: for a released key."""
    key = lesson.key
    misses = [index for index in result.grade.misses if 0 <= index < len(key)]
    if not misses:
        return ""
    parts = [f"<h2>The claims you missed ({len(misses)})</h2>"]
    for outlet, indices in by_article(lesson, misses):
        parts.append(f"<h3>{escape(outlet)} ({len(indices)})</h3>")
        parts.extend(
            f'<p class="item">{chip(lesson.tags, key[index].tag)} {quote(key[index].quote.exact)}'
            f' <span class="muted">({escape(points(key[index].points))} '
            f"point{'' if key[index].points == 1 else 's'})</span></p>"
            + (
                f'<p class="why"><span class="keynote">{multiline(key[index].note)}</span></p>'
                if key[index].note.strip()
                else ""
            )
            for index in indices
        )
    return "".join(parts)


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
