"""Reading a text capture (a ``.txt``, a ``.md`` or pasted text) as an article draft.

A capture is paragraphs separated by blank lines, each paragraph's lines joined by a space (as
the article format joins them). A capture with Markdown marks (links, ``**bold**``, ``:::``
fences) is read as the article format reads Markdown, so ``[historic mass deportation](#)``
gives its words and no brackets; one whose marks do not parse is read as plain text.

Captures made by saving a page's text carry its furniture: a ``date`` stamp before the first
word, section labels (``EXCLUSIVE``), the headline, "By ..." and the date as lines of their own.
:func:`read_capture` moves what it recognises into the metadata and lists those lines as
removed, where the teacher sees them and can bring any back. Nothing else is guessed: donation
appeals, banners and captions are for the teacher to remove, paragraph by paragraph.
"""

from __future__ import annotations

import re
import tomllib

from annotator.core.lessons.authoring.draft import ArticleDraft, ArticleMeta, DraftParagraph
from annotator.core.lessons.authoring.source_bytes import SourceText, looks_like_markdown
from annotator.core.text.article_text import ArticleSyntaxError, BlockKind, parse_article

_DATE_STAMP = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)")
_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BYLINE = re.compile(r"^By\s+(.{2,120})$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"  # English months
_DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted)[: ]+)?(?:\w+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$"
)
_LABEL = re.compile(r"^[A-Z][A-Z&'’\- ]{1,23}$")  # EXCLUSIVE, IMMIGRATION, WORLD NEWS
_SENTENCE_END = tuple(".!?…:;\"'”’)")
_LONG = 200  # a paragraph this long is reporting: the furniture comes before it
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$")  # "... back into the U.S."


def read_capture(source: SourceText, article_id: str = "article") -> ArticleDraft:
    """The draft of a text capture: paragraphs as read, furniture moved into the metadata."""
    text = source.text.replace("\r\n", "\n").replace("\r", "\n")
    meta = ArticleMeta()
    method = "text capture"
    if source.kind == "markdown" and (match := _FRONT_MATTER.match(text)):
        meta = _front_matter(match.group(1))
        text = text[match.end() :]
    if stamp := _DATE_STAMP.match(text):
        meta = meta.changed(published=stamp.group(1))
        text = text[stamp.end() :]
    paragraphs = None
    if source.kind == "markdown" or looks_like_markdown(text):
        paragraphs = _markdown_paragraphs(text)
        method = "Markdown capture" if paragraphs is not None else "text capture (marks unread)"
    if paragraphs is None:
        paragraphs = _plain_paragraphs(text)
    paragraphs, meta = _furniture(paragraphs, meta)
    return ArticleDraft(
        id=article_id, meta=meta, paragraphs=tuple(paragraphs), origin=source.origin, method=method
    )


def _front_matter(text: str) -> ArticleMeta:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return ArticleMeta()
    known = {k: str(v) for k, v in data.items() if k in ArticleMeta.__slots__}
    return ArticleMeta().changed(**known)


def _plain_paragraphs(text: str) -> list[DraftParagraph]:
    found = []
    for block in re.split(r"\n[ \t\f\v]*\n", text):
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            found.append(DraftParagraph(joined))
    return found


def _markdown_paragraphs(text: str) -> list[DraftParagraph] | None:
    try:
        article = parse_article(text)
    except ArticleSyntaxError:
        return None
    return [DraftParagraph(block.text, block.kind) for block in article.blocks]


def _furniture(
    paragraphs: list[DraftParagraph], meta: ArticleMeta
) -> tuple[list[DraftParagraph], ArticleMeta]:
    """Section labels, the headline, the byline and the date, before the first long paragraph:
    moved into the metadata (where it has none yet) and listed as removed."""
    out = list(paragraphs)
    headline_at = None
    for index, paragraph in enumerate(out):
        text = paragraph.text
        if len(text) >= _LONG:
            break
        if paragraph.kind is BlockKind.PARAGRAPH and _LABEL.match(text) and headline_at is None:
            out[index] = DraftParagraph(text, paragraph.kind, kept=False)
        elif (match := _BYLINE.match(text)) and not meta.byline:
            meta = meta.changed(byline=match.group(1).replace("**", ""))
            out[index] = DraftParagraph(text, paragraph.kind, kept=False)
        elif _DATE_LINE.match(text) and not meta.published:
            meta = meta.changed(published=text)
            out[index] = DraftParagraph(text, paragraph.kind, kept=False)
        elif headline_at is None and not meta.headline and _headline_like(text):
            meta = meta.changed(headline=text)
            out[index] = DraftParagraph(text, BlockKind.PARAGRAPH, kept=False)
            headline_at = index
        elif headline_at == index - 1 and paragraph.kind is BlockKind.PARAGRAPH:
            out[index] = DraftParagraph(text, BlockKind.STANDFIRST)
    return out, meta


def _headline_like(text: str) -> bool:
    """A line of four words or more that does not end as a sentence or a banner does."""
    if len(text.split()) < 4 or text.endswith((">", "»", "›")):
        return False
    return not text.endswith(_SENTENCE_END) or bool(_ABBREVIATION_END.search(text))
