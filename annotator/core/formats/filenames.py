"""File names made from what people type (student names, ids): safe on every file system."""

from __future__ import annotations

import hashlib
import re

_NOT_SAFE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``text`` in lower case, every run of other characters than a-z and 0-9 made one ``-``,
    none at either end: ``"Zoë “Z” Ng"`` -> ``"zo-z-ng"``. It may be empty."""
    return _NOT_SAFE.sub("-", text.casefold()).strip("-")


def fingerprint(*parts: str) -> str:
    """Eight hex digits of ``parts``, the same every time: to tell apart names that slug alike
    (or to nothing, as names in scripts other than the Latin one do)."""
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:8]


def name_slug(name: str) -> str:
    """:func:`slug` of a person's name, never empty: a fingerprint stands in for a name the
    slug drops entirely (王小明), so two such names still make two files."""
    return slug(name) or f"student-{fingerprint(name)}"
