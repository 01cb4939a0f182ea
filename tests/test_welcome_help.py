"""The first start's welcome, shown once; Help's shortcuts (every real key, no false one) and
About; the articles' zoom from 80% to 200%."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QToolButton

import annotator
from annotator.core.lessons.examples import tag_examples
from annotator.qt.help_dialogs import shortcut_rows
from annotator.qt.keyboard import KEYS_IN_WIDGETS
from annotator.qt.welcome import greet, welcome_seen
from annotator.qt.window_fit import settings_path
from tests.gui_helpers import shown_text


def test_each_tag_has_an_example_from_the_lesson(lesson):
    examples = tag_examples(lesson)
    assert set(examples) == {"FACT", "QUOTE", "FRAMING"}
    for tag, words in examples.items():
        pieces = words.split(" … ")
        # From the lesson's own articles: every piece is in one of them.
        assert all(any(p in a.text.text for a in lesson.articles) for p in pieces), tag
        assert 2 <= len(words.replace(" … ", " ").split()) <= 10
    # A student's copy (no key) takes the instructions' examples.
    student_copy = dataclasses.replace(lesson, key=())
    assert tag_examples(student_copy) == {"FACT": "42,000 immigrants", "FRAMING": "crackdown"}


def test_the_welcome_comes_once_and_its_name_is_the_students(make_window, qtbot):
    window = make_window(student="")
    asked = []
    assert not welcome_seen()
    greet(window, asked.append)
    dialog = window.welcome
    assert dialog.isVisible() and asked == []
    text = shown_text(dialog.tags.text())
    for number, tag in enumerate(window.lesson.tags, start=1):
        assert f"{number} {tag.label.upper()}" in text.replace("\xa0", " ")
    for words in tag_examples(window.lesson).values():
        assert f"For example: “{words}”" in text
    keys = shown_text(dialog.keys.text())
    assert "Ctrl+1" in keys and "Submit Work" in keys and "Ctrl+Z" in keys
    QTest.keyClicks(dialog.name_edit, "Grace")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Start is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.workspace.student == "Grace"
    assert welcome_seen() and settings_path().exists()
    # The next start: no welcome, and no question (the name is known).
    greet(window, asked.append)
    assert window.welcome is dialog and asked == []
    # Help > Welcome shows it again.
    window.findChild(QAction, "help-welcome").trigger()
    assert window.welcome is not dialog and window.welcome.isVisible()
    window.welcome.reject()


def test_a_later_start_without_a_name_asks_for_it(make_window):
    from annotator.qt.welcome import mark_welcome_seen

    mark_welcome_seen()
    window = make_window(student="")
    asked = []
    greet(window, asked.append)
    assert asked == [window] and getattr(window, "welcome", None) is None


def test_the_shortcuts_list_every_key_the_window_has_and_none_it_lacks(window):
    rows = shortcut_rows(window)
    listed = "\n".join(keys for keys, _what in rows)
    # Every action with a shortcut that works (visible) is listed with its keys.
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.isVisible():
            for key in action.shortcuts():
                assert key.toString(QKeySequence.SequenceFormat.NativeText) in listed, action.text()
    keys = {k for k, _ in rows}
    assert {"1", "2", "3", "F6", "Shift+F6", "Ctrl+1", "Ctrl+3", "F1", "F9", "Ctrl+F1"} <= {
        part for k in keys for part in k.split(" or ")
    }
    assert "Ctrl+4" not in listed  # three articles: no key for a fourth
    assert [what for _k, what in rows if _k == "3"] == ["Tag the selection as FRAMING"]
    assert len(rows) >= len(KEYS_IN_WIDGETS) + 15
    help_menu = window.findChild(QMenu, "help-menu")
    dialog = help_menu.show_shortcuts()
    assert dialog.table.rowCount() == len(rows)
    dialog.reject()


def test_about_gives_the_version_and_the_licences(window):
    help_menu = window.findChild(QMenu, "help-menu")
    dialog = help_menu.show_about()
    text = shown_text(dialog.text.text())
    assert f"Annotator {annotator.__version__}" in text
    assert "LGPLv3" in text and "sqlite-utils" in text and "MIT" in text
    dialog.reject()


def test_the_articles_zoom_from_80_to_200_percent(window):
    view = window.views["nbc-news"]
    size = view.browser.font().pointSizeF()
    for _ in range(30):
        window.zoom(1)
    largest = view.browser.font().pointSizeF()
    assert largest <= 2.0 * size < largest + 1  # as near 200% as a step of a point goes
    assert window.statusBar().currentMessage() == f"Articles at {round(100 * largest / size)}%"
    assert all(v.browser.font().pointSizeF() == largest for v in window.views.values())
    for _ in range(60):
        window.zoom(-1)
    smallest = view.browser.font().pointSizeF()
    assert smallest - 1 < 0.8 * size <= smallest
    assert window.statusBar().currentMessage() == f"Articles at {round(100 * smallest / size)}%"


def test_the_instructions_open_in_a_window_that_needs_no_scrolling(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.instructions_window
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Your task") and "Handing in" in text
    bar = dialog.browser.verticalScrollBar()
    assert bar.maximum() == 0  # the whole text in view (the test screen is 1920x1200)
    button = window.side_panel.findChild(QToolButton, "instructions-window-button")
    assert button is not None and button.isVisible()
    dialog.close()
