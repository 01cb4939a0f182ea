"""Dragging one row of the annotation list onto another links the two as one claim.

The list's model knows nothing of dragging: this filter on the list's viewport starts a drag
that carries the row's annotation id (a private MIME type, so nothing else accepts it) and,
when it is dropped on another row, asks the claim linking to link the two.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import QApplication

from annotator.qt.annotation_model import ANNOTATION_ROLE

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.qt.side_panel import SidePanel

MIME_TYPE = "application/x-annotator-annotation-id"


class RowDrag(QObject):
    def __init__(self, panel: SidePanel, link: Callable[[Annotation, Annotation], None]) -> None:
        super().__init__(panel)
        self.setObjectName("claim-row-drag")
        self.panel = panel
        self.link = link
        self._pressed: QPoint | None = None
        viewport = panel.table.viewport()
        viewport.setAcceptDrops(True)
        viewport.installEventFilter(self)

    def _annotation_at(self, point: QPoint) -> Annotation | None:
        index = self.panel.table.indexAt(point)
        return index.data(ANNOTATION_ROLE) if index.isValid() else None

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position().toPoint()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = None
        elif kind == QEvent.Type.MouseMove and self._pressed is not None:
            moved = (event.position().toPoint() - self._pressed).manhattanLength()
            if event.buttons() & Qt.MouseButton.LeftButton and (
                moved >= QApplication.startDragDistance()
            ):
                self._start_drag(self._pressed)
                self._pressed = None
                return True
        elif kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasFormat(MIME_TYPE):
                onto = self._annotation_at(event.position().toPoint())
                dragged = bytes(event.mimeData().data(MIME_TYPE)).decode()
                if onto is not None and onto.id != dragged:
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasFormat(MIME_TYPE):
            self.drop(bytes(event.mimeData().data(MIME_TYPE)).decode(), event.position().toPoint())
            event.acceptProposedAction()
            return True
        return False

    def _start_drag(self, point: QPoint) -> None:
        annotation = self._annotation_at(point)
        if annotation is None:
            return
        drag = QDrag(self.panel.table)
        drag.setMimeData(mime_for(annotation))
        drag.exec(Qt.DropAction.LinkAction)

    def drop(self, annotation_id: str, point: QPoint) -> bool:
        """Links the dragged annotation with the row at ``point``."""
        onto = self._annotation_at(point)
        row = self.panel.model.row_of(annotation_id)
        if onto is None or row is None or onto.id == annotation_id:
            return False
        self.link(self.panel.model.annotation(row), onto)
        return True


def mime_for(annotation: Annotation) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(annotation.id.encode()))
    data.setText(annotation.quote.exact)
    return data
