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
from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from annotator.core.collector import collector_paused
from annotator.core.lessons.lesson import Lesson
from annotator.qt.article_view import ArticleView
from annotator.qt.lesson_opening import LessonOpening
from annotator.qt.operations import AnnotationOperations
from annotator.qt.palette import apply_saved_theme, colours
from annotator.qt.rich_text import escape
from annotator.qt.window_layouts import main_layout, place
from annotator.qt.window_menus import WindowMenus
from annotator.qt.zoom import zoom_views

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from annotator.core.annotations.annotation import Annotation
    from annotator.core.annotations.reanchor import Placing
    from annotator.core.lessons.pack import PackError
    from annotator.qt.annotation_model import AnnotationTableModel
    from annotator.qt.lesson_loader import PackLoader
    from annotator.qt.side_panel import SidePanel
    from annotator.services.workspace import ReanchorReport, Workspace
    from annotator.storage.database import AppDatabase


# Re-anchoring that takes longer than a frame goes on on a worker thread, the lesson shown.
FRAME_SECONDS = 0.016


def install_access(window: MainWindow) -> None:
    """Keyboard, focus, names, Help, Appearance, Language (imported late: the start paints)."""
    from annotator.qt.window_access import install_main

    install_main(window)


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
        self.setAcceptDrops(True)
        self._active_view: ArticleView | None = None
        self.views: dict[str, ArticleView] = {}
        # One undo history per lesson, kept while that version of the lesson is the one open
        # last: switching lessons never lets Ctrl+Z reach into another lesson's annotations.
        self._operations_by_lesson: dict[str, AnnotationOperations] = {}
        self._zoom_steps = 0
        self.lesson_opening = LessonOpening(self)
        # The File menu's opening actions, by their old names (tests and automation use them).
        opening = self.lesson_opening
        self.open_zip_action = opening.open_zip_action
        self.open_folder_action = opening.open_folder_action
        self.builtin_action, self.recent_menu = opening.builtin_action, opening.recent_menu
        self.arrangement = main_layout(self)  # the articles and side panel by the window's width
        self.menus = WindowMenus(self)
        self.toolbar, self.tags_menu = self.menus.toolbar, self.menus.tags_menu
        self.saved_label = QLabel(objectName="save-state")
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_lesson(lesson, with_side_panel=database is not None)
        self.placement = place(self, "main-window", self.arrangement)
        if database is None:
            for action in self.menus.needing_database():
                action.setEnabled(False)
            self.statusBar().showMessage(self.tr("Opening your saved work…"))
            # The keyboard, Help and the rest follow the first paint; a chosen theme comes first.
            apply_saved_theme()
            self.articles_painted.connect(
                lambda: QTimer.singleShot(0, self, lambda: install_access(self)),
                Qt.ConnectionType.SingleShotConnection,
            )
        else:
            self.attach_database(database)
            self.lesson_opening.finish_placing()  # a window built whole (build_main_window)
            install_access(self)

    # -- opening a lesson (also used when switching lessons)

    def attach_database(self, database: AppDatabase) -> ReanchorReport | None:
        """Opens the shown lesson's saved work in ``database`` and enables everything.

        Returns what re-anchoring did; None if it goes on on a worker thread, the saved work
        listed meanwhile (``saved_work_shown`` follows when the highlights are shown).
        """
        from annotator.services.workspace import Workspace

        self.database = database
        workspace = Workspace(database, self.lesson, self._student)
        placing = workspace.placing()
        if self.side_panel is None:
            self._build_side_panel(self.lesson)
        if not placing.run(FRAME_SECONDS):
            self._attach_workspace(workspace, None, placing)
            self.lesson_opening.place(placing, lambda: self._placed(workspace, placing, first=True))
            return None
        report = workspace.finish_opening(placing)
        self._attach_workspace(workspace, report)
        self._saved_work_ready()
        return report

    def open_lesson(self, lesson: Lesson, student: str = "") -> ReanchorReport | None:
        """Shows ``lesson`` in place of the one open (if any), re-anchoring its annotations.

        Returns what re-anchoring did; None if it goes on on a worker thread, the lesson shown
        meanwhile with its annotations listed (``lesson_did_open`` follows when the highlights
        are shown).
        """
        from annotator.services.workspace import Workspace

        previous = self.workspace
        assert previous is not None and self.database is not None, "no database attached yet"
        self.lesson_opening.finish_placing()
        self._save_note_now()
        workspace = Workspace(self.database, lesson, student or previous.student)
        placing = workspace.placing()
        if not placing.run(FRAME_SECONDS):
            self._show_lesson(lesson)
            self._attach_workspace(workspace, None, placing)
            self.lesson_opening.place(placing, lambda: self._placed(workspace, placing))
            return None
        # Re-anchoring writes first: if it fails, the lesson that was open stays as it was.
        report = workspace.finish_opening(placing)
        self._show_lesson(lesson)
        self._attach_workspace(workspace, report)
        return report

    def _placed(self, workspace: Workspace, placing: Placing, first: bool = False) -> None:
        """The worker has placed every annotation: saved, they are shown where they now are."""
        try:
            report = workspace.finish_opening(placing)
        except Exception as error:  # the disk, the database: say so, and keep what is shown
            failed = self.tr("The annotations could not be placed in this version: {error}")
            self.show_failure(failed.format(error=error))
            return
        self._attach_workspace(workspace, report)
        self._saved_work_ready(first)

    def _saved_work_ready(self, first: bool = True) -> None:
        for action in self.menus.needing_database():
            action.setEnabled(True)
        if first:
            self.saved_work_shown.emit()

    def _show_lesson(self, lesson: Lesson, with_side_panel: bool = True) -> None:
        """The articles and tag actions of ``lesson``, and, unless told to wait, the side panel
        (instructions, legend, annotation list), which otherwise comes with the saved work."""
        self._lesson = lesson
        self._build_central(lesson)
        if with_side_panel:
            self._build_side_panel(lesson)
        self.menus.show_tags(lesson, enabled=self.ready)
        for view in self.views.values():
            if self._zoom_steps:
                view.zoom(self._zoom_steps)
        self._update_title()

    def _attach_workspace(
        self, workspace: Workspace, report: ReanchorReport | None, placing: Placing | None = None
    ) -> None:
        """The saved annotations of the shown lesson, and the undo history they belong to.

        While ``placing`` runs, its annotations are listed as they were saved but not
        highlighted (their offsets are the old version's), and nothing can be changed.
        """
        assert self.model is not None
        self.workspace = workspace
        self.operations = self._operations_for(workspace)
        assert self.side_panel is not None
        browsers = [view.browser for view in self.views.values()]
        self.menus.wire_undo(self.operations.undo_stack, [self.side_panel.table, *browsers])
        moving = {a.id for a in placing.annotations} if placing is not None else set()
        with collector_paused():  # thousands of annotations, and their highlights
            annotations = workspace.current_annotations()
            self.model.set_annotations(annotations)
            for view in self.views.values():
                view.set_annotations(
                    a for a in annotations if a.article_id == view.article.id and a.id not in moving
                )
        self._update_title()
        self.side_panel.setEnabled(placing is None)
        if placing is not None:
            for action in self.menus.needing_database():
                action.setEnabled(False)
            return
        self.lesson_opening.report_reanchoring(report)
        self.lesson_opening.fill_recent()
        self.lesson_did_open.emit(self.lesson)

    @property
    def ready(self) -> bool:
        """Whether the student's saved work is shown (and tagging is possible): not before the
        database is attached, nor while re-anchoring runs on a worker thread."""
        return self.workspace is not None and not self.lesson_opening.placing

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
        operations.operation_did_fail.connect(self.show_failure)
        self._operations_by_lesson[lesson.id] = operations
        return operations

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
            view.context_menu_requested.connect(self.menus.show_context_menu)
            view.browser.installEventFilter(self._focus_tracker(view))
            view.browser.selectionChanged.connect(lambda v=view: self._set_active(v))
            articles.addWidget(view)
            self.views[article.id] = view
        self.side_panel = None
        outer = QSplitter(Qt.Orientation.Horizontal, objectName="main-splitter")
        outer.addWidget(articles)
        # The side panel's place, kept from the first paint so the articles never reflow.
        outer.addWidget(QWidget(objectName="side-panel-placeholder"))
        self.arrangement.attach(outer)
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
        from annotator.qt.claim_linking import ClaimLinking
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
        section.toggle.setChecked(self.menus.toggle_instructions.isChecked())
        section.toggle.toggled.connect(self.menus.toggle_instructions.setChecked)
        placeholder = self._main_splitter.replaceWidget(1, panel)
        if placeholder is not None:
            placeholder.deleteLater()
        self.arrangement.relayout()
        self.claim_linking = ClaimLinking.install(self, panel)  # L: the same claim elsewhere
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

        return Tracker(view)

    def _set_active(self, view: ArticleView) -> None:
        self._active_view = view

    # -- what the student does

    def active_view(self) -> ArticleView | None:
        return self._active_view

    def tag_selection(self, tag: str) -> Annotation | None:
        """Tags the selection in the active article; an empty selection is refused politely."""
        from annotator.services.workspace import EmptySelectionError

        view = self._active_view
        if view is None or not self.ready:
            return None
        start, end = view.selection()
        try:
            annotation = self.workspace.prepare(
                view.article.id, start, end, tag, exact=view.selection_is_exact()
            )
        except EmptySelectionError:
            empty = self.tr("Select some words first: the selection is empty.")
            self.statusBar().showMessage(empty, 5000)
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
                self.tr("This annotation's text is not in the current version of the article."),
                5000,
            )
            return
        self.arrangement.show_article(view.article.id)
        view.flash(annotation.id)

    def zoom(self, steps: int) -> None:
        self._zoom_steps = zoom_views(self, self._zoom_steps, steps)  # 80% to 200%

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

    def show_failure(self, message: str) -> None:
        """Says that a change was not saved: beside the save state, and in a box."""
        red = "<span style='color:{colour}'>{text}</span>"
        self.saved_label.setText(red.format(colour=colours().error, text=escape(message)))
        QtWidgets.QMessageBox.warning(self, self.tr("Not saved"), message)

    def _mark_saved(self) -> None:
        saved = self.tr("All changes saved · {time}")
        self.saved_label.setText(saved.format(time=QTime.currentTime().toString("HH:mm:ss")))

    def _note_edited(self, annotation: Annotation, note: str) -> None:
        current = self.workspace.annotation(annotation.id)
        if current is not None:
            self.operations.edit_note(current, note)

    def _highlight_clicked(self, annotation_id: str) -> None:
        self.side_panel.select_annotation(annotation_id)

    def _list_current_changed(self, annotation: Annotation | None) -> None:
        for view in self.views.values():
            view.set_selected(annotation.id if annotation else None)

    # -- handing in, and the teacher's review

    def choose_submission_file(self) -> None:
        from annotator.qt.submitting import choose_submission_file

        choose_submission_file(self)

    def submit_to(self, path: str | Path, student_id: str = "") -> Path | None:
        """Writes the submission file; says in the status bar what was handed in."""
        from annotator.qt.submitting import submit_to

        return submit_to(self, path, student_id)

    def open_review(self) -> None:
        """The teacher's review window on this lesson and database (needs the answer key)."""
        from annotator.qt.review_window import open_review_from

        window = open_review_from(self)
        if window is not None:
            self.review_window = window

    def _update_title(self) -> None:
        student = self.workspace.student if self.workspace else self._student
        title = self.tr("{lesson} — {student} — Annotator")
        student = student or self.tr("no name yet")
        self.setWindowTitle(title.format(lesson=self.lesson.title, student=student))

    def set_student(self, name: str) -> None:
        self.workspace.set_student(name)
        self._update_title()

    # -- lessons: open, recent, drop (see LessonOpening)

    def open_pack(self, path: str | Path) -> None:
        """Starts opening the pack at ``path`` (a folder, a .zip or a lesson.toml) on a worker
        thread; :attr:`lesson_did_open` or :attr:`pack_open_failed` follows."""
        self.lesson_opening.open_pack(path)

    def choose_pack_file(self) -> None:
        self.lesson_opening.choose_pack_file()

    def choose_pack_folder(self) -> None:
        self.lesson_opening.choose_pack_folder()

    def recent_actions(self) -> list[QAction]:
        return self.lesson_opening.recent_actions()

    @property
    def opening(self) -> str | None:
        """The pack being loaded now, if any."""
        return self.lesson_opening.loading

    @property
    def loader(self) -> PackLoader:
        return self.lesson_opening.loader

    @property
    def open_dialog(self) -> QtWidgets.QFileDialog | None:
        return self.lesson_opening.open_dialog

    @property
    def pack_error_box(self) -> QtWidgets.QMessageBox | None:
        return self.lesson_opening.pack_error_box

    @property
    def last_pack_error(self) -> PackError | None:
        return self.lesson_opening.last_pack_error

    def dragEnterEvent(self, event) -> None:
        if self.lesson_opening.dropped_path(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self.lesson_opening.dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.lesson_opening.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lesson_opening.cancel()
        self._save_note_now()
        super().closeEvent(event)
