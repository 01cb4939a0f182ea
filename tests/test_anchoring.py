"""Re-anchoring: position, then exact quote, then approximate quote; otherwise orphaned."""

from annotator.core.text.anchoring import AnchorMethod, anchor, approximate_matches
from annotator.core.text.selectors import describe

OLD = (
    "ICE has a maximum capacity of 41,500 beds, which is leading to the release of migrants "
    "apprehended in other parts of the country, according to the report. Officials said more."
)


def _selectors(text, phrase):
    start = text.index(phrase)
    return describe(text, start, start + len(phrase))


def test_unchanged_text_anchors_by_position():
    position, quote = _selectors(OLD, "41,500 beds")
    found = anchor(OLD, position, quote)
    assert found.method == AnchorMethod.POSITION
    assert OLD[found.start : found.end] == "41,500 beds"


def test_text_inserted_before_moves_the_anchor_by_exact_quote():
    position, quote = _selectors(OLD, "41,500 beds")
    new = "UPDATED: " + OLD
    found = anchor(new, position, quote)
    assert found.method == AnchorMethod.EXACT_QUOTE
    assert new[found.start : found.end] == "41,500 beds"


def test_of_two_occurrences_the_one_with_matching_context_wins():
    text = "the report said 10 beds. Later, the memo said 10 beds were free."
    position, _ = _selectors(text, "10 beds were")
    quote_only = describe(text, position.start, position.start + len("10 beds"))[1]
    shifted = "Intro. " + text
    found = anchor(shifted, None, quote_only)
    assert shifted[: found.start].endswith("memo said ")


def test_an_edited_quote_is_found_approximately():
    position, quote = _selectors(OLD, "leading to the release of migrants apprehended")
    new = OLD.replace("leading to the release of migrants", "leading to the releases of migrants")
    found = anchor(new, position, quote)
    assert found.method == AnchorMethod.FUZZY_QUOTE
    assert new[found.start : found.end] == "leading to the releases of migrants apprehended"


def test_a_quote_that_is_gone_is_orphaned_not_misplaced():
    position, quote = _selectors(OLD, "maximum capacity of 41,500 beds")
    new = "A completely different article about the weather in Chicago and New York. " * 3
    assert anchor(new, position, quote) is None


def test_approximate_matches_reports_edit_counts():
    matches = approximate_matches("xx hello world xx", "helo world", 2)
    assert any(errors == 1 for _, _, errors in matches)
    start, end, _ = min(matches, key=lambda m: m[2])
    assert "xx hello world xx"[start:end] in {"hello world", "ello world"}
