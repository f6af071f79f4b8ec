"""A damaged install (unreadable guidance data) never keeps anyone from their journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QLabel

from trustjournal.domain import Role, guidance
from trustjournal.ui.journal_view import JournalView
from trustjournal.ui.safety_note import DIALOG_NAME, show_safety_note
from trustjournal.ui.session import JournalSession


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    broken = tmp_path / "en.toml"
    broken.write_text("[steps\nthis is not TOML", encoding="utf-8")
    monkeypatch.setattr(guidance, "guidance_path", lambda _language="en": broken)
    guidance._load_cached.cache_clear()
    yield
    guidance._load_cached.cache_clear()


@pytest.mark.parametrize("role", [Role.HURT, Role.REPAIRING])
def test_the_journal_opens_with_calm_notices_and_the_safety_note(
    role, damaged, make_journal, qtbot
) -> None:
    journal, _ = make_journal(role.value, role=role)
    session = JournalSession(journal)
    view = JournalView(session)
    qtbot.addWidget(view)
    view.show()
    for key in ("guide", "self_check"):
        assert view.show_section(key)
        page = view.pages.currentWidget()
        assert page.objectName() == "pageNotice"
        assert "reinstall" in page.findChild(QLabel, "pageNoticeText").text()
    assert view.show_section("today")
    assert "reinstall" in view.today.prompt_label.text()
    assert view.show_section("timeline")
    show_safety_note(view)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == DIALOG_NAME)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "violence" in words and "emergency" in words
    dialog.close()
    view.clear()
    session.close()
