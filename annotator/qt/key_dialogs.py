"""The two small dialogs of the key's changes: accepting words into the key (tag, points, note)
and crediting one student's highlight for that student alone (points, note).

Both are opened with ``open()`` (never a nested event loop) and say what they are about in
plain text: the words come from students' files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.lessons.tags import TagSet
from annotator.qt.core_texts import tag_label


def _points_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(objectName=name)
    box.setRange(0.25, 10)
    box.setSingleStep(0.5)
    box.setDecimals(2)
    box.setValue(1.0)
    box.setSuffix(QCoreApplication.translate("KeyDialogs", " point(s)"))
    return box


def _plain_label(text: str, name: str) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _ChangeDialog(QDialog):
    """A form with an OK button named for what it does."""

    def __init__(self, parent: QWidget, name: str, title: str, about: str, ok: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(about, f"{name}-about"))
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class AcceptClaimDialog(_ChangeDialog):
    """Accept words into the key: the claim's tag, its points and the key's note on it."""

    def __init__(
        self, parent: QWidget, words: str, who: str, tags: TagSet, tag: str, points: float = 1.0
    ) -> None:
        super().__init__(
            parent,
            "accept-claim-dialog",
            self.tr("Accept into the key"),
            f"“{' '.join(words.split())}”\n{who}\n\n"
            + self.tr(
                "The claim joins the key for the whole class: every student who tagged these "
                "words earns it, and the class is graded again at once."
            ),
            self.tr("Accept into the Key"),
        )
        self.tag = QComboBox(objectName="accept-tag")
        for item in tags:
            self.tag.addItem(f"{item.name}: {tag_label(item)}", item.name)
        self.tag.setCurrentIndex(max(self.tag.findData(tag), 0))
        self.points = _points_box("accept-points")
        self.points.setValue(points)
        self.note = QLineEdit(objectName="accept-note")
        self.note.setPlaceholderText(self.tr("Why these words carry this tag (students see it)"))
        self.form.addRow(self.tr("Tag:"), self.tag)
        self.form.addRow(self.tr("Worth:"), self.points)
        self.form.addRow(self.tr("Note:"), self.note)

    def values(self) -> tuple[str, float, str]:
        """(tag, points, note) as chosen."""
        return self.tag.currentData(), self.points.value(), self.note.text().strip()


class CreditDialog(_ChangeDialog):
    """Credit one student's highlight as a claim for that student alone."""

    def __init__(self, parent: QWidget, words: str, student: str) -> None:
        super().__init__(
            parent,
            "credit-dialog",
            self.tr("Credit for this student"),
            f"“{' '.join(words.split())}”\n\n"
            + self.tr(
                "{student} earns these points for this highlight; the key does not change, and "
                "no other student's score does."
            ).format(student=student),
            self.tr("Credit"),
        )
        self.points = _points_box("credit-points")
        self.note = QLineEdit(objectName="credit-note")
        self.note.setPlaceholderText(self.tr("Why it counts (the student sees it)"))
        self.form.addRow(self.tr("Worth:"), self.points)
        self.form.addRow(self.tr("Note:"), self.note)

    def values(self) -> tuple[float, str]:
        """(points, note) as chosen."""
        return self.points.value(), self.note.text().strip()
