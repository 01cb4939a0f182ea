"""The class's fixed words from the core, in the language the app speaks: the kinds of change to
the key, the notes on a student's submission and how late it came, the headings of a student's
highlights by outcome, how far students agree (the review window's; apart from
:mod:`annotator.qt.core_texts` so that the student's window loads none of the classroom)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from annotator.core.classroom.key_changes import KIND_LABELS
from annotator.core.classroom.overview_words import AGREEMENT_EXPLAINED, kappa_level
from annotator.core.classroom.standing import Standing, late_words
from annotator.core.classroom.verdicts import OUTCOME_HEADINGS
from annotator.core.formats.gradebook import FLAG_NOTES
from annotator.qt.core_texts import fixed

FIXED = (  # the core's texts, for lupdate (tests/test_translations.py checks each table)
    # KIND_LABELS
    QT_TRANSLATE_NOOP("CoreTexts", "Accepted into the key"),
    QT_TRANSLATE_NOOP("CoreTexts", "Dismissed"),
    QT_TRANSLATE_NOOP("CoreTexts", "Credited"),
    # FLAG_NOTES
    QT_TRANSLATE_NOOP("CoreTexts", "edited after it was written"),
    QT_TRANSLATE_NOOP("CoreTexts", "older app: sender unproven"),
    QT_TRANSLATE_NOOP("CoreTexts", "dated in the future"),
    # OUTCOME_HEADINGS ("Credited" is above)
    QT_TRANSLATE_NOOP("CoreTexts", "Partial credit"),
    QT_TRANSLATE_NOOP("CoreTexts", "Right span, wrong tag"),
    QT_TRANSLATE_NOOP("CoreTexts", "Near a claim, not credited"),
    QT_TRANSLATE_NOOP("CoreTexts", "Not in the key"),
    QT_TRANSLATE_NOOP("CoreTexts", "Not found in this version"),
    # kappa_level's words, and AGREEMENT_EXPLAINED
    QT_TRANSLATE_NOOP("CoreTexts", "not measured"),
    QT_TRANSLATE_NOOP("CoreTexts", "no more than chance"),
    QT_TRANSLATE_NOOP("CoreTexts", "slight"),
    QT_TRANSLATE_NOOP("CoreTexts", "fair"),
    QT_TRANSLATE_NOOP("CoreTexts", "moderate"),
    QT_TRANSLATE_NOOP("CoreTexts", "strong"),
    QT_TRANSLATE_NOOP("CoreTexts", "almost full"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "Agreement between students: how far they tagged the same words with the same tags, "
        "from 0 (what chance alone would give) to 1 (all alike); a low figure marks a contested "
        "article or tag. (The measure is Fleiss' kappa on words.)",
    ),
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


def outcome_heading(outcome: str) -> str:
    """The heading of a student's highlights with ``outcome``: "Right span, wrong tag"."""
    return fixed(OUTCOME_HEADINGS[outcome])


def agreement_level(kappa: float | None) -> str:
    """How far students agree, in a word: "moderate"."""
    return fixed(kappa_level(kappa))


def agreement_explained() -> str:
    """What the agreement figure is, in one line (the agreement's tooltip)."""
    return fixed(AGREEMENT_EXPLAINED)
