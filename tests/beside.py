"""What the tests read from outside the repository, and what to do when it is not there.

Two things live beside the repository, in ``../shared``: the seed articles (the reporting the
built-in lesson must carry word for word) and the W3C Web Annotation test suite (to check the
W3C exports). Someone who clones the project alone has neither, and the README's test command
must still pass for them: those tests skip, each with a one-line reason.

CI lays ``../shared`` beside its clone, and there a missing folder means the checks silently
stopped running: with ``ANNOTATOR_REQUIRE_SHARED=1`` (set by ``.ci/run``) or ``CI=true`` the
same tests fail instead of skipping.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REQUIRE_ENV = "ANNOTATOR_REQUIRE_SHARED"

# What the W3C suite checked in this run ("documents", "must assertions"): the end of the test
# run prints it, so a CI log shows that the conformance checks ran and how many.
W3C_CHECKED: Counter[str] = Counter()


def required() -> bool:
    """True where a missing folder is a failure (CI), not a reason to skip."""
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0") or os.environ.get("CI") == "true"


def need(path: Path, what: str) -> Path:
    """``path`` if it exists; else skip (a lone clone) or fail (CI), naming what is missing."""
    if path.exists():
        return path
    message = f"{what} not found at {path}"
    if required():
        pytest.fail(f"{message}; CI needs it ({REQUIRE_ENV} or CI=true is set)", pytrace=False)
    pytest.skip(f"{message}: the checks that need it are skipped outside CI")
