"""Reading one session by its id."""

from __future__ import annotations

from pathlib import Path

from homestretch.core.history import HistoryLog, SessionRecorder
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import Player
from homestretch.core.routine import load_routine
from homestretch.core.timeline import build_timeline
from tests.helpers import FakeClock

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))


def play(log: HistoryLog, seconds: float) -> None:
    clock = FakeClock()
    player = Player(TIMELINE, clock)
    player.subscribe(SessionRecorder(log, TIMELINE))
    player.start()
    end = clock.now + seconds
    while clock.now < end:
        clock.advance(min(1.0, end - clock.now))
        player.update()
    player.stop()


def test_one_session_is_read_by_its_id_with_its_own_exercises(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        for seconds in (30, 200, 400):  # three sessions on one day, of different lengths
            play(log, seconds)
        every = log.sessions()
        for note, record in zip(("first", "second", "third"), every, strict=True):
            log.set_note(record.id, note)
        every = log.sessions()
        assert len({(len(s.exercises), s.done_seconds) for s in every}) == 3
        for record in every:
            assert log.session(record.id) == record


def test_an_unknown_or_deleted_session_is_none(tmp_path: Path) -> None:
    with HistoryLog(tmp_path / "h.sqlite3") as log:
        play(log, 30)
        (record,) = log.sessions()
        assert log.session(record.id + 1) is None
        log.delete_session(record.id)
        assert log.session(record.id) is None
