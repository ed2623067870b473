"""Cyclic garbage is collected on the GUI thread, never in a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from homestretch.ui.collector import GuiThreadCollector


class Cycle:
    """A Qt object with a running timer, caught in a reference cycle."""

    def __init__(self) -> None:
        self.me = self
        self.qt = QObject()
        self.timer = QTimer(self.qt)
        self.timer.start(10_000)


def test_garbage_made_here_is_collected_here_while_a_thread_allocates(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=20)
    collector.start()
    try:
        assert not gc.isenabled()
        cycle = Cycle()
        gone = weakref.ref(cycle)
        freed_in: list[str] = []
        cycle.qt.destroyed.connect(lambda: freed_in.append(threading.current_thread().name))
        del cycle

        kept: list[list[object]] = []

        def allocate() -> None:  # containers kept alive: past the thresholds many times over
            kept.extend([object()] for _ in range(50_000))

        worker = threading.Thread(target=allocate, name="allocating worker")
        worker.start()
        worker.join()
        assert gone() is not None  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
        assert collector.collections >= 1
        assert freed_in in ([], [threading.main_thread().name])
    finally:
        collector.stop()
    assert gc.isenabled()  # as it was
