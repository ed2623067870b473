#!/usr/bin/env python3
"""What one edit in the routine editor costs: the text it would save, and its check.

Each change in the editor (a number, a word typed) makes the draft
(``core/draft.py``) write the text it would save, keeping the file as the
person wrote it (``core/writer.py``), and run the loader on it. This times,
for the bundled routine and for a routine of 100 of its exercises:

* ``edit_ms_bundled``: the median time to change one number and get the
  problems of the result (text plus check);
* ``edit_ms``: the same for the 100-exercise routine;
* ``editor_stall_ms`` as the last line: in the editor window (offscreen) on the
  100-exercise routine, the longest gap between two ticks of a 5 ms heartbeat
  ``QTimer`` (minus the 5 ms) while edits are checked, from the edit to its
  verdict shown. The editor checks in a thread of its own, so this stays far
  below ``edit_ms``. Target: under 50 ms (as ``gui_stall.py``).

No target was set for ``edit_ms``; 100 ms is printed as a reference (the point
where a pause after a key press starts to be noticed). The editor checks on a
short timer after typing, and in its own thread, so typing never waits for this.
"""

from __future__ import annotations

import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path

from homestretch.core.draft import Draft
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths

REPEATS = 11
EXERCISES = 100
TARGET_MS = 100.0
STALL_INTERVAL_MS = 5


def _large_routine(folder: Path) -> Path:
    """The bundled routine's exercises repeated to :data:`EXERCISES`, with fresh ids."""
    draft = Draft.open(BUNDLED_ROUTINE, paths=AppPaths.resolve(folder / "data"))
    catalogue = draft.catalogue()
    while draft.exercise_count() < EXERCISES:
        exercise = dict(catalogue[draft.exercise_count() % len(catalogue)])
        exercise["reps"] = 1 if "reps" in exercise else None
        exercise = {k: v for k, v in exercise.items() if v is not None}
        draft.add_exercise(exercise)
    path = folder / "large.yaml"
    path.write_text(draft.text(), encoding="utf-8")
    return path


def _edit_ms(path: Path, folder: Path) -> float:
    draft = Draft.open(path, paths=AppPaths.resolve(folder / "data"))
    draft.problems()  # the first check (the file is read once) is not an edit
    times = []
    for k in range(REPEATS):
        started = time.perf_counter()
        draft.set(("exercises", 0, "reps"), 2 + k % 5, merge=False)
        draft.problems()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _editor_stall_ms(path: Path, folder: Path) -> float:
    """The longest heartbeat gap (ms, minus the interval) while edits are checked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from homestretch.ui.editor.window import EditorWindow

    app = QApplication.instance() or QApplication([])
    editor = EditorWindow(Draft.open(path, paths=AppPaths.resolve(folder / "data")))
    editor.show()

    def settle() -> None:
        while editor.checking:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    settle()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(STALL_INTERVAL_MS)
    worst = 0.0
    for k in range(REPEATS):
        beats.clear()
        editor.draft.set(("exercises", 0, "reps"), 2 + k % 5, merge=False)
        editor.request_check()
        settle()
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        worst = max([worst, *gaps])
    heartbeat.stop()
    editor._closing = True  # (no unsaved-changes question)
    editor.close()
    app.processEvents()
    return max(0.0, worst * 1000 - STALL_INTERVAL_MS)


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        print(f"edit_ms_bundled: {_edit_ms(BUNDLED_ROUTINE, folder):.1f}")
        print(f"reference_ms: {TARGET_MS:.0f}")
        large = _large_routine(folder)
        print(f"edit_ms: {_edit_ms(large, folder):.1f}")
        print(f"editor_stall_ms: {_editor_stall_ms(large, folder):.1f}")


if __name__ == "__main__":
    main()
