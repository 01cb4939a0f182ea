"""Students select words: the article view's selection snaps to whole words as it is made.

What the student sees selected is what a tag stores, so the selection itself snaps, as in
brat or INCEpTION, not only the stored span:

* **mouse**: when the button is released, the selection's ends move out to whole words, and
  spaces and punctuation around them are trimmed (:func:`~annotator.core.text.words.snap_to_words`);
* **keyboard**: Shift+Left/Right moves the selection's moving end by a whole word; any other key
  that selects (Shift+Up/Down, Shift+Home/End, Ctrl+Shift+arrows, Ctrl+A) is snapped after it;
* **Alt** keeps the exact characters: Alt held when the mouse button is released, or
  Alt+Shift+arrows (one character, or one line, at a time). The selection is then marked
  :attr:`WordSelection.exact`, so that tagging it stores those characters.

Qt positions count UTF-16 units; snapping works in code points, through the view's
:class:`~annotator.core.text.article_text.Utf16Map`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

from annotator.core.text.article_text import Utf16Map
from annotator.core.text.words import next_word_end, previous_word_start, snap_to_words

_Key = Qt.Key
_Move = QTextCursor.MoveOperation
_Mod = Qt.KeyboardModifier
# What Alt+Shift+key does: Qt's own move for the key, with no snapping.
EXACT_MOVES = {
    _Key.Key_Left: _Move.Left,
    _Key.Key_Right: _Move.Right,
    _Key.Key_Up: _Move.Up,
    _Key.Key_Down: _Move.Down,
    _Key.Key_Home: _Move.StartOfLine,
    _Key.Key_End: _Move.EndOfLine,
}


class WordSelection:
    """Keeps the selection of one text view on whole words, unless Alt is held."""

    def __init__(self, view: QTextEdit, text: str, utf16: Utf16Map) -> None:
        self.view = view
        self.text = text
        self.utf16 = utf16
        self.exact = False  # the selection keeps its exact characters (made with Alt)

    # -- the mouse

    def mouse_released(self, modifiers: Qt.KeyboardModifier) -> None:
        """Snaps what a drag (or a double or triple click) selected, unless Alt is held."""
        if not self.view.textCursor().hasSelection():
            self.exact = False
        elif modifiers & _Mod.AltModifier:
            self.exact = True
        else:
            self.snap()

    # -- the keyboard

    def key_pressed(self, event: QKeyEvent, default: Callable[[QKeyEvent], None]) -> None:
        """Handles a key press in the view; ``default`` is the view's own handling."""
        modifiers = event.modifiers()
        shift = bool(modifiers & _Mod.ShiftModifier)
        plain = not modifiers & (_Mod.ControlModifier | _Mod.MetaModifier)
        if shift and plain and modifiers & _Mod.AltModifier and event.key() in EXACT_MOVES:
            cursor = self.view.textCursor()
            cursor.movePosition(EXACT_MOVES[event.key()], QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(cursor)
            self.exact = cursor.hasSelection()
            event.accept()
            return
        if shift and plain and event.key() in (_Key.Key_Left, _Key.Key_Right):
            self._step_word(forward=event.key() == _Key.Key_Right)
            event.accept()
            return
        before = self.view.textCursor()
        default(event)
        after = self.view.textCursor()
        if after.hasSelection() and (after.anchor(), after.position()) != (
            before.anchor(),
            before.position(),
        ):
            self.snap()

    def _step_word(self, forward: bool) -> None:
        """Moves the selection's moving end to the next word's end or the previous word's
        start, then snaps. Right is forward in reading order, so backward in a right-to-left
        paragraph, as Qt's arrows go."""
        cursor = self.view.textCursor()
        if cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft:
            forward = not forward
        offset = self.utf16.from_utf16(cursor.position())
        target = (
            next_word_end(self.text, offset) if forward else previous_word_start(self.text, offset)
        )
        if target is None:
            return
        self._set(cursor.anchor(), self.utf16.to_utf16(target))
        self.snap()

    # -- snapping

    def snap(self) -> None:
        """Snaps the selection to whole words, keeping its direction; a selection without
        words is cleared, the caret left where it began."""
        cursor = self.view.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        low, high = sorted((anchor, position))
        start, end = snap_to_words(
            self.text, self.utf16.from_utf16(low), self.utf16.from_utf16(high)
        )
        start, end = self.utf16.to_utf16(start), self.utf16.to_utf16(end)
        self.exact = False
        if (start, end) == (low, high):
            return
        if position >= anchor:
            self._set(start, end)
        else:
            self._set(end, start)

    def _set(self, anchor: int, position: int) -> None:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
