"""Judging a place where a quote may now be: how much its quote and its context agree.

A place is evidence for an annotation in two ways: the quote (how few edits separate the text
there from the stored quote) and the context (how much the text beside it resembles the stored
prefix and suffix). :func:`judge` measures both; :func:`supported` says whether they vouch for
the place; the rank (:attr:`Candidate.score`) orders the places that have that support.

Context is compared at four scales, the last (prefix) or first (suffix) 4, 8, 16 and 32
characters, and averaged: the characters next to the quote count in every scale, so the same
words a few characters further on score low. One side of context alone must resemble closely
(:data:`ONE_SIDE`): a recurring phrase ("Secretary of State Marco Rubio") agrees for a dozen
characters on one side, not for 32.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from annotator.core.text import approximate
from annotator.core.text.selectors import CONTEXT_LENGTH, TextQuoteSelector

# A fuzzy match may differ from the quote in at most this share of its characters.
MAX_ERROR_RATE = 0.25
# A side of context resembles the stored one from this similarity (0..1) on, when the quote fits
# one place; each tenfold more places raises the bar by CONTEXT_BAR_STEP, up to CONTEXT_BAR_MAX:
# among thousands of "on"s, some have neighbours that look alike by chance.
CONTEXT_BAR, CONTEXT_BAR_STEP, CONTEXT_BAR_MAX = 0.5, 0.125, 0.9
# A quote at least this similar (1 - errors / length) may rest on one side of context, if that
# side resembles at least this much; else every side must resemble.
STRONG_QUOTE, ONE_SIDE = 0.85, 0.9
# A verbatim quote this long (longer than most names and set phrases) is evidence enough on its
# own; so is a verbatim passage of LONG_SENTENCE characters that runs from a sentence's start to
# a sentence's end (the quote with the context beside it that still agrees character for
# character): a moved sentence. A recurring name ("Secretary of State Marco Rubio") stops
# agreeing in the middle of a sentence.
LONG_QUOTE, LONG_SENTENCE = 40, 20
# An edited quote at least this long, near its old place, may rest on one side of context.
SHORT_QUOTE = 16
# The rank of a place: the characters of quote and context that agree, and nearness to the old
# place, worth this many characters at most...
POSITION_CHARACTERS = 8.0
# ...halved at this distance from the old place.
POSITION_SCALE = 1000
CONTEXT_SCALES = (4, 8, 16, 32)

_WORD = re.compile(r"\w+")
# A sentence break: a line break, or a full stop (question, exclamation mark) and a space.
_BREAK = re.compile(r"\n|[.!?][\"”’)]*\s")
_ENDS_BREAK = re.compile(r"(\A|\n|[.!?][\"”’)]*\s+)[\"“‘(]*\Z")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\Z")
_LAST_WORD = re.compile(r"\w+\Z")


class Candidate(NamedTuple):
    """A place the quote fits: ``text[start:end]``, ``errors`` edits from the quote."""

    start: int
    end: int
    errors: int
    prefix: float  # context similarity, 0..1
    suffix: float
    score: float  # the rank, 0..1
    sentence: int  # a verbatim quote with the context that agrees, if whole sentences: length


def context_similarity(old: str, new: str, before: bool) -> float:
    """How much ``new`` resembles the stored context ``old`` (0..1), averaged over the scales.

    ``before``: a prefix, compared by its last characters; else a suffix, by its first. With no
    stored context (the quote began or ended the text), a place at the text's edge too gets 1,
    any other place 0.
    """
    if not old:
        return 0.0 if new else 1.0
    sizes = (*(s for s in CONTEXT_SCALES if s < len(old)), len(old))
    total = 0.0
    for size in sizes:
        a, b = (old[-size:], new[-size:]) if before else (old[:size], new[:size])
        total += Levenshtein.normalized_similarity(a, b)
    return total / len(sizes)


def context_bar(places: int) -> float:
    """How much a side of context must resemble when the quote fits ``places`` places."""
    return min(CONTEXT_BAR_MAX, CONTEXT_BAR + CONTEXT_BAR_STEP * math.log10(max(1, places)))


def nearness(distance: int) -> float:
    return 1 / (1 + distance / POSITION_SCALE)


def weight(quote: TextQuoteSelector) -> float:
    """What a perfect place scores, in characters: quote, context, nearness."""
    return len(quote.exact) + len(quote.prefix) + len(quote.suffix) + POSITION_CHARACTERS


def judge(
    text: str, start: int, end: int, errors: int, quote: TextQuoteSelector, hint: int | None
) -> Candidate:
    """The place ``text[start:end]``, ``errors`` edits from the quote, weighed: its context on
    each side, and its rank, the share of quote and context characters that agree, with
    nearness to the old place (``hint``) worth a few characters."""
    prefix = context_similarity(quote.prefix, text[max(0, start - CONTEXT_LENGTH) : start], True)
    suffix = context_similarity(quote.suffix, text[end : end + CONTEXT_LENGTH], False)
    near = 1.0 if hint is None else nearness(abs(start - hint))
    agreeing = (
        len(quote.exact)
        - errors
        + prefix * len(quote.prefix)
        + suffix * len(quote.suffix)
        + POSITION_CHARACTERS * near
    )
    sentence = _whole_sentences(text, start, end, quote) if errors == 0 else 0
    return Candidate(start, end, errors, prefix, suffix, agreeing / weight(quote), sentence)


def _whole_sentences(text: str, start: int, end: int, quote: TextQuoteSelector) -> int:
    """The length of the verbatim passage at ``text[start:end]``, the quote with the context
    that still agrees beside it, if it begins and ends at sentence breaks (else 0)."""
    old_before, old_after = quote.prefix, quote.suffix
    new_before = text[max(0, start - len(old_before)) : start]
    new_after = text[end : end + len(old_after)]
    before = _agreeing(new_before[::-1], old_before[::-1])
    after = _agreeing(new_after, old_after)
    passage = old_before[len(old_before) - before :] + quote.exact + old_after[:after]
    old_rest, new_rest = (
        old_before[: len(old_before) - before],
        new_before[: len(new_before) - before],
    )
    starts = (
        before == len(old_before)
        or _BREAK.search(passage, 0, before) is not None
        or (_ENDS_BREAK.search(old_rest) is not None and _ENDS_BREAK.search(new_rest) is not None)
    )
    old_rest, new_rest = old_after[after:], new_after[after:]
    ends = (
        after == len(old_after)
        or _BREAK.search(passage, len(passage) - after) is not None
        or (
            _SENTENCE_END.search(passage) is not None
            and old_rest[:1].isspace()
            and new_rest[:1].isspace()
        )
    )
    return len(passage) if starts and ends else 0


def supported(candidate: Candidate, length: int, bar: float, near: bool) -> bool:
    """Whether the quote (``length`` characters) and its context vouch for ``candidate``, with
    ``bar`` as the context bar; ``near``: the place is in the old place's neighbourhood.

    The quote must be within a quarter of edits; then both sides of context must resemble;
    or one side, if the quote changed by less than 15% and that side
    resembles closely, or if the place is near the old one and the quote is not short (an
    edited phrase whose neighbour changed too). A verbatim quote that, with the context still
    agreeing beside it, is as long as a sentence needs no more.
    """
    similarity = 1 - candidate.errors / length
    if similarity < 1 - MAX_ERROR_RATE:
        return False
    sides = (candidate.prefix, candidate.suffix)
    if all(side >= bar for side in sides):
        return True
    if near and candidate.errors and length >= SHORT_QUOTE and any(side >= bar for side in sides):
        return True
    if similarity >= STRONG_QUOTE and any(side >= max(bar, ONE_SIDE) for side in sides):
        return True
    if candidate.errors:
        return False
    return length >= LONG_QUOTE or candidate.sentence >= LONG_SENTENCE


def place(
    text: str,
    quote: TextQuoteSelector,
    hint: int | None,
    run: list[tuple[int, int]],
    max_errors: int,
) -> Candidate | None:
    """The best boundaries for one place the quote fits, ``run`` being its ends (consecutive
    positions, each with its fewest errors, from :func:`approximate.ends`).

    The end, then the start, then the end again are chosen for the most agreeing characters,
    the quote's and the context's, so that a reworded first word does not pull the start into
    the word before. Weighed are the ends (starts) with the fewest errors and those followed
    (preceded) by the stored context's first (last) characters; of boundaries that score alike,
    those on the quote's own first and last words win.
    """
    exact = quote.exact
    words = _WORD.findall(exact)
    first = words[0] if words and exact.startswith(words[0]) else None
    last = words[-1] if words and exact.endswith(words[-1]) else None
    head, tail = quote.suffix[:4], quote.prefix[-4:]

    def best_end(errors_at: dict[int, int]) -> int:
        fewest = min(errors_at.values())
        ends = [
            end
            for end, errors in errors_at.items()
            if errors == fewest or (head and text.startswith(head, end))
        ]
        return _best(
            ends,
            lambda end: -errors_at[end] + _side(quote.suffix, text[end : end + CONTEXT_LENGTH]),
            lambda end: last is not None and _last_word(text, end) == last,
        )

    end = best_end(dict(run))
    distances = approximate.starts(text, exact, end, max_errors)
    if not distances:
        return None
    fewest = min(distances.values())
    start = _best(
        [
            start
            for start, distance in distances.items()
            if distance == fewest or (tail and text.endswith(tail, 0, start))
        ],
        lambda start: (
            -distances[start]
            + _side(quote.prefix, text[max(0, start - CONTEXT_LENGTH) : start], before=True)
        ),
        lambda start: first is not None and text.startswith(first, start),
    )
    errors_at = {}
    for candidate_end, _ in run:
        if candidate_end > start:
            distance = Levenshtein.distance(
                exact, text[start:candidate_end], score_cutoff=max_errors
            )
            if distance <= max_errors:
                errors_at[candidate_end] = distance
    if errors_at:
        end = best_end(errors_at)
    errors = Levenshtein.distance(exact, text[start:end])
    return judge(text, start, end, errors, quote, hint)


def _side(old: str, new: str, before: bool = False) -> float:
    """The stored side's characters that agree: its similarity times its length."""
    return context_similarity(old, new, before) * len(old)


def _best(options: list[int], value, on_word) -> int:
    """The option of highest value; of those alike (within a hundredth of a character), the
    first on the quote's own word."""
    values = {option: value(option) for option in options}
    top = max(values.values())
    alike = [option for option in options if values[option] >= top - 0.01]
    return next((option for option in alike if on_word(option)), alike[0])


def _last_word(text: str, end: int) -> str | None:
    found = _LAST_WORD.search(text, max(0, end - 64), end)
    return found.group() if found is not None else None


def _inside_word(text: str, at: int) -> bool:
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _agreeing(a: str, b: str) -> int:
    """How many first characters ``a`` and ``b`` have in common."""
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count
