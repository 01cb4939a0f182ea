"""Where the built-in lesson lives: inside the installed package, or in the checkout."""

from __future__ import annotations

from pathlib import Path

from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import load_pack

BUILTIN_LESSON = "ice-releases"


def content_root() -> Path:
    """The folder holding ``lessons/`` and ``articles/``.

    A wheel carries them as ``annotator/_content`` (see pyproject.toml); a checkout or an editable
    install has them at the top of the repository.
    """
    package = Path(__file__).resolve().parents[2]  # annotator/core/lessons/ -> annotator/
    installed = package / "_content"
    if (installed / "lessons").is_dir():
        return installed
    return package.parent


def builtin_lesson_path() -> Path:
    return content_root() / "lessons" / BUILTIN_LESSON


def load_builtin_lesson() -> Lesson:
    """The built-in lesson, read as at start-up: without the JSON Schema checks.

    It ships with the app, and ``tests/test_pack.py`` validates it in full, so the student's
    first window need not wait for jsonschema to load.
    """
    return load_pack(builtin_lesson_path(), trusted=True)
