"""Readable in every colour scheme: each text and background pair meets WCAG 2.2 AA, and
the window follows the chosen scheme (or the system's) at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Final

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from homestretch.core.history import HistoryLog
from homestretch.core.settings import ColourScheme, Settings, load_settings
from homestretch.ui import style
from homestretch.ui.history_view import EXERCISED_COLOUR
from homestretch.ui.pain import SCALE_COLOURS
from tests.helpers import FakeClock, Wall
from tests.ui.conftest import MakeWindow
from tests.ui.screens import RESTS_ROUTINE, Walk

AA = 4.5
"""WCAG 2.2 AA for text."""
AA_NON_TEXT = 3.0
"""WCAG 2.2 AA for large text and for what is not text (the focus ring)."""

TEXT_ON: dict[str, tuple[str, ...]] = {
    "text": ("window", "base", "alternate_base"),
    "button_text": ("button",),
    "highlighted_text": ("highlight",),
    "disabled_text": ("window", "base", "button"),
    "caution": ("window",),
    "done": ("window",),
    "muted": ("window", "base"),
    "warning": ("base", "alternate_base"),
    "notice_text": ("notice_background",),
}
"""Each text colour of a scheme, and the backgrounds it is drawn on."""


@pytest.fixture(autouse=True)
def back_to_light() -> Iterator[None]:
    """The scheme and text size are the application's: the next test starts in light."""
    yield
    style.apply_theme(style.LIGHT)
    style.set_text_size(100)


def test_the_contrast_ratio_is_wcags() -> None:
    assert style.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert style.contrast("#123456", "#123456") == pytest.approx(1.0)
    assert style.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert style.contrast("#FFFFFF", "#767676") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("scheme", list(style.THEMES))
def test_every_text_colour_of_every_scheme_meets_aa(scheme: ColourScheme) -> None:
    theme = style.THEMES[scheme]
    named = {f.name for f in fields(style.Theme)}
    assert (
        set(TEXT_ON) | {b for bs in TEXT_ON.values() for b in bs} | {"focus", "notice_edge"}
        == named
    )
    low = [
        f"{ink} {getattr(theme, ink)} on {ground} {getattr(theme, ground)}: "
        f"{style.contrast(getattr(theme, ink), getattr(theme, ground)):.2f}"
        for ink, grounds in TEXT_ON.items()
        for ground in grounds
        if style.contrast(getattr(theme, ink), getattr(theme, ground)) < AA
    ]
    assert not low, "\n".join(low)
    for ground in ("window", "base", "button"):
        assert style.contrast(theme.focus, getattr(theme, ground)) >= AA_NON_TEXT, ground


def test_the_fixed_pairs_meet_aa() -> None:
    pairs = {
        "advice": ("#FFFFFF", style.CAUTION_COLOUR),
        "left badge": ("#FFFFFF", style.LEFT_COLOUR),
        "right badge": ("#FFFFFF", style.RIGHT_COLOUR),
        "both badge": ("#FFFFFF", style.BOTH_COLOUR),
        **{f"pain {k}": (style.ink_on(c), c) for k, c in enumerate(SCALE_COLOURS)},
    }
    low = [
        f"{n}: {style.contrast(*pair):.2f}"
        for n, pair in pairs.items()
        if style.contrast(*pair) < AA
    ]
    assert not low, low


CHART_TEXT: Final = {"text": ("background",), "bar_text": ("bar", "background")}
"""The chart's texts and what they are drawn on (a bar's figure passes a short bar's end)."""
CHART_SHAPES: Final = ("grid", "axis", "before", "after", "bar_edge")
"""What the chart draws that is not text: against the chart's background."""


@pytest.mark.parametrize("scheme", list(style.THEMES))
def test_the_chart_colours_of_every_scheme_meet_aa(scheme: ColourScheme) -> None:
    theme = style.THEMES[scheme]
    chart = style.chart_colours(theme)
    named = {f.name for f in fields(style.ChartColours)}
    assert set(CHART_TEXT) | set(CHART_SHAPES) | {"background", "bar"} == named
    low = [
        f"{ink} {getattr(chart, ink)} on {ground} {getattr(chart, ground)}"
        for ink, grounds in CHART_TEXT.items()
        for ground in grounds
        if style.contrast(getattr(chart, ink), getattr(chart, ground)) < AA
    ]
    low += [
        f"{shape} {getattr(chart, shape)} on {chart.background}"
        for shape in CHART_SHAPES
        if style.contrast(getattr(chart, shape), chart.background) < AA_NON_TEXT
    ]
    assert not low, "\n".join(low)
    # Dark schemes draw dark charts: their background is the scheme's own.
    assert chart.background == theme.base
    # The calendar's green discs on the window, their white day numbers on the discs.
    assert style.contrast(EXERCISED_COLOUR, theme.window) >= AA_NON_TEXT
    assert style.contrast("#FFFFFF", EXERCISED_COLOUR) >= AA


def test_the_window_takes_the_chosen_scheme_and_keeps_it(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    clock = FakeClock()
    window = make_window(clock=clock, speed=1.0, settings=Settings(colour_scheme=ColourScheme.DARK))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(style.DARK.window)
    walk = Walk(window, clock)
    walk.ready()
    walk.key(Qt.Key.Key_Space)
    cautions = window.session_view.cautions
    assert cautions._colour == QColor(style.DARK.caution)
    window.display.scheme_actions[ColourScheme.HIGH_CONTRAST].trigger()
    assert app.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
    assert app.palette().color(QPalette.ColorRole.WindowText) == QColor("#FFFFFF")
    assert cautions._colour == QColor(style.HIGH_CONTRAST.caution)  # (a page already shown)
    saved = load_settings(window.paths.settings_file)
    assert saved.colour_scheme is ColourScheme.HIGH_CONTRAST


def test_following_the_system_follows_its_scheme_and_contrast(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(settings=Settings(colour_scheme=ColourScheme.SYSTEM))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()

    def window_colour() -> QColor:
        return app.palette().color(QPalette.ColorRole.Window)

    # What the desktop tells Qt when the patient switches it (the platform sends these).
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == QColor(style.DARK.window)
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert window_colour() == QColor(style.HIGH_CONTRAST.window)
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    # A scheme chosen in the menu wins over the system's.
    window.display.scheme_actions[ColourScheme.LIGHT].trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == QColor(style.LIGHT.window)


@pytest.mark.parametrize("contrast", list(Qt.ContrastPreference))
@pytest.mark.parametrize("colours", list(Qt.ColorScheme))
def test_the_system_scheme(colours: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> None:
    theme = style.system_theme(colours, contrast)
    if contrast is Qt.ContrastPreference.HighContrast:
        assert theme is style.HIGH_CONTRAST
    else:
        assert theme is (style.DARK if colours is Qt.ColorScheme.Dark else style.LIGHT)


def test_left_and_right_differ_without_colour(qtbot: QtBot) -> None:
    """The side badges say the side in words, point to it and stand on its side."""
    from homestretch.core.routine import Side
    from homestretch.ui.session_view import SideBadge

    badge = SideBadge()
    qtbot.addWidget(badge)
    badge.resize(900, 80)
    badge.show()
    assert "LEFT" in badge.left.text()
    assert "◀" in badge.left.text()
    assert "RIGHT" in badge.right.text()
    assert "▶" in badge.right.text()
    badge.show_side(Side.LEFT, both=False)
    QApplication.processEvents()
    assert badge.left.geometry().right() < badge.width() / 2
    badge.show_side(Side.RIGHT, both=False)
    QApplication.processEvents()
    assert badge.right.geometry().left() > badge.width() / 2
    assert badge.current() == "RIGHT LEG"


def test_a_routines_problems_take_the_schemes_warning_colour(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(clock=FakeClock(), speed=1.0)
    broken = window.paths.user_routines_dir / "no-picture.yaml"
    broken.parent.mkdir(parents=True, exist_ok=True)
    text = RESTS_ROUTINE.replace(
        "position: sitting", "position: sitting\n    illustration: gone.png", 1
    )
    broken.write_text(text, encoding="utf-8")  # a missing picture: a warning, listed
    window.reload_routines(select=str(broken))
    exercises = window.routines_page.exercises
    problems = [
        exercises.item(k)
        for k in range(exercises.count())
        if exercises.item(k).data(Qt.ItemDataRole.UserRole) is None
    ]
    assert problems, "the routine's problem is listed"
    window.display.scheme_actions[ColourScheme.DARK].trigger()
    QApplication.processEvents()  # (Qt posts the palette change)
    assert [p.foreground().color().name() for p in problems] == [
        QColor(style.DARK.warning).name()
    ] * len(problems)


def readable_pixels(image: QImage, area: QRect, background: QColor) -> list[QColor]:
    """The pixels in ``area`` of ``image`` that stand out from ``background`` as text must."""
    found = []
    for x in range(area.left(), area.right(), 2):
        for y in range(area.top(), area.bottom()):
            colour = image.pixelColor(x, y)
            if colour != background and style.contrast(colour.name(), background.name()) >= AA:
                found.append(colour)
    return found


@pytest.mark.parametrize("theme", [style.LIGHT, style.DARK, style.HIGH_CONTRAST])
def test_the_history_charts_and_calendar_are_drawn_in_the_scheme(
    qtbot: QtBot, log: HistoryLog, wall: Wall, theme: style.Theme
) -> None:
    """Made in light, then switched, as the patient does: the charts' background is the
    scheme's (dark in dark schemes), and their titles and the calendar's heading read
    against it."""
    from tests.ui.test_history_view import make_view, three_months

    three_months(log, wall)
    view = make_view(qtbot, log)
    style.apply_theme(theme)
    QApplication.processEvents()
    dark = style.luminance(theme.window) < style.luminance("#777777")
    chart_ground = QColor(style.chart_colours(theme).background)
    for chart_view in (view.pain_view, view.rates_view):
        image = chart_view.grab().toImage()
        assert image.width() > 300
        for x, y in ((4, 4), (image.width() - 5, image.height() - 5)):
            assert image.pixelColor(x, y) == chart_ground, chart_view.accessibleName()
        assert (style.luminance(chart_ground.name()) < 0.2) == dark
        title = QRect(0, 0, image.width(), style.text_px(40))
        inked = readable_pixels(image, title, chart_ground)
        assert len(inked) > 40, f"{chart_view.accessibleName()}: its title does not read"
    month = view.months[-1]
    image = month.grab().toImage()
    window = QColor(theme.window)
    assert image.pixelColor(2, 2) == window
    assert len(readable_pixels(image, QRect(0, 0, image.width(), 36), window)) > 40


@pytest.mark.parametrize("scheme", list(style.THEMES))
def test_the_close_up_panel_keeps_the_bodys_ink_readable(scheme: ColourScheme) -> None:
    """The second view's pale panel stayed pale in the dark schemes, under a light body and
    caption: the caption vanished."""
    from homestretch.ui.figure import panel_for

    text = style.THEMES[scheme].text
    assert style.contrast(panel_for(QColor(text)).name(), text) >= AA


@pytest.mark.parametrize("scheme", [ColourScheme.DARK, ColourScheme.HIGH_CONTRAST])
def test_notices_and_dialog_buttons_take_the_dark_schemes(
    qtbot: QtBot, make_window: MakeWindow, scheme: ColourScheme
) -> None:
    """No pale band left in a dark window (the notice), no dark picture on a dark button."""
    from homestretch.ui.help_topics import HelpTopic

    window = make_window(clock=FakeClock(), speed=1.0)
    window.add_notice("test", "Spoken instructions are off.")
    window.display.scheme_actions[scheme].trigger()
    QApplication.processEvents()
    theme = style.THEMES[scheme]
    bar = window.notice_bar
    picture = bar.grab().toImage()
    inside = picture.pixelColor(bar.width() // 2, picture.height() - 4)  # (below the words)
    assert inside.name().upper() == theme.notice_background.upper()
    window.display.scheme_actions[ColourScheme.LIGHT].trigger()
    QApplication.processEvents()
    picture = bar.grab().toImage()
    inside = picture.pixelColor(bar.width() // 2, picture.height() - 4)
    assert inside.name().upper() == style.LIGHT.notice_background.upper()
    window.display.scheme_actions[scheme].trigger()
    window.show_help(HelpTopic.ABOUT)
    buttons = window.help_dialog.buttons.buttons()
    assert buttons
    assert all(button.icon().isNull() for button in buttons)
    window.help_dialog.close()


def test_a_themed_style_sheet_names_only_the_schemes_colours(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel("Careful")
    qtbot.addWidget(label)
    style.themed_sheet(label, "color: $caution;")
    assert label.styleSheet() == f"color: {style.LIGHT.caution};"
    style.apply_theme(style.DARK)
    assert label.styleSheet() == f"color: {style.DARK.caution};"
    with pytest.raises(ValueError, match="cuation"):
        style.themed_sheet(label, "color: $cuation;")


@pytest.mark.parametrize("scheme", list(style.THEMES))
def test_the_editors_figure_pictures_take_the_schemes_ink(
    qtbot: QtBot, scheme: ColourScheme
) -> None:
    """They were black bodies on white boxes, pale boxes in a dark list."""
    from homestretch.ui.editor.picture import ICON_SIZE, bundled_figures, figure_icon

    theme = style.THEMES[scheme]
    style.apply_theme(theme)
    picture = figure_icon(bundled_figures()[0]).pixmap(ICON_SIZE * 2).toImage()
    assert picture.pixelColor(0, 0).alpha() == 0  # no box of its own
    inks = {
        picture.pixelColor(x, y).name().upper()
        for x in range(picture.width())
        for y in range(picture.height())
        if picture.pixelColor(x, y).alpha() == 255
    }
    assert theme.text.upper() in inks


@pytest.mark.parametrize("scheme", list(style.THEMES))
def test_the_sessions_tables_grid_shows_in_every_scheme(qtbot: QtBot, scheme: ColourScheme) -> None:
    """In high contrast the style drew the grid in black on black."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from homestretch.ui.session_table import SessionTable

    theme = style.THEMES[scheme]
    style.apply_theme(theme)
    table = SessionTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(2, 2)
    for row in range(2):
        model.setItem(row, 0, QStandardItem("Mon"))
        model.setItem(row, 1, QStandardItem("Sciatica relief"))
    table.setModel(model)
    table.resize(400, 200)
    table.show()
    QApplication.processEvents()
    picture = table.viewport().grab().toImage()
    line = table.columnWidth(0) - 1  # (the grid line at a column's right edge)
    grid = picture.pixelColor(line, table.rowHeight(0) // 2)
    assert style.contrast(grid.name(), theme.base) >= AA_NON_TEXT
