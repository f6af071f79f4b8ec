"""The sharing words the app shows: who shared what and when, and what opening a file did.

Kept in one place so every page says it the same way. None of these sentences ever
holds the text of an entry, so they are safe for a status bar on a shared screen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject

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


class Sharing(QObject):
    """Counted sentences, in a class so Qt's extractor sees their plural forms."""

    def added(self, count: int) -> str:
        return self.tr("%n entries shared by %1 were added to Shared with me.", "", count)

    def updated(self, count: int) -> str:
        return self.tr("%n entries shared by %1 were updated to a newer version.", "", count)

    def replies(self, count: int) -> str:
        return self.tr(
            "%1 sent %n replies to what you shared. You'll find them under each entry.", "", count
        )

    def withdrawn(self, count: int) -> str:
        return self.tr(
            "%1 withdrew %n entries they had shared. Their words have been removed.", "", count
        )


def open_result_message(result: OpenResult) -> str:
    """One or two plain sentences about what opening a shared file did."""
    if result.replayed:
        return QCoreApplication.translate(
            "Sharing", "You had already opened this. Nothing has changed."
        )
    name = result.sender_name
    counted = Sharing()
    parts: list[str] = []
    if result.kind == "share":
        if result.added:
            parts.append(counted.added(result.added))
        if result.updated:
            parts.append(counted.updated(result.updated))
    elif result.kind == "reply":
        parts.append(counted.replies(result.replies))
    elif result.kind == "withdraw":
        parts.append(counted.withdrawn(result.withdrawn))
    if not parts:
        parts.append(QCoreApplication.translate("Sharing", "This file from %1 held nothing new."))
    return " ".join(part.replace("%1", name) for part in parts)


def mailbox_notice() -> str:
    """The status-bar line when something arrives: no name, no title, no words."""
    return QCoreApplication.translate("Sharing", "Something new was shared with you.")
