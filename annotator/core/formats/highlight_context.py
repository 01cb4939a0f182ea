"""A student's highlight as the printed report shows it: its words in their tag's look, with a
few words of their sentence either side, so that the report needs no reprint of the articles.

The highlighted words carry the tag's colour *and* its underline (from
:mod:`annotator.core.lessons.looks`, as the article view draws them), and the report puts the
tag's name beside them: the tag is never told by colour alone. Everything is escaped.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from annotator.core.annotations.annotation import Annotation
from annotator.core.formats.html_parts import clip, colour_of, escape, underline_css
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.tags import TagSet
from annotator.core.text.sentences import sentence_spans
from annotator.core.text.words import words

CONTEXT_WORDS = 4  # words of the sentence shown before and after a highlight, at most
LONG = 200  # a highlight longer than this (characters) is shown by its start and its end
HEAD, TAIL = 110, 60  # the characters kept of a long highlight's start and end
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class _Words:
    """One article's text, its word edges and its sentence edges."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    sentence_starts: tuple[int, ...]
    sentence_ends: tuple[int, ...]


@lru_cache(maxsize=32)
def _words_of(text: str) -> _Words:
    """Made once per article for a whole class: every report of the class asks for it."""
    found = words(text)
    sentences = sentence_spans(text) or [(0, len(text))]
    return _Words(
        text,
        tuple(s for s, _ in found),
        tuple(e for _, e in found),
        tuple(s for s, _ in sentences),
        tuple(e for _, e in sentences),
    )


def tag_style(tags: TagSet, name: str) -> str:
    """The inline style of text under one highlight of the tag ``name``: its colour and its
    underline (a solid line for a tag the lesson does not know)."""
    colour = colour_of(tags, name)
    return f"background-color:{colour};" + underline_css(tags.get(name), colour)


class Contexts:
    """The highlights of one lesson in their sentences."""

    def __init__(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self._texts = {article.id: article.text.text for article in lesson.articles}

    def placeable(self, annotation: Annotation) -> bool:
        """Whether the highlight lies in its article's text as this version has it."""
        text = self._texts.get(annotation.article_id)
        if annotation.orphaned or text is None:
            return False
        return 0 <= annotation.position.start < annotation.position.end <= len(text)

    def snippet(self, annotation: Annotation) -> str:
        """``… words before <the highlight> words after …`` as HTML: the highlight in its tag's
        look, the context in the article's type, an ellipsis where the sentence goes on.

        A highlight that cannot be placed is shown by its own words (clipped), without context.
        """
        style = tag_style(self.lesson.tags, annotation.tag)
        if not self.placeable(annotation):
            return f'<span class="hl" style="{style}">{escape(clip(annotation.quote.exact))}</span>'
        article = _words_of(self._texts[annotation.article_id])
        start, end = annotation.position.start, annotation.position.end
        before, cut_before = _before(article, start)
        after, cut_after = _after(article, end)
        text = article.text
        return (
            (ELLIPSIS if cut_before else "")
            + escape(_flat(text[before:start]))
            + f'<span class="hl" style="{style}">{escape(_shortened(text[start:end]))}</span>'
            + escape(_flat(text[end:after]))
            + (ELLIPSIS if cut_after else "")
        )


def _before(article: _Words, start: int) -> tuple[int, bool]:
    """Where the context before ``start`` begins, and whether the sentence began earlier."""
    sentence = bisect.bisect_right(article.sentence_starts, start) - 1
    sentence_start = article.sentence_starts[sentence] if sentence >= 0 else 0
    sentence_start = min(sentence_start, start)
    first = bisect.bisect_left(article.ends, sentence_start + 1)
    last = bisect.bisect_left(article.starts, start)  # the words wholly before ``start``
    if last - first <= CONTEXT_WORDS:
        return sentence_start, False
    return article.starts[last - CONTEXT_WORDS], True


def _after(article: _Words, end: int) -> tuple[int, bool]:
    """Where the context after ``end`` ends, and whether the sentence goes on after it."""
    sentence = bisect.bisect_right(article.sentence_starts, end - 1) - 1
    sentence_end = article.sentence_ends[sentence] if sentence >= 0 else end
    sentence_end = max(sentence_end, end)
    first = bisect.bisect_left(article.starts, end)  # the words wholly after ``end``
    last = bisect.bisect_right(article.starts, sentence_end - 1)
    if last - first <= CONTEXT_WORDS:
        return sentence_end, False
    return article.ends[first + CONTEXT_WORDS - 1], True


def _flat(text: str) -> str:
    """Line breaks (between blocks) as spaces: a snippet is one line of text."""
    return " ".join(text.split("\n"))


def _shortened(text: str) -> str:
    """A long highlight by its first and last words, cut at spaces, an ellipsis between."""
    text = _flat(text)
    if len(text) <= LONG:
        return text
    head = text[:HEAD].rsplit(" ", 1)[0]
    tail = text[-TAIL:].split(" ", 1)[-1]
    return f"{head} {ELLIPSIS} {tail}"
