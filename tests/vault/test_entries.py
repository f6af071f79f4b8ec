"""Entries in a real encrypted journal: writing, listing, filtering, paging and search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from trustjournal.domain import Entry, EntryDraft, EntryFilter, Kind, Outcome, Role, kinds_for
from trustjournal.domain.entry import validate
from trustjournal.errors import (
    DatabaseDamaged,
    EntryNotFound,
    InvalidInput,
    JournalLocked,
    TrustJournalError,
)
from trustjournal.vault import Journal, SearchHit, schema
from trustjournal.vault.entries import MARK_END, MARK_START, fts_query

MakeJournal = Callable[..., tuple[Journal, str]]
PASSPHRASE = "a quiet morning walk"


def full_draft(kind: Kind, n: int = 0) -> EntryDraft:
    """A draft with every field set that ``kind`` allows."""
    promise = kind is Kind.PROMISE
    return EntryDraft(
        kind=kind,
        title=f"{kind.value} number {n}",
        body=f"Body of {kind.value}.\n\n- a *Markdown* list\n- with\ttabs\n",
        date=dt.date(2026, 2, 1) + dt.timedelta(days=n),
        mood=(n % 5) + 1,
        emotions=("hopeful", "Tired"),
        tags=("walks", "Evening"),
        session=n % 2 == 0,
        due=dt.date(2026, 3, 1) + dt.timedelta(days=n) if promise else None,
        outcome=Outcome.PARTLY_KEPT if promise else None,
    )


def changed_draft(kind: Kind) -> EntryDraft:
    promise = kind is Kind.PROMISE
    return EntryDraft(
        kind=kind,
        title=f"Changed {kind.value}",
        body="Rewritten.",
        date=dt.date(2026, 4, 30),
        mood=None,
        emotions=("calm",),
        tags=(),
        session=True,
        due=dt.date(2026, 5, 31) if promise else None,
        outcome=Outcome.RENEGOTIATED if promise else None,
    )


def assert_stored(entry: Entry, draft: EntryDraft) -> None:
    """Every field of the stored entry matches the cleaned draft."""
    clean = validate(draft)
    for field in dataclasses.fields(clean):
        stored, wanted = getattr(entry, field.name), getattr(clean, field.name)
        if field.name in ("tags", "emotions"):
            # Labels are a set: the store returns them in alphabetical order.
            assert tuple(stored) == tuple(sorted(stored, key=str.lower)), field.name
            stored, wanted = sorted(stored, key=str.lower), sorted(wanted, key=str.lower)
        assert stored == wanted, field.name
    assert entry.created_at.tzinfo is dt.UTC
    assert entry.updated_at >= entry.created_at


def wait_for_next_second(moment: dt.datetime) -> None:
    """Timestamps have one-second resolution; wait until ``now`` is past ``moment``."""
    deadline = time.monotonic() + 3
    while dt.datetime.now(dt.UTC).replace(microsecond=0) <= moment:
        assert time.monotonic() < deadline
        time.sleep(0.05)


def ids(entries: list[Entry]) -> list[int]:
    return [e.id for e in entries]


def hit_ids(hits: list[SearchHit]) -> list[int]:
    return [h.entry.id for h in hits]


# -- create, read, update, delete ----------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_every_kind_round_trips(make_journal: MakeJournal, role: Role) -> None:
    journal, _ = make_journal(role=role)
    kinds = kinds_for(role)
    saved = []
    for n, kind in enumerate(kinds):
        draft = full_draft(kind, n)
        entry = journal.add(draft)
        assert_stored(entry, draft)
        assert journal.get(entry.id) == entry
        saved.append(entry)
    assert journal.count() == len(kinds)
    assert sorted(ids(journal.entries())) == ids(saved)

    for entry in saved:
        draft = changed_draft(entry.kind)
        updated = journal.update(entry.id, draft)
        assert updated.id == entry.id
        assert updated.created_at == entry.created_at
        assert_stored(updated, draft)
        assert journal.get(entry.id) == updated

    for entry in saved:
        journal.delete(entry.id)
        with pytest.raises(EntryNotFound):
            journal.get(entry.id)
    assert journal.count() == 0
    assert journal.entries() == []
    assert journal.tags() == []
    assert journal.emotions() == []
    assert journal.check() == []


def test_promise_fields_round_trip(make_journal: MakeJournal) -> None:
    journal, _ = make_journal(role=Role.REPAIRING)
    plain = journal.add(EntryDraft(kind=Kind.PROMISE, title="Phone when late"))
    assert plain.outcome is Outcome.OPEN
    assert plain.due is None
    for outcome in Outcome:
        due = dt.date(2026, 12, 31)
        entry = journal.update(
            plain.id,
            EntryDraft(kind=Kind.PROMISE, title="Phone when late", due=due, outcome=outcome),
        )
        assert (entry.due, entry.outcome) == (due, outcome)
    # A promise turned into another kind loses its due date and outcome.
    other = journal.update(plain.id, EntryDraft(kind=Kind.SMALL_ACTION, title="Called"))
    assert (other.kind, other.due, other.outcome) == (Kind.SMALL_ACTION, None, None)


def test_text_is_stored_exactly(journal: Journal) -> None:
    body = (
        "Line one\n\n\tIndented — “quoted” 'single' \\ back; DROP TABLE entries; --\n😀 é e\u0301"
    )
    entry = journal.add(EntryDraft(kind=Kind.REFLECTION, title='O\'Brien "quotes" %_', body=body))
    again = journal.get(entry.id)
    assert again.body == body
    assert again.title == 'O\'Brien "quotes" %_'
    assert journal.count() == 1


def test_add_cleans_the_draft(journal: Journal) -> None:
    entry = journal.add(
        EntryDraft(
            kind="need",  # type: ignore[arg-type]
            title="  Time \x02 alone  ",
            body="a\r\nb",
            tags=("#Space", "space", " "),
            emotions=("calm", "CALM"),
        )
    )
    assert entry.kind is Kind.NEED
    assert entry.title == "Time alone"
    assert entry.body == "a\nb"
    assert entry.tags == ("Space",)
    assert entry.emotions == ("calm",)


def test_add_refuses_an_invalid_draft(journal: Journal) -> None:
    with pytest.raises(InvalidInput):
        journal.add(EntryDraft(kind=Kind.FEELING, title=" "))
    with pytest.raises(InvalidInput):
        journal.add(EntryDraft(kind=Kind.FEELING, title="Due?", due=dt.date(2026, 1, 1)))
    assert journal.count() == 0


def test_update_changes_updated_at_only(journal: Journal) -> None:
    entry = journal.add(full_draft(Kind.FEELING))
    assert entry.created_at == entry.updated_at
    wait_for_next_second(entry.updated_at)
    updated = journal.update(entry.id, dataclasses.replace(entry.draft(), title="New title"))
    assert updated.created_at == entry.created_at
    assert updated.updated_at > entry.updated_at
    assert updated.title == "New title"
    assert updated.body == entry.body
    assert updated.tags == entry.tags


def test_update_replaces_labels(journal: Journal) -> None:
    entry = journal.add(EntryDraft(kind=Kind.FEELING, title="t", tags=("a", "b"), emotions=("x",)))
    updated = journal.update(
        entry.id, EntryDraft(kind=Kind.FEELING, title="t", tags=("b", "c"), emotions=())
    )
    assert updated.tags == ("b", "c")
    assert updated.emotions == ()
    assert journal.tags() == [("b", 1), ("c", 1)]
    assert journal.emotions() == []


def test_update_refuses_an_invalid_draft_and_keeps_the_entry(journal: Journal) -> None:
    entry = journal.add(full_draft(Kind.TRIGGER))
    with pytest.raises(InvalidInput):
        journal.update(entry.id, dataclasses.replace(entry.draft(), mood=9))
    assert journal.get(entry.id) == entry


def test_unknown_ids(journal: Journal) -> None:
    entry = journal.add(full_draft(Kind.FEELING))
    for missing in (entry.id + 1, 0, -1, 10**12):
        with pytest.raises(EntryNotFound) as caught:
            journal.get(missing)
        assert str(missing) in caught.value.message
        with pytest.raises(EntryNotFound):
            journal.update(missing, full_draft(Kind.FEELING))
        with pytest.raises(EntryNotFound):
            journal.delete(missing)
    journal.delete(entry.id)
    with pytest.raises(EntryNotFound):
        journal.delete(entry.id)
    with pytest.raises(EntryNotFound):
        journal.update(entry.id, full_draft(Kind.FEELING))
    assert journal.count() == 0


def test_delete_removes_labels_and_search_tokens(journal: Journal) -> None:
    keep = journal.add(EntryDraft(kind=Kind.NEED, title="Shared word", tags=("common",)))
    gone = journal.add(
        EntryDraft(
            kind=Kind.NEED,
            title="Shared word marmalade",
            body="zeppelin",
            tags=("common", "only-here"),
            emotions=("alone",),
        )
    )
    assert journal.tags() == [("common", 2), ("only-here", 1)]
    journal.delete(gone.id)
    assert journal.tags() == [("common", 1)]
    assert journal.emotions() == []
    assert journal.search("marmalade") == []
    assert journal.search("zeppelin") == []
    assert hit_ids(journal.search("shared word")) == [keep.id]
    assert journal.count(EntryFilter(tag="only-here")) == 0
    assert journal.check() == []


def test_ids_are_not_reused_after_delete(journal: Journal) -> None:
    first = journal.add(full_draft(Kind.FEELING, 0))
    second = journal.add(full_draft(Kind.FEELING, 1))
    journal.delete(second.id)
    third = journal.add(full_draft(Kind.FEELING, 2))
    assert third.id != first.id
    assert journal.get(first.id) == first


# -- add_many ------------------------------------------------------------------------------


def test_add_many_saves_all(journal: Journal) -> None:
    drafts = [full_draft(kind, n) for n, kind in enumerate(kinds_for(Role.HURT))]
    new_ids = journal.add_many(drafts)
    assert len(new_ids) == len(drafts) == len(set(new_ids))
    for entry_id, draft in zip(new_ids, drafts, strict=True):
        assert_stored(journal.get(entry_id), draft)
    assert journal.add_many([]) == []
    assert journal.count() == len(drafts)


@pytest.mark.parametrize("bad_index", [0, 4, 9])
def test_add_many_is_all_or_nothing(journal: Journal, bad_index: int) -> None:
    journal.add(EntryDraft(kind=Kind.FEELING, title="Already there"))
    drafts = [full_draft(Kind.FEELING, n) for n in range(10)]
    drafts[bad_index] = dataclasses.replace(drafts[bad_index], title="   ")
    with pytest.raises(InvalidInput):
        journal.add_many(drafts)
    assert journal.count() == 1
    assert journal.tags() == []
    assert journal.search("feeling") == []
    assert journal.check() == []
    # The journal still writes afterwards, and numbering carries on.
    assert len(journal.add_many(drafts[:bad_index] + drafts[bad_index + 1 :])) == 9


# -- listing, filters and paging -----------------------------------------------------------

# (kind, date offset in days, tags, session, emotions)
ROWS: list[tuple[Kind, int, tuple[str, ...], bool, tuple[str, ...]]] = [
    (Kind.FEELING, 0, ("Work",), False, ("sad",)),
    (Kind.TRIGGER, 3, ("work", "phone"), True, ("anxious", "sad")),
    (Kind.QUESTION, 3, (), False, ()),
    (Kind.NEED, 1, ("#home",), False, ("tired",)),
    (Kind.BOUNDARY, 10, ("Home", "phone"), True, ()),
    (Kind.NOTICED_CHANGE, 7, ("phone",), False, ("hopeful",)),
    (Kind.REFLECTION, 3, ("work",), True, ("sad",)),
    (Kind.SESSION_NOTE, 20, (), True, ()),
    (Kind.FEELING, 20, ("Work",), False, ("sad", "hopeful")),
    (Kind.FEELING, 2, ("walks",), False, ()),
    (Kind.NEED, 7, (), True, ("tired",)),
    (Kind.QUESTION, 14, ("phone",), False, ()),
    (Kind.FEELING, 3, (), False, ()),
]
START = dt.date(2026, 2, 1)


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, list[Entry]]]:
    """A journal with the ROWS entries (added out of date order), shared by read-only tests."""
    folder = tmp_path_factory.mktemp("listing") / "journal"
    journal, _ = Journal.create(
        folder, name="Alex", role=Role.HURT, since=START, passphrase=PASSPHRASE
    )
    try:
        saved = [
            journal.add(
                EntryDraft(
                    kind=kind,
                    title=f"Entry {n}",
                    date=START + dt.timedelta(days=days),
                    tags=tags,
                    session=session,
                    emotions=emotions,
                )
            )
            for n, (kind, days, tags, session, emotions) in enumerate(ROWS)
        ]
        yield journal, saved
    finally:
        journal.lock()


def expected(saved: list[Entry], keep: Callable[[Entry], bool]) -> list[int]:
    return [e.id for e in sorted(saved, key=lambda e: (e.date, e.id), reverse=True) if keep(e)]


def test_list_is_newest_first_by_date_then_id(listed: tuple[Journal, list[Entry]]) -> None:
    journal, saved = listed
    listed_entries = journal.entries(limit=1000)
    assert ids(listed_entries) == expected(saved, lambda e: True)
    assert listed_entries == sorted(saved, key=lambda e: (e.date, e.id), reverse=True)
    assert journal.count() == len(ROWS)
    # Same-day entries: the later one (higher id) comes first.
    same_day = [e for e in listed_entries if e.date == START + dt.timedelta(days=3)]
    assert ids(same_day) == sorted(ids(same_day), reverse=True)
    assert len(same_day) == 4


FILTERS: list[tuple[str, EntryFilter, Callable[[Entry], bool]]] = [
    ("none", EntryFilter(), lambda e: True),
    ("one kind", EntryFilter(kinds=(Kind.FEELING,)), lambda e: e.kind is Kind.FEELING),
    (
        "two kinds",
        EntryFilter(kinds=(Kind.NEED, Kind.QUESTION)),
        lambda e: e.kind in (Kind.NEED, Kind.QUESTION),
    ),
    ("no kinds", EntryFilter(kinds=()), lambda e: False),
    ("unused kind", EntryFilter(kinds=(Kind.PROMISE,)), lambda e: False),
    ("tag", EntryFilter(tag="work"), lambda e: "work" in [t.lower() for t in e.tags]),
    ("tag upper", EntryFilter(tag="WORK"), lambda e: "work" in [t.lower() for t in e.tags]),
    ("tag hash", EntryFilter(tag="#Home"), lambda e: "home" in [t.lower() for t in e.tags]),
    ("tag spaces", EntryFilter(tag=" phone "), lambda e: "phone" in e.tags),
    ("unknown tag", EntryFilter(tag="nothing"), lambda e: False),
    (
        "since",
        EntryFilter(since=START + dt.timedelta(days=7)),
        lambda e: e.date >= START + dt.timedelta(days=7),
    ),
    (
        "until",
        EntryFilter(until=START + dt.timedelta(days=3)),
        lambda e: e.date <= START + dt.timedelta(days=3),
    ),
    (
        "one day",
        EntryFilter(since=START + dt.timedelta(days=3), until=START + dt.timedelta(days=3)),
        lambda e: e.date == START + dt.timedelta(days=3),
    ),
    (
        "empty range",
        EntryFilter(since=START + dt.timedelta(days=4), until=START + dt.timedelta(days=3)),
        lambda e: False,
    ),
    ("session", EntryFilter(session=True), lambda e: e.session),
    ("not session", EntryFilter(session=False), lambda e: not e.session),
    (
        "everything",
        EntryFilter(
            kinds=(Kind.TRIGGER, Kind.REFLECTION, Kind.FEELING),
            tag="Work",
            since=START + dt.timedelta(days=1),
            until=START + dt.timedelta(days=20),
            session=True,
        ),
        lambda e: (
            e.kind in (Kind.TRIGGER, Kind.REFLECTION, Kind.FEELING)
            and "work" in [t.lower() for t in e.tags]
            and START + dt.timedelta(days=1) <= e.date <= START + dt.timedelta(days=20)
            and e.session
        ),
    ),
]


@pytest.mark.parametrize(("filters", "keep"), [f[1:] for f in FILTERS], ids=[f[0] for f in FILTERS])
def test_filters(
    listed: tuple[Journal, list[Entry]], filters: EntryFilter, keep: Callable[[Entry], bool]
) -> None:
    journal, saved = listed
    want = expected(saved, keep)
    assert ids(journal.entries(filters, limit=1000)) == want
    assert journal.count(filters) == len(want)


def test_filters_select_something(listed: tuple[Journal, list[Entry]]) -> None:
    # Guard against a data set where the filter tests above would pass vacuously.
    journal, _ = listed
    for name, filters, _keep in FILTERS:
        if name not in ("no kinds", "unused kind", "unknown tag", "empty range"):
            assert 0 < journal.count(filters) < len(ROWS) or name == "none", name
    assert journal.count(FILTERS[-1][1]) == 2


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 13, 50])
@pytest.mark.parametrize(
    "filters", [EntryFilter(), EntryFilter(tag="phone"), EntryFilter(session=False)]
)
def test_paging_is_consistent_with_count(
    listed: tuple[Journal, list[Entry]], limit: int, filters: EntryFilter
) -> None:
    journal, _ = listed
    whole = ids(journal.entries(filters, limit=1000))
    total = journal.count(filters)
    assert len(whole) == total
    pages = []
    for offset in range(0, total + limit, limit):
        page = journal.entries(filters, limit=limit, offset=offset)
        assert len(page) == min(limit, max(0, total - offset))
        pages.extend(ids(page))
    assert pages == whole
    assert journal.entries(filters, limit=limit, offset=total) == []
    assert journal.entries(filters, limit=0) == []


def test_default_page_size_and_negative_paging(listed: tuple[Journal, list[Entry]]) -> None:
    journal, _ = listed
    assert len(journal.entries()) == len(ROWS)  # default limit is 100
    assert journal.entries(limit=-5) == []
    assert ids(journal.entries(limit=2, offset=-3)) == ids(journal.entries(limit=2))


def test_tag_and_emotion_counts(listed: tuple[Journal, list[Entry]]) -> None:
    journal, _ = listed
    tags = journal.tags()
    # Case-insensitive: "Work" and "work" are one tag; most used first, then by name.
    assert [(name.lower(), n) for name, n in tags] == [
        ("phone", 4),
        ("work", 4),
        ("home", 2),
        ("walks", 1),
    ]
    assert journal.emotions() == [("sad", 4), ("hopeful", 2), ("tired", 2), ("anxious", 1)]


def test_iter_all_yields_every_entry_once_in_id_order(
    listed: tuple[Journal, list[Entry]],
) -> None:
    journal, saved = listed
    for batch in (1, 3, 4, 13, 500):
        assert list(journal.iter_all(batch=batch)) == sorted(saved, key=lambda e: e.id)


def test_iter_all_with_gaps(journal: Journal) -> None:
    new_ids = journal.add_many([full_draft(Kind.FEELING, n) for n in range(10)])
    gone = {new_ids[i] for i in (0, 3, 4, 5, 9)}
    for entry_id in gone:
        journal.delete(entry_id)
    remaining = [i for i in new_ids if i not in gone]
    assert ids(list(journal.iter_all(batch=3))) == remaining
    assert list(Journal.iter_all(journal, batch=3)) == [journal.get(i) for i in remaining]


def test_iter_all_of_an_empty_journal(journal: Journal) -> None:
    assert list(journal.iter_all(batch=3)) == []


# -- search --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def searchable(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Journal, dict[str, int]]]:
    """A journal to search (shared by read-only tests) and its entry ids by name."""
    folder = tmp_path_factory.mktemp("search") / "journal"
    journal, _ = Journal.create(
        folder, name="Alex", role=Role.HURT, since=START, passphrase=PASSPHRASE
    )
    drafts = {
        "title": EntryDraft(kind=Kind.REFLECTION, title="Garden of hope", body="We planted bulbs."),
        "body": EntryDraft(
            kind=Kind.REFLECTION,
            title="Sunday",
            body="A long walk. Later, some hope in the garden, and some quiet near the river.",
        ),
        "hopeful": EntryDraft(kind=Kind.FEELING, title="Hopeful today", body="Small steps."),
        "cafe": EntryDraft(kind=Kind.NEED, title="Meeting at the café", body="Naïve of me?"),
        "plain": EntryDraft(kind=Kind.NEED, title="Cafe again", body="Coffee and talking."),
        "filler1": EntryDraft(kind=Kind.QUESTION, title="Why then", body="Questions, questions."),
        "filler2": EntryDraft(kind=Kind.TRIGGER, title="The phone", body="It buzzed late."),
        "filler3": EntryDraft(kind=Kind.BOUNDARY, title="No phones at dinner", body="Agreed."),
    }
    try:
        yield journal, {name: journal.add(d).id for name, d in drafts.items()}
    finally:
        journal.lock()


def test_search_ranks_title_above_body(searchable: tuple[Journal, dict[str, int]]) -> None:
    journal, at = searchable
    assert hit_ids(journal.search("hope")) == [at["title"], at["body"]]
    assert hit_ids(journal.search("garden")) == [at["title"], at["body"]]


def test_search_needs_every_word(searchable: tuple[Journal, dict[str, int]]) -> None:
    journal, at = searchable
    assert hit_ids(journal.search("hope river")) == [at["body"]]
    assert hit_ids(journal.search("garden bulbs")) == [at["title"]]
    assert journal.search("hope phone") == []
    assert hit_ids(journal.search("HOPE Garden")) == [at["title"], at["body"]]


def test_search_prefix(searchable: tuple[Journal, dict[str, int]]) -> None:
    journal, at = searchable
    assert set(hit_ids(journal.search("hope*"))) == {at["title"], at["body"], at["hopeful"]}
    assert hit_ids(journal.search("hope")) == [at["title"], at["body"]]
    assert set(hit_ids(journal.search("phone*"))) == {at["filler2"], at["filler3"]}
    assert hit_ids(journal.search("quest* why*")) == [at["filler1"]]


def test_search_ignores_diacritics(searchable: tuple[Journal, dict[str, int]]) -> None:
    journal, at = searchable
    assert set(hit_ids(journal.search("cafe"))) == {at["cafe"], at["plain"]}
    assert set(hit_ids(journal.search("café"))) == {at["cafe"], at["plain"]}
    assert set(hit_ids(journal.search("CAFÉ"))) == {at["cafe"], at["plain"]}
    assert hit_ids(journal.search("naive")) == [at["cafe"]]
    assert hit_ids(journal.search("na\u00efve")) == [at["cafe"]]


def test_search_finds_text_typed_with_combining_accents(journal: Journal) -> None:
    # "naïve" written as i + U+0308 (as some keyboards and pasted text produce it).
    decomposed = "nai\u0308ve"
    entry = journal.add(EntryDraft(kind=Kind.FEELING, title=f"So {decomposed} of me"))
    assert hit_ids(journal.search("naive")) == [entry.id]
    assert hit_ids(journal.search("na\u00efve")) == [entry.id]
    # The very words of the entry must find it too.
    assert hit_ids(journal.search(decomposed)) == [entry.id]
    assert hit_ids(journal.search(f"So {decomposed}")) == [entry.id]


def test_search_snippets_mark_the_matches(searchable: tuple[Journal, dict[str, int]]) -> None:
    journal, at = searchable
    for hit in journal.search("hope garden"):
        assert MARK_START in hit.snippet
        assert MARK_END in hit.snippet
        text, spans = hit.snippet_spans()
        assert MARK_START not in text
        assert MARK_END not in text
        assert spans
        assert {text[a:b].lower() for a, b in spans} == {"hope", "garden"}
        assert text == hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
        assert hit.entry == journal.get(hit.entry.id)
    (cafe,) = [h for h in journal.search("cafe") if h.entry.id == at["cafe"]]
    text, spans = cafe.snippet_spans()
    assert [text[a:b] for a, b in spans] == ["café"]


def test_snippet_spans_without_marks() -> None:
    entry = Entry(
        id=1,
        kind=Kind.FEELING,
        title="t",
        body="",
        date=START,
        created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        updated_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        mood=None,
        emotions=(),
        tags=(),
        session=False,
        due=None,
        outcome=None,
    )
    assert SearchHit(entry, "plain text").snippet_spans() == ("plain text", [])
    marked = SearchHit(entry, f"a {MARK_START}b{MARK_END} c {MARK_START}dd{MARK_END}")
    assert marked.snippet_spans() == ("a b c dd", [(2, 3), (6, 8)])


HOPE = {"title", "body"}
OPERATOR_INPUT: list[tuple[str, set[str]]] = [
    ('"', set()),
    ('""', set()),
    ('"hope', HOPE),
    ('hope"', HOPE),
    ('"hope garden"', HOPE),
    ("NEAR(", {"body"}),
    ("NEAR(hope garden, 2)", set()),  # "2" is in no entry
    ("hope NEAR garden", {"body"}),
    ("-", set()),
    ("-hope", HOPE),
    ("hope -garden", HOPE),
    ("AND", {"body", "plain"}),
    ("hope AND", {"body"}),
    ("OR NOT AND", set()),
    ("*", set()),
    ("**", set()),
    ("hope**", {"title", "body", "hopeful"}),
    ("*hope", HOPE),
    (":", set()),
    ("title:hope", set()),  # "title" is a word here, not a column
    ("body:", set()),
    ("{title body}: hope", set()),
    ("^hope", HOPE),
    ("hope + garden", HOPE),
    ("(hope", HOPE),
    ("hope)", HOPE),
    ("'", set()),
    ("hope's", set()),
    ("hope'", HOPE),
    ("___", set()),
    ("_*", set()),
    ("%", set()),
    ("\\", set()),
    ("\x00", set()),
    ("\u200b", set()),
    ("🙂", set()),
    ("", set()),
    ("   ", set()),
]


@pytest.mark.parametrize(
    ("text", "names"), OPERATOR_INPUT, ids=[repr(t) for t, _ in OPERATOR_INPUT]
)
def test_search_operators_in_user_input_never_raise(
    searchable: tuple[Journal, dict[str, int]], text: str, names: set[str]
) -> None:
    journal, at = searchable
    hits = journal.search(text)
    assert all(isinstance(h, SearchHit) for h in hits)
    assert set(hit_ids(hits)) == {at[name] for name in names}


def test_search_treats_operators_as_words(journal: Journal) -> None:
    near = journal.add(EntryDraft(kind=Kind.FEELING, title="Near the sea", body="and or not"))
    other = journal.add(EntryDraft(kind=Kind.FEELING, title="Far away"))
    assert hit_ids(journal.search("NEAR(")) == [near.id]
    assert hit_ids(journal.search("AND")) == [near.id]
    assert hit_ids(journal.search("NOT")) == [near.id]
    assert hit_ids(journal.search('"far')) == [other.id]
    assert hit_ids(journal.search("away -far")) == [other.id]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query("hope garden") == '"hope" AND "garden"'
    assert fts_query("hope*") == '"hope"*'
    assert fts_query('NEAR("x" -y:') == '"NEAR" AND "x" AND "y"'
    assert fts_query(" - * : ") is None
    assert fts_query("") is None


def test_search_paging(journal: Journal) -> None:
    journal.add_many(
        [EntryDraft(kind=Kind.FEELING, title=f"Walk {n}", body="walk " * n) for n in range(1, 8)]
    )
    everything = hit_ids(journal.search("walk", limit=100))
    assert len(everything) == 7
    paged = []
    for offset in range(0, 7, 3):
        paged.extend(hit_ids(journal.search("walk", limit=3, offset=offset)))
    assert paged == everything
    assert journal.search("walk", limit=0) == []
    assert journal.search("walk", offset=7) == []


def test_search_index_follows_updates_and_deletes(journal: Journal) -> None:
    entry = journal.add(EntryDraft(kind=Kind.FEELING, title="Thunder", body="lightning"))
    assert hit_ids(journal.search("thunder")) == [entry.id]
    assert hit_ids(journal.search("lightning")) == [entry.id]
    journal.update(entry.id, EntryDraft(kind=Kind.FEELING, title="Rainbow", body="sunshine"))
    assert journal.search("thunder") == []
    assert journal.search("lightning") == []
    assert hit_ids(journal.search("rainbow sunshine")) == [entry.id]
    # Changing other fields keeps the index as it is.
    journal.update(
        entry.id, EntryDraft(kind=Kind.NEED, title="Rainbow", body="sunshine", tags=("x",))
    )
    assert hit_ids(journal.search("rainbow")) == [entry.id]
    journal.delete(entry.id)
    assert journal.search("rainbow") == []
    assert journal.search("sunshine") == []
    assert journal.search("rain*") == []
    assert journal.check() == []


def test_failed_update_leaves_the_index_alone(journal: Journal) -> None:
    entry = journal.add(EntryDraft(kind=Kind.FEELING, title="Original words"))
    with pytest.raises(EntryNotFound):
        journal.update(entry.id + 1, EntryDraft(kind=Kind.FEELING, title="Replacement"))
    assert journal.search("replacement") == []
    assert hit_ids(journal.search("original")) == [entry.id]


# -- a locked journal ----------------------------------------------------------------------


def test_everything_refused_when_locked(journal: Journal) -> None:
    entry = journal.add(full_draft(Kind.FEELING))
    journal.lock()
    assert not journal.is_open
    journal.lock()  # twice is fine
    draft = full_draft(Kind.FEELING)
    attempts: list[Callable[[], object]] = [
        lambda: journal.add(draft),
        lambda: journal.add_many([draft]),
        lambda: journal.update(entry.id, draft),
        lambda: journal.delete(entry.id),
        lambda: journal.get(entry.id),
        lambda: journal.entries(),
        lambda: journal.count(),
        lambda: journal.search("feeling"),
        lambda: journal.tags(),
        lambda: journal.emotions(),
        lambda: list(journal.iter_all(batch=3)),
        lambda: journal.check(),
        lambda: journal.connection_for_backup(),
        lambda: journal.new_recovery_code(),
        lambda: journal.change_passphrase("a long enough passphrase"),
    ]
    for attempt in attempts:
        with pytest.raises(JournalLocked) as caught:
            attempt()
        assert caught.value.message == JournalLocked.default_message
    again = Journal.unlock(journal.folder, PASSPHRASE)
    try:
        assert again.get(entry.id) == entry
    finally:
        again.lock()


def test_context_manager_locks(journal: Journal) -> None:
    journal.lock()
    with Journal.unlock(journal.folder, PASSPHRASE) as again:
        again.add(full_draft(Kind.NEED))
    assert not again.is_open
    with pytest.raises(JournalLocked):
        again.count()


# -- health and migrations -----------------------------------------------------------------


def test_check_on_a_healthy_journal(journal: Journal) -> None:
    assert journal.check() == []
    new_ids = journal.add_many([full_draft(Kind.FEELING, n) for n in range(20)])
    journal.update(new_ids[3], changed_draft(Kind.FEELING))
    journal.delete(new_ids[5])
    assert journal.check() == []
    journal.lock()
    with Journal.unlock(journal.folder, PASSPHRASE) as again:
        assert again.check() == []


def test_new_journal_is_at_the_latest_schema(journal: Journal) -> None:
    conn, _, _ = journal.connection_for_backup()
    assert schema.version(conn) == schema.LATEST >= 1
    assert schema.migrate(conn) == schema.LATEST  # nothing left to do
    assert schema.version(conn) == schema.LATEST


def open_raw(folder: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(folder / "journal.db"), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def test_a_journal_from_a_newer_version_is_refused(journal: Journal) -> None:
    journal.add(full_draft(Kind.FEELING))
    _, key, _ = journal.connection_for_backup()
    journal.lock()
    raw = open_raw(journal.folder, key)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
        raw.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    finally:
        raw.close()
    with pytest.raises(DatabaseDamaged) as caught:
        Journal.unlock(journal.folder, PASSPHRASE)
    assert "newer version" in caught.value.message
    assert "update" in caught.value.message.lower()
    # Nothing was changed, and the refusal did not leave the folder locked.
    raw = open_raw(journal.folder, key)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST + 1
        assert raw.execute("SELECT count(*) FROM entries").fetchone()[0] == 1
    finally:
        raw.close()
    with pytest.raises(DatabaseDamaged):
        Journal.unlock(journal.folder, PASSPHRASE)


def test_migrations_are_ordered_steps() -> None:
    assert len(schema.MIGRATIONS) == schema.LATEST
    assert all(callable(m) for m in schema.MIGRATIONS)


def test_errors_here_are_trust_journal_errors() -> None:
    for error in (EntryNotFound, JournalLocked, InvalidInput, DatabaseDamaged):
        assert issubclass(error, TrustJournalError)
