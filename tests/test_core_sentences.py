"""The core's sentences (a verdict's reason, why a passage is suggested, how figures differ)
stay English for the reports and the CLI, and are said in the app's language in the windows:
every template the core fills is listed for translation, and a Spanish window shows them in
Spanish."""

from __future__ import annotations

import ast
import importlib
import json
import pickle
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from annotator.core.classroom.verdicts import (
    CLAIM_TAGGED,
    EARNED_BY_ANOTHER,
    ONE_POINT,
    WITH_EARNED,
)
from annotator.core.said import Said, said_join
from annotator.qt.core_sentences import TEMPLATES, spoken, spoken_capitalised
from annotator.qt.review_window import ReviewWindow
from annotator.qt.translations import install_translations
from annotator.storage.database import open_database
from tests.gui_helpers import drag_select, hover_tooltip
from tests.student_work import submit_work

CORE = Path(__file__).resolve().parent.parent / "annotator" / "core"


def _templates(node: ast.expr, module: object, where: str) -> list[str]:
    """The templates a call may pass: a literal, or a module-level constant of its module
    (either of two, chosen by ``a if c else b``)."""
    if isinstance(node, ast.IfExp):
        return _templates(node.body, module, where) + _templates(node.orelse, module, where)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    assert isinstance(node, ast.Name), f"{where}: a template must be a constant or a literal"
    value = getattr(module, node.id)
    assert isinstance(value, str), f"{where}: {node.id} is no string"
    return [value]


def core_templates() -> dict[str, str]:
    """Every template the core fills a :class:`Said` with (or joins with), and where."""
    found = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("Said", "said_join")
        ]
        if not calls:
            continue
        name = ".".join(path.relative_to(CORE.parent.parent).with_suffix("").parts)
        module = importlib.import_module(name)
        for call in calls:
            where = f"{path.name}:{call.lineno}"
            if call.func.id == "Said":
                if call.args:  # the class's own __new__ passes its parameter on
                    if isinstance(call.args[0], ast.Name) and call.args[0].id == "template":
                        continue
                    found |= dict.fromkeys(_templates(call.args[0], module, where), where)
            else:
                if isinstance(call.args[2], ast.Name) and call.args[2].id == "template":
                    continue
                found |= dict.fromkeys(_templates(call.args[2], module, where), where)
    return found


def test_every_sentence_the_core_fills_is_listed_for_translation():
    """A sentence added to the core without its line in core_sentences.TEMPLATES would be shown
    in English to a Spanish class; a line left there after the core dropped its sentence is a
    translator's wasted work."""
    found = core_templates()
    assert len(found) >= 30  # the verdicts, the suggestions, the figures, the credits
    missing = {template: where for template, where in found.items() if template not in TEMPLATES}
    assert missing == {}
    assert set(TEMPLATES) - set(found) == set()
    assert len(set(TEMPLATES)) == len(TEMPLATES)


def test_a_said_sentence_is_its_english_text_and_keeps_how_it_was_made():
    claim = Said(CLAIM_TAGGED, tag="FACT", text="41,500 beds")
    reason = Said(
        WITH_EARNED,
        said=Said(EARNED_BY_ANOTHER, claim=claim, quote="a {brace} of words"),
        earned=Said(ONE_POINT, value="1"),
    )
    english = (
        "found the FACT claim “41,500 beds”, but another of your highlights earned it "
        "(“a {brace} of words”); a claim counts once: 1 point"
    )
    assert reason == english and str(reason) == english and isinstance(reason, str)
    assert json.dumps({"reason": reason}) == json.dumps({"reason": english})
    assert reason.template == WITH_EARNED and dict(reason.params)["earned"] == "1 point"
    again = pickle.loads(pickle.dumps(reason))
    assert again == english and again.template == WITH_EARNED and again.params == reason.params
    assert said_join("a", ["b", "c"], "{said} and {more}") == "a and b and c"
    assert said_join("a", [], "{said} and {more}") == "a"
    # English is the source language: the windows say what the core wrote.
    assert spoken(reason) == english
    assert spoken_capitalised(reason) == "F" + english[1:]
    assert spoken("plain words") == "plain words"


@pytest.fixture
def spanish(qapp):
    """The app speaking Spanish, as ``ANNOTATOR_LANG=es`` makes it; English again after."""
    assert install_translations(qapp, "es") == "es"
    try:
        yield
    finally:
        assert install_translations(qapp, "en") == "en"


def test_the_reasons_in_a_spanish_review_window_are_spanish(spanish, qtbot, tmp_path, lesson):
    submit_work(
        tmp_path / "inbox",
        lesson,
        "Dana",
        [
            ("nbc-news", "historic mass deportation", "FRAMING"),
            ("nbc-news", "cities like Chicago", "FACT"),
            ("daily-kos", "“illegal immigrant criminals”", "QUOTE"),
        ],
    )
    database = open_database(tmp_path / "teacher.db")
    review = ReviewWindow(database, lesson)
    qtbot.addWidget(review)
    review.show()
    try:
        review.import_paths([str(tmp_path / "inbox")])
        review.choose(next(iter(review.results)))
        nbc = review.views["nbc-news"]
        found = lesson.article("nbc-news").text.text.index("historic mass deportation") + 2
        tip = hover_tooltip(qtbot, nbc, found).split("\n")
        assert tip[0] == "Encontrada: la clave también etiqueta esto como FRAMING"
        assert tip[1] == (
            "Por qué: Encontraste la afirmación FRAMING «historic mass deportation»: 1 de 1 punto"
        )
        extra = lesson.article("nbc-news").text.text.index("cities like Chicago") + 2
        assert hover_tooltip(qtbot, nbc, extra).split("\n")[1] == (
            "Por qué: Aquí no hay nada de la clave"
        )
        kos = review.views["daily-kos"]
        partial = kos.article.text.text.index("“illegal immigrant criminals”") + 3
        assert "la clave acepta QUOTE para ella con el 75% de los puntos: 0.75 de 1 punto" in (
            hover_tooltip(qtbot, kos, partial)
        )
        detail = review.detail.toPlainText()
        assert "(encontraste la afirmación FRAMING «historic mass deportation»" in detail
        assert "found the" not in detail
        review.resize(1600, 1000)
        review.grab().save(str(tmp_path / "review-es.png"))
    finally:
        review.close()
        database.close()


BEDS = {
    "nbc-news": "funded for only 41,500 beds",
    "independent": "a maximum capacity of 41,500 beds",
    "daily-kos": "a 38,521-bed capacity",
}


def test_the_claims_view_says_in_spanish_how_figures_differ(spanish, window):
    annotations = []
    for article_id, phrase in BEDS.items():
        window.arrangement.show_article(article_id)
        drag_select(window.views[article_id], phrase)
        QTest.keyClick(window.views[article_id].browser, Qt.Key.Key_1)
        annotations.append(window.side_panel.current())
    window.claim_linking.operations.link(annotations, title="ICE detention capacity")
    window.claim_linking.operations.set_attribution(annotations[0], "nobody")
    QTest.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    model = window.findChild(QWidget, "claims-view").model
    kos = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole).split("\n")
    assert "41,500 (" in kos[0] and "38,521 (" in kos[0] and "), pero " in kos[0]
    assert kos[0].endswith(": las cifras no coinciden")
    claim = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "nbc-news" not in claim or "no lo atribuye a nadie" in claim
    assert any(line.endswith("no lo atribuye a nadie") for line in claim.split("\n"))
