"""Guards against Qt bindings that break the app in ways its own tests would only see as a crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    numbers = Signal(float, float)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit(); a session
    # emits thousands, and the interpreter then aborts. The pin in
    # pyproject.toml excludes it; this catches any later release that does the same.
    emitter = _Emitter()
    received: list[tuple[float, float]] = []
    emitter.numbers.connect(lambda a, b: received.append((a, b)))
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(50):
        emitter.plain.emit()
        emitter.numbers.emit(1.0, 2.0)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 50
