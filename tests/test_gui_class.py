"""The review window's Class menu, driven like a teacher: the roster, the held submissions and
their decisions, removing a student, undo and redo, and what to check before a Canvas import."""

from __future__ import annotations

from PySide6.QtGui import QAction

from tests.test_identity import CANVAS_ROSTER, Computer


def _trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


def _names(window) -> list[str]:
    return sorted(result.name for result in window.results.values())


def test_the_roster_is_imported_and_edited_in_its_dialog(review, tmp_path):
    path = tmp_path / "canvas.csv"
    path.write_text(CANVAS_ROSTER, "utf-8")
    _trigger(review, "roster")
    dialog = review.class_actions.roster_dialog
    assert dialog.isVisible()
    assert dialog.import_file(path)
    assert dialog.table.rowCount() == 4
    assert "4 added" in dialog.summary.text()
    sis = dialog.table.item(1, 2)
    assert sis.text() == "S002"
    sis.setText("S020")  # as typed in the cell
    assert any(e.sis_user_id == "S020" for e in review.classroom.roster_entries())
    dialog.table.item(1, 2).setText("S001")  # Ava's: refused, said, not saved
    assert "already" in review.class_actions.message_box.text()
    assert [e.sis_user_id for e in review.classroom.roster_entries()].count("S001") == 1
    dialog.add_entry()
    assert dialog.table.rowCount() == 5
    dialog.table.selectRow(4)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 4
    bad = tmp_path / "bad.csv"
    bad.write_text("name;section\nAva;P2\n", "utf-8")
    assert not dialog.import_file(bad)
    assert "no id column" in review.class_actions.message_box.text()


def test_a_conflict_waits_then_is_decided_and_the_decision_undone(review, tmp_path, lesson):
    inbox = tmp_path / "inbox"
    Computer(lesson, "Alex Kim").submit(inbox)
    Computer(lesson, "Alex Kim").submit(inbox, tag="QUOTE")
    outcomes = review.import_paths([str(inbox)])
    assert sorted(o.status for o in outcomes) == ["added", "held"]
    report = review.import_report.text()
    assert "1 added: Alex Kim" in report and "1 held: Alex Kim" in report
    assert "1 submission waits for your decision" in report
    assert review.class_actions.held_button.text() == "1 held"
    assert _names(review) == ["Alex Kim"]

    _trigger(review, "held-submissions")
    dialog = review.class_actions.held_dialog
    assert dialog.table.rowCount() == 1
    assert "under this name" in dialog.table.item(0, 2).text()
    dialog.both_button.click()
    assert _names(review) == ["Alex Kim", "Alex Kim"]
    assert dialog.table.rowCount() == 0
    assert review.class_actions.held_button.text() == "None held"

    _trigger(review, "class-undo")
    assert _names(review) == ["Alex Kim"] and dialog.table.rowCount() == 1
    _trigger(review, "class-redo")
    assert _names(review) == ["Alex Kim", "Alex Kim"]


def test_removing_a_student_is_undoable(review, tmp_path, lesson):
    inbox = tmp_path / "inbox"
    for name in ("Ada", "Ben"):
        Computer(lesson, name).submit(inbox)
    review.import_paths([str(inbox)])
    ben = next(key for key, result in review.results.items() if result.name == "Ben")
    review.choose(ben)
    _trigger(review, "remove-submission")
    assert _names(review) == ["Ada"]
    assert review.model.rowCount() == 1
    _trigger(review, "class-undo")
    assert _names(review) == ["Ada", "Ben"]
    assert review.model.rowCount() == 2


def test_a_canvas_export_names_the_students_the_roster_does_not_know(review, tmp_path, lesson):
    path = tmp_path / "canvas.csv"
    path.write_text(CANVAS_ROSTER, "utf-8")
    review.class_actions.open_roster().import_file(path)
    inbox = tmp_path / "inbox"
    Computer(lesson, "Ava Smith", "S001").submit(inbox)
    Computer(lesson, "Zed Unknown").submit(inbox)
    review.import_paths([str(inbox)])
    held = review.classroom.held()
    assert [s.student_name for s in held] == ["Zed Unknown"]
    dialog = review.class_actions.open_held()
    dialog.both_button.click()  # a student who is on no roster entry
    written = review.exports.export_to("canvas", tmp_path / "grades.csv")
    assert written
    text = review.exports.warning_box.text()
    assert "Zed Unknown" in text and "on no roster entry" in text
    assert "Rossi, Maya (S002)" in text  # on the roster, no submission
