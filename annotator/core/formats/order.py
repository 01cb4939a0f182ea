"""The one order of annotations in every export and report, so that two exports of the same
work are byte-for-byte comparable."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import Lesson


def sort_annotations(annotations: Iterable[Annotation], lesson: Lesson | None) -> list[Annotation]:
    """Annotations in export order: article order of ``lesson``, then start, then id.

    The order is total (the id breaks every tie), so exports are reproducible. Annotations whose
    article is not in ``lesson`` (another lesson, a removed article) or when no lesson is given
    come after the known articles, grouped by lesson id and article id.
    """
    rank: dict[tuple[str, str], int] = {}
    if lesson is not None:
        rank = {(lesson.id, article.id): i for i, article in enumerate(lesson.articles)}
    unknown = len(rank)

    def key(annotation: Annotation) -> tuple[int, str, str, int, str]:
        return (
            rank.get((annotation.lesson_id, annotation.article_id), unknown),
            annotation.lesson_id,
            annotation.article_id,
            annotation.start,
            annotation.id,
        )

    return sorted(annotations, key=key)
