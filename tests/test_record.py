"""The annotation record: one definition of the stored fields, read and written by name."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

import pytest
import sqlite_utils
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.annotations.record import (
    ANNOTATION_RECORD,
    COLUMNS,
    FIELDS,
    Field,
    Record,
    annotation_from_json,
    annotation_from_row,
    annotation_to_json,
    annotation_to_row,
)
from annotator.storage.class_repository import CLASS_COLUMNS
from annotator.storage.database import open_database
from annotator.storage.migrations import MIGRATIONS


@dataclass(frozen=True, slots=True)
class ReviewedAnnotation(Annotation):
    """An annotation with one more field, as a later version of the app might store."""

    reviewer: str = ""


# What adding a field takes: the attribute, and its Field in the record.
REVIEWED_RECORD = Record((*FIELDS, Field("reviewer")), ReviewedAnnotation)
RECORDS = pytest.mark.parametrize(
    "record", [ANNOTATION_RECORD, REVIEWED_RECORD], ids=["now", "reviewed"]
)
# Bounded, and no example database written into the checkout.
PROPERTY = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _value(field: Field) -> st.SearchStrategy:
    if field.kind is bool:
        return st.booleans()
    if field.kind is int:
        return st.integers(min_value=0, max_value=2**40)
    if field.required or field.fallback:  # present and not blank, or it reads as another
        return st.text(min_size=1).filter(str.strip)
    return st.text()  # any code point but lone surrogates: non-BMP, NUL, empty


@st.composite
def stored_values(draw, record: Record) -> dict:
    """A value for every field of ``record``, as its row holds them (a span has start < end)."""
    values = draw(st.fixed_dictionaries({f.name: _value(f) for f in record.fields}))
    start, end = sorted((values["start"], values["end"]))
    values["start"], values["end"] = start, end + 1
    return {**values, "orphaned": int(values["orphaned"])}


ASTRAL = {
    "id": "a-𝔢",
    "lesson_id": "lesson",
    "lesson_version": "",
    "pack_hash": "",
    "article_id": "article",
    "tag": "FACT",
    "note": "",
    "student": "Zoë 👩🏽‍🏫",
    "start": 3,
    "end": 5,
    "exact": "𝔢𝔣",
    "prefix": "",
    "suffix": "🦀 suffix",
    "created": "2025-02-03T10:00:00.000+00:00",
    "modified": "2025-02-03T10:00:00.000+00:00",
    "orphaned": 1,
    "claim_id": "",
    "attribution": "",
}


def _database() -> sqlite_utils.Database:
    db = sqlite_utils.Database(sqlite3.connect(":memory:"))
    MIGRATIONS.apply(db)
    return db


@RECORDS
@PROPERTY
@given(data=st.data())
def test_rows_round_trip_every_field_of_the_record(record, data):
    values = data.draw(stored_values(record))
    annotation = record.from_row(values)
    assert record.to_row(annotation) == values
    assert record.from_row(record.to_row(annotation)) == annotation

    db = _database()
    if record is REVIEWED_RECORD:
        db["annotations"].add_column("reviewer", str)  # what its migration step would do
    row = {**record.to_row(annotation), "deleted": None}
    db.conn.execute(
        f"insert into annotations ({record.column_list(row)}) values ({', '.join('?' * len(row))})",
        list(row.values()),
    )
    cursor = db.conn.execute(f"select {record.column_list()} from annotations")
    assert record.from_rows(cursor) == [annotation]


@example(values=ASTRAL)
@example(values={**ASTRAL, "orphaned": 0, "note": "", "suffix": "", "student": ""})
@PROPERTY
@given(values=stored_values(ANNOTATION_RECORD))
def test_json_round_trips_every_field_of_the_record(values):
    annotation = annotation_from_row(values)
    text = json.dumps(annotation_to_json(annotation), ensure_ascii=False)
    assert annotation_from_json(json.loads(text)) == annotation
    assert annotation_from_json(
        json.loads(text), lesson_id="L", student="S"
    ) == annotation_from_row({**values, "lesson_id": "L", "student": "S"})


@PROPERTY
@given(data=st.data())
def test_a_field_added_to_the_record_is_in_its_rows_and_json(data):
    annotation = REVIEWED_RECORD.from_row(data.draw(stored_values(REVIEWED_RECORD)))
    assert "reviewer" in REVIEWED_RECORD.columns
    assert REVIEWED_RECORD.to_row(annotation)["reviewer"] == annotation.reviewer
    item = REVIEWED_RECORD.to_json(annotation)
    assert item["reviewer"] == annotation.reviewer
    assert list(item)[-2:] == ["reviewer", "target"]  # top-level fields first, then target
    assert REVIEWED_RECORD.from_json(json.loads(json.dumps(item))) == annotation


def test_an_attribute_missing_from_the_record_fails_when_the_record_is_made():
    with pytest.raises(TypeError, match="reviewer"):
        Record(FIELDS, ReviewedAnnotation)
    with pytest.raises(TypeError, match=r"quote\.suffix"):
        Record([f for f in FIELDS if f.name != "suffix"], Annotation)


def test_the_json_shape_is_the_one_the_file_formats_were_written_with():
    """Submission checksums and exports depend on this, key order included."""
    annotation = annotation_from_row(ASTRAL)
    assert json.dumps(annotation_to_json(annotation), ensure_ascii=False) == (
        '{"id": "a-𝔢", "lesson_id": "lesson", "lesson_version": "", "pack_hash": "", '
        '"article_id": "article", "tag": "FACT", "note": "", "student": "Zoë 👩🏽‍🏫", '
        '"created": "2025-02-03T10:00:00.000+00:00", '
        '"modified": "2025-02-03T10:00:00.000+00:00", "orphaned": true, '
        '"claim_id": "", "attribution": "", '
        '"target": {"position": {"start": 3, "end": 5}, '
        '"quote": {"exact": "𝔢𝔣", "prefix": "", "suffix": "🦀 suffix"}}}'
    )


def test_rows_are_read_by_column_name_whatever_the_order_of_the_query():
    db = _database()
    annotation = new_annotation(
        text="The quick brown fox", start=4, end=9, lesson_id="L", article_id="a", tag="FACT"
    )
    db["annotations"].insert(annotation_to_row(annotation))
    backwards = ANNOTATION_RECORD.column_list(reversed(COLUMNS))
    cursor = db.conn.execute(f"select 'extra' as other, {backwards} from annotations")
    assert ANNOTATION_RECORD.from_rows(cursor) == [annotation]
    row = db.conn.execute(f"select {backwards} from annotations")
    row.row_factory = sqlite3.Row
    assert annotation_from_row(row.fetchone()) == annotation

    without_student = ANNOTATION_RECORD.column_list(c for c in COLUMNS if c != "student")
    cursor = db.conn.execute(f"select {without_student} from annotations")
    with pytest.raises(KeyError, match="student"):
        ANNOTATION_RECORD.from_rows(cursor)  # a missing column is an error, never a shift
    cursor = db.conn.execute(f"select {without_student} from annotations")
    (read,) = ANNOTATION_RECORD.from_rows(cursor, student="Ada")
    assert read == annotation_from_row(
        {k: v for k, v in annotation_to_row(annotation).items() if k != "student"}, student="Ada"
    )
    assert read.student == "Ada"


def test_null_and_missing_values_read_as_their_defaults():
    row = {**ASTRAL, "note": None, "prefix": None, "modified": None, "lesson_version": None}
    annotation = annotation_from_row(row)
    assert (annotation.note, annotation.quote.prefix, annotation.lesson_version) == ("", "", "")
    assert annotation.modified == annotation.created  # never modified: as created
    item = annotation_to_json(annotation)
    for key in ("note", "modified", "orphaned", "pack_hash"):
        del item[key]
    del item["target"]["quote"]["prefix"]
    read = annotation_from_json(item)
    assert read.modified == read.created and not read.orphaned and read.note == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda item: item.pop("id"), "'id'"),
        (lambda item: item.update(tag="  "), "field annotations[].tag must be non-empty text"),
        (lambda item: item.update(note=5), "field annotations[].note must be text"),
        (lambda item: item["target"]["quote"].pop("exact"), "'exact'"),
        (lambda item: item["target"]["quote"].update(prefix=None), "field quote.prefix must be"),
        (
            lambda item: item["target"]["position"].update(start="3"),
            "annotation a-𝔢: position.start must be a whole number",
        ),
        (
            lambda item: item["target"]["position"].update(end=True),
            "annotation a-𝔢: position.end must be a whole number",
        ),
        (lambda item: item["target"]["position"].update(end=2), "0 <= start < end"),
        (lambda item: item.pop("target"), "'target'"),
    ],
)
def test_json_is_checked_field_by_field_with_the_submission_messages(change, message):
    item = annotation_to_json(annotation_from_row(ASTRAL))
    change(item)
    with pytest.raises((KeyError, ValueError), match=re.escape(message)):
        annotation_from_json(item, lesson_id="L", student="S")


def test_the_schema_has_every_record_column_in_both_tables(tmp_path):
    with open_database(tmp_path / "schema.db") as database:
        tables = {
            name: {column.name for column in database.db[name].columns}
            for name in ("annotations", "class_annotations")
        }
    assert set(COLUMNS) <= tables["annotations"]
    assert set(COLUMNS) - {"student"} <= tables["class_annotations"]  # the submission says who
    assert set(CLASS_COLUMNS) <= tables["class_annotations"]
    assert set(CLASS_COLUMNS) >= set(COLUMNS) - {"student"}
