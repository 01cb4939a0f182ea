"""Figures in a text, and how one claim's figures differ from outlet to outlet.

Three outlets rarely report a number the same way: "more than 8,000" becomes "about 8,000",
"funded for only 41,500 beds" becomes "a maximum capacity of 41,500 beds", and a third outlet
gives "a 38,521-bed capacity". A student comparing them should see both kinds of difference:
**different numbers** for the same thing, and the **same number hedged differently**.

**A figure** (:func:`find_figures`) is a number written in digits (``8,000``, ``3.5``,
``1,200``, ``45%``, ``$3.5 million``) or in words (``ten``, ``twenty-five``, ``two million``,
and the vague ``dozens``, ``hundreds of thousands``), with

* its **unit**: the noun right after it, joined by a space or a hyphen (``41,500 beds``,
  ``38,521-bed``, ``42,000 immigrants``), ``%`` for a percentage and ``$`` for money; kept as
  written and also *normalised* (lower case, singular, and the words for people, such as
  immigrants, migrants, detainees and people, made one: ``person``), so that "8,000 immigrants"
  and "8,000 migrants" count the same people;
* its **hedge**: the words right before it that say how exact it is, kept as written and as
  one of a few kinds: ``more than`` (over, upwards of), ``at least`` (no fewer than),
  ``about`` (around, roughly, approximately, some), ``nearly`` (almost, close to), ``less than``
  (fewer than, under), ``at most`` (up to, no more than, a maximum of, maximum capacity of),
  ``only`` (just, a mere) and ``exactly``. A figure with no hedge is stated as exact.

Years (``in 2025``) and days of a month (``Jan. 26``) are dates, not figures, and are left out.

**Comparing** (:func:`compare_figures`): each outlet's wording of one claim gives its figures;
figures are grouped by normalised unit (a figure with no unit joins the group of another
outlet's figure with the same value, as "about 8,000" joins "more than 8,000 immigrants"), and
in each group seen in two outlets or more:

* different values **disagree** ("41,500 beds (NBC News) but 38,521 beds (Daily Kos)");
* the same value with different hedges is a softer difference, **hedged differently**
  ("more than 8,000 (NBC News) but about 8,000 (The Independent): the same number, hedged
  differently").

Offsets are code points of the text, as everywhere in the core; nothing here raises on any
text (Hypothesis checks it in ``tests/test_figures.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.said import Said, said_join
from annotator.core.text.figure_words import (
    HEDGES,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    PEOPLE,
    SCALES,
    STOP_WORDS,
    VAGUE,
)

VALUE_DIFFERS = "disagree"
HEDGE_DIFFERS = "hedged differently"

_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE = "|".join(SCALES)
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))
_HEDGE = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True)
)
# A number: digits (with thousands separators and decimals), or words, or a vague quantity.
_FIGURE = re.compile(
    r"(?P<money>\$\s?)?"
    r"(?P<number>"
    r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
    r"|(?<![\w.,])\d+(?:\.\d+)?(?![\d])"
    rf"|(?<![\w-])(?:{_VAGUE})(?![\w-])"
    rf"|(?<![\w-])(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}|{_SCALE}|and))*(?![\w-])"
    r")"
    rf"(?:\s+(?P<multiplier>{'|'.join(MULTIPLIERS)})\b)?"
    r"(?P<percent>\s?%|\s+per\s?cent\b)?",
    re.IGNORECASE,
)
_HEDGE_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<hedge>{_HEDGE})\s+$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"(?:-|\s+)(?P<unit>[A-Za-z][A-Za-z’']*)")
_OF_UNIT = re.compile(r"\s+of\s+(?P<unit>[A-Za-z][A-Za-z’']*)")  # "dozens of people"
_HEDGE_REACH = 40  # characters before a number where its hedge may stand


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a text: where it stands, its value, unit and hedge.

    ``start``/``end`` span the figure as written, hedge and unit included; ``number_start`` and
    ``number_end`` the number alone. ``unit`` and ``hedge`` are normalised (see the module's
    text); ``unit_text`` and ``hedge_text`` are as written. ``vague`` figures ("dozens",
    "hundreds of thousands") have their least value and never disagree by value.
    """

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    unit: str
    unit_text: str
    hedge: str
    hedge_text: str
    vague: bool = False

    @property
    def key(self) -> tuple[float, str]:
        """What two figures must share to be the same figure: value and normalised unit."""
        return (self.value, self.unit)

    def describe(self, text: str) -> str:
        """The figure in words as the outlet wrote it: "more than 8,000 immigrants"."""
        return " ".join(text[self.start : self.end].split())


def find_figures(text: str) -> list[Figure]:
    """Every figure of ``text``, in order (see the module's text for what a figure is)."""
    found: list[Figure] = []
    for match in _FIGURE.finditer(text):
        number = match.group("number")
        if not number.strip(" -"):
            continue
        value, vague = _value(number)
        if value is None:
            continue
        n_start, n_end = match.start("number"), match.end("number")
        if _is_date(text, n_start, n_end, value, number):
            continue
        multiplier = match.group("multiplier")
        if multiplier:
            value *= MULTIPLIERS[multiplier.lower()]
        start, end = match.start(), match.end()
        if match.group("percent"):
            unit, unit_text = "%", match.group("percent").strip()
        elif match.group("money"):
            unit, unit_text = "$", "$"
        else:
            unit, unit_text, end = _unit(text, end, vague)
            if not unit and not number[0].isdigit() and not vague and not multiplier:
                continue  # "one of them", "no one": a number word needs its noun
        hedge, hedge_text, start = _hedge(text, start)
        found.append(
            Figure(start, end, n_start, n_end, value, unit, unit_text, hedge, hedge_text, vague)
        )
    return found


def _value(number: str) -> tuple[float | None, bool]:
    """The value of a number as written, and whether it is vague; None if it is no number."""
    plain = number.replace(",", "")
    try:
        return float(plain), False
    except ValueError:
        pass
    words = [w for w in re.split(r"[\s-]+", number.lower()) if w and w != "and"]
    phrase = " ".join(words)
    if phrase in VAGUE:
        return VAGUE[phrase], True
    total = current = 0.0
    for word in words:
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None, False
    return total + current, False


def _is_date(text: str, start: int, end: int, value: float, number: str) -> bool:
    """Whether the number is a year or a day of a month rather than a figure."""
    before = text[max(0, start - 12) : start].rstrip().split()
    word_before = before[-1].rstrip(".").lower() if before else ""
    if word_before in MONTHS and number.isdigit() and value <= 31:
        return True
    after = text[end : end + 1]
    is_year = number.isdigit() and len(number) == 4 and 1800 <= value <= 2100
    return is_year and not after.isalpha() and not text[end : end + 2].startswith("-b")


def _unit(text: str, end: int, vague: bool = False) -> tuple[str, str, int]:
    """The unit right after the number ending at ``end``: (normalised, as written, new end).

    A vague quantity takes its unit after "of": "dozens of people"."""
    match = (_OF_UNIT if vague else _UNIT_AFTER).match(text, end)
    if match is None:
        return "", "", end
    word = match.group("unit")
    lowered = word.lower().replace("’", "'")
    if lowered in STOP_WORDS or lowered.endswith("'s"):
        return "", "", end
    return normal_unit(lowered), word, match.end()


def normal_unit(word: str) -> str:
    """A unit word made comparable: lower case, singular, and people as ``person``."""
    word = word.lower()
    if word in PEOPLE:
        return "person"
    if word in ("dollar", "dollars"):
        return "$"
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return "person" if word in PEOPLE else word


def _hedge(text: str, start: int) -> tuple[str, str, int]:
    """The hedge right before ``start``: (normalised, as written, the figure's new start)."""
    window_start = max(0, start - _HEDGE_REACH)
    match = _HEDGE_BEFORE.search(text[window_start:start])
    if match is None:
        return "", "", start
    written = match.group("hedge")
    normal = HEDGES[" ".join(written.lower().split())]
    return normal, written, window_start + match.start("hedge")


@dataclass(frozen=True, slots=True)
class Stated:
    """One figure as one source (an outlet) states it."""

    source: str
    figure: Figure
    words: str  # the figure as written: "more than 8,000 immigrants"
    number: str  # its number as written: "8,000"


# How figures differ, in words (templates of a Said, translated where the windows show them).
AND_MORE = "{said} and {more}"
BUT_MORE = "{said} but {more}"
HEDGED_DIFFERENTLY = "{figures}: the same number, hedged differently"
FIGURES_DISAGREE = "{figures}: the figures disagree"


@dataclass(frozen=True, slots=True)
class FigureDifference:
    """A difference between sources about one figure: ``kind`` is :data:`VALUE_DIFFERS` or
    :data:`HEDGE_DIFFERS`; ``stated`` holds every source's figure of the group."""

    kind: str
    unit: str
    stated: tuple[Stated, ...]

    @property
    def words(self) -> str:
        """The difference in a sentence, each number with who gives it and how: "41,500 (NBC
        News: “only 41,500 beds”) but 38,521 (Daily Kos: “38,521-bed”): the figures
        disagree"."""
        by_value: dict[float, list[Stated]] = {}
        for item in self.stated:
            by_value.setdefault(item.figure.value, []).append(item)
        parts = []
        for items in by_value.values():
            said = "; ".join(f"{item.source}: “{item.words}”" for item in items)
            parts.append(f"{items[0].number} ({said})")
        if self.kind == HEDGE_DIFFERS:
            return Said(HEDGED_DIFFERENTLY, figures=said_join(parts[0], parts[1:], AND_MORE))
        return Said(FIGURES_DISAGREE, figures=said_join(parts[0], parts[1:], BUT_MORE))


def compare_figures(wordings: Iterable[tuple[str, str]]) -> list[FigureDifference]:
    """How the figures of one claim differ between sources.

    ``wordings`` are ``(source, text)`` pairs: each outlet's wording of the claim (an outlet
    may give several). Differences with disagreeing values come first, then those hedged
    differently; figures only one source gives are no difference.
    """
    stated = [
        Stated(
            source,
            figure,
            figure.describe(text),
            text[figure.number_start : figure.number_end],
        )
        for source, text in wordings
        for figure in find_figures(text)
    ]
    groups: dict[str, list[Stated]] = {}
    for item in stated:
        if item.figure.unit:
            groups.setdefault(item.figure.unit, []).append(item)
    for item in stated:
        if not item.figure.unit:
            unit = _unit_by_value(item, groups)
            groups.setdefault(unit, []).append(item)
    found = [d for unit, items in groups.items() for d in _differences(unit, items)]
    return sorted(found, key=lambda d: d.kind != VALUE_DIFFERS)


def _unit_by_value(item: Stated, groups: dict[str, list[Stated]]) -> str:
    """The group of a figure with no unit: that of another source's figure of its value."""
    for unit, members in groups.items():
        if unit and any(
            m.figure.value == item.figure.value and m.source != item.source for m in members
        ):
            return unit
    return ""


def _differences(unit: str, items: Sequence[Stated]) -> list[FigureDifference]:
    """The differences within one unit's figures: values that disagree, then each value that
    two sources give with different hedges."""
    exact = [item for item in items if not item.figure.vague]
    if len({item.source for item in exact}) < 2:
        return []
    found = []
    if len({item.figure.value for item in exact}) > 1:
        found.append(FigureDifference(VALUE_DIFFERS, unit, tuple(exact)))
    for value in sorted({item.figure.value for item in exact}):
        same = [item for item in exact if item.figure.value == value]
        hedges = {_strength(item.figure.hedge) for item in same}
        if len({item.source for item in same}) > 1 and len(hedges) > 1:
            found.append(FigureDifference(HEDGE_DIFFERS, unit, tuple(same)))
    return found


def _strength(hedge: str) -> str:
    """Hedges that say the same about a number: "only" stresses an exact figure."""
    return "" if hedge in ("only", "exactly") else hedge
