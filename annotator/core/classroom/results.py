"""The grade record: one student's graded work with the teacher's judgement, and its final score.

Every report, export and window reads grades through this record, so the score a teacher sees
in the review window is the one the gradebook and the printed report carry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.annotations.annotation import Annotation
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


def auto_score(grade: StudentGrade) -> float | None:
    """``round(100 * overall F1, 1)``; None when the key is empty (there was nothing to find)."""
    f1 = grade.overall.f1
    return None if f1 is None else round(100 * f1, 1)


def final_score(result: StudentResult) -> float | None:
    """The grade out of 100: the teacher's override if set, else :func:`auto_score`.

    The automatic score is the overall F1 (unweighted precision, point-weighted recall, as in
    :mod:`annotator.core.classroom.grading`) as a percentage with one decimal. None only when there
    is no override and the lesson has no key.
    """
    if result.override is not None:
        return float(result.override)
    return auto_score(result.grade)
