"""Opens the student's and the teacher's windows on this process's screen and says where things are.

Run by ``tests/test_screens.py`` in a process of its own, since a process keeps the screen
(size, scale) its QApplication was made with: ``python -m tests.screen_probe WORK_FOLDER``
prints one JSON object. The windows open as the app opens them (fitted to the screen, or
maximised); the student then tags with the number keys, writes a note and, if the side panel
is collapsed, opens it with its toggle, and the probe reports what a test needs to judge that
nothing for tagging, notes or "saved" is off screen, at any size and scale.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from annotator.qt.app import application, build_main_window
from annotator.qt.highlights import tag_colour, underline_colour
from annotator.qt.main_window import MainWindow
from annotator.qt.responsive_layout import measure
from annotator.qt.review_window import ReviewWindow
from annotator.qt.window_layouts import KEY_COLUMNS
from annotator.storage.database import open_database

# Words of the first article's first paragraph without descenders, so that whatever is drawn
# below their baseline is the tag's underline: (tag, word).
TAGGED_WORDS = (("FACT", "administration"), ("QUOTE", "arrests"), ("FRAMING", "federal"))
NOTE = "Counted by whom?"


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        QTest.qWait(10)


def placed(widget: QWidget) -> dict:
    """Where ``widget`` is on the screen (logical pixels), and whether all of it is shown: it
    and its parents visible, and no parent cutting part of it off."""
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    shown = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None:
        shown = shown.intersected(QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return {
        "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
        "visible": widget.isVisible(),
        "whole": shown == rect and not rect.isEmpty(),
    }


def underline_columns(window: MainWindow, tag: str, word: str) -> float:
    """The share of the pixel columns under ``word`` (tagged ``tag``) in which the tag's
    underline shows, in the window's own device pixels."""
    view = window.arrangement.shown_views()[0]
    start = view.article.text.text.index(word)
    browser = view.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(view.to_document(start))
    left = browser.cursorRect(cursor)
    cursor.setPosition(view.to_document(start + len(word)))
    right = browser.cursorRect(cursor)
    image: QImage = browser.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    line = QColor(underline_colour(tag_colour(view.tags, tag)))
    fill = tag_colour(view.tags, tag)

    def distance(a: QColor, b: QColor) -> float:
        return (
            (a.red() - b.red()) ** 2 + (a.green() - b.green()) ** 2 + (a.blue() - b.blue()) ** 2
        ) ** 0.5

    limit = distance(line, fill) / 2  # nearer the line's colour than the highlight's
    x0, x1 = round((left.left() + 2) * ratio), round((right.left() - 2) * ratio)
    y0, y1 = round((left.top() + 0.65 * left.height()) * ratio), round(left.bottom() * ratio)
    columns = [
        any(distance(QColor(image.pixel(x, y)), line) < limit for y in range(y0, y1 + 1))
        for x in range(x0, x1)
    ]
    return sum(columns) / max(len(columns), 1)


def tag_widget(window: MainWindow, tag: str) -> QWidget | None:
    """The toolbar's button for ``tag``."""
    action = window.findChild(QAction, f"tag-action-{tag}")
    return window.toolbar.widgetForAction(action) if action else None


def probe_main(work: Path) -> dict:
    window = build_main_window(work / "student.db", student="Ada")
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    settle()
    report: dict = {"layout_at_start": _layout(window)}
    view = window.arrangement.shown_views()[0]
    text = view.article.text.text
    paragraph = text.index("The Trump administration aggressively")
    for number, (tag, word) in enumerate(TAGGED_WORDS, start=1):
        start = text.index(word, paragraph)
        view.select(start, start + len(word))
        view.browser.setFocus()
        QTest.keyClick(view.browser, str(number))  # the same keys at every size
        assert tag == list(window.lesson.tags)[number - 1].name
    settle()
    report["tagged"] = window.model.rowCount()
    report["underlines"] = {tag: underline_columns(window, tag, word) for tag, word in TAGGED_WORDS}
    panel = window.side_panel
    report["panel_docked_before_toggle"] = panel.isVisible()
    if not panel.isVisible():  # collapsed: the toggle over the articles opens it
        toggle = window.findChild(QWidget, "side-panel-toggle")
        report["toggle"] = placed(toggle)
        QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
        settle()
    panel.note_edit.setFocus()
    QTest.keyClicks(panel.note_edit, NOTE)
    panel.save_note_now()
    settle()
    report["note_saved"] = window.workspace.annotation(panel.current().id).note == NOTE
    report["layout"] = _layout(window)
    report["widgets"] = {
        **{f"pane-{v.article.id}": placed(v) for v in window.arrangement.shown_views()},
        **{f"tag-{t.name}": placed(tag_widget(window, t.name)) for t in window.lesson.tags},
        **{f"retag-{b.objectName()}": placed(b) for b in panel.retag_buttons.buttons()},
        "note-editor": placed(panel.note_edit),
        "annotation-list": placed(panel.table),
        "save-state": placed(window.saved_label),
    }
    report["saved_text"] = window.saved_label.text()
    report["saved_label_fits"] = window.saved_label.width() >= window.saved_label.sizeHint().width()
    report["measures"] = [round(measure(v), 1) for v in window.arrangement.shown_views()]
    report["window"] = _window(window)
    grab = window.grab()
    _keep(grab, "main")
    report["grab"] = [grab.width(), grab.height(), grab.devicePixelRatio()]
    report["tag_keys"] = [
        window.findChild(QAction, f"tag-action-{t.name}").shortcut().toString()
        for t in window.lesson.tags
    ]
    window.close()
    window.database.close()
    return report


def probe_review(work: Path) -> dict:
    from tests.student_work import submit_work

    inbox = work / "inbox"
    lesson = None
    database = open_database(work / "teacher.db")
    try:
        from annotator.core.lessons.builtin import load_builtin_lesson

        lesson = load_builtin_lesson()
        for name in ("Ada Lovelace", "Ben", "Cleo"):
            submit_work(inbox, lesson, name, [("nbc-news", "more than 8,000 immigrants", "FACT")])
        window = ReviewWindow(database, lesson)
        window.import_paths([str(inbox)])
        window.import_report.close()
        window.show()
        QTest.qWaitForWindowExposed(window)
        settle()
        window.choose(next(iter(window.results)))
        settle()
        table, header = window.table, window.table.horizontalHeader()
        model = table.model()
        labels = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        viewport = table.viewport().width()
        columns = {}
        for name in KEY_COLUMNS:
            column = labels.index(name)
            position = header.sectionViewportPosition(column)
            columns[name] = position >= 0 and position + header.sectionSize(column) <= viewport
        report = {
            "layout": _layout(window),
            "key_columns_shown": columns,
            "widgets": {
                **{f"pane-{v.article.id}": placed(v) for v in window.arrangement.shown_views()},
                "students-table": placed(table),
                "override": placed(window.override),
                "feedback": placed(window.feedback),
                "annotation-feedback": placed(window.annotation_feedback),
            },
            "measures": [round(measure(v), 1) for v in window.arrangement.shown_views()],
            "window": _window(window),
        }
        _keep(window.grab(), "review")
        window.close()
        return report
    finally:
        database.close()


def _keep(grab, name: str) -> None:
    """Saves the window's picture where ``SCREEN_PROBE_PICTURES`` says, if it says (to look at)."""
    folder = os.environ.get("SCREEN_PROBE_PICTURES")
    if folder:
        grab.save(str(Path(folder) / f"{name}.png"))


def _layout(window) -> dict:
    arrangement = window.arrangement.arrangement
    return {
        "docked": arrangement.docked,
        "panel": arrangement.panel,
        "panes": arrangement.panes,
        "tabs": window.findChild(QWidget, "article-tabs").isVisible(),
    }


def _window(window) -> dict:
    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    return {
        "available": [available.x(), available.y(), available.width(), available.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "size": [window.width(), window.height()],
        "ratio": window.devicePixelRatioF(),
        "platform": QGuiApplication.platformName(),
    }


def main(work: Path) -> None:
    application()  # as the app makes it (the scale factor is not rounded)
    report = {"main": probe_main(work), "review": probe_review(work)}
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
