"""How many numbered blank rows the sign-in sheet gives those not in the member list, and
why it has no redacted form.

No ReportLab here: the command line checks the number, and the print dialog offers the
default, before anything is laid out.
"""

from ..errors import ValidationError, translate

# Without a number entitled, a few rows for people not yet listed (a new member, a guest speaker).
FEW_BLANK_ROWS = 10
# Rows 10 mm tall under the repeated header: an A4 page holds 24 of them.
BLANK_ROWS_PER_PAGE = 24
# The default stops at 20 pages of blank rows. A hall of a thousand signs on several copies
# passed along the rows at once, each copy counted on its own, not on one pile of 50 pages
# that no clipboard holds and the last row waits an hour for.
DEFAULT_BLANK_PAGES = 20
DEFAULT_BLANK_ROWS_AT_MOST = DEFAULT_BLANK_PAGES * BLANK_ROWS_PER_PAGE
# Asked for by hand, up to 100 pages; a larger number is a slip of the keyboard (and a hall
# that large signs on copies passed round at once).
MOST_BLANK_ROWS = 100 * BLANK_ROWS_PER_PAGE


def default_blank_rows(entitled: int | None, listed: int) -> int:
    """Rows for everyone entitled who is not in the list, within the default's page limit;
    ``entitled`` None (the committee's members) or not above the list: a few rows."""
    if entitled is None or entitled <= listed:
        return FEW_BLANK_ROWS
    return min(entitled - listed, DEFAULT_BLANK_ROWS_AT_MOST)


def check_blank_rows(value) -> int:
    """A whole number from 0 to MOST_BLANK_ROWS, else a message saying what may be asked."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MOST_BLANK_ROWS:
        raise ValidationError(blank_rows_refused(value))
    return value


def blank_rows_refused(value) -> str:
    return translate(
        "print",
        "The sign-in sheet can have from 0 to {most} blank rows, not {value}. For a larger hall, print several "
        "copies of the sheet and pass them round at once.",
    ).format(most=MOST_BLANK_ROWS, value=value)


def refuse_redacted_sheet(redacted: bool) -> None:
    """The sign-in sheet is signed by hand against each name: initials would leave nobody
    sure of the line to sign, and the signed sheet is what shows who was there."""
    if redacted:
        raise ValidationError(
            translate(
                "print",
                "The sign-in sheet has no redacted form: people sign it by hand against their own names. "
                "Print it without redaction; the redacted minutes give the count of those present.",
            )
        )
