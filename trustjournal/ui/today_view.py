"""The start page: today's date, a greeting, one gentle prompt, quick ways to write,
and the entries of the last seven days.

Beside them, a quiet frame (``guidanceArea``) says where the partner is on the path:
the phase from the journal's start date, what is normal in it, and a reassuring line.
The daily prompt comes from the guidance data of the partner's role.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Entry, EntryFilter, Kind, Role
from trustjournal.domain.guidance import GuidanceInvalid
from trustjournal.domain.guidance import prompt_for_day as guidance_prompt_for_day
from trustjournal.errors import TrustJournalError
from trustjournal.ui.counselling_suggestions import CounsellingSuggestions
from trustjournal.ui.entry_delegate import EntryDelegate
from trustjournal.ui.entry_model import EntryListModel
from trustjournal.ui.guide_words import current_guidance
from trustjournal.ui.list_rows import leaf_row_flags
from trustjournal.ui.phase_panel import PhasePanel
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.safety_note import SafetyNoteLink
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession

RECENT_DAYS = 7
RECENT_PAGE = 25
RECENT_MAX = 50

QUICK_KINDS: dict[Role, tuple[Kind, ...]] = {
    Role.HURT: (Kind.FEELING, Kind.TRIGGER, Kind.QUESTION, Kind.NOTICED_CHANGE),
    Role.REPAIRING: (Kind.ACCOUNTABILITY, Kind.TRANSPARENCY, Kind.PROMISE, Kind.SMALL_ACTION),
}

_Index = QModelIndex | QPersistentModelIndex


def prompts_for(role: Role) -> tuple[str, ...]:
    """The daily prompts for ``role``, from the guidance in the app's language."""
    return current_guidance().prompts[Role(role)]


def prompt_for_day(role: Role, day: dt.date) -> str:
    """The prompt for ``day``: the list turns over one prompt a day, without end."""
    return guidance_prompt_for_day(current_guidance(), role, day)


def greeting(name: str, now: QTime) -> str:
    if now.hour() < 5 or now.hour() >= 18:
        text = QCoreApplication.translate("TodayView", "Good evening, %1")
    elif now.hour() < 12:
        text = QCoreApplication.translate("TodayView", "Good morning, %1")
    else:
        text = QCoreApplication.translate("TodayView", "Good afternoon, %1")
    return text.replace("%1", name)


class RecentEntriesModel(QAbstractListModel):
    """The entries of the last seven days, newest first, at most :data:`RECENT_MAX`.

    It answers the same roles as :class:`EntryListModel`, so the entry lists' delegate
    paints it the same way.
    """

    def __init__(self, session: JournalSession, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[Entry] = []
        self._more = False
        self._filters = EntryFilter(since=dt.date.today())

    def reload(self, today: dt.date | None = None) -> None:
        """Load the first page again (after a change, or on a new day)."""
        today = today or dt.date.today()
        self._filters = EntryFilter(since=today - dt.timedelta(days=RECENT_DAYS - 1))
        self.beginResetModel()
        self._rows = self._page(0)
        self._more = len(self._rows) == RECENT_PAGE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._more = [], False
        self.endResetModel()

    def entry_id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def _page(self, offset: int) -> list[Entry]:
        try:
            journal = self._session.journal
            return journal.entries(self._filters, limit=RECENT_PAGE, offset=offset)
        except (TrustJournalError, RuntimeError):  # locked or closed: show nothing
            return []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.title
        values = {
            EntryListModel.EntryIdRole: entry.id,
            EntryListModel.KindRole: entry.kind.value,
            EntryListModel.MoodRole: entry.mood,
            EntryListModel.SessionRole: entry.session,
            EntryListModel.OutcomeRole: entry.outcome.value if entry.outcome else None,
        }
        if role == EntryListModel.DateRole:
            return QDate(entry.date.year, entry.date.month, entry.date.day)
        return values.get(role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return leaf_row_flags(index)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more and len(self._rows) < RECENT_MAX

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._rows))[: RECENT_MAX - len(self._rows)]
        self._more = len(page) == RECENT_PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()


class _EnterOpens(QObject):
    """Return or Enter on a list opens its current row (a click does the same)."""

    def __init__(self, view: QAbstractItemView, open_row: Callable[[QModelIndex], None]) -> None:
        super().__init__(view)
        self._view = view
        self._open_row = open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._view.currentIndex().isValid()
        ):
            self._open_row(self._view.currentIndex())
            return True
        return False


def open_on_enter(view: QAbstractItemView, open_row: Callable[[QModelIndex], None]) -> None:
    """Call ``open_row(current index)`` when Return or Enter is pressed in ``view``."""
    view.installEventFilter(_EnterOpens(view, open_row))


class TodayView(QWidget):
    """A calm start page.

    Emits ``writeRequested(Kind)``, ``openEntryRequested(int)``, ``timelineRequested()``
    (the "More about where you are" button) and ``selfCheckRequested()`` ("Read more" on a
    note suggesting counselling).
    """

    writeRequested = Signal(object)  # Kind
    openEntryRequested = Signal(int)
    timelineRequested = Signal()
    selfCheckRequested = Signal()

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayView")
        self._session = session
        self._role = Role(session.info.role)
        self.model = RecentEntriesModel(session, self)

        self.date_label = plain_label(name="todayDate")
        self.greeting_label = plain_label(name="greeting", scale=1.6, bold=True)
        self.prompt_label = plain_label(name="todayPrompt", scale=1.1, italic=True)
        self.write_buttons: dict[Kind, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for kind in QUICK_KINDS[self._role]:
            button = QPushButton(kind_label(kind))
            button.setObjectName(f"write{''.join(p.title() for p in kind.value.split('_'))}Button")
            button.setAccessibleName(
                self.tr("Write a new entry: %1").replace("%1", kind_label(kind))
            )
            button.clicked.connect(lambda _checked=False, k=kind: self.writeRequested.emit(k))
            button.setMinimumHeight(button.fontMetrics().height() * 2 + 4)
            button.setMinimumWidth(button.fontMetrics().averageCharWidth() * 14)
            buttons.addWidget(button)
            self.write_buttons[kind] = button
        buttons.addStretch(1)

        self.recent_list = QListView()
        self.recent_list.setObjectName("recentEntries")
        self.recent_list.setAccessibleName(self.tr("Entries from the last seven days"))
        self.recent_list.setModel(self.model)
        self.recent_list.setItemDelegate(EntryDelegate(self.recent_list))
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.clicked.connect(self._open)
        open_on_enter(self.recent_list, self._open)
        self.empty_label = plain_label(name="recentEmpty")
        self.empty_label.setText(
            self.tr(
                "Nothing written in the last seven days. That's all right. "
                "When you're ready, one of the buttons above is a gentle place to start."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.recent_stack = QStackedWidget()
        self.recent_stack.addWidget(self.recent_list)
        self.recent_stack.addWidget(self.empty_label)

        self.guidance_area = self._build_guidance_area()
        self._build_layout(buttons)
        # A method, not a lambda: Qt drops the connection when this page is deleted
        # (the pages are rebuilt around the same session when the language changes).
        session.entriesChanged.connect(self._entries_changed)
        session.closed.connect(self.clear)
        self.refresh()

    def _build_guidance_area(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("guidanceArea")
        # Visually quiet: a slightly different surface, no border.
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        frame.setAutoFillBackground(True)
        frame.setMinimumWidth(240)
        self.phase_panel = PhasePanel()
        self.phase_panel.moreRequested.connect(self.timelineRequested)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.phase_panel)
        self.suggestions = CounsellingSuggestions(self._session, compact=True)
        self.suggestions.moreRequested.connect(self.selfCheckRequested)
        layout.addSpacing(6)
        layout.addWidget(self.suggestions)
        # The noticed-changes prompt goes here; it stays empty until a view is placed in it.
        self.nudge_slot = QVBoxLayout()
        self.nudge_slot.setObjectName("nudgeSlot")
        self.nudge_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.nudge_slot)
        layout.addStretch(1)
        self.safety_link = SafetyNoteLink()
        layout.addWidget(self.safety_link)
        return frame

    def _build_layout(self, buttons: QHBoxLayout) -> None:
        write_label = plain_label(name="writeHeading", bold=True)
        write_label.setText(self.tr("Write something"))
        recent_label = plain_label(name="recentHeading", bold=True)
        recent_label.setText(self.tr("Recent entries"))
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.date_label)
        column.addWidget(self.greeting_label)
        column.addSpacing(8)
        column.addWidget(self.prompt_label)
        column.addSpacing(16)
        column.addWidget(write_label)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(recent_label)
        column.addWidget(self.recent_stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 24, 24)
        layout.setSpacing(24)
        layout.addLayout(column, 3)
        layout.addWidget(self.guidance_area, 1)

    # -- public API -------------------------------------------------------------------------

    def _entries_changed(self, _change: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show today's date, greeting and prompt, and reload the recent entries."""
        if not self._session.is_open:
            return
        today = dt.date.today()
        self.date_label.setText(
            QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        self.greeting_label.setText(greeting(self._session.info.name, QTime.currentTime()))
        try:
            self.prompt_label.setText(prompt_for_day(self._role, today))
            self.phase_panel.show_phase(self._session.info.since, today)
        except GuidanceInvalid as error:
            # A damaged install must not keep anyone from their journal.
            self.prompt_label.setText(error.message)
            self.phase_panel.clear()
        self.suggestions.refresh(today)
        self.model.reload(today)
        self.recent_stack.setCurrentIndex(0 if self.model.rowCount() else 1)

    def clear(self) -> None:
        """Remove the name and every entry title from the page (used when the app locks)."""
        self.model.clear()
        for label in (self.date_label, self.greeting_label, self.prompt_label):
            label.clear()
        self.phase_panel.clear()
        self.suggestions.clear()

    # -- internals --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # The app may stay open past midnight: the date, prompt and list follow the day.
        super().showEvent(event)
        self.refresh()

    def _open(self, index: QModelIndex) -> None:
        entry_id = self.model.entry_id_at(index.row()) if index.isValid() else None
        if entry_id is not None:
            self.openEntryRequested.emit(entry_id)
