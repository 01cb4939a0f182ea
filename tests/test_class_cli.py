"""The teacher's commands without the GUI: the roster, the class list, overrides, feedback,
removing, and deciding on held submissions; each with --help and clear errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from tests.test_identity import CANVAS_ROSTER, Computer


@pytest.fixture
def run(tmp_path, lesson):
    db = str(tmp_path / "teacher.db")
    pack = lesson.source
    runner = CliRunner()

    def invoke(*args: str, with_lesson: bool = True):
        options = ["--db", db] + (["--lesson", pack] if with_lesson else [])
        group, command, *rest = args
        if group == "class" and command == "roster":
            return runner.invoke(cli, [group, command, rest[0], "--db", db, *rest[1:]])
        return runner.invoke(cli, [group, command, *options, *rest])

    return invoke


@pytest.fixture
def roster_file(tmp_path):
    path = tmp_path / "canvas.csv"
    path.write_text(CANVAS_ROSTER, "utf-8")
    return path


def _hand_in(tmp_path, lesson, *students: tuple[str, str, str]) -> str:
    folder = tmp_path / "inbox"
    for name, student_id, tag in students:
        Computer(lesson, name, student_id).submit(folder, tag=tag)
    return str(folder)


@pytest.mark.parametrize(
    "command",
    [
        ["roster", "import"],
        ["list"],
        ["override"],
        ["feedback"],
        ["remove"],
        ["resolve"],
    ],
)
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, ["class", *command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.output and "--db" in result.output


def test_a_roster_then_a_class_then_the_teachers_work(run, roster_file, tmp_path, lesson):
    taken = run("class", "roster", "import", str(roster_file), with_lesson=False)
    assert taken.exit_code == 0, taken.output
    assert "4 added" in taken.output
    inbox = _hand_in(
        tmp_path,
        lesson,
        ("Ava Smith", "S001", "FACT"),
        ("Maya Rossi", "", "QUOTE"),
        ("Ivan", "S001", "FRAMING"),  # Ava's id: held
    )
    imported = run("class", "import", inbox)
    assert imported.exit_code == 2, imported.output  # something waits for the teacher
    assert "2 added: " in imported.output and "1 held: Ivan" in imported.output

    listed = run("class", "list")
    assert listed.exit_code == 0, listed.output
    assert "Ava Smith (S001) = Smith, Ava" in listed.output
    assert "1 submission(s) wait for your decision" in listed.output
    assert "Kim, Alex (S003)" in listed.output  # on the roster, no submission

    assert run("class", "override", "--student", "s001", "--score", "88.5").exit_code == 0
    assert "final 88.5" in run("class", "list").output
    cleared = run("class", "override", "--student", "Ava Smith", "--clear")
    assert "automatic score" in cleared.output

    said = run("class", "feedback", "--student", "Rossi, Maya", "--text", "Well argued.")
    assert said.exit_code == 0 and "Maya Rossi: feedback saved" in said.output
    sheet = tmp_path / "feedback.csv"
    sheet.write_text("student;feedback\r\nS001;Check the quotes.\r\nmaya rossi;\r\n", "utf-8")
    many = run("class", "feedback", "--from-csv", str(sheet))
    assert many.exit_code == 0, many.output
    assert "Ava Smith: feedback saved" in many.output
    assert "Maya Rossi: feedback cleared" in many.output

    decided = run("class", "resolve", "Ivan", "--keep-both")
    assert decided.exit_code == 0, decided.output
    assert "Ivan's submission: kept, as a student of their own" in decided.output
    assert "wait for your decision" not in run("class", "list").output

    removed = run("class", "remove", "--student", "Ivan")
    assert removed.exit_code == 0 and "Removed Ivan's submission" in removed.output
    assert "Ivan" not in run("class", "list").output


def test_resolving_by_assigning_a_roster_entry(run, roster_file, tmp_path, lesson):
    run("class", "roster", "import", str(roster_file), with_lesson=False)
    run("class", "import", _hand_in(tmp_path, lesson, ("Mya Rosi", "", "FACT")))
    listed = run("class", "list").output
    assert "not on the roster: no one on the roster is called Mya Rosi" in listed
    key = listed.split("key ")[-1].split()[0]
    assigned = run("class", "resolve", key, "--assign", "S002")
    assert assigned.exit_code == 0, assigned.output
    assert "assigned to Rossi, Maya (S002)" in assigned.output
    assert "Mya Rosi (S002) = Rossi, Maya" in run("class", "list").output


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["override", "--student", "Nobody", "--score", "50"], "no submission in the class"),
        (["override", "--student", "Ava", "--score", "150"], "150"),
        (["override", "--student", "Ava"], "Give either --score N or --clear"),
        (["feedback", "--student", "Ava"], "Give --student WHO --text TEXT"),
        (["remove", "--student", "Nobody"], "no submission in the class"),
        (["resolve", "nobody", "--keep"], "'nobody' fits none"),
        (["resolve", "x", "--keep", "--assign", "S1"], "Give one of --keep"),
    ],
)
def test_mistakes_are_said_plainly(run, tmp_path, lesson, args, said):
    run("class", "import", _hand_in(tmp_path, lesson, ("Ava Smith", "S001", "FACT")))
    result = run("class", *args)
    assert result.exit_code != 0
    assert said in result.output
    assert "Traceback" not in result.output


def test_a_feedback_csv_naming_someone_unknown_changes_nothing(run, tmp_path, lesson):
    run("class", "import", _hand_in(tmp_path, lesson, ("Ava Smith", "S001", "FACT")))
    sheet = tmp_path / "feedback.csv"
    sheet.write_text("student,feedback\nAva Smith,Good.\nNobody,Who?\n", "utf-8")
    result = run("class", "feedback", "--from-csv", str(sheet))
    assert result.exit_code != 0 and "Nobody" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("name,comment\nAva,Good.\n", "utf-8")
    assert (
        "needs the columns student and feedback"
        in run("class", "feedback", "--from-csv", str(bad)).output
    )


def test_a_roster_with_problems_is_refused_and_lists_them(run, tmp_path):
    bad = tmp_path / "roster.csv"
    bad.write_text("name;section\nAva;P2\n", "utf-8")
    result = run("class", "roster", "import", str(bad), with_lesson=False)
    assert result.exit_code == 1
    assert "cannot be used" in result.output and "no id column" in result.output
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "it is empty" in run("class", "roster", "import", str(empty), with_lesson=False).output
