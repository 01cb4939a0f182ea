"""Who handed in what: no submission replaces another student's work without the teacher.

The cases of the issue, each as a test: an id typed by the wrong student, the same name twice,
a forged file dated far in the future, a file edited by hand, and files of the old format.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.annotations.annotation import new_annotation
from annotator.core.classroom import identity
from annotator.core.classroom.identity import WorkspaceStamp, follows, stamp
from annotator.core.classroom.submission import build_submission, checksum, parse_submission
from annotator.services import class_identity
from annotator.services.classroom import (
    ADDED,
    HELD_BACK,
    KEPT_NEWER,
    UNCHANGED,
    UPDATED,
    Classroom,
)
from annotator.storage.database import open_database


class Computer:
    """A student's computer: a workspace of its own, handing in as the app does."""

    def __init__(self, lesson, name: str, student_id: str = "") -> None:
        self.lesson = lesson
        self.name = name
        self.student_id = student_id
        self.workspace_id = identity.new_workspace_id()
        self.secret = identity.new_secret()
        self.counter = 0

    def submit(self, folder: Path, phrase: str = "8,000 immigrants", tag: str = "FACT", **kw):
        self.counter += 1
        workspace = stamp(self.workspace_id, self.secret, self.counter)
        return write(
            folder,
            self.lesson,
            kw.pop("name", self.name),
            phrase,
            tag,
            workspace=workspace,
            student_id=kw.pop("student_id", self.student_id),
            **kw,
        )


def write(folder: Path, lesson, name: str, phrase: str, tag: str, **kw) -> Path:
    text = lesson.article("nbc-news").text.text
    start = text.index(phrase)
    annotation = new_annotation(
        text=text,
        start=start,
        end=start + len(phrase),
        lesson_id=lesson.id,
        article_id="nbc-news",
        tag=tag,
        student=name,
        lesson_version=lesson.version,
        pack_hash=lesson.content_hash,
    )
    body = build_submission([annotation], lesson, student_name=name, **kw)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{len(list(folder.iterdir())):03d}.submission.json"
    path.write_text(json.dumps(body, ensure_ascii=False), "utf-8")
    return path


@pytest.fixture
def teacher(tmp_path, lesson):
    database = open_database(tmp_path / "teacher.db")
    yield Classroom(database, lesson)
    database.close()


def _roster(teacher, tmp_path, text: str) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(text, "utf-8")
    class_identity.import_roster(teacher, path)


def _class(teacher) -> dict[str, str]:
    """Who is in the class: name -> tag of their one annotation."""
    results = teacher.results()
    return {r.name: r.annotations[0].tag for r in results.values()}


CANVAS_ROSTER = (
    "Student,ID,SIS User ID,SIS Login ID,Section\n"
    "    Points Possible,,,,\n"
    '"Smith, Ava",101,S001,ava.smith,Period 2\n'
    '"Rossi, Maya",102,S002,maya.rossi,Period 2\n'
    '"Kim, Alex",103,S003,alex.kim1,Period 2\n'
    '"Kim, Alex",104,S004,alex.kim2,Period 3\n'
)


# --- the workspace's proof ---------------------------------------------------------------------


def test_a_later_submission_proves_it_comes_from_the_same_workspace():
    workspace, secret = identity.new_workspace_id(), identity.new_secret()
    first, third = stamp(workspace, secret, 1), stamp(workspace, secret, 3)
    assert follows(third, first) and not follows(first, third)
    assert first.problem() is None
    # A classmate with the first file only: the id and a higher number, but no proof.
    forged = WorkspaceStamp(workspace, 99, "0" * 64)
    assert not follows(forged, first)
    assert not follows(stamp(identity.new_workspace_id(), secret, 3), first)
    with pytest.raises(ValueError, match="new workspace"):
        stamp(workspace, secret, identity.CHAIN_LENGTH)


# --- the cases of the issue --------------------------------------------------------------------


def test_an_id_typed_by_another_student_never_takes_their_place(teacher, tmp_path, lesson):
    """Ivan types Ava's id S001: with a roster, without one; Ava's work and grade stay hers."""
    _roster(teacher, tmp_path, CANVAS_ROSTER)
    ava = Computer(lesson, "Ava Smith", "S001")
    assert teacher.import_file(ava.submit(tmp_path / "in")).status == ADDED
    ivan = Computer(lesson, "Ivan", "S001")
    outcome = teacher.import_file(ivan.submit(tmp_path / "in", tag="QUOTE"))
    assert outcome.status == HELD_BACK
    assert "the id S001 belongs to Smith, Ava on the roster, but the name is Ivan" in outcome.reason
    assert _class(teacher) == {"Ava Smith": "FACT"}
    canvas = _canvas_rows(teacher)
    assert canvas["S001"][0] == "Smith, Ava"


def test_an_id_typed_by_another_student_is_held_without_a_roster_too(teacher, tmp_path, lesson):
    teacher.import_file(Computer(lesson, "Ava", "S001").submit(tmp_path / "in"))
    outcome = teacher.import_file(Computer(lesson, "Ivan", "s001 ").submit(tmp_path / "in"))
    assert outcome.status == HELD_BACK and "already Ava's" in outcome.reason
    assert list(_class(teacher)) == ["Ava"]


def test_the_same_name_twice_waits_until_the_teacher_keeps_both(teacher, tmp_path, lesson):
    first = Computer(lesson, "Alex Kim")
    second = Computer(lesson, "alex  KIM")
    assert teacher.import_file(first.submit(tmp_path / "in")).status == ADDED
    outcome = teacher.import_file(second.submit(tmp_path / "in", tag="QUOTE"))
    assert outcome.status == HELD_BACK
    assert _class(teacher) == {"Alex Kim": "FACT"}
    (held,) = teacher.held()
    class_identity.keep_apart(teacher, held.student_key)
    assert sorted(_class(teacher).values()) == ["FACT", "QUOTE"]
    assert teacher.held() == []
    # Each goes on handing in from their own computer, into their own place.
    assert teacher.import_file(second.submit(tmp_path / "in", tag="FRAMING")).status == UPDATED
    assert teacher.import_file(first.submit(tmp_path / "in", tag="QUOTE")).status == UPDATED
    assert sorted(_class(teacher).values()) == ["FRAMING", "QUOTE"]


def test_with_a_roster_two_students_of_one_name_are_told_apart_by_id(teacher, tmp_path, lesson):
    _roster(teacher, tmp_path, CANVAS_ROSTER)
    one = teacher.import_file(Computer(lesson, "Alex Kim", "S003").submit(tmp_path / "in"))
    two = teacher.import_file(Computer(lesson, "Alex Kim", "S004").submit(tmp_path / "in"))
    assert (one.status, two.status) == (ADDED, ADDED)
    nameless = teacher.import_file(Computer(lesson, "Alex Kim").submit(tmp_path / "in"))
    assert nameless.status == HELD_BACK and "fits 2 students" in nameless.reason


def test_a_forged_file_dated_2999_never_locks_the_student_out(teacher, tmp_path, lesson):
    maya = Computer(lesson, "Maya Rossi")
    teacher.import_file(maya.submit(tmp_path / "in"))
    forger = Computer(lesson, "  MAYA   rossi ")
    forged = forger.submit(tmp_path / "in", tag="QUOTE", submitted="2999-01-01T00:00:00+00:00")
    outcome = teacher.import_file(forged)
    assert outcome.status == HELD_BACK and "future" in outcome.describe()
    # The forger copies Maya's workspace id and raises the number: no proof, no place.
    body = json.loads(forged.read_text("utf-8"))
    body["workspace"] = {"id": maya.workspace_id, "submission": 500, "proof": "ab" * 32}
    body["checksum"] = checksum(body)
    copied = tmp_path / "in" / "copied.submission.json"
    copied.write_text(json.dumps(body), "utf-8")
    outcome = teacher.import_file(copied)
    assert outcome.status == HELD_BACK and "proof does not follow" in outcome.reason
    # An old-format file under her name, dated 2999: held too.
    old = write(
        tmp_path / "in",
        lesson,
        "Maya Rossi",
        "8,000 immigrants",
        "QUOTE",
        submitted="2999-01-01T00:00:00+00:00",
    )
    assert teacher.import_file(old).status == HELD_BACK
    assert _class(teacher) == {"Maya Rossi": "FACT"}
    # Her genuine resubmission is taken, whatever the forged files' dates.
    assert teacher.import_file(maya.submit(tmp_path / "in", tag="FRAMING")).status == UPDATED
    assert _class(teacher) == {"Maya Rossi": "FRAMING"}
    # And the teacher removes the forged entries.
    for held in teacher.held():
        class_identity.remove(teacher, held.student_key)
    assert teacher.held() == []
    assert _class(teacher) == {"Maya Rossi": "FRAMING"}


def test_a_file_edited_by_hand_is_held_and_flagged_never_merged(teacher, tmp_path, lesson):
    ben = Computer(lesson, "Ben")
    teacher.import_file(ben.submit(tmp_path / "in"))
    path = ben.submit(tmp_path / "in")
    body = json.loads(path.read_text("utf-8"))
    body["annotations"][0]["tag"] = "QUOTE"  # by hand, after the app wrote it
    path.write_text(json.dumps(body), "utf-8")
    outcome = teacher.import_file(path)
    assert outcome.status == HELD_BACK
    assert "edited after it was written" in outcome.describe()
    assert _class(teacher) == {"Ben": "FACT"}
    assert teacher.import_file(path).status == UNCHANGED  # the same file again: nothing new
    (held,) = teacher.held()
    assert "edited" in held.flags.split()
    # The teacher looks, and takes it: it replaces Ben's, and stays flagged.
    class_identity.keep(teacher, held.student_key)
    assert _class(teacher) == {"Ben": "QUOTE"}
    (standing,) = teacher.standings().values()
    assert "edited" in standing.flags
    # An edited file from someone new is held too.
    other = Computer(lesson, "Cleo").submit(tmp_path / "in")
    other.write_text(other.read_text("utf-8").replace('"FACT"', '"FRAMING"'), "utf-8")
    assert teacher.import_file(other).status == HELD_BACK


def test_older_and_repeated_submissions_of_a_workspace(teacher, tmp_path, lesson):
    ada = Computer(lesson, "Ada")
    first = ada.submit(tmp_path / "in")
    second = ada.submit(tmp_path / "in", tag="QUOTE")
    assert teacher.import_file(second).status == ADDED
    older = teacher.import_file(first)
    assert older.status == KEPT_NEWER and "submission 1" in older.reason
    # The student's clock says 1999: the counter decides, not the clock.
    late = ada.submit(tmp_path / "in", tag="FRAMING", submitted="1999-01-01T00:00:00+00:00")
    assert teacher.import_file(late).status == UPDATED
    assert _class(teacher) == {"Ada": "FRAMING"}
    # A database restored from a copy hands in number 3 again, with other work: held.
    ada.counter -= 1
    assert teacher.import_file(ada.submit(tmp_path / "in", tag="QUOTE")).status == HELD_BACK


def test_files_of_the_old_format_still_import_without_replacing_a_workspace(
    teacher, tmp_path, lesson
):
    old = write(
        tmp_path / "in",
        lesson,
        "Dev",
        "8,000 immigrants",
        "FACT",
        submitted="2025-02-01T10:00:00+00:00",
    )
    assert parse_submission(old.read_bytes()).format_version == 1
    outcome = teacher.import_file(old)
    assert outcome.status == ADDED and "older Annotator" in outcome.describe()
    newer = write(
        tmp_path / "in",
        lesson,
        "Dev",
        "8,000 immigrants",
        "QUOTE",
        submitted="2025-02-02T10:00:00+00:00",
    )
    assert teacher.import_file(newer).status == UPDATED
    earlier = write(
        tmp_path / "in",
        lesson,
        "dev",
        "8,000 immigrants",
        "FRAMING",
        submitted="2025-01-01T10:00:00+00:00",
    )
    assert teacher.import_file(earlier).status == KEPT_NEWER
    # Dev's new app hands in from a workspace: it never silently replaces the old-format entry.
    outcome = teacher.import_file(Computer(lesson, "Dev").submit(tmp_path / "in", tag="FRAMING"))
    assert outcome.status == HELD_BACK
    assert _class(teacher) == {"Dev": "QUOTE"}
    (held,) = teacher.held()
    class_identity.keep(teacher, held.student_key)
    assert _class(teacher) == {"Dev": "FRAMING"}
    # An old-format file never replaces a workspace's entry.
    again = write(
        tmp_path / "in",
        lesson,
        "Dev",
        "8,000 immigrants",
        "QUOTE",
        submitted="2025-03-01T10:00:00+00:00",
    )
    assert teacher.import_file(again).status == HELD_BACK


# --- the teacher's decisions -----------------------------------------------------------------


def test_held_work_is_assigned_kept_or_removed_and_removal_undone(teacher, tmp_path, lesson):
    _roster(teacher, tmp_path, CANVAS_ROSTER)
    stranger = teacher.import_file(Computer(lesson, "Mya Rosi").submit(tmp_path / "in"))
    assert stranger.status == HELD_BACK and "not on the roster" in stranger.reason
    (held,) = teacher.held()
    with pytest.raises(class_identity.DecisionError, match="assign it"):
        class_identity.keep(teacher, held.student_key)
    maya = next(e for e in teacher.roster_entries() if e.sis_user_id == "S002")
    class_identity.assign(teacher, held.student_key, maya.key)
    assert _canvas_rows(teacher)["S002"][0] == "Rossi, Maya"
    # Maya herself, from her own computer: held against the typo's submission.
    real = teacher.import_file(Computer(lesson, "Maya Rossi", "S002").submit(tmp_path / "in"))
    assert real.status == HELD_BACK
    (held,) = teacher.held()
    with pytest.raises(class_identity.DecisionError, match="already has"):
        class_identity.assign(teacher, held.student_key, maya.key)
    snapshots = class_identity.keep(teacher, held.student_key)
    assert [r.name for r in teacher.results().values()] == ["Maya Rossi"]
    class_identity.restore(teacher, snapshots)  # undo: as it was
    assert [r.name for r in teacher.results().values()] == ["Mya Rosi"]
    assert len(teacher.held()) == 1
    # Removing a student, and putting them back.
    key = next(iter(teacher.results()))
    removed = class_identity.remove(teacher, key)
    assert teacher.results() == {}
    assert class_identity.restore(teacher, removed) == []
    assert [r.name for r in teacher.results().values()] == ["Mya Rosi"]


def test_undoing_a_removal_after_another_took_the_place_holds_it(teacher, tmp_path, lesson):
    teacher.import_file(Computer(lesson, "Ada").submit(tmp_path / "in"))
    removed = class_identity.remove(teacher, next(iter(teacher.results())))
    teacher.import_file(Computer(lesson, "Ada").submit(tmp_path / "in", tag="QUOTE"))
    assert class_identity.restore(teacher, removed) == ["Ada"]
    assert _class(teacher) == {"Ada": "QUOTE"}
    assert len(teacher.held()) == 1


def test_a_roster_taken_later_puts_the_class_on_its_entries(teacher, tmp_path, lesson):
    for name, sid in (("Ava Smith", ""), ("Maya R.", ""), ("Zed", "")):
        teacher.import_file(Computer(lesson, name, sid).submit(tmp_path / "in"))
    path = tmp_path / "roster.csv"
    path.write_text(CANVAS_ROSTER, "utf-8")
    taken = class_identity.import_roster(teacher, path)
    assert len(taken.change.added) == 4
    assert sorted(taken.matched) == ["Ava Smith", "Maya R."]
    assert taken.not_on_roster == ("Zed",)
    ids = {r.name: r.student_id for r in teacher.results().values()}
    assert ids == {"Ava Smith": "S001", "Maya R.": "S002", "Zed": ""}


def _canvas_rows(teacher) -> dict[str, list[str]]:
    import csv
    import io

    from annotator.services.exports import class_text

    rows = list(csv.reader(io.StringIO(class_text(teacher, "canvas").lstrip("\ufeff"))))
    return {row[2]: row for row in rows[2:]}


# --- a teacher's database from before the roster -----------------------------------------------


def _schema_4(path: Path, lesson, folder: Path) -> None:
    """A teacher's database as the app before the roster left it: one old-format student."""
    import sqlite3

    with open_database(path) as database:
        Classroom(database, lesson).import_file(
            write(folder, lesson, "Ada", "8,000 immigrants", "FACT")
        )
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("pragma table_info(class_submissions)")]
    kept = ", ".join(columns[: columns.index("workspace_id")])
    conn.executescript(
        f"""
        create table old ({kept}, primary key (lesson_id, student_key));
        insert into old select {kept} from class_submissions;
        drop table class_submissions;
        alter table old rename to class_submissions;
        drop table class_roster;
        update class_submissions set student_key = 'ada';
        update class_annotations set student_key = 'ada';
        delete from _sqlite_migrations where name = 'm005_roster';
        """
    )
    conn.commit()
    conn.close()


def test_a_database_from_before_the_roster_is_read_and_then_upgraded(tmp_path, lesson):
    from click.testing import CliRunner

    from annotator.cli import cli

    path = tmp_path / "teacher.db"
    _schema_4(path, lesson, tmp_path / "old")
    before = path.read_bytes()
    listed = CliRunner().invoke(
        cli, ["class", "list", "--db", str(path), "--lesson", lesson.source]
    )
    assert listed.exit_code == 0, listed.output
    assert "1 student(s)" in listed.output and "Ada" in listed.output
    assert path.read_bytes() == before  # read-only: nothing migrated
    with open_database(path) as database:  # a writer upgrades it
        teacher = Classroom(database, lesson)
        (ada,) = teacher.submissions()
        assert (ada.student_key, ada.state, ada.claim) == ("ada", "active", "ada\n")
        # Her next file, of the old format, still replaces her entry; a new computer's does not.
        newer = write(
            tmp_path / "in",
            lesson,
            "Ada",
            "8,000 immigrants",
            "QUOTE",
            submitted="2999-01-01T00:00:00+00:00",
        )
        assert teacher.import_file(newer).status == HELD_BACK  # dated in the future
        newer = write(tmp_path / "in", lesson, "Ada", "8,000 immigrants", "QUOTE")
        assert teacher.import_file(newer).status == UPDATED
        assert teacher.import_file(Computer(lesson, "Ada").submit(tmp_path / "in")).status == (
            HELD_BACK
        )


def test_two_students_sharing_a_computer_never_replace_each_other(teacher, tmp_path, lesson):
    """A lab account: Ava and Ben hand in from one workspace. Ben's file does not replace
    Ava's; the teacher keeps both, and each one's next file replaces only their own."""
    lab = Computer(lesson, "Ava Smith", "S001")
    assert teacher.import_file(lab.submit(tmp_path / "in")).status == ADDED
    outcome = teacher.import_file(
        lab.submit(tmp_path / "in", tag="QUOTE", name="Ben", student_id="S002")
    )
    assert outcome.status == HELD_BACK and "shared by two students" in outcome.reason
    (held,) = teacher.held()
    class_identity.keep_apart(teacher, held.student_key)
    assert _class(teacher) == {"Ava Smith": "FACT", "Ben": "QUOTE"}
    ben = lab.submit(tmp_path / "in", tag="FRAMING", name="Ben", student_id="S002")
    assert teacher.import_file(ben).status == UPDATED
    assert teacher.import_file(lab.submit(tmp_path / "in", tag="QUOTE")).status == UPDATED
    assert _class(teacher) == {"Ava Smith": "QUOTE", "Ben": "FRAMING"}
    # The same student twice from one computer is not two students.
    again = lab.submit(tmp_path / "in", tag="FACT", name="Ava S.", student_id="S001")
    body = json.loads(again.read_text("utf-8"))
    body["workspace"]["submission"] = 1  # a copy restored: its number used before
    body["checksum"] = checksum(body)
    again.write_text(json.dumps(body), "utf-8")
    assert teacher.import_file(again).status == KEPT_NEWER
