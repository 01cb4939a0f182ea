"""Credit for claims linked across articles: the key's linked claims against the student's.

**The rule** (``docs/grading.md``, section 11): a linked claim of the key is earned once, for its
points, by one of the student's linked claims whose highlights find the key claim's spans in at
least two articles, each highlight finding its span by grading's own rule (two thirds of its
key words, not past its sentence; the tag does not matter here: linking is about *what* the
outlets report, tagging about *how*). Each of the student's linked claims earns one key linked
claim at most, paired for the most points as highlights and claims are
(:mod:`.assignment`), so lumping every highlight into one linked claim earns one, not all.

A teacher can say it to a student in one sentence: "you earn a linked claim's points when one
of your linked claims holds highlights of it from two articles."

The credit's reason is written in words (:attr:`LinkCredit.reason`), as the verdicts are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.assignment import assign
from annotator.core.classroom.verdicts import points_text
from annotator.core.lessons.lesson import KeyLinkedClaim, KeySpan

EARNED_IN = 2  # the articles a student's linked claim must find the key claim in


@dataclass(frozen=True, slots=True)
class LinkCredit:
    """One linked claim of the key and what the student's links earned for it.

    ``student_claim`` is the id of the student's linked claim that earned it ("" when none
    did); ``articles`` are the articles where that linked claim's highlights find the key
    claim's spans (for one that did not earn it, the most any of the student's reached).
    """

    claim_id: str
    title: str
    points: float
    earned: float
    student_claim: str
    articles: tuple[str, ...]
    reason: str

    @property
    def linked(self) -> bool:
        return self.earned > 0


def credit_links(
    key: Sequence[KeySpan],
    linked_claims: Sequence[KeyLinkedClaim],
    annotations: Iterable[Annotation],
    finds: Mapping[str, Iterable[int]],
    outlets: Mapping[str, str] | None = None,
) -> list[LinkCredit]:
    """What the student's linked claims earn, one :class:`LinkCredit` per key linked claim,
    in the key's order.

    ``annotations`` are the student's (their ``claim_id`` says which linked claim holds
    them; orphaned ones are left out); ``finds`` gives, by annotation id, the key indices
    each highlight finds by grading's rule. ``outlets`` names articles in the reasons
    (article id -> outlet); the ids are used without it.
    """
    if not linked_claims:
        return []
    member_of = {index: span.linked_claim for index, span in enumerate(key) if span.linked_claim}
    # student's linked claim -> key linked claim -> the articles where it finds its spans
    reach: dict[str, dict[str, set[str]]] = {}
    for annotation in annotations:
        if not annotation.claim_id or annotation.orphaned:
            continue
        for key_index in finds.get(annotation.id, ()):
            claim_id = member_of.get(key_index)
            if claim_id:
                found = reach.setdefault(annotation.claim_id, {}).setdefault(claim_id, set())
                found.add(annotation.article_id)
    students = sorted(reach)
    by_id = {claim.id: number for number, claim in enumerate(linked_claims)}
    pairs = [
        (s, by_id[claim_id], linked_claims[by_id[claim_id]].points, len(articles) / 4)
        for s, student_claim in enumerate(students)
        for claim_id, articles in sorted(reach[student_claim].items())
        if claim_id in by_id and len(articles) >= EARNED_IN
    ]
    earned_by = {k: students[s] for s, k, _points, _tie in assign(pairs)}
    credits = []
    for number, claim in enumerate(linked_claims):
        student_claim = earned_by.get(number, "")
        if student_claim:
            articles = reach[student_claim][claim.id]
        else:
            articles = max(
                (found.get(claim.id, set()) for found in reach.values()), key=len, default=set()
            )
        ordered = tuple(sorted(articles))
        earned = claim.points if student_claim else 0.0
        credits.append(
            LinkCredit(
                claim.id,
                claim.title,
                claim.points,
                earned,
                student_claim,
                ordered,
                _reason(claim, earned, ordered, outlets or {}),
            )
        )
    return credits


def _reason(
    claim: KeyLinkedClaim, earned: float, articles: tuple[str, ...], outlets: Mapping[str, str]
) -> str:
    named = " and ".join(outlets.get(article, article) for article in articles)
    points = f"{round(earned, 2):g} of {points_text(claim.points)}"
    if earned:
        return f"linked across {named}: {points}"
    if articles:
        return (
            f"linked, but found in one article only ({named}); a linked claim needs "
            f"highlights of it from two: {points}"
        )
    return f"not linked across articles: {points}"


def links_earned(credits: Iterable[LinkCredit]) -> float:
    """The points the student's links earned."""
    return sum(credit.earned for credit in credits)
