"""FRAMING's wavy underline, drawn so that it reads at 100%.

Each tag has an underline of its own, the cue that is not colour (``core/lessons/looks.py``).
Qt draws a character format's wavy underline one pixel thick whatever the font size, with a
small amplitude: at 100% it looked like a faint smudge under the text, a weak cue for a student
who cannot tell the colours apart. The format keeps its wave (the PDF and the legend say
"wavy line", and a test compares the two), and the article view paints a bolder wave over
it: a line of about a seventh of the font's height, rising and falling by a third of the
descent, in the underline's own colour.

Only the blocks in view are read, fragment by fragment, so painting stays as cheap as the
text's own painting.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTextBlock, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


def paint_waves(view: QTextEdit) -> int:
    """Paints a bold wave under every wavy-underlined run in view; returns how many runs of a
    line it drew (for tests)."""
    viewport = view.viewport()
    first = view.cursorForPosition(QPoint(0, 0)).block()
    last = view.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
    offset = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    layout_of = view.document().documentLayout()
    painter: QPainter | None = None
    drawn = 0
    block = first
    while block.isValid():
        origin = layout_of.blockBoundingRect(block).topLeft() - offset
        for start, end, fmt in _wavy_runs(block):
            for x1, x2, baseline, size in _line_pieces(block, start, end):
                if painter is None:
                    painter = QPainter(viewport)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                _draw_wave(painter, fmt, origin, x1, x2, baseline, size)
                drawn += 1
        if block == last:
            break
        block = block.next()
    if painter is not None:
        painter.end()
    return drawn


def _wavy_runs(block: QTextBlock) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) in the block of each fragment with a wavy underline."""
    runs = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        if fragment.isValid() and fmt.underlineStyle() == WAVE:
            start = fragment.position() - block.position()
            runs.append((start, start + fragment.length(), fmt))
        iterator += 1
    return runs


def _line_pieces(block: QTextBlock, start: int, end: int):
    """(x1, x2, baseline, descent) of each line the run ``start``-``end`` of a block covers;
    the space where a line wraps is not underlined (nor is it highlighted)."""
    # Positions count UTF-16 units, as Qt does; a surrogate is never a space.
    layout, units = block.layout(), block.text().encode("utf-16-le")
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        low = max(start, line.textStart())
        high = min(end, line.textStart() + line.textLength())
        while high > low and _is_space(units, high - 1):
            high -= 1
        if low < high:
            x1, x2 = line.cursorToX(low)[0], line.cursorToX(high)[0]
            yield min(x1, x2), max(x1, x2), line.y() + line.ascent(), line.descent()


def _is_space(units: bytes, index: int) -> bool:
    """Whether the UTF-16 unit at ``index`` is a space of some kind."""
    unit = units[2 * index : 2 * index + 2]
    return len(unit) == 2 and unit.decode("utf-16-le", errors="replace").isspace()


def _draw_wave(
    painter: QPainter,
    fmt: QTextCharFormat,
    origin: QPointF,
    x1: float,
    x2: float,
    baseline: float,
    descent: float,
) -> None:
    height = fmt.font().pointSizeF() * painter.device().logicalDpiY() / 72 or descent * 4
    width = max(1.5, height / 7)
    amplitude = max(1.5, descent / 3)
    centre = origin.y() + baseline + descent / 2
    period = amplitude * 4
    path = QPainterPath(QPointF(origin.x() + x1, centre))
    x, up = origin.x() + x1, True
    end = origin.x() + x2
    while x < end:
        step = min(period / 2, end - x)
        control = QPointF(x + step / 2, centre + (-amplitude if up else amplitude) * 2)
        path.quadTo(control, QPointF(x + step, centre))
        x, up = x + step, not up
    colour = fmt.underlineColor() if fmt.underlineColor().isValid() else fmt.foreground().color()
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(path)
