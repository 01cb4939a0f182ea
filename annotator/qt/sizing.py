"""Sizes taken from the text a widget shows, so that they follow the font and the screen's scale
(a fixed number of pixels is too small for a large font and too large for a small one)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFrame, QPlainTextEdit, QTextEdit

Editor = QPlainTextEdit | QTextEdit


def fit_to_text(button: QAbstractButton, padding_chars: float = 2.0) -> None:
    """Lets ``button`` shrink to its text and a little padding (styles keep a push button at
    least 80 px wide otherwise, which a row of them cannot always spare)."""
    metrics = button.fontMetrics()
    padding = round(padding_chars * metrics.averageCharWidth())
    button.setMinimumWidth(metrics.horizontalAdvance(button.text()) + padding)


def text_lines_height(editor: Editor | QFrame, lines: int) -> int:
    """The height of ``editor`` showing ``lines`` lines of its font, with its frame and margins."""
    metrics = editor.fontMetrics()
    margins = editor.contentsMargins()
    document = getattr(editor, "document", None)
    inner = 2 * document().documentMargin() if document is not None else 0
    return round(lines * metrics.lineSpacing() + inner + margins.top() + margins.bottom() + 2)
