"""Two real journals for the sharing tests: Maya (hurt) and Daniel (repairing).

Not a test module: the sharing UI tests import it for their fixtures' building blocks.
"""

from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.services import sharing
from trustjournal.ui.session import JournalSession
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"


@dataclasses.dataclass
class Couple:
    maya: Journal
    daniel: Journal
    folder: Path

    def pair(self) -> None:
        """Pair both ways, as the two of them would after comparing the number."""
        for me, other in ((self.maya, self.daniel), (self.daniel, self.maya)):
            card = sharing.my_card(other)
            sharing.pair(me, card, sharing.safety_number_with(me, card))


_template: list[Path] = []


def _couple_template() -> Path:
    """The two journals, made once per test run; each test works on its own copy."""
    if not _template:
        root = Path(tempfile.mkdtemp(prefix="trustjournal-couple-"))
        atexit.register(shutil.rmtree, root, True)
        since = dt.date(2026, 1, 15)
        for folder, name, role in (
            ("maya", "Maya", Role.HURT),
            ("daniel", "Daniel", Role.REPAIRING),
        ):
            journal, _code = Journal.create(
                root / folder, name=name, role=role, since=since, passphrase=PASSPHRASE
            )
            journal.lock()
        _template.append(root)
    return _template[0]


def make_couple(folder: Path) -> Couple:
    """Maya's and Daniel's journals in ``folder``, unlocked and not yet paired."""
    template = _couple_template()
    for name in ("maya", "daniel"):
        shutil.copytree(template / name, folder / name)
    maya = Journal.unlock(folder / "maya", PASSPHRASE)
    daniel = Journal.unlock(folder / "daniel", PASSPHRASE)
    return Couple(maya, daniel, folder)


def add(journal: Journal, title: str, body: str, kind: Kind, **fields: object) -> int:
    return journal.add(EntryDraft(kind=kind, title=title, body=body, **fields)).id  # type: ignore[arg-type]


def session_for(journal: Journal) -> JournalSession:
    return JournalSession(journal)


def unlock(qtbot, window, journal_folder: Path) -> None:
    """Unlock the journal in ``journal_folder`` through the window's unlock screen."""
    view = window.unlock_view
    view.journal_combo.setCurrentIndex(view.journal_combo.findText(journal_folder.name))
    view.passphrase_edit.setText(PASSPHRASE)
    view.unlock()
    qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)


def open_window(qtbot, tmp_path: Path, couple: Couple, who: str):
    """A main window with ``who`` ("maya" or "daniel") unlocked in it."""
    from trustjournal.settings import Settings
    from trustjournal.ui.main_window import MainWindow

    journal = getattr(couple, who)
    folder = journal.folder
    journal.lock()  # the window opens it itself
    settings = Settings(tmp_path / "settings.ini")
    settings.set("data_dir", str(couple.folder))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, folder)
    return window


def answer_save_dialog(monkeypatch, path: Path | None) -> list[str]:
    """Make the save-file dialog answer ``path`` (None: cancel); returns the suggestions."""
    suggested: list[str] = []

    def fake(parent, caption, directory, *args, **kwargs):
        suggested.append(directory)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return suggested


def answer_open_dialog(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(path) if path else "", "")),
    )


def message_boxes(name: str) -> list[QMessageBox]:
    """The visible message boxes with this object name."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


def close_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def find(root: QWidget, kind: type, name: str):
    found = root.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found
