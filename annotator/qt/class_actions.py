"""The review window's Class menu: the roster, the submissions held for the teacher, removing a
student's submission, and undo and redo of all of these.

Every change goes through :mod:`annotator.services.class_identity` and is one undoable command:
it is done once before it enters the undo stack (so a decision the class cannot take is said in
a box and never half done), and undoing it puts back the snapshots it returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from annotator.services import class_identity
from annotator.services.class_identity import DecisionError

if TYPE_CHECKING:
    from annotator.qt.review_window import ReviewWindow
    from annotator.storage.class_repository import Snapshot


class ClassChange(QUndoCommand):
    """One change of who is in the class, done already when it is pushed."""

    def __init__(self, text: str, actions: ClassActions, snapshots: list[Snapshot], redo):
        super().__init__(text)
        self.actions = actions
        self.snapshots = snapshots
        self._redo = redo
        self._first = True

    def redo(self) -> None:
        if self._first:  # done before it was pushed
            self._first = False
        else:
            self.snapshots = self._redo()
        self.actions.changed()

    def undo(self) -> None:
        waiting = class_identity.restore(self.actions.classroom, self.snapshots)
        if waiting:
            self.actions.say(
                QCoreApplication.translate("ClassChange", "Put back, but waiting for you"),
                QCoreApplication.translate(
                    "ClassChange",
                    "Another submission took the place of {names} since: they wait for your "
                    "decision now (Class > Decide on Held Submissions…).",
                ).format(names=", ".join(waiting)),
            )
        self.actions.changed()


class ClassActions(QObject):
    """The Class menu's actions (object names ``roster``, ``held-submissions``,
    ``remove-submission``, ``class-undo``, ``class-redo``) and the toolbar's held count."""

    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(window)
        self.window = window
        self.classroom = window.classroom
        self.undo_stack = QUndoStack(self)
        self.message_box: QMessageBox | None = None  # the last one shown, for tests
        self.roster_action = self._action(self.tr("Ro&ster…"), "roster", self.open_roster)
        self.held_action = self._action(
            self.tr("&Decide on Held Submissions…"), "held-submissions", self.open_held
        )
        self.remove_action = self._action(
            self.tr("Re&move This Student's Submission"), "remove-submission", self.remove_chosen
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("class-undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("class-redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        window.addActions([self.undo_action, self.redo_action])
        self.held_button = QToolButton(objectName="held-button")
        self.held_button.setDefaultAction(self.held_action)
        self.held_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.roster_dialog = None
        self.held_dialog = None
        window.class_did_change.connect(self.refresh)
        window.chooser.currentIndexChanged.connect(lambda _index: self._can_remove())

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(self.tr("&Class"), parent)
        menu.setObjectName("class-menu")
        menu.addActions([self.roster_action, self.held_action])
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        return menu

    def refresh(self) -> None:
        """The held count on the toolbar, and what can be removed."""
        held = len(self.classroom.held())
        self.held_button.setText(self.tr("%n held", "", held) if held else self.tr("None held"))
        self.held_button.setToolTip(
            self.tr(
                "%n submission(s) wait for your decision: they are neither graded nor "
                "exported, and replace nothing, until you decide",
                "",
                held,
            )
            if held
            else self.tr("No submission waits for your decision")
        )
        self.held_button.setStyleSheet("color: #a51d2d; font-weight: bold;" if held else "")
        self._can_remove()

    def _can_remove(self) -> None:
        self.remove_action.setEnabled(self.window.chosen() in self.window.results)

    # -- changes, each undoable

    def perform(self, text: str, change: Callable[[], list[Snapshot]]) -> bool:
        """Does ``change`` and puts it on the undo stack; says why in a box if it cannot."""
        try:
            snapshots = change()
        except DecisionError as error:
            self.say(self.tr("Not done"), str(error))
            return False
        self.undo_stack.push(ClassChange(text, self, snapshots, change))
        return True

    def remove(self, key: str) -> bool:
        stored = self.classroom.submission(key)
        name = stored.student_name if stored else "?"
        return self.perform(
            self.tr("Remove {name}'s submission").format(name=name),
            lambda: class_identity.remove(self.classroom, key),
        )

    def remove_chosen(self) -> bool:
        key = self.window.chosen()
        if key not in self.window.results:
            return False
        return self.remove(key)

    def changed(self) -> None:
        self.window.refresh()
        for dialog in (self.roster_dialog, self.held_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.reload()

    def say(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setObjectName("class-message")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names come from students' files
        box.open()
        self.message_box = box

    # -- the dialogs

    def open_roster(self):
        from annotator.qt.class_dialogs import RosterDialog

        self.roster_dialog = self._shown(self.roster_dialog or RosterDialog(self))
        return self.roster_dialog

    def open_held(self):
        from annotator.qt.class_dialogs import HeldDialog

        self.held_dialog = self._shown(self.held_dialog or HeldDialog(self))
        return self.held_dialog

    @staticmethod
    def _shown(dialog):
        dialog.reload()
        dialog.show()
        dialog.raise_()
        return dialog
