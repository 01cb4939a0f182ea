"""The app's colours: the system's light or dark palette, or a light, dark or high-contrast one.

By default the app follows the desktop (``QStyleHints.colorScheme``, and the palette the
platform gives): nothing is set. The View menu's **Appearance** offers Light, Dark and High
Contrast, each a full palette on Qt's Fusion style (the native styles of some platforms draw
their own colours whatever the palette says); the choice is remembered in ``windows.ini``.

The few colours the app draws itself (muted text, an error, the focus ring) come from
:func:`colours`, by the palette in use, so that text stays readable in every theme: every pair
of text and background colour here passes WCAG AA (a contrast ratio of 4.5 or more), which
``tests/test_palette.py`` computes with :func:`contrast_ratio`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
THEMES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
SETTINGS_GROUP = "appearance"

# Text drawn on a tag's light highlight colour: dark in every theme (the colours are pastels).
TEXT_ON_TAG = "#000000"


# Each role's colour in the light, dark and high-contrast themes. The last three are drawn by
# the app itself: muted (secondary text: bylines, the legend's words), error ("not saved",
# "not found in this version") and focus (the ring around the pane with the keyboard).
_TABLE = """
role              light    dark     high-contrast
window            #efeeed  #2a2a2a  #000000
window_text       #1c1c1c  #eeeeec  #ffffff
base              #ffffff  #1e1e1e  #000000
alternate_base    #f4f3f2  #262626  #111111
text              #1c1c1c  #eeeeec  #ffffff
button            #e6e5e4  #353535  #000000
button_text       #1c1c1c  #eeeeec  #ffffff
highlight         #2f4a73  #9fc5f5  #ffff00
highlighted_text  #ffffff  #000000  #000000
placeholder       #5e5c64  #a9a8ad  #e0e0e0
tooltip_base      #fffdf0  #333333  #000000
tooltip_text      #1c1c1c  #eeeeec  #ffffff
muted             #56545c  #bcbbc0  #ffffff
error             #a51d2d  #ff8f8f  #ff9e9e
focus             #c64600  #ffa348  #ffff00
"""


def _column(index: int) -> dict[str, str]:
    rows = [line.split() for line in _TABLE.strip().splitlines()[1:]]
    return {row[0]: row[1 + index] for row in rows}


@dataclass(frozen=True)
class Colours:
    """One theme's colours by role (``colours.text``, ``colours.muted``...), as ``#rrggbb``."""

    roles: dict[str, str]
    dark: bool

    def __getattr__(self, role: str) -> str:
        try:
            return self.roles[role]
        except KeyError:
            raise AttributeError(role) from None


PALETTES: dict[str, Colours] = {
    theme: Colours(_column(index), dark=index > 0)
    for index, theme in enumerate((LIGHT, DARK, HIGH_CONTRAST))
}

_ROLES = {
    QPalette.ColorRole.Window: "window",
    QPalette.ColorRole.WindowText: "window_text",
    QPalette.ColorRole.Base: "base",
    QPalette.ColorRole.AlternateBase: "alternate_base",
    QPalette.ColorRole.Text: "text",
    QPalette.ColorRole.Button: "button",
    QPalette.ColorRole.ButtonText: "button_text",
    QPalette.ColorRole.Highlight: "highlight",
    QPalette.ColorRole.HighlightedText: "highlighted_text",
    QPalette.ColorRole.PlaceholderText: "placeholder",
    QPalette.ColorRole.ToolTipBase: "tooltip_base",
    QPalette.ColorRole.ToolTipText: "tooltip_text",
    QPalette.ColorRole.BrightText: "error",
}


# -- contrast (WCAG 2.x)


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of ``#rrggbb``: 0 for black, 1 for white."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    black = contrast_ratio("#000000", background)
    return "#000000" if black >= contrast_ratio("#ffffff", background) else "#ffffff"


# -- the theme in use


def qpalette(colours: Colours) -> QPalette:
    palette = QPalette()
    for role, name in _ROLES.items():
        colour = QColor(getattr(colours, name))
        palette.setColor(role, colour)
    link = QColor(colours.text)
    palette.setColor(QPalette.ColorRole.Link, link)
    palette.setColor(QPalette.ColorRole.LinkVisited, link)
    disabled = QColor(colours.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class Appearance(QObject):
    """The theme of the one application: applied, remembered, and offered in a menu."""

    _instance: Appearance | None = None

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.theme = SYSTEM
        self._overridden = False  # a palette of ours is set (not the platform's)
        self._native_style = app.style().name()
        self._listeners: list = []
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._changed())

    @classmethod
    def instance(cls) -> Appearance:
        """The application's appearance, made (and the saved theme applied) on first use."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        current = cls._instance
        if current is None or current.app is not app:
            current = cls._instance = Appearance(app)
            current.apply(saved_theme())
        return current

    def apply(self, theme: str) -> None:
        """Uses ``theme`` (one of :data:`THEMES`) from now on, in every window."""
        theme = theme if theme in THEMES else SYSTEM
        self.theme = theme
        hints = self.app.styleHints()
        if theme == SYSTEM:
            if not self._overridden:
                return  # nothing was set: the platform's palette follows the desktop by itself
            hints.unsetColorScheme()
            if self.app.style().name().lower() != self._native_style.lower():
                self.app.setStyle(self._native_style)
            self.app.setPalette(QPalette())  # an empty palette: the platform's again
            self._overridden = False
        else:
            self._overridden = True
            hints.setColorScheme(Qt.ColorScheme.Light if theme == LIGHT else Qt.ColorScheme.Dark)
            if self.app.style().name().lower() != "fusion":
                self.app.setStyle("Fusion")
            self.app.setPalette(qpalette(PALETTES[theme]))
        # A widget with a style sheet keeps the colours it was polished with: polish it again.
        for widget in self.app.allWidgets():
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())
        self._changed()

    def choose(self, theme: str) -> None:
        """Applies ``theme`` and remembers it for the next start."""
        self.apply(theme)
        from annotator.qt.window_fit import window_settings

        settings = window_settings(SETTINGS_GROUP)
        settings.setValue("theme", self.theme)
        settings.sync()

    def on_change(self, callback) -> None:
        """Calls ``callback()`` after each change of theme (the colours the app draws itself)."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        alive = []
        for callback in self._listeners:
            try:
                callback()
            except RuntimeError:  # its window was deleted
                continue
            alive.append(callback)
        self._listeners = alive

    def menu(self, parent: QWidget) -> QMenu:
        """View > Appearance: the system's, Light, Dark, High Contrast (one checked)."""
        menu = QMenu(QCoreApplication.translate("Appearance", "&Appearance"), parent)
        menu.setObjectName("appearance-menu")
        group = QActionGroup(menu)
        names = {
            SYSTEM: QCoreApplication.translate("Appearance", "As the &System"),
            LIGHT: QCoreApplication.translate("Appearance", "&Light"),
            DARK: QCoreApplication.translate("Appearance", "&Dark"),
            HIGH_CONTRAST: QCoreApplication.translate("Appearance", "&High Contrast"),
        }
        for theme in THEMES:
            action = QAction(names[theme], menu, checkable=True, objectName=f"theme-{theme}")
            action.setChecked(theme == self.theme)
            action.triggered.connect(lambda _=False, t=theme: self.choose(t))
            group.addAction(action)
            menu.addAction(action)
        return menu


def apply_saved_theme() -> None:
    """The theme the student chose before, before anything is painted (the system's needs
    nothing: the platform's palette is already in use)."""
    if saved_theme() != SYSTEM:
        Appearance.instance()


def saved_theme() -> str:
    from annotator.qt.window_fit import window_settings

    value = str(window_settings(SETTINGS_GROUP).value("theme", SYSTEM))
    return value if value in THEMES else SYSTEM


def colours() -> Colours:
    """The colours of the theme in use; for the system's, the light or dark set that matches
    the palette the platform gives (its base colour's lightness, or the colour scheme)."""
    app = QGuiApplication.instance()
    theme = Appearance._instance.theme if Appearance._instance is not None else SYSTEM
    if theme != SYSTEM:
        return PALETTES[theme]
    if isinstance(app, QGuiApplication):
        scheme = app.styleHints().colorScheme()
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        if scheme == Qt.ColorScheme.Dark or base.lightness() < 128:
            return PALETTES[DARK]
    return PALETTES[LIGHT]
