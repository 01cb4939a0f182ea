"""Windows that fit the screen they open on, and remember where they were.

A window opens at its preferred size when the screen's available geometry (the screen less its
panels and docks) holds it; on a smaller screen it opens maximised, its normal geometry fitted
inside the available one. A window that was closed before opens as it was: its geometry, its
state (maximised or not, the toolbars) and whatever its parts remember (the splitters: see
:mod:`annotator.qt.responsive_layout`), fitted again if the screen is now smaller than it was.
Once shown, and whenever it moves to another screen or the screen's available geometry changes,
a window that no longer fits is fitted again.

What is remembered lives in ``windows.ini`` in the user's configuration folder
(``$XDG_CONFIG_HOME/Annotator`` on Linux, through platformdirs), not in the student's database:
the window is placed before the database is opened, and a database moves between computers
whose screens differ. Tests get a configuration folder of their own (``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMargins,
    QObject,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

SETTINGS_FILE = "windows.ini"
# Before a window is first shown its frame is unknown: a title bar of about this height is
# allowed for, and the real frame is checked once the window is on screen.
FRAME_GUESS = QMargins(0, 32, 0, 0)

Saver = Callable[[QSettings], None]


def settings_path() -> Path:
    """The app's one settings file: the windows' geometry and splitters, the theme, the
    welcome, the language (read at each use, so that a changed ``XDG_CONFIG_HOME`` is
    followed, as ``QSettings``' own default paths are not)."""
    return Path(platformdirs.user_config_dir("Annotator", appauthor=False)) / SETTINGS_FILE


def window_settings(name: str) -> QSettings:
    """The settings file, in the group of the window ``name`` (``main-window``...)."""
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    settings.beginGroup(name)
    return settings


def fitted(frame: QRect, margins: QMargins, available: QRect) -> QRect:
    """The client geometry of a window whose client is ``frame`` less ``margins``, made to fit
    ``available`` with its frame: no larger, and moved inside (centred if it was not)."""
    client = frame.marginsRemoved(margins)
    width = min(client.width(), available.width() - margins.left() - margins.right())
    height = min(client.height(), available.height() - margins.top() - margins.bottom())
    result = QRect(client.topLeft(), QSize(max(width, 1), max(height, 1)))
    outer = result.marginsAdded(margins)
    if not available.contains(outer):
        if not available.intersects(outer):  # another screen's place: centre it on this one
            outer.moveCenter(available.center())
        left = min(max(outer.left(), available.left()), available.right() - outer.width() + 1)
        top = min(max(outer.top(), available.top()), available.bottom() - outer.height() + 1)
        outer.moveTo(left, top)
        result = outer.marginsRemoved(margins)
    return result


def centred(size: QSize, margins: QMargins, available: QRect) -> QRect:
    outer = QRect(0, 0, size.width() + margins.left() + margins.right(), 0)
    outer.setHeight(size.height() + margins.top() + margins.bottom())
    outer.moveCenter(available.center())
    return fitted(outer, margins, available)


class WindowPlacement(QObject):
    """Places ``window`` on its screen at start and remembers its geometry when it closes.

    ``savers`` write what else the window remembers into its settings group when it closes;
    :meth:`settings` reads them (the responsive layout's splitters).
    """

    def __init__(self, window: QMainWindow, name: str, preferred: QSize) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.preferred = preferred
        self.savers: list[Saver] = []
        self._held = False
        self._screen: QScreen | None = None
        self._watching = False
        self.restored = self._restore()
        window.installEventFilter(self)

    def settings(self) -> QSettings:
        return window_settings(self.name)

    def hold(self) -> None:
        """Leaves the window's size to the caller from now on, and remembers nothing (a
        screenshot of a given size, whatever the screen)."""
        self._held = True

    # -- opening

    def _restore(self) -> bool:
        """The remembered geometry if any (then True), else the preferred size; and the
        remembered state (the toolbars).

        Qt refuses a geometry saved on a screen much wider or narrower than this one (by more
        than a quarter): the window then opens as it would the first time.
        """
        settings = self.settings()
        window = self.window
        state = settings.value("state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
            maximised = window.windowState() & Qt.WindowState.WindowMaximized
            window.setGeometry(fitted(self._frame(window.geometry()), FRAME_GUESS, self._area()))
            if maximised:
                window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
            return True
        window.setGeometry(centred(self.preferred, FRAME_GUESS, self._area()))
        if window.size() != self.preferred:  # the screen is smaller: all of it, with the panels
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return False

    def _area(self) -> QRect:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    @staticmethod
    def _frame(client: QRect) -> QRect:
        return client.marginsAdded(FRAME_GUESS)

    def fit(self) -> None:
        """Fits the shown window to its screen again, if it no longer does (and is not
        maximised or full screen, which the window system fits itself)."""
        window = self.window
        if self._held or not window.isVisible():
            return
        if window.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            return
        frame, client = window.frameGeometry(), window.geometry()
        margins = QMargins(
            client.left() - frame.left(),
            client.top() - frame.top(),
            frame.right() - client.right(),
            frame.bottom() - client.bottom(),
        )
        available = self._area()
        if not available.contains(frame):
            window.setGeometry(fitted(frame, margins, available))

    def _watch_screen(self) -> None:
        handle = self.window.windowHandle()
        if handle is None:
            return
        self._watching = True
        handle.screenChanged.connect(self._screen_changed)
        self._screen_changed(handle.screen())

    def _screen_changed(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.availableGeometryChanged.disconnect(self._later_fit)
        self._screen = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._later_fit)
        self._later_fit()

    def _later_fit(self, *_args) -> None:
        QTimer.singleShot(0, self, self.fit)

    # -- closing

    def save(self) -> None:
        if self._held:
            return
        settings = self.settings()
        settings.setValue("geometry", self.window.saveGeometry())
        settings.setValue("state", self.window.saveState())
        for saver in self.savers:
            saver(settings)
        settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Show and not self._watching:
                self._watch_screen()
            elif kind == QEvent.Type.Close:
                self.save()
        return False
