"""The grade record: one student's graded work with the teacher's judgement, and its final score.

Every report, export and window reads grades through this record, so the score a teacher sees
in the review window is the one the gradebook and the printed report carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.classroom.grading import StudentGrade


@dataclass(frozen=True)
class StudentResult:
    """One student's graded work and the teacher's judgement of it: the input of every report."""

    name: str
    student_id: str  # the school's id for the student (SIS id); "" when unknown
    annotations: list[Annotation]
    grade: StudentGrade
    override: float | None = None  # the teacher's score, 0-100, replacing the automatic one
    feedback: str = ""  # the teacher's comment on the whole submission
    annotation_feedback: dict[str, str] = field(default_factory=dict)  # annotation id -> comment
    claims: tuple[LinkedClaim, ...] = ()  # claims linked across articles (linked_claim.py)


def auto_score(grade: StudentGrade) -> float | None:
    """The automatic score, 0-100 with one decimal: ``min(100, 100 x credited points / target)``
    (see :mod:`annotator.core.classroom.grading`); None when the key is empty."""
    return grade.score


def final_score(result: StudentResult) -> float | None:
    """The grade out of 100: the teacher's override if set, else :func:`auto_score`.

    None only when there is no override and the lesson has no key.
    """
    if result.override is not None:
        return float(result.override)
    return auto_score(result.grade)


def summary(result: StudentResult) -> dict[str, Any]:
    """One student's grade as plain values, for scripts (``annotator class grade --json``) and
    the ``grades`` table: who, the scores, the points behind them and the highlights by outcome.
    """
    grade = result.grade
    overall = grade.overall
    return {
        "name": result.name,
        "id": result.student_id,
        "score": grade.score,
        "final": final_score(result),
        "override": result.override,
        "points": round(grade.points_earned, 4),
        "target": grade.target,
        "key_points": grade.points_possible,
        "counts": grade.counts(),
        "claims_found": len(grade.matches),
        "claims_missed": len(grade.misses),
        "precision": overall.precision,
        "recall": overall.recall,
        "f1": overall.f1,
    }
