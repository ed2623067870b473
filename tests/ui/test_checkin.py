from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.checkin import (
    ANCHORS,
    REGION_IDS,
    REGIONS,
    STOP_ADVICE,
    RatingKeys,
    StopRule,
    anchor,
    area_name,
    describe_areas,
)
from homestretch.core.history import HistoryLog
from homestretch.core.player import Outcome, State
from homestretch.speech.speaker import RecordingSpeaker
from homestretch.ui.main_window import MainWindow
from homestretch.ui.pain import PainMap, PainMapDialog, PainScale
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow

Screenshot = Callable[[MainWindow, str], Path]


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]


def run(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        assert window.driver is not None
        window.driver._wake()


def test_rating_keys() -> None:
    keys = RatingKeys()
    assert keys.press(4, 0.0) == 4
    assert keys.press(1, 10.0) == 1
    assert keys.press(0, 10.5) == 10
    assert keys.press(0, 11.0) == 0  # not straight after a 1
    assert keys.press(1, 20.0) == 1
    assert keys.press(0, 22.0) == 0  # too slow for 10
    assert anchor(0) == "no pain"
    assert anchor(6) == "moderate"
    assert anchor(10) == "worst imaginable"


def test_stop_rule() -> None:
    rule = StopRule(pain_rise=2, pain_at_least=7)
    assert rule.check(3, 4) is None
    assert rule.check(3, 5) == "pain rose from 3 to 5 (the limit set is a rise of 2)"
    assert rule.check(None, 6) is None
    assert rule.check(None, 7) == "pain is 7 out of 10 (the limit set is 7)"


SCIATIC_PATH = (
    "buttock",
    "hip",
    "thigh_back",
    "thigh_outer",
    "thigh_front",
    "knee",
    "calf_back",
    "calf_outer",
    "shin",
    "foot",
)


def test_regions_cover_both_sides_of_the_sciatic_path() -> None:
    ids = {r.id for r in REGIONS}
    for name in SCIATIC_PATH:
        assert {f"{name}_left", f"{name}_right"} <= ids
    assert "lower_back" in ids
    assert len(ids) == len(REGIONS)


def test_areas_are_named_as_a_patient_says_them() -> None:
    assert area_name("buttock_right") == "right buttock"
    assert area_name("thigh_back_left") == "back of the left thigh"
    assert area_name("calf_back_right") == "back of the right calf"
    assert area_name("thigh_front_left") == "front of the left thigh"
    assert area_name("shin_right") == "right shin"
    assert area_name("hip_left") == "left hip"
    assert area_name("lower_back") == "lower back"
    assert area_name("elbow_left") == "elbow_left"  # unknown (a newer log): as it is
    names = [area_name(r) for r in REGION_IDS]
    assert len(set(names)) == len(names)
    assert all("_" not in name for name in names)
    # Head to foot, whatever order they were marked in.
    assert describe_areas(["foot_left", "lower_back", "buttock_right"]) == (
        "lower back, right buttock, left foot"
    )
    assert describe_areas([]) == ""


@pytest.mark.parametrize("width", [560, 640, 800, 1100, 1600])
def test_each_anchor_word_sits_under_the_button_it_names(qtbot: QtBot, width: int) -> None:
    scale = PainScale("How is your pain?")
    qtbot.addWidget(scale)
    scale.resize(width, scale.sizeHint().height())
    scale.show()
    qtbot.waitExposed(scale)
    qtbot.waitUntil(lambda: scale.buttons[10].geometry().right() > width - 10)
    for rating in ANCHORS:
        label = scale.anchors.labels[rating]
        button = scale.buttons[rating].geometry()
        box = label.geometry().translated(scale.anchors.pos())
        centre = box.left() + box.width() / 2
        assert button.left() <= centre <= button.right() + 1, (rating, centre, button)
        # Not cut: the whole text is shown, inside the scale.
        assert box.left() >= 0
        assert box.right() < scale.width()
        assert box.width() >= label.sizeHint().width()
        assert box.height() <= scale.anchors.height()


def move_pointer(widget: QWidget, at: QPoint) -> None:
    """The pointer moves onto ``at`` (an event sent straight to the widget: QTest's cursor
    moves are dropped now and then on a loaded machine, offscreen)."""
    where = at.toPointF()
    QApplication.sendEvent(
        widget,
        QMouseEvent(
            QEvent.Type.MouseMove,
            where,
            widget.mapToGlobal(where),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: tooltips raise
def test_each_region_names_itself_under_the_pointer(qtbot: QtBot) -> None:
    dialog = PainMapDialog(())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    pain_map = dialog.map
    # A click does not make one region's name the tooltip of the whole map.
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        pain_map, Qt.MouseButton.LeftButton, pos=pain_map.region_centre("knee_left").toPoint()
    )
    for region in REGIONS:
        centre = pain_map.region_centre(region.id).toPoint()
        assert pain_map.region_at(pain_map.region_centre(region.id)) == region.id
        move_pointer(pain_map, centre)
        assert pain_map.pointed == region.id
        help_event = QHelpEvent(QEvent.Type.ToolTip, centre, pain_map.mapToGlobal(centre))
        QApplication.sendEvent(pain_map, help_event)
        assert QToolTip.text() == area_name(region.id)
        state = "marked" if region.id == "knee_left" else "not marked"
        assert dialog.pointed.text().lower() == f"{area_name(region.id)}: {state}"
    outside = QPoint(2, pain_map.height() - 2)
    assert pain_map.region_at(outside.toPointF()) is None
    QApplication.sendEvent(
        pain_map, QHelpEvent(QEvent.Type.ToolTip, outside, pain_map.mapToGlobal(outside))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    move_pointer(pain_map, outside)
    assert pain_map.pointed is None
    assert dialog.pointed.text() == PainMapDialog.POINT_HINT


def test_ok_and_cancel_are_large(qtbot: QtBot) -> None:
    dialog = PainMapDialog(())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = sorted(b.text().replace("&", "") for b in dialog.buttons.buttons())
    assert texts == ["Cancel", "OK"]
    for button in dialog.buttons.buttons():
        assert button.height() >= 56
        assert button.width() >= 150
        assert button.font().pixelSize() >= 20


def test_number_keys_before_the_session_are_logged_with_it(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, screenshot: Screenshot
) -> None:
    window = make_window()
    press(qtbot, window, Qt.Key.Key_4)
    assert window.routines_page.pain.value == 4
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_0)
    assert window.routines_page.pain.value == 10
    press(qtbot, window, Qt.Key.Key_3)
    screenshot(window, "routines-with-pain")
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        press(qtbot, window, Qt.Key.Key_Space)
    (session,) = history.sessions()
    assert session.pain_before == 3
    assert session.ended is Outcome.COMPLETED
    assert window.routines_page.pain.value is None  # ready for the next session


def test_after_the_session_a_rating_and_a_note_are_added_to_its_record(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog, screenshot: Screenshot
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    (session,) = history.sessions()
    assert session.pain_after is None  # logged the moment it ended, without waiting
    press(qtbot, window, Qt.Key.Key_2)
    assert window.session_view.pain_after.value == 2
    window.session_view.note.setFocus()
    qtbot.keyClicks(window.session_view.note, "Knee felt 5 better")  # type: ignore[no-untyped-call]
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        window.session_view.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    screenshot(window, "finished-checkin")
    (session,) = history.sessions()
    assert session.pain_after == 2  # the digits typed in the note did not change it
    assert session.note == "Knee felt 5 better"


def start_frozen(make_window: MakeWindow) -> tuple[MainWindow, FakeClock]:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    return window, clock


def test_a_rating_at_the_limit_during_a_session_advises_stopping(
    qtbot: QtBot,
    make_window: MakeWindow,
    history: HistoryLog,
    speaker: RecordingSpeaker,
    screenshot: Screenshot,
) -> None:
    window, clock = start_frozen(make_window)
    window.start_session()
    run(window, clock, 3)
    press(qtbot, window, Qt.Key.Key_5)
    assert window.driver is not None
    assert window.driver.state is State.RUNNING
    press(qtbot, window, Qt.Key.Key_7)
    assert window.driver.state is State.PAUSED  # type: ignore[comparison-overlap]
    advice = window.session_view.advice
    assert advice.isVisible()
    assert STOP_ADVICE in advice.text()
    assert "pain is 7 out of 10" in advice.text()
    assert speaker.said[-1] == f"Your pain has gone up. {STOP_ADVICE}"
    screenshot(window, "stop-rule")
    (session,) = history.sessions()
    assert [(e.kind, e.detail) for e in session.events] == [
        ("pain", "5"),
        ("pain", "7"),
        ("stop_rule", "pain is 7 out of 10 (the limit set is 7)"),
    ]


def test_a_rise_from_the_rating_before_triggers_the_rule(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, clock = start_frozen(make_window)
    press(qtbot, window, Qt.Key.Key_2)
    window.start_session()
    run(window, clock, 2)
    press(qtbot, window, Qt.Key.Key_4)
    assert window.session_view.advice.isVisible()
    (session,) = history.sessions()
    assert session.pain_before == 2
    assert ("stop_rule", "pain rose from 2 to 4 (the limit set is a rise of 2)") in [
        (e.kind, e.detail) for e in session.events
    ]


def test_the_body_map_marks_and_clears_regions(qtbot: QtBot) -> None:
    pain_map = PainMap()
    qtbot.addWidget(pain_map)
    pain_map.resize(640, 520)
    changes: list[None] = []
    pain_map.changed.connect(lambda: changes.append(None))
    for region in ("buttock_left", "calf_outer_left", "knee_right", "lower_back"):
        centre = pain_map.region_centre(region).toPoint()
        assert pain_map.region_at(pain_map.region_centre(region)) == region
        qtbot.mouseClick(pain_map, Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[no-untyped-call]
    assert pain_map.areas() == ("buttock_left", "calf_outer_left", "knee_right", "lower_back")
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        pain_map, Qt.MouseButton.LeftButton, pos=pain_map.region_centre("knee_right").toPoint()
    )
    assert "knee_right" not in pain_map.areas()
    qtbot.mouseClick(pain_map, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # type: ignore[no-untyped-call]
    assert len(changes) == 5


@pytest.mark.parametrize("view", ["back", "front"])
def test_left_and_right_are_where_a_viewer_expects(qtbot: QtBot, view: str) -> None:
    pain_map = PainMap()
    qtbot.addWidget(pain_map)
    pain_map.resize(640, 520)
    name = "buttock" if view == "back" else "knee"
    left = pain_map.region_centre(f"{name}_left").x()
    right = pain_map.region_centre(f"{name}_right").x()
    # From behind the patient's left is on the viewer's left; from the front, on the right.
    assert (left < right) == (view == "back")


def test_areas_chosen_before_the_session_are_logged(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window, _ = start_frozen(make_window)
    window.open_pain_map("before")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PainMapDialog)
    for region in ("buttock_right", "calf_outer_right"):
        qtbot.mouseClick(  # type: ignore[no-untyped-call]
            dialog.map, Qt.MouseButton.LeftButton, pos=dialog.map.region_centre(region).toPoint()
        )
    dialog.accept()
    press(qtbot, window, Qt.Key.Key_3)
    window.start_session()
    (session,) = history.sessions()
    assert session.areas_before == ("buttock_right", "calf_outer_right")
    assert session.pain_before == 3


def test_after_ok_the_check_ins_list_the_marked_areas(
    qtbot: QtBot, make_window: MakeWindow, history: HistoryLog
) -> None:
    window = make_window()
    pain = window.routines_page.pain
    assert not pain.areas.isVisible()
    window.open_pain_map("before")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PainMapDialog)
    for region in ("calf_back_right", "lower_back", "shin_right"):
        qtbot.mouseClick(  # type: ignore[no-untyped-call]
            dialog.map, Qt.MouseButton.LeftButton, pos=dialog.map.region_centre(region).toPoint()
        )
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert pain.areas.isVisible()
    assert pain.areas.text() == "Where it hurts: lower back, back of the right calf, right shin."
    assert pain.areas.textFormat() is Qt.TextFormat.PlainText

    # Cancel keeps what was marked before.
    window.open_pain_map("before")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PainMapDialog)
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        dialog.map, Qt.MouseButton.LeftButton, pos=dialog.map.region_centre("hip_left").toPoint()
    )
    dialog.reject()
    assert "hip" not in pain.areas.text()

    with qtbot.waitSignal(window.session_finished, timeout=30_000):
        window.start_session()
    assert not pain.areas.isVisible()  # the next session asks afresh
    after = window.session_view.pain_after
    assert not after.areas.isVisible()
    window.open_pain_map("after")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PainMapDialog)
    qtbot.mouseClick(  # type: ignore[no-untyped-call]
        dialog.map, Qt.MouseButton.LeftButton, pos=dialog.map.region_centre("hip_left").toPoint()
    )
    dialog.accept()
    assert after.areas.isVisible()
    assert after.areas.text() == "Where it hurts: left hip."
    (session,) = history.sessions()
    assert session.areas_before == ("calf_back_right", "lower_back", "shin_right")
    assert session.areas_after == ("hip_left",)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_body_map_fits_a_small_screen_and_no_name_is_cut(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int], tmp_path: Path
) -> None:
    window = make_window()
    window.resize(*size)
    window.open_pain_map("before")
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PainMapDialog)
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.width() <= size[0] - 40
    assert dialog.height() <= size[1] - 40  # a title bar still fits on the screen
    assert dialog.map.width() >= dialog.map.minimumWidth()
    assert dialog.map.height() >= dialog.map.minimumHeight()
    for region in REGIONS:  # the longest name, marked or not, fits on its line
        dialog.map.marked = {region.id}
        dialog.map.pointed = region.id
        dialog._show_pointed()
        assert dialog.pointed.width() >= dialog.pointed.sizeHint().width(), dialog.pointed.text()
    for button in dialog.buttons.buttons():
        assert button.width() > button.fontMetrics().horizontalAdvance(button.text())
    assert dialog.grab().save(str(tmp_path / f"body-map-{size[0]}.png"))
    dialog.reject()


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_body_maps_words_stay_whole_and_clear_of_the_bodies(
    qtbot: QtBot, percent: int, language: str, translations_dir: Path
) -> None:
    """At 200 % the side words were written over the arms ("Left" cut by the outline)."""
    from PySide6.QtCore import QRectF

    from homestretch.ui import style
    from homestretch.ui.fit import text_fits, text_flags
    from homestretch.ui.language import install_language

    installed = install_language(language, translations_dir)
    style.set_text_size(percent)
    try:
        body_map = PainMap()
        qtbot.addWidget(body_map)
        body_map.resize(body_map.minimumSize())  # the smallest it is ever shown
        body_map.show()
        outlines = body_map.outlines()
        room = QRectF(body_map.rect())
        words = body_map.words()
        assert {w for w, _, _ in words} >= {body_map.tr("Left"), body_map.tr("Right")}
        for text, where, shape in words:
            assert room.contains(where), text
            flags = text_flags(Qt.AlignmentFlag.AlignCenter, wrap=False)
            assert text_fits(shape, where.toAlignedRect(), text, flags), text
            assert not any(outline.intersects(where) for outline in outlines), text
        for k, (_, one, _) in enumerate(words):
            assert not any(one.intersects(other) for _, other, _ in words[k + 1 :])
    finally:
        style.set_text_size(100)
        installed.remove()
