#!/usr/bin/env python3
"""How long the window's event loop stalls during a real session with real speech.

Opens the real :class:`MainWindow` as ``homestretch.app.run_app`` builds it (a
temporary data folder, the session log, the screen-saver inhibitor and the
real speaker: :class:`CueSpeaker` over the speech worker process and ``aplay``),
starts the bundled routine at real speed and lets it run for 30 s. Meanwhile a
heartbeat ``QTimer`` (``PreciseTimer``, every 5 ms) notes ``time.perf_counter``
at each timeout. Whatever keeps the GUI thread busy (synthesis results coming
back, starting a player process for a cue, writing the log, repainting) shows
up as a longer gap between two heartbeats. The session is started 50 ms after
the heartbeat, so starting it is measured too; the window is warmed up first
(its session page made and the figures' shapes drawn), as ``run_app`` does once
the window is on screen.

The script also counts the cues the session asked the speaker to say (and how
many of them were already synthesised), the cue sounds, and the longest
``say``/``sound`` call, and tells whether speech was available. Without a sound
card ``aplay`` fails at once; that does not matter here.

Last line: ``gui_stall_ms: N``, the longest gap between heartbeats minus the
5 ms interval, in milliseconds. Target: under 50 ms.

Usage: ``benchmarks/gui_stall.py [--seconds S] [--window]``. The window is
drawn offscreen (``QT_QPA_PLATFORM=offscreen``) unless ``--window`` is given and
``DISPLAY`` is set; an explicit ``QT_QPA_PLATFORM`` is respected.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from homestretch import APP_ID, APP_NAME, __version__
from homestretch.app import SpeechProblems, make_speaker
from homestretch.core.history import HistoryError, HistoryLog
from homestretch.core.paths import ASSETS_DIR, BUNDLED_ROUTINE, AppPaths
from homestretch.core.player import State
from homestretch.core.settings import load_settings
from homestretch.speech.problems import SpeechProblem
from homestretch.speech.speaker import CueSpeaker, Sound
from homestretch.speech.synthesis import Voice
from homestretch.ui.collector import GuiThreadCollector
from homestretch.ui.inhibit import DBusScreenSaver
from homestretch.ui.main_window import MainWindow

DEFAULT_SECONDS = 30.0
INTERVAL_MS = 5
SESSION_DELAY_MS = 50
"""The session starts this long after the heartbeat, so starting it is measured."""
TARGET_MS = 50.0
WORST_SHOWN = 5


# --------------------------------------------------------------------------- the heartbeat


@dataclass(frozen=True)
class Gap:
    seconds: float
    """Time between two consecutive timeouts."""
    ended_at: float
    """``perf_counter`` at the later timeout."""


class Heartbeat(QObject):
    """A repeating precise timer that remembers the time between its timeouts."""

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.gaps: list[Gap] = []
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = None
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append(Gap(now - self._last, now))
        self._last = now


# --------------------------------------------------------------------------- the speaker


class CountingSpeaker:
    """The real speaker, counting what the session asks of it and how long each call takes."""

    def __init__(self, inner: CueSpeaker) -> None:
        self.inner = inner
        self.said: list[str] = []
        self.said_from_cache = 0
        self.sounds: list[Sound] = []
        self.slowest_call = 0.0
        self.slowest_call_name = ""

    def _timed(self, name: str, started: float) -> None:
        spent = time.perf_counter() - started
        if spent > self.slowest_call:
            self.slowest_call = spent
            self.slowest_call_name = name

    def prepare(self, texts: Sequence[str]) -> None:
        self.inner.prepare(texts)

    def say(self, text: str) -> None:
        started = time.perf_counter()
        if self.inner.synthesis.cached(text) is not None:
            self.said_from_cache += 1
        self.said.append(text)
        self.inner.say(text)
        self._timed("say", started)

    def silence(self) -> None:
        self.inner.silence()

    def sound(self, sound: Sound) -> None:
        started = time.perf_counter()
        self.sounds.append(sound)
        self.inner.sound(sound)
        self._timed("sound", started)

    def configure(self, *, voice: str, rate: int, volume: float) -> None:
        self.inner.configure(voice=voice, rate=rate, volume=volume)

    def voices(self) -> list[Voice]:
        return self.inner.voices()

    def speaking(self) -> bool:
        return self.inner.speaking()

    def close(self) -> None:
        self.inner.close()


# --------------------------------------------------------------------------- the run


def choose_platform(want_window: bool) -> None:
    """Offscreen unless a real window was asked for and there is a display to show it on."""
    if want_window and not os.environ.get("DISPLAY"):
        print("gui_stall: --window needs DISPLAY; drawing offscreen", file=sys.stderr)
    if not (want_window and os.environ.get("DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_application() -> QApplication:
    """The QApplication, set up as ``run_app`` sets it up."""
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = ASSETS_DIR / "icons" / "homestretch.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def run(paths: AppPaths, seconds: float) -> int:
    app = make_application()
    settings = load_settings(paths.settings_file)
    history: HistoryLog | None = None
    history_problem = ""
    try:
        history = HistoryLog(paths.history_file)
    except HistoryError as exc:
        history_problem = f"Sessions will not be saved. {exc}"

    problems = SpeechProblems()
    unavailable: list[SpeechProblem] = []
    problems.unavailable.connect(unavailable.append)
    speaker = CountingSpeaker(make_speaker(paths, problems))
    window = MainWindow(
        paths,
        speaker=speaker,
        settings=settings,
        history=history,
        history_problem=history_problem,
        inhibitor=DBusScreenSaver(APP_NAME),
    )
    problems.unavailable.connect(window.speech_unavailable)
    collector = GuiThreadCollector(app)  # as run_app does: garbage collected on this thread
    collector.start()
    window.show()
    QTimer.singleShot(0, window._prepare_selected)  # as run_app does
    QTimer.singleShot(0, window.warm_up)  # as run_app does once the window is painted

    heartbeat = Heartbeat(INTERVAL_MS)
    marks: dict[str, float] = {}
    states: list[State | None] = []

    def finish() -> None:
        heartbeat.stop()
        states.append(window.driver.state if window.driver is not None else None)
        app.quit()  # Qt 6 closes the window first, which ends the session as interrupted

    def start_session() -> None:
        marks["session"] = time.perf_counter()
        window.start_session()
        QTimer.singleShot(round(seconds * 1000), finish)

    def start_heartbeat() -> None:
        marks["heartbeat"] = time.perf_counter()
        heartbeat.start()
        QTimer.singleShot(SESSION_DELAY_MS, start_session)

    QTimer.singleShot(0, start_heartbeat)
    try:
        app.exec()
    finally:
        heartbeat.stop()
        collector.stop()
        state = states[0] if states else None
        entry = window.routines_page.selected()
        routine = entry.path if entry is not None else None
        window.close()
        closing = time.perf_counter()
        speaker.close()
        close_seconds = time.perf_counter() - closing
        if history is not None:
            history.close()
    available = speaker.inner.available
    unavailable_reason = speaker.inner.synthesis.unavailable_reason

    problems_found: list[str] = []
    if routine != BUNDLED_ROUTINE:
        problems_found.append(f"the selected routine was {routine}, not {BUNDLED_ROUTINE}")
    if state is not State.RUNNING:
        problems_found.append(f"the session was {state} at the end, not running")
    if len(heartbeat.gaps) < 2:
        problems_found.append("the heartbeat hardly ran")
    if problems_found:
        for problem in problems_found:
            print(f"gui_stall: {problem}", file=sys.stderr)
        return 1

    start = marks["heartbeat"]
    gaps_ms = [g.seconds * 1000 for g in heartbeat.gaps]
    worst = sorted(heartbeat.gaps, key=lambda g: g.seconds, reverse=True)[:WORST_SHOWN]
    stall_ms = max(gaps_ms) - INTERVAL_MS
    print(f"platform: {QGuiApplication.platformName()}; data in a temporary folder")
    print(
        f"session: {Path(str(routine)).name} at real speed for {seconds:g} s, started "
        f"{(marks['session'] - start) * 1000:.0f} ms after the heartbeat; {state} at the end"
    )
    print(
        f"heartbeat: {len(gaps_ms)} gaps at a {INTERVAL_MS} ms interval; median "
        f"{statistics.median(gaps_ms):.2f} ms, p99 {percentile(gaps_ms, 0.99):.2f} ms, "
        f"max {max(gaps_ms):.2f} ms; over {2 * INTERVAL_MS} ms: "
        f"{sum(1 for g in gaps_ms if g > 2 * INTERVAL_MS)}"
    )
    print(
        "longest gaps: "
        + ", ".join(f"{g.seconds * 1000:.1f} ms at +{g.ended_at - start:.2f} s" for g in worst)
    )
    print(
        f"speech: {'available' if available else 'NOT available'}"
        + (f" ({unavailable_reason})" if unavailable_reason else "")
        + f"; sound {'can' if speaker.inner.can_play else 'can NOT'} be played"
        + (f"; reported unavailable: {unavailable[0]}" if unavailable else "")
    )
    print(
        f"cues: {len(speaker.said)} spoken ({speaker.said_from_cache} already synthesised), "
        f"{len(speaker.sounds)} sounds; slowest speaker call "
        f"{speaker.slowest_call * 1000:.2f} ms ({speaker.slowest_call_name or 'none'}); "
        f"speaker.close() took {close_seconds * 1000:.0f} ms"
    )
    print(f"target: under {TARGET_MS:g} ms: {'met' if stall_ms < TARGET_MS else 'NOT met'}")
    print(f"cues_spoken: {len(speaker.said)}")
    print(f"speech_available: {'yes' if available else 'no'}")
    print(f"gui_stall_ms: {stall_ms:.1f}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--seconds",
        type=float,
        default=DEFAULT_SECONDS,
        help=f"how long the session runs (default {DEFAULT_SECONDS:g})",
    )
    parser.add_argument(
        "--window",
        action="store_true",
        help="show a real window when DISPLAY is set (default: offscreen)",
    )
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= 600:
        parser.error("--seconds must be from 1 to 600")

    choose_platform(args.window)
    with tempfile.TemporaryDirectory(prefix="homestretch-gui-stall-") as data:
        return run(AppPaths.resolve(data), args.seconds)


if __name__ == "__main__":
    raise SystemExit(main())
