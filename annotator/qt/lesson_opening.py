"""Opening lessons in the main window: the File menu's dialogs, drops, the recent list.

:class:`LessonOpening` is owned by the window. It turns what the student points at (a .zip, a
folder, a ``lesson.toml``, an entry of File > Open Recent, a file dropped on the window) into a
pack read on a worker thread, then asks the window to show the loaded lesson
(:meth:`MainWindow.open_lesson`). A pack with problems is explained in a box, and the lesson that
was open stays open. After each opening it says what re-anchoring did to the saved annotations
(a new version of the lesson may move, lose or bring them back).

Re-anchoring that does not fit in a frame goes on on a worker thread (:meth:`place`), with the
lesson already shown; the window shows the highlights when it is done. The worker follows the
pack loader's rules (:mod:`annotator.qt.lesson_loader`): it touches no Qt object, and Python's
cyclic collector is paused while it runs.

Like the window, it is built before the storage layer is loaded: the pack loader and the
services are imported where they are first used.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.qt.rich_text import escape, plain_tooltip

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QDropEvent

    from annotator.core.annotations.reanchor import Placing
    from annotator.core.lessons.lesson import Lesson
    from annotator.core.lessons.pack import PackError, PackProblem
    from annotator.qt.lesson_loader import PackLoader
    from annotator.qt.main_window import MainWindow
    from annotator.services.workspace import ReanchorReport

MAX_PROBLEMS_SHOWN = 12  # in the error box; the full list is under "Show Details..."
POLL_MS = 15  # how often the window looks whether the re-anchoring worker is done


class LessonOpening(QObject):
    """Everything that opens a lesson in ``window``; the window keeps its signals
    (``lesson_did_open``, ``pack_open_failed``) and shows what was opened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_dialog: QtWidgets.QFileDialog | None = None
        self.pack_error_box: QtWidgets.QMessageBox | None = None
        self.last_pack_error: PackError | None = None
        self._loading: str | None = None
        self._loader: PackLoader | None = None
        # Re-anchoring on a worker thread: the placing, what to call when done, the thread.
        self._placing: tuple[Placing, Callable[[], None], threading.Thread] | None = None
        self._gc_paused = False
        self._placing_timer = QTimer(self, interval=POLL_MS)
        self._placing_timer.timeout.connect(self._poll_placing)

        self.open_zip_action = QAction(self.tr("&Open Lesson Pack (.zip)…"), window)
        self.open_zip_action.setObjectName("open-pack-zip")
        self.open_zip_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_zip_action.setStatusTip(
            self.tr("Open a lesson pack your teacher sent as a .zip file")
        )
        self.open_zip_action.triggered.connect(self.choose_pack_file)
        self.open_folder_action = QAction(self.tr("Open Lesson &Folder…"), window)
        self.open_folder_action.setObjectName("open-pack-folder")
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.setStatusTip(
            self.tr("Open a lesson pack that is a folder with lesson.toml")
        )
        self.open_folder_action.triggered.connect(self.choose_pack_folder)
        self.builtin_action = QAction(self.tr("Open &Built-in Lesson"), window)
        self.builtin_action.setObjectName("open-builtin-lesson")
        self.builtin_action.setStatusTip(self.tr("The example lesson that comes with the app"))
        self.builtin_action.triggered.connect(lambda: self.open_pack(builtin_lesson_path()))
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self.fill_recent)

    def add_to(self, file_menu: QMenu) -> None:
        """Open (.zip), Open Folder, Open Recent, Open Built-in: the top of the File menu."""
        for action in (self.open_zip_action, self.open_folder_action):
            file_menu.addAction(action)
            self.window.addAction(action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.builtin_action)

    def actions(self) -> list[QAction]:
        """The actions that open a lesson: disabled until the saved work is shown."""
        return [
            self.open_zip_action,
            self.open_folder_action,
            self.builtin_action,
            self.recent_menu.menuAction(),
        ]

    # -- choosing a pack

    def choose_pack_file(self) -> None:
        """File > Open Lesson Pack (.zip): a file dialog (a lesson.toml stands for its folder)."""
        dialog = self._pack_dialog(
            self.tr("Open a lesson pack (.zip)"), QtWidgets.QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilters(
            [self.tr("Lesson packs (*.zip lesson.toml)"), self.tr("All files (*)")]
        )
        dialog.open()

    def choose_pack_folder(self) -> None:
        """File > Open Lesson Folder: a folder dialog, for a pack that is a folder."""
        dialog = self._pack_dialog(
            self.tr("Open a lesson folder (the folder holding lesson.toml)"),
            QtWidgets.QFileDialog.FileMode.Directory,
        )
        dialog.setOption(QtWidgets.QFileDialog.Option.ShowDirsOnly)
        dialog.open()

    def _pack_dialog(
        self, title: str, mode: QtWidgets.QFileDialog.FileMode
    ) -> QtWidgets.QFileDialog:
        if self.open_dialog is not None:
            self.open_dialog.close()
            self.open_dialog.deleteLater()
        # Start where the last pack came from (Downloads, a USB stick...), not in the app.
        start = Path.home()
        source = self.window.lesson.source
        if source and Path(source).resolve() != builtin_lesson_path().resolve():
            folder = Path(source).resolve().parent
            start = folder if folder.is_dir() else start
        dialog = QtWidgets.QFileDialog(self.window, title, str(start))
        dialog.setObjectName("open-pack-dialog")
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(mode)
        dialog.fileSelected.connect(self.open_pack)
        # open(), not exec(): the window keeps running (and tests can answer the dialog).
        self.open_dialog = dialog
        return dialog

    # -- dropping a pack on the window

    @staticmethod
    def dropped_path(event: QDropEvent) -> str | None:
        """The one local file or folder dragged over the window, if that is what it is."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return urls[0].toLocalFile()
        return None

    def drop(self, event: QDropEvent) -> None:
        path = self.dropped_path(event)
        if path is not None and self.window.ready:
            event.acceptProposedAction()
            self.open_pack(path)

    # -- loading it

    @property
    def loading(self) -> str | None:
        """The pack being loaded now, if any."""
        return self._loading

    def open_pack(self, path: str | Path) -> None:
        """Starts opening the pack at ``path`` (a folder, a .zip or a lesson.toml).

        The pack is read and checked on a worker thread, so the window stays responsive; then
        the window shows it, or, if the pack has problems, an error box lists them,
        :attr:`last_pack_error` keeps them, the window's ``pack_open_failed`` is emitted and the
        lesson that was open stays open, untouched. A newer request supersedes an older one.
        """
        from annotator.qt.lesson_loader import pack_path

        self.finish_placing()  # the lesson shown is placed before another one is opened
        path = pack_path(path)
        if self._loading is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._loading = path
        self.window.statusBar().showMessage(self.tr("Opening {file}…").format(file=Path(path).name))
        self.loader.load(path)

    @property
    def loader(self) -> PackLoader:
        """Reads packs on a worker thread; made when the first pack is opened."""
        if self._loader is None:
            from annotator.qt.lesson_loader import PackLoader

            self._loader = PackLoader(self)
            self._loader.loaded.connect(self._pack_loaded)
            self._loader.failed.connect(self._pack_failed)
        return self._loader

    def cancel(self) -> None:
        """The window closes: no pack opens after that, and re-anchoring still running stops
        unsaved (the lesson is re-anchored again when next opened)."""
        if self._loader is not None:
            self._loader.cancel()
        self._end_loading()
        if self._placing is not None:
            placing, _, thread = self._placing
            placing.cancel()
            thread.join()
            self._placing = None
            self._end_placing()

    def _pack_loaded(self, path: str, lesson: Lesson) -> None:
        window = self.window
        try:
            # Building the article documents is Qt work: it happens here, on the GUI thread.
            window.statusBar().showMessage(self.tr("Opening {file}…").format(file=Path(path).name))
            window.open_lesson(lesson)
            assert window.workspace is not None
            window.workspace.remember_lesson_source(path)
        finally:
            self._end_loading()

    def _pack_failed(self, path: str, error: PackError) -> None:
        self._end_loading()
        self.window.statusBar().showMessage(
            self.tr("{file} could not be opened.").format(file=Path(path).name), 10000
        )
        self.last_pack_error = error
        self._show_pack_error(path, error)
        self.window.pack_open_failed.emit(error)

    def _end_loading(self) -> None:
        if self._loading is not None:
            self._loading = None
            QApplication.restoreOverrideCursor()

    def _show_pack_error(self, path: str, error: PackError) -> None:
        if self.pack_error_box is not None:
            self.pack_error_box.close()
            self.pack_error_box.deleteLater()
        problems = error.problems
        items = [_problem_html(problem) for problem in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            more = len(problems) - MAX_PROBLEMS_SHOWN
            items.append(
                "<i>{}</i>".format(escape(self.tr("… and {more} more: see Show Details."))).replace(
                    "{more}", str(more)
                )
            )
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("This lesson cannot be opened"),
            escape(
                self.tr(
                    "The lesson pack “{file}” cannot be opened: %n problem(s) to fix.",
                    "",
                    len(problems),
                )
            ).replace("{file}", escape(Path(path).name)),
            QtWidgets.QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("pack-error")
        box.setTextFormat(Qt.TextFormat.RichText)  # every text from the pack is escaped
        box.setInformativeText(
            "<ul style='margin-left: 0px; -qt-list-indent: 1;'>"
            + "".join(f"<li style='margin-bottom: 4px;'>{item}</li>" for item in items)
            + "</ul><p>"
            + escape(
                self.tr(
                    "Each line names the file, the field or line, and what to fix. Correct the "
                    "pack (or ask whoever made it for a corrected one) and open it again."
                )
            )
            + "</p><p>"
            + escape(self.tr("“{title}” stays open.")).replace(
                "{title}", escape(self.window.lesson.title)
            )
            + "</p>"
        )
        box.setDetailedText(f"{path}\n\n" + "\n".join(str(problem) for problem in problems))
        # Long file names and messages: a wider box than QMessageBox picks, not a thin column.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 620px; }")
        self.pack_error_box = box
        box.open()  # window-modal, but does not block: the event loop keeps running

    # -- re-anchoring on a worker thread

    @property
    def placing(self) -> bool:
        """Whether annotations are being placed in the lesson shown (on a worker thread)."""
        return self._placing is not None

    def place(self, placing: Placing, finished: Callable[[], None]) -> None:
        """Places the rest of ``placing`` on a worker thread; ``finished`` is called on the GUI
        thread once every annotation is placed."""
        self.finish_placing()
        if gc.isenabled():
            gc.disable()
            self._gc_paused = True
        thread = threading.Thread(target=placing.run, name="place-annotations", daemon=True)
        self._placing = (placing, finished, thread)
        number = len(placing.annotations)
        self.window.statusBar().showMessage(
            self.tr("Placing %n annotation(s) in this version of the lesson…", "", number)
        )
        thread.start()
        self._placing_timer.start()

    def finish_placing(self) -> None:
        """Waits for the re-anchoring still running, if any, and shows what it did."""
        if self._placing is not None:
            self._placing[2].join()
            self._poll_placing()

    def _poll_placing(self) -> None:
        if self._placing is None or self._placing[2].is_alive():
            return
        _, finished, _ = self._placing
        self._placing = None
        self._end_placing()
        finished()

    def _end_placing(self) -> None:
        self._placing_timer.stop()
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()

    # -- what opening did

    def report_reanchoring(self, report: ReanchorReport) -> None:
        """Says in the status bar what a new version of the lesson did to the annotations."""
        messages = []
        if report.orphaned:
            number = len(report.orphaned)
            messages.append(
                self.tr(
                    "%n annotation(s) could not be placed in this version of the lesson: kept "
                    "and listed as “not found”.",
                    "",
                    number,
                )
            )
        if report.recovered:
            messages.append(
                self.tr(
                    "%n annotation(s) not found before are back in place.", "", report.recovered
                )
            )
        status = self.window.statusBar()
        if messages:
            status.showMessage(" ".join(messages), 30000)
        else:
            status.showMessage(
                self.tr("Opened “{title}”.").format(title=self.window.lesson.title), 5000
            )

    # -- File > Open Recent

    def fill_recent(self) -> None:
        """File > Open Recent: the lessons opened on this computer, most recent first."""
        workspace = self.window.workspace
        if workspace is None:
            return
        menu, lesson = self.recent_menu, self.window.lesson
        menu.clear()
        builtin = str(builtin_lesson_path().resolve())
        current = lesson.source and str(Path(lesson.source).resolve())
        for number, recent in enumerate(workspace.recent_lessons(), start=1):
            source = recent.source
            where = self.tr("built-in") if source == builtin else Path(source).name
            action = menu.addAction(f"&{number}  {recent.title}  ({where})")
            action.setObjectName(f"recent-lesson-{recent.lesson_id}")
            action.setData(source)
            action.setCheckable(True)
            action.setChecked(source == current and recent.lesson_id == lesson.id)
            exists = bool(source) and Path(source).exists()
            action.setEnabled(exists)
            gone = self.tr("No longer there: {path}").format(path=source)
            action.setToolTip(plain_tooltip(source if exists else gone))
            action.triggered.connect(lambda _=False, s=source: self.open_pack(s))
        if menu.isEmpty():
            menu.addAction(self.tr("No lessons yet")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.builtin_action)

    def recent_actions(self) -> list[QAction]:
        """The lessons listed in File > Open Recent, as the student sees them when it opens."""
        self.fill_recent()
        return [a for a in self.recent_menu.actions() if a.objectName().startswith("recent-")]


def _problem_html(problem: PackProblem) -> str:
    where = f"<b>{escape(problem.file)}</b>"
    if problem.field:
        where += f" · {escape(problem.field)}"
    return f"{where}: {escape(problem.message)}"
