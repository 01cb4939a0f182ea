"""The command line, run as a user runs it: a real process, real files."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.core.lessons.pack import load_pack
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]


def _run(*args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "annotator", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        **kwargs,
    )


def _seed(db_path, lesson):
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, student="Ada")
        workspace.open_lesson()
        text = lesson.article("daily-kos").text.text
        start = text.index("38,521-bed capacity")
        workspace.add(workspace.prepare("daily-kos", start, start + 19, "FACT", note="vs 41,500"))


def test_screenshot_renders_a_png_and_asks_nothing(tmp_path):
    png = tmp_path / "window.png"
    result = _run(
        "--db",
        str(tmp_path / "s.db"),
        "--screenshot",
        str(png),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1600, 1000)


def _png_size(png: Path) -> tuple[int, int]:
    header = png.read_bytes()[:24]
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_a_screenshot_of_another_size_and_scale(tmp_path):
    """A 1920x1080 screen at 150%: the window laid out at 1280x720, drawn in 1920x1080 pixels."""
    png = tmp_path / "window.png"
    result = _run(
        *("--db", str(tmp_path / "s.db"), "--screenshot", str(png)),
        *("--screenshot-size", "1920x1080", "--screenshot-scale", "1.5"),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(png) == (1920, 1080)
    refused = _run("--screenshot", str(png), "--screenshot-size", "1920", timeout=60)
    assert refused.returncode == 2 and "not a size like 1366x768" in refused.stderr


def test_export_json_and_csv(tmp_path, lesson):
    db_path = tmp_path / "s.db"
    _seed(db_path, lesson)
    as_json = _run("export", "--db", str(db_path), "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert [a["target"]["quote"]["exact"] for a in data["annotations"]] == ["38,521-bed capacity"]
    out = tmp_path / "out.csv"
    as_csv = _run("export", "--db", str(db_path), "--format", "csv", "--out", str(out))
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert rows[0]["tag"] == "FACT" and rows[0]["note"] == "vs 41,500"


def test_export_from_a_missing_or_bad_database_is_a_clear_error(tmp_path):
    missing = _run("export", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode != 0 and "no database" in missing.stderr
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all, just a text file" * 10)
    refused = _run("export", "--db", str(bad))
    assert refused.returncode != 0 and "not an Annotator database" in refused.stderr


def test_pack_validate_reports_the_built_in_lesson():
    result = _run("pack", "validate", str(builtin_lesson_path()))
    assert result.returncode == 0, result.stderr
    assert load_pack(builtin_lesson_path()).content_hash in result.stdout


def test_export_w3c_passes_the_w3c_suite_with_and_without_a_lesson(tmp_path, lesson):
    from tests.w3c_suite import check_collection

    db_path = tmp_path / "s.db"
    _seed(db_path, lesson)
    for extra in ([], ["--lesson", str(builtin_lesson_path())]):
        result = _run("export", "--db", str(db_path), "--format", "w3c", *extra)
        assert result.returncode == 0, result.stderr
        collection = json.loads(result.stdout)
        assert collection["total"] == 1
        assert check_collection(collection) == []


def test_export_to_an_unwritable_path_names_the_file(tmp_path, lesson):
    db_path = tmp_path / "s.db"
    _seed(db_path, lesson)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "out.csv"
    result = _run("export", "--db", str(db_path), "--format", "csv", "--out", str(out))
    assert result.returncode == 1
    assert f"Could not write {out}:" in result.stderr and "Traceback" not in result.stderr
