"""Linking the same claim across the articles, in the student's window.

Select a span (or stand in a highlight, or choose a row of the list) and press **L**: the
"Same claim as…" dialog (:mod:`annotator.qt.claim_dialog`) asks which claim it joins, a new
one with a title or one of the student's, whom the outlet credits, and offers passages of the
other articles that may report the same thing. **Shift+L** unlinks, **Ctrl+Shift+L** shows the
comparison of claims across outlets. The articles' context menu has "Same claim as…" with the
student's claims, and a row of the list dragged onto another links the two
(:mod:`annotator.qt.claim_drag`).

This controller is made by the main window's side panel hook (:meth:`ClaimLinking.install`)
and keeps to its own module: the window gives it the lesson's operations, the views and the
panel; every change goes through :mod:`annotator.qt.claim_operations`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.qt.claim_dialog import ClaimChoice, ClaimDialog, Passage
from annotator.qt.claim_operations import ClaimOperations, claim_operations

if TYPE_CHECKING:
    from annotator.core.annotations.annotation import Annotation
    from annotator.core.annotations.linked_claim import LinkedClaim
    from annotator.qt.main_window import MainWindow
    from annotator.qt.side_panel import SidePanel


class ClaimLinking(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("claim-linking")
        self.window = window
        self.dialog: ClaimDialog | None = None
        self._target: tuple[str, int, int, Annotation | None] | None = None
        self._extra: tuple[Annotation, ...] = ()  # a row dropped on the target: linked too
        self._wired: set[int] = set()
        self.link_action = self._action(
            self.tr("&Link Same Claim…"), "link-claim-action", "L", self.link_selection
        )
        self.link_action.setStatusTip(
            self.tr("Link the selection to the same claim in the other articles")
        )
        self.unlink_action = self._action(
            self.tr("&Unlink from Claim"), "unlink-claim-action", "Shift+L", self.unlink_current
        )
        self.menu = QMenu(self.tr("&Claims"), window, objectName="claims-menu")
        self.menu.addActions([self.link_action, self.unlink_action])
        window.menuBar().addMenu(self.menu)
        from annotator.qt.claim_suggestions import ClaimSuggester
        from annotator.qt.claims_view import ClaimsPanel

        self.panel = ClaimsPanel(self)
        self.suggester = ClaimSuggester(self)
        self.menu.addSeparator()
        self.menu.addAction(self.panel.toggle_action)
        window.lesson_did_open.connect(self._lesson_opened)
        window.saved_work_shown.connect(self._lesson_opened)

    @classmethod
    def install(cls, window: MainWindow, panel: SidePanel) -> ClaimLinking:
        """The window's claim linking (made once), attached to its new side ``panel``."""
        linking = window.findChild(ClaimLinking, "claim-linking") or cls(window)
        linking.attach_panel(panel)
        return linking

    def _action(self, text: str, name: str, key: str, slot) -> QAction:
        action = QAction(text, self.window, objectName=name)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def attach_panel(self, panel: SidePanel) -> None:
        from annotator.qt.claim_drag import RowDrag
        from annotator.qt.claim_editor import ClaimEditor

        self.editor = ClaimEditor(self, panel)
        panel.editor.layout().addWidget(self.editor)
        self.row_drag = RowDrag(panel, self.link_rows)
        self.suggester.attach_box(panel)

    # -- the lesson's operations

    @property
    def ready(self) -> bool:
        return self.window.ready

    @property
    def operations(self) -> ClaimOperations:
        return claim_operations(self.window.operations)

    def _lesson_opened(self, *_args) -> None:
        """Listens to the open lesson's operations (once each) and shows its claims."""
        if not self.ready:
            return
        self.suggester.prepare(self.window.lesson)
        for view in self.window.views.values():
            self.suggester.watch(view)
        annotation_ops = self.window.operations
        if id(annotation_ops) not in self._wired:
            self._wired.add(id(annotation_ops))
            claims = self.operations
            claims.claims_did_change.connect(self._claims_changed)
            for signal in (
                annotation_ops.annotation_did_add,
                annotation_ops.annotation_did_remove,
            ):
                signal.connect(self._claims_changed)
        self._claims_changed()

    def _claims_changed(self, *_args) -> None:
        self.editor.refresh()
        self.panel.refresh()
        self.suggester.box.show_passages(None)  # acted on: the next selection suggests anew

    # -- what the student asks for

    def claims_with_outlets(self) -> list[tuple[LinkedClaim, str]]:
        """The student's claims, each with the outlets of its members in words."""
        lesson = self.window.lesson
        outlets: dict[str, list[str]] = {}
        for annotation in self.window.model.annotations():
            if annotation.claim_id and lesson.has_article(annotation.article_id):
                names = outlets.setdefault(annotation.claim_id, [])
                outlet = lesson.article(annotation.article_id).outlet
                if outlet not in names:
                    names.append(outlet)
        return [(c, ", ".join(outlets.get(c.id, []))) for c in self.operations.claims()]

    def target(self) -> tuple[str, int, int, Annotation | None] | None:
        """What L links: the selected words (an annotation if one covers them exactly or
        holds them), else the highlight at the cursor, else the list's current annotation."""
        view = self.window.active_view()
        if view is not None:
            start, end = view.selection()
            if start < end:
                prepared = self._prepared(view.article.id, start, end, view.selection_is_exact())
                if prepared is None:
                    return None
                start, end = prepared
                for annotation in view.annotations_at(start):
                    if annotation.start <= start and end <= annotation.end:
                        return view.article.id, annotation.start, annotation.end, annotation
                return view.article.id, start, end, None
            if view.browser.hasFocus():
                for annotation in view.annotations_at(start):
                    return annotation.article_id, annotation.start, annotation.end, annotation
        current = self.window.side_panel.current() if self.window.side_panel else None
        if current is not None and not current.orphaned:
            return current.article_id, current.start, current.end, current
        return None

    def _prepared(self, article_id: str, start: int, end: int, exact: bool):
        from annotator.services.workspace import EmptySelectionError

        workspace = self.window.workspace
        try:
            first_tag = next(iter(workspace.lesson.tags)).name
            prepared = workspace.prepare(article_id, start, end, first_tag, exact=exact)
        except EmptySelectionError:
            return None
        return prepared.start, prepared.end

    def link_selection(self) -> ClaimDialog | None:
        """L: the dialog for what is selected; a word in the status bar if nothing is."""
        if not self.ready:
            return None
        target = self.target()
        if target is None:
            self.window.statusBar().showMessage(
                self.tr("Select words in an article (or a row of your list), then press L."),
                5000,
            )
            return None
        return self.open_dialog(target)

    def open_dialog(
        self, target: tuple[str, int, int, Annotation | None], claim: LinkedClaim | None = None
    ) -> ClaimDialog:
        article_id, start, end, annotation = target
        lesson = self.window.lesson
        text = lesson.article(article_id).text.text[start:end]
        current = None
        if annotation is not None and annotation.claim_id:
            current = self.window.workspace.linked_claim(annotation.claim_id)
        from annotator.services.linked_claims import COMMON_ATTRIBUTIONS

        tags = [] if annotation is not None else [(t.name, t.label) for t in lesson.tags]
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ClaimDialog(
            text,
            self.claims_with_outlets(),
            tags=tags,
            attribution=annotation.attribution if annotation is not None else "",
            attributions=COMMON_ATTRIBUTIONS,
            current=claim or current,
            parent=self.window,
        )
        self._target, self._extra = target, ()
        self.dialog.accepted.connect(self._dialog_accepted)
        self.dialog.finished.connect(lambda _result: self.window.activateWindow())
        self.dialog.open()
        self.suggester.suggest_into(self.dialog, article_id, start, end)
        return self.dialog

    def _dialog_accepted(self) -> None:
        if self.dialog is not None and self._target is not None:
            self.carry_out(self._target, self.dialog.choice(), self._extra)

    def carry_out(
        self,
        target: tuple[str, int, int, Annotation | None],
        choice: ClaimChoice,
        extra: tuple[Annotation, ...] = (),
    ) -> LinkedClaim | None:
        """Links the target span and the ticked passages as the student chose: spans not yet
        tagged are tagged first, all of it one step of undo."""
        article_id, start, end, annotation = target
        stack = self.window.operations.undo_stack
        stack.beginMacro(self.tr("Link to claim"))
        try:
            if annotation is None:
                annotation = self._tag(article_id, start, end, choice.tag)
            if annotation is None:
                return None
            members = [annotation, *extra]
            for passage in choice.passages:
                found = self._annotation_for(passage, annotation.tag)
                if found is not None:
                    members.append(found)
            claim = self.operations.link(members, choice.claim, choice.title)
            if claim is not None and choice.attribution != annotation.attribution:
                self.operations.set_attribution(annotation, choice.attribution)
        finally:
            stack.endMacro()
        if claim is not None:
            words = (
                self.tr("Linked the passage as “{title}”")
                if len(members) == 1
                else self.tr("Linked {count} passages as “{title}”")
            )
            self.window.statusBar().showMessage(
                words.format(count=len(members), title=claim.title), 5000
            )
            view = self.window.views.get(article_id)
            if view is not None:
                view.clear_selection()
            self.window.side_panel.select_annotation(annotation.id)
        return claim

    def _tag(self, article_id: str, start: int, end: int, tag: str) -> Annotation | None:
        workspace = self.window.workspace
        tag = tag or next(iter(workspace.lesson.tags)).name
        annotation = workspace.prepare(article_id, start, end, tag, exact=True)
        return annotation if self.window.operations.create(annotation) else None

    def _annotation_for(self, passage: Passage, tag: str) -> Annotation | None:
        """The student's annotation of a suggested passage: one on the same words if there
        is, else a new one with ``tag``."""
        for annotation in self.window.model.annotations():
            if (
                annotation.article_id == passage.article_id
                and not annotation.orphaned
                and annotation.start == passage.start
                and annotation.end == passage.end
            ):
                return annotation
        return self._tag(passage.article_id, passage.start, passage.end, tag)

    def link_to(self, claim: LinkedClaim) -> LinkedClaim | None:
        """Links the target straight into ``claim`` (the context menu's choice)."""
        target = self.target()
        if target is None or not self.ready:
            return None
        return self.carry_out(target, ClaimChoice(claim, claim.title, _keep(target), "", ()))

    def link_rows(self, source: Annotation, onto: Annotation) -> None:
        """A row dropped onto another: into the other's claim, or a new claim of both."""
        if source.id == onto.id or not self.ready:
            return
        if onto.claim_id:
            claim = self.window.workspace.linked_claim(onto.claim_id)
            if claim is not None:
                self.operations.link([source], claim)
                return
        self.open_dialog((onto.article_id, onto.start, onto.end, onto))
        self._extra = (source,)

    def unlink_current(self) -> bool:
        target = self.target() if self.ready else None
        annotation = target[3] if target is not None else None
        if annotation is None or not annotation.claim_id:
            self.window.statusBar().showMessage(self.tr("This passage is in no claim."), 5000)
            return False
        return self.operations.unlink([annotation])

    def add_to_menu(self, menu: QMenu) -> None:
        """The articles' context menu: "Same claim as…" with the student's claims."""
        if not self.ready:
            return
        same = menu.addMenu(self.tr("Same claim as…"))
        same.setObjectName("same-claim-menu")
        new = same.addAction(self.tr("New claim…"))
        new.triggered.connect(self.link_selection)
        claims = self.claims_with_outlets()
        if claims:
            same.addSeparator()
        for claim, outlets in claims:
            action = same.addAction(f"{claim.title} — {outlets}" if outlets else claim.title)
            action.triggered.connect(lambda _=False, c=claim: self.link_to(c))
        target = self.target()
        if target is not None and target[3] is not None and target[3].claim_id:
            menu.addAction(self.unlink_action)


def _keep(target: tuple[str, int, int, Annotation | None]) -> str:
    """The attribution a target has (kept when it is linked without the dialog)."""
    annotation = target[3]
    return annotation.attribution if annotation is not None else ""
