from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.checkin import REGIONS, STOP_ADVICE, RatingKeys, StopRule, anchor
from homestretch.core.history import HistoryLog
from homestretch.core.player import Outcome, State
from homestretch.speech.speaker import RecordingSpeaker
from homestretch.ui.main_window import MainWindow
from homestretch.ui.pain import PainMap, PainMapDialog
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow

Screenshot = Callable[[MainWindow, str], Path]


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        assert window.driver is not None
        window.driver._wake()


def test_rating_keys() -> None:
    keys = RatingKeys()
    assert keys.press(4, 0.0) == 4
    assert keys.press(1, 10.0) == 1
    assert keys.press(0, 10.5) == 10
    assert keys.press(0, 11.0) == 0  # not straight after a 1
    assert keys.press(1, 20.0) == 1
    assert keys.press(0, 22.0) == 0  # too slow for 10
    assert anchor(0) == "no pain"
    assert anchor(6) == "moderate"
    assert anchor(10) == "worst imaginable"


def test_stop_rule() -> None:
    rule = StopRule(pain_rise=2, pain_at_least=7)
    assert rule.check(3, 4) is None
    assert rule.check(3, 5) == "pain rose from 3 to 5 (the limit set is a rise of 2)"
    assert rule.check(None, 6) is None
    assert rule.check(None, 7) == "pain is 7 out of 10 (the limit set is 7)"


def test_regions_cover_both_sides_of_the_sciatic_path() -> None:
    ids = {r.id for r in REGIONS}
    for name in ("buttock", "thigh_back", "thigh_outer", "calf_outer", "knee", "foot"):
        assert {f"{name}_left", f"{name}_right"} <= ids
    assert "lower_back" in ids


def test_number_keys_before_the_session_are_logged_with_it(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, screenshot: Screenshot
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_4)
    assert window.routines_page.pain.value == 4
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_0)
    assert window.routines_page.pain.value == 10
    press(qtbot, window, Qt.Key.Key_3)
    screenshot(window, "routines-with-pain")
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_Space)
    (session,) = history.sessions()
    assert session.pain_before == 3
    assert session.ended is Outcome.COMPLETED
    assert window.routines_page.pain.value is None  # ready for the next session


def test_after_the_session_a_rating_and_a_note_are_added_to_its_record(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, screenshot: Screenshot
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    (session,) = history.sessions()
    assert session.pain_after is None  # logged the moment it ended, without waiting
    press(qtbot, window, Qt.Key.Key_2)
    assert window.session_view.pain_after.value == 2
    window.session_view.note.setFocus()
    qtbot.keyClicks(window.session_view.note, "Knee felt 5 better")  # type: ignore[no-untyped-call]
    press(qtbot, window.session_view.note, Qt.Key.Key_Return)
    screenshot(window, "finished-checkin")
    (session,) = history.sessions()
    assert session.pain_after == 2  # the digits typed in the note did not change it
    assert session.note == "Knee felt 5 better"


def start_frozen(make_window: MakeWindow) -> tuple[MainWindow, FakeClock]:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    return window, clock


def test_a_rating_at_the_limit_during_a_session_advises_stopping(
    qtbot: QtBot,
    make_window: MakeWindow,
    history: HistoryLog,
    speaker: RecordingSpeaker,
    screenshot: Screenshot,
) -> None:
    window, clock = start_frozen(make_window)
    window.start_session()
    run(window, clock, 3)
    press(qtbot, window, Qt.Key.Key_5)
    assert window.driver is not None
    assert window.driver.state is State.RUNNING
    press(qtbot, window, Qt.Key.Key_7)
    assert window.driver.state is State.PAUSED  # type: ignore[comparison-overlap]
    advice = window.session_view.advice
    assert advice.isVisible()
    assert STOP_ADVICE in advice.text()
    assert "pain is 7 out of 10" in advice.text()
    assert speaker.said[-1] == f"Your pain has gone up. {STOP_ADVICE}"
    screenshot(window, "stop-rule")
    (session,) = history.sessions()
    assert [(e.kind, e.detail) for e in session.events] == [
        ("pain", "5"),
        ("pain", "7"),
        ("stop_rule", "pain is 7 out of 10 (the limit set is 7)"),
    ]


def test_a_rise_from_the_rating_before_triggers_the_rule(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, clock = start_frozen(make_window)
    press(qtbot, window, Qt.Key.Key_2)
    window.start_session()
    run(window, clock, 2)
    press(qtbot, window, Qt.Key.Key_4)
    assert window.session_view.advice.isVisible()
    (session,) = history.sessions()
    assert session.pain_before == 2
    assert ("stop_rule", "pain rose from 2 to 4 (the limit set is a rise of 2)") in [
        (e.kind, e.detail) for e in session.events
    ]


def test_the_body_map_marks_and_clears_regions(qtbot: QtBot) -> None:
    pain_map = PainMap()
    qtbot.addWidget(pain_map)
    pain_map.resize(640, 520)
    changes: list[None] = []
    pain_map.changed.connect(lambda: changes.append(None))
    for region in ("buttock_left", "calf_outer_left", "knee_right", "lower_back"):
        centre = pain_map.region_centre(region).toPoint()
        assert pain_map.region_at(pain_map.region_centre(region)) == region
        qtbot.mouseClick(pain_map, Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[no-untyped-call]
    assert pain_map.areas() == ("buttock_left", "calf_outer_left", "knee_right", "lower_back")
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        pain_map, Qt.MouseButton.LeftButton, pos=pain_map.region_centre("knee_right").toPoint()
    )
    assert "knee_right" not in pain_map.areas()
    qtbot.mouseClick(pain_map, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # type: ignore[no-untyped-call]
    assert len(changes) == 5


@pytest.mark.parametrize("view", ["back", "front"])
def test_left_and_right_are_where_a_viewer_expects(qtbot: QtBot, view: str) -> None:
    pain_map = PainMap()
    qtbot.addWidget(pain_map)
    pain_map.resize(640, 520)
    name = "buttock" if view == "back" else "knee"
    left = pain_map.region_centre(f"{name}_left").x()
    right = pain_map.region_centre(f"{name}_right").x()
    # From behind the patient's left is on the viewer's left; from the front, on the right.
    assert (left < right) == (view == "back")


def test_areas_chosen_before_the_session_are_logged(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, _ = start_frozen(make_window)
    window.open_pain_map("before")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PainMapDialog)
    for region in ("buttock_right", "calf_outer_right"):
        qtbot.mouseClick(  # type: ignore[no-untyped-call]
            dialog.map, Qt.MouseButton.LeftButton, pos=dialog.map.region_centre(region).toPoint()
        )
    dialog.accept()
    press(qtbot, window, Qt.Key.Key_3)
    window.start_session()
    (session,) = history.sessions()
    assert session.areas_before == ("buttock_right", "calf_outer_right")
    assert session.pain_before == 3
