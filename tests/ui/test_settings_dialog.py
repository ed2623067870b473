"""The voice, speed and volume dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from homestretch.core.settings import Settings, load_settings
from homestretch.speech.speaker import RecordingSpeaker
from homestretch.speech.synthesis import Voice
from homestretch.speech.voices import order_voices, speaks
from homestretch.ui.dialogs import DIALOG_FONT_PX
from homestretch.ui.main_window import MainWindow
from homestretch.ui.settings_dialog import (
    SAMPLE,
    SAMPLE_TEXT,
    SPEAKING_TEXT,
    SpeechSettingsDialog,
)
from tests.ui.conftest import MakeWindow


def open_dialog(qtbot: QtBot, window: MainWindow) -> SpeechSettingsDialog:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "S&ettings")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text() == "&Voice, speed and volume…")
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SpeechSettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SpeechSettingsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_voices_of_the_routines_language_come_first_by_name() -> None:
    voices = [
        Voice("gmw/en-us", "English (America)", ("en-us",)),
        Voice("roa/fr", "French", ("fr",)),
        Voice("gmw/af", "Afrikaans", ("af",)),
        Voice("gmw/en", "English (Great Britain)", ("en-gb", "en")),
        Voice("x/eng", "Engish-like", ("enm",)),
        Voice("", "Engine default", ("en",)),
        Voice("gmw/en-029", "english (Caribbean)", ("en_029",)),
    ]
    first, rest = order_voices(voices, "en")
    assert [v.name for v in first] == [
        "English (America)",
        "english (Caribbean)",
        "English (Great Britain)",
    ]
    assert [v.name for v in rest] == ["Afrikaans", "Engish-like", "French"]
    assert speaks(Voice("a", "A", ("EN_gb",)), "en")
    assert not speaks(Voice("a", "A", ()), "en")


def test_the_window_offers_english_voices_first(
    qtbot: QtBot, make_window: MakeWindow, speaker: RecordingSpeaker
) -> None:
    window = make_window(settings=Settings(voice="test/en-gb"))
    dialog = open_dialog(qtbot, window)
    names = items(dialog.voice)
    assert names == [
        "Default voice",
        "American English (test)",
        "English, British (test)",
        "",  # a separator
        "Afrikaans (test)",
        "French (test)",
    ]
    assert dialog.voice.currentText() == "English, British (test)"


def test_in_the_apps_text_size_with_the_values_shown(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path
) -> None:
    window = make_window(settings=Settings(rate=150, volume=1.0))
    dialog = open_dialog(qtbot, window)
    for widget in (*dialog.findChildren(QLabel), *dialog.findChildren(QPushButton)):
        assert widget.font().pixelSize() >= DIALOG_FONT_PX
    assert dialog.voice.font().pixelSize() == DIALOG_FONT_PX
    assert dialog.rate_label.text() == "Speed: 150 words a minute"
    assert dialog.volume_label.text() == "Volume: 100 %"
    dialog.rate.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.rate, Qt.Key.Key_PageUp)  # type: ignore[no-untyped-call]
    assert dialog.rate_label.text() == "Speed: 170 words a minute"
    assert dialog.rate.accessibleName() == "Speed: 170 words a minute"
    dialog.volume.setValue(80)
    assert dialog.volume_label.text() == "Volume: 80 %"
    dialog.accept()
    assert window.settings.rate == 170
    assert window.settings.volume == pytest.approx(0.8)
    saved = load_settings(window.paths.settings_file)
    assert saved.rate == 170
    assert saved.volume == pytest.approx(0.8)


def test_say_a_sample_shows_it_is_speaking_in_the_voice_shown(
    qtbot: QtBot, make_window: MakeWindow, speaker: RecordingSpeaker
) -> None:
    window = make_window(settings=Settings(voice="", rate=150, volume=1.0))
    dialog = open_dialog(qtbot, window)
    dialog.voice.setCurrentIndex(dialog.voice.findData("test/fr"))
    dialog.rate.setValue(120)
    speaker.busy = True  # the sample takes a while to say
    qtbot.mouseClick(dialog.sample, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert speaker.said[-1] == SAMPLE
    assert speaker.configured == ("test/fr", 120, 1.0)
    assert dialog.sample.text() == SPEAKING_TEXT
    assert not dialog.sample.isEnabled()
    qtbot.wait(300)  # still speaking: still shown
    assert dialog.sample.text() == SPEAKING_TEXT
    speaker.busy = False
    qtbot.waitUntil(lambda: dialog.sample.isEnabled())
    assert dialog.sample.text() == SAMPLE_TEXT
    # Cancel: the voice goes back to the one chosen before.
    dialog.reject()
    assert speaker.configured == ("", 150, 1.0)
    assert window.settings.voice == ""


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_nothing_is_cut_on_a_small_screen(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int], tmp_path: Path
) -> None:
    window = make_window()
    window.resize(*size)
    dialog = open_dialog(qtbot, window)
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.width() <= size[0]
    assert dialog.height() <= size[1] - 40
    for label in dialog.findChildren(QLabel):
        if label.isVisible():
            assert label.textFormat() is Qt.TextFormat.PlainText
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
            else:
                assert label.width() >= label.sizeHint().width(), label.text()
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() > button.fontMetrics().horizontalAdvance(button.text())
    # The longest text the sample button shows fits too.
    advance = dialog.sample.fontMetrics().horizontalAdvance
    assert dialog.sample.width() > max(advance(SAMPLE_TEXT), advance(SPEAKING_TEXT))
    assert dialog.grab().save(str(tmp_path / f"settings-{size[0]}.png"))
