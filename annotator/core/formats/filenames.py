"""File names made from what people type (student names, ids): readable in any script, and safe
on every file system."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

MAX_PART_BYTES = 80  # of one name in a file name, in UTF-8; a file name may have 255


def slug(text: str) -> str:
    """``text`` with its letters, digits and combining marks kept as they are, in any script,
    and every run of anything else made one ``-``, none at either end:
    ``"Zoë “Z” Adams"`` -> ``"Zoë-Z-Adams"``, ``"Иван Петров"`` -> ``"Иван-Петров"``,
    ``"王伟"`` -> ``"王伟"``. Composed (NFC), so that a name typed on a Mac (which decomposes
    "ë") and on Windows give one file name; cut to :data:`MAX_PART_BYTES` at a character
    boundary. It may be empty (a name of punctuation only)."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.category(char)[0] in "LNM":  # letters, numbers, combining marks
            kept.append(char)
        elif kept and kept[-1] != "-":
            kept.append("-")
    result = "".join(kept).strip("-")
    while len(result.encode("utf-8")) > MAX_PART_BYTES:
        result = result[:-1]
    return result.rstrip("-")


def name_slug(name: str) -> str:
    """:func:`slug` of a person's name, never empty (``"student"`` for a name of punctuation)."""
    return slug(name) or "student"


def same_file(name: str) -> str:
    """What a file name is on a file system that ignores case and composes accents (macOS,
    Windows): two names equal here are one file there."""
    return unicodedata.normalize("NFC", name).casefold()


def numbered(stems: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """``stems`` made distinct, each in order: a stem that names the same file as one before it
    (or as one of ``taken``) gets ``-2``, ``-3``… until it names a file of its own."""
    seen = {same_file(stem) for stem in taken}
    result = []
    for stem in stems:
        candidate, number = stem, 1
        while same_file(candidate) in seen:
            number += 1
            candidate = f"{stem}-{number}"
        seen.add(same_file(candidate))
        result.append(candidate)
    return result
