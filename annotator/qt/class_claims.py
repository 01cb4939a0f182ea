"""The class's linked claims beside the key's, in the review window (object name
``class-claims``, the "Linked claims" tab).

Two tables over :func:`~annotator.core.classroom.class_claims.class_claims`: the key's linked
claims (``class-claims-key``: each with its outlets, the figures that differ, and how many
students earned it by grading's rule) and the students' own (``class-claims-students``: each
with its outlets and the key's claim it earned, or none). Choosing a key claim scrolls its first
span into view in its article, as the class overview does for a claim.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core.classroom.class_claims import ClassClaims, KeyClaimRow, class_claims
from annotator.core.classroom.results import StudentResult
from annotator.core.lessons.lesson import Lesson

_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    """A read-only table of text rows, each cell with its full text as tooltip."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()] if index.column() < len(row) else None
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _table(name: str, model: _RowsModel, accessible: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # Cells wrap: a row's height follows its column's width.
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class ClassClaimsPanel(QWidget):
    """The key's linked claims and the class's, side by side in one tab."""

    claim_chosen = Signal(int)  # the key index of the chosen linked claim's first span

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("class-claims")
        self.setAccessibleName(self.tr("Linked claims"))
        self.lesson = lesson
        self.summary: ClassClaims | None = None
        self.key_model = _RowsModel([self.tr("The key's linked claim"), self.tr("Linked by")], self)
        self.student_model = _RowsModel(
            [self.tr("Student"), self.tr("Their claim"), self.tr("Earned the key's")], self
        )
        self.key_table = _table(
            "class-claims-key", self.key_model, self.tr("The key's linked claims")
        )
        self.student_table = _table(
            "class-claims-students", self.student_model, self.tr("The class's linked claims")
        )
        self.key_caption = QLabel(objectName="class-claims-caption")
        self.key_caption.setWordWrap(True)
        self.student_caption = QLabel(objectName="class-claims-students-caption")
        self.student_caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_caption)
        layout.addWidget(self.key_table, 3)
        layout.addWidget(self.student_caption)
        layout.addWidget(self.student_table, 2)
        self.key_table.selectionModel().currentRowChanged.connect(self._key_row_changed)

    def _linked_words(self, row: KeyClaimRow, students: int) -> str:
        """ "3 of 20", with those who linked it in one article only."""
        said = self.tr("{earned} of {students}").format(
            earned=len(row.earned_by), students=students
        )
        if row.one_article:
            said += " " + self.tr("({count} in one article only)").format(
                count=len(row.one_article)
            )
        return said

    def show_class(self, lesson: Lesson, results: Sequence[StudentResult]) -> None:
        """Shows the class's linked claims beside ``lesson``'s key."""
        self.lesson = lesson
        self.summary = summary = class_claims(lesson, results)
        figures = self.tr("Figures differ: {figures}")
        self.key_model.set_rows(
            [
                [
                    "\n".join(
                        [row.title, ", ".join(row.outlets)]
                        + ([figures.format(figures=row.figures)] if row.figures else [])
                    ),
                    self._linked_words(row, summary.students),
                ]
                for row in summary.key_rows
            ]
        )
        self.student_model.set_rows(
            [
                [
                    row.student,
                    f"{row.title}\n{', '.join(row.outlets)}",
                    row.earned or self.tr("none"),
                ]
                for row in summary.student_rows
            ]
        )
        if summary.key_rows:
            self.key_caption.setText(
                self.tr(
                    "The key links {claims} claims across outlets. A student earns one when a "
                    "claim they linked holds highlights of it from two articles."
                ).format(claims=len(summary.key_rows))
            )
        else:
            self.key_caption.setText(self.tr("The key links no claims across outlets."))
        self.student_caption.setText(
            self.tr(
                "Claims the class linked: {claims}. Earning one of the key's: {earned}."
            ).format(
                claims=len(summary.student_rows),
                earned=len(summary.student_rows) - summary.unmatched,
            )
        )
        for table in (self.key_table, self.student_table):
            header = table.horizontalHeader()
            last = table.model().columnCount() - 1
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            for column in (0, last) if table is self.student_table else (last,):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            table.resizeRowsToContents()

    def _key_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.summary is None or not current.isValid():
            return
        first = self.summary.key_rows[current.row()].first_member
        if first is not None:
            self.claim_chosen.emit(first)
