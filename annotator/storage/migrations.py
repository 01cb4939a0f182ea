"""The database schema, as numbered steps run by sqlite-utils' ``Migrations``.

Each step runs once, in its own transaction, recorded in ``_sqlite_migrations``. A step is never
edited after it ships; a change of schema is a new step at the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import sqlite_utils
from sqlite_utils import Migrations

MIGRATIONS = Migrations("annotator")
MIGRATION_NAMES: list[str] = []

# The span and times of an annotation as the first version stored them, in both of its tables
# (m001 and m004). History: this must never change, or a new database would differ from one
# made before. A new field of the record gets a new step (add_column on both tables).
V1_SPAN_COLUMNS: Mapping[str, type] = MappingProxyType(
    {
        "start": int,
        "end": int,
        "exact": str,
        "prefix": str,
        "suffix": str,
        "created": str,
        "modified": str,
    }
)


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
            **V1_SPAN_COLUMNS,
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


@step
def m004_class_review(db: sqlite_utils.Database) -> None:
    """The teacher's side: imported submissions and their annotations, kept apart from the
    annotations made on this machine, with the teacher's overrides and feedback."""
    db["class_submissions"].create(
        {
            "lesson_id": str,
            "student_key": str,
            "student_name": str,
            "student_id": str,
            "lesson_version": str,
            "content_hash": str,
            "submitted": str,
            "checksum": str,
            "source_file": str,
            "imported": str,
            "orphans": int,
            "override": float,
            "feedback": str,
        },
        pk=("lesson_id", "student_key"),
        defaults={"feedback": "", "orphans": 0},
    )
    db["class_annotations"].create(
        {
            "lesson_id": str,
            "student_key": str,
            "id": str,
            "article_id": str,
            "tag": str,
            "note": str,
            **V1_SPAN_COLUMNS,
            "lesson_version": str,
            "pack_hash": str,
            "orphaned": int,
            "feedback": str,
        },
        pk=("lesson_id", "student_key", "id"),
        defaults={"feedback": "", "note": "", "orphaned": 0},
    )
    db["class_annotations"].create_index(["lesson_id", "student_key"])


@step
def m005_roster(db: sqlite_utils.Database) -> None:
    """Who handed in what: the class roster, and each imported submission's workspace (id,
    submission number, proof), its claim (the name and id it was handed in under, folded), its
    roster entry, and whether it is in the class or held for the teacher to decide."""
    db["class_roster"].create(
        {
            "roster_key": str,
            "position": int,
            "name": str,
            "canvas_id": str,
            "sis_user_id": str,
            "sis_login_id": str,
            "section": str,
        },
        pk="roster_key",
        not_null={"name"},
        defaults={"canvas_id": "", "sis_user_id": "", "sis_login_id": "", "section": ""},
    )
    submissions = db["class_submissions"]
    for name, kind, default in (
        ("workspace_id", str, ""),
        ("submission_number", int, 0),
        ("proof", str, ""),
        ("claim", str, ""),
        ("roster_key", str, ""),
        ("state", str, "active"),
        ("held_reason", str, ""),
        ("held_against", str, ""),
        ("flags", str, ""),
        ("kept_apart", int, 0),
    ):
        submissions.add_column(name, kind, not_null_default=default)
    # The claim of a submission imported before: its name and id folded as this step folds them
    # (frozen here: a later change of the app's folding must not change what this step did).
    for row in list(submissions.rows):
        claim = f"{_fold_v1(row['student_name'])}\n{_fold_v1(row['student_id'] or '')}"
        submissions.update((row["lesson_id"], row["student_key"]), {"claim": claim})
    submissions.create_index(["lesson_id", "state"])
    submissions.create_index(["lesson_id", "workspace_id"])


def _fold_v1(text: str) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@step
def m006_grades(db: sqlite_utils.Database) -> None:
    """The class's grades as last computed, one row per student of a lesson, for the teacher to
    query with any SQLite tool (Datasette, a spreadsheet's SQL import): the automatic score, the
    points behind it, the highlights by outcome, the older statistics and the final grade."""
    db["grades"].create(
        {
            "lesson_id": str,
            "student_key": str,
            "student_name": str,
            "student_id": str,
            "score": float,  # the automatic score, 0-100; NULL when the lesson has no key
            "points": float,  # the points credited
            "target": float,  # the points that make 100
            "key_points": float,  # the points of all the key's claims
            "credited": int,  # highlights by outcome (docs/grading.md)
            "partial": int,
            "wrong_tag": int,
            "near": int,
            "not_in_key": int,
            "orphaned": int,
            "claims_found": int,  # claims found with a tag the key accepts
            "claims_missed": int,  # claims no highlight earned
            "precision": float,
            "recall": float,
            "f1": float,
            "override": float,  # the teacher's score, when there is one
            "final": float,  # the override if set, else the score
            "lesson_version": str,
            "graded": str,  # when (UTC, ISO 8601)
        },
        pk=("lesson_id", "student_key"),
    )


@step
def m007_key_changes(db: sqlite_utils.Database) -> None:
    """The teacher's changes to a lesson's answer key, learnt from the class: claims accepted
    into the key, suggestions dismissed, and highlights credited for one student alone
    (``core/classroom/key_changes.py``). One row a change; undoing one deletes its row."""
    db["key_changes"].create(
        {
            "id": str,
            "lesson_id": str,
            "kind": str,  # accept, dismiss or credit
            "article_id": str,
            "start": int,  # the span, as the article's text stood when it was made
            "end": int,
            "exact": str,
            "prefix": str,
            "suffix": str,
            "tag": str,  # the claim's tag (accept), the highlight's (credit)
            "note": str,
            "points": float,  # what the claim (accept) or the credit is worth
            "students": int,  # how many students had tagged the span then
            "student_key": str,  # credit: whose highlight
            "annotation_id": str,  # credit: which
            "created": str,
        },
        pk="id",
        not_null={"lesson_id", "kind", "article_id", "start", "end", "exact"},
        defaults={
            "prefix": "",
            "suffix": "",
            "tag": "",
            "note": "",
            "points": 0.0,
            "students": 0,
            "student_key": "",
            "annotation_id": "",
            "created": "",
        },
    )
    db["key_changes"].create_index(["lesson_id"])


@step
def m008_linked_claims(db: sqlite_utils.Database) -> None:
    """Claims linked across articles (``core/annotations/linked_claim.py``): each annotation's
    linked claim and whom its outlet credits, in both annotation tables; the student's linked
    claims (a deleted one is marked, so undo restores it) and each class submission's."""
    for table in ("annotations", "class_annotations"):
        db[table].add_column("claim_id", str, not_null_default="")
        db[table].add_column("attribution", str, not_null_default="")
    db["linked_claims"].create(
        {"id": str, "lesson_id": str, "title": str, "created": str, "deleted": str},
        pk="id",
        not_null={"lesson_id", "title"},
        defaults={"created": ""},
    )
    db["linked_claims"].create_index(["lesson_id", "deleted"])
    db["class_linked_claims"].create(
        {"lesson_id": str, "student_key": str, "id": str, "title": str},
        pk=("lesson_id", "student_key", "id"),
        not_null={"title"},
    )
