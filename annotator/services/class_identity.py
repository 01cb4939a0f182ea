"""Who is who in the class: the roster, and the teacher's decisions on submissions that wait.

Shared by the review window (its roster and conflict dialogs) and ``annotator class roster
import``, ``class remove``, ``class resolve``. Every change is one transaction; the changes the
window can undo return :class:`~annotator.storage.class_repository.Snapshot` s of what they
touched, which :func:`restore` puts back.

A submission held for the teacher (see :mod:`annotator.core.classroom.admission`) leaves the
waiting list in one of four ways:

* :func:`keep` — it joins the class in the place it claims (its roster entry, or its name),
  and the submission that held that place leaves the class;
* :func:`keep_apart` — both are kept, as different students (two "Alex Kim"s): it joins the
  class as a student of its own, on no roster entry;
* :func:`assign` — it joins the class as the roster entry the teacher names;
* :func:`remove` — it is deleted (so is any submission the teacher removes from the class).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotator.core.bounded_read import FileRefused, read_bounded
from annotator.core.classroom.identity import claimed_id, fold, same_name, same_person
from annotator.core.classroom.roster import (
    MAX_ROSTER_BYTES,
    RosterEntry,
    RosterError,
    match,
    parse_roster,
)
from annotator.services.classroom import Classroom
from annotator.storage.class_repository import ACTIVE, HELD, Snapshot, StoredSubmission
from annotator.storage.roster_repository import RosterChange, RosterRepository


class DecisionError(ValueError):
    """A decision the class cannot take as asked; the message says why and what to do."""


# --- the roster --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterImport:
    change: RosterChange
    kind: str  # "canvas" or "plain"
    skipped: tuple[str, ...]  # rows left out (Canvas' test student)
    matched: tuple[str, ...]  # students of the class now on a roster entry
    not_on_roster: tuple[str, ...]  # students of the class on none


def import_roster(classroom: Classroom, path: str | Path) -> RosterImport:
    """Makes the roster file at ``path`` the class roster (all of it, or nothing: a
    :class:`RosterError` lists every problem). Students of the class who are on no roster entry
    yet are matched to one where it is theirs beyond doubt and free."""
    path = Path(path)
    try:
        data = read_bounded(path, MAX_ROSTER_BYTES)
    except FileRefused as error:
        raise RosterError(str(path), [error.reason]) from None
    except OSError as error:
        raise RosterError(str(path), [f"it cannot be read ({error.strerror})"]) from None
    parsed = parse_roster(data, path.name)
    rosters = RosterRepository(classroom.database.db)
    change = rosters.replace_all(parsed.entries)
    classroom.repository.unassign_roster({entry.key for entry in change.removed})
    matched = _match_unassigned(classroom)
    roster = {entry.key for entry in rosters.entries()}
    not_on = tuple(s.student_name for s in classroom.submissions() if s.roster_key not in roster)
    return RosterImport(change, parsed.kind, parsed.skipped, matched, not_on)


def save_roster_entry(classroom: Classroom, entry: RosterEntry) -> RosterEntry:
    """Adds (key "") or changes one roster entry, as the roster dialog does."""
    if not entry.name.strip():
        raise DecisionError("a roster entry needs a name")
    others = [e for e in classroom.roster_entries() if e.key != entry.key]
    for value in {v for v in (entry.sis_user_id, entry.sis_login_id, entry.canvas_id) if v}:
        taken = next((e for e in others if value.casefold() in e.ids), None)
        if taken is not None:
            raise DecisionError(f"the id {value} is already {taken.describe()}'s")
    saved = RosterRepository(classroom.database.db).save(entry)
    _match_unassigned(classroom)
    return saved


def delete_roster_entry(classroom: Classroom, key: str) -> None:
    """Takes an entry off the roster; its student (if any) stays in the class, on no entry."""
    RosterRepository(classroom.database.db).delete(key)
    classroom.repository.unassign_roster({key})


def _match_unassigned(classroom: Classroom) -> tuple[str, ...]:
    """Puts on their roster entry the students of every lesson in the database who are on
    none, where the entry is theirs beyond doubt and no other submission of that lesson holds
    it. Returns who was matched in this classroom's lesson."""
    roster = classroom.roster_entries()
    if not roster:
        return ()
    repository = classroom.repository
    matched = []
    lessons = [
        row[0]
        for row in repository.db.execute(
            "select distinct lesson_id from class_submissions where state = ?", [ACTIVE]
        )
    ]
    for lesson_id in lessons:
        students = repository.submissions_for(lesson_id)
        held = {s.roster_key for s in students if s.roster_key}
        for stored in students:
            if stored.roster_key or stored.kept_apart:
                continue
            entry = match(roster, stored.student_name, stored.student_id).entry
            if entry is not None and entry.key not in held:
                repository.update(lesson_id, stored.student_key, roster_key=entry.key)
                held.add(entry.key)
                if lesson_id == classroom.lesson.id:
                    matched.append(stored.student_name)
    return tuple(matched)


# --- the teacher's decisions -------------------------------------------------------------------


def keep(classroom: Classroom, key: str) -> list[Snapshot]:
    """The held submission ``key`` joins the class in the place it claims; whatever holds that
    place leaves the class. Returns snapshots of all it changed."""
    held = _held(classroom, key)
    clashing = _clashing(classroom, held)
    if classroom.roster_entries() and not held.roster_key and not clashing:
        raise DecisionError(
            f"{held.student_name}'s submission matches no roster entry: assign it to one, or "
            "keep it as a student apart"
        )
    repository = classroom.repository
    snapshots = [repository.snapshot(classroom.lesson.id, s.student_key) for s in (held, *clashing)]
    lesson_id = classroom.lesson.id
    for other in clashing:
        if _same_sender(held, other):  # the same student's: the teacher's feedback carries over
            repository.take_over_judgement(lesson_id, key, other.student_key)
        repository.remove(lesson_id, other.student_key)
    repository.update(lesson_id, key, state=ACTIVE, held_reason="", held_against="")
    return snapshots


def keep_apart(classroom: Classroom, key: str) -> list[Snapshot]:
    """The held submission ``key`` joins the class as a student of its own, on no roster
    entry: "keep both, as different students"."""
    held = _held(classroom, key)
    _refuse_second_entry_of_one_student(classroom, held)
    return _join_class(classroom, key, roster_key="", kept_apart=1)


def assign(classroom: Classroom, key: str, roster_key: str) -> list[Snapshot]:
    """The submission ``key`` (held or in the class) becomes the roster entry ``roster_key``'s,
    and is in the class."""
    stored = classroom.submission(key)
    if stored is None:
        raise DecisionError("there is no such submission")
    entry = next((e for e in classroom.roster_entries() if e.key == roster_key), None)
    if entry is None:
        raise DecisionError("there is no such roster entry")
    holder = next(
        (s for s in classroom.submissions() if s.roster_key == roster_key and s.student_key != key),
        None,
    )
    if holder is not None:
        raise DecisionError(
            f"{entry.describe()} already has {holder.student_name}'s submission: remove that "
            "one first, or keep one of the two"
        )
    if stored.held:
        _refuse_second_entry_of_one_student(classroom, stored)
    return _join_class(classroom, key, roster_key=roster_key)


def remove(classroom: Classroom, key: str) -> list[Snapshot]:
    """Deletes the submission ``key`` (in the class, or held) with its annotations and the
    teacher's feedback on them; the snapshots put it back."""
    if classroom.submission(key) is None:
        raise DecisionError("there is no such submission")
    return [classroom.repository.remove(classroom.lesson.id, key)]


def restore(classroom: Classroom, snapshots: list[Snapshot]) -> list[str]:
    """Puts back what the snapshots hold (undo). A submission put back in the class whose place
    another has taken since (an import) waits for the teacher instead; returns their names."""
    repository = classroom.repository
    repository.put_back(snapshots)
    waiting = []
    for snap in snapshots:
        stored = classroom.submission(snap.student_key)
        if stored is None or stored.held:
            continue
        other = next(iter(_clashing(classroom, stored)), None)
        if other is not None:
            repository.update(
                classroom.lesson.id,
                stored.student_key,
                state=HELD,
                held_reason=f"put back, but {other.student_name}'s submission now holds its place",
                held_against=other.student_key,
            )
            waiting.append(stored.student_name)
    return waiting


def _refuse_second_entry_of_one_student(classroom: Classroom, stored: StoredSubmission) -> None:
    """One student, one place: a submission may join the class beside another from the same
    computer only if it is handed in as someone else (two students sharing a computer)."""
    other = next(
        (
            s
            for s in classroom.submissions()
            if stored.workspace_id == s.workspace_id != ""
            and s.student_key != stored.student_key
            and same_person(stored.student_name, stored.student_id, s.student_name, s.claim)
        ),
        None,
    )
    if other is not None:
        raise DecisionError(
            f"this submission comes from the computer that handed in {other.student_name}'s, "
            "under the same name: it is the same student's. Keep one of them."
        )


def _join_class(classroom: Classroom, key: str, **columns: object) -> list[Snapshot]:
    """Puts the submission ``key`` in the class with ``columns``; its snapshot from before."""
    snapshots = [classroom.repository.snapshot(classroom.lesson.id, key)]
    classroom.repository.update(
        classroom.lesson.id, key, state=ACTIVE, held_reason="", held_against="", **columns
    )
    return snapshots


def _held(classroom: Classroom, key: str) -> StoredSubmission:
    stored = classroom.submission(key)
    if stored is None or not stored.held:
        raise DecisionError("that submission is not waiting for a decision")
    return stored


def _clashing(classroom: Classroom, stored: StoredSubmission) -> list[StoredSubmission]:
    """The submissions of the class that hold the place ``stored`` claims: the same computer,
    the same roster entry, or (on no roster) the same name and id; and the one it was held
    against."""
    found = []
    for other in classroom.submissions():
        if other.student_key == stored.student_key:
            continue
        if (
            stored.workspace_id == other.workspace_id != ""
            or stored.roster_key == other.roster_key != ""
            or other.student_key == stored.held_against
            or (
                not stored.roster_key
                and not other.roster_key
                and not other.kept_apart
                and (
                    other.claim == stored.claim
                    or claimed_id(other.claim) == claimed_id(stored.claim) != ""
                )
            )
        ):
            found.append(other)
    return found


def _same_sender(one: StoredSubmission, other: StoredSubmission) -> bool:
    """The same student's: the same computer and the same person, or (format 1) one claim."""
    if one.workspace_id or other.workspace_id:
        return one.workspace_id == other.workspace_id and same_person(
            one.student_name, one.student_id, other.student_name, other.claim
        )
    return one.claim == other.claim


# --- naming a student on the command line ----------------------------------------------------


def find_submission(classroom: Classroom, text: str, *, held: bool = False) -> StoredSubmission:
    """The submission a teacher names: its key (as ``class list`` shows it), else the id it
    was handed in under or its roster entry's, else the name (in any case and word order).
    ``held`` looks among the held submissions too. :class:`DecisionError` if none or several
    fit, listing them."""
    wanted = fold(text)
    candidates = classroom.submissions() + (classroom.held() if held else [])
    by_key = [s for s in candidates if s.student_key == text.strip()]
    if by_key:
        return by_key[0]
    roster = {entry.key: entry for entry in classroom.roster_entries()}

    def ids(stored: StoredSubmission) -> set[str]:
        entry = roster.get(stored.roster_key)
        return {fold(stored.student_id), *(entry.ids if entry else ())} - {""}

    def listed_name(stored: StoredSubmission) -> str:
        entry = roster.get(stored.roster_key)
        return entry.name if entry else ""

    for test in (
        lambda s: wanted in ids(s),
        lambda s: fold(s.student_name) == wanted or same_name(s.student_name, text),
        lambda s: same_name(listed_name(s), text),
    ):
        found = [s for s in candidates if test(s)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listed = "; ".join(f"{s.student_name} ({s.student_key})" for s in found)
            raise DecisionError(
                f"'{text}' fits {len(found)} submissions: {listed}. Name one by its key."
            )
    raise DecisionError(f"no submission in the class is '{text}' (see annotator class list)")
