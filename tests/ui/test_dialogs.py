"""The warning dialog: however many problems a routine file has, it fits a small screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.ui.dialogs import WarningDialog
from tests.ui.conftest import MakeWindow

SMALL_SCREEN = (1024, 600)
"""A small netbook or a tablet in landscape."""
TITLE_BAR = 40
"""Room left for the window manager's title bar (the offscreen platform draws none)."""


def broken_routine(exercises: int) -> str:
    """A routine whose every exercise has two problems: a misspelt key and so a missing one."""
    lines = ["schema: 1", "name: Many problems", "exercises:"]
    for k in range(exercises):
        lines += [
            f"  - id: exercise-{k}",
            f"    name: Exercise {k}",
            "    position: sitting",
            "    summary: Something to do with a rather long summary that goes on.",
            "    steps: [Do it]",
            "    rpes: 5",
            "    phases: [{name: up, seconds: 2}]",
        ]
    return "\n".join(lines) + "\n"


def opened_warning(qtbot: QtBot, make_window: MakeWindow, path: Path) -> WarningDialog:
    window = make_window()
    assert not window.add_routine(path)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, WarningDialog)
    qtbot.waitExposed(box)
    return box


@pytest.mark.parametrize("exercises", [10, 500])
def test_a_long_list_of_problems_scrolls_in_a_box_that_fits_a_small_screen(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, exercises: int
) -> None:
    path = tmp_path / ("long-named-routine-" * 8 + ".yaml")
    path.write_text(broken_routine(exercises))
    box = opened_warning(qtbot, make_window, path)

    problems = box.details.toPlainText().splitlines()
    assert len(problems) == 2 * exercises
    assert problems[0] == f"{path}:4:5: an exercise with 'phases' needs 'reps'"
    assert box.message.text() == f"This routine file has {2 * exercises} problems:"
    width, height = SMALL_SCREEN
    frame = box.frameGeometry()
    assert frame.height() + TITLE_BAR <= height
    assert frame.width() <= width
    # The details scroll; the message and the OK button stay in view.
    assert box.details.verticalScrollBar().maximum() > 0
    assert box.details.height() >= 5 * box.details.fontMetrics().lineSpacing()
    for widget in (box.message, box.buttons):
        assert widget.isVisible()
        assert box.rect().contains(widget.geometry())
    box.accept()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_warning_without_details_has_no_empty_box(qtbot: QtBot) -> None:
    box = WarningDialog(None, title="T", text="It could not be copied.", details="", font_px=18)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert not box.details.isVisible()
    assert box.height() < 200
