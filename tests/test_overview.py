"""The class at a glance: the numbers behind each chart of the overview, on a synthetic class of
40 (``tests/synthetic_class.py``), against counts made here from the verdicts, the annotations
and the words; the same figures in the graded JSON and the class report; the words a teacher
reads."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter

import pytest

from annotator.core.classroom import overview_words as words
from annotator.core.classroom.agreement import label_tokens, tokenize
from annotator.core.classroom.grading import grade_class
from annotator.core.classroom.overview import BANDS, class_overview
from annotator.core.classroom.results import StudentResult, final_score
from annotator.core.classroom.verdicts import CREDITED, PARTIAL, WRONG_TAG
from annotator.core.formats.class_report import class_report_html
from annotator.core.formats.graded_json import GRADED_SET_FORMAT_VERSION, graded_set_json
from annotator.core.formats.overview_html import MOST_DOTS, overview_html
from tests import synthetic_class
from tests.synthetic_class import SIZE, SKIPPED, SKIPPERS, synthetic_results


@pytest.fixture(scope="module")
def synthetic(lesson):
    results = synthetic_results(lesson)
    return lesson, results, class_overview(lesson, results)


def test_the_synthetic_class_is_forty_students_graded_against_the_built_in_key(synthetic):
    lesson, results, overview = synthetic
    assert overview.students == SIZE == len(results) == len({r.name for r in results})
    assert len(overview.claims) == len(lesson.key) == 61


def test_the_scores_chart_counts_each_final_score_in_its_band_and_marks_the_median(synthetic):
    _lesson, results, overview = synthetic
    finals = sorted(final_score(r) for r in results)
    assert list(overview.scores) == finals
    # The median, counted: the mean of the 20th and 21st of 40 scores.
    assert overview.median == pytest.approx((finals[19] + finals[20]) / 2)
    for number, low in enumerate(BANDS):
        high = 101 if low == 90 else low + 10
        assert overview.bands[number] == sum(1 for s in finals if low <= s < high), low
    assert sum(overview.bands) == SIZE


def test_each_claim_bar_is_found_wrong_tag_and_missed_counted_from_the_verdicts(synthetic):
    lesson, results, overview = synthetic
    found, wrong = Counter(), Counter()
    for result in results:
        for verdict in result.grade.verdicts:
            if verdict.outcome in (CREDITED, PARTIAL):
                found[verdict.key_index] += 1
            elif verdict.outcome == WRONG_TAG:
                wrong[verdict.key_index] += 1
    by_index = {claim.key_index: claim for claim in overview.claims}
    for index, span in enumerate(lesson.key):
        claim = by_index[index]
        assert (claim.found, claim.wrong_tag) == (found[index], wrong[index]), index
        assert claim.missed == SIZE - found[index] - wrong[index]
        assert claim.words == " ".join(span.quote.exact.split())
        assert claim.outlet == lesson.article(span.article_id).outlet
        assert len(claim.missed_by) == claim.missed and list(claim.missed_by) == sorted(
            claim.missed_by, key=str.casefold
        )
    # Most missed first; among equals, most wrongly tagged first.
    order = [(-c.missed, -c.wrong_tag, c.key_index) for c in overview.claims]
    assert order == sorted(order)
    # Who missed the most missed claim: exactly those with no highlight that found it.
    first = overview.claims[0]
    tagged = {
        r.name
        for r in results
        for v in r.grade.verdicts
        if v.key_index == first.key_index and v.outcome in (CREDITED, PARTIAL, WRONG_TAG)
    }
    assert set(first.missed_by) == {r.name for r in results} - tagged


def test_the_tag_confusion_is_the_key_tag_against_the_students_tag_of_every_claim_found(synthetic):
    lesson, results, overview = synthetic
    counted = Counter()
    for result in results:
        tag_of = {a.id: a.tag for a in result.annotations}
        for verdict in result.grade.verdicts:
            if verdict.outcome in (CREDITED, PARTIAL, WRONG_TAG):
                counted[lesson.key[verdict.key_index].tag, tag_of[verdict.annotation_id]] += 1
    assert overview.tags == ("FACT", "QUOTE", "FRAMING")
    for row, key_tag in enumerate(overview.tags):
        for column, tag in enumerate(overview.tags):
            assert overview.confusion[row][column] == counted[key_tag, tag], (key_tag, tag)
    # The story of the synthetic class: a fifth of the FRAMING claims found are tagged FACT.
    framing = overview.confusion[2]
    assert 0.15 < framing[0] / sum(framing) < 0.3
    assert "FRAMING claims tagged FACT" in words.confusion_headline(overview)


def test_coverage_counts_the_students_who_tagged_anything_in_each_article(synthetic):
    lesson, results, overview = synthetic
    for item in overview.coverage:
        on = [[a for a in r.annotations if a.article_id == item.article_id] for r in results]
        assert item.students == sum(1 for work in on if work)
        assert item.highlights == sum(len(work) for work in on)
        assert item.claims == sum(1 for span in lesson.key if span.article_id == item.article_id)
    students = {item.article_id: item.students for item in overview.coverage}
    assert students == {"nbc-news": SIZE, "independent": SIZE, SKIPPED: SIZE - SKIPPERS}
    assert words.coverage_headline(overview) == f"Daily Kos was skipped by {SKIPPERS} of {SIZE}."


def test_agreement_per_tag_is_fleiss_kappa_of_each_category_over_the_whole_lesson(synthetic):
    lesson, results, overview = synthetic
    # Counted here: every student labels every word of every article (textbook formula,
    # Fleiss 1971, kappa_j = 1 - Σ n_ij (n - n_ij) / (N n (n - 1) p_j q_j)).
    n = len(results)
    given: Counter = Counter()
    apart: Counter = Counter()
    words_in_lesson = 0
    for article in lesson.articles:
        tokens = tokenize(article.text.text)
        words_in_lesson += len(tokens)
        labels = [
            label_tokens(
                tokens, [a for a in r.annotations if a.article_id == article.id], lesson.tags.names
            )
            for r in results
        ]
        for word in zip(*labels, strict=True):
            for tag in lesson.tags.names:
                count = word.count(tag)
                given[tag] += count
                apart[tag] += count * (n - count)
    for item in overview.agreement_by_tag:
        p = given[item.name] / (words_in_lesson * n)
        expected = 1 - apart[item.name] / (words_in_lesson * n * (n - 1) * p * (1 - p))
        assert item.kappa == pytest.approx(expected), item.name
    assert [a.name for a in overview.agreement_by_article] == [a.id for a in lesson.articles]
    headline = words.agreement_headline(overview)
    assert headline.startswith("Students agreed most on ") and " of 1)" in headline
    assert "κ" not in words.agreement_text(overview)  # plain words for teachers


def test_the_graded_json_carries_the_overview_for_other_tools(synthetic):
    lesson, results, overview = synthetic
    document = graded_set_json(lesson, results)
    assert document["format_version"] == GRADED_SET_FORMAT_VERSION == 3
    figures = json.loads(json.dumps(document["overview"]))
    assert figures == overview.to_json()
    assert figures["students"] == SIZE
    assert [b["students"] for b in figures["scores"]["bands"]] == list(overview.bands)
    assert figures["scores"]["median"] == overview.median
    first = figures["claims"][0]
    assert first["found"] + first["wrong_tag"] + first["missed"] == SIZE
    assert first["missed_by"] == list(overview.claims[0].missed_by)
    rows = {row["key_tag"]: row["given"] for row in figures["tag_confusion"]["rows"]}
    assert rows["FRAMING"]["FACT"] == overview.confusion[2][0]
    coverage = {item["article_id"]: item["students"] for item in figures["coverage"]}
    assert coverage[SKIPPED] == SIZE - SKIPPERS
    assert set(figures["agreement"]["by_tag"]) == {"FACT", "QUOTE", "FRAMING"}


def test_the_class_report_opens_with_the_overview_and_its_text_alternatives(synthetic):
    lesson, results, overview = synthetic
    page = class_report_html(lesson, results)
    glance = page[page.index("The class at a glance") : page.index("<h2>Students</h2>")]
    for title in (
        "Scores",
        "Who tagged each article",
        "Which tag the claims were given",
        "Agreement between students",
        "Claims, most missed first",
    ):
        assert f"<h3>{title}</h3>" in glance
    assert glance.count('role="img" aria-label=') == 4  # each chart; agreement is words only
    assert f"▲ median {words.number(overview.median)}" in glance
    assert glance.count("●") == SIZE  # a dot per student
    assert "Daily Kos was skipped by 8 of 40." in glance
    # A bar per claim, most missed first, its parts as wide as their share of the class.
    first = overview.claims[0]
    assert f"{100 * first.found / SIZE:.2f}%" in glance
    assert glance.count('<table class="bar"') == len(lesson.key) + len(lesson.articles)


def test_the_words_of_an_empty_class_and_of_a_lesson_without_key(lesson):
    empty = class_overview(lesson, [])
    assert words.scores_headline(empty) == "No scores yet."
    assert words.coverage_headline(empty) == "No students yet."
    assert words.agreement_headline(empty) == "Agreement needs two or more students."
    assert words.claims_headline(empty) == "No students yet."
    assert empty.to_json()["scores"]["median"] is None
    page = class_report_html(lesson, [])
    assert "No scores yet." in page


def test_an_override_moves_a_score_in_the_chart(synthetic):
    lesson, results, _overview = synthetic
    lowest = min(results, key=final_score)
    judged = [
        StudentResult(r.name, r.student_id, r.annotations, r.grade, override=99.0)
        if r is lowest
        else r
        for r in results
    ]
    moved = class_overview(lesson, judged)
    assert moved.bands[-1] == class_overview(lesson, results).bands[-1] + 1
    assert 99.0 in moved.scores and final_score(lowest) not in moved.scores


def test_the_synthetic_class_is_the_same_every_time(lesson):
    first = synthetic_class.synthetic_work(lesson, 3)
    again = synthetic_class.synthetic_work(lesson, 3)
    assert {n: [(a.start, a.end, a.tag) for a in w] for n, w in first.items()} == {
        n: [(a.start, a.end, a.tag) for a in w] for n, w in again.items()
    }


def test_a_big_class_draws_a_dot_for_several_students(synthetic):
    lesson, _results, overview = synthetic
    big = dataclasses.replace(overview, bands=tuple(3 * count for count in overview.bands))
    page = overview_html(big, lesson.tags)
    per_dot = -(-max(big.bands) // MOST_DOTS)
    assert per_dot > 1 and f"Each dot is {per_dot} students." in page
    assert page.count("●") == sum(-(-count // per_dot) for count in big.bands)


def test_a_lesson_without_a_key_has_scores_coverage_and_agreement_but_no_claims(lesson):
    keyless = dataclasses.replace(lesson, key=())
    work = synthetic_class.synthetic_work(lesson, 4)
    grades = grade_class(work, keyless)
    results = [StudentResult(name, "", work[name], grades[name]) for name in work]
    overview = class_overview(keyless, results)
    assert overview.claims == () and overview.scores == () and overview.median is None
    assert all(sum(row) == 0 for row in overview.confusion)
    assert [item.students for item in overview.coverage] == [4, 4, 4 - min(4, SKIPPERS)]
    assert words.claims_headline(overview) == "The lesson has no answer key."
    assert words.confusion_headline(overview) == "The lesson has no answer key."
    page = class_report_html(keyless, results)
    assert "Claims, most missed first" not in page and "No scores yet." in page
