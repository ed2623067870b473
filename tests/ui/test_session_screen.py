"""The session screen never contradicts itself: advice to stop, the end, pauses, rests,
notices, and the window's place on screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.events import EventKind
from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Outcome, State
from homestretch.core.routine import load_routine
from homestretch.core.settings import Settings
from homestretch.core.timeline import SegmentKind, build_timeline
from homestretch.ui.main_window import MainWindow
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        assert window.driver is not None
        window.driver._wake()


def state(window: MainWindow) -> State:
    assert window.driver is not None
    return window.driver.state


def advised(qtbot: QtBot, make_window: MakeWindow) -> tuple[MainWindow, FakeClock]:
    """A session of the bundled routine, 4 s into its first exercise, with a pain of 8
    (the routine's stop rule advises stopping from 7)."""
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    press(qtbot, window, Qt.Key.Key_Space)
    run(window, clock, TIMELINE.segments[0].seconds + 4)
    press(qtbot, window, Qt.Key.Key_8)
    assert window.driver is not None
    assert window.driver.state is State.PAUSED
    return window, clock


def events(history: HistoryLog) -> list[str]:
    (session,) = history.sessions()
    return [e.kind for e in session.events]


def test_after_advice_to_stop_the_screen_offers_ending_first_and_space_ends(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, _ = advised(qtbot, make_window)
    view = window.session_view
    assert view.advice.isVisible()
    assert "Please stop exercising now" in view.advice.text()
    # Nothing on screen says to carry on with Space.
    assert "End the session (Space)" in view.toggle_button.text()
    assert "Resume" not in view.toggle_button.text()
    assert "Press Space to carry on" not in view.next_up.text()
    assert view.next_up.text() == "Space ends the session; C carries on anyway."
    assert view.continue_button.isVisible()
    assert not view.next_button.isVisible()
    assert not view.stop_button.isVisible()
    assert view.phase.text() == "PAUSED · HOLD"  # where the patient was
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.driver is not None
    assert window.driver.state is State.FINISHED
    (session,) = history.sessions()
    assert session.ended == Outcome.STOPPED
    assert events(history) == [
        EventKind.PAIN,
        EventKind.STOP_RULE,
        EventKind.STOP_RULE_FOLLOWED,
    ]
    assert view.title.text() == "SESSION STOPPED"
    assert "✓" not in view.title.text()
    assert view.advice.isVisible()  # the advice still stands after the session


def test_enter_ends_the_session_too(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, _ = advised(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.driver is not None
    assert window.driver.state is State.FINISHED
    assert events(history)[-1] == EventKind.STOP_RULE_FOLLOWED


def test_carrying_on_is_a_deliberate_second_choice_and_is_logged(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, clock = advised(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_C)
    assert state(window) is State.RUNNING
    assert events(history)[-1] == EventKind.CONTINUED_AFTER_ADVICE
    view = window.session_view
    assert "You chose to carry on" in view.advice.text()
    assert not view.continue_button.isVisible()
    assert "Pause (Space)" in view.toggle_button.text()
    run(window, clock, 2)
    press(qtbot, window, Qt.Key.Key_Space)  # now an ordinary pause
    assert state(window) is State.PAUSED
    assert view.next_up.text() == "Paused. Press Space to carry on."
    press(qtbot, window, Qt.Key.Key_C)  # C means nothing now
    assert state(window) is State.PAUSED
    assert events(history).count(EventKind.CONTINUED_AFTER_ADVICE) == 1


def test_the_stop_question_after_advice_has_stop_as_its_default(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, _ = advised(qtbot, make_window)
    press(qtbot, window, Qt.Key.Key_Escape)
    box = window.stop_box
    assert isinstance(box, QMessageBox)
    assert box.defaultButton().text() == "Stop the session"
    press(qtbot, box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.driver is not None and window.driver.state is State.FINISHED)
    assert events(history)[-1] == EventKind.STOP_RULE_FOLLOWED


def test_without_advice_the_stop_question_keeps_going_by_default(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    press(qtbot, window, Qt.Key.Key_Space)
    run(window, clock, 3)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stop_box.defaultButton().text() == "Keep going"
    window.stop_box.reject()


def test_only_a_whole_session_gets_a_tick(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000) as finished:
        window.start_session()
    assert finished.args == [Outcome.COMPLETED]
    view = window.session_view
    assert view.title.text() == "WELL DONE ✓"
    # The header names the routine; nothing says how long is "left" or which exercise is next.
    assert view.exercise_name.text() == TIMELINE.routine.name
    assert view.session_left.text() == ""
    assert view.exercise_count.text() == ""

    window.show_routines()
    clock = FakeClock()
    window.clock = clock
    window.speed = 1.0
    window.start_session()
    run(window, clock, 3)
    assert window.driver is not None
    window.driver.stop()
    assert window.session_view.title.text() == "SESSION STOPPED"


def test_a_pain_rating_during_a_session_is_shown_once_and_only_there(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    press(qtbot, window, Qt.Key.Key_Space)
    run(window, clock, 3)
    press(qtbot, window, Qt.Key.Key_3)
    view = window.session_view
    assert view.notice.isVisible()
    assert view.notice.text() == "Pain now: 3 out of 10 (mild)."
    assert "Pain now" not in window.notice_bar.text()
    assert window.statusBar().currentMessage() == ""
    assert window.driver is not None
    window.driver.stop()
    press(qtbot, window, Qt.Key.Key_Escape)  # back to the routines
    assert window.stack.currentWidget() is window.routines_page
    assert "Pain now" not in window.notice_bar.text()
    press(qtbot, window, Qt.Key.Key_Space)  # the next session starts without it
    assert not view.notice.isVisible()
    assert not view.advice.isVisible()


def test_the_rest_before_an_exercise_shows_that_exercise(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.driver is not None
    rest = next(s for s in TIMELINE.segments if TIMELINE.is_rest_before_next(s))
    run(window, clock, rest.start + 1)
    assert window.driver.player.segment.kind is SegmentKind.REST
    view = window.session_view
    second = TIMELINE.routine.exercises[1]
    assert view.exercise_name.text() == f"Next: {second.name}"
    assert view.exercise_count.text() == "Exercise 2 of 7"
    assert view.next_up.text() == "Next: lie face down on the mat"
    assert view.steps.text().startswith(f"1. {second.steps[0]}")
    figure = view.illustration.figure
    assert figure is not None
    assert view.illustration.pose == figure.poses["start"]  # waiting in its start position
    run(window, clock, 2)
    assert view.illustration.pose == figure.poses["start"]
    run(window, clock, rest.end - rest.start)  # the exercise itself begins
    assert window.driver.player.exercise_index == 1
    assert view.exercise_name.text() == second.name  # no longer "Next: …"


def test_the_window_opens_maximised_then_where_it_was_left(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    fresh = MainWindow(window.paths, settings=Settings(), load_routines=False)
    qtbot.addWidget(fresh)
    fresh.show_placed()
    qtbot.waitExposed(fresh)
    assert fresh.windowState() & Qt.WindowState.WindowMaximized
    fresh.showNormal()
    fresh.setGeometry(QRect(0, 30, 800, 500))  # (the offscreen screen is 800x800)
    QApplication.processEvents()
    fresh.close()
    saved = fresh.settings.window
    assert saved
    assert not QByteArray.fromBase64(saved.encode("ascii")).isEmpty()

    again = MainWindow(window.paths, settings=fresh.settings, load_routines=False)
    qtbot.addWidget(again)
    again.show_placed()
    qtbot.waitExposed(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.size().toTuple() == (800, 500)
