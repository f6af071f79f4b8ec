"""The four phases of rebuilding as a simple path, with "You are here" above the current one.

Painted with QPainter from the palette, so it follows light and dark themes. The path
shows where a partner is, never how fast they "should" move: the phases that lie
ahead look exactly as calm as the ones behind.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from trustjournal.domain.timeline import PHASES, Phase


class PhasePath(QWidget):
    """Four stations on a line; the current phase is filled and marked "You are here"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phasePath")
        self.setAccessibleName(self.tr("The four phases of rebuilding"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._current: Phase | None = None
        self._titles: dict[Phase, str] = {}
        self._spans: dict[Phase, str] = {}
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def set_phases(
        self, current: Phase, titles: Mapping[Phase, str], spans: Mapping[Phase, str]
    ) -> None:
        """Show ``current`` among the four phases, named by ``titles`` and ``spans``."""
        self._current = Phase(current)
        self._titles = dict(titles)
        self._spans = dict(spans)
        self.setAccessibleDescription(self.description())
        self.update()

    def current(self) -> Phase | None:
        return self._current

    def description(self) -> str:
        """The path in words, for screen readers: each phase, and which one is now."""
        lines = []
        for number, phase in enumerate(PHASES, start=1):
            line = (
                self.tr("%1. %2 (%3)")
                .replace("%1", str(number))
                .replace("%2", self._titles.get(phase, phase.value))
                .replace("%3", self._spans.get(phase, ""))
            )
            if phase is self._current:
                line += " " + self.tr("— you are here")
            lines.append(line)
        return "\n".join(lines)

    def clear(self) -> None:
        self._current = None
        self.setAccessibleDescription("")
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 30, int(line * 6.4))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().height() * 16, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._bold = QFont(self.font())
            self._bold.setBold(True)
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._current is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHints(
                QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing, True
            )
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        # Drawn in a few batched calls (all the stations at once, then the words).
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        soft = palette.color(QPalette.ColorRole.Mid)
        line = QFontMetricsF(self.font()).height()
        radius = line * 0.45
        stroke = max(2.0, line / 8)
        column = self.width() / len(PHASES)
        centre_y = line * 1.4 + radius
        centres = [QPointF(column * (i + 0.5), centre_y) for i in range(len(PHASES))]
        current = PHASES.index(self._current) if self._current is not None else 0
        others = QPolygonF([c for i, c in enumerate(centres) if i != current])
        cap, join, solid = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin, Qt.PenStyle.SolidLine

        painter.setPen(QPen(soft, stroke, solid, cap, join))
        painter.drawLines([QLineF(centres[0], centres[-1])])
        # Round points as wide as the stations: a soft ring (a disc with a smaller disc
        # in the window colour on it) for every phase, a full disc for the current one.
        painter.setPen(QPen(soft, 2 * radius, solid, cap, join))
        painter.drawPoints(others)
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Base), 2 * radius - 2 * stroke, solid, cap, join)
        )
        painter.drawPoints(others)
        painter.setPen(QPen(accent, 2.5 * radius, solid, cap, join))
        painter.drawPoints(QPolygonF([centres[current]]))

        wrap = int(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        top = centre_y + radius * 1.25 + line * 0.4
        title_boxes = [
            QRectF(column * i + line * 0.3, top, column - line * 0.6, line * 2.2)
            for i in range(len(PHASES))
        ]
        texts = [self._titles.get(phase, phase.value) for phase in PHASES]
        used = list(title_boxes)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for index, box in enumerate(title_boxes):
            if index != current:
                used[index] = painter.drawText(box, wrap, texts[index])
        painter.setFont(self._bold)
        used[current] = painter.drawText(title_boxes[current], wrap, texts[current])
        painter.setPen(accent)
        here = QRectF(title_boxes[current].left(), 0, title_boxes[current].width(), line * 1.2)
        painter.drawText(here, int(Qt.AlignmentFlag.AlignCenter), self.tr("You are here"))
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for index, phase in enumerate(PHASES):
            # Measured, so a one-line title keeps its span close and a two-line one fits.
            span = QRectF(
                title_boxes[index].left(),
                used[index].bottom() + line * 0.15,
                title_boxes[index].width(),
                line * 2.2,
            )
            painter.drawText(span, wrap, self._spans.get(phase, ""))
