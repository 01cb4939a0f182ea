"""The starting text of a new lesson's instructions: the task, and each of the default tags
explained with an example taken from the lesson's own articles, for the teacher to rewrite.

The examples are found, not invented: a figure with the word after it (FACT), the first words
in quotation marks (QUOTE), and a phrase that points at an unnamed source or a loaded word
(FRAMING). An article without one gets the tag explained without an example.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.core.lessons.lesson import Article

_FIGURE = re.compile(r"(?<![\w:.,])\d[\d,.]*(?:-\w+)?\s+[a-z][\w’'-]+")  # 8,000 immigrants
_QUOTED = re.compile(r"[“\"]([^”\"\n]{8,120}?)[”\"]")
_SOURCING = re.compile(
    r"\b(?:according to [\w\s,’'-]{3,60}?(?=[.,;]|$)|sources? familiar with [\w\s-]{3,40}?"
    r"(?=[.,;]|$)|reportedly|critics say|some say|officials said)",
    re.IGNORECASE | re.MULTILINE,
)
_LOADED = (
    "crackdown", "invasion", "slammed", "blasted", "radical", "chaos", "disastrous", "flood",
    "surge", "so-called", "infamous", "eyebrow-raising", "roundups", "vowed", "scheme",
)  # fmt: skip


def starter_instructions(articles: Sequence[Article]) -> str:
    """Markdown for ``instructions.md``: the task and the three tags, with the lesson's words."""
    outlets = [a.outlet for a in articles if a.outlet]
    if len(outlets) > 1:
        who = f"{', '.join(outlets[:-1])} and {outlets[-1]} reported the same story."
    else:
        who = "These articles report the same story."
    texts = [a.text.text for a in articles]
    fact = _first(_FIGURE, texts)
    quote = _first(_QUOTED, texts, group=1)
    framing = _first(_SOURCING, texts) or _loaded_word(texts)
    return "\n".join(
        [
            "## Your task",
            "",
            f"{who} Read them all, then select words or sentences and tag them:",
            "",
            "1. **FACT**: a statement you could check: a number, a date, an event."
            + _example(fact),
            "2. **QUOTE**: someone's own words in quotation marks, together with who said them."
            + _example(quote),
            "3. **FRAMING**: word choice that steers how you see the story: loaded words, "
            "labels, vague or unnamed sources, hedges." + _example(framing),
            "",
            "Tag the words that carry the claim, one claim per highlight. Add a note when you "
            "want to explain a choice.",
            "",
            "## Things to look for",
            "",
            "- Which facts does only one article give? Do the figures agree?",
            "- Which quotes appear in more than one article, and are they attributed the same way?",
            "- Which claims rest on unnamed sources, or on no source at all?",
            "",
        ]
    )


def _first(pattern: re.Pattern[str], texts: Sequence[str], group: int = 0) -> str:
    for text in texts:
        if match := pattern.search(text):
            return match.group(group).strip()
    return ""


def _loaded_word(texts: Sequence[str]) -> str:
    for text in texts:
        for word in _LOADED:
            if match := re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE):
                return match.group(0)
    return ""


def _example(words: str) -> str:
    if not words:
        return ""
    shown = words.replace("*", "\\*").replace("_", "\\_")
    return f' For example: *"{shown}"*'
