"""Inter-annotator agreement: Fleiss' kappa against published and hand-computed values, and the
labelling of words by students' annotations."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.classroom.agreement import (
    ArticleAgreement,
    article_agreement,
    fleiss_kappa,
    label_tokens,
    pooled_by_tag,
    tokenize,
)

TAGS = ("FACT", "QUOTE", "FRAMING")

# Fleiss (1971) as worked in Wikipedia's "Fleiss' kappa" article: 10 subjects, 14 raters each,
# 5 categories. P̄ = 688/1820 ≈ 0.378, P_e = 4170/19600 ≈ 0.213, kappa ≈ 0.210.
WIKIPEDIA = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_on_the_wikipedia_example() -> None:
    p_bar, p_e = Fraction(688, 1820), Fraction(4170, 19600)
    expected = (p_bar - p_e) / (1 - p_e)
    kappa = fleiss_kappa(WIKIPEDIA)
    assert kappa == float(expected)  # computed in integers: exact
    assert round(kappa, 3) == 0.210


def test_fleiss_kappa_is_1_for_full_agreement_and_minus_1_for_its_opposite() -> None:
    assert fleiss_kappa([[3, 0], [0, 3], [3, 0]]) == 1.0
    # Two raters who always disagree, categories used equally: P̄ = 0, P_e = 1/2.
    assert fleiss_kappa([[1, 1], [1, 1]]) == -1.0


def test_fleiss_kappa_hand_computed() -> None:
    # 3 items, 3 raters: P_i = 1, 1/3, 1 so P̄ = 7/9; totals 5, 4 -> P_e = 41/81.
    # kappa = (63/81 - 41/81) / (40/81) = 22/40
    assert fleiss_kappa([[3, 0], [2, 1], [0, 3]]) == 22 / 40


@pytest.mark.parametrize(
    "ratings",
    [
        [],  # no items
        [[1, 0], [0, 1]],  # one rater
        [[4, 0, 0], [4, 0, 0]],  # one category only: nothing varies
    ],
)
def test_fleiss_kappa_is_none_where_undefined(ratings: list[list[int]]) -> None:
    assert fleiss_kappa(ratings) is None


@pytest.mark.parametrize("ratings", [[[2, 0], [1, 0]], [[2, 0], [2]], [[2, 0], [3, -1]]])
def test_fleiss_kappa_refuses_malformed_tables(ratings: list[list[int]]) -> None:
    with pytest.raises(ValueError):
        fleiss_kappa(ratings)


# -- words and labels ----------------------------------------------------------------------------

TEXT = "alpha beta gamma delta"  # words at 0-5, 6-10, 11-16, 17-22


def ann(start: int, end: int, tag: str = "FACT", text: str = TEXT) -> Annotation:
    return new_annotation(text=text, start=start, end=end, lesson_id="L", article_id="a1", tag=tag)


def test_tokenize_gives_word_offsets() -> None:
    assert tokenize(TEXT) == [(0, 5), (6, 10), (11, 16), (17, 22)]
    assert tokenize("It's 9:30 — “fine”.") == [(0, 2), (3, 4), (5, 6), (7, 9), (13, 17)]
    assert tokenize("") == []


def test_a_word_is_labelled_by_an_annotation_reaching_its_middle() -> None:
    tokens = tokenize(TEXT)
    assert label_tokens(tokens, [ann(0, 7)], TAGS) == ["FACT", None, None, None]  # 1 letter over
    assert label_tokens(tokens, [ann(0, 8)], TAGS) == ["FACT", "FACT", None, None]  # half a word
    assert label_tokens(tokens, [ann(7, 10)], TAGS) == [None, "FACT", None, None]
    assert label_tokens(tokens, [ann(5, 6)], TAGS) == [None] * 4  # the space between: nothing


def test_the_innermost_annotation_gives_the_label() -> None:
    tokens = tokenize(TEXT)
    outer, inner = ann(0, 22, "FRAMING"), ann(6, 16, "QUOTE")
    innermost = ann(11, 16, "FACT")
    expected = ["FRAMING", "QUOTE", "FACT", "FRAMING"]
    assert label_tokens(tokens, [outer, inner, innermost], TAGS) == expected
    assert label_tokens(tokens, [innermost, outer, inner], TAGS) == expected


def test_same_span_two_tags_is_settled_by_tag_order_not_input_order() -> None:
    tokens = tokenize(TEXT)
    quote, fact = ann(0, 5, "QUOTE"), ann(0, 5, "FACT")
    assert label_tokens(tokens, [quote, fact], TAGS)[0] == "FACT"
    assert label_tokens(tokens, [fact, quote], TAGS)[0] == "FACT"


def test_orphaned_annotations_label_nothing() -> None:
    lost = dataclasses.replace(ann(0, 5), orphaned=True)
    assert label_tokens(tokenize(TEXT), [lost], TAGS) == [None] * 4


# -- articles ------------------------------------------------------------------------------------


def test_article_agreement_hand_computed() -> None:
    # Words:        alpha  beta   gamma  delta
    # ada           FACT   FACT   -      -
    # bo            FACT   -      QUOTE  -
    # rows (none, FACT, QUOTE, FRAMING): (0,2,0,0) (1,1,0,0) (1,0,1,0) (2,0,0,0)
    # All words: N=4, n=2: Σ n(n-1) = 2 + 0 + 0 + 2 = 4, totals 4, 3, 1 -> Σt² = 26, Nn = 8:
    #   kappa = (4·8 - 26·1) / (1·(64 - 26)) = 6/38.
    # Tagged words only (first three): Σ n(n-1) = 2, totals 2, 3, 1 -> Σt² = 14, Nn = 6:
    #   kappa = (2·6 - 14) / (36 - 14) = -2/22.
    result = article_agreement(
        TEXT,
        {"ada": [ann(0, 10)], "bo": [ann(0, 5), ann(11, 16, "QUOTE")]},
        TAGS,
    )
    assert dataclasses.replace(result, by_tag=()) == ArticleAgreement(
        kappa=6 / 38, kappa_tagged_only=-2 / 22, students=2, tokens=4, tagged_tokens=3
    )
    # Per tag (Fleiss' kappa of one category against the rest): FACT is given 3 times of 8,
    # with one word split (1·1 pairs apart): 1 - 1 / (4·2·1 · 3/8 · 5/8) = 1 - 8/15 = 7/15.
    # QUOTE: once of 8, one word split: 1 - 1 / (8 · 1/8 · 7/8) = 1 - 8/7 = -1/7.
    by_tag = {tag.tag: tag for tag in result.by_tag}
    assert list(by_tag) == list(TAGS)
    assert by_tag["FACT"].kappa == pytest.approx(7 / 15)
    assert (by_tag["FACT"].ratings, by_tag["FACT"].disagreeing) == (3, 1)
    assert by_tag["QUOTE"].kappa == pytest.approx(-1 / 7)
    assert by_tag["FRAMING"].kappa is None  # nobody gave it: nothing to agree on


def test_the_kappa_of_all_words_is_the_weighted_mean_of_the_tags_kappas() -> None:
    # Fleiss (1971): kappa = Σ p_j q_j kappa_j / Σ p_j q_j over every category, "no tag"
    # included; here the untagged words are the only other category.
    work = {
        "ada": [ann(0, 10), ann(11, 16, "QUOTE")],
        "bo": [ann(0, 5, "FRAMING"), ann(11, 22, "QUOTE")],
        "cy": [ann(6, 16)],
    }
    result = article_agreement(TEXT, work, TAGS)
    ratings = result.tokens * result.students
    given = {tag.tag: tag.ratings for tag in result.by_tag}
    given["none"] = ratings - sum(given.values())
    labelled = [label_tokens(tokenize(TEXT), w, TAGS) for w in work.values()]
    none_row = [labels.count(None) for labels in zip(*labelled, strict=True)]
    apart = {tag.tag: tag.disagreeing for tag in result.by_tag}
    apart["none"] = sum(n * (result.students - n) for n in none_row)
    weights, total = 0.0, 0.0
    for tag, count in given.items():
        p = count / ratings
        kappa = 1 - apart[tag] / (result.tokens * 3 * 2 * p * (1 - p)) if 0 < p < 1 else None
        if kappa is not None:
            weights += p * (1 - p)
            total += p * (1 - p) * kappa
    assert result.kappa == pytest.approx(total / weights)


def test_per_tag_agreement_pools_over_articles_as_one_text() -> None:
    first = article_agreement(TEXT, {"ada": [ann(0, 10)], "bo": [ann(0, 5)]}, TAGS)
    second = article_agreement(TEXT, {"ada": [ann(11, 16)], "bo": [ann(11, 16)]}, TAGS)
    both = TEXT + " " + TEXT  # the second copy starts at 23
    later = ann(23 + 11, 23 + 16, text=both)
    joined = article_agreement(
        both, {"ada": [ann(0, 10, text=both), later], "bo": [ann(0, 5, text=both), later]}, TAGS
    )
    pooled = {tag.tag: tag for tag in pooled_by_tag([first, second])}
    for tag in joined.by_tag:
        assert pooled[tag.tag] == tag
    assert pooled["FACT"].kappa is not None
    assert pooled_by_tag([first, article_agreement(TEXT, {"ada": []}, TAGS)]) == ()


def test_students_who_agree_fully() -> None:
    work = [ann(0, 5, "FACT"), ann(11, 16, "QUOTE")]
    result = article_agreement(TEXT, {"ada": work, "bo": list(work), "cy": list(work)}, TAGS)
    assert result.kappa == 1.0
    assert result.kappa_tagged_only == 1.0
    assert (result.students, result.tokens, result.tagged_tokens) == (3, 4, 2)


def test_kappa_is_none_for_one_student_or_no_tags() -> None:
    alone = article_agreement(TEXT, {"ada": [ann(0, 5)]}, TAGS)
    assert alone.kappa is None and alone.kappa_tagged_only is None
    assert alone.tagged_tokens == 1
    idle = article_agreement(TEXT, {"ada": [], "bo": []}, TAGS)
    assert dataclasses.replace(idle, by_tag=()) == ArticleAgreement(None, None, 2, 4, 0)
    assert all(tag.kappa is None for tag in idle.by_tag)
    empty = article_agreement("", {"ada": [], "bo": []}, TAGS)
    assert dataclasses.replace(empty, by_tag=()) == ArticleAgreement(None, None, 2, 0, 0)


def test_a_tag_not_in_the_lesson_is_a_category_of_its_own() -> None:
    # ada: OLD on alpha; bo: FACT on alpha. Were OLD dropped, ada would agree with nobody on
    # nothing; as its own category, the two disagree on alpha and agree elsewhere.
    result = article_agreement(TEXT, {"ada": [ann(0, 5, "OLD")], "bo": [ann(0, 5)]}, TAGS)
    # rows (none, FACT, ..., OLD): alpha (0,1,..,1), the rest (2,0,..,0):
    # Σ n(n-1) = 6, totals 6, 1, 1 -> Σt² = 38, Nn = 8: kappa = (6·8 - 38) / (64 - 38) = 10/26.
    assert result.kappa == 10 / 26
    # Tagged words: alpha alone, split between FACT and OLD: P̄ = 0, P_e = 1/2, kappa = -1.
    assert result.kappa_tagged_only == -1.0
