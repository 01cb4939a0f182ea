"""One table of tag looks: every underline style a pack may name has its look, and the pack
schema offers exactly those styles (the recipe "add a tag" in docs/architecture.md relies on
these three lists agreeing)."""

from __future__ import annotations

from annotator.core.lessons.looks import UNDERLINE_LOOKS, cue_words, tag_colour
from annotator.core.lessons.pack import schema
from annotator.core.lessons.tags import DEFAULT_TAGS, Tag, UnderlineStyle


def test_every_underline_style_has_one_look_and_the_schema_offers_exactly_those():
    assert set(UNDERLINE_LOOKS) == set(UnderlineStyle)
    offered = schema("manifest")["properties"]["tags"]["items"]["properties"]["underline"]["enum"]
    assert sorted(offered) == sorted(style.value for style in UnderlineStyle)
    words = [look.words for look in UNDERLINE_LOOKS.values()]
    assert len(set(words)) == len(words), "two styles would be described alike"


def test_the_default_tags_can_be_told_apart_without_colour():
    assert len({tag.underline for tag in DEFAULT_TAGS}) == len(DEFAULT_TAGS)
    assert [cue_words(tag) for tag in DEFAULT_TAGS] == [
        "underlined with a solid line",
        "underlined with dots",
        "underlined with a wavy line",
    ]


def test_a_colour_that_is_not_a_colour_never_reaches_a_style_sheet():
    odd = Tag("ODD", "Odd", "red;background:url(/dev/zero)", UnderlineStyle.SOLID)
    assert tag_colour(odd) == "#cccccc"
    assert tag_colour(None) == "#cccccc"
    assert tag_colour(DEFAULT_TAGS.get("FACT")) == DEFAULT_TAGS.get("FACT").colour
