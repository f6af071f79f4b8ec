"""A session note's body: written in a readable shape and read back, leniently."""

from __future__ import annotations

import datetime as dt

from trustjournal.reports.session_note import SessionNote, compose, parse

NEXT = dt.date(2026, 3, 26)


def test_compose_and_parse_round_trip() -> None:
    note = SessionNote("We talked about patience.\n\nIt takes time.", "Walk twice a week.", NEXT)
    body = compose(note)
    assert body == (
        "## Takeaways\n\nWe talked about patience.\n\nIt takes time.\n\n"
        "## Homework\n\nWalk twice a week.\n\nNext session: 2026-03-26\n"
    )
    assert parse(body) == note


def test_only_the_parts_given_are_written() -> None:
    assert compose(SessionNote(homework="  Call the counsellor  ")) == (
        "## Homework\n\nCall the counsellor\n"
    )
    assert compose(SessionNote()) == ""
    assert SessionNote().is_empty
    assert not SessionNote(next_session=NEXT).is_empty
    assert parse(compose(SessionNote(next_session=NEXT))) == SessionNote(next_session=NEXT)


def test_parse_is_lenient_about_headings_and_the_date_line() -> None:
    body = (
        "Some words before.\n\n# TAKEAWAYS #\nBreathe first.\n\n### homework\n- one\n- two\n\n"
        "## Other thoughts\nNot part of either.\n\n**Next session:** 2026-03-26\n"
    )
    assert parse(body) == SessionNote("Breathe first.", "- one\n- two", NEXT)


def test_a_free_note_has_no_parts_and_a_bad_date_is_not_one() -> None:
    assert parse("We talked for an hour. It was hard and good.") is None
    assert parse("Next session: 2026-02-30") is None
    assert parse("") is None
