"""Voice, speaking rate and volume."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSlider,
    QWidget,
)

from homestretch.core.settings import Settings

SAMPLE = "Straighten your right knee, and hold."


class SpeechSettingsDialog(QDialog):
    """Signals:
    sample_requested(str): say this sample with the current choice (already applied).
    """

    sample_requested = Signal(str)

    def __init__(
        self, settings: Settings, voices: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Voice, speed and volume")
        form = QFormLayout(self)
        self.voice = QComboBox()
        self.voice.addItem("Default voice", "")
        for voice_id, name in voices:
            if voice_id:
                self.voice.addItem(name, voice_id)
        index = self.voice.findData(settings.voice)
        self.voice.setCurrentIndex(max(0, index))
        form.addRow("Voice", self.voice)
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(80, 250)
        self.rate.setValue(settings.rate)
        self.rate.setAccessibleName("Speaking rate in words per minute")
        form.addRow("Speed (slow – fast)", self.rate)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.volume * 100))
        self.volume.setAccessibleName("Volume")
        form.addRow("Volume", self.volume)
        sample = QPushButton("Say a sample")
        sample.clicked.connect(lambda: self.sample_requested.emit(SAMPLE))
        form.addRow("", sample)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int, float]:
        return str(self.voice.currentData() or ""), self.rate.value(), self.volume.value() / 100
