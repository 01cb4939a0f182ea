"""Every output format, listed once: the CLI's ``--format`` choices and help, and the review
window's Export menu, are made from this table.

A format has a name (what ``--format`` takes), a scope (whose work it covers, and whether it is
one file or a folder of files), a file suffix, a one-line description for help texts and menus,
and the function that writes it. That function is pure: it takes the scope's input
(:class:`~annotator.core.formats.inputs.StudentWork` or
:class:`~annotator.core.formats.inputs.GradedClass`) and returns the file's text, or for a folder
the reports in it (:class:`~annotator.core.formats.report_set.ReportPage`). Writing the files,
progress and errors are the services' work (:mod:`annotator.services.exports`). A format that
Qt draws (PDF) says so with ``needs_pdf_writer``: the core never imports Qt, so the caller hands
the writer in.

To add a format: write its module in this package, with one function from the scope's input to
the text, and add its line to :data:`FORMATS`. The CLI, the services and the review window take
it from here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from annotator.core.formats.annotation_csv import csv_file
from annotator.core.formats.annotation_json import json_file
from annotator.core.formats.gradebook import canvas_file, canvas_warnings, gradebook_file
from annotator.core.formats.graded_json import graded_file
from annotator.core.formats.inputs import GradedClass, StudentWork
from annotator.core.formats.report_set import ReportPage, report_files
from annotator.core.formats.w3c import class_w3c_file, w3c_file


class Scope(StrEnum):
    """What a format covers."""

    STUDENT = "student"  # a student's own annotations: ``annotator export``
    CLASS_FILE = "class-file"  # the graded class as one file: ``annotator class export``
    CLASS_FOLDER = "class-folder"  # the graded class as a folder of files, one per student


@dataclass(frozen=True, slots=True)
class OutputFormat:
    name: str  # what --format takes; unique among the formats of one command
    scope: Scope
    suffix: str  # of the file, or of each file in the folder
    description: str  # one line, lower case first: "scores and grades per student (CSV)"
    write: Callable[[Any], Any]  # StudentWork or GradedClass -> str, or list[ReportPage]
    needs_pdf_writer: bool = False  # the reports are HTML for a PDF writer the caller provides
    # What the teacher should check before using the file (a class format's), one line each.
    warnings: Callable[[GradedClass], list[str]] | None = None

    @property
    def is_folder(self) -> bool:
        return self.scope is Scope.CLASS_FOLDER

    @property
    def title(self) -> str:
        """The description as a title, for menus: "Scores and grades per student (CSV)"."""
        return self.description[:1].upper() + self.description[1:]

    def student_text(self, work: StudentWork) -> str:
        """The file's text, for a format of :attr:`Scope.STUDENT`."""
        self._expect(Scope.STUDENT)
        return self.write(work)

    def class_text(self, graded: GradedClass) -> str:
        """The file's text, for a format of :attr:`Scope.CLASS_FILE`."""
        self._expect(Scope.CLASS_FILE)
        return self.write(graded)

    def class_pages(self, graded: GradedClass) -> list[ReportPage]:
        """The folder's reports (HTML), for a format of :attr:`Scope.CLASS_FOLDER`."""
        self._expect(Scope.CLASS_FOLDER)
        return self.write(graded)

    def class_warnings(self, graded: GradedClass) -> list[str]:
        """What to check before using the file written for ``graded`` (none for most)."""
        return self.warnings(graded) if self.warnings is not None else []

    def _expect(self, scope: Scope) -> None:
        if self.scope is not scope:
            raise ValueError(f"the format '{self.name}' is for {self.scope}, not {scope}")


_STUDENT, _FILE, _FOLDER = Scope.STUDENT, Scope.CLASS_FILE, Scope.CLASS_FOLDER

# One line per format: name, scope, suffix, description, writer, and whether it needs a PDF writer.
# fmt: off
FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat("json", _STUDENT, ".json", "everything, in the app's own JSON", json_file),
    OutputFormat("csv", _STUDENT, ".csv", "one row per annotation", csv_file),
    OutputFormat("w3c", _STUDENT, ".jsonld", "a W3C Web Annotation collection", w3c_file),
    OutputFormat("gradebook", _FILE, ".csv", "scores and grades per student (CSV)", gradebook_file),
    OutputFormat("canvas", _FILE, ".csv", "grades for Canvas' gradebook import (CSV)", canvas_file,
                 warnings=canvas_warnings),
    OutputFormat("json", _FILE, ".json", "graded set: key, scores, feedback (JSON)", graded_file),
    OutputFormat("w3c", _FILE, ".jsonld", "W3C Web Annotations (JSON-LD)", class_w3c_file),
    OutputFormat("html", _FOLDER, ".html", "a folder of printable reports (HTML)", report_files),
    OutputFormat("pdf", _FOLDER, ".pdf", "a folder of printable reports (PDF)", report_files, True),
)
# fmt: on

STUDENT_SCOPES = (Scope.STUDENT,)
CLASS_SCOPES = (Scope.CLASS_FILE, Scope.CLASS_FOLDER)


def formats(scopes: Sequence[Scope]) -> tuple[OutputFormat, ...]:
    """The formats of ``scopes``, in the order of :data:`FORMATS`."""
    return tuple(fmt for fmt in FORMATS if fmt.scope in scopes)


def find(name: str, scopes: Sequence[Scope]) -> OutputFormat:
    """The format ``name`` among those of ``scopes``; ValueError naming the choices if none."""
    candidates = formats(scopes)
    for fmt in candidates:
        if fmt.name == name:
            return fmt
    choices = ", ".join(fmt.name for fmt in candidates)
    raise ValueError(f"unknown format '{name}' (choose from {choices})")


def help_text(scopes: Sequence[Scope]) -> str:
    """``name: description`` for each format of ``scopes``: the help of a ``--format`` option."""
    return "; ".join(f"{fmt.name}: {fmt.description}" for fmt in formats(scopes)) + "."
