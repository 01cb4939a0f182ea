"""The review window's suggestions for the key: what several students tagged and the key lacks,
accepted into the key or dismissed; and, in a student's view, a highlight credited for that
student alone.

The dock (object name ``key-suggestions``) lists the suggestions (how many students, the tag
most chose, the article, the words) and the teacher's changes to the key. Every change is checked
and made by :mod:`annotator.services.key_changes` and stored by one :class:`KeyChangeCommand`
on the window's undo stack (the Class menu's, Ctrl+Z), which undoes it by removing it; each
re-grades the class, so the table, the views and the detail refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.classroom.key_changes import KeyChange
from annotator.core.classroom.suggestions import MIN_STUDENTS, Suggestion
from annotator.qt.class_texts import kind_label
from annotator.qt.highlight_credits import HighlightCredits, short
from annotator.qt.key_dialogs import AcceptClaimDialog, CreditDialog
from annotator.services import key_changes
from annotator.services.key_changes import KeyChangeError

if TYPE_CHECKING:
    from annotator.qt.review_window import ReviewWindow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DOCK_HEIGHT = 190  # pixels: the articles keep most of the window
MOST_SHOWN = 200  # suggestions listed at most: those most students made
SUGGESTION_HEADERS = (  # translated when shown
    QT_TRANSLATE_NOOP("KeyLearning", "Students"),
    QT_TRANSLATE_NOOP("KeyLearning", "Most chose"),
    QT_TRANSLATE_NOOP("KeyLearning", "Article"),
    QT_TRANSLATE_NOOP("KeyLearning", "Words"),
)
CHANGE_HEADERS = (
    QT_TRANSLATE_NOOP("KeyLearning", "Article"),
    QT_TRANSLATE_NOOP("KeyLearning", "Your change"),
)


class KeyChangeCommand(QUndoCommand):
    """A change of the key, checked already: pushing it stores it, undo removes it. With
    ``removal``, the other way round: pushing it removes a change, undo puts it back."""

    def __init__(self, text: str, learning: KeyLearning, change: KeyChange, *, removal=False):
        super().__init__(text)
        self.learning, self.change, self.removal = learning, change, removal

    def redo(self) -> None:
        self._have(not self.removal)

    def undo(self) -> None:
        self._have(self.removal)

    def _have(self, present: bool) -> None:
        if present:
            key_changes.restore(self.learning.classroom, self.change)
        else:
            key_changes.remove(self.learning.classroom, self.change.id)
        self.learning.changed()


def _table(headers, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("KeyLearning", header) for header in headers]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    table.setMinimumHeight(60)  # the dock is low: the tables give way, never the words above
    return table


def _item(text: str, data: str = "", tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # plain text: the words come from students' files
    item.setData(ID_ROLE, data)
    if tip:
        item.setToolTip(tip)
    return item


class KeyLearning(QObject, HighlightCredits):
    """The suggestions dock, the student view's credit actions, and their undoable changes."""

    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(window)
        self.window = window
        self.classroom = window.classroom
        self.undo_stack = window.class_actions.undo_stack  # one stack, one Ctrl+Z
        self.shown: list[Suggestion] = []  # as listed: the first MOST_SHOWN found
        self.found = 0
        self.dialog: AcceptClaimDialog | CreditDialog | None = None  # the last one opened
        self.menu: QMenu | None = None  # the last context menu shown, for tests
        self._basis: tuple[list, tuple[KeyChange, ...]] | None = None
        self._cache: dict = {}  # each article's suggestions, by what they were made from
        self.dock = self._dock()
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)
        if not self._fits_docked():
            self.dock.hide()  # a short screen (1366x768): the Key menu shows it, floating
        self.dock.visibilityChanged.connect(self._keep_on_screen)
        window.menuBar().addMenu(self._key_menu())
        for view in window.views.values():
            view.context_menu_requested.connect(
                lambda point, view=view: self._context_menu(view, point)
            )
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        window.class_did_change.connect(self._reload_timer.start)
        self.dock.visibilityChanged.connect(lambda _visible: self._reload_timer.start())
        self.reload()

    # -- the dock

    def _fits_docked(self) -> bool:
        """Whether the window, dock included, fits the height of its screen: docked below the
        articles and the class table on a short screen, it would push the window past the
        screen's bottom edge."""
        screen = self.window.screen()
        if screen is None:
            return True
        return self.window.minimumSizeHint().height() <= screen.availableGeometry().height()

    def _keep_on_screen(self, visible: bool) -> None:
        """Shown on a screen too short for it docked, the dock floats over the window."""
        if visible and not self.dock.isFloating() and not self._fits_docked():
            self.dock.setFloating(True)
            area = self.window.screen().availableGeometry()
            height = min(DOCK_HEIGHT * 2, area.height() // 2)
            self.dock.setGeometry(area.x(), area.bottom() - height, area.width(), height)

    def _dock(self) -> QDockWidget:
        dock = QDockWidget(
            self.tr("Suggestions for the Key"), self.window, objectName="key-suggestions"
        )
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.summary = QLabel(objectName="suggestions-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # Two lines' room: a dock's layout does not ask a wrapped label how tall it must be.
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing() + 4)
        self.table = _table(SUGGESTION_HEADERS, "suggestions-table")
        self.table.itemSelectionChanged.connect(self._suggestion_selected)
        self.table.doubleClicked.connect(lambda _index: self.accept_selected())
        self.min_students = QSpinBox(objectName="suggestions-min-students")
        self.min_students.setRange(1, 99)
        self.min_students.setValue(MIN_STUDENTS)
        self.min_students.setPrefix(self.tr("at least "))
        self.min_students.setSuffix(self.tr(" students"))
        self.min_students.valueChanged.connect(lambda _value: self.reload(force=True))
        self.accept_button = QPushButton(
            self.tr("Accept into the Key…"), objectName="accept-suggestion"
        )
        self.accept_button.setToolTip(
            self.tr("Add these words to the key as a claim: tag, points, note")
        )
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), objectName="dismiss-suggestion")
        self.dismiss_button.setToolTip(self.tr("Not a claim: stop suggesting these words"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.changes = _table(CHANGE_HEADERS, "key-changes-table")
        self.remove_button = QPushButton(self.tr("Take Back"), objectName="remove-key-change")
        self.remove_button.setToolTip(
            self.tr("Take back the chosen change: the class is graded again")
        )
        self.remove_button.clicked.connect(self.remove_selected_change)
        self.changes.itemSelectionChanged.connect(self._enable)

        buttons = QHBoxLayout()
        for widget in (self.accept_button, self.dismiss_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.min_students)
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>{}</b>".format(self.tr("Your changes to the key"))))
        right.addWidget(self.changes, 1)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QWidget(objectName="key-suggestions-body")
        layout = QHBoxLayout(body)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        dock.setWidget(body)
        return dock

    def _key_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Key"), self.window)
        menu.setObjectName("key-menu")
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&Suggestions for the Key"))
        toggle.setObjectName("show-key-suggestions")
        menu.addAction(toggle)
        export = QAction(self.tr("&Export the Key as key.toml…"), self.window)
        export.setObjectName("export-key")
        export.triggered.connect(lambda _checked=False: self.choose_export())
        menu.addAction(export)
        return menu

    def reload(self, force: bool = False) -> None:
        """The suggestions and the changes as the class is graded now (recomputed only when
        the grades or the changes have, and only while the dock is shown)."""
        changes = self.classroom.key_changes().changes
        if not self.dock.isVisible() and not force and self._basis is not None:
            return
        grades = list(self.classroom.grades().values())
        basis = self._basis
        same = (
            basis is not None
            and basis[1] == changes
            and len(basis[0]) == len(grades)
            and all(a is b for a, b in zip(basis[0], grades, strict=True))
        )
        if not same or force:
            self._basis = (grades, changes)
            chosen = self.selected()
            found = key_changes.suggestions(self.classroom, self.min_students.value(), self._cache)
            self.found = len(found)
            self.shown = found[:MOST_SHOWN]
            self.table.clearSelection()
            self._fill_suggestions()
            if chosen is not None:  # what was shown in its article is no longer chosen
                self.window.views[chosen.article_id].clear_selection()
        self._fill_changes(changes)
        self._enable()

    def _fill_suggestions(self) -> None:
        lesson = self.classroom.lesson
        names = {key: result.name for key, result in self.window.results.items()}
        self.table.setRowCount(len(self.shown))
        for row, item in enumerate(self.shown):
            who = ", ".join(names.get(key, "?") for key in item.students)
            tags = ", ".join(f"{tag} {count}" for tag, count in item.tags)
            outlet = lesson.article(item.article_id).outlet
            words = " ".join(item.exact.split())
            tip = self.tr("“{words}”\n{count} students: {who}\nTags chosen: {tags}").format(
                words=words, count=item.count, who=who, tags=tags
            )
            cells = (str(item.count), item.tag, outlet, words)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _item(text, item.id, tip))
        for column in range(len(SUGGESTION_HEADERS) - 1):  # the words take the rest
            self.table.resizeColumnToContents(column)
        least = self.min_students.value()
        if self.shown:
            said = self.tr(
                "%n stretch(es) that {least} or more students tagged and the key lacks, most "
                "students first",
                "",
                self.found,
            ).format(least=least)
            if self.found > len(self.shown):
                said += self.tr(" (the first {listed} listed)").format(listed=len(self.shown))
            said += self.tr(
                ". Accept one into the key or dismiss it: the class is graded again at once "
                "(Ctrl+Z takes it back)."
            )
        elif self.window.results:
            said = self.tr(
                "Nothing that {least} or more students tagged is missing from the key."
            ).format(least=least)
        else:
            said = self.tr(
                "Import the class's submissions: what several students tag and the key lacks is "
                "listed here."
            )
        self.summary.setText(said)

    def _fill_changes(self, changes: tuple[KeyChange, ...]) -> None:
        lesson = self.classroom.lesson
        names = {key: result.name for key, result in self.window.results.items()}
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            whom = names.get(change.student_key, self.tr("a student no longer in the class"))
            text = change.describe(whom if change.student_key else "")
            outlet = (
                lesson.article(change.article_id).outlet
                if lesson.has_article(change.article_id)
                else change.article_id
            )
            tip = f"{kind_label(change.kind)} {change.created[:16].replace('T', ' ')}"
            if change.note:
                tip += "\n" + self.tr("Note: {note}").format(note=change.note)
            for column, cell in enumerate((outlet, text)):
                self.changes.setItem(row, column, _item(cell, change.id, tip))
        self.changes.resizeColumnToContents(0)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)
        self.remove_button.setEnabled(bool(self.changes.selectedItems()))

    def selected(self) -> Suggestion | None:
        rows = {item.row() for item in self.table.selectedItems()}
        return self.shown[rows.pop()] if len(rows) == 1 else None

    def select(self, suggestion_id: str) -> bool:
        row = next((n for n, s in enumerate(self.shown) if s.id == suggestion_id), None)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _suggestion_selected(self) -> None:
        self._enable()
        suggestion = self.selected()
        if suggestion is not None:  # show where it is: selected in its article
            view = self.window.views[suggestion.article_id]
            view.select(suggestion.start, suggestion.end)
            view.browser.ensureCursorVisible()

    # -- the changes, each undoable

    def perform(self, text: str, change) -> KeyChange | None:
        """Checks a change (``change()`` makes it, not stored) and pushes it on the undo stack,
        which stores it; a change that cannot be made is said in a box."""
        try:
            made = change()
        except KeyChangeError as error:
            self.window.class_actions.say(self.tr("Not done"), str(error))
            return None
        self.undo_stack.push(KeyChangeCommand(text, self, made))
        return made

    def take_back(self, change: KeyChange | None) -> bool:
        """Removes a change, undoably."""
        if change is None:
            return False
        text = self.tr("Take back: {change}").format(change=change.describe())
        self.undo_stack.push(KeyChangeCommand(text, self, change, removal=True))
        return True

    def changed(self) -> None:
        """After a change or its undo: the class graded again, and everything that shows it."""
        self.window.regrade()
        self.reload()  # at once (the window's signal reloads later, finding nothing new)

    def accept_selected(self) -> AcceptClaimDialog | None:
        suggestion = self.selected()
        if suggestion is None:
            return None
        names = {key: result.name for key, result in self.window.results.items()}
        who = self.tr("{count} students tagged it ({tags}): {names}").format(
            count=suggestion.count,
            tags=", ".join(f"{tag} {count}" for tag, count in suggestion.tags),
            names=", ".join(names.get(key, "?") for key in suggestion.students),
        )
        tags = self.classroom.lesson.tags
        dialog = AcceptClaimDialog(self.window, suggestion.exact, who, tags, suggestion.tag)
        dialog.accepted.connect(lambda: self._accept(suggestion, *dialog.values()))
        return self._open(dialog)

    def _accept(self, suggestion: Suggestion, tag: str, points: float, note: str) -> None:
        self.perform(
            self.tr("Accept “{words}” into the key").format(words=short(suggestion.exact)),
            lambda: key_changes.accept_suggestion(
                self.classroom, suggestion, tag=tag, note=note, points=points, store=False
            ),
        )

    def dismiss_selected(self) -> KeyChange | None:
        suggestion = self.selected()
        if suggestion is None:
            return None
        return self.perform(
            self.tr("Dismiss “{words}”").format(words=short(suggestion.exact)),
            lambda: key_changes.dismiss(self.classroom, suggestion, store=False),
        )

    def remove_selected_change(self) -> bool:
        rows = {item.row() for item in self.changes.selectedItems()}
        if len(rows) != 1:
            return False
        change_id = self.changes.item(rows.pop(), 0).data(ID_ROLE)
        changes = self.classroom.key_changes().changes
        return self.take_back(next((c for c in changes if c.id == change_id), None))

    # -- writing the key back

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the key as key.toml"),
            "key.toml",
            self.tr("Answer keys (*.toml)"),
        )
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        try:
            key_changes.export_key(self.classroom, path)
        except (KeyChangeError, OSError) as error:
            self.window.class_actions.say(self.tr("Key not written"), f"{path}: {error}")
            return False
        return True
