"""As a screen reader sees the window: every control on every page and dialog has a
name a person would say and the right role, and a session tells its phases."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.player import State
from homestretch.core.timeline import SegmentKind
from homestretch.ui.a11y import set_label, split_label, spoken
from homestretch.ui.help_topics import HelpTopic
from homestretch.ui.main_window import MainWindow
from homestretch.ui.pain import PainScale
from tests.helpers import FakeClock
from tests.ui.accessibility import controls, problems
from tests.ui.conftest import MakeWindow
from tests.ui.screens import Walk, completed, states


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


COUNTED: dict[str, int] = {}
"""How many controls each state showed (so a walk that saw nothing cannot pass)."""


def windows_problems(window: MainWindow, state: str) -> Iterator[str]:
    """Problems in the window and in every dialog it has open."""
    settle()
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.parent() is window]
    COUNTED[state] = sum(len(list(controls(top))) for top in dialogs) or len(list(controls(window)))
    for top in (window, *dialogs):
        for problem in problems(top):
            yield f"{state}: {problem}"


def test_labels_become_names_a_person_would_say() -> None:
    assert split_label("◀◀  Previous  (←)") == ("Previous", "Left")
    assert split_label("❚❚  Pause  (Space)") == ("Pause", "Space")
    assert split_label("Next (→) ▶▶") == ("Next", "Right")
    assert split_label("Save note\n(Ctrl+Enter)") == ("Save note", "Ctrl+Enter")
    assert split_label("&Quit") == ("Quit", "")
    # Words in brackets that are no key stay: they are part of what is said.
    assert spoken("How is your pain now? (optional)") == "How is your pain now? (optional)"
    assert spoken("WELL DONE ✓") == "WELL DONE"


def test_a_button_is_named_after_its_label_and_told_its_shortcut(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    set_label(button, "◀◀ Previous (←)")
    assert button.text() == "◀◀ Previous (←)"  # as shown
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface.text(QAccessible.Text.Name) == "Previous"
    assert interface.text(QAccessible.Text.Description) == "Shortcut: Left arrow"
    assert interface.role() is QAccessible.Role.Button


def test_every_pain_rating_says_its_number(qtbot: QtBot) -> None:
    scale = PainScale("How is your pain?")
    qtbot.addWidget(scale)
    names = [b.accessibleName() for b in scale.buttons]
    assert names[0] == "Pain 0 of 10: no pain"
    assert names[1] == "Pain 1 of 10"
    assert names[2] == "Pain 2 of 10"
    assert names[10] == "Pain 10 of 10: worst imaginable"
    assert len(set(names)) == 11
    assert all(str(k) in name for k, name in enumerate(names))
    assert scale.buttons[4].accessibleDescription() == "0 is no pain, 10 is worst imaginable"


def test_every_control_of_every_page_and_dialog_has_a_name_and_role(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    walk = Walk(window, clock)
    found: list[str] = []
    seen: list[str] = []
    for walked in (states(walk), completed(walk)):
        for state in walked:
            seen.append(state)
            found.extend(windows_problems(window, state))
    window.open_pain_map("after")
    found.extend(windows_problems(window, "body map"))
    window.pain_map_dialog.reject()
    walk.key(Qt.Key.Key_Escape)
    window.show_history()
    found.extend(windows_problems(window, "history"))
    window.open_speech_settings()
    found.extend(windows_problems(window, "speech settings"))
    window.speech_dialog.reject()
    for topic in HelpTopic:
        window.show_help(topic)
        found.extend(windows_problems(window, f"help {topic}"))
        window.help_dialog.close()
    assert {"routines", "work", "paused", "stopped", "done"} <= set(seen)
    assert not found, "\n".join(found)
    # The dialogs' own controls were looked at: the body map's and the speech settings'.
    assert COUNTED["body map"] >= 3
    assert COUNTED["speech settings"] >= 5
    assert COUNTED["routines"] >= 15  # (the list, the pain buttons, Start...)


def test_the_check_finds_glyphs_a_missing_name_and_a_wrong_role(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    glyphs = QPushButton("▶ Start (Space)", page)
    nameless = QPushButton("", page)
    page.show()
    found = "\n".join(problems(page))
    assert "glyphs '▶'" in found
    assert "no accessible name" in found
    set_label(glyphs, glyphs.text())
    nameless.setAccessibleName("Go")
    assert list(problems(page)) == []
    nameless.setCheckable(True)  # told as a check box: fine
    assert list(problems(page)) == []


def test_the_session_buttons_say_what_they_do(qtbot: QtBot, make_window: MakeWindow) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    walk = Walk(window, clock)
    walk.ready()
    view = window.session_view
    assert window.routines_page.start_button.accessibleName() == "Start"
    walk.key(Qt.Key.Key_Space)
    names = {b.accessibleName() for b in (view.previous_button, view.toggle_button)}
    assert names == {"Previous", "Pause"}
    assert view.toggle_button.accessibleDescription() == "Shortcut: Space"
    walk.key(Qt.Key.Key_Space)
    assert view.toggle_button.accessibleName() == "Resume"
    assert driver_state(window) is State.PAUSED


def driver_state(window: MainWindow) -> State | None:
    return None if window.driver is None else window.driver.state


def test_the_picture_says_the_position_and_the_side(qtbot: QtBot, make_window: MakeWindow) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    walk = Walk(window, clock)
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    picture = window.session_view.illustration
    assert picture.accessibleName() == "Picture: Sitting knee extension, right leg"
    # The side, then the figure's description, which says the position.
    assert picture.accessibleDescription().startswith(
        "Working the right leg. Sitting upright on a chair"
    )
    assert isinstance(picture, QWidget)
    interface = QAccessible.queryAccessibleInterface(picture)
    assert interface.text(QAccessible.Text.Name) == picture.accessibleName()
    assert interface.role() is QAccessible.Role.Graphic
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.SWITCH)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    assert picture.accessibleName() == "Picture: Sitting knee extension, left leg"


@pytest.mark.parametrize("muted", [False, True])
def test_a_session_announces_each_phase_once(
    qtbot: QtBot, make_window: MakeWindow, muted: bool
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, muted=muted)
    walk = Walk(window, clock)
    walk.ready()
    heard: list[str] = []
    window.session_view.announcer.announced.connect(heard.append)
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.SWITCH)
    phases = [h for h in heard if not h.isdigit()]
    assert phases[0] == "Get ready. Right leg."
    assert phases[1].startswith("Straighten")
    assert "Right leg. Rep 1 of" in phases[1] or "Right leg." in phases[1]
    segments = window.driver.player.segment.index + 1  # type: ignore[union-attr]
    assert len(phases) == segments  # one for each phase, never more
    counts = [h for h in heard if h.isdigit()]
    if muted:  # no tick sounds the last seconds: the screen reader is told them, once each
        assert counts[:3] == ["3", "2", "1"]
        assert len(counts) <= 3 * segments
    else:
        assert counts == []


def test_the_body_map_works_from_the_keyboard_and_says_each_area(qtbot: QtBot) -> None:
    from PySide6.QtTest import QTest

    from homestretch.core.checkin import REGIONS, area_name
    from homestretch.ui.pain import PainMapDialog

    dialog = PainMapDialog(())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.map.setFocus()
    interface = QAccessible.queryAccessibleInterface(dialog.map)
    assert interface.role() is QAccessible.Role.CheckBox
    QTest.keyClick(dialog.map, Qt.Key.Key_Right)
    first = REGIONS[0].id
    area = area_name(first).capitalize()  # (as the line under the map says it)
    assert interface.text(QAccessible.Text.Name) == f"{area}: not marked"
    assert dialog.pointed.text() == interface.text(QAccessible.Text.Name)
    assert not interface.state().checked
    QTest.keyClick(dialog.map, Qt.Key.Key_Space)
    assert dialog.map.areas() == (first,)
    assert interface.text(QAccessible.Text.Name) == f"{area}: marked"
    assert interface.state().checked
    QTest.keyClick(dialog.map, Qt.Key.Key_Left)  # round to the last area
    assert dialog.map.pointed == REGIONS[-1].id
    assert dialog.pointed.text().lower() == f"{area_name(REGIONS[-1].id)}: not marked"


def test_the_voice_box_is_labelled_voice(qtbot: QtBot, make_window: MakeWindow) -> None:
    """On Linux a combo box's name is its current item; its label comes by a relation."""
    window = make_window(clock=FakeClock(), speed=1.0)
    window.open_speech_settings()
    settle()
    interface = QAccessible.queryAccessibleInterface(window.speech_dialog.voice)
    labels = [
        other.text(QAccessible.Text.Name)
        for other, _relation in interface.relations(QAccessible.RelationFlag.Label)
    ]
    assert labels == ["Voice"]
    window.speech_dialog.reject()


def test_pausing_and_going_on_are_announced_once(qtbot: QtBot, make_window: MakeWindow) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, muted=True)
    walk = Walk(window, clock)
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
    heard: list[str] = []
    window.session_view.announcer.announced.connect(heard.append)
    walk.key(Qt.Key.Key_Space)
    clock.advance(2.0)  # paused: the seconds do not count down, nothing is said
    window.driver._wake()  # type: ignore[union-attr]
    walk.settle()
    assert heard == ["Paused."]
    walk.key(Qt.Key.Key_Space)
    assert heard == ["Paused.", "Going on."]
