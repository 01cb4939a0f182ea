"""How each tag looks, defined once: its colour and its underline, and the words for both.

The article view (Qt), the legend beside it, and the HTML and PDF reports all draw a tag from
this table, so that what the legend says is what the student sees on screen and on paper.

Three renderers draw underlines, and they do not know the same lines:

* the article view sets a ``QTextCharFormat`` underline style (solid, dash, dot, dash-dot,
  dash-dot-dot, wave); the Qt layer maps :attr:`UnderlineLook.qt_css` to it;
* Qt's rich text (the legend, PDF reports) reads its own CSS property ``text-underline-style``
  with the values in :attr:`UnderlineLook.qt_css`;
* browsers (HTML reports) read ``text-decoration-style``: solid, double, dotted, dashed, wavy.

The words name the line the app and the PDF draw. Where a browser has no such line
(dash-dot-dot, dash-dot) :attr:`UnderlineLook.css` is the nearest line no default tag uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.core.lessons.tags import Tag, UnderlineStyle

FALLBACK_COLOUR = "#cccccc"
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class UnderlineLook:
    words: str  # the line in words, as the legend and the reports say it: "dots"
    qt_css: str  # Qt's rich-text ``text-underline-style``; also names the article view's style
    css: str  # a browser's ``text-decoration-style``


UNDERLINE_LOOKS: dict[UnderlineStyle, UnderlineLook] = {
    UnderlineStyle.SOLID: UnderlineLook("a solid line", "solid", "solid"),
    UnderlineStyle.DASHED: UnderlineLook("dashes", "dashed", "dashed"),
    UnderlineStyle.DOTTED: UnderlineLook("dots", "dotted", "dotted"),
    UnderlineStyle.WAVE: UnderlineLook("a wavy line", "wave", "wavy"),
    # Qt draws no double line; "double" packs get dash-dot-dot in the app and in PDFs.
    UnderlineStyle.DOUBLE: UnderlineLook("dash-dot-dot", "dot-dot-dash", "double"),
    UnderlineStyle.DASH_DOT: UnderlineLook("dash-dot", "dot-dash", "dashed"),
}


def underline_look(tag: Tag | None) -> UnderlineLook:
    """The underline of ``tag``; a solid line for a tag the lesson does not define."""
    return UNDERLINE_LOOKS[tag.underline if tag is not None else UnderlineStyle.SOLID]


def tag_colour(tag: Tag | None) -> str:
    """The tag's highlight colour as ``#rrggbb``: the fallback grey for unknown or bad ones.

    Colours from packs are checked by the schema, but a submission may carry a tag the lesson
    does not know; nothing from a file reaches a style sheet unchecked.
    """
    if tag is None or not _COLOUR.match(tag.colour):
        return FALLBACK_COLOUR
    return tag.colour


def cue_words(tag: Tag | None) -> str:
    """The non-colour cue in words, as the legend and the reports print it."""
    return f"underlined with {underline_look(tag).words}"
