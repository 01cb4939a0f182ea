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


# --- late work: flagged with how late, never refused ---------------------------------------------


@pytest.fixture
def late_class(tmp_path, lesson):
    import dataclasses

    from annotator.services.classroom import Classroom
    from annotator.storage.database import open_database
    from tests.test_identity import Computer

    due = dataclasses.replace(lesson, due="2025-03-07T23:59:00-05:00")
    database = open_database(tmp_path / "teacher.db")
    teacher = Classroom(database, due)
    for name, submitted in (
        ("On Time", "2025-03-08T04:00:00.000+00:00"),  # 23:00 in New York
        ("Late Lee", "2025-03-10T07:59:00.000+00:00"),  # two days and three hours late
    ):
        outcome = teacher.import_file(
            Computer(due, name).submit(tmp_path / "in", submitted=submitted)
        )
        assert outcome.status == "added"
    yield teacher
    database.close()


def test_late_work_is_flagged_everywhere_with_how_late(late_class, tmp_path):
    import csv
    import io

    from annotator.services.exports import class_text, export_class

    late = {late_class.results()[k].name: s.late_by for k, s in late_class.standings().items()}
    assert late == {"On Time": None, "Late Lee": timedelta(days=2, hours=3)}
    rows = list(csv.DictReader(io.StringIO(class_text(late_class, "gradebook").lstrip("\ufeff"))))
    by_name = {row["Student"]: row for row in rows}
    assert by_name["Late Lee"]["Late by (hours)"] == "51.0"
    assert by_name["Late Lee"]["Notes"] == "late by 2 days 3 h"
    assert by_name["On Time"]["Late by (hours)"] == "" and by_name["On Time"]["Notes"] == ""
    reports = export_class(late_class, "html", tmp_path / "reports")
    text = {path.name: path.read_text("utf-8") for path in reports}
    lee = next(page for name, page in text.items() if "Late-Lee" in name)
    assert "<b>late by 2 days 3 h</b>" in lee and "due 2025-03-07T23:59:00-05:00" in lee
    on_time = next(page for name, page in text.items() if "On-Time" in name)
    assert "on time" in on_time and "late by" not in on_time
    class_page = next(page for name, page in text.items() if name.endswith("-class.html"))
    assert "Late by" in class_page and "2 days 3 h" in class_page


def test_the_review_table_shows_how_late(qtbot, late_class):
    from annotator.qt.review_window import ReviewWindow

    window = ReviewWindow(late_class.database, late_class.lesson)
    qtbot.addWidget(window)
    model = window.model
    late_column = model.columns.index("Late")
    cells = {
        model.index(row, 0).data(): model.index(row, late_column).data()
        for row in range(model.rowCount())
    }
    assert cells == {"On Time": "", "Late Lee": "2 days 3 h"}
    window.close()
