"""The teacher's changes to a lesson's answer key (table ``key_changes``, ``m007_key_changes``),
in the order they were made."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from annotator.core.classroom.key_changes import KeyChange
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector
from annotator.storage.database import write_transaction


class KeyChangeRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("key_changes")

    def for_lesson(self, lesson_id: str) -> list[KeyChange]:
        if not self.table.exists():  # a database from before key changes, opened read-only
            return []
        rows = self.table.rows_where("lesson_id = ?", [lesson_id], order_by="rowid")
        return [_change(row) for row in rows]

    def add(self, lesson_id: str, change: KeyChange) -> None:
        """Stores ``change`` (again, after an undo: the same id and fields)."""
        with write_transaction(self.db):
            self.table.insert(_row(lesson_id, change), replace=True)

    def remove(self, lesson_id: str, change_id: str) -> bool:
        """Deletes the change; whether there was one."""
        with write_transaction(self.db):
            cursor = self.db.execute(
                "delete from key_changes where lesson_id = ? and id = ?", [lesson_id, change_id]
            )
            return cursor.rowcount > 0


def _row(lesson_id: str, change: KeyChange) -> dict[str, Any]:
    return {
        "id": change.id,
        "lesson_id": lesson_id,
        "kind": change.kind,
        "article_id": change.article_id,
        "start": change.position.start,
        "end": change.position.end,
        "exact": change.quote.exact,
        "prefix": change.quote.prefix,
        "suffix": change.quote.suffix,
        "tag": change.tag,
        "note": change.note,
        "points": change.points,
        "students": change.students,
        "student_key": change.student_key,
        "annotation_id": change.annotation_id,
        "created": change.created,
    }


def _change(row: dict[str, Any]) -> KeyChange:
    return KeyChange(
        id=row["id"],
        kind=row["kind"],
        article_id=row["article_id"],
        position=TextPositionSelector(row["start"], row["end"]),
        quote=TextQuoteSelector(row["exact"], row["prefix"], row["suffix"]),
        tag=row["tag"],
        note=row["note"],
        points=row["points"],
        students=row["students"],
        student_key=row["student_key"],
        annotation_id=row["annotation_id"],
        created=row["created"],
    )
