"""FRAMING's wavy underline reads at 100%: the article view paints a bold wave over Qt's thin
one, only where the text has a wavy underline, and only within the highlight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QTextCursor
from PySide6.QtTest import QTest

import annotator.qt.article_view as article_view
from annotator.qt.wave_lines import paint_waves
from tests.gui_helpers import drag_select, point_of, scroll_to

PHRASE = "ankle monitors"  # body text of the NBC article, at 100%, on one line


def _dark_pixels(view, start: int, end: int) -> int:
    """Pixels much darker than the page between the baseline and the bottom of the phrase's
    first line: under the letters (the phrase has no descenders), where the underline is."""
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(view.to_document(start))
    cursor.movePosition(QTextCursor.MoveOperation.Right)  # the format of the first letter
    line = view.browser.cursorRect(cursor)
    metrics = QFontMetrics(cursor.charFormat().font())
    baseline = line.top() + metrics.ascent()
    first, last = point_of(view, start), point_of(view, end - 1)
    assert first.y() == last.y(), "the phrase must stand on one line"
    strip = QRect(first.x(), baseline + 1, last.x() - first.x(), metrics.descent() + 1)
    image = view.browser.viewport().grab(strip).toImage()
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            if QColor(image.pixel(x, y)).lightness() < 110:
                count += 1
    return count


def _tag_framing(window, qtbot):
    view = window.views["nbc-news"]
    start, end = drag_select(view, PHRASE)
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: len(window.workspace.current_annotations()) == 1)
    view.browser.setTextCursor(view.browser.textCursor())  # drop the selection's colour
    cursor = view.browser.textCursor()
    cursor.clearSelection()
    view.browser.setTextCursor(cursor)
    scroll_to(view, start)
    view.browser.viewport().repaint()
    return view, start, end


def test_the_wave_is_bold_enough_to_see(window, qtbot, monkeypatch):
    view, start, end = _tag_framing(window, qtbot)
    assert paint_waves(view.browser) >= 1
    bold = _dark_pixels(view, start, end)
    monkeypatch.setattr(article_view, "paint_waves", lambda _view: 0)  # Qt's wave alone
    view.browser.viewport().repaint()
    thin = _dark_pixels(view, start, end)
    print(f"dark pixels under the phrase: bold wave {bold}, Qt's alone {thin}")
    assert bold >= 1.8 * thin, (bold, thin)


@pytest.mark.parametrize("key", [Qt.Key.Key_1, Qt.Key.Key_2])
def test_no_wave_is_painted_under_other_tags(window, qtbot, key):
    view = window.views["nbc-news"]
    drag_select(view, PHRASE)
    QTest.keyClick(view.browser, key)
    qtbot.waitUntil(lambda: len(window.workspace.current_annotations()) == 1)
    assert paint_waves(view.browser) == 0
