"""The committee's rules: quorum, vote outcomes and demand status changes.

Pure functions only: no database, no I/O. Refusals raise translated
``ValidationError`` (malformed input) or ``RuleViolation`` (a rule says no).
"""

import re
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from committee_app.errors import RuleViolation, ValidationError, translate
from committee_app.vocabulary import (
    DemandStatus,
    ElectionQuota,
    MajorityRule,
    VoteOutcome,
)

# Far above any real committee; refuses typos like "fixed:2500000" early.
QUORUM_NUMBER_LIMIT = 1_000_000

QUORUM_KINDS = ("majority", "fixed", "fraction")

# ASCII digits only: int() would also accept "2_5" or non-Latin digits.
_INTEGER = re.compile(r"[+-]?[0-9]+")


# --- Quorum -----------------------------------------------------------------


@dataclass(frozen=True)
class QuorumRule:
    """A parsed quorum rule; ``count`` is for "fixed", the fraction for "fraction"."""

    kind: str
    count: int | None = None
    numerator: int | None = None
    denominator: int | None = None

    def __post_init__(self) -> None:
        # Checked here too so that a rule built directly always round-trips.
        if self.kind not in QUORUM_KINDS:
            raise _unknown_quorum_kind(self.kind)
        if self.kind == "fixed":
            _check_quorum_number(self.count)
        elif self.kind == "fraction":
            _check_quorum_number(self.numerator)
            _check_quorum_number(self.denominator)
            if self.numerator > self.denominator:
                raise ValidationError(
                    translate("rules", "A quorum of {numerator}/{denominator} would need more members than the committee has: the first number cannot be larger than the second.").format(
                        numerator=self.numerator, denominator=self.denominator
                    )
                )

    def to_text(self) -> str:
        if self.kind == "fixed":
            return f"fixed:{self.count}"
        if self.kind == "fraction":
            return f"fraction:{self.numerator}/{self.denominator}"
        return "majority"


@dataclass(frozen=True)
class QuorumStatus:
    required: int
    registered: int
    entitled: int

    @property
    def reached(self) -> bool:
        return self.registered >= self.required

    @property
    def missing(self) -> int:
        return max(0, self.required - self.registered)


def parse_quorum_rule(text: str) -> QuorumRule:
    """Read "majority", "fixed:N" or "fraction:P/Q" (any case, spaces around allowed)."""
    cleaned = (text or "").strip().lower()
    if not cleaned:
        raise ValidationError(
            translate("rules", "The quorum rule is empty. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).")
        )
    kind, has_colon, argument = (part.strip() for part in cleaned.partition(":"))
    if kind not in QUORUM_KINDS:
        raise _unknown_quorum_kind(text.strip())
    if kind == "majority":
        if has_colon:
            raise ValidationError(
                translate("rules", "The majority quorum rule takes no number: write just majority (got “{text}”).").format(
                    text=_shorten(text.strip())
                )
            )
        return QuorumRule("majority")
    if kind == "fixed":
        if not argument:
            raise ValidationError(
                translate("rules", "The fixed quorum rule needs a number of members, for example fixed:25.")
            )
        return QuorumRule("fixed", count=_parse_quorum_number(argument))
    numerator, has_slash, denominator = (part.strip() for part in argument.partition("/"))
    if not (numerator and has_slash and denominator):
        raise ValidationError(
            translate("rules", "The fraction quorum rule needs a fraction of members, for example fraction:2/3 (got “{text}”).").format(
                text=_shorten(text.strip())
            )
        )
    return QuorumRule(
        "fraction",
        numerator=_parse_quorum_number(numerator),
        denominator=_parse_quorum_number(denominator),
    )


def quorum_required(rule: QuorumRule | str, entitled: int) -> int:
    """How many must be registered for the meeting to have quorum, out of ``entitled``
    (the workforce, the delegates elected, or the committee's active members)."""
    rule = _as_quorum_rule(rule)
    _check_not_negative_entitled(entitled)
    if rule.kind == "fixed":
        return rule.count
    if rule.kind == "fraction":
        # Round up without floats: at least P/Q means P*entitled <= Q*required.
        needed = -(-rule.numerator * entitled // rule.denominator)
    else:
        needed = entitled // 2 + 1
    # A meeting with nobody present can never have quorum.
    return max(1, needed)


def quorum_status(rule: QuorumRule | str, entitled: int, registered: int) -> QuorumStatus:
    """Quorum of a meeting where ``registered`` signed in out of ``entitled``."""
    _check_not_negative_registered(registered)
    return QuorumStatus(required=quorum_required(rule, entitled), registered=registered, entitled=entitled)


def _as_quorum_rule(rule: QuorumRule | str) -> QuorumRule:
    return rule if isinstance(rule, QuorumRule) else parse_quorum_rule(rule)


def _check_not_negative_entitled(entitled: int) -> None:
    if entitled < 0:
        raise ValidationError(
            translate("rules", "The number of those entitled to take part cannot be negative (got {count}).").format(count=entitled)
        )


def _check_not_negative_registered(registered: int) -> None:
    if registered < 0:
        raise ValidationError(
            translate("rules", "The number of those registered cannot be negative (got {count}).").format(count=registered)
        )


def _parse_quorum_number(text: str) -> int:
    if not _INTEGER.fullmatch(text):
        raise ValidationError(
            translate("rules", "“{text}” is not a whole number; a quorum rule needs whole numbers such as fixed:25 or fraction:2/3.").format(
                text=_shorten(text)
            )
        )
    # Python refuses int() on very long digit strings; they are out of range anyway.
    if len(text.lstrip("+-").lstrip("0")) > len(str(QUORUM_NUMBER_LIMIT)):
        if text.startswith("-"):
            raise _quorum_number_too_small(_shorten(text))
        raise _quorum_number_too_large(_shorten(text))
    number = int(text)
    _check_quorum_number(number)
    return number


def _check_quorum_number(number: int | None) -> None:
    if not isinstance(number, int) or number < 1:
        raise _quorum_number_too_small(number)
    if number > QUORUM_NUMBER_LIMIT:
        raise _quorum_number_too_large(number)


def _quorum_number_too_small(number: int | str | None) -> ValidationError:
    return ValidationError(
        translate("rules", "The numbers in a quorum rule must be at least 1 (got {number}).").format(number=number)
    )


def _quorum_number_too_large(number: int | str) -> ValidationError:
    return ValidationError(
        translate("rules", "The number {number} in the quorum rule is too large; it can be at most {limit}.").format(
            number=number, limit=QUORUM_NUMBER_LIMIT
        )
    )


def _unknown_quorum_kind(text: str) -> ValidationError:
    return ValidationError(
        translate("rules", "Unknown quorum rule “{text}”. Write majority, fixed:N (for example fixed:25) or fraction:P/Q (for example fraction:2/3).").format(
            text=_shorten(text)
        )
    )


def _shorten(text: str, limit: int = 30) -> str:
    # Keeps a pasted wall of text from filling the error dialog.
    return text if len(text) <= limit else text[:limit] + "…"


# --- Votes ------------------------------------------------------------------


def vote_outcome(
    votes_for: int,
    votes_against: int,
    votes_abstain: int,
    rule: MajorityRule | str,
    registered: int,
    entitled: int,
) -> VoteOutcome:
    """Whether a motion is carried; abstentions count only as presence.

    ``registered``: those signed in (members present and others), the most votes a question
    can get; ``entitled``: all who may take part, the base of an absolute majority."""
    rule = _as_majority_rule(rule)
    _check_not_negative_entitled(entitled)
    _check_vote_counts(votes_for, votes_against, votes_abstain, registered)
    if rule is MajorityRule.simple:
        carried = votes_for > votes_against
    elif rule is MajorityRule.absolute:
        # Strictly more than half of the whole body, whoever came.
        carried = 2 * votes_for > entitled
    elif rule is MajorityRule.registered_majority:
        # Strictly more than half of those registered, so abstaining and not voting count against.
        carried = 2 * votes_for > registered
    else:
        # Integers avoid rounding 2/3; a vote with nobody in favour never carries.
        carried = votes_for > 0 and 3 * votes_for >= 2 * (votes_for + votes_against)
    return VoteOutcome.carried if carried else VoteOutcome.failed


def _as_majority_rule(rule: MajorityRule | str) -> MajorityRule:
    try:
        return MajorityRule(rule.strip().lower() if isinstance(rule, str) else rule)
    except ValueError:
        raise ValidationError(
            translate("rules", "Unknown majority rule “{rule}”. Choose a simple, absolute or two-thirds majority.").format(
                rule=_shorten(str(rule))
            )
        ) from None


def _check_vote_counts(votes_for: int, votes_against: int, votes_abstain: int, registered: int) -> None:
    if registered < 0:
        raise RuleViolation(
            translate("rules", "The number of those registered cannot be negative (got {count}).").format(count=registered)
        )
    if votes_for < 0:
        raise RuleViolation(
            translate("rules", "The number of votes in favour cannot be negative (got {count}).").format(count=votes_for)
        )
    if votes_against < 0:
        raise RuleViolation(
            translate("rules", "The number of votes against cannot be negative (got {count}).").format(count=votes_against)
        )
    if votes_abstain < 0:
        raise RuleViolation(
            translate("rules", "The number of abstentions cannot be negative (got {count}).").format(count=votes_abstain)
        )
    cast = votes_for + votes_against + votes_abstain
    if cast > registered:
        raise RuleViolation(
            translate("rules", "{cast} votes were counted ({in_favour} in favour, {against} against, {abstain} abstaining), but only {registered} were registered at the assembly.").format(
                cast=cast, in_favour=votes_for, against=votes_against, abstain=votes_abstain, registered=registered
            )
        )


# --- Elections --------------------------------------------------------------


# Far above any real body; refuses typos like 2000 for 20.
ELECTION_SEATS_LIMIT = 1000


@dataclass(frozen=True)
class ElectionResult:
    """Who an election of ``seats`` places chose, and what is left for another round."""

    elected: tuple[Hashable, ...]  # most votes first; equal votes in ballot order
    tied: tuple[Hashable, ...]  # level for the last seats open: none elected, a new round decides
    seats: int
    required: int | None  # votes needed under registered_majority, else None

    @property
    def seats_open(self) -> int:
        return self.seats - len(self.elected)


def election_result(
    seats: int,
    quota: ElectionQuota | str,
    registered: int,
    votes: Mapping[Hashable, int],
    *,
    ballots_valid: int | None = None,
) -> ElectionResult:
    """Fill ``seats`` from ``votes`` (candidate → votes, in ballot order).

    ``registered``: those signed in, the most votes a candidate can get; ``ballots_valid``:
    for a ballot vote, the valid ballots counted, each naming at most ``seats`` candidates."""
    _check_seats(seats)
    quota = _as_election_quota(quota)
    _check_not_negative_registered(registered)
    _check_candidate_votes(votes, registered)
    if ballots_valid is not None:
        _check_ballots_valid(ballots_valid, votes, seats, registered)
    required = election_votes_required(quota, registered)
    # A candidate nobody voted for is never elected, whatever the seats left.
    least = required if required is not None else 1
    # sorted() is stable: equal votes keep the order of the ballot.
    ranked = sorted((key for key, count in votes.items() if count >= least), key=lambda key: -votes[key])
    elected: list[Hashable] = []
    tied: tuple[Hashable, ...] = ()
    start = 0
    while start < len(ranked) and len(elected) < seats:
        count = votes[ranked[start]]
        end = start
        while end < len(ranked) and votes[ranked[end]] == count:
            end += 1
        level = ranked[start:end]
        if len(elected) + len(level) > seats:
            # Choosing some of those level would be arbitrary: their seats stay open.
            tied = tuple(level)
            break
        elected.extend(level)
        start = end
    return ElectionResult(elected=tuple(elected), tied=tied, seats=seats, required=required)


def election_votes_required(quota: ElectionQuota | str, registered: int) -> int | None:
    """The votes a candidate needs under ``quota``: more than half of ``registered`` for
    registered_majority; None for most_votes, where no number is set beforehand."""
    quota = _as_election_quota(quota)
    _check_not_negative_registered(registered)
    return registered // 2 + 1 if quota is ElectionQuota.registered_majority else None


def _as_election_quota(quota: ElectionQuota | str) -> ElectionQuota:
    try:
        return ElectionQuota(quota.strip().lower() if isinstance(quota, str) else quota)
    except ValueError:
        raise ValidationError(
            translate("rules", "Unknown election rule “{quota}”. Choose most votes or more than half of those registered.").format(
                quota=_shorten(str(quota))
            )
        ) from None


def _is_whole_number(value: object) -> bool:
    # bool is an int to Python, but True votes is a mistake, not 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _check_seats(seats: int) -> None:
    if not _is_whole_number(seats) or seats < 1:
        raise ValidationError(
            translate("rules", "An election must fill at least 1 seat (got {seats}).").format(seats=seats)
        )
    if seats > ELECTION_SEATS_LIMIT:
        raise ValidationError(
            translate("rules", "{seats} seats is too many; an election can fill at most {limit}.").format(
                seats=seats, limit=ELECTION_SEATS_LIMIT
            )
        )


def _check_candidate_votes(votes: Mapping[Hashable, int], registered: int) -> None:
    if not votes:
        raise ValidationError(translate("rules", "An election needs at least one candidate."))
    for count in votes.values():
        if not _is_whole_number(count):
            raise ValidationError(
                translate("rules", "A candidate's votes must be a whole number (got “{count}”).").format(
                    count=_shorten(str(count))
                )
            )
        if count < 0:
            raise RuleViolation(
                translate("rules", "A candidate's votes cannot be negative (got {count}).").format(count=count)
            )
        if count > registered:
            raise RuleViolation(
                translate("rules", "A candidate got {count} votes, but only {registered} were registered, and each can vote for a candidate only once.").format(
                    count=count, registered=registered
                )
            )


def _check_ballots_valid(ballots_valid: int, votes: Mapping[Hashable, int], seats: int, registered: int) -> None:
    if not _is_whole_number(ballots_valid):
        raise ValidationError(
            translate("rules", "The number of valid ballots must be a whole number (got “{count}”).").format(
                count=_shorten(str(ballots_valid))
            )
        )
    if ballots_valid < 0:
        raise RuleViolation(
            translate("rules", "The number of valid ballots cannot be negative (got {count}).").format(count=ballots_valid)
        )
    if ballots_valid > registered:
        raise RuleViolation(
            translate("rules", "{ballots} valid ballots were counted, but only {registered} were registered.").format(
                ballots=ballots_valid, registered=registered
            )
        )
    most = max(votes.values())
    if most > ballots_valid:
        raise RuleViolation(
            translate("rules", "A candidate got {count} votes, but only {ballots} ballots were valid, and a ballot names a candidate only once.").format(
                count=most, ballots=ballots_valid
            )
        )
    # Checked only for ballots: an open vote may take the candidates one by one, a hand up for each.
    total = sum(votes.values())
    if total > ballots_valid * seats:
        raise RuleViolation(
            translate("rules", "{total} votes were counted in all, but {ballots} valid ballots naming at most {seats} candidates each hold at most {most} votes.").format(
                total=total, ballots=ballots_valid, seats=seats, most=ballots_valid * seats
            )
        )


# --- Agenda -----------------------------------------------------------------


def agenda_start_times(starts_at: datetime | None, planned_minutes: list[int]) -> list[datetime | None]:
    """When each item is planned to begin: the meeting's start plus the minutes of the items before it."""
    if starts_at is None:
        return [None] * len(planned_minutes)
    starts = []
    elapsed = 0
    for minutes in planned_minutes:
        starts.append(starts_at + timedelta(minutes=elapsed))
        elapsed += max(0, minutes)
    return starts


# --- Demand status ------------------------------------------------------------


# Once adopted, a demand is presented to whom it concerns, negotiated, then answered; an
# answer may come at any of these steps, and a partial one may be negotiated further.
_ANSWERS = frozenset({DemandStatus.met, DemandStatus.partially_met, DemandStatus.refused})
DEMAND_TRANSITIONS: dict[DemandStatus, frozenset[DemandStatus]] = {
    DemandStatus.proposed: frozenset(
        {DemandStatus.adopted, DemandStatus.rejected, DemandStatus.withdrawn}
    ),
    DemandStatus.adopted: _ANSWERS
    | {DemandStatus.presented, DemandStatus.under_negotiation, DemandStatus.withdrawn},
    DemandStatus.presented: _ANSWERS | {DemandStatus.under_negotiation, DemandStatus.withdrawn},
    DemandStatus.under_negotiation: _ANSWERS | {DemandStatus.withdrawn},
    DemandStatus.partially_met: frozenset({DemandStatus.under_negotiation, DemandStatus.met, DemandStatus.refused}),
    DemandStatus.rejected: frozenset(),
    DemandStatus.withdrawn: frozenset(),
    DemandStatus.met: frozenset(),
    DemandStatus.refused: frozenset(),
}


# The statuses in the order the process reaches them: the steps towards an answer, then the
# answers, then the ends that come without one.
_PROCESS_ORDER = (
    DemandStatus.proposed,
    DemandStatus.adopted,
    DemandStatus.presented,
    DemandStatus.under_negotiation,
    DemandStatus.partially_met,
    DemandStatus.met,
    DemandStatus.refused,
    DemandStatus.rejected,
    DemandStatus.withdrawn,
)
# What usually comes next. Under negotiation only answers remain, and the one worked for is "met".
_NATURAL_NEXT = {
    DemandStatus.proposed: DemandStatus.adopted,
    DemandStatus.adopted: DemandStatus.presented,
    DemandStatus.presented: DemandStatus.under_negotiation,
    DemandStatus.under_negotiation: DemandStatus.met,
    DemandStatus.partially_met: DemandStatus.under_negotiation,
}


def demand_status_order(status: DemandStatus | str) -> int:
    """Where the status comes in the process, for sorting demands by how far they got."""
    return _PROCESS_ORDER.index(_as_demand_status(status))


def is_final_demand_status(status: DemandStatus | str) -> bool:
    """A status after which nothing can change (rejected, withdrawn, met, refused)."""
    return not DEMAND_TRANSITIONS[_as_demand_status(status)]


def natural_next_demand_status(status: DemandStatus | str) -> DemandStatus | None:
    """The step a demand usually takes next; None for a final status."""
    return _NATURAL_NEXT.get(_as_demand_status(status))


def demand_status_choices(status: DemandStatus | str) -> list[DemandStatus]:
    """The statuses a demand may move to, as a secretary would list them: the natural next step
    first, then the other steps in the order of the process, the final statuses last."""
    status = _as_demand_status(status)
    following = natural_next_demand_status(status)

    def place(choice: DemandStatus) -> tuple[bool, bool, int]:
        return (choice != following, is_final_demand_status(choice), _PROCESS_ORDER.index(choice))

    return sorted(DEMAND_TRANSITIONS[status], key=place)


def demand_status_label(status: DemandStatus | str) -> str:
    """The status in readable words, to fit in a sentence ("… is partially met")."""
    status = _as_demand_status(status)
    if status is DemandStatus.proposed:
        return translate("rules", "proposed")
    if status is DemandStatus.adopted:
        return translate("rules", "adopted")
    if status is DemandStatus.presented:
        return translate("rules", "presented")
    if status is DemandStatus.under_negotiation:
        return translate("rules", "under negotiation")
    if status is DemandStatus.rejected:
        return translate("rules", "rejected")
    if status is DemandStatus.withdrawn:
        return translate("rules", "withdrawn")
    if status is DemandStatus.met:
        return translate("rules", "met")
    if status is DemandStatus.partially_met:
        return translate("rules", "partially met")
    return translate("rules", "refused")


def allowed_demand_transitions(status: DemandStatus | str) -> frozenset[DemandStatus]:
    return DEMAND_TRANSITIONS[_as_demand_status(status)]


def check_demand_transition(from_status: DemandStatus | str, to_status: DemandStatus | str) -> None:
    """Refuse a status change the committee's process does not allow."""
    from_status = _as_demand_status(from_status)
    to_status = _as_demand_status(to_status)
    if from_status is to_status:
        raise RuleViolation(
            translate("rules", "This demand is already {status}.").format(status=demand_status_label(from_status))
        )
    if to_status in DEMAND_TRANSITIONS[from_status]:
        return
    if not DEMAND_TRANSITIONS[from_status]:
        raise RuleViolation(
            translate("rules", "This demand is {current}, which is final: it cannot be marked {wanted}.").format(
                current=demand_status_label(from_status), wanted=demand_status_label(to_status)
            )
        )
    raise RuleViolation(
        translate("rules", "A demand that is {current} cannot be marked {wanted}.").format(
            current=demand_status_label(from_status), wanted=demand_status_label(to_status)
        )
    )


def _as_demand_status(status: DemandStatus | str) -> DemandStatus:
    try:
        return DemandStatus(status)
    except ValueError:
        raise ValidationError(
            translate("rules", "Unknown demand status “{status}”.").format(status=_shorten(str(status)))
        ) from None
