"""The class's grades for spreadsheets: the teacher's gradebook CSV and a CSV for Canvas' import.

**The final grade** (:func:`final_score`) is the teacher's override when there is one, otherwise
the automatic score: the points the student's highlights earned out of the key's target, at most
100, as :mod:`annotator.core.classroom.grading` computes it (``docs/grading.md``). The gradebook
also keeps the older statistics, precision, recall and F1, computed from the same assignment of
highlights to claims.

Both CSVs guard every cell against formula injection
(:func:`annotator.core.formats.spreadsheet.guard_formula`: student names, ids and feedback are
typed by people; a spreadsheet must not run them), use CRLF line ends (RFC 4180) and list
students by name. They are returned as text: write it with ``newline=""`` and, for Excel to
detect UTF-8, ``encoding="utf-8-sig"`` (Canvas accepts either).
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.classroom.results import StudentResult, auto_score, final_score
from annotator.core.formats.grade_text import by_name, percent, points, score
from annotator.core.formats.inputs import GradedClass
from annotator.core.formats.spreadsheet import csv_text
from annotator.core.lessons.lesson import Lesson

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
        "Points",
        "Target",
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
    one decimal, empty when the key is empty. ``Points`` is the points credited (two decimals),
    ``Target`` the points that make 100. ``Score (auto)`` is :func:`auto_score`,
    ``Override`` the teacher's score (empty if none), ``Final grade`` :func:`final_score`.
    """
    rows: list[list[str]] = [gradebook_columns(lesson)]
    for result in by_name(results):
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
                percent(grade.overall.precision),
                percent(grade.overall.recall),
                percent(grade.overall.f1),
                points(round(grade.points_earned, 2)),
                points(grade.target),
                score(auto_score(grade)),
                score(result.override),
                score(final_score(result)),
                result.feedback,
            ]
        )
    return csv_text(rows)


def gradebook_file(graded: GradedClass) -> str:
    """:func:`gradebook_csv` as ``annotator class export --format gradebook`` writes it."""
    return gradebook_csv(graded.lesson, graded.results)


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
        [CANVAS_POINTS_ROW, "", "", "", "", points(points_possible)],
    ]
    for result in by_name(results):
        final = final_score(result)
        earned = "" if final is None else points(round(final * points_possible / 100, 2))
        rows.append([result.name, "", result.student_id, "", "", earned])
    return csv_text(rows)


def canvas_file(graded: GradedClass) -> str:
    """:func:`canvas_csv` as ``annotator class export --format canvas`` writes it: the column
    is the given assignment, by default the lesson's title, out of 100 points."""
    assignment = graded.assignment or graded.lesson.title
    return canvas_csv(graded.lesson, graded.results, assignment=assignment)
