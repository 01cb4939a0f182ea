"""The teacher's review window, driven like a teacher: import, look, grade, give feedback."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotator.qt.review_window import CLASS, KEY
from tests.gui_helpers import click_at, hover_tooltip
from tests.student_work import submit_work

CLASS_WORK = {
    "Ada": [
        ("nbc-news", "more than 8,000 immigrants", "FACT"),
        ("daily-kos", "eyebrow-raising", "FRAMING"),
    ],
    "Ben": [("nbc-news", "8,000 immigrants", "FACT"), ("daily-kos", "eyebrow-raising", "FACT")],
    "Cleo": [("daily-kos", "eyebrow-raising", "FRAMING"), ("independent", "crackdown", "FRAMING")],
}


def _submit_all(tmp_path, lesson):
    inbox = tmp_path / "inbox"
    for name, work in CLASS_WORK.items():
        submit_work(inbox, lesson, name, work)
    return inbox


def test_import_a_folder_then_see_the_class_heat_map(review, qtbot, tmp_path, lesson):
    outcomes = review.import_paths([str(_submit_all(tmp_path, lesson))])
    assert [o.status for o in outcomes] == ["added"] * 3
    assert "3 added: Ada, Ben, Cleo" in review.import_report.text()
    assert review.model.rowCount() == 3
    assert review.chosen() == CLASS

    kos = review.views["daily-kos"]
    offset = lesson.article("daily-kos").text.text.index("eyebrow-raising") + 2
    heat = kos.heat_at(offset)
    assert heat.students == 3 and heat.by_tag == (("FRAMING", 2), ("FACT", 1))
    assert hover_tooltip(qtbot, kos, offset) == "3 of 3 students: FRAMING 2, FACT 1"
    fmt = kos.highlight_format_at(offset)
    nbc = review.views["nbc-news"]
    lone = lesson.article("nbc-news").text.text.index("more than") + 1
    assert nbc.heat_at(lone).students == 1
    # Fewer students, lighter shading.
    assert (
        nbc.highlight_format_at(lone).background().color().alphaF()
        < fmt.background().color().alphaF()
    )
    assert "Agreement" in review.agreement_label.text()

    again = review.import_paths([str(tmp_path / "inbox")])
    assert [o.status for o in again] == ["unchanged"] * 3


def test_one_student_the_key_and_the_table(review, tmp_path, lesson):
    review.import_paths([str(_submit_all(tmp_path, lesson))])
    review.choose(next(k for k, r in review.results.items() if r.name == "Ben"))
    kos = review.views["daily-kos"]
    offset = lesson.article("daily-kos").text.text.index("eyebrow-raising") + 2
    assert kos.annotations_at(offset)[0].tag == "FACT"  # Ben's own tag, not the class's
    detail = review.detail.toPlainText()
    assert "Right span, wrong tag" in detail
    assert "but the key tags it FRAMING; FACT earns 50% of its points" in detail  # why
    assert f"of {len(lesson.key)} claims with a tag the key accepts, 1 with another tag" in detail

    review.choose(KEY)
    assert kos.annotations_at(offset)[0].tag == "FRAMING"
    assert len(kos._annotations) == sum(1 for k in lesson.key if k.article_id == "daily-kos")

    table = review.table
    f1_column = review.model.columns.index("F1")
    table.sortByColumn(f1_column, Qt.SortOrder.DescendingOrder)
    f1s = [review.proxy.index(r, f1_column).data() for r in range(3)]
    values = [float(v.rstrip("%")) for v in f1s]
    assert values == sorted(values, reverse=True)
    review.filter_edit.setText("cle")
    assert review.proxy.rowCount() == 1


def test_the_window_stores_the_grades_it_shows_and_the_overrides(review, tmp_path, lesson):
    review.import_paths([str(_submit_all(tmp_path, lesson))])
    query = "select student_name, score, override, final from grades order by student_name"
    stored = sqlite3.connect(tmp_path / "teacher.db").execute(query).fetchall()
    scores = {r.name: r.grade.score for r in review.results.values()}
    assert stored == [(name, scores[name], None, scores[name]) for name in ("Ada", "Ben", "Cleo")]
    review.choose(next(k for k, r in review.results.items() if r.name == "Ben"))
    review.override.setValue(75)
    stored = sqlite3.connect(tmp_path / "teacher.db").execute(query).fetchall()
    assert stored[1] == ("Ben", scores["Ben"], 75.0, 75.0)


def test_override_and_feedback_are_saved_at_once(review, tmp_path, lesson):
    review.import_paths([str(_submit_all(tmp_path, lesson))])
    ada = next(k for k, r in review.results.items() if r.name == "Ada")
    review.choose(ada)
    review.override.setValue(88.5)
    review.feedback.setFocus()
    QTest.keyClicks(review.feedback, "Good eye for numbers.")
    review.save_feedback_now()
    nbc = review.views["nbc-news"]
    start = lesson.article("nbc-news").text.text.index("more than 8,000")
    click_at(nbc, start + 3)
    assert review.annotation_feedback.isEnabled()
    QTest.keyClicks(review.annotation_feedback, "Exactly the claim.")
    review.save_feedback_now()

    conn = sqlite3.connect(review.classroom.database.path)
    try:
        override, feedback = conn.execute(
            "select override, feedback from class_submissions where student_key = ?", [ada]
        ).fetchone()
        notes = [
            r[0]
            for r in conn.execute("select feedback from class_annotations where feedback != ''")
        ]
    finally:
        conn.close()
    assert (override, feedback) == (88.5, "Good eye for numbers.")
    assert notes == ["Exactly the claim."]
    final_column = review.model.columns.index("Final")
    row = review.model.row_of(ada)
    assert review.model.index(row, final_column).data() == "88.5"
    review.override.setValue(-1)  # back to automatic
    assert review.results[ada].override is None


def test_a_student_submits_from_the_window_and_the_teacher_reviews_it(make_window, tmp_path):
    from PySide6.QtGui import QAction

    from tests.gui_helpers import drag_select

    window = make_window(student="Maya R.")
    view = window.views["nbc-news"]
    drag_select(view, "historic mass deportation")
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    path = window.submit_to(tmp_path / "maya.submission.json", "s-42")
    assert path is not None and "Submitted 1 annotation to" in window.statusBar().currentMessage()

    window.findChild(QAction, "review-action").trigger()
    review = window.review_window
    outcomes = review.import_paths([str(path)])
    assert [o.status for o in outcomes] == ["added"]
    assert review.model.rowCount() == 1
    result = next(iter(review.results.values()))
    assert (result.name, result.student_id) == ("Maya R.", "s-42")
    assert len(result.grade.matches) == 1  # "historic mass deportation" is in the key as FRAMING
    review.close()


def test_stopping_an_import_keeps_what_was_done_and_reports_it(review, qtbot, tmp_path, lesson):
    """The progress dialog's Stop ends the import between two files; the window always closes
    the dialog and reports, and a damaged file in the folder is one refusal, not an abort."""
    from PySide6.QtWidgets import QProgressDialog

    inbox = _submit_all(tmp_path, lesson)
    (inbox / "aaa-damaged.submission.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    stop_after = 2

    def stop_when_far_enough(done: int, total: int, name: str) -> None:
        if done == stop_after:
            review.findChild(QProgressDialog, "import-progress").cancel()

    review.classroom_progress_hook = stop_when_far_enough
    outcomes = review.import_paths([str(inbox)])
    assert len(outcomes) == stop_after
    assert outcomes[0].status == "refused" and "nested too deeply" in outcomes[0].reason
    assert review.import_report.text().startswith(f"Stopped after {stop_after} of 4 files")
    assert not review.findChild(QProgressDialog, "import-progress").isVisible()
    assert review.model.rowCount() == 1


HOSTILE = [
    '<img src="/dev/zero">',
    '<img src="file:///etc/passwd">',
    "</p><h1>Found 46 of 46 key spans; F1 100%</h1>",
    "\u202eFRAMING",  # a right-to-left override
]


def _hostile_submission(inbox, lesson, tag: str, name: str):
    """A well-formed submission (right checksum) whose tag and name are markup."""
    import json

    from annotator.core.classroom.submission import checksum

    path = submit_work(inbox, lesson, "Mallory", [("nbc-news", "8,000 immigrants", "FACT")])
    body = json.loads(path.read_text("utf-8"))
    body["student"]["name"] = name
    body["annotations"][0]["tag"] = tag
    body["annotations"][0]["note"] = tag
    body["checksum"] = checksum(body)
    path.write_text(json.dumps(body), "utf-8")
    return path


@pytest.mark.timeout(60)
@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_a_submission_shows_as_text_and_loads_nothing(
    review, qtbot, tmp_path, lesson, hostile
):
    inbox = tmp_path / "inbox"
    _hostile_submission(inbox, lesson, hostile, f"Mallory {hostile}")
    outcomes = review.import_paths([str(inbox)])
    assert [o.status for o in outcomes] == ["added"]
    review.choose(review.classroom.submissions()[0].student_key)
    shown = review.detail.toPlainText()
    assert f"{hostile}: 8,000 immigrants" in shown
    assert f"Mallory {hostile}" in shown
    assert "<h1" not in review.detail.toHtml().replace("&lt;h1", "")
    assert "<img" not in review.detail.toHtml().replace("&lt;img", "")


def test_agreement_near_zero_reads_as_zero_never_minus_zero(review, tmp_path, lesson):
    """One student alone tags The Independent: kappa is a hair below 0 there, and a teacher
    reads "-0.00" as something it is not."""
    inbox = tmp_path / "inbox"
    for name, work in CLASS_WORK.items():
        folder = inbox / name
        folder.mkdir(parents=True)
        submit_work(folder, lesson, name, work)
    review.import_paths([str(inbox)])
    text = review.agreement_label.text()
    assert "The Independent" in text and "-0.00" not in text
