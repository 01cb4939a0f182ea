"""The key's linked claims (``[[linked_claims]]`` in ``key.toml``): one claim that several
outlets report, as the key's author links it.

A teacher writes each linked claim once, with an ``id``, a ``title``, its ``points`` (1 unless
given), the ``figures`` its members give differently, word for word, and a ``note``; and marks
each member span with ``linked_claim = "<id>"``. That keeps the span where it always was, in its
article's part of the file, and needs no span ids. Checked here: ids are unique, a span names a
linked claim the key defines, every linked claim has members in two articles at least (it is
about comparing outlets), and every figure stands in one of its members' words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from annotator.core.lessons.lesson import KeyLinkedClaim, KeySpan

Report = Callable[[str, str], None]  # (message, field)


def read_linked_claims(data: Mapping[str, Any], report: Report) -> tuple[KeyLinkedClaim, ...]:
    """The ``[[linked_claims]]`` of a parsed key, ids checked to be unique."""
    claims: list[KeyLinkedClaim] = []
    for index, entry in enumerate(data.get("linked_claims", ())):
        field = f"linked_claims[{index}]"
        if any(claim.id == entry["id"] for claim in claims):
            report(
                f"the id '{entry['id']}' is given to two linked claims; give each its own", field
            )
            continue
        claims.append(
            KeyLinkedClaim(
                id=entry["id"],
                title=" ".join(entry["title"].split()),
                points=float(entry.get("points", 1.0)),
                figures=tuple(entry.get("figures", ())),
                note=entry.get("note", ""),
            )
        )
    return tuple(claims)


def check_members(
    claims: Sequence[KeyLinkedClaim],
    spans: Sequence[tuple[int, KeySpan]],
    texts: Mapping[str, str],
    report: Report,
) -> tuple[KeyLinkedClaim, ...]:
    """The linked claims whose members are sound; problems go to ``report``.

    ``spans`` are the key's spans read, each with its index in the file (for messages), and
    ``texts`` the articles' canonical texts (to read each member's words).
    """
    known = {claim.id for claim in claims}
    members: dict[str, list[KeySpan]] = {claim.id: [] for claim in claims}
    for index, span in spans:
        if not span.linked_claim:
            continue
        if span.linked_claim not in known:
            names = ", ".join(sorted(known)) or "none"
            report(
                f"no linked claim '{span.linked_claim}' in [[linked_claims]] (known: {names})",
                f"spans[{index}].linked_claim",
            )
            continue
        members[span.linked_claim].append(span)
    sound = []
    for number, claim in enumerate(claims):
        field = f"linked_claims[{number}]"
        articles = {span.article_id for span in members[claim.id]}
        if len(articles) < 2:
            report(
                f"'{claim.id}' links spans of {len(articles)} article(s); a linked claim "
                "compares outlets: mark spans of two articles or more with "
                f'linked_claim = "{claim.id}"',
                field,
            )
            continue
        words = [
            texts[span.article_id][span.position.start : span.position.end]
            for span in members[claim.id]
        ]
        missing = [
            number_in
            for number_in, figure in enumerate(claim.figures)
            if not any(figure in said for said in words)
        ]
        for figure_number in missing:
            report(
                f"the figure {claim.figures[figure_number]!r} is not in the words of any of "
                f"'{claim.id}''s spans; copy it from one of them",
                f"{field}.figures[{figure_number}]",
            )
        if not missing:
            sound.append(claim)
    return tuple(sound)
