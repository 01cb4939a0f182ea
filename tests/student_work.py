"""A student's work made through the real services: a database of their own, tags on phrases."""

from __future__ import annotations

from pathlib import Path

from annotator.core.lessons.lesson import Lesson
from annotator.services.submit import default_submission_name, write_submission
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database

Phrase = tuple[str, str, str]  # (article id, phrase as in the article, tag)


def tag_phrases(db_path: Path, lesson: Lesson, name: str, phrases: list[Phrase]) -> None:
    """Opens the student's database and tags the first occurrence of each phrase, in place of
    whatever the lesson held there (a student who changed their work)."""
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, student=name)
        workspace.open_lesson()
        for annotation in workspace.current_annotations():
            workspace.delete(annotation)
        for article_id, phrase, tag in phrases:
            text = lesson.article(article_id).text.text
            start = text.index(phrase)
            workspace.add(workspace.prepare(article_id, start, start + len(phrase), tag))


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
    if db_path is None:
        db_path = folder.parent / f"{default_submission_name(lesson, name)}-{len(phrases)}.db"
    tag_phrases(db_path, lesson, name, phrases)
    with open_database(db_path) as database:
        out = folder / default_submission_name(lesson, name)
        path, count = write_submission(
            database, lesson, out, student_name=name, student_id=student_id
        )
    assert count == len(phrases)
    return path
