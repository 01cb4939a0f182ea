"""Both windows on the screens schools have, at the scales their desktops are set to.

Each screen runs the app in a process of its own (``tests/screen_probe.py``), since a process
keeps the screen its QApplication was made with: offscreen with the screen's size and scale
(``QT_SCALE_FACTOR``, or the platform's own scale, a logical DPI of 96 x scale), and once on a
real X server (Xvfb) when one is installed. The windows open as the app opens them; the
student tags with the number keys and writes a note (opening the side panel with its toggle if
it is collapsed); then every article pane shown, the tag buttons, the note editor and the
saved-state indicator must be on the screen, whole, and the panes at a readable measure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from annotator.qt.offscreen import offscreen_platform
from annotator.qt.responsive_layout import MIN_MEASURE

ROOT = Path(__file__).resolve().parents[1]

# name: (width, height, scale, how the scale is set), in device pixels
SCREENS = {
    "1280x720": (1280, 720, 1.0, "platform"),
    "1280x800": (1280, 800, 1.0, "platform"),
    "1366x768": (1366, 768, 1.0, "platform"),
    "1600x900": (1600, 900, 1.0, "platform"),
    "1920x1080 at 150% (QT_SCALE_FACTOR)": (1920, 1080, 1.5, "QT_SCALE_FACTOR"),
    "1920x1080 at 150% (the platform's scale)": (1920, 1080, 1.5, "platform"),
    "1600x900 at 125%": (1600, 900, 1.25, "platform"),
    "2560x1440 at 200%": (2560, 1440, 2.0, "QT_SCALE_FACTOR"),
    "1366x768 at 125% (narrower than 1280)": (1366, 768, 1.25, "QT_SCALE_FACTOR"),
}
XVFB_SCREEN = (1366, 768)


def _probe(work: Path, platform: str, extra: dict[str, str] | None = None) -> dict:
    work.mkdir(parents=True)
    env = {
        **{k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR"},
        "QT_QPA_PLATFORM": platform,
        "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_DATA_HOME": str(work / "data"),
        "PYTHONPATH": str(ROOT),
        **(extra or {}),
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.screen_probe", str(work)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=str(ROOT),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _offscreen(work: Path, screen: tuple) -> dict:
    width, height, scale, how = screen
    folder = work / "screen"
    if how == "platform":
        return _probe(work / "probe", offscreen_platform(folder, width, height, scale))
    platform = offscreen_platform(folder, width, height)
    return _probe(work / "probe", platform, {"QT_SCALE_FACTOR": f"{scale:g}"})


@pytest.fixture(scope="module")
def probes(tmp_path_factory) -> dict[str, dict]:
    """Every screen's report, the processes run two at a time."""
    root = tmp_path_factory.mktemp("screens")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            name: pool.submit(_offscreen, root / f"screen-{index}", screen)
            for index, (name, screen) in enumerate(SCREENS.items())
        }
        return {name: future.result() for name, future in futures.items()}


def _inside(rect: list[int], area: list[int], slack: int = 0) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return (
        ax - slack <= x
        and ay - slack <= y
        and x + w <= ax + aw + slack
        and y + h <= ay + ah + slack
    )


def _logical(screen: tuple) -> tuple[int, int]:
    width, height, scale, _how = screen
    return int(width / scale), int(height / scale)


def check_window_on_screen(report: dict, scale: float) -> None:
    window = report["window"]
    assert window["ratio"] == pytest.approx(scale)
    slack = 0 if scale == int(scale) else 1  # a fractional scale rounds the frame by a pixel
    assert _inside(window["frame"], window["available"], slack), window
    for name, widget in report["widgets"].items():
        assert widget["visible"] and widget["whole"], (name, widget)
        assert _inside(widget["rect"], window["available"]), (name, widget, window)
    assert all(measure >= MIN_MEASURE for measure in report["measures"]), report["measures"]


def check_student_window(main: dict, scale: float) -> None:
    check_window_on_screen(main, scale)
    assert main["tag_keys"] == ["1", "2", "3"]
    assert main["tagged"] == 3  # the number keys tagged in the shown article
    assert main["note_saved"]
    assert main["saved_text"].startswith("All changes saved")
    assert main["saved_label_fits"]
    shown = [name for name in main["widgets"] if name.startswith("pane-")]
    assert len(shown) == main["layout"]["panes"] >= 1
    assert main["layout"]["tabs"] == (main["layout"]["panes"] < 3)
    # Every tag's underline (solid, dotted, wavy) shows under its word at this scale.
    for tag, share in main["underlines"].items():
        assert share >= 0.3, (tag, main["underlines"])
    # The picture of the window has the screen's pixels: text drawn at the scale, not enlarged.
    width, height, ratio = main["grab"]
    assert ratio == pytest.approx(scale)
    size = main["window"]["size"]
    assert abs(width - size[0] * scale) <= 1 and abs(height - size[1] * scale) <= 1


def check_review_window(review: dict, scale: float) -> None:
    check_window_on_screen(review, scale)
    assert review["layout"]["docked"]  # the class panel comes first
    assert all(review["key_columns_shown"].values()), review["key_columns_shown"]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SCREENS))
def test_both_windows_fit_the_screen_with_everything_for_tagging_notes_and_saved(probes, name):
    report = probes[name]
    screen = SCREENS[name]
    scale = screen[2]
    main = report["main"]
    check_student_window(main, scale)
    check_review_window(report["review"], scale)
    width, _height = _logical(screen)
    start = main["layout_at_start"]
    if width >= 1280:  # three articles and the side panel, as the student opens the window
        assert start == {"docked": True, "panel": start["panel"], "panes": 3, "tabs": False}
        assert main["layout"] == start
    else:  # the side panel waits behind its toggle; opened, two articles share the rest
        assert not start["docked"] and start["panes"] == 3
        assert main["toggle"]["visible"] and main["toggle"]["whole"]
        assert main["layout"]["docked"] and main["layout"]["panes"] == 2


def test_the_1366_pixel_laptop_shows_three_articles_the_panel_and_the_class_scores(probes):
    main, review = probes["1366x768"]["main"], probes["1366x768"]["review"]
    assert main["layout"]["panes"] == 3 and main["layout"]["docked"]
    assert min(main["measures"]) >= 40  # about 43 characters a line
    assert review["layout"]["panes"] == 3
    assert review["key_columns_shown"] == dict.fromkeys(
        ("Student", "Score", "Override", "Final"), True
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (a virtual X server)")
def test_on_a_real_x_server_of_1366x768(tmp_path):
    read, write = os.pipe()
    width, height = XVFB_SCREEN
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        display = b""
        while not display.endswith(b"\n"):
            chunk = os.read(read, 16)
            assert chunk, "Xvfb did not start"
            display += chunk
        report = _probe(tmp_path / "probe", "xcb", {"DISPLAY": f":{display.decode().strip()}"})
    finally:
        os.close(read)
        server.terminate()
        server.wait(timeout=30)
    assert report["main"]["window"]["platform"] == "xcb"
    assert report["main"]["window"]["available"] == [0, 0, width, height]
    check_student_window(report["main"], 1.0)
    check_review_window(report["review"], 1.0)
    assert report["main"]["layout"]["docked"] and report["main"]["layout"]["panes"] == 3
