"""The annotation record: the one mapping between an :class:`Annotation` and its named fields.

Storage rows, submission files and exports all map through here, so that a field is added in
one place (and one migration), never by hand in each reader and writer.
"""

from __future__ import annotations

from annotator.core.annotations.annotation import Annotation


def annotation_to_json(annotation: Annotation) -> dict:
    """One annotation with both selectors: shared by exports and submissions."""
    return {
        "id": annotation.id,
        "lesson_id": annotation.lesson_id,
        "lesson_version": annotation.lesson_version,
        "pack_hash": annotation.pack_hash,
        "article_id": annotation.article_id,
        "tag": annotation.tag,
        "note": annotation.note,
        "student": annotation.student,
        "created": annotation.created,
        "modified": annotation.modified,
        "orphaned": annotation.orphaned,
        "target": {
            "position": {"start": annotation.position.start, "end": annotation.position.end},
            "quote": {
                "exact": annotation.quote.exact,
                "prefix": annotation.quote.prefix,
                "suffix": annotation.quote.suffix,
            },
        },
    }
