"""What an article view shows over its text: the format of every highlighted stretch.

:class:`Highlighter` sweeps the regions to repaint from left to right over the boundaries of
the base runs (plain, bold, a heading...), the annotation layers and the heat map, and gives the
format of each stretch. Overlapping annotations stay visible: their colours blend, and the
innermost sets the underline, each tag's cue that is not colour. Formats are made once per kind
of base run and look, so a dense page of thousands of stretches needs a few hundred of them.

A tag's colour and underline come from :mod:`annotator.core.lessons.looks`, the one table of
how each tag looks; :data:`UNDERLINE_STYLES` turns its underline names into Qt's.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QBrush, QColor, QTextCharFormat

from annotator.core.lessons import looks
from annotator.core.lessons.tags import TagSet, UnderlineStyle
from annotator.qt.palette import TEXT_ON_TAG

_Underline = QTextCharFormat.UnderlineStyle

# Qt's character-format underline for each ``UnderlineLook.qt_css`` name of the looks table.
UNDERLINE_STYLES: dict[str, QTextCharFormat.UnderlineStyle] = {
    "solid": _Underline.SingleUnderline,
    "dashed": _Underline.DashUnderline,
    "dotted": _Underline.DotLine,
    "wave": _Underline.WaveUnderline,
    "dot-dash": _Underline.DashDotLine,
    "dot-dot-dash": _Underline.DashDotDotLine,
}
UNDERLINES: dict[UnderlineStyle, QTextCharFormat.UnderlineStyle] = {
    style: UNDERLINE_STYLES[look.qt_css] for style, look in looks.UNDERLINE_LOOKS.items()
}

# (start, end, rank) in document positions; rank = (length, start, sequence, tag), the length
# and start in code points: the least rank is the innermost layer
Layer = tuple[int, int, tuple[int, int, int, str]]
# (start, end, format, kind) in document positions: equal base formats share a kind
BaseRun = tuple[int, int, QTextCharFormat, int]
HeatLayer = tuple[int, int, tuple[str, int]]  # (start, end, (main tag, students))
Piece = tuple[int, int, QTextCharFormat]  # (start, end, format) in document positions
# (the innermost layer's tag, (tag, layers) by tag): all that a highlight's look depends on
_Look = tuple[str, tuple[tuple[str, int], ...]]


def tag_colour(tags: TagSet, name: str) -> QColor:
    """The highlight colour of the tag ``name`` (the fallback grey for one ``tags`` lacks)."""
    return QColor(looks.tag_colour(tags.get(name)))


def underline_colour(colour: QColor) -> QColor:
    """The tag's hue, dark: the underline must stand out from the highlight at 100% (a wavy
    line of one pixel in a mid tone was hard to see), and read as that tag's line."""
    return colour.darker(320)


class Highlighter:
    """The highlight formats over one article's base runs, each made once."""

    def __init__(self, tags: TagSet, base_runs: list[BaseRun]) -> None:
        self.tags = tags
        self._base_runs = base_runs
        self._run_starts = [run[0] for run in base_runs]
        self._styles: dict[str, tuple] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}  # by (base kind, look)
        self._underlines: dict[tuple[int, str], QTextCharFormat] = {}  # by (base kind, tag)
        self._blends: dict[tuple, QBrush] = {}  # by ((tag, layers), ...)
        self._heat_formats: dict[tuple, QTextCharFormat] = {}  # by (base kind, look, class size)

    def pieces(
        self,
        regions: list[tuple[int, int]],
        all_layers: Iterable[Layer],
        heat_layers: list[HeatLayer],
        class_size: int,
    ) -> list[Piece]:
        """Sweeps ``regions`` (merged, sorted) from left to right: every stretch over which the
        base format, the annotations and the heat stay the same, with the format to show there.

        An annotation joins the active set at its start and leaves at its end, so a stretch costs
        the layers over it, not every annotation of the region. Formats are made once per kind
        of base format and look: a dense page has about 4,000 stretches but 800 formats.
        """
        base_runs = self._base_runs
        lo, hi = regions[0][0], regions[-1][1]
        layers = [layer for layer in all_layers if layer[0] < hi and lo < layer[1]]
        layers.sort()
        first_run = max(0, bisect.bisect_right(self._run_starts, lo) - 1)
        last_run = bisect.bisect_left(self._run_starts, hi)
        first_heat = max(0, bisect.bisect_right(heat_layers, (lo,)) - 1)
        last_heat = bisect.bisect_left(heat_layers, (hi,))
        bounds = {edge for region in regions for edge in region}
        bounds.update(edge for layer in layers for edge in layer[:2])
        bounds.update(edge for h in heat_layers[first_heat:last_heat] for edge in h[:2])
        bounds.update(edge for run in base_runs[first_run:last_run] for edge in run[:2])
        ordered = sorted(edge for edge in bounds if lo <= edge <= hi)
        inside, runs = _Walker(regions), _Walker(base_runs, first_run)
        heat, stack = _Walker(heat_layers, first_heat), _Stack(layers)
        pieces: list[Piece] = []
        for start, end in itertools.pairwise(ordered):
            run = runs.at(start)
            if run is None or inside.at(start) is None:
                continue  # a block separator, or between two regions
            base = base_runs[run]
            look = stack.look_at(start)
            if look is not None:
                fmt = self._layers_format(base, look)
            elif (stretch := heat.at(start)) is not None:
                fmt = self._heat_format(base, heat_layers[stretch][2], class_size)
            else:
                fmt = base[2]
            if pieces and pieces[-1][2] is fmt and pieces[-1][1] == start:
                pieces[-1] = (pieces[-1][0], end, fmt)  # the same format goes on: one piece
            else:
                pieces.append((start, end, fmt))
        return pieces

    def _layers_format(self, base: BaseRun, look: _Look) -> QTextCharFormat:
        """Overlapping annotations stay visible: colours blend, the innermost sets the underline.

        A format depends only on the base run's kind and the look, so it is made once per pair:
        a dense page has thousands of stretches but a few hundred of these. (Which annotation a
        click selects comes from the view's ``annotations_at``, not from the format.)
        """
        fmt = self._formats.get((base[3], look))
        if fmt is None:
            fmt = QTextCharFormat(self._underlined(base, look[0]))
            fmt.setBackground(self._blend(look[1]))
            self._formats[(base[3], look)] = fmt
        return fmt

    def _underlined(self, base: BaseRun, inner_tag: str) -> QTextCharFormat:
        """The base format with the underline of the innermost tag: the cue that is not colour."""
        fmt = self._underlines.get((base[3], inner_tag))
        if fmt is None:
            fmt = QTextCharFormat(base[2])
            fmt.setForeground(QColor(TEXT_ON_TAG))  # dark on the light tag colours, any theme
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
            underline = UNDERLINE_STYLES[looks.underline_look(self.tags.get(name)).qt_css]
            style = (
                colour.red(),
                colour.green(),
                colour.blue(),
                underline,
                underline_colour(colour),
            )
            self._styles[name] = style
        return style

    def _heat_format(
        self, base: BaseRun, look: tuple[str, int], class_size: int
    ) -> QTextCharFormat:
        """The shade depends only on the tag and the number of students (and the class size):
        a class heat map has thousands of stretches but a few dozen shades."""
        key = (base[3], look, class_size)
        fmt = self._heat_formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat(base[2])
            main_tag, students = look
            colour = tag_colour(self.tags, main_tag)
            colour.setAlphaF(0.2 + 0.8 * min(1.0, students / class_size))
            fmt.setBackground(colour)
            if colour.alphaF() >= 0.5:  # mostly the tag's light colour: dark text, any theme
                fmt.setForeground(QColor(TEXT_ON_TAG))
            if main_tag in self.tags:  # a tag the lesson does not know has no underline
                style = self._tag_style(main_tag)
                fmt.setUnderlineStyle(style[3])
                fmt.setUnderlineColor(style[4])
            self._heat_formats[key] = fmt
        return fmt


def merge_regions(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


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

    def __init__(self, layers: list[Layer]) -> None:
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
