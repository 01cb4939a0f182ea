"""Whole words: where a selection made by hand begins and ends.

A student drags the mouse or presses Shift+arrows over a claim; what should be tagged is the
words they meant, not the characters the pointer happened to hit. :func:`snap_to_words` turns a
selection into that span. Offsets are code points of the text, as everywhere in the core.

**A word** is a run of word characters joined to one another:

* letters and numbers (Unicode categories L and N), the connector ``_``, currency signs and
  ``% ‰ ‱ ° ′ ″``: ``naïve``, ``$3.5``, ``45%``, ``38°``;
* combining marks (category M: accents, Hebrew points, Arabic vowel signs, variation
  selectors), the zero-width joiner and non-joiner, emoji skin-tone modifiers and tag
  characters belong to the character before them;
* symbols (categories So and Sk), emoji above all, make words of their own: a run of emoji with
  their modifiers and zero-width joiners is one word, apart from letters touching it
  (``great👍`` is two words);
* in scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer,
  Myanmar) every character, with its marks, is a word of its own, so that a selection there
  keeps to the character;
* between two word characters, a *joiner* makes them one word: an apostrophe, a hyphen or a
  full stop (``Trump's``, ``Trump’s``, ``38,521-bed``, ``U.S``, ``3.5``), a comma or a colon
  between digits (``38,521``, ``10:30``), a middle dot between letters (``l·l``), and a
  geresh, gershayim or ``"`` between Hebrew letters (``צה"ל``);
* the full stop that ends an abbreviation dotted letter by letter is part of it (``U.S.``,
  ``a.m.``), and joins it to what a joiner adds (``U.S.-Mexico``, ``U.S.'s``); ``#`` or ``@``
  right before a word is part of it (``#MeToo``, ``@AP``).

Everything else is between words: white space, punctuation, quote marks, dashes, and joiners
that do not join (``well-`` at a line's end, ``--``).

**Snapping** a selection (:func:`snap_to_words`): a start or an end inside a word moves out to
that word's edge; then what the selection holds before its first word and after its last is
trimmed (spaces, punctuation), except quote marks that pair up inside the selection: an opening
quote stays when its closing quote is selected too, and a closing quote when its opening one
is. A selection with no word in it becomes empty. Snapping reaches beyond the selection only to
finish the words at its two ends, and snapping a snapped span changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LETTER, _SYMBOL, _SINGLE, _EXTEND, _JOINER, _PREFIX, _OTHER = range(7)

ZWJ = "\u200d"
_EXTENDERS = frozenset("\u200c\u200d")  # zero-width non-joiner and joiner
_APOSTROPHES = frozenset("'\u2019")  # ' ’  (ʼ U+02BC is a letter already)
_HYPHENS = frozenset("-\u2010\u2011\u00ad\u05be")  # - ‐ non-breaking, soft, Hebrew maqaf
_NUMBER_JOINERS = frozenset(",:")  # 38,521  10:30
_MIDDLE_DOT = "\u00b7"
_HEBREW_JOINERS = frozenset('"\u05f3\u05f4')  # " ׳ ״
_JOINERS = _APOSTROPHES | _HYPHENS | _NUMBER_JOINERS | _HEBREW_JOINERS | {".", _MIDDLE_DOT}
_PREFIXES = frozenset("#@")
_LETTER_EXTRAS = frozenset("%\u2030\u2031\u00b0\u2032\u2033")  # % ‰ ‱ ° ′ ″
# Scripts written without spaces between words: each character is a word of its own.
_SINGLE_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)

# Quote marks. Curly and angle quotes pair by family, the innermost open one first; a low
# opening mark („ ‚) may be closed by the high opening one (“ ‘), as German quotes are. The
# straight marks " and ' are both opening and closing: each one closes the one before it.
_OPENING = {"“": "double", "„": "double", "‘": "single", "‚": "single", "«": "angle"}
_OPENING |= {"‹": "single angle", "「": "corner", "『": "white corner"}
_CLOSING = {"”": "double", "’": "single", "»": "angle", "›": "single angle", "」": "corner"}
_CLOSING |= {"』": "white corner"}
_CLOSES_LOW = {"“": "„", "‘": "‚"}
_STRAIGHT = frozenset("\"'")
_QUOTE_MARKS = re.compile("[" + re.escape("".join({*_OPENING, *_CLOSING, *_STRAIGHT})) + "]")


@lru_cache(maxsize=4096)
def _class(ch: str) -> int:
    """What a character is before its neighbours are looked at."""
    code = ord(ch)
    if ch in _EXTENDERS or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return _EXTEND  # joiners of emoji sequences, skin tones, tag characters
    if ch in _JOINERS:
        return _JOINER
    if ch in _PREFIXES:
        return _PREFIX
    if ch in _LETTER_EXTRAS:
        return _LETTER
    category = unicodedata.category(ch)
    if category[0] == "M":
        return _EXTEND
    if any(low <= code <= high for low, high in _SINGLE_RANGES) and category[0] in "LN":
        return _SINGLE
    if category[0] in "LN" or category in ("Pc", "Sc"):
        return _LETTER
    if category in ("So", "Sk"):
        return _SYMBOL
    return _OTHER


def _is_letter(ch: str) -> bool:
    return _class(ch) == _LETTER and unicodedata.category(ch)[0] == "L"


def _is_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def _is_hebrew(ch: str) -> bool:
    return "\u05d0" <= ch <= "\u05f2" or "\ufb1d" <= ch <= "\ufb4f"


def _base(text: str, i: int) -> int:
    """The index of the character that the extenders ending at ``i`` belong to (``i`` itself if
    it is no extender); -1 when there is none."""
    while i >= 0 and _class(text[i]) == _EXTEND:
        i -= 1
    return i


def _joins(text: str, i: int) -> bool:
    """Whether the joiner at ``i`` joins the characters on either side into one word."""
    ch = text[i]
    left_index = _base(text, i - 1)
    if left_index < 0:
        return False
    if _class(text[left_index]) != _LETTER and not _abbreviation_dot(text, left_index):
        return False
    left = text[left_index]
    right = text[i + 1] if i + 1 < len(text) else ""
    if right and _class(right) == _LETTER:
        if ch in _APOSTROPHES or ch in _HYPHENS or ch == ".":
            return True
        if ch in _NUMBER_JOINERS:
            return _is_digit(left) and _is_digit(right)
        if ch == _MIDDLE_DOT:
            return _is_letter(left) and _is_letter(right)
        if ch in _HEBREW_JOINERS and _is_hebrew(left) and _is_hebrew(right):
            return True
    if ch in "'\u05f3" and _is_hebrew(left):
        return True  # a geresh after a Hebrew letter: ג׳
    return _abbreviation_dot(text, i)


def _abbreviation_dot(text: str, i: int) -> bool:
    """Whether ``i`` is the last full stop of an abbreviation dotted letter by letter: the
    second one of ``U.S.``, ``a.m.``."""
    return (
        text[i] == "."
        and i >= 3
        and _is_letter(text[i - 1])
        and text[i - 2] == "."
        and _is_letter(text[i - 3])
    )


def _kind(text: str, i: int) -> int | None:
    """The kind of word the character at ``i`` is part of (letters, symbols, a single
    character), or None when it is between words."""
    cls = _class(text[i])
    if cls in (_LETTER, _SYMBOL, _SINGLE):
        return cls
    if cls == _EXTEND:
        base = _base(text, i)
        return None if base < 0 else _kind(text, base)
    if cls == _PREFIX:
        after = text[i + 1] if i + 1 < len(text) else ""
        return _LETTER if after and _class(after) == _LETTER else None
    if cls == _JOINER:
        return _LETTER if _joins(text, i) else None
    return None


def is_word_character(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` is part of a word."""
    return _kind(text, offset) is not None


def _joined(text: str, i: int) -> bool:
    """Whether the characters at ``i - 1`` and ``i`` are in the same word."""
    after = _kind(text, i)
    if after is None:
        return False
    before = _kind(text, i - 1)
    if before is None:
        return False
    if _class(text[i]) == _EXTEND or text[i - 1] == ZWJ:
        return True  # a mark stays with its character; a joiner joins an emoji sequence
    return before == after != _SINGLE


def _word_start(text: str, i: int) -> int:
    while i > 0 and _joined(text, i):
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    """The end (exclusive) of the word holding the character at ``i``."""
    i += 1
    while i < len(text) and _joined(text, i):
        i += 1
    return i


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word holding the character at ``offset``, or None if it is between words."""
    if not 0 <= offset < len(text) or _kind(text, offset) is None:
        return None
    return _word_start(text, offset), _word_end(text, offset)


def words(text: str) -> list[tuple[int, int]]:
    """Every word of ``text``, in order, as (start, end) code point offsets."""
    found = []
    i = 0
    while i < len(text):
        if _kind(text, i) is None:
            i += 1
            continue
        end = _word_end(text, i)
        found.append((i, end))
        i = end
    return found


def next_word_end(text: str, offset: int) -> int | None:
    """The end of the first word that ends after ``offset`` (None if no word does)."""
    for i in range(max(offset, 0), len(text)):
        if _kind(text, i) is not None:
            return _word_end(text, i)
    return None


def previous_word_start(text: str, offset: int) -> int | None:
    """The start of the last word that starts before ``offset`` (None if no word does)."""
    for i in range(min(offset, len(text)) - 1, -1, -1):
        if _kind(text, i) is not None:
            return _word_start(text, i)
    return None


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole words a selection of ``text[start:end]`` meant (see the module's text).

    The result is empty, ``(start, start)``, when the selection holds no word.
    """
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    first = next((i for i in range(start, end) if _kind(text, i) is not None), None)
    if first is None:
        return start, start
    last = next(i for i in range(end - 1, first - 1, -1) if _kind(text, i) is not None)
    word_start, word_end = _word_start(text, first), _word_end(text, last)
    if start >= word_start and end <= word_end:
        return word_start, word_end
    pairs = quote_pairs(text, start, end)
    kept_start = min([word_start] + [opening for opening, _closing in pairs])
    kept_end = max([word_end] + [closing + 1 for _opening, closing in pairs])
    return kept_start, kept_end


def quote_pairs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quote marks of ``text[start:end]`` that pair up, as (opening, closing) offsets.

    An apostrophe inside a word (``Trump's``) is no quote mark.
    """
    pairs: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {}
    straight: dict[str, int] = {}
    for match in _QUOTE_MARKS.finditer(text, start, end):
        i, mark = match.start(), match.group()
        if _kind(text, i) is not None:
            continue
        if mark in _STRAIGHT:
            if mark in straight:
                pairs.append((straight.pop(mark), i))
            else:
                straight[mark] = i
            continue
        family = _OPENING.get(mark) or _CLOSING[mark]
        stack = stacks.setdefault(family, [])
        closes_low = mark in _CLOSES_LOW and stack and text[stack[-1]] == _CLOSES_LOW[mark]
        if mark in _CLOSING or closes_low:
            if stack:
                pairs.append((stack.pop(), i))
        else:
            stack.append(i)
    return pairs
