"""Checks on what the user typed, with messages that name the field."""

import re
from datetime import date

from ..errors import NotFound, ValidationError, translate


# Control characters (tab, newline, escape, NUL…) never belong in a one-line field: they
# break lists, CSV files and terminals. Long texts keep their line breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_EXCEPT_LINES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# Fields of up to this many characters (names, phones, titles, places) are one line;
# longer ones (notes, minutes, demand texts) are texts that may have several.
SINGLE_LINE_LIMIT = 500


def clean_text(value: str | None, label: str, *, max_length: int, required: bool = False) -> str:
    text = (value or "").strip()
    control = _CONTROL if max_length <= SINGLE_LINE_LIMIT else _CONTROL_EXCEPT_LINES
    if control.search(text):
        raise ValidationError(
            translate("fields", "{field} contains an invisible control character (such as a tab or line break).").format(
                field=label
            )
        )
    if required and not text:
        raise ValidationError(translate("fields", "{field} is required.").format(field=label))
    if len(text) > max_length:
        raise ValidationError(
            translate("fields", "{field} is too long: {length} characters, at most {limit}.").format(
                field=label, length=len(text), limit=max_length
            )
        )
    return text


def clean_count(value: int, label: str, *, maximum: int = 1_000_000) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > maximum:
        raise ValidationError(
            translate("fields", "{field} must be a whole number from 0 to {maximum}.").format(field=label, maximum=maximum)
        )
    return value


def clean_choice(value, choices, label: str):
    """``value`` as a member of the enum ``choices`` (any case), or a message listing what is allowed."""
    try:
        return choices(value.strip().lower() if isinstance(value, str) else value)
    except ValueError:
        allowed = ", ".join(choice.value for choice in choices)
        raise ValidationError(
            translate("fields", "{field} cannot be “{value}”; choose one of: {allowed}.").format(
                field=label, value=value, allowed=allowed
            )
        ) from None


def parse_date(value: str | date | None, label: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            translate("fields", "{field} must be a date written as YYYY-MM-DD, not “{value}”.").format(
                field=label, value=text
            )
        ) from None

# Longest texts accepted for free-text fields: far above any real use, far below what
# would slow printing or the UI.
NAME_LENGTH = 300
LONG_TEXT_LENGTH = 100_000


def require(session, model, record_id: int | None, message: str):
    """The record, or NotFound with ``message`` (it was deleted, or never existed)."""
    record = session.get(model, record_id) if record_id is not None else None
    if record is None:
        raise NotFound(message)
    return record
