"""Document blocks on PDF pages: the one renderer of the printed documents (reportlab).

:func:`render_document` lays out a :class:`~homestretch.documents.blocks.Document`
with platypus (flowing text; tables whose header row repeats on every page they
go on to; a heading kept on the page with what follows it) and draws its charts
as vector graphics with ``reportlab.graphics``. What to say is decided in the
content modules; how it looks comes from :mod:`~homestretch.documents.styles`.

Every text from a file or a user goes through :func:`~homestretch.documents.pdf.markup`
(a paragraph) or :func:`~homestretch.documents.pdf.font_for` (a string drawn
directly), so it prints as written, in a font that has its letters.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any, Final

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
)
from reportlab.platypus import PageBreak as NewPage
from reportlab.platypus import Table as GridTable
from reportlab.platypus import TableStyle as GridStyle
from reportlab.platypus.flowables import HRFlowable

from homestretch.core.files import FileReadError, read_regular_file
from homestretch.core.phrases import join_sentences
from homestretch.core.pose import Pose
from homestretch.core.routine import MAX_PICTURE_BYTES
from homestretch.documents import pdf, styles
from homestretch.documents.blocks import (
    Align,
    BarChart,
    Block,
    Box,
    Calendar,
    CalendarMonth,
    Document,
    Gap,
    Group,
    Heading,
    Items,
    Keep,
    LineChart,
    PageBreak,
    Picture,
    Stills,
    Style,
    Table,
    Text,
    TickColumn,
    TickTable,
    Tone,
    WriteIn,
)
from homestretch.documents.figures import arrow_drawing, new_drawing, pose_drawing, rect
from homestretch.documents.styles import TextStyles, color

CELL_PAD_MM: Final = (1.2, 0.75)
"""Padding inside a table cell, across and down."""
HEADING_KEEP_MM: Final = 20.0
"""A heading goes to the next page unless this much of what follows fits under it."""
CHART_HEIGHT_MM: Final = 62.0
BAR_MM: Final = 7.0
"""Height of one bar of a bar chart (the chart grows with its bars)."""
CALENDAR_DAY_MM: Final = 6.2
"""Height of a day in the calendar (its width follows the page)."""
CALENDAR_PER_ROW: Final = 3
CALENDAR_GAP_MM: Final = 7.0
PRINT_DPI: Final = 300
"""A picture file is never printed larger than its pixels at this resolution."""
STILL_HEIGHT_MM: Final = 50.0
"""The most height a still of a figure takes, side by side."""
STACK_ASPECT: Final = 2.2
"""A figure wider than this for its height (lying down) has its stills one above the other."""
STACK_HEIGHT_MM: Final = 42.0
"""The most height one still of a stacked figure takes."""
STACK_CAPTION_MM: Final = 22.0
"""Room on the left of a stacked still for its caption."""
ARROW_MM: Final = 14.0
"""The width of the arrow between two stills."""
TICK_BOX_MM: Final = 7.0
"""A tick box."""
WRITE_IN_MM: Final = 12.0
"""The height of a line to write on."""
LIST_INDENT_MM: Final = 8.0
"""Where a list item's text starts (its number or bullet hangs left of it)."""

Progress = Callable[[float], None]
"""Told how far a document is made (0 to 1), from whatever thread makes it."""


def render_document(
    document: Document,
    text: TextStyles,
    *,
    paper: pdf.Paper = pdf.Paper.A4,
    progress: Progress | None = None,
) -> bytes:
    """The PDF of ``document`` on ``paper``, its text in ``text``'s styles.

    Args:
        progress: told how far the rendering is (0 to 1), now and then.

    Raises:
        FontError: no font for the PDF is installed.
    """
    pdf.register_fonts()
    width, height = pdf.frame_size(paper)
    tracker = _Tracker(progress)
    renderer = _Renderer(text, width, height, tracker, continued=document.continued)
    story = renderer.flowables(document.blocks)
    tracker.started()
    info = pdf.DocumentInfo(
        document.title, document.footer, document.subject, page_of=document.page_of
    )
    return pdf.render(
        story, info, paper=paper, progress=tracker.laid_out if progress is not None else None
    )


class _Tracker:
    """How far the rendering is: the larger of the share of flowables laid out and the
    share of table rows drawn (a long table is one flowable that takes most of the time)."""

    def __init__(self, tell: Progress | None) -> None:
        self.tell = tell
        self.rows_total = 0
        self.rows_drawn = 0
        self.flowables = 0.0
        self.shown = -1.0

    def started(self) -> None:
        self._show(0.0)

    def laid_out(self, fraction: float) -> None:
        self.flowables = fraction
        self._show(max(fraction, self.rows_drawn / max(1, self.rows_total)))

    def drawn(self, rows: int) -> None:
        self.rows_drawn += rows
        self._show(max(self.flowables, self.rows_drawn / max(1, self.rows_total)))

    def _show(self, fraction: float) -> None:
        fraction = 0.1 + 0.9 * min(1.0, fraction)
        if self.tell is not None and fraction > self.shown:
            self.shown = fraction
            self.tell(fraction)


class _Renderer:
    def __init__(
        self,
        text: TextStyles,
        width: float,
        height: float,
        tracker: _Tracker,
        *,
        continued: str = Document.continued,
    ) -> None:
        self.text = text
        self.continued = continued
        self.width = width
        self.tallest_cell = height * 0.42  # (two fit on a page under its header)
        """A table cell's text goes on in a row below beyond this height."""
        self.tracker = tracker
        self.by_style = {
            Style.TITLE: text.title,
            Style.SUBTITLE: _restyle(text.subtitle, textColor=color(styles.MUTED)),
            Style.BODY: text.body,
            Style.BOLD: text.bold,
            Style.SMALL: text.small,
            Style.WARNING: text.warning,
            Style.ALERT: _restyle(text.bold, textColor=color(styles.CAUTION)),
            Style.NOTE: _restyle(text.body, textColor=color(styles.MUTED)),
        }

    def flowables(self, blocks: Sequence[Block]) -> list[Flowable]:
        story: list[Flowable] = []
        for index, block in enumerate(blocks):
            if isinstance(block, Heading):
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                after = blocks[index + 2] if index + 2 < len(blocks) else None
                story += self.heading(block, following, after)
            elif isinstance(block, Text):
                story.append(self.paragraph(block))
            elif isinstance(block, Table):
                story += self.table(block)
                story.append(Spacer(1, 1.5 * mm))
            elif isinstance(block, Calendar):
                story += self.calendar(block)
            elif isinstance(block, LineChart):
                story.append(line_chart(block, self.width, CHART_HEIGHT_MM * mm))
            elif isinstance(block, BarChart):
                story.append(bar_chart(block, self.width))
            else:
                story += self.handwork(block)
        return self._keep_explanations(story)

    def handwork(
        self, block: Box | Items | WriteIn | Gap | PageBreak | Stills | Picture | TickTable | Keep
    ) -> list[Flowable]:
        """The blocks of a document to print and keep (the handout): panels, lists,
        lines to write on, pictures and tick boxes."""
        if isinstance(block, Box):
            return [self.box(block)]
        if isinstance(block, Items):
            return self.items(block)
        if isinstance(block, WriteIn):
            return [self.write_in(block.labels)]
        if isinstance(block, Gap):
            return [Spacer(1, block.mm * mm)]
        if isinstance(block, PageBreak):
            return [NewPage()]
        if isinstance(block, Stills):
            wide = _aspect(block) > STACK_ASPECT and len(block.stills) > 1
            return [self.stacked(block) if wide else self.side_by_side(block)]
        if isinstance(block, Picture):
            image = _image(block.path, self.width, block.height_mm * mm)
            if image is None:
                return [self.paragraph(Text(block.unreadable, Style.NOTE))]
            return [image, Spacer(1, 2 * mm)]
        if isinstance(block, TickTable):
            return [self.tick_table(block)]
        # A Keep: its blocks on one page (a heading in it needs no page break of its own).
        kept = [f for f in self.flowables(block.blocks) if not isinstance(f, CondPageBreak)]
        return [KeepTogether(kept)]

    def _keep_explanations(self, story: list[Flowable]) -> list[Flowable]:
        """A chart and the small print that explains it under it stay on one page."""
        kept: list[Flowable] = []
        for flowable in story:
            previous = kept[-1] if kept else None
            if (
                isinstance(flowable, Paragraph)
                and flowable.style is self.text.small
                and isinstance(previous, Drawing)
            ):
                kept[-1] = KeepTogether([previous, flowable])
            else:
                kept.append(flowable)
        return kept

    # -- text

    def paragraph(self, block: Text, style: ParagraphStyle | None = None, **kw: Any) -> Paragraph:
        text = pdf.markup(block.text)
        if block.lead:
            # A space after the lead, but none after full-width punctuation (Chinese).
            space = " " if join_sentences([block.lead, "x"]) != block.lead + "x" else ""
            bold = f"<b>{pdf.markup(block.lead)}</b>"
            text = f"{bold}{space}{text}" if text else bold
        return Paragraph(text, style or self.by_style[block.style], **kw)

    # -- panels, lists, lines to write on

    def box(self, block: Box) -> GridTable:
        fill, edge = {
            Tone.INFO: (styles.HEADER_FILL, styles.HEADING_RULE),
            Tone.CAUTION: ("#FFFFFF", styles.CAUTION),
        }[block.tone]
        pad = 3 * mm
        table = GridTable([[self.paragraph(t)] for t in block.texts], colWidths=[self.width])
        table.setStyle(
            GridStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
                    ("BACKGROUND", (0, 0), (-1, -1), color(fill)),
                    ("BOX", (0, 0), (-1, -1), 1.2, color(edge)),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("TOPPADDING", (0, 0), (-1, -1), pad / 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad / 3),
                    ("TOPPADDING", (0, 0), (-1, 0), pad),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
                ]
            )
        )
        return table

    def items(self, block: Items) -> list[Flowable]:
        """Each item with its number or bullet hanging left of its text."""
        out: list[Flowable] = []
        for k, item in enumerate(block.items, 1):
            style = self.by_style[item.style]
            listed = _restyle(
                style,
                leftIndent=LIST_INDENT_MM * mm,
                bulletIndent=0,
                bulletFontName=style.fontName,
                bulletFontSize=style.fontSize,
                bulletColor=style.textColor,
            )
            bullet = f"{k}." if block.numbered else "•"
            out.append(self.paragraph(item, listed, bulletText=bullet))
        return out

    def write_in(self, labels: Sequence[str]) -> GridTable:
        """Lines to write on, each after its label (or under the one before, for "")."""
        body = self.text.body
        widest = max(stringWidth(x, pdf.font_for(x), body.fontSize) for x in labels)
        label_width = max(20 * mm, widest + 4 * mm)
        table = GridTable(
            [[self.paragraph(Text(label)) if label else "", ""] for label in labels],
            colWidths=[label_width, self.width - label_width],
            rowHeights=[WRITE_IN_MM * mm] * len(labels),
        )
        table.setStyle(
            GridStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
                    ("LINEBELOW", (1, 0), (1, -1), 0.8, color(styles.RULE)),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    # -- pictures

    def side_by_side(self, block: Stills) -> GridTable:
        """The stills in a row, an arrow between each, their captions under them."""
        stills = block.stills
        arrow = ARROW_MM * mm
        aspect = _aspect(block)
        each = min(
            (self.width - arrow * (len(stills) - 1)) / len(stills), STILL_HEIGHT_MM * mm * 1.6
        )
        height = min(STILL_HEIGHT_MM * mm, each / aspect * 1.08)
        caption = _restyle(self.text.body, alignment=1, spaceAfter=0)
        cells: list[Flowable | str] = []
        captions: list[Flowable | str] = []
        for k, still in enumerate(stills):
            if k:
                cells.append(arrow_drawing(arrow, height))
                captions.append("")
            cells.append(_still(block, still.pose, each, height))
            captions.append(self.paragraph(Text(still.caption), caption))
        widths = [arrow if k % 2 else each for k in range(len(cells))]
        return _picture_table([cells, captions], widths)

    def stacked(self, block: Stills) -> GridTable:
        """Stills of a wide figure one above the other, each as wide as can be, its
        caption on its left."""
        label = STACK_CAPTION_MM * mm
        aspect = _aspect(block)
        each = self.width - label
        height = min(STACK_HEIGHT_MM * mm, each / aspect * 1.08)
        each = min(each, height * aspect * 1.08)
        caption = _restyle(self.text.body, spaceAfter=0)
        rows: list[list[Flowable | str]] = [
            [self.paragraph(Text(still.caption), caption), _still(block, still.pose, each, height)]
            for still in block.stills
        ]
        table = _picture_table(rows, [label, self.width - label])
        table.setStyle(GridStyle([("ALIGN", (0, 0), (0, -1), "LEFT")]))
        return table

    # -- a table to fill in

    def tick_table(self, block: TickTable) -> GridTable:
        """Body-size type (never the smaller table type: it is read and written on)."""
        cell = _restyle(self.text.body, spaceAfter=0)
        centred = _restyle(cell, alignment=1)
        right = _restyle(cell, alignment=2)
        by_align = {Align.LEFT: cell, Align.CENTRE: centred, Align.RIGHT: right}
        columns = block.columns
        header: list[Flowable | str] = [
            self.paragraph(Text("", lead=c.title), by_align[c.align]) for c in columns
        ]
        rows: list[list[Flowable | str]] = [header]
        for values in block.rows:
            row: list[Flowable | str] = []
            for column, value in zip(columns, values, strict=True):
                if column.ticks:
                    row.append(_tick_box())
                else:
                    row.append(self.paragraph(Text(value), by_align[column.align]) if value else "")
            rows.append(row)
        pad = 14  # (a cell's padding, both sides: reportlab's 6 pt each; and a little room)

        def fitted(column: TickColumn) -> float | None:
            """At least ``width_mm``, and as wide as the title's longest word (in bold)."""
            if column.width_mm is None:
                return None
            longest = max(
                (
                    stringWidth(w, pdf.font_for(w, bold=True), cell.fontSize)
                    for w in column.title.split()
                ),
                default=0.0,
            )
            return max(column.width_mm * mm, longest + pad)

        fixed_widths = [fitted(c) for c in columns]
        fixed = sum(w for w in fixed_widths if w is not None)
        rest = max(1, sum(1 for w in fixed_widths if w is None))
        widths = [w if w is not None else (self.width - fixed) / rest for w in fixed_widths]
        table = GridTable(
            rows,
            colWidths=widths,
            rowHeights=[None] + [block.row_mm * mm] * len(block.rows),
            repeatRows=1,
        )
        rule = color(styles.RULE)
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
            ("BACKGROUND", (0, 0), (-1, 0), color(styles.HEADER_FILL)),
            ("GRID", (0, 0), (-1, -1), 0.6, rule),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        commands += [("ALIGN", (k, 1), (k, -1), "CENTER") for k, c in enumerate(columns) if c.ticks]
        if block.rule_every:
            thick = color(styles.HEADING_RULE)
            commands += [
                ("LINEBELOW", (0, r), (-1, r), 1.6, thick)
                for r in range(block.rule_every, len(block.rows), block.rule_every)
            ]
        table.setStyle(GridStyle(commands))
        return table

    def _start_height(self, block: Block | None, after: Block | None = None) -> float:
        """How much of ``block`` a heading above it is kept on the page with (and of
        ``after`` too when ``block`` is a line of text, such as a chart's explanation)."""
        explained = 14 * mm if isinstance(after, Text) else 0.0  # (kept with its chart)
        if isinstance(block, LineChart):
            return CHART_HEIGHT_MM * mm + explained
        if isinstance(block, BarChart):
            return _bar_chart_height(block) + explained
        if isinstance(block, Calendar):
            return _MonthRow(block, block.months[:1], self.width).height
        if isinstance(block, Text):
            return 12 * mm + (self._start_height(after) if after is not None else 0.0)
        return HEADING_KEEP_MM * mm

    def heading(
        self, block: Heading, following: Block | None, after: Block | None
    ) -> list[Flowable]:
        keep = self._start_height(following, after)
        style = self.text.heading
        return [
            CondPageBreak(style.spaceBefore + style.leading + 3 * mm + keep),
            Paragraph(pdf.markup(block.text), style),
            HRFlowable(
                width="100%",
                thickness=0.8,
                color=color(styles.HEADING_RULE),
                spaceBefore=1 * mm,
                spaceAfter=2 * mm,
            ),
        ]

    # -- tables

    def table(self, block: Table) -> list[Flowable]:
        total = self.width * block.width
        widths = [c.share * total for c in block.columns]
        pad_x = CELL_PAD_MM[0] * mm
        inner = [w - 2 * pad_x for w in widths]
        body = self.text.table
        size = body.fontSize
        cell_styles = [self._cell_style(c.align) for c in block.columns]
        if block.bold_first:
            cell_styles[0] = self.text.table_bold
        fonts = [styles.FONT] * len(widths)
        if block.bold_first:
            fonts[0] = styles.FONT_BOLD
        measure = _Widths(size)
        body_chars = pdf.body_characters()
        wraps = [c.wrap for c in block.columns]  # (other columns hold short text of ours)

        def cell(value: str, column: int) -> str | Paragraph:
            if (
                "\n" in value
                or not pdf.covered(value, body_chars)
                or (wraps[column] and measure(value, fonts[column]) > inner[column])
            ):
                return Paragraph(pdf.markup(value), cell_styles[column])
            return value

        header = (
            [
                Paragraph(pdf.markup(c.title), self._cell_style(c.align, bold=True))
                for c in block.columns
            ]
            if block.header
            else None
        )
        self.tracker.rows_total += len(block.rows)
        rows: list[list[str | Paragraph] | Paragraph] = []
        for row in block.rows:
            if isinstance(row, Group):
                rows.append(self._group_cell(row.title))
            else:
                cells = [cell(value, i) if value else "" for i, value in enumerate(row)]
                rows += self._cut_tall_cells(cells, inner)
        return [
            _RowTable(
                header,
                rows,
                widths,
                aligns=[c.align for c in block.columns],
                fonts=fonts,
                size=size,
                leading=body.leading,
                measure=measure,
                continued=lambda title: self._group_cell(self.continued.format(title=title)),
                on_drawn=self.tracker.drawn,
            )
        ]

    def _cut_tall_cells(
        self, cells: list[str | Paragraph], inner: list[float]
    ) -> list[list[str | Paragraph]]:
        """The row, and more rows if one of its paragraphs (a very long note) would not fit
        on a page: the rest of that paragraph goes on in the same column below."""
        rows = [cells]
        for column, value in enumerate(cells):
            if not isinstance(value, Paragraph):
                continue
            pieces: list[Paragraph] = []
            rest = value
            while rest.wrap(inner[column], 1e9)[1] > self.tallest_cell:
                parts = rest.split(inner[column], self.tallest_cell)
                if len(parts) < 2:
                    break
                first, second = parts[0], parts[1]
                assert isinstance(first, Paragraph) and isinstance(second, Paragraph)
                pieces.append(first)
                rest = second
            pieces.append(rest)
            cells[column] = pieces[0]
            for index, piece in enumerate(pieces[1:], start=1):
                if index == len(rows):
                    rows.append([""] * len(cells))
                rows[index][column] = piece
        return rows

    def _cell_style(self, align: Align, *, bold: bool = False) -> ParagraphStyle:
        text = self.text
        if bold:
            return {
                Align.LEFT: text.table_bold,
                Align.RIGHT: text.table_bold_right,
                Align.CENTRE: text.table_bold_centre,
            }[align]
        return {
            Align.LEFT: text.table,
            Align.RIGHT: text.table_right,
            Align.CENTRE: text.table_centre,
        }[align]

    def _group_cell(self, title: str) -> Paragraph:
        return Paragraph(pdf.markup(title), self.text.table_bold)

    # -- the calendar

    def calendar(self, block: Calendar) -> list[Flowable]:
        months = list(block.months)
        return [
            _MonthRow(block, months[start : start + CALENDAR_PER_ROW], self.width)
            for start in range(0, len(months), CALENDAR_PER_ROW)
        ]


class _Widths:
    """Widths of one-line cells at one size, remembered (a table repeats its words)."""

    def __init__(self, size: float) -> None:
        self.size = size
        self._known: dict[tuple[str, str], float] = {}

    def __call__(self, text: str, font: str) -> float:
        key = (font, text)
        width = self._known.get(key)
        if width is None:
            width = self._known[key] = stringWidth(text, font, self.size)
        return width


TableRow = list["str | Paragraph"] | Paragraph
"""A row of cells (one-line text, or a paragraph that wraps), or a group's title."""


class _RowTable(Flowable):
    """Rows of cells, split over pages with the header row (and the title of a group
    that goes on, "(continued)") repeated at the top of each page.

    platypus' own Table measures and splits the whole remaining table at every page
    and draws each cell as its own text object, which for a report of years (ten
    thousand rows) takes far longer than the two seconds the report may take; this
    one measures each row once, splits by index and writes a page's one-line cells
    in one text object. Cells that wrap are platypus Paragraphs.
    """

    def __init__(
        self,
        header: list[Paragraph] | None,
        rows: list[TableRow],
        widths: list[float],
        *,
        aligns: list[Align],
        fonts: list[str],
        size: float,
        leading: float,
        measure: _Widths,
        continued: Callable[[str], Paragraph],
        start: int = 0,
        end: int | None = None,
        heights: list[float] | None = None,
        carried: Paragraph | None = None,
        header_height: float | None = None,
        on_drawn: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.widths = widths
        self.aligns = aligns
        self.fonts = fonts
        self.size = size
        self.leading = leading
        self.measure = measure
        self.continued = continued
        self.on_drawn = on_drawn
        """Told how many rows were drawn, when a part of the table is."""
        self.start = start
        self.end = len(rows) if end is None else end
        self.pad_x, self.pad_y = (p * mm for p in CELL_PAD_MM)
        self.line_height = leading + 2 * self.pad_y
        self.heights = heights if heights is not None else self._measure_rows()
        self.carried = carried
        """The title of the group this part goes on with, shown "(continued)" on top."""
        self.header_height = header_height if header_height is not None else self._header_height()
        self.carried_height = self._paragraph_height(carried, sum(widths)) if carried else 0.0
        self.width = sum(widths)

    # -- measuring

    def _paragraph_height(self, paragraph: Paragraph, width: float) -> float:
        _, height = paragraph.wrap(width - 2 * self.pad_x, 1e6)
        return max(self.line_height, height + 2 * self.pad_y)

    def _header_height(self) -> float:
        if self.header is None:
            return 0.0
        return max(
            self._paragraph_height(p, w) for p, w in zip(self.header, self.widths, strict=True)
        )

    def _measure_rows(self) -> list[float]:
        heights = []
        total = sum(self.widths)
        line = self.line_height
        for row in self.rows:
            if isinstance(row, Paragraph):
                heights.append(self._paragraph_height(row, total))
                continue
            height = line
            for value, width in zip(row, self.widths, strict=True):
                if isinstance(value, Paragraph):
                    height = max(height, self._paragraph_height(value, width))
            heights.append(height)
        return heights

    def _top_height(self) -> float:
        return self.header_height + self.carried_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = self._top_height() + sum(self.heights[self.start : self.end])
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self._top_height()
        index = self.start
        used = 0.0
        while index < self.end and used + self.heights[index] <= room:
            used += self.heights[index]
            index += 1
        if index < self.end and index > self.start and isinstance(self.rows[index - 1], Paragraph):
            index -= 1  # a group's title is not left alone at the foot of a page
        if index == self.start:
            return []  # not even one row fits: the table starts on the next page
        group = self._group_at(index)
        carried = None
        if group is not None and not isinstance(self.rows[index], Paragraph):
            carried = self.continued(group)
        return [self._part(self.start, index, self.carried), self._part(index, self.end, carried)]

    def _group_at(self, index: int) -> str | None:
        for position in range(index - 1, -1, -1):
            row = self.rows[position]
            if isinstance(row, Paragraph):
                return row.text
        return None

    def _part(self, start: int, end: int, carried: Paragraph | None) -> _RowTable:
        return _RowTable(
            self.header,
            self.rows,
            self.widths,
            aligns=self.aligns,
            fonts=self.fonts,
            size=self.size,
            leading=self.leading,
            measure=self.measure,
            continued=self.continued,
            start=start,
            end=end,
            heights=self.heights,
            carried=carried,
            header_height=self.header_height,
            on_drawn=self.on_drawn,
        )

    # -- drawing

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width = self.width
        top = self.height
        lefts = [sum(self.widths[:i]) for i in range(len(self.widths))]
        rules: list[float] = []
        if self.header is not None:
            top -= self.header_height
            canvas.saveState()
            canvas.translate(0, top)
            canvas.doForm(self._header_form(canvas, lefts))
            canvas.restoreState()
            rules.append(top)
        if self.carried is not None:
            top = self._draw_band(canvas, top, self.carried_height, styles.GROUP_FILL)
            self._draw_paragraph(canvas, self.carried, 0, top + self.carried_height, width)
            rules.append(top)
        # One-line cells go into one text object until a paragraph comes, which is drawn
        # in its turn: the page's text reads in row order (copying, searching, a reader).
        words: _Words | None = None
        ascent = self.size  # (where a Paragraph puts its first baseline)
        measure = self.measure
        right_aligned = [a is Align.RIGHT for a in self.aligns]
        centred = [a is Align.CENTRE for a in self.aligns]
        fonts = self.fonts
        pad_x, pad_y = self.pad_x, self.pad_y
        for index in range(self.start, self.end):
            row = self.rows[index]
            height = self.heights[index]
            if isinstance(row, Paragraph):
                if words is not None:
                    words.finish()
                    words = None
                self._draw_band(canvas, top, height, styles.GROUP_FILL)
                self._draw_paragraph(canvas, row, 0, top, width)
            else:
                baseline = top - pad_y - ascent
                for column, value in enumerate(row):
                    if not value:
                        continue
                    left = lefts[column]
                    if isinstance(value, Paragraph):
                        if words is not None:
                            words.finish()
                            words = None
                        self._draw_paragraph(canvas, value, left, top, self.widths[column])
                        continue
                    font = fonts[column]
                    if words is None:
                        words = _Words(canvas)
                        words.colour(styles.INK)
                    words.font(font, self.size)
                    if right_aligned[column]:
                        x = left + self.widths[column] - pad_x - measure(value, font)
                    elif centred[column]:
                        x = left + (self.widths[column] - measure(value, font)) / 2
                    else:
                        x = left + pad_x
                    words.put(x, baseline, value)
            top -= height
            rules.append(top)
        if words is not None:
            words.finish()
        _Ops(canvas).hlines(rules, 0, width, styles.RULE, 0.4)
        if self.on_drawn is not None:
            self.on_drawn(self.end - self.start)

    def _header_form(self, canvas: Canvas, lefts: list[float]) -> str:
        """The header row as a form drawn once in the PDF and shown on every page the
        table goes on to (a report of years repeats it on some 250 pages)."""
        assert self.header is not None
        name = f"HomestretchTableHeader{id(self.header)}"
        made: set[str] | None = getattr(canvas, "_homestretch_forms", None)
        if made is None:
            made = set()
            canvas._homestretch_forms = made  # type: ignore[attr-defined]
        if name not in made:
            made.add(name)
            height = self.header_height
            canvas.beginForm(name, 0, 0, self.width, height)
            self._draw_band(canvas, height, height, styles.HEADER_FILL)
            for paragraph, left, cell_width in zip(self.header, lefts, self.widths, strict=True):
                self._draw_paragraph(canvas, paragraph, left, height, cell_width)
            canvas.endForm()
        return name

    def _draw_band(self, canvas: Canvas, top: float, height: float, fill: str) -> float:
        canvas.setFillColor(color(fill))
        canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
        return top - height

    def _draw_paragraph(
        self, canvas: Canvas, paragraph: Paragraph, left: float, top: float, width: float
    ) -> None:
        """Draw a cell's paragraph, already wrapped to its cell when the rows were measured."""
        height: float = paragraph.height
        paragraph.drawOn(canvas, left + self.pad_x, top - self.pad_y - height)


class _Words:
    """One-line texts written into one PDF text object, as reportlab's own
    documentation of TrueType ("dynamic") fonts shows: each text split into the
    font's subsets (:meth:`TTFont.splitString`, remembered for the document, as
    tables repeat their words), the subset selected by its internal name, the
    position set with ``Tm``. Drawing each with ``canvas.drawString`` makes a text
    object per string and formats every number in pure Python: for a report of
    years (a hundred thousand cells and calendar days) that alone took longer
    than the report may."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text = canvas.beginText()
        self.code: list[str] = self.text._code  # type: ignore[attr-defined]
        self.doc: Any = canvas._doc  # type: ignore[attr-defined]
        self.escape: Callable[[bytes], str] = canvas._escape  # type: ignore[attr-defined]
        cache = getattr(canvas, "_homestretch_split", None)
        if cache is None:
            cache = {}
            canvas._homestretch_split = cache  # type: ignore[attr-defined]
        self.split: dict[tuple[str, str], list[tuple[int, str]]] = cache
        self._font: Any = None
        self._font_name = ""
        self._size = 0.0
        self._subset: tuple[str, int, float] | None = None
        self._colour = ""

    def font(self, name: str, size: float) -> None:
        if (name, size) != (self._font_name, self._size):
            self._font = getFont(name)
            self._font_name, self._size = name, size

    def colour(self, colour: str) -> None:
        if colour != self._colour:
            self.text.setFillColor(color(colour))
            self._colour = colour

    def put(self, x: float, y: float, words: str) -> None:
        key = (self._font_name, words)
        parts = self.split.get(key)
        if parts is None:
            parts = self.split[key] = [
                (subset, self.escape(chunk))
                for subset, chunk in self._font.splitString(words, self.doc)
            ]
        code = self.code
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, escaped in parts:
            if (self._font_name, subset, self._size) != self._subset:
                name = self._font.getSubsetInternalName(subset, self.doc)
                code.append(f"{name} {self._size:g} Tf")
                self._subset = (self._font_name, subset, self._size)
            code.append(f"({escaped}) Tj")

    def finish(self) -> None:
        """Draw the text object (a new one is needed for more words)."""
        self.canvas.drawText(self.text)


class _MonthRow(Flowable):
    """Up to :data:`CALENDAR_PER_ROW` month grids side by side."""

    def __init__(self, block: Calendar, months: Sequence[CalendarMonth], width: float) -> None:
        super().__init__()
        self.block = block
        self.months = months
        self.row_width = width
        gap = CALENDAR_GAP_MM * mm
        self.month_width = (width - gap * (CALENDAR_PER_ROW - 1)) / CALENDAR_PER_ROW
        self.cell_w = self.month_width / 7
        self.cell_h = CALENDAR_DAY_MM * mm
        self.title_h = 4.5 * mm
        self.names_h = self.cell_h * 0.7
        self.grid_h = self.title_h + self.names_h + self.cell_h * 6
        self.height = self.grid_h + 4 * mm
        self.measure = _Widths(7.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.row_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        grid = calendar.Calendar(firstweekday=0)
        top = self.height
        cell_w, cell_h = self.cell_w, self.cell_h
        since, until, counts = self.block.since, self.block.until, self.block.counts
        filled: list[tuple[float, float, float, float]] = []
        empty: list[tuple[float, float, float, float]] = []
        # In reading order: (font, size, colour, x, baseline, text, right-aligned)
        words: list[tuple[str, float, str, float, float, str, bool]] = []

        def say(key: tuple[str, float, str, bool], x: float, y: float, text: str) -> None:
            font, size, colour, right = key
            words.append((font, size, colour, x, y, text, right))

        # Line by line across the months, as the eye (and a text copy) reads them.
        lefts = [
            slot * (self.month_width + CALENDAR_GAP_MM * mm) for slot in range(CALENDAR_PER_ROW)
        ]
        weeks = [grid.monthdatescalendar(m.year, m.month) for m in self.months]
        for slot, month in enumerate(self.months):
            title_key = (pdf.font_for(month.title, bold=True), 8.0, styles.INK, False)
            say(title_key, lefts[slot], top - self.title_h + 1.5 * mm, month.title)
        y = top - self.title_h
        for slot in range(len(self.months)):
            for i, name in enumerate(self.block.day_names):
                font = pdf.font_for(name)  # (a CJK weekday needs the fallback font)
                x = lefts[slot] + (i + 0.5) * cell_w - self.measure(name, font) / 2
                say((font, 7.0, styles.MUTED, False), x, y - self.names_h + 1.2 * mm, name)
        y -= self.names_h
        for week_index in range(6):
            row_top = y - week_index * cell_h
            for slot, month in enumerate(self.months):
                if week_index >= len(weeks[slot]):
                    continue
                for i, day in enumerate(weeks[slot][week_index]):
                    if day.month != month.month:
                        continue
                    x = lefts[slot] + i * cell_w
                    inside = since <= day <= until
                    count = counts.get(day, 0) if inside else 0
                    (filled if count else empty).append((x, row_top - cell_h, cell_w, cell_h))
                    key = (
                        styles.FONT_BOLD if count else styles.FONT,
                        7.0,
                        styles.INK if inside else styles.OUTSIDE,
                        False,
                    )
                    say(key, x + 0.6 * mm, row_top - 2.9 * mm, str(day.day))
                    if count:
                        say(
                            (styles.FONT, 5.5, styles.INK, True),
                            x + cell_w - 0.6 * mm,
                            row_top - cell_h + 0.8 * mm,
                            str(count),
                        )
        ops = _Ops(canvas)
        ops.rects(filled, fill=styles.EXERCISED_FILL, stroke=styles.RULE, width=0.3)
        ops.rects(empty, fill=None, stroke=styles.RULE, width=0.3)
        ops.texts(words)


class _Ops:
    """Many rectangles, lines or words drawn with few PDF operators.

    A report of years has some hundred thousand table cells and calendar days:
    reportlab's canvas calls format every number in pure Python (its optional
    accelerator is not a dependency) and make a text object per string, which
    alone took longer than the report may. These write the same operators
    (``re``, ``m``/``l``, ``Tm``) into the page, numbers formatted by Python,
    with colours, widths and fonts still set through the canvas.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.code: list[str] = canvas._code  # type: ignore[attr-defined]
        self.widths: dict[tuple[str, float, str], float] = {}

    def rects(
        self,
        rects: Sequence[tuple[float, float, float, float]],
        *,
        fill: str | None,
        stroke: str | None,
        width: float,
    ) -> None:
        if not rects:
            return
        if fill is not None:
            self.canvas.setFillColor(color(fill))
        if stroke is not None:
            self.canvas.setStrokeColor(color(stroke))
            self.canvas.setLineWidth(width)
        paint = "B" if fill and stroke else "f" if fill else "S"
        body = " ".join(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re" for x, y, w, h in rects)
        self.code.append(f"{body} {paint}")

    def hlines(
        self, ys: Sequence[float], left: float, right: float, stroke: str, width: float
    ) -> None:
        if not ys:
            return
        self.canvas.setStrokeColor(color(stroke))
        self.canvas.setLineWidth(width)
        body = " ".join(f"{left:.2f} {y:.2f} m {right:.2f} {y:.2f} l" for y in ys)
        self.code.append(f"{body} S")

    def texts(self, items: Sequence[tuple[str, float, str, float, float, str, bool]]) -> None:
        """Each (font, size, colour, x, baseline, text, right-aligned) in one text object,
        in order; a right-aligned text ends at x."""
        words = _Words(self.canvas)
        for font, size, colour, x, y, text, right in items:
            words.font(font, size)
            words.colour(colour)
            words.put(x - self.width(text, font, size) if right else x, y, text)
        words.finish()

    def width(self, words: str, font: str, size: float) -> float:
        key = (words, size, font)
        known = self.widths.get(key)
        if known is None:
            known = self.widths[key] = stringWidth(words, font, size)
        return known


# --------------------------------------------------------------------------- the charts

TITLE_PT: Final = 9.0
LABEL_PT: Final = 7.0


def _drawing(width: float, height: float) -> Drawing:
    # Starting in the body font: its default, Helvetica, would be named in the PDF
    # and not embedded.
    return Drawing(width, height, initialFontName=styles.FONT)


def _string(x: float, y: float, text: str, size: float, **kwargs: Any) -> String:
    kwargs.setdefault("fillColor", color(styles.INK))
    kwargs.setdefault("fontName", pdf.font_for(text))
    return String(x, y, text, fontSize=size, **kwargs)


def _chart_title(title: str, width: float, height: float) -> String:
    """A chart's title, bold and centred along its top."""
    return _string(
        width / 2,
        height - TITLE_PT,
        title,
        TITLE_PT,
        textAnchor="middle",
        fontName=pdf.font_for(title, bold=True),
    )


def line_chart(chart: LineChart, width: float, height: float) -> Drawing:
    """A line chart over dates: the title on top, the legend at the foot, the y axis
    labelled with words ("5  moderate")."""
    drawing = _drawing(width, height)
    drawing.add(_chart_title(chart.title, width, height))
    label_width = max(
        (stringWidth(label, pdf.font_for(label), LABEL_PT) for _, label in chart.y_ticks),
        default=0.0,
    )
    left = label_width + 4 + LABEL_PT * 1.6  # room for the labels and the axis title
    right = width - 12
    bottom = LABEL_PT * 2 + (LABEL_PT * 2.2 if chart.legend else 0)
    top = height - TITLE_PT * 2
    x0, x1 = chart.x_range
    y0, y1 = chart.y_range

    def px(x: float) -> float:
        return left + (x - x0) / (x1 - x0 or 1) * (right - left)

    def py(y: float) -> float:
        return bottom + (y - y0) / (y1 - y0 or 1) * (top - bottom)

    grid = color(styles.RULE)
    muted = color(styles.MUTED)
    drawing.add(_rect(left, bottom, right - left, top - bottom, stroke=grid, fill=None))
    for value, label in chart.y_ticks:
        y = py(value)
        drawing.add(Line(left, y, right, y, strokeColor=grid, strokeWidth=0.4))
        drawing.add(_string(left - 3, y - LABEL_PT / 3, label, LABEL_PT, textAnchor="end"))
    drawing.add(_rotated_title(LABEL_PT * 0.9, (bottom + top) / 2, chart.y_title, LABEL_PT, muted))
    for value, label in chart.x_ticks:
        x = px(value)
        if not left - 0.5 <= x <= right + 0.5:
            continue
        drawing.add(Line(x, bottom, x, bottom - 2.5, strokeColor=muted, strokeWidth=0.5))
        drawing.add(Line(x, bottom, x, top, strokeColor=grid, strokeWidth=0.25))
        drawing.add(_string(x, bottom - LABEL_PT - 2, label, LABEL_PT, textAnchor="middle"))
    for series in chart.series:
        stroke = color(series.colour)
        points = [(px(x), py(y)) for x, y in series.points]
        if len(points) > 1:
            flat = [coordinate for point in points for coordinate in point]
            drawing.add(
                PolyLine(flat, strokeColor=stroke, strokeWidth=series.line_width, strokeLineJoin=1)
            )
        if series.markers or len(points) == 1:
            for x, y in points:
                drawing.add(
                    Circle(x, y, series.marker_size / 2, fillColor=stroke, strokeColor=None)
                )
    if chart.legend:
        x = left
        y = LABEL_PT * 0.6
        for series in chart.series:
            stroke = color(series.colour)
            drawing.add(Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=stroke, strokeWidth=1.5))
            if series.markers:
                drawing.add(Circle(x + 7, y + 2.5, 2.2, fillColor=stroke, strokeColor=None))
            drawing.add(_string(x + 18, y, series.name, LABEL_PT))
            x += 18 + stringWidth(series.name, pdf.font_for(series.name), LABEL_PT) + 16
    return drawing


def _rect(
    x: float, y: float, w: float, h: float, *, stroke: Any, fill: Any, width: float = 0.5
) -> Rect:
    shape = Rect(x, y, w, h)
    shape.strokeColor = stroke
    shape.fillColor = fill
    shape.strokeWidth = width
    return shape


def _rotated_title(x: float, y: float, text: str, size: float, colour: Any) -> Any:
    from reportlab.graphics.shapes import Group as ShapeGroup

    group = ShapeGroup(_string(0, 0, text, size, textAnchor="middle", fillColor=colour))
    group.translate(x, y)
    group.rotate(90)
    return group


def _bar_chart_height(chart: BarChart) -> float:
    return (TITLE_PT * 2.4 + LABEL_PT * 3) + len(chart.bars) * BAR_MM * mm


def bar_chart(chart: BarChart, width: float) -> Drawing:
    """Horizontal bars from 0 to 100 %, labelled with their names on the left and their
    figure at the base of the bar (dark on light green, readable on a short bar too)."""
    height = _bar_chart_height(chart)
    drawing = _drawing(width, height)
    drawing.add(_chart_title(chart.title, width, height))
    names = [_fit(bar.label, width * 0.38) for bar in chart.bars]
    label_width = max((stringWidth(n, pdf.font_for(n), LABEL_PT) for n in names), default=0.0)
    left = label_width + 6
    right = width - 12
    bottom = LABEL_PT * 3
    top = height - TITLE_PT * 2.4
    grid = color(styles.RULE)
    drawing.add(_rect(left, bottom, right - left, top - bottom, stroke=grid, fill=None))
    for tick in range(0, 101, 20):
        x = left + tick / 100 * (right - left)
        drawing.add(Line(x, bottom, x, top, strokeColor=grid, strokeWidth=0.4))
        drawing.add(
            _string(
                x,
                bottom - LABEL_PT - 2,
                chart.percent.format(value=tick),
                LABEL_PT,
                textAnchor="middle",
            )
        )
    slot = (top - bottom) / max(1, len(chart.bars))
    fill, edge, ink = color(styles.BAR), color(styles.BAR_EDGE), color(styles.BAR_TEXT)
    for index, (bar, name) in enumerate(zip(chart.bars, names, strict=True)):
        centre = top - (index + 0.5) * slot
        bar_height = slot * 0.7
        length = bar.percent / 100 * (right - left)
        drawing.add(
            _rect(
                left, centre - bar_height / 2, length, bar_height, stroke=edge, fill=fill, width=0.6
            )
        )
        drawing.add(_string(left - 3, centre - LABEL_PT / 3, name, LABEL_PT, textAnchor="end"))
        drawing.add(
            String(
                left + 3,
                centre - LABEL_PT / 3,
                chart.percent.format(value=bar.percent),
                fontName=styles.FONT_BOLD,
                fontSize=LABEL_PT,
                fillColor=ink,
            )
        )
    return drawing


def _fit(text: str, width: float) -> str:
    """``text`` cut short with "…" to fit ``width`` at the label size."""
    font = pdf.font_for(text)
    if stringWidth(text, font, LABEL_PT) <= width:
        return text
    while text and stringWidth(text + "…", font, LABEL_PT) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# --------------------------------------------------------------------------- pictures


def _restyle(style: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    """``style`` with some attributes changed."""
    return ParagraphStyle(f"{style.name}+", parent=style, **changes)


def _aspect(block: Stills) -> float:
    """How much wider than tall the figure's scene is."""
    left, bottom, right, top = block.figure.view_box()
    return (right - left) / (top - bottom)


def _still(block: Stills, pose: Pose, width: float, height: float) -> Drawing:
    """One still in a light frame, so two stills read as two pictures."""
    drawing = pose_drawing(
        block.figure, pose, width, height, side=block.side, both_legs=block.both_legs
    )
    frame = rect(
        0.5,
        0.5,
        drawing.width - 1,
        drawing.height - 1,
        radius=6,
        fill=color(styles.GROUP_FILL),
        stroke=color(styles.RULE),
        stroke_width=0.8,
    )
    drawing.insert(0, frame)
    return drawing


def _picture_table(rows: list[list[Flowable | str]], widths: list[float]) -> GridTable:
    table = GridTable(rows, colWidths=widths)
    table.setStyle(
        GridStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _image(path: Path, width: float, height: float) -> Image | None:
    """A picture file no larger than its pixels at :data:`PRINT_DPI` (so it prints
    sharp), fitted into ``width`` x ``height``; None if it cannot be read."""
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES)
        pixels_wide, pixels_high = ImageReader(BytesIO(data)).getSize()
    except (FileReadError, OSError, ValueError, SyntaxError):
        return None
    if pixels_wide <= 0 or pixels_high <= 0:
        return None
    scale = min(width / pixels_wide, height / pixels_high, inch / PRINT_DPI)
    image = Image(BytesIO(data), width=pixels_wide * scale, height=pixels_high * scale)
    image.hAlign = "CENTER"
    return image


def _tick_box() -> Drawing:
    size = TICK_BOX_MM * mm
    box = new_drawing(size, size)
    box.add(rect(1, 1, size - 2, size - 2, radius=1.5, stroke=color(styles.INK), stroke_width=1.2))
    return box
