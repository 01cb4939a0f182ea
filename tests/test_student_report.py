"""The student's report: the grade and how it was reached in plain words, the teacher's feedback,
every highlight in its sentence with why it counted or not, the key's notes on the claims found,
and the rest of the key only when the teacher releases it. A few pages, printable, one student's
work alone."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess

import pytest

from annotator.core.annotations.annotation import annotation_in
from annotator.core.classroom.grading import grade_student
from annotator.core.classroom.results import StudentResult
from annotator.core.formats.inputs import GradedClass
from annotator.core.formats.report_set import report_files, report_pages
from annotator.core.formats.student_report import student_report_html
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.tags import Tag, TagSet, UnderlineStyle
from tests.test_reports import (
    _k,
    _note,
    _other_students_markers,
    assert_self_contained,
    made_up_class,
)


@pytest.fixture(scope="module")
def classroom() -> dict:
    return made_up_class()


def _escaped(text: str) -> str:
    return html.escape(text, quote=True)


def _text(page: str) -> str:
    """The report's words, one line per paragraph or line break, tags left out."""
    body = page[page.index("<body>") :]
    body = re.sub(r"<br>|</p>|</h[1-4]>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def _notes(lesson: Lesson, indices) -> list[str]:
    return [lesson.key[i].note for i in indices if lesson.key[i].note.strip()]


# -- what it says --------------------------------------------------------------------------------


def test_the_report_says_the_grade_and_how_it_was_reached_in_plain_words(classroom) -> None:
    lesson, ada = classroom["lesson"], classroom["Ada Lovelace"]
    grade = ada.grade
    text = _text(student_report_html(lesson, ada))
    assert "Ada Lovelace (S-001)" in text
    assert f"Your grade: {grade.score} out of 100" in text
    assert (
        f"You earned {grade.points_earned:g} of the {grade.target:g} points this lesson asks "
        f"for: {grade.score} out of 100." in text
    )
    assert (
        "You found 8 of the 61 claims in the answer key, 1 of them with another tag than the "
        "key's (which earns half of the points)." in text
    )
    missed_points = sum(lesson.key[i].points for i in grade.misses)
    assert f"You missed {len(grade.misses)} claims ({missed_points:g} points)" in text
    assert (
        "Of your 11 highlights: 7 counted in full, 1 found a claim with another tag, 2 came near "
        "a claim without counting and 1 found nothing in the key." in text
    )
    # The teacher's statistics are not the student's.
    for word in ("Precision", "Recall", "F1", "precision", "recall"):
        assert word not in text


def test_an_override_is_the_grade_and_the_points_still_say_how_it_would_have_been(classroom):
    lesson, grace = classroom["lesson"], classroom["Grace Hopper"]
    text = _text(student_report_html(lesson, grace))
    assert "Your grade: 85.0 out of 100" in text
    assert f"points this lesson asks for: {grace.grade.score} out of 100." in text
    assert "Your teacher set your grade to 85.0 out of 100." in text


def test_full_marks_say_so(classroom) -> None:
    lesson, ada = classroom["lesson"], classroom["Ada Lovelace"]
    rich = dataclasses.replace(
        ada, grade=dataclasses.replace(ada.grade, points_earned=60.0, score=100.0)
    )
    assert "You earned 60 points, at least the 54.4 this lesson asks for: full marks" in _text(
        student_report_html(lesson, rich)
    )


def test_the_teachers_feedback_comes_first_and_their_comments_beside_each_highlight(classroom):
    lesson, ada = classroom["lesson"], classroom["Ada Lovelace"]
    page = student_report_html(lesson, ada)
    assert '<p class="feedback">ADA-FEEDBACK Great eye for framing.<br>Look again' in page
    assert page.index("ADA-FEEDBACK") < page.index("Your highlights")
    text = _text(page)
    roundups = text[text.index("Wrong tag. Found the claim “roundups”") :]
    assert roundups.index("Teacher: ADA-COMMENT it is a framing word") < roundups.index("\n6")
    assert "Your note: ADA-NOTE crackdown is loaded" in text


def test_every_highlight_says_why_it_counted_or_not(classroom) -> None:
    lesson, ada, grace = classroom["lesson"], classroom["Ada Lovelace"], classroom["Grace Hopper"]
    text = _text(student_report_html(lesson, ada))
    assert "Counted. Found the FRAMING claim “immigration crackdown”: 1 of 1 point." in text
    assert (
        "Wrong tag. Found the claim “roundups”, but the key tags it FRAMING; FACT earns 50% of "
        "its points: 0.5 of 1 point." in text
    )
    in_sentence = "Not counted. It is in the sentence of a claim, but not on the claim's words."
    assert text.count(in_sentence) == 2  # the two crossing highlights in The Independent
    assert re.search(r"Nothing in the key near these \(1\)\s+11\W+FACT\W+Daily Kos", text)
    numbered = re.findall(r"^(\d+)\xa0", text, re.M)
    assert sorted(map(int, numbered)) == list(range(1, 11))  # the eleventh is in the list above
    grace_text = _text(student_report_html(lesson, grace))
    assert re.search(
        r"Not counted\. It is near a claim, but covers \d+% of its key words; two thirds are "
        r"needed\.",
        grace_text,
    )
    assert "Not graded: not found in this version of the articles (1)" in grace_text
    assert "stark contrast" in grace_text  # the orphaned highlight's words


def test_found_claims_carry_the_keys_note_and_the_rest_of_the_key_waits_for_its_release(
    classroom,
) -> None:
    lesson, ada = classroom["lesson"], classroom["Ada Lovelace"]
    grade = ada.grade
    found = [m.key_index for m in grade.matches] + [k for _, k, _ in grade.wrong_tag]
    near = _k(lesson, "illegal migrants")  # Ada's two highlights in its sentence
    assert near in grade.misses

    page = student_report_html(lesson, ada)  # the default: not released
    for note in _notes(lesson, found):
        assert _escaped(note) in page
    for note in _notes(lesson, grade.misses):
        assert _escaped(note) not in page
    assert "illegal migrants" not in page  # a near miss does not name its claim
    assert "has not released the answer key, so ask them which" in _text(page)
    assert "The claims you missed" not in page

    released = student_report_html(lesson, ada, key_visible=True)
    for note in _notes(lesson, [*found, *grade.misses]):
        assert _escaped(note) in released
    text = _text(released)
    assert f"The claims you missed ({len(grade.misses)})" in text
    assert "they are listed at the end, with the key's notes" in text
    assert "In the sentence of the FRAMING claim “illegal migrants”, but not on its words." in text
    for index in grade.misses:
        assert _escaped(lesson.key[index].quote.exact[:40]) in released


def test_the_report_set_releases_the_key_only_when_told(classroom) -> None:
    lesson, results = classroom["lesson"], classroom["results"]
    missed = lesson.key[classroom["Ada Lovelace"].grade.misses[0]]
    note = _escaped(missed.note)

    def ada_page(pages) -> str:
        return next(p.make_html() for p in pages if "Ada" in p.stem)

    assert note not in ada_page(report_pages(lesson, results))
    assert note not in ada_page(report_files(GradedClass(lesson, results)))
    assert note in ada_page(report_pages(lesson, results, key_released=True))
    assert note in ada_page(report_files(GradedClass(lesson, results, key_released=True)))
    # The class report is the teacher's: the key is there either way.
    assert _escaped(missed.quote.exact) in report_pages(lesson, results)[0].make_html()


# -- how it shows the highlights -----------------------------------------------------------------


def test_each_highlight_is_shown_in_its_sentence_in_its_tags_look(classroom) -> None:
    lesson, ada = classroom["lesson"], classroom["Ada Lovelace"]
    page = student_report_html(lesson, ada)
    for annotation in ada.annotations:
        exact = annotation.quote.exact
        shown = exact if len(exact) <= 200 else exact[:60]  # a long one by its first words
        assert re.search(rf'<span class="hl" style="[^"]*">{re.escape(_escaped(shown))}', page)
    # The headline's FRAMING highlight: pink, wavy in browsers, wave in Qt, in its sentence.
    headline = re.search(
        r'…migrants arrested in Trump&#x27;s <span class="hl" style="([^"]*)">'
        r"immigration crackdown</span> have been",
        page,
    )
    assert headline is not None
    assert "background-color:#f4a3c8" in headline[1]
    assert "text-decoration-style:wavy" in headline[1]
    assert "text-underline-style:wave" in headline[1]
    assert "text-decoration-style:dotted" in page  # QUOTE
    assert "text-decoration-style:solid" in page  # FACT
    # Every tag is named beside its highlight: never colour alone.
    chips = re.findall(r'<span class="chip"[^>]*>&nbsp;([A-Z]+)&nbsp;</span>', page)
    assert sorted(chips) == sorted(a.tag for a in ada.annotations)
    # No reprint of the articles: a sentence near none of Ada's highlights is not there.
    assert "Fox News reported in December" not in page
    assert "Fox News reported in December" in lesson.article("nbc-news").text.text


def test_a_long_highlight_and_one_over_two_paragraphs_are_shown_in_a_line(classroom) -> None:
    lesson = classroom["lesson"]
    article = lesson.articles[0]
    first, second = article.text.blocks[2], article.text.blocks[3]
    across = _note(lesson, article.id, first.end - 20, second.start + 20, "FACT", "Ada")
    whole = _note(lesson, article.id, first.start, first.end, "QUOTE", "Ada")
    work = [across, whole]
    result = StudentResult("Ada", "", work, grade_student(work, lesson, student="Ada"))
    page = student_report_html(lesson, result)
    text = article.text.text
    shown = f"{text[first.end - 20 : first.end]} {text[second.start : second.start + 20]}"
    assert _escaped(shown) in page  # the paragraph break as a space
    if first.end - first.start > 200:
        assert " … " in page  # a long highlight by its start and its end


def test_the_report_holds_no_other_students_data(classroom) -> None:
    for name in ("Ada Lovelace", "Grace Hopper", "Zora Neale Hurston"):
        for released in (False, True):
            page = student_report_html(classroom["lesson"], classroom[name], key_visible=released)
            for marker in _other_students_markers(name):
                assert marker not in page, (name, marker)


def test_the_report_is_self_contained_and_escapes_what_students_type(classroom) -> None:
    for released in (False, True):
        page = student_report_html(
            classroom["lesson"], classroom["Ada Lovelace"], key_visible=released
        )
        assert_self_contained(page)
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
        assert "<img" not in page


def test_the_report_never_puts_a_bad_tag_colour_into_css(classroom) -> None:
    lesson, grace = classroom["lesson"], classroom["Grace Hopper"]
    evil = TagSet(
        (
            Tag("FACT", "Fact", "red;background:url(http://evil.example/x)", UnderlineStyle.SOLID),
            *lesson.tags.tags[1:],
        )
    )
    page = student_report_html(dataclasses.replace(lesson, tags=evil), grace)
    assert "evil.example" not in page and "background-color:#cccccc" in page


def test_without_a_key_the_report_lists_the_highlights_and_no_score(classroom) -> None:
    lesson = dataclasses.replace(classroom["lesson"], key=())
    work = classroom["Ada Lovelace"].annotations
    result = StudentResult("Ada", "", work, grade_student(work, lesson, student="Ada"))
    text = _text(student_report_html(lesson, result))
    assert "Your grade: not set yet" in text
    assert "This lesson has no answer key, so no score is counted from points." in text
    assert "why each counted" not in text and "Your highlights" in text
    assert "Your note: ADA-NOTE invasion" in text
    overridden = dataclasses.replace(result, override=70)
    assert "Your grade: 70.0 out of 100" in _text(student_report_html(lesson, overridden))
    nobody = StudentResult("Ben", "", [], grade_student([], lesson, student="Ben"))
    assert "No highlights." in _text(student_report_html(lesson, nobody))


# -- on paper ------------------------------------------------------------------------------------


def _pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_a_students_report_prints_on_three_pages_at_most(classroom, qapp, tmp_path) -> None:
    """A student who found every other claim of the built-in lesson, with the key's tag, and
    tagged a few sentences besides (32 highlights): the report was 13 pages when it reprinted
    the articles and the key."""
    from annotator.qt.pdf_report import write_pdf
    from tests.class_of_five import every_sentence_fact, strong

    lesson = classroom["lesson"]
    spans = strong(lesson)[::2] + every_sentence_fact(lesson)[1::9]
    work = [
        annotation_in(lesson, a, start, end, tag, student="Kim") for a, start, end, tag in spans
    ]
    result = StudentResult(
        "Kim", "S-9", work, grade_student(work, lesson), feedback="Look again at the quotes."
    )
    path = tmp_path / "kim.pdf"
    pages = write_pdf(student_report_html(lesson, result), path)
    assert pages <= 3
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: the text of the PDF is not checked")
    text = _pdf_text(path)
    assert text.count("\f") == pages
    assert "Your grade:" in text and "Look again at the quotes." in text
    assert "Nothing in the key near these" in text  # the last section is printed too
