"""The sharing words the app shows: who shared what and when, and what opening a file did.

Kept in one place so every page says it the same way. None of these sentences ever
holds the text of an entry, so they are safe for a status bar on a shared screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from trustjournal.services.sharing import OpenResult
from trustjournal.ui.entry_delegate import format_entry_date


def day_of(moment: dt.datetime | dt.date) -> str:
    """A moment as a day in the user's own time zone, e.g. "3 Mar 2026"."""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        moment = moment.date()
    return format_entry_date(moment)


def shared_by(name: str, moment: dt.datetime | dt.date) -> str:
    return (
        QCoreApplication.translate("Sharing", "Shared by %1 on %2")
        .replace("%1", name)
        .replace("%2", day_of(moment))
    )


def withdrawn_by(name: str, moment: dt.datetime | dt.date) -> str:
    return (
        QCoreApplication.translate("Sharing", "%1 withdrew this on %2")
        .replace("%1", name)
        .replace("%2", day_of(moment))
    )


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%n", str(n))


def open_result_message(result: OpenResult) -> str:
    """One or two plain sentences about what opening a shared file did."""
    if result.replayed:
        return QCoreApplication.translate(
            "Sharing", "You had already opened this. Nothing has changed."
        )
    name = result.sender_name
    parts: list[str] = []
    if result.kind == "share":
        if result.added:
            parts.append(
                _count(
                    result.added,
                    QCoreApplication.translate(
                        "Sharing", "1 entry shared by %1 was added to Shared with me."
                    ),
                    QCoreApplication.translate(
                        "Sharing", "%n entries shared by %1 were added to Shared with me."
                    ),
                )
            )
        if result.updated:
            parts.append(
                _count(
                    result.updated,
                    QCoreApplication.translate(
                        "Sharing", "1 entry shared by %1 was updated to a newer version."
                    ),
                    QCoreApplication.translate(
                        "Sharing", "%n entries shared by %1 were updated to a newer version."
                    ),
                )
            )
    elif result.kind == "reply":
        parts.append(
            _count(
                result.replies,
                QCoreApplication.translate(
                    "Sharing",
                    "%1 replied to something you shared. You'll find it under that entry.",
                ),
                QCoreApplication.translate(
                    "Sharing",
                    "%1 sent %n replies to what you shared. You'll find them under each entry.",
                ),
            )
        )
    elif result.kind == "withdraw":
        parts.append(
            _count(
                result.withdrawn,
                QCoreApplication.translate(
                    "Sharing", "%1 withdrew an entry they had shared. Its words have been removed."
                ),
                QCoreApplication.translate(
                    "Sharing",
                    "%1 withdrew %n entries they had shared. Their words have been removed.",
                ),
            )
        )
    if not parts:
        parts.append(QCoreApplication.translate("Sharing", "This file from %1 held nothing new."))
    return " ".join(part.replace("%1", name) for part in parts)


def mailbox_notice() -> str:
    """The status-bar line when something arrives: no name, no title, no words."""
    return QCoreApplication.translate("Sharing", "Something new was shared with you.")
