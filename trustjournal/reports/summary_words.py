"""The counselling summary's words: kinds, roles, phases, outcomes and dates, translated.

Kept apart from the page layout so the wording can be read (and changed) in one place.
Plain and kind; nothing here rates or scores anyone.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from trustjournal.domain.entry import Kind, Outcome, Role
from trustjournal.domain.timeline import Phase
from trustjournal.errors import fill as fill_values


def fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``… replaced in one pass (a value never gets replaced).

    The same filling as error messages use; a translation naming a value that is not
    given keeps its ``%N`` rather than failing.
    """
    return fill_values(template, values)


def kind_label(kind: Kind | None) -> str:
    """A kind of entry in plain words (``None``: a kind this app does not know)."""
    labels = {
        Kind.FEELING: QCoreApplication.translate("CounsellingSummary", "Feeling"),
        Kind.TRIGGER: QCoreApplication.translate("CounsellingSummary", "Trigger"),
        Kind.QUESTION: QCoreApplication.translate("CounsellingSummary", "Question"),
        Kind.NEED: QCoreApplication.translate("CounsellingSummary", "Need"),
        Kind.BOUNDARY: QCoreApplication.translate("CounsellingSummary", "Boundary"),
        Kind.NOTICED_CHANGE: QCoreApplication.translate("CounsellingSummary", "Change I noticed"),
        Kind.ACCOUNTABILITY: QCoreApplication.translate("CounsellingSummary", "Accountability"),
        Kind.TRANSPARENCY: QCoreApplication.translate("CounsellingSummary", "Transparency"),
        Kind.PROMISE: QCoreApplication.translate("CounsellingSummary", "Promise"),
        Kind.SMALL_ACTION: QCoreApplication.translate("CounsellingSummary", "Small action"),
        Kind.REFLECTION: QCoreApplication.translate("CounsellingSummary", "Reflection"),
        Kind.SESSION_NOTE: QCoreApplication.translate("CounsellingSummary", "Session note"),
    }
    return (
        labels[kind]
        if kind is not None
        else QCoreApplication.translate("CounsellingSummary", "Entry")
    )


def role_label(role: Role) -> str:
    """How a partner describes their role."""
    if Role(role) is Role.HURT:
        return QCoreApplication.translate("CounsellingSummary", "I was hurt")
    return QCoreApplication.translate("CounsellingSummary", "I broke trust and want to repair it")


def phase_label(phase: Phase) -> str:
    """A phase of the rebuilding timeline, as a stretch of time (never a grade)."""
    return {
        Phase.EARLY: QCoreApplication.translate("CounsellingSummary", "the first three months"),
        Phase.BUILDING: QCoreApplication.translate("CounsellingSummary", "three to six months"),
        Phase.STEADYING: QCoreApplication.translate("CounsellingSummary", "six to twelve months"),
        Phase.STABLE: QCoreApplication.translate("CounsellingSummary", "a year and more"),
    }[Phase(phase)]


def outcome_label(outcome: Outcome | None) -> str:
    """How a promise went, in calm words."""
    return {
        Outcome.OPEN: QCoreApplication.translate("CounsellingSummary", "still open"),
        Outcome.KEPT: QCoreApplication.translate("CounsellingSummary", "kept"),
        Outcome.PARTLY_KEPT: QCoreApplication.translate("CounsellingSummary", "partly kept"),
        Outcome.MISSED: QCoreApplication.translate("CounsellingSummary", "missed"),
        Outcome.RENEGOTIATED: QCoreApplication.translate(
            "CounsellingSummary", "renegotiated together"
        ),
    }[outcome or Outcome.OPEN]


def mood_label(mood: int) -> str:
    """``Mood 3 of 5``."""
    return fill(QCoreApplication.translate("CounsellingSummary", "Mood %1 of 5"), str(mood))


def without_weekday(pattern: str) -> str:
    """A Qt date format with its weekday (``dddd``) and the punctuation after it removed."""
    return re.sub(r"d{4}[,.]?\s*", "", pattern).strip(" ,")


def long_date(day: dt.date, *, weekday: bool = False) -> str:
    """``5 March 2026`` (or ``Thursday, 5 March 2026``) in the locale's order."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return locale.toString(
        QDate(day.year, day.month, day.day), pattern if weekday else without_weekday(pattern)
    )


def short_date(day: dt.date) -> str:
    """``5 Mar`` (or ``Mar 5`` where the month comes first), for chart labels."""
    locale = QLocale()
    month_first = without_weekday(locale.dateFormat(QLocale.FormatType.LongFormat)).startswith("M")
    return locale.toString(QDate(day.year, day.month, day.day), "MMM d" if month_first else "d MMM")


def period_text(start: dt.date, end: dt.date) -> str:
    """``1 March 2026 – 28 March 2026`` (a single day once)."""
    if start == end:
        return long_date(start)
    return fill(
        QCoreApplication.translate("CounsellingSummary", "%1 – %2"),
        long_date(start),
        long_date(end),
    )


def shared_label(name: str, day: dt.date) -> str:
    """``Shared by NAME on DATE``: how a partner's shared entry is always marked."""
    return fill(
        QCoreApplication.translate("CounsellingSummary", "Shared by %1 on %2"), name, long_date(day)
    )


def count_entries(count: int) -> str:
    """``1 entry`` / ``12 entries``."""
    return SummaryWords().entries(count)


class SummaryWords(QObject):
    """Counted phrases, in a class (its name is their context): Qt's extractor sees plural
    forms only in ``self.tr(text, "", n)`` calls, not in ``translate`` with a variable."""

    def entries(self, count: int) -> str:
        return self.tr("%Ln entries", "", count)
