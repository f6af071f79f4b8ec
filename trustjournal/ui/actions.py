"""The window's actions: menus, shortcuts and when each is enabled.

Kept out of the main window (as Picard keeps ``mainwindow/actions.py``) so the
window stays a thin shell.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


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


def action_texts() -> dict[str, str]:
    """Each action's words (by field of :class:`Actions`) in the app's current language."""
    return {
        "new_entry": QCoreApplication.translate("MainWindow", "&New entry"),
        "save": QCoreApplication.translate("MainWindow", "&Save"),
        "find": QCoreApplication.translate("MainWindow", "&Search…"),
        "lock": QCoreApplication.translate("MainWindow", "&Lock now"),
        "new_journal": QCoreApplication.translate("MainWindow", "New &journal…"),
        "settings": QCoreApplication.translate("MainWindow", "Se&ttings…"),
        "quit": QCoreApplication.translate("MainWindow", "&Quit"),
        "about": QCoreApplication.translate("MainWindow", "&About Trust Journal"),
        "open_shared": QCoreApplication.translate("MainWindow", "&Open a shared file…"),
        "share_selected": QCoreApplication.translate("MainWindow", "&Share selected entries…"),
        "pair": QCoreApplication.translate("MainWindow", "&Pair with my partner…"),
        "mailbox": QCoreApplication.translate("MainWindow", "Shared &folder (mailbox)…"),
        "summary": QCoreApplication.translate("MainWindow", "Counselling &summary…"),
        "session_note": QCoreApplication.translate("MainWindow", "Write a session &note…"),
        "safety": QCoreApplication.translate("MainWindow", "If you don't feel &safe…"),
    }


def menu_titles() -> dict[str, str]:
    """The menus' titles, by object name, in the app's current language."""
    return {
        "journalMenu": QCoreApplication.translate("MainWindow", "&Journal"),
        "shareMenu": QCoreApplication.translate("MainWindow", "&Share"),
        "helpMenu": QCoreApplication.translate("MainWindow", "&Help"),
    }


def retranslate_actions(actions: Actions, window: QMainWindow) -> None:
    """Re-word every action and menu of ``window`` after the language changed."""
    for field, text in action_texts().items():
        getattr(actions, field).setText(text)
    titles = menu_titles()
    for menu in window.menuBar().findChildren(QMenu):
        if menu.objectName() in titles:
            menu.setTitle(titles[menu.objectName()])


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions and the menu bar of ``window``."""
    texts = action_texts()
    names = {
        "new_entry": "newEntryAction",
        "save": "saveAction",
        "find": "findAction",
        "lock": "lockAction",
        "new_journal": "newJournalAction",
        "settings": "settingsAction",
        "quit": "quitAction",
        "about": "aboutAction",
        "open_shared": "openSharedAction",
        "share_selected": "shareSelectedAction",
        "pair": "pairAction",
        "mailbox": "mailboxAction",
        "summary": "summaryAction",
        "session_note": "sessionNoteAction",
        "safety": "safetyAction",
    }
    shortcuts = {
        "new_entry": QKeySequence(QKeySequence.StandardKey.New),
        "save": QKeySequence(QKeySequence.StandardKey.Save),
        "find": QKeySequence(QKeySequence.StandardKey.Find),
        "lock": QKeySequence("Ctrl+L"),
        "settings": QKeySequence(QKeySequence.StandardKey.Preferences),
        "quit": QKeySequence(QKeySequence.StandardKey.Quit),
        "open_shared": QKeySequence(QKeySequence.StandardKey.Open),
        "summary": QKeySequence("Ctrl+P"),
    }
    made: dict[str, QAction] = {}
    for field, name in names.items():
        act = QAction(texts[field], window)
        act.setObjectName(name)
        if field in shortcuts:
            act.setShortcut(shortcuts[field])
        window.addAction(act)
        made[field] = act
    actions = Actions(**made)
    if actions.settings.shortcut().isEmpty():
        actions.settings.setShortcut(QKeySequence("Ctrl+,"))
    if actions.quit.shortcut().isEmpty():
        actions.quit.setShortcut(QKeySequence("Ctrl+Q"))

    titles = menu_titles()
    bar = window.menuBar()
    journal_menu = bar.addMenu(titles["journalMenu"])
    journal_menu.setObjectName("journalMenu")
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
    share_menu = bar.addMenu(titles["shareMenu"])
    share_menu.setObjectName("shareMenu")
    share_menu.addActions([actions.share_selected, actions.open_shared])
    share_menu.addSeparator()
    share_menu.addActions([actions.pair, actions.mailbox])
    help_menu = bar.addMenu(titles["helpMenu"])
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(actions.safety)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    actions.set_unlocked(False)
    return actions
