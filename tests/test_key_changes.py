"""The key learns from the class, through the services and the teacher's database: suggestions
of an imported class, accepting, dismissing, crediting one student, undoing, keeping the
changes, and the key written back (`class key export`, `pack build --with-class-key`)."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.classroom.results import final_score
from annotator.core.lessons.builtin import content_root
from annotator.core.lessons.pack import load_pack
from annotator.services import key_changes
from annotator.services.classroom import Classroom
from annotator.services.key_changes import KeyChangeError
from annotator.storage.database import open_database
from annotator.storage.grade_repository import GradeRepository
from tests.student_work import submit_spans, submit_work

SPACE = ("nbc-news", "Space constraints and court orders", "FACT")
MONITORED = ("independent", "they are kept on a monitoring program", "FACT")
CHICAGO = ("nbc-news", "cities like Chicago", "FRAMING")
HISTORIC = ("nbc-news", "historic mass deportation", "FRAMING")


def framing(phrase: tuple[str, str, str]) -> tuple[str, str, str]:
    return phrase[0], phrase[1], "FRAMING"


@pytest.fixture
def inbox(tmp_path, lesson):
    folder = tmp_path / "inbox"
    submit_work(folder, lesson, "Ada", [SPACE, MONITORED, HISTORIC])
    submit_work(folder, lesson, "Ben", [SPACE, MONITORED])
    submit_work(folder, lesson, "Cleo", [framing(SPACE), CHICAGO, framing(MONITORED)])
    submit_work(folder, lesson, "Dev", [SPACE])
    submit_spans(folder, lesson, "Eve", [])  # handed in nothing
    return folder


@pytest.fixture
def teacher(tmp_path, lesson, inbox):
    database = open_database(tmp_path / "teacher.db")
    classroom = Classroom(database, lesson)
    classroom.import_paths([inbox])
    yield classroom
    database.close()


def scores(classroom: Classroom) -> dict[str, float]:
    return {r.name: final_score(r) for r in classroom.results().values()}


def key_of(classroom: Classroom, name: str) -> str:
    return next(s.student_key for s in classroom.submissions() if s.student_name == name)


def test_accept_then_undo_and_redo(teacher, lesson):
    before = scores(teacher)
    (space, monitored) = key_changes.suggestions(teacher)
    assert (space.exact, space.count, space.tag) == (SPACE[1], 4, "FACT")
    assert (monitored.count, monitored.tags) == (3, (("FACT", 2), ("FRAMING", 1)))
    change = key_changes.accept_suggestion(teacher, space, note="what led to the releases")
    after = scores(teacher)
    assert {name for name in before if after[name] > before[name]} == {"Ada", "Ben", "Cleo", "Dev"}
    assert after["Eve"] == before["Eve"] == 0.0
    assert len(teacher.lesson.key) == len(lesson.key) + 1
    assert teacher.lesson.key[-1].note == "what led to the releases"
    assert teacher.pack_lesson is lesson
    assert [s.exact for s in key_changes.suggestions(teacher)] == [MONITORED[1]]
    # The grades table holds the new grades once recorded.
    teacher.record_grades()
    stored = {row["student_name"]: row["score"] for row in GradeRepository(
        teacher.database.db).for_lesson(lesson.id)}  # fmt: skip
    assert stored == after

    assert key_changes.remove(teacher, change.id) == change  # undo
    assert scores(teacher) == before and teacher.lesson.key == lesson.key
    key_changes.restore(teacher, change)  # redo
    assert scores(teacher) == after


def test_dismiss_takes_a_suggestion_off_the_list_and_changes_no_grade(teacher):
    before = scores(teacher)
    monitored = key_changes.suggestions(teacher)[1]
    change = key_changes.dismiss(teacher, monitored)
    assert [s.exact for s in key_changes.suggestions(teacher)] == [SPACE[1]]
    assert scores(teacher) == before
    key_changes.remove(teacher, change.id)
    assert len(key_changes.suggestions(teacher)) == 2


def test_a_credit_for_one_student_changes_that_students_score_alone(teacher):
    before = scores(teacher)
    cleo = key_of(teacher, "Cleo")
    chicago = next(a for a in teacher.results()[cleo].annotations if a.quote.exact == CHICAGO[1])
    change = key_changes.credit(teacher, cleo, chicago.id, points=2, note="a good catch")
    after = scores(teacher)
    assert {name for name in before if after[name] != before[name]} == {"Cleo"}
    verdict = teacher.results()[cleo].grade.verdict_of(chicago.id)
    assert verdict.reason == "credited by the teacher, “a good catch”: 2 points"
    key_changes.remove(teacher, change.id)
    assert scores(teacher) == before


def test_what_cannot_be_changed_is_refused_with_a_reason(teacher):
    space = key_changes.suggestions(teacher)[0]
    with pytest.raises(KeyChangeError, match="no tag 'OPINION'"):
        key_changes.accept_suggestion(teacher, space, tag="OPINION")
    with pytest.raises(KeyChangeError, match="more than 0 points"):
        key_changes.accept_suggestion(teacher, space, points=0)
    with pytest.raises(KeyChangeError, match="not in the class"):
        key_changes.credit(teacher, "s-nobody", "a-1")
    with pytest.raises(KeyChangeError, match="not in the student's work"):
        key_changes.credit(teacher, key_of(teacher, "Ada"), "a-1")
    with pytest.raises(KeyChangeError, match="holds no words"):
        key_changes.accept(teacher, "nbc-news", 5, 5, tag="FACT")
    assert not teacher.key_changes()


def test_the_changes_are_kept_in_the_teachers_database(tmp_path, teacher, lesson):
    space = key_changes.suggestions(teacher)[0]
    key_changes.accept_suggestion(teacher, space, tag="FRAMING", points=1.5)
    changed = scores(teacher)
    teacher.database.close()
    with open_database(tmp_path / "teacher.db") as database:
        again = Classroom(database, lesson)
        assert scores(again) == changed
        (accepted,) = again.key_changes().accepted
        assert (accepted.tag, accepted.points, accepted.students) == ("FRAMING", 1.5, 4)


def test_re_grading_after_a_change_does_not_read_the_class_again(teacher):
    teacher.results()
    read = teacher._class_read[1]
    key_changes.accept_suggestion(teacher, key_changes.suggestions(teacher)[0])
    teacher.results()
    assert teacher._class_read[1] is read


# -- writing the key back


def test_the_key_exported_round_trips_through_a_pack(tmp_path, teacher, lesson):
    key_changes.accept_suggestion(teacher, key_changes.suggestions(teacher)[0], note="a cause")
    pack = tmp_path / "lessons" / "pack"  # beside the shared articles, as in a teacher's library
    shutil.copytree(lesson.source, pack)
    shutil.copytree(content_root() / "articles", tmp_path / "articles")
    key_changes.export_key(teacher, pack / "key.toml")
    loaded = load_pack(pack)
    assert loaded.key == teacher.lesson.key and loaded.rules == teacher.lesson.rules
    assert loaded.rules.target == lesson.rules.target_for(lesson.key)
    text = (pack / "key.toml").read_text("utf-8")
    assert "# accepted from the class on " in text and "4 students tagged it" in text


def test_class_key_export_list_and_pack_build_with_the_class_key(tmp_path, teacher, lesson):
    space = key_changes.suggestions(teacher)[0]
    key_changes.accept_suggestion(teacher, space)
    cleo = key_of(teacher, "Cleo")
    chicago = next(a for a in teacher.results()[cleo].annotations if "Chicago" in a.quote.exact)
    key_changes.credit(teacher, cleo, chicago.id)
    teacher.database.close()
    db, runner = str(tmp_path / "teacher.db"), CliRunner()

    listed = runner.invoke(cli, ["class", "key", "list", "--db", db, "--lesson", lesson.source])
    assert listed.exit_code == 0, listed.output
    assert "2 change(s) to the key" in listed.output
    assert "Accepted “Space constraints and court orders” as FACT, 1 point" in listed.output
    assert "Credited “cities like Chicago” (FRAMING) for Cleo alone, 1 point" in listed.output
    assert "1 suggestion(s)" in listed.output and "3 students (FACT 2, FRAMING 1)" in listed.output

    out = tmp_path / "key.toml"
    exported = runner.invoke(
        cli, ["class", "key", "export", "--db", db, "--lesson", lesson.source, "--out", str(out)]
    )
    assert exported.exit_code == 0, exported.output
    assert f"{len(lesson.key) + 1} claims, 1 accepted from the class" in exported.output

    built = tmp_path / "built.zip"
    result = runner.invoke(
        cli, ["pack", "build", lesson.source, "--out", str(built), "--with-class-key", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert f"({len(lesson.key) + 1} spans with the class's changes)" in result.output
    zipped = load_pack(built)
    assert zipped.key[-1].quote.exact == SPACE[1] and zipped.content_hash == lesson.content_hash
    refused = runner.invoke(
        cli, ["pack", "build", lesson.source, "--out", str(built), "--with-class-key",
              "--student", "--db", db],
    )  # fmt: skip
    assert refused.exit_code != 0 and "leave out --student" in refused.output


@pytest.mark.parametrize("command", [["key", "list"], ["key", "export"]])
def test_the_key_commands_have_help(command):
    result = CliRunner().invoke(cli, ["class", *command, "--help"])
    assert result.exit_code == 0, result.output
    assert "--db" in result.output and "--lesson" in result.output


def test_the_students_report_lists_a_highlight_credited_for_them(teacher, lesson):
    from annotator.core.formats.student_report import student_report_html

    cleo = key_of(teacher, "Cleo")
    chicago = next(a for a in teacher.results()[cleo].annotations if "Chicago" in a.quote.exact)
    key_changes.credit(teacher, cleo, chicago.id, note="a fair reading")
    html = student_report_html(teacher.lesson, teacher.results()[cleo])
    assert "cities like Chicago" in html
    assert "redited by the teacher, “a fair reading”: 1 point" in html  # the verdict's reason
