"""Paints one entry as two lines: its title, then its date, kind and mood.

Entry text is drawn with ``QPainter.drawText`` (plain text, never HTML). Sizes come
from font metrics so rows stay readable at any scaling; colours come from the palette,
so selection and dark themes look right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from trustjournal.domain import Kind, Outcome
from trustjournal.reports.summary_words import without_weekday
from trustjournal.ui.entry_model import EntryListModel, outcome_label
from trustjournal.ui.sections import kind_label

_Index = QModelIndex | QPersistentModelIndex


def medium_date_format(locale: QLocale) -> str:
    """The locale's long date without the weekday, with short month names.

    "MMM d, yyyy" in the US, "d MMM yyyy" in Britain, "d 'de' MMM 'de' yyyy" in Spanish.
    """
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    return without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat)).replace("MMMM", "MMM")


def format_entry_date(date: QDate | dt.date) -> str:
    """A date as the lists show it, in the user's locale: "27 Nov 2026", "Nov 27, 2026"."""
    if isinstance(date, dt.date):
        date = QDate(date.year, date.month, date.day)
    locale = QLocale()
    return locale.toString(date, medium_date_format(locale))


class EntryDelegate(QStyledItemDelegate):
    """Two-line rows for :class:`~trustjournal.ui.entry_model.EntryListModel`."""

    def details(self, index: _Index) -> str:
        """The second line: "27 Nov 2026 · Feeling · mood 3/5" (plus a promise's outcome)."""
        parts: list[str] = []
        date = index.data(EntryListModel.DateRole)
        if isinstance(date, QDate) and date.isValid():
            parts.append(format_entry_date(date))
        kind = index.data(EntryListModel.KindRole)
        if kind:
            parts.append(kind_label(Kind(kind)))
        outcome = index.data(EntryListModel.OutcomeRole)
        if outcome:
            parts.append(outcome_label(Outcome(outcome)))
        mood = index.data(EntryListModel.MoodRole)
        if isinstance(mood, int):
            parts.append(self.tr("mood %1/5").replace("%1", str(mood)))
        return " · ".join(parts)

    def session_marker(self) -> str:
        return self.tr("Next session")

    # -- geometry -----------------------------------------------------------------------------

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        marker = QFont(option.font)
        marker.setPointSizeF(max(1.0, option.font.pointSizeF() * 0.85))
        return title, detail, marker

    @staticmethod
    def _padding(option: QStyleOptionViewItem) -> tuple[int, int, int]:
        """Horizontal padding, vertical padding and the gap between lines, from the font."""
        height = QFontMetrics(option.font).height()
        return max(4, height // 2), max(3, height // 3), max(1, height // 8)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, detail, _marker = self._fonts(option)
        pad_x, pad_y, gap = self._padding(option)
        height = QFontMetrics(title).height() + gap + QFontMetrics(detail).height() + 2 * pad_y
        width = QFontMetrics(title).averageCharWidth() * 24 + 2 * pad_x
        return QSize(width, height)

    # -- painting -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title_text = opt.text
        opt.text = ""  # the style draws the background, focus and selection only
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if not opt.state & QStyle.StateFlag.State_Enabled:
            group = QPalette.ColorGroup.Disabled
        elif opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        palette = opt.palette
        main = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )

        title_font, detail_font, marker_font = self._fonts(opt)
        pad_x, pad_y, gap = self._padding(opt)
        area = opt.rect.adjusted(pad_x, pad_y, -pad_x, -pad_y)
        title_height = QFontMetrics(title_font).height()
        detail_height = QFontMetrics(detail_font).height()
        line1 = QRect(area.left(), area.top(), area.width(), title_height)
        line2 = QRect(area.left(), line1.bottom() + 1 + gap, area.width(), detail_height)

        painter.save()
        try:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            single = int(flags) | int(Qt.TextFlag.TextSingleLine)

            details_rect = QRect(line2)
            if index.data(EntryListModel.SessionRole):
                details_rect.setRight(
                    self._paint_marker(painter, opt, line2, marker_font, selected)
                )

            painter.setFont(title_font)
            painter.setPen(main)
            painter.drawText(
                line1,
                single,
                QFontMetrics(title_font).elidedText(
                    title_text, Qt.TextElideMode.ElideRight, line1.width()
                ),
            )
            painter.setFont(detail_font)
            painter.setPen(palette.color(group, quiet))
            painter.drawText(
                details_rect,
                single,
                QFontMetrics(detail_font).elidedText(
                    self.details(index), Qt.TextElideMode.ElideRight, details_rect.width()
                ),
            )
        finally:
            painter.restore()

    def _paint_marker(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        line: QRect,
        font: QFont,
        selected: bool,
    ) -> int:
        """Draw the "Next session" pill at the right of ``line``; return where text must end."""
        metrics = QFontMetrics(font)
        text = self.session_marker()
        pad = max(3, metrics.height() // 3)
        width = metrics.horizontalAdvance(text) + 2 * pad
        height = min(line.height(), metrics.height() + 2)
        pill = QRect(line.right() - width + 1, line.center().y() - height // 2, width, height)
        colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), height / 2, height / 2)
        painter.setFont(font)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        return pill.left() - pad
