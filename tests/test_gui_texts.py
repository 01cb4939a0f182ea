"""Unusual texts in the real window: characters outside the BMP, an empty article, a huge one,
a pack whose words look like markup."""

from __future__ import annotations

import dataclasses
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from annotator.core.lessons.lesson import Article, Lesson
from annotator.core.lessons.tags import DEFAULT_TAGS, TagSet
from annotator.core.text.article_text import ArticleText, parse_article
from annotator.qt.highlights import UNDERLINES
from annotator.qt.side_panel import legend_html
from tests.gui_helpers import drag_select, shown_text


def _lesson(*bodies: str, lesson_id: str = "edge") -> Lesson:
    articles = tuple(
        Article(
            id=f"a{i}",
            outlet=f"Outlet {i}",
            headline="",
            byline="",
            published="",
            source_url="",
            source_note="",
            text=parse_article(body) if body else ArticleText(()),
        )
        for i, body in enumerate(bodies)
    )
    return Lesson(lesson_id, "1", "Edge cases", "Read.", articles, content_hash="sha256:test")


def _exact(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return [r[0] for r in conn.execute("select exact from annotations order by start")]
    finally:
        conn.close()


def test_emoji_and_other_astral_characters_highlight_exactly_the_selection(make_window, db_path):
    body = "Fans 😀 cheered 🎉 loudly as the 𝄞 clef 👩‍👩‍👧 family sang."
    window = make_window(the_lesson=_lesson(body, "Second article."))
    view = window.views["a0"]
    start, end = drag_select(view, "cheered 🎉 loudly")
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _exact(db_path) == ["cheered 🎉 loudly"]
    annotation = window.model.annotation(0)
    assert (annotation.start, annotation.end) == (start, end)
    highlighted = [
        i
        for i in range(len(body))
        if view.highlight_format_at(i).background().style() != Qt.BrushStyle.NoBrush
    ]
    assert highlighted == list(range(start, end))

    start, end = drag_select(view, "👩‍👩‍👧 family")
    QTest.keyClick(view.browser, Qt.Key.Key_3)
    assert _exact(db_path) == ["cheered 🎉 loudly", "👩‍👩‍👧 family"]


def test_an_empty_article_shows_and_refuses_to_tag(make_window, db_path):
    window = make_window(the_lesson=_lesson("", "Only this one has words."))
    view = window.views["a0"]
    assert view.browser.document().characterCount() == 1  # just the end-of-document mark
    view.browser.setFocus()
    window._set_active(view)
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _exact(db_path) == []
    assert "Select some words" in window.statusBar().currentMessage()


def test_a_100000_word_article_opens_and_tags_near_its_end(make_window, db_path):
    paragraph = " ".join(f"word{i}" for i in range(100)) + "."
    body = "\n\n".join([paragraph] * 1000 + ["The very last claim is here."])
    lesson = _lesson(body, "Short.")
    assert lesson.articles[0].text.word_count > 100_000
    window = make_window(the_lesson=lesson)
    view = window.views["a0"]
    drag_select(view, "very last claim")
    QTest.keyClick(view.browser, Qt.Key.Key_1)
    assert _exact(db_path) == ["very last claim"]


def test_tag_words_from_a_pack_show_as_text_never_as_markup(make_window, lesson):
    """A pack's tag label and description go into rich text (the legend, tooltips): an
    ``<img src=...>`` there would load a file, and a ``</p><h1>`` would restyle the legend."""
    label, description = '<img src="/dev/zero">', "</p><h1>x</h1>"
    fact, *others = DEFAULT_TAGS
    tags = TagSet((dataclasses.replace(fact, label=label, description=description), *others))
    window = make_window(the_lesson=dataclasses.replace(lesson, tags=tags))

    legend = window.side_panel.legend.text()
    assert "<img" not in legend.lower() and "<h1>" not in legend
    shown = shown_text(legend)
    assert f"1 {label.upper()}" in shown.replace("\xa0", " ")
    assert f"underlined with a solid line: {description}" in shown
    tooltip = window.findChild(QAction, "tag-action-FACT").toolTip()
    assert "<img" not in tooltip
    assert shown_text(tooltip) == f"Tag the selection as {label} (1): {description}"


def test_the_legend_draws_each_tags_underline_as_the_articles_do(lesson):
    document = QTextDocument()
    document.setHtml(legend_html(lesson))
    text = document.toPlainText()
    for number, tag in enumerate(lesson.tags, start=1):
        cursor = QTextCursor(document)
        cursor.setPosition(text.index(tag.label.upper()) + 1)
        assert cursor.charFormat().underlineStyle() == UNDERLINES[tag.underline], tag.name
        assert f" {number} {tag.label.upper()} " in text  # toPlainText: no-break spaces
