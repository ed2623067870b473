"""A session: the player with the session's rules around it.

:class:`Session` owns a :class:`~homestretch.core.timeline.Timeline` and the
:class:`~homestretch.core.player.Player` that walks it, and adds what a
session is besides the clock: the pain check-ins before, during and after,
the routine's stop rule (advise stopping once, judged against the rating
before; a rating during the session that triggers it pauses the session;
carrying on anyway is a deliberate choice), the note, and which of these go
into the log (:func:`logged_row`).

Listeners (the window through its Qt adapter, the voice, the recorder)
subscribe once and get every event: the player's own events passed through,
and the session's events defined here. Nothing flows back except commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from homestretch.core.checkin import REGION_IDS
from homestretch.core.events import EventKind
from homestretch.core.phrases import DEFAULT_LANGUAGE, Phrase, join_sentences, say
from homestretch.core.player import (
    DEFAULT_SUSPEND_GAP,
    Clock,
    Outcome,
    Player,
    State,
)
from homestretch.core.player import (
    Event as PlayerEvent,
)
from homestretch.core.routine import Routine
from homestretch.core.timeline import Timeline, build_timeline

CARRY_ON_ADVICE: Final = say(DEFAULT_LANGUAGE, Phrase.CARRY_ON_ADVICE)
"""Added to the advice once the patient chooses to carry on (in English; in the routine's
language it is the phrase :attr:`Phrase.CARRY_ON_ADVICE`)."""


class CheckIn(StrEnum):
    """When a pain rating is given, relative to the session."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


@dataclass(frozen=True)
class PainRated:
    """A check-in as it now stands: a rating (and for before and after, the areas)."""

    when: CheckIn
    rating: int | None
    areas: tuple[str, ...] = ()


@dataclass(frozen=True)
class StopAdvised:
    """The stop rule advises stopping (once a session)."""

    reason: str
    """Why, in plain words: "pain is 7 out of 10 (the limit set is 7)"."""
    advice: str
    """What to show and say."""
    waiting: bool
    """The session is paused for the patient's choice: end it, or carry on anyway."""


@dataclass(frozen=True)
class ContinuedAnyway:
    """The patient chose to carry on although stopping was advised."""

    advice: str
    """The advice as it now reads."""


@dataclass(frozen=True)
class EndedAsAdvised:
    """The patient ends the session after advice to stop (the session end follows)."""


@dataclass(frozen=True)
class NoteChanged:
    text: str


SessionEvent = PainRated | StopAdvised | ContinuedAnyway | EndedAsAdvised | NoteChanged
Event = PlayerEvent | SessionEvent
Listener = Callable[[Event], None]


def logged_row(event: Event) -> tuple[EventKind, str] | None:
    """The event row the log keeps for ``event`` (kind and detail), if it keeps one.

    Exercises, the session's end, the check-ins before and after and the note
    are columns of their own; these are the moments in between.
    """
    if isinstance(event, PainRated) and event.when is CheckIn.DURING:
        return EventKind.PAIN, str(event.rating)
    if isinstance(event, StopAdvised):
        return EventKind.STOP_RULE, event.reason
    if isinstance(event, EndedAsAdvised):
        return EventKind.STOP_RULE_FOLLOWED, ""
    if isinstance(event, ContinuedAnyway):
        return EventKind.CONTINUED_AFTER_ADVICE, ""
    return None


def one_exercise(routine: Routine, index: int) -> Routine:
    """``routine`` with only its exercise ``index``: what a session of that exercise alone
    plays (the routine's name, stop rule and preparation time kept).

    Raises:
        IndexError: the routine has no exercise ``index``.
    """
    if not 0 <= index < len(routine.exercises):
        raise IndexError(f"{routine.name} has no exercise {index + 1}")
    return replace(routine, exercises=(routine.exercises[index],))


def scaled_clock(base: Clock, speed: float) -> Clock:
    """A clock that runs ``speed`` times faster than ``base``, starting from its current reading."""
    if speed == 1.0:
        return base
    origin = base()
    return lambda: origin + (base() - origin) * speed


class Session:
    """One session of a routine, from the check-in before to the note after.

    Args:
        timeline: what to play.
        clock: the monotonic clock, in real seconds (a fake in tests).
        speed: session seconds per real second (demos, tests); the player runs on
            the clock sped up by this much.
        suspend_gap: real seconds without an update after which the session pauses
            (the machine slept).
        pain_before: the rating given before the session, if any.
        areas_before: where it hurt before the session.
        on_listener_error: given any exception a listener raises; the event still
            reaches the other listeners. Without it the exception propagates.
    """

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        *,
        speed: float = 1.0,
        suspend_gap: float = DEFAULT_SUSPEND_GAP,
        pain_before: int | None = None,
        areas_before: tuple[str, ...] = (),
        on_listener_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self.timeline = timeline
        self.speed = speed
        self.on_listener_error = on_listener_error
        self.player = Player(
            timeline,
            scaled_clock(clock, speed),
            suspend_gap=suspend_gap * speed,
            on_listener_error=self._listener_failed,
        )
        self.pain_before = _rating(pain_before)
        self.areas_before = _areas(areas_before)
        self.pain_after: int | None = None
        self.areas_after: tuple[str, ...] = ()
        self.note = ""
        self.advice = ""
        """The stop rule's advice ("" until it advises stopping)."""
        self._advised = False
        self._continued = False
        self._listeners: list[Listener] = []
        self.player.subscribe(self._emit)

    @classmethod
    def for_exercise(
        cls,
        routine: Routine,
        index: int,
        clock: Clock,
        *,
        speed: float = 1.0,
        suspend_gap: float = DEFAULT_SUSPEND_GAP,
        pain_before: int | None = None,
        areas_before: tuple[str, ...] = (),
        on_listener_error: Callable[[Exception], None] | None = None,
    ) -> Session:
        """A session of one exercise of ``routine`` alone (practice, the editor's preview).

        It keeps the routine's name, stop rule and preparation time; the other
        arguments are those of the constructor.

        Raises:
            IndexError: the routine has no exercise ``index``.
        """
        return cls(
            build_timeline(one_exercise(routine, index)),
            clock,
            speed=speed,
            suspend_gap=suspend_gap,
            pain_before=pain_before,
            areas_before=areas_before,
            on_listener_error=on_listener_error,
        )

    # -- observation

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @property
    def state(self) -> State:
        return self.player.state

    @property
    def advised(self) -> bool:
        """The stop rule has advised stopping in this session."""
        return self._advised

    @property
    def continued(self) -> bool:
        """The patient chose to carry on after the advice."""
        return self._continued

    @property
    def advice_pending(self) -> bool:
        """Stopping was advised and the session waits for the patient's choice."""
        return self._advised and not self._continued and self.state is State.PAUSED

    # -- the player's commands

    def start(self) -> None:
        """Start; a rating before the session that breaks the stop rule pauses it at once."""
        self.player.start()
        if self.pain_before is not None:
            self._check_stop_rule(self.pain_before, pause=True)

    def pause(self) -> None:
        self.player.pause()

    def resume(self) -> None:
        """Carry on after a pause (not while advice to stop waits: see :meth:`continue_anyway`)."""
        if not self.advice_pending:
            self.player.resume()

    def toggle(self) -> None:
        """The one-key control: start, pause or resume; after advice to stop, end the session."""
        if self.state is State.IDLE:
            self.start()
        elif self.advice_pending:
            self.end_as_advised()
        else:
            self.player.toggle()

    def next_exercise(self) -> None:
        self.player.next_exercise()

    def previous_exercise(self) -> None:
        self.player.previous_exercise()

    def update(self) -> None:
        self.player.update()

    def stop(self, outcome: Outcome = Outcome.STOPPED) -> None:
        """End the session early. Stopping while advice to stop waits follows the advice."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return
        if outcome is Outcome.STOPPED and self.advice_pending:
            self._emit(EndedAsAdvised())
        self.player.stop(outcome)

    # -- check-ins and the stop rule

    def rate_pain(self, rating: int) -> None:
        """A pain rating: before the session starts, during it, or after it ended.

        Raises:
            ValueError: not a rating from 0 to 10.
        """
        _rating(rating)
        state = self.state
        if state is State.IDLE:
            self.pain_before = rating
            self._emit(PainRated(CheckIn.BEFORE, rating, self.areas_before))
        elif state is State.FINISHED:
            self.pain_after = rating
            self._emit(PainRated(CheckIn.AFTER, rating, self.areas_after))
            self._check_stop_rule(rating, pause=False)
        else:
            self._emit(PainRated(CheckIn.DURING, rating))
            self._check_stop_rule(rating, pause=True)

    def mark_areas(self, areas: tuple[str, ...]) -> None:
        """Where it hurts, before or after the session (ignored while it runs).

        Raises:
            ValueError: an id that is not an area of the body map.
        """
        areas = _areas(areas)
        if self.state is State.IDLE:
            self.areas_before = areas
            self._emit(PainRated(CheckIn.BEFORE, self.pain_before, areas))
        elif self.state is State.FINISHED:
            self.areas_after = areas
            self._emit(PainRated(CheckIn.AFTER, self.pain_after, areas))

    def set_note(self, text: str) -> None:
        """The patient's note about the session (once it has started)."""
        if self.state is not State.IDLE:
            self.note = text
            self._emit(NoteChanged(text))

    def end_as_advised(self) -> None:
        """End the session as the stop rule advised (when that advice waits)."""
        if self.advice_pending:
            self.stop()

    def continue_anyway(self) -> None:
        """Carry on although stopping was advised: a deliberate choice, logged."""
        if not self.advice_pending:
            return
        self._continued = True
        carry_on = say(self.timeline.routine.language, Phrase.CARRY_ON_ADVICE)
        self._emit(ContinuedAnyway(join_sentences([self.advice, carry_on])))
        self.player.resume()

    def _check_stop_rule(self, rating: int, *, pause: bool) -> None:
        rule = self.timeline.routine.stop_rule
        if rule is None or self._advised:
            return
        reason = rule.check(self.pain_before, rating)
        advice = rule.advice(self.pain_before, rating, self.timeline.routine.language)
        if reason is None or advice is None:
            return
        self._advised = True  # (before pausing: the pause is the advice's, not the patient's)
        self.advice = advice
        waiting = pause and self.state in (State.RUNNING, State.PAUSED)
        if waiting:
            self.player.pause()
        self._emit(StopAdvised(reason, self.advice, waiting))

    # -- events

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception as exc:
                if self.on_listener_error is None:
                    raise
                self.on_listener_error(exc)

    def _listener_failed(self, exc: Exception) -> None:
        """A listener of the player itself raised."""
        if self.on_listener_error is None:
            raise exc
        self.on_listener_error(exc)


def _rating(rating: int | None) -> int | None:
    if rating is not None and not 0 <= rating <= 10:
        raise ValueError(f"pain rating {rating} is not 0-10")
    return rating


def _areas(areas: tuple[str, ...]) -> tuple[str, ...]:
    unknown = sorted(set(areas) - REGION_IDS)
    if unknown:
        raise ValueError(f"not an area of the body map: {', '.join(unknown)}")
    return tuple(areas)
