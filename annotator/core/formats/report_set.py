"""The folder of printable reports (``annotator class export --format html|pdf``): one report per
student, holding only that student's work, and one for the class."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.core.classroom.results import StudentResult
from annotator.core.formats.class_report import class_report_html
from annotator.core.formats.filenames import slug
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
    """e.g. ``ice-releases-2025-student-maya-r-s-42``: the lesson, the student's name and id."""
    name = f"student-{slug(result.name)}-{slug(result.student_id)}".rstrip("-")
    return f"{lesson.id}-{name}"


def report_pages(lesson: Lesson, results: Sequence[StudentResult]) -> list[ReportPage]:
    """The class report first, then one report per student in the order of ``results``."""
    pages = [
        ReportPage(f"{lesson.id}-class", functools.partial(class_report_html, lesson, results))
    ]
    pages.extend(
        ReportPage(
            student_report_stem(lesson, result),
            functools.partial(student_report_html, lesson, result),
        )
        for result in results
    )
    return pages


def report_files(graded: GradedClass) -> list[ReportPage]:
    """:func:`report_pages` of the graded class: the html and pdf formats' folder."""
    return report_pages(graded.lesson, graded.results)
