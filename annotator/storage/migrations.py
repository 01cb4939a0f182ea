"""The database schema, as numbered steps run by sqlite-utils' ``Migrations``.

Each step runs once, in its own transaction, recorded in ``_sqlite_migrations``. A step is never
edited after it ships; a change of schema is a new step at the end.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

MIGRATIONS = Migrations("annotator")
MIGRATION_NAMES: list[str] = []


def step(func):
    MIGRATION_NAMES.append(func.__name__)
    return MIGRATIONS(name=func.__name__)(func)


@step
def m001_annotations(db: sqlite_utils.Database) -> None:
    db["annotations"].create(
        {
            "id": str,
            "lesson_id": str,
            "lesson_version": str,
            "pack_hash": str,
            "article_id": str,
            "tag": str,
            "note": str,
            "student": str,
            "start": int,
            "end": int,
            "exact": str,
            "prefix": str,
            "suffix": str,
            "created": str,
            "modified": str,
            "orphaned": int,
            "deleted": str,  # NULL while the annotation stands; deletion is undoable
        },
        pk="id",
        not_null={"lesson_id", "article_id", "tag", "start", "end", "exact", "created"},
        defaults={"note": "", "student": "", "orphaned": 0, "prefix": "", "suffix": ""},
    )
    db["annotations"].create_index(["lesson_id", "deleted"])


@step
def m002_settings(db: sqlite_utils.Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")


@step
def m003_lessons(db: sqlite_utils.Database) -> None:
    """Lessons opened on this machine: for the recent list and to notice a new pack version."""
    db["lessons"].create(
        {
            "lesson_id": str,
            "version": str,
            "content_hash": str,
            "title": str,
            "source": str,
            "opened": str,
        },
        pk="lesson_id",
    )
