"""Annotations as an answer key: the key a teacher tags in key mode, and the claims they link
across articles as the key's linked claims.

Kept apart from :mod:`annotator.core.annotations.key` (the key drawn as annotations, which
the review window loads): only making a lesson needs the authoring modules and the figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from annotator.core.annotations.annotation import Annotation
from annotator.core.lessons.authoring.key_spans import KeyDetails, key_span
from annotator.core.lessons.authoring.lesson_draft import make_id
from annotator.core.lessons.lesson import KeyLinkedClaim, KeySpan, Lesson
from annotator.core.text.figures import VALUE_DIFFERS, compare_figures
from annotator.core.text.selectors import TextPositionSelector


def key_from_annotations(
    lesson: Lesson,
    annotations: Iterable[Annotation],
    details: Mapping[str, KeyDetails] | None = None,
    key_words: Mapping[str, tuple[TextPositionSelector, ...]] | None = None,
) -> tuple[KeySpan, ...]:
    """The answer key a teacher tagged (key mode): one key span per annotation, its note the
    rationale, with the points and accepted tags of ``details`` (by annotation id), in the
    order of the lesson's articles and then of the text. Orphaned annotations are left out.

    ``key_words`` keeps the key words of a span read from a pack's key, while it stays where
    it was."""
    order = {article.id: number for number, article in enumerate(lesson.articles)}
    placed = sorted(
        (a for a in annotations if not a.orphaned and a.article_id in order),
        key=lambda a: (order[a.article_id], a.start, a.end),
    )
    details = details or {}
    key_words = key_words or {}
    key = []
    for annotation in placed:
        span = key_span(
            lesson,
            annotation.article_id,
            annotation.start,
            annotation.end,
            annotation.tag,
            annotation.note,
            details.get(annotation.id, KeyDetails()),
        )
        words = tuple(
            w
            for w in key_words.get(annotation.id, ())
            if annotation.start <= w.start and w.end <= annotation.end
        )
        key.append(replace(span, key_words=words, linked_claim=annotation.claim_id))
    return tuple(key)


def key_linked_claims(
    lesson: Lesson,
    key: Sequence[KeySpan],
    titles: Mapping[str, str],
    kept: Sequence[KeyLinkedClaim] = (),
) -> tuple[tuple[KeySpan, ...], tuple[KeyLinkedClaim, ...]]:
    """The key's linked claims as the teacher linked them in key mode, and the key with each
    span's ``linked_claim`` set to its claim's id in the key.

    A span's ``linked_claim`` comes in as the id of the teacher's linked claim (``titles``
    gives each one's title). A claim keeps its id, points, figures and note when it was one of
    ``kept`` (the key the teacher opened); a new one gets an id made of its title, 1 point, and
    as figures the words of each figure its members give with different values, so the
    comparison a student makes can be checked against it. A claim whose members stand in fewer
    than two articles compares no outlets: its spans are left unlinked.
    """
    previous = {claim.id: claim for claim in kept}
    articles: dict[str, set[str]] = {}
    for span in key:
        if span.linked_claim:
            articles.setdefault(span.linked_claim, set()).add(span.article_id)
    ids: dict[str, str] = {}
    claims: list[KeyLinkedClaim] = []
    # The claims the key had keep their order; new ones follow, in the order of their spans.
    order = list(previous) + [claim_id for claim_id in articles if claim_id not in previous]
    for claim_id in (claim_id for claim_id in order if claim_id in articles):
        if len(articles[claim_id]) < 2:
            continue
        title = " ".join(titles.get(claim_id, "").split()) or "Linked claim"
        members = [span for span in key if span.linked_claim == claim_id]
        if claim_id in previous:
            made = replace(previous[claim_id], title=title)
            words = [_words(lesson, span) for span in members]
            made = replace(
                made, figures=tuple(f for f in made.figures if any(f in w for w in words))
            )
        else:
            made = KeyLinkedClaim(
                id=_fresh_id(title, set(ids.values()) | set(previous)),
                title=title,
                figures=_disagreeing_figures(lesson, members),
            )
        ids[claim_id] = made.id
        claims.append(made)
    spans = tuple(replace(span, linked_claim=ids.get(span.linked_claim, "")) for span in key)
    return spans, tuple(claims)


def _words(lesson: Lesson, span: KeySpan) -> str:
    return lesson.article(span.article_id).text.text[span.position.start : span.position.end]


def _fresh_id(title: str, taken: set[str]) -> str:
    base = make_id(title, "linked-claim")
    made, number = base, 2
    while made in taken:
        made, number = f"{base}-{number}", number + 1
    return made


def _disagreeing_figures(lesson: Lesson, members: Sequence[KeySpan]) -> tuple[str, ...]:
    """The figures, as written in the members' words, that the outlets give differently."""
    words = [(span.article_id, _words(lesson, span)) for span in members]
    figures: list[str] = []
    for difference in compare_figures(words):
        if difference.kind != VALUE_DIFFERS:
            continue
        for stated in difference.stated:
            if stated.words not in figures and any(stated.words in w for _a, w in words):
                figures.append(stated.words)
    return tuple(figures)
