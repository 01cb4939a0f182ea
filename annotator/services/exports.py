"""Running an export in any format of :mod:`annotator.core.formats.registry`: a student's own
annotations (``annotator export``) or the graded class (``annotator class export``, and the
review window's Export menu). The CLI and the window call the same functions, so they write the
same files.

Every file is written atomically (a crash never leaves half a file). A failure to write raises
:class:`ExportError`, whose message names the file and the reason. PDF needs Qt's writer, which
the services cannot import: the caller passes a ``write_pdf`` function (the GUI and the CLI pass
:func:`annotator.qt.pdf_report.write_pdf`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from annotator.core.formats.inputs import GradedClass, StudentWork
from annotator.core.formats.registry import CLASS_SCOPES, STUDENT_SCOPES, OutputFormat, find
from annotator.core.lessons.lesson import Lesson
from annotator.services.classroom import Classroom
from annotator.services.files import write_atomically, write_atomically_with
from annotator.storage.database import AppDatabase
from annotator.storage.linked_claim_repository import LinkedClaimRepository
from annotator.storage.repositories import AnnotationRepository

Progress = Callable[[int, int, str], None]  # (files written, files in all, the last one's name)
WritePdf = Callable[[str, Path], object]  # (html, path); raises OSError if it cannot write
# Prints a folder of reports: given (makes the HTML, the PDF to write) for each, it writes each
# file atomically and yields its path when it is in place; an OSError names the file it could
# not write (annotator.qt.pdf_batch.write_pdfs, which prints in several processes).
WritePdfs = Callable[[list[tuple[Callable[[], str], Path]]], Iterable[Path]]


class ExportError(Exception):
    """A file of an export could not be written; the message names it and says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Could not write {path}: {reason}")
        self.path = path
        self.reason = reason


def student_format(fmt: str | OutputFormat) -> OutputFormat:
    return fmt if isinstance(fmt, OutputFormat) else find(fmt, STUDENT_SCOPES)


def class_format(fmt: str | OutputFormat) -> OutputFormat:
    return fmt if isinstance(fmt, OutputFormat) else find(fmt, CLASS_SCOPES)


# --- a student's annotations -----------------------------------------------------------------


def student_text(database: AppDatabase, fmt: str | OutputFormat, lesson: Lesson | None) -> str:
    """The annotations in ``database`` as ``fmt``: with ``lesson``, only that lesson's (described
    with its outlets and title); without, every lesson's, each carrying its own lesson id."""
    annotations = AnnotationRepository(database.db).all()
    claims = LinkedClaimRepository(database.db)
    if lesson is not None:
        annotations = [a for a in annotations if a.lesson_id == lesson.id]
        linked = claims.for_lesson(lesson.id)
    else:
        linked = [
            c
            for lesson_id in {a.lesson_id for a in annotations}
            for c in claims.for_lesson(lesson_id)
        ]
    return student_format(fmt).student_text(StudentWork(annotations, lesson, linked))


def export_student(
    database: AppDatabase, fmt: str | OutputFormat, out: str | Path, lesson: Lesson | None
) -> Path:
    """Writes :func:`student_text` to ``out``."""
    return _write_text(Path(out), student_text(database, fmt, lesson))


# --- the graded class ------------------------------------------------------------------------


def graded_class(
    classroom: Classroom,
    assignment: str = "",
    points_possible: float | None = None,
    *,
    key_released: bool = False,
) -> GradedClass:
    """The class as the formats take it: results, with each student's standing beside."""
    results = classroom.results()
    standings = classroom.standings()
    return GradedClass(
        classroom.lesson,
        list(results.values()),
        assignment,
        points_possible,
        standings=[standings[key] for key in results],
        roster=classroom.roster_entries(),
        key_released=key_released,
    )


def class_text(
    classroom: Classroom,
    fmt: str | OutputFormat,
    *,
    assignment: str = "",
    points_possible: float | None = None,
) -> str:
    """The text of a one-file class format (``gradebook``, ``canvas``, ``json``, ``w3c``)."""
    return class_format(fmt).class_text(graded_class(classroom, assignment, points_possible))


def export_class(
    classroom: Classroom,
    fmt: str | OutputFormat,
    out: str | Path,
    *,
    assignment: str = "",
    points_possible: float | None = None,
    write_pdf: WritePdf | None = None,
    write_pdfs: WritePdfs | None = None,
    progress: Progress | None = None,
    warnings: list[str] | None = None,
    key_released: bool = False,
) -> list[Path]:
    """Writes the class as ``fmt`` to ``out``: a file, or for a folder format (html, pdf) the
    folder of reports. Returns the files written; ``progress`` is told after each one.

    ``assignment`` names the Canvas column (default: the lesson's title), ``points_possible``
    what it is out of (default: the pack's ``points``, else 100). A format that
    ``needs_pdf_writer`` needs ``write_pdfs`` (all the reports, in several processes) or
    ``write_pdf`` (one report at a time, here). What the teacher should check before using
    the file (students the Canvas CSV could not match to the roster...) is added to
    ``warnings``, a line each.

    ``key_released``: the students' reports (html, pdf) list the whole answer key, every claim
    with its note. By default they show the notes of the claims each student found, and count
    the rest; the other formats are the teacher's and hold the key either way.
    """
    output = class_format(fmt)
    if output.needs_pdf_writer and write_pdf is None and write_pdfs is None:
        raise ValueError(f"the format '{output.name}' needs a PDF writer")
    out = Path(out)
    graded = graded_class(classroom, assignment, points_possible, key_released=key_released)
    if warnings is not None:
        warnings.extend(output.class_warnings(graded))
    if not output.is_folder:
        written = [_write_text(out, output.class_text(graded))]
        if progress is not None:
            progress(1, 1, out.name)
        return written

    pages = output.class_pages(graded)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _export_error(out, error) from error
    written: list[Path] = []
    if output.needs_pdf_writer and write_pdfs is not None:
        jobs = [(page.make_html, out / f"{page.stem}{output.suffix}") for page in pages]
        try:
            for path in write_pdfs(jobs):
                written.append(path)
                if progress is not None:
                    progress(len(written), len(pages), path.name)
        except OSError as error:
            raise _export_error(Path(error.filename or out), error) from error
        return written
    for page in pages:
        path = out / f"{page.stem}{output.suffix}"
        html = page.make_html()
        if write_pdf is not None and output.needs_pdf_writer:
            _write_with(path, lambda temp, html=html: write_pdf(html, temp))
        else:
            _write_text(path, html)
        written.append(path)
        if progress is not None:
            progress(len(written), len(pages), path.name)
    return written


# --- writing ---------------------------------------------------------------------------------


def _write_text(path: Path, text: str) -> Path:
    try:
        return write_atomically(path, text)
    except OSError as error:
        raise _export_error(path, error) from error


def _write_with(path: Path, write: Callable[[Path], object]) -> Path:
    try:
        return write_atomically_with(path, write)
    except OSError as error:
        raise _export_error(path, error) from error


def _export_error(path: Path, error: OSError) -> ExportError:
    """``error`` said plainly: "Permission denied", not "[Errno 13] Permission denied: '...'"."""
    return ExportError(path, error.strerror or str(error) or type(error).__name__)
