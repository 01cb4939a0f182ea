"""The review window's "Linked claims" tab: the class's linked claims beside the key's."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from tests.test_class_linked_credit import _hand_in


def _cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_tab_shows_the_keys_claims_and_who_linked_them(review, tmp_path, lesson, qtbot):
    review.import_paths(
        [
            str(_hand_in(tmp_path, lesson, "Ada", link=True)),
            str(_hand_in(tmp_path, lesson, "Grace", link=False)),
        ]
    )
    panel = review.findChild(type(review.class_claims), "class-claims")
    assert panel is review.class_claims
    tabs = review.side_tabs
    tabs.setCurrentWidget(panel)
    assert tabs.tabText(tabs.currentIndex()) == "Linked claims"

    key_rows = _cells(review.findChild(QTableView, "class-claims-key"))
    assert len(key_rows) == len(lesson.linked_claims) >= 6
    capacity = next(row for row in key_rows if row[0].startswith("ICE detention capacity\n"))
    _title, outlets, figures = capacity[0].split("\n")
    assert outlets == "NBC News, The Independent, Daily Kos"
    assert figures.startswith("Figures differ: ") and "“38,521-bed”" in figures
    assert capacity[1] == "1 of 2"
    arrests = next(row for row in key_rows if row[0].startswith("Immigrants arrested"))
    assert arrests[1] == "0 of 2"

    student_rows = _cells(review.findChild(QTableView, "class-claims-students"))
    assert student_rows == [["Ada", "Beds\nNBC News, The Independent", "ICE detention capacity"]]
    caption = review.findChild(type(panel.student_caption), "class-claims-students-caption")
    assert caption.text() == "Claims the class linked: 1. Earning one of the key's: 1."

    # Choosing a key claim shows its first span in its article.
    table = review.findChild(QTableView, "class-claims-key")
    table.selectRow(key_rows.index(capacity))
    first = lesson.key[lesson.linked_members("detention-capacity")[0]]
    view = review.views[first.article_id]
    qtbot.waitUntil(lambda: view.selection() == (first.position.start, first.position.end))
    review.grab().save("/tmp/cc/linked-claims-tab.png")
