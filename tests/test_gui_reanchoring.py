"""Re-anchoring in the window: what fits in a frame is done at once, the rest on a worker thread,
with the new version of the lesson shown meanwhile, its annotations listed, never hidden."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QAction

import annotator.qt.main_window as main_window
from annotator.core.text.article_text import parse_article
from tests.test_gui_lessons import highlighted, listed_texts, rows

WAIT_MS = 15_000
PHRASES = ["eyebrow-raising", "42,000 immigrants", "160 detainees", "Secretary of State"]
KOS = "daily-kos"


@pytest.fixture
def new_version(lesson):
    """Version 1.1.0: an update put at the top of Daily Kos, and one tagged phrase cut."""
    kos = lesson.article(KOS)
    body = "Breaking: an update.\n\n" + kos.text.text.replace("42,000 immigrants", "many")
    articles = tuple(
        replace(a, text=parse_article(body)) if a.id == KOS else a for a in lesson.articles
    )
    return replace(lesson, version="1.1.0", articles=articles, content_hash="sha256:new")


def tag_phrases(window) -> dict[str, str]:
    text = window.lesson.article(KOS).text.text
    ids = {}
    for phrase in PHRASES:
        start = text.index(phrase)
        annotation = window.workspace.prepare(KOS, start, start + len(phrase), "FACT")
        window.operations.create(annotation)
        ids[phrase] = annotation.id
    return ids


def test_slow_reanchoring_shows_the_lesson_at_once_and_highlights_when_done(
    window, qtbot, db_path, new_version, monkeypatch
):
    ids = tag_phrases(window)
    monkeypatch.setattr(main_window, "FRAME_SECONDS", 0.0)  # every placing outlasts its frame

    assert window.open_lesson(new_version) is None  # still placing
    # The new version is shown at once; its annotations are listed, not highlighted (their
    # offsets are the old version's), and nothing can be changed meanwhile.
    assert window.lesson.version == "1.1.0"
    assert window.views[KOS].article.text.text.startswith("Breaking: an update.")
    assert window.lesson_opening.placing and not window.ready
    assert sorted(listed_texts(window)) == sorted(PHRASES)
    assert highlighted(window.views[KOS]) == {}
    assert not window.findChild(QAction, "tag-action-FACT").isEnabled()
    assert not window.side_panel.isEnabled()
    assert window.statusBar().currentMessage().startswith("Placing 4 annotations")

    with qtbot.waitSignal(window.lesson_did_open, timeout=WAIT_MS):
        pass
    assert window.ready and window.side_panel.isEnabled()
    assert window.findChild(QAction, "tag-action-FACT").isEnabled()
    text = window.lesson.article(KOS).text.text
    placed = {a.id: a for a in window.model.annotations()}
    shown = highlighted(window.views[KOS])
    for phrase in ("eyebrow-raising", "160 detainees", "Secretary of State"):
        annotation = placed[ids[phrase]]
        assert text[annotation.start : annotation.end] == phrase
        assert shown[annotation.id] == (annotation.start, annotation.end)
    # The phrase that is gone is kept, listed as not found, and highlighted nowhere.
    gone = placed[ids["42,000 immigrants"]]
    assert gone.orphaned and gone.id not in shown
    assert "(not found) 42,000 immigrants" in listed_texts(window)
    assert window.statusBar().currentMessage().startswith("1 annotation could not be placed")
    saved = {exact: rest for exact, *rest in rows(db_path, "exact", "orphaned", "pack_hash")}
    assert saved.pop("42,000 immigrants")[0] == 1  # kept with what the student tagged
    assert set(map(tuple, saved.values())) == {(0, "sha256:new")}


def test_quick_reanchoring_is_done_before_the_lesson_shows(window, new_version):
    tag_phrases(window)
    report = window.open_lesson(new_version)  # four annotations in short articles: one frame
    assert report is not None and [a.quote.exact for a in report.orphaned] == ["42,000 immigrants"]
    assert window.ready and not window.lesson_opening.placing
    assert len(highlighted(window.views[KOS])) == 3


def test_closing_the_window_while_placing_saves_nothing(
    make_window, qtbot, db_path, lesson, new_version, monkeypatch
):
    window = make_window()
    tag_phrases(window)
    before = rows(db_path, "id", "start", "end", "pack_hash", "orphaned")
    monkeypatch.setattr(main_window, "FRAME_SECONDS", 0.0)
    window.open_lesson(new_version)
    window.close()
    assert not window.lesson_opening.placing
    window.database.close()
    assert rows(db_path, "id", "start", "end", "pack_hash", "orphaned") == before
    # Opened again, the new version re-anchors them then.
    again = make_window(the_lesson=new_version)
    assert again.ready
    assert sum(a.orphaned for a in again.model.annotations()) == 1


def test_a_window_built_for_automation_is_complete_even_when_placing_is_slow(
    make_window, db_path, new_version, monkeypatch
):
    first = make_window()
    tag_phrases(first)
    first.close()
    first.database.close()
    monkeypatch.setattr(main_window, "FRAME_SECONDS", 0.0)
    window = make_window(the_lesson=new_version)  # build_main_window waits for the worker
    assert window.ready and not window.lesson_opening.placing
    assert len(highlighted(window.views[KOS])) == 3
    assert "(not found) 42,000 immigrants" in listed_texts(window)
