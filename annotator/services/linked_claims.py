"""Linking the same claim across articles: each change planned as a before and an after.

Every operation on linked claims (link spans into a claim, a new one or one that exists;
unlink a span; rename a claim; say whom an outlet credits) is planned here as a
:class:`ClaimChange`: the claims and annotations as they are (``before``) and as they will
be (``after``). :func:`apply` writes one side in one transaction, so the Qt layer's undoable
command applies ``after`` to do and ``before`` to undo, and the CLI or a test the same.

A claim left with no member (its last span unlinked or moved to another claim) is deleted in
the same change, so no empty claim lingers in the student's list; undo brings it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.core.annotations.annotation import NOBODY, Annotation
from annotator.core.annotations.linked_claim import LinkedClaim, clean_title, new_linked_claim
from annotator.services.workspace import Workspace

# The attributions offered first (free text is always possible): the outlets and sources the
# built-in lesson's articles credit, and NOBODY for a claim the outlet credits to no one.
COMMON_ATTRIBUTIONS = (
    "ICE spokesperson",
    "ICE data",
    "NBC News",
    "CBS News",
    "five sources familiar with the operations",
    "a report",
    NOBODY,
)


@dataclass(frozen=True)
class ClaimState:
    """Claims by id (None: deleted) and annotations as one side of a change has them."""

    claims: dict[str, LinkedClaim | None] = field(default_factory=dict)
    annotations: tuple[Annotation, ...] = ()


@dataclass(frozen=True)
class ClaimChange:
    kind: str  # "link", "unlink", "rename" or "attribute": the Qt layer words it
    before: ClaimState
    after: ClaimState
    claim: LinkedClaim | None = None  # the claim linked to or renamed, as it is after

    @property
    def empty(self) -> bool:
        return self.before == self.after


def apply(workspace: Workspace, state: ClaimState) -> None:
    """Writes one side of a change (one transaction)."""
    workspace.write_claims(state.claims, state.annotations)


def link(
    workspace: Workspace,
    annotations: Iterable[Annotation],
    claim: LinkedClaim | None = None,
    title: str = "",
) -> ClaimChange:
    """Links ``annotations`` into ``claim``, or into a new claim titled ``title``.

    An annotation in another claim leaves it (an annotation belongs to at most one claim).
    """
    annotations = _distinct(annotations)
    if claim is None:
        claim = new_linked_claim(title, workspace.lesson.id)
        before_claims: dict[str, LinkedClaim | None] = {claim.id: None}
    else:
        before_claims = {}
    after_claims: dict[str, LinkedClaim | None] = {claim.id: claim}
    moving = [a for a in annotations if a.claim_id != claim.id]
    changed = tuple(a.with_changes(claim_id=claim.id) for a in moving)
    _drop_emptied(workspace, moving, changed, before_claims, after_claims)
    return ClaimChange(
        "link",
        ClaimState(before_claims, tuple(moving)),
        ClaimState(after_claims, changed),
        claim,
    )


def unlink(workspace: Workspace, annotations: Iterable[Annotation]) -> ClaimChange:
    """Takes ``annotations`` out of their claims; a claim left empty goes too."""
    moving = [a for a in _distinct(annotations) if a.claim_id]
    changed = tuple(a.with_changes(claim_id="") for a in moving)
    before_claims: dict[str, LinkedClaim | None] = {}
    after_claims: dict[str, LinkedClaim | None] = {}
    _drop_emptied(workspace, moving, changed, before_claims, after_claims)
    return ClaimChange(
        "unlink",
        ClaimState(before_claims, tuple(moving)),
        ClaimState(after_claims, changed),
    )


def rename(claim: LinkedClaim, title: str) -> ClaimChange:
    renamed = LinkedClaim(claim.id, clean_title(title), claim.lesson_id, claim.created)
    return ClaimChange(
        "rename",
        ClaimState({claim.id: claim}),
        ClaimState({claim.id: renamed}),
        renamed,
    )


def attribute(annotation: Annotation, attribution: str) -> ClaimChange:
    """Records whom the outlet credits for ``annotation`` (NOBODY: no one; "": not said)."""
    attribution = " ".join(attribution.split())
    if attribution.casefold() == NOBODY:
        attribution = NOBODY
    after = () if attribution == annotation.attribution else (annotation,)
    return ClaimChange(
        "attribute",
        ClaimState({}, after),
        ClaimState({}, tuple(a.with_changes(attribution=attribution) for a in after)),
    )


def _distinct(annotations: Iterable[Annotation]) -> list[Annotation]:
    return list({a.id: a for a in annotations}.values())


def _drop_emptied(
    workspace: Workspace,
    moving: list[Annotation],
    changed: tuple[Annotation, ...],
    before: dict[str, LinkedClaim | None],
    after: dict[str, LinkedClaim | None],
) -> None:
    """Deletes (in ``after``) each claim the moving annotations leave with no member."""
    left = {a.claim_id for a in moving if a.claim_id} - {a.claim_id for a in changed}
    if not left:
        return
    moving_ids = {a.id for a in moving}
    still = {
        a.claim_id
        for a in workspace.current_annotations()
        if a.claim_id in left and a.id not in moving_ids
    }
    for claim_id in left - still:
        claim = workspace.linked_claim(claim_id)
        if claim is not None:
            before[claim_id] = claim
            after[claim_id] = None
