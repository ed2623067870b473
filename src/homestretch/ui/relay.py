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

import itertools
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

T = TypeVar("T")


class _Relay(QObject):
    """Runs on the GUI thread what worker threads hand back.

    What to run is kept here, on the GUI thread, under a number; a worker thread
    emits only that number and the future (no object of the window's, no function
    holding one): so no Qt object is ever touched, or let go of, on a worker thread.

    Signals:
        handed(int, object): the number of what to run, and the future it is for.
    """

    handed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[int, tuple[QObject, Callable[[Future[Any]], Any]]] = {}
        self._numbers = itertools.count()
        self.handed.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def keep(self, owner: QObject, function: Callable[[Future[Any]], Any]) -> int:
        number = next(self._numbers)
        self._waiting[number] = (owner, function)
        return number

    def _run(self, number: int, future: Future[Any]) -> None:
        owner, function = self._waiting.pop(number)
        if shiboken6.isValid(owner):
            function(future)


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
    number = relay.keep(owner, function)
    handed = relay.handed

    def done(future: Future[T]) -> None:  # (on the worker thread: a number and a future)
        handed.emit(number, future)

    return done
