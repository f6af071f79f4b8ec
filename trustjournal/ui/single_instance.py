"""One running app per user: a second launch hands its files to the first, then ends.

Double-clicking a ``.tjshare`` or ``.tjcard`` starts ``trustjournal FILE``. If the app
is already running, that second process must not open a second window beside it: it
passes the file's path to the running app and exits. (Each journal is also kept to one
process at a time by its folder lock in the vault; this module is about the window.)

How the two find each other, and why it is not networking
---------------------------------------------------------
The first instance holds a lock file and listens on a *local* socket (``QLocalServer``):
a Unix domain socket file on Linux and macOS, a named pipe on Windows. A local socket
has no network address, cannot be reached from another machine, and opens no TCP or UDP
port, so the app's no-network promise holds. It is also private to the user:

* the socket and the lock file live in a folder only the user can enter (the session's
  runtime folder, or a ``trustjournal-<uid>`` folder in the temporary folder, created
  with mode 0700 and refused if it belongs to someone else);
* the socket itself is made owner-only (``UserAccessOption``);
* its name is a hash of the user id and the app's settings and data folders, so two
  users, or two set-ups of one user (other ``TRUSTJOURNAL_*_DIR`` folders), never meet.

Only paths travel, never a file's content; the running app opens each path with the
same checks as a file chosen by hand. A message is small and bounded (:data:`MAX_PATHS`
paths, :data:`MAX_MESSAGE` bytes); anything else is dropped.

A crashed instance leaves a lock file and a socket file behind. The lock file names a
process that no longer runs, so the next launch takes it over, removes the stale socket
and listens again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from trustjournal import paths

#: A hand-over carries at most this many paths…
MAX_PATHS = 64
#: …each at most this long…
MAX_PATH_CHARS = 4096
#: …in a message of at most this many bytes (the reply is only ``ok``).
MAX_MESSAGE = 64 * 1024
#: How long a second launch waits for the running app to answer.
SEND_TIMEOUT_MS = 3000
#: How long the running app gives a connection to say what it has to say.
RECEIVE_TIMEOUT_MS = 5000
_ACK = b"ok\n"


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    import getpass

    return getpass.getuser()


def instance_key() -> str:
    """This user's key: the same for every launch with the same settings and data folders."""
    identity = "\0".join(
        (_user_id(), str(paths.config_dir().absolute()), str(paths.data_dir().absolute()))
    )
    return hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _is_private_folder(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, that no one else may enter."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        return False
    if info.st_mode & 0o077:
        # Ours, but too open (an old umask): close it rather than give up.
        with contextlib.suppress(OSError):
            folder.chmod(0o700)
        return not (os.lstat(folder).st_mode & 0o077)
    return True


def private_folder() -> Path | None:
    """Where the lock file and the socket live: only this user may enter it.

    ``None`` if no such folder can be had (e.g. someone else owns the expected one);
    then the app runs without hand-over, which is safe, only less convenient.
    """
    if os.name != "posix":
        # Windows: the per-user temporary folder holds the lock; the socket is a named pipe.
        folder = Path(tempfile.gettempdir()) / "trustjournal"
        with contextlib.suppress(OSError):
            folder.mkdir(exist_ok=True)
        return folder if folder.is_dir() else None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_absolute() and _is_private_folder(Path(runtime)):
        base, name = Path(runtime), "trustjournal"
    else:
        base, name = Path(tempfile.gettempdir()), f"trustjournal-{os.getuid()}"
    folder = base / name
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700)
    return folder if _is_private_folder(folder) else None


def encode_paths(files: list[str]) -> bytes:
    """The message a second launch sends: absolute paths as one JSON line, bounded."""
    kept: list[str] = []
    size = 0
    for name in files:
        text = str(Path(name).absolute())
        if len(text) > MAX_PATH_CHARS or "\0" in text:
            continue
        size += len(json.dumps(text)) + 2
        if len(kept) == MAX_PATHS or size > MAX_MESSAGE - 64:
            break
        kept.append(text)
    return json.dumps({"paths": kept}).encode("ascii") + b"\n"


def decode_paths(message: bytes) -> list[str] | None:
    """The absolute paths in ``message``, or ``None`` if it is not a hand-over at all."""
    try:
        data = json.loads(message.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("paths"), list):
        return None
    return [
        p
        for p in data["paths"][:MAX_PATHS]
        if isinstance(p, str) and len(p) <= MAX_PATH_CHARS and "\0" not in p
        if Path(p).is_absolute()
    ]


class SingleInstance(QObject):
    """Claim being the running app, or hand files to the one that is.

    ``claim()`` first; if it returns False, ``send(paths)`` and exit. In the running app,
    ``filesReceived(list of str)`` says a second launch happened (the list may be empty:
    then it only asks to be shown), and :func:`raise_window` brings the window forward.
    """

    filesReceived = Signal(list)

    def __init__(
        self, key: str | None = None, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._key = key or instance_key()
        self._folder = folder if folder is not None else private_folder()
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._incoming: dict[QLocalSocket, bytearray] = {}

    @property
    def server_name(self) -> str:
        """The local socket's name: a path in the private folder (a pipe name on Windows)."""
        if os.name != "posix" or self._folder is None:
            return f"trustjournal-{self._key}"
        return str(self._folder / f"{self._key}.sock")

    @property
    def listening(self) -> bool:
        """Whether a second launch can reach this instance."""
        return self._server is not None and self._server.isListening()

    def claim(self) -> bool:
        """True if this is the first instance (it now listens), False if one is running."""
        if self._lock is not None:
            return True
        if self._folder is None:
            return True  # no private place: run on our own rather than expose a socket
        lock = QLockFile(str(self._folder / f"{self._key}.lock"))
        # Held for the whole session: only a dead owner's lock is stale, never an old one.
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return lock.error() != QLockFile.LockError.LockFailedError
        self._lock = lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed instance may have left its socket file; we hold the lock, so it is stale.
        QLocalServer.removeServer(self.server_name)
        if server.listen(self.server_name):
            server.newConnection.connect(self._accept)
            self._server = server
        else:
            print(
                f"trustjournal: files opened later cannot be handed over ({server.errorString()})",
                file=sys.stderr,
            )
        return True

    def release(self) -> None:
        """Stop listening and give up the claim (also done when the object is deleted)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        for socket in list(self._incoming):
            self._drop(socket)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def send(self, files: list[str], timeout_ms: int = SEND_TIMEOUT_MS) -> bool:
        """Hand ``files`` (paths only) to the running instance; True once it has them."""
        if os.name == "posix" and self._folder is None:
            return False  # no private folder: a socket elsewhere could be anyone's
        message = encode_paths(files)
        socket = QLocalSocket(self)
        loop = QEventLoop()
        reply = bytearray()
        over = False

        def finish() -> None:
            nonlocal over
            over = True
            loop.quit()

        def connected() -> None:
            socket.write(QByteArray(message))
            socket.flush()

        def readable() -> None:
            reply.extend(bytes(socket.readAll().data()))
            if b"\n" in reply or len(reply) > len(_ACK):
                finish()

        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(finish)
        socket.connected.connect(connected)
        socket.readyRead.connect(readable)
        socket.errorOccurred.connect(lambda *_: finish())
        socket.disconnected.connect(finish)
        timer.start(timeout_ms)
        socket.connectToServer(self.server_name)
        if not over:
            loop.exec()
        timer.stop()
        timer.deleteLater()
        reply.extend(bytes(socket.readAll().data()))
        socket.abort()
        socket.deleteLater()
        return bytes(reply) == _ACK

    # -- the running instance -------------------------------------------------------------

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._incoming[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            socket.disconnected.connect(socket.deleteLater)
            # A connection that never finishes its message is not kept waiting for.
            QTimer.singleShot(RECEIVE_TIMEOUT_MS, socket, lambda s=socket: self._drop(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._incoming.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > MAX_MESSAGE:
            self._drop(socket)
            return
        end = buffer.find(b"\n")
        if end < 0:
            return
        files = decode_paths(bytes(buffer[:end]))
        if files is None:
            self._drop(socket)
            return
        socket.write(QByteArray(_ACK))
        socket.flush()
        del self._incoming[socket]
        socket.disconnectFromServer()
        self.filesReceived.emit(files)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._incoming.pop(socket, None) is not None:
            socket.abort()
            socket.deleteLater()


def raise_window(window: QWidget) -> None:
    """Bring ``window`` to the front after a second launch (un-minimised, focused)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
