"""Building a lesson pack folder into one self-contained ``.zip``: the teacher's copy, with the
answer key, or the student copy, without it. The format is documented in ``docs/lesson-packs.md``.

A built pack is what travels (LMS uploads, e-mail, USB sticks), so the builder is careful in ways
a teacher zipping a folder by hand is not:

* the source is loaded with :func:`~annotator.core.lessons.pack.load_pack` first, so a broken pack
  is never built, and only the files the manifest names go in (articles from the shared
  ``articles/`` library are copied in, so the zip needs nothing beside it);
* the student copy holds no trace of the key: no entry, no ``key = ...`` line in the manifest,
  no zip comment, and no key note copied into another file;
* the bytes are deterministic (fixed timestamps and permissions, sorted entries, no comment), so
  rebuilding an unchanged pack gives the same file and a changed one shows up in a checksum;
* the zip is written to a temporary file beside ``out``, opened again with ``load_pack`` and
  checked (same content hash as the source; no key in the student copy) before it replaces
  ``out``, so ``out`` is either the old file or a checked new one, never half a pack.

The teacher's copy may take another answer key in place of the pack's (``key_text``: the key as
the teacher changed it while grading a class, written by ``services/key_changes.py``); it is
read against the pack's articles first, and the built zip must load with exactly that key.

Standard library only: this module is part of the pure core.
"""

from __future__ import annotations

import dataclasses
import os
import re
import secrets
import stat
import tomllib
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import (
    MANIFEST_NAME,
    PackError,
    PackFiles,
    PackProblem,
    load_pack,
    read_key_text,
)
from annotator.core.lessons.safezip import DEFAULT_LIMITS, RATIO_CHECK_FLOOR

# The earliest time a zip can record. Any fixed time would do; this one is what reproducible-build
# tools use, and it says plainly that the time means nothing.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
ZIP_FILE_MODE = stat.S_IFREG | 0o644  # a plain file, readable by everyone, executable by no one
ZIP_CREATE_SYSTEM = 3  # Unix, wherever the pack is built, so the permission bits mean the same
COMPRESS_LEVEL = 9

# Key notes at least this long are looked for in the student copy's files. Shorter notes ("loaded
# word") could turn up in an article by chance and would refuse a perfectly good build.
MIN_LEAK_NOTE_CHARS = 20

# A top-level ``key = ...`` assignment, with the key spelled bare or quoted.
_KEY_LINE = re.compile(r"""^[ \t]*(?:key|"key"|'key')[ \t]*=""")
_COMMENT_LINE = re.compile(r"^[ \t]*#")


class BuildError(PackError):
    """A pack that was not built; ``problems`` lists why. Nothing was written to ``out``.

    A :class:`PackError` so that callers (the CLI) handle a broken source and a refused build
    alike; only the first line of the message differs.
    """

    def __init__(self, source: str, problems: list[PackProblem]) -> None:
        super().__init__(source, problems)
        lines = "\n".join(f"  - {problem}" for problem in problems)
        self.args = (f"The lesson pack {source} was not built:\n{lines}",)


@dataclass(frozen=True)
class BuildReport:
    """What :func:`build_pack` wrote, for the CLI (or a dialog) to tell the teacher."""

    out: Path
    lesson_id: str
    version: str
    title: str
    entries: tuple[str, ...]  # the zip's entries, in order
    from_library: tuple[str, ...]  # entries copied in from the shared articles/ library
    student: bool
    key_included: bool
    key_spans: int  # spans in the built copy's key: 0 for a student copy
    content_hash: str  # the same for the folder, the teacher's copy and the student copy
    size: int  # bytes of the zip


def build_pack(
    source: Path, out: Path, *, student: bool = False, key_text: str | None = None
) -> BuildReport:
    """Build the pack at ``source`` (a folder, or a built ``.zip``) into the zip file ``out``.

    ``student=True`` leaves the answer key out. ``key_text`` (a ``key.toml``'s text) is the
    teacher's copy's key in place of the pack's own. Raises :class:`PackError` if the source
    does not load, and :class:`BuildError` (a PackError) if the pack cannot be built or ``out``
    may not be written; in both cases ``out`` is left as it was.
    """
    source, out = Path(source), Path(out)
    _check_destination(source, out)
    lesson = load_pack(source)  # a broken pack is refused here, with every problem listed
    files = PackFiles.open(source)
    manifest_bytes = _read(files, MANIFEST_NAME)
    manifest = tomllib.loads(_text(manifest_bytes))
    key_name = manifest.get("key")
    if key_text is not None:
        lesson = _with_key(source, lesson, key_name, key_text, student)

    names = [manifest["instructions"], *(entry["file"] for entry in manifest["articles"])]
    if key_name is not None and not student:
        names.append(key_name)
    entries: dict[str, bytes] = {}
    for name in names:
        entries[_entry_name(name)] = _read(files, name)
    if key_text is not None:
        entries[_entry_name(key_name)] = key_text.encode("utf-8")
    if student and key_name is not None:
        manifest_bytes = _without_key(source, manifest_bytes, manifest, key_name)
    entries[MANIFEST_NAME] = manifest_bytes
    _check_entry_names(source, entries)
    _check_total_size(source, entries)
    if student and key_name is not None:
        _check_no_key_traces(source, entries, lesson, key_name)

    built = _write_checked(source, out, entries, lesson, student)
    from_library = tuple(sorted(_entry_name(n) for n in names if not _inside(source, n)))
    return BuildReport(
        out=out,
        lesson_id=lesson.id,
        version=lesson.version,
        title=lesson.title,
        entries=tuple(sorted(entries)),
        from_library=from_library,
        student=student,
        key_included=key_name is not None and not student,
        key_spans=len(built.key),
        content_hash=built.content_hash,
        size=out.stat().st_size,
    )


# ---------------------------------------------------------------------------------------------
# Checks before anything is written


def _check_destination(source: Path, out: Path) -> None:
    """Refuse an ``out`` that would overwrite the source or land inside the source folder.

    The source is the teacher's master copy. A zip written inside it could overwrite one of its
    files, and would travel with the folder whenever it is copied or zipped by hand: a teacher's
    copy, key and all, inside a folder that may be handed to students.
    """
    problems = []
    target, origin = out.resolve(), source.resolve()
    if target == origin:
        problems.append(PackProblem(str(out), "is the source pack itself; choose another file"))
    elif source.is_dir() and target.is_relative_to(origin):
        problems.append(
            PackProblem(
                str(out),
                f"is inside the source folder {source}; write the zip somewhere else, "
                "e.g. beside the folder",
            )
        )
    if out.suffix.lower() != ".zip":
        problems.append(PackProblem(str(out), "a built pack is a .zip file; end the name in .zip"))
    if out.is_dir():
        problems.append(PackProblem(str(out), "is a folder; give the path of a .zip file"))
    elif not out.parent.is_dir():
        problems.append(PackProblem(str(out), f"the folder {out.parent} does not exist"))
    if problems:
        raise BuildError(str(source), problems)


def _with_key(
    source: Path, lesson: Lesson, key_name: str | None, key_text: str, student: bool
) -> Lesson:
    """The lesson with the key of ``key_text``, which a teacher's copy will hold."""
    if student or key_name is None:
        why = (
            "a student copy holds no key; build the teacher's copy"
            if student
            else 'the pack names no key file; add key = "key.toml" to it first'
        )
        raise BuildError(str(source), [PackProblem(MANIFEST_NAME, why, "key")])
    key, rules = read_key_text(key_text, lesson, key_name)
    return dataclasses.replace(lesson, key=key, rules=rules)


def _entry_name(name: str) -> str:
    """The name a manifest path is stored under: ``./a//b.md`` is ``a/b.md``, as the zip reader
    normalises names and :class:`PackFiles` looks them up."""
    return str(PurePosixPath(name))


def _read(files: PackFiles, name: str) -> bytes:
    data = files.read(name)
    if data is None:  # load_pack found it a moment ago: the folder changed under us
        raise BuildError(files.source, [PackProblem(name, "disappeared while the pack was built")])
    return data


def _inside(source: Path, name: str) -> bool:
    """Whether ``name`` is a file of the source itself, not one from the shared library."""
    if not source.is_dir():
        return True
    path = (source / name).resolve()
    return path.is_relative_to(source.resolve()) and path.is_file()


def _text(data: bytes) -> str:
    return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")


def _check_entry_names(source: Path, entries: dict[str, bytes]) -> None:
    """Refuse names that only a case-sensitive file system tells apart: the zip reader refuses
    them (Windows and macOS would see one file), so such a zip would never open."""
    seen: dict[str, str] = {}
    for name in sorted(entries):
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            raise BuildError(
                str(source),
                [
                    PackProblem(
                        name,
                        f"differs from {seen[folded]} only in upper/lower case; Windows and macOS "
                        "would see one file. Rename one of them (and its entry in lesson.toml)",
                    )
                ],
            )
        seen[folded] = name


def _check_total_size(source: Path, entries: dict[str, bytes]) -> None:
    """Refuse a pack larger than the zip reader accepts, rather than build one nobody can open."""
    total = sum(len(data) for data in entries.values())
    limit = DEFAULT_LIMITS.max_total_bytes
    if total > limit:
        raise BuildError(
            str(source),
            [
                PackProblem(
                    MANIFEST_NAME,
                    f"the files it names hold {total / 2**20:.1f} MiB, more than the "
                    f"{limit / 2**20:g} MiB a pack may hold; use fewer or shorter articles",
                )
            ],
        )


def _without_key(source: Path, manifest_bytes: bytes, manifest: dict, key_name: str) -> bytes:
    """The manifest with its ``key = ...`` line removed and every other byte kept.

    TOML has no standard writer, and rewriting the file would lose the teacher's comments and
    layout; so one line is removed, and only if parsing the result gives exactly the manifest
    without ``key`` (which rules out a line inside a multi-line string, or a key written across
    lines). Whole-line comments naming the key file go too, if that changes nothing else: they
    are about the key and mean nothing to students. Comments do not count towards the content
    hash, so the student copy's hash is the teacher's.
    """
    bom = b"\xef\xbb\xbf" if manifest_bytes.startswith(b"\xef\xbb\xbf") else b""
    lines = _text(manifest_bytes).split("\n")
    expected = {name: value for name, value in manifest.items() if name != "key"}

    def parses_to_expected(candidate: list[str]) -> bool:
        try:
            return tomllib.loads("\n".join(candidate)) == expected
        except tomllib.TOMLDecodeError:
            return False

    for index, line in enumerate(lines):
        if _KEY_LINE.match(line) and parses_to_expected(lines[:index] + lines[index + 1 :]):
            lines = lines[:index] + lines[index + 1 :]
            break
    else:
        raise BuildError(
            str(source),
            [
                PackProblem(
                    MANIFEST_NAME,
                    "the student copy needs the key line removed, but it is not a line of its "
                    f'own; write it on one line, as key = "{key_name}"',
                    "key",
                )
            ],
        )
    key_file = PurePosixPath(key_name).name
    uncommented = [line for line in lines if not (_COMMENT_LINE.match(line) and key_file in line)]
    if parses_to_expected(uncommented):
        lines = uncommented
    return bom + "\n".join(lines).encode("utf-8")


def _check_no_key_traces(
    source: Path, entries: dict[str, bytes], lesson: Lesson, key_name: str
) -> None:
    """Refuse a student copy in which a file names the key or repeats one of its notes.

    The key file itself is already left out; this catches the model answers pasted into the
    instructions, or a manifest comment about the key that could not be removed safely.
    """
    traces = {PurePosixPath(key_name).name, key_name}
    traces |= {span.note for span in lesson.key if len(span.note) >= MIN_LEAK_NOTE_CHARS}
    problems = []
    for name, data in sorted(entries.items()):
        text = data.decode("utf-8", errors="replace")
        for trace in sorted(traces):
            if trace in text:
                line = text[: text.index(trace)].count("\n") + 1
                shown = trace if len(trace) <= 40 else trace[:37] + "..."
                problems.append(
                    PackProblem(
                        name,
                        f"repeats {shown!r} from the answer key; a student copy must not "
                        "show the key, so remove it from this file",
                        f"line {line}",
                    )
                )
    if problems:
        raise BuildError(str(source), problems)


# ---------------------------------------------------------------------------------------------
# Writing


def _write_checked(
    source: Path, out: Path, entries: dict[str, bytes], lesson: Lesson, student: bool
) -> Lesson:
    """Write the zip beside ``out``, check it loads as the same lesson, then move it into place.

    The temporary file is in ``out``'s own folder so that :func:`os.replace` is a rename on one
    file system, which is atomic: a crash or a full disk leaves the old ``out`` untouched.
    """
    try:
        temporary, handle = _create_temporary(out)
    except OSError as error:
        raise _write_error(source, out, error) from None
    try:
        with handle:
            _write_zip(handle, entries)
            handle.flush()
            os.fsync(handle.fileno())
        built = _check_built(source, out, temporary, lesson, student)
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _write_error(source, out, error) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return built


def _write_error(source: Path, out: Path, error: OSError) -> BuildError:
    reason = error.strerror or str(error)
    return BuildError(str(source), [PackProblem(str(out), f"could not be written: {reason}")])


def _create_temporary(out: Path) -> tuple[Path, BinaryIO]:
    """A new file beside ``out``, created with the permissions of any file the user saves
    (0666 less the umask), which a temporary file from :mod:`tempfile` (0600) would not have."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(temporary, flags, 0o666)
        except FileExistsError:
            continue
        return temporary, os.fdopen(descriptor, "wb")


def _write_zip(handle: BinaryIO, entries: dict[str, bytes]) -> None:
    """Write ``entries`` as a deterministic zip: same entries, same bytes."""
    with zipfile.ZipFile(handle, "w") as archive:
        for name in sorted(entries):
            data = entries[name]
            info = zipfile.ZipInfo(name, date_time=ZIP_TIMESTAMP)
            info.create_system = ZIP_CREATE_SYSTEM
            info.external_attr = ZIP_FILE_MODE << 16
            info.compress_type = _method(data)
            archive.writestr(info, data, compresslevel=COMPRESS_LEVEL)


def _method(data: bytes) -> int:
    """Deflate, except for entries over the size at which the zip reader starts checking the
    compression ratio: those are stored as they are.

    A generated or very repetitive article can shrink more than the reader allows and would be
    refused as a zip bomb; the reader also checks the ratio while it reads, so even an entry
    whose final ratio is fine can be refused if it starts repetitively. A stored entry's ratio is
    1 whatever it holds. Real articles are tens of kilobytes, so this costs nothing in practice.
    """
    return zipfile.ZIP_STORED if len(data) > RATIO_CHECK_FLOOR else zipfile.ZIP_DEFLATED


def _check_built(source: Path, out: Path, temporary: Path, lesson: Lesson, student: bool) -> Lesson:
    """The built zip, loaded back: it must be the source's lesson with the same content hash,
    and hold no key if it is the student copy."""
    try:
        built = load_pack(temporary)
    except PackError as error:
        raise BuildError(
            str(source),
            [
                PackProblem(str(out), f"the built zip does not load back: {problem}")
                for problem in error.problems
            ],
        ) from None
    problems = []
    if built.content_hash != lesson.content_hash:
        problems.append(
            PackProblem(
                str(out),
                f"the built zip's content hash {built.content_hash} differs from the source's "
                f"{lesson.content_hash}; did a file change during the build? Build again",
            )
        )
    expected_key = 0 if student else len(lesson.key)
    if len(built.key) != expected_key:
        problems.append(
            PackProblem(
                str(out), f"the built zip has {len(built.key)} key spans, not {expected_key}"
            )
        )
    if problems:
        raise BuildError(str(source), problems)
    return built
