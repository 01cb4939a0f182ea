"""A student's work made through the real services: a database of their own, tags on phrases."""

from __future__ import annotations

from pathlib import Path

from annotator.core.lessons.lesson import Lesson
from annotator.services.submit import default_submission_name, write_submission
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database

Phrase = tuple[str, str, str]  # (article id, phrase as in the article, tag)
Span = tuple[str, int, int, str]  # (article id, start, end, tag)


def tag_phrases(db_path: Path, lesson: Lesson, name: str, phrases: list[Phrase]) -> None:
    """Opens the student's database and tags the first occurrence of each phrase, in place of
    whatever the lesson held there (a student who changed their work)."""
    tag_spans(db_path, lesson, name, [at_phrase(lesson, *phrase) for phrase in phrases])


def at_phrase(lesson: Lesson, article_id: str, phrase: str, tag: str) -> Span:
    """The span of the first occurrence of ``phrase`` in the article, with ``tag``."""
    start = lesson.article(article_id).text.text.index(phrase)
    return article_id, start, start + len(phrase), tag


def tag_spans(db_path: Path, lesson: Lesson, name: str, spans: list[Span]) -> None:
    """Opens the student's database and tags each span, as the app would, in place of whatever
    the lesson held there."""
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, student=name)
        workspace.open_lesson()
        for annotation in workspace.current_annotations():
            workspace.delete(annotation)
        for article_id, start, end, tag in spans:
            workspace.add(workspace.prepare(article_id, start, end, tag))


def submit_work(
    folder: Path,
    lesson: Lesson,
    name: str,
    phrases: list[Phrase],
    student_id: str = "",
    db_path: Path | None = None,
) -> Path:
    """Tags the phrases in the student's database and submits into ``folder``: a fresh
    database (a computer of its own) unless ``db_path`` names one used before (a resubmission
    from the same computer)."""
    spans = [at_phrase(lesson, *phrase) for phrase in phrases]
    return submit_spans(folder, lesson, name, spans, student_id, db_path)


def submit_spans(
    folder: Path,
    lesson: Lesson,
    name: str,
    spans: list[Span],
    student_id: str = "",
    db_path: Path | None = None,
) -> Path:
    """Tags the spans in the student's database (fresh unless ``db_path`` is given) and submits
    into ``folder``."""
    if db_path is None:
        db_path = folder.parent / f"{default_submission_name(lesson, name)}-{len(spans)}.db"
    tag_spans(db_path, lesson, name, spans)
    with open_database(db_path) as database:
        out = folder / default_submission_name(lesson, name)
        path, count = write_submission(
            database, lesson, out, student_name=name, student_id=student_id
        )
    assert count == len(spans)
    return path
