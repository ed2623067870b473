from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.player import ExerciseStatus, Outcome, State
from homestretch.core.routine import Side, load_routine
from homestretch.core.settings import Settings, Verbosity, load_settings
from homestretch.core.timeline import Segment, SegmentKind, build_timeline
from homestretch.speech.cues import cue_text
from homestretch.speech.speaker import RecordingSpeaker, Sound
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.main_window import MainWindow
from homestretch.ui.pain import PainMapDialog
from tests.helpers import FakeClock
from tests.ui.conftest import FakeInhibit, MakeWindow

TIMELINE = build_timeline(load_routine(BUNDLED_ROUTINE))
Screenshot = Callable[[MainWindow, str], Path]

SHORT = """schema: 1
name: Short test routine
prepare_seconds: 6
rest_between_exercises: 6
exercises:
  - id: lift
    name: Leg lift
    position: sitting
    summary: Lift one leg.
    steps: [Lift, Lower]
    sides: alternating
    reps: 2
    rest_between_sides: 2
    phases:
      - {name: lift, seconds: 2, say: Lift}
      - {name: hold, seconds: 6, say: Hold}
  - id: pats
    name: Pats
    position: sitting
    summary: Pat your knees.
    steps: [Pat]
    sides: both
    work: {seconds: 6, say: Pat}
"""


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]


def state(window: MainWindow) -> State:
    assert window.driver is not None
    return window.driver.state


def segment_log(window: MainWindow) -> list[Segment]:
    seen: list[Segment] = []
    assert window.driver is not None
    window.driver.segment_started.connect(seen.append)
    return seen


def test_space_right_after_launch_runs_the_bundled_routine_to_a_completed_log(
    qtbot: QtBot,
    make_window: MakeWindow,
    speaker: RecordingSpeaker,
    history: HistoryLog,
    inhibit: FakeInhibit,
    screenshot: Screenshot,
) -> None:
    window = make_window()
    screenshot(window, "routines")
    assert window.routines_page.selected() is not None
    assert window.routines_page.selected().path == BUNDLED_ROUTINE.resolve()  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session_finished, timeout=30_000) as finished:
        press(qtbot, window, Qt.Key.Key_Space)
        shown = segment_log(window)
    assert finished.args == [str(Outcome.COMPLETED)]
    assert QApplication.activeModalWidget() is None
    screenshot(window, "finished")

    # Every cue, in order, as the timeline says (the first was spoken before we listened).
    expected = [cue_text(s, Verbosity.FULL) for s in TIMELINE.segments]
    assert speaker.said == [t for t in expected if t]
    assert [s.index for s in shown] == list(range(1, len(TIMELINE.segments)))
    sides = [(s.exercise_id, s.side) for s in shown if s.kind is SegmentKind.WORK]
    assert sides == [
        (s.exercise_id, s.side) for s in TIMELINE.segments[1:] if s.kind is SegmentKind.WORK
    ]
    knee = [side for ex, side in sides if ex == "sitting-knee-extension"]
    assert knee[:6] == [Side.RIGHT] * 3 + [Side.LEFT] * 3  # 3 phases per leg, alternating
    assert speaker.sounds.count(Sound.END) == 1
    assert speaker.sounds.count(Sound.SWITCH) == sum(
        1 for s in TIMELINE.segments if s.kind is SegmentKind.SWITCH
    )

    (session,) = history.sessions()
    assert session.ended is Outcome.COMPLETED
    assert len(session.completed) == 7
    assert inhibit.calls[0] == "inhibit"
    assert inhibit.calls[-1] == "release"
    assert "7 of 7 exercises done" in window.session_view.summary.text()


def start_frozen(make_window: MakeWindow, **options: object) -> tuple[MainWindow, FakeClock]:
    """A window whose session clock only moves when the test says so."""
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, **options)
    window.start_session()
    assert window.driver is not None
    return window, clock


def wake(window: MainWindow) -> None:
    assert window.driver is not None
    window.driver._wake()


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let session time pass, waking the driver every half second as its timer would."""
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        wake(window)


def test_keyboard_pause_resume_next_previous(
    qtbot: QtBot,
    make_window: MakeWindow,
    speaker: RecordingSpeaker,
    inhibit: FakeInhibit,
    screenshot: Screenshot,
) -> None:
    window, clock = start_frozen(make_window)
    driver = window.driver
    assert driver is not None
    run(window, clock, 4)
    assert state(window) is State.RUNNING
    assert window.session_view.phase.text() == "GET READY"
    assert window.session_view.side.current() == "RIGHT LEG"
    screenshot(window, "prepare")

    silenced = speaker.silenced
    press(qtbot, window, Qt.Key.Key_Space)
    assert state(window) is State.PAUSED
    assert speaker.silenced > silenced
    assert inhibit.calls[-1] == "release"
    assert window.session_view.phase.text() == "PAUSED · GET READY"  # the phase stays in view
    screenshot(window, "paused")
    clock.advance(100)
    press(qtbot, window, Qt.Key.Key_Space)
    assert state(window) is State.RUNNING
    assert driver.player.position() == pytest.approx(4)

    press(qtbot, window, Qt.Key.Key_Right)
    assert driver.player.exercise_index == 1
    assert driver.player.exercise_status(0) is ExerciseStatus.SKIPPED
    assert window.session_view.exercise_name.text() == "Prone knee bends"
    assert window.session_view.exercise_count.text() == "Exercise 2 of 7"
    press(qtbot, window, Qt.Key.Key_Left)  # just started: back to the first exercise
    assert driver.player.exercise_index == 0
    assert window.session_view.exercise_name.text() == "Sitting knee extension"


def test_the_left_leg_is_shown_on_the_left_in_its_own_colour(
    make_window: MakeWindow, screenshot: Screenshot
) -> None:
    window, clock = start_frozen(make_window)
    first_left = next(s for s in TIMELINE.segments if s.side is Side.LEFT and s.phase == "hold")
    while window.driver is not None and window.driver.player.position() < first_left.start + 1:
        run(window, clock, 1)
    view = window.session_view
    assert view.side.current() == "LEFT LEG"
    assert view.side.left.isVisible()
    assert not view.side.right.isVisible()
    assert view.side.left.geometry().center().x() < view.side.width() / 2
    assert view.phase.text() == "HOLD"
    assert view.reps.text() == "rep 1 of 8"
    assert view.countdown.text() == "4"
    assert view.next_up.text() == "Next: lower (left leg), 3 s"
    screenshot(window, "left-leg-hold")


def test_escape_asks_before_stopping_and_keep_going_resumes(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, clock = start_frozen(make_window)
    driver = window.driver
    assert driver is not None
    press(qtbot, window, Qt.Key.Key_Escape)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert state(window) is State.PAUSED
    keep = next(b for b in box.findChildren(QPushButton) if b.text() == "Keep going")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert state(window) is State.RUNNING

    run(window, clock, 30)
    press(qtbot, window, Qt.Key.Key_Escape)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    stop = next(b for b in box.findChildren(QPushButton) if b.text() == "Stop the session")
    with qtbot.waitSignal(window.session_finished) as finished:
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert finished.args == [str(Outcome.STOPPED)]
    (session,) = history.sessions()
    assert session.ended is Outcome.STOPPED
    assert [e.status for e in session.exercises] == [ExerciseStatus.PARTIAL]  # cut short


def test_space_on_a_focused_button_toggles_once(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, _ = start_frozen(make_window)
    driver = window.driver
    assert driver is not None
    window.session_view.next_button.setFocus()
    press(qtbot, window.session_view.next_button, Qt.Key.Key_Space)
    assert state(window) is State.PAUSED
    assert driver.player.exercise_index == 0


def key(
    qtbot: QtBot,
    window: MainWindow,
    which: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key press where a real one goes: to the widget with the keyboard focus."""
    qtbot.keyClick(QApplication.focusWidget() or window, which, modifier)  # type: ignore[no-untyped-call]


def test_session_after_session_by_keyboard_alone(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, tmp_path: Path
) -> None:
    window = make_window()
    source = tmp_path / "short.yaml"
    source.write_text(SHORT)
    assert window.add_routine(source)
    view = window.session_view

    def tab_to_the_note() -> None:
        for _ in range(40):
            if QApplication.focusWidget() is view.note:
                return
            key(qtbot, window, Qt.Key.Key_Tab)
        raise AssertionError("Tab never reaches the note")

    # 1: a rating, a note of two lines saved with Ctrl+Enter, then Enter goes back.
    assert window.stack.currentWidget() is window.routines_page
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        key(qtbot, window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is view
    key(qtbot, window, Qt.Key.Key_3)
    assert view.pain_after.value == 3
    tab_to_the_note()
    qtbot.keyClicks(view.note, "Knee 5 better")  # type: ignore[no-untyped-call]
    key(qtbot, window, Qt.Key.Key_Return)  # a new line in the note, not back to the routines
    key(qtbot, window, Qt.Key.Key_Space)  # a space in the note
    assert window.stack.currentWidget() is view
    qtbot.keyClicks(view.note, "calf tight")  # type: ignore[no-untyped-call]
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is not view.note
    assert view.save_note_button.text() == "Note saved"
    latest = history.sessions()[-1]
    assert latest.note == "Knee 5 better\n calf tight"
    assert latest.pain_after == 3  # the 5 typed in the note is no rating
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.routines_page

    # 2: a note written and Esc at once: back, and the note is kept.
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        key(qtbot, window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is view
    assert view.note.toPlainText() == ""  # a fresh note for this session
    assert not view.save_note_button.isEnabled()
    assert view.save_note_button.text() != "Note saved"
    tab_to_the_note()
    qtbot.keyClicks(view.note, "Tired today")  # type: ignore[no-untyped-call]
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.routines_page

    # 3: Space on a button chosen with Tab presses it; on nothing, it leads on.
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        key(qtbot, window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is view
    for _ in range(40):
        if QApplication.focusWidget() is view.where_button:
            break
        key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PainMapDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    key(qtbot, window, Qt.Key.Key_Escape)  # closes the body map only
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # (a window manager does this when a dialog closes)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.stack.currentWidget() is view
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.routines_page

    # 4: nothing chosen with Tab: Space leads on, and Space starts the next one.
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        key(qtbot, window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is view
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.routines_page
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.routines_page

    sessions = sorted(history.sessions(), key=lambda s: s.id)
    assert [s.ended for s in sessions] == [Outcome.COMPLETED] * 5
    assert [s.note for s in sessions] == ["Knee 5 better\n calf tight", "Tired today", "", "", ""]
    assert [s.pain_after for s in sessions] == [3, None, None, None, None]


def test_mute_key_silences_speech_and_sounds(
    qtbot: QtBot, make_window: MakeWindow, speaker: RecordingSpeaker
) -> None:
    window, clock = start_frozen(make_window)
    said = len(speaker.said)
    press(qtbot, window, Qt.Key.Key_M)
    assert window.voice.muted
    assert window.session_view.mute_button.text().startswith("Unmute")
    run(window, clock, 12)
    assert len(speaker.said) == said
    press(qtbot, window, Qt.Key.Key_M)
    run(window, clock, 3)
    assert len(speaker.said) > said


def test_starting_muted(make_window: MakeWindow, speaker: RecordingSpeaker) -> None:
    window, _ = start_frozen(make_window, muted=True)
    assert window.voice.muted
    assert speaker.said == []


def test_countdown_ticks_in_the_last_three_seconds(
    qtbot: QtBot,
    make_window: MakeWindow,
    speaker: RecordingSpeaker,
    isolated_data_dir: Path,
) -> None:
    path = isolated_data_dir / "short.yaml"
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(SHORT)
    window = make_window(speed=20.0)
    assert window.add_routine(path)
    with qtbot.waitSignal(window.session_finished, timeout=20_000):
        window.start_session()
    timeline = build_timeline(load_routine(path))
    long_enough = [
        s
        for s in timeline.segments
        if s.seconds >= 5 and s.kind not in (SegmentKind.SWITCH, SegmentKind.DONE)
    ]
    assert speaker.sounds.count(Sound.COUNTDOWN) == 3 * len(long_enough)
    assert speaker.said[0].startswith("Leg lift. Lift one leg. Start with your right leg.")


def test_sounds_follow_their_settings(
    qtbot: QtBot, make_window: MakeWindow, speaker: RecordingSpeaker
) -> None:
    settings = Settings(sound_countdown=False, sound_switch=False, sound_end=True)
    window = make_window(settings=settings)
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    assert speaker.sounds == [Sound.END]


def test_adding_a_broken_routine_shows_its_problems(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    bad = tmp_path / "from-physio.yaml"
    bad.write_text(SHORT.replace("reps: 2", "rpes: 2"))
    assert not window.add_routine(bad)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, WarningDialog)
    assert box.windowTitle() == "“from-physio.yaml” cannot be used"
    assert box.message.text() == "This routine file has 2 problems:"
    assert box.details.toPlainText().splitlines() == [
        f"{bad}:6:5: an exercise with 'phases' needs 'reps'",
        f"{bad}:12:5: unknown key 'rpes' in an exercise; did you mean 'reps'?",
    ]
    box.close()


def test_dropping_a_routine_file_adds_and_selects_it(
    make_window: MakeWindow, tmp_path: Path, isolated_data_dir: Path
) -> None:
    window = make_window()
    source = tmp_path / "mine.yaml"
    source.write_text(SHORT)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    entry = window.routines_page.selected()
    assert entry is not None
    assert entry.title == "Short test routine"
    assert entry.path.is_relative_to(isolated_data_dir / "routines")
    source.unlink()  # the copy keeps working
    window.reload_routines(select=str(entry.path))
    assert window.routines_page.selected().routine is not None  # type: ignore[union-attr]


def test_a_broken_log_does_not_stop_the_session(
    qtbot: QtBot, make_window: MakeWindow, screenshot: Screenshot
) -> None:
    window = make_window(history=None, history_problem="Sessions will not be saved. (test)")
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    assert "Sessions will not be saved" in window.notice_bar.text()
    assert "Not saved" in window.session_view.summary.text()
    screenshot(window, "log-unavailable")


def test_the_chosen_routine_is_remembered(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path
) -> None:
    window, _ = start_frozen(make_window)
    settings = load_settings(isolated_data_dir / "config" / "settings.json")
    assert settings.last_routine == str(BUNDLED_ROUTINE.resolve())
    window.set_verbosity(Verbosity.COUNTS)
    assert (
        load_settings(isolated_data_dir / "config" / "settings.json").verbosity is Verbosity.COUNTS
    )


def test_closing_mid_session_logs_it_as_interrupted(
    make_window: MakeWindow, history: HistoryLog
) -> None:
    window, clock = start_frozen(make_window)
    run(window, clock, 3)
    window.close()
    (session,) = history.sessions()
    assert session.ended is Outcome.INTERRUPTED
