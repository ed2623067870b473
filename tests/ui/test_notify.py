"""Desktop notifications against a real D-Bus daemon and a strict stand-in server."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from homestretch import APP_ID, APP_NAME
from homestretch.ui.notify import PATH, SERVICE, DesktopNotifier
from tests.ui.dbus_session import NotificationServer, bus_address, start_bus_daemon

__all__ = ["bus_address"]  # (the fixture)

ACTIONS = [("start", "Start now"), ("snooze", "Snooze 30 min")]


@pytest.fixture
def server(bus_address: str) -> Iterator[NotificationServer]:
    started = NotificationServer(bus_address)
    yield started
    started.stop()


def test_notify_sends_the_exact_types_of_the_specification(
    qtbot: QtBot, bus_address: str, server: NotificationServer
) -> None:
    notifier = DesktopNotifier(APP_ID, APP_NAME, bus_address)
    with qtbot.waitSignal(notifier.shown, timeout=10_000) as shown:
        notifier.notify("Time for your exercises", "Sciatica relief", ACTIONS, timeout_ms=0)
    call = server.next_line()
    assert call["signature"] == "susssasa{sv}i"
    assert call["replaces_type"] == "UInt32"
    assert call["timeout_type"] == "Int32"
    assert call["app_name"] == APP_NAME
    assert call["app_icon"] == APP_ID
    assert call["summary"] == "Time for your exercises"
    assert call["body"] == "Sciatica relief"
    assert call["actions"] == ["start", "Start now", "snooze", "Snooze 30 min"]
    assert call["hints"] == {"desktop-entry": APP_ID}
    assert call["hints_variant"] == [1]  # a variant, as a{sv} asks
    assert call["expire_timeout"] == 0
    assert shown.args == [1]
    with qtbot.waitSignal(notifier.shown, timeout=10_000):
        notifier.notify("Again", "", ACTIONS, replaces=1)
    assert server.next_line()["replaces_id"] == 1
    notifier.close()


def test_the_stand_in_server_refuses_wrong_types(
    qtbot: QtBot, bus_address: str, server: NotificationServer
) -> None:
    """What QtDBus sends from Python (replaces_id as int32) is refused: the check is real."""
    bus = QDBusConnection.connectToBus(bus_address, "wrong-types")
    message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Notify")
    message.setArguments([APP_NAME, 0, APP_ID, "s", "b", ["start", "Start"], {"d": APP_ID}, -1])
    reply = bus.call(message)
    assert reply.type() == QDBusMessage.MessageType.ErrorMessage
    assert "not sisssasa{sv}i" in reply.errorMessage()
    assert server.next_line()["signature"] == "sisssasa{sv}i"
    QDBusConnection.disconnectFromBus("wrong-types")


@pytest.mark.parametrize("action", ["start", "snooze"])
def test_a_pressed_button_comes_back_as_action_invoked(
    qtbot: QtBot, bus_address: str, action: str
) -> None:
    server = NotificationServer(bus_address, action)
    try:
        notifier = DesktopNotifier(APP_ID, APP_NAME, bus_address)
        with (
            qtbot.waitSignal(notifier.action_invoked, timeout=10_000) as invoked,
            qtbot.waitSignal(notifier.closed, timeout=10_000) as closed,
        ):
            notifier.notify("Time for your exercises", "", ACTIONS)
        assert invoked.args == [1, action]
        assert closed.args == [1, 3]
        notifier.close()
    finally:
        server.stop()


def test_a_server_that_never_answers_counts_as_none(qtbot: QtBot, bus_address: str) -> None:
    from jeepney import message_bus
    from jeepney.io.blocking import Proxy, open_dbus_connection

    with open_dbus_connection(bus=bus_address) as silent:  # owns the name, reads nothing
        assert Proxy(message_bus, silent).RequestName(SERVICE) == (1,)  # (the primary owner)
        notifier = DesktopNotifier(APP_ID, APP_NAME, bus_address, call_timeout=0.5)
        with qtbot.waitSignal(notifier.failed, timeout=10_000) as failed:
            notifier.notify("Time for your exercises", "", ACTIONS)
        assert failed.args == ["no notification server (no answer in time)"]
        notifier.close()


def test_no_notification_server_fails_in_plain_words(qtbot: QtBot, bus_address: str) -> None:
    notifier = DesktopNotifier(APP_ID, APP_NAME, bus_address)
    with qtbot.waitSignal(notifier.failed, timeout=10_000) as failed:
        notifier.notify("Time for your exercises", "", ACTIONS)
    assert "no notification server" in failed.args[0]
    notifier.close()


@pytest.mark.parametrize("address", ["", "unix:path=/nonexistent/bus", "tcp:host=localhost"])
def test_no_session_bus_fails_at_once(qtbot: QtBot, address: str) -> None:
    notifier = DesktopNotifier(APP_ID, APP_NAME, address)
    with qtbot.waitSignal(notifier.failed, timeout=1000):
        notifier.notify("Time for your exercises", "", ACTIONS)


def test_a_bus_that_goes_away_is_reported_in_plain_words(qtbot: QtBot) -> None:
    daemon = start_bus_daemon()
    server = NotificationServer(daemon.address)
    try:
        notifier = DesktopNotifier(APP_ID, APP_NAME, daemon.address)
        with qtbot.waitSignal(notifier.shown, timeout=10_000):
            notifier.notify("Time for your exercises", "", ACTIONS)
        daemon.stop()
        with qtbot.waitSignal(notifier.failed, timeout=10_000) as failed:
            pass
        assert "session bus" in failed.args[0]
        with qtbot.waitSignal(notifier.failed, timeout=10_000):
            notifier.notify("Again", "", ACTIONS)  # no bus any more: said at once
        notifier.close()
    finally:
        server.stop()
        daemon.stop()


def test_buttons_of_another_apps_notification_are_not_ours(qtbot: QtBot, bus_address: str) -> None:
    """The server signals every client's notifications; each notifier reports only its own."""
    server = NotificationServer(bus_address, "start")
    ours = DesktopNotifier(APP_ID, APP_NAME, bus_address)
    other = DesktopNotifier("org.example.Other", "Other", bus_address)
    pressed: list[tuple[int, str]] = []
    went: list[tuple[int, int]] = []
    ours.action_invoked.connect(lambda i, key: pressed.append((i, key)))
    ours.closed.connect(lambda i, why: went.append((i, why)))
    try:
        with qtbot.waitSignal(ours.closed, timeout=10_000):
            ours.notify("Time for your exercises", "", ACTIONS)
        with qtbot.waitSignal(other.closed, timeout=10_000) as closed:
            other.notify("Something else", "", ACTIONS)
        assert closed.args == [2, 3]
        # The server signalled 2 before it answers this: once shown, ours has seen them.
        with qtbot.waitSignal(ours.shown, timeout=10_000):
            ours.notify("Again", "", ACTIONS)
        assert pressed == [(1, "start")]
        assert went == [(1, 3)]
    finally:
        ours.close()
        other.close()
        server.stop()


def _junk_bus(path: Path, junk: bytes, *, hang_up: bool) -> threading.Thread:
    """A socket that takes the D-Bus handshake like a bus, then sends ``junk`` (and hangs up)."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(1)

    def serve() -> None:
        connection, _ = listener.accept()
        with listener, connection:
            heard = b""
            while b"BEGIN\r\n" not in heard:
                if b"AUTH" in heard and b"\r\n" in heard.split(b"AUTH", 1)[1]:
                    connection.sendall(b"OK 0123456789abcdef0123456789abcdef\r\n")
                    heard = heard.replace(b"AUTH", b"auth")
                chunk = connection.recv(4096)
                if not chunk:
                    return
                heard += chunk
            connection.sendall(junk)
            while not hang_up and connection.recv(4096):  # until the client hangs up
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize(
    ("junk", "hang_up", "why"),
    [
        (b"X" * 64, False, "cannot be read"),  # not even an endianness mark
        (b"l\x09\x00\x01" + bytes(12), False, "cannot be read"),  # a message of type 9
        (b"l\x02\x00\x01\x10\x00", True, "closed the connection"),  # cut off
    ],
)
def test_a_bus_that_sends_what_is_no_message_is_reported_in_plain_words(
    qtbot: QtBot, tmp_path: Path, junk: bytes, hang_up: bool, why: str
) -> None:
    served = _junk_bus(tmp_path / "bus", junk, hang_up=hang_up)
    notifier = DesktopNotifier(APP_ID, APP_NAME, f"unix:path={tmp_path / 'bus'}")
    with qtbot.waitSignal(notifier.failed, timeout=10_000) as failed:
        notifier.notify("Time for your exercises", "", ACTIONS)
    assert "session bus" in failed.args[0]
    assert why in failed.args[0]
    notifier.close()
    served.join(timeout=10)
    assert not served.is_alive()


def test_without_jeepney_it_fails_at_once_and_the_caller_falls_back(tmp_path: Path) -> None:
    """Where the Linux-only dependency is not installed (Windows), notify says so."""
    script = tmp_path / "no_jeepney.py"
    script.write_text(
        "import sys\n"
        "sys.modules['jeepney'] = None  # (import jeepney raises ImportError)\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from homestretch.ui.notify import DesktopNotifier\n"
        "app = QCoreApplication([])\n"
        "notifier = DesktopNotifier('a.b.c', 'App', 'unix:path=/nonexistent')\n"
        "notifier.failed.connect(print)\n"
        "notifier.notify('Summary', 'Body', [('start', 'Start')])\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no D-Bus support on this system"


def _open_descriptors() -> int:
    return sum(1 for _ in Path("/proc/self/fd").iterdir())


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
def test_connecting_again_and_again_leaves_no_descriptor_open(
    qtbot: QtBot, server: NotificationServer, bus_address: str
) -> None:
    notifier = DesktopNotifier(APP_ID, APP_NAME, bus_address)

    def one_connection() -> None:
        with qtbot.waitSignal(notifier.shown, timeout=10_000):
            notifier.notify("Time for your exercises", "", ACTIONS)
        worker = notifier._worker
        assert worker is not None
        notifier.close()  # (the next notification connects again)
        worker._thread.join(timeout=10)
        assert not worker._thread.is_alive()

    one_connection()  # (the first may open what stays: Qt's, the server's)
    before = _open_descriptors()
    for _ in range(5):
        one_connection()
    assert _open_descriptors() - before <= 1  # (five connections leaked 10 before)
