"""Draws the pictures of docs/screens.md's accessibility section: the student's window in the
light, dark and high-contrast themes and with the articles at 80% and 200%, a few words
tagged, keyboard focus in the first article.

    QT_QPA_PLATFORM=offscreen python -m tests.access_screenshots docs/images

(run with a throwaway XDG_CONFIG_HOME and XDG_DATA_HOME: it chooses themes, which are
remembered).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.qt.app import build_main_window, save_screenshot
from annotator.qt.offscreen import use_offscreen_desktop
from annotator.qt.palette import Appearance

SIZE = (1280, 800)
TAGS = {"8,000 immigrants": 1, "crackdown": 3, "aggressively": 3, "Inauguration Day": 1}


def main(folder: str) -> None:
    use_offscreen_desktop()
    out = Path(folder)
    window = build_main_window(Path(tempfile.mkdtemp()) / "shots.db", None, student="Ada")
    window.show()
    view = window.views["nbc-news"]
    text = view.article.text.text
    for phrase, key in TAGS.items():
        view.select(text.index(phrase), text.index(phrase) + len(phrase))
        window._active_view = view
        window.tag_selection(window.lesson.tags.by_key(key).name)
    view.browser.setFocus()
    QTest.keyClick(view.browser, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    appearance = Appearance.instance()
    for theme in ("light", "dark", "high-contrast"):
        appearance.apply(theme)
        QApplication.processEvents()
        save_screenshot(window, out / f"theme-{theme}.png", SIZE)
    appearance.apply("light")
    window.zoom(-100)
    save_screenshot(window, out / "zoom-80.png", SIZE)
    window.zoom(200)
    save_screenshot(window, out / "zoom-200.png", SIZE)
    window.close()


if __name__ == "__main__":
    main(sys.argv[1])
