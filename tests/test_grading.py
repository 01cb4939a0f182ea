"""Grading against the answer key: matching rules, one-to-one assignment and scores, on cases small
enough to check by hand."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.classroom.grading import OVERALL, Match, TagScore, grade_class, grade_student
from annotator.core.lessons.lesson import KeySpan
from annotator.core.text.selectors import describe

TEXT = "abcdefghij" * 12  # 120 characters: offsets are easy to read, quotes are real


def ann(start: int, end: int, tag: str = "FACT", article: str = "a1", **kw) -> Annotation:
    return new_annotation(
        text=TEXT, start=start, end=end, lesson_id="L", article_id=article, tag=tag, **kw
    )


def span(start: int, end: int, tag: str = "FACT", article: str = "a1", points=1.0) -> KeySpan:
    position, quote = describe(TEXT, start, end)
    return KeySpan(article_id=article, tag=tag, quote=quote, position=position, points=points)


# -- the threshold -------------------------------------------------------------------------------


def test_iou_exactly_at_the_threshold_matches() -> None:
    half = ann(0, 5)  # inside [0, 10): IoU 5/10 = 0.5
    grade = grade_student([half], [span(0, 10)])
    assert grade.matches == [Match(half.id, 0, 0.5)]
    assert grade.misses == [] and grade.extras == []


def test_iou_just_below_the_threshold_does_not_match() -> None:
    short = ann(0, 4)  # IoU 4/10
    grade = grade_student([short], [span(0, 10)])
    assert grade.matches == []
    assert grade.misses == [0]
    assert grade.extras == [short.id]


def test_shifted_span_iou_is_computed_on_the_union() -> None:
    shifted = ann(15, 25)  # against [10, 20): overlap 5, union 15
    longer = ann(10, 30)  # overlap 10, union 20: exactly 0.5
    assert grade_student([shifted], [span(10, 20)]).matches == []
    assert grade_student([longer], [span(10, 20)]).matches == [Match(longer.id, 0, 0.5)]


def test_the_threshold_is_the_lessons() -> None:
    half = ann(0, 5)
    assert grade_student([half], [span(0, 10)], threshold=0.51).matches == []
    assert grade_student([ann(0, 3)], [span(0, 10)], threshold=0.3).overall.true_positives == 1


@pytest.mark.parametrize("threshold", [0.0, -0.1, 1.01])
def test_a_threshold_outside_0_1_is_refused(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        grade_student([], [span(0, 10)], threshold=threshold)
    with pytest.raises(ValueError, match="threshold"):
        grade_class({}, [span(0, 10)], threshold=threshold)


# -- one-to-one assignment -----------------------------------------------------------------------


def test_two_student_spans_on_one_key_span_give_one_match_and_one_extra() -> None:
    exact, near = ann(0, 10), ann(1, 10)  # IoU 1.0 and 0.9
    grade = grade_student([near, exact], [span(0, 10)])
    assert grade.matches == [Match(exact.id, 0, 1.0)]
    assert grade.extras == [near.id]
    assert grade.overall.precision == 0.5
    assert grade.overall.recall == 1.0
    assert grade.overall.f1 == pytest.approx(2 / 3)


def test_one_student_span_on_two_key_spans_matches_only_one() -> None:
    # [0, 10) against [0, 10) (IoU 1) and [0, 12) (IoU 10/12): the better one is taken.
    whole = ann(0, 10)
    grade = grade_student([whole], [span(0, 12), span(0, 10)])
    assert grade.matches == [Match(whole.id, 1, 1.0)]
    assert grade.misses == [0]


def test_assignment_beats_greedy_by_finding_more_matches() -> None:
    # Key A = [0, 10) inside key B = [0, 20). Student s1 = [0, 10) matches A (1.0) and B (0.5);
    # s2 = [5, 10) matches only A (0.5; against B it is 5/20). Greedy by IoU would pair s1 with A
    # and leave B unfound; the assignment finds both.
    s1, s2 = ann(0, 10), ann(5, 10)
    grade = grade_student([s1, s2], [span(0, 10), span(0, 20)])
    assert grade.matches == [Match(s2.id, 0, 0.5), Match(s1.id, 1, 0.5)]
    assert grade.misses == [] and grade.extras == []


def test_assignment_maximises_total_iou_among_equal_numbers_of_matches() -> None:
    # Keys [0, 10) and [0, 12); students [0, 10) and [0, 11). Pairing "straight" gives
    # 1.0 + 11/12; crossing gives 10/11 + 10/12, less.
    a, b = ann(0, 10), ann(0, 11)
    grade = grade_student([b, a], [span(0, 10), span(0, 12)])
    assert grade.matches == [Match(a.id, 0, 1.0), Match(b.id, 1, 11 / 12)]


def test_identical_duplicates_are_settled_the_same_way_every_time() -> None:
    first, second = ann(0, 10), ann(0, 10)
    key = [span(0, 10)]
    grade = grade_student([first, second], key)
    assert len(grade.matches) == 1 and len(grade.extras) == 1
    assert {grade.matches[0].annotation_id, *grade.extras} == {first.id, second.id}
    assert grade_student([first, second], key) == grade


# -- tags ----------------------------------------------------------------------------------------


def test_right_span_wrong_tag_is_reported_apart_and_scores_nothing() -> None:
    quote = ann(0, 10, tag="QUOTE")
    grade = grade_student([quote], [span(0, 10, tag="FACT")])
    assert grade.matches == []
    assert grade.wrong_tag == [(quote.id, 0, 1.0)]
    assert grade.misses == [] and grade.extras == []
    assert grade.overall == TagScore(OVERALL, 0.0, 0.0, 0.0, 0, 1, 1)
    assert grade.points_earned == 0


def test_a_right_tag_match_wins_over_a_closer_wrong_tag_one() -> None:
    closer_wrong, right = ann(0, 10, tag="QUOTE"), ann(0, 9, tag="FACT")
    grade = grade_student([closer_wrong, right], [span(0, 10, tag="FACT")])
    assert grade.matches == [Match(right.id, 0, 0.9)]
    assert grade.wrong_tag == []
    assert grade.extras == [closer_wrong.id]


def test_per_tag_scores() -> None:
    key = [span(0, 10, "FACT"), span(20, 30, "FACT"), span(40, 50, "QUOTE")]
    fact, quote, framing = ann(0, 10, "FACT"), ann(40, 50, "QUOTE"), ann(60, 70, "FRAMING")
    grade = grade_student([fact, quote, framing], key)
    assert list(grade.per_tag) == ["FACT", "FRAMING", "QUOTE"]
    assert grade.per_tag["FACT"] == TagScore("FACT", 1.0, 0.5, 2 / 3, 1, 1, 2)
    assert grade.per_tag["QUOTE"] == TagScore("QUOTE", 1.0, 1.0, 1.0, 1, 1, 1)
    # Nothing of the key is FRAMING: no score, but the annotation is an extra ...
    assert grade.per_tag["FRAMING"] == TagScore("FRAMING", None, None, None, 0, 1, 0)
    assert grade.extras == [framing.id]
    assert grade.misses == [1]
    # ... and it counts against the overall precision.
    assert grade.overall.tag == OVERALL
    assert grade.overall.precision == pytest.approx(2 / 3)
    assert grade.overall.recall == pytest.approx(2 / 3)
    assert grade.overall.f1 == pytest.approx(2 / 3)
    assert (grade.overall.true_positives, grade.overall.student_count) == (2, 3)
    assert grade.overall.key_count == 3


# -- points, misses, edge cases ------------------------------------------------------------------


def test_recall_is_weighted_by_points_and_precision_is_not() -> None:
    key = [span(0, 10, points=1), span(20, 30, points=3)]
    hit = ann(20, 30)
    grade = grade_student([hit, ann(50, 60)], key)
    assert grade.points_earned == 3 and grade.points_possible == 4
    assert grade.overall.recall == 0.75
    assert grade.overall.precision == 0.5
    assert grade.overall.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert grade.misses == [0]


def test_points_must_be_positive() -> None:
    with pytest.raises(ValueError, match="points"):
        grade_student([], [span(0, 10, points=0)])


def test_misses_are_listed_in_key_order() -> None:
    key = [span(0, 10), span(20, 30), span(40, 50)]
    grade = grade_student([ann(20, 30)], key)
    assert grade.misses == [0, 2]
    assert grade.overall.recall == pytest.approx(1 / 3)
    assert grade.overall.precision == 1.0


def test_empty_key_gives_no_scores() -> None:
    work = [ann(0, 10), ann(20, 30, "QUOTE")]
    grade = grade_student(work, [])
    assert grade.overall == TagScore(OVERALL, None, None, None, 0, 2, 0)
    assert all(score.f1 is None for score in grade.per_tag.values())
    assert grade.extras == [a.id for a in work]
    assert grade.points_earned == 0 and grade.points_possible == 0


def test_empty_submission_scores_zero() -> None:
    grade = grade_student([], [span(0, 10), span(20, 30, "QUOTE")])
    assert grade.overall == TagScore(OVERALL, 0.0, 0.0, 0.0, 0, 0, 2)
    assert grade.per_tag["QUOTE"] == TagScore("QUOTE", 0.0, 0.0, 0.0, 0, 0, 1)
    assert grade.misses == [0, 1]
    assert grade.student == ""


def test_orphaned_annotations_are_listed_and_never_graded() -> None:
    lost = dataclasses.replace(ann(0, 10), orphaned=True)
    grade = grade_student([lost], [span(0, 10)])
    assert grade.orphaned == [lost.id]
    assert grade.matches == [] and grade.extras == []
    assert grade.misses == [0]
    assert grade.overall.student_count == 0
    assert grade.overall.precision == 0.0


def test_spans_on_different_articles_never_match() -> None:
    elsewhere = ann(0, 10, article="a2")
    grade = grade_student([elsewhere], [span(0, 10, article="a1")])
    assert grade.matches == [] and grade.wrong_tag == []
    assert grade.misses == [0]
    assert grade.extras == [elsewhere.id]


def test_each_article_is_matched_on_its_own() -> None:
    key = [span(0, 10, article="a1"), span(0, 10, article="a2"), span(30, 40, article="a2")]
    on_a2, on_a1 = ann(30, 40, article="a2"), ann(0, 10, article="a1")
    grade = grade_student([on_a2, on_a1], key)
    assert grade.matches == [Match(on_a1.id, 0, 1.0), Match(on_a2.id, 2, 1.0)]
    assert grade.misses == [1]


def test_a_long_key_span_is_found_from_an_annotation_that_starts_late() -> None:
    # The key span starts long before the annotation: the index must still reach back to it.
    key = [span(0, 100), span(90, 95)]
    late = ann(10, 100)
    assert grade_student([late], key).matches == [Match(late.id, 0, 0.9)]


# -- a class -------------------------------------------------------------------------------------


def test_grade_class_grades_each_student_under_their_name() -> None:
    key = [span(0, 10), span(20, 30)]
    ada = [ann(0, 10, student="ada"), ann(20, 30, student="ada")]
    grades = grade_class({"ada": ada, "bo": [ann(0, 10)], "cy": []}, key)
    assert list(grades) == ["ada", "bo", "cy"]
    assert [g.student for g in grades.values()] == ["ada", "bo", "cy"]
    assert grades["ada"].overall.f1 == 1.0
    assert grades["bo"].overall.recall == 0.5
    assert grades["cy"].overall.f1 == 0.0
    assert grades["ada"] == grade_student(ada, key)  # the student's name comes from the work
