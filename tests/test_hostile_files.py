"""Files that are not what they claim: nothing a file can do hangs the app or eats its memory.

A pack folder whose article is a sparse file of gigabytes, a FIFO (reading waits forever for a
writer) or a symbolic link to ``/dev/zero`` (reading never ends) is refused with the file's
name, quickly and in bounded memory. Each of these hung the app or ran it out of memory before.
"""

from __future__ import annotations

import os
import shutil
import tracemalloc
from pathlib import Path

import pytest

from annotator.core.bounded_read import FileRefused, read_bounded
from annotator.core.lessons.builtin import builtin_lesson_path, content_root
from annotator.core.lessons.pack import PackError, load_pack

ARTICLE = "articles/nbc-news-2025-02-03.md"


@pytest.fixture
def pack_folder(tmp_path) -> Path:
    """The built-in lesson as a self-contained folder the test may spoil."""
    folder = tmp_path / "pack"
    shutil.copytree(builtin_lesson_path(), folder)
    (folder / "articles").mkdir()
    for article in (content_root() / "articles").glob("*.md"):
        shutil.copy(article, folder / "articles" / article.name)
    load_pack(folder)  # sound before it is spoiled
    return folder


def _problems(folder: Path) -> str:
    with pytest.raises(PackError) as raised:
        load_pack(folder)
    return str(raised.value)


@pytest.mark.timeout(30)
def test_a_sparse_article_of_gigabytes_is_refused_without_reading_it(pack_folder):
    article = pack_folder / ARTICLE
    with article.open("r+b") as handle:
        handle.truncate(3 * 1024**3)  # 3 GiB, costing no disk
    tracemalloc.start()
    try:
        message = _problems(pack_folder)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert ARTICLE in message and "larger than the 8 MB limit" in message
    assert peak < 64 * 1024**2, f"peak {peak / 1024**2:.0f} MiB while refusing"


@pytest.mark.timeout(30)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_place_of_an_article_is_not_waited_on(pack_folder):
    article = pack_folder / ARTICLE
    article.unlink()
    os.mkfifo(article)
    assert ARTICLE in _problems(pack_folder)


@pytest.mark.timeout(30)
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_link_to_a_device_in_place_of_an_article_is_not_read(pack_folder):
    article = pack_folder / ARTICLE
    article.unlink()
    article.symlink_to("/dev/zero")
    assert ARTICLE in _problems(pack_folder)


@pytest.mark.timeout(30)
def test_the_bounded_reader_reads_one_byte_past_its_limit_and_no_devices(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 5000)
    assert read_bounded(path, 10_000) == b"x" * 5000
    assert read_bounded(path, 100) == b"x" * 101
    if Path("/dev/zero").exists():
        with pytest.raises(FileRefused, match="not a regular file"):
            read_bounded("/dev/zero", 100)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        with pytest.raises(FileRefused, match="not a regular file"):
            read_bounded(fifo, 100)


# --- a class import: each file its own outcome, the batch always goes on ---------------------


def _duplicate_ids_file(folder: Path, lesson, good: Path) -> Path:
    """A submission whose checksum is right but which holds one annotation id twice."""
    import json

    from annotator.core.classroom.submission import checksum

    body = json.loads(good.read_text("utf-8"))
    body["student"]["name"] = "Twice"
    body["annotations"].append(dict(body["annotations"][0]))
    body["checksum"] = checksum(body)
    path = folder / "b-twice.submission.json"
    path.write_text(json.dumps(body), "utf-8")
    return path


@pytest.mark.timeout(60)
def test_one_bad_file_never_stops_a_class_import(tmp_path, lesson):
    from annotator.services.classroom import ADDED, REFUSED, Classroom
    from annotator.storage.database import open_database
    from tests.student_work import submit_work

    folder = tmp_path / "hand-in"
    folder.mkdir()
    phrases = [("nbc-news", "Space constraints and court orders", "FACT")]
    first = submit_work(folder, lesson, "Ada", phrases)
    first = first.rename(folder / "a-ada.submission.json")
    _duplicate_ids_file(folder, lesson, first)
    (folder / "c-deep.submission.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    outside = tmp_path / "elsewhere.submission.json"
    outside.write_bytes(first.read_bytes())
    (folder / "d-outside.submission.json").symlink_to(outside)
    if Path("/dev/zero").exists():
        (folder / "e-zero.submission.json").symlink_to("/dev/zero")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "f-pipe.submission.json")
    last = submit_work(folder, lesson, "Zoe", phrases)
    last.rename(folder / "z-zoe.submission.json")

    with open_database(tmp_path / "teacher.db") as database:
        outcomes = Classroom(database, lesson).import_paths([folder])
    by_name = {Path(outcome.file).name: outcome for outcome in outcomes}
    assert by_name["a-ada.submission.json"].status == ADDED
    assert by_name["z-zoe.submission.json"].status == ADDED
    assert "more than once" in by_name["b-twice.submission.json"].reason
    assert "nested too deeply" in by_name["c-deep.submission.json"].reason
    assert "outside the folder" in by_name["d-outside.submission.json"].reason
    for name in ("e-zero.submission.json", "f-pipe.submission.json"):
        if name in by_name:
            assert by_name[name].status == REFUSED
            assert "outside the folder" in by_name[name].reason or "regular" in by_name[name].reason


def test_spans_that_do_not_match_the_article_are_placed_by_their_quote_or_orphaned(
    tmp_path, lesson
):
    """A submission of this very version whose offsets lie (past the article's end, or on other
    words than its quote) is never stored as it came."""
    import json

    from annotator.core.classroom.submission import checksum
    from annotator.services.classroom import Classroom
    from annotator.storage.database import open_database
    from tests.student_work import submit_work

    text = lesson.article("nbc-news").text.text
    phrases = [
        ("nbc-news", "Space constraints and court orders", "FACT"),
        ("nbc-news", "monitoring programs", "QUOTE"),
        ("nbc-news", "released back", "FRAMING"),
    ]
    path = submit_work(tmp_path / "hand-in", lesson, "Ada", phrases)
    body = json.loads(path.read_text("utf-8"))
    by_tag = {item["tag"]: item["target"] for item in body["annotations"]}
    past_end, other_words, unknown = by_tag["FACT"], by_tag["QUOTE"], by_tag["FRAMING"]
    past_end["position"] = {"start": len(text) + 5, "end": len(text) + 39}
    other_words["position"]["start"] += 3
    other_words["position"]["end"] += 3
    unknown["quote"]["exact"] = "words that are nowhere in the article"
    body["checksum"] = checksum(body)
    path.write_text(json.dumps(body), "utf-8")

    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        (outcome,) = classroom.import_paths([path])
        (work,) = classroom.annotations_by_student().values()
        stored = {a.tag: a for a in work}
    assert outcome.status == "added"
    assert "3 annotation(s) did not match the article" in outcome.reason
    for tag, phrase in (("FACT", phrases[0][1]), ("QUOTE", phrases[1][1])):
        placed = stored[tag]
        assert not placed.orphaned
        assert text[placed.start : placed.end] == phrase
    assert stored["FRAMING"].orphaned


@pytest.mark.timeout(60)
def test_a_submission_of_200_mb_is_refused_without_reading_it_whole(tmp_path, lesson):
    from annotator.services.classroom import REFUSED, Classroom
    from annotator.storage.database import open_database

    huge = tmp_path / "huge.submission.json"
    with huge.open("wb") as handle:
        handle.write(b'{"format": "annotator.submission", "pad": "')
        handle.truncate(200 * 1024**2)  # sparse: 200 MB that cost no disk
    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        tracemalloc.start()
        try:
            (outcome,) = classroom.import_paths([huge])
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert outcome.status == REFUSED and "larger than any submission" in outcome.reason
    assert peak < 64 * 1024**2, f"peak {peak / 1024**2:.0f} MiB while refusing"
