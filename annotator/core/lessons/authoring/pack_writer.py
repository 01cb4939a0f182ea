"""Saving a lesson draft as a pack folder, all or nothing, and building its two zips.

The folder is written beside its destination under a temporary name, checked there by the
pack reader itself (:func:`~annotator.core.lessons.pack.validate_pack`: the schemas, every
article, every key span), and only then put in place: a draft with a problem writes nothing,
and an existing pack being edited is replaced whole or not at all. The teacher's zip and the
student's zip are built from the saved folder by :func:`~.pack_build.build_pack`, into
temporary files that replace the destinations only when both are built.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from annotator.core.lessons.authoring.draft import ArticleDraft
from annotator.core.lessons.authoring.key_spans import key_toml_text, moved_key
from annotator.core.lessons.authoring.lesson_draft import (
    LessonDraft,
    article_file,
    draft_lesson,
    draft_problems,
)
from annotator.core.lessons.key_writer import toml_number, toml_string
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import MANIFEST_NAME, PackError, PackProblem, validate_pack
from annotator.core.lessons.tags import DEFAULT_TAGS


@dataclass(frozen=True)
class SavedPack:
    folder: Path
    lesson: Lesson
    files: tuple[str, ...]


def pack_files(draft: LessonDraft) -> tuple[dict[str, str], list[PackProblem]]:
    """The files of the pack folder by name, and every problem that keeps it from saving."""
    problems = draft_problems(draft)
    if problems:
        return {}, problems
    lesson = draft_lesson(draft)
    files = {MANIFEST_NAME: manifest_text(draft), "instructions.md": draft.instructions}
    for article in draft.articles:
        files[article_file(article)] = with_source_note(article).markdown()
    if draft.key:
        key, problems = moved_key(draft.key, lesson)
        if not problems:
            try:
                files["key.toml"] = key_toml_text(lesson, key, draft.rules)
            except PackError as error:
                problems = error.problems
    return files, problems


def with_source_note(article: ArticleDraft) -> ArticleDraft:
    """The article with a source note saying where its text came from, unless it has one."""
    if article.meta.source_note or article.method == "pack":
        return article
    cut = len(article.removed)
    note = (
        f"Extracted in the app from {article.origin} ({article.method}); "
        f"{cut} paragraph{'s' * (cut != 1)} cut as page chrome or moved into these fields."
    )
    return article.with_meta(source_note=note[:1000])


def manifest_text(draft: LessonDraft) -> str:
    lines = [
        "# Made in the app (File > New Lesson). The format is described in docs/lesson-packs.md.",
        "format = 1",
        f"id = {toml_string(draft.id)}",
        f"version = {toml_string(draft.version)}",
        f"title = {toml_string(draft.title)}",
        'instructions = "instructions.md"',
    ]
    if draft.key:
        lines.append('key = "key.toml"')
    if draft.due:
        lines.append(f"due = {toml_string(draft.due)}")
    if draft.points is not None:
        lines.append(f"points = {toml_number(draft.points)}")
    if draft.tags != DEFAULT_TAGS:
        for tag in draft.tags:
            lines += [
                "",
                "[[tags]]",
                f"name = {toml_string(tag.name)}",
                f"label = {toml_string(tag.label)}",
                f"colour = {toml_string(tag.colour)}",
                f"underline = {toml_string(tag.underline.value)}",
                f"description = {toml_string(tag.description)}",
            ]
    for article in draft.articles:
        lines += ["", "[[articles]]", f"id = {toml_string(article.id)}"]
        lines.append(f"file = {toml_string(article_file(article))}")
    return "\n".join(lines) + "\n"


def save_pack(draft: LessonDraft, folder: str | Path) -> SavedPack:
    """Writes the draft as the pack folder ``folder``; raises :class:`PackError` listing every
    problem, in which case nothing was written. An existing ``folder`` must be a pack (it is
    replaced whole) or empty."""
    folder = Path(folder)
    files, problems = pack_files(draft)
    if not problems:
        problems = _destination_problems(folder)
    if problems:
        raise PackError(str(folder), problems)
    temporary = folder.parent / f".{folder.name}.saving-{secrets.token_hex(4)}"
    try:
        _write_files(temporary, files)
        found = validate_pack(temporary)
        if found:
            raise PackError(str(folder), found)
        _put_in_place(temporary, folder)
    except OSError as error:
        raise PackError(
            str(folder), [PackProblem(folder.name, f"cannot be written: {error.strerror or error}")]
        ) from None
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)
    from annotator.core.lessons.pack import load_pack

    return SavedPack(folder, load_pack(folder), tuple(sorted(files)))


def _destination_problems(folder: Path) -> list[PackProblem]:
    if not folder.parent.is_dir():
        return [PackProblem(str(folder.parent), "no such folder to save the lesson in")]
    if folder.exists() and not folder.is_dir():
        return [PackProblem(folder.name, "a file of that name is in the way; choose another")]
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MANIFEST_NAME).is_file():
        return [
            PackProblem(
                folder.name,
                "this folder holds other files and no lesson; choose an empty or a new folder",
            )
        ]
    return []


def _write_files(root: Path, files: dict[str, str]) -> None:
    root.mkdir()
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())


def _put_in_place(temporary: Path, folder: Path) -> None:
    """``temporary`` becomes ``folder``; the old folder, if any, goes only once it has."""
    if not folder.exists():
        os.replace(temporary, folder)
        return
    old = folder.parent / f".{folder.name}.old-{secrets.token_hex(4)}"
    os.replace(folder, old)
    try:
        os.replace(temporary, folder)
    except OSError:
        os.replace(old, folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


@dataclass(frozen=True)
class BuiltZips:
    teacher: Path
    student: Path
    content_hash: str
    key_spans: int


def build_zips(folder: str | Path, teacher: str | Path, student: str | Path) -> BuiltZips:
    """The teacher's zip (with the key) and the student's zip (without) of the pack folder, in
    one step: both are built and checked before either destination is replaced."""
    from annotator.core.lessons.pack_build import build_pack

    folder, teacher, student = Path(folder), Path(teacher), Path(student)
    if teacher.resolve() == student.resolve():
        raise PackError(str(student), [PackProblem(student.name, "the two zips need two names")])
    token = secrets.token_hex(4)
    steps = []
    try:
        for out, is_student in ((teacher, False), (student, True)):
            temporary = out.with_name(f".{out.stem}.{token}.zip")
            report = build_pack(folder, temporary, student=is_student)
            steps.append((temporary, out, report))
        for temporary, out, _report in steps:
            os.replace(temporary, out)
    finally:
        for temporary, _out, _report in steps:
            temporary.unlink(missing_ok=True)
    first = steps[0][2]
    return BuiltZips(teacher, student, first.content_hash, first.key_spans)
