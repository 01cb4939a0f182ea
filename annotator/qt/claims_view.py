"""The comparison of claims across outlets, in a panel under the articles (Ctrl+Shift+L).

:class:`ClaimsView` (object name ``claims-view``) shows :class:`~annotator.qt.claims_model.
ClaimsModel`: a row per linked claim, a column per outlet, each cell the outlet's wording with
its tag and whom it credits, flagged when its figures disagree with another outlet's. Clicking
(or Enter on) a cell scrolls its article to the passage; F2 on a title renames the claim.
:class:`ClaimsPanel` puts it in a dock of the student's window and rebuilds it only while it
is shown, so linking never waits for a view nobody looks at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations.claim_comparison import ClaimRow, compare_claims
from annotator.qt.accessibility import describe_controls
from annotator.qt.claims_model import CELL_ROLE, ClaimsModel

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.core.lessons.lesson import Lesson
    from annotator.qt.claim_linking import ClaimLinking


class ClaimsView(QWidget):
    """The table of claims and a line of what stands out."""

    passage_chosen = Signal(object)  # Annotation: show it in its article

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claims-view")
        self.model = ClaimsModel(lesson, self)
        self.summary = QLabel(objectName="claims-summary")
        self.summary.setWordWrap(True)
        self.table = QTableView(objectName="claims-table")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(120)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._chosen)
        self.table.activated.connect(self._chosen)
        self.table.setAccessibleName(self.tr("Claims compared across outlets"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[ClaimRow]) -> None:
        self.model.set_rows(rows)
        disagree = sum(row.figures_disagree for row in rows)
        unattributed = sum(row.unattributed for row in rows)
        if not rows:
            self.summary.setText(
                self.tr(
                    "No claims linked yet. Select words that report a claim and press L to link"
                    " the same claim in the other articles."
                )
            )
            return
        claims = (self.tr("1 claim") if len(rows) == 1 else self.tr("{count} claims")).format(
            count=len(rows)
        )
        self.summary.setText(
            self.tr(
                "{claims} · figures disagree in {disagree} (⚠) · credited to nobody in "
                "{unattributed} (◆). Click a passage to see it in its article."
            ).format(claims=claims, disagree=disagree, unattributed=unattributed)
        )

    def _chosen(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE)
        if cell is not None and cell.members:
            self.passage_chosen.emit(cell.members[0])


class ClaimsPanel:
    """The comparison view in a dock of the student's window, with its View action."""

    def __init__(self, linking: ClaimLinking) -> None:
        self.linking = linking
        window = linking.window
        self.dock = QDockWidget(
            QCoreApplication.translate("ClaimsView", "Claims across outlets"),
            window,
            objectName="claims-dock",
        )
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        self.view: ClaimsView | None = None
        self._lesson: Lesson | None = None
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.toggle_action: QAction = self.dock.toggleViewAction()
        self.toggle_action.setText(QCoreApplication.translate("ClaimsView", "&Compare Claims"))
        self.toggle_action.setObjectName("compare-claims-action")
        self.toggle_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        window.addAction(self.toggle_action)
        self.dock.visibilityChanged.connect(lambda visible: visible and self.refresh())

    def show(self) -> ClaimsView:
        self.dock.show()
        self.dock.raise_()
        self.refresh()
        assert self.view is not None
        self.view.table.setFocus()
        return self.view

    def refresh(self) -> None:
        """Rebuilds the comparison from the saved claims, if it is shown."""
        window = self.linking.window
        if not self.dock.isVisible() or not window.ready:
            return
        if self.view is None or self._lesson is not window.lesson:
            self._lesson = window.lesson
            old, self.view = self.view, ClaimsView(window.lesson)
            self.view.passage_chosen.connect(self._reveal)
            self.view.model.rename_requested.connect(
                lambda claim, title: self.linking.operations.rename(claim, title)
            )
            self.dock.setWidget(self.view)
            describe_controls(self.view)  # built after the window's controls were described
            if old is not None:
                old.deleteLater()
        self.view.set_rows(self.rows())

    def rows(self) -> list[ClaimRow]:
        window = self.linking.window
        claims = self.linking.operations.claims()
        return compare_claims(window.lesson, claims, window.model.annotations())

    def _reveal(self, annotation: Annotation) -> None:
        self.linking.window.reveal(annotation)
        self.linking.window.side_panel.select_annotation(annotation.id)
