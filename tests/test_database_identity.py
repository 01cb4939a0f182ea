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


def _hold(path) -> sqlite3.Connection:
    """Another program holding the database: an exclusive lock with a write in progress."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("insert into settings values ('held', '1')")
    return conn


def test_a_database_held_by_another_program_is_a_clear_bounded_wait(tmp_path, monkeypatch):
    from annotator.storage import database as storage
    from annotator.storage.database import DatabaseBusyError

    path = tmp_path / "work.db"
    open_database(path).close()
    before = _bytes_of(path)
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 300)
    holder = _hold(path)
    try:
        with pytest.raises(DatabaseBusyError, match=r"work\.db is busy: another program"):
            open_database(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _bytes_of(path)[""] == before[""]
    open_database(path).close()


def test_the_app_offers_a_retry_while_the_database_is_held(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from annotator.qt.app import _refuse_database, start_main_window
    from annotator.storage import database as storage

    path = tmp_path / "work.db"
    open_database(path).close()
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 300)
    holder = _hold(path)
    window = start_main_window(path, student="Ada", on_database_error=_refuse_database)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "database-error") is not None)
        box = window.findChild(QMessageBox, "database-error")
        assert "busy" in box.text()
        assert not window.ready
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    box.button(QMessageBox.StandardButton.Retry).click()
    qtbot.waitUntil(lambda: window.ready)
    window.close()
    window.database.close()


def _older(path) -> None:
    """The file as an Annotator from before the class review left it: its first three steps,
    without the tables of every later one."""
    first = {"annotations", "settings", "lessons", "_sqlite_migrations"}
    conn = sqlite3.connect(path)
    tables = [row[0] for row in conn.execute("select name from sqlite_master where type='table'")]
    for table in tables:
        if table not in first and not table.startswith("sqlite_"):
            conn.execute(f"drop table {table}")
    for column in ("claim_id", "attribution"):  # added to the annotations by m008
        conn.execute(f"alter table annotations drop column {column}")
    conn.execute("delete from _sqlite_migrations where name >= 'm004'")
    conn.commit()
    conn.close()


def test_an_upgrade_copies_the_old_file_aside_first(tmp_path):
    path = tmp_path / "work.db"
    with open_database(path) as database:
        database.conn.execute("insert into settings values ('student_name', '\"Ada\"')")
    _older(path)
    with open_database(path) as database:
        copy = database.copy_before_upgrade
        assert copy == tmp_path / "work.schema-3.db"
        tables = {row[0] for row in database.conn.execute("select name from sqlite_master")}
        assert "class_submissions" in tables
    old = sqlite3.connect(copy)
    assert old.execute("select value from settings").fetchall() == [('"Ada"',)]
    assert "class_submissions" not in {r[0] for r in old.execute("select name from sqlite_master")}
    with open_database(path) as database:
        assert database.copy_before_upgrade is None  # up to date: nothing to copy


def test_an_upgrade_that_fails_half_way_leaves_the_old_schema_whole(tmp_path, monkeypatch):
    from annotator.storage import migrations

    path = tmp_path / "work.db"
    open_database(path).close()
    _older(path)
    conn = sqlite3.connect(path)  # older still: two steps to run, the second of which fails
    conn.execute("drop table lessons")
    conn.execute("delete from _sqlite_migrations where name = 'm003_lessons'")
    conn.commit()
    conn.close()
    original = migrations.m004_class_review

    def failing(db) -> None:
        original(db)
        raise RuntimeError("the disk went away")

    step = next(m for m in migrations.MIGRATIONS._migrations if m.name == "m004_class_review")
    monkeypatch.setattr(step, "fn", failing)
    with pytest.raises(RuntimeError):
        open_database(path)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("select name from sqlite_master")}
    assert "class_submissions" not in tables and "lessons" not in tables
    names = [r[0] for r in conn.execute("select name from _sqlite_migrations")]
    assert "m003_lessons" not in names and "m004_class_review" not in names
