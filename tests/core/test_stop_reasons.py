"""The stop rule's logged reasons and the kinds of logged event, in words: one template
for each reason writes the English the log keeps and recognises it when it is read back
to be shown in the window's language; every kind of event has its words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from homestretch.core import i18n
from homestretch.core.checkin import (
    PAIN_AT_LEAST_REASON,
    PAIN_ROSE_REASON,
    STOP_PATTERNS,
    STOP_REASONS,
    StopRule,
    stop_detail,
)
from homestretch.core.events import EVENT_WORDS, EventKind, event_words

ratings = st.integers(min_value=0, max_value=10)


@pytest.fixture
def shouting() -> Iterator[None]:
    """A "translation" that writes every text in capitals (its placeholders kept)."""

    def upper(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        del disambiguation, n
        return f"{context}: " + "".join(
            part if part.startswith("{") else part.upper()
            for part in text.replace("{", "\0{").replace("}", "}\0").split("\0")
        )

    i18n.install(upper)
    yield
    i18n.uninstall()


@given(
    at_least=st.none() | st.integers(min_value=1, max_value=10),
    rise=st.none() | st.integers(min_value=1, max_value=10),
    before=st.none() | ratings,
    now=ratings,
)
def test_every_reason_the_rule_logs_is_recognised_by_exactly_one_template(
    at_least: int | None, rise: int | None, before: int | None, now: int
) -> None:
    detail = StopRule(pain_rise=rise, pain_at_least=at_least).check(before, now)
    if detail is None:
        return
    matches = [t for p, t in STOP_PATTERNS if p.fullmatch(detail)]
    assert len(matches) == 1
    assert matches[0] in (PAIN_AT_LEAST_REASON, PAIN_ROSE_REASON)
    assert stop_detail(detail) == detail  # (in English: as it was logged)


@given(before=ratings, now=ratings, rise=st.integers(min_value=1, max_value=10))
def test_a_reason_is_shown_translated_with_its_figures(before: int, now: int, rise: int) -> None:
    detail = StopRule(pain_rise=rise).check(before, now)
    if detail is None:
        return

    def german_start(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return text.replace("pain rose from", "Schmerz stieg von")

    i18n.install(german_start)
    try:
        shown = stop_detail(detail)
    finally:
        i18n.uninstall()
    assert shown == f"Schmerz stieg von {before} to {now} (the limit set is a rise of {rise})"


def test_old_and_unknown_reasons(shouting: None) -> None:
    assert stop_detail("pain 8 of 10 is above the limit 7") == (
        "StopRule: PAIN 8 OF 10 IS ABOVE THE LIMIT 7"
    )  # (as version 3 logged it)
    assert stop_detail("pain is 8 out of 10 (the limit set is 7)") == (
        "StopRule: PAIN IS 8 OUT OF 10 (THE LIMIT SET IS 7)"
    )
    assert stop_detail("something a newer version logs") == "something a newer version logs"
    assert stop_detail("pain is 8 out of 10") == "pain is 8 out of 10"  # (not the whole reason)
    assert stop_detail("") == "StopRule: (NO DETAIL)"
    assert len(STOP_PATTERNS) == len(STOP_REASONS) == len(set(STOP_REASONS))


def test_every_kind_of_event_has_its_words(shouting: None) -> None:
    assert set(EVENT_WORDS) == set(EventKind)
    assert len(set(EVENT_WORDS.values())) == len(EventKind)  # (no two said alike)
    assert event_words("stop_rule") == "EventKind: STOP RULE"
    assert event_words(EventKind.CONTINUED_AFTER_ADVICE) == (
        "EventKind: CARRIED ON AFTER THE ADVICE TO STOP"
    )
    assert event_words("a_newer_kind") == "a newer kind"  # (a newer version's log)
