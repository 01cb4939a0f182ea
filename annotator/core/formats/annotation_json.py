"""A student's annotations as the app's own JSON: lossless, in a versioned envelope, so that a
teacher's tools (or a later version of the app) can read a student's work back."""

from __future__ import annotations

import json
from collections.abc import Iterable

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.linked_claim import LinkedClaim, claims_to_json
from annotator.core.annotations.record import annotation_to_json
from annotator.core.formats.inputs import StudentWork
from annotator.core.formats.order import sort_annotations
from annotator.core.lessons.lesson import Lesson

JSON_FORMAT = "annotator.annotations"
JSON_FORMAT_VERSION = 1


def annotations_to_json(
    annotations: Iterable[Annotation], lesson: Lesson | None, claims: Iterable[LinkedClaim] = ()
) -> dict:
    """A JSON-able document holding every stored field of every annotation.

    Values are exported as stored (timestamps are not reformatted, orphaned annotations are kept)
    because this is the format meant to be read back. ``format`` and ``format_version`` let a
    reader refuse a document it does not understand instead of misreading it. ``claims`` are
    the student's claims linked across articles, each with its members' ids.
    """
    annotations = sort_annotations(annotations, lesson)
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "lesson": None
        if lesson is None
        else {
            "id": lesson.id,
            "version": lesson.version,
            "content_hash": lesson.content_hash,
            "title": lesson.title,
        },
        "annotations": [annotation_to_json(a) for a in annotations],
        "claims": claims_to_json(claims, annotations),
    }


def json_file(work: StudentWork) -> str:
    """:func:`annotations_to_json` as the text ``annotator export --format json`` writes."""
    return json.dumps(annotations_to_json(work.annotations, work.lesson, work.claims), indent=2)
