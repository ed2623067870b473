"""The CSV and PDF files saved from the history page get the user's normal permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from homestretch.ui.history_view import HistoryView
from tests.ui.conftest import MakeWindow


def test_exports_are_0666_less_the_umask(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    window.show_history()
    page = window.stack.currentWidget()
    assert isinstance(page, HistoryView)
    page.report_folder = tmp_path

    def ask(parent: QWidget, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        return suggested, filters

    page.ask_save_name = ask
    old = os.umask(0o027)
    try:
        with qtbot.waitSignal(page.csv_saved) as csv_saved:
            page.csv_sessions_action.trigger()
        with qtbot.waitSignal(page.report_saved) as report_saved:
            page.report_button.click()
    finally:
        os.umask(old)
    for written in (Path(csv_saved.args[0]), Path(report_saved.args[0])):
        assert written.parent == tmp_path
        assert stat.S_IMODE(written.stat().st_mode) == 0o640, written.name
