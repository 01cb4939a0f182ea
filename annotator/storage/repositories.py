"""Repositories: the only code that knows how annotations, settings and lessons sit in tables."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.annotations.record import (
    ANNOTATION_RECORD,
    annotation_to_row,
    annotations_from_rows,
)
from annotator.core.lessons.lesson import Lesson
from annotator.storage.database import write_transaction


class AnnotationRepository:
    """Annotations by lesson. Deleting only marks a row, so a deletion can always be undone."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("annotations")
        self._columns, self._defaults = stored_columns(self.table, ANNOTATION_RECORD.columns)

    def add(self, annotation: Annotation) -> None:
        # One prepared INSERT: sqlite-utils' insert() would also look the table up in
        # sqlite_master and wrap the row in a savepoint, on the path of every tag.
        row = _stored(annotation)
        columns = ANNOTATION_RECORD.column_list(row)
        sql = f"INSERT INTO annotations ({columns}) VALUES ({', '.join('?' * len(row))})"
        with write_transaction(self.db):
            self.db.conn.execute(sql, list(row.values()))

    def save(self, annotation: Annotation) -> None:
        """Writes every field of an annotation (tag, note, position...); undeletes it too."""
        self.save_many([annotation])

    def save_many(self, annotations: list[Annotation]) -> None:
        with write_transaction(self.db):
            for annotation in annotations:
                self.table.upsert(_stored(annotation), pk="id")

    def delete(self, annotation_id: str) -> None:
        with write_transaction(self.db):
            self.table.update(annotation_id, {"deleted": now_iso()})

    def get(self, annotation_id: str) -> Annotation | None:
        found = self._read("id = ? and deleted is null", [annotation_id], "lesson_id")
        return found[0] if found else None

    def for_lesson(self, lesson_id: str) -> list[Annotation]:
        return self._read("lesson_id = ? and deleted is null", [lesson_id], "article_id")

    def all(self) -> list[Annotation]:
        return self._read("deleted is null", [], "lesson_id, article_id")

    def _read(self, where: str, params: list[Any], order: str) -> list[Annotation]:
        rows = self.db.conn.execute(
            f"select {ANNOTATION_RECORD.column_list(self._columns)} from annotations "
            f"where {where} order by {order}, start, id",
            params,
        )
        return annotations_from_rows(rows, **self._defaults)


def stored_columns(
    table: sqlite_utils.db.Table, columns: tuple[str, ...]
) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The record's ``columns`` that ``table`` has, and a default for each it lacks: a database
    opened read-only is not migrated, so one from before a field was added lacks its column
    (claim_id and attribution, m008) and reads as if each were empty."""
    have = {column.name for column in table.columns}
    by_name = ANNOTATION_RECORD.by_name
    missing = {name: by_name[name].kind() for name in columns if name not in have}
    return tuple(name for name in columns if name in have), missing


def _stored(annotation: Annotation) -> dict[str, Any]:
    """The row of an annotation that stands: its record and no time of deletion (saving a
    deleted annotation again brings it back)."""
    return {**annotation_to_row(annotation), "deleted": None}


class SettingsRepository:
    """Small user settings (the student's name, the last lesson), as JSON values."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("settings")

    def get(self, key: str, default: Any = None) -> Any:
        rows = list(self.table.rows_where("key = ?", [key]))
        return json.loads(rows[0]["value"]) if rows else default

    def set(self, key: str, value: Any) -> None:
        with write_transaction(self.db):
            self.table.upsert({"key": key, "value": json.dumps(value)}, pk="key")


class LessonRepository:
    """The lessons opened on this machine, most recent first."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("lessons")

    def seen(self, lesson_id: str) -> dict[str, Any] | None:
        rows = list(self.table.rows_where("lesson_id = ?", [lesson_id]))
        return rows[0] if rows else None

    def record_opened(self, lesson: Lesson) -> None:
        with write_transaction(self.db):
            self.table.upsert(
                {
                    "lesson_id": lesson.id,
                    "version": lesson.version,
                    "content_hash": lesson.content_hash,
                    "title": lesson.title,
                    "source": lesson.source,
                    "opened": now_iso(),
                },
                pk="lesson_id",
            )

    def recent(self, limit: int = 8) -> list[dict[str, Any]]:
        return list(self.table.rows_where(order_by="opened desc", limit=limit))
