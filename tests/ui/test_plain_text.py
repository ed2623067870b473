"""Names are text, never markup: every text from a file or a person is shown as written.

A routine whose every text field holds markup (``<b>``, ``<img>``, ``<font>``)
is added, run through every state of a session and looked at in the history;
at each step every label, button, message box, tooltip and chart label of
every window is read *as Qt shows it* (Qt guesses rich text for a label or
tooltip that looks like HTML; QtCharts reads every label as HTML). Wherever a
marked text appears, the literal ``<b>`` must be visible.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChartView, QHorizontalBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.player import State
from homestretch.core.routine import load_routine
from homestretch.core.timeline import SegmentKind
from homestretch.ui.dialogs import WarningDialog
from homestretch.ui.main_window import MainWindow
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow

MEMORY_LIMIT = 3 * 1024**3
"""Address space for the process that shows a hostile routine (bytes)."""


def marked(token: str) -> str:
    """A text that Qt would draw as bold, as a picture and in big red if it took it for HTML."""
    return f"<b>{token}</b><img src=/no/{token}.png><font size=7 color=red>!</font>"


ROUTINE = f"""schema: 2
name: "{marked("zqroutine")}"
description: "{marked("zqdescription")}"
prepare_seconds: 3
rest_between_exercises: 3
stop_rule: {{pain_at_least: 7}}
exercises:
  - id: first
    name: "{marked("zqexone")}"
    position: sitting
    summary: "{marked("zqsummary")}"
    steps: ["{marked("zqstepone")}", "{marked("zqsteptwo")}"]
    cautions: ["{marked("zqcaution")}"]
    illustration: "<b>zqpicture.png"
    sides: each
    reps: 1
    rest_between_sides: 2
    phases:
      - {{name: "<b>zqphaseone</b>", seconds: 3, say: "{marked("zqsay")}"}}
      - {{name: "<b>zqphasetwo</b>", seconds: 3}}
  - id: second
    name: "{marked("zqextwo")}"
    position: standing
    summary: Stand.
    steps: [Stand]
    work: {{name: "<b>zqwork</b>", seconds: 4}}
"""

BROKEN = """schema: 1
name: "<b>zqbrokenname</b>"
exercises:
  - id: first
    name: Knee
    position: sitting
    summary: Bend.
    steps: [Bend]
    <b>zqbadkey</b>: 3
    work: {seconds: 3}
"""

SHOWN = {
    "zqroutine",
    "zqdescription",
    "zqexone",
    "zqextwo",
    "zqstepone",
    "zqsteptwo",
    "zqcaution",
    "zqpicture",
    "zqphaseone",
    "zqphasetwo",
    "zqwork",
    "zqfile",
    "zqbroken",
    "zqbadkey",
    "zqnote",
    "zqspeech",
    "zqlog",
}
"""Every token the patient can see somewhere (the summary and the cue are only spoken)."""


# -- reading texts as Qt shows them


def as_shown(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_shows(label: QLabel) -> str:
    form = label.textFormat()
    if form is Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(label.text())
        return document.toPlainText()
    rich = form is Qt.TextFormat.RichText or (
        form is Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text())
    )
    return as_shown(label.text(), rich)


def tooltip_shows(text: str) -> str:
    """A tooltip is a label with automatic format: Qt guesses."""
    return as_shown(text, QtGui.Qt.mightBeRichText(text))


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, raw text, text as shown) for every text in and under ``widget``."""
    for child in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(child).__name__} {child.objectName()!r}"
        if isinstance(child, QLabel):
            yield name, child.text(), label_shows(child)
        elif isinstance(child, QAbstractButton):  # buttons draw their text plainly
            yield name, child.text(), child.text()
        elif isinstance(child, QPlainTextEdit):
            yield name, child.toPlainText(), child.toPlainText()
        if child.toolTip():
            yield f"tooltip of {name}", child.toolTip(), tooltip_shows(child.toolTip())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            yield from item_texts(name, child)
        if isinstance(child, QChartView):
            for axis in child.chart().axes():
                labels = []
                if isinstance(axis, QBarCategoryAxis):
                    labels = axis.categories()
                elif isinstance(axis, QCategoryAxis):
                    labels = axis.categoriesLabels()
                for label in labels:  # QtCharts reads every axis label as HTML
                    yield f"axis label of {name}", label, as_shown(label, True)


def item_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str, str]]:
    """An item view's cells (Qt's own delegates draw them plainly) and their tooltips."""
    delegate = view.itemDelegate()
    assert delegate is None or type(delegate).__module__.startswith("PySide6."), (
        f"{name} has a delegate of its own: {type(delegate)}"
    )
    model = view.model()
    cells = [
        model.index(row, column)
        for row in range(10_000)
        if model.hasIndex(row, 0)
        for column in range(100)
        if model.hasIndex(row, column)
    ]
    for index in cells:
        where = f"{name} cell {index.row()},{index.column()}"
        text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        yield where, text, text
        tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
        if tip:
            yield f"tooltip of {where}", tip, tooltip_shows(tip)


class Seen:
    """Checks every window's texts and remembers which marked texts were on show."""

    def __init__(self) -> None:
        self.tokens: set[str] = set()

    def check(self, state: str, *roots: QWidget) -> None:
        """Check every window on screen (or only ``roots``)."""
        QApplication.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for top in roots or windows:
            for where, raw, shown in shown_texts(top):
                self.check_text(f"{state}: {where}", raw, shown)

    def check_text(self, where: str, raw: str, shown: str) -> None:
        lowered = shown.lower()
        for token in SHOWN:
            if token in raw.lower() or token in lowered:
                assert f"<b>{token}" in lowered, f"{where} shows {shown!r} for {raw!r}"
                assert "\ufffc" not in shown, f"{where} shows a picture: {raw!r}"
                self.tokens.add(token)


def window_with_markup(
    make_window: MakeWindow, tmp_path: Path, isolated_data_dir: Path
) -> tuple[MainWindow, FakeClock]:
    broken_dir = isolated_data_dir / "routines" / "broken"
    broken_dir.mkdir(parents=True)
    (broken_dir / "<b>zqbroken.yaml").write_text(BROKEN, encoding="utf-8")
    clock = FakeClock()
    window = make_window(
        clock=clock, speed=1.0, history_problem=f"The log: {marked('zqlog')} (a test)"
    )
    source = tmp_path / "<b>zqfile.yaml"
    source.write_text(ROUTINE, encoding="utf-8")
    assert window.add_routine(source)
    return window, clock


def run_until(window: MainWindow, clock: FakeClock, done: Callable[[], bool]) -> None:
    """Let session time pass, half a second at a time, until ``done()`` is true."""
    for _ in range(400):
        if done():
            return
        clock.advance(0.5)
        assert window.driver is not None
        window.driver._wake()
    raise AssertionError("the session never got there")


def state_of(window: MainWindow) -> State:
    assert window.driver is not None
    return window.driver.state


def kind_now(window: MainWindow) -> SegmentKind | None:
    assert window.driver is not None
    segment = window.driver.player.segment
    return segment.kind if segment else None


# A tooltip shown offscreen: the platform cannot raise it above the window.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_text_from_a_file_or_a_person_is_shown_as_written(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    isolated_data_dir: Path,
    history: HistoryLog,
) -> None:
    window, clock = window_with_markup(make_window, tmp_path, isolated_data_dir)
    seen = Seen()
    page = window.routines_page
    seen.check("routines page")
    page.list.setCurrentRow(next(r for r, e in enumerate(page._entries) if e.routine is None))
    seen.check("routines page, a broken file selected")

    # A file whose problems quote its content: the warning's every text is plain.
    assert not window.add_routine(isolated_data_dir / "routines" / "broken" / "<b>zqbroken.yaml")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WarningDialog))
    seen.check("warning")
    box = QApplication.activeModalWidget()
    assert box is not None
    box.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    window.reload_routines(select=window.settings.last_routine)
    added = next(r for r, e in enumerate(page._entries) if e.path.name == "<b>zqfile.yaml")
    page.list.setCurrentRow(added)
    seen.check("routines page, the marked routine selected")
    qtbot.waitUntil(window.ready_to_start)  # (its timeline is built off the GUI thread)
    window.start_session()
    # A notice may quote a path or a file's words (the log's folder, a settings file).
    window.add_notice("log", f"cannot open {marked('zqspeech')}")
    assert kind_now(window) is SegmentKind.PREPARE
    seen.check("prepare")
    run_until(window, clock, lambda: kind_now(window) is SegmentKind.WORK)
    seen.check("work")
    run_until(window, clock, lambda: kind_now(window) is SegmentKind.SWITCH)
    seen.check("switch side")
    run_until(window, clock, lambda: kind_now(window) is SegmentKind.REST)
    seen.check("rest")
    window.toggle()
    assert state_of(window) is State.PAUSED
    seen.check("paused")
    window.toggle()
    window.set_pain_during(8)  # the routine's stop rule advises stopping
    assert window.session_view.advice.isVisible()
    seen.check("stop advised")
    window.continue_anyway()  # (Space would end the session, as advised)
    run_until(window, clock, lambda: kind_now(window) is SegmentKind.WORK and _second(window))
    seen.check("the second exercise")
    with qtbot.waitSignal(window.session_finished):
        run_until(window, clock, lambda: state_of(window) is State.FINISHED)
    window.set_note(marked("zqnote"))
    seen.check("done")

    window.show_history()
    view = window.history_view
    assert view is not None
    (session,) = history.sessions()
    assert session.note == marked("zqnote")
    seen.check("history")
    (bars,) = [s for s in view.rates_view.chart().series() if isinstance(s, QHorizontalBarSeries)]
    bars.barSets()[0].hovered.emit(True, 0)
    seen.check_text("bar tooltip", QToolTip.text(), tooltip_shows(QToolTip.text()))
    view.table.selectRow(0)
    view.ask_delete()
    assert isinstance(view.confirm_box, QMessageBox)
    seen.check("asked to delete")
    view.confirm_box.close()

    assert seen.tokens == SHOWN


def _second(window: MainWindow) -> bool:
    assert window.driver is not None
    return window.driver.player.exercise_index == 1


def test_a_warning_shows_its_message_and_details_as_written(qtbot: QtBot) -> None:
    box = WarningDialog(
        None,
        title=marked("zqroutine"),
        text=f"It could not be copied into {marked('zqfile')}: no room",
        details=f"{marked('zqbadkey')}\n{marked('zqbroken')}",
        font_px=18,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    seen = Seen()
    seen.check("a warning", box)
    assert seen.tokens == {"zqfile", "zqbadkey", "zqbroken"}


# -- the real thing: a picture reference to /dev/zero and to a FIFO, in a process of its own

_HOSTILE_SCRIPT = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from homestretch.core.history import HistoryLog
from homestretch.core.paths import AppPaths
from homestretch.core.settings import Settings
from homestretch.ui.main_window import MainWindow

app = QApplication([])
data, routine = Path(sys.argv[1]), Path(sys.argv[2])
log = HistoryLog(data / "history.sqlite3")
window = MainWindow(AppPaths.resolve(data), settings=Settings(), history=log, speed=50.0)
window.show()
window.grab()  # lays out and paints every label, as the screen would
assert window.add_routine(routine)
window.grab()
while not window.ready_to_start():  # (its timeline is built off the GUI thread)
    app.processEvents()
window.start_session()
window.grab()
window.next_exercise()  # the second exercise: the header and "Next exercise:" change
window.grab()
window.driver.stop()
window.set_note("<img src='/dev/zero'> a note")
window.grab()
window.show_history()
window.grab()
print("shown as text")
"""


def test_a_picture_in_a_name_is_never_loaded(tmp_path: Path) -> None:
    """``<img src='/dev/zero'>`` once ate all memory and aborted; ``<img src=FIFO>`` hung."""
    fifo = tmp_path / "a-fifo"
    os.mkfifo(fifo)
    routine = tmp_path / "hostile.yaml"
    routine.write_text(
        textwrap.dedent("""\
            schema: 1
            name: "<img src='/dev/zero'> Zero"
            description: "<img src=a-fifo> and <font size=7 color=red>STOP NOW, call 112</font>"
            prepare_seconds: 2
            exercises:
              - id: zero
                name: "<img src='/dev/zero'> Zero"
                position: sitting
                summary: Sit.
                steps: ["<img src=a-fifo> step"]
                cautions: ["<img src='/dev/zero'>"]
                phases: [{name: "<img src=a-fifo>", seconds: 2}]
                reps: 1
              - id: fifo
                name: "<img src=a-fifo> Fifo"
                position: sitting
                summary: Sit.
                steps: [Sit]
                work: {seconds: 3}
        """),
        encoding="utf-8",
    )
    assert load_routine(routine).name == "<img src='/dev/zero'> Zero"  # it passes validate

    def limit_memory() -> None:  # so that a regression fails here instead of eating the machine
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    result = subprocess.run(
        [sys.executable, "-c", _HOSTILE_SCRIPT, str(tmp_path / "data"), str(routine)],
        capture_output=True,
        text=True,
        timeout=120,  # a FIFO read would block for ever
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=limit_memory,
        cwd=tmp_path,  # where Qt would look for "a-fifo"
        check=False,
    )
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-800:]}"
    assert result.stdout.strip() == "shown as text"
