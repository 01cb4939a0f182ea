"""The desktop bundle (``bash packaging/build-linux.sh`` -> ``dist/annotator/``) works on its own.

These tests run the built program, never Python: it must draw the window, export, print the
class's PDFs (in worker processes that are the same program), and tag on a real X server with
real input. They skip when no bundle is built; CI builds one and sets
``ANNOTATOR_REQUIRE_BUNDLE=1``, which turns the skip into a failure. ``ANNOTATOR_BUNDLE`` names
another bundle folder.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.lessons.builtin import content_root
from tests.real_display import require_xvfb
from tests.saved_pages import page, save
from tests.student_work import at_phrase, submit_work, tag_spans
from tests.test_real_display import check_two_tags_by_real_input

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = Path(os.environ.get("ANNOTATOR_BUNDLE", ROOT / "dist" / "annotator"))
PROGRAM = BUNDLE / "annotator"
INTERNAL = BUNDLE / "_internal"

# What the bundle leaves to the system, as every Linux desktop with X has it: the C library,
# and the libraries that must match the machine's graphics driver and X server.
FROM_THE_SYSTEM = {"libc.so.6", "libm.so.6", "libGL.so.1", "libEGL.so.1", "libxcb.so.1"}
# Qt modules the app never uses: none of their libraries or Python modules may be shipped.
NOT_USED = ("Qml", "Quick", "WebEngine", "Multimedia", "Network", "Pdf", "Designer", "3D")


@pytest.fixture(autouse=True)
def bundle_built() -> None:
    if not PROGRAM.is_file():
        message = f"no bundle at {BUNDLE} (bash packaging/build-linux.sh builds it)"
        if os.environ.get("ANNOTATOR_REQUIRE_BUNDLE") == "1":
            pytest.fail(message + "; ANNOTATOR_REQUIRE_BUNDLE=1 says it was built")
        pytest.skip(message)


def run(args: list[str], tmp_path: Path, timeout: float = 120, **env: str):
    """The bundle's program with a bare environment: no Python paths, fresh user folders."""
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "C.UTF-8",
        **env,
    }
    return subprocess.run(
        [str(PROGRAM), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
        stdin=subprocess.DEVNULL,
    )


def test_the_bundle_draws_the_main_window_offscreen(tmp_path):
    from PySide6.QtGui import QColor, QImage

    shot = tmp_path / "window.png"
    result = run(
        ["--screenshot", str(shot), "--db", str(tmp_path / "s.db"), "--student", "Ada"],
        tmp_path,
        QT_QPA_PLATFORM="offscreen",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1600, 1000)
    # The tag buttons in their colours, and text: a window drawn, not an empty frame.
    fact = QColor("#8fd3ff").rgb()
    colours = [image.pixel(x, y) for x in range(0, 1600, 4) for y in range(0, 120, 2)]
    assert colours.count(fact) > 50
    assert len(set(colours)) > 20


def test_the_bundles_exports_are_the_apps(tmp_path, lesson):
    db = tmp_path / "student.db"
    tag_spans(
        db,
        lesson,
        "Ada",
        [at_phrase(lesson, lesson.articles[0].id, lesson.articles[0].text.text[:40], "FACT")],
    )
    for fmt in ("json", "csv", "w3c"):
        bundled = run(["export", "--db", str(db), "--format", fmt], tmp_path)
        assert bundled.returncode == 0, bundled.stderr
        installed = subprocess.run(
            [sys.executable, "-m", "annotator", "export", "--db", str(db), "--format", fmt],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert installed.returncode == 0, installed.stderr
        assert bundled.stdout == installed.stdout
    assert json.loads(bundled.stdout)  # w3c: JSON-LD


@pytest.mark.slow
def test_the_bundle_prints_the_class_reports_with_its_worker_processes(tmp_path, lesson):
    """Five reports and the class's: enough for the PDF writer to start a worker process (on
    two cores or more), which in a bundle is the bundle's program itself."""
    second = lesson.articles[1]
    (tmp_path / "in").mkdir()
    phrase = (second.id, second.text.text[:30], "FACT")
    files = [
        submit_work(tmp_path / "in", lesson, name, [phrase])
        for name in ("Ada", "Ben", "Cy", "Di", "Ed")
    ]
    pack = str(content_root() / "lessons" / "ice-releases")
    db = str(tmp_path / "teacher.db")
    imported = run(["class", "import", "--db", db, "--lesson", pack, *map(str, files)], tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    out = tmp_path / "reports"
    exported = run(
        ["class", "export", "--db", db, "--lesson", pack, "--format", "pdf", "--out", str(out)],
        tmp_path,
        timeout=300,
    )
    assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 6
    assert all(pdf.read_bytes().startswith(b"%PDF-") for pdf in pdfs)


def test_the_bundle_makes_a_lesson_from_saved_pages(tmp_path):
    """The page extractor and what it brings (lxml, its date finder, Babel's root locale) are
    all in the bundle: ``pack new`` reads two saved pages."""
    paragraphs = [
        "ICE has released some of the migrants it arrested, officials said on Monday.",
        "The agency is funded for only 41,500 beds nationwide, according to the report.",
        "Advocates said the releases showed the limits of the crackdown on immigration.",
    ]
    pages = [
        save(
            tmp_path,
            f"{outlet}.html",
            page(paragraphs, title=f"Released, says {outlet}", outlet=outlet, date="2025-02-03"),
        )
        for outlet in ("Daily Planet", "Evening Star")
    ]
    result = run(
        ["pack", "new", *map(str, pages), "--out", str(tmp_path / "pack"), "--title", "Two"],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    planet = (tmp_path / "pack" / "articles" / "daily-planet.md").read_text("utf-8")
    assert "Daily Planet" in planet and "only 41,500 beds nationwide" in planet
    assert (tmp_path / "pack" / "articles" / "evening-star.md").is_file()


def test_the_bundle_carries_the_lesson_and_only_the_qt_the_app_uses():
    bundled = INTERNAL / "annotator" / "_content"
    for folder in ("lessons", "articles"):
        source = ROOT / folder
        files = sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file())
        assert files
        for name in files:
            assert (bundled / folder / name).read_bytes() == (source / name).read_bytes(), name
    assert (INTERNAL / "annotator" / "schemas" / "manifest.schema.json").is_file()
    assert (INTERNAL / "annotator" / "resources" / "annotator.svg").is_file()
    # The translations the build compiled (once the repository has them).
    for source in (ROOT / "annotator" / "i18n").glob("*.ts"):
        assert (INTERNAL / "annotator" / "i18n" / f"{source.stem}.qm").is_file(), source
    shipped = [p.relative_to(INTERNAL).as_posix() for p in INTERNAL.rglob("*")]
    unused = [p for p in shipped if any(re.search(rf"Qt6?{name}", p) for name in NOT_USED)]
    assert unused == []
    assert not any(p.split("/")[0] in {"numpy", "tkinter", "pytest", "hypothesis"} for p in shipped)


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils)")
def test_the_bundle_carries_the_x_libraries_qt_needs_beyond_every_desktops():
    """libxcb-cursor0, libxcb-icccm4 and the rest need not be installed for the bundle."""
    qt = INTERNAL / "PySide6" / "Qt"
    needed = set()
    for library in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        dynamic = subprocess.run(
            ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    assert "libxcb-cursor.so.0" in needed
    missing = {
        name
        for name in needed - FROM_THE_SYSTEM
        if not (INTERNAL / name).exists() and not (qt / "lib" / name).exists()
    }
    assert missing == set()


@pytest.mark.slow
def test_the_bundle_tags_with_real_keys_and_mouse_on_xvfb(tmp_path, lesson):
    require_xvfb()
    check_two_tags_by_real_input([str(PROGRAM)], tmp_path, lesson)


def test_the_bundle_benchmark_runs_and_reports_every_row():
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_bundle.py"),
            "--rounds=1",
            f"--bundle={BUNDLE}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    first_cells = [line.split("  ")[0] for line in result.stdout.splitlines()]
    for row in (
        "bundle size (dist/annotator)",
        "start -> --screenshot PNG written (median)",
        "start -> export done (median)",
    ):
        assert row in first_cells, result.stdout
