"""The first start: a short welcome that a student reads in under a minute.

It asks the student's name (the teacher sees it with their work), shows the lesson's tags with
one example each from the lesson (:func:`~annotator.core.lessons.examples.tag_examples`), the
keys, and how to hand the work in. It is shown once: that it was seen is kept in
``windows.ini`` (group ``welcome``), in the user's configuration folder, never in the
student's database, which moves between computers. **Help > Welcome…** shows it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from annotator.core.lessons.examples import tag_examples
from annotator.core.lessons.looks import tag_colour, underline_look
from annotator.qt.core_texts import tag_description, tag_label, underline_words
from annotator.qt.palette import TEXT_ON_TAG
from annotator.qt.rich_text import escape
from annotator.qt.window_fit import window_settings

if TYPE_CHECKING:
    from annotator.core.lessons.lesson import Lesson
    from annotator.qt.main_window import MainWindow

SETTINGS_GROUP = "welcome"


def welcome_seen() -> bool:
    return str(window_settings(SETTINGS_GROUP).value("seen", "false")).lower() == "true"


def mark_welcome_seen() -> None:
    settings = window_settings(SETTINGS_GROUP)
    settings.setValue("seen", "true")
    settings.sync()


class WelcomeDialog(QDialog):
    """Name, tags with examples, keys, handing in; one button to start."""

    def __init__(self, lesson: Lesson, name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Annotator"))
        heading = QLabel(self.tr("<h2>Welcome to Annotator</h2>"))
        heading.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(
            self.tr(
                "Read the three reports of one story side by side, and tag what each one is "
                "made of."
            )
        )
        intro.setWordWrap(True)
        name_label = QLabel(self.tr("Your &name (your teacher sees it with your work):"))
        self.name_edit = QLineEdit(name, objectName="welcome-name")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setAccessibleDescription(self.tr("Your teacher sees it with your work."))
        name_label.setBuddy(self.name_edit)
        self.tags = QLabel(self.tags_html(lesson), objectName="welcome-tags")
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.setWordWrap(True)
        self.keys = QLabel(self.keys_html(len(lesson.articles)), objectName="welcome-keys")
        self.keys.setTextFormat(Qt.TextFormat.RichText)
        self.keys.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("welcome-start")
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, name_label, self.name_edit, self.tags, self.keys):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(64 * self.fontMetrics().averageCharWidth())
        self.name_edit.setFocus()

    def tags_html(self, lesson: Lesson) -> str:
        examples = tag_examples(lesson)
        heading = self.tr("Select words, then press a number key:")
        rows = [f"<p><b>{escape(heading)}</b></p>"]
        for number, tag in enumerate(lesson.tags, start=1):
            line = f"text-underline-style:{underline_look(tag).qt_css};"
            chip = (
                f"<span style='background:{tag_colour(tag)}; color:{TEXT_ON_TAG};'>&nbsp;"
                f"<span style='{line}'><b>{number}</b>&nbsp;{escape(tag_label(tag).upper())}</span>"
                "&nbsp;</span>"
            )
            text = f"{escape(tag_description(tag))} ({escape(underline_words(tag))})"
            if tag.name in examples:
                text += " " + escape(self.tr("For example: “{words}”")).format(
                    words=escape(examples[tag.name])
                )
            rows.append(f"<p>{chip} {text}</p>")
        return "".join(rows)

    def keys_html(self, articles: int) -> str:
        items = [
            self.tr(
                "Select with the mouse, or from the keyboard: <b>Ctrl+1</b> to <b>Ctrl+{n}</b> "
                "go to an article, <b>Shift+arrows</b> select a word at a time."
            ).format(n=articles),
            self.tr(
                "<b>Ctrl+Z</b> undoes anything. <b>F6</b> moves between the articles and "
                "your list of annotations, where you can write a note."
            ),
            self.tr(
                "Your work is saved as you go. To hand it in, choose <b>File &gt; Submit "
                "Work…</b> and give the file it saves to your teacher."
            ),
            self.tr("<b>Help</b> lists every key, and shows this welcome again."),
        ]
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"

    @property
    def name(self) -> str:
        return self.name_edit.text().strip()


def show_welcome(window: MainWindow) -> WelcomeDialog:
    """Opens the welcome over ``window``; its name, if given, becomes the student's."""
    student = window.workspace.student if window.workspace is not None else ""
    dialog = WelcomeDialog(window.lesson, student, window)

    def finished(_result: int) -> None:
        mark_welcome_seen()
        if dialog.name and window.workspace is not None and dialog.name != student:
            window.set_student(dialog.name)

    dialog.finished.connect(finished)
    window.welcome = dialog
    dialog.open()
    return dialog


def greet(window: MainWindow, ask_name: Callable[[MainWindow], None]) -> None:
    """At the start: the welcome the first time, else the name if there is none yet."""
    if not welcome_seen():
        show_welcome(window)
    elif window.workspace is not None and not window.workspace.student:
        ask_name(window)
