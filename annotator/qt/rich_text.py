"""Putting text into Qt's rich text (labels, tooltips) so that it shows as it is.

Qt takes a label or a tooltip for HTML when it looks like HTML: a pack's tag label
``<img src="...">`` would then load an image. Every text that comes from a file (a pack, a
submission) goes through :func:`escape` into rich text, or through :func:`plain_tooltip`.
"""

from __future__ import annotations

import html


def escape(text: str) -> str:
    """``text`` for a place in rich text: ``<``, ``>`` and ``&`` escaped (quotes too)."""
    return html.escape(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: rich text always, so nothing in it is a tag."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
