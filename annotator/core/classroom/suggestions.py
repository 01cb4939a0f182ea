"""What the class found that the key lacks: spans several students tagged where the key has no
claim, grouped, for the teacher to accept into the key or dismiss.

**Which highlights.** Those whose verdict is *not in the key*, or *near a claim* without
covering two thirds of its key words (beside a claim, or on a few of its words): the grade's
``unkeyed``. A highlight that found a claim twice, or ran past a claim's sentence, is about a
claim the key has.

**Grouping**, per article, in words (:func:`~annotator.core.text.words.words`): two highlights
*agree* when they share at least half of the words of each. Every distinct extent students
chose is scored by how many students have a highlight that agrees with it; the best-supported
extent, in turn, gathers the highlights that agree with it and are in no group yet. So a group
holds highlights on the same words give or take a few, and a long stretch of the article
tagged piecemeal does not chain into one group.

**A suggestion** is a group of at least ``min_students`` students (2 by default): the span it
proposes is the extent most of them chose, snapped to whole words
(:func:`~annotator.core.text.words.snap_to_words`), with the tag most of them chose. A group
that agrees with a dismissed suggestion is not offered again. Suggestions come sorted by how
many students made them, most first.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.grading import StudentGrade
from annotator.core.classroom.key_changes import KeyChange, place
from annotator.core.lessons.lesson import Article, Lesson
from annotator.core.text.words import snap_to_words
from annotator.core.text.words import words as words_of

MIN_STUDENTS = 2
CACHED = 24  # articles' suggestions a cache keeps: the states of a few changes back

Member = tuple[str, str, str, int, int]  # (student key, annotation id, tag, start, end)


@dataclass(frozen=True)
class Suggestion:
    """A span several students tagged and the key lacks."""

    article_id: str
    start: int  # the span proposed, code point offsets
    end: int
    exact: str
    tag: str  # the tag most of them chose
    tags: tuple[tuple[str, int], ...]  # (tag, students) most chosen first
    students: tuple[str, ...]  # student keys, in the order of the class
    highlights: tuple[tuple[str, str], ...]  # (student key, annotation id) of every member

    @property
    def count(self) -> int:
        return len(self.students)

    @property
    def id(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"

    def highlight_of(self, student_key: str) -> str | None:
        """The annotation id of the student's highlight in the group (the first, if several)."""
        return next((a for s, a in self.highlights if s == student_key), None)


def suggestions(
    lesson: Lesson,
    by_student: Mapping[str, Sequence[Annotation]],
    grades: Mapping[str, StudentGrade],
    dismissed: Iterable[KeyChange] = (),
    *,
    min_students: int = MIN_STUDENTS,
    cache: dict | None = None,
) -> list[Suggestion]:
    """The suggestions of a graded class (see the module's text), most students first.

    ``cache``, a dict the caller keeps between calls, holds each article's suggestions by what
    they were made from: after a change of the key, only the articles whose highlights' verdicts
    changed are grouped again (and after an undo, none)."""
    order = {student: number for number, student in enumerate(by_student)}
    tag_order = {name: number for number, name in enumerate(lesson.tags.names)}
    candidates: dict[str, list[Member]] = {}
    for student, work in by_student.items():
        grade = grades.get(student)
        if grade is None:
            continue
        by_id = {a.id: a for a in work}
        for annotation_id in grade.unkeyed:
            a = by_id.get(annotation_id)
            if a is None or not lesson.has_article(a.article_id):
                continue
            candidates.setdefault(a.article_id, []).append((student, a.id, a.tag, a.start, a.end))
    dismissed_by_article: dict[str, list[tuple[int, int]]] = {}
    for change in dismissed:
        if lesson.has_article(change.article_id):
            placed = place(change, lesson.article(change.article_id).text.text)
            if placed is not None:
                dismissed_by_article.setdefault(change.article_id, []).append(placed)

    found: list[Suggestion] = []
    for article in lesson.articles:
        members = candidates.get(article.id)
        if not members:
            continue
        refused = dismissed_by_article.get(article.id, [])
        made = (article.text.text, tuple(members), tuple(refused), min_students, tuple(order))
        if cache is not None and made in cache:
            found += cache[made]
            continue
        mine = _article_suggestions(article, members, refused, min_students, order, tag_order)
        if cache is not None:
            while len(cache) >= CACHED:
                del cache[next(iter(cache))]
            cache[made] = mine
        found += mine
    found.sort(key=lambda s: (-s.count, _article_order(lesson, s.article_id), s.start, s.end))
    return found


def _article_suggestions(
    article: Article,
    members: list[Member],
    dismissed: list[tuple[int, int]],
    min_students: int,
    order: Mapping[str, int],
    tag_order: Mapping[str, int],
) -> list[Suggestion]:
    grouper = _Grouper(article.text.text)
    refused = [grouper.word_range(start, end) for start, end in dismissed]
    return [
        _suggestion(article.id, article.text.text, group, order, tag_order)
        for group in grouper.groups(members, refused)
        if len({m[0] for m in group}) >= min_students
    ]


def _article_order(lesson: Lesson, article_id: str) -> int:
    return next(n for n, article in enumerate(lesson.articles) if article.id == article_id)


def _agree(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two word ranges that share at least half of the words of each."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return 2 * shared >= a[1] - a[0] and 2 * shared >= b[1] - b[0] and shared > 0


@lru_cache(maxsize=16)
def _word_bounds(text: str) -> tuple[list[int], list[int]]:
    found = words_of(text)
    return [s for s, _ in found], [e for _, e in found]


class _Grouper:
    """The highlights of one article, grouped by the words they share."""

    def __init__(self, text: str) -> None:
        self.starts, self.ends = _word_bounds(text)

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """The words ``[i, j)`` that ``[start, end)`` touches."""
        i = bisect.bisect_right(self.ends, start)
        return i, max(i, bisect.bisect_left(self.starts, end, i))

    def groups(self, members: list[Member], refused: list[tuple[int, int]]) -> list[list[Member]]:
        extents: dict[tuple[int, int], list[Member]] = {}
        for member in members:
            words = self.word_range(member[3], member[4])
            if words[0] < words[1] and not any(_agree(words, r) for r in refused):
                extents.setdefault(words, []).append(member)
        ranges = sorted(extents)
        who = {extent: {m[0] for m in found} for extent, found in extents.items()}
        # An extent that shares half of the words of A = [a0, a1) holds one of A's middle
        # words (the middle one, or one of the two): only those extents are compared.
        covering: dict[int, list[tuple[int, int]]] = {}
        for extent in ranges:
            for word in range(*extent):
                covering.setdefault(word, []).append(extent)
        agreeing: dict[tuple[int, int], list[tuple[int, int]]] = {}
        support: dict[tuple[int, int], int] = {}
        for extent in ranges:
            a0, a1 = extent
            n = a1 - a0
            low, high = a0 + (n - 1) // 2, a0 + n // 2
            near = []
            for middle in {low, high}:
                for other in covering[middle]:
                    b0, b1 = other
                    if middle == high != low and b0 <= low < b1:
                        continue  # compared already, through the other middle word
                    shared = (a1 if a1 < b1 else b1) - (a0 if a0 > b0 else b0)
                    if 2 * shared >= n and 2 * shared >= b1 - b0:
                        near.append(other)
            near.sort()
            agreeing[extent] = near
            support[extent] = len(set().union(*(who[other] for other in near)))
        taken: set[tuple[int, int]] = set()
        groups = []
        for extent in sorted(ranges, key=lambda r: (-support[r], -len(extents[r]), r)):
            if extent in taken:
                continue
            gathered = [other for other in agreeing[extent] if other not in taken]
            taken.update(gathered)
            groups.append([m for other in gathered for m in extents[other]])
        return groups


def _suggestion(
    article_id: str,
    text: str,
    group: list[Member],
    order: Mapping[str, int],
    tag_order: Mapping[str, int],
) -> Suggestion:
    """The suggestion of one group: the extent most of its students chose, snapped to words."""
    by_extent: dict[tuple[int, int], set[str]] = {}
    for student, _a, _tag, start, end in group:
        by_extent.setdefault((start, end), set()).add(student)
    start, end = max(by_extent, key=lambda e: (len(by_extent[e]), -(e[1] - e[0]), -e[0]))
    start, end = snap_to_words(text, start, end)
    first_tag: dict[str, str] = {}  # a student with two highlights here: the first one's
    for student, _a, tag, _s, _e in sorted(group, key=lambda m: (order.get(m[0], 0), m[3])):
        first_tag.setdefault(student, tag)
    tags = Counter(first_tag.values())
    ranked = sorted(tags.items(), key=lambda item: (-item[1], tag_order.get(item[0], 99)))
    students = sorted({m[0] for m in group}, key=lambda s: order.get(s, 0))
    return Suggestion(
        article_id=article_id,
        start=start,
        end=end,
        exact=text[start:end],
        tag=ranked[0][0],
        tags=tuple(ranked),
        students=tuple(students),
        highlights=tuple((m[0], m[1]) for m in sorted(group, key=lambda m: order.get(m[0], 0))),
    )
