"""The ``annotator`` command.

With no arguments, the way a student starts the app, it goes straight to the window: the
command-line parser (click) is loaded only when there are arguments to parse, which saves the
student's first paint about 17 ms. Everything else is :mod:`annotator.cli`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.core.collector import collector_paused

if TYPE_CHECKING:
    from annotator.qt.main_window import MainWindow


def main(on_window: Callable[[MainWindow], None] | None = None) -> None:
    """Runs ``annotator`` with ``sys.argv``; ``on_window`` is for automation (see run_gui)."""
    if len(sys.argv) <= 1:
        with collector_paused():  # the app's modules: all kept, none worth collecting
            from annotator.qt.app import run_gui

        sys.exit(run_gui(None, None, on_window=on_window))
    from annotator.cli import main as parse_and_run

    parse_and_run()
