"""What became of each span of a student's graded work: found, wrong tag, extra or missed.

The review window draws a student's highlights and the answer key's claims on the articles
together; :func:`span_outcomes` is the one place that reads a grade for that, so a change of the
grading rule touches the drawing here only. It reads just the grade's four lists: ``matches``
(found), ``wrong_tag``, ``extras`` and ``misses``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.grading import StudentGrade
from annotator.core.lessons.lesson import KeySpan


class Outcome(StrEnum):
    FOUND = "found"  # the student's span matches a key claim, with the key's tag
    WRONG_TAG = "wrong tag"  # it matches a key claim, with another tag
    EXTRA = "extra"  # it matches no key claim
    MISSED = "missed"  # a key claim no span of the student's matches


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

    def describe(self) -> str:
        """One line for a teacher, as a highlight's tooltip says it."""
        if self.outcome == Outcome.FOUND:
            text = f"Found: the key tags this {self.key_tag} too"
        elif self.outcome == Outcome.WRONG_TAG:
            text = f"Wrong tag: tagged {self.tag}, the key says {self.key_tag}"
        elif self.outcome == Outcome.EXTRA:
            text = f"Extra: not in the key (tagged {self.tag})"
        else:
            text = f"Missed: the key tags this {self.key_tag}"
        return f"{text}. Key's note: {self.key_note}" if self.key_note else text


def span_outcomes(
    grade: StudentGrade, annotations: Sequence[Annotation], key: Sequence[KeySpan]
) -> list[SpanOutcome]:
    """Every graded annotation of the student with its outcome, and every key claim missed.

    Orphaned annotations (not placed in this version of the articles) have no place to be
    drawn and are left out, as the grade leaves them out.
    """
    by_id = {annotation.id: annotation for annotation in annotations}
    found: list[tuple[Outcome, str, int | None]] = [
        (Outcome.FOUND, match.annotation_id, match.key_index) for match in grade.matches
    ]
    found += [(Outcome.WRONG_TAG, a_id, k_index) for a_id, k_index, _iou in grade.wrong_tag]
    found += [(Outcome.EXTRA, a_id, None) for a_id in grade.extras]
    outcomes = []
    for outcome, annotation_id, key_index in found:
        annotation = by_id.get(annotation_id)
        if annotation is None or annotation.orphaned:
            continue
        claim = key[key_index] if key_index is not None else None
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
