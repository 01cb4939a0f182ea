"""Every text browser and document the app makes loads nothing, whatever its HTML names.

A browser that answers "no resource" with None lets its QTextDocument read the file itself,
so ``<img src="/dev/zero">`` read until memory ran out; these tests hung before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QTextDocument

from annotator.qt.pdf_report import report_document
from annotator.qt.rich_text import InertBrowser, InertDocument

IMAGE = QTextDocument.ResourceType.ImageResource


@pytest.fixture
def picture(tmp_path) -> Path:
    path = tmp_path / "picture.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(path))
    return path


def _empty(resource: object) -> bool:
    """No picture: None, a null image or pixmap, or empty bytes."""
    if resource is None:
        return True
    if hasattr(resource, "isNull"):
        return resource.isNull()
    return len(resource) == 0


def _loads_nothing(document: QTextDocument, picture: Path) -> None:
    for name in (str(picture), picture.as_uri(), "/dev/zero"):
        assert _empty(document.resource(IMAGE, name)), name


@pytest.mark.timeout(30)
def test_an_inert_browser_shows_no_image_from_disk(qtbot, picture):
    browser = InertBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(f'<p>a<img src="{picture}"><img src="/dev/zero">b</p>')
    browser.show()
    qtbot.waitExposed(browser)
    _loads_nothing(browser.document(), picture)


@pytest.mark.timeout(30)
def test_an_inert_document_and_a_report_load_nothing(qapp, picture):
    document = InertDocument()
    document.setHtml(f'<img src="{picture}"><img src="/dev/zero">')
    document.size()  # lays it out
    _loads_nothing(document, picture)
    report = report_document(f'<p><img src="{picture}"></p><p><img src="/dev/zero"></p>')
    _loads_nothing(report, picture)


@pytest.mark.timeout(30)
def test_a_plain_browser_would_have_read_the_picture(qtbot, picture):
    """The check above can fail: Qt's own browser does load a picture from disk."""
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(f'<img src="{picture}">')
    assert not _empty(browser.document().resource(IMAGE, str(picture)))
