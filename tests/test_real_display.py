"""A student's first two tags on a real X server, with real X input, checked in the database.

The app runs as a program of its own on Xvfb (platform xcb, not offscreen); xdotool clicks,
drags and presses keys through the X server as a keyboard and mouse would. What this catches
that the offscreen tests cannot: a Qt xcb plugin that does not load (a missing system library),
keys that never reach the article (focus, shortcuts, the input method), a mouse selection that
does not snap to words on the real platform, and an app that does not quit on Ctrl+Q.
``ANNOTATOR_REQUIRE_XVFB=1`` (set by CI) turns the skip for a missing Xvfb into a failure.
``tests/test_bundle.py`` runs the same steps on the desktop bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from annotator.core.lessons.lesson import Lesson
from annotator.core.text.words import snap_to_words
from tests.real_display import (
    annotations,
    require_xvfb,
    running_app,
    tag_with_real_input,
    wait_for,
    window_properties,
    xvfb,
)

ROOT = Path(__file__).resolve().parents[1]


def check_two_tags_by_real_input(
    command: list[str], work: Path, lesson: Lesson, extra_env: dict[str, str] | None = None
) -> None:
    """Runs ``command`` on Xvfb, tags as a student does, and checks the rows it wrote."""
    first = lesson.articles[0]
    text = first.text.text
    with xvfb() as display, running_app(command, work, display, extra_env) as (window, db):
        # The desktop finds the window's menu entry and icon (Wayland and docks by the entry's
        # name, X11 docks by the class the entry's StartupWMClass names).
        properties = window_properties(display, window)
        assert 'WM_CLASS = "annotator", "Annotator"' in properties
        assert '_KDE_NET_WM_DESKTOP_FILE = "org.annotator.Annotator"' in properties
        assert "_NET_WM_ICON = \tIcon (" in properties, properties
        tag_with_real_input(display, window)
        stored = wait_for(lambda: len(annotations(db)) == 2 and annotations(db), "two rows")
    # After Ctrl+Q, the rows are still there (nothing was only in memory).
    assert annotations(db) == stored
    (article, start, end, exact, tag), (article2, start2, end2, exact2, tag2) = stored
    # Ctrl+Home and Shift+Right twice: the first two words of the first article.
    assert (article, start, tag) == (first.id, 0, "FACT")
    assert exact == text[start:end] == " ".join(text.split()[:2])
    # The drag: a run of whole words in the first article, as the article view snaps it.
    assert (article2, tag2) == (first.id, "QUOTE")
    assert exact2 == text[start2:end2] and len(exact2.split()) >= 3
    assert snap_to_words(text, start2, end2) == (start2, end2)


@pytest.mark.slow
def test_the_pip_installed_app_tags_with_real_keys_and_mouse_on_xvfb(tmp_path, lesson):
    require_xvfb()
    # This checkout's code, started by a script like the `annotator` that pip installs.
    script = tmp_path / "bin" / "annotator"
    script.parent.mkdir()
    script.write_text(
        f"#!{sys.executable}\nimport sys\nfrom annotator.start import main\nsys.exit(main())\n"
    )
    script.chmod(0o755)
    check_two_tags_by_real_input([str(script)], tmp_path, lesson, {"PYTHONPATH": str(ROOT)})
