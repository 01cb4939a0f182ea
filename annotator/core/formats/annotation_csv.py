"""A student's annotations as CSV for the teacher's spreadsheet: one flat row per annotation,
text cells guarded against formula injection."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.formats.inputs import StudentWork
from annotator.core.formats.order import sort_annotations
from annotator.core.formats.spreadsheet import csv_text
from annotator.core.lessons.lesson import Lesson

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "student",
    "lesson_id",
    "lesson_version",
    "article_id",
    "outlet",
    "tag",
    "start",
    "end",
    "exact",
    "note",
    "created",
    "modified",
    "orphaned",
    # Claims linked across articles, last so that the columns before keep their places.
    "claim_id",
    "claim_title",
    "attribution",
)


def _outlet(annotation: Annotation, lesson: Lesson | None) -> str:
    """The article's outlet, when the annotation belongs to ``lesson`` and its article is there."""
    if lesson is None or annotation.lesson_id != lesson.id:
        return ""
    if not lesson.has_article(annotation.article_id):
        return ""
    return lesson.article(annotation.article_id).outlet


def annotations_to_csv(
    annotations: Iterable[Annotation],
    lesson: Lesson | None,
    claims: Iterable[LinkedClaim] = (),
) -> str:
    """A header and one row per annotation, columns as in :data:`CSV_COLUMNS`.

    The header is the same with or without a lesson (``outlet`` is then empty) so that
    spreadsheet templates and scripts can rely on the column positions. Quoting is left to the
    :mod:`csv` module (RFC 4180: fields holding commas, quotes or line breaks are quoted), so
    notes and quotes keep their newlines, quotes, non-ASCII and emoji. Write the result with
    ``newline=""`` and, for Excel to detect UTF-8, ``encoding="utf-8-sig"``.

    An annotation linked into one of ``claims`` carries the claim's id and title (a teacher
    sorting by title sees each claim's wording in every outlet together) and whom the outlet
    credits for it.
    """
    titles = {claim.id: claim.title for claim in claims}
    rows = (
        (
            annotation.id,
            annotation.student,
            annotation.lesson_id,
            annotation.lesson_version,
            annotation.article_id,
            _outlet(annotation, lesson),
            annotation.tag,
            str(annotation.start),
            str(annotation.end),
            annotation.quote.exact,
            annotation.note,
            annotation.created,
            annotation.modified,
            "true" if annotation.orphaned else "false",
            annotation.claim_id,
            titles.get(annotation.claim_id, ""),
            annotation.attribution,
        )
        for annotation in sort_annotations(annotations, lesson)
    )
    return csv_text([CSV_COLUMNS, *rows])


def csv_file(work: StudentWork) -> str:
    """:func:`annotations_to_csv` as ``annotator export --format csv`` writes it."""
    return annotations_to_csv(work.annotations, work.lesson, work.claims)
