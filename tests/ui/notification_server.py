# mypy: ignore-errors
# ruff: noqa: N802  (D-Bus method and signal names)
"""A stand-in notification server for the tests, run with Debian's /usr/bin/python3.

It owns org.freedesktop.Notifications on the bus given as the first argument,
checks that every Notify call has exactly the types of the specification
(susssasa{sv}i) and that the hints are variants, prints one JSON line per
call on stdout, and answers a bad call with an error. With a second argument
ACTION, it presses that button of each notification it shows (ActionInvoked,
then NotificationClosed with reason 3).

Needs python3-dbus and python3-gi (Debian packages); it is not part of the app.
"""

import json
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

INTERFACE = "org.freedesktop.Notifications"
SIGNATURE = "susssasa{sv}i"


class Server(dbus.service.Object):
    def __init__(self, bus, action):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.action = action
        self.next_id = 0

    @dbus.service.method(INTERFACE, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.method(INTERFACE, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ["test-server", "homestretch tests", "1", "1.2"]

    @dbus.service.method(
        INTERFACE,
        in_signature=SIGNATURE,
        out_signature="u",
        message_keyword="message",
        byte_arrays=True,
    )
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout, message):
        signature = message.get_signature()
        hint_types = {str(k): type(v).__name__ for k, v in hints.items()}
        report = {
            "signature": signature,
            "app_name": str(app),
            "replaces_id": int(replaces),
            "replaces_type": type(replaces).__name__,
            "app_icon": str(icon),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(a) for a in actions],
            "hints": {str(k): str(v) for k, v in hints.items()},
            "hint_types": hint_types,
            "hints_variant": [int(getattr(v, "variant_level", 0)) for v in hints.values()],
            "expire_timeout": int(timeout),
            "timeout_type": type(timeout).__name__,
        }
        print(json.dumps(report), flush=True)
        if signature != SIGNATURE:
            raise dbus.exceptions.DBusException(
                f"Notify takes {SIGNATURE}, not {signature}",
                name="org.freedesktop.DBus.Error.InvalidArgs",
            )
        self.next_id += 1
        notification = self.next_id
        if self.action:
            GLib.timeout_add(100, self.press, notification)
        return dbus.UInt32(notification)

    def press(self, notification):
        self.ActionInvoked(dbus.UInt32(notification), self.action)
        self.NotificationClosed(dbus.UInt32(notification), dbus.UInt32(3))
        return False

    @dbus.service.method(INTERFACE, in_signature="u", out_signature="")
    def CloseNotification(self, notification):
        self.NotificationClosed(notification, dbus.UInt32(3))

    @dbus.service.signal(INTERFACE, signature="us")
    def ActionInvoked(self, notification, action):
        pass

    @dbus.service.signal(INTERFACE, signature="uu")
    def NotificationClosed(self, notification, reason):
        pass


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(sys.argv[1])
    action = sys.argv[2] if len(sys.argv) > 2 else ""
    server = Server(bus, action)
    name = dbus.service.BusName(INTERFACE, bus)
    print(json.dumps({"ready": True}), flush=True)
    loop = GLib.MainLoop()
    GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_HUP | GLib.IO_IN, lambda *_: loop.quit())
    loop.run()
    del server, name


if __name__ == "__main__":
    main()
