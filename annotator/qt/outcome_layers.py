"""The review window's student view: a student's highlights and the answer key, together.

The student's highlights keep their tag's colour and underline; what the grade made of each is
drawn over them, each outcome with a look that is not colour alone, and said in its tooltip:

* **found**: the tag's look as it is;
* **partial** credit: a dotted box around the highlight;
* **credited by you** (for this student alone): the tag's look, as found;
* **wrong tag**: a solid box around the highlight;
* **extra** (not in the key): the words struck through;
* **missed** (a key claim the student did not tag): a dashed box, with no tag colour.

The marks are drawn on top of the text, never into its formats, so the highlights underneath
are never rewritten: the strike-through is an extra selection of the view, the boxes are
painted over the view's text, one per line the span runs over. The outcomes come from
:func:`~annotator.core.classroom.outcomes.span_outcomes`, the one reader of the grade.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from annotator.core.classroom.outcomes import Outcome, SpanOutcome, span_outcomes
from annotator.qt.core_sentences import spoken_capitalised

if TYPE_CHECKING:
    from annotator.core.classroom.results import StudentResult
    from annotator.core.lessons.lesson import Lesson
    from annotator.qt.article_view import ArticleView

# Each outcome's look in words, for the legend, as :data:`BOXES` and :func:`outcome_format`
# draw it.
OUTCOME_WORDS = {
    Outcome.FOUND: QT_TRANSLATE_NOOP("OutcomeLayers", "the tag's colour and line"),
    Outcome.PARTIAL: QT_TRANSLATE_NOOP("OutcomeLayers", "a dotted box"),
    Outcome.TEACHER: QT_TRANSLATE_NOOP("OutcomeLayers", "as found"),
    Outcome.WRONG_TAG: QT_TRANSLATE_NOOP("OutcomeLayers", "a solid box"),
    Outcome.EXTRA: QT_TRANSLATE_NOOP("OutcomeLayers", "struck through"),
    Outcome.MISSED: QT_TRANSLATE_NOOP("OutcomeLayers", "a dashed box, no colour"),
}
OUTCOME_NAMES = {  # each outcome's name, as the legend says it
    Outcome.FOUND: QT_TRANSLATE_NOOP("OutcomeLayers", "found"),
    Outcome.PARTIAL: QT_TRANSLATE_NOOP("OutcomeLayers", "partial"),
    Outcome.TEACHER: QT_TRANSLATE_NOOP("OutcomeLayers", "credited by you"),
    Outcome.WRONG_TAG: QT_TRANSLATE_NOOP("OutcomeLayers", "wrong tag"),
    Outcome.EXTRA: QT_TRANSLATE_NOOP("OutcomeLayers", "extra"),
    Outcome.MISSED: QT_TRANSLATE_NOOP("OutcomeLayers", "missed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeLayers", text)


# The box drawn around a span: colour, pen style and width in whole pixels (drawn without
# antialiasing: crisp lines and gaps). Missed claims can be many: their boxes are the lighter.
BOXES = {
    Outcome.PARTIAL: (QColor("#241f31"), Qt.PenStyle.DotLine, 2),
    Outcome.WRONG_TAG: (QColor("#241f31"), Qt.PenStyle.SolidLine, 2),
    Outcome.MISSED: (QColor("#5e5c64"), Qt.PenStyle.DashLine, 1),
}


def outcome_format(outcome: Outcome) -> QTextCharFormat | None:
    """What is drawn over the text of a span with ``outcome`` (None: nothing)."""
    if outcome != Outcome.EXTRA:
        return None
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    return fmt


def outcome_legend_html() -> str:
    """One paragraph saying how the outcomes look (its words are fixed: nothing to escape)."""
    parts = [
        f"<b>{_tr(OUTCOME_NAMES[outcome])}</b>: {_tr(words)}"
        for outcome, words in OUTCOME_WORDS.items()
    ]
    said = QCoreApplication.translate(
        "OutcomeLayers", "On the articles, {outcomes}. Hover a highlight to see which."
    )
    return f"<p style='color:#5e5c64'>{said.format(outcomes='; '.join(parts))}</p>"


# What a highlight's tooltip says first, by its outcome (and, for an extra, whether it was near).
# fmt: off
TOOLTIPS = dict(zip(
    (
        (Outcome.FOUND, False), (Outcome.PARTIAL, False), (Outcome.TEACHER, False),
        (Outcome.WRONG_TAG, False), (Outcome.EXTRA, True), (Outcome.EXTRA, False),
        (Outcome.MISSED, False),
    ),
    (
        QT_TRANSLATE_NOOP("OutcomeLayers", "Found: the key tags this {key_tag} too"),
        QT_TRANSLATE_NOOP("OutcomeLayers", "Partial credit (tagged {tag}; "
                                           "the key tags this {key_tag})"),
        QT_TRANSLATE_NOOP("OutcomeLayers", "Credited by you for this student alone (tagged {tag})"),
        QT_TRANSLATE_NOOP("OutcomeLayers", "Wrong tag: tagged {tag}, the key says {key_tag}"),
        QT_TRANSLATE_NOOP("OutcomeLayers", "Extra: near a claim, not credited (tagged {tag})"),
        QT_TRANSLATE_NOOP("OutcomeLayers", "Extra: not in the key (tagged {tag})"),
        QT_TRANSLATE_NOOP("OutcomeLayers", "Missed: the key tags this {key_tag}"),
    ),
    strict=True,
))
# fmt: on


def describe(mark: SpanOutcome) -> str:
    """What a highlight's tooltip says: the outcome in a line, then why, then the key's note
    on the claim (as :meth:`SpanOutcome.describe` says it in English)."""
    near = mark.outcome == Outcome.EXTRA and mark.near
    text = _tr(TOOLTIPS[mark.outcome, near]).format(tag=mark.tag, key_tag=mark.key_tag)
    lines = [text]
    if mark.reason:
        reason = spoken_capitalised(mark.reason)
        lines.append(
            QCoreApplication.translate("OutcomeLayers", "Why: {reason}").format(reason=reason)
        )
    if mark.key_note:
        lines.append(
            QCoreApplication.translate("OutcomeLayers", "Key's note: {note}").format(
                note=mark.key_note
            )
        )
    return "\n".join(lines)


class OutcomeMarks:
    """The outcome marks of one article view: drawn over its text and told in tooltips."""

    def __init__(self, to_document: Callable[[int], int]) -> None:
        self._marks: list[SpanOutcome] = []
        self._formats = {outcome: outcome_format(outcome) for outcome in Outcome}
        self._to_document = to_document  # code point offset -> the view's document position

    def set(self, marks: Iterable[SpanOutcome]) -> None:
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))

    def clear(self) -> None:
        self._marks = []

    def __len__(self) -> int:
        return len(self._marks)

    def selections(self, document: QTextDocument) -> list[QTextEdit.ExtraSelection]:
        """The extra selections that draw the marks' formats over the text."""
        selections = []
        for mark in self._marks:
            fmt = self._formats[mark.outcome]
            if fmt is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(self._to_document(mark.start))
            cursor.setPosition(self._to_document(mark.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        return selections

    def paint(self, view: QTextEdit) -> None:
        """Draws the boxes over the text of ``view`` (from its ``paintEvent``)."""
        boxed = [mark for mark in self._marks if mark.outcome in BOXES]
        if not boxed:
            return
        document = view.document()
        visible = QRectF(view.viewport().rect()).translated(
            view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        )
        painter = QPainter(view.viewport())
        painter.translate(-visible.left(), -visible.top())
        for mark in boxed:
            colour, style, width = BOXES[mark.outcome]
            painter.setPen(QPen(colour, width, style))
            start, end = self._to_document(mark.start), self._to_document(mark.end)
            for rect in line_rects(document, start, end):
                if rect.intersects(visible):
                    painter.drawRect(rect.adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.end()

    def at(self, offset: int) -> list[SpanOutcome]:
        """The marks over ``offset``, innermost (shortest) first."""
        covering = [m for m in self._marks if m.start <= offset < m.end]
        return sorted(covering, key=lambda m: (m.end - m.start, m.start))

    def tooltip_at(self, offset: int) -> str | None:
        """What the marks over ``offset`` mean, a line each (None where there are none)."""
        lines = [describe(mark) for mark in self.at(offset)]
        return "\n\n".join(lines) if lines else None


def line_rects(document: QTextDocument, start: int, end: int) -> list[QRectF]:
    """The rectangle of each line that document positions ``start`` to ``end`` run over, in
    document coordinates."""
    rects = []
    layout_of = document.documentLayout()
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        layout, origin = block.layout(), layout_of.blockBoundingRect(block).topLeft()
        first, last = start - block.position(), end - block.position()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            low = max(first, line.textStart())
            high = min(last, line.textStart() + line.textLength())
            if low >= high:
                continue
            x1, x2 = line.cursorToX(low)[0], line.cursorToX(high)[0]
            top_left = QPointF(min(x1, x2), line.y()) + origin
            rects.append(QRectF(top_left.x(), top_left.y(), abs(x2 - x1), line.height()))
        block = block.next()
    return rects


def show_outcomes(views: Mapping[str, ArticleView], result: StudentResult, lesson: Lesson) -> None:
    """Marks each article of ``views`` with what the grade made of the student's spans."""
    outcomes = span_outcomes(result.grade, result.annotations, lesson.key)
    for article_id, view in views.items():
        view.set_outcomes(o for o in outcomes if o.article_id == article_id)
