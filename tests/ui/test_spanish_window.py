"""The main window in Spanish: every page of both demo partners, photographed and checked.

A word left in English on screen (one set before the language was installed, or never
passed through ``tr()``) is found by comparing what the widgets show with the catalogue.
Set ``TRUSTJOURNAL_SCREENSHOTS`` to keep the pictures.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from catalogue import CATALOGUES

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from trustjournal.demo import create_demo_couple
from trustjournal.i18n import install_language
from trustjournal.settings import Settings
from trustjournal.ui.main_window import MainWindow


def _english_left_over() -> dict[str, str]:
    """English source text -> its Spanish, for strings whose Spanish differs."""
    pairs: dict[str, str] = {}
    for message in ET.parse(CATALOGUES / "trustjournal_es.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if message.get("numerus") != "yes" and translation and translation != source:
            pairs[source] = translation
    return pairs


def shown_texts(root: QWidget) -> set[str]:
    """The interface words visible under ``root`` (menus, labels, buttons, lists, tabs)."""
    texts: set[str] = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(12):  # headers past the last column are None
                header = model.headerData(column, Qt.Orientation.Horizontal)
                texts.add(str(header) if header is not None else "")
            for row in range(min(model.rowCount(), 50)):
                texts.add(str(model.data(model.index(row, 0)) or ""))
        texts.add(widget.accessibleName())
        texts.add(widget.toolTip())
    return {text for text in texts if text}


def menu_texts(window: MainWindow) -> set[str]:
    texts: set[str] = set()
    for menu in window.menuBar().findChildren(QMenu):
        texts.add(menu.title())
        texts.update(action.text() for action in menu.actions() if not action.isSeparator())
    return texts


def test_the_main_window_in_spanish(qtbot, tmp_path: Path) -> None:
    out = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    assert install_language("es") == "es"
    left_over = _english_left_over()
    couple = create_demo_couple(tmp_path / "journals", language="es")
    settings = Settings(tmp_path / "settings.ini")
    settings.set("data_dir", str(tmp_path / "journals"))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_demo_couple([(d.name, d.passphrase) for d in couple])
    window.resize(1100, 720)
    window.show()
    qtbot.wait(30)
    window.grab().save(str(out / "es_unlock.png"))
    found: dict[str, set[str]] = {"unlock": shown_texts(window) | menu_texts(window)}
    for demo in couple:
        view = window.unlock_view
        view.journal_combo.setCurrentIndex(view.journal_combo.findText(demo.folder.name))
        view.passphrase_edit.setText(demo.passphrase)
        view.unlock()
        qtbot.waitUntil(lambda: window.is_unlocked, timeout=10_000)
        journal_view = window.journal_view
        for row in range(journal_view.nav.count()):
            key = journal_view.nav.item(row).data(Qt.ItemDataRole.UserRole)
            if key is None:
                continue  # a heading
            journal_view.show_section(str(key))
            qtbot.wait(20)
            page = f"{demo.name}_{key}"
            window.grab().save(str(out / f"es_{page}.png"))
            found[page] = shown_texts(window) | menu_texts(window)
        assert window.lock()
    english = {
        page: sorted(text for text in texts if text in left_over)
        for page, texts in found.items()
        if any(text in left_over for text in texts)
    }
    assert not english, f"English words on screen in Spanish: {english}"
    assert len(list(out.glob("es_*.png"))) >= 20
