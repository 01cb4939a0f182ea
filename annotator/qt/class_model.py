"""The class table of the review window: one row per student, counts per tag, the points
credited, the statistics and the scores, how late they handed in, and what the teacher should
know about their file."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from annotator.core.classroom.results import StudentResult, final_score
from annotator.core.classroom.standing import NO_STANDING, Standing
from annotator.core.lessons.lesson import Lesson
from annotator.qt.class_texts import late_text, standing_notes
from annotator.qt.core_texts import decimal

STUDENT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 3  # a column's name in the header: "Score", "FACT"

HEADINGS = {  # each column's heading, translated when shown (a tag's column: its name)
    "Student": QT_TRANSLATE_NOOP("ClassTableModel", "Student"),
    "ID": QT_TRANSLATE_NOOP("ClassTableModel", "ID"),
    "Points": QT_TRANSLATE_NOOP("ClassTableModel", "Points"),
    "Precision": QT_TRANSLATE_NOOP("ClassTableModel", "Precision"),
    "Recall": QT_TRANSLATE_NOOP("ClassTableModel", "Recall"),
    "F1": QT_TRANSLATE_NOOP("ClassTableModel", "F1"),
    "Score": QT_TRANSLATE_NOOP("ClassTableModel", "Score"),
    "Override": QT_TRANSLATE_NOOP("ClassTableModel", "Override"),
    "Final": QT_TRANSLATE_NOOP("ClassTableModel", "Final"),
    "Late": QT_TRANSLATE_NOOP("ClassTableModel", "Late"),
    "Notes": QT_TRANSLATE_NOOP("ClassTableModel", "Notes"),
}


@dataclass(frozen=True)
class ClassRow:
    student_key: str
    result: StudentResult
    standing: Standing = NO_STANDING


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _sortable(value):
    return value if value is not None else -1.0


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{decimal(100 * value, 0)}%"


class ClassTableModel(QStandardItemModel):
    """Rows are rebuilt as a whole when the class changes (an import, a new override).

    Each cell's text and sort value are made once per change, here, and handed to Qt as an
    item. A model answering ``data()`` in Python was asked about 10,000 times (sizing the
    columns, sorting, painting) before the review window's first paint with a class of 40: each
    call crosses from C++ into Python, and together they took about 30 ms. The items are Qt's
    own, so the view reads them without leaving C++.
    """

    def __init__(self, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._rows: list[ClassRow] = []
        self._tag_counts: dict[str, Counter[str]] = {}
        tags = [tag.name for tag in lesson.tags]
        self.columns = ["Student", "ID", *tags, "Points", "Precision", "Recall", "F1"]
        self.columns += ["Score", "Override", "Final", "Late", "Notes"]
        self._tag_columns = {2 + i: tag for i, tag in enumerate(tags)}
        self.roster_known = False  # whether the class has a roster ("not on the roster" notes)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ClassTableModel", HEADINGS[name])
                if name in HEADINGS
                else name
                for name in self.columns
            ]
        )
        for column, name in enumerate(self.columns):  # found by name whatever the language
            self.setHeaderData(column, Qt.Orientation.Horizontal, name, COLUMN_ROLE)

    def set_rows(self, rows: list[ClassRow], roster_known: bool = False) -> None:
        self.roster_known = roster_known
        self.removeRows(0, self.rowCount())
        self._rows = rows
        self._tag_counts = {
            row.student_key: Counter(a.tag for a in row.result.annotations) for row in rows
        }
        for row in rows:
            self.appendRow([self._item(row, column) for column in range(len(self.columns))])

    def row(self, index: int) -> ClassRow:
        return self._rows[index]

    def row_of(self, student_key: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.student_key == student_key), None)

    def _item(self, row: ClassRow, column: int) -> QStandardItem:
        item = QStandardItem(self._display(row, column))
        item.setEditable(False)
        item.setData(_sortable(self._value(row, column)), SORT_ROLE)
        item.setData(row.student_key, STUDENT_KEY_ROLE)
        if 2 <= column < len(self.columns) - 1:
            item.setData(_RIGHT, Qt.ItemDataRole.TextAlignmentRole)
        return item

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
        if name == "Late":
            late = row.standing.late_by
            return None if late is None else late.total_seconds()
        if name == "Notes":
            return "; ".join(standing_notes(row.standing, roster_known=self.roster_known))
        values = {
            "Points": result.grade.points_earned,
            "Score": result.grade.score,
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
        if name == "Late":
            return late_text(row.standing.late_by)
        if name == "Notes":
            return self._value(row, column)
        value = self._value(row, column)
        return "" if value is None else decimal(value, 1)
