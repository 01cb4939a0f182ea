"""The student's main window: three articles side by side, the tags, the annotation list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from annotator.core.annotation import Annotation
from annotator.core.lesson import Lesson
from annotator.core.pack import PackError, load_pack
from annotator.qt.annotation_model import AnnotationTableModel
from annotator.qt.article_view import ArticleView
from annotator.qt.operations import AnnotationOperations
from annotator.qt.side_panel import SidePanel
from annotator.services.workspace import (
    LAST_LESSON,
    EmptySelectionError,
    ReanchorReport,
    Workspace,
)
from annotator.storage.database import AppDatabase


class MainWindow(QMainWindow):
    lesson_did_open = Signal(object)  # Lesson

    def __init__(self, database: AppDatabase, lesson: Lesson, student: str = "") -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.database = database
        self.resize(1600, 1000)
        self.setAcceptDrops(True)
        self._active_view: ArticleView | None = None
        self.views: dict[str, ArticleView] = {}
        self._build_menus()
        self.saved_label = QLabel(objectName="save-state")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.open_lesson(lesson, student=student)

    # -- opening a lesson (also used when switching lessons)

    def open_lesson(self, lesson: Lesson, student: str = "") -> ReanchorReport:
        previous_student = self.workspace.student if hasattr(self, "workspace") else ""
        self.workspace = Workspace(self.database, lesson, student or previous_student)
        report = self.workspace.open_lesson()
        self.operations = AnnotationOperations(self.workspace, self)
        self.operations.annotation_did_add.connect(self._did_add)
        self.operations.annotation_did_change.connect(self._did_change)
        self.operations.annotation_did_remove.connect(self._did_remove)
        self.operations.operation_did_fail.connect(self._did_fail)
        self.operations.undo_stack.cleanChanged.connect(lambda _clean: None)

        self.model = AnnotationTableModel(lesson, self)
        self._build_central(lesson)
        self._build_tag_actions(lesson)
        self._wire_undo()

        annotations = self.workspace.current_annotations()
        self.model.set_annotations(annotations)
        for view in self.views.values():
            view.set_annotations(a for a in annotations if a.article_id == view.article.id)
        self._update_title()
        if report.orphaned:
            self.statusBar().showMessage(
                f"{len(report.orphaned)} of your annotations are not in this version of the "
                "lesson; they are kept and listed as 'not found'.",
                15000,
            )
        self.lesson_did_open.emit(lesson)
        return report

    @property
    def lesson(self) -> Lesson:
        return self.workspace.lesson

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
        self.side_panel = SidePanel(lesson, self.model)
        self.side_panel.annotation_activated.connect(self.reveal)
        self.side_panel.current_changed.connect(self._list_current_changed)
        self.side_panel.note_edited.connect(self._note_edited)
        self.side_panel.retag_requested.connect(self.operations.retag)
        self.side_panel.delete_requested.connect(self.operations.delete)

        outer = QSplitter(Qt.Orientation.Horizontal, objectName="main-splitter")
        outer.addWidget(articles)
        outer.addWidget(self.side_panel)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 1)
        outer.setSizes([1180, 420])
        old = self.centralWidget()
        self.setCentralWidget(outer)
        if old is not None:
            old.deleteLater()
        first = next(iter(self.views.values()), None)
        if first is not None:
            self._active_view = first

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
        self.open_action = QAction("&Open Lesson…", self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.setObjectName("open-lesson")
        self.open_action.triggered.connect(self._choose_lesson)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.edit_menu = self.menuBar().addMenu("&Edit")
        self.tags_menu = self.menuBar().addMenu("&Tags")
        view_menu = self.menuBar().addMenu("&View")
        zoom_in = QAction("Zoom &In", self, objectName="zoom-in")
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        zoom_in.triggered.connect(lambda: self.zoom(1))
        zoom_out = QAction("Zoom &Out", self, objectName="zoom-out")
        zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        zoom_out.triggered.connect(lambda: self.zoom(-1))
        self.toggle_instructions = QAction("&Instructions", self, checkable=True, checked=True)
        self.toggle_instructions.setShortcut(QKeySequence("F1"))
        self.toggle_instructions.triggered.connect(
            lambda checked: self.side_panel.instructions_section.toggle.setChecked(checked)
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
        stack = self.operations.undo_stack
        undo = stack.createUndoAction(self, "&Undo")
        undo.setObjectName("undo-action")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = stack.createRedoAction(self, "&Redo")
        redo.setObjectName("redo-action")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
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
            action.deleteLater()
        self.toolbar.clear()
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
        view = self._active_view
        if view is None:
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
        QMessageBox.warning(self, "Not saved", message)

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
        if self.side_panel.current() is not None:
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.exec(global_point)

    def _update_title(self) -> None:
        student = self.workspace.student or "no name yet"
        self.setWindowTitle(f"{self.lesson.title} — {student} — Annotator")

    def set_student(self, name: str) -> None:
        self.workspace.set_student(name)
        self._update_title()

    # -- lessons: open, recent, drop

    def _choose_lesson(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a lesson pack", "", "Lesson packs (*.zip lesson.toml);;All files (*)"
        )
        if path:
            if Path(path).name == "lesson.toml":
                path = str(Path(path).parent)
            self.open_pack(path)

    def open_pack(self, path: str) -> bool:
        """Opens the pack at ``path``, or explains in a dialog why it cannot be opened."""
        self.side_panel.save_note_now()
        try:
            lesson = load_pack(path)
        except PackError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning, "This lesson cannot be opened", "", parent=self
            )
            box.setObjectName("pack-error")
            box.setText(f"The lesson pack {Path(path).name} cannot be opened.")
            box.setInformativeText("\n".join(f"• {p}" for p in error.problems[:12]))
            box.exec()
            return False
        self.open_lesson(lesson)
        self.workspace.settings.set(LAST_LESSON, str(Path(path).resolve()))
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for row in self.workspace.lessons.recent():
            source = row["source"]
            action = self.recent_menu.addAction(f"{row['title']}  ({Path(source).name})")
            action.setEnabled(Path(source).exists())
            action.triggered.connect(lambda _=False, s=source: self.open_pack(s))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No lessons yet").setEnabled(False)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and len(event.mimeData().urls()) == 1:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        url = event.mimeData().urls()[0]
        if url.isLocalFile():
            self.open_pack(url.toLocalFile())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.side_panel.save_note_now()
        super().closeEvent(event)


def tag_widget(window: MainWindow, tag: str) -> QWidget | None:
    action = window.findChild(QAction, f"tag-action-{tag}")
    return window.toolbar.widgetForAction(action) if action else None
