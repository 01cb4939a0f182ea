"""An article's canonical plain text, derived from its Markdown source without Qt.

Every offset the app stores counts Unicode code points of this text, so the text must come out
the same wherever it is built: in the core (anchoring, grading, exports) and in the Qt view, which
builds its document block by block from :class:`ArticleText` rather than re-parsing Markdown.

The article format is a deliberately small Markdown subset, because offsets must be exact and
every construct must have a known plain-text image:

* blocks are separated by blank lines;
* ``#`` .. ``######`` start a heading;
* ``::: caption`` (or ``standfirst``, ``bio``) ... ``:::`` fences a block of that kind;
* anything else is a paragraph, its lines joined by single spaces;
* inline: ``**bold**``, ``*italic*`` / ``_italic_``, ``[text](target)``, and ``\\`` escapes.

Blocks are joined by a single ``\\n`` in the canonical text: one code point, matching the one
position a Qt block separator takes, so code point offsets map to Qt positions by a UTF-16
correction alone (:class:`Utf16Map`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADLINE = "headline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    STANDFIRST = "standfirst"
    BIO = "bio"


FENCED_KINDS = {BlockKind.CAPTION, BlockKind.STANDFIRST, BlockKind.BIO}


class InlineKind(StrEnum):
    BOLD = "bold"
    ITALIC = "italic"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class InlineSpan:
    """A styled run inside a block; offsets are relative to the block's own text."""

    kind: InlineKind
    start: int
    end: int
    target: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    start: int  # offset of the block's first code point in the canonical text
    level: int = 0  # heading level, 0 for other kinds
    spans: tuple[InlineSpan, ...] = ()

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class ArticleSyntaxError(ValueError):
    """The article source breaks the format; ``line`` is 1-based."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class ArticleText:
    """The canonical text of one article and the blocks it is made of."""

    blocks: tuple[Block, ...]
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", "\n".join(block.text for block in self.blocks))

    def __len__(self) -> int:
        return len(self.text)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def utf16(self) -> Utf16Map:
        return Utf16Map(self.text)


class Utf16Map:
    """Converts code point offsets to UTF-16 offsets (Qt's positions) and back.

    Only characters outside the Basic Multilingual Plane differ (two UTF-16 units, one code
    point), so the map keeps just their positions and answers with a binary search.
    """

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_utf16 = [cp + n for n, cp in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """A position inside a surrogate pair maps to the start of its character."""
        return position - bisect.bisect_left(self._astral_utf16, position)


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE_OPEN = re.compile(r"^:::\s*([A-Za-z-]+)\s*$")
_FENCE_CLOSE = re.compile(r"^:::\s*$")


def parse_article(source: str, headline: str = "") -> ArticleText:
    """Builds the canonical text of an article body; a headline, if given, is its first block."""
    blocks: list[Block] = []
    offset = 0

    def add(kind: BlockKind, raw: str, line: int, level: int = 0) -> None:
        nonlocal offset
        text, spans = parse_inline(raw, line)
        if not text:
            return
        blocks.append(Block(kind, text, offset, level, tuple(spans)))
        offset += len(text) + 1

    if headline.strip():
        add(BlockKind.HEADLINE, headline.strip(), 0)

    for kind, raw, line, level in _split_blocks(source):
        add(kind, raw, line, level)
    return ArticleText(tuple(blocks))


def _split_blocks(source: str):
    """Yields (kind, raw inline text, first line number, heading level) per block."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraph: list[str] = []
    paragraph_line = 0
    fence_kind: BlockKind | None = None
    fence_line = 0

    def flush():
        nonlocal paragraph
        if paragraph:
            joined = " ".join(part.strip() for part in paragraph)
            kind = fence_kind or BlockKind.PARAGRAPH
            paragraph = []
            return (kind, joined, paragraph_line, 0)
        return None

    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if fence_kind is None and (match := _FENCE_OPEN.match(stripped)):
            if (block := flush()) is not None:
                yield block
            name = match.group(1).lower()
            try:
                fence_kind = BlockKind(name)
            except ValueError:
                fence_kind = None
            if fence_kind not in FENCED_KINDS:
                allowed = ", ".join(sorted(kind.value for kind in FENCED_KINDS))
                raise ArticleSyntaxError(
                    f"unknown block kind '::: {name}' (use one of: {allowed})", number
                )
            fence_line = number
            continue
        if fence_kind is not None and _FENCE_CLOSE.match(stripped):
            if (block := flush()) is not None:
                yield block
            fence_kind = None
            continue
        if not stripped:
            if (block := flush()) is not None:
                yield block
            continue
        if fence_kind is None and not paragraph and (match := _HEADING.match(stripped)):
            yield (BlockKind.HEADING, match.group(2), number, len(match.group(1)))
            continue
        if not paragraph:
            paragraph_line = number
        paragraph.append(line)
    if fence_kind is not None:
        raise ArticleSyntaxError(f"'::: {fence_kind.value}' is never closed with ':::'", fence_line)
    if (block := flush()) is not None:
        yield block


_ESCAPABLE = set("\\`*_{}[]()#+-.!>:")


def parse_inline(raw: str, line: int = 0) -> tuple[str, list[InlineSpan]]:
    """Strips inline Markdown from one block, returning its plain text and styled spans."""
    out: list[str] = []
    spans: list[InlineSpan] = []
    open_marks: dict[str, int] = {}
    i = 0
    n = len(raw)
    length = 0
    while i < n:
        ch = raw[i]
        if ch == "\\" and i + 1 < n and raw[i + 1] in _ESCAPABLE:
            out.append(raw[i + 1])
            length += 1
            i += 2
            continue
        if raw.startswith("**", i):
            if "**" in open_marks:
                spans.append(InlineSpan(InlineKind.BOLD, open_marks.pop("**"), length))
            elif raw.find("**", i + 2) != -1:
                open_marks["**"] = length
            else:
                out.append("**")
                length += 2
            i += 2
            continue
        if ch in "*_" and _is_emphasis_mark(raw, i):
            if ch in open_marks:
                spans.append(InlineSpan(InlineKind.ITALIC, open_marks.pop(ch), length))
            else:
                open_marks[ch] = length
            i += 1
            continue
        if ch == "[":
            link = _match_link(raw, i)
            if link is not None:
                label, target, after = link
                label_text, label_spans = parse_inline(label, line)
                for span in label_spans:
                    spans.append(
                        InlineSpan(span.kind, span.start + length, span.end + length, span.target)
                    )
                spans.append(InlineSpan(InlineKind.LINK, length, length + len(label_text), target))
                out.append(label_text)
                length += len(label_text)
                i = after
                continue
        out.append(ch)
        length += 1
        i += 1
    text = "".join(out)
    # Unclosed marks are literal characters in Markdown; here they have already been dropped
    # from the text, which would silently change the reporting, so refuse instead.
    if open_marks:
        mark = next(iter(open_marks))
        raise ArticleSyntaxError(f"'{mark}' opens emphasis that is never closed", line)
    stripped = text.strip()
    if stripped != text:
        lead = len(text) - len(text.lstrip())
        spans = [
            InlineSpan(s.kind, max(0, s.start - lead), min(len(stripped), s.end - lead), s.target)
            for s in spans
        ]
    return stripped, spans


def _is_emphasis_mark(raw: str, i: int) -> bool:
    """A single * or _ counts as emphasis only at a word edge, as in CommonMark's flanking rule."""
    before = raw[i - 1] if i > 0 else " "
    after = raw[i + 1] if i + 1 < len(raw) else " "
    opens = not after.isspace() and (before.isspace() or before in "([\"'“‘")
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]\"'”’")
    if not (opens or closes):
        return False
    return raw.find(raw[i], i + 1) != -1 or closes


def _match_link(raw: str, i: int) -> tuple[str, str, int] | None:
    depth = 0
    for j in range(i, len(raw)):
        if raw[j] == "[":
            depth += 1
        elif raw[j] == "]":
            depth -= 1
            if depth == 0:
                if j + 1 < len(raw) and raw[j + 1] == "(":
                    close = raw.find(")", j + 2)
                    if close != -1:
                        return raw[i + 1 : j], raw[j + 2 : close].strip(), close + 1
                return None
    return None
