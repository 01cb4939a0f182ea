"""Submissions from students, imported by the teacher: replaced, never duplicated, checked."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annotator.core.classroom.submission import SubmissionError, parse_submission
from annotator.services.classroom import (
    ADDED,
    HELD_BACK,
    KEPT_NEWER,
    REFUSED,
    UNCHANGED,
    UPDATED,
    Classroom,
)
from annotator.storage.database import open_database
from tests.student_work import submit_work


def _student_work(tmp_path, lesson, name, phrases, student_id="", folder=None):
    """A student's own database with tags on ``phrases`` [(article, phrase, tag)], submitted:
    one database per student name, so that a second call is a resubmission from the same
    computer."""
    db = tmp_path / f"computer-of-{name}.db"
    return submit_work(tmp_path / (folder or "inbox"), lesson, name, phrases, student_id, db)


@pytest.fixture
def teacher(tmp_path, lesson):
    database = open_database(tmp_path / "teacher.db")
    yield Classroom(database, lesson)
    database.close()


def test_a_submission_carries_everything_and_checks_itself(tmp_path, lesson):
    path = _student_work(
        tmp_path, lesson, "Maya R.", [("nbc-news", "8,000 immigrants", "FACT")], student_id="s-17"
    )
    body = json.loads(path.read_text("utf-8"))
    assert body["student"] == {"name": "Maya R.", "id": "s-17"}
    assert body["lesson"]["content_hash"] == lesson.content_hash
    target = body["annotations"][0]["target"]
    assert target["quote"]["exact"] == "8,000 immigrants"
    assert target["position"]["end"] - target["position"]["start"] == len("8,000 immigrants")
    assert body["format_version"] == 2
    assert body["workspace"]["submission"] == 1
    submission = parse_submission(path.read_bytes())
    assert submission.intact and submission.workspace.number == 1
    assert submission.workspace.workspace_id == body["workspace"]["id"]

    body["annotations"][0]["tag"] = "QUOTE"  # edited by hand after submitting
    edited = parse_submission(json.dumps(body).encode())
    assert not edited.intact  # read, and marked: the import holds it for the teacher
    assert edited.checksum != submission.checksum
    body["format_version"] = 3
    with pytest.raises(SubmissionError, match="update Annotator") as error:
        parse_submission(json.dumps(body).encode())
    assert error.value.kind == "malformed"


def test_import_replace_and_reimport(tmp_path, lesson, teacher):
    first = _student_work(tmp_path, lesson, "Ada", [("nbc-news", "8,000 immigrants", "FACT")])
    outcome = teacher.import_file(first)
    assert outcome.status == ADDED
    assert teacher.import_file(first).status == UNCHANGED  # the same file twice changes nothing

    second = _student_work(
        tmp_path,
        lesson,
        "Ada",
        [("nbc-news", "8,000 immigrants", "FACT"), ("daily-kos", "eyebrow-raising", "FRAMING")],
        folder="resubmitted",
    )
    assert teacher.import_file(second).status == UPDATED
    roster = teacher.submissions()
    assert [s.student_name for s in roster] == ["Ada"]
    assert len(teacher.annotations_by_student()[roster[0].student_key]) == 2
    # The earlier file, imported again later, does not undo the newer work.
    old = tmp_path / "old.submission.json"
    old.write_bytes(first.read_bytes())
    assert teacher.import_file(old).status == KEPT_NEWER
    assert len(teacher.annotations_by_student()[roster[0].student_key]) == 2


def test_refusals_say_why_and_change_nothing(tmp_path, lesson, teacher):
    good = _student_work(tmp_path, lesson, "Ben", [("daily-kos", "42,000 immigrants", "FACT")])
    body = json.loads(good.read_text("utf-8"))
    cases = {}
    cases["not-json.submission.json"] = b"\x89PNG not a submission"
    cases["other.submission.json"] = json.dumps({"format": "something else"}).encode()
    tampered = dict(body, student={"name": "Someone Else", "id": ""})
    cases["tampered.submission.json"] = json.dumps(tampered).encode()  # held, not refused
    from annotator.core.classroom.submission import checksum

    other_lesson = dict(body, lesson=dict(body["lesson"], id="another-lesson"))
    other_lesson["checksum"] = checksum(other_lesson)
    cases["wrong-lesson.submission.json"] = json.dumps(other_lesson).encode()
    broken = dict(body, annotations=[{"id": "x"}])
    broken["checksum"] = checksum(broken)
    cases["malformed.submission.json"] = json.dumps(broken).encode()
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    outcomes = {o.file.split("/")[-1]: o for o in teacher.import_paths([tmp_path])}
    for name in cases:
        expected = HELD_BACK if name == "tampered.submission.json" else REFUSED
        assert outcomes[name].status == expected, name
    assert "not a submission" in outcomes["not-json.submission.json"].reason
    assert "not an Annotator submission" in outcomes["other.submission.json"].reason
    assert "edited after it was written" in outcomes["tampered.submission.json"].reason
    assert "another-lesson" in outcomes["wrong-lesson.submission.json"].reason
    assert "missing" in outcomes["malformed.submission.json"].reason
    assert [s.student_name for s in teacher.submissions()] == ["Ben"]  # the good one (in inbox)


def test_a_submission_from_another_version_is_reanchored_with_orphans_listed(
    tmp_path, lesson, teacher
):
    from dataclasses import replace

    from annotator.core.text.article_text import parse_article

    path = _student_work(
        tmp_path,
        lesson,
        "Cleo",
        [("daily-kos", "eyebrow-raising", "FRAMING"), ("daily-kos", "42,000 immigrants", "FACT")],
    )
    kos = lesson.article("daily-kos")
    new_body = "Breaking: an update.\n\n" + kos.text.text.replace("42,000 immigrants", "many")
    new_article = replace(kos, text=parse_article(new_body))
    articles = tuple(new_article if a.id == "daily-kos" else a for a in lesson.articles)
    new_version = replace(lesson, version="1.1.0", articles=articles, content_hash="sha256:new")
    database = teacher.database
    outcome = Classroom(database, new_version).import_file(path)
    assert outcome.status == ADDED and outcome.reanchored
    assert outcome.orphans == ("42,000 immigrants",)
    stored = Classroom(database, new_version).annotations_by_student()
    placed = {a.quote.exact: a for a in next(iter(stored.values()))}
    assert placed["42,000 immigrants"].orphaned
    moved = placed["eyebrow-raising"]
    assert new_article.text.text[moved.start : moved.end] == "eyebrow-raising"


def test_import_is_one_transaction_per_file(tmp_path, lesson, teacher):
    path = _student_work(tmp_path, lesson, "Dev", [("nbc-news", "8,000 immigrants", "FACT")])
    teacher.import_file(path)
    conn = sqlite3.connect(teacher.database.path)
    try:
        counts = conn.execute(
            "select (select count(*) from class_submissions),"
            " (select count(*) from class_annotations)"
        ).fetchone()
    finally:
        conn.close()
    assert counts == (1, 1)


def test_the_class_is_read_again_whenever_it_changes(tmp_path, lesson, teacher):
    """The classroom keeps the class it read; every change, its own or another connection's
    (another window, the command line), is seen at the next read."""
    path = _student_work(tmp_path, lesson, "Eve", [("nbc-news", "8,000 immigrants", "FACT")])
    teacher.import_file(path)
    key = teacher.submissions()[0].student_key
    first = teacher.results()[key]
    assert teacher.results()[key].grade == first.grade  # read once, graded once
    teacher.annotations_by_student()[key].clear()  # callers get copies
    assert len(teacher.annotations_by_student()[key]) == 1

    teacher.set_override(key, 90.0)  # this connection
    assert teacher.results()[key].override == 90.0
    other = open_database(teacher.database.path, exclusive=False)  # another connection
    try:
        Classroom(other, lesson).set_feedback(key, "Well spotted.")
        more = _student_work(
            tmp_path,
            lesson,
            "Eve",
            [("nbc-news", "8,000 immigrants", "FACT"), ("daily-kos", "42,000", "QUOTE")],
            folder="again",
        )
        Classroom(other, lesson).import_file(more)
    finally:
        other.close()
    result = teacher.results()[key]
    assert result.feedback == "Well spotted."
    assert len(result.annotations) == 2
    assert result.grade.overall.student_count == 2

    latest = _student_work(
        tmp_path,
        lesson,
        "Eve",
        [
            ("nbc-news", "8,000 immigrants", "QUOTE"),
            ("daily-kos", "42,000", "QUOTE"),
            ("independent", "crackdown", "FRAMING"),
        ],
        folder="latest",
    )
    assert teacher.import_file(latest).status == UPDATED  # this connection again
    assert len(teacher.results()[key].annotations) == 3


def test_the_default_file_name_keeps_names_in_any_script_readable(lesson):
    from annotator.services.submit import default_submission_name

    names = {default_submission_name(lesson, name) for name in ("王小明", "李华", "Ana Li")}
    assert len(names) == 3
    assert default_submission_name(lesson, "Ana Li") == f"{lesson.id}-Ana-Li.submission.json"
    assert default_submission_name(lesson, "王小明") == f"{lesson.id}-王小明.submission.json"
    assert default_submission_name(lesson, "?!") == f"{lesson.id}-student.submission.json"
