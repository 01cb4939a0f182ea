"""Commands that only read open the database read-only: they never migrate or write it, and
they work from read-only media. Before, ``annotator export`` of an older file ran its
migrations, of another program's file added six tables, and from read-only media was refused
with "work could not be saved"."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.services.workspace import Workspace
from annotator.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args], capture_output=True, text=True, cwd=ROOT
    )


def _student_database(path: Path, lesson) -> Path:
    with open_database(path) as database:
        workspace = Workspace(database, lesson, student="Ada")
        workspace.open_lesson()
        text = lesson.article("daily-kos").text.text
        start = text.index("38,521-bed capacity")
        workspace.add(workspace.prepare("daily-kos", start, start + 19, "FACT"))
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_export_of_an_older_database_reads_it_and_changes_nothing(tmp_path, lesson):
    path = _student_database(tmp_path / "old.db", lesson)
    conn = sqlite3.connect(path)  # as an Annotator from before the class review left it
    conn.execute("drop table class_annotations")
    conn.execute("drop table class_submissions")
    conn.execute("drop table class_roster")
    conn.execute(
        "delete from _sqlite_migrations where name in ('m004_class_review', 'm005_roster')"
    )
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = _run("export", "--db", str(path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "38,521-bed capacity" in result.stdout
    # The file keeps every byte: no migration ran. (A reader of a WAL database may leave
    # SQLite's empty -wal and -shm files beside it; they hold nothing of the data.)
    assert path.read_bytes() == before
    tables = {row[0] for row in sqlite3.connect(path).execute("select name from sqlite_master")}
    assert "class_submissions" not in tables


def test_export_of_another_programs_file_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("create table recipes (name text)")
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    result = _run("export", "--db", str(path))
    assert result.returncode != 0
    assert "not an Annotator database" in result.stderr
    assert _files(tmp_path) == before


def test_reading_commands_work_from_read_only_media(tmp_path, lesson):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = _student_database(folder / "work.db", lesson)
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", folder], capture_output=True).returncode:
        pytest.skip("cannot make a read-only folder here (chattr +i)")
    try:
        exported = _run("export", "--db", str(path), "--format", "json")
        graded = _run("class", "grade", "--db", str(path))
    finally:
        subprocess.run([chattr, "-i", folder], check=True)
    assert exported.returncode == 0, exported.stderr
    assert "38,521-bed capacity" in exported.stdout
    assert graded.returncode == 0, graded.stderr


def test_a_reading_command_on_no_database_says_so_and_makes_none(tmp_path):
    result = _run("class", "grade", "--db", str(tmp_path / "none.db"))
    assert result.returncode != 0
    assert "There is no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()
