"""The review window's Export menu: every class format of the registry, written as the CLI
writes it for the same class, and a clear message when a file cannot be written."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from annotator.cli import cli
from annotator.core.formats.registry import CLASS_SCOPES, formats
from annotator.qt.review_window import ReviewWindow
from annotator.storage.database import open_database
from tests.student_work import submit_work

CLASS_WORK = {
    "Ada Lovelace": [
        ("nbc-news", "more than 8,000 immigrants", "FACT"),
        ("daily-kos", "eyebrow-raising", "FRAMING"),
    ],
    "Ben Okri": [("nbc-news", "8,000 immigrants", "FACT"), ("daily-kos", "42,000", "QUOTE")],
    "Cleo": [("independent", "crackdown", "FRAMING")],
}
CLASS_FORMATS = [fmt.name for fmt in formats(CLASS_SCOPES)]


def _submit_class(inbox: Path, lesson) -> Path:
    for number, (name, work) in enumerate(CLASS_WORK.items()):
        submit_work(inbox, lesson, name, work, student_id=f"s-{number}")
    return inbox


@pytest.fixture
def review(qtbot, tmp_path, lesson):
    """The review window on a graded class, with an override and feedback still being typed."""
    inbox = _submit_class(tmp_path / "inbox", lesson)
    with open_database(tmp_path / "teacher.db") as database:
        window = ReviewWindow(database, lesson)
        qtbot.addWidget(window)
        window.show()
        window.import_paths([str(inbox)])
        window.choose(next(k for k, r in window.results.items() if r.name == "Ada Lovelace"))
        window.override.setValue(91.5)
        window.feedback.setPlainText("Sharp eye.\n=SUM(A1) is not a formula here")
        yield window
        window.close()


def _cli_export(tmp_path: Path, lesson, fmt: str, out: Path, *more: str) -> str:
    args = ["class", "export", "--db", str(tmp_path / "teacher.db")]
    args += ["--lesson", str(lesson.source), "--format", fmt, "--out", str(out), *more]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _pdf_text(path: Path) -> str:
    """The text of a PDF; Qt embeds fonts in an order that differs between runs, and stamps
    the time, so PDFs are compared by their text and pages."""
    if shutil.which("pdftotext") is None:
        return str(len(re.findall(rb"/Type\s*/Page\b", path.read_bytes())))
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return run.stdout.decode("utf-8")


def _same_files(gui: list[Path], cli_out: Path, fmt: str) -> None:
    cli_files = sorted(cli_out.iterdir()) if cli_out.is_dir() else [cli_out]
    assert [p.name for p in sorted(gui)] == [p.name for p in cli_files]
    for mine, theirs in zip(sorted(gui), cli_files, strict=True):
        if fmt == "pdf":
            assert mine.read_bytes().startswith(b"%PDF")
            assert _pdf_text(mine) == _pdf_text(theirs), mine.name
        else:
            assert mine.read_bytes() == theirs.read_bytes(), mine.name


def test_the_export_menu_lists_every_class_format_of_the_registry(review):
    menu = review.findChild(QMenu, "export-menu")
    assert menu is not None and menu in [a.menu() for a in review.menuBar().actions()]
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == [*(f"export-{name}" for name in CLASS_FORMATS), "export-release-key"]
    for fmt in formats(CLASS_SCOPES):
        action = review.findChild(QAction, f"export-{fmt.name}")
        assert action.text() == f"{fmt.title}…"
    button = review.findChild(QToolButton, "export-button")
    assert [a.objectName() for a in button.menu().actions() if not a.isSeparator()] == names


@pytest.mark.parametrize("fmt", CLASS_FORMATS)
def test_each_format_exported_from_the_window_is_what_the_cli_writes(review, tmp_path, fmt):
    lesson = review.lesson
    output = next(f for f in formats(CLASS_SCOPES) if f.name == fmt)
    mine = tmp_path / "gui" / (fmt if output.is_folder else f"class-{fmt}{output.suffix}")
    written = review.exports.export_to(fmt, mine)
    assert written, review.exports.error_box and review.exports.error_box.text()
    assert review.statusBar().currentMessage().startswith("Exported")
    if output.is_folder:
        assert len(written) == len(CLASS_WORK) + 1  # one per student, and the class
        assert review.exports.progress.maximum() == len(written)
        assert all(p.parent == mine and p.suffix == output.suffix for p in written)
    else:
        assert written == [mine]
        assert review.exports.progress is None

    theirs = tmp_path / "cli" / mine.name  # the same name: the same files in it
    _cli_export(tmp_path, lesson, fmt, theirs)
    _same_files(written, theirs, fmt)
    # The feedback typed in the window was saved before the export, so both hold it.
    if fmt in ("gradebook", "json", "html"):
        text = "".join(p.read_text("utf-8") for p in written)
        assert "Sharp eye." in text
        assert "91.5" in text


def test_a_menu_action_asks_where_then_exports(review, tmp_path, monkeypatch):
    grades = tmp_path / "chosen" / "grades.csv"
    reports = tmp_path / "chosen-folder"
    asked = []

    def save_name(parent, title, suggested, filters):
        asked.append((title, suggested))
        return str(grades), filters

    def folder(parent, title):
        asked.append((title, ""))
        return str(reports)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    review.findChild(QAction, "export-gradebook").trigger()
    review.findChild(QAction, "export-html").trigger()
    assert asked[0] == (
        "Export: Scores and grades per student (CSV)",
        "ice-releases-2025-gradebook.csv",
    )
    assert grades.read_text("utf-8-sig").startswith("Student,Student ID,")
    assert len(list(reports.glob("*.html"))) == len(CLASS_WORK) + 1

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert review.exports.choose_and_export("canvas") is None  # cancelled: nothing written
    assert not list(tmp_path.glob("**/*canvas*"))


@pytest.mark.parametrize("fmt", ["gradebook", "pdf"])
def test_an_unwritable_path_shows_an_error_naming_the_file(review, tmp_path, fmt):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / ("grades.csv" if fmt == "gradebook" else "reports")
    assert review.exports.export_to(fmt, target) is None
    box = review.exports.error_box
    assert box is not None and box.isVisible() and box.objectName() == "export-error"
    assert str(target) in box.text() and "Could not write" in box.text()
    assert box.text().split(": ")[-1]  # and why


def test_the_release_box_releases_the_key_in_the_students_reports_as_the_cli_does(review, tmp_path):
    box = review.findChild(QAction, "export-release-key")
    assert box.isCheckable() and not box.isChecked()  # not released unless the teacher says so

    def ada(folder: Path) -> str:
        return next(folder.glob("*Ada-Lovelace*.html")).read_text("utf-8")

    review.exports.export_to("html", tmp_path / "kept")
    assert "The claims you missed" not in ada(tmp_path / "kept")
    box.setChecked(True)
    written = review.exports.export_to("html", tmp_path / "released")
    assert "The claims you missed" in ada(tmp_path / "released")
    said = _cli_export(tmp_path, review.lesson, "html", tmp_path / "cli", "--release-key")
    assert "list the whole answer key" in said
    _same_files(written, tmp_path / "cli", "html")
    assert "--release-key lists those too" in _cli_export(
        tmp_path, review.lesson, "html", tmp_path / "cli-kept"
    )
    _same_files(list((tmp_path / "kept").iterdir()), tmp_path / "cli-kept", "html")


def test_the_key_is_released_only_in_the_students_reports(review, tmp_path):
    args = ["class", "export", "--db", str(tmp_path / "teacher.db")]
    args += ["--lesson", str(review.lesson.source), "--format", "gradebook", "--out", "x.csv"]
    result = CliRunner().invoke(cli, [*args, "--release-key"])
    assert result.exit_code == 2 and "--release-key is for the students' reports" in result.output
