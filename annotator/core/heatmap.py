"""The class heat map: for each stretch of an article, how many students tagged it, and how.

A sweep over the span boundaries of every student's annotations, so the cost grows with the
number of annotations, not with the length of the article times the class size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annotator.core.annotation import Annotation


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
    events: list[tuple[int, int, str, str]] = []  # (offset, +1/-1, student, tag)
    for student, work in annotations_by_student.items():
        for annotation in work:
            if annotation.article_id == article_id and not annotation.orphaned:
                events.append((annotation.start, 1, student, annotation.tag))
                events.append((annotation.end, -1, student, annotation.tag))
    events.sort(key=lambda event: (event[0], event[1]))
    active: Counter[tuple[str, str]] = Counter()
    segments: list[HeatSegment] = []
    index = 0
    while index < len(events):
        offset = events[index][0]
        while index < len(events) and events[index][0] == offset:
            _, delta, student, tag = events[index]
            active[(student, tag)] += delta
            if active[(student, tag)] == 0:
                del active[(student, tag)]
            index += 1
        if index >= len(events) or not active:
            continue
        next_offset = events[index][0]
        tags = Counter(tag for _student, tag in active)
        students = len({student for student, _tag in active})
        by_tag = tuple(sorted(tags.items(), key=lambda item: (-item[1], item[0])))
        segment = HeatSegment(offset, next_offset, students, by_tag)
        previous = segments[-1] if segments else None
        if previous and previous.end == offset and previous.by_tag == by_tag:
            segments[-1] = HeatSegment(previous.start, next_offset, students, by_tag)
        else:
            segments.append(segment)
    return segments
