"""The class heat map: for each stretch of an article, how many students tagged it, and how.

A sweep over the span boundaries of every student's annotations, so the cost grows with the
number of annotations, not with the length of the article times the class size.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from annotator.core.annotations.annotation import Annotation
from annotator.core.text.selectors import TextPositionSelector


@dataclass(frozen=True)
class HeatSegment:
    start: int
    end: int
    students: int  # how many students tagged (some of) this stretch
    by_tag: tuple[tuple[str, int], ...]  # (tag, students), most students first

    @property
    def main_tag(self) -> str:
        return self.by_tag[0][0]


def heat_segments(
    annotations_by_student: Mapping[str, Sequence[Annotation]], article_id: str
) -> list[HeatSegment]:
    """Maximal stretches with the same students and tags; only stretches someone tagged."""
    on_article = {
        student: [a for a in work if a.article_id == article_id]
        for student, work in annotations_by_student.items()
    }
    return heat_map(on_article).get(article_id, [])


def heat_map(
    annotations_by_student: Mapping[str, Sequence[Annotation]],
) -> dict[str, list[HeatSegment]]:
    """:func:`heat_segments` of every article that someone tagged, by article id.

    The class is gone through once for all its articles: the review window shows them side by
    side, and a class of 40 holds 12,000 annotations.
    """
    tag_numbers: dict[str, int] = {}
    boundaries: dict[str, _Boundaries] = {}
    for student, work in enumerate(annotations_by_student.values()):
        for annotation in work:
            if annotation.orphaned:
                continue
            tag = tag_numbers.setdefault(annotation.tag, len(tag_numbers))
            found = boundaries.get(annotation.article_id)
            if found is None:
                found = boundaries[annotation.article_id] = _Boundaries()
            found.add(annotation.position, student, tag)
    tags = list(tag_numbers)
    return {
        article_id: _sweep(found, tags, len(annotations_by_student))
        for article_id, found in boundaries.items()
    }


@dataclass
class _Boundaries:
    """Where the annotations on one article start (+1) and end (-1), by whom and with which tag
    (numbered), as parallel lists of ints.

    Not a tuple per boundary: ints are no work for the garbage collector, and 24,000 tuples for
    a class of 40 set off about 50 collections, a full one among them (30 to 40 ms).
    """

    offsets: list[int] = field(default_factory=list)
    deltas: list[int] = field(default_factory=list)
    students: list[int] = field(default_factory=list)
    tags: list[int] = field(default_factory=list)

    def add(self, position: TextPositionSelector, student: int, tag: int) -> None:
        self.offsets += (position.start, position.end)
        self.deltas += (1, -1)
        self.students += (student, student)
        self.tags += (tag, tag)


def _sweep(boundaries: _Boundaries, tags: list[str], students: int) -> list[HeatSegment]:
    """The segments between the ``boundaries`` (numbered by ``tags`` and students).

    The counts are kept up to date boundary by boundary (:class:`_Coverage`), so a boundary
    costs the boundaries at its offset, not the annotations over it; the tags of a stretch are
    sorted again only when their counts moved.
    """
    offsets = boundaries.offsets
    # Every boundary at one offset is applied before the stretch after it is made, so the
    # order among them does not matter.
    order = sorted(range(len(offsets)), key=offsets.__getitem__)
    coverage = _Coverage(students, len(tags))
    pairs = [[(tag, count) for count in range(students + 1)] for tag in tags]
    by_tag: tuple[tuple[str, int], ...] = ()
    segments: list[HeatSegment] = []
    offset = offsets[order[0]] if order else 0
    for index in order:
        if offsets[index] != offset:
            if coverage.students:
                if coverage.moved:
                    by_tag = _by_tag(pairs, coverage.per_tag)
                    coverage.moved = False
                _extend(segments, offset, offsets[index], coverage.students, by_tag)
            offset = offsets[index]
        coverage.apply(boundaries.deltas[index], boundaries.students[index], boundaries.tags[index])
    return segments


class _Coverage:
    """Who covers the sweep's position, and with which tags."""

    def __init__(self, students: int, tags: int) -> None:
        self.tags = tags
        self.layers = [0] * (students * tags)  # (student, tag) -> annotations covering
        self.per_tag = [0] * tags  # tag -> students with that tag here
        self.per_student = [0] * students  # student -> their tags here
        self.students = 0  # students with at least one tag here
        self.moved = False  # per_tag has changed

    def apply(self, delta: int, student: int, tag: int) -> None:
        """One annotation of ``student`` with ``tag`` starts (+1) or ends (-1) here."""
        pair = student * self.tags + tag
        before = self.layers[pair]
        self.layers[pair] = before + delta
        if before and before + delta:  # the student still covers this stretch with this tag
            return
        self.per_tag[tag] += delta
        self.moved = True
        tags_before = self.per_student[student]
        self.per_student[student] = tags_before + delta
        if not tags_before:
            self.students += 1
        elif not tags_before + delta:
            self.students -= 1


def _by_tag(pairs: list[list[tuple[str, int]]], per_tag: list[int]) -> tuple[tuple[str, int], ...]:
    """(tag, students) of the tags someone has here, most students first, then by name.

    ``pairs[tag][students]`` is that pair, made once per sweep: the same few hundred recur over
    thousands of stretches, and fewer objects mean fewer garbage collections.
    """
    present = [pairs[number][count] for number, count in enumerate(per_tag) if count]
    return tuple(sorted(present, key=_most_students_first))


def _extend(
    segments: list[HeatSegment],
    start: int,
    end: int,
    students: int,
    by_tag: tuple[tuple[str, int], ...],
) -> None:
    """Adds the stretch, or lengthens the last one when it ends here with the same tags."""
    previous = segments[-1] if segments else None
    if previous and previous.end == start and previous.by_tag == by_tag:
        segments[-1] = HeatSegment(previous.start, end, students, by_tag)
    else:
        segments.append(HeatSegment(start, end, students, by_tag))


def _most_students_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]
