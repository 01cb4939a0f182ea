"""The app on a real X server (Xvfb), driven by real X input events (xdotool, through XTEST).

Offscreen, Qt takes no input from a window system: a key press in a test is an event Qt makes
for itself. On xcb the app gets what a student's keyboard and mouse send, through the X server,
the window's focus and the input method; and it needs the X libraries (libxcb-cursor0 and the
rest) that offscreen never loads. ``tests/test_real_display.py`` and ``tests/test_bundle.py``
run the pip-installed code and the desktop bundle this way.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SCREEN = (1600, 1000)


def require_xvfb() -> None:
    """Skips without Xvfb and xdotool; fails instead where ``ANNOTATOR_REQUIRE_XVFB=1`` (CI)."""
    missing = [tool for tool in ("Xvfb", "xdotool", "xprop") if shutil.which(tool) is None]
    if missing:
        message = f"needs {', '.join(missing)} (apt install xvfb xdotool x11-utils)"
        if os.environ.get("ANNOTATOR_REQUIRE_XVFB") == "1":
            pytest.fail(message + "; ANNOTATOR_REQUIRE_XVFB=1 says this machine has them")
        pytest.skip(message)


@contextmanager
def xvfb(size: tuple[int, int] = SCREEN) -> Iterator[str]:
    """A fresh X server for the block; yields its ``DISPLAY`` (it picks a free number)."""
    read, write = os.pipe()
    screen = f"{size[0]}x{size[1]}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            assert chunk, "Xvfb did not start"
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=30)


def xdotool(display: str, *args: str, timeout: float = 60) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "DISPLAY": display},
    )
    assert result.returncode == 0, f"xdotool {' '.join(args)}: {result.stderr}"
    return result.stdout


def visible_windows(display: str, name: str) -> list[str]:
    """The X ids of the visible windows whose title matches ``name`` (none: an empty list)."""
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "DISPLAY": display},
    )
    return result.stdout.split()


def focus(display: str, window: str) -> bool:
    """Gives ``window`` the input focus; False if it is gone or not yet viewable."""
    result = subprocess.run(
        ["xdotool", "windowfocus", "--sync", window],
        capture_output=True,
        timeout=30,
        env={**os.environ, "DISPLAY": display},
    )
    return result.returncode == 0


def wait_for(condition: Callable[[], object], what: str, timeout: float = 60) -> object:
    """Polls ``condition`` until it is true (another process is doing the work)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def rows(db: Path, sql: str) -> list[tuple]:
    """Rows read by a separate connection, as any other program reads the student's file."""
    if not db.exists():
        return []
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return connection.execute(sql).fetchall()
    except sqlite3.OperationalError:  # the app has not made its tables yet
        return []
    finally:
        connection.close()


def annotations(db: Path) -> list[tuple]:
    return rows(
        db,
        'SELECT article_id, start, "end", exact, tag FROM annotations WHERE deleted IS NULL '
        "ORDER BY created",
    )


@contextmanager
def running_app(
    command: list[str], work: Path, display: str, extra_env: dict[str, str] | None = None
) -> Iterator[tuple[str, Path]]:
    """``command`` (the ``annotator`` program) started on ``display`` for the student Ada on a
    fresh database; yields (its window's X id, the database) once the saved work is shown and
    tagging is on (the lesson is recorded as opened in the same step)."""
    db = work / "student.db"
    env = {
        **{key: value for key, value in os.environ.items() if key != "QT_SCALE_FACTOR"},
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        **(extra_env or {}),
    }
    log = (work / "app.log").open("w")
    app = subprocess.Popen(
        [*command, "--db", str(db), "--student", "Ada"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
    )
    try:

        def ready() -> bool:
            assert app.poll() is None, _text(work / "app.log")
            return bool(rows(db, "SELECT lesson_id FROM lessons"))

        wait_for(ready, "the saved work to be shown")
        yield main_window(display), db
        log.flush()
        assert app.poll() is None, f"the app ended ({app.returncode}): {_text(work / 'app.log')}"
        # Ctrl+Q as a student quits: the app must close its database and end by itself.
        xdotool(display, "windowfocus", "--sync", main_window(display))
        xdotool(display, "key", "ctrl+q")
        assert app.wait(timeout=30) == 0, _text(work / "app.log")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()


def window_properties(display: str, window: str) -> str:
    """What the window tells the desktop (xprop): its class, desktop entry and whether it
    carries an icon (the icon's pixels are left out)."""
    names = ["WM_CLASS", "_KDE_NET_WM_DESKTOP_FILE", "_GTK_APPLICATION_ID"]
    run = subprocess.run(
        ["xprop", "-display", display, "-id", window, "-notype", *names],
        capture_output=True,
        text=True,
        timeout=30,
    )
    icon = subprocess.run(
        ["xprop", "-display", display, "-id", window, "-notype", "-len", "8", "_NET_WM_ICON"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return run.stdout + icon.stdout.split("\n")[0]


def main_window(display: str) -> str:
    """The X id of the app's main window (its title ends in "— Annotator"; the welcome's is
    "Welcome to Annotator")."""
    found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "— Annotator$")
    return found.split()[-1]


def tag_with_real_input(display: str, window: str) -> None:
    """What a student does with the mouse and keyboard, as X input events to the window:

    0. closes the first start's welcome with Enter (its Start button);
    1. clicks into the first article, goes to its start (Ctrl+Home), selects two words
       (Shift+Right twice) and presses 1 (FACT);
    2. drags the mouse across a line of the first article's first paragraph and presses 2
       (QUOTE).

    A window manager would place and focus the window; Xvfb has none, so the input focus is
    given to it first. The positions are fractions of the 1600x1000 screen where the first of
    three article panes lies, below its headline."""
    # The first start greets the student (name, tags, keys): they press Enter on Start.
    # (Qt may map it more than once while it settles: focus the one that is there.)
    wait_for(
        lambda: any(focus(display, w) for w in visible_windows(display, "^Welcome")), "welcome"
    )
    xdotool(display, "key", "Return")
    wait_for(lambda: not visible_windows(display, "^Welcome"), "the welcome to close")
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "mousemove", "--window", window, "240", "480", "click", "1")
    xdotool(display, "key", "--clearmodifiers", "ctrl+Home")
    xdotool(display, "key", "shift+Right", "shift+Right")
    xdotool(display, "key", "1")
    xdotool(display, "mousemove", "--window", window, "60", "440", "mousedown", "1")
    xdotool(display, "mousemove", "--window", window, "130", "445")
    xdotool(display, "mousemove", "--window", window, "200", "445", "mouseup", "1")
    xdotool(display, "key", "2")


def _text(path: Path) -> str:
    return path.read_text(errors="replace")
