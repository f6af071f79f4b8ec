"""The editor for one entry: title, date, Markdown body with a preview, mood, labels.

Changes go through the :class:`~trustjournal.ui.session.JournalSession`. A save that
fails (a missing title, a locked journal, a full disk) shows the reason inline and
keeps every word the partner wrote in the editor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6 import QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.domain import Entry, EntryDraft, Kind, Outcome, Repeat, Role
from trustjournal.errors import JournalLocked, TrustJournalError
from trustjournal.ui.coach_panel import CoachPanel
from trustjournal.ui.entry_delegate import format_entry_date
from trustjournal.ui.entry_model import outcome_label
from trustjournal.ui.label_field import (
    LabelField,
    MoodPicker,
    OptionalDateEdit,
    make_date_edit,
    named,
    to_date,
    to_qdate,
)
from trustjournal.ui.markdown_view import MarkdownEditor
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession


class EntryEditor(QWidget):
    """Writes and edits entries of the given ``kinds`` (a section's kinds)."""

    saved = Signal(int)
    deleted = Signal(int)
    shareRequested = Signal(int)  # the saved entry's id
    dirtyChanged = Signal(bool)

    def __init__(
        self, session: JournalSession, kinds: tuple[Kind, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if not kinds:
            raise ValueError("an editor needs at least one kind of entry")
        self._session = session
        self._kinds = tuple(kinds)
        self._entry: Entry | None = None
        self._kind = self._kinds[0]
        self._baseline = EntryDraft(kind=self._kind, title="")
        self._loading = False
        self._was_dirty = False
        self._build()
        self.load(None, self._kind)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("entryEditor")
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

        self.kind_combo = named(QComboBox(self), "kindCombo", self.tr("Kind of entry"))
        for kind in self._kinds:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.title_edit = named(QLineEdit(self), "titleEdit", self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("A few words to find this again"))
        self.date_edit = make_date_edit("dateEdit", self.tr("Date"), self)

        self.due_row = OptionalDateEdit(
            "dueEdit", self.tr("Due date"), self.tr("No due date"), self
        )
        self.due_edit, self.no_due_check = self.due_row.date_edit, self.due_row.none_check
        self.no_due_check.setObjectName("noDueCheck")
        self.outcome_combo = named(QComboBox(self), "outcomeCombo", self.tr("How it went"))
        for outcome in Outcome:
            self.outcome_combo.addItem(outcome_label(outcome), outcome.value)
        self.repeat_combo = named(QComboBox(self), "repeatCombo", self.tr("How often"))
        self.repeat_combo.addItem(self.tr("Once"), None)
        self.repeat_combo.addItem(self.tr("Every day"), Repeat.DAILY.value)
        self.repeat_combo.addItem(self.tr("Every week"), Repeat.WEEKLY.value)

        self.body = MarkdownEditor(self)
        self.body_tabs, self.body_edit = self.body.tabs, self.body.edit
        self.preview = self.body.preview
        self.body_edit.setPlaceholderText(
            self.tr("Write as much or as little as you like. Markdown works here.")
        )
        # The coach never exists for the partner who was hurt: their words are not read.
        self.coach_panel: CoachPanel | None = None
        if self._session.info.role is Role.REPAIRING:
            self.coach_panel = CoachPanel(self.body_edit, self)

        self.mood = MoodPicker(self)
        # Suggestions are read when a field gets focus, not on every entry shown.
        emotions = LabelField(lambda: self._session.journal.emotions(), self)
        self.emotions_edit = named(emotions, "emotionsEdit", self.tr("Named emotions"))
        self.emotions_edit.setPlaceholderText(self.tr("For example: sad, tired, hopeful"))
        tags = LabelField(lambda: self._session.journal.tags(), self)
        self.tags_edit = named(tags, "tagsEdit", self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))
        self.session_check = named(
            QCheckBox(self.tr("&Bring to next session"), self),
            "sessionCheck",
            self.tr("Bring to next session"),
        )
        self.message_label = named(QLabel(self), "messageLabel", self.tr("Message"))
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.revert_button = named(
            QPushButton(self.tr("&Revert"), self),
            "revertButton",
            self.tr("Revert to the saved version"),
        )
        self.revert_button.setFlat(True)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button = named(
            QPushButton(self.tr("Delete…"), self), "deleteButton", self.tr("Delete this entry")
        )
        self.delete_button.clicked.connect(self.delete)
        self.share_button = named(
            QPushButton(self.tr("Share…"), self), "editorShareButton", self.tr("Share this entry")
        )
        self.share_button.setFlat(True)
        self.share_button.clicked.connect(self._request_share)
        self.save_button = named(QPushButton(self.tr("Save"), self), "saveButton", self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(self.save_action.shortcut().toString())
        self._lay_out()

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Date:"), self.date_edit)
        self.form.addRow(self.tr("D&ue:"), self.due_row)
        self.form.addRow(self.tr("&Repeats:"), self.repeat_combo)
        self.form.addRow(self.tr("&Outcome:"), self.outcome_combo)
        self.form.addRow(self.body)
        if self.coach_panel is not None:
            self.form.addRow(self.coach_panel)
            self.session_check.toggled.connect(self._follow_coach)
        self.form.addRow(self.tr("&Mood:"), self.mood)
        self.form.addRow(self.tr("&Emotions:"), self.emotions_edit)
        self.form.addRow(self.tr("T&ags:"), self.tags_edit)
        self.form.addRow("", self.session_check)
        self.form.setRowVisible(self.kind_combo, len(self._kinds) > 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        edits = (
            self.title_edit.textChanged,
            self.body_edit.textChanged,
            self.date_edit.dateChanged,
            self.due_row.changed,
            self.outcome_combo.currentIndexChanged,
            self.repeat_combo.currentIndexChanged,
            self.mood.changed,
            self.emotions_edit.textChanged,
            self.tags_edit.textChanged,
            self.session_check.toggled,
        )
        for signal in edits:
            signal.connect(self._on_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)

    # -- public API -------------------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        """The id of the entry being edited, or None for a new entry."""
        return self._entry.id if self._entry is not None else None

    @property
    def kind(self) -> Kind:
        return self._current_kind()

    def load(self, entry: Entry | None, kind: Kind) -> None:
        """Edit ``entry``, or start a new entry of ``kind`` dated today when it is None."""
        kind = entry.kind if entry is not None else Kind(kind)
        if kind not in self._kinds:
            raise ValueError(f"this editor does not write {kind.value} entries")
        draft = entry.draft() if entry is not None else EntryDraft(kind=kind, title="")
        self._loading = True
        try:
            self._entry, self._kind = entry, kind
            self.kind_combo.setCurrentIndex(self._kinds.index(kind))
            self.title_edit.setText(draft.title)
            self.date_edit.setDate(to_qdate(draft.date))
            self.body.set_text(draft.body)
            self.mood.set_mood(draft.mood)
            self.emotions_edit.set_labels(draft.emotions)
            self.tags_edit.set_labels(draft.tags)
            self.session_check.setChecked(draft.session)
            self.due_row.set_value(draft.due, dt.date.today() + dt.timedelta(days=7))
            outcome = draft.outcome or Outcome.OPEN
            self.outcome_combo.setCurrentIndex(list(Outcome).index(outcome))
            self.repeat_combo.setCurrentIndex(
                max(0, self.repeat_combo.findData(draft.repeat.value if draft.repeat else None))
            )
            self._show_kind_rows()
        finally:
            self._loading = False
        self._baseline = self.draft()
        self._show_message("")
        self._update_state()

    def draft(self) -> EntryDraft:
        """What the editor holds now, as a draft (not yet validated)."""
        kind = self._current_kind()
        promise = kind is Kind.PROMISE
        return EntryDraft(
            kind=kind,
            title=self.title_edit.text(),
            body=self.body.text(),
            date=to_date(self.date_edit.date()),
            mood=self.mood.mood(),
            emotions=self.emotions_edit.labels(),
            tags=self.tags_edit.labels(),
            session=self.session_check.isChecked(),
            due=self.due_row.value() if promise else None,
            outcome=Outcome(self.outcome_combo.currentData()) if promise else None,
            repeat=self._repeat() if promise else None,
        )

    def is_dirty(self) -> bool:
        """Whether the editor holds changes that are not saved."""
        current, base = self.draft(), self._baseline
        if self._entry is None:
            # Choosing another kind, a due date or an outcome for an otherwise empty new
            # entry is not writing anything worth a "Save changes?" question.
            empty = {"kind": base.kind, "due": None, "outcome": None, "repeat": None}
            current = dataclasses.replace(current, **empty)  # type: ignore[arg-type]
            base = dataclasses.replace(base, **empty)  # type: ignore[arg-type]
        return current != base

    def save(self) -> bool:
        """Save through the session. On failure show why, keep the text, return False."""
        draft = self.draft()
        session = self._session
        if not session.is_open:
            self._show_message(JournalLocked().message, error=True)
            return False
        try:
            if self._entry is None:
                entry = session.add(draft)
            else:
                entry = session.update(self._entry.id, draft)
        except TrustJournalError as error:
            self._show_message(error.message, error=True)
            return False
        self.load(entry, entry.kind)
        self._show_message(self.tr("Saved."))
        self.saved.emit(entry.id)
        return True

    def delete(self) -> bool:
        """Delete the entry after the partner confirms. Returns whether it was deleted."""
        if self._entry is None:
            return False
        entry = self._entry
        # Our own first line keeps Qt from reading the (untrusted) title as rich text.
        text = "\n\n".join(
            (
                self.tr("Do you want to delete this entry?"),
                f"“{entry.title}”",
                self.tr(
                    "It will be removed from your journal for good and cannot be brought back."
                ),
            )
        )
        if QtGui.Qt.mightBeRichText(text):
            text = QtGui.Qt.convertFromPlainText(text)
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._session.delete(entry.id)
        except (TrustJournalError, RuntimeError) as error:
            message = error.message if isinstance(error, TrustJournalError) else None
            self._show_message(message or JournalLocked().message, error=True)
            return False
        self.load(None, entry.kind)
        self.deleted.emit(entry.id)
        return True

    def revert(self) -> None:
        """Go back to the saved version (or an empty new entry)."""
        if self._entry is None:
            self.load(None, self._current_kind())
            return
        try:
            fresh = self._session.journal.get(self._entry.id)
        except (TrustJournalError, RuntimeError):
            fresh = self._entry
        self.load(fresh, fresh.kind)

    def clear(self) -> None:
        """Forget the entry and all journal text, including label suggestions (on lock)."""
        self.load(None, self._kinds[0])
        for field in (self.emotions_edit, self.tags_edit):
            field.clear()
        self.body.clear()
        self._show_message("")
        if self.coach_panel is not None:
            self.coach_panel.clear()

    # -- internals ------------------------------------------------------------------------------

    def _current_kind(self) -> Kind:
        return self._kinds[max(0, self.kind_combo.currentIndex())]

    def _repeat(self) -> Repeat | None:
        value = self.repeat_combo.currentData()
        return Repeat(value) if value else None

    def _show_kind_rows(self) -> None:
        promise = self._current_kind() is Kind.PROMISE
        self.form.setRowVisible(self.due_row, promise)
        self.form.setRowVisible(self.repeat_combo, promise)
        self.form.setRowVisible(self.outcome_combo, promise)
        self._update_heading()
        self._follow_coach()

    def _follow_coach(self, *_args: object) -> None:
        if self.coach_panel is not None:
            role, shared = self._session.info.role, self.session_check.isChecked()
            self.coach_panel.set_context(role, self._current_kind(), shared)

    def _update_heading(self) -> None:
        kind = kind_label(self._current_kind())
        if self._entry is None:
            text = self.tr("New entry: %1").replace("%1", kind)
        else:
            text = self.tr("%1 from %2").replace("%1", kind)
            text = text.replace("%2", format_entry_date(self._entry.date))
        self.heading.setText(text)

    def _on_kind_changed(self, _index: int) -> None:
        self._show_kind_rows()
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        if not self.message_label.property("error"):
            self._show_message("")
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self._entry is not None)
        self.share_button.setEnabled(self._entry is not None)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _request_share(self) -> None:
        # What leaves is what is saved: save first, and stay if that fails.
        if self._entry is not None and (not self.is_dirty() or self.save()):
            self.shareRequested.emit(self._entry.id)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        is_error = error and bool(text)
        self.message_label.setProperty("error", is_error)
        # A framed panel draws the eye to a problem without alarming colours.
        frame = QFrame.Shape.StyledPanel if is_error else QFrame.Shape.NoFrame
        self.message_label.setFrameShape(frame)
        self.message_label.setMargin(self.fontMetrics().height() // 3 if is_error else 0)
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
