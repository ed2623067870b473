"""Keeping the screen awake while a session runs.

On Linux desktops this uses the freedesktop ``org.freedesktop.ScreenSaver``
D-Bus interface (``Inhibit`` / ``UnInhibit``), called asynchronously so the
GUI thread never waits on the bus. Where there is no session bus or no such
service, nothing happens and the session runs as usual.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class InhibitBackend(Protocol):
    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class ScreenSaverInhibitor:
    """Holds the screen saver off between :meth:`hold` and :meth:`release`; both are idempotent."""

    def __init__(self, backend: InhibitBackend) -> None:
        self._backend = backend
        self.held = False

    def hold(self, reason: str = "Exercise session running") -> None:
        if not self.held:
            self.held = True
            self._backend.inhibit(reason)

    def release(self) -> None:
        if self.held:
            self.held = False
            self._backend.release()


class DBusScreenSaver(QObject):
    """The freedesktop ScreenSaver service on the session bus.

    Each hold opens its own bus connection and calls ``Inhibit`` on it;
    releasing closes that connection. Desktops drop an inhibition when its
    client leaves the bus (GNOME and KDE both do), and this avoids sending the
    cookie back: PySide6 can only send it as a signed integer, which
    ``UnInhibit(u)`` refuses.

    Args:
        app_name: shown by the desktop as the one keeping the screen on.
        address: the bus address; the session bus when omitted.
    """

    def __init__(self, app_name: str, address: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._app_name = app_name
        self._address = address
        self._connection: str | None = None
        self._count = 0
        self.cookie: int | None = None

    def _connect(self) -> QDBusConnection | None:
        self._count += 1
        name = f"homestretch-inhibit-{id(self)}-{self._count}"
        if self._address is None:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        else:
            bus = QDBusConnection.connectToBus(self._address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            return None
        self._connection = name
        return bus

    def inhibit(self, reason: str) -> None:
        if self._connection is not None:
            return
        bus = self._connect()
        if bus is None:
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Inhibit")
        message.setArguments([self._app_name, reason])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message), self)
        watcher.finished.connect(self._answered)

    def release(self) -> None:
        if self._connection is not None:
            QDBusConnection.disconnectFromBus(self._connection)
            self._connection = None
            self.cookie = None

    def _answered(self, watcher: QDBusPendingCallWatcher) -> None:
        watcher.deleteLater()
        arguments = watcher.reply().arguments()
        if not watcher.isError() and arguments:
            self.cookie = int(arguments[0])
