"""Opening the app's SQLite file safely.

The promise to students is that a tag shown as saved survives a crash, a ``kill -9`` and a power
cut, and that a database is never damaged by the app. Hence:

* WAL journal with ``synchronous=FULL``: every commit is on disk before the UI shows it;
* explicit ``BEGIN IMMEDIATE`` for every write (:func:`write_transaction`), so a writer takes the
  write lock up front instead of failing half-way, with a busy timeout for brief contention;
* one app instance per file (an OS file lock that the OS releases if the process dies);
* a file that is not SQLite, fails ``PRAGMA quick_check``, or comes from a newer version of the
  app is refused with a message naming it, and never written to.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock
import sqlite_utils

from annotator.storage.migrations import MIGRATION_NAMES, MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database that cannot be used; the message names the file and what to do."""


class DatabaseInUseError(DatabaseError):
    pass


class AppDatabase:
    """An open database: the sqlite-utils handle plus the instance lock that guards it."""

    def __init__(self, path: Path, db: sqlite_utils.Database, lock: filelock.BaseFileLock | None):
        self.path = path
        self.db = db
        self._lock = lock

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> AppDatabase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One atomic write: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error.

    sqlite-utils' own ``atomic()`` nests inside as savepoints, so its table methods can be used
    within; the commit (and with ``synchronous=FULL`` the fsync) happens before this returns.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_database(path: str | Path, *, exclusive: bool = True) -> AppDatabase:
    """Opens (creating if needed) the database at ``path`` and brings its schema up to date.

    ``exclusive`` takes the one-instance lock: the GUI does; headless readers such as
    ``annotator export`` do not, since WAL lets them read while a student works.
    """
    path = Path(path).expanduser()
    _check_location(path)
    _check_header(path)
    lock = _take_lock(path) if exclusive else None
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = sqlite_utils.Database(conn)
        _configure(db, path)
        _check_integrity(db, path)
        _migrate(db, path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return AppDatabase(path, db, lock)


def _check_location(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            f"Cannot create the folder {folder} for the database: {error.strerror}. "
            "Choose another place with --db."
        ) from None
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file. Choose a file with --db.")
    if not _can_write(folder) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseError(
            f"The database {path} is in a read-only location, so work could not be saved. "
            "Choose a folder you can write to with --db."
        )


def _can_write(folder: Path) -> bool:
    """Tries to write, since permission bits do not tell (read-only mounts, immutable folders)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _check_header(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not an Annotator database (it is not an SQLite file). It was left "
            "untouched; choose another file with --db."
        )


def _take_lock(path: Path) -> filelock.BaseFileLock:
    lock = filelock.FileLock(str(path) + ".lock", timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise DatabaseInUseError(
            f"The database {path} is already open in another Annotator window. "
            "Close that window first, or use another file with --db."
        ) from None
    except OSError as error:
        raise DatabaseError(f"Cannot lock the database {path}: {error.strerror}.") from None
    return lock


def _configure(db: sqlite_utils.Database, path: Path) -> None:
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            f"{path} cannot be opened as a database ({error}). It was left untouched; "
            "choose another file with --db."
        ) from None
    if mode.lower() != "wal":
        raise DatabaseError(f"{path} could not be switched to WAL mode (got {mode}).")


def _check_integrity(db: sqlite_utils.Database, path: Path) -> None:
    try:
        result = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        result = [str(error)]
    if result != ["ok"]:
        raise DatabaseError(
            f"The database {path} is damaged ({'; '.join(result[:3])}). It was left untouched "
            "so that it can be recovered; start with another file with --db."
        )


def _migrate(db: sqlite_utils.Database, path: Path) -> None:
    known = set(MIGRATION_NAMES)
    applied = {migration.name for migration in MIGRATIONS.applied(db)}
    unknown = applied - known
    if unknown:
        raise DatabaseError(
            f"The database {path} was written by a newer version of Annotator "
            f"(schema steps {', '.join(sorted(unknown))}). Update Annotator to open it; "
            "the file was left untouched."
        )
    if MIGRATIONS.pending(db):
        MIGRATIONS.apply(db)
