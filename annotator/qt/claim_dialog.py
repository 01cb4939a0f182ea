"""The "Same claim as…" dialog: which claim a span joins, its title, whom the outlet credits,
and passages of the other articles that may report the same thing.

Everything is reachable from the keyboard: the claim list has the focus (arrows choose, a new
claim first), Tab goes to the title, the suggestions (Space ticks one, or its number key
Alt+1..9), the attribution, and Enter links. The dialog only gathers the student's choice
(:meth:`ClaimDialog.choice`); :mod:`annotator.qt.claim_linking` carries it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.qt.accessibility import describe_controls
from annotator.qt.attribution_box import attribution_box, chosen_attribution
from annotator.qt.rich_text import escape

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage of another article offered to link: where it is, its words, why offered."""

    article_id: str
    outlet: str
    start: int
    end: int
    text: str
    score: float = 0.0
    reasons: str = ""


@dataclass(frozen=True)
class ClaimChoice:
    claim: LinkedClaim | None  # None: a new claim titled ``title``
    title: str
    attribution: str
    tag: str  # the tag of a span not yet tagged
    passages: tuple[Passage, ...]  # the suggestions ticked


class ClaimDialog(QDialog):
    def __init__(
        self,
        quote: str,
        claims: Sequence[tuple[LinkedClaim, str]],
        *,
        tags: Sequence[tuple[str, str]] = (),
        attribution: str = "",
        attributions: Sequence[str] = (),
        current: LinkedClaim | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``claims`` are the student's claims, each with its outlets in words; ``tags``
        (name, label) are offered when the span is not tagged yet."""
        super().__init__(parent)
        self.setObjectName("link-claim-dialog")
        self.setWindowTitle(self.tr("Same claim as…"))
        shown = " ".join(quote.split())
        self.quote = QLabel(f"“{escape(shown if len(shown) <= 200 else shown[:197] + '…')}”")
        self.quote.setObjectName("link-claim-quote")
        self.quote.setWordWrap(True)

        self.claim_list = QListWidget(objectName="claim-choices")
        new_item = QListWidgetItem(self.tr("New claim…"))
        new_item.setData(CLAIM_ROLE, None)
        self.claim_list.addItem(new_item)
        for claim, outlets in claims:
            item = QListWidgetItem(f"{claim.title} — {outlets}" if outlets else claim.title)
            item.setData(CLAIM_ROLE, claim)
            self.claim_list.addItem(item)
            if current is not None and claim.id == current.id:
                self.claim_list.setCurrentItem(item)
        if self.claim_list.currentItem() is None:
            self.claim_list.setCurrentRow(0)
        self.claim_list.setMaximumHeight(self.claim_list.sizeHintForRow(0) * 6 + 8)
        self.claim_list.currentRowChanged.connect(self._claim_changed)

        self.title = QLineEdit(objectName="claim-title")
        self.title.setPlaceholderText(self.tr("A short title: “ICE detention capacity”"))
        self.title.setMaxLength(200)

        self.tag = QComboBox(objectName="claim-tag")
        for name, label in tags:
            self.tag.addItem(label, name)

        self.attribution = attribution_box("claim-attribution", attributions, attribution)

        self.suggestions = QListWidget(objectName="claim-suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setAccessibleName(self.tr("Suggested passages in the other articles"))
        self.suggestion_note = QLabel(objectName="claim-suggestions-note")
        self.suggestion_note.setWordWrap(True)
        self.suggestion_note.setStyleSheet("color: #5e5c64;")

        form = QFormLayout()
        form.addRow(self.tr("&Claim:"), self.claim_list)
        form.addRow(self.tr("&Title:"), self.title)
        if tags:
            form.addRow(self.tr("T&ag:"), self.tag)
        form.addRow(self.tr("Credited &to:"), self.attribution)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        heading = QLabel(self.tr("&Suggestions: the same thing in the other articles?"))
        heading.setBuddy(self.suggestions)
        layout.addWidget(heading)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(self.suggestion_note)
        layout.addWidget(buttons)
        for number in range(1, 10):  # Alt+number ticks the suggestion of that number
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.toggle_suggestion(row))
        self.set_suggestions(None)
        self._claim_changed(self.claim_list.currentRow())
        self.claim_list.setFocus()
        self.resize(560, 520)
        describe_controls(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.claim_list.setFocus()

    # -- suggestions, filled when they are ready (never blocking the dialog)

    def set_suggestions(self, passages: Sequence[Passage] | None) -> None:
        """The suggested passages (None: still being found)."""
        self.suggestions.clear()
        if passages is None:
            self.suggestion_note.setText(self.tr("Looking for the same claim in the others…"))
            return
        for number, passage in enumerate(passages, start=1):
            text = " ".join(passage.text.split())
            label = f"{number}. {passage.outlet}: “{text}”"
            if passage.reasons:
                label += f"\n    {passage.reasons}"
            item = QListWidgetItem(label)
            item.setData(SUGGESTION_ROLE, passage)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(passage.reasons)
            self.suggestions.addItem(item)
        if passages:
            self.suggestion_note.setText(
                self.tr("Tick the ones that report the same thing (Space, or Alt+its number).")
            )
            self.suggestions.setCurrentRow(0)
        else:
            self.suggestion_note.setText(self.tr("No similar passage in the other articles."))

    def toggle_suggestion(self, row: int) -> None:
        item = self.suggestions.item(row)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def ticked(self) -> tuple[Passage, ...]:
        return tuple(
            self.suggestions.item(row).data(SUGGESTION_ROLE)
            for row in range(self.suggestions.count())
            if self.suggestions.item(row).checkState() == Qt.CheckState.Checked
        )

    # -- the choice

    def choose_claim(self, claim: LinkedClaim | None) -> None:
        for row in range(self.claim_list.count()):
            found = self.claim_list.item(row).data(CLAIM_ROLE)
            if (found is None and claim is None) or (
                found is not None and claim is not None and found.id == claim.id
            ):
                self.claim_list.setCurrentRow(row)
                return

    def choice(self) -> ClaimChoice:
        claim = self.claim_list.currentItem().data(CLAIM_ROLE)
        return ClaimChoice(
            claim=claim,
            title=self.title.text().strip(),
            attribution=chosen_attribution(self.attribution),
            tag=self.tag.currentData() or "",
            passages=self.ticked(),
        )

    def _claim_changed(self, row: int) -> None:
        item = self.claim_list.item(row)
        claim = item.data(CLAIM_ROLE) if item is not None else None
        self.title.setText("" if claim is None else claim.title)
        self.title.setEnabled(claim is None)

    def accept(self) -> None:
        if self.claim_list.currentItem().data(CLAIM_ROLE) is None and not self.title.text().strip():
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("Give the new claim a short title first"))
            return
        super().accept()
