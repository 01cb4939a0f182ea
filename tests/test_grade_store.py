"""The ``grades`` table is written when the grades change, not each time the class is graded."""

from __future__ import annotations

from annotator.services.classroom import Classroom
from annotator.storage.database import open_database
from annotator.storage.grade_repository import GradeRepository
from tests.student_work import submit_work


def test_grading_an_unchanged_class_again_writes_nothing(tmp_path, lesson):
    inbox = tmp_path / "inbox"
    submit_work(inbox, lesson, "Ada", [("nbc-news", "immigration crackdown", "FRAMING")])
    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        classroom.import_paths([inbox])
        classroom.record_grades()
        first = GradeRepository(database.db).for_lesson(lesson.id)
        changes = database.conn.total_changes
        classroom.record_grades()
        assert database.conn.total_changes == changes
        assert GradeRepository(database.db).for_lesson(lesson.id) == first
        classroom.set_override(classroom.submissions()[0].student_key, 90.0)
        classroom.record_grades()
        assert [row["final"] for row in GradeRepository(database.db).for_lesson(lesson.id)] == [90]
