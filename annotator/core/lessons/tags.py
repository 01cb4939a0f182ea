"""The tags students put on claims, and how each one looks.

Every tag has a colour *and* a non-colour cue (an underline style), so that students who cannot
tell the colours apart can still tell the tags apart. A lesson pack may rename, recolour or add
tags; the default set is FACT, QUOTE and FRAMING.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class UnderlineStyle(StrEnum):
    SOLID = "solid"
    DASHED = "dashed"
    DOTTED = "dotted"
    WAVE = "wave"
    DOUBLE = "double"
    DASH_DOT = "dash-dot"


TAG_NAME = re.compile(r"^[A-Z][A-Z0-9_-]{0,23}$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_TAGS = 9  # one per number key


@dataclass(frozen=True, slots=True)
class Tag:
    name: str  # the stable identifier stored with every annotation, e.g. "FACT"
    label: str  # what students read, e.g. "Fact"
    colour: str  # "#rrggbb", used as a light highlight background
    underline: UnderlineStyle
    description: str = ""


@dataclass(frozen=True)
class TagSet:
    tags: tuple[Tag, ...]
    # By name, for get(): reports and the article views look a tag up for every highlight.
    _by_name: dict[str, Tag] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [tag.name for tag in self.tags]
        if not self.tags:
            raise ValueError("a tag set needs at least one tag")
        if len(self.tags) > MAX_TAGS:
            raise ValueError(f"a tag set has at most {MAX_TAGS} tags (one per number key)")
        if len(set(names)) != len(names):
            raise ValueError("tag names must be unique")
        self._by_name.update((tag.name, tag) for tag in self.tags)

    def __iter__(self):
        return iter(self.tags)

    def __len__(self) -> int:
        return len(self.tags)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self._by_name

    def get(self, name: str) -> Tag | None:
        return self._by_name.get(name)

    def by_key(self, key: int) -> Tag | None:
        """The tag on number key ``key`` (1-based)."""
        return self.tags[key - 1] if 1 <= key <= len(self.tags) else None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(tag.name for tag in self.tags)


DEFAULT_TAGS = TagSet(
    (
        Tag(
            "FACT",
            "Fact",
            "#8fd3ff",
            UnderlineStyle.SOLID,
            "A checkable statement of fact: a number, a date, an event.",
        ),
        Tag(
            "QUOTE",
            "Quote",
            "#ffd37a",
            UnderlineStyle.DOTTED,
            "Someone's words, with who said them.",
        ),
        Tag(
            "FRAMING",
            "Framing",
            "#f4a3c8",
            UnderlineStyle.WAVE,
            "Word choice that steers how the reader sees the story.",
        ),
    )
)
