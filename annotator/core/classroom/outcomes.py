"""What became of each span of a student's graded work: found, partial, credited by the
teacher, wrong tag, extra or missed, and why.

The review window draws a student's highlights and the answer key's claims on the articles
together; :func:`span_outcomes` is the one place that reads a grade for that, so a change of the
grading rule touches the drawing here only. It reads the grade's lists (``matches``, found in
full or in part; ``teacher_credits``; ``wrong_tag``; ``extras``; ``misses``) and each
highlight's verdict, whose reason the span carries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.lesson import KeySpan

if TYPE_CHECKING:  # the student's window shows outcome marks' kinds, never grades: kept out
    from annotator.core.classroom.grading import StudentGrade


class Outcome(StrEnum):
    FOUND = "found"  # the student's span earns a key claim in full
    PARTIAL = "partial"  # it earns a key claim in part (another accepted tag, or its sentence)
    TEACHER = "credited by you"  # the teacher credited it for this student alone
    WRONG_TAG = "wrong tag"  # it finds a key claim, with another tag
    EXTRA = "extra"  # it earns no key claim
    MISSED = "missed"  # a key claim no span of the student's earns


@dataclass(frozen=True, slots=True)
class SpanOutcome:
    """One span to draw: a student's annotation (its id), or a key claim the student missed."""

    outcome: Outcome
    article_id: str
    start: int  # code point offsets, as every stored span
    end: int
    tag: str  # the student's tag; the key's for a missed claim
    key_tag: str = ""  # the key's tag ("" for an extra)
    key_note: str = ""  # the key's note on its claim, if any
    annotation_id: str = ""  # "" for a missed claim
    reason: str = ""  # the verdict's reason, in words ("" for a missed claim)
    near: bool = False  # an extra that stood near a claim

    def describe(self) -> str:
        """What a highlight's tooltip says: the outcome in a line, then why, then the key's
        note on the claim, if any."""
        if self.outcome == Outcome.FOUND:
            text = f"Found: the key tags this {self.key_tag} too"
        elif self.outcome == Outcome.PARTIAL:
            text = f"Partial credit (tagged {self.tag}; the key tags this {self.key_tag})"
        elif self.outcome == Outcome.TEACHER:
            text = f"Credited by you for this student alone (tagged {self.tag})"
        elif self.outcome == Outcome.WRONG_TAG:
            text = f"Wrong tag: tagged {self.tag}, the key says {self.key_tag}"
        elif self.outcome == Outcome.EXTRA:
            where = "near a claim, not credited" if self.near else "not in the key"
            text = f"Extra: {where} (tagged {self.tag})"
        else:
            text = f"Missed: the key tags this {self.key_tag}"
        lines = [text]
        if self.reason:
            lines.append(f"Why: {self.reason[0].upper()}{self.reason[1:]}")
        if self.key_note:
            lines.append(f"Key's note: {self.key_note}")
        return "\n".join(lines)


def span_outcomes(
    grade: StudentGrade, annotations: Sequence[Annotation], key: Sequence[KeySpan]
) -> list[SpanOutcome]:
    """Every graded annotation of the student with its outcome, and every key claim missed.

    Orphaned annotations (not placed in this version of the articles) have no place to be
    drawn and are left out, as the grade leaves them out.
    """
    from annotator.core.classroom.verdicts import NEAR as near  # grading: the teacher's side

    by_id = {annotation.id: annotation for annotation in annotations}
    verdicts = {verdict.annotation_id: verdict for verdict in grade.verdicts}
    found: list[tuple[Outcome, str, int | None]] = [
        (
            Outcome.FOUND if match.credit >= key[match.key_index].points else Outcome.PARTIAL,
            match.annotation_id,
            match.key_index,
        )
        for match in grade.matches
    ]
    found += [(Outcome.TEACHER, a_id, None) for a_id in grade.teacher_credits]
    found += [(Outcome.WRONG_TAG, a_id, k_index) for a_id, k_index, _iou in grade.wrong_tag]
    found += [(Outcome.EXTRA, a_id, None) for a_id in grade.extras]
    outcomes = []
    for outcome, annotation_id, key_index in found:
        annotation = by_id.get(annotation_id)
        if annotation is None or annotation.orphaned:
            continue
        claim = key[key_index] if key_index is not None else None
        verdict = verdicts.get(annotation_id)
        outcomes.append(
            SpanOutcome(
                outcome,
                annotation.article_id,
                annotation.start,
                annotation.end,
                annotation.tag,
                key_tag=claim.tag if claim else "",
                key_note=claim.note if claim else "",
                annotation_id=annotation_id,
                reason=verdict.reason if verdict else "",
                near=verdict is not None and verdict.outcome == near,
            )
        )
    for key_index in grade.misses:
        claim = key[key_index]
        position = claim.position
        outcomes.append(
            SpanOutcome(
                Outcome.MISSED,
                claim.article_id,
                position.start,
                position.end,
                claim.tag,
                key_tag=claim.tag,
                key_note=claim.note,
            )
        )
    return outcomes
