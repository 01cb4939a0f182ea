"""Grading against the answer key: what finds a claim, what it earns, the assignment of highlights
to claims, the score and the verdicts, on texts small enough to check by hand. The same rule on
the built-in lesson, as a teacher runs it, is in ``test_grading_lesson.py``."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.classroom.grading import OVERALL, TagScore, grade_class, grade_student
from annotator.core.classroom.verdicts import (
    CREDITED,
    NEAR,
    NOT_IN_KEY,
    ORPHANED,
    PARTIAL,
    WRONG_TAG,
)
from annotator.core.lessons.lesson import Alternative, Article, GradingRules, KeySpan, Lesson
from annotator.core.text.article_text import parse_article
from annotator.core.text.selectors import TextPositionSelector, describe

BODY = (
    "The mayor approved a vanity bridge on Tuesday. Critics called it a costly mistake, "
    "according to a report. It opens in 2027 and will cost four million pounds."
)
OTHER = "A second article. It says the bridge is a vanity bridge too."


def article(article_id: str, body: str) -> Article:
    return Article(article_id, "Gazette", "", "", "", "", "", parse_article(body))


def claim(
    phrase: str,
    tag: str = "FACT",
    points: float = 1.0,
    *,
    article_id: str = "a1",
    key_words: tuple[str, ...] = (),
    alternatives: tuple[Alternative, ...] = (),
) -> KeySpan:
    text = BODY if article_id == "a1" else OTHER
    start = text.index(phrase)
    position, quote = describe(text, start, start + len(phrase))
    words = tuple(
        TextPositionSelector(start + phrase.index(w), start + phrase.index(w) + len(w))
        for w in key_words
    )
    return KeySpan(article_id, tag, quote, position, points, "", words, alternatives)


def lesson(*key: KeySpan, target: float | None = None, wrong_tag_credit: float = 0.5) -> Lesson:
    return Lesson(
        id="L",
        version="1",
        title="Bridge",
        instructions_markdown="",
        articles=(article("a1", BODY), article("a2", OTHER)),
        key=key,
        rules=GradingRules(target, wrong_tag_credit),
    )


def ann(phrase: str, tag: str = "FACT", article_id: str = "a1", **kw) -> Annotation:
    text = BODY if article_id == "a1" else OTHER
    start = text.index(phrase)
    return new_annotation(
        text=text,
        start=start,
        end=start + len(phrase),
        lesson_id="L",
        article_id=article_id,
        tag=tag,
        **kw,
    )


def only_verdict(annotation: Annotation, key: Lesson):
    grade = grade_student([annotation], key)
    (verdict,) = grade.verdicts
    return grade, verdict


# -- what finds a claim --------------------------------------------------------------------------


def test_the_claim_itself_earns_its_points() -> None:
    key = lesson(claim("approved a vanity bridge on Tuesday", points=2))
    grade, verdict = only_verdict(ann("approved a vanity bridge on Tuesday"), key)
    assert (verdict.outcome, verdict.key_index, verdict.credit) == (CREDITED, 0, 2.0)
    assert verdict.reason == (
        "found the FACT claim “approved a vanity bridge on Tuesday”: 2 of 2 points"
    )
    assert grade.points_earned == 2 and grade.matches[0].credit == 2


def test_two_thirds_of_the_claims_words_find_it_and_fewer_do_not() -> None:
    key = lesson(claim("a costly mistake", "FRAMING"))
    assert only_verdict(ann("costly mistake", "FRAMING"), key)[1].outcome == CREDITED
    _, near = only_verdict(ann("mistake", "FRAMING"), key)
    assert near.outcome == NEAR and near.credit == 0 and near.key_index == 0
    assert near.reason == (
        "near the FRAMING claim “a costly mistake”: covers 33% of its key words; "
        "two thirds are needed"
    )


def test_key_words_say_which_part_of_a_claim_carries_it() -> None:
    key = lesson(claim("a vanity bridge", "FRAMING", key_words=("vanity",)))
    assert only_verdict(ann("vanity", "FRAMING"), key)[1].outcome == CREDITED
    _, near = only_verdict(ann("bridge on", "FRAMING"), key)
    assert near.outcome == NEAR
    assert "covers 0% of its key words (“vanity”)" in near.reason


def test_a_letter_missing_at_an_edge_changes_nothing() -> None:
    key = lesson(claim("a vanity bridge", "FRAMING", key_words=("vanity",)))
    text = BODY
    start = text.index("vanity") + 1  # "anity"
    sloppy = new_annotation(
        text=text, start=start, end=start + 5, lesson_id="L", article_id="a1", tag="FRAMING"
    )
    assert only_verdict(sloppy, key)[1].outcome == CREDITED


def test_a_few_words_more_keep_full_credit_and_the_whole_sentence_earns_a_third() -> None:
    key = lesson(claim("vanity bridge", "FRAMING"))
    assert only_verdict(ann("a vanity bridge on Tuesday", "FRAMING"), key)[1].credit == 1
    sentence = "The mayor approved a vanity bridge on Tuesday."
    _, verdict = only_verdict(ann(sentence, "FRAMING"), key)
    assert verdict.outcome == PARTIAL
    assert verdict.credit == pytest.approx(1 / 3)
    assert verdict.reason == (
        "found the FRAMING claim “vanity bridge”; it takes in 6 more words of the sentence "
        "(3 are free): a third of the credit: 0.33 of 1 point"
    )


def test_a_highlight_past_the_claims_sentence_earns_nothing_for_it() -> None:
    key = lesson(claim("Critics called it a costly mistake"))
    two = "Critics called it a costly mistake, according to a report. It opens"
    _, verdict = only_verdict(ann(two), key)
    assert verdict.outcome == NEAR and verdict.credit == 0
    assert "runs on past its sentence" in verdict.reason


def test_a_paragraph_does_not_earn_every_claim_in_it() -> None:
    key = lesson(claim("vanity bridge"), claim("costly mistake"), claim("2027"))
    grade, verdict = only_verdict(ann(BODY), key)
    assert verdict.outcome == NEAR and grade.points_earned == 0
    assert grade.misses == [0, 1, 2]


def test_a_highlight_beside_a_claim_in_its_sentence_is_near_it() -> None:
    key = lesson(claim("costly mistake", "FRAMING"))
    _, verdict = only_verdict(ann("according to a report", "FRAMING"), key)
    assert verdict.outcome == NEAR and verdict.key_index == 0
    assert (
        verdict.reason
        == "in the sentence of the FRAMING claim “costly mistake”, but not on its words"
    )


def test_a_highlight_far_from_every_claim_is_not_in_the_key() -> None:
    key = lesson(claim("costly mistake", "FRAMING"))
    _, verdict = only_verdict(ann("It opens in 2027"), key)
    assert (verdict.outcome, verdict.key_index, verdict.reason) == (
        NOT_IN_KEY,
        None,
        "nothing in the key here",
    )


# -- tags ----------------------------------------------------------------------------------------


def test_the_wrong_tag_earns_the_packs_wrong_tag_credit() -> None:
    key = lesson(claim("a costly mistake", "FRAMING", points=2))
    grade, verdict = only_verdict(ann("a costly mistake", "FACT"), key)
    assert (verdict.outcome, verdict.credit) == (WRONG_TAG, 1.0)
    assert verdict.reason == (
        "found the claim “a costly mistake”, but the key tags it FRAMING; FACT earns 50% of its "
        "points: 1 of 2 points"
    )
    assert grade.wrong_tag == [(verdict.annotation_id, 0, 1.0)]
    assert grade.matches == [] and grade.extras == [] and grade.misses == []
    stingy = lesson(claim("a costly mistake", "FRAMING", points=2), wrong_tag_credit=0.25)
    assert only_verdict(ann("a costly mistake", "FACT"), stingy)[1].credit == 0.5


def test_no_wrong_tag_credit_leaves_the_highlight_near_its_claim() -> None:
    key = lesson(claim("a costly mistake", "FRAMING"), wrong_tag_credit=0)
    _, verdict = only_verdict(ann("a costly mistake", "FACT"), key)
    assert verdict.outcome == NEAR and verdict.credit == 0
    assert "gives no credit for another tag" in verdict.reason


def test_an_accepted_alternative_earns_its_credit() -> None:
    debatable = claim(
        "a costly mistake",
        "FRAMING",
        alternatives=(Alternative("QUOTE", 0.75), Alternative("FACT", 1.0)),
    )
    key = lesson(debatable)
    _, quote = only_verdict(ann("a costly mistake", "QUOTE"), key)
    assert (quote.outcome, quote.credit) == (PARTIAL, 0.75)
    assert "the key accepts QUOTE for it at 75% credit" in quote.reason
    assert only_verdict(ann("a costly mistake", "FACT"), key)[1].outcome == CREDITED


def test_a_right_tag_beats_a_closer_wrong_one_for_the_same_claim() -> None:
    key = lesson(claim("a costly mistake", "FRAMING"))
    wrong, right = ann("a costly mistake", "FACT"), ann("costly mistake", "FRAMING")
    grade = grade_student([wrong, right], key)
    assert [v.outcome for v in grade.verdicts] == [NEAR, CREDITED]
    assert "another of your highlights earned it (“costly mistake”)" in grade.verdicts[0].reason


# -- the assignment ------------------------------------------------------------------------------


def test_a_highlight_earns_the_claim_worth_more_not_the_tidier_one() -> None:
    # A: "approved a vanity bridge" (2 points); B: "a vanity bridge on" (1 point). The highlight
    # "a vanity bridge" finds both, and fits B better by overlap: it earns A.
    key = lesson(claim("approved a vanity bridge", points=2), claim("a vanity bridge on"))
    grade, verdict = only_verdict(ann("a vanity bridge"), key)
    assert (verdict.key_index, verdict.credit) == (0, 2.0)
    assert grade.misses == [1]


def test_the_assignment_earns_the_most_points_not_the_best_pair_first() -> None:
    # h1 finds A (2 points) and B (1 point); h2 finds only A. Taking the best pair first gives
    # h1 to A and leaves h2 with nothing (2 points); the assignment earns 3.
    key = lesson(claim("approved a vanity bridge", points=2), claim("vanity bridge on Tuesday"))
    h1, h2 = ann("a vanity bridge on"), ann("mayor approved a vanity")
    grade = grade_student([h1, h2], key)
    assert grade.points_earned == 3
    assert [(v.key_index, v.credit) for v in grade.verdicts] == [(1, 1.0), (0, 2.0)]


def test_a_claim_is_earned_once_and_a_highlight_earns_one_claim() -> None:
    key = lesson(claim("vanity bridge"))
    first, second = ann("vanity bridge"), ann("a vanity bridge")
    grade = grade_student([first, second], key)
    assert grade.points_earned == 1
    assert sorted(v.outcome for v in grade.verdicts) == [CREDITED, NEAR]
    assert grade_student([first, second], key) == grade  # settled the same way every time


# -- the score -----------------------------------------------------------------------------------


def test_the_score_is_the_points_earned_out_of_the_target() -> None:
    key = lesson(claim("vanity bridge"), claim("costly mistake"), claim("2027", points=3))
    grade = grade_student([ann("vanity bridge"), ann("costly mistake")], key)
    assert grade.target == 4.0  # 80% of 5 points
    assert grade.score == 50.0
    set_target = lesson(claim("vanity bridge"), claim("costly mistake"), target=2)
    assert grade_student([ann("vanity bridge"), ann("costly mistake")], set_target).score == 100


def test_the_score_stops_at_100() -> None:
    key = lesson(claim("vanity bridge"), claim("costly mistake"))
    grade = grade_student([ann("vanity bridge"), ann("costly mistake")], key)
    assert grade.points_earned == 2 and grade.target == 1.6 and grade.score == 100


def test_highlights_that_earn_nothing_cost_nothing() -> None:
    key = lesson(claim("vanity bridge"), claim("costly mistake"))
    alone = grade_student([ann("vanity bridge")], key)
    padded = grade_student([ann("vanity bridge"), ann("It opens"), ann("Critics called")], key)
    assert alone.score == padded.score == 62.5
    assert padded.overall.precision == pytest.approx(1 / 3)  # the statistics still see them


def test_counts_by_outcome_list_every_outcome() -> None:
    key = lesson(claim("vanity bridge"), claim("costly mistake", "FRAMING"))
    lost = dataclasses.replace(ann("2027"), orphaned=True)
    grade = grade_student([ann("vanity bridge"), ann("costly mistake"), ann("It opens"), lost], key)
    assert grade.counts() == {
        "credited": 1,
        "partial": 0,
        "wrong_tag": 1,
        "near": 0,
        "not_in_key": 1,
        "orphaned": 1,
    }
    # Counted when graded, the verdicts written when first read: they agree.
    assert [v.outcome for v in grade.verdicts] == [
        "credited",
        "wrong_tag",
        "not_in_key",
        "orphaned",
    ]


# -- the statistics ------------------------------------------------------------------------------


def test_precision_recall_and_f1_come_from_the_same_assignment() -> None:
    key = lesson(
        claim("vanity bridge", "FRAMING"),
        claim("approved a vanity bridge on Tuesday", points=3),
        claim("2027"),
    )
    framing, fact, extra = ann("vanity", "FRAMING"), ann("It opens in 2027"), ann("Critics")
    grade = grade_student([framing, fact, extra], key)
    assert list(grade.per_tag) == ["FACT", "FRAMING"]
    assert grade.per_tag["FACT"] == TagScore("FACT", 0.5, 0.25, pytest.approx(1 / 3), 1, 2, 2)
    assert grade.per_tag["FRAMING"].recall == 0.0  # "vanity" is half of "vanity bridge"
    assert grade.overall.tag == OVERALL
    assert grade.overall.precision == pytest.approx(1 / 3)
    assert grade.overall.recall == pytest.approx(1 / 5)


def test_an_empty_key_gives_no_score() -> None:
    grade = grade_student([ann("vanity bridge")], lesson())
    assert grade.score is None
    assert grade.overall == TagScore(OVERALL, None, None, None, 0, 1, 0)
    assert [v.outcome for v in grade.verdicts] == [NOT_IN_KEY]


def test_an_empty_submission_scores_zero() -> None:
    grade = grade_student([], lesson(claim("vanity bridge"), claim("2027", "QUOTE")))
    assert grade.score == 0.0
    assert grade.overall == TagScore(OVERALL, 0.0, 0.0, 0.0, 0, 0, 2)
    assert grade.misses == [0, 1] and grade.verdicts == []


def test_orphaned_highlights_are_listed_and_never_graded() -> None:
    lost = dataclasses.replace(ann("vanity bridge"), orphaned=True)
    grade, verdict = only_verdict(lost, lesson(claim("vanity bridge")))
    assert verdict.outcome == ORPHANED and verdict.credit == 0
    assert grade.orphaned == [lost.id] and grade.extras == [] and grade.misses == [0]
    assert grade.overall.student_count == 0


def test_claims_on_another_article_are_never_found() -> None:
    key = lesson(claim("vanity bridge", article_id="a2"))
    _, verdict = only_verdict(ann("vanity bridge"), key)
    assert verdict.outcome == NOT_IN_KEY
    assert only_verdict(ann("vanity bridge", article_id="a2"), key)[1].outcome == CREDITED


def test_points_must_be_positive() -> None:
    with pytest.raises(ValueError, match="points"):
        grade_student([], lesson(claim("vanity bridge", points=0)))


def test_grade_class_grades_each_student_under_their_name() -> None:
    key = lesson(claim("vanity bridge"), claim("costly mistake"))
    ada = [ann("vanity bridge", student="ada"), ann("costly mistake", student="ada")]
    grades = grade_class({"ada": ada, "bo": [ann("vanity bridge")], "cy": []}, key)
    assert list(grades) == ["ada", "bo", "cy"]
    assert [g.score for g in grades.values()] == [100.0, 62.5, 0.0]
    assert grades["ada"] == grade_student(ada, key)  # the student's name comes from the work
