"""Settings: auto-lock, theme, language and the data folder. Changes apply at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustjournal.settings import SCHEMA, Settings
from trustjournal.ui.plain_text import plain_label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings

        limits = SCHEMA["autolock_minutes"]
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockSpin")
        self.autolock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.autolock.setRange(limits.minimum or 1, limits.maximum or 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(settings.get("autolock_minutes"))
        self.autolock.valueChanged.connect(lambda v: settings.set("autolock_minutes", v))

        self.lock_minimized = QCheckBox(self.tr("Lock when the window is minimised"))
        self.lock_minimized.setObjectName("lockMinimizedCheck")
        self.lock_minimized.setAccessibleName(self.lock_minimized.text())
        self.lock_minimized.setChecked(settings.get("lock_when_minimized"))
        self.lock_minimized.toggled.connect(lambda v: settings.set("lock_when_minimized", v))

        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(settings.get("theme")))
        self.theme.currentIndexChanged.connect(
            lambda _i: settings.set("theme", self.theme.currentData())
        )

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.language.currentIndexChanged.connect(
            lambda _i: settings.set("language", self.language.currentData())
        )

        self.data_dir = QLineEdit(str(settings.data_dir()))
        self.data_dir.setObjectName("dataDirEdit")
        self.data_dir.setAccessibleName(self.tr("Folder for journals"))
        self.data_dir.setReadOnly(True)
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("dataDirButton")
        browse.setAccessibleName(self.tr("Choose the folder for journals"))
        browse.clicked.connect(self._choose_data_dir)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Lock after"), self.autolock)
        form.addRow("", self.lock_minimized)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Journals folder"), folder_row)

        note = plain_label(
            self.tr(
                "Settings never contain anything you wrote, and never your passphrase. "
                "Ctrl+L locks the journal at any time."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _choose_data_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for journals"), self.data_dir.text()
        )
        if chosen:
            self.settings.set("data_dir", chosen)
            self.data_dir.setText(chosen)
