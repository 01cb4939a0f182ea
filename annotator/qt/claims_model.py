"""The comparison of claims as a table model: a row per claim, a column per outlet.

The first column is the claim: its title (editable: F2 or a double click renames it), how many
outlets report it, and what stands out (figures that disagree, an outlet crediting no one).
Each outlet's cell is its exact wording with its tag and whom it credits, or "not reported".
Nothing is said by colour alone: a flagged cell starts with a mark and says why in words, and
its tooltip gives the difference of figures in full.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from annotator.core.annotations.annotation import NOBODY
from annotator.core.annotations.claim_comparison import ClaimCell, ClaimRow
from annotator.core.lessons.lesson import Lesson
from annotator.qt.core_sentences import spoken
from annotator.qt.core_texts import tag_label

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
DISAGREE_COLOUR = QColor("#f8d7da")  # the figures disagree
HEDGE_COLOUR = QColor("#fff3cd")  # the same figure, hedged differently
UNATTRIBUTED_COLOUR = QColor("#e8e0f5")
DISAGREE_MARK = "⚠"
HEDGE_MARK = "≈"

_Index = QModelIndex | QPersistentModelIndex


class ClaimsModel(QAbstractTableModel):
    rename_requested = Signal(object, str)  # LinkedClaim, new title

    def __init__(self, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._rows: list[ClaimRow] = []
        self._roles: list[list[dict[int, object]]] = []  # each cell's data by role
        self._header = [self.tr("Claim"), *(article.outlet for article in lesson.articles)]

    def set_rows(self, rows: list[ClaimRow]) -> None:
        """Shows ``rows``. What each cell shows is worked out here, once: a view asks for each
        role of each cell many times while it lays out wrapped text (6,000 calls for 30 claims),
        and a dictionary answers them four times faster than working it out again."""
        self.beginResetModel()
        self._rows = rows
        self._roles = [
            [self._roles_of(row, column) for column in range(len(self._header))] for row in rows
        ]
        self.endResetModel()

    _ROLES = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    )

    def _roles_of(self, row: ClaimRow, column: int) -> dict[int, object]:
        index_roles: dict[int, object] = {ROW_ROLE: row}
        if column:
            index_roles[CELL_ROLE] = row.cells[column - 1]
        for role in self._ROLES:
            value = self._work_out(row, column, role)
            if value is not None:
                index_roles[role] = value
        return index_roles

    def rows(self) -> list[ClaimRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not str(value).strip():
            return False
        claim = self._rows[index.row()].claim
        # After the editor has closed: renaming rebuilds the rows, which it must not do under
        # the view's commit of the edit.
        QTimer.singleShot(0, lambda: self.rename_requested.emit(claim, str(value)))
        return True

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self._roles[index.row()][index.column()].get(role)

    def _work_out(self, row: ClaimRow, column: int, role: int):
        if column == 0:
            return self._claim_data(row, role)
        cell = row.cells[column - 1]
        if role == Qt.ItemDataRole.EditRole:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(row, cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.disagrees:
                return QBrush(DISAGREE_COLOUR)
            if cell.hedged:
                return QBrush(HEDGE_COLOUR)
            return QBrush(UNATTRIBUTED_COLOUR) if cell.unattributed else None
        if role == Qt.ItemDataRole.ForegroundRole and not cell.reported:
            return QBrush(QColor("#77767b"))
        if role == Qt.ItemDataRole.FontRole and not cell.reported:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _claim_data(self, row: ClaimRow, role: int):
        if role == Qt.ItemDataRole.EditRole:
            return row.claim.title
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [
                row.claim.title,
                self.tr("{count} of {total} outlets").format(
                    count=row.outlets, total=len(row.cells)
                ),
            ]
            if row.figures_disagree:
                lines.append(f"{DISAGREE_MARK} " + self.tr("figures disagree"))
            elif row.differences:
                lines.append(f"{HEDGE_MARK} " + self.tr("hedged differently"))
            if row.unattributed:
                lines.append(self.tr("◆ unattributed"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            said = (*row.difference_words, *(c.words for c in row.citations))
            lines = [spoken(words) for words in said]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.unattributed:
            return QBrush(UNATTRIBUTED_COLOUR)
        return None

    def cell_text(self, cell: ClaimCell) -> str:
        if not cell.reported:
            return self.tr("not reported")
        mark = DISAGREE_MARK if cell.disagrees else HEDGE_MARK if cell.hedged else ""
        tags = ", ".join(dict.fromkeys(self._tag_label(a.tag) for a in cell.members))
        lines = [f"{mark} “{cell.wording}”".strip(), tags]
        sources = cell.attributions
        if sources:
            credited = ", ".join(
                self.tr("nobody") if source == NOBODY else source for source in sources
            )
            lines.append(self.tr("credits: {sources}").format(sources=credited))
        else:
            lines.append(self.tr("credits: (not said)"))
        return "\n".join(lines)

    def _tag_label(self, name: str) -> str:
        tag = self.lesson.tags.get(name)
        return tag_label(tag).upper() if tag else name

    def _cell_tooltip(self, row: ClaimRow, cell: ClaimCell) -> str | None:
        if not cell.reported:
            return self.tr("{outlet} does not report this claim (as far as you linked it).").format(
                outlet=cell.outlet
            )
        words = [
            spoken(d.words)
            for d in row.differences
            if any(s.source == cell.outlet for s in d.stated)
        ]
        words.append(self.tr("Click to show it in the article."))
        return "\n".join(words)
