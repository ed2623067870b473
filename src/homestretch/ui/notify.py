"""Desktop notifications: ``org.freedesktop.Notifications`` on the session bus.

:class:`DesktopNotifier` sends ``Notify`` with the types of the
specification (``susssasa{sv}i``: ``replaces_id`` a uint32, the hints a
dictionary of variants naming the app's desktop entry) and turns the
server's ``ActionInvoked`` and ``NotificationClosed`` signals into Qt
signals. QtDBus cannot send a uint32 from Python (see
:mod:`homestretch.ui.dbus_wire`), so :class:`WireBus` speaks the bus
protocol itself on a non-blocking socket watched by QSocketNotifier: the GUI
thread never waits on the bus.

Where there is no session bus or no notification server, ``failed`` is
emitted and the caller falls back (the tray icon's message, or a notice in
the window).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from homestretch.ui.dbus_wire import (
    NO_REPLY_EXPECTED,
    Message,
    MessageType,
    Variant,
    WireError,
    decode,
    encode,
    message_length,
)

_logger = logging.getLogger(__name__)

SERVICE: Final = "org.freedesktop.Notifications"
PATH: Final = "/org/freedesktop/Notifications"
BUS: Final = "org.freedesktop.DBus"
NOTIFY_SIGNATURE: Final = "susssasa{sv}i"
CALL_TIMEOUT_MS: Final = 25_000
"""A call not answered by then counts as failed (the D-Bus default timeout)."""

Reply = Callable[[Message], None]


def session_bus_address() -> str:
    return os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")


def _socket_path(address: str) -> str | bytes | None:
    """Where to connect for the first usable ``unix:`` address; None if there is none."""
    for entry in address.split(";"):
        kind, _, params = entry.partition(":")
        if kind != "unix":
            continue
        values = dict(p.partition("=")[::2] for p in params.split(",") if p)
        if "path" in values:
            return _unescape(values["path"])
        if "abstract" in values:
            return b"\0" + _unescape(values["abstract"]).encode()
    return None


def _unescape(text: str) -> str:
    """A D-Bus address value: ``%XX`` is the byte XX."""
    out, index = bytearray(), 0
    while index < len(text):
        code = text[index + 1 : index + 3]
        if (
            text[index] == "%"
            and len(code) == 2
            and all(c in "0123456789abcdefABCDEF" for c in code)
        ):
            out.append(int(code, 16))
            index += 3
        else:
            out.extend(text[index].encode())
            index += 1
    return out.decode("utf-8", errors="replace")


class WireBus(QObject):
    """A connection to a message bus, driven by the Qt event loop.

    Args:
        address: the bus address (``DBUS_SESSION_BUS_ADDRESS`` form).

    Signals:
        signal_received(object): a D-Bus signal arrived (a :class:`Message`).
        lost(str): the connection could not be made or broke; why.
    """

    signal_received = Signal(object)
    lost = Signal(str)

    def __init__(self, address: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._socket: socket.socket | None = None
        self._read: QSocketNotifier | None = None
        self._write: QSocketNotifier | None = None
        self._in = b""
        self._out = b""
        self._authenticated = False
        self._waiting: list[tuple[Message, Reply | None]] = []
        self._replies: dict[int, Reply | None] = {}
        self._timers: dict[int, QTimer] = {}
        self._serial = 0
        self.unique_name = ""

    @property
    def connected(self) -> bool:
        return self._socket is not None

    def open(self) -> bool:
        """Start connecting; False (and ``lost``) when it cannot even start."""
        if self._socket is not None:
            return True
        target = _socket_path(self._address)
        getuid = getattr(os, "getuid", None)  # (the bus of freedesktop systems only)
        family = getattr(socket, "AF_UNIX", None)
        if target is None or getuid is None or family is None:
            self.lost.emit("no session bus")
            return False
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.connect(target)  # a local socket: connecting does not wait on the peer
        except OSError as exc:
            sock.close()
            self.lost.emit(f"cannot reach the session bus: {exc.strerror or exc}")
            return False
        sock.setblocking(False)
        self._socket = sock
        self._read = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._read.activated.connect(self._readable)
        self._write = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Write, self)
        self._write.setEnabled(False)
        self._write.activated.connect(self._flush)
        uid = str(getuid()).encode().hex()
        self._send_raw(b"\0AUTH EXTERNAL " + uid.encode() + b"\r\n")
        hello = Message(MessageType.METHOD_CALL, path="/org/freedesktop/DBus", interface=BUS)
        hello.member, hello.destination = "Hello", BUS
        self._queue(hello, self._hello)
        return True

    def close(self) -> None:
        for timer in self._timers.values():
            timer.stop()
        self._timers.clear()
        for notifier in (self._read, self._write):
            if notifier is not None:
                notifier.setEnabled(False)
                notifier.deleteLater()
        self._read = self._write = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self._authenticated = False
        self._in = self._out = b""
        pending = [reply for reply in self._replies.values() if reply is not None]
        pending += [reply for _, reply in self._waiting if reply is not None]
        self._replies.clear()
        self._waiting.clear()
        for reply in pending:
            reply(Message(MessageType.ERROR, error_name="org.freedesktop.DBus.Error.Disconnected"))

    def call(self, message: Message, reply: Reply | None = None) -> None:
        """Send a method call; ``reply`` gets the answer (an ERROR message on failure)."""
        if reply is None:
            message.flags |= NO_REPLY_EXPECTED
        if not self.open():
            if reply is not None:
                reply(Message(MessageType.ERROR, error_name="org.freedesktop.DBus.Error.NoServer"))
            return
        self._queue(message, reply)

    def add_match(self, rule: str) -> None:
        match = Message(MessageType.METHOD_CALL, path="/org/freedesktop/DBus", interface=BUS)
        match.member, match.destination = "AddMatch", BUS
        match.signature, match.body = "s", [rule]
        self.call(match, lambda _reply: None)

    # -- the socket

    def _queue(self, message: Message, reply: Reply | None) -> None:
        if not self._authenticated:
            self._waiting.append((message, reply))
            return
        self._serial += 1
        serial = self._serial
        if reply is not None:
            self._replies[serial] = reply
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._timed_out(serial))
            timer.start(CALL_TIMEOUT_MS)
            self._timers[serial] = timer
        self._send_raw(encode(message, serial))

    def _timed_out(self, serial: int) -> None:
        self._timers.pop(serial, None)
        reply = self._replies.pop(serial, None)
        if reply is not None:
            reply(Message(MessageType.ERROR, error_name="org.freedesktop.DBus.Error.NoReply"))

    def _send_raw(self, data: bytes) -> None:
        self._out += data
        self._flush()

    def _flush(self) -> None:
        if self._socket is None:
            return
        try:
            while self._out:
                sent = self._socket.send(self._out)
                self._out = self._out[sent:]
        except BlockingIOError:
            pass
        except OSError as exc:
            self._broken(f"the session bus connection broke: {exc.strerror or exc}")
            return
        if self._write is not None:
            self._write.setEnabled(bool(self._out))

    def _readable(self) -> None:
        if self._socket is None:
            return
        try:
            chunk = self._socket.recv(65536)
        except BlockingIOError:
            return
        except OSError as exc:
            self._broken(f"the session bus connection broke: {exc.strerror or exc}")
            return
        if not chunk:
            self._broken("the session bus closed the connection")
            return
        self._in += chunk
        try:
            self._take_input()
        except (WireError, UnicodeDecodeError) as exc:
            self._broken(f"the session bus sent what cannot be read: {exc}")

    def _take_input(self) -> None:
        while not self._authenticated:
            line, found, rest = self._in.partition(b"\r\n")
            if not found:
                return
            self._in = rest
            if not line.startswith(b"OK "):
                self._broken(f"the session bus refused us: {line.decode(errors='replace')}")
                return
            self._authenticated = True
            self._send_raw(b"BEGIN\r\n")
            waiting, self._waiting = self._waiting, []
            for message, reply in waiting:
                self._queue(message, reply)
        while self._socket is not None:
            length = message_length(self._in)
            if length is None or len(self._in) < length:
                return
            data, self._in = self._in[:length], self._in[length:]
            self._dispatch(decode(data))

    def _dispatch(self, message: Message) -> None:
        if message.type in (MessageType.METHOD_RETURN, MessageType.ERROR):
            timer = self._timers.pop(message.reply_serial, None)
            if timer is not None:
                timer.stop()
            reply = self._replies.pop(message.reply_serial, None)
            if reply is not None:
                reply(message)
        elif message.type is MessageType.SIGNAL:
            self.signal_received.emit(message)

    def _hello(self, reply: Message) -> None:
        if reply.type is MessageType.METHOD_RETURN and reply.body:
            self.unique_name = str(reply.body[0])

    def _broken(self, why: str) -> None:
        _logger.warning("notifications: %s", why)
        self.close()
        self.lost.emit(why)


class DesktopNotifier(QObject):
    """Notifications with buttons, through the desktop's notification server.

    Args:
        app_id: the reverse-DNS application id: the icon and the desktop entry.
        app_name: shown by the server as the sender.
        address: the bus address; the session bus when omitted.

    Signals:
        shown(int): the server showed the notification; its id.
        action_invoked(int, str): the patient pressed a button: the id, the action key.
        closed(int, int): the notification went away: the id, the reason (1 expired,
            2 dismissed, 3 closed by a call, 4 other).
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
    ) -> None:
        super().__init__(parent)
        self._app_id = app_id
        self._app_name = app_name
        self._bus = WireBus(session_bus_address() if address is None else address, self)
        self._bus.signal_received.connect(self._signal)
        self._bus.lost.connect(self._lost)
        self._matched = False
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
        if not self._matched and self._bus.open():
            self._bus.add_match(f"type='signal',interface='{SERVICE}',path='{PATH}'")
            self._matched = True
        message = Message(
            MessageType.METHOD_CALL,
            path=PATH,
            interface=SERVICE,
            member="Notify",
            destination=SERVICE,
            signature=NOTIFY_SIGNATURE,
            body=[
                self._app_name,
                replaces,
                self._app_id,
                summary,
                body,
                [part for pair in actions for part in pair],
                {"desktop-entry": Variant("s", self._app_id)},
                timeout_ms,
            ],
        )
        self._bus.call(message, self._answered)

    def close_notification(self, notification_id: int) -> None:
        message = Message(
            MessageType.METHOD_CALL,
            path=PATH,
            interface=SERVICE,
            member="CloseNotification",
            destination=SERVICE,
            signature="u",
            body=[notification_id],
        )
        self._bus.call(message, lambda _reply: None)

    def close(self) -> None:
        self._bus.close()
        self._matched = False

    def _lost(self, why: str) -> None:
        self._matched = False  # a new connection asks for the signals again
        self.failed.emit(why)

    def _answered(self, reply: Message) -> None:
        if reply.type is MessageType.METHOD_RETURN and reply.signature == "u":
            self.last_id = int(reply.body[0])
            self.shown.emit(self.last_id)
        else:
            why = reply.error_name or "an unexpected answer"
            if reply.type is MessageType.ERROR and reply.body and isinstance(reply.body[0], str):
                why = f"{why}: {reply.body[0]}"
            self.failed.emit(f"no notification server ({why})")

    def _signal(self, message: Message) -> None:
        if message.interface != SERVICE:
            return
        if message.member == "ActionInvoked" and message.signature == "us":
            self.action_invoked.emit(int(message.body[0]), str(message.body[1]))
        elif message.member == "NotificationClosed" and message.signature == "uu":
            self.closed.emit(int(message.body[0]), int(message.body[1]))
