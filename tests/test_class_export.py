"""The class exports, written one annotation at a time, hold exactly what the plain builders
make; and reading a class leaves Python's garbage collector as it was."""

from __future__ import annotations

import gc
import json

import pytest

from annotator.core.formats.graded_json import graded_set_json
from annotator.core.formats.readable_json import dumps_readable
from annotator.core.formats.w3c import annotations_to_w3c, article_iri
from annotator.services.classroom import Classroom
from annotator.services.exports import class_text
from annotator.storage.database import open_database
from tests.student_work import submit_work
from tests.w3c_suite import check_collection

WORK = {
    "Zoë “Z” Ng": [("nbc-news", "more than 8,000 immigrants", "FACT")],
    "Ben Okri": [("daily-kos", "eyebrow-raising", "FRAMING"), ("daily-kos", "42,000", "QUOTE")],
    "Cleo": [("independent", "crackdown", "FRAMING"), ("nbc-news", "8,000 immigrants", "FACT")],
}


@pytest.fixture
def classroom(tmp_path, lesson):
    inbox = tmp_path / "inbox"
    for number, (name, phrases) in enumerate(WORK.items()):
        submit_work(inbox, lesson, name, phrases, student_id=f"s-{number}")
    database = open_database(tmp_path / "teacher.db")
    teacher = Classroom(database, lesson)
    teacher.import_paths([inbox])
    key, work = next(iter(teacher.annotations_by_student().items()))
    teacher.set_annotation_feedback(key, work[0].id, "Is this “a fact”?\nLook again.")
    teacher.set_override(key, 81.5)
    yield teacher
    database.close()


def test_graded_set_export_is_the_graded_set_json(classroom, lesson):
    results = list(classroom.results().values())
    written = json.loads(class_text(classroom, "json"))
    assert written == graded_set_json(lesson, results)
    feedback = [a["feedback"] for s in written["students"] for a in s["annotations"]]
    assert "Is this “a fact”?\nLook again." in feedback


def test_w3c_export_is_the_collection_of_every_annotation(classroom, lesson):
    every = [a for result in classroom.results().values() for a in result.annotations]
    written = json.loads(class_text(classroom, "w3c"))
    assert written == annotations_to_w3c(
        every,
        lesson,
        collection_id=article_iri(lesson.id, lesson.version, "class"),
        label=f"Class annotations: {lesson.title}",
    )
    assert written["total"] == sum(len(phrases) for phrases in WORK.values())
    assert check_collection(written) == []


def test_json_exports_are_laid_out_one_annotation_a_line(classroom):
    lines = class_text(classroom, "w3c").splitlines()
    items = [line for line in lines if line.startswith('   {"@context"')]
    assert len(items) == sum(len(phrases) for phrases in WORK.values())
    assert all(json.loads(line.rstrip(",")) for line in items)


def test_dumps_readable_writes_other_objects_through_default():
    class Point:
        def __init__(self, x: int) -> None:
            self.x = x

    document = {"points": [Point(1), Point(2)], "label": "Zoë"}
    text = dumps_readable(document, depth=2, default=lambda point: {"x": point.x})
    assert json.loads(text) == {"points": [{"x": 1}, {"x": 2}], "label": "Zoë"}
    assert '  {"x": 2}' in text.splitlines()
    with pytest.raises(TypeError):
        dumps_readable(document, depth=2)


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_a_class_leaves_the_garbage_collector_as_it_was(classroom, enabled):
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        Classroom(classroom.database, classroom.lesson).annotations_by_student()
        assert gc.isenabled() == enabled
    finally:
        if was:
            gc.enable()


def test_the_spreadsheets_open_as_utf8_in_excel(classroom, tmp_path):
    """Excel reads a CSV without a byte order mark in the legacy code page ("ZoÃ«")."""
    from annotator.services.exports import export_class

    for fmt in ("gradebook", "canvas"):
        path = export_class(classroom, fmt, tmp_path / f"{fmt}.csv")[0]
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert "Zoë “Z” Ng".encode() in data
        assert data.count(b"\xef\xbb\xbf") == 1
        assert data.decode("utf-8-sig").startswith("Student,")


def test_canvas_points_come_from_the_option_else_the_pack_else_100(classroom, tmp_path):
    import csv
    import dataclasses
    import io

    from annotator.services.exports import class_text as text_of

    def points_row(teacher, **options) -> list[str]:
        rows = list(csv.reader(io.StringIO(text_of(teacher, "canvas", **options).lstrip("\ufeff"))))
        return rows[1]

    assert points_row(classroom)[-1] == "100"
    assert points_row(classroom, points_possible=12.5)[-1] == "12.5"
    ten = Classroom(classroom.database, dataclasses.replace(classroom.lesson, points=10))
    assert points_row(ten)[-1] == "10"
    assert points_row(ten, points_possible=40)[-1] == "40"
    rows = list(csv.reader(io.StringIO(text_of(ten, "canvas").lstrip("\ufeff"))))
    override = next(row for row in rows[2:] if row[-1] == "8.15")  # 81.5 of 100 is 8.15 of 10
    assert override
