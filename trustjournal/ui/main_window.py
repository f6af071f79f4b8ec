"""The main window: a thin shell that swaps the unlock screen and the open journal.

It owns locking — by shortcut, after a quiet spell, when minimised or hidden — and
makes sure nothing of the journal stays in any widget afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from trustjournal.settings import Settings
from trustjournal.ui.actions import build_actions, retranslate_actions
from trustjournal.ui.dialogs import ask_save_changes, show_problem
from trustjournal.ui.idle_lock import InactivityTimer
from trustjournal.ui.journal_view import JournalView
from trustjournal.ui.safety_note import show_safety_note
from trustjournal.ui.session import JournalSession
from trustjournal.ui.session_note_dialog import SessionNoteDialog
from trustjournal.ui.sharing_actions import SharingActions
from trustjournal.ui.summary_dialog import SummaryDialog
from trustjournal.ui.unlock_view import UnlockView, find_journals
from trustjournal.vault import Journal


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Trust Journal"))
        self.settings = settings
        self.session: JournalSession | None = None
        self.journal_view: JournalView | None = None

        self.demo_couple: list[tuple[str, str]] = []
        self._unlock_view_stale = False

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.unlock_view = self._make_unlock_view()
        self.stack.addWidget(self.unlock_view)

        self.window_actions = build_actions(self)
        self.window_actions.lock.triggered.connect(lambda: self.lock())
        self.window_actions.new_entry.triggered.connect(self._new_entry)
        self.window_actions.save.triggered.connect(self._save)
        self.window_actions.find.triggered.connect(self._find)
        self.window_actions.new_journal.triggered.connect(self.start_first_run)
        self.window_actions.settings.triggered.connect(self.open_settings)
        self.window_actions.quit.triggered.connect(self.close)
        self.window_actions.about.triggered.connect(self._about)
        self.window_actions.summary.triggered.connect(self._summary)
        self.window_actions.session_note.triggered.connect(self._session_note)
        self.window_actions.safety.triggered.connect(self._safety_note)
        self.sharing = SharingActions(self, self.window_actions)
        self.setAcceptDrops(True)  # a .tjshare dropped on the window is opened

        self.idle = InactivityTimer(self)
        self.idle.inactivityDetected.connect(self._idle_lock)
        self._apply_autolock()
        settings.changed.connect(self._setting_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)

        self.refresh_journals()
        self.resize(1100, 720)

    # -- unlocking ------------------------------------------------------------------------

    def _make_unlock_view(self) -> UnlockView:
        view = UnlockView()
        view.unlocked.connect(self.open_journal)
        view.createRequested.connect(self.start_first_run)
        view.recoveryRequested.connect(self.start_recovery)
        return view

    def set_demo_couple(self, couple: list[tuple[str, str]]) -> None:
        """Demo mode: show each demo journal's name and passphrase on the unlock screen."""
        self.demo_couple = couple
        self.unlock_view.set_demo_note(self._demo_note())

    def _demo_note(self) -> list[str]:
        if not self.demo_couple:
            return []
        return [
            QCoreApplication.translate("App", "This is a demo couple; nothing here is real."),
            *(
                QCoreApplication.translate("App", "{0}: passphrase “{1}”").format(name, secret)
                for name, secret in self.demo_couple
            ),
        ]

    def refresh_journals(self) -> None:
        folders = find_journals(self.settings.data_dir())
        self.unlock_view.set_journals(folders, self.settings.get("last_journal"))

    def has_journals(self) -> bool:
        return bool(find_journals(self.settings.data_dir()))

    def open_journal(self, journal: Journal) -> None:
        """Show an unlocked journal (from the unlock screen, the wizard or recovery)."""
        if self.session is not None:
            journal.lock()
            return
        self.session = JournalSession(journal, self)
        self.journal_view = JournalView(self.session)
        self.stack.addWidget(self.journal_view)
        self.stack.setCurrentWidget(self.journal_view)
        self.window_actions.set_unlocked(True)
        self.sharing.attach(self.session, self.journal_view)
        self.idle.activate()
        self.settings.set("last_journal", journal.folder.name)

    def start_first_run(self) -> None:
        from trustjournal.ui.first_run import FirstRunWizard

        if self.session is not None:
            return
        wizard = FirstRunWizard(self.settings.data_dir(), self)
        accepted = wizard.exec()
        # A journal created and then cancelled on the code page still exists: list it.
        self.refresh_journals()
        if accepted and wizard.journal is not None:
            self.open_journal(wizard.journal)

    def start_recovery(self, folder: Path) -> None:
        from trustjournal.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(folder, self)
        if dialog.exec() and dialog.journal is not None:
            self.open_journal(dialog.journal)

    # -- locking --------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.session is not None

    def lock(self, message: str = "") -> bool:
        """Lock now. Unsaved words are saved first; if that fails, stay open and say so."""
        if self.session is None or self.journal_view is None:
            return True
        if not self.journal_view.save_pending():
            show_problem(
                self,
                self.tr(
                    "Your latest words could not be saved, so the journal stays open for now. "
                    "Copy them somewhere safe or try saving again."
                ),
            )
            return False
        view, session = self.journal_view, self.session
        self.journal_view, self.session = None, None
        self.sharing.detach()
        view.clear()
        self.stack.removeWidget(view)
        view.deleteLater()
        session.close()
        session.deleteLater()
        self.idle.deactivate()
        self.window_actions.set_unlocked(False)
        if self._unlock_view_stale:
            self._replace_unlock_view()
        self.refresh_journals()
        self.stack.setCurrentWidget(self.unlock_view)
        self.unlock_view.reset(message)
        return True

    def _idle_lock(self) -> None:
        minutes = self.settings.get("autolock_minutes")
        self.lock(
            self.tr("Locked after %n quiet minutes, to keep your words private.", "", minutes)
        )

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state in (
            Qt.ApplicationState.ApplicationHidden,
            Qt.ApplicationState.ApplicationSuspended,
        ):
            self.lock()

    def open_shared_file(self, path: Path) -> None:
        """Open a shared file now, or right after the next unlock."""
        self.sharing.open_later(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._consider_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._consider_drag(event)

    def _consider_drag(self, event: QDragMoveEvent) -> None:
        if self.sharing.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.sharing.drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self.settings.get("lock_when_minimized")
        ):
            # After the event: locking may show a message box.
            QTimer.singleShot(0, self.lock)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        view = self.journal_view
        if view is not None and view.has_unsaved_changes():
            answer = ask_save_changes(self)
            if answer == "cancel" or (answer == "save" and not view.save_pending()):
                event.ignore()
                return
            if answer == "discard":
                view.discard_pending()
        if not self.lock():
            event.ignore()
            return
        event.accept()

    # -- actions --------------------------------------------------------------------------

    def _new_entry(self) -> None:
        if self.journal_view is not None:
            self.journal_view.new_entry()

    def _save(self) -> None:
        if self.journal_view is not None:
            current = self.journal_view.current_section_view()
            if current is not None:
                current.save_pending()

    def _find(self) -> None:
        if self.journal_view is not None:
            self.journal_view.focus_search()

    def open_settings(self) -> None:
        from trustjournal.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def _apply_autolock(self) -> None:
        self.idle.set_timeout(int(self.settings.get("autolock_minutes")) * 60_000)

    def _setting_changed(self, key: str) -> None:
        if key == "autolock_minutes":
            self._apply_autolock()
        elif key == "data_dir" and self.session is None:
            self.refresh_journals()
        elif key == "language":
            # The app installed the new language before this runs (it connected first).
            self.retranslate()

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word in the language just installed, without a restart.

        The pages are built again around the same open journal, on the same section and
        entry; unsaved words are saved first. If they cannot be saved, the journal's pages
        keep their old language until the next lock rather than risk those words.
        """
        self.setWindowTitle(self.tr("Trust Journal"))
        retranslate_actions(self.window_actions, self)
        if self.unlock_view.busy:
            self._unlock_view_stale = True  # an unlock is under way: after the next lock
        else:
            self._replace_unlock_view()
        if self.session is not None and self.journal_view is not None:
            self._rebuild_journal_view(self.session, self.journal_view)

    def _replace_unlock_view(self) -> None:
        old, showing = self.unlock_view, self.stack.currentWidget() is self.unlock_view
        self.unlock_view = self._make_unlock_view()
        self.stack.insertWidget(self.stack.indexOf(old), self.unlock_view)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._unlock_view_stale = False
        self.unlock_view.set_demo_note(self._demo_note())
        self.refresh_journals()
        if showing:
            self.stack.setCurrentWidget(self.unlock_view)
            self.unlock_view.reset()

    def _rebuild_journal_view(self, session: JournalSession, old: JournalView) -> None:
        if not old.save_pending():
            return
        key = old.current_key()
        section = old.current_section_view()
        entry_id = section.editor.entry_id if section is not None else None
        self.sharing.detach()
        view = JournalView(session)
        self.journal_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self.sharing.attach(session, view)
        old.clear()
        self.stack.removeWidget(old)
        old.deleteLater()
        view.show_section(key)
        if entry_id is not None:
            view.open_entry(entry_id)

    def _summary(self) -> None:
        if self.session is not None:
            SummaryDialog(self.session, self).exec()

    def _session_note(self) -> None:
        if self.session is not None:
            SessionNoteDialog(self.session, self).exec()

    def _safety_note(self) -> None:
        show_safety_note(self)

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Trust Journal"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Trust Journal"))
        box.setInformativeText(
            self.tr(
                "A private journal for couples rebuilding trust. Your entries are encrypted on "
                "this computer and never leave it unless you choose to share or export them."
            )
        )
        box.exec()
