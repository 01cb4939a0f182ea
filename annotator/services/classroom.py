"""The teacher's side of a lesson: collect submissions, grade them, keep overrides and feedback.

Shared by the review window and ``annotator class ...``. Each submission file is checked and
imported in one transaction, so a crash mid-import leaves every student either fully imported
or untouched; importing the same file twice changes nothing.

Who a submission is from, and whether it joins the class, replaces a submission or waits for
the teacher, is decided by :func:`annotator.core.classroom.admission.admit`; nothing replaces
another student's work without the teacher saying so. The roster, and the teacher's decisions
on what waits, are in :mod:`annotator.services.class_identity`.

The class is graded against the key as the teacher changed it (:attr:`Classroom.lesson`: the
pack's claims and the accepted ones, and the teacher's credits for single students); the
changes themselves are made through :mod:`annotator.services.key_changes`.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.annotations.reanchor import reanchor, sits_in
from annotator.core.bounded_read import FileRefused, read_bounded
from annotator.core.classroom import admission
from annotator.core.classroom.agreement import ArticleAgreement, lesson_agreement
from annotator.core.classroom.grading import StudentGrade, grade_class
from annotator.core.classroom.identity import claim_of
from annotator.core.classroom.key_changes import KeyChanges, effective_lesson
from annotator.core.classroom.results import StudentResult
from annotator.core.classroom.roster import RosterEntry
from annotator.core.classroom.standing import Standing, late_by
from annotator.core.classroom.submission import (
    MAX_SUBMISSION_BYTES,
    SUFFIX,
    Submission,
    SubmissionError,
    parse_submission,
)
from annotator.core.lessons.lesson import Lesson
from annotator.services.grades import grade_rows
from annotator.storage.class_repository import ACTIVE, HELD, ClassRepository, StoredSubmission
from annotator.storage.database import AppDatabase
from annotator.storage.grade_repository import GradeRepository
from annotator.storage.key_change_repository import KeyChangeRepository
from annotator.storage.roster_repository import RosterRepository

ADDED, UPDATED, UNCHANGED, KEPT_NEWER, HELD_BACK, REFUSED = (
    "added",
    "updated",
    "unchanged",
    "kept newer",
    "held",
    "refused",
)
STATUS_ORDER = (ADDED, UPDATED, HELD_BACK, REFUSED, KEPT_NEWER, UNCHANGED)


@dataclass(frozen=True)
class ImportOutcome:
    file: str
    status: str
    reason: str = ""
    student: str = ""
    reanchored: bool = False
    orphans: tuple[str, ...] = ()  # quotes that could not be placed in this lesson version
    flags: tuple[str, ...] = ()  # what the teacher should know (admission.FLAG_WORDS)

    def describe(self) -> str:
        who = f" ({self.student})" if self.student else ""
        text = f"{Path(self.file).name}{who}: {self.status}"
        if self.reason:
            text += f": {self.reason}"
        if self.orphans:
            text += f"; {len(self.orphans)} annotation(s) not found in this version"
        for flag in self.flags:
            if flag != admission.EDITED or EDITED_SAID not in self.reason:
                text += f"; {admission.FLAG_WORDS[flag]}"
        return text


EDITED_SAID = admission.FLAG_WORDS[admission.EDITED]


def import_summary(outcomes: Iterable[ImportOutcome]) -> list[str]:
    """The import report's lines, one per status that occurred, naming every student:
    ``"2 added: Ada Lovelace, Ben Okri"``."""
    by_status: dict[str, list[str]] = {}
    for outcome in outcomes:
        who = outcome.student or Path(outcome.file).name
        by_status.setdefault(outcome.status, []).append(who)
    lines = []
    for status in STATUS_ORDER:
        names = by_status.get(status)
        if names:
            lines.append(f"{len(names)} {status}: {', '.join(names)}")
    return lines


class Classroom:
    def __init__(self, database: AppDatabase, lesson: Lesson) -> None:
        self.database = database
        self.pack_lesson = lesson  # as the pack has it; ``lesson`` is as the teacher grades it
        self.repository = ClassRepository(database.db)
        self.key_repository = KeyChangeRepository(database.db)
        self._class_read: tuple[tuple[int, int], dict[str, list[Annotation]]] | None = None
        self._graded: tuple[tuple[tuple[int, int], KeyChanges], dict[str, StudentGrade]] | None
        self._graded = None
        self._key: tuple[tuple[int, int], KeyChanges, Lesson] | None = None

    @property
    def lesson(self) -> Lesson:
        """The lesson with its key as the teacher changed it: the pack's claims, then those
        accepted from the class (``key_changes.effective_lesson``); the pack's own lesson
        while nothing is accepted."""
        return self._key_state()[2]

    def key_changes(self) -> KeyChanges:
        """The teacher's changes to this lesson's key, in the order they were made."""
        return self._key_state()[1]

    def _key_state(self) -> tuple[tuple[int, int], KeyChanges, Lesson]:
        try:
            stamp = self._data_stamp()
        except sqlite3.ProgrammingError:  # the database is closed: the key as last read
            return self._key or ((-1, -1), KeyChanges(), self.pack_lesson)
        if self._key is None or self._key[0] != stamp:
            changes = KeyChanges(tuple(self.key_repository.for_lesson(self.pack_lesson.id)))
            if self._key is not None and self._key[1] == changes:
                self._key = (stamp, changes, self._key[2])
            else:
                self._key = (stamp, changes, effective_lesson(self.pack_lesson, changes))
        return self._key

    def change_key(self, write: Callable[..., object], *args: object) -> object:
        """Writes a change of the key: ``write(lesson id, *args)``, the key repository's
        ``add`` or ``remove``. The class is graded again on the next read, without reading its
        annotations again."""
        before = self._data_stamp()
        done = write(self.pack_lesson.id, *args)
        after = self._data_stamp()
        if self._class_read is not None and self._class_read[0] == before:
            self._class_read = (after, self._class_read[1])
        self._key = None
        return done

    # -- importing

    def import_paths(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> list[ImportOutcome]:
        """Imports files and every submission file in folders; ``progress(done, total, name)``.

        Each file is its own transaction and its own outcome: whatever one file does, it is
        reported as refused with the reason, and the files after it are still imported.
        ``progress`` may return True to stop before the next file (a cancelled dialog).
        """
        files, outcomes = scan_submission_files(paths)
        for number, path in enumerate(files, start=1):
            outcomes.append(self._import_one(path))
            if progress is not None and progress(number, len(files), path.name):
                break
        return outcomes

    def _import_one(self, path: Path) -> ImportOutcome:
        try:
            return self.import_file(path)
        except Exception as error:  # the batch boundary: one file must not stop the class
            return ImportOutcome(str(path), REFUSED, f"it could not be imported ({error})")

    def import_file(self, path: str | Path) -> ImportOutcome:
        path = Path(path)
        try:
            data = read_bounded(path, MAX_SUBMISSION_BYTES)
            submission = parse_submission(data, path.name)
        except FileRefused as error:
            return ImportOutcome(str(path), REFUSED, error.reason)
        except OSError as error:
            return ImportOutcome(str(path), REFUSED, f"cannot read it ({error.strerror})")
        except SubmissionError as error:
            return ImportOutcome(str(path), REFUSED, str(error))
        return self.import_submission(submission, str(path))

    def import_submission(self, submission: Submission, source: str) -> ImportOutcome:
        student = submission.student_name
        if submission.lesson_id != self.lesson.id:
            return ImportOutcome(
                source,
                REFUSED,
                f"it is for the lesson '{submission.lesson_id}', not '{self.lesson.id}'",
                student,
            )
        repeated = _first_repeated_id(submission.annotations)
        if repeated is not None:
            return ImportOutcome(
                source, REFUSED, f"it holds the annotation id '{repeated}' more than once", student
            )
        decision = admission.admit(
            submission,
            [_entry(s) for s in self.submissions()],
            self.repository.held_checksums(self.lesson.id),
            self.roster_entries(),
            datetime.now(UTC),
        )
        if decision.action == admission.UNCHANGED:
            return ImportOutcome(source, UNCHANGED, decision.reason, student, flags=decision.flags)
        if decision.action == admission.OLDER:
            return ImportOutcome(source, KEPT_NEWER, decision.reason, student, flags=decision.flags)
        annotations, reanchored, out_of_place = self._place(submission)
        for annotation in annotations:
            if not self.lesson.has_article(annotation.article_id):
                return ImportOutcome(
                    source, REFUSED, f"it names an unknown article '{annotation.article_id}'"
                )
        held = decision.action == admission.HOLD
        updating = decision.action == admission.UPDATE
        key = decision.key if updating else new_student_key()
        self.repository.store(
            submission,
            annotations,
            key=key,
            source_file=source,
            imported=now_iso(),
            identity=_identity(submission, decision),
        )
        orphans = tuple(a.quote.exact for a in annotations if a.orphaned)
        status = HELD_BACK if held else UPDATED if updating else ADDED
        reason = decision.reason
        if reanchored:
            reason = _join(
                reason,
                f"made with version {submission.lesson_version}; "
                f"re-anchored to {self.lesson.version}",
            )
        if out_of_place:
            reason = _join(
                reason,
                f"{out_of_place} annotation(s) did not match the article at their offsets; "
                "placed by their quote",
            )
        return ImportOutcome(source, status, reason, student, reanchored, orphans, decision.flags)

    def _place(self, submission: Submission) -> tuple[list[Annotation], bool, int]:
        """The submission's annotations placed in this lesson's text: re-anchored if it was
        made with another version; if made with this one, each checked against the article,
        and one whose offsets do not hold its quote placed by the quote (or orphaned), never
        stored as it came. Returns the annotations, whether the version differed, and how many
        of this version's were out of place."""
        if submission.content_hash != self.lesson.content_hash:
            return [reanchor(a, self.lesson) for a in submission.annotations], True, 0
        placed = [
            a if sits_in(a, self.lesson) else reanchor(a, self.lesson)
            for a in submission.annotations
        ]
        moved = sum(1 for a, b in zip(placed, submission.annotations, strict=True) if a is not b)
        return placed, False, moved

    # -- reading and grading

    def submissions(self) -> list[StoredSubmission]:
        """The class: every submission that is in it (not those held for the teacher)."""
        return self.repository.submissions_for(self.lesson.id)

    def held(self) -> list[StoredSubmission]:
        """The submissions waiting for the teacher to decide, oldest import first."""
        held = self.repository.submissions_for(self.lesson.id, HELD)
        return sorted(held, key=lambda s: (s.imported, s.student_key))

    def submission(self, student_key: str) -> StoredSubmission | None:
        return self.repository.submission(self.lesson.id, student_key)

    def roster_entries(self) -> list[RosterEntry]:
        """The class roster (the database's; empty when the teacher has given none)."""
        return RosterRepository(self.database.db).entries()

    def standings(self) -> dict[str, Standing]:
        """Each student's roster entry, date, lateness and flags, by student key."""
        roster = {entry.key: entry for entry in self.roster_entries()}
        due = self.lesson.due_time
        return {
            stored.student_key: Standing(
                roster=roster.get(stored.roster_key),
                submitted=stored.submitted,
                late_by=late_by(admission.moment(stored.submitted), due),
                flags=tuple(stored.flags.split()),
                number=stored.submission_number,
            )
            for stored in self.submissions()
        }

    def annotations_by_student(self) -> dict[str, list[Annotation]]:
        """Every student's annotations, by student key.

        The class is read from the database once and kept while it is unchanged: opening the
        review window needs it for the grades, the heat map and the agreement, and each export
        for its results, and a class of 40 x 300 annotations takes about 0.1 s to read. A change
        (through this connection, or committed by another, another process included) makes
        the next call read it again. The lists are copies; the annotations are immutable.
        """
        stamp = self._data_stamp()
        if self._class_read is None or self._class_read[0] != stamp:
            self._class_read = (stamp, self.repository.annotations_by_student(self.lesson.id))
        return {key: list(work) for key, work in self._class_read[1].items()}

    def _data_stamp(self) -> tuple[int, int]:
        """Changes whenever the database may have: ``data_version`` moves with every commit of
        another connection, ``total_changes`` with every row this connection writes."""
        conn = self.database.conn
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def grades(self) -> dict[str, StudentGrade]:
        """Every student's grade against the key, by student key (graded again only when the
        class has changed, as :meth:`annotations_by_student` reads it again)."""
        by_student = self.annotations_by_student()
        assert self._class_read is not None
        _stamp, changes, lesson = self._key_state()
        state = (self._class_read[0], changes)
        if self._graded is None or self._graded[0] != state:
            grades = grade_class(by_student, lesson, changes.credits_for(by_student))
            self._graded = (state, grades)
        return dict(self._graded[1])

    def results(self) -> dict[str, StudentResult]:
        """Everything a report needs per student (work, grade, override, feedback), by key."""
        by_student = self.annotations_by_student()
        grades = self.grades()
        feedback = self.repository.annotation_feedback_for(self.lesson.id)
        roster = {entry.key: entry for entry in self.roster_entries()}
        claims = self.repository.linked_claims_by_student(self.lesson.id)
        return {
            stored.student_key: StudentResult(
                name=stored.student_name,
                student_id=_shown_id(stored, roster),
                annotations=by_student.get(stored.student_key, []),
                grade=grades[stored.student_key],
                override=stored.override,
                feedback=stored.feedback,
                annotation_feedback=feedback.get(stored.student_key, {}),
                claims=tuple(claims.get(stored.student_key, ())),
            )
            for stored in self.submissions()
        }

    def record_grades(self) -> dict[str, StudentResult]:
        """:meth:`results`, and the same grades written to the ``grades`` table (replacing the
        lesson's earlier ones) for the teacher to query: what ``annotator class grade`` and the
        review window do when they grade the class."""
        results = self.results()
        rows = grade_rows(results, self.lesson.version)
        self._judge(GradeRepository(self.database.db).replace, rows)
        return results

    def agreement(self) -> dict[str, ArticleAgreement]:
        """How far the students agree, article by article (in the lesson's order)."""
        return lesson_agreement(self.lesson, self.annotations_by_student())

    # -- the teacher's judgement

    def set_override(self, student_key: str, score: float | None) -> None:
        if score is not None and not 0 <= score <= 100:
            raise ValueError("an override is a score from 0 to 100")
        self._judge(self.repository.set_override, student_key, score)
        self._judge(GradeRepository(self.database.db).set_final, student_key, score)

    def set_feedback(self, student_key: str, feedback: str) -> None:
        self._judge(self.repository.set_feedback, student_key, feedback)

    def set_annotation_feedback(self, student_key: str, annotation_id: str, text: str) -> None:
        self._judge(self.repository.set_annotation_feedback, student_key, annotation_id, text)

    def _judge(self, write, *args) -> None:
        """Writes the teacher's judgement. It changes no annotation and no grade (results() reads
        overrides and feedback afresh), so a class read that was current before the write stays
        current: the teacher's typing must not re-read 12,000 annotations per keystroke."""
        before = self._data_stamp()
        write(self.lesson.id, *args)
        after = self._data_stamp()
        if self._class_read is not None and self._class_read[0] == before:
            self._class_read = (after, self._class_read[1])
        if self._graded is not None and self._graded[0][0] == before:
            self._graded = ((after, self._graded[0][1]), self._graded[1])
        if self._key is not None and self._key[0] == before:
            self._key = (after, *self._key[1:])


def submission_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, plus every ``*.submission.json`` inside named folders, sorted, once."""
    return scan_submission_files(paths)[0]


def scan_submission_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[ImportOutcome]]:
    """The files to import, and the refusals found while looking for them.

    In a folder the teacher chose, a link that leads outside it is refused (it could name any
    file on the machine, or a device), and so is anything that is not a regular file.
    """
    found: dict[str, Path] = {}
    refused: list[ImportOutcome] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found[str(path.resolve())] = path
            continue
        folder = path.resolve()
        for root, _dirs, names in os.walk(path):
            for name in sorted(names):
                if not name.endswith(SUFFIX):
                    continue
                candidate = Path(root) / name
                real = candidate.resolve()
                if not real.is_relative_to(folder):
                    reason = "a link to a file outside the folder you chose; not read"
                    refused.append(ImportOutcome(str(candidate), REFUSED, reason))
                elif not real.is_file():
                    reason = "not a regular file (a device, pipe or socket); not read"
                    refused.append(ImportOutcome(str(candidate), REFUSED, reason))
                else:
                    found[str(real)] = candidate
    return [found[key] for key in sorted(found)], refused


def _first_repeated_id(annotations: Iterable[Annotation]) -> str | None:
    seen: set[str] = set()
    for annotation in annotations:
        if annotation.id in seen:
            return annotation.id
        seen.add(annotation.id)
    return None


def new_student_key() -> str:
    """The app's own name for one imported submission, made once and never reused."""
    return "s-" + uuid.uuid4().hex[:16]


def _entry(stored: StoredSubmission) -> admission.Entry:
    return admission.Entry(
        key=stored.student_key,
        name=stored.student_name,
        workspace_id=stored.workspace_id,
        number=stored.submission_number,
        proof=stored.proof,
        claim=stored.claim,
        roster_key=stored.roster_key,
        submitted=stored.submitted,
        checksum=stored.checksum,
    )


def _identity(submission: Submission, decision: admission.Decision) -> dict[str, object]:
    """The stored columns of who a submission is from, and what became of it."""
    stamp = submission.workspace
    held = decision.action == admission.HOLD
    return {
        "workspace_id": stamp.workspace_id if stamp else "",
        "submission_number": stamp.number if stamp else 0,
        "proof": stamp.proof if stamp else "",
        "claim": claim_of(submission.student_name, submission.student_id),
        "roster_key": decision.roster_key,
        "state": HELD if held else ACTIVE,
        "held_reason": decision.reason if held else "",
        "held_against": decision.key if held else "",
        "flags": " ".join(decision.flags),
    }


def _shown_id(stored: StoredSubmission, roster: dict[str, RosterEntry]) -> str:
    """The id a student is shown and exported with: the roster's, else the one typed."""
    entry = roster.get(stored.roster_key)
    return entry.shown_id if entry is not None and entry.shown_id else stored.student_id


def _join(first: str, second: str) -> str:
    return f"{first}; {second}" if first else second
