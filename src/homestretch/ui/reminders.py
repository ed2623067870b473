"""Reminders in the running app: the wall-clock check, the notification, the tray.

:class:`ReminderTimer` asks the Qt-free :class:`~homestretch.core.reminders.ReminderSchedule`
at least once a minute. The timer only wakes it up: what is due is decided
on the wall clock, never by counting ticks. A suspended machine cannot be
told apart reliably from Qt (QGuiApplication has no resume signal, and
logind's PrepareForSleep needs the system bus), so a check that finds the
wall clock moved by much more than the interval counts as a wake-up: the
schedule then shows at most the one reminder missed, at once.

:class:`Reminders` shows a due reminder as a desktop notification with
"Start now" and "Snooze" buttons; without a notification server, as the tray
icon's message; without either, as a notice in the window. While reminders
are on and a tray exists, closing the window (its title bar's button) keeps
Homestretch in the tray; File > Quit and the tray's Quit end it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from homestretch import APP_ID, APP_NAME
from homestretch.core.autostart import set_autostart
from homestretch.core.i18n import QT_TRANSLATE_NOOP
from homestretch.core.paths import APP_ICON, BUNDLED_ROUTINE, BUNDLED_ROUTINES_DIR
from homestretch.core.reminders import (
    Clock,
    ReminderSchedule,
    ReminderSettings,
    Slot,
    local_now,
    read_state,
    routine_done_since,
    save_state,
)
from homestretch.ui.notify import DesktopNotifier

if TYPE_CHECKING:
    from homestretch.ui.main_window import MainWindow

_logger = logging.getLogger(__name__)

CHECK_INTERVAL_MS: Final = 30_000
"""How often the wall clock is looked at (at least once a minute, as asked)."""
JUMP: Final = timedelta(minutes=2)
"""A check this much later than the last one means the machine slept (or the clock moved)."""
START: Final = "start"
SNOOZE: Final = "snooze"
SUMMARY: Final = QT_TRANSLATE_NOOP("Reminders", "Time for your exercises")
TRAY_TOLD: Final = QT_TRANSLATE_NOOP(
    "Reminders",
    "Homestretch keeps running in the tray to remind you. To end it, choose Quit in its tray menu.",
)
"""(Both translated where they are shown.)"""


class ReminderTimer(QObject):
    """Looks at the schedule on the wall clock.

    Args:
        schedule: what decides.
        state_file: where the schedule's state is kept (None: not kept).

    Signals:
        due(object): remind of this :class:`~homestretch.core.reminders.Slot` now.
        changed(): the next reminder may have changed.
        woke(): the wall clock jumped since the last check (a suspend, a clock change).
    """

    due = Signal(object)
    changed = Signal()
    woke = Signal()

    def __init__(
        self,
        schedule: ReminderSchedule,
        state_file: Path | None,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self._state_file = state_file
        self._last: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        now = self.schedule.now()
        last, self._last = self._last, now
        if last is not None and (now - last > JUMP or now < last - JUMP):
            _logger.info("reminders: the wall clock jumped from %s to %s", last, now)
            self.woke.emit()
        before = self.schedule.state
        slot = self.schedule.due()
        self._saved(before)
        if slot is not None:
            self.due.emit(slot)

    def snooze(self) -> datetime:
        before = self.schedule.state
        until = self.schedule.snooze()
        self._saved(before)
        return until

    def apply(self, settings: ReminderSettings) -> None:
        """New settings: nothing already past today is reminded of."""
        before = self.schedule.state
        self.schedule.rearm(settings)
        self._saved(before, force_changed=True)

    def mark_told(self) -> None:
        before = self.schedule.state
        self.schedule.state = replace(before, tray_told=True)
        self._saved(before)

    def _saved(self, before: object, *, force_changed: bool = False) -> None:
        if self.schedule.state == before and not force_changed:
            return
        if self._state_file is not None and self.schedule.state != before:
            try:
                save_state(self._state_file, self.schedule.state)
            except OSError as exc:  # kept in memory; a restart may remind once more
                _logger.warning("reminders: %s: %s", self._state_file, exc)
        self.changed.emit()


class Reminders(QObject):
    """The reminders of one window: settings, notification, tray, start at login.

    Args:
        window: the main window (its settings, log and sessions).
        wall: the wall clock (aware, local zone).
        notifier: the notification sender (the desktop's, on the session bus).
        tray_available: whether a system tray exists (asked of Qt when None).
        autostart: keep the XDG autostart entry in step with the settings.
        start: start checking now (False: call :meth:`start` once the window
            has its session log).
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        wall: Clock = local_now,
        notifier: DesktopNotifier | None = None,
        tray_available: bool | None = None,
        autostart: bool = True,
        start: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._autostart = autostart
        paths = window.paths
        state = read_state(paths.reminder_state_file)
        self.schedule = ReminderSchedule(
            window.settings.reminders, state, now=wall, done_since=self._done_since
        )
        self.timer = ReminderTimer(self.schedule, paths.reminder_state_file, self)
        self.timer.due.connect(self.show_reminder)
        self.timer.changed.connect(self._update_menu)
        self.notifier = notifier or DesktopNotifier(APP_ID, APP_NAME, parent=self)
        self.notifier.action_invoked.connect(self._action)
        self.notifier.shown.connect(self._shown)
        self.notifier.failed.connect(self._fallback)
        self.notifier.closed.connect(
            lambda notification_id, _why: self._shown_ids.pop(notification_id, None)
        )
        self.notifications_work: bool | None = None
        self._pending: Slot | None = None
        self._shown_ids: dict[int, datetime] = {}
        """The notifications on screen: their ids and the slots (wall times) they remind of."""
        self._names: dict[str, str | None] = {}
        self.quitting = False

        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray_menu = QMenu()
        self.next_action = self.tray_menu.addAction(self.tr("No reminder planned"))
        self.next_action.setEnabled(False)
        self.tray_menu.addSeparator()
        self.tray_menu.addAction(self.tr("&Open Homestretch")).triggered.connect(self.show_window)
        self.tray_menu.addAction(self.tr("&Start session")).triggered.connect(self.start_now)
        self.tray_menu.addSeparator()
        self.tray_menu.addAction(self.tr("&Quit")).triggered.connect(self.quit)
        self.tray: QSystemTrayIcon | None = None
        if tray_available:
            self.tray = QSystemTrayIcon(QIcon(str(APP_ICON)), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.setContextMenu(self.tray_menu)
            self.tray.activated.connect(self._tray_activated)
            self.tray.messageClicked.connect(self.start_now)

        self.dialog_action = QAction(self.tr("&Reminders…"), window)
        self.dialog_action.triggered.connect(self.open_dialog)
        window.settings_menu.addAction(self.dialog_action)
        window.session_finished.connect(lambda _outcome: window.clear_notice("reminder"))
        window.installEventFilter(self)
        self._use(window.settings.reminders)
        if start:
            self.timer.start()

    def start(self) -> None:
        """Start checking (once the window has its session log: a check asks it)."""
        self.timer.start()

    # -- settings

    @property
    def settings(self) -> ReminderSettings:
        return self.schedule.settings

    @property
    def keeps_in_tray(self) -> bool:
        """Closing the window keeps Homestretch running (reminders on, a tray exists)."""
        return self.settings.enabled and self.tray is not None

    def apply(self, settings: ReminderSettings) -> None:
        """Use and save new reminder settings (from the dialog)."""
        self.window._change_settings(reminders=settings)
        self.timer.apply(settings)
        self._use(settings)

    def _use(self, settings: ReminderSettings) -> None:
        self.schedule.settings = settings
        if self.tray is not None:
            self.tray.setVisible(settings.enabled)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(not self.keeps_in_tray)
        if self._autostart:
            try:
                set_autostart(self.window.paths, settings.enabled and settings.start_at_login)
            except OSError as exc:
                self.window.add_notice(
                    "autostart",
                    self.tr(
                        "Homestretch cannot be set to start at login ({value}): {value2}"
                    ).format(
                        value=exc.filename or self.window.paths.autostart_dir,
                        value2=exc.strerror or exc,
                    ),
                )
            else:
                self.window.clear_notice("autostart")
        self._update_menu()

    def delivery_text(self) -> str:
        """How reminders reach the patient on this desktop, for the settings."""
        if self.tray is None:
            where = self.tr(
                "No system tray was found: reminders come only while the Homestretch "
                "window is open, and closing it ends Homestretch."
            )
        else:
            where = self.tr(
                "While reminders are on, closing the window keeps Homestretch in the tray."
            )
        if self.notifications_work is False:
            how = (
                self.tr(
                    "No notification service was found: a reminder shows as a message from "
                    "the tray icon."
                )
                if self.tray
                else self.tr("No notification service was found: a reminder shows in the window.")
            )
        else:
            how = self.tr("Reminders come as desktop notifications with a button to start.")
        return self.tr("{how} {where}", "how reminders come, then where").format(
            how=how, where=where
        )

    def open_dialog(self) -> None:
        from homestretch.core.library import discover
        from homestretch.ui.reminders_dialog import ReminderSettingsDialog, RoutineChoice

        entries = discover(BUNDLED_ROUTINES_DIR, self.window.paths.user_routines_dir)
        choices = [
            RoutineChoice(e.title, str(e.path), e.routine.sessions_per_week)
            for e in entries
            if e.routine is not None
        ]
        current = replace(self.settings, routine=self.routine_path())
        dialog = ReminderSettingsDialog(current, choices, self.delivery_text(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(dialog.values(self.settings)))
        dialog.open()
        self.dialog = dialog

    # -- what is due

    def routine_path(self) -> str:
        return self.settings.routine or self.window.settings.last_routine or str(BUNDLED_ROUTINE)

    def _routine_name(self, path: str) -> str | None:
        if path not in self._names:
            from homestretch.core.library import load_entry

            entry = load_entry(Path(path), bundled=False)
            self._names[path] = entry.routine.name if entry.routine is not None else None
        return self._names[path]

    def _done_since(self, since: datetime) -> bool:
        history = self.window.history
        name = self._routine_name(self.routine_path())
        if history is None or name is None:
            return False
        return routine_done_since(history, name, since)

    def _in_session(self) -> bool:
        from homestretch.core.player import State

        driver = self.window.driver
        return driver is not None and driver.state in (State.RUNNING, State.PAUSED)

    def _text(self, slot: Slot) -> str:
        name = self._routine_name(self.routine_path()) or self.tr("your routine")
        return self.tr("{routine}: your {time} reminder.").format(
            routine=name, time=QLocale().toString(QTime(slot.wall.hour, slot.wall.minute), "HH:mm")
        )

    def show_reminder(self, slot: Slot) -> None:
        if self._in_session():
            return  # exercising already
        self._pending = slot
        snooze = self.tr("Snooze {minutes} min").format(minutes=self.settings.snooze_minutes)
        # The same reminder again (after a snooze) takes the place of the one still showing.
        replaces = next((i for i, wall in self._shown_ids.items() if wall == slot.wall), 0)
        self.notifier.notify(
            self.tr(SUMMARY),
            self._text(slot),
            [(START, self.tr("Start now")), (SNOOZE, snooze)],
            replaces=replaces,
        )

    def _shown(self, notification_id: int) -> None:
        self.notifications_work = True
        if self._pending is not None:
            self._shown_ids[notification_id] = self._pending.wall
        self._pending = None

    def _fallback(self, why: str) -> None:
        self.notifications_work = False
        slot, self._pending = self._pending, None
        if slot is None:
            return
        _logger.info("reminders: %s; shown another way", why)
        text = self._text(slot)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(
                self.tr(SUMMARY), self.tr("{text} Click here to start.").format(text=text)
            )
        else:
            window = self.window
            if window.stack.currentWidget() is window.routines_page and not self._in_session():
                window.reload_routines(select=self.routine_path())  # (what Space starts)
            window.add_notice(
                "reminder",
                self.tr("{SUMMARY}. {text} Press Space to start.").format(
                    SUMMARY=self.tr(SUMMARY), text=text
                ),
            )

    def _action(self, notification_id: int, key: str) -> None:
        if notification_id not in self._shown_ids:
            return  # another app's notification
        if key == START:
            self.start_now()
        elif key == SNOOZE:
            self.timer.snooze()
        else:  # "default": the notification itself was clicked
            self.show_window()

    # -- the window and the tray

    def show_window(self) -> None:
        window = self.window
        if not window.isVisible():
            window.show_placed()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def start_now(self) -> None:
        """Bring the window up and start the reminded routine (unless a session runs)."""
        self.show_window()
        self.window.clear_notice("reminder")
        if self._in_session():
            return
        window = self.window
        if window.stack.currentWidget() is not window.routines_page:
            window.show_routines()
        window.reload_routines(select=self.routine_path())
        window.start_session()

    def quit(self) -> None:
        self.quitting = True
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def _update_menu(self) -> None:
        upcoming = self.schedule.next_reminder()
        if upcoming is None:
            text = self.tr("No reminder planned")
        else:
            local = upcoming.astimezone(self.schedule.now().tzinfo)
            today = self.schedule.now().date()
            at = QLocale().toString(QTime(local.hour, local.minute), "HH:mm")
            if local.date() == today:
                text = self.tr("Next reminder: today at {time}").format(time=at)
            elif local.date() == today + timedelta(days=1):
                text = self.tr("Next reminder: tomorrow at {time}").format(time=at)
            else:
                weekday = QLocale().dayName(local.isoweekday())
                text = self.tr("Next reminder: {day} at {time}").format(day=weekday, time=at)
        self.next_action.setText(text)
        if self.tray is not None:
            self.tray.setToolTip(f"{APP_NAME}\n{text}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Only the patient's close (the title bar's button, Alt+F4: a spontaneous event) hides
        # the window; File > Quit, the tray's Quit and logging out (app.quit()) really end.
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and event.spontaneous()
            and self.keeps_in_tray
            and not self.quitting
        ):
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self._hide_to_tray()
            return True
        if watched is self.window and event.type() == QEvent.Type.Close and not self.quitting:
            QTimer.singleShot(0, self._closed)  # (once the window has handled it)
        return False

    def _closed(self) -> None:
        """The window really closed (File > Quit): the app ends, tray or not."""
        if self.keeps_in_tray and not self.window.isVisible() and not self.quitting:
            self.quit()

    def _hide_to_tray(self) -> None:
        from homestretch.core.player import State

        driver = self.window.driver
        if driver is not None and driver.state is State.RUNNING:
            driver.toggle()  # paused, not lost
        self.window.hide()
        if not self.schedule.state.tray_told and self.tray is not None:
            self.tray.showMessage(APP_NAME, self.tr(TRAY_TOLD))
            self.timer.mark_told()

    def close(self) -> None:
        """The app is ending: stop checking; closing the window now closes it."""
        self.quitting = True
        self.window.removeEventFilter(self)
        self.timer.stop()
        self.notifier.close()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
        if self.tray is not None:
            self.tray.hide()
