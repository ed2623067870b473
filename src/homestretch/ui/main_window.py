"""The main window: the routine list, the session, menus and keys.

The window wires things together and routes commands; it holds no session
logic. A session is a :class:`~homestretch.core.session.Session` (the player
with the check-ins and the stop rule) run on the Qt loop by a
:class:`SessionDriver`, with three listeners: this window (through the
driver's signals), the voice (:class:`SessionVoice`) and the log
(:class:`SessionRecorder`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from homestretch import APP_NAME
from homestretch.core.checkin import RatingKeys, pain_now
from homestretch.core.paths import BUNDLED_ROUTINES_DIR, AppPaths
from homestretch.core.settings import Settings, Verbosity, save_settings
from homestretch.ui import style
from homestretch.ui.help_topics import HelpTopic
from homestretch.ui.inhibit import InhibitBackend, ScreenSaverInhibitor
from homestretch.ui.routines_page import RoutinesPage
from homestretch.ui.timelines import TimelineBuilder

# The session's modules (timeline, figures, speech, the session view) load when
# they are first needed, after the window is on screen.
if TYPE_CHECKING:
    from homestretch.core.draft import Draft
    from homestretch.core.history import HistoryError, HistoryLog, SessionRecorder
    from homestretch.core.library import Deleted, IfTaken
    from homestretch.core.player import Outcome, State
    from homestretch.core.pose import Figure
    from homestretch.core.routine import Routine, RoutineError
    from homestretch.core.session import ContinuedAnyway, PainRated, Session, StopAdvised
    from homestretch.core.timeline import Segment, Timeline
    from homestretch.speech.cues import SessionVoice
    from homestretch.speech.problems import SpeechProblem
    from homestretch.speech.speaker import Sound, Speaker
    from homestretch.speech.synthesis import Voice
    from homestretch.ui.driver import SessionDriver
    from homestretch.ui.editor.window import EditorWindow
    from homestretch.ui.handout import HandoutJobs
    from homestretch.ui.history_view import HistoryView
    from homestretch.ui.session_view import SessionView

Clock = Callable[[], float]
MINIMUM_SIZE = (800, 480)
NOTICE_SHARE = 0.25
"""The most of the window's height the lasting notices take (their words shrink to fit)."""
ANIMATION_INTERVAL_MS = 33
"""About 30 frames a second while a session runs."""


class _Silent:
    """The speaker until the real one is attached: says nothing."""

    def prepare(self, texts: Sequence[str]) -> None:
        pass

    def say(self, text: str) -> None:
        pass

    def silence(self) -> None:
        pass

    def sound(self, sound: Sound) -> None:
        pass

    def configure(self, *, voice: str, rate: int, volume: float) -> None:
        pass

    def voices(self) -> list[Voice]:
        return []

    def speaking(self) -> bool:
        return False

    def close(self) -> None:
        pass


def interface_language() -> str:
    """The interface's language as a BCP 47 tag (``de-DE``), from Qt's default locale (the
    system's, from ``LANG``, unless the application sets another)."""
    locale = QLocale()
    languages = locale.uiLanguages()
    return languages[0] if languages else locale.name()


class _NoInhibit:
    def inhibit(self, reason: str) -> None:
        pass

    def release(self) -> None:
        pass


class MainWindow(QMainWindow):
    """The application window.

    Args:
        paths: where the user's files are.
        speaker: speech and sounds.
        settings: the user's settings (saved back when changed here).
        history: the open session log, or ``None`` when it could not be opened.
        history_problem: why the log could not be opened, shown to the user.
        clock: the monotonic clock.
        speed: session time runs this many times faster (demos, tests).
        muted: start muted.
        inhibitor: keeps the screen awake during a session.

    Signals:
        session_finished(object): a session ended; its :class:`~homestretch.core.player.Outcome`.
        first_painted(): the window has been drawn once (slow start-up work can follow).
        restart_requested(): the patient asked to start Homestretch again now (to show
            the language just chosen); whoever runs the app quits and starts it again.
    """

    session_finished = Signal(object)
    first_painted = Signal()
    restart_requested = Signal()

    def __init__(
        self,
        paths: AppPaths,
        *,
        speaker: Speaker | None = None,
        settings: Settings,
        history: HistoryLog | None = None,
        history_problem: str = "",
        clock: Clock = time.monotonic,
        speed: float = 1.0,
        muted: bool = False,
        inhibitor: InhibitBackend | None = None,
        load_routines: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.speaker: Speaker = speaker or _Silent()
        self.settings = settings
        self.history = history
        self.clock = clock
        self.speed = speed
        self.muted = muted
        self.inhibitor = ScreenSaverInhibitor(inhibitor or _NoInhibit())
        self.driver: SessionDriver | None = None
        self._session: Session | None = None
        self._voice: SessionVoice | None = None
        self.recorder: SessionRecorder | None = None
        self._unsaved: list[SessionRecorder] = []
        self.save_retry = QTimer(self)  # while writes wait (a full disk...)
        self.save_retry.timeout.connect(self.retry_saving)
        self._timeline: Timeline | None = None
        self._shown_exercise: tuple[int, bool] | None = None
        """The exercise on screen, and whether it is shown as the one coming next."""
        self._figures: dict[int, Figure | None] = {}
        self._segment: Segment | None = None
        self.animation = QTimer(self)
        self.animation.setTimerType(Qt.TimerType.PreciseTimer)
        self.animation.setInterval(ANIMATION_INTERVAL_MS)
        self.animation.timeout.connect(self._animate)
        self._notices: dict[str, str] = {}
        self._rating_keys = RatingKeys()
        self._pain_before: int | None = None
        """The check-in before the next session (it goes to the session when it starts)."""
        self._areas_before: tuple[str, ...] = ()
        self._done_summary = ""
        self.timelines = TimelineBuilder(self)
        self.timelines.built.connect(self._timeline_built)
        self.timelines.failed.connect(self._timeline_failed)
        self._start_when_built: Routine | None = None
        self._start_exercise: int | None = None  # (of the routine waited for: alone)

        self.setWindowTitle(APP_NAME)
        from homestretch.ui.focus import FocusRings

        self.focus_rings = FocusRings(self)  # (around the focused control, in dialogs too)
        self.setAcceptDrops(True)
        # An explicit minimum: the pages' words shrink with the window (their fonts follow
        # its size), so their size at the moment must not stop it from getting smaller.
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        # Un-maximised: 1280x800, or less on a smaller screen, with room for a title bar.
        room = self.screen().availableGeometry()
        self.resize(min(1280, room.width() - 16), min(800, room.height() - 48))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.notice_bar = QLabel()
        self.notice_bar.setObjectName("notice_bar")
        self.notice_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_bar.setWordWrap(True)
        style.scalable(self.notice_bar, 18)
        style.themed_sheet(
            self.notice_bar, f"QLabel {{ {style.NOTICE_STYLE} margin: 6px 12px 0 12px; }}"
        )
        self.notice_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.notice_bar.hide()
        column.addWidget(self.notice_bar)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.routines_page = RoutinesPage()
        self._session_view: SessionView | None = None
        self._history_view: HistoryView | None = None
        self.stack.addWidget(self.routines_page)
        self._painted = False
        self.routines_page.installEventFilter(self)

        self.routines_page.start_requested.connect(self.start_session)
        self.routines_page.duplicate_requested.connect(self.duplicate_routine)
        self.routines_page.delete_requested.connect(self.delete_routine)
        self.routines_page.undo_delete_requested.connect(self.undo_delete)
        self._deleted: Deleted | None = None  # (the routine deleted last, until undone)
        self.routines_page.exercise_requested.connect(self.start_session)
        self.routines_page.pain.rated.connect(self.set_pain_before)
        self.routines_page.where_requested.connect(lambda: self.open_pain_map("before"))
        self.routines_page.open_requested.connect(self.open_routine_dialog)
        self.routines_page.selection_changed.connect(self._prepare_selected)
        self.routines_page.history_requested.connect(self.show_history)
        self.routines_page.edit_requested.connect(self.edit_routine)
        self.routines_page.new_requested.connect(self.new_routine)
        self.editor: EditorWindow | None = None
        self._trial: Routine | None = None  # (the editor's "Try it", waiting for its timeline)
        self._trying = ""
        """What the session view says while a "Try it" plays (silent, not logged), or ""."""

        self._build_actions()
        if load_routines:
            self.reload_routines(select=settings.last_routine)
        if history_problem:
            self.add_notice("log", history_problem)

    @property
    def session_view(self) -> SessionView:
        """The session page, made the first time it is needed."""
        if self._session_view is None:
            from homestretch.ui.session_view import SessionView

            view = SessionView()
            view.set_muted(self.muted)
            view.audible_countdown = self._countdown_ticks()
            view.toggle_requested.connect(self.toggle)
            view.next_requested.connect(self.next_exercise)
            view.previous_requested.connect(self.previous_exercise)
            view.stop_requested.connect(self.confirm_stop)
            view.continue_requested.connect(self.continue_anyway)
            view.mute_requested.connect(self.toggle_mute)
            view.close_requested.connect(self.show_routines)
            view.pain_after.rated.connect(self.set_pain_after)
            view.where_requested.connect(lambda: self.open_pain_map("after"))
            view.note_changed.connect(self.set_note)
            self.stack.addWidget(view)
            self._session_view = view
        return self._session_view

    @property
    def history_view(self) -> HistoryView | None:
        """The history page, made the first time it is shown (None: no session log)."""
        if self._history_view is None and self.history is not None:
            from homestretch.ui.history_view import HistoryView

            view = HistoryView(self.history, date.today)
            view.back_requested.connect(self.show_routines)
            self.stack.addWidget(view)
            self._history_view = view
        return self._history_view

    def show_history(self) -> None:
        """The history page, read afresh (not during a session)."""
        if self.history is None or self._in_active_session():
            return
        fresh = self._history_view is None
        view = self.history_view
        if view is None:
            return
        self._discard_driver()
        if not fresh:  # a new page has just read the log
            view.refresh()
        self.stack.setCurrentWidget(view)
        view.table.setFocus()
        self._update_actions()

    def _in_active_session(self) -> bool:
        if self.driver is None or self._session_view is None:
            return False  # (and the player module need not be imported before the first paint)
        from homestretch.core.player import State

        return self.stack.currentWidget() is self._session_view and self.driver.state in (
            State.RUNNING,
            State.PAUSED,
        )

    @property
    def voice(self) -> SessionVoice:
        """Speaks the session: made the first time it is needed."""
        if self._voice is None:
            from homestretch.speech.cues import SessionVoice

            self._voice = SessionVoice(
                self.speaker, self.settings, muted=self.muted, speed=self.speed
            )
        return self._voice

    def warm_up(self) -> None:
        """Load the session's modules and page ahead of time (call when idle), so the
        first Space does not wait for them."""
        import homestretch.core.pose
        import homestretch.ui.driver  # noqa: F401
        from homestretch.ui import figure

        _ = self.session_view, self.voice
        figure.warm_up()

    def attach(
        self, *, speaker: Speaker, history: HistoryLog | None, history_problem: str = ""
    ) -> None:
        """Connect the speaker and the log once they are ready (the app does this after
        the first paint, so the window appears sooner)."""
        self.speaker = speaker
        if self._voice is not None:
            self._voice.speaker = speaker
        self.history = history
        if self._history_view is not None and history is not None:
            self._history_view.log = history
        if history_problem:
            self.add_notice("log", history_problem)
        self._update_actions()

    # -- menus and keys

    def _action(
        self, text: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open routine file…"), "Ctrl+O", self.open_routine_dialog
        )
        file_menu.addAction(self.open_action)
        self.export_action = self._action(
            self.tr("&Export routine…"), "", self.export_routine_dialog
        )
        file_menu.addAction(self.export_action)
        self.print_handout_action = self._action(
            self.tr("&Print handout…"), "Ctrl+P", self.print_handout
        )
        self.save_handout_action = self._action(
            self.tr("Save &handout as PDF…"), "", self.save_handout
        )
        file_menu.addAction(self.print_handout_action)
        file_menu.addAction(self.save_handout_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), "Ctrl+Q", self.close))

        self.digit_actions = [
            self._action(
                self.tr("Pain {digit}").format(digit=digit),
                str(digit),
                partial(self.rate_pain_key, digit),
            )
            for digit in range(10)
        ]

        session = bar.addMenu(self.tr("&Session"))
        self.toggle_action = self._action(self.tr("Start / &pause"), "Space", self.toggle)
        self.previous_action = self._action(
            self.tr("&Previous exercise"), "Left", self.previous_exercise
        )
        self.next_action = self._action(self.tr("&Next exercise"), "Right", self.next_exercise)
        self.stop_action = self._action(self.tr("&Stop…"), "Esc", self.confirm_stop)
        self.continue_action = self._action(
            self.tr("&Continue anyway (after advice to stop)"), "C", self.continue_anyway
        )
        self.end_action = self._action(
            self.tr("&End the session (after advice to stop)"), "Return", self.end_advised
        )
        self.end_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.mute_action = self._action(self.tr("&Mute"), "M", self.toggle_mute)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(self.muted)
        # After a session: Esc, Enter or Space go back to the routines, ready for the next one.
        self.leave_action = self._action(self.tr("&Back to routines"), "Esc", self.show_routines)
        self.go_on_action = self._action(self.tr("Go on"), "Space", self._go_on_after_session)
        self.go_on_action.setShortcuts([QKeySequence(k) for k in ("Space", "Return", "Enter")])
        for action in (
            self.toggle_action,
            self.previous_action,
            self.next_action,
            self.stop_action,
            self.continue_action,
            self.mute_action,
            self.leave_action,
        ):
            session.addAction(action)

        view = bar.addMenu(self.tr("&View"))
        self.history_action = self._action(self.tr("&History"), "Ctrl+H", self.show_history)
        view.addAction(self.history_action)
        view.addSeparator()
        self.fullscreen_action = self._action(
            self.tr("&Full screen"), "F11", self.toggle_fullscreen
        )
        self.fullscreen_action.setCheckable(True)
        view.addAction(self.fullscreen_action)
        self.reduce_motion_action = QAction(
            self.tr("&Reduce motion (still pictures)"), self, checkable=True
        )
        self.reduce_motion_action.setChecked(self.settings.reduce_motion)
        self.reduce_motion_action.toggled.connect(self.set_reduce_motion)
        view.addAction(self.reduce_motion_action)

        settings = bar.addMenu(self.tr("S&ettings"))
        speech = settings.addMenu(self.tr("Spoken &instructions"))
        group = QActionGroup(self)
        self.verbosity_actions: dict[Verbosity, QAction] = {}
        for verbosity, text in (
            (Verbosity.FULL, self.tr("&Full instructions")),
            (Verbosity.COUNTS, self.tr("&Counts and sides only")),
            (Verbosity.OFF, self.tr("&Off")),
        ):
            action = QAction(text, self, checkable=True)
            action.setChecked(self.settings.verbosity is verbosity)
            action.triggered.connect(partial(self.set_verbosity, verbosity))
            group.addAction(action)
            speech.addAction(action)
            self.verbosity_actions[verbosity] = action
        sounds = settings.addMenu(self.tr("&Sounds"))
        self.sound_actions: dict[str, QAction] = {}
        for key, text in (
            ("sound_countdown", self.tr("&Countdown ticks in the last 3 seconds")),
            ("sound_switch", self.tr("&Side switch")),
            ("sound_end", self.tr("&End of session")),
        ):
            action = QAction(text, self, checkable=True)
            action.setChecked(bool(getattr(self.settings, key)))
            action.toggled.connect(partial(self.set_sound, key))
            sounds.addAction(action)
            self.sound_actions[key] = action
        voice = QAction(self.tr("&Voice, speed and volume…"), self)
        voice.triggered.connect(self.open_speech_settings)
        settings.addAction(voice)
        language = QAction(self.tr("&Language…"), self)
        language.triggered.connect(self.open_language_settings)
        settings.addAction(language)
        self.settings_menu = settings  # (Settings > Reminders… is added by ui/reminders.py)
        from homestretch.ui.display import DisplayChoices

        self.display = DisplayChoices(settings, self.settings, self._change_settings, self._rescale)

        help_menu = bar.addMenu(self.tr("&Help"))
        for topic, text, keys in (
            (HelpTopic.KEYS, self.tr("&Keyboard keys…"), "F1"),
            (HelpTopic.ROUTINE_FORMAT, self.tr("The &routine file format…"), ""),
            (HelpTopic.DATA_FOLDER, self.tr("Your &data folder…"), ""),
            (HelpTopic.ABOUT, self.tr("&About Homestretch…"), ""),
        ):
            help_menu.addAction(self._action(text, keys, partial(self.show_help, topic)))
        self._update_actions()

    def show_help(self, topic: HelpTopic) -> None:
        from homestretch.ui.help import open_help  # (not needed to start up)

        self.help_dialog = open_help(topic, self.paths, self)

    def _update_actions(self) -> None:
        current = self.stack.currentWidget()
        in_session = self._session_view is not None and current is self._session_view
        in_history = self._history_view is not None and current is self._history_view
        active = self._in_active_session()
        self.previous_action.setEnabled(active)
        self.next_action.setEnabled(active)
        self.stop_action.setEnabled(active)
        advised = active and self._advice_pending()
        self.continue_action.setEnabled(advised)
        self.end_action.setEnabled(advised)
        finished = in_session and self.driver is not None and not active
        self.leave_action.setEnabled(finished)
        self.go_on_action.setEnabled(finished)
        # On the history page Space, Esc and the digits belong to its table and date fields.
        self.toggle_action.setEnabled(active or not (in_session or in_history))
        for action in self.digit_actions:
            action.setEnabled(not in_history)
        self.open_action.setEnabled(not in_session)
        self.export_action.setEnabled(not in_session)
        self.history_action.setEnabled(self.history is not None and not active)
        self.routines_page.history_button.setEnabled(self.history is not None)

    # -- routines

    def handouts(self) -> HandoutJobs:
        """Printing and saving handouts (off the GUI thread)."""
        from homestretch.ui.handout import jobs_of  # (QtPdf: only when a handout is asked for)

        return jobs_of(self, partial(self.add_notice, "handout"))

    def print_handout(self) -> None:
        entry = self.routines_page.selected()
        self.handouts().print_dialog(entry.routine if entry else None)

    def save_handout(self) -> None:
        entry = self.routines_page.selected()
        self.handouts().save_dialog(entry.routine if entry else None)

    def reload_routines(self, select: str = "") -> None:
        from homestretch.core.library import discover, preferred

        entries = discover(BUNDLED_ROUTINES_DIR, self.paths.user_routines_dir)
        if not any(str(e.path) == select for e in entries):
            # Nothing chosen before (or it is gone): the bundled one in the interface's language.
            offered = preferred(entries, interface_language())
            select = str(offered.path) if offered is not None else ""
        self.routines_page.set_entries(entries, select=select)

    def duplicate_routine(self) -> None:
        """Copy the selected routine into the user's routines (the same exercise ids)."""
        from homestretch.core.library import duplicate_routine
        from homestretch.core.routine import RoutineError

        entry = self.routines_page.selected()
        if entry is None:
            return
        try:
            copy = duplicate_routine(entry.path, self.paths)
        except RoutineError as exc:
            self._error(self.tr("This routine cannot be duplicated"), str(exc))
            return
        except OSError as exc:
            self._error(self.tr("The copy could not be saved"), str(exc))
            return
        self.reload_routines(select=str(copy))

    def delete_routine(self) -> None:
        """Move the selected routine (the user's own) to the trash; :meth:`undo_delete`
        puts it back."""
        from homestretch.core.library import CannotDeleteError, delete_routine

        entry = self.routines_page.selected()
        if entry is None or entry.bundled:
            return
        editor = self.editor
        if editor is not None and editor.isVisible() and editor.draft.path == entry.path:
            self._error(
                self.tr("This routine is open in the editor"),
                self.tr("Close the editor first, then delete the routine."),
            )
            return
        try:
            deleted = delete_routine(entry.path, self.paths)
        except (CannotDeleteError, OSError) as exc:
            self._error(self.tr("This routine could not be deleted"), str(exc))
            return
        self._deleted = deleted
        self.reload_routines()
        self.routines_page.show_deleted(entry.title)

    def undo_delete(self) -> None:
        from homestretch.core.library import restore_routine

        if self._deleted is None:
            return
        try:
            path = restore_routine(self._deleted)
        except OSError as exc:
            self._error(self.tr("The routine could not be put back"), str(exc))
            return
        self._deleted = None
        self.routines_page.hide_deleted()
        self.reload_routines(select=str(path))

    def open_routine_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # (not needed to start up)

        # Opened, not exec()'d: the window's timers and the speech go on meanwhile.
        dialog = QFileDialog(
            self,
            self.tr("Open a routine file"),
            str(Path.home()),
            self.tr("Routines (*.yaml *.yml *.homestretch)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.add_routine(Path(name)))
        dialog.open()

    def add_routine(self, path: Path) -> bool:
        """Check a routine file, copy it into the user's routines, select it and show it.

        Returns True when it is added at once; False when it has problems (they
        are shown, with their lines, and nothing is copied) or when the user's
        routines hold one from a file of the same name: a question then asks
        whether to replace that one or keep both, and adds it once answered. A shared
        routine (``.homestretch``) is checked and added in the background: False.
        """
        from homestretch.core.library import IfTaken, check_routine_file, taken_by
        from homestretch.core.routine import RoutineError
        from homestretch.ui import sharing

        if sharing.is_package(path):  # a .homestretch file: checked and added in the background
            sharing.add_package(self, path)
            return False
        try:
            check_routine_file(path)
        except RoutineError as exc:
            self._routine_problems(path, exc)
            return False
        taken = taken_by(path, self.paths.user_routines_dir)
        if taken is None:
            return self._copy_routine(path, IfTaken.KEEP_BOTH)
        self._ask_replace(path, taken)
        return False

    def _ask_replace(self, path: Path, taken: Path) -> None:
        from homestretch.core.library import IfTaken, kept_name
        from homestretch.ui.dialogs import choose  # (not needed to start up)

        answers = (IfTaken.REPLACE, IfTaken.KEEP_BOTH)
        kept = kept_name(path, self.paths.user_routines_dir)

        def answered(choice: int | None) -> None:
            if choice is not None:
                self._copy_routine(path, answers[choice])

        choose(
            self,
            title=self.tr("“{name}” is already among your routines").format(name=path.name),
            text=self.tr(
                "You added a routine from a file named “{name}” before. Replace it with this one, "
                "or keep both?"
            ).format(name=path.name),
            detail=self.tr(
                "The one you have is in {taken}. Keep both adds this one with a number after its "
                "name, as “{kept}”."
            ).format(taken=taken, kept=kept),
            choices=[self.tr("Replace"), self.tr("Keep both")],
            cancel=self.tr("Cancel"),
            default=answers.index(IfTaken.KEEP_BOTH),  # Enter loses nothing
            answered=answered,
        )

    def _copy_routine(self, path: Path, if_taken: IfTaken) -> bool:
        from homestretch.core.library import import_routine
        from homestretch.core.routine import RoutineError

        try:
            target = import_routine(path, self.paths.user_routines_dir, if_taken=if_taken)
        except RoutineError as exc:  # it changed since it was checked
            self._routine_problems(path, exc)
            return False
        except OSError as exc:
            self._error(
                self.tr("“{name}” could not be added").format(name=path.name),
                self.tr("It could not be copied into {user_routines_dir}: {value}").format(
                    user_routines_dir=self.paths.user_routines_dir, value=exc.strerror or exc
                ),
            )
            return False
        self.reload_routines(select=str(target))
        if self.stack.currentWidget() is not self.routines_page:
            self.show_routines()
        self.routines_page.list.setFocus()
        return True

    def _routine_problems(self, path: Path, error: RoutineError) -> None:
        self._error(
            self.tr("“{name}” cannot be used").format(name=path.name),
            self.tr("This routine file has %n problem(s):", "", len(error.problems)),
            "\n".join(str(p) for p in error.problems),
        )

    def _error(self, title: str, text: str, details: str = "") -> None:
        from homestretch.ui.dialogs import warn  # (not needed to start up)

        warn(self, title=title, text=text, details=details)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self._dropped_files(event) and self.stack.currentWidget() is self.routines_page:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            for path in files:
                self.add_routine(path)

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile()
            and url.toLocalFile().lower().endswith((".yaml", ".yml", ".homestretch"))
        ]

    def _prepare_selected(self) -> None:
        """Have the selected routine's timeline built (off the GUI thread) and its words spoken
        ahead, so that Space starts at once."""
        entry = self.routines_page.selected()
        if entry is None or entry.routine is None:
            return
        timeline = self.timelines.request(entry.routine)
        if timeline is not None:
            self._timeline_built(timeline)

    def ready_to_start(self) -> bool:
        """Whether Space would start the selected routine at once (its timeline is built)."""
        entry = self.routines_page.selected()
        return (
            entry is None or entry.routine is None or self.timelines.get(entry.routine) is not None
        )

    def _timeline_built(self, timeline: Timeline) -> None:
        if self._trial is not None and self._trial is timeline.routine:
            self.start_session(trial=self._trial)
            return
        entry = self.routines_page.selected()
        if entry is None or entry.routine is None:
            return
        if entry.routine is not timeline.routine:  # another routine, or one exercise alone
            waited, index = self._start_when_built, self._start_exercise
            if waited is timeline.routine and index is not None:
                self._start_when_built = None
                alone = self.timelines.alone(entry.routine, index)
                if alone is waited and self.stack.currentWidget() is self.routines_page:
                    self.start_session(index)
            return
        self._use_voice_for(timeline.routine)
        if not self.muted:
            from homestretch.speech.cues import session_texts

            self.speaker.prepare(session_texts(timeline, self.settings.verbosity))
        if self._start_when_built is timeline.routine:
            self._start_when_built = None
            if self.stack.currentWidget() is self.routines_page:
                self.start_session()

    def _timeline_failed(self, routine: Routine, reason: str) -> None:
        if self._start_when_built is routine:
            self._start_when_built = None
        self._error(
            self.tr("“{name}” cannot be started").format(name=routine.name),
            self.tr("Its session cannot be made: {reason}").format(reason=reason),
        )

    # -- the session

    @property
    def session(self) -> Session | None:
        """The last session started (running, paused or finished; its note and check-in
        after may still come once the window has left it)."""
        return self._session

    def toggle(self) -> None:
        """Space: start the selected routine, pause or resume; after advice to stop, end."""
        if self.stack.currentWidget() is self.routines_page:
            self.start_session()
        elif self.driver is not None:
            self.driver.toggle()

    def _advice_pending(self) -> bool:
        """The stop rule advised stopping and the patient has not chosen yet."""
        return self.session is not None and self.session.advice_pending

    def end_advised(self) -> None:
        """End the session as the stop rule advised (Space, Enter or the big button)."""
        if self.driver is not None:
            self.driver.end_as_advised()

    def continue_anyway(self) -> None:
        """Carry on although stopping was advised: a deliberate choice, logged."""
        if self.driver is not None:
            self.driver.continue_anyway()

    def next_exercise(self) -> None:
        if self.driver is not None:
            self.driver.next_exercise()

    def previous_exercise(self) -> None:
        if self.driver is not None:
            self.driver.previous_exercise()

    def start_session(self, exercise: int | None = None, *, trial: Routine | None = None) -> None:
        """Start the selected routine, or only its exercise ``exercise`` (logged as that);
        or ``trial`` (the editor's "Try it"), played fast and not logged."""
        from homestretch.core.player import State

        entry = self.routines_page.selected()
        routine = trial or (entry.routine if entry is not None else None)
        if routine is None:
            return
        from homestretch.core.session import Session
        from homestretch.ui.driver import SessionDriver

        if exercise is not None:
            routine = self.timelines.alone(routine, exercise)
        timeline = self.timelines.request(routine)
        if timeline is None:  # being built off the GUI thread: the session starts when it is
            if trial is not None:
                self._trial = trial
            else:
                self._start_when_built, self._start_exercise = routine, exercise
            return
        self._trial = None
        self._discard_driver()
        self._timeline = timeline
        self._shown_exercise = None
        self._figures = self.timelines.figures(routine)  # (read with the timeline)
        from homestretch.ui.editor.window import TRY_SPEED

        session = Session(
            timeline,
            self.clock,
            speed=self.speed if trial is None else max(self.speed, TRY_SPEED),
            # A try-out is the physiotherapist's, not the patient's: the patient's
            # check-in waits for their next session.
            pain_before=self._pain_before if trial is None else None,
            areas_before=self._areas_before if trial is None else (),
        )
        self._trying = (
            ""
            if trial is None
            else self.tr("Trying it: {speed}× faster, silent").format(speed=f"{session.speed:g}")
        )
        driver = SessionDriver(session, parent=self)
        self.driver, self._session = driver, session
        driver.segment_started.connect(self._on_segment)
        driver.remaining_changed.connect(self._on_remaining)
        driver.state_changed.connect(self._on_state)
        driver.finished.connect(self._on_finished)
        driver.pain_rated.connect(self._on_pain_rated)
        driver.stop_advised.connect(self._on_stop_advised)
        driver.continued_anyway.connect(self._on_continued_anyway)
        if trial is None:  # (a try-out is silent: at its speed cues would be cut short)
            driver.countdown.connect(self.voice.countdown)
            self.voice.set_settings(self.settings)
            self._use_voice_for(routine)
            session.subscribe(self.voice)
        self.session_view.set_language(routine.language)
        if self.recorder is not None and not self.recorder.saved:
            self._unsaved.append(self.recorder)  # the last session's writes, still waiting
        self.recorder = None  # (a try-out is not logged)
        if trial is None:
            self.recorder = self._new_recorder(session, single_exercise=exercise is not None)
        if self.recorder is not None:
            session.subscribe(self.recorder)
        if trial is None:
            self.voice.prepare(timeline)
        self.session_view.show_trial(
            self._trying and self.tr("{trying}, not logged").format(trying=self._trying)
        )
        self.session_view.pain_after.set_areas(())
        self.session_view.show_advice("")
        self.session_view.show_notice("")
        self.stack.setCurrentWidget(self.session_view)
        self.session_view.show_state(State.IDLE)
        if trial is None:
            self._remember_routine(routine)
        driver.toggle()  # (a rating before at the stop rule's limit pauses it at once)
        self._update_actions()

    def _new_recorder(
        self, session: Session, *, single_exercise: bool = False
    ) -> SessionRecorder | None:
        """What logs the session (None without a log): the one place a recorder is made."""
        if self.history is None:
            return None
        from homestretch.core.history import SessionRecorder

        return SessionRecorder(
            self.history,
            session.timeline,
            pain_before=session.pain_before,
            areas_before=session.areas_before,
            speed=self.speed,
            single_exercise=single_exercise,
            on_failed=self._saving_failed,
            on_recovered=self._saving_works,
            now=self.clock,
        )

    def _remember_routine(self, routine: Routine) -> None:
        if routine.source is not None and self.settings.last_routine != str(routine.source):
            self._change_settings(last_routine=str(routine.source))

    def _on_segment(self, segment: Segment) -> None:
        from homestretch.core.formatting import describe_next

        timeline = self._timeline
        if timeline is None:
            return
        exercises = timeline.routine.exercises
        exercise = exercises[segment.exercise_index] if segment.exercise_index is not None else None
        # In the rest between two exercises the screen already shows the next one.
        shown = timeline.shown_exercise(segment)
        upcoming = shown != segment.exercise_index
        if shown is not None and (shown, upcoming) != self._shown_exercise:
            self._shown_exercise = (shown, upcoming)
            self.session_view.show_exercise(
                exercises[shown],
                shown + 1,
                len(exercises),
                self._figures.get(shown),
                upcoming=upcoming,
            )
        self._segment = segment
        self.session_view.show_segment(segment, exercise, describe_next(timeline, segment.index))
        if self._trying:  # what the patient will hear, shown instead of said
            from homestretch.speech.cues import cue_text

            words = cue_text(segment, self.settings.verbosity)
            trial_text = (
                self.tr("{trying}; the patient hears “{words}”")
                if words
                else self.tr("{trying}, not logged")
            )
            self.session_view.show_trial(trial_text.format(trying=self._trying, words=words))
        self._animate()

    def _animate(self) -> None:
        """Move the figure to where the session is now (called on a timer while running)."""
        segment, timeline, driver = self._segment, self._timeline, self.driver
        if segment is None or timeline is None or driver is None or segment.exercise_index is None:
            return
        shown = timeline.shown_exercise(segment)
        if shown is not None and shown != segment.exercise_index:
            # Resting before the next exercise: its figure waits in its starting position.
            upcoming = timeline.routine.exercises[shown]
            figure = self._figures.get(shown)
            side = upcoming.first_side if upcoming.one_sided else None
            pose = figure.poses["start"] if figure is not None else None
            self.session_view.illustration.show_frame(pose, side)
            return
        exercise = timeline.routine.exercises[segment.exercise_index]
        figure = self._figures.get(segment.exercise_index)
        side = segment.side
        if side is None and exercise.one_sided:
            side = exercise.first_side
        if figure is None:
            self.session_view.illustration.show_frame(None, side)
            return
        from homestretch.core.pose import pose_at

        elapsed = max(0.0, driver.player.position() - segment.start)
        progress = elapsed / segment.seconds if segment.seconds > 0 else 1.0
        pose = pose_at(
            figure,
            exercise,
            segment,
            progress,
            elapsed,
            reduce_motion=self.settings.reduce_motion,
        )
        self.session_view.illustration.show_frame(pose, side)

    def _on_remaining(self, segment_left: float, session_left: float) -> None:
        if self._timeline is not None:
            self.session_view.show_remaining(
                segment_left, session_left, self._timeline.total_seconds
            )

    def _on_state(self, state: State) -> None:
        from homestretch.core.player import State

        self.session_view.show_state(state)
        if state is State.RUNNING:
            self.inhibitor.hold()
            self.animation.start()
        else:
            self.inhibitor.release()
            self.animation.stop()
        if state is State.PAUSED and not self._advice_pending():
            from homestretch.core.phrases import Phrase, say

            language = self._timeline.routine.language if self._timeline else ""
            self.session_view.next_up.setText(say(language, Phrase.PAUSED_HINT))
        elif state is State.RUNNING and self._segment is not None and self._timeline is not None:
            from homestretch.core.formatting import describe_next

            self.session_view.next_up.setText(describe_next(self._timeline, self._segment.index))
        self._update_actions()

    def _on_finished(self, outcome: Outcome) -> None:
        from homestretch.core.player import ExerciseStatus, Outcome

        self.inhibitor.release()
        self.animation.stop()
        timeline = self._timeline
        driver = self.driver
        if timeline is None or driver is None:
            return
        count = len(timeline.routine.exercises)
        done = sum(
            1 for k in range(count) if driver.player.exercise_status(k) is ExerciseStatus.COMPLETED
        )
        from homestretch.core.formatting import format_clock
        from homestretch.core.phrases import Phrase, say

        minutes = format_clock(driver.player.done_seconds())
        self._done_summary = say(
            timeline.routine.language, Phrase.EXERCISES_DONE, done=done, count=count, time=minutes
        )
        self.session_view.show_advice(driver.session.advice, stop=False)
        self.session_view.show_finished(
            outcome is Outcome.COMPLETED, self._done_summary, timeline.routine.name
        )
        self._show_saved_summary()
        self._update_actions()
        if not self._trying:  # the before-rating belonged to this session; the next asks afresh
            self._pain_before = None
            self._areas_before = ()
            self.routines_page.pain.set_value(None)
            self.routines_page.pain.set_areas(())
        self.session_finished.emit(outcome)

    def confirm_stop(self) -> None:
        from homestretch.core.player import State

        driver = self.driver
        if driver is None or driver.state not in (State.RUNNING, State.PAUSED):
            return
        was_running = driver.state is State.RUNNING
        advised = driver.session.advice_pending
        driver.pause()

        def answered(stop: bool) -> None:
            if stop:
                driver.stop()  # (while advice waits, the session logs that it was followed)
            elif was_running:
                driver.resume()

        from homestretch.ui.dialogs import ask

        self.stop_box = ask(
            self,
            title=self.tr("Stop this session?"),
            text=self.tr("Stop this session? What you have done so far is saved."),
            yes=self.tr("Stop the session"),
            no=self.tr("Keep going"),
            answered=answered,
            font_px=24,
            # After advice to stop, stopping is what Enter does; carrying on is not.
            default_yes=advised,
        )

    # -- pain check-ins and the stop rule

    def rate_pain_key(self, digit: int) -> None:
        """A number key: a pain rating for whatever the window is showing."""
        from homestretch.core.player import State

        rating = self._rating_keys.press(digit, time.monotonic())
        if self.stack.currentWidget() is self.routines_page:
            self.set_pain_before(rating)
        elif self.driver is not None and self.driver.state is State.FINISHED:
            self.set_pain_after(rating)
        elif self.driver is not None:
            self.set_pain_during(rating)

    def set_pain_before(self, rating: int) -> None:
        """The check-in before the next session."""
        self._pain_before = rating
        self.routines_page.pain.set_value(rating)

    def set_pain_during(self, rating: int) -> None:
        if self.driver is not None:
            self.driver.rate_pain(rating)  # shown by _on_pain_rated, judged by the stop rule

    def set_pain_after(self, rating: int) -> None:
        self.session_view.pain_after.set_value(rating)
        if self.session is not None:
            self.session.rate_pain(rating)

    def set_note(self, text: str) -> None:
        if self.session is not None:
            self.session.set_note(text)

    def _on_pain_rated(self, event: PainRated) -> None:
        from homestretch.core.session import CheckIn

        if event.when is CheckIn.DURING and event.rating is not None:
            rating = event.rating
            language = self._timeline.routine.language if self._timeline else ""
            self.session_view.show_notice(pain_now(rating, language))

    def _on_stop_advised(self, event: StopAdvised) -> None:
        self.session_view.show_advice(event.advice, stop=event.waiting)
        self._update_actions()

    def _on_continued_anyway(self, event: ContinuedAnyway) -> None:
        self.session_view.show_advice(event.advice, stop=False)

    def open_pain_map(self, when: str) -> None:
        from homestretch.ui.pain import PainMapDialog

        after = self.session.areas_after if self.session is not None else ()
        dialog = PainMapDialog(self._areas_before if when == "before" else after, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def accepted() -> None:
            areas = dialog.map.areas()
            scale = self.routines_page.pain if when == "before" else self.session_view.pain_after
            scale.set_areas(areas)
            if when == "before":
                self._areas_before = areas
            elif self.session is not None:
                self.session.mark_areas(areas)

        dialog.accepted.connect(accepted)
        dialog.open()
        self.pain_map_dialog = dialog

    # -- saving that fails and works again

    def _show_saved_summary(self) -> None:
        """Whether the finished session is saved, after its summary (kept up to date)."""
        from homestretch.core.phrases import join_sentences
        from homestretch.core.player import State

        if self.driver is None or self.driver.state is not State.FINISHED:
            return
        if self.recorder is None and self.history is not None:
            saved = self.tr("A try-out from the editor: not logged.")
        elif self.recorder is None:
            saved = self.tr("Not saved: the session log is unavailable.")
        elif self.recorder.problem is not None:
            saved = self.tr("Not all of it could be saved yet: {reason}.").format(
                reason=self.recorder.problem.reason
            )
        else:
            saved = self.tr("Saved in your history.")
        self.session_view.summary.setText(join_sentences([self._done_summary, saved]))

    def _saving_failed(self, error: HistoryError) -> None:
        where = f" ({self.history.path})" if self.history is not None else ""
        self.add_notice(
            "saving",
            self.tr(
                "This session cannot be saved: {reason}{where}. Carry on: Homestretch keeps "
                "trying, and saves it as soon as it can."
            ).format(reason=error.reason, where=where),
        )
        from homestretch.core.history import RETRY_INTERVAL

        if not self.save_retry.isActive():
            self.save_retry.start(round(RETRY_INTERVAL * 1000))
        self._show_saved_summary()

    def _saving_works(self) -> None:
        """A recorder has written everything it had: if none is waiting, say so."""
        self._unsaved = [r for r in self._unsaved if not r.saved]
        if self._unsaved or (self.recorder is not None and not self.recorder.saved):
            return
        self.save_retry.stop()
        self.clear_notice("saving")
        self._show_saved_summary()

    def retry_saving(self) -> None:
        """Try again to write what sessions could not save (the retry timer calls this)."""
        for recorder in [*self._unsaved, self.recorder]:
            if recorder is not None:
                recorder.flush()  # tells _saving_works when it succeeds

    def show_routines(self) -> None:
        self._discard_driver()
        if self._session_view is not None:  # its notices and advice belonged to that session
            self._session_view.show_notice("")
            self._session_view.show_advice("")
        self.stack.setCurrentWidget(self.routines_page)
        self._update_actions()

    def _go_on_after_session(self) -> None:
        """Space or Enter after a session: press the button chosen with Tab, if there is
        one (the body map, a rating), else back to the routines."""
        from PySide6.QtWidgets import QAbstractButton, QApplication

        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and self.session_view.isAncestorOf(focused):
            focused.click()
        else:
            self.show_routines()

    def _discard_driver(self) -> None:
        from homestretch.core.player import Outcome, State

        if self.driver is not None:
            if self.driver.state in (State.RUNNING, State.PAUSED):
                self.driver.stop(Outcome.INTERRUPTED)
            self.driver.deleteLater()
            self.driver = None

    # -- sound and settings

    def toggle_mute(self) -> None:
        self.muted = not self.muted
        if self._voice is not None:
            self._voice.set_muted(self.muted)
        if self._session_view is not None:
            self._session_view.set_muted(self.muted)
            self._session_view.audible_countdown = self._countdown_ticks()
        self.mute_action.setChecked(self.muted)
        self._prepare_selected()  # muted, nothing was synthesised

    def set_verbosity(self, verbosity: Verbosity, checked: bool = True) -> None:
        self._change_settings(verbosity=verbosity)
        self._prepare_selected()

    def set_reduce_motion(self, on: bool) -> None:
        self._change_settings(reduce_motion=on)
        self._animate()

    def set_sound(self, key: str, on: bool) -> None:
        self._change_settings(**{key: on})
        if self._session_view is not None:
            self._session_view.audible_countdown = self._countdown_ticks()

    def _countdown_ticks(self) -> bool:
        """Whether the last seconds tick aloud (if not, a screen reader is told them)."""
        return not self.muted and self.settings.sound_countdown

    def open_speech_settings(self) -> None:
        from homestretch.ui.settings_dialog import SpeechSettingsDialog

        dialog = SpeechSettingsDialog(
            self.settings, self.speaker.voices(), self, speaking=self.speaker.speaking
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def sample(text: str) -> None:  # in the voice, speed and volume shown
            voice, rate, volume = dialog.values()
            self.speaker.configure(voice=voice, rate=rate, volume=volume)
            self.speaker.say(text)

        dialog.sample_requested.connect(sample)
        dialog.rejected.connect(lambda: self._use_voice_for(self._voice_routine()))

        def accepted() -> None:
            voice, rate, volume = dialog.values()
            self._change_settings(voice=voice, rate=rate, volume=volume)
            self._prepare_selected()

        dialog.accepted.connect(accepted)
        dialog.open()
        self.speech_dialog = dialog

    def open_language_settings(self) -> None:
        """Settings > Language…: saved now, shown from the next start, or at once with
        "Save and restart now" when nothing would be cut short by starting again."""
        from homestretch.ui.language import showing
        from homestretch.ui.language_dialog import LanguageDialog

        dialog = LanguageDialog(
            self.settings.language, showing(), self, can_restart=self._can_restart()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            self._change_settings(language=dialog.setting())
            if dialog.restart and self._can_restart():
                self.restart_requested.emit()

        dialog.accepted.connect(accepted)
        dialog.open()
        self.language_dialog = dialog

    def _can_restart(self) -> bool:
        """Whether starting again now loses nothing: no session on screen (running, or
        waiting for its check-in and note) and no routine open in the editor."""
        if self.stack.currentWidget() is not self.routines_page:
            return False
        return self.editor is None or not self.editor.isVisible()

    def _change_settings(self, **changes: object) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        if self._voice is not None:
            self._voice.set_settings(self.settings)
        self._use_voice_for(self._voice_routine())
        try:
            save_settings(self.paths.settings_file, self.settings)
        except OSError as exc:
            self.add_notice(
                "settings",
                self.tr("Settings cannot be saved in {config_dir}: {strerror}").format(
                    config_dir=self.paths.config_dir, strerror=exc.strerror
                ),
            )

    def _voice_routine(self) -> Routine | None:
        """The routine whose words the speaker reads: the session's, else the selected one."""
        if self.driver is not None and self._timeline is not None:
            return self._timeline.routine
        entry = self.routines_page.selected()
        return entry.routine if entry is not None else None

    def _use_voice_for(self, routine: Routine | None) -> None:
        """Have the speaker read ``routine`` in its language (with the speed and volume
        set), and say so when no installed voice speaks that language."""
        from homestretch.core.phrases import DEFAULT_LANGUAGE
        from homestretch.speech.problems import missing_voice_notice
        from homestretch.speech.voices import voice_for

        language = routine.language if routine is not None else DEFAULT_LANGUAGE
        choice = voice_for(self.speaker.voices(), self.settings.voice, language)
        self.speaker.configure(
            voice=choice.voice, rate=self.settings.rate, volume=self.settings.volume
        )
        if choice.speaks_language:
            self.clear_notice("voice")
        else:
            self.add_notice("voice", missing_voice_notice(choice.language))

    def _rescale(self) -> None:
        """Lay the pages out again at the new text size (the history page is made afresh)."""
        style.apply_scale(
            self.routines_page, style.page_scale(*self.routines_page.size().toTuple())
        )
        self._fit_notices()
        if self._session_view is not None:
            self._session_view.rescale()
        history = self._history_view
        if history is not None:
            shown = self.stack.currentWidget() is history
            self.stack.removeWidget(history)
            history.deleteLater()
            self._history_view = None
            if shown:
                self.show_history()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.fullscreen_action.setChecked(self.isFullScreen())

    # -- notices

    def add_notice(self, key: str, text: str) -> None:
        """Show a lasting notice (speech missing, log unavailable...)."""
        if text:
            self._notices[key] = text
        else:
            self._notices.pop(key, None)
        joined = "\n".join(self._notices.values())
        self.notice_bar.setText(joined)
        self.notice_bar.setVisible(bool(joined))
        self._fit_notices()

    def _fit_notices(self) -> None:
        """The notices at the page's text size; smaller, down to the least text size, where
        they would take more than :data:`NOTICE_SHARE` of the window (large text, two
        notices): the session below keeps the room for its words."""
        from homestretch.ui.fit import fit_wrapped

        style.apply_scale(self.notice_bar, style.page_scale(self.width(), self.height()))
        bar = self.notice_bar
        largest = bar.font().pixelSize()
        least = min(largest, style.text_px(style.FLOOR_PX))
        fit_wrapped(bar, self.width(), largest, least, round(self.height() * NOTICE_SHARE))

    def notices(self) -> list[str]:
        """The lasting notices showing, one per problem."""
        return list(self._notices.values())

    def clear_notice(self, key: str) -> None:
        """Take a notice away once what it said is no longer true."""
        self.add_notice(key, "")

    def speech_unavailable(self, problem: SpeechProblem) -> None:
        """Tell the patient, in plain words, why the voice (or all sound) is off."""
        from homestretch.speech.problems import problem_notice

        key = "sound" if problem.silences_everything else "speech"
        self.add_notice(key, problem_notice(problem, cache_dir=self.paths.cache_dir))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint is done
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_notices()

    def show_placed(self) -> None:
        """Show the window where the patient left it, or maximised the first time
        (the timer and the side badge are read from across the room)."""
        from PySide6.QtCore import QByteArray

        saved = self.settings.window
        if not (saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self.show()

    def _remember_geometry(self) -> None:
        saved = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if saved != self.settings.window:
            self._change_settings(window=saved)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.editor is not None and self.editor.isVisible() and not self.editor.close():
            event.ignore()  # (the editor asks about its unsaved changes first)
            return
        if self.isVisible():
            self._remember_geometry()
        if self._history_view is not None:
            self._history_view.forget_deleted()
        self._discard_driver()
        self.timelines.close()
        self.inhibitor.release()
        event.accept()

    def export_routine_dialog(self) -> None:
        """File > Export routine…: save the selected routine and its pictures as one file."""
        from homestretch.ui.sharing import export_dialog

        export_dialog(self)

    # -- the routine editor

    def edit_routine(self) -> None:
        """Open the selected routine in the editor (a bundled one is saved as a copy)."""
        entry = self.routines_page.selected()
        if entry is None:
            return
        from homestretch.core.draft import Draft
        from homestretch.core.routine import RoutineError

        try:
            draft = Draft.open(entry.path, paths=self.paths)
        except (RoutineError, OSError) as exc:
            self._error(self.tr("This routine cannot be edited"), str(exc))
            return
        self.open_editor(draft)

    def new_routine(self) -> None:
        """Routines > New routine: written in the window's language (the physiotherapist
        writes in it; the Language field changes it)."""
        from homestretch.core.draft import Draft
        from homestretch.ui.language import showing

        language = showing().replace("_", "-")  # (zh_CN, Qt's name, is zh-CN in BCP 47)
        self.open_editor(Draft.new(paths=self.paths, language=language))

    def open_editor(self, draft: Draft) -> EditorWindow:
        """Show the editor on ``draft`` (one editor at a time: an open one is brought up)."""
        from homestretch.ui.editor.window import EditorWindow

        if self.editor is not None and self.editor.isVisible():
            self.editor.activateWindow()
            return self.editor
        if self.editor is not None:
            self.editor.deleteLater()  # (closed: its draft is done with)
        editor = EditorWindow(draft, self)
        editor.saved.connect(lambda path: self.reload_routines(select=str(path)))
        editor.try_requested.connect(self.try_routine)
        self.editor = editor
        editor.show()
        return editor

    def try_routine(self, routine: Routine) -> None:
        """Play ``routine`` fast, logging nothing (the editor's "Try it")."""
        if self._in_active_session():
            return
        self.start_session(trial=routine)
        self.activateWindow()
