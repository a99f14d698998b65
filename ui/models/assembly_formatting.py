"""Dates, times and quorum rules as the user's locale writes them."""

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from committee_app import rules


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def short_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def short_date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


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
