"""Starting the app as ``annotator`` does: the lesson is painted first, the saved work next.

:func:`start_main_window` shows the articles before the storage layer is loaded and opens the
database right after the first paint. These tests check both halves: what is (and is not)
there at the first paint, and that the saved work, tagging and errors arrive after it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.qt.app import _refuse_database, start_main_window
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from annotator.storage.paths import default_database_path
from tests.gui_helpers import drag_select


def _saved_annotation(db_path: Path, lesson, phrase: str) -> str:
    """One annotation saved in ``db_path`` the way the app saves it; returns its id."""
    article = lesson.articles[0]
    start = article.text.text.index(phrase)
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        workspace.open_lesson()
        annotation = workspace.add(
            workspace.prepare(article.id, start, start + len(phrase), "FACT")
        )
    return annotation.id


FIRST_PAINT_PROBE = textwrap.dedent(
    """
    # `annotator` with no arguments, as a student starts it; its database is the default one.
    import json, os, sys
    from annotator.start import main

    seen = {}

    def watch(window):
        def state():
            loaded = {name: name in sys.modules for name in MODULES}
            return {
                **loaded,
                "ready": window.ready,
                "tag_enabled": window.findChild(type(window.actions()[0]), "tag-action-FACT")
                .isEnabled(),
                "rows": window.model.rowCount() if window.model is not None else None,
                "side_panel": window.side_panel is not None,
                "tagged_before_ready": window.tag_selection("FACT") is not None,
            }

        def ready():
            seen["ready"] = state()
            print(json.dumps(seen), flush=True)
            os._exit(0)

        window.articles_painted.connect(lambda: seen.update(painted=state()))
        window.saved_work_shown.connect(ready)

    MODULES = ("sqlite_utils", "jsonschema", "markdown", "click")
    sys.argv = ["annotator"]
    main(on_window=watch)
    """
)


def test_the_lesson_is_painted_before_storage_loads_and_the_saved_work_follows(tmp_path, lesson):
    db_path = default_database_path()  # in this test's own XDG_DATA_HOME (see conftest.py)
    db_path.parent.mkdir(parents=True)
    _saved_annotation(db_path, lesson, "Immigration and Customs Enforcement")
    probe = tmp_path / "probe.py"
    probe.write_text(FIRST_PAINT_PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(probe)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    painted, ready = seen["painted"], seen["ready"]
    # First paint: the articles, without sqlite-utils, jsonschema, Markdown or click loaded,
    # and nothing can be tagged yet (so nothing is shown as saved before it is).
    assert painted == {
        "sqlite_utils": False,
        "jsonschema": False,
        "markdown": False,
        "click": False,
        "ready": False,
        "tag_enabled": False,
        "rows": None,  # the list and its model come with the saved work
        "side_panel": False,
        "tagged_before_ready": False,
    }
    # Then the saved work: the annotation is listed, tagging works, the side panel is there.
    assert ready["ready"] and ready["tag_enabled"] and ready["side_panel"]
    assert ready["rows"] == 1
    assert ready["sqlite_utils"] and ready["markdown"]
    assert not ready["jsonschema"]  # the built-in lesson is checked by the tests, not at start


def test_started_window_shows_saved_work_and_tags(qtbot, tmp_path, lesson):
    db_path = tmp_path / "student.db"
    saved = _saved_annotation(db_path, lesson, "Immigration and Customs Enforcement")
    window = start_main_window(db_path, student="Ada")
    qtbot.addWidget(window)
    tag_action = window.findChild(QAction, "tag-action-QUOTE")
    assert not tag_action.isEnabled()
    with qtbot.waitSignal(window.saved_work_shown, timeout=10000):
        pass
    try:
        assert tag_action.isEnabled()
        assert window.workspace is not None
        assert [a.id for a in window.workspace.current_annotations()] == [saved]
        first = next(iter(window.views.values()))
        assert first.annotations_at(first.article.text.text.index("Customs"))
        window.activateWindow()
        start, end = drag_select(first, "federal")
        window._set_active(first)
        created = window.tag_selection("QUOTE")
        assert created is not None and (created.start, created.end) == (start, end)
        assert window.model.rowCount() == 2
    finally:
        window.close()
        window.database.close()
    with open_database(db_path) as database:
        rows = list(database.db.query("select tag from annotations order by tag"))
    assert [row["tag"] for row in rows] == ["FACT", "QUOTE"]


def test_a_database_that_cannot_be_opened_is_named_over_the_lesson_and_kept(qtbot, tmp_path):
    db_path = tmp_path / "not-a-database.db"
    db_path.write_bytes(b"these are a student's notes, not SQLite" * 20)
    before = db_path.read_bytes()
    window = start_main_window(db_path, student="Ada", on_database_error=_refuse_database)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "database-error") is not None)
    box = window.findChild(QMessageBox, "database-error")
    assert str(db_path) in box.text()
    assert not window.ready
    assert not window.findChild(QAction, "tag-action-FACT").isEnabled()
    assert db_path.read_bytes() == before
    # Closing the box quits the app with status 2 (run for real: QApplication.exit outside
    # exec() would stop every later event loop of the test session).
    app = QApplication.instance()
    QTimer.singleShot(0, lambda: box.done(0))
    QTimer.singleShot(10000, lambda: app.exit(99))  # only if the box did not quit the app
    assert app.exec() == 2
    window.close()
    assert db_path.read_bytes() == before


def test_storage_does_not_load_numpy_which_stays_importable():
    """sqlite-utils would load numpy (and pandas) when installed; the app stores neither's
    values, so the storage layer keeps them out of the student's start-up."""
    script = textwrap.dedent(
        """
        import importlib.util, sys
        import annotator.storage
        from sqlite_utils import Database
        db = Database(memory=True)
        db["t"].insert({"a": 1})
        print(sorted(n for n in ("numpy", "pandas") if n in sys.modules))
        print([n for n in ("numpy", "pandas") if importlib.util.find_spec(n) is not None])
        if importlib.util.find_spec("numpy") is not None:
            import numpy
            print(numpy.__name__)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[]"
    if "numpy" in lines[1]:
        assert lines[2] == "numpy"  # still importable by anything that needs it
