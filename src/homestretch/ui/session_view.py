"""The session view: everything a patient needs to follow along from a mat.

It only displays what it is given and forwards button presses as signals;
the main window wires it to the session driver. Sizes are chosen to be
readable from about three metres on a 1080p screen: the countdown is the
largest thing on screen, then the phase name and the side badge.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QImage, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.formatting import format_clock
from homestretch.core.pose import Figure, Pose
from homestretch.core.routine import Exercise, Position, Side, Sides
from homestretch.core.timeline import Segment, SegmentKind
from homestretch.ui import colours
from homestretch.ui.figure import accessible_text, paint_figure
from homestretch.ui.pain import PainScale

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

LEFT_COLOUR = colours.LEFT
RIGHT_COLOUR = colours.RIGHT
BOTH_COLOUR = colours.BOTH

POSITION_WORDS = {
    Position.SITTING: "Sitting on a chair",
    Position.STANDING: "Standing",
    Position.LYING_FACE_DOWN: "Lying face down",
    Position.LYING_ON_BACK: "Lying on your back",
    Position.LYING_ON_SIDE: "Lying on your side",
}


def _font(size: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


BASE_PX = "homestretchBasePx"
"""Dynamic property: a widget's font size in pixels at full size (see :meth:`SessionView.scale`)."""
FULL_SIZE = (1300, 860)
"""The session view's size at which every font is at its full (three-metre) size."""
SMALLEST_SCALE = 0.5


def _scalable(widget: QWidget, size: int, *, bold: bool = False) -> None:
    """Give ``widget`` a font of ``size`` pixels at full size, smaller in a small window.

    Its minimum size is dropped so that the text, not the window, gives way.
    """
    widget.setFont(_font(size, bold=bold))
    widget.setProperty(BASE_PX, size)
    widget.setMinimumSize(1, 1)


def _label(size: int, *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel()
    _scalable(label, size, bold=bold)
    label.setObjectName(name)
    label.setWordWrap(False)
    return label


class SideBadge(QWidget):
    """LEFT LEG on the left in blue, RIGHT LEG on the right in red, BOTH LEGS centred in green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.left = self._badge("◀  LEFT LEG", LEFT_COLOUR)
        self.both = self._badge("BOTH LEGS", BOTH_COLOUR)
        self.right = self._badge("RIGHT LEG  ▶", RIGHT_COLOUR)
        layout.addWidget(self.left, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.both, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(self.right, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumHeight(84)
        self.show_side(None, both=False)

    @staticmethod
    def _badge(text: str, colour: str) -> QLabel:
        badge = QLabel(text)
        _scalable(badge, 52, bold=True)
        badge.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 14px; padding: 4px 26px;"
        )
        badge.setAccessibleName(text.strip("◀▶ "))
        return badge

    def show_side(self, side: Side | None, *, both: bool) -> None:
        self.left.setVisible(side is Side.LEFT)
        self.right.setVisible(side is Side.RIGHT)
        self.both.setVisible(side is None and both)

    def current(self) -> str:
        for badge in (self.left, self.right, self.both):
            if not badge.isHidden():
                return badge.accessibleName()
        return ""


class IllustrationArea(QFrame):
    """The exercise's picture: an animated figure, the routine's own picture, or a placeholder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("illustration")
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.figure: Figure | None = None
        self.pose: Pose | None = None
        self.side: Side | None = None
        self.both_legs = False
        self._svg: QSvgRenderer | None = None
        self._image: QImage | None = None
        self._placeholder = ""
        self._caption = ""

    def show_exercise(
        self, exercise: Exercise | None, figure: Figure | None, picture: Path | None = None
    ) -> None:
        """Choose what to draw for this exercise (loads a picture file if it has one)."""
        self.figure = figure
        self.pose = figure.poses["start"] if figure else None
        self.both_legs = exercise is not None and exercise.sides is Sides.BOTH
        self._svg = None
        self._image = None
        self._caption = ""
        self._placeholder = POSITION_WORDS[exercise.position] if exercise else ""
        name, description = accessible_text(exercise, figure)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        if figure is None and picture is not None:
            if picture.suffix.lower() == ".svg":
                from PySide6.QtSvg import QSvgRenderer  # only routines with their own SVG

                svg = QSvgRenderer(str(picture))
                self._svg = svg if svg.isValid() else None
            else:
                image = QImage(str(picture))
                self._image = None if image.isNull() else image
            if self._svg is None and self._image is None:
                self._caption = "(the picture could not be shown)"
        elif figure is None:
            self._caption = "(no picture for this exercise)"
        self.update()

    def show_frame(self, pose: Pose | None, side: Side | None) -> None:
        self.pose = pose
        self.side = side
        self.update()

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
                painter.setFont(_font(40, bold=True))
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._placeholder)
                if self._caption:
                    painter.setFont(_font(22))
                    lower = area.adjusted(0, area.height() / 2 + 30, 0, 0)
                    painter.drawText(
                        lower,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                        self._caption,
                    )
        finally:
            painter.end()


class SessionView(QWidget):
    """Display of a running session.

    Signals:
        toggle_requested(): start, pause or resume.
        previous_requested(): back to the start of this or the previous exercise.
        next_requested(): skip to the next exercise.
        stop_requested(): stop (the window asks to confirm).
        mute_requested(): mute or unmute.
        close_requested(): leave the finished session.
        where_requested(): open the body map for the check-in after the session.
        note_changed(str): the note for the physiotherapist was edited.
    """

    toggle_requested = Signal()
    previous_requested = Signal()
    next_requested = Signal()
    stop_requested = Signal()
    mute_requested = Signal()
    close_requested = Signal()
    where_requested = Signal()
    note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(12)

        header = QHBoxLayout()
        self.exercise_name = _label(46, bold=True, name="exercise_name")
        self.exercise_count = _label(28, name="exercise_count")
        self.session_left = _label(28, name="session_left")
        header.addWidget(self.exercise_name, 1)
        header.addWidget(self.exercise_count)
        header.addSpacing(24)
        header.addWidget(self.session_left)
        outer.addLayout(header)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(18)
        self.progress.setAccessibleName("Session progress")
        outer.addWidget(self.progress)

        self.notice = QLabel()
        _scalable(self.notice, 20)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #FFF3CD; color: #5C4400; border-radius: 8px; padding: 6px 12px;"
        )
        self.notice.hide()
        outer.addWidget(self.notice)

        self.advice = QLabel()
        _scalable(self.advice, 30, bold=True)
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(
            "background: #B71C1C; color: white; border-radius: 10px; padding: 12px 18px;"
        )
        self.advice.hide()
        outer.addWidget(self.advice)

        body = QGridLayout()
        body.setHorizontalSpacing(28)
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        self.illustration = IllustrationArea()
        left.addWidget(self.illustration, 3)
        self.steps = QLabel()
        _scalable(self.steps, 22)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.steps, 2)
        body.addLayout(left, 0, 0)

        right = QVBoxLayout()
        right.setSpacing(6)
        self.side = SideBadge()
        right.addWidget(self.side)
        self.phase = _label(72, bold=True, name="phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.phase)
        self.countdown = _label(260, bold=True, name="countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName("Seconds left in this step")
        right.addWidget(self.countdown, 1)
        self.reps = _label(44, bold=True, name="reps")
        self.reps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.reps)
        self.next_up = _label(28, name="next_up")
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_up.setWordWrap(True)
        self.next_up.setMinimumHeight(84)
        right.addWidget(self.next_up)
        self.checkin = QWidget()
        checkin = QVBoxLayout(self.checkin)
        checkin.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.pain_after = PainScale("How is your pain now? (optional)")
        row.addWidget(self.pain_after, 1)
        self.where_button = QPushButton("Where does it hurt…")
        self.where_button.setFont(_font(18))
        self.where_button.setMinimumHeight(52)
        self.where_button.clicked.connect(self.where_requested.emit)
        row.addWidget(self.where_button, 0, Qt.AlignmentFlag.AlignBottom)
        checkin.addLayout(row)
        self.note = QLineEdit()
        self.note.setFont(_font(20))
        self.note.setPlaceholderText("A note for your physiotherapist (optional)")
        self.note.setMaxLength(2000)
        self.note.editingFinished.connect(lambda: self.note_changed.emit(self.note.text()))
        checkin.addWidget(self.note)
        self.checkin.hide()
        right.addWidget(self.checkin)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 4)
        body.setColumnStretch(1, 5)

        controls = QHBoxLayout()
        controls.setSpacing(16)
        self.previous_button = self._button("◀◀  Previous  (←)", self.previous_requested)
        self.toggle_button = self._button("Start  (Space)", self.toggle_requested)
        self.toggle_button.setMinimumWidth(340)
        self.next_button = self._button("Next  (→)  ▶▶", self.next_requested)
        self.stop_button = self._button("■  Stop  (Esc)", self.stop_requested)
        self.mute_button = self._button("Mute  (M)", self.mute_requested)
        self.done_button = self._button("Back to routines", self.close_requested)
        self.done_button.hide()
        for button in (
            self.previous_button,
            self.toggle_button,
            self.next_button,
            self.stop_button,
            self.mute_button,
            self.done_button,
        ):
            controls.addWidget(button)
        outer.addLayout(controls)

        # Minimum sizes at full size, scaled with the fonts.
        self._base_minimums: list[tuple[QWidget, int, int]] = [
            (w, w.minimumWidth(), w.minimumHeight())
            for w in (self.side, self.next_up, self.toggle_button, *self._buttons())
        ]
        self.scale = 1.0
        self.setMinimumSize(760, 520)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        _scalable(button, 26, bold=True)
        button.setMinimumHeight(76)
        # Keys belong to the window's shortcuts: a focused button must not eat Space.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(signal.emit)
        return button

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.previous_button,
            self.next_button,
            self.stop_button,
            self.mute_button,
            self.done_button,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        width, height = FULL_SIZE
        self.set_scale(min(1.0, self.width() / width, self.height() / height))

    def set_scale(self, scale: float) -> None:
        """Fonts and minimum sizes at ``scale`` times their full size (at least half).

        Full size is readable from three metres on a 1080p screen; a smaller
        window (a 1366x768 laptop) shrinks everything in proportion instead
        of growing past the screen.
        """
        scale = max(SMALLEST_SCALE, min(1.0, scale))
        if abs(scale - self.scale) < 0.02:
            return
        self.scale = scale
        for widget in (self, *self.findChildren(QWidget)):
            base = widget.property(BASE_PX)
            if isinstance(base, int):
                font = widget.font()
                font.setPixelSize(max(10, round(base * scale)))
                widget.setFont(font)
        for widget, min_width, min_height in self._base_minimums:
            widget.setMinimumSize(round(min_width * scale), round(min_height * scale))

    # -- display

    def show_exercise(
        self, exercise: Exercise | None, number: int, count: int, figure: Figure | None = None
    ) -> None:
        if exercise is None:
            return
        self.exercise_name.setText(exercise.name)
        self.exercise_count.setText(f"Exercise {number} of {count}")
        self.illustration.show_exercise(exercise, figure, exercise.illustration)
        items = "".join(f"<li>{_escape(step)}</li>" for step in exercise.steps)
        cautions = "".join(
            f"<p style='color:#B71C1C'><b>Take care:</b> {_escape(c)}</p>"
            for c in exercise.cautions
        )
        self.steps.setText(f"<ol style='margin-left:0'>{items}</ol>{cautions}")

    def show_segment(self, segment: Segment, exercise: Exercise | None, next_text: str) -> None:
        both = exercise is not None and str(exercise.sides) == "both"
        show_side = segment.kind in (SegmentKind.WORK, SegmentKind.SWITCH) or (
            segment.kind is SegmentKind.PREPARE and exercise is not None and exercise.one_sided
        )
        side = segment.side
        if segment.kind is SegmentKind.PREPARE and exercise is not None and exercise.one_sided:
            side = exercise.first_side
        self.side.show_side(side if show_side else None, both=both and show_side)
        self.phase.setText(_phase_title(segment))
        if segment.kind is SegmentKind.WORK and exercise is not None and not exercise.timed:
            text = f"rep {segment.rep} of {segment.reps}"
            if (segment.sets or 1) > 1:
                text += f"   ·   set {segment.set} of {segment.sets}"
            self.reps.setText(text)
        elif segment.kind is SegmentKind.WORK and (segment.sets or 1) > 1:
            self.reps.setText(f"set {segment.set} of {segment.sets}")
        else:
            self.reps.setText("")
        self.next_up.setText(next_text)

    def show_remaining(self, segment_left: float, session_left: float, total: float) -> None:
        if self.done_button.isHidden():  # keep the tick mark once finished
            self.countdown.setText(str(max(0, int(-(-segment_left // 1)))))
        self.session_left.setText(f"{format_clock(session_left)} left")
        done = 0.0 if total <= 0 else (total - session_left) / total
        self.progress.setValue(round(done * 1000))

    def show_state(self, state: str) -> None:
        self.toggle_button.setText(
            {
                "idle": "▶  Start  (Space)",
                "running": "❚❚  Pause  (Space)",
                "paused": "▶  Resume  (Space)",
            }.get(state, "")
        )
        finished = state == "finished"
        if not finished:
            self.checkin.hide()
        for button in (
            self.previous_button,
            self.toggle_button,
            self.next_button,
            self.stop_button,
        ):
            button.setVisible(not finished)
        self.done_button.setVisible(finished)
        if state == "paused":
            self.phase.setText("PAUSED")

    def show_finished(self, title: str, summary: str) -> None:
        self.show_state("finished")
        self.pain_after.set_value(None)
        self.note.clear()
        self.checkin.show()
        self.side.show_side(None, both=False)
        self.phase.setText(title)
        self.countdown.setText("✓")
        self.reps.setText("")
        self.next_up.setText(summary)

    def set_muted(self, muted: bool) -> None:
        self.mute_button.setText("Unmute  (M)" if muted else "Mute  (M)")

    def show_advice(self, text: str) -> None:
        """A stop-rule warning: unmissable, in red, until the session ends."""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


def _phase_title(segment: Segment) -> str:
    if segment.kind is SegmentKind.PREPARE:
        return "GET READY"
    if segment.kind is SegmentKind.SWITCH:
        return "SWITCH SIDE"
    if segment.kind is SegmentKind.REST:
        return "REST"
    if segment.kind is SegmentKind.DONE:
        return "WELL DONE"
    return (segment.phase or "").upper()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
