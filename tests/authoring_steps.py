"""The teacher's steps of New Lesson on the three seed captures, shared by the core and the
window tests: which sources, which outlets, and what the teacher cuts as page chrome (what the
seeds' README names as chrome, and nothing else)."""

from __future__ import annotations

from annotator.core.lessons.authoring.draft import ArticleDraft
from tests.beside import SHARED

SEEDS = SHARED / "seeds"
# Seed file, the built-in article it is, its outlet (the captures do not name it).
CAPTURES = (
    ("004_1efa57afbbcef83b.txt", "nbc-news", "NBC News"),
    ("003_fc745d481be2dcaf.txt", "independent", "The Independent"),
    ("000_48e44d3d37e51958.txt", "daily-kos", "Daily Kos"),
)
# Paragraphs that are page chrome as a whole, and chrome run into the start of a paragraph.
CHROME_PARAGRAPHS = ("Your support helps us to tell the story", "Get more news", "Julia Ainsley")
CHROME_STARTS = ("open image in gallery", "—")


def cut_chrome(article: ArticleDraft) -> tuple[ArticleDraft, list[str]]:
    """The article with the seeds' chrome cut as a teacher cuts it: each run-in piece split
    off and removed, each chrome paragraph removed. Returns what was cut."""
    cut = []
    for start in CHROME_STARTS:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.kept and paragraph.text.startswith(start + " "):
                article = article.splitting(index, len(start))
                article = article.removing(index)
                cut.append(start)
                break
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kept and (
            paragraph.text.startswith(CHROME_PARAGRAPHS[0])
            or paragraph.text.startswith(CHROME_PARAGRAPHS[1])
            or paragraph.text == CHROME_PARAGRAPHS[2]
        ):
            article = article.removing(index)
            cut.append(paragraph.text[:40])
    return article, cut
