"""Accessible names and descriptions: what a screen reader says for each control.

A control's accessible *name* says what it is ("Note"), its *description* what it does or how
to use it. Qt takes a button's name from its text and a description from its tooltip; the
rest (text views, lists, editors, combo boxes) get theirs here, from one table by object name
(:data:`CONTROLS`), and :func:`describe_controls` fills in what is left from the form label
beside a field, a placeholder or a tooltip. ``tests/test_accessibility.py`` checks every
interactive control of both windows through Qt's accessibility interface
(``QAccessible.queryAccessibleInterface``).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTEXT = "Accessibility"

# object name: (name, description)
CONTROLS: dict[str, tuple[str, str]] = {
    "lesson-title": (
        QT_TRANSLATE_NOOP("Accessibility", "Lesson title"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "The title students see above the articles.",
        ),
    ),
    "lesson-id": (
        QT_TRANSLATE_NOOP("Accessibility", "Lesson id"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "A short name for the lesson in files: letters, digits and hyphens.",
        ),
    ),
    "lesson-version": (
        QT_TRANSLATE_NOOP("Accessibility", "Version"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "The lesson's version; saving an edited lesson raises it.",
        ),
    ),
    "instructions-editor": (
        QT_TRANSLATE_NOOP("Accessibility", "Instructions (Markdown)"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "What students read first, in Markdown; the preview shows it as they will.",
        ),
    ),
    "instructions-preview": (
        QT_TRANSLATE_NOOP("Accessibility", "Instructions preview"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "The instructions as students will see them.",
        ),
    ),
    "meta-outlet": (
        QT_TRANSLATE_NOOP("Accessibility", "Outlet"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Who published the article.",
        ),
    ),
    "meta-headline": (
        QT_TRANSLATE_NOOP("Accessibility", "Headline"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "The article's headline, word for word.",
        ),
    ),
    "meta-byline": (
        QT_TRANSLATE_NOOP("Accessibility", "Byline"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Who wrote the article, if the page says.",
        ),
    ),
    "meta-published": (
        QT_TRANSLATE_NOOP("Accessibility", "Published"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "When the article was published, as the page says.",
        ),
    ),
    "meta-source_url": (
        QT_TRANSLATE_NOOP("Accessibility", "Web address"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Where the article was published.",
        ),
    ),
    "meta-source_note": (
        QT_TRANSLATE_NOOP("Accessibility", "Source note"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "How the text was captured and what was cut.",
        ),
    ),
    "paragraph-list": (
        QT_TRANSLATE_NOOP("Accessibility", "Paragraphs"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "The article's paragraphs: Space unticks one that is not the article.",
        ),
    ),
    "paragraph-kind": (
        QT_TRANSLATE_NOOP("Accessibility", "Paragraph kind"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Marks the chosen paragraph as a paragraph, a heading, a caption or a standfirst.",
        ),
    ),
    "split-paragraph": (
        QT_TRANSLATE_NOOP("Accessibility", "Split at cursor"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Splits the chosen paragraph at the cursor, so that a part can be unticked.",
        ),
    ),
    "remove-paragraph": (
        QT_TRANSLATE_NOOP("Accessibility", "Remove or restore"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Leaves the chosen paragraph out of the article, or brings it back.",
        ),
    ),
    "paragraph-text": (
        QT_TRANSLATE_NOOP("Accessibility", "Paragraph text"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "The chosen paragraph's words, read only: place the cursor for a split.",
        ),
    ),
    "lesson-problems": (
        QT_TRANSLATE_NOOP("Accessibility", "Problems"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "What must be fixed before the lesson can be saved, one a line.",
        ),
    ),
    "instructions": (
        QT_TRANSLATE_NOOP("Accessibility", "Instructions"),
        QT_TRANSLATE_NOOP("Accessibility", "What to tag in this lesson, and how it is graded."),
    ),
    "instructions-toggle": (
        QT_TRANSLATE_NOOP("Accessibility", "Instructions"),
        QT_TRANSLATE_NOOP("Accessibility", "Shows or hides the instructions (F1)."),
    ),
    "tag-filter": (
        QT_TRANSLATE_NOOP("Accessibility", "Show tag"),
        QT_TRANSLATE_NOOP("Accessibility", "Lists only the annotations with this tag."),
    ),
    "article-filter": (
        QT_TRANSLATE_NOOP("Accessibility", "Show article"),
        QT_TRANSLATE_NOOP("Accessibility", "Lists only the annotations in this article."),
    ),
    "annotation-list": (
        QT_TRANSLATE_NOOP("Accessibility", "Your annotations"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Up and Down choose an annotation; Enter shows it in its article; Delete removes it; "
            "Tab goes on to its tag and note.",
        ),
    ),
    "note-editor": (
        QT_TRANSLATE_NOOP("Accessibility", "Note"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Your note on the chosen annotation, saved as you type; Tab leaves it.",
        ),
    ),
    "delete-annotation": (
        QT_TRANSLATE_NOOP("Accessibility", "Delete"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "Deletes the chosen annotation (Ctrl+Z brings it back)."
        ),
    ),
    "side-panel-toggle": (
        QT_TRANSLATE_NOOP("Accessibility", "Side panel"),
        QT_TRANSLATE_NOOP("Accessibility", "Shows or hides the instructions and the list (F9)."),
    ),
    "article-tabs": (
        QT_TRANSLATE_NOOP("Accessibility", "Articles"),
        QT_TRANSLATE_NOOP("Accessibility", "Brings an article into view (Ctrl+PgDown, Ctrl+PgUp)."),
    ),
    "review-chooser": (
        QT_TRANSLATE_NOOP("Accessibility", "Show"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "Whose work the articles show: a student, the answer key, the class."
        ),
    ),
    "students-table": (
        QT_TRANSLATE_NOOP("Accessibility", "Class"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "One row a student: Up and Down choose whose work the articles show; Tab goes on "
            "to the score override and the feedback.",
        ),
    ),
    "student-filter": (
        QT_TRANSLATE_NOOP("Accessibility", "Find a student"),
        QT_TRANSLATE_NOOP("Accessibility", "Lists only the students whose name has these letters."),
    ),
    "student-detail": (
        QT_TRANSLATE_NOOP("Accessibility", "Grade details"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "How the chosen student's grade was reached, highlight by highlight."
        ),
    ),
    "override": (
        QT_TRANSLATE_NOOP("Accessibility", "Score override"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "A score out of 100 in place of the computed one; lowest: automatic."
        ),
    ),
    "feedback": (
        QT_TRANSLATE_NOOP("Accessibility", "Feedback"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "Feedback to the chosen student, saved as you type; Tab leaves it."
        ),
    ),
    "annotation-feedback": (
        QT_TRANSLATE_NOOP("Accessibility", "Comment on this highlight"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "A comment on the highlight chosen in an article (Enter on a highlight, or a click).",
        ),
    ),
    "suggestions-table": (
        QT_TRANSLATE_NOOP("Accessibility", "Suggestions for the key"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "What several students tagged that the key lacks, most students first."
        ),
    ),
    "suggestions-min-students": (
        QT_TRANSLATE_NOOP("Accessibility", "Fewest students"),
        QT_TRANSLATE_NOOP("Accessibility", "Suggests what at least this many students tagged."),
    ),
    "key-changes-table": (
        QT_TRANSLATE_NOOP("Accessibility", "Your changes to the key"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "The claims you accepted, dismissed or credited to one student."
        ),
    ),
    # Linked claims: the same claim across the articles.
    "claim-suggestion-list": (
        QT_TRANSLATE_NOOP("Accessibility", "Same claim elsewhere?"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Passages in the other articles that may report the claim you selected; Enter or "
            "a click links one to it (L).",
        ),
    ),
    "claims-table": (
        QT_TRANSLATE_NOOP("Accessibility", "Claims compared across outlets"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "One row a linked claim, one column an article; Enter on a cell shows its passage "
            "in the article.",
        ),
    ),
    "claim-choices": (
        QT_TRANSLATE_NOOP("Accessibility", "Claim"),
        QT_TRANSLATE_NOOP(
            "Accessibility", "The linked claim to add the selection to, or a new claim."
        ),
    ),
    "claim-suggestions": (
        QT_TRANSLATE_NOOP("Accessibility", "Suggested passages in the other articles"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "Passages that may report the same claim: Space or Alt and the passage's number "
            "ticks one to link it too.",
        ),
    ),
    "class-claims-key": (
        QT_TRANSLATE_NOOP("Accessibility", "The key's linked claims"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "One row a claim the key links across outlets, with the students who linked it; "
            "choosing one shows it in its article.",
        ),
    ),
    "class-claims-students": (
        QT_TRANSLATE_NOOP("Accessibility", "The class's linked claims"),
        QT_TRANSLATE_NOOP(
            "Accessibility",
            "One row a claim a student linked, and which of the key's claims it earned.",
        ),
    ),
    # Parts Qt adds: the chevrons of a toolbar or menu bar too narrow, a table's corner.
    "qt_toolbar_ext_button": (
        QT_TRANSLATE_NOOP("Accessibility", "More"),
        QT_TRANSLATE_NOOP("Accessibility", "The toolbar's buttons that do not fit."),
    ),
    "qt_menubar_ext_button": (
        QT_TRANSLATE_NOOP("Accessibility", "More menus"),
        QT_TRANSLATE_NOOP("Accessibility", "The menus that do not fit."),
    ),
    "qt_tableview_cornerbutton": (
        QT_TRANSLATE_NOOP("Accessibility", "Select all"),
        QT_TRANSLATE_NOOP("Accessibility", "Selects every row of the table."),
    ),
}


def interactive_controls(root: QWidget) -> Iterator[QWidget]:
    """The controls of ``root`` a user can reach: buttons, fields, lists, text views, tab bars
    (not the parts Qt builds inside another control: a spin box's line edit, a combo box's
    list)."""
    kinds = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QTabBar,
    )
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or _inside_another_control(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(
            widget, QAbstractButton
        ):
            continue
        yield widget


def _inside_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    """What Qt's accessibility interface says for ``widget`` (what a screen reader reads); for
    a tab bar, which Qt reads tab by tab, what its tabs say (empty if any tab says nothing)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QTabBar):
        tabs = [interface.child(i) for i in range(interface.childCount())]
        texts = [tab.text(which) for tab in tabs if tab.role() == QAccessible.Role.PageTab]
        return "; ".join(texts) if texts and all(texts) else ""
    return interface.text(which)


def describe_controls(root: QWidget) -> None:
    """Names and describes every control of ``root``: from :data:`CONTROLS`, else from what
    the control shows (its form label, placeholder, tooltip or status tip)."""
    tr = QCoreApplication.translate
    for widget in interactive_controls(root):
        if isinstance(widget, QTabBar):  # a tab bar is read tab by tab: each needs a tooltip
            for index in range(widget.count()):
                if not widget.tabToolTip(index):
                    widget.setTabToolTip(index, widget.tabText(index).replace("&", ""))
        known = CONTROLS.get(widget.objectName())
        if known is not None:
            widget.setAccessibleName(tr(CONTEXT, known[0]))
            widget.setAccessibleDescription(tr(CONTEXT, known[1]))
            continue
        if not accessible_text(widget, QAccessible.Text.Name):
            name = _label_for(widget) or getattr(widget, "placeholderText", lambda: "")()
            if name:
                widget.setAccessibleName(name)
        if not accessible_text(widget, QAccessible.Text.Description):
            description = widget.toolTip() or widget.statusTip() or _label_for(widget)
            if isinstance(widget, QAbstractButton) and not description:
                description = widget.text().replace("&", "")
            if description:
                widget.setAccessibleDescription(description)


def _label_for(widget: QWidget) -> str:
    """The text of the form label beside ``widget``, or of a label whose buddy it is."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "").rstrip(":")
    layout = parent.layout()
    for form in [layout, *(layout.findChildren(QFormLayout) if layout is not None else [])]:
        if isinstance(form, QFormLayout):
            label = form.labelForField(widget)
            if isinstance(label, QLabel):
                return label.text().replace("&", "").rstrip(":")
    return ""
