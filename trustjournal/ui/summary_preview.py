"""A live, scaled picture of one page of the counselling summary, with page buttons.

Pages are drawn on a worker thread (the text is laid out there too, as Qt requires
of a document used on a thread), a moment after the last change, so typing and
ticking never wait for it. A picture that arrives after a newer request is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import TrustJournalError
from trustjournal.ui.label_field import named
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.worker import run_in_background

DELAY_MS = 350
# Draw the page a little sharper than shown, so it stays crisp on high-density screens.
OVERSAMPLE = 2

# (page index, width in pixels) -> (picture, number of pages); runs on a worker thread
PageRenderer = Callable[[int, int], tuple[QImage, int]]


class SummaryPreview(QWidget):
    """Shows page N of M of whatever :meth:`request` was last given."""

    rendered = Signal(int, int)  # page index, page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPreview")
        self.page = 0
        self.page_count = 0
        self._renderer: PageRenderer | None = None
        self._generation = 0
        self._image: QImage | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._render_now)

        self.picture = QLabel(self)
        self.picture.setObjectName("previewPicture")
        self.picture.setAccessibleName(self.tr("Preview of the summary page"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(QSize(200, 260))
        self.status = plain_label(self.tr("Preparing the preview…"), self, name="previewStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = named(
            QPushButton(self.tr("◀ Previous"), self), "previousPageButton", self.tr("Previous page")
        )
        self.next_button = named(
            QPushButton(self.tr("Next ▶"), self), "nextPageButton", self.tr("Next page")
        )
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.status, 1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 1)
        layout.addLayout(nav)
        self._update_buttons()

    def request(self, renderer: PageRenderer | None) -> None:
        """Draw again, soon, with ``renderer`` (``None`` shows nothing)."""
        self._renderer = renderer
        self._generation += 1
        if renderer is None:
            self._timer.stop()
            self.clear()
            return
        self._timer.start()

    def show_page(self, index: int) -> None:
        """Turn to page ``index`` (from 0)."""
        if self._renderer is None or not 0 <= index < max(1, self.page_count):
            return
        self.page = index
        self._generation += 1
        self._timer.start(0)

    def clear(self) -> None:
        """Remove the picture (the journal was locked)."""
        self._image = None
        self.picture.clear()
        self.page = 0
        self.page_count = 0
        self.status.setText("")
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._timer.isActive()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_image()

    def _render_now(self) -> None:
        renderer = self._renderer
        if renderer is None:
            return
        generation = self._generation
        width = max(200, self.picture.width()) * OVERSAMPLE
        page = self.page

        def done(result: object) -> None:
            if generation != self._generation:
                return  # a newer request is on its way
            assert isinstance(result, tuple)
            image, count = result
            self._image = image
            self.page_count = count
            self.page = min(page, count - 1)
            self.status.setText(
                self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(count))
            )
            self._show_image()
            self._update_buttons()
            self.rendered.emit(self.page, count)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self.picture.clear()
            if isinstance(error, TrustJournalError):
                self.status.setText(error.message)
            else:
                self.status.setText(self.tr("The preview could not be drawn."))

        run_in_background(lambda: renderer(page, width), done, failed)

    def _show_image(self) -> None:
        if self._image is None:
            return
        pixmap = QPixmap.fromImage(self._image)
        target = self.picture.size()
        self.picture.setPixmap(
            pixmap.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _update_buttons(self) -> None:
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page + 1 < self.page_count)
