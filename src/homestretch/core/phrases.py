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
    "en": "English",
    "de": "German (Deutsch)",
    "nl": "Dutch (Nederlands)",
    "zh-CN": "Simplified Chinese (简体中文)",
}
"""The languages in the table, by their tag, named in plain words (the first is the default)."""
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


def join_sentences(texts: Iterable[str]) -> str:
    """Sentences one after another: with a space, except after full-width punctuation."""
    joined = ""
    for text in texts:
        if joined and not joined.endswith(_WIDE_ENDINGS):
            joined += " "
        joined += text
    return joined
