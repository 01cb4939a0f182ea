"""The student's window as it narrows, zooms and reopens: the rule, the keys, what is remembered.

The tests' screen is a desktop's (1920x1200, see conftest.py); narrower windows are made by
resizing. Other screens and scales: tests/test_screens.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from annotator.qt.responsive_layout import MIN_MEASURE, Arrangement, arrange, measure
from annotator.qt.window_fit import fitted, settings_path
from annotator.qt.window_layouts import KEY_COLUMNS, key_columns_first
from tests.gui_helpers import drag_select

# The article font's widths in the tests (DejaVu Sans 10.5 pt): 36 and 45 characters a line.
PANE_MIN, PANE_COMFORT, PANEL_MIN, PANEL_PREFERRED, HANDLE = 302, 366, 300, 470, 4


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (1916, Arrangement(docked=True, panel=470, panes=3, area=1442)),  # 1920 wide
        (1596, Arrangement(docked=True, panel=470, panes=3, area=1122)),  # 1600
        (1362, Arrangement(docked=True, panel=300, panes=3, area=1058)),  # 1366
        (1276, Arrangement(docked=True, panel=300, panes=3, area=972)),  # 1280
        (1218, Arrangement(docked=True, panel=300, panes=3, area=914)),  # the narrowest docked
        (1217, Arrangement(docked=False, panel=0, panes=3, area=1217)),
        (1200, Arrangement(docked=False, panel=0, panes=3, area=1200)),  # the panel collapses
        (914, Arrangement(docked=False, panel=0, panes=3, area=914)),
        (913, Arrangement(docked=False, panel=0, panes=2, area=913)),  # two at a time
        (608, Arrangement(docked=False, panel=0, panes=2, area=608)),
        (607, Arrangement(docked=False, panel=0, panes=1, area=607)),  # one at a time
    ],
)
def test_the_rule_by_width(width, expected):
    assert arrange(width, 3, PANE_MIN, PANE_COMFORT, PANEL_MIN, PANEL_PREFERRED, HANDLE) == (
        expected
    )


def test_the_users_choices_within_the_rule():
    args = (3, PANE_MIN, PANE_COMFORT, PANEL_MIN, PANEL_PREFERRED, HANDLE)
    # The panel opened in a narrow window: its minimum width, fewer articles beside it.
    assert arrange(1100, *args, panel_wanted=True) == Arrangement(True, 300, 2, 796)
    # Hidden in a wide one: the articles take the width.
    assert arrange(1916, *args, panel_wanted=False) == Arrangement(False, 0, 3, 1916)
    # A width dragged to: kept as long as every article stays readable.
    assert arrange(1916, *args, panel_chosen=600).panel == 600
    assert arrange(1362, *args, panel_chosen=600).panel == 1362 - 2 * HANDLE - 3 * PANE_MIN - 4
    # A panel that comes first (the review window) stays while one article fits beside it.
    assert arrange(800, *args, panel_first=True) == Arrangement(True, 300, 1, 496)


def test_a_window_is_fitted_inside_the_available_geometry():
    available = QRect(0, 0, 1366, 728)  # a 1366x768 screen less a panel
    margins = QMargins(0, 32, 0, 0)
    # The frame given, the client returned: one that fits stays where it is.
    assert fitted(QRect(100, 50, 800, 632), margins, available) == QRect(100, 82, 800, 600)
    too_big = fitted(QRect(0, 0, 1600, 1032), margins, available)
    assert too_big == QRect(0, 32, 1366, 696)
    elsewhere = fitted(QRect(3000, 2000, 800, 632), margins, available)  # a screen now gone
    assert available.contains(elsewhere.marginsAdded(margins)) and elsewhere.size().width() == 800


def _arranged(qtbot, window, width: int, height: int = 800) -> Arrangement:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.centralWidget().width() <= width)
    return window.arrangement.arrangement


def _toggle(window) -> QWidget:
    return window.findChild(QWidget, "side-panel-toggle")


def test_narrowing_collapses_the_panel_then_shows_articles_two_at_a_time(window, qtbot):
    wide = window.arrangement.arrangement
    assert wide.docked and wide.panes == 3 and not _toggle(window).isVisible()
    assert all(measure(v) >= 45 for v in window.views.values())  # 1600: a comfortable measure

    collapsed = _arranged(qtbot, window, 1100)
    assert not collapsed.docked and collapsed.panes == 3
    assert not window.side_panel.isVisible() and _toggle(window).isVisible()
    assert all(measure(v) >= MIN_MEASURE for v in window.views.values())

    QTest.keyClick(window, Qt.Key.Key_F9)  # the panel, at the articles' expense
    opened = window.arrangement.arrangement
    assert opened.docked and opened.panes == 2 and window.side_panel.isVisible()
    tabs = window.findChild(QWidget, "article-tabs")
    assert tabs.isVisible() and tabs.count() == 3
    assert all(measure(v) >= MIN_MEASURE for v in window.arrangement.shown_views())
    QTest.mouseClick(_toggle(window), Qt.MouseButton.LeftButton)  # and hidden again
    assert not window.side_panel.isVisible()

    assert _arranged(qtbot, window, 700).panes == 2
    assert _arranged(qtbot, window, 600).panes == 1
    # Wide again: the rule decides once more, whatever was chosen in between.
    assert _arranged(qtbot, window, 1600, 1000) == wide
    assert window.side_panel.isVisible() and not tabs.isVisible()


def test_the_next_article_comes_into_view_with_the_keyboard_and_the_number_keys_tag_there(
    window, qtbot
):
    _arranged(qtbot, window, 600)
    first, second, third = window.views.values()
    assert window.arrangement.shown_views() == [first]
    QTest.keyClick(first.browser, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.arrangement.shown_views() == [third]
    assert third.browser.hasFocus() and window.active_view() is third
    start, end = drag_select(third, "eyebrow-raising")
    QTest.keyClick(third.browser, Qt.Key.Key_3)
    created = window.workspace.current_annotations()
    assert [(a.article_id, a.start, a.end, a.tag) for a in created] == [
        (third.article.id, start, end, "FRAMING")
    ]
    # A tab brings an article back; so does choosing an annotation of a hidden one.
    tabs = window.findChild(QWidget, "article-tabs")
    tabs.setCurrentIndex(0)
    assert window.arrangement.shown_views() == [first]
    window.reveal(created[0])
    assert window.arrangement.shown_views() == [third]
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.arrangement.shown_views() == [second]


def test_zooming_in_keeps_the_measure_by_showing_fewer_articles(window, qtbot):
    wide = window.arrangement.arrangement
    assert wide.docked and wide.panes == 3
    window.zoom(6)  # larger letters: the panel gives up width first
    qtbot.waitUntil(lambda: window.arrangement.arrangement.panel < wide.panel)
    window.zoom(6)  # then the panel collapses, and the articles go two at a time
    qtbot.waitUntil(lambda: window.arrangement.arrangement.panes == 2)
    assert all(measure(v) >= MIN_MEASURE for v in window.arrangement.shown_views())
    window.zoom(-12)
    qtbot.waitUntil(lambda: window.arrangement.arrangement == wide)


def test_the_window_reopens_as_it_was_closed(make_window, qtbot, tmp_path):
    window = make_window()
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: window.width() == 1500)
    splitter = window._main_splitter
    splitter.moveSplitter(splitter.width() - 520, 1)  # the student widens the side panel
    panel = splitter.sizes()[1]
    assert 500 < panel < 540
    window.close()
    assert settings_path().is_file()  # in this test's own config folder (conftest.py)

    again = make_window(tmp_path / "again.db")
    assert again.size().width() == 1500 and again.size().height() == 900
    assert again._main_splitter.sizes()[1] == panel


def test_a_remembered_geometry_larger_than_the_screen_is_fitted_again(make_window, qtbot, tmp_path):
    window = make_window()
    window.setGeometry(300, 100, 1800, 1500)  # taller than the 1200 pixel screen
    qtbot.waitUntil(lambda: window.height() == 1500)
    window.close()
    again = make_window(tmp_path / "again.db")
    available = again.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(again.frameGeometry()))
    assert again.height() < 1200 and again.width() <= 1800


def test_the_start_waits_for_the_articles_the_width_shows(monkeypatch, qtbot, tmp_path):
    """A window opened narrow paints two articles: the saved work follows their first paint,
    not a timeout waiting for the third."""
    from annotator.qt import app
    from annotator.qt.window_fit import window_settings

    settings = window_settings("main-window")
    probe = QWidget()
    probe.setGeometry(100, 100, 900, 700)
    settings.setValue("geometry", probe.saveGeometry())
    settings.sync()
    watched = []
    real = app.call_after_first_paint
    monkeypatch.setattr(
        app, "call_after_first_paint", lambda ws, cb: (watched.append(ws), real(ws, cb))
    )
    window = app.start_main_window(tmp_path / "s.db", student="Ada")
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.saved_work_shown, timeout=app.FIRST_PAINT_FALLBACK_MS - 100):
            pass
        assert window.arrangement.arrangement.panes == 2
        assert watched == [[v.browser.viewport() for v in window.arrangement.shown_views()]]
    finally:
        window.close()
        window.database.close()


def test_the_class_table_shows_the_scores_first_and_keeps_its_columns(tmp_path, lesson, qtbot):
    from annotator.qt.review_window import ReviewWindow
    from annotator.storage.database import open_database

    with open_database(tmp_path / "teacher.db") as database:
        review = ReviewWindow(database, lesson)
        qtbot.addWidget(review)
        model, header = review.table.model(), review.table.horizontalHeader()
        labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
        shown = [labels[header.logicalIndex(v)] for v in range(header.count())]
        assert shown[: len(KEY_COLUMNS)] == list(KEY_COLUMNS)
        assert labels[:2] == ["Student", "ID"]  # the model's order, for every other reader
        key_columns_first(review.table)  # again: nothing moves
        assert [labels[header.logicalIndex(v)] for v in range(header.count())] == shown
        review.close()


def test_hiding_the_panel_holds_when_another_lesson_opens(window, qtbot, lesson):
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert not window.side_panel.isVisible() and _toggle(window).isVisible()
    window.open_lesson(lesson)
    qtbot.waitUntil(lambda: window.arrangement.arrangement is not None)
    assert not window.arrangement.arrangement.docked and not window.side_panel.isVisible()
    assert len(window.arrangement.shown_views()) == 3
    QTest.keyClick(window, Qt.Key.Key_F9)
    assert window.side_panel.isVisible()
