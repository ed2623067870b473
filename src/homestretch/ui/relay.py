"""Work finished on a worker thread, handed back to the GUI thread without touching the
object that asked for it from that thread.

A future's done-callback runs on the worker thread. Emitting a signal of the object
that submitted the work from there races with that object being destroyed on the GUI
thread (an editor window closed while its check runs): the emit can reach a half-
destroyed object and crash the app. Instead the worker emits on one relay object that
lives as long as the application; on the GUI thread the relay runs the object's method
only if the object still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

T = TypeVar("T")


class _Relay(QObject):
    """Runs on the GUI thread what worker threads hand it.

    Signals:
        handed(object): a callable of no arguments to run on this object's thread.
    """

    handed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handed.connect(_run, Qt.ConnectionType.QueuedConnection)


def _run(call: Callable[[], None]) -> None:
    call()


_relay: _Relay | None = None


def _gui_relay() -> _Relay:
    """The relay (made on first use, on the GUI thread, as a child of the application)."""
    global _relay  # (one per application: the object every worker hands its results to)
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay(QCoreApplication.instance())
    return _relay


def hand_back(owner: QObject, function: Callable[[Future[T]], Any]) -> Callable[[Future[T]], None]:
    """A done-callback for a future: ``function(future)`` is run on the GUI thread if
    ``owner`` (whose method it is, as a rule) still exists by then; if not, nothing.

    Call it on the GUI thread, when the work is submitted.
    """
    relay = _gui_relay()

    def done(future: Future[T]) -> None:  # (on the worker thread)
        def on_gui_thread() -> None:
            if shiboken6.isValid(owner):
                function(future)

        relay.handed.emit(on_gui_thread)

    return done
