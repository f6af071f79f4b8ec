"""After a counselling session: a quick note of what to keep, for the next summary.

Takeaways, homework and the next session's date are saved as a ``session_note``
entry, marked "bring to next session", through the session (so every view refreshes).
The session's day is remembered inside the journal, so the next summary starts there
and shows this note under "From the last session".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Entry, EntryDraft, Kind
from trustjournal.errors import TrustJournalError
from trustjournal.reports.last_session import remember_session_day
from trustjournal.reports.session_note import SessionNote, compose
from trustjournal.ui.label_field import OptionalDateEdit, make_date_edit, named, to_date, to_qdate
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.session import JournalSession


def note_title() -> str:
    """The note's title; its date is the entry's own date (the day of the session)."""
    return QCoreApplication.translate("SessionNoteDialog", "Notes from our counselling session")


class SessionNoteDialog(QDialog):
    """Emits ``saved(entry)`` once the note is in the journal."""

    saved = Signal(object)

    def __init__(
        self,
        session: JournalSession,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionNoteDialog")
        self.setWindowTitle(self.tr("After the session"))
        self._session = session
        today = today or dt.date.today()
        self.entry: Entry | None = None

        heading = plain_label(
            self.tr("What would you like to keep from today?"), self, scale=1.25, bold=True
        )
        intro = plain_label(
            self.tr(
                "A few words are plenty. This note stays in your journal, and your next "
                "counselling summary shows it."
            ),
            self,
        )
        self.date_edit = make_date_edit("sessionDateEdit", self.tr("Day of the session"), self)
        self.date_edit.setDate(to_qdate(today))
        self.takeaways_edit = self._text_edit(
            "takeawaysEdit", self.tr("What I took away"), self.tr("What stayed with you?")
        )
        self.homework_edit = self._text_edit(
            "homeworkEdit",
            self.tr("What we agreed to try"),
            self.tr("Anything you agreed to try before next time."),
        )
        self.next_edit = OptionalDateEdit(
            "nextSessionEdit", self.tr("Next session"), self.tr("Not set yet"), self
        )
        self.next_edit.set_value(None, today + dt.timedelta(days=7))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Day of the session"), self.date_edit)
        form.addRow(self.tr("What I &took away"), self.takeaways_edit)
        form.addRow(self.tr("What we &agreed to try"), self.homework_edit)
        form.addRow(self.tr("&Next session"), self.next_edit)

        self.problem = plain_label("", self, name="sessionNoteProblem")
        self.problem.hide()
        self.save_button = named(
            QPushButton(self.tr("&Save note"), self), "saveNoteButton", self.tr("Save note")
        )
        self.save_button.setDefault(True)
        self.cancel_button = named(
            QPushButton(self.tr("Cancel"), self), "cancelButton", self.tr("Cancel")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        for edit in (self.takeaways_edit, self.homework_edit):
            edit.textChanged.connect(self._update_enabled)
        self.next_edit.changed.connect(self._update_enabled)
        session.closed.connect(self._on_session_closed)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 30)
        self._update_enabled()

    def _text_edit(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        edit = named(QPlainTextEdit(self), name, accessible)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().height() * 4)
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return edit

    def note(self) -> SessionNote:
        """What is written in the fields now."""
        return SessionNote(
            takeaways=self.takeaways_edit.toPlainText(),
            homework=self.homework_edit.toPlainText(),
            next_session=self.next_edit.value(),
        )

    def save(self) -> None:
        """Save the note as a session-note entry and remember the session's day."""
        note = self.note()
        day = to_date(self.date_edit.date())
        if note.is_empty:
            self._show_problem(
                self.tr("Write a takeaway, something to try, or the next session's day first.")
            )
            return
        if note.next_session is not None and note.next_session < day:
            self._show_problem(
                self.tr("The next session is before this one. Please check the two days.")
            )
            return
        draft = EntryDraft(Kind.SESSION_NOTE, note_title(), compose(note), day, session=True)
        try:
            # The day first: if the note then fails, nothing worse than a date is kept.
            remember_session_day(self._session.journal, day)
            entry = self._session.add(draft)
        except TrustJournalError as error:
            self._show_problem(error.message)
            return
        self.entry = entry
        self.saved.emit(entry)
        self.accept()

    def clear(self) -> None:
        """Remove what was typed (the app is locking)."""
        self.takeaways_edit.clear()
        self.homework_edit.clear()
        self.problem.clear()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _update_enabled(self) -> None:
        self.save_button.setEnabled(not self.note().is_empty)
        if self.problem.isVisible():
            self._show_problem("")

    def _on_session_closed(self) -> None:
        self.clear()
        self.reject()
