"""Starting the window: the QApplication, the real speaker, the log, the settings."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QSize, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from homestretch import APP_ID, APP_NAME, __version__
from homestretch.core.i18n import translate
from homestretch.core.paths import APP_ICON, APP_ICON_SIZES, ASSETS_DIR, AppPaths, app_icon_png
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
        return None, translate("App", "Sessions will not be saved. {problem}").format(problem=exc)


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


SMOKE_SECONDS = 1.0
"""``--smoke`` lets the session run this many seconds (of session time) before quitting."""
SMOKE_TIMEOUT = 60.0
"""``--smoke`` fails if no session has run that long this many seconds after start-up."""


def window_icon() -> QIcon:
    """The application icon: the PNGs drawn from the SVG at each size, then the SVG for
    larger sizes (the PNGs first: an icon begun with an SVG lists none of its sizes)."""
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(app_icon_png(size)), QSize(size, size))
    icon.addFile(str(APP_ICON))
    return icon


def watch_smoke(window: MainWindow, app: QApplication) -> QTimer:
    """``--smoke``: quit once the session has run :data:`SMOKE_SECONDS`; exit 0, else 1.

    Looks every 50 ms (the GUI thread never waits); the session's own clock says
    how far it got. Prints one line: what ran, or why nothing did.
    """
    import time

    began = time.monotonic()
    timer = QTimer(window)

    def look() -> None:
        session = window.session
        ran = 0.0 if session is None else session.player.position()
        if ran >= SMOKE_SECONDS and session is not None:
            timer.stop()
            name = session.timeline.routine.name
            print(f"smoke: ok: {name!r} ran {ran:.1f} s", flush=True)
            app.exit(0)
        elif time.monotonic() - began > SMOKE_TIMEOUT:
            timer.stop()
            print(
                f"smoke: FAILED: no session ran {SMOKE_SECONDS:g} s within {SMOKE_TIMEOUT:g} s "
                f"(a session {'started' if session is not None else 'never started'})",
                file=sys.stderr,
                flush=True,
            )
            app.exit(1)

    timer.timeout.connect(look)
    timer.start(50)
    return timer


def empty_old_trash(paths: AppPaths) -> threading.Thread:
    """Remove routines deleted more than 30 days ago from the trash, in a thread of its
    own (removing files is disk work; the GUI thread never waits for it)."""
    from homestretch.core.library import purge_trash

    thread = threading.Thread(
        target=purge_trash, args=(paths, datetime.now(UTC)), name="trash-purge", daemon=True
    )
    thread.start()
    return thread


def restart_command(paths: AppPaths, *, speed: float, muted: bool) -> list[str]:
    """The command that starts Homestretch again as it was started: the same program
    (the bundle's, or this Python's ``-m homestretch``), the same data folder when one
    was chosen, muted and at the speed it ran at; no file, no ``--start``."""
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "homestretch"]
    )
    options: list[str] = []
    if paths != AppPaths.resolve(None):
        options += ["--data-dir", str(paths.data_dir)]
    if muted:
        options.append("--mute")
    if speed != 1.0:
        options += ["--speed", f"{speed:g}"]
    return [*program, *options]


def start_again(command: Sequence[str]) -> bool:
    """Start ``command`` on its own (detached: it outlives this process); whether it started."""
    started, _pid = QProcess.startDetached(command[0], list(command[1:]))
    if not started:
        logging.getLogger("homestretch").warning("Could not start again: %s", " ".join(command))
    return bool(started)


def run_app(
    paths: AppPaths,
    *,
    argv: Sequence[str] = (),
    speed: float = 1.0,
    muted: bool = False,
    open_file: Path | None = None,
    tray: bool = False,
    start: bool = False,
    smoke: bool = False,
) -> int:
    """Open the window and run until it closes; the app's exit status.

    Args:
        open_file: a routine file to add to the user's routines and open the
            window on (``homestretch FILE.yaml``), once the routines are loaded.
        tray: start hidden in the tray (``--tray``, at login) when reminders are
            on and a tray exists; otherwise the window opens as usual.
        start: start the selected routine's session once the window is ready
            (``homestretch --start``, the desktop file's "Start today's session").
        smoke: ``--smoke``: start a session, let it run one second, then quit
            (status 0 if it ran, 1 if none ran within :data:`SMOKE_TIMEOUT`).
    """
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([*argv] or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(window_icon())

    diagnostics = start_diagnostics_log(paths)
    # One window per log: a running Homestretch takes the file and comes forward.
    done, instance = claim_instance(
        paths, [] if open_file is None else [open_file], start=start and not smoke
    )
    if done is not None:
        stop_diagnostics_log(diagnostics)
        return done
    empty_old_trash(paths)
    loaded = read_settings(paths.settings_file)
    settings = loaded.settings
    from homestretch.ui.language import chosen_language, install_language

    language = install_language(chosen_language(settings.language))
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
        if start or smoke:
            window.start_session()
        if smoke:
            parts.append(watch_smoke(window, app))

    window.first_painted.connect(finish_startup)
    restarting: list[bool] = []

    def restart() -> None:
        """Settings > Language…, "Save and restart now": quit, then start again once the
        log, the speaker and the one-instance socket are let go (see the end)."""
        logging.getLogger("homestretch").info("Starting again to show the chosen language")
        restarting.append(True)
        app.quit()

    window.restart_requested.connect(restart)
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
        if restarting:
            start_again(restart_command(paths, speed=speed, muted=muted))
        stop_diagnostics_log(diagnostics)
        language.remove()
