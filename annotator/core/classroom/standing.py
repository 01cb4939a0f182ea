"""A student's standing in the class beside their grade: the roster entry they are, when they
handed in, how late, and what the teacher should know about the file.

Late is measured from the pack's due date (``due`` in ``lesson.toml``) to the date the
submission gives itself, which the student's computer wrote (see docs/submissions.md for what
that date can and cannot prove). Nothing is refused for being late: it is shown, with how late.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from annotator.core.classroom.roster import RosterEntry


@dataclass(frozen=True, slots=True)
class Standing:
    roster: RosterEntry | None = None  # None: not on the roster (or the class has none)
    submitted: str = ""  # ISO 8601, as the submission gives it
    late_by: timedelta | None = None  # None: on time, or no due date
    flags: tuple[str, ...] = ()  # admission flags (annotator.core.classroom.admission)
    number: int = 0  # the workspace's submission number; 0 for a file of format 1


NO_STANDING = Standing()


def late_by(submitted: datetime, due: datetime | None) -> timedelta | None:
    """How long after ``due`` the work was handed in; None if on time or there is no due date."""
    if due is None or submitted <= due:
        return None
    return submitted - due


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def late_words(late: timedelta | None, days: Callable[[int], str] = _days) -> str:
    """How late, as a teacher says it: "" (on time), "25 min", "3 h 10 min", "2 days 4 h".
    ``days`` says a number of days (the windows pass their own language's)."""
    if late is None:
        return ""
    minutes = max(1, int(late.total_seconds() // 60))
    whole_days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if whole_days:
        return days(whole_days) + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {minutes} min" if minutes else "")
    return f"{minutes} min"


def late_hours(late: timedelta | None) -> str:
    """How late in hours with one decimal, for a spreadsheet: "" when on time."""
    return "" if late is None else f"{late.total_seconds() / 3600:.1f}"
