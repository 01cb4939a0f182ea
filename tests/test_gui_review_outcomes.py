"""The review window's student view: the student's highlights and the answer key together,
found, partial, wrong tag, extra and missed told apart without colour, and said (with the
verdict's reason) when hovered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat

from annotator.core.classroom.outcomes import Outcome, span_outcomes
from annotator.qt.highlights import tag_colour
from annotator.qt.outcome_layers import OUTCOME_WORDS, line_rects
from annotator.qt.review_window import CLASS, KEY, ReviewWindow
from annotator.storage.database import open_database
from tests.gui_helpers import hover_tooltip, scroll_to
from tests.student_work import submit_work

DANA = [
    ("nbc-news", "historic mass deportation", "FRAMING"),  # the key says FRAMING: found
    ("nbc-news", "aggressively publicized", "FACT"),  # the key says FRAMING: wrong tag
    ("nbc-news", "cities like Chicago", "FACT"),  # not in the key: extra
    ("daily-kos", "“illegal immigrant criminals”", "QUOTE"),  # FRAMING; QUOTE at 75%: partial
]


@pytest.fixture
def review(qtbot, tmp_path, lesson):
    submit_work(tmp_path / "inbox", lesson, "Dana", DANA)
    database = open_database(tmp_path / "teacher.db")
    window = ReviewWindow(database, lesson)
    qtbot.addWidget(window)
    window.show()
    window.import_paths([str(tmp_path / "inbox")])
    yield window
    window.close()
    database.close()


def _offset(lesson, phrase: str) -> int:
    return lesson.article("nbc-news").text.text.index(phrase)


def _marks_at(view, offset: int) -> list:
    """The formats drawn over the character at ``offset`` on top of its highlight."""
    position = view.to_document(offset)
    return [
        QTextCharFormat(selection.format)
        for selection in view.browser.extraSelections()
        if selection.cursor.selectionStart() <= position < selection.cursor.selectionEnd()
    ]


def _box_edge(view, start: int, end: int) -> list[bool]:
    """Along the top edge of the span's first line as painted: whether each pixel is dark
    (a box's line), from left to right."""
    scroll_to(view, start)
    rect = line_rects(view.browser.document(), view.to_document(start), view.to_document(end))[
        0
    ].translated(
        -view.browser.horizontalScrollBar().value(), -view.browser.verticalScrollBar().value()
    )
    image = view.browser.viewport().grab().toImage()
    top = round(rect.top())
    return [
        min(QColor(image.pixel(x, y)).lightness() for y in range(top - 1, top + 3)) < 110
        for x in range(round(rect.left()) + 2, round(rect.right()) - 2)
    ]


def test_every_outcome_has_a_look_and_words_and_the_grade_gives_each_span_one(review, lesson):
    assert set(OUTCOME_WORDS) == set(Outcome)
    result = next(iter(review.results.values()))
    outcomes = span_outcomes(result.grade, result.annotations, lesson.key)
    by_tag = {o.outcome: [] for o in outcomes}
    for o in outcomes:
        by_tag[o.outcome].append(o)
    assert [o.tag for o in by_tag[Outcome.FOUND]] == ["FRAMING"]
    assert [(o.tag, o.key_tag) for o in by_tag[Outcome.WRONG_TAG]] == [("FACT", "FRAMING")]
    assert [o.tag for o in by_tag[Outcome.EXTRA]] == ["FACT"]
    assert [(o.tag, o.key_tag) for o in by_tag[Outcome.PARTIAL]] == [("QUOTE", "FRAMING")]
    assert len(by_tag[Outcome.MISSED]) == len(lesson.key) - 3


def test_the_student_view_shows_found_wrong_extra_and_missed_together(review, qtbot, lesson):
    dana = next(iter(review.results))
    review.choose(dana)
    nbc = review.views["nbc-news"]

    found = _offset(lesson, "historic mass deportation") + 2
    framing = tag_colour(lesson.tags, "FRAMING").name()
    assert nbc.highlight_format_at(found).background().color().name() == framing
    assert _marks_at(nbc, found) == []  # the tag's own look, nothing over it
    tip = hover_tooltip(qtbot, nbc, found).split("\n")
    assert tip[0] == "Found: the key tags this FRAMING too"
    assert tip[1] == (
        "Why: Found the FRAMING claim “historic mass deportation”: 1 of 1 point"
    )  # the verdict's reason

    wrong = _offset(lesson, "aggressively publicized")
    assert nbc.highlight_format_at(wrong).background().style() != Qt.BrushStyle.NoBrush
    assert all(_box_edge(nbc, wrong, wrong + len("aggressively")))  # a solid box
    tip = hover_tooltip(qtbot, nbc, wrong + 2)
    assert tip.startswith("Wrong tag: tagged FACT, the key says FRAMING")

    extra = _offset(lesson, "cities like Chicago") + 2
    assert [f.fontStrikeOut() for f in _marks_at(nbc, extra)] == [True]
    assert hover_tooltip(qtbot, nbc, extra) == (
        "Extra: not in the key (tagged FACT)\nWhy: Nothing in the key here"
    )

    missed = _offset(lesson, "immigration crackdown")
    assert nbc.highlight_format_at(missed).background().style() == Qt.BrushStyle.NoBrush
    assert _marks_at(nbc, missed) == []
    edge = _box_edge(nbc, missed, missed + len("immigration"))
    assert 0.3 < sum(edge) / len(edge) < 0.9  # a dashed box: dashes and gaps
    # No box over a found span: no line along its top edge, solid or dashed (a dashed box
    # darkens a third or more of the edge); a letter's ascender may touch it, in the dark text
    # every highlight has in every theme.
    found_edge = _box_edge(nbc, found - 2, found + 5)
    assert sum(found_edge) / len(found_edge) < 0.25
    assert hover_tooltip(qtbot, nbc, missed + 2).startswith("Missed: the key tags this FRAMING")

    # Another article: a claim earned in part (a dotted box, over the tag's colour), the rest
    # missed.
    kos = review.views["daily-kos"]
    assert len(kos.outcomes) == sum(1 for k in lesson.key if k.article_id == "daily-kos")
    partial = kos.article.text.text.index("“illegal immigrant criminals”") + 1
    assert kos.highlight_format_at(partial + 2).background().style() != Qt.BrushStyle.NoBrush
    dots = _box_edge(kos, partial, partial + len("illegal immigrant"))
    assert 0.3 < sum(dots) / len(dots) < 0.8  # dots and gaps
    tip = hover_tooltip(qtbot, kos, partial + 2).split("\n")
    assert tip[0] == "Partial credit (tagged QUOTE; the key tags this FRAMING)"
    assert "the key accepts QUOTE for it at 75% credit: 0.75 of 1 point" in tip[1]
    assert "struck through" in review.detail.toPlainText()
    review.resize(1600, 1000)
    review.grab().save("/tmp/review-student.png")


def test_the_key_and_the_class_show_no_outcomes(review):
    review.choose(next(iter(review.results)))
    nbc = review.views["nbc-news"]
    assert len(nbc.outcomes) > 0
    for choice in (KEY, CLASS):
        review.choose(choice)
        assert len(nbc.outcomes) == 0
        assert nbc.browser.extraSelections() == []
