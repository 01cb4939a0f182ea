"""Credit for claims linked across articles: the rule of docs/grading.md, section 11, on the
built-in lesson's key."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core.annotations.annotation import Annotation
from annotator.core.classroom.grading import grade_student
from annotator.core.classroom.linked_credit import credit_links
from annotator.core.lessons.builtin import load_builtin_lesson
from annotator.core.text.selectors import describe


@pytest.fixture(scope="module")
def lesson():
    return load_builtin_lesson()


def _highlight(lesson, number: int, article_id: str, words: str, tag: str, claim: str = ""):
    text = lesson.article(article_id).text.text
    start = text.index(words)
    position, quote = describe(text, start, start + len(words))
    return Annotation(
        id=f"a{number}",
        lesson_id=lesson.id,
        article_id=article_id,
        tag=tag,
        position=position,
        quote=quote,
        claim_id=claim,
    )


NBC_BEDS = ("nbc-news", "ICE is funded for only 41,500 beds nationwide", "FACT")
INDEPENDENT_BEDS = ("independent", "ICE has a maximum capacity of 41,500 beds", "FACT")
KOS_BEDS = ("daily-kos", "facilities at the U.S.-Mexico border have a 38,521-bed capacity", "FACT")
NBC_8000 = ("nbc-news", "more than 8,000 immigrants", "FACT")
INDEPENDENT_8000 = ("independent", "about 8,000", "FACT")


def _work(lesson, *highlights):
    return [_highlight(lesson, n, *h) for n, h in enumerate(highlights)]


def _credit(grade, claim_id):
    return next(c for c in grade.links if c.claim_id == claim_id)


def test_a_claim_linked_across_two_articles_earns_its_points(lesson) -> None:
    alone = grade_student(_work(lesson, NBC_BEDS, INDEPENDENT_BEDS), lesson)
    linked = grade_student(_work(lesson, (*NBC_BEDS, "mine"), (*INDEPENDENT_BEDS, "mine")), lesson)
    capacity = _credit(linked, "detention-capacity")
    assert capacity.earned == 1.0 and capacity.student_claim == "mine"
    assert capacity.articles == ("independent", "nbc-news")
    assert capacity.reason == "linked across The Independent and NBC News: 1 of 1 point"
    assert linked.points_earned == alone.points_earned + 1
    assert linked.target == alone.target == 54.4  # the target stays the spans'
    assert linked.points_possible == 76.0  # 68 for the spans, 8 for the linked claims
    assert _credit(alone, "detention-capacity").reason == (
        "not linked across articles: 0 of 1 point"
    )


def test_a_wrong_tag_still_links_and_one_article_does_not(lesson) -> None:
    wrong = grade_student(
        _work(
            lesson,
            ("nbc-news", NBC_BEDS[1], "QUOTE", "c"),
            ("daily-kos", KOS_BEDS[1], "FRAMING", "c"),
        ),
        lesson,
    )
    assert _credit(wrong, "detention-capacity").earned == 1.0
    one_article = grade_student(
        _work(
            lesson,
            ("daily-kos", KOS_BEDS[1], "FACT", "c"),
            ("daily-kos", "the facilities housed 42,000 immigrants", "FACT", "c"),
        ),
        lesson,
    )
    credit = _credit(one_article, "detention-capacity")
    assert credit.earned == 0 and credit.articles == ("daily-kos",)
    assert credit.reason.startswith("linked, but found in one article only (Daily Kos)")


def test_a_highlight_must_find_its_span_by_the_grading_rule(lesson) -> None:
    """ "ICE" in NBC's sentence does not find the 41,500-beds claim (key words "41,500 beds")."""
    grade = grade_student(
        _work(lesson, ("nbc-news", "ICE is funded", "FACT", "c"), (*INDEPENDENT_BEDS, "c")),
        lesson,
    )
    assert _credit(grade, "detention-capacity").earned == 0


def test_one_linked_claim_earns_one_key_claim_at_most(lesson) -> None:
    lumped = _work(
        lesson,
        (*NBC_BEDS, "all"),
        (*INDEPENDENT_BEDS, "all"),
        (*NBC_8000, "all"),
        (*INDEPENDENT_8000, "all"),
    )
    grade = grade_student(lumped, lesson)
    assert sum(credit.earned for credit in grade.links) == 1.0
    apart = [
        dataclasses.replace(a, claim_id="beds" if "41,500" in a.quote.exact else "arrests")
        for a in lumped
    ]
    assert sum(credit.earned for credit in grade_student(apart, lesson).links) == 2.0


def test_orphaned_highlights_and_unknown_claims_earn_nothing(lesson) -> None:
    work = _work(lesson, (*NBC_BEDS, "c"), (*INDEPENDENT_BEDS, "c"))
    work[1] = dataclasses.replace(work[1], orphaned=True)
    assert _credit(grade_student(work, lesson), "detention-capacity").earned == 0
    finds = {"x": [999]}
    assert all(c.earned == 0 for c in credit_links(lesson.key, lesson.linked_claims, [], finds))


def test_a_key_without_linked_claims_gives_no_link_credit(lesson) -> None:
    bare = dataclasses.replace(lesson, rules=dataclasses.replace(lesson.rules, linked_claims=()))
    grade = grade_student(_work(lesson, (*NBC_BEDS, "c"), (*INDEPENDENT_BEDS, "c")), bare)
    assert grade.links == [] and grade.points_possible == 68.0
