"""One running app per user: a second launch hands its file paths over, then exits."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from trustjournal.ui.single_instance import (
    MAX_MESSAGE,
    MAX_PATHS,
    SingleInstance,
    decode_paths,
    encode_paths,
    instance_key,
    private_folder,
    raise_window,
)

# A second launch as a real process: claim, hand over, exit 0 (as app.py does).
SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from trustjournal.ui.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance(sys.argv[1], Path(sys.argv[2]))
if instance.claim():
    print("first")
    raise SystemExit(3)
raise SystemExit(0 if instance.send(sys.argv[3:]) else 4)
"""

# A first instance that dies without tidying up: its lock and socket files stay behind.
CRASHING_FIRST = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from trustjournal.ui.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance(sys.argv[1], Path(sys.argv[2]))
assert instance.claim() and instance.listening
os.kill(os.getpid(), 9)
"""


@pytest.fixture
def folder() -> Iterator[Path]:
    """A short private folder: socket paths must stay under about 100 characters."""
    made = Path(tempfile.mkdtemp(prefix="tj-"))
    yield made
    shutil.rmtree(made, ignore_errors=True)


@pytest.fixture
def key() -> str:
    return uuid.uuid4().hex[:16]


@pytest.fixture
def instances(qapp: object, folder: Path, key: str) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def new(instances: list[SingleInstance], key: str, folder: Path) -> SingleInstance:
    instance = SingleInstance(key, folder)
    instances.append(instance)
    return instance


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60
    )


def test_the_first_claims_and_a_second_hands_its_paths_over(
    instances: list[SingleInstance], key: str, folder: Path, tmp_path: Path
) -> None:
    first, second = new(instances, key, folder), new(instances, key, folder)
    received: list[list[str]] = []
    first.filesReceived.connect(received.append)
    assert first.claim() and first.listening
    assert not second.claim() and not second.listening
    share = tmp_path / "from Sam.tjshare"
    assert second.send([str(share), "card.tjcard"])
    # Paths made absolute by the sender (its working folder is not the app's).
    assert received == [[str(share), str(Path("card.tjcard").absolute())]]


def test_a_second_launch_without_a_file_only_asks_to_be_shown(
    instances: list[SingleInstance], key: str, folder: Path
) -> None:
    first, second = new(instances, key, folder), new(instances, key, folder)
    received: list[list[str]] = []
    first.filesReceived.connect(received.append)
    assert first.claim() and not second.claim()
    assert second.send([])
    assert received == [[]]


def test_different_keys_never_meet(instances: list[SingleInstance], folder: Path) -> None:
    one = new(instances, uuid.uuid4().hex[:16], folder)
    other = new(instances, uuid.uuid4().hex[:16], folder)
    assert one.claim() and other.claim()
    assert one.server_name != other.server_name


def test_sending_with_no_running_app_fails_quickly_and_quietly(
    instances: list[SingleInstance], key: str, folder: Path
) -> None:
    alone = new(instances, key, folder)
    assert not alone.send(["a.tjshare"], timeout_ms=2000)
    assert list(folder.iterdir()) == []


def test_the_socket_and_its_folder_are_the_users_alone(
    instances: list[SingleInstance], key: str, folder: Path
) -> None:
    first = new(instances, key, folder)
    assert first.claim()
    socket_file = Path(first.server_name)
    assert socket_file.parent == folder
    assert stat.S_ISSOCK(socket_file.stat().st_mode)
    assert socket_file.stat().st_mode & 0o077 == 0
    assert folder.stat().st_mode & 0o077 == 0


def test_after_release_the_next_launch_becomes_the_first(
    instances: list[SingleInstance], key: str, folder: Path
) -> None:
    first, later = new(instances, key, folder), new(instances, key, folder)
    assert first.claim() and not later.claim()
    first.release()
    assert not Path(first.server_name).exists()
    assert later.claim() and later.listening


def test_a_real_second_process_hands_over_and_exits_0(
    qtbot: object, instances: list[SingleInstance], key: str, folder: Path, tmp_path: Path
) -> None:
    first = new(instances, key, folder)
    assert first.claim()
    share = tmp_path / "entries.tjshare"
    with qtbot.waitSignal(first.filesReceived, timeout=30_000) as blocker:  # type: ignore[attr-defined]
        second = subprocess.Popen(
            [sys.executable, "-c", SECOND_LAUNCH, key, str(folder), str(share)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, out + err
    assert blocker.args == [[str(share)]]


def test_a_crashed_first_instance_does_not_block_the_next_launch(
    instances: list[SingleInstance], key: str, folder: Path
) -> None:
    crashed = run(CRASHING_FIRST, key, str(folder))
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    assert (folder / f"{key}.lock").exists() and (folder / f"{key}.sock").exists()
    # Its lock names a process that is gone, and the socket file behind it is stale.
    restarted = new(instances, key, folder)
    assert restarted.claim() and restarted.listening
    received: list[list[str]] = []
    restarted.filesReceived.connect(received.append)
    assert new(instances, key, folder).send(["/shared/a.tjshare"])
    assert received == [["/shared/a.tjshare"]]


def test_a_second_process_with_no_one_running_becomes_the_first(key: str, folder: Path) -> None:
    alone = run(SECOND_LAUNCH, key, str(folder), "x.tjshare")
    assert alone.returncode == 3 and alone.stdout.strip() == "first"


def test_garbage_on_the_socket_is_dropped_and_the_app_keeps_listening(
    qtbot: object, instances: list[SingleInstance], key: str, folder: Path
) -> None:
    first = new(instances, key, folder)
    received: list[list[str]] = []
    first.filesReceived.connect(received.append)
    assert first.claim()
    for junk in (b"not json\n", b'{"paths": "nope"}\n', b"x" * (MAX_MESSAGE + 10)):
        stranger = QLocalSocket()
        stranger.connectToServer(first.server_name)
        assert stranger.waitForConnected(2000)
        stranger.write(QByteArray(junk))
        stranger.flush()
        qtbot.waitUntil(  # type: ignore[attr-defined]
            lambda s=stranger: s.state() == QLocalSocket.LocalSocketState.UnconnectedState,
            timeout=5000,
        )
        assert stranger.readAll().data() == b""  # no "ok" for garbage
    assert received == []
    assert new(instances, key, folder).send(["/still/works.tjshare"])
    assert received == [["/still/works.tjshare"]]


def test_messages_carry_only_absolute_paths_and_are_bounded() -> None:
    assert decode_paths(b"\xff\xfe") is None
    assert decode_paths(b"[1, 2]") is None
    assert decode_paths(b'{"paths": ["/a.tjshare", "relative.tjshare", 7, "/b\\u0000"]}') == [
        "/a.tjshare"
    ]
    many = encode_paths([f"/f/{n}.tjshare" for n in range(1000)])
    assert len(many) <= MAX_MESSAGE
    assert decode_paths(many.rstrip(b"\n")) == [f"/f/{n}.tjshare" for n in range(MAX_PATHS)]
    huge = encode_paths(["/" + "x" * 5000, "/ok.tjshare"])
    assert decode_paths(huge.rstrip(b"\n")) == ["/ok.tjshare"]


def test_the_key_follows_the_users_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRUSTJOURNAL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TRUSTJOURNAL_DATA_DIR", str(tmp_path / "one"))
    first = instance_key()
    assert instance_key() == first and len(first) == 16
    monkeypatch.setenv("TRUSTJOURNAL_DATA_DIR", str(tmp_path / "two"))
    assert instance_key() != first


def test_the_runtime_folder_is_used_when_it_is_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    chosen = private_folder()
    assert chosen == runtime / "trustjournal"
    assert chosen.stat().st_mode & 0o777 == 0o700


def test_a_runtime_folder_that_is_a_link_is_not_trusted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "link").symlink_to(real)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "link"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    assert private_folder() == tmp_path / "tmp" / f"trustjournal-{os.getuid()}"


def test_a_planted_link_in_the_temporary_folder_means_no_hand_over(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / f"trustjournal-{os.getuid()}").symlink_to(elsewhere)
    assert private_folder() is None
    instance = SingleInstance(uuid.uuid4().hex[:16])
    # The app still runs (it is the first), but it exposes no socket anywhere…
    assert instance.claim() and not instance.listening
    assert list(elsewhere.iterdir()) == []
    # …and a second launch never talks to a socket in a public place, whoever made it.
    planted = QLocalServer()
    assert planted.listen(instance.server_name)
    try:
        assert not SingleInstance(instance.server_name.removeprefix("trustjournal-")).send(["/a"])
        assert not planted.hasPendingConnections()
    finally:
        planted.close()
    instance.release()


def test_a_too_open_private_folder_of_ours_is_closed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    mine = tmp_path / f"trustjournal-{os.getuid()}"
    mine.mkdir()
    mine.chmod(0o755)
    assert private_folder() == mine
    assert mine.stat().st_mode & 0o777 == 0o700


def test_raise_window_shows_a_minimised_window(qtbot: object) -> None:
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.showMinimized()
    assert window.isMinimized()
    raise_window(window)
    assert window.isVisible() and not window.isMinimized()
