from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from homestretch import colours
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.pose import Figure, Scene, SecondView, key_frames, load_figure, pose_at
from homestretch.core.routine import Exercise, Side, load_routine
from homestretch.core.timeline import SegmentKind, build_timeline
from homestretch.ui.figure import (
    BOTH_COLOUR,
    FURNITURE_COLOUR,
    LEFT_COLOUR,
    RESTING_COLOUR,
    RIGHT_COLOUR,
    render_image,
    split_rect,
)
from homestretch.ui.main_window import MainWindow
from homestretch.ui.session_view import IllustrationArea
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow

ROUTINE = load_routine(BUNDLED_ROUTINE)
FIGURES: dict[str, Figure] = {
    e.id: load_figure(ASSETS_DIR / "figures" / f"{e.id}.yaml") for e in ROUTINE.exercises
}
SIZES = {"small": (160, 120), "medium": (480, 360), "large": (1600, 1200)}
PANEL_COLOUR = QColor(colours.PANEL)


def ink_pixels(image: QImage) -> int:
    """Pixels that are not the white background (sampled on a grid for speed)."""
    step = max(1, image.width() // 200)
    white = QColor("white").rgb()
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) != white
    )


def colour_pixels(image: QImage, colour: QColor) -> int:
    step = max(1, image.width() // 200)
    target = colour.rgb()
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == target
    )


@pytest.fixture
def save_frame(tmp_path: Path) -> Callable[[QImage, str], None]:
    def save(image: QImage, name: str) -> None:
        path = tmp_path / f"{name}.png"
        assert image.save(str(path))
        extra = os.environ.get("HOMESTRETCH_SCREENSHOTS")
        if extra:
            Path(extra, "figures").mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(extra, "figures", path.name))

    return save


@pytest.mark.parametrize("exercise_id", list(FIGURES))
@pytest.mark.parametrize("size", list(SIZES))
def test_every_figure_renders_a_picture_at_every_size(
    qapp: object, exercise_id: str, size: str, save_frame: Callable[[QImage, str], None]
) -> None:
    figure = FIGURES[exercise_id]
    both = exercise_id == "knee-pats"
    start, end = key_frames(figure)
    width, height = SIZES[size]
    images = {}
    for name, pose in (("start", start), ("end", end)):
        for side in (Side.RIGHT, Side.LEFT):
            image = render_image(figure, pose, width, height, side=side, both_legs=both)
            samples = (width // max(1, width // 200)) * (height // max(1, width // 200))
            assert ink_pixels(image) > samples * 0.02, f"{name} {side} is nearly empty"
            images[name, side] = image
            save_frame(image, f"{exercise_id}-{size}-{name}-{side}")
    if not both:
        assert images["start", Side.RIGHT] != images["start", Side.LEFT]
        assert colour_pixels(images["start", Side.RIGHT], RIGHT_COLOUR) > 0
        assert colour_pixels(images["start", Side.LEFT], LEFT_COLOUR) > 0
        assert colour_pixels(images["start", Side.RIGHT], LEFT_COLOUR) == 0
    if figure.hands.value == "none":
        assert images["start", Side.RIGHT] != images["end", Side.RIGHT]


def test_the_session_shows_the_moving_figure_on_the_working_side(
    qtbot: QtBot, make_window: MakeWindow, save_frame: Callable[[QImage, str], None]
) -> None:
    clock = FakeClock()
    window: MainWindow = make_window(clock=clock, speed=1.0)
    window.start_session()
    area = window.session_view.illustration
    assert area.shows_figure()
    assert area.side is Side.RIGHT
    straighten = window._timeline.segments[1]  # type: ignore[union-attr]
    poses = []
    for _ in range(round((straighten.end + 0.5) * 2)):
        clock.advance(0.5)
        window.driver._wake()  # type: ignore[union-attr]
        window._animate()
        if window._segment is straighten:
            poses.append(area.pose)
    assert len(set(poses)) >= 3  # the leg moved through the phase
    save_frame(area.grab().toImage(), "session-straighten-right")


def test_reduce_motion_keeps_the_picture_still_within_a_phase(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window: MainWindow = make_window(clock=clock, speed=1.0)
    window.reduce_motion_action.setChecked(True)
    window.start_session()
    area = window.session_view.illustration
    poses = []
    for _ in range(40):
        clock.advance(0.25)
        window.driver._wake()  # type: ignore[union-attr]
        window._animate()
        if window._segment is not None and window._segment.phase == "straighten":
            poses.append(area.pose)
    assert poses
    assert len(set(poses)) == 1
    assert window.settings.reduce_motion


def write_png(path: Path) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(path))


def test_a_routine_picture_is_shown_and_a_broken_one_gives_a_placeholder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    write_png(tmp_path / "knee.png")
    (tmp_path / "knee.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='30'>"
        "<rect width='40' height='30' fill='orange'/></svg>"
    )
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really")
    exercise = ROUTINE.exercises[0]
    area = IllustrationArea()
    qtbot.addWidget(area)
    area.resize(400, 300)
    orange = QColor("orange").rgb()
    for name in ("knee.png", "knee.svg"):
        area.show_exercise(exercise, None, tmp_path / name)
        image = area.grab().toImage()
        assert image.pixel(200, 150) == orange, name
    area.show_exercise(exercise, None, tmp_path / "broken.png")
    assert area._caption == "(the picture could not be shown)"
    image = area.grab().toImage()
    assert image.pixel(200, 150) != orange


def test_no_picture_gives_the_position_as_placeholder(qtbot: QtBot) -> None:
    area = IllustrationArea()
    qtbot.addWidget(area)
    area.show_exercise(ROUTINE.exercises[1], None, None)
    assert area._placeholder == "Lying face down"
    assert not area.shows_figure()
    area.resize(300, 200)
    assert not area.grab().toImage().isNull()


# --------------------------------------------------------------------------- format 2 pictures


def colour_distance(a: QColor, b: QColor) -> float:
    return float(
        ((a.red() - b.red()) ** 2 + (a.green() - b.green()) ** 2 + (a.blue() - b.blue()) ** 2)
        ** 0.5
    )


def exercise_of(exercise_id: str) -> Exercise:
    return next(e for e in ROUTINE.exercises if e.id == exercise_id)


def crop(image: QImage, rect: QRectF) -> QImage:
    return image.copy(rect.toAlignedRect())


def test_the_resting_leg_is_drawn_in_its_own_colour_not_the_chairs(qapp: object) -> None:
    for colour in (LEFT_COLOUR, RIGHT_COLOUR, BOTH_COLOUR, FURNITURE_COLOUR):
        assert colour_distance(RESTING_COLOUR, colour) > 90
    figure = FIGURES["sitting-knee-extension"]
    image = render_image(figure, figure.poses["end"], 480, 360, side=Side.RIGHT)
    assert colour_pixels(image, RESTING_COLOUR) > 40  # the resting shin, down to the floor
    assert colour_pixels(image, FURNITURE_COLOUR) > 40  # the chair is there too
    # The resting leg hangs in front of the chair's front leg: its colour, not the chair's,
    # is what shows along the shin below the seat.
    column = [image.pixelColor(x, y) for y in range(200, 330) for x in range(0, 480, 2)]
    assert sum(1 for c in column if c.rgb() == RESTING_COLOUR.rgb()) > 40


@pytest.mark.parametrize("exercise_id", list(FIGURES))
def test_a_second_view_is_drawn_for_what_the_side_view_cannot_show(
    qapp: object, exercise_id: str, save_frame: Callable[[QImage, str], None]
) -> None:
    figure = FIGURES[exercise_id]
    both = exercise_id == "knee-pats"
    image = render_image(figure, figure.key_pose(), 640, 480, side=Side.RIGHT, both_legs=both)
    save_frame(image, f"{exercise_id}-key-moment")
    panel = colour_pixels(image, PANEL_COLOUR)
    expected = {
        "knee-pats": SecondView.FRONT,
        "patella-massage": SecondView.KNEE,
        "calf-finger-push": SecondView.CALF,
        "prone-knee-bend": SecondView.ARMS,
    }.get(exercise_id, SecondView.NONE)
    assert figure.second_view is expected
    if expected is SecondView.NONE:
        assert panel == 0
        return
    assert panel > ink_pixels(image) * 0.1
    side, detail = split_rect(QRectF(0, 0, 640, 480), figure)
    assert detail is not None
    assert not side.intersects(detail)
    if expected is not SecondView.ARMS:  # the leg the hands work on, in the side's colour
        leg = BOTH_COLOUR if both else RIGHT_COLOUR
        assert colour_pixels(crop(image, detail), leg) > 20


@pytest.mark.parametrize(
    ("exercise_id", "times"),
    [
        ("calf-finger-push", ((0.0, 0.0), (0.5, 2.5), (1.0, 5.0))),  # progress, seconds
        ("patella-massage", ((0.0, 0.0), (0.01, 0.2), (0.02, 0.4))),  # palms circling
    ],
)
def test_the_close_up_moves_with_the_side_view(
    qapp: object, exercise_id: str, times: tuple[tuple[float, float], ...]
) -> None:
    figure = FIGURES[exercise_id]
    exercise = exercise_of(exercise_id)
    segment = next(
        s for s in build_timeline(ROUTINE).segments if s.exercise_id == exercise_id and s.phase
    )
    details = set()
    for progress, elapsed in times:
        pose = pose_at(figure, exercise, segment, progress, elapsed)
        image = render_image(figure, pose, 640, 480, side=Side.RIGHT)
        _, detail = split_rect(QRectF(0, 0, 640, 480), figure)
        assert detail is not None
        details.add(bytes(crop(image, detail).constBits()))
    assert len(details) == len(times)


def test_knee_pats_from_the_front_show_both_fists_on_both_knees(
    qapp: object, save_frame: Callable[[QImage, str], None]
) -> None:
    figure = FIGURES["knee-pats"]
    image = render_image(figure, figure.poses["start"], 640, 480, side=None, both_legs=True)
    _, detail = split_rect(QRectF(0, 0, 640, 480), figure)
    assert detail is not None
    front = crop(image, detail)
    save_frame(front, "knee-pats-front")
    half = front.width() // 2
    ink = QColor(colours.INK).rgb()
    for left, right in ((0, half), (half, front.width())):  # a knee and a fist on each half
        green = sum(
            1
            for y in range(front.height())
            for x in range(left, right)
            if front.pixel(x, y) == BOTH_COLOUR.rgb()
        )
        dark = sum(
            1
            for y in range(front.height() // 2, front.height())
            for x in range(left, right)
            if front.pixel(x, y) == ink
        )
        assert green > 100
        assert dark > 50


def test_the_picture_has_a_spoken_description_for_screen_readers(qtbot: QtBot) -> None:
    area = IllustrationArea()
    qtbot.addWidget(area)
    exercise = exercise_of("prone-knee-bend")
    area.show_exercise(exercise, FIGURES["prone-knee-bend"], exercise.illustration)
    assert area.accessibleName() == "Picture: Prone knee bends"
    # The figure's own description says the position already: it is not said twice.
    assert area.accessibleDescription() == FIGURES["prone-knee-bend"].description
    assert "crossed arms" in area.accessibleDescription()
    area.show_frame(area.pose, Side.LEFT)  # the side, as it changes
    assert area.accessibleName() == "Picture: Prone knee bends, left leg"
    assert area.accessibleDescription() == (
        f"Working the left leg. {FIGURES['prone-knee-bend'].description}"
    )
    area.show_exercise(exercise, None, None)  # no figure: the exercise's own summary
    assert area.accessibleDescription().endswith(exercise.summary)


MAT_EXERCISES = [e for e in ROUTINE.exercises if FIGURES[e.id].scene is Scene.MAT]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(index=st.integers(0, len(MAT_EXERCISES) - 1), phase=st.integers(0, 3), t=st.floats(0, 1))
def test_no_part_of_the_body_is_drawn_below_the_mat(
    qapp: object, index: int, phase: int, t: float
) -> None:
    exercise = MAT_EXERCISES[index]
    figure = FIGURES[exercise.id]
    work = [
        s
        for s in build_timeline(ROUTINE).segments
        if s.exercise_id == exercise.id and s.kind is SegmentKind.WORK
    ]
    segment = work[phase % len(exercise.phases)]
    pose = pose_at(figure, exercise, segment, t, t * segment.seconds)
    image = render_image(figure, pose, 400, 300, side=Side.RIGHT)
    side_view, _ = split_rect(QRectF(0, 0, 400, 300), figure)
    mat = QColor(colours.MAT).rgb()
    rows = [
        y
        for y in range(int(side_view.bottom()))
        if any(image.pixel(x, y) == mat for x in range(400))
    ]
    assert rows, "the mat is drawn"
    below = [
        (x, y)
        for y in range(rows[0] + 1, int(side_view.bottom()))
        for x in range(400)
        if image.pixel(x, y) in (RIGHT_COLOUR.rgb(), RESTING_COLOUR.rgb())
    ]
    assert below == []


@pytest.mark.parametrize("width", [60.0, 90.0, 140.0, 400.0])
def test_a_second_views_caption_is_never_cut(width: float) -> None:
    """At 1024x600 the close-up's caption was cut at both ends ("-up: hands slide to the")."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    from homestretch.ui.figure import CAPTION_FLOOR_PX, CAPTIONS, fit_caption

    for text in CAPTIONS.values():
        font, flags, height = fit_caption(text, width, 16.0)
        assert font.pixelSize() >= CAPTION_FLOOR_PX
        bound = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), flags, text)
        longest_word = max(QFontMetricsF(font).horizontalAdvance(w) for w in text.split())
        if longest_word <= width:  # (a single word wider than the panel cannot be helped)
            assert bound.width() <= width + 0.5
        assert bound.height() <= height + 0.5
