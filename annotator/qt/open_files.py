"""Submission files opened from the file manager: the review window of their lesson.

``annotator open`` (:mod:`annotator.open_cli`) finds the lesson the submissions name among the
lessons this computer has opened; when it is not among them, the teacher is asked for the pack
here, in words that name the lesson. The files are then imported as a drop on the window would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication

from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import PackError, load_pack
from annotator.qt.app import application, run_review


def review_submissions(
    db_path: Path, lesson: Lesson | None, lesson_id: str | None, paths: list[str]
) -> int:
    """Opens the review window on ``lesson`` (asked for when None) and imports ``paths``."""
    application()
    if lesson is None:
        lesson = ask_for_pack(lesson_id)
        if lesson is None:
            return 1
    return run_review(db_path, lesson, then=lambda window: window.import_paths(paths))


def ask_for_pack(lesson_id: str | None) -> Lesson | None:
    """The lesson pack the teacher chooses for the submissions (None: cancelled or unreadable)."""
    if lesson_id:
        title = QCoreApplication.translate(
            "OpenFiles", "Which lesson pack are these submissions for? (lesson '{id}')"
        ).format(id=lesson_id)
    else:
        title = QCoreApplication.translate(
            "OpenFiles", "Which lesson pack are these submissions for?"
        )
    path, _ = QtWidgets.QFileDialog.getOpenFileName(
        None,
        title,
        "",
        QCoreApplication.translate("OpenFiles", "Lesson packs (*.zip);;All files (*)"),
    )
    if not path:
        return None
    try:
        return load_pack(path)
    except PackError as error:
        QtWidgets.QMessageBox.critical(
            None,
            QCoreApplication.translate("OpenFiles", "Annotator cannot open the lesson"),
            str(error),
        )
        return None
