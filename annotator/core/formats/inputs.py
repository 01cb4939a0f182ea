"""What an output format is written from: a student's work, or a graded class. Each format's
module has one function taking one of these, which the registry lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.roster import RosterEntry
from annotator.core.classroom.standing import NO_STANDING, Standing
from annotator.core.lessons.lesson import Lesson


@dataclass(frozen=True, slots=True)
class StudentWork:
    """A student's annotations, and the lesson they belong to if it is known."""

    annotations: Sequence[Annotation]
    lesson: Lesson | None
    claims: Sequence[LinkedClaim] = ()  # claims linked across articles (members: claim_id)


@dataclass(frozen=True, slots=True)
class GradedClass:
    """The lesson, one result per student, and the options of the class formats.

    ``standings`` are the students' roster entries, dates and lateness, in the order of
    ``results`` (empty: none known); ``roster`` is the class roster (empty: the class has none).
    ``key_released``: the teacher releases the answer key to the students, whose printed
    reports then list every claim with its note (by default they show the notes of the claims
    each student found, and count the rest).
    """

    lesson: Lesson
    results: Sequence[StudentResult]
    assignment: str = ""  # the Canvas assignment's column; "" for the lesson's title
    points_possible: float | None = None  # the Canvas assignment's points; None: the pack's, or 100
    standings: Sequence[Standing] = ()
    roster: Sequence[RosterEntry] = ()
    key_released: bool = False

    def students(self) -> list[tuple[StudentResult, Standing]]:
        """Each result with its standing (:data:`NO_STANDING` where none is given)."""
        standings = list(self.standings) or [NO_STANDING] * len(self.results)
        return list(zip(self.results, standings, strict=True))
