"""The teacher's review window: the articles as students saw them, the class and the grades.

Choose whose work the articles show: one student, the answer key, or the whole class as a heat
map. The class table (a sortable, filterable model) lists counts per tag and scores; selecting
a student shows why they scored as they did, and the teacher's override and feedback, which are
saved as they are typed, like everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.key import key_as_annotations
from annotator.core.classroom.heatmap import heat_map
from annotator.core.classroom.results import StudentResult
from annotator.core.lessons.lesson import Lesson
from annotator.qt.agreement_words import agreement_line
from annotator.qt.article_view import ArticleView
from annotator.qt.class_actions import ClassActions
from annotator.qt.class_claims import ClassClaimsPanel
from annotator.qt.class_model import SORT_ROLE, STUDENT_KEY_ROLE, ClassRow, ClassTableModel
from annotator.qt.class_overview import ClassOverviewPanel, show_claim
from annotator.qt.class_texts import agreement_explained
from annotator.qt.export_actions import ExportActions
from annotator.qt.import_report import show_import_report
from annotator.qt.key_suggestions import KeyLearning
from annotator.qt.outcome_layers import show_outcomes
from annotator.qt.review_detail import StudentDetail
from annotator.qt.rich_text import InertBrowser
from annotator.qt.window_access import install_review
from annotator.qt.window_layouts import fit_review_window
from annotator.services.classroom import Classroom, ImportOutcome
from annotator.storage.database import AppDatabase

if TYPE_CHECKING:
    from annotator.qt.main_window import MainWindow

CLASS, KEY = "__class__", "__key__"
SAVE_DELAY_MS = 400


class ReviewWindow(QMainWindow):
    class_did_change = Signal()

    def __init__(self, database: AppDatabase, lesson: Lesson, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("review-window")
        self.setWindowTitle(self.tr("Review: {lesson} — Annotator").format(lesson=lesson.title))
        self.setAcceptDrops(True)
        self.classroom = Classroom(database, lesson)
        self.results: dict[str, StudentResult] = {}
        self.last_import: list[ImportOutcome] = []
        # Called after each imported file with (done, total, name): for automation and tests,
        # which act at a known point of an import (pressing Stop, say).
        self.classroom_progress_hook: Callable[[int, int, str], None] | None = None
        self._current_annotation: Annotation | None = None

        toolbar = QToolBar(self.tr("Review"), objectName="review-toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(" {} ".format(self.tr("Show:"))))
        self.chooser = QComboBox(objectName="review-chooser")
        self.chooser.setMinimumWidth(260)
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        toolbar.addWidget(self.chooser)
        toolbar.addSeparator()
        import_action = toolbar.addAction(self.tr("Import Submissions…"))
        import_action.setObjectName("import-submissions")
        import_action.triggered.connect(self._choose_imports)
        folder_action = toolbar.addAction(self.tr("Import Folder…"))
        folder_action.setObjectName("import-folder")
        folder_action.setToolTip(
            self.tr("Import every {files} file in a folder, subfolders too").format(
                files=".submission.json"
            )
        )
        folder_action.triggered.connect(self._choose_import_folder)
        self.exports = ExportActions(self, self.classroom, before_export=self.save_feedback_now)
        self.menuBar().addMenu(self.exports.menu(self))
        toolbar.addWidget(self.exports.tool_button(toolbar))
        self.class_actions = ClassActions(self)  # the roster, held submissions, removing, undo
        self.menuBar().addMenu(self.class_actions.menu(self))
        toolbar.addWidget(self.class_actions.held_button)
        self.agreement_label = QLabel(objectName="agreement")
        self.agreement_label.setContentsMargins(12, 0, 0, 0)
        toolbar.addWidget(self.agreement_label)

        self.views: dict[str, ArticleView] = {}
        articles = QSplitter(Qt.Orientation.Horizontal, objectName="review-articles")
        for article in lesson.articles:
            view = ArticleView(article, lesson.tags)
            view.annotation_clicked.connect(self._annotation_clicked)
            articles.addWidget(view)
            self.views[article.id] = view

        self.model = ClassTableModel(lesson, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(objectName="student-filter")
        self.filter_edit.setPlaceholderText(self.tr("Find a student…"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(objectName="students-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)

        self.details = StudentDetail(self)  # the detail's words
        self.detail = InertBrowser(objectName="student-detail")
        self.detail.setOpenLinks(False)
        self.override = QDoubleSpinBox(objectName="override")
        self.override.setRange(-1, 100)
        self.override.setDecimals(1)
        self.override.setSpecialValueText(self.tr("automatic"))
        self.override.setValue(-1)
        self.override.valueChanged.connect(self._override_changed)
        self.feedback = QPlainTextEdit(objectName="feedback")
        self.feedback.setPlaceholderText(self.tr("Feedback to the student"))
        self.feedback.setFixedHeight(80)
        self.annotation_feedback = QLineEdit(objectName="annotation-feedback")
        self.annotation_feedback.setPlaceholderText(self.tr("Click a highlight to comment on it"))
        self._feedback_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._feedback_timer.timeout.connect(self.save_feedback_now)
        self.feedback.textChanged.connect(self._feedback_timer.start)
        self.annotation_feedback.textEdited.connect(lambda _t: self._feedback_timer.start())

        form = QFormLayout()
        form.addRow(self.tr("Score override:"), self.override)
        form.addRow(self.tr("Feedback:"), self.feedback)
        form.addRow(self.tr("On this highlight:"), self.annotation_feedback)
        side = QWidget(objectName="review-side")
        side_layout = QVBoxLayout(side)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<b>{}</b>".format(self.tr("Class"))))
        heading.addWidget(self.filter_edit)
        side_layout.addLayout(heading)
        side_layout.addWidget(self.table, 3)
        side_layout.addWidget(self.detail, 2)
        side_layout.addLayout(form)

        self.overview = ClassOverviewPanel(self.lesson)  # the class at a glance
        self.overview.claim_chosen.connect(lambda index: show_claim(self.views, self.lesson, index))
        self.side_tabs = QTabWidget(objectName="review-tabs")
        self.side_tabs.addTab(side, self.tr("Students"))
        self.side_tabs.addTab(self.overview, self.tr("Class overview"))
        self.class_claims = ClassClaimsPanel(self.lesson)  # linked claims: the class's, the key's
        self.class_claims.claim_chosen.connect(lambda i: show_claim(self.views, self.lesson, i))
        self.side_tabs.addTab(self.class_claims, self.tr("Linked claims"))
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(articles)
        outer.addWidget(self.side_tabs)
        self.setCentralWidget(outer)
        fit_review_window(self, outer)  # the screen's size, the panes, what is remembered
        self.refresh()
        self.key_learning = KeyLearning(self)  # suggestions for the key, credits: undoable
        install_review(self)  # the keyboard, focus, accessible names, Help, Appearance

    @property
    def lesson(self) -> Lesson:
        """The lesson with its key as the teacher changed it (see ``Classroom.lesson``)."""
        return self.classroom.lesson

    # -- data

    def refresh(self) -> None:
        """Grades the class from the database (storing the grades for the teacher to query):
        on opening and after an import."""
        self.results = self.classroom.record_grades()
        keep = self.chooser.currentData()
        self._fill_table()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        whole = self.tr("Whole class (%n student(s)): heat map", "", len(self.results))
        self.chooser.addItem(whole, CLASS)
        if self.lesson.has_key:
            self.chooser.addItem(self.tr("Answer key"), KEY)
        for key, result in sorted(self.results.items(), key=lambda kv: kv[1].name.casefold()):
            self.chooser.addItem(result.name, key)
        index = self.chooser.findData(keep) if keep is not None else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._show_chosen()
        self._agreement = self.classroom.agreement()
        self._show_agreement()
        self._show_overview()
        self.class_did_change.emit()

    def regrade(self) -> None:
        """After a change of the key: the class graded again (and stored), in the table, the
        student or key shown and the detail; the heat map and the agreement, which do not
        depend on the key, stay as they are."""
        if self.lesson.has_key and self.chooser.findData(KEY) < 0:
            self.refresh()  # the first claim of a lesson without a key: the chooser offers it
            return
        self.results = self.classroom.record_grades()
        self._fill_table()
        if self.chosen() == CLASS:
            self._show_detail(None)
        else:
            self._show_chosen()
        self._show_overview()
        self.class_did_change.emit()

    def _show_overview(self) -> None:
        self.overview.lesson = self.lesson  # the key as the teacher changed it
        self.overview.show_class(list(self.results.values()), self._agreement)
        self.class_claims.show_class(self.lesson, list(self.results.values()))

    def _fill_table(self) -> None:
        """The class table from :attr:`results`, its columns fitted to their contents.

        Fitted once per change of the class rather than kept fitted (``ResizeToContents``),
        which measured every cell again at each layout pass of the window.
        """
        standings = self.classroom.standings()
        rows = [ClassRow(key, result, standings[key]) for key, result in self.results.items()]
        self.model.set_rows(rows, roster_known=bool(self.classroom.roster_entries()))
        self.table.resizeColumnsToContents()

    def _show_agreement(self) -> None:
        self.agreement_label.setText(
            agreement_line(self.lesson, self._agreement, len(self.results))
        )
        self.agreement_label.setToolTip(agreement_explained())

    # -- whose work is shown

    def chosen(self) -> str:
        return self.chooser.currentData() or CLASS

    def choose(self, key: str) -> None:
        index = self.chooser.findData(key)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        self._current_annotation = None
        self.annotation_feedback.clear()
        if chosen == CLASS:
            heat = heat_map({key: r.annotations for key, r in self.results.items()})
            for article_id, view in self.views.items():
                view.set_heat(heat.get(article_id, []), len(self.results))
            self._show_detail(None)
            return
        annotations = (
            key_as_annotations(self.lesson)
            if chosen == KEY
            else list(self.results[chosen].annotations)
        )
        for article_id, view in self.views.items():
            view.set_annotations(a for a in annotations if a.article_id == article_id)
        if chosen in self.results:  # the student's highlights with the key: found, missed...
            show_outcomes(self.views, self.results[chosen], self.lesson)
        self._show_detail(chosen if chosen in self.results else None)
        row = self.model.row_of(chosen)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().blockSignals(False)

    def _table_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.choose(current.data(STUDENT_KEY_ROLE))

    def _show_detail(self, student_key: str | None) -> None:
        self.save_feedback_now()
        enabled = student_key is not None
        for widget in (self.override, self.feedback, self.annotation_feedback):
            widget.setEnabled(enabled)
        for widget in (self.override, self.feedback):
            widget.blockSignals(True)
        if student_key is None:
            self.override.setValue(-1)
            self.feedback.setPlainText("")
            self.detail.setHtml(self.details.class_summary_html(bool(self.results)))
        else:
            result = self.results[student_key]
            self.override.setValue(-1 if result.override is None else result.override)
            self.feedback.setPlainText(result.feedback)
            self.detail.setHtml(self.details.student_html(result, self.lesson))
        for widget in (self.override, self.feedback):
            widget.blockSignals(False)

    # -- the teacher's judgement, saved at once

    def _override_changed(self, value: float) -> None:
        key = self.chosen()
        if key in self.results:
            self.classroom.set_override(key, None if value < 0 else value)
            self._reload_keeping_choice()

    def save_feedback_now(self) -> None:
        self._feedback_timer.stop()
        key = self.chosen()
        if key not in self.results:
            return
        result = self.results[key]
        if self.feedback.toPlainText() != result.feedback:
            self.classroom.set_feedback(key, self.feedback.toPlainText())
        annotation = self._current_annotation
        if annotation is not None:
            text = self.annotation_feedback.text()
            if text != result.annotation_feedback.get(annotation.id, ""):
                self.classroom.set_annotation_feedback(key, annotation.id, text)
        self.results = self.classroom.results()

    def _reload_keeping_choice(self) -> None:
        self.results = self.classroom.results()
        self._fill_table()
        self._show_overview()
        self.class_did_change.emit()

    def _annotation_clicked(self, annotation_id: str) -> None:
        key = self.chosen()
        if key not in self.results:
            return
        self.save_feedback_now()
        result = self.results[key]
        self._current_annotation = next(
            (a for a in result.annotations if a.id == annotation_id), None
        )
        self.annotation_feedback.setText(result.annotation_feedback.get(annotation_id, ""))
        self.annotation_feedback.setFocus()

    # -- importing

    def _choose_imports(self) -> None:
        kinds = self.tr("Submissions (*.submission.json);;All files (*)")
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import submissions"), "", kinds)
        if files:
            self.import_paths(files)

    def _choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of submissions"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> list[ImportOutcome]:
        """Imports files and folders with a progress dialog that can stop the import between
        two files; whatever happens, the dialog closes and the report says what was done."""
        progress = QProgressDialog(self.tr("Importing submissions…"), self.tr("Stop"), 0, 0, self)
        progress.setObjectName("import-progress")
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        total_files = 0

        def advance(done: int, total: int, name: str) -> bool:
            nonlocal total_files
            total_files = total
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                self.tr("Imported {done} of {total}: {name}").format(
                    done=done, total=total, name=name
                )
            )
            if self.classroom_progress_hook is not None:
                self.classroom_progress_hook(done, total, name)
            return progress.wasCanceled()

        outcomes: list[ImportOutcome] = []
        try:
            outcomes = self.classroom.import_paths(paths, advance)
        finally:
            stopped = progress.wasCanceled()
            progress.close()
            self.last_import = outcomes
            self.refresh()
            self._report(outcomes, total_files if stopped else None)
        return self.last_import

    def _report(self, outcomes: list[ImportOutcome], stopped_of: int | None = None) -> None:
        self.import_report = show_import_report(self, outcomes, stopped_of)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)

    def closeEvent(self, event) -> None:
        self.save_feedback_now()
        super().closeEvent(event)


def open_review_from(window: MainWindow) -> ReviewWindow | None:
    """The review window on the student's window's lesson and database, shown; None, said in
    a box, when the lesson has no answer key (a student's copy of the pack)."""
    if not window.lesson.has_key:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "No answer key"),
            QCoreApplication.translate(
                "MainWindow",
                "This lesson has no answer key. Open the teacher's copy of the pack to review "
                "and grade a class.",
            ),
        )
        return None
    review = ReviewWindow(window.database, window.lesson)
    review.show()
    return review
