"""Tests of the annotation exports (:mod:`annotator.core.formats.annotation_json`,
``annotation_csv`` and ``w3c``), and of the W3C suite runner that checks the W3C export.

The runner (``tests/w3c_suite.py``) is tested first on the suite's own samples, so that a passing
W3C export means something: the runner accepts the correct samples and rejects the incorrect
ones, each for the defect it was written to show where the suite's MUST assertions cover it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from referencing.exceptions import Unresolvable
from w3c_suite import (
    ANNOTATION_MUSTS,
    COLLECTION_MUSTS,
    PAGE_MUSTS,
    W3CSuite,
    is_date_time,
    is_uri,
    suite_root,
)

from annotator.core.annotations.annotation import Annotation, new_annotation
from annotator.core.formats.annotation_csv import CSV_COLUMNS, annotations_to_csv
from annotator.core.formats.annotation_json import (
    JSON_FORMAT,
    JSON_FORMAT_VERSION,
    annotations_to_json,
)
from annotator.core.formats.spreadsheet import guard_formula
from annotator.core.formats.w3c import W3C_CONTEXT, annotations_to_w3c, article_iri
from annotator.core.lessons.lesson import Article, Lesson
from annotator.core.text.article_text import parse_article
from annotator.core.text.selectors import TextPositionSelector, TextQuoteSelector
from tests.beside import need

SUITE = suite_root()
SAMPLES = SUITE / "tools" / "samples"
CORRECT = sorted((SAMPLES / "correct").glob("*.json"))
INCORRECT = sorted((SAMPLES / "incorrect").glob("*.json"))

# --- how the suite's samples are handled -----------------------------------------------------

# The targets of these correct samples are a Composite, a List and an Independents: the "Set"
# classes that were at risk in the Candidate Recommendation and removed from the final Web
# Annotation Data Model. The suite's definitions follow the Recommendation (choiceSet.json
# accepts only "Choice"), so its MUST assertions rightly reject these outdated samples.
REMOVED_SET_TYPES = {"Composite", "List", "Independents"}
INAPPLICABLE_CORRECT = {
    "anno11.json": "target is a Composite, removed from the final model",
    "anno12.json": "target is a List, removed from the final model",
    "anno13.json": "target is an Independents, removed from the final model",
}
# collection1.json embeds copies of anno11..13 as items 10..12; the rest of it is checked.
INAPPLICABLE_ITEMS = {"collection1.json": {10, 11, 12}}

# example42/43 are standalone Annotation Pages with "partOf" given as an IRI, as the model allows.
# Seven of the suite's page MUSTs apply "type": "object" to partOf (meaning "if partOf embeds the
# Collection's description, check its keys") and so fail on any IRI partOf: a defect of the
# suite, pinned here so that it shows up if the suite is fixed. Their items are checked fully.
PAGE_MUSTS_REJECTING_IRI_PART_OF = {
    "collections/pages/5.2-pageTotalValidated.json",
    "collections/pages/5.2-pageLabelValidated.json",
    "collections/pages/5.2-pageFirstValidated.json",
    "collections/pages/5.2-pageLastValidated.json",
    "collections/pages/3.3.1-pageCreatedValidated.json",
    "collections/pages/3.3.1-pageModifiedValidated.json",
    "collections/pages/3.3.6-pageRightsValidated.json",
}
PAGES_WITH_IRI_PART_OF = {"example42.json", "example43.json"}

# Every incorrect sample from anno7 on carries an array of two ids (anno7's own defect) as well as
# the defect its label names, so each would be rejected for its id alone. To show that the runner
# catches the named defect, the id is made single and the sample checked again. For these the
# named defect is outside the MUST assertions (the suite checks it only with optional ones), or
# is no defect at all:
NAMED_DEFECT_NOT_A_MUST = {
    "anno7.json": "the array id is this sample's own defect: nothing left once it is fixed",
    "anno14.json": "body format 6: only the optional 3.2.1-bodyFormat checks format",
    "anno15.json": "'langauage' (sic) is an unknown key, which the model allows",
    "anno23.json": "two processingLanguage values: only optional assertions check it",
    "anno26.json": "creator 6: only the optional 3.3.1 creator assertions check creator",
    "anno27.json": "generator 42: only the optional 3.3.1 generator assertion checks it",
}
# Not JSON at all: rejected before any schema can look at it.
NOT_JSON = {"anno1.json"}


@pytest.fixture(scope="module")
def suite() -> W3CSuite:
    need(SUITE / ANNOTATION_MUSTS, "the W3C Web Annotation test suite")
    return W3CSuite(SUITE)


def _lenient_json(text: str) -> Any:
    """Parses JSON with trailing commas, as many of the incorrect samples have.

    Those commas are not the defect the samples were written to show (their labels say what
    is), so the samples are also read past them, to check the runner finds the real defect.
    """
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", text))


# --- the runner on the suite's samples -------------------------------------------------------


def test_the_suite_has_the_expected_samples_and_must_assertions(suite: W3CSuite) -> None:
    """Pins the numbers the other tests rely on, so that a changed suite is noticed."""
    assert len(CORRECT) == 45
    assert len(INCORRECT) == 39
    assert len(suite.must_assertions(ANNOTATION_MUSTS)) == 54
    assert len(suite.must_assertions(COLLECTION_MUSTS)) == 10
    assert len(suite.must_assertions(PAGE_MUSTS)) == 15
    handled = set(INAPPLICABLE_CORRECT) | set(INAPPLICABLE_ITEMS) | PAGES_WITH_IRI_PART_OF
    assert handled <= {path.name for path in CORRECT}
    assert set(NAMED_DEFECT_NOT_A_MUST) | NOT_JSON <= {path.name for path in INCORRECT}


@pytest.mark.parametrize("path", CORRECT, ids=lambda path: path.name)
def test_runner_accepts_correct_sample(suite: W3CSuite, path: Path) -> None:
    if path.name in INAPPLICABLE_CORRECT:
        document = json.loads(path.read_text(encoding="utf-8"))
        # The skip must stay justified: the sample does use a removed class, and is rejected.
        assert document["target"]["type"] in REMOVED_SET_TYPES
        assert suite.check_annotation(document)
        pytest.skip(f"{path.name}: {INAPPLICABLE_CORRECT[path.name]}")

    document = json.loads(path.read_text(encoding="utf-8"))
    if path.name in INAPPLICABLE_ITEMS:
        dropped = INAPPLICABLE_ITEMS[path.name]
        items = document["first"]["items"]
        assert all(items[i]["target"]["type"] in REMOVED_SET_TYPES for i in dropped)
        document["first"]["items"] = [item for i, item in enumerate(items) if i not in dropped]
        document["total"] -= len(dropped)

    outcome = suite.check_outcome(document)
    failures = outcome.failures
    if path.name in PAGES_WITH_IRI_PART_OF:
        assert isinstance(document["partOf"], str)
        failed = {failure.split(": ", 1)[0] for failure in failures}
        assert failed == PAGE_MUSTS_REJECTING_IRI_PART_OF
        failures = []
    assert failures == []
    assert outcome.checked >= 10


@pytest.mark.parametrize("path", INCORRECT, ids=lambda path: path.name)
def test_runner_rejects_incorrect_sample(suite: W3CSuite, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name in NOT_JSON:
        with pytest.raises(json.JSONDecodeError):
            json.loads(text)
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        # Trailing commas: invalid JSON already, but the schemas must reject the content too.
        document = _lenient_json(text)
    # All incorrect samples are meant as annotations (anno9's defect is its type "Squirrel").
    assert document.get("type") not in ("AnnotationCollection", "AnnotationPage")
    assert suite.check_annotation(document), f"{path.name} ({document.get('label')}) passed"


@pytest.mark.parametrize(
    "path", [p for p in INCORRECT if p.name not in NOT_JSON], ids=lambda path: path.name
)
def test_runner_rejects_incorrect_sample_for_its_named_defect(suite: W3CSuite, path: Path) -> None:
    document = _lenient_json(path.read_text(encoding="utf-8"))
    if isinstance(document.get("id"), list):
        document["id"] = document["id"][0]
    failures = suite.check_annotation(document)
    if path.name in NAMED_DEFECT_NOT_A_MUST:
        # Pinned: if the suite's MUSTs come to cover the defect, move the sample out of the list.
        assert failures == [], failures
    else:
        assert failures, f"{path.name} ({document.get('label')}) passed once its id was single"


def test_runner_checks_formats_and_refuses_unknown_references(suite: W3CSuite) -> None:
    """Without a format checker, jsonschema would pass "not a uri" and "yesterday" silently."""
    assert is_uri("urn:uuid:0f8e4a6c-31f4-4d0e-9f3a-5b8e7f0c2a11")
    assert is_uri("http://[::1]:8080/a%20b?q=1#frag")
    assert not is_uri("not a uri")
    assert not is_uri("http://example.org/a b")
    assert not is_uri("example.org/no-scheme")
    assert is_date_time("2025-02-03T12:00:00.000Z")
    assert is_date_time("2025-02-03T07:00:00-05:00")
    assert not is_date_time("2025-02-03")
    assert not is_date_time("2025-02-30T12:00:00Z")
    assert not is_date_time("yesterday")

    validator = Draft4Validator({"$ref": "missing.json#/x"}, registry=suite.registry)
    with pytest.raises(Unresolvable, match=r"missing\.json"):
        validator.is_valid({})


# --- a small lesson to export ----------------------------------------------------------------

ARTICLE_A = """The mayor said the plan was "a *historic* win" 🎉 for the city.

Critics, however, called it -- in their words -- reckless, and a "giveaway"."""

ARTICLE_B = """Officials said 8,000 people were arrested; 1,200 were later released.

"We are doing what the law requires," a spokesperson said."""


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture(scope="module")
def lesson() -> Lesson:
    def article(article_id: str, outlet: str, headline: str, body: str) -> Article:
        return Article(
            id=article_id,
            outlet=outlet,
            headline=headline,
            byline="Staff",
            published="Feb. 3, 2025",
            source_url="",
            source_note="",
            text=parse_article(body, headline),
        )

    # "zeta" comes first in the lesson: the exports must follow the lesson, not the alphabet.
    return Lesson(
        id="city plan: 2025",  # a space and a colon, which the target IRI must encode
        version="1.2.0",
        title="One plan, two stories",
        instructions_markdown="",
        articles=(
            article("zeta", "The Zeta Times", "Mayor unveils plan", ARTICLE_A),
            article("alpha", "Alpha News, Inc.", "Arrests and releases", ARTICLE_B),
        ),
        content_hash="sha256:abc123",
    )


@pytest.fixture(scope="module")
def annotations(lesson: Lesson) -> list[Annotation]:
    zeta = lesson.article("zeta").text.text
    alpha = lesson.article("alpha").text.text

    def make(article_id: str, text: str, phrase: str, tag: str, **extra: str) -> Annotation:
        start, end = _span(text, phrase)
        return new_annotation(
            text=text,
            start=start,
            end=end,
            lesson_id=lesson.id,
            article_id=article_id,
            tag=tag,
            lesson_version=lesson.version,
            pack_hash=lesson.content_hash,
            **extra,
        )

    return [
        make("alpha", alpha, "1,200 were later released", "FACT", student="Ada"),
        make(
            "zeta",
            zeta,
            'a historic win" 🎉',
            "FRAMING",
            student="Ada",
            note='She calls it "historic", a loaded word;\nthe emoji 🎉 cheers, too.\r\nLine 3',
        ),
        make("zeta", zeta, "reckless", "FRAMING", note='=HYPERLINK("http://evil.example")'),
        make("alpha", alpha, "We are doing what the law requires", "QUOTE", student="@dmin"),
        make("zeta", zeta, "The mayor said", "QUOTE", student="Bo", note="-- who said it"),
    ]


# --- W3C Web Annotation ----------------------------------------------------------------------


def _collection(annotations: list[Annotation], lesson: Lesson) -> dict[str, Any]:
    return annotations_to_w3c(
        annotations,
        lesson,
        collection_id="urn:uuid:6b0f3b1e-8c5d-4c1a-9d2e-3f4a5b6c7d8e",
        label="Ada's class: One plan, two stories",
    )


def test_w3c_items_and_collection_pass_every_must(
    suite: W3CSuite, lesson: Lesson, annotations: list[Annotation]
) -> None:
    collection = _collection(annotations, lesson)
    json.loads(json.dumps(collection))  # JSON-able

    items = collection["first"]["items"]
    for item in items:
        outcome = suite.run(ANNOTATION_MUSTS, item)
        assert outcome.failures == [], item["id"]
        assert outcome.checked == 54

    outcome = suite.check_collection_outcome(collection)
    assert outcome.failures == []
    # 10 collection MUSTs, 15 page MUSTs, 54 annotation MUSTs for each of the 5 items.
    assert outcome.checked == 10 + 15 + 54 * len(items)


def test_w3c_export_fails_the_suite_when_broken(
    suite: W3CSuite, lesson: Lesson, annotations: list[Annotation]
) -> None:
    """The same runner rejects the export once a MUST is broken: the passes above are real."""
    collection = _collection(annotations, lesson)
    item = collection["first"]["items"][0]
    assert suite.check_annotation({**item, "created": "yesterday"})
    assert suite.check_annotation({**item, "id": "not an iri"})
    assert suite.check_annotation({k: v for k, v in item.items() if k != "target"})
    assert suite.check_collection({**collection, "id": "my export"})
    assert suite.check_collection({k: v for k, v in collection.items() if k != "first"})


def test_w3c_content(lesson: Lesson, annotations: list[Annotation]) -> None:
    collection = _collection(annotations, lesson)
    assert collection["@context"] == W3C_CONTEXT
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == len(annotations) == len(collection["first"]["items"])
    page = collection["first"]
    assert page["type"] == "AnnotationPage"
    assert page["id"] == collection["last"] == collection["id"] + "#page-1"

    by_id = {a.id: a for a in annotations}
    for item in page["items"]:
        annotation = by_id[item["id"].removeprefix("urn:uuid:")]
        assert item["@context"] == W3C_CONTEXT
        assert item["type"] == "Annotation"
        assert item["motivation"] == "tagging"
        assert item["created"].endswith("Z") and item["modified"].endswith("Z")
        tag, *comment = item["body"]
        assert tag == {"type": "TextualBody", "purpose": "tagging", "value": annotation.tag}
        if annotation.note:
            assert comment == [
                {
                    "type": "TextualBody",
                    "purpose": "commenting",
                    "value": annotation.note,
                    "format": "text/plain",
                }
            ]
        else:
            assert comment == []
        if annotation.student:
            assert item["creator"] == {"type": "Person", "name": annotation.student}
        else:
            assert "creator" not in item

        target = item["target"]
        assert target["source"] == article_iri(lesson.id, "1.2.0", annotation.article_id)
        assert target["source"].startswith("urn:annotator:lesson:city%20plan%3A%202025:1.2.0:")
        quote, position = target["selector"]
        text = lesson.article(annotation.article_id).text.text
        assert quote["type"] == "TextQuoteSelector"
        assert position["type"] == "TextPositionSelector"
        # Offsets count code points: the emoji is one, as it is for the app.
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])

    emoji_item = next(i for i in page["items"] if "🎉" in i["target"]["selector"][0]["exact"])
    assert emoji_item["target"]["selector"][0]["exact"] == 'a historic win" 🎉'


def test_w3c_empty_collection_has_no_page(suite: W3CSuite, lesson: Lesson) -> None:
    collection = _collection([], lesson)
    assert collection["total"] == 0
    assert "first" not in collection and "last" not in collection
    assert suite.check_collection(collection) == []


def test_w3c_refuses_a_collection_id_that_is_not_an_iri(lesson: Lesson) -> None:
    with pytest.raises(ValueError, match="absolute IRI"):
        annotations_to_w3c([], lesson, collection_id="my export", label="x")


# --- ordering, JSON ---------------------------------------------------------------------------


def _expected_order(annotations: list[Annotation], lesson: Lesson) -> list[str]:
    rank = {article.id: i for i, article in enumerate(lesson.articles)}
    return [a.id for a in sorted(annotations, key=lambda a: (rank[a.article_id], a.start, a.id))]


def test_all_exports_share_the_lesson_order(lesson: Lesson, annotations: list[Annotation]) -> None:
    expected = _expected_order(annotations, lesson)
    assert [a.article_id for a in annotations] != sorted(a.article_id for a in annotations)
    json_ids = [a["id"] for a in annotations_to_json(annotations, lesson)["annotations"]]
    csv_ids = [row[0] for row in csv.reader(io.StringIO(annotations_to_csv(annotations, lesson)))]
    w3c_ids = [i["id"] for i in _collection(annotations, lesson)["first"]["items"]]
    assert json_ids == expected
    assert csv_ids[1:] == expected
    assert w3c_ids == [f"urn:uuid:{i}" for i in expected]
    # zeta (first in the lesson) before alpha, and by start within an article.
    by_id = {a.id: a for a in annotations}
    assert [by_id[i].article_id for i in expected] == ["zeta"] * 3 + ["alpha"] * 2
    starts = [by_id[i].start for i in expected]
    assert starts[:3] == sorted(starts[:3]) and starts[3:] == sorted(starts[3:])


def test_json_round_trip(lesson: Lesson, annotations: list[Annotation]) -> None:
    orphan = replace(annotations[0], orphaned=True)
    document = json.loads(json.dumps(annotations_to_json([*annotations[1:], orphan], lesson)))
    assert document["format"] == JSON_FORMAT
    assert document["format_version"] == JSON_FORMAT_VERSION
    assert document["lesson"] == {
        "id": lesson.id,
        "version": "1.2.0",
        "content_hash": "sha256:abc123",
        "title": "One plan, two stories",
    }

    def back(record: dict[str, Any]) -> Annotation:
        target = record.pop("target")
        return Annotation(
            position=TextPositionSelector(**target["position"]),
            quote=TextQuoteSelector(**target["quote"]),
            **record,
        )

    restored = {a.id: a for a in map(back, document["annotations"])}
    assert restored == {a.id: a for a in [*annotations[1:], orphan]}
    assert restored[orphan.id].orphaned is True


def test_json_without_lesson(annotations: list[Annotation]) -> None:
    document = annotations_to_json(annotations, None)
    assert document["lesson"] is None
    ids = [a["id"] for a in document["annotations"]]
    assert ids == [a.id for a in sorted(annotations, key=lambda a: (a.article_id, a.start, a.id))]


# --- CSV ---------------------------------------------------------------------------------------


def _rows(text: str) -> list[dict[str, str]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header, *rows = list(reader)
    assert tuple(header) == CSV_COLUMNS
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_csv_parses_back_with_text_intact(lesson: Lesson, annotations: list[Annotation]) -> None:
    text = annotations_to_csv(annotations, lesson)
    rows = {row["id"]: row for row in _rows(text)}
    assert len(rows) == len(annotations)
    for annotation in annotations:
        row = rows[annotation.id]
        assert row["article_id"] == annotation.article_id
        assert row["outlet"] == lesson.article(annotation.article_id).outlet
        assert row["tag"] == annotation.tag
        assert (int(row["start"]), int(row["end"])) == (annotation.start, annotation.end)
        assert row["exact"] == annotation.quote.exact
        assert row["lesson_version"] == "1.2.0"
        assert row["orphaned"] == "false"
        assert row["created"] == annotation.created
        if not annotation.note.startswith(("=", "-")):
            assert row["note"] == annotation.note  # quotes, commas, CR LF, emoji survive
        if not annotation.student.startswith("@"):
            assert row["student"] == annotation.student

    noted = next(a for a in annotations if "loaded word" in a.note)
    assert rows[noted.id]["note"] == noted.note
    assert "🎉" in rows[noted.id]["note"] and "🎉" in rows[noted.id]["exact"]
    assert '"historic"' in rows[noted.id]["note"] and "\r\n" in rows[noted.id]["note"]
    assert rows[annotations[1].id]["outlet"] == "The Zeta Times"
    assert next(r for r in rows.values() if r["article_id"] == "alpha")["outlet"] == (
        "Alpha News, Inc."
    )
    # Survives a UTF-8 file round trip too (the emoji is outside the BMP).
    assert text.encode("utf-8-sig").decode("utf-8-sig") == text


def test_csv_guards_against_formula_injection(
    lesson: Lesson, annotations: list[Annotation]
) -> None:
    rows = {row["id"]: row for row in _rows(annotations_to_csv(annotations, lesson))}
    formula = next(a for a in annotations if a.note.startswith("="))
    dash = next(a for a in annotations if a.note.startswith("-"))
    at = next(a for a in annotations if a.student.startswith("@"))
    assert rows[formula.id]["note"] == "'" + formula.note
    assert rows[dash.id]["note"] == "'-- who said it"
    assert rows[at.id]["student"] == "'@dmin"
    for row in rows.values():
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))

    for trigger in ("=", "+", "-", "@", "\t", "\r"):
        assert guard_formula(trigger + "1+1") == "'" + trigger + "1+1"
    assert guard_formula("fine = fine") == "fine = fine"
    assert guard_formula("") == ""


def test_csv_without_lesson_keeps_columns(annotations: list[Annotation]) -> None:
    rows = _rows(annotations_to_csv(annotations, None))
    assert len(rows) == len(annotations)
    assert {row["outlet"] for row in rows} == {""}


def test_class_json_is_laid_out_one_annotation_a_line():
    from annotator.core.formats.readable_json import dumps_readable

    document = {
        "students": [{"name": "Zoë", "annotations": [{"tag": "FACT", "quote": {"exact": "“8”"}}]}],
        "empty": [],
        "none": None,
        "ratio": 0.1,
    }
    for depth in range(6):
        assert json.loads(dumps_readable(document, depth=depth)) == document
    lines = dumps_readable(document, depth=4).splitlines()
    assert '    {"tag": "FACT", "quote": {"exact": "“8”"}}' in lines  # one line, not escaped
