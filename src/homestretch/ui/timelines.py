"""Timelines (and the figures they show) made ready off the GUI thread.

A routine's timeline is bounded (see :data:`homestretch.core.timeline.MAX_SEGMENTS`),
but the largest one allowed still takes a noticeable moment to build, and its
figures are files to read, so the window does neither itself: it asks here when
a routine is selected, and gets the timeline back through
:attr:`TimelineBuilder.built` on the GUI thread.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from homestretch.ui.relay import hand_back

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from homestretch.core.pose import Figure
    from homestretch.core.routine import Exercise, Routine
    from homestretch.core.timeline import Timeline

Figures = dict[int, "Figure | None"]
"""Each exercise's figure by its place in the routine (None: a picture, or none)."""

KEEP = 8
"""Built timelines kept for routines selected again."""


def _build(routine: Routine) -> Timeline:
    from homestretch.core.timeline import build_timeline

    return build_timeline(routine)


def figure_for(exercise: Exercise) -> Figure | None:
    """The exercise's figure, if its illustration is one (problems were reported at load)."""
    from homestretch.core.pose import load_figure
    from homestretch.core.routine import FIGURE_SUFFIXES, RoutineError

    path = exercise.illustration
    if path is None or path.suffix.lower() not in FIGURE_SUFFIXES:
        return None
    try:
        return load_figure(path)
    except (RoutineError, OSError):
        return None


def _prepare(routine: Routine) -> tuple[Timeline, Figures]:
    timeline = _build(routine)
    return timeline, {k: figure_for(e) for k, e in enumerate(routine.exercises)}


class TimelineBuilder(QObject):
    """Builds timelines in one background thread and keeps the last few.

    Signals:
        built(object): a :class:`~homestretch.core.timeline.Timeline` is ready.
        failed(object, str): a routine's timeline could not be built; why.
    """

    built = Signal(object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None  # (made when first needed)
        self._done: dict[int, tuple[Timeline, Figures]] = {}
        self._pending: dict[int, Routine] = {}
        self._alone: dict[tuple[int, int], tuple[Routine, Routine]] = {}

    def get(self, routine: Routine) -> Timeline | None:
        """The routine's timeline if it is built (the very routine object, not an equal one)."""
        done = self._done.get(id(routine))
        return done[0] if done is not None and done[0].routine is routine else None

    def figures(self, routine: Routine) -> Figures:
        """The routine's figures, read with its timeline (empty until it is built)."""
        return self._done[id(routine)][1] if self.get(routine) is not None else {}

    def alone(self, routine: Routine, index: int) -> Routine:
        """``routine`` with only its exercise ``index`` (the same object every time, so its
        timeline is built once and kept like any routine's).

        Raises:
            IndexError: the routine has no exercise ``index``.
        """
        key = (id(routine), index)
        kept = self._alone.get(key)
        if kept is None or kept[0] is not routine:
            from homestretch.core.session import one_exercise

            while len(self._alone) >= KEEP:
                self._alone.pop(next(iter(self._alone)))
            kept = self._alone[key] = (routine, one_exercise(routine, index))
        return kept[1]

    def request(self, routine: Routine) -> Timeline | None:
        """Start building unless it is built or on its way; the timeline if it is built."""
        ready = self.get(routine)
        if ready is not None or id(routine) in self._pending:
            return ready
        self._pending[id(routine)] = routine
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="timeline")
        future = self._pool.submit(_prepare, routine)
        future.add_done_callback(hand_back(self, partial(self._on_finished, routine)))
        return self.get(routine)  # (built already if the thread was that quick)

    def _on_finished(self, routine: Routine, future: Future[tuple[Timeline, Figures]]) -> None:
        self._pending.pop(id(routine), None)
        try:
            timeline, figures = future.result()
        except Exception as exc:  # a routine that passed the loader; say why
            self.failed.emit(routine, str(exc))
            return
        while len(self._done) >= KEEP:
            self._done.pop(next(iter(self._done)))
        self._done[id(routine)] = (timeline, figures)
        self.built.emit(timeline)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
