"""Printing a PDF report: the same pages, rendered with QtPdf onto the chosen printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QWidget


def render_pages(path: Path, paint_page) -> int:
    """Render each page of the PDF at printer resolution and hand it to `paint_page(image,
    index)`; returns the number of pages."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        scale = 300 / 72  # print quality
        image = document.render(index, QSize(int(size.width() * scale),
                                              int(size.height() * scale)))
        paint_page(image, index)
    return document.pageCount()


def print_pdf(path: Path, parent: QWidget | None = None) -> bool:
    """Ask for a printer (QPrintDialog) and print every page; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter(printer)
    try:
        def paint(image, index: int) -> None:
            if index:
                printer.newPage()
            page = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            size = image.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), size), image)

        render_pages(path, paint)
    finally:
        painter.end()
    return True
