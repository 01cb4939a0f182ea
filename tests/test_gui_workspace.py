"""The student's workspace, driven through the real main window (offscreen, real SQLite)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from annotator.qt.highlights import UNDERLINES
from tests.gui_helpers import click_at, drag_select, keyboard_select

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _rows(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "select article_id, tag, exact, note, deleted is not null from annotations"
        ).fetchall()
    finally:
        conn.close()


def test_parts_have_stable_object_names(window, lesson):
    for article in lesson.articles:
        assert window.findChild(object, f"article-view-{article.id}") is not None
    assert isinstance(window.findChild(QTableView, "annotation-list"), QTableView)
    for tag in ("FACT", "QUOTE", "FRAMING"):
        assert window.findChild(QAction, f"tag-action-{tag}") is not None
    assert "Ada" in window.windowTitle()


def test_select_with_the_mouse_press_2_and_it_is_highlighted_listed_and_saved(window, db_path):
    view = window.views["independent"]
    start, end = drag_select(view, "deportation crackdown")
    assert view.selection() == (start, end)
    QTest.keyClick(view.browser, Qt.Key.Key_2)

    assert _rows(db_path) == [("independent", "QUOTE", "deportation crackdown", "", 0)]
    assert window.model.rowCount() == 1
    listed = window.model.annotation(0)
    assert (listed.tag, listed.start, listed.end) == ("QUOTE", start, end)
    inside = view.highlight_format_at(start + 3)
    assert inside.background().color().name() == "#ffd37a"
    assert inside.underlineStyle() == UNDERLINES["dotted"]
    outside = view.highlight_format_at(end + 2)
    assert outside.background().style() == Qt.BrushStyle.NoBrush
    assert "saved" in window.saved_label.text()


def test_keyboard_selection_and_the_toolbar_button(window, db_path, qtbot):
    view = window.views["nbc-news"]
    text = view.article.text.text
    start = text.index("8,000")
    keyboard_select(view, start, 1)  # one word
    button = window.toolbar.widgetForAction(window.findChild(QAction, "tag-action-FACT"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _rows(db_path) == [("nbc-news", "FACT", "8,000", "", 0)]


def test_empty_or_blank_selection_is_not_tagged(window, db_path):
    view = window.views["daily-kos"]
    view.browser.setFocus()
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _rows(db_path) == []
    assert "Select some words" in window.statusBar().currentMessage()
    text = view.article.text.text
    blank = text.index("\n")
    view.select(blank, blank + 1)  # only the paragraph break
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _rows(db_path) == []


def test_overlapping_spans_both_stay_visible(window, db_path):
    view = window.views["independent"]
    sentence = "I will send troops to the southern border to repel the disastrous invasion"
    drag_select(view, sentence)
    QTest.keyClick(view.browser, Qt.Key.Key_2)
    inner_start, _ = drag_select(view, "disastrous invasion")
    QTest.keyClick(view.browser, Qt.Key.Key_3)

    assert sorted(r[1] for r in _rows(db_path)) == ["FRAMING", "QUOTE"]
    quote_only = view.highlight_format_at(view.article.text.text.index(sentence) + 2)
    both = view.highlight_format_at(inner_start + 3)
    assert quote_only.background().color().name() == "#ffd37a"
    assert both.background().color() != quote_only.background().color()
    assert both.underlineStyle() == UNDERLINES["wave"]  # the inner FRAMING's cue
    assert window.model.rowCount() == 2


def test_undo_redo_create_retag_note_delete(window, db_path, qtbot):
    view = window.views["nbc-news"]
    drag_select(view, "aggressively publicized")
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    annotation = window.model.annotation(0)

    window.operations.retag(annotation, "FRAMING")
    window.side_panel.note_edit.setFocus()
    QTest.keyClicks(window.side_panel.note_edit, "loaded verb")
    window.side_panel.save_note_now()
    assert _rows(db_path) == [("nbc-news", "FRAMING", "aggressively publicized", "loaded verb", 0)]

    window.side_panel.table.setFocus()
    QTest.keyClick(window.side_panel.table, Qt.Key.Key_Delete)
    assert _rows(db_path)[0][4] == 1 and window.model.rowCount() == 0

    undo = window.findChild(QAction, "undo-action")
    redo = window.findChild(QAction, "redo-action")
    undo.trigger()  # delete
    assert _rows(db_path)[0][4] == 0 and window.model.rowCount() == 1
    undo.trigger()  # note (typed as one edit)
    assert _rows(db_path)[0][3] == ""
    undo.trigger()  # retag
    assert _rows(db_path)[0][1] == "FACT"
    assert view.highlight_format_at(annotation.start + 1).underlineStyle() == UNDERLINES["solid"]
    undo.trigger()  # create
    assert _rows(db_path)[0][4] == 1 and window.model.rowCount() == 0
    assert (
        view.highlight_format_at(annotation.start + 1).background().style() == Qt.BrushStyle.NoBrush
    )
    for _ in range(4):
        redo.trigger()
    assert _rows(db_path)[0][4] == 1  # deleted again, after recreate, retag, note
    undo.trigger()
    assert _rows(db_path) == [("nbc-news", "FRAMING", "aggressively publicized", "loaded verb", 0)]


def test_typing_digits_in_a_note_does_not_tag(window, db_path):
    view = window.views["daily-kos"]
    drag_select(view, "38,521-bed capacity")
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    window.side_panel.note_edit.setFocus()
    QTest.keyClicks(window.side_panel.note_edit, "vs 41,500 in 2 other reports")
    QTest.keyClick(window.side_panel.note_edit, Qt.Key.Key_Backspace)
    window.side_panel.save_note_now()
    rows = _rows(db_path)
    assert len(rows) == 1
    assert rows[0][3] == "vs 41,500 in 2 other report"


def test_clicking_a_highlight_selects_its_annotation(window):
    view = window.views["daily-kos"]
    start, _ = drag_select(view, "eyebrow-raising")
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    window.side_panel.table.setCurrentIndex(QModelIndex())
    assert window.side_panel.current() is None
    click_at(view, start + 4)
    current = window.side_panel.current()
    assert current is not None and current.quote.exact == "eyebrow-raising"


def test_restart_with_the_same_file_shows_the_same_annotations(make_window, db_path):
    first = make_window()
    view = first.views["nbc-news"]
    drag_select(view, "41,500 beds nationwide")
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    drag_select(view, "historic mass deportation")
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    before = first.model.annotations()
    first.close()
    first.database.close()

    second = make_window()
    assert second.model.annotations() == before
    again = second.views["nbc-news"]
    start = before[0].start
    assert again.highlight_format_at(start + 1).background().style() != Qt.BrushStyle.NoBrush


def test_filters_and_double_click_reveal(window, qtbot):
    for article_id, phrase, key in [
        ("nbc-news", "8,000 immigrants", Qt.Key.Key_1),
        ("daily-kos", "eyebrow-raising", Qt.Key.Key_3),
    ]:
        view = window.views[article_id]
        drag_select(view, phrase)
        QTest.keyClick(view.browser, key)
    panel = window.side_panel
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("FRAMING"))
    assert panel.proxy.rowCount() == 1
    panel.tag_filter.setCurrentIndex(0)
    panel.article_filter.setCurrentIndex(panel.article_filter.findData("nbc-news"))
    assert panel.proxy.rowCount() == 1
    index = panel.proxy.index(0, 2)
    rect = panel.table.visualRect(index)
    for click in (QTest.mouseClick, QTest.mouseDClick):  # a double click starts with a click
        click(panel.table.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
    assert window.views["nbc-news"]._flash_id is not None


def test_the_list_is_in_reading_order_and_sorts_by_column(window):
    for article_id, phrase, key in [
        ("daily-kos", "eyebrow-raising", Qt.Key.Key_3),
        ("nbc-news", "historic mass deportation", Qt.Key.Key_3),
        ("nbc-news", "8,000 immigrants", Qt.Key.Key_1),
        ("independent", "deportation crackdown", Qt.Key.Key_3),
    ]:
        view = window.views[article_id]
        drag_select(view, phrase)
        QTest.keyClick(view.browser, key)
    proxy = window.side_panel.proxy
    texts = [proxy.index(row, 2).data() for row in range(proxy.rowCount())]
    assert texts == [
        "8,000 immigrants",
        "historic mass deportation",
        "deportation crackdown",
        "eyebrow-raising",
    ]
    window.side_panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    texts = [proxy.index(row, 2).data() for row in range(proxy.rowCount())]
    assert texts == sorted(texts, key=str.lower)
