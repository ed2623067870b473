"""Desktop notifications: ``org.freedesktop.Notifications`` on the session bus.

:class:`DesktopNotifier` sends ``Notify`` with the types of the
specification (``susssasa{sv}i``: ``replaces_id`` a uint32, the hints a
dictionary of variants naming the app's desktop entry) and turns the
server's ``ActionInvoked`` and ``NotificationClosed`` signals for its own
notifications into Qt signals. QtDBus cannot send a uint32 from Python, so
the messages are written by jeepney, a pure-Python D-Bus library: the
signature decides the wire types. All bus I/O happens on one worker thread
(:class:`_BusWorker`); results reach the GUI thread through queued Qt
signals, so the GUI thread never waits on the bus.

Where there is no session bus, no notification server or no jeepney (it is
installed on Linux only), ``failed`` is emitted and the caller falls back
(the tray icon's message, or a notice in the window).
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QObject, Qt, Signal

try:
    from jeepney import (
        AuthenticationError,
        DBusAddress,
        HeaderFields,
        MatchRule,
        MessageType,
        new_method_call,
    )
    from jeepney.bus import get_bus
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import prep_socket
    from jeepney.io.threading import DBusConnection, ReceiveStopped
except ImportError:  # (a Linux-only dependency, see pyproject.toml)
    HAVE_JEEPNEY = False
else:
    HAVE_JEEPNEY = True

_logger = logging.getLogger(__name__)

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE: Final = "susssasa{sv}i"
CALL_TIMEOUT_S: Final = 25.0
"""A call not answered by then counts as failed (the D-Bus default timeout)."""
AUTH_TIMEOUT_S: Final = 2.0
"""Connecting and authenticating to the bus: a local socket answers in milliseconds."""


def session_bus_address() -> str:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")


@dataclass(frozen=True)
class _Call:
    """A method call for the worker to send (plain values: jeepney types them)."""

    member: str
    signature: str
    body: tuple[Any, ...]
    answer: bool
    """Whether the answer matters (Notify's does: the id, or why not)."""


class _Channel(QObject):
    """What the worker thread reports; its signals reach the GUI thread queued.

    It has no parent, so a worker that outlives its notifier still emits
    into a living object (whose connections Qt has dropped by then).

    Signals:
        shown(int): a Notify call was answered: the notification's id.
        refused(str): a Notify call was refused or not answered; why.
        action_invoked(int, str): ``ActionInvoked``: the id, the action key.
        closed(int, int): ``NotificationClosed``: the id, the reason.
        lost(str): the bus could not be reached or the connection broke; why.
    """

    shown = Signal(int)
    refused = Signal(str)
    action_invoked = Signal(int, str)
    closed = Signal(int, int)
    lost = Signal(str)


class _BusWorker:
    """One connection to the session bus, owned by one thread.

    The GUI thread hands calls over with :meth:`submit` and wakes the thread
    with jeepney's interrupt (a pipe write); nothing on the GUI thread reads
    or writes the bus socket. The thread ends when the connection breaks
    (``lost``) or :meth:`stop` is called (no signal).
    """

    def __init__(self, address: str, channel: _Channel, call_timeout: float) -> None:
        self._address = address
        self._call_timeout = call_timeout
        self._channel = channel
        self._jobs: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._conn: Any = None  # a jeepney.io.threading.DBusConnection, once connected
        self._ended = False
        self._pipe: list[tuple[int, int]] = []
        self._thread = threading.Thread(target=self._run, name="notifications", daemon=True)
        self._thread.start()

    def submit(self, call: _Call | None) -> bool:
        """Queue a call (None: stop); False when this connection has already ended."""
        with self._lock:
            if self._ended:
                return False
            self._jobs.put(call)
            if self._conn is not None:
                self._conn.interrupt()  # (a connecting thread reads the queue once connected)
            return True

    def stop(self) -> None:
        self.submit(None)

    # -- on the worker thread

    def _run(self) -> None:
        why = ""
        try:
            why = self._serve()
        finally:
            with self._lock:
                self._ended = True
                conn, self._conn = self._conn, None
            if conn is not None:
                _close(conn, self._pipe)
        if why:
            _logger.warning("notifications: %s", why)
            self._channel.lost.emit(why)

    def _serve(self) -> str:
        """Connect, then send and receive until stopped; why it ended ("" when stopped)."""
        try:
            sock = prep_socket(get_bus(self._address), timeout=AUTH_TIMEOUT_S)
        except AuthenticationError as exc:
            return f"the session bus refused us ({exc})"
        except (OSError, ValueError, RuntimeError) as exc:
            # (jeepney: RuntimeError for an address with no unix: entry, ValueError
            # for one that cannot be read, TimeoutError for a bus that never answers)
            return f"cannot reach the session bus ({exc})"
        conn = DBusConnection(sock)
        self._pipe = _stop_pipe(conn)
        with self._lock:
            self._conn = conn
        rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
        for greeting in (message_bus.Hello(), message_bus.AddMatch(rule)):
            why = _send(conn, greeting)
            if why:
                return why
        notifications = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        waiting: dict[int, float] = {}
        """The Notify calls not answered yet: serial -> when they count as failed."""
        while True:
            while not self._jobs.empty():
                call = self._jobs.get()
                if call is None:
                    return ""
                message = new_method_call(notifications, call.member, call.signature, call.body)
                serial = next(conn.outgoing_serial)
                if call.answer:
                    waiting[serial] = time.monotonic() + self._call_timeout
                why = _send(conn, message, serial)
                if why:
                    return why
            wait = min(waiting.values(), default=None)
            try:
                incoming = conn.receive(
                    timeout=None if wait is None else max(wait - time.monotonic(), 0.0)
                )
            except ReceiveStopped:
                conn.reset_interrupt()  # (then the queue is read: nothing put before is missed)
                continue
            except TimeoutError:
                now = time.monotonic()
                for serial in [s for s, deadline in waiting.items() if deadline <= now]:
                    del waiting[serial]
                    self._channel.refused.emit("no notification server (no answer in time)")
                continue
            except OSError as exc:
                return _broken(exc)
            except Exception as exc:  # (jeepney's parser on bytes that are no message;
                # the thread must end with a word to the GUI, never silently)
                return f"the session bus sent what cannot be read ({exc!r})"
            self._take(incoming, rule, waiting)

    def _take(self, incoming: Any, rule: Any, waiting: dict[int, float]) -> None:
        header = incoming.header
        fields = header.fields
        signature = fields.get(HeaderFields.signature, "")
        body = incoming.body
        if header.message_type is MessageType.signal:
            if not rule.matches(incoming):
                return
            member = fields.get(HeaderFields.member)
            if member == "ActionInvoked" and signature == "us":
                self._channel.action_invoked.emit(int(body[0]), str(body[1]))
            elif member == "NotificationClosed" and signature == "uu":
                self._channel.closed.emit(int(body[0]), int(body[1]))
            return
        if waiting.pop(fields.get(HeaderFields.reply_serial, 0), None) is None:
            return  # (the answer to Hello, AddMatch, CloseNotification)
        if header.message_type is MessageType.method_return and signature == "u":
            self._channel.shown.emit(int(body[0]))
            return
        why = str(fields.get(HeaderFields.error_name, "an unexpected answer"))
        if header.message_type is MessageType.error and body and isinstance(body[0], str):
            why = f"{why}: {body[0]}"
        self._channel.refused.emit(f"no notification server ({why})")


def _stop_pipe(conn: Any) -> list[tuple[int, int]]:
    """The descriptors of ``conn``'s stop pipe with their inodes (see :func:`_close`)."""
    found = []
    for name in ("_stop_r", "_stop_w"):
        descriptor = getattr(conn, name, None)
        if isinstance(descriptor, int):
            with contextlib.suppress(OSError):
                found.append((descriptor, os.fstat(descriptor).st_ino))
    return found


def _close(conn: Any, pipe: list[tuple[int, int]]) -> None:
    """Close ``conn`` and its stop ``pipe``: jeepney's threading connection (0.8, 0.9)
    closes its socket and selector but leaves open the pipe that interrupts a receive:
    two descriptors lost with every connection (a laptop that sleeps every night
    connects again every morning). A descriptor is closed only while it is still that
    pipe (same inode), never a file opened since under the same number."""
    conn.close()
    for descriptor, inode in pipe:
        with contextlib.suppress(OSError):
            if os.fstat(descriptor).st_ino == inode:
                os.close(descriptor)


def _send(conn: Any, message: Any, serial: int | None = None) -> str:
    """Send ``message``; why the connection broke, or "" when it went out."""
    try:
        conn.send(message, serial=serial)
    except OSError as exc:
        return _broken(exc)
    return ""


def _broken(exc: OSError) -> str:
    if isinstance(exc, ConnectionResetError | BrokenPipeError):
        return "the session bus closed the connection"
    return f"the session bus connection broke ({exc.strerror or exc})"


class DesktopNotifier(QObject):
    """Notifications with buttons, through the desktop's notification server.

    Args:
        app_id: the reverse-DNS application id: the icon and the desktop entry.
        app_name: shown by the server as the sender.
        address: the bus address; the session bus when omitted.
        call_timeout: seconds after which an unanswered ``Notify`` counts as failed.

    Signals:
        shown(int): the server showed the notification; its id.
        action_invoked(int, str): the patient pressed a button of one of our
            notifications: the id, the action key.
        closed(int, int): one of our notifications went away: the id, the
            reason (1 expired, 2 dismissed, 3 closed by a call, 4 other).
        failed(str): it could not be shown (no bus, no server); why.
    """

    shown = Signal(int)
    action_invoked = Signal(int, str)
    closed = Signal(int, int)
    failed = Signal(str)

    def __init__(
        self,
        app_id: str,
        app_name: str,
        address: str | None = None,
        parent: QObject | None = None,
        *,
        call_timeout: float = CALL_TIMEOUT_S,
    ) -> None:
        super().__init__(parent)
        self._call_timeout = call_timeout
        self._app_id = app_id
        self._app_name = app_name
        self._address = session_bus_address() if address is None else address
        self._worker: _BusWorker | None = None
        self._ours: set[int] = set()
        """The ids of the notifications this notifier showed and that are still up."""
        self.last_id = 0

    def notify(
        self,
        summary: str,
        body: str,
        actions: list[tuple[str, str]],
        *,
        replaces: int = 0,
        timeout_ms: int = -1,
    ) -> None:
        """Show a notification; ``actions`` are (key, label) pairs, shown as buttons."""
        hints = {"desktop-entry": ("s", self._app_id)}  # (a variant: its signature, its value)
        flat = [part for pair in actions for part in pair]
        arguments = (self._app_name, replaces, self._app_id, summary, body, flat, hints)
        self._send(_Call("Notify", NOTIFY_SIGNATURE, (*arguments, timeout_ms), answer=True))

    def close_notification(self, notification_id: int) -> None:
        self._send(_Call("CloseNotification", "u", (notification_id,), answer=False))

    def close(self) -> None:
        """Close the connection (it is opened again by the next notification)."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()
        self._ours.clear()

    def _send(self, call: _Call) -> None:
        if not HAVE_JEEPNEY:
            self.failed.emit("no D-Bus support on this system")
            return
        if not self._address:
            self.failed.emit("no session bus")
            return
        if self._worker is None or not self._worker.submit(call):
            channel = self._connect(_Channel())
            self._worker = _BusWorker(self._address, channel, self._call_timeout)
            self._worker.submit(call)

    def _connect(self, channel: _Channel) -> _Channel:
        queued = Qt.ConnectionType.QueuedConnection
        channel.shown.connect(self._shown, queued)
        channel.refused.connect(self.failed, queued)
        channel.action_invoked.connect(self._action_invoked, queued)
        channel.closed.connect(self._closed, queued)
        channel.lost.connect(self._lost, queued)
        return channel

    def _shown(self, notification_id: int) -> None:
        self.last_id = notification_id
        self._ours.add(notification_id)
        self.shown.emit(notification_id)

    def _action_invoked(self, notification_id: int, key: str) -> None:
        if notification_id in self._ours:
            self.action_invoked.emit(notification_id, key)

    def _closed(self, notification_id: int, reason: int) -> None:
        if notification_id in self._ours:
            self._ours.discard(notification_id)
            self.closed.emit(notification_id, reason)

    def _lost(self, why: str) -> None:
        self._ours.clear()  # (ids are the old server's; a new connection starts afresh)
        self.failed.emit(why)
