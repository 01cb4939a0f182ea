"""Finding an annotation again in a text that may have changed.

Three steps, cheapest and surest first, in the manner of the Hypothesis client:

1. **position**: the stored offsets still hold the stored quote;
2. **exact quote**: the quote with its whole stored context occurs elsewhere (text was put
   before it); or a verbatim copy of the quote whose context resembles closely on both sides;
3. **approximate quote**: places within a quarter of the quote's characters of edits
   (:mod:`annotator.core.text.approximate`, a native scan through RapidFuzz), near the old place
   first, then, for a short quote, beside what is left of its context, and for a longer one,
   in the whole text; verbatim copies compete with them.

Every place is judged on its quote and on its context (:mod:`annotator.core.text.evidence`):
context is compared by graded similarity, the characters next to the quote weighing most, and
a place is taken only if the quote *and* its context vouch for it: both sides of context
resemble; or one side resembles closely and the quote changed by less than 15% (a verbatim copy,
a typo); or one side resembles, the quote is more than a word or two and the place is near the
old one (a phrase edited with its neighbour). Only a verbatim quote as long as a sentence, or a
whole moved sentence, stands on its own; a short quote never does. The more places a quote
fits, the more its context must resemble.
Of the places that qualify, the one where most characters of quote and context agree wins,
nearness to the old place breaking ties; its boundaries are those that agree most, then those on
the quote's own first and last words.

A match that is not good enough is refused: the annotation is then *orphaned*, shown to the
student in a list of its own and never dropped, because a highlight in the wrong place teaches
the wrong thing.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import NamedTuple

from annotator.core.text import approximate
from annotator.core.text.approximate import approximate_matches, edit_distance
from annotator.core.text.evidence import (
    MAX_ERROR_RATE,
    POSITION_CHARACTERS,
    SHORT_QUOTE,
    Candidate,
    context_bar,
    judge,
    nearness,
    place,
    supported,
    weight,
)
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector

__all__ = ["Anchor", "AnchorMethod", "anchor", "approximate_matches", "edit_distance"]


class AnchorMethod(StrEnum):
    """Which of the three steps placed an annotation: the surer the step, the earlier it runs."""

    POSITION = "position"
    EXACT_QUOTE = "exact-quote"
    FUZZY_QUOTE = "fuzzy-quote"


class Anchor(NamedTuple):
    """A place in the text for an annotation, with how it was found and how sure (0..1)."""

    start: int
    end: int
    method: AnchorMethod
    score: float = 1.0


# A verbatim copy whose context resembles this much on both sides is taken without looking
# for edited versions of the quote near the old place.
SURE_CONTEXT = 0.9
# How far from the old place the approximate search looks first (more for longer quotes).
NEARBY = 512
# Past this many verbatim occurrences, only the promising ones have their context weighed.
MANY_OCCURRENCES = 64
# Pieces of context looked up verbatim to find where a short quote may sit.
CONTEXT_PIECE = 8
PIECE_SLACK = 4


def anchor(
    text: str, position: TextPositionSelector | None, quote: TextQuoteSelector
) -> Anchor | None:
    """Where the annotation belongs in ``text``, or None if it cannot be placed safely."""
    exact = quote.exact
    if not exact:
        return None
    if position is not None and text[position.start : position.end] == exact:
        return Anchor(position.start, position.end, AnchorMethod.POSITION)
    hint = position.start if position is not None else None

    whole = quote.prefix + exact + quote.suffix
    if len(whole) > len(exact):
        found = _nearest(_find_all(text, whole), hint)
        if found is not None:  # the quote with its context, as it was
            start = found + len(quote.prefix)
            return Anchor(start, start + len(exact), AnchorMethod.EXACT_QUOTE)

    occurrences = _find_all(text, exact)
    copies = [
        judge(text, start, start + len(exact), 0, quote, hint)
        for start in _promising(text, occurrences, quote, hint)
    ]
    sure = [c for c in copies if min(c.prefix, c.suffix) >= SURE_CONTEXT]
    best = (
        max(sure, key=lambda c: c.score)
        if sure
        else _fuzzy(text, quote, hint, copies, len(occurrences))
    )
    if best is None:
        return None
    method = AnchorMethod.EXACT_QUOTE if best.errors == 0 else AnchorMethod.FUZZY_QUOTE
    return Anchor(best.start, best.end, method, best.score)


# -- the exact step


def _find_all(text: str, needle: str) -> list[int]:
    found = []
    start = text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def _nearest(starts: list[int], hint: int | None) -> int | None:
    if not starts:
        return None
    if hint is None:
        return starts[0]
    return min(starts, key=lambda start: abs(start - hint))


def _promising(
    text: str, starts: list[int], quote: TextQuoteSelector, hint: int | None
) -> list[int]:
    """The occurrences worth weighing: all of them, or of very many (a common word), those
    whose neighbouring characters agree with the stored context, and the nearest few. (Past
    64 places the context bar is above 0.72, which a side whose three characters next to the
    quote all differ cannot reach.)"""
    if len(starts) <= MANY_OCCURRENCES:
        return starts
    length = len(quote.exact)
    tail, head = quote.prefix[-3:], quote.suffix[:3]
    kept = {
        start
        for start in starts
        if (tail and text[max(0, start - len(tail)) : start] == tail)
        or (head and text[start + length : start + length + len(head)] == head)
    }
    if hint is not None:
        kept.update(sorted(starts, key=lambda start: abs(start - hint))[:MANY_OCCURRENCES])
    return sorted(kept)


# -- the approximate step


def _fuzzy(
    text: str,
    quote: TextQuoteSelector,
    hint: int | None,
    copies: list[Candidate],
    verbatim: int,
) -> Candidate | None:
    """The best supported place among verbatim copies and approximate matches, if any.

    Near the old place first; then, for a short quote, beside verbatim pieces of its context,
    and for a longer one, the whole text, for matches that could still outrank the best found.
    """
    exact = quote.exact
    m = len(exact)
    max_errors = int(m * MAX_ERROR_RATE)
    judged = {(c.start, c.end): c for c in copies}

    radius = NEARBY + 2 * m

    def best() -> Candidate | None:
        bar = context_bar(verbatim + sum(1 for c in judged.values() if c.errors))
        kept = [
            c
            for c in judged.values()
            if supported(c, m, bar, hint is not None and abs(c.start - hint) <= radius)
        ]
        return max(kept, key=lambda c: c.score) if kept else None

    if max_errors > 0:
        stretches: list[tuple[int, int]] = []
        if hint is not None:
            stretches += approximate.search(text, exact, max_errors, (hint - radius, hint + radius))
        if m < SHORT_QUOTE:
            stretches += _beside_context(text, quote, max_errors)
        for lo, hi in _merged(stretches, len(text)):
            _judge_stretch(text, quote, hint, max_errors, lo, hi, judged)
        if m >= SHORT_QUOTE:
            found = best()
            budget = max_errors
            if found is not None:
                budget = _budget_to_beat(found, quote, budget, None if hint is None else radius)
            if budget > 0:  # with none, only verbatim copies could outrank it: all judged
                for lo, hi in approximate.search(text, exact, budget):
                    _judge_stretch(text, quote, hint, budget, lo, hi, judged)
    return best()


def _budget_to_beat(
    found: Candidate, quote: TextQuoteSelector, most: int, radius: int | None
) -> int:
    """The most errors a match beyond ``radius`` of the old place may have and still outrank
    ``found`` (at most ``most``); -1 if none can."""
    near = 1.0 if radius is None else nearness(radius)
    best_possible = weight(quote) - POSITION_CHARACTERS * (1 - near)
    # (best_possible - errors) / weight > found.score  <=>  errors < room
    room = best_possible - found.score * weight(quote)
    return min(most, math.ceil(room) - 1)


def _beside_context(text: str, quote: TextQuoteSelector, max_errors: int) -> list[tuple[int, int]]:
    """Stretches right after a verbatim piece of the prefix, or right before one of the suffix."""
    m = len(quote.exact)
    stretches = []
    slack = PIECE_SLACK + max_errors
    tail = quote.prefix[-CONTEXT_PIECE:]
    if len(tail) >= PIECE_SLACK:
        for found in _find_all(text, tail)[: MANY_OCCURRENCES * 4]:
            at = found + len(tail)
            stretches.append((at - slack, at + m + slack))
    head = quote.suffix[:CONTEXT_PIECE]
    if len(head) >= PIECE_SLACK:
        for at in _find_all(text, head)[: MANY_OCCURRENCES * 4]:
            stretches.append((at - m - slack, at + slack))
    return stretches


def _merged(stretches: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(stretches):
        lo, hi = max(0, lo), min(size, hi)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        elif lo < hi:
            merged.append((lo, hi))
    return merged


def _judge_stretch(
    text: str,
    quote: TextQuoteSelector,
    hint: int | None,
    max_errors: int,
    lo: int,
    hi: int,
    judged: dict[tuple[int, int], Candidate],
) -> None:
    """Aligns the quote in ``text[lo:hi]`` and judges each place it fits (once per place)."""
    for run in approximate.runs(approximate.ends(text, quote.exact, max_errors, lo, hi)):
        found = place(text, quote, hint, run, max_errors)
        if found is not None:
            judged.setdefault((found.start, found.end), found)
