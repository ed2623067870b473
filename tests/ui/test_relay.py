"""Work finished on a worker thread comes back on the GUI thread, and only to an object
that still exists (an editor window closed while its check ran crashed the app when the
worker emitted the window's own signal)."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.ui.relay import hand_back


class Asker(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[str, int, str]] = []

    def take(self, label: str, future: Future[int]) -> None:
        self.heard.append((label, future.result(), threading.current_thread().name))


def test_the_result_is_taken_on_the_gui_thread(qtbot: QtBot) -> None:
    asker = Asker()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="work") as pool:
        future = pool.submit(lambda: 42)
        future.add_done_callback(hand_back(asker, lambda done: asker.take("answer", done)))
    qtbot.waitUntil(lambda: asker.heard != [], timeout=5000)
    assert asker.heard == [("answer", 42, threading.main_thread().name)]


def test_an_object_gone_meanwhile_is_not_called_and_nothing_crashes(qtbot: QtBot) -> None:
    calls: list[int] = []
    release = threading.Event()
    many = 50
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="work") as pool:
        askers = [Asker() for _ in range(many)]
        for asker in askers:
            future = pool.submit(release.wait, 10)
            future.add_done_callback(hand_back(asker, lambda done: calls.append(1)))
        for asker in askers[: many // 2]:
            shiboken6.delete(asker)  # gone on the GUI thread while the work runs
        release.set()
    for _ in range(20):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: len(calls) == many // 2, timeout=5000)
    assert len(calls) == many // 2
