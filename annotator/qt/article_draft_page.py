"""One article of a lesson being made: its metadata to fix and its paragraphs to keep, remove,
split or mark as a caption, heading, standfirst or bio. Never a word is edited.

The page shows an :class:`~annotator.core.lessons.authoring.draft.ArticleDraft` and emits
``draft_changed`` with the new draft after each of the teacher's edits; the lesson editor
keeps the drafts. Object names: ``meta-<field>``, ``paragraph-list``, ``paragraph-text``,
``paragraph-kind``, ``remove-paragraph``, ``split-paragraph``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator.core.lessons.authoring.draft import META_FIELDS, PARAGRAPH_KINDS, ArticleDraft
from annotator.core.text.article_text import Utf16Map

# How the core says an article's text was taken (ArticleDraft.method), translated when shown;
# "trafilatura 2.0" is a name and its version, shown as it is.
METHODS = (
    QT_TRANSLATE_NOOP("ArticleDraftPage", "pack"),
    QT_TRANSLATE_NOOP("ArticleDraftPage", "text capture"),
    QT_TRANSLATE_NOOP("ArticleDraftPage", "Markdown capture"),
    QT_TRANSLATE_NOOP("ArticleDraftPage", "text capture (marks unread)"),
)


class ArticleDraftPage(QWidget):
    draft_changed = Signal(object)  # ArticleDraft

    def __init__(self, draft: ArticleDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self._filling = False
        labels = {
            "outlet": self.tr("Outlet"),
            "headline": self.tr("Headline"),
            "byline": self.tr("Byline"),
            "published": self.tr("Published"),
            "source_url": self.tr("Web address"),
            "source_note": self.tr("Source note"),
        }
        form = QFormLayout()
        self.meta_edits: dict[str, QLineEdit] = {}
        for name in META_FIELDS:
            edit = QLineEdit(getattr(draft.meta, name), objectName=f"meta-{name}")
            edit.textEdited.connect(lambda text, name=name: self._meta_edited(name, text))
            form.addRow(labels[name], edit)
            self.meta_edits[name] = edit
        self.meta_edits["source_url"].setToolTip(self.tr("Shown to students, never opened"))
        self.meta_edits["source_note"].setPlaceholderText(
            self.tr("How the text was captured and what was cut (written for you if empty)")
        )
        self.origin = QLabel(objectName="article-origin")
        self.origin.setWordWrap(True)

        self.paragraphs = QListWidget(objectName="paragraph-list")
        self.paragraphs.setWordWrap(True)
        self.paragraphs.setAlternatingRowColors(True)
        self.paragraphs.currentRowChanged.connect(self._row_changed)
        self.paragraphs.itemChanged.connect(self._item_checked)
        self.paragraph_text = QPlainTextEdit(objectName="paragraph-text", readOnly=True)
        self.paragraph_text.setToolTip(
            self.tr("Put the cursor between two words and press Split to cut page chrome off")
        )
        self.kind = QComboBox(objectName="paragraph-kind")
        kind_names = {
            "paragraph": self.tr("Paragraph"),
            "heading": self.tr("Heading"),
            "standfirst": self.tr("Standfirst (summary)"),
            "caption": self.tr("Photo caption"),
            "bio": self.tr("Author's bio"),
        }
        for kind in PARAGRAPH_KINDS:
            self.kind.addItem(kind_names[kind.value], kind)
        self.kind.activated.connect(self._kind_chosen)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="remove-paragraph")
        self.remove_button.setToolTip(self.tr("Page chrome: leave this paragraph out (Delete)"))
        self.remove_button.setShortcut(Qt.Key.Key_Delete)
        self.remove_button.clicked.connect(self.toggle_current)
        self.split_button = QPushButton(self.tr("Split at Cursor"), objectName="split-paragraph")
        self.split_button.clicked.connect(self.split_at_cursor)
        tools = QHBoxLayout()
        for widget in (self.kind, self.remove_button, self.split_button):
            tools.addWidget(widget)
        tools.addStretch()
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(tools)
        detail_layout.addWidget(self.paragraph_text)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.paragraphs)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.origin)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Untick what is not the article (donation appeals, 'Read more', captions "
                    "you do not want). The words stay the outlet's: nothing can be retyped."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(splitter, 1)
        self._fill()

    # -- showing the draft

    def _fill(self, row: int = 0) -> None:
        self._filling = True
        self.paragraphs.clear()
        for paragraph in self.draft.paragraphs:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self._show_item(item, paragraph)
            self.paragraphs.addItem(item)
        self._filling = False
        self._show_counts()
        if self.draft.paragraphs:
            self.paragraphs.setCurrentRow(min(row, len(self.draft.paragraphs) - 1))

    def _show_item(self, item: QListWidgetItem, paragraph) -> None:
        item.setText(self._label(paragraph))
        item.setCheckState(Qt.CheckState.Checked if paragraph.kept else Qt.CheckState.Unchecked)
        font = item.font()
        font.setStrikeOut(not paragraph.kept)
        item.setFont(font)
        colour = Qt.GlobalColor.darkGray if not paragraph.kept else Qt.GlobalColor.black
        item.setForeground(colour)

    def _show_counts(self) -> None:
        self.origin.setText(
            self.tr(
                "From {origin} ({method}): {words} words kept, {removed} paragraphs removed"
            ).format(
                origin=self.draft.origin,
                method=QCoreApplication.translate("ArticleDraftPage", self.draft.method),
                words=self.draft.word_count(),
                removed=len(self.draft.removed),
            )
        )

    def _label(self, paragraph) -> str:
        if paragraph.kind == "paragraph":
            return paragraph.text
        return f"[{self.kind.itemText(self.kind.findData(paragraph.kind))}] {paragraph.text}"

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.draft.paragraphs):
            paragraph = self.draft.paragraphs[row]
            self.paragraph_text.setPlainText(paragraph.text)
            self.kind.setCurrentIndex(self.kind.findData(paragraph.kind))
            self.remove_button.setText(self.tr("Remove") if paragraph.kept else self.tr("Restore"))

    # -- the teacher's edits

    def _set(self, draft: ArticleDraft, row: int) -> None:
        """Shows ``draft``: the changed row in place, or the whole list after a split."""
        structural = len(draft.paragraphs) != len(self.draft.paragraphs)
        self.draft = draft
        if structural:
            self._fill(row)
        else:
            self._filling = True
            self._show_item(self.paragraphs.item(row), draft.paragraphs[row])
            self._filling = False
            self._show_counts()
            self._row_changed(row)
        self.draft_changed.emit(draft)

    def remove_paragraph(self, row: int, removed: bool = True) -> None:
        self._set(self.draft.removing(row, removed), row)

    def toggle_current(self) -> None:
        row = self.paragraphs.currentRow()
        if row >= 0:
            self.remove_paragraph(row, self.draft.paragraphs[row].kept)

    def _item_checked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        row = self.paragraphs.row(item)
        kept = item.checkState() == Qt.CheckState.Checked
        if kept != self.draft.paragraphs[row].kept:
            self.remove_paragraph(row, not kept)

    def split_paragraph(self, row: int, at: int) -> bool:
        try:
            draft = self.draft.splitting(row, at)
        except ValueError:
            self.origin.setText(self.tr("Put the cursor between two words of the paragraph."))
            return False
        self._set(draft, row)
        return True

    def split_at_cursor(self) -> None:
        row = self.paragraphs.currentRow()
        if row >= 0:
            text = self.draft.paragraphs[row].text
            at = Utf16Map(text).from_utf16(self.paragraph_text.textCursor().position())
            self.split_paragraph(row, at)

    def set_kind(self, row: int, kind) -> None:
        self._set(self.draft.with_kind(row, kind), row)

    def _kind_chosen(self, index: int) -> None:
        row = self.paragraphs.currentRow()
        if row >= 0:
            self.set_kind(row, self.kind.itemData(index))

    def _meta_edited(self, name: str, text: str) -> None:
        self.draft = self.draft.with_meta(**{name: text})
        self.draft_changed.emit(self.draft)

    def set_meta(self, name: str, text: str) -> None:
        """Types ``text`` into a metadata field, as the teacher would."""
        self.meta_edits[name].setText(text)
        self._meta_edited(name, text)
