"""Dates, weekdays and numbers in words, in the window's language, without Qt.

The report (written by :mod:`homestretch.documents`, Qt-free) names days and
months and writes decimals; through :func:`homestretch.core.i18n.translate`
they follow the language the window shows (English from the command line).
The names are translated one by one and the orders are patterns the
translator writes ("{day}. {month} {year}"), so no sentence is built from pieces.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from homestretch.core.i18n import QT_TRANSLATE_NOOP, translate

MONTHS: Final = (
    "",
    QT_TRANSLATE_NOOP("Dates", "January"),
    QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"),
    QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"),
    QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"),
    QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"),
    QT_TRANSLATE_NOOP("Dates", "December"),
)
"""The months in English (index 1 to 12), whatever the locale (``calendar.month_name``
follows LC_TIME); :func:`month_name` gives them in the window's language."""
SHORT_MONTHS: Final = (
    "",
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"),  # (the same word as the month's whole name)
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)
SHORT_DAYS: Final = (
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
"""Monday first, as :meth:`date.weekday` counts."""


def month_name(month: int) -> str:
    return translate("Dates", MONTHS[month])


def short_month(month: int) -> str:
    return translate("Dates", SHORT_MONTHS[month])


def short_day(day: date) -> str:
    return translate("Dates", SHORT_DAYS[day.weekday()])


def long_date(day: date) -> str:
    """``2 March 2026`` (``2. März 2026``, ``2026年3月2日``)."""
    return translate("Dates", "{day} {month} {year}", "a long date").format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def short_date(day: date) -> str:
    """``Mon 2 Mar 2026``."""
    return translate("Dates", "{weekday} {day} {month} {year}", "a short date").format(
        weekday=short_day(day), day=day.day, month=short_month(day.month), year=day.year
    )


def day_and_month(day: date) -> str:
    """``2 Mar``: a chart's date label."""
    return translate("Dates", "{day} {month}", "a day of a month, short").format(
        day=day.day, month=short_month(day.month)
    )


def month_and_year(year: int, month: int, *, short: bool = False) -> str:
    """``March 2026`` (``Mar 2026`` when ``short``): a calendar's or a chart's heading."""
    if short:
        pattern = translate("Dates", "{month} {year}", "a short month and year")
        return pattern.format(month=short_month(month), year=year)
    pattern = translate("Dates", "{month} {year}", "a month and year")
    return pattern.format(month=month_name(month), year=year)


def decimal(value: float, places: int = 1) -> str:
    """``3.5`` (``3,5`` in German and Dutch)."""
    return f"{value:.{places}f}".replace(".", translate("Dates", ".", "decimal separator"))


def percent(ratio: float) -> str:
    """``80 %`` (``80%`` in Chinese)."""
    return translate("Dates", "{value} %", "a percentage").format(value=round(ratio * 100))
