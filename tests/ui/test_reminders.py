"""Reminders in the window: the notification and its buttons on a real D-Bus daemon, the
fallbacks, the tray, the settings dialog and the autostart entry."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from homestretch import APP_ID
from homestretch.cli import build_parser
from homestretch.core.autostart import (
    TRAY_FLAG,
    autostart_entry,
    autostart_file,
    quote_exec_argument,
)
from homestretch.core.history import HistoryLog
from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.reminders import (
    ReminderSchedule,
    ReminderSettings,
    local_zone,
    read_state,
)
from homestretch.core.routine import load_routine
from homestretch.core.settings import Settings, load_settings
from homestretch.core.timeline import build_timeline
from homestretch.ui.main_window import MainWindow
from homestretch.ui.notify import DesktopNotifier
from homestretch.ui.reminders import TRAY_TOLD, Reminders, ReminderTimer
from homestretch.ui.reminders_dialog import ReminderSettingsDialog, parse_times
from tests.ui.conftest import MakeWindow
from tests.ui.dbus_session import NotificationServer, bus_address

__all__ = ["bus_address"]  # (the fixture)

# Offscreen, Qt cannot raise a window or watch a tray; both are asked for here.
pytestmark = pytest.mark.qt_log_ignore(r"does not support raise\(\)", "systemTrayWindowChanged")

BERLIN = ZoneInfo("Europe/Berlin")
ON = ReminderSettings(enabled=True, times=(time(10), time(18)))


class Wall:
    def __init__(self, local: datetime) -> None:
        self.moment = local.replace(tzinfo=BERLIN)

    def __call__(self) -> datetime:
        return self.moment


class RecordingNotifier(DesktopNotifier):
    """The real notifier's signals, but nothing sent: what would be shown."""

    def __init__(self) -> None:
        super().__init__(APP_ID, "Homestretch", "")
        self.sent: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.replaced: list[int] = []

    def notify(
        self,
        summary: str,
        body: str,
        actions: list[tuple[str, str]],
        *,
        replaces: int = 0,
        timeout_ms: int = -1,
    ) -> None:
        self.sent.append((summary, body, actions))
        self.replaced.append(replaces)
        self.shown.emit(len(self.sent))


def window_with_reminders(make_window: MakeWindow, reminders: ReminderSettings = ON) -> MainWindow:
    return make_window(settings=Settings(reminders=reminders))


def attach(
    window: MainWindow,
    wall: Wall,
    notifier: DesktopNotifier,
    *,
    tray: bool = False,
) -> Reminders:
    return Reminders(window, wall=wall, notifier=notifier, tray_available=tray)


# -- the notification and its buttons, on a real bus


@pytest.fixture
def start_server(bus_address: str) -> Iterator[NotificationServer]:
    server = NotificationServer(bus_address, "start")
    yield server
    server.stop()


def test_start_now_in_the_notification_starts_the_reminded_routine(
    qtbot: QtBot, make_window: MakeWindow, bus_address: str, start_server: NotificationServer
) -> None:
    window = window_with_reminders(make_window)
    window.hide()  # in the tray, say: "Start now" brings it up
    reminders = attach(
        window,
        Wall(datetime(2026, 6, 1, 10, 5)),
        DesktopNotifier(APP_ID, "Homestretch", bus_address),
    )
    qtbot.waitUntil(start_server.has_line, timeout=10_000)  # (the Qt loop sends it)
    call = start_server.next_line()
    assert call["signature"] == "susssasa{sv}i"
    assert call["actions"] == ["start", "Start now", "snooze", "Snooze 30 min"]
    assert call["hints"] == {"desktop-entry": APP_ID}
    assert "10:00" in call["body"]
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.isVisible()
    assert window.stack.currentWidget() is window.session_view
    session = window.session
    assert session is not None
    assert session.timeline.routine.source == BUNDLED_ROUTINE
    reminders.close()


def test_snooze_in_the_notification_shows_it_again_later(
    qtbot: QtBot, make_window: MakeWindow, bus_address: str
) -> None:
    server = NotificationServer(bus_address, "snooze")
    try:
        window = window_with_reminders(make_window, replace(ON, snooze_minutes=15))
        wall = Wall(datetime(2026, 6, 1, 10, 5))
        reminders = attach(window, wall, DesktopNotifier(APP_ID, "Homestretch", bus_address))
        qtbot.waitUntil(server.has_line, timeout=10_000)
        assert server.next_line()["actions"][3] == "Snooze 15 min"
        expected = datetime(2026, 6, 1, 10, 20, tzinfo=BERLIN)
        qtbot.waitUntil(lambda: reminders.schedule.state.snoozed_until == expected)
        assert window.session is None
        saved = read_state(window.paths.reminder_state_file)
        assert saved.snoozed_until == expected
        assert reminders.next_action.text() == "Next reminder: today at 10:20"
        wall.moment = expected
        reminders.timer.check()
        qtbot.waitUntil(server.has_line, timeout=10_000)
        again = server.next_line()
        assert again["summary"] == "Time for your exercises"
        assert again["replaces_id"] == 0  # the first one was closed when Snooze was pressed
        reminders.close()
    finally:
        server.stop()


def test_without_a_notification_server_or_tray_the_window_shows_a_notice(
    qtbot: QtBot, make_window: MakeWindow, bus_address: str
) -> None:
    window = window_with_reminders(make_window)
    reminders = attach(
        window,
        Wall(datetime(2026, 6, 1, 18, 1)),
        DesktopNotifier(APP_ID, "Homestretch", bus_address),
    )
    qtbot.waitUntil(lambda: any("Time for your exercises" in n for n in window.notices()))
    assert reminders.notifications_work is False
    assert "shows in the window" in reminders.delivery_text()
    assert "only while the Homestretch window is open" in reminders.delivery_text()
    reminders.start_now()  # as Space would
    qtbot.waitUntil(lambda: window.session is not None)
    assert not any("Time for your exercises" in n for n in window.notices())
    reminders.close()


# -- what is due


def test_nothing_is_shown_when_the_patient_already_exercised(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    timeline = build_timeline(load_routine(BUNDLED_ROUTINE))
    history.start_session(timeline, at=datetime(2026, 6, 1, 8, 30, tzinfo=BERLIN))
    window = window_with_reminders(make_window)
    notifier = RecordingNotifier()
    wall = Wall(datetime(2026, 6, 1, 10, 1))
    reminders = attach(window, wall, notifier)
    qtbot.waitUntil(lambda: reminders.schedule.state.handled is not None)
    assert notifier.sent == []
    wall.moment = datetime(2026, 6, 1, 18, 0, tzinfo=BERLIN)  # the evening slot: not done yet
    reminders.timer.check()
    assert len(notifier.sent) == 1
    reminders.close()


def test_reminders_off_show_nothing_and_add_no_tray(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    notifier = RecordingNotifier()
    reminders = attach(window, Wall(datetime(2026, 6, 1, 10, 1)), notifier, tray=False)
    reminders.timer.check()
    assert notifier.sent == []
    assert not reminders.keeps_in_tray
    assert reminders.next_action.text() == "No reminder planned"
    assert not autostart_file(window.paths).exists()
    reminders.close()


def test_a_wall_clock_jump_is_noticed_and_reminds_once(qtbot: QtBot) -> None:
    wall = Wall(datetime(2026, 6, 1, 8, 0))
    schedule = ReminderSchedule(ON, now=wall)
    timer = ReminderTimer(schedule, None)
    due: list[object] = []
    timer.due.connect(due.append)
    timer.check()
    wall.moment += timedelta(hours=11)  # the lid was closed all day
    with qtbot.waitSignal(timer.woke, timeout=100):
        timer.check()
    assert len(due) == 1
    wall.moment += timedelta(seconds=30)
    timer.check()
    assert len(due) == 1
    timer.deleteLater()


# -- the tray


def test_the_tray_menu_and_quit(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window = window_with_reminders(make_window)
    reminders = attach(window, Wall(datetime(2026, 6, 1, 9, 0)), RecordingNotifier(), tray=True)
    assert reminders.keeps_in_tray
    assert not QApplication.quitOnLastWindowClosed()
    texts = [a.text() for a in reminders.tray_menu.actions() if a.text()]
    assert texts == [
        "Next reminder: today at 10:00",
        "&Open Homestretch",
        "&Start session",
        "&Quit",
    ]
    window.start_session()
    qtbot.waitUntil(lambda: window.driver is not None)
    window.close()  # File > Quit, or the app quitting: not kept in the tray
    assert window.driver is None  # the session was ended and logged, as without reminders
    qtbot.waitUntil(lambda: quits == [True])  # and the app ends, though a tray exists
    reminders.close()


def test_hiding_to_the_tray_pauses_a_session_and_says_so_once(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    from homestretch.core.player import State

    window = window_with_reminders(make_window)
    reminders = attach(window, Wall(datetime(2026, 6, 1, 9, 0)), RecordingNotifier(), tray=True)
    told: list[str] = []
    assert reminders.tray is not None
    reminders.tray.showMessage = lambda title, text, *a: told.append(text)  # type: ignore[method-assign]
    window.start_session()
    qtbot.waitUntil(lambda: window.driver is not None and window.driver.state is State.RUNNING)
    reminders._hide_to_tray()  # what the title bar's close button does (tested for real below)
    assert not window.isVisible()
    assert window.driver is not None
    assert window.driver.state is State.PAUSED
    assert told == [TRAY_TOLD]
    assert read_state(window.paths.reminder_state_file).tray_told
    reminders.show_window()
    assert window.isVisible()
    reminders._hide_to_tray()
    assert told == [TRAY_TOLD]  # once
    reminders.close()


# -- the settings dialog and start at login


def open_dialog(qtbot: QtBot, window: MainWindow) -> ReminderSettingsDialog:
    menu = window.settings_menu
    action = next(a for a in menu.actions() if a.text() == "&Reminders…")
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReminderSettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ReminderSettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def desktop_file_validate() -> str:
    path = shutil.which("desktop-file-validate")
    if path is None:
        import os

        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing; .ci/run should install it")
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    return path


def test_the_dialog_turns_reminders_on_and_writes_a_valid_autostart_entry(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    reminders = attach(window, Wall(datetime(2026, 6, 1, 11, 0)), RecordingNotifier())
    dialog = open_dialog(qtbot, window)
    assert not dialog.enabled.isChecked()  # off by default
    assert "only while the Homestretch window is open" in dialog.delivery.text()
    qtbot.keyClick(dialog.enabled, Qt.Key.Key_Space)  # type: ignore[no-untyped-call]
    assert dialog.enabled.isChecked()
    dialog.times.setFocus()
    dialog.times.selectAll()
    qtbot.keyClicks(dialog.times, "9:00, 25:00")  # type: ignore[no-untyped-call]
    assert "“25:00” is not a time of day" in dialog.problem.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.use_suggested()  # the bundled routine: its sessions a week
    assert dialog.problem.text() == ""
    dialog.times.setText("07:30, 18:00")
    dialog.days[5].setChecked(False)
    dialog.days[6].setChecked(False)
    ok.click()
    chosen = load_settings(window.paths.settings_file).reminders
    assert chosen.enabled
    assert chosen.times == (time(7, 30), time(18))
    assert chosen.days == (0, 1, 2, 3, 4)
    assert chosen.routine == str(BUNDLED_ROUTINE)
    assert reminders.settings == chosen
    assert reminders.next_action.text() == "Next reminder: today at 18:00"  # 07:30 has passed
    entry = autostart_file(window.paths)
    assert entry.name == f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    assert TRAY_FLAG in text
    result = subprocess.run(
        [desktop_file_validate(), str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()

    dialog = open_dialog(qtbot, window)
    dialog.enabled.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not load_settings(window.paths.settings_file).reminders.enabled
    assert not entry.exists()  # turning reminders off removes it
    reminders.close()


def test_suggested_times_follow_the_routine() -> None:
    from homestretch.ui.reminders_dialog import RoutineChoice

    dialog = ReminderSettingsDialog(
        ReminderSettings(), [RoutineChoice("Twice a day", "/r.yaml", 14)], "How."
    )
    assert dialog.suggestion.text() == "For 14 sessions a week: every day at 10:00, 18:00."
    dialog.use_suggested()
    assert dialog.times.text() == "10:00, 18:00"
    assert all(box.isChecked() for box in dialog.days)
    dialog.deleteLater()


def test_times_are_read_in_plain_words() -> None:
    assert parse_times("18:00, 9:30") == (time(9, 30), time(18))
    assert parse_times("") == "Write at least one time, such as 10:00."
    assert parse_times("10:00, 10:00") == "A time is written twice."
    assert parse_times("1:00,2:00,3:00,4:00,5:00") == "At most 4 times a day."


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/python3", "-m", "homestretch"],
        ["/opt/My Apps/homestretch", "--data-dir", '/home/ann/100% "mine"/$x\\y'],
    ],
)
def test_autostart_entries_are_valid_desktop_files(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(autostart_entry(command), encoding="utf-8")
    result = subprocess.run(
        [desktop_file_validate(), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    exec_line = next(line for line in path.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --tray")


def test_exec_quoting_follows_the_desktop_entry_specification() -> None:
    assert quote_exec_argument("/usr/bin/homestretch") == "/usr/bin/homestretch"
    assert quote_exec_argument("/opt/My Apps/x") == '"/opt/My Apps/x"'
    assert quote_exec_argument("50%") == "50%%"
    # "$" is escaped inside the quotes, then the backslash itself as a string value.
    assert quote_exec_argument("a$b") == '"a\\\\$b"'


def test_the_tray_flag_is_a_command_line_option() -> None:
    assert build_parser().parse_args(["--tray"]).tray
    assert not build_parser().parse_args([]).tray


# -- the local zone


def test_the_local_zone_comes_from_tz_or_etc_localtime(tmp_path: Path) -> None:
    assert str(local_zone({"TZ": "America/New_York"})) == "America/New_York"
    assert str(local_zone({"TZ": ":Europe/Berlin"})) == "Europe/Berlin"
    berlin = Path("/usr/share/zoneinfo/Europe/Berlin")
    if berlin.exists():
        link = tmp_path / "localtime"
        link.symlink_to(berlin)
        assert str(local_zone({}, link)) == "Europe/Berlin"
        copy = tmp_path / "copied"
        copy.write_bytes(berlin.read_bytes())
        zone = local_zone({}, copy)
        summer = datetime(2026, 7, 1, 12, tzinfo=zone)
        assert summer.utcoffset() == timedelta(hours=2)
    fixed = local_zone({"TZ": "No/Such_Zone"}, tmp_path / "missing")
    assert datetime.now(fixed).utcoffset() is not None


def test_settings_file_holds_the_reminders(make_window: MakeWindow) -> None:
    window = window_with_reminders(make_window)
    reminders = attach(window, Wall(datetime(2026, 6, 1, 9, 0)), RecordingNotifier())
    reminders.apply(replace(ON, snooze_minutes=45))
    data = json.loads(window.paths.settings_file.read_text(encoding="utf-8"))
    assert data["reminders"]["snooze_minutes"] == 45
    assert data["reminders"]["version"] == 1
    reminders.close()


def test_no_reminder_during_a_session(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = window_with_reminders(make_window)
    notifier = RecordingNotifier()
    wall = Wall(datetime(2026, 6, 1, 9, 0))
    reminders = attach(window, wall, notifier)
    window.start_session()
    qtbot.waitUntil(lambda: window.session is not None)
    wall.moment = datetime(2026, 6, 1, 10, 0, tzinfo=BERLIN)
    reminders.timer.check()
    assert notifier.sent == []
    reminders.close()


def test_start_session_in_the_tray_menu_opens_the_window_on_a_session(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = window_with_reminders(make_window)
    reminders = attach(window, Wall(datetime(2026, 6, 1, 9, 0)), RecordingNotifier(), tray=True)
    window.hide()
    start = next(a for a in reminders.tray_menu.actions() if a.text() == "&Start session")
    start.trigger()
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.session is not None)
    reminders.close()
    assert QApplication.quitOnLastWindowClosed()  # given back when reminders end


def test_tray_flag_starts_hidden_with_the_routines_loaded(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, isolated_data_dir: Path
) -> None:
    from homestretch import app as app_module
    from homestretch.core.paths import AppPaths
    from homestretch.core.settings import save_settings

    paths = AppPaths.resolve(isolated_data_dir)
    save_settings(paths.settings_file, Settings(reminders=ON))
    monkeypatch.setattr(
        "homestretch.ui.reminders.QSystemTrayIcon.isSystemTrayAvailable", lambda: True
    )
    # No notification reaches the desktop of whoever runs the tests.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={isolated_data_dir}/no-bus")
    seen: list[tuple[bool, bool, bool]] = []

    before = set(QApplication.topLevelWidgets())  # windows of earlier tests may linger

    def look_then_quit() -> None:
        try:
            (window,) = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w not in before
            ]
            seen.append(
                (
                    window.isVisible(),
                    window.routines_page.selected() is not None,
                    window.history is not None,
                )
            )
        finally:  # quit whatever was seen: a failed look must not hang the suite
            QApplication.quit()

    QTimer.singleShot(1500, look_then_quit)
    assert app_module.run_app(paths, tray=True) == 0
    assert seen == [(False, True, True)]
    assert QApplication.quitOnLastWindowClosed()


def test_a_snoozed_reminder_takes_the_place_of_the_one_still_showing(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = window_with_reminders(make_window)
    notifier = RecordingNotifier()
    wall = Wall(datetime(2026, 6, 1, 10, 0))
    reminders = attach(window, wall, notifier)
    qtbot.waitUntil(lambda: len(notifier.sent) == 1)
    reminders.timer.snooze()  # (the tray's or the notification's Snooze)
    wall.moment += timedelta(minutes=30)
    reminders.timer.check()
    assert notifier.replaced == [0, 1]
    notifier.closed.emit(2, 2)  # dismissed
    wall.moment = datetime(2026, 6, 1, 18, 0, tzinfo=BERLIN)
    reminders.timer.check()
    assert notifier.replaced == [0, 1, 0]  # another slot: a new notification
    reminders.close()


def test_an_autostart_folder_that_cannot_be_written_gives_a_notice(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.paths.autostart_dir.parent.mkdir(parents=True, exist_ok=True)
    window.paths.autostart_dir.write_text("a file where the folder should be")
    reminders = attach(window, Wall(datetime(2026, 6, 1, 9, 0)), RecordingNotifier())
    reminders.apply(ON)
    (notice,) = [n for n in window.notices() if "start at login" in n]
    assert str(window.paths.autostart_dir) in notice
    assert load_settings(window.paths.settings_file).reminders == ON  # the rest still works
    window.paths.autostart_dir.unlink()
    reminders.apply(ON)
    assert not [n for n in window.notices() if "start at login" in n]
    assert autostart_file(window.paths).is_file()
    reminders.close()
