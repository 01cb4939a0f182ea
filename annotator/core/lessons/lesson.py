"""A lesson: its articles in display order, its instructions, its tag set and, for the teacher's
copy, its answer key. Loaded from a lesson pack by :mod:`annotator.core.lessons.pack`."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.core.lessons.tags import DEFAULT_TAGS, TagSet
from annotator.core.text.article_text import ArticleText
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector

DEFAULT_MATCH_THRESHOLD = 0.5


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


@dataclass(frozen=True)
class KeySpan:
    """One expected annotation of the answer key."""

    article_id: str
    tag: str
    quote: TextQuoteSelector
    position: TextPositionSelector
    points: float = 1.0
    note: str = ""


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
    content_hash: str = ""
    source: str = ""  # where the pack was opened from, for messages
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
