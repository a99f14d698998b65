"""How many tally sheets are printed at once.

No ReportLab here: the command line checks the number, and the desktop asks for it, before
anything is laid out.
"""

from ..errors import ValidationError, translate

# One sheet for each counter or sector; enough for a hall of thousands, more is a typing slip.
MOST_SHEETS = 200
DEFAULT_SHEETS = 10


def check_sheet_count(sheets: int) -> int:
    if not 1 <= sheets <= MOST_SHEETS:
        raise ValidationError(
            translate("print_tally", "The number of tally sheets must be from 1 to {most}, not {sheets}.").format(
                most=MOST_SHEETS, sheets=sheets
            )
        )
    return sheets
