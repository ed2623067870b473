"""The editor checks the draft in a thread of its own: the GUI thread goes on while a
large routine is checked, and a verdict on an older draft is never shown."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.core.draft import Draft, DraftCheck, DraftSnapshot, check_snapshot
from homestretch.core.paths import BUNDLED_ROUTINE, AppPaths
from homestretch.ui.editor.window import EditorWindow, totals_text

EXERCISES = 100
WAIT = 60.0
"""Seconds a gate waits at the most (a test that fails does not hang)."""


def large_routine(folder: Path, paths: AppPaths) -> Path:
    """The bundled routine's exercises repeated to 100 (as benchmarks/draft_edit.py)."""
    draft = Draft.open(BUNDLED_ROUTINE, paths=paths)
    catalogue = draft.catalogue()
    while draft.exercise_count() < EXERCISES:
        exercise = dict(catalogue[draft.exercise_count() % len(catalogue)])
        exercise["reps"] = 1 if "reps" in exercise else None  # (within the session's limit)
        draft.add_exercise({k: v for k, v in exercise.items() if v is not None})
    path = folder / "large.yaml"
    path.write_text(draft.text(), encoding="utf-8")
    return path


class GatedCheck:
    """The real check, made to wait at a gate per call, remembering its threads."""

    def __init__(self) -> None:
        self.gates: list[threading.Event] = []
        self.done: list[threading.Event] = []
        self.threads: list[threading.Thread] = []
        self.lock = threading.Lock()

    def gate(self, call: int) -> threading.Event:
        with self.lock:
            while len(self.gates) <= call:
                self.gates.append(threading.Event())
                self.done.append(threading.Event())
            return self.gates[call]

    def __call__(self, snapshot: DraftSnapshot) -> DraftCheck:
        with self.lock:
            call = len(self.threads)
            self.threads.append(threading.current_thread())
        self.gate(call).wait(WAIT)
        try:
            return check_snapshot(snapshot)
        finally:
            self.done[call].set()


def open_editor(qtbot: QtBot, draft: Draft, check: Callable[..., DraftCheck]) -> EditorWindow:
    window = EditorWindow(draft, check=check)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_closing", True))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_large_routine_is_checked_in_another_thread_while_the_window_goes_on(
    qtbot: QtBot, isolated_data_dir: Path, tmp_path: Path
) -> None:
    paths = AppPaths.resolve(isolated_data_dir)
    draft = Draft.open(large_routine(tmp_path, paths), paths=paths)
    check = GatedCheck()
    ticks: list[int] = []

    def tick() -> None:  # the event loop runs: after 5 ticks the check may go on
        ticks.append(len(ticks))
        if len(ticks) == 5:
            check.gate(0).set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    editor = open_editor(qtbot, draft, check)  # (its first check: on its way)
    assert editor.checking
    assert editor.totals.text() == ""  # nothing was checked on the GUI thread
    qtbot.waitUntil(lambda: not editor.checking, timeout=int(WAIT * 1000))
    timer.stop()
    assert len(ticks) >= 5  # the window went on while the draft was checked
    assert check.threads
    assert all(t is not threading.main_thread() for t in check.threads)
    assert draft.checked
    total = draft.total_seconds()
    assert total is not None
    assert editor.totals.text() == totals_text(total, EXERCISES)
    assert editor.try_button.isEnabled()


def test_a_verdict_on_an_older_draft_is_never_shown(qtbot: QtBot, isolated_data_dir: Path) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=AppPaths.resolve(isolated_data_dir))
    check = GatedCheck()
    check.gate(0).set()  # (the first check, on opening, goes through)
    editor = open_editor(qtbot, draft, check)
    qtbot.waitUntil(lambda: not editor.checking)
    assert editor.problems == []
    shown = editor.totals.text()
    reps = ("exercises", 0, "reps")

    draft.set(reps, 0, merge=False)  # an error...
    editor.request_check()
    qtbot.waitUntil(lambda: len(check.threads) == 2)
    draft.set(reps, 5, merge=False)  # ...put right before its check is done
    editor.request_check()
    check.gate(1).set()  # the older draft's verdict comes first
    assert check.done[1].wait(WAIT)
    for _ in range(5):  # (its queued hand-back is taken)
        QApplication.processEvents()
    assert editor.checking
    assert editor.problems == []  # the error of the older draft is not shown
    assert editor.totals.text() == shown

    check.gate(2).set()
    qtbot.waitUntil(lambda: not editor.checking, timeout=int(WAIT * 1000))
    assert editor.problems == []
    assert draft.get(reps) == 5
    total = draft.total_seconds()
    assert total is not None
    assert editor.totals.text() == totals_text(total, 7)
    assert editor.totals.text() != shown  # 5 reps instead of 8: the newer draft's length
    assert len(check.threads) == 3


def test_a_draft_changed_since_its_snapshot_does_not_take_the_verdict(
    isolated_data_dir: Path,
) -> None:
    draft = Draft.open(BUNDLED_ROUTINE, paths=AppPaths.resolve(isolated_data_dir))
    before = draft.snapshot()
    draft.set(("exercises", 0, "reps"), 0, merge=False)
    verdict = check_snapshot(before)
    assert verdict.problems == ()
    assert not draft.adopt(verdict)
    assert not draft.checked
    assert [p.path for p in draft.problems()] == [("exercises", 0, "reps")]
    now = check_snapshot(draft.snapshot())
    draft.set(("exercises", 0, "reps"), 3, merge=False)
    draft.undo()  # the same values, but not the data the verdict was made of
    assert not draft.adopt(now)
    fresh = check_snapshot(draft.snapshot())
    assert draft.adopt(fresh)
    assert draft.checked
    assert draft.problems() == list(fresh.problems)
