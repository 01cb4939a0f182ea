"""The Language menu: the language the app speaks from its next start.

One checkable entry per language the app has (each named in its own language: English,
Español), and "As the System" to follow the system's language again. Choosing writes the
``language`` setting (:mod:`annotator.qt.translations`); the windows already open keep their
words until the app starts again, which the status bar says. ``ANNOTATOR_LANG`` still overrides
the setting, as it does at start.

Object names: ``language-menu``, ``language-system`` and ``language-<code>`` (``language-es``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.qt import translations


class LanguageMenu(QObject):
    """The menu, for a window's View or Settings menu (``menu``)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Language"), window)
        self.menu.setObjectName("language-menu")
        group = QActionGroup(self)
        self.actions: dict[str | None, QAction] = {}
        system = self.menu.addAction(self.tr("As the &System"))
        system.setObjectName("language-system")
        self.actions[None] = system
        self.menu.addSeparator()
        for code in translations.available():
            name = translations.LANGUAGE_NAMES.get(code, code)
            action = self.menu.addAction(name)
            action.setObjectName(f"language-{code}")
            self.actions[code] = action
        for code, action in self.actions.items():
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
        chosen = translations.settings().value(translations.SETTING)
        self.actions.get(chosen if chosen in self.actions else None, system).setChecked(True)

    def choose(self, code: str | None) -> None:
        """Speaks ``code`` (None: the system's language) from the next start."""
        translations.set_language_setting(code)
        self.actions[code].setChecked(True)
        self.window.statusBar().showMessage(
            self.tr("The new language is used when the app starts again."), 15000
        )
