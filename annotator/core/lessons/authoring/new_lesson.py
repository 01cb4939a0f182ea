"""New Lesson's first step: two to five sources become a lesson draft, each article extracted
(a saved page by trafilatura, a text capture as read), with ids made from the outlets and the
starting instructions written from the articles' own words."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.lessons.authoring.draft import ArticleDraft
from annotator.core.lessons.authoring.html_article import extract_page
from annotator.core.lessons.authoring.lesson_draft import (
    DEFAULT_LESSON_ID,
    LessonDraft,
    draft_lesson,
    make_id,
)
from annotator.core.lessons.authoring.source_bytes import SourceText
from annotator.core.lessons.authoring.starter import starter_instructions
from annotator.core.lessons.authoring.text_article import read_capture


def article_from(source: SourceText, article_id: str = "article") -> ArticleDraft:
    """The draft of one source; raises :class:`~.source_bytes.SourceError` when it has none."""
    if source.kind == "html":
        return extract_page(source, article_id)
    return read_capture(source, article_id)


def with_unique_ids(articles: Sequence[ArticleDraft]) -> tuple[ArticleDraft, ...]:
    """Each article's id made from its outlet (``nbc-news``), numbered where outlets repeat."""
    out: list[ArticleDraft] = []
    taken: set[str] = set()
    for number, article in enumerate(articles, start=1):
        base = make_id(article.meta.outlet, f"article-{number}", 32)
        made, n = base, 2
        while made in taken:
            made, n = f"{base}-{n}", n + 1
        taken.add(made)
        out.append(article.with_id(made))
    return tuple(out)


def new_draft(
    articles: Sequence[ArticleDraft], title: str = "", lesson_id: str = ""
) -> LessonDraft:
    """A lesson draft of ``articles``, its instructions the starting text for them."""
    draft = LessonDraft(
        id=lesson_id or make_id(title, DEFAULT_LESSON_ID, 64),
        title=title,
        articles=with_unique_ids(articles),
    )
    return draft.changed(instructions=starter_text(draft))


def starter_text(draft: LessonDraft) -> str:
    try:
        lesson = draft_lesson(draft)
    except ValueError:
        return starter_instructions(())
    return starter_instructions(lesson.articles)
