"""Demands: proposed, adopted by a vote, presented to the counterparty, then met or refused.

Every change of status is checked against the rules and written to the demand's history,
dated by the day it happened (which may be before the day it is typed in).
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlmodel import select

from .. import rules
from ..errors import RuleViolation, ValidationError, translate
from ..models import AgendaItem, Assembly, Demand, DemandEvent, Vote, utcnow
from ..store import Store
from ..vocabulary import DemandCategory, DemandStatus, VoteOutcome
from .fields import LONG_TEXT_LENGTH, clean_choice, clean_count, clean_text, parse_date, require

TITLE_LENGTH = 500


def _demand_gone() -> str:
    return translate("demands", "This demand no longer exists.")


def _cleaned(fields: dict) -> dict:
    cleaned = {}
    for name, value in fields.items():
        if name == "title":
            cleaned[name] = clean_text(value, translate("demands", "Demand"), max_length=TITLE_LENGTH, required=True)
        elif name in ("text", "response"):
            cleaned[name] = clean_text(value, translate("demands", "Text"), max_length=LONG_TEXT_LENGTH)
        elif name == "category":
            cleaned[name] = clean_choice(value, DemandCategory, translate("demands", "Category"))
        elif name == "priority":
            cleaned[name] = clean_count(value, translate("demands", "Priority"), maximum=9)
        elif name == "addressed_to":
            cleaned[name] = clean_text(value, translate("demands", "Addressed to"), max_length=TITLE_LENGTH)
        elif name == "presented_on":
            cleaned[name] = parse_date(value, translate("demands", "Presented on"))
        elif name == "deadline":
            cleaned[name] = parse_date(value, translate("demands", "Deadline"))
        else:
            raise ValueError(f"unknown demand field: {name}")
    return cleaned


def _add_proposed(session, demand: Demand, note: str, on: date | None) -> None:
    session.add(demand)
    session.flush()
    at = _event_moment(session, demand, on)
    session.add(DemandEvent(demand_id=demand.id, at=at, from_status=None, to_status=DemandStatus.proposed, note=note))


def propose_demand(store: Store, *, title: str, note: str = "", on: date | str | None = None, **fields) -> Demand:
    """A demand put to the committee; ``on`` is the day it was proposed (today when not given)."""
    with store.session() as session:
        return propose_demand_in(session, title=title, note=note, on=on, **fields)


def propose_demand_in(session, *, title: str, note: str = "", on: date | str | None = None, **fields) -> Demand:
    """``propose_demand`` inside the caller's transaction."""
    demand = Demand(status=DemandStatus.proposed, **_cleaned({"title": title, **fields}))
    _add_proposed(session, demand, note, parse_date(on, translate("demands", "Date of the change")))
    return demand


def propose_and_adopt_demand(store: Store, vote_id: int, *, title: str, note: str = "", **fields) -> Demand:
    """A new demand adopted at once by a carried vote, in one transaction: never left half-adopted.
    Both changes are dated by the assembly that voted, once that day has come."""
    demand = Demand(status=DemandStatus.proposed, **_cleaned({"title": title, **fields}))
    with store.session() as session:
        starts_at = session.exec(
            select(Assembly.starts_at)
            .join(AgendaItem, AgendaItem.assembly_id == Assembly.id)
            .join(Vote, Vote.agenda_item_id == AgendaItem.id)
            .where(Vote.id == vote_id)
        ).first()
        on = _meeting_date(starts_at)
        if on is not None and on > date.today():
            on = None
        _add_proposed(session, demand, "", on)
        _move(session, demand, DemandStatus.adopted, note, vote_id, on)
    return demand


def update_demand(store: Store, demand_id: int, **changes) -> Demand:
    """Change the wording or the follow-up (to whom, when presented, deadline, response)."""
    cleaned = _cleaned(changes)
    with store.session() as session:
        demand = require(session, Demand, demand_id, _demand_gone())
        demand.sqlmodel_update(cleaned)
        demand.updated_at = utcnow()
        session.add(demand)
    return demand


def change_demand_status(
    store: Store,
    demand_id: int,
    to_status: DemandStatus | str,
    *,
    note: str = "",
    vote_id: int | None = None,
    on: date | str | None = None,
) -> Demand:
    """Move a demand to ``to_status`` if the rules allow it, recording the change.

    ``on`` is the day it happened (today when not given): not in the future, and not before the
    demand's previous change. Adopting names the vote that carried it, when there was one; a
    failed vote cannot adopt. Presenting also sets the day the demand was presented.
    """
    to_status = clean_choice(to_status, DemandStatus, translate("demands", "Status"))
    on = parse_date(on, translate("demands", "Date of the change"))
    with store.session() as session:
        demand = require(session, Demand, demand_id, _demand_gone())
        _move(session, demand, to_status, note, vote_id, on)
    return demand


def event_day(event: DemandEvent) -> date:
    """The day a change happened, in this computer's local time."""
    return _as_utc(event.at).astimezone().date()


def _as_utc(moment: datetime) -> datetime:
    # The store gives back the UTC moments it was given, without their zone.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day_text(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def _event_moment(session, demand: Demand, on: date | None) -> datetime:
    """When to record a change that happened ``on``: now for today, else midday of that day,
    never before the previous change, so that the history's order stays the order of events."""
    now = utcnow()
    today = date.today()
    previous = session.exec(
        select(DemandEvent)
        .where(DemandEvent.demand_id == demand.id)
        .order_by(DemandEvent.at.desc(), DemandEvent.id.desc())
        .limit(1)
    ).first()
    if on is None or on == today:
        moment = now
    else:
        if on > today:
            raise ValidationError(
                translate("demands", "The change cannot be dated {date}: that day has not come yet.").format(
                    date=_day_text(on)
                )
            )
        moment = datetime.combine(on, time(12)).astimezone(UTC)
    if previous is None:
        return moment
    if on is not None and on < event_day(previous):
        raise RuleViolation(
            translate(
                "demands", "The change cannot be dated {date}: the demand's previous change is dated {previous}."
            ).format(date=_day_text(on), previous=_day_text(event_day(previous)))
        )
    return max(moment, _as_utc(previous.at))


def _move(
    session, demand: Demand, to_status: DemandStatus, note: str, vote_id: int | None, on: date | None = None
) -> None:
    note = clean_text(note, translate("demands", "Note"), max_length=LONG_TEXT_LENGTH)
    rules.check_demand_transition(demand.status, to_status)
    at = _event_moment(session, demand, on)
    if vote_id is not None:
        if to_status != DemandStatus.adopted:
            raise ValueError("only adoption refers to a vote")
        vote = require(session, Vote, vote_id, translate("demands", "The vote chosen no longer exists."))
        if vote.outcome != VoteOutcome.carried:
            raise RuleViolation(translate("demands", "The vote chosen did not carry, so it cannot adopt a demand."))
        demand.adopted_by_vote_id = vote_id
    session.add(DemandEvent(demand_id=demand.id, at=at, from_status=demand.status, to_status=to_status, note=note))
    if to_status == DemandStatus.presented:
        demand.presented_on = date.today() if on is None else on
    demand.status = to_status
    demand.updated_at = utcnow()
    session.add(demand)


def adopt_demand(store: Store, demand_id: int, vote_id: int, *, note: str = "") -> Demand:
    return change_demand_status(store, demand_id, DemandStatus.adopted, note=note, vote_id=vote_id)


def get_demand(store: Store, demand_id: int) -> Demand:
    with store.session() as session:
        return require(session, Demand, demand_id, _demand_gone())


def list_demands(store: Store, *, statuses: tuple[DemandStatus, ...] | None = None) -> list[Demand]:
    statement = select(Demand).order_by(Demand.priority, Demand.id)
    if statuses:
        statement = statement.where(Demand.status.in_(statuses))
    with store.session() as session:
        return list(session.exec(statement))


def demand_history(store: Store, demand_id: int) -> list[DemandEvent]:
    with store.session() as session:
        statement = (
            select(DemandEvent)
            .where(DemandEvent.demand_id == demand_id)
            .order_by(DemandEvent.at, DemandEvent.id)
        )
        return list(session.exec(statement))


# Adopted and not answered yet: the statuses in which a deadline is worth chasing.
AWAITING_ANSWER = frozenset({DemandStatus.adopted, DemandStatus.presented, DemandStatus.under_negotiation})


def deadline_is_near(demand: Demand, today: date, *, days: int = 3) -> bool:
    """A deadline within ``days`` or past, on a demand still awaiting an answer: adopted,
    presented or under negotiation, with no response recorded."""
    waiting = demand.status in AWAITING_ANSWER and not demand.response.strip()
    return waiting and demand.deadline is not None and (demand.deadline - today).days <= days


# --- Overview -----------------------------------------------------------------


@dataclass(frozen=True)
class VoteSummary:
    """A vote as a secretary names it: which assembly, what was asked, how it went."""

    vote_id: int
    question: str
    assembly_number: int
    assembly_date: date | None
    votes_for: int
    votes_against: int
    votes_abstain: int


@dataclass(frozen=True)
class DemandRow:
    """A demand with its follow-up and the vote that adopted it (None if none is recorded)."""

    id: int
    title: str
    text: str
    category: DemandCategory
    status: DemandStatus
    priority: int
    addressed_to: str
    presented_on: date | None
    deadline: date | None
    response: str
    adopted_by: VoteSummary | None


def _meeting_date(starts_at: datetime | None) -> date | None:
    return starts_at.date() if starts_at is not None else None


def demand_overview(store: Store) -> list[DemandRow]:
    """Every demand in priority order, with the assembly and vote that adopted it, in one query."""
    statement = (
        select(
            Demand,
            Vote.question,
            Vote.votes_for,
            Vote.votes_against,
            Vote.votes_abstain,
            Assembly.number,
            Assembly.starts_at,
        )
        .outerjoin(Vote, Demand.adopted_by_vote_id == Vote.id)
        .outerjoin(AgendaItem, Vote.agenda_item_id == AgendaItem.id)
        .outerjoin(Assembly, AgendaItem.assembly_id == Assembly.id)
        .order_by(Demand.priority, Demand.id)
    )
    rows = []
    with store.session() as session:
        for demand, question, votes_for, votes_against, votes_abstain, number, starts_at in session.exec(statement):
            adopted_by = None
            if demand.adopted_by_vote_id is not None and number is not None:
                adopted_by = VoteSummary(
                    vote_id=demand.adopted_by_vote_id,
                    question=question,
                    assembly_number=number,
                    assembly_date=_meeting_date(starts_at),
                    votes_for=votes_for,
                    votes_against=votes_against,
                    votes_abstain=votes_abstain,
                )
            rows.append(
                DemandRow(
                    id=demand.id,
                    title=demand.title,
                    text=demand.text,
                    category=demand.category,
                    status=demand.status,
                    priority=demand.priority,
                    addressed_to=demand.addressed_to,
                    presented_on=demand.presented_on,
                    deadline=demand.deadline,
                    response=demand.response,
                    adopted_by=adopted_by,
                )
            )
    return rows


def carried_votes(store: Store) -> list[VoteSummary]:
    """The votes that could adopt a demand: carried ones, latest assembly first."""
    statement = (
        select(
            Vote.id,
            Vote.question,
            Assembly.number,
            Assembly.starts_at,
            Vote.votes_for,
            Vote.votes_against,
            Vote.votes_abstain,
        )
        .join(AgendaItem, Vote.agenda_item_id == AgendaItem.id)
        .join(Assembly, AgendaItem.assembly_id == Assembly.id)
        .where(Vote.outcome == VoteOutcome.carried)
        .order_by(Assembly.number.desc(), AgendaItem.position, Vote.id)
    )
    with store.session() as session:
        return [
            VoteSummary(
                vote_id=vote_id,
                question=question,
                assembly_number=number,
                assembly_date=_meeting_date(starts_at),
                votes_for=votes_for,
                votes_against=votes_against,
                votes_abstain=votes_abstain,
            )
            for vote_id, question, number, starts_at, votes_for, votes_against, votes_abstain in session.exec(statement)
        ]
