"""The whole class workflow from the command line, as a teacher without the GUI would run it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_run import annotator
from tests.student_work import tag_phrases
from tests.w3c_suite import check_collection

ROOT = Path(__file__).resolve().parents[1]
WORK = {
    "Ada Lovelace": [("nbc-news", "more than 8,000 immigrants", "FACT")],
    "Ben Okri": [("daily-kos", "eyebrow-raising", "FRAMING"), ("daily-kos", "42,000", "QUOTE")],
}


@pytest.fixture
def class_folder(tmp_path, lesson):
    inbox = tmp_path / "inbox"
    for number, (name, work) in enumerate(WORK.items()):
        db = tmp_path / f"student{number}.db"
        tag_phrases(db, lesson, name, work)
        out = inbox / f"{number}.submission.json"
        result = annotator("submit", "--db", str(db), "--lesson", lesson.id, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert name in result.stdout
    return inbox


def test_import_grade_and_export_every_format(tmp_path, class_folder, lesson):
    teacher = str(tmp_path / "teacher.db")
    pack = str(Path(lesson.source))
    imported = annotator("class", "import", "--db", teacher, "--lesson", pack, str(class_folder))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert imported.stdout.count(": added") == 2
    assert "2 added: Ada Lovelace, Ben Okri" in imported.stdout

    graded = annotator("class", "grade", "--db", teacher, "--lesson", pack)
    assert graded.returncode == 0, graded.stderr
    assert "Ada Lovelace" in graded.stdout and "Ben Okri" in graded.stdout

    outputs = {}
    for fmt, name in [
        ("gradebook", "grades.csv"),
        ("canvas", "canvas.csv"),
        ("json", "graded.json"),
        ("w3c", "class.jsonld"),
        ("html", "html"),
        ("pdf", "pdf"),
    ]:
        out = tmp_path / name
        result = annotator(
            "class", "export", "--db", teacher, "--lesson", pack, "--format", fmt, "--out", str(out)
        )
        assert result.returncode == 0, f"{fmt}: {result.stderr}"
        outputs[fmt] = out

    rows = list(csv.DictReader(io.StringIO(outputs["gradebook"].read_text("utf-8-sig"))))
    assert sorted(row[next(iter(row))] for row in rows) == ["Ada Lovelace", "Ben Okri"]
    canvas = outputs["canvas"].read_text("utf-8-sig").splitlines()
    assert canvas[0].startswith("Student,ID,SIS User ID,SIS Login ID,Section")
    assert "Points Possible" in canvas[1]

    graded_set = json.loads(outputs["json"].read_text("utf-8"))
    assert len(graded_set["key"]) == len(lesson.key)
    assert {s["name"] for s in graded_set["students"]} == set(WORK)

    collection = json.loads(outputs["w3c"].read_text("utf-8"))
    assert collection["total"] == 3
    assert check_collection(collection) == []

    html_reports = sorted(p.name for p in outputs["html"].iterdir())
    assert len(html_reports) == 3  # the class, and one per student
    ada = next(p for p in outputs["html"].iterdir() if "Ada-Lovelace" in p.name)
    assert "Ben Okri" not in ada.read_text("utf-8")  # never another student's data
    pdfs = list(outputs["pdf"].iterdir())
    assert len(pdfs) == 3 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)


def test_import_refusals_exit_non_zero_and_say_why(tmp_path, lesson):
    bad = tmp_path / "bad.submission.json"
    bad.write_text('{"format": "annotator.submission", "format_version": 1, "checksum": "x"}')
    result = annotator(
        "class",
        "import",
        "--db",
        str(tmp_path / "t.db"),
        "--lesson",
        str(Path(lesson.source)),
        str(bad),
    )
    assert result.returncode == 1
    assert "refused" in result.stdout and "damaged: the field student is missing" in result.stdout
    assert "1 refused: bad.submission.json" in result.stdout
