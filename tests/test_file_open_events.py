"""Files the system hands to the running app as QFileOpenEvents (macOS's Finder does so):
sent here to the real application, as Qt's Cocoa platform sends them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.qt.file_open_events import FileOpenEvents
from tests.student_work import submit_work

ROOT = Path(__file__).resolve().parents[1]


def _send_file_open(path: Path) -> bool:
    return QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))


def test_a_lesson_pack_from_the_finder_opens_in_the_main_window(window, qtbot, tmp_path):
    FileOpenEvents(window)
    pack = tmp_path / "copy.lesson.zip"
    build = ["pack", "build", str(builtin_lesson_path()), "--out", str(pack), "--student"]
    built = subprocess.run(
        [sys.executable, "-m", "annotator", *build], capture_output=True, text=True, cwd=ROOT
    )
    assert built.returncode == 0, built.stderr
    with qtbot.waitSignal(window.lesson_did_open, timeout=30000):
        assert _send_file_open(pack)
    assert window.lesson.source == str(pack)
    assert not window.lesson.has_key  # the student's copy, not the lesson built in


def test_submissions_from_the_finder_are_imported_into_the_review(window, qtbot, tmp_path, lesson):
    FileOpenEvents(window)
    (tmp_path / "in").mkdir()
    article = lesson.articles[0]
    files = [
        submit_work(tmp_path / "in", lesson, name, [(article.id, article.text.text[:20], "FACT")])
        for name in ("Ada", "Ben")
    ]
    for path in files:  # one event per file, as the Finder sends them
        assert _send_file_open(path)
    qtbot.waitUntil(lambda: getattr(window, "review_window", None) is not None)
    review = window.review_window
    qtbot.addWidget(review)
    assert review.isVisible()
    assert review.model.rowCount() == 2
    assert "2 added" in review.import_report.text()
    # More files later: into the same review window.
    later = submit_work(tmp_path / "in", lesson, "Cy", [])
    assert _send_file_open(later)
    qtbot.waitUntil(lambda: review.model.rowCount() == 3)
    assert window.review_window is review


def test_files_sent_before_the_saved_work_is_shown_wait_for_it(qtbot, db_path, tmp_path, lesson):
    """The event that starts the app on macOS comes before the database is open."""
    from annotator.qt.app import start_main_window

    (tmp_path / "in").mkdir()
    early = submit_work(tmp_path / "in", lesson, "Ada", [])
    window = start_main_window(db_path, None, student="Ada", on_window=FileOpenEvents)
    qtbot.addWidget(window)
    try:
        assert not window.ready
        assert _send_file_open(early)
        qtbot.waitUntil(lambda: getattr(window, "review_window", None) is not None)
        qtbot.addWidget(window.review_window)
        assert window.ready
        assert window.review_window.model.rowCount() == 1
    finally:
        window.close()
        if window.database is not None:
            window.database.close()
