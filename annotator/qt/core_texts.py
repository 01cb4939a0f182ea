"""The core's fixed words, in the language the app speaks.

The core imports no Qt, so its words are English. Those it says with a fixed text (the default
tags' labels and descriptions, the underlines in words, the output formats' descriptions) are
listed here with ``QT_TRANSLATE_NOOP``, so that
``pyside6-lupdate`` finds them, and translated where the windows show them. A tag a lesson pack
defines in its own words is shown as the pack says it: only a default tag, unchanged, is
translated. A tag's name (FACT, QUOTE, FRAMING) is a key, stored with every annotation, and is
never translated.

The class's words (kinds of change to the key, notes on a submission, lateness) are in
:mod:`annotator.qt.class_texts`, which only the review window loads. The core's sentences made
of numbers and names (a verdict's reason, how figures differ) are said by
:mod:`annotator.qt.core_sentences`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from annotator.core.lessons.looks import underline_look
from annotator.core.lessons.tags import DEFAULT_TAGS, Tag

if TYPE_CHECKING:
    from annotator.core.formats.registry import OutputFormat

CONTEXT = "CoreTexts"

# Every fixed text of the core the windows show (lupdate reads this list; tests check it is
# the core's).
FIXED = (
    QT_TRANSLATE_NOOP("CoreTexts", "Fact"),
    QT_TRANSLATE_NOOP("CoreTexts", "Quote"),
    QT_TRANSLATE_NOOP("CoreTexts", "Framing"),
    QT_TRANSLATE_NOOP("CoreTexts", "A checkable statement of fact: a number, a date, an event."),
    QT_TRANSLATE_NOOP("CoreTexts", "Someone's words, with who said them."),
    QT_TRANSLATE_NOOP("CoreTexts", "Word choice that steers how the reader sees the story."),
    QT_TRANSLATE_NOOP("CoreTexts", "a solid line"),
    QT_TRANSLATE_NOOP("CoreTexts", "dashes"),
    QT_TRANSLATE_NOOP("CoreTexts", "dots"),
    QT_TRANSLATE_NOOP("CoreTexts", "a wavy line"),
    QT_TRANSLATE_NOOP("CoreTexts", "dash-dot-dot"),
    QT_TRANSLATE_NOOP("CoreTexts", "dash-dot"),
    # the output formats' descriptions (core/formats/registry.py)
    QT_TRANSLATE_NOOP("CoreTexts", "everything, in the app's own JSON"),
    QT_TRANSLATE_NOOP("CoreTexts", "one row per annotation"),
    QT_TRANSLATE_NOOP("CoreTexts", "a W3C Web Annotation collection"),
    QT_TRANSLATE_NOOP("CoreTexts", "scores and grades per student (CSV)"),
    QT_TRANSLATE_NOOP("CoreTexts", "grades for Canvas' gradebook import (CSV)"),
    QT_TRANSLATE_NOOP("CoreTexts", "graded set: key, scores, feedback (JSON)"),
    QT_TRANSLATE_NOOP("CoreTexts", "W3C Web Annotations (JSON-LD)"),
    QT_TRANSLATE_NOOP("CoreTexts", "a folder of printable reports (HTML)"),
    QT_TRANSLATE_NOOP("CoreTexts", "a folder of printable reports (PDF)"),
)


def fixed(text: str) -> str:
    """``text``, one of :data:`FIXED`, in the language spoken (as it is if it is not one)."""
    return QCoreApplication.translate(CONTEXT, text)


@cache  # asked for every row of the annotation list as it sorts
def _is_default(tag: Tag) -> bool:
    return any(tag == default for default in DEFAULT_TAGS)


def tag_label(tag: Tag) -> str:
    """What students read for ``tag``: a default tag's label translated, a pack's own as is."""
    return fixed(tag.label) if _is_default(tag) else tag.label


def tag_description(tag: Tag) -> str:
    return fixed(tag.description) if _is_default(tag) else tag.description


def underline_words(tag: Tag) -> str:
    """The tag's non-colour cue in words: "underlined with dots"."""
    return QCoreApplication.translate("CoreTexts", "underlined with {line}").format(
        line=fixed(underline_look(tag).words)
    )


def format_description(fmt: OutputFormat) -> str:
    """An output format's one line: "scores and grades per student (CSV)"."""
    return fixed(fmt.description)


def format_title(fmt: OutputFormat) -> str:
    """The description as a title, for menus: "Scores and grades per student (CSV)"."""
    text = format_description(fmt)
    return text[:1].upper() + text[1:]


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals as the app's language writes it ("35,8" in Spanish)."""
    return QLocale().toString(float(value), "f", places)
