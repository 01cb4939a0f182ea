"""Writing files so that a crash never leaves half a file where a whole one was."""

from __future__ import annotations

import os
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
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        yield handle, Path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
