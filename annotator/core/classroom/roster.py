"""The class roster: who is in the class, with the ids the school's gradebook knows them by.

A roster is read from a CSV file (:func:`parse_roster`), either the one Canvas' gradebook
export gives (Grades > Export: ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``,
``Section``, then a column per assignment) or a plain one with a ``name`` and an ``id`` column.
Excel's ways of saving a CSV are read too: with or without a byte order mark, in UTF-8 or the
Windows code page 1252, with commas, semicolons (Excel in much of Europe) or tabs.

A roster file is read whole or not at all: every problem found (a missing column, a short row,
an id given to two students) is listed, and nothing is taken from a file that has one.

:func:`match` finds the roster entry a submission is for: by the id the student typed (any of
the entry's ids), provided the typed name agrees with the entry's; else by the name alone when
exactly one entry has it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.classroom.identity import fold, names_agree, same_name

MAX_ROSTER_BYTES = 5 * 1024 * 1024
CANVAS_POINTS_ROW = "Points Possible"
# Canvas' "Student view" adds a test student to every course; it is no one to grade.
CANVAS_TEST_STUDENT = "student, test"

# Header names, folded, for each field: Canvas' first, then what plain rosters call them.
_HEADERS = {
    "name": ("student", "name", "student name", "full name"),
    "canvas_id": ("id",),
    "sis_user_id": ("sis user id", "student id", "sis id"),
    "sis_login_id": ("sis login id", "login id", "login"),
    "section": ("section",),
}


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One student of the roster. ``key`` is the app's own, stable while the teacher edits."""

    key: str
    name: str
    canvas_id: str = ""  # Canvas' own user id (the export's "ID")
    sis_user_id: str = ""  # the school's id for the student; what a student types as "ID"
    sis_login_id: str = ""
    section: str = ""

    @property
    def ids(self) -> tuple[str, ...]:
        """The entry's ids, folded, the empty ones left out."""
        return tuple(
            fold(value)
            for value in (self.sis_user_id, self.sis_login_id, self.canvas_id)
            if value.strip()
        )

    @property
    def shown_id(self) -> str:
        """The id to show and to put in file names: the school's id, else the login, else
        Canvas' id."""
        return next(
            (v for v in (self.sis_user_id, self.sis_login_id, self.canvas_id) if v.strip()), ""
        )

    def describe(self) -> str:
        return f"{self.name} ({self.shown_id})" if self.shown_id else self.name


class RosterError(ValueError):
    """A roster file that cannot be taken; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: list[str]) -> None:
        lines = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"The roster {source} cannot be used:\n{lines}")
        self.problems = problems


@dataclass(frozen=True)
class RosterFile:
    entries: tuple[RosterEntry, ...]  # keys are "" (the storage gives them)
    kind: str  # "canvas" or "plain"
    skipped: tuple[str, ...] = field(default=())  # rows left out, and why


def parse_roster(data: bytes, source: str = "the file") -> RosterFile:
    """The students in a roster CSV; :class:`RosterError` listing every problem if it has any."""
    if len(data) > MAX_ROSTER_BYTES:
        raise RosterError(source, [f"it is larger than {MAX_ROSTER_BYTES // 1024 // 1024} MB"])
    text = _decode(data)
    if not text.strip():
        raise RosterError(source, ["it is empty: export the roster again"])
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    header = [fold(cell) for cell in rows[0]]
    columns, kind = _columns(header)
    problems: list[str] = []
    if "name" not in columns:
        problems.append(
            "it has no column for the student's name: a Canvas export has 'Student'; "
            f"a plain roster needs 'name' and 'id' (the first row is: {', '.join(rows[0])})"
        )
    if not {"canvas_id", "sis_user_id", "sis_login_id"} & set(columns):
        problems.append(
            "it has no id column: a Canvas export has 'ID', 'SIS User ID' and 'SIS Login ID'; "
            "a plain roster needs 'id'"
        )
    if problems:
        raise RosterError(source, problems)

    entries: list[RosterEntry] = []
    lines: list[int] = []
    skipped: list[str] = []
    width = max(columns.values()) + 1
    for line, row in enumerate(rows[1:], start=2):
        first = row[0] if row else ""
        if first.strip() == CANVAS_POINTS_ROW or (kind == "canvas" and first.startswith("    ")):
            continue  # the Points Possible row (and Canvas' older "Muted" row) of an export
        row = row + [""] * (width - len(row))  # a hand-written "Ava" for "Ava,": no id
        values = {name: row[index].strip() for name, index in columns.items()}
        if not values["name"]:
            problems.append(f"row {line} has no name")
            continue
        if kind == "canvas" and fold(values["name"]) == CANVAS_TEST_STUDENT:
            skipped.append(f"row {line}: Canvas' test student, left out")
            continue
        entries.append(RosterEntry("", **values))
        lines.append(line)
    if not entries and not problems:
        problems.append("it lists no students")
    problems += _repeated_ids(entries, lines)
    if problems:
        raise RosterError(source, problems)
    return RosterFile(tuple(entries), kind, tuple(skipped))


def _decode(data: bytes) -> str:
    """UTF-8 (with or without a byte order mark), else Windows-1252, which Excel writes when a
    teacher saves "CSV" rather than "CSV UTF-8" on Windows."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator of the header line: the one of ``, ; tab`` that splits it most (outside
    quotes)."""
    first = text.splitlines()[0] if text.splitlines() else ""
    counts = {sep: len(next(csv.reader([first], delimiter=sep), [])) for sep in ",;\t"}
    return max(counts, key=lambda sep: (counts[sep], sep == ","))


def _columns(header: list[str]) -> tuple[dict[str, int], str]:
    columns: dict[str, int] = {}
    for name, accepted in _HEADERS.items():
        for index, cell in enumerate(header):
            if cell in accepted and index not in columns.values():
                columns[name] = index
                break
    kind = "canvas" if "student" in header and "section" in header else "plain"
    if kind == "plain" and "canvas_id" in columns and "sis_user_id" not in columns:
        # In a plain roster "id" is the school's id, the one students type.
        columns["sis_user_id"] = columns.pop("canvas_id")
    return columns, kind


def _repeated_ids(entries: Sequence[RosterEntry], lines: Sequence[int]) -> list[str]:
    """An id given to two students would make a submission match either: each is a problem."""
    problems = []
    for field_name, label in (
        ("canvas_id", "ID"),
        ("sis_user_id", "SIS User ID" if any(e.canvas_id for e in entries) else "id"),
        ("sis_login_id", "SIS Login ID"),
    ):
        seen: dict[str, int] = {}
        for entry, line in zip(entries, lines, strict=True):
            value = fold(getattr(entry, field_name))
            if not value:
                continue
            if value in seen:
                problems.append(
                    f"rows {seen[value]} and {line} have the same {label} "
                    f"'{getattr(entry, field_name)}'"
                )
            else:
                seen[value] = line
    return problems


# --- finding a submission's entry -------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    entry: RosterEntry | None
    reason: str  # how it matched, or why it did not


def match(roster: Sequence[RosterEntry], name: str, student_id: str) -> Match:
    """The roster entry of a student who typed ``name`` and ``student_id``.

    * The id typed is one of an entry's ids: that entry, if the name typed agrees with the
      entry's (:func:`~annotator.core.classroom.identity.names_agree`); if it does not, no
      entry (an id typed wrong, or someone else's, must not put work on another's name).
    * No id typed, or one on no entry: the one entry with that name (the same words in any
      order), else the one entry the name agrees with; none if there are several.
    """
    typed_id = fold(student_id)
    if typed_id:
        by_id = [entry for entry in roster if typed_id in entry.ids]
        if by_id:
            entry = by_id[0]
            if names_agree(name, entry.name):
                return Match(entry, f"id {student_id.strip()}")
            return Match(
                None,
                f"the id {student_id.strip()} belongs to {entry.name} on the roster, "
                f"but the name is {name.strip()}",
            )
    exact = [entry for entry in roster if same_name(name, entry.name)]
    candidates = exact or [entry for entry in roster if names_agree(name, entry.name)]
    if len(candidates) == 1:
        how = "name" if exact else "a shortened name"
        if typed_id:
            how += f" (the id {student_id.strip()} is on no roster entry)"
        return Match(candidates[0], how)
    if candidates:
        listed = ", ".join(entry.describe() for entry in candidates[:4])
        return Match(None, f"the name {name.strip()} fits {len(candidates)} students: {listed}")
    also = f" or has the id {student_id.strip()}" if typed_id else ""
    return Match(None, f"no one on the roster is called {name.strip()}{also}")
