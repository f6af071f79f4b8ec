"""Where things live: the data and config folders, and our bundled resources.

The one place that knows about frozen (PyInstaller) builds.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "TrustJournal"


def data_dir() -> Path:
    """The folder that holds the user's journals (``TRUSTJOURNAL_DATA_DIR`` overrides it)."""
    override = os.environ.get("TRUSTJOURNAL_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """The folder for settings (never journal content, never a secret)."""
    override = os.environ.get("TRUSTJOURNAL_CONFIG_DIR")
    return Path(override) if override else user_config_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """``resources/`` in a source checkout, or its copy inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under :func:`resources_dir`."""
    return resources_dir().joinpath(*parts)
