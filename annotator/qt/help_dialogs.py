"""The Help menu: the welcome again, every keyboard shortcut, and About (version, licences).

**Keyboard Shortcuts** lists what the window's own actions say their shortcuts are (the tag
keys, undo, zoom, the panes...), read from the actions when the dialog opens, and the keys the
widgets handle themselves (:data:`annotator.qt.keyboard.KEYS_IN_WIDGETS`): so the list can
never promise a key that does nothing, nor leave one out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import annotator
from annotator.qt.keyboard import keys_in_widgets
from annotator.qt.rich_text import escape

# (distribution, what it is (translated when shown), its licence): what the app and its
# bundle carry
LICENCES: tuple[tuple[str, str, str], ...] = (
    (
        "PySide6-Essentials",
        QT_TRANSLATE_NOOP("Help", "Qt 6 and its Python bindings (Qt for Python)"),
        "LGPLv3",
    ),
    ("sqlite-utils", QT_TRANSLATE_NOOP("Help", "storage on SQLite"), "Apache License 2.0"),
    ("click", QT_TRANSLATE_NOOP("Help", "the command line"), "BSD 3-Clause"),
    ("platformdirs", QT_TRANSLATE_NOOP("Help", "where files live on each system"), "MIT"),
    ("Markdown", QT_TRANSLATE_NOOP("Help", "lesson instructions"), "BSD 3-Clause"),
    ("nh3", QT_TRANSLATE_NOOP("Help", "cleaning HTML from lesson packs (ammonia)"), "MIT"),
    ("jsonschema", QT_TRANSLATE_NOOP("Help", "checking packs and files"), "MIT"),
    ("filelock", QT_TRANSLATE_NOOP("Help", "one app per database file"), "The Unlicense"),
    ("rapidfuzz", QT_TRANSLATE_NOOP("Help", "finding moved text"), "MIT"),
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of ``window`` with a shortcut, then the keys the
    widgets handle; each action once, in the order the window holds them."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.shortcuts() or not action.isVisible():
            continue  # (an invisible action's keys do nothing: Ctrl+4 with three articles)
        seen.add(id(action))
        keys = QCoreApplication.translate("Help", " or ").join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        what = action.property("help") or action.text().replace("&", "").strip()
        rows.append((keys, " ".join(str(what).split())))
    return rows + keys_in_widgets()


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self, objectName="shortcuts-table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("One row a key: the keys, then what they do."))
        _with_close_button(self, self.table)
        # The keys as wide as they need up to a cap, wrapped beyond it (Spanish names them
        # "Mayúsculas+Izquierda"): what they do keeps the rest, rows as tall as their words.
        metrics = self.fontMetrics()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        cap = 26 * metrics.averageCharWidth()
        header.resizeSection(0, min(self.table.sizeHintForColumn(0), cap))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.resize(70 * metrics.averageCharWidth(), 30 * metrics.lineSpacing())
        self.table.setFocus()


def about_html() -> str:
    """The version, what the app is, and the licences of what it carries."""
    from importlib import metadata  # 15 ms: read when About is opened, not at every start

    rows = []
    for distribution, what, licence in LICENCES:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = ""
        what = QCoreApplication.translate("Help", what)
        rows.append(
            f"<tr><td>{escape(distribution)} {escape(version)}</td><td>{escape(what)}</td>"
            f"<td>{escape(licence)}</td></tr>"
        )
    return (
        f"<h3>Annotator {escape(annotator.__version__)}</h3>"
        + "<p>"
        + escape(
            QCoreApplication.translate(
                "Help", "Close reading of the news for media-literacy classes."
            )
        )
        + "</p><p>"
        + escape(
            QCoreApplication.translate(
                "Help", "Annotator is free software under the MIT licence. It uses:"
            )
        )
        + "</p><table cellpadding='3'>"
        + "".join(rows)
        + "</table><p>"
        + escape(
            QCoreApplication.translate(
                "Help",
                "Qt is used under the GNU Lesser General Public License v3: you may replace "
                "the Qt libraries of this app with your own build of them.",
            )
        )
        + "</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About Annotator"))
        self.text = QLabel(about_html(), self, objectName="about-text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.setAccessibleName(self.tr("About Annotator"))
        self.text.setAccessibleDescription(self.tr("The version and the licences."))
        _with_close_button(self, self.text)


def _with_close_button(dialog: QDialog, content: QWidget) -> None:
    """``content`` over a Close button (Escape closes too)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)


class HelpMenu(QMenu):
    """Help: Welcome (the student's window), Keyboard Shortcuts, About."""

    def __init__(self, window: QMainWindow, welcome: Callable[[], None] | None = None) -> None:
        super().__init__(self.tr("&Help"), window)
        self.setObjectName("help-menu")
        self.window_ = window
        self.dialog: QDialog | None = None
        if welcome is not None:
            action = self.addAction(self.tr("&Welcome…"))
            action.setObjectName("help-welcome")
            action.setStatusTip(self.tr("The first-start welcome: the tags, the keys, handing in"))
            action.triggered.connect(welcome)
        shortcuts = self.addAction(self.tr("&Keyboard Shortcuts"))
        shortcuts.setObjectName("help-shortcuts")
        shortcuts.setShortcut(QKeySequence("Ctrl+F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        window.addAction(shortcuts)
        about = self.addAction(self.tr("&About Annotator"))
        about.setObjectName("help-about")
        about.triggered.connect(self.show_about)
        window.menuBar().addMenu(self)

    def show_shortcuts(self) -> ShortcutsDialog:
        self.dialog = ShortcutsDialog(self.window_)
        self.dialog.open()
        return self.dialog

    def show_about(self) -> AboutDialog:
        self.dialog = AboutDialog(self.window_)
        self.dialog.open()
        return self.dialog
