"""Zooming the articles, from 80% to 200% of their text size (Ctrl+= and Ctrl+-).

A step is a point of the article font, as ``QTextEdit.zoomIn`` counts it. The range keeps the
layout usable: below 80% the text is smaller than a desktop's smallest, and at 200% an article
still reads at 36 characters a line in one pane of a 1280-pixel window (the responsive layout
then shows fewer articles at a time). The status bar says the zoom as a percentage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from annotator.qt.main_window import MainWindow

SMALLEST, LARGEST = 0.8, 2.0


def step_range(base_points: float) -> tuple[int, int]:
    """The fewest and most steps from a text of ``base_points``: 80% to 200% of it."""
    return -int(base_points * (1 - SMALLEST)), int(base_points * (LARGEST - 1))


def zoom_percent(base_points: float, steps: int) -> int:
    return round(100 * (base_points + steps) / base_points)


def zoom_views(window: MainWindow, current: int, steps: int) -> int:
    """Zooms ``window``'s articles by ``steps`` from ``current``, within the range; returns the
    new number of steps from the unzoomed size."""
    views = list(window.views.values())
    if not views:
        return current
    base = views[0].browser.font().pointSizeF() - current
    low, high = step_range(base)
    wanted = max(low, min(high, current + steps))
    for view in views:
        view.zoom(wanted - current)
    message = QCoreApplication.translate("Zoom", "Articles at {percent}%")
    window.statusBar().showMessage(message.format(percent=zoom_percent(base, wanted)), 3000)
    return wanted
