"""Reading a lesson pack ``.zip`` into memory without trusting it.

Packs reach a classroom on USB sticks and in e-mails, from anyone, so a zip is treated as hostile
until proven otherwise. :func:`read_zip` never extracts anything to disk and never writes
anything anywhere: it returns the files as ``{relative POSIX path: bytes}``, or refuses the whole
archive with an :class:`UnsafeArchiveError` whose message names the archive, the entry and what
to do. A pack that is refused is refused entirely; half a lesson is worse than none.

Every check that can be made from the central directory is made first, for every entry, so that
a bad archive is refused before any time is spent decompressing it. The sizes the directory
declares are then checked again against the bytes that are really decompressed, because headers
can lie.

Standard library only: this module is part of the pure core.
"""

from __future__ import annotations

import io
import lzma
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePath

MiB = 1024 * 1024

# The ratio limit only applies once an entry has produced more than this many bytes: a small file
# of repeated characters can legitimately shrink a thousandfold, and cannot hurt anyone.
RATIO_CHECK_FLOOR = 1 * MiB

# Entries are decompressed this many bytes at a time. zipfile keeps at most about this many
# compressed bytes (plus 4 KiB) read ahead of the decompressor, so the running ratio, measured on
# the bytes zipfile has read, can only err on the lenient side, and only by that much.
CHUNK_SIZE = 32 * 1024

# Files that operating systems slip into archives. They are skipped silently: a teacher who zips a
# folder on a Mac should not be told off for Apple's bookkeeping.
JUNK_TOP_FOLDER = "__MACOSX"
JUNK_FILE_NAMES = frozenset({".ds_store", "thumbs.db"})  # compared case-insensitively

# The compression methods zipfile can decompress. Anything else (Deflate64, PPMd, AES ...) would
# fail half-way through, so it is refused up front with a clearer message.
READABLE_METHODS = frozenset(
    {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
)

_DRIVE = re.compile(r"^[A-Za-z]:")
_FLAG_ENCRYPTED = 0x1
_SHOWN_NAME_MAX = 120

# What to tell the teacher for each kind of refusal.
_ADVICE_DAMAGED = (
    "The file is damaged or is not a lesson pack; ask the sender for a fresh copy "
    "(a download or copy that was cut short looks like this)."
)
_ADVICE_UNSAFE = (
    "Archives like this are made to write files outside their folder; do not use this file, and "
    "ask the sender to make the pack again by zipping the lesson folder."
)
_ADVICE_BOMB = (
    "This looks like a 'zip bomb' that would fill the computer's memory; do not use this file. "
    "If the pack is genuine, ask the sender to remove large or unneeded files from it."
)


@dataclass(frozen=True)
class ZipLimits:
    """How much a pack may hold. The defaults are far above any real lesson.

    ``max_ratio`` (uncompressed bytes / compressed bytes of one entry) is only enforced for an
    entry once it exceeds :data:`RATIO_CHECK_FLOOR` (1 MiB) uncompressed: it is meant to catch
    the gigabytes-of-zeros trick, not a small, very repetitive text file. It is checked on the
    header's sizes before reading, then on the running totals while reading (bytes decompressed
    so far over compressed bytes zipfile has really read), since the header may lie.
    """

    max_entries: int = 500  # every entry of the central directory, folders and OS junk included
    max_total_bytes: int = 64 * MiB  # all files together, uncompressed
    max_entry_bytes: int = 16 * MiB  # one file, uncompressed
    max_ratio: float = 200.0

    def __post_init__(self) -> None:
        # A zero or negative limit would refuse every pack, or none, with a baffling message.
        for name in ("max_entries", "max_total_bytes", "max_entry_bytes", "max_ratio"):
            if getattr(self, name) <= 0:
                raise ValueError(f"ZipLimits.{name} must be positive, not {getattr(self, name)}")


DEFAULT_LIMITS = ZipLimits()


class UnsafeArchiveError(ValueError):
    """The archive was refused.

    ``archive`` is the path as given, ``entry`` the offending entry's name as stored in the
    archive (None when the archive as a whole is at fault), ``reason`` what is wrong and
    ``advice`` what to do. ``str(error)`` is a full sentence made of all of these, meant to be
    shown to a teacher as it is.
    """

    def __init__(self, archive: str, entry: str | None, reason: str, advice: str) -> None:
        self.archive = archive
        self.entry = entry
        self.reason = reason
        self.advice = advice
        where = f"the entry '{_shown(entry)}' " if entry is not None else "it "
        super().__init__(
            f"The lesson pack '{_shown(PurePath(archive).name)}' was not opened because "
            f"{where}{reason}. {advice}"
        )


def read_zip(path: str | Path, limits: ZipLimits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """The files of the zip at ``path``, as ``{normalised POSIX relative path: bytes}``.

    Directory entries and OS junk (anything under ``__MACOSX/``, ``.DS_Store``, ``Thumbs.db``)
    are skipped. Backslashes count as separators and empty or ``.`` components are dropped, so
    ``a\\b``, ``a//b`` and ``./a/b`` all become ``a/b``; the spelling is otherwise kept as stored.

    If every file sits under one common top folder (a teacher zipped the folder ``my-lesson/``
    itself rather than its content), that single folder is stripped, so that both ways of zipping
    give the same result. Only one level is stripped.

    Refuses the whole archive with :class:`UnsafeArchiveError` when it cannot be read, is not a
    zip, is damaged, or holds anything unsafe: encrypted or symlink entries, names that could
    point outside a folder, names that collide on a case-insensitive file system, too many
    entries, or more data than ``limits`` allow.
    """
    archive = str(path)
    try:
        raw = io.FileIO(path, "r")
    except OSError as error:
        raise UnsafeArchiveError(
            archive,
            None,
            f"could not be read ({_shown(error.strerror or str(error))})",
            "Check that the file is still there (and the USB stick still plugged in), or copy it "
            "to this computer and open the copy.",
        ) from error
    with _CountingReader(raw) as counting, _open_zip(archive, counting) as zf:
        plan = _plan(archive, zf.infolist(), limits)
        return _read_planned(archive, zf, counting, plan, limits)


# ---------------------------------------------------------------------------------------------
# Checking the central directory


@dataclass(frozen=True, slots=True)
class _Planned:
    info: zipfile.ZipInfo
    path: str  # normalised, top folder not yet stripped


def _plan(archive: str, infos: list[zipfile.ZipInfo], limits: ZipLimits) -> list[_Planned]:
    """Check what the central directory says about every entry; return the files to read."""
    if len(infos) > limits.max_entries:
        raise UnsafeArchiveError(
            archive,
            None,
            f"holds {len(infos)} entries, more than the {limits.max_entries} a lesson pack may "
            "hold",
            _ADVICE_BOMB,
        )
    planned: list[_Planned] = []
    seen: dict[str, _Planned] = {}  # collision key -> first entry with it
    declared_total = 0
    for info in infos:
        name = info.orig_filename  # before zipfile cuts it at a NUL or rewrites separators
        path = _normalise(archive, name)
        if _is_symlink(info):
            raise UnsafeArchiveError(
                archive,
                name,
                "is a symbolic link",
                "Links are not allowed in lesson packs; ask the sender to make the pack again "
                "with ordinary files only.",
            )
        if path is None or _is_junk(path):
            continue
        if info.flag_bits & _FLAG_ENCRYPTED:
            raise UnsafeArchiveError(
                archive,
                name,
                "is password-protected",
                "Lesson packs cannot be encrypted; ask the sender for a copy zipped without a "
                "password.",
            )
        if info.compress_type not in READABLE_METHODS:
            raise UnsafeArchiveError(
                archive,
                name,
                f"uses a compression method this app cannot read (method {info.compress_type})",
                "Ask the sender to make the pack again with ordinary zip compression (Deflate).",
            )
        # Packs are opened on Windows and macOS too, whose file systems ignore case (and, on
        # macOS, Unicode normalisation): two such names would be one file there.
        key = unicodedata.normalize("NFC", path).casefold()
        if key in seen:
            first = seen[key]
            how = "" if first.path == path else " on Windows and macOS, which ignore case"
            raise UnsafeArchiveError(
                archive,
                name,
                f"has the same name as the entry '{_shown(first.info.orig_filename)}'{how}",
                "Ask the sender to rename or remove one of the two files and make the pack again.",
            )
        # Early refusals from what the header declares; the same limits are enforced again on
        # the real bytes while reading, since the header may lie.
        _check_entry_size(archive, name, info.file_size, limits)
        declared_total += info.file_size
        _check_total_size(archive, name, declared_total, limits)
        _check_ratio(archive, name, info.file_size, info.compress_size, limits)
        seen[key] = _Planned(info, path)
        planned.append(seen[key])
    return planned


def _normalise(archive: str, name: str) -> str | None:
    """The entry name as a clean relative POSIX path, None for a directory; refuse unsafe names.

    Backslashes are separators here because Windows tools treat them so. Components made only of
    dots and spaces (``..``, ``...``, ``.. ``) are refused: Windows strips trailing dots and
    spaces, so any of them may end up meaning the parent folder.
    """
    if "\0" in name:
        raise UnsafeArchiveError(
            archive, name, "has a NUL character hidden in its name", _ADVICE_UNSAFE
        )
    posix = name.replace("\\", "/")
    if posix.startswith("/"):
        raise UnsafeArchiveError(archive, name, "has an absolute path", _ADVICE_UNSAFE)
    if _DRIVE.match(posix):
        raise UnsafeArchiveError(
            archive, name, "starts with a Windows drive letter", _ADVICE_UNSAFE
        )
    parts = [part for part in posix.split("/") if part not in ("", ".")]
    if any(not part.strip(". ") for part in parts):
        raise UnsafeArchiveError(archive, name, "points outside the pack with '..'", _ADVICE_UNSAFE)
    if not parts or posix.endswith("/"):
        return None
    return "/".join(parts)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    # Unix tools keep st_mode in the high 16 bits. Checked whatever the creating system says:
    # a pack has no business setting those bits to a link.
    return stat.S_ISLNK(info.external_attr >> 16)


def _is_junk(path: str) -> bool:
    parts = path.split("/")
    return parts[0] == JUNK_TOP_FOLDER or parts[-1].casefold() in JUNK_FILE_NAMES


def _check_entry_size(archive: str, name: str, size: int, limits: ZipLimits) -> None:
    if size > limits.max_entry_bytes:
        raise UnsafeArchiveError(
            archive,
            name,
            f"unpacks to more than {_mib(limits.max_entry_bytes)}, the most one file may hold",
            _ADVICE_BOMB,
        )


def _check_total_size(archive: str, name: str, total: int, limits: ZipLimits) -> None:
    if total > limits.max_total_bytes:
        raise UnsafeArchiveError(
            archive,
            name,
            f"brings the pack past {_mib(limits.max_total_bytes)} unpacked, the most a pack may "
            "hold",
            _ADVICE_BOMB,
        )


def _check_ratio(archive: str, name: str, size: int, compressed: int, limits: ZipLimits) -> None:
    if size > RATIO_CHECK_FLOOR and size > limits.max_ratio * compressed:
        raise UnsafeArchiveError(
            archive,
            name,
            f"unpacks to more than {limits.max_ratio:g} times its compressed size",
            _ADVICE_BOMB,
        )


# ---------------------------------------------------------------------------------------------
# Reading, with the limits enforced on the real bytes


class _CountingReader(io.BufferedReader):
    """A file that counts the bytes zipfile takes from it.

    The compressed size in an entry's header may lie too (claiming more than the entry really
    uses hides a bomb's ratio), so the ratio is measured on what zipfile actually reads.
    """

    def __init__(self, raw: io.RawIOBase) -> None:
        super().__init__(raw)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.bytes_read += len(data)
        return data


# What zipfile and the decompressors raise on a damaged or truncated archive. OSError covers bz2's
# "Invalid data stream" as well as a USB stick pulled out mid-read.
_DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    zlib.error,
    lzma.LZMAError,
    OSError,
    RuntimeError,  # e.g. a compression module missing from this Python
    NotImplementedError,
)


def _open_zip(archive: str, fileobj: _CountingReader) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(fileobj)
    except (*_DAMAGED, ValueError) as error:  # ValueError: a name that is not valid UTF-8
        raise UnsafeArchiveError(
            archive,
            None,
            f"is not a zip file, or is damaged ({_shown(str(error))})",
            _ADVICE_DAMAGED,
        ) from error


def _read_planned(
    archive: str,
    zf: zipfile.ZipFile,
    counting: _CountingReader,
    plan: list[_Planned],
    limits: ZipLimits,
) -> dict[str, bytes]:
    strip = _common_top_folder([entry.path for entry in plan])
    files: dict[str, bytes] = {}
    total = 0
    for entry in plan:
        data = _read_entry(archive, zf, counting, entry.info, total, limits)
        total += len(data)
        files[entry.path[len(strip) :]] = data
    return files


def _read_entry(
    archive: str,
    zf: zipfile.ZipFile,
    counting: _CountingReader,
    info: zipfile.ZipInfo,
    total_before: int,
    limits: ZipLimits,
) -> bytes:
    """Decompress one entry chunk by chunk, refusing as soon as a limit is passed."""
    name = info.orig_filename
    buffer = bytearray()
    try:
        with zf.open(info) as stream:
            start = counting.bytes_read  # after the local header: only compressed data from here
            while chunk := stream.read(CHUNK_SIZE):
                buffer += chunk
                _check_entry_size(archive, name, len(buffer), limits)
                _check_total_size(archive, name, total_before + len(buffer), limits)
                _check_ratio(archive, name, len(buffer), counting.bytes_read - start, limits)
    except _DAMAGED as error:
        raise UnsafeArchiveError(
            archive, name, f"could not be unpacked ({_shown(str(error))})", _ADVICE_DAMAGED
        ) from error
    return bytes(buffer)


def _common_top_folder(paths: list[str]) -> str:
    """``"folder/"`` if every path lies inside that one folder, else ``""``."""
    tops = {path.split("/", 1)[0] for path in paths}
    if len(tops) == 1 and all("/" in path for path in paths):
        return f"{tops.pop()}/"
    return ""


def _shown(name: str) -> str:
    """A name as it may safely appear in a message: control characters made visible, and cut
    short, since an attacker chooses it and could otherwise fake lines of the message."""
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name)
    if len(shown) > _SHOWN_NAME_MAX:
        shown = shown[: _SHOWN_NAME_MAX - 3] + "..."
    return shown


def _mib(size: int) -> str:
    return f"{size / MiB:g} MiB"
