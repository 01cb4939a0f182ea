"""``annotator open FILES``: what a file manager runs when a lesson pack or a submission is
opened with Annotator (the desktop entry's ``Exec``, the Windows and macOS file associations).

A lesson pack opens in the student's window, as ``annotator --lesson PACK`` does; submission
files open in the teacher's review window of their lesson, imported at once. With no files it
starts the app as ``annotator`` does, so one command serves the menu entry and the files.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from annotator.core.bounded_read import FileRefused, read_bounded
from annotator.core.classroom.submission import (
    MAX_SUBMISSION_BYTES,
    SUFFIX,
    SubmissionError,
    parse_submission,
)


def add_open_command(
    group: click.Group,
    *,
    db_path: Callable[[str | None], Path],
    resolve_lesson: Callable[[str, str | None], Any],
    db_help: str,
) -> None:
    """Adds ``open`` to ``group`` (``annotator``)."""

    @group.command("open")
    @click.option("--db", "db", metavar="PATH", help=db_help)
    @click.argument("files", nargs=-1, type=click.Path())
    def open_command(db: str | None, files: tuple[str, ...]) -> None:
        """Open FILES as a file manager does: a lesson pack (folder or .zip) in the app,
        .submission.json files in the review window of their lesson. No FILES: start the app."""
        submissions = [name for name in files if name.endswith(SUFFIX)]
        packs = [name for name in files if not name.endswith(SUFFIX)]
        if packs or not submissions:
            from annotator.qt.app import run_gui

            sys.exit(run_gui(Path(db) if db else None, packs[0] if packs else None))
        lesson_id = lesson_of(submissions)
        lesson = None
        if lesson_id is not None:
            try:
                lesson = resolve_lesson(lesson_id, db)
            except click.ClickException:
                lesson = None  # not opened on this computer: the teacher is asked for the pack
        from annotator.qt.open_files import review_submissions

        sys.exit(review_submissions(db_path(db), lesson, lesson_id, submissions))


def lesson_of(paths: list[str]) -> str | None:
    """The lesson id the first readable submission among ``paths`` names (None: none is).

    The files that cannot be read are left to the import, whose report names each and why.
    """
    for path in paths:
        try:
            data = read_bounded(path, MAX_SUBMISSION_BYTES)
            return parse_submission(data, path).lesson_id
        except (OSError, FileRefused, SubmissionError):
            continue
    return None
