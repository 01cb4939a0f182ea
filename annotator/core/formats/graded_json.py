"""The whole graded class as one JSON document (``annotator class export --format json``): the
key, the class overview's figures, and student by student the scores, the teacher's judgement,
and every annotation with its feedback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.record import annotation_to_json
from annotator.core.classroom.grading import TagScore
from annotator.core.classroom.overview import class_overview
from annotator.core.classroom.results import StudentResult, auto_score, final_score
from annotator.core.formats.inputs import GradedClass
from annotator.core.formats.order import sort_annotations
from annotator.core.formats.readable_json import dumps_readable
from annotator.core.lessons.lesson import Lesson

GRADED_SET_FORMAT = "annotator.graded-set"
# 2: the grading rule of docs/grading.md: auto_score is the points earned out of the target,
# points_earned the credited points; each student has counts and verdicts, the key its key words
# and alternatives.
# 3: ``overview``, the figures of the class overview (the class report's first page and the review
# window's tab), so that other tools can draw them: see ClassOverview.to_json.
GRADED_SET_FORMAT_VERSION = 3

# The fields of a score, in the order the document lists them.
_SCORE_FIELDS = ("precision", "recall", "f1", "true_positives", "student_count", "key_count")


@dataclass(frozen=True, slots=True)
class GradedAnnotation:
    """One annotation of the graded set, with the teacher's comment on it."""

    annotation: Annotation
    feedback: str

    def to_json(self) -> dict[str, Any]:
        item = annotation_to_json(self.annotation)
        item["feedback"] = self.feedback
        return item


def graded_set_json(lesson: Lesson, results: Iterable[StudentResult]) -> dict[str, Any]:
    """The whole graded class as one JSON document: key, overview, students, scores, verdicts,
    feedback.

    Student by student: scores, the verdict of every highlight (its outcome, the claim, its
    credit and why), the teacher's judgement, and every annotation with its feedback.
    """
    document = graded_set(lesson, results)
    for student in document["students"]:
        student["annotations"] = [item.to_json() for item in student["annotations"]]
    return document


def graded_set(lesson: Lesson, results: Iterable[StudentResult]) -> dict[str, Any]:
    """:func:`graded_set_json` with each student's annotations left as
    :class:`GradedAnnotation` objects, to be turned into JSON (``to_json``) as they are written.

    A class holds thousands of annotations: writing them one by one, rather than building the
    dicts of all of them first, keeps that many objects from piling up for the garbage collector
    (and in memory) at once.
    """

    results = list(results)
    students = []
    for result in sorted(results, key=lambda r: (r.name.casefold(), r.student_id)):
        grade = result.grade
        annotations = [
            GradedAnnotation(annotation, result.annotation_feedback.get(annotation.id, ""))
            for annotation in sort_annotations(result.annotations, lesson)
        ]
        students.append(
            {
                "name": result.name,
                "id": result.student_id,
                "scores": {
                    "overall": _score_json(grade.overall),
                    "per_tag": {tag: _score_json(value) for tag, value in grade.per_tag.items()},
                },
                "points_earned": grade.points_earned,
                "points_possible": grade.points_possible,
                "target": grade.target,
                "auto_score": auto_score(grade),
                "override": result.override,
                "final": final_score(result),
                "feedback": result.feedback,
                "counts": grade.counts(),
                "verdicts": [
                    {
                        "annotation_id": v.annotation_id,
                        "outcome": v.outcome,
                        "key_index": v.key_index,
                        "credit": v.credit,
                        "reason": v.reason,
                    }
                    for v in grade.verdicts
                ],
                "matches": [
                    {
                        "annotation_id": m.annotation_id,
                        "key_index": m.key_index,
                        "iou": m.iou,
                        "credit": m.credit,
                    }
                    for m in grade.matches
                ],
                "wrong_tag": [
                    {"annotation_id": a, "key_index": k, "iou": iou}
                    for a, k, iou in grade.wrong_tag
                ],
                "links": [
                    {
                        "linked_claim": c.claim_id,
                        "earned": c.earned,
                        "points": c.points,
                        "student_claim": c.student_claim,
                        "articles": list(c.articles),
                        "reason": c.reason,
                    }
                    for c in grade.links
                ],
                "misses": list(grade.misses),
                "extras": list(grade.extras),
                "orphaned": list(grade.orphaned),
                "annotations": annotations,
            }
        )
    return {
        "format": GRADED_SET_FORMAT,
        "format_version": GRADED_SET_FORMAT_VERSION,
        "lesson": {
            "id": lesson.id,
            "version": lesson.version,
            "content_hash": lesson.content_hash,
            "title": lesson.title,
            "match_threshold": lesson.match_threshold,
            "target": lesson.rules.target_for(lesson.key),
            "wrong_tag_credit": lesson.rules.wrong_tag_credit,
        },
        "key": [
            {
                "index": index,
                "article_id": span.article_id,
                "tag": span.tag,
                "points": span.points,
                "note": span.note,
                "key_words": [
                    span.quote.exact[w.start - span.position.start : w.end - span.position.start]
                    for w in span.key_words
                ],
                "alternatives": [{"tag": a.tag, "credit": a.credit} for a in span.alternatives],
                "linked_claim": span.linked_claim,
                "target": {
                    "position": {"start": span.position.start, "end": span.position.end},
                    "quote": {
                        "exact": span.quote.exact,
                        "prefix": span.quote.prefix,
                        "suffix": span.quote.suffix,
                    },
                },
            }
            for index, span in enumerate(lesson.key)
        ],
        "linked_claims": [
            {
                "id": claim.id,
                "title": claim.title,
                "points": claim.points,
                "figures": list(claim.figures),
                "note": claim.note,
                "members": lesson.linked_members(claim.id),
            }
            for claim in lesson.linked_claims
        ],
        "overview": class_overview(lesson, results).to_json(),
        "students": students,
    }


def _score_json(value: TagScore) -> dict[str, Any]:
    return {name: getattr(value, name) for name in _SCORE_FIELDS}


def graded_file(graded: GradedClass) -> str:
    """The graded set as the text ``annotator class export --format json`` writes: one
    annotation per line, each turned into JSON as it is written (see :func:`graded_set`)."""
    document = graded_set(graded.lesson, graded.results)
    return dumps_readable(document, depth=4, default=GradedAnnotation.to_json)
