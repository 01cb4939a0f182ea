"""What installs the app on a desktop: the menu entry, the metadata, the file types, the icons,
the system packages the README names, and ``annotator open`` (what the file types run).

The validators (desktop-file-validate, appstreamcli, update-mime-database) are Debian's tools:
where they are missing the checks skip, except where ``ANNOTATOR_REQUIRE_XVFB=1`` (CI) says the
machine is set up as CI's, which installs them.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.open_cli import lesson_of
from tests.real_display import rows, wait_for
from tests.student_work import submit_work

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.annotator.Annotator"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
# Every Debian or Ubuntu system has these (the C and C++ runtimes, compression): the README
# need not name them.
BASE_SYSTEM = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("ANNOTATOR_REQUIRE_XVFB") == "1":
            pytest.fail(f"{name} is missing, and CI installs it")
        pytest.skip(f"needs {name}")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid():
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_appstream_metadata_is_valid():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_the_entry_the_metadata_and_the_file_types_name_the_same_things():
    entry = desktop_entry()
    metainfo = ElementTree.parse(METAINFO).getroot()
    mime_types = {
        node.get("type") for node in ElementTree.parse(MIME).getroot().iter(f"{MIME_NS}mime-type")
    }
    assert metainfo.findtext("id") == entry["Icon"] == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert set(filter(None, entry["MimeType"].split(";"))) == mime_types
    assert {node.text for node in metainfo.iter("mediatype")} == mime_types
    assert {node.text for node in metainfo.iter("binary")} == {entry["TryExec"]}
    # The entry runs `annotator open`, with the files (or none: the menu).
    assert entry["Exec"] == "annotator open %F"
    from annotator.qt.app import DESKTOP_FILE_NAME

    assert DESKTOP_FILE_NAME == APP_ID  # Wayland matches the windows to the entry by it


def test_the_app_gives_its_windows_the_icon_and_the_desktop_entrys_name():
    probe = (
        "from annotator.qt.app import application\n"
        "app = application()\n"
        "icon = app.windowIcon()\n"
        "print(icon.isNull(), icon.pixmap(64, 64).isNull(), app.desktopFileName())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", APP_ID]


def test_every_icon_is_the_svg_as_qt_draws_it(qapp):
    """The PNG, ICO and ICNS files are made from annotator/resources/annotator.svg by
    packaging/make_icons.py: after a change to the SVG, run it again."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    from PySide6.QtGui import QImage

    pngs = {}
    for size in make_icons.LINUX_SIZES:
        drawn = make_icons.render(size)
        shipped = QImage(str(make_icons.linux_png(size))).convertToFormat(drawn.format())
        assert shipped == drawn, f"{size}x{size}: run packaging/make_icons.py"
    sizes = {*make_icons.ICO_SIZES, *(size for _, size in make_icons.ICNS_TYPES)}
    pngs = {size: make_icons.png_bytes(make_icons.render(size)) for size in sizes}
    ico = {size: pngs[size] for size in make_icons.ICO_SIZES}
    assert make_icons.ICO.read_bytes() == make_icons.ico_bytes(ico)
    assert make_icons.ICNS.read_bytes() == make_icons.icns_bytes(pngs)
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == make_icons.SOURCE.read_bytes()


@pytest.mark.slow
def test_the_file_types_recognise_packs_and_submissions(tmp_path, lesson):
    """Installed as install.sh installs them, the types are what the desktop (GLib's and Qt's
    database) sees: by name, and by content for a file whose name says nothing."""
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, data / "mime" / "packages")
    subprocess.run([tool("update-mime-database"), str(data / "mime")], check=True)
    (tmp_path / "in").mkdir()
    submission = submit_work(tmp_path / "in", lesson, "Ada", [])
    renamed_submission = shutil.copy(submission, tmp_path / "work.json")
    pack = tmp_path / "ice.lesson.zip"
    build = ["pack", "build", str(builtin_lesson_path()), "--out", str(pack), "--student"]
    built = subprocess.run(
        [sys.executable, "-m", "annotator", *build],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert built.returncode == 0, built.stderr
    renamed_pack = shutil.copy(pack, tmp_path / "lesson.bin")
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "db = QMimeDatabase()\n"
        "for name in sys.argv[1:3]: print(db.mimeTypeForFile(name).name())\n"
        "for name in sys.argv[3:]:\n"
        "    print(db.mimeTypeForData(open(name, 'rb').read()).name())\n"
    )
    files = [pack, submission, renamed_pack, renamed_submission]
    result = subprocess.run(
        [sys.executable, "-c", probe, *map(str, files)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "XDG_DATA_HOME": str(data),
            "XDG_DATA_DIRS": f"{data}:/usr/share",
        },
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.split()
        == [
            "application/x-annotator-lesson",
            "application/x-annotator-submission",
        ]
        * 2
    )


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs a Debian or Ubuntu system")
def test_the_readme_names_every_system_package_qt_needs_on_an_x_desktop():
    """Each library Qt's X11 plugin, Qt's GUI libraries and the SVG icon plugin link to is
    in a package the README names, or one it brings along (its dependencies, as installed)."""
    tool("readelf")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    libraries = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "iconengines" / "libqsvgicon.so",
        *(qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Widgets", "Core")),
        *(qt / "plugins" / "xcbglintegrations").glob("*.so"),
    ]
    needed = set()
    for library in libraries:
        dynamic = subprocess.run(
            ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    needed = {name for name in needed if not name.startswith(("libQt6", "libicu"))}
    packages = {_package_of(name) for name in needed}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    paragraph = next(part for part in readme.split("\n\n") if "libxcb-cursor0" in part)
    named = set(re.findall(r"`([a-z0-9][a-z0-9.+-]+)`", paragraph))
    assert "libxcb-cursor0" in named and "libxcb-icccm4" in named
    covered = _with_dependencies(named) | BASE_SYSTEM
    assert packages - covered == set()


def _package_of(library: str) -> str:
    found = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
    assert found.returncode == 0, f"{library}: no installed package has it"
    owners = [line.split(":")[0] for line in found.stdout.splitlines()]
    return next(owner for owner in owners if not owner.endswith("-dev"))


def _with_dependencies(packages: set[str]) -> set[str]:
    """The packages and everything they depend on, as installed here (dpkg's records)."""
    seen, todo = set(), list(packages)
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        record = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Depends},${Pre-Depends}", package],
            capture_output=True,
            text=True,
        )
        for alternative in record.stdout.split(","):
            name = alternative.split("|")[0].split("(")[0].strip().split(":")[0]
            if name:
                todo.append(name)
    return seen


def test_lesson_of_names_the_lesson_of_the_first_readable_submission(tmp_path, lesson):
    (tmp_path / "in").mkdir()
    broken = tmp_path / "broken.submission.json"
    broken.write_text("{not json")
    good = submit_work(tmp_path / "in", lesson, "Ada", [])
    assert lesson_of([str(broken), str(tmp_path / "gone.submission.json"), str(good)]) == (
        lesson.id
    )
    assert lesson_of([str(broken)]) is None


@pytest.mark.slow
def test_opening_submissions_imports_them_into_the_review_of_their_lesson(tmp_path, lesson):
    """What a double-click on submission files runs: their lesson's review window opens with
    them imported (the built-in lesson is known without asking for its pack)."""
    (tmp_path / "in").mkdir()
    article = lesson.articles[0]
    files = [
        submit_work(tmp_path / "in", lesson, name, [(article.id, article.text.text[:20], "FACT")])
        for name in ("Ada", "Ben")
    ]
    db = tmp_path / "teacher.db"
    app = subprocess.Popen(
        [sys.executable, "-m", "annotator", "open", "--db", str(db), *map(str, files)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        query = "SELECT student_name FROM class_submissions ORDER BY student_name"
        wait_for(lambda: app.poll() is None and len(rows(db, query)) == 2, "the import")
        assert [name for (name,) in rows(db, query)] == ["Ada", "Ben"]
    finally:
        app.terminate()
        app.wait(timeout=30)


def _answer_file_dialog(qtbot, path: Path | None) -> None:
    """When the file dialog is up, chooses ``path`` in it (None: cancels it), as a teacher."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        if path is None:
            dialog.reject()
        else:
            dialog.selectFile(str(path))
            dialog.accept()

    QTimer.singleShot(0, answer)


def test_submissions_of_a_lesson_never_opened_here_ask_for_its_pack(qtbot, tmp_path, lesson):
    from annotator.qt.open_files import ask_for_pack

    pack = tmp_path / "ice.lesson.zip"
    build = ["pack", "build", str(builtin_lesson_path()), "--out", str(pack)]
    built = subprocess.run(
        [sys.executable, "-m", "annotator", *build], capture_output=True, text=True, cwd=ROOT
    )
    assert built.returncode == 0, built.stderr
    _answer_file_dialog(qtbot, pack)
    chosen = ask_for_pack(lesson.id)
    assert chosen is not None and chosen.id == lesson.id and chosen.has_key
    _answer_file_dialog(qtbot, None)
    assert ask_for_pack(lesson.id) is None
