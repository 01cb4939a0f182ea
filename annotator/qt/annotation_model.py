"""The annotation list: a table model over the core's annotations, and a filter on top of it.

Views show this model; nothing fills list widgets by hand. The model changes only through
:meth:`AnnotationTableModel.insert`, :meth:`~AnnotationTableModel.replace` and
:meth:`~AnnotationTableModel.remove`, which the main window calls when an operation *did* run.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import Lesson
from annotator.qt.core_texts import tag_label
from annotator.qt.palette import TEXT_ON_TAG, colours

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class AnnotationTableModel(QAbstractTableModel):
    COLUMNS = (  # translated when shown
        QT_TRANSLATE_NOOP("AnnotationTableModel", "Tag"),
        QT_TRANSLATE_NOOP("AnnotationTableModel", "Article"),
        QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
        QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"),
    )
    TAG, ARTICLE, TEXT, NOTE = range(4)

    def __init__(self, lesson: Lesson, parent=None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._rows: list[Annotation] = []  # sorted by _order
        self._by_id: dict[str, Annotation] = {}  # the rows by id: row_of() bisects, not scans
        self._orphans = 0  # rows marked orphaned, kept up to date for the count under the list
        self._article_order = {a.id: i for i, a in enumerate(lesson.articles)}

    # -- Qt model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == ANNOTATION_ROLE:
            return annotation
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(annotation, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if annotation.orphaned:
                return self.tr("This text is no longer in the article; your tag and note are kept.")
            return annotation.quote.exact if column == self.TEXT else annotation.note or None
        if role == SORT_ROLE:
            # Scalars only: Qt compares sort keys as QVariants, not as Python tuples.
            if column == self.ARTICLE:
                order = self._article_order.get(annotation.article_id, 99)
                return order * 10_000_000_000 + annotation.start
            return self._display(annotation, column).lower()
        if role == Qt.ItemDataRole.BackgroundRole and column == self.TAG:
            tag = self.lesson.tags.get(annotation.tag)
            return QBrush(QColor(tag.colour)) if tag else None
        if role == Qt.ItemDataRole.ForegroundRole and annotation.orphaned:
            return QBrush(QColor(colours().error))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.TAG:
            return QBrush(QColor(TEXT_ON_TAG))  # on the tag's light colour, in every theme
        return None

    def _display(self, annotation: Annotation, column: int) -> str:
        if column == self.TAG:
            tag = self.lesson.tags.get(annotation.tag)
            return tag_label(tag).upper() if tag else annotation.tag
        if column == self.ARTICLE:
            if not self.lesson.has_article(annotation.article_id):
                return annotation.article_id
            return self.lesson.article(annotation.article_id).outlet
        if column == self.TEXT:
            text = " ".join(annotation.quote.exact.split())
            prefix = self.tr("(not found) ") if annotation.orphaned else ""
            return prefix + (text if len(text) <= 90 else text[:87] + "…")
        return annotation.note.replace("\n", " ")

    # -- changes (called when an operation did run)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self._rows = sorted(annotations, key=self._order)
        self._by_id = {a.id: a for a in self._rows}
        self._orphans = sum(1 for a in self._rows if a.orphaned)
        self.endResetModel()

    def _order(self, annotation: Annotation):
        return (self._article_order.get(annotation.article_id, 99), annotation.start, annotation.id)

    def insert(self, annotation: Annotation) -> None:
        row = bisect.bisect_left(self._rows, self._order(annotation), key=self._order)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, annotation)
        self._by_id[annotation.id] = annotation
        self._orphans += annotation.orphaned
        self.endInsertRows()

    def replace(self, annotation: Annotation) -> None:
        row = self.row_of(annotation.id)
        if row is None:
            self.insert(annotation)
            return
        self._orphans += annotation.orphaned - self._rows[row].orphaned
        self._rows[row] = annotation
        self._by_id[annotation.id] = annotation
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove(self, annotation_id: str) -> None:
        row = self.row_of(annotation_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._orphans -= self._rows[row].orphaned
        del self._rows[row]
        del self._by_id[annotation_id]
        self.endRemoveRows()

    def row_of(self, annotation_id: str) -> int | None:
        """The row of an annotation: a binary search, as each tag asks with thousands of rows."""
        annotation = self._by_id.get(annotation_id)
        if annotation is None:
            return None
        row = bisect.bisect_left(self._rows, self._order(annotation), key=self._order)
        if row < len(self._rows) and self._rows[row] is annotation:
            return row
        # A replaced annotation that moved keeps its old row: look for it there.
        return next(i for i, a in enumerate(self._rows) if a is annotation)

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def orphan_count(self) -> int:
        """How many rows could not be placed in the text: asked after every change."""
        return self._orphans

    def annotations(self) -> list[Annotation]:
        return list(self._rows)


class AnnotationFilterModel(QSortFilterProxyModel):
    """Filters the list by tag and by article; either filter may be off (None)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tag: str | None = None
        self._article: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_tag(self, tag: str | None) -> None:
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_article(self, article_id: str | None) -> None:
        self.beginFilterChange()
        self._article = article_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._tag is None and self._article is None:
            return True  # asked for every row on each reset: 3,000 rows with a dense lesson
        model = self.sourceModel()
        assert isinstance(model, AnnotationTableModel)
        annotation = model.annotation(source_row)
        if self._tag is not None and annotation.tag != self._tag:
            return False
        return self._article is None or annotation.article_id == self._article
