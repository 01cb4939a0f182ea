"""The class's grades as rows of the ``grades`` table (see ``storage/migrations.py``,
``m006_grades``), written when the class is graded."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator.core.annotations.annotation import now_iso
from annotator.core.classroom.results import StudentResult, summary


def grade_rows(
    results: Mapping[str, StudentResult], lesson_version: str, graded: str | None = None
) -> list[dict[str, Any]]:
    """One row per student (by student key): :func:`summary` with the outcomes as columns."""
    graded = graded or now_iso()
    rows = []
    for student_key, result in results.items():
        values = summary(result)
        counts = values.pop("counts")
        rows.append(
            {
                "student_key": student_key,
                "student_name": values.pop("name"),
                "student_id": values.pop("id"),
                **values,
                **counts,
                "lesson_version": lesson_version,
                "graded": graded,
            }
        )
    return rows
