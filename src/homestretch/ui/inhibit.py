"""Keeping the screen awake while a session runs.

On Linux desktops this uses the freedesktop ``org.freedesktop.ScreenSaver``
D-Bus interface (``Inhibit`` / ``UnInhibit``), called asynchronously so the
GUI thread never waits on the bus. Where there is no session bus or no such
service, nothing happens and the session runs as usual.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

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
    """The freedesktop ScreenSaver service on the session bus."""

    def __init__(self, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._cookie: int | None = None
        self._want = False
        self._watchers: list[QDBusPendingCallWatcher] = []
        bus = QDBusConnection.sessionBus()
        # Plain messages, not QDBusInterface: that would introspect synchronously.
        self._bus: QDBusConnection | None = bus if bus.isConnected() else None

    @property
    def available(self) -> bool:
        return self._bus is not None

    def _call(self, method: str, *args: object) -> QDBusPendingCallWatcher | None:
        if self._bus is None:
            return None
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, method)
        message.setArguments(list(args))
        return QDBusPendingCallWatcher(self._bus.asyncCall(message), self)

    def inhibit(self, reason: str) -> None:
        self._want = True
        if self._cookie is not None:
            return
        watcher = self._call("Inhibit", self._app_name, reason)
        if watcher is not None:
            watcher.finished.connect(self._got_cookie)
            self._watchers.append(watcher)

    def release(self) -> None:
        self._want = False
        if self._cookie is None:
            return
        watcher = self._call("UnInhibit", self._cookie)
        if watcher is not None:
            watcher.finished.connect(watcher.deleteLater)
        self._cookie = None

    def _got_cookie(self, watcher: QDBusPendingCallWatcher) -> None:
        self._watchers.remove(watcher)
        reply = watcher.reply()
        watcher.deleteLater()
        arguments = reply.arguments()
        if watcher.isError() or not arguments:
            return
        cookie = int(arguments[0])
        self._cookie = cookie
        if not self._want:  # released while the call was on its way
            self.release()
