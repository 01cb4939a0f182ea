"""Loading lesson packs off the GUI thread.

Reading and checking a pack (:func:`~annotator.core.lessons.pack.load_pack`) is pure Python and
takes about a second for an article of several megabytes, so it runs on a worker thread while the
window stays responsive. Everything that builds Qt documents or widgets from the loaded lesson
stays on the GUI thread, in whoever receives :attr:`PackLoader.loaded`.

Two rules keep the worker safe with Qt:

* the worker touches no Qt object at all (not even to emit a signal): it fills in a plain
  Python result, and a timer on the GUI thread notices when the thread has ended;
* Python's cyclic garbage collector is paused while a worker runs. Otherwise a collection
  started by the worker's allocations could finalise Python wrappers of Qt objects (old article
  panes, closed windows) on the worker thread, which crashes Qt. Memory is still freed by
  reference counting meanwhile; the collector resumes, on the GUI thread, once every worker has
  ended.
"""

from __future__ import annotations

import gc
import itertools
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import PackError, PackProblem, load_pack

POLL_MS = 15


def pack_path(path: str | Path) -> str:
    """The pack a user pointed at: a ``lesson.toml`` stands for its folder; always absolute."""
    resolved = Path(path).expanduser().resolve()
    if resolved.name == "lesson.toml" and resolved.is_file():
        resolved = resolved.parent
    return str(resolved)


@dataclass
class _Job:
    ticket: int
    path: str
    thread: threading.Thread | None = None
    result: list = field(default_factory=lambda: [None, None])  # [Lesson, PackError]


def _load(job: _Job) -> None:
    """The worker: pure Python, no Qt."""
    try:
        job.result[0] = load_pack(job.path)
    except PackError as error:
        job.result[1] = error
    except Exception as unexpected:  # an I/O error or a bug: still an answer for the user
        name = Path(job.path).name
        job.result[1] = PackError(job.path, [PackProblem(name, f"could not be read: {unexpected}")])


class PackLoader(QObject):
    """Loads packs on worker threads; only the answer to the latest request is announced."""

    loaded = Signal(str, object)  # path, Lesson
    failed = Signal(str, object)  # path, PackError

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._latest = 0
        self._jobs: list[_Job] = []
        self._gc_paused = False
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)

    def load(self, path: str) -> None:
        """Starts loading ``path``; a load still running is superseded (its answer is dropped)."""
        job = _Job(next(self._tickets), path)
        self._latest = job.ticket
        if not self._jobs and gc.isenabled():
            gc.disable()
            self._gc_paused = True
        job.thread = threading.Thread(
            target=_load, args=(job,), name=f"load-pack-{job.ticket}", daemon=True
        )
        self._jobs.append(job)
        job.thread.start()
        self._timer.start()

    def cancel(self) -> None:
        """Drops every answer still to come; waits for the workers (they cannot be stopped)."""
        self._latest = 0
        for job in self._jobs:
            assert job.thread is not None
            job.thread.join()
        self._poll()

    def _poll(self) -> None:
        finished = [job for job in self._jobs if job.thread and not job.thread.is_alive()]
        for job in finished:
            self._jobs.remove(job)
        if not self._jobs:
            self._timer.stop()
            if self._gc_paused:
                self._gc_paused = False
                gc.enable()
        for job in finished:
            if job.ticket != self._latest:
                continue
            self._latest = 0
            lesson, error = job.result
            if isinstance(lesson, Lesson):
                self.loaded.emit(job.path, lesson)
            else:
                self.failed.emit(job.path, error)
