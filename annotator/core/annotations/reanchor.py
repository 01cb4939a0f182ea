"""Re-anchoring: placing an annotation in another version of its lesson.

One path for the student's workspace (a new pack version opened) and the teacher's class (a
submission made with another version), so that both place, stamp and orphan alike.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import Lesson
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
    # Here, not at the top: the anchoring search (and its native library) loads only when an
    # annotation has to be placed again, never on a student's ordinary start.
    from annotator.core.text.anchoring import anchor

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


class Placing:
    """Re-anchoring many annotations in one lesson, a part at a time.

    :meth:`run` places annotations until all are placed or its time is up, so a window can
    place what fits in a frame and hand the rest to a worker thread. It is pure Python and
    touches nothing but its own lists, so one thread at a time may run it; :attr:`placed`
    pairs each annotation with its re-anchored self, in order.
    """

    def __init__(self, annotations: Iterable[Annotation], lesson: Lesson) -> None:
        self.lesson = lesson
        self.annotations = list(annotations)
        self.placed: list[tuple[Annotation, Annotation]] = []
        self._cancelled = False

    @property
    def done(self) -> bool:
        return len(self.placed) == len(self.annotations)

    @property
    def pending(self) -> list[Annotation]:
        """The annotations not placed yet."""
        return self.annotations[len(self.placed) :]

    def run(self, seconds: float | None = None) -> bool:
        """Places the next annotations, for about ``seconds`` at most (all if None); True when
        every annotation is placed."""
        deadline = None if seconds is None else time.perf_counter() + seconds
        while not self.done and not self._cancelled:
            annotation = self.annotations[len(self.placed)]
            self.placed.append((annotation, reanchor(annotation, self.lesson)))
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return self.done

    def cancel(self) -> None:
        """Stops :meth:`run` after the annotation it is placing (from any thread)."""
        self._cancelled = True
