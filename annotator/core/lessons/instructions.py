"""Lesson instructions: Markdown from a pack, rendered to HTML that is safe to show.

Packs come from anywhere, so the HTML is sanitised with nh3 (raw HTML, scripts, event handlers
and ``javascript:`` links are removed) and images are dropped altogether: the app never fetches
anything from the network or reads a file from outside the pack. Links stay visible as text but
are never followed (the view refuses to navigate).
"""

from __future__ import annotations

import markdown
import nh3
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension

ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "code", "pre",
    "blockquote", "ul", "ol", "li", "hr", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def render_instructions(markdown_text: str) -> str:
    """Safe HTML for ``markdown_text``."""
    # Extension objects, not names: a name makes Markdown scan every installed package's entry
    # points (importlib.metadata, about 25 ms), which the student's first window would wait for.
    html = markdown.markdown(markdown_text, extensions=[SaneListExtension(), TableExtension()])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
