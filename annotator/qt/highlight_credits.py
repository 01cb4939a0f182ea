"""A student's highlight in the review window: credited for that student alone, its credit
taken back, or its words accepted into the key, from the highlight's context menu.

:class:`HighlightCredits` is part of :class:`~annotator.qt.key_suggestions.KeyLearning`, whose
undo stack, ``perform`` and ``take_back`` make each change; its words are in KeyLearning's
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from annotator.core.classroom.outcomes import Outcome
from annotator.qt.key_dialogs import AcceptClaimDialog, CreditDialog
from annotator.services import key_changes

if TYPE_CHECKING:
    from annotator.qt.article_view import ArticleView


class HighlightCredits:
    """The highlight's context menu and its dialogs (a part of KeyLearning)."""

    def _context_menu(self, view: ArticleView, point: QPoint) -> None:
        viewport = view.browser.viewport()
        cursor = view.browser.cursorForPosition(viewport.mapFromGlobal(point))
        menu = self.menu_at(view, view.from_document(cursor.position()))
        if menu is not None:
            menu.popup(point)

    def menu_at(self, view: ArticleView, offset: int) -> QMenu | None:
        """The menu for the student's highlight at ``offset`` of the view: credit it for the
        student, take a credit back, or accept its words into the key (None: nothing there)."""
        student = self.window.chosen()
        if student not in self.window.results:
            return None
        marks = [m for m in view.outcomes.at(offset) if m.annotation_id]
        extra = next((m for m in marks if m.outcome == Outcome.EXTRA), None)
        credited = next((m for m in marks if m.outcome == Outcome.TEACHER), None)
        if extra is None and credited is None:
            return None
        menu = QMenu(self.window, objectName="highlight-menu")
        if extra is not None:
            action = menu.addAction(
                QCoreApplication.translate("KeyLearning", "Credit for This Student…")
            )
            action.setObjectName("credit-for-student")
            action.triggered.connect(lambda: self.credit(student, extra.annotation_id))
            action = menu.addAction(
                QCoreApplication.translate("KeyLearning", "Accept These Words into the Key…")
            )
            action.setObjectName("accept-highlight")
            action.triggered.connect(lambda: self.accept_highlight(student, extra.annotation_id))
        if credited is not None:
            action = menu.addAction(
                QCoreApplication.translate("KeyLearning", "Take Back the Credit for This Student")
            )
            action.setObjectName("remove-student-credit")
            action.triggered.connect(lambda: self.take_back_credit(credited.annotation_id))
        self.menu = menu
        return menu

    def _annotation(self, student: str, annotation_id: str):
        result = self.window.results[student]
        return next(a for a in result.annotations if a.id == annotation_id)

    def credit(self, student: str, annotation_id: str) -> CreditDialog:
        annotation = self._annotation(student, annotation_id)
        name = self.window.results[student].name
        dialog = CreditDialog(self.window, annotation.quote.exact, name)
        dialog.accepted.connect(
            lambda: self.perform(
                QCoreApplication.translate("KeyLearning", "Credit “{words}” for {name}").format(
                    words=short(annotation.quote.exact), name=name
                ),
                lambda: key_changes.credit(
                    self.classroom, student, annotation_id, **_credit_fields(dialog), store=False
                ),
            )
        )
        return self._open(dialog)

    def accept_highlight(self, student: str, annotation_id: str) -> AcceptClaimDialog:
        annotation = self._annotation(student, annotation_id)
        name = self.window.results[student].name
        tags = self.classroom.lesson.tags
        who = QCoreApplication.translate("KeyLearning", "Tagged {tag} by {name}")
        who = who.format(tag=annotation.tag, name=name)
        dialog = AcceptClaimDialog(self.window, annotation.quote.exact, who, tags, annotation.tag)

        def accept() -> None:
            tag, points, note = dialog.values()
            self.perform(
                QCoreApplication.translate("KeyLearning", "Accept “{words}” into the key").format(
                    words=short(annotation.quote.exact)
                ),
                lambda: key_changes.accept(
                    self.classroom,
                    annotation.article_id,
                    annotation.start,
                    annotation.end,
                    tag=tag,
                    note=note,
                    points=points,
                    students=1,
                    store=False,
                ),
            )

        dialog.accepted.connect(accept)
        return self._open(dialog)

    def take_back_credit(self, annotation_id: str) -> bool:
        changes = self.classroom.key_changes().changes
        return self.take_back(next((c for c in changes if c.annotation_id == annotation_id), None))

    def _open(self, dialog):
        self.dialog = dialog
        dialog.open()
        return dialog


def _credit_fields(dialog: CreditDialog) -> dict:
    points, note = dialog.values()
    return {"points": points, "note": note}


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
