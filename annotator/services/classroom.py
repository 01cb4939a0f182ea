"""The teacher's side of a lesson: collect submissions, grade them, keep overrides and feedback.

Shared by the review window and ``annotator class ...``. Each submission file is checked and
imported in one transaction, so a crash mid-import leaves every student either fully imported
or untouched; importing the same file twice changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.annotations.reanchor import reanchor, sits_in
from annotator.core.bounded_read import FileRefused, read_bounded
from annotator.core.classroom.agreement import ArticleAgreement, article_agreement
from annotator.core.classroom.grading import StudentGrade, grade_class
from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.submission import (
    MAX_SUBMISSION_BYTES,
    SUFFIX,
    Submission,
    SubmissionError,
    parse_submission,
)
from annotator.core.lessons.lesson import Lesson
from annotator.services.grades import grade_rows
from annotator.storage.class_repository import ClassRepository, StoredSubmission
from annotator.storage.database import AppDatabase
from annotator.storage.grade_repository import GradeRepository

IMPORTED, REPLACED, UNCHANGED, KEPT_NEWER, REFUSED = (
    "imported",
    "replaced",
    "unchanged",
    "kept newer",
    "refused",
)


@dataclass(frozen=True)
class ImportOutcome:
    file: str
    status: str
    reason: str = ""
    student: str = ""
    reanchored: bool = False
    orphans: tuple[str, ...] = ()  # quotes that could not be placed in this lesson version

    def describe(self) -> str:
        who = f" ({self.student})" if self.student else ""
        text = f"{Path(self.file).name}{who}: {self.status}"
        if self.reason:
            text += f": {self.reason}"
        if self.orphans:
            text += f"; {len(self.orphans)} annotation(s) not found in this version"
        return text


class Classroom:
    def __init__(self, database: AppDatabase, lesson: Lesson) -> None:
        self.database = database
        self.lesson = lesson
        self.repository = ClassRepository(database.db)
        self._class_read: tuple[tuple[int, int], dict[str, list[Annotation]]] | None = None
        self._graded: tuple[tuple[int, int], dict[str, StudentGrade]] | None = None

    # -- importing

    def import_paths(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[ImportOutcome]:
        """Imports files and every submission file in folders; ``progress(done, total, name)``.

        Each file is its own transaction and its own outcome: whatever one file does, it is
        reported as refused with the reason, and the files after it are still imported.
        ``progress`` may return True to stop before the next file (a cancelled dialog).
        """
        files, outcomes = scan_submission_files(paths)
        for number, path in enumerate(files, start=1):
            outcomes.append(self._import_one(path))
            if progress is not None and progress(number, len(files), path.name):
                break
        return outcomes

    def _import_one(self, path: Path) -> ImportOutcome:
        try:
            return self.import_file(path)
        except Exception as error:  # the batch boundary: one file must not stop the class
            return ImportOutcome(str(path), REFUSED, f"it could not be imported ({error})")

    def import_file(self, path: str | Path) -> ImportOutcome:
        path = Path(path)
        try:
            data = read_bounded(path, MAX_SUBMISSION_BYTES)
            submission = parse_submission(data, path.name)
        except FileRefused as error:
            return ImportOutcome(str(path), REFUSED, error.reason)
        except OSError as error:
            return ImportOutcome(str(path), REFUSED, f"cannot read it ({error.strerror})")
        except SubmissionError as error:
            return ImportOutcome(str(path), REFUSED, str(error))
        return self.import_submission(submission, str(path))

    def import_submission(self, submission: Submission, source: str) -> ImportOutcome:
        student = submission.student_name
        if submission.lesson_id != self.lesson.id:
            return ImportOutcome(
                source,
                REFUSED,
                f"it is for the lesson '{submission.lesson_id}', not '{self.lesson.id}'",
                student,
            )
        earlier = self.repository.submission(self.lesson.id, submission.student_key)
        if earlier is not None and earlier.checksum == submission.checksum:
            return ImportOutcome(source, UNCHANGED, "already imported", student)
        if earlier is not None and earlier.submitted > submission.submitted:
            return ImportOutcome(
                source,
                KEPT_NEWER,
                f"a newer submission ({earlier.submitted}) is already imported",
                student,
            )
        repeated = _first_repeated_id(submission.annotations)
        if repeated is not None:
            return ImportOutcome(
                source, REFUSED, f"it holds the annotation id '{repeated}' more than once", student
            )
        annotations, reanchored, out_of_place = self._place(submission)
        for annotation in annotations:
            if not self.lesson.has_article(annotation.article_id):
                return ImportOutcome(
                    source, REFUSED, f"it names an unknown article '{annotation.article_id}'"
                )
        self.repository.store(submission, annotations, source_file=source, imported=now_iso())
        orphans = tuple(a.quote.exact for a in annotations if a.orphaned)
        status = REPLACED if earlier is not None else IMPORTED
        reason = (
            f"made with version {submission.lesson_version}; re-anchored to {self.lesson.version}"
            if reanchored
            else ""
        )
        if out_of_place:
            reason = (
                f"{out_of_place} annotation(s) did not match the article at their offsets; "
                "placed by their quote"
            )
        return ImportOutcome(source, status, reason, student, reanchored, orphans)

    def _place(self, submission: Submission) -> tuple[list[Annotation], bool, int]:
        """The submission's annotations placed in this lesson's text: re-anchored if it was
        made with another version; if made with this one, each checked against the article,
        and one whose offsets do not hold its quote placed by the quote (or orphaned), never
        stored as it came. Returns the annotations, whether the version differed, and how many
        of this version's were out of place."""
        if submission.content_hash != self.lesson.content_hash:
            return [reanchor(a, self.lesson) for a in submission.annotations], True, 0
        placed = [
            a if sits_in(a, self.lesson) else reanchor(a, self.lesson)
            for a in submission.annotations
        ]
        moved = sum(1 for a, b in zip(placed, submission.annotations, strict=True) if a is not b)
        return placed, False, moved

    # -- reading and grading

    def roster(self) -> list[StoredSubmission]:
        return self.repository.submissions_for(self.lesson.id)

    def annotations_by_student(self) -> dict[str, list[Annotation]]:
        """Every student's annotations, by student key.

        The class is read from the database once and kept while it is unchanged: opening the
        review window needs it for the grades, the heat map and the agreement, and each export
        for its results, and a class of 40 x 300 annotations takes about 0.1 s to read. A change
        (through this connection, or committed by another, another process included) makes
        the next call read it again. The lists are copies; the annotations are immutable.
        """
        stamp = self._data_stamp()
        if self._class_read is None or self._class_read[0] != stamp:
            self._class_read = (stamp, self.repository.annotations_by_student(self.lesson.id))
        return {key: list(work) for key, work in self._class_read[1].items()}

    def _data_stamp(self) -> tuple[int, int]:
        """Changes whenever the database may have: ``data_version`` moves with every commit of
        another connection, ``total_changes`` with every row this connection writes."""
        conn = self.database.conn
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def grades(self) -> dict[str, StudentGrade]:
        """Every student's grade against the key, by student key (graded again only when the
        class has changed, as :meth:`annotations_by_student` reads it again)."""
        by_student = self.annotations_by_student()
        assert self._class_read is not None
        stamp = self._class_read[0]
        if self._graded is None or self._graded[0] != stamp:
            grades = grade_class(by_student, self.lesson)
            self._graded = (stamp, grades)
        return dict(self._graded[1])

    def results(self) -> dict[str, StudentResult]:
        """Everything a report needs per student (work, grade, override, feedback), by key."""
        by_student = self.annotations_by_student()
        grades = self.grades()
        feedback = self.repository.annotation_feedback_for(self.lesson.id)
        return {
            stored.student_key: StudentResult(
                name=stored.student_name,
                student_id=stored.student_id,
                annotations=by_student.get(stored.student_key, []),
                grade=grades[stored.student_key],
                override=stored.override,
                feedback=stored.feedback,
                annotation_feedback=feedback.get(stored.student_key, {}),
            )
            for stored in self.roster()
        }

    def record_grades(self) -> dict[str, StudentResult]:
        """:meth:`results`, and the same grades written to the ``grades`` table (replacing the
        lesson's earlier ones) for the teacher to query: what ``annotator class grade`` and the
        review window do when they grade the class."""
        results = self.results()
        rows = grade_rows(results, self.lesson.version)
        self._judge(GradeRepository(self.database.db).replace, rows)
        return results

    def agreement(self) -> dict[str, ArticleAgreement]:
        by_student = self.annotations_by_student()
        result = {}
        for article in self.lesson.articles:
            on_article = {
                key: [a for a in annotations if a.article_id == article.id]
                for key, annotations in by_student.items()
            }
            result[article.id] = article_agreement(
                article.text.text, on_article, list(self.lesson.tags.names)
            )
        return result

    # -- the teacher's judgement

    def set_override(self, student_key: str, score: float | None) -> None:
        if score is not None and not 0 <= score <= 100:
            raise ValueError("an override is a score from 0 to 100")
        self._judge(self.repository.set_override, student_key, score)
        self._judge(GradeRepository(self.database.db).set_final, student_key, score)

    def set_feedback(self, student_key: str, feedback: str) -> None:
        self._judge(self.repository.set_feedback, student_key, feedback)

    def set_annotation_feedback(self, student_key: str, annotation_id: str, text: str) -> None:
        self._judge(self.repository.set_annotation_feedback, student_key, annotation_id, text)

    def _judge(self, write, *args) -> None:
        """Writes the teacher's judgement. It changes no annotation and no grade (results() reads
        overrides and feedback afresh), so a class read that was current before the write stays
        current: the teacher's typing must not re-read 12,000 annotations per keystroke."""
        before = self._data_stamp()
        write(self.lesson.id, *args)
        after = self._data_stamp()
        if self._class_read is not None and self._class_read[0] == before:
            self._class_read = (after, self._class_read[1])
        if self._graded is not None and self._graded[0] == before:
            self._graded = (after, self._graded[1])


def submission_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, plus every ``*.submission.json`` inside named folders, sorted, once."""
    return scan_submission_files(paths)[0]


def scan_submission_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[ImportOutcome]]:
    """The files to import, and the refusals found while looking for them.

    In a folder the teacher chose, a link that leads outside it is refused (it could name any
    file on the machine, or a device), and so is anything that is not a regular file.
    """
    found: dict[str, Path] = {}
    refused: list[ImportOutcome] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found[str(path.resolve())] = path
            continue
        folder = path.resolve()
        for root, _dirs, names in os.walk(path):
            for name in sorted(names):
                if not name.endswith(SUFFIX):
                    continue
                candidate = Path(root) / name
                real = candidate.resolve()
                if not real.is_relative_to(folder):
                    reason = "a link to a file outside the folder you chose; not read"
                    refused.append(ImportOutcome(str(candidate), REFUSED, reason))
                elif not real.is_file():
                    reason = "not a regular file (a device, pipe or socket); not read"
                    refused.append(ImportOutcome(str(candidate), REFUSED, reason))
                else:
                    found[str(real)] = candidate
    return [found[key] for key in sorted(found)], refused


def _first_repeated_id(annotations: Iterable[Annotation]) -> str | None:
    seen: set[str] = set()
    for annotation in annotations:
        if annotation.id in seen:
            return annotation.id
        seen.add(annotation.id)
    return None
