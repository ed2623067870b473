"""Fonts and colours of the window: one place for every style the pages share.

Sizes are in pixels at full size (a 1080p screen read from about three
metres); pages scale them with their window.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from string import Template
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from homestretch import colours
from homestretch.core.settings import ColourScheme

LEFT_COLOUR = colours.LEFT
"""The left leg: blue, on the left of the screen (the pictures' colours are in colours.py)."""
RIGHT_COLOUR = colours.RIGHT
"""The right leg: red, on the right of the screen."""
BOTH_COLOUR = colours.BOTH
"""Both legs together: green."""

CAUTION_COLOUR: Final = colours.CAUTION
"""Advice to stop and warnings, on screen and in the report: deep red."""
DONE_COLOUR: Final = colours.BOTH
"""Done: a day with exercise, a finished session (the green of both legs)."""
MARKED_COLOUR: Final = "#C62828"
"""A pain area the patient marked on the body map: red."""
MUTED_COLOUR: Final = colours.MUTED
"""Secondary text and unmarked outlines: grey."""
NOTICE_BACKGROUND: Final = "#FFF3CD"
"""A lasting notice's background in the light scheme (each scheme has its own: Theme)."""
NOTICE_EDGE: Final = "#E0C36A"
NOTICE_INK: Final = "#5C4400"

FOCUS_COLOUR: Final = "#0B57D0"
"""The focus ring: a strong blue, 3:1 or more against every background it is drawn on."""
FOCUS_WIDTH: Final = 3
"""Pixels: thick enough to see from a mat."""

NOTICE_STYLE: Final = (
    "background: $notice_background; color: $notice_text; border-radius: 8px; padding: 6px 12px;"
)
"""A lasting notice: something the patient should know (no voice, cannot save). A
template of the scheme's colours: give it to a widget with :func:`themed_sheet`."""
ADVICE_STYLE: Final = (
    f"background: {CAUTION_COLOUR}; color: white; border-radius: 10px; padding: 10px 16px;"
)
"""Advice to stop: unmissable."""


REFERENCE_POINTS: Final = 10.0
"""A desktop's usual font size: a system font larger than this makes our text larger too."""
LARGEST_TEXT: Final = 2.0
"""Text is never made more than twice its normal size (the setting and the system together)."""
BUTTON_GROWTH: Final = 1.3
"""Buttons grow at most this much with larger text (their words still fit)."""
_text: list[float] = [1.0]
_system_points: list[float] = []


def set_text_size(percent: int) -> None:
    """Text at ``percent`` of its normal size, times the system's font size (see
    :data:`REFERENCE_POINTS`), at most :data:`LARGEST_TEXT` times; the application's own
    font (menus, tooltips) grows with it. Pages made afterwards use it at once; a page
    already shown takes it when it is scaled again."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not _system_points:
        _system_points.append(app.font().pointSizeF())
    system = max(1.0, (_system_points[0] if _system_points else 0.0) / REFERENCE_POINTS)
    _text[0] = max(1.0, min(LARGEST_TEXT, percent / 100 * system))
    if isinstance(app, QApplication) and _system_points and _system_points[0] > 0:
        points = _system_points[0] * percent / 100
        if abs(app.font().pointSizeF() - points) > 0.01:  # (setting it anew resets fonts)
            base = app.font()
            base.setPointSizeF(points)
            app.setFont(base)


def text_factor() -> float:
    """How much larger than normal text is drawn (1 to :data:`LARGEST_TEXT`)."""
    return _text[0]


def text_px(size: int) -> int:
    """``size`` pixels of text at the chosen text size."""
    return max(1, round(size * _text[0]))


def font(size: int, *, bold: bool = False) -> QFont:
    """The application font at ``size`` pixels (times the chosen text size)."""
    result = QFont()
    result.setPixelSize(text_px(size))
    result.setBold(bold)
    return result


def pixel_font(px: int, *, bold: bool = False) -> QFont:
    """The application font at exactly ``px`` pixels (a size already scaled)."""
    result = QFont()
    result.setPixelSize(max(1, px))
    result.setBold(bold)
    return result


def mono_font(size: int) -> QFont:
    """The fixed-width font at ``size`` pixels (tables printed as text, such as a preview)."""
    from PySide6.QtGui import QFontDatabase

    result = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    result.setPixelSize(max(1, size))
    return result


def print_font(base: QFont, points: float, *, bold: bool = False) -> QFont:
    """``base`` at ``points`` for print, without ligatures: a PDF reader searching for
    "first" does not find it written with the "fi" ligature (U+FB01)."""
    result = QFont(base)
    result.setPointSizeF(points)
    result.setBold(bold)
    for tag in ("liga", "clig", "dlig"):
        result.setFeature(QFont.Tag(tag), 0)
    return result


BASE_PX = "homestretchBasePx"
"""Dynamic property: a widget's font size in pixels at full size."""
BASE_MIN = "homestretchBaseMin"
"""Dynamic property: a widget's minimum [width, height] at full size."""
FLOOR_PX = 12
"""No text is drawn smaller than this."""
FULL_SIZE = (1300, 860)
"""A page's size at which every font is at its full (three-metre) size."""


def page_scale(width: int, height: int, *, largest: float = 1.5) -> float:
    """How much to scale a page's fonts at this size: smaller windows shrink words in
    proportion instead of growing past the screen; larger ones grow them a little."""
    full_width, full_height = FULL_SIZE
    return max(0.5, min(largest, width / full_width, height / full_height))


def scalable(
    widget: QWidget, size: int, *, bold: bool = False, minimum: tuple[int, int] | None = None
) -> None:
    """Give ``widget`` a font of ``size`` pixels at full size (and a minimum size), which
    :func:`apply_scale` scales with its page."""
    widget.setFont(font(size, bold=bold))
    widget.setProperty(BASE_PX, size)
    if minimum is not None:
        widget.setProperty(BASE_MIN, list(minimum))
        widget.setMinimumSize(*minimum)


def apply_scale(root: QWidget, scale: float) -> None:
    """Fonts and minimum sizes of ``root`` and everything in it at ``scale`` times full size."""
    for widget in (root, *root.findChildren(QWidget)):
        base = widget.property(BASE_PX)
        if isinstance(base, int):
            px = max(FLOOR_PX, round(base * scale))
            if widget.font().pixelSize() != text_px(px):
                widget.setFont(font(px, bold=widget.font().bold()))
        minimum = widget.property(BASE_MIN)
        if isinstance(minimum, list | tuple) and len(minimum) == 2:
            grown = scale * text_factor()
            widget.setMinimumSize(round(minimum[0] * grown), round(minimum[1] * grown))


# -- colour schemes


@dataclass(frozen=True)
class Theme:
    """The colours of one scheme. Every text colour meets WCAG 2.2 AA (4.5:1) on the
    background it is drawn on; tests/ui/test_contrast.py checks each pair."""

    window: str
    text: str
    base: str
    """Lists, tables and text boxes."""
    alternate_base: str
    button: str
    button_text: str
    highlight: str
    """What is selected."""
    highlighted_text: str
    disabled_text: str
    """Greyed words, such as hints, still readable."""
    caution: str
    """Cautions and warnings, as text on the window."""
    done: str
    """Words for done, as text on the window (the calendar's legend)."""
    muted: str
    """Secondary text on the window."""
    warning: str
    """A routine's problems in a list (on the base colour)."""
    focus: str
    """The focus ring, 3:1 or more against the window and the base."""
    notice_background: str
    """A lasting notice (no voice, cannot save): a band that stands out from the window."""
    notice_text: str
    """The words of a notice, on its background."""
    notice_edge: str
    """A notice's frame, where it has one."""


LIGHT: Final = Theme(
    window="#EFEFEF",
    text="#000000",
    base="#FFFFFF",
    alternate_base="#F7F7F7",
    button="#EFEFEF",
    button_text="#000000",
    highlight="#0B57D0",
    highlighted_text="#FFFFFF",
    disabled_text="#5F5F5F",
    caution=CAUTION_COLOUR,
    done="#1B5E20",
    muted="#575757",
    warning="#7A5F00",
    focus=FOCUS_COLOUR,
    notice_background=NOTICE_BACKGROUND,
    notice_text=NOTICE_INK,
    notice_edge=NOTICE_EDGE,
)
DARK: Final = Theme(
    window="#1E1E1E",
    text="#EDEDED",
    base="#262626",
    alternate_base="#2E2E2E",
    button="#333333",
    button_text="#EDEDED",
    highlight="#8AB4F8",
    highlighted_text="#0B1A33",
    disabled_text="#A8A8A8",
    caution="#FF8A80",
    done="#81C784",
    muted="#B5B5B5",
    warning="#FFD54F",
    focus="#8AB4F8",
    notice_background="#3D3320",
    notice_text="#FFE8A3",
    notice_edge="#8A7433",
)
HIGH_CONTRAST: Final = Theme(
    window="#000000",
    text="#FFFFFF",
    base="#000000",
    alternate_base="#141414",
    button="#000000",
    button_text="#FFFFFF",
    highlight="#FFFF00",
    highlighted_text="#000000",
    disabled_text="#C8C8C8",
    caution="#FFA8A8",
    done="#8CFF8C",
    muted="#E0E0E0",
    warning="#FFFF00",
    focus="#FFFF00",
    notice_background="#000000",
    notice_text="#FFFF00",
    notice_edge="#FFFF00",
)
THEMES: Final = {
    ColourScheme.LIGHT: LIGHT,
    ColourScheme.DARK: DARK,
    ColourScheme.HIGH_CONTRAST: HIGH_CONTRAST,
}
"""Each chosen scheme's colours (SYSTEM picks one of them, see :func:`theme_for`)."""


@dataclass(frozen=True)
class ChartColours:
    """The colours of the history page's charts in one scheme: text meets 4.5:1 and the
    lines, dots, bar edges, axes and grid 3:1 against the chart's background (the bars'
    figures 4.5:1 on the bars too); tests/ui/test_contrast.py checks each. The PDF report
    is paper: it keeps the light colours of :mod:`homestretch.colours`."""

    background: str
    text: str
    """Titles, axis labels and the legend."""
    grid: str
    axis: str
    before: str
    """Pain before a session: an orange."""
    after: str
    """Pain after a session: a teal (told apart from orange also with red-green colour
    blindness, and by its thinner line and smaller dots)."""
    bar: str
    """The completion bars' fill (their edge makes their shape)."""
    bar_edge: str
    bar_text: str
    """The percentage on each bar (drawn on the bar and, past a short bar, beside it)."""


CHART_COLOURS: Final = {
    LIGHT: ChartColours(
        background=LIGHT.base,
        text=LIGHT.text,
        grid="#8C8C8C",
        axis=LIGHT.muted,
        before=colours.PAIN_BEFORE,
        after=colours.PAIN_AFTER,
        bar=colours.BAR,
        bar_edge=colours.BOTH,
        bar_text=colours.BAR_TEXT,
    ),
    DARK: ChartColours(
        background=DARK.base,
        text=DARK.text,
        grid="#7A7A7A",
        axis=DARK.muted,
        before="#FF9E5E",
        after="#4DB6AC",
        bar="#1E4620",
        bar_edge=DARK.done,
        bar_text=DARK.text,
    ),
    HIGH_CONTRAST: ChartColours(
        background=HIGH_CONTRAST.base,
        text=HIGH_CONTRAST.text,
        grid="#8A8A8A",
        axis=HIGH_CONTRAST.text,
        before="#FFA040",
        after="#40E0D0",
        bar="#1A4D1A",
        bar_edge=HIGH_CONTRAST.done,
        bar_text=HIGH_CONTRAST.text,
    ),
}
"""Each scheme's chart colours (keyed by its :class:`Theme`)."""


def chart_colours(theme: Theme | None = None) -> ChartColours:
    """The chart colours of ``theme`` (default: the scheme in use; a theme of no scheme
    takes the dark or the light scheme's, by its window)."""
    theme = current_theme() if theme is None else theme
    if theme in CHART_COLOURS:
        return CHART_COLOURS[theme]
    return CHART_COLOURS[DARK if luminance(theme.window) < luminance("#777777") else LIGHT]


INK_PROPERTY = "homestretchInk"
"""Dynamic property: the :class:`Theme` field a widget's text colour follows."""
SHEET_PROPERTY = "homestretchSheet"
"""Dynamic property: a widget's style sheet as a template of :class:`Theme` fields."""


def theme_for(scheme: ColourScheme) -> Theme:
    """The colours for ``scheme``; SYSTEM follows the desktop's light or dark scheme and its
    high-contrast preference (Qt 6.10's accessibility hints)."""
    if scheme is not ColourScheme.SYSTEM:
        return THEMES[scheme]
    return system_theme(system_colours(), system_contrast())


def system_colours() -> Qt.ColorScheme:
    """Whether the desktop is light or dark (Qt 6.5 and up; else unknown)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown


def system_contrast() -> Qt.ContrastPreference | None:
    """Whether the desktop asks for high contrast (Qt 6.10 and up; else None)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        return None
    preference: Qt.ContrastPreference = hints.accessibility().contrastPreference()
    return preference


def system_theme(colours: Qt.ColorScheme, contrast: Qt.ContrastPreference | None) -> Theme:
    """The scheme for a desktop that is light or dark (``colours``) and may ask for high
    contrast: high contrast first, then dark, else light."""
    if contrast is Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST
    return DARK if colours is Qt.ColorScheme.Dark else LIGHT


def palette(theme: Theme) -> QPalette:
    """A Qt palette of ``theme``'s colours."""
    role = QPalette.ColorRole
    result = QPalette()
    for which, colour in (
        (role.Window, theme.window),
        (role.WindowText, theme.text),
        (role.Base, theme.base),
        (role.AlternateBase, theme.alternate_base),
        (role.Text, theme.text),
        (role.Button, theme.button),
        (role.ButtonText, theme.button_text),
        (role.Highlight, theme.highlight),
        (role.HighlightedText, theme.highlighted_text),
        (role.ToolTipBase, theme.base),
        (role.ToolTipText, theme.text),
        (role.PlaceholderText, theme.disabled_text),
        (role.BrightText, theme.highlighted_text),
        (role.Link, theme.focus),
        (role.Mid, theme.muted),
        (role.Accent, theme.highlight),
    ):
        result.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(disabled, which, QColor(theme.disabled_text))
    return result


_current: list[Theme] = [LIGHT]


def current_theme() -> Theme:
    """The colours in use (light until :func:`apply_theme` says otherwise)."""
    return _current[-1]


def ink(widget: QWidget, field: str | None) -> None:
    """Draw ``widget``'s text in the theme's ``field`` colour ("caution", "done"...), now
    and whenever the scheme changes (None: the usual text colour again)."""
    if field is not None and field not in {f.name for f in fields(Theme)}:
        raise ValueError(field)
    widget.setProperty(INK_PROPERTY, field)
    if field is None:
        set_colour = getattr(widget, "set_colour", None)
        if set_colour is not None:
            set_colour(None)
        widget.setPalette(QPalette())
        return
    _apply_ink(widget, current_theme())


def themed_sheet(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` with ``$field`` standing for the scheme's
    colours (``"color: $caution;"``, :data:`NOTICE_STYLE`), now and whenever the scheme
    changes: a colour written into a style sheet would stay when the scheme changes."""
    names = {f.name for f in fields(Theme)}
    unknown = {
        m.group("named") or m.group("braced")
        for m in Template.pattern.finditer(template)
        if (m.group("named") or m.group("braced"))
    } - names
    if unknown:
        raise ValueError(sorted(unknown))
    widget.setProperty(SHEET_PROPERTY, template)
    _apply_ink(widget, current_theme())


def sheet_for(template: str, theme: Theme) -> str:
    """``template`` (see :func:`themed_sheet`) in ``theme``'s colours."""
    return Template(template).safe_substitute(asdict(theme))


def _apply_ink(widget: QWidget, theme: Theme) -> None:
    template = widget.property(SHEET_PROPERTY)
    if isinstance(template, str):
        sheet = sheet_for(template, theme)
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)
    field = widget.property(INK_PROPERTY)
    if not isinstance(field, str):
        return
    colour = getattr(theme, field)
    set_colour = getattr(widget, "set_colour", None)  # a FitLabel paints its own text
    if set_colour is not None:
        set_colour(colour)
    else:
        own = widget.palette()
        own.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        own.setColor(QPalette.ColorRole.Text, QColor(colour))
        widget.setPalette(own)


def apply_theme(theme: Theme) -> None:
    """Use ``theme`` in the whole application: its palette (the focus ring follows it) and
    the text colours of widgets given one with :func:`ink`."""
    _current.append(theme)
    del _current[:-1]
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.setPalette(palette(theme))
    for widget in app.allWidgets():
        _apply_ink(widget, theme)


def ink_on(background: str) -> str:
    """Black or white text, whichever reads better on ``background``."""
    return (
        "#000000"
        if contrast(background, "#000000") >= contrast(background, "#FFFFFF")
        else "#FFFFFF"
    )


def luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of a ``#RRGGBB`` colour."""
    value = QColor(colour)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(value.redF())
        + 0.7152 * channel(value.greenF())
        + 0.0722 * channel(value.blueF())
    )


def contrast(one: str, other: str) -> float:
    """WCAG 2.2 contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
