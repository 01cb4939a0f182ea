"""The teacher's class data: imported submissions, their annotations, overrides and feedback."""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter

import sqlite_utils

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.record import (
    ANNOTATION_RECORD,
    annotation_to_row,
    annotations_from_rows,
)
from annotator.core.classroom.submission import Submission
from annotator.core.collector import collector_paused
from annotator.storage.database import write_transaction

# A class annotation row: the annotation's record but for the student (the submission row says
# who; a class row is never deleted), then whose it is and the teacher's feedback on it.
CLASS_RECORD_COLUMNS = tuple(column for column in ANNOTATION_RECORD.columns if column != "student")
CLASS_COLUMNS = (*CLASS_RECORD_COLUMNS, "student_key", "feedback")


@dataclass(frozen=True)
class StoredSubmission:
    lesson_id: str
    student_key: str
    student_name: str
    student_id: str
    lesson_version: str
    content_hash: str
    submitted: str
    checksum: str
    source_file: str
    imported: str
    orphans: int
    override: float | None
    feedback: str


class ClassRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.submissions = db.table("class_submissions")
        self.annotations = db.table("class_annotations")

    def submission(self, lesson_id: str, student_key: str) -> StoredSubmission | None:
        rows = list(
            self.submissions.rows_where(
                "lesson_id = ? and student_key = ?", [lesson_id, student_key]
            )
        )
        return StoredSubmission(**rows[0]) if rows else None

    def submissions_for(self, lesson_id: str) -> list[StoredSubmission]:
        rows = self.submissions.rows_where(
            "lesson_id = ?", [lesson_id], order_by="student_name collate nocase, student_key"
        )
        return [StoredSubmission(**row) for row in rows]

    def store(
        self,
        submission: Submission,
        annotations: list[Annotation],
        *,
        source_file: str,
        imported: str,
    ) -> None:
        """Puts one student's submission in place of any earlier one, in one transaction.

        The teacher's override and feedback on the student stay; feedback on annotations that
        are still there stays too (matched by annotation id).
        """
        lesson_id, key = submission.lesson_id, submission.student_key
        with write_transaction(self.db):
            earlier = self.submission(lesson_id, key)
            kept_feedback = {
                row["id"]: row["feedback"]
                for row in self.annotations.rows_where(
                    "lesson_id = ? and student_key = ? and feedback != ''", [lesson_id, key]
                )
            }
            self.db.execute(
                "delete from class_annotations where lesson_id = ? and student_key = ?",
                [lesson_id, key],
            )
            self.submissions.upsert(
                {
                    "lesson_id": lesson_id,
                    "student_key": key,
                    "student_name": submission.student_name,
                    "student_id": submission.student_id,
                    "lesson_version": submission.lesson_version,
                    "content_hash": submission.content_hash,
                    "submitted": submission.submitted,
                    "checksum": submission.checksum,
                    "source_file": source_file,
                    "imported": imported,
                    "orphans": sum(1 for a in annotations if a.orphaned),
                    "override": earlier.override if earlier else None,
                    "feedback": earlier.feedback if earlier else "",
                },
                pk=("lesson_id", "student_key"),
            )
            # One prepared INSERT run by executemany: sqlite-utils' insert_all() builds the SQL
            # of every batch in Python and passes each value through jsonify_if_needed, which
            # tripled the time of importing a class (40 files of 300 annotations).
            rows = [_row(lesson_id, key, a, kept_feedback.get(a.id, "")) for a in annotations]
            if rows:
                columns = ANNOTATION_RECORD.column_list(CLASS_COLUMNS)
                marks = ", ".join("?" * len(CLASS_COLUMNS))
                self.db.conn.executemany(
                    f"INSERT INTO class_annotations ({columns}) VALUES ({marks})", rows
                )

    def annotations_of(self, lesson_id: str, student_key: str) -> list[Annotation]:
        return self._annotations_of(lesson_id, student_key, self._name(lesson_id, student_key))

    def annotations_by_student(self, lesson_id: str) -> dict[str, list[Annotation]]:
        """Every student's annotations: what the review window, the grades and every export
        read (12,000 rows for 40 x 300), so with plain tuples and the collector paused."""
        names = {s.student_key: s.student_name for s in self.submissions_for(lesson_id)}
        with collector_paused():
            return {key: self._annotations_of(lesson_id, key, name) for key, name in names.items()}

    def _annotations_of(self, lesson_id: str, student_key: str, name: str) -> list[Annotation]:
        rows = self.db.conn.execute(
            f"select {ANNOTATION_RECORD.column_list(CLASS_RECORD_COLUMNS)} from class_annotations "
            "where lesson_id = ? and student_key = ? order by article_id, start, id",
            [lesson_id, student_key],
        )
        return annotations_from_rows(rows, student=name)  # the submission's student

    def annotation_feedback(self, lesson_id: str, student_key: str) -> dict[str, str]:
        rows = self.annotations.rows_where(
            "lesson_id = ? and student_key = ? and feedback != ''", [lesson_id, student_key]
        )
        return {row["id"]: row["feedback"] for row in rows}

    def annotation_feedback_for(self, lesson_id: str) -> dict[str, dict[str, str]]:
        """Feedback on annotations for the whole class: student key -> annotation id -> text."""
        by_student: dict[str, dict[str, str]] = {}
        for row in self.annotations.rows_where("lesson_id = ? and feedback != ''", [lesson_id]):
            by_student.setdefault(row["student_key"], {})[row["id"]] = row["feedback"]
        return by_student

    def set_override(self, lesson_id: str, student_key: str, score: float | None) -> None:
        with write_transaction(self.db):
            self.submissions.update((lesson_id, student_key), {"override": score})

    def set_feedback(self, lesson_id: str, student_key: str, feedback: str) -> None:
        with write_transaction(self.db):
            self.submissions.update((lesson_id, student_key), {"feedback": feedback})

    def set_annotation_feedback(
        self, lesson_id: str, student_key: str, annotation_id: str, feedback: str
    ) -> None:
        with write_transaction(self.db):
            self.annotations.update((lesson_id, student_key, annotation_id), {"feedback": feedback})

    def _name(self, lesson_id: str, student_key: str) -> str:
        stored = self.submission(lesson_id, student_key)
        return stored.student_name if stored else ""


_class_row = itemgetter(*CLASS_COLUMNS)


def _row(lesson_id: str, key: str, annotation: Annotation, feedback: str) -> tuple:
    """The values of :data:`CLASS_COLUMNS` for one annotation of a stored submission."""
    row = annotation_to_row(annotation)
    row |= {"lesson_id": lesson_id, "student_key": key, "feedback": feedback}
    return _class_row(row)
