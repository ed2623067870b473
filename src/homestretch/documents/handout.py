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
    sessions_text,
    stop_rule_text,
)
from homestretch.core.phrases import DEFAULT_LANGUAGE, Phrase, language_of, say, sentence
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

SAFETY_ADVICE: Final = (
    Phrase.SAFETY_SLOWLY,
    Phrase.SAFETY_BREATHE,
    Phrase.SAFETY_DISCOMFORT,
    Phrase.SAFETY_SORENESS,
    Phrase.SAFETY_SPACE,
    Phrase.SAFETY_GETTING_UP,
    Phrase.SAFETY_URGENT,
)
"""General advice for any routine, in plain words (the physiotherapist adds the rest)."""

PICTURE_NOT_SHOWN: Final = Phrase.PRINT_NO_SVG
PICTURE_UNREADABLE: Final = Phrase.PRINT_UNREADABLE
NO_PICTURE: Final = Phrase.PRINT_NO_PICTURE


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
    language: str
    """The routine's language tag: the handout's own words are in it too."""
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
    """The handout of ``routine`` in its language (reads its figure files; a broken one
    is noted, not fatal)."""
    language = routine.language
    minutes = max(1, round(session_size(routine).seconds / 60))
    return Handout(
        language=language,
        title=routine.name,
        description=routine.description.strip(),
        how_often=sessions_text(routine.sessions_per_week, language),
        session_length=say(language, Phrase.ABOUT_MINUTES, count=minutes),
        stop_rule=sentence(stop_rule_text(routine.stop_rule, language), language),
        pain_scale=say(language, Phrase.PAIN_SCALE),
        exercises=tuple(_exercise(k + 1, e, language) for k, e in enumerate(routine.exercises)),
        log=log_page(routine.sessions_per_week),
        safety=tuple(say(language, advice) for advice in SAFETY_ADVICE),
    )


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
        dose=dose_text(exercise, language),
        cautions=exercise.cautions,
        picture=picture_of(exercise, language),
    )


def picture_of(exercise: Exercise, language: str = DEFAULT_LANGUAGE) -> Picture:
    """What the handout shows for ``exercise``, its words in ``language``."""
    path = exercise.illustration
    if path is None:
        return Picture(PictureKind.NONE, note=say(language, NO_PICTURE))
    suffix = path.suffix.lower()
    if suffix in FIGURE_SUFFIXES:
        try:
            figure = load_figure(path)
        except RoutineError:
            return Picture(PictureKind.NONE, note=say(language, PICTURE_UNREADABLE))
        side = exercise.first_side if exercise.one_sided else None
        both = exercise.sides is Sides.BOTH
        return Picture(
            PictureKind.FIGURE,
            figure=figure,
            frames=figure_frames(figure, language),
            side=side,
            both_legs=both,
            note=_colour_note(exercise, language),
        )
    if suffix in RASTER_SUFFIXES:
        return Picture(PictureKind.IMAGE, image=path)
    return Picture(PictureKind.NONE, note=say(language, PICTURE_NOT_SHOWN))


def figure_frames(figure: Figure, language: str = DEFAULT_LANGUAGE) -> tuple[Frame, ...]:
    """The stills to print: the start and the key moment; for an exercise of the hands
    (tapping, rubbing) whose key moment is the start, the hands at work instead."""
    start, key = key_frames(figure)
    first = Frame(say(language, Phrase.STILL_START), start)
    if key is not start and key != start:
        return (first, Frame(say(language, Phrase.STILL_END), key))
    hands = figure.poses.get("hands")
    if hands is not None and hands != start:
        return (first, Frame(say(language, Phrase.STILL_HANDS), hands))
    return (Frame(say(language, Phrase.STILL_POSITION), start),)


def _colour_note(exercise: Exercise, language: str) -> str:
    if exercise.sides is Sides.BOTH:
        return say(language, Phrase.COLOUR_BOTH_LEGS)
    if not exercise.one_sided:
        return ""
    first = exercise.first_side
    return say(
        language, Phrase.COLOUR_RIGHT_FIRST if first is Side.RIGHT else Phrase.COLOUR_LEFT_FIRST
    )


# --------------------------------------------------------------------------- as blocks


def handout_document(handout: Handout) -> blocks.Document:
    """The handout as document blocks: the cover, a page per exercise (never split),
    the safety advice, and the log on a page of its own."""
    story: list[Block] = [*_cover(handout)]
    story += [_exercise_blocks(e, handout.language) for e in handout.exercises]
    story += [Keep(_safety(handout)), blocks.PageBreak(), *_log(handout)]
    language = handout.language
    return blocks.Document(
        title=handout.title,
        footer=say(language, Phrase.HANDOUT_FOOTER, app=APP_NAME, title=handout.title),
        blocks=story,
        subject=say(language, Phrase.HANDOUT_SUBJECT),
        page_of=say(language, Phrase.PAGE_OF, page="{page}", pages="{pages}"),
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
    language = handout.language
    story: list[Block] = [
        Text(say(language, Phrase.HANDOUT_KICKER), Style.SUBTITLE),
        Text(handout.title, Style.TITLE),
        Gap(2),
    ]
    if handout.description:
        story.append(Text(handout.description))
    story += [
        Gap(2),
        blocks.Box(
            [
                Text(handout.how_often, lead=say(language, Phrase.HOW_OFTEN)),
                Text(handout.session_length, lead=say(language, Phrase.EACH_SESSION)),
            ]
        ),
        Gap(4),
        blocks.Box([Text(handout.stop_rule, Style.ALERT), Text(handout.pain_scale)], Tone.CAUTION),
        Heading(say(language, Phrase.YOUR_EXERCISES)),
        Items(
            [Text(e.dose, lead=_labelled(e.name, language)) for e in handout.exercises],
            numbered=True,
        ),
        blocks.PageBreak(),
    ]
    return story


def _labelled(name: str, language: str) -> str:
    """``Name:`` (``名称：`` in Chinese)."""
    return name + ("：" if language_of(language) == "zh-CN" else ":")


def _exercise_blocks(exercise: HandoutExercise, language: str) -> Keep:
    story: list[Block] = [Heading(f"{exercise.number}. {exercise.name}")]
    story += _picture_blocks(exercise.picture, language)
    story += [
        Text(exercise.position, lead=say(language, Phrase.LABEL_POSITION)),
        Text(exercise.dose, lead=say(language, Phrase.LABEL_HOW_MUCH)),
    ]
    if exercise.summary:
        story.append(Text(exercise.summary))
    steps = Items([Text(s) for s in exercise.steps], numbered=True)
    story += [Text(say(language, Phrase.STEPS), Style.BOLD), steps]
    if exercise.cautions:
        story += [
            Text(say(language, Phrase.TAKE_CARE_HEADING), Style.ALERT),
            Items([Text(c, Style.WARNING) for c in exercise.cautions]),
        ]
    story += [Gap(2), blocks.WriteIn((say(language, Phrase.WRITE_NOTES), "", "")), Gap(4)]
    # An exercise is never split over two pages: its picture stays with its steps.
    return Keep(story)


def _picture_blocks(picture: Picture, language: str) -> list[Block]:
    if picture.kind is PictureKind.FIGURE and picture.figure is not None:
        stills: list[Block] = [
            blocks.Stills(picture.figure, picture.frames, picture.side, picture.both_legs)
        ]
        return stills + ([Text(picture.note, Style.NOTE)] if picture.note else [])
    if picture.kind is PictureKind.IMAGE and picture.image is not None:
        unreadable = say(language, PICTURE_UNREADABLE)
        return [blocks.Picture(picture.image, IMAGE_HEIGHT_MM, unreadable)]
    return [Text(picture.note, Style.NOTE)] if picture.note else []


def _safety(handout: Handout) -> list[Block]:
    return [
        Heading(say(handout.language, Phrase.SAFETY_HEADING)),
        Items([Text(advice) for advice in handout.safety]),
        Gap(4),
        blocks.Box([Text(handout.stop_rule, Style.ALERT)], Tone.CAUTION),
        # Who to call, right under when to call (the cover has no room in every language).
        Heading(say(handout.language, Phrase.YOUR_PHYSIOTHERAPIST)),
        blocks.WriteIn(
            [
                say(handout.language, Phrase.WRITE_NAME),
                say(handout.language, Phrase.WRITE_PHONE),
                say(handout.language, Phrase.WRITE_APPOINTMENT),
            ]
        ),
    ]


def _log(handout: Handout) -> list[Block]:
    language, log = handout.language, handout.log
    how_often = handout.how_often[:1].lower() + handout.how_often[1:]
    sessions = log.sessions_per_day
    centre = blocks.Align.CENTRE
    done = (
        [say(language, Phrase.COLUMN_DONE)]
        if sessions == 1
        else [f"{k}" for k in range(1, 1 + sessions)]
    )
    columns = [
        blocks.TickColumn(say(language, Phrase.COLUMN_DAY), 16),
        blocks.TickColumn(say(language, Phrase.COLUMN_DATE), 28),
        *(blocks.TickColumn(title, 18, ticks=True, align=centre) for title in done),
        blocks.TickColumn(say(language, Phrase.COLUMN_PAIN_BEFORE), 24, align=centre),
        blocks.TickColumn(say(language, Phrase.COLUMN_PAIN_AFTER), 24, align=centre),
        blocks.TickColumn(say(language, Phrase.COLUMN_NOTES), None),
    ]
    rows = [[f"{day}", *[""] * (len(columns) - 1)] for day in range(1, log.days + 1)]
    story: list[Block] = [
        Heading(say(language, Phrase.LOG_HEADING)),
        Text(say(language, Phrase.LOG_INTRO, how_often=how_often)),
    ]
    if sessions > 1:
        story.append(Text(say(language, Phrase.LOG_COLUMNS, count=sessions)))
    if log.days_per_week < 7:
        story.append(Text(say(language, Phrase.LOG_DAYS_PER_WEEK, days=log.days_per_week)))
    story += [Gap(2), blocks.TickTable(columns, rows, LOG_ROW_MM, rule_every=7)]
    return story
