"""The navigation sections of each partner's view (DESIGN §2, the app issue).

A section lists entries of one or more kinds; the others (``Today``, the guide, the
timeline, the self-check, what was shared each way, ``Search``) are pages of their own.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from trustjournal.domain import Kind, Role

# Groups of the navigation, in order; "" is the top, without a heading.
GROUPS = ("", "journal", "over_time", "between_us")


def group_title(group: str) -> str:
    """The heading shown above a group of sections in the navigation."""
    titles = {
        "journal": QCoreApplication.translate("Sections", "My journal"),
        "over_time": QCoreApplication.translate("Sections", "Over time"),
        "between_us": QCoreApplication.translate("Sections", "Between us"),
    }
    return titles.get(group, "")


@dataclasses.dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    kinds: tuple[Kind, ...]  # empty for pages that are not entry lists
    hint: str  # one calm line shown above the list
    group: str = "journal"


def sections_for(role: Role) -> tuple[Section, ...]:
    """The sections in navigation order for ``role`` (translated at call time)."""
    today = Section("today", QCoreApplication.translate("Sections", "Today"), (), "", group="")
    guide = Section("guide", QCoreApplication.translate("Sections", "Guide"), (), "", group="")
    reflections = Section(
        "reflections",
        QCoreApplication.translate("Sections", "Reflections"),
        (Kind.REFLECTION,),
        QCoreApplication.translate("Sections", "Longer thoughts, for yourself."),
    )
    sessions = Section(
        "session_notes",
        QCoreApplication.translate("Sections", "Session notes"),
        (Kind.SESSION_NOTE,),
        QCoreApplication.translate(
            "Sections", "What came up in counselling, and what you want to remember."
        ),
    )
    timeline = Section(
        "timeline", QCoreApplication.translate("Sections", "Timeline"), (), "", group="over_time"
    )
    self_check = Section(
        "self_check",
        QCoreApplication.translate("Sections", "Would counselling help?"),
        (),
        "",
        group="over_time",
    )
    shared = Section(
        "shared",
        QCoreApplication.translate("Sections", "Shared with me"),
        (),
        "",
        group="between_us",
    )
    ledger = Section(
        "ledger",
        QCoreApplication.translate("Sections", "What I shared"),
        (),
        "",
        group="between_us",
    )
    own: tuple[Section, ...]
    if Role(role) is Role.HURT:
        own = (
            Section(
                "feelings",
                QCoreApplication.translate("Sections", "Feelings"),
                (Kind.FEELING,),
                QCoreApplication.translate("Sections", "Whatever you feel is allowed here."),
            ),
            Section(
                "triggers",
                QCoreApplication.translate("Sections", "Triggers"),
                (Kind.TRIGGER,),
                QCoreApplication.translate(
                    "Sections", "Moments that brought the doubt back, and what set them off."
                ),
            ),
            Section(
                "questions",
                QCoreApplication.translate("Sections", "Questions"),
                (Kind.QUESTION,),
                QCoreApplication.translate(
                    "Sections", "Things you want to understand, whenever you are ready to ask."
                ),
            ),
            Section(
                "needs",
                QCoreApplication.translate("Sections", "Needs & boundaries"),
                (Kind.NEED, Kind.BOUNDARY),
                QCoreApplication.translate(
                    "Sections", "What you need to feel safe, and the limits you set."
                ),
            ),
            Section(
                "noticed",
                QCoreApplication.translate("Sections", "Changes I noticed"),
                (Kind.NOTICED_CHANGE,),
                QCoreApplication.translate(
                    "Sections", "Small signs that things are changing, when you see them."
                ),
            ),
        )
    else:
        own = (
            Section(
                "accountability",
                QCoreApplication.translate("Sections", "Accountability"),
                (Kind.ACCOUNTABILITY,),
                QCoreApplication.translate(
                    "Sections", "Owning what you did, plainly and without excuses."
                ),
            ),
            Section(
                "transparency",
                QCoreApplication.translate("Sections", "Transparency"),
                (Kind.TRANSPARENCY,),
                QCoreApplication.translate(
                    "Sections", "What you choose to be open about, offered freely."
                ),
            ),
            Section(
                "promises",
                QCoreApplication.translate("Sections", "Promises"),
                (Kind.PROMISE,),
                QCoreApplication.translate(
                    "Sections", "What you said you would do, and how it went."
                ),
            ),
            Section(
                "small_actions",
                QCoreApplication.translate("Sections", "Small actions"),
                (Kind.SMALL_ACTION,),
                QCoreApplication.translate("Sections", "Small, everyday ways of showing up."),
            ),
        )
    return (today, guide, *own, reflections, sessions, timeline, self_check, shared, ledger)


def kind_label(kind: Kind) -> str:
    """A kind of entry in plain words."""
    labels = {
        Kind.FEELING: QCoreApplication.translate("Sections", "Feeling"),
        Kind.TRIGGER: QCoreApplication.translate("Sections", "Trigger"),
        Kind.QUESTION: QCoreApplication.translate("Sections", "Question"),
        Kind.NEED: QCoreApplication.translate("Sections", "Need"),
        Kind.BOUNDARY: QCoreApplication.translate("Sections", "Boundary"),
        Kind.NOTICED_CHANGE: QCoreApplication.translate("Sections", "Change I noticed"),
        Kind.ACCOUNTABILITY: QCoreApplication.translate("Sections", "Accountability"),
        Kind.TRANSPARENCY: QCoreApplication.translate("Sections", "Transparency"),
        Kind.PROMISE: QCoreApplication.translate("Sections", "Promise"),
        Kind.SMALL_ACTION: QCoreApplication.translate("Sections", "Small action"),
        Kind.REFLECTION: QCoreApplication.translate("Sections", "Reflection"),
        Kind.SESSION_NOTE: QCoreApplication.translate("Sections", "Session note"),
    }
    return labels[Kind(kind)]


def role_label(role: Role) -> str:
    return (
        QCoreApplication.translate("Sections", "I was hurt")
        if Role(role) is Role.HURT
        else QCoreApplication.translate("Sections", "I broke trust and want to repair it")
    )
