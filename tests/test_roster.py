"""The class roster from a CSV, as Canvas and spreadsheets write them: every case of a bad file
is refused with every problem named, and nothing is taken from it."""

from __future__ import annotations

import pytest

from annotator.core.classroom.roster import RosterEntry, RosterError, match, parse_roster

CANVAS_EXPORT = (
    "Student,ID,SIS User ID,SIS Login ID,Section,Reading 1 (3301),Current Score\r\n"
    "    Points Possible,,,,,10.00,(read only)\r\n"
    '"Smith, Ava",101,S001,ava.smith,Period 2,8.00,80.00\r\n'
    '"Adams, Zoë",102,S002,zoe.adams,Period 2,,\r\n'
    '"王, 伟",103,S003,wang.wei,Period 3,9.00,90.00\r\n'
    '"Student, Test",999,,,Period 2,,\r\n'
    "    Muted,,,,,,\r\n"
)


def test_a_canvas_gradebook_export_gives_every_student_and_their_ids():
    roster = parse_roster(CANVAS_EXPORT.encode("utf-8"))
    assert roster.kind == "canvas"
    assert [e.name for e in roster.entries] == ["Smith, Ava", "Adams, Zoë", "王, 伟"]
    ava = roster.entries[0]
    assert (ava.canvas_id, ava.sis_user_id, ava.sis_login_id, ava.section) == (
        "101",
        "S001",
        "ava.smith",
        "Period 2",
    )
    assert roster.skipped == ("row 6: Canvas' test student, left out",)


def test_a_byte_order_mark_and_windows_line_ends_are_read():
    roster = parse_roster(b"\xef\xbb\xbf" + CANVAS_EXPORT.encode("utf-8"))
    assert roster.entries[0].name == "Smith, Ava"


def test_european_excel_semicolons_and_its_code_page_are_read():
    text = "Name;ID\r\nZoë Adams;S002\r\nRenée Lévesque;S010\r\n"
    roster = parse_roster(text.encode("cp1252"))  # "CSV" rather than "CSV UTF-8" on Windows
    assert roster.kind == "plain"
    assert [(e.name, e.sis_user_id) for e in roster.entries] == [
        ("Zoë Adams", "S002"),
        ("Renée Lévesque", "S010"),
    ]


def test_a_plain_name_and_id_roster_with_tabs_and_a_student_without_id():
    roster = parse_roster(b"name\tid\nAva Smith\tS001\nAlex Kim\n")
    assert [(e.name, e.sis_user_id) for e in roster.entries] == [
        ("Ava Smith", "S001"),
        ("Alex Kim", ""),
    ]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "empty"),
        (b"name,id\r\n", "lists no students"),
        (b"id,section\r\nS001,P2\r\n", "no column for the student's name"),
        (b"name,section\r\nAva,P2\r\n", "no id column"),
        (b"name,id\r\nAva,S001\r\nIvan,s001\r\n", "rows 2 and 3 have the same id 's001'"),
        (b"name,id\r\nAva,S001\r\n,S002\r\n", "row 3 has no name"),
    ],
)
def test_a_roster_that_cannot_be_used_is_refused_saying_why(data, said):
    with pytest.raises(RosterError) as caught:
        parse_roster(data, "roster.csv")
    assert said in str(caught.value)
    assert str(caught.value).startswith("The roster roster.csv cannot be used:")


def test_every_problem_is_listed_not_just_the_first():
    data = (
        b"Student,ID,SIS User ID,SIS Login ID,Section\n"
        b"Ava,1,S001,ava,P\nBen,1,S002,ben,P\nCleo,3,S002,cleo,P\n"
    )
    with pytest.raises(RosterError) as caught:
        parse_roster(data)
    assert caught.value.problems == [
        "rows 2 and 3 have the same ID '1'",
        "rows 3 and 4 have the same SIS User ID 'S002'",
    ]


ROSTER = [
    RosterEntry("a", "Smith, Ava", "101", "S001", "ava.smith"),
    RosterEntry("m", "Rossi, Maya", "102", "S002", "maya.rossi"),
    RosterEntry("k1", "Kim, Alex", "103", "S003"),
    RosterEntry("k2", "Kim, Alex", "104", "S004"),
    RosterEntry("z", "Adams, Zoë", "105", ""),
]


@pytest.mark.parametrize(
    ("name", "typed_id", "key"),
    [
        ("Ava Smith", "S001", "a"),
        ("ava", "s001 ", "a"),  # a first name and the id, in any case
        ("Ava Smith", "ava.smith", "a"),  # the login works as the id too
        ("  MAYA   rossi ", "", "m"),  # no id: the name alone, when only one has it
        ("Maya R.", "", "m"),
        ("Zoe Adams", "", "z"),  # without the accent
        ("Alex Kim", "S004", "k2"),
        ("Alex Kim", "", None),  # two Alex Kims: no guess
        ("Ivan", "S001", None),  # Ava's id, another name
        ("Ivan Petrov", "", None),
        ("Maya Rossi", "S999", "m"),  # an id on no entry, the name is one: matched by name
    ],
)
def test_a_submission_finds_its_roster_entry_or_none(name, typed_id, key):
    found = match(ROSTER, name, typed_id)
    assert (found.entry.key if found.entry else None) == key, found.reason
