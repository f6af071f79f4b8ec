"""Small, kind questions and messages shared by every view."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Literal["save", "discard", "cancel"]


def ask_save_changes(parent: QWidget | None) -> Answer:
    """Ask what to do with words that have not been saved yet."""
    box = QMessageBox(parent)
    box.setObjectName("saveChangesBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved words"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate("Dialogs", "You have written something that is not saved yet.")
    )
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "Would you like to save it first?")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    choice = box.exec()
    if choice == QMessageBox.StandardButton.Save:
        return "save"
    if choice == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_problem(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """Tell the user calmly that something did not work, as plain text."""
    box = QMessageBox(parent)
    box.setObjectName("problemBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "Something did not work"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    box.exec()
