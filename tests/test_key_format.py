"""The answer key's grading fields: key words, alternative tags, the target and the wrong-tag
credit. Each is read into the lesson, old keys keep their documented defaults, and each mistake
is refused with the file, the field and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.lessons.lesson import Alternative, GradingRules
from annotator.core.lessons.pack import load_pack
from tests.test_pack import KEY, pack_error, published_schema, write_pack

GRADED_KEY = """\
format = 1
target = 1.5
wrong_tag_credit = 0.25

[[spans]]
article = "one"
tag = "FACT"
exact = "The council voted 7 to 2 on Tuesday"
key_words = ["voted 7 to 2", "Tuesday"]

[[spans]]
article = "one"
tag = "FRAMING"
exact = "vanity scheme"
key_words = ["vanity"]
alternatives = [{ tag = "QUOTE", credit = 0.75 }, { tag = "FACT" }]
"""


def test_the_grading_fields_are_read_into_the_lesson(tmp_path: Path) -> None:
    lesson = load_pack(write_pack(tmp_path / "pack", {"key.toml": GRADED_KEY}))
    assert lesson.rules == GradingRules(target=1.5, wrong_tag_credit=0.25)
    vote, vanity = lesson.key
    text = lesson.article("one").text.text
    assert [text[w.start : w.end] for w in vote.key_words] == ["voted 7 to 2", "Tuesday"]
    assert [text[w.start : w.end] for w in vanity.key_words] == ["vanity"]
    assert vanity.alternatives == (Alternative("QUOTE", 0.75), Alternative("FACT", 1.0))
    assert vanity.tag_credit("FRAMING", 0.25) == 1.0
    assert vanity.tag_credit("QUOTE", 0.25) == 0.75
    assert vanity.tag_credit("OPINION", 0.25) == 0.25


def test_an_old_key_keeps_working_with_the_documented_defaults(tmp_path: Path) -> None:
    lesson = load_pack(write_pack(tmp_path / "pack", {"key.toml": KEY}))
    assert lesson.rules == GradingRules(target=None, wrong_tag_credit=0.5)
    assert lesson.rules.target_for(lesson.key) == 1.6  # 80% of its two points
    assert all(span.key_words == () and span.alternatives == () for span in lesson.key)


BROKEN_KEYS = [
    (
        "key words not in the span",
        GRADED_KEY.replace('["vanity"]', '["vanity", "sheme"]'),
        "key.toml: spans[1].key_words[1]: 'sheme' is not in this span's exact text "
        "'vanity scheme'; key words are copied from it word for word",
    ),
    (
        "an alternative of an unknown tag",
        GRADED_KEY.replace('tag = "QUOTE", credit', 'tag = "OPINION", credit'),
        "key.toml: spans[1].alternatives[0].tag: no tag 'OPINION' (known: FACT, QUOTE, FRAMING)",
    ),
    (
        "the span's own tag as an alternative",
        GRADED_KEY.replace('{ tag = "FACT" }', '{ tag = "FRAMING" }'),
        "key.toml: spans[1].alternatives[1]: 'FRAMING' is the span's own tag; list only the "
        "other tags it accepts",
    ),
    (
        "an alternative listed twice",
        GRADED_KEY.replace('{ tag = "FACT" }', '{ tag = "QUOTE" }'),
        "key.toml: spans[1].alternatives[1]: 'QUOTE' is listed twice; give it once",
    ),
    (
        "an alternative worth less than a wrong tag",
        GRADED_KEY.replace("credit = 0.75", "credit = 0.2"),
        "key.toml: spans[1].alternatives[0].credit: the credit 0.2 is below the key's wrong-tag "
        "credit 0.25: an accepted tag would earn less than a wrong one",
    ),
    (
        "a target no one can reach",
        GRADED_KEY.replace("target = 1.5", "target = 3"),
        "key.toml: target: 3 is more than the 2 points of all the key's spans and linked claims "
        "together: no "
        "student could score 100",
    ),
    (
        "a wrong-tag credit over 1",
        GRADED_KEY.replace("wrong_tag_credit = 0.25", "wrong_tag_credit = 2"),
        "key.toml: wrong_tag_credit: 2 is greater than the maximum of 1",
    ),
    (
        "an alternative of no credit",
        GRADED_KEY.replace("credit = 0.75", "credit = 0"),
        "key.toml: spans[1].alternatives[0].credit: 0 is less than or equal to the minimum of 0",
    ),
    (
        "an alternative without a tag",
        GRADED_KEY.replace('{ tag = "FACT" }', "{ credit = 1 }"),
        "key.toml: spans[1].alternatives[1]: 'tag' is missing",
    ),
    (
        "empty key words",
        GRADED_KEY.replace('["vanity"]', '[""]'),
        "key.toml: spans[1].key_words[0]: '' should be non-empty",
    ),
]


@pytest.mark.parametrize(
    ("key", "expected"), [case[1:] for case in BROKEN_KEYS], ids=[case[0] for case in BROKEN_KEYS]
)
def test_a_mistake_in_the_grading_fields_names_file_field_and_problem(
    tmp_path: Path, key: str, expected: str
) -> None:
    assert expected in pack_error(write_pack(tmp_path / "pack", {"key.toml": key}))


def test_the_key_schema_checks_the_grading_fields() -> None:
    import tomllib

    schema = published_schema("key")
    good = tomllib.loads(GRADED_KEY)
    assert schema.is_valid(good)
    for bad in (
        {**good, "target": 0},
        {**good, "wrong_tag_credit": -0.1},
        {**good, "spans": [{**good["spans"][1], "alternatives": [{"tag": "QUOTE", "x": 1}]}]},
        {**good, "spans": [{**good["spans"][1], "key_words": []}]},
    ):
        assert not schema.is_valid(bad)
