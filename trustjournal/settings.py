"""The app's settings: one schema (key, type, default), stored in an INI file.

Settings live in ``settings.ini`` beside the app's config, through a file-path
``QSettings``. They never hold journal content and never a secret: a passphrase,
a key or an entry's words have no place here. Window geometry is kept apart, in
the ``window/`` group, as state rather than preference.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from trustjournal import paths

THEMES = ("system", "light", "dark")
# "system" follows the desktop's language when the app speaks it (see i18n.py).
LANGUAGES = ("system", "en", "es")


@dataclasses.dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, raw: object) -> Any:
        """The stored value as the right type, or the default if it is unusable."""
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true")
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            return self.default
        if self.maximum is not None and value > self.maximum:
            return self.default
        return value


SCHEMA: dict[str, Setting] = {
    s.key: s
    for s in (
        # Minutes without keyboard or mouse before the journal locks itself.
        Setting("autolock_minutes", int, 5, minimum=1, maximum=240),
        Setting("lock_when_minimized", bool, True),
        Setting("theme", str, "system", choices=THEMES),
        Setting("language", str, "system", choices=LANGUAGES),
        # Empty means the platform's default data folder.
        Setting("data_dir", str, ""),
        # The folder name of the journal chosen last, to preselect it (not its content).
        Setting("last_journal", str, ""),
    )
}


class Settings(QObject):
    """Typed access to :data:`SCHEMA`; emits ``changed(key)`` after every change."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or paths.config_dir() / "settings.ini"
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        setting = SCHEMA[key]
        return setting.coerce(self._store.value(key, setting.default))

    def set(self, key: str, value: Any) -> None:
        setting = SCHEMA[key]
        if setting.coerce(value) != value:
            raise ValueError(f"{value!r} is not a valid value for {key}")
        if self.get(key) == value:
            return
        self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit(key)

    def data_dir(self) -> Path:
        """The folder holding the journals: the chosen one or the platform default."""
        chosen = self.get("data_dir")
        return Path(chosen) if chosen else paths.data_dir()

    def window_state(self, name: str) -> Any:
        return self._store.value(f"window/{name}")

    def set_window_state(self, name: str, value: Any) -> None:
        self._store.setValue(f"window/{name}", value)
