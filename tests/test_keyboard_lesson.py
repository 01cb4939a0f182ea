"""A whole lesson with the keyboard alone: no mouse event, no call into the window's insides.

The student goes to an article (Ctrl+1), moves the caret, selects words with Shift+arrows,
tags with the number keys, links the same claim in two articles (L, a title, Enter; then
L, Down, Enter), moves between panes (F6), walks the list, writes a note, deletes,
undoes, chooses a highlight with Enter, and hands the work in through the File menu and its
dialogs. The teacher imports it, chooses the student in the class table, writes feedback and
comments on a highlight, again with keys only. Every step is checked where it lands: the
student's database, the teacher's classroom.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def _rows(db_path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "select tag, exact, note from annotations where deleted is null order by start"
        ).fetchall()
    finally:
        conn.close()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """A key press where the keyboard is: the focused widget of the active window."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard"
    QTest.keyClick(target, key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def caret_to(view, offset: int) -> None:
    """Ctrl+Home, then Right until the caret is at ``offset`` (caret browsing, keys only)."""
    press(Qt.Key.Key_Home, CTRL)
    for _ in range(view.to_document(offset)):
        press(Qt.Key.Key_Right)


def focused_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


def answer_dialogs(qtbot, answers: list[str]) -> list[str]:
    """Types each answer into the next modal dialog that opens (an input box, a file dialog)
    and presses Enter; returns the titles of the dialogs answered."""
    answered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog | QFileDialog) and dialog.isVisible():
            focus = QApplication.focusWidget()
            QTest.keyClick(focus, Qt.Key.Key_A, CTRL)  # replace what is there
            QTest.keyClicks(focus, answers[len(answered)])
            answered.append(dialog.windowTitle())
            QTest.keyClick(focus, Qt.Key.Key_Return)
        if len(answered) < len(answers):
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    return answered


def test_a_whole_lesson_from_the_keyboard(window, db_path, qtbot, tmp_path, lesson, review):
    nbc, independent = window.views["nbc-news"], window.views["independent"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Ctrl+1: the first article has the keyboard, and the ring shows it.
    press(Qt.Key.Key_1, CTRL)
    assert QApplication.focusWidget() is nbc.browser
    assert nbc.browser.findChild(QWidget, "focus-ring").isVisible()

    # Select "crackdown" with the caret and Shift+Right (a word at a time), press 3: FRAMING.
    text = nbc.article.text.text
    caret_to(nbc, text.index("crackdown"))
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_3)
    caret_to(nbc, text.index("8,000 immigrants"))
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_1)
    # Ctrl+2: the second article; a sentence-long QUOTE, word by word.
    press(Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is independent.browser
    other = independent.article.text.text
    caret_to(independent, other.index("according to a report"))
    for _ in range(4):
        press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_3)
    assert sorted(_rows(db_path)) == sorted(
        [
            ("FRAMING", "crackdown", ""),
            ("FACT", "8,000 immigrants", ""),
            ("FRAMING", "according to a report", ""),
        ]
    )

    # L links the same claim across outlets, keys only: the Independent's "8,000" as a new
    # claim (type its title, Enter), then NBC's "8,000 immigrants" into it (Down, Enter).
    caret_to(independent, other.index("about 8,000"))
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_L)
    dialog = window.claim_linking.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and focused_in(dialog))
    for _ in range(6):
        if QApplication.focusWidget() is dialog.title:
            break
        press(Qt.Key.Key_Tab)
    type_text("Arrests since Inauguration Day")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() and QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is independent.browser  # back where the student was
    press(Qt.Key.Key_1, CTRL)
    caret_to(nbc, text.index("8,000 immigrants"))
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_Right, SHIFT)
    press(Qt.Key.Key_L)
    dialog = window.claim_linking.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is dialog.claim_list)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible() and QApplication.activeWindow() is window)
    conn = sqlite3.connect(db_path)
    try:
        linked = conn.execute(
            "select a.exact, c.title from annotations a join linked_claims c on c.id = a.claim_id"
            " where a.deleted is null order by a.start"
        ).fetchall()
    finally:
        conn.close()
    assert sorted(linked) == [
        ("8,000 immigrants", "Arrests since Inauguration Day"),
        ("about 8,000", "Arrests since Inauguration Day"),
    ]
    press(Qt.Key.Key_2, CTRL)

    # F6 from the second article: the third, then the list.
    press(Qt.Key.Key_F6)
    press(Qt.Key.Key_F6)
    panel = window.side_panel
    assert QApplication.focusWidget() is panel.table
    assert panel.table.findChild(QWidget, "focus-ring").isVisible()
    # Walk the list to "8,000 immigrants" (the list keeps the articles' order).
    press(Qt.Key.Key_Home, CTRL)
    assert panel.current().quote.exact == "crackdown"
    press(Qt.Key.Key_Down)
    assert panel.current().quote.exact == "8,000 immigrants"
    # Enter shows it in its article.
    press(Qt.Key.Key_Return)
    assert nbc.from_document(nbc.browser.textCursor().position()) == text.index("8,000")

    # Tab on to the note; type; Tab leaves the note (no tab character in it).
    for _ in range(8):
        if QApplication.focusWidget() is panel.note_edit:
            break
        press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.note_edit
    type_text("a number to check")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.note_edit
    qtbot.waitUntil(lambda: ("FACT", "8,000 immigrants", "a number to check") in _rows(db_path))

    # Back to the list (Shift+F6 from the note), Delete, then Ctrl+Z brings it back.
    press(Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is panel.note_edit
    press(Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is panel.table
    press(Qt.Key.Key_Delete)
    assert ("FACT", "8,000 immigrants", "a number to check") not in _rows(db_path)
    press(Qt.Key.Key_Z, CTRL)
    assert ("FACT", "8,000 immigrants", "a number to check") in _rows(db_path)

    # In the article, Enter on a highlight chooses it, as a click does.
    press(Qt.Key.Key_1, CTRL)
    caret_to(nbc, text.index("crackdown") + 3)
    assert "FRAMING highlight “crackdown”" in nbc.browser.accessibleDescription()
    press(Qt.Key.Key_Return)
    assert panel.current().quote.exact == "crackdown"

    # Hand in: Alt+F opens the File menu, S chooses Submit Work; the ID, then the file.
    out = tmp_path / "ada.submission.json"
    answered = answer_dialogs(qtbot, ["S042", str(out)])
    press(Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_S)
    qtbot.waitUntil(out.exists)
    assert len(answered) == 2

    # The teacher: the submission imported, then keys only.
    review.import_paths([str(out)])
    review.import_report.close()
    review.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is review)
    for _ in range(6):  # F6 through the three articles to the class table
        if QApplication.focusWidget() is review.table:
            break
        press(Qt.Key.Key_F6)
    assert QApplication.focusWidget() is review.table
    press(Qt.Key.Key_Home, CTRL)  # the first (only) student
    key = review.chosen()
    assert key in review.results and review.results[key].name == "Ada"
    # F6 from the table: the feedback.
    press(Qt.Key.Key_F6)
    assert QApplication.focusWidget() is review.feedback
    type_text("Well found.")
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: review.classroom.results()[key].feedback == "Well found.")
    # Ctrl+1, the caret onto Ada's "crackdown", Enter: the comment box takes the keyboard.
    press(Qt.Key.Key_1, CTRL)
    view = review.views["nbc-news"]
    assert QApplication.focusWidget() is view.browser
    caret_to(view, text.index("crackdown") + 2)
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is review.annotation_feedback
    type_text("Yes: loaded.")
    press(Qt.Key.Key_F6)  # on to the next pane; the comment is saved as typed
    qtbot.waitUntil(
        lambda: "Yes: loaded." in review.classroom.results()[key].annotation_feedback.values()
    )
