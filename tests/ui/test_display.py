"""Settings > Text size: the words grow at once, the choice is kept, and the system's own
font size counts too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.core.settings import Settings, load_settings
from homestretch.ui import style
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow


@pytest.fixture(autouse=True)
def normal_text() -> Iterator[None]:
    """The text size is the application's: the next test starts at 100 %."""
    yield
    style.set_text_size(100)


def test_a_larger_text_size_grows_the_words_at_once_and_is_kept(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(clock=FakeClock(), speed=1.0, settings=Settings())
    start = window.routines_page.start_button
    before = start.font().pixelSize()
    window.show_history()
    history = window.history_view
    window.display.size_actions[150].trigger()
    assert style.text_factor() == 1.5
    assert start.font().pixelSize() == pytest.approx(before * 1.5, abs=1)
    # The history page is made again at the new size (it is showing: it shows again).
    assert window.history_view is not history
    assert window.stack.currentWidget() is window.history_view
    assert load_settings(window.paths.settings_file).text_size == 150
    assert window.display.size_actions[150].isChecked()


def test_a_large_system_font_makes_the_words_larger_too(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    try:
        large = QFont(original)
        large.setPointSizeF(style.REFERENCE_POINTS * 1.5)
        app.setFont(large)
        style._system_points.clear()  # (as at start-up, with this desktop font)
        style.set_text_size(100)
        assert style.text_factor() == pytest.approx(1.5)
        style.set_text_size(200)
        assert style.text_factor() == style.LARGEST_TEXT  # never more than twice
        assert style.text_px(20) == 40
    finally:
        style._system_points.clear()
        app.setFont(original)
        style.set_text_size(100)
