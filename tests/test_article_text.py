"""The canonical text: what students read, word for word, and the offsets everything counts in."""

import pytest

from annotator.core.text.article_text import ArticleSyntaxError, BlockKind, Utf16Map, parse_article
from tests.beside import SHARED, need

SEEDS = SHARED / "seeds"

# Page chrome that the seeds README names; everything else must reach students unchanged.
CHROME = {
    "000_48e44d3d37e51958.txt": ["date 2025-02-07"],
    "003_fc745d481be2dcaf.txt": ["date 2025-02-03 Your support helps us", "open image in gallery"],
    "004_1efa57afbbcef83b.txt": [
        "EXCLUSIVE",
        "IMMIGRATION",
        "Get more news",
        "Feb. 3, 2025, 4:00 AM PST",
        "By **Julia Ainsley**",
    ],
}


def _plain(markdown_paragraph: str) -> str:
    text, _ = __import__("annotator.core.text.article_text", fromlist=["x"]).parse_inline(
        markdown_paragraph
    )
    return text


@pytest.mark.parametrize("seed", sorted(CHROME))
def test_every_sentence_of_the_reporting_reaches_students_word_for_word(seed, lesson):
    need(SEEDS / seed, "the seed articles (../shared/seeds)")
    texts = "\n".join(article.text.text for article in lesson.articles)
    paragraphs = [p.strip() for p in (SEEDS / seed).read_text("utf-8").split("\n\n") if p.strip()]
    checked = 0
    for paragraph in paragraphs:
        if any(paragraph.startswith(chrome) for chrome in CHROME[seed]):
            continue
        if paragraph == "Julia Ainsley":  # the byline repeated above the author bio
            continue
        plain = _plain(paragraph).removeprefix("— ")
        assert plain in texts, f"{seed}: not found word for word: {plain[:80]!r}"
        checked += 1
    assert checked >= 10


def test_the_built_in_lesson_marks_captions_and_cuts_chrome(lesson):
    nbc = lesson.article("nbc-news")
    kinds = [block.kind for block in nbc.text.blocks]
    assert kinds[0] == BlockKind.HEADLINE
    assert BlockKind.CAPTION in kinds and BlockKind.BIO in kinds
    independent = lesson.article("independent").text.text
    assert "Your support helps us" not in independent
    assert "open image in gallery" not in independent
    caption = next(b for b in lesson.article("daily-kos").text.blocks if b.kind == "caption")
    assert caption.text.startswith("Secretary of State Marco Rubio during his meeting")


def test_inline_markdown_becomes_plain_text_with_spans():
    article = parse_article("Get **bold** and *it* and [a link](#) here.\n\nSecond para.")
    assert article.text == "Get bold and it and a link here.\nSecond para."
    kinds = {(s.kind.value, article.text[s.start : s.end]) for s in article.blocks[0].spans}
    assert kinds == {("bold", "bold"), ("italic", "it"), ("link", "a link")}
    assert article.blocks[1].start == article.text.index("Second")


def test_headings_fences_and_soft_line_breaks():
    source = "# Title\n\nline one\nline two\n\n::: caption\nA photo.\n:::\n\nAfter."
    article = parse_article(source, headline="Head")
    assert [b.kind for b in article.blocks] == [
        "headline",
        "heading",
        "paragraph",
        "caption",
        "paragraph",
    ]
    assert article.text == "Head\nTitle\nline one line two\nA photo.\nAfter."


def test_unknown_fence_and_unclosed_fence_name_the_line():
    with pytest.raises(ArticleSyntaxError, match="line 3: unknown block kind"):
        parse_article("para\n\n::: sidebar\nx\n:::")
    with pytest.raises(ArticleSyntaxError, match=r"line 1: .*never closed"):
        parse_article("::: caption\nx")


def test_snake_case_and_stray_asterisks_stay_text():
    article = parse_article("a_b_c costs 5 * 3 and 2*x")
    assert article.text == "a_b_c costs 5 * 3 and 2*x"


def test_utf16_map_round_trips_around_characters_outside_the_bmp():
    text = "a😀b𝄞c"
    mapping = Utf16Map(text)
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert [mapping.from_utf16(u) for u in [0, 1, 3, 4, 6, 7]] == list(range(6))
    assert mapping.from_utf16(2) == 1  # inside the surrogate pair: the character's start
