"""One article view on its own: what each character shows, however the highlights got there."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QToolTip

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.classroom.heatmap import HeatSegment
from annotator.core.lessons.lesson import Article
from annotator.core.lessons.looks import UNDERLINE_LOOKS
from annotator.core.lessons.tags import UnderlineStyle
from annotator.core.text.article_text import InlineKind, parse_article
from annotator.qt.article_view import ArticleView
from annotator.qt.highlights import UNDERLINE_STYLES, UNDERLINES, tag_colour
from annotator.qt.palette import TEXT_ON_TAG
from tests.gui_helpers import hover_tooltip

ASTRAL = "Fans 😀 cheered 🎉 loudly as the 𝄞 clef 👩‍👩‍👧 family sang.\n\nA second 🎉 paragraph."


@pytest.fixture
def make_view(qtbot, lesson):
    def make(article: Article) -> ArticleView:
        view = ArticleView(article, lesson.tags)
        qtbot.addWidget(view)
        view.resize(420, 600)
        view.show()
        return view

    return make


def _astral_article() -> Article:
    return Article(
        id="astral",
        outlet="Outlet",
        headline="",
        byline="",
        published="",
        source_url="",
        source_note="",
        text=parse_article(ASTRAL),
    )


def _annotation(article: Article, start: int, end: int, tag: str) -> Annotation:
    return new_annotation(
        text=article.text.text, start=start, end=end, lesson_id="l", article_id=article.id, tag=tag
    )


def _random_annotations(article: Article, tags: list[str], count: int, seed: int):
    rng = random.Random(seed)
    text = article.text.text
    found = []
    while len(found) < count:
        start = rng.randrange(0, len(text) - 1)
        end = min(len(text), start + rng.randint(1, 25))
        if text[start:end].strip():
            found.append(_annotation(article, start, end, rng.choice(tags)))
    return found


def _shown(view: ArticleView) -> list[tuple]:
    """(background, underline style, underline colour, foreground) at every code point."""
    shown = []
    for offset in range(len(view.article.text.text)):
        fmt = view.highlight_format_at(offset)
        background = fmt.background()
        shown.append(
            (
                background.color().name() if background.style() != Qt.BrushStyle.NoBrush else None,
                fmt.underlineStyle(),
                fmt.underlineColor().name(),
                fmt.foreground().color().name(),
            )
        )
    return shown


def _expected_background(view: ArticleView, over: list[Annotation]) -> str | None:
    """The specification: the tags' colours averaged, 12 % darker per layer beyond the first."""
    if not over:
        return None
    colours = [tag_colour(view.tags, a.tag) for a in over]
    blend = QColor(
        sum(c.red() for c in colours) // len(colours),
        sum(c.green() for c in colours) // len(colours),
        sum(c.blue() for c in colours) // len(colours),
    )
    return (blend.darker(100 + 12 * (len(over) - 1)) if len(over) > 1 else blend).name()


@pytest.mark.parametrize("which", ["nbc-news", "astral"])
def test_every_character_shows_the_blend_of_the_layers_and_the_innermost_underline(
    make_view, lesson, which
):
    article = _astral_article() if which == "astral" else lesson.article(which)
    view = make_view(article)
    annotations = _random_annotations(article, list(lesson.tags.names), 150, seed=7)
    view.set_annotations(annotations)
    for offset, (background, underline, _colour, _fg) in enumerate(_shown(view)):
        over = view.annotations_at(offset)
        if article.text.text[offset] == "\n":
            continue  # a block separator: never painted
        assert background == _expected_background(view, over), offset
        if over:
            inner = lesson.tags.get(over[0].tag)
            assert underline == UNDERLINES[inner.underline], offset


def test_changes_one_by_one_end_where_one_replace_does(make_view, lesson):
    article = _astral_article()
    names = list(lesson.tags.names)
    kept = _random_annotations(article, names, 40, seed=11)
    dropped = _random_annotations(article, names, 15, seed=12)
    at_once, step_by_step = make_view(article), make_view(article)
    at_once.set_annotations([a.with_changes(tag=names[0]) for a in kept[:10]] + kept[10:])

    for annotation in kept + dropped:
        step_by_step.add_annotation(annotation)
    for annotation in dropped:
        step_by_step.remove_annotation(annotation.id)
    for annotation in kept[:10]:
        step_by_step.update_annotation(annotation.with_changes(tag=names[0]))
    assert _shown(step_by_step) == _shown(at_once)


def test_a_replace_clears_what_was_there_before(make_view, lesson):
    article = lesson.article("nbc-news")
    view = make_view(article)
    first = _random_annotations(article, list(lesson.tags.names), 30, seed=3)
    second = [_annotation(article, 0, 4, "FACT")]
    view.set_heat([HeatSegment(10, 40, 2, (("QUOTE", 2),))], class_size=3)
    view.set_annotations(first)
    view.set_annotations(second)
    painted = [i for i, shown in enumerate(_shown(view)) if shown[0] is not None]
    assert painted == [0, 1, 2, 3]


def test_one_change_repaints_only_its_own_stretch(make_view, lesson):
    article = lesson.article("nbc-news")
    view = make_view(article)
    view.set_annotations(_random_annotations(article, list(lesson.tags.names), 200, seed=5))
    changed: list[tuple[int, int]] = []
    view.browser.document().contentsChange.connect(
        lambda position, _removed, added: changed.append((position, position + added))
    )
    added = _annotation(article, 500, 530, "QUOTE")
    view.add_annotation(added)
    view.update_annotation(added.with_changes(tag="FRAMING"))
    view.remove_annotation(added.id)
    lo, hi = view.to_document(added.start), view.to_document(added.end)
    assert len(changed) == 3
    assert all(lo <= start and end <= hi for start, end in changed)


def test_a_link_looks_like_text_and_keeps_its_address(make_view, lesson, qtbot):
    """A link is never followed, so it is not drawn as one (blue looked clickable, and like
    FACT's colour); highlighted, it reads in the tags' dark text, its address in a tooltip."""
    article = lesson.article("nbc-news")
    block, link = next(
        (block, span)
        for block in article.text.blocks
        for span in block.spans
        if span.kind == InlineKind.LINK
    )
    start, end = block.start + link.start, block.start + link.end
    view = make_view(article)
    plain = view.highlight_format_at(start + 1)
    around = view.highlight_format_at(block.start)
    assert plain.foreground() == around.foreground()  # the colour of the words around it
    assert not plain.fontUnderline() and not plain.isAnchor()
    view.set_annotations([_annotation(article, start - 2, end, "FACT")])
    shown = view.highlight_format_at(start + 1)
    assert shown.foreground().color() == QColor(TEXT_ON_TAG)
    assert shown.background().color() == tag_colour(lesson.tags, "FACT")
    assert hover_tooltip(qtbot, view, start + 2).startswith("Link in the original article")


def test_hovering_a_heat_stretch_shows_its_counts(make_view, lesson, qtbot):
    article = lesson.article("nbc-news")
    view = make_view(article)
    heat = HeatSegment(20, 60, 2, (("QUOTE", 2), ("FACT", 1)))
    view.set_heat([heat], class_size=4)
    assert hover_tooltip(qtbot, view, 30) == "2 of 4 students: QUOTE 2, FACT 1"
    assert hover_tooltip(qtbot, view, 70) == ""
    shade = view.highlight_format_at(30).background().color()
    assert shade.name() == tag_colour(lesson.tags, "QUOTE").name()
    assert shade.alphaF() == pytest.approx(0.2 + 0.8 * 2 / 4, abs=0.01)


def test_every_look_of_the_looks_table_has_its_own_qt_underline():
    assert set(UNDERLINE_STYLES) == {look.qt_css for look in UNDERLINE_LOOKS.values()}
    assert set(UNDERLINES) == set(UnderlineStyle)
    assert len(set(UNDERLINES.values())) == len(UnderlineStyle)  # no two tags' cues alike
    for style, look in UNDERLINE_LOOKS.items():  # the legend's rich text draws the same line
        document = QTextDocument()
        document.setHtml(f"<span style='text-underline-style:{look.qt_css}'>x</span>")
        cursor = QTextCursor(document)
        cursor.setPosition(1)
        assert cursor.charFormat().underlineStyle() == UNDERLINES[style], style


def test_a_heat_tooltip_shows_tag_names_from_files_as_text(make_view, lesson, qtbot):
    """A submission may carry any tag name; the tooltip is rich text, so it is escaped."""
    view = make_view(lesson.article("nbc-news"))
    view.set_heat([HeatSegment(20, 60, 2, (('<img src="no-such-image.png">', 2),))], class_size=4)
    assert hover_tooltip(qtbot, view, 30) == '2 of 4 students: <img src="no-such-image.png"> 2'
    assert "<img" not in QToolTip.text()
