"""An annotation: one student's tag (and optional note) on one span of one article."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector, describe

if TYPE_CHECKING:
    from annotator.core.lessons.lesson import Lesson

NOBODY = "nobody"  # the attribution of a claim its outlet credits to no one


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    lesson_id: str
    article_id: str
    tag: str
    position: TextPositionSelector
    quote: TextQuoteSelector
    student: str = ""
    note: str = ""
    created: str = ""
    modified: str = ""
    lesson_version: str = ""
    pack_hash: str = ""
    orphaned: bool = False  # could not be placed in the current text of its article
    # The student's linked claim this span belongs to (the same claim told by several
    # outlets): a LinkedClaim's id, or "" for none. At most one per annotation.
    claim_id: str = ""
    # Whom the outlet credits for what the span says: free text ("ICE spokesperson", "NBC
    # News"), NOBODY when it credits no one, or "" when the student has not said.
    attribution: str = ""

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    def with_changes(self, **changes) -> Annotation:
        return replace(self, modified=now_iso(), **changes)


def new_annotation(
    *,
    text: str,
    start: int,
    end: int,
    lesson_id: str,
    article_id: str,
    tag: str,
    student: str = "",
    note: str = "",
    lesson_version: str = "",
    pack_hash: str = "",
) -> Annotation:
    """A fresh annotation on ``text[start:end]`` with both selectors filled in."""
    from uuid import uuid4  # here: 4 ms that the first paint of the app need not wait for

    position, quote = describe(text, start, end)
    stamp = now_iso()
    return Annotation(
        id=str(uuid4()),
        lesson_id=lesson_id,
        article_id=article_id,
        tag=tag,
        position=position,
        quote=quote,
        student=student,
        note=note,
        created=stamp,
        modified=stamp,
        lesson_version=lesson_version,
        pack_hash=pack_hash,
    )


def annotation_in(
    lesson: Lesson,
    article_id: str,
    start: int,
    end: int,
    tag: str,
    *,
    student: str = "",
    note: str = "",
) -> Annotation:
    """A fresh annotation on ``start``-``end`` of an article of ``lesson``, stamped with the
    lesson's id, version and content hash (what re-anchoring compares later)."""
    return new_annotation(
        text=lesson.article(article_id).text.text,
        start=start,
        end=end,
        lesson_id=lesson.id,
        article_id=article_id,
        tag=tag,
        student=student,
        note=note,
        lesson_version=lesson.version,
        pack_hash=lesson.content_hash,
    )
