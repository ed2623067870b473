"""The colours of the app: the exercise pictures, the window and the documents, in one place.

Plain ``#RRGGBB`` strings (no Qt here), so any module, test or script can use
them: the window (``ui/style.py``, ``ui/figure.py``, ``ui/charts.py``) and the
printed documents (``documents/styles.py``) read the same values.

In the pictures the working leg has the side's colour; the resting leg an
ochre that is neither a side colour nor the grey of the furniture, so it never
disappears into the chair.
"""

from __future__ import annotations

from typing import Final

LEFT: Final = "#1565C0"
"""The left leg (and the left side badge): blue."""
RIGHT: Final = "#C62828"
"""The right leg: red."""
BOTH: Final = "#2E7D32"
"""Both legs at once: green."""
RESTING_LEG: Final = "#C98B2B"
"""The leg that rests: ochre, unlike any side colour and the furniture."""
INK: Final = "#282828"
"""The body (trunk, head, near arm) when the palette gives no text colour."""
FAR_ARM: Final = "#707A8C"
"""The arm on the far side of the body: a paler slate, behind the trunk."""
FACE: Final = "#FFFFFF"
"""Inside the head's outline, and the creases of the hands."""
FURNITURE: Final = "#B4B4B4"
"""The chair and the floor line."""
FURNITURE_FILL: Final = "#E6E6E6"
"""The chair's seat and back, filled."""
MAT: Final = "#8DB3CF"
"""The exercise mat."""
PANEL: Final = "#F4F1EA"
"""The background of a second view (front view or close-up)."""
PANEL_ON_DARK: Final = "#33302A"
"""That background where the body is drawn in a light ink (dark and high-contrast schemes)."""
PANEL_EDGE: Final = "#9E9E9E"
"""Its frame, and its caption."""
MOTION: Final = "#5C6BC0"
"""Arrows that show which way the hands move."""

CAUTION: Final = "#B71C1C"
"""Advice to stop and warnings, on screen and in the documents: deep red."""
MUTED: Final = "#6E6E6E"
"""Secondary text and unmarked outlines: grey."""
PAIN_BEFORE: Final = "#E65100"
"""Pain before a session, in the charts: deep orange."""
PAIN_AFTER: Final = "#00796B"
"""Pain after a session: teal (tells apart from orange also for red-green colour blindness)."""
BAR: Final = "#A5D6A7"
"""The bars of the completion chart: a light green, edged with :data:`BOTH`."""
BAR_TEXT: Final = "#1B3D1E"
"""The figures on those bars: a dark green."""
