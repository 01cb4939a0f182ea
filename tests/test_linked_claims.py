"""Linked claims: spans of different articles linked as one claim, saved at once, undoable."""

from __future__ import annotations

import pytest

from annotator.core.annotations.annotation import NOBODY
from annotator.core.annotations.linked_claim import (
    LinkedClaim,
    claims_from_json,
    claims_to_json,
    clean_title,
)
from annotator.services import linked_claims
from annotator.services.workspace import Workspace
from annotator.storage.database import open_database


def _tag(workspace: Workspace, article_id: str, phrase: str, tag: str = "FACT"):
    text = workspace.lesson.article(article_id).text.text
    start = text.index(phrase)
    return workspace.add(workspace.prepare(article_id, start, start + len(phrase), tag))


def _beds(workspace: Workspace):
    return (
        _tag(workspace, "nbc-news", "funded for only 41,500 beds"),
        _tag(workspace, "independent", "a maximum capacity of 41,500 beds"),
        _tag(workspace, "daily-kos", "a 38,521-bed capacity"),
    )


def test_linking_makes_a_claim_whose_members_are_saved_and_survive_reopening(db_path, lesson):
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        nbc, independent, kos = _beds(workspace)
        change = linked_claims.link(workspace, [nbc, independent], title="  ICE  capacity ")
        linked_claims.apply(workspace, change.after)
        claim = change.claim
        assert claim.title == "ICE capacity"
        linked_claims.apply(workspace, linked_claims.link(workspace, [kos], claim).after)
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        assert workspace.linked_claims() == [claim]
        members = {a.article_id for a in workspace.current_annotations() if a.claim_id == claim.id}
        assert members == {"nbc-news", "independent", "daily-kos"}


def test_an_annotation_belongs_to_one_claim_and_an_emptied_claim_goes(db_path, lesson):
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        nbc, independent, kos = _beds(workspace)
        first = linked_claims.link(workspace, [nbc], title="Beds")
        linked_claims.apply(workspace, first.after)
        moved = linked_claims.link(workspace, [workspace.annotation(nbc.id), kos], title="Other")
        # nbc leaves "Beds", which has no member left: it is deleted in the same change
        assert moved.after.claims[first.claim.id] is None
        linked_claims.apply(workspace, moved.after)
        assert [c.title for c in workspace.linked_claims()] == ["Other"]
        assert workspace.annotation(nbc.id).claim_id == moved.claim.id
        linked_claims.apply(workspace, moved.before)  # undo: both as they were
        assert [c.title for c in workspace.linked_claims()] == ["Beds"]
        assert workspace.annotation(nbc.id).claim_id == first.claim.id
        assert workspace.annotation(kos.id).claim_id == ""
        unlinked = linked_claims.unlink(workspace, [workspace.annotation(nbc.id)])
        linked_claims.apply(workspace, unlinked.after)
        assert workspace.linked_claims() == [] and workspace.annotation(nbc.id).claim_id == ""
        assert independent.claim_id == ""


def test_attribution_and_rename(db_path, lesson):
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        nbc, *_ = _beds(workspace)
        linked_claims.apply(workspace, linked_claims.attribute(nbc, " NOBODY ").after)
        assert workspace.annotation(nbc.id).attribution == NOBODY
        assert linked_claims.attribute(workspace.annotation(nbc.id), "nobody").empty
        change = linked_claims.link(workspace, [workspace.annotation(nbc.id)], title="Beds")
        linked_claims.apply(workspace, change.after)
        renamed = linked_claims.rename(change.claim, "Bed capacity\nof ICE")
        linked_claims.apply(workspace, renamed.after)
        assert workspace.linked_claims()[0].title == "Bed capacity of ICE"


def test_the_claims_list_names_members_and_is_read_back_checked(db_path, lesson):
    with open_database(db_path) as database:
        workspace = Workspace(database, lesson, "Ada")
        nbc, independent, kos = _beds(workspace)
        change = linked_claims.link(workspace, [nbc, kos], title="Beds")
        linked_claims.apply(workspace, change.after)
        empty = LinkedClaim("empty", "No members")
        annotations = workspace.current_annotations()
        items = claims_to_json([*workspace.linked_claims(), empty], annotations)
    assert items == [{"id": change.claim.id, "title": "Beds", "members": [kos.id, nbc.id]}]
    (read,) = claims_from_json(items, annotations, lesson.id)
    assert (read.id, read.title, read.lesson_id) == (change.claim.id, "Beds", lesson.id)
    assert claims_from_json(None, annotations) == ()
    with pytest.raises(ValueError, match=r"claims\[1\]\.members names 'nobody'"):
        claims_from_json([{**items[0], "members": ["nobody"]}], annotations)
    with pytest.raises(ValueError, match=r"claims\[1\]\.members names .* whose claim_id"):
        claims_from_json([{**items[0], "members": [independent.id]}], annotations)
    with pytest.raises(ValueError, match=r"claims\[2\]\.id .* twice"):
        claims_from_json([items[0], items[0]], annotations)
    with pytest.raises(ValueError, match="claims must be a list"):
        claims_from_json({"id": "x"}, annotations)
    # a member whose claim the list lacks keeps its link, under an untitled claim
    assert [c.title for c in claims_from_json([], annotations)] == [clean_title("")]


def test_claim_operations_are_undoable_and_announce_each_change(qtbot, window):
    from annotator.qt.claim_operations import claim_operations

    workspace = window.workspace
    nbc, independent, _ = _beds(workspace)
    operations = claim_operations(window.operations)
    assert claim_operations(window.operations) is operations  # one per lesson
    with qtbot.waitSignal(operations.claims_did_change):
        claim = operations.link([nbc, independent], title="Beds")
    assert {a.claim_id for a in map(workspace.annotation, (nbc.id, independent.id))} == {claim.id}
    assert window.operations.undo_stack.undoText() == "Link to claim “Beds”"
    operations.set_attribution(nbc, "NBC News")
    window.operations.undo_stack.undo()
    assert workspace.annotation(nbc.id).attribution == ""
    window.operations.undo_stack.undo()
    assert workspace.linked_claims() == [] and workspace.annotation(nbc.id).claim_id == ""
    window.operations.undo_stack.redo()
    assert workspace.linked_claims() == [claim]
    shown = window.model.annotations()
    assert {a.claim_id for a in shown if a.id in (nbc.id, independent.id)} == {claim.id}
