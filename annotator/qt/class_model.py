"""The class table of the review window: one row per student, counts per tag and scores."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from annotator.core.lesson import Lesson
from annotator.core.reports import StudentResult, final_score

STUDENT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ClassRow:
    student_key: str
    result: StudentResult


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


class ClassTableModel(QAbstractTableModel):
    """Rows are rebuilt as a whole when the class changes (an import, a new override)."""

    def __init__(self, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._rows: list[ClassRow] = []
        tags = [tag.name for tag in lesson.tags]
        self.columns = ["Student", "ID", *tags, "Precision", "Recall", "F1", "Override", "Final"]
        self._tag_columns = {2 + i: tag for i, tag in enumerate(tags)}

    def set_rows(self, rows: list[ClassRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> ClassRow:
        return self._rows[index]

    def row_of(self, student_key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.student_key == student_key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == STUDENT_KEY_ROLE:
            return row.student_key
        if role == SORT_ROLE:
            value = self._value(row, index.column())
            return value if value is not None else -1.0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, row: ClassRow, column: int):
        result = row.result
        name = self.columns[column]
        overall = result.grade.overall
        if column == 0:
            return result.name.casefold()
        if column == 1:
            return result.student_id
        if column in self._tag_columns:
            tag = self._tag_columns[column]
            return float(sum(1 for a in result.annotations if a.tag == tag))
        values = {
            "Precision": overall.precision,
            "Recall": overall.recall,
            "F1": overall.f1,
            "Override": result.override,
            "Final": final_score(result),
        }
        return values.get(name)

    def _display(self, row: ClassRow, column: int) -> str:
        result = row.result
        name = self.columns[column]
        if column == 0:
            return result.name
        if column == 1:
            return result.student_id
        if column in self._tag_columns:
            return str(int(self._value(row, column)))
        if name in ("Precision", "Recall", "F1"):
            return _percent(self._value(row, column))
        value = self._value(row, column)
        return "" if value is None else f"{value:.1f}"
