"""Five demonstration students on the built-in lesson, as ``docs/grading.md`` tells them, and the
highlights a few more tests need. Each is a list of spans (article id, start, end, tag) made from
the lesson's own text: its instructions, its key and its sentences."""

from __future__ import annotations

import re

from annotator.core.lessons.lesson import Lesson
from annotator.core.text.sentences import sentence_spans
from annotator.core.text.words import words
from tests.student_work import Span, at_phrase

_EXAMPLE = re.compile(r'\*"([^"*]+)"\*')
_TAG_ITEM = re.compile(r"\*\*([A-Z]+)\*\*")


def instruction_examples(lesson: Lesson) -> list[tuple[str, str]]:
    """(tag, words) of every example the instructions give, as ``*"words"*`` in a list item that
    starts with its ``**TAG**``."""
    items = re.split(r"\n(?=\s*(?:\d+\.|-)\s)|\n\s*\n", lesson.instructions_markdown)
    found = []
    for item in items:
        tag = _TAG_ITEM.match(re.sub(r"^\s*(?:\d+\.|-)\s+", "", item))
        if tag:
            found += [(tag[1], words) for words in _EXAMPLE.findall(item)]
    return found


def examples(lesson: Lesson) -> list[Span]:
    """The instructions' examples tagged exactly as shown, in every article that has them."""
    spans = []
    for tag, phrase in instruction_examples(lesson):
        for article in lesson.articles:
            if phrase in article.text.text:
                spans.append(at_phrase(lesson, article.id, phrase, tag))
    return spans


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of ``text`` that lie within ``[start, end)``."""
    return [(s, e) for s, e in words(text) if start <= s and e <= end]


def _words(lesson: Lesson, article_id: str, start: int, end: int) -> list[tuple[int, int]]:
    return word_spans(lesson.article(article_id).text.text, start, end)


def strong(lesson: Lesson) -> list[Span]:
    """Four claims in five (every fifth of the key left out) with the key's tag, selected word by
    word as a careful student does: from the claim's first word to its last, one claim in five
    with the next word too, one in five without its first word."""
    spans = []
    for index, claim in enumerate(lesson.key):
        if index % 5 == 4:
            continue
        text = lesson.article(claim.article_id).text.text
        words = _words(lesson, claim.article_id, claim.position.start, claim.position.end)
        start, end = words[0][0], words[-1][1]
        if index % 5 == 1:
            after = word_spans(text, end, min(len(text), end + 40))
            if after and not re.search(r"[.!?\n]", text[end : after[0][0]]):
                end = after[0][1]
        elif index % 5 == 2 and len(words) >= 4:
            start = words[1][0]
        spans.append((claim.article_id, start, end, claim.tag))
    return spans


def wrong_tags(lesson: Lesson) -> list[Span]:
    """Six claims from across the key, exactly, each with a tag the key does not accept."""
    spans = []
    for claim in lesson.key[:: len(lesson.key) // 6][:6]:
        accepted = {claim.tag, *(alternative.tag for alternative in claim.alternatives)}
        wrong = next(tag for tag in lesson.tags.names if tag not in accepted)
        spans.append((claim.article_id, claim.position.start, claim.position.end, wrong))
    return spans


def sentence_of(lesson: Lesson, article_id: str, offset: int) -> tuple[int, int]:
    text = lesson.article(article_id).text.text
    return next((s, e) for s, e in sentence_spans(text) if s <= offset < e)


def sentences(lesson: Lesson) -> list[Span]:
    """For each claim of the key, its whole sentence with the claim's tag (a sentence once)."""
    spans: dict[tuple[str, int], Span] = {}
    for claim in lesson.key:
        start, end = sentence_of(lesson, claim.article_id, claim.position.start)
        spans.setdefault((claim.article_id, start), (claim.article_id, start, end, claim.tag))
    return list(spans.values())


def every_sentence_fact(lesson: Lesson) -> list[Span]:
    """Every sentence of every article, tagged FACT."""
    return [
        (article.id, start, end, "FACT")
        for article in lesson.articles
        for start, end in sentence_spans(article.text.text)
    ]


def paragraphs(lesson: Lesson) -> list[Span]:
    """Every paragraph of every article, whole, tagged FACT."""
    return [
        (article.id, block.start, block.end, "FACT")
        for article in lesson.articles
        for block in article.text.blocks
        if block.kind == "paragraph"
    ]


FIVE = {
    "The Examples": examples,
    "The Strong Student": strong,
    "The Wrong Tags": wrong_tags,
    "The Sentences": sentences,
    "The Sentence Sprayer": every_sentence_fact,
}
