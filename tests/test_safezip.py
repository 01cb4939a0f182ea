"""The safe zip reader, on real archives built here with zipfile and, for the lies a hostile
archive tells, patched byte by byte: no mocks, since the point is what zipfile really does."""

from __future__ import annotations

import os
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from annotator.core.lessons.safezip import (
    RATIO_CHECK_FLOOR,
    UnsafeArchiveError,
    ZipLimits,
    read_zip,
)

MiB = 1024 * 1024

Entry = tuple[str | zipfile.ZipInfo, bytes]


def make_zip(path: Path, entries: list[Entry], method: int = zipfile.ZIP_DEFLATED) -> Path:
    """Write a real zip; a ZipInfo entry keeps its name exactly (backslashes, leading slash)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", method) as zf:
            for name, data in entries:
                info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name)
                info.compress_type = method
                zf.writestr(info, data)
    return path


# Offsets of fields in a central directory header; in the local header each sits 2 bytes earlier.
_FLAGS, _METHOD, _COMPRESSED, _SIZE = 8, 10, 20, 24


def patch_entry(path: Path, name: str, **fields: int) -> None:
    """Overwrite header fields of entry ``name`` in both the central directory and the local
    header, as a hostile tool would. ``fields``: flags, method, compressed, size."""
    offsets = {"flags": (_FLAGS, "<H"), "method": (_METHOD, "<H")}
    offsets |= {"compressed": (_COMPRESSED, "<I"), "size": (_SIZE, "<I")}
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    count, _, pos = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):
        assert data[pos : pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, pos + 28)
        (local,) = struct.unpack_from("<I", data, pos + 42)
        if data[pos + 46 : pos + 46 + name_len] == name.encode():
            for field, value in fields.items():
                offset, fmt = offsets[field]
                struct.pack_into(fmt, data, pos + offset, value)
                struct.pack_into(fmt, data, local + offset - 2, value)
            path.write_bytes(data)
            return
        pos += 46 + name_len + extra_len + comment_len
    raise AssertionError(f"no entry {name!r} in {path}")


def replace_bytes(path: Path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert len(old) == len(new) and old in data
    path.write_bytes(data.replace(old, new))


def refused(path: Path, limits: ZipLimits | None = None) -> UnsafeArchiveError:
    """The refusal of ``path``, checked to name the archive in a full sentence."""
    with pytest.raises(UnsafeArchiveError) as caught:
        read_zip(path) if limits is None else read_zip(path, limits)
    error = caught.value
    assert error.archive == str(path)
    message = str(error)
    assert message.startswith(f"The lesson pack '{path.name}' was not opened because ")
    assert message.endswith(".")
    assert error.reason in message
    return error


def assert_names_entry(error: UnsafeArchiveError, entry: str, shown: str | None = None) -> None:
    assert error.entry == entry
    assert f"the entry '{shown or entry}'" in str(error)


GOOD = {
    "lesson.toml": b'id = "demo"\n',
    "instructions.md": b"# Read closely\n",
    "articles/a.md": b"First article.\n",
    "articles/b.md": b"Second article.\n",
}
JUNK = {
    "__MACOSX/._lesson.toml": b"\x00\x05\x16\x07",
    ".DS_Store": b"\x00\x00\x00\x01Bud1",
    "articles/Thumbs.db": b"\xd0\xcf\x11\xe0",
}


# ---------------------------------------------------------------------------------------------
# Good packs


def test_good_pack_is_read_into_memory_without_junk_or_folders(tmp_path: Path) -> None:
    entries: list[Entry] = [("articles/", b""), *GOOD.items(), *JUNK.items()]
    path = make_zip(tmp_path / "good.zip", entries)
    before = sorted(tmp_path.iterdir())
    assert read_zip(path) == GOOD
    assert sorted(tmp_path.iterdir()) == before  # nothing extracted, nothing written


def test_single_top_folder_is_stripped(tmp_path: Path) -> None:
    entries: list[Entry] = [("my-lesson/", b"")]
    entries += [(f"my-lesson/{name}", data) for name, data in GOOD.items()]
    entries += [("__MACOSX/my-lesson/._lesson.toml", b"x"), ("my-lesson/.DS_Store", b"x")]
    path = make_zip(tmp_path / "zipped-folder.zip", entries)
    assert read_zip(path) == GOOD


def test_top_folder_is_kept_when_not_shared_by_every_file(tmp_path: Path) -> None:
    entries: list[Entry] = [("lesson/lesson.toml", b"a"), ("README.md", b"b")]
    path = make_zip(tmp_path / "mixed.zip", entries)
    assert read_zip(path) == {"lesson/lesson.toml": b"a", "README.md": b"b"}


def test_only_one_top_folder_is_stripped(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "deep.zip", [("outer/inner/lesson.toml", b"a")])
    assert read_zip(path) == {"inner/lesson.toml": b"a"}


def test_names_are_normalised_to_posix(tmp_path: Path) -> None:
    entries: list[Entry] = [
        (zipfile.ZipInfo("articles\\a.md"), b"a"),
        ("notes//b.md", b"b"),
        ("./c.md", b"c"),
    ]
    path = make_zip(tmp_path / "windows.zip", entries)
    assert read_zip(path) == {"articles/a.md": b"a", "notes/b.md": b"b", "c.md": b"c"}


def test_every_compression_method_zipfile_writes_is_read(tmp_path: Path) -> None:
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
        path = make_zip(tmp_path / f"method-{method}.zip", list(GOOD.items()), method)
        assert read_zip(path) == GOOD


def test_small_repetitive_file_is_not_mistaken_for_a_bomb(tmp_path: Path) -> None:
    data = b" " * (RATIO_CHECK_FLOOR // 2)  # shrinks about a thousandfold, but is small
    path = make_zip(tmp_path / "spaces.zip", [("blank.md", data)])
    assert read_zip(path) == {"blank.md": data}


# ---------------------------------------------------------------------------------------------
# Names that reach outside the pack


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil", "'..'"),
        ("articles/../../evil", "'..'"),
        ("..\\x", "'..'"),
        ("articles\\..\\..\\x", "'..'"),
        ("a/.../x", "'..'"),
        ("/abs", "absolute path"),
        ("\\abs", "absolute path"),
        ("\\\\server\\share\\x", "absolute path"),
        ("C:x", "drive letter"),
        ("C:/x", "drive letter"),
        ("c:\\windows\\x", "drive letter"),
    ],
)
def test_names_escaping_the_pack_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    path = make_zip(tmp_path / "evil.zip", [("lesson.toml", b"ok"), (zipfile.ZipInfo(name), b"x")])
    error = refused(path)
    assert_names_entry(error, name)
    assert reason in error.reason
    assert "do not use this file" in str(error)
    assert not (tmp_path.parent / "evil").exists()


def test_nul_in_a_name_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "nul.zip", [("lesson.toml", b"ok"), ("safe.md@.exe", b"x")])
    replace_bytes(path, b"safe.md@.exe", b"safe.md\x00.exe")  # zipfile cannot write a NUL
    error = refused(path)
    assert_names_entry(error, "safe.md\x00.exe", shown="safe.md\\x00.exe")
    assert "NUL" in error.reason


def test_control_characters_in_names_cannot_forge_the_message(tmp_path: Path) -> None:
    name = "x\n\nAll is fine./../evil"
    path = make_zip(tmp_path / "forged.zip", [(zipfile.ZipInfo(name), b"x")])
    error = refused(path)
    assert_names_entry(error, name, shown="x\\x0a\\x0aAll is fine./../evil")
    assert "\n" not in str(error)


def test_symlink_entry_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("articles/a.md")
    link.create_system = 3  # Unix
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = make_zip(tmp_path / "link.zip", [("lesson.toml", b"ok"), (link, b"/etc/passwd")])
    error = refused(path)
    assert_names_entry(error, "articles/a.md")
    assert "symbolic link" in error.reason


# ---------------------------------------------------------------------------------------------
# Encrypted, damaged or not a zip


def test_encrypted_entry_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "secret.zip", [("lesson.toml", b"ok"), ("key.json", b"{}")])
    patch_entry(path, "key.json", flags=0x1)
    error = refused(path)
    assert_names_entry(error, "key.json")
    assert "password" in error.reason


def test_unsupported_compression_method_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "deflate64.zip", [("lesson.toml", b"ok")])
    patch_entry(path, "lesson.toml", method=9)  # Deflate64, which zipfile cannot read
    error = refused(path)
    assert_names_entry(error, "lesson.toml")
    assert "compression method" in error.reason


def test_truncated_zip_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "cut.zip", list(GOOD.items()))
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    error = refused(path)
    assert error.entry is None
    assert "damaged" in error.reason
    assert "fresh copy" in str(error)


def test_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lesson.zip"
    path.write_text("# Just a Markdown file renamed to .zip\n")
    error = refused(path)
    assert error.entry is None
    assert "not a zip file" in error.reason


def test_bad_crc_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "crc.zip", [("a.md", b"Original text.")], zipfile.ZIP_STORED)
    replace_bytes(path, b"Original text.", b"Tampered text.")
    error = refused(path)
    assert_names_entry(error, "a.md")
    assert "CRC" in error.reason


def test_missing_file_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "gone.zip"
    error = refused(path)
    assert error.entry is None
    assert "could not be read" in error.reason


# ---------------------------------------------------------------------------------------------
# Names that collide


def test_case_insensitive_duplicates_are_refused(tmp_path: Path) -> None:
    entries: list[Entry] = [("articles/Vaccine.md", b"a"), ("Articles/vaccine.MD", b"b")]
    path = make_zip(tmp_path / "dupes.zip", entries)
    error = refused(path)
    assert_names_entry(error, "Articles/vaccine.MD")
    assert "'articles/Vaccine.md'" in error.reason
    assert "ignore case" in error.reason


def test_duplicates_after_normalisation_are_refused(tmp_path: Path) -> None:
    entries: list[Entry] = [("articles/a.md", b"a"), (zipfile.ZipInfo("articles\\a.md"), b"b")]
    path = make_zip(tmp_path / "slashes.zip", entries)
    error = refused(path)
    assert_names_entry(error, "articles\\a.md")
    assert "same name as the entry 'articles/a.md'" in error.reason


def test_exact_duplicates_are_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "twice.zip", [("lesson.toml", b"a"), ("lesson.toml", b"b")])
    assert_names_entry(refused(path), "lesson.toml")


# ---------------------------------------------------------------------------------------------
# Too much: entries, bytes, ratio


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    entries: list[Entry] = [(f"articles/{i}.md", b"x") for i in range(11)]
    path = make_zip(tmp_path / "crowded.zip", entries)
    error = refused(path, ZipLimits(max_entries=10))
    assert error.entry is None
    assert "11 entries" in error.reason
    assert read_zip(path, ZipLimits(max_entries=11))  # the limit itself is allowed


def test_bomb_with_honest_header_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.zip", [("lesson.toml", b"ok"), ("bomb.txt", bytes(50 * MiB))])
    error = refused(path, ZipLimits(max_entry_bytes=1 * MiB, max_ratio=10_000))
    assert_names_entry(error, "bomb.txt")
    assert "1 MiB" in error.reason
    assert "zip bomb" in str(error)


def test_bomb_whose_header_lies_about_its_size_is_refused(tmp_path: Path) -> None:
    """The header claims 1,000 bytes for 50 MiB of zeros, so no early check can see it.

    zipfile itself never returns more than the declared size: it stops there, and the CRC of
    the truncated data fails. Either way the archive must be refused, and quickly.
    """
    path = make_zip(tmp_path / "liar.zip", [("lesson.toml", b"ok"), ("bomb.txt", bytes(50 * MiB))])
    patch_entry(path, "bomb.txt", size=1000)
    assert zipfile.ZipFile(path).getinfo("bomb.txt").file_size == 1000
    error = refused(path, ZipLimits(max_entry_bytes=1 * MiB))
    assert_names_entry(error, "bomb.txt")
    assert "could not be unpacked" in error.reason


def test_bomb_whose_header_lies_about_its_compressed_size_is_caught_while_reading(
    tmp_path: Path,
) -> None:
    """20 MiB of zeros (about 20 KiB compressed) claiming 200 KiB compressed: a ratio of about
    100 on paper, 1000 in truth. Only the ratio measured on the bytes zipfile really reads while
    decompressing can see that; random padding after it gives zipfile real bytes to read."""
    entries: list[Entry] = [("bomb.txt", bytes(20 * MiB)), ("padding.bin", os.urandom(256 * 1024))]
    path = make_zip(tmp_path / "squeezed.zip", entries)
    patch_entry(path, "bomb.txt", compressed=200 * 1024)
    limits = ZipLimits(max_entry_bytes=32 * MiB, max_total_bytes=64 * MiB, max_ratio=200)
    error = refused(path, limits)
    assert_names_entry(error, "bomb.txt")
    assert "200 times its compressed size" in error.reason


def test_ratio_too_high_is_refused(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "zeros.zip", [("lesson.toml", b"ok"), ("zeros.bin", bytes(2 * MiB))])
    error = refused(path)  # default limits: 2 MiB is allowed, a ratio near 1000 is not
    assert_names_entry(error, "zeros.bin")
    assert "200 times" in error.reason


def test_total_size_is_limited_across_entries(tmp_path: Path) -> None:
    entries: list[Entry] = [("a.bin", os.urandom(600 * 1024)), ("b.bin", os.urandom(600 * 1024))]
    path = make_zip(tmp_path / "heavy.zip", entries)
    error = refused(path, ZipLimits(max_total_bytes=1 * MiB))
    assert_names_entry(error, "b.bin")
    assert "1 MiB unpacked" in error.reason
    assert read_zip(path, ZipLimits(max_total_bytes=2 * MiB)).keys() == {"a.bin", "b.bin"}


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_ratio"):
        ZipLimits(max_ratio=0)


def test_refusal_is_a_value_error_with_its_parts(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "evil.zip", [(zipfile.ZipInfo("../evil"), b"x")])
    with pytest.raises(ValueError) as caught:
        read_zip(str(path))
    error = caught.value
    assert isinstance(error, UnsafeArchiveError)
    assert (error.archive, error.entry) == (str(path), "../evil")
    assert error.reason == "points outside the pack with '..'"
