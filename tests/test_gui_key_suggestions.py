"""The review window's suggestions for the key, driven as a teacher would: the dock lists what
several students tagged and the key lacks; Accept (tag, points, note) and Dismiss re-grade the
class at once; a student's extra highlight can be credited for that student alone; Ctrl+Z
takes each back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTableWidget

from annotator.qt.review_window import CLASS, ReviewWindow
from annotator.storage.database import open_database
from tests.gui_helpers import hover_tooltip
from tests.student_work import submit_work
from tests.test_key_changes import CHICAGO, HISTORIC, MONITORED, SPACE, framing


@pytest.fixture
def review(qtbot, tmp_path, lesson):
    inbox = tmp_path / "inbox"
    submit_work(inbox, lesson, "Ada Okafor", [SPACE, MONITORED, HISTORIC])
    submit_work(inbox, lesson, "Ben Ruiz", [SPACE, MONITORED])
    submit_work(inbox, lesson, "Cleo Liu", [framing(SPACE), CHICAGO, framing(MONITORED)])
    submit_work(inbox, lesson, "Dev Mensah", [SPACE])
    database = open_database(tmp_path / "teacher.db")
    window = ReviewWindow(database, lesson)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.import_paths([str(inbox)])
    window.import_report.close()
    with qtbot.waitActive(window):  # Ctrl+Z goes to the active window
        window.activateWindow()
    yield window
    window.close()
    database.close()


def points(window: ReviewWindow) -> dict[str, float]:
    return {r.name: r.grade.points_earned for r in window.results.values()}


def rows(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def undo(qtbot, window: ReviewWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_the_dock_lists_suggestions_and_accepting_one_regrades_the_class(review, qtbot, lesson):
    dock = review.findChild(QDockWidget, "key-suggestions")
    assert dock is not None and dock.isVisible()
    table = review.findChild(QTableWidget, "suggestions-table")
    assert rows(table) == [
        ["4", "FACT", "NBC News", SPACE[1]],
        ["3", "FACT", "The Independent", MONITORED[1]],
    ]
    assert "Ada Okafor, Ben Ruiz, Cleo Liu, Dev Mensah" in table.item(0, 3).toolTip()
    learning = review.key_learning
    assert not learning.accept_button.isEnabled()
    table.selectRow(0)  # shown where it stands in its article
    nbc = review.views["nbc-news"]
    start = lesson.article("nbc-news").text.text.index(SPACE[1])
    assert nbc.selection() == (start, start + len(SPACE[1]))

    before = points(review)
    qtbot.mouseClick(learning.accept_button, Qt.MouseButton.LeftButton)
    dialog = learning.dialog
    assert dialog.objectName() == "accept-claim-dialog" and dialog.isVisible()
    assert dialog.values() == ("FACT", 1.0, "")  # the tag most chose, one point
    dialog.points.setValue(2)
    dialog.note.setText("What led to the releases, as NBC reports it")
    dialog.accept()

    after = points(review)
    assert after == {
        "Ada Okafor": before["Ada Okafor"] + 2,
        "Ben Ruiz": 2.0,
        "Cleo Liu": 1.0,  # FRAMING: the wrong tag's half
        "Dev Mensah": 2.0,
    }
    assert rows(table) == [["3", "FACT", "The Independent", MONITORED[1]]]
    changes = review.findChild(QTableWidget, "key-changes-table")
    assert rows(changes) == [
        ["NBC News", "Accepted “Space constraints and court orders” as FACT, 2 points"]
    ]
    assert review.model.rowCount() == 4
    review.choose(next(k for k, r in review.results.items() if r.name == "Dev Mensah"))
    tip = hover_tooltip(qtbot, nbc, start + 2)
    assert tip.startswith("Found: the key tags this FACT too\nWhy: Found the FACT claim")
    assert "Key's note: What led to the releases, as NBC reports it" in tip
    review.resize(1600, 1000)
    review.grab().save("/tmp/review-key-suggestions.png")

    undo(qtbot, review)  # Ctrl+Z: the key and every grade as before
    assert points(review) == before
    assert [r[3] for r in rows(table)] == [SPACE[1], MONITORED[1]]
    assert rows(changes) == []
    review.class_actions.redo_action.trigger()
    assert points(review) == after


def test_dismissing_takes_a_suggestion_off_the_list(review, qtbot):
    learning = review.key_learning
    before = points(review)
    learning.select(learning.shown[1].id)
    qtbot.mouseClick(learning.dismiss_button, Qt.MouseButton.LeftButton)
    assert [s.exact for s in learning.shown] == [SPACE[1]]
    assert points(review) == before
    assert learning.changes.rowCount() == 1
    learning.changes.selectRow(0)  # taken back from the list of changes, also undoable
    qtbot.mouseClick(learning.remove_button, Qt.MouseButton.LeftButton)
    assert len(learning.shown) == 2 and learning.changes.rowCount() == 0
    undo(qtbot, review)
    assert len(learning.shown) == 1
    learning.min_students.setValue(1)
    assert CHICAGO[1] in [s.exact for s in learning.shown]


def test_an_extra_highlight_is_credited_for_one_student(review, qtbot, lesson):
    learning = review.key_learning
    cleo = next(k for k, r in review.results.items() if r.name == "Cleo Liu")
    before = points(review)
    nbc = review.views["nbc-news"]
    chicago = lesson.article("nbc-news").text.text.index(CHICAGO[1]) + 2
    review.choose(CLASS)
    assert learning.menu_at(nbc, chicago) is None  # a student's highlight, in their view
    review.choose(cleo)
    menu = learning.menu_at(nbc, chicago)
    assert [a.objectName() for a in menu.actions()] == ["credit-for-student", "accept-highlight"]
    menu.actions()[0].trigger()
    dialog = learning.dialog
    assert dialog.objectName() == "credit-dialog"
    dialog.points.setValue(1.5)
    dialog.note.setText("a good catch")
    dialog.accept()
    assert points(review) == {**before, "Cleo Liu": before["Cleo Liu"] + 1.5}
    assert review.chosen() == cleo
    tip = hover_tooltip(qtbot, nbc, chicago)
    assert tip == (
        "Credited by you for this student alone (tagged FRAMING)\n"
        "Why: Credited by the teacher, “a good catch”: 1.5 points"
    )
    assert "credited by the teacher" in review.detail.toPlainText()
    menu = learning.menu_at(nbc, chicago)
    assert [a.objectName() for a in menu.actions()] == ["remove-student-credit"]
    menu.actions()[0].trigger()
    assert points(review) == before
    undo(qtbot, review)  # the credit back
    assert points(review)["Cleo Liu"] == before["Cleo Liu"] + 1.5
    undo(qtbot, review)
    undo(qtbot, review)
    assert points(review) == before


def test_a_highlight_s_words_can_be_accepted_into_the_key_and_the_key_exported(
    review, tmp_path, lesson
):
    learning = review.key_learning
    cleo = next(k for k, r in review.results.items() if r.name == "Cleo Liu")
    review.choose(cleo)
    nbc = review.views["nbc-news"]
    chicago = lesson.article("nbc-news").text.text.index(CHICAGO[1]) + 2
    learning.menu_at(nbc, chicago).actions()[1].trigger()
    assert learning.dialog.values()[0] == "FRAMING"  # the student's tag
    learning.dialog.accept()
    assert review.lesson.key[-1].quote.exact == CHICAGO[1]
    assert review.chooser.findData("__key__") >= 0
    out = tmp_path / "key.toml"
    assert learning.export(str(out))
    assert "cities like Chicago" in out.read_text("utf-8")
    assert review.findChild(type(learning.dock.toggleViewAction()), "export-key") is not None


def test_the_overview_counts_an_accepted_claim_and_a_window_opens_with_it(review, qtbot, lesson):
    learning = review.key_learning
    learning.select(learning.shown[0].id)
    learning.accept_selected().accept()
    accepted = len(lesson.key)  # the index of the first claim accepted
    (figure,) = [c for c in review.overview.overview.claims if c.key_index == accepted]
    assert (figure.words, figure.found, figure.wrong_tag) == (SPACE[1], 3, 1)
    again = ReviewWindow(review.classroom.database, lesson)  # the changes read back
    qtbot.addWidget(again)
    assert len(again.lesson.key) == accepted + 1
    assert len(again.overview.overview.claims) == accepted + 1
    assert again.key_learning.changes.rowCount() == 1
    again.close()
