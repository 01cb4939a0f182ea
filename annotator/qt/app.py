"""Starting the GUI: one function builds the main window, for the app, the tests and automation.

:func:`build_main_window` is the documented entry point: give it a database path and a lesson
(or a pack path, or nothing for the built-in lesson) and it returns a ready, not yet shown,
:class:`~annotator.qt.main_window.MainWindow`. It never shows a dialog.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from annotator.core.builtin import builtin_lesson_path
from annotator.core.lesson import Lesson
from annotator.core.pack import PackError, load_pack
from annotator.qt.main_window import MainWindow
from annotator.storage.database import DatabaseError, open_database

SCREENSHOT_SIZE = (1600, 1000)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created on first use)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName("Annotator")
        QCoreApplication.setOrganizationName("Annotator")
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def build_main_window(
    db_path: str | Path, lesson: Lesson | str | Path | None = None, student: str = ""
) -> MainWindow:
    """A main window on the database at ``db_path`` showing ``lesson``.

    ``lesson`` is a loaded :class:`Lesson`, a pack path (folder or zip), or None for the
    built-in lesson. Raises ``DatabaseError`` or ``PackError`` with a message for the user.
    """
    application()
    if not isinstance(lesson, Lesson):
        lesson = load_pack(lesson or builtin_lesson_path())
    database = open_database(db_path)
    try:
        window = MainWindow(database, lesson, student=student)
    except BaseException:
        database.close()
        raise
    window.destroyed.connect(lambda *_: database.close())
    return window


def offscreen_application() -> QApplication:
    """A QApplication for headless work (PDF reports from the CLI): never needs a display."""
    if QApplication.instance() is None and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return application()


def run_review(db_path: Path, lesson: Lesson) -> int:
    """Runs the teacher's review window on its own."""
    from annotator.qt.review_window import ReviewWindow

    app = application()
    try:
        database = open_database(db_path)
    except DatabaseError as error:
        QMessageBox.critical(None, "Annotator cannot start", str(error))
        return 2
    window = ReviewWindow(database, lesson)
    window.show()
    code = app.exec()
    database.close()
    return code


def save_screenshot(window: MainWindow, path: str | Path) -> None:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    window.grab().save(str(path))


def run_gui(
    db_path: Path, lesson_path: str | None, screenshot: str | None = None, student: str = ""
) -> int:
    """Runs the app; with ``screenshot`` it renders one PNG offscreen and exits."""
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    try:
        window = build_main_window(db_path, lesson_path, student=student)
    except (DatabaseError, PackError) as error:
        if screenshot:
            print(error, file=sys.stderr)
        else:
            QMessageBox.critical(None, "Annotator cannot start", str(error))
        return 2
    if screenshot:
        save_screenshot(window, screenshot)
        window.database.close()
        return 0
    window.show()
    if not window.workspace.student:
        QTimer.singleShot(0, lambda: _ask_name(window))
    return app.exec()


def _ask_name(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        window, "Welcome to Annotator", "Your name (your teacher sees it with your work):"
    )
    if ok and name.strip():
        window.set_student(name)
