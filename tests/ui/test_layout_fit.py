"""Nothing cut, nothing overlapping: the real window in every state a patient sees, at the
screen sizes patients have, with no notice, one and two."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from homestretch.core.paths import BUNDLED_ROUTINE
from homestretch.core.timeline import SegmentKind
from homestretch.ui.main_window import MainWindow
from tests.helpers import FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.fitting import problems
from tests.ui.screens import NOTICES, RESTS_ROUTINE, SIZES, Walk, completed, rests, states

TITLE_AND_PANEL = 56
"""Pixels of a screen's height that a title bar and a desktop panel take."""


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def look_at_every_size(window: MainWindow, state: str) -> Iterator[str]:
    """Problems of this state at every size, with zero, one and two notices."""
    for count in range(len(NOTICES) + 1):
        for k, text in enumerate(NOTICES):
            window.add_notice(f"test{k}", text if k < count else "")
        for width, height in SIZES:
            wanted = (width, height - TITLE_AND_PANEL)
            window.resize(*wanted)
            settle()
            where = f"{state}, {width}x{height}, {count} notice(s)"
            if (window.width(), window.height()) != wanted:
                yield f"{where}: the window cannot be {wanted}, it needs {window.size().toTuple()}"
                continue
            for problem in problems(window):
                yield f"{where}: {problem}"


def save(
    window: MainWindow, folder: Path, state: str, screen: tuple[int, int] = (1366, 768)
) -> None:
    window.add_notice("test0", NOTICES[0])
    window.add_notice("test1", "")
    window.resize(screen[0], screen[1] - TITLE_AND_PANEL)
    settle()
    path = folder / f"{state.replace(' ', '-')}.png"
    assert window.grab().save(str(path))
    extra = os.environ.get("HOMESTRETCH_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / path.name)


WALKS = {"stopped session": states, "completed session": completed, "rests": rests}


@pytest.mark.parametrize("walk_name", list(WALKS))
def test_every_state_fits_every_screen(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, walk_name: str
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0)
    if walk_name == "rests":
        mine = window.paths.user_routines_dir / "rests.yaml"
        mine.parent.mkdir(parents=True, exist_ok=True)
        mine.write_text(RESTS_ROUTINE, encoding="utf-8")
        window.reload_routines(select=str(mine))
        assert window.routines_page.selected().routine is not None  # type: ignore[union-attr]
    walk = Walk(window, clock)
    seen: list[str] = []
    found: list[str] = []
    for state in WALKS[walk_name](walk):
        seen.append(state)
        if state == "rest between sets":
            assert window.session_view.reps.text() == "set 2 of 2 next"
        found.extend(look_at_every_size(window, state))
        save(window, tmp_path, state)
    assert seen  # the walk reached its states
    assert not found, "\n".join(found)


def test_the_check_finds_a_cut_word(qtbot: QtBot, make_window: MakeWindow) -> None:
    """The check itself: a label too narrow for its word is reported."""
    window = make_window(clock=FakeClock(), speed=1.0)
    window.routines_page.title.setText("Routines and a great deal more than fits")
    window.routines_page.title.setFixedWidth(80)
    settle()
    assert any("text cut" in p and "Routines and" in p for p in problems(window))


def test_the_check_finds_a_cut_choice(qtbot: QtBot) -> None:
    """A drop-down list too narrow for its chosen words ("All routine" at 200 %)."""
    from PySide6.QtWidgets import QComboBox, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    combo = QComboBox()
    combo.addItem("All routines")
    QVBoxLayout(top).addWidget(combo)
    top.show()
    settle()
    assert problems(top) == []
    combo.setFixedWidth(60)
    settle()
    assert any("text cut" in p and "All routines" in p for p in problems(top))


def test_the_check_finds_a_box_shorter_than_a_line(qtbot: QtBot, make_window: MakeWindow) -> None:
    """A box that scrolls may show few lines, but whole ones: at 200 % the routine's
    description was 24 px high for 40 px words, and showed only the halves of a line."""
    window = make_window(clock=FakeClock(), speed=1.0)
    page = window.routines_page
    page.details_scroll.setFixedHeight(page.details.fontMetrics().height() // 2)
    page.exercises.setFixedHeight(page.exercises.fontMetrics().height() // 2)
    settle()
    found = [p for p in problems(window) if "shorter than a line" in p]
    assert len(found) == 2, found
    assert any("QListWidget" in p or "_LeftoverList" in p for p in found), found


LANGUAGE_SIZES = ((1366, 768), (1024, 600))
"""German runs longest: the laptop and the small netbook screens."""


@pytest.mark.parametrize("walk_name", ["stopped session", "completed session"])
def test_every_state_fits_in_german(
    qtbot: QtBot, make_window: MakeWindow, translations_dir: Path, walk_name: str
) -> None:
    from homestretch.ui.language import install_language

    installed = install_language("de", translations_dir)
    try:
        clock = FakeClock()
        window = make_window(clock=clock, speed=1.0)
        assert window.routines_page.title.text() == "Programme"
        # The walk finds its moments by the English routine's phase names; the window's
        # texts are German all the same (the German routine's session fits:
        # tests/ui/test_routine_language.py).
        window.reload_routines(select=str(BUNDLED_ROUTINE))
        walk = Walk(window, clock)
        found: list[str] = []
        states_seen = []
        for state in WALKS[walk_name](walk):
            states_seen.append(state)
            window.add_notice("test0", NOTICES[0])
            for width, height in LANGUAGE_SIZES:
                window.resize(width, height - TITLE_AND_PANEL)
                settle()
                found.extend(f"{state}, {width}x{height}: {p}" for p in problems(window))
        walk.ready()
        window.show_history()
        page = window.history_view
        assert page is not None
        for width, height in LANGUAGE_SIZES:
            window.resize(width, height - TITLE_AND_PANEL)
            settle()
            found.extend(f"history, {width}x{height}: {p}" for p in problems(window))
            if width >= 1366 and page.table.horizontalScrollBar().isVisible():
                widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
                found.append(
                    f"history, {width}x{height}: the sessions table scrolls sideways "
                    f"({page.table.viewport().width()} px for {widths})"
                )
        assert states_seen
        assert not found, "\n".join(found)
    finally:
        installed.remove()


LARGE_TEXT_SCREEN = (1366, 768)
"""A common laptop screen: at 200 % text every page still shows every word whole."""

SMALL_SCREEN = (1024, 600)
"""A small laptop or netbook, where older patients raise the text size."""

LARGE_TEXTS = [
    *((walk, "en", LARGE_TEXT_SCREEN, 200) for walk in WALKS),
    *(
        (walk, language, SMALL_SCREEN, size)
        for walk in WALKS
        for language in ("en", "de")
        for size in (150, 200)
    ),
]
"""(walk, language, screen, text size): German has the longest words."""


def in_view(widget: QWidget, window: QWidget) -> bool:
    """Whether the whole of ``widget`` shows in ``window`` as it is, without scrolling."""
    if not widget.isVisible() or not widget.isVisibleTo(window):
        return False
    rect = widget.rect()
    current = widget
    while current is not window:
        parent = current.parentWidget()
        if parent is None:
            return False
        rect = rect.translated(current.pos())
        if not parent.rect().contains(rect):  # (a scroll area's viewport clips what it holds)
            return False
        current = parent
    return True


def sideways(window: QWidget) -> Iterator[str]:
    """Every box in ``window`` that must be scrolled sideways to read (a page, a table)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            yield f"scrolls sideways: {type(area).__name__}({area.objectName() or '-'})"
        elif area.isVisible() and area.horizontalScrollBar().maximum() > 0:
            yield f"scrolls sideways (no bar): {type(area).__name__}({area.objectName() or '-'})"


PRIMARY = {
    "routines": ("routines_page.start_button",),
    "prepare": (
        "session_view.toggle_button",
        "session_view.next_button",
        "session_view.stop_button",
    ),
    "work": ("session_view.toggle_button", "session_view.next_button", "session_view.stop_button"),
    "paused": (
        "session_view.toggle_button",
        "session_view.next_button",
        "session_view.stop_button",
    ),
    "done": ("session_view.checkin", "session_view.note"),
    "done with rating and note": ("session_view.note", "session_view.save_note_button"),
}
"""The actions a patient needs in each state, which must show without scrolling."""


def _primary(window: MainWindow, state: str) -> Iterator[tuple[str, QWidget]]:
    for path in PRIMARY.get(state, ()):
        owner: object = window
        for part in path.split("."):
            owner = getattr(owner, part)
        assert isinstance(owner, QWidget)
        yield path, owner


@pytest.mark.parametrize(("walk_name", "language", "screen", "size"), LARGE_TEXTS)
def test_every_state_fits_at_large_text_sizes(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    translations_dir: Path,
    walk_name: str,
    language: str,
    screen: tuple[int, int],
    size: int,
) -> None:
    """Nothing cut at 200 % on a laptop, at 150 % and 200 % on a netbook; at 150 % on the
    netbook each state's own actions (Start, Pause, Next, Stop, the check-in) show
    without scrolling, with a notice showing."""
    from homestretch.core.settings import Settings
    from homestretch.ui import style
    from homestretch.ui.language import install_language

    installed = install_language(language, translations_dir)
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, settings=Settings(text_size=size))
    try:
        assert style.text_factor() == size / 100
        if walk_name == "rests":
            mine = window.paths.user_routines_dir / "rests.yaml"
            mine.parent.mkdir(parents=True, exist_ok=True)
            mine.write_text(RESTS_ROUTINE, encoding="utf-8")
            window.reload_routines(select=str(mine))
        else:  # (the walk finds its moments by the English routine's phase names)
            window.reload_routines(select=str(BUNDLED_ROUTINE))
        window.add_notice("test0", NOTICES[0])  # (as a patient without espeak-ng sees it)
        width, height = screen
        window.resize(width, height - TITLE_AND_PANEL)
        walk = Walk(window, clock)
        found: list[str] = []
        where = f"{language}, {width}x{height}, {size} %"
        for state in WALKS[walk_name](walk):
            window.resize(width, height - TITLE_AND_PANEL)
            settle()
            found.extend(f"{state}, {where}: {p}" for p in problems(window))
            found.extend(f"{state}, {where}: {p}" for p in sideways(window))
            if size <= 150:
                found.extend(
                    f"{state}, {where}: {name} is out of view (the page must be scrolled)"
                    for name, widget in _primary(window, state)
                    if not in_view(widget, window)
                )
            save(window, tmp_path, f"{state}-{language}-{size}-{width}", screen)
        assert not found, "\n".join(found)
    finally:
        style.set_text_size(100)
        installed.remove()


@pytest.mark.parametrize(
    ("language", "screen", "size"),
    [
        (language, screen, size)
        for screen, size in ((LARGE_TEXT_SCREEN, 200), (SMALL_SCREEN, 150), (SMALL_SCREEN, 200))
        for language in ("en", "de")
    ],
)
def test_the_history_page_and_the_dialogs_fit_at_large_text_sizes(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    translations_dir: Path,
    language: str,
    screen: tuple[int, int],
    size: int,
) -> None:
    """English and German (the longest words); the history page does not scroll sideways."""
    from homestretch.core.settings import Settings
    from homestretch.ui import style
    from homestretch.ui.help_topics import HelpTopic
    from homestretch.ui.language import install_language
    from homestretch.ui.reminders import Reminders

    installed = install_language(language, translations_dir)
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, settings=Settings(text_size=size))
    reminders = Reminders(window, start=False, tray_available=False, autostart=False)
    try:
        width, height = screen
        window.add_notice("test0", NOTICES[0])  # (as a patient without espeak-ng sees it)
        window.resize(width, height - TITLE_AND_PANEL)
        walk = Walk(window, clock)
        for _ in completed(walk):  # a session in the history
            pass
        walk.key(Qt.Key.Key_Escape)
        window.show_history()
        settle()
        where = f"{language}, {width}x{height}, {size} %"
        found = [f"history, {where}: {p}" for p in problems(window)]
        page = window.history_view
        assert page is not None
        found.extend(f"history, {where}: {p}" for p in sideways(window))
        save(window, tmp_path, f"history-{language}-{size}-{width}", screen)
        dialogs: dict[str, tuple[Callable[[], object], Callable[[], QWidget]]] = {
            "speech settings": (window.open_speech_settings, lambda: window.speech_dialog),
            "language": (window.open_language_settings, lambda: window.language_dialog),
            "reminders": (reminders.open_dialog, lambda: reminders.dialog),
            "body map": (partial(window.open_pain_map, "before"), lambda: window.pain_map_dialog),
            **{
                f"help {t}": (partial(window.show_help, t), lambda: window.help_dialog)
                for t in HelpTopic
            },
        }
        for name, (open_it, shown) in dialogs.items():
            open_it()
            settle()
            dialog = shown()
            assert dialog.isVisible()
            # (this offscreen screen is larger: the dialog as large as a laptop's allows)
            dialog.resize(
                min(dialog.width(), width), min(dialog.height(), height - TITLE_AND_PANEL)
            )
            settle()
            found.extend(f"{name}, {where}: {p}" for p in problems(dialog))
            if not dialog.frameGeometry().height() <= height - TITLE_AND_PANEL:
                found.append(
                    f"{name}, {where}: taller than the screen, its buttons out of reach "
                    f"({dialog.size().toTuple()}, least {dialog.minimumSizeHint().toTuple()})"
                )
            if not dialog.frameGeometry().width() <= width:
                found.append(
                    f"{name}, {where}: wider than the screen, its words cut at its edge "
                    f"({dialog.size().toTuple()}, least {dialog.minimumSizeHint().toTuple()})"
                )
            dialog.close()
        assert not found, "\n".join(found)
    finally:
        reminders.close()
        style.set_text_size(100)
        installed.remove()


@pytest.mark.parametrize("notices", [0, 1])
def test_the_start_button_is_in_view_at_1366x768_without_scrolling(
    qtbot: QtBot, make_window: MakeWindow, notices: int
) -> None:
    """The routines page scrolls only where it must (large text, small screens): at an
    ordinary laptop's size, with a notice showing, Start is on screen as it opens."""
    window = make_window(clock=FakeClock())
    for k in range(notices):
        window.add_notice(f"test{k}", NOTICES[k])
    window.resize(1366, 768 - TITLE_AND_PANEL)
    settle()
    page = window.routines_page
    bar = page.scroller.verticalScrollBar()
    assert bar.maximum() == 0, f"the page scrolls by {bar.maximum()} px"
    assert in_view(page.start_button, window)


def test_notices_leave_a_session_its_room_at_twice_the_text_size(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """Two notices at 200 % took half a laptop's screen: the session's steps shrank to
    12 px, smaller than the text size asked for."""
    from homestretch.core.settings import Settings
    from homestretch.ui import style
    from homestretch.ui.main_window import NOTICE_SHARE

    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, settings=Settings(text_size=200))
    try:
        for k, text in enumerate(NOTICES):
            window.add_notice(f"test{k}", text)
        width, height = LARGE_TEXT_SCREEN
        window.resize(width, height - TITLE_AND_PANEL)
        walk = Walk(window, clock)
        walk.ready()
        walk.key(Qt.Key.Key_Space)
        walk.run_until(lambda: walk.segment_kind() is SegmentKind.WORK)
        settle()
        assert window.notice_bar.height() <= window.height() * NOTICE_SHARE
        assert window.notice_bar.font().pixelSize() >= style.text_px(style.FLOOR_PX)
        assert not problems(window), problems(window)
        # (the steps may still shrink to fit the screen, but not to the least size)
        assert window.session_view.steps.font().pixelSize() >= 1.5 * style.FLOOR_PX
    finally:
        style.set_text_size(100)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_start_button_is_in_view_at_1024x600_with_large_text(
    qtbot: QtBot, make_window: MakeWindow, translations_dir: Path, language: str
) -> None:
    """A netbook at 150 % text, with a notice showing: Start is on screen as the page opens
    (the pain check-in and the description used to push it below the fold)."""
    from homestretch.core.settings import Settings
    from homestretch.ui import style
    from homestretch.ui.language import install_language

    installed = install_language(language, translations_dir)
    window = make_window(clock=FakeClock(), settings=Settings(text_size=150))
    try:
        window.reload_routines(select=str(BUNDLED_ROUTINE))
        window.add_notice("test0", NOTICES[0])
        width, height = SMALL_SCREEN
        window.resize(width, height - TITLE_AND_PANEL)
        settle()
        page = window.routines_page
        bar = page.scroller.verticalScrollBar()
        assert bar.value() == 0
        assert in_view(page.start_button, window), page.start_button.geometry()
    finally:
        style.set_text_size(100)
        installed.remove()


def test_the_check_finds_a_wrapping_check_box_cut(qtbot: QtBot) -> None:
    """A check box whose words wrap fits in fewer pixels wide, not in fewer lines high."""
    from PySide6.QtWidgets import QVBoxLayout

    from homestretch.ui.fit import WrappingCheckBox

    top = QWidget()
    qtbot.addWidget(top)
    box = WrappingCheckBox("Start Homestretch in the tray when I log in")
    QVBoxLayout(top).addWidget(box)
    top.resize(box.sizeHint().width() // 2, 200)
    top.show()
    settle()
    assert box.width() < box.sizeHint().width()
    assert problems(top) == []  # (two lines, each whole)
    assert box.height() >= 2 * box.fontMetrics().lineSpacing()
    box.setFixedHeight(box.fontMetrics().height())
    settle()
    assert any("text cut" in p and "Start Homestretch" in p for p in problems(top))
