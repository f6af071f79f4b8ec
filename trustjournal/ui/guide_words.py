"""Small pieces of wording shared by the guide, the Today page and the self-check.

The guidance itself is data (one file per language, see
:mod:`trustjournal.domain.guidance`); this module picks the file for the app's current
language and holds the few phrases the widgets build around it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from trustjournal.domain import Kind
from trustjournal.domain.guidance import Guidance, load_guidance
from trustjournal.domain.timeline import elapsed


def current_guidance() -> Guidance:
    """The guidance in the app's language (the one :func:`install_language` set), or English."""
    return load_guidance(QLocale().name())


def write_button_text(kind: Kind) -> str:
    """The label of a button that starts writing an entry of ``kind``: "Write a feeling"."""
    texts = {
        Kind.FEELING: QCoreApplication.translate("GuideWords", "Write a feeling"),
        Kind.TRIGGER: QCoreApplication.translate("GuideWords", "Write a trigger"),
        Kind.QUESTION: QCoreApplication.translate("GuideWords", "Write a question"),
        Kind.NEED: QCoreApplication.translate("GuideWords", "Write a need"),
        Kind.BOUNDARY: QCoreApplication.translate("GuideWords", "Write a boundary"),
        Kind.NOTICED_CHANGE: QCoreApplication.translate("GuideWords", "Write a change I noticed"),
        Kind.ACCOUNTABILITY: QCoreApplication.translate(
            "GuideWords", "Write an accountability entry"
        ),
        Kind.TRANSPARENCY: QCoreApplication.translate("GuideWords", "Write a transparency entry"),
        Kind.PROMISE: QCoreApplication.translate("GuideWords", "Write a promise"),
        Kind.SMALL_ACTION: QCoreApplication.translate("GuideWords", "Write a small action"),
        Kind.REFLECTION: QCoreApplication.translate("GuideWords", "Write a reflection"),
        Kind.SESSION_NOTE: QCoreApplication.translate("GuideWords", "Write a session note"),
    }
    return texts[Kind(kind)]


class GuideWords(QObject):
    """Counted phrases. ``self.tr(text, "", n)`` in a class named like the context is the
    form Qt's extractor recognises as having plural forms (``translate`` with a variable
    ``n`` is not), so each language can give as many forms as its grammar has."""

    def days_since(self, days: int) -> str:
        return self.tr("%n days since you started", "", days)

    def years(self, years: int) -> str:
        return self.tr("%n years", "", years)

    def months(self, months: int) -> str:
        return self.tr("%n months", "", months)

    def days(self, days: int) -> str:
        return self.tr("%n days", "", days)


def describe_elapsed(since: dt.date, today: dt.date) -> str:
    """How long ago the rebuilding started, in plain words: "3 months and 5 days"."""
    if since > today:
        return QCoreApplication.translate("GuideWords", "Your start date is still ahead")
    if since == today:
        return QCoreApplication.translate("GuideWords", "You started today")
    months, days = elapsed(since, today)
    words = GuideWords()
    if months == 0:
        return words.days_since(days)
    years, months = divmod(months, 12)
    if years:
        year_text = words.years(years)
        if months:
            month_text = words.months(months)
            return (
                QCoreApplication.translate("GuideWords", "%1 and %2 since you started")
                .replace("%1", year_text)
                .replace("%2", month_text)
            )
        return QCoreApplication.translate("GuideWords", "%1 since you started").replace(
            "%1", year_text
        )
    month_text = words.months(months)
    if days:
        day_text = words.days(days)
        return (
            QCoreApplication.translate("GuideWords", "%1 and %2 since you started")
            .replace("%1", month_text)
            .replace("%2", day_text)
        )
    return QCoreApplication.translate("GuideWords", "%1 since you started").replace(
        "%1", month_text
    )
