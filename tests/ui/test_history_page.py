"""The history page inside the main window: reaching it, leaving it, and its keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from homestretch import cli
from homestretch.core.history import HistoryLog
from homestretch.core.player import Outcome
from homestretch.documents.report import report_file_name
from homestretch.ui.history_view import HistoryView
from homestretch.ui.main_window import MINIMUM_SIZE, MainWindow
from tests.helpers import FakeClock, pdf_text
from tests.storage import fill, needs_root, remount_readonly, tmpfs
from tests.ui.conftest import MakeWindow

Screenshot = Callable[[MainWindow, str], Path]


def press(
    qtbot: QtBot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None
) -> None:
    if modifier is None:
        qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]
    else:
        qtbot.keyClick(widget, key, modifier)  # type: ignore[no-untyped-call]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def history_page(window: MainWindow) -> HistoryView:
    view = window.history_view
    assert view is not None
    assert window.stack.currentWidget() is view
    return view


def test_a_session_then_ctrl_h_shows_it_and_esc_goes_back(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, screenshot: Screenshot
) -> None:
    window = make_window()
    assert window.history_view is None or not window.history_view.isVisible()
    press(qtbot, window, Qt.Key.Key_3)  # pain before
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_1)  # pain after

    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = history_page(window)
    assert view.model.rowCount() == 1
    (session,) = history.sessions()
    assert session.ended is Outcome.COMPLETED
    assert view.model.session(0).id == session.id
    row = [view.model.index(0, column).data() for column in range(view.model.columnCount())]
    assert row[view.model.BEFORE].startswith("3")
    assert row[view.model.AFTER].startswith("1")
    # The window's clock runs 400 times faster here (make_window): a practice run.
    assert session.speed == 400.0
    assert row[view.model.ROUTINE].endswith("(practice at 400× speed)")
    assert view.streak_label.text() == "Current streak: 0 days"
    assert view.table.hasFocus()
    screenshot(window, "history-page")

    # Space and the digits belong to the page here: no session starts, nothing is rated.
    press(qtbot, view.table, Qt.Key.Key_Space)
    press(qtbot, view.table, Qt.Key.Key_7)
    assert window.stack.currentWidget() is view
    assert len(history.sessions()) == 1
    assert window.routines_page.pain.value is None

    press(qtbot, view.table, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.routines_page
    assert window.toggle_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_5)
    assert window.routines_page.pain.value == 5  # the digits rate again on the routines page


def test_the_routines_page_button_and_the_back_button(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    click(qtbot, window.routines_page.history_button)
    view = history_page(window)
    assert view.pages.currentIndex() == 0  # "No sessions yet"
    click(qtbot, view.back_button)
    assert window.stack.currentWidget() is window.routines_page


def test_history_is_out_of_reach_during_a_session(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(clock=FakeClock())
    window.start_session()
    assert not window.history_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.session_view
    assert window.driver is not None
    window.driver.pause()
    assert not window.history_action.isEnabled()  # paused is still in the session


def test_without_a_log_there_is_no_history_page(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(history=None)
    assert not window.history_action.isEnabled()
    assert not window.routines_page.history_button.isEnabled()
    window.show_history()
    assert window.history_view is None
    assert window.stack.currentWidget() is window.routines_page


def test_save_report_writes_the_pdf_of_the_dates_shown(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, tmp_path: Path
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    window.set_note("Calf tingled less")
    window.show_history()
    view = history_page(window)
    today = date.today()
    asked: list[str] = []

    def ask(parent: QWidget, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for my physio"), filters

    view.ask_save_name = ask
    view.report_folder = tmp_path
    shown: list[int] = []
    view.report_progress.valueChanged.connect(shown.append)
    with qtbot.waitSignal(view.report_saved) as saved:
        click(qtbot, view.report_button)
        assert view.report_progress.isVisible()  # written in the background, its progress shown
        assert not view.report_button.isVisible()  # (the bar stands in for it)
    assert shown == sorted(shown)
    assert shown[-1] == 100
    assert not view.report_progress.isVisible()
    assert view.report_button.isVisible()
    output = tmp_path / "for my physio.pdf"
    assert saved.args == [str(output)]
    assert asked == [str(tmp_path / report_file_name(today, today))]
    assert output.read_bytes().startswith(b"%PDF-")
    assert view.notice.isVisible()
    assert str(output) in view.notice_text.text()
    text = pdf_text(output)
    assert "Calf tingled less" in text
    assert (
        "1 logged: 1 completed, 0 finished with exercises skipped, 0 stopped early, 0 interrupted"
    ) in text

    # Cancelled: nothing written, no notice changed.
    view.notice.hide()
    view.ask_save_name = lambda *args: ("", "")
    click(qtbot, view.report_button)
    assert not view.notice.isVisible()


def test_a_report_that_cannot_be_written_says_why(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    window.show_history()
    view = history_page(window)
    target = tmp_path / "no such folder" / "report.pdf"
    view.ask_save_name = lambda *args: (str(target), "")
    with qtbot.waitSignal(view.report_failed):
        click(qtbot, view.report_button)
    assert view.notice.isVisible()
    assert "The report was not saved" in view.notice_text.text()
    assert str(target) in view.notice_text.text()
    assert not target.parent.exists()
    assert not view.report_progress.isVisible()
    assert window.stack.currentWidget() is view  # the app carries on


@needs_root
@pytest.mark.parametrize("problem", ["full", "read-only"])
def test_a_report_on_a_full_or_read_only_disk_says_why_and_the_page_carries_on(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, problem: str
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    window.show_history()
    view = history_page(window)
    with tmpfs(tmp_path / "disk", "1m") as disk:
        if problem == "full":
            fill(disk)
            reason = "No space left on device"
        else:
            remount_readonly(disk)
            reason = "Read-only file system"
        target = disk / "report.pdf"
        view.ask_save_name = lambda *args: (str(target), "")
        with qtbot.waitSignal(view.report_failed, timeout=30_000) as failed:
            click(qtbot, view.report_button)
        assert failed.args == [f"The report was not saved: cannot write {target}: {reason}"]
        assert view.notice_text.text() == failed.args[0]
        assert view.notice.isVisible()
        assert view.report_button.isVisible()
        assert not view.report_progress.isVisible()
        assert not target.exists()
        assert not [p for p in disk.iterdir() if p.name != "filler"]  # no half-written file


def test_a_laptop_screen_keeps_the_window_its_size(qtbot: QtBot, make_window: MakeWindow) -> None:
    """1280x800: the session view scales its fonts down, the history page drops a month."""
    window = make_window(clock=FakeClock())
    window.start_session()
    view = window.session_view
    qtbot.waitUntil(lambda: view.countdown.fitted_px() > 200)  # large at 1920x1080
    large = view.countdown.fitted_px()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.countdown.fitted_px() < large)
    assert (window.width(), window.height()) == (1280, 800)
    assert 0.5 <= view.scale < 1.0
    assert view.toggle_button.font().pixelSize() == round(26 * view.scale)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: view.countdown.fitted_px() == large)

    assert window.driver is not None
    window.driver.stop()
    window.show_history()
    page = history_page(window)
    assert page.months[0].isVisible()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not page.months[0].isVisible())
    assert (window.width(), window.height()) == (1280, 800)
    assert page.months[1].isVisible()
    assert page.months[2].isVisible()


def test_closing_the_window_makes_a_deletion_final(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    window.show_history()
    page = history_page(window)
    page.delete_session(history.sessions()[0])
    assert history.sessions() == []

    def stored() -> int:
        with sqlite3.connect(history.path) as raw:
            count: int = raw.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        return count

    assert stored() == 1  # hidden, kept for Undo
    window.close()
    assert stored() == 0


def test_csv_export_is_what_the_command_line_prints(
    qtbot: QtBot,
    make_window: MakeWindow,
    history: HistoryLog,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = make_window()
    for _ in range(2):
        with qtbot.waitSignal(window.session_finished, timeout=30_000):
            window.start_session()
        window.set_note("=1+1 looked like a formula; Rücken 腰痛 ✓")
        window.show_routines()
    window.show_history()
    page = history_page(window)
    page.report_folder = tmp_path
    page.ask_save_name = lambda parent, caption, suggested, filters: (suggested, filters)
    today = date.today().isoformat()

    with qtbot.waitSignal(page.csv_saved) as saved:
        page.csv_sessions_action.trigger()
    sessions_file = Path(saved.args[0])
    assert sessions_file == tmp_path / f"homestretch-sessions-{today}-to-{today}.csv"
    with qtbot.waitSignal(page.csv_saved) as saved:
        page.csv_exercises_action.trigger()
    exercises_file = Path(saved.args[0])
    assert exercises_file.name == f"homestretch-exercises-{today}-to-{today}.csv"
    assert "Saved the exercise results" in page.notice_text.text()

    for option, written in (("--csv", sessions_file), ("--exercises-csv", exercises_file)):
        assert cli.main(["history", option, "--since", today, "--until", today]) == 0
        printed = capsys.readouterr().out
        assert written.read_bytes() == printed.encode("utf-8")  # UTF-8, as the command prints
    assert len(sessions_file.read_text(encoding="utf-8").splitlines()) == 3  # header, 2 rows
    assert "'=1+1 looked like a formula; Rücken 腰痛 ✓" in sessions_file.read_text(encoding="utf-8")
    assert len(exercises_file.read_text(encoding="utf-8").splitlines()) == 1 + 2 * 7


def test_the_window_opens_no_larger_than_the_screen(make_window: MakeWindow) -> None:
    window = make_window()  # (the fixture then resizes it to 1920x1080)
    room = window.screen().availableGeometry()
    fresh = type(window)(window.paths, settings=window.settings, load_routines=False)
    try:
        # Un-maximised, it leaves room for a window frame and title bar.
        assert fresh.width() == max(MINIMUM_SIZE[0], min(1280, room.width() - 16))
        assert fresh.height() == max(MINIMUM_SIZE[1], min(800, room.height() - 48))
    finally:
        fresh.deleteLater()
