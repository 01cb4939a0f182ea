"""The folder of printable reports (``annotator class export --format html|pdf``): one report per
student, holding only that student's work, and one for the class."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from annotator.core.classroom.results import StudentResult
from annotator.core.formats.class_report import class_report_html
from annotator.core.formats.filenames import fingerprint, slug
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
    who = slug(result.name) or fingerprint(result.name)  # 王小明 slugs to nothing
    name = f"student-{who}-{slug(result.student_id)}".rstrip("-")
    return f"{lesson.id}-{name}"


def report_pages(lesson: Lesson, results: Sequence[StudentResult]) -> list[ReportPage]:
    """The class report first, then one report per student in the order of ``results``.

    Every student gets a file of their own: where two names make the same file name ("Ana Li"
    and "ana-li", or names in a script the slug drops, such as 王小明 and 李华), each of them
    gets a short fingerprint of their name and id added, so no report replaces another.
    """
    stems = [student_report_stem(lesson, result) for result in results]
    counts = Counter(stems)
    pages = [
        ReportPage(f"{lesson.id}-class", functools.partial(class_report_html, lesson, results))
    ]
    for stem, result in zip(stems, results, strict=True):
        if counts[stem] > 1:
            stem = f"{stem}-{fingerprint(result.name, result.student_id)}"
        pages.append(ReportPage(stem, functools.partial(student_report_html, lesson, result)))
    return pages


def report_files(graded: GradedClass) -> list[ReportPage]:
    """:func:`report_pages` of the graded class: the html and pdf formats' folder."""
    return report_pages(graded.lesson, graded.results)
