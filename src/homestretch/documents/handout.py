"""What the printed handout of a routine says: its content, built from the routine alone.

A physiotherapist gives a patient the routine on paper as well as in the app.
:func:`build_handout` turns a :class:`~homestretch.core.routine.Routine` into
a :class:`Handout`: a cover (name, the physiotherapist's description, how
often, the stop rule in words), one section per exercise (its picture, name,
position, steps, dose in words and cautions), a tick-box log for two weeks and
general safety advice. Every wording of a dose, a position or the stop rule
comes from :mod:`homestretch.core.formatting`, so the paper says what the app
says. :func:`handout_document` says it as document blocks
(:mod:`homestretch.documents.blocks`); nothing here draws:
:mod:`homestretch.documents.render`, the report's renderer too, makes the pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

from homestretch import APP_NAME
from homestretch.core.formatting import (
    POSITION_WORDS,
    dose_text,
    plural,
    sessions_text,
    stop_rule_text,
)
from homestretch.core.phrases import say
from homestretch.core.pose import Figure, key_frames, load_figure
from homestretch.core.routine import (
    FIGURE_SUFFIXES,
    Exercise,
    Routine,
    RoutineError,
    Side,
    Sides,
)
from homestretch.core.timeline import session_size
from homestretch.documents import blocks, styles
from homestretch.documents.blocks import Block, Gap, Heading, Items, Keep, Style, Text, Tone
from homestretch.documents.pdf import Paper, write

LOG_DAYS: Final = 14
"""The tick-box log covers two weeks."""
MAX_LOG_SESSIONS_PER_DAY: Final = 3
"""The most sessions a day a routine can ask for (21 a week): tick boxes per day."""
RASTER_SUFFIXES: Final = frozenset({".png", ".jpg", ".jpeg"})
"""Custom pictures the handout embeds as they are."""
IMAGE_HEIGHT_MM: Final = 75.0
"""The most height a routine's own picture takes."""
LOG_ROW_MM: Final = 12.0
"""A day's row in the log: room to write."""

PAIN_SCALE: Final = (
    "Pain is rated from 0 (no pain) to 10 (the worst pain you can imagine). "
    "A rise is counted from the rating you give before you start."
)
SAFETY_ADVICE: Final = (
    "Move slowly and smoothly. Do not bounce or jerk into a stretch.",
    "Breathe normally throughout; do not hold your breath.",
    "A gentle stretch or mild discomfort is fine. Sharp, shooting or spreading pain is not: "
    "stop that exercise.",
    "Some soreness for a day after exercising is common and settles. If it lasts longer, "
    "tell your physiotherapist.",
    "Use a firm chair without wheels and a mat on the floor, with space around you.",
    "Get up from lying slowly: roll onto your side first, then push yourself up with your arms.",
    "Seek urgent medical help (call your emergency number) if you have new numbness around "
    "your bottom or genitals, new trouble passing or holding urine or stools, or weakness in "
    "your legs that gets worse.",
)
"""General advice for any routine, in plain words (the physiotherapist adds the rest)."""

PICTURE_NOT_SHOWN: Final = "Picture not shown: the handout cannot print SVG pictures."
PICTURE_UNREADABLE: Final = "Picture not shown: its file could not be read."
NO_PICTURE: Final = "No picture for this exercise."


class PictureKind(Enum):
    FIGURE = "figure"
    """A pose figure: drawn as vector pictures of its start and end poses."""
    IMAGE = "image"
    """The routine's own PNG or JPEG picture, embedded as it is."""
    NONE = "none"
    """Nothing to show; :attr:`Picture.note` says why."""


Frame = blocks.Still
"""One still of a figure, with its caption ("Start", "End")."""


@dataclass(frozen=True)
class Picture:
    kind: PictureKind
    figure: Figure | None = None
    frames: tuple[Frame, ...] = ()
    image: Path | None = None
    side: Side | None = None
    """The side the figure shows working (None: no one side)."""
    both_legs: bool = False
    note: str = ""
    """What the picture shows in words (its colours), or why there is none."""


@dataclass(frozen=True)
class HandoutExercise:
    number: int
    name: str
    position: str
    summary: str
    steps: tuple[str, ...]
    dose: str
    cautions: tuple[str, ...]
    picture: Picture


@dataclass(frozen=True)
class LogPage:
    """A table to tick: one row per day, a box per session of that day."""

    days: int
    sessions_per_day: int
    days_per_week: int
    """How many days of each week have sessions (7 unless the routine asks for fewer)."""


@dataclass(frozen=True)
class Handout:
    title: str
    description: str
    how_often: str
    session_length: str
    """How long one session takes, in words ("About 14 minutes")."""
    stop_rule: str
    pain_scale: str
    exercises: tuple[HandoutExercise, ...]
    log: LogPage
    safety: tuple[str, ...]


def build_handout(routine: Routine) -> Handout:
    """The handout of ``routine`` (reads its figure files; a broken one is noted, not fatal)."""
    return Handout(
        title=routine.name,
        description=routine.description.strip(),
        how_often=sessions_text(routine.sessions_per_week),
        session_length=_about(session_size(routine).seconds),
        stop_rule=stop_rule_text(routine.stop_rule) + ".",
        pain_scale=PAIN_SCALE,
        exercises=tuple(
            _exercise(k + 1, e, routine.language) for k, e in enumerate(routine.exercises)
        ),
        log=log_page(routine.sessions_per_week),
        safety=SAFETY_ADVICE,
    )


def _about(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return f"About {plural(minutes, 'minute')}"


def log_page(sessions_per_week: int) -> LogPage:
    per_day = min(MAX_LOG_SESSIONS_PER_DAY, max(1, -(-sessions_per_week // 7)))
    return LogPage(LOG_DAYS, per_day, min(7, sessions_per_week))


def _exercise(number: int, exercise: Exercise, language: str) -> HandoutExercise:
    return HandoutExercise(
        number=number,
        name=exercise.name,
        position=say(language, POSITION_WORDS[exercise.position]),
        summary=exercise.summary,
        steps=exercise.steps,
        dose=dose_text(exercise),
        cautions=exercise.cautions,
        picture=picture_of(exercise),
    )


def picture_of(exercise: Exercise) -> Picture:
    """What the handout shows for ``exercise``."""
    path = exercise.illustration
    if path is None:
        return Picture(PictureKind.NONE, note=NO_PICTURE)
    suffix = path.suffix.lower()
    if suffix in FIGURE_SUFFIXES:
        try:
            figure = load_figure(path)
        except RoutineError:
            return Picture(PictureKind.NONE, note=PICTURE_UNREADABLE)
        side = exercise.first_side if exercise.one_sided else None
        both = exercise.sides is Sides.BOTH
        return Picture(
            PictureKind.FIGURE,
            figure=figure,
            frames=figure_frames(figure),
            side=side,
            both_legs=both,
            note=_colour_note(exercise),
        )
    if suffix in RASTER_SUFFIXES:
        return Picture(PictureKind.IMAGE, image=path)
    return Picture(PictureKind.NONE, note=PICTURE_NOT_SHOWN)


def figure_frames(figure: Figure) -> tuple[Frame, ...]:
    """The stills to print: the start and the key moment; for an exercise of the hands
    (tapping, rubbing) whose key moment is the start, the hands at work instead."""
    start, key = key_frames(figure)
    if key is not start and key != start:
        return (Frame("Start", start), Frame("End", key))
    hands = figure.poses.get("hands")
    if hands is not None and hands != start:
        return (Frame("Start", start), Frame("Hands at work", hands))
    return (Frame("Position", start),)


def _colour_note(exercise: Exercise) -> str:
    if exercise.sides is Sides.BOTH:
        return "Green: both legs work together."
    if not exercise.one_sided:
        return ""
    first, other = exercise.first_side, exercise.first_side.other
    colour = "Red" if first is Side.RIGHT else "Blue"
    return f"{colour}: your {first} leg, working. Then do the same with your {other} leg."


# --------------------------------------------------------------------------- as blocks


def handout_document(handout: Handout) -> blocks.Document:
    """The handout as document blocks: the cover, a page per exercise (never split),
    the safety advice, and the log on a page of its own."""
    story: list[Block] = [*_cover(handout)]
    story += [_exercise_blocks(e) for e in handout.exercises]
    story += [Keep(_safety(handout)), blocks.PageBreak(), *_log(handout.log, handout.how_often)]
    return blocks.Document(
        title=handout.title,
        footer=f"{APP_NAME} handout: {handout.title}",
        blocks=story,
        subject="Home exercise programme",
    )


def handout_pdf(handout: Handout, paper: Paper = Paper.A4) -> bytes:
    """The handout as PDF bytes, in large type.

    Raises:
        FontError: no font to print with is installed.
    """
    from homestretch.documents.render import render_document

    text = styles.text_styles(styles.HANDOUT_BODY_PT)
    return render_document(handout_document(handout), text, paper=paper)


def write_handout(routine: Routine, output: Path, paper: Paper = Paper.A4) -> Path:
    """Make the handout of ``routine`` and write it to ``output`` atomically.

    Raises:
        FontError: no font to print with is installed.
        OSError: ``output`` cannot be written (nothing is left behind).
    """
    return write(output, handout_pdf(build_handout(routine), paper))


def _cover(handout: Handout) -> list[Block]:
    story: list[Block] = [
        Text("Your home exercise programme", Style.SUBTITLE),
        Text(handout.title, Style.TITLE),
        Gap(2),
    ]
    if handout.description:
        story.append(Text(handout.description))
    story += [
        Gap(2),
        blocks.Box(
            [
                Text(handout.how_often, lead="How often:"),
                Text(handout.session_length, lead="Each session:"),
            ]
        ),
        Gap(4),
        blocks.Box([Text(handout.stop_rule, Style.ALERT), Text(handout.pain_scale)], Tone.CAUTION),
        Heading("Your exercises"),
        Items([Text(e.dose, lead=f"{e.name}:") for e in handout.exercises], numbered=True),
        Heading("Your physiotherapist"),
        blocks.WriteIn(("Name", "Phone", "Next appointment")),
        blocks.PageBreak(),
    ]
    return story


def _exercise_blocks(exercise: HandoutExercise) -> Keep:
    story: list[Block] = [Heading(f"{exercise.number}. {exercise.name}")]
    story += _picture_blocks(exercise.picture)
    story += [
        Text(exercise.position, lead="Position:"),
        Text(exercise.dose, lead="How much:"),
    ]
    if exercise.summary:
        story.append(Text(exercise.summary))
    story += [Text("Steps", Style.BOLD), Items([Text(s) for s in exercise.steps], numbered=True)]
    if exercise.cautions:
        story += [
            Text("Take care", Style.ALERT),
            Items([Text(c, Style.WARNING) for c in exercise.cautions]),
        ]
    story += [Gap(2), blocks.WriteIn(("Notes", "", "")), Gap(4)]
    # An exercise is never split over two pages: its picture stays with its steps.
    return Keep(story)


def _picture_blocks(picture: Picture) -> list[Block]:
    if picture.kind is PictureKind.FIGURE and picture.figure is not None:
        stills: list[Block] = [
            blocks.Stills(picture.figure, picture.frames, picture.side, picture.both_legs)
        ]
        return stills + ([Text(picture.note, Style.NOTE)] if picture.note else [])
    if picture.kind is PictureKind.IMAGE and picture.image is not None:
        return [blocks.Picture(picture.image, IMAGE_HEIGHT_MM, PICTURE_UNREADABLE)]
    return [Text(picture.note, Style.NOTE)] if picture.note else []


def _safety(handout: Handout) -> list[Block]:
    return [
        Heading("Safety advice"),
        Items([Text(advice) for advice in handout.safety]),
        Gap(4),
        blocks.Box([Text(handout.stop_rule, Style.ALERT)], Tone.CAUTION),
    ]


def _log(log: LogPage, how_often: str) -> list[Block]:
    intro = (
        f"Your programme: {how_often.lower()}. Tick a box each time you do your exercises, "
        "and write down your pain (0 to 10) before and after, and anything you noticed. "
        "Bring this page to your next appointment."
    )
    sessions = log.sessions_per_day
    centre = blocks.Align.CENTRE
    columns = [
        blocks.TickColumn("Day", 16),
        blocks.TickColumn("Date", 28),
        *(
            blocks.TickColumn("Done" if sessions == 1 else f"{k}", 18, ticks=True, align=centre)
            for k in range(1, sessions + 1)
        ),
        blocks.TickColumn("Pain before", 24, align=centre),
        blocks.TickColumn("Pain after", 24, align=centre),
        blocks.TickColumn("Notes", None),
    ]
    rows = [[f"{day}", *[""] * (len(columns) - 1)] for day in range(1, log.days + 1)]
    story: list[Block] = [Heading("Your exercise log: two weeks"), Text(intro)]
    if sessions > 1:
        story.append(Text(f"Columns 1 to {sessions}: the sessions of the day."))
    if log.days_per_week < 7:
        story.append(
            Text(
                f"You exercise on {log.days_per_week} days of each week: "
                "leave the other days empty."
            )
        )
    story += [Gap(2), blocks.TickTable(columns, rows, LOG_ROW_MM, rule_every=7)]
    return story
