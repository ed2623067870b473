"""Put the real window through every state a patient sees, for the layout tests and screenshots.

Used by tests/ui/test_layout_fit.py and, to look at the screens under a real X
server, as a program::

    xvfb-run -s "-screen 0 1366x768x24" sh -c 'openbox & .venv/bin/python -m tests.ui.screens OUT'

``UI_LANGUAGE=de`` (or nl, zh_CN) shows the window in that language; ``MAXIMISED=1`` as
the app first opens it; ``COLOUR_SCHEME=dark`` (light, high_contrast, system) and
``TEXT_SIZE=200`` (100 to 200) as Settings > Colours and Text size; ``NOTICES=n`` shows
that many notices (0 to 2); ``ONLY=dialogs`` (or session, completed, history, editor, a
comma-separated list) takes only those walks.

Each state is reached the way a patient reaches it (keys, the fake clock moving
on), never by setting widgets directly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from homestretch.core.player import State
from homestretch.core.timeline import SegmentKind
from homestretch.ui.main_window import MainWindow
from tests.helpers import FakeClock

SIZES = ((1024, 600), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160))
NOTICES = (
    "Spoken instructions are off because the espeak-ng speech engine is not installed. "
    "Install it with: sudo apt install espeak-ng",
    "This session cannot be saved: the disk is full. What you do is still counted on "
    "screen; it will be saved as soon as there is room again.",
)


@dataclass
class Walk:
    """A window on a fake clock, and how to move it on."""

    window: MainWindow
    clock: FakeClock

    def settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()

    def run_until(self, done: Callable[[], bool], *, limit: float = 4000.0) -> None:
        """Move the session clock on in half seconds until ``done()`` (or fail)."""
        driver = self.window.driver
        assert driver is not None
        waited = 0.0
        while not done():
            assert waited < limit, "the session never reached the state"
            self.clock.advance(0.5)
            waited += 0.5
            driver._wake()
        self.settle()

    def segment_kind(self) -> SegmentKind | None:
        driver = self.window.driver
        return None if driver is None else driver.player.segment.kind

    def ready(self) -> None:
        """Back on the routines page, with the selected routine ready to start."""
        if self.window.stack.currentWidget() is not self.window.routines_page:
            self.key(Qt.Key.Key_Escape)
        while not self.window.ready_to_start():  # (built off the GUI thread)
            QApplication.processEvents()

    def exposed(self, shown: QWidget) -> None:
        """Wait until a window (a dialog) is on screen and painted, as a patient would see it."""
        import time

        from PySide6.QtTest import QTest

        QTest.qWaitForWindowExposed(shown, 2000)
        deadline = time.monotonic() + (0.3 if QApplication.platformName() == "xcb" else 0)
        while True:  # (a window manager maps it and the X server draws it a moment later)
            self.settle()
            if time.monotonic() >= deadline:
                break

    def key(self, key: Qt.Key) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(self.window, key)
        self.settle()


def states(walk: Walk) -> Iterator[str]:
    """Walk one session of the bundled routine; yield the name of each state once it shows.

    The routine must be selected on the routines page and the window idle.
    """
    window = walk.window
    walk.ready()
    yield "routines"
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.PREPARE)
    yield "prepare"
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    yield "work"
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.SWITCH)
    yield "switch"
    walk.key(Qt.Key.Key_Space)
    yield "paused"
    walk.key(Qt.Key.Key_Space)
    walk.key(Qt.Key.Key_Right)  # on to the next exercise, then to the rest after it
    player = window.driver.player if window.driver else None
    assert player is not None
    first = player.exercise_index
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.REST)
    yield "rest between exercises"
    # The quadriceps stretch has the longest phase name ("bend and hold the ankle").
    for _ in range(3 - first):
        walk.key(Qt.Key.Key_Right)
    walk.run_until(lambda: (walk.window.driver.player.segment.phase or "").startswith("bend"))  # type: ignore[union-attr]
    yield "long phase name"
    walk.key(Qt.Key.Key_Right)
    walk.run_until(lambda: (walk.window.driver.player.segment.phase or "").startswith("push"))  # type: ignore[union-attr]
    yield "push to the ankle"
    walk.key(Qt.Key.Key_8)
    yield "stop advised"
    walk.key(Qt.Key.Key_Escape)
    walk.settle()
    box = getattr(window, "stop_box", None)
    if box is not None and box.isVisible():
        yield "stop dialog"
        box.accept() if hasattr(box, "accept") else None
    walk.settle()
    if window.driver is not None and window.driver.state is not State.FINISHED:
        window.driver.stop()
        walk.settle()
    yield "stopped"


RESTS_ROUTINE = """schema: 2
name: Rests of every kind
prepare_seconds: 4
rest_between_exercises: 6
exercises:
  - id: lift
    name: Seated leg lift with a long name for a small screen
    position: sitting
    summary: Lift both legs a little.
    steps: [Lift both legs a little, Lower them slowly]
    sides: both
    sets: 2
    reps: 2
    rest_between_reps: 4
    rest_between_sets: 8
    phases:
      - {name: lift and hold them there, seconds: 4, say: Lift}
  - id: pats
    name: Knee pats
    position: sitting
    summary: Pat your knees.
    steps: [Pat gently around your knees]
    sides: both
    work: {seconds: 6, say: Pat}
"""
"""A routine with a rest between reps, between sets and between exercises."""


def rests(walk: Walk) -> Iterator[str]:
    """Every kind of rest (:data:`RESTS_ROUTINE` must be selected)."""
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    driver = walk.window.driver
    assert driver is not None

    def resting(set_: int | None) -> bool:
        segment = driver.player.segment
        return segment.kind is SegmentKind.REST and segment.set == set_

    walk.run_until(lambda: resting(1))
    yield "rest between reps"
    walk.run_until(lambda: resting(2) and driver.player.segment.rep is None)
    yield "rest between sets"
    walk.run_until(lambda: resting(None))
    yield "rest before the next exercise"
    walk.key(Qt.Key.Key_Escape)
    box = walk.window.stop_box
    box.accept()
    walk.settle()
    walk.key(Qt.Key.Key_Escape)


def completed(walk: Walk) -> Iterator[str]:
    """Run a session to its end, then the after-session check-in with a note."""
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    walk.run_until(
        lambda: walk.window.driver is not None and walk.window.driver.state is State.FINISHED
    )
    yield "done"
    walk.key(Qt.Key.Key_3)
    view = walk.window.session_view
    view.note.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClicks(view.note, "Right calf tight after the quadriceps stretch, eased by evening.")
    walk.settle()
    yield "done with rating and note"


def editor(walk: Walk) -> Iterator[str]:
    """The routine editor on the selected routine: its settings, an exercise, a message."""
    window = walk.window
    walk.ready()
    window.routines_page.edit_button.click()
    shown = window.editor
    assert shown is not None
    shown.activateWindow()
    import time

    deadline = time.monotonic() + 3  # (a window manager maps it, and gives it the keyboard)
    while time.monotonic() < deadline and not shown.isActiveWindow():
        QApplication.processEvents()
    walk.settle()
    yield "editor routine"
    language = shown.routine_form.fields[("language",)].editor
    assert isinstance(language, QComboBox)
    language.showPopup()
    walk.settle()
    yield "editor languages"
    language.hidePopup()
    shown.list.setCurrentRow(0)
    walk.settle()
    yield "editor exercise"
    button = shown.add_button
    shown.add_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    walk.settle()
    yield "editor catalogue"
    shown.add_menu.close()
    walk.settle()
    form = shown.exercise_form
    assert form is not None
    shown.exercise_scroll.ensureWidgetVisible(form.fields[("exercises", 0, "phases")])
    walk.settle()
    yield "editor phases"
    bar = shown.exercise_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    walk.settle()
    yield "editor exercise end"
    bar.setValue(0)
    name = form.fields[("exercises", 0, "name")].editor
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    from PySide6.QtTest import QTest

    QTest.keyClick(name, Qt.Key.Key_Delete)
    shown.check()
    walk.settle()
    yield "editor message"
    shown.undo()
    shown.check()  # (as the window does a moment after an undo)
    shown.show_preview()
    walk.settle()
    yield "editor preview"
    if shown.preview is not None:
        shown.preview.close()
    reps = form.fields[("exercises", 0, "reps")]
    reps.box.setValue(6)  # type: ignore[attr-defined]
    shown.check()
    shown.close()
    walk.settle()
    if shown.isVisible():
        yield "editor unsaved changes"
        shown._closing = True
        shown.close()
    walk.settle()


def history(walk: Walk) -> Iterator[str]:
    """The history page, with the sessions walked before."""
    walk.ready()
    walk.window.show_history()
    walk.settle()
    yield "history"
    walk.key(Qt.Key.Key_Escape)


def dialogs(walk: Walk) -> Iterator[str]:
    """Every dialog of the menus: settings, language, reminders, the body map, help."""
    from functools import partial

    from homestretch.ui.help_topics import HelpTopic
    from homestretch.ui.reminders import Reminders

    window = walk.window
    walk.ready()
    reminders = Reminders(window, start=False, tray_available=False, autostart=False)
    opened: list[tuple[str, Callable[[], object], Callable[[], QWidget | None]]] = [
        ("speech settings", window.open_speech_settings, lambda: window.speech_dialog),
        ("language", window.open_language_settings, lambda: window.language_dialog),
        ("reminders", reminders.open_dialog, lambda: reminders.dialog),
        (
            "body map",
            partial(window.open_pain_map, "before"),
            lambda: window.pain_map_dialog,
        ),
        *(
            (f"help {topic.value}", partial(window.show_help, topic), lambda: window.help_dialog)
            for topic in HelpTopic
        ),
    ]
    for name, open_it, shown in opened:
        open_it()
        walk.settle()
        dialog = shown()
        assert dialog is not None, name
        assert dialog.isVisible(), name
        walk.exposed(dialog)
        yield name
        dialog.close()
        walk.settle()
    reminders.close()


def main(argv: list[str]) -> int:  # pragma: no cover - a tool for looking at the screens
    """Save a picture of the whole screen in every state into the folder ``argv[1]``."""
    import os
    import tempfile
    import time

    from homestretch.core.history import HistoryLog
    from homestretch.core.paths import AppPaths
    from homestretch.core.settings import ColourScheme, Settings
    from homestretch.speech.speaker import RecordingSpeaker

    out = Path(argv[1] if len(argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    language = os.environ.get("UI_LANGUAGE")  # de, nl, zh_CN: the window in that language
    from homestretch.i18n.catalogue import TRANSLATIONS, release
    from homestretch.ui.language import install_language

    built = Path(tempfile.mkdtemp())
    for ts in TRANSLATIONS:
        release(ts, built / ts.with_suffix(".qm").name)
    # As the app does, English too: its plural forms ("7 exercises", not "7 exercise(s)").
    # (Kept while the window runs: its translators go with it.)
    installed = install_language(language or "en", built)
    data = Path(tempfile.mkdtemp())
    os.environ["HOMESTRETCH_DATA_DIR"] = str(data)
    clock = FakeClock()
    window = MainWindow(
        AppPaths.resolve(data),
        speaker=RecordingSpeaker(),
        settings=Settings(
            colour_scheme=ColourScheme(os.environ.get("COLOUR_SCHEME", "light")),
            text_size=int(os.environ.get("TEXT_SIZE", "100")),
        ),
        history=HistoryLog(data / "history.sqlite3"),
        clock=clock,
    )
    for k in range(int(os.environ.get("NOTICES", "1"))):
        window.add_notice(f"n{k}", NOTICES[k])
    window.show_placed() if os.environ.get("MAXIMISED") else window.show()
    window.activateWindow()
    deadline = time.monotonic() + 5
    while not window.isActiveWindow() and time.monotonic() < deadline:
        QApplication.processEvents()
    walk = Walk(window, clock)
    session_walk = states
    if language:  # (the routine in that language is offered: its phases have other names)
        from tests.ui.test_routine_language import walk_a_session

        def session_walk(walk: Walk) -> Iterator[str]:
            return walk_a_session(walk.window, walk.clock)

    every = {
        "session": session_walk,
        "completed": completed,
        "history": history,
        "dialogs": dialogs,
        "editor": editor,
    }
    only = os.environ.get("ONLY", "editor" if os.environ.get("ONLY_EDITOR") else "")
    walks = [every[name] for name in only.split(",")] if only else list(every.values())
    for walked in (walk_states(walk) for walk_states in walks):
        for name in walked:
            shown = (
                window.editor if window.editor is not None and window.editor.isVisible() else window
            )
            shoot(shown, out / f"{name.replace(' ', '-')}.png")
    del installed
    return 0


def shoot(window: QWidget, path: Path) -> None:  # pragma: no cover - see main()
    """The whole screen under a real X server (title bar and all); the window offscreen."""
    window.repaint()
    QApplication.processEvents()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    picture = window.screen().grabWindow(0) if app.platformName() == "xcb" else window.grab()
    picture.save(str(path))


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv))
