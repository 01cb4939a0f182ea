"""A class's linked claims in grading: a student's links, handed in and imported, earn the key's
linked claims, and the graded exports itemise the credit."""

from __future__ import annotations

import csv
import io
import json

from annotator.core.formats.gradebook import LINKED_COLUMN
from annotator.services import linked_claims
from annotator.services.classroom import ADDED, Classroom
from annotator.services.exports import class_text
from annotator.services.submit import write_submission
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database
from tests.test_linked_claims import _beds


def _hand_in(tmp_path, lesson, name: str, link: bool):
    db = tmp_path / f"{name}.db"
    with open_database(db) as database:
        workspace = Workspace(database, lesson, name)
        nbc, independent, _kos = _beds(workspace)
        if link:
            change = linked_claims.link(workspace, [nbc, independent], title="Beds")
            linked_claims.apply(workspace, change.after)
        path, _count = write_submission(
            database, lesson, tmp_path / f"{name}.submission.json", student_name=name
        )
    return path


def test_a_students_links_earn_the_keys_linked_claim_in_the_class(tmp_path, lesson):
    linked = _hand_in(tmp_path, lesson, "Ada", link=True)
    unlinked = _hand_in(tmp_path, lesson, "Grace", link=False)
    with open_database(tmp_path / "teacher.db") as database:
        classroom = Classroom(database, lesson)
        assert classroom.import_file(linked).status == ADDED
        assert classroom.import_file(unlinked).status == ADDED
        results = {r.name: r for r in classroom.results().values()}
        ada, grace = results["Ada"].grade, results["Grace"].grade
        capacity = next(c for c in ada.links if c.claim_id == "detention-capacity")
        assert capacity.earned == 1.0
        assert capacity.reason == "linked across The Independent and NBC News: 1 of 1 point"
        assert ada.points_earned == grace.points_earned + 1
        assert all(c.earned == 0 for c in grace.links)

        document = json.loads(class_text(classroom, "json"))
        by_name = {s["name"]: s for s in document["students"]}
        ada_links = {c["linked_claim"]: c for c in by_name["Ada"]["links"]}
        assert ada_links["detention-capacity"]["earned"] == 1.0
        assert ada_links["detention-capacity"]["articles"] == ["independent", "nbc-news"]
        claims = {c["id"]: c for c in document["linked_claims"]}
        assert claims["detention-capacity"]["title"] == "ICE detention capacity"
        members = claims["detention-capacity"]["members"]
        assert {document["key"][i]["article_id"] for i in members} == {
            "nbc-news",
            "independent",
            "daily-kos",
        }

        book = class_text(classroom, "gradebook").lstrip("\ufeff")
        rows = {row["Student"]: row for row in csv.DictReader(io.StringIO(book))}
        assert rows["Ada"][LINKED_COLUMN] == "1" and rows["Grace"][LINKED_COLUMN] == "0"
