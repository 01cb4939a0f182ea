"""An article as extracted, before it is saved: its metadata and its paragraphs, each kept or
removed by the teacher.

The words are the outlet's: the teacher may remove a paragraph (page chrome such as a donation
appeal or a "Read more" line), split one in two (to remove the chrome that runs into a
paragraph, such as "open image in gallery" before a caption) or say what kind of block it is
(a caption, a heading, the standfirst, the author's bio), but never edit a word of it. So the
article saved is, word for word, what the page said.

:meth:`ArticleDraft.markdown` writes the article in the pack format (``docs/lesson-packs.md``):
TOML front matter and a body whose every paragraph reads back as exactly its text, whatever
characters it holds (Markdown marks in the text are escaped).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from annotator.core.lessons.key_writer import toml_string
from annotator.core.text.article_text import BlockKind, parse_article

# What a teacher may mark a paragraph as; the headline is metadata, not a paragraph.
PARAGRAPH_KINDS = (
    BlockKind.PARAGRAPH,
    BlockKind.HEADING,
    BlockKind.STANDFIRST,
    BlockKind.CAPTION,
    BlockKind.BIO,
)
META_FIELDS = ("outlet", "headline", "byline", "published", "source_url", "source_note")
# The limits of the article front matter (annotator/schemas/article.schema.json).
META_LIMITS = {
    "outlet": 120,
    "headline": 400,
    "byline": 200,
    "published": 60,
    "source_url": 2000,
    "source_note": 1000,
}


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """The front matter of an article: who published it, when, and where it came from."""

    outlet: str = ""  # required to save: who published it
    headline: str = ""  # empty when the page had none; never invented
    byline: str = ""
    published: str = ""  # as the outlet printed it, or the page's ISO date
    source_url: str = ""  # shown, never fetched
    source_note: str = ""  # how the text was captured and what was cut

    def changed(self, **fields: str) -> ArticleMeta:
        return dataclasses.replace(self, **{k: " ".join(v.split()) for k, v in fields.items()})


@dataclass(frozen=True, slots=True)
class DraftParagraph:
    """One block of the extracted text; ``kept`` is False once the teacher removed it."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    kept: bool = True


@dataclass(frozen=True)
class ArticleDraft:
    """An article being made: metadata, paragraphs, and where it was extracted from.

    ``body_source`` is the Markdown body of an article opened from an existing pack: while its
    paragraphs are as read, it is saved as it was (links and emphasis included).
    """

    id: str
    meta: ArticleMeta
    paragraphs: tuple[DraftParagraph, ...]
    origin: str = ""  # the file's name, or "pasted text"
    method: str = ""  # how the text was extracted, for the teacher and the source note
    body_source: str | None = None
    _read: tuple[DraftParagraph, ...] | None = dataclasses.field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self._read is None:
            object.__setattr__(self, "_read", self.paragraphs)

    # -- the teacher's edits: each returns a new draft

    def removing(self, index: int, removed: bool = True) -> ArticleDraft:
        """The draft with paragraph ``index`` removed (or restored): it stays listed."""
        return self._with(index, dataclasses.replace(self.paragraphs[index], kept=not removed))

    def with_kind(self, index: int, kind: BlockKind) -> ArticleDraft:
        if kind not in PARAGRAPH_KINDS:
            raise ValueError(f"a paragraph cannot be a {kind.value}")
        return self._with(index, dataclasses.replace(self.paragraphs[index], kind=kind))

    def splitting(self, index: int, at: int) -> ArticleDraft:
        """Paragraph ``index`` split in two before character ``at``; no character is lost but
        the spaces around the split, so that chrome run into a paragraph can be removed."""
        paragraph = self.paragraphs[index]
        first, second = paragraph.text[:at].strip(), paragraph.text[at:].strip()
        if not first or not second:
            raise ValueError("split inside the paragraph, between two words")
        parts = (
            dataclasses.replace(paragraph, text=first),
            dataclasses.replace(paragraph, text=second),
        )
        paragraphs = self.paragraphs[:index] + parts + self.paragraphs[index + 1 :]
        return dataclasses.replace(self, paragraphs=paragraphs, _read=self._read)

    def with_meta(self, **fields: str) -> ArticleDraft:
        return dataclasses.replace(self, meta=self.meta.changed(**fields), _read=self._read)

    def with_id(self, article_id: str) -> ArticleDraft:
        return dataclasses.replace(self, id=article_id, _read=self._read)

    def _with(self, index: int, paragraph: DraftParagraph) -> ArticleDraft:
        paragraphs = (*self.paragraphs[:index], paragraph, *self.paragraphs[index + 1 :])
        return dataclasses.replace(self, paragraphs=paragraphs, _read=self._read)

    # -- what is saved

    @property
    def kept(self) -> tuple[DraftParagraph, ...]:
        return tuple(p for p in self.paragraphs if p.kept)

    @property
    def removed(self) -> tuple[DraftParagraph, ...]:
        return tuple(p for p in self.paragraphs if not p.kept)

    @property
    def edited(self) -> bool:
        """Whether the paragraphs differ from those extracted or read."""
        return self.paragraphs != self._read

    def text(self) -> str:
        """The canonical text students will read: the headline, then the kept paragraphs."""
        blocks = [self.meta.headline.strip()] if self.meta.headline.strip() else []
        return "\n".join(blocks + [p.text for p in self.kept])

    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.kept)

    def markdown(self) -> str:
        """The article file: front matter, then the kept paragraphs in the article format."""
        lines = ["+++"]
        for name in META_FIELDS:
            value = getattr(self.meta, name)
            if value or name == "outlet":
                lines.append(f"{name} = {toml_string(value)}")
        lines.append("+++")
        if self.body_source is not None and not self.edited:
            return "\n".join(lines) + "\n" + self.body_source.lstrip("\r\n")
        return "\n".join(lines) + "\n\n" + body_markdown(self.kept)


def body_markdown(paragraphs: tuple[DraftParagraph, ...]) -> str:
    """The body of an article file whose blocks read back as ``paragraphs``, text and kind."""
    blocks = [_block(p) for p in paragraphs if p.text.strip()]
    return "\n\n".join(blocks) + "\n"


def _block(paragraph: DraftParagraph) -> str:
    text = paragraph.text.strip()  # spaces inside stay as they are, as the format keeps them
    if paragraph.kind is BlockKind.HEADING and not text.endswith("#"):
        # A heading's trailing '#' would be read as closing marks: such a one stays a paragraph.
        return "## " + escape_inline(text)
    if paragraph.kind in (BlockKind.CAPTION, BlockKind.STANDFIRST, BlockKind.BIO):
        return f"::: {paragraph.kind.value}\n{escape_inline(text)}\n:::"
    escaped = escape_inline(text)
    if escaped.startswith("#"):  # would start a heading
        escaped = "\\" + escaped
    return escaped


_ALWAYS_ESCAPED = frozenset("\\*_[]`")


def escape_inline(text: str) -> str:
    """``text`` written so that the article format reads it back as exactly ``text``.

    Backslashes, emphasis marks and brackets are escaped everywhere; a leading ``:`` (which
    could open a fence) and a leading ``#`` (a heading) too. Nothing else is touched, so
    the file stays readable.
    """
    out = []
    for index, ch in enumerate(text):
        if ch in _ALWAYS_ESCAPED or (index == 0 and ch in ":#+"):
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def reads_back(draft: ArticleDraft) -> bool:
    """Whether the article file, parsed as a pack's article is, gives the draft's text."""
    source = draft.markdown()
    body = source.split("\n+++\n", 1)[1]
    return parse_article(body, draft.meta.headline).text == draft.text()
