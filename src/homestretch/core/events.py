"""The kinds of event a session logs besides its exercises: one enum, read by the log,
the window, the history page and the report."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """What an event row of a session records; the values are stored in the log."""

    PAIN = "pain"
    """A pain rating during the session (the detail is the rating)."""
    STOP_RULE = "stop_rule"
    """The routine's stop rule advised stopping (the detail says why)."""
    STOP_RULE_FOLLOWED = "stop_rule_followed"
    """The patient ended the session as advised."""
    CONTINUED_AFTER_ADVICE = "continued_after_advice"
    """The patient chose to carry on although stopping was advised."""
