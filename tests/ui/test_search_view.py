"""Search: results with marked words, filters, paging, odd input, and clearing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QListView

from trustjournal.demo import create_demo_couple
from trustjournal.domain import EntryDraft, EntryFilter, Kind, Role
from trustjournal.ui.search_model import (
    PAGE_SIZE,
    SearchResultsModel,
    plain_snippet,
    word_spans,
)
from trustjournal.ui.search_view import SearchView
from trustjournal.ui.session import JournalSession
from trustjournal.vault import Journal, SearchHit

SHOTS = Path("/tmp/shots/today")
DAY = dt.date(2026, 11, 2)


def draft(title: str, body: str = "", days_ago: int = 0, **extra: object) -> EntryDraft:
    return EntryDraft(
        kind=extra.pop("kind", Kind.FEELING),  # type: ignore[arg-type]
        title=title,
        body=body,
        date=DAY - dt.timedelta(days=days_ago),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def session(journal, qapp):
    s = JournalSession(journal)
    yield s
    s.close()


@pytest.fixture
def view(qtbot, session) -> SearchView:
    w = SearchView(session)
    qtbot.addWidget(w)
    return w


def rows(model: SearchResultsModel) -> list[QModelIndex]:
    return [model.index(r) for r in range(model.rowCount())]


def titles(model: SearchResultsModel) -> set[str]:
    return {i.data(SearchResultsModel.TitleRole) for i in rows(model)}


def count_text(view: SearchView) -> str:
    return view.findChild(QLabel, "searchCount").text()


def test_finds_a_word_and_marks_it(view, session, qtmodeltester) -> None:
    session.journal.add_many(
        [
            draft("Evening walk", "We talked on the walk home and it felt calm."),
            draft("Phone at dinner", "His phone buzzed at dinner and my chest went tight."),
            draft("A quiet day", "Nothing to report."),
        ]
    )
    view.set_query("walk")
    model = view.model
    assert titles(model) == {"Evening walk"}
    index = model.index(0)
    snippet = index.data(SearchResultsModel.SnippetRole)
    spans = index.data(SearchResultsModel.SpansRole)
    assert spans and all(snippet[s:e].lower() == "walk" for s, e in spans)
    assert "\x02" not in snippet and "\x03" not in snippet
    title_spans = index.data(SearchResultsModel.TitleSpansRole)
    assert [index.data(SearchResultsModel.TitleRole)[s:e] for s, e in title_spans] == ["walk"]
    assert index.data(SearchResultsModel.KindRole) == "feeling"
    assert index.data(SearchResultsModel.DateRole) == QDate(2026, 11, 2)
    assert isinstance(index.data(SearchResultsModel.EntryIdRole), int)
    assert count_text(view) == "1 entry found"
    qtmodeltester.check(model)


def test_every_word_must_appear_and_prefixes_work(view, session) -> None:
    session.journal.add_many(
        [draft("Trust", "trust and time"), draft("Time", "only time"), draft("Trusting", "x")]
    )
    view.set_query("trust time")
    assert titles(view.model) == {"Trust"}
    view.set_query("trust*")
    assert titles(view.model) == {"Trust", "Trusting"}
    assert count_text(view) == "2 entries found"


def test_highlights_stay_right_after_emoji_and_markdown(view, session, qtbot) -> None:
    body = "🙂🙂 **bold** start\n\n- a list item with the *word* candle in it\n- another candle"
    session.journal.add_many([draft("Emoji entry", body)])
    view.set_query("candle")
    index = view.model.index(0)
    snippet = index.data(SearchResultsModel.SnippetRole)
    spans = index.data(SearchResultsModel.SpansRole)
    assert "*" not in snippet and "\n" not in snippet
    assert [snippet[s:e] for s, e in spans] == ["candle", "candle"]
    view.resize(700, 400)
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()  # the delegate paints astral characters without error


def test_plain_snippet_and_word_spans() -> None:
    text, spans = plain_snippet("- one\n- **two** three", [(10, 13), (16, 21)])
    assert text == "one two three"
    assert [text[s:e] for s, e in spans] == ["two", "three"]
    assert word_spans("Trust, trusting and TRUST", "trust") == [(0, 5), (20, 25)]
    assert word_spans("Trust, trusting", "trust*") == [(0, 5), (7, 12)]
    assert word_spans("a(b", '"(') == []


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "'",
        '"phone',
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "a:b",
        "-",
        "^x",
        "*",
        "((",
        "title:x",
        "\\",
    ],
)
def test_search_syntax_in_the_query_is_plain_text(view, session, text) -> None:
    session.journal.add_many([draft("Near the phone", "and or not, a b x")])
    view.set_query(text)  # must not raise, and must say something calm
    assert count_text(view)
    assert view.model.error is None


def test_nothing_found_says_so_kindly(view, session) -> None:
    session.journal.add_many([draft("Something", "else")])
    assert "Type a word" in count_text(view)
    view.set_query("elephant")
    assert view.model.rowCount() == 0
    assert count_text(view) == "No entries match. Try fewer words."
    view.set_query("!!!")
    assert "punctuation" in count_text(view)


def test_filters_narrow_the_results(view, session, qtbot) -> None:
    session.journal.add_many(
        [
            draft("Tea one", "tea", 0, tags=("evenings",), session=True),
            draft("Tea two", "tea", 5, kind=Kind.TRIGGER, tags=("phone",)),
            draft("Tea three", "tea", 20, kind=Kind.QUESTION),
        ]
    )
    view.refresh_tags()
    view.set_query("tea")
    assert view.model.rowCount() == 3

    kind = view.findChild(QComboBox, "kindCombo")
    assert kind.count() == 1 + 8  # "All kinds" and the hurt partner's eight kinds
    kind.setCurrentIndex(kind.findData("trigger"))
    assert titles(view.model) == {"Tea two"}
    assert "clear the filters" in count_text(view) or view.model.rowCount() == 1
    kind.setCurrentIndex(0)

    tag = view.findChild(QComboBox, "tagCombo")
    assert {tag.itemText(i) for i in range(tag.count())} == {"Any tag", "evenings", "phone"}
    tag.setCurrentIndex(tag.findData("phone"))
    assert titles(view.model) == {"Tea two"}
    tag.setCurrentIndex(0)

    since = view.findChild(QDateEdit, "sinceEdit")
    until = view.findChild(QDateEdit, "untilEdit")
    assert since.text() == "Any date"
    since.setDate(QDate(2026, 10, 20))
    assert titles(view.model) == {"Tea one", "Tea two"}
    until.setDate(QDate(2026, 10, 30))
    assert titles(view.model) == {"Tea two"}
    since.setDate(QDate(2026, 11, 5))  # after "To": the days between are meant
    assert titles(view.model) == {"Tea one"}
    since.setDate(QDate(2026, 10, 20))

    view.findChild(QCheckBox, "sessionOnlyCheck").setChecked(True)
    assert view.model.rowCount() == 0
    assert count_text(view) == "No entries match. Try fewer words, or clear the filters."
    view.reset_filters()
    assert view.model.rowCount() == 3
    assert view.current_filters() == EntryFilter()


def test_typing_waits_a_moment_and_enter_searches_at_once(view, session, qtbot) -> None:
    session.journal.add_many([draft("Morning", "a morning walk"), draft("Walk", "walk again")])
    edit = view.findChild(QLineEdit, "searchEdit")
    assert edit.placeholderText() == "Search your journal"
    assert edit.isClearButtonEnabled()
    qtbot.keyClicks(edit, "walk")
    assert view.model.rowCount() == 0  # not yet: the search waits for a pause
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=2000)
    edit.clear()
    qtbot.keyClicks(edit, "morning")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert titles(view.model) == {"Morning"}


def test_pages_of_fifty_fetched_on_demand(view, session, qtmodeltester) -> None:
    session.journal.add_many([draft(f"Walk {i}", "a walk", i % 30) for i in range(130)])
    view.set_query("walk")
    model = view.model
    assert model.rowCount() == PAGE_SIZE
    assert count_text(view) == "More than 50 entries found"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 130
    assert len({i.data(SearchResultsModel.EntryIdRole) for i in rows(model)}) == 130
    assert count_text(view) == "130 entries found"
    qtmodeltester.check(model)


class RecordingJournal(Journal):
    """A journal that notes which filters each search was given."""

    calls: list[EntryFilter | None]

    def search(  # type: ignore[override]
        self, text: str, filters: EntryFilter | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[SearchHit]:
        self.calls.append(filters)
        return super().search(text, filters, limit=limit, offset=offset)


@pytest.fixture
def journal_of(tmp_path):
    made: list[Journal] = []

    def create(cls: type[Journal]) -> Journal:
        journal, _code = cls.create(
            tmp_path / f"j{len(made)}", name="Alex", role=Role.HURT, since=DAY, passphrase="x" * 12
        )
        made.append(journal)
        return journal

    yield create
    for journal in made:
        journal.lock()


def test_filters_go_to_the_database_when_the_journal_takes_them(journal_of, qapp) -> None:
    journal = journal_of(RecordingJournal)
    journal.calls = []
    journal.add_many([draft(f"Sun {i}", "sun", tags=("t",) if i < 60 else ()) for i in range(90)])
    session = JournalSession(journal)
    model = SearchResultsModel(session)
    model.set_query("sun", EntryFilter(tag="t"))
    assert model.rowCount() == 50
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 60 and not model.canFetchMore(QModelIndex())
    assert journal.calls == [EntryFilter(tag="t")] * 2


def test_reruns_when_the_journal_changes(view, session) -> None:
    session.add(draft("Lake", "the lake"))
    view.set_query("lake")
    assert view.model.rowCount() == 1
    session.add(draft("Lake again", "the lake, again", tags=("weekend",)))
    assert view.model.rowCount() == 2
    tag = view.findChild(QComboBox, "tagCombo")
    assert tag.findData("weekend") >= 0


def test_click_and_enter_open_an_entry(view, session, qtbot) -> None:
    (entry_id,) = session.journal.add_many([draft("Garden", "the garden")])
    view.set_query("garden")
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    results = view.findChild(QListView, "searchResults")
    rect = results.visualRect(view.model.index(0))
    with qtbot.waitSignal(view.openEntryRequested) as signal:
        qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [entry_id]
    results.setCurrentIndex(view.model.index(0))
    with qtbot.waitSignal(view.openEntryRequested) as signal:
        qtbot.keyClick(results, Qt.Key.Key_Enter)
    assert signal.args == [entry_id]


def test_clear_forgets_query_results_and_tags(view, session, qtmodeltester) -> None:
    session.add(draft("Private words", "private", tags=("secret tag",)))
    view.set_query("private")
    view.clear()
    assert view.findChild(QLineEdit, "searchEdit").text() == ""
    assert view.model.rowCount() == 0 and view.model.text == ""
    tag = view.findChild(QComboBox, "tagCombo")
    assert [tag.itemText(i) for i in range(tag.count())] == ["Any tag"]
    assert count_text(view) == ""
    qtmodeltester.check(view.model)


def test_locking_clears_and_later_searches_do_nothing(view, session) -> None:
    session.add(draft("Private words", "private"))
    view.set_query("private")
    session.close()
    assert view.model.rowCount() == 0
    view.set_query("private")
    assert view.model.rowCount() == 0


def test_every_control_has_a_name_for_assistive_technology(view) -> None:
    for cls, name in (
        (QLineEdit, "searchEdit"),
        (QComboBox, "kindCombo"),
        (QComboBox, "tagCombo"),
        (QDateEdit, "sinceEdit"),
        (QDateEdit, "untilEdit"),
        (QCheckBox, "sessionOnlyCheck"),
        (QListView, "searchResults"),
    ):
        widget = view.findChild(cls, name)
        assert widget is not None and widget.accessibleName(), name


def test_repairing_partner_filters_by_their_own_kinds(qtbot, make_journal, qapp) -> None:
    journal, _code = make_journal("r", role=Role.REPAIRING)
    session = JournalSession(journal)
    try:
        w = SearchView(session)
        qtbot.addWidget(w)
        kind = w.findChild(QComboBox, "kindCombo")
        assert [kind.itemData(i) for i in range(1, kind.count())] == [
            "accountability",
            "transparency",
            "promise",
            "small_action",
            "reflection",
            "session_note",
        ]
    finally:
        session.close()


def test_screenshots_of_results_with_highlights(qtbot, tmp_path, qapp) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for demo, query in zip(create_demo_couple(tmp_path), ("phone", "told Maya"), strict=True):
        session = JournalSession(Journal.unlock(demo.folder, demo.passphrase))
        try:
            w = SearchView(session)
            qtbot.addWidget(w)
            w.resize(1100, 720)
            w.show()
            qtbot.waitExposed(w)
            w.set_query(query)
            assert w.model.rowCount() >= 5
            w.results.setCurrentIndex(w.model.index(1))
            assert w.grab().save(str(SHOTS / f"search_{demo.role.value}.png"))
        finally:
            session.close()
