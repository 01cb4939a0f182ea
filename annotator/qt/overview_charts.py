"""The class overview's charts, painted with QPainter: no charting library, nothing to load.

Each chart is a plain widget that paints one figure of a
:class:`~annotator.core.classroom.overview.ClassOverview`, in the colours of the class report
(:mod:`annotator.core.formats.overview_html`): dark, middle and pale, so that they stay apart in
greyscale, with every number written beside its bar. Each chart's text alternative
(:mod:`annotator.core.classroom.overview_words`) is its accessible description, and its tooltip.

The claims are a list view whose items are the claims in words (what a screen reader reads, and
what the keyboard moves through), drawn as bars by :class:`ClaimBarDelegate`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from annotator.core.classroom import overview_words as words
from annotator.core.classroom.overview import BAND, ClaimFigure, ClassOverview, band_of
from annotator.core.formats.overview_html import (
    DOT_COLOUR,
    FOUND_COLOUR,
    MEDIAN_COLOUR,
    MISSED_COLOUR,
    MOST_DOTS,
    WRONG_TAG_COLOUR,
)
from annotator.core.lessons.tags import TagSet
from annotator.qt.core_sentences import spoken
from annotator.qt.highlights import tag_colour

CLAIM_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's ClaimFigure
MUTED = QColor("#5e5c64")


def draw_bar(painter: QPainter, rect: QRectF, parts: list[tuple[int, str]], total: int) -> None:
    """A bar across ``rect``, each part as long as its share of ``total``; a thin outline so
    that a pale part still shows on paper."""
    left = rect.left()
    for count, colour in parts:
        if count and total:
            width = rect.width() * count / total
            painter.fillRect(QRectF(left, rect.top(), width, rect.height()), QColor(colour))
            left += width
    painter.setPen(QPen(QColor("#9a9996"), 0))
    painter.drawRect(rect)


class _Chart(QWidget):
    """A painted figure of the overview, its words its accessible description and tooltip."""

    title = ""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.overview: ClassOverview | None = None
        self.setAccessibleName(QCoreApplication.translate("OverviewCharts", self.title))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_overview(self, overview: ClassOverview) -> None:
        self.overview = overview
        text = self.describe(overview)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def describe(self, overview: ClassOverview) -> str:
        raise NotImplementedError


class ScoresChart(_Chart):
    """A dot per student over the bands of ten points, on an axis of scores from 0 to 100; the
    median a dashed line at its score, its band shaded."""

    title = QT_TRANSLATE_NOOP("OverviewCharts", "Scores")

    def describe(self, overview: ClassOverview) -> str:
        return spoken(words.scores_text(overview))

    def sizeHint(self) -> QSize:
        return QSize(300, self.fontMetrics().height() * 3 + self._dot() * MOST_DOTS + 6)

    def _dot(self) -> int:
        return max(8, self.fontMetrics().height() * 2 // 3)

    def paintEvent(self, event) -> None:
        overview = self.overview
        if overview is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line, dot = metrics.height(), self._dot()
        ink = self.palette().color(QPalette.ColorRole.Text)
        margin = metrics.horizontalAdvance("100") / 2 + 1
        column = (self.width() - 2 * margin) / len(overview.bands)
        top, base = line, self.height() - line - 4  # the dots stand on the axis, at base
        per_dot = max(1, -(-max(overview.bands, default=0) // MOST_DOTS))
        dot = min(dot, (base - top - line) / MOST_DOTS)
        median = overview.median
        if median is not None:  # the median's band, behind its dots
            left = margin + band_of(median) * column
            painter.fillRect(QRectF(left, top, column, base - top), QColor(MEDIAN_COLOUR))
        painter.setFont(self.font())
        for index, count in enumerate(overview.bands):
            left = margin + index * column
            painter.setBrush(QColor(DOT_COLOUR))
            painter.setPen(Qt.PenStyle.NoPen)
            dots = -(-count // per_dot)
            for stack in range(dots):
                centre = QPointF(left + column / 2, base - dot * (stack + 0.5))
                painter.drawEllipse(centre, dot * 0.38, dot * 0.38)
            if count:
                painter.setPen(ink)
                above = QRectF(left, base - dot * dots - line, column, line)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setPen(QPen(MUTED, 0))
        painter.drawLine(QPointF(margin, base), QPointF(self.width() - margin, base))
        for score in range(0, 101, 2 * BAND):  # the axis: a tick and a label every 20 points
            x = margin + score / BAND * column
            painter.drawLine(QPointF(x, base), QPointF(x, base + 3))
            label = QRectF(x - 2 * margin, base + 3, 4 * margin, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(score))
        if median is not None:
            x = margin + median / BAND * column
            painter.setPen(QPen(QColor(DOT_COLOUR), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, top), QPointF(x, base))
            label = self.tr("median {score}").format(score=words.number(median))
            width = metrics.horizontalAdvance(label) + 6
            left = min(max(0.0, x - width / 2), self.width() - width)
            painter.setPen(ink)
            painter.drawText(QRectF(left, 0, width, line), Qt.AlignmentFlag.AlignCenter, label)
        if per_dot > 1:  # a big class: say what a dot stands for
            painter.setPen(MUTED)
            said = self.tr("a dot: {count} students").format(count=per_dot)
            painter.drawText(QRectF(0, 0, self.width(), line), said)
        painter.end()


class CoverageChart(_Chart):
    """Per article, a bar of the students who tagged anything in it, the rest pale."""

    title = QT_TRANSLATE_NOOP("OverviewCharts", "Who tagged each article")

    def describe(self, overview: ClassOverview) -> str:
        return spoken(words.coverage_text(overview))

    def sizeHint(self) -> QSize:
        rows = len(self.overview.coverage) if self.overview else 3
        return QSize(300, rows * (self.fontMetrics().height() + 6) + 2)

    def paintEvent(self, event) -> None:
        overview = self.overview
        if overview is None:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        row = metrics.height() + 6
        size = overview.students
        names = max((metrics.horizontalAdvance(c.outlet) for c in overview.coverage), default=0)
        bold = QFont(self.font())
        bold.setBold(True)
        widest = self._note(size, size, size)
        numbers = QFontMetrics(bold).horizontalAdvance(widest) + 8
        bar_left, bar_right = names + 8, self.width() - numbers
        for number, item in enumerate(overview.coverage):
            top = number * row
            text = self.palette().color(QPalette.ColorRole.Text)
            painter.setPen(text)
            painter.setFont(self.font())
            painter.drawText(QRectF(0, top, names, row), Qt.AlignmentFlag.AlignVCenter, item.outlet)
            skipped = size - item.students
            bar = QRectF(bar_left, top + 3, max(10, bar_right - bar_left), row - 6)
            draw_bar(painter, bar, [(item.students, FOUND_COLOUR), (skipped, MISSED_COLOUR)], size)
            painter.setPen(text)
            note = self._note(item.students, size, skipped)
            if skipped:
                painter.setFont(bold)
            painter.drawText(
                QRectF(bar.right() + 6, top, numbers, row), Qt.AlignmentFlag.AlignVCenter, note
            )
        painter.end()

    def _note(self, students: int, size: int, skipped: int) -> str:
        """The words beside a bar: "38 of 40 · 2 skipped", "40 of 40 · all"."""
        if skipped:
            said = self.tr("{students} of {size} · {skipped} skipped")
        else:
            said = self.tr("{students} of {size} · all")
        return said.format(students=students, size=size, skipped=skipped)


class ClaimBarDelegate(QStyledItemDelegate):
    """Draws a claim of the list as its tag, its words, its article, its bar and its numbers."""

    def __init__(self, tags: TagSet, outlets: list[str], parent=None) -> None:
        super().__init__(parent)
        self.tags = tags
        self.outlets = outlets  # every article's, so that the bars line up

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(400, option.fontMetrics.height() + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        claim: ClaimFigure | None = index.data(CLAIM_ROLE)
        if claim is None:
            return super().paint(painter, option, index)
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        metrics = option.fontMetrics
        bold = QFont(option.font)
        bold.setBold(True)
        width = rect.width()
        chip_w = QFontMetrics(bold).horizontalAdvance("FRAMING") + 12
        numbers_w = metrics.horizontalAdvance("40 · 40 · 40") + 10
        bar_w = max(60, int(width * 0.22))
        widest = max((metrics.horizontalAdvance(outlet) for outlet in self.outlets), default=0)
        outlet_w = min(widest + 10, max(50, int(width * 0.15)))
        words_w = max(40, width - chip_w - numbers_w - bar_w - outlet_w - 16)
        x, y, h = rect.left() + 2, rect.top(), rect.height()
        chip = QRectF(x, y + 3, chip_w - 4, h - 6)
        painter.fillRect(chip, tag_colour(self.tags, claim.tag))
        painter.setFont(bold)
        painter.setPen(QColor("#1c1c1c"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, claim.tag)
        painter.setFont(option.font)
        painter.setPen(text)
        x += chip_w
        elided = metrics.elidedText(claim.words, Qt.TextElideMode.ElideRight, words_w - 6)
        painter.drawText(QRectF(x, y, words_w, h), Qt.AlignmentFlag.AlignVCenter, elided)
        x += words_w
        painter.setPen(text if selected else MUTED)
        outlet = metrics.elidedText(claim.outlet, Qt.TextElideMode.ElideRight, outlet_w - 6)
        painter.drawText(QRectF(x, y, outlet_w, h), Qt.AlignmentFlag.AlignVCenter, outlet)
        x += outlet_w
        parts = [
            (claim.found, FOUND_COLOUR),
            (claim.wrong_tag, WRONG_TAG_COLOUR),
            (claim.missed, MISSED_COLOUR),
        ]
        draw_bar(painter, QRectF(x, y + 4, bar_w, h - 8), parts, claim.students)
        x += bar_w + 6
        painter.setPen(text)
        painter.drawText(
            QRectF(x, y, numbers_w, h),
            Qt.AlignmentFlag.AlignVCenter,
            f"{claim.found} · {claim.wrong_tag} · ",
        )
        lead = metrics.horizontalAdvance(f"{claim.found} · {claim.wrong_tag} · ")
        painter.setFont(bold)
        painter.drawText(
            QRectF(x + lead, y, numbers_w, h), Qt.AlignmentFlag.AlignVCenter, str(claim.missed)
        )
        painter.restore()
