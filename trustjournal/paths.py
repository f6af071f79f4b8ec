"""Where things live: the data and config folders, new journals' folders, our resources.

The one place that knows about frozen (PyInstaller) builds.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path

APP_NAME = "TrustJournal"
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}


def data_dir() -> Path:
    """The folder that holds the user's journals (``TRUSTJOURNAL_DATA_DIR`` overrides it)."""
    override = os.environ.get("TRUSTJOURNAL_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The folder for settings (never journal content, never a secret)."""
    override = os.environ.get("TRUSTJOURNAL_CONFIG_DIR")
    return Path(override) if override else user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """A folder for things the app can rebuild (compiled translations), never user data."""
    override = os.environ.get("TRUSTJOURNAL_CACHE_DIR")
    return Path(override) if override else user_cache_path(APP_NAME, appauthor=False)


def folder_name_for(name: str) -> str:
    """A folder name that is safe on every system, made from a display name."""
    text = unicodedata.normalize("NFC", name)
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    kept = " ".join(kept.split())[:40].strip()
    return kept if kept and kept.casefold() not in _RESERVED else "Journal"


def new_journal_folder(data_dir: Path, name: str) -> Path:
    """``data_dir / "Sam"``, or ``"Sam 2"``, ``"Sam 3"``… if that is taken."""
    base = folder_name_for(name)
    candidate, number = data_dir / base, 2
    while candidate.exists():
        candidate, number = data_dir / f"{base} {number}", number + 1
    return candidate


def resources_dir() -> Path:
    """``resources/`` in a source checkout, or its copy inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under :func:`resources_dir`."""
    return resources_dir().joinpath(*parts)
