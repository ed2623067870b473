#!/usr/bin/env python3
"""What the session bound costs at its worst, and what refusing a huge routine costs.

A routine may make a session of at most ``MAX_SEGMENTS`` timeline segments and
``MAX_SESSION_SECONDS`` (``core/timeline.py``); the loader measures both from
the routine's numbers before anything is built. The window builds a routine's
timeline on the GUI thread (when a routine is selected, to prepare its speech,
and at Start), which is only acceptable because of that bound. This prints:

* ``build_ms_at_bound``: the median time to build the largest timeline the
  bound allows (a routine of 19,999 segments, the most of them spoken);
* ``measure_ms_huge``: the median time to measure the issue's routine
  (100 exercises x 20 sets x 100 reps x alternating x 20 phases, 8.4 million
  segments) and find it too long, which is all ``validate`` does with it;
* ``validate_ms_huge`` as the last line: the median time to load (read, parse,
  validate, measure and refuse) that routine's file.

No target was set; for the first, 100 ms is printed as a reference (the point
where a pause in a window starts to be noticed).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from homestretch.core.routine import (
    Exercise,
    Phase,
    Position,
    Routine,
    RoutineError,
    Sides,
    load_routine,
)
from homestretch.core.timeline import MAX_SEGMENTS, build_timeline, session_size

REPEATS = 7
REFERENCE_MS = 100.0


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    """The median wall time of ``action`` over ``repeats`` runs, after one warm-up run."""
    action()
    times: list[float] = []
    for _ in range(repeats):
        begin = time.perf_counter()
        action()
        times.append(time.perf_counter() - begin)
    return statistics.median(times) * 1000


def exercise(ex_id: str, sets: int, reps: int, phases: int, seconds: float) -> Exercise:
    return Exercise(
        id=ex_id,
        name=ex_id.capitalize(),
        position=Position.SITTING,
        summary="Move.",
        steps=("Move",),
        phases=tuple(Phase(f"p{k}", seconds, say="Go on") for k in range(phases)),
        reps=reps,
        sets=sets,
        sides=Sides.ALTERNATING,
        rest_between_sides=1.0,
    )


def largest_allowed() -> Routine:
    """A routine just inside the segment bound (and the time bound)."""
    routine = Routine("Bound", (exercise("a", 1, 1, 20, 0.2),), prepare_seconds=1.0)
    reps = 1
    while True:  # the most alternating reps of 20 short phases that fit
        bigger = Routine("Bound", (exercise("a", 1, reps + 1, 20, 0.2),), prepare_seconds=1.0)
        if not session_size(bigger).within_bounds:
            return routine
        routine, reps = bigger, reps + 1


def huge_text() -> str:
    lines = ["schema: 1", "name: Huge", "exercises:"]
    for k in range(100):
        lines += [
            f"  - id: ex-{k}",
            f"    name: Exercise {k}",
            "    position: sitting",
            "    summary: Move.",
            "    steps: [Move]",
            "    sides: alternating",
            "    sets: 20",
            "    reps: 100",
            "    phases:",
            *(f"      - {{name: p{p}, seconds: 1}}" for p in range(20)),
        ]
    return "\n".join(lines) + "\n"


def main() -> int:
    bound = largest_allowed()
    size = session_size(bound)
    built = build_timeline(bound)
    assert len(built.segments) == size.segments <= MAX_SEGMENTS
    build_ms = median_ms(lambda: build_timeline(bound))
    print(
        f"at the bound: {size.segments} segments, {size.seconds / 3600:.2f} h; "
        f"reference: {REFERENCE_MS:g} ms"
    )
    print(f"build_ms_at_bound: {build_ms:.1f}")

    huge = Routine("Huge", tuple(exercise(f"e{k}", 20, 100, 20, 1.0) for k in range(100)))
    huge_size = session_size(huge)
    assert not huge_size.within_bounds
    print(f"huge: {huge_size.segments:,} segments, {huge_size.seconds / 3600:,.0f} h")
    print(f"measure_ms_huge: {median_ms(lambda: session_size(huge)):.2f}")

    with tempfile.TemporaryDirectory(prefix="homestretch-bench-") as tmp:
        path = Path(tmp) / "huge.yaml"
        path.write_text(huge_text(), encoding="utf-8")

        def refuse() -> None:
            try:
                load_routine(path)
            except RoutineError:
                return
            raise AssertionError("the huge routine was not refused")

        validate_ms = median_ms(refuse)
    print(f"validate_ms_huge: {validate_ms:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
