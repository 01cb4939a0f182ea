"""The panel beside the articles: instructions, legend, the annotation list and its editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.instructions import render_instructions
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.looks import tag_colour, underline_look
from annotator.qt.annotation_model import (
    ANNOTATION_ROLE,
    AnnotationFilterModel,
    AnnotationTableModel,
)
from annotator.qt.core_texts import tag_description, tag_label, underline_words
from annotator.qt.palette import TEXT_ON_TAG, colours
from annotator.qt.rich_text import InertBrowser, escape
from annotator.qt.sizing import fit_to_text, text_lines_height

NOTE_SAVE_DELAY_MS = 400


class InstructionsBrowser(InertBrowser):
    """Shows sanitised lesson instructions; loads nothing, follows no link."""


class CollapsibleSection(QWidget):
    def __init__(self, title: str, content: QWidget, expanded: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(text=title, checkable=True, checked=expanded)
        self.toggle.setObjectName("instructions-toggle")
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setStyleSheet(
            "QToolButton { border: none; font-weight: bold; color: palette(window-text); }"
        )
        self.content = content
        self.toggle.toggled.connect(self._set_expanded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(content)
        self._set_expanded(expanded)

    def _set_expanded(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)


def legend_html(lesson: Lesson) -> str:
    """Each tag's key, colour and underline, with the underline in words and what the tag is
    for: drawn from the looks table, like the highlights; a pack's words are escaped."""
    rows = []
    muted = colours().muted
    for number, tag in enumerate(lesson.tags, start=1):
        # Qt's own underline property: "text-decoration: underline" would make any line solid.
        line = f"text-underline-style:{underline_look(tag).qt_css};"
        rows.append(
            f"<span style='background:{tag_colour(tag)}; color:{TEXT_ON_TAG}; padding:2px 6px;'>"
            "&nbsp;"
            f"<span style='{line}'><b>{number}</b>&nbsp;{escape(tag_label(tag).upper())}</span>"
            "&nbsp;</span> "
            f"<span style='color:{muted}'>{escape(underline_words(tag))}: "
            f"{escape(tag_description(tag))}</span>"
        )
    return "<br>".join(rows)


class SidePanel(QWidget):
    """Signals say what the student asked for; the main window turns them into operations."""

    annotation_activated = Signal(object)  # Annotation: scroll to it
    current_changed = Signal(object)  # Annotation or None
    note_edited = Signal(object, str)  # Annotation, new note
    retag_requested = Signal(object, str)  # Annotation, tag
    delete_requested = Signal(object)  # Annotation

    def __init__(self, lesson: Lesson, model: AnnotationTableModel, parent=None) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self.model = model
        self.setObjectName("side-panel")
        self._current: Annotation | None = None

        self.instructions = InstructionsBrowser()
        self.instructions.setObjectName("instructions")
        self.instructions.setOpenLinks(False)
        self.instructions.setHtml(render_instructions(lesson.instructions_markdown))
        # A few lines at least; it scrolls, and gives its height to the list on a short screen.
        self.instructions.setMinimumHeight(text_lines_height(self.instructions, 3))
        self.instructions.setFrameShape(QFrame.Shape.NoFrame)
        self.instructions_section = CollapsibleSection(self.tr("Instructions"), self.instructions)

        self.legend = QLabel(legend_html(lesson))
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.tag_filter = QComboBox(objectName="tag-filter")
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in lesson.tags:
            self.tag_filter.addItem(tag_label(tag), tag.name)
        self.article_filter = QComboBox(objectName="article-filter")
        self.article_filter.addItem(self.tr("All articles"), None)
        for article in lesson.articles:
            self.article_filter.addItem(article.outlet, article.id)
        for combo in (self.tag_filter, self.article_filter):  # narrower than their longest item
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)

        self.proxy = AnnotationFilterModel(self)
        self.proxy.setSourceModel(model)
        self.tag_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_tag(self.tag_filter.currentData())
        )
        self.article_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_article(self.article_filter.currentData())
        )

        self.table = QTableView(objectName="annotation-list")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        # The model keeps its rows in article order, the default: show that order as it is (no
        # sort through Python comparisons on every reset); a click on a header sorts as usual.
        self.table.horizontalHeader().blockSignals(True)
        self.table.horizontalHeader().setSortIndicator(
            AnnotationTableModel.ARTICLE, Qt.SortOrder.AscendingOrder
        )
        self.table.horizontalHeader().blockSignals(False)
        self.proxy.sort(-1)
        self.table.verticalHeader().hide()
        # Two lines a row, wrapped at words: a quote reads to its tenth word or so in the narrow
        # panel, not cut off after two; all of it in the tooltip and above the note editor.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(text_lines_height(self.table, 2))
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AnnotationTableModel.TAG, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            AnnotationTableModel.ARTICLE, QHeaderView.ResizeMode.Interactive
        )
        header.setSectionResizeMode(AnnotationTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AnnotationTableModel.NOTE, QHeaderView.ResizeMode.Interactive)
        # Tag and article columns hold a lesson's few labels: size them once from those, instead
        # of ResizeToContents, which asks the model for every row on each change.
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        labels = {
            AnnotationTableModel.TAG: [tag_label(tag).upper() for tag in lesson.tags],
            AnnotationTableModel.ARTICLE: [article.outlet for article in lesson.articles],
        }
        for column, texts in labels.items():
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            header.resizeSection(column, widest + padding)
        # What the list needs to show the article column beside some of the text.
        self._article_room = sum(header.sectionSize(c) for c in labels) + 24 * padding // 3
        self.table.doubleClicked.connect(self._activate)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.count_label = QLabel(objectName="annotation-count")
        self.count_label.setWordWrap(True)  # "3 not found in this version" takes two lines
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        model.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        # The editor for the current annotation: tag buttons, note, delete.
        self.editor = QWidget(objectName="annotation-editor")
        self.retag_buttons = QButtonGroup(self)
        tag_row = QHBoxLayout()
        tag_row.addWidget(QLabel(self.tr("Tag:")))
        for tag in lesson.tags:
            button = QPushButton(tag_label(tag), checkable=True, objectName=f"retag-{tag.name}")
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {tag_colour(tag)}; color: {TEXT_ON_TAG}; }}"
            )
            button.clicked.connect(lambda _=False, name=tag.name: self._retag(name))
            self.retag_buttons.addButton(button)
            tag_row.addWidget(button)
        tag_row.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="delete-annotation")
        self.delete_button.clicked.connect(self._delete)
        tag_row.addWidget(self.delete_button)
        for button in [*self.retag_buttons.buttons(), self.delete_button]:
            fit_to_text(button)
        self.note_edit = QPlainTextEdit(objectName="note-editor")
        self.note_edit.setPlaceholderText(self.tr("Note (optional): why did you tag this?"))
        self.note_edit.setFixedHeight(text_lines_height(self.note_edit, 3))
        self.note_edit.textChanged.connect(self._note_typed)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note_now)
        self.quote_label = QLabel(objectName="current-quote")
        self.quote_label.setWordWrap(True)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 4, 0, 0)
        editor_layout.addWidget(self.quote_label)
        editor_layout.addLayout(tag_row)
        editor_layout.addWidget(self.note_edit)

        heading = QHBoxLayout()
        heading.addWidget(QLabel("<b>{}</b>".format(escape(self.tr("Your annotations")))))
        heading.addWidget(self.count_label, 1)
        filters = QHBoxLayout()  # a row of its own: the panel stays narrow beside three articles
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.article_filter, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.instructions_section, 2)
        layout.addWidget(self.legend)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor)
        self.show_annotation(None)
        self._update_count()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Beside three articles the panel is narrow: the article column gives way to the text
        # (the list keeps the articles' order, and the article filter still chooses).
        narrow = self.table.width() < self._article_room
        self.table.setColumnHidden(AnnotationTableModel.ARTICLE, narrow)

    # -- current annotation

    def current(self) -> Annotation | None:
        return self._current

    def select_annotation(self, annotation_id: str) -> None:
        row = self.model.row_of(annotation_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything again
            self.tag_filter.setCurrentIndex(0)
            self.article_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        annotation = self.model.annotation(row)
        if self._current is None or self._current.id != annotation.id:
            self.show_annotation(annotation)
            self.current_changed.emit(annotation)

    def show_annotation(self, annotation: Annotation | None) -> None:
        if (
            self._current is not None
            and annotation is not None
            and self._current.id != annotation.id
        ):
            self.save_note_now()
        self._current = annotation
        self.editor.setEnabled(annotation is not None)
        for button in self.retag_buttons.buttons():
            button.setChecked(
                annotation is not None and button.objectName() == f"retag-{annotation.tag}"
            )
        if annotation is None:
            hint = escape(self.tr("Select text in an article and press a number key."))
            self.quote_label.setText(f"<i>{hint}</i>")
        else:
            quote = " ".join(annotation.quote.exact.split())
            quote = quote if len(quote) <= 160 else quote[:157] + "…"
            self.quote_label.setText(f"“{escape(quote)}”")
        if annotation is None or self.note_edit.toPlainText() != annotation.note:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(annotation.note if annotation else "")
            self.note_edit.blockSignals(False)

    def annotation_changed(self, annotation: Annotation) -> None:
        if self._current is not None and self._current.id == annotation.id:
            self.show_annotation(annotation)

    def annotation_removed(self, annotation: Annotation) -> None:
        if self._current is not None and self._current.id == annotation.id:
            self._note_timer.stop()
            self.show_annotation(None)

    # -- internals

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        annotation = current.data(ANNOTATION_ROLE) if current.isValid() else None
        self.show_annotation(annotation)
        self.current_changed.emit(annotation)

    def _activate(self, index: QModelIndex) -> None:
        annotation = index.data(ANNOTATION_ROLE)
        if annotation is not None:
            self.annotation_activated.emit(annotation)

    def _note_typed(self) -> None:
        self._note_timer.start()

    def save_note_now(self) -> None:
        self._note_timer.stop()
        if self._current is not None and self.note_edit.toPlainText() != self._current.note:
            self.note_edited.emit(self._current, self.note_edit.toPlainText())

    def _retag(self, tag: str) -> None:
        if self._current is not None:
            self.retag_requested.emit(self._current, tag)

    def _delete(self) -> None:
        if self._current is not None:
            self.delete_requested.emit(self._current)

    def _update_count(self, *_args) -> None:
        total = self.model.rowCount()
        orphans = self.model.orphan_count()
        text = self.tr("%n tagged", "", total)
        if orphans:
            lost = escape(self.tr("%n not found in this version", "", orphans))
            text = self.tr("{tagged}, {lost}").format(
                tagged=text, lost=f"<span style='color:{colours().error}'>{lost}</span>"
            )
        self.count_label.setText(text)
