"""The answer key made ready for grading: each claim's words, key words and sentence, and how a
highlight stands to each claim it touches (a :class:`Fit`). The rule itself is stated in
``docs/grading.md`` and in :mod:`annotator.core.classroom.grading`; this module measures.

Everything is counted in **words** (those of :mod:`annotator.core.text.words`, which students
select, and the sentences of :mod:`annotator.core.text.sentences`), never characters, so a
missed comma or a trailing space changes nothing. A highlight *covers* a word when it holds at
least half of the word's characters: a letter or two missing at an edge does not matter.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from annotator.core.lessons.lesson import KeySpan
from annotator.core.text.sentences import sentence_spans
from annotator.core.text.words import words as words_of

# A highlight finds a claim by covering two thirds of its key words (compared in integers).
COVER_NUMERATOR, COVER_DENOMINATOR = 2, 3
FEW_WORDS = 3  # words beyond the claim that still earn full credit
SENTENCE_CREDIT = 1 / 3  # the claim with more of its sentence: "where it is, not what it is"


class Fit(NamedTuple):
    """How one highlight stands to one claim it overlaps, in words.

    ``finds``: the highlight covers two thirds of the claim's key words and no word outside its
    sentence(s). ``extent_credit``: 1 for the claim and at most :data:`FEW_WORDS` more words,
    else :data:`SENTENCE_CREDIT` (more of its sentence). Both are worked out by
    :meth:`PreparedKey.fits`, once. (A named tuple: thousands are made per class, and a
    tuple is made several times faster than a frozen dataclass.)
    """

    key_index: int
    key_words: int  # the claim's key words (its own words unless the key names some)
    covered: int  # how many of them the highlight covers
    extra_words: int  # words of the highlight that are not the claim's
    outside: int  # words of the highlight outside the claim's sentence(s)
    iou: float  # character overlap, intersection over union (kept for exports)
    covers_key_words: bool
    finds: bool
    extent_credit: float

    @property
    def coverage(self) -> float:
        return self.covered / self.key_words if self.key_words else 0.0


class _Article:
    """One article's words and sentences, and its claims sorted by start."""

    def __init__(self, text: str, claims: list[tuple[int, KeySpan]]) -> None:
        words = words_of(text)
        self.word_starts = [s for s, _ in words]
        self.word_ends = [e for _, e in words]
        sentences = sentence_spans(text) or [(0, len(text))]
        self.sentence_starts = [s for s, _ in sentences]
        self.sentence_ends = [e for _, e in sentences]
        claims.sort(key=lambda item: (item[1].position.start, item[0]))
        self.claim_starts = [span.position.start for _, span in claims]
        self.claims = claims
        self.longest = max((s.position.end - s.position.start for _, s in claims), default=0)
        # key index -> (key index, start, end, its words [c0, c1), its key word indices, the
        # words of its sentences [r0, r1)), in the order of ``claims``: what a Fit needs
        self.shape: dict[int, tuple[int, int, int, int, int, list[int], int, int]] = {}
        # sentence index -> the claims in it, for explaining a highlight that touches none
        self.in_sentence: dict[int, list[int]] = {}
        for index, span in claims:
            c0, c1 = self.covered(span.position.start, span.position.end)
            if span.key_words:
                keys = sorted(
                    {i for kw in span.key_words for i in range(*self.covered(kw.start, kw.end))}
                )
            else:
                keys = list(range(c0, c1))
            first = bisect.bisect_right(self.sentence_starts, span.position.start) - 1
            last = bisect.bisect_left(self.sentence_starts, span.position.end) - 1
            first, last = max(first, 0), max(last, first, 0)
            region_start, region_end = self.sentence_starts[first], self.sentence_ends[last]
            r0 = bisect.bisect_left(self.word_starts, region_start)
            r1 = bisect.bisect_right(self.word_ends, region_end)
            position = span.position
            self.shape[index] = (
                index,
                position.start,
                position.end,
                c0,
                c1,
                keys,
                min(r0, c0),
                max(r1, c1),
            )
            for sentence in range(first, last + 1):
                self.in_sentence.setdefault(sentence, []).append(index)
        self.ordered = [self.shape[index] for index, _ in claims]

    def covered(self, start: int, end: int) -> tuple[int, int]:
        """The words ``[i, j)`` that ``[start, end)`` covers (holds half of, or more)."""
        starts, ends = self.word_starts, self.word_ends
        i = bisect.bisect_right(ends, start)
        j = bisect.bisect_left(starts, end, i)
        if i < j:
            w0, w1 = starts[i], ends[i]
            if 2 * ((end if end < w1 else w1) - (start if start > w0 else w0)) < w1 - w0:
                i += 1
        if i < j:
            w0, w1 = starts[j - 1], ends[j - 1]
            if 2 * ((end if end < w1 else w1) - (start if start > w0 else w0)) < w1 - w0:
                j -= 1
        return i, j


class PreparedKey:
    """The key of a lesson indexed for grading, built once for a whole class."""

    def __init__(self, key: Sequence[KeySpan], texts: Mapping[str, str]) -> None:
        self.key = key
        grouped: dict[str, list[tuple[int, KeySpan]]] = {}
        for index, span in enumerate(key):
            if not span.points > 0:
                raise ValueError(f"key span {index} is worth {span.points} points; must be > 0")
            grouped.setdefault(span.article_id, []).append((index, span))
        self._articles = {
            article_id: _Article(texts[article_id], claims)
            for article_id, claims in grouped.items()
        }

    def fits(self, article_id: str, start: int, end: int) -> list[Fit]:
        """How the highlight ``[start, end)`` stands to every claim it overlaps."""
        return self.fits_of([(article_id, start, end)])[0]

    def fits_of(self, highlights: Iterable[tuple[str, int, int]]) -> list[list[Fit]]:
        """:meth:`fits` of each ``(article id, start, end)``, in one pass (a student's work)."""
        articles = self._articles
        bisect_left, bisect_right = bisect.bisect_left, bisect.bisect_right
        none: list[Fit] = []
        result: list[list[Fit]] = []
        # Written out in one loop, with conditional expressions rather than min() and max():
        # this runs for every highlight of a class, and calls were most of its time.
        for article_id, start, end in highlights:
            article = articles.get(article_id)
            if article is None:
                result.append(none)
                continue
            starts = article.claim_starts
            lo = bisect_right(starts, start - article.longest)
            hi = bisect_left(starts, end, lo)
            found: list[Fit] = []
            i0 = i1 = words = -1
            ordered = article.ordered
            for number in range(lo, hi):
                index, k_start, k_end, c0, c1, keys, r0, r1 = ordered[number]
                if k_end <= start:
                    continue
                if i0 < 0:
                    i0, i1 = article.covered(start, end)
                    words = i1 - i0 if i1 > i0 else 0
                inter = (end if end < k_end else k_end) - (start if start > k_start else k_start)
                if keys:
                    covered = bisect_left(keys, i1) - bisect_left(keys, i0)
                    key_words = len(keys)
                else:  # a claim of punctuation only: half of its characters cover it
                    covered, key_words = int(2 * inter >= k_end - k_start), 1
                inside = (i1 if i1 < c1 else c1) - (i0 if i0 > c0 else c0)
                extra = words - inside if inside > 0 else words
                inside = (i1 if i1 < r1 else r1) - (i0 if i0 > r0 else r0)
                outside = words - inside if inside > 0 else words
                enough = covered * COVER_DENOMINATOR >= key_words * COVER_NUMERATOR and covered > 0
                found.append(
                    Fit(
                        index,
                        key_words,
                        covered,
                        extra,
                        outside,
                        inter / ((end - start) + (k_end - k_start) - inter),
                        enough,
                        enough and outside == 0,
                        1.0 if extra <= FEW_WORDS else SENTENCE_CREDIT,
                    )
                )
            result.append(found if found else none)
        return result

    def neighbours(self, article_id: str, start: int) -> Sequence[int]:
        """The claims in the sentence where ``start`` stands: "near", for a highlight on none."""
        article = self._articles.get(article_id)
        if article is None:
            return ()
        sentence = bisect.bisect_right(article.sentence_starts, start) - 1
        return article.in_sentence.get(sentence, ())
