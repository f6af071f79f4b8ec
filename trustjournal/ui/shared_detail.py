"""One entry the partner shared, read-only, with my replies below and a box to answer.

The text is shown as Markdown with HTML off (:class:`SafeMarkdownView`); labels are plain
text. A reply is plain text too, sealed for the partner and saved as a file or put in the
shared folder; it is kept here, threaded under the entry.
"""

from __future__ import annotations

from pathlib import Path

from shiboken6 import isValid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from trustjournal.domain import Kind
from trustjournal.errors import TrustJournalError
from trustjournal.services import sharing
from trustjournal.services.sharing import ReceivedEntry
from trustjournal.ui.destination import BUNDLE_SUFFIX, DestinationPicker, ask_save_path, dated_stem
from trustjournal.ui.entry_delegate import format_entry_date
from trustjournal.ui.entry_model import mood_label
from trustjournal.ui.label_field import named
from trustjournal.ui.markdown_view import SafeMarkdownView
from trustjournal.ui.plain_text import plain_label
from trustjournal.ui.reply_thread import ReplyThread
from trustjournal.ui.sections import kind_label
from trustjournal.ui.session import JournalSession
from trustjournal.ui.share_messages import day_of, shared_by, withdrawn_by
from trustjournal.ui.worker import run_in_background


class SharedEntryDetail(QWidget):
    """A received entry and its replies. Emits ``replySent(received_id)``."""

    replySent = Signal(int)

    def __init__(self, session: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedEntryDetail")
        self._session = session
        self._entry: ReceivedEntry | None = None
        self._sending = False

        self.meta_label = plain_label("", self, name="sharedMeta")
        self.by_label = plain_label("", self, name="sharedBy", italic=True)
        self.title_label = plain_label("", self, name="sharedTitle", scale=1.2, bold=True)
        self.redacted_label = plain_label("", self, name="sharedRedacted", scale=0.95, italic=True)
        self.body_view = SafeMarkdownView(self)
        self.body_view.setObjectName("sharedBody")
        self.body_view.setAccessibleName(self.tr("What your partner shared"))
        self.replies_view = ReplyThread(self)

        self.reply_heading = plain_label("", self, name="replyHeading", bold=True)
        self.reply_edit = named(QPlainTextEdit(self), "replyEdit", self.tr("Your reply"))
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.setPlaceholderText(
            self.tr("A few words back, if you like: an answer, a thank-you, a question…")
        )
        self.reply_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reply_edit.textChanged.connect(self._update_send_button)
        self.destination = DestinationPicker(self)
        self.send_button = named(
            QPushButton(self.tr("Send reply…"), self), "sendReplyButton", self.tr("Send reply")
        )
        self.send_button.clicked.connect(self.send_reply)
        self.reply_status = plain_label("", self, name="replyStatus")
        self.reply_status.hide()
        self.reply_box = QWidget(self)
        self.reply_box.setObjectName("replyBox")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.destination, 1)
        row.addWidget(self.send_button)
        box_layout = QVBoxLayout(self.reply_box)
        box_layout.setContentsMargins(0, 6, 0, 0)
        box_layout.setSpacing(6)
        box_layout.addWidget(self.reply_heading)
        box_layout.addWidget(self.reply_edit)
        box_layout.addLayout(row)
        box_layout.addWidget(self.reply_status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.by_label)
        layout.addWidget(self.redacted_label)
        layout.addWidget(self.body_view, 1)
        layout.addWidget(self.replies_view)
        layout.addWidget(self.reply_box)
        self.show_entry(None)

    # -- showing ------------------------------------------------------------------------------

    @property
    def entry(self) -> ReceivedEntry | None:
        return self._entry

    def show_entry(self, entry: ReceivedEntry | None) -> None:
        """Show a ``ReceivedEntry`` (or nothing). Keeps an unsent reply to the same entry."""
        same = entry is not None and self._entry is not None and entry.id == self._entry.id
        self._entry = entry
        if not same:
            self.reply_edit.clear()
            self.reply_status.hide()
        if entry is None:
            for label in (self.meta_label, self.by_label, self.title_label, self.redacted_label):
                label.clear()
            self.redacted_label.hide()
            self.body_view.clear()
            self.replies_view.set_replies([])
            self.reply_box.hide()
            return
        withdrawn_at = entry.withdrawn_at
        self.body_view.setVisible(withdrawn_at is None)
        self.reply_box.setVisible(withdrawn_at is None)
        if withdrawn_at is not None:
            self.meta_label.clear()
            self.title_label.setText(self.tr("Withdrawn"))
            self.by_label.setText(withdrawn_by(entry.from_name, withdrawn_at))
            self.redacted_label.setText(
                self.tr("Its words were removed from your journal when the withdrawal was opened.")
            )
            self.redacted_label.show()
            self.body_view.clear()
        else:
            parts = [kind_label(Kind(entry.kind)), format_entry_date(entry.date)]
            if entry.mood is not None:
                parts.append(self.tr("mood: %1").replace("%1", mood_label(entry.mood).lower()))
            self.meta_label.setText(" · ".join(parts))
            self.title_label.setText(entry.title)
            self.by_label.setText(shared_by(entry.from_name, entry.shared_at))
            self.redacted_label.setText(
                self.tr("%1 chose to share only the title and an excerpt.").replace(
                    "%1", entry.from_name
                )
            )
            self.redacted_label.setVisible(bool(entry.redacted))
            self.body_view.set_markdown(entry.body)
            self.reply_heading.setText(self.tr("Reply to %1").replace("%1", entry.from_name))
        self.replies_view.set_replies(
            [
                (self.tr("You replied on %1").replace("%1", day_of(reply.created_at)), reply.body)
                for reply in sorted(entry.replies, key=lambda r: r.created_at)
            ]
        )
        self._update_send_button()

    def set_mailbox(self, folder: Path | None) -> None:
        self.destination.set_mailbox(folder)

    # -- replying -----------------------------------------------------------------------------

    def _update_send_button(self) -> None:
        self.send_button.setEnabled(
            not self._sending
            and self._entry is not None
            and bool(self.reply_edit.toPlainText().strip())
        )

    def _say(self, text: str) -> None:
        self.reply_status.setText(text)
        self.reply_status.setVisible(bool(text))

    def send_reply(self) -> None:
        """Seal the reply for the partner (asking where to save it, unless the mailbox)."""
        entry = self._entry
        body = self.reply_edit.toPlainText().strip()
        if entry is None or not body or self._sending:
            return
        out: Path | None = None
        if not self.destination.uses_mailbox():
            out = ask_save_path(
                self,
                self.tr("Save your reply"),
                dated_stem(self.tr("reply", "file name")),
                BUNDLE_SUFFIX,
            )
            if out is None:
                return
        journal, received_id = self._session.journal, entry.id
        self._sending = True
        self._update_send_button()
        self._say(self.tr("Sealing your reply…"))

        def done(path: object) -> None:
            if not isValid(self):
                return
            self._sending = False
            self.reply_edit.clear()
            if out is None:
                self._say(self.tr("Your reply is in your shared folder."))
            else:
                self._say(
                    self.tr(
                        "Your reply is sealed in %1. Pass it on however suits you both."
                    ).replace("%1", Path(str(path)).name)
                )
            self.replySent.emit(received_id)

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            self._sending = False
            self._update_send_button()
            self._say(
                error.message
                if isinstance(error, TrustJournalError)
                else self.tr("Your reply could not be sealed. Nothing was sent.")
            )

        run_in_background(lambda: sharing.reply(journal, received_id, body, out), done, failed)

    def clear(self) -> None:
        """Remove every word: the entry, the replies and any unsent reply."""
        self._entry = None
        self.show_entry(None)
        self.reply_edit.clear()
        self.reply_status.clear()
