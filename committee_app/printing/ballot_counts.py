"""How many ballot papers are printed at once, and why they have no redacted form.

No ReportLab here: the command line checks both before the passphrase is asked.
"""

from ..errors import ValidationError, translate

# Far above the hall of any assembly; more is a slip of the keyboard.
MOST_BALLOTS = 20_000


def check_ballot_copies(copies: int) -> int:
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MOST_BALLOTS:
        raise ValidationError(
            translate("print_ballots", "The number of ballot papers must be from 1 to {most}, not {copies}.").format(
                most=MOST_BALLOTS, copies=copies
            )
        )
    return copies


def default_ballot_copies(registered: int, entitled: int) -> int:
    """A ballot paper for each one registered at the assembly; before anyone is registered
    (ballots printed the day before), one for each one entitled to take part."""
    return max(1, min(registered or entitled, MOST_BALLOTS))


def refuse_redacted_ballots(redacted: bool) -> None:
    """The voters read the candidates' names on the ballot: initials would leave them unsure
    whom they mark."""
    if redacted:
        raise ValidationError(
            translate(
                "print_ballots",
                "Ballot papers have no redacted form: the voters read the candidates' names in full. Print them "
                "without redaction.",
            )
        )
