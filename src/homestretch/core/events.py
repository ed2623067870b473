"""The kinds of event a session logs besides its exercises: one enum, read by the log,
the window, the history page and the report, and each kind's words in one table."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate


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


EVENT_WORDS: Final[dict[EventKind, str]] = {
    EventKind.PAIN: QT_TRANSLATE_NOOP("EventKind", "pain during the session"),
    EventKind.STOP_RULE: QT_TRANSLATE_NOOP("EventKind", "stop rule"),
    EventKind.STOP_RULE_FOLLOWED: QT_TRANSLATE_NOOP("EventKind", "ended the session as advised"),
    EventKind.CONTINUED_AFTER_ADVICE: QT_TRANSLATE_NOOP(
        "EventKind", "carried on after the advice to stop"
    ),
}
"""Each kind in words, in English, marked for translation (:func:`event_words`); a test
checks every kind has its words."""


def event_words(kind: str) -> str:
    """What an event of ``kind`` was, in the window's language ("stop rule"); a kind this
    version does not know (a newer version's log) as it is stored, in words."""
    try:
        known = EventKind(kind)
    except ValueError:
        return kind.replace("_", " ")
    return translate("EventKind", EVENT_WORDS[known])
