"""The folder of printable reports (``annotator class export --format html|pdf``): one report per
student, holding only that student's work, and one for the class.

The students' reports leave the answer key out unless the teacher releases it
(``--release-key``, or the review window's box): see
:func:`~annotator.core.formats.student_report.student_report_html`. The class report is the
teacher's and always holds the key."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.standing import NO_STANDING, Standing
from annotator.core.formats.class_report import class_report_html
from annotator.core.formats.filenames import name_slug, numbered, slug
from annotator.core.formats.inputs import GradedClass
from annotator.core.formats.student_report import student_report_html
from annotator.core.lessons.lesson import Lesson


@dataclass(frozen=True, slots=True)
class ReportPage:
    """One report of the folder: its file name without the suffix, and how to make its HTML.

    The HTML is made when asked for, so that a caller writing the reports one by one holds one
    at a time and can tell how far it has got.
    """

    stem: str
    make_html: Callable[[], str]


def student_report_stem(lesson: Lesson, result: StudentResult) -> str:
    """e.g. ``ice-releases-2025-Maya-Rossi-S042``: the lesson, the student's name as written
    (any script: ``王伟``, ``Иван-Петров``, ``Zoë-Adams``) and their id (the roster's, when
    the student is on it)."""
    return "-".join(
        part for part in (lesson.id, name_slug(result.name), slug(result.student_id)) if part
    )


def report_pages(
    lesson: Lesson,
    results: Sequence[StudentResult],
    standings: Sequence[Standing] = (),
    *,
    key_released: bool = False,
) -> list[ReportPage]:
    """The class report first, then one report per student in the order of ``results``; the
    students' reports hold the whole key only if ``key_released``.

    Every student gets a file of their own: where two students make the same file name (two
    "Alex Kim"s without ids, or "Ana Li" and "ana li" on a file system that ignores case), the
    second gets ``-2``, the third ``-3``, so no report replaces another, nor the class report.
    """
    class_stem = f"{lesson.id}-class"
    stems = numbered((student_report_stem(lesson, r) for r in results), taken=[class_stem])
    standings = list(standings) or [NO_STANDING] * len(results)
    pages = [
        ReportPage(class_stem, functools.partial(class_report_html, lesson, results, standings))
    ]
    for stem, result, standing in zip(stems, results, standings, strict=True):
        make = functools.partial(
            student_report_html, lesson, result, standing=standing, key_visible=key_released
        )
        pages.append(ReportPage(stem, make))
    return pages


def report_files(graded: GradedClass) -> list[ReportPage]:
    """:func:`report_pages` of the graded class: the html and pdf formats' folder."""
    return report_pages(
        graded.lesson, graded.results, graded.standings, key_released=graded.key_released
    )
