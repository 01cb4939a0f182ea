"""The command line: starting the app, and headless work over the same services as the GUI.

Commands only parse arguments and call the services (and the core); they hold no logic. The
``--format`` choices and help come from the registry of output formats.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from annotator import __version__
from annotator.class_cli import add_class_commands
from annotator.core.formats.registry import (
    CLASS_SCOPES,
    STUDENT_SCOPES,
    Scope,
    find,
    formats,
    help_text,
)
from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.core.lessons.pack import PackError, load_pack
from annotator.open_cli import add_open_command
from annotator.pack_cli import add_pack_commands

DB_HELP = "The database file (default: annotator.db in your user data folder)."
_FOLDERS = "/".join(fmt.name for fmt in formats(CLASS_SCOPES) if fmt.is_folder)  # "html/pdf"


def _format_option(scopes: Sequence[Scope], **kwargs: Any) -> Callable[[Any], Any]:
    """``--format``, its choices and help made from the registry of output formats."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice([fmt.name for fmt in formats(scopes)]),
        show_default="default" in kwargs,
        help=help_text(scopes),
        **kwargs,
    )


def _db_path(value: str | None) -> Path:
    from annotator.storage.paths import default_database_path  # loads the storage layer

    return Path(value) if value else default_database_path()


def _size(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[int, int]:
    """``WxH`` as (width, height) in pixels."""
    width, _, height = value.lower().partition("x")
    if not (width.isdigit() and height.isdigit() and 0 < int(width) <= 8192 >= int(height) > 0):
        raise click.BadParameter(f"{value!r} is not a size like 1366x768")
    return int(width), int(height)


@click.group(invoke_without_command=True)
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@click.option(
    "--lesson",
    metavar="PATH",
    help="A lesson pack to open (folder or .zip); default: the built-in lesson.",
)
@click.option(
    "--screenshot",
    metavar="PNG",
    help="Render the main window (1600x1000, offscreen) to a PNG and exit; asks nothing.",
)
@click.option(
    "--screenshot-size",
    metavar="WxH",
    default="1600x1000",
    callback=_size,
    help="The screenshot's size in pixels, the window laid out for it (default 1600x1000).",
)
@click.option(
    "--screenshot-scale",
    metavar="FACTOR",
    type=click.FloatRange(0.5, 4),
    default=1.0,
    help="Draw the screenshot as a screen set to this scale does (1.5 for 150%; default 1).",
)
@click.option("--student", metavar="NAME", default="", help="The student's name (else asked once).")
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def cli(
    ctx: click.Context,
    db: str | None,
    lesson: str | None,
    screenshot: str | None,
    screenshot_size: tuple[int, int],
    screenshot_scale: float,
    student: str,
) -> None:
    """Annotator: tag claims in news articles as FACT, QUOTE or FRAMING.

    Without a command, starts the app on the built-in lesson (or --lesson).
    """
    if ctx.invoked_subcommand is not None:
        return
    from annotator.qt.app import run_gui  # Qt is loaded only when the GUI starts

    # No --db: run_gui finds the default location itself, after the first paint.
    sys.exit(
        run_gui(
            Path(db) if db else None,
            lesson,
            screenshot=screenshot,
            student=student,
            screenshot_size=screenshot_size,
            screenshot_scale=screenshot_scale,
        )
    )


@cli.command("export")
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@_format_option(STUDENT_SCOPES, default="json")
@click.option("--lesson", metavar="PATH", help="The lesson pack the annotations belong to.")
@click.option("--out", metavar="FILE", help="Write to FILE instead of standard output.")
def export_command(db: str | None, fmt: str, lesson: str | None, out: str | None) -> None:
    """Write the annotations in a database, without starting the GUI."""
    from annotator.services import exports

    path = _db_path(db)
    if not path.exists():
        raise click.ClickException(f"There is no database at {path}.")
    # With --lesson, only that lesson's annotations, described with its outlets and title;
    # without, every lesson in the database, each annotation carrying its own lesson id.
    loaded = _load_lesson(lesson) if lesson else None
    with _open(str(path)) as database:
        if out:
            with _export_errors():
                exports.export_student(database, fmt, out, loaded)
            click.echo(f"Wrote {out}", err=True)
            return
        text = exports.student_text(database, fmt, loaded)
    click.echo(text, nl=not text.endswith("\n"))


LESSON_HELP = "The lesson: a pack (folder or .zip), or a lesson id opened before on this machine."


def _resolve_lesson(value: str | None, db: str | None = None):
    """A pack path, or the id of a lesson this database has opened (default: built-in)."""
    if value is None or Path(value).exists():
        return _load_lesson(value or str(builtin_lesson_path()))
    path = _db_path(db)
    if path.exists():
        from annotator.storage.repositories import LessonRepository

        with _open(str(path)) as database:
            seen = LessonRepository(database.db).seen(value)
        if seen is not None and Path(seen["source"]).exists():
            return _load_lesson(seen["source"])
    builtin = _load_lesson(str(builtin_lesson_path()))
    if value == builtin.id:
        return builtin
    raise click.ClickException(f"No lesson pack at '{value}', and no lesson with that id is known.")


def _open(db: str | None, exclusive: bool = False, read_only: bool = True):
    """The database, or a clean CLI error naming it (the storage layer loads only here).

    Commands that only read open it read-only: they never migrate or write it, and work from
    read-only media; the teacher's commands that change the class write, and take the
    one-instance lock; ``submit`` writes the workspace's counter, beside a window that may be
    open on the same file.
    """
    from annotator.storage.database import DatabaseError, open_database

    path = _db_path(db)
    try:
        return open_database(path, exclusive=exclusive, read_only=read_only)
    except DatabaseError as error:
        raise click.ClickException(str(error)) from None


@cli.command("submit")
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@click.option("--lesson", "lesson_ref", metavar="PACK|ID", help=LESSON_HELP)
@click.option("--out", required=True, metavar="FILE", help="The submission file to write.")
@click.option("--name", default="", help="The student's name (default: the name given in the app).")
@click.option("--student-id", default="", help="The student's id in the school's systems.")
def submit_command(
    db: str | None, lesson_ref: str | None, out: str, name: str, student_id: str
) -> None:
    """Write the student's submission file for a lesson, without the GUI."""
    from annotator.services.submit import write_submission
    from annotator.services.workspace import STUDENT_NAME
    from annotator.storage.repositories import SettingsRepository

    lesson = _resolve_lesson(lesson_ref, db)
    # Not read-only: the workspace's submission counter is raised and saved with each one.
    with _open(db, read_only=False) as database:
        name = name or SettingsRepository(database.db).get(STUDENT_NAME, "")
        if not name.strip():
            raise click.ClickException("No student name: pass --name.")
        path, count = write_submission(
            database, lesson, out, student_name=name, student_id=student_id
        )
    click.echo(f"Wrote {path}: {count} annotations by {name} for '{lesson.title}'")


@cli.group("class")
def class_group() -> None:
    """The teacher's work: import students' submissions, grade them, export the grades."""


@class_group.command("import")
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@click.option("--lesson", "lesson_ref", metavar="PACK", help=LESSON_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
def class_import(db: str | None, lesson_ref: str | None, paths: tuple[str, ...]) -> None:
    """Import submission files (or folders of them) into the class for a lesson.

    Every file is reported, and every student named: added, updated (a newer submission from
    the same computer), held (it waits for your decision: see `class list` and `class
    resolve`), refused, kept newer or unchanged. Exits 1 if a file was refused, else 2 if a
    submission is held, else 0.
    """
    from annotator.services.classroom import HELD_BACK, REFUSED, Classroom, import_summary

    lesson = _resolve_lesson(lesson_ref, db)
    with _open(db, exclusive=True, read_only=False) as database:
        _say_upgraded(database)
        outcomes = Classroom(database, lesson).import_paths(paths)
    for outcome in outcomes:
        click.echo(outcome.describe())
    click.echo(f"{len(outcomes)} file(s)")
    for line in import_summary(outcomes):
        click.echo(f"  {line}")
    refused = sum(1 for outcome in outcomes if outcome.status == REFUSED)
    held = sum(1 for outcome in outcomes if outcome.status == HELD_BACK)
    if held:
        click.echo(
            f"{held} submission(s) wait for your decision: `annotator class list` shows them, "
            "`annotator class resolve` decides."
        )
    if refused or held:
        sys.exit(1 if refused else 2)


def _say_upgraded(database) -> None:
    if database.copy_before_upgrade is not None:
        click.echo(
            f"Updated the database; the file as it was is kept at {database.copy_before_upgrade}"
        )


@class_group.command("grade")
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@click.option("--lesson", "lesson_ref", metavar="PACK", help=LESSON_HELP)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print a JSON array, one object per student (name, id, score, points, target, counts "
    "by outcome ...), for scripts.",
)
def class_grade(db: str | None, lesson_ref: str | None, as_json: bool) -> None:
    """Grade every imported student against the answer key, print the scores, and store them
    in the database's grades table (see docs/grading.md)."""
    import json

    from annotator.core.classroom.results import summary
    from annotator.services.classroom import Classroom

    lesson = _resolve_lesson(lesson_ref, db)
    if not lesson.has_key:
        raise click.ClickException("This pack has no answer key: open the teacher's copy.")
    database, not_stored = _open_to_store(db)
    with database:
        classroom = Classroom(database, lesson)
        results = classroom.results() if not_stored else classroom.record_grades()
    if not_stored:
        click.echo(f"The grades were not stored in the database: {not_stored}", err=True)
    ordered = sorted(results.values(), key=lambda r: (r.name.casefold(), r.student_id))
    if as_json:
        click.echo("[" + ",\n".join(json.dumps(summary(r)) for r in ordered) + "]")
        return
    click.echo(
        f"{'student':<28} {'points':>7} {'score':>6} {'final':>6}  {'P':>5} {'R':>5} {'F1':>5}"
    )
    for result in ordered:
        values = summary(result)
        click.echo(
            f"{result.name[:28]:<28} {values['points']:7.2f} {_score(values['score'])} "
            f"{_score(values['final'])}  {_pct(values['precision'])} {_pct(values['recall'])} "
            f"{_pct(values['f1'])}"
        )
    if ordered:
        click.echo(f"Full marks (100) at {ordered[0].grade.target:g} points.")


def _open_to_store(db: str | None):
    """The database opened for writing, to store the grades, and None; or, where it cannot be
    written (read-only media, open in the app), opened read-only, and the reason."""
    from annotator.storage.database import DatabaseError, open_database

    path = _db_path(db)
    if not path.is_file():
        return _open(db), None  # the read-only open names the missing file
    try:
        database = open_database(path, exclusive=True)
    except DatabaseError as error:
        return _open(db), str(error)
    if database.copy_before_upgrade is not None:
        click.echo(
            f"Updated the database; the file as it was is kept at {database.copy_before_upgrade}",
            err=True,
        )
    return database, None


@class_group.command("export")
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@click.option("--lesson", "lesson_ref", metavar="PACK", help=LESSON_HELP)
@_format_option(CLASS_SCOPES, required=True)
@click.option("--out", required=True, metavar="PATH", help=f"A file, or a folder for {_FOLDERS}.")
@click.option("--assignment", default="", help="The Canvas assignment name (default: the title).")
@click.option(
    "--points",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="N",
    help="What the Canvas assignment is out of (default: the pack's points, else 100).",
)
@click.option(
    "--release-key",
    is_flag=True,
    help="Students' reports (html, pdf) list the whole answer key, missed claims with the "
    "key's notes. Without it they show the notes of the claims each student found only.",
)
def class_export(
    db: str | None,
    lesson_ref: str | None,
    fmt: str,
    out: str,
    assignment: str,
    points: float | None,
    release_key: bool,
) -> None:
    """Export the graded class for the gradebook, for other tools, or for printing."""
    from annotator.services import exports
    from annotator.services.classroom import Classroom

    output = find(fmt, CLASS_SCOPES)
    if release_key and not output.is_folder:
        raise click.UsageError(
            f"--release-key is for the students' reports (--format {_FOLDERS}); the {fmt} "
            "export is the teacher's"
        )
    write_pdfs = None
    if output.needs_pdf_writer:
        from annotator.qt.app import offscreen_application
        from annotator.qt.pdf_batch import write_pdfs

        offscreen_application()
    lesson = _resolve_lesson(lesson_ref, db)
    warnings: list[str] = []
    with _open(db) as database, _export_errors():
        classroom = Classroom(database, lesson)
        written = exports.export_class(
            classroom,
            output,
            out,
            assignment=assignment,
            points_possible=points,
            write_pdfs=write_pdfs,
            warnings=warnings,
            key_released=release_key,
        )
    for warning in warnings:
        click.echo(f"Check: {warning}", err=True)
    if output.is_folder:
        files = len(set(written))  # the files in place, each a report of its own
        click.echo(f"Wrote {files} {fmt} files to {out}: {files - 1} students and the class")
        if release_key:
            click.echo("The students' reports list the whole answer key.")
        else:
            click.echo(
                "The students' reports show the key's notes on the claims each student found, "
                "not the claims they missed (--release-key lists those too)."
            )
    else:
        click.echo(f"Wrote {out}")


@cli.command("review")
@click.option("--db", "db", metavar="PATH", help=DB_HELP)
@click.option("--lesson", "lesson_ref", metavar="PACK", help=LESSON_HELP)
def review_command(db: str | None, lesson_ref: str | None) -> None:
    """Open the teacher's review window: the class, the key, the heat map and the grades."""
    from annotator.qt.app import run_review

    lesson = _resolve_lesson(lesson_ref, db)
    sys.exit(run_review(_db_path(db), lesson))


def _pct(value: float | None) -> str:
    return "    –" if value is None else f"{100 * value:5.0f}"


def _score(value: float | None) -> str:
    return "     –" if value is None else f"{value:6.1f}"


def _load_lesson(path: str):
    try:
        return load_pack(path)
    except PackError as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def _export_errors() -> Iterator[None]:
    """An export that cannot write its file ends as a clean CLI error naming the file."""
    from annotator.services.exports import ExportError

    try:
        yield
    except ExportError as error:
        raise click.ClickException(str(error)) from None


add_pack_commands(
    cli,
    open_database=lambda db: _open(db),
    load_lesson=lambda path: _load_lesson(path),
    db_help=DB_HELP,
)
add_class_commands(
    class_group,
    open_database=_open,
    resolve_lesson=_resolve_lesson,
    db_help=DB_HELP,
    lesson_help=LESSON_HELP,
)
add_open_command(cli, db_path=_db_path, resolve_lesson=_resolve_lesson, db_help=DB_HELP)


def main() -> None:
    cli(prog_name="annotator")
