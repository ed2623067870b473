"""The thin Qt adapter over a session.

:class:`SessionDriver` holds a :class:`~homestretch.core.session.Session` (the
player with the session's rules) and a single-shot precise QTimer that only
wakes it: at the next segment boundary,
at the next whole second of the countdown, and at least four times a second
so the progress display moves and a long sleep is noticed. Where the session
is always comes from the player's clock, never from counting timeouts.

A listener that raises (the voice, the log, the window) is reported and the
session carries on: every other listener still gets the event, and the timer
is always set again.
"""

from __future__ import annotations

import math
import sys

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from homestretch.core.player import (
    ExerciseEnded,
    Outcome,
    Player,
    SegmentStarted,
    SessionEnded,
    State,
    StateChanged,
)
from homestretch.core.session import ContinuedAnyway, Event, PainRated, Session, StopAdvised
from homestretch.core.timeline import SegmentKind

MAX_WAKE_INTERVAL = 0.25
"""Seconds of session time between wake-ups at the most."""
COUNTDOWN_FROM = 3
COUNTDOWN_MIN_SEGMENT = 5.0
"""Only segments at least this long get the last-seconds countdown sound."""


def _report(exc: Exception) -> None:
    """A listener failed: report it as Qt reports an error in a slot, and carry on."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class SessionDriver(QObject):
    """Runs a session on the Qt event loop.

    A listener of the session that raises is reported (as Qt reports an error
    in a slot) unless the session already has a handler.

    Args:
        session: the session (its speed is used for the timer maths).

    Signals:
        segment_started(object): a :class:`~homestretch.core.timeline.Segment` begins.
        state_changed(object): the player's :class:`~homestretch.core.player.State`.
        remaining_changed(float, float): seconds left in the segment and in the session.
        countdown(int): 3, 2, 1 in the last seconds of a long enough segment.
        exercise_ended(object): an :class:`~homestretch.core.player.ExerciseEnded`.
        finished(object): the session ended; its :class:`~homestretch.core.player.Outcome`.
        pain_rated(object): a :class:`~homestretch.core.session.PainRated` check-in.
        stop_advised(object): a :class:`~homestretch.core.session.StopAdvised`.
        continued_anyway(object): a :class:`~homestretch.core.session.ContinuedAnyway`.
    """

    segment_started = Signal(object)
    state_changed = Signal(object)
    remaining_changed = Signal(float, float)
    countdown = Signal(int)
    exercise_ended = Signal(object)
    finished = Signal(object)
    pain_rated = Signal(object)
    stop_advised = Signal(object)
    continued_anyway = Signal(object)

    def __init__(self, session: Session, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timeline = session.timeline
        self.speed = session.speed
        if session.on_listener_error is None:
            session.on_listener_error = _report
        session.subscribe(self._on_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)
        self._countdown_key: tuple[int, int] | None = None

    @property
    def player(self) -> Player:
        return self.session.player

    @property
    def state(self) -> State:
        return self.session.state

    # -- commands (from the view's buttons and keys)

    def toggle(self) -> None:
        self.session.toggle()
        self._refresh()

    def pause(self) -> None:
        self.session.pause()
        self._refresh()

    def resume(self) -> None:
        self.session.resume()
        self._refresh()

    def next_exercise(self) -> None:
        self.session.next_exercise()
        self._refresh()

    def previous_exercise(self) -> None:
        self.session.previous_exercise()
        self._refresh()

    def stop(self, outcome: Outcome = Outcome.STOPPED) -> None:
        self.session.stop(outcome)
        self._refresh()

    def rate_pain(self, rating: int) -> None:
        self.session.rate_pain(rating)
        self._refresh()

    def continue_anyway(self) -> None:
        self.session.continue_anyway()
        self._refresh()

    def end_as_advised(self) -> None:
        self.session.end_as_advised()
        self._refresh()

    # -- waking up

    def _wake(self) -> None:
        try:
            self.session.update()
        finally:  # whatever went wrong, the clock keeps running
            self._refresh()

    def _refresh(self) -> None:
        player = self.player
        segment_left = player.remaining_in_segment()
        self.remaining_changed.emit(segment_left, player.remaining_in_session())
        if player.state is not State.RUNNING:
            self._timer.stop()
            return
        self._maybe_count_down(segment_left)
        until_boundary = segment_left
        fraction = segment_left - math.floor(segment_left)
        until_second = fraction if fraction > 1e-6 else 1.0
        wait = min(until_boundary, until_second, MAX_WAKE_INTERVAL)
        # A millisecond late rather than early: waking early costs a second wake-up.
        self._timer.start(max(0, math.ceil(wait / self.speed * 1000)))

    def _maybe_count_down(self, segment_left: float) -> None:
        segment = self.player.segment
        if segment.seconds < COUNTDOWN_MIN_SEGMENT or segment.kind in (
            SegmentKind.DONE,
            SegmentKind.SWITCH,
        ):
            return
        whole = math.ceil(segment_left - 1e-6)
        key = (segment.index, whole)
        if 1 <= whole <= COUNTDOWN_FROM and key != self._countdown_key:
            previous = self._countdown_key
            self._countdown_key = key
            if previous is not None and previous[0] == segment.index and previous[1] > whole:
                self.countdown.emit(whole)
        elif whole > COUNTDOWN_FROM:
            self._countdown_key = key

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self.segment_started.emit(event.segment)
        elif isinstance(event, StateChanged):
            self.state_changed.emit(event.state)
        elif isinstance(event, ExerciseEnded):
            self.exercise_ended.emit(event)
        elif isinstance(event, SessionEnded):
            self.finished.emit(event.outcome)
        elif isinstance(event, PainRated):
            self.pain_rated.emit(event)
        elif isinstance(event, StopAdvised):
            self.stop_advised.emit(event)
        elif isinstance(event, ContinuedAnyway):
            self.continued_anyway.emit(event)
