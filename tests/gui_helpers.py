"""Driving the real window the way a student does: the mouse, the keyboard, nothing internal."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.qt.article_view import ArticleView


def scroll_to(view: ArticleView, offset: int) -> None:
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(view.to_document(offset))
    view.browser.setTextCursor(cursor)
    view.browser.ensureCursorVisible()


def point_of(view: ArticleView, offset: int) -> QPoint:
    """The viewport point just inside the character at code point ``offset`` (as scrolled now)."""
    cursor = QTextCursor(view.browser.document())
    cursor.setPosition(view.to_document(offset))
    rect = view.browser.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag_select(view: ArticleView, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Selects ``phrase`` with a mouse drag; returns its code point offsets."""
    text = view.article.text.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    drag(view, start, end)
    return start, end


def drag(
    view: ArticleView,
    start: int,
    end: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A mouse drag from the character at code point ``start`` to the one at ``end``, with
    ``modifier`` held all along (Alt keeps the exact characters)."""
    viewport = view.browser.viewport()
    scroll_to(view, end)
    scroll_to(view, start)
    begin = point_of(view, start)
    finish = point_of(view, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, begin)
    move = QtGui.QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(finish),
        viewport.mapToGlobal(QPointF(finish)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        modifier,
    )
    QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, finish)


def keyboard_select(
    view: ArticleView,
    start: int,
    presses: int,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Caret browsing: Ctrl+Home, arrows to ``start``, then Shift+Right ``presses`` times (a
    word at a time; a character at a time with ``modifier`` Alt)."""
    browser = view.browser
    browser.setFocus()
    QTest.keyClick(browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(view.to_document(start)):
        QTest.keyClick(browser, Qt.Key.Key_Right)
    for _ in range(presses):
        QTest.keyClick(browser, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier | modifier)


def click_at(view: ArticleView, offset: int) -> None:
    viewport = view.browser.viewport()
    scroll_to(view, offset)
    QTest.mouseClick(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point_of(view, offset)
    )


def hover_tooltip(qtbot, view: ArticleView, offset: int) -> str:
    """The tooltip shown when the mouse rests on the character at ``offset`` ("" for none)."""
    QToolTip.hideText()  # none from before may stand in for the answer
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    viewport = view.browser.viewport()
    scroll_to(view, offset)
    point = point_of(view, offset)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    return shown_text(QToolTip.text()) if QToolTip.isVisible() else ""


def shown_text(label_text: str) -> str:
    """What a label or tooltip with ``label_text`` shows: rich text as it reads."""
    if not QtGui.Qt.mightBeRichText(label_text):
        return label_text
    document = QTextDocument()
    document.setHtml(label_text)
    return document.toPlainText()
