"""Every report opens in the system PDF viewer or prints through the Qt print dialog.

When the system has no PDF viewer, a message box says so and offers "Save as…": the PDF is
saved where the desk chooses, to open it with another program or send it on.

Printing renders each PDF page with PDFium (pypdfium2) at the printer's resolution and paints it
onto the QPrinter page, so what prints is exactly the ReportLab document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from studio_app.dto.reports import PDF
from studio_app.gui.views.credits_tab import PDF_FILTER, with_suffix

if TYPE_CHECKING:
    import pypdfium2 as pdfium

PRINT_DPI = 300
SAVE_AS = "Save as…"


def page_image(page: pdfium.PdfPage, scale: float) -> QImage:
    """``page`` rendered at ``scale`` pixels per PDF unit."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    return QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
    ).copy()


def open_pdf(path: Path) -> bool:
    """Open the PDF in the system viewer; False if the system has no viewer for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def offer_save(path: Path, parent: QWidget | None = None) -> bool:
    """Say that no PDF viewer could open ``path``, offering "Save as…" (the default) and
    "Close"; True when the desk chose to save it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "No PDF viewer",
        f"No PDF viewer could open {path.name}.",
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setInformativeText(
        "Save it where you choose, then open it with another program or send it on."
    )
    save = box.addButton(SAVE_AS, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(save)
    box.exec()
    return box.clickedButton() is save


def ask_pdf_path(parent: QWidget | None, title: str, name: str) -> Path | None:
    """Ask where to save a PDF, suggesting ``name`` in the documents folder (".pdf" is added
    when not typed); None when the desk cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), PDF_FILTER)
    return with_suffix(Path(chosen), PDF) if chosen else None


def print_pdf(path: Path, parent: QWidget | None = None) -> bool:
    """Ask for a printer with the Qt print dialog and print every page; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pdf(path, printer)
    return True


def paint_pdf(path: Path, printer: QPrinter) -> int:
    """Paint each page of ``path`` onto ``printer``, scaled to fit the page; returns pages."""
    import pypdfium2 as pdfium  # loaded when something is printed, not at every start

    document = pdfium.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"Cannot start printing on {printer.printerName() or 'the printer'}.")
    try:
        for number in range(len(document)):
            if number:
                printer.newPage()
            image = page_image(document[number], PRINT_DPI / 72)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), image)
        return len(document)
    finally:
        painter.end()
        document.close()
