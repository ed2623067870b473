"""The Qt adapter over a session: its signals carry the core's enums and events."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Outcome, State
from homestretch.core.routine import load_routine
from homestretch.core.session import (
    CARRY_ON_ADVICE,
    CheckIn,
    ContinuedAnyway,
    PainRated,
    Session,
    StopAdvised,
)
from homestretch.core.timeline import build_timeline
from homestretch.ui.driver import SessionDriver
from tests.helpers import FakeClock

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))


def test_signals_carry_states_outcomes_and_the_session_events(qtbot: QtBot) -> None:
    clock = FakeClock()
    driver = SessionDriver(Session(TIMELINE, clock))
    states: list[object] = []
    outcomes: list[object] = []
    events: list[object] = []
    driver.state_changed.connect(states.append)
    driver.finished.connect(outcomes.append)
    for signal in (driver.pain_rated, driver.stop_advised, driver.continued_anyway):
        signal.connect(events.append)
    driver.toggle()
    for _ in range(8):
        clock.advance(0.5)
        driver._wake()
    driver.rate_pain(8)  # the bundled routine advises stopping from 7
    assert not driver._timer.isActive()  # paused for the patient's choice
    driver.continue_anyway()
    assert driver._timer.isActive()
    driver.stop()
    assert states == [State.RUNNING, State.PAUSED, State.RUNNING, State.FINISHED]
    assert all(type(s) is State for s in states)
    assert outcomes == [Outcome.STOPPED]
    assert type(outcomes[0]) is Outcome
    assert [type(e) for e in events] == [PainRated, StopAdvised, ContinuedAnyway]
    assert events[0] == PainRated(CheckIn.DURING, 8)
    advice = events[1]
    assert isinstance(advice, StopAdvised)
    assert advice.waiting
    assert events[2] == ContinuedAnyway(f"{advice.advice} {CARRY_ON_ADVICE}")
