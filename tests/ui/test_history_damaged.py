"""Ctrl+H on a session log with a damaged page says so, instead of doing nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from tests.core.test_history_open import log_with_sessions
from tests.storage import damage_table
from tests.ui.conftest import MakeWindow


def test_ctrl_h_on_a_damaged_log_says_what_happened_and_what_to_do(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    path = tmp_path / "damaged" / "history.sqlite3"
    log_with_sessions(path, 60)
    damaged = damage_table(path, "sessions")
    with HistoryLog(path) as log:  # opening works: the damage is found when reading
        window = make_window(history=log)
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
        view = window.history_view
        assert view is not None
        assert window.stack.currentWidget() is view
        assert view.notice.isVisible()
        notice = view.notice_text.text()
        assert notice.startswith(f"{path}: the session log is damaged")
        assert "left untouched" in notice
        assert "send a copy" in notice
        assert "history-damaged.sqlite3" in notice
        assert view.empty.isVisible()
        assert view.empty.text() == "Your history cannot be read"
        assert not view.filters.isVisible()

        qtbot.keyClick(view, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
        assert window.stack.currentWidget() is window.routines_page
        view.notice.hide()  # as its close button does
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
        assert window.stack.currentWidget() is view  # read again: said again
        assert view.notice.isVisible()
        assert "damaged" in view.notice_text.text()
    assert path.read_bytes() == damaged
