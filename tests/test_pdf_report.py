"""The PDF writer prints the whole report, however its headings fall on the pages."""

from __future__ import annotations

import shutil
import subprocess

import pytest


def _paragraphs(label: str, count: int) -> str:
    return "".join(f"<p>{label} {i} " + "words " * 30 + "</p>" for i in range(count))


def test_a_heading_moved_to_the_next_page_leaves_nothing_after_it_unprinted(qapp, tmp_path):
    """A heading near the foot of a page starts the next one; Qt laid out again only the blocks
    near it, and the PDF ended a page or so later, whatever followed."""
    from annotator.qt.pdf_report import write_pdf

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed: the text of the PDF is not checked")
    path = tmp_path / "report.pdf"
    # Some of these put the heading where it must move, whatever the fonts' sizes.
    for before in range(24, 56, 2):
        body = (
            _paragraphs("Before", before)
            + "<h3>A heading near the foot of a page</h3>"
            + _paragraphs("After", 40)
            + "<p>THE END</p>"
        )
        pages = write_pdf(f"<html><body>{body}</body></html>", path)
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
        assert "THE END" in text, (before, pages)
        assert text.count("\f") == pages
