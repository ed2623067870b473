"""Fonts and colours of the window: one place for every style the pages share.

Sizes are in pixels at full size (a 1080p screen read from about three
metres); pages scale them with their window.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from homestretch import colours

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
NOTICE_EDGE: Final = "#E0C36A"
NOTICE_INK: Final = "#5C4400"

NOTICE_STYLE: Final = (
    f"background: {NOTICE_BACKGROUND}; color: {NOTICE_INK}; border-radius: 8px; padding: 6px 12px;"
)
"""A lasting notice: something the patient should know (no voice, cannot save)."""
ADVICE_STYLE: Final = (
    f"background: {CAUTION_COLOUR}; color: white; border-radius: 10px; padding: 10px 16px;"
)
"""Advice to stop: unmissable."""


def font(size: int, *, bold: bool = False) -> QFont:
    """The application font at ``size`` pixels."""
    result = QFont()
    result.setPixelSize(max(1, size))
    result.setBold(bold)
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
            if widget.font().pixelSize() != px:
                widget.setFont(font(px, bold=widget.font().bold()))
        minimum = widget.property(BASE_MIN)
        if isinstance(minimum, list | tuple) and len(minimum) == 2:
            widget.setMinimumSize(round(minimum[0] * scale), round(minimum[1] * scale))
