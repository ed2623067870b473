"""The window when the session log cannot be written: a disk that fills, a damaged page.

The failures are real: the log lives on a 1 MB tmpfs filled with a file
during the session, or a page of a real log is overwritten with garbage.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.paths import ASSETS_DIR, AppPaths
from homestretch.core.player import Event, Outcome, State
from homestretch.core.session import Session
from homestretch.core.settings import Settings
from homestretch.speech.cues import session_texts
from homestretch.speech.playback import ProcessPlayback
from homestretch.speech.speaker import CueSpeaker
from homestretch.speech.synthesis import WORKER_COMMAND, SynthesisService
from homestretch.ui.driver import SessionDriver
from homestretch.ui.main_window import MainWindow
from tests.disk import damage_page_of, fill, small_disk
from tests.helpers import FakeClock
from tests.speech.fakes import FakeWorker
from tests.ui.conftest import MakeWindow
from tests.ui.test_main_window import TIMELINE, run, state

CANNOT_SAVE = "This session cannot be saved"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as folder:
        yield folder


@pytest.fixture
def disk_log(disk: Path) -> Iterator[HistoryLog]:
    log = HistoryLog(disk / "history.sqlite3")
    yield log
    log.close()


def notices(window: MainWindow) -> list[tuple[str, str]]:
    """Every notice the window is asked to show, from now on (not those it takes away)."""
    shown: list[tuple[str, str]] = []
    add = window.add_notice

    def spy(key: str, text: str) -> None:
        if text:
            shown.append((key, text))
        add(key, text)

    window.add_notice = spy  # type: ignore[method-assign]
    return shown


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def session_left(window: MainWindow) -> str:
    return window.session_view.session_left.text()


def test_a_disk_that_fills_mid_session_keeps_the_countdown_and_saves_the_rest_once_freed(
    make_window: MakeWindow,
    disk: Path,
    disk_log: HistoryLog,
    screenshot: Callable[[MainWindow, str], Path],
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, history=disk_log)
    shown = notices(window)
    window.start_session()
    driver = window.driver
    assert driver is not None
    run(window, clock, 12)
    filler = fill(disk)
    before = session_left(window)
    run(window, clock, TIMELINE.work_end(1) - 12 + 1)  # two exercises end on the full disk
    assert state(window) is State.RUNNING
    assert session_left(window) != before  # the countdown did not freeze
    assert driver._timer.isActive()
    saving = [text for key, text in shown if key == "saving"]
    assert len(saving) == 1  # told once
    assert saving[0].startswith(f"{CANNOT_SAVE}: the disk is full ({disk / 'history.sqlite3'})")
    assert "Error" not in saving[0]
    notice = window.notice_bar.text()
    assert notice.count(CANNOT_SAVE) == 1
    assert window.save_retry.isActive()
    (logged,) = disk_log.sessions()
    assert logged.exercises == ()
    screenshot(window, "disk-full")

    filler.unlink()
    run(window, clock, TIMELINE.total_seconds)
    assert state(window) is State.FINISHED
    assert CANNOT_SAVE not in window.notice_bar.text()
    assert not window.save_retry.isActive()
    assert window.session_view.summary.text().endswith("Saved in your history.")
    assert len([key for key, _ in shown if key == "saving"]) == 1
    (logged,) = disk_log.sessions()
    assert logged.ended is Outcome.COMPLETED
    assert [e.exercise_id for e in logged.completed] == [e.id for e in TIMELINE.routine.exercises]


def test_space_on_a_full_disk_shows_the_session_and_the_retry_timer_saves_it_after_the_end(
    qtbot: QtBot, make_window: MakeWindow, disk: Path, disk_log: HistoryLog
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, history=disk_log)
    filler = fill(disk)
    window.start_session()
    assert window.session_view.exercise_name.text()  # the page is not empty
    assert window.session_view.phase.text() == "GET READY"
    run(window, clock, 20)
    window.set_pain_during(2)  # waits with the rest
    run(window, clock, TIMELINE.exercise_start(1) + 3 - 20)
    window.driver.stop()  # type: ignore[union-attr]
    assert state(window) is State.FINISHED
    summary = window.session_view.summary.text()
    assert summary.endswith("Not all of it could be saved yet: the disk is full.")
    assert disk_log.sessions() == []

    window.save_retry.setInterval(20)  # the real interval is seconds
    filler.unlink()
    qtbot.waitUntil(lambda: not window.save_retry.isActive(), timeout=5000)
    assert window.session_view.summary.text().endswith("Saved in your history.")
    assert CANNOT_SAVE not in window.notice_bar.text()
    (logged,) = disk_log.sessions()
    assert logged.ended is Outcome.STOPPED
    assert [(e.kind, e.detail) for e in logged.events] == [("pain", "2")]
    assert [(e.exercise_id, e.status) for e in logged.exercises] == [
        (TIMELINE.routine.exercises[0].id, "completed"),
        (TIMELINE.routine.exercises[1].id, "skipped"),
    ]


def test_a_damaged_log_page_is_told_once_and_the_session_goes_on(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "old" / "history.sqlite3"
    with HistoryLog(path) as log:
        log.end_session(log.start_session(TIMELINE), Outcome.COMPLETED, 60.0)
    damage_page_of(path, "sessions")
    with HistoryLog(path) as log:
        clock = FakeClock()
        window = make_window(clock=clock, speed=1.0, history=log)
        shown = notices(window)
        window.start_session()
        run(window, clock, 12)
        before = session_left(window)
        run(window, clock, TIMELINE.work_end(1))
        assert state(window) is State.RUNNING
        assert session_left(window) != before
        assert window.driver is not None
        window.driver.stop()
        saving = [text for key, text in shown if key == "saving"]
        assert len(saving) == 1
        assert saving[0].startswith(f"{CANNOT_SAVE}: the session log is damaged")
        assert window.session_view.summary.text().endswith(
            "Not all of it could be saved yet: the session log is damaged."
        )
        window.close()


def test_the_driver_keeps_its_timer_whatever_a_listener_raises(qtbot: QtBot) -> None:
    clock = FakeClock()
    driver = SessionDriver(Session(TIMELINE, clock))
    seen: list[Event] = []

    def broken(event: Event) -> None:
        raise RuntimeError("a listener bug")

    driver.player.subscribe(broken)
    driver.player.subscribe(seen.append)
    with qtbot.captureExceptions() as exceptions:
        driver.toggle()
        for _ in range(20):
            clock.advance(0.5)
            driver._wake()
            assert driver._timer.isActive()
    assert driver.player.position() == pytest.approx(10)
    assert len(seen) > 2
    assert len(exceptions) == len(seen)
    assert all(str(e[1]) == "a listener bug" for e in exceptions)


def real_speaker(cache: Path, command: tuple[str, ...] = WORKER_COMMAND) -> CueSpeaker:
    """The real speaker on ``cache``, playing into a program that does nothing."""
    silent = (sys.executable, "-c", "pass")
    return CueSpeaker(
        SynthesisService(cache, command=command),
        ProcessPlayback(silent),
        ProcessPlayback(silent),
        ASSETS_DIR / "sounds",
    )


def test_space_with_speech_on_a_full_data_disk_shows_the_session_and_it_goes_on(
    qtbot: QtBot, make_window: MakeWindow, disk: Path
) -> None:
    paths = AppPaths.resolve(disk)
    log = HistoryLog(paths.history_file)
    speaker = real_speaker(paths.cache_dir / "speech")
    try:
        fill(disk)
        clock = FakeClock()
        window = make_window(clock=clock, speed=1.0, history=log, speaker=speaker)
        shown = notices(window)
        window.start_session()
        assert window.session_view.exercise_name.text() == TIMELINE.routine.exercises[0].name
        assert window.session_view.phase.text() == "GET READY"
        words = session_texts(TIMELINE, Settings().verbosity)
        qtbot.waitUntil(lambda: speaker.synthesis.skipped >= len(words), timeout=10_000)
        run(window, clock, 30)
        assert state(window) is State.RUNNING
        assert [key for key, _ in shown] == ["saving"]  # and no "speech is off"
        assert files_in(paths.cache_dir) == []
        assert speaker.synthesis.available
    finally:
        speaker.close()
        log.close()


def test_the_speech_cache_leaves_a_small_data_disk_to_the_session_log(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """A 200 KB data folder: the speech cache filled it in 4 s and the session was lost."""
    with small_disk(tmp_path / "small", "200k") as disk:
        paths = AppPaths.resolve(disk)
        log = HistoryLog(paths.history_file)
        speaker = real_speaker(paths.cache_dir / "speech")
        try:
            clock = FakeClock()
            window = make_window(clock=clock, speed=1.0, history=log, speaker=speaker)
            window.start_session()
            words = session_texts(TIMELINE, Settings().verbosity)
            qtbot.waitUntil(lambda: speaker.synthesis.skipped >= len(words), timeout=10_000)
            run(window, clock, TIMELINE.work_end(0) + 1)
            assert window.recorder is not None
            assert window.recorder.saved
            (logged,) = log.sessions()
            assert [e.exercise_id for e in logged.exercises] == [TIMELINE.routine.exercises[0].id]
        finally:
            speaker.close()
            log.close()


def test_muted_no_speech_is_written_until_unmuted(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    worker = FakeWorker(tmp_path / "worker")
    cache = tmp_path / "cache" / "speech"
    speaker = real_speaker(cache, worker.command())
    try:
        clock = FakeClock()
        window = make_window(clock=clock, speed=1.0, speaker=speaker, muted=True)
        window.reload_routines()  # selecting a routine prepares its words, unless muted
        qtbot.waitUntil(window.ready_to_start)
        window.start_session()
        run(window, clock, 30)
        qtbot.wait(300)  # (the synthesis thread would have started by now)
        assert speaker.synthesis.pending() == 0
        assert worker.texts() == []
        assert not cache.exists()  # not even the folder

        window.toggle_mute()
        qtbot.waitUntil(lambda: len(files_in(cache)) >= 3, timeout=10_000)
        assert worker.texts()[0] == session_texts(TIMELINE, Settings().verbosity)[0]
    finally:
        speaker.close()
