"""Opening the app's SQLite file safely.

The promise to students is that a tag shown as saved survives a crash, a ``kill -9`` and a power
cut, and that a database is never damaged by the app. Hence:

* WAL journal with ``synchronous=FULL``: every commit is on disk before the UI shows it;
* explicit ``BEGIN IMMEDIATE`` for every write (:func:`write_transaction`), so a writer takes the
  write lock up front instead of failing half-way, with a busy timeout for brief contention;
* one app instance per file, whatever name it is opened by (an OS file lock beside the file's
  real path, released by the OS if the process dies; a file with a second name, a hard link, is
  refused, since SQLite's journals are named after the path and two names would mean two);
* the app's files carry SQLite's ``application_id``; a file that is not SQLite, is another
  program's SQLite file, fails ``PRAGMA quick_check``, or comes from a newer version of the app
  is refused with a message naming it, and not one byte of it is written: those checks read the
  file through a read-only connection before anything that writes (the switch to WAL included).
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
# SQLite's application_id (header bytes 68-71) of the app's files: "Anno" in ASCII.
APPLICATION_ID = 0x416E6E6F
# The table sqlite-utils' Migrations records its steps in: its presence with our migration set
# marks a file of an Annotator from before the application id.
MIGRATIONS_TABLE = "_sqlite_migrations"


class DatabaseError(Exception):
    """A database that cannot be used; the message names the file and what to do."""


class DatabaseInUseError(DatabaseError):
    pass


class DatabaseBusyError(DatabaseError):
    """Another program held the file longer than the app waits (``BUSY_TIMEOUT_MS``): worth a
    retry once it lets go, unlike the other errors."""


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in str(error)


def _busy(path: Path) -> DatabaseBusyError:
    return DatabaseBusyError(
        f"The database {path} is busy: another program is holding it (waited "
        f"{BUSY_TIMEOUT_MS / 1000:g} s). Nothing was changed. Close the other program, or the "
        "other Annotator using the file, and try again."
    )


class AppDatabase:
    """An open database: the sqlite-utils handle plus the instance lock that guards it."""

    def __init__(
        self,
        path: Path,
        db: sqlite_utils.Database,
        lock: filelock.BaseFileLock | None,
        copy_before_upgrade: Path | None = None,
    ):
        self.path = path
        self.db = db
        self._lock = lock
        # Where the file was copied before its schema was brought up to date (None: no upgrade).
        self.copy_before_upgrade = copy_before_upgrade

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


def open_database(
    path: str | Path, *, exclusive: bool = True, read_only: bool = False
) -> AppDatabase:
    """Opens (creating if needed) the database at ``path`` and brings its schema up to date.

    ``exclusive`` takes the one-instance lock: the GUI does; headless writers such as
    ``annotator class import`` do too. ``read_only`` is for the commands that only read
    (``export``, ``submit``, ``class grade``, ``class export``): the file must exist, nothing is
    written to it (no migration, no switch of journal), and it works from read-only media.
    """
    path = Path(path).expanduser()
    if read_only:
        return _open_read_only(path)
    _check_location(path)
    _check_header(path)
    _check_single_name(path)
    lock = _take_lock(path) if exclusive else None
    try:
        _check_ours(path)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = sqlite_utils.Database(conn)
        _configure(db, path)
        _check_integrity(db, path)
        copy = _migrate(db, path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return AppDatabase(path, db, lock, copy)


def _open_read_only(path: Path) -> AppDatabase:
    if not path.is_file():
        raise DatabaseError(f"There is no database at {path}.")
    _check_header(path)
    _check_ours(path)
    conn = _connect_read_only(path)
    db = sqlite_utils.Database(conn)
    _check_integrity(db, path)
    return AppDatabase(path, db, None)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. A database in WAL mode needs its ``-shm`` file, which
    read-only media cannot hold: there nothing can write either, so the file is read as
    immutable."""
    uri = path.resolve().as_uri()
    timeout = BUSY_TIMEOUT_MS / 1000
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, isolation_level=None)
        conn.execute("select count(*) from sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        if _is_busy(error):
            raise _busy(path) from None
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)


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


def _check_single_name(path: Path) -> None:
    """Refuses a file with more than one name (a hard link): each name would get its own lock
    and its own WAL file, and two instances would overwrite each other's work."""
    try:
        links = path.stat().st_nlink
    except FileNotFoundError:
        return
    if links > 1:
        raise DatabaseError(
            f"The database {path} has a second name (a hard link, {links} names in all), so "
            "two windows could open it at once and overwrite each other's work. It was left "
            "untouched; copy it to a new file and open that with --db."
        )


def _check_ours(path: Path) -> None:
    """Refuses, before anything writes to it, a SQLite file that is another program's or comes
    from a newer Annotator. Read through a read-only connection, which changes no byte."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as error:
        raise DatabaseError(
            f"{path} cannot be opened as a database ({error}). It was left untouched; "
            "choose another file with --db."
        ) from None
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in conn.execute("select name from sqlite_master")}
        applied = set()
        if MIGRATIONS_TABLE in tables:
            applied = {
                row[0]
                for row in conn.execute(
                    f"select name from {MIGRATIONS_TABLE} where migration_set = ?",
                    [MIGRATIONS.name],
                )
            }
    except sqlite3.DatabaseError as error:
        if _is_busy(error):
            raise _busy(path) from None
        return  # damaged: the integrity check names it
    finally:
        conn.close()
    if application_id != APPLICATION_ID and tables and not applied:
        raise DatabaseError(
            f"{path} is not an Annotator database (it is another program's SQLite file). It "
            "was left untouched; choose another file with --db."
        )
    _refuse_newer(path, applied)


def _refuse_newer(path: Path, applied: set[str]) -> None:
    unknown = applied - set(MIGRATION_NAMES)
    if unknown:
        raise DatabaseError(
            f"The database {path} was written by a newer version of Annotator "
            f"(schema steps {', '.join(sorted(unknown))}). Update Annotator to open it; "
            "the file was left untouched."
        )


def _take_lock(path: Path) -> filelock.BaseFileLock:
    # Beside the file's real path: a symbolic link to an open database finds the same lock.
    lock = filelock.FileLock(str(path.resolve()) + ".lock", timeout=0)
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
        if _is_busy(error):
            raise _busy(path) from None
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
        if _is_busy(error):
            raise _busy(path) from None
        result = [str(error)]
    if result != ["ok"]:
        raise DatabaseError(
            f"The database {path} is damaged ({'; '.join(result[:3])}). It was left untouched "
            "so that it can be recovered; start with another file with --db."
        )


def _migrate(db: sqlite_utils.Database, path: Path) -> Path | None:
    """Brings the schema up to date; returns where the file was copied first, if it held an
    older schema (a new file needs no copy)."""
    copy = None
    try:
        applied = {migration.name for migration in MIGRATIONS.applied(db)}
        _refuse_newer(path, applied)
        if MIGRATIONS.pending(db):
            if applied:
                copy = _copy_aside(db, path, len(applied))
            with write_transaction(db):  # every step or none: never half an upgrade
                MIGRATIONS.apply(db)
        if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            with write_transaction(db):
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    except sqlite3.OperationalError as error:
        if _is_busy(error):
            raise _busy(path) from None
        raise
    return copy


def _copy_aside(db: sqlite_utils.Database, path: Path, steps: int) -> Path:
    """A consistent copy of the file as it is, made with SQLite's backup, before an upgrade
    changes its schema: ``work.db`` -> ``work.schema-3.db`` (the steps it had)."""
    copy = path.with_name(f"{path.stem}.schema-{steps}{path.suffix or '.db'}")
    target = sqlite3.connect(copy)
    try:
        db.conn.backup(target)
    except sqlite3.Error as error:
        raise DatabaseError(
            f"The database {path} needs an update for this version of Annotator, and a copy "
            f"of it could not be made first at {copy} ({error}). It was left untouched."
        ) from None
    finally:
        target.close()
    return copy
