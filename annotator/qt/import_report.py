"""The box that ends an import in the review window: every student named, by what became of
their file (added, updated, held, refused, kept newer, unchanged), and each file's line.

Names come from students' files, so the box shows them as plain text, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator.services.classroom import HELD_BACK, REFUSED, ImportOutcome, import_summary


def show_import_report(
    parent: QWidget, outcomes: list[ImportOutcome], stopped_of: int | None = None
) -> QMessageBox:
    """Opens the report (not modal: the teacher can keep working) and returns it."""
    lines = import_summary(outcomes) or ["No submission files were found."]
    if stopped_of is not None:
        lines.insert(0, f"Stopped after {len(outcomes)} of {stopped_of} files.")
    held = sum(1 for outcome in outcomes if outcome.status == HELD_BACK)
    if held:
        lines.append(
            f"\n{held} submission(s) wait for your decision: Class > Decide on Held "
            "Submissions…. Until then they are neither graded nor exported, and replace nothing."
        )
    attention = held or any(outcome.status == REFUSED for outcome in outcomes)
    icon = QMessageBox.Icon.Warning if attention else QMessageBox.Icon.Information
    box = QMessageBox(icon, "Import finished", "\n".join(lines), parent=parent)
    box.setObjectName("import-report")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("\n".join(outcome.describe() for outcome in outcomes))
    box.open()
    return box
