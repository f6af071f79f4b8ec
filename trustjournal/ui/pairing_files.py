"""Card files for pairing: save my card, read my partner's (bounded, plain words on failure)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trustjournal.sharing.card import PartnerCard
from trustjournal.ui.destination import CARD_SUFFIX, ask_open_path, ask_save_path


def card_stem(name: str) -> str:
    """A file name from a display name: letters, digits and dashes only."""
    safe = re.sub(r"[^\w-]+", "-", name, flags=re.ASCII).strip("-")[:40]
    return f"{safe or 'my'}-card"


def save_card_file(parent: QWidget | None, card: PartnerCard) -> str:
    """Ask where, then write the card there; the sentence to show (empty if cancelled)."""
    path = ask_save_path(
        parent,
        QCoreApplication.translate("PairingFiles", "Save my card"),
        card_stem(card.name),
        CARD_SUFFIX,
    )
    if path is None:
        return ""
    try:
        with path.open("x", encoding="utf-8", newline="\n") as out:
            out.write(card.to_text())
    except FileExistsError:
        return QCoreApplication.translate(
            "PairingFiles", "A file with that name is already there. Choose another name."
        )
    except OSError:
        return QCoreApplication.translate(
            "PairingFiles", "Your card could not be saved there. Try another folder."
        )
    return QCoreApplication.translate("PairingFiles", "Saved as %1.").replace("%1", path.name)


def ask_card_file(parent: QWidget | None) -> Path | None:
    """Ask for the partner's card file; None if the user cancelled."""
    return ask_open_path(
        parent, QCoreApplication.translate("PairingFiles", "Open my partner's card"), CARD_SUFFIX
    )
