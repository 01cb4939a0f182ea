"""Approximate search: where a pattern occurs in a text with at most a few edits.

The text is scanned in native code, through RapidFuzz (a maintained C++ library with wheels for
every platform the app runs on): the text is cut into overlapping windows, and one call scores
them all by the longest common subsequence with the pattern. A window holding a match with at
most ``k`` edits keeps at least ``len(pattern) - k`` of the pattern's characters in order, so the
filter never drops a match; only the few windows that pass it are aligned exactly, by Myers'
bit-parallel algorithm, in Python. That alignment touches a few hundred characters where the
old search walked the whole text (0.4 s for 600,000 characters; the scan takes a few ms).

Offsets are code points: RapidFuzz compares Python strings character by character, whatever
their alphabet, so no mapping of characters is needed.
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq, Levenshtein

# A stretch this short (or four times the longest match) is aligned directly: the filter's
# fixed cost is more than the alignment's.
SMALL_STRETCH = 256


class Match(NamedTuple):
    """``text[start:end]`` is ``errors`` edits (Levenshtein) away from the pattern."""

    start: int
    end: int
    errors: int


def edit_distance(a: str, b: str) -> int:
    """The Levenshtein distance between ``a`` and ``b``."""
    return Levenshtein.distance(a, b)


def approximate_matches(
    text: str, pattern: str, max_errors: int, lo: int = 0, hi: int | None = None
) -> list[Match]:
    """Substrings of ``text[lo:hi]`` within ``max_errors`` edits of ``pattern``, one per place.

    Each place gives one match: the end with the fewest errors there (the first of equal ends),
    and the start with the fewest errors for that end (the one nearest the pattern's length
    among equals). :func:`alternatives` lists the other boundaries as good.
    """
    hi = len(text) if hi is None else hi
    return [
        Match(*_best_start(text, pattern, end, max_errors, lo), errors)
        for end, errors in _local_minima(_ends(text, pattern, max_errors, lo, hi))
    ]


def search(
    text: str, pattern: str, max_errors: int, around: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """The stretches ``(lo, hi)`` of ``text`` that may hold a match of ``pattern`` with at most
    ``max_errors`` edits, for :func:`ends` to align. ``around`` limits the search to a stretch.

    Every such match lies inside one of the stretches returned; most of the text is ruled out
    by the native filter without being aligned.
    """
    m = len(pattern)
    lo, hi = around if around is not None else (0, len(text))
    lo, hi = max(0, lo), min(len(text), hi)
    if m == 0 or hi - lo < max(1, m - max_errors):
        return []
    span = m + max_errors  # the longest match
    if hi - lo <= max(SMALL_STRETCH, 4 * span):
        return [(lo, hi)]
    # Windows of two spans, one span apart: every match lies wholly inside one of them. The
    # span is rounded up (by at most a quarter) so that quotes of near lengths share windows.
    span = _rounded(span)
    windows = _windows(text, lo, hi, span)
    # A match with k edits keeps m - k characters of the pattern, in order (a substitution or
    # a deletion loses one, an insertion none): a window's LCS with the pattern is at least that.
    kept = process.extract(
        pattern, windows, scorer=LCSseq.similarity, score_cutoff=m - max_errors, limit=None
    )
    # ...and a window of m characters holds at least m - k of them: the second, finer filter.
    cutoff = 100.0 * (m - max_errors) / m - 1e-9
    passing = sorted(
        index
        for window, _, index in kept
        if fuzz.partial_ratio(pattern, window, score_cutoff=cutoff) >= cutoff
    )
    stretches: list[tuple[int, int]] = []
    for index in passing:
        start = lo + index * span
        end = min(hi, start + 2 * span)
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


def _rounded(span: int) -> int:
    """``span`` rounded up to 4, 5, 6 or 7 times a power of two."""
    unit = 1 << max(0, span.bit_length() - 3)
    return -(-span // unit) * unit


_WINDOWS: dict[int, tuple[str, list[str]]] = {}
WINDOW_CACHE = 4  # cuts of a 1 MB text take a few MB each


def _windows(text: str, lo: int, hi: int, span: int) -> list[str]:
    """``text[lo:hi]`` cut into windows of ``2 * span`` characters, ``span`` apart. A lesson's
    texts are searched whole again and again with quotes of near lengths: the last few cuts of
    a whole text are kept (with the text, compared by identity)."""
    whole = (lo, hi) == (0, len(text))
    cached = _WINDOWS.get(span) if whole else None
    if cached is not None and cached[0] is text:
        return cached[1]
    stretch = text[lo:hi]
    width = 2 * span
    windows = [stretch[i : i + width] for i in range(0, len(stretch), span)]
    if whole:
        for old in list(_WINDOWS)[: max(0, len(_WINDOWS) - WINDOW_CACHE + 1)]:
            _WINDOWS.pop(old, None)  # the oldest first (threads may race here: harmless)
        _WINDOWS[span] = (text, windows)
    return windows


def ends(text: str, pattern: str, max_errors: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """Every end ``j`` in ``text[lo:hi]`` of an alignment of ``pattern`` with at most
    ``max_errors`` edits starting at or after ``lo``, with its fewest errors: ``(j, errors)``.

    Myers' bit-parallel algorithm: one pass over the stretch, a few integer operations a
    character, the pattern's columns kept as bits of Python integers.
    """
    return _ends(text, pattern, max_errors, lo, hi)


def _ends(text: str, pattern: str, max_errors: int, lo: int, hi: int) -> list[tuple[int, int]]:
    m = len(pattern)
    if m == 0:
        return []
    full = (1 << m) - 1
    high = 1 << (m - 1)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    pv, mv, score = full, 0, m
    found: list[tuple[int, int]] = []
    for j in range(lo, hi):
        eq = peq.get(text[j], 0)
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
            found.append((j + 1, score))
    return found


def _local_minima(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ends that no neighbouring end beats; of a run of equal ends, the first."""
    minima = []
    for index, (end, errors) in enumerate(found):
        before = found[index - 1] if index else None
        after = found[index + 1] if index + 1 < len(found) else None
        if before and before[0] == end - 1 and before[1] <= errors:
            continue
        if after and after[0] == end + 1 and after[1] < errors:
            continue
        minima.append((end, errors))
    return minima


def runs(found: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The ends of :func:`ends` grouped in runs of consecutive positions: one run, one place."""
    grouped: list[list[tuple[int, int]]] = []
    for end, errors in found:
        if grouped and grouped[-1][-1][0] == end - 1:
            grouped[-1].append((end, errors))
        else:
            grouped.append([(end, errors)])
    return grouped


def starts(text: str, pattern: str, end: int, max_errors: int, lo: int = 0) -> dict[int, int]:
    """For an alignment of ``pattern`` ending at ``end``: each start no earlier than ``lo`` whose
    distance is at most ``max_errors``, with that distance."""
    m = len(pattern)
    found = {}
    for length in range(max(1, m - max_errors), m + max_errors + 1):
        start = end - length
        if start < lo:
            break
        distance = Levenshtein.distance(pattern, text[start:end], score_cutoff=max_errors)
        if distance <= max_errors:
            found[start] = distance
    return found


def _best_start(text: str, pattern: str, end: int, max_errors: int, lo: int) -> tuple[int, int]:
    found = starts(text, pattern, end, max_errors, lo)
    if not found:  # the end's own alignment may start before ``lo``: cannot happen with lo=0
        return max(lo, end - len(pattern)), end
    m = len(pattern)
    start = min(found, key=lambda s: (found[s], abs(end - s - m)))
    return start, end
