"""What assistive technology gets from both windows, read through Qt's accessibility interface:
every control named and described, the highlight at the caret announced, tags told apart
without colour, focus visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from annotator.qt.accessibility import accessible_text, interactive_controls
from annotator.qt.highlights import UNDERLINES
from annotator.qt.palette import PALETTES, TEXT_ON_TAG, contrast_ratio
from tests.gui_helpers import keyboard_select

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def _unnamed(root: QWidget) -> list[str]:
    """Each interactive control lacking an accessible name or description, by what it is."""
    missing = []
    for widget in interactive_controls(root):
        for which, label in ((NAME, "name"), (DESCRIPTION, "description")):
            if not accessible_text(widget, which).strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}: no {label}")
    return missing


def _tag_something(window) -> None:
    view = window.views["nbc-news"]
    text = view.article.text.text
    keyboard_select(view, text.index("crackdown"), 1)
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    assert window.side_panel.current() is not None


def test_every_control_of_the_students_window_has_a_name_and_a_description(window):
    _tag_something(window)  # the editor enabled, the list not empty
    controls = list(interactive_controls(window))
    names = {w.objectName() for w in controls}
    # The controls a student uses are among those checked (the check is not vacuous).
    assert {"annotation-list", "note-editor", "tag-filter", "delete-annotation"} <= names
    assert {f"article-view-{a.id}" for a in window.lesson.articles} <= names
    assert _unnamed(window) == []
    note = window.side_panel.note_edit
    assert accessible_text(note, NAME) == "Note"


def test_every_control_of_the_review_window_has_a_name_and_a_description(review):
    names = {w.objectName() for w in interactive_controls(review)}
    assert {"students-table", "override", "feedback", "review-chooser"} <= names
    assert _unnamed(review) == []


def test_the_highlight_at_the_caret_is_announced_with_its_tag(window):
    _tag_something(window)
    view = window.views["nbc-news"]
    text = view.article.text.text
    browser = view.browser
    keyboard_select(view, text.index("crackdown") + 2, 0)
    described = accessible_text(browser, DESCRIPTION)
    assert described.startswith("At the caret: FRAMING highlight “crackdown”.")
    assert window.statusBar().currentMessage() == "At the caret: FRAMING highlight “crackdown”."
    QTest.keyClick(browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert accessible_text(browser, DESCRIPTION).startswith("No highlight at the caret.")
    assert accessible_text(browser, NAME) == "Article: NBC News"


def test_tags_differ_by_more_than_colour_and_their_text_reads_on_every_tag_colour(window):
    view = window.views["nbc-news"]
    text = view.article.text.text
    spans = {"FACT": "8,000 immigrants", "QUOTE": "Inauguration Day", "FRAMING": "crackdown"}
    for number, phrase in enumerate(spans.values(), start=1):
        words = len(phrase.split())
        keyboard_select(view, text.index(phrase), words)
        QTest.keyClick(view.browser, getattr(Qt.Key, f"Key_{number}"))
    styles = set()
    for tag, phrase in spans.items():
        shown = view.highlight_format_at(text.index(phrase) + 1)
        styles.add(shown.underlineStyle())
        assert shown.underlineStyle() == UNDERLINES[window.lesson.tags.get(tag).underline]
        background = shown.background().color().name()
        assert shown.foreground().color() == QColor(TEXT_ON_TAG)
        assert contrast_ratio(TEXT_ON_TAG, background) >= 4.5, tag
        # The underline stands out from the highlight under it.
        assert contrast_ratio(shown.underlineColor().name(), background) >= 3, tag
    assert len(styles) == len(spans)


def test_a_focused_pane_shows_a_ring_in_a_colour_that_stands_out(window):
    view = window.views["independent"]
    ring = view.browser.findChild(QWidget, "focus-ring")
    window.side_panel.table.setFocus()
    assert not ring.isVisible()
    QTest.keyClick(window.side_panel.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.browser and ring.isVisible()
    assert ring.geometry() == view.browser.rect()
    light = PALETTES["light"]
    assert contrast_ratio(light.focus, light.base) >= 3  # WCAG's 3:1 for focus indicators


def test_every_control_of_the_lesson_editor_has_a_name_and_a_description(qtbot, tmp_path):
    from annotator.qt.lesson_editor import LessonEditor
    from tests.test_gui_authoring import saved_pages

    editor = LessonEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.add_sources(saved_pages(tmp_path))
    names = {w.objectName() for w in interactive_controls(editor)}
    assert {"lesson-title", "instructions-editor", "paragraph-list", "meta-outlet"} <= names
    assert _unnamed(editor) == []
