"""From a folder of 30 submissions and a Canvas roster to a Canvas-ready CSV and 30 reports,
without a single silent replacement: on the command line, and in the review window.

The folder holds what a real class hands in: 30 students, each from their own computer (among
them two Alex Kims, 王伟, Иван Петров and Zoë Adams), one resubmission, a classmate who typed
another's id, and a forged file under a student's name dated 2999. Every file is accounted for
by name; nothing lands on another student's row; each Canvas row carries the roster's ids and
the grade of that student's own work.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotator.core.classroom.grading import grade_student
from annotator.services.submit import default_submission_name, write_submission
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from tests.cli_run import annotator

ROOT = Path(__file__).resolve().parents[1]
FIRST_NAMES = "Ava Ben Cleo Dev Elif Femi Gus Hana Ivo Jun Kai Lena Milo Nia Omar Pia Quinn Rosa"
LAST_NAMES = "Smith Okafor Liu Mensah Martin Volkov Herrera Solberg Johnson Kowalski"
FIRST, LAST = FIRST_NAMES.split(), LAST_NAMES.split()


def _students() -> list[tuple[str, str, str]]:
    """(first and last name as typed, Canvas' "Last, First", SIS id) for 30 students."""
    people = [(f"{FIRST[i % len(FIRST)]} {LAST[(i * 3) % len(LAST)]}", i) for i in range(25)]
    people += [("Alex Kim", 25), ("Alex Kim", 26), ("王伟", 27), ("Иван Петров", 28)]
    people += [("Zoë Adams", 29)]
    rows = []
    for name, number in people:
        first, _, last = name.partition(" ")
        listed = f"{last}, {first}" if last else name
        rows.append((name, listed, f"S{1001 + number}"))
    return rows


STUDENTS = _students()


def _work(workspace: Workspace, lesson, number: int, wrong: int = 0) -> None:
    """A student's own tags: a different share of the key for each, some with another tag."""
    for annotation in workspace.current_annotations():
        workspace.delete(annotation)
    for index, span in enumerate(lesson.key[: 4 + number % 23]):
        tag = span.tag if (index + wrong) % 4 else "QUOTE" if span.tag != "QUOTE" else "FACT"
        start, end = span.position.start, span.position.end
        workspace.add(workspace.prepare(span.article_id, start, end, tag))


def _hand_in(folder: Path, db: Path, lesson, name: str, sid: str, number: int, **kw) -> Path:
    with open_database(db) as database:
        workspace = Workspace(database, lesson, student=name)
        workspace.open_lesson()
        _work(workspace, lesson, number, kw.pop("wrong", 0))
        out = folder / kw.pop("file", default_submission_name(lesson, name))
        path, _count = write_submission(database, lesson, out, student_name=name, student_id=sid)
    return path


@pytest.fixture(scope="module")
def handed_in(tmp_path_factory, lesson):
    """The class folder, the Canvas roster, and who handed in what."""
    base = tmp_path_factory.mktemp("class")
    inbox, computers = base / "inbox", base / "computers"
    inbox.mkdir()
    computers.mkdir()
    for number, (name, _listed, sid) in enumerate(STUDENTS):
        sub = inbox / f"{number:02d}"  # as an LMS download lays files out, one folder each
        sub.mkdir()
        _hand_in(sub, computers / f"{number}.db", lesson, name, sid, number)
    # Ben hands in again from his computer, with other work: it replaces his first.
    ben = next(i for i, s in enumerate(STUDENTS) if s[0].startswith("Ben "))
    name, _listed, sid = STUDENTS[ben]
    _hand_in(inbox / "late", computers / f"{ben}.db", lesson, name, sid, ben, wrong=1)
    # Ivan types Ava's id; someone forges Maya... here Cleo, from a computer of their own.
    ava = STUDENTS[0]
    _hand_in(inbox / "ivan", computers / "ivan.db", lesson, "Ivan", ava[2], 3)
    cleo = STUDENTS[2]
    forged = _hand_in(
        inbox / "forged", computers / "forger.db", lesson, f"  {cleo[0].upper()} ", "", 22
    )
    forged.write_text(
        forged.read_text("utf-8").replace('"submitted": "20', '"submitted": "29'), "utf-8"
    )  # dated in the 2900s, and edited by hand after it was written
    roster = base / "canvas-roster.csv"
    lines = ["Student,ID,SIS User ID,SIS Login ID,Section,Reading (77)"]
    lines.append("    Points Possible,,,,,20.00")
    for number, (_name, listed, sid) in enumerate(STUDENTS):
        lines.append(f'"{listed}",{5000 + number},{sid},{sid.lower()}@school,Period {number % 3}')
    lines.append('"Student, Test",9999,,,Period 1,')
    roster.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return {"inbox": inbox, "roster": roster, "ben": ben, "base": base}


def _finals(handed_in, lesson) -> dict[str, float]:
    """Each student's final grade (out of 100) from their own work (Ben's second submission),
    by SIS id."""
    finals = {}
    for number, (name, _listed, sid) in enumerate(STUDENTS):
        with open_database(handed_in["base"] / "computers" / f"{number}.db") as database:
            work = Workspace(database, lesson, student=name).current_annotations()
        finals[sid] = grade_student(work, lesson).score  # docs/grading.md, no override
    return finals


def _check_canvas(path: Path, finals: dict[str, float], points: float, column: str) -> None:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", column]
    assert rows[1] == ["Points Possible", "", "", "", "", f"{points:g}"]
    body = rows[2:]
    assert len(body) == len(STUDENTS)  # no impostor, no forgery, no one twice
    by_sis = {row[2]: row for row in body}
    for number, (_name, listed, sid) in enumerate(STUDENTS):
        row = by_sis[sid]
        assert row[:5] == [
            listed,
            str(5000 + number),
            sid,
            f"{sid.lower()}@school",
            f"Period {number % 3}",
        ]
        assert float(row[5]) == round(finals[sid] * points / 100, 2), sid


def test_the_command_line_takes_a_class_from_files_to_canvas_and_reports(
    handed_in, lesson, tmp_path
):
    db, pack = str(tmp_path / "teacher.db"), lesson.source
    taken = annotator("class", "roster", "import", str(handed_in["roster"]), "--db", db)
    assert taken.returncode == 0, taken.stderr
    assert "30 added" in taken.stdout and "test student" in taken.stdout

    imported = annotator("class", "import", "--db", db, "--lesson", pack, str(handed_in["inbox"]))
    assert imported.returncode == 2, imported.stdout + imported.stderr  # some wait for me
    out = imported.stdout
    assert "30 added: " in out and "1 updated: Ben " in out
    assert "2 held: " in out and "Ivan" in out
    assert "refused" not in out and "kept newer" not in out
    for name, _listed, _sid in STUDENTS:
        assert name in out

    listed = annotator("class", "list", "--db", db, "--lesson", pack).stdout
    assert "30 student(s)" in listed and "2 submission(s) wait" in listed
    assert "edited after it was written" in listed
    held = listed.split("wait for your decision")[1].splitlines()
    keys = [line.rsplit("key ", 1)[1] for line in held if "key s-" in line]
    assert len(keys) == 2
    for key in keys:
        done = annotator("class", "resolve", key, "--discard", "--db", db, "--lesson", pack)
        assert done.returncode == 0, done.stderr

    canvas = tmp_path / "canvas.csv"
    exported = annotator(
        "class",
        "export",
        "--db",
        db,
        "--lesson",
        pack,
        "--format",
        "canvas",
        "--out",
        str(canvas),
        "--assignment",
        "Reading (77)",
        "--points",
        "20",
    )
    assert exported.returncode == 0, exported.stderr
    assert "Check:" not in exported.stderr  # every student is on the roster, every one graded
    _check_canvas(canvas, _finals(handed_in, lesson), 20, "Reading (77)")

    reports = tmp_path / "pdf"
    printed = annotator(
        "class", "export", "--db", db, "--lesson", pack, "--format", "pdf", "--out", str(reports)
    )
    assert printed.returncode == 0, printed.stderr
    assert "Wrote 31 pdf files" in printed.stdout
    files = sorted(reports.iterdir())
    assert len(files) == 31 and all(p.read_bytes().startswith(b"%PDF") for p in files)
    names = {p.stem.removeprefix(f"{lesson.id}-") for p in files}
    assert {"王伟-S1028", "Иван-Петров-S1029", "Zoë-Adams-S1030"} <= names
    assert {"Alex-Kim-S1026", "Alex-Kim-S1027"} <= names


def test_the_review_window_takes_the_same_class_the_same_way(handed_in, lesson, tmp_path, qtbot):
    from annotator.qt.review_window import ReviewWindow

    database = open_database(tmp_path / "teacher.db")
    window = ReviewWindow(database, lesson)
    qtbot.addWidget(window)
    try:
        assert window.class_actions.open_roster().import_file(handed_in["roster"])
        outcomes = window.import_paths([str(handed_in["inbox"])])
        statuses = sorted(o.status for o in outcomes)
        assert statuses == ["added"] * 30 + ["held"] * 2 + ["updated"]
        report = window.import_report.text()
        assert "30 added" in report and "2 held" in report and "wait for your decision" in report
        assert window.model.rowCount() == 30
        dialog = window.class_actions.open_held()
        while dialog.table.rowCount():
            dialog.discard_button.click()
        assert window.class_actions.held_button.text() == "None held"

        canvas = tmp_path / "canvas.csv"
        window.exports.export_to("canvas", canvas)  # out of the pack's points: 100
        assert window.exports.warning_box is None  # nothing to check
        _check_canvas(canvas, _finals(handed_in, lesson), 100, lesson.title)
        written = window.exports.export_to("html", tmp_path / "reports")
        assert len(written) == 31 == len({p.name.casefold() for p in written})
    finally:
        window.close()
        database.close()
