#!/usr/bin/env python3
"""What one edit in the routine editor costs: the text it would save, and its check.

Each change in the editor (a number, a word typed) makes the draft
(``core/draft.py``) write the text it would save, keeping the file as the
person wrote it (``core/writer.py``), and run the loader on it. This times,
for the bundled routine and for a routine of 100 of its exercises:

* ``edit_ms_bundled``: the median time to change one number and get the
  problems of the result (text plus check);
* ``edit_ms`` as the last line: the same for the 100-exercise routine.

No target was set; 100 ms is printed as a reference (the point where a pause
after a key press starts to be noticed). The editor checks on a short timer
after typing, so typing itself never waits for this.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from homestretch.core.draft import Draft
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths

REPEATS = 11
EXERCISES = 100
TARGET_MS = 100.0


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


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        print(f"edit_ms_bundled: {_edit_ms(BUNDLED_ROUTINE, folder):.1f}")
        print(f"reference_ms: {TARGET_MS:.0f}")
        print(f"edit_ms: {_edit_ms(_large_routine(folder), folder):.1f}")


if __name__ == "__main__":
    main()
