"""What sharing never does: open a socket, or leave readable words in a file it writes."""

from __future__ import annotations

import secrets
import socket
import string
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sharing_helpers import Couple, checkpoint, encoded_forms, feeling, files_under, promise

from trustjournal.services import sharing
from trustjournal.vault import Journal

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "vault"))
import sqlcipher_pages as pages

_watching: list[str] = []
_active = False


def _audit(event: str, _args: tuple[object, ...]) -> None:
    # Audit hooks cannot be removed, so this one only records while a test asks it to.
    if _active and event.startswith("socket."):
        _watching.append(event)


sys.addaudithook(_audit)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make every way of opening a socket fail loudly, and record any attempt."""
    global _active
    attempts: list[str] = []

    def refuse(name: str) -> object:
        def refused(*_args: object, **_kwargs: object) -> object:
            attempts.append(name)
            raise OSError(f"{name} is not allowed in this test")

        return refused

    for name in ("socket", "create_connection", "socketpair", "getaddrinfo", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    _watching.clear()
    _active = True
    try:
        yield attempts
    finally:
        _active = False
    attempts.extend(_watching)


def letters(n: int = 20) -> str:
    return "".join(secrets.choice(string.ascii_uppercase) for _ in range(n))


def test_no_socket_during_the_whole_cycle(
    couple: Couple, robin: Journal, no_network: list[str]
) -> None:
    box = couple.folder / "box"
    box.mkdir()
    # Pairing (Robin and Sam here; Sam and Alex are paired already).
    number = sharing.safety_number_with(robin, sharing.my_card(couple.sam))
    sharing.pair(robin, sharing.my_card(couple.sam), number)
    # Share, open, reply, withdraw — through a file and through the mailbox.
    entry = couple.sam.add(promise("Home by six", "words"))
    receipt = sharing.share(couple.sam, [entry.id], couple.out("s"))
    sharing.open_bundle(couple.alex, receipt.path)
    [got] = sharing.shared_with_me(couple.alex)
    sharing.open_bundle(couple.sam, sharing.reply(couple.alex, got.id, "Thanks", couple.out("r")))
    for journal in (couple.sam, couple.alex):
        sharing.set_mailbox(journal, box)
    sharing.withdraw(couple.sam, entry.id)
    sharing.collect_mailbox(couple.alex)
    sharing.search_shared(couple.alex, "words")
    sharing.ledger(couple.sam)
    sharing.replies_to(couple.sam, entry.id)
    assert sharing.shared_with_me(couple.alex)[0].withdrawn
    assert no_network == []


def test_no_shared_words_in_any_bundle_or_mailbox_file(couple: Couple) -> None:
    box = couple.folder / "box"
    box.mkdir()
    for journal in (couple.sam, couple.alex):
        sharing.set_mailbox(journal, box)
    title, body, short_title, short_body = (letters() for _ in range(4))
    reply_text, back_title = letters(), letters()
    full = couple.sam.add(promise(f"About {title}", f"Today {body} and Zärtlichkeit-Ω-{body}"))
    shortened = couple.sam.add(promise(f"Also {short_title}", f"{short_body} " * 10))
    shared = sharing.share(couple.sam, [full.id, shortened.id], redact=[shortened.id])
    to_file = sharing.share(couple.sam, [full.id], couple.out())
    sharing.collect_mailbox(couple.alex)
    received = sharing.shared_with_me(couple.alex)
    sharing.reply(couple.alex, received[0].id, f"Reply {reply_text}")
    back = couple.alex.add(feeling(f"Back {back_title}", "words"))
    sharing.share(couple.alex, [back.id])
    sharing.withdraw(couple.sam, full.id)

    secrets_ = [title, body, short_title, short_body, reply_text, back_title, "Zärtlichkeit"]
    secrets_ += [s.lower() for s in secrets_]
    files = [*files_under(box), to_file.path]
    assert len(files) == 5 and shared.path in files
    for path in files:
        data = path.read_bytes()
        for text in secrets_:
            for form in encoded_forms(text):
                assert form not in data, f"{text!r} readable in {path.name}"
        for name in ("Sam", "Alex"):
            assert name.encode("utf-16-le") not in data
            assert f'"{name}"'.encode() not in data
    # Nothing but the bundles themselves: no temporary or partial files are left.
    assert all(p.suffix == ".tjshare" and not p.name.startswith(".") for p in files)


def test_bundle_files_are_private_to_their_owner(couple: Couple) -> None:
    entry = couple.sam.add(promise("Home by six"))
    path: Path = sharing.share(couple.sam, [entry.id], couple.out()).path
    assert path.stat().st_mode & 0o077 == 0


def test_withdrawn_words_are_gone_from_the_readers_file(couple: Couple) -> None:
    """Decrypting the reader's pages with the key (someone who later learns the
    passphrase) finds the words before the withdrawal, and nothing of them after."""
    title, body, tail = letters(24), letters(24), letters(24)
    entry = couple.sam.add(promise(f"About {title}", f"Today {body} and Zärtlichkeit-Ω-{tail}"))
    others = couple.sam.add_many([promise(f"Other {i}", "gentle filler " * 200) for i in range(20)])
    sharing.open_bundle(
        couple.alex, sharing.share(couple.sam, [entry.id, *others], couple.out("s")).path
    )
    assert sharing.search_shared(couple.alex, body)
    forms = [title, body, f"Ω-{tail}", title.lower(), body.lower(), tail.lower()]
    key = couple.alex.connection_for_backup()[1]

    def readable() -> list[str]:
        checkpoint(couple.alex)
        image, wal = pages.decrypt_folder(key, couple.alex.folder)
        return [f for f in forms if pages.contains(image, f) or pages.contains(wal, f)]

    assert readable() == forms  # the scan does see them while they are shared
    withdrawal = sharing.withdraw(couple.sam, entry.id, couple.out("w"))
    assert sharing.open_bundle(couple.alex, withdrawal).withdrawn == 1
    assert readable() == []
    assert couple.alex.check() == []
