"""The lazy entry list model and its two-line delegate, on real journals."""

from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import QDate, QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from trustjournal.domain import EntryDraft, EntryFilter, Kind, Outcome, Role
from trustjournal.ui.entry_delegate import EntryDelegate
from trustjournal.ui.entry_model import PAGE_SIZE, EntryListModel
from trustjournal.ui.session import JournalSession

START = dt.date(2026, 11, 27)


def drafts(count: int, kind: Kind = Kind.FEELING, **extra: object) -> list[EntryDraft]:
    """``count`` entries, one a day going back from START (entry i is i days old)."""
    return [
        EntryDraft(
            kind=kind,
            title=f"Entry {i}",
            body=f"Body {i}",
            date=START - dt.timedelta(days=i),
            mood=(i % 5) + 1,
            **extra,  # type: ignore[arg-type]
        )
        for i in range(count)
    ]


@pytest.fixture
def session(journal, qapp):
    s = JournalSession(journal)
    yield s
    s.close()


def test_empty_journal(session, qtmodeltester):
    model = EntryListModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.total == 0
    assert not model.canFetchMore(QModelIndex())
    assert model.entry_id_at(0) is None


def test_pages_of_a_hundred_newest_first(session, qtmodeltester):
    session.journal.add_many(drafts(250))
    model = EntryListModel(session)
    assert model.rowCount() == PAGE_SIZE == 100
    assert model.total == 250
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more: no change, no error
    assert model.rowCount() == 250
    titles = [model.index(r).data() for r in range(250)]
    assert titles == [f"Entry {i}" for i in range(250)]
    qtmodeltester.check(model)


def test_roles(session, qtmodeltester):
    entry = session.add(
        EntryDraft(
            kind=Kind.FEELING,
            title="A calm evening",
            date=dt.date(2026, 11, 3),
            mood=4,
            session=True,
        )
    )
    model = EntryListModel(session)
    qtmodeltester.check(model)
    index = model.index(0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "A calm evening"
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert index.data(EntryListModel.EntryIdRole) == entry.id
    assert index.data(EntryListModel.DateRole) == QDate(2026, 11, 3)
    assert index.data(EntryListModel.KindRole) == "feeling"
    assert index.data(EntryListModel.MoodRole) == 4
    assert index.data(EntryListModel.SessionRole) is True
    assert index.data(EntryListModel.OutcomeRole) is None
    assert b"entryId" in model.roleNames().values()
    assert model.entry_id_at(0) == entry.id
    assert model.row_of(entry.id) == 0
    assert model.row_of(entry.id + 999) is None


def test_row_of_only_knows_loaded_rows(session):
    session.journal.add_many(drafts(150))
    model = EntryListModel(session)
    oldest = session.journal.entries(limit=1, offset=149)[0]
    assert model.row_of(oldest.id) is None
    model.fetchMore(QModelIndex())
    assert model.row_of(oldest.id) == 149


def test_two_thousand_entries_load_only_the_first_page(session):
    session.journal.add_many(drafts(2000))
    model = EntryListModel(session)
    assert model.rowCount() == 100
    assert model.total == 2000


def test_filters(session, qtmodeltester):
    journal = session.journal
    journal.add_many(drafts(30))
    journal.add_many(drafts(5, Kind.TRIGGER, tags=("work",), session=True))
    model = EntryListModel(session, EntryFilter(kinds=(Kind.FEELING,)))
    assert model.rowCount() == model.total == 30

    model.set_filters(EntryFilter(kinds=(Kind.TRIGGER,)))
    assert model.rowCount() == model.total == 5
    assert {model.index(r).data(EntryListModel.KindRole) for r in range(5)} == {"trigger"}
    qtmodeltester.check(model)

    model.set_filters(EntryFilter(tag="work"))
    assert model.rowCount() == 5
    model.set_filters(EntryFilter(session=True))
    assert model.rowCount() == 5
    model.set_filters(EntryFilter(since=START - dt.timedelta(days=2), until=START))
    assert model.rowCount() == 6  # three days of feelings and three of triggers
    model.set_filters(EntryFilter(kinds=()))
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_reloads_after_entries_changed(session, qtmodeltester, qtbot):
    session.journal.add_many(drafts(250))
    model = EntryListModel(session)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200

    with qtbot.waitSignal(model.modelReset):
        newest = session.add(EntryDraft(kind=Kind.FEELING, title="Newest", date=START))
    assert model.total == 251
    assert model.rowCount() == 200  # keeps what was on show, so the view keeps its place
    assert model.index(0).data() == "Newest"
    qtmodeltester.check(model)

    session.update(newest.id, EntryDraft(kind=Kind.FEELING, title="Renamed", date=START))
    assert model.index(0).data() == "Renamed"

    session.delete(newest.id)
    assert model.total == 250
    assert model.row_of(newest.id) is None


def test_clear_drops_every_row_and_stays_connected(session, qtmodeltester):
    session.journal.add_many(drafts(120))
    model = EntryListModel(session)
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.total == 0
    assert not model.canFetchMore(QModelIndex())
    assert model._rows == []

    session.add(EntryDraft(kind=Kind.FEELING, title="After", date=START))
    assert model.index(0).data() == "After"


def test_locked_journal_shows_nothing_instead_of_failing(session, qtmodeltester):
    session.journal.add_many(drafts(3))
    model = EntryListModel(session)
    session.journal.lock()
    model.reload()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_delegate_two_lines_from_font_metrics(session, qtbot):
    session.add(
        EntryDraft(
            kind=Kind.FEELING,
            title="<b>not bold</b> " * 20,
            date=dt.date(2026, 11, 27),
            mood=3,
            session=True,
        )
    )
    model = EntryListModel(session)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = EntryDelegate(view)
    view.setItemDelegate(delegate)
    index = model.index(0)

    assert delegate.details(index) == "27 Nov 2026 · Feeling · mood 3/5"
    option = QStyleOptionViewItem()
    option.initFrom(view)
    small = delegate.sizeHint(option, index)
    big_font = QFont(option.font)
    big_font.setPointSizeF(option.font.pointSizeF() * 2)
    option.font = big_font
    big = delegate.sizeHint(option, index)
    assert big.height() > small.height() * 1.7  # scales with the font, no fixed pixels

    image = QImage(QSize(400, small.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = image.rect()
    delegate.paint(painter, option, index)
    painter.end()


def test_delegate_shows_a_promise_outcome(make_journal, qapp):
    journal, _ = make_journal("repairing", role=Role.REPAIRING)
    session = JournalSession(journal)
    session.add(
        EntryDraft(
            kind=Kind.PROMISE, title="Call", date=dt.date(2026, 11, 27), outcome=Outcome.KEPT
        )
    )
    model = EntryListModel(session)
    assert EntryDelegate().details(model.index(0)) == "27 Nov 2026 · Promise · Kept"
