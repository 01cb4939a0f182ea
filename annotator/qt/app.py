"""Starting the GUI: one function builds the main window, for the app, the tests and automation.

:func:`build_main_window` is the documented entry point: give it a database path and a lesson
(or a pack path, or nothing for the built-in lesson) and it returns a ready, not yet shown,
:class:`~annotator.qt.main_window.MainWindow`. It never shows a dialog.

``annotator`` itself starts in two steps (:func:`start_main_window`): it paints the lesson's
articles first, and opens the database right after that first paint, so a student sees the
lesson without waiting for the storage layer (sqlite-utils) to load. Until then, nothing can
be tagged, so nothing is ever shown as saved before it is.
"""

from __future__ import annotations

import gc
import linecache
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from annotator.core.collector import collector_paused
from annotator.core.lessons.builtin import builtin_lesson_path, load_builtin_lesson
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import PackError, load_pack
from annotator.qt.main_window import MainWindow

if TYPE_CHECKING:
    from annotator.qt.review_window import ReviewWindow
    from annotator.storage.database import AppDatabase

FIRST_PAINT_FALLBACK_MS = 1000  # open the database anyway if the window is never painted

SCREENSHOT_SIZE = (1600, 1000)

# The icon every window shows (packaging/make_icons.py draws the installers' icons from it), and
# the desktop entry's name, by which Wayland and the docks match the windows to the icon.
APP_ICON = Path(__file__).resolve().parents[1] / "resources" / "annotator.svg"
DESKTOP_FILE_NAME = "org.annotator.Annotator"


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
        from annotator.qt.translations import install_translations

        install_translations(app)  # before any window: ANNOTATOR_LANG, the setting, the system
        app.setWindowIcon(QIcon(str(APP_ICON)))
        QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    assert isinstance(app, QApplication)
    return app


def build_main_window(
    db_path: str | Path, lesson: Lesson | str | Path | None = None, student: str = ""
) -> MainWindow:
    """A main window on the database at ``db_path`` showing ``lesson``.

    ``lesson`` is a loaded :class:`Lesson`, a pack path (folder or zip), or None for the
    built-in lesson. Raises ``DatabaseError`` or ``PackError`` with a message for the user.
    """
    from annotator.storage.database import open_database

    application()
    if not isinstance(lesson, Lesson):
        lesson = load_pack(lesson or builtin_lesson_path())
    database = open_database(db_path)
    try:
        window = MainWindow(database, lesson, student=student)
    except BaseException:
        database.close()
        raise
    _close_with(window, database)
    return window


def start_main_window(
    db_path: str | Path | None,
    lesson_path: str | Path | None = None,
    student: str = "",
    on_database_error: Callable[[MainWindow, Exception], None] | None = None,
    on_window: Callable[[MainWindow], None] | None = None,
) -> MainWindow:
    """What ``annotator`` does: shows the lesson, then opens the saved work after first paint.

    Returns the shown window; ``window.saved_work_shown`` fires once the database is attached.
    ``db_path`` None means the default location in the user's data folder.
    A pack that cannot be read raises ``PackError`` at once; a database that cannot be opened
    is handed to ``on_database_error`` later (by default, it is raised from the event loop).
    ``on_window`` gets the window before it is shown (for automation: connect its signals).
    """
    application()
    with collector_paused():  # thousands of long-lived objects: modules, Qt wrappers, formats
        lesson = load_pack(lesson_path) if lesson_path else load_builtin_lesson()
        window = MainWindow(None, lesson, student=student)
    if on_window is not None:
        on_window(window)
    window.show()

    def open_saved_work() -> None:
        if window.ready:
            return
        window.articles_painted.emit()
        forget_module_sources()
        from annotator.storage.database import DatabaseError, open_database
        from annotator.storage.paths import default_database_path

        try:
            database = open_database(db_path or default_database_path())
        except DatabaseError as error:
            if on_database_error is None:
                raise
            window.retry_opening = open_saved_work  # a busy file is worth another try
            on_database_error(window, error)
            return
        _close_with(window, database)
        window.attach_database(database)
        if database.copy_before_upgrade is not None:
            said = QCoreApplication.translate(
                "App",
                "Your saved work was updated for this version of Annotator; the file as it was "
                "is kept at {path}",
            )
            window.statusBar().showMessage(said.format(path=database.copy_before_upgrade))
        forget_module_sources()
        # What the start made lives as long as the app: later collections need not visit it.
        gc.freeze()

    # The articles the window's width shows (the others paint when they are brought into view).
    article_viewports = [view.browser.viewport() for view in window.arrangement.shown_views()]
    call_after_first_paint(article_viewports or [window], open_saved_work)
    return window


def forget_module_sources() -> None:
    """Empties Python's cache of source lines, which PySide6 fills at every import.

    To know which modules use PySide6 (for its ``__feature__`` switches), PySide6 reads the
    source of every module imported after it with ``inspect.getsource``, and the lines stay in
    :mod:`linecache`: several MB for this app's start, which nothing reads again (a traceback
    reads its few lines anew). Emptied after each step of the start, the memory is reused.
    """
    linecache.clearcache()


def call_after_first_paint(widgets: list[QWidget], callback: Callable[[], None]) -> None:
    """Calls ``callback`` once, when the event loop is back after all ``widgets`` have painted.

    A timer is the fallback: a window that is never painted (minimised, covered) still gets it.
    """
    pending = {id(widget) for widget in widgets}
    done = False

    def call_once() -> None:
        nonlocal done
        if not done:
            done = True
            for widget in widgets:
                widget.removeEventFilter(watcher)
            watcher.deleteLater()
            callback()

    class FirstPaintWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and id(watched) in pending:
                pending.discard(id(watched))
                if not pending:
                    QTimer.singleShot(0, call_once)  # after this paint pass has returned
            return False

    watcher = FirstPaintWatcher(widgets[0])
    for widget in widgets:
        widget.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, watcher, call_once)


def _close_with(window: MainWindow, database: AppDatabase) -> None:
    window.destroyed.connect(lambda *_: database.close())


def offscreen_application() -> QApplication:
    """A QApplication for headless work (PDF reports from the CLI): never needs a display."""
    if QApplication.instance() is None and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return application()


def run_review(
    db_path: Path, lesson: Lesson, then: Callable[[ReviewWindow], object] | None = None
) -> int:
    """Runs the teacher's review window on its own; ``then`` is called with the window once it
    is shown (``annotator open`` imports the submissions it was given)."""
    from annotator.qt.review_window import ReviewWindow
    from annotator.storage.database import DatabaseError, open_database

    app = application()
    try:
        database = open_database(db_path)
    except DatabaseError as error:
        QtWidgets.QMessageBox.critical(None, _cannot_start(), str(error))
        return 2
    window = ReviewWindow(database, lesson)
    window.show()
    if then is not None:
        QTimer.singleShot(0, window, lambda: then(window))
    code = app.exec()
    database.close()
    return code


def save_screenshot(
    window: MainWindow, path: str | Path, size: tuple[int, int] = SCREENSHOT_SIZE
) -> None:
    """A PNG of ``window`` of ``size`` device pixels, whatever the screen: the window's own size
    is ``size`` divided by the screen's scale, and its layout is the one of that size."""
    window.placement.hold()
    window.setWindowState(Qt.WindowState.WindowNoState)
    scale = window.screen().devicePixelRatio()
    window.resize(round(size[0] / scale), round(size[1] / scale))
    window.show()
    QApplication.processEvents()
    window.grab().save(str(path))


def run_gui(
    db_path: Path | None,
    lesson_path: str | None,
    screenshot: str | None = None,
    student: str = "",
    on_window: Callable[[MainWindow], None] | None = None,
    screenshot_size: tuple[int, int] = SCREENSHOT_SIZE,
    screenshot_scale: float = 1.0,
) -> int:
    """Runs the app; with ``screenshot`` it renders one PNG offscreen and exits.

    The PNG is ``screenshot_size`` device pixels, drawn at ``screenshot_scale`` (1.5 is a screen
    set to 150%: the window is the size divided by 1.5, its text and lines 1.5 times as many
    pixels), if no QApplication was made before. ``db_path`` None means the default location in
    the user's data folder. ``on_window``: see :func:`start_main_window`.
    """
    if screenshot:
        if screenshot_scale != 1.0 and QApplication.instance() is None:
            os.environ["QT_SCALE_FACTOR"] = f"{screenshot_scale:g}"
        return _run_screenshot(db_path, lesson_path, screenshot, student, screenshot_size)
    app = application()
    try:
        window = start_main_window(
            db_path,
            lesson_path,
            student=student,
            on_database_error=_refuse_database,
            on_window=on_window,
        )
    except PackError as error:
        QtWidgets.QMessageBox.critical(None, _cannot_start(), str(error))
        return 2

    def greet() -> None:
        """The first time, a welcome (the name, the tags, the keys); later the name if none
        yet. (Imported here: not before the lesson is painted.)"""
        from annotator.qt.welcome import greet

        greet(window, _ask_name)

    window.saved_work_shown.connect(greet)
    if sys.platform == "darwin":
        # Files from the Finder. Only macOS sends these events, and the filter they need sees
        # every event of the application: elsewhere it would slow every paint for nothing.
        from annotator.qt.file_open_events import FileOpenEvents

        FileOpenEvents(window)
    return app.exec()


def _run_screenshot(
    db_path: Path | None,
    lesson_path: str | None,
    screenshot: str,
    student: str,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    from annotator.storage.database import DatabaseError
    from annotator.storage.paths import default_database_path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application()
    try:
        window = build_main_window(db_path or default_database_path(), lesson_path, student=student)
    except (DatabaseError, PackError) as error:
        print(error, file=sys.stderr)
        return 2
    save_screenshot(window, screenshot, size)
    assert window.database is not None
    window.database.close()
    return 0


def _cannot_start() -> str:
    return QCoreApplication.translate("App", "Annotator cannot start")


def _refuse_database(window: MainWindow, error: Exception) -> None:
    """A database that cannot be opened: say so over the lesson, then quit (never overwrite).

    A busy one (another program holds it) gets a Retry button as well: the student closes the
    other program and goes on, instead of starting again.
    """
    from annotator.storage.database import DatabaseBusyError

    buttons = QtWidgets.QMessageBox.StandardButton.Close
    busy = isinstance(error, DatabaseBusyError)
    if busy:
        buttons |= QtWidgets.QMessageBox.StandardButton.Retry
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Warning if busy else QtWidgets.QMessageBox.Icon.Critical,
        _cannot_start(),
        str(error),
        buttons,
        window,
    )
    box.setObjectName("database-error")

    def finished(result: int) -> None:
        retry = getattr(window, "retry_opening", None)
        if result == QtWidgets.QMessageBox.StandardButton.Retry and retry is not None:
            opening = QCoreApplication.translate("MainWindow", "Opening your saved work…")
            window.statusBar().showMessage(opening)
            retry()
        else:
            QApplication.exit(2)

    box.finished.connect(finished)
    window.statusBar().showMessage(
        QCoreApplication.translate("App", "Your saved work could not be opened.")
    )
    box.open()


def _ask_name(window: MainWindow) -> None:
    name, ok = QtWidgets.QInputDialog.getText(
        window,
        QCoreApplication.translate("App", "Welcome to Annotator"),
        QCoreApplication.translate("App", "Your name (your teacher sees it with your work):"),
    )
    if ok and name.strip():
        window.set_student(name)
