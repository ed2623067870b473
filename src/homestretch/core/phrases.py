"""Everything Homestretch itself says or shows during a session, in each routine language.

A routine is written in one language (its ``language:`` key, a BCP 47 tag);
the words around the routine's own texts (the rep counts, the sides, the
rests, "Next exercise", the end, the stop rule's advice, the words over the
countdown) come from the one table here, :data:`PHRASES`, so a Dutch routine
is read out and shown in Dutch from start to end. The interface around the
session (menus, buttons, dialogs) is not in this table: it follows the
interface's language.

Each phrase is a :class:`Phrase`; its text has ``str.format`` placeholders
(``{rep}``, ``{name}``...) that are the same in every language, and a phrase
with a count that changes the words (``1 exercise``, ``3 exercises``) has
:class:`Plural` forms chosen by that count. tests/core/test_phrases.py fails
when a language lacks a phrase or a placeholder differs from English.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate


class Phrase(StrEnum):
    """One thing the session says or shows, whatever the language."""

    # -- spoken (the timeline's cues; also shown in ``homestretch preview``)
    START_LEFT = "start-left"
    START_RIGHT = "start-right"
    SWITCH_TO_LEFT = "switch-to-left"
    SWITCH_TO_RIGHT = "switch-to-right"
    LEFT_LEG = "left-leg"
    RIGHT_LEG = "right-leg"
    REP = "rep"
    SET_NEXT = "set-next"
    REST = "rest"
    RELAX = "relax"
    WELL_DONE_REST = "well-done-rest"
    NEXT = "next"
    SESSION_COMPLETE = "session-complete"
    # -- the stop rule (spoken and shown)
    PAIN_WENT_UP = "pain-went-up"
    PAIN_AT_LEAST = "pain-at-least"
    PAIN_ROSE = "pain-rose"
    STOP_ADVICE = "stop-advice"
    CARRY_ON_ADVICE = "carry-on-advice"
    PAIN_NOW = "pain-now"
    NO_PAIN = "no-pain"
    MILD_PAIN = "mild-pain"
    MODERATE_PAIN = "moderate-pain"
    SEVERE_PAIN = "severe-pain"
    WORST_PAIN = "worst-pain"
    # -- shown on the session page
    NEXT_SITTING = "next-sitting"
    NEXT_STANDING = "next-standing"
    NEXT_LYING_FACE_DOWN = "next-lying-face-down"
    NEXT_LYING_ON_BACK = "next-lying-on-back"
    NEXT_LYING_ON_SIDE = "next-lying-on-side"
    NEXT_END = "next-end"
    NEXT_EXERCISE = "next-exercise"
    NEXT_SWITCH_LEFT = "next-switch-left"
    NEXT_SWITCH_RIGHT = "next-switch-right"
    NEXT_REST = "next-rest"
    NEXT_STEP = "next-step"
    NEXT_STEP_LEFT = "next-step-left"
    NEXT_STEP_RIGHT = "next-step-right"
    SITTING = "sitting"
    STANDING = "standing"
    LYING_FACE_DOWN = "lying-face-down"
    LYING_ON_BACK = "lying-on-back"
    LYING_ON_SIDE = "lying-on-side"
    NO_PICTURE = "no-picture"
    PICTURE_UNREADABLE = "picture-unreadable"
    # -- what a screen reader says of the picture, and is told away from the focus
    PICTURE = "picture"
    PICTURE_OF = "picture-of"
    PICTURE_OF_LEFT = "picture-of-left"
    PICTURE_OF_RIGHT = "picture-of-right"
    PICTURE_OF_BOTH = "picture-of-both"
    WORKING_LEFT = "working-left"
    WORKING_RIGHT = "working-right"
    WORKING_BOTH = "working-both"
    PAUSED_SAID = "paused-said"
    GOING_ON = "going-on"
    BADGE_LEFT = "badge-left"
    BADGE_RIGHT = "badge-right"
    BADGE_BOTH = "badge-both"
    GET_READY = "get-ready"
    SWITCH_SIDE = "switch-side"
    RESTING = "resting"
    WELL_DONE = "well-done"
    PAUSED = "paused"
    PAUSED_IN = "paused-in"
    PAUSED_HINT = "paused-hint"
    ADVICE_KEYS = "advice-keys"
    REP_OF = "rep-of"
    REP_AND_SET_OF = "rep-and-set-of"
    SET_OF = "set-of"
    SET_OF_NEXT = "set-of-next"
    EXERCISE_OF = "exercise-of"
    TAKE_CARE = "take-care"
    TIME_LEFT = "time-left"
    SESSION_STOPPED = "session-stopped"
    EXERCISES_DONE = "exercises-done"
    # -- the printed handout
    HANDOUT_KICKER = "handout-kicker"
    HANDOUT_SUBJECT = "handout-subject"
    HANDOUT_FOOTER = "handout-footer"
    PAGE_OF = "page-of"
    HOW_OFTEN = "how-often"
    EACH_SESSION = "each-session"
    ABOUT_MINUTES = "about-minutes"
    OFTEN_WEEK_ONCE = "often-week-once"
    OFTEN_WEEK_TWICE = "often-week-twice"
    OFTEN_WEEK = "often-week"
    OFTEN_DAY_ONCE = "often-day-once"
    OFTEN_DAY_TWICE = "often-day-twice"
    OFTEN_DAY = "often-day"
    STOP_RULE_BOTH = "stop-rule-both"
    STOP_RULE_RISE = "stop-rule-rise"
    STOP_RULE_LIMIT = "stop-rule-limit"
    STOP_RULE_NONE = "stop-rule-none"
    PAIN_SCALE = "pain-scale"
    YOUR_EXERCISES = "your-exercises"
    YOUR_PHYSIOTHERAPIST = "your-physiotherapist"
    WRITE_NAME = "write-name"
    WRITE_PHONE = "write-phone"
    WRITE_APPOINTMENT = "write-appointment"
    WRITE_NOTES = "write-notes"
    LABEL_POSITION = "label-position"
    LABEL_HOW_MUCH = "label-how-much"
    STEPS = "steps"
    TAKE_CARE_HEADING = "take-care-heading"
    STILL_START = "still-start"
    STILL_END = "still-end"
    STILL_HANDS = "still-hands"
    STILL_POSITION = "still-position"
    COLOUR_BOTH_LEGS = "colour-both-legs"
    COLOUR_RIGHT_FIRST = "colour-right-first"
    COLOUR_LEFT_FIRST = "colour-left-first"
    PRINT_NO_SVG = "print-no-svg"
    PRINT_UNREADABLE = "print-unreadable"
    PRINT_NO_PICTURE = "print-no-picture"
    SAFETY_HEADING = "safety-heading"
    SAFETY_SLOWLY = "safety-slowly"
    SAFETY_BREATHE = "safety-breathe"
    SAFETY_DISCOMFORT = "safety-discomfort"
    SAFETY_SORENESS = "safety-soreness"
    SAFETY_SPACE = "safety-space"
    SAFETY_GETTING_UP = "safety-getting-up"
    SAFETY_URGENT = "safety-urgent"
    LOG_HEADING = "log-heading"
    LOG_INTRO = "log-intro"
    LOG_COLUMNS = "log-columns"
    LOG_DAYS_PER_WEEK = "log-days-per-week"
    COLUMN_DAY = "column-day"
    COLUMN_DATE = "column-date"
    COLUMN_DONE = "column-done"
    COLUMN_PAIN_BEFORE = "column-pain-before"
    COLUMN_PAIN_AFTER = "column-pain-after"
    COLUMN_NOTES = "column-notes"
    SECONDS = "seconds"
    MINUTES = "minutes"
    MINUTES_SECONDS = "minutes-seconds"
    DOSE_ONCE = "dose-once"
    DOSE_TIMES = "dose-times"
    DOSE_ALTERNATING = "dose-alternating"
    DOSE_BOTH_LEGS = "dose-both-legs"
    DOSE_LEFT_FIRST = "dose-left-first"
    DOSE_RIGHT_FIRST = "dose-right-first"
    DOSE_ALL_LEFT_FIRST = "dose-all-left-first"
    DOSE_ALL_RIGHT_FIRST = "dose-all-right-first"
    DOSE_HOLD = "dose-hold"
    DOSE_SETS = "dose-sets"
    DOSE_SETS_RESTING = "dose-sets-resting"
    HOLD_PHASE = "hold-phase"


@dataclass(frozen=True)
class Plural:
    """A phrase whose words depend on a count: ``one`` for 1, ``other`` for the rest.

    ``count`` names the placeholder that holds the count. A language without
    plural forms (Chinese) gives the same text for both.
    """

    count: str
    one: str
    other: str

    def pick(self, n: int) -> str:
        return self.one if n == 1 else self.other


Text = str | Plural

DEFAULT_LANGUAGE: Final = "en"
"""A routine without ``language:`` is in English; so is one in a language not in the table."""

LANGUAGE_NAMES: Final = {
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "de": QT_TRANSLATE_NOOP("Languages", "German (Deutsch)"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch (Nederlands)"),
    "zh-CN": QT_TRANSLATE_NOOP("Languages", "Simplified Chinese (简体中文)"),
}
"""The languages in the table, by their tag, named in plain English words with their own
name (the first is the default); :func:`language_name` gives them in the interface's
language."""
OWN_NAMES: Final = {"en": "English", "de": "Deutsch", "nl": "Nederlands", "zh-CN": "简体中文"}
"""The languages in the table, each named in itself (the editor's list of languages)."""

_ENGLISH: Final[dict[Phrase, Text]] = {
    Phrase.START_LEFT: "Start with your left leg.",
    Phrase.START_RIGHT: "Start with your right leg.",
    Phrase.SWITCH_TO_LEFT: "Switch to your left leg.",
    Phrase.SWITCH_TO_RIGHT: "Switch to your right leg.",
    Phrase.LEFT_LEG: "Left leg.",
    Phrase.RIGHT_LEG: "Right leg.",
    Phrase.REP: "Rep {rep}.",
    Phrase.SET_NEXT: "Set {set} of {sets} next.",
    Phrase.REST: "Rest.",
    Phrase.RELAX: "Relax.",
    Phrase.WELL_DONE_REST: "Well done. Rest.",
    Phrase.NEXT: "Next: {name}",
    Phrase.SESSION_COMPLETE: "Session complete. Well done.",
    Phrase.PAIN_WENT_UP: "Your pain has gone up.",
    Phrase.PAIN_AT_LEAST: "Your pain is {now} out of 10 (the limit set is {limit}).",
    Phrase.PAIN_ROSE: "Your pain rose from {before} to {now} (the limit set is a rise of {rise}).",
    Phrase.STOP_ADVICE: (
        "Please stop exercising now and contact your physiotherapist before you continue."
    ),
    Phrase.CARRY_ON_ADVICE: "You chose to carry on: stop at once if the pain gets worse.",
    Phrase.PAIN_NOW: "Pain now: {rating} out of 10 ({anchor}).",
    Phrase.NO_PAIN: "no pain",
    Phrase.MILD_PAIN: "mild",
    Phrase.MODERATE_PAIN: "moderate",
    Phrase.SEVERE_PAIN: "severe",
    Phrase.WORST_PAIN: "worst imaginable",
    Phrase.NEXT_SITTING: "Next: sit on a firm chair",
    Phrase.NEXT_STANDING: "Next: stand up",
    Phrase.NEXT_LYING_FACE_DOWN: "Next: lie face down on the mat",
    Phrase.NEXT_LYING_ON_BACK: "Next: lie on your back on the mat",
    Phrase.NEXT_LYING_ON_SIDE: "Next: lie on your side on the mat",
    Phrase.NEXT_END: "Next: the end. Nearly there!",
    Phrase.NEXT_EXERCISE: "Next exercise: {name}",
    Phrase.NEXT_SWITCH_LEFT: "Next: switch to the left leg",
    Phrase.NEXT_SWITCH_RIGHT: "Next: switch to the right leg",
    Phrase.NEXT_REST: "Next: rest {seconds} s",
    Phrase.NEXT_STEP: "Next: {step}, {seconds} s",
    Phrase.NEXT_STEP_LEFT: "Next: {step} (left leg), {seconds} s",
    Phrase.NEXT_STEP_RIGHT: "Next: {step} (right leg), {seconds} s",
    Phrase.SITTING: "Sitting on a chair",
    Phrase.STANDING: "Standing",
    Phrase.LYING_FACE_DOWN: "Lying face down",
    Phrase.LYING_ON_BACK: "Lying on your back",
    Phrase.LYING_ON_SIDE: "Lying on your side",
    Phrase.NO_PICTURE: "(no picture for this exercise)",
    Phrase.PICTURE_UNREADABLE: "(the picture could not be shown)",
    Phrase.PICTURE: "Exercise picture",
    Phrase.PICTURE_OF: "Picture: {name}",
    Phrase.PICTURE_OF_LEFT: "Picture: {name}, left leg",
    Phrase.PICTURE_OF_RIGHT: "Picture: {name}, right leg",
    Phrase.PICTURE_OF_BOTH: "Picture: {name}, both legs",
    Phrase.WORKING_LEFT: "Working the left leg.",
    Phrase.WORKING_RIGHT: "Working the right leg.",
    Phrase.WORKING_BOTH: "Working both legs.",
    Phrase.PAUSED_SAID: "Paused.",
    Phrase.GOING_ON: "Going on.",
    Phrase.BADGE_LEFT: "LEFT LEG",
    Phrase.BADGE_RIGHT: "RIGHT LEG",
    Phrase.BADGE_BOTH: "BOTH LEGS",
    Phrase.GET_READY: "GET READY",
    Phrase.SWITCH_SIDE: "SWITCH SIDE",
    Phrase.RESTING: "REST",
    Phrase.WELL_DONE: "WELL DONE",
    Phrase.PAUSED: "PAUSED",
    Phrase.PAUSED_IN: "PAUSED · {phase}",
    Phrase.PAUSED_HINT: "Paused. Press Space to carry on.",
    Phrase.ADVICE_KEYS: "Space ends the session; C carries on anyway.",
    Phrase.REP_OF: "rep {rep} of {reps}",
    Phrase.REP_AND_SET_OF: "rep {rep} of {reps}  ·  set {set} of {sets}",
    Phrase.SET_OF: "set {set} of {sets}",
    Phrase.SET_OF_NEXT: "set {set} of {sets} next",
    Phrase.EXERCISE_OF: "Exercise {number} of {count}",
    Phrase.TAKE_CARE: "Take care: {caution}",
    Phrase.TIME_LEFT: "{time} left",
    Phrase.SESSION_STOPPED: "SESSION STOPPED",
    Phrase.EXERCISES_DONE: Plural(
        "count",
        "{done} of {count} exercise done in {time}.",
        "{done} of {count} exercises done in {time}.",
    ),
    Phrase.HANDOUT_KICKER: "Your home exercise programme",
    Phrase.HANDOUT_SUBJECT: "Home exercise programme",
    Phrase.HANDOUT_FOOTER: "{app} handout: {title}",
    Phrase.PAGE_OF: "page {page} of {pages}",
    Phrase.HOW_OFTEN: "How often:",
    Phrase.EACH_SESSION: "Each session:",
    Phrase.ABOUT_MINUTES: Plural(
        "count",
        "About {count} minute",
        "About {count} minutes",
    ),
    Phrase.OFTEN_WEEK_ONCE: "Once a week",
    Phrase.OFTEN_WEEK_TWICE: "Twice a week",
    Phrase.OFTEN_WEEK: "{count} times a week",
    Phrase.OFTEN_DAY_ONCE: "Once a day, every day",
    Phrase.OFTEN_DAY_TWICE: "Twice a day, every day",
    Phrase.OFTEN_DAY: "{count} times a day, every day",
    Phrase.STOP_RULE_BOTH: (
        "Stop and call your physiotherapist if your pain rises by {rise} or more points or reaches "
        "{limit}"
    ),
    Phrase.STOP_RULE_RISE: (
        "Stop and call your physiotherapist if your pain rises by {rise} or more points"
    ),
    Phrase.STOP_RULE_LIMIT: "Stop and call your physiotherapist if your pain reaches {limit}",
    Phrase.STOP_RULE_NONE: "Stop and call your physiotherapist if your pain gets clearly worse",
    Phrase.PAIN_SCALE: (
        "Pain is rated from 0 (no pain) to 10 (the worst pain you can imagine). A rise is counted "
        "from the rating you give before you start."
    ),
    Phrase.YOUR_EXERCISES: "Your exercises",
    Phrase.YOUR_PHYSIOTHERAPIST: "Your physiotherapist",
    Phrase.WRITE_NAME: "Name:",
    Phrase.WRITE_PHONE: "Phone:",
    Phrase.WRITE_APPOINTMENT: "Next appointment:",
    Phrase.WRITE_NOTES: "Notes:",
    Phrase.LABEL_POSITION: "Position:",
    Phrase.LABEL_HOW_MUCH: "How much:",
    Phrase.STEPS: "Steps",
    Phrase.TAKE_CARE_HEADING: "Take care",
    Phrase.STILL_START: "Start",
    Phrase.STILL_END: "End",
    Phrase.STILL_HANDS: "Hands at work",
    Phrase.STILL_POSITION: "Position",
    Phrase.COLOUR_BOTH_LEGS: "Green: both legs work together.",
    Phrase.COLOUR_RIGHT_FIRST: "Red: your right leg, working. Then do the same with your left leg.",
    Phrase.COLOUR_LEFT_FIRST: "Blue: your left leg, working. Then do the same with your right leg.",
    Phrase.PRINT_NO_SVG: "Picture not shown: the handout cannot print SVG pictures.",
    Phrase.PRINT_UNREADABLE: "Picture not shown: its file could not be read.",
    Phrase.PRINT_NO_PICTURE: "No picture for this exercise.",
    Phrase.SAFETY_HEADING: "Safety advice",
    Phrase.SAFETY_SLOWLY: "Move slowly and smoothly. Do not bounce or jerk into a stretch.",
    Phrase.SAFETY_BREATHE: "Breathe normally throughout; do not hold your breath.",
    Phrase.SAFETY_DISCOMFORT: (
        "A gentle stretch or mild discomfort is fine. Sharp, shooting or spreading pain is not: "
        "stop that exercise."
    ),
    Phrase.SAFETY_SORENESS: (
        "Some soreness for a day after exercising is common and settles. If it lasts longer, tell "
        "your physiotherapist."
    ),
    Phrase.SAFETY_SPACE: (
        "Use a firm chair without wheels and a mat on the floor, with space around you."
    ),
    Phrase.SAFETY_GETTING_UP: (
        "Get up from lying slowly: roll onto your side first, then push yourself up with your arms."
    ),
    Phrase.SAFETY_URGENT: (
        "Seek urgent medical help (call your emergency number) if you have new numbness around "
        "your bottom or genitals, new trouble passing or holding urine or stools, or weakness in "
        "your legs that gets worse."
    ),
    Phrase.LOG_HEADING: "Your exercise log: two weeks",
    Phrase.LOG_INTRO: (
        "Your programme: {how_often}. Tick a box each time you do your exercises, and write down "
        "your pain (0 to 10) before and after, and anything you noticed. Bring this page to your "
        "next appointment."
    ),
    Phrase.LOG_COLUMNS: "Columns 1 to {count}: the sessions of the day.",
    Phrase.LOG_DAYS_PER_WEEK: Plural(
        "days",
        "You exercise on {days} day of each week: leave the other days empty.",
        "You exercise on {days} days of each week: leave the other days empty.",
    ),
    Phrase.COLUMN_DAY: "Day",
    Phrase.COLUMN_DATE: "Date",
    Phrase.COLUMN_DONE: "Done",
    Phrase.COLUMN_PAIN_BEFORE: "Pain before",
    Phrase.COLUMN_PAIN_AFTER: "Pain after",
    Phrase.COLUMN_NOTES: "Notes",
    Phrase.SECONDS: Plural(
        "count",
        "{count} second",
        "{count} seconds",
    ),
    Phrase.MINUTES: Plural(
        "count",
        "{count} minute",
        "{count} minutes",
    ),
    Phrase.MINUTES_SECONDS: "{minutes} {seconds}",
    Phrase.DOSE_ONCE: "once",
    Phrase.DOSE_TIMES: "{count} times",
    Phrase.DOSE_ALTERNATING: "{amount} each leg, alternating",
    Phrase.DOSE_BOTH_LEGS: "{amount}, both legs together",
    Phrase.DOSE_LEFT_FIRST: "{amount} each leg, left leg first",
    Phrase.DOSE_RIGHT_FIRST: "{amount} each leg, right leg first",
    Phrase.DOSE_ALL_LEFT_FIRST: "{amount} each leg, all on the left leg first",
    Phrase.DOSE_ALL_RIGHT_FIRST: "{amount} each leg, all on the right leg first",
    Phrase.DOSE_HOLD: "hold {time}",
    Phrase.DOSE_SETS: Plural(
        "count",
        "{count} set",
        "{count} sets",
    ),
    Phrase.DOSE_SETS_RESTING: "{sets}, resting {time} between sets",
    Phrase.HOLD_PHASE: "hold",
}

_GERMAN: Final[dict[Phrase, Text]] = {
    Phrase.START_LEFT: "Beginnen Sie mit dem linken Bein.",
    Phrase.START_RIGHT: "Beginnen Sie mit dem rechten Bein.",
    Phrase.SWITCH_TO_LEFT: "Wechseln Sie zum linken Bein.",
    Phrase.SWITCH_TO_RIGHT: "Wechseln Sie zum rechten Bein.",
    Phrase.LEFT_LEG: "Linkes Bein.",
    Phrase.RIGHT_LEG: "Rechtes Bein.",
    Phrase.REP: "Wiederholung {rep}.",
    Phrase.SET_NEXT: "Gleich kommt Satz {set} von {sets}.",
    Phrase.REST: "Pause.",
    Phrase.RELAX: "Entspannen.",
    Phrase.WELL_DONE_REST: "Gut gemacht. Pause.",
    Phrase.NEXT: "Als Nächstes: {name}",
    Phrase.SESSION_COMPLETE: "Training geschafft. Gut gemacht.",
    Phrase.PAIN_WENT_UP: "Ihre Schmerzen haben zugenommen.",
    Phrase.PAIN_AT_LEAST: "Ihr Schmerz liegt bei {now} von 10 (Ihre Grenze ist {limit}).",
    Phrase.PAIN_ROSE: (
        "Ihr Schmerz ist von {before} auf {now} gestiegen (Ihre Grenze ist ein Anstieg um {rise})."
    ),
    Phrase.STOP_ADVICE: (
        "Bitte hören Sie jetzt auf und sprechen Sie mit Ihrer Physiotherapie, "
        "bevor Sie weitermachen."
    ),
    Phrase.CARRY_ON_ADVICE: (
        "Sie machen weiter: Hören Sie sofort auf, wenn die Schmerzen stärker werden."
    ),
    Phrase.PAIN_NOW: "Schmerz jetzt: {rating} von 10 ({anchor}).",
    Phrase.NO_PAIN: "kein Schmerz",
    Phrase.MILD_PAIN: "leicht",
    Phrase.MODERATE_PAIN: "mäßig",
    Phrase.SEVERE_PAIN: "stark",
    Phrase.WORST_PAIN: "stärkster vorstellbarer",
    Phrase.NEXT_SITTING: "Als Nächstes: auf einen festen Stuhl setzen",
    Phrase.NEXT_STANDING: "Als Nächstes: aufstehen",
    Phrase.NEXT_LYING_FACE_DOWN: "Als Nächstes: auf den Bauch auf die Matte legen",
    Phrase.NEXT_LYING_ON_BACK: "Als Nächstes: auf den Rücken auf die Matte legen",
    Phrase.NEXT_LYING_ON_SIDE: "Als Nächstes: auf die Seite auf die Matte legen",
    Phrase.NEXT_END: "Als Nächstes: das Ende. Fast geschafft!",
    Phrase.NEXT_EXERCISE: "Nächste Übung: {name}",
    Phrase.NEXT_SWITCH_LEFT: "Als Nächstes: zum linken Bein wechseln",
    Phrase.NEXT_SWITCH_RIGHT: "Als Nächstes: zum rechten Bein wechseln",
    Phrase.NEXT_REST: "Als Nächstes: {seconds} s Pause",
    Phrase.NEXT_STEP: "Als Nächstes: {step}, {seconds} s",
    Phrase.NEXT_STEP_LEFT: "Als Nächstes: {step} (linkes Bein), {seconds} s",
    Phrase.NEXT_STEP_RIGHT: "Als Nächstes: {step} (rechtes Bein), {seconds} s",
    Phrase.SITTING: "Auf einem Stuhl sitzend",
    Phrase.STANDING: "Im Stehen",
    Phrase.LYING_FACE_DOWN: "In Bauchlage",
    Phrase.LYING_ON_BACK: "In Rückenlage",
    Phrase.LYING_ON_SIDE: "In Seitenlage",
    Phrase.NO_PICTURE: "(kein Bild zu dieser Übung)",
    Phrase.PICTURE_UNREADABLE: "(das Bild kann nicht gezeigt werden)",
    Phrase.PICTURE: "Bild zur Übung",
    Phrase.PICTURE_OF: "Bild: {name}",
    Phrase.PICTURE_OF_LEFT: "Bild: {name}, linkes Bein",
    Phrase.PICTURE_OF_RIGHT: "Bild: {name}, rechtes Bein",
    Phrase.PICTURE_OF_BOTH: "Bild: {name}, beide Beine",
    Phrase.WORKING_LEFT: "Geübt wird mit dem linken Bein.",
    Phrase.WORKING_RIGHT: "Geübt wird mit dem rechten Bein.",
    Phrase.WORKING_BOTH: "Geübt wird mit beiden Beinen.",
    Phrase.PAUSED_SAID: "Angehalten.",
    Phrase.GOING_ON: "Es geht weiter.",
    Phrase.BADGE_LEFT: "LINKES BEIN",
    Phrase.BADGE_RIGHT: "RECHTES BEIN",
    Phrase.BADGE_BOTH: "BEIDE BEINE",
    Phrase.GET_READY: "BEREITMACHEN",
    Phrase.SWITCH_SIDE: "SEITE WECHSELN",
    Phrase.RESTING: "PAUSE",
    Phrase.WELL_DONE: "GUT GEMACHT",
    Phrase.PAUSED: "ANGEHALTEN",
    Phrase.PAUSED_IN: "ANGEHALTEN · {phase}",
    Phrase.PAUSED_HINT: "Angehalten. Mit der Leertaste geht es weiter.",
    Phrase.ADVICE_KEYS: "Leertaste beendet das Training; C macht trotzdem weiter.",
    Phrase.REP_OF: "Wiederholung {rep} von {reps}",
    Phrase.REP_AND_SET_OF: "Wiederholung {rep} von {reps}  ·  Satz {set} von {sets}",
    Phrase.SET_OF: "Satz {set} von {sets}",
    Phrase.SET_OF_NEXT: "gleich Satz {set} von {sets}",
    Phrase.EXERCISE_OF: "Übung {number} von {count}",
    Phrase.TAKE_CARE: "Vorsicht: {caution}",
    Phrase.TIME_LEFT: "noch {time}",
    Phrase.SESSION_STOPPED: "TRAINING BEENDET",
    Phrase.EXERCISES_DONE: Plural(
        "count",
        "{done} von {count} Übung in {time} geschafft.",
        "{done} von {count} Übungen in {time} geschafft.",
    ),
    Phrase.HANDOUT_KICKER: "Ihr Übungsprogramm für zu Hause",
    Phrase.HANDOUT_SUBJECT: "Übungsprogramm für zu Hause",
    Phrase.HANDOUT_FOOTER: "{app} Übungsblatt: {title}",
    Phrase.PAGE_OF: "Seite {page} von {pages}",
    Phrase.HOW_OFTEN: "Wie oft:",
    Phrase.EACH_SESSION: "Jede Einheit:",
    Phrase.ABOUT_MINUTES: Plural(
        "count",
        "Etwa {count} Minute",
        "Etwa {count} Minuten",
    ),
    Phrase.OFTEN_WEEK_ONCE: "Einmal pro Woche",
    Phrase.OFTEN_WEEK_TWICE: "Zweimal pro Woche",
    Phrase.OFTEN_WEEK: "{count}-mal pro Woche",
    Phrase.OFTEN_DAY_ONCE: "Einmal täglich, jeden Tag",
    Phrase.OFTEN_DAY_TWICE: "Zweimal täglich, jeden Tag",
    Phrase.OFTEN_DAY: "{count}-mal täglich, jeden Tag",
    Phrase.STOP_RULE_BOTH: (
        "Hören Sie auf und rufen Sie Ihre Physiotherapie an, wenn Ihr Schmerz um {rise} oder mehr "
        "Punkte steigt oder {limit} erreicht"
    ),
    Phrase.STOP_RULE_RISE: (
        "Hören Sie auf und rufen Sie Ihre Physiotherapie an, wenn Ihr Schmerz um {rise} oder mehr "
        "Punkte steigt"
    ),
    Phrase.STOP_RULE_LIMIT: (
        "Hören Sie auf und rufen Sie Ihre Physiotherapie an, wenn Ihr Schmerz {limit} erreicht"
    ),
    Phrase.STOP_RULE_NONE: (
        "Hören Sie auf und rufen Sie Ihre Physiotherapie an, wenn Ihr Schmerz deutlich stärker wird"
    ),
    Phrase.PAIN_SCALE: (
        "Schmerz wird von 0 (kein Schmerz) bis 10 (der schlimmste vorstellbare Schmerz) bewertet. "
        "Ein Anstieg zählt ab dem Wert, den Sie vor dem Beginn angeben."
    ),
    Phrase.YOUR_EXERCISES: "Ihre Übungen",
    Phrase.YOUR_PHYSIOTHERAPIST: "Ihre Physiotherapie",
    Phrase.WRITE_NAME: "Name:",
    Phrase.WRITE_PHONE: "Telefon:",
    Phrase.WRITE_APPOINTMENT: "Nächster Termin:",
    Phrase.WRITE_NOTES: "Notizen:",
    Phrase.LABEL_POSITION: "Ausgangsstellung:",
    Phrase.LABEL_HOW_MUCH: "Wie viel:",
    Phrase.STEPS: "Schritte",
    Phrase.TAKE_CARE_HEADING: "Vorsicht",
    Phrase.STILL_START: "Anfang",
    Phrase.STILL_END: "Ende",
    Phrase.STILL_HANDS: "Die Hände dabei",
    Phrase.STILL_POSITION: "Haltung",
    Phrase.COLOUR_BOTH_LEGS: "Grün: Beide Beine arbeiten gemeinsam.",
    Phrase.COLOUR_RIGHT_FIRST: (
        "Rot: Ihr rechtes Bein bei der Arbeit. Danach dasselbe mit dem linken Bein."
    ),
    Phrase.COLOUR_LEFT_FIRST: (
        "Blau: Ihr linkes Bein bei der Arbeit. Danach dasselbe mit dem rechten Bein."
    ),
    Phrase.PRINT_NO_SVG: (
        "Bild nicht gezeigt: SVG-Bilder können auf dem Übungsblatt nicht gedruckt werden."
    ),
    Phrase.PRINT_UNREADABLE: "Bild nicht gezeigt: Die Bilddatei konnte nicht gelesen werden.",
    Phrase.PRINT_NO_PICTURE: "Kein Bild zu dieser Übung.",
    Phrase.SAFETY_HEADING: "Hinweise zur Sicherheit",
    Phrase.SAFETY_SLOWLY: (
        "Bewegen Sie sich langsam und gleichmäßig. Federn oder rucken Sie nicht in eine Dehnung."
    ),
    Phrase.SAFETY_BREATHE: "Atmen Sie die ganze Zeit normal weiter; halten Sie nicht die Luft an.",
    Phrase.SAFETY_DISCOMFORT: (
        "Ein sanftes Ziehen oder leichtes Unbehagen ist in Ordnung. Scharfer, einschießender oder "
        "ausstrahlender Schmerz nicht: Brechen Sie diese Übung ab."
    ),
    Phrase.SAFETY_SORENESS: (
        "Etwas Muskelkater am Tag nach dem Üben ist häufig und vergeht. Hält er länger an, sagen "
        "Sie es Ihrer Physiotherapie."
    ),
    Phrase.SAFETY_SPACE: (
        "Nehmen Sie einen festen Stuhl ohne Rollen und eine Matte auf dem Boden, mit Platz um sich "
        "herum."
    ),
    Phrase.SAFETY_GETTING_UP: (
        "Stehen Sie aus dem Liegen langsam auf: Rollen Sie sich zuerst auf die Seite und drücken "
        "Sie sich dann mit den Armen hoch."
    ),
    Phrase.SAFETY_URGENT: (
        "Holen Sie sofort ärztliche Hilfe (Notruf), wenn Sie neu ein Taubheitsgefühl am Gesäß oder "
        "im Genitalbereich haben, neu Probleme beim Wasserlassen oder Stuhlgang oder beim Halten "
        "von Urin oder Stuhl, oder eine Schwäche in den Beinen, die zunimmt."
    ),
    Phrase.LOG_HEADING: "Ihr Übungsprotokoll: zwei Wochen",
    Phrase.LOG_INTRO: (
        "Ihr Programm: {how_often}. Kreuzen Sie jedes Mal ein Kästchen an, wenn Sie Ihre Übungen "
        "machen, und notieren Sie Ihren Schmerz (0 bis 10) vorher und nachher sowie alles, was "
        "Ihnen aufgefallen ist. Bringen Sie diese Seite zu Ihrem nächsten Termin mit."
    ),
    Phrase.LOG_COLUMNS: "Spalten 1 bis {count}: die Einheiten des Tages.",
    Phrase.LOG_DAYS_PER_WEEK: Plural(
        "days",
        "Sie üben an {days} Tag pro Woche: Lassen Sie die anderen Tage leer.",
        "Sie üben an {days} Tagen pro Woche: Lassen Sie die anderen Tage leer.",
    ),
    Phrase.COLUMN_DAY: "Tag",
    Phrase.COLUMN_DATE: "Datum",
    Phrase.COLUMN_DONE: "Erledigt",
    Phrase.COLUMN_PAIN_BEFORE: "Schmerz vorher",
    Phrase.COLUMN_PAIN_AFTER: "Schmerz nachher",
    Phrase.COLUMN_NOTES: "Notizen",
    Phrase.SECONDS: Plural(
        "count",
        "{count} Sekunde",
        "{count} Sekunden",
    ),
    Phrase.MINUTES: Plural(
        "count",
        "{count} Minute",
        "{count} Minuten",
    ),
    Phrase.MINUTES_SECONDS: "{minutes} {seconds}",
    Phrase.DOSE_ONCE: "einmal",
    Phrase.DOSE_TIMES: "{count}-mal",
    Phrase.DOSE_ALTERNATING: "{amount} pro Bein, abwechselnd",
    Phrase.DOSE_BOTH_LEGS: "{amount}, beide Beine zusammen",
    Phrase.DOSE_LEFT_FIRST: "{amount} pro Bein, linkes Bein zuerst",
    Phrase.DOSE_RIGHT_FIRST: "{amount} pro Bein, rechtes Bein zuerst",
    Phrase.DOSE_ALL_LEFT_FIRST: "{amount} pro Bein, zuerst alle mit dem linken Bein",
    Phrase.DOSE_ALL_RIGHT_FIRST: "{amount} pro Bein, zuerst alle mit dem rechten Bein",
    Phrase.DOSE_HOLD: "{time} halten",
    Phrase.DOSE_SETS: Plural(
        "count",
        "{count} Satz",
        "{count} Sätze",
    ),
    Phrase.DOSE_SETS_RESTING: "{sets}, dazwischen je {time} Pause",
    Phrase.HOLD_PHASE: "halten",
}

_DUTCH: Final[dict[Phrase, Text]] = {
    Phrase.START_LEFT: "Begin met uw linkerbeen.",
    Phrase.START_RIGHT: "Begin met uw rechterbeen.",
    Phrase.SWITCH_TO_LEFT: "Wissel naar uw linkerbeen.",
    Phrase.SWITCH_TO_RIGHT: "Wissel naar uw rechterbeen.",
    Phrase.LEFT_LEG: "Linkerbeen.",
    Phrase.RIGHT_LEG: "Rechterbeen.",
    Phrase.REP: "Herhaling {rep}.",
    Phrase.SET_NEXT: "Straks reeks {set} van {sets}.",
    Phrase.REST: "Rust.",
    Phrase.RELAX: "Ontspan.",
    Phrase.WELL_DONE_REST: "Goed gedaan. Rust even uit.",
    Phrase.NEXT: "Hierna: {name}",
    Phrase.SESSION_COMPLETE: "Klaar met de oefeningen. Goed gedaan.",
    Phrase.PAIN_WENT_UP: "Uw pijn is toegenomen.",
    Phrase.PAIN_AT_LEAST: "Uw pijn is {now} op 10 (uw grens is {limit}).",
    Phrase.PAIN_ROSE: (
        "Uw pijn steeg van {before} naar {now} (uw grens is een stijging van {rise})."
    ),
    Phrase.STOP_ADVICE: (
        "Stop nu met oefenen en neem contact op met uw fysiotherapeut voordat u verdergaat."
    ),
    Phrase.CARRY_ON_ADVICE: "U koos ervoor door te gaan: stop meteen als de pijn erger wordt.",
    Phrase.PAIN_NOW: "Pijn nu: {rating} op 10 ({anchor}).",
    Phrase.NO_PAIN: "geen pijn",
    Phrase.MILD_PAIN: "licht",
    Phrase.MODERATE_PAIN: "matig",
    Phrase.SEVERE_PAIN: "ernstig",
    Phrase.WORST_PAIN: "ergst denkbaar",
    Phrase.NEXT_SITTING: "Hierna: ga op een stevige stoel zitten",
    Phrase.NEXT_STANDING: "Hierna: ga staan",
    Phrase.NEXT_LYING_FACE_DOWN: "Hierna: ga op uw buik op de mat liggen",
    Phrase.NEXT_LYING_ON_BACK: "Hierna: ga op uw rug op de mat liggen",
    Phrase.NEXT_LYING_ON_SIDE: "Hierna: ga op uw zij op de mat liggen",
    Phrase.NEXT_END: "Hierna: het einde. Bijna klaar!",
    Phrase.NEXT_EXERCISE: "Volgende oefening: {name}",
    Phrase.NEXT_SWITCH_LEFT: "Hierna: wissel naar uw linkerbeen",
    Phrase.NEXT_SWITCH_RIGHT: "Hierna: wissel naar uw rechterbeen",
    Phrase.NEXT_REST: "Hierna: {seconds} s rust",
    Phrase.NEXT_STEP: "Hierna: {step}, {seconds} s",
    Phrase.NEXT_STEP_LEFT: "Hierna: {step} (linkerbeen), {seconds} s",
    Phrase.NEXT_STEP_RIGHT: "Hierna: {step} (rechterbeen), {seconds} s",
    Phrase.SITTING: "Zittend op een stoel",
    Phrase.STANDING: "Staand",
    Phrase.LYING_FACE_DOWN: "Op uw buik liggend",
    Phrase.LYING_ON_BACK: "Op uw rug liggend",
    Phrase.LYING_ON_SIDE: "Op uw zij liggend",
    Phrase.NO_PICTURE: "(geen afbeelding bij deze oefening)",
    Phrase.PICTURE_UNREADABLE: "(de afbeelding kan niet worden getoond)",
    Phrase.PICTURE: "Afbeelding van de oefening",
    Phrase.PICTURE_OF: "Afbeelding: {name}",
    Phrase.PICTURE_OF_LEFT: "Afbeelding: {name}, linkerbeen",
    Phrase.PICTURE_OF_RIGHT: "Afbeelding: {name}, rechterbeen",
    Phrase.PICTURE_OF_BOTH: "Afbeelding: {name}, beide benen",
    Phrase.WORKING_LEFT: "U oefent met het linkerbeen.",
    Phrase.WORKING_RIGHT: "U oefent met het rechterbeen.",
    Phrase.WORKING_BOTH: "U oefent met beide benen.",
    Phrase.PAUSED_SAID: "Gepauzeerd.",
    Phrase.GOING_ON: "We gaan verder.",
    Phrase.BADGE_LEFT: "LINKERBEEN",
    Phrase.BADGE_RIGHT: "RECHTERBEEN",
    Phrase.BADGE_BOTH: "BEIDE BENEN",
    Phrase.GET_READY: "KLAARMAKEN",
    Phrase.SWITCH_SIDE: "WISSEL VAN KANT",
    Phrase.RESTING: "RUST",
    Phrase.WELL_DONE: "GOED GEDAAN",
    Phrase.PAUSED: "GEPAUZEERD",
    Phrase.PAUSED_IN: "GEPAUZEERD · {phase}",
    Phrase.PAUSED_HINT: "Gepauzeerd. Druk op de spatiebalk om verder te gaan.",
    Phrase.ADVICE_KEYS: "De spatiebalk beëindigt de sessie; C gaat toch door.",
    Phrase.REP_OF: "herhaling {rep} van {reps}",
    Phrase.REP_AND_SET_OF: "herhaling {rep} van {reps}  ·  reeks {set} van {sets}",
    Phrase.SET_OF: "reeks {set} van {sets}",
    Phrase.SET_OF_NEXT: "straks reeks {set} van {sets}",
    Phrase.EXERCISE_OF: "Oefening {number} van {count}",
    Phrase.TAKE_CARE: "Let op: {caution}",
    Phrase.TIME_LEFT: "nog {time}",
    Phrase.SESSION_STOPPED: "SESSIE GESTOPT",
    Phrase.EXERCISES_DONE: Plural(
        "count",
        "{done} van {count} oefening gedaan in {time}.",
        "{done} van {count} oefeningen gedaan in {time}.",
    ),
    Phrase.HANDOUT_KICKER: "Uw oefenprogramma voor thuis",
    Phrase.HANDOUT_SUBJECT: "Oefenprogramma voor thuis",
    Phrase.HANDOUT_FOOTER: "{app} oefenblad: {title}",
    Phrase.PAGE_OF: "pagina {page} van {pages}",
    Phrase.HOW_OFTEN: "Hoe vaak:",
    Phrase.EACH_SESSION: "Elke sessie:",
    Phrase.ABOUT_MINUTES: Plural(
        "count",
        "Ongeveer {count} minuut",
        "Ongeveer {count} minuten",
    ),
    Phrase.OFTEN_WEEK_ONCE: "Eén keer per week",
    Phrase.OFTEN_WEEK_TWICE: "Twee keer per week",
    Phrase.OFTEN_WEEK: "{count} keer per week",
    Phrase.OFTEN_DAY_ONCE: "Eén keer per dag, elke dag",
    Phrase.OFTEN_DAY_TWICE: "Twee keer per dag, elke dag",
    Phrase.OFTEN_DAY: "{count} keer per dag, elke dag",
    Phrase.STOP_RULE_BOTH: (
        "Stop en bel uw fysiotherapeut als uw pijn met {rise} of meer punten stijgt of {limit} "
        "bereikt"
    ),
    Phrase.STOP_RULE_RISE: (
        "Stop en bel uw fysiotherapeut als uw pijn met {rise} of meer punten stijgt"
    ),
    Phrase.STOP_RULE_LIMIT: "Stop en bel uw fysiotherapeut als uw pijn {limit} bereikt",
    Phrase.STOP_RULE_NONE: "Stop en bel uw fysiotherapeut als uw pijn duidelijk erger wordt",
    Phrase.PAIN_SCALE: (
        "Pijn wordt gescoord van 0 (geen pijn) tot 10 (de ergste pijn die u zich kunt "
        "voorstellen). Een stijging telt vanaf de score die u vóór het begin geeft."
    ),
    Phrase.YOUR_EXERCISES: "Uw oefeningen",
    Phrase.YOUR_PHYSIOTHERAPIST: "Uw fysiotherapeut",
    Phrase.WRITE_NAME: "Naam:",
    Phrase.WRITE_PHONE: "Telefoon:",
    Phrase.WRITE_APPOINTMENT: "Volgende afspraak:",
    Phrase.WRITE_NOTES: "Notities:",
    Phrase.LABEL_POSITION: "Uitgangshouding:",
    Phrase.LABEL_HOW_MUCH: "Hoeveel:",
    Phrase.STEPS: "Stappen",
    Phrase.TAKE_CARE_HEADING: "Let op",
    Phrase.STILL_START: "Begin",
    Phrase.STILL_END: "Eind",
    Phrase.STILL_HANDS: "De handen aan het werk",
    Phrase.STILL_POSITION: "Houding",
    Phrase.COLOUR_BOTH_LEGS: "Groen: beide benen werken samen.",
    Phrase.COLOUR_RIGHT_FIRST: (
        "Rood: uw rechterbeen aan het werk. Doe daarna hetzelfde met uw linkerbeen."
    ),
    Phrase.COLOUR_LEFT_FIRST: (
        "Blauw: uw linkerbeen aan het werk. Doe daarna hetzelfde met uw rechterbeen."
    ),
    Phrase.PRINT_NO_SVG: (
        "Afbeelding niet getoond: SVG-afbeeldingen kunnen op het oefenblad niet worden afgedrukt."
    ),
    Phrase.PRINT_UNREADABLE: "Afbeelding niet getoond: het bestand kon niet worden gelezen.",
    Phrase.PRINT_NO_PICTURE: "Geen afbeelding bij deze oefening.",
    Phrase.SAFETY_HEADING: "Veiligheidsadvies",
    Phrase.SAFETY_SLOWLY: "Beweeg langzaam en soepel. Veer of ruk niet in een rekoefening.",
    Phrase.SAFETY_BREATHE: "Adem de hele tijd gewoon door; houd uw adem niet in.",
    Phrase.SAFETY_DISCOMFORT: (
        "Een lichte rek of licht ongemak is prima. Scherpe, schietende of uitstralende pijn niet: "
        "stop met die oefening."
    ),
    Phrase.SAFETY_SORENESS: (
        "Wat spierpijn op de dag na het oefenen is gewoon en gaat over. Duurt het langer, vertel "
        "het dan uw fysiotherapeut."
    ),
    Phrase.SAFETY_SPACE: (
        "Gebruik een stevige stoel zonder wieltjes en een mat op de vloer, met ruimte om u heen."
    ),
    Phrase.SAFETY_GETTING_UP: (
        "Sta langzaam op uit liggen: rol eerst op uw zij en duw uzelf dan met uw armen omhoog."
    ),
    Phrase.SAFETY_URGENT: (
        "Zoek direct medische hulp (bel het alarmnummer) als u nieuw een doof gevoel rond uw "
        "billen of geslachtsdelen hebt, nieuwe moeite met plassen of ontlasting of met ophouden "
        "ervan, of zwakte in uw benen die erger wordt."
    ),
    Phrase.LOG_HEADING: "Uw oefenlogboek: twee weken",
    Phrase.LOG_INTRO: (
        "Uw programma: {how_often}. Zet een vinkje elke keer dat u uw oefeningen doet, en schrijf "
        "uw pijn (0 tot 10) vooraf en achteraf op, en alles wat u opviel. Neem deze pagina mee "
        "naar uw volgende afspraak."
    ),
    Phrase.LOG_COLUMNS: "Kolommen 1 tot {count}: de sessies van de dag.",
    Phrase.LOG_DAYS_PER_WEEK: Plural(
        "days",
        "U oefent {days} dag per week: laat de andere dagen leeg.",
        "U oefent {days} dagen per week: laat de andere dagen leeg.",
    ),
    Phrase.COLUMN_DAY: "Dag",
    Phrase.COLUMN_DATE: "Datum",
    Phrase.COLUMN_DONE: "Gedaan",
    Phrase.COLUMN_PAIN_BEFORE: "Pijn vooraf",
    Phrase.COLUMN_PAIN_AFTER: "Pijn achteraf",
    Phrase.COLUMN_NOTES: "Notities",
    Phrase.SECONDS: Plural(
        "count",
        "{count} seconde",
        "{count} seconden",
    ),
    Phrase.MINUTES: Plural(
        "count",
        "{count} minuut",
        "{count} minuten",
    ),
    Phrase.MINUTES_SECONDS: "{minutes} {seconds}",
    Phrase.DOSE_ONCE: "één keer",
    Phrase.DOSE_TIMES: "{count} keer",
    Phrase.DOSE_ALTERNATING: "{amount} per been, afwisselend",
    Phrase.DOSE_BOTH_LEGS: "{amount}, beide benen tegelijk",
    Phrase.DOSE_LEFT_FIRST: "{amount} per been, linkerbeen eerst",
    Phrase.DOSE_RIGHT_FIRST: "{amount} per been, rechterbeen eerst",
    Phrase.DOSE_ALL_LEFT_FIRST: "{amount} per been, eerst alle met het linkerbeen",
    Phrase.DOSE_ALL_RIGHT_FIRST: "{amount} per been, eerst alle met het rechterbeen",
    Phrase.DOSE_HOLD: "{time} vasthouden",
    Phrase.DOSE_SETS: Plural(
        "count",
        "{count} reeks",
        "{count} reeksen",
    ),
    Phrase.DOSE_SETS_RESTING: "{sets}, met {time} rust tussen de reeksen",
    Phrase.HOLD_PHASE: "vasthouden",
}

_CHINESE: Final[dict[Phrase, Text]] = {
    Phrase.START_LEFT: "先做左腿。",
    Phrase.START_RIGHT: "先做右腿。",
    Phrase.SWITCH_TO_LEFT: "换到左腿。",
    Phrase.SWITCH_TO_RIGHT: "换到右腿。",
    Phrase.LEFT_LEG: "左腿。",
    Phrase.RIGHT_LEG: "右腿。",
    Phrase.REP: "第{rep}次。",
    Phrase.SET_NEXT: "接下来第{set}组，共{sets}组。",
    Phrase.REST: "休息。",
    Phrase.RELAX: "放松。",
    Phrase.WELL_DONE_REST: "做得好。休息一下。",
    Phrase.NEXT: "下一个：{name}",
    Phrase.SESSION_COMPLETE: "练习完成。做得很好。",
    Phrase.PAIN_WENT_UP: "您的疼痛加重了。",
    Phrase.PAIN_AT_LEAST: "您的疼痛是{now}分，满分10分（设定的上限是{limit}分）。",
    Phrase.PAIN_ROSE: "您的疼痛从{before}分升到了{now}分（设定的上限是升高{rise}分）。",
    Phrase.STOP_ADVICE: "请现在停止练习，先联系您的物理治疗师，再决定是否继续。",
    Phrase.CARRY_ON_ADVICE: "您选择了继续：如果疼痛加重，请立即停止。",
    Phrase.PAIN_NOW: "现在的疼痛：{rating}分，满分10分（{anchor}）。",
    Phrase.NO_PAIN: "无痛",
    Phrase.MILD_PAIN: "轻度",
    Phrase.MODERATE_PAIN: "中度",
    Phrase.SEVERE_PAIN: "重度",
    Phrase.WORST_PAIN: "能想象的最痛",
    Phrase.NEXT_SITTING: "下一步：坐在结实的椅子上",
    Phrase.NEXT_STANDING: "下一步：站起来",
    Phrase.NEXT_LYING_FACE_DOWN: "下一步：在垫子上俯卧",
    Phrase.NEXT_LYING_ON_BACK: "下一步：在垫子上仰卧",
    Phrase.NEXT_LYING_ON_SIDE: "下一步：在垫子上侧卧",
    Phrase.NEXT_END: "下一步：结束。快完成了！",
    Phrase.NEXT_EXERCISE: "下一个练习：{name}",
    Phrase.NEXT_SWITCH_LEFT: "下一步：换到左腿",
    Phrase.NEXT_SWITCH_RIGHT: "下一步：换到右腿",
    Phrase.NEXT_REST: "下一步：休息{seconds}秒",
    Phrase.NEXT_STEP: "下一步：{step}，{seconds}秒",
    Phrase.NEXT_STEP_LEFT: "下一步：{step}（左腿），{seconds}秒",
    Phrase.NEXT_STEP_RIGHT: "下一步：{step}（右腿），{seconds}秒",
    Phrase.SITTING: "坐在椅子上",
    Phrase.STANDING: "站立",
    Phrase.LYING_FACE_DOWN: "俯卧",
    Phrase.LYING_ON_BACK: "仰卧",
    Phrase.LYING_ON_SIDE: "侧卧",
    Phrase.NO_PICTURE: "（这个练习没有图片）",
    Phrase.PICTURE_UNREADABLE: "（图片无法显示）",
    Phrase.PICTURE: "练习图片",
    Phrase.PICTURE_OF: "图片：{name}",
    Phrase.PICTURE_OF_LEFT: "图片：{name}，左腿",
    Phrase.PICTURE_OF_RIGHT: "图片：{name}，右腿",
    Phrase.PICTURE_OF_BOTH: "图片：{name}，双腿",
    Phrase.WORKING_LEFT: "练习左腿。",
    Phrase.WORKING_RIGHT: "练习右腿。",
    Phrase.WORKING_BOTH: "练习双腿。",
    Phrase.PAUSED_SAID: "已暂停。",
    Phrase.GOING_ON: "继续。",
    Phrase.BADGE_LEFT: "左腿",
    Phrase.BADGE_RIGHT: "右腿",
    Phrase.BADGE_BOTH: "双腿",
    Phrase.GET_READY: "准备",
    Phrase.SWITCH_SIDE: "换边",
    Phrase.RESTING: "休息",
    Phrase.WELL_DONE: "做得好",
    Phrase.PAUSED: "已暂停",
    Phrase.PAUSED_IN: "已暂停 · {phase}",
    Phrase.PAUSED_HINT: "已暂停。按空格键继续。",
    Phrase.ADVICE_KEYS: "按空格键结束练习；按C键仍然继续。",
    Phrase.REP_OF: "第{rep}次，共{reps}次",
    Phrase.REP_AND_SET_OF: "第{rep}次，共{reps}次  ·  第{set}组，共{sets}组",
    Phrase.SET_OF: "第{set}组，共{sets}组",
    Phrase.SET_OF_NEXT: "接下来第{set}组，共{sets}组",
    Phrase.EXERCISE_OF: "第{number}个练习，共{count}个",
    Phrase.TAKE_CARE: "注意：{caution}",
    Phrase.TIME_LEFT: "还剩{time}",
    Phrase.SESSION_STOPPED: "练习已停止",
    Phrase.EXERCISES_DONE: Plural(
        "count",
        "用时{time}，完成了{count}个练习中的{done}个。",
        "用时{time}，完成了{count}个练习中的{done}个。",
    ),
    Phrase.HANDOUT_KICKER: "您的居家锻炼计划",
    Phrase.HANDOUT_SUBJECT: "居家锻炼计划",
    Phrase.HANDOUT_FOOTER: "{app}练习讲义：{title}",
    Phrase.PAGE_OF: "第{page}页，共{pages}页",
    Phrase.HOW_OFTEN: "频率：",
    Phrase.EACH_SESSION: "每次练习：",
    Phrase.ABOUT_MINUTES: Plural(
        "count",
        "约{count}分钟",
        "约{count}分钟",
    ),
    Phrase.OFTEN_WEEK_ONCE: "每周一次",
    Phrase.OFTEN_WEEK_TWICE: "每周两次",
    Phrase.OFTEN_WEEK: "每周{count}次",
    Phrase.OFTEN_DAY_ONCE: "每天一次",
    Phrase.OFTEN_DAY_TWICE: "每天两次",
    Phrase.OFTEN_DAY: "每天{count}次",
    Phrase.STOP_RULE_BOTH: (
        "如果疼痛上升{rise}分或以上，或达到{limit}分，请停止练习并联系您的物理治疗师"
    ),
    Phrase.STOP_RULE_RISE: "如果疼痛上升{rise}分或以上，请停止练习并联系您的物理治疗师",
    Phrase.STOP_RULE_LIMIT: "如果疼痛达到{limit}分，请停止练习并联系您的物理治疗师",
    Phrase.STOP_RULE_NONE: "如果疼痛明显加重，请停止练习并联系您的物理治疗师",
    Phrase.PAIN_SCALE: (
        "疼痛从0（无痛）到10（能想象的最剧烈疼痛）评分。疼痛上升以您开始练习前给出的评分为准。"
    ),
    Phrase.YOUR_EXERCISES: "您的练习",
    Phrase.YOUR_PHYSIOTHERAPIST: "您的物理治疗师",
    Phrase.WRITE_NAME: "姓名：",
    Phrase.WRITE_PHONE: "电话：",
    Phrase.WRITE_APPOINTMENT: "下次预约：",
    Phrase.WRITE_NOTES: "备注：",
    Phrase.LABEL_POSITION: "体位：",
    Phrase.LABEL_HOW_MUCH: "练习量：",
    Phrase.STEPS: "步骤",
    Phrase.TAKE_CARE_HEADING: "注意",
    Phrase.STILL_START: "开始",
    Phrase.STILL_END: "结束",
    Phrase.STILL_HANDS: "手部动作",
    Phrase.STILL_POSITION: "姿势",
    Phrase.COLOUR_BOTH_LEGS: "绿色：双腿一起运动。",
    Phrase.COLOUR_RIGHT_FIRST: "红色：正在运动的右腿。然后用左腿做同样的动作。",
    Phrase.COLOUR_LEFT_FIRST: "蓝色：正在运动的左腿。然后用右腿做同样的动作。",
    Phrase.PRINT_NO_SVG: "未显示图片：讲义无法打印SVG图片。",
    Phrase.PRINT_UNREADABLE: "未显示图片：无法读取图片文件。",
    Phrase.PRINT_NO_PICTURE: "此练习没有图片。",
    Phrase.SAFETY_HEADING: "安全建议",
    Phrase.SAFETY_SLOWLY: "动作要缓慢、平稳。拉伸时不要弹动或猛拉。",
    Phrase.SAFETY_BREATHE: "全程正常呼吸，不要屏气。",
    Phrase.SAFETY_DISCOMFORT: (
        "轻微的拉伸感或不适是正常的。如出现尖锐、放射或扩散的疼痛，请停止该练习。"
    ),
    Phrase.SAFETY_SORENESS: (
        "练习后一天内有些酸痛很常见，会自行缓解。如果持续更久，请告诉您的物理治疗师。"
    ),
    Phrase.SAFETY_SPACE: "使用一把没有轮子的结实椅子和一张铺在地上的垫子，周围留出空间。",
    Phrase.SAFETY_GETTING_UP: "从躺姿起身要慢：先侧身翻转，再用手臂撑起身体。",
    Phrase.SAFETY_URGENT: (
        "如果新出现臀部或生殖器周围麻木、排尿或排便困难或失禁，或腿部无力加重，请立即就医（拨打急救"
        "电话）。"
    ),
    Phrase.LOG_HEADING: "您的练习记录：两周",
    Phrase.LOG_INTRO: (
        "您的计划：{how_often}。每次做完练习，请在方框里打勾，并写下练习前后的疼痛（0到10）以及您注"
        "意到的任何情况。下次预约时请带上这一页。"
    ),
    Phrase.LOG_COLUMNS: "第1至{count}列：当天的各次练习。",
    Phrase.LOG_DAYS_PER_WEEK: Plural(
        "days",
        "您每周练习{days}天：其他日子留空。",
        "您每周练习{days}天：其他日子留空。",
    ),
    Phrase.COLUMN_DAY: "天数",
    Phrase.COLUMN_DATE: "日期",
    Phrase.COLUMN_DONE: "完成",
    Phrase.COLUMN_PAIN_BEFORE: "练习前疼痛",
    Phrase.COLUMN_PAIN_AFTER: "练习后疼痛",
    Phrase.COLUMN_NOTES: "备注",
    Phrase.SECONDS: Plural(
        "count",
        "{count}秒",
        "{count}秒",
    ),
    Phrase.MINUTES: Plural(
        "count",
        "{count}分钟",
        "{count}分钟",
    ),
    Phrase.MINUTES_SECONDS: "{minutes}{seconds}",
    Phrase.DOSE_ONCE: "1次",
    Phrase.DOSE_TIMES: "{count}次",
    Phrase.DOSE_ALTERNATING: "每条腿{amount}，左右交替",
    Phrase.DOSE_BOTH_LEGS: "{amount}，双腿同时",
    Phrase.DOSE_LEFT_FIRST: "每条腿{amount}，先左腿",
    Phrase.DOSE_RIGHT_FIRST: "每条腿{amount}，先右腿",
    Phrase.DOSE_ALL_LEFT_FIRST: "每条腿{amount}，先用左腿做完",
    Phrase.DOSE_ALL_RIGHT_FIRST: "每条腿{amount}，先用右腿做完",
    Phrase.DOSE_HOLD: "保持{time}",
    Phrase.DOSE_SETS: Plural(
        "count",
        "{count}组",
        "{count}组",
    ),
    Phrase.DOSE_SETS_RESTING: "{sets}，每组之间休息{time}",
    Phrase.HOLD_PHASE: "保持",
}

PHRASES: Final[dict[str, dict[Phrase, Text]]] = {
    "en": _ENGLISH,
    "de": _GERMAN,
    "nl": _DUTCH,
    "zh-CN": _CHINESE,
}
"""Every phrase in every language, by language tag (the keys of :data:`LANGUAGE_NAMES`)."""

FULL_STOP: Final = {"zh-CN": "。"}
"""How a sentence ends where it is not ``.``."""
SEMICOLON: Final = {"zh-CN": "；"}
"""What parts of a list of clauses are joined with where it is not ``; ``."""
_ENDINGS: Final = (".", "!", "?", "…", "。", "！", "？")
_WIDE_ENDINGS: Final = ("。", "！", "？", "）", "：", "；", "，")
"""Full-width punctuation: what follows it needs no space (Chinese is written without)."""

# BCP 47 (RFC 5646) language tags: a language, then optional script, region,
# variants, extensions and a private use part; or a private use tag alone.
_LANGTAG: Final = re.compile(
    r"""
    (?:
      [a-z]{2,3}(?:-[a-z]{3}){0,3}          # language, with extended language subtags
      | [a-z]{4,8}                          # or a registered language
    )
    (?:-[a-z]{4})?                          # script
    (?:-(?:[a-z]{2}|[0-9]{3}))?             # region
    (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*  # variants
    (?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*     # extensions
    (?:-x(?:-[a-z0-9]{1,8})+)?              # private use
    | x(?:-[a-z0-9]{1,8})+                  # a private use tag
    """,
    re.VERBOSE,
)
_SIMPLIFIED_CHINESE: Final = frozenset({"zh", "zh-cn", "zh-sg", "zh-hans", "cmn", "cmn-hans"})
"""Tags (without a region, or with a Simplified Chinese one) the Chinese phrases serve."""


def well_formed(tag: str) -> bool:
    """Whether ``tag`` is a well-formed BCP 47 language tag (``nl``, ``zh-CN``, ``de-AT``)."""
    return _LANGTAG.fullmatch(tag.lower()) is not None


def supported(tag: str) -> str | None:
    """The language of the table that serves ``tag``, or ``None``.

    ``de-AT`` is served by ``de``, ``zh``, ``zh-Hans`` and ``zh-Hans-CN`` by
    ``zh-CN``; Traditional Chinese (``zh-TW``, ``zh-Hant``) is not served.
    Underscores (``nl_BE``, as a system locale writes them) count as hyphens.
    """
    lowered = tag.strip().replace("_", "-").lower()
    for language in PHRASES:
        if lowered == language.lower():
            return language
    subtags = lowered.split("-")
    if subtags[0] in ("zh", "cmn"):
        if "hant" in subtags or any(s in ("tw", "hk", "mo") for s in subtags[1:]):
            return None
        simplified = "-".join(subtags[:2]) in _SIMPLIFIED_CHINESE or "hans" in subtags
        return "zh-CN" if simplified or subtags[-1] in ("cn", "sg") else None
    return subtags[0] if subtags[0] in PHRASES else None


def language_of(tag: str) -> str:
    """The table language used for a routine in ``tag``: English when none serves it."""
    return supported(tag) or DEFAULT_LANGUAGE


def language_name(tag: str) -> str:
    """The language of the table that serves ``tag`` named in the interface's language,
    with its own name after it ("Duits (Deutsch)" in a Dutch window); a tag no language
    of the table serves, as it is."""
    served = supported(tag)
    if served is None:
        return tag
    return translate("Languages", LANGUAGE_NAMES[served])


def placeholders(text: Text) -> frozenset[str]:
    """The names of the placeholders in a phrase (all its forms)."""
    forms = (text.one, text.other) if isinstance(text, Plural) else (text,)
    return frozenset(
        field for form in forms for _, field, _, _ in string.Formatter().parse(form) if field
    )


def say(language: str, phrase: Phrase, **values: object) -> str:
    """``phrase`` in ``language`` (a routine's tag; English when the table lacks it),
    its placeholders filled from ``values``."""
    text = PHRASES[language_of(language)][phrase]
    if isinstance(text, Plural):
        count = values[text.count]
        text = text.pick(count if isinstance(count, int) else 0)
    return text.format(**values)


def sentence(text: str, language: str) -> str:
    """``text`` ending as a sentence does in ``language`` (unless it ends with punctuation)."""
    if text.endswith(_ENDINGS):
        return text
    return text + FULL_STOP.get(language_of(language), ".")


def join_clauses(texts: Iterable[str], language: str) -> str:
    """``8 times each leg; hold 5 seconds; 1 set``: clauses as ``language`` joins them."""
    return SEMICOLON.get(language_of(language), "; ").join(texts)


def join_sentences(texts: Iterable[str]) -> str:
    """Sentences one after another: with a space, except after full-width punctuation."""
    joined = ""
    for text in texts:
        if joined and not joined.endswith(_WIDE_ENDINGS):
            joined += " "
        joined += text
    return joined
