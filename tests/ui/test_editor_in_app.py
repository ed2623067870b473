"""The editor opened from the routines page: Edit, New routine, Try it, the preview, its fit,
and the physiotherapist's whole task (the issue's "Done when")."""

from __future__ import annotations

import difflib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from homestretch.cli import main as cli_main
from homestretch.core.checkin import REGIONS
from homestretch.core.draft import Draft
from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths
from homestretch.core.player import State
from homestretch.core.routine import load_routine
from homestretch.speech.speaker import RecordingSpeaker
from homestretch.ui.editor.picture import PictureField
from homestretch.ui.editor.preview import PreviewDialog
from homestretch.ui.editor.window import BUNDLED_NOTICE, EditorWindow
from homestretch.ui.main_window import MainWindow
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.fitting import problems
from tests.ui.test_single_exercise import run_to_end


def open_from_page(qtbot: QtBot, window: MainWindow) -> EditorWindow:
    window.routines_page.edit_button.click()
    editor = window.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    return editor


def activate(qtbot: QtBot, editor: EditorWindow) -> None:
    """Give the editor the keyboard, as the window manager does with a new window."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def field(form: Any, *path: str | int) -> Any:
    """A form's field (of whichever kind) by its key path."""
    return form.fields[path]


def forget_changes(editor: EditorWindow) -> None:
    editor._closing = True  # (the test ends: no unsaved-changes question)


def test_edit_opens_the_selected_routine_and_says_it_is_saved_as_a_copy(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    entry = window.routines_page.selected()
    assert entry is not None
    assert entry.bundled
    editor = open_from_page(qtbot, window)
    assert editor.draft.path == entry.path
    assert editor.draft.bundled
    assert editor.notice.isVisible()
    assert editor.notice.text() == BUNDLED_NOTICE
    assert editor.list.count() == 7
    window.routines_page.edit_button.click()  # (one editor at a time)
    assert window.editor is editor


def test_new_routine_is_saved_reloaded_and_selected(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path
) -> None:
    window = make_window()
    window.routines_page.new_button.click()
    editor = window.editor
    assert editor is not None
    activate(qtbot, editor)
    assert not editor.notice.isVisible()
    assert editor.draft.path is None
    form = editor.routine_form
    field(form, "name").editor.setText("Evening")
    field(form, "name").editor.textEdited.emit("Evening")
    editor.list.setCurrentRow(0)
    exercise = editor.exercise_form
    assert exercise is not None
    for name, text in (("name", "Calf stretch"), ("summary", "Stretch the calf.")):
        box = field(exercise, "exercises", 0, name).editor
        box.setFocus()
        qtbot.keyClicks(box, text)  # type: ignore[no-untyped-call]
    steps = field(exercise, "exercises", 0, "steps")
    steps.list.item(0).setText("Lean on the wall.")
    editor.check()
    assert editor.draft.problems() == []
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    path = saved.args[0]
    assert path.parent == AppPaths.resolve(isolated_data_dir).user_routines_dir
    selected = window.routines_page.selected()
    assert selected is not None
    assert selected.path == path
    assert selected.routine is not None
    assert selected.routine.name == "Evening"
    assert not editor.draft.modified
    editor.close()


def test_try_it_plays_the_routine_fast_and_logs_nothing(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, isolated_data_dir: Path
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    editor = open_from_page(qtbot, window)
    editor.list.setCurrentRow(0)
    form = editor.exercise_form
    assert form is not None
    field(form, "exercises", 0, "reps").box.setValue(2)  # (what is tried is the draft)
    editor.check()
    editor.try_button.click()
    qtbot.waitUntil(lambda: window.driver is not None)
    session = window.session
    assert session is not None
    assert session.speed == 10.0
    assert session.timeline.routine.exercises[0].reps == 2
    assert window.recorder is None
    assert window.stack.currentWidget() is window.session_view
    run_to_end(window, clock, limit=400)
    assert session.state is State.FINISHED
    assert "not logged" in window.session_view.summary.text()
    assert history.sessions() == []
    with sqlite3.connect(history.path) as db:  # the real log, read afresh
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    forget_changes(editor)


def test_try_it_leaves_the_patients_check_in_and_is_silent_with_its_words_shown(
    qtbot: QtBot, make_window: MakeWindow, speaker: RecordingSpeaker
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    area = REGIONS[0].id
    window.set_pain_before(4)
    window._areas_before = (area,)  # (as the body map's OK leaves it)
    window.routines_page.pain.set_areas((area,))
    editor = open_from_page(qtbot, window)
    editor.check()
    speaker.prepared.clear()  # (the selected routine's words, made ahead for its Space)
    editor.try_button.click()
    qtbot.waitUntil(lambda: window.driver is not None)
    session = window.session
    assert session is not None
    assert (session.pain_before, session.areas_before) == (None, ())
    trial = window.session_view.trial
    assert trial.isVisibleTo(window.session_view)
    assert trial.text().startswith("Trying it: 10× faster, silent")
    shown: set[str] = set()
    driver = window.driver
    assert driver is not None
    for _ in range(800):
        if session.state is State.FINISHED:
            break
        clock.advance(0.5)
        driver._wake()
        shown.add(trial.text())
    assert session.state is State.FINISHED
    cues = [s.say for s in session.timeline.segments if s.say]
    assert any(f"the patient hears “{cues[0]}”" in text for text in shown)
    assert (speaker.said, speaker.sounds, speaker.prepared) == ([], [], [])
    assert window.routines_page.pain.value == 4  # still the patient's, for their session
    assert "Where it hurts" in window.routines_page.pain.areas.text()
    window.show_routines()
    window.start_session()
    real = window.session
    assert real is not None
    assert real is not session
    assert (real.pain_before, real.areas_before) == (4, (area,))
    assert not window.session_view.trial.isVisibleTo(window.session_view)
    qtbot.waitUntil(lambda: bool(speaker.said))  # the patient's session speaks
    forget_changes(editor)


def test_preview_is_the_table_homestretch_preview_prints(
    qtbot: QtBot,
    isolated_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    editor = EditorWindow(Draft.open(BUNDLED_ROUTINE, paths=AppPaths.resolve(isolated_data_dir)))
    qtbot.addWidget(editor)
    editor.show()
    editor.preview_button.click()
    dialog = editor.preview
    assert isinstance(dialog, PreviewDialog)
    assert cli_main(["preview", str(BUNDLED_ROUTINE)]) == 0
    printed = capsys.readouterr().out
    assert dialog.table.toPlainText() + "\n" == printed or dialog.table.toPlainText() == printed
    assert "Knee pats" in printed
    dialog.close()


def test_preview_speaks_the_routines_language_and_closes_with_a_button_of_words(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    editor = EditorWindow(Draft.open(BUNDLED_ROUTINE, paths=AppPaths.resolve(isolated_data_dir)))
    qtbot.addWidget(editor)
    editor.show()
    language = field(editor.routine_form, "language").combo
    language.setCurrentIndex(language.findData("de"))
    editor.check()
    editor.preview_button.click()
    dialog = editor.preview
    assert isinstance(dialog, PreviewDialog)
    table = dialog.table.toPlainText()
    assert "Wiederholung 1." in table
    assert "Rep 1." not in table
    assert dialog.close_button.text() == "Close"
    # (a standard button takes the style's icon, which X11 themes draw over the word)
    (box,) = dialog.findChildren(QDialogButtonBox)
    assert box.standardButtons() == QDialogButtonBox.StandardButton.NoButton
    assert dialog.close_button.icon().isNull()
    dialog.close_button.click()
    assert not dialog.isVisible()
    forget_changes(editor)


@pytest.mark.parametrize(
    ("size", "percent", "language"),
    [
        ((1366, 768), 100, "en"),
        ((1024, 600), 100, "en"),
        ((1366, 768), 200, "en"),
        ((1366, 768), 200, "de"),  # (a figure's German name made the form wider than the window)
    ],
)
def test_nothing_is_cut_at_small_screen_sizes(
    qtbot: QtBot,
    isolated_data_dir: Path,
    translations_dir: Path,
    size: tuple[int, int],
    percent: int,
    language: str,
) -> None:
    """At 200 % text too (on a laptop): the list's buttons read "uplica" and "ove dow", and
    the window was wider than the screen."""
    from homestretch.ui import style
    from homestretch.ui.language import install_language

    style.set_text_size(percent)
    installed = install_language(language, translations_dir)
    try:
        editor = EditorWindow(
            Draft.open(BUNDLED_ROUTINE, paths=AppPaths.resolve(isolated_data_dir))
        )
        qtbot.addWidget(editor)
        editor.resize(*size)
        editor.show()
        qtbot.waitExposed(editor)
        settle()
        assert editor.width() <= size[0]
        assert editor.height() <= size[1]
        assert problems(editor) == []
        for row in (0, 4):  # a one-leg exercise with phases, and a timed stretch
            editor.list.setCurrentRow(row)
            settle()
            assert problems(editor) == [], row
        form = editor.exercise_form
        assert form is not None
        name = field(form, "exercises", 4, "name")
        name.editor.setText("")
        name.editor.textEdited.emit("")
        editor.check()
        settle()
        assert name.message.isVisible()
        assert problems(editor) == []  # (with messages shown too)
    finally:
        style.set_text_size(100)
        installed.remove()


def settle() -> None:
    for _ in range(3):  # layouts and scroll areas settle, as on screen
        QApplication.processEvents()


def write_png(path: Path) -> Path:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    assert image.save(str(path))  # (PNG, from the suffix)
    return path


def test_physiotherapist_adapts_the_bundled_routine_end_to_end(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, history: HistoryLog
) -> None:
    """Drop one exercise, change reps and a hold, add a picture, save, start: the saved
    file differs from the bundled one only there."""
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    editor = open_from_page(qtbot, window)
    draft = editor.draft
    names = [e["name"] for e in draft.get(("exercises",))]
    dropped = next(n for n in names if "Quadriceps" in n or "quadriceps" in n)

    # Drop the quadriceps stretch.
    editor.list.setCurrentRow(names.index(dropped))
    editor.remove_button.click()
    assert dropped not in [e["name"] for e in draft.get(("exercises",))]

    # Fewer reps and a longer hold in the first exercise.
    editor.list.setCurrentRow(0)
    form = editor.exercise_form
    assert form is not None
    reps = field(form, "exercises", 0, "reps").box
    reps.setFocus()
    qtbot.keyClick(reps, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    qtbot.keyClicks(reps, "5")  # type: ignore[no-untyped-call]
    phases = field(form, "exercises", 0, "phases")
    hold = [p["name"] for p in draft.get(("exercises", 0, "phases"))].index("hold")
    phases.table.item(hold, 1).setData(Qt.ItemDataRole.EditRole, 8.0)

    # A picture of the physiotherapist's own, chosen in the file dialog.
    picture = field(form, "exercises", 0, "illustration")
    assert isinstance(picture, PictureField)
    png = write_png(tmp_path / "my knee.png")
    with qtbot.waitSignal(picture.choosing) as chosen:
        picture.combo.activated.emit(picture.combo.count() - 1)  # "Choose a picture file…"
    dialog = chosen.args[0]
    assert isinstance(dialog, QFileDialog)
    dialog.fileSelected.emit(str(png))  # (what choosing the file and pressing Open does)
    dialog.close()
    reference = draft.get(("exercises", 0, "illustration"))
    assert isinstance(reference, str)
    assert reference.endswith(".png")
    assert picture.combo.currentText().startswith("Your picture")

    editor.check()
    assert draft.problems() == []
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    path = saved.args[0]
    assert isinstance(path, Path)
    assert not editor.notice.isVisible()  # (it is the user's own copy now)
    routine = load_routine(path)
    assert len(routine.exercises) == 6
    assert routine.exercises[0].reps == 5
    assert routine.exercises[0].phases[hold].seconds == 8
    assert routine.exercises[0].illustration is not None
    assert routine.exercises[0].illustration.read_bytes() == png.read_bytes()

    # Only what was changed differs from the bundled file: comments, flow style kept.
    before = BUNDLED_ROUTINE.read_text(encoding="utf-8").splitlines()
    after = path.read_text(encoding="utf-8").splitlines()
    expected = list(before)
    start = expected.index("  - id: quadriceps-stretch")
    end = next(
        (k for k in range(start + 1, len(expected)) if expected[k].startswith("  - id: ")),
        len(expected),
    )
    del expected[start:end]
    first = expected.index("  - id: sitting-knee-extension")
    for old, new in (
        (
            "    illustration: assets:figures/sitting-knee-extension.yaml",
            f"    illustration: {reference}",
        ),
        ("    reps: 8 # PT: per leg", "    reps: 5 # PT: per leg"),
        (
            "      - { name: hold, seconds: 5, say: Hold it straight } # PT",
            "      - { name: hold, seconds: 8, say: Hold it straight } # PT",
        ),
    ):
        at = expected.index(old, first if old.startswith("    ") else 0)
        expected[at] = new
    name_line = next(k for k, line in enumerate(expected) if line.startswith("name: "))
    expected[name_line] = (
        f"name: {routine.name}"  # (the copy's own name: the bundled one's is taken)
    )
    assert after == expected, "\n".join(difflib.unified_diff(expected, after, lineterm=""))

    # It is selected on the routines page and starts.
    selected = window.routines_page.selected()
    assert selected is not None
    assert selected.path == path
    editor.close()
    qtbot.waitUntil(lambda: window.ready_to_start())
    window.start_session()
    qtbot.waitUntil(lambda: window.driver is not None)
    assert window.session is not None
    assert len(window.session.timeline.routine.exercises) == 6
    assert window.recorder is not None  # (a real session is logged)


def test_quitting_the_app_asks_about_the_editors_changes_first(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    editor = open_from_page(qtbot, window)
    editor.list.setCurrentRow(0)
    field(editor.exercise_form, "exercises", 0, "reps").box.setValue(3)
    window.close()
    assert window.isVisible()  # (not yet: the editor asks)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert "Save the changes" in box.text()
    box.reject()
    assert editor.isVisible()
    forget_changes(editor)
