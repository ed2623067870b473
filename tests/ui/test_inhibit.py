"""The screen-saver inhibitor against a real D-Bus daemon with a stand-in ScreenSaver service."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from homestretch.ui.inhibit import PATH, SERVICE, DBusScreenSaver, ScreenSaverInhibitor


@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class FakeScreenSaver(QObject):  # type: ignore[operator]
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []

    @Slot(str, str, result="uint")
    def Inhibit(self, app: str, reason: str) -> int:  # noqa: N802 (D-Bus method name)
        self.calls.append((app, reason))
        return 42


@pytest.fixture
def bus_address() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is missing; .ci/run should install it")
        pytest.skip("dbus-daemon is not installed")
    result = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.split()
    address, pid = out[0], int(out[1])
    yield address
    os.kill(pid, signal.SIGTERM)


def test_hold_inhibits_and_release_leaves_the_bus(qtbot: QtBot, bus_address: str) -> None:
    service = QDBusConnection.connectToBus(bus_address, "fake-screensaver")
    fake = FakeScreenSaver()
    assert service.registerService(SERVICE)
    assert service.registerObject(PATH, fake, QDBusConnection.RegisterOption.ExportAllSlots)
    saver = DBusScreenSaver("Homestretch", bus_address)
    inhibitor = ScreenSaverInhibitor(saver)

    inhibitor.hold("Exercise session running")
    inhibitor.hold()  # a second hold does not inhibit twice
    qtbot.waitUntil(lambda: saver.cookie == 42)
    assert fake.calls == [("Homestretch", "Exercise session running")]
    client = saver._connection
    assert client is not None
    unique = QDBusConnection(client).baseService()
    registry = service.interface()
    assert registry.isServiceRegistered(unique).value()

    inhibitor.release()
    qtbot.waitUntil(lambda: not registry.isServiceRegistered(unique).value())
    assert saver.cookie is None
    inhibitor.release()  # releasing twice is harmless
    QDBusConnection.disconnectFromBus("fake-screensaver")


def test_without_a_bus_nothing_happens() -> None:
    saver = DBusScreenSaver("Homestretch", "unix:path=/nonexistent/bus")
    inhibitor = ScreenSaverInhibitor(saver)
    inhibitor.hold()
    inhibitor.release()
    assert saver.cookie is None
    assert saver._connection is None
