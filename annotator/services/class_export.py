"""Exporting a graded class: the files a teacher hands to the gradebook, or prints.

Text formats are written here; PDF needs Qt's writer, so the caller passes a ``write_pdf``
function (the GUI and the CLI pass :func:`annotator.qt.pdf_report.write_pdf`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.core.formats import exports, reports
from annotator.services.classroom import Classroom
from annotator.services.files import write_atomically

TEXT_FORMATS = ("gradebook", "canvas", "json", "w3c")
REPORT_FORMATS = ("html", "pdf")
FORMATS = TEXT_FORMATS + REPORT_FORMATS
SUFFIXES = {"gradebook": ".csv", "canvas": ".csv", "json": ".json", "w3c": ".jsonld"}


def export_text(classroom: Classroom, fmt: str, *, assignment: str = "") -> str:
    lesson = classroom.lesson
    results = list(classroom.results().values())
    if fmt == "gradebook":
        return reports.gradebook_csv(lesson, results)
    if fmt == "canvas":
        return reports.canvas_csv(lesson, results, assignment=assignment or lesson.title)
    # The two JSON formats hold the annotations themselves, and the encoder makes the JSON of
    # each as it writes it (``default``): a class's 12,000 annotations as dicts made 50,000 to
    # 100,000 objects at once, and the garbage collections they set off cost 50 to 100 ms.
    if fmt == "json":
        graded = reports.graded_set(lesson, results)
        return dumps_readable(graded, depth=4, default=reports.GradedAnnotation.to_json)
    if fmt == "w3c":
        annotations = [a for result in results for a in result.annotations]
        collection = exports.w3c_collection(
            exports.sort_annotations(annotations, lesson),
            collection_id=exports.article_iri(lesson.id, lesson.version, "class"),
            label=f"Class annotations: {lesson.title}",
        )
        to_w3c = functools.partial(exports.annotation_to_w3c, lesson=lesson)
        return dumps_readable(collection, depth=3, default=to_w3c)
    raise ValueError(f"unknown format '{fmt}' (choose from {', '.join(TEXT_FORMATS)})")


def dumps_readable(value: Any, *, depth: int, default: Callable[[Any], Any] | None = None) -> str:
    """``value`` as JSON indented like ``json.dumps(indent=1)`` for its first ``depth`` levels,
    with each value below them on one line: one annotation per line in a class's export.

    It reads back as the same data. ``json.dumps(indent=...)`` would be simpler, but an indent
    makes the json module fall back from its C encoder to pure Python, which took 0.3 to 0.45 s
    for a class of 40 x 300 annotations (9 to 11 MB); here the C encoder writes each value below
    ``depth``. ``default`` turns other objects into JSON, as in ``json.dumps``. The pieces are
    joined once, at the end: joining each level's text into its parent's copied the whole
    document about twice per level. Keys must be strings, as they are in every export.
    """
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), default=default).encode
    pieces: list[str] = []

    def lay_out(item: Any, level: int) -> None:
        if level >= depth or not isinstance(item, dict | list) or not item:
            pieces.append(encode(item))
            return
        is_dict = isinstance(item, dict)
        inner = "\n" + " " * (level + 1)
        pieces.append("{" if is_dict else "[")
        for number, entry in enumerate(item):  # a dict's keys, a list's values
            pieces.append("," + inner if number else inner)
            if is_dict:
                pieces.append(encode(entry) + ": ")
            lay_out(item[entry] if is_dict else entry, level + 1)
        pieces.append("\n" + " " * level + ("}" if is_dict else "]"))

    lay_out(value, 0)
    return "".join(pieces)


def export_reports(
    classroom: Classroom,
    folder: Path,
    fmt: str,
    write_pdf: Callable[[str, Path], int] | None = None,
) -> list[Path]:
    """One report per student (only that student's work) and one for the class, in ``folder``."""
    if fmt == "pdf" and write_pdf is None:
        raise ValueError("PDF reports need a PDF writer")
    lesson = classroom.lesson
    results = classroom.results()
    pages: list[tuple[str, str]] = [("class", reports.class_report_html(lesson, results.values()))]
    for result in results.values():
        name = f"student-{_slug(result.name)}-{_slug(result.student_id)}".rstrip("-")
        pages.append((name, reports.student_report_html(lesson, result)))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, html in pages:
        path = folder / f"{lesson.id}-{name}.{fmt}"
        if fmt == "html":
            write_atomically(path, html)
        else:
            assert write_pdf is not None
            write_pdf(html, path)
        written.append(path)
    return written


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
