"""The handout on paper: :class:`~homestretch.documents.handout.Handout` as a PDF.

Large type (:data:`~homestretch.documents.styles.HANDOUT_BODY_PT`, never below
:data:`~homestretch.documents.styles.MIN_HANDOUT_BODY_PT` but for the page
footer), real text a reader can search and copy, figures as vector drawings and
the routine's own pictures embedded as they are. Pages, fonts and the footer come
from :mod:`homestretch.documents.pdf`, like the report's.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import Any, Final

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from homestretch import APP_NAME
from homestretch.core.files import FileReadError, read_regular_file
from homestretch.core.pose import Pose
from homestretch.core.routine import MAX_PICTURE_BYTES, Routine
from homestretch.documents import styles
from homestretch.documents.figures import arrow_drawing, new_drawing, pose_drawing, rect
from homestretch.documents.handout import (
    PICTURE_UNREADABLE,
    Handout,
    HandoutExercise,
    LogPage,
    Picture,
    PictureKind,
    build_handout,
)
from homestretch.documents.pdf import (
    DocumentInfo,
    Paper,
    frame_size,
    markup,
    register_fonts,
    render,
    write,
)

PRINT_DPI: Final = 300
"""A custom picture is never printed larger than its pixels at this resolution."""
PICTURE_HEIGHT_MM: Final = 50.0
"""The height of an exercise's pictures."""
STACK_ASPECT: Final = 2.2
"""A figure wider than this for its height (lying down) has its stills one above the other."""
STACK_HEIGHT_MM: Final = 42.0
"""The most height one still of a stacked figure takes."""
STACK_CAPTION_MM: Final = 22.0
"""Room on the left of a stacked still for its caption."""
IMAGE_HEIGHT_SHARE: Final = 1.5
"""A picture of the routine's own (one image, no second still) may be this much taller."""
ARROW_MM: Final = 14.0
"""The width of the arrow between two stills."""
TICK_BOX_MM: Final = 7.0
"""A tick box of the log."""
LOG_ROW_MM: Final = 12.0
"""A day's row in the log: room to write."""


def handout_pdf(handout: Handout, paper: Paper = Paper.A4) -> bytes:
    """The handout as PDF bytes.

    Raises:
        FontError: no font to print with is installed.
    """
    register_fonts()  # before any paragraph is made
    text = styles.text_styles(styles.HANDOUT_BODY_PT)
    width, _ = frame_size(paper)
    story = [
        *_cover(handout, text, width),
        *(f for e in handout.exercises for f in _exercise(e, text, width)),
        KeepTogether(_safety(handout, text, width)),
        PageBreak(),  # the log has a page of its own, to bring to the next appointment
        *_log(handout.log, handout.how_often, text, width),
    ]
    info = DocumentInfo(
        title=handout.title,
        footer=f"{APP_NAME} handout: {handout.title}",
        subject="Home exercise programme",
    )
    return render(story, info, paper=paper)


def write_handout(routine: Routine, output: Path, paper: Paper = Paper.A4) -> Path:
    """Make the handout of ``routine`` and write it to ``output`` atomically.

    Raises:
        FontError: no font to print with is installed.
        OSError: ``output`` cannot be written (nothing is left behind).
    """
    return write(output, handout_pdf(build_handout(routine), paper))


# --------------------------------------------------------------------------- pieces


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text from a file or a user: shown exactly as written."""
    return Paragraph(markup(text), style)


def _labelled(label: str, text: str, styles_: styles.TextStyles) -> Paragraph:
    """``Label: text``: the label bold (our words), the text plain (the routine's)."""
    return Paragraph(f"<b>{label}</b> {markup(text)}", styles_.body)


def _box(
    rows: Sequence[Flowable], width: float, fill: str, edge: str, *, pad: float = 3 * mm
) -> Table:
    table = Table([[row] for row in rows], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
                ("BACKGROUND", (0, 0), (-1, -1), styles.color(fill)),
                ("BOX", (0, 0), (-1, -1), 1.2, styles.color(edge)),
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


def _cover(handout: Handout, text: styles.TextStyles, width: float) -> list[Flowable]:
    subtitle = _restyle(text.subtitle, textColor=styles.color(styles.MUTED))
    story: list[Flowable] = [
        Paragraph("Your home exercise programme", subtitle),
        _p(handout.title, text.title),
        Spacer(1, 2 * mm),
    ]
    if handout.description:
        story.append(_p(handout.description, text.body))
    story += [
        Spacer(1, 2 * mm),
        _box(
            [
                _labelled("How often:", handout.how_often, text),
                _labelled("Each session:", handout.session_length, text),
            ],
            width,
            styles.HEADER_FILL,
            styles.HEADING_RULE,
        ),
        Spacer(1, 4 * mm),
        _box(
            [
                Paragraph(markup(handout.stop_rule), _restyle(text.bold, textColor=_caution())),
                Paragraph(markup(handout.pain_scale), text.body),
            ],
            width,
            "#FFFFFF",
            styles.CAUTION,
        ),
        Paragraph("Your exercises", text.heading),
    ]
    listed = _listed(text.body)
    for exercise in handout.exercises:
        story.append(
            Paragraph(
                f"<b>{markup(exercise.name)}</b>: {markup(exercise.dose)}",
                listed,
                bulletText=f"{exercise.number}.",
            )
        )
    story += [
        Paragraph("Your physiotherapist", text.heading),
        _write_in(("Name", "Phone", "Next appointment"), text, width),
        PageBreak(),
    ]
    return story


def _restyle(style: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    """``style`` with some attributes changed."""
    return ParagraphStyle(f"{style.name}+", parent=style, **changes)


def _caution() -> Color:
    return styles.color(styles.CAUTION)


def _listed(style: ParagraphStyle, indent: float = 8 * mm) -> ParagraphStyle:
    """``style`` for list items: the number or bullet hangs left of the text."""
    return _restyle(
        style,
        leftIndent=indent,
        bulletIndent=0,
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
        bulletColor=style.textColor,
    )


def _items(lines: Sequence[str], style: ParagraphStyle, *, numbered: bool) -> list[Flowable]:
    """A numbered (1., 2., ...) or bulleted list of plain text lines."""
    listed = _listed(style)
    return [
        Paragraph(markup(line), listed, bulletText=f"{k}." if numbered else "•")
        for k, line in enumerate(lines, 1)
    ]


def _write_in(labels: Sequence[str], text: styles.TextStyles, width: float) -> Table:
    """Lines to write on, each after its label (or under the one before, for "")."""
    label_width = (48 if any(len(label) > 8 for label in labels) else 20) * mm
    table = Table(
        [[Paragraph(f"{label}:", text.body) if label else "", ""] for label in labels],
        colWidths=[label_width, width - label_width],
        rowHeights=[LOG_ROW_MM * mm] * len(labels),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
                ("LINEBELOW", (1, 0), (1, -1), 0.8, styles.color(styles.RULE)),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _exercise(exercise: HandoutExercise, text: styles.TextStyles, width: float) -> list[Flowable]:
    heading = Paragraph(f"{exercise.number}. {markup(exercise.name)}", text.heading)
    head: list[Flowable] = [heading, *_picture(exercise.picture, text, width)]
    head.append(_labelled("Position:", exercise.position, text))
    head.append(_labelled("How much:", exercise.dose, text))
    if exercise.summary:
        head.append(_p(exercise.summary, text.body))
    steps: list[Flowable] = [Paragraph("<b>Steps</b>", text.body)]
    steps += _items(exercise.steps, text.body, numbered=True)
    cautions: list[Flowable] = []
    if exercise.cautions:
        warning = _restyle(text.body, textColor=_caution())
        cautions.append(Paragraph("<b>Take care</b>", warning))
        cautions += _items(exercise.cautions, warning, numbered=False)
    notes = [Spacer(1, 2 * mm), _write_in(("Notes", "", ""), text, width)]
    # An exercise is never split over two pages: its picture stays with its steps.
    return [KeepTogether([*head, *steps, *cautions, *notes, Spacer(1, 4 * mm)])]


def _picture(picture: Picture, text: styles.TextStyles, width: float) -> list[Flowable]:
    note_style = _restyle(text.body, textColor=styles.color(styles.MUTED))
    if picture.kind is PictureKind.FIGURE and picture.figure is not None:
        left, bottom, right, top = picture.figure.view_box()
        wide = (right - left) / (top - bottom) > STACK_ASPECT
        stills = _stacked if wide and len(picture.frames) > 1 else _side_by_side
        out: list[Flowable] = [stills(picture, text, width)]
        if picture.note:
            out.append(Paragraph(markup(picture.note), note_style))
        return out
    if picture.kind is PictureKind.IMAGE and picture.image is not None:
        image = _image(picture.image, width, PICTURE_HEIGHT_MM * mm * IMAGE_HEIGHT_SHARE)
        if image is not None:
            return [image, Spacer(1, 2 * mm)]
        return [Paragraph(PICTURE_UNREADABLE, note_style)]
    return [Paragraph(markup(picture.note), note_style)] if picture.note else []


def _still(picture: Picture, pose: Pose, width: float, height: float) -> Drawing:
    assert picture.figure is not None
    drawing = pose_drawing(
        picture.figure, pose, width, height, side=picture.side, both_legs=picture.both_legs
    )
    return _bordered(drawing)


def _picture_table(rows: list[list[Flowable | str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
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


def _side_by_side(picture: Picture, text: styles.TextStyles, width: float) -> Table:
    """The stills in a row, an arrow between each, their captions under them."""
    assert picture.figure is not None
    frames = picture.frames
    arrow = ARROW_MM * mm
    left, bottom, right, top = picture.figure.view_box()
    each = min((width - arrow * (len(frames) - 1)) / len(frames), PICTURE_HEIGHT_MM * mm * 1.6)
    height = min(PICTURE_HEIGHT_MM * mm, each * (top - bottom) / (right - left) * 1.08)
    caption = _restyle(text.body, alignment=1, spaceAfter=0)
    cells: list[Flowable | str] = []
    captions: list[Flowable | str] = []
    for k, frame in enumerate(frames):
        if k:
            cells.append(arrow_drawing(arrow, height))
            captions.append("")
        cells.append(_still(picture, frame.pose, each, height))
        captions.append(Paragraph(frame.caption, caption))
    widths = [arrow if k % 2 else each for k in range(len(cells))]
    return _picture_table([cells, captions], widths)


def _stacked(picture: Picture, text: styles.TextStyles, width: float) -> Table:
    """Stills of a wide figure (lying down) one above the other, each as wide as can be,
    its caption on its left."""
    assert picture.figure is not None
    left, bottom, right, top = picture.figure.view_box()
    label = STACK_CAPTION_MM * mm
    each = width - label
    height = min(STACK_HEIGHT_MM * mm, each * (top - bottom) / (right - left) * 1.08)
    each = min(each, height * (right - left) / (top - bottom) * 1.08)
    caption = _restyle(text.body, spaceAfter=0)
    rows: list[list[Flowable | str]] = [
        [Paragraph(frame.caption, caption), _still(picture, frame.pose, each, height)]
        for frame in picture.frames
    ]
    table = _picture_table(rows, [label, width - label])
    table.setStyle(TableStyle([("ALIGN", (0, 0), (0, -1), "LEFT")]))
    return table


def _bordered(drawing: Drawing) -> Drawing:
    """A still in a light frame, so two stills read as two pictures."""
    frame = rect(
        0.5,
        0.5,
        drawing.width - 1,
        drawing.height - 1,
        radius=6,
        fill=styles.color(styles.GROUP_FILL),
        stroke=styles.color(styles.RULE),
        stroke_width=0.8,
    )
    drawing.insert(0, frame)
    return drawing


def _image(path: Path, width: float, height: float) -> Image | None:
    """The routine's own picture, no larger than its pixels at :data:`PRINT_DPI` (so it
    prints sharp), fitted into ``width`` x ``height``; None if it cannot be read."""
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
    box.add(
        rect(
            1, 1, size - 2, size - 2, radius=1.5, stroke=styles.color(styles.INK), stroke_width=1.2
        )
    )
    return box


def _log(log: LogPage, how_often: str, text: styles.TextStyles, width: float) -> list[Flowable]:
    intro = (
        f"Your programme: {how_often.lower()}. Tick a box each time you do your exercises, "
        "and write down your pain (0 to 10) before and after, and anything you noticed. "
        "Bring this page to your next appointment."
    )
    cell = _restyle(text.body, spaceAfter=0)
    centred = _restyle(cell, alignment=1)
    sessions = log.sessions_per_day
    header: list[Flowable | str] = [Paragraph("<b>Day</b>", cell), Paragraph("<b>Date</b>", cell)]
    header += [
        Paragraph("<b>Done</b>" if sessions == 1 else f"<b>{k}</b>", centred)
        for k in range(1, sessions + 1)
    ]
    header += [
        Paragraph("<b>Pain before</b>", centred),
        Paragraph("<b>Pain after</b>", centred),
        Paragraph("<b>Notes</b>", cell),
    ]
    rows: list[list[Flowable | str]] = [header]
    for day in range(1, log.days + 1):
        row: list[Flowable | str] = [Paragraph(f"{day}", cell), ""]
        row += [_tick_box() for _ in range(sessions)]
        row += ["", "", ""]
        rows.append(row)
    day_w, date_w, box_w, pain_w = 16 * mm, 28 * mm, 18 * mm, 24 * mm
    notes_w = width - day_w - date_w - box_w * sessions - 2 * pain_w
    widths = [day_w, date_w, *([box_w] * sessions), pain_w, pain_w, notes_w]
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=[None] + [LOG_ROW_MM * mm] * log.days,
        repeatRows=1,
    )
    rule = styles.color(styles.RULE)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.FONT),  # (empty cells too)
                ("BACKGROUND", (0, 0), (-1, 0), styles.color(styles.HEADER_FILL)),
                ("GRID", (0, 0), (-1, -1), 0.6, rule),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 1), (1 + sessions, -1), "CENTER"),
                ("LINEBELOW", (0, 7), (-1, 7), 1.6, styles.color(styles.HEADING_RULE)),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph("Your exercise log: two weeks", text.heading),
        Paragraph(intro, text.body),
    ]
    if sessions > 1:
        story.append(Paragraph(f"Columns 1 to {sessions}: the sessions of the day.", text.body))
    if log.days_per_week < 7:
        story.append(
            Paragraph(
                f"You exercise on {log.days_per_week} days of each week: "
                "leave the other days empty.",
                text.body,
            )
        )
    story += [Spacer(1, 2 * mm), table]
    return story


def _safety(handout: Handout, text: styles.TextStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Safety advice", text.heading)]
    story += _items(handout.safety, text.body, numbered=False)
    story += [
        Spacer(1, 4 * mm),
        _box(
            [Paragraph(markup(handout.stop_rule), _restyle(text.bold, textColor=_caution()))],
            width,
            "#FFFFFF",
            styles.CAUTION,
        ),
    ]
    return story
