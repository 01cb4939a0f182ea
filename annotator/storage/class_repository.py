"""The teacher's class data: imported submissions, their annotations, overrides and feedback.

A submission row is ``active`` (a student of the class: graded, exported) or ``held`` (a
conflict waiting for the teacher: never graded, never exported, replacing nothing). Each row's
``student_key`` is the app's own name for it, made once; who the submission is from is in its
other columns (the workspace, the claim, the roster entry).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import sqlite_utils

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.annotations.record import (
    ANNOTATION_RECORD,
    annotation_to_row,
    annotations_from_rows,
)
from annotator.core.classroom.submission import Submission
from annotator.core.collector import collector_paused
from annotator.storage.database import write_transaction
from annotator.storage.repositories import stored_columns

# A class annotation row: the annotation's record but for the student (the submission row says
# who; a class row is never deleted), then whose it is and the teacher's feedback on it.
CLASS_RECORD_COLUMNS = tuple(column for column in ANNOTATION_RECORD.columns if column != "student")
CLASS_COLUMNS = (*CLASS_RECORD_COLUMNS, "student_key", "feedback")
ACTIVE, HELD = "active", "held"


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
    workspace_id: str = ""  # "" for a file of format 1
    submission_number: int = 0
    proof: str = ""
    claim: str = ""  # the name and id it was handed in under, folded
    roster_key: str = ""  # the roster entry it is assigned to; "" for none
    state: str = ACTIVE
    held_reason: str = ""
    held_against: str = ""  # the student key of the submission it conflicts with
    flags: str = ""  # space-separated: what the teacher should know (see services.classroom)
    kept_apart: int = 0  # the teacher said: another student than the one of the same name

    @property
    def held(self) -> bool:
        return self.state == HELD


@dataclass(frozen=True)
class Snapshot:
    """A student's rows as they were, to put back (undo): the submission row (None if there was
    none) and its annotation rows."""

    lesson_id: str
    student_key: str
    row: dict[str, Any] | None
    annotation_rows: list[dict[str, Any]] = field(default_factory=list)
    claim_rows: list[dict[str, Any]] = field(default_factory=list)  # its linked claims


class ClassRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.submissions = db.table("class_submissions")
        self.annotations = db.table("class_annotations")
        # A database from before the roster (schema step m005), opened read-only by a command
        # that only reads, has no state column: every submission in it is in the class.
        self.has_states = "state" in {column.name for column in self.submissions.columns}
        # Likewise a database from before linked claims (m008) has no table of them.
        self.has_claims = "class_linked_claims" in db.table_names()
        self._stored_columns, self._defaults = stored_columns(
            self.annotations, CLASS_RECORD_COLUMNS
        )

    def submission(self, lesson_id: str, student_key: str) -> StoredSubmission | None:
        rows = list(
            self.submissions.rows_where(
                "lesson_id = ? and student_key = ?", [lesson_id, student_key]
            )
        )
        return StoredSubmission(**rows[0]) if rows else None

    def submissions_for(self, lesson_id: str, state: str = ACTIVE) -> list[StoredSubmission]:
        """The class (``state`` active) or the submissions held for the teacher (held)."""
        if not self.has_states:
            if state != ACTIVE:
                return []
            where, args = "lesson_id = ?", [lesson_id]
        else:
            where, args = "lesson_id = ? and state = ?", [lesson_id, state]
        rows = self.submissions.rows_where(
            where, args, order_by="student_name collate nocase, student_key"
        )
        return [StoredSubmission(**row) for row in rows]

    def store(
        self,
        submission: Submission,
        annotations: list[Annotation],
        *,
        key: str,
        source_file: str,
        imported: str,
        identity: dict[str, Any],
        taking_over: str | None = None,
    ) -> None:
        """Stores one submission under ``key``, in one transaction, in place of what ``key``
        held (a resubmission) or, with ``taking_over``, of that other submission (which is
        deleted). ``identity`` gives the columns of who it is from (workspace_id,
        submission_number, proof, claim, roster_key, state, held_reason, held_against, flags).

        The teacher's override and feedback on the student stay; feedback on annotations that
        are still there stays too (matched by annotation id).
        """
        lesson_id = submission.lesson_id
        earlier_key = taking_over or key
        with write_transaction(self.db):
            earlier = self.submission(lesson_id, earlier_key)
            kept_feedback = {
                row["id"]: row["feedback"]
                for row in self.annotations.rows_where(
                    "lesson_id = ? and student_key = ? and feedback != ''",
                    [lesson_id, earlier_key],
                )
            }
            for old_key in {key, earlier_key}:
                for table in ("class_annotations", "class_linked_claims"):
                    self.db.execute(
                        f"delete from {table} where lesson_id = ? and student_key = ?",
                        [lesson_id, old_key],
                    )
            if taking_over and taking_over != key:
                self.submissions.delete((lesson_id, taking_over))
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
                    "kept_apart": 0,
                    **identity,
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
            self.db.conn.executemany(
                "INSERT INTO class_linked_claims (lesson_id, student_key, id, title) "
                "VALUES (?, ?, ?, ?)",
                [(lesson_id, key, claim.id, claim.title) for claim in submission.claims],
            )

    def linked_claims_by_student(self, lesson_id: str) -> dict[str, list[LinkedClaim]]:
        """Each student's claims linked across articles (their members are the student's
        annotations whose ``claim_id`` names them), by student key."""
        if not self.has_claims:
            return {}
        rows = self.db.conn.execute(
            "select student_key, id, title from class_linked_claims where lesson_id = ? "
            "order by student_key, title collate nocase, id",
            [lesson_id],
        )
        claims: dict[str, list[LinkedClaim]] = {}
        for student_key, claim_id, title in rows:
            claims.setdefault(student_key, []).append(LinkedClaim(claim_id, title, lesson_id))
        return claims

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
            f"select {ANNOTATION_RECORD.column_list(self._stored_columns)} from class_annotations "
            "where lesson_id = ? and student_key = ? order by article_id, start, id",
            [lesson_id, student_key],
        )
        return annotations_from_rows(rows, student=name, **self._defaults)  # the submission's

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

    def update(self, lesson_id: str, student_key: str, **columns: Any) -> None:
        """Changes columns of one submission row (its state, roster entry...)."""
        with write_transaction(self.db):
            self.submissions.update((lesson_id, student_key), columns)

    def held_checksums(self, lesson_id: str) -> set[str]:
        if not self.has_states:
            return set()
        rows = self.db.execute(
            "select checksum from class_submissions where lesson_id = ? and state = ?",
            [lesson_id, HELD],
        )
        return {row[0] for row in rows}

    def unassign_roster(self, roster_keys: set[str]) -> None:
        """Takes the roster entries ``roster_keys`` (gone from the roster) off every
        submission."""
        with write_transaction(self.db):
            for roster_key in roster_keys:
                self.db.execute(
                    "update class_submissions set roster_key = '' where roster_key = ?",
                    [roster_key],
                )

    def take_over_judgement(self, lesson_id: str, key: str, from_key: str) -> None:
        """Gives ``key`` the teacher's override and feedback on ``from_key``, and the feedback
        on each annotation both have (the same student's later submission)."""
        earlier = self.submission(lesson_id, from_key)
        if earlier is None:
            return
        with write_transaction(self.db):
            self.submissions.update(
                (lesson_id, key), {"override": earlier.override, "feedback": earlier.feedback}
            )
            self.db.execute(
                "update class_annotations set feedback = ("
                " select f.feedback from class_annotations f"
                " where f.lesson_id = class_annotations.lesson_id and f.student_key = ?"
                " and f.id = class_annotations.id)"
                " where lesson_id = ? and student_key = ? and exists ("
                " select 1 from class_annotations f where f.lesson_id = ?"
                " and f.student_key = ? and f.id = class_annotations.id and f.feedback != '')",
                [from_key, lesson_id, key, lesson_id, from_key],
            )

    # -- removing and putting back (the review window's undo)

    def snapshot(self, lesson_id: str, student_key: str) -> Snapshot:
        row = next(
            iter(
                self.submissions.rows_where(
                    "lesson_id = ? and student_key = ?", [lesson_id, student_key]
                )
            ),
            None,
        )
        annotation_rows = list(
            self.annotations.rows_where(
                "lesson_id = ? and student_key = ?", [lesson_id, student_key]
            )
        )
        claim_rows = (
            list(
                self.db.table("class_linked_claims").rows_where(
                    "lesson_id = ? and student_key = ?", [lesson_id, student_key]
                )
            )
            if self.has_claims
            else []
        )
        return Snapshot(lesson_id, student_key, row, annotation_rows, claim_rows)

    def remove(self, lesson_id: str, student_key: str) -> Snapshot:
        """Deletes one submission (active or held) and its annotations; returns them, to put
        back."""
        with write_transaction(self.db):
            snapshot = self.snapshot(lesson_id, student_key)
            for table in ("class_annotations", "class_linked_claims"):
                self.db.execute(
                    f"delete from {table} where lesson_id = ? and student_key = ?",
                    [lesson_id, student_key],
                )
            self.db.execute(
                "delete from class_submissions where lesson_id = ? and student_key = ?",
                [lesson_id, student_key],
            )
        return snapshot

    def put_back(self, snapshots: list[Snapshot]) -> None:
        """Makes each snapshot's student as it was, in one transaction: its rows replace what
        is there now (none, if the snapshot has none)."""
        with write_transaction(self.db):
            for snap in snapshots:
                args = [snap.lesson_id, snap.student_key]
                for table in ("class_annotations", "class_linked_claims"):
                    self.db.execute(
                        f"delete from {table} where lesson_id = ? and student_key = ?", args
                    )
                self.db.execute(
                    "delete from class_submissions where lesson_id = ? and student_key = ?", args
                )
                if snap.row is not None:
                    self.submissions.insert(snap.row)
                if snap.annotation_rows:
                    self.annotations.insert_all(snap.annotation_rows)
                if snap.claim_rows:
                    self.db.table("class_linked_claims").insert_all(snap.claim_rows)

    def _name(self, lesson_id: str, student_key: str) -> str:
        stored = self.submission(lesson_id, student_key)
        return stored.student_name if stored else ""


_class_row = itemgetter(*CLASS_COLUMNS)


def _row(lesson_id: str, key: str, annotation: Annotation, feedback: str) -> tuple:
    """The values of :data:`CLASS_COLUMNS` for one annotation of a stored submission."""
    row = annotation_to_row(annotation)
    row |= {"lesson_id": lesson_id, "student_key": key, "feedback": feedback}
    return _class_row(row)
