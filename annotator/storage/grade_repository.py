"""The ``grades`` table: the class's grades as last computed, for the teacher to query."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from annotator.storage.database import write_transaction


class GradeRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.grades = db.table("grades")

    def replace(self, lesson_id: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """The lesson's grades become ``rows`` (one per student), in one transaction: a student
        who is no longer in the class has no row left.

        Rows equal to the stored ones but for when they were graded are not written again: the
        review window grades the class each time it opens, and an unchanged class should cost
        a read, not a synced write.
        """
        rows = [{**row, "lesson_id": lesson_id} for row in rows]
        if _without_time(rows) == _without_time(self._stored(lesson_id)):
            return
        with write_transaction(self.db):
            self.grades.delete_where("lesson_id = ?", [lesson_id])
            self.grades.insert_all(rows)

    def _stored(self, lesson_id: str) -> list[dict[str, Any]]:
        if not self.grades.exists():
            return []
        return list(self.grades.rows_where("lesson_id = ?", [lesson_id]))

    def set_final(self, lesson_id: str, student_key: str, override: float | None) -> None:
        """The teacher's override, and the final grade it makes, on a row already written (the
        override if set, else the automatic score)."""
        with write_transaction(self.db):
            self.db.execute(
                "update grades set override = ?, final = coalesce(?, score) "
                "where lesson_id = ? and student_key = ?",
                [override, override, lesson_id, student_key],
            )

    def for_lesson(self, lesson_id: str) -> list[dict[str, Any]]:
        return list(
            self.grades.rows_where(
                "lesson_id = ?", [lesson_id], order_by="student_name, student_key"
            )
        )


def _without_time(rows: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Rows by student, without the time they were graded: what makes two gradings the same."""
    return {row["student_key"]: {k: v for k, v in row.items() if k != "graded"} for row in rows}
