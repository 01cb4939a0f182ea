"""The built-in lesson works from an installed wheel, not only from the checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annotator.core.lessons.pack import load_pack

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_carries_the_built_in_lesson(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("annotator-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "annotator/_content/lessons/ice-releases/lesson.toml" in names
        assert "annotator/schemas/manifest.schema.json" in names
        # The translations, compiled by the build hook (hatch_build.py), beside their sources.
        assert {"annotator/i18n/annotator_es.ts", "annotator/i18n/annotator_es.qm"} <= set(names)
        assert "annotator/i18n/annotator_en.qm" in names
        assert "annotator/resources/annotator.svg" in names  # the windows' icon
        archive.extractall(tmp_path / "site")
    assert not any(name.startswith(("tests/", "benchmarks/")) for name in names)
    # Loaded from the unpacked wheel, exactly as an installed app finds it.
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path / 'site')!r});"
        "from annotator.core.lessons.builtin import builtin_lesson_path;"
        "from annotator.core.lessons.pack import load_pack;"
        "lesson = load_pack(builtin_lesson_path());"
        "print(builtin_lesson_path()); print(lesson.content_hash, len(lesson.key))"
    )
    run = subprocess.run(
        [sys.executable, "-I", "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path / "site",
    )
    assert run.returncode == 0, run.stderr
    path, summary = run.stdout.splitlines()
    assert "_content" in path
    checkout = load_pack(ROOT / "lessons" / "ice-releases")
    assert summary == f"{checkout.content_hash} {len(checkout.key)}"
