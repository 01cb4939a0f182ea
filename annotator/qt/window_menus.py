"""The main window's menus, tag toolbar and shortcuts.

:class:`WindowMenus` makes every action of the menu bar and the toolbar and keeps them in
place when a lesson opens: one tag action per tag of the lesson (number keys 1-9), and the undo
and redo actions of that lesson's history. What an action does is the window's (or, for
opening lessons, :class:`~annotator.qt.lesson_opening.LessonOpening`'s): this module only
wires the triggers. Needed for the first paint, so it imports nothing beyond Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from annotator.core.lessons.looks import tag_colour
from annotator.qt.core_texts import tag_description, tag_label
from annotator.qt.rich_text import plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from annotator.core.lessons.lesson import Lesson
    from annotator.qt.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.toolbar = QToolBar(self.tr("Tags"), objectName="tag-toolbar")
        self.toolbar.setMovable(False)
        window.addToolBar(self.toolbar)
        menu_bar = window.menuBar()

        file_menu = menu_bar.addMenu(self.tr("&File"))
        window.lesson_opening.add_to(file_menu)
        file_menu.addSeparator()
        new_lesson = QAction(self.tr("&New Lesson…"), window, objectName="new-lesson")
        new_lesson.triggered.connect(lambda: _authoring().new_lesson(window))
        edit_lesson = QAction(self.tr("&Edit Lesson…"), window, objectName="edit-lesson")
        edit_lesson.triggered.connect(lambda: _authoring().edit_lesson(window))
        file_menu.addActions([new_lesson, edit_lesson])
        file_menu.addSeparator()
        self.submit_action = QAction(self.tr("&Submit Work…"), window, objectName="submit-action")
        self.submit_action.setStatusTip(
            self.tr("Save your work for this lesson as a file to hand in")
        )
        self.submit_action.triggered.connect(window.choose_submission_file)
        file_menu.addAction(self.submit_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), window, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(window.close)
        file_menu.addAction(quit_action)

        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.tags_menu = menu_bar.addMenu(self.tr("&Tags"))
        self.view_menu = view_menu = menu_bar.addMenu(self.tr("&View"))
        teacher_menu = menu_bar.addMenu(self.tr("Te&acher"))
        self.review_action = QAction(self.tr("&Review Class…"), window, objectName="review-action")
        self.review_action.setStatusTip(
            self.tr(
                "Import students' submissions, grade them against the answer key, export grades"
            )
        )
        self.review_action.triggered.connect(window.open_review)
        teacher_menu.addAction(self.review_action)
        zoom_in = QAction(self.tr("&Zoom In"), window, objectName="zoom-in")
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        zoom_in.triggered.connect(lambda: window.zoom(1))
        zoom_out = QAction(self.tr("Zoom &Out"), window, objectName="zoom-out")
        zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        zoom_out.triggered.connect(lambda: window.zoom(-1))
        self.toggle_instructions = QAction(
            self.tr("&Instructions"), window, checkable=True, checked=True
        )
        self.toggle_instructions.setShortcut(QKeySequence("F1"))
        self.toggle_instructions.triggered.connect(
            lambda checked: (
                window.side_panel
                and window.side_panel.instructions_section.toggle.setChecked(checked)
            )
        )
        for action in (zoom_in, zoom_out, self.toggle_instructions):
            view_menu.addAction(action)
            window.addAction(action)
        view_menu.addSeparator()
        view_menu.addActions(window.arrangement.actions())  # the side panel, the articles
        self.delete_action = QAction(
            self.tr("&Delete Annotation"), window, objectName="delete-action"
        )
        self.delete_action.setShortcuts(
            [QKeySequence.StandardKey.Delete, QKeySequence("Backspace")]
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(window.delete_current)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.tag_actions: list[QAction] = []

    def needing_database(self) -> list[QAction]:
        """What stays disabled until the student's saved work is shown."""
        return [
            *self.tag_actions,
            self.delete_action,
            self.submit_action,
            self.review_action,
            *self.window.lesson_opening.actions(),
        ]

    def show_tags(self, lesson: Lesson, enabled: bool) -> None:
        """One action per tag of ``lesson`` (key 1 for the first...), in the toolbar and the
        Tags menu, in place of the previous lesson's."""
        window, toolbar = self.window, self.toolbar
        for action in self.tag_actions:
            window.removeAction(action)
            _retire(action)
        # Not QToolBar.clear(): in PySide6 it also deletes the actions that
        # QUndoStack.createUndoAction made (the undo and redo buttons).
        for action in toolbar.actions():
            toolbar.removeAction(action)
            if action.isSeparator():
                _retire(action)
        self.tags_menu.clear()
        self.tag_actions = []
        group = QActionGroup(window)
        group.setExclusive(False)
        for number, tag in enumerate(lesson.tags, start=1):
            action = QAction(f"{number}  {tag_label(tag).upper()}", window)
            action.setObjectName(f"tag-action-{tag.name}")
            action.setShortcut(QKeySequence(str(number)))
            action.setToolTip(
                plain_tooltip(
                    self.tr("Tag the selection as {label} ({number}): {description}").format(
                        label=tag_label(tag), number=number, description=tag_description(tag)
                    )
                )
            )
            action.setStatusTip(tag_description(tag))
            action.triggered.connect(lambda _=False, name=tag.name: window.tag_selection(name))
            action.setEnabled(enabled)
            group.addAction(action)
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setStyleSheet(
                    f"QToolButton {{ background: {tag_colour(tag)}; color: #000000;"
                    " border: 1px solid #77767b;"
                    " border-radius: 4px; padding: 3px 10px; margin: 2px; font-weight: bold; }"
                )
            self.tags_menu.addAction(action)
            window.addAction(action)
            self.tag_actions.append(action)

    def wire_undo(self, stack: QUndoStack, delete_targets: Iterable[QWidget]) -> None:
        """Undo and redo of ``stack`` in the Edit menu and the toolbar, in place of the previous
        lesson's; Delete where the student's attention is (the list, an article pane)."""
        window, toolbar = self.window, self.toolbar
        for action in (self.undo_action, self.redo_action):
            if action is not None:
                self.edit_menu.removeAction(action)
                toolbar.removeAction(action)
                window.removeAction(action)
                _retire(action)
        undo = stack.createUndoAction(window, self.tr("&Undo"))
        undo.setObjectName("undo-action")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = stack.createRedoAction(window, self.tr("&Redo"))
        redo.setObjectName("redo-action")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        for action in (undo, redo):
            self.edit_menu.addAction(action)
            window.addAction(action)
        self.edit_menu.addAction(self.delete_action)
        for widget in delete_targets:
            widget.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(undo)
        toolbar.addAction(redo)

    def show_context_menu(self, global_point) -> None:
        """The articles' right-click menu: the tags, Delete for the chosen annotation, and
        "Same claim as…"."""
        window = self.window
        menu = QMenu(window)
        for action in self.tag_actions:
            menu.addAction(action)
        if window.side_panel is not None and window.side_panel.current() is not None:
            menu.addSeparator()
            menu.addAction(self.delete_action)
        if window.side_panel is not None:
            window.claim_linking.add_to_menu(menu)
        menu.exec(global_point)


def _retire(action: QAction) -> None:
    """Deletes an action of the previous lesson; nameless at once, so findChild skips it."""
    action.setObjectName("")
    action.deleteLater()


def _authoring():
    """The lesson editor's module, loaded when a teacher first makes or edits a lesson."""
    from annotator.qt import lesson_editor

    return lesson_editor
