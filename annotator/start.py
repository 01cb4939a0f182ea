"""The ``annotator`` command.

With no arguments, the way a student starts the app, it goes straight to the window: the
command-line parser (click) is loaded only when there are arguments to parse, which saves the
student's first paint about 17 ms. Everything else is :mod:`annotator.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if len(sys.argv) <= 1:
        from annotator.qt.app import run_gui

        sys.exit(run_gui(None, None))
    from annotator.cli import main as parse_and_run

    parse_and_run()
