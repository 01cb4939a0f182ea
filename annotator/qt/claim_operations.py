"""Undoable operations on linked claims, on the lesson's one undo stack.

Each operation plans a :class:`~annotator.services.linked_claims.ClaimChange` from the
annotations as saved now, runs it (the workspace commits before anything is shown), and
pushes a command that applies its ``before`` to undo and its ``after`` to redo. What changed
is announced as tagging announces it: ``annotation_did_change`` of the lesson's
:class:`~annotator.qt.operations.AnnotationOperations` for each annotation, then
:attr:`ClaimOperations.claims_did_change` once, so the list, the articles and the comparison
view refresh from signals alone, the same way for undo and redo.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from annotator.qt.operations import AnnotationOperations, _Command
from annotator.services import linked_claims

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.core.annotations.linked_claim import LinkedClaim
    from annotator.services.linked_claims import ClaimChange, ClaimState


class ClaimOperations(QObject):
    """The linked-claim operations of one lesson's :class:`AnnotationOperations`."""

    claims_did_change = Signal()

    def __init__(self, operations: AnnotationOperations) -> None:
        super().__init__(operations)
        self.setObjectName("claim-operations")
        self.operations = operations

    @property
    def workspace(self):
        return self.operations.workspace  # the lesson's workspace, as it is now

    # -- what the UI asks for

    def link(
        self, annotations: Iterable[Annotation], claim: LinkedClaim | None = None, title: str = ""
    ) -> LinkedClaim | None:
        """Links the annotations into ``claim`` (or a new one titled ``title``); returns the
        claim, or None if nothing was saved."""
        change = linked_claims.link(self.workspace, self._current(annotations), claim, title)
        return change.claim if self._push(change) or change.empty else None

    def unlink(self, annotations: Iterable[Annotation]) -> bool:
        return self._push(linked_claims.unlink(self.workspace, self._current(annotations)))

    def rename(self, claim: LinkedClaim, title: str) -> bool:
        return self._push(linked_claims.rename(claim, title))

    def set_attribution(self, annotation: Annotation, attribution: str) -> bool:
        (current,) = self._current([annotation]) or [annotation]
        return self._push(linked_claims.attribute(current, attribution))

    def claims(self) -> list[LinkedClaim]:
        return self.workspace.linked_claims()

    # -- internals

    def _current(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """The annotations as saved now (the caller's copies may be older)."""
        found = (self.workspace.annotation(a.id) for a in annotations)
        return [a for a in found if a is not None]

    def _push(self, change: ClaimChange) -> bool:
        if change.empty:
            return False
        command = _ClaimCommand(self, change, _describe(change))
        try:
            command.apply_first()
        except Exception as error:  # the disk, the database: nothing is shown as saved
            self.operations.operation_did_fail.emit(
                QCoreApplication.translate("ClaimOperations", "Not saved: {error}").format(
                    error=error
                )
            )
            return False
        self.operations.undo_stack.push(command)
        return True

    def _apply(self, state: ClaimState) -> None:
        linked_claims.apply(self.workspace, state)
        for annotation in state.annotations:
            self.operations.annotation_did_change.emit(annotation)
        self.claims_did_change.emit()


class _ClaimCommand(_Command):
    def __init__(self, claims: ClaimOperations, change: ClaimChange, text: str) -> None:
        super().__init__(claims.operations, text)
        self.claims = claims
        self.change = change

    def redo_now(self) -> None:
        self.claims._apply(self.change.after)

    def undo(self) -> None:
        self.claims._apply(self.change.before)


def _describe(change: ClaimChange) -> str:
    """The undo stack's words for a change."""
    title = change.claim.title if change.claim is not None else ""
    if change.kind == "link":
        text = QCoreApplication.translate("ClaimOperations", "Link to claim “{title}”")
    elif change.kind == "rename":
        text = QCoreApplication.translate("ClaimOperations", "Rename claim to “{title}”")
    elif change.kind == "unlink":
        text = QCoreApplication.translate("ClaimOperations", "Unlink from claim")
    else:
        text = QCoreApplication.translate("ClaimOperations", "Set attribution")
    return text.format(title=title)


def claim_operations(operations: AnnotationOperations) -> ClaimOperations:
    """The claim operations of a lesson's operations, made on first use (one per lesson,
    sharing its undo stack)."""
    found = operations.findChild(ClaimOperations, "claim-operations")
    return found if found is not None else ClaimOperations(operations)
