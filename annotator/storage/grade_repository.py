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
        who is no longer in the class has no row left."""
        with write_transaction(self.db):
            self.grades.delete_where("lesson_id = ?", [lesson_id])
            self.grades.insert_all([{**row, "lesson_id": lesson_id} for row in rows])

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
