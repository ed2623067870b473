"""One window per session log: the Qt side of :mod:`homestretch.core.instance`.

:func:`claim_instance` runs at start-up: it hands the command line's file to a
running Homestretch (which comes forward and opens it) and ends this start, or
makes this start the one that listens. :class:`InstanceServer` is the listening
side: it reads each new start's request, answers it, and emits it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from homestretch.cli import EXIT_FAILED
from homestretch.core.instance import (
    ACTIVATION_TOKEN_VARIABLE,
    CONNECT_TIMEOUT,
    MAX_MESSAGE_BYTES,
    READ_TIMEOUT,
    InstanceNames,
    LineReader,
    MessageError,
    NobodyListeningError,
    Outcome,
    Request,
    answer_for,
    claim,
    encode_request,
    instance_names,
    usable_token,
)
from homestretch.core.paths import AppPaths, user_runtime_dir

if TYPE_CHECKING:
    from homestretch.ui.main_window import MainWindow

_log = logging.getLogger(__name__)


class InstanceServer(QObject):
    """Listens for later starts on the same session log.

    Requests are held until :meth:`deliver` is called (the window is ready for
    them), then emitted as they come. A message that is not one of ours, too
    long, or too slow, is answered with a refusal or dropped, with a log line.

    Signals:
        requested(Request): a new start asked the app to come forward and open its files.
    """

    requested = Signal(object)

    def __init__(
        self,
        server: QLocalServer,
        parent: QObject | None = None,
        *,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        super().__init__(parent)
        self._read_timeout = read_timeout
        self._server = server
        server.setParent(self)
        server.newConnection.connect(self._accept)
        self._held: list[Request] | None = []

    @property
    def name(self) -> str:
        return self._server.fullServerName()

    def deliver(self) -> None:
        """From now on emit requests at once, starting with those held so far."""
        held, self._held = self._held, None
        for request in held or []:
            self.requested.emit(request)

    def close(self) -> None:
        """Stop listening (later starts become the app); idempotent."""
        if self._server.isListening():
            self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            _Connection(socket, self, self._read_timeout)

    def _received(self, request: Request) -> None:
        if self._held is not None:
            self._held.append(request)
        else:
            self.requested.emit(request)


class _Connection(QObject):
    """One new start's connection: read its line, answer, close."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer, read_timeout: float) -> None:
        super().__init__(server)
        self._socket: QLocalSocket | None = socket
        self._server = server
        self._reader = LineReader()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._too_slow)
        self._read_timeout = read_timeout
        self._timer.start(int(read_timeout * 1000))
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finish)
        self._read()

    def _read(self) -> None:
        if self._socket is None:
            return
        try:
            line = self._reader.feed(bytes(self._socket.readAll().data()))
        except MessageError as exc:
            _log.warning("Ignored a message from a new start of Homestretch: %s", exc)
            self._finish()
            return
        if line is None:
            return
        request, answer = answer_for(line)
        self._socket.write(answer)
        self._socket.flush()
        if request is None:
            _log.warning(
                "Ignored a message from a new start of Homestretch: %s",
                answer.decode("utf-8", "replace").strip(),
            )
        self._finish()
        if request is not None:
            self._server._received(request)

    def _too_slow(self) -> None:
        _log.warning(
            "Dropped a new start of Homestretch that sent nothing in %g s", self._read_timeout
        )
        self._finish()

    def _finish(self) -> None:
        socket, self._socket = self._socket, None
        if socket is None:
            return
        self._timer.stop()
        socket.readyRead.disconnect(self._read)
        socket.disconnected.disconnect(self._finish)
        socket.disconnectFromServer()  # (what was written is sent first)
        self.deleteLater()


class _QtEnds:
    """:class:`homestretch.core.instance.Ends` with QLockFile, QLocalSocket and QLocalServer."""

    def __init__(self, names: InstanceNames) -> None:
        self.names = names
        self._lock = QLockFile(str(names.lock))  # (a holder that died is seen and replaced)
        self.server: QLocalServer | None = None

    def lock(self, timeout: float) -> bool:
        return self._lock.tryLock(int(timeout * 1000))

    def unlock(self) -> None:
        self._lock.unlock()

    def connect(self) -> _QtExchange:
        socket = QLocalSocket()
        socket.connectToServer(self.names.server)
        if not socket.waitForConnected(int(CONNECT_TIMEOUT * 1000)):
            reason = socket.errorString()
            socket.abort()
            raise NobodyListeningError(reason)
        return _QtExchange(socket)

    def listen(self) -> bool:
        server = QLocalServer()
        # Only this user may connect (on POSIX the runtime folder is 0700 as well).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.names.server)  # a socket left by a crash
        if not server.listen(self.names.server):
            _log.warning(
                "Cannot listen for later starts on %s: %s", self.names.server, server.errorString()
            )
            return False
        self.server = server
        return True


class _QtExchange:
    """:class:`homestretch.core.instance.Exchange` over a connected QLocalSocket."""

    def __init__(self, socket: QLocalSocket) -> None:
        self._socket = socket

    def ask(self, message: bytes, timeout: float) -> bytes | None:
        socket = self._socket
        try:
            deadline = time.monotonic() + timeout
            socket.write(message)
            reader = LineReader()
            while True:
                left = int((deadline - time.monotonic()) * 1000)
                if left <= 0:
                    return None
                socket.waitForBytesWritten(left)  # (no-op once all is written)
                if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(left):
                    return None  # no answer in time, or it hung up without one
                try:
                    line = reader.feed(bytes(socket.read(MAX_MESSAGE_BYTES).data()))
                except MessageError:
                    return b""  # (an answer we cannot read)
                if line is not None:
                    return line
        finally:
            socket.abort()


def claim_instance(
    paths: AppPaths, files: list[Path], *, start: bool = False
) -> tuple[int | None, InstanceServer | None]:
    """Hand ``files`` (and ``start``: ``--start``) to a Homestretch running on the same
    log, or become that one.

    Returns the exit status when this start is over (the running one took the
    files, or it cannot be reached) and else the server later starts reach this
    one by (None when there is no private runtime folder: the app runs without
    the check). Needs the QApplication; the window is not made yet.
    """
    runtime, note = user_runtime_dir()
    if note:
        _log.info("Runtime folder: %s", note)
    if runtime is None:
        _log.warning("Running without the one-instance check: %s", note)
        return None, None
    ends = _QtEnds(instance_names(runtime, paths.data_dir.resolve()))  # (one log, one name)
    try:
        cwd = Path.cwd()
    except OSError:  # (started in a folder since deleted: the files are absolute anyway)
        cwd = Path(paths.data_dir.anchor)
    token = os.environ.get(ACTIVATION_TOKEN_VARIABLE, "")
    token = token if usable_token(token) else ""
    outcome = claim(ends, encode_request(files, cwd, token, start=start))
    if outcome.outcome is Outcome.HANDED_OVER:
        return 0, None
    if outcome.outcome is Outcome.PRIMARY:
        assert ends.server is not None
        return None, InstanceServer(ends.server)
    if outcome.outcome is Outcome.ALONE:
        _log.warning("Running without the one-instance check: %s", outcome.detail)
        return None, None
    print(
        f"homestretch: Homestretch is already running on {paths.data_dir}, but it did not take "
        f"this start ({outcome.detail}). Close it, or wait a moment, and start again.",
        file=sys.stderr,
    )
    _log.warning("A running Homestretch did not take this start: %s", outcome.detail)
    return EXIT_FAILED, None


def bring_forward(window: QWidget, activation_token: str = "") -> None:
    """Show ``window`` in front of the others: un-minimised, raised and active.

    ``activation_token`` is the new start's: on Wayland, Qt activates with the
    token in ``XDG_ACTIVATION_TOKEN`` (and takes it from there), so it is put
    there for the moment of the activation.
    """
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    if activation_token:
        os.environ[ACTIVATION_TOKEN_VARIABLE] = activation_token
    try:
        window.activateWindow()
    finally:
        os.environ.pop(ACTIVATION_TOKEN_VARIABLE, None)  # (a token is good for one use)
    QApplication.alert(window)  # (where the desktop refuses focus, it at least flags it)


class HandedOver(QObject):
    """What new starts ask of this window: come forward, then add their files, then
    (``--start``) start the selected routine's session.

    The files are added at once, as File > Open would; while that is off (a
    session is on screen) they wait, with a notice, until it is on again, so
    a second start never ends a session; nor does it start another one.
    """

    NOTICE = "handed-over"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._waiting: list[Path] = []
        # (later: the page's actions are updated after it changes)
        window.stack.currentChanged.connect(lambda _: QTimer.singleShot(0, self._add_waiting))

    def take(self, request: Request) -> None:
        _log.info("A new start brought the window forward (%d file(s))", len(request.files))
        bring_forward(self._window, request.activation_token)
        self._waiting.extend(request.files)
        self._add_waiting()
        if request.start:
            from homestretch.core.player import State

            driver = self._window.driver
            if driver is not None and driver.state in (State.RUNNING, State.PAUSED):
                _log.info("A new start asked for a session while one is on: none started")
            else:
                self._window.start_session()

    def _add_waiting(self) -> None:
        if not self._waiting:
            return
        if not self._window.open_action.isEnabled():
            names = ", ".join(f"“{path.name}”" for path in self._waiting)
            self._window.add_notice(
                self.NOTICE,
                self.tr("{names} will be added to your routines after this session.").format(
                    names=names
                ),
            )
            return
        waiting, self._waiting = self._waiting, []
        self._window.clear_notice(self.NOTICE)
        for path in waiting:
            self._window.add_routine(path)
