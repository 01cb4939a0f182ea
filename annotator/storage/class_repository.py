"""The teacher's class data: imported submissions, their annotations, overrides and feedback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

import sqlite_utils

from annotator.core.annotation import Annotation
from annotator.core.collector import collector_paused
from annotator.core.selectors import TextPositionSelector, TextQuoteSelector
from annotator.core.submission import Submission
from annotator.storage.database import write_transaction
from annotator.storage.repositories import annotation_to_row, row_to_annotation


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
                columns = ", ".join(f"[{column}]" for column in rows[0])
                marks = ", ".join("?" * len(rows[0]))
                self.db.conn.executemany(
                    f"INSERT INTO class_annotations ({columns}) VALUES ({marks})",
                    [tuple(row.values()) for row in rows],
                )

    def annotations_of(self, lesson_id: str, student_key: str) -> list[Annotation]:
        rows = self.annotations.rows_where(
            "lesson_id = ? and student_key = ?",
            [lesson_id, student_key],
            order_by="article_id, start, id",
        )
        name = self._name(lesson_id, student_key)
        return [_annotation(row, name) for row in rows]

    def annotations_by_student(self, lesson_id: str) -> dict[str, list[Annotation]]:
        names = {s.student_key: s.student_name for s in self.submissions_for(lesson_id)}
        by_student: dict[str, list[Annotation]] = {key: [] for key in names}
        # Plain tuples from one query, unpacked by position: the review window, the grades and
        # every export read the whole class (12,000 rows for 40 x 300), and rows_where() (a dict
        # per row) with row_to_annotation() took about 1.5 times as long.
        rows = self.db.conn.execute(
            f"select {_ANNOTATION_COLUMNS} from class_annotations "
            "where lesson_id = ? order by student_key, article_id, start, id",
            [lesson_id],
        )
        with collector_paused():
            for key, work in groupby(rows, key=itemgetter(0)):
                annotations = _annotations_of(lesson_id, names.get(key, ""), work)
                by_student.setdefault(key, []).extend(annotations)
        return by_student

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


def _row(lesson_id: str, key: str, annotation: Annotation, feedback: str) -> dict[str, Any]:
    row = annotation_to_row(annotation)
    del row["student"], row["deleted"]  # the submission row says who; nothing is deleted here
    return {**row, "lesson_id": lesson_id, "student_key": key, "feedback": feedback}


def _annotation(row: dict[str, Any], student: str) -> Annotation:
    return row_to_annotation({**row, "student": student})


# The columns _annotations_of() takes, in its order.
_ANNOTATION_COLUMNS = (
    "student_key, id, article_id, tag, note, start, [end], exact, prefix, suffix, created, "
    "modified, lesson_version, pack_hash, orphaned"
)


def _annotations_of(lesson_id: str, student: str, rows: Iterable[tuple]) -> list[Annotation]:
    """The annotations of one student's class_annotations rows (:data:`_ANNOTATION_COLUMNS`),
    as row_to_annotation() reads them, but unpacked in one comprehension and built with
    positional arguments, in the order of Annotation's fields: this runs for every annotation
    of the class, and keyword arguments and a call per row made it a third slower."""
    return [
        Annotation(
            id_,
            lesson_id,
            article_id,
            tag,
            TextPositionSelector(start, end),
            TextQuoteSelector(exact, prefix or "", suffix or ""),
            student,
            note or "",
            created,
            modified or created,
            lesson_version or "",
            pack_hash or "",
            bool(orphaned),
        )
        for (
            _key,
            id_,
            article_id,
            tag,
            note,
            start,
            end,
            exact,
            prefix,
            suffix,
            created,
            modified,
            lesson_version,
            pack_hash,
            orphaned,
        ) in rows
    ]
