"""The lesson's instructions in a window of their own, tall enough to read them without scrolling.

Beside three articles the side panel gives the instructions a few lines; the whole text is
some fifty. **View > Instructions in a Window** (Shift+F1), or the button beside the
Instructions heading, opens them in a window as tall as the text (up to the screen) and about
70 characters wide, which stays open beside the lesson.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QToolButton, QVBoxLayout

from annotator.qt.rich_text import InertBrowser

if TYPE_CHECKING:
    from annotator.qt.main_window import MainWindow

MEASURE = 80  # characters a line


class InstructionsWindow(QDialog):
    def __init__(self, window: MainWindow) -> None:
        from annotator.core.lessons.instructions import render_instructions  # Markdown: late

        super().__init__(window)
        self.setObjectName("instructions-window")
        self.setWindowTitle(self.tr("Instructions: {title}").format(title=window.lesson.title))
        self.setModal(False)
        self.browser = InertBrowser(objectName="instructions-window-text")
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setHtml(render_instructions(window.lesson.instructions_markdown))
        self.browser.setAccessibleName(self.tr("Instructions"))
        self.browser.setAccessibleDescription(self.tr("The whole of the lesson's instructions."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._sized = False
        self._screen = window.screen().availableGeometry()
        self.browser.setFocus()

    def showEvent(self, event) -> None:
        """Sized when first shown: the text's height is known once its font is (polished)."""
        if not self._sized:
            self._sized = True
            self.ensurePolished()
            self.browser.ensurePolished()
            width = MEASURE * self.browser.fontMetrics().averageCharWidth() + 40
            width = min(width, self._screen.width() - 40)
            document = self.browser.document()
            document.setTextWidth(width)
            height = int(document.size().height()) + 8
            self.resize(width, min(height, self._screen.height() - 80))
        super().showEvent(event)


def add_instructions_window(window: MainWindow) -> QAction:
    """View > Instructions in a Window (Shift+F1)."""
    action = QAction(
        QCoreApplication.translate("Instructions", "Instructions in a &Window"),
        window,
        objectName="instructions-window-action",
    )
    action.setShortcut(QKeySequence("Shift+F1"))
    action.setStatusTip(
        QCoreApplication.translate("Instructions", "Read the whole instructions without scrolling")
    )
    action.triggered.connect(lambda: open_instructions(window))
    window.addAction(action)
    window.menus.view_menu.addAction(action)
    return action


def open_instructions(window: MainWindow) -> InstructionsWindow:
    dialog = getattr(window, "instructions_window", None)
    if dialog is None:
        dialog = window.instructions_window = InstructionsWindow(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def add_instructions_button(panel, action: QAction) -> QToolButton:
    """A small button beside the Instructions heading of the side panel (``panel``)."""
    button = QToolButton(objectName="instructions-window-button")
    button.setDefaultAction(action)
    button.setText(QCoreApplication.translate("Instructions", "Open in a Window"))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    section = panel.instructions_section
    layout = section.layout()
    layout.removeWidget(section.toggle)
    row = QHBoxLayout()
    row.addWidget(section.toggle)
    row.addStretch(1)
    row.addWidget(button)
    layout.insertLayout(0, row)
    return button


def close_instructions(window: MainWindow) -> None:
    """Another lesson opened: its instructions are another text."""
    dialog = getattr(window, "instructions_window", None)
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
        window.instructions_window = None
