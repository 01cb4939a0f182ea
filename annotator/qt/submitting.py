"""File > Submit Work: asking the student's name and ID, then writing the submission file.

Imported when the student first submits: nothing here is needed to show the lesson.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject

from annotator.services.submit import default_submission_name, write_submission

if TYPE_CHECKING:
    from annotator.qt.main_window import MainWindow


def choose_submission_file(window: MainWindow) -> None:
    """Asks for the name (if none yet), the student ID and where to save; then submits."""
    workspace = window.workspace
    assert workspace is not None
    if not workspace.student:
        name, ok = QtWidgets.QInputDialog.getText(
            window,
            QCoreApplication.translate("Submitting", "Submit work"),
            QCoreApplication.translate("Submitting", "Your name:"),
        )
        if not ok or not name.strip():
            return
        window.set_student(name)
    student_id, ok = QtWidgets.QInputDialog.getText(
        window,
        QCoreApplication.translate("Submitting", "Submit work"),
        QCoreApplication.translate(
            "Submitting", "Your student ID (leave empty if your teacher gave you none):"
        ),
        text=workspace.student_id,
    )
    if not ok:
        return
    suggested = default_submission_name(window.lesson, workspace.student)
    path, _ = QtWidgets.QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Submitting", "Save your submission"),
        suggested,
        QCoreApplication.translate("Submitting", "Submissions (*.submission.json)"),
    )
    if path:
        submit_to(window, path, student_id.strip())


def submit_to(window: MainWindow, path: str | Path, student_id: str = "") -> Path | None:
    """Writes the submission file; says in the status bar what was handed in."""
    workspace = window.workspace
    assert workspace is not None and window.side_panel is not None
    window.side_panel.save_note_now()
    workspace.set_student_id(student_id)
    try:
        written, count = write_submission(
            workspace.database,
            window.lesson,
            path,
            student_name=workspace.student,
            student_id=student_id,
        )
    except (OSError, ValueError) as error:
        window.show_failure(
            QCoreApplication.translate(
                "Submitting", "The submission was not saved: {error}"
            ).format(error=error)
        )
        return None
    window.statusBar().showMessage(SubmittingPlurals().submitted(count, written.name), 15000)
    return written


class SubmittingPlurals(QObject):
    """The plurals of this module: lupdate reads a plural's count from a variable only in a
    QObject's ``tr()``."""

    def submitted(self, count: int, file: str) -> str:
        return self.tr(
            "Submitted %n annotation(s) to {file}. Hand this file to your teacher.", "", count
        ).format(file=file)
