"""Handing in: one submission file for the current lesson, for File > Submit and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from annotator import __version__
from annotator.core.classroom.submission import SUFFIX, build_submission
from annotator.core.formats.filenames import name_slug
from annotator.core.lessons.lesson import Lesson
from annotator.services.files import write_atomically
from annotator.storage.database import AppDatabase
from annotator.storage.repositories import AnnotationRepository


def default_submission_name(lesson: Lesson, student_name: str) -> str:
    """e.g. ``ice-releases-2025-Maya-R.submission.json``: readable, and safe on every file
    system."""
    return f"{lesson.id}-{name_slug(student_name)}{SUFFIX}"


def write_submission(
    database: AppDatabase,
    lesson: Lesson,
    out: str | Path,
    *,
    student_name: str,
    student_id: str = "",
) -> tuple[Path, int]:
    """Writes the submission of every annotation of ``lesson``; returns the path and count."""
    annotations = AnnotationRepository(database.db).for_lesson(lesson.id)
    body = build_submission(
        annotations,
        lesson,
        student_name=student_name,
        student_id=student_id,
        app_version=__version__,
    )
    text = json.dumps(body, ensure_ascii=False, indent=1)
    return write_atomically(out, text), len(annotations)
