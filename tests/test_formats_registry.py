"""The registry of output formats: what the CLI's --format offers, what the services run, and
that a format added to the registry is exported with no other change."""

from __future__ import annotations

import click
import pytest

from annotator.cli import cli
from annotator.core.formats import registry
from annotator.core.formats.registry import (
    CLASS_SCOPES,
    STUDENT_SCOPES,
    OutputFormat,
    Scope,
    find,
    formats,
)
from annotator.services import exports
from annotator.services.classroom import Classroom
from annotator.storage.database import open_database
from tests.student_work import submit_work


def _option(command: click.Command, name: str) -> click.Option:
    return next(p for p in command.params if p.name == name)


def test_each_command_has_its_formats_once_each_with_a_suffix_and_a_description():
    for scopes in (STUDENT_SCOPES, CLASS_SCOPES):
        names = [fmt.name for fmt in formats(scopes)]
        assert len(names) == len(set(names))
    for fmt in registry.FORMATS:
        assert fmt.suffix.startswith(".") and fmt.description.strip() == fmt.description
        assert "\n" not in fmt.description and fmt.title[0].isupper()
    assert [f.name for f in formats(STUDENT_SCOPES)] == ["json", "csv", "w3c"]
    assert [f.name for f in formats(CLASS_SCOPES)] == [
        *("gradebook", "canvas", "json", "w3c", "html", "pdf")
    ]
    assert [f.name for f in registry.FORMATS if f.needs_pdf_writer] == ["pdf"]
    assert {f.name for f in registry.FORMATS if f.is_folder} == {"html", "pdf"}


def test_the_cli_takes_its_format_choices_and_help_from_the_registry():
    export = _option(cli.commands["export"], "fmt")
    assert list(export.type.choices) == [f.name for f in formats(STUDENT_SCOPES)]
    assert export.default == "json" and not export.required
    class_export = _option(cli.commands["class"].commands["export"], "fmt")
    assert list(class_export.type.choices) == [f.name for f in formats(CLASS_SCOPES)]
    assert class_export.required
    for option, scopes in ((export, STUDENT_SCOPES), (class_export, CLASS_SCOPES)):
        for fmt in formats(scopes):
            assert f"{fmt.name}: {fmt.description}" in option.help


def test_an_unknown_format_or_the_wrong_scope_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="choose from gradebook, canvas, json, w3c, html, pdf"):
        find("csv", CLASS_SCOPES)
    with pytest.raises(ValueError, match="is for class-file"):
        find("gradebook", CLASS_SCOPES).student_text(None)


@pytest.fixture
def classroom(tmp_path, lesson):
    inbox = tmp_path / "inbox"
    submit_work(inbox, lesson, "Ada", [("nbc-news", "8,000 immigrants", "FACT")], "s-1")
    submit_work(inbox, lesson, "Ben", [("daily-kos", "42,000", "QUOTE")])
    database = open_database(tmp_path / "teacher.db")
    teacher = Classroom(database, lesson)
    teacher.import_paths([inbox])
    yield teacher
    database.close()


def test_a_format_added_to_the_registry_is_exported_with_no_other_change(
    classroom, tmp_path, monkeypatch
):
    def roster(graded) -> str:
        return "".join(f"{r.name}\n" for r in sorted(graded.results, key=lambda r: r.name))

    names = OutputFormat("roster", Scope.CLASS_FILE, ".txt", "the students' names", roster)
    monkeypatch.setattr(registry, "FORMATS", (*registry.FORMATS, names))
    written = exports.export_class(classroom, "roster", tmp_path / "roster.txt")
    assert written == [tmp_path / "roster.txt"]
    assert written[0].read_text("utf-8") == "Ada\nBen\n"


def test_every_one_file_format_is_written_as_its_text(classroom, tmp_path):
    for fmt in formats((Scope.CLASS_FILE,)):
        path = tmp_path / f"class{fmt.suffix}"
        seen = []
        written = exports.export_class(
            classroom,
            fmt.name,
            path,
            assignment="Quiz (12)",
            progress=lambda *a, seen=seen: seen.append(a),
        )
        text = exports.class_text(classroom, fmt.name, assignment="Quiz (12)")
        assert written == [path] and path.read_bytes() == text.encode("utf-8")
        assert seen == [(1, 1, path.name)]
    assert "Quiz (12)" in exports.class_text(classroom, "canvas", assignment="Quiz (12)")
    assert classroom.lesson.title in exports.class_text(classroom, "canvas")


def test_reports_are_written_one_by_one_with_progress(classroom, tmp_path):
    seen = []
    written = exports.export_class(
        classroom, "html", tmp_path / "reports", progress=lambda *a: seen.append(a)
    )
    lesson_id = classroom.lesson.id
    assert [p.name for p in written] == [
        f"{lesson_id}-class.html",
        *sorted(f"{lesson_id}-{who}.html" for who in ("Ada-s-1", "Ben")),
    ]
    assert seen == [(n, 3, p.name) for n, p in enumerate(written, start=1)]
    with pytest.raises(ValueError, match="needs a PDF writer"):
        exports.export_class(classroom, "pdf", tmp_path / "pdf")


def test_a_file_that_cannot_be_written_is_an_error_naming_it(classroom, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for fmt, out in (("gradebook", blocker / "grades.csv"), ("html", blocker / "reports")):
        with pytest.raises(exports.ExportError) as caught:
            exports.export_class(classroom, fmt, out)
        assert caught.value.path == out
        assert str(caught.value) == f"Could not write {out}: {caught.value.reason}"
        assert caught.value.reason and "Errno" not in caught.value.reason

    def refuses(html: str, path) -> int:
        raise OSError(28, "No space left on device")

    with pytest.raises(exports.ExportError, match="No space left on device"):
        exports.export_class(classroom, "pdf", tmp_path / "pdf", write_pdf=refuses)
    assert not [p for p in (tmp_path / "pdf").iterdir()]  # no half-written file left behind


def test_students_whose_names_make_one_file_name_each_get_their_own_report(tmp_path, lesson):
    """No student's report may replace another's, nor the class report: "Ana Li" and "ana-li"
    make one file on a file system that ignores case, and "Class" the class report's. Names in
    any script stay readable in the file name."""
    inbox = tmp_path / "inbox"
    names = ["Ana Li", "ana-li", "王小明", "李华", "Иван Петров", "Zoë Adams", "Class"]
    for number, name in enumerate(names):
        folder = inbox / str(number) / "hand-in"  # each with a database of their own beside it
        folder.mkdir(parents=True)
        submit_work(folder, lesson, name, [("nbc-news", "8,000 immigrants", "FACT")])
    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        classroom.import_paths([inbox])
        written = exports.export_class(classroom, "html", tmp_path / "reports")
    assert len(written) == len(names) + 1
    stems = {path.stem.removeprefix(f"{lesson.id}-") for path in written}
    assert stems == {
        "class",
        "Ana-Li",
        "ana-li-2",
        "王小明",
        "李华",
        "Иван-Петров",
        "Zoë-Adams",
        "Class-2",
    }
    assert len({name.casefold() for name in stems}) == len(written)
    students = [path for path in written if not path.stem.endswith("-class")]
    shown = {name: [p for p in students if f"<h1>{name}" in p.read_text("utf-8")] for name in names}
    assert all(len(found) == 1 for found in shown.values()), shown


def test_file_name_parts_are_readable_and_safe():
    from annotator.core.formats.filenames import MAX_PART_BYTES, numbered, slug

    assert slug("  Zoë “Z” Adams ") == "Zoë-Z-Adams"
    assert slug("Zoe\u0308 Adams") == "Zoë-Adams"  # typed on a Mac: one name, one file
    assert slug("Иван Петров") == "Иван-Петров"
    assert slug("王伟") == "王伟"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug('a<b>c:d"e|f?g*h\\i') == "a-b-c-d-e-f-g-h-i"
    assert slug("\u202eevil") == "evil"  # a right-to-left override is no letter
    assert slug("...") == ""
    long = slug("王" * 100)
    assert len(long.encode("utf-8")) <= MAX_PART_BYTES and long == "王" * 26
    assert numbered(["x-Ana", "x-ana", "x-Ana", "x-class"], taken=["x-class"]) == [
        "x-Ana",
        "x-ana-2",
        "x-Ana-3",
        "x-class-2",
    ]
