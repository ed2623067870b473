"""Settings > Reminders: on or off, days, times, which routine, snooze, start at login."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.reminders import (
    MAX_TIMES,
    SNOOZE_RANGE,
    ReminderSettings,
    describe_days,
    describe_times,
    parse_time,
    suggested,
)
from homestretch.ui import style
from homestretch.ui.dialogs import DIALOG_FONT_PX, large_buttons, room_for, use_dialog_font
from homestretch.ui.fit import WrappingCheckBox
from homestretch.ui.flow import FlowLayout

MINIMUM_WIDTH = 640
DAY_LABELS = (
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "&Mon"),
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "&Tue"),
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "&Wed"),
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "T&hu"),
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "&Fri"),
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "S&at"),
    QT_TRANSLATE_NOOP("ReminderSettingsDialog", "S&un"),
)
"""The days' boxes, Monday first (translated where they are shown)."""


@dataclass(frozen=True)
class RoutineChoice:
    """A routine the reminders can be for."""

    label: str
    path: str
    sessions_per_week: int


def parse_times(text: str) -> tuple[time, ...] | str:
    """``"10:00, 18:00"`` as sorted times, or a sentence saying what is wrong."""
    words = [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]
    if not words:
        return translate("ReminderSettingsDialog", "Write at least one time, such as 10:00.")
    if len(words) > MAX_TIMES:
        return translate("ReminderSettingsDialog", "At most %n time(s) a day.", "", MAX_TIMES)
    found = []
    for word in words:
        moment = parse_time(word)
        if moment is None:
            return translate(
                "ReminderSettingsDialog",
                "“{word}” is not a time of day (write it as 10:00 or 18:30).",
            ).format(word=word)
        found.append(moment)
    if len(set(found)) != len(found):
        return translate("ReminderSettingsDialog", "A time is written twice.")
    return tuple(sorted(found))


ROUTINE_CHARACTERS = 12
"""The routine's drop-down list asks for this many characters at the least."""


class ReminderSettingsDialog(QDialog):
    """The reminder settings; :meth:`values` gives the choice when accepted.

    Args:
        settings: the current reminder settings.
        routines: the routines to choose from.
        delivery: a sentence on how reminders will reach the patient here
            (notifications, the tray, or only while the window is open).
    """

    def __init__(
        self,
        settings: ReminderSettings,
        routines: Sequence[RoutineChoice],
        delivery: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reminders"))
        use_dialog_font(self)
        self._routines = list(routines)
        outer = QVBoxLayout(self)
        # With large text on a small screen the settings scroll; OK and Cancel stay in view.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its settings
        body = QWidget()
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self.enabled = WrappingCheckBox(self.tr("&Remind me to do my exercises"))
        self.enabled.setChecked(settings.enabled)
        layout.addWidget(self.enabled)

        routine_label = self._plain(self.tr("R&outine"))
        layout.addWidget(routine_label)
        self.routine = QComboBox()
        # As wide as the dialog; a long name shortened in the closed box (whole in the list).
        self.routine.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.routine.setMinimumContentsLength(ROUTINE_CHARACTERS)
        self.routine.setAccessibleName(self.tr("Routine"))
        routine_label.setBuddy(self.routine)
        for choice in self._routines:
            self.routine.addItem(choice.label, choice.path)
        index = self.routine.findData(settings.routine)
        self.routine.setCurrentIndex(max(0, index))
        layout.addWidget(self.routine)

        days_label = self._plain(self.tr("Days"))
        layout.addWidget(days_label)
        days = FlowLayout()  # (onto two rows where seven do not fit: large text)
        self.days: list[QCheckBox] = []
        for number, text in enumerate(DAY_LABELS):
            box = QCheckBox(self.tr(text))
            box.setAccessibleName(QLocale().dayName(number + 1))  # (Qt counts from Monday, 1)
            box.setChecked(number in settings.days)
            box.toggled.connect(self._check)
            days.addWidget(box)
            self.days.append(box)
        days.addStretch(1)
        layout.addLayout(days)

        times_label = self._plain(self.tr("T&imes of day (24-hour, separated by commas)"))
        times_label.setWordWrap(True)
        layout.addWidget(times_label)
        self.times = QLineEdit(describe_times(settings.times))
        self.times.setAccessibleName(self.tr("Times of day"))
        times_label.setBuddy(self.times)
        self.times.textChanged.connect(self._check)
        layout.addWidget(self.times)

        suggest_row = QHBoxLayout()
        self.suggest = QPushButton(self.tr("Use the &suggested days and times"))
        self.suggest.setMinimumHeight(48)
        self.suggest.clicked.connect(self.use_suggested)
        suggest_row.addWidget(self.suggest)
        suggest_row.addStretch(1)
        layout.addLayout(suggest_row)
        self.suggestion = self._plain("")
        self.suggestion.setWordWrap(True)
        layout.addWidget(self.suggestion)
        self.routine.currentIndexChanged.connect(self._show_suggestion)

        grid = QGridLayout()
        snooze_label = self._plain(self.tr("S&nooze for (minutes)"))
        self.snooze = QSpinBox()
        self.snooze.setRange(*SNOOZE_RANGE)
        self.snooze.setValue(settings.snooze_minutes)
        self.snooze.setAccessibleName(self.tr("Snooze for (minutes)"))
        snooze_label.setBuddy(self.snooze)
        grid.addWidget(snooze_label, 0, 0)
        grid.addWidget(self.snooze, 0, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)

        self.login = WrappingCheckBox(self.tr("Start Homestretch in the tray when I &log in"))
        self.login.setChecked(settings.start_at_login)
        layout.addWidget(self.login)

        self.delivery = self._plain(delivery)
        self.delivery.setWordWrap(True)
        layout.addWidget(self.delivery)
        self.problem = self._plain("")
        self.problem.setWordWrap(True)
        style.themed_sheet(
            self.problem, f"color: $caution; font-size: {style.text_px(DIALOG_FONT_PX)}px;"
        )
        layout.addWidget(self.problem)

        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        large_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.enabled.toggled.connect(self._check)
        self._show_suggestion()
        self._check()
        # Tall enough for the wrapped sentences at that width (and the problem line), where
        # the screen has room: see showEvent.
        margins = outer.contentsMargins()
        sides = (
            margins.left() + margins.right() + self.scroller.verticalScrollBar().sizeHint().width()
        )
        self._wanted = QSize(
            max(MINIMUM_WIDTH, body.sizeHint().width() + sides),
            layout.totalHeightForWidth(MINIMUM_WIDTH)
            + self.problem.sizeHint().height()
            + outer.spacing()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom(),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        room = room_for(self)
        self.resize(
            min(self._wanted.width(), room.width()), min(self._wanted.height(), room.height())
        )
        super().showEvent(event)

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _choice(self) -> RoutineChoice | None:
        index = self.routine.currentIndex()
        return self._routines[index] if 0 <= index < len(self._routines) else None

    def _show_suggestion(self) -> None:
        choice = self._choice()
        self.suggest.setEnabled(choice is not None)
        if choice is None:
            self.suggestion.setText("")
            return
        days, times = suggested(choice.sessions_per_week)
        self.suggestion.setText(
            self.tr(
                "For {sessions_per_week} sessions a week: {describe_days} at {describe_times}."
            ).format(
                sessions_per_week=choice.sessions_per_week,
                describe_days=describe_days(days),
                describe_times=describe_times(times),
            )
        )

    def use_suggested(self) -> None:
        choice = self._choice()
        if choice is None:
            return
        days, times = suggested(choice.sessions_per_week)
        for number, box in enumerate(self.days):
            box.setChecked(number in days)
        self.times.setText(describe_times(times))

    def _check(self) -> None:
        problem = ""
        times = parse_times(self.times.text())
        if isinstance(times, str):
            problem = times
        elif not any(box.isChecked() for box in self.days):
            problem = self.tr("Choose at least one day.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem or not self.enabled.isChecked())

    def values(self, current: ReminderSettings) -> ReminderSettings:
        """The choice shown; what cannot be used (while reminders are off) stays as it was."""
        times = parse_times(self.times.text())
        days = tuple(n for n, box in enumerate(self.days) if box.isChecked())
        choice = self._choice()
        return ReminderSettings(
            enabled=self.enabled.isChecked(),
            days=days or current.days,
            times=times if not isinstance(times, str) else current.times,
            routine=choice.path if choice is not None else current.routine,
            snooze_minutes=self.snooze.value(),
            start_at_login=self.login.isChecked(),
        )
