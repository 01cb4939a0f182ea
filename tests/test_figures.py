"""Figures in a text (value, unit, hedge) and how one claim's figures differ between outlets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.lessons.builtin import load_builtin_lesson
from annotator.core.text.figures import (
    HEDGE_DIFFERS,
    VALUE_DIFFERS,
    compare_figures,
    find_figures,
)


def _one(text: str):
    found = find_figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "hedge", "written"),
    [
        ("the arrests of more than 8,000 immigrants by", 8000, "person", "more than", None),
        ("totaling about 8,000 since Trump took office", 8000, "", "about", None),
        ("ICE is funded for only 41,500 beds nationwide", 41500, "bed", "only", "only 41,500 beds"),
        ("ICE has a maximum capacity of 41,500 beds", 41500, "bed", "at most", None),
        ("the border have a 38,521-bed capacity", 38521, "bed", "", "38,521-bed"),
        ("the facilities housed 42,000 immigrants", 42000, "person", "", "42,000 immigrants"),
        ("of the 1,200 people arrested by ICE", 1200, "person", "", "1,200 people"),
        ("at least 566 had not committed any crimes", 566, "", "at least", "at least 566"),
        ("nearly 45% of voters", 45, "%", "nearly", "nearly 45%"),
        ("up to $3.5 million in aid", 3.5e6, "$", "at most", "up to $3.5 million"),
        ("twenty-five people", 25, "person", "", "twenty-five people"),
        ("according to five sources familiar", 5, "source", "", "five sources"),
        ("Hundreds of thousands of Venezuelans living", 2e5, "venezuelan", "", None),
    ],
)
def test_a_figure_has_its_value_unit_and_hedge(text, value, unit, hedge, written) -> None:
    figure = _one(text)
    assert (figure.value, figure.unit, figure.hedge) == (value, unit, hedge)
    if written is not None:
        assert figure.describe(text) == written


@pytest.mark.parametrize(
    "text",
    ["in 2025, agents", "in Chicago on Jan. 26.", "no one was told", "one of them", "U.S.-Mexico"],
)
def test_dates_and_words_that_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


def test_the_built_in_articles_figures() -> None:
    lesson = load_builtin_lesson()
    said = {
        article.id: [f.describe(article.text.text) for f in find_figures(article.text.text)]
        for article in lesson.articles
    }
    assert "more than 8,000 immigrants" in said["nbc-news"]
    assert "only 41,500 beds" in said["nbc-news"]
    assert "a maximum capacity of 41,500 beds" in said["independent"]
    assert {"38,521-bed", "42,000 immigrants", "1,200 people", "at least 566"} <= set(
        said["daily-kos"]
    )
    assert not any("Jan" in words or "26" in words for words in said["nbc-news"])


def test_capacity_figures_disagree_and_are_hedged_differently() -> None:
    differences = compare_figures(
        [
            ("NBC News", "ICE is funded for only 41,500 beds nationwide"),
            ("The Independent", "ICE has a maximum capacity of 41,500 beds"),
            ("Daily Kos", "facilities at the U.S.-Mexico border have a 38,521-bed capacity"),
            ("Daily Kos", "the facilities housed 42,000 immigrants"),
        ]
    )
    assert [d.kind for d in differences] == [VALUE_DIFFERS, HEDGE_DIFFERS]
    disagree, hedged = differences
    assert disagree.unit == "bed"
    assert disagree.words == (
        "41,500 (NBC News: “only 41,500 beds”; The Independent: “a maximum capacity of "
        "41,500 beds”) but 38,521 (Daily Kos: “38,521-bed”): the figures disagree"
    )
    assert {s.source for s in hedged.stated} == {"NBC News", "The Independent"}
    assert "hedged differently" in hedged.words


def test_a_figure_without_unit_joins_another_outlets_of_the_same_value() -> None:
    (difference,) = compare_figures(
        [
            ("NBC News", "the arrests of more than 8,000 immigrants by federal agents"),
            ("The Independent", "totaling about 8,000 since Trump took office"),
        ]
    )
    assert difference.kind == HEDGE_DIFFERS and difference.unit == "person"
    assert difference.words.startswith("8,000 (NBC News: “more than 8,000 immigrants”;")


def test_agreeing_figures_and_one_source_are_no_difference() -> None:
    assert compare_figures([("A", "8,000 migrants"), ("B", "8,000 immigrants")]) == []
    assert compare_figures([("A", "8,000 beds and 9,000 beds")]) == []
    assert compare_figures([("A", "only 300 beds"), ("B", "300 beds")]) == []
    assert compare_figures([("A", "dozens of people"), ("B", "160 people")]) == []


_PIECES = [*"0123456789,.-$% abcdefmnorst\n", "more than ", "about ", " beds", "Jan. "]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_figures_stand_inside_the_text_in_order(text: str) -> None:
    figures = find_figures(text)
    for figure in figures:
        assert 0 <= figure.start <= figure.number_start < figure.number_end <= figure.end
        assert figure.end <= len(text)
        assert figure.value >= 0
        assert any(ch.isdigit() for ch in text[figure.number_start : figure.number_end]) or (
            text[figure.number_start : figure.number_end].strip()
        )
    assert [f.number_start for f in figures] == sorted(f.number_start for f in figures)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABC"), _TEXT), max_size=4))
def test_comparing_any_wordings_never_fails(wordings) -> None:
    for difference in compare_figures(wordings):
        assert difference.kind in (VALUE_DIFFERS, HEDGE_DIFFERS)
        assert len({s.source for s in difference.stated}) >= 2
        assert difference.words
