"""Building lesson packs into zips, through :func:`build_pack` and through the CLI: the teacher's
copy keeps the key, the student copy holds no trace of it, both carry the folder's content
hash, the bytes are reproducible, and a pack that cannot be built leaves nothing behind.

Real folders and real zips throughout; the built-in pack is copied to ``tmp_path`` before any
test changes it."""

from __future__ import annotations

import shutil
import tomllib
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from annotator.cli import cli
from annotator.core.lessons.builtin import builtin_lesson_path, content_root
from annotator.core.lessons.pack import PackError, load_pack
from annotator.core.lessons.pack_build import BuildError, BuildReport, build_pack

BUILTIN = builtin_lesson_path()
MiB = 1024 * 1024


def builtin_key_spans() -> int:
    manifest = tomllib.loads((BUILTIN / "lesson.toml").read_text("utf-8"))
    return len(tomllib.loads((BUILTIN / manifest["key"]).read_text("utf-8"))["spans"])


def builtin_key_notes() -> list[str]:
    manifest = tomllib.loads((BUILTIN / "lesson.toml").read_text("utf-8"))
    key = tomllib.loads((BUILTIN / manifest["key"]).read_text("utf-8"))
    notes = [span["note"] for span in key["spans"] if span.get("note")]
    assert len(notes) >= 25
    return notes


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A copy of the built-in pack in a library of its own: ``lessons/ice-releases`` beside
    ``articles/``, so that tests may change it. Returns the lesson folder."""
    root = tmp_path / "library"
    shutil.copytree(BUILTIN, root / "lessons" / BUILTIN.name)
    shutil.copytree(content_root() / "articles", root / "articles")
    return root / "lessons" / BUILTIN.name


def write_small_pack(folder: Path, articles: dict[str, str], key: str | None = None) -> Path:
    """A pack of the given article files (manifest path -> text), with article ids a1, a2 ..."""
    entries = "".join(
        f'\n[[articles]]\nid = "a{n}"\nfile = "{name}"\n' for n, name in enumerate(articles, 1)
    )
    key_line = 'key = "key.toml"\n' if key is not None else ""
    files = {
        "lesson.toml": (
            'format = 1\nid = "small"\nversion = "1"\ntitle = "Small"\n'
            f'instructions = "instructions.md"\n{key_line}{entries}'
        ),
        "instructions.md": "Tag the claims.\n",
        **articles,
    }
    if key is not None:
        files["key.toml"] = key
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def article(body: str, outlet: str = "Example") -> str:
    return f'+++\noutlet = "{outlet}"\n+++\n\n{body}\n'


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def entries_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


# ---------------------------------------------------------------------------------------------
# The built-in pack


def test_teacher_and_student_copies_of_the_builtin_pack(tmp_path: Path) -> None:
    folder = load_pack(BUILTIN)
    teacher = build_pack(BUILTIN, tmp_path / "teacher.zip")
    student = build_pack(BUILTIN, tmp_path / "student.zip", student=True)

    articles = (
        "articles/daily-kos-2025-02-07.md",
        "articles/independent-2025-02-03.md",
        "articles/nbc-news-2025-02-03.md",
    )
    assert teacher.entries == (*articles, "instructions.md", "key.toml", "lesson.toml")
    assert student.entries == (*articles, "instructions.md", "lesson.toml")
    assert teacher.from_library == student.from_library == articles
    assert (teacher.key_included, teacher.key_spans) == (True, len(folder.key))
    assert (student.key_included, student.key_spans) == (False, 0)
    assert (teacher.student, student.student) == (False, True)
    assert teacher.size == (tmp_path / "teacher.zip").stat().st_size

    from_teacher, from_student = load_pack(tmp_path / "teacher.zip"), load_pack(student.out)
    assert folder.content_hash == teacher.content_hash == student.content_hash
    assert from_teacher.content_hash == from_student.content_hash == folder.content_hash
    assert len(from_teacher.key) == len(folder.key) >= 25
    assert from_student.key == ()
    assert [a.text.text for a in from_student.articles] == [a.text.text for a in folder.articles]
    assert from_student.instructions_markdown == folder.instructions_markdown


def test_the_student_copy_holds_no_trace_of_the_key(tmp_path: Path) -> None:
    out = build_pack(BUILTIN, tmp_path / "student.zip", student=True).out
    notes = builtin_key_notes()
    with zipfile.ZipFile(out) as archive:
        assert archive.comment == b""
        for info in archive.infolist():
            assert "key" not in info.filename.lower()
            assert info.comment == b"" and info.extra == b""
            data = archive.read(info)
            assert b"key.toml" not in data, info.filename
            for note in notes:
                assert note.encode("utf-8") not in data, (info.filename, note[:40])
    raw = out.read_bytes()
    assert b"key.toml" not in raw
    manifest = tomllib.loads(entries_of(out)["lesson.toml"].decode("utf-8"))
    assert "key" not in manifest


def test_the_student_manifest_is_the_source_without_its_key_line(tmp_path: Path) -> None:
    source = (BUILTIN / "lesson.toml").read_bytes()
    teacher = entries_of(build_pack(BUILTIN, tmp_path / "teacher.zip").out)
    student = entries_of(build_pack(BUILTIN, tmp_path / "student.zip", student=True).out)
    assert teacher["lesson.toml"] == source
    kept = [line for line in source.split(b"\n") if not line.startswith(b"key = ")]
    assert student["lesson.toml"] == b"\n".join(kept)
    assert len(kept) == len(source.split(b"\n")) - 1
    for name in ("instructions.md", "articles/nbc-news-2025-02-03.md"):
        assert teacher[name] == student[name]
    assert teacher["instructions.md"] == (BUILTIN / "instructions.md").read_bytes()
    assert teacher["key.toml"] == (BUILTIN / "key.toml").read_bytes()


def test_builds_are_byte_for_byte_reproducible(tmp_path: Path) -> None:
    for student in (False, True):
        first = build_pack(BUILTIN, tmp_path / f"first-{student}.zip", student=student).out
        second = build_pack(BUILTIN, tmp_path / f"second-{student}.zip", student=student).out
        assert first.read_bytes() == second.read_bytes()
        with zipfile.ZipFile(first) as archive:
            infos = archive.infolist()
            assert [i.filename for i in infos] == sorted(i.filename for i in infos)
            for info in infos:
                assert info.date_time == (1980, 1, 1, 0, 0, 0)
                assert info.external_attr >> 16 == 0o100644
                assert info.create_system == 3
                assert info.compress_type == zipfile.ZIP_DEFLATED


def test_a_built_zip_builds_again_into_the_same_bytes(tmp_path: Path) -> None:
    """A teacher who only has the teacher's zip can still make the student copy."""
    teacher = build_pack(BUILTIN, tmp_path / "teacher.zip").out
    from_zip = build_pack(teacher, tmp_path / "student-from-zip.zip", student=True)
    from_folder = build_pack(BUILTIN, tmp_path / "student.zip", student=True)
    assert from_zip.out.read_bytes() == from_folder.out.read_bytes()
    assert from_zip.from_library == ()
    again = build_pack(teacher, tmp_path / "teacher-again.zip").out
    assert again.read_bytes() == teacher.read_bytes()


def test_rebuilding_replaces_the_old_zip(tmp_path: Path) -> None:
    out = tmp_path / "pack.zip"
    out.write_bytes(b"an older build")
    build_pack(BUILTIN, out, student=True)
    assert load_pack(out).key == ()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pack.zip"]


# ---------------------------------------------------------------------------------------------
# The CLI


def test_pack_build_on_the_command_line(tmp_path: Path) -> None:
    teacher, student = tmp_path / "teacher.zip", tmp_path / "student.zip"
    result = run("pack", "build", str(BUILTIN), "--out", str(teacher))
    assert result.exit_code == 0, result.output
    content_hash = load_pack(BUILTIN).content_hash
    assert f"Built {teacher} (teacher's copy, " in result.output
    assert "  key.toml\n" in result.output
    assert "  articles/nbc-news-2025-02-03.md  (copied in from the shared articles/ library)\n" in (
        result.output
    )
    assert f"Answer key: included ({builtin_key_spans()} spans)" in result.output
    assert f"Content hash: {content_hash}" in result.output

    result = run("pack", "build", str(BUILTIN), "--out", str(student), "--student")
    assert result.exit_code == 0, result.output
    assert f"Built {student} (student copy, " in result.output
    assert "key.toml" not in result.output
    assert "Answer key: not included" in result.output
    assert f"Content hash: {content_hash}" in result.output

    assert load_pack(teacher).content_hash == load_pack(student).content_hash == content_hash
    assert (
        student.read_bytes()
        == build_pack(BUILTIN, tmp_path / "api.zip", student=True).out.read_bytes()
    )


def test_pack_build_help_describes_every_option() -> None:
    result = run("pack", "build", "--help")
    assert result.exit_code == 0
    assert "--out FILE.zip" in result.output and "--student" in result.output


def test_building_a_broken_pack_fails_and_writes_nothing(library: Path, tmp_path: Path) -> None:
    key = library / "key.toml"
    key.write_text(key.read_text("utf-8").replace("immigration crackdown", "immigrant crackdown"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "pack.zip"

    result = run("pack", "build", str(library), "--out", str(out), "--student")
    assert result.exit_code == 1
    assert f"Error: The lesson pack {library} cannot be opened:" in result.output
    assert "key.toml: spans[0].exact: the quote 'immigrant crackdown' is not in article" in (
        result.output
    )
    with pytest.raises(PackError):
        build_pack(library, out)
    assert list(out_dir.iterdir()) == []

    out.write_bytes(b"the previous build")
    assert run("pack", "build", str(library), "--out", str(out)).exit_code == 1
    assert out.read_bytes() == b"the previous build"
    assert list(out_dir.iterdir()) == [out]


def test_pack_validate_exit_codes(library: Path) -> None:
    result = run("pack", "validate", str(BUILTIN))
    assert result.exit_code == 0, result.output
    assert "OK: 'Released back into the U.S.: three reports of one story'" in result.stdout
    assert f"3 articles, {builtin_key_spans()} key spans, sha256:" in result.stdout

    manifest = library / "lesson.toml"
    manifest.write_text(manifest.read_text("utf-8").replace('version = "1.0.0"', "version = 1"))
    (library.parent.parent / "articles" / "daily-kos-2025-02-07.md").unlink()
    result = run("pack", "validate", str(library))
    assert result.exit_code == 1
    assert f"{library}: 1 problem(s)" in result.stderr
    assert "  - lesson.toml: version: 1 should be of type string" in result.stderr

    manifest.write_text(manifest.read_text("utf-8").replace("version = 1", 'version = "1.0.1"'))
    result = run("pack", "validate", str(library))
    assert result.exit_code == 1
    assert "  - articles/daily-kos-2025-02-07.md: the article named in lesson.toml is not in " in (
        result.stderr
    )


# ---------------------------------------------------------------------------------------------
# Where the zip may go


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (lambda src: src / "pack.zip", "is inside the source folder"),
        (lambda src: src / "articles" / "pack.zip", "is inside the source folder"),
        (lambda src: src, "is the source pack itself"),
        (lambda src: src.parent / "pack.tar", "a built pack is a .zip file"),
        (lambda src: src.parent / "missing" / "pack.zip", "does not exist"),
    ],
    ids=["in-source", "deep-in-source", "the-source", "not-zip", "no-folder"],
)
def test_a_build_is_refused_where_it_would_harm_the_source(
    library: Path, where, message: str
) -> None:
    before = sorted(library.rglob("*"))
    out = where(library)
    with pytest.raises(BuildError) as caught:
        build_pack(library, out)
    assert f"The lesson pack {library} was not built:" in str(caught.value)
    assert f"{out}: " in str(caught.value) and message in str(caught.value)
    assert sorted(library.rglob("*")) == before
    assert not (library.parent / "missing").exists()


def test_a_zip_may_not_be_built_over_itself(tmp_path: Path) -> None:
    teacher = build_pack(BUILTIN, tmp_path / "teacher.zip").out
    before = teacher.read_bytes()
    with pytest.raises(BuildError, match="is the source pack itself"):
        build_pack(teacher, teacher, student=True)
    assert teacher.read_bytes() == before


# ---------------------------------------------------------------------------------------------
# Taking the key out of the manifest


@pytest.mark.parametrize(
    "key_line",
    [
        'key = "key.toml"',
        "key='key.toml'",
        '"key" = "key.toml"   # the answers',
        '  key = "key.toml"\t',
    ],
)
def test_the_key_line_is_removed_however_it_is_written(
    library: Path, tmp_path: Path, key_line: str
) -> None:
    manifest = library / "lesson.toml"
    text = manifest.read_text("utf-8").replace('key = "key.toml"', key_line)
    manifest.write_text(text, encoding="utf-8")
    out = build_pack(library, tmp_path / "student.zip", student=True).out
    written = entries_of(out)["lesson.toml"].decode("utf-8")
    assert written == text.replace(key_line + "\n", "")
    assert load_pack(out).content_hash == load_pack(BUILTIN).content_hash


def test_windows_line_endings_a_bom_and_key_comments_are_handled(
    library: Path, tmp_path: Path
) -> None:
    manifest = library / "lesson.toml"
    lines = manifest.read_text("utf-8").split("\n")
    lines.insert(lines.index('key = "key.toml"'), "# key.toml holds the answers: teachers only")
    text = "\r\n".join(lines)
    manifest.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    out = build_pack(library, tmp_path / "student.zip", student=True).out
    written = entries_of(out)["lesson.toml"]
    kept = [line for line in lines if "key" not in line]
    assert written == b"\xef\xbb\xbf" + "\r\n".join(kept).encode("utf-8")
    assert b"key" not in written
    assert load_pack(out).content_hash == load_pack(BUILTIN).content_hash


def test_a_key_line_that_cannot_be_removed_safely_refuses_the_student_copy(
    library: Path, tmp_path: Path
) -> None:
    manifest = library / "lesson.toml"
    text = manifest.read_text("utf-8").replace('key = "key.toml"', 'key = """\nkey.toml"""')
    manifest.write_text(text, encoding="utf-8")
    assert load_pack(library).has_key  # the pack itself is fine
    with pytest.raises(BuildError) as caught:
        build_pack(library, tmp_path / "student.zip", student=True)
    assert "lesson.toml: key: the student copy needs the key line removed" in str(caught.value)
    assert 'write it on one line, as key = "key.toml"' in str(caught.value)
    assert not (tmp_path / "student.zip").exists()
    assert build_pack(library, tmp_path / "teacher.zip").key_included


def test_a_key_note_pasted_into_the_instructions_refuses_the_student_copy(
    library: Path, tmp_path: Path
) -> None:
    note = builtin_key_notes()[0]
    instructions = library / "instructions.md"
    original = instructions.read_text("utf-8")
    instructions.write_text(original + f"\nTeachers: {note}\n", encoding="utf-8")
    line = len(original.splitlines()) + 2
    with pytest.raises(BuildError) as caught:
        build_pack(library, tmp_path / "student.zip", student=True)
    message = str(caught.value)
    assert f"instructions.md: line {line}: repeats '“Crackdown” is a loaded word: it pres..." in (
        message
    )
    assert "from the answer key; a student copy must not show the key" in message
    assert not (tmp_path / "student.zip").exists()
    # The teacher's copy holds the key anyway: it builds.
    assert build_pack(library, tmp_path / "teacher.zip").key_spans == builtin_key_spans()


def test_instructions_naming_the_key_file_refuse_the_student_copy(
    library: Path, tmp_path: Path
) -> None:
    instructions = library / "instructions.md"
    instructions.write_text("See key.toml for the answers.\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"instructions\.md: line 1: repeats 'key\.toml'"):
        build_pack(library, tmp_path / "student.zip", student=True)


# ---------------------------------------------------------------------------------------------
# Packs the zip reader would refuse are not built, or are built so that it does not


def test_a_very_repetitive_large_article_is_stored_so_that_the_zip_opens(tmp_path: Path) -> None:
    """2 MB of one sentence deflates about 1000 : 1, past the reader's 200 : 1 zip-bomb limit;
    zipped by hand it is refused, built with build_pack it is stored and opens."""
    body = ("The council met again. " * 100_000).strip()
    pack = write_small_pack(tmp_path / "big", {"articles/big.md": article(body)})
    assert len((pack / "articles/big.md").read_bytes()) > 2 * MiB

    by_hand = tmp_path / "by-hand.zip"
    with zipfile.ZipFile(by_hand, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(pack.rglob("*")):
            archive.write(path, path.relative_to(pack).as_posix())
    with pytest.raises(PackError, match="unpacks to more than 200 times its compressed size"):
        load_pack(by_hand)

    built = build_pack(pack, tmp_path / "built.zip")
    with zipfile.ZipFile(built.out) as archive:
        assert archive.getinfo("articles/big.md").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo("lesson.toml").compress_type == zipfile.ZIP_DEFLATED
    assert load_pack(built.out).content_hash == built.content_hash  # = the folder's, checked


def test_names_differing_only_in_case_are_refused(tmp_path: Path) -> None:
    pack = write_small_pack(
        tmp_path / "cases",
        {"articles/Report.md": article("One."), "articles/report.md": article("Two.")},
    )
    assert len(load_pack(pack).articles) == 2  # fine on this file system
    with pytest.raises(BuildError) as caught:
        build_pack(pack, tmp_path / "cases.zip")
    assert "articles/report.md: differs from articles/Report.md only in upper/lower case" in str(
        caught.value
    )
    assert not (tmp_path / "cases.zip").exists()


def test_manifest_paths_are_stored_normalised(tmp_path: Path) -> None:
    pack = write_small_pack(tmp_path / "dots", {"./articles//one.md": article("Just one.")})
    built = build_pack(pack, tmp_path / "dots.zip")
    assert built.entries == ("articles/one.md", "instructions.md", "lesson.toml")
    assert load_pack(built.out).articles[0].text.text == "Just one."


def test_files_the_manifest_does_not_name_are_left_out(library: Path, tmp_path: Path) -> None:
    (library / "notes-for-me.txt").write_text("Answers: see key.toml", encoding="utf-8")
    (library / ".DS_Store").write_bytes(b"\0\1")
    built: BuildReport = build_pack(library, tmp_path / "student.zip", student=True)
    assert "notes-for-me.txt" not in built.entries and ".DS_Store" not in built.entries
    assert len(built.entries) == 5
