"""Re-anchoring: placing an annotation in another version of its lesson.

One path for the student's workspace (a new pack version opened) and the teacher's class (a
submission made with another version), so that both place, stamp and orphan alike.
"""

from __future__ import annotations

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import Lesson
from annotator.core.text.anchoring import anchor
from annotator.core.text.selectors import describe


def reanchor(annotation: Annotation, lesson: Lesson) -> Annotation:
    """The annotation placed in ``lesson``'s text, or orphaned where it cannot be placed.

    Placed, it gets selectors of the new text and the lesson's version and content hash.
    Orphaned (its quote is not found, or its article is not in this lesson), it keeps its old
    selectors and stamps: they are what the student tagged, and a later version of the pack
    may bring the text back.
    """
    if not lesson.has_article(annotation.article_id):
        return annotation.with_changes(orphaned=True)
    text = lesson.article(annotation.article_id).text.text
    hint = annotation.position if annotation.end <= len(text) else None
    found = anchor(text, hint, annotation.quote)
    if found is None:
        return annotation.with_changes(orphaned=True)
    position, quote = describe(text, found.start, found.end)
    return annotation.with_changes(
        position=position,
        quote=quote,
        orphaned=False,
        lesson_version=lesson.version,
        pack_hash=lesson.content_hash,
    )


def sits_in(annotation: Annotation, lesson: Lesson) -> bool:
    """True when the annotation's offsets hold its quote in ``lesson``'s text: where an
    annotation made on this very version must be. A file may claim the version and still say
    otherwise (offsets past the article's end, a quote edited by hand)."""
    if not lesson.has_article(annotation.article_id):
        return False
    text = lesson.article(annotation.article_id).text.text
    start, end = annotation.start, annotation.end
    return 0 <= start < end <= len(text) and text[start:end] == annotation.quote.exact
