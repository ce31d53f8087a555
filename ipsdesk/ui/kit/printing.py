"""Printing our own PDFs on a Qt printer, so the printout is the same document as the export.

The plan PDF (reportlab) is rasterised page by page with pypdfium2 at the printer's
resolution (at most :data:`MAX_DPI`, which is print quality for text and keeps a page
under 40 MB of memory) and painted on the :class:`QPrinter` the user chose in Qt's print
dialog. QtPdf would do the same but is not in the PySide6-Essentials/Addons wheels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:  # imported when printing, not at start-up
    import pypdfium2 as pdfium

MAX_DPI = 300


class PrintFailed(RuntimeError):
    """The printer could not be started (no printer, file not writable…)."""


def render_page(page: pdfium.PdfPage, dpi: int) -> QImage:
    """One PDF page as an RGB image at ``dpi``."""
    bitmap = page.render(
        scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True, optimize_mode="print"
    )
    try:
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()  # detach from the bytes object
    finally:
        bitmap.close()


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF ``data`` on ``printer``; return the number of pages.

    Each page (A4 like our exports) is scaled to fit the sheet, keeping its proportions and
    its own margins; the printer's default margins are not added (``fullPage``).
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        # The paper size is the user's choice in the print dialog; our pages carry their
        # own margins, so paint on the whole sheet (full page mode).
        printer.setFullPage(True)
        dpi = max(72, min(printer.resolution(), MAX_DPI))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed("the printer could not be started")
        try:
            target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            for i in range(len(document)):
                if i > 0 and not printer.newPage():
                    raise PrintFailed("the printer refused a new page")
                page = document[i]
                try:
                    image = render_page(page, dpi)
                finally:
                    page.close()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(_centred(target, size), image)
        finally:
            painter.end()
        return len(document)
    finally:
        document.close()


def _centred(area: QRect, size: QSize) -> QRect:
    x = area.x() + (area.width() - size.width()) // 2
    y = area.y() + (area.height() - size.height()) // 2
    return QRect(x, y, size.width(), size.height())
