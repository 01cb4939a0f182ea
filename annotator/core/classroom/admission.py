"""Whether an incoming submission joins the class, replaces one already there, or waits for the
teacher: the identity rules of the teacher's import, as one pure decision (:func:`admit`).

**A student is a workspace.** A submission from a workspace the class already has replaces
that workspace's earlier one, if it is newer by the workspace's own counter and its proof
follows from the earlier proof (:mod:`annotator.core.classroom.identity`); an older one is
reported and changes nothing.

**A new workspace claims a place.** With a roster, the place is the roster entry its name and
id match (:func:`annotator.core.classroom.roster.match`); without one, the name and id it was
handed in under. It joins the class only if no other submission holds that place. If another
does, or it matches no roster entry, or several, it is **held**: stored apart, graded and
exported by nothing, replacing nothing, until the teacher keeps one, keeps both as different
students, or assigns it to a roster entry.

**Files of format 1** (no workspace) are their own identity by name and id: one replaces an
earlier format-1 file of the same name and id if its date is later (and not in the future),
and never replaces a submission from a workspace.

**A file edited after it was written** (its checksum does not match) is held, whoever it says
it is from: the teacher sees it, and decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from annotator.core.classroom.identity import (
    WorkspaceStamp,
    claim_of,
    claimed_id,
    fold,
    follows,
    same_person,
)
from annotator.core.classroom.roster import Match, RosterEntry, match
from annotator.core.classroom.submission import Submission

ADD, UPDATE, HOLD, UNCHANGED, OLDER = "add", "update", "hold", "unchanged", "older"

# Flags: what the teacher should know about a submission, whatever became of it.
EDITED = "edited"  # changed after it was written: the checksum does not match
NO_WORKSPACE = "no-workspace"  # format 1: nothing says which computer wrote it
FUTURE = "future-date"  # dated more than a day after it was imported
FLAG_WORDS = {
    EDITED: "edited after it was written (its checksum does not match)",
    NO_WORKSPACE: "from an older Annotator: it cannot show which computer wrote it",
    FUTURE: "dated in the future: the clock of the computer that wrote it is wrong",
}
FUTURE_SLACK = timedelta(days=1)  # clocks and time zones: a day ahead is not yet "future"


@dataclass(frozen=True, slots=True)
class Entry:
    """A submission the teacher's database holds in the class, as the rules see it."""

    key: str
    name: str
    workspace_id: str
    number: int
    proof: str
    claim: str
    roster_key: str
    submitted: str
    checksum: str


@dataclass(frozen=True)
class Decision:
    action: str  # ADD, UPDATE, HOLD, UNCHANGED or OLDER
    reason: str = ""
    key: str = ""  # UPDATE: the entry replaced; HOLD: the entry it conflicts with ("" if none)
    roster_key: str = ""  # the roster entry it is (or would be) assigned to
    flags: tuple[str, ...] = ()


def admit(
    submission: Submission,
    class_entries: Sequence[Entry],
    held_checksums: set[str],
    roster: Sequence[RosterEntry],
    now: datetime,
) -> Decision:
    """What to do with ``submission`` given the class (``class_entries``, the active ones), the
    checksums of the submissions held, the roster (empty: none) and the time of the import."""
    flags = _flags(submission, now)
    if submission.intact and any(e.checksum == submission.checksum for e in class_entries):
        return Decision(UNCHANGED, "already imported", flags=flags)
    if submission.checksum in held_checksums:
        return Decision(UNCHANGED, "already imported, and waiting for you to decide", flags=flags)

    own = _own_entry(submission, class_entries)
    found = match(roster, submission.student_name, submission.student_id) if roster else None
    if own is not None:
        return _resubmission(submission, own, class_entries, found, flags)
    if EDITED in flags:
        return Decision(HOLD, FLAG_WORDS[EDITED], flags=flags)
    if found is not None:
        if found.entry is None:
            return Decision(HOLD, f"not on the roster: {found.reason}", flags=flags)
        holder = next((e for e in class_entries if e.roster_key == found.entry.key), None)
        if holder is not None:
            return Decision(
                HOLD,
                f"{found.entry.describe()} (by {found.reason}) already has a submission "
                f"from another computer ({holder.name})",
                holder.key,
                found.entry.key,
                flags,
            )
        return Decision(
            ADD, f"matched {found.entry.describe()} by {found.reason}", "", found.entry.key, flags
        )
    claim = claim_of(submission.student_name, submission.student_id)
    holder = next((e for e in class_entries if e.claim == claim), None)
    if holder is not None:
        return Decision(
            HOLD,
            f"the class already has a submission under this name and id from another "
            f"computer ({holder.name})",
            holder.key,
            flags=flags,
        )
    typed_id = fold(submission.student_id)
    holder = next((e for e in class_entries if typed_id and claimed_id(e.claim) == typed_id), None)
    if holder is not None:
        return Decision(
            HOLD,
            f"the id {submission.student_id.strip()} is already {holder.name}'s, handed in from "
            "another computer",
            holder.key,
            flags=flags,
        )
    return Decision(ADD, flags=flags)


def _own_entry(submission: Submission, class_entries: Sequence[Entry]) -> Entry | None:
    """The class's submission from the same workspace (for a file of format 1: the format-1
    submission of the same name and id)."""
    if submission.workspace is not None:
        wanted = submission.workspace.workspace_id
        mine = [e for e in class_entries if e.workspace_id == wanted]
        # Students who share a computer (a lab account) and were kept apart: the one named.
        named = [e for e in mine if _same_student(submission, e)]
        return (named or mine or [None])[0]
    claim = claim_of(submission.student_name, submission.student_id)
    return next((e for e in class_entries if not e.workspace_id and e.claim == claim), None)


def _resubmission(
    submission: Submission,
    own: Entry,
    class_entries: Sequence[Entry],
    found: Match | None,
    flags: tuple[str, ...],
) -> Decision:
    # A student on no roster entry yet (imported before the roster) takes the one matched now,
    # if no one holds it.
    roster_key = own.roster_key
    entry = found.entry if found is not None else None
    if not roster_key and entry is not None:
        roster_key = "" if any(e.roster_key == entry.key for e in class_entries) else entry.key
    if EDITED in flags:
        return Decision(
            HOLD,
            f"{FLAG_WORDS[EDITED]}; the earlier submission is kept",
            own.key,
            roster_key,
            flags,
        )
    if submission.workspace is not None and not _same_student(submission, own):
        return Decision(
            HOLD,
            f"it comes from the computer that handed in {own.name}'s work, but is handed in "
            f"as {submission.student_name.strip()}: a computer shared by two students?",
            own.key,
            "",
            flags,
        )
    stamp = submission.workspace
    if stamp is not None:
        earlier = WorkspaceStamp(own.workspace_id, own.number, own.proof)
        if stamp.number < own.number:
            return Decision(
                OLDER,
                f"it is submission {stamp.number} of its computer; submission {own.number} "
                "is already imported",
                own.key,
                roster_key,
                flags,
            )
        if stamp.number == own.number:
            return Decision(
                HOLD,
                f"it is submission {stamp.number} of its computer, as is the one imported, "
                "with other content",
                own.key,
                roster_key,
                flags,
            )
        if not follows(stamp, earlier):
            return Decision(
                HOLD,
                "it names the computer of the submission imported, but its proof does not "
                "follow from that one's: it was not written there",
                own.key,
                roster_key,
                flags,
            )
        return Decision(UPDATE, "", own.key, roster_key, flags)
    if FUTURE in flags:
        return Decision(
            HOLD, f"{FLAG_WORDS[FUTURE]} ({submission.submitted})", own.key, roster_key, flags
        )
    if moment(submission.submitted) <= moment(own.submitted):
        return Decision(
            OLDER,
            f"a submission dated {own.submitted} is already imported",
            own.key,
            roster_key,
            flags,
        )
    return Decision(UPDATE, "", own.key, roster_key, flags)


def _flags(submission: Submission, now: datetime) -> tuple[str, ...]:
    flags = []
    if not submission.intact:
        flags.append(EDITED)
    if submission.workspace is None:
        flags.append(NO_WORKSPACE)
    if moment(submission.submitted) > now + FUTURE_SLACK:
        flags.append(FUTURE)
    return tuple(flags)


def moment(text: str) -> datetime:
    """A submission's date (ISO 8601) as an aware datetime (UTC if it names no zone); the
    earliest moment if it cannot be read: a date no one can read is never newer."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _same_student(submission: Submission, entry: Entry) -> bool:
    return same_person(submission.student_name, submission.student_id, entry.name, entry.claim)
