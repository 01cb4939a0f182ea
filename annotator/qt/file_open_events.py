"""Files the system hands to the running app: macOS's Finder (a double-click, "Open With",
a drop on the Dock icon) sends a ``QFileOpenEvent`` instead of command-line arguments.

A lesson pack opens in the main window, as File > Open Lesson Pack does; submission files
open in the review window of the lesson shown, imported, as a drop on that window is. Files
that come before the saved work is shown (the event that started the app) wait for it. The
Finder sends one event per file: those that come together are opened together, in one import
and one review window.
Linux and Windows pass files as arguments (``annotator open``), and never send this event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from annotator.qt.main_window import MainWindow


class FileOpenEvents(QObject):
    """Opens the files of the application's ``QFileOpenEvent``s in ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending: list[str] = []
        window.saved_work_shown.connect(self.open_pending)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        if not self.pending and self.window.ready:
            QTimer.singleShot(0, self, self.open_pending)  # after the other files' events
        self.pending.append(event.file())
        return True

    def open_pending(self) -> None:
        # Here, not at the top: the start of every student would load the submission format.
        from annotator.core.classroom.submission import SUFFIX

        paths, self.pending = self.pending, []
        submissions = [path for path in paths if path.endswith(SUFFIX)]
        packs = [path for path in paths if not path.endswith(SUFFIX)]
        if packs:
            self.window.open_pack(packs[-1])
        if submissions:
            review = getattr(self.window, "review_window", None)
            if review is None or not review.isVisible():
                self.window.open_review()  # says so when the lesson has no answer key
                review = getattr(self.window, "review_window", None)
            if review is not None and review.isVisible():
                review.import_paths(submissions)
