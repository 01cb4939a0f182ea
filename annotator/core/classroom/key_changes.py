"""The teacher's changes to a lesson's answer key, learnt from the class: claims accepted into
the key, suggestions dismissed, and highlights credited for one student alone.

A change is data (:class:`KeyChange`), stored in the teacher's database one row each, so that
undoing one is removing it. What the changes make of a lesson is worked out here, purely:

* the **effective key** (:func:`effective_lesson`): the pack's claims, then the accepted ones,
  each placed in this version of the articles by its position or, if the text moved, by its
  quote (:func:`~annotator.core.text.anchoring.anchor`). Once a claim is accepted the target
  stays the pack's (written out, where the pack left it to 80% of the points): accepting a
  claim credits the students who found it and never lowers anyone else's score;
* the **teacher's credits** (:meth:`KeyChanges.credits_for`): per student, the highlights
  credited for that student alone (while they stand on the words credited), which
  :func:`~annotator.core.classroom.grading.grade_class` applies to that student's grade only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.grading import Credits, TeacherCredit
from annotator.core.classroom.verdicts import points_text
from annotator.core.lessons.lesson import GradingRules, KeySpan, Lesson
from annotator.core.text.anchoring import anchor
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector, describe

ACCEPT = "accept"  # a claim taken into the key, for the whole class
DISMISS = "dismiss"  # a suggestion the teacher does not want offered again
CREDIT = "credit"  # one student's highlight credited for that student alone
KINDS = (ACCEPT, DISMISS, CREDIT)
KIND_LABELS = {ACCEPT: "Accepted into the key", DISMISS: "Dismissed", CREDIT: "Credited"}


@dataclass(frozen=True)
class KeyChange:
    """One change of the key: its kind and the span it is about, in the lesson's text.

    ``tag``, ``note`` and ``points`` are the claim's (accepted) or the credit's; ``students``
    is how many students had tagged the span when the teacher decided (for the record);
    ``student_key`` and ``annotation_id`` name the highlight a credit is for.
    """

    id: str
    kind: str  # one of KINDS
    article_id: str
    position: TextPositionSelector
    quote: TextQuoteSelector
    tag: str = ""
    note: str = ""
    points: float = 0.0
    students: int = 0
    student_key: str = ""
    annotation_id: str = ""
    created: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"a key change is one of {', '.join(KINDS)}, not '{self.kind}'")
        if self.kind != DISMISS and not self.points > 0:
            raise ValueError(f"a claim or a credit is worth more than 0 points, not {self.points}")

    def describe(self, student: str = "") -> str:
        """One line for the teacher: what was done, to which words (``student``: the name of
        the student a credit is for)."""
        words = " ".join(self.quote.exact.split())
        words = words if len(words) <= 60 else words[:59].rstrip() + "…"
        if self.kind == ACCEPT:
            return f"Accepted “{words}” as {self.tag}, {points_text(self.points)}"
        if self.kind == DISMISS:
            return f"Dismissed “{words}”"
        whom = student or "one student"
        return f"Credited “{words}” ({self.tag}) for {whom} alone, {points_text(self.points)}"


def new_change(
    kind: str,
    text: str,
    article_id: str,
    start: int,
    end: int,
    *,
    change_id: str,
    created: str = "",
    **fields,
) -> KeyChange:
    """A change of ``kind`` about ``text[start:end]`` of the article (its quote taken there)."""
    position, quote = describe(text, start, end)
    return KeyChange(change_id, kind, article_id, position, quote, created=created, **fields)


@dataclass(frozen=True)
class KeyChanges:
    """Every change of one lesson's key, in the order they were made."""

    changes: tuple[KeyChange, ...] = ()

    def of_kind(self, kind: str) -> list[KeyChange]:
        return [change for change in self.changes if change.kind == kind]

    @property
    def accepted(self) -> list[KeyChange]:
        return self.of_kind(ACCEPT)

    @property
    def dismissed(self) -> list[KeyChange]:
        return self.of_kind(DISMISS)

    def credits_for(self, by_student: Mapping[str, Sequence[Annotation]]) -> dict[str, Credits]:
        """The teacher's credits by student key (annotation id -> :class:`TeacherCredit`), of
        the highlights still in their student's work on the words they were credited for: a
        highlight the student has changed since is graded as it now is."""
        words: dict[str, dict[str, str]] = {}
        kept: dict[str, dict[str, TeacherCredit]] = {}
        for change in self.of_kind(CREDIT):
            student = change.student_key
            if student not in words:
                words[student] = {a.id: a.quote.exact for a in by_student.get(student, ())}
            if words[student].get(change.annotation_id) == change.quote.exact:
                credit = TeacherCredit(change.points, change.note)
                kept.setdefault(student, {})[change.annotation_id] = credit
        return kept

    def __bool__(self) -> bool:
        return bool(self.changes)


def place(change: KeyChange, text: str) -> tuple[int, int] | None:
    """Where the change's span stands in ``text`` (this version of its article), or None."""
    found = anchor(text, change.position, change.quote)
    return None if found is None else (found.start, found.end)


def accepted_claims(lesson: Lesson, changes: Iterable[KeyChange]) -> list[KeySpan]:
    """The accepted claims as the key's claims, placed in this version of the articles; a claim
    whose words are no longer in its article is left out."""
    claims = []
    for change in changes:
        if change.kind != ACCEPT or not lesson.has_article(change.article_id):
            continue
        text = lesson.article(change.article_id).text.text
        placed = place(change, text)
        if placed is None:
            continue
        position, quote = describe(text, *placed)
        claims.append(
            KeySpan(
                change.article_id,
                change.tag,
                quote,
                position,
                points=change.points,
                note=change.note,
            )
        )
    return claims


def effective_lesson(lesson: Lesson, changes: KeyChanges) -> Lesson:
    """``lesson`` with its key as the teacher changed it: the pack's claims, then the accepted
    ones (in the order accepted), and the target held at the pack's."""
    claims = accepted_claims(lesson, changes.accepted)
    if not claims:
        return lesson
    rules = GradingRules(
        target=lesson.rules.target_for(lesson.key) if lesson.key else None,
        wrong_tag_credit=lesson.rules.wrong_tag_credit,
        linked_claims=lesson.rules.linked_claims,
    )
    return dataclasses.replace(lesson, key=(*lesson.key, *claims), rules=rules)
