"""The ``annotator pack`` commands: checking a lesson pack and building it into one zip.

Added to the command line by :mod:`annotator.cli`, which hands over how it opens the database and
loads a lesson, so that every command reports problems the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from annotator.core.lessons.pack import PackError, load_pack


def add_pack_commands(
    group: click.Group,
    *,
    open_database: Callable[[str | None], Any],
    load_lesson: Callable[[str], Any],
    db_help: str,
) -> None:
    """Adds ``pack validate``, ``pack build`` and ``pack new`` to ``group`` (``annotator``)."""

    @group.group("pack")
    def pack_group() -> None:
        """Check and build lesson packs."""

    @pack_group.command("validate")
    @click.argument("path", type=click.Path(exists=True))
    def pack_validate(path: str) -> None:
        """Check the lesson pack at PATH (folder or .zip) and list every problem."""
        from annotator.core.lessons.pack import validate_pack

        problems = validate_pack(path)
        if problems:
            click.echo(f"{path}: {len(problems)} problem(s)", err=True)
            for problem in problems:
                click.echo(f"  - {problem}", err=True)
            sys.exit(1)
        lesson = load_pack(path)
        click.echo(
            f"{path}: OK: '{lesson.title}' {lesson.id} {lesson.version}, "
            f"{len(lesson.articles)} articles, {len(lesson.key)} key spans, {lesson.content_hash}"
        )

    @pack_group.command("build")
    @click.argument("source", type=click.Path(exists=True))
    @click.option("--out", required=True, metavar="FILE.zip", help="The zip file to write.")
    @click.option(
        "--student",
        is_flag=True,
        help="Leave the answer key out: the copy to hand out to students.",
    )
    @click.option(
        "--with-class-key",
        is_flag=True,
        help="The teacher's copy with the key as you changed it while grading (the claims you "
        "accepted from the class, read from --db).",
    )
    @click.option("--db", "db", metavar="PATH", help=db_help)
    def pack_build(
        source: str, out: str, student: bool, with_class_key: bool, db: str | None
    ) -> None:
        """Build the lesson pack SOURCE (a folder, or a built .zip) into one self-contained zip.

        Without --student, the zip is the teacher's copy and holds the answer key. Nothing is
        written if the pack has a problem.
        """
        from annotator.core.lessons.pack_build import build_pack

        if with_class_key and student:
            raise click.UsageError(
                "--with-class-key builds the teacher's copy; leave out --student."
            )
        key_text = _class_key_text(source, db) if with_class_key else None
        try:
            report = build_pack(Path(source), Path(out), student=student, key_text=key_text)
        except PackError as error:
            raise click.ClickException(str(error)) from None
        if report.student:
            copy = "student copy"
        else:
            copy = "teacher's copy" if report.key_included else "copy of a pack without a key"
        click.echo(
            f"Built {report.out} ({copy}, {report.size} bytes): '{report.title}' "
            f"{report.lesson_id} {report.version}"
        )
        for entry in report.entries:
            shared = entry in report.from_library
            click.echo(f"  {entry}" + ("  (copied in from the shared articles/ library)" * shared))
        if report.key_included:
            said = " with the class's changes" if with_class_key else ""
            click.echo(f"Answer key: included ({report.key_spans} spans{said})")
        else:
            click.echo("Answer key: not included")
        click.echo(f"Content hash: {report.content_hash}")

    add_pack_new(pack_group)

    def _class_key_text(source: str, db: str | None) -> str:
        """The key of the pack at ``source`` as the teacher changed it in the database."""
        from annotator.services.classroom import Classroom
        from annotator.services.key_changes import KeyChangeError, key_text

        lesson = load_lesson(source)
        with open_database(db) as database:
            try:
                return key_text(Classroom(database, lesson))
            except KeyChangeError as error:
                raise click.ClickException(str(error)) from None


def add_pack_new(pack_group: click.Group) -> None:
    """Adds ``pack new``: a lesson pack made from saved pages or text captures."""

    @pack_group.command("new")
    @click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False))
    @click.option("--out", metavar="FOLDER", help="The pack folder to write (new or empty).")
    @click.option("--title", default="", help="The lesson's title.")
    @click.option(
        "--id", "lesson_id", default="", help="The lesson's id (from the title if not given)."
    )
    @click.option(
        "--outlet",
        "outlets",
        multiple=True,
        metavar="NAME",
        help="Who published each source, in order, where the page does not say (repeat).",
    )
    @click.option(
        "--drop",
        multiple=True,
        metavar="A:P",
        help="Remove paragraph P of article A (numbers as --list shows them; repeat).",
    )
    @click.option(
        "--split",
        multiple=True,
        metavar="A:P:W",
        help="Split paragraph P of article A after its W-th word, before any --drop.",
    )
    @click.option("--instructions", type=click.Path(dir_okay=False), help="A Markdown file.")
    @click.option("--list", "only_list", is_flag=True, help="Show the articles; write nothing.")
    def pack_new(
        sources: tuple[str, ...],
        out: str | None,
        title: str,
        lesson_id: str,
        outlets: tuple[str, ...],
        drop: tuple[str, ...],
        split: tuple[str, ...],
        instructions: str | None,
        only_list: bool,
    ) -> None:
        """Make a lesson pack from 2 to 5 SOURCES: saved web pages (.html), .txt or .md files.

        Each article is extracted word for word with its metadata; paragraphs of page chrome
        are removed with --drop. The pack has no answer key: tag one in the app (File > New
        Lesson, or Edit Lesson) or write key.toml. Nothing is written if anything is wrong.
        """
        from annotator.core.lessons.authoring import batch as cli_steps

        try:
            draft = cli_steps.draft_from_files(sources, title, lesson_id, outlets)
            draft = cli_steps.edited(draft, split, drop)
        except ValueError as error:
            raise click.ClickException(str(error)) from None
        click.echo(cli_steps.listing(draft))
        if only_list:
            return
        if not out:
            raise click.UsageError("--out FOLDER is needed to write the pack (or use --list).")
        if instructions:
            draft = draft.changed(instructions=Path(instructions).read_text(encoding="utf-8"))
        from annotator.core.lessons.authoring.pack_writer import save_pack

        try:
            saved = save_pack(draft, out)
        except PackError as error:
            click.echo(f"{out}: {len(error.problems)} problem(s); nothing was written", err=True)
            for problem in error.problems:
                click.echo(f"  - {problem}", err=True)
            sys.exit(1)
        click.echo(
            f"Wrote {saved.folder}: '{saved.lesson.title}' {saved.lesson.id} "
            f"{saved.lesson.version}, {len(saved.lesson.articles)} articles, "
            f"{saved.lesson.content_hash}"
        )
