"""Every change to annotations goes through here: one undoable command per user action.

A command calls the workspace service (which commits to SQLite before it returns) and then the
:class:`AnnotationOperations` object announces what changed with its ``annotation_did_*``
signals; the views refresh from those signals alone. Undo and redo take the same path, so
what is on screen is always what is in the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator.qt.core_texts import tag_label

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.services.workspace import Workspace

NOTE_EDIT_ID = 1001


class AnnotationOperations(QObject):
    annotation_did_add = Signal(object)  # Annotation
    annotation_did_change = Signal(object)  # Annotation (new state)
    annotation_did_remove = Signal(object)  # Annotation (as it was)
    operation_did_fail = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)

    # -- what the UI asks for

    def create(self, annotation: Annotation) -> bool:
        return self._push(_CreateCommand(self, annotation))

    def change(self, before: Annotation, after: Annotation, text: str) -> bool:
        if before == after:
            return False
        return self._push(_ChangeCommand(self, before, after, text))

    def retag(self, annotation: Annotation, tag: str) -> bool:
        if annotation.tag == tag:
            return False
        return self.change(annotation, annotation.with_changes(tag=tag), _tag_as(self, tag))

    def edit_note(self, annotation: Annotation, note: str) -> bool:
        if annotation.note == note:
            return False
        return self._push(_NoteCommand(self, annotation, annotation.with_changes(note=note)))

    def delete(self, annotation: Annotation) -> bool:
        return self._push(_DeleteCommand(self, annotation))

    def _push(self, command: _Command) -> bool:
        """Runs the command once now; it joins the undo stack only if the write succeeded."""
        try:
            command.apply_first()
        except Exception as error:
            self.operation_did_fail.emit(self.tr("Not saved: {error}").format(error=error))
            return False
        self.undo_stack.push(command)
        return True

    # -- the only places that write and announce (each workspace write returns what it saved)

    def _add(self, annotation: Annotation) -> None:
        self.annotation_did_add.emit(self.workspace.add(annotation))

    def _restore(self, annotation: Annotation) -> None:
        self.annotation_did_add.emit(self.workspace.restore(annotation))

    def _replace(self, annotation: Annotation) -> None:
        self.annotation_did_change.emit(self.workspace.replace(annotation))

    def _remove(self, annotation: Annotation) -> None:
        self.annotation_did_remove.emit(self.workspace.delete(annotation))


def _tag_as(operations: AnnotationOperations, name: str) -> str:
    """The undo stack's words for tagging as ``name``: "Tag as Fact"."""
    tag = operations.workspace.lesson.tags.get(name)
    label = tag_label(tag) if tag else name
    return QCoreApplication.translate("AnnotationOperations", "Tag as {label}").format(label=label)


class _Command(QUndoCommand):
    """A command whose first run happens before it is pushed (so a failed write is not pushed)."""

    def __init__(self, operations: AnnotationOperations, text: str) -> None:
        super().__init__(text)
        self.operations = operations
        self._skip_next_redo = False

    def apply_first(self) -> None:
        self.redo_now()
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self.redo_now()

    def redo_now(self) -> None:
        raise NotImplementedError


class _CreateCommand(_Command):
    def __init__(self, operations: AnnotationOperations, annotation: Annotation) -> None:
        super().__init__(operations, _tag_as(operations, annotation.tag))
        self.annotation = annotation
        self._first = True

    def redo_now(self) -> None:
        if self._first:
            self._first = False
            self.operations._add(self.annotation)
        else:
            self.operations._restore(self.annotation)

    def undo(self) -> None:
        self.operations._remove(self.annotation)


class _ChangeCommand(_Command):
    def __init__(self, operations, before: Annotation, after: Annotation, text: str) -> None:
        super().__init__(operations, text)
        self.before = before
        self.after = after

    def redo_now(self) -> None:
        self.operations._replace(self.after)

    def undo(self) -> None:
        self.operations._replace(self.before)


class _NoteCommand(_ChangeCommand):
    """Typing a note saves as you go; consecutive edits of one note undo as one step."""

    def __init__(self, operations, before: Annotation, after: Annotation) -> None:
        super().__init__(
            operations,
            before,
            after,
            QCoreApplication.translate("AnnotationOperations", "Edit note"),
        )

    def id(self) -> int:
        return NOTE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _NoteCommand) or other.after.id != self.after.id:
            return False
        self.after = other.after
        return True


class _DeleteCommand(_Command):
    def __init__(self, operations: AnnotationOperations, annotation: Annotation) -> None:
        super().__init__(
            operations, QCoreApplication.translate("AnnotationOperations", "Delete annotation")
        )
        self.annotation = annotation

    def redo_now(self) -> None:
        self.operations._remove(self.annotation)

    def undo(self) -> None:
        self.operations._restore(self.annotation)
