"""The teacher's commands that change who is in the class, and the teacher's judgement, without
the GUI: ``annotator class roster import``, ``class list``, ``class override``,
``class feedback``, ``class remove`` and ``class resolve``; and the key as the teacher changed
it while grading, ``class key list`` and ``class key export``.

Added to the ``class`` group by :mod:`annotator.cli`, which hands over how it opens the database
and finds the lesson, so that every command opens and names them alike. Commands parse and
call the services; they hold no logic.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click


def add_class_commands(
    group: click.Group,
    *,
    open_database: Callable[..., Any],
    resolve_lesson: Callable[[str | None, str | None], Any],
    db_help: str,
    lesson_help: str,
) -> None:
    """Adds the commands to ``group`` (``annotator class``)."""
    db_option = click.option("--db", "db", metavar="PATH", help=db_help)
    lesson_option = click.option("--lesson", "lesson_ref", metavar="PACK", help=lesson_help)
    student_option = click.option(
        "--student",
        required=True,
        metavar="WHO",
        help="The student: their name, their id, or the key `class list` shows.",
    )

    @contextmanager
    def classroom(db: str | None, lesson_ref: str | None, write: bool) -> Iterator[Any]:
        from annotator.services.class_identity import DecisionError
        from annotator.services.classroom import Classroom

        lesson = resolve_lesson(lesson_ref, db)
        options = {"exclusive": True, "read_only": False} if write else {}
        with open_database(db, **options) as database:
            try:
                yield Classroom(database, lesson)
            except DecisionError as error:
                raise click.ClickException(str(error)) from None

    @group.group("roster")
    def roster_group() -> None:
        """The class roster: who is in the class, with their Canvas and school ids."""

    @roster_group.command("import")
    @db_option
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    def roster_import(db: str | None, file: str) -> None:
        """Make the roster FILE the class roster (for every lesson in the database).

        FILE is Canvas' gradebook export (Grades > Export: Student, ID, SIS User ID, SIS Login
        ID, Section; the assignment columns are ignored) or a plain CSV with a `name` and an
        `id` column. Commas, semicolons and tabs, UTF-8 (with or without a byte order mark)
        and Windows-1252 are read. A file with any problem is refused whole, every problem
        listed. Students already imported are put on their roster entries where that is
        beyond doubt.
        """
        from annotator.core.classroom.roster import RosterError
        from annotator.services.class_identity import import_roster

        with classroom(db, None, write=True) as teacher:
            try:
                taken = import_roster(teacher, file)
            except RosterError as error:
                raise click.ClickException(str(error)) from None
        change = taken.change
        click.echo(
            f"Roster from {Path(file).name} ({taken.kind}): {len(change.added)} added, "
            f"{len(change.updated)} updated, {len(change.removed)} removed, "
            f"{change.unchanged} unchanged"
        )
        for entry in change.removed:
            click.echo(f"  removed: {entry.describe()}")
        for line in taken.skipped:
            click.echo(f"  {line}")
        if taken.matched:
            click.echo(f"  now on the roster: {', '.join(taken.matched)}")
        if taken.not_on_roster:
            click.echo(f"  on no roster entry: {', '.join(taken.not_on_roster)}")

    @group.command("list")
    @db_option
    @lesson_option
    def class_list(db: str | None, lesson_ref: str | None) -> None:
        """List the class: each student with their id, roster entry, date, lateness, final
        grade and notes; the submissions waiting for your decision, with why; and the roster
        students with no submission."""
        from annotator.core.classroom.results import final_score
        from annotator.core.formats.gradebook import notes

        with classroom(db, lesson_ref, write=False) as teacher:
            results, standings = teacher.results(), teacher.standings()
            held, roster = teacher.held(), teacher.roster_entries()
        click.echo(f"{len(results)} student(s) in the class for '{teacher.lesson.title}'")
        rows = sorted(results.items(), key=lambda item: item[1].name.casefold())
        for key, result in rows:
            standing = standings[key]
            final = final_score(result)
            said = notes(standing, roster_known=bool(roster))
            click.echo(
                f"  {result.name}"
                + (f" ({result.student_id})" if result.student_id else "")
                + (f" = {standing.roster.name}" if standing.roster else "")
                + f"  final {'–' if final is None else f'{final:.1f}'}"
                + (f"  [{'; '.join(said)}]" if said else "")
                + f"  key {key}"
            )
        if held:
            click.echo(f"{len(held)} submission(s) wait for your decision (class resolve):")
            for stored in held:
                who = stored.student_name + (f" ({stored.student_id})" if stored.student_id else "")
                click.echo(f"  {who}: {stored.held_reason}  key {stored.student_key}")
                click.echo(f"      file {stored.source_file}")
        on_roster = {s.roster.key for s in standings.values() if s.roster is not None}
        missing = [entry for entry in roster if entry.key not in on_roster]
        if missing:
            click.echo(f"{len(missing)} roster student(s) with no submission:")
            for entry in missing:
                click.echo(f"  {entry.describe()}")

    @group.command("override")
    @db_option
    @lesson_option
    @student_option
    @click.option(
        "--score",
        type=click.FloatRange(0, 100),
        metavar="N",
        help="The final grade out of 100, in place of the automatic score.",
    )
    @click.option("--clear", is_flag=True, help="Go back to the automatic score.")
    def class_override(
        db: str | None, lesson_ref: str | None, student: str, score: float | None, clear: bool
    ) -> None:
        """Set (or --clear) a student's score override."""
        from annotator.services.class_identity import find_submission

        if (score is None) == (not clear):
            raise click.UsageError("Give either --score N or --clear.")
        with classroom(db, lesson_ref, write=True) as teacher:
            stored = find_submission(teacher, student)
            teacher.set_override(stored.student_key, None if clear else score)
        said = "automatic score" if clear else f"override {score:g}"
        click.echo(f"{stored.student_name}: {said}")

    @group.command("feedback")
    @db_option
    @lesson_option
    @click.option("--student", metavar="WHO", help="The student (name, id or key).")
    @click.option("--text", metavar="TEXT", help="The feedback ('' to clear it).")
    @click.option(
        "--from-csv",
        "from_csv",
        type=click.Path(exists=True, dir_okay=False),
        metavar="FILE",
        help="Feedback for many students: a CSV with the columns student and feedback.",
    )
    def class_feedback(
        db: str | None,
        lesson_ref: str | None,
        student: str | None,
        text: str | None,
        from_csv: str | None,
    ) -> None:
        """Write a student's feedback (--student and --text), or many (--from-csv).

        A CSV is taken whole or not at all: every student it names must be found first.
        """
        from annotator.services.class_identity import find_submission

        if from_csv:
            if student or text is not None:
                raise click.UsageError("Give --from-csv, or --student with --text, not both.")
            pairs = _feedback_rows(Path(from_csv))
        elif student and text is not None:
            pairs = [(student, text)]
        else:
            raise click.UsageError("Give --student WHO --text TEXT, or --from-csv FILE.")
        with classroom(db, lesson_ref, write=True) as teacher:
            found = [(find_submission(teacher, who), feedback) for who, feedback in pairs]
            for stored, feedback in found:
                teacher.set_feedback(stored.student_key, feedback)
        for stored, feedback in found:
            click.echo(f"{stored.student_name}: feedback {'cleared' if not feedback else 'saved'}")

    @group.command("remove")
    @db_option
    @lesson_option
    @student_option
    def class_remove(db: str | None, lesson_ref: str | None, student: str) -> None:
        """Remove a student's submission (or one waiting for your decision) from the class,
        with the feedback on it. Import the file again to bring it back."""
        from annotator.services.class_identity import find_submission, remove

        with classroom(db, lesson_ref, write=True) as teacher:
            stored = find_submission(teacher, student, held=True)
            remove(teacher, stored.student_key)
        click.echo(f"Removed {stored.student_name}'s submission ({Path(stored.source_file).name})")

    @group.command("resolve")
    @db_option
    @lesson_option
    @click.argument("held_key", metavar="KEY")
    @click.option(
        "--keep", "action", flag_value="keep", help="Keep this one, in the place it claims."
    )
    @click.option(
        "--keep-both", "action", flag_value="keep-both", help="Keep both, as different students."
    )
    @click.option("--assign", "roster_who", metavar="WHO", help="Assign it to a roster student.")
    @click.option("--discard", "action", flag_value="discard", help="Delete this one.")
    def class_resolve(
        db: str | None,
        lesson_ref: str | None,
        held_key: str,
        action: str | None,
        roster_who: str | None,
    ) -> None:
        """Decide on a submission waiting for you (KEY, or the name, as `class list` shows).

        \b
        --keep        it takes the place it claims; the submission there leaves the class
        --keep-both   it joins the class as a student of its own (two of one name)
        --assign WHO  it joins the class as that roster student (name or id)
        --discard     it is deleted
        """
        from annotator.services import class_identity as ci

        if (action is None) == (roster_who is None):
            raise click.UsageError("Give one of --keep, --keep-both, --assign WHO, --discard.")
        with classroom(db, lesson_ref, write=True) as teacher:
            held = [s for s in teacher.held() if s.student_key == held_key.strip()]
            stored = held[0] if held else _one_held(teacher, held_key)
            key = stored.student_key
            if roster_who is not None:
                entry = _roster_entry(teacher, roster_who)
                ci.assign(teacher, key, entry.key)
                said = f"assigned to {entry.describe()}"
            elif action == "keep":
                ci.keep(teacher, key)
                said = "kept, in the place it claims"
            elif action == "keep-both":
                ci.keep_apart(teacher, key)
                said = "kept, as a student of their own"
            else:
                ci.remove(teacher, key)
                said = "discarded"
        click.echo(f"{stored.student_name}'s submission: {said}")

    @group.group("key")
    def key_group() -> None:
        """The answer key as you changed it while grading: what the class found that the key
        lacks, your changes, and the key written back for a pack."""

    @key_group.command("list")
    @db_option
    @lesson_option
    @click.option(
        "--min-students",
        type=click.IntRange(min=1),
        default=2,
        show_default=True,
        metavar="N",
        help="Suggest spans at least N students tagged.",
    )
    def key_list(db: str | None, lesson_ref: str | None, min_students: int) -> None:
        """List your changes to the key (accepted claims, dismissed suggestions, credits for
        one student), then the spans several students tagged that the key lacks."""
        from annotator.services.key_changes import suggestions

        with classroom(db, lesson_ref, write=False) as teacher:
            changes = teacher.key_changes().changes
            found = suggestions(teacher, min_students)
            lesson = teacher.lesson
            names = {s.student_key: s.student_name for s in teacher.submissions()}
        click.echo(f"{len(changes)} change(s) to the key of '{lesson.title}':")
        for change in changes:
            whom = names.get(change.student_key, "a student no longer in the class")
            said = change.describe(whom if change.student_key else "")
            click.echo(f"  {said}  [{change.article_id}]")
        click.echo(
            f"{len(found)} suggestion(s): spans {min_students}+ students tagged, not in the key"
        )
        for item in found:
            tags = ", ".join(f"{tag} {count}" for tag, count in item.tags)
            words = " ".join(item.exact.split())
            click.echo(f"  {item.count} students ({tags}): “{words}”  [{item.article_id}]")

    @key_group.command("export")
    @db_option
    @lesson_option
    @click.option("--out", required=True, metavar="KEY.toml", help="The key file to write.")
    def key_export(db: str | None, lesson_ref: str | None, out: str) -> None:
        """Write the key as you changed it (the pack's claims and those you accepted from the
        class) as a key.toml, the pack's format: put it in the pack folder, or build the pack
        with `annotator pack build --with-class-key`."""
        from annotator.services.key_changes import KeyChangeError, export_key

        with classroom(db, lesson_ref, write=False) as teacher:
            try:
                export_key(teacher, out)
            except (KeyChangeError, OSError) as error:
                raise click.ClickException(f"{out} was not written: {error}") from None
            lesson, pack = teacher.lesson, teacher.pack_lesson
        added = len(lesson.key) - len(pack.key)
        click.echo(f"Wrote {out}: {len(lesson.key)} claims, {added} accepted from the class")


def _one_held(teacher, who: str):
    from annotator.core.classroom.identity import fold, same_name
    from annotator.services.class_identity import DecisionError

    found = [
        s
        for s in teacher.held()
        if fold(s.student_name) == fold(who) or same_name(s.student_name, who)
    ]
    if len(found) != 1:
        what = "none" if not found else f"{len(found)}; name one by its key"
        raise DecisionError(f"of the submissions waiting, '{who}' fits {what} (see class list)")
    return found[0]


def _roster_entry(teacher, who: str):
    from annotator.core.classroom.identity import fold
    from annotator.core.classroom.roster import match
    from annotator.services.class_identity import DecisionError

    roster = teacher.roster_entries()
    if not roster:
        raise DecisionError("the class has no roster: import one with `class roster import`")
    by_id = [entry for entry in roster if fold(who) in entry.ids]
    found = by_id[0] if len(by_id) == 1 else match(roster, who, "").entry
    if found is None:
        raise DecisionError(f"'{who}' is no one on the roster, or more than one")
    return found


def _feedback_rows(path: Path) -> list[tuple[str, str]]:
    """(student, feedback) from a CSV with those two columns (commas, semicolons or tabs)."""
    from annotator.core.classroom.roster import MAX_ROSTER_BYTES

    data = path.read_bytes()
    if len(data) > MAX_ROSTER_BYTES:
        raise click.ClickException(f"{path} is larger than a feedback file can be")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(",;\t", key=first.count)
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
    columns = {name.strip().casefold(): name for name in (rows[0].keys() if rows else [])}
    if "student" not in columns or "feedback" not in columns:
        has = ", ".join(columns) or "none"
        raise click.ClickException(f"{path} needs the columns student and feedback (it has: {has})")
    return [(row[columns["student"]], row[columns["feedback"]] or "") for row in rows]
