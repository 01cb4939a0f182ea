"""Grading a student's annotations against the lesson's answer key.

**What counts as a match.** A student annotation and a key span *match* when they are on the same
article and their character overlap, intersection over union of the half-open ranges
``[start, end)``, is at least the lesson's threshold (inclusive: at the default 0.5, a student span
exactly half the size of the key span, lying inside it, still matches). IoU rather than "any
overlap" so that highlighting a whole paragraph does not match every claim in it; rather than exact
offsets, because students select by hand and a missed comma is not a wrong answer.

**Tags.** A span match with the key's tag is a *match* (a true positive). A span match with another
tag is a *wrong tag*: the student found the claim but classified it wrongly, which is worth telling
apart from not finding it at all, so it is reported on its own in :attr:`StudentGrade.wrong_tag`.
It is not a true positive: it earns no points, lowers precision, and its key span is unfound for
recall. It appears in neither :attr:`StudentGrade.misses` nor :attr:`StudentGrade.extras`, which
hold only what had no counterpart at all.

**Assignment.** Matching is one-to-one: a key span is matched at most once, a student annotation at
most once, so highlighting one claim twice earns one match and one extra. It is done in two rounds:
first same-tag pairs, then, among what is left, different-tag pairs, so that a right-tag match is
never lost to a wrong-tag pair that happens to overlap a little more. Each round takes, among all
one-to-one assignments, one with the **most pairs** and, among those, the **highest total IoU**.
Most pairs first because a student should never lose a match to a tidier-looking alignment: with
key spans A inside B, and two student spans, one equal to A (matching A and B) and one inside A
(matching A only), "the best IoU first" (greedy) pairs the first with A and leaves B unfound,
though both key spans could be matched. The
assignment is exact, not greedy: the candidate pairs split into connected groups of spans that
overlap one another, almost all of a single pair; the rare larger groups are solved with the
Hungarian algorithm. Ties between equally good assignments are broken deterministically by the
order of the key and of the submission, so re-grading the same work gives the same result.

**Scores.** Per tag and overall:

* *recall* = points of matched key spans / points of all key spans (each key span is worth
  :attr:`KeySpan.points`, 1 by default, so without points it is the share of key spans found);
* *precision* = matched annotations / the student's annotations (not weighted: a student cannot
  know what a claim is worth, only whether it is one);
* *F1* = their harmonic mean, 0 when both are 0.

Where the key has no span (for one tag, or at all) there is nothing to find: recall is undefined,
and so, for that tag, are precision and F1, which are then ``None``; the annotations still count
against the overall precision whenever the key is not empty. A student who annotated nothing has
precision 0 (not undefined), so that an empty submission scores 0 rather than escaping the grade.

**Orphaned annotations** (their text could no longer be found in the article) are never matched and
never counted; they are listed in :attr:`StudentGrade.orphaned` so the teacher can see them.

**Speed.** Key spans are indexed per article and sorted by start; each annotation is compared only
with the key spans that can overlap it (found by bisection), so a class of 40 students with 300
annotations each against a 50-span key grades in a few tens of milliseconds.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import DEFAULT_MATCH_THRESHOLD, KeySpan
from annotator.core.text.selectors import TextPositionSelector

OVERALL = "*"  # the tag of the overall score; no real tag can be spelt so (see tags.TAG_NAME)

WrongTag = tuple[str, int, float]  # (annotation_id, key_index, iou)


@dataclass(frozen=True, slots=True)
class Match:
    """A student annotation (by id) paired with a key span (by its index in the key)."""

    annotation_id: str
    key_index: int
    iou: float


@dataclass(frozen=True, slots=True)
class TagScore:
    """Precision, recall and F1 for one tag, or overall (tag :data:`OVERALL`).

    The three scores are ``None`` when the key has no span of this tag (nothing to find).
    """

    tag: str
    precision: float | None
    recall: float | None
    f1: float | None
    true_positives: int
    student_count: int  # the student's annotations of this tag, orphaned ones left out
    key_count: int  # the key's spans of this tag


@dataclass(frozen=True)
class StudentGrade:
    """One student's work against the key: what was found, what was not, and the scores.

    ``matches`` and ``wrong_tag`` are sorted by key index, ``misses`` ascending, ``extras`` and
    ``orphaned`` in the order of the submission.
    """

    student: str
    matches: list[Match]
    wrong_tag: list[WrongTag]
    misses: list[int]  # key spans with no counterpart, not even a wrongly tagged one
    extras: list[str]  # annotations with no counterpart in the key
    orphaned: list[str]  # annotations that could not be placed in the article: never graded
    per_tag: dict[str, TagScore]  # every tag of the key or of the submission, sorted by name
    overall: TagScore
    points_earned: float
    points_possible: float


class _KeyIndex:
    """The key spans of each article sorted by start, for finding those that overlap a span.

    Built once per key, so that grading a class does not re-sort the key for every student.
    """

    def __init__(self, key: Sequence[KeySpan]) -> None:
        self.key = key
        grouped: dict[str, list[int]] = {}
        self.by_tag: dict[str, list[int]] = {}  # tag -> its key indices, ascending
        for index, span in enumerate(key):
            if not span.points > 0:
                raise ValueError(f"key span {index} is worth {span.points} points; must be > 0")
            grouped.setdefault(span.article_id, []).append(index)
            self.by_tag.setdefault(span.tag, []).append(index)
        # article -> (starts, key indices, their positions, longest span length)
        self._articles: dict[str, tuple[list[int], list[int], list[TextPositionSelector], int]] = {}
        for article_id, indices in grouped.items():
            indices.sort(key=lambda i: (key[i].position.start, i))
            positions = [key[i].position for i in indices]
            starts = [position.start for position in positions]
            longest = max(position.end - position.start for position in positions)
            self._articles[article_id] = (starts, indices, positions, longest)

    def candidates(self, annotation: Annotation, threshold: float) -> list[tuple[int, float]]:
        """``(key index, IoU)`` of every key span the annotation matches by position alone."""
        entry = self._articles.get(annotation.article_id)
        if entry is None:
            return []
        starts, indices, positions, longest = entry
        position = annotation.position
        # A key span starting at or before ``start - longest`` ends at or before ``start``.
        lo = bisect.bisect_right(starts, position.start - longest)
        hi = bisect.bisect_left(starts, position.end, lo)
        found = []
        for i in range(lo, hi):
            # One that ends before the annotation starts has an IoU of 0, below any threshold.
            if positions[i].end > position.start:
                iou = position.intersection_over_union(positions[i])
                if iou >= threshold:
                    found.append((indices[i], iou))
        return found


def grade_student(
    annotations: Sequence[Annotation],
    key: Sequence[KeySpan],
    threshold: float = DEFAULT_MATCH_THRESHOLD,
    *,
    student: str | None = None,
) -> StudentGrade:
    """Grade one student's annotations (on any of the lesson's articles) against the key.

    ``student`` names the student in the result; by default it is taken from the annotations.
    """
    _check_threshold(threshold)
    if student is None:
        student = next((a.student for a in annotations if a.student), "")
    return _grade(annotations, _KeyIndex(key), threshold, student)


def grade_class(
    by_student: Mapping[str, Sequence[Annotation]],
    key: Sequence[KeySpan],
    threshold: float = DEFAULT_MATCH_THRESHOLD,
) -> dict[str, StudentGrade]:
    """Grade every student, in the mapping's order; the key is indexed once for all."""
    _check_threshold(threshold)
    index = _KeyIndex(key)
    return {name: _grade(work, index, threshold, name) for name, work in by_student.items()}


def _check_threshold(threshold: float) -> None:
    # 0 would let spans that do not overlap at all "match" (their IoU is 0).
    if not 0 < threshold <= 1:
        raise ValueError(f"the match threshold must be in (0, 1], got {threshold}")


def _grade(
    annotations: Sequence[Annotation], index: _KeyIndex, threshold: float, student: str
) -> StudentGrade:
    key = index.key
    orphaned = [a.id for a in annotations if a.orphaned]
    graded = [a for a in annotations if not a.orphaned]

    same_tag: list[tuple[int, int, float]] = []
    other_tag: list[tuple[int, int, float]] = []
    for a_index, annotation in enumerate(graded):
        for k_index, iou in index.candidates(annotation, threshold):
            pairs = same_tag if key[k_index].tag == annotation.tag else other_tag
            pairs.append((a_index, k_index, iou))

    right = _assign(same_tag)
    used_a = {a for a, _, _ in right}
    used_k = {k for _, k, _ in right}
    wrong = _assign([p for p in other_tag if p[0] not in used_a and p[1] not in used_k])
    used_a.update(a for a, _, _ in wrong)
    used_k.update(k for _, k, _ in wrong)

    matches = sorted((Match(graded[a].id, k, iou) for a, k, iou in right), key=_by_key_index)
    wrong_tag = sorted(((graded[a].id, k, iou) for a, k, iou in wrong), key=lambda w: w[1])
    misses = [k for k in range(len(key)) if k not in used_k]
    extras = [annotation.id for a, annotation in enumerate(graded) if a not in used_a]

    matched_keys = {k for _, k, _ in right}
    tagged = Counter(a.tag for a in graded)
    per_tag = {
        tag: _score(tag, index.by_tag.get(tag, []), matched_keys, key, tagged[tag])
        for tag in sorted(index.by_tag.keys() | tagged.keys())
    }
    overall = _score(OVERALL, range(len(key)), matched_keys, key, len(graded))
    return StudentGrade(
        student=student,
        matches=matches,
        wrong_tag=wrong_tag,
        misses=misses,
        extras=extras,
        orphaned=orphaned,
        per_tag=per_tag,
        overall=overall,
        points_earned=sum(key[k].points for k in sorted(matched_keys)),
        points_possible=sum(span.points for span in key),
    )


def _by_key_index(match: Match) -> int:
    return match.key_index


def _score(
    tag: str,
    key_indices: Iterable[int],
    matched_keys: set[int],
    key: Sequence[KeySpan],
    student_count: int,
) -> TagScore:
    key_indices = list(key_indices)
    true_positives = sum(1 for k in key_indices if k in matched_keys)
    if not key_indices:
        return TagScore(tag, None, None, None, 0, student_count, 0)
    possible = sum(key[k].points for k in key_indices)
    earned = sum(key[k].points for k in key_indices if k in matched_keys)
    recall = earned / possible
    precision = true_positives / student_count if student_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return TagScore(tag, precision, recall, f1, true_positives, student_count, len(key_indices))


def _assign(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A one-to-one subset of ``(annotation, key, iou)`` pairs: most pairs, then most total IoU.

    The pairs are split into connected components (annotations and key spans linked by a pair);
    a component of one pair, by far the commonest, is taken as it is, larger ones are solved
    exactly by :func:`_hungarian`.
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:  # path compression
            parent[node], node = root, parent[node]
        return root

    for a, k, _ in pairs:
        for node in (("a", a), ("k", k)):
            parent.setdefault(node, node)
        root_a, root_k = find(("a", a)), find(("k", k))
        if root_a != root_k:
            parent[root_a] = root_k

    components: dict[tuple[str, int], list[tuple[int, int, float]]] = {}
    for pair in pairs:
        components.setdefault(find(("k", pair[1])), []).append(pair)

    chosen: list[tuple[int, int, float]] = []
    for component in components.values():
        if len(component) == 1:
            chosen.extend(component)
            continue
        rows = sorted({a for a, _, _ in component})
        cols = sorted({k for _, k, _ in component})
        transpose = len(rows) > len(cols)  # the Hungarian solver wants rows <= columns
        if transpose:
            rows, cols = cols, rows
        row_of = {node: i for i, node in enumerate(rows)}
        col_of = {node: j for j, node in enumerate(cols)}
        # Each pair is worth more than any total of IoUs (at most len(rows) <= bonus - 1), so the
        # solver first maximises the number of pairs, then their IoU. Non-pairs cost 0, pairs
        # cost less than 0, so a minimal assignment only uses a non-pair where nothing else fits.
        bonus = len(rows) + 1
        cost = [[0.0] * len(cols) for _ in rows]
        iou_of: dict[tuple[int, int], float] = {}
        for a, k, iou in component:
            i, j = (row_of[k], col_of[a]) if transpose else (row_of[a], col_of[k])
            cost[i][j] = -(bonus + iou)
            iou_of[i, j] = iou
        for i, j in enumerate(_hungarian(cost)):
            if (i, j) in iou_of:
                a, k = (cols[j], rows[i]) if transpose else (rows[i], cols[j])
                chosen.append((a, k, iou_of[i, j]))
    return chosen


def _hungarian(cost: list[list[float]]) -> list[int]:
    """The column assigned to each row in a minimum-cost assignment; needs rows <= columns.

    The classic O(rows² · columns) shortest-augmenting-path form with potentials. Components are
    small (a handful of overlapping spans), so this is never the slow part of grading.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)  # row potentials
    v = [0.0] * (m + 1)  # column potentials
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) holding column j; 0 = free
    way = [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0] = row
        j0 = 0
        min_v = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < min_v[j]:
                        min_v[j], way[j] = reduced, j0
                    if min_v[j] < delta:
                        delta, j1 = min_v[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    min_v[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assigned = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assigned[owner[j] - 1] = j - 1
    return assigned
