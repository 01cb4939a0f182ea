"""What the tests need from beside the repository: skipped alone, required in CI."""

from __future__ import annotations

import pytest

from tests.beside import REQUIRE_ENV, need


def test_a_missing_folder_skips_a_test_in_a_lone_clone(tmp_path, monkeypatch):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="the W3C suite not found at"):
        need(tmp_path / "absent", "the W3C suite")


@pytest.mark.parametrize(("name", "value"), [(REQUIRE_ENV, "1"), ("CI", "true")])
def test_a_missing_folder_fails_a_test_in_ci(tmp_path, monkeypatch, name, value):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv(name, value)
    with pytest.raises(pytest.fail.Exception, match="CI needs it"):
        need(tmp_path / "absent", "the W3C suite")


def test_a_folder_that_is_there_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv(REQUIRE_ENV, "1")
    assert need(tmp_path, "a folder") == tmp_path
