"""Re-anchoring through each kind of edit an article gets, and the mistakes it must not repeat.

Each test tags words in an old text, edits the text as a new version of the lesson would, and
checks where :func:`anchor` puts the annotation: on its words, or nowhere (orphaned) when its
words are gone; never on other words.
"""

from __future__ import annotations

import random

import pytest

from annotator.core.text import approximate
from annotator.core.text.anchoring import AnchorMethod, anchor
from annotator.core.text.selectors import describe

ARTICLE = (
    "Some migrants arrested in Trump's immigration crackdown have been released back into the "
    "U.S., according to a report.\n"
    "Space constraints and court orders have led ICE to release migrants on monitoring programs "
    "after they're arrested. There are no indications that the Trump administration has released "
    "anyone convicted of a serious crime.\n"
    "ICE posts arrest figures daily on X, but it does not disclose how many of those arrested are "
    "released. On Monday alone, ICE released 160 detainees.\n"
    "Agents from Immigration and Customs Enforcement have conducted raids in Chicago, Denver and "
    "other cities since the inauguration."
)


def tagged(text: str, phrase: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return describe(text, start, start + len(phrase))


def placed(text: str, found) -> str | None:
    return None if found is None else text[found.start : found.end]


# -- each kind of edit


def test_a_moved_sentence_takes_its_annotation_along():
    sentence = "On Monday alone, ICE released 160 detainees."
    position, quote = tagged(ARTICLE, "ICE released 160")
    new = ARTICLE.replace(" " + sentence, "").replace("U.S., ", f"U.S. {sentence} ", 1)
    found = anchor(new, position, quote)
    assert found.start == new.index("ICE released 160") and placed(new, found) == quote.exact


def test_a_moved_sentence_tagged_whole_is_found_by_its_words_alone():
    sentence = "There are no indications that the Trump administration has released anyone"
    position, quote = tagged(ARTICLE, sentence)
    rest = ARTICLE.replace(sentence + " convicted of a serious crime.", "")
    new = rest + "\n" + sentence + " at all, officials said."
    found = anchor(new, position, quote)
    assert placed(new, found) == sentence and found.start == new.index(sentence)


def test_a_typo_inside_the_quote_is_found_with_its_new_boundaries():
    position, quote = tagged(ARTICLE, "monitoring programs")
    new = ARTICLE.replace("monitoring programs", "monitorng programs")
    found = anchor(new, position, quote)
    assert found.method == AnchorMethod.FUZZY_QUOTE
    assert placed(new, found) == "monitorng programs"


def test_a_typo_fixed_takes_the_longer_match_that_is_right():
    old = ARTICLE.replace("immigration crackdown", "immigraton crackdown")
    position, quote = tagged(old, "Trump's immigraton crackdown")
    found = anchor(ARTICLE, position, quote)
    assert placed(ARTICLE, found) == "Trump's immigration crackdown"


def test_a_quote_reworded_by_up_to_a_quarter_is_found_on_its_new_words():
    position, quote = tagged(ARTICLE, "it does not disclose how many of those arrested")
    new = ARTICLE.replace("does not disclose", "does not say")
    found = anchor(new, position, quote)
    assert placed(new, found) == "it does not say how many of those arrested"


def test_a_quote_whose_first_words_are_cut_starts_on_its_own_first_word():
    position, quote = tagged(ARTICLE, "migrants on monitoring programs after they're arrested")
    new = ARTICLE.replace("migrants on monitoring", "monitoring")
    found = anchor(new, position, quote)
    assert placed(new, found) == "monitoring programs after they're arrested"


def test_a_quote_reworded_by_more_than_a_quarter_is_orphaned_or_on_its_own_words():
    position, quote = tagged(ARTICLE, "conducted raids in Chicago")
    new = ARTICLE.replace("conducted raids in Chicago", "swept through neighbourhoods of Chicago")
    found = anchor(new, position, quote)
    if found is not None:
        region = new.index("swept"), new.index(" Chicago") + len(" Chicago")
        assert region[0] <= found.start < found.end <= region[1]


def test_a_deleted_sentence_orphans_its_annotations():
    sentence = "Space constraints and court orders have led ICE to release migrants"
    for phrase in ("court orders", "ICE", "led ICE to release"):
        position, quote = tagged(ARTICLE, phrase)
        paragraph_end = ARTICLE.index("arrested.", ARTICLE.index(sentence)) + len("arrested. ")
        new = ARTICLE[: ARTICLE.index(sentence)] + ARTICLE[paragraph_end:]
        assert anchor(new, position, quote) is None, phrase


def test_of_a_duplicated_sentence_the_original_keeps_the_annotation():
    sentence = "On Monday alone, ICE released 160 detainees."
    position, quote = tagged(ARTICLE, "160 detainees")
    new = ARTICLE.replace("after they're arrested.", f"after they're arrested. {sentence}")
    found = anchor(new, position, quote)
    assert found.start == new.rindex("160 detainees")


def test_a_version_with_every_kind_of_edit_at_once():
    old = ARTICLE
    spans = {
        "moved": tagged(old, "160 detainees"),
        "typo": tagged(old, "conducted raids in Chicago"),
        "deleted": tagged(old, "serious crime"),
        "unchanged": tagged(old, "figures daily on X"),
    }
    new = (
        old.replace(" On Monday alone, ICE released 160 detainees.", "")
        .replace("conducted raids", "conductd raids")
        .replace(
            " There are no indications that the Trump administration has released anyone "
            "convicted of a serious crime.",
            "",
        )
        .replace("U.S., according", "U.S. On Monday alone, ICE released 160 detainees. According")
    )
    results = {kind: placed(new, anchor(new, *selectors)) for kind, selectors in spans.items()}
    assert results == {
        "moved": "160 detainees",
        "typo": "conductd raids in Chicago",
        "deleted": None,
        "unchanged": "figures daily on X",
    }


# -- the mistakes the former algorithm made (regressions)


def test_a_name_reworded_in_place_does_not_jump_to_the_same_name_nearby():
    old = (
        "Bukele met Secretary of State Marco Rubio in San Salvador last week to discuss the deal "
        "on deportations.\nTrump and Secretary of State Marco Rubio are also reportedly in talks."
    )
    position, quote = tagged(old, "Secretary of State Marco", occurrence=1)
    assert position.start - old.index("Secretary of State Marco") >= 100
    new = old.replace("and Secretary of State Marco", "and Secretary of State Would")
    found = anchor(new, position, quote)
    assert found is not None and found.start == new.index("Secretary of State Would")
    # Reworded beyond the budget, it is orphaned, still not moved to the other one.
    gone = old.replace("and Secretary of State Marco", "and the top diplomat")
    assert anchor(gone, position, quote) is None


@pytest.mark.parametrize(
    ("phrase", "sentence"),
    [
        ("on", "ICE posts arrest figures daily on X, but it does not disclose how many of "),
        ("ICE", "On Monday alone, ICE released 160 detainees."),
    ],
)
def test_a_deleted_short_word_does_not_land_on_the_same_word_elsewhere(phrase, sentence):
    start = ARTICLE.index(sentence) + sentence.index(f" {phrase} ") + 1
    position, quote = describe(ARTICLE, start, start + len(phrase))
    assert ARTICLE.count(f" {phrase} ") > 1  # other copies of the word remain
    new = ARTICLE[: ARTICLE.index(sentence)] + ARTICLE[ARTICLE.index(sentence) + len(sentence) :]
    assert anchor(new, position, quote) is None


def test_a_deleted_word_does_not_land_on_the_same_word_a_few_characters_on():
    old = "The officials agreed on the plan on Monday, and ICE agents said ICE would follow it."
    for phrase, cut in (("on", "agreed on the"), ("ICE", "and ICE agents")):
        position, quote = tagged(old, phrase)
        new = old.replace(cut, cut.replace(f" {phrase} ", " "), 1)
        assert anchor(new, position, quote) is None, phrase


def test_an_approximate_match_far_away_with_only_its_suffix_is_refused():
    rng = random.Random(4)
    words = ARTICLE.split()
    before, after = (" ".join(rng.choice(words) for _ in range(40_000)) for _ in range(2))
    quote_text = "the federal detention centres reached capacity"
    suffix = " earlier this month, officials said."
    old = before + " Officials warned that " + quote_text + suffix + " " + after
    position, quote = tagged(old, quote_text)
    # Deleted where it was; far away, a look-alike (7 edits of 46) before the same suffix.
    lookalike = "the federal detention sites neared capacity"
    assert 0.15 < approximate.edit_distance(quote_text, lookalike) / len(quote_text) <= 0.25
    new = before + " " + after + " Meanwhile, " + lookalike + suffix
    assert new.index(lookalike) - position.start > 200_000
    assert anchor(new, position, quote) is None
    # The same look-alike where the quote was, its context intact, is the quote edited.
    in_place = old.replace(quote_text, lookalike, 1)
    assert placed(in_place, anchor(in_place, position, quote)) == lookalike


# -- texts and sizes the former algorithm handled badly


def test_texts_of_any_alphabet_are_searched_by_code_point():
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 600)] + ["😀", "👍", "🇺"]
    text = "".join(rng.choice(alphabet) for _ in range(3000))
    position, quote = describe(text, 1000, 1040)
    edited = text[:1010] + "🙂" + text[1011:]  # one character of the quote replaced
    found = anchor("前言" + edited, position, quote)
    assert (found.start, found.end) == (1002, 1042)


def test_a_long_text_is_aligned_only_where_the_native_filter_lets_it(monkeypatch):
    rng = random.Random(11)
    words = ARTICLE.split()
    text = " ".join(rng.choice(words) for _ in range(100_000))  # about 600,000 characters
    start = len(text) // 2
    quote = describe(text, start, start + 60)[1]
    new = text[:start] + "XX" + text[start + 2 : start + 30] + "YY" + text[start + 32 :]
    aligned = []
    ends = approximate.ends

    def counting(text, pattern, max_errors, lo, hi):
        aligned.append(hi - lo)
        return ends(text, pattern, max_errors, lo, hi)

    monkeypatch.setattr(approximate, "ends", counting)
    found = anchor(new[:-5], None, quote)  # no old position: the whole text is searched
    assert (found.start, found.end) == (start, start + 60)
    assert sum(aligned) < len(new) / 50
