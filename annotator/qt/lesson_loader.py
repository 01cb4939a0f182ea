"""Loading lesson packs off the GUI thread.

Reading and checking a pack (:func:`~annotator.core.pack.load_pack`) is pure Python and may take
a second for an article of several megabytes, so it runs on a worker thread of the global
:class:`QThreadPool`. The result comes back as a queued signal; everything that builds Qt
documents or widgets from the loaded lesson stays on the GUI thread, in the receiver.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from annotator.core.lesson import Lesson
from annotator.core.pack import PackError, PackProblem, load_pack


def pack_path(path: str | Path) -> str:
    """The pack a user pointed at: a ``lesson.toml`` stands for its folder; always absolute."""
    resolved = Path(path).expanduser().resolve()
    if resolved.name == "lesson.toml" and resolved.is_file():
        resolved = resolved.parent
    return str(resolved)


class PackLoader(QObject):
    """Loads one pack at a time; only the answer to the latest request is announced."""

    loaded = Signal(str, object)  # path, Lesson
    failed = Signal(str, object)  # path, PackError
    _done = Signal(int, str, object, object)  # ticket, path, Lesson or None, PackError or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._latest = 0
        self._jobs: dict[int, _LoadJob] = {}
        self._done.connect(self._finish)

    @property
    def busy(self) -> bool:
        return bool(self._latest) and self._latest in self._jobs

    def load(self, path: str) -> None:
        """Starts loading ``path``; a load still running is superseded (its answer is dropped)."""
        ticket = next(self._tickets)
        self._latest = ticket
        job = _LoadJob(self, ticket, path)
        self._jobs[ticket] = job
        QThreadPool.globalInstance().start(job)

    def _finish(self, ticket: int, path: str, lesson: Lesson | None, error: PackError | None):
        self._jobs.pop(ticket, None)
        if ticket != self._latest:
            return
        self._latest = 0
        if lesson is not None:
            self.loaded.emit(path, lesson)
        else:
            self.failed.emit(path, error)


class _LoadJob(QRunnable):
    def __init__(self, loader: PackLoader, ticket: int, path: str) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the loader keeps it until its answer is back
        self.loader = loader
        self.ticket = ticket
        self.path = path

    def run(self) -> None:  # on a worker thread: no Qt objects are touched here
        lesson: Lesson | None = None
        error: PackError | None = None
        try:
            lesson = load_pack(self.path)
        except PackError as problem:
            error = problem
        except Exception as unexpected:  # a bug or an I/O error: still an answer for the user
            name = Path(self.path).name
            error = PackError(self.path, [PackProblem(name, f"could not be read: {unexpected}")])
        try:
            self.loader._done.emit(self.ticket, self.path, lesson, error)
        except RuntimeError:  # the window (and its loader) closed while the pack was loading
            pass
