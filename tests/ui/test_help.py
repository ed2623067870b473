"""The Help menu: keys, the routine format, the data folder, About."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from homestretch import __version__
from homestretch.core.paths import BUNDLED_ROOT, ROUTINE_FORMAT_DOC, AppPaths
from homestretch.ui.help import KEYS, HelpDialog, open_help
from homestretch.ui.help_topics import HelpTopic
from homestretch.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow

README = BUNDLED_ROOT / "README.md"
SCREENS = [(1024, 600), (1366, 768)]


class UrlCatcher(QObject):
    """Stands in for the desktop's file opener (Qt's own hook for a URL scheme)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")  # type: ignore[arg-type]
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def texts(dialog: QWidget) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if not label.isHidden()]


def readme_keys() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    table = text.split("| key | does |\n|---|---|\n", 1)[1].split("\n\n", 1)[0]
    rows = [re.fullmatch(r"\| (.+?) \| (.+?) \|", line) for line in table.splitlines()]
    assert all(rows)
    return [(row.group(1), row.group(2)) for row in rows if row]


def test_the_keys_window_lists_the_readme_table() -> None:
    assert readme_keys() == list(KEYS)


def open_from_menu(qtbot: QtBot, window: MainWindow, text: str) -> HelpDialog:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HelpDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, HelpDialog)
    return dialog


def assert_plain_and_whole(dialog: QDialog) -> None:
    """All text is plain text, and no label or button is cut."""
    for _ in range(3):
        QApplication.processEvents()
    for label in dialog.findChildren(QLabel):
        if label.isHidden():
            continue
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
            assert label.height() >= label.sizeHint().height(), label.text()
    for button in dialog.findChildren(QPushButton):
        if not button.isHidden():
            width = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() > width, button.text()


def test_f1_shows_every_key(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HelpDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, HelpDialog)
    shown = texts(dialog)
    for keys, does in KEYS:
        assert keys in shown
        assert does in shown
    assert_plain_and_whole(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.stack.currentWidget() is window.routines_page


def test_the_routine_format_guide_is_shown_and_opened(
    qtbot: QtBot, make_window: MakeWindow, opened: UrlCatcher
) -> None:
    window = make_window()
    dialog = open_from_menu(qtbot, window, "The routine file format…")
    assert ROUTINE_FORMAT_DOC.is_file()  # a source checkout; a wheel carries it in _bundled
    assert str(ROUTINE_FORMAT_DOC) in texts(dialog)
    assert dialog.open_button is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert [Path(u.toLocalFile()) for u in opened.urls] == [ROUTINE_FORMAT_DOC]
    assert_plain_and_whole(dialog)


def test_the_data_folder_is_shown_and_opened(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path, opened: UrlCatcher
) -> None:
    window = make_window()
    dialog = open_from_menu(qtbot, window, "Your data folder…")
    assert str(window.paths.data_dir) in texts(dialog)
    assert window.paths.data_dir == isolated_data_dir
    assert dialog.open_button is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert [Path(u.toLocalFile()) for u in opened.urls] == [isolated_data_dir]
    assert_plain_and_whole(dialog)


def test_a_data_folder_not_made_yet_is_explained(
    qtbot: QtBot, tmp_path: Path, opened: UrlCatcher
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    paths = AppPaths.resolve(tmp_path / "not yet")
    dialog = open_help(HelpTopic.DATA_FOLDER, paths, parent)
    assert "It is made when the first session is saved." in texts(dialog)
    assert dialog.open_button is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert opened.urls == []
    assert dialog.status.text() == f"It is not there: {tmp_path / 'not yet'} does not exist."


# Headless, no desktop program opens files: the real failure a patient may meet.
@pytest.mark.qt_log_ignore("This plugin does not support QPlatformServices::openDocument")
def test_a_folder_no_program_opens_is_said_plainly(
    qtbot: QtBot, make_window: MakeWindow, isolated_data_dir: Path
) -> None:
    window = make_window()
    dialog = open_from_menu(qtbot, window, "Your data folder…")
    assert dialog.open_button is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert dialog.status.isVisible()
    assert "No program on this computer would open it" in dialog.status.text()


def test_about_names_the_version_and_licence(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    dialog = open_from_menu(qtbot, window, "About Homestretch…")
    shown = "\n".join(texts(dialog))
    assert f"Homestretch {__version__}" in shown
    assert "GPL-3.0-or-later" in shown
    assert_plain_and_whole(dialog)


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("topic", list(HelpTopic))
def test_each_help_window_fits_a_small_screen(
    qtbot: QtBot,
    make_window: MakeWindow,
    size: tuple[int, int],
    topic: HelpTopic,
    tmp_path: Path,
) -> None:
    window = make_window()
    window.resize(*size)
    dialog = open_help(topic, window.paths, window)
    qtbot.waitExposed(dialog)
    width, height = size
    assert dialog.width() <= width
    assert dialog.height() <= height - 40  # room for a title bar
    assert_plain_and_whole(dialog)
    assert dialog.grab().save(str(tmp_path / f"help-{topic}-{width}.png"))
