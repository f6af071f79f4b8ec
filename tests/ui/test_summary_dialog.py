"""The counselling-summary dialog: choosing, the live preview, print, preview and PDF."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QPushButton

from trustjournal.domain import EntryDraft, Kind, Role
from trustjournal.reports import last_session
from trustjournal.services import sharing
from trustjournal.ui.session import JournalSession
from trustjournal.ui.summary_choices import ChoiceModel, SummaryChoice
from trustjournal.ui.summary_dialog import SummaryDialog
from trustjournal.ui.summary_picker import AddEntriesDialog
from trustjournal.vault import Journal

PASSPHRASE = "a quiet morning walk"
TODAY = dt.date(2026, 3, 31)


def day(number: int) -> dt.date:
    return dt.date(2026, 3, number)


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())


@pytest.fixture(scope="module")
def couple(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Sam and Alex, paired; Sam has shared one entry with Alex."""
    base = tmp_path_factory.mktemp("dialog-couple")
    since = dt.date(2026, 1, 15)
    sam, _ = Journal.create(
        base / "sam", name="Sam", role=Role.REPAIRING, since=since, passphrase=PASSPHRASE
    )
    alex, _ = Journal.create(
        base / "alex", name="Alex", role=Role.HURT, since=since, passphrase=PASSPHRASE
    )
    try:
        number = sharing.safety_number_with(sam, sharing.my_card(alex))
        sharing.pair(sam, sharing.my_card(alex), number)
        sharing.pair(alex, sharing.my_card(sam), number)
        entry = sam.add(EntryDraft(Kind.TRANSPARENCY, "Where I was", "harbourlight", day(9)))
        sharing.share(sam, [entry.id], base / "b.tjshare")
        sharing.open_bundle(alex, base / "b.tjshare")
    finally:
        sam.lock()
        alex.lock()
    return {"alex": base / "alex"}


@pytest.fixture
def session(
    qapp: QApplication, tmp_path: Path, couple: dict[str, Path]
) -> Iterator[JournalSession]:
    folder = tmp_path / "alex"
    shutil.copytree(couple["alex"], folder)
    journal = Journal.unlock(folder, PASSPHRASE)
    journal.add_many(
        [
            EntryDraft(Kind.FEELING, "Kettle morning", "amberlight", day(4), mood=2, session=True),
            EntryDraft(Kind.QUESTION, "About October", "saltmeadow", day(11), session=True),
            EntryDraft(Kind.FEELING, "Not flagged", "zephyrquill", day(12), mood=1),
            EntryDraft(Kind.FEELING, "Before the session", "marrowbloom", day(1), session=True),
        ]
    )
    last_session.remember_session_day(journal, day(3))
    session = JournalSession(journal)
    yield session
    session.close()


@pytest.fixture
def dialog(qtbot: object, session: JournalSession) -> SummaryDialog:
    dialog = SummaryDialog(session, today=TODAY)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return dialog


def titles(model: ChoiceModel) -> list[str]:
    return [row.title for row in model.rows()]


def wait_preview(qtbot: object, dialog: SummaryDialog) -> None:
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: dialog.preview.page_count > 0 and not dialog.preview.is_busy(), timeout=20_000
    )


def test_the_period_runs_from_the_last_session_with_flagged_entries_ticked(
    dialog: SummaryDialog, qtmodeltester: object
) -> None:
    assert dialog.from_edit.date() == QDate(2026, 3, 3)
    assert dialog.to_edit.date() == QDate(2026, 3, 31)
    assert titles(dialog.model) == ["Kettle morning", "About October"]
    assert [c.title for c in dialog.model.chosen()] == ["Kettle morning", "About October"]
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    first = dialog.model.index(0)
    assert dialog.model.data(first, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "Kettle morning" in dialog.model.data(first)
    for name in ("entriesList", "talkAboutEdit", "printButton", "savePdfButton", "paperCombo"):
        widget = dialog.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName()


def test_unticking_removes_an_entry_from_the_pdf(
    qtbot: object, dialog: SummaryDialog, tmp_path: Path
) -> None:
    dialog.model.setData(
        dialog.model.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    dialog.talk_edit.setPlainText("The evenings, mostly.")
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.saved, timeout=20_000):  # type: ignore[attr-defined]
        dialog.save_pdf(target)
    text = pdf_text(target)
    assert "Kettle morning" in text and "amberlight" in text
    assert "The evenings, mostly." in text
    for word in ("About October", "saltmeadow", "Not flagged", "zephyrquill", "marrowbloom"):
        assert word not in text
    assert "not encrypted" in dialog.message.text()
    assert [p.name for p in target.parent.iterdir()] == ["summary.pdf"]


def test_the_preview_follows_the_choices(qtbot: object, dialog: SummaryDialog) -> None:
    dialog.resize(1100, 720)
    dialog.show()
    wait_preview(qtbot, dialog)
    first = dialog.preview.page_count
    assert dialog.preview.picture.pixmap() is not None
    assert dialog.preview.status.text() == f"Page 1 of {first}"
    dialog.model.set_all_checked(False)
    qtbot.waitUntil(lambda: dialog.preview.page_count < first, timeout=20_000)  # type: ignore[attr-defined]
    dialog.preview.next_button.click()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: dialog.preview.status.text() == f"Page 2 of {dialog.preview.page_count}",
        timeout=20_000,
    )
    assert dialog.preview.previous_button.isEnabled()
    if folder := os.environ.get("TRUSTJOURNAL_SCREENSHOTS"):
        dialog.model.set_all_checked(True)
        dialog.preview.show_page(0)
        wait_preview(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.preview.page == 0, timeout=20_000)  # type: ignore[attr-defined]
        dialog.grab().save(str(Path(folder) / "summary-dialog.png"))


def test_changing_the_period_lists_its_flagged_entries(
    qtbot: object, dialog: SummaryDialog
) -> None:
    dialog.from_edit.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(lambda: "Before the session" in titles(dialog.model), timeout=5_000)  # type: ignore[attr-defined]
    dialog.from_edit.setDate(QDate(2026, 3, 20))
    qtbot.waitUntil(lambda: titles(dialog.model) == [], timeout=5_000)  # type: ignore[attr-defined]
    assert "No entries of this period are marked to bring" in dialog.empty_label.text()
    dialog.to_edit.setDate(QDate(2026, 3, 10))
    qtbot.waitUntil(lambda: "before it starts" in dialog.empty_label.text(), timeout=5_000)  # type: ignore[attr-defined]


def test_adding_other_and_shared_entries(
    qtbot: object,
    dialog: SummaryDialog,
    session: JournalSession,
    tmp_path: Path,
    qtmodeltester: object,
) -> None:
    picker = AddEntriesDialog(session, dialog.period(), {r.key for r in dialog.model.rows()})
    qtbot.addWidget(picker)  # type: ignore[attr-defined]
    assert titles(picker.own_model) == ["Not flagged"]
    assert titles(picker.shared_model) == ["Where I was"]
    qtmodeltester.check(picker.own_model)  # type: ignore[attr-defined]
    qtmodeltester.check(picker.shared_model)  # type: ignore[attr-defined]
    assert picker.chosen() == []  # nothing is ticked for the partner
    shared_row = picker.shared_model.data(picker.shared_model.index(0))
    assert "Shared by Sam on" in shared_row
    if folder := os.environ.get("TRUSTJOURNAL_SCREENSHOTS"):
        picker.resize(640, 420)
        picker.show()
        picker.tabs.setCurrentIndex(1)
        qtbot.waitExposed(picker)  # type: ignore[attr-defined]
        picker.grab().save(str(Path(folder) / "summary-add-entries.png"))
    picker.shared_model.setData(
        picker.shared_model.index(0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    dialog.add_choices(picker.chosen())
    assert titles(dialog.model) == ["Kettle morning", "Where I was", "About October"] or (
        "Where I was" in titles(dialog.model)
    )
    target = tmp_path / "shared.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=20_000):  # type: ignore[attr-defined]
        dialog.save_pdf(target)
    text = pdf_text(target)
    assert "Where I was" in text and "harbourlight" in text and "Shared by Sam on" in text
    assert "Not flagged" not in text


def test_a_printer_that_fails_is_told_calmly(dialog: SummaryDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gone" / "printed.pdf"))
    assert not dialog.print_on(printer)
    assert "could not be printed" in dialog.message.text()
    assert "printer is on and ready" in dialog.message.text()
    working = QPrinter(QPrinter.PrinterMode.HighResolution)
    working.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    working.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_on(working)
    assert "Kettle morning" in pdf_text(tmp_path / "printed.pdf")


def test_print_preview_draws_the_summary(
    qtbot: object, dialog: SummaryDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted: list[QPrinter] = []
    original = dialog.output.print_on

    def spy(printer: QPrinter) -> bool:
        painted.append(printer)
        return original(printer)

    monkeypatch.setattr(dialog.output, "print_on", spy)

    def close_preview() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintPreviewDialog) and widget.isVisible():
                widget.reject()
                return
        QTimer.singleShot(50, close_preview)

    QTimer.singleShot(50, close_preview)
    dialog.open_print_preview()
    assert painted
    assert dialog.message.text() == ""  # it drew without a problem


def test_an_unwritable_pdf_path_is_told_calmly_and_writes_nothing(
    qtbot: object, dialog: SummaryDialog, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "summary.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: "could not be saved" in dialog.message.text(), timeout=20_000)  # type: ignore[attr-defined]
    assert "Please choose another folder" in dialog.message.text()
    assert not target.parent.exists()
    for name in ("printPreviewButton", "printButton", "savePdfButton"):
        assert dialog.findChild(QPushButton, name).isEnabled()


def test_locking_clears_every_word(
    qtbot: object, dialog: SummaryDialog, session: JournalSession
) -> None:
    dialog.talk_edit.setPlainText("private words")
    dialog.show()
    session.close()
    assert dialog.model.rowCount(QModelIndex()) == 0
    assert dialog.talk_edit.toPlainText() == ""
    assert dialog.preview.picture.pixmap().isNull()
    assert not dialog.isVisible()


def test_choice_rows_are_plain_text() -> None:
    choice = SummaryChoice(("own", 1), "<b>bold?</b>", day(2), Kind.FEELING)
    assert choice.text().startswith("<b>bold?</b>\n")


def test_locking_closes_an_open_print_preview(
    qtbot: object, dialog: SummaryDialog, session: JournalSession
) -> None:
    """The print preview holds the pages' words: it must not outlive the lock."""
    still_open: list[bool] = []

    def lock_while_previewing() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintPreviewDialog) and widget.isVisible():
                session.close()
                still_open.append(widget.isVisible())
                widget.reject()  # so a failing test does not wait forever
                return
        QTimer.singleShot(50, lock_while_previewing)

    QTimer.singleShot(50, lock_while_previewing)
    dialog.open_print_preview()
    assert still_open == [False]
    assert not dialog.isVisible()


def test_saving_or_printing_after_the_lock_is_refused_calmly(
    dialog: SummaryDialog, session: JournalSession, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    session.close()
    target = out / "late.pdf"
    dialog.save_pdf(target)
    assert "locked" in dialog.message.text()
    assert not target.exists()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    assert not dialog.print_on(printer)
    assert "locked" in dialog.message.text()
    assert list(out.iterdir()) == []
