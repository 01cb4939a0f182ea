"""The printable overview of a class for the teacher: the class at a glance (its charts, on the
first page), scores per student, class averages, and which claims of the key the class found.
Students' notes and the teacher's feedback stay out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotator.core.classroom.overview import class_overview
from annotator.core.classroom.results import StudentResult, final_score
from annotator.core.classroom.standing import Standing, late_words
from annotator.core.formats.claims_html import class_claims_section
from annotator.core.formats.grade_text import by_name, points
from annotator.core.formats.html_parts import (
    by_article,
    chip,
    document,
    escape,
    pct_cell,
    quote,
    score_cell,
    table,
    tag_order,
)
from annotator.core.formats.overview_html import overview_html
from annotator.core.lessons.lesson import Lesson


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def class_report_html(
    lesson: Lesson, results: Iterable[StudentResult], standings: Sequence[Standing] = ()
) -> str:
    """A printable overview for the teacher: scores per student, averages, and key difficulty.

    First the class at a glance (:mod:`~annotator.core.formats.overview_html`): the scores, the
    claims most missed, the tags given, who tagged each article, and agreement. Then three
    tables: every student (sorted by name) with their counts, points and scores; the class
    average of precision, recall and F1 per tag and overall (over the students for whom the score
    is defined) and of the final grade; and, for each claim in key order, how many students
    found it with a tag the key accepts, found it with another tag, or missed it. Students' notes
    and the teacher's feedback are not included. When the pack has a due date, a column says how
    late each student handed in (``standings``, in the order of ``results``).
    """
    results = list(results)
    late = dict(zip(map(id, results), (s.late_by for s in standings), strict=False))
    results = by_name(results)
    tags = lesson.tags
    n = len(results)
    due = f" · due {escape(lesson.due)}" if lesson.due else ""
    parts = [
        "<h1>Class report</h1>",
        f'<p class="meta">{escape(lesson.title)} · lesson {escape(lesson.id)}, version '
        f"{escape(lesson.version)} · {n} student{'s' if n != 1 else ''} · "
        f"{len(lesson.key)} claims in the key{due}</p>",
        "<h2>The class at a glance</h2>",
        overview_html(class_overview(lesson, results), tags),
        "<h2>Students</h2>",
    ]
    rows = []
    for result in results:
        grade = result.grade
        final = f"<b>{score_cell(final_score(result))}</b>"
        if result.override is not None:
            final += "*"
        rows.append(
            [
                escape(result.name),
                escape(result.student_id),
                str(len(grade.matches)),
                str(len(grade.wrong_tag)),
                str(len(grade.misses)),
                str(len(grade.extras)),
                escape(points(round(grade.points_earned, 1))),
                pct_cell(grade.overall.precision),
                pct_cell(grade.overall.recall),
                pct_cell(grade.overall.f1),
                final,
                *([escape(late_words(late.get(id(result))))] if lesson.due else []),
            ]
        )
    headers = ["Student", "ID", "Found", "Wrong tag", "Missed", "Earned nothing", "Points"]
    headers += ["Precision", "Recall", "F1", "Final"]
    widths = [14, 8, 7.5, 8, 8, 8.5, 8.5, 10, 9, 9, 9.5]
    if lesson.due:
        headers.append("Late by")
        widths = [12, 7.5, 7, 7.5, 7.5, 8, 8, 9, 8.5, 8.5, 8.5, 8]
    parts.append(
        table(headers, rows, set(range(2, 11)), widths=widths)
        if rows
        else '<p class="muted">No submissions yet.</p>'
    )
    parts.append(
        '<p class="muted">Found: claims of the key found with a tag the key accepts. Wrong tag: '
        "found with another tag. Earned nothing: highlights that found no claim. Points: the "
        f"points credited, out of {points(lesson.rules.target_for(lesson.key))} for full marks. "
        "Final: the teacher's override (marked *) if there is one, else the automatic score, "
        "the points credited out of full marks (at most 100).</p>"
    )

    parts.append("<h2>Class averages</h2>")
    names = tag_order(lesson, {name for r in results for name in r.grade.per_tag})
    rows = []
    for name in names:
        scores = [r.grade.per_tag[name] for r in results if name in r.grade.per_tag]
        rows.append(
            [
                chip(tags, name),
                f"{sum(s.student_count for s in scores) / n:.1f}" if n else "—",
                pct_cell(_mean(s.precision for s in scores)),
                pct_cell(_mean(s.recall for s in scores)),
                pct_cell(_mean(s.f1 for s in scores)),
            ]
        )
    overall = [r.grade.overall for r in results]
    rows.append(
        [
            "All tags",
            f"{sum(s.student_count for s in overall) / n:.1f}" if n else "—",
            pct_cell(_mean(s.precision for s in overall)),
            pct_cell(_mean(s.recall for s in overall)),
            pct_cell(_mean(s.f1 for s in overall)),
        ]
    )
    parts.append(
        table(
            ["Tag", "Tagged per student", "Precision", "Recall", "F1"],
            rows,
            {1, 2, 3, 4},
            total_last=True,
        )
    )
    mean_final = _mean(final_score(r) for r in results)
    parts.append(f"<p>Average final grade: <b>{score_cell(mean_final)}</b></p>")

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
            f'<p class="muted">Per claim of the key, out of {n} student{"s" if n != 1 else ""}: '
            "how many found it with a tag the key accepts, with another tag, or not at all.</p>"
        )
        for outlet, indices in by_article(lesson, range(len(lesson.key))):
            rows = []
            for index in indices:
                span = lesson.key[index]
                share = f" ({100 * found[index] / n:.0f}%)" if n else ""
                rows.append(
                    [
                        str(index + 1),
                        chip(tags, span.tag),
                        quote(span.quote.exact, 130),
                        escape(points(span.points)),
                        f"{found[index]}{share}",
                        str(wrong[index]),
                        str(n - found[index] - wrong[index]),
                    ]
                )
            parts.append(f"<h3>{escape(outlet)}</h3>")
            parts.append(
                table(
                    ["#", "Tag", "Claim", "Points", "Found", "Wrong tag", "Missed"],
                    rows,
                    {0, 3, 4, 5, 6},
                    widths=[6, 13, 41, 9, 11, 10, 10],
                )
            )
    parts.append(class_claims_section(lesson, results))
    return document(f"Class report: {lesson.title}", "\n".join(parts))
