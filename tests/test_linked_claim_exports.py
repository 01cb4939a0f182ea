"""Linked claims and attributions travel: submissions, class import, JSON and W3C exports,
the reports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from w3c_suite import ANNOTATION_MUSTS, W3CSuite

from annotator.core.classroom.submission import SubmissionError, parse_submission
from annotator.core.formats.w3c import annotation_iri
from annotator.services import linked_claims
from annotator.services.classroom import ADDED, Classroom
from annotator.services.exports import student_text
from annotator.services.submit import write_submission
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from tests.beside import need
from tests.test_linked_claims import _beds
from tests.w3c_suite import suite_root


def _student(db_path, lesson):
    """A student's database with the three bed figures linked as one claim, NBC's credited
    to nobody; returns the claim and the three annotations."""
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        nbc, independent, kos = _beds(workspace)
        change = linked_claims.link(workspace, [nbc, independent, kos], title="ICE capacity")
        linked_claims.apply(workspace, change.after)
        linked_claims.apply(
            workspace, linked_claims.attribute(workspace.annotation(nbc.id), "nobody").after
        )
        return change.claim, [workspace.annotation(a.id) for a in (nbc, independent, kos)]


def test_a_submission_carries_the_claims_and_the_class_stores_them(tmp_path, db_path, lesson):
    claim, members = _student(db_path, lesson)
    with open_database(db_path) as database:
        path, _count = write_submission(
            database, lesson, tmp_path / "ada.submission.json", student_name="Ada"
        )
    body = json.loads(path.read_text(encoding="utf-8"))
    assert body["claims"] == [
        {
            "id": claim.id,
            "title": "ICE capacity",
            "members": [a["id"] for a in body["annotations"]],
        }
    ]
    assert sorted(body["claims"][0]["members"]) == sorted(a.id for a in members)
    assert {a["claim_id"] for a in body["annotations"]} == {claim.id}
    submission = parse_submission(path.read_bytes())
    assert submission.intact and [c.title for c in submission.claims] == ["ICE capacity"]
    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        assert classroom.import_file(path).status == ADDED
        (result,) = classroom.results().values()
        assert [c.title for c in result.claims] == ["ICE capacity"]
        nbc = next(a for a in result.annotations if a.article_id == "nbc-news")
        assert nbc.claim_id == claim.id and nbc.attribution == "nobody"


def test_a_claims_list_naming_another_students_spans_is_refused_in_words(tmp_path, lesson):
    _claim, _members = _student(tmp_path / "s.db", lesson)
    with open_database(tmp_path / "s.db") as database:
        path, _ = write_submission(database, lesson, tmp_path / "a.json", student_name="Ada")
    body = json.loads(path.read_text(encoding="utf-8"))
    body["claims"][0]["members"].append("someone-else")
    with pytest.raises(SubmissionError, match=r"claims\[1\]\.members names 'someone-else'"):
        parse_submission(json.dumps(body).encode(), "a.json")


def test_the_json_export_lists_claims_with_member_ids(db_path, lesson):
    claim, members = _student(db_path, lesson)
    with open_database(db_path) as database:
        document = json.loads(student_text(database, "json", lesson))
    assert document["claims"] == [
        {
            "id": claim.id,
            "title": "ICE capacity",
            "members": [a["id"] for a in document["annotations"]],
        }
    ]
    assert sorted(document["claims"][0]["members"]) == sorted(a.id for a in members)


def test_the_csv_export_gives_each_row_its_claim_and_attribution(db_path, lesson):
    claim, (nbc, independent, _kos) = _student(db_path, lesson)
    with open_database(db_path) as database:
        text = student_text(database, "csv", lesson)
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}
    assert {row["claim_title"] for row in rows.values()} == {"ICE capacity"}
    assert {row["claim_id"] for row in rows.values()} == {claim.id}
    assert (rows[nbc.id]["attribution"], rows[independent.id]["attribution"]) == ("nobody", "")


def test_the_w3c_export_links_the_members_and_passes_the_suite(db_path, lesson):
    suite_path = suite_root()
    need(suite_path / ANNOTATION_MUSTS, "the W3C Web Annotation test suite")
    suite = W3CSuite(suite_path)
    _claim, members = _student(db_path, lesson)
    with open_database(db_path) as database:
        collection = json.loads(student_text(database, "w3c", lesson))
    items = collection["first"]["items"]
    (link,) = [item for item in items if item["motivation"] == "linking"]
    assert link["body"]["value"] == "ICE capacity"
    assert sorted(link["target"]) == sorted(annotation_iri(a.id) for a in members)
    assert {item["id"] for item in items} >= set(link["target"])  # each member is in the file
    nbc = next(item for item in items if item["id"] == annotation_iri(members[0].id))
    assert {
        "type": "TextualBody",
        "purpose": "describing",
        "value": "credited to: nobody",
        "format": "text/plain",
    } in nbc["body"]
    assert suite.check_annotation(link) == []
    assert suite.check_collection(collection) == []


def test_the_reports_show_the_claims_across_outlets(tmp_path, db_path, lesson):
    from annotator.core.formats.class_report import class_report_html
    from annotator.core.formats.student_report import student_report_html

    _student(db_path, lesson)
    with open_database(db_path) as database:
        path, _ = write_submission(database, lesson, tmp_path / "a.json", student_name="Ada")
    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        classroom.import_file(path)
        (result,) = classroom.results().values()
    report = student_report_html(lesson, result)
    section = report[report.index("The same claim across outlets") :]
    assert "ICE capacity" in section and "3 of 3 outlets" in section
    assert "the figures disagree" in section and "38,521" in section
    assert "◆ an outlet credits no one" in section
    # What the link earned, by the key's linked claim it matched, in the score box.
    score_box = report[: report.index("The same claim across outlets")]
    assert (
        "You linked 1 of the 8 claims the outlets share across articles (1 point): "
        "“ICE detention capacity”." in score_box
    )
    whole = class_report_html(lesson, [result])
    assert "1 student linked claims" in whole and "ICE capacity" in whole
