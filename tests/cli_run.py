"""Running the ``annotator`` command as a teacher does: a real process, nothing on its stdin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def annotator(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``annotator ARGS...`` from the repository, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )
