"""The answer key as annotations, so that it is drawn (and read) like students' work (the
review window's key view). The other way, annotations made into a key by a teacher tagging in
key mode, is :mod:`annotator.core.annotations.key_tagging`."""

from __future__ import annotations

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.lessons.lesson import Lesson

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
