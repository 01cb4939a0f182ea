"""Handing in: one submission file for the current lesson, for File > Submit and the CLI.

Each submission is stamped with the workspace that writes it (its id, made once, and the next
number of its counter, with the proof of that number: see
:mod:`annotator.core.classroom.identity`). The id, the secret and the counter live in the
student's settings; the counter is raised and saved before the file is written, so two
submissions never share a number, whatever happens to the file.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator import __version__
from annotator.core.classroom.identity import (
    WorkspaceStamp,
    new_secret,
    new_workspace_id,
    stamp,
)
from annotator.core.classroom.submission import SUFFIX, build_submission
from annotator.core.formats.filenames import name_slug
from annotator.core.lessons.lesson import Lesson
from annotator.services.files import write_atomically
from annotator.storage.database import AppDatabase, write_transaction
from annotator.storage.linked_claim_repository import LinkedClaimRepository
from annotator.storage.repositories import AnnotationRepository, SettingsRepository

WORKSPACE_ID = "workspace_id"
WORKSPACE_SECRET = "workspace_secret"
SUBMISSION_COUNTER = "submissions_written"


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
    if not student_name.strip():
        raise ValueError("a submission needs the student's name")
    annotations = AnnotationRepository(database.db).for_lesson(lesson.id)
    body = build_submission(
        annotations,
        lesson,
        student_name=student_name,
        student_id=student_id,
        app_version=__version__,
        workspace=next_stamp(database),
        claims=LinkedClaimRepository(database.db).for_lesson(lesson.id),
    )
    text = json.dumps(body, ensure_ascii=False, indent=1)
    return write_atomically(out, text), len(annotations)


def next_stamp(database: AppDatabase) -> WorkspaceStamp:
    """The stamp of this workspace's next submission: its id and secret (made at the first
    submission), and its counter raised by one and saved, in one transaction."""
    settings = SettingsRepository(database.db)
    with write_transaction(database.db):
        workspace_id = settings.get(WORKSPACE_ID, "")
        secret = settings.get(WORKSPACE_SECRET, "")
        if not workspace_id or not secret:
            workspace_id, secret = new_workspace_id(), new_secret()
            settings.set(WORKSPACE_ID, workspace_id)
            settings.set(WORKSPACE_SECRET, secret)
        number = int(settings.get(SUBMISSION_COUNTER, 0)) + 1
        settings.set(SUBMISSION_COUNTER, number)
    return stamp(workspace_id, secret, number)


def workspace_id(database: AppDatabase) -> str:
    """This workspace's id, "" before its first submission."""
    return SettingsRepository(database.db).get(WORKSPACE_ID, "")
