"""The window's actions: menus, shortcuts and when each is enabled.

Kept out of the main window (as Picard keeps ``mainwindow/actions.py``) so the
window stays a thin shell.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


@dataclasses.dataclass
class Actions:
    new_entry: QAction
    save: QAction
    find: QAction
    lock: QAction
    new_journal: QAction
    settings: QAction
    quit: QAction
    about: QAction
    open_shared: QAction
    share_selected: QAction
    pair: QAction
    mailbox: QAction
    summary: QAction
    session_note: QAction
    safety: QAction

    def set_unlocked(self, unlocked: bool) -> None:
        """Journal actions work only while a journal is open."""
        for action in (
            self.new_entry,
            self.save,
            self.find,
            self.lock,
            self.open_shared,
            self.share_selected,
            self.pair,
            self.mailbox,
            self.summary,
            self.session_note,
        ):
            action.setEnabled(unlocked)
        self.new_journal.setEnabled(not unlocked)


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions and the menu bar of ``window``."""

    def action(text: str, name: str, shortcut: QKeySequence | None = None) -> QAction:
        act = QAction(text, window)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(shortcut)
        window.addAction(act)
        return act

    actions = Actions(
        new_entry=action(
            QCoreApplication.translate("MainWindow", "&New entry"),
            "newEntryAction",
            QKeySequence(QKeySequence.StandardKey.New),
        ),
        save=action(
            QCoreApplication.translate("MainWindow", "&Save"),
            "saveAction",
            QKeySequence(QKeySequence.StandardKey.Save),
        ),
        find=action(
            QCoreApplication.translate("MainWindow", "&Search…"),
            "findAction",
            QKeySequence(QKeySequence.StandardKey.Find),
        ),
        lock=action(
            QCoreApplication.translate("MainWindow", "&Lock now"),
            "lockAction",
            QKeySequence("Ctrl+L"),
        ),
        new_journal=action(
            QCoreApplication.translate("MainWindow", "New &journal…"), "newJournalAction"
        ),
        settings=action(
            QCoreApplication.translate("MainWindow", "Se&ttings…"),
            "settingsAction",
            QKeySequence(QKeySequence.StandardKey.Preferences),
        ),
        quit=action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            "quitAction",
            QKeySequence(QKeySequence.StandardKey.Quit),
        ),
        about=action(
            QCoreApplication.translate("MainWindow", "&About Trust Journal"), "aboutAction"
        ),
        open_shared=action(
            QCoreApplication.translate("MainWindow", "&Open a shared file…"),
            "openSharedAction",
            QKeySequence(QKeySequence.StandardKey.Open),
        ),
        share_selected=action(
            QCoreApplication.translate("MainWindow", "&Share selected entries…"),
            "shareSelectedAction",
        ),
        pair=action(
            QCoreApplication.translate("MainWindow", "&Pair with my partner…"), "pairAction"
        ),
        mailbox=action(
            QCoreApplication.translate("MainWindow", "Shared &folder (mailbox)…"), "mailboxAction"
        ),
        summary=action(
            QCoreApplication.translate("MainWindow", "Counselling &summary…"),
            "summaryAction",
            QKeySequence("Ctrl+P"),
        ),
        session_note=action(
            QCoreApplication.translate("MainWindow", "Write a session &note…"), "sessionNoteAction"
        ),
        safety=action(
            QCoreApplication.translate("MainWindow", "If you don't feel &safe…"), "safetyAction"
        ),
    )
    if actions.settings.shortcut().isEmpty():
        actions.settings.setShortcut(QKeySequence("Ctrl+,"))
    if actions.quit.shortcut().isEmpty():
        actions.quit.setShortcut(QKeySequence("Ctrl+Q"))

    bar = window.menuBar()
    journal_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Journal"))
    journal_menu.addActions([actions.new_entry, actions.save])
    journal_menu.addSeparator()
    journal_menu.addAction(actions.find)
    journal_menu.addAction(actions.open_shared)
    journal_menu.addSeparator()
    journal_menu.addActions([actions.summary, actions.session_note])
    journal_menu.addSeparator()
    journal_menu.addActions([actions.lock, actions.new_journal])
    journal_menu.addSeparator()
    journal_menu.addActions([actions.settings, actions.quit])
    share_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Share"))
    share_menu.setObjectName("shareMenu")
    share_menu.addActions([actions.share_selected, actions.open_shared])
    share_menu.addSeparator()
    share_menu.addActions([actions.pair, actions.mailbox])
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.safety)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    actions.set_unlocked(False)
    return actions
