"""Screenshots of sharing, in both themes, for a person to look at.

The share preview, the safety-number pairing screen, "Shared with me" with a reply, and
the ledger. PNGs go to ``$TRUSTJOURNAL_SCREENSHOTS`` if set, otherwise into the test's
temporary folder; each picture is checked to have real content.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sharing_couple import add, make_couple, session_for

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from trustjournal.domain import Kind
from trustjournal.services import sharing
from trustjournal.ui.ledger_view import LedgerView
from trustjournal.ui.pairing_dialog import PairingDialog
from trustjournal.ui.share_dialog import ShareDialog
from trustjournal.ui.shared_view import SharedView
from trustjournal.ui.theme import apply_theme

QUESTION = (
    "Did you ever take her to **our** place by the river?\n\n"
    "I'm not asking to hurt you. I'm asking because not knowing is worse than any answer."
)
ACCOUNT = (
    "I'm sorry if you were hurt by what I said. I lied about where I was that evening, and I "
    "let you believe it for weeks.\n\nWhat I want you to know:\n\n- where I was\n"
    "- who I was with\n- why I kept it from you"
)


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
def test_sharing_screenshots(qtbot, tmp_path, theme) -> None:
    out = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    out.mkdir(parents=True, exist_ok=True)
    apply_theme(QApplication.instance(), theme)
    couple = make_couple(tmp_path / "journals")
    shots: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.wait(30)
        path = out / f"{name}_{theme}.png"
        widget.grab().save(str(path))
        shots.append(path)

    try:
        pairing = PairingDialog(session_for(couple.maya))
        pairing.partner_card_edit.setPlainText(sharing.my_card(couple.daniel).to_text())
        pairing.read_partner_card()
        save(pairing, "pairing_safety_number")
        couple.pair()

        ids = [
            add(couple.daniel, "What I did on the Thursday", ACCOUNT, Kind.ACCOUNTABILITY, mood=2),
            add(couple.daniel, "Phone stays on the table", "Every evening.", Kind.PROMISE),
        ]
        preview = ShareDialog(session_for(couple.daniel), ids)
        preview.findChild(QCheckBox, "freelyCheck").setChecked(True)
        save(preview, "share_preview")

        question = add(couple.maya, "The question I keep coming back to", QUESTION, Kind.QUESTION)
        noticed = add(
            couple.maya, "A better evening", "You put your phone away.", Kind.NOTICED_CHANGE
        )
        sharing.share(couple.maya, [noticed, question], tmp_path / "share.tjshare")
        sharing.open_bundle(couple.daniel, tmp_path / "share.tjshare")
        received = next(
            r for r in sharing.shared_with_me(couple.daniel) if r.title.startswith("The q")
        )
        sharing.reply(
            couple.daniel,
            received.id,
            "No. Never there. I understand why you needed to ask, and I'm glad you did.",
            tmp_path / "reply.tjshare",
        )
        sharing.open_bundle(couple.maya, tmp_path / "reply.tjshare")

        shared = SharedView(session_for(couple.daniel))
        shared.resize(1100, 720)
        shared.select_received(received.id)
        save(shared, "shared_with_me")

        ledger = LedgerView(session_for(couple.maya))
        ledger.resize(1100, 720)
        ledger.select_entry(question)
        save(ledger, "ledger")
    finally:
        apply_theme(QApplication.instance(), "system")
        couple.maya.lock()
        couple.daniel.lock()
    for path in shots:
        assert distinct_colours(path) > 8, f"{path.name} looks blank"
