#!/usr/bin/env python3
"""Draw the bundled routine's exercise figures, without a screen.

With no options: the seven exercises at their key moment, side by side, into
docs/exercises.png (run it again after changing a figure in assets/figures/).

``--frames DIR``: for each exercise, one strip of frames across its first rep
(the start, middle and end of each phase; for timed hand work, the first
seconds at five frames a second), saved as ``DIR/<exercise id>-frames.png``.

Run it with the Homestretch environment's Python:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_exercises.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from homestretch import colours
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.pose import Figure, Pose, load_figure, pose_at
from homestretch.core.routine import Exercise, Sides, load_routine
from homestretch.core.timeline import SegmentKind, build_timeline
from homestretch.ui.figure import paint_figure

OUT = Path(__file__).resolve().parent.parent / "docs" / "exercises.png"
CELL_WIDTH, CELL_HEIGHT, TITLE = 520, 360, 40
COLUMNS = 4


def draw_cell(
    painter: QPainter,
    rect: QRectF,
    title: str,
    exercise: Exercise,
    figure: Figure,
    pose: Pose,
) -> None:
    font = QFont()
    font.setPixelSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colours.INK))
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), TITLE), Qt.AlignmentFlag.AlignCenter, title
    )
    both = exercise.sides is Sides.BOTH
    paint_figure(
        painter,
        QRectF(rect.left() + 8, rect.top() + TITLE, rect.width() - 16, rect.height() - TITLE - 8),
        figure,
        pose,
        side=None if both else exercise.first_side,
        both_legs=both,
    )


def sheet(pictures: Sequence[tuple[str, Exercise, Figure, Pose]], columns: int) -> QImage:
    rows = (len(pictures) + columns - 1) // columns
    image = QImage(columns * CELL_WIDTH, rows * CELL_HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for index, (title, exercise, figure, pose) in enumerate(pictures):
            row, column = divmod(index, columns)
            rect = QRectF(column * CELL_WIDTH, row * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT)
            draw_cell(painter, rect, title, exercise, figure, pose)
    finally:
        painter.end()
    return image


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=OUT, help=f"the picture (default {OUT})")
    parser.add_argument("--frames", type=Path, help="also save frame strips in this folder")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    assert isinstance(app, QGuiApplication)

    routine = load_routine(BUNDLED_ROUTINE)
    timeline = build_timeline(routine)
    figures: list[tuple[Exercise, Figure]] = []
    for exercise in routine.exercises:
        if exercise.illustration is None or exercise.illustration.suffix != ".yaml":
            print(f"render_exercises: {exercise.id} has no figure", file=sys.stderr)
            return 1
        figures.append((exercise, load_figure(exercise.illustration)))

    pictures = [
        (f"{n}. {exercise.name}", exercise, figure, figure.key_pose())
        for n, (exercise, figure) in enumerate(figures, 1)
    ]
    sheet(pictures, COLUMNS).save(str(args.out))
    print(args.out)

    if args.frames is not None:
        args.frames.mkdir(parents=True, exist_ok=True)
        for index, (exercise, figure) in enumerate(figures):
            work = [
                s
                for s in timeline.segments
                if s.exercise_index == index and s.kind is SegmentKind.WORK
            ][: len(exercise.phases)]
            frames = []
            for segment in work:
                if len(work) == 1:  # timed hand work: the first seconds, a few times a second
                    moments = [k * 0.2 for k in range(9)]
                else:  # each phase's start, middle and end
                    moments = [0.0, segment.seconds / 2, segment.seconds]
                for elapsed in moments:
                    progress = elapsed / segment.seconds
                    pose = pose_at(figure, exercise, segment, progress, elapsed)
                    title = f"{segment.phase} {elapsed:.1f}/{segment.seconds:g} s"
                    frames.append((title, exercise, figure, pose))
            path = args.frames / f"{exercise.id}-frames.png"
            sheet(frames, 3).save(str(path))
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
