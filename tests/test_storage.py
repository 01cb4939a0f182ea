"""The database: saved means saved, bad files are refused by name and never touched."""

import os
import shutil
import sqlite3
import subprocess

import pytest

from annotator.core.annotations.annotation import new_annotation
from annotator.storage.database import DatabaseError, DatabaseInUseError, open_database
from annotator.storage.migrations import MIGRATION_NAMES
from annotator.storage.repositories import AnnotationRepository


def _annotation(text="The quick brown fox", start=4, end=9, tag="FACT"):
    return new_annotation(
        text=text, start=start, end=end, lesson_id="l1", article_id="a1", tag=tag, student="Ada"
    )


def test_pragmas_and_schema(db_path):
    with open_database(db_path) as database:
        conn = database.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        applied = [r[0] for r in conn.execute("select name from _sqlite_migrations")]
        assert applied == MIGRATION_NAMES


def test_a_saved_annotation_is_visible_to_another_connection_at_once(db_path):
    annotation = _annotation()
    with open_database(db_path) as database:
        AnnotationRepository(database.db).add(annotation)
        other = sqlite3.connect(db_path)
        row = other.execute("select tag, exact from annotations where id = ?", [annotation.id])
        assert row.fetchone() == ("FACT", "quick")
        other.close()


def test_delete_is_undoable_and_reopen_shows_the_same(db_path):
    kept, deleted = _annotation(), _annotation(start=10, end=15)
    with open_database(db_path) as database:
        repo = AnnotationRepository(database.db)
        repo.add(kept)
        repo.add(deleted)
        repo.delete(deleted.id)
        assert [a.id for a in repo.for_lesson("l1")] == [kept.id]
        repo.save(deleted)  # undo the deletion
        assert {a.id for a in repo.for_lesson("l1")} == {kept.id, deleted.id}
    with open_database(db_path) as database:
        assert {a for a in AnnotationRepository(database.db).for_lesson("l1")} == {kept, deleted}


def test_a_second_instance_gets_a_clear_message(db_path):
    with open_database(db_path), pytest.raises(DatabaseInUseError, match="already open"):
        open_database(db_path)


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path):
    path = tmp_path / "essay.db"
    path.write_bytes(b"My essay about the news, not a database." * 20)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"essay\.db is not an Annotator database"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_and_untouched(db_path):
    with open_database(db_path) as database:
        database.db["_sqlite_migrations"].insert(
            {"migration_set": "annotator", "name": "m999_future", "applied_at": "2030"}
        )
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of Annotator"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_damaged_database_is_refused(db_path):
    with open_database(db_path) as database:
        repo = AnnotationRepository(database.db)
        for i in range(400):
            repo.add(_annotation(text="x" * 50 + " word " * 200, start=i, end=i + 3))
        database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page)):  # scribble over b-tree pages
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match=r"damaged|cannot be opened"):
        open_database(db_path)


def test_a_read_only_location_gets_a_clear_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    # chattr +i binds even root, who ignores permission bits; chmod covers other users.
    folder.chmod(0o500)
    chattr = shutil.which("chattr")
    immutable = (
        bool(chattr) and subprocess.run([chattr, "+i", folder], capture_output=True).returncode == 0
    )
    try:
        if not immutable and os.access(folder, os.W_OK):
            pytest.skip("cannot make a read-only folder here")
        with pytest.raises(DatabaseError, match="read-only location"):
            open_database(folder / "work.db")
    finally:
        if immutable:
            subprocess.run([chattr, "-i", folder], check=True)
        folder.chmod(0o700)
