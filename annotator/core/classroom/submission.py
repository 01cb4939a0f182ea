"""Submissions: what a student hands in for one lesson, as one self-checking JSON file.

A submission carries the student, the lesson (id, version, content hash), every annotation with
both selectors, the app version and time, and a SHA-256 checksum of its content, so that a file
damaged in transit (or edited by hand) is refused on import rather than graded wrongly.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.annotations.record import (
    annotation_from_json,
    annotation_to_json,
    check_text,
)
from annotator.core.lessons.lesson import Lesson

FORMAT = "annotator.submission"
FORMAT_VERSION = 1
SUFFIX = ".submission.json"
MAX_SUBMISSION_BYTES = 20 * 1024 * 1024


class SubmissionError(ValueError):
    """A file that cannot be imported; ``kind`` says why in one word, for the import report."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "not-a-submission", "malformed", "checksum"


@dataclass(frozen=True)
class Submission:
    student_name: str
    student_id: str
    lesson_id: str
    lesson_version: str
    content_hash: str
    lesson_title: str
    app_version: str
    submitted: str
    annotations: tuple[Annotation, ...]
    checksum: str

    @property
    def student_key(self) -> str:
        """Who this is, for replacing an earlier submission: the id if given, else the name."""
        return self.student_id.strip() or " ".join(self.student_name.split()).casefold()


def build_submission(
    annotations: list[Annotation],
    lesson: Lesson,
    *,
    student_name: str,
    student_id: str = "",
    app_version: str = "",
    submitted: str = "",
) -> dict[str, Any]:
    """The JSON document of a submission, checksum included."""
    if not student_name.strip():
        raise ValueError("a submission needs the student's name")
    body = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "student": {"name": student_name.strip(), "id": student_id.strip()},
        "lesson": {
            "id": lesson.id,
            "version": lesson.version,
            "content_hash": lesson.content_hash,
            "title": lesson.title,
        },
        "app_version": app_version,
        "submitted": submitted or now_iso(),
        "annotations": [
            annotation_to_json(a)
            for a in sorted(annotations, key=lambda a: (a.article_id, a.start, a.id))
        ],
    }
    body["checksum"] = checksum(body)
    return body


def checksum(body: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of everything but the checksum itself."""
    content = {key: value for key, value in body.items() if key != "checksum"}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_submission(data: bytes, source: str = "the file") -> Submission:
    """Reads and checks a submission file; raises :class:`SubmissionError` saying why not."""
    if len(data) > MAX_SUBMISSION_BYTES:
        raise SubmissionError("malformed", f"{source} is larger than any submission can be")
    try:
        body = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SubmissionError(
            "not-a-submission", f"{source} is not a submission (not JSON: {error})"
        ) from None
    except RecursionError:  # arrays nested thousands deep: no submission is shaped so
        raise SubmissionError(
            "malformed", f"{source} is not a submission (its JSON is nested too deeply)"
        ) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise SubmissionError("not-a-submission", f"{source} is not an Annotator submission")
    if body.get("format_version") != FORMAT_VERSION:
        raise SubmissionError(
            "malformed",
            f"{source} has submission format {body.get('format_version')!r}; "
            f"this app reads format {FORMAT_VERSION}: update Annotator",
        )
    if body.get("checksum") != checksum(body):
        raise SubmissionError(
            "checksum",
            f"{source} was changed after it was submitted (its checksum does not match); "
            "ask the student to submit again",
        )
    try:
        student, lesson = body["student"], body["lesson"]
        annotations = tuple(
            annotation_from_json(item, lesson_id=lesson["id"], student=student["name"])
            for item in body["annotations"]
        )
        return Submission(
            student_name=check_text(student["name"], "student.name", required=True),
            student_id=check_text(student.get("id", ""), "student.id"),
            lesson_id=check_text(lesson["id"], "lesson.id", required=True),
            lesson_version=check_text(lesson["version"], "lesson.version"),
            content_hash=check_text(lesson["content_hash"], "lesson.content_hash"),
            lesson_title=check_text(lesson.get("title", ""), "lesson.title"),
            app_version=check_text(body.get("app_version", ""), "app_version"),
            submitted=check_text(body["submitted"], "submitted", required=True),
            annotations=annotations,
            checksum=body["checksum"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise SubmissionError("malformed", f"{source} is damaged: {_describe(error)}") from None


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"the field {error.args[0]} is missing"
    return str(error)
