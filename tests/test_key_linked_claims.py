"""The key's linked claims: read from key.toml, checked (with file, field and problem), written
back the same, and the built-in lesson's eight, word for word from the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.lessons.builtin import load_builtin_lesson
from annotator.core.lessons.key_writer import key_toml
from annotator.core.lessons.lesson import KeyLinkedClaim
from annotator.core.lessons.pack import load_pack, read_key_text
from annotator.core.text.figures import VALUE_DIFFERS, compare_figures
from tests.test_pack import pack_error, published_schema, write_pack

LINKED_KEY = """\
format = 1

[[spans]]
article = "one"
tag = "FACT"
exact = "The council voted 7 to 2 on Tuesday"
linked_claim = "bridge"

[[spans]]
article = "two"
tag = "FACT"
exact = "The bridge will cost $4 million"
linked_claim = "bridge"

[[spans]]
article = "one"
tag = "FRAMING"
exact = "vanity scheme"

[[linked_claims]]
id = "bridge"
title = "  The new   bridge "
points = 2
figures = ["$4 million"]
note = "Only one outlet gives the cost."
"""


def test_linked_claims_are_read_with_their_members(tmp_path: Path) -> None:
    lesson = load_pack(write_pack(tmp_path / "pack", {"key.toml": LINKED_KEY}))
    assert lesson.linked_claims == (
        KeyLinkedClaim(
            "bridge", "The new bridge", 2.0, ("$4 million",), "Only one outlet gives the cost."
        ),
    )
    assert lesson.linked_members("bridge") == [0, 1]
    assert [span.linked_claim for span in lesson.key] == ["bridge", "bridge", ""]
    # Linked claims count among the key's points, but the target stays 80% of the spans'.
    assert lesson.rules.points_of(lesson.key) == 5.0
    assert lesson.rules.target_for(lesson.key) == 2.4
    assert published_schema("key").is_valid(__import__("tomllib").loads(LINKED_KEY))


BROKEN = [
    (
        "a span naming no linked claim of the key",
        LINKED_KEY.replace(
            'linked_claim = "bridge"\n\n[[spans]]\narticle = "two"',
            'linked_claim = "brige"\n\n[[spans]]\narticle = "two"',
        ),
        "key.toml: spans[0].linked_claim: no linked claim 'brige' in [[linked_claims]] "
        "(known: bridge)",
    ),
    (
        "a linked claim in one article",
        LINKED_KEY.replace(
            'exact = "The bridge will cost $4 million"\nlinked_claim = "bridge"\n',
            'exact = "The bridge will cost $4 million"\n',
        ),
        "key.toml: linked_claims[0]: 'bridge' links spans of 1 article(s); a linked claim "
        "compares outlets",
    ),
    (
        "a figure in none of its spans",
        LINKED_KEY.replace('["$4 million"]', '["$5 million"]'),
        "key.toml: linked_claims[0].figures[0]: the figure '$5 million' is not in the words "
        "of any of 'bridge''s spans",
    ),
    (
        "two linked claims of one id",
        LINKED_KEY + '\n[[linked_claims]]\nid = "bridge"\ntitle = "Again"\n',
        "key.toml: linked_claims[1]: the id 'bridge' is given to two linked claims",
    ),
    (
        "a linked claim without a title",
        LINKED_KEY.replace('title = "  The new   bridge "\n', ""),
        "key.toml: linked_claims[0]: 'title' is missing",
    ),
]


@pytest.mark.parametrize(("key", "expected"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_a_mistake_in_the_linked_claims_names_file_field_and_problem(
    tmp_path: Path, key: str, expected: str
) -> None:
    assert expected in pack_error(write_pack(tmp_path / "pack", {"key.toml": key}))


def test_the_key_writer_writes_linked_claims_back(tmp_path: Path) -> None:
    lesson = load_pack(write_pack(tmp_path / "pack", {"key.toml": LINKED_KEY}))
    text = key_toml(lesson, lesson.key, lesson.rules)
    assert 'linked_claim = "bridge"' in text and "[[linked_claims]]" in text
    assert read_key_text(text, lesson) == (lesson.key, lesson.rules)


def test_the_built_in_key_links_at_least_six_claims_across_outlets() -> None:
    lesson = load_builtin_lesson()
    claims = lesson.linked_claims
    assert len(claims) >= 6
    for claim in claims:
        members = [lesson.key[i] for i in lesson.linked_members(claim.id)]
        assert len({span.article_id for span in members}) >= 2, claim.id
        for span in members:  # word for word from the article
            text = lesson.article(span.article_id).text.text
            assert text[span.position.start : span.position.end] == span.quote.exact
    titles = {claim.title for claim in claims}
    assert {"ICE detention capacity", "The ICE spokesperson's statement"} <= titles
    key_text = key_toml(lesson, lesson.key, lesson.rules)
    assert read_key_text(key_text, lesson) == (lesson.key, lesson.rules)


def test_the_figures_the_key_says_disagree_are_those_the_comparison_flags() -> None:
    """Every figure the built-in key lists for a linked claim is one that the comparison of
    its spans' words flags; a linked claim without figures has none flagged by value."""
    lesson = load_builtin_lesson()
    outlets = {article.id: article.outlet for article in lesson.articles}
    for claim in lesson.linked_claims:
        wordings = [
            (outlets[lesson.key[i].article_id], lesson.key[i].quote.exact)
            for i in lesson.linked_members(claim.id)
        ]
        differences = compare_figures(wordings)
        flagged = " | ".join(s.words for d in differences for s in d.stated)
        for figure in claim.figures:
            assert figure in flagged, (claim.id, figure, flagged)
        if not claim.figures:
            assert not [d for d in differences if d.kind == VALUE_DIFFERS], claim.id
    capacity = next(c for c in lesson.linked_claims if c.id == "detention-capacity")
    wordings = [
        (outlets[lesson.key[i].article_id], lesson.key[i].quote.exact)
        for i in lesson.linked_members(capacity.id)
    ]
    assert compare_figures(wordings)[0].kind == VALUE_DIFFERS
