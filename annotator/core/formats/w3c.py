"""W3C Web Annotations (JSON-LD): highlights that travel to other annotation tools.

A student's annotations (``annotator export --format w3c``) and a whole class's
(``annotator class export --format w3c``) are each one ``AnnotationCollection``; it passes every
MUST assertion of the W3C Web Annotation test suite (see ``tests/test_exports.py``).

A claim linked across articles (``core/annotations/linked_claim.py``) is a **linking**
annotation after the highlights: its targets are the IRIs of its member annotations, its body
the student's title (purpose ``describing``). That is the model's own way to say "these
resources are related" (motivation ``linking``), and a reader that knows nothing of claims
still finds every highlight whole. Whom an outlet credits for a highlight is a ``describing``
body of that highlight, beginning "credited to: " (the value ``nobody`` when it credits no one).
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from annotator.core.annotations.annotation import Annotation
from annotator.core.annotations.linked_claim import LinkedClaim, members_by_claim
from annotator.core.formats.inputs import GradedClass, StudentWork
from annotator.core.formats.order import sort_annotations
from annotator.core.formats.readable_json import dumps_readable
from annotator.core.lessons.lesson import Lesson

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

# An absolute URI (RFC 3986 scheme followed by ':'), enough to refuse a collection id such as
# "my export" that would make the whole collection non-conformant.
_ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")


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
    if annotation.attribution:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "describing",
                "value": f"credited to: {annotation.attribution}",
                "format": "text/plain",
            }
        )
    if annotation.note.strip():
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )

    result = _head(annotation_iri(annotation.id), "tagging", annotation.created)
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


def _head(iri: str, motivation: str, created: str) -> dict[str, Any]:
    """What every annotation of the export begins with: context, IRI, type, motivation and,
    when known, when it was made."""
    result: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": iri,
        "type": "Annotation",
        "motivation": motivation,
    }
    if (stamp := w3c_datetime(created)) is not None:
        result["created"] = stamp
    return result


def claim_to_w3c(claim: LinkedClaim, members: Sequence[Annotation]) -> dict[str, Any]:
    """A linked claim as a W3C ``linking`` annotation whose targets are its members' IRIs."""
    result = _head(claim_iri(claim.id), "linking", claim.created)
    result["body"] = {
        "type": "TextualBody",
        "purpose": "describing",
        "value": claim.title,
        "format": "text/plain",
    }
    result["target"] = [annotation_iri(member.id) for member in members]
    return result


def claim_iri(claim_id: str) -> str:
    """``urn:uuid:<id>`` as for annotations; another id gets a claim's own URN."""
    iri = annotation_iri(claim_id)
    return iri.replace("urn:annotator:annotation:", "urn:annotator:claim:", 1)


def linking_items(
    claims: Iterable[LinkedClaim], annotations: Iterable[Annotation]
) -> list[dict[str, Any]]:
    """The linking annotation of each claim with members, in the order of ``claims``."""
    members = members_by_claim(annotations)
    return [claim_to_w3c(c, members[c.id]) for c in claims if c.id in members]


def annotations_to_w3c(
    annotations: Iterable[Annotation],
    lesson: Lesson | None,
    *,
    collection_id: str,
    label: str,
    page_id: str | None = None,
    claims: Iterable[LinkedClaim] = (),
) -> dict[str, Any]:
    """A W3C ``AnnotationCollection`` holding every annotation on one embedded page, then
    the linking annotation of each of ``claims``.

    ``collection_id`` must be an absolute IRI (e.g. ``urn:uuid:...``). The page is named
    ``page_id``, by default the collection's IRI with the fragment ``#page-1``, so that it has an
    IRI of its own whatever the collection IRI's scheme. An empty collection has ``total`` 0 and
    no page at all, since a page lists at least one annotation.
    """
    ordered = sort_annotations(annotations, lesson)
    items = [annotation_to_w3c(a, lesson) for a in ordered]
    items += linking_items(claims, ordered)
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


def w3c_file(work: StudentWork) -> str:
    """A student's annotations as the collection ``annotator export --format w3c`` writes: named
    after the lesson and its version, or "all lessons" when no lesson is given."""
    lesson = work.lesson
    scope = f"{lesson.id}:{lesson.version}" if lesson else "all-lessons"
    collection = annotations_to_w3c(
        work.annotations,
        lesson,
        collection_id=article_iri("export", scope, "annotations"),
        label=f"Annotations: {lesson.title}" if lesson else "Annotations",
        claims=work.claims,
    )
    return json.dumps(collection, indent=2, ensure_ascii=False)


def class_w3c_file(graded: GradedClass) -> str:
    """Every annotation of the class as one collection, one annotation per line.

    The encoder makes the JSON of each annotation as it writes it (``default``): a class's
    12,000 annotations as dicts made 50,000 to 100,000 objects at once, and the garbage
    collections they set off cost 50 to 100 ms.
    """
    lesson = graded.lesson
    annotations = [a for result in graded.results for a in result.annotations]
    links = [
        link
        for result in graded.results
        for link in linking_items(result.claims, result.annotations)
    ]
    collection = w3c_collection(
        [*sort_annotations(annotations, lesson), *links],
        collection_id=article_iri(lesson.id, lesson.version, "class"),
        label=f"Class annotations: {lesson.title}",
    )
    to_w3c = functools.partial(annotation_to_w3c, lesson=lesson)
    return dumps_readable(collection, depth=3, default=to_w3c)
