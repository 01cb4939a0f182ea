"""The student's main window: three articles side by side, the tags, the annotation list.

The window can show its lesson before it has a database (:meth:`MainWindow.attach_database`
comes later): that is how ``annotator`` paints the articles first and loads the storage layer
(sqlite-utils) right after. So the services and storage modules are imported where they are
used, not at the top of this module, and dialogs are reached through ``QtWidgets`` when first
shown (PySide6 builds a class's Python type, with all its enums, on first access).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QWidget,
)

from annotator.core.collector import collector_paused
from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import PackError, PackProblem
from annotator.qt.article_view import ArticleView
from annotator.qt.operations import AnnotationOperations

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from annotator.core.annotations.annotation import Annotation
    from annotator.qt.annotation_model import AnnotationTableModel
    from annotator.qt.lesson_loader import PackLoader
    from annotator.qt.side_panel import SidePanel
    from annotator.services.workspace import ReanchorReport, Workspace
    from annotator.storage.database import AppDatabase

MAX_PROBLEMS_SHOWN = 12  # in the error box; the full list is under "Show Details..."


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


class MainWindow(QMainWindow):
    lesson_did_open = Signal(object)  # Lesson
    pack_open_failed = Signal(object)  # PackError: the lesson that was open stays open
    articles_painted = Signal()  # start_main_window: the first paint is done, storage is next
    saved_work_shown = Signal()  # the database is attached and the annotations are shown

    def __init__(self, database: AppDatabase | None, lesson: Lesson, student: str = "") -> None:
        """A window on ``lesson``; without a database it shows the articles only.

        Until :meth:`attach_database` is called, everything that needs the student's saved
        work (tagging, undo, opening or submitting) is disabled, so nothing can be shown as
        saved before it is.
        """
        super().__init__()
        self.setObjectName("main-window")
        self.database: AppDatabase | None = None
        self.workspace: Workspace | None = None
        self.model: AnnotationTableModel | None = None
        self.side_panel: SidePanel | None = None
        self._student = student
        self.resize(1600, 1000)
        self.setAcceptDrops(True)
        self._active_view: ArticleView | None = None
        self.views: dict[str, ArticleView] = {}
        # One undo history per lesson, kept while that version of the lesson is the one open
        # last: switching lessons never lets Ctrl+Z reach into another lesson's annotations.
        self._operations_by_lesson: dict[str, AnnotationOperations] = {}
        self._zoom_steps = 0
        self.last_pack_error: PackError | None = None
        self.pack_error_box: QtWidgets.QMessageBox | None = None
        self.open_dialog: QtWidgets.QFileDialog | None = None
        self._opening: str | None = None
        self._loader: PackLoader | None = None
        self._build_menus()
        self.saved_label = QLabel(objectName="save-state")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_lesson(lesson, with_side_panel=database is not None)
        if database is None:
            for action in self._actions_needing_database():
                action.setEnabled(False)
            self.statusBar().showMessage("Opening your saved work…")
        else:
            self.attach_database(database)

    # -- opening a lesson (also used when switching lessons)

    def attach_database(self, database: AppDatabase) -> ReanchorReport:
        """Opens the shown lesson's saved work in ``database`` and enables everything."""
        from annotator.services.workspace import Workspace

        self.database = database
        workspace = Workspace(database, self.lesson, self._student)
        report = workspace.open_lesson()
        if self.side_panel is None:
            self._build_side_panel(self.lesson)
        self._attach_workspace(workspace, report)
        for action in self._actions_needing_database():
            action.setEnabled(True)
        self.saved_work_shown.emit()
        return report

    def open_lesson(self, lesson: Lesson, student: str = "") -> ReanchorReport:
        """Shows ``lesson`` in place of the one open (if any), re-anchoring its annotations."""
        from annotator.services.workspace import Workspace

        previous = self.workspace
        assert previous is not None and self.database is not None, "no database attached yet"
        self._save_note_now()
        # Re-anchoring writes first: if it fails, the lesson that was open stays as it was.
        workspace = Workspace(self.database, lesson, student or previous.student)
        report = workspace.open_lesson()
        self._show_lesson(lesson)
        self._attach_workspace(workspace, report)
        return report

    def _show_lesson(self, lesson: Lesson, with_side_panel: bool = True) -> None:
        """The articles and tag actions of ``lesson``, and, unless told to wait, the side panel
        (instructions, legend, annotation list), which otherwise comes with the saved work."""
        self._lesson = lesson
        self._build_central(lesson)
        if with_side_panel:
            self._build_side_panel(lesson)
        self._build_tag_actions(lesson)
        for view in self.views.values():
            if self._zoom_steps:
                view.zoom(self._zoom_steps)
        self._update_title()

    def _attach_workspace(self, workspace: Workspace, report: ReanchorReport) -> None:
        """The saved annotations of the shown lesson, and the undo history they belong to."""
        assert self.model is not None
        self.workspace = workspace
        self.operations = self._operations_for(workspace)
        self._wire_undo()
        with collector_paused():  # thousands of annotations, and their highlights
            annotations = workspace.current_annotations()
            self.model.set_annotations(annotations)
            for view in self.views.values():
                view.set_annotations(a for a in annotations if a.article_id == view.article.id)
        self._update_title()
        self._report_reanchoring(report)
        self._fill_recent()
        self.lesson_did_open.emit(self.lesson)

    def _actions_needing_database(self) -> list[QAction]:
        return [
            *self._tag_actions,
            self.delete_action,
            self.submit_action,
            self.review_action,
            self.open_zip_action,
            self.open_folder_action,
            self.builtin_action,
        ]

    @property
    def ready(self) -> bool:
        """Whether the student's saved work is shown (and tagging is possible)."""
        return self.workspace is not None

    def _operations_for(self, workspace: Workspace) -> AnnotationOperations:
        """The lesson's own undo history if this version of it was open last, else a new one."""
        lesson = workspace.lesson
        operations = self._operations_by_lesson.get(lesson.id)
        if operations is not None and operations.workspace.lesson.content_hash == (
            lesson.content_hash
        ):
            operations.workspace = workspace
            return operations
        if operations is not None:
            # Another version: re-anchoring moved the annotations under the old commands.
            operations.undo_stack.clear()
            operations.deleteLater()
        operations = AnnotationOperations(workspace, self)
        operations.annotation_did_add.connect(self._did_add)
        operations.annotation_did_change.connect(self._did_change)
        operations.annotation_did_remove.connect(self._did_remove)
        operations.operation_did_fail.connect(self._did_fail)
        self._operations_by_lesson[lesson.id] = operations
        return operations

    def _report_reanchoring(self, report: ReanchorReport) -> None:
        messages = []
        if report.orphaned:
            count = len(report.orphaned)
            messages.append(
                f"{_count(count, 'annotation', 'annotations')} could not be placed in this "
                f"version of the lesson: {'it is' if count == 1 else 'they are'} kept and listed "
                "as “not found”."
            )
        if report.recovered:
            messages.append(
                f"{_count(report.recovered, 'annotation', 'annotations')} not found before "
                f"{'is' if report.recovered == 1 else 'are'} back in place."
            )
        if messages:
            self.statusBar().showMessage(" ".join(messages), 30000)
        else:
            self.statusBar().showMessage(f"Opened “{self.lesson.title}”.", 5000)

    @property
    def lesson(self) -> Lesson:
        return self._lesson

    def _build_central(self, lesson: Lesson) -> None:
        self.views = {}
        self._active_view = None
        articles = QSplitter(Qt.Orientation.Horizontal, objectName="article-splitter")
        articles.setChildrenCollapsible(False)
        for article in lesson.articles:
            view = ArticleView(article, lesson.tags)
            view.annotation_clicked.connect(self._highlight_clicked)
            view.context_menu_requested.connect(self._show_context_menu)
            view.browser.installEventFilter(self._focus_tracker(view))
            view.browser.selectionChanged.connect(lambda v=view: self._set_active(v))
            articles.addWidget(view)
            self.views[article.id] = view
        self.side_panel = None
        outer = QSplitter(Qt.Orientation.Horizontal, objectName="main-splitter")
        outer.addWidget(articles)
        # The side panel's place, kept from the first paint so the articles never reflow.
        outer.addWidget(QWidget(objectName="side-panel-placeholder"))
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        outer.setSizes([1130, 470])
        self._main_splitter = outer
        old = self.centralWidget()
        self.setCentralWidget(outer)
        if old is not None:
            old.deleteLater()
        first = next(iter(self.views.values()), None)
        if first is not None:
            self._active_view = first

    def _build_side_panel(self, lesson: Lesson) -> None:
        # The list, its model and the instructions (Markdown): none needed for the first paint.
        from annotator.qt.annotation_model import AnnotationTableModel
        from annotator.qt.side_panel import SidePanel

        old_model = self.model
        self.model = AnnotationTableModel(lesson, self)
        panel = SidePanel(lesson, self.model)
        panel.annotation_activated.connect(self.reveal)
        panel.current_changed.connect(self._list_current_changed)
        panel.note_edited.connect(self._note_edited)
        panel.retag_requested.connect(lambda a, tag: self.operations.retag(a, tag))
        panel.delete_requested.connect(lambda a: self.operations.delete(a))
        section = panel.instructions_section
        section.toggle.setChecked(self.toggle_instructions.isChecked())
        section.toggle.toggled.connect(self.toggle_instructions.setChecked)
        placeholder = self._main_splitter.replaceWidget(1, panel)
        if placeholder is not None:
            placeholder.deleteLater()
        if old_model is not None:
            old_model.deleteLater()
        self.side_panel = panel

    def _save_note_now(self) -> None:
        if self.side_panel is not None:
            self.side_panel.save_note_now()

    def _focus_tracker(self, view: ArticleView) -> QObject:
        window = self

        class Tracker(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.FocusIn:
                    window._set_active(view)
                return False

        tracker = Tracker(view)
        return tracker

    def _set_active(self, view: ArticleView) -> None:
        self._active_view = view

    # -- menus and actions

    def _build_menus(self) -> None:
        self.toolbar = QToolBar("Tags", objectName="tag-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        file_menu = self.menuBar().addMenu("&File")
        self.open_zip_action = QAction("&Open Lesson Pack (.zip)…", self)
        self.open_zip_action.setObjectName("open-pack-zip")
        self.open_zip_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_zip_action.setStatusTip("Open a lesson pack your teacher sent as a .zip file")
        self.open_zip_action.triggered.connect(self.choose_pack_file)
        self.open_folder_action = QAction("Open Lesson &Folder…", self)
        self.open_folder_action.setObjectName("open-pack-folder")
        self.open_folder_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_folder_action.setStatusTip("Open a lesson pack that is a folder with lesson.toml")
        self.open_folder_action.triggered.connect(self.choose_pack_folder)
        self.builtin_action = QAction("Open &Built-in Lesson", self)
        self.builtin_action.setObjectName("open-builtin-lesson")
        self.builtin_action.setStatusTip("The example lesson that comes with the app")
        self.builtin_action.triggered.connect(lambda: self.open_pack(builtin_lesson_path()))
        for action in (self.open_zip_action, self.open_folder_action):
            file_menu.addAction(action)
            self.addAction(action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(self.builtin_action)
        file_menu.addSeparator()
        self.submit_action = QAction("&Submit Work…", self, objectName="submit-action")
        self.submit_action.setStatusTip("Save your work for this lesson as a file to hand in")
        self.submit_action.triggered.connect(self.choose_submission_file)
        file_menu.addAction(self.submit_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.edit_menu = self.menuBar().addMenu("&Edit")
        self.tags_menu = self.menuBar().addMenu("&Tags")
        view_menu = self.menuBar().addMenu("&View")
        teacher_menu = self.menuBar().addMenu("T&eacher")
        self.review_action = QAction("&Review Class…", self, objectName="review-action")
        self.review_action.setStatusTip(
            "Import students' submissions, grade them against the answer key, export grades"
        )
        self.review_action.triggered.connect(self.open_review)
        teacher_menu.addAction(self.review_action)
        zoom_in = QAction("Zoom &In", self, objectName="zoom-in")
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        zoom_in.triggered.connect(lambda: self.zoom(1))
        zoom_out = QAction("Zoom &Out", self, objectName="zoom-out")
        zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        zoom_out.triggered.connect(lambda: self.zoom(-1))
        self.toggle_instructions = QAction("&Instructions", self, checkable=True, checked=True)
        self.toggle_instructions.setShortcut(QKeySequence("F1"))
        self.toggle_instructions.triggered.connect(
            lambda checked: (
                self.side_panel and self.side_panel.instructions_section.toggle.setChecked(checked)
            )
        )
        for action in (zoom_in, zoom_out, self.toggle_instructions):
            view_menu.addAction(action)
            self.addAction(action)
        self.delete_action = QAction("&Delete Annotation", self, objectName="delete-action")
        self.delete_action.setShortcuts(
            [QKeySequence.StandardKey.Delete, QKeySequence("Backspace")]
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self._undo_actions: list[QAction] = []
        self._tag_actions: list[QAction] = []

    def _wire_undo(self) -> None:
        for action in self._undo_actions:
            self.edit_menu.removeAction(action)
            self.toolbar.removeAction(action)
            self.removeAction(action)
            _retire(action)
        stack = self.operations.undo_stack
        undo = stack.createUndoAction(self, "&Undo")
        undo.setObjectName("undo-action")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = stack.createRedoAction(self, "&Redo")
        redo.setObjectName("redo-action")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action, self.redo_action = undo, redo
        self._undo_actions = [undo, redo]
        for action in self._undo_actions:
            self.edit_menu.addAction(action)
            self.addAction(action)
        self.edit_menu.addAction(self.delete_action)
        # Delete works where the student's attention is: the list or an article pane.
        self.side_panel.table.addAction(self.delete_action)
        for view in self.views.values():
            view.browser.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(undo)
        self.toolbar.addAction(redo)

    def _build_tag_actions(self, lesson: Lesson) -> None:
        for action in self._tag_actions:
            self.removeAction(action)
            _retire(action)
        # Not QToolBar.clear(): in PySide6 it also deletes the actions that
        # QUndoStack.createUndoAction made (the undo and redo buttons).
        for action in self.toolbar.actions():
            self.toolbar.removeAction(action)
            if action.isSeparator():
                _retire(action)
        self.tags_menu.clear()
        self._tag_actions = []
        group = QActionGroup(self)
        group.setExclusive(False)
        for number, tag in enumerate(lesson.tags, start=1):
            action = QAction(f"{number}  {tag.label.upper()}", self)
            action.setObjectName(f"tag-action-{tag.name}")
            action.setShortcut(QKeySequence(str(number)))
            action.setToolTip(f"Tag the selection as {tag.label} ({number}): {tag.description}")
            action.setStatusTip(tag.description)
            action.triggered.connect(lambda _=False, name=tag.name: self.tag_selection(name))
            action.setEnabled(self.ready)
            group.addAction(action)
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setStyleSheet(
                    f"QToolButton {{ background: {tag.colour}; border: 1px solid #9a9996;"
                    " border-radius: 4px; padding: 3px 10px; margin: 2px; font-weight: bold; }"
                )
            self.tags_menu.addAction(action)
            self.addAction(action)
            self._tag_actions.append(action)

    # -- what the student does

    def active_view(self) -> ArticleView | None:
        return self._active_view

    def tag_selection(self, tag: str) -> Annotation | None:
        """Tags the selection in the active article; an empty selection is refused politely."""
        from annotator.services.workspace import EmptySelectionError

        view = self._active_view
        if view is None or self.workspace is None:
            return None
        start, end = view.selection()
        try:
            annotation = self.workspace.prepare(view.article.id, start, end, tag)
        except EmptySelectionError as error:
            self.statusBar().showMessage(str(error), 5000)
            return None
        if not self.operations.create(annotation):
            return None
        view.clear_selection()
        self.side_panel.select_annotation(annotation.id)
        return annotation

    def delete_current(self) -> None:
        annotation = self.side_panel.current()
        if annotation is not None:
            self.operations.delete(annotation)

    def reveal(self, annotation: Annotation) -> None:
        view = self.views.get(annotation.article_id)
        if view is None or annotation.orphaned:
            self.statusBar().showMessage(
                "This annotation's text is not in the current version of the article.", 5000
            )
            return
        view.flash(annotation.id)

    def zoom(self, steps: int) -> None:
        self._zoom_steps += steps
        for view in self.views.values():
            view.zoom(steps)

    # -- reacting to operations that did run

    def _did_add(self, annotation: Annotation) -> None:
        self.model.insert(annotation)
        view = self.views.get(annotation.article_id)
        if view is not None:
            view.add_annotation(annotation)
        self._mark_saved()

    def _did_change(self, annotation: Annotation) -> None:
        self.model.replace(annotation)
        view = self.views.get(annotation.article_id)
        if view is not None:
            view.update_annotation(annotation)
        self.side_panel.annotation_changed(annotation)
        self._mark_saved()

    def _did_remove(self, annotation: Annotation) -> None:
        self.model.remove(annotation.id)
        view = self.views.get(annotation.article_id)
        if view is not None:
            view.remove_annotation(annotation.id)
        self.side_panel.annotation_removed(annotation)
        self._mark_saved()

    def _did_fail(self, message: str) -> None:
        self.saved_label.setText(f"<span style='color:#a51d2d'>{message}</span>")
        QtWidgets.QMessageBox.warning(self, "Not saved", message)

    def _mark_saved(self) -> None:
        self.saved_label.setText(f"All changes saved · {QTime.currentTime().toString('HH:mm:ss')}")

    def _note_edited(self, annotation: Annotation, note: str) -> None:
        current = self.workspace.annotations.get(annotation.id)
        if current is not None:
            self.operations.edit_note(current, note)

    def _highlight_clicked(self, annotation_id: str) -> None:
        self.side_panel.select_annotation(annotation_id)

    def _list_current_changed(self, annotation: Annotation | None) -> None:
        for view in self.views.values():
            view.set_selected(annotation.id if annotation else None)

    def _show_context_menu(self, global_point) -> None:
        menu = QMenu(self)
        for action in self._tag_actions:
            menu.addAction(action)
        if self.side_panel is not None and self.side_panel.current() is not None:
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.exec(global_point)

    # -- handing in, and the teacher's review

    def choose_submission_file(self) -> None:
        from annotator.services.submit import default_submission_name
        from annotator.services.workspace import STUDENT_ID

        name = self.workspace.student
        if not name:
            name, ok = QtWidgets.QInputDialog.getText(self, "Submit work", "Your name:")
            if not ok or not name.strip():
                return
            self.set_student(name)
        student_id, ok = QtWidgets.QInputDialog.getText(
            self,
            "Submit work",
            "Your student ID (leave empty if your teacher gave you none):",
            text=self.workspace.settings.get(STUDENT_ID, ""),
        )
        if not ok:
            return
        suggested = default_submission_name(self.lesson, self.workspace.student)
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, "Save your submission", suggested, "Submissions (*.submission.json)"
        )
        if path:
            self.submit_to(path, student_id.strip())

    def submit_to(self, path: str | Path, student_id: str = "") -> Path | None:
        """Writes the submission file; says in the status bar what was handed in."""
        from annotator.services.submit import write_submission
        from annotator.services.workspace import STUDENT_ID

        self.side_panel.save_note_now()
        self.workspace.settings.set(STUDENT_ID, student_id)
        try:
            written, count = write_submission(
                self.database,
                self.lesson,
                path,
                student_name=self.workspace.student,
                student_id=student_id,
            )
        except (OSError, ValueError) as error:
            self._did_fail(f"The submission was not saved: {error}")
            return None
        self.statusBar().showMessage(
            f"Submitted {count} annotations to {written.name}. Hand this file to your teacher.",
            15000,
        )
        return written

    def open_review(self) -> None:
        """The teacher's review window on this lesson and database (needs the answer key)."""
        if not self.lesson.has_key:
            QtWidgets.QMessageBox.information(
                self,
                "No answer key",
                "This lesson has no answer key. Open the teacher's copy of the pack to review "
                "and grade a class.",
            )
            return
        from annotator.qt.review_window import ReviewWindow

        self.review_window = ReviewWindow(self.database, self.lesson)
        self.review_window.show()

    def _update_title(self) -> None:
        student = (self.workspace.student if self.workspace else self._student) or "no name yet"
        self.setWindowTitle(f"{self.lesson.title} — {student} — Annotator")

    def set_student(self, name: str) -> None:
        self.workspace.set_student(name)
        self._update_title()

    # -- lessons: open, recent, drop

    def choose_pack_file(self) -> None:
        """File > Open Lesson Pack (.zip): a file dialog (a lesson.toml stands for its folder)."""
        dialog = self._pack_dialog(
            "Open a lesson pack (.zip)", QtWidgets.QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilters(["Lesson packs (*.zip lesson.toml)", "All files (*)"])
        dialog.open()

    def choose_pack_folder(self) -> None:
        """File > Open Lesson Folder: a folder dialog, for a pack that is a folder."""
        dialog = self._pack_dialog(
            "Open a lesson folder (the folder holding lesson.toml)",
            QtWidgets.QFileDialog.FileMode.Directory,
        )
        dialog.setOption(QtWidgets.QFileDialog.Option.ShowDirsOnly)
        dialog.open()

    def _pack_dialog(
        self, title: str, mode: QtWidgets.QFileDialog.FileMode
    ) -> QtWidgets.QFileDialog:
        if self.open_dialog is not None:
            self.open_dialog.close()
            self.open_dialog.deleteLater()
        # Start where the last pack came from (Downloads, a USB stick...), not in the app.
        start = Path.home()
        builtin = builtin_lesson_path().resolve()
        if self.lesson.source and Path(self.lesson.source).resolve() != builtin:
            folder = Path(self.lesson.source).resolve().parent
            start = folder if folder.is_dir() else start
        dialog = QtWidgets.QFileDialog(self, title, str(start))
        dialog.setObjectName("open-pack-dialog")
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(mode)
        dialog.fileSelected.connect(self.open_pack)
        # open(), not exec(): the window keeps running (and tests can answer the dialog).
        self.open_dialog = dialog
        return dialog

    @property
    def opening(self) -> str | None:
        """The pack being loaded now, if any."""
        return self._opening

    def open_pack(self, path: str | Path) -> None:
        """Starts opening the pack at ``path`` (a folder, a .zip or a lesson.toml).

        The pack is read and checked on a worker thread, so the window stays responsive; then
        :attr:`lesson_did_open` is emitted, or, if the pack has problems, an error box lists
        them, :attr:`last_pack_error` keeps them, :attr:`pack_open_failed` is emitted and the
        lesson that was open stays open, untouched. A newer request supersedes an older one.
        """
        from annotator.qt.lesson_loader import pack_path

        path = pack_path(path)
        if self._opening is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._opening = path
        self.statusBar().showMessage(f"Opening {Path(path).name}…")
        self.loader.load(path)

    @property
    def loader(self) -> PackLoader:
        """Reads packs on a worker thread; made when the first pack is opened."""
        if self._loader is None:
            from annotator.qt.lesson_loader import PackLoader

            self._loader = PackLoader(self)
            self._loader.loaded.connect(self._pack_loaded)
            self._loader.failed.connect(self._pack_failed)
        return self._loader

    def _pack_loaded(self, path: str, lesson: Lesson) -> None:
        from annotator.services.workspace import LAST_LESSON

        try:
            # Building the article documents is Qt work: it happens here, on the GUI thread.
            self.statusBar().showMessage(f"Opening {Path(path).name}…")
            self.open_lesson(lesson)
            self.workspace.settings.set(LAST_LESSON, path)
        finally:
            self._end_opening()

    def _pack_failed(self, path: str, error: PackError) -> None:
        self._end_opening()
        self.statusBar().showMessage(f"{Path(path).name} could not be opened.", 10000)
        self.last_pack_error = error
        self._show_pack_error(path, error)
        self.pack_open_failed.emit(error)

    def _end_opening(self) -> None:
        if self._opening is not None:
            self._opening = None
            QApplication.restoreOverrideCursor()

    def _show_pack_error(self, path: str, error: PackError) -> None:
        if self.pack_error_box is not None:
            self.pack_error_box.close()
            self.pack_error_box.deleteLater()
        import html

        problems = error.problems
        items = [_problem_html(problem) for problem in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            more = len(problems) - MAX_PROBLEMS_SHOWN
            items.append(f"<i>… and {more} more: see Show Details.</i>")
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            "This lesson cannot be opened",
            f"The lesson pack “{html.escape(Path(path).name)}” cannot be opened: "
            f"{_count(len(problems), 'problem', 'problems')} to fix.",
            QtWidgets.QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("pack-error")
        box.setTextFormat(Qt.TextFormat.RichText)  # every text from the pack is escaped
        box.setInformativeText(
            "<ul style='margin-left: 0px; -qt-list-indent: 1;'>"
            + "".join(f"<li style='margin-bottom: 4px;'>{item}</li>" for item in items)
            + "</ul><p>Each line names the file, the field or line, and what to fix. Correct "
            "the pack (or ask whoever made it for a corrected one) and open it again.</p>"
            f"<p>“{html.escape(self.lesson.title)}” stays open.</p>"
        )
        box.setDetailedText(f"{path}\n\n" + "\n".join(str(problem) for problem in problems))
        # Long file names and messages: a wider box than QMessageBox picks, not a thin column.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 620px; }")
        self.pack_error_box = box
        box.open()  # window-modal, but does not block: the event loop keeps running

    def _fill_recent(self) -> None:
        """File > Open Recent: the lessons opened on this computer, most recent first."""
        if self.workspace is None:
            return
        self.recent_menu.clear()
        builtin = str(builtin_lesson_path().resolve())
        current = self.lesson.source and str(Path(self.lesson.source).resolve())
        for number, row in enumerate(self.workspace.lessons.recent(), start=1):
            source = row["source"] or ""
            where = "built-in" if source == builtin else Path(source).name
            action = self.recent_menu.addAction(f"&{number}  {row['title']}  ({where})")
            action.setObjectName(f"recent-lesson-{row['lesson_id']}")
            action.setData(source)
            action.setCheckable(True)
            action.setChecked(source == current and row["lesson_id"] == self.lesson.id)
            exists = bool(source) and Path(source).exists()
            action.setEnabled(exists)
            action.setToolTip(source if exists else f"No longer there: {source}")
            action.triggered.connect(lambda _=False, s=source: self.open_pack(s))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No lessons yet").setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.builtin_action)

    def recent_actions(self) -> list[QAction]:
        """The lessons listed in File > Open Recent, as the student sees them when it opens."""
        self._fill_recent()
        return [a for a in self.recent_menu.actions() if a.objectName().startswith("recent-")]

    @staticmethod
    def _dropped_path(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return urls[0].toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_path(event)
        if path is not None and self.ready:
            event.acceptProposedAction()
            self.open_pack(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._loader is not None:
            self._loader.cancel()
        self._end_opening()
        self._save_note_now()
        super().closeEvent(event)


def _problem_html(problem: PackProblem) -> str:
    import html

    where = f"<b>{html.escape(problem.file)}</b>"
    if problem.field:
        where += f" · {html.escape(problem.field)}"
    return f"{where}: {html.escape(problem.message)}"


def _retire(action: QAction) -> None:
    """Deletes an action of the previous lesson; nameless at once, so findChild skips it."""
    action.setObjectName("")
    action.deleteLater()


def tag_widget(window: MainWindow, tag: str) -> QWidget | None:
    action = window.findChild(QAction, f"tag-action-{tag}")
    return window.toolbar.widgetForAction(action) if action else None
