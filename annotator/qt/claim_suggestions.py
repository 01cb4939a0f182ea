"""Suggested passages while a span is selected: the same claim in the other articles?

The lesson's :class:`~annotator.core.text.passage_suggestions.PassageIndex` is built once per
lesson on a worker thread as the lesson opens (typing and selecting never wait for it);
asking it is a few milliseconds after that. While words are selected in an article, a short
list under the annotation list shows the best passages of the other articles with why each is
offered; clicking one (or Enter on it) opens the "Same claim as…" dialog with it ticked, and
the dialog itself lists them too (Alt+1..3 ticks one).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.qt.claim_dialog import SUGGESTION_ROLE, ClaimDialog, Passage
from annotator.qt.core_sentences import spoken

if TYPE_CHECKING:
    from annotator.core.lessons.lesson import Lesson
    from annotator.core.text.passage_suggestions import PassageIndex
    from annotator.qt.article_view import ArticleView
    from annotator.qt.claim_linking import ClaimLinking

LIMIT = 3  # passages offered for a selection
SELECTION_PAUSE_MS = 120  # suggestions follow a selection once it rests this long
INDEX_DELAY_MS = 1500  # the index is built this long after the lesson opens (or when asked)


class ClaimSuggester(QObject):
    index_ready = Signal(object, object)  # Lesson, PassageIndex: built on a worker thread

    def __init__(self, linking: ClaimLinking) -> None:
        super().__init__(linking)
        self.linking = linking
        self.index: PassageIndex | None = None
        self._lesson: Lesson | None = None
        self._building = False
        self._waiting: list = []  # what to do once the index is ready
        self.index_ready.connect(self._ready)
        self.box = SuggestionBox()
        self._timer = QTimer(self, singleShot=True, interval=SELECTION_PAUSE_MS)
        self._timer.timeout.connect(self.follow_selection)
        self._views: set[int] = set()

    def attach_box(self, panel: QWidget) -> None:
        """A list of suggestions at the foot of a new side panel."""
        self.box = SuggestionBox()
        self.box.list.itemActivated.connect(self._chosen)
        self.box.list.itemClicked.connect(self._chosen)
        panel.layout().addWidget(self.box)

    # -- the index, one per lesson, built off the UI thread

    def prepare(self, lesson: Lesson) -> None:
        """Builds the index of ``lesson`` (once per lesson) a moment after it opens, or at once
        when a suggestion is asked for first: the student's start (first paint, saved work
        shown) loads neither the index nor its native search, and a student reads before
        selecting, so the index is ready long before it is needed."""
        if self._lesson is lesson:
            return
        self._lesson, self.index, self._building = lesson, None, False
        QTimer.singleShot(INDEX_DELAY_MS, self, self._build)

    def _build(self) -> None:
        lesson = self._lesson
        if lesson is None or self._building or self.index is not None:
            return
        self._building = True
        texts = {article.id: article.text.text for article in lesson.articles}

        def build() -> None:
            from annotator.core.text.passage_suggestions import PassageIndex

            self.index_ready.emit(lesson, PassageIndex(texts))

        threading.Thread(target=build, name="passage-index", daemon=True).start()

    def _ready(self, lesson: Lesson, index: PassageIndex) -> None:
        if lesson is not self._lesson:
            return  # another lesson opened meanwhile
        self.index = index
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def when_ready(self, then) -> None:
        if self.index is not None:
            then()
        else:
            self._waiting.append(then)
            self._build()  # asked for before the delay ran out

    def passages(self, article_id: str, start: int, end: int) -> list[Passage]:
        """The suggestions for a span (the index must be ready)."""
        assert self.index is not None
        lesson = self.linking.window.lesson
        return [
            Passage(
                s.article_id,
                lesson.article(s.article_id).outlet,
                s.start,
                s.end,
                lesson.article(s.article_id).text.text[s.start : s.end],
                s.score,
                "; ".join(spoken(reason) for reason in s.reasons),
            )
            for s in self.index.suggest(article_id, start, end, LIMIT)
        ]

    # -- in the dialog

    def suggest_into(
        self, dialog: ClaimDialog, article_id: str, start: int, end: int, tick=()
    ) -> None:
        def fill() -> None:
            if dialog.isVisible():
                passages = self.passages(article_id, start, end)
                dialog.set_suggestions(passages)
                for row, passage in enumerate(passages):
                    if passage in tick:
                        dialog.toggle_suggestion(row)

        dialog.set_suggestions(None)
        self.when_ready(fill)

    # -- under the list, while words are selected

    def watch(self, view: ArticleView) -> None:
        """Follows the selection of ``view`` (once per view)."""
        if id(view) in self._views:
            return
        self._views.add(id(view))
        view.browser.selectionChanged.connect(self._timer.start)
        view.destroyed.connect(lambda: self._views.discard(id(view)))

    def follow_selection(self) -> None:
        window = self.linking.window
        view = window.active_view()
        if view is None or not window.ready or not view.browser.textCursor().hasSelection():
            self.box.show_passages(None)
            return
        start, end = view.selection()
        article_id = view.article.id

        def fill() -> None:
            if view.selection() == (start, end):  # still the same selection
                self.box.show_passages(self.passages(article_id, start, end))

        self.when_ready(fill)

    def _chosen(self, item: QListWidgetItem) -> None:
        passage = item.data(SUGGESTION_ROLE)
        if passage is None:
            return
        dialog = self.linking.link_selection()
        if dialog is not None:
            target = self.linking._target
            if target is not None:
                self.suggest_into(dialog, target[0], target[1], target[2], tick=(passage,))


class SuggestionBox(QWidget):
    """The short list of suggestions under the annotation list (hidden with no selection)."""

    def __init__(self) -> None:
        super().__init__(objectName="claim-suggestion-box")
        self.heading = QLabel(self.tr("<b>Same claim elsewhere?</b> Click one to link it (L)."))
        self.list = QListWidget(objectName="claim-suggestion-list")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Passages in the other articles like the selection"))
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.hide()

    def show_passages(self, passages: list[Passage] | None) -> None:
        self.list.clear()
        if not passages:
            self.hide()
            return
        for passage in passages:
            text = " ".join(passage.text.split())
            item = QListWidgetItem(f"{passage.outlet}: “{text}”\n{passage.reasons}")
            item.setData(SUGGESTION_ROLE, passage)
            item.setToolTip(passage.reasons)
            self.list.addItem(item)
        self.show()
