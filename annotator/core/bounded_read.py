"""Reading a file the user chose, without trusting what it is or how large it is.

A teacher's folder may hold anything: a FIFO (reading it waits for a writer forever), a device
such as ``/dev/zero`` behind a symbolic link (reading it never ends), or a sparse file of
gigabytes. So every file the app reads from a pack folder or a class import goes through
:func:`read_bounded`: only regular files, opened without blocking, and at most ``limit + 1``
bytes read, so that "too large" is known without reading the rest.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class FileRefused(ValueError):
    """A file that is not read: ``reason`` says why in words for the user."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def read_bounded(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``: all of them, or ``limit + 1`` when it is larger.

    The caller compares the length with ``limit`` to refuse a file that is too large, with its
    own message. Raises :class:`FileRefused` for anything that is not a regular file (checked
    on the opened handle, so the file cannot be swapped between the check and the read) and
    ``OSError`` when it cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise FileRefused(path, "not a regular file (a device, pipe or socket); not read")
        chunks: list[bytes] = []
        wanted = limit + 1
        while wanted > 0:
            chunk = os.read(descriptor, min(wanted, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            wanted -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)
