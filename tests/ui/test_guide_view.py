"""The guide: each partner's own part with buttons to write, and the rest of the guidance."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QPushButton, QScrollArea

from trustjournal.demo import create_demo_couple
from trustjournal.domain import Kind, Role
from trustjournal.domain.guidance import load_guidance
from trustjournal.domain.timeline import Phase, add_months
from trustjournal.ui.guide_pages import camel
from trustjournal.ui.guide_view import TOPICS, GuideView
from trustjournal.ui.session import JournalSession
from trustjournal.ui.theme import apply_theme
from trustjournal.vault import Journal

TODAY = dt.date.today()
GUIDANCE = load_guidance()


@pytest.fixture
def open_session(make_journal, qapp):
    sessions: list[JournalSession] = []

    def make(role: Role = Role.HURT, since: dt.date = dt.date(2026, 1, 15)) -> JournalSession:
        journal, _code = make_journal(f"j{len(sessions)}", role=role, since=since)
        session = JournalSession(journal)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()


def guide_for(qtbot, session: JournalSession) -> GuideView:
    view = GuideView(session)
    qtbot.addWidget(view)
    return view


def page_text(view: GuideView, key: str) -> str:
    page = view.pages.widget(TOPICS.index(key))
    return "\n".join(label.text() for label in page.findChildren(QLabel))


EXPECTED_BUTTONS = {
    Role.HURT: [
        Kind.FEELING,
        Kind.TRIGGER,
        Kind.QUESTION,
        Kind.NEED,
        Kind.BOUNDARY,
        Kind.REFLECTION,
        Kind.REFLECTION,
        Kind.NOTICED_CHANGE,
    ],
    Role.REPAIRING: [
        Kind.ACCOUNTABILITY,
        Kind.TRANSPARENCY,
        Kind.REFLECTION,
        Kind.PROMISE,
        Kind.SMALL_ACTION,
        Kind.REFLECTION,
    ],
}


@pytest.mark.parametrize("role", list(Role))
def test_your_part_lists_each_step_of_the_role_with_a_way_to_write(
    qtbot, open_session, role
) -> None:
    view = guide_for(qtbot, open_session(role))
    assert view.current_topic() == "your_part"
    page = view.pages.currentWidget()
    duties = GUIDANCE.duties[role]
    for duty in duties:
        card = page.findChild(QLabel, camel("duty", duty.id, "card", "Title"))
        assert card is not None and card.text() == duty.title
        detail = page.findChild(QLabel, camel("duty", duty.id, "detail"))
        assert detail.text() == duty.detail
    buttons = [
        page.findChild(QPushButton, camel("duty", duty.id, "write", kind.value))
        for duty in duties
        for kind in duty.kinds
    ]
    assert all(button is not None for button in buttons)
    assert [kind for duty in duties for kind in duty.kinds] == EXPECTED_BUTTONS[role]
    assert all(b.text().startswith("Write a") and b.accessibleName() for b in buttons)


@pytest.mark.parametrize(
    ("role", "duty", "kind"),
    [
        (Role.HURT, "express_feelings", Kind.FEELING),
        (Role.HURT, "name_triggers", Kind.TRIGGER),
        (Role.HURT, "needs_and_boundaries", Kind.BOUNDARY),
        (Role.HURT, "notice_changes", Kind.NOTICED_CHANGE),
        (Role.HURT, "ease_punishment", Kind.REFLECTION),
        (Role.REPAIRING, "full_accountability", Kind.ACCOUNTABILITY),
        (Role.REPAIRING, "voluntary_transparency", Kind.TRANSPARENCY),
        (Role.REPAIRING, "trustworthy_daily", Kind.PROMISE),
        (Role.REPAIRING, "trustworthy_daily", Kind.SMALL_ACTION),
        (Role.REPAIRING, "accept_consequences", Kind.REFLECTION),
    ],
)
def test_a_step_button_asks_to_write_its_kind(qtbot, open_session, role, duty, kind) -> None:
    view = guide_for(qtbot, open_session(role))
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    button = view.findChild(QPushButton, camel("duty", duty, "write", kind.value))
    view.pages.currentWidget().ensureWidgetVisible(button)
    with qtbot.waitSignal(view.writeRequested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [kind]


def test_only_the_repairing_partner_is_offered_to_write_a_small_action(qtbot, open_session) -> None:
    name = camel("duty", "small_actions", "write", "small_action")
    assert guide_for(qtbot, open_session(Role.REPAIRING)).findChild(QPushButton, name)
    assert guide_for(qtbot, open_session(Role.HURT)).findChild(QPushButton, name) is None


@pytest.mark.parametrize("role", list(Role))
def test_every_topic_opens_and_shows_its_guidance(qtbot, open_session, role) -> None:
    view = guide_for(qtbot, open_session(role))
    topics = view.findChild(QListWidget, "guideTopics")
    assert topics.count() == len(TOPICS) == 8
    for key in TOPICS:
        view.show_topic(key)
        assert view.current_topic() == key
        assert isinstance(view.pages.currentWidget(), QScrollArea)
    steps = page_text(view, "steps")
    partner = Role.REPAIRING if role is Role.HURT else Role.HURT
    for step in GUIDANCE.steps:
        assert step.title in steps and step.summary in steps
        assert step.part(role) in steps and step.part(partner) in steps
    accountability = page_text(view, "accountability")
    for example in GUIDANCE.accountability.sounds_like + GUIDANCE.accountability.not_this:
        assert f"“{example.words}”" in accountability and example.why in accountability
    transparency = page_text(view, "transparency")
    assert all(line in transparency for line in GUIDANCE.transparency.is_)
    assert all(line in transparency for line in GUIDANCE.transparency.is_not)
    communication = page_text(view, "communication")
    assert all(line in communication for r in Role for line in GUIDANCE.communication[r])
    actions = page_text(view, "small_actions")
    assert all(a.title in actions and a.detail in actions for a in GUIDANCE.small_actions)
    breakers = page_text(view, "trust_breakers")
    assert all(b.name in breakers and b.damage in breakers for b in GUIDANCE.trust_breakers)
    phases = page_text(view, "phases")
    assert all(p.title in phases and p.reassurance in phases for p in GUIDANCE.phases.values())


def test_the_partner_reads_their_own_part_first(qtbot, open_session) -> None:
    view = guide_for(qtbot, open_session(Role.REPAIRING))
    view.show_topic("steps")
    view.show()
    qtbot.waitExposed(view)
    step = GUIDANCE.steps[0]
    own = view.findChild(QLabel, camel("step", step.id, "repairing"))
    other = view.findChild(QLabel, camel("step", step.id, "hurt"))
    assert own.text() == step.part(Role.REPAIRING)
    assert own.parent() is other.parent() and own.y() < other.y()
    communication = view.findChild(QLabel, "communicationOwnItem0")
    assert communication.text() == GUIDANCE.communication[Role.REPAIRING][0]


def test_every_label_is_plain_text(qtbot, open_session) -> None:
    view = guide_for(qtbot, open_session())
    labels = view.findChildren(QLabel)
    assert len(labels) > 100
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


@pytest.mark.parametrize(
    ("months", "phase"),
    [(0, Phase.EARLY), (3, Phase.BUILDING), (6, Phase.STEADYING), (12, Phase.STABLE)],
)
def test_the_path_marks_where_you_are(qtbot, open_session, months, phase) -> None:
    view = guide_for(qtbot, open_session(since=add_months(TODAY, -months)))
    assert view.current_phase is phase
    shown = [p for p, marker in view.phase_markers.items() if not marker.isHidden()]
    assert shown == [phase]
    view.refresh(add_months(TODAY, 12))  # a year on, whatever the start
    assert [p for p, m in view.phase_markers.items() if not m.isHidden()] == [Phase.STABLE]


def test_opening_the_path_scrolls_to_where_you_are(qtbot, open_session) -> None:
    view = guide_for(qtbot, open_session(since=add_months(TODAY, -13)))
    view.resize(900, 480)
    view.show()
    qtbot.waitExposed(view)
    view.show_topic("phases")
    page = view.pages.currentWidget()
    card = view.phase_cards[Phase.STABLE]
    qtbot.waitUntil(lambda: page.verticalScrollBar().value() > 0)
    top = card.mapTo(page.viewport(), card.rect().topLeft()).y()
    assert 0 <= top < page.viewport().height()


def test_arrow_keys_move_between_topics(qtbot, open_session) -> None:
    view = guide_for(qtbot, open_session())
    topics = view.findChild(QListWidget, "guideTopics")
    topics.setFocus()
    qtbot.keyClick(topics, Qt.Key.Key_Down)
    assert view.current_topic() == "steps"
    qtbot.keyClick(topics, Qt.Key.Key_End)
    assert view.current_topic() == "phases"


def test_locking_hides_the_phase_marker(qtbot, open_session) -> None:
    session = open_session()
    view = guide_for(qtbot, session)
    session.close()
    assert view.current_phase is None
    assert all(marker.isHidden() for marker in view.phase_markers.values())
    view.refresh()  # a late refresh after locking must not fail
    assert view.current_phase is None


def test_the_safety_note_opens_from_the_guide(qtbot, open_session) -> None:
    view = guide_for(qtbot, open_session())
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.findChild(QPushButton, "safetyNoteButton"), Qt.MouseButton.LeftButton)
    dialog = view.findChild(QDialog, "safetyNoteDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_of_the_guide_for_each_role(qtbot, qapp, tmp_path, theme) -> None:
    shots = Path(os.environ.get("TRUSTJOURNAL_SCREENSHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    apply_theme(qapp, theme)
    try:
        for demo in create_demo_couple(tmp_path / "journals"):
            session = JournalSession(Journal.unlock(demo.folder, demo.passphrase))
            try:
                view = guide_for(qtbot, session)
                view.resize(1000, 700)
                view.show()
                qtbot.waitExposed(view)
                for key in ("your_part", "steps", "accountability", "phases"):
                    view.show_topic(key)
                    path = shots / f"guide_{demo.role.value}_{key}_{theme}.png"
                    assert view.grab().save(str(path))
                    assert path.stat().st_size > 10_000
            finally:
                session.close()
    finally:
        apply_theme(qapp, "system")
