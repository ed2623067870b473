"""Desktop notifications against a real D-Bus daemon and a strict stand-in server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from homestretch import APP_ID, APP_NAME
from homestretch.ui.dbus_wire import (
    Message,
    MessageType,
    Variant,
    WireError,
    decode,
    encode,
    message_length,
)
from homestretch.ui.notify import PATH, SERVICE, DesktopNotifier, _socket_path
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


def test_messages_round_trip_through_the_wire_format() -> None:
    message = Message(
        MessageType.METHOD_CALL,
        path=PATH,
        interface=SERVICE,
        member="Notify",
        destination=SERVICE,
        signature="susssasa{sv}i",
        body=[
            "a",
            7,
            "i",
            "s",
            "b",
            ["k", "v"],
            {"x": Variant("s", "y"), "n": Variant("u", 3)},
            -1,
        ],
    )
    back = decode(encode(message, 42))
    assert back.serial == 42
    assert back.member == "Notify"
    assert back.signature == "susssasa{sv}i"
    assert back.body == ["a", 7, "i", "s", "b", ["k", "v"], {"x": "y", "n": 3}, -1]


@settings(max_examples=300)
@given(st.binary(max_size=200))
def test_bytes_from_the_bus_are_read_or_refused_never_crashing(data: bytes) -> None:
    try:
        length = message_length(data)
        if length is not None and len(data) >= length:
            decode(data[:length])
    except WireError:
        pass


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


@pytest.mark.parametrize(
    ("address", "target"),
    [
        ("unix:path=/run/user/1000/bus", "/run/user/1000/bus"),
        ("unix:path=/tmp/a%20b,guid=0f", "/tmp/a b"),
        ("unix:path=/tmp/100%zz", "/tmp/100%zz"),
        ("unix:abstract=/tmp/dbus-X,guid=1", b"\0/tmp/dbus-X"),
        ("tcp:host=localhost,port=1;unix:path=/b", "/b"),
        ("unix:tmpdir=/tmp", None),
        ("", None),
    ],
)
def test_bus_addresses(address: str, target: str | bytes | None) -> None:
    assert _socket_path(address) == target
