"""Settings: auto-lock, theme, language and the data folder. Changes apply at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trustjournal.i18n import LANGUAGE_NAMES
from trustjournal.settings import SCHEMA, THEMES, Settings
from trustjournal.ui.plain_text import plain_label


class SettingsDialog(QDialog):
    """Every change applies at once; a new language re-words the dialog itself too."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings

        limits = SCHEMA["autolock_minutes"]
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolockSpin")
        self.autolock.setRange(limits.minimum or 1, limits.maximum or 240)
        self.autolock.setValue(settings.get("autolock_minutes"))
        self.autolock.valueChanged.connect(lambda v: settings.set("autolock_minutes", v))

        self.lock_minimized = QCheckBox()
        self.lock_minimized.setObjectName("lockMinimizedCheck")
        self.lock_minimized.setChecked(settings.get("lock_when_minimized"))
        self.lock_minimized.toggled.connect(lambda v: settings.set("lock_when_minimized", v))

        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        for key in THEMES:
            self.theme.addItem("", key)
        self.theme.setCurrentIndex(self.theme.findData(settings.get("theme")))
        self.theme.currentIndexChanged.connect(
            lambda _i: settings.set("theme", self.theme.currentData())
        )

        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("", "system")
        for code, name in LANGUAGE_NAMES.items():
            # Each language is named in its own words, whatever the app speaks now.
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.language.currentIndexChanged.connect(
            lambda _i: settings.set("language", self.language.currentData())
        )

        self.data_dir = QLineEdit(str(settings.data_dir()))
        self.data_dir.setObjectName("dataDirEdit")
        self.data_dir.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.setObjectName("dataDirButton")
        self.browse.clicked.connect(self._choose_data_dir)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.browse)

        self.labels = {key: QLabel() for key in ("lock", "theme", "language", "folder")}
        for key, label in self.labels.items():
            label.setObjectName(f"{key}Label")
        self.labels["lock"].setBuddy(self.autolock)
        self.labels["theme"].setBuddy(self.theme)
        self.labels["language"].setBuddy(self.language)
        self.labels["folder"].setBuddy(self.browse)
        form = QFormLayout()
        form.addRow(self.labels["lock"], self.autolock)
        form.addRow("", self.lock_minimized)
        form.addRow(self.labels["theme"], self.theme)
        form.addRow(self.labels["language"], self.language)
        form.addRow(self.labels["folder"], folder_row)

        self.note = plain_label("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the dialog, in the app's current language."""
        self.setWindowTitle(self.tr("Settings"))
        self.autolock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.autolock.setSuffix(self.tr(" min"))
        self.lock_minimized.setText(self.tr("Lock when the window is minimised"))
        self.lock_minimized.setAccessibleName(self.lock_minimized.text())
        self.theme.setAccessibleName(self.tr("Theme"))
        themes = {
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for index in range(self.theme.count()):
            self.theme.setItemText(index, themes[self.theme.itemData(index)])
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setItemText(0, self.tr("Same as the system"))
        self.data_dir.setAccessibleName(self.tr("Folder for journals"))
        self.browse.setText(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose the folder for journals"))
        self.labels["lock"].setText(self.tr("Lock after"))
        self.labels["theme"].setText(self.tr("Theme"))
        self.labels["language"].setText(self.tr("Language"))
        self.labels["folder"].setText(self.tr("Journals folder"))
        self.note.setText(
            self.tr(
                "Settings never contain anything you wrote, and never your passphrase. "
                "Ctrl+L locks the journal at any time."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_data_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for journals"), self.data_dir.text()
        )
        if chosen:
            self.settings.set("data_dir", chosen)
            self.data_dir.setText(chosen)
