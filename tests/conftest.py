"""Shared fixtures: temp databases, the built-in lesson, a real main window (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.pack import load_pack
from annotator.qt.offscreen import use_offscreen_desktop


def pytest_configure(config) -> None:
    """Before any QApplication: offscreen (unless told otherwise), on a desktop's screen, where
    the windows open at their preferred size (the platform's own screen is 800x800). Tests of
    other screens and scales run the app in a process of its own (tests/test_screens.py)."""
    use_offscreen_desktop()
    # The tests read the app's English (a test of another language asks for it): not the
    # language of whoever runs them, nor one left in their environment.
    os.environ["ANNOTATOR_LANG"] = "en"


# Whether the run holds the W3C conformance checks (a run of a few files may not).
W3C_SELECTED = {"any": False}


def pytest_collection_modifyitems(items) -> None:
    W3C_SELECTED["any"] = any("w3c" in item.nodeid.lower() for item in items)


def pytest_terminal_summary(terminalreporter) -> None:
    """Says how much of the W3C Web Annotation suite ran: skipped checks must not go unseen."""
    from tests.beside import W3C_CHECKED, required

    if W3C_CHECKED["documents"] or (required() and W3C_SELECTED["any"]):
        terminalreporter.write_line(
            f"W3C Web Annotation suite: {W3C_CHECKED['must assertions']} MUST assertions "
            f"checked on {W3C_CHECKED['documents']} documents"
        )


@pytest.fixture(scope="session")
def qapp(qapp_args):
    """pytest-qt's application, speaking the app's English as the app does (its plurals come
    from ``annotator_en.ts``)."""
    from PySide6.QtWidgets import QApplication

    from annotator.qt.translations import install_translations

    app = QApplication.instance() or QApplication(qapp_args)
    install_translations(app, "en")
    return app


@pytest.fixture(autouse=True)
def fresh_user_dirs(tmp_path_factory, monkeypatch):
    """No test touches the user's own data or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))  # translations compiled at start
    return home


@pytest.fixture(autouse=True)
def no_key_left_held():
    """A test's key clicks leave no modifier held for the next test. A shortcut that opens a
    panel can take the simulated release of its modifiers, and Qt then believes Shift is still
    down: the next test's ``selectRow`` would extend a selection instead of making one."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None:
        return
    modifiers = QApplication.keyboardModifiers()
    if modifiers == Qt.KeyboardModifier.NoModifier:
        return
    receiver = QWidget()
    for modifier, key in (
        (Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Shift),
        (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Control),
        (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Alt),
        (Qt.KeyboardModifier.MetaModifier, Qt.Key.Key_Meta),
    ):
        if modifiers & modifier:
            QTest.keyRelease(receiver, key)
    receiver.deleteLater()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "student.db"


@pytest.fixture(scope="session")
def lesson() -> Lesson:
    return load_pack(builtin_lesson_path())


@pytest.fixture
def make_window(qtbot, db_path, lesson):
    """Builds real main windows; each one's database is closed when the test ends."""
    from annotator.qt.app import build_main_window

    windows = []

    def make(path: Path = db_path, the_lesson=lesson, student: str = "Ada"):
        window = build_main_window(path, the_lesson, student=student)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # shortcuts (the number keys) go to the active window
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.database.close()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def review(qtbot, tmp_path, lesson):
    """A real review window on a fresh teacher's database; closed when the test ends."""
    from annotator.qt.review_window import ReviewWindow
    from annotator.storage.database import open_database

    database = open_database(tmp_path / "teacher.db")
    window = ReviewWindow(database, lesson)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    database.close()
