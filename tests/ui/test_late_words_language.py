"""The last words the window showed in English, now in the window's language: a
``.homestretch`` file it refuses, the settings file's notice (the file is read before the
language is chosen) and the session log's problems. Every failure is real (a hostile
archive, a damaged settings file, a named pipe, a file that is not a log, a full tmpfs).
The command line says the same in English (tests/test_cli_share.py)."""

from __future__ import annotations

import os
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from homestretch import __version__
from homestretch import app as app_module
from homestretch.core import i18n
from homestretch.core.history import HistoryLog
from homestretch.core.package import PackageError, check_package
from homestretch.core.paths import AppPaths
from homestretch.ui import language as language_module
from homestretch.ui.language import install_language, showing
from homestretch.ui.main_window import MainWindow
from tests.core.test_package import PNG, archive, good_files, manifest_of
from tests.disk import fill, small_disk
from tests.helpers import FakeClock, Wall
from tests.ui.conftest import MakeWindow
from tests.ui.languages import english_in, english_sources
from tests.ui.test_history_view import TODAY, add_session, at, make_view, utc_zone
from tests.ui.test_main_window import run
from tests.ui.test_open_routine import drop
from tests.ui.test_saving import notices
from tests.ui.test_sharing import shared_routine, warning

__all__ = ["utc_zone"]  # the autouse fixture: local time is UTC


def slip(folder: Path) -> Path:
    """A zip slip whose name would also be rich text."""
    path = folder / "slip.homestretch"
    with zipfile.ZipFile(path, "w") as zip_file:
        zip_file.writestr("<b>../evil.png</b>", PNG)
    return path


def bomb(folder: Path) -> Path:
    """A picture that unpacks to thousands of times its packed size."""
    return archive(
        folder / "bomb.homestretch", {**good_files(), "pictures/knee.png": bytes(12 * 1024 * 1024)}
    )


def cut(folder: Path) -> Path:
    """A whole shared routine cut off halfway (a download that stopped)."""
    whole = shared_routine(folder, "Ganz").read_bytes()
    path = folder / "cut.homestretch"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def future(folder: Path) -> Path:
    """Made by a newer Homestretch, in a format this one does not read."""
    files = good_files()
    return archive(
        folder / "future.homestretch",
        files,
        manifest=manifest_of(files, format_version=99, app_version="9.0"),
    )


GERMAN = {
    slip: "{file} enthält eine Datei namens '<b>../evil.png</b>' mit '<', einem Zeichen, das "
    "nicht jedes System in Dateinamen erlaubt; die Datei wird als unsicher abgelehnt",
    bomb: "{file} enthält 'pictures/knee.png', das entpackt ",
    cut: "{file} ist beschädigt oder unvollständig (keine ganze .homestretch-Datei)",
    future: "{file} wurde von einer neueren Version von Homestretch (9.0) im Dateiformat 99 "
    f"erstellt; diese Version ({__version__}) liest Format 1 und ältere. Aktualisieren Sie "
    "Homestretch, um die Datei zu öffnen",
}
"""What the window says of each (the start of it where a number varies)."""


@pytest.mark.parametrize("make", list(GERMAN), ids=lambda make: make.__name__)
def test_a_refused_shared_routine_is_said_in_german(
    qtbot: QtBot,
    make_window: MakeWindow,
    isolated_data_dir: Path,
    tmp_path: Path,
    make: object,
) -> None:
    assert callable(make)
    shared: Path = make(tmp_path)
    with pytest.raises(PackageError) as english:  # (the command line's words, before German)
        check_package(shared)
    said_in_english = str(english.value)
    window = make_window()
    installed = install_language("de")
    try:
        drop(window, shared)
        box = warning(qtbot)
        title, message = box.windowTitle(), box.message.text()
        box.close()
    finally:
        installed.remove()
    assert title == f"„{shared.name}“ kann nicht geöffnet werden"
    assert message.startswith(GERMAN[make].format(file=shared))
    assert message != said_in_english
    assert english_in([("message", message)], english_sources("de"), []) == []
    assert box.message.textFormat().name == "PlainText"
    assert not (isolated_data_dir / "routines").exists()


def test_without_a_translator_the_refusal_is_the_command_lines_english(tmp_path: Path) -> None:
    with pytest.raises(PackageError) as caught:
        check_package(slip(tmp_path))
    assert str(caught.value) == (
        f"{tmp_path / 'slip.homestretch'} holds a file named '<b>../evil.png</b>', which holds "
        "'<', a character not every system allows in a file name; the file is refused as unsafe"
    )


# --------------------------------------------------------------------------- the settings file


def start_and_read_notice(monkeypatch: pytest.MonkeyPatch, paths: AppPaths) -> tuple[str, str]:
    """Start the app on ``paths`` and return (the window's language, the notice naming the
    settings file) once it has painted; the app is closed after. No notice on the bar (a
    missing audio device's, here, among them) is English."""
    seen: list[tuple[str, str]] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)

        def look_then_close() -> None:
            seen.append((showing(), self.notice_bar.text()))
            self.close()

        self.first_painted.connect(lambda: QTimer.singleShot(50, look_then_close))

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert app_module.run_app(paths, muted=True) == 0
    assert i18n.translate("MainWindow", "&File") == "&File"  # (English again after)
    ((language, bar),) = seen
    assert english_in([("notice bar", bar)], english_sources("de"), []) == []
    (notice,) = [line for line in bar.splitlines() if str(paths.settings_file) in line]
    return language, notice


@pytest.fixture
def paths(isolated_data_dir: Path) -> AppPaths:
    paths = AppPaths.resolve(isolated_data_dir)
    paths.config_dir.mkdir(parents=True)
    return paths


def test_a_settings_value_refused_is_said_in_the_saved_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, paths: AppPaths
) -> None:
    """German is saved; the speech rate beside it is out of range (the file is read before
    any language is chosen)."""
    paths.settings_file.write_text('{"language": "de", "rate": 1e999}', encoding="utf-8")
    language, notice = start_and_read_notice(monkeypatch, paths)
    assert language == "de"
    assert notice == (
        f"Einige Einstellungen in {paths.settings_file} waren ungültig; für sie gelten die "
        "Standardwerte: rate."
    )


@pytest.mark.parametrize(
    ("damage", "german"),
    [
        (
            lambda file: file.write_text('{"language": "de", "rate": ', encoding="utf-8"),
            "wurde nicht beachtet, weil sie kein gültiges JSON ist (Zeile 1, Spalte 28); "
            "die Standardwerte gelten.",
        ),
        (
            lambda file: file.write_bytes(b'{"language": "\xff"}'),
            "wurde nicht beachtet, weil sie kein UTF-8-Text ist; die Standardwerte gelten.",
        ),
        (
            os.mkfifo,
            "wurde nicht beachtet, weil sie keine normale Datei ist (sondern eine benannte "
            "Pipe); die Standardwerte gelten.",
        ),
        (
            lambda file: file.mkdir(),
            "wurde nicht beachtet, weil sie ein Ordner ist, keine Datei; die Standardwerte gelten.",
        ),
    ],
    ids=["cut-off", "not-utf8", "named-pipe", "folder"],
)
def test_a_damaged_settings_file_is_said_in_the_systems_language(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    paths: AppPaths,
    damage: object,
    german: str,
) -> None:
    """Nothing in the file can be used, the language setting neither: the system's (German)
    is the window's, and the notice is in it."""
    assert callable(damage)
    damage(paths.settings_file)
    monkeypatch.setattr(language_module, "system_languages", lambda: ["de-DE", "en-US"])
    language, notice = start_and_read_notice(monkeypatch, paths)
    assert language == "de"
    assert notice == f"Die Einstellungsdatei {paths.settings_file} {german}"


# --------------------------------------------------------------------------- the session log


def test_a_file_that_is_not_a_log_is_said_in_the_saved_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, paths: AppPaths
) -> None:
    paths.settings_file.write_text('{"language": "de"}', encoding="utf-8")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    log = paths.data_dir / "history.sqlite3"
    log.write_bytes(b"not a database" * 100)
    seen: list[str] = []
    original_show = MainWindow.show

    def show_then_close(self: MainWindow) -> None:
        original_show(self)

        def look_then_close() -> None:
            seen.append(self.notice_bar.text())
            self.close()

        self.first_painted.connect(lambda: QTimer.singleShot(50, look_then_close))

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert app_module.run_app(paths, muted=True) == 0
    (bar,) = seen
    assert (
        f"Sitzungen werden nicht gespeichert. {log}: Diese Datei ist kein Sitzungsprotokoll von "
        "Homestretch (oder sie ist beschädigt); sie wurde nicht verändert. Verschieben Sie sie an "
        "einen anderen Ort, um ein neues Protokoll anzufangen."
    ) in bar.splitlines()
    assert english_in([("notice bar", bar)], english_sources("de"), []) == []


def test_a_full_disk_mid_session_is_said_in_german(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    """The log on a real 1 MB tmpfs, filled during the session."""
    installed = install_language("de")
    try:
        with small_disk(tmp_path / "disk") as disk, HistoryLog(disk / "history.sqlite3") as log:
            clock = FakeClock()
            window = make_window(clock=clock, speed=1.0, history=log)
            shown = notices(window)
            filler = fill(disk)
            window.start_session()
            run(window, clock, 20)
            assert window.driver is not None
            window.driver.stop()
            summary = window.session_view.summary.text()
            saving = [text for key, text in shown if key == "saving"]
            window.close()
            filler.unlink()
    finally:
        installed.remove()
    assert summary.endswith("Noch nicht alles konnte gespeichert werden: die Festplatte ist voll.")
    assert saving == [
        f"Diese Sitzung kann nicht gespeichert werden: die Festplatte ist voll "
        f"({disk / 'history.sqlite3'}). Machen Sie weiter: Homestretch versucht es weiter und "
        "speichert sie, sobald es geht."
    ]


# --------------------------------------------------------------------------- the report


def test_a_report_of_dates_in_the_future_is_refused_in_german(
    qtbot: QtBot, log: HistoryLog, wall: Wall
) -> None:
    add_session(log, wall, at(TODAY, 8))
    installed = install_language("de")
    try:
        view = make_view(qtbot, log)
        view.set_range(TODAY + timedelta(days=3), TODAY + timedelta(days=9))
        view.save_report()
        shown = view.notice_text.text()
    finally:
        installed.remove()
    assert shown == (
        "Es wurde kein Bericht gespeichert: der Zeitraum beginnt am 2026-03-23, und das liegt in "
        "der Zukunft (heute ist der 2026-03-20); wählen Sie einen Beginn bis heute."
    )
