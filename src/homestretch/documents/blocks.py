"""What a printed document is made of: plain, Qt-free and reportlab-free content blocks.

A document's content (:mod:`homestretch.documents.report`,
:mod:`homestretch.documents.handout`) is a
:class:`Document`: a list of these blocks, with every word and figure already
decided. :mod:`homestretch.documents.render` turns the blocks into pages; it
decides nothing about what is said. So tests can check a document's content
without making a PDF, and every document looks the same.

All text here is plain text, as the user or a file wrote it: the renderer
escapes it (a note ``<b>x</b>`` prints as written).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from homestretch.core.pose import Figure, Pose
    from homestretch.core.routine import Side


class Style(StrEnum):
    """The kinds of running text (sizes and colours in :mod:`~homestretch.documents.styles`)."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    """Over a title: larger, bold and muted."""
    BODY = "body"
    BOLD = "bold"
    SMALL = "small"
    """An explanation under a table or chart: smaller and muted."""
    WARNING = "warning"
    """Body text in the caution colour."""
    ALERT = "alert"
    """Bold, in the caution colour (the stop rule)."""
    NOTE = "note"
    """Body size, muted (what a picture shows, or why there is none)."""


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTRE = "centre"


@dataclass(frozen=True)
class Text:
    """A paragraph; line breaks in ``text`` are kept."""

    text: str
    style: Style = Style.BODY
    lead: str = ""
    """Words in bold before the text (``How often:``)."""


@dataclass(frozen=True)
class Heading:
    """A section title, kept on one page with the start of what follows."""

    text: str


@dataclass(frozen=True)
class Column:
    title: str
    share: float
    """Share of the table's width."""
    align: Align = Align.LEFT
    wrap: bool = False
    """Long text wraps onto more lines (otherwise a cell is one line)."""


@dataclass(frozen=True)
class Group:
    """A row that starts a group of rows (a month): its title spans the table, and a
    page that breaks the group repeats it, "(continued)", under the header row."""

    title: str


Row = Sequence[str]


@dataclass(frozen=True)
class Table:
    """Rows of cells; on each page a long table goes on to, its header row is repeated."""

    columns: Sequence[Column]
    rows: Sequence[Row | Group]
    width: float = 1.0
    """Share of the page's width."""
    header: bool = True
    bold_first: bool = False
    """The first column in bold (a table of labels and values)."""


@dataclass(frozen=True)
class CalendarMonth:
    year: int
    month: int
    title: str
    """"March 2026"."""


@dataclass(frozen=True)
class Calendar:
    """Month grids, Monday first: days with a count are filled, days outside the period
    greyed."""

    months: Sequence[CalendarMonth]
    counts: Mapping[date, int]
    """Sessions that count on each day (days without any may be left out)."""
    since: date
    until: date
    day_names: Sequence[str]
    """Monday to Sunday, as the grid's column titles ("Mo", "Tu"...)."""


@dataclass(frozen=True)
class Series:
    """One line of a line chart; x in days since the epoch (local time), y as plotted."""

    name: str
    colour: str
    """``#RRGGBB``."""
    points: Sequence[tuple[float, float]]
    markers: bool
    marker_size: float
    """Diameter of a dot, in points."""
    line_width: float


@dataclass(frozen=True)
class LineChart:
    title: str
    series: Sequence[Series]
    x_range: tuple[float, float]
    x_ticks: Sequence[tuple[float, str]]
    y_range: tuple[float, float]
    y_ticks: Sequence[tuple[float, str]]
    y_title: str
    legend: bool = True


@dataclass(frozen=True)
class Bar:
    label: str
    percent: int
    """0-100, written on the bar as "N %"."""


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars from 0 to 100 %, the first bar at the top."""

    title: str
    bars: Sequence[Bar]
    percent: str = "{value} %"
    """How a percentage is written, in the document's language (``{value}`` filled in)."""


class Tone(StrEnum):
    INFO = "info"
    """A light panel, edged like a heading's rule."""
    CAUTION = "caution"
    """White, edged in the caution colour."""


@dataclass(frozen=True)
class Box:
    """Paragraphs in a framed panel across the page."""

    texts: Sequence[Text]
    tone: Tone = Tone.INFO


@dataclass(frozen=True)
class Items:
    """A list: numbered (1., 2., ...) or bulleted; each item in its own style."""

    items: Sequence[Text]
    numbered: bool = False


@dataclass(frozen=True)
class WriteIn:
    """Lines to write on, each after its label ("" continues the line above)."""

    labels: Sequence[str]


@dataclass(frozen=True)
class Gap:
    """Empty space down the page."""

    mm: float


@dataclass(frozen=True)
class PageBreak:
    """What follows starts a new page."""


@dataclass(frozen=True)
class Still:
    """One still of a figure, with its caption ("Start", "End")."""

    caption: str
    pose: Pose


@dataclass(frozen=True)
class Stills:
    """A figure's stills drawn as vector pictures: side by side with an arrow between
    them, or one above the other for a figure much wider than tall (lying down)."""

    figure: Figure
    stills: Sequence[Still]
    side: Side | None = None
    """The side drawn working (None: no one side)."""
    both_legs: bool = False


@dataclass(frozen=True)
class Picture:
    """A picture file (PNG, JPEG), never printed larger than its pixels at print
    resolution; ``unreadable`` is printed in its place when it cannot be read."""

    path: Path
    height_mm: float
    unreadable: str


@dataclass(frozen=True)
class TickColumn:
    title: str
    width_mm: float | None
    """None: the rest of the page's width."""
    ticks: bool = False
    """Each row has a box to tick in this column."""
    align: Align = Align.LEFT


@dataclass(frozen=True)
class TickTable:
    """A table to fill in by hand, in body-size type: a header row (repeated on each
    page), rows of ``row_mm`` to write in, tick boxes in the columns that have them,
    a thick rule after every ``rule_every`` rows (a week)."""

    columns: Sequence[TickColumn]
    rows: Sequence[Row]
    """The printed cells; a tick column's cell is ignored."""
    row_mm: float
    rule_every: int = 0


@dataclass(frozen=True)
class Keep:
    """Blocks never split over two pages (an exercise: its picture stays with its steps)."""

    blocks: Sequence[Block]


Block = (
    Text
    | Heading
    | Table
    | Calendar
    | LineChart
    | BarChart
    | Box
    | Items
    | WriteIn
    | Gap
    | PageBreak
    | Stills
    | Picture
    | TickTable
    | Keep
)


@dataclass(frozen=True)
class Document:
    """A whole document: what the PDF says about itself and its blocks, in order."""

    title: str
    """The PDF's title (its metadata)."""
    footer: str
    """Left of "page N of M" at the foot of every page."""
    blocks: Sequence[Block] = field(default_factory=list)
    subject: str = ""
    page_of: str = "page {page} of {pages}"
    """Right of the footer on every page: ``{page}`` and ``{pages}`` filled in."""
    continued: str = "{title} (continued)"
    """A table's group row repeated at the top of the next page (``{title}`` filled in)."""
