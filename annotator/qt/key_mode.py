"""Key mode: the teacher tags the answer key in the student's own three-pane window.

The lesson being made is opened in a :class:`~annotator.qt.main_window.MainWindow` on a
database of its own (in a temporary folder, removed when key mode ends), so the articles, word
snapping, the number keys, notes, undo and the list are the students' own: tagging the key is
exactly as fast as tagging an answer. A dock (``key-span-details``) adds what a key span has
beyond a student's highlight: its points and the other tags it accepts. The note is the
rationale. When the teacher is done (``use-as-key``), the highlights become the key
(:func:`~annotator.core.annotations.key_tagging.key_from_annotations`), whose ``exact`` and
``prefix`` the app writes when the pack is saved.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QToolBar,
    QWidget,
)

from annotator.core.annotations.annotation import Annotation, annotation_in
from annotator.core.annotations.key import KEY_AUTHOR
from annotator.core.annotations.key_tagging import key_from_annotations, key_linked_claims
from annotator.core.annotations.linked_claim import LinkedClaim
from annotator.core.lessons.authoring.key_spans import KeyDetails, moved_key
from annotator.core.lessons.lesson import Alternative, KeyLinkedClaim, KeySpan, Lesson
from annotator.core.text.selectors import TextPositionSelector
from annotator.core.text.words import snap_to_words
from annotator.qt.core_texts import tag_label

DEFAULT_ALTERNATIVE_CREDIT = 0.75


class KeyMode(QObject):
    """The key-mode window on ``lesson``, its highlights seeded from ``key``."""

    key_done = Signal(object)  # tuple[KeySpan, ...]; the linked claims in linked_claims

    def __init__(
        self,
        lesson: Lesson,
        key: tuple[KeySpan, ...] = (),
        linked_claims: tuple[KeyLinkedClaim, ...] = (),
    ) -> None:
        super().__init__()
        from annotator.qt.app import build_main_window

        self.lesson = lesson
        # The key's linked claims: those it was opened with, then as the teacher linked them
        # (L, as students link claims); read by whoever takes ``key_done``.
        self.linked_claims = linked_claims
        self._folder = Path(tempfile.mkdtemp(prefix="annotator-key-"))
        self.details: dict[str, KeyDetails] = {}
        self.key_words: dict[str, tuple] = {}
        self._seed(self._folder / "key.db", key)
        self.window = build_main_window(self._folder / "key.db", lesson, student=KEY_AUTHOR)
        self.window.setWindowTitle(self.tr("Answer key — {title}").format(title=lesson.title))
        self.window.destroyed.connect(self._remove_folder)
        self._add_details_dock()
        toolbar = QToolBar(self.tr("Answer key"), objectName="key-mode-toolbar")
        self.done_action = QAction(self.tr("Use These Tags as the Key"), self.window)
        self.done_action.setObjectName("use-as-key")
        self.done_action.triggered.connect(self.finish)
        toolbar.addAction(self.done_action)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        # The key is the teacher's: nothing to hand in, and the note is the rationale.
        self.window.menus.submit_action.setVisible(False)
        self.window.side_panel.note_edit.setPlaceholderText(
            self.tr("Rationale: why this is in the key (students read it with their results)")
        )
        self.window.statusBar().showMessage(
            self.tr(
                "Key mode: tag each claim students should find (1, 2, 3); the note is its "
                "rationale. Set points and accepted tags on the right."
            )
        )

    def _seed(self, db_path: Path, key: tuple[KeySpan, ...]) -> None:
        """The key's spans, placed in this lesson, saved as the window's first highlights."""
        from annotator.services.workspace import Workspace
        from annotator.storage.database import open_database

        placed, _problems = moved_key(key, self.lesson)
        database = open_database(db_path)
        try:
            self._seed_into(Workspace(database, self.lesson, KEY_AUTHOR), placed)
        finally:
            database.close()

    def _seed_into(self, workspace, placed: tuple[KeySpan, ...]) -> None:
        """The key's spans as the window's highlights, its linked claims as linked claims."""
        members: dict[str, list[Annotation]] = {}
        for span in placed:
            annotation = annotation_in(
                self.lesson,
                span.article_id,
                span.position.start,
                span.position.end,
                span.tag,
                student=KEY_AUTHOR,
                note=span.note,
            )
            workspace.add(annotation)
            self.details[annotation.id] = KeyDetails(span.points, span.alternatives)
            self.key_words[annotation.id] = span.key_words
            members.setdefault(span.linked_claim, []).append(annotation)
        claims = {claim.id: claim for claim in self.linked_claims if claim.id in members}
        workspace.write_claims(
            {c.id: LinkedClaim(c.id, c.title, self.lesson.id) for c in claims.values()},
            tuple(a.with_changes(claim_id=i) for i in claims for a in members[i]),
        )

    # -- the details of the current span

    def _add_details_dock(self) -> None:
        panel = QWidget()
        form = QFormLayout(panel)
        self.current_label = QLabel(self.tr("Select a highlight"), objectName="key-span-words")
        self.current_label.setWordWrap(True)
        form.addRow(self.current_label)
        self.points = QDoubleSpinBox(objectName="key-points", decimals=1, minimum=0.5)
        self.points.setRange(0.5, 20)
        self.points.setSingleStep(0.5)
        self.points.valueChanged.connect(self._details_edited)
        form.addRow(self.tr("Points"), self.points)
        self.alternatives: dict[str, QCheckBox] = {}
        for tag in self.lesson.tags:
            box = QCheckBox(tag_label(tag), objectName=f"key-alternative-{tag.name}")
            box.toggled.connect(self._details_edited)
            self.alternatives[tag.name] = box
            form.addRow(self.tr("Also accept") if len(self.alternatives) == 1 else "", box)
        self.credit = QDoubleSpinBox(objectName="key-alternative-credit", decimals=2)
        self.credit.setRange(0.5, 1.0)
        self.credit.setSingleStep(0.05)
        self.credit.setValue(DEFAULT_ALTERNATIVE_CREDIT)
        self.credit.valueChanged.connect(self._details_edited)
        form.addRow(self.tr("Their credit"), self.credit)
        self.key_words_label = QLabel(objectName="key-words")
        self.key_words_label.setWordWrap(True)
        form.addRow(self.tr("Key words"), self.key_words_label)
        self.add_words = QPushButton(self.tr("Selected Words Carry the Claim"))
        self.add_words.setObjectName("key-words-from-selection")
        self.add_words.setToolTip(
            self.tr(
                "Select words inside the highlight first: a student who covers two thirds "
                "of its key words finds the claim"
            )
        )
        self.add_words.clicked.connect(self.add_selected_key_words)
        self.clear_words = QPushButton(self.tr("All Its Words"), objectName="key-words-clear")
        self.clear_words.clicked.connect(self.clear_key_words)
        form.addRow(self.add_words)
        form.addRow(self.clear_words)
        dock = QDockWidget(self.tr("Key span"), self.window, objectName="key-span-details")
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.dock = dock
        self._current: Annotation | None = None
        self._showing = False
        self.window.side_panel.current_changed.connect(self.show_details)
        self.show_details(None)

    def show_details(self, annotation: Annotation | None) -> None:
        self._current = annotation
        self._showing = True
        enabled = annotation is not None
        for widget in (self.points, self.credit, self.add_words, self.clear_words):
            widget.setEnabled(enabled)
        for box in self.alternatives.values():
            box.setEnabled(enabled)
        self._show_key_words()
        if annotation is None:
            self.current_label.setText(self.tr("Select a highlight to set its points"))
        else:
            details = self.details.get(annotation.id, KeyDetails())
            self.current_label.setText(annotation.quote.exact[:200])
            self.points.setValue(details.points)
            accepted = {a.tag: a.credit for a in details.alternatives}
            for name, box in self.alternatives.items():
                box.setChecked(name in accepted)
                box.setEnabled(name != annotation.tag)
            if accepted:
                self.credit.setValue(min(accepted.values()))
        self._showing = False

    def _details_edited(self, *_args) -> None:
        if self._showing or self._current is None:
            return
        credit = self.credit.value()
        alternatives = tuple(
            Alternative(name, credit)
            for name, box in self.alternatives.items()
            if box.isChecked() and name != self._current.tag
        )
        self.details[self._current.id] = KeyDetails(self.points.value(), alternatives)

    def set_details(self, annotation: Annotation, points: float, accept: tuple[str, ...] = ()):
        """Sets a span's points and accepted tags as the teacher does in the dock."""
        self.window.side_panel.select_annotation(annotation.id)
        self.show_details(annotation)
        self.points.setValue(points)
        for name, box in self.alternatives.items():
            box.setChecked(name in accept)
        self._details_edited()

    def _show_key_words(self) -> None:
        current = self._current
        words = self.key_words.get(current.id, ()) if current is not None else ()
        if current is None or not words:
            self.key_words_label.setText(self.tr("all the words of the span"))
            return
        text = self.lesson.article(current.article_id).text.text
        self.key_words_label.setText(" | ".join(text[w.start : w.end] for w in words))

    def add_selected_key_words(self) -> bool:
        """The words selected in the current highlight's article become key words of it."""
        view = self.window.active_view()
        current = self._current
        if current is None or view is None or view.article.id != current.article_id:
            return False
        text = self.lesson.article(current.article_id).text.text
        start, end = snap_to_words(text, *view.selection())
        if not (current.start <= start < end <= current.end):
            self.window.statusBar().showMessage(
                self.tr("Select words inside the highlight, then press the button again."), 5000
            )
            return False
        words = (*self.key_words.get(current.id, ()), TextPositionSelector(start, end))
        self.key_words[current.id] = tuple(sorted(set(words), key=lambda w: w.start))
        self._show_key_words()
        return True

    def clear_key_words(self) -> None:
        if self._current is not None:
            self.key_words.pop(self._current.id, None)
            self._show_key_words()

    # -- done

    def key(self) -> tuple[KeySpan, ...]:
        """The key as tagged so far."""
        self.window.side_panel.save_note_now()
        workspace = self.window.workspace
        annotations = workspace.current_annotations()
        spans = key_from_annotations(self.lesson, annotations, self.details, self.key_words)
        titles = {claim.id: claim.title for claim in workspace.linked_claims()}
        spans, self.linked_claims = key_linked_claims(
            self.lesson, spans, titles, self.linked_claims
        )
        return spans

    def finish(self) -> None:
        key = self.key()
        self.key_done.emit(key)
        self.window.close()
        self.window.deleteLater()  # closes its database, then the folder is removed

    def _remove_folder(self, *_args) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)


def open_key_mode(
    lesson: Lesson,
    key: tuple[KeySpan, ...],
    done: Callable,
    linked_claims: tuple[KeyLinkedClaim, ...] = (),
) -> KeyMode:
    mode = KeyMode(lesson, key, linked_claims)
    mode.key_done.connect(done)
    mode.window.show()
    return mode
