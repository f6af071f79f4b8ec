"""The entry rules (DESIGN §2): kinds per role and every check in :func:`validate`."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from trustjournal.domain import (
    KINDS_BY_ROLE,
    SHARED_KINDS,
    Entry,
    EntryDraft,
    Kind,
    Outcome,
    Repeat,
    Role,
    kinds_for,
    validate,
)
from trustjournal.domain.entry import (
    MAX_BODY,
    MAX_LABEL,
    MAX_LABELS,
    MAX_TITLE,
    clean_labels,
    clean_text,
    format_timestamp,
    parse_date,
    parse_timestamp,
)
from trustjournal.errors import InvalidInput, TrustJournalError

DAY = dt.date(2026, 3, 1)


def draft(**fields: object) -> EntryDraft:
    values: dict[str, object] = {"kind": Kind.FEELING, "title": "A hard evening", "date": DAY}
    values.update(fields)
    return EntryDraft(**values)  # type: ignore[arg-type]


def refused(candidate: EntryDraft) -> str:
    with pytest.raises(InvalidInput) as caught:
        validate(candidate)
    return caught.value.message


# -- kinds and roles ------------------------------------------------------------------------


def test_kinds_for_hurt_partner() -> None:
    assert kinds_for(Role.HURT) == (
        Kind.FEELING,
        Kind.TRIGGER,
        Kind.QUESTION,
        Kind.NEED,
        Kind.BOUNDARY,
        Kind.NOTICED_CHANGE,
        Kind.REFLECTION,
        Kind.SESSION_NOTE,
    )


def test_kinds_for_repairing_partner() -> None:
    assert kinds_for(Role.REPAIRING) == (
        Kind.ACCOUNTABILITY,
        Kind.TRANSPARENCY,
        Kind.PROMISE,
        Kind.SMALL_ACTION,
        Kind.REFLECTION,
        Kind.SESSION_NOTE,
    )


def test_every_kind_belongs_to_a_role_and_shared_kinds_to_both() -> None:
    covered = {kind for role in Role for kind in kinds_for(role)}
    assert covered == set(Kind)
    assert set(KINDS_BY_ROLE) == set(Role)
    assert {Kind.REFLECTION, Kind.SESSION_NOTE} == SHARED_KINDS
    for kind in Kind:
        roles = {role for role in Role if kind in kinds_for(role)}
        assert len(roles) == (2 if kind in SHARED_KINDS else 1), kind
    assert Kind.PROMISE not in kinds_for(Role.HURT)
    assert Kind.FEELING not in kinds_for(Role.REPAIRING)


def test_kinds_for_accepts_the_role_id_as_text() -> None:
    assert kinds_for(Role("repairing")) == kinds_for(Role.REPAIRING)


# -- kind ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_is_accepted(kind: Kind) -> None:
    clean = validate(draft(kind=kind))
    assert clean.kind is kind


def test_kind_given_as_text_becomes_a_kind() -> None:
    clean = validate(draft(kind="noticed_change"))
    assert clean.kind is Kind.NOTICED_CHANGE


@pytest.mark.parametrize("kind", ["diary", "", "Feeling", "promise "])
def test_unknown_kind_is_refused_with_the_list_of_kinds(kind: str) -> None:
    message = refused(draft(kind=kind))
    assert f"“{kind}” is not a kind of entry" in message
    for known in Kind:
        assert known.value in message


# -- title and body ------------------------------------------------------------------------


def test_title_is_trimmed_and_inner_whitespace_collapsed() -> None:
    clean = validate(draft(title="  \t A   hard\n\nevening \r\n "))
    assert clean.title == "A hard evening"


@pytest.mark.parametrize("title", ["", "   ", "\n\t", "\x00\x01\x7f", " \x02 \x03 "])
def test_empty_title_is_refused(title: str) -> None:
    assert refused(draft(title=title)) == "An entry needs a title."


def test_title_length_limit() -> None:
    assert len(validate(draft(title="x" * MAX_TITLE)).title) == MAX_TITLE
    # Whitespace that collapses away does not count against the limit.
    assert validate(draft(title="  " + "x" * MAX_TITLE + "  ")).title == "x" * MAX_TITLE
    message = refused(draft(title="x" * (MAX_TITLE + 1)))
    assert message == f"A title can be at most {MAX_TITLE} characters long."


def test_control_characters_are_removed_from_title_and_body() -> None:
    clean = validate(
        draft(title="Mark\x02ed\x03 words\x1b[31m\x7f", body="one\x00two\x02three\x03\x08four")
    )
    assert clean.title == "Marked words[31m"
    assert clean.body == "onetwothreefour"


def test_body_keeps_tabs_and_newlines_and_normalises_line_ends() -> None:
    body = "first\r\nsecond\rthird\n\tindented\x0bgone\x0cgone\n"
    assert validate(draft(body=body)).body == "first\nsecond\nthird\n\tindentedgonegone\n"


def test_body_is_not_trimmed_or_collapsed() -> None:
    body = "  two  spaces  \n\n\nthree blank lines  "
    assert validate(draft(body=body)).body == body


def test_clean_text_keeps_unicode() -> None:
    text = "café — naïve 😀 مرحبا\u200d"
    assert clean_text(text) == text


def test_body_length_limit() -> None:
    assert len(validate(draft(body="y" * MAX_BODY)).body) == MAX_BODY
    message = refused(draft(body="y" * (MAX_BODY + 1)))
    assert "too long" in message


# -- mood ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mood", [None, 1, 2, 3, 4, 5])
def test_mood_in_range_is_accepted(mood: int | None) -> None:
    assert validate(draft(mood=mood)).mood == mood


@pytest.mark.parametrize("mood", [0, 6, -1, 100, True, False, 3.0, "3", 2.5])
def test_mood_out_of_range_or_not_an_int_is_refused(mood: object) -> None:
    assert refused(draft(mood=mood)) == "Mood is a number from 1 to 5."


# -- date ----------------------------------------------------------------------------------


@pytest.mark.parametrize("date", [dt.datetime(2026, 3, 1, 12, 0), "2026-03-01", None, 20260301])
def test_date_must_be_a_plain_date(date: object) -> None:
    assert refused(draft(date=date)) == "An entry needs a date."


def test_date_defaults_to_today() -> None:
    assert EntryDraft(kind=Kind.NEED, title="Quiet").date == dt.date.today()


# -- labels (tags and named emotions) ------------------------------------------------------


@pytest.mark.parametrize("field", ["tags", "emotions"])
def test_labels_are_trimmed_hash_stripped_and_deduplicated(field: str) -> None:
    raw = ("  Work ", "#home", "# family", "work", "HOME", "  ", "#", "two   words", "Family")
    clean = validate(draft(**{field: raw}))
    assert getattr(clean, field) == ("Work", "home", "family", "two words")


def test_first_spelling_wins_when_deduplicating() -> None:
    assert clean_labels(["Anger", "anger", "ANGER"], "named emotion") == ("Anger",)
    assert clean_labels(["ß", "SS", "ss"], "tag") == ("ß",)  # casefold: ß == ss


def test_labels_lose_control_characters() -> None:
    assert validate(draft(tags=["wo\x02rk\x03", "\x00"])).tags == ("work",)


@pytest.mark.parametrize(("field", "what"), [("tags", "tag"), ("emotions", "named emotion")])
def test_label_length_limit(field: str, what: str) -> None:
    longest = "a" * MAX_LABEL
    assert getattr(validate(draft(**{field: [longest]})), field) == (longest,)
    # The '#' is stripped before the length is measured.
    assert getattr(validate(draft(**{field: ["#" + longest]})), field) == (longest,)
    message = refused(draft(**{field: ["a" * (MAX_LABEL + 1)]}))
    assert message == f"A {what} can be at most {MAX_LABEL} characters long."


@pytest.mark.parametrize(("field", "what"), [("tags", "tag"), ("emotions", "named emotion")])
def test_label_count_limit(field: str, what: str) -> None:
    many = [f"label{i}" for i in range(MAX_LABELS)]
    assert len(getattr(validate(draft(**{field: many})), field)) == MAX_LABELS
    # Duplicates (in any case) do not count twice.
    assert len(getattr(validate(draft(**{field: many + [m.upper() for m in many]})), field)) == (
        MAX_LABELS
    )
    message = refused(draft(**{field: [*many, "one more"]}))
    assert message == f"An entry can have at most {MAX_LABELS} {what}s."


def test_labels_accept_any_iterable() -> None:
    clean = validate(draft(tags=["a", "b"], emotions=(e for e in ["sad", "hopeful"])))
    assert clean.tags == ("a", "b")
    assert clean.emotions == ("sad", "hopeful")


# -- promises ------------------------------------------------------------------------------


def test_promise_outcome_defaults_to_open() -> None:
    clean = validate(draft(kind=Kind.PROMISE, due=dt.date(2026, 3, 8)))
    assert clean.outcome is Outcome.OPEN
    assert clean.due == dt.date(2026, 3, 8)


def test_promise_without_due_date_is_fine() -> None:
    clean = validate(draft(kind=Kind.PROMISE))
    assert clean.due is None
    assert clean.outcome is Outcome.OPEN


@pytest.mark.parametrize("outcome", list(Outcome))
def test_promise_keeps_every_outcome(outcome: Outcome) -> None:
    assert validate(draft(kind=Kind.PROMISE, outcome=outcome)).outcome is outcome
    assert validate(draft(kind=Kind.PROMISE, outcome=outcome.value)).outcome is outcome


def test_promise_with_unknown_outcome_is_refused_plainly() -> None:
    # A raw ValueError here would escape every face as a crash instead of a sentence.
    with pytest.raises(InvalidInput):
        validate(draft(kind=Kind.PROMISE, outcome="sort_of"))


@pytest.mark.parametrize("due", [dt.datetime(2026, 3, 8, 9, 30), "2026-03-08"])
def test_promise_due_must_be_a_plain_date(due: object) -> None:
    # A datetime is stored as '2026-03-08T09:30:00', which the store cannot read back:
    # every later listing of the journal would then fail.
    with pytest.raises(InvalidInput):
        validate(draft(kind=Kind.PROMISE, due=due))


@pytest.mark.parametrize("kind", [k for k in Kind if k is not Kind.PROMISE])
def test_due_and_outcome_are_refused_on_other_kinds(kind: Kind) -> None:
    assert refused(draft(kind=kind, due=DAY)) == "Only a promise has a due date."
    assert refused(draft(kind=kind, outcome=Outcome.KEPT)) == "Only a promise has an outcome."
    clean = validate(draft(kind=kind))
    assert clean.due is None
    assert clean.outcome is None


# -- the rest of validate ------------------------------------------------------------------


def test_session_flag_becomes_a_bool() -> None:
    assert validate(draft(session=1)).session is True
    assert validate(draft(session=0)).session is False
    assert validate(draft()).session is False


def test_validate_returns_a_new_draft_and_is_idempotent() -> None:
    original = draft(title="  Title ", tags=["#x"], kind="promise")
    clean = validate(original)
    assert clean is not original
    assert original.title == "  Title "
    assert validate(clean) == clean


def test_validation_errors_are_trust_journal_errors() -> None:
    with pytest.raises(TrustJournalError):
        validate(draft(title=""))


def test_entry_draft_and_json() -> None:
    moment = dt.datetime(2026, 3, 1, 20, 15, 5, tzinfo=dt.UTC)
    entry = Entry(
        id=7,
        kind=Kind.PROMISE,
        title="Call when late",
        body="Every time.",
        date=DAY,
        created_at=moment,
        updated_at=moment + dt.timedelta(hours=1),
        mood=4,
        emotions=("hopeful",),
        tags=("phone",),
        session=True,
        due=dt.date(2026, 3, 31),
        outcome=Outcome.KEPT,
        repeat=Repeat.WEEKLY,
    )
    back = entry.draft()
    assert {f.name for f in dataclasses.fields(back)} <= {f.name for f in dataclasses.fields(entry)}
    for field in dataclasses.fields(back):
        assert getattr(back, field.name) == getattr(entry, field.name)
    assert entry.to_json() == {
        "id": 7,
        "kind": "promise",
        "title": "Call when late",
        "body": "Every time.",
        "date": "2026-03-01",
        "created_at": "2026-03-01T20:15:05Z",
        "updated_at": "2026-03-01T21:15:05Z",
        "mood": 4,
        "emotions": ["hopeful"],
        "tags": ["phone"],
        "session": True,
        "due": "2026-03-31",
        "outcome": "kept",
        "repeat": "weekly",
    }


def test_only_a_promise_repeats_and_only_daily_or_weekly() -> None:
    promise = EntryDraft(Kind.PROMISE, "Text when I'm late", date=DAY, repeat=Repeat.DAILY)
    assert validate(promise).repeat is Repeat.DAILY
    weekly = dataclasses.replace(promise, repeat="weekly")  # type: ignore[arg-type]
    assert validate(weekly).repeat is Repeat.WEEKLY
    with pytest.raises(InvalidInput, match="daily or weekly"):
        validate(dataclasses.replace(promise, repeat="hourly"))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="Only a promise can repeat"):
        validate(EntryDraft(Kind.SMALL_ACTION, "Made tea", date=DAY, repeat=Repeat.DAILY))


# -- dates and timestamps as text ----------------------------------------------------------


def test_parse_date_accepts_iso_dates_with_spaces_around() -> None:
    assert parse_date("2026-03-01") == DAY
    assert parse_date("  2026-03-01\n") == DAY


@pytest.mark.parametrize("text", ["", "tomorrow", "2026-02-30", "01/03/2026", "2026-13-01"])
def test_parse_date_message_names_the_field_and_the_format(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, "due date")
    assert caught.value.message == f"“{text}” is not a due date; please write it as YYYY-MM-DD."
    with pytest.raises(InvalidInput) as caught:
        parse_date(text)
    assert caught.value.message == f"“{text}” is not a date; please write it as YYYY-MM-DD."


def test_timestamp_is_utc_with_a_z() -> None:
    moment = dt.datetime(2026, 11, 27, 5, 7, 16, 999_999, tzinfo=dt.UTC)
    assert format_timestamp(moment) == "2026-11-27T05:07:16Z"
    elsewhere = dt.datetime(2026, 11, 27, 7, 7, 16, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert format_timestamp(elsewhere) == "2026-11-27T05:07:16Z"


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(2026, 1, 1, 0, 0, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 12, 31, 23, 59, 59, 500_000, tzinfo=dt.UTC),
        dt.datetime(2030, 6, 15, 1, 2, 3, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
    ],
)
def test_timestamp_round_trip(moment: dt.datetime) -> None:
    back = parse_timestamp(format_timestamp(moment))
    assert back.tzinfo is dt.UTC
    assert back == moment.replace(microsecond=0)
    assert format_timestamp(back) == format_timestamp(moment)


def test_parse_timestamp_refuses_other_shapes() -> None:
    with pytest.raises(ValueError):
        parse_timestamp("2026-11-27 05:07:16")
