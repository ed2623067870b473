"""The session player: a state machine that walks a timeline on an injected clock.

Time is never counted in ticks. While running, the player keeps an *anchor*:
the session position ``anchor_pos`` at the clock reading ``anchor_time``, so
the position now is ``anchor_pos + (now() - anchor_time)`` and every segment
boundary has an exact deadline on the clock. Whoever drives the player (a
QTimer, a loop in a benchmark, a test) calls :meth:`Player.update` whenever it
wakes; late or missed wake-ups change when events are delivered, never where
the session is. Pausing stores the position; resuming sets a new anchor.

A wake-up much later than the driver promised (the machine slept, the process
was stopped) is not taken as exercise time: the session pauses where it was.

All stage changes happen in :meth:`Player._advance_to` and :meth:`Player._jump`;
listeners receive events and never drive the player except through the
public commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from homestretch.core.timeline import Segment, SegmentKind, Timeline

Clock = Callable[[], float]

DEFAULT_SUSPEND_GAP = 5.0
"""Seconds without an update after which the player assumes the machine slept."""
RESTART_GRACE = 3.0
"""Within this many seconds of an exercise's start, "previous" goes to the exercise before."""


class State(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Outcome(StrEnum):
    """How a session ended; these words are stored in the log and exported."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


class ExerciseStatus(StrEnum):
    """How an exercise ended; these words are stored in the log and exported."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    PARTIAL = "partial"
    """Cut short by Stop after some of its time was done ("stopped part way")."""


class PauseReason(StrEnum):
    USER = "user"
    SUSPENDED = "suspended"
    """The clock jumped far beyond the last update: the machine slept."""


@dataclass(frozen=True)
class SegmentStarted:
    segment: Segment
    late_by: float
    """Seconds between the segment's deadline and the update that noticed it."""


@dataclass(frozen=True)
class StateChanged:
    state: State
    reason: PauseReason | None = None


@dataclass(frozen=True)
class ExerciseEnded:
    exercise_index: int
    status: ExerciseStatus
    planned_seconds: float
    done_seconds: float
    session_done_seconds: float
    """Exercise time done in the whole session so far."""


@dataclass(frozen=True)
class SessionEnded:
    outcome: Outcome
    planned_seconds: float
    done_seconds: float


Event = SegmentStarted | StateChanged | ExerciseEnded | SessionEnded
Listener = Callable[[Event], None]


class PlayerError(RuntimeError):
    """A command that does not fit the player's state, such as resume while idle."""


class Player:
    """Steps through a :class:`Timeline`.

    Args:
        timeline: what to play.
        now: the clock, in seconds; monotonic in real use, a fake in tests.
        suspend_gap: an update this many clock seconds after the previous one,
            while running, pauses instead of advancing. The driver must update
            more often than this.
        on_listener_error: given any exception a listener raises; the event
            still reaches the other listeners and the session carries on.
            Without it the exception propagates out of the command.
    """

    def __init__(
        self,
        timeline: Timeline,
        now: Clock,
        *,
        suspend_gap: float = DEFAULT_SUSPEND_GAP,
        on_listener_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self.timeline = timeline
        self._now = now
        self._suspend_gap = suspend_gap
        self._on_listener_error = on_listener_error
        self._listeners: list[Listener] = []
        self._state = State.IDLE
        self._index = 0
        self._anchor_pos = 0.0
        self._anchor_time = 0.0
        self._pos = 0.0
        self._last_update = 0.0
        count = len(timeline.routine.exercises)
        self._done = [0.0] * count
        self._status: list[ExerciseStatus | None] = [None] * count
        self._work_end = [timeline.work_end(k) for k in range(count)]
        self._work_start = list(self._work_end)
        for segment in reversed(timeline.segments):
            if segment.kind is SegmentKind.WORK and segment.exercise_index is not None:
                self._work_start[segment.exercise_index] = segment.start
        self._planned = [timeline.exercise_seconds(k) for k in range(count)]

    # -- observation

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @property
    def state(self) -> State:
        return self._state

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self._index]

    @property
    def exercise_index(self) -> int:
        """The exercise in progress (the last one once finished)."""
        k = self.segment.exercise_index
        return len(self._status) - 1 if k is None else k

    def position(self) -> float:
        """Seconds into the session now (without delivering pending events)."""
        if self._state is State.RUNNING:
            return min(
                self._anchor_pos + (self._now() - self._anchor_time), self.timeline.total_seconds
            )
        return self._pos

    def remaining_in_segment(self) -> float:
        return max(0.0, self.segment.end - self.position())

    def remaining_in_session(self) -> float:
        return max(0.0, self.timeline.total_seconds - self.position())

    def next_deadline(self) -> float | None:
        """The clock reading at which the current segment ends, while running."""
        if self._state is not State.RUNNING:
            return None
        return self._anchor_time + (self.segment.end - self._anchor_pos)

    def exercise_status(self, exercise_index: int) -> ExerciseStatus | None:
        return self._status[exercise_index]

    def done_seconds(self) -> float:
        return sum(self._done)

    # -- commands

    def start(self) -> None:
        if self._state is not State.IDLE:
            raise PlayerError(f"cannot start a session that is {self._state}")
        now = self._now()
        self._anchor_pos, self._anchor_time, self._last_update = 0.0, now, now
        self._state = State.RUNNING
        self._emit(StateChanged(State.RUNNING))
        self._emit(SegmentStarted(self.segment, 0.0))
        self._advance_to(0.0, now)

    def pause(self, reason: PauseReason = PauseReason.USER) -> None:
        if self._state is not State.RUNNING:
            return
        self.update()
        if self.state is not State.RUNNING:
            return
        self._freeze(self.position())
        self._emit(StateChanged(State.PAUSED, reason))

    def resume(self) -> None:
        if self._state is not State.PAUSED:
            return
        now = self._now()
        self._anchor_pos, self._anchor_time, self._last_update = self._pos, now, now
        self._state = State.RUNNING
        self._emit(StateChanged(State.RUNNING))

    def toggle(self) -> None:
        """Start, pause or resume, whichever fits: the one-key control."""
        if self._state is State.IDLE:
            self.start()
        elif self._state is State.RUNNING:
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()

    def next_exercise(self) -> None:
        """Skip to the start of the next exercise (the end, from the last one)."""
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        self.update()
        if self.state is State.FINISHED:
            return
        k = self.exercise_index
        if self._status[k] is None:
            self._set_status(k, ExerciseStatus.SKIPPED)
        if k + 1 < len(self._status):
            self._jump(self.timeline.exercise_start(k + 1))
        else:
            self._jump(self.timeline.total_seconds)

    def previous_exercise(self) -> None:
        """Back to the start of this exercise, or to the one before if it has only just begun."""
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        self.update()
        if self.state is State.FINISHED:
            return
        k = self.exercise_index
        into = self.position() - self.timeline.exercise_start(k)
        target = k - 1 if into < RESTART_GRACE and k > 0 else k
        self._jump(self.timeline.exercise_start(target))

    def stop(self, outcome: Outcome = Outcome.STOPPED) -> None:
        """End the session early.

        The exercise in progress is :attr:`ExerciseStatus.PARTIAL` once its work
        has begun, skipped when only its lead-in (getting into position) was done.
        """
        if self._state not in (State.RUNNING, State.PAUSED):
            return
        if self._state is State.RUNNING:
            self.update()
            if self.state is State.FINISHED:
                return
            self._freeze(self.position())
        k = self.exercise_index
        if self._status[k] is None and self.position() > self.timeline.exercise_start(k):
            begun = self.position() > self._work_start[k]
            status = ExerciseStatus.PARTIAL if begun else ExerciseStatus.SKIPPED
            self._set_status(k, status)
        self._finish(outcome)

    def update(self) -> None:
        """Deliver everything that has happened up to now. Call this whenever you wake."""
        if self._state is not State.RUNNING:
            return
        now = self._now()
        gap = now - self._last_update
        if gap > self._suspend_gap:
            # Asleep or frozen: keep the position of the last update and pause there.
            self._freeze(self._pos)
            self._emit(StateChanged(State.PAUSED, PauseReason.SUSPENDED))
            return
        self._last_update = now
        self._advance_to(self._anchor_pos + (now - self._anchor_time), now)

    # -- the one place where the session moves

    def _advance_to(self, target: float, now: float) -> None:
        segments = self.timeline.segments
        target = min(target, self.timeline.total_seconds)
        while True:
            segment = segments[self._index]
            k = segment.exercise_index
            if k is not None:
                self._done[k] += max(0.0, min(target, segment.end) - self._pos)
            self._pos = max(self._pos, min(target, segment.end))
            if (
                k is not None
                and self._status[k] is not ExerciseStatus.COMPLETED
                and self._pos >= self._work_end[k]
            ):
                self._set_status(k, ExerciseStatus.COMPLETED)
            if segment.kind is SegmentKind.DONE:
                self._finish(Outcome.COMPLETED)
                return
            if target < segment.end:
                return
            self._index += 1
            nxt = segments[self._index]
            deadline = self._anchor_time + (nxt.start - self._anchor_pos)
            self._emit(SegmentStarted(nxt, max(0.0, now - deadline)))
            if self._state is not State.RUNNING:
                return

    def _jump(self, target: float) -> None:
        now = self._now()
        self._index = self.timeline.index_at(target)
        self._pos = target
        self._anchor_pos, self._anchor_time, self._last_update = target, now, now
        self._emit(SegmentStarted(self.segment, 0.0))
        if self.segment.kind is SegmentKind.DONE:
            self._finish(Outcome.COMPLETED)

    def _freeze(self, position: float) -> None:
        self._pos = position
        self._anchor_pos = position
        self._state = State.PAUSED

    def _set_status(self, k: int, status: ExerciseStatus) -> None:
        self._status[k] = status
        self._emit(ExerciseEnded(k, status, self._planned[k], self._done[k], self.done_seconds()))

    def _finish(self, outcome: Outcome) -> None:
        if self._state is State.FINISHED:
            return
        self._state = State.FINISHED
        self._emit(StateChanged(State.FINISHED))
        self._emit(SessionEnded(outcome, self.timeline.total_seconds, self.done_seconds()))

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            if self._on_listener_error is None:
                listener(event)
                continue
            try:
                listener(event)
            except Exception as exc:
                self._on_listener_error(exc)
