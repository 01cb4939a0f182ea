"""A student's linked claim: one thing reported by several outlets, linked across the articles.

Lateral reading compares the same claim as three outlets tell it ("more than 8,000" in one,
"about 8,000" in another). A student links the annotations that report it into a
:class:`LinkedClaim` with a short title of their own ("ICE detention capacity"); its members
are the annotations whose ``claim_id`` is its id, so an annotation belongs to at most one.

Not to be confused with a *key claim* (``core/classroom/claims.py``): a span of the teacher's
answer key that a highlight can find in grading. A linked claim is the student's, spans
across articles; a key claim is the teacher's, one span in one article. The key may define
linked claims of its own (groups of key spans) for grading to compare with the student's.

In a submission and the JSON export the student's linked claims are one top-level list,
``"claims": [{"id": ..., "title": ..., "members": [annotation ids]}]``
(:func:`claims_to_json`, :func:`claims_from_json`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from annotator.core.annotations.annotation import Annotation

MAX_TITLE = 200  # a title is a few words; a longer one is cut, never refused


@dataclass(frozen=True, slots=True)
class LinkedClaim:
    """One linked claim of a student: its id and the title they gave it."""

    id: str
    title: str
    lesson_id: str = ""
    created: str = ""


def new_linked_claim(title: str, lesson_id: str = "") -> LinkedClaim:
    """A fresh linked claim titled ``title`` (trimmed; "Untitled claim" if blank)."""
    from uuid import uuid4

    from annotator.core.annotations.annotation import now_iso

    return LinkedClaim(str(uuid4()), clean_title(title), lesson_id, now_iso())


def clean_title(title: str) -> str:
    """A title on one line, trimmed, at most :data:`MAX_TITLE` characters."""
    return " ".join(title.split())[:MAX_TITLE] or "Untitled claim"


def members_by_claim(annotations: Iterable[Annotation]) -> dict[str, list[Annotation]]:
    """Each claim id's member annotations, in the order given (unlinked ones left out)."""
    members: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.claim_id:
            members.setdefault(annotation.claim_id, []).append(annotation)
    return members


def claims_to_json(
    claims: Iterable[LinkedClaim], annotations: Iterable[Annotation]
) -> list[dict[str, Any]]:
    """The ``claims`` list of a submission or export: each claim with at least one member,
    by title then id, members in the order of ``annotations``. A claim left with no member
    (every annotation unlinked or deleted) is not part of the work and is left out."""
    members = members_by_claim(annotations)
    return [
        {"id": claim.id, "title": claim.title, "members": [a.id for a in members[claim.id]]}
        for claim in sorted(claims, key=lambda c: (c.title.casefold(), c.id))
        if claim.id in members
    ]


def claims_from_json(
    items: Any, annotations: Iterable[Annotation], lesson_id: str = ""
) -> tuple[LinkedClaim, ...]:
    """The linked claims of a ``claims`` list, checked against the annotations read with it.

    Raises ValueError naming the entry and field when the list is malformed, or when a member
    is not one of the annotations or its ``claim_id`` says another claim: a file edited by
    hand must not link spans the student never linked.
    """
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ValueError("claims must be a list")
    by_id: Mapping[str, Annotation] = {a.id: a for a in annotations}
    claims: list[LinkedClaim] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        where = f"claims[{number}]"
        if not isinstance(item, dict):
            raise ValueError(f"{where} is not an object")
        claim_id, title, members = item.get("id"), item.get("title", ""), item.get("members")
        if not isinstance(claim_id, str) or not claim_id.strip():
            raise ValueError(f"{where}.id must be non-empty text")
        if claim_id in seen:
            raise ValueError(f"{where}.id {claim_id!r} is given twice")
        if not isinstance(title, str):
            raise ValueError(f"{where}.title must be text")
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ValueError(f"{where}.members must be a list of annotation ids")
        for member in members:
            annotation = by_id.get(member)
            if annotation is None:
                raise ValueError(f"{where}.members names {member!r}, which is no annotation")
            if annotation.claim_id != claim_id:
                raise ValueError(
                    f"{where}.members names {member!r}, whose claim_id is "
                    f"{annotation.claim_id!r}, not {claim_id!r}"
                )
        seen.add(claim_id)
        claims.append(LinkedClaim(claim_id, clean_title(title), lesson_id))
    # An annotation naming a claim the list lacks keeps its link, under a claim of no title.
    for claim_id in members_by_claim(by_id.values()):
        if claim_id not in seen:
            seen.add(claim_id)
            claims.append(LinkedClaim(claim_id, clean_title(""), lesson_id))
    return tuple(claims)
