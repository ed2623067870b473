"""Fonts, sizes and colours of the printed documents (the report, the handout): one place.

The colours are the app's own (:mod:`homestretch.colours`), so a left leg is
the same blue on screen and on paper. Font *names* live here; which files
they come from is :mod:`homestretch.documents.pdf`'s business (it registers
them under these names before anything is drawn).

Sizes are in points. Each document picks a body size and every other size
follows from it (:func:`text_styles`): the report is compact (a period of
years has thousands of rows), the handout is large type for patients.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from homestretch import colours

# -- fonts (registered by documents.pdf.register_fonts under these names)

FONT: Final = "HomestretchSans"
"""The body font (DejaVu Sans or a font covering the same scripts: Latin, Greek, Cyrillic)."""
FONT_BOLD: Final = "HomestretchSans-Bold"
FALLBACK_FONT: Final = "HomestretchFallback"
"""For characters the body font lacks (Chinese, Japanese, Korean); registered when needed."""

# -- sizes, in points

REPORT_BODY_PT: Final = 9.5
"""The report's body text: compact, for a physiotherapist's desk."""
HANDOUT_BODY_PT: Final = 13.0
"""The handout's body text: large type for patients."""
MIN_HANDOUT_BODY_PT: Final = 12.0
"""No handout body text is smaller than this (tests check the handout against it)."""
FOOTER_PT: Final = 7.5
"""The footer ("page 2 of 5") of every document."""
MARGINS_MM: Final = (16.0, 14.0, 16.0, 14.0)
"""Page margins (left, top, right, bottom), in millimetres."""
FOOTER_MM: Final = 7.0
"""Room kept above the bottom margin for the footer, in millimetres."""

# -- colours (#RRGGBB; :func:`color` makes a reportlab colour of one)

INK: Final = "#1E1E1E"
"""Text."""
MUTED: Final = colours.MUTED
"""Secondary text: notes under a table, the footer."""
CAUTION: Final = colours.CAUTION
"""Warnings, advice to stop."""
RULE: Final = "#C8C8C8"
"""Lines between table rows, the calendar's cells."""
HEADING_RULE: Final = "#78909C"
"""The line under a section heading."""
HEADER_FILL: Final = "#E8EEF3"
"""Behind a table's header row."""
GROUP_FILL: Final = "#F5F5F5"
"""Behind a row that starts a group of rows (a month)."""
EXERCISED_FILL: Final = "#81C784"
"""A calendar day with exercise (a lighter shade of the app's green, so its figures read)."""
OUTSIDE: Final = "#AFAFAF"
"""Calendar days outside the period."""
PAIN_BEFORE: Final = colours.PAIN_BEFORE
PAIN_AFTER: Final = colours.PAIN_AFTER
BAR: Final = colours.BAR
BAR_EDGE: Final = colours.BOTH
BAR_TEXT: Final = colours.BAR_TEXT
LEFT: Final = colours.LEFT
"""The left leg, as in the window's pictures."""
RIGHT: Final = colours.RIGHT
"""The right leg."""
BOTH: Final = colours.BOTH
"""Both legs at once."""
RESTING_LEG: Final = colours.RESTING_LEG


def color(hex_rgb: str) -> Color:
    """A reportlab colour from ``#RRGGBB``."""
    return HexColor(hex_rgb)


@dataclass(frozen=True)
class TextStyles:
    """The paragraph styles of one document, all sized from its body size."""

    body_pt: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    warning: ParagraphStyle
    small: ParagraphStyle
    """Explanations under a table or chart, muted."""
    table: ParagraphStyle
    table_bold: ParagraphStyle
    table_right: ParagraphStyle
    table_centre: ParagraphStyle

    @property
    def table_pt(self) -> float:
        return self.table.fontSize


def text_styles(body_pt: float) -> TextStyles:
    """Every paragraph style of a document whose body text is ``body_pt`` points."""
    ink = color(INK)

    def style(
        name: str,
        size: float,
        *,
        bold: bool = False,
        colour: str = INK,
        leading: float = 1.25,
        align: Literal[0, 1, 2] = 0,  # left, centre, right (reportlab's TA_*)
        before: float = 0.0,
        after: float = 0.0,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=FONT_BOLD if bold else FONT,
            fontSize=size,
            leading=size * leading,
            textColor=color(colour) if colour != INK else ink,
            alignment=align,
            spaceBefore=before,
            spaceAfter=after,
        )

    table_pt = round(body_pt * 0.9, 2)
    return TextStyles(
        body_pt=body_pt,
        title=style("title", body_pt * 2.0, bold=True, leading=1.2, after=1 * mm),
        subtitle=style("subtitle", body_pt * 1.2, bold=True, after=1 * mm),
        heading=style("heading", body_pt * 1.37, bold=True, leading=1.2, before=5 * mm),
        body=style("body", body_pt, after=1.5 * mm),
        bold=style("bold", body_pt, bold=True, after=1 * mm),
        warning=style("warning", body_pt, colour=CAUTION, after=1.5 * mm),
        small=style("small", body_pt * 0.79, colour=MUTED, after=1.5 * mm),
        table=style("table", table_pt, leading=1.2),
        table_bold=style("table_bold", table_pt, bold=True, leading=1.2),
        table_right=style("table_right", table_pt, leading=1.2, align=2),
        table_centre=style("table_centre", table_pt, leading=1.2, align=1),
    )
