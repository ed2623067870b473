"""The keyboard alone: Tab reaches every control of each page and dialog, in the order the
page reads, never gets stuck, and the focused control wears a ring that can be seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.player import State
from homestretch.core.timeline import SegmentKind
from homestretch.ui.main_window import MainWindow
from homestretch.ui.style import FOCUS_COLOUR
from tests.helpers import FakeClock
from tests.ui.accessibility import controls, describe
from tests.ui.conftest import MakeWindow
from tests.ui.screens import Walk

LONGEST_CHAIN = 80


def tab_chain(start: QWidget) -> list[QWidget]:
    """The controls Tab goes to from ``start``, until it comes back to ``start``.

    A date field's day, month and year are one control (Tab steps through them)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is start, f"{describe(start)} cannot take the focus"
    chain: list[QWidget] = [start]
    for _ in range(LONGEST_CHAIN):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        assert now is not None, "Tab lost the focus"
        if now is start:
            return chain
        if now is not chain[-1] or not isinstance(now, QDateEdit):
            assert now not in chain, f"Tab is stuck going round {describe(now)}"
            chain.append(now)
    raise AssertionError(
        f"Tab never came back to {describe(start)}: {[describe(w) for w in chain]}"
    )


def tabbable(root: QWidget) -> list[QWidget]:
    """Each control in ``root`` Tab should reach (one button of a group of choices)."""
    found = []
    for widget in controls(root):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) and widget.group() is not None:
            group = widget.group()
            checked = group.checkedButton() or group.buttons()[0]
            if widget is not checked:
                continue  # arrows go through a group of choices
        found.append(widget)
    return found


def assert_tab_order(root: QWidget, expected: list[QWidget]) -> None:
    expected = [w for w in expected if w.isVisible() and w.isEnabled()]
    chain = tab_chain(expected[0])
    assert [describe(w) + w.accessibleName() for w in chain] == [
        describe(w) + w.accessibleName() for w in expected
    ]
    missed = [describe(w) for w in tabbable(root) if w not in chain]
    assert not missed, f"Tab never reaches {missed}"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_tab_reaches_every_control_of_the_routines_page_in_reading_order(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(clock=FakeClock(), speed=1.0)
    page = window.routines_page
    pain = page.pain.buttons[0]
    assert_tab_order(
        window,
        [
            page.list,
            page.open_button,
            page.edit_button,
            page.new_button,
            page.duplicate_button,
            page.delete_button,  # (left out while a bundled routine is selected: disabled)
            page.history_button,
            next(w for w in controls(page) if w.accessibleName() == "About this routine"),
            page.exercises,
            pain,
            page.where_button,
            page.start_button,
        ],
    )


def session_window(make_window: MakeWindow) -> tuple[MainWindow, Walk]:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    walk = Walk(window, clock)
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    return window, walk


def test_tab_goes_along_the_session_buttons_then_the_end_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window, walk = session_window(make_window)
    view = window.session_view
    buttons = [view.previous_button, view.toggle_button, view.next_button, view.stop_button]
    assert_tab_order(window, [*buttons, view.mute_button])
    walk.run_until(lambda: window.driver is not None and window.driver.state is State.FINISHED)
    settle()  # (the note's save button is enabled only while a changed note is in the box)
    assert_tab_order(
        window,
        [
            view.pain_after.buttons[0],
            view.where_button,
            view.note,
            view.save_note_button,
            view.mute_button,
            view.done_button,
        ],
    )


def test_tab_on_the_history_page_goes_from_the_top_row_to_the_charts(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window, walk = session_window(make_window)
    walk.run_until(lambda: window.driver is not None and window.driver.state is State.FINISHED)
    walk.key(Qt.Key.Key_Escape)
    window.show_history()
    settle()
    page = window.history_view
    assert page is not None
    assert_tab_order(
        window,
        [
            page.back_button,
            page.report_button,
            page.csv_button,
            page.delete_button,
            page.from_edit,
            page.to_edit,
            page.routine_combo,
            page.last_30_button,
            page.since_button,
            page.all_button,
            page.table,
            page.pain_view,
            page.rates_view,
        ],
    )


def test_tab_in_the_dialogs(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(clock=FakeClock(), speed=1.0)
    window.open_speech_settings()
    settle()
    dialog = window.speech_dialog
    ok, cancel = dialog.findChildren(QAbstractButton)[-2:]
    assert_tab_order(
        dialog, [dialog.voice, dialog.rate, dialog.volume, dialog.sample, *dialog_buttons(dialog)]
    )
    assert {ok, cancel} <= set(dialog_buttons(dialog))
    dialog.reject()
    window.open_pain_map("before")
    settle()
    body = window.pain_map_dialog
    assert_tab_order(body, [body.map, *dialog_buttons(body)])
    body.reject()


def dialog_buttons(dialog: QWidget) -> list[QWidget]:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return sorted(box.buttons(), key=lambda b: b.mapTo(dialog, b.rect().topLeft()).x())


def ring_pixels(widget: QWidget) -> int:
    """Pixels of the focus ring's colour in and just around ``widget``."""
    window = widget.window()
    settle()
    image = window.grab().toImage()
    area = widget.geometry()
    area.moveTopLeft(widget.mapTo(window, widget.rect().topLeft()))
    area = area.adjusted(-4, -4, 4, 4)
    ring = QColor(FOCUS_COLOUR).rgb()
    return sum(
        1
        for y in range(max(0, area.top()), min(image.height(), area.bottom()))
        for x in range(max(0, area.left()), min(image.width(), area.right()))
        if image.pixel(x, y) == ring
    )


def test_the_focused_control_wears_a_ring(qtbot: QtBot, make_window: MakeWindow) -> None:
    window, _walk = session_window(make_window)
    view = window.session_view
    for button in (view.toggle_button, view.next_button, view.mute_button):
        before = ring_pixels(button)
        button.setFocus(Qt.FocusReason.TabFocusReason)
        after = ring_pixels(button)
        # Three pixels thick all round: at least twice its width and height.
        assert after - before >= 2 * (button.width() + button.height()), describe(button)


def test_the_ring_goes_round_the_part_in_view_of_a_control_that_scrolls(qtbot: QtBot) -> None:
    """In a box that scrolls (large text on a small screen), the ring went round the whole
    control, drawn over the words below the box."""
    from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout

    from homestretch.ui.focus import RING_NAME, FocusRings

    rings = FocusRings()
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    area = QScrollArea()
    area.setWidgetResizable(True)
    tall = QPushButton("A control taller than its box")
    tall.setMinimumHeight(600)
    area.setWidget(tall)
    area.setFixedHeight(150)
    layout.addWidget(area)
    below = QLabel("Words below the box")
    layout.addWidget(below)
    top.show()
    qtbot.waitExposed(top)
    tall.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    ring = top.findChild(QWidget, RING_NAME)
    assert ring is not None
    assert ring.isVisible()
    assert not ring.geometry().intersects(below.geometry())
    viewport = area.viewport()
    in_view = viewport.rect().translated(viewport.mapTo(top, viewport.rect().topLeft()))
    assert ring.geometry().bottom() <= in_view.bottom() + 10
    rings.deleteLater()
