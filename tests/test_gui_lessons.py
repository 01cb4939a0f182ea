"""Lesson packs in the real window: opening, dropping, recent lessons, switching, new versions.

Every pack here is a real folder or a real zip written in ``tmp_path`` from the built-in pack's
files; nothing is mocked, the database is real SQLite, and the window is driven the way a
teacher or student would drive it (menus, dialogs, drag and drop, the mouse and number keys).
"""

from __future__ import annotations

import gc
import html
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from annotator.core.lessons.builtin import builtin_lesson_path, content_root
from annotator.qt.annotation_model import AnnotationTableModel
from annotator.qt.highlights import UNDERLINES
from tests.gui_helpers import drag_select, shown_text

WAIT_MS = 15_000
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
BUILTIN = builtin_lesson_path()
NBC = "articles/nbc-news-2025-02-03.md"

# The three edits of "version 1.1.0" of a lesson, and the spans they affect (all in NBC News).
MOVED = "aggressively publicized"  # a paragraph is inserted before it
EDITED = (  # one word inside it changes
    "ICE posts arrest figures daily on X, but it does not disclose how many of those arrested "
    "are released"
)
DELETED = "federal court cases limit ICE from detaining people indefinitely"  # paragraph removed
INSERTED_PARAGRAPH = "NBC News first reported the releases on Monday, after weeks of reporting."
DELETED_PARAGRAPH = (
    "In a statement to NBC News, an ICE spokesperson acknowledged federal court cases limit ICE "
    "from detaining people indefinitely if their countries refuse to take them back, which can "
    "lead ICE to release them.\n\n"
)

OPINION_TAGS = """
[[tags]]
name = "FACT"
label = "Fact"
colour = "#8fd3ff"
underline = "solid"
description = "A checkable statement of fact: a number, a date, an event."

[[tags]]
name = "QUOTE"
label = "Quote"
colour = "#ffd37a"
underline = "dotted"
description = "Someone's words, with who said them."

[[tags]]
name = "FRAMING"
label = "Framing"
colour = "#f4a3c8"
underline = "wave"
description = "Word choice that steers how the reader sees the story."

[[tags]]
name = "OPINION"
label = "Opinion"
colour = "#c3e88d"
underline = "dashed"
description = "The writer's own judgement, presented as if it were news."
"""


# ---------------------------------------------------------------------------------------------
# Real packs on disk


def write_pack(
    folder: Path,
    *,
    lesson_id: str | None = None,
    version: str | None = None,
    title: str | None = None,
    tags: str = "",
    key: bool = True,
) -> Path:
    """A self-contained copy of the built-in pack (articles in its own ``articles/``), edited."""
    folder.mkdir(parents=True)
    (folder / "articles").mkdir()
    for name in ("lesson.toml", "instructions.md", "key.toml"):
        shutil.copy(BUILTIN / name, folder / name)
    for article in (content_root() / "articles").glob("*.md"):
        shutil.copy(article, folder / "articles" / article.name)
    manifest = (folder / "lesson.toml").read_text("utf-8")
    if lesson_id:
        manifest = manifest.replace('id = "ice-releases-2025"', f'id = "{lesson_id}"', 1)
    if version:
        manifest = manifest.replace('version = "1.0.0"', f'version = "{version}"', 1)
    if title:
        manifest = manifest.replace(
            'title = "Released back into the U.S.: three reports of one story"',
            f'title = "{title}"',
            1,
        )
    if not key:
        manifest = manifest.replace('key = "key.toml"\n', "", 1)
        (folder / "key.toml").unlink()
    # [[tags]] must come before the [[articles]] tables end the top-level keys: put them last.
    (folder / "lesson.toml").write_text(manifest + tags, "utf-8")
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text("utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {name}"
    path.write_text(text.replace(old, new), "utf-8")


def make_zip(folder: Path, zip_path: Path) -> Path:
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return zip_path


def new_version(folder: Path) -> Path:
    """Version 1.1.0 of the lesson: a paragraph inserted, a word changed, a paragraph deleted."""
    write_pack(folder, version="1.1.0")
    edit(
        folder,
        NBC,
        "\nThe Trump administration aggressively",
        f"\n{INSERTED_PARAGRAPH}\n\nThe Trump administration aggressively",
    )
    edit(folder, NBC, "it does not disclose how many", "it does not publish how many")
    edit(folder, NBC, DELETED_PARAGRAPH, "")
    # The key quoted the deleted and edited sentences; a teacher would fix it, here it goes.
    manifest = folder / "lesson.toml"
    manifest.write_text(manifest.read_text("utf-8").replace('key = "key.toml"\n', ""), "utf-8")
    return folder


# ---------------------------------------------------------------------------------------------
# Driving the window


def open_and_wait(qtbot, window, path) -> None:
    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        window.open_pack(path)


def drop(window, path: Path | str, url: QUrl | None = None) -> bool:
    """Drags ``path`` from a file manager onto the window and drops it; True if it was taken."""
    data = QMimeData()
    data.setUrls([url or QUrl.fromLocalFile(str(path))])
    middle = window.rect().center()
    drag = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, NO_MODIFIER)
    try:
        enter = QDragEnterEvent(QPointF(middle), *drag)  # PySide6 6.12 and later
    except TypeError:
        enter = QDragEnterEvent(middle, *drag)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(middle), *drag)
    QApplication.sendEvent(window, dropped)
    return dropped.isAccepted()


def tag(window, article_id: str, phrase: str, key: Qt.Key):
    view = window.views[article_id]
    drag_select(view, phrase)
    QTest.keyClick(view.browser, key)
    return window.side_panel.current()


def undo_key(window) -> None:
    QTest.keyClick(
        window.views["nbc-news"].browser, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )


def answer_file_dialog(qtbot, window, path: Path) -> None:
    """The teacher picks ``path`` in the file dialog the menu opened, and clicks Open."""
    dialog = window.open_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(path))
    dialog.accept()


def rows(db_path, *columns: str) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        names = ", ".join(columns or ("lesson_id", "article_id", "tag", "exact", "orphaned"))
        return conn.execute(
            f"select {names} from annotations where deleted is null order by lesson_id, start"
        ).fetchall()
    finally:
        conn.close()


def listed_texts(window) -> list[str]:
    model = window.model
    return [model.index(row, AnnotationTableModel.TEXT).data() for row in range(model.rowCount())]


def highlighted(view) -> dict[str, tuple[int, int]]:
    """Every highlight painted in the article, by annotation id: (start, end) in the text.

    A painted stretch belongs to the innermost annotation the view holds there; one that no
    annotation holds (a stale highlight) is listed under "nobody".
    """
    found: dict[str, list[int]] = {}
    block = view.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
                start = view.from_document(fragment.position())
                end = view.from_document(fragment.position() + fragment.length())
                owners = view.annotations_at(start)
                span = found.setdefault(owners[0].id if owners else "nobody", [start, end])
                span[0], span[1] = min(span[0], start), max(span[1], end)
            iterator += 1
        block = block.next()
    return {owner: (start, end) for owner, (start, end) in found.items()}


# ---------------------------------------------------------------------------------------------
# 1. File > Open Lesson Pack (.zip) / Open Lesson Folder


def test_open_a_zip_and_a_folder_from_the_file_menu(window, qtbot, tmp_path):
    folder = write_pack(tmp_path / "bridge", lesson_id="second-lesson", title="Second lesson")
    packed = make_zip(folder, tmp_path / "second-lesson.zip")

    window.open_zip_action.trigger()
    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        answer_file_dialog(qtbot, window, packed)
    assert window.lesson.id == "second-lesson"
    assert window.lesson.source == str(packed)
    assert "Second lesson" in window.windowTitle()

    window.open_folder_action.trigger()
    assert window.open_dialog.fileMode() == QFileDialog.FileMode.Directory
    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        answer_file_dialog(qtbot, window, BUILTIN)
    assert window.lesson.id == "ice-releases-2025"


def test_opening_runs_in_the_background_and_says_so(window, qtbot, tmp_path):
    folder = write_pack(tmp_path / "other", lesson_id="other-lesson")
    before = window.lesson
    window.open_pack(folder / "lesson.toml")  # a lesson.toml stands for its folder
    # open_pack returned at once: the pack is read on a worker thread, the old lesson still shows.
    assert window.opening == str(folder)
    assert window.lesson is before
    assert window.statusBar().currentMessage() == "Opening other…"
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    # The worker must not finalise Qt objects: the cyclic collector waits until it is done.
    assert not gc.isenabled()
    qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS).wait()
    assert window.lesson.id == "other-lesson"
    assert window.opening is None
    assert QApplication.overrideCursor() is None
    assert gc.isenabled()


def test_a_newer_request_supersedes_one_still_loading(window, qtbot, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    good = write_pack(tmp_path / "good", lesson_id="good-lesson")
    failures = []
    window.pack_open_failed.connect(failures.append)
    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        window.open_pack(broken)
        window.open_pack(good)
    assert window.lesson.id == "good-lesson"
    qtbot.wait(50)
    assert failures == [] and window.pack_error_box is None


# ---------------------------------------------------------------------------------------------
# 2. Drag and drop


@pytest.mark.parametrize("form", ["zip", "folder", "manifest"])
def test_dropping_a_pack_opens_it(window, qtbot, tmp_path, form):
    folder = write_pack(tmp_path / "dropped", lesson_id="dropped-lesson", title="Dropped")
    target = {
        "zip": lambda: make_zip(folder, tmp_path / "dropped.zip"),
        "folder": lambda: folder,
        "manifest": lambda: folder / "lesson.toml",
    }[form]()
    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        assert drop(window, target)
    assert window.lesson.id == "dropped-lesson"
    assert set(window.views) == {"nbc-news", "independent", "daily-kos"}


def test_only_one_local_file_or_folder_can_be_dropped(window):
    assert not drop(window, "", url=QUrl("https://example.org/lesson.zip"))
    assert window.opening is None


def test_a_broken_pack_lists_every_problem_and_the_open_lesson_stays(
    window, qtbot, tmp_path, db_path
):
    tagged = tag(window, "nbc-news", "8,000 immigrants", Qt.Key.Key_1)
    lesson, views, before = window.lesson, dict(window.views), rows(db_path)

    broken = write_pack(tmp_path / "broken-lesson", key=False)
    edit(broken, "articles/independent-2025-02-03.md", "outlet =", "outlett =")
    (broken / "articles/daily-kos-2025-02-07.md").unlink()
    (broken / "instructions.md").unlink()
    with qtbot.waitSignal(window.pack_open_failed, timeout=WAIT_MS) as failed:
        assert drop(window, make_zip(broken, tmp_path / "broken-lesson.zip"))

    error = failed.args[0]
    assert error is window.last_pack_error
    problems = [str(problem) for problem in error.problems]
    assert problems == [
        "instructions.md: the instructions file named in lesson.toml is not in the pack; add it",
        "articles/independent-2025-02-03.md: unknown field(s) outlett; allowed here: outlet, "
        "headline, byline, published, source_url, source_note",
        "articles/independent-2025-02-03.md: 'outlet' is missing",
        "articles/daily-kos-2025-02-07.md: the article named in lesson.toml is not in the pack; "
        "add it",
    ]
    box = window.pack_error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.objectName() == "pack-error"
    assert "broken-lesson.zip" in box.text() and "4 problems" in box.text()
    listed = box.informativeText()
    assert listed.count("<li") == 4
    assert "<b>articles/independent-2025-02-03.md</b>: &#x27;outlet&#x27; is missing" in listed
    for problem in error.problems:
        assert f"<b>{problem.file}</b>" in listed and html.escape(problem.message) in listed
        assert str(problem) in box.detailedText()
    assert f"“{lesson.title}” stays open" in box.informativeText()

    # Nothing changed: the same lesson, the same panes, the same annotation, in the list too.
    assert window.lesson is lesson and window.views == views
    assert rows(db_path) == before
    assert window.model.annotations() == [tagged]
    assert window.opening is None and QApplication.overrideCursor() is None

    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    with qtbot.waitActive(window):  # the window manager's part: offscreen has none
        window.activateWindow()
    tag(window, "nbc-news", "historic mass deportation", Qt.Key.Key_3)  # still works
    assert len(rows(db_path)) == 2


def test_a_long_list_of_problems_is_cut_short_with_the_rest_under_details(window, qtbot, tmp_path):
    broken = write_pack(tmp_path / "many-problems")
    (broken / "articles/daily-kos-2025-02-07.md").unlink()  # the key quotes it 17 times
    with qtbot.waitSignal(window.pack_open_failed, timeout=WAIT_MS) as failed:
        assert drop(window, broken)
    problems = failed.args[0].problems
    assert len(problems) > 12
    box = window.pack_error_box
    assert box.informativeText().count("<li") == 12 + 1  # and a line saying how many more
    assert f" · {problems[11].field}: " in box.informativeText()
    assert f" · {problems[12].field}: " not in box.informativeText()
    assert f"and {len(problems) - 12} more: see Show Details." in box.informativeText()
    assert all(str(problem) in box.detailedText() for problem in problems)
    box.close()


def test_a_file_that_is_not_a_pack_is_explained(window, qtbot, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", "utf-8")
    with qtbot.waitSignal(window.pack_open_failed, timeout=WAIT_MS):
        assert drop(window, notes)
    assert "not a zip file" in window.pack_error_box.informativeText()
    assert window.lesson.id == "ice-releases-2025"
    window.pack_error_box.close()


# ---------------------------------------------------------------------------------------------
# 3. Recent lessons


def test_recent_lessons_most_recent_first_and_reopened_from_the_menu(window, qtbot, tmp_path):
    first = write_pack(tmp_path / "first", lesson_id="first-lesson", title="First lesson")
    second = make_zip(
        write_pack(tmp_path / "second", lesson_id="second-lesson", title="Second lesson"),
        tmp_path / "second.zip",
    )
    gone = write_pack(tmp_path / "gone", lesson_id="gone-lesson", title="Gone lesson")
    for pack in (gone, first, second):
        open_and_wait(qtbot, window, pack)
    shutil.rmtree(gone)

    recent = window.recent_actions()
    assert [action.text() for action in recent] == [
        "&1  Second lesson  (second.zip)",
        "&2  First lesson  (first)",
        "&3  Gone lesson  (gone)",
        "&4  Released back into the U.S.: three reports of one story  (built-in)",
    ]
    assert [action.isEnabled() for action in recent] == [True, True, False, True]
    assert recent[0].isChecked() and not recent[1].isChecked()  # the lesson open now
    assert shown_text(recent[2].toolTip()) == f"No longer there: {gone}"
    assert window.builtin_action in window.recent_menu.actions()

    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        recent[1].trigger()
    assert window.lesson.id == "first-lesson"
    assert window.recent_actions()[0].text() == "&1  First lesson  (first)"

    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        window.builtin_action.trigger()
    assert window.lesson.id == "ice-releases-2025"
    assert window.recent_actions()[0].text().endswith("(built-in)")


# ---------------------------------------------------------------------------------------------
# 4. Switching lessons: annotations and undo stay with their lesson


def test_switching_lessons_keeps_annotations_and_undo_apart(window, qtbot, tmp_path, db_path):
    other = write_pack(tmp_path / "other", lesson_id="other-lesson", title="Other lesson")

    in_a = tag(window, "nbc-news", "historic mass deportation", Qt.Key.Key_3)
    open_and_wait(qtbot, window, other)
    assert window.model.rowCount() == 0
    assert highlighted(window.views["nbc-news"]) == {}
    assert not window.findChild(QAction, "undo-action").isEnabled()  # nothing done here yet
    undo_key(window)
    assert rows(db_path, "lesson_id", "exact") == [("ice-releases-2025", in_a.quote.exact)]

    in_b = tag(window, "independent", "deportation crackdown", Qt.Key.Key_2)
    in_b2 = tag(window, "nbc-news", "8,000 immigrants", Qt.Key.Key_1)
    undo_key(window)
    assert rows(db_path, "lesson_id", "exact") == [
        ("ice-releases-2025", "historic mass deportation"),
        ("other-lesson", "deportation crackdown"),
    ]

    open_and_wait(qtbot, window, BUILTIN)
    assert window.model.annotations() == [in_a]
    assert listed_texts(window) == ["historic mass deportation"]
    assert highlighted(window.views["nbc-news"]) == {in_a.id: (in_a.start, in_a.end)}
    assert highlighted(window.views["independent"]) == {}

    # Ctrl+Z here undoes this lesson's last step, never the other lesson's.
    undo_key(window)
    assert rows(db_path, "lesson_id", "exact") == [("other-lesson", "deportation crackdown")]
    assert window.model.rowCount() == 0
    window.findChild(QAction, "redo-action").trigger()
    assert rows(db_path, "lesson_id", "exact") == [
        ("ice-releases-2025", "historic mass deportation"),
        ("other-lesson", "deportation crackdown"),
    ]

    open_and_wait(qtbot, window, other)
    assert window.model.annotations() == [in_b]
    assert in_b2.id not in highlighted(window.views["nbc-news"])
    window.findChild(QAction, "redo-action").trigger()  # B's own undone tag comes back
    assert [a.quote.exact for a in window.model.annotations()] == [
        "8,000 immigrants",
        "deportation crackdown",
    ]
    assert highlighted(window.views["nbc-news"]) == {in_b2.id: (in_b2.start, in_b2.end)}
    assert sorted(rows(db_path, "lesson_id", "exact")) == [
        ("ice-releases-2025", "historic mass deportation"),
        ("other-lesson", "8,000 immigrants"),
        ("other-lesson", "deportation crackdown"),
    ]


# ---------------------------------------------------------------------------------------------
# 5. A new version of a pack: re-anchoring, orphans, recovery


def test_a_new_version_moves_finds_and_orphans_and_the_old_version_recovers(
    window, qtbot, tmp_path, db_path
):
    version_1 = write_pack(tmp_path / "v1")  # the built-in lesson, self-contained
    version_2 = make_zip(new_version(tmp_path / "v2"), tmp_path / "lesson-v1.1.zip")
    open_and_wait(qtbot, window, version_1)
    moved = tag(window, "nbc-news", MOVED, Qt.Key.Key_3)
    edited = tag(window, "nbc-news", EDITED, Qt.Key.Key_1)
    deleted = tag(window, "nbc-news", DELETED, Qt.Key.Key_1)
    original = {a.id: (a.start, a.end) for a in (moved, edited, deleted)}
    hash_1 = window.lesson.content_hash

    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        assert drop(window, version_2)
    assert window.lesson.version == "1.1.0"
    text = window.lesson.article("nbc-news").text.text
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            "1 annotation could not be placed in this version of the lesson: it is kept and listed "
            "as “not found”."
        )
    )

    by_id = {a.id: a for a in window.model.annotations()}
    assert set(by_id) == set(original)  # never dropped
    # 1. the same words, further down
    assert text[by_id[moved.id].start : by_id[moved.id].end] == MOVED
    assert by_id[moved.id].start == moved.start + len(INSERTED_PARAGRAPH) + 1
    # 2. found approximately: the new wording
    assert text[by_id[edited.id].start : by_id[edited.id].end] == EDITED.replace(
        "disclose", "publish"
    )
    assert by_id[edited.id].quote.exact == EDITED.replace("disclose", "publish")
    # 3. gone from the text: kept, listed as not found, not highlighted anywhere
    assert by_id[deleted.id].orphaned and by_id[deleted.id].quote.exact == DELETED
    assert f"(not found) {DELETED}" in listed_texts(window)
    row = window.model.row_of(deleted.id)
    colour = window.model.index(row, AnnotationTableModel.TEXT).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.color().name() == "#a51d2d"
    assert "1 not found in this version" in window.side_panel.count_label.text()
    view = window.views["nbc-news"]
    assert highlighted(view) == {
        moved.id: (by_id[moved.id].start, by_id[moved.id].end),
        edited.id: (by_id[edited.id].start, by_id[edited.id].end),
    }
    # Asking to see it explains instead of scrolling to a wrong place.
    window.reveal(by_id[deleted.id])
    assert "not in the current version" in window.statusBar().currentMessage()
    assert view._flash_id is None

    saved = {
        row[0]: row[1:]
        for row in rows(db_path, "id", "orphaned", "pack_hash", "exact", "lesson_version")
    }
    assert saved[deleted.id] == (1, hash_1, DELETED, "1.0.0")  # what the student tagged
    assert saved[moved.id][:2] == (0, window.lesson.content_hash)
    assert saved[edited.id][2] == EDITED.replace("disclose", "publish")

    # Opening version 1.0.0 again brings the orphan back, and everything where it was.
    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        assert drop(window, version_1)
    assert window.statusBar().currentMessage() == "1 annotation not found before is back in place."
    back = {a.id: a for a in window.model.annotations()}
    assert {a.id: (a.start, a.end) for a in back.values()} == original
    assert not any(a.orphaned for a in back.values())
    assert back[edited.id].quote.exact == EDITED
    assert highlighted(window.views["nbc-news"]) == original
    assert "not found" not in window.side_panel.count_label.text()
    assert [row[0] for row in rows(db_path, "orphaned")] == [0, 0, 0]


# ---------------------------------------------------------------------------------------------
# 6. A pack with its own tag set


def test_a_custom_tag_set_drives_toolbar_keys_legend_filter_and_retag(
    window, qtbot, tmp_path, db_path
):
    pack = write_pack(
        tmp_path / "opinion", lesson_id="opinion-lesson", title="Opinion", tags=OPINION_TAGS
    )
    open_and_wait(qtbot, window, make_zip(pack, tmp_path / "opinion.zip"))

    names = ["FACT", "QUOTE", "FRAMING", "OPINION"]
    tag_actions = [a for a in window.toolbar.actions() if a.objectName().startswith("tag-")]
    assert [a.objectName() for a in tag_actions] == [f"tag-action-{n}" for n in names]
    assert [a.text() for a in tag_actions][3] == "4  OPINION"
    assert [a.shortcut().toString() for a in tag_actions] == ["1", "2", "3", "4"]
    assert "#c3e88d" in window.toolbar.widgetForAction(tag_actions[3]).styleSheet()
    assert [a.objectName() for a in window.tags_menu.actions()] == [
        f"tag-action-{n}" for n in names
    ]
    legend = window.side_panel.legend.text()
    assert "<b>4</b>&nbsp;OPINION" in legend and "underlined with dashes" in legend
    assert "#c3e88d" in legend
    tag_filter = window.side_panel.tag_filter
    assert [tag_filter.itemText(i) for i in range(tag_filter.count())] == [
        "All tags",
        "Fact",
        "Quote",
        "Framing",
        "Opinion",
    ]
    retag = window.side_panel.findChildren(QPushButton)
    assert [b.objectName() for b in retag if b.objectName().startswith("retag-")] == [
        f"retag-{n}" for n in names
    ]

    view = window.views["daily-kos"]
    start, _ = drag_select(view, "eyebrow-raising")
    QTest.keyClick(view.browser, Qt.Key.Key_4)
    assert rows(db_path) == [("opinion-lesson", "daily-kos", "OPINION", "eyebrow-raising", 0)]
    shown = view.highlight_format_at(start + 2)
    assert shown.background().color().name() == "#c3e88d"
    assert shown.underlineStyle() == UNDERLINES["dashed"]
    assert window.model.index(0, AnnotationTableModel.TAG).data() == "OPINION"
    assert window.side_panel.findChild(QPushButton, "retag-OPINION").isChecked()

    qtbot.mouseClick(
        window.side_panel.findChild(QPushButton, "retag-FACT"), Qt.MouseButton.LeftButton
    )
    assert rows(db_path, "tag") == [("FACT",)]
    qtbot.mouseClick(
        window.side_panel.findChild(QPushButton, "retag-OPINION"), Qt.MouseButton.LeftButton
    )
    assert rows(db_path, "tag") == [("OPINION",)]
    tag_filter.setCurrentIndex(tag_filter.findData("OPINION"))
    assert window.side_panel.proxy.rowCount() == 1
    tag_filter.setCurrentIndex(tag_filter.findData("FACT"))
    assert window.side_panel.proxy.rowCount() == 0

    # Back to the default set: three tags, and 4 tags nothing.
    open_and_wait(qtbot, window, BUILTIN)
    assert "tag-action-OPINION" not in [a.objectName() for a in window.actions()]
    assert [a.shortcut().toString() for a in window.tags_menu.actions()] == ["1", "2", "3"]
    view = window.views["daily-kos"]
    drag_select(view, "eyebrow-raising")
    QTest.keyClick(view.browser, Qt.Key.Key_4)
    assert rows(db_path, "lesson_id", "tag") == [("opinion-lesson", "OPINION")]
    assert window.side_panel.findChild(QPushButton, "retag-OPINION") is None
    assert window.toolbar.widgetForAction(window.findChild(QAction, "undo-action")) is not None
