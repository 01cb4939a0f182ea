"""The review window's class table: filled once per change of the class, columns fitted, and a
change of the class never moves the teacher to another student."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.qt.class_model import SORT_ROLE, STUDENT_KEY_ROLE
from annotator.qt.review_window import ReviewWindow
from annotator.storage.database import open_database
from tests.student_work import submit_work

WORK = {
    "Ada": [("nbc-news", "more than 8,000 immigrants", "FACT")],
    "Ben": [("nbc-news", "8,000 immigrants", "FACT"), ("daily-kos", "eyebrow-raising", "FACT")],
    "Cleo": [("daily-kos", "eyebrow-raising", "FRAMING"), ("independent", "crackdown", "FRAMING")],
}


@pytest.fixture
def review(qtbot, tmp_path, lesson):
    inbox = tmp_path / "inbox"
    for name, phrases in WORK.items():
        submit_work(inbox, lesson, name, phrases, student_id=f"id-{name}")
    database = open_database(tmp_path / "teacher.db")
    window = ReviewWindow(database, lesson)
    qtbot.addWidget(window)
    window.show()
    window.import_paths([str(inbox)])
    yield window
    window.close()
    database.close()


def _keys_in_view_order(review) -> list[str]:
    proxy = review.proxy
    return [proxy.index(row, 0).data(STUDENT_KEY_ROLE) for row in range(proxy.rowCount())]


def test_cells_hold_text_sort_values_and_alignment(review, lesson):
    model = review.model
    ben = model.row_of(next(k for k, r in review.results.items() if r.name == "Ben"))
    fact = model.columns.index("FACT")
    assert model.index(ben, 0).data() == "Ben"
    assert model.index(ben, 1).data() == "id-Ben"
    assert model.index(ben, fact).data() == "2"
    assert model.index(ben, fact).data(SORT_ROLE) == 2.0
    assert model.index(ben, 0).data(SORT_ROLE) == "ben"
    assert model.index(ben, model.columns.index("Override")).data() == ""
    assert model.index(ben, model.columns.index("Override")).data(SORT_ROLE) == -1.0
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(ben, fact).data(Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert model.index(ben, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert not model.flags(model.index(ben, 0)) & Qt.ItemFlag.ItemIsEditable


def test_columns_fit_their_contents(review):
    table = review.table
    for column in range(review.model.columnCount() - 1):  # the last one stretches
        assert table.columnWidth(column) >= table.sizeHintForColumn(column) > 0


def test_sorting_and_filtering(review):
    review.table.sortByColumn(review.model.columns.index("FACT"), Qt.SortOrder.DescendingOrder)
    names = [review.results[key].name for key in _keys_in_view_order(review)]
    assert names == ["Ben", "Ada", "Cleo"]
    review.filter_edit.setText("cl")
    assert [review.results[k].name for k in _keys_in_view_order(review)] == ["Cleo"]


def test_an_override_keeps_the_student_chosen(review):
    review.table.sortByColumn(review.model.columns.index("FACT"), Qt.SortOrder.DescendingOrder)
    ada = next(k for k, r in review.results.items() if r.name == "Ada")
    review.choose(ada)
    assert review.table.currentIndex().data(STUDENT_KEY_ROLE) == ada
    review.override.setValue(75)
    assert review.chosen() == ada
    assert review.results[ada].override == 75
    row = review.model.row_of(ada)
    assert review.model.index(row, review.model.columns.index("Final")).data() == "75.0"
    assert review.model.rowCount() == 3
