"""Start one exercise of the selected routine alone, by keyboard or double-click."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.player import ExerciseStatus, Outcome, State
from homestretch.core.stats import counts
from homestretch.documents.report import write_report
from homestretch.ui.main_window import MainWindow
from homestretch.ui.routines_page import EXERCISE_ROLE
from tests.helpers import FakeClock, pdf_text
from tests.ui.conftest import MakeWindow


def run_to_end(window: MainWindow, clock: FakeClock, limit: float = 600.0) -> None:
    """Let session time pass, waking the driver every half second as its timer would."""
    driver = window.driver
    assert driver is not None
    for _ in range(round(limit * 2)):
        if driver.session.state is State.FINISHED:
            return
        clock.advance(0.5)
        driver._wake()
    raise AssertionError(f"the session did not end within {limit} s")


def focus_exercises(qtbot: QtBot, window: MainWindow) -> QListWidget:
    """Tab from the routine list to the exercise list, as a keyboard user would."""
    page = window.routines_page
    page.list.setFocus()
    for _ in range(8):
        if page.exercises.hasFocus():
            return page.exercises
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
    raise AssertionError("Tab never reaches the exercise list")


def test_knee_pats_alone_by_keyboard_is_logged_and_counted_apart(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, tmp_path: Path
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    page = window.routines_page
    entry = page.selected()
    assert entry is not None
    assert entry.bundled
    assert entry.routine is not None
    routine = entry.routine
    knee = [e.name for e in routine.exercises].index("Knee pats")
    assert knee > 0  # (so the keyboard has somewhere to go)
    exercises = focus_exercises(qtbot, window)
    assert [exercises.item(k).text().split(". ", 1)[1].split(" — ")[0] for k in range(7)] == [
        e.name for e in routine.exercises
    ]
    while exercises.currentItem().data(EXERCISE_ROLE) != knee:
        qtbot.keyClick(exercises, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    assert exercises.currentItem().text().startswith(f"{knee + 1}. Knee pats — ")

    qtbot.keyClick(exercises, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.driver is not None)
    assert window.stack.currentWidget() is window.session_view
    session = window.session
    assert session is not None
    assert [e.name for e in session.timeline.routine.exercises] == ["Knee pats"]
    run_to_end(window, clock)

    (logged,) = history.sessions()
    assert logged.single_exercise
    assert logged.ended is Outcome.COMPLETED
    assert [(e.exercise_id, e.status) for e in logged.exercises] == [
        (routine.exercises[knee].id, ExerciseStatus.COMPLETED)
    ]
    assert not counts(logged)

    window.show_routines()
    window.show_history()
    view = window.history_view
    assert view is not None
    assert window.stack.currentWidget() is view
    model = view.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, model.ROUTINE)) == f"{routine.name} (Knee pats only)"
    assert all(not month.marked_days() for month in view.months)  # not a routine's day
    assert view.streak_label.text() == "Current streak: 0 days"
    assert [(r.exercise_id, r.completed) for r in view.rates] == [(routine.exercises[knee].id, 1)]
    assert date.today() not in {d for m in view.months for d in m.marked_days()}

    # The report lists it, marked, and it is none of the routine's sessions.
    today = date.today()
    report = write_report(history, today, today, tmp_path / "r.pdf", today=today)
    text = pdf_text(report, drawn_order=True)
    assert "completed (Knee pats only)" in text
    assert "0 of 1 prescribed session" in text


def test_a_double_click_starts_that_exercise_and_space_still_the_whole_routine(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    page = window.routines_page
    entry = page.selected()
    assert entry is not None
    assert entry.routine is not None
    exercises = page.exercises
    last = exercises.count() - 1
    exercises.scrollToItem(exercises.item(last))
    where = exercises.visualItemRect(exercises.item(last)).center()
    qtbot.mouseClick(exercises.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    assert window.driver is None  # (one click only chooses it)
    qtbot.mouseDClick(exercises.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.driver is not None)
    session = window.session
    assert session is not None
    assert session.timeline.routine.exercises == (entry.routine.exercises[last],)
    assert window.recorder is not None
    assert window.recorder.single_exercise
    run_to_end(window, clock)

    window.show_routines()
    qtbot.keyClick(page.list, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: window.session is not session)
    assert window.session is not None
    assert window.session.timeline.routine is entry.routine
    assert window.recorder is not None
    assert not window.recorder.single_exercise
