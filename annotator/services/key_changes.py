"""The key learns from the class: what several students tagged that the key lacks, and the
teacher's changes to the key (accept a claim, dismiss a suggestion, credit one student's
highlight), each one row of the teacher's database, so that undoing it is removing it.

Shared by the review window and ``annotator class key ...``. :func:`accept`, :func:`dismiss`
and :func:`credit` check and make a change, and store it unless told not to (the window stores
it through its undo stack, with :func:`restore`). Every change re-grades the class
on the next read of :meth:`Classroom.results` (the annotations are not read again). The key as
changed is written back as a pack's ``key.toml`` by :func:`key_text`, for
``annotator class key export`` and ``annotator pack build --with-class-key``.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from annotator.core.annotations.annotation import now_iso
from annotator.core.classroom.key_changes import (
    ACCEPT,
    CREDIT,
    DISMISS,
    KeyChange,
    accepted_claims,
    new_change,
)
from annotator.core.classroom.suggestions import MIN_STUDENTS, Suggestion
from annotator.core.classroom.suggestions import suggestions as find_suggestions
from annotator.core.lessons.key_writer import key_toml, toml_number
from annotator.core.lessons.pack import PackError, read_key_text
from annotator.services.classroom import Classroom
from annotator.services.files import write_atomically


class KeyChangeError(ValueError):
    """A change of the key that cannot be made; the message says why, for the teacher."""


def suggestions(
    classroom: Classroom, min_students: int = MIN_STUDENTS, cache: dict | None = None
) -> list[Suggestion]:
    """Spans at least ``min_students`` students tagged that the key lacks, not dismissed, most
    students first (:mod:`annotator.core.classroom.suggestions`; ``cache`` is its cache, kept
    by the caller)."""
    return find_suggestions(
        classroom.lesson,
        classroom.annotations_by_student(),
        classroom.grades(),
        classroom.key_changes().dismissed,
        min_students=min_students,
        cache=cache,
    )


def accept(
    classroom: Classroom,
    article_id: str,
    start: int,
    end: int,
    *,
    tag: str,
    note: str = "",
    points: float = 1.0,
    students: int = 0,
    store: bool = True,
) -> KeyChange:
    """Takes ``[start, end)`` of the article into the key as a claim of ``tag``."""
    lesson = classroom.lesson
    if tag not in lesson.tags:
        known = ", ".join(lesson.tags.names)
        raise KeyChangeError(f"no tag '{tag}' in this lesson (known: {known})")
    change = _change(
        classroom,
        ACCEPT,
        article_id,
        start,
        end,
        tag=tag,
        note=note.strip(),
        points=points,
        students=students,
    )
    return _stored(classroom, change, store)


def accept_suggestion(
    classroom: Classroom,
    suggestion: Suggestion,
    *,
    tag: str | None = None,
    note: str = "",
    points: float = 1.0,
    store: bool = True,
) -> KeyChange:
    """Takes a suggestion into the key: its span, with the tag most chose unless told."""
    return accept(
        classroom,
        suggestion.article_id,
        suggestion.start,
        suggestion.end,
        tag=tag or suggestion.tag,
        note=note,
        points=points,
        students=suggestion.count,
        store=store,
    )


def dismiss(classroom: Classroom, suggestion: Suggestion, *, store: bool = True) -> KeyChange:
    """Stops offering a suggestion (and any that agrees with it)."""
    change = _change(
        classroom,
        DISMISS,
        suggestion.article_id,
        suggestion.start,
        suggestion.end,
        tag=suggestion.tag,
        students=suggestion.count,
    )
    return _stored(classroom, change, store)


def credit(
    classroom: Classroom,
    student_key: str,
    annotation_id: str,
    *,
    points: float = 1.0,
    note: str = "",
    store: bool = True,
) -> KeyChange:
    """Credits one student's highlight as a claim worth ``points``, for that student alone."""
    work = classroom.annotations_by_student().get(student_key)
    if work is None:
        raise KeyChangeError("that student is not in the class")
    annotation = next((a for a in work if a.id == annotation_id), None)
    if annotation is None:
        raise KeyChangeError("that highlight is not in the student's work")
    if annotation.orphaned:
        raise KeyChangeError("that highlight is not found in this version of the article")
    change = _change(
        classroom,
        CREDIT,
        annotation.article_id,
        annotation.start,
        annotation.end,
        tag=annotation.tag,
        note=note.strip(),
        points=points,
        student_key=student_key,
        annotation_id=annotation_id,
    )
    return _stored(classroom, change, store)


def remove(classroom: Classroom, change_id: str) -> KeyChange | None:
    """Removes a change (undoes it); returns it, to be put back by :func:`restore`."""
    change = next((c for c in classroom.key_changes().changes if c.id == change_id), None)
    if change is not None:
        classroom.change_key(classroom.key_repository.remove, change_id)
    return change


def restore(classroom: Classroom, change: KeyChange) -> None:
    """Stores a change made with ``store=False``, or puts back one removed, as it was."""
    classroom.change_key(classroom.key_repository.add, change)


def _stored(classroom: Classroom, change: KeyChange, store: bool) -> KeyChange:
    if store:
        restore(classroom, change)
    return change


def _change(
    classroom: Classroom, kind: str, article_id: str, start: int, end: int, **fields
) -> KeyChange:
    lesson = classroom.lesson
    if not lesson.has_article(article_id):
        raise KeyChangeError(f"no article '{article_id}' in this lesson")
    text = lesson.article(article_id).text.text
    if not 0 <= start < end <= len(text) or not text[start:end].strip():
        raise KeyChangeError("the span holds no words of the article")
    try:
        return new_change(
            kind,
            text,
            article_id,
            start,
            end,
            change_id=f"k-{uuid.uuid4().hex[:16]}",
            created=now_iso(),
            **fields,
        )
    except ValueError as error:
        raise KeyChangeError(str(error)) from None


# -- writing the key back


def key_text(classroom: Classroom) -> str:
    """The key as the teacher changed it, as a pack's ``key.toml``: the pack's claims, then the
    accepted ones, each marked; checked by reading it back against the lesson (the same
    claims, points and rules), so that a file that would not load is never written."""
    pack, lesson = classroom.pack_lesson, classroom.lesson
    changes = classroom.key_changes()
    accepted = [c for c in changes.accepted if accepted_claims(pack, [c])]
    comments = {
        len(pack.key) + number: (
            f"accepted from the class on {change.created[:10] or 'a later day'}"
            + (f": {change.students} students tagged it" if change.students else "")
        )
        for number, change in enumerate(accepted)
    }
    target_comment = ""
    if accepted and pack.rules.target is None and pack.key:
        target_comment = (
            f"the target the class was graded with: 80% of the pack's own "
            f"{toml_number(sum(s.points for s in pack.key))} points; remove it for 80% of all"
        )
    text = key_toml(
        lesson,
        lesson.key,
        lesson.rules,
        header=[
            f"Answer key for the lesson “{lesson.title}” ({lesson.id} {lesson.version}).",
            f"Written by Annotator on {date.today().isoformat()}: the pack's "
            f"{len(pack.key)} claim(s) and {len(accepted)} accepted from the class.",
            "The format is described in docs/lesson-packs.md; grading in docs/grading.md.",
        ],
        comments=comments,
        target_comment=target_comment,
    )
    try:
        key, rules = read_key_text(text, lesson)
    except PackError as error:  # a bug, not the teacher's doing: say what went wrong
        raise KeyChangeError(f"the key written would not load: {error}") from None
    if key != lesson.key or rules != lesson.rules:
        raise KeyChangeError("the key written does not read back as the key")
    return text


def export_key(classroom: Classroom, out: str | Path) -> Path:
    """Writes :func:`key_text` to ``out`` (atomically)."""
    return write_atomically(out, key_text(classroom))
