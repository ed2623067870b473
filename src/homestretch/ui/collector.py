"""Python's garbage collection, done on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is reached: here that can be the speech synthesis thread, a timeline
builder or the sound check. A Qt object caught in a reference cycle would then
be destroyed from that thread ("Timers cannot be stopped from another thread",
and at worst a crash). So the automatic collector is switched off while the
window runs, and a timer on the GUI thread collects instead, generation by
generation as the thresholds say (the way qutebrowser does it).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
"""How often the counts are looked at."""


class GuiThreadCollector(QObject):
    """While started, cyclic garbage is collected only on this object's (GUI) thread."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()
        self.collections = 0

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_if_due(self) -> None:
        """Collect the youngest generation whose count passed its threshold (and those below)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = -1
        for generation in range(3):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                due = generation
        if due >= 0:
            gc.collect(due)
            self.collections += 1
