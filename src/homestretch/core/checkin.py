"""Pain check-ins: the 0-10 rating, the body map's regions and the stop rule.

The numeric rating scale is the usual one: 0 is no pain, 10 the worst pain
imaginable. The regions follow the path of sciatic pain (lower back,
buttock, hip, back, outside and front of the thigh, back and outside of the
calf, knee, shin and foot), each side separately; :func:`area_name` names
each one in plain words. A routine's stop rule says when the app should advise stopping
and contacting the physiotherapist.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate
from homestretch.core.phrases import DEFAULT_LANGUAGE, Phrase, join_sentences, say

ANCHOR_PHRASES: Final = {
    0: Phrase.NO_PAIN,
    3: Phrase.MILD_PAIN,
    5: Phrase.MODERATE_PAIN,
    7: Phrase.SEVERE_PAIN,
    10: Phrase.WORST_PAIN,
}
"""The ratings that have words, and their words in the phrase table."""
ANCHORS: Final = {rating: say(DEFAULT_LANGUAGE, p) for rating, p in ANCHOR_PHRASES.items()}
"""The anchors' words in English: ``{0: "no pain", 3: "mild", ...}``."""
ANCHOR_WORDS: Final = (
    QT_TRANSLATE_NOOP("Checkin", "no pain"),
    QT_TRANSLATE_NOOP("Checkin", "mild"),
    QT_TRANSLATE_NOOP("Checkin", "moderate"),
    QT_TRANSLATE_NOOP("Checkin", "severe"),
    QT_TRANSLATE_NOOP("Checkin", "worst imaginable"),
)
"""The English anchors' words marked for the window's translation (:func:`shown`; the
session says them in the routine's language from the phrase table). A test checks
they are the words of :data:`ANCHORS`."""
TEN_WINDOW: Final = 1.2
"""Seconds within which the keys 1 then 0 mean 10."""


def anchor(rating: int, language: str = DEFAULT_LANGUAGE) -> str:
    """The words for a rating: the nearest anchor at or below it (in ``language``)."""
    return say(language, ANCHOR_PHRASES[max(k for k in ANCHOR_PHRASES if k <= rating)])


def pain_now(rating: int, language: str) -> str:
    """What the session shows when the pain is rated during it, in the routine's
    ``language``: "Pain now: 8 out of 10 (severe)."."""
    return say(language, Phrase.PAIN_NOW, rating=rating, anchor=anchor(rating, language))


class RatingKeys:
    """Turns digit keys into ratings: 0-9 directly, and 1 then 0 quickly for 10."""

    def __init__(self) -> None:
        self._last: tuple[int, float] | None = None

    def press(self, digit: int, now: float) -> int:
        if not 0 <= digit <= 9:
            raise ValueError(digit)
        last, self._last = self._last, (digit, now)
        if digit == 0 and last is not None and last[0] == 1 and now - last[1] <= TEN_WINDOW:
            self._last = None
            return 10
        return digit


@dataclass(frozen=True)
class Region:
    id: str
    label: str
    """The area in plain words, as a patient says it: "right buttock"."""
    view: str
    """'back' or 'front': which outline of the map it is drawn on."""
    polygon: tuple[tuple[float, float], ...]
    """Corners in the outline's own box: x 0 (viewer's left) to 1, y 0 (head) to 1 (feet)."""


def _pair(
    name: str, label: str, view: str, right_side: tuple[tuple[float, float], ...]
) -> tuple[Region, Region]:
    """A region on each side; ``right_side`` is drawn for the patient's right.

    ``label`` has ``{side}`` where "left" or "right" goes. Seen from behind,
    the patient's right is on the viewer's right; seen from the front, it is
    on the viewer's left.
    """
    mirrored = tuple((1.0 - x, y) for x, y in right_side)
    if view == "back":
        right, left = right_side, mirrored
    else:
        right, left = mirrored, right_side
    return (
        Region(f"{name}_left", label.format(side="left"), view, left),
        Region(f"{name}_right", label.format(side="right"), view, right),
    )


REGIONS: Final[tuple[Region, ...]] = (
    # From behind: the path of sciatic pain, from the back down the leg.
    Region(
        "lower_back", "lower back", "back", ((0.36, 0.33), (0.64, 0.33), (0.64, 0.45), (0.36, 0.45))
    ),
    *_pair(
        "buttock",
        "{side} buttock",
        "back",
        ((0.50, 0.46), (0.66, 0.46), (0.67, 0.55), (0.50, 0.55)),
    ),
    *_pair(
        "thigh_back",
        "back of the {side} thigh",
        "back",
        ((0.51, 0.56), (0.61, 0.56), (0.60, 0.72), (0.52, 0.72)),
    ),
    *_pair(
        "thigh_outer",
        "outside of the {side} thigh",
        "back",
        ((0.61, 0.56), (0.67, 0.56), (0.645, 0.72), (0.60, 0.72)),
    ),
    *_pair(
        "calf_back",
        "back of the {side} calf",
        "back",
        ((0.525, 0.75), (0.585, 0.75), (0.575, 0.90), (0.535, 0.90)),
    ),
    *_pair(
        "calf_outer",
        "outside of the {side} calf",
        "back",
        ((0.585, 0.75), (0.64, 0.75), (0.625, 0.90), (0.575, 0.90)),
    ),
    # From the front.
    *_pair("hip", "{side} hip", "front", ((0.56, 0.46), (0.65, 0.46), (0.67, 0.56), (0.56, 0.56))),
    *_pair(
        "thigh_front",
        "front of the {side} thigh",
        "front",
        ((0.51, 0.57), (0.665, 0.57), (0.645, 0.69), (0.525, 0.69)),
    ),
    *_pair(
        "knee", "{side} knee", "front", ((0.53, 0.70), (0.64, 0.70), (0.635, 0.77), (0.53, 0.77))
    ),
    *_pair(
        "shin", "{side} shin", "front", ((0.535, 0.78), (0.625, 0.78), (0.615, 0.91), (0.54, 0.91))
    ),
    *_pair(
        "foot", "{side} foot", "front", ((0.53, 0.93), (0.65, 0.93), (0.67, 0.99), (0.53, 0.99))
    ),
)
REGION_IDS: Final = frozenset(r.id for r in REGIONS)
_NAMES: Final = {r.id: r.label for r in REGIONS}


AREA_WORDS: Final = (
    QT_TRANSLATE_NOOP("Checkin", "lower back"),
    QT_TRANSLATE_NOOP("Checkin", "left buttock"),
    QT_TRANSLATE_NOOP("Checkin", "right buttock"),
    QT_TRANSLATE_NOOP("Checkin", "back of the left thigh"),
    QT_TRANSLATE_NOOP("Checkin", "back of the right thigh"),
    QT_TRANSLATE_NOOP("Checkin", "outside of the left thigh"),
    QT_TRANSLATE_NOOP("Checkin", "outside of the right thigh"),
    QT_TRANSLATE_NOOP("Checkin", "back of the left calf"),
    QT_TRANSLATE_NOOP("Checkin", "back of the right calf"),
    QT_TRANSLATE_NOOP("Checkin", "outside of the left calf"),
    QT_TRANSLATE_NOOP("Checkin", "outside of the right calf"),
    QT_TRANSLATE_NOOP("Checkin", "left hip"),
    QT_TRANSLATE_NOOP("Checkin", "right hip"),
    QT_TRANSLATE_NOOP("Checkin", "front of the left thigh"),
    QT_TRANSLATE_NOOP("Checkin", "front of the right thigh"),
    QT_TRANSLATE_NOOP("Checkin", "left knee"),
    QT_TRANSLATE_NOOP("Checkin", "right knee"),
    QT_TRANSLATE_NOOP("Checkin", "left shin"),
    QT_TRANSLATE_NOOP("Checkin", "right shin"),
    QT_TRANSLATE_NOOP("Checkin", "left foot"),
    QT_TRANSLATE_NOOP("Checkin", "right foot"),
)
"""Every region's label written out, marked for translation (the labels are made from
templates; a test checks the two agree)."""


def shown(words: str) -> str:
    """A rating's or an area's words (:data:`ANCHORS`, :func:`area_name`) in the window's
    language; the log and the CSV keep the English."""
    return translate("Checkin", words)


def area_name(region_id: str) -> str:
    """An area of the body map in plain words ("right buttock"); the one place that names one.

    An id this version does not know (from a newer version's log) is shown as it is.
    """
    return _NAMES.get(region_id, region_id)


def describe_areas(
    region_ids: Iterable[str], separator: str = ", ", *, translated: bool = False
) -> str:
    """Marked areas as a plain list, head to foot: "lower back, right buttock"; "" for none.

    ``translated``: in the window's language (:func:`shown`), not English.
    """
    chosen = set(region_ids)
    known = [shown(r.label) if translated else r.label for r in REGIONS if r.id in chosen]
    unknown = sorted(chosen - REGION_IDS)
    return separator.join([*known, *unknown])


PAIN_AT_LEAST_REASON: Final = QT_TRANSLATE_NOOP(
    "StopRule", "pain is {now} out of 10 (the limit set is {limit})"
)
"""Why the stop rule fired for a rating at or above its limit, as logged (in English)."""
PAIN_ROSE_REASON: Final = QT_TRANSLATE_NOOP(
    "StopRule", "pain rose from {before} to {now} (the limit set is a rise of {rise})"
)
"""Why the stop rule fired for a rating risen by its limit or more, as logged."""
STOP_REASONS: Final = (
    PAIN_AT_LEAST_REASON,
    PAIN_ROSE_REASON,
    QT_TRANSLATE_NOOP("StopRule", "pain {now} of 10 is above the limit {limit}"),  # (version 3)
)
"""Every reason :meth:`StopRule.check` logs, and those older versions logged: one template
each, which writes the English the log keeps, recognises it when read back
(:data:`STOP_PATTERNS`), and is translated for the window and the report (:func:`stop_detail`)."""


def reason_pattern(template: str) -> re.Pattern[str]:
    """What a reason written from ``template`` looks like: its words as they are, each
    ``{name}`` a whole number (a group of that name)."""
    parts = []
    for words, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(words))
        if name:
            parts.append(f"(?P<{name}>-?\\d+)")
    return re.compile("".join(parts))


STOP_PATTERNS: Final = tuple((reason_pattern(t), t) for t in STOP_REASONS)
"""Each reason's pattern, and its template."""


def stop_detail(detail: str) -> str:
    """A logged stop-rule reason in the window's language; one this version does not
    know (a newer log's) as it was logged, or "(no detail)"."""
    if not detail:
        return translate("StopRule", "(no detail)")
    for pattern, template in STOP_PATTERNS:
        found = pattern.fullmatch(detail)
        if found is not None:
            return translate("StopRule", template).format(**found.groupdict())
    return detail


@dataclass(frozen=True)
class StopRule:
    """When to advise stopping: pain up by ``pain_rise`` or more, or ``pain_at_least`` or more."""

    pain_rise: int | None = None
    pain_at_least: int | None = None

    def check(self, before: int | None, now: int) -> str | None:
        """Why the rule triggers for a rating ``now``, or ``None`` (in English, as logged)."""
        if self.pain_at_least is not None and now >= self.pain_at_least:
            return PAIN_AT_LEAST_REASON.format(now=now, limit=self.pain_at_least)
        if self.pain_rise is not None and before is not None and now - before >= self.pain_rise:
            return PAIN_ROSE_REASON.format(before=before, now=now, rise=self.pain_rise)
        return None

    def advice(self, before: int | None, now: int, language: str) -> str | None:
        """What the patient is shown and told when the rule triggers for a rating ``now``
        (why, then what to do), in the routine's ``language``; ``None`` when it does not."""
        if self.pain_at_least is not None and now >= self.pain_at_least:
            why = say(language, Phrase.PAIN_AT_LEAST, now=now, limit=self.pain_at_least)
        elif self.pain_rise is not None and before is not None and now - before >= self.pain_rise:
            why = say(language, Phrase.PAIN_ROSE, before=before, now=now, rise=self.pain_rise)
        else:
            return None
        return join_sentences([why, say(language, Phrase.STOP_ADVICE)])


STOP_ADVICE: Final = say(DEFAULT_LANGUAGE, Phrase.STOP_ADVICE)
"""What to do when the stop rule triggers, in English (the phrase table has every language)."""
