"""One article pane: a read-only text view built from the core's canonical text, with highlights.

The view never parses Markdown: it builds its document block by block from
:class:`~annotator.core.article_text.ArticleText`, so that a Qt position is exactly the UTF-16
position of the canonical text (blocks are joined by one separator, as ``\\n`` joins them there).
Highlights are character formats written only over the region an annotation covers, so adding,
changing or removing one annotation never re-highlights the whole article.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from annotator.core.article_text import BlockKind, InlineKind, Utf16Map
from annotator.core.lesson import Article
from annotator.core.tags import TagSet, UnderlineStyle

if TYPE_CHECKING:
    from annotator.core.annotation import Annotation
    from annotator.core.heatmap import HeatSegment

UNDERLINES = {
    UnderlineStyle.SOLID: QTextCharFormat.UnderlineStyle.SingleUnderline,
    UnderlineStyle.DASHED: QTextCharFormat.UnderlineStyle.DashUnderline,
    UnderlineStyle.DOTTED: QTextCharFormat.UnderlineStyle.DotLine,
    UnderlineStyle.WAVE: QTextCharFormat.UnderlineStyle.WaveUnderline,
    UnderlineStyle.DOUBLE: QTextCharFormat.UnderlineStyle.DashDotDotLine,
    UnderlineStyle.DASH_DOT: QTextCharFormat.UnderlineStyle.DashDotLine,
}
LINK_COLOUR = QColor("#1a5fb4")
SELECTED_OUTLINE = QColor("#3d3846")
FLASH_COLOUR = QColor("#ffe066")
FLASH_MS = 700


def tag_colour(tags: TagSet, name: str) -> QColor:
    tag = tags.get(name)
    return QColor(tag.colour if tag else "#cccccc")


def underline_colour(colour: QColor) -> QColor:
    return colour.darker(190)


class ArticleBrowser(QTextBrowser):
    """A text browser that never navigates and never loads a resource."""

    def loadResource(self, kind: int, url: QUrl):
        # Nothing in an article is fetched: not from the network, not from disk.
        return None

    def sizeHint(self) -> QSize:
        return QSize(420, 600)


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
        self._starts: list[tuple[int, str]] = []  # (start, id), sorted: for hit tests
        self._selected_id: str | None = None
        self._heat: list[HeatSegment] = []
        self._heat_starts: list[int] = []
        self._class_size = 0
        self._flash_id: str | None = None
        self._styles: dict[str, tuple] = {}
        self._looks: dict[tuple, tuple] = {}
        self._heat_looks: dict[tuple[str, int, int], tuple] = {}

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
        parts = [f"<b style='font-size:11pt'>{_escape(article.outlet)}</b>"]
        details = [p for p in (article.byline and f"By {article.byline}", article.published) if p]
        if details:
            parts.append(f"<span style='color:#5e5c64'>{_escape(' · '.join(details))}</span>")
        if not article.headline:
            parts.append("<i style='color:#77767b'>Headline not in the captured page</i>")
        return "<br>".join(parts)

    def _build_document(self) -> None:
        document = QTextDocument(self.browser)
        document.setDocumentMargin(14)
        font = QFont(self.browser.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        document.setDefaultFont(font)
        self._base_runs: list[tuple[int, int, QTextCharFormat]] = []  # doc positions
        self._run_starts: list[int] = []
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
                self._base_runs.append((doc_start, cursor.position(), fmt))
        cursor.endEditBlock()
        self._run_starts = [run[0] for run in self._base_runs]
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

    def select(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.to_document(start))
        cursor.setPosition(self.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)

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
        previous = [(a.start, a.end) for a in self._annotations.values()]
        previous += [(h.start, h.end) for h in self._heat]
        self._heat, self._heat_starts = [], []
        self._annotations = {a.id: a for a in annotations if not a.orphaned}
        regions = previous + [(a.start, a.end) for a in self._annotations.values()]
        self._repaint_regions(_merge_regions(regions))

    def set_heat(self, segments: list[HeatSegment], class_size: int) -> None:
        """Shades each stretch by how many of ``class_size`` students tagged it, in the colour
        of the tag most of them chose; the tooltip gives the counts per tag."""
        previous = [(a.start, a.end) for a in self._annotations.values()]
        previous += [(h.start, h.end) for h in self._heat]
        self._annotations = {}
        self._heat = sorted(segments, key=lambda h: h.start)
        self._heat_starts = [h.start for h in self._heat]
        self._class_size = max(class_size, 1)
        regions = previous + [(h.start, h.end) for h in self._heat]
        self._repaint_regions(_merge_regions(regions))

    def heat_at(self, offset: int) -> HeatSegment | None:
        index = bisect.bisect_right(self._heat_starts, offset) - 1
        if index >= 0 and self._heat[index].start <= offset < self._heat[index].end:
            return self._heat[index]
        return None

    def add_annotation(self, annotation: Annotation) -> None:
        if annotation.orphaned:
            return
        self._annotations[annotation.id] = annotation
        self._repaint_regions([(annotation.start, annotation.end)])

    def update_annotation(self, annotation: Annotation) -> None:
        old = self._annotations.pop(annotation.id, None)
        if not annotation.orphaned:
            self._annotations[annotation.id] = annotation
        regions = [(annotation.start, annotation.end)]
        if old is not None:
            regions.append((old.start, old.end))
        self._repaint_regions(_merge_regions(regions))

    def remove_annotation(self, annotation_id: str) -> None:
        old = self._annotations.pop(annotation_id, None)
        if old is not None:
            self._repaint_regions([(old.start, old.end)])
        if self._selected_id == annotation_id:
            self.set_selected(None)

    def highlight_format_at(self, offset: int) -> QTextCharFormat:
        """The character format shown at ``offset`` (for tests and accessibility checks)."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.to_document(offset) + 1)
        return cursor.charFormat()

    def _repaint_regions(self, regions: list[tuple[int, int]]) -> None:
        if not regions:
            return
        document = self.browser.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for lo, hi in regions:
            self._repaint_region(cursor, lo, hi)
        cursor.endEditBlock()
        self._refresh_extra_selections()

    def _repaint_region(self, cursor: QTextCursor, lo: int, hi: int) -> None:
        covering = [a for a in self._annotations.values() if a.start < hi and lo < a.end]
        bounds = {lo, hi}
        for a in covering:
            bounds.update(b for b in (a.start, a.end) if lo < b < hi)
        for heat in self._heat:
            if heat.start < hi and lo < heat.end:
                bounds.update(b for b in (heat.start, heat.end) if lo < b < hi)
        doc_lo, doc_hi = self.to_document(lo), self.to_document(hi)
        run_index = max(0, bisect.bisect_right(self._run_starts, doc_lo) - 1)
        doc_bounds = {self.to_document(b) for b in bounds}
        for start, end, _ in self._base_runs[run_index:]:
            if start >= doc_hi:
                break
            doc_bounds.update(b for b in (start, end) if doc_lo < b < doc_hi)
        ordered = sorted(doc_bounds)
        # Sweep line: an annotation joins the active set at its start and leaves at its end, so
        # a segment costs the layers over it, not every annotation of the region.
        by_start = sorted(covering, key=_start_of)
        entering = 0
        ending: list[tuple[int, int]] = []  # heap of (end, index in by_start)
        active: dict[int, Annotation] = {}
        pending: tuple | None = None  # (start, end, key, format): equal neighbours merge
        for seg_start, seg_end in itertools.pairwise(ordered):
            run = self._base_run_index(seg_start)
            if run is None:
                continue  # a block separator
            offset = self.from_document(seg_start)
            while entering < len(by_start) and by_start[entering].position.start <= offset:
                heapq.heappush(ending, (by_start[entering].position.end, entering))
                active[entering] = by_start[entering]
                entering += 1
            while ending and ending[0][0] <= offset:
                active.pop(heapq.heappop(ending)[1], None)
            heat = None if active else self.heat_at(offset)
            key = (run, tuple(active), heat)
            if pending is not None and pending[1] == seg_start and pending[2] == key:
                pending = (pending[0], seg_end, key, pending[3])
                continue
            if pending is not None:
                _set_format(cursor, pending[0], pending[1], pending[3])
            fmt = QTextCharFormat(self._base_runs[run][2])
            if active:
                self._apply_layers(fmt, list(active.values()))
            elif heat is not None:
                self._apply_heat(fmt, heat)
            pending = (seg_start, seg_end, key, fmt)
        if pending is not None:
            _set_format(cursor, pending[0], pending[1], pending[3])

    def _base_run_index(self, position: int) -> int | None:
        index = bisect.bisect_right(self._run_starts, position) - 1
        if index < 0:
            return None
        start, end, _fmt = self._base_runs[index]
        return index if start <= position < end else None

    def _apply_layers(self, fmt: QTextCharFormat, layers: list[Annotation]) -> None:
        """Overlapping annotations stay visible: colours blend, the innermost sets the underline.

        The look depends only on the tags involved, so it is computed once per combination:
        a dense page has thousands of segments but only a handful of combinations.
        """
        inner = layers[0] if len(layers) == 1 else min(layers, key=_innermost_first)
        signature = (inner.tag, tuple(sorted(a.tag for a in layers)))
        look = self._looks.get(signature)
        if look is None:
            look = self._looks[signature] = self._look(signature[0], signature[1])
        background, underline, underline_colour_ = look
        fmt.setBackground(background)
        fmt.setUnderlineStyle(underline)
        fmt.setUnderlineColor(underline_colour_)
        fmt.setProperty(QTextFormat.Property.UserProperty, inner.id)

    def _look(self, inner_tag: str, tags: tuple[str, ...]) -> tuple:
        styles = [self._tag_style(tag) for tag in tags]
        count = len(styles)
        background = QColor(
            sum(s[0] for s in styles) // count,
            sum(s[1] for s in styles) // count,
            sum(s[2] for s in styles) // count,
        )
        if count > 1:
            background = background.darker(100 + 12 * (count - 1))
        inner = self._tag_style(inner_tag)
        return background, inner[3], inner[4]

    def _tag_style(self, name: str) -> tuple:
        """(red, green, blue, underline style, underline colour) of a tag, computed once."""
        style = self._styles.get(name)
        if style is None:
            colour = tag_colour(self.tags, name)
            tag = self.tags.get(name)
            underline = UNDERLINES[tag.underline] if tag else UNDERLINES[UnderlineStyle.SOLID]
            style = (
                colour.red(),
                colour.green(),
                colour.blue(),
                underline,
                underline_colour(colour),
            )
            self._styles[name] = style
        return style

    def _apply_heat(self, fmt: QTextCharFormat, heat: HeatSegment) -> None:
        # The shade depends only on the tag and the number of students: computed once each
        # (a class heat map has thousands of stretches but a few dozen shades).
        look = self._heat_looks.get((heat.main_tag, heat.students, self._class_size))
        if look is None:
            look = self._heat_look(heat.main_tag, heat.students)
            self._heat_looks[(heat.main_tag, heat.students, self._class_size)] = look
        background, underline = look
        fmt.setBackground(background)
        if underline is not None:
            fmt.setUnderlineStyle(underline[0])
            fmt.setUnderlineColor(underline[1])
        counts = ", ".join(f"{name} {count}" for name, count in heat.by_tag)
        fmt.setToolTip(f"{heat.students} of {self._class_size} students: {counts}")

    def _heat_look(self, main_tag: str, students: int) -> tuple:
        colour = tag_colour(self.tags, main_tag)
        colour.setAlphaF(0.2 + 0.8 * min(1.0, students / self._class_size))
        tag = self.tags.get(main_tag)
        if tag is None:
            return colour, None
        return colour, (
            UNDERLINES[tag.underline],
            underline_colour(tag_colour(self.tags, main_tag)),
        )

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
        selections = []
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
                fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
                fmt.setBackground(tag_colour(self.tags, annotation.tag).darker(125))
            else:
                fmt.setBackground(colour)
            selection.format = fmt
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    # -- clicks on highlights

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

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

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.browser.zoomIn(steps)
        elif steps < 0:
            self.browser.zoomOut(-steps)


def _start_of(annotation: Annotation) -> int:
    return annotation.position.start


def _innermost_first(annotation: Annotation) -> tuple[int, int]:
    position = annotation.position
    return position.end - position.start, position.start


def _set_format(cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(fmt)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _merge_regions(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


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
        char_format.setForeground(QColor("#3d3846"))
    elif kind in (BlockKind.CAPTION, BlockKind.BIO):
        char_format.setFontItalic(kind == BlockKind.CAPTION)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        char_format.setForeground(QColor("#5e5c64"))
        block_format.setLeftMargin(14)
        block_format.setRightMargin(8)
        if kind == BlockKind.CAPTION:
            block_format.setBackground(QColor("#f6f5f4"))
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
                    # Shown as a link, never followed: no anchor, so nothing is clickable.
                    fmt.setForeground(LINK_COLOUR)
                    fmt.setToolTip(f"Link in the original article: {span.target or 'no address'}")
        yield start, end, fmt
