"""Colours that read: WCAG AA contrast in the light, dark and high-contrast palettes, the theme
chosen from the View menu and remembered, the system's dark palette followed."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QApplication

from annotator.core.lessons.tags import DEFAULT_TAGS
from annotator.qt.highlights import Highlighter
from annotator.qt.palette import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PALETTES,
    SYSTEM,
    TEXT_ON_TAG,
    Appearance,
    colours,
    contrast_ratio,
    saved_theme,
)
from annotator.qt.window_fit import settings_path

AA = 4.5  # WCAG 2 AA, normal text

# (text, background) roles of each palette that carry text
TEXT_PAIRS = [
    ("text", "base"),
    ("text", "alternate_base"),
    ("window_text", "window"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("placeholder", "base"),
    ("tooltip_text", "tooltip_base"),
    ("muted", "base"),
    ("muted", "window"),
    ("muted", "alternate_base"),
    ("error", "base"),
    ("error", "window"),
]


@pytest.fixture
def appearance(qapp):
    appearance = Appearance.instance()
    yield appearance
    appearance.apply(SYSTEM)


def test_the_contrast_ratio_is_wcags():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    # WCAG's own threshold example: #767676 is the lightest grey that passes on white.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < AA


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST])
def test_every_text_colour_of_every_palette_passes_wcag_aa(theme):
    palette = PALETTES[theme]
    failing = {
        (text, background): round(
            contrast_ratio(getattr(palette, text), getattr(palette, background)), 2
        )
        for text, background in TEXT_PAIRS
        if contrast_ratio(getattr(palette, text), getattr(palette, background)) < AA
    }
    assert failing == {}
    assert contrast_ratio(palette.focus, palette.base) >= 3  # a focus ring: 3:1


def test_highlighted_text_passes_aa_on_every_tag_colour_and_every_blend():
    """The text on a highlight is dark in every theme; the highlight colours, and the darker
    blends of two or three overlapping highlights, keep it readable."""
    highlighter = Highlighter(DEFAULT_TAGS, [])
    names = [tag.name for tag in DEFAULT_TAGS]
    looks = [((name, 1),) for name in names]
    looks += [tuple((n, 1) for n in pair) for pair in itertools.combinations(names, 2)]
    looks += [tuple((n, 2) for n in pair) for pair in itertools.combinations(names, 2)]
    looks.append(tuple((n, 1) for n in names))
    for look in looks:
        background = highlighter._blend(tuple(sorted(look))).color().name()
        assert contrast_ratio(TEXT_ON_TAG, background) >= AA, (look, background)


def test_a_theme_is_applied_to_the_windows_and_remembered(appearance, window):
    menu_action = window.findChild(QAction, "theme-dark")
    assert menu_action is not None  # View > Appearance > Dark
    menu_action.trigger()
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Base) == QColor(PALETTES[DARK].base)
    assert colours() is PALETTES[DARK]
    assert saved_theme() == DARK and settings_path().exists()
    # The window's own colours follow: the legend's muted words in the dark set's colour.
    assert PALETTES[DARK].muted in window.side_panel.legend.text()
    window.findChild(QAction, "theme-high-contrast").trigger()
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert window.findChild(QAction, "theme-high-contrast").isChecked()
    window.findChild(QAction, "theme-system").trigger()
    assert saved_theme() == SYSTEM
    assert app.palette().resolveMask() == 0  # the platform's palette again


def test_the_systems_dark_palette_is_followed(appearance):
    """As the system's, the app sets no palette of its own; the colours it draws itself match
    the platform's palette, light or dark."""
    app = QApplication.instance()
    assert appearance.theme == SYSTEM and colours() is PALETTES[LIGHT]
    dark = QPalette(app.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    app.setPalette(dark)  # what a platform theme does when the desktop turns dark
    try:
        assert colours() is PALETTES[DARK]
    finally:
        app.setPalette(QPalette())
    assert colours() is PALETTES[LIGHT]
