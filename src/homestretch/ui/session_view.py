"""The session view: everything a patient needs to follow along from a mat.

It only displays what it is given and forwards button presses as signals;
the main window wires it to the session driver. Sizes are chosen to be
readable from about three metres on a 1080p screen: the countdown is the
largest thing on screen, then the phase name and the side badge.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAccessible,
    QFontMetrics,
    QHideEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.formatting import POSITION_WORDS, format_clock
from homestretch.core.phrases import DEFAULT_LANGUAGE, Phrase, join_sentences, say, sentence
from homestretch.core.player import State
from homestretch.core.pose import Figure, Pose
from homestretch.core.routine import Exercise, Side, Sides
from homestretch.core.timeline import Segment, SegmentKind
from homestretch.ui.a11y import Announcer, set_label, spoken, use_roles
from homestretch.ui.figure import accessible_text, paint_figure
from homestretch.ui.fit import FitLabel, fit_button_text, fit_wrapped
from homestretch.ui.pain import NoteEdit, PainScale
from homestretch.ui.style import (
    ADVICE_STYLE,
    BOTH_COLOUR,
    FLOOR_PX,
    LEFT_COLOUR,
    NOTICE_STYLE,
    RIGHT_COLOUR,
    apply_scale,
    font,
    ink,
    page_scale,
    pixel_font,
    scalable,
    text_factor,
    text_px,
    themed_sheet,
)
from homestretch.ui.text import plain

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

BUTTON_PX = 26
"""The session buttons' words, in pixels at full size (smaller where they would not fit)."""
BUTTON_GROWTH = 1.3
"""The session buttons and the title row grow at most this much taller with larger text
(their words shrink to fit)."""
COUNTED_SECONDS = 3
"""The last seconds of a phase told to a screen reader when no tick sounds them."""
LARGEST_SCALE = 2.0
"""On a large screen (full screen at 1920x1080 and up) the words grow too, up to twice."""


def _scalable(widget: QWidget, size: int, *, bold: bool = False) -> None:
    scalable(widget, size, bold=bold)


def _label(size: int, *, bold: bool = False, name: str = "") -> QLabel:
    """A plain-text label that keeps its one line whole (the layout gives it room)."""
    label = plain(QLabel())
    _scalable(label, size, bold=bold)
    label.setObjectName(name)
    label.setWordWrap(False)
    return label


def _wrapping(size: int, *, bold: bool = False, name: str = "", style: str = "") -> QLabel:
    """A plain-text label that wraps at word boundaries and takes the height it needs."""
    label = plain(QLabel())
    _scalable(label, size, bold=bold)
    label.setObjectName(name)
    label.setWordWrap(True)
    if style:
        themed_sheet(label, style)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class SideBadge(QWidget):
    """LEFT LEG on the left in blue, RIGHT LEG on the right in red, BOTH LEGS centred in green.

    The badge takes the height the layout gives it; its words grow with it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.left = self._badge(LEFT_COLOUR, "LEFT LEG")
        self.both = self._badge(BOTH_COLOUR, "BOTH LEGS")
        self.right = self._badge(RIGHT_COLOUR, "RIGHT LEG")
        self.set_language(DEFAULT_LANGUAGE)
        layout.addWidget(self.left, 0)
        layout.addStretch(1)
        layout.addWidget(self.both, 0)
        layout.addStretch(1)
        layout.addWidget(self.right, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.show_side(None, both=False)

    def set_language(self, language: str) -> None:
        """The badges' words in the routine's ``language``."""
        for badge, phrase, text in (
            (self.left, Phrase.BADGE_LEFT, "◀  {}"),
            (self.both, Phrase.BADGE_BOTH, "{}"),
            (self.right, Phrase.BADGE_RIGHT, "{}  ▶"),
        ):
            words = say(language, phrase)
            badge.setText(text.format(words))
            badge.setAccessibleName(words)

    @staticmethod
    def _badge(colour: str, name: str) -> FitLabel:
        badge = FitLabel(max_px=52, min_px=FLOOR_PX, bold=True, wrap=False, name=name)
        badge.set_background(colour)
        badge.set_colour("white")
        badge.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        return badge

    def set_scale(self, scale: float) -> None:
        for badge in (self.left, self.both, self.right):
            badge.set_limits(round(52 * scale), FLOOR_PX)
            pad = round(22 * scale)
            badge.setContentsMargins(pad, round(4 * scale), pad, round(4 * scale))

    def show_side(self, side: Side | None, *, both: bool) -> None:
        self.left.setVisible(side is Side.LEFT)
        self.right.setVisible(side is Side.RIGHT)
        self.both.setVisible(side is None and both)

    def current(self) -> str:
        for badge in (self.left, self.right, self.both):
            if not badge.isHidden():
                return badge.accessibleName()
        return ""


STEPS_LINES = 2
"""Lines of the steps in view at the least (more scroll)."""


class IllustrationArea(QFrame):
    """The exercise's picture: an animated figure, the routine's own picture, or a placeholder."""

    ACCESSIBLE_ROLE = QAccessible.Role.Graphic

    def __init__(self, parent: QWidget | None = None) -> None:
        use_roles()
        super().__init__(parent)
        self.setObjectName("illustration")
        self.setMinimumSize(160, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.figure: Figure | None = None
        self.pose: Pose | None = None
        self.side: Side | None = None
        self.both_legs = False
        self._svg: QSvgRenderer | None = None
        self._image: QImage | None = None
        self._placeholder = ""
        self._caption = ""
        self.language = DEFAULT_LANGUAGE
        """The routine's language, in which the placeholder's words are."""
        self._exercise: Exercise | None = None
        self._describe()

    def set_language(self, language: str) -> None:
        """The placeholder's words, and what a screen reader says, in the routine's ``language``."""
        self.language = language
        self._describe()

    def show_exercise(
        self, exercise: Exercise | None, figure: Figure | None, picture: Path | None = None
    ) -> None:
        """Choose what to draw for this exercise (loads a picture file if it has one)."""
        language = self.language
        self.figure = figure
        self.pose = figure.poses["start"] if figure else None
        self.both_legs = exercise is not None and exercise.sides is Sides.BOTH
        self._svg = None
        self._image = None
        self._caption = ""
        self._placeholder = say(language, POSITION_WORDS[exercise.position]) if exercise else ""
        self._exercise = exercise
        self._describe()
        if figure is None and picture is not None:
            from homestretch.core.files import FileReadError, read_regular_file
            from homestretch.core.routine import MAX_PICTURE_BYTES, svg_outside_reference

            try:  # never a pipe or a device: Qt would block reading it
                data = read_regular_file(picture, MAX_PICTURE_BYTES)
            except FileReadError:
                data = b""  # "could not be shown", below
            is_svg = picture.suffix.lower() == ".svg"
            if is_svg and svg_outside_reference(data) is not None:
                data = b""  # nor a picture that would make Qt read another file
            if data and is_svg:
                from PySide6.QtCore import QByteArray
                from PySide6.QtSvg import QSvgRenderer  # only routines with their own SVG

                svg = QSvgRenderer(QByteArray(data))
                self._svg = svg if svg.isValid() else None
            elif data:
                image = QImage.fromData(data)
                self._image = None if image.isNull() else image
            if self._svg is None and self._image is None:
                self._caption = say(language, Phrase.PICTURE_UNREADABLE)
        elif figure is None:
            self._caption = say(language, Phrase.NO_PICTURE)
        self.update()

    def show_frame(self, pose: Pose | None, side: Side | None) -> None:
        self.pose = pose
        if side is not self.side:
            self.side = side
            self._describe()
        self.update()

    def _describe(self) -> None:
        """Name and describe the picture for screen readers: the position and the side."""
        exercise = self._exercise
        name, description = accessible_text(
            exercise,
            self.figure,
            place=say(self.language, POSITION_WORDS[exercise.position]) if exercise else "",
            side=self.side,
            both_legs=self.both_legs,
            language=self.language,
        )
        if name != self.accessibleName():  # (each change is an event for the screen reader)
            self.setAccessibleName(name)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)

    def shows_figure(self) -> bool:
        return self.figure is not None and self.pose is not None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        painter = QPainter(self)
        try:
            area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
            ink = self.palette().color(QPalette.ColorRole.WindowText)
            if self.figure is not None and self.pose is not None:
                paint_figure(
                    painter,
                    area,
                    self.figure,
                    self.pose,
                    side=self.side,
                    both_legs=self.both_legs,
                    ink=ink,
                )
            elif self._svg is not None:
                size = self._svg.defaultSize().scaled(
                    area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
                )
                target = QRectF(0, 0, size.width(), size.height())
                target.moveCenter(area.center())
                self._svg.render(painter, target)
            elif self._image is not None:
                scaled = self._image.scaled(
                    area.size().toSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                target = QRectF(0, 0, scaled.width(), scaled.height())
                target.moveCenter(area.center())
                painter.drawImage(target, scaled)
            else:
                painter.setPen(
                    QPen(self.palette().color(QPalette.ColorRole.Mid), 3, Qt.PenStyle.DashLine)
                )
                painter.drawRoundedRect(area, 16, 16)
                painter.setPen(ink)
                painter.setFont(font(40, bold=True))
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._placeholder)
                if self._caption:
                    painter.setFont(font(22))
                    lower = area.adjusted(0, area.height() / 2 + 30, 0, 0)
                    painter.drawText(
                        lower,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                        self._caption,
                    )
        finally:
            painter.end()


class SessionView(QWidget):
    """Display of a running session, and of its end with the after-session check-in.

    Signals:
        toggle_requested(): start, pause or resume (or, once a stop is advised, end).
        previous_requested(): back to the start of this or the previous exercise.
        next_requested(): skip to the next exercise.
        stop_requested(): stop (the window asks to confirm).
        continue_requested(): carry on although a stop was advised.
        mute_requested(): mute or unmute.
        close_requested(): leave the finished session.
        where_requested(): open the body map for the check-in after the session.
        note_changed(str): the note for the physiotherapist was edited.
    """

    toggle_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    stop_requested = Signal()
    continue_requested = Signal()
    mute_requested = Signal()
    close_requested = Signal()
    where_requested = Signal()
    note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        self._state = State.IDLE
        self._phase_text = ""
        self._advised = False
        self._language = DEFAULT_LANGUAGE
        self.announcer = Announcer(self)
        """Tells screen readers of each new phase, and of the last seconds when nothing ticks."""
        self.audible_countdown = True
        """Whether the last seconds tick aloud (else the screen reader is told them)."""
        self._counted: int | None = None
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 12, 24, 16)
        self.outer.setSpacing(8)

        header = QHBoxLayout()
        self.exercise_name = FitLabel(
            max_px=46, min_px=FLOOR_PX + 4, bold=True, wrap=False, name="exercise_name"
        )
        self.exercise_name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.exercise_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.exercise_count = _label(28, name="exercise_count")
        self.session_left = _label(28, name="session_left")
        header.addWidget(self.exercise_name, 1)
        header.addSpacing(16)
        header.addWidget(self.exercise_count)
        header.addSpacing(24)
        header.addWidget(self.session_left)
        self.outer.addLayout(header)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.outer.addWidget(self.progress)

        self.trial = _wrapping(20, bold=True, name="session_trial", style=NOTICE_STYLE)
        self.trial.hide()
        self.outer.addWidget(self.trial)

        self.notice = _wrapping(20, name="session_notice", style=NOTICE_STYLE)
        self.notice.hide()
        self.outer.addWidget(self.notice)

        self.advice = _wrapping(28, bold=True, name="advice", style=ADVICE_STYLE)
        self.advice.hide()
        self.outer.addWidget(self.advice)

        self.pages = QStackedWidget()
        self.outer.addWidget(self.pages, 1)
        self.exercise_page = QWidget()
        self.finished_page = QWidget()
        self.pages.addWidget(self.exercise_page)
        self.pages.addWidget(self.finished_page)
        self._build_exercise_page()
        self._build_finished_page()

        controls = QHBoxLayout()
        controls.setSpacing(12)
        self.previous_button = self._button(self.tr("◀◀ Previous (←)"), self.previous_requested)
        self.toggle_button = self._button(self.tr("▶ Start (Space)"), self.toggle_requested)
        self.continue_button = self._button(self.tr("Continue anyway (C)"), self.continue_requested)
        self.continue_button.hide()
        self.next_button = self._button(self.tr("Next (→) ▶▶"), self.next_requested)
        self.stop_button = self._button(self.tr("■ Stop (Esc)"), self.stop_requested)
        self.mute_button = self._button(self.tr("Mute (M)"), self.mute_requested)
        self.done_button = self._button(self.tr("Back to routines (Esc)"), self.close_requested)
        self.done_button.hide()
        for button in self._buttons():
            controls.addWidget(button, 2 if button is self.toggle_button else 1)
        self.outer.addLayout(controls)

        self.scale = 0.0
        self.set_scale(1.0)

    def _build_exercise_page(self) -> None:
        body = QHBoxLayout(self.exercise_page)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(24)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.illustration = IllustrationArea()
        left.addWidget(self.illustration, 5)
        self.steps = FitLabel(
            max_px=22,
            min_px=FLOOR_PX,
            alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            name="steps",
        )
        self.steps.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        # The steps fill their room; where even their smallest words do not fit (large text,
        # a small screen, the stop advice showing) they scroll, a few whole lines in view.
        steps_scroll = QScrollArea()
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        steps_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        steps_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (arrows are Previous and Next)
        steps_scroll.setWidget(self.steps)
        steps_scroll.viewport().setAutoFillBackground(False)
        self.steps.setAutoFillBackground(False)
        least = QFontMetrics(pixel_font(FLOOR_PX)).lineSpacing()  # (as small as the steps go)
        steps_scroll.setMinimumHeight(STEPS_LINES * least)
        left.addWidget(steps_scroll, 4)
        self.cautions = FitLabel(
            max_px=22,
            min_px=FLOOR_PX,
            alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            name="cautions",
        )
        ink(self.cautions, "caution")
        self.cautions.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        left.addWidget(self.cautions, 1)
        body.addLayout(left, 4)

        right = QVBoxLayout()
        right.setSpacing(4)
        self.side = SideBadge()
        right.addWidget(self.side, 3)
        self.phase = FitLabel(max_px=72, min_px=FLOOR_PX + 4, bold=True, name="phase")
        self.phase.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        right.addWidget(self.phase, 4)
        self.countdown = FitLabel(min_px=FLOOR_PX + 8, bold=True, wrap=False, name="countdown")
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.countdown.setAccessibleDescription(self.tr("Seconds left in this step"))
        right.addWidget(self.countdown, 10)
        self.reps = FitLabel(max_px=44, min_px=FLOOR_PX, bold=True, wrap=False, name="reps")
        self.reps.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        right.addWidget(self.reps, 2)
        self.next_up = FitLabel(max_px=28, min_px=FLOOR_PX, name="next_up")
        self.next_up.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        right.addWidget(self.next_up, 3)
        body.addLayout(right, 5)

    def _build_finished_page(self) -> None:
        page = QVBoxLayout(self.finished_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(10)
        self.title = FitLabel(max_px=72, min_px=FLOOR_PX + 8, bold=True, name="title")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        page.addWidget(self.title, 3)
        self.summary = FitLabel(max_px=30, min_px=FLOOR_PX, name="summary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        page.addWidget(self.summary, 2)
        self.checkin = QWidget()
        checkin = QVBoxLayout(self.checkin)
        checkin.setContentsMargins(0, 0, 0, 0)
        # The scale and its button side by side, or one above the other where both do not fit
        # the width (large text, German: the check-in scrolled sideways).
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.checkin_row = row
        self.pain_after = PainScale(self.tr("How is your pain now? (optional)"))
        row.addWidget(self.pain_after, 1)
        self.where_button = QPushButton(self.tr("Where does it hurt…"))
        _scalable(self.where_button, 20)
        self.where_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.where_button.clicked.connect(self.where_requested.emit)
        row.addWidget(self.where_button, 0, Qt.AlignmentFlag.AlignBottom)
        checkin.addLayout(row)
        note_row = QHBoxLayout()
        self.note = NoteEdit()
        _scalable(self.note, 20)
        self.note.setPlaceholderText(self.tr("A note for your physiotherapist (optional)"))
        self.note.setAccessibleName(spoken(self.note.placeholderText()))
        self.note.setTabChangesFocus(True)
        self.note.save_requested.connect(self._note_done)
        self.note.left.connect(self.save_note)
        self.note.textChanged.connect(self._note_edited)
        # A few lines (it scrolls for more), so the words above keep their room.
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        note_row.addWidget(self.note, 1)
        self.save_note_button = QPushButton()
        set_label(self.save_note_button, self.tr("Save note\n(Ctrl+Enter)"))
        _scalable(self.save_note_button, 18)
        self.save_note_button.setEnabled(False)
        self.save_note_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.save_note_button.clicked.connect(self._note_done)
        note_row.addWidget(self.save_note_button)
        self._saved_note = ""
        checkin.addLayout(note_row)
        # With large text on a small screen the check-in scrolls rather than being cut.
        self.checkin_scroll = QScrollArea()
        self.checkin_scroll.setWidgetResizable(True)
        self.checkin_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.checkin_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        self.checkin_scroll.setWidget(self.checkin)
        page.addWidget(self.checkin_scroll, 0)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton()
        set_label(button, text)
        _scalable(button, BUTTON_PX, bold=True)
        # The fonts follow the window (see set_scale), so the text does not set the width:
        # otherwise a window once large could never be made small.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Keys belong to the window's shortcuts: a focused button must not eat Space.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(signal.emit)
        button.installEventFilter(self)  # (its words shrink to fit its width: large text)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() is QEvent.Type.Resize and watched in self._buttons():
            self._fit(watched)
        return False

    def _fit(self, *buttons: QPushButton) -> None:
        """The buttons' words as large as the scale wants, or as fits their width."""
        wanted = text_px(max(FLOOR_PX, round(BUTTON_PX * self.scale)))
        for button in buttons or self._buttons():
            fit_button_text(button, wanted, FLOOR_PX)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.previous_button,
            self.toggle_button,
            self.continue_button,
            self.next_button,
            self.stop_button,
            self.mute_button,
            self.done_button,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.set_scale(page_scale(self.width(), self.height(), largest=LARGEST_SCALE))
        self._fit_messages()
        self._arrange_checkin()

    def _arrange_checkin(self) -> None:
        room = self.width() - 2 * self.outer.contentsMargins().left()
        room -= self.checkin_scroll.verticalScrollBar().sizeHint().width()  # (if it scrolls)
        wanted = (
            self.pain_after.minimumSizeHint().width()
            + self.checkin_row.spacing()
            + self.where_button.sizeHint().width()
        )
        side_by_side = wanted <= room
        self.checkin_row.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        self.checkin_row.setAlignment(
            self.where_button,
            Qt.AlignmentFlag.AlignBottom if side_by_side else Qt.AlignmentFlag.AlignRight,
        )

    def _fit_messages(self) -> None:
        """The advice and the notice as large as wanted, or as leaves the exercise room."""
        width = self.width() - self.outer.contentsMargins().left() * 2
        for label, base_px, share in ((self.advice, 28, 0.16), (self.notice, 20, 0.1)):
            wanted = text_px(max(FLOOR_PX, round(base_px * self.scale)))
            fit_wrapped(label, width, wanted, FLOOR_PX, round(self.height() * share))

    def set_scale(self, scale: float) -> None:
        """Fonts, margins and the largest sizes at ``scale`` times full size.

        Full size is readable from three metres on a 1080p screen at 1300x860; a
        smaller window (a 1024x600 netbook) shrinks everything in proportion, a
        larger one (full screen) grows it, up to twice.
        """
        scale = max(0.5, min(LARGEST_SCALE, scale))
        if abs(scale - self.scale) < 0.02:
            return
        self.scale = scale
        apply_scale(self, scale)
        self._fit()
        self._fit_messages()
        scale *= text_factor()  # (larger text: larger limits, taller buttons)
        for label, base_px in (
            (self.exercise_name, 46),
            (self.phase, 72),
            (self.reps, 44),
            (self.next_up, 28),
            (self.steps, 22),
            (self.cautions, 22),
            (self.title, 72),
            (self.summary, 30),
        ):
            label.set_limits(max(FLOOR_PX + 2, round(base_px * scale)), label._min_px)
        self.exercise_name.setFixedHeight(
            round(60 * self.scale * min(text_factor(), BUTTON_GROWTH))
        )
        lines = self.note.fontMetrics().lineSpacing()
        self.note.setMaximumHeight(round(4 * lines + 2 * self.note.document().documentMargin() + 6))
        self.side.set_scale(scale)
        self.side.setMinimumHeight(round(40 * scale))
        # Taller buttons for larger text, but not twice as tall: their words shrink to fit.
        tall = round(64 * self.scale * min(text_factor(), BUTTON_GROWTH))
        for button in self._buttons():
            button.setFixedHeight(tall)
        margin = round(20 * self.scale)  # (the margins do not grow with the text)
        self.outer.setContentsMargins(
            margin, round(10 * self.scale), margin, round(14 * self.scale)
        )

    def rescale(self) -> None:
        """Scale again (the text size changed)."""
        self.scale = 0.0
        self.set_scale(page_scale(self.width(), self.height(), largest=LARGEST_SCALE))

    # -- display

    def set_language(self, language: str) -> None:
        """Show what Homestretch says about the session in the routine's ``language``
        (a BCP 47 tag; English where the phrase table lacks it)."""
        self._language = language
        self.side.set_language(language)
        self.illustration.set_language(language)

    def show_exercise(
        self,
        exercise: Exercise | None,
        number: int,
        count: int,
        figure: Figure | None = None,
        *,
        upcoming: bool = False,
    ) -> None:
        """The exercise being done (or, ``upcoming``, the one after this rest)."""
        if exercise is None:
            return
        language = self._language
        name = say(language, Phrase.NEXT, name=exercise.name) if upcoming else exercise.name
        self.exercise_name.setText(name)
        self.exercise_count.setText(say(language, Phrase.EXERCISE_OF, number=number, count=count))
        self.illustration.show_exercise(exercise, figure, exercise.illustration)
        self.steps.setText("\n".join(f"{k}. {step}" for k, step in enumerate(exercise.steps, 1)))
        self.cautions.setText(
            "\n".join(say(language, Phrase.TAKE_CARE, caution=c) for c in exercise.cautions)
        )
        self.cautions.setVisible(bool(exercise.cautions))

    def show_segment(self, segment: Segment, exercise: Exercise | None, next_text: str) -> None:
        both = exercise is not None and exercise.sides is Sides.BOTH
        show_side = segment.kind in (SegmentKind.WORK, SegmentKind.SWITCH) or (
            segment.kind is SegmentKind.PREPARE and exercise is not None and exercise.one_sided
        )
        side = segment.side
        if segment.kind is SegmentKind.PREPARE and exercise is not None and exercise.one_sided:
            side = exercise.first_side
        self.side.show_side(side if show_side else None, both=both and show_side)
        language = self._language
        self._phase_text = phase_title(segment, language)
        self._show_phase()
        counts = {
            "rep": segment.rep,
            "reps": segment.reps,
            "set": segment.set,
            "sets": segment.sets,
        }
        if segment.kind is SegmentKind.WORK and exercise is not None and not exercise.timed:
            sets = (segment.sets or 1) > 1
            self.reps.setText(
                say(language, Phrase.REP_AND_SET_OF if sets else Phrase.REP_OF, **counts)
            )
        elif segment.kind is SegmentKind.WORK and (segment.sets or 1) > 1:
            self.reps.setText(say(language, Phrase.SET_OF, **counts))
        elif segment.kind is SegmentKind.REST and segment.set and segment.rep is None:
            self.reps.setText(say(language, Phrase.SET_OF_NEXT, **counts))  # between sets
        else:
            self.reps.setText("")
        self.next_up.setText(next_text)
        self._counted = None
        self.announcer.announce(self.phase, self._phase_announcement())

    def _phase_announcement(self) -> str:
        """One sentence for a new phase: its name, the side, the rep, how long."""
        parts = [self._phase_text.capitalize(), self.side.current().capitalize(), self.reps.text()]
        return join_sentences(sentence(part, self._language) for part in parts if part)

    def _show_phase(self) -> None:
        if self._state is State.PAUSED:
            text = (
                say(self._language, Phrase.PAUSED_IN, phase=self._phase_text)
                if self._phase_text
                else say(self._language, Phrase.PAUSED)
            )
        else:
            text = self._phase_text
        self.phase.setText(text)

    def show_remaining(self, segment_left: float, session_left: float, total: float) -> None:
        if self._state is State.FINISHED:
            return  # the end page says what was done, not what is left
        seconds = max(0, int(-(-segment_left // 1)))
        self.countdown.setText(str(seconds))
        if (
            not self.audible_countdown
            and self._state is State.RUNNING
            and 1 <= seconds <= COUNTED_SECONDS
            and self._counted != seconds
        ):
            self._counted = seconds
            self.announcer.announce(self.countdown, str(seconds))
        self.session_left.setText(
            say(self._language, Phrase.TIME_LEFT, time=format_clock(session_left))
        )
        done = 0.0 if total <= 0 else (total - session_left) / total
        # QProgressBar.setValue repaints at once (the whole page, the first time); drawn
        # with the next paint instead, a session's start is not one long stall.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(round(done * 1000))
        self.progress.setUpdatesEnabled(True)

    def show_state(self, state: State) -> None:
        """Buttons and words for the player's state (running, paused, ...)."""
        changed = state is not self._state
        self._state = state
        finished = state is State.FINISHED
        self.pages.setCurrentWidget(self.finished_page if finished else self.exercise_page)
        self._update_buttons()
        if not finished:
            self._show_phase()
        if changed and state is State.PAUSED:
            self.announcer.announce(self.phase, say(self._language, Phrase.PAUSED_SAID))
        elif changed and state is State.RUNNING and self._phase_text:
            self.announcer.announce(self.phase, say(self._language, Phrase.GOING_ON))

    def _update_buttons(self) -> None:
        state = self._state
        finished = state is State.FINISHED
        if self._advised and state is State.PAUSED:
            set_label(self.toggle_button, self.tr("■ End the session (Space)"))
        else:
            set_label(
                self.toggle_button,
                {
                    State.IDLE: self.tr("▶ Start (Space)"),
                    State.RUNNING: self.tr("❚❚ Pause (Space)"),
                    State.PAUSED: self.tr("▶ Resume (Space)"),
                }.get(state, ""),
            )
        self._fit(self.toggle_button)
        deciding = self._advised and state is State.PAUSED
        self.continue_button.setVisible(deciding)
        self.toggle_button.setVisible(not finished)
        # While the patient decides whether to stop, only the two choices (and mute) show.
        for button in (self.previous_button, self.next_button, self.stop_button):
            button.setVisible(not finished and not deciding)
        self.done_button.setVisible(finished)

    def show_finished(self, completed: bool, summary: str, routine_name: str = "") -> None:
        """The end: a tick only when the whole routine was done."""
        self.show_state(State.FINISHED)
        self.exercise_name.setText(routine_name)
        self.exercise_count.setText("")
        self.session_left.setText("")
        self.pain_after.set_value(None)
        self._saved_note = ""
        self.note.clear()
        language = self._language
        done = f"{say(language, Phrase.WELL_DONE)} ✓"
        self.title.setText(done if completed else say(language, Phrase.SESSION_STOPPED))
        ink(self.title, "done" if completed else None)
        self.summary.setText(summary)
        self.side.show_side(None, both=False)
        title = sentence(self.title.accessibleName().capitalize(), language)
        self.announcer.announce(
            self.title, join_sentences([title, summary] if summary else [title])
        )
        self._note_edited()
        # Space or Enter lead on, whatever was chosen with Tab in an earlier session.
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_edited(self) -> None:
        text = self.note.toPlainText().strip()
        changed = text != self._saved_note
        self.save_note_button.setEnabled(changed)
        saved = text and not changed
        set_label(
            self.save_note_button,
            self.tr("Note saved") if saved else self.tr("Save note\n(Ctrl+Enter)"),
        )

    def _note_done(self) -> None:
        """Save the note, and leave the box so that Enter (or Esc) goes back to the routines."""
        self.save_note()
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_note(self) -> None:
        """Hand the note on (``note_changed``) if it changed since it was last handed on."""
        text = self.note.toPlainText().strip()
        if text != self._saved_note:
            self._saved_note = text
            self.note_changed.emit(text)
        self._note_edited()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        # Leaving the finished page (Esc, the button, closing the window) keeps the note.
        if self.checkin.isVisibleTo(self):
            self.save_note()
        super().hideEvent(event)

    def set_muted(self, muted: bool) -> None:
        set_label(self.mute_button, self.tr("Unmute (M)") if muted else self.tr("Mute (M)"))
        self._fit(self.mute_button)

    def show_advice(self, text: str, *, stop: bool = True) -> None:
        """Advice to stop (``stop``: the session waits for the patient's choice), or none."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))
        self._fit_messages()
        self._advised = bool(text) and stop
        self._update_buttons()
        if self._advised:
            self.next_up.setText(say(self._language, Phrase.ADVICE_KEYS))

    def show_trial(self, text: str) -> None:
        """Say that this session is a try-out (the editor's "Try it") and what it would
        say aloud; "" for a patient's session."""
        self.trial.setText(text)
        self.trial.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        """A notice about this session only (a pain rating during it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self._fit_messages()


_TITLES = {
    SegmentKind.PREPARE: Phrase.GET_READY,
    SegmentKind.SWITCH: Phrase.SWITCH_SIDE,
    SegmentKind.REST: Phrase.RESTING,
    SegmentKind.DONE: Phrase.WELL_DONE,
}


def phase_title(segment: Segment, language: str = DEFAULT_LANGUAGE) -> str:
    """The big word over the countdown, in the routine's ``language``."""
    title = _TITLES.get(segment.kind)
    return say(language, title) if title is not None else (segment.phase or "").upper()
