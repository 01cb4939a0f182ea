"""The class roster in the teacher's database (table ``class_roster``): one for the database,
whatever the lesson, as a teacher's class is."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

import sqlite_utils

from annotator.core.classroom.identity import fold
from annotator.core.classroom.roster import RosterEntry
from annotator.storage.database import write_transaction

_FIELDS = ("name", "canvas_id", "sis_user_id", "sis_login_id", "section")


@dataclass(frozen=True)
class RosterChange:
    """What taking a roster file changed."""

    added: tuple[RosterEntry, ...]
    updated: tuple[RosterEntry, ...]
    removed: tuple[RosterEntry, ...]
    unchanged: int


class RosterRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.table = db.table("class_roster")

    def entries(self) -> list[RosterEntry]:
        if not self.table.exists():  # a database from before the roster, read-only
            return []
        rows = self.table.rows_where(order_by="position, name collate nocase")
        return [_entry(row) for row in rows]

    def entry(self, key: str) -> RosterEntry | None:
        rows = list(self.table.rows_where("roster_key = ?", [key]))
        return _entry(rows[0]) if rows else None

    def replace_all(self, entries: Sequence[RosterEntry]) -> RosterChange:
        """Makes ``entries`` the roster, in one transaction. An entry already there (the same
        Canvas id, else SIS User ID, else SIS Login ID, else the same name when only one has
        it) keeps its key, so the submissions assigned to it stay assigned."""
        with write_transaction(self.db):
            old = self.entries()
            kept: dict[str, RosterEntry] = {}
            added, updated = [], []
            unchanged = 0
            for position, entry in enumerate(entries):
                found = _same_student(entry, [e for e in old if e.key not in kept])
                key = found.key if found else _new_key()
                stored = replace(entry, key=key)
                kept[key] = stored
                if found is None:
                    added.append(stored)
                elif found != stored:
                    updated.append(stored)
                else:
                    unchanged += 1
                self.table.upsert(_row(stored, position), pk="roster_key")
            removed = [e for e in old if e.key not in kept]
            for entry in removed:
                self.table.delete(entry.key)
        return RosterChange(tuple(added), tuple(updated), tuple(removed), unchanged)

    def save(self, entry: RosterEntry) -> RosterEntry:
        """Adds the entry (when its key is "") or changes it; returns it as stored."""
        with write_transaction(self.db):
            if not entry.key:
                entry = replace(entry, key=_new_key())
                position = self.db.execute(
                    "select coalesce(max(position), -1) + 1 from class_roster"
                ).fetchone()[0]
            else:
                rows = list(self.table.rows_where("roster_key = ?", [entry.key]))
                position = rows[0]["position"] if rows else 0
            self.table.upsert(_row(entry, position), pk="roster_key")
        return entry

    def delete(self, key: str) -> None:
        with write_transaction(self.db):
            self.table.delete_where("roster_key = ?", [key])


def _entry(row: dict) -> RosterEntry:
    return RosterEntry(row["roster_key"], *(row[name] or "" for name in _FIELDS))


def _row(entry: RosterEntry, position: int) -> dict:
    fields = asdict(entry)
    return {"roster_key": fields.pop("key"), "position": position, **fields}


def _new_key() -> str:
    return "r-" + uuid.uuid4().hex[:12]


def _same_student(entry: RosterEntry, old: Sequence[RosterEntry]) -> RosterEntry | None:
    for field in ("canvas_id", "sis_user_id", "sis_login_id"):
        value = fold(getattr(entry, field))
        if value:
            found = [e for e in old if fold(getattr(e, field)) == value]
            if found:
                return found[0]
    named = [e for e in old if fold(e.name) == fold(entry.name)]
    return named[0] if len(named) == 1 else None
