"""Files the app writes: whole or not at all, and with the permissions the user expects."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from annotator.services.files import current_umask, write_atomically, write_atomically_with

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@posix_only
@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_a_new_file_gets_the_permissions_of_the_users_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        assert current_umask() == mask
        text = write_atomically(tmp_path / "grades.csv", "a,b\r\n")
        pdf = write_atomically_with(tmp_path / "r.pdf", lambda temp: temp.write_bytes(b"%PDF"))
    finally:
        os.umask(old)
    for path in (text, pdf):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path


@posix_only
def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "grades.csv"
    path.write_text("old")
    path.chmod(0o640)
    write_atomically(path, "new")
    assert path.read_text() == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["grades.csv"]  # no temp file left
