"""Grades as text, the same in every output: percentages, scores, points, and the order of the
students (the gradebook, Canvas, and the printed reports all list the class alike)."""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.classroom.results import StudentResult


def by_name(results: Iterable[StudentResult]) -> list[StudentResult]:
    """Students in a stable order: by name (case-insensitive), then name, then id."""
    return sorted(results, key=name_order)


def name_order(result: StudentResult) -> tuple[str, str, str]:
    """The sort key of :func:`by_name`."""
    return result.name.casefold(), result.name, result.student_id


def percent(value: float | None) -> str:
    """A share 0..1 as a percentage with one decimal; "" when undefined."""
    return "" if value is None else f"{100 * value:.1f}"


def score(value: float | None) -> str:
    """A score 0..100: at least one decimal, at most two (an override of 87.25 stays so)."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def points(value: float) -> str:
    """Points without noise: 2 -> "2", 1.5 -> "1.5", 2/3 -> "0.67"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"
