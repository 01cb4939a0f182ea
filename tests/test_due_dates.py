"""A pack's due date and points: read from lesson.toml, checked, and kept out of the hash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from annotator.core.lessons.pack import load_pack
from tests.test_pack import LESSON, pack_error, write_pack


def _pack(tmp_path, extra: str):
    return write_pack(tmp_path, {"lesson.toml": LESSON.replace('key = "key.toml"\n', extra)})


def test_a_due_date_with_its_zone_is_read_as_a_moment(tmp_path):
    lesson = load_pack(_pack(tmp_path, 'key = "key.toml"\ndue = "2025-03-07T23:59:00-05:00"\n'))
    assert lesson.due == "2025-03-07T23:59:00-05:00"
    assert lesson.due_time == datetime(2025, 3, 8, 4, 59, tzinfo=UTC)


def test_a_toml_date_time_is_taken_as_written(tmp_path):
    extra = 'key = "key.toml"\ndue = 2025-03-07T23:59:00Z\npoints = 20\n'
    lesson = load_pack(_pack(tmp_path, extra))
    assert lesson.due_time == datetime(2025, 3, 7, 23, 59, tzinfo=UTC)
    assert lesson.points == 20


@pytest.mark.parametrize(
    ("due", "said"),
    [
        ('"2025-03-07T23:59:00"', "zone"),  # no zone: another hour in every zone
        ('"next Friday"', "due"),
        ('"2025-02-30T10:00:00Z"', "due"),  # no such day
        ("2025-03-07", "due"),  # a TOML date without a time
    ],
)
def test_a_due_date_that_is_not_one_is_refused_naming_the_field(tmp_path, due, said):
    message = pack_error(_pack(tmp_path, f'key = "key.toml"\ndue = {due}\n'))
    assert "due" in message and said in message


def test_points_must_be_positive(tmp_path):
    assert "points" in pack_error(_pack(tmp_path, 'key = "key.toml"\npoints = 0\n'))


def test_the_due_date_and_points_leave_the_content_hash_as_it_was(tmp_path):
    plain = load_pack(write_pack(tmp_path / "plain"))
    dated = load_pack(
        _pack(tmp_path / "dated", 'key = "key.toml"\ndue = "2025-03-07T23:59:00Z"\npoints = 5\n')
    )
    assert dated.content_hash == plain.content_hash
    assert plain.due_time is None and plain.points is None


def test_the_due_date_names_the_same_moment_in_every_zone(tmp_path):
    lesson = load_pack(_pack(tmp_path, 'key = "key.toml"\ndue = "2025-03-08T05:59:00+01:00"\n'))
    assert lesson.due_time == datetime(2025, 3, 8, 4, 59, tzinfo=UTC)
    assert lesson.due_time.utcoffset() == timedelta(hours=1)
