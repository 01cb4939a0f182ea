"""The answer key as annotations, so that it is drawn (and read) like students' work; and
annotations as an answer key, for the key a teacher tags in key mode."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.lessons.authoring.key_spans import KeyDetails, key_span
from annotator.core.lessons.lesson import KeySpan, Lesson
from annotator.core.text.selectors import TextPositionSelector

KEY_AUTHOR = "Answer key"


def key_as_annotations(lesson: Lesson) -> list[Annotation]:
    """One annotation per span of the lesson's key, placed in this version of the lesson."""
    stamp = now_iso()
    return [
        Annotation(
            id=f"key-{index}",
            lesson_id=lesson.id,
            article_id=span.article_id,
            tag=span.tag,
            position=span.position,
            quote=span.quote,
            student=KEY_AUTHOR,
            note=span.note,
            created=stamp,
            modified=stamp,
            lesson_version=lesson.version,
            pack_hash=lesson.content_hash,
        )
        for index, span in enumerate(lesson.key)
    ]


def key_from_annotations(
    lesson: Lesson,
    annotations: Iterable[Annotation],
    details: Mapping[str, KeyDetails] | None = None,
    key_words: Mapping[str, tuple[TextPositionSelector, ...]] | None = None,
) -> tuple[KeySpan, ...]:
    """The answer key a teacher tagged (key mode): one key span per annotation, its note the
    rationale, with the points and accepted tags of ``details`` (by annotation id), in the
    order of the lesson's articles and then of the text. Orphaned annotations are left out.

    ``key_words`` keeps the key words of a span read from a pack's key, while it stays where
    it was."""
    order = {article.id: number for number, article in enumerate(lesson.articles)}
    placed = sorted(
        (a for a in annotations if not a.orphaned and a.article_id in order),
        key=lambda a: (order[a.article_id], a.start, a.end),
    )
    details = details or {}
    key_words = key_words or {}
    key = []
    for annotation in placed:
        span = key_span(
            lesson,
            annotation.article_id,
            annotation.start,
            annotation.end,
            annotation.tag,
            annotation.note,
            details.get(annotation.id, KeyDetails()),
        )
        words = tuple(
            w
            for w in key_words.get(annotation.id, ())
            if annotation.start <= w.start and w.end <= annotation.end
        )
        key.append(replace(span, key_words=words))
    return tuple(key)
