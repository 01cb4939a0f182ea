"""What makes a window usable from the keyboard alone and by a screen reader, in one place.

:func:`install_main` and :func:`install_review` are each one line of their window's
constructor. They add the pane keys (F6, Ctrl+1..9), a focus ring on every pane, Enter on a
highlight, the caret's highlight announced, accessible names and descriptions, the Help menu
and View > Appearance; and do it again for the new panes whenever the student's window opens
another lesson (its articles and side panel are rebuilt then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from annotator.qt.accessibility import describe_controls
from annotator.qt.help_dialogs import HelpMenu
from annotator.qt.instructions_window import (
    add_instructions_button,
    add_instructions_window,
    close_instructions,
)
from annotator.qt.keyboard import CaretAnnouncer, FocusRing, HighlightKeys, PaneKeys
from annotator.qt.language_menu import LanguageMenu
from annotator.qt.palette import Appearance

if TYPE_CHECKING:
    from annotator.qt.article_view import ArticleView
    from annotator.qt.main_window import MainWindow
    from annotator.qt.review_window import ReviewWindow


def article_help() -> str:
    return QCoreApplication.translate(
        "Accessibility",
        "Arrow keys move the caret; Shift+arrows select whole words; a number key tags the "
        "selection; Enter on a highlight chooses it.",
    )


def install_main(window: MainWindow) -> None:
    """The student's window: keys, focus, names, Help, Appearance and Language."""
    appearance = Appearance.instance()
    instructions = add_instructions_window(window)
    window.menus.view_menu.addSeparator()
    window.menus.view_menu.addMenu(appearance.menu(window))
    window.menus.view_menu.addMenu(LanguageMenu(window).menu)
    from annotator.qt.welcome import show_welcome

    HelpMenu(window, welcome=lambda: show_welcome(window))
    keys = PaneKeys(
        window,
        panes=lambda: _main_panes(window),
        articles=lambda: list(window.views.values()),
        bring=lambda view: window.arrangement.show_article(view.article.id),
    )
    window.pane_keys = keys

    def refresh() -> None:
        keys.refresh()
        for view in window.views.values():
            _article_access(view, say=lambda words: window.statusBar().showMessage(words, 4000))
        panel = window.side_panel
        if panel is not None and not panel.property("access-installed"):
            panel.setProperty("access-installed", True)
            panel.note_edit.setTabChangesFocus(True)
            panel.table.setTabKeyNavigation(False)  # Tab leaves the list, as in every list
            FocusRing(panel.table)
            FocusRing(panel.note_edit)
            panel.table.installEventFilter(_EnterActivates(panel.table, panel))
            add_instructions_button(panel, instructions)
        for action in window.menus.tag_actions:
            action.setProperty(
                "help",
                QCoreApplication.translate("Keys", "Tag the selection as {tag}").format(
                    tag=action.text().split()[-1]
                ),
            )
        describe_controls(window)

    refresh()
    window.lesson_did_open.connect(lambda _lesson: (close_instructions(window), refresh()))
    window.saved_work_shown.connect(refresh)
    appearance.on_change(lambda: _recolour_main(window))


def install_review(window: ReviewWindow) -> None:
    """The teacher's window: keys, focus, names, Help, Appearance and Language."""
    appearance = Appearance.instance()
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("Appearance", "&View"))
    view_menu.addMenu(appearance.menu(window))
    view_menu.addMenu(LanguageMenu(window).menu)
    HelpMenu(window)
    # Importing is on the toolbar, which the keyboard does not reach: the Class menu has it too.
    class_menu = window.menuBar().findChild(QMenu, "class-menu")
    imports = [window.findChild(QAction, name) for name in ("import-submissions", "import-folder")]
    if class_menu is not None and all(imports):
        first = class_menu.actions()[0] if class_menu.actions() else None
        class_menu.insertActions(first, imports)
        class_menu.insertSeparator(first)
    keys = PaneKeys(
        window,
        panes=lambda: [
            *(view.browser for view in window.views.values()),
            window.table,
            window.feedback,
        ],
        articles=lambda: list(window.views.values()),
    )
    keys.refresh()
    window.pane_keys = keys
    for view in window.views.values():
        _article_access(view, say=lambda words: window.statusBar().showMessage(words, 4000))
    window.feedback.setTabChangesFocus(True)
    window.table.setTabKeyNavigation(False)
    for widget in (window.table, window.feedback, window.detail):
        FocusRing(widget)
    tabs = window.side_tabs
    tabs.setTabToolTip(
        0,
        QCoreApplication.translate(
            "Accessibility", "The class table: scores, overrides, feedback."
        ),
    )
    tabs.setTabToolTip(
        1,
        QCoreApplication.translate(
            "Accessibility", "The class at a glance: scores, claims, agreement."
        ),
    )
    describe_controls(window)


def _main_panes(window: MainWindow) -> list[QWidget]:
    panes: list[QWidget] = [view.browser for view in window.arrangement.shown_views()]
    panel = window.side_panel
    if panel is not None:
        panes += [panel.table, panel.note_edit]
    return panes


def _article_access(view: ArticleView, say) -> None:
    """An article pane's ring, Enter on highlights, caret announcements and name (once)."""
    browser = view.browser
    if browser.property("access-installed"):
        return
    browser.setProperty("access-installed", True)
    browser.setCursorWidth(2)
    browser.setAccessibleName(
        QCoreApplication.translate("Accessibility", "Article: {outlet}").format(
            outlet=view.article.outlet
        )
    )
    FocusRing(browser)
    HighlightKeys(view)
    view.caret_announcer = CaretAnnouncer(view, article_help(), say)


class _EnterActivates(QObject):
    """Enter in the annotation list shows the annotation in its article (as a double-click)."""

    def __init__(self, table: QAbstractItemView, panel) -> None:
        super().__init__(table)
        self.table = table
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            index = self.table.currentIndex()
            if index.isValid():
                self.panel._activate(index)
                return True
        return False


def _recolour_main(window: MainWindow) -> None:
    """The colours the window draws itself, again in the new theme's muted and error colours."""
    from annotator.qt.side_panel import legend_html

    for view in window.views.values():
        view.header.setText(view._header_html())
    panel = window.side_panel
    if panel is not None:
        panel.legend.setText(legend_html(window.lesson))
        panel._update_count()
