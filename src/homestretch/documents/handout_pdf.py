"""The handout on paper: :class:`~homestretch.documents.handout.Handout` as a PDF.

Large type (:data:`~homestretch.documents.styles.HANDOUT_BODY_PT`, never below
:data:`~homestretch.documents.styles.MIN_HANDOUT_BODY_PT` but for the page
footer), real text a reader can search and copy, figures as vector drawings and
the routine's own pictures embedded as they are. Pages, fonts and the footer come
from :mod:`homestretch.documents.pdf`, like the report's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Final

from reportlab.graphics.shapes import Drawing, Rect
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
from homestretch.core.routine import MAX_PICTURE_BYTES, Routine
from homestretch.documents import styles
from homestretch.documents.figures import arrow_drawing, pose_drawing
from homestretch.documents.handout import (
    PICTURE_UNREADABLE,
    Handout,
    HandoutExercise,
    LogPage,
    Picture,
    PictureKind,
    build_handout,
)
from homestretch.documents.pdf import DocumentInfo, Paper, frame_size, markup, render, write

PRINT_DPI: Final = 300
"""A custom picture is never printed larger than its pixels at this resolution."""
PICTURE_HEIGHT_MM: Final = 58.0
"""The height of an exercise's pictures."""
ARROW_MM: Final = 14.0
"""The width of the arrow between two stills."""
TICK_BOX_MM: Final = 7.0
"""A tick box of the log."""
LOG_ROW_MM: Final = 10.5
"""A day's row in the log: room to write."""


def handout_pdf(handout: Handout, paper: Paper = Paper.A4) -> bytes:
    """The handout as PDF bytes.

    Raises:
        FontError: no font to print with is installed.
    """
    text = styles.text_styles(styles.HANDOUT_BODY_PT)
    width, _ = frame_size(paper)
    story = [
        *_cover(handout, text, width),
        *(f for e in handout.exercises for f in _exercise(e, text, width)),
        PageBreak(),
        *_log(handout.log, handout.how_often, text, width),
        PageBreak(),
        *_safety(handout, text, width),
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
    subtitle = replace(text.subtitle, textColor=styles.color(styles.MUTED))
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
                Paragraph(markup(handout.stop_rule), replace(text.bold, textColor=_caution())),
                Paragraph(markup(handout.pain_scale), text.body),
            ],
            width,
            "#FFFFFF",
            styles.CAUTION,
        ),
        Paragraph("Your exercises", text.heading),
    ]
    for exercise in handout.exercises:
        story.append(
            Paragraph(
                f"{exercise.number}. <b>{markup(exercise.name)}</b>: {markup(exercise.dose)}",
                _hanging(text.body),
            )
        )
    story += [
        Paragraph("Your physiotherapist", text.heading),
        _write_in(("Name", "Phone", "Next appointment"), text, width),
        PageBreak(),
    ]
    return story


def _caution() -> Color:
    return styles.color(styles.CAUTION)


def _hanging(style: ParagraphStyle, indent: float = 7 * mm) -> ParagraphStyle:
    return replace(style, name=f"{style.name}-hanging", leftIndent=indent, firstLineIndent=-indent)


def _write_in(labels: Sequence[str], text: styles.TextStyles, width: float) -> Table:
    """Lines to write on, each after its label."""
    label_width = 48 * mm
    table = Table(
        [[Paragraph(f"{label}:", text.body), ""] for label in labels],
        colWidths=[label_width, width - label_width],
        rowHeights=[LOG_ROW_MM * mm] * len(labels),
    )
    table.setStyle(
        TableStyle(
            [
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
    numbered = _hanging(text.body)
    steps += [
        Paragraph(f"{k}. {markup(step)}", numbered) for k, step in enumerate(exercise.steps, 1)
    ]
    cautions: list[Flowable] = []
    if exercise.cautions:
        warning = _hanging(replace(text.body, textColor=_caution()))
        cautions.append(Paragraph("<b>Take care</b>", replace(text.body, textColor=_caution())))
        cautions += [Paragraph(f"•\u00a0{markup(c)}", warning) for c in exercise.cautions]
    # The picture stays with the name and the dose; the steps may go on over the page.
    return [KeepTogether([*head, *steps[:2]]), *steps[2:], KeepTogether(cautions), Spacer(1, 3 * mm)]


def _picture(picture: Picture, text: styles.TextStyles, width: float) -> list[Flowable]:
    height = PICTURE_HEIGHT_MM * mm
    caption = replace(text.body, alignment=1, spaceAfter=0)
    note_style = replace(text.body, textColor=styles.color(styles.MUTED))
    if picture.kind is PictureKind.FIGURE and picture.figure is not None:
        frames = picture.frames
        arrow = ARROW_MM * mm
        each = (width - arrow * (len(frames) - 1)) / len(frames)
        each = min(each, height * 1.6)
        cells: list[Flowable | str] = []
        captions: list[Flowable | str] = []
        for k, frame in enumerate(frames):
            if k:
                cells.append(arrow_drawing(arrow, height))
                captions.append("")
            drawing = pose_drawing(
                picture.figure,
                frame.pose,
                each,
                height,
                side=picture.side,
                both_legs=picture.both_legs,
            )
            cells.append(_bordered(drawing))
            captions.append(Paragraph(frame.caption, caption))
        widths = [arrow if k % 2 else each for k in range(len(cells))]
        table = Table([cells, captions], colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out: list[Flowable] = [table]
        if picture.note:
            out.append(Paragraph(markup(picture.note), note_style))
        return out
    if picture.kind is PictureKind.IMAGE and picture.image is not None:
        image = _image(picture.image, width, height)
        if image is not None:
            return [image, Spacer(1, 2 * mm)]
        return [Paragraph(PICTURE_UNREADABLE, note_style)]
    return [Paragraph(markup(picture.note), note_style)] if picture.note else []


def _bordered(drawing: Drawing) -> Drawing:
    """A still in a light frame, so two stills read as two pictures."""
    drawing.insert(
        0,
        Rect(
            0.5,
            0.5,
            drawing.width - 1,
            drawing.height - 1,
            rx=6,
            ry=6,
            fillColor=styles.color(styles.GROUP_FILL),
            strokeColor=styles.color(styles.RULE),
            strokeWidth=0.8,
        ),
    )
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
    image.hAlign = "LEFT"
    return image


def _tick_box() -> Drawing:
    size = TICK_BOX_MM * mm
    box = Drawing(size, size)
    box.add(
        Rect(
            1,
            1,
            size - 2,
            size - 2,
            rx=1.5,
            ry=1.5,
            fillColor=None,
            strokeColor=styles.color(styles.INK),
            strokeWidth=1.2,
        )
    )
    return box


def _log(log: LogPage, how_often: str, text: styles.TextStyles, width: float) -> list[Flowable]:
    intro = (
        f"Your programme: {how_often.lower()}. Tick a box each time you do your exercises, "
        "and write down your pain (0 to 10) before and after, and anything you noticed. "
        "Bring this page to your next appointment."
    )
    cell = replace(text.body, spaceAfter=0)
    centred = replace(cell, alignment=1)
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
    day_w, date_w, box_w, pain_w = 13 * mm, 24 * mm, 14 * mm, 21 * mm
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
    bullet = _hanging(text.body, 5 * mm)
    story: list[Flowable] = [Paragraph("Safety advice", text.heading)]
    story += [Paragraph(f"•\u00a0{markup(line)}", bullet) for line in handout.safety]
    story += [
        Spacer(1, 4 * mm),
        _box(
            [Paragraph(markup(handout.stop_rule), replace(text.bold, textColor=_caution()))],
            width,
            "#FFFFFF",
            styles.CAUTION,
        ),
    ]
    return story
