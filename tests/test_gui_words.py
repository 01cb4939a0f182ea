"""Students select words: in the real window, a drag or Shift+arrows snaps to whole words, and
Alt keeps the exact characters. What the student sees selected is what the tag stores."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from tests.gui_helpers import drag, keyboard_select
from tests.test_gui_texts import _lesson

ALT = Qt.KeyboardModifier.AltModifier
PHRASE = "38,521-bed capacity"


def _stored(db_path) -> list[tuple[str, int, int]]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute('select exact, start, "end" from annotations order by start')
        return rows.fetchall()
    finally:
        conn.close()


def _phrase_start(view) -> int:
    return view.article.text.text.index(PHRASE)


def test_a_drag_from_inside_one_word_to_inside_another_tags_the_whole_words(window, db_path):
    view = window.views["daily-kos"]
    start = _phrase_start(view)
    drag(view, start + 4, start + 15)  # "21-bed capa"
    assert view.selection() == (start, start + len(PHRASE))  # what the student sees
    assert view.browser.textCursor().selectedText() == PHRASE
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _stored(db_path) == [(PHRASE, start, start + len(PHRASE))]


def test_a_drag_over_spaces_and_punctuation_keeps_only_the_words(window, db_path):
    view = window.views["daily-kos"]
    text = view.article.text.text
    end = _phrase_start(view) + len(PHRASE)
    drag(view, end - 8, end + 2)  # "capacity" and what follows it
    assert text[slice(*view.selection())] == "capacity"


def test_with_alt_held_a_drag_keeps_the_exact_characters(window, db_path):
    view = window.views["daily-kos"]
    start = _phrase_start(view)
    drag(view, start + 4, start + 15, ALT)
    assert view.selection() == (start + 4, start + 15)
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _stored(db_path) == [("21-bed capa", start + 4, start + 15)]
    # The next drag without Alt snaps again.
    drag(view, start + 4, start + 15)
    assert view.selection() == (start, start + len(PHRASE))


def test_shift_arrows_select_a_word_at_a_time(window, db_path):
    view = window.views["daily-kos"]
    start = _phrase_start(view)
    keyboard_select(view, start + 4, 2)  # from inside "38,521-bed": two words
    assert view.selection() == (start, start + len(PHRASE))
    QTest.keyClick(view.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (start, start + len("38,521-bed"))
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    assert _stored(db_path) == [("38,521-bed", start, start + 10)]


def test_other_keys_that_select_snap_too(window):
    view = window.views["daily-kos"]
    start = _phrase_start(view)
    keyboard_select(view, start + 4, 0)
    QTest.keyClick(view.browser, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    selected_start, selected_end = view.selection()
    assert selected_start == start  # the word the caret was in, whole
    text = view.article.text.text
    assert not text[selected_end - 1].isspace() and text[selected_end - 1] not in ",."


def test_alt_shift_arrows_select_exact_characters(window, db_path):
    view = window.views["daily-kos"]
    start = _phrase_start(view)
    keyboard_select(view, start + 3, 3, ALT)
    assert view.selection() == (start + 3, start + 6)
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _stored(db_path) == [("521", start + 3, start + 6)]


def test_an_annotation_on_part_of_a_word_is_kept_and_shown(make_window, db_path, lesson):
    text = lesson.article("daily-kos").text.text
    start = text.index(PHRASE) + 3
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        workspace.open_lesson()
        workspace.add(workspace.prepare("daily-kos", start, start + 3, "FACT", exact=True))
    assert _stored(db_path) == [("521", start, start + 3)]

    window = make_window()
    view = window.views["daily-kos"]
    shown = window.model.annotation(0)
    assert (shown.start, shown.end, shown.quote.exact) == (start, start + 3, "521")
    highlighted = [
        offset
        for offset in range(start - 3, start + 6)
        if view.highlight_format_at(offset).background().style() != Qt.BrushStyle.NoBrush
    ]
    assert highlighted == [start, start + 1, start + 2]
    window.close()
    assert _stored(db_path) == [("521", start, start + 3)]


def test_emoji_and_right_to_left_words(make_window, db_path):
    emoji = "Fans 👍🏽 cheered loudly."
    hebrew = 'אמר דובר צה"ל אתמול'
    window = make_window(the_lesson=_lesson(emoji, hebrew))
    view = window.views["a0"]
    drag(view, 1, emoji.index("cheered") + 3)  # inside "Fans" to inside "cheered"
    assert view.selection() == (0, emoji.index(" loudly"))  # code points, not UTF-16
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _stored(db_path)[0][0] == "Fans 👍🏽 cheered"

    rtl = window.views["a1"]
    word = hebrew.index("דובר")
    rtl.select(word + 1, word + 1)
    rtl.browser.setFocus()
    # In a right-to-left paragraph the next word is to the left.
    QTest.keyClick(rtl.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert rtl.selection() == (word, word + len("דובר"))
    QTest.keyClick(rtl.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert hebrew[slice(*rtl.selection())] == 'דובר צה"ל'
