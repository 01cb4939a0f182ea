"""Qt's offscreen platform with a screen of a given size and scale, for tests and automation.

The offscreen platform (``QT_QPA_PLATFORM=offscreen``) has one 800x800 screen unless it is
given a configuration file: ``offscreen:configfile=PATH`` names a JSON file with the screens'
geometry, logical DPI and device pixel ratio (Qt 6's ``qoffscreenintegration.cpp``). A logical
DPI of 96 x scale is how a desktop set to 125%, 150% or 200% reports its scale, and Qt turns it
into the device pixel ratio, as ``QT_SCALE_FACTOR`` does for any platform. The configuration is
read once, when the ``QApplication`` is made: a process keeps its screen.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

BASE_DPI = 96


def offscreen_platform(folder: Path, width: int, height: int, scale: float = 1.0) -> str:
    """A ``QT_QPA_PLATFORM`` value: one screen of ``width`` x ``height`` device pixels whose own
    scale is ``scale`` (its logical size is the pixels divided by it), configured in ``folder``."""
    config = {
        "screens": [
            {
                "name": "screen",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": round(BASE_DPI * scale),
                "logicalBaseDpi": BASE_DPI,
            }
        ]
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"screen-{width}x{height}-{round(100 * scale)}.json"
    staged = path.with_name(f"{path.name}.{os.getpid()}.part")
    staged.write_text(json.dumps(config), encoding="utf-8")
    staged.replace(path)
    return f"offscreen:configfile={path}"


DESKTOP = (1920, 1200)


def use_offscreen_desktop() -> None:
    """Unless another platform was chosen, makes this process's QApplication (not made yet)
    offscreen on a desktop's screen (:data:`DESKTOP`), where the windows open at their
    preferred size: for tests and benchmarks, which the 800x800 default would squeeze."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    folder = Path(tempfile.mkdtemp(prefix="annotator-screen-"))
    atexit.register(shutil.rmtree, folder, True)
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(folder, *DESKTOP)
