"""How the articles and the side panel share a window's width, from 1280x720 up (and below).

The rules, in logical pixels measured with the article font, so that they follow the font, the
zoom and the screen's scale:

- A pane's **measure** is the number of characters of ordinary text a line holds:
  (pane width − the document's margins − the scroll bar) / the mean advance of English text in
  the article font. A pane is readable from :data:`MIN_MEASURE` characters a line; the side
  panel gives up width to the articles until they reach :data:`COMFORT_MEASURE`.
- The side panel is **docked** beside the articles when the window holds it at its minimum width
  and every article at the minimum measure. It takes what the articles leave beyond the
  comfortable measure, from its minimum width up to its preferred one (or the width the user
  gave it by dragging the splitter, as far as every article stays readable).
- Narrower, the panel **collapses** to a toggle (F9, and a button over the articles); opened
  there, it takes its minimum width and the articles show fewer at a time.
- The articles show as many **side by side** as keep the minimum measure: three, two, one.
  When some are hidden a tab bar over them names every article: a tab, Ctrl+PgDown and
  Ctrl+PgUp bring an article into view and give it the keyboard (the number keys tag in it as
  always), and an annotation chosen in the list brings its article into view.
- The user's own choice (the panel shown or hidden) holds until the window crosses the width
  at which the rule changes its mind.
- A window whose panel comes first (the review window: a teacher grades from the class table)
  keeps it docked as long as one article at the minimum measure fits beside it, and shows
  fewer articles at a time instead.

:func:`arrange` is the rule, a pure function; :class:`ResponsiveLayout` measures the window,
applies it, and remembers the splitter positions the user chose (see
:mod:`annotator.qt.window_fit`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QColor, QFontMetricsF, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from annotator.qt.article_view import ArticleView

MIN_MEASURE = 36  # characters a line: narrower, a pane is not shown beside the others
COMFORT_MEASURE = 45  # the side panel widens only once every article has this
# Ordinary news prose, whose mean advance stands for a character of the article font.
SAMPLE = (
    "Officials said on Monday that some of the people the agency had arrested were released "
    "back into the country, according to a report obtained by the newspaper."
)


@dataclass(frozen=True)
class Arrangement:
    docked: bool  # the side panel is shown beside the articles
    panel: int  # its width (0 when collapsed)
    panes: int  # how many articles are shown side by side
    area: int  # the width the articles share


def arrange(
    width: int,
    articles: int,
    pane_min: int,
    pane_comfort: int,
    panel_min: int,
    panel_preferred: int,
    handle: int,
    panel_wanted: bool | None = None,
    panel_chosen: int | None = None,
    panel_first: bool = False,
) -> Arrangement:
    """Where the side panel and ``articles`` panes go in ``width``.

    ``pane_min`` and ``pane_comfort`` are the pane widths of the minimum and the comfortable
    measure, ``handle`` a splitter handle's width; ``panel_wanted`` the user's choice of showing
    the panel (None: the rule's), ``panel_chosen`` the panel width the user dragged it to;
    ``panel_first``: the panel stays docked while one article fits beside it.
    """
    gaps = (articles - 1) * handle
    docked = docks(width, 1 if panel_first else articles, pane_min, panel_min, handle)
    if panel_wanted is not None:
        docked = panel_wanted
    panel = 0
    if docked:
        readable = width - handle - gaps - articles * pane_min  # every article kept readable
        if panel_chosen is not None:
            panel = min(panel_chosen, readable)
        else:
            panel = min(width - handle - gaps - articles * pane_comfort, panel_preferred)
        panel = max(panel, panel_min)
    area = width - panel - handle if docked else width
    panes = max(1, min(articles, (area + handle) // (pane_min + handle)))
    return Arrangement(docked, panel, panes, area)


def docks(width: int, articles: int, pane_min: int, panel_min: int, handle: int) -> bool:
    """Whether ``width`` holds the side panel and every article at the minimum measure."""
    return width >= panel_min + handle + articles * (pane_min + handle) - handle


def char_width(view: ArticleView) -> float:
    """The mean advance of a character of ordinary text in ``view``'s article font."""
    metrics = QFontMetricsF(view.browser.document().defaultFont())
    return metrics.horizontalAdvance(SAMPLE) / len(SAMPLE)


def measure(view: ArticleView) -> float:
    """How many characters of ordinary text a line of ``view`` holds as it is now."""
    text = view.browser.viewport().width() - 2 * view.browser.document().documentMargin()
    return text / char_width(view)


def pane_width(view: ArticleView, characters: int) -> int:
    """The width of a pane like ``view`` whose lines hold ``characters`` characters."""
    browser = view.browser
    chrome = 2 * browser.document().documentMargin() + 2 * browser.frameWidth()
    chrome += browser.verticalScrollBar().sizeHint().width() + 2
    return round(characters * char_width(view) + chrome)


class ResponsiveLayout(QObject):
    """Arranges a window's articles and side panel by :func:`arrange` as the window resizes.

    :meth:`attach` takes a splitter whose first widget is the articles' splitter (of
    :class:`~annotator.qt.article_view.ArticleView`) and whose second is the side panel.
    """

    arranged = Signal(object)  # Arrangement, each time it is applied

    def __init__(
        self,
        window: QWidget,
        panel_text: str,
        panel_preferred: int,
        panel_minimum: Callable[[QWidget], int],
        panel_first: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel_first = panel_first
        self.panel_preferred = panel_preferred
        self.panel_minimum = panel_minimum
        self.panel_action = QAction(panel_text, window, objectName="toggle-side-panel")
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        self.panel_action.setShortcut(QKeySequence("F9"))
        self.panel_action.setToolTip(
            self.tr("Show or hide the {panel} (F9)").format(
                panel=panel_text.replace("&", "").lower()
            )
        )
        self.panel_action.triggered.connect(self._panel_chosen)
        self.next_action = QAction(self.tr("&Next Article"), window, objectName="next-article")
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.previous_action = QAction(
            self.tr("&Previous Article"), window, objectName="previous-article"
        )
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.triggered.connect(lambda: self.step(-1))
        for action in self.actions():
            window.addAction(action)
        self.arrangement: Arrangement | None = None
        self.views: list[ArticleView] = []
        self._outer: QSplitter | None = None
        self._articles: QSplitter | None = None
        self._bar: QWidget | None = None
        self._tabs: QTabBar | None = None
        self._wanted: bool | None = None  # the user's choice: the panel shown or hidden
        self._auto: bool | None = None  # what the rule said last
        self._chosen_panel: int | None = None  # the panel width the user dragged it to
        self._chosen_sizes: list[int] | None = None  # the article widths the user chose
        self._first = 0  # the first article shown
        self._current = 0  # the article that has (or last had) the keyboard
        self._applying = False

    def actions(self) -> list[QAction]:
        return [self.panel_action, self.next_action, self.previous_action]

    # -- taking charge of a window's splitters

    def attach(self, outer: QSplitter) -> None:
        """Arranges ``outer`` (articles' splitter, side panel) from now on, and puts a bar with
        the article tabs and the panel's toggle over the articles."""
        articles = outer.widget(0)
        assert isinstance(articles, QSplitter)
        self.views = [articles.widget(i) for i in range(articles.count())]
        area = QWidget(objectName="article-area")
        bar = QWidget(objectName="article-bar")
        tabs = QTabBar(objectName="article-tabs")
        tabs.setDrawBase(False)
        tabs.setExpanding(False)
        for index, view in enumerate(self.views):
            tabs.addTab(view.article.outlet)
            tabs.setTabToolTip(
                index,
                self.tr("{outlet} (Ctrl+PgDown, Ctrl+PgUp: the next, the previous)").format(
                    outlet=view.article.outlet
                ),
            )
        tabs.currentChanged.connect(self._tab_chosen)
        toggle = QToolButton(objectName="side-panel-toggle")
        toggle.setDefaultAction(self.panel_action)
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(tabs)
        row.addStretch(1)
        row.addWidget(toggle)
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        outer.insertWidget(0, area)
        column.addWidget(articles, 1)
        articles.show()
        outer.setChildrenCollapsible(False)  # hidden by the toggle, never squeezed out
        articles.setChildrenCollapsible(False)
        outer.splitterMoved.connect(self._panel_dragged)
        articles.splitterMoved.connect(self._articles_dragged)
        outer.installEventFilter(self)
        for view in self.views:
            view.browser.installEventFilter(self)
        self._outer, self._articles, self._bar, self._tabs = outer, articles, bar, tabs
        self._first = self._current = 0
        self.arrangement = None
        self.relayout()

    def relayout(self, width: int | None = None) -> Arrangement | None:
        """Applies the rule to the window as it is now (its width, its fonts, its panel)."""
        outer = self._outer
        if outer is None or not self.views or outer.count() < 2:
            return None
        if width is None and not outer.isVisible():
            return None  # its width is not known yet: the resize that shows it arranges it
        width = outer.width() if width is None else width
        view, panel = self.views[0], outer.widget(1)
        pane_min = pane_width(view, MIN_MEASURE)
        handle = outer.handleWidth()
        panel_min = self.panel_minimum(panel)
        auto = docks(width, 1 if self.panel_first else len(self.views), pane_min, panel_min, handle)
        if auto != self._auto:
            self._auto, self._wanted = auto, None
        arrangement = arrange(
            width,
            len(self.views),
            pane_min,
            pane_width(view, COMFORT_MEASURE),
            panel_min,
            self.panel_preferred,
            handle,
            self._wanted,
            self._chosen_panel,
            self.panel_first,
        )
        self._apply(arrangement, width, pane_min)
        return arrangement

    def _apply(self, arrangement: Arrangement, width: int, pane_min: int) -> None:
        outer, articles, panel = self._outer, self._articles, self._outer.widget(1)
        assert articles is not None and self._tabs is not None and self._bar is not None
        self._applying = True
        try:
            count, total = arrangement.panes, len(self.views)
            self._first = min(max(self._first, self._current - count + 1), self._current)
            self._first = max(0, min(self._first, total - count))
            shown = range(self._first, self._first + count)
            hidden_text = self._tabs.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
            )
            for index, view in enumerate(self.views):
                view.setVisible(index in shown)
                # The tabs of the articles in view read as usual, the others greyed.
                self._tabs.setTabTextColor(index, QColor() if index in shown else hidden_text)
            self._tabs.setVisible(count < total)
            self._tabs.blockSignals(True)
            self._tabs.setCurrentIndex(self._current)
            self._tabs.blockSignals(False)
            # The bar holds the tabs, and the toggle wherever the rule's choice can be undone.
            self._bar.setVisible(count < total or not (arrangement.docked and self._auto))
            panel.setVisible(arrangement.docked)
            self.panel_action.setChecked(arrangement.docked)
            outer.setSizes([arrangement.area, arrangement.panel])
            sizes = [arrangement.area // count if i in shown else 0 for i in range(total)]
            chosen = self._chosen_sizes
            if count == total and chosen and len(chosen) == total:
                scale = (arrangement.area - (total - 1) * articles.handleWidth()) / sum(chosen)
                if min(chosen) * scale >= pane_min:
                    sizes = chosen
            articles.setSizes(sizes)
        finally:
            self._applying = False
        if arrangement != self.arrangement:
            self.arrangement = arrangement
            self.arranged.emit(arrangement)

    # -- which articles are shown

    def shown_views(self) -> list[ArticleView]:
        return [view for view in self.views if not view.isHidden()]

    def show_article(self, article_id: str, focus: bool = False) -> None:
        """Brings the article ``article_id`` into view (if it was hidden by the layout)."""
        index = next((i for i, v in enumerate(self.views) if v.article.id == article_id), None)
        if index is None:
            return
        self._current = index
        if self.views[index].isHidden() or self._tabs.currentIndex() != index:
            self.relayout()
        if focus:
            self.views[index].browser.setFocus()

    def step(self, steps: int) -> None:
        """The next (or previous) article into view, with the keyboard."""
        if self.views:
            index = (self._current + steps) % len(self.views)
            self.show_article(self.views[index].article.id, focus=True)

    def _tab_chosen(self, index: int) -> None:
        if 0 <= index < len(self.views):
            self.show_article(self.views[index].article.id, focus=True)

    def _panel_chosen(self, checked: bool) -> None:
        self._wanted = checked
        self.relayout()

    # -- what the user dragged, and remembering it

    def _panel_dragged(self, _position: int, _index: int) -> None:
        if not self._applying and self.arrangement is not None and self.arrangement.docked:
            self._chosen_panel = self._outer.sizes()[1]

    def _articles_dragged(self, _position: int, _index: int) -> None:
        sizes = self._articles.sizes()
        if not self._applying and all(sizes):
            self._chosen_sizes = sizes

    def save(self, settings: QSettings) -> None:
        if self._chosen_panel is not None:
            settings.setValue("panel-width", self._chosen_panel)
        if self._chosen_sizes is not None:
            settings.setValue("article-widths", ",".join(map(str, self._chosen_sizes)))

    def restore(self, settings: QSettings) -> None:
        """The splitter positions remembered by :meth:`save` (what cannot be read is ignored)."""
        try:
            panel = int(settings.value("panel-width", 0))
            widths = [int(w) for w in str(settings.value("article-widths", "")).split(",") if w]
        except (TypeError, ValueError):
            return
        if panel > 0:
            self._chosen_panel = panel
        if widths and all(w > 0 for w in widths):
            self._chosen_sizes = widths
        self.relayout()

    # -- what changes the arrangement

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._outer and kind == QEvent.Type.Resize:
            self.relayout(event.size().width())
        elif kind == QEvent.Type.FocusIn:
            index = next((i for i, v in enumerate(self.views) if v.browser is watched), None)
            if index is not None and index != self._current:
                self._current = index
                self._tabs.blockSignals(True)
                self._tabs.setCurrentIndex(index)
                self._tabs.blockSignals(False)
        elif kind == QEvent.Type.FontChange and self._outer is not None:
            self.relayout()  # zooming changes the measure
        return False
