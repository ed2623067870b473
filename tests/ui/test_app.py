from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch import app as app_module
from homestretch import cli
from homestretch.core.paths import AppPaths
from homestretch.ui.main_window import MainWindow


def test_the_command_without_arguments_opens_the_window_and_closes_cleanly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    opened: list[MainWindow] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)
        opened.append(self)
        QTimer.singleShot(300, self.close)

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert cli.main(["--speed", "3", "--mute"]) == 0
    (window,) = opened
    assert window.speed == 3
    assert window.muted
    assert window.routines_page.selected() is not None
    assert QApplication.desktopFileName() == "io.github.homestretch.Homestretch"
    icon = window.windowIcon().pixmap(64, 64).toImage()
    assert not icon.isNull()
    assert icon.pixelColor(32, 32).alpha() == 255  # drawn, not a blank placeholder
    assert (isolated_data_dir / "history.sqlite3").is_file()


def test_an_unusable_log_opens_the_window_with_a_notice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "history.sqlite3").write_bytes(b"not a database" * 100)
    notices: list[str] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)

        def look_then_close() -> None:
            notices.append(self.notice_bar.text())
            self.close()

        self.first_painted.connect(lambda: QTimer.singleShot(50, look_then_close))

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert app_module.run_app(AppPaths.resolve(isolated_data_dir)) == 0
    assert "not a Homestretch session log" in notices[0]


def test_bad_speed_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["--speed", "fast", "list"])
    assert info.value.code == 2
    assert "not a number" in capsys.readouterr().err


@pytest.mark.parametrize(
    "text",
    ['{"rate": 1e999}', '{"rate": Infinity}', "[" * 100_000 + "]" * 100_000],
    ids=["1e999", "Infinity", "nested-100000"],
)
def test_an_unusable_settings_file_opens_the_window_with_a_notice_naming_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path, text: str
) -> None:
    paths = AppPaths.resolve(isolated_data_dir)
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text(text, encoding="utf-8")
    seen: list[tuple[str, str]] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)

        def look_then_close() -> None:
            seen.append((self.notice_bar.text(), self.statusBar().currentMessage()))
            self.close()

        self.first_painted.connect(lambda: QTimer.singleShot(50, look_then_close))

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert app_module.run_app(paths, muted=True) == 0
    ((notice, status),) = seen
    assert str(paths.settings_file) in notice
    assert status == ""  # said once, in the notice bar


def test_the_app_empties_the_old_trash_in_a_thread_of_its_own(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "data")
    entry = paths.trash_dir / "20200101T000000 back"
    (entry / "files").mkdir(parents=True)
    (entry / "deleted.json").write_text(json.dumps({"deleted": "2020-01-01T00:00:00+00:00"}))
    thread = app_module.empty_old_trash(paths)
    assert thread is not threading.current_thread()
    thread.join(timeout=60)
    assert not entry.exists()
