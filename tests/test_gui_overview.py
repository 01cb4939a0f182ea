"""The class overview in the review window, on the synthetic class of 40 imported as teachers
import it: the charts show the overview's figures and say them to a screen reader, choosing a
claim shows it in its article and who missed it, and the overview is grabbed to a PNG.

With ``ANNOTATOR_DOCS_IMAGES`` set to a folder, the grab and the class report's first page (a
PDF page drawn by ``pdftoppm``) are written there too: ``docs/images`` holds those the docs show.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from annotator.core.classroom import overview_words as words
from annotator.core.classroom.overview import class_overview
from annotator.core.formats.class_report import class_report_html
from annotator.core.formats.overview_html import FOUND_COLOUR, WRONG_TAG_COLOUR
from annotator.qt.class_overview import ClassOverviewPanel
from annotator.qt.review_window import ReviewWindow
from annotator.storage.database import open_database
from tests.synthetic_class import SIZE, write_submissions

DOCS_IMAGES = os.environ.get("ANNOTATOR_DOCS_IMAGES")


@pytest.fixture(scope="module")
def inbox(tmp_path_factory, lesson) -> Path:
    folder = tmp_path_factory.mktemp("synthetic") / "inbox"
    write_submissions(lesson, folder)
    return folder


@pytest.fixture
def review(qtbot, tmp_path, lesson, inbox):
    database = open_database(tmp_path / "teacher.db")
    window = ReviewWindow(database, lesson)
    qtbot.addWidget(window)
    window.import_paths([str(inbox)])
    window.import_report.close()
    window.show()
    window.side_tabs.setCurrentWidget(window.overview)
    yield window
    window.close()
    database.close()


def _overview_of(review):
    return class_overview(review.lesson, list(review.results.values()))


def test_the_overview_tab_shows_the_class_figures_and_says_them(review):
    panel = review.findChild(ClassOverviewPanel, "class-overview")
    assert panel is review.overview and panel.isVisible()
    overview = _overview_of(review)
    assert panel.overview.to_json() == overview.to_json()
    assert overview.students == SIZE
    # Every chart has its text alternative for a screen reader; the captions are its headline.
    assert panel.scores.accessibleName() == "Scores"
    assert panel.scores.accessibleDescription() == words.scores_text(overview)
    assert panel.coverage.accessibleDescription() == words.coverage_text(overview)
    assert panel.confusion.accessibleDescription() == words.confusion_text(overview)
    assert panel.claims.accessibleDescription() == words.claims_text(overview)
    assert panel.scores_caption.text() == words.scores_headline(overview)
    assert panel.coverage_caption.text() == "Daily Kos was skipped by 8 of 40."
    assert panel.agreement.text() == words.agreement_text(overview)
    # The claims, most missed first, each item the claim in words.
    assert panel.claims.count() == len(review.lesson.key)
    items = [panel.claims.item(row).text() for row in range(panel.claims.count())]
    assert items == [words.claim_text(claim) for claim in overview.claims]
    # The confusion table: a row per key tag, the share of the row, the count on hover.
    framing = overview.tags.index("FRAMING")
    cell = panel.confusion.item(framing, overview.tags.index("FACT"))
    row = overview.confusion[framing]
    assert cell.text() == f"{row[0] / sum(row):.0%}"
    assert cell.toolTip().startswith(f"{row[0]} of the {sum(row)} FRAMING claims found")


def test_clicking_a_claim_shows_it_in_its_article_and_who_missed_it(review, qtbot):
    panel = review.overview
    overview = panel.overview
    claim = overview.claims[0]
    span = review.lesson.key[claim.key_index]
    view = review.views[span.article_id]
    view.browser.verticalScrollBar().setValue(view.browser.verticalScrollBar().maximum())
    rect = panel.claims.visualItemRect(panel.claims.item(0))
    QTest.mouseClick(
        panel.claims.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert view.selection() == (span.position.start, span.position.end)
    cursor = view.browser.textCursor()
    assert view.browser.viewport().rect().contains(view.browser.cursorRect(cursor).center())
    who = panel.who.text()
    assert f"Missed by {claim.missed}: " + ", ".join(claim.missed_by) in who
    # The keyboard goes down the list as well.
    QTest.keyClick(panel.claims, Qt.Key.Key_Down)
    second = overview.claims[1]
    assert panel.chosen_claim() == second.key_index
    other = review.lesson.key[second.key_index]
    assert review.views[other.article_id].selection() == (
        other.position.start,
        other.position.end,
    )


def test_an_override_moves_its_student_in_the_scores_chart(review):
    before = review.overview.overview
    key = min(review.results, key=lambda k: review.results[k].grade.score)
    review.choose(key)
    review.override.setValue(95.0)
    after = review.overview.overview
    assert after.bands[-1] == before.bands[-1] + 1
    assert 95.0 in after.scores


def test_the_overview_is_grabbed_to_a_png(review, tmp_path):
    panel = review.overview
    panel.choose_claim(panel.overview.claims[0].key_index)
    path = tmp_path / "class-overview.png"
    assert panel.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 400 and image.height() >= 600
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert QColor(FOUND_COLOUR).name() in colours and QColor(WRONG_TAG_COLOUR).name() in colours
    if DOCS_IMAGES:
        folder = Path(DOCS_IMAGES)
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / "class-overview.png")


def test_the_class_reports_first_page_prints_the_overview(review, tmp_path):
    from annotator.qt.pdf_report import write_pdf

    html = class_report_html(review.lesson, list(review.results.values()))
    pdf = tmp_path / "class.pdf"
    assert write_pdf(html, pdf) >= 2
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    first = subprocess.run(
        [pdftotext, "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for words_on_page in (
        "The class at a glance",
        "Scores",
        "Which tag the claims were given",
        "Who tagged each article",
        "Agreement between students",
        "Claims, most missed",  # "first" is set with a ligature
        "Daily Kos was skipped by 8 of 40.",
    ):
        assert words_on_page in first, words_on_page
    if DOCS_IMAGES and shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "70",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(Path(DOCS_IMAGES) / "class-report-overview"),
            ],
            check=True,
        )


STUDENT_START_PROBE = """
import json, os, sys
from annotator.start import main

MODULES = (
    "annotator.core.classroom.overview",
    "annotator.core.formats.overview_html",
    "annotator.qt.class_overview",
    "annotator.qt.overview_charts",
    "annotator.qt.review_window",
)

def watch(window):
    def ready():
        print(json.dumps([name for name in MODULES if name in sys.modules]), flush=True)
        os._exit(0)

    window.saved_work_shown.connect(ready)

sys.argv = ["annotator"]
main(on_window=watch)
"""


def test_the_students_start_loads_nothing_of_the_overview(tmp_path):
    """The student's start must not get slower: none of the overview is loaded by then."""
    probe = tmp_path / "probe.py"
    probe.write_text(STUDENT_START_PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(probe)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


@pytest.fixture
def spanish(qapp):
    """The app speaking Spanish (before the window is made); English again after."""
    from annotator.qt.translations import install_translations

    assert install_translations(qapp, "es") == "es"
    try:
        yield
    finally:
        assert install_translations(qapp, "en") == "en"


def test_a_spanish_overview_says_the_class_in_spanish(spanish, review):
    panel = review.overview
    overview = _overview_of(review)
    assert panel.coverage_caption.text() == "8 de 40 no etiquetaron nada en Daily Kos."
    assert panel.scores_caption.text().startswith("Mediana ")
    assert panel.scores.accessibleDescription().startswith(
        "Puntuaciones de 40 estudiantes, en franjas de diez puntos. Mediana "
    )
    assert panel.agreement.text().startswith("Los estudiantes coincidieron más en las palabras ")
    first = panel.claims.item(0).text()
    claim = overview.claims[0]
    assert first.endswith(f"{claim.missed} la pasaron por alto")
    assert "found" not in panel.claims.accessibleDescription()
    # The reports keep the core's English.
    assert words.coverage_headline(overview) == "Daily Kos was skipped by 8 of 40."
