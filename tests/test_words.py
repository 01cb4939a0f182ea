"""Selections snap to whole words: examples from the lessons' articles, and properties.

The properties run a bounded number of generated cases (``max_examples``) over texts made of
the characters that make words hard: joiners, quote marks, marks, emoji sequences, Hebrew,
Arabic, CJK and characters outside the Basic Multilingual Plane.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.text.words import (
    is_word_character,
    next_word_end,
    previous_word_start,
    quote_pairs,
    snap_to_words,
    word_at,
    words,
)

BOUNDED = settings(max_examples=300, deadline=None)


def snapped(text: str, selected: str, occurrence: int = 0) -> str:
    """What selecting ``selected`` (its ``occurrence``-th place in ``text``) snaps to."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(selected, start + 1)
    begin, end = snap_to_words(text, start, start + len(selected))
    return text[begin:end]


NEWS = "The facility has a 38,521-bed capacity, Trump's aides said."


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("521-b", "38,521-bed"),
        ("ed capac", "38,521-bed capacity"),
        ("38,521-bed capacity, ", "38,521-bed capacity"),
        (" a 38", "a 38,521-bed"),
        ("rump", "Trump's"),
        ("'s ai", "Trump's aides"),
        ("aides said.", "aides said"),
        ("y, T", "capacity, Trump's"),
    ],
)
def test_a_start_or_end_inside_a_word_takes_the_whole_word(selected, expected):
    assert snapped(NEWS, selected) == expected


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ("Trump’s plan", "Trump", "Trump’s"),  # the typographic apostrophe
        ("rock'n'roll fans", "n", "rock'n'roll"),
        ("up 3.5 percent", "3", "3.5"),
        ("at 10:30 a.m. on", "0:3", "10:30"),
        ("at 10:30 a.m. on", "a.m", "a.m."),
        ("the U.S. border", "U.S", "U.S."),
        ("the U.S. border", "S. bor", "U.S. border"),
        ("the U.S.-Mexico border", "Mex", "U.S.-Mexico"),
        ("the U.S.'s border", "U", "U.S.'s"),
        ("it ended... Then", "ed..", "ended"),
        ("a well-known, eyebrow-raising claim", "known, eyebrow", "well-known, eyebrow-raising"),
        ("$3.5 billion", "3.5 bil", "$3.5 billion"),
        ("up 45% since", "45", "45%"),
        ("#MeToo trends", "Too", "#MeToo"),
        ("naïve voters", "ve", "naïve"),  # a precomposed ï
        ("nai\u0308ve voters", "i", "nai\u0308ve"),  # i and a combining diaeresis
        ("left -- right", "t -- r", "left -- right"),
        ("the well- and ill-housed", "well-", "well"),
    ],
)
def test_what_a_word_is(text, selected, expected):
    assert snapped(text, selected) == expected


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("“illegal immigrant criminals”", "“illegal immigrant criminals”"),
        (" “illegal immigrant criminals”, ", "“illegal immigrant criminals”"),
        ("“illegal immigrant criminals", "illegal immigrant criminals"),
        ("illegal immigrant criminals”", "illegal immigrant criminals"),
        ("legal immigrant crim", "illegal immigrant criminals"),
        ("“illegal” immigr", "“illegal” immigrants"),
        ("them “illegal", "them “illegal"),  # a quote mark inside the selection stays
    ],
)
def test_quote_marks_stay_in_pairs(selected, expected):
    text = "He called them “illegal immigrant criminals”, and “illegal” immigrants."
    assert snapped(text, selected) == expected


def test_a_quotation_keeps_its_closing_punctuation_and_both_marks():
    text = 'She said, "We will not comply." Then she left.'
    assert snapped(text, '"We will not comply." ') == '"We will not comply."'
    assert snapped(text, 'We will not comply." ') == "We will not comply"
    german = "Er sagte „nie wieder“ gestern."
    assert snapped(german, "„nie wieder“ ") == "„nie wieder“"
    single = "the ‘so-called’ plan’s cost"
    assert snapped(single, "‘so-called’ plan") == "‘so-called’ plan’s"
    assert quote_pairs(single, 0, len(single)) == [(4, 14)]  # plan’s is no closing mark


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ('אמר דובר צה"ל אתמול', 'ה"', 'צה"ל'),
        ("אמר דובר צה״ל אתמול", "דובר צ", "דובר צה״ל"),
        ("שָׁלוֹם עולם", "ָׁל", "שָׁלוֹם"),  # Hebrew points are marks
        ("قال الرئيس ترامب إن", "ئيس تر", "الرئيس ترامب"),
        ("مُحَمَّد رسول", "حَ", "مُحَمَّد"),  # Arabic vowel signs
        ("قال، الرئيس", "قال، ا", "قال، الرئيس"),  # the Arabic comma is between words
    ],
)
def test_right_to_left_text(text, selected, expected):
    assert snapped(text, selected) == expected


THUMBS = "\U0001f44d\U0001f3fd"  # thumbs up, medium skin tone
FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # woman, ZWJ, woman, ZWJ, girl
HEART = "\u2764\ufe0f"  # heart with the emoji variation selector
FLAG = "\U0001f1fa\U0001f1f8"  # regional indicators U and S


def test_emoji_sequences_are_words_of_their_own():
    text = f"Great {THUMBS} job {FAMILY} and{HEART} {FLAG}!"
    skin = text.index(THUMBS) + 1
    assert snap_to_words(text, skin, skin + 1) == (skin - 1, skin + 1)  # offsets in code points
    middle = text.index(FAMILY) + 2
    assert snapped(text, FAMILY[2:3]) == FAMILY
    assert word_at(text, middle) == (text.index(FAMILY), text.index(FAMILY) + len(FAMILY))
    assert snapped(text, "nd") == "and"  # the heart touching it is a word apart
    assert snapped(text, "\ufe0f") == HEART
    assert snapped(text, FLAG[1]) == FLAG
    assert snapped(text, f"b {FAMILY[0]}") == f"job {FAMILY}"


def test_scripts_without_spaces_keep_to_the_character():
    text = "他说中文很难。"
    assert snapped(text, "中") == "中"
    assert snapped(text, "中文很") == "中文很"
    assert snapped(text, "很难。") == "很难"


@pytest.mark.parametrize("selected", ["", " ", "  \n ", ", ", "—", "“”", " - "])
def test_a_selection_without_words_becomes_empty(selected):
    text = f"one{selected}two"
    start = 3
    assert snap_to_words(text, start, start + len(selected)) == (start, start)


def test_out_of_range_offsets_are_clamped():
    assert snap_to_words("two words", -5, 99) == (0, 9)
    assert snap_to_words("two words", 6, 2) == (6, 6)


def test_stepping_from_word_to_word():
    text = "Trump's 38,521-bed plan."
    assert next_word_end(text, 0) == 7
    assert next_word_end(text, 7) == 18
    assert next_word_end(text, 10) == 18  # from inside a word: its end
    assert next_word_end(text, 23) is None
    assert previous_word_start(text, 24) == 19
    assert previous_word_start(text, 19) == 8
    assert previous_word_start(text, 0) is None
    assert words(text) == [(0, 7), (8, 18), (19, 23)]
    assert not is_word_character(text, 23)


# -- properties

HARD = [
    *"ab zA9 0,.-'\"’‘“”„«»:;!?()#@%$_—\n\t",
    *("\u00ad", "\u05be", "\u05f4", "\u00b7", "\u200d", "\u200c", "\ufe0f", "\u0301"),
    *"שלוםצה",
    *"مرحبا",
    *("\u064e", "\u05b8"),
    *"中文ไทย",
    *("\U0001f44d", "\U0001f3fd", "\U0001f469", "\U0001f1fa", "\U0001d400", "\U00020000"),
]
HARD_TEXTS = st.text(alphabet=st.sampled_from(HARD), max_size=60)
ANY_TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFFF), max_size=60
)
TEXTS = st.one_of(HARD_TEXTS, ANY_TEXTS)


@st.composite
def selections(draw):
    text = draw(TEXTS)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


def _inside_a_word(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s < offset < e), None)


@BOUNDED
@given(selections())
def test_snapping_a_snapped_span_changes_nothing(selection):
    text, start, end = selection
    once = snap_to_words(text, start, end)
    assert snap_to_words(text, *once) == once


@BOUNDED
@given(selections())
def test_the_snapped_span_covers_the_selected_words_in_whole_words_and_no_more(selection):
    text, start, end = selection
    new_start, new_end = snap_to_words(text, start, end)
    spans = words(text)
    selected_words = [(s, e) for s, e in spans if max(s, start) < min(e, end)]
    if not selected_words:
        assert new_start == new_end == start
        return
    # every word the selection touched, whole
    assert new_start <= selected_words[0][0] and selected_words[-1][1] <= new_end
    # never in the middle of a word
    assert _inside_a_word(spans, new_start) is None
    assert _inside_a_word(spans, new_end) is None
    # nothing beyond the selection but the rest of the words at its ends
    assert new_start >= min(start, selected_words[0][0])
    assert new_end <= max(end, selected_words[-1][1])
    # what is kept around the words is quote marks that pair up, and what they enclose
    for edge in (new_start, new_end - 1):
        assert is_word_character(text, edge) or any(
            edge in pair for pair in quote_pairs(text, start, end)
        )


@BOUNDED
@given(TEXTS)
def test_words_are_the_runs_of_word_characters_and_agree_with_word_at(text):
    spans = words(text)
    inside = set()
    for start, end in spans:
        assert start < end
        for offset in range(start, end):
            assert word_at(text, offset) == (start, end)
            inside.add(offset)
    for offset in range(len(text)):
        assert is_word_character(text, offset) == (offset in inside)
    for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
        assert e1 <= s2
