"""The student's and the teacher's windows on any screen: their sizes, panels and memory.

Both windows follow the same rules (:mod:`annotator.qt.responsive_layout` for the width,
:mod:`annotator.qt.window_fit` for the screen); this module says what differs: the preferred
size, the side panel's name and widths, and, in the review window, that the class panel comes
first (a teacher grades from it: it stays while one article fits beside it) and the class
table's columns a teacher needs whatever the width (the student, the score, the override and
the final score, moved to the front of the table, which scrolls for the rest).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from annotator.qt.responsive_layout import ResponsiveLayout
from annotator.qt.window_fit import WindowPlacement

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from annotator.qt.main_window import MainWindow
    from annotator.qt.review_window import ReviewWindow

PREFERRED_SIZE = QSize(1600, 1000)  # on a screen that holds it; else maximised
MAIN_PANEL_MINIMUM = 300  # the side panel (and its place before the saved work is shown)
MAIN_PANEL_PREFERRED = 470
REVIEW_PANEL_PREFERRED = 620
KEY_COLUMNS = ("Student", "Score", "Override", "Final")


def main_layout(window: MainWindow) -> ResponsiveLayout:
    """The student's window: instructions, legend and annotations in the side panel."""

    def panel_minimum(panel: QWidget) -> int:
        return max(MAIN_PANEL_MINIMUM, panel.minimumSizeHint().width())

    panel = QCoreApplication.translate("WindowLayouts", "&Side Panel")
    return ResponsiveLayout(window, panel, MAIN_PANEL_PREFERRED, panel_minimum)


def place(window: QMainWindow, name: str, layout: ResponsiveLayout) -> WindowPlacement:
    """Fits ``window`` to its screen (or where it was), with its remembered splitters."""
    placement = WindowPlacement(window, name, PREFERRED_SIZE)
    placement.savers.append(layout.save)
    layout.restore(placement.settings())
    return placement


def fit_review_window(window: ReviewWindow, outer: QSplitter) -> None:
    """The review window's layout and placement; ``outer`` holds the articles and the side."""
    outer.setObjectName("review-splitter")
    table = window.table
    key_columns_first(table)

    def panel_minimum(panel: QWidget) -> int:
        return max(panel.minimumSizeHint().width(), key_columns_width(table) + 24)

    layout = ResponsiveLayout(
        window,
        QCoreApplication.translate("WindowLayouts", "&Class Panel"),
        REVIEW_PANEL_PREFERRED,
        panel_minimum,
        panel_first=True,
    )
    layout.attach(outer)
    window.class_did_change.connect(lambda: layout.relayout())  # the columns were fitted again
    window.arrangement = layout
    window.placement = place(window, "review-window", layout)


def key_columns_first(table: QTableView) -> None:
    """Moves the :data:`KEY_COLUMNS` to the front of ``table`` (the model keeps its order)."""
    model, header = table.model(), table.horizontalHeader()
    labels = _column_names(model)
    for place_at, name in enumerate(name for name in KEY_COLUMNS if name in labels):
        header.moveSection(header.visualIndex(labels.index(name)), place_at)


def key_columns_width(table: QTableView) -> int:
    """The width ``table`` needs to show its :data:`KEY_COLUMNS` without scrolling."""
    model, header = table.model(), table.horizontalHeader()
    labels = _column_names(model)
    width = sum(header.sectionSize(labels.index(n)) for n in KEY_COLUMNS if n in labels)
    return width + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()


def _column_names(model) -> list[str]:
    """Each column's name (``COLUMN_ROLE``, the same in every language), else its heading."""
    from annotator.qt.class_model import COLUMN_ROLE

    horizontal = Qt.Orientation.Horizontal
    return [
        model.headerData(c, horizontal, COLUMN_ROLE) or model.headerData(c, horizontal)
        for c in range(model.columnCount())
    ]
