"""How a search hit is painted: plain text, with the matched words in bold on a soft highlight.

The title and snippet are laid out with ``QTextLayout`` and drawn with ``QPainter`` (never
HTML), cut to fit with an ellipsis.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from trustjournal.domain import Kind
from trustjournal.ui.entry_delegate import format_entry_date
from trustjournal.ui.search_model import SearchResultsModel, Spans
from trustjournal.ui.sections import kind_label

_Index = QModelIndex | QPersistentModelIndex


def _utf16(text: str, index: int) -> int:
    """A Python string index as the UTF-16 position Qt's text layout counts in."""
    return len(text[:index].encode("utf-16-le")) // 2


def _marked_layout(
    text: str, spans: Spans, font: QFont, width: int, max_lines: int, mark: QTextCharFormat
) -> QTextLayout:
    """``text`` laid out in at most ``max_lines`` lines, ending in "…" if it had to be cut."""
    shown = text
    for _attempt in range(12):
        layout = QTextLayout(shown, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        ranges = []
        for start, end in spans:
            start, end = min(start, len(shown)), min(end, len(shown))
            if end > start:
                marked = QTextLayout.FormatRange()
                marked.start = _utf16(shown, start)
                marked.length = _utf16(shown, end) - marked.start
                marked.format = mark
                ranges.append(marked)
        layout.setFormats(ranges)
        layout.beginLayout()
        y, lines, cut_at = 0.0, 0, -1
        while (line := layout.createLine()).isValid():
            if lines == max_lines:
                cut_at = line.textStart()
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines += 1
        layout.endLayout()
        if cut_at < 0:
            return layout
        # Back to a Python index, then drop the last word to make room for the ellipsis.
        keep = len(shown.encode("utf-16-le")[: cut_at * 2].decode("utf-16-le", "ignore"))
        shorter = shown[:keep].rstrip(" …")
        shown = (shorter.rsplit(" ", 1)[0] if " " in shorter else shorter[:-1]) + "…"
    return layout


class SearchResultDelegate(QStyledItemDelegate):
    """Per hit: the title (bold) with date · kind at the right, then two lines of snippet."""

    SNIPPET_LINES = 2

    @staticmethod
    def _geometry(option: QStyleOptionViewItem) -> tuple[QFont, int, int, int]:
        title = QFont(option.font)
        title.setBold(True)
        height = QFontMetrics(option.font).height()
        return title, max(6, height // 2), max(4, height // 3), max(2, height // 5)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, _pad_x, pad_y, gap = self._geometry(option)
        lines = QFontMetrics(option.font).lineSpacing() * self.SNIPPET_LINES
        height = QFontMetrics(title).height() + gap + lines + 2 * pad_y
        return QSize(QFontMetrics(title).averageCharWidth() * 30, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style paints background, selection and focus only
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole
        text_colour = opt.palette.color(role.HighlightedText if selected else role.Text)
        quiet = opt.palette.color(role.HighlightedText if selected else role.PlaceholderText)
        tint = QColor(opt.palette.color(role.HighlightedText if selected else role.Highlight))
        tint.setAlpha(70)
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setBackground(tint)
        mark.setForeground(text_colour)

        title_font, pad_x, pad_y, gap = self._geometry(opt)
        area = opt.rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
        title_height = QFontMetrics(title_font).height()
        painter.save()
        try:
            details = self.details(index)
            details_width = min(
                QFontMetrics(opt.font).horizontalAdvance(details) + 4, area.width() // 2
            )
            painter.setPen(quiet)
            painter.drawText(
                QRect(area.right() - details_width + 1, area.top(), details_width, title_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(opt.font).elidedText(
                    details, Qt.TextElideMode.ElideRight, details_width
                ),
            )
            painter.setPen(text_colour)
            title = _marked_layout(
                index.data(SearchResultsModel.TitleRole) or "",
                index.data(SearchResultsModel.TitleSpansRole) or [],
                title_font,
                max(1, area.width() - details_width - 3 * pad_x),
                1,
                mark,
            )
            title.draw(painter, QPointF(area.left(), area.top()))
            snippet = _marked_layout(
                index.data(SearchResultsModel.SnippetRole) or "",
                index.data(SearchResultsModel.SpansRole) or [],
                opt.font,
                area.width(),
                self.SNIPPET_LINES,
                mark,
            )
            snippet.draw(painter, QPointF(area.left(), area.top() + title_height + gap))
            if not selected:
                painter.setPen(opt.palette.color(role.Mid))
                painter.drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight())
        finally:
            painter.restore()

    def details(self, index: _Index) -> str:
        """E.g. "3 Mar 2026 · Feeling", and whether the entry is marked for a session."""
        parts = []
        date = index.data(SearchResultsModel.DateRole)
        if isinstance(date, QDate) and date.isValid():
            parts.append(format_entry_date(date))
        kind = index.data(SearchResultsModel.KindRole)
        if kind:
            parts.append(kind_label(Kind(kind)))
        if index.data(SearchResultsModel.SessionRole):
            parts.append(self.tr("For next session"))
        return " · ".join(parts)
