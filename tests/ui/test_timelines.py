"""Timelines are built off the GUI thread; Space waits for one, never builds it."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.routine import load_routine
from homestretch.core.timeline import MAX_SEGMENTS, Timeline, build_timeline, session_size
from homestretch.ui import timelines
from homestretch.ui.timelines import TimelineBuilder
from tests.ui.conftest import MakeWindow

ROUTINE = load_routine(BUNDLED_ROUTINE)


def test_a_timeline_is_built_in_another_thread_and_handed_back_on_this_one(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = TimelineBuilder()
    threads: list[str] = []
    build = timelines._build

    def spy(routine: object) -> Timeline:
        threads.append(threading.current_thread().name)
        return build(routine)  # type: ignore[arg-type]

    monkeypatch.setattr(timelines, "_build", spy)
    with qtbot.waitSignal(builder.built) as built:
        builder.request(ROUTINE)
    (timeline,) = built.args
    assert timeline.routine is ROUTINE
    assert timeline.segments == build_timeline(ROUTINE).segments
    assert threads != [threading.current_thread().name]
    assert threads[0].startswith("timeline")
    assert builder.request(ROUTINE) is timeline  # kept: asked again, given at once
    assert threads == threads[:1]
    builder.close()


def test_a_timeline_that_cannot_be_built_is_reported(qtbot: QtBot) -> None:
    """A routine past the bound (the loader refuses such files; this one is made in code)."""
    first = ROUTINE.exercises[0]
    huge = replace(ROUTINE, exercises=(replace(first, reps=MAX_SEGMENTS),))
    assert not session_size(huge).within_bounds
    builder = TimelineBuilder()
    with qtbot.waitSignal(builder.failed) as failed:
        assert builder.request(huge) is None
    routine, reason = failed.args
    assert routine is huge
    assert "steps" in reason or "hours" in reason
    assert builder.get(huge) is None
    builder.close()


def test_space_on_a_routine_still_being_built_starts_it_when_it_is_ready(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    gate = threading.Event()
    build = timelines._build

    def slow(routine: object) -> Timeline:
        gate.wait(5)
        return build(routine)  # type: ignore[arg-type]

    monkeypatch.setattr(timelines, "_build", slow)
    window.timelines = TimelineBuilder(window)  # a fresh builder: nothing built yet
    window.timelines.built.connect(window._timeline_built)
    window._prepare_selected()
    assert not window.ready_to_start()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
    assert window.driver is None  # the window did not build it itself
    assert window.stack.currentWidget() is window.routines_page
    gate.set()
    qtbot.waitUntil(lambda: window.driver is not None)
    assert window.stack.currentWidget() is window.session_view
    window.timelines.close()
