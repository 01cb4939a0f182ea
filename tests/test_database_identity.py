"""One database file, one writer, whatever its name; a file that is not ours is never written.

Each test here is a way the app was fooled before: a second instance through a symbolic link,
SQLite's "disk I/O error" through a hard link, another program's SQLite file gaining the app's
tables and a switch to WAL, and a newer file in rollback-journal mode switched to WAL while the
message said it was left untouched.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from annotator.storage.database import (
    APPLICATION_ID,
    DatabaseError,
    DatabaseInUseError,
    open_database,
)


def _bytes_of(path) -> dict[str, bytes]:
    """The file and any journal beside it, to show that nothing was written."""
    found = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            found[suffix] = companion.read_bytes()
    return found


def test_a_symbolic_link_to_an_open_database_is_the_same_database(tmp_path):
    path = tmp_path / "work.db"
    link = tmp_path / "link.db"
    link.symlink_to(path)
    with open_database(path), pytest.raises(DatabaseInUseError, match="already open"):
        open_database(link)


def test_a_database_with_a_second_name_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "work.db"
    open_database(path).close()
    os.link(path, tmp_path / "other-name.db")
    with pytest.raises(DatabaseError, match=r"other-name\.db has a second name \(a hard link"):
        open_database(tmp_path / "other-name.db")


def test_a_new_database_carries_the_apps_application_id(tmp_path):
    path = tmp_path / "work.db"
    with open_database(path) as database:
        assert database.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_another_programs_sqlite_file_is_refused_without_a_byte_written(tmp_path):
    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("create table recipes (name text, minutes integer)")
    conn.execute("insert into recipes values ('soup', 40)")
    conn.commit()
    conn.close()
    before = _bytes_of(path)
    with pytest.raises(DatabaseError, match=r"recipes\.db is not an Annotator database"):
        open_database(path)
    assert _bytes_of(path) == before
    tables = sqlite3.connect(path).execute("select name from sqlite_master").fetchall()
    assert tables == [("recipes",)]


def test_a_newer_database_in_rollback_journal_mode_is_left_as_it_was(tmp_path):
    path = tmp_path / "work.db"
    with open_database(path) as database:
        database.db["_sqlite_migrations"].insert(
            {"migration_set": "annotator", "name": "m999_future", "applied_at": "2030"}
        )
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _bytes_of(path)
    with pytest.raises(DatabaseError, match="newer version of Annotator"):
        open_database(path)
    assert _bytes_of(path) == before
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_an_empty_sqlite_file_and_an_older_annotator_file_are_taken(tmp_path):
    """A blank SQLite file (made by a teacher's tool) is empty, so the app may use it; a file
    of an older Annotator (no application id yet) is recognised by its migrations table."""
    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).execute("PRAGMA user_version = 0").connection.close()
    open_database(blank).close()
    older = tmp_path / "older.db"
    with open_database(older) as database:
        database.conn.execute("PRAGMA application_id = 0")
    with open_database(older) as database:
        assert database.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
