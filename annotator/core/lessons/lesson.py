"""A lesson: its articles in display order, its instructions, its tag set and, for the teacher's
copy, its answer key. Loaded from a lesson pack by :mod:`annotator.core.lessons.pack`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from annotator.core.lessons.tags import DEFAULT_TAGS, TagSet
from annotator.core.text.article_text import ArticleText
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector

DEFAULT_MATCH_THRESHOLD = 0.5  # read from older packs; grading no longer uses it
DEFAULT_TARGET_SHARE = 0.8  # full marks, by default, at 80% of the key's points
DEFAULT_WRONG_TAG_CREDIT = 0.5  # a claim found with a tag the key does not accept


@dataclass(frozen=True)
class Article:
    id: str
    outlet: str
    headline: str
    byline: str
    published: str  # as the outlet printed it, e.g. "Feb. 3, 2025, 4:00 AM PST"
    source_url: str
    source_note: str
    text: ArticleText


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another tag the key accepts for a claim, and the share of the claim's points it earns."""

    tag: str
    credit: float = 1.0


@dataclass(frozen=True)
class KeySpan:
    """One expected annotation of the answer key: a *claim*.

    ``key_words`` are the parts of the claim a highlight must cover to find it (positions in
    the article, each inside ``position``); empty means the claim's own words. ``alternatives``
    are the other tags it accepts. See ``docs/grading.md``.
    """

    article_id: str
    tag: str
    quote: TextQuoteSelector
    position: TextPositionSelector
    points: float = 1.0
    note: str = ""
    key_words: tuple[TextPositionSelector, ...] = ()
    alternatives: tuple[Alternative, ...] = ()
    linked_claim: str = ""  # the id of the key's linked claim it belongs to ("" for none)

    def accepts(self, tag: str) -> bool:
        """Whether ``tag`` is the key's tag for the claim or an accepted alternative."""
        return tag == self.tag or any(alternative.tag == tag for alternative in self.alternatives)

    def tag_credit(self, tag: str, wrong_tag_credit: float) -> float:
        """The share of the claim's points a highlight with ``tag`` earns: 1 for the key's tag,
        an accepted alternative's credit, else the pack's wrong-tag credit."""
        if tag == self.tag:
            return 1.0
        for alternative in self.alternatives:
            if alternative.tag == tag:
                return alternative.credit
        return wrong_tag_credit


@dataclass(frozen=True, slots=True)
class KeyLinkedClaim:
    """One claim that several outlets report, as the key links it: its members are the key's
    spans whose ``linked_claim`` is its id, in two articles or more. A student who links
    highlights that find its members in two articles earns its ``points`` (docs/grading.md).
    ``figures`` are the figures of its members that disagree, as the key's author wrote them.

    Not a claim of grading's own (a :class:`KeySpan`, one span of one article): this is the
    key's counterpart of a student's linked claim (``core/annotations/linked_claim.py``).
    """

    id: str
    title: str
    points: float = 1.0
    figures: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class GradingRules:
    """What the pack's key says about the score as a whole (``key.toml``'s top level).

    ``target`` is the number of credited points that earns 100; None means
    :data:`DEFAULT_TARGET_SHARE` of the key spans' points. ``linked_claims`` are the claims
    the key links across articles: their points count toward the same target but do not
    raise it, so adding them to a pack lowers no one's score (docs/grading.md).
    """

    target: float | None = None
    wrong_tag_credit: float = DEFAULT_WRONG_TAG_CREDIT
    linked_claims: tuple[KeyLinkedClaim, ...] = ()

    def points_of(self, key: Sequence[KeySpan]) -> float:
        """The key's points: its spans' and its linked claims'."""
        return sum(span.points for span in key) + sum(c.points for c in self.linked_claims)

    def target_for(self, key: Sequence[KeySpan]) -> float:
        if self.target is not None:
            return self.target
        return round(DEFAULT_TARGET_SHARE * sum(span.points for span in key), 2)


@dataclass(frozen=True)
class Lesson:
    id: str
    version: str
    title: str
    instructions_markdown: str
    articles: tuple[Article, ...]
    tags: TagSet = DEFAULT_TAGS
    key: tuple[KeySpan, ...] = ()
    match_threshold: float = DEFAULT_MATCH_THRESHOLD
    rules: GradingRules = GradingRules()
    content_hash: str = ""
    source: str = ""  # where the pack was opened from, for messages
    due: str = ""  # when the work is due: ISO 8601 with a zone ("" for no due date)
    points: float | None = None  # what the assignment is worth in the gradebook (None: 100)
    _by_id: dict[str, Article] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({article.id: article for article in self.articles})

    def article(self, article_id: str) -> Article:
        return self._by_id[article_id]

    def has_article(self, article_id: str) -> bool:
        return article_id in self._by_id

    @property
    def has_key(self) -> bool:
        return bool(self.key)

    @property
    def linked_claims(self) -> tuple[KeyLinkedClaim, ...]:
        """The claims the key links across articles (read with its rules)."""
        return self.rules.linked_claims

    def linked_members(self, claim_id: str) -> list[int]:
        """The key indices of a linked claim's member spans."""
        return [i for i, span in enumerate(self.key) if span.linked_claim == claim_id]

    @property
    def due_time(self) -> datetime | None:
        """:attr:`due` as an aware datetime; None when the lesson has no due date."""
        return parse_due(self.due) if self.due else None


def parse_due(text: str) -> datetime:
    """An ISO 8601 date and time that names its zone (``Z`` or ``±hh:mm``); ValueError if it
    is not one, or has no zone (a due date without one means another hour in every zone)."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"'{text}' is not a date and time such as 2025-03-07T23:59:00-05:00"
        ) from None
    if moment.tzinfo is None:
        raise ValueError(f"'{text}' has no time zone: add Z (UTC) or an offset such as -05:00")
    return moment
