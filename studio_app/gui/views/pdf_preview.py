"""A PDF shown in the window, page under page, as the desk will print it: each page is rendered
by PDFium (pypdfium2) at screen resolution, exactly the ReportLab document that prints.

"Fit width" scales the pages to the width of the view (and follows it as the window is
resized); "100 %" shows them at their printed size. Only the pages in view (and the next one)
are rendered, as they scroll into view, so a long report opens at once. "Page n of N" follows
the page in the middle of the view. The file is read into memory (and opened only while pages
are rendered), so it may be deleted or replaced while it is shown.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio_app.gui.views.pdf_output import page_image

FIT_WIDTH, ACTUAL_SIZE = "Fit width", "100 %"
#: Grey space around and between the pages, in pixels.
MARGIN = 14
#: A PDF unit is 1/72 inch.
POINTS_PER_INCH = 72
PAGE_STYLE = "background: white; border: 1px solid #b9c4c4;"
#: How much of a page still shows once the parameters changed.
FADED_OPACITY = 0.4


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None  # the PDF shown
        self._sizes: list[tuple[float, float]] = []  # each page's width and height in points
        self._pages: list[QLabel] = []
        self._scale = 1.0  # screen pixels per PDF unit
        self._rendered: set[int] = set()  # pages rendered at the current scale

        self.page_label = QLabel("", self)
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.addItems([FIT_WIDTH, ACTUAL_SIZE])
        self.zoom_combo.setToolTip("Fit the pages to the width of the view, or show them at size")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(QLabel("&Zoom", self, buddy=self.zoom_combo))
        bar.addWidget(self.zoom_combo)

        self.sheet = QWidget()
        self.sheet.setObjectName("previewSheet")
        self.sheet.setStyleSheet("QWidget#previewSheet { background: #dde3e3; }")
        self._column = QVBoxLayout(self.sheet)
        self._column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._column.setSpacing(MARGIN)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidgetResizable(True)
        # Always there, so fitting the width never makes room for it (and then overflows).
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.sheet)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        # Re-laying out on every pixel of a window being resized would be wasted work.
        self._relayout = QTimer(self, singleShot=True, interval=60)
        self._relayout.timeout.connect(self._lay_out)
        self.zoom_combo.currentTextChanged.connect(self._lay_out)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._show_controls()

    # -- what is shown ------------------------------------------------------------------------
    def show_pdf(self, path: Path) -> None:
        """Show every page of the PDF at ``path``, from the first one."""
        self.clear()
        self._data = Path(path).read_bytes()
        document = pdfium.PdfDocument(self._data)
        try:
            self._sizes = [document.get_page_size(i) for i in range(len(document))]
        finally:
            document.close()
        for _ in self._sizes:
            page = QLabel(self.sheet)
            page.setStyleSheet(PAGE_STYLE)
            self._column.addWidget(page)
            self._pages.append(page)
        self._lay_out()
        self.scroll.verticalScrollBar().setValue(0)
        self._scrolled()

    def clear(self) -> None:
        """Show nothing."""
        for page in self._pages:
            self._column.removeWidget(page)
            page.deleteLater()
        self._pages, self._sizes, self._rendered = [], [], set()
        self._data = None
        self._show_controls()

    def set_faded(self, faded: bool) -> None:
        """Fade the pages: what they show is no longer what would print."""
        if faded:
            effect = QGraphicsOpacityEffect(self.sheet)
            effect.setOpacity(FADED_OPACITY)
            self.sheet.setGraphicsEffect(effect)
        else:
            self.sheet.setGraphicsEffect(None)  # type: ignore[arg-type]

    def faded(self) -> bool:
        return self.sheet.graphicsEffect() is not None

    def page_count(self) -> int:
        return len(self._pages)

    def page_pixmap(self, index: int) -> QPixmap:
        """What page ``index`` shows (a null pixmap until it has been rendered)."""
        return self._pages[index].pixmap()

    def current_page(self) -> int:
        """The page in the middle of the view (0 for the first)."""
        bar = self.scroll.verticalScrollBar()
        middle = bar.value() + self.scroll.viewport().height() // 2
        for index, page in enumerate(self._pages):
            if page.geometry().bottom() + MARGIN >= middle:
                return index
        return max(len(self._pages) - 1, 0)

    # -- laying out and rendering ---------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom_combo.currentText() == FIT_WIDTH and self._pages:
            self._relayout.start()

    def _lay_out(self) -> None:
        """Size each page for the zoom chosen; they are rendered as they come into view."""
        if not self._pages:
            return
        if self.zoom_combo.currentText() == FIT_WIDTH:
            room = self.scroll.viewport().width() - 2 * MARGIN
            widest = max(width for width, _ in self._sizes)
            scale = max(room, 100) / widest
        else:
            scale = self.logicalDpiX() / POINTS_PER_INCH
        if abs(scale - self._scale) > 1e-3:
            self._rendered.clear()
        self._scale = scale
        for page, (width, height) in zip(self._pages, self._sizes, strict=True):
            page.setFixedSize(round(width * scale), round(height * scale))
        self.sheet.adjustSize()
        self._column.activate()
        self._render_in_view()

    def _scrolled(self) -> None:
        self._render_in_view()
        self._show_controls()

    def _render_in_view(self) -> None:
        """Render the pages in view, and the one after them, that are not rendered yet."""
        bar = self.scroll.verticalScrollBar()
        height = max(self.scroll.viewport().height(), 1)
        in_view = QRect(0, bar.value(), self.sheet.width(), height * 2)
        due = [
            index
            for index, page in enumerate(self._pages)
            if index not in self._rendered and (index == 0 or page.geometry().intersects(in_view))
        ]
        if self._data is None or not due:
            return
        ratio = self.devicePixelRatioF()
        document = pdfium.PdfDocument(self._data)
        try:
            for index in due:
                image = page_image(document[index], self._scale * ratio)
                image.setDevicePixelRatio(ratio)
                self._pages[index].setPixmap(QPixmap.fromImage(image))
                self._rendered.add(index)
        finally:
            document.close()

    def _show_controls(self) -> None:
        count = len(self._pages)
        self.page_label.setText(f"Page {self.current_page() + 1} of {count}" if count else "")
        self.zoom_combo.setEnabled(count > 0)
