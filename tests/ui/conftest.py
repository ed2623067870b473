from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.paths import AppPaths
from homestretch.core.settings import Settings
from homestretch.speech.speaker import RecordingSpeaker
from homestretch.ui.language import Installed
from homestretch.ui.main_window import MainWindow


class FakeInhibit:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def inhibit() -> FakeInhibit:
    return FakeInhibit()


@pytest.fixture
def history(isolated_data_dir: Path) -> Iterator[HistoryLog]:
    log = HistoryLog(isolated_data_dir / "history.sqlite3")
    yield log
    log.close()


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot,
    isolated_data_dir: Path,
    speaker: RecordingSpeaker,
    history: HistoryLog,
    inhibit: FakeInhibit,
) -> MakeWindow:
    def make(**overrides: object) -> MainWindow:
        options: dict[str, object] = {
            "speaker": speaker,
            "settings": Settings(),
            "history": history,
            "speed": 400.0,
            "inhibitor": inhibit,
        }
        options.update(overrides)
        window = MainWindow(AppPaths.resolve(isolated_data_dir), **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(window.ready_to_start)  # (its timeline is built off the GUI thread)
        return window

    return make


@pytest.fixture
def screenshot(tmp_path: Path) -> Callable[[MainWindow, str], Path]:
    """Save a picture of the window in the test's temp dir (and HOMESTRETCH_SCREENSHOTS if set)."""

    def save(window: MainWindow, name: str) -> Path:
        for _ in range(3):  # layouts and scroll areas settle, as on screen
            QApplication.processEvents()
        path = tmp_path / f"{name}.png"
        assert window.grab().save(str(path))
        extra = os.environ.get("HOMESTRETCH_SCREENSHOTS")
        if extra:
            Path(extra).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(extra) / path.name)
        return path

    return save


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Collect each test's cyclic garbage on the GUI thread, after the test.

    Otherwise Python's collector may run later in whichever thread allocates
    (a speech worker thread), and a Qt object it frees there complains that its
    timers "cannot be stopped from another thread".
    """
    yield
    gc.collect()


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files built from the repository's .ts files (as the package build does)."""
    from homestretch.i18n.catalogue import TRANSLATIONS, release

    folder = tmp_path_factory.mktemp("qm")
    for ts in TRANSLATIONS:
        release(ts, folder / ts.with_suffix(".qm").name)
    return folder


@pytest.fixture
def in_language(request: pytest.FixtureRequest, translations_dir: Path) -> Iterator[str]:
    """The window's language for the test (``indirect`` parameter: de, nl, zh_CN), taken
    out after (back to the session's English)."""
    from homestretch.ui.language import install_language

    language: str = request.param
    installed: Installed = install_language(language, translations_dir)
    yield language
    installed.remove()


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, translations_dir: Path) -> Iterator[Installed]:
    """The window in English, as the app puts it (its plurals: "1 day", "2 days");
    the app itself (run_app) finds the same .qm files."""
    from homestretch.core import paths
    from homestretch.ui.language import install_language

    shipped = paths.TRANSLATIONS_DIR
    paths.TRANSLATIONS_DIR = translations_dir
    installed = install_language("en")
    yield installed
    installed.remove()
    paths.TRANSLATIONS_DIR = shipped
