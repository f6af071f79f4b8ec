"""The demo couple: two real journals, full of every kind of entry, ending today."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from trustjournal.demo import DemoJournal, create_demo_couple, parse_entries
from trustjournal.domain import Entry, Kind, Outcome, Role, kinds_for
from trustjournal.errors import JournalExists
from trustjournal.services import sharing
from trustjournal.vault import Journal


@pytest.fixture(scope="module")
def couple(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[DemoJournal], float]:
    folder = tmp_path_factory.mktemp("demo")
    started = time.perf_counter()
    made = create_demo_couple(folder)
    return made, time.perf_counter() - started


@pytest.fixture(scope="module")
def entries(couple: tuple[list[DemoJournal], float]) -> dict[Role, list[Entry]]:
    """Every entry of each demo journal, read back through its returned passphrase."""
    found: dict[Role, list[Entry]] = {}
    for demo in couple[0]:
        with Journal.unlock(demo.folder, demo.passphrase) as journal:
            assert journal.info.name == demo.name
            assert journal.info.role is demo.role
            found[demo.role] = list(journal.iter_all())
    return found


def test_two_journals_one_per_role_in_their_own_folders(couple, tmp_path_factory) -> None:
    made, _seconds = couple
    assert [d.role for d in made] == [Role.HURT, Role.REPAIRING]
    assert len({d.folder for d in made}) == 2
    for demo in made:
        assert demo.folder.name == demo.name
        assert len(demo.passphrase) >= 8
        assert "demo" in demo.passphrase
        # Returned locked: the folder can be opened again straight away.
        Journal.unlock(demo.folder, demo.passphrase).lock()


def test_the_two_are_paired_and_have_shared_a_little(couple) -> None:
    maya, daniel = couple[0]
    with (
        Journal.unlock(maya.folder, maya.passphrase) as her,
        Journal.unlock(daniel.folder, daniel.passphrase) as him,
    ):
        assert sharing.partner(her).name == "Daniel"
        assert sharing.partner(him).name == "Maya"
        received = {r.title: r for r in sharing.shared_with_me(her)}
        assert set(received) == {"What I did, in plain words", "Gave Maya my phone passcode"}
        assert [r.from_name for r in received.values()] == ["Daniel", "Daniel"]
        assert len(received["Gave Maya my phone passcode"].replies) == 1
        assert [row.title for row in sharing.ledger(her)] == ["He stayed in the conversation"]
        passcode = next(e for e in him.iter_all() if e.title == "Gave Maya my phone passcode")
        assert "haven't used it" in sharing.replies_to(him, passcode.id)[0].body
    # The sealed bundles that carried them are gone: nothing but the two journals remains.
    assert sorted(p.name for p in maya.folder.parent.iterdir()) == ["Daniel", "Maya"]


def test_a_promise_repeats_daily(entries) -> None:
    repeating = [e for e in entries[Role.REPAIRING] if e.repeat is not None]
    assert [e.repeat.value for e in repeating] == ["daily"]


def test_fast_enough(couple) -> None:
    assert couple[1] < 10


def test_about_forty_to_sixty_entries_each(entries) -> None:
    for role in Role:
        assert 40 <= len(entries[role]) <= 60


def test_every_kind_of_each_role(entries) -> None:
    for role in Role:
        assert {e.kind for e in entries[role]} == set(kinds_for(role))


def test_promises_have_due_dates_and_varied_outcomes(entries) -> None:
    promises = [e for e in entries[Role.REPAIRING] if e.kind is Kind.PROMISE]
    assert all(p.due is not None for p in promises)
    outcomes = {p.outcome for p in promises}
    assert len(outcomes) >= 4
    assert Outcome.OPEN in outcomes and Outcome.KEPT in outcomes


def test_some_marked_for_the_next_session(entries) -> None:
    for role in Role:
        assert 3 <= sum(e.session for e in entries[role]) <= 7


def test_four_weeks_ending_today_with_quiet_days(entries) -> None:
    today = dt.date.today()
    for role in Role:
        dates = [e.date for e in entries[role]]
        assert max(dates) == today
        assert today - min(dates) <= dt.timedelta(days=30)
        per_day = Counter(dates)
        assert max(per_day.values()) <= 4
        span = (today - min(dates)).days + 1
        assert len(per_day) < span  # some days have no entry


def test_moods_vary_and_slowly_improve(entries) -> None:
    for role in Role:
        ordered = sorted(entries[role], key=lambda e: e.date)
        moods = [e.mood for e in ordered]
        assert all(isinstance(m, int) for m in moods)
        assert len(set(moods)) >= 3
        half = len(moods) // 2
        first, second = moods[:half], moods[half:]
        assert sum(second) / len(second) > sum(first) / len(first)  # type: ignore[arg-type]


def test_named_emotions_tags_and_markdown(entries) -> None:
    for role in Role:
        found = entries[role]
        assert sum(bool(e.emotions) for e in found) >= len(found) * 0.8
        tags = Counter(t for e in found for t in e.tags)
        assert {"trust", "counselling", "evenings"} <= set(tags)
        assert any(re.search(r"^(- |\d\. )", e.body, re.MULTILINE) for e in found)
        assert any(re.search(r"\*[^*\s][^*]*\*", e.body) for e in found)
        # Paragraph lines were joined: no body line ends mid-sentence at the source width.
        assert all(len(line) < 400 for e in found for line in e.body.splitlines())


def test_accountability_owns_the_breach(entries) -> None:
    statements = [e for e in entries[Role.REPAIRING] if e.kind is Kind.ACCOUNTABILITY]
    assert len(statements) >= 4
    for entry in statements:
        text = f"{entry.title} {entry.body}".lower().replace("’", "'")
        for phrase in (
            "sorry if",
            "sorry you feel",
            "you made me",
            "get over it",
            "not a big deal",
        ):
            assert phrase not in text, (entry.title, phrase)


def test_no_business_named_and_nothing_graphic(entries) -> None:
    words = " ".join(f"{e.title} {e.body}" for role in Role for e in entries[role]).lower()
    for banned in ("refresh", "http", "www.", "counselling service", "sex"):
        assert banned not in words


def test_deterministic_for_a_given_day() -> None:
    day = dt.date(2026, 3, 1)
    from trustjournal.demo import read_script

    assert parse_entries(read_script("maya"), day) == parse_entries(read_script("maya"), day)
    assert max(d.date for d in parse_entries(read_script("daniel"), day)) == day


def test_refuses_to_overwrite_an_existing_journal(tmp_path: Path) -> None:
    create_demo_couple(tmp_path, today=dt.date(2026, 3, 1))
    with pytest.raises(JournalExists):
        create_demo_couple(tmp_path)


def test_the_demo_module_loads_no_qt() -> None:
    script = "import json, sys, trustjournal.demo; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert not [m for m in json.loads(result.stdout) if m.startswith(("PySide6", "shiboken"))]


def test_the_spanish_demo_has_the_same_entries_as_the_english() -> None:
    from trustjournal.demo import read_script

    today = dt.date(2026, 11, 27)
    for name in ("maya", "daniel"):
        english = parse_entries(read_script(name), today)
        spanish = parse_entries(read_script(name, "es"), today)
        assert len(spanish) == len(english) > 30
        for en, es in zip(english, spanish, strict=True):
            same = ("kind", "date", "mood", "due", "repeat", "session", "outcome")
            assert [getattr(es, f) for f in same] == [getattr(en, f) for f in same], en.title
            assert (len(es.emotions), len(es.tags)) == (len(en.emotions), len(en.tags))
            assert es.title != en.title and es.body != en.body


def test_a_spanish_demo_couple_shares_and_replies_in_spanish(tmp_path) -> None:
    made = create_demo_couple(tmp_path, language="es")
    maya = next(d for d in made if d.role is Role.HURT)
    daniel = next(d for d in made if d.role is Role.REPAIRING)
    with Journal.unlock(maya.folder, maya.passphrase) as her:
        titles = {entry.title for entry in sharing.shared_with_me(her)}
    assert titles == {"Lo que hice, sin rodeos", "Le di a Maya el código de mi teléfono"}
    with Journal.unlock(daniel.folder, daniel.passphrase) as him:
        passcode = next(e for e in him.iter_all() if e.title.startswith("Le di a Maya"))
        replies = sharing.replies_to(him, passcode.id)
    assert len(replies) == 1 and "No lo he usado" in replies[0].body


def test_a_language_without_a_demo_gets_the_english_one(tmp_path) -> None:
    made = create_demo_couple(tmp_path, language="xx")
    with Journal.unlock(made[0].folder, made[0].passphrase) as her:
        assert "He stayed in the conversation" in {e.title for e in her.iter_all()}
