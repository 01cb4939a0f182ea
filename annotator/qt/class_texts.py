"""The class's fixed words from the core, in the language the app speaks: the kinds of change to
the key, the notes on a student's submission and how late it came (the review window's; apart
from :mod:`annotator.qt.core_texts` so that the student's window loads none of the classroom)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from annotator.core.classroom.key_changes import KIND_LABELS
from annotator.core.classroom.standing import Standing, late_words
from annotator.core.formats.gradebook import FLAG_NOTES
from annotator.qt.core_texts import fixed

FIXED = (  # the core's texts (KIND_LABELS, FLAG_NOTES), for lupdate
    QT_TRANSLATE_NOOP("CoreTexts", "Accepted into the key"),
    QT_TRANSLATE_NOOP("CoreTexts", "Dismissed"),
    QT_TRANSLATE_NOOP("CoreTexts", "Credited"),
    QT_TRANSLATE_NOOP("CoreTexts", "edited after it was written"),
    QT_TRANSLATE_NOOP("CoreTexts", "older app: sender unproven"),
    QT_TRANSLATE_NOOP("CoreTexts", "dated in the future"),
)


class ClassPlurals(QObject):
    """The plurals of this module: lupdate reads a plural's count from a variable only in a
    QObject's ``tr()``."""

    def days(self, days: int) -> str:
        return self.tr("%n day(s)", "", days)


_PLURALS = ClassPlurals()


def kind_label(kind: str) -> str:
    """A change of the key's kind in words: "Accepted into the key"."""
    return fixed(KIND_LABELS[kind])


def late_text(late: timedelta | None) -> str:
    """How late, as a teacher says it: "" (on time), "25 min", "3 h 10 min", "2 days 4 h"."""
    return late_words(late, days=_PLURALS.days)


def standing_notes(standing: Standing, *, roster_known: bool = True) -> list[str]:
    """What the teacher should know of a student's submission, in a few words each (as
    :func:`annotator.core.formats.gradebook.notes` says it in English)."""
    said = []
    if standing.late_by is not None:
        said.append(
            QCoreApplication.translate("CoreTexts", "late by {time}").format(
                time=late_text(standing.late_by)
            )
        )
    if roster_known and standing.roster is None and standing.submitted:
        said.append(QCoreApplication.translate("CoreTexts", "not on the roster"))
    said += [fixed(FLAG_NOTES[flag]) for flag in standing.flags if flag in FLAG_NOTES]
    return said
