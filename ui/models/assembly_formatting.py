"""Dates, times and quorum rules as the user's locale writes them, years always in four digits."""

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from committee_app import rules

_YEAR = re.compile(r"y+")


def _with_four_digit_year(qt_format: str) -> str:
    # Text in single quotes is literal ("yyyy 'ж'."); only the parts outside are format.
    parts = qt_format.split("'")
    parts[::2] = [_YEAR.sub("yyyy", part) for part in parts[::2]]
    return "'".join(parts)


def date_format() -> str:
    """The locale's short date format with the whole year (Kazakh's own writes "05.12.26")."""
    return _with_four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_format() -> str:
    return _with_four_digit_year(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def short_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def short_date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, date_time_format())


def local_date_time(moment: datetime) -> str:
    """A stored UTC moment in this computer's local time, in the UI's date and time format."""
    return short_date_time((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone())


def quorum_rule_text(rule_text: str) -> str:
    """A stored quorum rule ("fraction:2/3") in words."""
    rule = rules.parse_quorum_rule(rule_text)
    if rule.kind == "fixed":
        return QCoreApplication.translate("AssemblyFormatting", "Registered at least: {count}").format(count=rule.count)
    if rule.kind == "fraction":
        return QCoreApplication.translate("AssemblyFormatting", "At least {numerator}/{denominator} of those entitled").format(
            numerator=rule.numerator, denominator=rule.denominator
        )
    return QCoreApplication.translate("AssemblyFormatting", "More than half of those entitled")


def grouped(number: int) -> str:
    """A count with the locale's thousands separator ("1 200" in Russian, "1,200" in English),
    even where the locale leaves it out by default (the C locale of a bare system)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(number)


def data_size(size: int) -> str:
    """A file or disk size in the language's own units (Qt's own names them in English)."""
    locale = QLocale()
    for limit, unit in (
        (1024**3, QCoreApplication.translate("BackupsTableModel", "{size} GB")),
        (1024**2, QCoreApplication.translate("BackupsTableModel", "{size} MB")),
        (1024, QCoreApplication.translate("BackupsTableModel", "{size} KB")),
    ):
        if size >= limit:
            return unit.format(size=locale.toString(size / limit, "f", 1))
    return QCoreApplication.translate("BackupsTableModel", "{size} bytes").format(size=locale.toString(size))


def vote_summary_text(vote) -> str:
    """A carried vote as the secretary chooses it: "No. 4, 05.01.2026: Strike (412–31–17)"."""
    counts = "{votes_for}–{votes_against}–{votes_abstain}".format(
        votes_for=vote.votes_for, votes_against=vote.votes_against, votes_abstain=vote.votes_abstain
    )
    if vote.assembly_date is None:
        return QCoreApplication.translate("AssemblyFormatting", "No. {number}: {question} ({counts})").format(
            number=vote.assembly_number, question=vote.question, counts=counts
        )
    return QCoreApplication.translate("AssemblyFormatting", "No. {number}, {date}: {question} ({counts})").format(
        number=vote.assembly_number, date=short_date(vote.assembly_date), question=vote.question, counts=counts
    )
