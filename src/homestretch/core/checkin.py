"""Pain check-ins: the 0-10 rating, the body map's regions and the stop rule.

The numeric rating scale is the usual one: 0 is no pain, 10 the worst pain
imaginable. The regions follow the path of sciatic pain (lower back,
buttock, back and outer thigh, outer calf) plus knee and foot, each side
separately. A routine's stop rule says when the app should advise stopping
and contacting the physiotherapist.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

ANCHORS: Final = {0: "no pain", 3: "mild", 5: "moderate", 7: "severe", 10: "worst imaginable"}
TEN_WINDOW: Final = 1.2
"""Seconds within which the keys 1 then 0 mean 10."""


def anchor(rating: int) -> str:
    """The words for a rating: the nearest anchor at or below it."""
    return ANCHORS[max(k for k in ANCHORS if k <= rating)]


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
    view: str
    """'back' or 'front': which outline of the map it is drawn on."""
    polygon: tuple[tuple[float, float], ...]
    """Corners in the outline's own box: x 0 (viewer's left) to 1, y 0 (head) to 1 (feet)."""


def _pair(
    name: str, label: str, view: str, right_side: tuple[tuple[float, float], ...]
) -> tuple[Region, Region]:
    """A region on each side; ``right_side`` is drawn for the patient's right.

    Seen from behind, the patient's right is on the viewer's right; seen from
    the front, it is on the viewer's left.
    """
    mirrored = tuple((1.0 - x, y) for x, y in right_side)
    if view == "back":
        right, left = right_side, mirrored
    else:
        right, left = mirrored, right_side
    return (
        Region(f"{name}_left", f"{label}, left", view, left),
        Region(f"{name}_right", f"{label}, right", view, right),
    )


REGIONS: Final[tuple[Region, ...]] = (
    Region(
        "lower_back", "Lower back", "back", ((0.36, 0.33), (0.64, 0.33), (0.64, 0.45), (0.36, 0.45))
    ),
    *_pair("buttock", "Buttock", "back", ((0.50, 0.46), (0.66, 0.46), (0.67, 0.55), (0.50, 0.55))),
    *_pair(
        "thigh_back",
        "Back of thigh",
        "back",
        ((0.52, 0.56), (0.62, 0.56), (0.61, 0.72), (0.53, 0.72)),
    ),
    *_pair(
        "thigh_outer",
        "Outer thigh",
        "back",
        ((0.62, 0.56), (0.67, 0.56), (0.65, 0.72), (0.61, 0.72)),
    ),
    *_pair(
        "calf_outer", "Outer calf", "back", ((0.58, 0.76), (0.64, 0.76), (0.62, 0.90), (0.57, 0.90))
    ),
    *_pair("knee", "Knee", "front", ((0.53, 0.70), (0.63, 0.70), (0.63, 0.77), (0.53, 0.77))),
    *_pair("foot", "Foot", "front", ((0.53, 0.93), (0.65, 0.93), (0.67, 0.99), (0.53, 0.99))),
)
REGION_IDS: Final = frozenset(r.id for r in REGIONS)


def region_label(region_id: str) -> str:
    for region in REGIONS:
        if region.id == region_id:
            return region.label
    return region_id


@dataclass(frozen=True)
class StopRule:
    """When to advise stopping: pain up by ``pain_rise`` or more, or ``pain_at_least`` or more."""

    pain_rise: int | None = None
    pain_at_least: int | None = None

    def check(self, before: int | None, now: int) -> str | None:
        """Why the rule triggers for a rating ``now``, or ``None``."""
        if self.pain_at_least is not None and now >= self.pain_at_least:
            return f"pain is {now} out of 10 (the limit set is {self.pain_at_least})"
        if self.pain_rise is not None and before is not None and now - before >= self.pain_rise:
            return f"pain rose from {before} to {now} (the limit set is a rise of {self.pain_rise})"
        return None


STOP_ADVICE: Final = (
    "Please stop exercising now and contact your physiotherapist before you continue."
)
