"""Writing files so that a crash never leaves half a file where a whole one was.

A file is written to a temp file beside it and renamed into place. The temp file is made
private (mode 0600) by :func:`tempfile.mkstemp`; before the rename it is given the mode any
other program would have given the file: the one it had, when it is replaced, else what the
user's umask allows (``0666 & ~umask``, so 0644 under the usual umask 022). A teacher's
export is shared with colleagues and other tools; it must not end up readable by its owner
alone.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def write_atomically(path: str | Path, data: str | bytes) -> Path:
    """Writes to a temp file beside ``path``, flushes it to disk, then renames it into place."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with _replacing(Path(path)) as (handle, _temp), os.fdopen(handle, "wb") as file:
        file.write(payload)
        file.flush()
        os.fsync(file.fileno())
    return Path(path)


def write_atomically_with(path: str | Path, write: Callable[[Path], object]) -> Path:
    """As :func:`write_atomically`, for a writer that makes the file itself (a PDF writer):
    ``write`` is given a temp file beside ``path``, which then is flushed and renamed into place.
    """
    with _replacing(Path(path)) as (handle, temp):
        os.close(handle)
        write(temp)
        with open(temp, "rb+") as file:
            os.fsync(file.fileno())
    return Path(path)


@contextmanager
def _replacing(path: Path) -> Iterator[tuple[int, Path]]:
    """A new temp file beside ``path`` (its open handle and path), renamed onto ``path`` when
    the block ends, or removed if the block fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        yield handle, Path(temp)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions ``path`` is written with: those of the file it replaces, else those a
    new file gets under the user's umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux), else
    set and put back at once (POSIX has no other way to read it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
