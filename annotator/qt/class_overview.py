"""The class at a glance, in the review window: what to reteach tomorrow.

The panel (object name ``class-overview``) shows a
:class:`~annotator.core.classroom.overview.ClassOverview`: the scores as a dot per student with
the median marked, the tag students gave each key tag, how many students tagged each article,
how far they agree, and every claim of the key as a bar of found, wrong tag and missed, most
missed first. Choosing a claim (a click, or the arrow keys) shows it in its article and says who
missed it. Every chart has its text alternative as its accessible description
(:mod:`annotator.qt.overview_charts`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.classroom import overview_words as words
from annotator.core.classroom.agreement import ArticleAgreement
from annotator.core.classroom.overview import ClaimFigure, ClassOverview, class_overview
from annotator.core.classroom.results import StudentResult
from annotator.core.formats.overview_html import FOUND_COLOUR, MISSED_COLOUR, WRONG_TAG_COLOUR
from annotator.core.lessons.lesson import Lesson
from annotator.qt.article_view import ArticleView
from annotator.qt.core_sentences import spoken
from annotator.qt.overview_charts import CLAIM_ROLE, ClaimBarDelegate, CoverageChart, ScoresChart
from annotator.qt.rich_text import escape


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setContentsMargins(0, 6, 0, 0)
    return label


def _caption(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _swatch(colour: str, label: str) -> str:
    return f"<span style='background-color:{colour}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{label}"


class ClassOverviewPanel(QWidget):
    """The overview's charts, its words, and the claims a teacher can choose."""

    claim_chosen = Signal(int)  # the key index of the claim chosen in the list

    def __init__(self, lesson: Lesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("class-overview")
        self.setAccessibleName(self.tr("Class overview"))
        self.lesson = lesson
        self.overview: ClassOverview | None = None

        self.scores = ScoresChart("overview-scores")
        self.scores_caption = _caption("overview-scores-caption")
        self.confusion = QTableWidget(objectName="overview-confusion")
        self.confusion.setAccessibleName(self.tr("Which tag the claims were given"))
        self.confusion.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confusion.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.confusion.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confusion.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.confusion.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.confusion_caption = _caption("overview-confusion-caption")
        self.coverage = CoverageChart("overview-coverage")
        self.coverage_caption = _caption("overview-coverage-caption")
        self.agreement = _caption("overview-agreement")
        self.agreement.setAccessibleName(self.tr("Agreement between students"))
        self.claims_caption = _caption("overview-claims-caption")
        legend = QLabel(
            " &nbsp; ".join(
                (
                    _swatch(FOUND_COLOUR, escape(self.tr("found"))),
                    _swatch(WRONG_TAG_COLOUR, escape(self.tr("wrong tag"))),
                    _swatch(MISSED_COLOUR, escape(self.tr("missed"))),
                )
            )
            + " &nbsp;— "
            + self.tr("found · wrong tag · <b>missed</b>, in students")
        )
        legend.setWordWrap(True)  # else its one line sets the review window's narrowest side
        self.claims = QListWidget(objectName="overview-claims")
        self.claims.setAccessibleName(self.tr("Claims, most missed first"))
        self.claims.setItemDelegate(
            ClaimBarDelegate(lesson.tags, [a.outlet for a in lesson.articles], self.claims)
        )
        self.claims.setUniformItemSizes(True)
        self.claims.currentRowChanged.connect(self._claim_row_changed)
        self.claims.itemClicked.connect(lambda item: self._choose(item.data(CLAIM_ROLE)))
        self.who = _caption("overview-who")
        self.who.setAccessibleName(self.tr("Who missed the claim"))
        self.who.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.who.setText(self.tr("Choose a claim to see it in its article, and who missed it."))

        left = QVBoxLayout()
        for widget in (_heading(self.tr("Scores")), self.scores_caption, self.scores):
            left.addWidget(widget)
        coverage_heading = _heading(self.tr("Who tagged each article"))
        for widget in (coverage_heading, self.coverage_caption, self.coverage):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        for widget in (
            _heading(self.tr("Which tag the claims were given")),
            self.confusion_caption,
        ):
            right.addWidget(widget)
        right.addWidget(self.confusion)
        rows_columns = self.tr("Rows: the key's tag. Columns: the tag given.")
        right.addWidget(QLabel(f"<small>{escape(rows_columns)}</small>"))
        right.addWidget(_heading(self.tr("Agreement between students")))
        right.addWidget(self.agreement)
        right.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addLayout(left, 11)
        top.addLayout(right, 9)
        who = QScrollArea(objectName="overview-who-area")
        who.setWidget(self.who)
        who.setWidgetResizable(True)
        who.setFrameShape(QFrame.Shape.NoFrame)
        who.setFixedHeight(self.fontMetrics().height() * 5 + 8)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(_heading(self.tr("Claims, most missed first")))
        layout.addWidget(self.claims_caption)
        layout.addWidget(legend)
        layout.addWidget(self.claims, 1)
        layout.addWidget(who)

    # -- what it shows

    def show_class(
        self,
        results: Sequence[StudentResult],
        agreement: Mapping[str, ArticleAgreement] | None = None,
    ) -> None:
        """The overview of the graded class (``agreement``: the window's, when it has it)."""
        self.set_overview(class_overview(self.lesson, results, agreement))

    def set_overview(self, overview: ClassOverview) -> None:
        chosen = self.chosen_claim()
        self.overview = overview
        self.scores.show_overview(overview)
        self.scores_caption.setText(spoken(words.scores_headline(overview)))
        self.coverage.show_overview(overview)
        self.coverage_caption.setText(spoken(words.coverage_headline(overview)))
        self.agreement.setText(spoken(words.agreement_text(overview)))
        self._fill_confusion(overview)
        self.claims_caption.setText(spoken(words.claims_headline(overview)))
        self.claims.setAccessibleDescription(spoken(words.claims_text(overview)))
        self.claims.blockSignals(True)
        self.claims.clear()
        for claim in overview.claims:
            item = QListWidgetItem(spoken(words.claim_text(claim)))
            item.setData(CLAIM_ROLE, claim)
            item.setToolTip(spoken(words.claim_text(claim)))
            self.claims.addItem(item)
            if claim.key_index == chosen:
                self.claims.setCurrentItem(item)
        self.claims.blockSignals(False)
        current = self.claims.currentItem()
        if current is not None:
            self.who.setText(spoken(words.who_text(current.data(CLAIM_ROLE))))

    def _fill_confusion(self, overview: ClassOverview) -> None:
        table, tags = self.confusion, overview.tags
        table.clear()
        table.setRowCount(len(tags))
        table.setColumnCount(len(tags))
        table.setHorizontalHeaderLabels([f"→{tag}" for tag in tags])
        table.setVerticalHeaderLabels(list(tags))
        base = QColor(FOUND_COLOUR)
        for row, (key_tag, counts) in enumerate(zip(tags, overview.confusion, strict=True)):
            found = sum(counts)
            for column, (tag, count) in enumerate(zip(tags, counts, strict=True)):
                share = count / found if found else 0.0
                item = QTableWidgetItem(f"{share:.0%}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                shade = QColor(
                    *(
                        round(255 - (255 - c) * share)
                        for c in (base.red(), base.green(), base.blue())
                    )
                )
                item.setBackground(shade)
                item.setForeground(QColor("#ffffff" if share > 0.55 else "#1c1c1c"))
                item.setToolTip(
                    self.tr(
                        "{count} of the {found} {key_tag} claims found were tagged {tag}"
                    ).format(count=count, found=found, key_tag=key_tag, tag=tag)
                )
                if tag == key_tag:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.setAccessibleDescription(spoken(words.confusion_text(overview)))
        table.setToolTip(
            self.tr(
                "Rows: the key's tag. Columns (→): the tag students gave the claims they found, "
                "as a share of the row. Hover a cell for the count."
            )
        )
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )
        table.setFixedHeight(height + 2 * table.frameWidth())
        self.confusion_caption.setText(spoken(words.confusion_headline(overview)))

    # -- choosing a claim

    def chosen_claim(self) -> int | None:
        item = self.claims.currentItem()
        return None if item is None else item.data(CLAIM_ROLE).key_index

    def choose_claim(self, key_index: int) -> None:
        """Chooses the claim as a click on its bar does."""
        for row in range(self.claims.count()):
            if self.claims.item(row).data(CLAIM_ROLE).key_index == key_index:
                self.claims.setCurrentRow(row)
                self._choose(self.claims.item(row).data(CLAIM_ROLE))
                return

    def _claim_row_changed(self, row: int) -> None:
        if row >= 0:
            self._choose(self.claims.item(row).data(CLAIM_ROLE))

    def _choose(self, claim: ClaimFigure) -> None:
        self.who.setText(spoken(words.who_text(claim)))
        self.claim_chosen.emit(claim.key_index)


def show_claim(views: Mapping[str, ArticleView], lesson: Lesson, key_index: int) -> None:
    """Scrolls the claim's article to the claim, a third of the way down, and selects it."""
    span = lesson.key[key_index]
    view = views.get(span.article_id)
    if view is None:
        return
    view.select(span.position.start, span.position.end)
    browser = view.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(view.to_document(span.position.start))
    top = browser.cursorRect(cursor).top() + browser.verticalScrollBar().value()
    browser.verticalScrollBar().setValue(max(0, top - browser.viewport().height() // 3))
