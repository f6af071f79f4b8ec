"""Offscreen screenshots of the main screens, in both themes, for a person to look at.

The PNGs go to ``$TRUSTJOURNAL_SCREENSHOTS`` if set, otherwise into the test's
temporary folder; the test checks that each picture really has content.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QRadioButton

from trustjournal.demo import create_demo_couple
from trustjournal.settings import Settings
from trustjournal.ui.first_run import FirstRunWizard
from trustjournal.ui.main_window import MainWindow
from trustjournal.ui.theme import apply_theme


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    step = max(1, image.width() // 60)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots(qtbot, tmp_path, theme) -> None:
    out = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    apply_theme(app, theme)
    couple = create_demo_couple(tmp_path / "journals")
    settings = Settings(tmp_path / "settings.ini")
    settings.set("data_dir", str(tmp_path / "journals"))
    shots: list[Path] = []

    def save(widget, name: str) -> None:
        qtbot.wait(30)
        path = out / f"{name}_{theme}.png"
        widget.grab().save(str(path))
        shots.append(path)

    wizard = FirstRunWizard(tmp_path / "new", None)
    qtbot.addWidget(wizard)
    wizard.resize(760, 580)
    wizard.show()
    while not wizard.findChild(QRadioButton, "roleHurt").isVisible():
        wizard.next()
        qtbot.wait(10)
        assert wizard.currentId() < 5
    save(wizard, "wizard_role")
    wizard.reject()

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    save(window, "unlock")
    for demo in couple:
        view = window.unlock_view
        view.journal_combo.setCurrentIndex(view.journal_combo.findText(demo.folder.name))
        view.passphrase_edit.setText(demo.passphrase)
        view.unlock()
        qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
        journal_view = window.journal_view
        save(window, f"{demo.name}_today")
        first = next(iter(journal_view.section_views))
        journal_view.show_section(first)
        section = journal_view.section_views[first]
        section.list_view.setCurrentIndex(section.model.index(0, 0))
        save(window, f"{demo.name}_{first}")
        for key in ("guide", "promises", "timeline", "self_check", "shared", "ledger"):
            if key in journal_view._page_index:
                assert journal_view.show_section(key)
                qtbot.wait(200)  # background figures (timeline, self-check) arrive
                save(window, f"{demo.name}_{key}")
        journal_view.focus_search()
        journal_view.search.set_query("session")
        journal_view.search.search_now()
        qtbot.waitUntil(lambda v=journal_view: v.search.model.rowCount() > 0, timeout=5000)
        save(window, f"{demo.name}_search")
        window.lock()
    apply_theme(app, "system")
    for path in shots:
        assert distinct_colours(path) > 8, f"{path.name} looks blank"
