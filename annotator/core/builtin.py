"""Where the built-in lesson lives: inside the installed package, or in the checkout."""

from __future__ import annotations

from pathlib import Path

BUILTIN_LESSON = "ice-releases"


def content_root() -> Path:
    """The folder holding ``lessons/`` and ``articles/``.

    A wheel carries them as ``annotator/_content`` (see pyproject.toml); a checkout or an editable
    install has them at the top of the repository.
    """
    package = Path(__file__).resolve().parents[1]
    installed = package / "_content"
    if (installed / "lessons").is_dir():
        return installed
    return package.parent


def builtin_lesson_path() -> Path:
    return content_root() / "lessons" / BUILTIN_LESSON
