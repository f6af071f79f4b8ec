"""Showing a new recovery code once, with ways to keep it: print it or save a PDF.

There is deliberately no "Copy" button. The clipboard can be read by every program,
is often kept in a clipboard history or synced to other devices, and outlives this
window — exactly where a code that opens the whole journal should not linger. The code
stays selectable for anyone who chooses to copy it by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trustjournal.errors import TrustJournalError
from trustjournal.reports.recovery_sheet import code_lines, print_to, write_pdf
from trustjournal.ui.plain_text import plain_label


class RecoveryCodePage(QWidget):
    """The code, "Print…", "Save as PDF…" and a required "I have stored it" checkbox."""

    confirmedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodePage")
        self._code = ""
        self._name = ""

        intro = plain_label(
            self.tr(
                "If you ever forget your passphrase, this recovery code is the only other way "
                "into your journal. It is shown only this once, so please print it or write it "
                "down now."
            )
        )

        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCodeLabel")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.7)
        mono.setWeight(QFont.Weight.DemiBold)
        self.code_label.setFont(mono)
        box = QFrame()
        box.setObjectName("recoveryCodeBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(16, 14, 16, 14)
        box_layout.addWidget(self.code_label)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save as P&DF…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setAccessibleName(self.tr("Save the recovery code as a PDF file"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        pdf_note = plain_label(
            self.tr(
                "A saved PDF is not encrypted. Keep the file somewhere private, or print it "
                "and then delete the file."
            )
        )
        pdf_note.setObjectName("pdfNote")
        self.status_label = plain_label()
        self.status_label.setObjectName("statusLabel")
        self.status_label.hide()

        self.stored_check = QCheckBox(self.tr("I have stored my recovery code somewhere &safe"))
        self.stored_check.setObjectName("storedCheck")
        self.stored_check.setAccessibleName(
            self.tr("I have stored my recovery code somewhere safe")
        )
        self.stored_check.toggled.connect(self.confirmedChanged)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(box)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(pdf_note)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.stored_check)

        self.setTabOrder(self.code_label, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.stored_check)
        self._update_enabled()

    # -- public --------------------------------------------------------------------------

    def set_code(self, code: str, name: str) -> None:
        """Show ``code`` (for the journal called ``name``); the checkbox starts unticked."""
        self._code, self._name = code, name
        self.code_label.setText("\n".join(code_lines(code)))
        self.stored_check.setChecked(False)
        self._show_status("")
        self._update_enabled()

    def is_confirmed(self) -> bool:
        return self.stored_check.isChecked()

    def clear(self) -> None:
        """Wipe the code from every widget."""
        self._code, self._name = "", ""
        self.code_label.clear()
        self.stored_check.setChecked(False)
        self._show_status("")
        self._update_enabled()

    def print_sheet(self) -> None:
        """Ask for a printer and print the one-page sheet."""
        if not self._code:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print your recovery code"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_to(printer, self._code, self._name)
        except TrustJournalError as error:
            self._show_status(error.message)
        except Exception:  # a printer driver failing must never reach the user as a crash
            self._show_status(
                self.tr("The sheet could not be printed. You can save it as a PDF instead.")
            )
        else:
            self._show_status(
                self.tr("Sent to the printer. Please check that the page printed completely.")
            )

    def save_pdf(self) -> None:
        """Ask where, then save the sheet as a PDF there."""
        if not self._code:
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents or Path.home()) / self.tr("Trust Journal recovery code.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save your recovery code"),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        paper = (
            "letter"
            if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
            else "a4"
        )
        try:
            write_pdf(path, self._code, self._name, paper)
        except TrustJournalError as error:
            self._show_status(error.message)
        except Exception:
            self._show_status(self.tr("The sheet could not be saved. Please try another folder."))
        else:
            self._show_status(
                self.tr(
                    "Saved as {0}. Remember that this file is not encrypted: keep it private, "
                    "or print it and delete the file."
                ).format(path.name)
            )

    # -- internals -----------------------------------------------------------------------

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _update_enabled(self) -> None:
        has_code = bool(self._code)
        for widget in (self.print_button, self.save_button, self.stored_check):
            widget.setEnabled(has_code)
