"""Import from jrnl, Day One and Trust Journal files, and export to JSON and Markdown."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trustjournal.domain.entry import Entry, EntryDraft, Kind, Outcome, validate
from trustjournal.domain.interchange import (
    FORMATS,
    MAX_IMPORT_BYTES,
    export_json,
    export_markdown,
    parse_import,
)
from trustjournal.errors import ImportInvalid, InvalidInput

SINCE = dt.date(2023, 9, 1)
STAMP = dt.datetime(2024, 2, 3, 4, 5, 6, tzinfo=dt.UTC)


def make_entry(number: int, draft: EntryDraft) -> Entry:
    clean = validate(draft)
    return Entry(
        id=number,
        kind=clean.kind,
        title=clean.title,
        body=clean.body,
        date=clean.date,
        created_at=STAMP,
        updated_at=STAMP + dt.timedelta(minutes=number),
        mood=clean.mood,
        emotions=clean.emotions,
        tags=clean.tags,
        session=clean.session,
        due=clean.due,
        outcome=clean.outcome,
    )


ENTRIES = [
    make_entry(
        1,
        EntryDraft(
            kind=Kind.FEELING,
            title="The first night after telling him",
            body="I couldn't sleep.\n\n# Not a heading of the export\n\n\tTabbed line 💔\n",
            date=dt.date(2023, 9, 2),
            mood=1,
            emotions=("betrayed", "numb", "überwältigt"),
            tags=("night", "🌙"),
            session=True,
        ),
    ),
    make_entry(
        2,
        EntryDraft(
            kind=Kind.PROMISE,
            title="Phone stays on the kitchen table after 9",
            body="So there is nothing to wonder about.",
            date=dt.date(2023, 9, 10),
            due=dt.date(2023, 10, 10),
            outcome=Outcome.PARTLY_KEPT,
            tags=("transparency",),
        ),
    ),
    make_entry(
        3,
        EntryDraft(
            kind=Kind.NOTICED_CHANGE,
            title="שיחה טובה — a good talk",
            body="הוא הקשיב עד הסוף.\nHe listened to the end.",
            date=dt.date(2023, 11, 5),
            mood=4,
            emotions=("hopeful",),
        ),
    ),
    make_entry(
        4,
        EntryDraft(kind=Kind.PROMISE, title="Weekly check-in", date=dt.date(2024, 1, 1)),
    ),
    make_entry(5, EntryDraft(kind=Kind.SESSION_NOTE, title="Session 7", date=SINCE)),
]


def import_error(data: bytes | str, fmt: str) -> str:
    """The message of the ImportInvalid raised for ``data``, checked to be plain."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with pytest.raises(ImportInvalid) as caught:
        parse_import(data, fmt)
    message = caught.value.message
    assert "\n" not in message
    assert message.endswith(".")
    assert "nothing was imported" in message
    for python_words in ("Error", "Traceback", "Expecting", "column", "char ", "'", "None"):
        assert python_words not in message, message
    return message


def trustjournal_file(*entries: object) -> str:
    return json.dumps({"format": "trustjournal-json", "version": 1, "entries": list(entries)})


def good_entry(**changes: object) -> dict[str, object]:
    item: dict[str, object] = {"kind": "feeling", "title": "A title", "date": "2024-03-01"}
    item.update(changes)
    return item


# ---------------------------------------------------------------- Trust Journal JSON


def test_export_json_round_trips_every_field() -> None:
    text = export_json(ENTRIES, name="Sam", role="hurt", since=SINCE)

    drafts = parse_import(text.encode("utf-8"), "trustjournal-json")

    assert drafts == [entry.draft() for entry in ENTRIES]
    assert drafts[3].outcome is Outcome.OPEN


def test_export_json_document_shape() -> None:
    text = export_json(ENTRIES[:2], name="Sam Ó'Brien", role="hurt", since=SINCE)

    document = json.loads(text)
    assert list(document) == ["format", "version", "journal", "entries"]
    assert document["format"] == "trustjournal-json"
    assert document["version"] == 1
    assert document["journal"] == {"name": "Sam Ó'Brien", "role": "hurt", "since": "2023-09-01"}
    assert document["entries"] == [ENTRIES[0].to_json(), ENTRIES[1].to_json()]
    assert "überwältigt" in text and "💔" in text  # not \u escaped
    assert text.endswith("}\n")
    assert export_json(ENTRIES[:2], name="Sam Ó'Brien", role="hurt", since=SINCE) == text


def test_trustjournal_import_ignores_ids_and_times_and_accepts_a_bom() -> None:
    item = good_entry(id=99, created_at="garbage", updated_at=None, body="Hello")
    data = b"\xef\xbb\xbf" + trustjournal_file(item).encode("utf-8")

    assert parse_import(data, "trustjournal-json") == [
        EntryDraft(kind=Kind.FEELING, title="A title", body="Hello", date=dt.date(2024, 3, 1))
    ]


def test_empty_export_imports_nothing() -> None:
    text = export_json([], name="Sam", role="repairing", since=SINCE)
    assert parse_import(text.encode(), "trustjournal-json") == []


# ---------------------------------------------------------------- jrnl

# As written by `jrnl --export json` (jrnl 4.x: json.dumps(indent=2), so non-ASCII is
# \u escaped), with tags carrying their tag symbol.
JRNL_EXPORT = r"""{
  "tags": {
    "@work": 1,
    "@therapy": 2,
    "#hope": 1
  },
  "entries": [
    {
      "title": "Therapy with Dr. \u00c1lvarez.",
      "body": " We talked about the @work trips and the @therapy homework.\n\nI felt heard for once \ud83d\ude4f\n\n",
      "date": "2024-01-15",
      "time": "19:30",
      "tags": [
        "@work",
        "@therapy"
      ],
      "starred": true
    },
    {
      "title": "",
      "body": "\n\n\u05e9\u05dc\u05d5\u05dd, this line starts in Hebrew and goes on for quite a while, far past eighty characters.\n  second line, indented #hope\n\n",
      "date": "2024-01-16",
      "time": "07:05",
      "tags": [
        "#hope"
      ],
      "starred": false
    },
    {
      "title": "Short one.",
      "body": "",
      "date": "2024-02-29",
      "time": "23:59",
      "tags": ["@therapy"],
      "starred": false,
      "uuid": "A1B2C3D4E5F6"
    },
    {
      "title": "",
      "body": "   \n",
      "date": "2024-03-01",
      "time": "09:00",
      "tags": [],
      "starred": false
    }
  ]
}"""  # noqa: E501 (exports have long lines)


def test_jrnl_export_is_imported_as_reflections() -> None:
    drafts = parse_import(JRNL_EXPORT.encode("utf-8"), "jrnl-json")

    assert drafts[0] == EntryDraft(
        kind=Kind.REFLECTION,
        title="Therapy with Dr. Álvarez.",
        body=" We talked about the @work trips and the @therapy homework.\n\n"
        "I felt heard for once 🙏",
        date=dt.date(2024, 1, 15),
        tags=("work", "therapy"),
        session=True,
    )
    # An empty title comes from the first line of the body, shortened; the body stays whole.
    assert drafts[1].title.startswith("שלום, this line starts in Hebrew")
    assert drafts[1].title.endswith("…")
    assert len(drafts[1].title) <= 80
    assert drafts[1].body == (
        "שלום, this line starts in Hebrew and goes on for quite a while, far past eighty "
        "characters.\n  second line, indented #hope"
    )
    assert drafts[1].tags == ("hope",)
    assert drafts[1].session is False
    assert drafts[2].date == dt.date(2024, 2, 29)
    assert drafts[2].body == ""
    assert drafts[3].title == "Untitled entry"
    assert all(draft == validate(draft) for draft in drafts)


def test_jrnl_title_too_long_to_keep_moves_into_the_body() -> None:
    title = "word " * 150
    data = json.dumps(
        {"tags": {}, "entries": [{"title": title, "body": "rest", "date": "2024-01-01"}]}
    )

    [draft] = parse_import(data.encode(), "jrnl-json")

    assert len(draft.title) <= 80
    assert draft.body == title.strip() + "\n\nrest"


# ---------------------------------------------------------------- Day One

# Modelled on Journal.json from a Day One export zip (Day One 2024).
DAYONE_EXPORT = r"""{
  "metadata": {
    "version": "1.0"
  },
  "entries": [
    {
      "uuid": "6F30404AB159433D8D1F5E4B3F6A2C11",
      "creationDate": "2021-03-04T23:30:00Z",
      "modifiedDate": "2021-03-05T08:02:11Z",
      "creationDevice": "Sam’s iPhone",
      "creationDeviceType": "iPhone",
      "creationOSName": "iOS",
      "creationOSVersion": "14.4",
      "timeZone": "Europe/Madrid",
      "duration": 0,
      "isAllDay": false,
      "isPinned": false,
      "editingTime": 412.5,
      "starred": true,
      "tags": ["trust", "weekly"],
      "text": "# A hard evening\n\n![](dayone-moment://3F2A9C0D1E2B4F5A8B7C6D5E4F3A2B1C)\n\nWe talked until 1 a\\.m\\. about the trip \\(again\\)\\.\n\n\\- no more secrets\n\\- weekly check\\-ins \\#us\n\nLiteral backslash: C:\\\\Users",
      "richText": "{\"meta\":{\"version\":1,\"small-lines-removed\":true,\"created\":{\"platform\":\"com.bloombuilt.dayone-ios\",\"version\":1376}},\"contents\":[{\"text\":\"A hard evening\\n\",\"attributes\":{\"line\":{\"header\":1}}}]}",
      "photos": [
        {
          "identifier": "3F2A9C0D1E2B4F5A8B7C6D5E4F3A2B1C",
          "md5": "0b6a9f3c2d1e4f5a6b7c8d9e0f1a2b3c",
          "type": "jpeg",
          "width": 3024,
          "height": 4032,
          "orderInEntry": 0
        }
      ],
      "location": {
        "localityName": "Madrid",
        "country": "Spain",
        "latitude": 40.4168,
        "longitude": -3.7038,
        "placeName": "Calle Mayor"
      },
      "weather": {
        "temperatureCelsius": 9.5,
        "conditionsDescription": "Clear",
        "weatherCode": "clear-night"
      }
    },
    {
      "uuid": "0C7E3B8B2D1A4E6F9A8B7C6D5E4F3A2B",
      "creationDate": "2022-07-01T03:00:00Z",
      "modifiedDate": "2022-07-01T03:10:00Z",
      "timeZone": "America/Los_Angeles",
      "starred": false,
      "tags": [],
      "text": "أنا هنا. I am here, writing a long first paragraph without any heading at all 💔 and it keeps going\n![](dayone-moment:/audio/AB12CD34EF56AB12CD34EF56AB12CD34)\nSecond paragraph."
    },
    {
      "uuid": "9D8C7B6A5F4E3D2C1B0A9F8E7D6C5B4A",
      "creationDate": "2020-12-31T23:59:59Z",
      "timeZone": "Mars/Olympus_Mons",
      "text": "\\#notaheading but the first line\nBody line"
    },
    {
      "uuid": "1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D",
      "creationDate": "2019-05-06T10:00:00.123Z",
      "text": "![](dayone-moment://11112222333344445555666677778888)\n\n![](dayone-moment://99990000AAAABBBBCCCCDDDDEEEEFFFF)\n\n## Only a picture day ##\n"
    },
    {
      "uuid": "2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D7E",
      "creationDate": "2019-05-07T10:00:00Z",
      "timeZone": "Asia/Tokyo",
      "tags": ["photo"],
      "photos": [{"identifier": "X", "md5": "Y", "type": "heic"}]
    }
  ]
}"""  # noqa: E501 (exports have long lines)


def test_dayone_export_is_imported_as_reflections() -> None:
    drafts = parse_import(DAYONE_EXPORT.encode("utf-8"), "dayone-json")

    assert drafts[0] == EntryDraft(
        kind=Kind.REFLECTION,
        title="A hard evening",
        body="We talked until 1 a.m. about the trip (again).\n\n"
        "- no more secrets\n- weekly check-ins #us\n\nLiteral backslash: C:\\Users",
        # 23:30 UTC is 00:30 the next day in Madrid.
        date=dt.date(2021, 3, 5),
        tags=("trust", "weekly"),
        session=True,
    )
    # 03:00 UTC is still the evening before in Los Angeles. A first line too long for
    # a title is shortened and kept whole in the body; the audio line is gone.
    assert drafts[1].date == dt.date(2022, 6, 30)
    assert drafts[1].title.startswith("أنا هنا. I am here")
    assert len(drafts[1].title) <= 80
    assert drafts[1].body == (
        "أنا هنا. I am here, writing a long first paragraph without any heading at all 💔 "
        "and it keeps going\nSecond paragraph."
    )
    assert "dayone-moment" not in drafts[1].body
    # An unknown time zone falls back to UTC; an escaped # is not a heading.
    assert drafts[2].date == dt.date(2020, 12, 31)
    assert drafts[2].title == "notaheading but the first line"
    assert drafts[2].body == "Body line"
    # No time zone at all: UTC. Picture lines are removed before finding the title.
    assert drafts[3].date == dt.date(2019, 5, 6)
    assert drafts[3].title == "Only a picture day"
    assert drafts[3].body == ""
    # A photo-only entry with no text at all.
    assert drafts[4].title == "Untitled entry"
    assert drafts[4].tags == ("photo",)
    assert all(draft.kind is Kind.REFLECTION for draft in drafts)
    assert all(draft == validate(draft) for draft in drafts)


def test_dayone_moment_between_paragraphs_leaves_one_blank_line() -> None:
    text = "Title\n\nBefore\n\n![](dayone-moment://ABC)\n\nAfter ![](dayone-moment://DEF) inline"
    data = json.dumps(
        {"metadata": {}, "entries": [{"creationDate": "2024-01-01T00:00:00Z", "text": text}]}
    )

    [draft] = parse_import(data.encode(), "dayone-json")

    assert draft.body == "Before\n\nAfter  inline"


# ---------------------------------------------------------------- malformed files


def test_unknown_format_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="dayone-json"):
        parse_import(b"{}", "evernote")


@pytest.mark.parametrize("fmt", FORMATS)
def test_not_json(fmt: str) -> None:
    assert "not valid JSON" in import_error(b'{"entries": [', fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_not_utf8(fmt: str) -> None:
    assert "UTF-8" in import_error(b'{"entries": ["caf\xe9"]}', fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_file(fmt: str) -> None:
    assert "empty" in import_error(b"  \n", fmt)


def test_too_large() -> None:
    message = import_error(b" " * (MAX_IMPORT_BYTES + 1), "jrnl-json")
    assert "too large" in message and "200 MB" in message


@pytest.mark.parametrize("fmt", FORMATS)
def test_nesting_bomb(fmt: str) -> None:
    assert "nested" in import_error("[" * 100_000 + "]" * 100_000, fmt)


def test_nesting_bomb_inside_an_entry() -> None:
    bomb = '{"format": "trustjournal-json", "version": 1, "entries": [{"title": '
    bomb += "[" * 50_000 + "]" * 50_000 + "}]}"
    assert "nested" in import_error(bomb, "trustjournal-json")


@pytest.mark.parametrize("fmt", FORMATS)
def test_top_level_is_a_list(fmt: str) -> None:
    assert "This file is not a" in import_error("[]", fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_entries_is_not_a_list(fmt: str) -> None:
    document = {"format": "trustjournal-json", "version": 1, "entries": {"1": {}}}
    assert "This file is not a" in import_error(json.dumps(document), fmt)


def test_not_a_trustjournal_file() -> None:
    message = import_error(
        json.dumps({"format": "other", "version": 1, "entries": []}), "trustjournal-json"
    )
    assert message == "This file is not a Trust Journal export, so nothing was imported."


def test_trustjournal_file_from_a_newer_version() -> None:
    data = json.dumps({"format": "trustjournal-json", "version": 2, "entries": []})
    assert "newer version" in import_error(data, "trustjournal-json")


def test_wrong_format_chosen_gets_a_hint() -> None:
    assert "looks like a Day One export rather than a jrnl export" in import_error(
        DAYONE_EXPORT, "jrnl-json"
    )
    assert "looks like a jrnl export rather than a Day One export" in import_error(
        JRNL_EXPORT, "dayone-json"
    )
    trustjournal = export_json(ENTRIES, name="Sam", role="hurt", since=SINCE)
    assert "looks like a Trust Journal export" in import_error(trustjournal, "dayone-json")


def test_entry_missing_date_names_the_entry() -> None:
    items = [good_entry() for _ in range(11)] + [{"kind": "need", "title": "No date here"}]
    message = import_error(trustjournal_file(*items), "trustjournal-json")
    assert message == "Entry 12 in this file has no date, so nothing was imported."


def test_entry_with_impossible_date() -> None:
    message = import_error(
        trustjournal_file(good_entry(), good_entry(date="2023-02-30")), "trustjournal-json"
    )
    assert message.startswith("Entry 2 in this file has a date “2023-02-30”")


def test_entry_with_unknown_kind() -> None:
    message = import_error(trustjournal_file(good_entry(kind="rant")), "trustjournal-json")
    assert (
        message
        == "Entry 1 in this file has an unknown kind of entry “rant”, so nothing was imported."
    )


def test_entry_without_kind() -> None:
    message = import_error(trustjournal_file(good_entry(kind=None)), "trustjournal-json")
    assert message.startswith("Entry 1 in this file does not say what kind of entry it is")


def test_entry_without_title() -> None:
    message = import_error(trustjournal_file(good_entry(title="  ")), "trustjournal-json")
    assert message == "Entry 1 in this file has no title, so nothing was imported."


def test_entry_that_is_not_an_object() -> None:
    message = import_error(
        trustjournal_file(good_entry(), good_entry(), "just text"), "trustjournal-json"
    )
    assert message == "Entry 3 in this file is not a journal entry, so nothing was imported."


def test_entry_with_text_in_wrong_type() -> None:
    message = import_error(trustjournal_file(good_entry(body=["a", "b"])), "trustjournal-json")
    assert message.startswith("Entry 1 in this file has a text that is not text")


def test_entry_with_tags_not_a_list() -> None:
    message = import_error(trustjournal_file(good_entry(tags="a, b")), "trustjournal-json")
    assert message.startswith("Entry 1 in this file has tags that are not a list of words")


@pytest.mark.parametrize("mood", [0, 6, True, 2.5, "3"])
def test_entry_with_bad_mood(mood: object) -> None:
    message = import_error(trustjournal_file(good_entry(mood=mood)), "trustjournal-json")
    assert message.startswith("Entry 1 in this file has a mood")
    assert "number from 1 to 5" in message


def test_entry_with_nan_mood() -> None:
    data = trustjournal_file(good_entry()).replace('"kind"', '"mood": NaN, "kind"')
    assert "not valid JSON" in import_error(data, "trustjournal-json")


def test_entry_with_session_not_a_flag() -> None:
    message = import_error(trustjournal_file(good_entry(session="yes")), "trustjournal-json")
    assert "not true or false" in message


def test_outcome_on_something_that_is_not_a_promise() -> None:
    message = import_error(trustjournal_file(good_entry(outcome="kept")), "trustjournal-json")
    assert message == (
        "Entry 1 in this file cannot be used because only a promise has an outcome, "
        "so nothing was imported."
    )


def test_due_date_on_something_that_is_not_a_promise() -> None:
    message = import_error(trustjournal_file(good_entry(due="2024-05-01")), "trustjournal-json")
    assert "Entry 1" in message and "only a promise has a due date" in message


def test_unknown_outcome() -> None:
    item = good_entry(kind="promise", outcome="forgotten")
    message = import_error(trustjournal_file(item), "trustjournal-json")
    assert message.startswith("Entry 1 in this file has an unknown promise outcome “forgotten”")


def test_tag_too_long() -> None:
    message = import_error(trustjournal_file(good_entry(tags=["x" * 61])), "trustjournal-json")
    assert "Entry 1" in message and "a tag can be at most 60 characters long" in message


def test_title_too_long() -> None:
    message = import_error(trustjournal_file(good_entry(title="t" * 501)), "trustjournal-json")
    assert "Entry 1" in message and "a title can be at most 500 characters long" in message


def test_body_too_long() -> None:
    message = import_error(trustjournal_file(good_entry(body="x" * 1_000_001)), "trustjournal-json")
    assert message.startswith("Entry 1 in this file is longer than")


def test_jrnl_entry_without_date() -> None:
    data = json.dumps(
        {"tags": {}, "entries": [{"title": "a", "body": "", "date": "2024-01-01"}, {"title": "b"}]}
    )
    assert (
        import_error(data, "jrnl-json")
        == "Entry 2 in this file has no date, so nothing was imported."
    )


def test_jrnl_entry_with_bad_date() -> None:
    data = json.dumps({"tags": {}, "entries": [{"title": "a", "date": "15/01/2024"}]})
    assert import_error(data, "jrnl-json").startswith(
        "Entry 1 in this file has a date “15/01/2024”"
    )


def test_jrnl_entry_with_bad_tags() -> None:
    data = json.dumps(
        {"tags": {}, "entries": [{"title": "a", "date": "2024-01-01", "tags": [1, 2]}]}
    )
    assert "Entry 1" in import_error(data, "jrnl-json")


def test_dayone_entry_without_date() -> None:
    data = json.dumps({"metadata": {"version": "1.0"}, "entries": [{"uuid": "X", "text": "Hi"}]})
    assert (
        import_error(data, "dayone-json")
        == "Entry 1 in this file has no date, so nothing was imported."
    )


def test_dayone_entry_with_unreadable_date() -> None:
    entry = {"creationDate": "last Tuesday", "text": "Hi"}
    data = json.dumps({"metadata": {}, "entries": [entry, entry]})
    assert import_error(data, "dayone-json").startswith(
        "Entry 1 in this file has a date “last Tuesday”"
    )


def test_dayone_entry_with_text_not_a_string() -> None:
    data = json.dumps(
        {"metadata": {}, "entries": [{"creationDate": "2024-01-01T00:00:00Z", "text": {"a": 1}}]}
    )
    assert import_error(data, "dayone-json").startswith(
        "Entry 1 in this file has a text that is not text"
    )


def test_lone_surrogate_is_replaced_not_fatal() -> None:
    data = r'{"tags": {}, "entries": [{"title": "Broken \ud800 char", "date": "2024-01-01"}]}'
    [draft] = parse_import(data.encode(), "jrnl-json")
    assert draft.title == "Broken \ufffd char"


# Whatever the bytes or JSON, only ImportInvalid comes out.

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
ENTRY_KEYS = [
    "kind",
    "title",
    "body",
    "date",
    "mood",
    "tags",
    "emotions",
    "session",
    "due",
    "outcome",
    "repeat",
    "time",
    "starred",
    "creationDate",
    "timeZone",
    "text",
]
ENTRY_LIKE = st.dictionaries(
    st.sampled_from(ENTRY_KEYS),
    JSON_VALUES
    | st.sampled_from(
        [
            "2024-01-01",
            "promise",
            "kept",
            "weekly",
            "2024-01-01T10:00:00Z",
            "Europe/Madrid",
            "# T\nb",
        ]
    ),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=200), fmt=st.sampled_from(FORMATS))
def test_random_bytes_only_raise_import_invalid(data: bytes, fmt: str) -> None:
    with contextlib.suppress(ImportInvalid):
        parse_import(data, fmt)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(ENTRY_LIKE | JSON_VALUES, max_size=3), fmt=st.sampled_from(FORMATS))
def test_random_entries_only_raise_import_invalid(items: list[object], fmt: str) -> None:
    document = {"format": "trustjournal-json", "version": 1} if fmt == "trustjournal-json" else {}
    document["entries"] = items
    try:
        drafts = parse_import(json.dumps(document).encode(), fmt)
    except ImportInvalid as error:
        assert "Error" not in error.message
    else:
        assert all(draft == validate(draft) for draft in drafts)


# ---------------------------------------------------------------- Markdown


def test_markdown_export_contains_every_title_and_body() -> None:
    text = export_markdown(ENTRIES, name="Sam", role="hurt", since=SINCE)

    assert text.startswith("# Sam\n")
    assert "the partner who was hurt" in text and "2023-09-01" in text
    for entry in ENTRIES:
        assert f"## {entry.title}\n" in text
        for line in entry.body.split("\n"):
            if line.strip() and not line.startswith("#"):
                assert line in text
    assert "I couldn't sleep." in text
    # Details, in human words.
    assert "2023-11-05 · Noticed change · Mood 4 of 5 · Feelings: hopeful" in text
    assert "Feelings: betrayed, numb, überwältigt · Tags: night, 🌙 · Bring to next session" in text
    assert "Promise · Tags: transparency · Due 2023-10-10 · Outcome: Partly kept" in text
    assert "2024-01-01 · Promise · Outcome: Open" in text
    # Entries in the given order.
    positions = [text.index(f"## {entry.title}") for entry in ENTRIES]
    assert positions == sorted(positions)


def test_markdown_body_cannot_break_the_structure() -> None:
    tricky = make_entry(
        9,
        EntryDraft(
            kind=Kind.REFLECTION,
            title="Tricky *stars* and #",
            body=(
                "# Fake title\n## Fake entry\nA paragraph\n---\nunderlined\n===\n"
                "<!-- never closed\n```python\n# inside code stays\n"
            ),
            date=dt.date(2024, 5, 5),
        ),
    )
    entries = [tricky, ENTRIES[2]]
    text = export_markdown(entries, name="Sam", role="repairing", since=SINCE)

    lines = text.split("\n")
    assert [line for line in lines if line.startswith("#")] == [
        "# Sam",
        "## Tricky \\*stars\\* and \\#",
        "# inside code stays",  # inside a code block, so not a heading
        "## שיחה טובה — a good talk",
    ]
    assert lines.count("---") == len(entries)
    assert "\\# Fake title" in lines and "\\## Fake entry" in lines
    assert "\\---" in lines and "\\===" in lines and "\\<!-- never closed" in lines
    # The open code fence is closed before the next entry, and its content is untouched.
    assert "```python\n# inside code stays\n```\n\n---\n\n## שיחה" in text
    assert "the partner who is repairing trust" in text


def test_markdown_export_of_no_entries() -> None:
    text = export_markdown([], name="Sam", role="hurt", since=SINCE)
    assert "0 entries" in text and "No entries." in text
    assert re.search(r"^---$", text, re.MULTILINE) is None
