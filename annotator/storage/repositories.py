"""Repositories: the only code that knows how annotations, settings and lessons sit in tables."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.lessons.lesson import Lesson
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector
from annotator.storage.database import write_transaction


def annotation_to_row(annotation: Annotation) -> dict[str, Any]:
    return {
        "id": annotation.id,
        "lesson_id": annotation.lesson_id,
        "lesson_version": annotation.lesson_version,
        "pack_hash": annotation.pack_hash,
        "article_id": annotation.article_id,
        "tag": annotation.tag,
        "note": annotation.note,
        "student": annotation.student,
        "start": annotation.position.start,
        "end": annotation.position.end,
        "exact": annotation.quote.exact,
        "prefix": annotation.quote.prefix,
        "suffix": annotation.quote.suffix,
        "created": annotation.created,
        "modified": annotation.modified,
        "orphaned": int(annotation.orphaned),
        "deleted": None,
    }


class AnnotationRepository:
    """Annotations by lesson. Deleting only marks a row, so a deletion can always be undone."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("annotations")

    def add(self, annotation: Annotation) -> None:
        # One prepared INSERT: sqlite-utils' insert() would also look the table up in
        # sqlite_master and wrap the row in a savepoint, on the path of every tag.
        row = annotation_to_row(annotation)
        columns = ", ".join(f"[{column}]" for column in row)
        sql = f"INSERT INTO annotations ({columns}) VALUES ({', '.join('?' * len(row))})"
        with write_transaction(self.db):
            self.db.conn.execute(sql, list(row.values()))

    def save(self, annotation: Annotation) -> None:
        """Writes every field of an annotation (tag, note, position...); undeletes it too."""
        self.save_many([annotation])

    def save_many(self, annotations: list[Annotation]) -> None:
        with write_transaction(self.db):
            for annotation in annotations:
                self.table.upsert(annotation_to_row(annotation), pk="id")

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
            f"select {ANNOTATION_COLUMNS} from annotations where {where} "
            f"order by {order}, start, id",
            params,
        )
        return annotations_of_rows(rows)


# The columns annotations_of_rows() takes, in its order. A table without one of them selects
# it as a bound value (class_annotations has no student column, for one).
ANNOTATION_COLUMNS = (
    "id, lesson_id, article_id, tag, start, [end], exact, prefix, suffix, student, note, "
    "created, modified, lesson_version, pack_hash, orphaned"
)


def annotations_of_rows(rows: Iterable[tuple]) -> list[Annotation]:
    """Annotations from plain row tuples (:data:`ANNOTATION_COLUMNS`), built positionally.

    Opening a lesson reads all of its annotations, and the teacher's review reads the whole
    class (12,000 rows for 40 x 300): sqlite-utils' ``rows_where`` (a dict per row) with an
    Annotation built by keyword arguments took 1.3 to 2 times as long.
    """
    return [
        Annotation(
            id_,
            lesson_id,
            article_id,
            tag,
            TextPositionSelector(start, end),
            TextQuoteSelector(exact, prefix or "", suffix or ""),
            student or "",
            note or "",
            created,
            modified or created,
            lesson_version or "",
            pack_hash or "",
            bool(orphaned),
        )
        for (
            id_,
            lesson_id,
            article_id,
            tag,
            start,
            end,
            exact,
            prefix,
            suffix,
            student,
            note,
            created,
            modified,
            lesson_version,
            pack_hash,
            orphaned,
        ) in rows
    ]


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
