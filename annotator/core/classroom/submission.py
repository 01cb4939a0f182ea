"""Submissions: what a student hands in for one lesson, as one self-checking JSON file.

A submission carries the student (name and id as typed), the lesson (id, version, content
hash), every annotation with both selectors, the app version and time, the stamp of the
workspace that wrote it (:mod:`annotator.core.classroom.identity`: its id, its submission number
and the proof of that number), and a SHA-256 checksum of all of that.

The checksum finds a file damaged in transit or edited by hand after it was written: such a
file is read, marked not ``intact``, and held for the teacher, never merged silently. It is no
seal: anyone can compute a SHA-256, so a file edited *and* given a new checksum passes it (see
docs/submissions.md for what a file can and cannot prove).

**Versions.** Format 2 added the workspace stamp. Files of format 1 (no stamp) are still read;
they carry no proof of where they come from, and the import treats them so.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotator.core.annotations.annotation import Annotation, now_iso
from annotator.core.annotations.linked_claim import LinkedClaim, claims_from_json, claims_to_json
from annotator.core.annotations.record import (
    annotation_from_json,
    annotation_to_json,
    check_text,
)
from annotator.core.classroom.identity import WorkspaceStamp
from annotator.core.lessons.lesson import Lesson

FORMAT = "annotator.submission"
FORMAT_VERSION = 2  # what this app writes
READABLE_VERSIONS = (1, 2)  # what it reads: 1 had no workspace stamp
SUFFIX = ".submission.json"
MAX_SUBMISSION_BYTES = 20 * 1024 * 1024


class SubmissionError(ValueError):
    """A file that cannot be imported; ``kind`` says why in one word, for the import report."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "not-a-submission", "malformed"


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
    checksum: str  # of the content as it is (intact: as the file states it)
    workspace: WorkspaceStamp | None = None  # None in a file of format 1
    intact: bool = True  # whether the checksum matches the content (False: changed since)
    format_version: int = FORMAT_VERSION
    claims: tuple[LinkedClaim, ...] = ()  # the student's claims linked across articles


def build_submission(
    annotations: list[Annotation],
    lesson: Lesson,
    *,
    student_name: str,
    student_id: str = "",
    app_version: str = "",
    submitted: str = "",
    workspace: WorkspaceStamp | None = None,
    claims: Sequence[LinkedClaim] = (),
) -> dict[str, Any]:
    """The JSON document of a submission, checksum included.

    Without ``workspace``, a file of format 1 (as an older app wrote it): for tests of how
    those are imported.
    """
    if not student_name.strip():
        raise ValueError("a submission needs the student's name")
    body_annotations = sorted(annotations, key=lambda a: (a.article_id, a.start, a.id))
    body: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION if workspace is not None else 1,
        "student": {"name": student_name.strip(), "id": student_id.strip()},
        "lesson": {
            "id": lesson.id,
            "version": lesson.version,
            "content_hash": lesson.content_hash,
            "title": lesson.title,
        },
        "app_version": app_version,
        "submitted": submitted or now_iso(),
        "annotations": [annotation_to_json(a) for a in body_annotations],
    }
    body["claims"] = claims_to_json(claims, body_annotations)
    if workspace is not None:
        body["workspace"] = {
            "id": workspace.workspace_id,
            "submission": workspace.number,
            "proof": workspace.proof,
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
    version = body.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise SubmissionError(
            "malformed",
            f"{source} has submission format {version!r}; "
            f"this app reads formats {READABLE_VERSIONS[0]} to {READABLE_VERSIONS[-1]}: "
            "update Annotator",
        )
    computed = checksum(body)
    try:
        student, lesson = body["student"], body["lesson"]
        workspace = _workspace(body["workspace"]) if version >= 2 else None
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
            checksum=computed,
            workspace=workspace,
            intact=body.get("checksum") == computed,
            format_version=version,
            claims=claims_from_json(body.get("claims"), annotations, lesson["id"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise SubmissionError("malformed", f"{source} is damaged: {_describe(error)}") from None


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"the field {error.args[0]} is missing"
    return str(error)


def _workspace(value: Any) -> WorkspaceStamp:
    if not isinstance(value, dict):
        raise ValueError("workspace is not an object")
    number = value["submission"]
    if type(number) is not int:
        raise ValueError("workspace.submission is not a whole number")
    stamp = WorkspaceStamp(str(value["id"]), number, str(value["proof"]))
    problem = stamp.problem()
    if problem is not None:
        raise ValueError(problem)
    return stamp
