"""Under the note of the current annotation: its linked claim and whom its outlet credits.

"Claim: ICE detention capacity (NBC News, Daily Kos)" with Link… (L) and Unlink (Shift+L), and
"Credited to:", an editable list of the usual sources (an ICE spokesperson, NBC News, CBS
News, "nobody"...) that also takes free text; a choice is saved at once (undoable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.qt.attribution_box import attribution_box, chosen_attribution, show_attribution
from annotator.qt.rich_text import escape

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.qt.claim_linking import ClaimLinking
    from annotator.qt.side_panel import SidePanel


class ClaimEditor(QWidget):
    def __init__(self, linking: ClaimLinking, panel: SidePanel) -> None:
        super().__init__(objectName="claim-editor")
        from annotator.services.linked_claims import COMMON_ATTRIBUTIONS

        self.linking = linking
        self.panel = panel
        self.membership = QLabel(objectName="claim-membership")
        self.membership.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link…"), objectName="claim-link-button")
        self.link_button.setToolTip(self.tr("Same claim as… (L)"))
        self.link_button.clicked.connect(linking.link_selection)
        self.unlink_button = QPushButton(self.tr("Unlink"), objectName="claim-unlink-button")
        self.unlink_button.setToolTip(self.tr("Unlink from its claim (Shift+L)"))
        self.unlink_button.clicked.connect(linking.unlink_current)
        self.attribution = attribution_box("attribution-editor", COMMON_ATTRIBUTIONS)
        # Narrow beside three articles: the list's longest choice must not widen the panel.
        self.attribution.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.attribution.setMinimumContentsLength(8)
        self.attribution.activated.connect(lambda _index: self._save_attribution())
        self.attribution.lineEdit().editingFinished.connect(self._save_attribution)
        credited = QLabel(self.tr("Credited &to:"))
        credited.setBuddy(self.attribution)

        claim_row = QHBoxLayout()
        claim_row.addWidget(self.membership, 1)
        claim_row.addWidget(self.link_button)
        claim_row.addWidget(self.unlink_button)
        credit_row = QHBoxLayout()
        credit_row.addWidget(credited)
        credit_row.addWidget(self.attribution, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(claim_row)
        layout.addLayout(credit_row)
        panel.current_changed.connect(lambda _annotation: self.refresh())
        self.refresh()

    def current(self) -> Annotation | None:
        return self.panel.current()

    def refresh(self) -> None:
        annotation = self.current()
        claim = None
        if annotation is not None and annotation.claim_id and self.linking.ready:
            claim = self.linking.window.workspace.linked_claim(annotation.claim_id)
        if claim is not None:
            outlets = dict(self.linking.claims_with_outlets()).get(claim, "")
            words = self.tr("Claim: <b>{title}</b>").format(title=escape(claim.title))
            if outlets:
                words += f" <span style='color:#5e5c64'>({escape(outlets)})</span>"
        else:
            words = self.tr("<span style='color:#5e5c64'>In no claim: L links it.</span>")
        self.membership.setText(words)
        self.unlink_button.setEnabled(claim is not None)
        self.attribution.blockSignals(True)
        show_attribution(self.attribution, annotation.attribution if annotation else "")
        self.attribution.blockSignals(False)

    def _save_attribution(self) -> None:
        annotation = self.current()
        if annotation is None or not self.linking.ready:
            return
        value = chosen_attribution(self.attribution)
        if value != annotation.attribution:
            self.linking.operations.set_attribution(annotation, value)
