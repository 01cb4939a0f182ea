"""A lesson being made or edited in the app: its manifest fields, articles, instructions and
key, checked with every problem listed before anything is saved.

:func:`draft_lesson` turns the draft into the :class:`~annotator.core.lessons.lesson.Lesson`
it will be once saved (the same parsing a pack's article gets), which key mode shows and tags.
:func:`draft_from_pack` opens an existing pack for editing, its version already bumped.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from annotator.core.lessons.authoring.draft import (
    META_LIMITS,
    ArticleDraft,
    ArticleMeta,
    DraftParagraph,
    reads_back,
)
from annotator.core.lessons.lesson import Article, GradingRules, KeySpan, Lesson
from annotator.core.lessons.pack import FRONT_MATTER, PackFiles, PackProblem, load_pack
from annotator.core.lessons.tags import DEFAULT_TAGS, TagSet
from annotator.core.text.article_text import ArticleSyntaxError, parse_article

MIN_ARTICLES, MAX_ARTICLES = 2, 5  # what New Lesson takes; a pack allows 1 to 12
_LESSON_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
# The id of a lesson whose title gives none (no letter or digit in it).
DEFAULT_LESSON_ID = "new-lesson"


@dataclass(frozen=True)
class LessonDraft:
    """Everything a pack folder will hold. ``key`` positions refer to :func:`draft_lesson`'s
    texts as they were when tagged; saving places them again (:func:`.key_spans.moved_key`)."""

    id: str = ""
    title: str = ""
    version: str = "1.0.0"
    instructions: str = ""
    articles: tuple[ArticleDraft, ...] = ()
    key: tuple[KeySpan, ...] = ()
    key_lesson: Lesson | None = None  # the lesson the key was tagged on
    rules: GradingRules = GradingRules()  # noqa: RUF009 (frozen, so shared safely)
    tags: TagSet = DEFAULT_TAGS
    due: str = ""
    points: float | None = None
    replaces: str = ""  # the folder of the pack this draft edits ("" for a new lesson)

    def changed(self, **fields) -> LessonDraft:
        return dataclasses.replace(self, **fields)

    def with_article(self, index: int, article: ArticleDraft) -> LessonDraft:
        articles = (*self.articles[:index], article, *self.articles[index + 1 :])
        return dataclasses.replace(self, articles=articles)


def draft_problems(draft: LessonDraft) -> list[PackProblem]:
    """Every problem of the draft, in the words of the pack's own checks."""
    problems: list[PackProblem] = []
    manifest = "lesson.toml"
    if not _LESSON_ID.match(draft.id):
        problems.append(
            PackProblem(
                manifest,
                f"{draft.id!r} is not a lesson id: lower-case letters, digits, '.', '_' and "
                "'-', starting with a letter or digit, at most 64 characters",
                "id",
            )
        )
    if not draft.title.strip():
        problems.append(PackProblem(manifest, "the lesson needs a title", "title"))
    elif len(draft.title) > 200:
        problems.append(PackProblem(manifest, "a title has at most 200 characters", "title"))
    if not draft.version.strip() or len(draft.version) > 40:
        problems.append(PackProblem(manifest, "a version such as 1.0.0 is needed", "version"))
    count = len(draft.articles)
    if not MIN_ARTICLES <= count <= MAX_ARTICLES:
        problems.append(
            PackProblem(
                manifest,
                f"{count} articles; a lesson made here has {MIN_ARTICLES} to {MAX_ARTICLES}",
                "articles",
            )
        )
    seen: set[str] = set()
    for article in draft.articles:
        problems += _article_problems(article, seen)
    if not draft.instructions.strip():
        problems.append(
            PackProblem("instructions.md", "the instructions are empty; tell students the task")
        )
    return problems


def _article_problems(article: ArticleDraft, seen: set[str]) -> list[PackProblem]:
    name = article_file(article)
    problems = []
    if not _ARTICLE_ID.match(article.id):
        problems.append(
            PackProblem(name, f"{article.id!r} is not an article id (a-z, 0-9, '_', '-')", "id")
        )
    elif article.id in seen:
        problems.append(PackProblem(name, f"two articles have the id '{article.id}'", "id"))
    seen.add(article.id)
    if not article.meta.outlet.strip():
        problems.append(
            PackProblem(name, f"who published it? ({article.origin}): fill in the outlet", "outlet")
        )
    for meta_field, limit in META_LIMITS.items():
        if len(getattr(article.meta, meta_field)) > limit:
            problems.append(PackProblem(name, f"at most {limit} characters", meta_field))
    if not article.kept:
        problems.append(
            PackProblem(name, f"every paragraph of {article.origin or article.id} is removed")
        )
    elif not reads_back(article):
        problems.append(PackProblem(name, "the article does not read back word for word"))
    return problems


def article_file(article: ArticleDraft) -> str:
    return f"articles/{article.id}.md"


def draft_lesson(draft: LessonDraft) -> Lesson:
    """The lesson the draft will be once saved, without its key (for key mode and checks).

    Raises ValueError when an article does not parse (:func:`draft_problems` says why first).
    """
    articles = []
    digest = hashlib.sha256(f"{draft.id}\0{draft.title}\0{draft.instructions}".encode())
    for article in draft.articles:
        meta = article.meta
        try:
            text = parse_article(_body(article.markdown()), meta.headline)
        except ArticleSyntaxError as error:
            raise ValueError(f"{article_file(article)}: {error}") from None
        digest.update(f"\0{article.id}\0{article.markdown()}".encode())
        articles.append(
            Article(
                article.id,
                meta.outlet,
                meta.headline,
                meta.byline,
                meta.published,
                meta.source_url,
                meta.source_note,
                text,
            )
        )
    return Lesson(
        id=draft.id or DEFAULT_LESSON_ID,
        version=draft.version,
        title=draft.title,
        instructions_markdown=draft.instructions,
        articles=tuple(articles),
        tags=draft.tags,
        rules=draft.rules,
        content_hash=f"sha256:{digest.hexdigest()}",
        source=draft.replaces or "a new lesson",
    )


def _body(source: str) -> str:
    match = FRONT_MATTER.match(source)
    return source[match.end() :] if match else source


def draft_from_pack(path: str) -> LessonDraft:
    """The pack at ``path`` (a folder) as a draft to edit: its version bumped, its key kept.

    Raises :class:`~annotator.core.lessons.pack.PackError` for a pack that does not open.
    """
    lesson = load_pack(path)
    files = PackFiles.open(path)
    import tomllib

    manifest = tomllib.loads((files.read("lesson.toml") or b"").decode("utf-8-sig"))
    articles = []
    for entry, article in zip(manifest["articles"], lesson.articles, strict=True):
        source = (files.read(entry["file"]) or b"").decode("utf-8-sig")
        body = _body(source)
        paragraphs = tuple(
            DraftParagraph(block.text, block.kind)
            for block in article.text.blocks
            if block.kind != "headline"
        )
        meta = ArticleMeta(
            article.outlet,
            article.headline,
            article.byline,
            article.published,
            article.source_url,
            article.source_note,
        )
        articles.append(
            ArticleDraft(
                article.id, meta, paragraphs, origin=entry["file"], method="pack", body_source=body
            )
        )
    return LessonDraft(
        id=lesson.id,
        title=lesson.title,
        version=next_version(lesson.version),
        instructions=lesson.instructions_markdown,
        articles=tuple(articles),
        key=lesson.key,
        key_lesson=lesson,
        rules=lesson.rules,
        tags=lesson.tags,
        due=lesson.due,
        points=lesson.points,
        replaces=str(path),
    )


def next_version(version: str) -> str:
    """The version after ``version``: its last number plus one (1.0.0 → 1.0.1; v3 → v4)."""
    numbers = list(re.finditer(r"\d+", version))
    if not numbers:
        return f"{version}.1" if version else "1.0.0"
    last = numbers[-1]
    return version[: last.start()] + str(int(last.group()) + 1) + version[last.end() :]


def make_id(text: str, fallback: str, limit: int = 40) -> str:
    """An id made of ``text``: lower-case ASCII letters and digits joined by '-', as pack, article
    and linked-claim ids must be (not :func:`annotator.core.formats.filenames.slug`, which keeps
    every script for the names of files)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    made = "-".join(words)[:limit].strip("-")
    return made or fallback
