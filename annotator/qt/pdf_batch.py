"""A folder of PDF reports, printed by several processes at once.

Printing one student's report takes Qt some 30 ms (three pages: laying them out, drawing, and
most of all writing the fonts into the file), all of it in C++ under the one Python
interpreter, so a class of 40 printed one after another keeps one core busy for more than a
second. Here the reports' HTML is made in this process, in order, and handed to a pool of worker
processes, each with an offscreen ``QGuiApplication`` of its own; every worker writes its file
atomically (:func:`annotator.services.files.write_atomically_with`), exactly as the
single-process path does. Workers are started with ``spawn``, never ``fork``: a forked copy of
a process running Qt can deadlock on a lock held by another thread.

Starting a worker costs about a quarter of a second (Python, PySide6, the fonts), so this
process, when it has a ``QGuiApplication`` (the window's, or the command's), prints too: from the
first moment, while the workers start, and whenever none of them has a report done. It then
counts as one of the cores: one worker per other core (at most :data:`MAX_WORKERS`), each handed
:data:`IN_FLIGHT` reports ahead so that it never waits for this process. A few reports, or a
machine with one core, are printed here, one by one. If the pool breaks (a worker killed), the
reports not yet written are printed here too, so the export still completes or fails with the
file it could not write.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

from annotator.services.files import write_atomically_with

MAX_WORKERS = 8
MIN_REPORTS_FOR_WORKERS = 4  # fewer are printed faster here than by starting workers

Job = tuple[Callable[[], str], Path]  # (makes the report's HTML, the PDF file to write)


def usable_cores() -> int:
    """The cores this process may run on (the affinity mask where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worker_count(reports: int, *, here_too: bool = False) -> int:
    """How many worker processes print ``reports`` reports: 0 to print them in this process.

    ``here_too``: this process prints as well, so it takes one of the cores.
    """
    if reports < MIN_REPORTS_FOR_WORKERS:
        return 0
    cores = usable_cores()
    if cores < 2:
        return 0
    return max(1, min(cores - (1 if here_too else 0), MAX_WORKERS, reports))


def write_pdfs(jobs: Iterable[Job], workers: int | None = None) -> Iterator[Path]:
    """Writes each job's PDF; yields each path once its file is in place (in the order they
    finish). ``workers``: how many processes besides this one (default :func:`worker_count`;
    0 for none).

    With a QGuiApplication in this process (the window's, the command's), this process prints
    too whenever no worker has finished: it starts at once, while the workers are starting.
    Raises OSError, naming the file, for a report that cannot be written (the rest are not
    written then). Needs a QGuiApplication in this process when it prints here.
    """
    jobs = list(jobs)
    here_too = _can_print_here()
    count = worker_count(len(jobs), here_too=here_too) if workers is None else workers
    if count <= 0:
        for make_html, path in jobs:
            _write_here(make_html(), path)
            yield path
        return
    yield from _write_in_pool(jobs, count, here_too)


IN_FLIGHT = 2  # reports handed to each worker ahead: it never waits while this process prints


def _write_in_pool(jobs: list[Job], workers: int, here_too: bool) -> Iterator[Path]:
    """The jobs in order, each handed to a worker when one has room (the HTML made then), or,
    when no worker has a report ready and ``here_too``, printed here."""
    waiting = deque(jobs)
    pending: dict[Future, tuple[str, Path]] = {}
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start)
    try:
        while waiting or pending:
            while waiting and len(pending) < workers * IN_FLIGHT:
                make_html, path = waiting.popleft()
                html = make_html()
                pending[pool.submit(_write_in_worker, html, str(path))] = (html, path)
            finished = [future for future in pending if future.done()]
            if not finished and here_too and waiting:
                make_html, path = waiting.popleft()
                _write_here(make_html(), path)
                yield path
                continue
            if not finished:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                future.result()  # the worker's OSError, raised here
                _html, path = pending.pop(future)
                yield path
    except BrokenProcessPool:  # a worker died: what is left is printed here
        for future, (html, path) in pending.items():
            if not (future.done() and not future.cancelled() and future.exception() is None):
                _write_here(html, path)
            yield path
        for make_html, path in waiting:
            _write_here(make_html(), path)
            yield path
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _can_print_here() -> bool:
    """Whether this process has the QGuiApplication that printing needs."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() is not None


def _write_here(html: str, path: Path) -> None:
    """Prints one report to ``path``; an OSError names that file, from a worker too."""
    from annotator.qt.pdf_report import write_pdf

    try:
        write_atomically_with(path, lambda temp: write_pdf(html, temp))
    except OSError as error:
        raise OSError(error.errno, error.strerror or str(error), str(path)) from None


# -- in the worker processes


def _start() -> None:
    """A worker's Qt: an offscreen QGuiApplication (fonts, the PDF writer), no display."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    global _APP
    _APP = QGuiApplication(["annotator-pdf"])


_APP = None


def _write_in_worker(html: str, path: str) -> None:
    _write_here(html, Path(path))
