"""One article pane: a read-only text view built from the core's canonical text, with highlights.

The view never parses Markdown: it builds its document block by block from
:class:`~annotator.core.text.article_text.ArticleText`, so that a Qt position is exactly the UTF-16
position of the canonical text (blocks are joined by one separator, as ``\\n`` joins them there).
Highlights are character formats written only over the region an annotation covers, so adding,
changing or removing one annotation never re-highlights the whole article.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from annotator.core.collector import collector_paused
from annotator.core.lessons.lesson import Article
from annotator.core.lessons.tags import TagSet, UnderlineStyle
from annotator.core.text.article_text import BlockKind, InlineKind, Utf16Map

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.core.classroom.heatmap import HeatSegment

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

# (start, end, rank) in document positions; rank = (length, start, sequence, tag), the length
# and start in code points: the least rank is the innermost layer
_Layer = tuple[int, int, tuple[int, int, int, str]]
_Piece = tuple[int, int, QTextCharFormat]  # (start, end, format) in document positions
# (the innermost layer's tag, (tag, layers) by tag): all that a highlight's look depends on
_Look = tuple[str, tuple[tuple[str, int], ...]]


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
        self._layers: dict[str, _Layer] = {}  # by annotation id, in document positions
        self._sequence = itertools.count()  # the order annotations were added in: a tie-break
        self._selected_id: str | None = None
        self._heat: list[HeatSegment] = []
        self._heat_starts: list[int] = []
        self._heat_layers: list[tuple[int, int, tuple[str, int]]] = []  # (start, end, look)
        self._class_size = 0
        self._flash_id: str | None = None
        self._styles: dict[str, tuple] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}  # by (base kind, look)
        self._underlines: dict[tuple[int, str], QTextCharFormat] = {}  # by (base kind, tag)
        self._blends: dict[tuple, QBrush] = {}  # by ((tag, layers), ...)
        self._heat_formats: dict[tuple, QTextCharFormat] = {}  # by (base kind, look, class size)

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
        document.setUndoRedoEnabled(False)
        font = QFont(self.browser.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        document.setDefaultFont(font)
        # (start, end, format, kind) in doc positions; equal formats share one kind (and object)
        self._base_runs: list[tuple[int, int, QTextCharFormat, int]] = []
        self._run_starts: list[int] = []
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
                self._base_runs.append((doc_start, cursor.position(), kinds[kind], kind))
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
        with collector_paused():
            regions = self._highlighted_regions()
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
        return f"{heat.students} of {self._class_size} students: {counts}"

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

    def _put(self, annotation: Annotation) -> _Layer:
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
        merged = _merge_regions(regions)
        if not merged:
            return
        cursor = QTextCursor(self.browser.document())
        cursor.beginEditBlock()
        for start, end, fmt in self._pieces(merged):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
        cursor.endEditBlock()
        self._refresh_extra_selections()

    def _pieces(self, regions: list[tuple[int, int]]) -> list[_Piece]:
        """Sweeps ``regions`` (merged, sorted) from left to right: every stretch over which the
        base format, the annotations and the heat stay the same, with the format to show there.

        An annotation joins the active set at its start and leaves at its end, so a stretch costs
        the layers over it, not every annotation of the region. Formats are made once per kind
        of base format and look: a dense page has about 4,000 stretches but 800 formats.
        """
        lo, hi = regions[0][0], regions[-1][1]
        layers = [layer for layer in self._layers.values() if layer[0] < hi and lo < layer[1]]
        layers.sort()
        first_run = max(0, bisect.bisect_right(self._run_starts, lo) - 1)
        last_run = bisect.bisect_left(self._run_starts, hi)
        first_heat = max(0, bisect.bisect_right(self._heat_layers, (lo,)) - 1)
        last_heat = bisect.bisect_left(self._heat_layers, (hi,))
        bounds = {edge for region in regions for edge in region}
        bounds.update(edge for layer in layers for edge in layer[:2])
        bounds.update(edge for h in self._heat_layers[first_heat:last_heat] for edge in h[:2])
        bounds.update(edge for run in self._base_runs[first_run:last_run] for edge in run[:2])
        ordered = sorted(edge for edge in bounds if lo <= edge <= hi)
        inside, runs = _Walker(regions), _Walker(self._base_runs, first_run)
        heat, stack = _Walker(self._heat_layers, first_heat), _Stack(layers)
        pieces: list[_Piece] = []
        for start, end in itertools.pairwise(ordered):
            run = runs.at(start)
            if run is None or inside.at(start) is None:
                continue  # a block separator, or between two regions
            base = self._base_runs[run]
            look = stack.look_at(start)
            if look is not None:
                fmt = self._layers_format(base, look)
            elif (stretch := heat.at(start)) is not None:
                fmt = self._heat_format(base, self._heat_layers[stretch][2])
            else:
                fmt = base[2]
            if pieces and pieces[-1][2] is fmt and pieces[-1][1] == start:
                pieces[-1] = (pieces[-1][0], end, fmt)  # the same format goes on: one piece
            else:
                pieces.append((start, end, fmt))
        return pieces

    def _layers_format(self, base: tuple, look: _Look) -> QTextCharFormat:
        """Overlapping annotations stay visible: colours blend, the innermost sets the underline.

        A format depends only on the base run's kind and the look, so it is made once per pair:
        a dense page has thousands of stretches but a few hundred of these. (Which annotation a
        click selects comes from :meth:`annotations_at`, not from the format.)
        """
        fmt = self._formats.get((base[3], look))
        if fmt is None:
            fmt = QTextCharFormat(self._underlined(base, look[0]))
            fmt.setBackground(self._blend(look[1]))
            self._formats[(base[3], look)] = fmt
        return fmt

    def _underlined(self, base: tuple, inner_tag: str) -> QTextCharFormat:
        """The base format with the underline of the innermost tag: the cue that is not colour."""
        fmt = self._underlines.get((base[3], inner_tag))
        if fmt is None:
            fmt = QTextCharFormat(base[2])
            style = self._tag_style(inner_tag)
            fmt.setUnderlineStyle(style[3])
            fmt.setUnderlineColor(style[4])
            self._underlines[(base[3], inner_tag)] = fmt
        return fmt

    def _blend(self, counts: tuple[tuple[str, int], ...]) -> QBrush:
        """The tags' colours averaged over the layers, darker for each layer beyond the first."""
        brush = self._blends.get(counts)
        if brush is None:
            red = green = blue = layers = 0
            for tag, count in counts:
                style = self._tag_style(tag)
                red += style[0] * count
                green += style[1] * count
                blue += style[2] * count
                layers += count
            colour = QColor(red // layers, green // layers, blue // layers)
            if layers > 1:
                colour = colour.darker(100 + 12 * (layers - 1))
            brush = self._blends[counts] = QBrush(colour)
        return brush

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

    def _heat_format(self, base: tuple, look: tuple[str, int]) -> QTextCharFormat:
        """The shade depends only on the tag and the number of students (and the class size):
        a class heat map has thousands of stretches but a few dozen shades."""
        key = (base[3], look, self._class_size)
        fmt = self._heat_formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat(base[2])
            background, underline = self._heat_look(*look)
            fmt.setBackground(background)
            if underline is not None:
                fmt.setUnderlineStyle(underline[0])
                fmt.setUnderlineColor(underline[1])
            self._heat_formats[key] = fmt
        return fmt

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
        if (
            watched is self.browser.viewport()
            and event.type() == QEvent.Type.ToolTip
            and self._show_heat_tooltip(event)
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

    def _show_heat_tooltip(self, event: QHelpEvent) -> bool:
        """Shows the counts of the hovered heat stretch where Qt shows a format's tooltip: for the
        character before the nearest cursor position (the one after it at a block's start)."""
        cursor = self.browser.cursorForPosition(event.pos())
        position = cursor.position() if cursor.atBlockStart() else cursor.position() - 1
        text = self.heat_tooltip_at(self.from_document(position))
        if text is None:
            return False  # Qt shows the format's own tooltip, if any (a link's address)
        QToolTip.showText(event.globalPos(), text, self.browser.viewport())
        return True

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.browser.zoomIn(steps)
        elif steps < 0:
            self.browser.zoomOut(-steps)


class _Walker:
    """Walks sorted, disjoint intervals ``(start, end, ...)`` from left to right."""

    __slots__ = ("_index", "_items")

    def __init__(self, items: Sequence[tuple], index: int = 0) -> None:
        self._items = items
        self._index = index

    def at(self, position: int) -> int | None:
        """The index of the interval holding ``position``; positions never go back."""
        items, index = self._items, self._index
        while index < len(items) and items[index][1] <= position:
            index += 1
        self._index = index
        return index if index < len(items) and items[index][0] <= position else None


class _Stack:
    """The annotation layers over a position that moves from left to right, and their look."""

    __slots__ = ("_active", "_counts", "_ends", "_layers", "_look", "_next")

    def __init__(self, layers: list[_Layer]) -> None:
        self._layers = layers  # sorted by start
        self._next = 0
        self._ends: list[tuple[int, int]] = []  # heap of (end, index in layers)
        self._active: dict[int, tuple] = {}  # index in layers -> rank
        self._counts: dict[str, int] = {}  # tag -> active layers with it
        self._look: _Look | None = None

    def look_at(self, position: int) -> _Look | None:
        """The look at ``position``: (innermost layer's tag, (tag, layers) pairs), or None.
        Positions never go back."""
        layers, active, ends, counts = self._layers, self._active, self._ends, self._counts
        changed = False
        while self._next < len(layers) and layers[self._next][0] <= position:
            heapq.heappush(ends, (layers[self._next][1], self._next))
            rank = active[self._next] = layers[self._next][2]
            counts[rank[3]] = counts.get(rank[3], 0) + 1
            self._next += 1
            changed = True
        while ends and ends[0][0] <= position:
            tag = active.pop(heapq.heappop(ends)[1])[3]
            counts[tag] -= 1
            if not counts[tag]:
                del counts[tag]
            changed = True
        if changed:
            inner = min(active.values())[3] if active else None
            self._look = None if inner is None else (inner, tuple(sorted(counts.items())))
        return self._look


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _kind_of(fmt: QTextCharFormat, kinds: list[QTextCharFormat]) -> int:
    """The index of ``fmt`` among the distinct base formats (added if new). Most runs of an
    article are plain paragraphs: sharing their kind lets their highlights share formats."""
    for index, known in enumerate(kinds):
        if known == fmt:
            return index
    kinds.append(fmt)
    return len(kinds) - 1


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
