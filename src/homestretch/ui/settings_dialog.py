"""Voice, speaking rate and volume."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.phrases import language_name
from homestretch.core.settings import Settings
from homestretch.speech.synthesis import Voice
from homestretch.speech.voices import ROUTINE_LANGUAGE, order_voices
from homestretch.ui.dialogs import (
    FieldsArea,
    WrappingDialog,
    large_buttons,
    room_for,
    use_dialog_font,
)
from homestretch.ui.style import text_factor

SAMPLE = "Straighten your right knee, and hold."
SAMPLE_TEXT = QT_TRANSLATE_NOOP("SpeechSettingsDialog", "Say a sample")
SPEAKING_TEXT = QT_TRANSLATE_NOOP("SpeechSettingsDialog", "Speaking…")
"""(The button's two texts, translated where they are shown.)"""
POLL_MS = 100
"""How often the dialog looks whether the sample is still being said."""
SAMPLE_LONGEST_S = 30.0
"""The button comes back after this long whatever the speaker says."""
RATE_RANGE = (80, 250)
"""Words a minute, slowest to fastest."""


def rate_text(rate: int) -> str:
    return translate("SpeechSettingsDialog", "Speed: {rate} words a minute").format(rate=rate)


def volume_text(percent: int) -> str:
    return translate("SpeechSettingsDialog", "Volume: {percent} %").format(percent=percent)


class SpeechSettingsDialog(WrappingDialog):
    """The voice, its speed and volume, with a sample to hear them.

    Args:
        settings: the current choice.
        voices: the engine's voices; those speaking ``language`` are listed first.
        speaking: tells whether the speaker is still saying something (for the
            sample button).
        language: the routine's language.

    Signals:
        sample_requested(str): say this sample with the choice shown (``values()``).
    """

    sample_requested = Signal(str)

    def __init__(
        self,
        settings: Settings,
        voices: Sequence[Voice],
        parent: QWidget | None = None,
        *,
        speaking: Callable[[], bool] = lambda: False,
        language: str = ROUTINE_LANGUAGE,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voice, speed and volume"))
        use_dialog_font(self)
        self._speaking = speaking
        outer = QVBoxLayout(self)
        area = FieldsArea()  # (scrolls with large text on a small screen: 1024x600 at 200 %)
        outer.addWidget(area, 1)
        layout = area.fields
        layout.setSpacing(10)

        voice_label = self._plain(self.tr("Voice"))
        layout.addWidget(voice_label)
        self.voice = QComboBox()
        voice_label.setBuddy(self.voice)  # (a screen reader says the label with the box)
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.addItem(self.tr("Default voice"), "")
        first, rest = order_voices(voices, language)
        for voice in first:
            self.voice.addItem(voice.name.strip(), voice.id)
        if first and rest:
            self.voice.insertSeparator(self.voice.count())
        for voice in rest:
            self.voice.addItem(voice.name.strip(), voice.id)
        self.voice.setMaxVisibleItems(12)
        index = self.voice.findData(settings.voice)
        self.voice.setCurrentIndex(max(0, index))
        layout.addWidget(self.voice)
        if rest:
            name = language_name(language)
            hint = self._plain(
                self.tr("Voices for {name} come first, then other languages.").format(name=name)
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)

        self.rate_label = self._plain("")
        layout.addWidget(self.rate_label)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(*RATE_RANGE)
        self.rate.setPageStep(10)
        self.rate.valueChanged.connect(self._show_rate)
        self.rate.setValue(settings.rate)
        self._show_rate(self.rate.value())
        layout.addWidget(self.rate)

        self.volume_label = self._plain("")
        layout.addWidget(self.volume_label)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.valueChanged.connect(self._show_volume)
        self.volume.setValue(round(settings.volume * 100))
        self._show_volume(self.volume.value())
        layout.addWidget(self.volume)

        self.sample = QPushButton(self.tr(SAMPLE_TEXT))
        self.sample.setMinimumHeight(52)
        self.sample.clicked.connect(self._say_sample)
        layout.addWidget(self.sample, 0, Qt.AlignmentFlag.AlignLeft)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_speaking)
        self._polls_left = 0

        layout.addStretch(1)
        layout = outer
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        large_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        # Wider with larger text (fewer lines, so it stays within a laptop's height).
        self.setMinimumWidth(min(round(560 * text_factor()), room_for(self).width()))

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _show_rate(self, rate: int) -> None:
        self.rate_label.setText(rate_text(rate))
        self.rate.setAccessibleName(rate_text(rate))

    def _show_volume(self, percent: int) -> None:
        self.volume_label.setText(volume_text(percent))
        self.volume.setAccessibleName(volume_text(percent))

    def _say_sample(self) -> None:
        self.sample.setEnabled(False)
        self.sample.setText(self.tr(SPEAKING_TEXT))
        self._polls_left = round(SAMPLE_LONGEST_S * 1000 / POLL_MS)
        self.sample_requested.emit(SAMPLE)
        self._poll.start()

    def _check_speaking(self) -> None:
        self._polls_left -= 1
        if self._speaking() and self._polls_left > 0:
            return
        self._poll.stop()
        self.sample.setText(self.tr(SAMPLE_TEXT))
        self.sample.setEnabled(True)

    def values(self) -> tuple[str, int, float]:
        return str(self.voice.currentData() or ""), self.rate.value(), self.volume.value() / 100
