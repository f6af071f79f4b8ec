"""The small fields an entry is made of: labels, mood and dates.

``LabelField`` takes comma-separated tags or named emotions; completion works on the
label being typed (the part after the last comma) and offers the labels already used
in this journal, most used first. ``MoodPicker`` offers a mood from 1 to 5 in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from trustjournal.errors import TrustJournalError
from trustjournal.ui.entry_model import mood_label

LabelSource = Callable[[], Iterable[tuple[str, int]]]


def to_qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def to_date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def locale_date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    if QLocale().language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # the C locale's own short format reads as a puzzle
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    """Give ``widget`` its object name (for tests and styles) and its accessible name."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget


def make_date_edit(name: str, accessible: str, parent: QWidget) -> QDateEdit:
    """A date field with a calendar popup, in the locale's format."""
    edit = named(QDateEdit(parent), name, accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(locale_date_format())
    return edit


class OptionalDateEdit(QWidget):
    """A date with a "none" check box beside it (e.g. a promise's due date)."""

    changed = Signal()

    def __init__(self, name: str, accessible: str, none_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.date_edit = make_date_edit(name, accessible, self)
        self.none_check = named(QCheckBox(none_text, self), f"{name}None", none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.none_check)
        layout.addStretch(1)
        self.none_check.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        self.none_check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        return None if self.none_check.isChecked() else to_date(self.date_edit.date())

    def set_value(self, date: dt.date | None, default: dt.date) -> None:
        """Show ``date``, or "none" with ``default`` waiting in the disabled date field."""
        self.none_check.setChecked(date is None)
        self.date_edit.setDate(to_qdate(date or default))
        self.date_edit.setEnabled(date is not None)


class MoodPicker(QWidget):
    """Mood 1–5 as worded radio buttons, plus "No mood" (the default)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodPicker")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        none = named(QRadioButton(self.tr("No mood"), self), "moodNoneButton", self.tr("No mood"))
        self.buttons: dict[int, QRadioButton] = {0: none}
        for mood in range(1, 6):
            name = self.tr("Mood %1 of 5: %2").replace("%1", str(mood))
            self.buttons[mood] = named(
                QRadioButton(f"{mood} {mood_label(mood)}", self),
                f"mood{mood}Button",
                name.replace("%2", mood_label(mood)),
            )
        for mood, button in self.buttons.items():
            self.group.addButton(button, mood)
            layout.addWidget(button)
        layout.addStretch(1)
        none.setChecked(True)
        self.group.idToggled.connect(self._on_toggled)

    def mood(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen > 0 else None

    def set_mood(self, mood: int | None) -> None:
        self.buttons[mood or 0].setChecked(True)

    def _on_toggled(self, _mood: int, checked: bool) -> None:
        if checked:
            self.changed.emit()


class LabelField(QLineEdit):
    """Comma-separated labels; ``source`` is e.g. ``journal.tags`` or ``journal.emotions``."""

    def __init__(self, source: LabelSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._names = QStringListModel(self)
        self._completer = QCompleter(self._names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)

    # -- public API -------------------------------------------------------------------------

    def labels(self) -> tuple[str, ...]:
        """The labels typed, trimmed, without empty ones (the journal removes duplicates)."""
        return tuple(part.strip() for part in self.text().split(",") if part.strip())

    def set_labels(self, labels: Iterable[str]) -> None:
        self.setText(", ".join(labels))

    def set_source(self, source: LabelSource | None) -> None:
        self._source = source

    def refresh_suggestions(self) -> None:
        """Read the labels in use from the journal again (quietly empty if it is locked)."""
        names: list[str] = []
        if self._source is not None:
            try:
                names = [name for name, _count in self._source()]
            except (TrustJournalError, RuntimeError):
                names = []
        self._names.setStringList(names)

    def suggestions(self) -> list[str]:
        return list(self._names.stringList())

    def clear(self) -> None:
        """Remove the text and every suggestion (they are journal text too)."""
        self._hide_popup()
        super().clear()
        self._names.setStringList([])

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Read the labels in use when the partner arrives here, so they are current
        # without a query each time another entry is shown.
        self.refresh_suggestions()
        super().focusInEvent(event)

    # -- completion ---------------------------------------------------------------------------

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _popup_visible(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def _current_part(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _update_completion(self, _text: str) -> None:
        prefix = self._current_part()
        if not prefix:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        count = self._completer.completionCount()
        exact = count == 1 and self._completer.currentCompletion().casefold() == prefix.casefold()
        if count == 0 or exact:
            self._hide_popup()
            return
        self._completer.complete()

    def _insert_completion(self, completion: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        new_before = f"{head}{completion}, "
        self.setText(new_before + after.lstrip(", ") if after.strip() else new_before)
        self.setCursorPosition(len(new_before))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # While the list is open, these keys belong to it (choose, dismiss), not to the field.
        if self._popup_visible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            event.ignore()
            return
        super().keyPressEvent(event)
