"""Finding an annotation again in a text that may have changed.

Three steps, cheapest and surest first, in the manner of the Hypothesis client:

1. **position**: the stored offsets still hold the stored quote;
2. **exact quote**: the quote occurs elsewhere; take the occurrence whose context matches best,
   then the one nearest the old position;
3. **approximate quote**: an approximate match (bounded edit distance, Myers' bit-parallel
   algorithm) scored on the quote, its prefix and suffix, and the distance from the old position.

A match that is not good enough is refused: the annotation is then *orphaned*, shown to the
student in a list of its own and never dropped, because a highlight in the wrong place teaches
the wrong thing.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector


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


# A fuzzy match may differ from the quote in at most this share of its characters.
MAX_ERROR_RATE = 0.25
# ... and must score at least this much (0..1) once context and position are weighed in.
MIN_FUZZY_SCORE = 0.7
QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50.0, 20.0, 20.0, 2.0


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
    occurrences = _find_all(text, exact)
    if occurrences:
        best = max(occurrences, key=lambda start: _exact_rank(text, start, quote, hint))
        return Anchor(best, best + len(exact), AnchorMethod.EXACT_QUOTE)
    return _fuzzy(text, quote, hint)


def _find_all(text: str, needle: str) -> list[int]:
    found = []
    start = text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


def _exact_rank(
    text: str, start: int, quote: TextQuoteSelector, hint: int | None
) -> tuple[int, int]:
    end = start + len(quote.exact)
    context = int(text[max(0, start - len(quote.prefix)) : start] == quote.prefix) + int(
        text[end : end + len(quote.suffix)] == quote.suffix
    )
    distance = abs(start - hint) if hint is not None else 0
    return context, -distance


def _fuzzy(text: str, quote: TextQuoteSelector, hint: int | None) -> Anchor | None:
    exact = quote.exact
    max_errors = int(len(exact) * MAX_ERROR_RATE)
    if max_errors == 0:
        return None
    best: Anchor | None = None
    for start, end, errors in approximate_matches(text, exact, max_errors):
        score = _fuzzy_score(text, start, end, errors, quote, hint)
        if best is None or score > best.score:
            best = Anchor(start, end, AnchorMethod.FUZZY_QUOTE, score)
    if best is None or best.score < MIN_FUZZY_SCORE:
        return None
    return best


def _fuzzy_score(
    text: str,
    start: int,
    end: int,
    errors: int,
    quote: TextQuoteSelector,
    hint: int | None,
) -> float:
    quote_similarity = 1 - errors / len(quote.exact)
    prefix_similarity = _similarity(quote.prefix, text[max(0, start - len(quote.prefix)) : start])
    suffix_similarity = _similarity(quote.suffix, text[end : end + len(quote.suffix)])
    position_similarity = 1.0
    if hint is not None and text:
        position_similarity = 1 - abs(start - hint) / len(text)
    total = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT
    return (
        QUOTE_WEIGHT * quote_similarity
        + PREFIX_WEIGHT * prefix_similarity
        + SUFFIX_WEIGHT * suffix_similarity
        + POSITION_WEIGHT * position_similarity
    ) / total


def _similarity(expected: str, actual: str) -> float:
    if not expected:
        return 1.0
    distance = edit_distance(expected, actual)
    return max(0.0, 1 - distance / len(expected))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance; used on short strings only (context of 32 characters)."""
    return _distances_to_prefixes(a, b)[-1]


def _distances_to_prefixes(a: str, b: str) -> list[int]:
    """The Levenshtein distance from all of ``a`` to each prefix of ``b``: ``b[:0]``, ``b[:1]``
    ... ``b`` (the last row of the dynamic programme, rows for ``a``, columns for ``b``)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous


def approximate_matches(text: str, pattern: str, max_errors: int) -> list[tuple[int, int, int]]:
    """Substrings of ``text`` within ``max_errors`` edits of ``pattern``: (start, end, errors).

    Myers' bit-parallel algorithm finds every end position whose best alignment has at most
    ``max_errors`` errors in one pass over the text; only local minima are kept, and each one's
    start is found by aligning the pattern backwards from that end.
    """
    m = len(pattern)
    if m == 0:
        return []
    full = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = full, 0, m
    ends: list[tuple[int, int]] = []
    for j, ch in enumerate(text):
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = (ph << 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        if score <= max_errors:
            ends.append((j + 1, score))
    matches = []
    for index, (end, errors) in enumerate(ends):
        before = ends[index - 1] if index else None
        after = ends[index + 1] if index + 1 < len(ends) else None
        if before and before[0] == end - 1 and before[1] < errors:
            continue
        if after and after[0] == end + 1 and after[1] < errors:
            continue
        if before and before[0] == end - 1 and before[1] == errors:
            continue  # a run of equal scores: keep its first end only
        start = _best_start(text, pattern, end, max_errors)
        matches.append((start, end, errors))
    return matches


def _best_start(text: str, pattern: str, end: int, max_errors: int) -> int:
    """The start of the best alignment of ``pattern`` ending exactly at ``end``."""
    window_start = max(0, end - len(pattern) - max_errors)
    window = text[window_start:end][::-1]
    # The pattern and the window both read backwards from ``end``: the alignment must use the
    # pattern fully and may stop anywhere in the window, so each length of window is a start.
    distances = _distances_to_prefixes(pattern[::-1], window)
    best_length = min(
        range(len(window) + 1), key=lambda length: (distances[length], abs(length - len(pattern)))
    )
    return end - best_length
