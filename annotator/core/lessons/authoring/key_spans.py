"""The answer key made by tagging: each of the teacher's highlights becomes a key span whose
``exact``, ``prefix`` and ``suffix`` the app writes itself, so the key always anchors.

A highlight is a place in the article's canonical text (start, end), the tag, and the teacher's
note (the rationale students see); the teacher adds points and the other tags the claim
accepts. :func:`key_toml_text` writes them with :func:`~annotator.core.lessons.key_writer.key_toml`
and reads the text back as a pack's key is read, so a key that would not load is never saved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core.lessons.key_writer import key_toml
from annotator.core.lessons.lesson import Alternative, GradingRules, KeySpan, Lesson
from annotator.core.lessons.pack import PackError, PackProblem, read_key_text
from annotator.core.text.anchoring import AnchorMethod, anchor
from annotator.core.text.selectors import describe

KEY_HEADER = (
    "The answer key: teacher's copy only. Written by the app from the teacher's tags, so every",
    "`exact` (and `prefix` where the words repeat) is copied from the article's text.",
)


@dataclass(frozen=True, slots=True)
class KeyDetails:
    """What a key span carries beyond its place, tag and note: its points, the other tags it
    accepts, and the key's linked claim it belongs to (kept as it was read: key mode does not
    link claims, and a key written without it would no longer load its ``[[linked_claims]]``)."""

    points: float = 1.0
    alternatives: tuple[Alternative, ...] = ()
    linked_claim: str = ""


def key_span(
    lesson: Lesson,
    article_id: str,
    start: int,
    end: int,
    tag: str,
    note: str = "",
    details: KeyDetails = KeyDetails(),
) -> KeySpan:
    """A key span over ``text[start:end]`` of the article, as the pack's key would read it."""
    text = lesson.article(article_id).text.text
    position, quote = describe(text, start, end)
    return KeySpan(
        article_id=article_id,
        tag=tag,
        quote=quote,
        position=position,
        points=details.points,
        note=note,
        alternatives=tuple(a for a in details.alternatives if a.tag != tag),
        linked_claim=details.linked_claim,
    )


def key_toml_text(lesson: Lesson, key: Iterable[KeySpan], rules: GradingRules) -> str:
    """``key.toml`` for ``key``; raises :class:`PackError` if it would not read back the same."""
    spans = tuple(key)
    text = key_toml(lesson, spans, rules, header=KEY_HEADER)
    read, _rules = read_key_text(text, lesson)
    placed = [(s.article_id, s.position, s.tag) for s in read]
    if placed != [(s.article_id, s.position, s.tag) for s in spans]:
        raise PackError("key.toml", [PackProblem("key.toml", "the key does not read back")])
    return text


def moved_key(
    key: Iterable[KeySpan], lesson: Lesson
) -> tuple[tuple[KeySpan, ...], list[PackProblem]]:
    """``key`` placed in ``lesson``'s articles (whose headline or paragraphs may have changed
    since it was tagged): each span where its words stand, word for word, or a problem."""
    placed: list[KeySpan] = []
    problems: list[PackProblem] = []
    for index, span in enumerate(key):
        where = f"spans[{index}]"
        if not lesson.has_article(span.article_id):
            problems.append(
                PackProblem("key.toml", f"its article '{span.article_id}' was removed", where)
            )
            continue
        text = lesson.article(span.article_id).text.text
        found = anchor(text, span.position, span.quote)
        if found is None or found.method is AnchorMethod.FUZZY_QUOTE:
            problems.append(
                PackProblem(
                    "key.toml",
                    f"the words {span.quote.exact[:60]!r} are no longer in article "
                    f"'{span.article_id}' (a paragraph holding them was removed); tag the claim "
                    "again or remove it from the key",
                    where,
                )
            )
            continue
        shift = found.start - span.position.start
        moved = key_span(
            lesson,
            span.article_id,
            found.start,
            found.end,
            span.tag,
            span.note,
            KeyDetails(span.points, span.alternatives, span.linked_claim),
        )
        words = tuple(type(w)(w.start + shift, w.end + shift) for w in span.key_words)
        placed.append(_with_key_words(moved, words))
    return tuple(placed), problems


def _with_key_words(span: KeySpan, words) -> KeySpan:
    from dataclasses import replace

    return replace(span, key_words=words)
