"""The workspace service answers what the windows show, without them reaching its storage."""

from __future__ import annotations

import dataclasses
import time

from annotator.services.workspace import LAST_LESSON, RecentLesson, Workspace
from annotator.storage.database import open_database
from annotator.storage.repositories import SettingsRepository


def test_an_annotation_is_found_as_saved_and_not_once_deleted(db_path, lesson):
    article = lesson.articles[0]
    start = article.text.text.index("Customs")
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        workspace.open_lesson()
        added = workspace.add(workspace.prepare(article.id, start, start + 7, "FACT"))
        assert workspace.annotation(added.id) == added
        workspace.replace(added.with_changes(note="checked"))
        assert workspace.annotation(added.id).note == "checked"
        workspace.delete(added)
        assert workspace.annotation(added.id) is None
        assert workspace.annotation("no-such-id") is None


def test_the_student_id_is_remembered_between_workspaces(db_path, lesson):
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        assert workspace.student_id == ""
        workspace.set_student_id("s-42")
        assert Workspace(database, lesson).student_id == "s-42"


def test_recent_lessons_most_recent_first_with_where_they_came_from(db_path, lesson, tmp_path):
    other = dataclasses.replace(lesson, id="other", title="Other", source=str(tmp_path / "o.zip"))
    with open_database(db_path) as database:
        assert Workspace(database, lesson).recent_lessons() == []
        Workspace(database, lesson).open_lesson()
        time.sleep(0.01)  # "opened" counts milliseconds
        workspace = Workspace(database, other)
        workspace.open_lesson()
        assert workspace.recent_lessons() == [
            RecentLesson("other", "Other", str(tmp_path / "o.zip")),
            RecentLesson(lesson.id, lesson.title, lesson.source),
        ]
        workspace.remember_lesson_source(str(tmp_path / "o.zip"))
        assert SettingsRepository(database.db).get(LAST_LESSON) == str(tmp_path / "o.zip")


def test_a_new_annotation_takes_whole_words_unless_asked_for_the_exact_characters(db_path, lesson):
    text = lesson.article("daily-kos").text.text
    start = text.index("38,521-bed capacity")
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        snapped = workspace.prepare("daily-kos", start + 4, start + 15, "FACT")
        assert snapped.quote.exact == "38,521-bed capacity"
        exact = workspace.prepare("daily-kos", start + 4, start + 15, "FACT", exact=True)
        assert (exact.start, exact.end, exact.quote.exact) == (start + 4, start + 15, "21-bed capa")
