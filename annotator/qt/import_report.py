"""The box that ends an import in the review window: every student named, by what became of
their file (added, updated, held, refused, kept newer, unchanged), and each file's line.

Names come from students' files, so the box shows them as plain text, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.services.classroom import (
    ADDED,
    HELD_BACK,
    KEPT_NEWER,
    REFUSED,
    STATUS_ORDER,
    UNCHANGED,
    UPDATED,
    ImportOutcome,
)

STATUS_LINES = {  # "2 added: Ada Lovelace, Ben Okri", as import_summary says it in English
    ADDED: QT_TRANSLATE_NOOP("ImportReport", "{count} added: {names}"),
    UPDATED: QT_TRANSLATE_NOOP("ImportReport", "{count} updated: {names}"),
    HELD_BACK: QT_TRANSLATE_NOOP("ImportReport", "{count} held: {names}"),
    REFUSED: QT_TRANSLATE_NOOP("ImportReport", "{count} refused: {names}"),
    KEPT_NEWER: QT_TRANSLATE_NOOP("ImportReport", "{count} kept newer: {names}"),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportReport", "{count} unchanged: {names}"),
}


def summary(outcomes: list[ImportOutcome]) -> list[str]:
    """A line per status that occurred, naming every student (as
    :func:`~annotator.services.classroom.import_summary` does, in the language spoken)."""
    by_status: dict[str, list[str]] = {}
    for outcome in outcomes:
        who = outcome.student or Path(outcome.file).name
        by_status.setdefault(outcome.status, []).append(who)
    return [
        QCoreApplication.translate("ImportReport", STATUS_LINES[status]).format(
            count=len(by_status[status]), names=", ".join(by_status[status])
        )
        for status in STATUS_ORDER
        if status in by_status
    ]


def show_import_report(
    parent: QWidget, outcomes: list[ImportOutcome], stopped_of: int | None = None
) -> QMessageBox:
    """Opens the report (not modal: the teacher can keep working) and returns it."""
    lines = summary(outcomes) or [
        QCoreApplication.translate("ImportReport", "No submission files were found.")
    ]
    if stopped_of is not None:
        stopped = QCoreApplication.translate("ImportReport", "Stopped after {done} of {all} files.")
        lines.insert(0, stopped.format(done=len(outcomes), all=stopped_of))
    held = sum(1 for outcome in outcomes if outcome.status == HELD_BACK)
    if held:
        lines.append("\n" + ImportPlurals().waiting(held))
    attention = held or any(outcome.status == REFUSED for outcome in outcomes)
    icon = QMessageBox.Icon.Warning if attention else QMessageBox.Icon.Information
    title = QCoreApplication.translate("ImportReport", "Import finished")
    box = QMessageBox(icon, title, "\n".join(lines), parent=parent)
    box.setObjectName("import-report")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(outcome.describe() for outcome in outcomes))
    box.open()
    return box


class ImportPlurals(QObject):
    """The plurals of this module: lupdate reads a plural's count from a variable only in a
    QObject's ``tr()``."""

    def waiting(self, held: int) -> str:
        return self.tr(
            "%n submission(s) wait for your decision: Class > Decide on Held Submissions…. "
            "Until then they are neither graded nor exported, and replace nothing.",
            "",
            held,
        )
