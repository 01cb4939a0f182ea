"""Putting text into Qt's rich text (labels, tooltips, browsers) so that it shows as it is.

Qt takes a label or a tooltip for HTML when it looks like HTML: a pack's tag label
``<img src="...">`` would then load an image (``/dev/zero`` aborts the app). Two rules:

* every text that comes from a file (a pack, a submission) or a person goes through
  :func:`escape` into rich text, or through :func:`plain_tooltip`;
* every text browser the app shows is an :class:`InertBrowser`, which loads no resource at
  all, so that even a string that slipped past the first rule can fetch nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser


def nothing(kind: int) -> QImage | QByteArray:
    """An empty resource of the asked kind.

    Empty, not None: when a browser answers None, the ``QTextDocument`` it shows goes on to
    read the file itself (an ``<img src="/dev/zero">`` then reads until memory runs out). An
    empty value is an answer, and nothing is read.
    """
    return QImage() if kind == QTextDocument.ResourceType.ImageResource else QByteArray()


class InertBrowser(QTextBrowser):
    """A text browser that loads no resource: no image, no style sheet, from disk or network."""

    def loadResource(self, kind: int, url: QUrl):
        return nothing(kind)


class InertDocument(QTextDocument):
    """A text document that loads no resource, for documents the app lays out itself."""

    def loadResource(self, kind: int, url: QUrl):
        return nothing(kind)


def escape(text: str) -> str:
    """``text`` for a place in rich text: ``<``, ``>`` and ``&`` escaped (quotes too)."""
    return html.escape(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: rich text always, so nothing in it is a tag."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
