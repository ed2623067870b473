"""Opening a routine file given to you: ``homestretch FILE.yaml``, File > Open and dropping the
file copy it into the user's routines (asking before replacing one of the same name), select it
and show it, ready for Space; a broken file is shown with its problems and not copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from homestretch import cli
from homestretch.core.routine import load_routine
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow

ROUTINE = """\
schema: 1
name: NAME
prepare_seconds: 6
exercises:
  - id: pats
    name: Pats
    position: sitting
    summary: Pat your knees.
    steps: [Pat]
    work: {seconds: 6, say: Pat}
"""


def routine_file(folder: Path, name: str, file_name: str = "from-physio.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / file_name
    path.write_text(ROUTINE.replace("NAME", name), encoding="utf-8")
    return path


def user_routine_files(data: Path) -> list[str]:
    routines = data / "routines"
    if not routines.exists():
        return []
    return sorted(str(p.relative_to(routines)) for p in routines.rglob("*.yaml"))


def run_command(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], step: Callable[[MainWindow], bool]
) -> tuple[int, MainWindow]:
    """Run ``homestretch ARGV``; ``step(window)`` is called every 20 ms until it returns True
    (then the window closes), or for at most 20 s."""
    opened: list[MainWindow] = []
    original_show = MainWindow.show

    def show_then_step(self: MainWindow) -> None:
        original_show(self)
        opened.append(self)
        calls = [0]

        def again() -> None:
            calls[0] += 1
            if calls[0] > 1000 or step(self):
                self.close()
            else:
                QTimer.singleShot(20, again)

        QTimer.singleShot(20, again)

    monkeypatch.setattr(MainWindow, "show", show_then_step)
    status = cli.main(argv)
    (window,) = opened
    return status, window


def test_the_command_with_a_routine_file_opens_the_window_on_it_ready_for_space(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, tmp_path: Path
) -> None:
    source = routine_file(tmp_path / "mail", "From my physio")
    copy = isolated_data_dir / "routines" / "from-physio" / "from-physio.yaml"
    seen: dict[str, object] = {}

    def step(window: MainWindow) -> bool:
        entry = window.routines_page.selected()
        if entry is None or entry.path != copy or not window.ready_to_start():
            return False
        if "selected" not in seen:
            seen["selected"] = entry.title
            seen["page"] = window.stack.currentWidget() is window.routines_page
            window.activateWindow()
        if not window.isActiveWindow():
            return False
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
        seen["after space"] = window.stack.currentWidget() is window.session_view
        seen["exercise"] = window.session_view.title.text() if window.driver else ""
        return True

    status, _window = run_command(monkeypatch, ["--mute", str(source)], step)
    assert status == 0
    assert seen["selected"] == "From my physio"
    assert seen["page"]
    assert seen["after space"]
    assert user_routine_files(isolated_data_dir) == ["from-physio/from-physio.yaml"]
    assert load_routine(copy).name == "From my physio"
    source.unlink()  # the copy is the user's own
    assert load_routine(copy).name == "From my physio"


def test_a_relative_routine_file_after_options(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, tmp_path: Path
) -> None:
    routine_file(tmp_path, "Relative", "mine.YML")
    monkeypatch.chdir(tmp_path)
    copy = isolated_data_dir / "routines" / "mine" / "mine.YML"

    def step(window: MainWindow) -> bool:
        entry = window.routines_page.selected()
        return entry is not None and entry.path == copy and window.ready_to_start()

    status, window = run_command(monkeypatch, ["--speed", "2", "--mute", "mine.YML"], step)
    assert status == 0
    assert window.speed == 2
    assert window.routines_page.selected().title == "Relative"  # type: ignore[union-attr]


def test_the_command_with_a_broken_file_shows_its_problems_and_copies_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, tmp_path: Path
) -> None:
    source = routine_file(tmp_path, "Broken")
    source.write_text(
        ROUTINE.replace("NAME", "Broken").replace("work:", "wrok:").replace("sitting", "sat"),
        encoding="utf-8",
    )
    seen: list[tuple[str, str, str]] = []

    def step(window: MainWindow) -> bool:
        box = QApplication.activeModalWidget()
        if not isinstance(box, WarningDialog):
            return False
        seen.append((box.windowTitle(), box.message.text(), box.details.toPlainText()))
        box.close()
        return True

    status, _window = run_command(monkeypatch, ["--mute", str(source)], step)
    assert status == 0
    ((title, text, details),) = seen
    assert title == "“from-physio.yaml” cannot be used"
    assert text == "This routine file has 3 problems:"
    # Each problem with its file, line and column (the wording is the loader's).
    problems = [line.removeprefix(f"{source}:").split(": ", 1) for line in details.splitlines()]
    assert [where for where, _ in problems] == ["5:5", "7:15", "10:5"]
    assert "'work'" in problems[0][1]
    assert "'sat'" in problems[1][1]
    assert "'wrok'" in problems[2][1]
    assert user_routine_files(isolated_data_dir) == []


def question(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def answer(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


@pytest.mark.parametrize(
    ("choice", "files", "selected"),
    [
        ("Replace", ["from-physio/from-physio.yaml"], "Second"),
        (
            "Keep both",
            ["from-physio (2)/from-physio (2).yaml", "from-physio/from-physio.yaml"],
            "Second",
        ),
        ("Cancel", ["from-physio/from-physio.yaml"], "First"),
    ],
)
def test_a_routine_of_the_same_file_name_is_replaced_only_when_asked(
    qtbot: QtBot,
    make_window: MakeWindow,
    isolated_data_dir: Path,
    tmp_path: Path,
    choice: str,
    files: list[str],
    selected: str,
) -> None:
    window = make_window()
    assert window.add_routine(routine_file(tmp_path / "january", "First"))
    assert user_routine_files(isolated_data_dir) == ["from-physio/from-physio.yaml"]
    assert not window.add_routine(routine_file(tmp_path / "march", "Second"))  # it asks first
    box = question(qtbot)
    assert box.text() == (
        "You added a routine from a file named “from-physio.yaml” before. "
        "Replace it with this one, or keep both?"
    )
    assert box.informativeText().endswith(
        "Keep both adds this one with a number after its name, as “from-physio (2).yaml”."
    )
    assert box.defaultButton().text() == "Keep both"  # Enter loses nothing
    assert box.escapeButton().text() == "Cancel"
    assert user_routine_files(isolated_data_dir) == ["from-physio/from-physio.yaml"]  # not yet
    answer(box, choice)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert user_routine_files(isolated_data_dir) == files
    titles = sorted(load_routine(isolated_data_dir / "routines" / name).name for name in files)
    assert titles == sorted(
        {"Replace": ["Second"], "Cancel": ["First"]}.get(choice, ["First", "Second"])
    )
    entry = window.routines_page.selected()
    assert entry is not None
    if choice != "Cancel":
        assert entry.title == selected
        assert entry.path.is_relative_to(isolated_data_dir / "routines")
        qtbot.waitUntil(window.ready_to_start)


def test_escape_cancels_the_question(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    assert window.add_routine(routine_file(tmp_path / "a", "First"))
    assert not window.add_routine(routine_file(tmp_path / "b", "Second"))
    qtbot.keyClick(question(qtbot), Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert user_routine_files(isolated_data_dir) == ["from-physio/from-physio.yaml"]
    assert (
        load_routine(isolated_data_dir / "routines" / "from-physio" / "from-physio.yaml").name
        == "First"
    )


def drop(window: MainWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()


def test_dropping_a_file_of_a_taken_name_asks_then_selects_the_new_one(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    drop(window, routine_file(tmp_path / "a", "First"))
    assert window.routines_page.selected().title == "First"  # type: ignore[union-attr]
    drop(window, routine_file(tmp_path / "b", "Second"))
    answer(question(qtbot), "Replace")
    qtbot.waitUntil(lambda: window.routines_page.selected().title == "Second")  # type: ignore[union-attr]
    assert user_routine_files(isolated_data_dir) == ["from-physio/from-physio.yaml"]
    qtbot.waitUntil(window.ready_to_start)


def test_dropping_a_broken_file_copies_nothing(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    source = routine_file(tmp_path, "Broken")
    source.write_text(ROUTINE.replace("work:", "wrok:"), encoding="utf-8")
    drop(window, source)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, WarningDialog)
    assert f"{source}:10:5: unknown key 'wrok'" in box.details.toPlainText()
    box.close()
    assert user_routine_files(isolated_data_dir) == []


def test_file_open_adds_the_chosen_file(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    source = routine_file(tmp_path, "Chosen")
    assert window.open_action.text() == "&Open routine file…"
    window.open_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QFileDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(source))
    dialog.accept()
    qtbot.waitUntil(lambda: window.routines_page.selected().title == "Chosen")  # type: ignore[union-attr]
    assert user_routine_files(isolated_data_dir) == ["from-physio/from-physio.yaml"]
