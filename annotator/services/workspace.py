"""A student's workspace: one lesson, one database, the operations that change annotations.

Every operation writes to the database and commits before it returns, so whatever the caller
shows afterwards is already safe on disk. The Qt layer wraps each operation in an undoable
command; the CLI and tests call them directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.annotations.annotation import Annotation, annotation_in
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.annotations.reanchor import Placing
from annotator.core.lessons.lesson import Lesson
from annotator.core.text.selectors import trim_to_words
from annotator.core.text.words import snap_to_words
from annotator.storage.database import AppDatabase, write_transaction
from annotator.storage.linked_claim_repository import LinkedClaimRepository
from annotator.storage.repositories import (
    AnnotationRepository,
    LessonRepository,
    SettingsRepository,
)

STUDENT_NAME = "student_name"
STUDENT_ID = "student_id"
LAST_LESSON = "last_lesson_source"


class EmptySelectionError(ValueError):
    """The selection holds no text to tag (empty or only white space)."""


@dataclass(frozen=True)
class ReanchorReport:
    moved: int
    orphaned: list[Annotation]
    recovered: int


class Workspace:
    def __init__(self, database: AppDatabase, lesson: Lesson, student: str = "") -> None:
        self.database = database
        self.lesson = lesson
        self.annotations = AnnotationRepository(database.db)
        self.settings = SettingsRepository(database.db)
        self.lessons = LessonRepository(database.db)
        self.claims = LinkedClaimRepository(database.db)
        remembered = self.settings.get(STUDENT_NAME, "")
        self.student = student.strip() or remembered
        if self.student != remembered:
            self.settings.set(STUDENT_NAME, self.student)  # asked once, remembered

    # -- who is annotating

    def set_student(self, name: str) -> None:
        self.student = name.strip()
        self.settings.set(STUDENT_NAME, self.student)

    # -- opening

    def open_lesson(self) -> ReanchorReport:
        """Records the lesson as opened; if its pack changed, re-anchors its annotations."""
        placing = self.placing()
        placing.run()
        return self.finish_opening(placing)

    def placing(self) -> Placing:
        """The re-anchoring that opening the lesson needs: the annotations to place again if
        its pack changed since it was last opened, else none. Nothing is written: run it (on
        any thread), then :meth:`finish_opening` here."""
        seen = self.lessons.seen(self.lesson.id)
        if seen is not None and seen["content_hash"] == self.lesson.content_hash:
            return Placing([], self.lesson)
        return self._placing_all()

    def finish_opening(self, placing: Placing) -> ReanchorReport:
        """Saves what ``placing`` (done) changed, and records the lesson as opened."""
        report = self._save_placed(placing)
        self.lessons.record_opened(self.lesson)
        return report

    def reanchor(self) -> ReanchorReport:
        """Places each annotation in the current text; what cannot be placed is orphaned."""
        placing = self._placing_all()
        placing.run()
        return self._save_placed(placing)

    def _placing_all(self) -> Placing:
        current = self.lesson.content_hash
        return Placing(
            (
                annotation
                for annotation in self.annotations.for_lesson(self.lesson.id)
                if annotation.pack_hash != current or annotation.orphaned
            ),
            self.lesson,
        )

    def _save_placed(self, placing: Placing) -> ReanchorReport:
        assert placing.done, "placing still running"
        changed: list[Annotation] = []
        orphaned: list[Annotation] = []
        moved = recovered = 0
        for annotation, updated in placing.placed:
            if updated.orphaned:
                orphaned.append(updated)
            elif annotation.orphaned:
                recovered += 1
            if updated.position != annotation.position:
                moved += 1
            if updated != annotation:
                changed.append(updated)
        if changed:
            self.annotations.save_many(changed)
        return ReanchorReport(moved, orphaned, recovered)

    # -- reading

    def current_annotations(self) -> list[Annotation]:
        return self.annotations.for_lesson(self.lesson.id)

    # -- the operations (each commits before it returns)

    def prepare(
        self,
        article_id: str,
        start: int,
        end: int,
        tag: str,
        note: str = "",
        *,
        exact: bool = False,
    ) -> Annotation:
        """A new annotation for a selection, not yet saved; raises on an empty selection.

        The selection is snapped to whole words (:func:`snap_to_words`), as the article view
        shows it; ``exact`` keeps the characters as selected, trimming only white space.
        """
        if tag not in self.lesson.tags:
            raise ValueError(f"'{tag}' is not a tag of this lesson")
        text = self.lesson.article(article_id).text.text
        snap = trim_to_words if exact else snap_to_words
        start, end = snap(text, max(0, start), min(end, len(text)))
        if start >= end:
            raise EmptySelectionError("Select some words first: the selection is empty.")
        return annotation_in(
            self.lesson, article_id, start, end, tag, student=self.student, note=note
        )

    def add(self, annotation: Annotation) -> Annotation:
        self.annotations.add(annotation)
        return annotation

    def restore(self, annotation: Annotation) -> Annotation:
        """Brings back a deleted annotation exactly as it was (used by undo)."""
        self.annotations.save(annotation)
        return annotation

    def replace(self, annotation: Annotation) -> Annotation:
        """Saves a changed annotation (tag, note): the caller made it with ``with_changes``."""
        self.annotations.save(annotation)
        return annotation

    def delete(self, annotation: Annotation) -> Annotation:
        self.annotations.delete(annotation.id)
        return annotation

    # -- linked claims (services/linked_claims.py plans each change; this writes it)

    def linked_claims(self) -> list[LinkedClaim]:
        """The student's linked claims in this lesson, by title (empty ones included)."""
        return self.claims.for_lesson(self.lesson.id)

    def linked_claim(self, claim_id: str) -> LinkedClaim | None:
        return self.claims.get(claim_id)

    def write_claims(
        self, claims: dict[str, LinkedClaim | None], annotations: tuple[Annotation, ...]
    ) -> None:
        """Saves (or, for None, deletes) each claim by id and saves the annotations, in one
        transaction: a link, an unlink or its undo is on disk whole or not at all."""
        with write_transaction(self.database.db):
            for claim_id, claim in claims.items():
                if claim is None:
                    self.claims.delete(claim_id)
                else:
                    self.claims.save(claim)
            if annotations:
                self.annotations.save_many(list(annotations))

    # -- what the windows ask for (they never reach a repository themselves)

    def annotation(self, annotation_id: str) -> Annotation | None:
        """The annotation as saved now (deleted ones are not found)."""
        return self.annotations.get(annotation_id)

    @property
    def student_id(self) -> str:
        """The student ID given at the last submission ("" if none was ever given)."""
        return self.settings.get(STUDENT_ID, "")

    def set_student_id(self, student_id: str) -> None:
        self.settings.set(STUDENT_ID, student_id)

    def recent_lessons(self) -> list[RecentLesson]:
        """The lessons opened on this computer, most recent first."""
        return [
            RecentLesson(row["lesson_id"], row["title"], row["source"] or "")
            for row in self.lessons.recent()
        ]

    def remember_lesson_source(self, source: str) -> None:
        """Where the lesson now open came from (a pack's folder or zip)."""
        self.settings.set(LAST_LESSON, source)


@dataclass(frozen=True)
class RecentLesson:
    lesson_id: str
    title: str
    source: str  # the pack's folder or zip; "" if it was never opened from a file
