"""The review toolbar's line on how far students agree, in words a teacher reads at a glance.

"Agreement between students: NBC News moderate (0.45) · ..." rather than a statistic's name;
its tooltip explains the figure in one line (``class_texts.agreement_explained``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from annotator.core.lessons.lesson import Lesson
from annotator.qt.class_texts import agreement_level
from annotator.qt.core_texts import decimal
from annotator.qt.rich_text import escape


def agreement_line(lesson: Lesson, agreement: Mapping, students: int) -> str:
    """One part per article: its outlet, the level in a word, the figure (rich text)."""
    if students < 2:
        return escape(
            QCoreApplication.translate(
                "Agreement", "Agreement between students: needs two or more students"
            )
        )
    parts = []
    for article_id, item in agreement.items():
        outlet = lesson.article(article_id).outlet
        if item.kappa is None:
            parts.append(f"{escape(outlet)} –")
            continue
        # round(-0.001, 2) is -0.0, shown "-0.00": "or 0.0" makes it the 0 it means.
        figure = decimal(round(item.kappa, 2) or 0.0, 2)
        parts.append(f"{escape(outlet)} {escape(agreement_level(item.kappa))} ({figure})")
    return (
        escape(QCoreApplication.translate("Agreement", "Agreement between students:"))
        + " "
        + " · ".join(parts)
    )
