"""The class's linked claims beside the key's: what the review window's "Linked claims" tab
draws (``qt/class_claims.py``), as a pure value of the lesson and the graded class.

For each linked claim of the key: its title, the outlets its spans stand in, the figures that
differ (the key's words, else the comparison of :mod:`annotator.core.text.figures`), and the
students who earned it (grading's rule, :mod:`.linked_credit`) or linked it in one article only.
Then every linked claim of the students, with the key's claim it earned, if any, so that a
teacher sees what the class linked that the key does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotator.core.annotations.linked_claim import members_by_claim
from annotator.core.classroom.results import StudentResult
from annotator.core.lessons.lesson import Lesson
from annotator.core.text.figures import compare_figures


@dataclass(frozen=True, slots=True)
class KeyClaimRow:
    """One linked claim of the key and how the class did on it."""

    claim_id: str
    title: str
    outlets: tuple[str, ...]
    figures: str  # what differs, in words ("" when nothing does)
    earned_by: tuple[str, ...]  # the students who earned it, by name
    one_article: tuple[str, ...]  # the students who linked it in one article only
    first_member: int | None  # the key index of its first span, to scroll to


@dataclass(frozen=True, slots=True)
class StudentClaimRow:
    """One linked claim of one student: its title, the outlets of its highlights, and the
    title of the key's linked claim it earned ("" for none)."""

    student: str
    title: str
    outlets: tuple[str, ...]
    highlights: int
    earned: str


@dataclass(frozen=True, slots=True)
class ClassClaims:
    key_rows: tuple[KeyClaimRow, ...]
    student_rows: tuple[StudentClaimRow, ...]
    students: int

    @property
    def unmatched(self) -> int:
        """The students' linked claims that earned no claim of the key."""
        return sum(1 for row in self.student_rows if not row.earned)


def class_claims(lesson: Lesson, results: Sequence[StudentResult]) -> ClassClaims:
    """The class's linked claims beside the key's (see the module's text)."""
    outlet = {article.id: article.outlet for article in lesson.articles}
    order = {article.id: number for number, article in enumerate(lesson.articles)}
    key_rows = []
    for claim in lesson.linked_claims:
        members = lesson.linked_members(claim.id)
        articles = sorted({lesson.key[i].article_id for i in members}, key=order.__getitem__)
        if claim.figures:
            figures = "; ".join(f"“{figure}”" for figure in claim.figures)
        else:
            wordings = [
                (outlet[lesson.key[i].article_id], lesson.key[i].quote.exact) for i in members
            ]
            figures = "; ".join(d.words for d in compare_figures(wordings))
        earned, one = [], []
        for result in results:
            credit = next((c for c in result.grade.links if c.claim_id == claim.id), None)
            if credit is not None and credit.earned:
                earned.append(result.name)
            elif credit is not None and credit.articles:
                one.append(result.name)
        key_rows.append(
            KeyClaimRow(
                claim.id,
                claim.title,
                tuple(outlet[a] for a in articles),
                figures,
                tuple(earned),
                tuple(one),
                members[0] if members else None,
            )
        )
    titles = {claim.id: claim.title for claim in lesson.linked_claims}
    student_rows = []
    for result in sorted(results, key=lambda r: r.name.casefold()):
        members = members_by_claim(a for a in result.annotations if not a.orphaned)
        earned_by = {c.student_claim: titles[c.claim_id] for c in result.grade.links if c.earned}
        for claim in sorted(result.claims, key=lambda c: c.title.casefold()):
            held = members.get(claim.id, [])
            if not held:
                continue
            articles = sorted({a.article_id for a in held}, key=lambda a: order.get(a, 99))
            student_rows.append(
                StudentClaimRow(
                    result.name,
                    claim.title,
                    tuple(outlet.get(a, a) for a in articles),
                    len(held),
                    earned_by.get(claim.id, ""),
                )
            )
    return ClassClaims(tuple(key_rows), tuple(student_rows), len(results))
