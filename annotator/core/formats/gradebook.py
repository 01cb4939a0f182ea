"""The class's grades for spreadsheets: the teacher's gradebook CSV and a CSV for Canvas' import.

**The final grade** (:func:`final_score`) is the teacher's override when there is one, otherwise
the automatic score: the points the student's highlights earned out of the key's target, at most
100, as :mod:`annotator.core.classroom.grading` computes it (``docs/grading.md``). The gradebook
also keeps the older statistics, precision, recall and F1, computed from the same assignment of
highlights to claims.

Both CSVs guard every cell against formula injection
(:func:`annotator.core.formats.spreadsheet.guard_formula`: student names, ids and feedback are
typed by people; a spreadsheet must not run them), use CRLF line ends (RFC 4180) and list
students by name. ``gradebook_csv`` and ``canvas_csv`` return the CSV text; the files the export
writes (:func:`gradebook_file`, :func:`canvas_file`) start with a byte order mark, so that Excel
reads them as UTF-8 (LibreOffice does either way, and Canvas' own exports carry one too).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotator.core.classroom.admission import EDITED, FUTURE, NO_WORKSPACE
from annotator.core.classroom.linked_credit import links_earned
from annotator.core.classroom.results import StudentResult, auto_score, final_score
from annotator.core.classroom.standing import NO_STANDING, Standing, late_hours, late_words
from annotator.core.formats.grade_text import name_order, percent, points, score
from annotator.core.formats.inputs import GradedClass
from annotator.core.formats.spreadsheet import BOM, csv_text
from annotator.core.lessons.lesson import Lesson

# --- the teacher's gradebook ----------------------------------------------------------------

LINKED_COLUMN = "Linked claims (points)"


def gradebook_columns(lesson: Lesson) -> list[str]:
    """The header of :func:`gradebook_csv`: one count column per tag of the lesson, in order,
    and a column for the points of linked claims when the key links claims across articles."""
    return [
        "Student",
        "Student ID",
        *(f"{tag.name} count" for tag in lesson.tags),
        "Precision (%)",
        "Recall (%)",
        "F1 (%)",
        "Points",
        *([LINKED_COLUMN] if lesson.linked_claims else []),
        "Target",
        "Score (auto)",
        "Override",
        "Final grade",
        "Submitted",
        "Late by (hours)",
        "Notes",
        "Feedback",
    ]


def gradebook_csv(
    lesson: Lesson,
    results: Iterable[StudentResult],
    standings: Sequence[Standing] = (),
    *,
    roster_known: bool = False,
) -> str:
    """The class as a spreadsheet: a header (:func:`gradebook_columns`) and a row per student.

    ``<TAG> count`` is the number of the student's annotations with that tag (orphaned ones, which
    are never graded, left out); a tag that is not in the lesson's tag set has no column but still
    counts against precision. Precision, recall and F1 are the overall scores as percentages with
    one decimal, empty when the key is empty. ``Points`` is the points credited (two decimals),
    ``Linked claims (points)`` the part of them earned by linking claims across articles (only
    when the key links some), ``Target`` the points that make 100. ``Score (auto)`` is
    :func:`auto_score`,
    ``Override`` the teacher's score (empty if none), ``Final grade`` :func:`final_score`.
    ``Submitted`` is the date the submission gives, ``Late by (hours)`` how long after the
    pack's due date (empty: on time, or no due date), ``Notes`` what the teacher should know
    (late, not on the roster, edited after it was written...). ``standings`` go with
    ``results``, in their order (empty: none known); ``roster_known`` says the class has a
    roster, so that a student on none of its entries is noted.
    """
    rows: list[list[str]] = [gradebook_columns(lesson)]
    results = list(results)
    pairs = list(zip(results, list(standings) or [NO_STANDING] * len(results), strict=True))
    for result, standing in sorted(pairs, key=lambda pair: name_order(pair[0])):
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
                *([points(round(links_earned(grade.links), 2))] if lesson.linked_claims else []),
                points(grade.target),
                score(auto_score(grade)),
                score(result.override),
                score(final_score(result)),
                standing.submitted,
                late_hours(standing.late_by),
                "; ".join(notes(standing, roster_known=roster_known)),
                result.feedback,
            ]
        )
    return csv_text(rows)


def gradebook_file(graded: GradedClass) -> str:
    """:func:`gradebook_csv` as ``annotator class export --format gradebook`` writes it."""
    return BOM + gradebook_csv(
        graded.lesson, graded.results, graded.standings, roster_known=bool(graded.roster)
    )


def notes(standing: Standing, *, roster_known: bool = True) -> list[str]:
    """What the teacher should know of a student's submission, in a few words each."""
    said = []
    if standing.late_by is not None:
        said.append(f"late by {late_words(standing.late_by)}")
    if roster_known and standing.roster is None and standing.submitted:
        said.append("not on the roster")
    said += [FLAG_NOTES[flag] for flag in standing.flags if flag in FLAG_NOTES]
    return said


FLAG_NOTES = {
    EDITED: "edited after it was written",
    NO_WORKSPACE: "older app: sender unproven",
    FUTURE: "dated in the future",
}


# --- Canvas -----------------------------------------------------------------------------------

CANVAS_COLUMNS: tuple[str, ...] = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
CANVAS_POINTS_ROW = "Points Possible"


def canvas_csv(
    lesson: Lesson,
    results: Iterable[StudentResult],
    *,
    assignment: str,
    points_possible: float = 100,
    standings: Sequence[Standing] = (),
) -> str:
    """The final grades as a CSV for Canvas: Grades > Import.

    The format is that of Canvas' own gradebook export, which its importer reads back
    (docs/submissions.md says what this rests on):

    * the header starts with the student columns ``Student``, ``ID``, ``SIS User ID``,
      ``SIS Login ID``, ``Section``, then one column per assignment. ``assignment`` is that
      column's heading: ``Name (1234)`` to grade the existing assignment with Canvas id 1234,
      or a name, which matches an assignment of that title or makes Canvas offer to create one;
    * a second row has ``Points Possible`` in the first column, the student columns blank, and
      the assignment's points under it (what a new assignment is out of);
    * then one row per student. Canvas matches a row to a student by ``ID`` (its own user id),
      else ``SIS User ID``, else ``SIS Login ID``, else the name. A student on the roster gets
      the roster's row as Canvas exported it (``Student`` as Canvas writes it, every id, the
      section); one on no roster entry gets the name and id they typed, and
      :func:`canvas_warnings` names them.

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
    results = list(results)
    pairs = list(zip(results, list(standings) or [NO_STANDING] * len(results), strict=True))
    for result, standing in sorted(pairs, key=lambda pair: _canvas_order(*pair)):
        final = final_score(result)
        earned = "" if final is None else points(round(final * points_possible / 100, 2))
        entry = standing.roster
        if entry is not None:
            who = [entry.name, entry.canvas_id, entry.sis_user_id, entry.sis_login_id]
            rows.append([*who, entry.section, earned])
        else:
            rows.append([result.name, "", result.student_id, "", "", earned])
    return csv_text(rows)


def _canvas_order(result: StudentResult, standing: Standing) -> tuple[str, str, str]:
    name = standing.roster.name if standing.roster is not None else result.name
    return name.casefold(), name, result.student_id


def canvas_points(graded: GradedClass) -> float:
    """What the assignment is out of: ``--points``, else the pack's ``points``, else 100."""
    if graded.points_possible is not None:
        return graded.points_possible
    return graded.lesson.points if graded.lesson.points is not None else 100.0


def canvas_file(graded: GradedClass) -> str:
    """:func:`canvas_csv` as ``annotator class export --format canvas`` writes it: the column
    is the given assignment, by default the lesson's title, out of :func:`canvas_points`."""
    assignment = graded.assignment or graded.lesson.title
    text = canvas_csv(
        graded.lesson,
        graded.results,
        assignment=assignment,
        points_possible=canvas_points(graded),
        standings=graded.standings,
    )
    return BOM + text


def canvas_warnings(graded: GradedClass) -> list[str]:
    """What the teacher should check before importing the Canvas CSV: students on no roster
    entry (Canvas matches them by the id and name they typed, or not at all), roster students
    with no submission (their grade in Canvas is left as it is), and a class with no roster."""
    students = graded.students()
    if not graded.roster:
        return (
            [
                "The class has no roster: every row carries the name and id the student typed, and "
                "Canvas matches it by SIS User ID, else by name. Import the Canvas roster "
                "(annotator class roster import) to fill in Canvas' own ids."
            ]
            if students
            else []
        )
    warnings = []
    unmatched = [result for result, standing in students if standing.roster is None]
    if unmatched:
        listed = ", ".join(
            f"{r.name} ({r.student_id})" if r.student_id else r.name for r in unmatched
        )
        warnings.append(
            f"{len(unmatched)} student(s) on no roster entry, matched by Canvas by the id and "
            f"name they typed, if at all: {listed}"
        )
    graded_keys = {standing.roster.key for _r, standing in students if standing.roster}
    missing = [entry.describe() for entry in graded.roster if entry.key not in graded_keys]
    if missing:
        warnings.append(
            f"{len(missing)} roster student(s) have no submission; their grade in Canvas is "
            f"left as it is: {', '.join(missing)}"
        )
    return warnings
