"""Linking the same claim across the articles in the real window: L, the dialog, the context
menu, dragging rows, unlinking, attribution, and the comparison view."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QWidget

from annotator.qt.claim_drag import MIME_TYPE, mime_for
from annotator.qt.claims_model import CELL_ROLE, DISAGREE_MARK
from tests.gui_helpers import drag_select

BEDS = {
    "nbc-news": "funded for only 41,500 beds",
    "independent": "a maximum capacity of 41,500 beds",
    "daily-kos": "a 38,521-bed capacity",
}


def _press_l(qtbot, window, article_id: str, phrase: str) -> QDialog:
    view = window.views[article_id]
    window.arrangement.show_article(article_id)
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    drag_select(view, phrase)
    QTest.keyClick(view.browser, Qt.Key.Key_L)
    dialog = window.claim_linking.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.claim_list.hasFocus)  # the keyboard is in the dialog
    return dialog


def _tag(window, article_id: str, phrase: str, key=Qt.Key.Key_1):
    view = window.views[article_id]
    window.arrangement.show_article(article_id)
    drag_select(view, phrase)
    QTest.keyClick(view.browser, key)
    return window.side_panel.current()


def test_l_on_a_new_selection_tags_it_and_links_it_as_a_titled_claim(window, qtbot):
    dialog = _press_l(qtbot, window, "nbc-news", BEDS["nbc-news"])
    assert dialog.claim_list.currentRow() == 0  # "New claim…" first, with the focus
    assert dialog.claim_list.hasFocus()
    QTest.keyClick(dialog.claim_list, Qt.Key.Key_Tab)  # to the title
    QTest.keyClicks(QApplication.focusWidget(), "ICE detention capacity")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (claim,) = window.workspace.linked_claims()
    assert claim.title == "ICE detention capacity"
    (annotation,) = window.workspace.current_annotations()
    assert annotation.claim_id == claim.id and annotation.tag == "FACT"
    assert annotation.quote.exact == BEDS["nbc-news"]
    assert "ICE detention capacity" in window.claim_linking.editor.membership.text()
    # one step of undo takes back the tag and the link
    window.operations.undo_stack.undo()
    assert window.workspace.current_annotations() == []
    assert window.workspace.linked_claims() == []


def test_a_suggestion_under_the_list_links_in_one_click_and_then_goes(window, qtbot):
    view = window.views["nbc-news"]
    drag_select(view, BEDS["nbc-news"])
    box = window.claim_linking.suggester.box
    qtbot.waitUntil(lambda: box.isVisible() and box.list.count() > 0)
    texts = [box.list.item(i).text() for i in range(box.list.count())]
    row = next(i for i, text in enumerate(texts) if "41,500 beds" in text and "Independent" in text)
    item = box.list.item(row)
    QTest.mouseClick(
        box.list.viewport(), Qt.MouseButton.LeftButton, pos=box.list.visualItemRect(item).center()
    )
    dialog = window.claim_linking.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.waitUntil(dialog.claim_list.hasFocus)
    QTest.keyClick(dialog.claim_list, Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "ICE beds")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    members = [a for a in window.workspace.current_annotations() if a.claim_id]
    assert {a.article_id for a in members} == {"nbc-news", "independent"}
    assert not box.isVisible()  # the suggestion was taken: the list does not linger


def test_a_claim_needs_a_title_and_an_existing_claim_is_offered(window, qtbot):
    dialog = _press_l(qtbot, window, "nbc-news", BEDS["nbc-news"])
    dialog.accept()  # no title yet: the dialog stays, the title has the focus
    assert dialog.isVisible() and dialog.title.hasFocus()
    dialog.title.setText("Beds")
    dialog.accept()
    dialog = _press_l(qtbot, window, "daily-kos", BEDS["daily-kos"])
    assert dialog.claim_list.count() == 2
    assert "Beds — NBC News" in dialog.claim_list.item(1).text()
    QTest.keyClick(dialog.claim_list, Qt.Key.Key_Down)
    assert not dialog.title.isEnabled()
    dialog.attribution.setEditText("government documents")
    QTest.keyClick(dialog.claim_list, Qt.Key.Key_Return)
    (claim,) = window.workspace.linked_claims()
    linked = [a for a in window.workspace.current_annotations() if a.claim_id == claim.id]
    assert {a.article_id for a in linked} == {"nbc-news", "daily-kos"}
    kos = next(a for a in linked if a.article_id == "daily-kos")
    assert kos.attribution == "government documents"


def test_the_context_menu_links_into_a_claim_and_shift_l_unlinks(window, qtbot):
    nbc = _tag(window, "nbc-news", BEDS["nbc-news"])
    claim = window.claim_linking.operations.link([nbc], title="Beds")
    independent = _tag(window, "independent", BEDS["independent"])
    menu = QMenu()
    window.claim_linking.add_to_menu(menu)
    same = menu.findChild(QMenu, "same-claim-menu")
    titles = [action.text() for action in same.actions()]
    assert titles[0] == "New claim…" and "Beds — NBC News" in titles
    next(a for a in same.actions() if a.text().startswith("Beds")).trigger()
    assert window.workspace.annotation(independent.id).claim_id == claim.id
    view = window.views["independent"]
    view.clear_selection()
    window.side_panel.select_annotation(independent.id)
    window.side_panel.table.setFocus()
    QTest.keyClick(window.side_panel.table, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert window.workspace.annotation(independent.id).claim_id == ""
    assert window.workspace.linked_claims() == [claim]  # NBC is still in it


def test_a_row_dropped_on_a_linked_row_joins_its_claim(window):
    nbc = _tag(window, "nbc-news", BEDS["nbc-news"])
    claim = window.claim_linking.operations.link([nbc], title="Beds")
    kos = _tag(window, "daily-kos", BEDS["daily-kos"])
    table = window.side_panel.table
    row = window.side_panel.proxy.mapFromSource(
        window.side_panel.model.index(window.side_panel.model.row_of(nbc.id), 1)
    )
    point = table.visualRect(row).center()
    data = mime_for(kos)  # kept: the event does not own it
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.LinkAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # What the list's viewport does with a drop (a real drag needs a windowing system's
    # drag-and-drop loop, which the offscreen platform has not).
    assert window.claim_linking.row_drag.eventFilter(table.viewport(), event)
    assert event.isAccepted()
    assert window.workspace.annotation(kos.id).claim_id == claim.id
    other = QMimeData()
    other.setText("not ours")
    assert not other.hasFormat(MIME_TYPE)


def test_attribution_is_chosen_or_typed_and_saved_at_once(window):
    nbc = _tag(window, "nbc-news", "more than 8,000 immigrants")
    editor = window.claim_linking.editor
    assert editor.attribution.currentData() == ""  # not said yet
    editor.attribution.setCurrentIndex(editor.attribution.findData("nobody"))
    editor.attribution.activated.emit(editor.attribution.currentIndex())
    assert window.workspace.annotation(nbc.id).attribution == "nobody"
    editor.attribution.lineEdit().setText("an ICE official")
    editor.attribution.lineEdit().editingFinished.emit()
    assert window.workspace.annotation(nbc.id).attribution == "an ICE official"
    window.operations.undo_stack.undo()
    assert window.workspace.annotation(nbc.id).attribution == "nobody"
    assert editor.attribution.currentText() == "nobody"


def test_the_comparison_view_flags_disagreeing_figures_and_shows_the_passage(window, qtbot):
    annotations = [_tag(window, article, phrase) for article, phrase in BEDS.items()]
    operations = window.claim_linking.operations
    operations.link(annotations, title="ICE detention capacity")
    operations.set_attribution(annotations[0], "nobody")
    QTest.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = window.findChild(QWidget, "claims-view")
    assert view is not None and view.isVisible() and view.objectName() == "claims-view"
    model = view.model
    assert model.rowCount() == 1 and model.columnCount() == 4
    claim_text = model.index(0, 0).data()
    assert "ICE detention capacity" in claim_text and "figures disagree" in claim_text
    assert "unattributed" in claim_text
    kos = model.index(0, 3).data()
    assert kos.startswith(DISAGREE_MARK) and "“a 38,521-bed capacity”" in kos
    assert "41,500" in model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    window.claim_linking.operations.unlink([annotations[1]])
    assert model.index(0, 2).data() == "not reported"
    table = view.table
    window.arrangement.show_article("daily-kos")
    QTest.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(0, 3)).center(),
    )
    assert window.side_panel.current().id == annotations[2].id
    cell = model.index(0, 3).data(CELL_ROLE)
    assert cell.members[0].id == annotations[2].id
    # F2 renames the claim, undoably
    table.setCurrentIndex(model.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "Beds")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace.linked_claims()[0].title == "Beds")
    assert model.index(0, 0).data().startswith("Beds")
    window.operations.undo_stack.undo()
    assert window.workspace.linked_claims()[0].title == "ICE detention capacity"


def test_nothing_selected_says_what_l_needs(window):
    view = window.views["nbc-news"]
    view.browser.setFocus()
    view.clear_selection()
    QTest.keyClick(view.browser, Qt.Key.Key_L)
    assert window.claim_linking.dialog is None
    assert "press L" in window.statusBar().currentMessage()
