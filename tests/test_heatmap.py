from annotator.core.annotations.annotation import new_annotation
from annotator.core.classroom.heatmap import heat_segments

TEXT = "The agency released 160 detainees on Monday, officials said."


def _a(student, phrase, tag, article="a"):
    start = TEXT.index(phrase)
    return new_annotation(
        text=TEXT, start=start, end=start + len(phrase), lesson_id="l", article_id=article, tag=tag,
        student=student,
    )  # fmt: skip


def test_segments_count_students_and_tags():
    by_student = {
        "ada": [_a("ada", "released 160 detainees", "FACT")],
        "ben": [_a("ben", "160 detainees", "FACT"), _a("ben", "officials said", "QUOTE")],
        "cy": [_a("cy", "160", "FRAMING"), _a("cy", "Monday", "FACT", article="other")],
    }
    segments = heat_segments(by_student, "a")
    as_text = [(TEXT[s.start : s.end], s.students, s.by_tag) for s in segments]
    assert as_text == [
        ("released ", 1, (("FACT", 1),)),
        ("160", 3, (("FACT", 2), ("FRAMING", 1))),
        (" detainees", 2, (("FACT", 2),)),
        ("officials said", 1, (("QUOTE", 1),)),
    ]


def test_a_student_who_tags_a_span_twice_counts_once():
    by_student = {"ada": [_a("ada", "160", "FACT"), _a("ada", "160 detainees", "FACT")]}
    segments = heat_segments(by_student, "a")
    assert [(TEXT[s.start : s.end], s.students) for s in segments] == [("160 detainees", 1)]


def test_heat_map_gives_every_article_in_one_pass():
    from dataclasses import replace

    from annotator.core.classroom.heatmap import heat_map

    lost = replace(_a("cy", "Monday", "FACT"), orphaned=True)
    by_student = {
        "ada": [_a("ada", "released 160", "FACT"), _a("ada", "officials", "QUOTE", article="b")],
        "ben": [_a("ben", "160 detainees", "FRAMING")],
        "cy": [lost, _a("cy", "officials said", "QUOTE", article="b")],
    }
    maps = heat_map(by_student)
    assert set(maps) == {"a", "b"}
    for article_id, segments in maps.items():
        assert segments == heat_segments(by_student, article_id)
    assert [(TEXT[s.start : s.end], s.students, s.by_tag) for s in maps["a"]] == [
        ("released ", 1, (("FACT", 1),)),
        ("160", 2, (("FACT", 1), ("FRAMING", 1))),
        (" detainees", 1, (("FRAMING", 1),)),
    ]
    assert [(TEXT[s.start : s.end], s.students) for s in maps["b"]] == [
        ("officials", 2),
        (" said", 1),
    ]
    assert heat_segments(by_student, "nowhere") == []


def test_stretches_with_the_same_tags_run_together():
    # Ada's FACT ends where Ben's begins: one stretch of one FACT student, not two.
    by_student = {
        "ada": [_a("ada", "released 160", "FACT")],
        "ben": [_a("ben", " detainees", "FACT")],
    }
    segments = heat_segments(by_student, "a")
    assert [(TEXT[s.start : s.end], s.students) for s in segments] == [
        ("released 160 detainees", 1)
    ]
