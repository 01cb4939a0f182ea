"""New Lesson through the real windows: three saved pages in, a chrome paragraph removed, five
key spans tagged in key mode, the pack saved, both zips built, the student zip opened as a
student."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from annotator.core.lessons.pack import load_pack
from annotator.qt.lesson_editor import LessonEditor
from tests.authoring_steps import CAPTURES, SEEDS
from tests.beside import need
from tests.gui_helpers import drag_select
from tests.saved_pages import page, save, seed_paragraphs

DONATION = "Your support helps us to tell the story"


def saved_pages(folder):
    """The three seed captures as saved pages, their chrome paragraphs left in the article."""
    need(SEEDS, "the seed articles (../shared/seeds)")
    titles = {"nbc-news": "Some migrants arrested", "independent": "", "daily-kos": ""}
    paths = []
    for name, article_id, outlet in CAPTURES:
        paragraphs = [p.replace("**", "") for p in seed_paragraphs(SEEDS / name)]
        if article_id == "independent":
            paragraphs[0] = paragraphs[0].removeprefix(" date 2025-02-03").strip()
        html = page(paragraphs, title=titles[article_id] or outlet, outlet=outlet)
        paths.append(save(folder, f"{article_id}.html", html))
    return paths


def test_new_lesson_from_three_saved_pages_to_a_student_zip(qtbot, tmp_path, make_window):
    editor = LessonEditor()
    qtbot.addWidget(editor)
    editor.show()
    assert editor.add_sources(saved_pages(tmp_path)) == []
    QTest.keyClicks(editor.title_edit, "Released back into the U.S.")
    assert editor.draft.id == editor.id_edit.text() == "released-back-into-the-u-s"
    assert [a.meta.outlet for a in editor.draft.articles] == [c[2] for c in CAPTURES]
    qtbot.waitUntil(lambda: "8,000" in editor.preview.toPlainText())  # the live preview

    # The Independent's donation appeal came through as a paragraph: the teacher unticks it.
    editor.tabs.setCurrentIndex(1)
    article_page = editor.pages[1]
    row = next(i for i, p in enumerate(article_page.draft.paragraphs) if DONATION in p.text)
    item = article_page.paragraphs.item(row)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not editor.draft.articles[1].paragraphs[row].kept
    assert item.font().strikeOut()
    assert DONATION not in editor.draft.articles[1].text()

    # Key mode: the students' window, tagging with the mouse and the number keys.
    editor.findChild(QAction, "key-mode").trigger()
    key_window = editor.key_mode.window  # deleted when key mode ends
    qtbot.waitExposed(key_window)
    assert not key_window.menus.submit_action.isVisible()  # the key is not handed in
    assert "Rationale" in key_window.side_panel.note_edit.placeholderText()
    with qtbot.waitActive(key_window):
        key_window.activateWindow()
    ids = [a.id for a in key_window.lesson.articles]
    spans = [
        (ids[0], "aggressively publicized", Qt.Key.Key_3),
        (ids[0], "more than 8,000 immigrants", Qt.Key.Key_1),
        (ids[1], "8,000 since Trump took office", Qt.Key.Key_1),
        (ids[1], "deportation crackdown", Qt.Key.Key_3),
        (ids[2], "38,521-bed capacity", Qt.Key.Key_1),
    ]
    for article_id, phrase, key in spans:
        view = key_window.views[article_id]
        drag_select(view, phrase)
        QTest.keyClick(view.browser, key)
    assert key_window.model.rowCount() == 5
    crackdown = next(
        key_window.model.annotation(r)
        for r in range(5)
        if key_window.model.annotation(r).quote.exact == "deportation crackdown"
    )
    editor.key_mode.set_details(crackdown, 2, accept=("QUOTE",))
    key_window.findChild(QAction, "use-as-key").trigger()
    assert len(editor.draft.key) == 5
    qtbot.waitUntil(lambda: not editor.key_mode._folder.exists())  # its database is gone

    saved = editor.save_to(tmp_path / "ice-made")
    assert saved is not None, [
        editor.problems.item(i).text() for i in range(editor.problems.count())
    ]
    key = {span.quote.exact: span for span in saved.lesson.key}
    assert set(key) == {phrase for _a, phrase, _k in spans}
    assert key["deportation crackdown"].points == 2
    assert [a.tag for a in key["deportation crackdown"].alternatives] == ["QUOTE"]
    assert DONATION not in saved.lesson.articles[1].text.text

    built = editor.build_zips(tmp_path / "teacher.zip", tmp_path / "student.zip")
    assert built is not None and built.key_spans == 5
    assert len(load_pack(built.teacher).key) == 5

    student = make_window(tmp_path / "student.db", load_pack(built.student), student="Ada")
    assert not student.lesson.has_key and student.lesson.id == "released-back-into-the-u-s"
    assert student.lesson.title == "Released back into the U.S."
    view = student.views[ids[2]]
    drag_select(view, "38,521-bed capacity")
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert student.model.rowCount() == 1


def test_problems_are_shown_in_the_window_and_nothing_is_saved(qtbot, tmp_path):
    editor = LessonEditor()
    qtbot.addWidget(editor)
    need(SEEDS, "the seed articles (../shared/seeds)")
    pdf = tmp_path / "story.html"
    pdf.write_bytes(b"%PDF-1.7 not a page")
    failures = editor.add_sources([SEEDS / CAPTURES[2][0], pdf])
    assert failures == [f"story.html: {failures[0].split(': ', 1)[1]}"]
    shown = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert any("PDF" in line for line in shown)
    assert editor.save_to(tmp_path / "lesson") is None
    shown = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert any("the lesson needs a title" in line for line in shown)
    assert any("fill in the outlet" in line for line in shown)
    assert not (tmp_path / "lesson").exists()
