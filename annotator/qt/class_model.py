"""The class table of the review window: one row per student, counts per tag and scores."""

from __future__ import annotations

from collections import Counter
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


_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, SORT_ROLE, STUDENT_KEY_ROLE}
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _sortable(value):
    return value if value is not None else -1.0


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


class ClassTableModel(QAbstractTableModel):
    """Rows are rebuilt as a whole when the class changes (an import, a new override)."""

    def __init__(self, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._rows: list[ClassRow] = []
        self._tag_counts: dict[str, Counter[str]] = {}
        self._shown: list[list[str]] = []
        self._sort_values: list[list] = []
        tags = [tag.name for tag in lesson.tags]
        self.columns = ["Student", "ID", *tags, "Precision", "Recall", "F1", "Override", "Final"]
        self._tag_columns = {2 + i: tag for i, tag in enumerate(tags)}

    def set_rows(self, rows: list[ClassRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        # Qt calls data() for every cell and role many times over (sizing the columns to their
        # contents, sorting, painting): each cell's text and sort value are made once, here.
        self._tag_counts = {
            row.student_key: Counter(a.tag for a in row.result.annotations) for row in rows
        }
        columns = range(len(self.columns))
        self._shown = [[self._display(row, c) for c in columns] for row in rows]
        self._sort_values = [[_sortable(self._value(row, c)) for c in columns] for row in rows]
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
        if role not in _ROLES or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._sort_values[index.row()][index.column()]
        if role == STUDENT_KEY_ROLE:
            return self._rows[index.row()].student_key
        return _RIGHT if index.column() >= 2 else None  # TextAlignmentRole

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
            return float(self._tag_counts[row.student_key][tag])
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
