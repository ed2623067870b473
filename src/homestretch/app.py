"""Starting the window: the QApplication, the real speaker, the log, the settings."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from homestretch import APP_ID, APP_NAME, __version__
from homestretch.core.paths import APP_ICON, ASSETS_DIR, AppPaths
from homestretch.core.settings import read_settings
from homestretch.speech.problems import SpeechProblem
from homestretch.ui.collector import GuiThreadCollector
from homestretch.ui.inhibit import DBusScreenSaver
from homestretch.ui.instance import HandedOver, claim_instance
from homestretch.ui.main_window import MainWindow

if TYPE_CHECKING:
    from homestretch.core.history import HistoryLog
    from homestretch.speech.speaker import CueSpeaker

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)
DIAGNOSTICS_LOG_BYTES = 1_000_000
"""The diagnostics log is started afresh (the old one kept as .1) beyond this size."""


class SpeechProblems(QObject):
    """Carries speech problems from the speaker's threads to the GUI thread.

    Signals:
        unavailable(SpeechProblem): speech, or all sound, cannot work; why.
    """

    unavailable = Signal(SpeechProblem)


def start_diagnostics_log(paths: AppPaths) -> logging.Handler | None:
    """Send the app's warnings (what went wrong, in technical words) to its log file.

    Returns the handler to remove when the app ends, or None when the log
    folder cannot be made (the app runs on without a diagnostics log).
    """
    from logging.handlers import RotatingFileHandler

    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            paths.diagnostics_log,
            maxBytes=DIAGNOSTICS_LOG_BYTES,
            backupCount=1,
            encoding="utf-8",
            delay=True,
        )
    except OSError:
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("homestretch")
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    return handler


def stop_diagnostics_log(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger("homestretch").removeHandler(handler)
        handler.close()


def open_history(paths: AppPaths) -> tuple[HistoryLog | None, str]:
    from homestretch.core.history import HistoryError, HistoryLog

    try:
        return HistoryLog(paths.history_file), ""
    except HistoryError as exc:
        return None, f"Sessions will not be saved. {exc}"


def make_speaker(paths: AppPaths, problems: SpeechProblems) -> CueSpeaker:
    from homestretch.speech.playback import default_playback
    from homestretch.speech.speaker import CueSpeaker
    from homestretch.speech.synthesis import SynthesisService

    settings = read_settings(paths.settings_file).settings
    synthesis = SynthesisService(
        paths.cache_dir / "speech",
        voice=settings.voice,
        rate=settings.rate,
        volume=settings.volume,
    )
    return CueSpeaker(
        synthesis,
        default_playback(),
        default_playback(),
        ASSETS_DIR / "sounds",
        on_unavailable=problems.unavailable.emit,
    )


def run_app(
    paths: AppPaths,
    *,
    argv: Sequence[str] = (),
    speed: float = 1.0,
    muted: bool = False,
    open_file: Path | None = None,
    tray: bool = False,
) -> int:
    """Open the window and run until it closes; the app's exit status.

    Args:
        open_file: a routine file to add to the user's routines and open the
            window on (``homestretch FILE.yaml``), once the routines are loaded.
        tray: start hidden in the tray (``--tray``, at login) when reminders are
            on and a tray exists; otherwise the window opens as usual.
    """
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([*argv] or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(APP_ICON)))

    diagnostics = start_diagnostics_log(paths)
    # One window per log: a running Homestretch takes the file and comes forward.
    done, instance = claim_instance(paths, [] if open_file is None else [open_file])
    if done is not None:
        stop_diagnostics_log(diagnostics)
        return done
    loaded = read_settings(paths.settings_file)
    settings = loaded.settings
    window = MainWindow(
        paths,
        settings=settings,
        speed=speed,
        muted=muted,
        inhibitor=DBusScreenSaver(APP_NAME),
        load_routines=False,
    )
    if loaded.problem:
        window.add_notice("settings", loaded.problem)
    parts: list[object] = []

    started: list[bool] = []

    def finish_startup() -> None:
        """After the first paint: the log, the speaker and the routines."""
        if started:  # (started in the tray: done before the first paint)
            return
        started.append(True)
        history, problem = open_history(paths)
        problems = SpeechProblems(window)
        # Connected first: the speaker may find a problem as soon as it is made.
        problems.unavailable.connect(window.speech_unavailable)
        speaker = make_speaker(paths, problems)
        parts.extend([speaker, history])
        window.attach(speaker=speaker, history=history, history_problem=problem)
        window.reload_routines(select=settings.last_routine)
        reminders.start()  # (its checks ask the session log, attached just now)
        if open_file is not None:
            window.add_routine(open_file)
        QTimer.singleShot(0, window.warm_up)

    window.first_painted.connect(finish_startup)
    if instance is not None:  # (after finish_startup: the routines are loaded first)
        handed_over = HandedOver(window)
        instance.requested.connect(handed_over.take)
        window.first_painted.connect(instance.deliver)
        app.aboutToQuit.connect(instance.close)
    collector = GuiThreadCollector(app)  # Qt objects are never freed from a worker thread
    collector.start()
    from homestretch.ui.reminders import Reminders

    reminders = Reminders(window, start=False)
    if tray and reminders.keeps_in_tray:
        QTimer.singleShot(0, finish_startup)
    else:
        window.show_placed()
    # SIGTERM (logging out) and Ctrl+C end the session as interrupted, not as a crash.
    # Python runs signal handlers only between bytecodes, so a timer lets it look.
    previous = {sig: signal.signal(sig, lambda *_: app.quit()) for sig in QUIT_SIGNALS}
    heartbeat = QTimer()
    heartbeat.start(500)
    heartbeat.timeout.connect(lambda: None)
    try:
        return app.exec()
    finally:
        heartbeat.stop()
        if instance is not None:
            instance.close()
        collector.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        reminders.close()  # (before the window closes: no longer kept in the tray)
        window.close()
        for part in parts:
            close = getattr(part, "close", None)
            if close is not None:
                close()
        stop_diagnostics_log(diagnostics)
