"""One article pane: a read-only text view built from the core's canonical text, with highlights.

The view never parses Markdown: it builds its document block by block from
:class:`~annotator.core.text.article_text.ArticleText`, so that a Qt position is exactly the UTF-16
position of the canonical text (blocks are joined by one separator, as ``\\n`` joins them there).
Highlights are character formats written only over the region an annotation covers, so adding,
changing or removing one annotation never re-highlights the whole article; which format each
stretch shows is worked out in :mod:`annotator.qt.highlights`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from annotator.core.collector import collector_paused
from annotator.core.lessons.lesson import Article
from annotator.core.lessons.tags import TagSet
from annotator.core.text.article_text import BlockKind, InlineKind, Utf16Map
from annotator.qt.highlights import UNDERLINES as UNDERLINES
from annotator.qt.highlights import Highlighter, Layer, merge_regions, tag_colour
from annotator.qt.outcome_layers import OutcomeMarks
from annotator.qt.palette import TEXT_ON_TAG, colours
from annotator.qt.rich_text import InertBrowser, InertDocument, escape, plain_tooltip
from annotator.qt.wave_lines import paint_waves
from annotator.qt.word_selection import WordSelection

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.core.classroom.heatmap import HeatSegment
    from annotator.core.classroom.outcomes import SpanOutcome

SELECTED_OUTLINE = QColor("#3d3846")
# A caption's shading: translucent, so that it reads on a light or a dark page alike.
CAPTION_SHADE = QColor(128, 128, 128, 40)
FLASH_COLOUR = QColor("#ffe066")
FLASH_MS = 700


class ArticleBrowser(InertBrowser):
    """A text browser that never navigates and never loads a resource; its selection snaps to
    whole words (:mod:`annotator.qt.word_selection`) once the view gives it its text."""

    words: WordSelection | None = None
    marks: OutcomeMarks | None = None  # drawn over the text (the review window's outcomes)

    def sizeHint(self) -> QSize:
        return QSize(420, 600)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_waves(self)  # FRAMING's wavy line, bold enough to read at 100%
        if self.marks is not None:
            self.marks.paint(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.words is not None and event.button() == Qt.MouseButton.LeftButton:
            self.words.mouse_released(event.modifiers())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.words is None:
            super().keyPressEvent(event)
        else:
            self.words.key_pressed(event, super().keyPressEvent)


class ArticleView(QWidget):
    """The header (outlet, byline, date) and the annotatable body of one article."""

    annotation_clicked = Signal(str)  # annotation id
    context_menu_requested = Signal(object)  # QPoint, global

    def __init__(self, article: Article, tags: TagSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.tags = tags
        self.setObjectName(f"article-pane-{article.id}")
        self._utf16 = Utf16Map(article.text.text)
        self._annotations: dict[str, Annotation] = {}
        self._layers: dict[str, Layer] = {}  # by annotation id, in document positions
        self._sequence = itertools.count()  # the order annotations were added in: a tie-break
        self._selected_id: str | None = None
        self._heat: list[HeatSegment] = []
        self._heat_starts: list[int] = []
        self._heat_layers: list[tuple[int, int, tuple[str, int]]] = []  # (start, end, look)
        self._class_size = 0
        self._flash_id: str | None = None
        self.outcomes = OutcomeMarks(self.to_document)  # what a grade made of each span

        self.header = QLabel(self._header_html())
        self.header.setObjectName(f"article-header-{article.id}")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(8, 6, 8, 4)

        self.browser = ArticleBrowser()
        self.browser.setObjectName(f"article-view-{article.id}")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(
            lambda point: self.context_menu_requested.emit(self.browser.mapToGlobal(point))
        )
        self.browser.viewport().installEventFilter(self)
        self._build_document()
        self.browser.words = WordSelection(self.browser, article.text.text, self._utf16)
        self.browser.marks = self.outcomes

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.browser, 1)

    # -- building

    def _header_html(self) -> str:
        article = self.article
        parts = [f"<b style='font-size:11pt'>{escape(article.outlet)}</b>"]
        muted = colours().muted
        byline = article.byline and self.tr("By {byline}").format(byline=article.byline)
        details = [p for p in (byline, article.published) if p]
        if details:
            parts.append(f"<span style='color:{muted}'>{escape(' · '.join(details))}</span>")
        if not article.headline:
            missing = escape(self.tr("Headline not in the captured page"))
            parts.append(f"<i style='color:{muted}'>{missing}</i>")
        return "<br>".join(parts)

    def _build_document(self) -> None:
        document = InertDocument(self.browser)
        document.setDocumentMargin(14)
        document.setUndoRedoEnabled(False)
        font = QFont(self.browser.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        document.setDefaultFont(font)
        self.browser.setFont(font)  # zooming (QTextEdit.zoomIn) starts from the article's size
        # (start, end, format, kind) in doc positions; equal formats share one kind (and object)
        base_runs: list[tuple[int, int, QTextCharFormat, int]] = []
        kinds: list[QTextCharFormat] = []
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for index, block in enumerate(self.article.text.blocks):
            block_format, char_format = _block_formats(block.kind, block.level)
            if index == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            for piece_start, piece_end, fmt in _inline_runs(block, char_format):
                doc_start = self._utf16.to_utf16(block.start + piece_start)
                cursor.insertText(block.text[piece_start:piece_end], fmt)
                kind = _kind_of(fmt, kinds)
                base_runs.append((doc_start, cursor.position(), kinds[kind], kind))
        cursor.endEditBlock()
        self._highlighter = Highlighter(self.tags, base_runs)
        self.browser.setDocument(document)

    # -- positions

    def to_document(self, offset: int) -> int:
        return self._utf16.to_utf16(offset)

    def from_document(self, position: int) -> int:
        return self._utf16.from_utf16(position)

    def selection(self) -> tuple[int, int]:
        """The current selection in code point offsets of the canonical text."""
        cursor = self.browser.textCursor()
        return self.from_document(cursor.selectionStart()), self.from_document(
            cursor.selectionEnd()
        )

    def selection_is_exact(self) -> bool:
        """Whether the selection keeps its exact characters (made with Alt held) rather than
        whole words: what is tagged then is those characters."""
        return self.browser.words.exact and self.browser.textCursor().hasSelection()

    def select(self, start: int, end: int) -> None:
        """Selects code point offsets ``start`` to ``end`` as they are; tagging it takes whole
        words, as for a selection made without Alt."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.to_document(start))
        cursor.setPosition(self.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.words.exact = False

    def clear_selection(self) -> None:
        cursor = self.browser.textCursor()
        cursor.clearSelection()
        self.browser.setTextCursor(cursor)

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Annotations covering ``offset``, innermost (shortest) first."""
        covering = [a for a in self._annotations.values() if a.start <= offset < a.end]
        return sorted(covering, key=lambda a: (a.end - a.start, a.start))

    # -- highlights

    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        """Replaces all highlights at once (opening a lesson, choosing whose work to review)."""
        with collector_paused():
            regions = self._highlighted_regions()
            self.outcomes.clear()
            self._heat, self._heat_starts, self._heat_layers = [], [], []
            self._annotations, self._layers = {}, {}
            for annotation in annotations:
                if not annotation.orphaned:
                    self._put(annotation)
            self._repaint_regions(regions + self._highlighted_regions())

    def set_heat(self, segments: list[HeatSegment], class_size: int) -> None:
        """Shades each stretch by how many of ``class_size`` students tagged it, in the colour
        of the tag most of them chose; hovering a stretch shows the counts per tag."""
        with collector_paused():
            regions = self._highlighted_regions()
            self.outcomes.clear()
            self._annotations, self._layers = {}, {}
            self._heat = sorted(segments, key=lambda h: h.start)
            self._heat_starts = [h.start for h in self._heat]
            self._class_size = max(class_size, 1)
            self._heat_layers = [
                (self.to_document(h.start), self.to_document(h.end), (h.main_tag, h.students))
                for h in self._heat
            ]
            self._repaint_regions(regions + self._highlighted_regions())

    def heat_at(self, offset: int) -> HeatSegment | None:
        index = bisect.bisect_right(self._heat_starts, offset) - 1
        if index >= 0 and self._heat[index].start <= offset < self._heat[index].end:
            return self._heat[index]
        return None

    def heat_tooltip_at(self, offset: int) -> str | None:
        """The counts per tag of the heat stretch at ``offset``, written when it is hovered:
        a class heat map has thousands of stretches, and few of them are ever hovered."""
        heat = self.heat_at(offset)
        if heat is None:
            return None
        counts = ", ".join(f"{name} {count}" for name, count in heat.by_tag)
        said = self.tr("{students} of %n student(s): {counts}", "", self._class_size)
        return said.format(students=heat.students, counts=counts)

    def set_outcomes(self, outcomes: Iterable[SpanOutcome]) -> None:
        """Draws what a grade made of each span over the highlights (see
        :mod:`annotator.qt.outcome_layers`); showing other work clears them."""
        self.outcomes.set(outcomes)
        self._refresh_extra_selections()
        self.browser.viewport().update()

    def add_annotation(self, annotation: Annotation) -> None:
        if annotation.orphaned:
            return
        start, end, _rank = self._put(annotation)
        self._repaint_regions([(start, end)])

    def update_annotation(self, annotation: Annotation) -> None:
        old = self._layers.pop(annotation.id, None)
        self._annotations.pop(annotation.id, None)
        regions = [] if old is None else [(old[0], old[1])]
        if not annotation.orphaned:
            start, end, _rank = self._put(annotation)
            regions.append((start, end))
        self._repaint_regions(regions)

    def remove_annotation(self, annotation_id: str) -> None:
        self._annotations.pop(annotation_id, None)
        old = self._layers.pop(annotation_id, None)
        if old is not None:
            self._repaint_regions([(old[0], old[1])])
        if self._selected_id == annotation_id:
            self.set_selected(None)

    def highlight_format_at(self, offset: int) -> QTextCharFormat:
        """The character format shown at ``offset`` (for tests and accessibility checks)."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.to_document(offset) + 1)
        return cursor.charFormat()

    def _put(self, annotation: Annotation) -> Layer:
        """Keeps ``annotation`` with its layer: document positions and its rank when overlapping
        (the shortest is innermost; then the first to start; then the first one added)."""
        position, to_utf16 = annotation.position, self._utf16.to_utf16  # 3,000 at an opening
        start, end = position.start, position.end
        rank = (end - start, start, next(self._sequence), annotation.tag)
        layer = (to_utf16(start), to_utf16(end), rank)
        self._annotations[annotation.id] = annotation
        self._layers[annotation.id] = layer
        return layer

    def _highlighted_regions(self) -> list[tuple[int, int]]:
        """Where highlights are now, in document positions: what a full replace must repaint."""
        regions = [(layer[0], layer[1]) for layer in self._layers.values()]
        regions += [(heat[0], heat[1]) for heat in self._heat_layers]
        return regions

    def _repaint_regions(self, regions: list[tuple[int, int]]) -> None:
        """Rewrites the character formats over ``regions`` (document positions), and only there."""
        merged = merge_regions(regions)
        if not merged:
            return
        pieces = self._highlighter.pieces(
            merged, self._layers.values(), self._heat_layers, self._class_size
        )
        cursor = QTextCursor(self.browser.document())
        cursor.beginEditBlock()
        for start, end, fmt in pieces:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
        cursor.endEditBlock()
        self._refresh_extra_selections()

    # -- the selected annotation and the flash are drawn on top, without touching the text

    def set_selected(self, annotation_id: str | None) -> None:
        self._selected_id = annotation_id if annotation_id in self._annotations else None
        self._refresh_extra_selections()

    def flash(self, annotation_id: str) -> None:
        annotation = self._annotations.get(annotation_id)
        if annotation is None:
            return
        self._flash_id = annotation_id
        self._refresh_extra_selections()
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.to_document(annotation.start))
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        QTimer.singleShot(FLASH_MS, self._end_flash)

    def _end_flash(self) -> None:
        self._flash_id = None
        self._refresh_extra_selections()

    def _refresh_extra_selections(self) -> None:
        selections = self.outcomes.selections(self.browser.document())
        for annotation_id, colour in ((self._selected_id, None), (self._flash_id, FLASH_COLOUR)):
            annotation = self._annotations.get(annotation_id) if annotation_id else None
            if annotation is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(self.to_document(annotation.start))
            cursor.setPosition(self.to_document(annotation.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            if colour is None:
                fmt.setFontOverline(True)
                fmt.setForeground(QColor(TEXT_ON_TAG))  # on the tag's colour, in every theme
                fmt.setBackground(tag_colour(self.tags, annotation.tag).darker(125))
            else:
                fmt.setBackground(colour)
            selection.format = fmt
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    # -- clicks on highlights

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.browser.viewport()
            and event.type() == QEvent.Type.ToolTip
            and self._show_tooltip(event)
        ):
            return True
        released = event.type() == QEvent.Type.MouseButtonRelease
        if (
            watched is self.browser.viewport()
            and released
            and event.button() == Qt.MouseButton.LeftButton
            and not self.browser.textCursor().hasSelection()
        ):
            position = self.browser.cursorForPosition(event.position().toPoint()).position()
            hits = self.annotations_at(self.from_document(position))
            if hits:
                self.annotation_clicked.emit(hits[0].id)
        return super().eventFilter(watched, event)

    def _show_tooltip(self, event: QHelpEvent) -> bool:
        """Shows the counts of the hovered heat stretch, or what the grade made of the hovered
        spans, where Qt shows a format's tooltip: for the character before the nearest cursor
        position (the one after it at a block's start)."""
        cursor = self.browser.cursorForPosition(event.pos())
        position = cursor.position() if cursor.atBlockStart() else cursor.position() - 1
        offset = self.from_document(position)
        text = self.heat_tooltip_at(offset) or self.outcomes.tooltip_at(offset)
        if text is None:
            return False  # Qt shows the format's own tooltip, if any (a link's address)
        # Tag names come from students' files: shown as text, never as markup.
        QToolTip.showText(event.globalPos(), plain_tooltip(text), self.browser.viewport())
        return True

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.browser.zoomIn(steps)
        elif steps < 0:
            self.browser.zoomOut(-steps)


def _kind_of(fmt: QTextCharFormat, kinds: list[QTextCharFormat]) -> int:
    """The index of ``fmt`` among the distinct base formats (added if new). Most runs of an
    article are plain paragraphs: sharing their kind lets their highlights share formats."""
    for index, known in enumerate(kinds):
        if known == fmt:
            return index
    kinds.append(fmt)
    return len(kinds) - 1


def _block_formats(kind: BlockKind, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block_format = QTextBlockFormat()
    block_format.setBottomMargin(10)
    block_format.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    char_format = QTextCharFormat()
    if kind == BlockKind.HEADLINE:
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 2)
        block_format.setBottomMargin(12)
    elif kind == BlockKind.HEADING:
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 1 if level <= 2 else 0)
    elif kind == BlockKind.STANDFIRST:
        char_format.setFontItalic(True)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    elif kind in (BlockKind.CAPTION, BlockKind.BIO):
        char_format.setFontItalic(kind == BlockKind.CAPTION)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        block_format.setLeftMargin(14)
        block_format.setRightMargin(8)
        if kind == BlockKind.CAPTION:
            block_format.setBackground(CAPTION_SHADE)
            block_format.setTopMargin(2)
    return block_format, char_format


def _inline_runs(block, base: QTextCharFormat):
    """Splits a block into runs of one format each: (start, end, format), block-relative."""
    bounds = {0, len(block.text)}
    for span in block.spans:
        bounds.update((span.start, span.end))
    ordered = sorted(b for b in bounds if 0 <= b <= len(block.text))
    for start, end in itertools.pairwise(ordered):
        if start == end:
            continue
        fmt = QTextCharFormat(base)
        for span in block.spans:
            if span.start <= start and end <= span.end:
                if span.kind == InlineKind.BOLD:
                    fmt.setFontWeight(QFont.Weight.Bold)
                elif span.kind == InlineKind.ITALIC:
                    fmt.setFontItalic(True)
                elif span.kind == InlineKind.LINK:
                    # Never followed (no anchor), so never drawn as one: a link in blue that does
                    # nothing would look clickable, and like a FACT highlight. Its address shows
                    # in a tooltip, and the text is as the words around it.
                    said = QCoreApplication.translate(
                        "ArticleView", "Link in the original article: {target}"
                    )
                    target = span.target or QCoreApplication.translate("ArticleView", "no address")
                    fmt.setToolTip(plain_tooltip(said.format(target=target)))
        yield start, end, fmt
