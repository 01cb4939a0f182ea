"""Everything from the keyboard: moving between panes, a visible focus, highlights by the caret.

:class:`PaneKeys` gives a window (the student's or the teacher's) the keys that move the
keyboard between its panes: **F6** / **Shift+F6** go to the next / previous pane (the articles
shown, then the list or class table, then the note or feedback), **Ctrl+1** ... **Ctrl+9**
to an article (brought into view first if the window is too narrow to show it). In an article,
**Enter** (or **Space**) on a highlight selects it, as a click does: the list shows it, the
note editor edits it; in the review window, the comment box takes it.

:class:`FocusRing` draws a ring around the pane that has the keyboard (an article has no frame,
and a caret alone is easy to lose). :class:`CaretAnnouncer` says which highlight the caret is
in: as the article's accessible description (a screen reader reads it, and Qt tells assistive
technology it changed) and in the status bar.

:data:`KEYS_IN_WIDGETS` lists the keys handled inside the widgets (selecting words...); with
the windows' actions, it is what Help > Keyboard Shortcuts shows
(:mod:`annotator.qt.help_dialogs`), so the list and the real keys come from one place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QColor,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMainWindow, QWidget

from annotator.qt.palette import colours

if TYPE_CHECKING:
    from annotator.qt.article_view import ArticleView

MAX_ARTICLE_KEYS = 9
RING_WIDTH = 3

# (keys, what they do) for keys that no action carries: the widgets handle them.
KEYS_IN_WIDGETS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Keys", "Arrow keys, Home, End, PgUp, PgDown"),
        QT_TRANSLATE_NOOP("Keys", "Move the caret in an article (Ctrl+Home: to its start)"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Shift+Left, Shift+Right"),
        QT_TRANSLATE_NOOP("Keys", "Select a word more, or a word less"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Shift+Up, Shift+Down"),
        QT_TRANSLATE_NOOP("Keys", "Select a line more, or a line less (whole words)"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Alt+Shift+arrows"),
        QT_TRANSLATE_NOOP("Keys", "Select exact characters, one at a time"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Enter or Space on a highlight"),
        QT_TRANSLATE_NOOP("Keys", "Select that annotation (its note; the teacher's comment)"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Up, Down in a list"),
        QT_TRANSLATE_NOOP("Keys", "The previous or next annotation, or student"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Enter in the annotation list"),
        QT_TRANSLATE_NOOP("Keys", "Show the annotation in its article"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Keys", "The next or previous control (also out of a note)"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("Keys", "Open a menu; Escape closes it, or a dialog"),
    ),
)


def keys_in_widgets() -> list[tuple[str, str]]:
    """:data:`KEYS_IN_WIDGETS` in the user's language."""
    return [
        (QCoreApplication.translate("Keys", keys), QCoreApplication.translate("Keys", what))
        for keys, what in KEYS_IN_WIDGETS
    ]


class FocusRing(QWidget):
    """A ring drawn over ``target``'s edges while it (or its viewport) has the keyboard."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("focus-ring")
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)
        if isinstance(target, QAbstractScrollArea):
            target.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        try:
            if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                self.setVisible(kind == QEvent.Type.FocusIn)
                self._fit()
            elif kind == QEvent.Type.Resize and watched is self.target:
                self._fit()
        except RuntimeError:  # the pane is being deleted (another lesson opened)
            pass
        return False

    def _fit(self) -> None:
        self.setGeometry(QRect(0, 0, self.target.width(), self.target.height()))
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(colours().focus), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


def caret_words(view: ArticleView) -> str:
    """What is at the caret of ``view``: the highlights (innermost first) or heat stretch."""
    cursor = view.browser.textCursor()
    offset = view.from_document(cursor.position())
    hits = view.annotations_at(offset)
    if hits:
        parts = []
        for annotation in hits:
            quote = " ".join(annotation.quote.exact.split())
            quote = quote if len(quote) <= 80 else quote[:77] + "…"
            parts.append(
                QCoreApplication.translate("Keys", "{tag} highlight “{quote}”").format(
                    tag=annotation.tag, quote=quote
                )
            )
        return QCoreApplication.translate("Keys", "At the caret: {what}.").format(
            what="; ".join(parts)
        )
    heat = view.heat_tooltip_at(offset)
    if heat:
        return QCoreApplication.translate("Keys", "At the caret: {what}.").format(what=heat)
    return QCoreApplication.translate("Keys", "No highlight at the caret.")


class CaretAnnouncer(QObject):
    """Says which highlight the caret of an article is in, whenever it moves or they change."""

    def __init__(
        self, view: ArticleView, description: str, say: Callable[[str], None] | None = None
    ) -> None:
        super().__init__(view)
        self.view = view
        self.description = description
        self.say = say
        self._last = ""
        view.browser.cursorPositionChanged.connect(self.announce)
        view.browser.selectionChanged.connect(self.announce)
        self.announce()

    def announce(self) -> None:
        browser = self.view.browser
        words = caret_words(self.view)
        browser.setAccessibleDescription(f"{words} {self.description}")
        if words == self._last:
            return
        self._last = words
        QAccessible.updateAccessibility(
            QAccessibleEvent(browser, QAccessible.Event.DescriptionChanged)
        )
        if (
            self.say is not None
            and browser.hasFocus()
            and self.view.annotations_at(self.view.from_document(browser.textCursor().position()))
        ):
            self.say(words)


class HighlightKeys(QObject):
    """Enter or Space in an article selects the highlight at the caret, as a click does."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        view.browser.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            return False
        view = self.view
        hits = view.annotations_at(view.from_document(view.browser.textCursor().position()))
        if not hits:
            return False
        view.annotation_clicked.emit(hits[0].id)
        return True


class PaneKeys(QObject):
    """F6 / Shift+F6 through a window's panes, Ctrl+1..9 to its articles.

    ``panes()`` gives the panes in order (hidden ones are skipped); ``articles()`` the article
    views; ``bring(view)`` brings an article into view where the window shows fewer than all.
    """

    def __init__(
        self,
        window: QMainWindow,
        panes: Callable[[], Sequence[QWidget]],
        articles: Callable[[], Sequence[ArticleView]],
        bring: Callable[[ArticleView], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.panes, self.articles, self.bring = window, panes, articles, bring
        self.next_pane = QAction(
            QCoreApplication.translate("Keys", "Next Pane"), window, objectName="next-pane"
        )
        self.next_pane.setShortcut(QKeySequence("F6"))
        self.next_pane.triggered.connect(lambda: self.step(1))
        self.previous_pane = QAction(
            QCoreApplication.translate("Keys", "Previous Pane"), window, objectName="previous-pane"
        )
        self.previous_pane.setShortcut(QKeySequence("Shift+F6"))
        self.previous_pane.triggered.connect(lambda: self.step(-1))
        self.article_actions: list[QAction] = []
        for number in range(1, MAX_ARTICLE_KEYS + 1):
            action = QAction(
                QCoreApplication.translate("Keys", "Go to Article {n}").format(n=number),
                window,
                objectName=f"go-to-article-{number}",
            )
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, n=number: self.go_to_article(n))
            self.article_actions.append(action)
        for action in self.actions():
            window.addAction(action)

    def actions(self) -> list[QAction]:
        return [self.next_pane, self.previous_pane, *self.article_actions]

    def refresh(self) -> None:
        """Ctrl+N for the articles there are (a lesson may have fewer than nine)."""
        count = len(self.articles())
        for number, action in enumerate(self.article_actions, start=1):
            action.setVisible(number <= count)

    def step(self, direction: int) -> QWidget | None:
        """Gives the keyboard to the next (1) or previous (-1) pane shown."""
        panes = [pane for pane in self.panes() if pane.isVisible() and pane.isEnabled()]
        if not panes:
            return None
        focus = self.window.focusWidget()
        current = next(
            (i for i, pane in enumerate(panes) if focus is pane or pane.isAncestorOf(focus)),
            None,
        )
        if current is None:
            target = panes[0 if direction > 0 else -1]
        else:
            target = panes[(current + direction) % len(panes)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return target

    def go_to_article(self, number: int) -> ArticleView | None:
        """Gives the keyboard to article ``number`` (1-based), bringing it into view."""
        views = list(self.articles())
        if not 1 <= number <= len(views):
            return None
        view = views[number - 1]
        if self.bring is not None:
            self.bring(view)
        view.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return view
