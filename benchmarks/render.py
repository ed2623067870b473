#!/usr/bin/env python3
"""How long one frame of an animated exercise figure takes to draw.

For every bundled figure (``assets/figures/*.yaml``) the script takes the
exercise of the bundled routine that uses it and the WORK segments of that
exercise from :func:`build_timeline`: one rep's phases (or the timed work) on
the right leg and the same on the left. It steps ``progress`` from 0 to 1
through each segment (``elapsed`` = progress x the segment's length, so hand
tapping and rubbing keep their rhythm) and, for each step, times with
``time.perf_counter`` what the window does on an animation tick: compute the
pose with :func:`pose_at`, clear an 800x600 ``QImage`` (ARGB32 premultiplied,
allocated once, as a widget's backing store is) and draw the pose into it with
:func:`paint_figure` (antialiased, mirrored for the left leg). An exercise for
both legs at once (knee pats) is drawn with ``both_legs`` as in a session, and
also for both sides, though a session never mirrors it. Every frame is drawn
once, untimed, as a warm-up before the timed pass.

Prints count, median, p95 and worst per figure, then the same over all frames.
Last line: ``render_ms: N``, the 95th percentile over all frames in
milliseconds. Target: under 4 ms per 800x600 frame (the window animates every
33 ms, on the GUI thread). The p95 rather than the worst is the headline
because a single frame can be delayed by the scheduler or another process; the
worst is printed too.

Usage: ``benchmarks/render.py [--steps N]`` (progress steps per segment,
default 101). Draws offscreen (``QT_QPA_PLATFORM=offscreen``) unless
``QT_QPA_PLATFORM`` is set.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.pose import Figure, load_figure, pose_at
from homestretch.core.routine import Exercise, Side, Sides, load_routine
from homestretch.core.timeline import Segment, SegmentKind, build_timeline
from homestretch.ui.figure import paint_figure

WIDTH = 800
HEIGHT = 600
DEFAULT_STEPS = 101
TARGET_MS = 4.0
SIDES = (Side.RIGHT, Side.LEFT)


@dataclass(frozen=True)
class Frame:
    """One animation tick: where in which segment, drawn for which side."""

    segment: Segment
    progress: float
    side: Side


@dataclass(frozen=True)
class Subject:
    """A bundled figure with the exercise that uses it and the frames to draw."""

    name: str
    figure: Figure
    exercise: Exercise
    frames: tuple[Frame, ...]


# --------------------------------------------------------------------------- the frames


def one_rep(segments: Sequence[Segment], side: Side | None) -> list[Segment]:
    """The WORK segments of the first rep of the first set on ``side``."""
    return [s for s in segments if s.side is side and s.set in (None, 1) and s.rep in (None, 1)]


def make_frames(exercise: Exercise, work: Sequence[Segment], steps: int) -> tuple[Frame, ...]:
    """``steps`` progress values through each segment of one rep, for each side."""
    frames: list[Frame] = []
    for side in SIDES:
        segments = one_rep(work, side if exercise.one_sided else None)
        if not segments:
            raise LookupError(f"no WORK segments for {exercise.id} on the {side} side")
        for segment in segments:
            frames += [Frame(segment, i / (steps - 1), side) for i in range(steps)]
    return tuple(frames)


def subjects(steps: int) -> list[Subject]:
    """Every bundled figure, paired with the bundled exercise that shows it."""
    routine = load_routine(BUNDLED_ROUTINE)
    timeline = build_timeline(routine)
    by_path: dict[Path, int] = {
        e.illustration.resolve(): k
        for k, e in enumerate(routine.exercises)
        if e.illustration is not None
    }
    found: list[Subject] = []
    for path in sorted((ASSETS_DIR / "figures").glob("*.yaml")):
        index = by_path.get(path.resolve())
        if index is None:
            raise LookupError(f"{path.name} is not used by the bundled routine")
        exercise = routine.exercises[index]
        work = [
            s for s in timeline.segments if s.exercise_index == index and s.kind is SegmentKind.WORK
        ]
        found.append(
            Subject(path.stem, load_figure(path), exercise, make_frames(exercise, work, steps))
        )
    return found


# --------------------------------------------------------------------------- the drawing


def draw(image: QImage, subject: Subject, frame: Frame) -> None:
    """What one animation tick costs: the pose, then the picture."""
    segment = frame.segment
    pose = pose_at(
        subject.figure,
        subject.exercise,
        segment,
        frame.progress,
        frame.progress * segment.seconds,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_figure(
            painter,
            QRectF(0, 0, WIDTH, HEIGHT),
            subject.figure,
            pose,
            side=frame.side,
            both_legs=subject.exercise.sides is Sides.BOTH,
        )
    finally:
        painter.end()


def time_frames(image: QImage, subject: Subject) -> list[float]:
    """Milliseconds for each of the subject's frames."""
    times: list[float] = []
    for frame in subject.frames:
        start = time.perf_counter()
        draw(image, subject, frame)
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summary(times: Sequence[float]) -> str:
    return (
        f"{len(times):5d} frames; median {statistics.median(times):.2f} ms, "
        f"p95 {percentile(times, 0.95):.2f} ms, worst {max(times):.2f} ms"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--steps",
        type=int,
        default=DEFAULT_STEPS,
        help=f"progress steps through each segment, 0 to 1 (default {DEFAULT_STEPS})",
    )
    args = parser.parse_args(argv)
    if not 2 <= args.steps <= 10_000:
        parser.error("--steps must be from 2 to 10000")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    assert isinstance(app, QGuiApplication)

    try:
        found = subjects(args.steps)
    except LookupError as exc:
        print(f"render: {exc}", file=sys.stderr)
        return 1
    if not found:
        print("render: no bundled figures found", file=sys.stderr)
        return 1

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    for subject in found:  # warm-up: every frame once, untimed
        for frame in subject.frames:
            draw(image, subject, frame)

    print(
        f"platform: {QGuiApplication.platformName()}; {WIDTH}x{HEIGHT} frames, "
        f"{args.steps} progress steps per segment, right and left side"
    )
    everything: list[float] = []
    width = max(len(s.name) for s in found)
    for subject in found:
        times = time_frames(image, subject)
        everything += times
        print(f"{subject.name:<{width}}  {summary(times)}")
    p95 = percentile(everything, 0.95)
    print(f"{'all':<{width}}  {summary(everything)}")
    print(f"target: p95 under {TARGET_MS:g} ms: {'met' if p95 < TARGET_MS else 'NOT met'}")
    print(f"render_ms: {p95:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
