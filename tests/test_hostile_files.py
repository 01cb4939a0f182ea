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
