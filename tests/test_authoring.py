"""Making a lesson from captures and saved pages (the core of File > New Lesson)."""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.annotations.annotation import new_annotation
from annotator.core.annotations.key_tagging import key_from_annotations, key_linked_claims
from annotator.core.classroom.grading import grade_class
from annotator.core.lessons.authoring.draft import (
    PARAGRAPH_KINDS,
    ArticleDraft,
    ArticleMeta,
    DraftParagraph,
    reads_back,
)
from annotator.core.lessons.authoring.html_article import extract_page
from annotator.core.lessons.authoring.key_spans import KeyDetails, key_span
from annotator.core.lessons.authoring.lesson_draft import (
    LessonDraft,
    draft_from_pack,
    draft_lesson,
    draft_problems,
    next_version,
)
from annotator.core.lessons.authoring.new_lesson import article_from, new_draft
from annotator.core.lessons.authoring.pack_writer import build_zips, save_pack
from annotator.core.lessons.authoring.source_bytes import (
    SourceError,
    decode_source,
    read_source,
)
from annotator.core.lessons.builtin import builtin_lesson_path
from annotator.core.lessons.lesson import KeySpan
from annotator.core.lessons.pack import PackError, load_pack
from tests.authoring_steps import CAPTURES, SEEDS, cut_chrome
from tests.beside import need
from tests.saved_pages import page, save, seed_paragraphs
from tests.synthetic_class import synthetic_work


@pytest.fixture(scope="module")
def builtin():
    return load_pack(builtin_lesson_path())


def seed_draft() -> tuple[LessonDraft, dict[str, list[str]]]:
    """New Lesson on the three captures, the chrome cut, ids as the built-in lesson's."""
    need(SEEDS, "the seed articles (../shared/seeds)")
    articles, cuts = [], {}
    for name, article_id, outlet in CAPTURES:
        article = article_from(read_source(SEEDS / name)).with_meta(outlet=outlet)
        article, cut = cut_chrome(article)
        articles.append(article)
        cuts[article_id] = cut
    draft = new_draft(articles, "Released back into the U.S.")
    for index, (_name, article_id, _outlet) in enumerate(CAPTURES):
        draft = draft.with_article(index, draft.articles[index].with_id(article_id))
    return draft, cuts


def test_the_seed_captures_give_the_built_in_articles_word_for_word(builtin):
    draft, cuts = seed_draft()
    lesson = draft_lesson(draft)
    for article in lesson.articles:
        assert article.text.text == builtin.article(article.id).text.text, article.id
    # What the teacher had to cut: the seeds README's chrome, and only that.
    assert cuts == {
        "nbc-news": ["—", "Get more news LIVE on  NBC NEWS NOW. >", "Julia Ainsley"],
        "independent": ["open image in gallery", "Your support helps us to tell the story "],
        "daily-kos": [],
    }
    # Furniture the reader moved into the metadata, listed as removed for the teacher to see.
    nbc = draft.articles[0]
    assert nbc.meta.headline == builtin.article("nbc-news").headline
    assert (nbc.meta.byline, nbc.meta.published) == ("Julia Ainsley", "Feb. 3, 2025, 4:00 AM PST")
    assert draft.articles[2].meta.published == "2025-02-07"
    assert "8,000 immigrants" in draft.instructions  # the starter's FACT example, from the text


def test_a_saved_article_says_where_its_text_came_from(tmp_path):
    draft, _ = seed_draft()
    saved = save_pack(draft, tmp_path / "pack")
    assert saved.lesson.article("independent").source_note == (
        "Extracted in the app from 003_fc745d481be2dcaf.txt (text capture); "
        "2 paragraphs cut as page chrome or moved into these fields."
    )


def test_a_key_tagged_in_key_mode_grades_students_as_the_hand_written_key(builtin, tmp_path):
    draft, _cuts = seed_draft()
    lesson = draft_lesson(draft)
    # The teacher tags each claim of the built-in key: its words, tag, note (the rationale),
    # points, accepted tags and key words, as key mode records them.
    annotations, details, key_words = [], {}, {}
    for span in builtin.key:
        annotation = new_annotation(
            text=lesson.article(span.article_id).text.text,
            start=span.position.start,
            end=span.position.end,
            lesson_id=lesson.id,
            article_id=span.article_id,
            tag=span.tag,
            note=span.note,
        )
        # ... and links the claims the outlets share (L), as students do
        annotations.append(annotation.with_changes(claim_id=span.linked_claim))
        details[annotation.id] = KeyDetails(span.points, span.alternatives)
        key_words[annotation.id] = span.key_words
    titles = {claim.id: claim.title for claim in builtin.rules.linked_claims}
    key = key_from_annotations(lesson, annotations, details, key_words)
    key, linked = key_linked_claims(lesson, key, titles, builtin.rules.linked_claims)
    rules = replace(builtin.rules, linked_claims=linked)
    saved = save_pack(draft.changed(key=key, key_lesson=lesson, rules=rules), tmp_path / "m")
    made = saved.lesson
    assert len(made.key) == len(builtin.key)
    assert made.rules.linked_claims == builtin.rules.linked_claims

    def links(lesson):
        return {
            (s.article_id, s.position.start, s.position.end): s.linked_claim for s in lesson.key
        }

    assert links(made) == links(builtin)
    work = synthetic_work(builtin, size=12)
    by_hand, tagged = grade_class(work, builtin), grade_class(work, made)
    for name in work:
        assert tagged[name].score == pytest.approx(by_hand[name].score), name
        assert tagged[name].points_earned == pytest.approx(by_hand[name].points_earned), name
        assert tagged[name].outcomes == by_hand[name].outcomes, name


def test_the_app_writes_a_prefix_where_the_tagged_words_repeat(tmp_path):
    draft, _ = seed_draft()
    lesson = draft_lesson(draft)
    text = lesson.article("independent").text.text
    second = text.index("8,000", text.index("8,000") + 1)  # "about 8,000 since Trump took office"
    key = (key_span(lesson, "independent", second, second + 5, "FACT", "The same figure."),)
    saved = save_pack(draft.changed(key=key, key_lesson=lesson), tmp_path / "pack")
    written = (tmp_path / "pack" / "key.toml").read_text("utf-8")
    assert 'exact = "8,000"' in written and "prefix = " in written
    assert saved.lesson.key[0].position.start == second


def test_a_saved_page_gives_its_article_metadata_and_captions(tmp_path):
    paragraphs = seed_paragraphs(need(SEEDS, "seeds") / "000_48e44d3d37e51958.txt")[1:]
    html = page(
        paragraphs,
        title="ICE is releasing detainees",
        outlet="Daily Kos",
        author="Alex Writer",
        date="2025-02-07T10:00:00Z",
        url="https://www.dailykos.com/stories/2025/2/7/ice",
        caption="Marco Rubio during his meeting with Nayib Bukele.",
    )
    draft = extract_page(read_source(save(tmp_path, "kos.html", html)))
    assert draft.meta == ArticleMeta(
        outlet="Daily Kos",
        headline="ICE is releasing detainees",
        byline="Alex Writer",
        published="2025-02-07",
        source_url="https://www.dailykos.com/stories/2025/2/7/ice",
    )
    texts = [p.text for p in draft.paragraphs]
    assert texts[-len(paragraphs) :] == paragraphs  # every paragraph, word for word, in order
    captions = [p.text for p in draft.paragraphs if p.kind == "caption"]
    assert captions == ["Marco Rubio during his meeting with Nayib Bukele."]
    chrome = " ".join(texts)
    for furniture in ("cookies", "Most read", "All rights reserved", "Politics", "fetch("):
        assert furniture not in chrome


def test_a_page_is_extracted_without_any_network_request(tmp_path, monkeypatch):
    html = page(
        [f"Words of paragraph {n} of the article. " * 20 for n in range(4)],
        title="A headline here",
        outlet="Outlet",
    )
    path = save(tmp_path, "page.html", html)
    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    draft = extract_page(read_source(path))
    assert calls == [] and draft.word_count() == 4 * 7 * 20 and not draft.meta.published


@pytest.mark.parametrize(
    ("charset", "encoding", "words"),
    [
        ("windows-1252", "cp1252", "“Café” – the mayor’s résumé, naïve façade, 5 € ‰"),
        ("iso-8859-1", "cp1252", "Browsers read “this label” as Windows-1252 — so do we"),
        ("shift_jis", "shift_jis", "東京都は本日、新しい橋の建設を承認したと発表した。"),
    ],
)
def test_pages_in_other_encodings_come_through_word_for_word(tmp_path, charset, encoding, words):
    paragraphs = [f"{words} {n}. " + words * 6 for n in range(5)]
    html = page(paragraphs, title=words[:20], outlet="Outlet", charset=charset)
    draft = extract_page(read_source(save(tmp_path, "page.html", html, encoding)))
    assert [p.text for p in draft.paragraphs][-5:] == [" ".join(p.split()) for p in paragraphs]


def test_bad_sources_get_a_message_naming_the_file(tmp_path):
    pdf = tmp_path / "story.html"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(SourceError, match=r"story\.html: this is a PDF document"):
        read_source(pdf)
    huge = tmp_path / "huge.html"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(SourceError, match=r"huge\.html: larger than 20 MB"):
        read_source(huge)
    empty = save(
        tmp_path, "front.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    )
    with pytest.raises(SourceError, match=r"front\.html: no article was found"):
        extract_page(read_source(empty))
    with pytest.raises(SourceError, match=r"notes\.docx: not a saved page"):
        read_source(tmp_path / "notes.docx")
    with pytest.raises(SourceError, match="not text"):
        decode_source("x.txt", "text", b"\x00\x01\x02\x03" * 100)


def test_an_article_of_200000_words_works(tmp_path):
    paragraph = " ".join(f"word{n}" for n in range(200)) + "."
    text = "\n\n".join([paragraph] * 1000)  # 200,000 words
    path = tmp_path / "long.txt"
    path.write_text(text, "utf-8")
    long = article_from(read_source(path)).with_meta(outlet="Long")
    short = article_from(read_source(save(tmp_path, "b.txt", "A second article. " * 20)))
    draft = new_draft([long, short.with_meta(outlet="Short")], "Long", "long")
    saved = save_pack(draft, tmp_path / "long-pack")
    assert saved.lesson.articles[0].text.word_count == 200_000


def test_every_problem_is_listed_and_nothing_is_half_saved(tmp_path, builtin):
    one = article_from(read_source(save(tmp_path, "a.txt", "Just one article here. " * 5)))
    draft = LessonDraft(id="Bad Id", title="", articles=(one,), instructions="")
    problems = [str(p) for p in draft_problems(draft)]
    assert any("'Bad Id' is not a lesson id" in p for p in problems)
    assert any("the lesson needs a title" in p for p in problems)
    assert any("1 articles; a lesson made here has 2 to 5" in p for p in problems)
    assert any("fill in the outlet" in p for p in problems)
    assert any("instructions are empty" in p for p in problems)
    with pytest.raises(PackError):
        save_pack(draft, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no folder, no leftovers


def test_editing_a_pack_saves_its_next_version_with_the_key_kept(tmp_path, builtin):
    draft = draft_from_pack(str(builtin_lesson_path()))
    assert draft.version == "1.0.1"
    fixed = draft.articles[2].with_meta(byline="Daily Kos staff")
    draft = draft.with_article(2, fixed).changed(instructions=draft.instructions + "\nGood luck.")
    saved = save_pack(draft, tmp_path / "ice")
    lesson = saved.lesson
    assert (lesson.version, lesson.article("daily-kos").byline) == ("1.0.1", "Daily Kos staff")
    assert [a.text.text for a in lesson.articles] == [a.text.text for a in builtin.articles]
    assert lesson.key == builtin.key and lesson.rules == builtin.rules
    assert lesson.content_hash != builtin.content_hash  # students' work re-anchors
    # Saving over it again replaces the folder whole.
    again = save_pack(draft_from_pack(str(tmp_path / "ice")), tmp_path / "ice")
    assert again.lesson.version == "1.0.2"
    assert [p.name for p in tmp_path.iterdir()] == ["ice"]


def test_both_zips_are_built_in_one_step(tmp_path):
    draft, _ = seed_draft()
    lesson = draft_lesson(draft)
    key = (key_span(lesson, "daily-kos", 0, 35, "FACT"),)
    saved = save_pack(draft.changed(key=key, key_lesson=lesson), tmp_path / "pack")
    built = build_zips(saved.folder, tmp_path / "t.zip", tmp_path / "s.zip")
    teacher, student = load_pack(built.teacher), load_pack(built.student)
    assert len(teacher.key) == 1 and not student.has_key
    assert teacher.content_hash == student.content_hash == saved.lesson.content_hash


@pytest.mark.parametrize("version", ["1.0.0", "2", "v3", "1.9", "2025-spring"])
def test_next_version_bumps_the_last_number(version):
    bumped = next_version(version)
    assert bumped != version and bumped[:-1].startswith(version[:-1].rstrip("0123456789")[:1])


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60
).filter(lambda t: t.strip() == t and t and not any(c in t for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.sampled_from(PARAGRAPH_KINDS)), min_size=1, max_size=6))
def test_any_paragraphs_read_back_word_for_word(paragraphs):
    draft = ArticleDraft(
        "a",
        ArticleMeta(outlet="O"),
        tuple(DraftParagraph(text, kind) for text, kind in paragraphs),
    )
    assert reads_back(draft)


_WORD = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Z")), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORD, min_size=2, max_size=10), st.data())
def test_splitting_a_paragraph_keeps_every_word(words, data):
    text = " ".join(words)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    at = data.draw(st.sampled_from(spaces))
    draft = ArticleDraft("a", ArticleMeta(outlet="O"), (DraftParagraph(text),))
    split = draft.splitting(0, at)
    assert len(split.paragraphs) == 2
    assert " ".join(p.text for p in split.paragraphs).split() == text.split()


def test_pack_new_on_the_command_line_writes_a_pack_or_nothing(tmp_path):
    from tests.cli_run import annotator

    seeds = [str(SEEDS / name) for name, _id, _outlet in CAPTURES]
    need(SEEDS, "the seed articles (../shared/seeds)")
    listed = annotator("pack", "new", *seeds, "--list")
    assert listed.returncode == 0, listed.stderr
    assert "     5. Get more news LIVE" in listed.stdout  # the numbers --drop takes
    assert "  -  7. By Julia Ainsley" in listed.stdout  # moved to the byline, listed as removed
    refused = annotator("pack", "new", *seeds, "--title", "T", "--out", str(tmp_path / "p"))
    assert refused.returncode == 1 and "fill in the outlet" in refused.stderr
    assert not (tmp_path / "p").exists()
    outlets = [arg for _n, _id, outlet in CAPTURES for arg in ("--outlet", outlet)]
    made = annotator(
        "pack", "new", *seeds, "--title", "Released", *outlets,
        "--split", "2:11:4", "--drop", "2:1", "--drop", "2:11", "--drop", "1:5",
        "--out", str(tmp_path / "p"),
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    lesson = load_pack(tmp_path / "p")
    assert [a.outlet for a in lesson.articles] == ["NBC News", "The Independent", "Daily Kos"]
    assert "open image in gallery" not in lesson.articles[1].text.text
    assert "Get more news" not in lesson.articles[0].text.text


def test_claims_linked_in_key_mode_become_the_keys_linked_claims(builtin):
    """A claim the teacher links in key mode gets an id from its title and, as figures, the
    words of the figures its outlets give differently; a claim in one article links nothing."""

    def span_over(article_id: str, words: str) -> KeySpan:
        text = builtin.article(article_id).text.text
        start = text.index(words)
        return key_span(builtin, article_id, start, start + len(words), "FACT")

    nbc = replace(span_over("nbc-news", "funded for only 41,500 beds"), linked_claim="c1")
    kos = replace(span_over("daily-kos", "a 38,521-bed capacity"), linked_claim="c1")
    alone = replace(span_over("daily-kos", "housed 42,000 immigrants"), linked_claim="c2")
    spans, claims = key_linked_claims(
        builtin, (nbc, kos, alone), {"c1": "ICE beds", "c2": "Held at the border"}
    )
    assert [claim.id for claim in claims] == ["ice-beds"]
    assert claims[0].title == "ICE beds" and claims[0].points == 1.0
    assert set(claims[0].figures) == {"only 41,500 beds", "38,521-bed"}
    assert [span.linked_claim for span in spans] == ["ice-beds", "ice-beds", ""]
