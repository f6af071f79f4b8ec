"""Languages: which one the app picks, its dates and numbers, and switching without a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QMenu

from trustjournal import i18n
from trustjournal.demo import DemoJournal, create_demo_couple
from trustjournal.domain import EntryDraft, Kind
from trustjournal.errors import WrongPassphrase
from trustjournal.i18n import (
    LANGUAGE_NAMES,
    compiled_catalogue,
    install_language,
    locale_for,
    resolve_language,
)
from trustjournal.settings import LANGUAGES, Settings
from trustjournal.ui.main_window import MainWindow
from trustjournal.ui.settings_dialog import SettingsDialog


@pytest.mark.parametrize(
    ("choice", "desktop", "expected"),
    [
        ("system", "es_MX", "es"),
        ("system", "es_ES", "es"),
        ("system", "de_DE", "en"),
        ("system", "C", "en"),
        ("system", "en_GB", "en"),
        ("en", "es_ES", "en"),
        ("es", "en_US", "es"),
        ("klingon", "es_AR", "es"),  # a value the app no longer knows follows the desktop
    ],
)
def test_the_language_follows_the_setting_or_the_desktop(choice, desktop, expected) -> None:
    assert resolve_language(choice, QLocale(desktop)) == expected


def test_every_language_setting_is_one_the_app_speaks() -> None:
    assert set(LANGUAGES) == {"system", *LANGUAGE_NAMES}


def test_dates_and_numbers_follow_the_desktop_when_it_speaks_the_language() -> None:
    mexico = locale_for("es", QLocale("es_MX"))
    assert mexico.name() == "es_MX"
    assert locale_for("es", QLocale("de_DE")).language() == QLocale.Language.Spanish
    assert locale_for("en", QLocale("en_GB")).name() == "en_GB"
    assert locale_for("en", QLocale("fr_FR")).language() == QLocale.Language.English
    spain = locale_for("es", QLocale("es_ES"))
    assert spain.toString(1234.5, "f", 1) == "1234,5"
    from PySide6.QtCore import QDate

    assert "noviembre" in spain.toString(QDate(2026, 11, 27), "d MMMM yyyy")


def test_the_spanish_catalogue_is_compiled_once_into_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_CACHE_DIR", str(tmp_path / "cache"))
    first = compiled_catalogue("es")
    assert first is not None and first.is_file()
    assert first.is_relative_to(tmp_path / "cache")
    stamp = first.stat().st_mtime_ns
    assert compiled_catalogue("es") == first and first.stat().st_mtime_ns == stamp
    assert QTranslator().load(str(first))
    assert compiled_catalogue("xx") is None


def test_a_catalogue_that_cannot_be_compiled_leaves_the_app_in_english(
    qapp, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(i18n, "_lrelease", lambda: tmp_path / "no-such-program")
    assert install_language("es") == "en"
    assert QCoreApplication.translate("MainWindow", "&Lock now") == "&Lock now"


def test_spanish_reaches_menus_dialogs_and_errors(qapp) -> None:
    assert install_language("es") == "es"
    assert QCoreApplication.translate("MainWindow", "&Lock now") != "&Lock now"
    error = WrongPassphrase()
    assert error.message != str(error)  # Spanish on screen; the command line stays English
    assert QLocale().language() == QLocale.Language.Spanish
    assert install_language("en") == "en"
    assert error.message == str(error)
    assert QCoreApplication.translate("MainWindow", "&Lock now") == "&Lock now"


@pytest.fixture
def couple(tmp_path: Path) -> list[DemoJournal]:
    return create_demo_couple(tmp_path / "journals")


def _window(qtbot, tmp_path: Path) -> tuple[MainWindow, Settings]:
    settings = Settings(tmp_path / "settings.ini")
    settings.set("language", "en")
    settings.set("data_dir", str(tmp_path / "journals"))
    # As the app does: the language is installed before the window hears of the change.
    settings.changed.connect(
        lambda key: install_language(settings.get("language")) if key == "language" else None
    )
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    return win, settings


def _menu_titles(win: MainWindow) -> list[str]:
    return [menu.title() for menu in win.menuBar().findChildren(QMenu)]


def test_switching_language_keeps_the_journal_open_on_the_same_entry(
    qtbot, tmp_path, couple
) -> None:
    win, settings = _window(qtbot, tmp_path)
    daniel = next(d for d in couple if d.name == "Daniel")
    view = win.unlock_view
    view.journal_combo.setCurrentIndex(view.journal_combo.findText(daniel.folder.name))
    view.passphrase_edit.setText(daniel.passphrase)
    view.unlock()
    qtbot.waitUntil(lambda: win.is_unlocked, timeout=10_000)
    first = next(iter(win.journal_view.section_views))
    win.journal_view.show_section(first)
    section = win.journal_view.section_views[first]
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    entry_id = section.model.entry_id_at(0)
    win.journal_view.open_entry(entry_id)
    section.editor.body_edit.setPlainText("Words written just before switching.")
    english_menus = _menu_titles(win)
    english_nav = win.journal_view.nav.item(1).text()

    settings.set("language", "es")

    assert win.is_unlocked
    assert _menu_titles(win) != english_menus
    assert win.window_actions.lock.text() == QCoreApplication.translate("MainWindow", "&Lock now")
    assert win.window_actions.lock.text() != "&Lock now"
    assert win.journal_view.nav.item(1).text() != english_nav
    assert win.journal_view.current_key() == first
    now = win.journal_view.section_views[first]
    assert now.editor.entry_id == entry_id
    # Nothing typed was lost: it was saved before the pages were rebuilt.
    assert now.editor.body_edit.toPlainText() == "Words written just before switching."
    assert win.sharing.journal_view is win.journal_view
    # The old pages are gone; a change to the journal reaches only the new ones.
    qtbot.wait(10)  # let Qt delete the old pages
    win.session.add(EntryDraft(kind=Kind.ACCOUNTABILITY, title="After the switch", body="Mine."))
    qtbot.wait(10)

    settings.set("language", "en")
    assert _menu_titles(win) == english_menus
    assert win.journal_view.nav.item(1).text() == english_nav
    win.lock()
    assert not win.is_unlocked


def test_switching_language_on_the_unlock_screen(qtbot, tmp_path, couple) -> None:
    win, settings = _window(qtbot, tmp_path)
    win.set_demo_couple([(d.name, d.passphrase) for d in couple])
    english = win.unlock_view.demo_label.text()
    settings.set("language", "es")
    spanish = win.unlock_view.demo_label.text()
    assert spanish != english and all(d.passphrase in spanish for d in couple)
    combo = win.unlock_view.journal_combo
    assert {combo.itemText(i) for i in range(combo.count())} >= {"Maya", "Daniel"}
    assert win.stack.currentWidget() is win.unlock_view
    settings.set("language", "en")
    assert win.unlock_view.demo_label.text() == english


def test_the_settings_dialog_rewords_itself_when_the_language_changes(qtbot, tmp_path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.changed.connect(
        lambda key: install_language(settings.get("language")) if key == "language" else None
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "es"]
    assert combo.itemText(2) == "Español" and combo.currentData() == "system"
    label = dialog.findChild(QLabel, "languageLabel")
    assert label.text() == "Language"
    combo.setCurrentIndex(2)
    assert settings.get("language") == "es"
    qtbot.waitUntil(lambda: label.text() != "Language")  # Qt posts the change to widgets
    assert dialog.windowTitle() != "Settings"
    assert combo.itemText(1) == "English"  # each language keeps its own name
    combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: label.text() == "Language")
    assert dialog.windowTitle() == "Settings"


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en_US", "Nov 27, 2026"),
        ("en_GB", "27 Nov 2026"),
        ("es_ES", "27 de nov de 2026"),
        ("de_DE", "27. Nov. 2026"),
        ("C", "27 Nov 2026"),
    ],
)
def test_entry_dates_are_written_the_way_the_region_writes_them(locale, shown) -> None:
    from PySide6.QtCore import QDate

    from trustjournal.ui.entry_delegate import medium_date_format

    place = QLocale(locale)
    assert place.toString(QDate(2026, 11, 27), medium_date_format(place)) == shown


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_things_on_the_unlock_screen_share_an_alt_key(qtbot, tmp_path, language) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton

    install_language(language)
    win, _settings = _window(qtbot, tmp_path)
    texts = _menu_titles(win)
    texts += [label.text() for label in win.unlock_view.findChildren(QLabel)]
    texts += [button.text() for button in win.unlock_view.findChildren(QAbstractButton)]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t.replace("&&", "")))]
    assert len(keys) == len(set(keys)) >= 7, sorted(keys)


def test_the_demo_couple_writes_in_the_desktops_language(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from trustjournal.app import build, parse_args
    from trustjournal.vault import Journal

    monkeypatch.setenv("TRUSTJOURNAL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TRUSTJOURNAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "resolve_language", lambda choice, system=None: "es")
    launch = build(QApplication.instance(), parse_args(["--demo"]))
    try:
        qtbot.addWidget(launch.window)
        assert i18n.current_language() == "es"
        maya = Path(launch.window.settings.data_dir()) / "Maya"
        with Journal.unlock(maya, "maya demo journal") as journal:
            titles = {entry.title for entry in journal.iter_all()}
        assert "No esquivó la conversación" in titles
        assert "nada de esto es real" in launch.window.unlock_view.demo_label.text()
    finally:
        launch.close()


def test_the_coach_reads_and_answers_in_the_apps_language(qapp) -> None:
    from trustjournal.ui.coach_panel import check_wording

    spanish = "Perdón si te hice daño con lo de los mensajes."
    assert check_wording(spanish) == []  # the English rules do not read Spanish
    install_language("es")
    found = check_wording(spanish)
    assert found and spanish[found[0].start : found[0].end].lower().startswith("perdón si")
    assert "si" in found[0].message.lower() or "tu" in found[0].message.lower()
