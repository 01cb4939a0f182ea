"""Printing a report (HTML from :mod:`annotator.core.formats.student_report` or
:mod:`annotator.core.formats.class_report`) to PDF with Qt's own PDF writer.

No browser engine is needed: :class:`QTextDocument` lays the HTML out and :class:`QPdfWriter`
draws it. Qt's rich text supports a subset of HTML 4 and CSS 2.1, so the reports are written to
degrade well in it (see :mod:`annotator.core.formats.html_parts`).

The document is paginated here rather than by :meth:`QTextDocument.print_`, which would add its
own 2 cm margins inside the page margins and a bare page number; instead every page gets the
same margins and a footer with the report's title (from ``<title>``) and "page n of N".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from annotator.qt.rich_text import InertDocument

MARGIN_MM = 15.0
FONT_POINTS = 10.0
FOOTER_POINTS = 7.5
RESOLUTION_DPI = 300
KEEP_WITH_NEXT_MM = 28.0  # a heading needs this much room below it, or it starts the next page


def report_document(html: str, device: QPaintDevice | None = None) -> QTextDocument:
    """``html`` laid out as :func:`write_pdf` prints it: the document whose formats it draws.

    ``device`` is the paint device the text is measured for (the PDF writer).
    """
    document = InertDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)  # measure text in the device's units
    font = QFont()
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(html)
    return document


def write_pdf(
    html: str,
    path: Path,
    *,
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
    footer: bool = True,
) -> int:
    """Renders ``html`` to a PDF at ``path`` and returns its page count.

    ``page_size`` is A4 by default (``QPageSize.PageSizeId.Letter`` for US Letter); margins are
    15 mm; the base font is 10 pt. The PDF's title is the HTML's ``<title>``. With ``footer``,
    each page ends with that title and "page n of N" in small grey type. Needs a running
    QGuiApplication (for fonts); raises OSError if the file cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_pdf needs a QGuiApplication (or QApplication) to exist")
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("annotator")

    document = report_document(html, writer)
    font = document.defaultFont()
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    writer.setTitle(title)

    paint = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer_font = QFont(font)
    footer_font.setPointSizeF(FOOTER_POINTS)
    footer_height = round(FOOTER_POINTS / 72 * RESOLUTION_DPI * 2.6) if footer else 0
    body = QSizeF(paint.width(), paint.height() - footer_height)
    document.setPageSize(body)
    _keep_headings_with_next(document, body.height(), KEEP_WITH_NEXT_MM / 25.4 * RESOLUTION_DPI)
    pages = max(1, document.pageCount())

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write a PDF to {path}")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            if footer:
                _draw_footer(painter, footer_font, title, page + 1, pages, paint.width(), body)
    finally:
        painter.end()
    return pages


def _keep_headings_with_next(document: QTextDocument, page_height: float, room: float) -> None:
    """Moves to the next page any heading that ends within ``room`` of the bottom of a page.

    Qt has no ``page-break-after: avoid``: without this a section's heading can end a page and
    its table start the next. Headings are ``<h1>`` to ``<h6>``; one already at the top of a page
    stays. Blocks are visited in order, so each move is laid out before the next is judged: the
    rest of the document is laid out again after each.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.headingLevel() > 0 and block.next().isValid():
            rect = layout.blockBoundingRect(block)
            page_top = (rect.top() // page_height) * page_height
            left_below = page_top + page_height - rect.bottom()
            if rect.top() - page_top > 1 and left_below < room:
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                # Qt lays out again only the blocks near the change, and the document then ends
                # a few blocks after the moved heading: everything after would go unprinted.
                start = block.position()
                document.markContentsDirty(start, document.characterCount() - start)
        block = block.next()


def _draw_footer(
    painter: QPainter,
    font: QFont,
    title: str,
    page: int,
    pages: int,
    width: float,
    body: QSizeF,
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    top = body.height()
    line_y = top + (painter.fontMetrics().height() * 0.6)
    painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
    box = QRectF(0, line_y, width, painter.fontMetrics().height() * 1.6)
    align = Qt.AlignmentFlag.AlignBottom
    number = f"page {page} of {pages}"
    room = width - painter.fontMetrics().horizontalAdvance(number) * 1.5
    elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(room))
    painter.drawText(box, align | Qt.AlignmentFlag.AlignLeft, elided)
    painter.drawText(box, align | Qt.AlignmentFlag.AlignRight, number)
    painter.restore()
