"""Reading a written report back as a user would see it: the text of each PDF page (extracted
by PDFium, as a PDF viewer's copy or search does), the fonts it embeds, and a workbook's cells."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from openpyxl import load_workbook


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, in reading order, lines joined by newlines."""
    document = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def pdf_text(path: Path) -> str:
    """All the text of the PDF, page after page."""
    return "\n".join(pdf_pages(path))


def pdf_lines(path: Path) -> list[str]:
    """Every non-empty line of text in the PDF, stripped."""
    return [line.strip() for line in pdf_text(path).split("\n") if line.strip()]


def pdf_fonts(path: Path) -> set[str]:
    """The base names of the fonts the PDF uses (a subset is "ABCDEF+Name")."""
    names = re.findall(rb"/BaseFont\s*/([A-Za-z0-9+\-_.]+)", Path(path).read_bytes())
    return {name.decode().split("+", 1)[-1] for name in names}


def pdf_page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def pdf_page_size(path: Path, page: int = 0) -> tuple[float, float]:
    """Width and height of a page in points (A4 595 × 842, Letter 612 × 792)."""
    document = pdfium.PdfDocument(str(path))
    try:
        return tuple(document[page].get_size())  # type: ignore[return-value]
    finally:
        document.close()


def sheet_rows(path: Path, sheet: str | None = None) -> list[tuple[Any, ...]]:
    """Every row of a workbook's sheet (the first if not named) as a tuple of cell values."""
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = workbook[sheet] if sheet else workbook.worksheets[0]
        return [tuple(row) for row in ws.iter_rows(values_only=True)]
    finally:
        workbook.close()
