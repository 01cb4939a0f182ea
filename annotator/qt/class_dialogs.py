"""The Class menu's two dialogs: the roster, as a table to edit with Import CSV… to take a
roster file (Canvas' gradebook export, or a CSV of names and ids), every edit saved as it is
made; and the submissions held for the teacher, why each waits, what it conflicts with, and the
four decisions (each undoable, in the Class menu)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from annotator.core.classroom.roster import RosterEntry, RosterError
from annotator.services import class_identity
from annotator.services.class_identity import DecisionError

if TYPE_CHECKING:
    from annotator.qt.class_actions import ClassActions

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def row_table(headers, object_name: str, *, editable: bool):
    """A table of whole-row selection for the Class dialogs, its last column stretched."""
    table = QTableWidget(0, len(headers), objectName=object_name)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ClassDialogs", header) for header in headers]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not editable:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class _ClassDialog(QDialog):
    """A dialog of the Class menu: it changes the class through ``actions`` (undoable)."""

    def __init__(self, actions: ClassActions, name: str, title: str, width: int) -> None:
        super().__init__(actions.window)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.resize(width, 480)
        self.actions = actions
        self.classroom = actions.classroom


# --- the roster ------------------------------------------------------------------------------

FIELDS = (  # each field of a roster entry and its column's heading (translated when shown)
    ("name", QT_TRANSLATE_NOOP("ClassDialogs", "Student")),
    ("canvas_id", QT_TRANSLATE_NOOP("ClassDialogs", "ID (Canvas)")),
    ("sis_user_id", QT_TRANSLATE_NOOP("ClassDialogs", "SIS User ID")),
    ("sis_login_id", QT_TRANSLATE_NOOP("ClassDialogs", "SIS Login ID")),
    ("section", QT_TRANSLATE_NOOP("ClassDialogs", "Section")),
)


class RosterDialog(_ClassDialog):
    def __init__(self, actions: ClassActions) -> None:
        super().__init__(actions, "roster-dialog", self.tr("Class roster"), 820)
        self.summary = QLabel(objectName="roster-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.table = row_table([label for _name, label in FIELDS], "roster-table", editable=True)
        self.table.itemChanged.connect(self._edited)
        import_button = QPushButton(self.tr("Import CSV…"), objectName="roster-import")
        import_button.setToolTip(
            self.tr("Canvas' gradebook export (Grades > Export), or a CSV with name and id columns")
        )
        import_button.clicked.connect(self.choose_file)
        add = QPushButton(self.tr("Add Student"), objectName="roster-add")
        add.clicked.connect(self.add_entry)
        remove = QPushButton(self.tr("Remove Student"), objectName="roster-remove")
        remove.clicked.connect(self.remove_selected)
        close = QPushButton(self.tr("Close"), objectName="roster-close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (import_button, add, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._filling = False

    def reload(self, said: str = "") -> None:
        entries = self.classroom.roster_entries()
        self._filling = True
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, (name, _label) in enumerate(FIELDS):
                item = QTableWidgetItem(getattr(entry, name))
                item.setData(KEY_ROLE, entry.key)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._filling = False
        count = (
            self.tr("%n student(s) on the roster.", "", len(entries))
            if entries
            else self.tr("No roster yet.")
        )
        self.summary.setText(f"{said}\n{count}".strip())

    # -- taking a file

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a roster"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        try:
            taken = class_identity.import_roster(self.classroom, path)
        except RosterError as error:
            self.actions.say(self.tr("Roster not imported"), str(error))
            return False
        change = taken.change
        lines = [
            self.tr(
                "Imported {file}: {added} added, {updated} updated, {removed} removed, "
                "{unchanged} unchanged."
            ).format(
                file=Path(path).name,
                added=len(change.added),
                updated=len(change.updated),
                removed=len(change.removed),
                unchanged=change.unchanged,
            )
        ]
        lines += list(taken.skipped)
        if taken.matched:
            lines.append(
                self.tr("Now on the roster: {names}.").format(names=", ".join(taken.matched))
            )
        if taken.not_on_roster:
            lines.append(
                self.tr("On no roster entry: {names}.").format(names=", ".join(taken.not_on_roster))
            )
        self.actions.changed()
        self.reload("\n".join(lines))
        return True

    # -- editing

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = item.data(KEY_ROLE)
        entry = next((e for e in self.classroom.roster_entries() if e.key == key), None)
        if entry is None:
            return
        name = FIELDS[item.column()][0]
        changed = replace(entry, **{name: item.text().strip()})
        try:
            class_identity.save_roster_entry(self.classroom, changed)
        except DecisionError as error:
            self.actions.say(self.tr("Not saved"), str(error))
        self.actions.changed()
        self.reload()

    def add_entry(self) -> RosterEntry:
        entry = class_identity.save_roster_entry(
            self.classroom,
            RosterEntry(
                "", self.tr("New student {number}").format(number=self.table.rowCount() + 1)
            ),
        )
        self.reload()
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))
        return entry

    def remove_selected(self) -> None:
        rows = sorted({item.row() for item in self.table.selectedItems()})
        for row in rows:
            class_identity.delete_roster_entry(
                self.classroom, self.table.item(row, 0).data(KEY_ROLE)
            )
        if rows:
            self.actions.changed()
            self.reload()


# --- the held submissions --------------------------------------------------------------------

COLUMNS = (  # translated when shown
    QT_TRANSLATE_NOOP("ClassDialogs", "Student"),
    QT_TRANSLATE_NOOP("ClassDialogs", "ID"),
    QT_TRANSLATE_NOOP("ClassDialogs", "Why it waits"),
    QT_TRANSLATE_NOOP("ClassDialogs", "Conflicts with"),
    QT_TRANSLATE_NOOP("ClassDialogs", "File"),
)


class HeldDialog(_ClassDialog):
    def __init__(self, actions: ClassActions) -> None:
        super().__init__(
            actions, "held-dialog", self.tr("Submissions waiting for your decision"), 1000
        )
        intro = QLabel(
            self.tr(
                "These submissions are neither graded nor exported, and replace nothing, until "
                "you decide. Every decision can be undone (Class > Undo)."
            )
        )
        intro.setWordWrap(True)
        self.table = row_table(COLUMNS, "held-table", editable=False)
        self.keep_button = QPushButton(self.tr("Keep This One"), objectName="held-keep")
        self.keep_button.setToolTip(
            self.tr("It takes the place it claims; the submission there leaves the class")
        )
        self.both_button = QPushButton(self.tr("Keep Both"), objectName="held-keep-both")
        self.both_button.setToolTip(
            self.tr("Two different students: it joins the class on its own")
        )
        self.roster_choice = QComboBox(objectName="held-roster-choice")
        self.assign_button = QPushButton(self.tr("Assign to"), objectName="held-assign")
        self.discard_button = QPushButton(self.tr("Discard"), objectName="held-discard")
        self.keep_button.clicked.connect(
            lambda: self._decide(self.tr("Keep {name}'s held submission"), class_identity.keep)
        )
        self.both_button.clicked.connect(
            lambda: self._decide(
                self.tr("Keep {name}'s held submission apart"), class_identity.keep_apart
            )
        )
        self.assign_button.clicked.connect(self._assign)
        self.discard_button.clicked.connect(
            lambda: self._decide(self.tr("Discard {name}'s held submission"), class_identity.remove)
        )
        close = QPushButton(self.tr("Close"), objectName="held-close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for widget in (
            self.keep_button,
            self.both_button,
            self.assign_button,
            self.roster_choice,
            self.discard_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        held = self.classroom.held()
        names = {s.student_key: s.student_name for s in self.classroom.submissions()}
        self.table.setRowCount(len(held))
        for row, stored in enumerate(held):
            against = names.get(stored.held_against, "")
            cells = (
                stored.student_name,
                stored.student_id,
                stored.held_reason,
                against,
                stored.source_file,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # plain text: it comes from a student's file
                item.setData(KEY_ROLE, stored.student_key)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if held and not self.table.selectedItems():
            self.table.selectRow(0)
        self.roster_choice.clear()
        for entry in self.classroom.roster_entries():
            self.roster_choice.addItem(entry.describe(), entry.key)
        has_roster = self.roster_choice.count() > 0
        for widget in (self.assign_button, self.roster_choice):
            widget.setEnabled(bool(held) and has_roster)
        for button in (self.keep_button, self.both_button, self.discard_button):
            button.setEnabled(bool(held))

    def chosen_key(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(KEY_ROLE) if items else None

    def choose(self, key: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(KEY_ROLE) == key:
                self.table.selectRow(row)

    def _decide(self, undo_text: str, decision) -> bool:
        """Takes ``decision`` on the chosen submission (``undo_text``: with ``{name}``)."""
        key = self.chosen_key()
        if key is None:
            return False
        stored = self.classroom.submission(key)
        name = stored.student_name if stored else "?"
        return self.actions.perform(
            undo_text.format(name=name), lambda: decision(self.classroom, key)
        )

    def _assign(self) -> bool:
        roster_key = self.roster_choice.currentData()
        if roster_key is None:
            return False
        return self._decide(
            self.tr("Assign {name}'s held submission"),
            lambda classroom, key: class_identity.assign(classroom, key, roster_key),
        )
