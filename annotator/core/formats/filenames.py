"""File names made from what people type (student names, ids): safe on every file system."""

from __future__ import annotations

import re

_NOT_SAFE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``text`` in lower case, every run of other characters than a-z and 0-9 made one ``-``,
    none at either end: ``"Zoë “Z” Ng"`` -> ``"zo-z-ng"``. It may be empty."""
    return _NOT_SAFE.sub("-", text.casefold()).strip("-")
