"""The key learns from the class, in the pure core: which highlights suggest a claim, how they
are grouped, what a suggestion proposes; the key as changed; a teacher's credit for one
student; and the key written back as key.toml."""

from __future__ import annotations

import dataclasses

import pytest

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.classroom.grading import TeacherCredit, grade_class, grade_student
from annotator.core.classroom.key_changes import (
    ACCEPT,
    CREDIT,
    DISMISS,
    KeyChanges,
    effective_lesson,
    new_change,
    place,
)
from annotator.core.classroom.outcomes import Outcome, span_outcomes
from annotator.core.classroom.suggestions import suggestions
from annotator.core.classroom.verdicts import CREDITED, TEACHER_CREDIT
from annotator.core.lessons.key_writer import key_toml, toml_string, unique_context
from annotator.core.lessons.pack import read_key_text

SPACE = ("nbc-news", "Space constraints and court orders")
MONITORED = ("independent", "they are kept on a monitoring program")
TARGETED = (
    "daily-kos",
    "many of the undocumented immigrants being targeted by ICE do not, in fact, have prior "
    "criminal records",
)
TARGETED_SHORT = (
    "daily-kos",
    "undocumented immigrants being targeted by ICE do not, in fact, have prior criminal records",
)
CHICAGO = ("nbc-news", "cities like Chicago")
HISTORIC = ("nbc-news", "historic mass deportation")  # a claim of the key (FRAMING)


def tagged(lesson, student: str, article_id: str, phrase: str, tag: str) -> Annotation:
    text = lesson.article(article_id).text.text
    start = text.index(phrase)
    return new_annotation(
        text=text,
        start=start,
        end=start + len(phrase),
        lesson_id=lesson.id,
        article_id=article_id,
        tag=tag,
        student=student,
    )


@pytest.fixture
def work(lesson):
    """A class of four: three ways to the same stretch, a stretch of three, two extents of one
    claim, one student alone, and a claim the key has."""
    return {
        "ada": [
            tagged(lesson, "Ada", *SPACE, "FACT"),
            tagged(lesson, "Ada", *TARGETED, "FACT"),
            tagged(lesson, "Ada", *HISTORIC, "FRAMING"),
            tagged(lesson, "Ada", *MONITORED, "FACT"),
        ],
        "ben": [
            tagged(lesson, "Ben", *SPACE, "FACT"),
            tagged(lesson, "Ben", *TARGETED_SHORT, "FACT"),
            tagged(lesson, "Ben", *MONITORED, "FACT"),
            tagged(lesson, "Ben", *HISTORIC, "FRAMING"),
        ],
        "cleo": [
            tagged(lesson, "Cleo", *SPACE, "FRAMING"),
            tagged(lesson, "Cleo", *CHICAGO, "FRAMING"),
            tagged(lesson, "Cleo", *MONITORED, "FRAMING"),
        ],
        "dev": [tagged(lesson, "Dev", *SPACE, "FACT")],
    }


def suggested(lesson, work, changes: KeyChanges | None = None, **options):
    changes = changes or KeyChanges()
    effective = effective_lesson(lesson, changes)
    grades = grade_class(work, effective, changes.credits_for(work))
    return suggestions(effective, work, grades, changes.dismissed, **options)


def test_spans_several_students_tagged_are_grouped_counted_and_sorted(lesson, work):
    found = suggested(lesson, work)
    assert [(s.exact, s.count) for s in found] == [
        (SPACE[1], 4),
        (MONITORED[1], 3),
        (TARGETED_SHORT[1], 2),  # two extents agree: the shorter stands for both
    ]
    space = found[0]
    assert space.article_id == "nbc-news" and space.tag == "FACT"
    assert space.tags == (("FACT", 3), ("FRAMING", 1))
    assert space.students == ("ada", "ben", "cleo", "dev")
    assert {student for student, _id in space.highlights} == set(space.students)
    assert lesson.article("nbc-news").text.text[space.start : space.end] == space.exact
    assert found[1].tags == (("FACT", 2), ("FRAMING", 1))
    # A claim of the key is no suggestion; one student alone is, when the teacher asks.
    assert all(HISTORIC[1] not in s.exact for s in found)
    alone = suggested(lesson, work, min_students=1)
    assert CHICAGO[1] in [s.exact for s in alone] and len(alone) == 4


def test_a_suggestion_snaps_to_whole_words_and_a_stretch_does_not_chain(lesson):
    text = lesson.article("nbc-news").text.text
    start = text.index(SPACE[1])

    def span(student: str, begin: int, end: int) -> Annotation:
        return new_annotation(
            text=text, start=begin, end=end, lesson_id=lesson.id, article_id="nbc-news",
            tag="FACT", student=student,
        )  # fmt: skip

    ragged = {
        "a": [span("a", start + 2, start + 20)],  # "ace constraints an"
        "b": [span("b", start + 2, start + 20)],
        "c": [span("c", start, start + 17)],
    }
    (found,) = suggested(lesson, ragged)
    assert found.exact == "Space constraints and" and found.count == 3
    # Three students tag three stretches that follow one another, each sharing a word with
    # the next: no two agree, so nothing is suggested.
    words = text[start:].split()
    ends = [start + len(" ".join(words[: n + 1])) for n in range(len(words))]
    chained = {
        "a": [span("a", start, ends[3])],
        "b": [span("b", ends[3] - len(words[3]), ends[6])],
        "c": [span("c", ends[6] - len(words[6]), ends[9])],
    }
    assert suggested(lesson, chained) == []
    assert len(suggested(lesson, chained, min_students=1)) == 3  # three groups of one


def test_a_highlight_about_a_claim_of_the_key_suggests_nothing(lesson):
    """Found twice, or run past its sentence: about a claim the key has, however many."""
    text = lesson.article("nbc-news").text.text
    first = text.index("Space constraints")
    sentence_end = text.index("arrested.", first) + len("arrested.")
    work = {}
    for name in ("a", "b", "c"):
        twice = [tagged(lesson, name, *HISTORIC, "FRAMING")] * 2
        whole = new_annotation(
            text=text, start=text.index("The Trump administration"),
            end=text.index("the operations.") + len("the operations."), lesson_id=lesson.id,
            article_id="nbc-news", tag="FACT", student=name,
        )  # fmt: skip
        twice = [twice[0], dataclasses.replace(twice[1], id=twice[1].id + "-again"), whole]
        work[name] = twice
    grades = grade_class(work, lesson)
    assert all(grade.unkeyed == [] for grade in grades.values())
    assert suggestions(lesson, work, grades) == []
    assert sentence_end > first


def test_accepting_a_claim_credits_those_who_tagged_it_and_keeps_the_target(lesson, work):
    before = grade_class(work, lesson)
    (space, *_rest) = suggested(lesson, work)
    change = new_change(
        ACCEPT, lesson.article("nbc-news").text.text, "nbc-news", space.start, space.end,
        change_id="c1", tag="FACT", note="what led to the releases", points=2.0,
    )  # fmt: skip
    changes = KeyChanges((change,))
    effective = effective_lesson(lesson, changes)
    assert len(effective.key) == len(lesson.key) + 1
    assert effective.key[-1].quote.exact == SPACE[1] and effective.key[-1].points == 2.0
    assert effective.rules.target == lesson.rules.target_for(lesson.key)  # held at the pack's
    after = grade_class(work, effective)
    for student in ("ada", "ben", "dev"):  # FACT, as the key now says: two points more
        assert after[student].points_earned == pytest.approx(before[student].points_earned + 2)
        assert after[student].score > before[student].score
    assert after["cleo"].points_earned == pytest.approx(before["cleo"].points_earned + 1)
    assert after["cleo"].score > before["cleo"].score  # FRAMING: the wrong tag's half
    assert [s.exact for s in suggested(lesson, work, changes)] == [
        MONITORED[1],
        TARGETED_SHORT[1],
    ]
    assert effective_lesson(lesson, KeyChanges()) is lesson


def test_a_dismissed_suggestion_is_not_offered_again(lesson, work):
    found = suggested(lesson, work)
    monitored = found[1]
    text = lesson.article(monitored.article_id).text.text
    dismissed = new_change(
        DISMISS, text, monitored.article_id, monitored.start, monitored.end, change_id="d1"
    )
    again = suggested(lesson, work, KeyChanges((dismissed,)))
    assert [s.exact for s in again] == [SPACE[1], TARGETED_SHORT[1]]
    assert effective_lesson(lesson, KeyChanges((dismissed,))) is lesson  # the key is the same


def test_a_teachers_credit_counts_for_one_student_alone(lesson, work):
    cleo = work["cleo"]
    chicago = next(a for a in cleo if a.quote.exact == CHICAGO[1])
    before = grade_student(cleo, lesson, student="cleo")
    credits = {chicago.id: TeacherCredit(1.5, "a good catch")}
    after = grade_student(cleo, lesson, student="cleo", credits=credits)
    assert after.points_earned == pytest.approx(before.points_earned + 1.5)
    assert after.target == before.target
    assert chicago.id in before.extras and chicago.id not in after.extras
    assert after.teacher_credits == {chicago.id: 1.5}
    verdict = after.verdict_of(chicago.id)
    assert verdict.outcome == CREDITED and verdict.key_index is None and verdict.credit == 1.5
    assert verdict.reason == f"{TEACHER_CREDIT}, “a good catch”: 1.5 points"
    assert after.counts()["credited"] == before.counts()["credited"] + 1
    (drawn,) = [o for o in span_outcomes(after, cleo, lesson.key) if o.annotation_id == chicago.id]
    assert drawn.outcome == Outcome.TEACHER
    assert drawn.describe().startswith("Credited by you for this student alone (tagged FRAMING)")
    # In the class, only Cleo's grade changes.
    text = lesson.article("nbc-news").text.text
    change = new_change(
        CREDIT, text, "nbc-news", chicago.start, chicago.end, change_id="c2", tag="FRAMING",
        points=1.5, note="a good catch", student_key="cleo", annotation_id=chicago.id,
    )  # fmt: skip
    changes = KeyChanges((change,))
    plain = grade_class(work, lesson)
    credited = grade_class(work, lesson, changes.credits_for(work))
    assert {s for s in work if plain[s].score != credited[s].score} == {"cleo"}
    # A highlight the student has changed since is graded as it now is.
    moved = dataclasses.replace(chicago, quote=dataclasses.replace(chicago.quote, exact="cities"))
    changed = {**work, "cleo": [moved if a is chicago else a for a in cleo]}
    assert changes.credits_for(changed) == {}


def test_a_change_is_placed_by_its_quote_when_the_text_moved(lesson):
    text = lesson.article("nbc-news").text.text
    start = text.index(SPACE[1])
    change = new_change(
        ACCEPT, text, "nbc-news", start, start + len(SPACE[1]), change_id="c", tag="FACT",
        points=1.0,
    )  # fmt: skip
    assert place(change, text) == (start, start + len(SPACE[1]))
    moved = "A new first paragraph.\n" + text
    assert place(change, moved) == (start + 23, start + 23 + len(SPACE[1]))
    assert place(change, text.replace(SPACE[1], "Other words")) is None


def test_every_outcome_of_a_span_says_why_in_its_tooltip(lesson, work):
    ada = work["ada"]
    grade = grade_student(ada, lesson, student="ada")
    by_id = {o.annotation_id: o for o in span_outcomes(grade, ada, lesson.key) if o.annotation_id}
    historic = by_id[ada[2].id].describe().split("\n")
    assert historic[0] == "Found: the key tags this FRAMING too"
    assert historic[1].startswith("Why: Found the FRAMING claim “historic mass deportation”")
    assert historic[2].startswith("Key's note: ")
    extra = by_id[ada[0].id].describe()
    assert extra == "Extra: not in the key (tagged FACT)\nWhy: Nothing in the key here"


def test_partial_credit_is_an_outcome_of_its_own(lesson):
    text = lesson.article("daily-kos").text.text
    phrase = "“illegal immigrant criminals”"
    assert any(k.quote.exact == phrase for k in lesson.key)
    quote = tagged(lesson, "Eve", "daily-kos", phrase, "QUOTE")  # accepted at 75%
    grade = grade_student([quote], lesson, student="Eve")
    (drawn,) = [o for o in span_outcomes(grade, [quote], lesson.key) if o.annotation_id]
    assert drawn.outcome == Outcome.PARTIAL
    lines = drawn.describe().split("\n")
    assert lines[0] == "Partial credit (tagged QUOTE; the key tags this FRAMING)"
    assert "the key accepts QUOTE for it at 75% credit" in lines[1]
    assert text.count(phrase) == 1


# -- the key written back


def test_the_key_written_as_toml_reads_back_as_the_same_key(lesson):
    text = key_toml(lesson, lesson.key, lesson.rules, header=["A header"])
    assert text.startswith("# A header\n\nformat = 1\n")
    key, rules = read_key_text(text, lesson)
    assert key == lesson.key and rules == lesson.rules


def test_words_that_stand_twice_in_an_article_get_the_context_that_tells_them_apart(lesson):
    text = lesson.article("nbc-news").text.text
    word = "ICE"
    places = [i for i in range(len(text)) if text.startswith(word, i)]
    assert len(places) > 2
    for start in places[:3] + places[-1:]:
        prefix, suffix = unique_context(text, start, start + len(word))
        assert prefix or suffix
        found = [
            p for p in places if text[max(0, p - len(prefix)) : p] == prefix
            and text.startswith(suffix, p + len(word))
        ]  # fmt: skip
        assert found == [start]
    assert unique_context(text, text.index(SPACE[1]), text.index(SPACE[1]) + len(SPACE[1])) == (
        "",
        "",
    )


def test_toml_strings_escape_what_toml_needs():
    import tomllib

    for value in ['say "no"', "back\\slash", "line\nbreak\ttab", "bell\x07 del\x7f", "“curly”"]:
        assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_a_cache_kept_between_calls_changes_no_suggestion(lesson, work):
    cache: dict = {}
    plain = suggested(lesson, work)
    assert suggested(lesson, work, cache=cache) == plain
    assert suggested(lesson, work, cache=cache) == plain and len(cache) == 3  # one per article
    space = plain[0]
    text = lesson.article("nbc-news").text.text
    accepted = KeyChanges(
        (new_change(ACCEPT, text, "nbc-news", space.start, space.end, change_id="a",
                    tag="FACT", points=1.0),)
    )  # fmt: skip
    assert suggested(lesson, work, accepted, cache=cache) == suggested(lesson, work, accepted)
    assert len(cache) == 4  # the article of the accepted claim, grouped again
