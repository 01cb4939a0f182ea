"""The editable list of whom an outlet credits for a claim, shared by the "Same claim as…"
dialog and the editor under the annotation list.

Its first entry is "(not said)" (stored as ""), then the common choices, and any text may be
typed. The attribution :data:`~annotator.core.annotations.annotation.NOBODY` is shown in the
app's language and stored as it is, so that every export and every class reads one word.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from annotator.core.annotations.annotation import NOBODY


def attribution_box(name: str, choices: Sequence[str], current: str = "") -> QComboBox:
    """The list named ``name`` offering ``choices``, showing ``current``."""
    box = QComboBox(objectName=name)
    box.setEditable(True)
    box.addItem(QCoreApplication.translate("Attribution", "(not said)"), "")
    for choice in choices:
        nobody = QCoreApplication.translate("Attribution", "nobody")
        box.addItem(nobody if choice == NOBODY else choice, choice)
    box.setToolTip(
        QCoreApplication.translate(
            "Attribution",
            "Whom the outlet credits for this: a source, another outlet, or “nobody”.",
        )
    )
    show_attribution(box, current)
    return box


def show_attribution(box: QComboBox, value: str) -> None:
    """Shows ``value``: its entry if it is one, else as typed text."""
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setEditText(value)


def chosen_attribution(box: QComboBox) -> str:
    """What to store for the entry shown or the text typed ("" for not said)."""
    text = box.currentText().strip()
    index = box.findText(text)
    return (box.itemData(index) if index >= 0 else text) or ""
