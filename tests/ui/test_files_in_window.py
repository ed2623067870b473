"""The window against files that are not files, and routines too long to run.

Every path is real: a named pipe made with ``os.mkfifo`` (a rescuer process
unblocks a reader stuck on it, so a regression fails instead of hanging), a
link to ``/dev/zero``, 30 GB sparse files, the issue's 8.4-million-step routine.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch import app as app_module
from homestretch.core.paths import AppPaths
from homestretch.core.routine import Exercise, Position
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.main_window import MainWindow
from homestretch.ui.session_view import IllustrationArea
from tests.pipes import Rescuer
from tests.test_cli_files import huge_routine_text
from tests.ui.conftest import MakeWindow

PICTURED = """\
schema: 1
name: Pictured
exercises:
  - id: knee
    name: Knee bend
    position: sitting
    summary: Bend the knee.
    steps: [Bend it]
    illustration: figure.yaml
    work: {seconds: 30}
"""


def sparse(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(30 * 1024**3)
    return path


def error_box(qtbot: QtBot) -> tuple[str, str]:
    """The title and text of the message box the window opened, which is then closed."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    box = QApplication.activeModalWidget()
    assert isinstance(box, WarningDialog)
    title = box.windowTitle()
    text = f"{box.message.text()}\n{box.details.toPlainText()}"
    box.close()
    return title, text


def user_routines(window: MainWindow) -> list[Path]:
    folder = window.paths.user_routines_dir
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_adding_a_named_pipe_says_what_it_is(
    qtbot: QtBot, make_window: MakeWindow, fifo: Path
) -> None:
    window = make_window()
    assert not window.add_routine(fifo)
    title, text = error_box(qtbot)
    assert title == "“pipe.yaml” cannot be used"
    assert f"{fifo}: is not a regular file (it is a named pipe)" in text
    assert user_routines(window) == []


def test_dropping_a_named_pipe_says_what_it_is(
    qtbot: QtBot, make_window: MakeWindow, fifo: Path
) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fifo))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    _, text = error_box(qtbot)
    assert "is not a regular file (it is a named pipe)" in text


def test_adding_a_link_to_dev_zero_says_what_it_is(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    window = make_window()
    assert not window.add_routine(zero)
    _, text = error_box(qtbot)
    assert f"{zero}: is not a regular file (it is a device)" in text


def test_adding_a_30_gb_sparse_routine_says_it_is_too_large(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    huge = sparse(tmp_path / "huge.yaml")
    window = make_window()
    assert not window.add_routine(huge)
    _, text = error_box(qtbot)
    assert f"{huge}: is larger than 1 MB" in text


def test_a_30_gb_sparse_figure_is_refused_and_the_window_says_so(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    sparse(tmp_path / "figure.yaml")
    (tmp_path / "pictured.yaml").write_text(PICTURED)
    window = make_window()
    assert not window.add_routine(tmp_path / "pictured.yaml")
    title, text = error_box(qtbot)
    assert title == "“pictured.yaml” cannot be used"
    assert f"{tmp_path / 'pictured.yaml'}:9:19: picture 'figure.yaml' is larger than 1 MB" in text
    assert user_routines(window) == []


def test_adding_the_issues_huge_routine_is_refused_with_its_length(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.yaml"
    huge.write_text(huge_routine_text())
    window = make_window()
    assert not window.add_routine(huge)
    title, text = error_box(qtbot)
    assert title == "“huge.yaml” cannot be used"
    assert "this session would take 2,570 h 33 min (8,400,100 steps)" in text
    assert "a session may take at most 4 hours and 20,000 steps" in text
    assert user_routines(window) == []


def test_a_huge_routine_already_in_the_folder_is_listed_unusable(
    make_window: MakeWindow, isolated_data_dir: Path
) -> None:
    mine = isolated_data_dir / "routines" / "huge.yaml"
    mine.parent.mkdir(parents=True)
    mine.write_text(huge_routine_text())
    window = make_window()
    window.reload_routines(select=str(mine))
    entry = window.routines_page.selected()
    assert entry is not None
    assert entry.path == mine
    assert entry.routine is None
    assert "8,400,100 steps" in window.routines_page.details.text()
    window.start_session()  # nothing to start, and nothing built
    assert window.driver is None


def test_a_picture_that_became_a_pipe_shows_a_caption_at_once(
    qtbot: QtBot, tmp_path: Path, rescuer: Rescuer
) -> None:
    area = IllustrationArea()
    qtbot.addWidget(area)
    exercise = Exercise("knee", "Knee", Position.SITTING, "S", ("go",), ())
    for name in ("pipe.png", "pipe.svg"):
        pipe = tmp_path / name
        os.mkfifo(pipe)
        area.show_exercise(exercise, None, pipe)
        assert area._caption == "(the picture could not be shown)"


def test_an_svg_that_would_read_a_pipe_is_not_drawn(
    qtbot: QtBot, tmp_path: Path, rescuer: Rescuer
) -> None:
    """Qt reads an SVG's <image> file on the spot; this one must never reach Qt."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    picture = tmp_path / "p.svg"
    picture.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        f'<image width="10" height="10" href="{pipe}"/></svg>'
    )
    area = IllustrationArea()
    qtbot.addWidget(area)
    exercise = Exercise("knee", "Knee", Position.SITTING, "S", ("go",), ())
    area.show_exercise(exercise, None, picture)
    assert area._caption == "(the picture could not be shown)"
    area.grab()  # and painting it reads nothing either


def test_a_settings_file_that_is_a_pipe_still_opens_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, rescuer: Rescuer
) -> None:
    paths = AppPaths.resolve(isolated_data_dir)
    paths.config_dir.mkdir(parents=True)
    os.mkfifo(paths.settings_file)
    opened: list[MainWindow] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)
        opened.append(self)
        QTimer.singleShot(300, self.close)

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert app_module.run_app(paths) == 0
    (window,) = opened
    assert window.settings.rate == 150  # the defaults


def test_adding_a_missing_file_names_no_line(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    missing = window.paths.user_routines_dir.parent / "nonexistent.yaml"
    assert not window.add_routine(missing)
    title, text = error_box(qtbot)
    assert title == "“nonexistent.yaml” cannot be used"
    assert f"{missing}: does not exist" in text
    assert f"{missing}:1" not in text
