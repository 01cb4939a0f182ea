"""The two ways an annotation points into a text, as in the W3C Web Annotation model.

A highlight is stored twice, by position and by quote (with context), so that it can be found
again after the article changes: see :mod:`annotator.core.text.anchoring`.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_LENGTH = 32


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    """Code point offsets into the article's canonical text, end exclusive."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"a span needs 0 <= start < end, got {self.start}..{self.end}")

    def overlaps(self, other: TextPositionSelector) -> bool:
        return self.start < other.end and other.start < self.end

    def overlap_length(self, other: TextPositionSelector) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def intersection_over_union(self, other: TextPositionSelector) -> float:
        inter = self.overlap_length(other)
        union = (self.end - self.start) + (other.end - other.start) - inter
        return inter / union if union else 0.0

    def to_json(self) -> dict:
        return {"type": "TextPositionSelector", "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""

    def to_json(self) -> dict:
        return {
            "type": "TextQuoteSelector",
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }


def describe(text: str, start: int, end: int) -> tuple[TextPositionSelector, TextQuoteSelector]:
    """Both selectors for ``text[start:end]``."""
    position = TextPositionSelector(start, end)
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start],
        suffix=text[end : end + CONTEXT_LENGTH],
    )
    return position, quote


def trim_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drops surrounding white space from a selection; an all-space selection becomes empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
