"""The whole of linking a claim in the real window, as a student does it with the keyboard:
select, L, pick a suggestion, title the claim, open the comparison view, see the figures that
disagree flagged; then close the app, open it again on the same file, and find it all back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from annotator.qt.claims_model import DISAGREE_MARK
from tests.gui_helpers import drag_select

SHOTS = Path("/tmp/claims-e2e")


def test_select_l_suggestion_title_compare_and_restart(make_window, db_path, qtbot):
    window = make_window()
    linking = window.claim_linking
    qtbot.waitUntil(lambda: linking.suggester.index is not None, timeout=10_000)
    view = window.views["nbc-news"]
    window.arrangement.show_article("nbc-news")
    drag_select(view, "funded for only 41,500 beds")
    # While the words are selected, the panel proposes the other articles' passages.
    qtbot.waitUntil(lambda: linking.suggester.box.list.count() > 0)
    assert any("38,521-bed" in linking.suggester.box.list.item(i).text() for i in range(2))

    QTest.keyClick(view.browser, Qt.Key.Key_L)
    dialog = linking.dialog
    qtbot.waitUntil(lambda: dialog.suggestions.count() > 0)
    passages = [dialog.suggestions.item(i).text() for i in range(dialog.suggestions.count())]
    kos = next(i for i, text in enumerate(passages) if "38,521-bed" in text)
    independent = next(i for i, text in enumerate(passages) if "41,500 beds" in text)
    qtbot.waitUntil(dialog.claim_list.hasFocus)
    QTest.keyClick(dialog, Qt.Key(Qt.Key.Key_1 + kos), Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(dialog, Qt.Key(Qt.Key.Key_1 + independent), Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(dialog.claim_list, Qt.Key.Key_Tab)  # the title
    QTest.keyClicks(QApplication.focusWidget(), "ICE detention capacity")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "dialog.png"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()

    (claim,) = window.workspace.linked_claims()
    members = [a for a in window.workspace.current_annotations() if a.claim_id == claim.id]
    assert {a.article_id for a in members} == {"nbc-news", "independent", "daily-kos"}

    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        window.side_panel.table,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    comparison = window.findChild(QWidget, "claims-view")
    assert comparison is not None and comparison.isVisible()
    model = comparison.model
    assert "figures disagree" in model.index(0, 0).data()
    cells = [model.index(0, column).data() for column in (1, 2, 3)]
    assert all(cell.startswith(DISAGREE_MARK) for cell in cells)  # 41,500 and 38,521
    assert "“a 38,521-bed capacity”" in cells[2] or "38,521-bed capacity" in cells[2]
    window.resize(1700, 1100)
    window.grab().save(str(SHOTS / "window.png"))

    window.close()
    window.database.close()
    again = make_window(db_path)
    assert again.workspace.linked_claims() == [claim]
    restored = {a.id for a in again.workspace.current_annotations() if a.claim_id == claim.id}
    assert restored == {a.id for a in members}
    again.claim_linking.panel.show()
    model = again.findChild(QWidget, "claims-view").model
    assert model.rowCount() == 1 and "figures disagree" in model.index(0, 0).data()
