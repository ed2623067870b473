#!/usr/bin/env python3
"""How late the session timer reaches segment boundaries on a busy machine.

Plays a generated routine of many short, irregular segments (phases of
0.3-1.7 s, a little over 60 s in all) with the real :class:`Player` on the real
clock (``time.monotonic``), while a second thread keeps the interpreter busy
with pure-Python work the whole time. The driver loop does what the window's
timer does: it sleeps until the player's next deadline (but never more than
0.25 s), then calls ``player.update()``. It never counts ticks.

For every boundary the player reports ``late_by``: how long after the
boundary's exact deadline the update that noticed it ran. The script also
compares when the session's end was reached with start + planned total.

Last line: ``timer_drift_ms: N``, the worst lateness of any segment boundary
in milliseconds. Target: under 20 ms.

Usage: ``benchmarks/timer_drift.py [--seconds S]`` (default 60; a shorter
session is only for a quick smoke run).
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from homestretch.core.paths import ASSETS_DIR
from homestretch.core.player import Event, Player, SegmentStarted, State
from homestretch.core.routine import Routine, parse_routine
from homestretch.core.timeline import SegmentKind, Timeline, build_timeline

DEFAULT_SECONDS = 60.0
MAX_SLEEP = 0.25
"""The driver wakes at least this often, as the window's timer does."""
SHORTEST = 0.3
LONGEST = 1.7
SEED = 20240611
TARGET_MS = 20.0
OVERSHOOT = 3.0
"""The generated session lasts from the asked length to this much more, if it can."""

_POSITIONS = ("sitting", "standing", "lying-face-down", "lying-on-back", "lying-on-side")
_SIDES = ("none", "both", "alternating", "each")


# --------------------------------------------------------------------------- the routine


def _secs(rng: random.Random, low: float = SHORTEST, high: float = LONGEST) -> str:
    """An irregular duration, written plainly as the format wants (``0.73``)."""
    return f"{rng.uniform(low, high):.2f}"


def _exercise_yaml(rng: random.Random, number: int) -> str:
    sides = rng.choice(_SIDES)
    lines = [
        f"  - id: drill-{number:03d}",
        f"    name: Drill {number}",
        f"    position: {rng.choice(_POSITIONS)}",
        f"    summary: Short drill number {number} for the timer benchmark.",
        "    steps:",
        "      - Move when the timer says so.",
        f"    prepare_seconds: {_secs(rng)}",
        f"    rest_after: {_secs(rng)}",
        f"    sides: {sides}",
    ]
    if sides in ("alternating", "each"):
        lines.append(f"    first_side: {rng.choice(('left', 'right'))}")
        lines.append(f"    rest_between_sides: {_secs(rng, 1.0)}")  # the format's minimum is 1
    if rng.random() < 0.3:
        lines.append("    sets: 2")
        lines.append(f"    rest_between_sets: {_secs(rng)}")
    if rng.random() < 0.2:
        lines.append(f"    work: {{ seconds: {_secs(rng)}, name: hold }}")
    else:
        lines.append(f"    reps: {rng.randint(1, 3)}")
        rest_reps = _secs(rng) if rng.random() < 0.5 else "0"
        lines.append(f"    rest_between_reps: {rest_reps}")
        lines.append("    phases:")
        for p in range(rng.randint(1, 3)):
            lines.append(f"      - {{ name: phase {p + 1}, seconds: {_secs(rng)} }}")
    return "\n".join(lines)


def _parse(exercises: Sequence[str]) -> Routine:
    header = [
        "schema: 1",
        "name: Timer drift benchmark",
        f"prepare_seconds: {SHORTEST}",
        f"rest_between_exercises: {SHORTEST}",
        "exercises:",
    ]
    text = "\n".join([*header, *exercises]) + "\n"
    return parse_routine(text, label="timer-drift.yaml", base_dir=Path.cwd(), assets_dir=ASSETS_DIR)


def make_timeline(seconds: float, seed: int = SEED) -> Timeline:
    """Add generated exercises until the session lasts at least ``seconds``, but not much more."""
    rng = random.Random(seed)
    exercises: list[str] = []
    while True:
        for _ in range(100):  # redraw an exercise that would overshoot by more than OVERSHOOT
            candidate = _exercise_yaml(rng, len(exercises) + 1)
            timeline = build_timeline(_parse([*exercises, candidate]))
            if timeline.total_seconds < seconds + OVERSHOOT:
                break
        exercises.append(candidate)
        if timeline.total_seconds >= seconds:
            return timeline


# --------------------------------------------------------------------------- the load


@dataclass
class BusyLoad:
    """A thread that runs pure-Python arithmetic until stopped, holding the GIL between switches."""

    batches: int = 0
    stop_flag: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def _run(self) -> None:
        x = 1
        while not self.stop_flag.is_set():
            for _ in range(10_000):
                x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
            self.batches += 1

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="busy-load", daemon=True)
        self.thread.start()

    def stop(self) -> bool:
        """Stop the thread; True if it was still running until now."""
        assert self.thread is not None
        alive = self.thread.is_alive()
        self.stop_flag.set()
        self.thread.join()
        return alive


# --------------------------------------------------------------------------- the run


class RecordingClock:
    """``time.monotonic``, remembering its first reading (the session's start)."""

    def __init__(self) -> None:
        self.first: float | None = None

    def __call__(self) -> float:
        now = time.monotonic()
        if self.first is None:
            self.first = now
        return now


@dataclass(frozen=True)
class Boundary:
    index: int
    kind: SegmentKind
    planned: float
    """Seconds into the session."""
    late_by: float
    """As reported by the player."""
    seen_at: float
    """The clock when the listener received the event."""


def drive(player: Player) -> None:
    """The driver loop: sleep until the next deadline (at most MAX_SLEEP), then update."""
    player.start()
    while player.state is State.RUNNING:
        now = time.monotonic()
        deadline = player.next_deadline()
        assert deadline is not None
        wake = min(deadline, now + MAX_SLEEP)
        if wake > now:
            time.sleep(wake - now)
        player.update()


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--seconds",
        type=float,
        default=DEFAULT_SECONDS,
        help=f"session length to aim for (default {DEFAULT_SECONDS:g}; less only for a smoke run)",
    )
    args = parser.parse_args(argv)
    if not 0 < args.seconds <= 3600:
        parser.error("--seconds must be more than 0 and at most 3600")

    timeline = make_timeline(args.seconds)
    routine = timeline.routine
    segments = timeline.segments
    lengths = [s.seconds for s in segments if s.kind is not SegmentKind.DONE]
    print(
        f"routine: {len(routine.exercises)} exercises, {len(segments)} segments "
        f"({min(lengths):.2f}-{max(lengths):.2f} s each), {timeline.total_seconds:.2f} s planned"
    )

    clock = RecordingClock()
    player = Player(timeline, clock)
    boundaries: list[Boundary] = []
    done_at: list[float] = []

    def listen(event: Event) -> None:
        if not isinstance(event, SegmentStarted):
            return
        seen = time.monotonic()
        segment = event.segment
        boundaries.append(Boundary(segment.index, segment.kind, segment.start, event.late_by, seen))
        if segment.kind is SegmentKind.DONE:
            done_at.append(seen)

    player.subscribe(listen)
    load = BusyLoad()
    load.start()
    try:
        drive(player)
    finally:
        load_ran_throughout = load.stop()

    start = clock.first
    indexes = [b.index for b in boundaries]
    problems: list[str] = []
    if player.state is not State.FINISHED:
        problems.append(f"the session ended {player.state}, not finished")
    if indexes != list(range(len(segments))):
        problems.append(f"segment events out of order or missing: {indexes}")
    if not done_at or start is None:
        problems.append("the end of the session was never reached")
    if not load_ran_throughout:
        problems.append("the busy thread stopped before the session ended")
    if problems:
        for problem in problems:
            print(f"timer_drift: {problem}", file=sys.stderr)
        return 1
    assert start is not None

    crossed = [b for b in boundaries if b.index > 0]  # segment 0 starts with start(), on time
    late_ms = [b.late_by * 1000 for b in crossed]
    observed_ms = [(b.seen_at - (start + b.planned)) * 1000 for b in crossed]
    drift_ms = (done_at[0] - (start + timeline.total_seconds)) * 1000
    half = len(late_ms) // 2
    print(
        f"load: a pure-Python thread ran the whole session ({load.batches} batches of "
        f"10000 steps; switch interval {sys.getswitchinterval() * 1000:g} ms)"
    )
    print(
        f"boundaries: {len(late_ms)}; late_by mean {statistics.fmean(late_ms):.2f} ms, "
        f"median {statistics.median(late_ms):.2f} ms, p99 {percentile(late_ms, 0.99):.2f} ms, "
        f"max {max(late_ms):.2f} ms"
    )
    if half:
        print(
            f"no build-up: mean late_by {statistics.fmean(late_ms[:half]):.2f} ms in the first "
            f"half, {statistics.fmean(late_ms[half:]):.2f} ms in the second"
        )
    print(f"cross-check: listener saw boundaries at most {max(observed_ms):.2f} ms late")
    print(
        f"end: done at +{done_at[0] - start:.4f} s vs planned {timeline.total_seconds:.4f} s, "
        f"drift {drift_ms:+.2f} ms; player done_seconds {player.done_seconds():.4f}"
    )
    worst = max(late_ms)
    print(f"target: under {TARGET_MS:g} ms: {'met' if worst < TARGET_MS else 'NOT met'}")
    print(f"timer_drift_ms: {worst:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
