"""The student's linked claims (``core/annotations/linked_claim.py``) in ``linked_claims``.

A claim's members are not stored here: they are the annotations whose ``claim_id`` is its id.
Deleting a claim only marks it, as deleting an annotation does, so undo brings it back.
"""

from __future__ import annotations

import sqlite_utils

from annotator.core.annotations.annotation import now_iso
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.storage.database import write_transaction


class LinkedClaimRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("linked_claims")

    def save(self, claim: LinkedClaim) -> None:
        """Writes a claim (new, renamed, or deleted and now restored)."""
        row = {
            "id": claim.id,
            "lesson_id": claim.lesson_id,
            "title": claim.title,
            "created": claim.created,
            "deleted": None,
        }
        with write_transaction(self.db):
            self.table.upsert(row, pk="id")

    def delete(self, claim_id: str) -> None:
        with write_transaction(self.db):
            self.table.update(claim_id, {"deleted": now_iso()})

    def for_lesson(self, lesson_id: str) -> list[LinkedClaim]:
        rows = self.db.conn.execute(
            "select id, title, lesson_id, created from linked_claims "
            "where lesson_id = ? and deleted is null order by title collate nocase, id",
            [lesson_id],
        )
        return [LinkedClaim(*row) for row in rows]

    def get(self, claim_id: str) -> LinkedClaim | None:
        row = self.db.conn.execute(
            "select id, title, lesson_id, created from linked_claims "
            "where id = ? and deleted is null",
            [claim_id],
        ).fetchone()
        return LinkedClaim(*row) if row else None
