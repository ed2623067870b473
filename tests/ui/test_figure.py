from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE
from homestretch.core.pose import Figure, key_frames, load_figure
from homestretch.core.routine import Side, load_routine
from homestretch.ui.figure import LEFT_COLOUR, RIGHT_COLOUR, render_image
from homestretch.ui.main_window import MainWindow
from homestretch.ui.session_view import IllustrationArea
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow

ROUTINE = load_routine(BUNDLED_ROUTINE)
FIGURES: dict[str, Figure] = {
    e.id: load_figure(ASSETS_DIR / "figures" / f"{e.id}.yaml") for e in ROUTINE.exercises
}
SIZES = {"small": (160, 120), "medium": (480, 360), "large": (1600, 1200)}


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
