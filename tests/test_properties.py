"""Property-based tests of what the app reads and counts: offsets, anchoring and the parsers.

Each runs a bounded number of generated cases (``max_examples``), so CI time stays small; a
failing case is shrunk by Hypothesis to the smallest input that shows it.
"""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotator.core.classroom.submission import SubmissionError, parse_submission
from annotator.core.lessons.builtin import builtin_lesson_path, content_root
from annotator.core.lessons.pack import MANIFEST_NAME, PackError, load_pack
from annotator.core.text.anchoring import AnchorMethod, anchor, edit_distance
from annotator.core.text.article_text import Utf16Map
from annotator.core.text.selectors import describe

BOUNDED = settings(max_examples=150, deadline=None)
# Text as articles have it, astral characters (emoji, rare CJK) included: they are the ones
# whose UTF-16 length differs.
TEXTS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x1FAFF), max_size=200
)


@BOUNDED
@given(TEXTS)
def test_utf16_offsets_match_the_encoding_and_convert_back(text):
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        position = mapping.to_utf16(offset)
        assert position == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.from_utf16(position) == offset


@BOUNDED
@given(TEXTS, st.data())
def test_a_span_is_found_where_it_was_in_an_unchanged_text(text, data):
    assume(text.strip())
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    position, quote = describe(text, start, end)
    found = anchor(text, position, quote)
    assert found is not None
    assert (found.start, found.end, found.method) == (start, end, AnchorMethod.POSITION)


@BOUNDED
@given(TEXTS, TEXTS, st.data())
def test_after_an_edit_outside_the_span_the_quote_is_found_on_the_same_words(text, inserted, data):
    assume(text.strip() and inserted)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    where = data.draw(st.sampled_from(["before", "after"]))
    position, quote = describe(text, start, end)
    if where == "before":
        at = data.draw(st.integers(0, start))
        edited, shift = text[:at] + inserted + text[at:], len(inserted)
    else:
        at = data.draw(st.integers(end, len(text)))
        edited, shift = text[:at] + inserted + text[at:], 0
    found = anchor(edited, position, quote)
    assert found is not None
    highlighted = edited[found.start : found.end]
    if highlighted != quote.exact:
        # Text put right against the span reads as well as an edit of the quote's first or
        # last characters ("01|0|0012": "0012" after a "0", or "00012" with one added): with
        # the context agreeing beside it, the edited reading may win. Then it holds every
        # tagged character, and nothing beyond the inserted text.
        assert at == (start if where == "before" else end)
        assert found.start <= start + shift and end + shift <= found.end
        lo = start + shift - (len(inserted) if where == "before" else 0)
        assert lo <= found.start and found.end <= end + shift + (shift == 0) * len(inserted)
        assert edit_distance(quote.exact, highlighted) <= len(quote.exact) // 4
        return
    # Otherwise never on other words: what is highlighted is the quote itself, and, when the
    # quote occurs once, the very span that was tagged (occurrences counted overlapping:
    # "0000" holds "000" twice, which str.count says is once).
    if sum(edited.startswith(quote.exact, i) for i in range(len(edited))) == 1:
        assert found.start == start + shift


# Most short texts are filtered out (fewer than 9 characters that are not space): that much
# filtering is expected here, and Hypothesis' health check would fail the test at random.
@settings(BOUNDED, suppress_health_check=[HealthCheck.filter_too_much])
@given(TEXTS, st.data())
def test_a_fuzzy_anchor_stays_within_the_error_budget(text, data):
    assume(len(text.strip()) > 8)
    start = data.draw(st.integers(0, len(text) - 4))
    end = data.draw(st.integers(start + 4, len(text)))
    position, quote = describe(text, start, end)
    changed = data.draw(TEXTS)
    found = anchor(changed, position, quote)
    if found is not None and found.method is AnchorMethod.FUZZY_QUOTE:
        assert edit_distance(quote.exact, changed[found.start : found.end]) <= len(quote.exact) // 4


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_are_a_submission_or_a_submission_error(data):
    try:
        parse_submission(data, "student.submission.json")
    except SubmissionError as error:
        assert "student.submission.json" in str(error)


def test_json_nested_thousands_deep_is_a_submission_error():
    with pytest.raises(SubmissionError, match="nested too deeply"):
        parse_submission(b"[" * 100_000 + b"]" * 100_000)


@pytest.fixture(scope="module")
def pack_source(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack") / "lesson"
    shutil.copytree(builtin_lesson_path(), folder)
    (folder / "articles").mkdir()
    for article in (content_root() / "articles").glob("*.md"):
        shutil.copy(article, folder / "articles" / article.name)
    return folder


MANIFEST_LINES = st.lists(
    st.sampled_from(
        [
            'id = "x"',
            'id = ""',
            "id = 3",
            'version = "2"',
            'title = "<h1>T</h1>"',
            "[[articles]]",
            'file = "articles/nbc-news-2025-02-03.md"',
            'file = "../../etc/passwd"',
            'outlet = "NBC"',
            "[[tags]]",
            'name = "FACT"',
            'colour = "red"',
            'underline = "zigzag"',
            "match_threshold = 7",
            "[key",
            '"unterminated',
        ]
    )
    | st.text(max_size=40),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(MANIFEST_LINES, st.booleans())
def test_any_manifest_is_a_lesson_or_a_pack_error_naming_the_file(pack_source, lines, key_too):
    manifest = pack_source / MANIFEST_NAME
    original = manifest.read_bytes()
    key = pack_source / "key.toml"
    original_key = key.read_bytes()
    try:
        if key_too:
            key.write_text("\n".join(lines), "utf-8")
        else:
            manifest.write_text("\n".join(lines), "utf-8")
        try:
            load_pack(pack_source)
        except PackError as error:
            assert error.problems, "a pack error lists its problems"
            assert all(problem.file for problem in error.problems)
    finally:
        manifest.write_bytes(original)
        key.write_bytes(original_key)
