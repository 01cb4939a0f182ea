"""One re-anchoring path: the student's workspace and the teacher's class place annotations in a
new lesson version alike, and both stamp the version and content hash they placed them in."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.core.annotations.reanchor import reanchor
from annotator.core.classroom.submission import parse_submission
from annotator.core.text.article_text import parse_article
from annotator.services.classroom import ADDED, Classroom
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from tests.student_work import submit_work

PHRASES = [
    ("daily-kos", "eyebrow-raising", "FRAMING"),  # moves: text is put before it
    ("daily-kos", "42,000 immigrants", "FACT"),  # gone from the new version
    ("nbc-news", "8,000 immigrants", "FACT"),  # an article that did not change
]


@pytest.fixture
def new_version(lesson):
    """Version 1.1.0 of the lesson: an update put at the top of one article, one phrase cut."""
    kos = lesson.article("daily-kos")
    body = "Breaking: an update.\n\n" + kos.text.text.replace("42,000 immigrants", "many")
    articles = tuple(
        replace(a, text=parse_article(body)) if a.id == "daily-kos" else a for a in lesson.articles
    )
    return replace(lesson, version="1.1.0", articles=articles, content_hash="sha256:new")


@pytest.fixture
def submission(tmp_path, lesson):
    return submit_work(tmp_path / "inbox", lesson, "Cleo", PHRASES)


def _by_quote(annotations):
    return {a.quote.exact: a for a in annotations}


def test_reanchor_places_and_stamps_or_orphans_and_keeps(lesson, new_version, submission):
    work = _by_quote(parse_submission(submission.read_bytes()).annotations)
    moved = reanchor(work["eyebrow-raising"], new_version)
    text = new_version.article("daily-kos").text.text
    assert text[moved.start : moved.end] == "eyebrow-raising" and not moved.orphaned
    assert (moved.lesson_version, moved.pack_hash) == ("1.1.0", "sha256:new")

    gone = work["42,000 immigrants"]
    orphan = reanchor(gone, new_version)
    assert orphan.orphaned
    assert (orphan.position, orphan.quote) == (gone.position, gone.quote)  # what was tagged
    assert (orphan.lesson_version, orphan.pack_hash) == (lesson.version, lesson.content_hash)

    elsewhere = reanchor(replace(gone, article_id="no-such-article"), new_version)
    assert elsewhere.orphaned and elsewhere.quote == gone.quote


def test_a_class_import_from_an_older_version_is_stamped_with_the_new_one(
    tmp_path, lesson, new_version, submission
):
    with open_database(tmp_path / "teacher.db") as database:
        outcome = Classroom(database, new_version).import_file(submission)
        assert outcome.status == ADDED and outcome.reanchored
        (work,) = Classroom(database, new_version).annotations_by_student().values()
    placed = _by_quote(work)
    for quote in ("eyebrow-raising", "8,000 immigrants"):
        assert not placed[quote].orphaned
        assert (placed[quote].lesson_version, placed[quote].pack_hash) == ("1.1.0", "sha256:new")
    orphan = placed["42,000 immigrants"]
    assert orphan.orphaned and orphan.pack_hash == lesson.content_hash  # not placed in 1.1.0


def test_the_student_and_the_class_reanchor_the_same_annotation_alike(
    tmp_path, lesson, new_version, submission
):
    """The student opens the new version of the pack; the teacher imports, with the new
    version, what the student had submitted from the old one."""
    (student_db,) = tmp_path.glob("*.db")  # the database the student submitted from
    with open_database(student_db) as database:
        workspace = Workspace(database, new_version, student="Cleo")
        workspace.open_lesson()
        students = workspace.current_annotations()
    with open_database(tmp_path / "teacher.db") as database:
        Classroom(database, new_version).import_file(submission)
        (teachers,) = Classroom(database, new_version).annotations_by_student().values()

    def without_time(annotations):  # the time of re-anchoring is each path's own
        return sorted((replace(a, modified="") for a in annotations), key=lambda a: a.id)

    assert len(students) == len(PHRASES)
    assert without_time(students) == without_time(teachers)


def test_the_answer_key_as_annotations_sits_in_this_version(lesson):
    from annotator.core.annotations.key import KEY_AUTHOR, key_as_annotations

    annotations = key_as_annotations(lesson)
    assert len(annotations) == len(lesson.key) > 0
    for annotation, span in zip(annotations, lesson.key, strict=True):
        text = lesson.article(span.article_id).text.text
        assert text[annotation.start : annotation.end] == span.quote.exact
        assert (annotation.tag, annotation.note, annotation.student) == (
            span.tag,
            span.note,
            KEY_AUTHOR,
        )
        assert (annotation.lesson_version, annotation.pack_hash) == (
            lesson.version,
            lesson.content_hash,
        )
