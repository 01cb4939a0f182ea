"""New Lesson without the window (``annotator pack new``): sources read from files, the
teacher's removals and splits given as numbers, and the result listed as the window shows it."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.lessons.authoring.lesson_draft import LessonDraft
from annotator.core.lessons.authoring.new_lesson import article_from, new_draft
from annotator.core.lessons.authoring.source_bytes import read_source


def draft_from_files(
    paths: Sequence[str], title: str, lesson_id: str, outlets: Sequence[str]
) -> LessonDraft:
    """The draft of the files at ``paths``; ``outlets`` fill in, in order, the outlets the
    pages do not name. Raises :class:`~.source_bytes.SourceError` naming the file."""
    articles = []
    for index, path in enumerate(paths):
        article = article_from(read_source(path))
        if index < len(outlets) and outlets[index]:
            article = article.with_meta(outlet=outlets[index])
        articles.append(article)
    return new_draft(articles, title, lesson_id)


def edited(draft: LessonDraft, splits: Sequence[str], drops: Sequence[str]) -> LessonDraft:
    """The draft with ``A:P:W`` splits, then ``A:P`` removals, applied (1-based numbers).

    Splits go from the last paragraph up, so the numbers of a listing stay right for them;
    removals use the numbers after the splits."""
    for spec in sorted(splits, key=lambda s: _numbers(s, 3, "A:P:W"), reverse=True):
        a, p, words = _numbers(spec, 3, "A:P:W")
        article = _article(draft, a, spec)
        paragraph = _paragraph(article, p, spec)
        at = _after_words(paragraph.text, words, spec)
        draft = draft.with_article(a - 1, article.splitting(p - 1, at))
    for spec in drops:
        a, p = _numbers(spec, 2, "A:P")
        article = _article(draft, a, spec)
        _paragraph(article, p, spec)
        draft = draft.with_article(a - 1, article.removing(p - 1))
    return draft


def listing(draft: LessonDraft) -> str:
    """The articles as the window lists them: metadata, then numbered paragraphs."""
    lines = []
    for number, article in enumerate(draft.articles, start=1):
        meta = article.meta
        lines.append(f"Article {number} ({article.id}) from {article.origin}, {article.method}:")
        for name in ("outlet", "headline", "byline", "published", "source_url"):
            lines.append(f"  {name}: {getattr(meta, name) or '(none)'}")
        for index, paragraph in enumerate(article.paragraphs, start=1):
            mark = " " if paragraph.kept else "-"
            kind = "" if paragraph.kind == "paragraph" else f"[{paragraph.kind.value}] "
            text = paragraph.text if len(paragraph.text) <= 90 else paragraph.text[:87] + "..."
            lines.append(f"  {mark}{index:3}. {kind}{text}")
        lines.append(f"  {article.word_count()} words kept; '-' marks a removed paragraph")
    return "\n".join(lines)


def _numbers(spec: str, count: int, form: str) -> tuple[int, ...]:
    parts = spec.split(":")
    if len(parts) != count or not all(part.isdigit() and int(part) > 0 for part in parts):
        raise ValueError(f"'{spec}' is not of the form {form} (numbers from 1)")
    return tuple(int(part) for part in parts)


def _article(draft: LessonDraft, number: int, spec: str):
    if number > len(draft.articles):
        raise ValueError(f"'{spec}': there are {len(draft.articles)} articles")
    return draft.articles[number - 1]


def _paragraph(article, number: int, spec: str):
    if number > len(article.paragraphs):
        raise ValueError(f"'{spec}': article {article.id} has {len(article.paragraphs)} paragraphs")
    return article.paragraphs[number - 1]


def _after_words(text: str, words: int, spec: str) -> int:
    parts = text.split(" ")
    if words >= len(parts):
        raise ValueError(f"'{spec}': the paragraph has {len(parts)} words; split inside it")
    return len(" ".join(parts[:words])) + 1
