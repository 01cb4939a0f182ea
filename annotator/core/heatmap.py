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
                position = annotation.position
                events.append((position.start, 1, student, annotation.tag))
                events.append((position.end, -1, student, annotation.tag))
    # Every event at one offset is applied before the stretch after it is made, so the order
    # among them does not matter: a plain tuple sort (no key function) will do.
    events.sort()
    layers: dict[tuple[str, str], int] = {}  # (student, tag) -> annotations covering the sweep
    per_tag: Counter[str] = Counter()  # tag -> students with that tag here
    per_student: Counter[str] = Counter()  # student -> their tags here
    segments: list[HeatSegment] = []
    index = 0
    while index < len(events):
        offset = events[index][0]
        while index < len(events) and events[index][0] == offset:
            _, delta, student, tag = events[index]
            before = layers.get((student, tag), 0)
            after = before + delta
            if after:
                layers[(student, tag)] = after
            else:
                del layers[(student, tag)]
            if not before or not after:  # the student starts or stops covering with this tag
                _count(per_tag, tag, delta)
                _count(per_student, student, delta)
            index += 1
        if index >= len(events) or not layers:
            continue
        next_offset = events[index][0]
        by_tag = tuple(sorted(per_tag.items(), key=_most_students_first))
        previous = segments[-1] if segments else None
        if previous and previous.end == offset and previous.by_tag == by_tag:
            segments[-1] = HeatSegment(previous.start, next_offset, len(per_student), by_tag)
        else:
            segments.append(HeatSegment(offset, next_offset, len(per_student), by_tag))
    return segments


def _count(counter: Counter[str], key: str, delta: int) -> None:
    counter[key] += delta
    if not counter[key]:
        del counter[key]


def _most_students_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]
