"""Small pieces of wording shared by the guide, the Today page and the self-check.

The guidance itself is data (one file per language, see
:mod:`trustjournal.domain.guidance`); this module picks the file for the app's current
language and holds the few phrases the widgets build around it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from trustjournal.domain import Kind
from trustjournal.domain.guidance import Guidance, load_guidance
from trustjournal.domain.timeline import elapsed


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideWords", text)


def current_guidance() -> Guidance:
    """The guidance in the app's language (the one :func:`install_language` set), or English."""
    return load_guidance(QLocale().name())


def write_button_text(kind: Kind) -> str:
    """The label of a button that starts writing an entry of ``kind``: "Write a feeling"."""
    texts = {
        Kind.FEELING: _tr("Write a feeling"),
        Kind.TRIGGER: _tr("Write a trigger"),
        Kind.QUESTION: _tr("Write a question"),
        Kind.NEED: _tr("Write a need"),
        Kind.BOUNDARY: _tr("Write a boundary"),
        Kind.NOTICED_CHANGE: _tr("Write a change I noticed"),
        Kind.ACCOUNTABILITY: _tr("Write an accountability entry"),
        Kind.TRANSPARENCY: _tr("Write a transparency entry"),
        Kind.PROMISE: _tr("Write a promise"),
        Kind.SMALL_ACTION: _tr("Write a small action"),
        Kind.REFLECTION: _tr("Write a reflection"),
        Kind.SESSION_NOTE: _tr("Write a session note"),
    }
    return texts[Kind(kind)]


def _count(number: int, one: str, many: str) -> str:
    return (one if number == 1 else many).replace("%1", str(number))


def describe_elapsed(since: dt.date, today: dt.date) -> str:
    """How long ago the rebuilding started, in plain words: "3 months and 5 days"."""
    if since > today:
        return _tr("Your start date is still ahead")
    if since == today:
        return _tr("You started today")
    months, days = elapsed(since, today)
    if months == 0:
        return _count(days, _tr("1 day since you started"), _tr("%1 days since you started"))
    years, months = divmod(months, 12)
    if years:
        year_text = _count(years, _tr("1 year"), _tr("%1 years"))
        if months:
            month_text = _count(months, _tr("1 month"), _tr("%1 months"))
            return (
                _tr("%1 and %2 since you started")
                .replace("%1", year_text)
                .replace("%2", month_text)
            )
        return _tr("%1 since you started").replace("%1", year_text)
    month_text = _count(months, _tr("1 month"), _tr("%1 months"))
    if days:
        day_text = _count(days, _tr("1 day"), _tr("%1 days"))
        return _tr("%1 and %2 since you started").replace("%1", month_text).replace("%2", day_text)
    return _tr("%1 since you started").replace("%1", month_text)
